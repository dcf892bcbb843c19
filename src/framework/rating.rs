//! A person's rating of one skill ("not yet", awareness … expert), with the evidence they give and
//! the level a line manager agrees: the model of what a person holds, which the engine assesses
//! and the ratings file (`state::ratings`) carries.

use super::SkillLevel;

/// How a person rates themselves on one skill.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Rating {
    NotYet,
    At(SkillLevel),
}

impl Rating {
    pub const ALL: [Rating; 5] = [
        Rating::NotYet,
        Rating::At(SkillLevel::Awareness),
        Rating::At(SkillLevel::Working),
        Rating::At(SkillLevel::Practitioner),
        Rating::At(SkillLevel::Expert),
    ];

    /// The name in files and forms: "not-yet", "working".
    pub fn key(self) -> &'static str {
        match self {
            Rating::NotYet => "not-yet",
            Rating::At(SkillLevel::Awareness) => "awareness",
            Rating::At(SkillLevel::Working) => "working",
            Rating::At(SkillLevel::Practitioner) => "practitioner",
            Rating::At(SkillLevel::Expert) => "expert",
        }
    }

    pub fn from_key(key: &str) -> Option<Rating> {
        Rating::ALL.into_iter().find(|r| r.key() == key)
    }

    /// "Not yet", "Working".
    pub fn label(self) -> &'static str {
        match self {
            Rating::NotYet => "Not yet",
            Rating::At(level) => level.name(),
        }
    }
}

/// One skill as the person rated it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub rating: Rating,
    /// What they did, and where ("Ran the team's retrospectives for a year").
    pub evidence: Option<String>,
    /// The level a line manager agrees, beside the person's own rating.
    pub agreed: Option<Rating>,
}

impl Entry {
    pub fn new(rating: Rating) -> Entry {
        Entry {
            rating,
            evidence: None,
            agreed: None,
        }
    }
}
