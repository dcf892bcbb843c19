//! A career move's gap: skills to learn (at which level), skills to raise (from → to), skills
//! already met, skills no longer needed, and the steps in all, as the engine words them. Used by
//! the comparison (any two of its columns) and by the career-move screen.

use super::take_away::Downloads;
use crate::engine::moves::{gap, Gap, Voice};
use crate::output::export;
use crate::state::explore::Explore;
use crate::state::selection::Action;
use crate::ui::context::{use_framework, use_prefix};
use crate::ui::texts::{use_texts, use_want_texts, waiting};
use crate::ui::views::heading::Heading;
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct GapListsProps {
    pub gap: Rc<Gap>,
    pub voice: Voice,
}

/// The summary sentence and the four lists.
#[function_component(GapLists)]
pub fn gap_lists(props: &GapListsProps) -> Html {
    let fw = &use_framework();
    // Similar skills held ("you have a similar skill: …") come with the texts.
    let texts = use_texts();
    use_want_texts(fw.texts_pending());
    if fw.texts_pending() {
        return waiting(&texts, "similar skills");
    }
    let gap = &props.gap;
    let name = |id: &str| fw.skill_name_of(id);
    let list = |title: String, kind: &'static str, items: Vec<Html>| {
        if items.is_empty() {
            return html! {};
        }
        html! {
            <>
                <Heading depth={2} class="govuk-heading-s">{ title }</Heading>
                <ul class="govuk-list govuk-list--bullet" data-gap={kind}>{ for items }</ul>
            </>
        }
    };
    let learn = gap
        .learn
        .iter()
        .map(|l| html! { <li><strong>{ name(&l.skill) }</strong>{ format!(": {}", l.describe(fw, props.voice)) }</li> })
        .collect();
    let raise = gap
        .raise
        .iter()
        .map(|r| html! { <li><strong>{ name(&r.skill) }</strong>{ format!(": {}", r.describe(props.voice)) }</li> })
        .collect();
    let plain = |ids: &[String]| ids.iter().map(|s| html! { <li>{ name(s) }</li> }).collect();
    html! {
        <>
            <p class="govuk-body" data-rc="gap-summary">{ gap.summary() }</p>
            { list(format!("Skills to learn ({})", gap.learn.len()), "learn", learn) }
            { list(format!("Skills to raise ({})", gap.raise.len()), "raise", raise) }
            { list(format!("Already at the level needed ({})", gap.met.len()), "met", plain(&gap.met)) }
            { list(format!("No longer needed ({})", gap.no_longer_needed.len()), "dropped", plain(&gap.no_longer_needed)) }
        </>
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct ComparisonGapProps {
    pub columns: Rc<Vec<String>>,
    pub explore: Explore,
    pub on_action: Callback<Action>,
}

/// The move between any two columns the person chooses (first to last until they choose).
#[function_component(ComparisonGap)]
pub fn comparison_gap(props: &ComparisonGapProps) -> Html {
    let fw = &use_framework();
    let id_prefix = use_prefix();
    let fw = fw.clone();
    let pair = props.explore.gap_pair(&props.columns);
    let computed = use_memo((fw.clone(), pair.clone()), |(fw, pair)| {
        let (from, to) = pair.as_ref()?;
        let (from, to) = (fw.level(from)?, fw.level(to)?);
        Some(Rc::new(gap(fw, from, to)))
    });
    let (Some((from, to)), Some(gap)) = (pair, (*computed).clone()) else {
        return html! {};
    };
    let name = |id: &str| fw.level_name_of(id);
    // Choosing the other side's level swaps the two, so the pair never names one level twice.
    let select = |label: &str, key: &str, chosen: &str, other: String, from_side: bool| {
        let id = format!("{}-gap-{key}", id_prefix);
        let previous = chosen.to_string();
        let onchange = props.on_action.reform(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            let other = if value == other {
                previous.clone()
            } else {
                other.clone()
            };
            if from_side {
                Action::SetGapPair(value, other)
            } else {
                Action::SetGapPair(other, value)
            }
        });
        html! {
            <div class="govuk-form-group rc-controls__item">
                <label class="govuk-label govuk-label--s" for={id.clone()}>{ label.to_string() }</label>
                <select class="govuk-select" {id} {onchange}>
                    { for props.columns.iter().map(|c| html! {
                        <option value={c.clone()} selected={c == chosen}>{ name(c) }</option>
                    }) }
                </select>
            </div>
        }
    };
    html! {
        <section class="rc-gap" data-rc="gap">
            <Heading depth={1} class="govuk-heading-m">{ format!("Moving from {} to {}", name(&from), name(&to)) }</Heading>
            if props.columns.len() >= 2 {
                <div class="rc-controls">
                    { select("Move from", "from", &from, to.clone(), true) }
                    { select("Move to", "to", &to, from.clone(), false) }
                </div>
            }
            <GapLists gap={gap.clone()} voice={Voice::Level} />
            <Downloads make={{
                let (fw, from, to, gap) = (fw.clone(), from.clone(), to.clone(), gap.clone());
                Callback::from(move |_| export::gap(&fw, &fw.level_name_of(&from), &fw.level_name_of(&to), &gap, Voice::Level))
            }} what="this move" />
        </section>
    }
}
