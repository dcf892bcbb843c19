//! The team's controls: a role level for one person or for everyone whose file names none, and
//! the order of skills and of people (those two are in the link).

use crate::engine::team::PeopleOrder;
use crate::state::selection::Action;
use crate::state::team_view::TeamAction;
use crate::ui::context::{use_framework, use_prefix};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TeamControlsProps {
    /// The people's names, by position.
    pub names: Vec<String>,
    /// Someone's file names no level.
    pub unleveled: bool,
    /// Whose level the level control sets (none: everyone whose file names none).
    pub whose: Option<usize>,
    /// What the level control shows.
    pub level: Option<String>,
    pub by_gaps: bool,
    pub people: PeopleOrder,
    pub dispatch: Callback<TeamAction>,
    pub on_action: Callback<Action>,
}

/// A select's value, read from its change event.
fn value(e: Event) -> String {
    e.target_unchecked_into::<HtmlSelectElement>().value()
}

#[function_component(TeamControls)]
pub fn team_controls(props: &TeamControlsProps) -> Html {
    let fw = use_framework();
    let prefix = use_prefix();
    let on_whose = props
        .dispatch
        .reform(|e: Event| TeamAction::SetWhose(value(e).parse().ok()));
    let on_level = props.dispatch.reform(|e: Event| {
        let value = value(e);
        TeamAction::SetLevel((!value.is_empty()).then_some(value))
    });
    let on_order = props
        .on_action
        .reform(|e: Event| Action::SetTeamOrder(value(e) == "gaps"));
    let on_people = props.on_action.reform(|e: Event| {
        Action::SetPeopleOrder(PeopleOrder::from_key(&value(e)).unwrap_or_default())
    });
    let id = |what: &str| format!("{prefix}-team-{what}");
    let item = |what: &str, label: &'static str, onchange: Callback<Event>, options: Html| {
        html! {
            <div class="govuk-form-group rc-controls__item">
                <label class="govuk-label govuk-label--s" for={id(what)}>{ label }</label>
                <select class="govuk-select" id={id(what)} {onchange}>{ options }</select>
            </div>
        }
    };
    let option = |value: String, selected: bool, label: String| {
        html! { <option {value} {selected}>{ label }</option> }
    };
    html! {
        <div class="rc-controls">
            { item("whose", "Choose a role level for", on_whose, html! {
                <>
                    { option(String::new(), props.whose.is_none(), (if props.unleveled { "People whose file names none" } else { "Nobody yet" }).into()) }
                    { for props.names.iter().enumerate().map(|(p, name)| option(p.to_string(), props.whose == Some(p), name.clone())) }
                </>
            }) }
            { item("level", "Role level", on_level, html! {
                <>
                    { option(String::new(), props.level.is_none(), (if props.whose.is_some() { "As their file says" } else { "None" }).into()) }
                    { for fw.levels.iter().map(|l| option(l.id.clone(), props.level.as_deref() == Some(l.id.as_str()), fw.level_name(l).to_string())) }
                </>
            }) }
            { item("order", "Order skills", on_order, html! {
                <>
                    { option("skill".into(), !props.by_gaps, "By name".into()) }
                    { option("gaps".into(), props.by_gaps, "Fewest meeting their need first".into()) }
                </>
            }) }
            { item("people", "Order people", on_people, html! {
                <>
                    { option("loaded".into(), props.people == PeopleOrder::Loaded, "As loaded".into()) }
                    { option("name".into(), props.people == PeopleOrder::Name, "By name".into()) }
                    { option("gaps".into(), props.people == PeopleOrder::Gaps, "Furthest from their level first".into()) }
                </>
            }) }
        </div>
    }
}
