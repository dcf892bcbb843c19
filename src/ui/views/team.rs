//! The team view: a line manager loads several people's ratings files and team CSVs (chosen
//! together, or dropped on the page), and sees each skill the team's levels need against each
//! person, in words and icons; how many meet their need, what nobody covers, the single points of
//! expertise, and each person's next level and how far. Names and ratings are held in this page's
//! memory only (the widget's, above the screens: looking at another screen loses nothing), until
//! "Forget this team" or the page closes; nothing is stored unless the manager chooses to keep the
//! team, and nothing is sent. The state and its actions are `state::team_view`'s reducer.

use super::heading::Heading;
use super::standing::icon;
use super::take_away::Downloads;
use crate::engine::team::{team, PeopleOrder, Team, TeamCell};
use crate::output::people_export;
use crate::state::page_memory::SharedPageMemory;
use crate::state::team_file::{team_key, team_to_json, MAX_TEAM_CSV_BYTES, TEAM_CSV_TEMPLATE};
use crate::state::team_view::{
    page_label, shown_label, FileRead, TeamAction, TeamState, PEOPLE_AT_ONCE,
};
use crate::ui::browser;
use crate::ui::context::{use_framework, use_prefix};
use crate::ui::framework_store::SharedFramework;
use std::rc::Rc;
use web_sys::{DragEvent, FileList, HtmlInputElement, HtmlSelectElement};
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

/// How the grid's rows are ordered.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Order {
    /// By skill name.
    Skill,
    /// Fewest people meeting their need first.
    Gaps,
}

/// A cell in the engine's words, with its standing's icon.
fn cell_words(cell: &TeamCell) -> Option<(Option<&'static str>, String)> {
    Some((cell.standing.map(icon), cell.describe()?))
}

