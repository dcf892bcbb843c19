//! Roles that share skills with the first column's role, ranked by the engine's score
//! (the seed page's "Role / Shared skills" table, computed live), each one click from being a column.

use crate::career::MoveSize;
use crate::moves::{closest_level, gap, related_roles, Focus};
use crate::selection::Action;
use crate::ui::framework_store::SharedFramework;
use crate::ui::views::heading::Heading;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RelatedProps {
    pub fw: SharedFramework,
    pub level: String,
    pub columns: Vec<String>,
    pub full: bool,
    pub on_action: Callback<Action>,
}

const SHOWN: usize = 8;

#[function_component(Related)]
pub fn related(props: &RelatedProps) -> Html {
    let fw = &props.fw;
    let ranked = {
        let fw = fw.clone();
        use_memo(props.level.clone(), move |id| {
            fw.level(id)
                .map(|l| related_roles(&fw, Focus::Role(fw.role_of(l))))
                .unwrap_or_default()
        })
    };
    let Some(level) = fw.level(&props.level) else {
        return html! {};
    };
    let name = fw.role_of(level).name.clone();
    html! {
        <section class="rc-related" data-rc="related">
            <Heading depth={1} class="govuk-heading-m">{ format!("Roles that share skills with {name}") }</Heading>
            <p class="govuk-body-s">
                { "Across all levels of each role, ranked by a score that counts rarer shared skills for more (0 to 1). The move is from the first column to the role's level closest in skills and seniority, which is the one Add puts in the comparison." }
            </p>
            <div class="rc-scroll" role="region" aria-label={format!("Roles that share skills with {name}")} tabindex="0">
            <table class="govuk-table">
                <caption class="govuk-visually-hidden">{ format!("Roles that share skills with {name}") }</caption>
                <thead class="govuk-table__head">
                    <tr class="govuk-table__row">
                        <th scope="col" class="govuk-table__header">{ "Role" }</th>
                        <th scope="col" class="govuk-table__header">{ "Shared skills" }</th>
                        <th scope="col" class="govuk-table__header govuk-table__header--numeric">{ "Score" }</th>
                        <th scope="col" class="govuk-table__header">{ "The move" }</th>
                    </tr>
                </thead>
                <tbody class="govuk-table__body">
                    { for ranked.iter().take(SHOWN).filter_map(|r| {
                        let role = fw.role(&r.role)?;
                        let target = closest_level(fw, level, role)?;
                        let shared: Vec<&str> = r.shared.iter().filter_map(|g| fw.group_name(g)).collect();
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
                                <td class="govuk-table__cell">{ shared.join(", ") }</td>
                                <td class="govuk-table__cell govuk-table__cell--numeric">{ r.score_text() }</td>
                                <td class="govuk-table__cell">{ MoveSize::of_gap(&gap(fw, level, target)).describe() }</td>
                            </tr>
                        })
                    }) }
                </tbody>
            </table>
            </div>
        </section>
    }
}
