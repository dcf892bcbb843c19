//! The browser widget (wasm32 only): mounted by the embedding script (`web/role-compare.js`) into
//! `<role-compare>` elements, `[data-role-compare]` elements and `mount(element, options)` calls,
//! and rendering what the domain computed. No logic here that the domain could hold.

mod app;
pub mod browser;
mod context;
mod embed;
mod focus;
mod framework_loader;
mod framework_store;
mod later;
mod link_sync;
mod own_framework;
mod ratings_store;
mod state;
mod texts;
mod views;
mod widget;

pub use app::{App, AppProps};
pub use embed::{mount_widget, WidgetHandle};
pub use framework_store::provide_built_in_framework;

use crate::state::options::{self, FrameworkSource};
use std::rc::Rc;
use yew::AttrValue;

/// The attribute that marks a host element.
pub const HOST_ATTRIBUTE: &str = "data-role-compare";

/// Props from options given as (name, value) pairs (see [`crate::state::options`]): checked, with an
/// organisation's framework read from the element the `framework` option names.
pub fn props_from_options(
    pairs: &[(String, String)],
    instance: usize,
    document: Option<&web_sys::Document>,
) -> AppProps {
    let (options, mut problems) =
        options::parse(pairs.iter().map(|(n, v)| (n.as_str(), v.as_str())));
    let mut framework_json = None;
    let mut framework_url = None;
    match &options.framework {
        Some(FrameworkSource::Element(id)) => {
            framework_json = document
                .and_then(|d| d.get_element_by_id(id))
                .and_then(|e| e.text_content())
                .map(AttrValue::from);
            if framework_json.is_none() {
                problems.push(format!(
                    "The framework option names \"{id}\", but the page has no element with that id, so this comparison uses the built-in framework."
                ));
            }
        }
        Some(FrameworkSource::Url(url)) => {
            // Relative addresses are read from the page's own address.
            let base = document.and_then(|d| d.base_uri().ok().flatten());
            framework_url = web_sys::Url::new_with_base(url, base.as_deref().unwrap_or_default())
                .ok()
                .map(|u| AttrValue::from(u.href()));
        }
        None => {}
    }
    AppProps {
        instance,
        options: Rc::new(options),
        problems: problems.into_iter().map(AttrValue::from).collect(),
        framework_json,
        framework_url,
        options_first: false,
    }
}

/// Props from a host element's `data-` attributes (`data-param`, `data-columns`, `data-view`, …;
/// every option of [`crate::state::options`] with `data-` before it). Unknown `data-` attributes are
/// reported, not ignored.
pub fn props_from_host(host: &web_sys::Element, instance: usize) -> AppProps {
    let names = host.get_attribute_names();
    let pairs: Vec<(String, String)> = (0..names.length())
        .filter_map(|i| names.get(i).as_string())
        .filter_map(|name| {
            let option = name.strip_prefix("data-")?.to_string();
            (name != HOST_ATTRIBUTE && !option.starts_with("rc-")).then(|| {
                let value = host.get_attribute(&name).unwrap_or_default();
                (option, value)
            })
        })
        .collect();
    props_from_options(&pairs, instance, host.owner_document().as_ref())
}
