//! Messages: unknown ids in a link, a host attribute that could not be used, and data that could not load.

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
            <h2 class="govuk-error-summary__title">{ "Part of this link could not be shown" }</h2>
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
}

/// Shown instead of the widget when the framework data cannot be read.
#[function_component(DataProblems)]
pub fn data_problems(props: &DataProblemsProps) -> Html {
    html! {
        <div class="govuk-error-summary" role="alert">
            <h2 class="govuk-error-summary__title">{ "The framework data could not be loaded" }</h2>
            <div class="govuk-error-summary__body">
                <ul class="govuk-list govuk-error-summary__list">
                    { for props.problems.iter().take(20).map(|p| html! { <li>{ p.clone() }</li> }) }
                </ul>
            </div>
        </div>
    }
}
