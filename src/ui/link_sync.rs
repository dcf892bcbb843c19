//! Keeps a widget's state and the page's link in step: the state a widget starts in (its link,
//! or the host's options), the host changing options later (`update`, an attribute), Back and
//! Forward, and one history entry for each change the person makes.

use super::browser;
use super::state::WidgetState;
use crate::framework::Framework;
use crate::state::options::{host_columns, EmbedOptions};
use crate::state::selection::{load_link, read_known_link, Action};
use crate::state::url_state::{read_param, write_link, LinkState};
use crate::ui::framework_store::SharedFramework;
use gloo::events::EventListener;
use std::rc::Rc;
use yew::prelude::*;

/// Whether a widget keeps its state in the page's link: as the host (or the embedding code, see
/// `ui::embed`) said; yes where nobody said.
pub fn writes_url(options: &EmbedOptions) -> bool {
    options.write_url.unwrap_or(true)
}

/// The state a widget starts in: its link when it keeps one, with the host's columns and screen
/// where the link names none. With `options_first`, the host's columns and screen win over the
/// link's.
pub fn starting_state(fw: &Framework, options: &EmbedOptions, options_first: bool) -> Action {
    let query = if writes_url(options) {
        browser::query()
    } else {
        String::new()
    };
    let (mut state, problems) = read_known_link(fw, &query, &options.param, options.max_columns);
    if (state.columns.is_empty() || options_first) && !options.columns.is_empty() {
        let (known, unknown) = host_columns(fw, &options.columns);
        state.columns = known;
        let mut problems = problems;
        problems.extend(unknown);
        if let Some(screen) = options.view {
            state.explore.screen = screen;
        }
        return Action::Load { state, problems };
    }
    let link_view = read_param(&query, &format!("{}-view", options.param));
    if let (Some(screen), true) = (options.view, link_view.is_none() || options_first) {
        state.explore.screen = screen;
    }
    Action::Load { state, problems }
}

/// Follows the host's options, Back and Forward, and writes each change of `state` to the link
/// (when this widget keeps one).
#[hook]
pub fn use_link_sync(
    state: &UseReducerHandle<WidgetState>,
    fw: &SharedFramework,
    options: &Rc<EmbedOptions>,
    shown: &NodeRef,
) {
    let param = options.param.clone();
    let limit = options.max_columns;
    let write_url = writes_url(options);
    // The host changed options (`update`, or an attribute of <role-compare>): change what they
    // change, and keep the person's other choices.
    {
        let dispatcher = state.dispatcher();
        let current = state.0.link_state();
        let fw = fw.clone();
        let before = use_mut_ref(|| options.clone());
        use_effect_with(options.clone(), move |after| {
            let before = before.replace(after.clone());
            if before.max_columns != after.max_columns {
                dispatcher.dispatch(Action::SetLimit(after.max_columns));
            }
            if before.columns != after.columns && !after.columns.is_empty() {
                let (columns, problems) = host_columns(&fw, &after.columns);
                let state = LinkState { columns, ..current };
                dispatcher.dispatch(Action::Load { state, problems });
            }
            if let (Some(screen), true) = (after.view, before.view != after.view) {
                dispatcher.dispatch(Action::SetScreen(screen));
            }
        });
    }

    // Back and forward buttons: reload this widget's state from the URL.
    {
        let dispatcher = state.dispatcher();
        let (fw, param, shown) = (fw.clone(), param.clone(), shown.clone());
        // Listens again when the host changes the parameter or the most columns (`update`). Not
        // for a widget no longer in the page (`shown`, an element of it, is detached): a host that
        // mounts and destroys at once can have it render after its container was taken away, and
        // its listener would then never be removed.
        use_effect_with(
            (write_url, param.clone(), limit),
            move |(writes, param, limit)| {
                let (param, limit) = (param.clone(), *limit);
                let in_page = shown.get().is_some_and(|node| node.is_connected());
                let listener = (*writes && in_page)
                    .then(web_sys::window)
                    .flatten()
                    .map(|window| {
                        EventListener::new(&window, "popstate", move |_| {
                            browser::history_moved();
                            dispatcher.dispatch(load_link(&fw, &browser::query(), &param, limit));
                        })
                    });
                move || drop(listener)
            },
        );
    }

    // The URL follows the state; each change is one history entry. A link that only differs by
    // what could not be used (unknown ids) is left as it is until the user changes something.
    {
        let param = param.clone();
        let fw = fw.clone();
        // After the frame: the person sees the change first, the history entry follows.
        use_effect_with((state.0.link_state(), write_url), move |(link, writes)| {
            if *writes {
                let link = link.clone();
                // Back or Forward before the frame: that history is the person's, not ours to add to.
                let moves = browser::history_moves();
                browser::after_next_paint(move || {
                    if browser::history_moves() != moves {
                        return;
                    }
                    let query = browser::query();
                    let current = read_known_link(&fw, &query, &param, limit).0;
                    if current != link {
                        browser::push_query(&write_link(&query, &param, &link));
                    }
                });
            }
        });
    }
}
