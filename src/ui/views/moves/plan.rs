//! The development plan a person prints: the move, the gap, their ratings, and the "You can:"
//! statements of each skill at the level the target needs. Shown only on paper (print styles);
//! the screen shows the same facts in the gap and ratings panels.

use super::super::column_header::text;
use crate::engine::moves::{Gap, Voice};
use crate::state::ratings::Ratings;
use crate::ui::context::use_framework;
use crate::ui::texts::{use_texts, use_want_texts, waiting};
use crate::ui::views::heading::Heading;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PlanProps {
    /// "Digital portfolio manager" or "your own ratings".
    pub from: String,
    pub to: String,
    pub gap: Rc<Gap>,
    pub voice: Voice,
    pub ratings: Rc<Ratings>,
}

#[function_component(Plan)]
pub fn plan(props: &PlanProps) -> Html {
    let fw = &use_framework();
    // The plan prints the statements, and a browser's print cannot wait for a fetch: asked for
    // as soon as a move is open.
    let texts = use_texts();
    use_want_texts(fw.texts_pending());
    let Some(target) = fw.level(&props.to) else {
        return html! {};
    };
    let to_name = fw.level_name(target).to_string();
    let work = |skill: &str, what: String| -> Html {
        let Some(s) = fw.skill(skill) else {
            return html! {};
        };
        let need = target.requirement(skill).and_then(|r| r.level);
        let yours = props.ratings.get(skill).map(|r| r.label());
        html! {
            <div class="rc-plan__skill">
                <Heading depth={2} class="govuk-heading-s">{ s.name.clone() }</Heading>
                <p class="govuk-body-s">
                    { what }
                    if let Some(yours) = yours { { format!(" Your rating: {yours}.") } }
                </p>
                if let Some(statements) = need.and_then(|n| s.at(n)) {
                    <div class="rc-plan__statements">{ text(statements) }</div>
                }
            </div>
        }
    };
    html! {
        <section class="rc-plan" data-rc="plan">
            <Heading depth={1} class="govuk-heading-m">{ format!("Development plan: from {} to {to_name}", props.from) }</Heading>
            <p class="govuk-body">{ props.gap.summary() }</p>
            // One status for the whole plan while its statements are on their way.
            if fw.texts_pending() {
                { waiting(&texts, "statements") }
            }
            { for props.gap.learn.iter().map(|l| work(&l.skill, format!("To learn: {}.", l.describe(fw, props.voice)))) }
            { for props.gap.raise.iter().map(|r| work(&r.skill, format!("To raise: {}.", r.describe(props.voice)))) }
            if !props.gap.met.is_empty() {
                <Heading depth={2} class="govuk-heading-s">{ "Already at the level needed" }</Heading>
                <p class="govuk-body-s">{ props.gap.met.iter().filter_map(|s| fw.skill(s)).map(|s| s.name.as_str()).collect::<Vec<_>>().join(", ") }</p>
            }
        </section>
    }
}
