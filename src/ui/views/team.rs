//! The team view: a line manager loads several people's ratings files and team CSVs (chosen
//! together, or dropped on the page), and sees each skill the team's levels need against each
//! person, in words and icons; how many meet their need, what nobody covers, the single points of
//! expertise, and each person's next level and how far. Names and ratings are held in this page's
//! memory only, until "Forget this team" or the page closes; nothing is stored or sent.

use super::heading::Heading;
use super::standing::icon;
use super::take_away::Downloads;
use crate::engine::team::{team, PeopleOrder, Person, Team, TeamCell};
use crate::framework::wording;
use crate::output::people_export;
use crate::state::team_file::{
    people_of_file, team_from_json, team_key, team_to_json, MAX_TEAM_CSV_BYTES, TEAM_CSV_TEMPLATE,
};
use crate::ui::browser;
use crate::ui::context::{use_framework, use_prefix};
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
}

/// How the grid's rows are ordered.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Order {
    /// By skill name.
    Skill,
    /// Fewest people meeting their need first.
    Gaps,
}

/// People shown side by side in the grid at once: a wider team is shown ten at a time (every
/// person is in the list above the grid, in the phone's lists and in the downloads), so the grid
/// stays readable and a re-sort lays out a tenth of a 50-person grid's cells.
pub const PEOPLE_AT_ONCE: usize = 10;

/// A cell in the engine's words, with its standing's icon.
fn cell_words(cell: &TeamCell) -> Option<(Option<&'static str>, String)> {
    Some((cell.standing.map(icon), cell.describe()?))
}

/// The level the manager chose for the person at `position`, if any.
fn chosen_for(chosen: &[(usize, String)], position: usize) -> Option<String> {
    chosen
        .iter()
        .find(|(p, _)| *p == position)
        .map(|(_, id)| id.clone())
}

