//! "Your ratings": the skills of the levels in view, then any other skill already rated, in name
//! order, one [`RatingsRow`] each, in a table that scrolls in its own region on a narrow widget.

use super::ratings_row::RatingsRow;
use crate::engine::assessment::assess;
use crate::framework::Level;
use crate::state::page_memory::SharedPageMemory;
use crate::ui::context::use_framework;
use crate::ui::ratings_store::RatingsHandle;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RatingsTableProps {
    pub ratings: RatingsHandle,
    /// The levels in view (ids): the current level, the open move's target, the level chosen.
    pub levels: Vec<String>,
    pub memory: SharedPageMemory,
}

#[function_component(RatingsTable)]
pub fn ratings_table(props: &RatingsTableProps) -> Html {
    let fw = use_framework();
    let region_name = crate::ui::context::use_landmark_name("Your ratings");
    let ratings = &props.ratings.ratings;
    let levels: Vec<&Level> = props.levels.iter().filter_map(|id| fw.level(id)).collect();
    let skills: Vec<&str> = fw
        .skills
        .iter()
        .filter(|s| {
            ratings.get(&s.id).is_some() || levels.iter().any(|l| l.requirement(&s.id).is_some())
        })
        .map(|s| s.id.as_str())
        .collect();
    if skills.is_empty() {
        return html! {
            <p class="govuk-body">{ "Choose your current role level to rate yourself on its skills." }</p>
        };
    }
    // Where the ratings leave the person on each skill of each level, in words beside an icon.
    let assessments: Vec<_> = levels
        .iter()
        .map(|l| assess(l, ratings.entries()))
        .collect();
    let needs = |skill: &str| -> Vec<(String, Option<crate::engine::assessment::Standing>)> {
        levels
            .iter()
            .zip(&assessments)
            .map(|(l, a)| {
                let needs = l.requirement(skill).map_or("Not needed".to_string(), |r| {
                    r.level.map_or("Level not set", |x| x.name()).to_string()
                });
                let standing = a
                    .skills
                    .iter()
                    .find(|k| k.skill == skill)
                    .map(|k| k.standing);
                (needs, standing)
            })
            .collect()
    };
    html! {
        <div class="rc-scroll" role="region" aria-label={region_name} tabindex="0">
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
                <tbody class="govuk-table__body">
                    { for skills.iter().map(|s| html! {
                        <RatingsRow key={*s} skill={AttrValue::from(s.to_string())} ratings={props.ratings.clone()}
                            needs={needs(s)} memory={props.memory.clone()} />
                    }) }
                </tbody>
            </table>
        </div>
    }
}
