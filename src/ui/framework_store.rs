//! The embedded framework, parsed once per page and shared by every widget on it; or a host's own.

use crate::framework::{self, Framework};
use crate::validate::Problem;
use std::cell::OnceCell;
use std::rc::Rc;

/// A shared framework; equal when it is the same parse, so props compare cheaply.
#[derive(Clone, Debug)]
pub struct SharedFramework(pub Rc<Framework>);

impl PartialEq for SharedFramework {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for SharedFramework {
    type Target = Framework;
    fn deref(&self) -> &Framework {
        &self.0
    }
}

thread_local! {
    static EMBEDDED: OnceCell<Result<SharedFramework, Vec<Problem>>> = const { OnceCell::new() };
}

/// A framework supplied by the host page, checked; every problem is returned with its place.
pub fn from_json(json: &str) -> Result<SharedFramework, Vec<Problem>> {
    crate::validate::parse_framework(json).map(|fw| SharedFramework(Rc::new(fw)))
}

/// The embedded framework, or the problems that stop it loading.
pub fn embedded() -> Result<SharedFramework, Vec<Problem>> {
    EMBEDDED.with(|cell| {
        cell.get_or_init(|| framework::embedded().map(|fw| SharedFramework(Rc::new(fw))))
            .clone()
    })
}
