//! A problem with an input, and where it is: every layer reports what it cannot use this way
//! (a framework file, a link, an option, a ratings file), so messages always carry their place.

use std::fmt;

/// One thing wrong with a framework file.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Problem {
    /// Where: a JSON path, a line and column, or a CSV row and column.
    pub place: String,
    /// Why, in plain words.
    pub reason: String,
}

impl Problem {
    pub fn new(place: impl Into<String>, reason: impl Into<String>) -> Problem {
        Problem {
            place: place.into(),
            reason: reason.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.place, self.reason)
    }
}
