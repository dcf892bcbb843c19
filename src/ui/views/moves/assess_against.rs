//! "Also assess yourself against": any role level (one worked towards, or one to cover), whose
//! skills join the ratings table, with its own summary and pack; a level the link names that this
//! framework lacks is said.

use crate::ui::context::{use_framework, use_prefix};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AssessAgainstProps {
    /// The level chosen (it may name no level: said).
    pub chosen: Option<String>,
    pub on_choose: Callback<Option<String>>,
}

#[function_component(AssessAgainst)]
pub fn assess_against(props: &AssessAgainstProps) -> Html {
    let fw = use_framework();
    let prefix = use_prefix();
    let assess_id = format!("{prefix}-assess");
    let on_choose = props.on_choose.reform(|e: Event| {
        let value = e.target_unchecked_into::<HtmlSelectElement>().value();
        (!value.is_empty()).then_some(value)
    });
    let unknown = props.chosen.as_deref().filter(|id| fw.level(id).is_none());
    html! {
        <>
            <div class="govuk-form-group">
                <label class="govuk-label govuk-label--s" for={assess_id.clone()}>{ "Also assess yourself against" }</label>
                <div class="govuk-hint" id={format!("{assess_id}-hint")}>{ "Any role level: a level you are working towards, or one you are asked to cover. Its skills are added below." }</div>
                <select class="govuk-select" id={assess_id.clone()} aria-describedby={format!("{assess_id}-hint")} onchange={on_choose} data-rc="assess-level">
                    <option value="" selected={props.chosen.is_none()}>{ "No other level" }</option>
                    { for fw.levels.iter().map(|l| html! {
                        <option value={l.id.clone()} selected={props.chosen.as_deref() == Some(l.id.as_str())}>{ fw.level_name(l).to_string() }</option>
                    }) }
                </select>
            </div>
            if let Some(id) = unknown {
                <p class="govuk-body" data-rc="assess-unknown">{ format!("The link asks to assess against \"{id}\", which is not a role level of this framework; choose one above.") }</p>
            }
        </>
    }
}
