//! How a skill level and a change look: a GOV.UK tag with the level's name and rank, a 4-step meter,
//! and the change in words with an icon. Colour is never the only cue.

use crate::compare::{Cell, Change};
use crate::framework::SkillLevel;
use yew::prelude::*;

fn tag_class(level: SkillLevel) -> &'static str {
    match level {
        SkillLevel::Awareness => "govuk-tag govuk-tag--grey",
        SkillLevel::Working => "govuk-tag",
        SkillLevel::Practitioner => "govuk-tag govuk-tag--teal",
        SkillLevel::Expert => "govuk-tag govuk-tag--purple",
    }
}

/// A cell's content: tag, meter and rank, or "Not required" / "Skill level not set".
pub fn cell(cell: Cell) -> Html {
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

/// The change from the previous column, in words with an icon; nothing where neither needs the skill.
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
