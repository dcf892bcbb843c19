//! What a person typed or loaded, held by the widget above its screens for as long as the page is
//! open: their name and evidence (kept in memory unless they choose to keep them in the browser),
//! what they are still typing, and a line manager's team. A screen that unmounts (the person
//! looks at another screen, or opens another move) leaves it here, so coming back loses nothing.
//! Plain data: the widget's core only makes one and hands it to the screens.

use super::ratings::Private;
use super::team_view::TeamState;
use std::any::Any;
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

/// What one widget holds for the person while the page is open.
#[derive(Debug, Default)]
pub struct PageMemory {
    /// Name and evidence by the ratings' storage key (a framework of its own has its own), once
    /// read from what the browser keeps.
    pub private: BTreeMap<String, Private>,
    /// Text being typed and not yet saved, by field (a skill id for evidence, [`NAME_DRAFT`] for
    /// the name): shown again as it was, and saved when the box is left.
    pub drafts: BTreeMap<String, String>,
    /// The team view's state, once the team screen has been opened.
    pub team: Option<TeamState>,
}

/// The drafts' key for the person's name (never a skill id: ids have no spaces).
pub const NAME_DRAFT: &str = " name";

/// One widget's [`PageMemory`], shared by its screens; equal only to itself. The widget's core
/// only makes an empty one and hands it over: the memory itself is made by the first screen that
/// uses it (so its code is in the parts that load on first use, not in the first paint).
#[derive(Clone, Default)]
pub struct SharedPageMemory(Rc<RefCell<Option<Box<dyn Any>>>>);

impl SharedPageMemory {
    /// Runs `f` on the memory (made empty the first time). `f` must not reach the memory again.
    pub fn with<R>(&self, f: impl FnOnce(&mut PageMemory) -> R) -> R {
        let mut slot = self.0.borrow_mut();
        let held = slot.get_or_insert_with(|| Box::new(PageMemory::default()));
        match held.downcast_mut::<PageMemory>() {
            Some(memory) => f(memory),
            // Only a PageMemory is ever put here; were anything else, it would be replaced.
            None => {
                *held = Box::new(PageMemory::default());
                f(held.downcast_mut().expect("a PageMemory was just put here"))
            }
        }
    }
}

impl std::fmt::Debug for SharedPageMemory {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SharedPageMemory")
    }
}

impl PartialEq for SharedPageMemory {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_handles_of_one_memory_see_each_others_words() {
        let memory = SharedPageMemory::default();
        let screen = memory.clone();
        screen.with(|m| m.drafts.insert(NAME_DRAFT.into(), "Zoë".into()));
        // The screen is gone; the memory it wrote to is not.
        drop(screen);
        assert_eq!(memory.with(|m| m.drafts[NAME_DRAFT].clone()), "Zoë");
        assert!(memory == memory.clone());
        assert!(memory != SharedPageMemory::default());
    }
}
