//! Choose by family, role and level: a role list grouped by family, then that role's levels in
//! published order. Native selects, so every step works by keyboard.

use crate::ui::context::{use_framework, use_prefix};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RolePickerProps {
    pub full: bool,
    /// Most columns this widget compares.
    pub limit: usize,
    pub on_add: Callback<String>,
    /// Replace the columns with every level of the chosen role.
    pub on_progression: Callback<Vec<String>>,
}

#[function_component(RolePicker)]
pub fn role_picker(props: &RolePickerProps) -> Html {
    let fw = &use_framework();
    let id_prefix = use_prefix();
    let role = use_state(String::new);
    let level_select = use_node_ref();
    let error = use_state(|| None::<String>);
    let role_id = format!("{}-role", id_prefix);
    let level_id = format!("{}-level", id_prefix);
    let error_id = format!("{}-level-error", id_prefix);

    let on_role = {
        let (role, error) = (role.clone(), error.clone());
        Callback::from(move |e: Event| {
            role.set(e.target_unchecked_into::<HtmlSelectElement>().value());
            error.set(None);
        })
    };
    let on_submit = {
        let (level_select, error, on_add, full, limit) = (
            level_select.clone(),
            error.clone(),
            props.on_add.clone(),
            props.full,
            props.limit,
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(select) = level_select.cast::<HtmlSelectElement>() else {
                error.set(Some("Choose a role first".into()));
                return;
            };
            let value = select.value();
            if full {
                error.set(Some(format!(
                    "Remove a column before adding another: up to {limit} can be compared"
                )));
            } else if value.is_empty() {
                error.set(Some("Choose a role level to add".into()));
            } else {
                error.set(None);
                on_add.emit(value);
            }
        })
    };
    let chosen_role = fw.role(&role);
    let on_all_levels = chosen_role.map(|r| {
        let ids = r.levels.clone();
        props
            .on_progression
            .reform(move |_: MouseEvent| ids.clone())
    });
    let group_class = classes!(
        "govuk-form-group",
        error.is_some().then_some("govuk-form-group--error")
    );

    html! {
        <form class="rc-picker" onsubmit={on_submit} novalidate=true>
            <div class="govuk-form-group">
                <label class="govuk-label govuk-label--s" for={role_id.clone()}>{ "Or choose a role" }</label>
                <select class="govuk-select" id={role_id} onchange={on_role}>
                    <option value="" selected={role.is_empty()}>{ "Choose a role" }</option>
                    { for fw.families.iter().map(|family| html! {
                        <optgroup label={family.name.clone()}>
                            { for family.roles.iter().filter_map(|id| fw.role(id)).map(|r| html! {
                                <option value={r.id.clone()} selected={*role == r.id}>{ r.name.clone() }</option>
                            }) }
                        </optgroup>
                    }) }
                </select>
            </div>
            if let Some(r) = chosen_role {
                <div class={group_class}>
                    <label class="govuk-label govuk-label--s" for={level_id.clone()}>{ format!("Level of {}", r.name) }</label>
                    if let Some(message) = (*error).clone() {
                        <p class="govuk-error-message" id={error_id.clone()}>
                            <span class="govuk-visually-hidden">{ "Error:" }</span>{ " " }{ message }
                        </p>
                    }
                    <select class="govuk-select" id={level_id} ref={level_select}
                        aria-describedby={error.is_some().then(|| error_id.clone())}>
                        { for fw.levels_of(r).enumerate().map(|(i, level)| html! {
                            <option value={level.id.clone()} selected={i == 0}>
                                { if level.is_unlevelled() { format!("{} (no levels published)", r.name) } else { fw.level_name(level).to_string() } }
                            </option>
                        }) }
                    </select>
                </div>
                <div class="govuk-button-group">
                    <button type="submit" class="govuk-button">{ "Add to comparison" }</button>
                    if r.levels.len() > 1 {
                        <button type="button" class="govuk-button govuk-button--secondary" onclick={on_all_levels}>
                            { if r.levels.len() <= props.limit {
                                format!("Compare all {} levels of {}", r.levels.len(), r.name)
                            } else {
                                format!("Compare the first {} of {}'s {} levels", props.limit, r.name, r.levels.len())
                            } }
                        </button>
                    }
                </div>
            }
        </form>
    }
}