/// The team's state and how to change it: each action is applied to the state held in the
/// widget's memory (never to a copy a slow file read captured), kept there, shown, and the team
/// kept on the device follows when the manager chose to keep it.
#[hook]
fn use_team(fw: &SharedFramework, memory: &SharedPageMemory) -> (TeamState, Callback<TeamAction>) {
    let key = team_key(fw);
    let first = memory.with(|m| {
        m.team
            .get_or_insert_with(|| TeamState::from_stored(fw, browser::stored(&key).as_deref()))
            .clone()
    });
    let shown = use_state(|| first);
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
    let region_name = crate::ui::context::use_landmark_name("The team's skills");
    let on_keep = dispatch.reform(|e: Event| {
        TeamAction::Keep(e.target_unchecked_into::<HtmlInputElement>().checked())
    });
    let order = if props.by_gaps {
        Order::Gaps
    } else {
        Order::Skill
    };
    let dragging = use_state(|| false);

    // Reads every file, then adds its people to those already loaded (nothing loaded is lost; a
    // person loaded again is replaced, and said).
    let read_files = {
        let dispatch = dispatch.clone();
        Callback::from(move |files: FileList| {
            let files: Vec<web_sys::File> =
                (0..files.length()).filter_map(|i| files.get(i)).collect();
            let dispatch = dispatch.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let mut read = Vec::new();
                for file in files {
                    let name = file.name();
                    // Not read at all when larger than any team file can be.
                    let text = match crate::load::validate::size_problem(
                        file.size() as usize,
                        MAX_TEAM_CSV_BYTES,
                        "a file for the team view",
                    ) {
                        Some(too_big) => Err(too_big.reason),
                        None => browser::read_file(file).await.map(|decoded| decoded.text),
                    };
                    read.push(FileRead { name, text });
                }
                dispatch.emit(TeamAction::Load(read));
            });
        })
    };
    let on_choose = {
        let read_files = read_files.clone();
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<HtmlInputElement>();
            if let Some(files) = input.files() {
                read_files.emit(files);
            }
            input.set_value("");
        })
    };
    let on_drop = {
        let (read_files, dragging) = (read_files.clone(), dragging.clone());
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            if let Some(files) = e.data_transfer().and_then(|d| d.files()) {
                read_files.emit(files);
            }
        })
    };
    let on_drag_over = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(true);
        })
    };
    let on_drag_leave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
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
    let on_level = dispatch.reform(|e: Event| {
        let value = e.target_unchecked_into::<HtmlSelectElement>().value();
        TeamAction::SetLevel((!value.is_empty()).then_some(value))
    });
    let on_whose = dispatch.reform(|e: Event| {
        let value = e.target_unchecked_into::<HtmlSelectElement>().value();
        TeamAction::SetWhose(value.parse().ok())
    });
    let people_order_id = format!("{prefix}-team-people");
    let on_people_order = props.on_action.reform(|e: Event| {
        let value = e.target_unchecked_into::<HtmlSelectElement>().value();
        crate::state::selection::Action::SetPeopleOrder(
            PeopleOrder::from_key(&value).unwrap_or_default(),
        )
    });
    let on_order = props.on_action.reform(|e: Event| {
        let value = e.target_unchecked_into::<HtmlSelectElement>().value();
        crate::state::selection::Action::SetTeamOrder(value == "gaps")
    });
    let on_template = Callback::from(|_: MouseEvent| {
        browser::download(
            "role-compare-team.csv",
            "text/csv;charset=utf-8",
            TEAM_CSV_TEMPLATE,
        );
    });

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
    let files_id = format!("{prefix}-team-files");
    let level_id = format!("{prefix}-team-level");
    let order_id = format!("{prefix}-team-order");
    let mut rows: Vec<usize> = (0..view.skills.len()).collect();
    if order == Order::Gaps {
        rows.sort_by_key(|&i| {
            let s = &view.skills[i];
            (s.meeting * 1000 / s.needed_by.max(1), i)
        });
    }
    let unleveled = state.people.iter().any(|p| p.level.is_none());
    let whose_id = format!("{prefix}-team-whose");
    let shown_level = state.shown_level();
    // The people in the grid: PEOPLE_AT_ONCE of them, in their chosen order.
    let shown = state.shown();
    let start = shown.start;
    let ordered = view.people_in(props.people);
    let columns: Rc<Vec<usize>> = Rc::new(ordered[shown.clone()].to_vec());
    let (previous_ref, next_ref) = (use_node_ref(), use_node_ref());
    // Which button was pressed (true: next). It may go once the first or last ten are shown:
    // focus then moves to the other one, never to the page's <body>.
    let pressed = use_mut_ref(|| None::<bool>);
    {
        let (previous_ref, next_ref, pressed) =
            (previous_ref.clone(), next_ref.clone(), pressed.clone());
        use_effect_with(start, move |_| {
            let focus = match pressed.borrow_mut().take() {
                Some(true) if next_ref.get().is_none() => previous_ref,
                Some(false) if previous_ref.get().is_none() => next_ref,
                _ => return,
            };
            if let Some(el) = focus.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        });
    }
    let page_to = |to: usize, next: bool| {
        let (dispatch, pressed) = (dispatch.clone(), pressed.clone());
        Callback::from(move |_: MouseEvent| {
            *pressed.borrow_mut() = Some(next);
            dispatch.emit(TeamAction::ShowFrom(to));
        })
    };
    let previous = shown.start.saturating_sub(PEOPLE_AT_ONCE)..shown.start;
    let next = shown.end..(shown.end + PEOPLE_AT_ONCE).min(view.people.len());
    let (said, problems, notes) = (&state.said, &state.problems, &state.notes);
    let unreadable = state.unreadable.clone();

    html! {
        <section class="rc-team" data-rc="team">
            <p class="govuk-body">
                { "Load your team's ratings files (each person's \"Download my ratings\") or a team CSV, several at once. They are read in this page only: nothing is sent, and nothing is stored unless you choose to keep the team; the names are forgotten when you leave or choose \"Forget this team\"." }
            </p>
            <div class={classes!("govuk-form-group", "rc-team__drop", dragging.then_some("rc-team__drop--over"))}
                ondrop={on_drop} ondragover={on_drag_over} ondragleave={on_drag_leave}>
                <label class="govuk-label govuk-label--s" for={files_id.clone()}>{ "Ratings files and team CSVs" }</label>
                <div class="govuk-hint" id={format!("{files_id}-hint")}>{ "Choose several files, or drop them here. A team CSV has the columns person, skill, rating, and may have evidence and role level." }</div>
                <input class="govuk-file-upload" id={files_id.clone()} type="file" multiple=true accept=".json,.csv,application/json,text/csv"
                    aria-describedby={format!("{files_id}-hint")} onchange={on_choose} data-rc="team-files" />
            </div>
            <button type="button" class="govuk-button govuk-button--secondary" onclick={on_template} data-rc="team-template">
                { "Download a team CSV template" }
            </button>
            <p class="govuk-body" role="status" data-rc="team-status" tabindex="-1" ref={status_ref}>{ said.clone() }</p>
            if !notes.is_empty() {
                <div class="govuk-inset-text" data-rc="team-notes">
                    <ul class="govuk-list">
                        { for notes.iter().map(|n| html! { <li>{ n.clone() }</li> }) }
                    </ul>
                </div>
            }
            if let Some(reason) = &unreadable {
                <p class="govuk-body" data-rc="team-unreadable">
                    { format!("A team kept on this device could not be read ({reason}), so it is left as it is and nothing is kept over it.") }
                </p>
            }
            if !problems.is_empty() {
                <div class="govuk-error-summary" data-rc="team-problems">
                    <h3 class="govuk-error-summary__title">{ "Not loaded" }</h3>
                    <ul class="govuk-list govuk-error-summary__list">
                        { for problems.iter().map(|p| html! { <li>{ p.clone() }</li> }) }
                    </ul>
                </div>
            }
            if !view.people.is_empty() {
                <Heading depth={1} class="govuk-heading-m">{ "The team" }</Heading>
                <p class="govuk-body" data-rc="team-summary">{ people_export::team_summary(&fw, &view) }</p>
                <ul class="govuk-list govuk-list--bullet" data-rc="team-people">
                    { for ordered.iter().map(|&p| html! { <li>{ people_export::person_line(&fw, &view, p) }</li> }) }
                </ul>
                <div class="rc-controls">
                    <div class="govuk-form-group rc-controls__item">
                        <label class="govuk-label govuk-label--s" for={whose_id.clone()}>{ "Choose a role level for" }</label>
                        <select class="govuk-select" id={whose_id} onchange={on_whose}>
                            <option value="" selected={state.whose.is_none()}>{ if unleveled { "People whose file names none" } else { "Nobody yet" } }</option>
                            { for (0..view.people.len()).map(|p| html! {
                                <option value={p.to_string()} selected={state.whose == Some(p)}>{ view.people[p].name.clone() }</option>
                            }) }
                        </select>
                    </div>
                    <div class="govuk-form-group rc-controls__item">
                        <label class="govuk-label govuk-label--s" for={level_id.clone()}>{ "Role level" }</label>
                        <select class="govuk-select" id={level_id} onchange={on_level}>
                            <option value="" selected={shown_level.is_none()}>{ if state.whose.is_some() { "As their file says" } else { "None" } }</option>
                            { for fw.levels.iter().map(|l| html! {
                                <option value={l.id.clone()} selected={shown_level.as_deref() == Some(l.id.as_str())}>{ fw.level_name(l).to_string() }</option>
                            }) }
                        </select>
                    </div>
                    <div class="govuk-form-group rc-controls__item">
                        <label class="govuk-label govuk-label--s" for={order_id.clone()}>{ "Order skills" }</label>
                        <select class="govuk-select" id={order_id} onchange={on_order}>
                            <option value="skill" selected={order == Order::Skill}>{ "By name" }</option>
                            <option value="gaps" selected={order == Order::Gaps}>{ "Fewest meeting their need first" }</option>
                        </select>
                    </div>
                    <div class="govuk-form-group rc-controls__item">
                        <label class="govuk-label govuk-label--s" for={people_order_id.clone()}>{ "Order people" }</label>
                        <select class="govuk-select" id={people_order_id} onchange={on_people_order}>
                            <option value="loaded" selected={props.people == PeopleOrder::Loaded}>{ "As loaded" }</option>
                            <option value="name" selected={props.people == PeopleOrder::Name}>{ "By name" }</option>
                            <option value="gaps" selected={props.people == PeopleOrder::Gaps}>{ "Furthest from their level first" }</option>
                        </select>
                    </div>
                </div>
                if view.people.len() > PEOPLE_AT_ONCE {
                    <div class="rc-team__pages" data-rc="team-pages">
                        <p class="govuk-body" role="status" data-rc="team-shown">
                            { shown_label(&shown, view.people.len()) }
                        </p>
                        <div class="govuk-button-group">
                            if shown.start > 0 {
                                <button type="button" class="govuk-button govuk-button--secondary" data-rc="team-previous" ref={previous_ref.clone()}
                                    onclick={page_to(previous.start, false)}>
                                    { page_label("Previous", &previous) }
                                </button>
                            }
                            if shown.end < view.people.len() {
                                <button type="button" class="govuk-button govuk-button--secondary" data-rc="team-next" ref={next_ref.clone()}
                                    onclick={page_to(next.start, true)}>
                                    { page_label("Next", &next) }
                                </button>
                            }
                        </div>
                    </div>
                }
                <div class="rc-scroll rc-team__grid" role="region" aria-label={region_name.clone()} tabindex="0">
                    <table class="govuk-table rc-team__table" data-rc="team-grid">
                        <caption class="govuk-table__caption govuk-table__caption--s">{ "Each skill the team's levels need, against what each person's level needs" }</caption>
                        // Fixed column widths: a re-sort moves rows without the browser measuring
                        // every cell again to size the columns.
                        <colgroup>
                            <col class="rc-team__col-skill" />
                            <col class="rc-team__col-meeting" />
                            { for columns.iter().map(|_| html! { <col class="rc-team__col-person" /> }) }
                        </colgroup>
                        <thead class="govuk-table__head">
                            <tr class="govuk-table__row">
                                <th scope="col" class="govuk-table__header">{ "Skill" }</th>
                                <th scope="col" class="govuk-table__header">{ "Meeting their need" }</th>
                                { for columns.iter().map(|&p| html! { <th scope="col" class="govuk-table__header">{ view.people[p].name.clone() }</th> }) }
                            </tr>
                        </thead>
                        <tbody class="govuk-table__body">
                            { for rows.iter().map(|&i| html! {
                                <TeamRow key={view.skills[i].skill.clone()} team={view.clone()} index={i} columns={columns.clone()} />
                            }) }
                        </tbody>
                    </table>
                </div>
                <div class="rc-team__people">
                    { for ordered.iter().map(|&p| html! {
                        <PersonList key={p} team={view.clone()} person={p} />
                    }) }
                </div>
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
                            <input class="govuk-checkboxes__input" id={format!("{prefix}-team-keep")} type="checkbox"
                                checked={state.kept} onchange={on_keep} disabled={unreadable.is_some()}
                                aria-describedby={format!("{prefix}-team-keep-hint")} data-rc="keep-team" />
                            <label class="govuk-label govuk-checkboxes__label" for={format!("{prefix}-team-keep")}>{ "Keep this team on this device" }</label>
                            <div class="govuk-hint govuk-checkboxes__hint" id={format!("{prefix}-team-keep-hint")}>
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

/// A row's or a list's props: the team (compared by identity: a re-sort keeps the same team, so
/// rows and lists move without rendering again) and which skill or person.
#[derive(Properties)]
pub struct TeamPartProps {
    team: Rc<Team>,
    #[prop_or_default]
    index: usize,
    #[prop_or_default]
    person: usize,
    /// The people a row shows, by position in the team, in order (PEOPLE_AT_ONCE at a time).
    #[prop_or_default]
    columns: Rc<Vec<usize>>,
}

impl PartialEq for TeamPartProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.team, &other.team)
            && self.index == other.index
            && self.person == other.person
            && self.columns == other.columns
    }
}

