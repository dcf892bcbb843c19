//! Assess yourself: rate each skill of the levels in view (not yet, awareness … expert). The
//! ratings stay in this browser (the panel says whether they are saved); they move between devices
//! as a small file the person downloads and loads again (checked like any input: a file with
//! problems is refused, each problem named; with ratings already held, the person chooses whether
//! the file's are added or replace them, and is told what changed). "Forget" can be undone.

use super::pack_print::PackPrint;
use super::saved_assessments::SavedAssessments;
use crate::engine::assessment::assess;
use crate::framework::Level;
use crate::output::people_export::assessment_pack;
use crate::state::ratings::{
    Change, Rating, Ratings, FILE_NAME, MAX_BYTES, MAX_EVIDENCE_CHARS, MAX_SHORT_CHARS,
};
use crate::ui::browser;
use crate::ui::context::{use_framework, use_prefix};
use crate::ui::ratings_store::{Kept, RatingsHandle};
use crate::ui::views::heading::Heading;
use crate::ui::views::standing::icon;
use crate::ui::views::take_away::Downloads;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

/// The drafts' key for the person's name (never a skill id: ids have no spaces).
const NAME_DRAFT: &str = " name";

/// The change that commits a draft.
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
}

#[function_component(RatingsPanel)]
pub fn ratings_panel(props: &RatingsPanelProps) -> Html {
    let fw = &use_framework();
    let id_prefix = use_prefix();
    let ratings = &props.ratings.ratings;
    let levels: Vec<&Level> = props.levels.iter().filter_map(|id| fw.level(id)).collect();
    // Skills of the levels in view, then any other skill already rated, in name order.
    let mut skills: Vec<&str> = fw
        .skills
        .iter()
        .filter(|s| {
            ratings.get(&s.id).is_some() || levels.iter().any(|l| l.requirement(&s.id).is_some())
        })
        .map(|s| s.id.as_str())
        .collect();
    skills.dedup();
    // Evidence being typed, by skill, until it is committed (on leaving the box, or when the page
    // is left): every render shows the draft, so a render while the person types (the texts
    // arriving, another tab's change) never puts the box back to what was last saved.
    let drafts = use_mut_ref(std::collections::BTreeMap::<String, String>::new);
    let latest = use_mut_ref(|| props.ratings.clone());
    *latest.borrow_mut() = props.ratings.clone();
    {
        let (drafts, latest) = (drafts.clone(), latest.clone());
        use_effect_with((), move |_| {
            let window = web_sys::window().expect("a window");
            let listener = gloo::events::EventListener::new(&window, "pagehide", move |_| {
                let pending = std::mem::take(&mut *drafts.borrow_mut());
                let handle = latest.borrow().clone();
                for (key, text) in pending {
                    handle.change(commit(key, text), Vec::new());
                }
            });
            move || drop(listener)
        });
    }
    // Where the ratings leave the person on each skill of each level, in words beside an icon.
    let assessments: Vec<_> = levels
        .iter()
        .map(|l| assess(l, ratings.entries()))
        .collect();
    let row = |skill: &str| -> Html {
        let Some(s) = fw.skill(skill) else {
            return html! {};
        };
        let select_id = format!("{}-rate-{}", id_prefix, s.id);
        let handle = props.ratings.clone();
        let id = s.id.clone();
        let onchange = Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            let rating = Rating::from_key(&value);
            handle.change(
                Change::Rate {
                    skill: id.clone(),
                    rating,
                },
                Vec::new(),
            );
        });
        let current = ratings.get(&s.id);
        let evidence_id = format!("{}-evidence-{}", id_prefix, s.id);
        let on_typing = {
            let (drafts, id) = (drafts.clone(), s.id.clone());
            Callback::from(move |e: InputEvent| {
                let value = e.target_unchecked_into::<HtmlTextAreaElement>().value();
                drafts.borrow_mut().insert(id.clone(), value);
            })
        };
        let on_evidence = {
            let (handle, id, drafts) = (props.ratings.clone(), s.id.clone(), drafts.clone());
            Callback::from(move |e: Event| {
                let value = e.target_unchecked_into::<HtmlTextAreaElement>().value();
                drafts.borrow_mut().remove(&id);
                handle.change(
                    Change::Evidence {
                        skill: id.clone(),
                        evidence: Some(value),
                    },
                    Vec::new(),
                );
            })
        };
        let evidence = drafts
            .borrow()
            .get(&s.id)
            .cloned()
            .or_else(|| ratings.entry(&s.id).and_then(|e| e.evidence.clone()));
        let agreed_id = format!("{}-agreed-{}", id_prefix, s.id);
        let on_agreed = {
            let (handle, id) = (props.ratings.clone(), s.id.clone());
            Callback::from(move |e: Event| {
                let value = e.target_unchecked_into::<HtmlSelectElement>().value();
                handle.change(
                    Change::Agreed {
                        skill: id.clone(),
                        agreed: Rating::from_key(&value),
                    },
                    Vec::new(),
                );
            })
        };
        let agreed = ratings.entry(&s.id).and_then(|e| e.agreed);
        html! {
            <tr class="govuk-table__row" data-skill={s.id.clone()}>
                <th scope="row" class="govuk-table__header"><label for={select_id.clone()}>{ s.name.clone() }</label></th>
                { for levels.iter().zip(&assessments).map(|(l, a)| {
                    let standing = a.skills.iter().find(|k| k.skill == s.id).map(|k| k.standing);
                    html! {
                        <td class="govuk-table__cell">
                            { l.requirement(&s.id).map_or("Not needed".to_string(), |r| r.level.map_or("Level not set", |x| x.name()).to_string()) }
                            if let Some(standing) = standing {
                                <span class="rc-ratings__standing" data-rc="standing">
                                    <span class="rc-standing__icon" aria-hidden="true">{ icon(standing) }</span>{ " " }{ standing.phrase() }
                                </span>
                            }
                        </td>
                    }
                }) }
                <td class="govuk-table__cell">
                    <select class="govuk-select rc-ratings__select" id={select_id} {onchange}>
                        <option value="" selected={current.is_none()}>{ "Not rated" }</option>
                        { for Rating::ALL.into_iter().map(|r| html! {
                            <option value={r.key()} selected={current == Some(r)}>{ r.label() }</option>
                        }) }
                    </select>
                </td>
                <td class="govuk-table__cell">
                    if current.is_some() {
                        <label class="govuk-visually-hidden" for={evidence_id.clone()}>{ format!("Evidence for {}", s.name) }</label>
                        <textarea class="govuk-textarea rc-ratings__evidence" id={evidence_id} rows="2"
                            maxlength={MAX_EVIDENCE_CHARS.to_string()} oninput={on_typing} onchange={on_evidence}
                            value={evidence.unwrap_or_default()} data-rc="evidence" />
                    } else {
                        <span class="rc-ratings__no-evidence">{ "Rate it to add evidence" }</span>
                    }
                </td>
                <td class="govuk-table__cell">
                    if current.is_some() {
                        <label class="govuk-visually-hidden" for={agreed_id.clone()}>{ format!("Level your line manager agrees for {}", s.name) }</label>
                        <select class="govuk-select rc-ratings__select" id={agreed_id} onchange={on_agreed} data-rc="agreed">
                            <option value="" selected={agreed.is_none()}>{ "Not agreed yet" }</option>
                            { for Rating::ALL.into_iter().map(|r| html! {
                                <option value={r.key()} selected={agreed == Some(r)}>{ r.label() }</option>
                            }) }
                        </select>
                    }
                </td>
            </tr>
        }
    };
    // The file names the level assessed against (the current level), so a line manager's team
    // view shows the person at it.
    let on_download = {
        let (ratings, fw) = (ratings.clone(), fw.clone());
        let current = levels.first().map(|l| l.id.clone());
        Callback::from(move |_: MouseEvent| {
            let mut file = (*ratings).clone();
            file.level = current.clone().or(file.level);
            browser::download(FILE_NAME, "application/json", &file.to_json(&fw));
        })
    };
    let name_id = format!("{}-name", id_prefix);
    let name_value = drafts
        .borrow()
        .get(NAME_DRAFT)
        .cloned()
        .or_else(|| ratings.name.clone())
        .unwrap_or_default();
    let on_name_typing = {
        let drafts = drafts.clone();
        Callback::from(move |e: InputEvent| {
            let value = e.target_unchecked_into::<HtmlInputElement>().value();
            drafts.borrow_mut().insert(NAME_DRAFT.to_string(), value);
        })
    };
    let on_name = {
        let (handle, drafts) = (props.ratings.clone(), drafts.clone());
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlInputElement>().value();
            drafts.borrow_mut().remove(NAME_DRAFT);
            handle.change(Change::Name(Some(value)), Vec::new());
        })
    };
    // The button pressed goes away (Forget, Undo, the file choice): focus moves to what replaced
    // it, never to the page's <body>.
    // (request number, where): a number, so the same target asked for twice moves focus twice.
    let focus_to = use_state(|| (0u32, None::<&'static str>));
    let (undo_ref, forget_ref, messages_ref, choice_ref) = (
        use_node_ref(),
        use_node_ref(),
        use_node_ref(),
        use_node_ref(),
    );
    {
        let refs = (
            undo_ref.clone(),
            forget_ref.clone(),
            messages_ref.clone(),
            choice_ref.clone(),
        );
        use_effect_with(*focus_to, move |(_, target)| {
            let node = match target {
                Some("undo") => &refs.0,
                Some("forget") => &refs.1,
                Some("choice") => &refs.3,
                Some(_) => &refs.2,
                None => return,
            };
            if let Some(el) = node.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        });
    }
    let on_forget = {
        let (handle, focus_to) = (props.ratings.clone(), focus_to.clone());
        Callback::from(move |_: MouseEvent| {
            handle.forget();
            focus_to.set((focus_to.0 + 1, Some("undo")));
        })
    };
    let on_undo = {
        let (handle, focus_to) = (props.ratings.clone(), focus_to.clone());
        Callback::from(move |_: MouseEvent| {
            handle.undo_forget();
            focus_to.set((focus_to.0 + 1, Some("forget")));
        })
    };
    // A file read while ratings are held waits for the person to choose: add or replace.
    let pending = use_state(|| None::<(String, Rc<Ratings>)>);
    let settle = |replace: Option<bool>| {
        let (handle, pending, focus_to) =
            (props.ratings.clone(), pending.clone(), focus_to.clone());
        Callback::from(move |_: MouseEvent| {
            focus_to.set((focus_to.0 + 1, Some("messages")));
            if let (Some(replace), Some((name, file))) = (replace, (*pending).clone()) {
                let said = handle.ratings.load_report(&file).describe(&name, replace);
                let file = (*file).clone();
                let change = if replace {
                    Change::Replace(file)
                } else {
                    Change::Merge(file)
                };
                handle.change(change, vec![said]);
            } else if let Some((name, _)) = &*pending {
                handle.tell(vec![format!(
                    "{name} was not loaded. Your ratings are unchanged."
                )]);
            }
            pending.set(None);
        })
    };
    let file_id = format!("{}-ratings-file", id_prefix);
    let on_file = {
        let handle = props.ratings.clone();
        let fw = fw.clone();
        let (pending, focus_to) = (pending.clone(), focus_to.clone());
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<HtmlInputElement>();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            input.set_value("");
            let (handle, fw, pending, focus_to) = (
                handle.clone(),
                fw.clone(),
                pending.clone(),
                focus_to.clone(),
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
                        handle.change(
                            Change::Replace(loaded),
                            [said].into_iter().chain(note).collect(),
                        );
                    }
                    Ok(Ok(loaded)) => {
                        handle.tell(Vec::new());
                        pending.set(Some((name, Rc::new(loaded))));
                        focus_to.set((focus_to.0 + 1, Some("choice")));
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
    // The assessment pack being printed (which level's, by its place in `levels`): rendered for
    // paper while the browser prints, gone again once it has (`afterprint`).
    let printing = use_state(|| None::<usize>);
    {
        let printing = printing.clone();
        use_effect_with(printing.is_some(), move |on| {
            let listener = on.then(|| {
                let window = web_sys::window().expect("a window");
                gloo::events::EventListener::new(&window, "afterprint", move |_| printing.set(None))
            });
            move || drop(listener)
        });
    }
    let print_pack = |i: usize| {
        let printing = printing.clone();
        Callback::from(move |_: MouseEvent| {
            printing.set(Some(i));
            // Printed once the frame shows the pack.
            browser::after_next_paint(browser::print);
        })
    };
    let messages = &props.ratings.messages;
    // Which assessment a level's summary and pack are (for tests and for the person: the words say
    // the level's name).
    let kind = |i: usize, level: &Level| -> &'static str {
        let is = |id: &Option<String>| id.as_deref() == Some(level.id.as_str());
        match i {
            0 => "current",
            _ if is(&props.target) && !is(&props.chosen) => "target",
            _ => "chosen",
        }
    };
    let assess_id = format!("{}-assess", id_prefix);
    let on_choose = props.on_choose.reform(|e: Event| {
        let value = e.target_unchecked_into::<HtmlSelectElement>().value();
        (!value.is_empty()).then_some(value)
    });
    let unknown_choice = props.chosen.as_deref().filter(|id| fw.level(id).is_none());
    let kept_sentence = match (props.ratings.kept, ratings.is_blank()) {
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
    let keep_id = format!("{}-keep-private", id_prefix);
    let on_keep = {
        let handle = props.ratings.clone();
        Callback::from(move |e: Event| {
            handle.keep_private(e.target_unchecked_into::<HtmlInputElement>().checked());
        })
    };
    let private_sentence = (!props.ratings.keep_private).then_some(
        "Your name and evidence are kept only while this page is open (your ratings are kept either way): download your ratings, or choose below to keep them in this browser.",
    );
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
            if let Some(id) = unknown_choice {
                <p class="govuk-body" data-rc="assess-unknown">{ format!("The link asks to assess against \"{id}\", which is not a role level of this framework; choose one above.") }</p>
            }
            if !ratings.is_empty() {
                // Against the current level, the move's target when one is open, the level chosen.
                { for levels.iter().enumerate().map(|(i, level)| html! {
                    <p class="govuk-body" data-rc={match kind(i, level) { "current" => "assessment-summary", "target" => "assessment-summary-target", _ => "assessment-summary-chosen" }}>
                        { format!("Your ratings against {}: {}", fw.level_name(level), assess(level, ratings.entries()).summary()) }
                    </p>
                }) }
            }
            <div role="status" data-rc="ratings-messages" tabindex="-1" ref={messages_ref}>
                if !messages.is_empty() {
                    <ul class="govuk-list rc-ratings__messages">
                        { for messages.iter().map(|m| html! { <li>{ m.clone() }</li> }) }
                    </ul>
                }
                if props.ratings.forgotten.is_some() {
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
            if let Some((name, file)) = &*pending {
                <div class="govuk-form-group rc-ratings__choice" data-rc="ratings-choice" tabindex="-1" ref={choice_ref}
                    role="group" aria-labelledby={format!("{file_id}-choice")}>
                    <h3 class="govuk-heading-s" id={format!("{file_id}-choice")}>
                        { format!("{name} has {}. You already have {}. What should happen to yours?",
                            crate::framework::wording::count(file.len(), "rating", "ratings"),
                            crate::framework::wording::count(ratings.len(), "rating", "ratings")) }
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
            if !skills.is_empty() {
                <div class="govuk-form-group">
                    <label class="govuk-label govuk-label--s" for={name_id.clone()}>{ "Your name (optional)" }</label>
                    <div class="govuk-hint" id={format!("{name_id}-hint")}>{ "On your assessment pack and in your ratings file, for your line manager's team view." }</div>
                    <input class="govuk-input govuk-input--width-20" id={name_id.clone()} type="text" autocomplete="name" spellcheck="false"
                        maxlength={MAX_SHORT_CHARS.to_string()} aria-describedby={format!("{name_id}-hint")}
                        value={name_value} oninput={on_name_typing} onchange={on_name} data-rc="ratings-name" />
                </div>
            }
            if skills.is_empty() {
                <p class="govuk-body">{ "Choose your current role level to rate yourself on its skills." }</p>
            } else {
                <div class="rc-scroll" role="region" aria-label="Your ratings" tabindex="0">
                    <table class="govuk-table rc-ratings__table">
                        <caption class="govuk-table__caption govuk-table__caption--s">
                            { format!("Your ratings ({} of {} rated)", ratings.len(), crate::framework::wording::skills(fw.skills.len())) }
                        </caption>
                        <thead class="govuk-table__head">
                            <tr class="govuk-table__row">
                                <th scope="col" class="govuk-table__header">{ "Skill" }</th>
                                { for levels.iter().map(|l| html! { <th scope="col" class="govuk-table__header">{ format!("{} needs", fw.level_name(l)) }</th> }) }
                                <th scope="col" class="govuk-table__header">{ "You are" }</th>
                                <th scope="col" class="govuk-table__header">{ "Evidence: what you did, and where" }</th>
                                <th scope="col" class="govuk-table__header">{ "Agreed with your line manager" }</th>
                            </tr>
                        </thead>
                        <tbody class="govuk-table__body">{ for skills.iter().map(|s| row(s)) }</tbody>
                    </table>
                </div>
            }
            if !ratings.is_empty() && !levels.is_empty() {
                <div data-rc="assessment-pack">
                    <p class="govuk-body">{ "Your assessment pack, to take into a conversation with your line manager: each skill the level needs, your rating, your evidence and the \"You can:\" statements of the level needed." }</p>
                    { for levels.iter().enumerate().map(|(i, level)| html! {
                        <div data-rc={format!("pack-{}", kind(i, level))}>
                            if levels.len() > 1 {
                                <p class="govuk-body-s govuk-!-margin-bottom-1">{ format!("Against {}:", fw.level_name(level)) }</p>
                            }
                            <Downloads make={{
                                let (fw, ratings, level) = (fw.clone(), ratings.clone(), (*level).clone());
                                Callback::from(move |_| assessment_pack(&fw, &assess(&level, ratings.entries()), ratings.name.as_deref(), ratings.saved.as_deref()))
                            }} what={AttrValue::from(format!("your assessment against {}", fw.level_name(level)))} />
                            <button type="button" class="govuk-button govuk-button--secondary" data-rc="print-pack" onclick={print_pack(i)}>
                                { if levels.len() > 1 { format!("Print the assessment pack against {}", fw.level_name(level)) } else { "Print the assessment pack".to_string() } }
                            </button>
                        </div>
                    }) }
                </div>
            }
            if !ratings.is_empty() {
                <SavedAssessments ratings={ratings.clone()} level={levels.first().map(|l| l.id.clone())} />
            }
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
            if let Some(level) = printing.and_then(|i| levels.get(i)) {
                <PackPrint level={level.id.clone()} ratings={ratings.clone()} />
            }
            <div class="govuk-form-group">
                <div class="govuk-checkboxes govuk-checkboxes--small">
                    <div class="govuk-checkboxes__item">
                        <input class="govuk-checkboxes__input" id={keep_id.clone()} type="checkbox" checked={props.ratings.keep_private}
                            onchange={on_keep} aria-describedby={format!("{keep_id}-hint")} data-rc="keep-private" />
                        <label class="govuk-label govuk-checkboxes__label" for={keep_id.clone()}>{ "Keep my name and evidence in this browser too" }</label>
                        <div class="govuk-hint govuk-checkboxes__hint" id={format!("{keep_id}-hint")}>
                            { "Otherwise they last only while this page is open. Browser storage on an intranet site can be read by every page of that site: keep them only on a device and site where that is acceptable." }
                        </div>
                    </div>
                </div>
            </div>
            <div class="govuk-form-group">
                <label class="govuk-label govuk-label--s" for={file_id.clone()}>{ "Load ratings from a file" }</label>
                <div class="govuk-hint" id={format!("{file_id}-hint")}>{ "A file you downloaded with \"Download my ratings\". It is read in this browser, never uploaded." }</div>
                <input class="govuk-file-upload" id={file_id.clone()} type="file" accept=".json,application/json"
                    aria-describedby={format!("{file_id}-hint")} onchange={on_file} />
            </div>
        </section>
    }
}
