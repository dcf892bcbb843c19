//! Renamed skills and role levels between two editions, found by what they say: ids are slugs of
//! names, so a renamed skill is one id removed and another added. `role-compare import` pairs them
//! here and writes the pairs into the new file's `renames` for a person to review
//! (`framework::Renames`); only reviewed maps carry ratings over.
//!
//! # How pairs are found
//! - **Skills**: each removed skill against each added one, by the similarity of their name,
//!   description and "You can:" statements (`engine::similarity`, words weighed among the removed
//!   and added skills together); pairs at or above [`SKILL_THRESHOLD`] are taken, most similar
//!   first, each skill at most once. A rename that keeps the texts scores near 1; two different
//!   skills of one profession score under 0.4.
//! - **Role levels**: a removed level and an added one of the same role, by the similarity of
//!   their descriptions or, where the descriptions differ, by the skills they need (the skills
//!   paired above counted as the same): the share of needed skills and levels in common, when the
//!   two stand at the same place in the role's order. Pairs at or above [`LEVEL_THRESHOLD`].

use crate::engine::similarity::{across, skill_document, text_document};
use crate::framework::{Framework, Level, Renames};
use std::collections::{BTreeMap, HashSet};

/// The least similarity of texts for two skills to be paired, in thousandths.
pub const SKILL_THRESHOLD: u16 = 600;
/// The least similarity (of descriptions, or of needed skills at the same place) for two role
/// levels to be paired, in thousandths.
pub const LEVEL_THRESHOLD: u16 = 600;

/// One pair found, for the importer to print for review.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paired {
    /// "skill" or "role level".
    pub kind: &'static str,
    pub before: String,
    pub after: String,
    /// How alike, in thousandths.
    pub similarity: u16,
}

/// The greedy one-to-one pairing of `scores` (`[i][j]`, thousandths) at or above `threshold`.
fn pair(scores: &[Vec<u16>], threshold: u16) -> Vec<(usize, usize, u16)> {
    let mut candidates: Vec<(usize, usize, u16)> = scores
        .iter()
        .enumerate()
        .flat_map(|(i, row)| row.iter().enumerate().map(move |(j, &s)| (i, j, s)))
        .filter(|&(_, _, s)| s >= threshold)
        .collect();
    candidates.sort_by(|a, b| b.2.cmp(&a.2).then(a.0.cmp(&b.0)).then(a.1.cmp(&b.1)));
    let (mut left, mut right) = (HashSet::new(), HashSet::new());
    candidates
        .into_iter()
        .filter(|&(i, j, _)| {
            let free = !left.contains(&i) && !right.contains(&j);
            if free {
                left.insert(i);
                right.insert(j);
            }
            free
        })
        .collect()
}

/// A level's place in its role's order (0 = most junior).
fn place(fw: &Framework, level: &Level) -> Option<usize> {
    fw.role(&level.role)?
        .levels
        .iter()
        .position(|l| *l == level.id)
}

/// The share of `a`'s and `b`'s needed skills and levels in common (skills renamed by `skills`
/// counted as the same), in thousandths.
fn needs_alike(a: &Level, b: &Level, skills: &BTreeMap<String, String>) -> u16 {
    let of_a: HashSet<(&str, _)> = a
        .skills
        .iter()
        .map(|r| (skills.get(&r.skill).unwrap_or(&r.skill).as_str(), r.level))
        .collect();
    let of_b: HashSet<(&str, _)> = b
        .skills
        .iter()
        .map(|r| (r.skill.as_str(), r.level))
        .collect();
    let union = of_a.union(&of_b).count();
    if union == 0 {
        return 0;
    }
    (of_a.intersection(&of_b).count() * 1000 / union) as u16
}

/// The map from `old` to `new` (marks `from` and `to`), and the pairs it holds: `reviewed` is
/// false where anything was paired (a person checks the pairs), true where nothing was.
pub fn detect(old: &Framework, new: &Framework, from: &str, to: &str) -> (Renames, Vec<Paired>) {
    let removed_skills: Vec<_> = old
        .skills
        .iter()
        .filter(|s| new.skill(&s.id).is_none())
        .collect();
    let added_skills: Vec<_> = new
        .skills
        .iter()
        .filter(|s| old.skill(&s.id).is_none())
        .collect();
    let documents = |skills: &[&crate::framework::Skill]| -> Vec<String> {
        skills.iter().map(|s| skill_document(s)).collect()
    };
    let scores = across(&documents(&removed_skills), &documents(&added_skills));
    let mut renames = Renames {
        from: from.to_string(),
        to: to.to_string(),
        ..Renames::default()
    };
    let mut paired = Vec::new();
    for (i, j, similarity) in pair(&scores, SKILL_THRESHOLD) {
        let (before, after) = (removed_skills[i], added_skills[j]);
        renames.skills.insert(before.id.clone(), after.id.clone());
        paired.push(Paired {
            kind: "skill",
            before: before.name.clone(),
            after: after.name.clone(),
            similarity,
        });
    }
    renames.removed_skills = removed_skills
        .iter()
        .filter(|s| !renames.skills.contains_key(&s.id))
        .map(|s| s.id.clone())
        .collect();

    let removed_levels: Vec<&Level> = old
        .levels
        .iter()
        .filter(|l| new.level(&l.id).is_none())
        .collect();
    let added_levels: Vec<&Level> = new
        .levels
        .iter()
        .filter(|l| old.level(&l.id).is_none())
        .collect();
    let description = |l: &Level| {
        l.description
            .as_ref()
            .map(text_document)
            .unwrap_or_default()
    };
    let texts = across(
        &removed_levels
            .iter()
            .map(|l| description(l))
            .collect::<Vec<_>>(),
        &added_levels
            .iter()
            .map(|l| description(l))
            .collect::<Vec<_>>(),
    );
    let scores: Vec<Vec<u16>> = removed_levels
        .iter()
        .zip(&texts)
        .map(|(a, row)| {
            added_levels
                .iter()
                .zip(row)
                .map(|(b, &text)| {
                    if a.role != b.role {
                        return 0;
                    }
                    let same_place = place(old, a).is_some() && place(old, a) == place(new, b);
                    let needs = if same_place {
                        needs_alike(a, b, &renames.skills)
                    } else {
                        0
                    };
                    text.max(needs)
                })
                .collect()
        })
        .collect();
    for (i, j, similarity) in pair(&scores, LEVEL_THRESHOLD) {
        let (before, after) = (removed_levels[i], added_levels[j]);
        renames.levels.insert(before.id.clone(), after.id.clone());
        paired.push(Paired {
            kind: "role level",
            before: old.level_name(before).to_string(),
            after: new.level_name(after).to_string(),
            similarity,
        });
    }
    renames.removed_levels = removed_levels
        .iter()
        .filter(|l| !renames.levels.contains_key(&l.id))
        .map(|l| l.id.clone())
        .collect();
    renames.reviewed = paired.is_empty();
    (renames, paired)
}
