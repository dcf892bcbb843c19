//! Assess yourself: rate each skill of the levels in view (not yet, awareness … expert). The
//! ratings stay in this browser (the panel says whether they are saved, and lists everything kept);
//! they move between devices as a small file the person downloads and loads again. "Forget" can be
//! undone. This panel lays out its parts: the name ([`RatingsName`]), the table ([`RatingsTable`]),
//! the packs ([`AssessmentPacks`]), saved assessments, what is kept, and a file to load
//! ([`RatingsFile`]); what the person types is held above the screens ([`SharedPageMemory`]).

use super::assess_against::AssessAgainst;
use super::assessment_packs::AssessmentPacks;
use super::keep_private::KeepPrivate;
use super::kept_on_device::KeptOnDevice;
use super::ratings_file::RatingsFile;
use super::ratings_name::RatingsName;
use super::ratings_table::RatingsTable;
use super::saved_assessments::SavedAssessments;
use crate::engine::assessment::assess;
use crate::state::evidence::evidence_count;
use crate::state::page_memory::{SharedPageMemory, NAME_DRAFT};
use crate::state::ratings::{Change, FILE_NAME};
use crate::ui::browser;
use crate::ui::context::use_framework;
use crate::ui::ratings_store::{Kept, RatingsHandle};
use crate::ui::views::heading::Heading;
use yew::prelude::*;

