//! The framework's texts while they are on their way. The built-in framework paints from its core
//! file; its descriptions and "You can:" statements come in a file of their own, fetched when the
//! browser is idle after the first paint, or at once when a view needs them (a cell's statements,
//! a header's "About", the skill view, a development plan). Views that need them ask through this
//! context, say they are loading (a status a screen reader hears), and say so where they would be
//! when they cannot be had: the comparison itself stays.

use yew::prelude::*;

/// Where the texts are, for the views that need them.
#[derive(Clone, PartialEq, Default)]
pub struct Texts {
    /// Why the texts could not be had, in a sentence; none while they are on their way.
    pub failed: Option<AttrValue>,
    /// Asks for the texts now (once is enough: they are fetched once per page).
    pub want: Callback<()>,
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
/// readers, or why they could not be loaded.
pub fn waiting(texts: &Texts, what: &'static str) -> Html {
    match &texts.failed {
        Some(reason) => html! {
            <p class="govuk-body-s rc-texts rc-texts--failed" role="status" data-rc="texts-failed">
                { format!("The {what} could not be loaded: {reason} Reload the page to try again.") }
            </p>
        },
        None => html! {
            <p class="govuk-body-s rc-texts" role="status" data-rc="texts-loading">
                { format!("Loading the {what}…") }
            </p>
        },
    }
}
