//! "Save this assessment": dated copies of a person's ratings kept in this browser, newest first,
//! each summed up against the level it was assessed against, with what changed since the one
//! before (ratings, agreed levels and evidence). A save holds the person's name and evidence only
//! when they chose to keep them in this browser. A stored list that cannot be read is named and
//! left untouched: nothing is saved over it.

use crate::engine::assessment::{assess, differences};
use crate::state::history::{from_json, history_key, saved_sentence, to_json, with_saved};
use crate::state::ratings::Ratings;
use crate::ui::browser;
use crate::ui::context::use_framework;
use crate::ui::ratings_store::now_to_the_minute;
use crate::ui::views::heading::Heading;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SavedAssessmentsProps {
    pub ratings: Rc<Ratings>,
    /// The level assessed against (the current level).
    pub level: Option<String>,
    /// The person chose to keep their name and evidence in this browser: only then are they saved.
    pub keep_private: bool,
}

#[function_component(SavedAssessments)]
pub fn saved_assessments(props: &SavedAssessmentsProps) -> Html {
    let fw = use_framework();
    let key = history_key(&fw);
    // What is stored now: the list, or why it cannot be read.
    let read = {
        let (fw, key) = (fw.clone(), key.clone());
        move || -> Result<Vec<Ratings>, String> {
            match browser::stored(&key) {
                None => Ok(Vec::new()),
                Some(text) => from_json(&fw, &text).map_err(|p| {
                    p.iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>()
                        .join("; ")
                }),
            }
        }
    };
    let list = use_state({
        let read = read.clone();
        move || read()
    });
    let said = use_state(String::new);
    // Saved or forgotten elsewhere (the list of what this browser keeps, another tab): read again.
    {
        let (list, read) = (list.clone(), read.clone());
        use_effect_with((), move |_| {
            let listeners = browser::on_kept_changed(move || list.set(read()));
            move || drop(listeners)
        });
    }
    let on_save = {
        let (fw, key, list, said, read) = (
            fw.clone(),
            key.clone(),
            list.clone(),
            said.clone(),
            read.clone(),
        );
        let (ratings, level, keep) = (
            props.ratings.clone(),
            props.level.clone(),
            props.keep_private,
        );
        Callback::from(move |_: MouseEvent| {
            // A fresh read: another tab may have saved one meanwhile.
            match read() {
                Ok(saved) => {
                    let when = now_to_the_minute();
                    let next = with_saved(&saved, &ratings, level.as_deref(), &when, keep);
                    if browser::store(&key, Some(&to_json(&fw, &next))) {
                        browser::announce(browser::KEPT_CHANGED);
                        said.set(saved_sentence(&when, keep));
                    } else {
                        said.set(
                            "This browser would not save it: download your ratings to keep them."
                                .into(),
                        );
                    }
                    list.set(Ok(next));
                }
                Err(reason) => list.set(Err(reason)),
            }
        })
    };
    // The Forget button goes once nothing is saved: focus moves to the sentence saying so, never
    // to the page's <body>.
    let status_ref = use_node_ref();
    let on_forget = {
        let (key, list, said) = (key.clone(), list.clone(), said.clone());
        let status_ref = status_ref.clone();
        Callback::from(move |_: MouseEvent| {
            browser::store(&key, None);
            browser::announce(browser::KEPT_CHANGED);
            list.set(Ok(Vec::new()));
            said.set("Your saved assessments are forgotten.".into());
            crate::ui::focus::focus_after_paint(&status_ref);
        })
    };
    let items: Html = match &*list {
        Err(reason) => html! {
            <p class="govuk-body" data-rc="saved-unreadable">
                { format!("Your saved assessments in this browser could not be read ({reason}), so they are left as they are and nothing is saved over them.") }
            </p>
        },
        Ok(saved) if saved.is_empty() => html! {
            <p class="govuk-body">{ "No assessment saved yet." }</p>
        },
        Ok(saved) => html! {
            <ol class="govuk-list rc-saved" reversed=true data-rc="saved-assessments">
                { for saved.iter().enumerate().rev().map(|(i, r)| {
                    let date = r.saved.clone().unwrap_or_else(|| "no date".into());
                    let level = r.level.as_deref().and_then(|id| fw.level(id));
                    let summary = level.map_or("no level named".to_string(), |l| format!("against {}: {}", fw.level_name(l), assess(l, r.entries()).summary()));
                    let changes: Vec<String> = match i.checked_sub(1).map(|p| &saved[p]) {
                        None => Vec::new(),
                        Some(before) => differences(before.entries(), r.entries())
                            .iter()
                            .map(|(skill, d)| format!("{}: {}", fw.skill_name_of(skill), d.describe()))
                            .collect(),
                    };
                    let since = i.checked_sub(1).and_then(|p| saved[p].saved.clone());
                    html! {
                        <li class="rc-saved__item">
                            <strong>{ date }</strong>{ format!(", {summary}") }
                            if let Some(since) = since {
                                if changes.is_empty() {
                                    <p class="govuk-body-s">{ format!("No changes since {since}.") }</p>
                                } else {
                                    <p class="govuk-body-s">{ format!("Since {since}:") }</p>
                                    <ul class="govuk-list govuk-list--bullet govuk-body-s" data-rc="saved-changes">
                                        { for changes.into_iter().map(|c| html! { <li>{ c }</li> }) }
                                    </ul>
                                }
                            }
                        </li>
                    }
                }) }
            </ol>
        },
    };
    let has_saved = matches!(&*list, Ok(saved) if !saved.is_empty());
    html! {
        <section class="rc-saved-assessments" data-rc="saved">
            <Heading depth={2} class="govuk-heading-s">{ "Saved assessments" }</Heading>
            <p class="govuk-body">{ "Save a dated copy of your ratings and evidence on this device, to see next time what changed." }</p>
            <div class="govuk-button-group">
                <button type="button" class="govuk-button govuk-button--secondary" onclick={on_save}
                    disabled={props.ratings.is_empty() || list.is_err()} data-rc="save-assessment">
                    { "Save this assessment" }
                </button>
                if has_saved {
                    <button type="button" class="govuk-button govuk-button--warning" onclick={on_forget} data-rc="forget-saved">
                        { "Forget saved assessments" }
                    </button>
                }
            </div>
            <p class="govuk-body" role="status" data-rc="saved-status" tabindex="-1" ref={status_ref}>{ (*said).clone() }</p>
            { items }
        </section>
    }
}
