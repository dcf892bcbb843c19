//! The comparison table: one row per skill, one column per chosen role level, aligned, with the
//! change from the previous column written in each cell. Scoped headers and a caption for screen readers.

use super::change;
use crate::compare::{Comparison, Sharing};
use crate::ui::framework_store::SharedFramework;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct GridProps {
    pub fw: SharedFramework,
    pub comparison: Rc<Comparison>,
    pub id_prefix: String,
}

#[function_component(Grid)]
pub fn grid(props: &GridProps) -> Html {
    let fw = &props.fw;
    let cmp = &props.comparison;
    if cmp.columns.is_empty() {
        return html! {};
    }
    let levels: Vec<_> = cmp.columns.iter().filter_map(|id| fw.level(id)).collect();
    let names: Vec<String> = levels
        .iter()
        .map(|l| fw.level_name(l).to_string())
        .collect();
    let caption = format!("Skills needed by {}", names.join(", "));
    let heading_id = format!("{}-grid-heading", props.id_prefix);
    html! {
        <>
        // The visible title sits outside the scroll region so it wraps on narrow screens;
        // the table keeps the same words as its caption for screen readers.
        <h3 class="govuk-heading-m" id={heading_id.clone()}>{ caption.clone() }</h3>
        // A focusable scroll region, so keyboard users can scroll a wide table.
        <div class="rc-grid" role="region" aria-labelledby={heading_id} tabindex="0">
            <table class="govuk-table" data-rc="grid">
                <caption class="govuk-visually-hidden">{ caption }</caption>
                <thead class="govuk-table__head">
                    <tr class="govuk-table__row">
                        <th scope="col" class="govuk-table__header">{ "Skill" }</th>
                        { for levels.iter().zip(&names).map(|(level, name)| html! {
                            <th scope="col" class="govuk-table__header">
                                { name.clone() }
                                <span class="rc-grid__level-role">{ fw.role_of(level).name.clone() }</span>
                            </th>
                        }) }
                    </tr>
                </thead>
                <tbody class="govuk-table__body">
                    { for cmp.rows.iter().map(|row| {
                        let skill = fw.skill(&row.skill);
                        let name = skill.map(|s| s.name.clone()).unwrap_or_else(|| row.skill.clone());
                        let base = skill.and_then(|s| s.variant_of.as_ref());
                        let sharing = match row.sharing {
                            Sharing::All => "all",
                            Sharing::Some(_) => "some",
                            Sharing::One => "one",
                        };
                        html! {
                            <tr class="govuk-table__row" data-skill={row.skill.clone()} data-sharing={sharing}>
                                <th scope="row" class="govuk-table__header">
                                    { name }
                                    if let Some(base) = base {
                                        <span class="rc-variant">{ format!("Variant of {}", base.name) }</span>
                                    }
                                </th>
                                { for row.cells.iter().enumerate().map(|(i, cell)| html! {
                                    <td class="govuk-table__cell">
                                        { change::cell(*cell) }
                                        if i > 0 {
                                            { change::change(row.changes[i - 1]) }
                                        }
                                    </td>
                                }) }
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        </div>
        </>
    }
}
