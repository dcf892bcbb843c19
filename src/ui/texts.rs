//! The framework's texts while they are on their way. The built-in framework paints from its core
//! file; its descriptions and "You can:" statements come in a file of their own, fetched when the
//! browser is idle after the first paint, or at once when a view needs them (a cell's statements,
//! a header's "About", the skill view, a development plan). Views that need them ask through this
//! context, say they are loading (a status a screen reader hears), and say why where they would be
//! when they cannot be had (every wait ends: `state::waits`), with a "Try again" that fetches them
//! anew; the comparison itself stays.

use yew::prelude::*;

/// Where the texts are, for the views that need them.
#[derive(Clone, PartialEq, Default)]
pub struct Texts {
    /// Why the texts could not be had, in a sentence; none while they are on their way.
    pub failed: Option<AttrValue>,
    /// Asks for the texts now (once is enough: they are fetched once per page).
    pub want: Callback<()>,
    /// Fetches them anew after they could not be had.
    pub retry: Callback<()>,
}

/// The texts' state and the way to ask for them (outside a provider: nothing to ask for).
#[hook]
pub fn use_texts() -> Texts {
    use_context::<Texts>().unwrap_or_default()
}

/// Asks for the texts once this view has painted, when the framework shown lacks them.
#[hook]
pub fn use_want_texts(pending: bool) {
    let texts = use_texts();
    use_effect_with(pending, move |pending| {
        if *pending {
            texts.want.emit(());
        }
    });
}

/// What a view shows where texts are still to come: "Loading the statements…", heard by screen
/// readers, or why they could not be loaded, with "Try again" (after which focus stays on what
/// shows them in its place).
pub fn waiting(texts: &Texts, what: &'static str) -> Html {
    wait_notice(what, texts.failed.as_ref(), &texts.retry, true)
}

/// "Loading the …" (a status), or why it could not be had with a "Try again": every wait the
/// widget shows (a part, the texts) looks and behaves the same. The status is one element in both
/// states, so after "Try again" focus stays on it while the thing comes (never on the page's
/// <body>); for the texts (`follow`), once they come, on the element that shows them in its place.
/// A plain function, not a component: it costs the first paint less.
pub fn wait_notice(
    what: &'static str,
    why: Option<&AttrValue>,
    on_retry: &Callback<()>,
    follow: bool,
) -> Html {
    let (kind, text) = match why {
        Some(why) => ("failed", crate::state::waits::could_not_load(what, why)),
        None => ("loading", format!("Loading the {what}…")),
    };
    let of = if follow { "texts" } else { "part" };
    let retry = why.map(|_| {
        let on_retry = on_retry.clone();
        Callback::from(move |e: MouseEvent| {
            // The status just before the button stays (the same element while it loads).
            let status = e
                .target_dyn_into::<web_sys::Element>()
                .and_then(|button| button.previous_element_sibling());
            on_retry.emit(());
            if let Some(status) = status {
                super::focus::focus_now_and_follow(status, follow);
            }
        })
    });
    html! {
        <div class={classes!("rc-wait", why.map(|_| "rc-wait--failed"))} data-rc={format!("{of}-{kind}")}>
            <p class="govuk-body-s" role="status" tabindex="-1">{ text }</p>
            if let Some(onclick) = retry {
                <button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-2" {onclick}
                    data-rc={format!("{of}-retry")}>
                    { "Try again" }
                </button>
            }
        </div>
    }
}
