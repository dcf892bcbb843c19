//! "Your name (optional)", for the assessment pack and the ratings file: what is typed is held in
//! the widget's memory above the screens until the box is left, then kept with the ratings.

use crate::state::page_memory::{SharedPageMemory, NAME_DRAFT};
use crate::state::ratings::{Change, MAX_SHORT_CHARS};
use crate::ui::context::use_prefix;
use crate::ui::ratings_store::RatingsHandle;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RatingsNameProps {
    pub ratings: RatingsHandle,
    pub memory: SharedPageMemory,
}

#[function_component(RatingsName)]
pub fn ratings_name(props: &RatingsNameProps) -> Html {
    let prefix = use_prefix();
    let name_id = format!("{prefix}-name");
    let memory = &props.memory;
    let value = memory
        .with(|m| m.drafts.get(NAME_DRAFT).cloned())
        .or_else(|| props.ratings.ratings.name.clone())
        .unwrap_or_default();
    let on_typing = {
        let memory = memory.clone();
        Callback::from(move |e: InputEvent| {
            let value = e.target_unchecked_into::<HtmlInputElement>().value();
            memory.with(|m| m.drafts.insert(NAME_DRAFT.to_string(), value));
        })
    };
    let on_change = {
        let (handle, memory) = (props.ratings.clone(), memory.clone());
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlInputElement>().value();
            memory.with(|m| m.drafts.remove(NAME_DRAFT));
            handle.change(Change::Name(Some(value)), Vec::new());
        })
    };
    html! {
        <div class="govuk-form-group">
            <label class="govuk-label govuk-label--s" for={name_id.clone()}>{ "Your name (optional)" }</label>
            <div class="govuk-hint" id={format!("{name_id}-hint")}>{ "On your assessment pack and in your ratings file, for your line manager's team view." }</div>
            <input class="govuk-input govuk-input--width-20" id={name_id.clone()} type="text" autocomplete="name" spellcheck="false"
                maxlength={MAX_SHORT_CHARS.to_string()} aria-describedby={format!("{name_id}-hint")}
                value={value} oninput={on_typing} onchange={on_change} data-rc="ratings-name" />
        </div>
    }
}
