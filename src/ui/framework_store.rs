//! The framework shared by every view: the embedded one, parsed once per page and shared by every
//! widget. (A host's own framework, or a file the person chose, is read and checked by
//! `own_framework`, which belongs to the parts that load on first use: see `later`.)

use crate::framework::Framework;
use crate::framework::Problem;
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

/// The embedded framework, or the problems that stop it loading.
pub fn embedded() -> Result<SharedFramework, Vec<Problem>> {
    EMBEDDED.with(|cell| {
        cell.get_or_init(|| {
            crate::load::embedded::framework().map(|fw| SharedFramework(Rc::new(fw)))
        })
        .clone()
    })
}
