//! The skill view: choose a skill and see every role level that needs it, at which level.

use super::cell;
use crate::engine::compare::Cell;
use crate::engine::moves::levels_needing;
use crate::state::selection::Action;
use crate::ui::context::{use_framework, use_prefix};
use crate::ui::framework_store::SharedFramework;
use crate::ui::texts::{use_texts, use_want_texts, waiting};
use crate::ui::views::heading::Heading;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct SkillViewProps {
    pub skill: Option<String>,
    pub columns: Vec<String>,
    pub full: bool,
    pub on_action: Callback<Action>,
}

#[function_component(SkillView)]
pub fn skill_view(props: &SkillViewProps) -> Html {
    let fw = &use_framework();
    let texts = use_texts();
    use_want_texts(fw.texts_pending() && props.skill.is_some());
    let id_prefix = use_prefix();
    let landmark_suffix = crate::ui::context::use_landmark_name("");
    let select_id = format!("{}-skill", id_prefix);
    let on_change = props.on_action.reform(|e: Event| {
        let value = e.target_unchecked_into::<HtmlSelectElement>().value();
        Action::ShowSkill((!value.is_empty()).then_some(value))
    });
    let chosen = props.skill.as_deref().and_then(|id| fw.skill(id));
    // The levels needing the chosen skill, found once per skill (not again when columns change).
    let needing = {
        let fw = fw.clone();
        use_memo(props.skill.clone(), move |skill| {
            skill
                .as_deref()
                .map(|skill| {
                    levels_needing(&fw, skill)
                        .into_iter()
                        .map(|(level, skill_level)| (level.id.clone(), skill_level))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    html! {
        <section class="rc-skill-view" data-rc="skill-view">
            <Heading depth={1} class="govuk-heading-m">{ "Which role levels need a skill" }</Heading>
            <div class="govuk-form-group">
                <label class="govuk-label govuk-label--s" for={select_id.clone()}>{ "Skill" }</label>
                <select class="govuk-select" id={select_id} onchange={on_change}>
                    <option value="" selected={chosen.is_none()}>{ "Choose a skill" }</option>
                    { for fw.skills.iter().map(|s| html! {
                        <option value={s.id.clone()} selected={chosen.is_some_and(|c| c.id == s.id)}>{ s.name.clone() }</option>
                    }) }
                </select>
            </div>
            if let Some(skill) = chosen {
                if fw.texts_pending() {
                    { waiting(&texts, "skill's description") }
                } else if let Some(description) = skill.description.as_ref().and_then(|d| d.lead()) {
                    <p class="govuk-body">{ description.to_string() }</p>
                }
                { needing_table(fw, props, &needing, &skill.name, &landmark_suffix) }
            }
        </section>
    }
}

fn needing_table(
    fw: &SharedFramework,
    props: &SkillViewProps,
    rows: &[(String, Option<crate::framework::SkillLevel>)],
    name: &str,
    landmark_suffix: &str,
) -> Html {
    let rows: Vec<_> = rows
        .iter()
        .filter_map(|(id, skill_level)| Some((fw.level(id)?, *skill_level)))
        .collect();
    let caption = format!("{} role levels need {name}", rows.len());
    let region_name = format!("{caption}{landmark_suffix}");
    html! {
        <div class="rc-scroll" role="region" aria-label={region_name.clone()} tabindex="0">
        <table class="govuk-table">
            <caption class="govuk-table__caption govuk-table__caption--s">{ caption }</caption>
            <thead class="govuk-table__head">
                <tr class="govuk-table__row">
                    <th scope="col" class="govuk-table__header">{ "Role level" }</th>
                    <th scope="col" class="govuk-table__header">{ "Skill level" }</th>
                    <th scope="col" class="govuk-table__header"><span class="govuk-visually-hidden">{ "Action" }</span></th>
                </tr>
            </thead>
            <tbody class="govuk-table__body">
                { for rows.into_iter().map(|(level, skill_level)| {
                    let id = level.id.clone();
                    let added = props.columns.contains(&id);
                    let on_click = props.on_action.reform(move |_: MouseEvent| Action::Add(id.clone()));
                    let name = fw.level_name(level).to_string();
                    html! {
                        <tr class="govuk-table__row">
                            <th scope="row" class="govuk-table__header">
                                { name.clone() }<span class="rc-grid__level-role">{ fw.role_of(level).name.clone() }</span>
                            </th>
                            <td class="govuk-table__cell">{ cell::level(Cell::Required(skill_level)) }</td>
                            <td class="govuk-table__cell">
                                <button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                                    onclick={on_click} disabled={added || props.full}>
                                    { if added { "Compared".to_string() } else { "Add".to_string() } }
                                    <span class="govuk-visually-hidden">{ format!(" {name}") }</span>
                                </button>
                            </td>
                        </tr>
                    }
                }) }
            </tbody>
        </table>
        </div>
    }
}
