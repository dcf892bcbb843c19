//! The credit the framework's licence asks for, shown under every widget: the loaded framework's
//! own title, attribution and licence (the official one's is the Open Government Licence v3.0).

use crate::framework::Source;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FooterProps {
    /// The framework in use; none when no framework could be shown.
    pub source: Option<Source>,
}

#[function_component(Footer)]
pub fn footer(props: &FooterProps) -> Html {
    let Some(source) = &props.source else {
        return html! {};
    };
    html! {
        <footer class="rc-widget__footer" data-rc="credit">
            <p class="govuk-body-s">
                { format!("Source: {}. {}", source.title, source.attribution) }
                // Validation allows only http and https addresses here, or none.
                if !source.licence_url.is_empty() {
                    { " " }
                    <a class="govuk-link" href={source.licence_url.clone()} rel="license">{ "Read the licence" }</a>
                    { "." }
                }
            </p>
        </footer>
    }
}
