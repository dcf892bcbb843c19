//! A person's ratings in this browser, kept so that nothing they saved is lost: every change is
//! applied to a fresh read of what is stored (never a stale whole set written over it), other tabs
//! follow through the `storage` event and other widgets on the same page through an in-page event
//! (the `storage` event never reaches the document that wrote), a stored copy that cannot be read is
//! moved aside before anything is written, and "Forget" can be undone. They never go into a link or
//! leave the device. The person's name and evidence are kept in memory only (stored without them),
//! unless the person chooses to keep them in this browser too; that memory is the widget's
//! ([`SharedPageMemory`], above the screens), so looking at another screen never loses them.

use crate::state::page_memory::SharedPageMemory;
use crate::state::ratings::{
    legacy_storage_key, storage_key, unreadable_key, Change, Private, Ratings,
};
use crate::ui::browser;
use crate::ui::framework_store::SharedFramework;
use gloo::events::EventListener;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use yew::prelude::*;

/// The in-page event a widget sends after it stores ratings, so the page's other widgets follow.
const CHANGED_EVENT: &str = "role-compare-ratings";

/// Whether the ratings shown are kept in this browser.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kept {
    /// Stored on this device.
    Saved,
    /// The browser refused (storage off or full): they last until the page is left.
    NotSaved,
}

/// The ratings, what to tell the person about them, and ratings just forgotten (for "Undo").
#[derive(Clone, PartialEq)]
pub struct RatingsHandle {
    pub ratings: Rc<Ratings>,
    pub messages: Rc<Vec<String>>,
    pub kept: Kept,
    /// The ratings "Forget" removed, until the next change.
    pub forgotten: Option<Rc<Ratings>>,
    /// The person chose to keep their name and evidence in this browser too.
    pub keep_private: bool,
    /// The name and evidence held in memory (all of them, kept in the browser or not), in the
    /// widget's memory above the screens, under `key`.
    memory: SharedPageMemory,
    set_keep: UseStateHandle<bool>,
    fw: SharedFramework,
    /// Where this framework's ratings are kept in the browser.
    key: Rc<String>,
    /// The browser would not store the last change: until it does, changes apply to the copy in
    /// memory (a fresh read would not have them) and other tabs' events are not followed.
    failing: Rc<Cell<bool>>,
    set: UseStateHandle<Rc<Ratings>>,
    say: UseStateHandle<Rc<Vec<String>>>,
    set_forgotten: UseStateHandle<Option<Rc<Ratings>>>,
}

/// What is stored for `fw` under `key` now (version 2, else what version 1 kept), or the problems of
/// a stored copy that cannot be read, with its text.
fn read_stored(fw: &SharedFramework, key: &str) -> Result<Ratings, (String, String)> {
    if let Some(text) = browser::stored(key) {
        return Ratings::from_json(fw, &text).map_err(|problems| {
            let said = problems
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("; ");
            (said, text)
        });
    }
    Ok(browser::stored(&legacy_storage_key(fw))
        .and_then(|text| Ratings::from_json(fw, &text).ok())
        .unwrap_or_default())
}

/// Where the choice to keep name and evidence in the browser is kept (a yes, nothing personal).
fn keep_private_key(key: &str) -> String {
    format!("{key}:keep-private")
}

/// Whether the person chose (in any tab) to keep name and evidence in the browser: read afresh,
/// as the ratings are, so one tab's choice holds for every tab's next change.
fn keeps_private(key: &str) -> bool {
    browser::stored(&keep_private_key(key)).is_some()
}

/// Today's date where the person is, `2026-11-30`, for the file's `saved` field.
pub(crate) fn today() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}

/// Keeps an unreadable stored copy under a key of its own (`…:unreadable`, `…:unreadable:2`…),
/// never over an earlier one; the key, or `None` when the browser would not store it.
fn keep_unreadable(key: &str, text: &str) -> Option<String> {
    let base = unreadable_key(key);
    let free = (1..100)
        .map(|n| {
            if n == 1 {
                base.clone()
            } else {
                format!("{base}:{n}")
            }
        })
        .find(|k| browser::stored(k).is_none())?;
    browser::store(&free, Some(text)).then_some(free)
}

/// The date and time where the person is, `2026-11-30 14:05`, for a saved assessment (two saves
/// on one day are told apart).
pub(crate) fn now_to_the_minute() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{} {:02}:{:02}",
        today(),
        now.get_hours(),
        now.get_minutes()
    )
}

