//! The four ordered skill levels: awareness < working < practitioner < expert.

use serde::{Deserialize, Serialize};
use std::fmt;

/// How well a role level needs a skill. Ordered from least to most demanding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SkillLevel {
    Awareness,
    Working,
    Practitioner,
    Expert,
}

impl SkillLevel {
    /// All levels, least demanding first.
    pub const ALL: [SkillLevel; 4] = [
        SkillLevel::Awareness,
        SkillLevel::Working,
        SkillLevel::Practitioner,
        SkillLevel::Expert,
    ];

    /// 1 for awareness up to 4 for expert.
    pub fn rank(self) -> u8 {
        self as u8 + 1
    }

    /// The name as the framework writes it: "Practitioner".
    pub fn name(self) -> &'static str {
        match self {
            SkillLevel::Awareness => "Awareness",
            SkillLevel::Working => "Working",
            SkillLevel::Practitioner => "Practitioner",
            SkillLevel::Expert => "Expert",
        }
    }

    /// Reads the framework's own spelling ("Working"), case-insensitively.
    pub fn from_name(name: &str) -> Option<SkillLevel> {
        SkillLevel::ALL
            .into_iter()
            .find(|level| level.name().eq_ignore_ascii_case(name.trim()))
    }

    /// Position in [`SkillLevel::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

impl fmt::Display for SkillLevel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_are_ordered_and_ranked_one_to_four() {
        assert!(SkillLevel::Awareness < SkillLevel::Working);
        assert!(SkillLevel::Practitioner < SkillLevel::Expert);
        let ranks: Vec<u8> = SkillLevel::ALL.iter().map(|l| l.rank()).collect();
        assert_eq!(ranks, vec![1, 2, 3, 4]);
    }

    #[test]
    fn names_round_trip_and_unknown_names_are_none() {
        for level in SkillLevel::ALL {
            assert_eq!(SkillLevel::from_name(level.name()), Some(level));
        }
        assert_eq!(
            SkillLevel::from_name("practitioner"),
            Some(SkillLevel::Practitioner)
        );
        assert_eq!(SkillLevel::from_name("NOT IN USE"), None);
    }
}
