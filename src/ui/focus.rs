//! Focus after an action that takes away the control that was used (a search result, a starting
//! comparison, "Add" under related roles, "Clear all", the last column's "Remove"): it lands on the
//! list of chosen levels, or on the search box when nothing is chosen, never on the page's `<body>`.

use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Where focus should go once the action's change is painted.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum After {
    /// Back to the search box (a result was added: the person may add another).
    SearchBox,
    /// The chosen levels' heading, or the search box when none are left.
    ChosenLevels,
}

/// A request for focus after the next render, shared by the callbacks that dispatch actions.
#[derive(Clone, Default)]
pub struct FocusAfter(Rc<RefCell<Option<After>>>);

impl FocusAfter {
    pub fn request(&self, after: After) {
        *self.0.borrow_mut() = Some(after);
    }
}

/// Focuses `node` once the next frame is painted: the element that replaces a control the person
/// used and that went with it (a sentence saying what happened).
pub fn focus_after_paint(node: &NodeRef) {
    let node = node.clone();
    crate::ui::browser::after_next_paint(move || {
        if let Some(el) = node.cast::<web_sys::HtmlElement>() {
            // Focus is a courtesy: if the browser refuses it, nothing else changes.
            let _ = el.focus();
        }
    });
}

/// Focuses `status` once the next frame is painted (it stays while what it waits for comes); with
/// `follow`, once it is gone (what it waited for came in its place), focuses its parent, which
/// shows what came, never the page's <body>. Looks once a frame while it waits.
pub fn focus_now_and_follow(status: web_sys::Element, follow: bool) {
    let parent = status
        .parent_element()
        .and_then(|wait| wait.parent_element());
    crate::ui::browser::after_next_paint(move || {
        if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(status.clone()) {
            let _ = el.focus();
        }
        if let (true, Some(parent)) = (follow, parent) {
            // Followed for as long as a wait can last, and a little more.
            let until =
                js_sys::Date::now() + f64::from(crate::state::waits::WAIT_SECONDS + 10) * 1000.0;
            follow_to(status, parent, until);
        }
    });
}

/// Once `status` has left the page (before `until`, a time in ms), focuses `parent` (made
/// focusable by script), if it is still there and focus went nowhere else.
fn follow_to(status: web_sys::Element, parent: web_sys::Element, until: f64) {
    crate::ui::browser::after_next_paint(move || {
        if status.is_connected() {
            if js_sys::Date::now() < until {
                follow_to(status, parent, until);
            }
            return;
        }
        let lost = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.active_element())
            .is_none_or(|active| active.tag_name() == "BODY" || !active.is_connected());
        if parent.is_connected() && lost {
            let _ = parent.set_attribute("tabindex", "-1");
            if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(parent) {
                let _ = el.focus();
            }
        }
    });
}

/// Focuses the element with `id` inside `within` (a widget's own block, which may sit in a shadow
/// root, where the document cannot see it by id).
pub fn focus_by_id(within: &web_sys::Element, id: &str) {
    let element = within
        .query_selector(&format!("[id=\"{id}\"]"))
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        // Focus is a courtesy: if the browser refuses it, nothing else changes.
        let _ = element.focus();
    }
}

/// After every render, carries out a pending request: `anchor` is an element at the top of the
/// widget, `prefix` its element-id prefix, `has_columns` whether any level is chosen now.
#[hook]
pub fn use_focus_after(anchor: NodeRef, prefix: String, has_columns: bool) -> FocusAfter {
    let pending = use_memo((), |_| FocusAfter::default());
    {
        let pending = (*pending).clone();
        use_effect(move || {
            let request = pending.0.borrow_mut().take();
            if let Some(after) = request {
                let target = match after {
                    After::ChosenLevels if has_columns => format!("{prefix}-columns-heading"),
                    _ => format!("{prefix}-search"),
                };
                // The widget's block: the anchor's parent.
                if let Some(block) = anchor
                    .cast::<web_sys::Element>()
                    .and_then(|e| e.parent_element())
                {
                    focus_by_id(&block, &target);
                }
            }
        });
    }
    (*pending).clone()
}
