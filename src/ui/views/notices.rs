//! Messages: unknown ids in a link, a host attribute that could not be used, and data that could not load.

use crate::ui::views::heading::Heading;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WarningProps {
    pub text: AttrValue,
}

/// A GOV.UK warning text.
#[function_component(Warning)]
pub fn warning(props: &WarningProps) -> Html {
    html! {
        <div class="govuk-warning-text">
            <span class="govuk-warning-text__icon" aria-hidden="true">{ "!" }</span>
            <strong class="govuk-warning-text__text">
                <span class="govuk-visually-hidden">{ "Warning" }</span>
                { props.text.clone() }
            </strong>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct LinkProblemsProps {
    /// One sentence per problem: an unknown id (with its closest matches) or an unknown value.
    pub messages: Vec<String>,
    pub on_dismiss: Callback<()>,
}

/// Names everything in the link that could not be used; the rest of the link still loads.
#[function_component(LinkProblems)]
pub fn link_problems(props: &LinkProblemsProps) -> Html {
    let on_click = props.on_dismiss.reform(|_: MouseEvent| ());
    html! {
        <div class="govuk-error-summary" role="alert" data-rc="link-problems">
            <Heading depth={1} class="govuk-error-summary__title">{ "Part of this link could not be shown" }</Heading>
            <div class="govuk-error-summary__body">
                <ul class="govuk-list govuk-error-summary__list">
                    { for props.messages.iter().map(|m| html! { <li>{ m.clone() }</li> }) }
                </ul>
                <p class="govuk-body">{ "Everything else in the link is shown below." }</p>
                <button type="button" class="govuk-button govuk-button--secondary" onclick={on_click}>
                    { "Dismiss this message" }
                </button>
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct DataProblemsProps {
    pub problems: Vec<AttrValue>,
    /// True when the data came from the host page (data-framework), not the built-in file.
    pub own_file: bool,
}

const SHOWN_PROBLEMS: usize = 20;

/// Shown instead of the widget when the framework data cannot be read: every problem with its place.
#[function_component(DataProblems)]
pub fn data_problems(props: &DataProblemsProps) -> Html {
    let count = props.problems.len();
    html! {
        <div class="govuk-error-summary" role="alert" data-rc="data-problems">
            <Heading depth={0} class="govuk-error-summary__title">
                { if props.own_file { "This page's framework file could not be used" } else { "The framework data could not be loaded" } }
            </Heading>
            <div class="govuk-error-summary__body">
                <p class="govuk-body">
                    { format!("{} found. Each says where it is in the file:", crate::framework::wording::count(count, "problem", "problems")) }
                </p>
                <ul class="govuk-list govuk-error-summary__list">
                    { for props.problems.iter().take(SHOWN_PROBLEMS).map(|p| html! { <li>{ p.clone() }</li> }) }
                </ul>
                if !props.own_file {
                    <p class="govuk-body">{ "Reload the page to try again. If it happens again, tell the team that runs this page." }</p>
                }
                if count > SHOWN_PROBLEMS {
                    <p class="govuk-body">{ format!("…and {} more. The command role-compare validate FILE lists them all.", count - SHOWN_PROBLEMS) }</p>
                }
            </div>
        </div>
    }
}
