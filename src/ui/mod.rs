//! The browser widget (wasm32 only): mounts into every `[data-role-compare]` element of the page
//! and renders what the domain computed. No logic here that the domain could hold.

mod app;
mod browser;
mod framework_store;
mod ratings_store;
mod state;
mod views;

pub use app::{App, AppProps};

use crate::url_state::{is_valid_param, DEFAULT_PARAM};
use wasm_bindgen::JsCast;
use yew::AttrValue;

/// The attribute that marks a host element.
pub const HOST_ATTRIBUTE: &str = "data-role-compare";

/// Mounts one widget into each host element; returns how many were mounted.
pub fn mount_all() -> usize {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return 0;
    };
    let Ok(hosts) = document.query_selector_all(&format!("[{HOST_ATTRIBUTE}]")) else {
        return 0;
    };
    let mut mounted = 0;
    for i in 0..hosts.length() {
        let Some(host) = hosts
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        yew::Renderer::<App>::with_root_and_props(host.clone(), props_from_host(&host, mounted))
            .render();
        mounted += 1;
    }
    if mounted == 0 {
        web_sys::console::warn_1(
            &format!("role-compare: no element with the {HOST_ATTRIBUTE} attribute to mount into")
                .into(),
        );
    }
    mounted
}

/// Reads a host element's attributes into props; a nonsensical attribute becomes a message, not a failure.
///
/// - `data-param`: the link parameter for this widget (default `rc`).
/// - `data-framework`: the id of an element in the page, typically
///   `<script type="application/json" id="…">`, holding an organisation's own framework file
///   (same shape as `data/framework.json`). It is checked like `role-compare validate`.
pub fn props_from_host(host: &web_sys::Element, instance: usize) -> AppProps {
    let requested = host.get_attribute("data-param");
    let (param, attribute_problem) = match requested {
        Some(name) if !is_valid_param(name.trim()) => (
            DEFAULT_PARAM.to_string(),
            Some(format!(
                "The data-param attribute \"{name}\" cannot be used as a link parameter (use 1 to 32 letters, digits, hyphens or underscores), so this comparison uses \"{DEFAULT_PARAM}\"."
            )),
        ),
        Some(name) => (name.trim().to_string(), None),
        None => (DEFAULT_PARAM.to_string(), None),
    };
    let mut problems: Vec<String> = attribute_problem.into_iter().collect();
    let framework_json = host.get_attribute("data-framework").and_then(|id| {
        let id = id.trim().trim_start_matches('#').to_string();
        let found = host.owner_document().and_then(|d| d.get_element_by_id(&id)).and_then(|e| e.text_content());
        if found.is_none() {
            problems.push(format!(
                "The data-framework attribute names \"{id}\", but the page has no element with that id, so this comparison uses the built-in framework."
            ));
        }
        found.map(AttrValue::from)
    });
    AppProps {
        param: param.into(),
        instance,
        attribute_problem: (!problems.is_empty()).then(|| problems.join(" ").into()),
        framework_json,
    }
}
