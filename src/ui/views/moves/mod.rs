//! The career-move screen: where next from the current level (the first column) or from the
//! person's own ratings; the next level up and other roles' levels ranked as moves; what a move
//! takes; routes to a far level; self-assessment; files to take away and a plan to print. Every
//! number and word comes from the engine, computed once per change of what it depends on.

mod assess_against;
mod assessment_packs;
mod evidence_box;
mod keep_private;
mod kept_on_device;
mod move_table;
mod pack_print;
mod plan;
mod ratings_file;
mod ratings_name;
mod ratings_panel;
mod ratings_row;
mod ratings_table;
mod route_view;
mod saved_assessments;

use super::gap::GapLists;
use super::search_box::SearchBox;
use super::take_away::{CopyLink, Downloads};
use crate::engine::career::{move_rows, next_moves, ranked_moves, Move, MoveIndex, MoveRow};
use crate::engine::moves::{gap_from_held, Gap, Voice};
use crate::engine::routes::{routes, RoutePlan};
use crate::framework::Requirement;
use crate::output::export;
use crate::state::explore::{Basis, Explore};
use crate::state::page_memory::SharedPageMemory;
use crate::state::selection::Action;
use crate::ui::browser;
use crate::ui::context::{use_framework, use_prefix};
use crate::ui::ratings_store::use_ratings;
use crate::ui::texts::{use_texts, use_want_texts, waiting};
use crate::ui::views::heading::Heading;
use move_table::MoveTable;
use plan::Plan;
use ratings_panel::RatingsPanel;
use route_view::RouteView;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct MovesScreenProps {
    pub columns: Rc<Vec<String>>,
    pub explore: Explore,
    /// Whether the page's link shows this widget's state (only then is "Copy link" offered).
    pub linkable: bool,
    pub on_action: Callback<Action>,
    /// What the person typed, held by the widget above its screens.
    pub memory: SharedPageMemory,
}

/// The next level up and the ranked moves.
struct Ranking {
    next: Rc<Vec<Move>>,
    /// One row per role (or per move, as the seniority filter says).
    rows: Rc<Vec<MoveRow>>,
}

/// The routes at most shown.
const ROUTES: usize = 5;

