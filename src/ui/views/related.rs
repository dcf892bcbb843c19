//! Roles that share skills with the first column's role, ranked by the engine's score
//! (the seed page's "Role / Shared skills" table, computed live), each one click from being a column.

use crate::engine::career::SCORE_IN_WORDS;
use crate::engine::related::{related_moves, related_roles, Focus, RelatedMove, RelatedRole};
use crate::state::selection::Action;
use crate::ui::browser;
use crate::ui::context::use_framework;
use crate::ui::texts::{use_texts, use_want_texts, waiting};
use crate::ui::views::heading::Heading;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct RelatedProps {
    pub level: String,
    pub columns: Vec<String>,
    pub full: bool,
    pub on_action: Callback<Action>,
}

const SHOWN: usize = 8;

/// The ranking worked out for one level: its related roles (kept while the role stays the same)
/// and the moves to their closest levels.
#[derive(PartialEq)]
struct Worked {
    level: String,
    role: String,
    ranked: Rc<Vec<RelatedRole>>,
    moves: Vec<RelatedMove>,
}

#[function_component(Related)]
pub fn related(props: &RelatedProps) -> Html {
    let fw = &use_framework();
    let landmark_suffix = crate::ui::context::use_landmark_name("");
    // The ranking counts similar skills, which come with the texts.
    let texts = use_texts();
    use_want_texts(fw.texts_pending());
    // Worked out after the frame that shows the change (a few milliseconds, more on a large
    // framework): a column moved or replaced repaints at once, and this section follows it.
    let worked = use_state(|| None::<Rc<Worked>>);
    {
        let worked = worked.clone();
        use_effect_with((fw.clone(), props.level.clone()), move |(fw, id)| {
            let (fw, id) = (fw.clone(), id.clone());
            if !fw.texts_pending() {
                browser::after_next_paint(move || {
                    let Some(level) = fw.level(&id) else {
                        return;
                    };
                    let earlier = (*worked).clone();
                    let ranked = match earlier.filter(|w| w.role == level.role) {
                        Some(w) => w.ranked.clone(),
                        None => fw
                            .role(&level.role)
                            .map(|role| {
                                let mut ranked = related_roles(&fw, Focus::Role(role));
                                ranked.truncate(SHOWN);
                                Rc::new(ranked)
                            })
                            .unwrap_or_default(),
                    };
                    let moves = related_moves(&fw, level, &ranked);
                    worked.set(Some(Rc::new(Worked {
                        level: id,
                        role: level.role.clone(),
                        ranked,
                        moves,
                    })));
                });
            }
        });
    }
    // What is shown: the ranking for the level it was worked out for (the first column's until
    // the next one is ready).
    let shown = (*worked)
        .clone()
        .filter(|w| !fw.texts_pending() && fw.level(&w.level).is_some());
    let Some(level) = fw.level(shown.as_ref().map_or(&props.level, |w| &w.level)) else {
        return html! {};
    };
    let moves: &[RelatedMove] = shown.as_ref().map_or(&[], |w| &w.moves);
    let name = fw.role_of(level).name.clone();
    html! {
        <section class="rc-related" data-rc="related">
            <Heading depth={1} class="govuk-heading-m">{ format!("Roles that share skills with {name}") }</Heading>
            if fw.texts_pending() || shown.is_none() {
                { waiting(&texts, "similar skills") }
            } else {
            <p class="govuk-body-s">
                { "Across all levels of each role. " }{ SCORE_IN_WORDS }{ " Under the shared skills, \"Similar\" names skills of this role that say much the same as ones the other role needs, which count in part. The move is from the first column to the role's level closest in skills and seniority, which is the one Add puts in the comparison." }
            </p>
            <div class="rc-scroll" role="region" aria-label={format!("Roles that share skills with {name}{landmark_suffix}")} tabindex="0">
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
