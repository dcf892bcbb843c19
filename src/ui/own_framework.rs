//! An organisation's own framework fetched from an address (part of what loads on first use,
//! reached through `later`): once per page per address, decoded as UTF-8 or Windows-1252, read by
//! the importer (JSON or role content CSV) and checked by validation before use, every problem
//! with its place. (A host's file in the page, or one the person chose, is read by the same
//! `later::own_framework`.)

use super::framework_store::{self, Loaded};

/// Calls `done` with the framework at `url` (absolute), fetching it only the first time.
pub fn load(url: &str, done: impl FnOnce(Loaded) + 'static) {
    framework_store::load(
        url,
        |name, text| Box::pin(super::later::own_framework(name, text)),
        done,
    );
}
