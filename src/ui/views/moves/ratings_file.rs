//! "Load ratings from a file": a file the person downloaded with "Download my ratings", read in
//! this browser and checked like any input (a file with problems is refused, each problem named;
//! a note too long is shortened and named). With ratings already held, the person chooses whether
//! the file's are added or replace theirs, and is told what changed.

use crate::state::ratings::{Change, Ratings, MAX_BYTES};
use crate::ui::browser;
use crate::ui::context::{use_framework, use_prefix};
use crate::ui::ratings_store::RatingsHandle;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RatingsFileProps {
    pub ratings: RatingsHandle,
    /// Where the panel says what happened: focus goes there once the person has chosen.
    pub messages_ref: NodeRef,
}

#[function_component(RatingsFile)]
pub fn ratings_file(props: &RatingsFileProps) -> Html {
    let fw = use_framework();
    let prefix = use_prefix();
    let file_id = format!("{prefix}-ratings-file");
    // A file read while ratings are held waits for the person to choose: add or replace.
    let pending = use_state(|| None::<(String, Rc<Ratings>)>);
    let choice_ref = use_node_ref();
    let settle = |replace: Option<bool>| {
        let (handle, pending, messages) = (
            props.ratings.clone(),
            pending.clone(),
            props.messages_ref.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            crate::ui::focus::focus_after_paint(&messages);
            if let (Some(replace), Some((name, file))) = (replace, (*pending).clone()) {
                let said = handle.ratings.load_report(&file).describe(&name, replace);
                let said: Vec<String> = [said].into_iter().chain(file.notes.clone()).collect();
                let file = (*file).clone();
                let change = if replace {
                    Change::Replace(file)
                } else {
                    Change::Merge(file)
                };
                handle.change(change, said);
            } else if let Some((name, _)) = &*pending {
                handle.tell(vec![format!(
                    "{name} was not loaded. Your ratings are unchanged."
                )]);
            }
            pending.set(None);
        })
    };
    let on_file = {
        let (handle, pending, choice_ref) =
            (props.ratings.clone(), pending.clone(), choice_ref.clone());
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<HtmlInputElement>();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            input.set_value("");
            let (handle, fw, pending, choice_ref) = (
                handle.clone(),
                fw.clone(),
                pending.clone(),
                choice_ref.clone(),
            );
            let name = file.name();
            if file.size() > MAX_BYTES as f64 {
                handle.tell(vec![format!("{name} was not loaded: it is larger than a ratings file can be ({} KB at most). Your ratings are unchanged.", MAX_BYTES / 1024)]);
                pending.set(None);
                return;
            }
            wasm_bindgen_futures::spawn_local(async move {
                let decoded = browser::read_file(file).await;
                let note = decoded.as_ref().ok().and_then(|d| d.note.clone());
                match decoded.map(|d| Ratings::from_json(&fw, &d.text)) {
                    Ok(Ok(loaded)) if handle.ratings.is_blank() => {
                        let said = handle.ratings.load_report(&loaded).describe(&name, false);
                        let notes = loaded.notes.clone();
                        handle.change(
                            Change::Replace(loaded),
                            [said].into_iter().chain(note).chain(notes).collect(),
                        );
                    }
                    Ok(Ok(loaded)) => {
                        handle.tell(Vec::new());
                        pending.set(Some((name, Rc::new(loaded))));
                        crate::ui::focus::focus_after_paint(&choice_ref);
                    }
                    Ok(Err(problems)) => {
                        let mut messages = vec![format!(
                            "{name} was not loaded, so your ratings are unchanged:"
                        )];
                        messages.extend(problems.iter().map(ToString::to_string));
                        handle.tell(messages);
                    }
                    Err(reason) => handle.tell(vec![format!(
                        "{name} was not loaded: {reason}. Your ratings are unchanged."
                    )]),
                }
            });
        })
    };
    let held = props.ratings.ratings.len();
    html! {
        <>
            if let Some((name, file)) = &*pending {
                <div class="govuk-form-group rc-ratings__choice" data-rc="ratings-choice" tabindex="-1" ref={choice_ref}
                    role="group" aria-labelledby={format!("{file_id}-choice")}>
                    <h3 class="govuk-heading-s" id={format!("{file_id}-choice")}>
                        { format!("{name} has {}. You already have {}. What should happen to yours?",
                            crate::framework::wording::count(file.len(), "rating", "ratings"),
                            crate::framework::wording::count(held, "rating", "ratings")) }
                    </h3>
                    <div class="govuk-button-group">
                        <button type="button" class="govuk-button" data-rc="ratings-merge" onclick={settle(Some(false))}>
                            { "Add the file's ratings to mine" }
                        </button>
                        <button type="button" class="govuk-button govuk-button--warning" data-rc="ratings-replace" onclick={settle(Some(true))}>
                            { "Replace mine with the file's" }
                        </button>
                        <button type="button" class="govuk-button govuk-button--secondary" onclick={settle(None)}>
                            { "Cancel" }
                        </button>
                    </div>
                    <p class="govuk-hint">{ "Adding keeps every rating you have; where both rate a skill, the file's rating is used." }</p>
                </div>
            }
            <div class="govuk-form-group">
                <label class="govuk-label govuk-label--s" for={file_id.clone()}>{ "Load ratings from a file" }</label>
                <div class="govuk-hint" id={format!("{file_id}-hint")}>{ "A file you downloaded with \"Download my ratings\". It is read in this browser, never uploaded." }</div>
                <input class="govuk-file-upload" id={file_id.clone()} type="file" accept=".json,application/json"
                    aria-describedby={format!("{file_id}-hint")} onchange={on_file} />
            </div>
        </>
    }
}