/// The change that saves a draft.
fn commit(key: String, text: String) -> Change {
    if key == NAME_DRAFT {
        Change::Name(Some(text))
    } else {
        Change::Evidence {
            skill: key,
            evidence: Some(text),
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct RatingsPanelProps {
    pub ratings: RatingsHandle,
    /// The levels whose skills are offered for rating: the current level, the open move's target,
    /// the level chosen here.
    pub levels: Vec<String>,
    /// The open move's target, if any.
    pub target: Option<String>,
    /// The level the person chose to assess against here, if any (it may name no level: said).
    pub chosen: Option<String>,
    pub on_choose: Callback<Option<String>>,
    /// What the person typed, held above the screens (drafts of their name and evidence).
    pub memory: SharedPageMemory,
}

#[function_component(RatingsPanel)]
pub fn ratings_panel(props: &RatingsPanelProps) -> Html {
    let fw = &use_framework();
    let handle = &props.ratings;
    let ratings = &handle.ratings;
    let memory = props.memory.clone();
    // Drafts not yet saved (the box not left) are saved when the page is left; a note over the
    // limit is never cut to fit: it was refused, and said.
    let latest = use_mut_ref(|| handle.clone());
    *latest.borrow_mut() = handle.clone();
    {
        let (memory, latest) = (memory.clone(), latest.clone());
        use_effect_with((), move |_| {
            let window = web_sys::window().expect("a window");
            let listener = gloo::events::EventListener::new(&window, "pagehide", move |_| {
                let pending = memory.with(|m| std::mem::take(&mut m.drafts));
                let handle = latest.borrow().clone();
                for (key, text) in pending
                    .into_iter()
                    .filter(|(_, text)| !evidence_count(text).over)
                {
                    handle.change(commit(key, text), Vec::new());
                }
            });
            move || drop(listener)
        });
    }
    // Which assessment each level in view is: the current level, the open move's target, or the
    // level chosen here (for tests and for the person: the words say the level's name).
    let levels: Vec<(&crate::framework::Level, &'static str)> = props
        .levels
        .iter()
        .filter_map(|id| fw.level(id))
        .enumerate()
        .map(|(i, level)| {
            let is = |id: &Option<String>| id.as_deref() == Some(level.id.as_str());
            let kind = match i {
                0 => "current",
                _ if is(&props.target) && !is(&props.chosen) => "target",
                _ => "chosen",
            };
            (level, kind)
        })
        .collect();
    // The buttons pressed go away (Forget, Undo): focus moves to what replaced them, never to
    // the page's <body>.
    let (undo_ref, forget_ref, messages_ref) = (use_node_ref(), use_node_ref(), use_node_ref());
    let on_forget = {
        let (handle, undo_ref) = (handle.clone(), undo_ref.clone());
        Callback::from(move |_: MouseEvent| {
            handle.forget();
            crate::ui::focus::focus_after_paint(&undo_ref);
        })
    };
    let on_undo = {
        let (handle, forget_ref) = (handle.clone(), forget_ref.clone());
        Callback::from(move |_: MouseEvent| {
            handle.undo_forget();
            crate::ui::focus::focus_after_paint(&forget_ref);
        })
    };
    // The file names the level assessed against (the current level), so a line manager's team
    // view shows the person at it.
    let on_download = {
        let (ratings, fw) = (ratings.clone(), fw.clone());
        let current = props.levels.first().cloned();
        Callback::from(move |_: MouseEvent| {
            let mut file = (*ratings).clone();
            file.level = current.clone().or(file.level);
            browser::download(FILE_NAME, "application/json", &file.to_json(&fw));
        })
    };
    let kept_sentence = match (handle.kept, ratings.is_blank()) {
        (Kept::NotSaved, _) => {
            "Not saved: this browser would not keep your ratings. Download them to keep them."
                .to_string()
        }
        (Kept::Saved, true) => "You have no ratings saved on this device.".to_string(),
        (Kept::Saved, false) => format!(
            "Saved on this device, in this browser: {}{}.",
            crate::framework::wording::count(ratings.len(), "rating", "ratings"),
            ratings
                .saved
                .as_ref()
                .map(|d| format!(", last changed {d}"))
                .unwrap_or_default()
        ),
    };
    let private_sentence = (!handle.keep_private).then_some(
        "Your name and evidence are kept only while this page is open (your ratings are kept either way): download your ratings, or choose below to keep them in this browser.",
    );
    let summary_rc = |kind: &str| match kind {
        "current" => "assessment-summary",
        "target" => "assessment-summary-target",
        _ => "assessment-summary-chosen",
    };
    html! {
        <section class="rc-ratings" data-rc="ratings">
            <Heading depth={1} class="govuk-heading-m">{ "Assess yourself" }</Heading>
            <p class="govuk-body">
                { "Rate yourself on each skill. Your ratings stay in this browser: they are not in the link and are never sent anywhere. With ratings, choose \"Your own ratings\" above to see every gap as your gap." }
            </p>
            <p class="govuk-body rc-ratings__kept" data-rc="ratings-kept">
                { kept_sentence }
                if let Some(sentence) = private_sentence {
                    { " " }{ sentence }
                }
            </p>
            <AssessAgainst chosen={props.chosen.clone()} on_choose={props.on_choose.clone()} />
            if !ratings.is_empty() {
                // Against the current level, the move's target when one is open, the level chosen.
                { for levels.iter().map(|(level, kind)| html! {
                    <p class="govuk-body" data-rc={summary_rc(kind)}>
                        { format!("Your ratings against {}: {}", fw.level_name(level), assess(level, ratings.entries()).summary()) }
                    </p>
                }) }
            }
            <div role="status" data-rc="ratings-messages" tabindex="-1" ref={messages_ref.clone()}>
                if !handle.messages.is_empty() {
                    <ul class="govuk-list rc-ratings__messages">
                        { for handle.messages.iter().map(|m| html! { <li>{ m.clone() }</li> }) }
                    </ul>
                }
                if handle.forgotten.is_some() {
                    <button type="button" class="govuk-button govuk-button--secondary" data-rc="undo-forget" onclick={on_undo} ref={undo_ref}>
                        { "Undo: put my ratings back" }
                    </button>
                }
            </div>
            if let Some(carried) = ratings.carried_sentence(fw) {
                <div class="govuk-inset-text" data-rc="ratings-carried">{ carried }</div>
            }
            if let Some(aside) = ratings.aside_sentence() {
                <div class="govuk-inset-text" data-rc="ratings-aside">{ aside }</div>
            }
            if !props.levels.is_empty() || !ratings.is_empty() {
                <RatingsName ratings={handle.clone()} memory={memory.clone()} />
            }
            <RatingsTable ratings={handle.clone()} levels={props.levels.clone()} memory={memory.clone()} />
            <AssessmentPacks ratings={ratings.clone()}
                levels={levels.iter().map(|(l, kind)| (l.id.clone(), *kind)).collect::<Vec<_>>()} />
            // Shown whatever is rated: assessments saved earlier stay listed, with their Forget.
            <SavedAssessments ratings={ratings.clone()} level={props.levels.first().cloned()}
                keep_private={handle.keep_private} />
            <div class="govuk-button-group">
                if !ratings.is_blank() {
                    <button type="button" class="govuk-button govuk-button--secondary" onclick={on_download}>
                        { "Download my ratings" }
                    </button>
                    <button type="button" class="govuk-button govuk-button--warning" onclick={on_forget} data-rc="forget-ratings" ref={forget_ref}>
                        { "Forget my ratings" }
                    </button>
                }
            </div>
            <KeepPrivate ratings={handle.clone()} />
            <KeptOnDevice ratings={handle.clone()} memory={memory} />
            <RatingsFile ratings={handle.clone()} {messages_ref} />
        </section>
    }
}