/// How many saved assessments this browser keeps for `fw` (none when the stored list cannot be
/// read: it is named where the saved assessments are listed).
pub(crate) fn saved_kept(fw: &SharedFramework) -> usize {
    browser::stored(&crate::state::history::history_key(fw))
        .and_then(|text| crate::state::history::from_json(fw, &text).ok())
        .map_or(0, |list| list.len())
}

impl RatingsHandle {
    /// What is stored now, with the name and evidence held in memory; `None` when a stored copy
    /// cannot be read and the browser will not keep it aside (then nothing may be written over it,
    /// and the person is told).
    fn fresh(&self, messages: &mut Vec<String>) -> Option<Ratings> {
        let fresh = if self.failing.get() {
            (*self.ratings).clone()
        } else {
            match read_stored(&self.fw, &self.key) {
                Ok(fresh) => fresh,
                Err((problems, text)) => {
                    // Never overwritten: the unreadable copy is kept under a key of its own first,
                    // and if the browser will not keep it, nothing is written over it.
                    match keep_unreadable(&self.key, &text) {
                        Some(kept) => messages.push(format!("Your earlier saved ratings could not be read ({problems}); they are kept unchanged in this browser under \"{kept}\".")),
                        None => {
                            self.say.set(Rc::new(vec![format!("Your earlier saved ratings could not be read ({problems}), and this browser has no room to keep a copy of them aside, so nothing was changed. Download your ratings, or free some space, and try again.")]));
                            return None;
                        }
                    }
                    Ratings::default()
                }
            }
        };
        Some(fresh.with_private(&self.private()))
    }

    /// The name and evidence held in memory for this framework's ratings.
    fn private(&self) -> Private {
        self.memory
            .with(|m| m.private.get(self.key.as_str()).cloned())
            .unwrap_or_default()
    }

    /// Stores `next` (with the name and evidence only when `keep_private`), shows it with
    /// `messages`, and tells the page's other widgets.
    fn store(&self, next: Ratings, keep_private: bool, mut messages: Vec<String>) {
        let storable = if keep_private {
            next.to_json(&self.fw)
        } else {
            next.without_private().to_json(&self.fw)
        };
        // An empty set is stored too (not removed), so an older copy of the widget's ratings is
        // never read again in its place.
        let stored = browser::store(&self.key, Some(&storable));
        if !stored {
            messages.push("This browser would not keep your ratings (storage is off or full): they last until you leave the page. Download them to keep them.".into());
        }
        self.failing.set(!stored);
        self.set.set(Rc::new(next));
        self.say.set(Rc::new(messages));
        if stored {
            browser::announce(CHANGED_EVENT);
        }
    }

    /// Applies `change` to what is stored now, stores the result, tells the page's other widgets,
    /// and shows `messages`.
    pub fn change(&self, change: Change, messages: Vec<String>) {
        let mut messages = messages;
        let Some(fresh) = self.fresh(&mut messages) else {
            return;
        };
        let mut next = change.apply(&fresh);
        next.saved = Some(today());
        let private = next.private_part();
        self.memory
            .with(|m| m.private.insert((*self.key).clone(), private));
        if !matches!(change, Change::Forget) {
            self.set_forgotten.set(None);
        }
        self.store(next, keeps_private(&self.key), messages);
    }

    /// Keeps the name and evidence in this browser too (`true`), or in memory only: what is
    /// stored is written again at once, with or without them (a stored copy that cannot be read
    /// is kept aside first, as for any change).
    pub fn keep_private(&self, keep: bool) {
        browser::store(&keep_private_key(&self.key), keep.then_some("yes"));
        self.set_keep.set(keep);
        let mut messages = (*self.messages).clone();
        if let Some(now) = self.fresh(&mut messages) {
            self.store(now, keep, messages);
        }
    }

    /// Forgets every rating, keeping them in memory for "Undo".
    pub fn forget(&self) {
        let before = read_stored(&self.fw, &self.key)
            .map(|fresh| fresh.with_private(&self.private()))
            .unwrap_or_else(|_| (*self.ratings).clone());
        let n = before.len() + before.aside().count();
        self.set_forgotten.set(Some(Rc::new(before)));
        let mut said = vec![format!(
            "{} forgotten, with your name and evidence: none are kept in this browser now.",
            crate::framework::wording::count(n, "rating is", "ratings are")
        )];
        // What else this browser keeps is said, never hidden behind "nothing is saved".
        said.extend(crate::state::history::still_kept_sentence(saved_kept(
            &self.fw,
        )));
        self.change(Change::Forget, said);
    }

