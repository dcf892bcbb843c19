//! What a framework knows about its texts while they are still in a file of their own.
//!
//! The widget paints a comparison from a small core file (names, required skill levels, level
//! order) and fetches the texts (descriptions and "You can:" statements) when first needed. A
//! cell's closed summary ("You can: 4 statements, 2 new") is worked out from the texts, so the core
//! file carries what that summary needs for every skill: each skill level's lead line and number of
//! statements, and how many statements each skill level adds to each other one. The engine words
//! the summary from these counts exactly as it would from the texts (a test checks every pair).
//!
//! Stored compactly, as plain lists (no map or nested shape of its own for the widget to decode):
//! `leads` lists each distinct lead line once; `skills` has one row of [`ROW`] numbers per skill,
//! in the order of the framework's skills: for awareness to expert, the lead line (its position in
//! `leads` plus one; 0 for none), then the number of statements, then `new[from][to]` row by row
//! (how many statements at `to` are not listed at `from`).

use serde::{Deserialize, Serialize};

/// The numbers in one skill's row: 4 lead lines, 4 statement counts, 16 counts of new statements.
pub const ROW: usize = 24;

/// The counts a core file carries in place of its texts.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Outline {
    /// Each distinct lead line ("You can:").
    pub leads: Vec<String>,
    /// One row per skill, in the framework's order of skills.
    pub skills: Vec<Vec<u16>>,
}

/// One skill's "You can:" texts, counted.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SkillOutline {
    /// The lead line of each skill level's text ("You can:"); absent where no text is published
    /// or it has no lead line.
    pub leads: [Option<String>; 4],
    /// How many statements each skill level lists (awareness first).
    pub statements: [u16; 4],
    /// `new[from][to]`: how many of the statements at `to` are not listed at `from`.
    pub new: [[u16; 4]; 4],
}

impl Outline {
    /// The outline of `skills`, in their order.
    pub fn from_skills(skills: &[SkillOutline]) -> Outline {
        let mut outline = Outline::default();
        for skill in skills {
            let mut row = Vec::with_capacity(ROW);
            for lead in &skill.leads {
                row.push(lead.as_ref().map_or(0, |lead| {
                    let at = match outline.leads.iter().position(|l| l == lead) {
                        Some(at) => at,
                        None => {
                            outline.leads.push(lead.clone());
                            outline.leads.len() - 1
                        }
                    };
                    u16::try_from(at + 1).unwrap_or(0)
                }));
            }
            row.extend(skill.statements);
            row.extend(skill.new.iter().flatten());
            outline.skills.push(row);
        }
        outline
    }

    /// The statement count of the skill at `position` (in the framework's order) at skill level
    /// `level` (0 for awareness to 3 for expert).
    pub fn statements(&self, position: usize, level: usize) -> u16 {
        self.number(position, 4 + level)
    }

    /// How many statements at `to` the skill at `position` does not list at `from`.
    pub fn added(&self, position: usize, from: usize, to: usize) -> u16 {
        self.number(position, 8 + from * 4 + to)
    }

    /// The lead line of the skill at `position` at skill level `level`, if any.
    pub fn lead(&self, position: usize, level: usize) -> Option<&str> {
        let at = usize::from(self.number(position, level));
        at.checked_sub(1)
            .and_then(|i| self.leads.get(i))
            .map(String::as_str)
    }

    fn number(&self, position: usize, at: usize) -> u16 {
        self.skills
            .get(position)
            .and_then(|row| row.get(at))
            .copied()
            .unwrap_or(0)
    }
}
