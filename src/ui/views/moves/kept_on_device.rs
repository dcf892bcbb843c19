//! What this browser keeps for the person, listed in one place, each with its Forget: their
//! ratings (and whether with their name and evidence), their saved assessments, and a team kept
//! from the team view. Read afresh whenever any of them changes, here or in another tab.

use crate::state::history::history_key;
use crate::state::kept_on_device::{kept, kept_sentence, Stored};
use crate::state::page_memory::SharedPageMemory;
use crate::state::team_file::{team_from_json, team_key};
use crate::ui::browser::{self, KEPT_CHANGED};
use crate::ui::context::use_framework;
use crate::ui::framework_store::SharedFramework;
use crate::ui::ratings_store::{saved_kept, Kept, RatingsHandle};
use crate::ui::views::heading::Heading;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct KeptOnDeviceProps {
    pub ratings: RatingsHandle,
    pub memory: SharedPageMemory,
}

/// How many saved assessments and kept team members are stored now for `fw`.
fn read_kept(fw: &SharedFramework) -> (usize, Option<usize>) {
    let team = browser::stored(&team_key(fw))
        .and_then(|text| team_from_json(fw, &text).ok())
        .map(|people| people.len());
    (saved_kept(fw), team)
}

#[function_component(KeptOnDevice)]
pub fn kept_on_device(props: &KeptOnDeviceProps) -> Html {
    let fw = use_framework();
    // Bumped when anything kept changes, so the list is read again.
    let changes = use_state(|| 0u32);
    {
        let changes = changes.clone();
        use_effect_with((), move |_| {
            let listeners = browser::on_kept_changed(move || changes.set(*changes + 1));
            move || drop(listeners)
        });
    }
    // Read from storage when something kept changed, not on every rating (the ratings come with
    // the properties).
    let (saved, team) = *use_memo((fw.clone(), *changes), |(fw, _)| read_kept(fw));
    let ratings = &props.ratings;
    let stored = Stored {
        ratings: if ratings.kept == Kept::Saved {
            ratings.ratings.len() + ratings.ratings.aside().count()
        } else {
            0
        },
        with_private: ratings.keep_private,
        saved,
        team,
    };
    let status = use_node_ref();
    let forget = |key: &'static str| {
        let (fw, ratings, memory, status) = (
            fw.clone(),
            props.ratings.clone(),
            props.memory.clone(),
            status.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            match key {
                "ratings" => ratings.forget(),
                "saved" => {
                    browser::store(&history_key(&fw), None);
                }
                _ => {
                    browser::store(&team_key(&fw), None);
                    // The team shown stays for this page, no longer kept.
                    memory.with(|m| {
                        if let Some(team) = m.team.as_mut() {
                            team.kept = false;
                        }
                    });
                }
            }
            browser::announce(KEPT_CHANGED);
            crate::ui::focus::focus_after_paint(&status);
        })
    };
    let list = kept(stored);
    html! {
        <section class="rc-kept" data-rc="kept-on-device">
            <Heading depth={2} class="govuk-heading-s">{ "What this browser keeps" }</Heading>
            <p class="govuk-body" role="status" tabindex="-1" ref={status.clone()}>{ kept_sentence(stored) }</p>
            if !list.is_empty() {
                <dl class="govuk-summary-list">
                    { for list.into_iter().map(|k| html! {
                        <div class="govuk-summary-list__row" data-kept={k.key}>
                            <dt class="govuk-summary-list__key">{ k.what }</dt>
                            <dd class="govuk-summary-list__value">{ k.said }</dd>
                            <dd class="govuk-summary-list__actions">
                                <button type="button" class="govuk-button govuk-button--warning govuk-!-margin-bottom-0"
                                    onclick={forget(k.key)} data-rc={format!("forget-kept-{}", k.key)}>
                                    { "Forget" }<span class="govuk-visually-hidden">{ format!(" {}", k.what.to_lowercase()) }</span>
                                </button>
                            </dd>
                        </div>
                    }) }
                </dl>
            }
        </section>
    }
}