#[function_component(MovesScreen)]
pub fn moves_screen(props: &MovesScreenProps) -> Html {
    let fw = &use_framework();
    let id_prefix = use_prefix();
    let fw = fw.clone();
    let explore = &props.explore;
    let index = use_memo(fw.clone(), |fw| MoveIndex::new(fw));
    let texts = use_texts();
    use_want_texts(fw.texts_pending());
    let current = props
        .columns
        .first()
        .and_then(|id| fw.level(id))
        .map(|l| l.id.clone());
    // A person's ratings are read here, on the screen that uses them (not by the comparison).
    let ratings_handle = use_ratings(&fw, &props.memory);
    let ratings = ratings_handle.ratings.clone();
    let from_ratings = explore.basis == Basis::Ratings && !ratings.is_empty();
    let voice = if from_ratings {
        Voice::You
    } else {
        Voice::Level
    };
    // What the person holds: the current level's skills, or their own ratings.
    let held: Rc<Vec<Requirement>> = (*use_memo(
        (fw.clone(), current.clone(), from_ratings, ratings.clone()),
        |(fw, current, from_ratings, ratings)| {
            Rc::new(if *from_ratings {
                ratings.held()
            } else {
                current
                    .as_deref()
                    .and_then(|id| fw.level(id))
                    .map(|l| l.skills.clone())
                    .unwrap_or_default()
            })
        },
    ))
    .clone();
    let from_label = match (&current, from_ratings) {
        (_, true) => "your own ratings".to_string(),
        (Some(id), false) => fw
            .level(id)
            .map_or(id.clone(), |l| fw.level_name(l).to_string()),
        (None, false) => String::new(),
    };
    let ranking = {
        let deps = (
            fw.clone(),
            held.clone(),
            current.clone(),
            explore.filter.clone(),
        );
        let index = index.clone();
        use_memo(deps, move |(fw, held, current, filter)| {
            let profile = index.profile(held);
            let current = current.as_deref().and_then(|id| fw.level(id));
            let next = current
                .map(|c| next_moves(fw, &index, c, &profile))
                .unwrap_or_default();
            let rows = if held.is_empty() {
                Vec::new()
            } else {
                move_rows(
                    fw,
                    ranked_moves(fw, &index, &profile, current, filter),
                    current,
                    filter,
                )
            };
            Ranking {
                next: Rc::new(next),
                rows: Rc::new(rows),
            }
        })
    };
    let target_gap: Option<Rc<Gap>> = (*use_memo(
        (fw.clone(), held.clone(), explore.target.clone()),
        |(fw, held, target)| {
            let to = fw.level(target.as_deref()?)?;
            Some(Rc::new(gap_from_held(fw, held, to)))
        },
    ))
    .clone();
    let plan: Option<Rc<RoutePlan>> = {
        let index = index.clone();
        (*use_memo(
            (fw.clone(), current.clone(), explore.route_to.clone()),
            move |(fw, current, to)| {
                let (from, to) = (
                    fw.level_position(current.as_deref()?)?,
                    fw.level_position(to.as_deref()?)?,
                );
                Some(Rc::new(routes(fw, &index, from, to, ROUTES)))
            },
        ))
        .clone()
    };

    // Focus follows the person to what they opened: the move's gap (not when the page loads
    // with a move already open, which would scroll the host page).
    let gap_heading = use_node_ref();
    {
        let gap_heading = gap_heading.clone();
        let started = use_mut_ref(|| false);
        use_effect_with(explore.target.clone(), move |target| {
            if target.is_some() && *started.borrow() {
                if let Some(h) = gap_heading.cast::<web_sys::HtmlElement>() {
                    let _ = h.focus();
                }
            }
            *started.borrow_mut() = true;
        });
    }

    // Choosing a current level closes the search's list and puts focus on the new current
    // level's heading (never on the page's <body>).
    let current_heading = use_node_ref();
    let on_current = {
        let (on_action, current_heading) = (props.on_action.clone(), current_heading.clone());
        Callback::from(move |id: String| {
            on_action.emit(Action::SetCurrent(id));
            crate::ui::focus::focus_after_paint(&current_heading);
        })
    };
    let basis_name = format!("{}-basis", id_prefix);
    let basis_radio = |basis: Basis, label: String| {
        let id = format!("{basis_name}-{}", basis.key());
        let onchange = props
            .on_action
            .reform(move |_: Event| Action::SetBasis(basis));
        html! {
            <div class="govuk-radios__item">
                <input class="govuk-radios__input" id={id.clone()} name={basis_name.clone()} type="radio"
                    value={basis.key()} checked={explore.basis == basis} {onchange} />
                <label class="govuk-label govuk-radios__label" for={id}>{ label }</label>
            </div>
        }
    };
    let current_name = current
        .as_deref()
        .and_then(|id| fw.level(id))
        .map(|l| fw.level_name(l).to_string());
    let target_name = explore
        .target
        .as_deref()
        .and_then(|id| fw.level(id))
        .map(|l| fw.level_name(l).to_string());
    let on_print = Callback::from(|_: MouseEvent| browser::print());
    // The levels the ratings are assessed against: the current one, the open move's target, and
    // any other the person chose (each once).
    let mut rated_levels: Vec<String> = current.iter().cloned().collect();
    for id in explore.target.iter().chain(&explore.assess) {
        if !rated_levels.contains(id) {
            rated_levels.push(id.clone());
        }
    }
    let on_assess = props.on_action.reform(Action::SetAssess);

    html! {
        <section class="rc-moves" data-rc="moves">
            if let Some(name) = &current_name {
                <Heading depth={1} class="govuk-heading-m rc-moves__current" focusable=true node_ref={current_heading.clone()}>
                    <span data-rc="current-level">{ "Your current level: " }<strong>{ name.clone() }</strong></span>
                </Heading>
            } else {
                <p class="govuk-body">{ "Choose your current role level to see where you could go next." }</p>
            }
            <SearchBox columns={current.iter().cloned().collect::<Vec<_>>()} full={false}
                on_add={on_current} label={if current.is_some() { "Change your current level" } else { "Your current level" }}
                verb="Choose" key_name="current" chosen_word="current level" close_on_choose=true />
            if !ratings.is_empty() || explore.basis == Basis::Ratings {
                <div class="govuk-form-group">
                    <fieldset class="govuk-fieldset">
                        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{ "Start from" }</legend>
                        <div class="govuk-radios govuk-radios--small" data-module="govuk-radios">
                            { basis_radio(Basis::Level, format!("Your current level{}", current_name.as_ref().map(|n| format!(" ({n})")).unwrap_or_default())) }
                            { basis_radio(Basis::Ratings, format!("Your own ratings ({})", crate::framework::wording::count(ratings.len(), "skill rated", "skills rated"))) }
                        </div>
                    </fieldset>
                </div>
                if explore.basis == Basis::Ratings && ratings.is_empty() {
                    <p class="govuk-body">{ "You have not rated any skills yet, so moves start from your current level. Rate yourself under \"Assess yourself\"." }</p>
                }
            }
            if !held.is_empty() || current.is_some() {
                // The next level up needs no texts; the ranking of other roles counts similar
                // skills, which come with them (MoveTable says so while they are on their way).
                <MoveTable current={current.clone()}
                    next={ranking.next.clone()} rows={ranking.rows.clone()} explore={explore.clone()} on_action={props.on_action.clone()}
                    waiting={fw.texts_pending().then(|| waiting(&texts, "similar skills"))} />
                <Downloads make={{
                    let (fw, from_label, next, rows) = (fw.clone(), from_label.clone(), ranking.next.clone(), ranking.rows.clone());
                    Callback::from(move |_| {
                        let shown: Vec<Move> = rows.iter().map(|r| r.shown.clone()).collect();
                        export::moves(&fw, &from_label, &next, &shown)
                    })
                }} what="these moves" />
            }
            if let (Some(gap), Some(to)) = (&target_gap, &explore.target) {
                <section class="rc-gap" data-rc="move-gap">
                    <Heading depth={1} class="govuk-heading-m" focusable=true node_ref={gap_heading}>
                        { format!("What it takes: from {from_label} to {}", target_name.clone().unwrap_or_default()) }
                    </Heading>
                    <GapLists gap={gap.clone()} voice={voice} />
                    <div class="govuk-button-group">
                        if let Some(c) = &current {
                            <button type="button" class="govuk-button" data-rc="compare-open-move"
                                onclick={props.on_action.reform({ let (c, to) = (c.clone(), to.clone()); move |_: MouseEvent| Action::CompareMove(c.clone(), to.clone()) })}>
                                { "Compare side by side" }
                            </button>
                        }
                        <button type="button" class="govuk-button govuk-button--secondary" data-rc="print-plan" onclick={on_print}>
                            { "Print a development plan" }
                        </button>
                    </div>
                    <Downloads make={{
                        let (fw, from_label, gap, to) = (fw.clone(), from_label.clone(), gap.clone(), to.clone());
                        Callback::from(move |_| export::gap(&fw, &from_label, &fw.level_name_of(&to), &gap, voice))
                    }} what="what this move takes" />
                </section>
                <Plan from={from_label.clone()} to={to.clone()} gap={gap.clone()} voice={voice} ratings={ratings.clone()} />
            }
            if current.is_some() {
                <RouteView route_to={explore.route_to.clone()} plan={plan} on_action={props.on_action.clone()} />
            }
            <RatingsPanel ratings={ratings_handle.clone()} levels={rated_levels}
                target={explore.target.clone()} chosen={explore.assess.clone()} on_choose={on_assess}
                memory={props.memory.clone()} />
            if props.linkable {
                <CopyLink />
            }
        </section>
    }
}
