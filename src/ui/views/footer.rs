//! The licence credit the Open Government Licence asks for, shown under every widget.

use yew::prelude::*;

#[function_component(Footer)]
pub fn footer() -> Html {
    html! {
        <footer class="rc-widget__footer">
            <p class="govuk-body-s">
                { "Source: Government Digital and Data Profession Capability Framework. Contains public sector information licensed under the " }
                <a class="govuk-link" href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/" rel="license">
                    { "Open Government Licence v3.0" }
                </a>
                { "." }
            </p>
        </footer>
    }
}
