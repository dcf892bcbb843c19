//! The assessment pack on paper (A4): the same title, sentences and facts as the pack's Markdown
//! and CSV (the framework's credit prints in the widget's footer below it) (`output::people_export::assessment_pack`), one block per skill the level needs, with the
//! "You can:" statements of the level needed as a list. Rendered only while the person prints it
//! (print styles show it instead of the screen); the screen shows the same facts in the ratings
//! panel.

use super::super::column_header::text;
use crate::engine::assessment::assess;
use crate::output::people_export::assessment_pack;
use crate::state::ratings::Ratings;
use crate::ui::context::use_framework;
use crate::ui::texts::{use_texts, use_want_texts, waiting};
use crate::ui::views::heading::Heading;
use std::rc::Rc;
use yew::prelude::*;

/// The pack's columns shown for each skill, by header (the skill's name is its heading; the
/// statements are listed below).
/// With what each says when the pack's cell is empty.
const FACTS: [(&str, &str); 5] = [
    ("Needed", ""),
    ("Yours", "Not rated"),
    ("Agreed", "Not agreed yet"),
    ("In words", ""),
    ("Evidence", "None given"),
];

#[derive(Properties, PartialEq)]
pub struct PackPrintProps {
    /// The level assessed against (its id).
    pub level: String,
    pub ratings: Rc<Ratings>,
}

#[function_component(PackPrint)]
pub fn pack_print(props: &PackPrintProps) -> Html {
    let fw = &use_framework();
    // The statements print, and a browser's print cannot wait for a fetch.
    let texts = use_texts();
    use_want_texts(fw.texts_pending());
    let Some(level) = fw.level(&props.level) else {
        return html! {};
    };
    let ratings = &props.ratings;
    let assessment = assess(level, ratings.entries());
    let doc = assessment_pack(
        fw,
        &assessment,
        ratings.name.as_deref(),
        ratings.saved.as_deref(),
    );
    let column = |header: &str| doc.headers.iter().position(|h| h == header);
    let facts: Vec<(&str, &str, usize)> = FACTS
        .iter()
        .filter_map(|(h, empty)| column(h).map(|i| (*h, *empty, i)))
        .collect();
    let block = |(row, standing): (&Vec<String>, &crate::engine::assessment::SkillStanding)| {
        let statements = fw
            .skill(&standing.skill)
            .and_then(|s| s.at(standing.needed));
        html! {
            <div class="rc-pack__skill" data-skill={standing.skill.clone()}>
                <Heading depth={2} class="govuk-heading-s">{ row[0].clone() }</Heading>
                <dl class="govuk-summary-list govuk-summary-list--no-border rc-pack__facts">
                    { for facts.iter().map(|(header, empty, i)| html! {
                        <div class="govuk-summary-list__row">
                            <dt class="govuk-summary-list__key">{ *header }</dt>
                            <dd class="govuk-summary-list__value">{ if row[*i].is_empty() { empty.to_string() } else { row[*i].clone() } }</dd>
                        </div>
                    }) }
                </dl>
                if let Some(statements) = statements {
                    <div class="rc-plan__statements">{ text(statements) }</div>
                }
            </div>
        }
    };
    html! {
        <section class="rc-pack" data-rc="pack-print">
            <Heading depth={1} class="govuk-heading-m">{ doc.title.clone() }</Heading>
            { for doc.intro.iter().map(|s| html! { <p class="govuk-body">{ s.clone() }</p> }) }
            if fw.texts_pending() {
                { waiting(&texts, "statements") }
            }
            { for doc.rows.iter().zip(&assessment.skills).map(block) }
        </section>
    }
}
