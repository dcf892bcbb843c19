//! One cell of the grid: the skill level as a GOV.UK tag with its name and rank, a 4-step meter,
//! the change from the previous column in words with an icon (colour is never the only cue), and
//! a details element with the "You can:" statements, those added since the previous column marked
//! (built when first opened).

use crate::engine::compare::{cell_statements, cell_summary, Cell, CellStatements, Change};
use crate::framework::SkillLevel;
use crate::ui::context::use_framework;
use crate::ui::texts::{use_texts, waiting};
use yew::prelude::*;

fn tag_class(level: SkillLevel) -> &'static str {
    match level {
        SkillLevel::Awareness => "govuk-tag govuk-tag--grey",
        SkillLevel::Working => "govuk-tag",
        SkillLevel::Practitioner => "govuk-tag govuk-tag--teal",
        SkillLevel::Expert => "govuk-tag govuk-tag--purple",
    }
}

/// The level tag, meter and rank; or "Not required" / "Skill level not set".
pub fn level(cell: Cell) -> Html {
    match cell {
        Cell::Required(Some(level)) => html! {
            <>
                <strong class={tag_class(level)}>{ level.name() }</strong>
                <span class="rc-cell__rank">
                    <span class="rc-meter" aria-hidden="true">
                        { for (1..=4).map(|step| html! {
                            <span class={classes!("rc-meter__step", (step <= level.rank()).then_some("rc-meter__step--on"))}></span>
                        }) }
                    </span>
                    { format!("{} of 4", level.rank()) }
                </span>
            </>
        },
        Cell::Required(None) => {
            html! { <strong class="govuk-tag govuk-tag--yellow">{ "Skill level not set" }</strong> }
        }
        Cell::NotRequired => html! { <span class="rc-cell--absent">{ "Not required" }</span> },
    }
}

/// The change from the previous column; nothing where neither column needs the skill.
pub fn change(change: Change) -> Html {
    let (icon, modifier) = match change {
        Change::Up { .. } => ("↑", "up"),
        Change::Down { .. } => ("↓", "down"),
        Change::Same(_) => ("=", "same"),
        Change::New(_) => ("+", "new"),
        Change::NoLongerRequired(_) => ("−", "dropped"),
        Change::LevelNotSet => ("?", "unset"),
        Change::Neither => return html! {},
    };
    html! {
        <span class={classes!("rc-change", format!("rc-change--{modifier}"))} data-change={modifier}>
            <span class="govuk-visually-hidden">{ "Change from the previous column: " }</span>
            <span aria-hidden="true">{ icon }{ " " }</span>
            { change.describe() }
        </span>
    }
}

#[derive(Properties, PartialEq)]
pub struct StatementsProps {
    pub skill: AttrValue,
    /// The previous column's cell, if any, to mark what is added and what is no longer listed.
    pub previous: Option<Cell>,
    pub cell: Cell,
    /// "Agile working, Senior data analyst": ends the disclosure's accessible name, so every one
    /// of a grid's disclosures says which cell it opens.
    pub whose: AttrValue,
}

/// The "You can:" statements for this cell, compared with the previous column's cell (if any),
/// as the engine words and orders them. Worked out once for its inputs; the list itself is built
/// only once the disclosure is first opened (a column move then has only the summaries to move),
/// and it stays with its column, open or closed, because the grid keys cells by column.
#[function_component(Statements)]
pub fn statements(props: &StatementsProps) -> Html {
    let fw = use_framework();
    // The closed summary: counted, never comparing statements (a column move re-words only these).
    let summary = use_memo(
        (fw.clone(), props.skill.clone(), props.previous, props.cell),
        |(fw, skill, previous, cell)| cell_summary(fw, skill, *previous, *cell),
    );
    let texts = use_texts();
    let opened = use_state(|| false);
    // The statements, compared with the previous column: only once the disclosure is opened.
    let listed = use_memo(
        (
            *opened,
            fw.clone(),
            props.skill.clone(),
            props.previous,
            props.cell,
        ),
        |(opened, fw, skill, previous, cell)| {
            opened.then(|| cell_statements(fw, skill, *previous, *cell))
        },
    );
    let pending = fw.texts_pending();
    let ontoggle = {
        let (opened, want) = (opened.clone(), texts.want.clone());
        Callback::from(move |_: Event| {
            if !*opened {
                opened.set(true);
            }
            // The statements come with the framework's texts: asked for now if not here yet.
            if pending {
                want.emit(());
            }
        })
    };
    let summary = match &*summary {
        CellStatements::None => return html! {},
        CellStatements::Note(note) => {
            return html! { <p class="govuk-body-s rc-cell__note">{ *note }</p> }
        }
        CellStatements::Pending { summary } | CellStatements::Listed { summary, .. } => summary,
    };
    let (no_statements, none_removed) = (Vec::new(), Vec::new());
    let (statements, removed) = match &*listed {
        Some(CellStatements::Listed {
            statements,
            removed,
            ..
        }) => (statements, removed),
        _ => (&no_statements, &none_removed),
    };
    html! {
        <details class="govuk-details rc-cell__details" {ontoggle}>
            <summary class="govuk-details__summary">
                <span class="govuk-details__summary-text">
                    { summary.clone() }<span class="govuk-visually-hidden">{ format!(" ({})", props.whose) }</span>
                </span>
            </summary>
            <div class="govuk-details__text">
                if *opened && pending {
                    { waiting(&texts, "statements") }
                } else if *opened {
                    <ul class="govuk-list govuk-list--bullet">
                        { for statements.iter().map(|(text, added)| html! {
                            <li data-added={added.to_string()}>
                                if *added {
                                    <strong class="govuk-tag govuk-tag--green rc-added">{ "Added" }</strong>{ " " }
                                }
                                { text.clone() }
                            </li>
                        }) }
                    </ul>
                    if !removed.is_empty() {
                        <p class="govuk-body-s govuk-!-margin-bottom-1"><strong>{ "No longer listed from the previous column:" }</strong></p>
                        <ul class="govuk-list govuk-list--bullet rc-removed">
                            { for removed.iter().map(|text| html! { <li data-removed="true"><del>{ text.clone() }</del></li> }) }
                        </ul>
                    }
                }
            </div>
        </details>
    }
}
