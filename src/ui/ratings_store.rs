//! A person's ratings in this browser: read from local storage once when the widget starts,
//! written back on every change, forgotten on request. They never go into a link or leave the device.

use crate::ratings::{storage_key, Ratings};
use crate::ui::browser;
use crate::ui::framework_store::SharedFramework;
use std::rc::Rc;
use yew::prelude::*;

/// The ratings, and what to tell the person about them (a stored copy that could not be read, a
/// file that was refused, a file that was loaded).
#[derive(Clone, PartialEq)]
pub struct RatingsHandle {
    pub ratings: Rc<Ratings>,
    pub messages: Rc<Vec<String>>,
    /// Where this framework's ratings are kept in the browser.
    key: Rc<String>,
    set: UseStateHandle<Rc<Ratings>>,
    say: UseStateHandle<Rc<Vec<String>>>,
}

impl RatingsHandle {
    /// Replaces the ratings and stores them (an empty set removes the stored copy).
    pub fn replace(&self, ratings: Ratings, messages: Vec<String>) {
        let stored = if ratings.is_empty() {
            browser::store(&self.key, None)
        } else {
            browser::store(&self.key, Some(&ratings.to_json()))
        };
        let mut messages = messages;
        if !stored {
            messages.push("This browser would not keep your ratings (storage is off or full): they last until you leave the page. Download them to keep them.".into());
        }
        self.set.set(Rc::new(ratings));
        self.say.set(Rc::new(messages));
    }

    /// Shows messages without changing the ratings.
    pub fn tell(&self, messages: Vec<String>) {
        self.say.set(Rc::new(messages));
    }
}

/// The ratings stored in this browser for `fw`, with a message when the stored copy is unreadable.
#[hook]
pub fn use_ratings(fw: &SharedFramework) -> RatingsHandle {
    let key = use_memo(fw.clone(), |fw| storage_key(fw));
    let first = use_memo(fw.clone(), |fw| {
        match browser::stored(&storage_key(fw)).map(|text| Ratings::from_json(fw, &text)) {
            None => (Ratings::default(), Vec::new()),
            Some(Ok(r)) => (r, Vec::new()),
            Some(Err(problems)) => (
                Ratings::default(),
                vec![format!(
                    "Your ratings saved in this browser could not be read, so none are shown ({}). Rating a skill replaces them.",
                    problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("; ")
                )],
            ),
        }
    });
    let set = use_state(|| Rc::new(first.0.clone()));
    let say = use_state(|| Rc::new(first.1.clone()));
    RatingsHandle {
        ratings: (*set).clone(),
        messages: (*say).clone(),
        key: Rc::new((*key).clone()),
        set,
        say,
    }
}