/// One skill's row of the grid.
#[function_component(TeamRow)]
fn team_row(props: &TeamPartProps) -> Html {
    let fw = use_framework();
    let view = &props.team;
    let s = &view.skills[props.index];
    let nobody = view.nobody_covers.contains(&s.skill);
    let single = view
        .single_points
        .iter()
        .find(|(k, _)| *k == s.skill)
        .map(|(_, p)| view.people[*p].name.clone());
    html! {
        <tr class="govuk-table__row" data-skill={s.skill.clone()}>
            <th scope="row" class="govuk-table__header">
                { fw.skill_name_of(&s.skill) }
                <span class="rc-team__need">{ format!("Highest need: {}", s.highest_needed.name()) }</span>
                if nobody {
                    <strong class="govuk-tag govuk-tag--red rc-team__flag" data-rc="nobody-covers">{ "Nobody covers it" }</strong>
                }
                if let Some(person) = single {
                    <strong class="govuk-tag govuk-tag--yellow rc-team__flag" data-rc="single-point">{ format!("Only {person} at Practitioner or above") }</strong>
                }
            </th>
            <td class="govuk-table__cell">{ format!("{} of {}", s.meeting, s.needed_by) }</td>
            { for props.columns.iter().map(|&p| &s.cells[p]).map(|c| html! {
                <td class="govuk-table__cell">
                    if let Some((icon, words)) = cell_words(c) {
                        if let Some(icon) = icon {
                            <span class="rc-standing__icon" aria-hidden="true">{ icon }</span>{ " " }
                        }
                        { words }
                    }
                </td>
            }) }
        </tr>
    }
}

/// One person's list of the skills their level needs (and the others they rated), for a phone.
#[function_component(PersonList)]
fn person_list(props: &TeamPartProps) -> Html {
    let fw = use_framework();
    let view = &props.team;
    let p = props.person;
    html! {
        <section class="rc-team__person" data-rc="team-person">
            <h4 class="govuk-heading-s">{ view.people[p].name.clone() }</h4>
            <ul class="govuk-list">
                { for view.skills.iter().filter_map(|s| {
                    let (icon, words) = cell_words(&s.cells[p])?;
                    Some(html! {
                        <li>
                            if let Some(icon) = icon {
                                <span class="rc-standing__icon" aria-hidden="true">{ icon }</span>{ " " }
                            }
                            <strong>{ fw.skill_name_of(&s.skill) }</strong>{ format!(": {words}") }
                        </li>
                    })
                }) }
            </ul>
        </section>
    }
}
