//! The career move from the first column to the last: skills to learn (at which level), skills to
//! raise (from → to), skills already met, skills no longer needed, and the steps in all.

use crate::moves::{gap, Voice};
use crate::ui::framework_store::SharedFramework;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct GapProps {
    pub fw: SharedFramework,
    pub from: String,
    pub to: String,
}

#[function_component(Gap)]
pub fn gap_view(props: &GapProps) -> Html {
    let fw = &props.fw;
    let (Some(from), Some(to)) = (fw.level(&props.from), fw.level(&props.to)) else {
        return html! {};
    };
    let gap = gap(fw, from, to);
    let name = |id: &str| {
        fw.skill(id)
            .map_or_else(|| id.to_string(), |s| s.name.clone())
    };
    let (from_name, to_name) = (
        fw.level_name(from).to_string(),
        fw.level_name(to).to_string(),
    );
    let steps = gap.total_steps();
    let list = |title: String, items: Vec<Html>| {
        if items.is_empty() {
            return html! {};
        }
        html! {
            <>
                <h4 class="govuk-heading-s">{ title }</h4>
                <ul class="govuk-list govuk-list--bullet">{ for items }</ul>
            </>
        }
    };
    let learn: Vec<Html> = gap
        .learn
        .iter()
        .map(|l| html! { <li><strong>{ name(&l.skill) }</strong>{ format!(", {}", l.describe(fw, Voice::Level)) }</li> })
        .collect();
    let raise: Vec<Html> = gap
        .raise
        .iter()
        .map(|r| html! { <li><strong>{ name(&r.skill) }</strong>{ format!(": {}", r.describe(Voice::Level)) }</li> })
        .collect();
    let met: Vec<Html> = gap
        .met
        .iter()
        .map(|s| html! { <li>{ name(s) }</li> })
        .collect();
    let dropped: Vec<Html> = gap
        .no_longer_needed
        .iter()
        .map(|s| html! { <li>{ name(s) }</li> })
        .collect();
    html! {
        <section class="rc-gap" data-rc="gap">
            <h3 class="govuk-heading-m">{ format!("Moving from {from_name} to {to_name}") }</h3>
            <p class="govuk-body">
                { format!(
                    "{} to learn, {} to raise: {steps} skill level step{} in all. Reorder the columns to look at another move.",
                    count(gap.learn.len()), count(gap.raise.len()), if steps == 1 { "" } else { "s" }
                ) }
            </p>
            { list(format!("Skills to learn ({})", gap.learn.len()), learn) }
            { list(format!("Skills to raise ({})", gap.raise.len()), raise) }
            { list(format!("Already at the level needed ({})", gap.met.len()), met) }
            { list(format!("No longer needed ({})", gap.no_longer_needed.len()), dropped) }
        </section>
    }
}

fn count(n: usize) -> String {
    if n == 1 {
        "1 skill".into()
    } else {
        format!("{n} skills")
    }
}
