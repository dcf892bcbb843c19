//! Data the whole widget tree needs, through context instead of a prop on every component: the
//! framework shown, and the instance's element-id prefix (`rc0`, `rc1`…, unique per widget on a
//! page). The heading level travels the same way (`views::heading::HeadingLevel`).

use super::framework_store::SharedFramework;
use yew::prelude::*;

/// The element-id prefix of one widget instance.
#[derive(Clone, PartialEq, Debug)]
pub struct Prefix(pub AttrValue);

/// The framework the widget shows. Every view is rendered inside the provider `app::App` sets up
/// once the framework has loaded, so it is always there.
#[hook]
pub fn use_framework() -> SharedFramework {
    use_context::<SharedFramework>().expect("views render inside the framework's provider")
}

/// This widget's element-id prefix ("rc0").
#[hook]
pub fn use_prefix() -> String {
    use_context::<Prefix>().map_or_else(|| "rc".to_string(), |p| p.0.to_string())
}
