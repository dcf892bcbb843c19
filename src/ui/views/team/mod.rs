//! The team view: a line manager loads several people's ratings files and team CSVs (chosen
//! together, or dropped on the page), and sees each skill the team's levels need against each
//! person, in words and icons; how many meet their need, what nobody covers, the single points of
//! expertise, and each person's next level and how far. Names and ratings are held in this page's
//! memory only (the widget's, above the screens: looking at another screen loses nothing), until
//! "Forget this team" or the page closes; nothing is stored unless the manager chooses to keep the
//! team, and nothing is sent. The state and its actions are `state::team_view`'s reducer; this
//! screen lays out its parts: the files ([`files`]), the controls ([`controls`]), the pages of ten
//! ([`pages`]) and the grid ([`grid`]).

mod controls;
mod files;
mod grid;
mod pages;

use super::heading::Heading;
use super::take_away::Downloads;
use crate::engine::team::{team, PeopleOrder, Team};
use crate::output::people_export;
use crate::state::page_memory::SharedPageMemory;
use crate::state::team_file::{team_key, team_to_json};
use crate::state::team_view::{TeamAction, TeamState, PEOPLE_AT_ONCE};
use crate::ui::browser;
use crate::ui::context::{use_framework, use_prefix};
use crate::ui::framework_store::SharedFramework;
use controls::TeamControls;
use files::TeamFiles;
use grid::TeamGrid;
use pages::TeamPages;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct TeamScreenProps {
    /// Rows with the fewest people meeting their need first (in the link), else by skill name.
    pub by_gaps: bool,
    /// The people's order (in the link).
    pub people: PeopleOrder,
    pub on_action: Callback<crate::state::selection::Action>,
    /// Where the team is held while the page is open, above the screens.
    pub memory: SharedPageMemory,
}

/// The team's state and how to change it: each action is applied to the state held in the
/// widget's memory (never to a copy a slow file read captured), kept there, shown, and the team
/// kept on the device follows when the manager chose to keep it.
#[hook]
fn use_team(fw: &SharedFramework, memory: &SharedPageMemory) -> (TeamState, Callback<TeamAction>) {
    let key = team_key(fw);
    // The team held above the screens; the first time, what this device keeps.
    let shown = use_state(|| {
        memory.with(|m| {
            m.team
                .get_or_insert_with(|| TeamState::from_stored(fw, browser::stored(&key).as_deref()))
                .clone()
        })
    });
    let dispatch = {
        let (fw, memory, shown) = (fw.clone(), memory.clone(), shown.clone());
        use_callback((), move |action: TeamAction, _| {
            let before = memory.with(|m| m.team.clone()).unwrap_or_default();
            let next = before.apply(&fw, action);
            if next.kept {
                browser::store(&key, Some(&team_to_json(&fw, &next.people)));
                browser::announce(browser::KEPT_CHANGED);
            } else if before.kept {
                browser::store(&key, None);
                browser::announce(browser::KEPT_CHANGED);
            }
            memory.with(|m| m.team = Some(next.clone()));
            shown.set(next);
        })
    };
    ((*shown).clone(), dispatch)
}

