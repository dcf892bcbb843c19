//! The team's grid: each skill the team's levels need (its highest need, how many meet their own
//! level's need, flagged "Nobody covers it" or a single point of expertise), one column per person
//! shown, each cell in words beside an icon; and, for a phone, one list per person.

use crate::engine::team::{Team, TeamCell};
use crate::ui::context::use_framework;
use crate::ui::views::standing::icon;
use std::rc::Rc;
use yew::prelude::*;

/// A cell in the engine's words, with its standing's icon.
fn cell_words(cell: &TeamCell) -> Option<(Option<&'static str>, String)> {
    Some((cell.standing.map(icon), cell.describe()?))
}

#[derive(Properties, PartialEq)]
pub struct TeamGridProps {
    pub team: Rc<Team>,
    /// The skills' rows, in order (by index into the team's skills).
    pub rows: Vec<usize>,
    /// The people the grid shows, by position in the team, in order.
    pub columns: Rc<Vec<usize>>,
    /// Every person, in order, for the phone's lists.
    pub ordered: Vec<usize>,
}

/// The grid, and one list per person for a phone.
#[function_component(TeamGrid)]
pub fn team_grid(props: &TeamGridProps) -> Html {
    let region_name = crate::ui::context::use_landmark_name("The team's skills");
    let (view, columns) = (&props.team, &props.columns);
    html! {
        <>
            <div class="rc-scroll rc-team__grid" role="region" aria-label={region_name} tabindex="0">
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
                        { for props.rows.iter().map(|&i| html! {
                            <TeamRow key={view.skills[i].skill.clone()} team={view.clone()} index={i} columns={columns.clone()} />
                        }) }
                    </tbody>
                </table>
            </div>
            <div class="rc-team__people">
                { for props.ordered.iter().map(|&p| html! {
                    <PersonList key={p} team={view.clone()} person={p} />
                }) }
            </div>
        </>
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
