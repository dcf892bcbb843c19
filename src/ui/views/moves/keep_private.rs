//! "Keep my name and evidence in this browser too": off, they last only while the page is open;
//! the person is told who can read browser storage on an intranet site before choosing.

use crate::ui::context::use_prefix;
use crate::ui::ratings_store::RatingsHandle;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct KeepPrivateProps {
    pub ratings: RatingsHandle,
}

#[function_component(KeepPrivate)]
pub fn keep_private(props: &KeepPrivateProps) -> Html {
    let prefix = use_prefix();
    let keep_id = format!("{prefix}-keep-private");
    let on_keep = {
        let handle = props.ratings.clone();
        Callback::from(move |e: Event| {
            handle.keep_private(e.target_unchecked_into::<HtmlInputElement>().checked());
        })
    };
    html! {
        <div class="govuk-form-group">
            <div class="govuk-checkboxes govuk-checkboxes--small">
                <div class="govuk-checkboxes__item">
                    <input class="govuk-checkboxes__input" id={keep_id.clone()} type="checkbox" checked={props.ratings.keep_private}
                        onchange={on_keep} aria-describedby={format!("{keep_id}-hint")} data-rc="keep-private" />
                    <label class="govuk-label govuk-checkboxes__label" for={keep_id.clone()}>{ "Keep my name and evidence in this browser too" }</label>
                    <div class="govuk-hint govuk-checkboxes__hint" id={format!("{keep_id}-hint")}>
                        { "Otherwise they last only while this page is open. Browser storage on an intranet site can be read by every page of that site: keep them only on a device and site where that is acceptable." }
                    </div>
                </div>
            </div>
        </div>
    }
}
