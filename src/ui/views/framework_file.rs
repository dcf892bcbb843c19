//! "Use your organisation's framework file": a file chosen here is read in this browser (never
//! uploaded) and checked like any input; one with problems is refused with each problem's place,
//! and the framework already shown stays.

use crate::ui::browser;
use crate::ui::context::use_prefix;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FrameworkFileProps {
    /// Called with the file's name and its text, or why it could not be read.
    pub on_file: Callback<(String, Result<crate::load::text_file::Decoded, String>)>,
    /// What happened to the last file chosen.
    pub messages: Vec<String>,
}

#[function_component(FrameworkFile)]
pub fn framework_file(props: &FrameworkFileProps) -> Html {
    let id_prefix = use_prefix();
    let input_id = format!("{}-framework-file", id_prefix);
    let onchange = {
        let on_file = props.on_file.clone();
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<HtmlInputElement>();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            input.set_value("");
            let on_file = on_file.clone();
            let name = file.name();
            let limit = crate::load::validate::MAX_FRAMEWORK_BYTES;
            if file.size() > limit as f64 {
                let reason = format!(
                    "it is larger than a framework file can be ({} KB at most)",
                    limit / 1024
                );
                on_file.emit((name, Err(reason)));
                return;
            }
            wasm_bindgen_futures::spawn_local(async move {
                on_file.emit((name, browser::read_file(file).await));
            });
        })
    };
    html! {
        <details class="govuk-details rc-framework-file" data-rc="framework-file" open={!props.messages.is_empty()}>
            <summary class="govuk-details__summary">
                <span class="govuk-details__summary-text">{ "Use your organisation's framework file" }</span>
            </summary>
            <div class="govuk-details__text">
                <div class="govuk-form-group">
                    <label class="govuk-label" for={input_id.clone()}>{ "Framework file: JSON in the shape of the official data file, or a CSV in the official \"Role content\" format" }</label>
                    <div class="govuk-hint" id={format!("{input_id}-hint")}>{ "It is read in this browser and never uploaded. In a CSV, each role's levels keep the order in which they first appear. A file with problems is not used: each problem is listed with its place." }</div>
                    <input class="govuk-file-upload" id={input_id.clone()} type="file" accept=".json,.csv,application/json,text/csv"
                        aria-describedby={format!("{input_id}-hint")} {onchange} />
                </div>
                <div role="status" data-rc="framework-file-messages">
                    if !props.messages.is_empty() {
                        <ul class="govuk-list">{ for props.messages.iter().map(|m| html! { <li>{ m.clone() }</li> }) }</ul>
                    }
                </div>
            </div>
        </details>
    }
}
