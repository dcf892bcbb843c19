//! Editions of a framework. A framework file names its edition (`Framework::edition`: a mark the
//! importer makes from everything the file says, so two files that say the same carry the same
//! mark) and carries, for each edition before it, a reviewed map of the skills and role levels
//! that were renamed ([`Renames`]): ids are slugs of names, so a renamed skill has a new id, and a
//! person's rating of it follows it only through this map. [`Framework::carried_from`] chains the
//! maps from any earlier edition to this one.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What changed its id from one edition to the next: written by `role-compare import`, which pairs
/// removed and added skills and role levels by what they say, then reviewed by a person (who sets
/// `reviewed`). Only reviewed maps carry ratings over.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Renames {
    /// The earlier edition's mark.
    pub from: String,
    /// The next edition's mark.
    pub to: String,
    /// True once a person has checked the pairs (the importer writes false where it paired any).
    #[serde(default)]
    pub reviewed: bool,
    /// Old skill id → new skill id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub skills: BTreeMap<String, String>,
    /// Old role-level id → new role-level id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub levels: BTreeMap<String, String>,
    /// Skill ids the earlier edition had and this one does not, unpaired.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub removed_skills: Vec<String>,
    /// Role-level ids the earlier edition had and this one does not, unpaired.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub removed_levels: Vec<String>,
}

/// Old ids → this edition's ids, from an earlier edition (every reviewed map on the way composed).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Carried {
    pub skills: BTreeMap<String, String>,
    pub levels: BTreeMap<String, String>,
}

impl Carried {
    /// This edition's id of a skill named `id` in the earlier edition (itself when not renamed).
    pub fn skill<'a>(&'a self, id: &'a str) -> &'a str {
        self.skills.get(id).map_or(id, String::as_str)
    }

    /// This edition's id of a role level named `id` in the earlier edition.
    pub fn level<'a>(&'a self, id: &'a str) -> &'a str {
        self.levels.get(id).map_or(id, String::as_str)
    }
}

/// `so_far` (old ids → ids of the edition before `step`) followed by `step`: old ids → ids after it.
fn compose(
    so_far: BTreeMap<String, String>,
    step: &BTreeMap<String, String>,
) -> BTreeMap<String, String> {
    let mut composed: BTreeMap<String, String> = so_far
        .into_iter()
        .map(|(old, new)| {
            let next = step.get(&new).cloned().unwrap_or(new);
            (old, next)
        })
        .collect();
    for (old, new) in step {
        composed.entry(old.clone()).or_insert(new.clone());
    }
    composed
}

/// The maps from edition `from` to edition `to` composed, when every step is reviewed: `None` when
/// there is no reviewed chain (an edition this file knows nothing of).
pub fn chain(renames: &[Renames], from: &str, to: &str) -> Option<Carried> {
    let mut carried = Carried::default();
    let mut at = from.to_string();
    // Each step moves to a later edition; a file lists each at most once, so this ends.
    for _ in 0..=renames.len() {
        if at == to {
            return Some(carried);
        }
        let step = renames.iter().find(|r| r.from == at && r.reviewed)?;
        carried.skills = compose(carried.skills, &step.skills);
        carried.levels = compose(carried.levels, &step.levels);
        at = step.to.clone();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn step(from: &str, to: &str, skills: &[(&str, &str)], reviewed: bool) -> Renames {
        Renames {
            from: from.into(),
            to: to.into(),
            reviewed,
            skills: skills
                .iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect(),
            ..Renames::default()
        }
    }

    #[test]
    fn renames_compose_across_editions_and_stop_at_an_unreviewed_step() {
        let renames = [
            step("a", "b", &[("defects", "defect-management")], true),
            step(
                "b",
                "c",
                &[
                    ("defect-management", "managing-defects"),
                    ("testing", "test-engineering"),
                ],
                true,
            ),
            step("c", "d", &[("planning", "test-planning")], false),
        ];
        let carried = chain(&renames, "a", "c").expect("a reviewed chain");
        assert_eq!(carried.skill("defects"), "managing-defects");
        assert_eq!(carried.skill("defect-management"), "managing-defects");
        assert_eq!(carried.skill("testing"), "test-engineering");
        assert_eq!(carried.skill("kept"), "kept");
        assert_eq!(chain(&renames, "c", "c"), Some(Carried::default()));
        assert_eq!(chain(&renames, "a", "d"), None, "c to d is not reviewed");
        assert_eq!(chain(&renames, "x", "c"), None, "an edition nobody knows");
    }
}
