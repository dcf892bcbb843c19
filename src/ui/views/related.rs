//! Roles that share skills with the first column's role, ranked by the engine's score
//! (the seed page's "Role / Shared skills" table, computed live), each one click from being a column.

use crate::engine::career::SCORE_IN_WORDS;
use crate::engine::related::related_moves;
use crate::engine::related::{related_roles, Focus};
use crate::state::selection::Action;
use crate::ui::context::use_framework;
use crate::ui::texts::{use_texts, use_want_texts, waiting};
use crate::ui::views::heading::Heading;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct RelatedProps {
    pub level: String,
    pub columns: Vec<String>,
    pub full: bool,
    pub on_action: Callback<Action>,
}

const SHOWN: usize = 8;

#[function_component(Related)]
pub fn related(props: &RelatedProps) -> Html {
    let fw = &use_framework();
    // Related roles depend on the role only; the moves to their closest levels on the level.
    let role_id = fw.level(&props.level).map(|l| l.role.clone());
    // The ranking counts similar skills, which come with the texts.
    let texts = use_texts();
    use_want_texts(fw.texts_pending());
    let ranked = {
        use_memo((fw.clone(), role_id), move |(fw, id)| {
            if fw.texts_pending() {
                return Vec::new();
            }
            id.as_deref()
                .and_then(|id| fw.role(id))
                .map(|role| {
                    let mut ranked = related_roles(fw, Focus::Role(role));
                    ranked.truncate(SHOWN);
                    ranked
                })
                .unwrap_or_default()
        })
    };
    let moves = {
        let fw = fw.clone();
        use_memo(
            (props.level.clone(), ranked.clone()),
            move |(id, ranked)| {
                fw.level(id)
                    .map(|level| related_moves(&fw, level, ranked))
                    .unwrap_or_default()
            },
        )
    };
    let Some(level) = fw.level(&props.level) else {
        return html! {};
    };
    let name = fw.role_of(level).name.clone();
    html! {
        <section class="rc-related" data-rc="related">
            <Heading depth={1} class="govuk-heading-m">{ format!("Roles that share skills with {name}") }</Heading>
            if fw.texts_pending() {
                { waiting(&texts, "similar skills") }
            } else {
            <p class="govuk-body-s">
                { "Across all levels of each role. " }{ SCORE_IN_WORDS }{ " Under the shared skills, \"Similar\" names skills of this role that say much the same as ones the other role needs, which count in part. The move is from the first column to the role's level closest in skills and seniority, which is the one Add puts in the comparison." }
            </p>
            <div class="rc-scroll" role="region" aria-label={format!("Roles that share skills with {name}")} tabindex="0">
            <table class="govuk-table">
                <caption class="govuk-visually-hidden">{ format!("Roles that share skills with {name}") }</caption>
                <thead class="govuk-table__head">
                    <tr class="govuk-table__row">
                        <th scope="col" class="govuk-table__header">{ "Role" }</th>
                        <th scope="col" class="govuk-table__header">{ "Shared and similar skills" }</th>
                        <th scope="col" class="govuk-table__header govuk-table__header--numeric">{ "Score" }</th>
                        <th scope="col" class="govuk-table__header">{ "The move" }</th>
                    </tr>
                </thead>
                <tbody class="govuk-table__body">
                    { for moves.iter().filter_map(|m| {
                        let role = fw.role(&m.role)?;
                        let target = fw.level(&m.target)?;
                        let id = target.id.clone();
                        let on_click = props.on_action.reform(move |_: MouseEvent| Action::Add(id.clone()));
                        let added = props.columns.contains(&target.id);
                        Some(html! {
                            <tr class="govuk-table__row" data-role={role.id.clone()}>
                                <th scope="row" class="govuk-table__header">
                                    { role.name.clone() }
                                    <button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0 rc-related__add"
                                        onclick={on_click} disabled={added || props.full}>
                                        { if added { format!("{} compared", fw.level_name(target)) } else { format!("Add {}", fw.level_name(target)) } }
                                    </button>
                                </th>
                                <td class="govuk-table__cell">
                                    { m.shared.join(", ") }
                                    if !m.similar.is_empty() {
                                        <span class="rc-related__similar">{ format!("Similar: {}.", m.similar.join("; ")) }</span>
                                    }
                                </td>
                                <td class="govuk-table__cell govuk-table__cell--numeric">{ m.score_text.clone() }</td>
                                <td class="govuk-table__cell">{ m.size.describe() }</td>
                            </tr>
                        })
                    }) }
                </tbody>
            </table>
            </div>
            }
        </section>
    }
}
