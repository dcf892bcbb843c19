//! The plain picker: one native select of every role level, grouped by role, and an Add button.
//! Fully keyboard-operable because it is native HTML.

use crate::ui::framework_store::SharedFramework;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PickerProps {
    pub fw: SharedFramework,
    /// Prefix for element ids, unique per widget on the page.
    pub id_prefix: String,
    /// True when no more columns can be added.
    pub full: bool,
    pub on_add: Callback<String>,
}

#[function_component(Picker)]
pub fn picker(props: &PickerProps) -> Html {
    let select = use_node_ref();
    let error = use_state(|| None::<&'static str>);
    let select_id = format!("{}-level", props.id_prefix);
    let hint_id = format!("{}-level-hint", props.id_prefix);
    let error_id = format!("{}-level-error", props.id_prefix);

    let on_submit = {
        let (select, error, on_add, full) = (
            select.clone(),
            error.clone(),
            props.on_add.clone(),
            props.full,
        );
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Some(element) = select.cast::<HtmlSelectElement>() else {
                return;
            };
            let value = element.value();
            if full {
                error.set(Some(
                    "Remove a column before adding another: up to 6 can be compared",
                ));
            } else if value.is_empty() {
                error.set(Some("Choose a role level to add"));
            } else {
                error.set(None);
                element.set_value("");
                on_add.emit(value);
            }
        })
    };

    let fw = &props.fw;
    let groups = fw.families.iter().flat_map(|family| {
        family
            .roles
            .iter()
            .filter_map(|id| fw.role(id))
            .map(move |role| {
                let label = format!("{} ({})", role.name, family.name);
                html! {
                    <optgroup label={label}>
                        { for fw.levels_of(role).map(|level| {
                            let text = if level.is_unlevelled() {
                                format!("{} (no levels published)", role.name)
                            } else {
                                fw.level_name(level).to_string()
                            };
                            html! { <option value={level.id.clone()}>{ text }</option> }
                        }) }
                    </optgroup>
                }
            })
    });
    let described_by = if error.is_some() {
        format!("{hint_id} {error_id}")
    } else {
        hint_id.clone()
    };
    let group_class = classes!(
        "govuk-form-group",
        error.is_some().then_some("govuk-form-group--error")
    );
    let select_class = classes!(
        "govuk-select",
        error.is_some().then_some("govuk-select--error")
    );

    html! {
        <form class="rc-picker" onsubmit={on_submit} novalidate=true>
            <div class={group_class}>
                <label class="govuk-label govuk-label--s" for={select_id.clone()}>{ "Add a role level" }</label>
                <div class="govuk-hint" id={hint_id}>
                    { "Choose a role level, then add it to the comparison. You can compare up to 6." }
                </div>
                if let Some(message) = *error {
                    <p class="govuk-error-message" id={error_id}>
                        <span class="govuk-visually-hidden">{ "Error:" }</span>{ " " }{ message }
                    </p>
                }
                <select class={select_class} id={select_id} name="level" ref={select} aria-describedby={described_by}>
                    <option value="" selected=true>{ "Choose a role level" }</option>
                    { for groups }
                </select>
            </div>
            <button type="submit" class="govuk-button">{ "Add to comparison" }</button>
        </form>
    }
}
