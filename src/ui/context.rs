//! Data the whole widget tree needs, through context instead of a prop on every component: the
//! framework shown, and the instance's element-id prefix (`rc0`, `rc1`…, unique per widget on a
//! page). The heading level travels the same way (`views::heading::HeadingLevel`).

use super::framework_store::SharedFramework;
use yew::prelude::*;

/// The element-id prefix of one widget instance (`rc0`), and its number on the page (0 for the
/// first widget).
#[derive(Clone, PartialEq, Debug)]
pub struct Prefix(pub AttrValue, pub usize);

/// The framework the widget shows. Every view is rendered inside the provider `app::App` sets up
/// once the framework has loaded, so it is always there.
#[hook]
pub fn use_framework() -> SharedFramework {
    use_context::<SharedFramework>().expect("views render inside the framework's provider")
}

/// A landmark's accessible name, unique on a page of several widgets: `base` for the first widget,
/// "`base` (widget 2)" for the second, and so on (two landmarks of one kind with one name cannot be
/// told apart by a screen reader's list of landmarks).
#[hook]
pub fn use_landmark_name(base: &str) -> String {
    match use_context::<Prefix>().map_or(0, |p| p.1) {
        0 => base.to_string(),
        n => format!("{base} (widget {})", n + 1),
    }
}

/// This widget's element-id prefix ("rc0").
#[hook]
pub fn use_prefix() -> String {
    use_context::<Prefix>().map_or_else(|| "rc".to_string(), |p| p.0.to_string())
}
