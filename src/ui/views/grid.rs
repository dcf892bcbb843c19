//! The comparison table: one row per skill, one column per chosen role level, aligned, in the
//! sections and order the domain arranged. Scoped headers, a caption, and a sticky skill column.

use super::cell;
use super::column_header::ColumnHeader;
use crate::engine::arrange::{Entry, Section};
use crate::engine::compare::Comparison;
use crate::ui::context::{use_framework, use_prefix};
use crate::ui::views::heading::Heading;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct GridProps {
    pub comparison: Rc<Comparison>,
    pub sections: Rc<Vec<Section>>,
}

#[function_component(Grid)]
pub fn grid(props: &GridProps) -> Html {
    let fw = &use_framework();
    let id_prefix = use_prefix();
    let cmp = &props.comparison;
    if cmp.columns.is_empty() {
        return html! {};
    }
    let names: Vec<String> = cmp
        .columns
        .iter()
        .filter_map(|id| fw.level(id))
        .map(|l| fw.level_name(l).to_string())
        .collect();
    let caption = format!("Skills needed by {}", names.join(", "));
    let heading_id = format!("{}-grid-heading", id_prefix);
    let span = (cmp.columns.len() + 1).to_string();
    let shown: usize = props.sections.iter().map(Section::row_count).sum();

    let level_names: Vec<String> = cmp.columns.iter().map(|id| fw.level_name_of(id)).collect();
    let row = |index: usize, variant: bool| {
        let row = &cmp.rows[index];
        let skill = fw.skill(&row.skill);
        let name = skill
            .map(|s| s.name.clone())
            .unwrap_or_else(|| row.skill.clone());
        let base = skill.and_then(|s| s.variant_of.as_ref());
        let sharing = row.sharing.key();
        html! {
            <tr class="govuk-table__row" data-skill={row.skill.clone()} data-sharing={sharing}>
                <th scope="row" class={classes!("govuk-table__header", variant.then_some("rc-grid__variant"))}>
                    { name.clone() }
                    if let Some(base) = base {
                        <span class="rc-variant">{ format!("Variant of {}", base.name) }</span>
                    }
                </th>
                // Keyed by column, so a moved column takes its cells (and an open disclosure) along.
                { for row.cells.iter().enumerate().map(|(i, c)| {
                    let previous = (i > 0).then(|| row.cells[i - 1]);
                    let whose = format!("{name}, {}", level_names[i]);
                    html! {
                        <td class="govuk-table__cell" key={cmp.columns[i].clone()}>
                            { cell::level(*c) }
                            if i > 0 {
                                { cell::change(row.changes[i - 1]) }
                            }
                            <cell::Statements skill={row.skill.clone()} previous={previous} cell={*c} whose={whose} />
                        </td>
                    }
                }) }
            </tr>
        }
    };

    html! {
        <>
            <Heading depth={1} class="govuk-heading-m" id={AttrValue::from(heading_id.clone())}>{ caption.clone() }</Heading>
            if shown == 0 {
                <p class="govuk-body" data-rc="no-rows">{ "No skills match this filter. Choose \"All skills\" to see every row." }</p>
            }
            // A focusable scroll region, so keyboard users can scroll a wide table.
            <div class={format!("rc-grid rc-grid--columns-{}", cmp.columns.len())} role="region" aria-labelledby={heading_id} tabindex="0">
                <table class="govuk-table" data-rc="grid">
                    <caption class="govuk-visually-hidden">{ caption }</caption>
                    <thead class="govuk-table__head">
                        <tr class="govuk-table__row">
                            <th scope="col" class="govuk-table__header rc-grid__skill-column">{ "Skill" }</th>
                            { for cmp.columns.iter().map(|id| html! {
                                <th scope="col" class="govuk-table__header rc-grid__column">
                                    <ColumnHeader level={id.clone()} />
                                </th>
                            }) }
                        </tr>
                    </thead>
                    { for props.sections.iter().map(|section| html! {
                        <tbody class="govuk-table__body" data-section={section.title.clone()}>
                            <tr class="govuk-table__row rc-grid__section">
                                <th scope="rowgroup" colspan={span.clone()} class="govuk-table__header">
                                    { format!("{} ({})", section.title, section.row_count()) }
                                </th>
                            </tr>
                            { for section.entries.iter().map(|entry| match entry {
                                Entry::Row { index, variant } => row(*index, *variant),
                                Entry::Group { name } => html! {
                                    <tr class="govuk-table__row rc-grid__group">
                                        <td class="govuk-table__cell" colspan={span.clone()}>{ format!("{name}: variants") }</td>
                                    </tr>
                                },
                            }) }
                        </tbody>
                    }) }
                </table>
            </div>
        </>
    }
}
