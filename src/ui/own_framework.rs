//! An organisation's own framework (part of what loads on first use, reached through `later`): a
//! host's file in the page, one fetched from an address (once per page per address, decoded as
//! UTF-8 or Windows-1252), or a file the person chose, each read by the importer (JSON or role
//! content CSV) and checked by validation before use, every problem with its place.

use super::framework_store::{self, Loaded, SharedFramework};

/// A framework file (JSON or role content CSV) named `name`, checked; every problem is returned
/// with its place.
pub fn from_text(name: &str, text: &str) -> Loaded {
    crate::load::import::own_framework(name, text).map(SharedFramework::new)
}

/// Calls `done` with the framework at `url` (absolute), fetching it only the first time.
pub fn load(url: &str, done: impl FnOnce(Loaded) + 'static) {
    framework_store::load(url, from_text, done);
}