    /// Puts back what "Forget" removed, over anything rated since.
    pub fn undo_forget(&self) {
        if let Some(earlier) = &self.forgotten {
            let n = earlier.len() + earlier.aside().count();
            self.change(
                Change::Restore((**earlier).clone()),
                vec![format!(
                    "{} put back.",
                    crate::framework::wording::count(n, "rating is", "ratings are")
                )],
            );
        }
    }

    /// Shows messages without changing the ratings.
    pub fn tell(&self, messages: Vec<String>) {
        self.say.set(Rc::new(messages));
    }
}

/// The ratings stored in this browser for `fw`, kept in step with other tabs and widgets, with the
/// name and evidence held in `memory` (the widget's, above the screens).
#[hook]
pub fn use_ratings(fw: &SharedFramework, memory: &SharedPageMemory) -> RatingsHandle {
    let key = use_memo(fw.clone(), |fw| storage_key(fw));
    let first = use_memo(fw.clone(), |fw| {
        match read_stored(fw, &storage_key(fw)) {
        Ok(r) => (r, Vec::new()),
        Err((problems, _)) => (
            Ratings::default(),
            vec![format!(
                "Your ratings saved in this browser could not be read ({problems}), so none are shown. They are not overwritten: rating a skill keeps them aside unchanged first."
            )],
        ),
    }
    });
    // Name and evidence typed earlier on this page (on a screen since left) are held in the
    // widget's memory; the first time, what the browser keeps (read once, above) goes into it.
    let held = || -> Private {
        memory.with(|m| {
            m.private
                .entry((*key).clone())
                .or_insert_with(|| first.0.private_part())
                .clone()
        })
    };
    let set = use_state(|| Rc::new(first.0.with_private(&held())));
    let say = use_state(|| Rc::new(first.1.clone()));
    let set_forgotten = use_state(|| None::<Rc<Ratings>>);
    // Name and evidence already in the browser (kept by an earlier copy of the widget) count as
    // kept, and that is recorded as the choice: nothing there is dropped without the person
    // choosing so.
    let set_keep = use_state_eq(|| {
        if !keeps_private(&key) && first.0.private_part() != Private::default() {
            browser::store(&keep_private_key(&key), Some("yes"));
        }
        keeps_private(&key)
    });
    let failing = use_memo((), |_| Rc::new(Cell::new(false)));
    // What this widget shows, for the listeners below to compare a fresh read with.
    let shown = use_mut_ref(|| (*set).clone());
    *shown.borrow_mut() = (*set).clone();
    {
        let (set, fw, shown, failing, memory, set_keep) = (
            set.clone(),
            fw.clone(),
            shown.clone(),
            (*failing).clone(),
            memory.clone(),
            set_keep.clone(),
        );
        use_effect_with((*key).clone(), move |key| {
            let follow = {
                let key = key.clone();
                Rc::new(move || {
                    if failing.get() {
                        return;
                    }
                    // Another tab's choice to keep name and evidence, or not, shows here too.
                    set_keep.set(keeps_private(&key));
                    if let Ok(fresh) = read_stored(&fw, &key) {
                        let private = memory
                            .with(|m| m.private.get(key.as_str()).cloned())
                            .unwrap_or_default();
                        let fresh = fresh.with_private(&private);
                        let same = **shown.borrow() == fresh;
                        if !same {
                            set.set(Rc::new(fresh));
                        }
                    }
                })
            };
            let listeners: RefCell<Vec<EventListener>> = RefCell::new(Vec::new());
            if let Some(window) = web_sys::window() {
                for event in ["storage", CHANGED_EVENT] {
                    let follow = follow.clone();
                    listeners
                        .borrow_mut()
                        .push(EventListener::new(&window, event, move |_| follow()));
                }
            }
            move || drop(listeners)
        });
    }
    RatingsHandle {
        ratings: (*set).clone(),
        messages: (*say).clone(),
        kept: if failing.get() {
            Kept::NotSaved
        } else {
            Kept::Saved
        },
        forgotten: (*set_forgotten).clone(),
        keep_private: *set_keep,
        memory: memory.clone(),
        set_keep,
        fw: fw.clone(),
        key: Rc::new((*key).clone()),
        failing: (*failing).clone(),
        set,
        say,
        set_forgotten,
    }
}
