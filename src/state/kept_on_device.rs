//! Everything the widget keeps in this browser for a person, listed where they can see it, each
//! with its Forget: their ratings (with or without their name and evidence, as they chose), their
//! saved assessments, and a team a line manager chose to keep. Words only; the widget reads what
//! is stored and forgets it.

use crate::framework::wording::count;

/// What is stored now, read from the browser.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Stored {
    /// Ratings stored (of this framework, and those kept aside).
    pub ratings: usize,
    /// The person chose to keep their name and evidence in this browser.
    pub with_private: bool,
    /// Saved assessments stored.
    pub saved: usize,
    /// People in a team kept on this device (none: no team kept).
    pub team: Option<usize>,
}

/// One thing kept: what it is, and how much of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kept {
    /// `ratings`, `saved` or `team`: which Forget goes with it.
    pub key: &'static str,
    pub what: &'static str,
    pub said: String,
}

/// The things kept, in the order the panel lists them; empty when nothing is.
pub fn kept(stored: Stored) -> Vec<Kept> {
    let mut list = Vec::new();
    if stored.ratings > 0 {
        list.push(Kept {
            key: "ratings",
            what: "Your ratings",
            said: format!(
                "{}, {} your name and evidence",
                count(stored.ratings, "rating", "ratings"),
                if stored.with_private {
                    "with"
                } else {
                    "without"
                }
            ),
        });
    }
    if stored.saved > 0 {
        list.push(Kept {
            key: "saved",
            what: "Saved assessments",
            said: count(stored.saved, "saved assessment", "saved assessments"),
        });
    }
    if let Some(people) = stored.team {
        list.push(Kept {
            key: "team",
            what: "A team (team view)",
            said: format!(
                "{}, with their names, ratings and evidence",
                count(people, "person", "people")
            ),
        });
    }
    list
}

/// The sentence above the list: what is kept, or that nothing is.
pub fn kept_sentence(stored: Stored) -> &'static str {
    if kept(stored).is_empty() {
        "Nothing is kept in this browser."
    } else {
        "This browser keeps, on this device only:"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_thing_kept_is_listed_with_what_it_holds() {
        assert!(kept(Stored::default()).is_empty());
        assert_eq!(
            kept_sentence(Stored::default()),
            "Nothing is kept in this browser."
        );
        let list = kept(Stored {
            ratings: 3,
            with_private: false,
            saved: 1,
            team: Some(4),
        });
        let said: Vec<String> = list
            .iter()
            .map(|k| format!("{}: {}", k.what, k.said))
            .collect();
        assert_eq!(
            said,
            [
                "Your ratings: 3 ratings, without your name and evidence",
                "Saved assessments: 1 saved assessment",
                "A team (team view): 4 people, with their names, ratings and evidence",
            ]
        );
        // Saved assessments stay listed after the ratings are forgotten.
        let after_forget = kept(Stored {
            ratings: 0,
            with_private: false,
            saved: 2,
            team: None,
        });
        assert_eq!(after_forget.len(), 1);
        assert_eq!(after_forget[0].key, "saved");
    }
}