#[function_component(TeamScreen)]
pub fn team_screen(props: &TeamScreenProps) -> Html {
    let fw = use_framework();
    let prefix = use_prefix();
    let key = team_key(&fw);
    // A team kept on this device comes back; one that cannot be read is named and left alone.
    let stored = use_memo(key.clone(), {
        let fw = fw.clone();
        move |key| browser::stored(key).map(|text| team_from_json(&fw, &text))
    });
    let unreadable: Option<String> = match &*stored {
        Some(Err(problems)) => Some(
            problems
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("; "),
        ),
        _ => None,
    };
    let kept = use_state(|| matches!(&*stored, Some(Ok(_))));
    let people = use_state(|| {
        Rc::new(match &*stored {
            Some(Ok(people)) => people.clone(),
            _ => Vec::<Person>::new(),
        })
    });
    let problems = use_state(Vec::<String>::new);
    // While the team is kept, what is kept follows what is shown.
    {
        let (fw, key) = (fw.clone(), key.clone());
        use_effect_with(((*people).clone(), *kept), move |(people, kept)| {
            if *kept {
                browser::store(&key, Some(&team_to_json(&fw, people)));
            }
        });
    }
    let on_keep = {
        let (kept, key) = (kept.clone(), key.clone());
        Callback::from(move |e: Event| {
            let keep = e.target_unchecked_into::<HtmlInputElement>().checked();
            if !keep {
                browser::store(&key, None);
            }
            kept.set(keep);
        })
    };
    let said = use_state(String::new);
    let level = use_state(|| None::<String>);
    // Levels the manager chose for one person, by their position (over what their file says).
    let chosen = use_state(Vec::<(usize, String)>::new);
    // Whose level the level control sets: everyone whose file names none, or one person.
    let whose = use_state(|| None::<usize>);
    let order = if props.by_gaps {
        Order::Gaps
    } else {
        Order::Skill
    };
    let dragging = use_state(|| false);

    // Reads every file, then adds its people to those already loaded (nothing loaded is lost).
    let read_files = {
        let (fw, people, problems, said) =
            (fw.clone(), people.clone(), problems.clone(), said.clone());
        Callback::from(move |files: FileList| {
            let files: Vec<web_sys::File> =
                (0..files.length()).filter_map(|i| files.get(i)).collect();
            let (fw, people, problems, said) =
                (fw.clone(), people.clone(), problems.clone(), said.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let mut found: Vec<Person> = (**people).clone();
                let mut refused = Vec::new();
                let before = found.len();
                for file in files {
                    let name = file.name();
                    // Not read at all when larger than any team file can be.
                    if let Some(too_big) = crate::load::validate::size_problem(
                        file.size() as usize,
                        MAX_TEAM_CSV_BYTES,
                        "a file for the team view",
                    ) {
                        refused.push(format!("{name}: {}", too_big.reason));
                        continue;
                    }
                    let text = match browser::read_file(file).await {
                        Ok(decoded) => decoded.text,
                        Err(reason) => {
                            refused.push(format!("{name}: {reason}"));
                            continue;
                        }
                    };
                    let (more, bad) = people_of_file(&fw, &name, &text, None);
                    found.extend(more);
                    refused.extend(bad.iter().map(ToString::to_string));
                }
                said.set(format!(
                    "{} loaded{}.",
                    wording::count(found.len() - before, "person", "people"),
                    match refused.len() {
                        0 => String::new(),
                        n => format!(
                            "; {} not loaded (listed below)",
                            wording::count(n, "problem", "problems")
                        ),
                    }
                ));
                problems.set(refused);
                people.set(Rc::new(found));
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
        let (people, problems, said) = (people.clone(), problems.clone(), said.clone());
        let (kept, key, status_ref) = (kept.clone(), key.clone(), status_ref.clone());
        let (chosen, whose) = (chosen.clone(), whose.clone());
        Callback::from(move |_: MouseEvent| {
            browser::store(&key, None);
            kept.set(false);
            people.set(Rc::new(Vec::new()));
            chosen.set(Default::default());
            whose.set(None);
            problems.set(Vec::new());
            said.set("The team is forgotten: no names or ratings are held.".into());
            crate::ui::focus::focus_after_paint(&status_ref);
        })
    };
    let on_level = {
        let (level, chosen, whose) = (level.clone(), chosen.clone(), whose.clone());
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            let value = (!value.is_empty()).then_some(value);
            match *whose {
                None => level.set(value),
                Some(p) => {
                    let mut next: Vec<(usize, String)> =
                        chosen.iter().filter(|(q, _)| *q != p).cloned().collect();
                    next.extend(value.map(|id| (p, id)));
                    chosen.set(next);
                }
            }
        })
    };
    let on_whose = {
        let whose = whose.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            whose.set(value.parse().ok());
        })
    };
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
        let (fw, people, level, chosen) = (
            fw.clone(),
            (*people).clone(),
            (*level).clone(),
            (*chosen).clone(),
        );
        (*use_memo((people, level, chosen), move |(people, level, chosen)| {
            let people: Vec<Person> = people
                .iter()
                .cloned()
                .enumerate()
                .map(|(i, mut p)| {
                    p.level = chosen_for(chosen, i).or(p.level).or_else(|| level.clone());
                    p
                })
                .collect();
            Rc::new(team(&fw, people))
        }))
        .clone()
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
    let unleveled = people.iter().any(|p| p.level.is_none());
    let whose_id = format!("{prefix}-team-whose");
    // What the level control shows: the chosen person's own choice, or the one for people whose
    // file names none.
    let shown_level: Option<String> = match *whose {
        Some(p) => chosen_for(&chosen, p),
        None => (*level).clone(),
    };
    // The people in the grid: PEOPLE_AT_ONCE from `first` (kept in range as the team changes).
    let first = use_state(|| 0usize);
    let start = (*first).min(view.people.len().saturating_sub(1)) / PEOPLE_AT_ONCE * PEOPLE_AT_ONCE;
    let shown = start..(start + PEOPLE_AT_ONCE).min(view.people.len());
    // The people in their chosen order; the grid shows `shown` of them.
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
        let (first, pressed) = (first.clone(), pressed.clone());
        Callback::from(move |_: MouseEvent| {
            *pressed.borrow_mut() = Some(next);
            first.set(to);
        })
    };
    let people_range = |r: &std::ops::Range<usize>| format!("{} to {}", r.start + 1, r.end);

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
            <p class="govuk-body" role="status" data-rc="team-status" tabindex="-1" ref={status_ref}>{ (*said).clone() }</p>
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
                            <option value="" selected={whose.is_none()}>{ if unleveled { "People whose file names none" } else { "Nobody yet" } }</option>
                            { for (0..view.people.len()).map(|p| html! {
                                <option value={p.to_string()} selected={*whose == Some(p)}>{ view.people[p].name.clone() }</option>
                            }) }
                        </select>
                    </div>
                    <div class="govuk-form-group rc-controls__item">
                        <label class="govuk-label govuk-label--s" for={level_id.clone()}>{ "Role level" }</label>
                        <select class="govuk-select" id={level_id} onchange={on_level}>
                            <option value="" selected={shown_level.is_none()}>{ if whose.is_some() { "As their file says" } else { "None" } }</option>
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
                            { format!("The grid shows people {} of {}; every person is in the list above and in the downloads.", people_range(&shown), view.people.len()) }
                        </p>
                        <div class="govuk-button-group">
                            if shown.start > 0 {
                                <button type="button" class="govuk-button govuk-button--secondary" data-rc="team-previous" ref={previous_ref.clone()}
                                    onclick={page_to(shown.start - PEOPLE_AT_ONCE, false)}>
                                    { format!("Previous people: {}", people_range(&(shown.start - PEOPLE_AT_ONCE..shown.start))) }
                                </button>
                            }
                            if shown.end < view.people.len() {
                                <button type="button" class="govuk-button govuk-button--secondary" data-rc="team-next" ref={next_ref.clone()}
                                    onclick={page_to(shown.end, true)}>
                                    { format!("Next people: {}", people_range(&(shown.end..(shown.end + PEOPLE_AT_ONCE).min(view.people.len())))) }
                                </button>
                            }
                        </div>
                    </div>
                }
                <div class="rc-scroll rc-team__grid" role="region" aria-label="The team's skills" tabindex="0">
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
                                checked={*kept} onchange={on_keep} disabled={unreadable.is_some()}
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