#[function_component(TeamScreen)]
pub fn team_screen(props: &TeamScreenProps) -> Html {
    let fw = use_framework();
    let prefix = use_prefix();
    let (state, dispatch) = use_team(&fw, &props.memory);
    // The team, with the levels the manager chose: one person's, else their file's, else the one
    // chosen for people whose file names none.
    let view: Rc<Team> = {
        let fw = fw.clone();
        let deps = (
            state.people.clone(),
            state.level.clone(),
            state.chosen.clone(),
        );
        let state = state.clone();
        (*use_memo(deps, move |_| Rc::new(team(&fw, state.people_at_levels())))).clone()
    };
    // "Forget this team" goes with the team: focus moves to the sentence saying it is forgotten,
    // never to the page's <body>.
    let status_ref = use_node_ref();
    let on_forget = {
        let (dispatch, status_ref) = (dispatch.clone(), status_ref.clone());
        Callback::from(move |_: MouseEvent| {
            dispatch.emit(TeamAction::Forget);
            crate::ui::focus::focus_after_paint(&status_ref);
        })
    };
    let on_keep = dispatch.reform(|e: Event| {
        TeamAction::Keep(e.target_unchecked_into::<HtmlInputElement>().checked())
    });
    let mut rows: Vec<usize> = (0..view.skills.len()).collect();
    if props.by_gaps {
        rows.sort_by_key(|&i| {
            let s = &view.skills[i];
            (s.meeting * 1000 / s.needed_by.max(1), i)
        });
    }
    // The people in the grid: PEOPLE_AT_ONCE of them, in their chosen order.
    let shown = state.shown();
    let ordered = view.people_in(props.people);
    let columns: Rc<Vec<usize>> = Rc::new(ordered[shown.clone()].to_vec());
    let keep_id = format!("{prefix}-team-keep");
    html! {
        <section class="rc-team" data-rc="team">
            <p class="govuk-body">
                { "Load your team's ratings files (each person's \"Download my ratings\") or a team CSV, several at once. They are read in this page only: nothing is sent, and nothing is stored unless you choose to keep the team; the names are forgotten when you leave or choose \"Forget this team\"." }
            </p>
            <TeamFiles dispatch={dispatch.clone()} />
            <p class="govuk-body" role="status" data-rc="team-status" tabindex="-1" ref={status_ref}>{ state.said.clone() }</p>
            if !state.notes.is_empty() {
                <div class="govuk-inset-text" data-rc="team-notes">
                    <ul class="govuk-list">
                        { for state.notes.iter().map(|n| html! { <li>{ n.clone() }</li> }) }
                    </ul>
                </div>
            }
            if let Some(reason) = &state.unreadable {
                <p class="govuk-body" data-rc="team-unreadable">
                    { format!("A team kept on this device could not be read ({reason}), so it is left as it is and nothing is kept over it.") }
                </p>
            }
            if !state.problems.is_empty() {
                <div class="govuk-error-summary" data-rc="team-problems">
                    <h3 class="govuk-error-summary__title">{ "Not loaded" }</h3>
                    <ul class="govuk-list govuk-error-summary__list">
                        { for state.problems.iter().map(|p| html! { <li>{ p.clone() }</li> }) }
                    </ul>
                </div>
            }
            if !view.people.is_empty() {
                <Heading depth={1} class="govuk-heading-m">{ "The team" }</Heading>
                <p class="govuk-body" data-rc="team-summary">{ people_export::team_summary(&fw, &view) }</p>
                <ul class="govuk-list govuk-list--bullet" data-rc="team-people">
                    { for ordered.iter().map(|&p| html! { <li>{ people_export::person_line(&fw, &view, p) }</li> }) }
                </ul>
                <TeamControls names={view.people.iter().map(|p| p.name.clone()).collect::<Vec<_>>()}
                    unleveled={state.people.iter().any(|p| p.level.is_none())}
                    whose={state.whose} level={state.shown_level()} by_gaps={props.by_gaps} people={props.people}
                    dispatch={dispatch.clone()} on_action={props.on_action.clone()} />
                if view.people.len() > PEOPLE_AT_ONCE {
                    <TeamPages shown={shown} of={view.people.len()} dispatch={dispatch.clone()} />
                }
                <TeamGrid team={view.clone()} {rows} {columns} {ordered} />
                <Downloads make={{
                    let (fw, view) = (fw.clone(), view.clone());
                    Callback::from(move |_| people_export::team(&fw, &view))
                }} what="the team's skills" />
                <button type="button" class="govuk-button govuk-button--secondary" data-rc="print-team"
                    onclick={Callback::from(|_: MouseEvent| browser::print())}>
                    { "Print the team view" }
                </button>
                <div class="govuk-form-group">
                    <div class="govuk-checkboxes govuk-checkboxes--small">
                        <div class="govuk-checkboxes__item">
                            <input class="govuk-checkboxes__input" id={keep_id.clone()} type="checkbox"
                                checked={state.kept} onchange={on_keep} disabled={state.unreadable.is_some()}
                                aria-describedby={format!("{keep_id}-hint")} data-rc="keep-team" />
                            <label class="govuk-label govuk-checkboxes__label" for={keep_id.clone()}>{ "Keep this team on this device" }</label>
                            <div class="govuk-hint govuk-checkboxes__hint" id={format!("{keep_id}-hint")}>
                                { "Names, ratings and evidence are then kept in this browser until you choose \"Forget this team\". Browser storage on an intranet site can be read by every page of that site: keep a team only on a device and site where that is acceptable." }
                            </div>
                        </div>
                    </div>
                </div>
                <button type="button" class="govuk-button govuk-button--warning" onclick={on_forget} data-rc="forget-team">
                    { "Forget this team" }
                </button>
            }
        </section>
    }
}
