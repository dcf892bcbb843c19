//! One skill's evidence box, with the GOV.UK character count: what is left, or how many too many,
//! as the person types. What is typed is held in the widget's memory above the screens, so it
//! survives looking at another screen; it is saved when the box is left, unless it is over the
//! limit: then it is refused with a message, and kept here until it is shortened.

use crate::state::evidence::{evidence_count, evidence_limit_hint, evidence_refused};
use crate::state::page_memory::SharedPageMemory;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EvidenceBoxProps {
    /// The box's element id.
    pub id: AttrValue,
    pub skill: AttrValue,
    pub skill_name: AttrValue,
    /// The evidence saved for the skill, if any.
    pub saved: Option<AttrValue>,
    pub memory: SharedPageMemory,
    /// Saves a note within the limit (blank removes it).
    pub on_save: Callback<String>,
}

#[function_component(EvidenceBox)]
pub fn evidence_box(props: &EvidenceBoxProps) -> Html {
    let draft = props
        .memory
        .with(|m| m.drafts.get(props.skill.as_str()).cloned());
    let text = draft
        .clone()
        .or_else(|| props.saved.as_ref().map(ToString::to_string))
        .unwrap_or_default();
    // The text shown, so the count follows each keystroke (this small box renders again, not
    // the table).
    let typed = use_state_eq(|| text.clone());
    let refused = use_state_eq(|| None::<String>);
    let shown = if draft.is_some() {
        (*typed).clone()
    } else {
        text
    };
    let count = evidence_count(&shown);
    let on_input = {
        let (memory, skill, typed, refused) = (
            props.memory.clone(),
            props.skill.to_string(),
            typed.clone(),
            refused.clone(),
        );
        Callback::from(move |e: InputEvent| {
            let value = e.target_unchecked_into::<HtmlTextAreaElement>().value();
            memory.with(|m| m.drafts.insert(skill.clone(), value.clone()));
            if !evidence_count(&value).over {
                refused.set(None);
            }
            typed.set(value);
        })
    };
    let on_change = {
        let (memory, skill, name, refused, on_save) = (
            props.memory.clone(),
            props.skill.to_string(),
            props.skill_name.to_string(),
            refused.clone(),
            props.on_save.clone(),
        );
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlTextAreaElement>().value();
            if evidence_count(&value).over {
                // Kept as typed (never cut), and not saved until it fits.
                refused.set(Some(evidence_refused(&name, &value)));
                return;
            }
            memory.with(|m| m.drafts.remove(&skill));
            refused.set(None);
            on_save.emit(value);
        })
    };
    let info_id = format!("{}-info", props.id);
    let status_id = format!("{}-status", props.id);
    let error_id = format!("{}-error", props.id);
    let described = if refused.is_some() {
        format!("{info_id} {status_id} {error_id}")
    } else {
        format!("{info_id} {status_id}")
    };
    html! {
        <div class={classes!("rc-evidence", refused.is_some().then_some("govuk-form-group--error"))}>
            if let Some(message) = &*refused {
                <p class="govuk-error-message" id={error_id} data-rc="evidence-refused">
                    <span class="govuk-visually-hidden">{ "Error: " }</span>{ message.clone() }
                </p>
            }
            <textarea class={classes!("govuk-textarea", "rc-ratings__evidence", count.over.then_some("govuk-textarea--error"))}
                id={props.id.clone()} rows="2" aria-describedby={described}
                oninput={on_input} onchange={on_change} value={shown} data-rc="evidence" />
            <div class="govuk-visually-hidden" id={info_id}>{ evidence_limit_hint() }</div>
            <div id={status_id} data-rc="evidence-count" aria-live="polite"
                class={classes!("rc-evidence__count", if count.over { "govuk-error-message" } else { "govuk-hint" })}>
                { count.status }
            </div>
        </div>
    }
}
