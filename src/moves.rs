//! Career moves: roles that share skills (ranked by a weighted overlap score), the gap from one
//! role level to another, and the next level up.
//!
//! # Related-roles score
//! Skills are matched by their *group* (a variant such as "Agile working (content design)" counts as
//! "Agile working"). Each skill group `s` is weighted by how rare it is across roles:
//!
//! `w(s) = ln(1 + R / r(s))`, where `R` is the number of roles and `r(s)` the number of roles needing `s`.
//!
//! For the focus skill set `A` and another role's set `B` (all the skills of any of its levels):
//!
//! `score(A, B) = Σ_{s ∈ A∩B} w(s) / sqrt(Σ_{s ∈ A} w(s) · Σ_{s ∈ B} w(s))`
//!
//! a weighted cosine between 0 (nothing shared) and 1 (the same skills): sharing a rare skill counts
//! for more than sharing one that nearly every role needs, and a role is not favoured merely for
//! having many skills. Ties go to more shared skills, then to the role name.

use crate::framework::{Framework, Level, Role, SkillLevel};
use std::collections::{BTreeSet, HashMap};

/// Another role that shares skills with the focus.
#[derive(Debug, Clone, PartialEq)]
pub struct RelatedRole {
    /// The other role's id.
    pub role: String,
    /// The weighted overlap score, 0 to 1 (see the module docs).
    pub score: f64,
    /// Ids of the shared skill groups, in name order (see [`Framework::group_name`]).
    pub shared: Vec<String>,
}

/// The skill groups a set of levels needs.
fn groups<'a>(fw: &'a Framework, levels: impl Iterator<Item = &'a Level>) -> BTreeSet<&'a str> {
    levels
        .flat_map(|l| l.skills.iter())
        .filter_map(|r| fw.skill(&r.skill))
        .map(|s| s.group_id())
        .collect()
}

/// What the focus of a related-roles search is: a whole role or one of its levels.
#[derive(Debug, Clone, Copy)]
pub enum Focus<'a> {
    Role(&'a Role),
    Level(&'a Level),
}

/// Other roles ranked by the weighted overlap score with `focus`; roles sharing nothing are left out.
pub fn related_roles(fw: &Framework, focus: Focus) -> Vec<RelatedRole> {
    let role_groups: Vec<(&Role, BTreeSet<&str>)> = fw
        .roles
        .iter()
        .map(|role| (role, groups(fw, fw.levels_of(role))))
        .collect();
    let mut roles_needing: HashMap<&str, usize> = HashMap::new();
    for (_, set) in &role_groups {
        for group in set {
            *roles_needing.entry(group).or_default() += 1;
        }
    }
    let total = role_groups.len() as f64;
    let weight =
        |group: &str| (1.0 + total / roles_needing.get(group).copied().unwrap_or(1) as f64).ln();
    let (focus_role, focus_groups) = match focus {
        Focus::Role(role) => (role.id.as_str(), groups(fw, fw.levels_of(role))),
        Focus::Level(level) => (level.role.as_str(), groups(fw, std::iter::once(level))),
    };
    let focus_weight: f64 = focus_groups.iter().map(|g| weight(g)).sum();

    let mut related: Vec<RelatedRole> = role_groups
        .iter()
        .filter(|(role, _)| role.id != focus_role)
        .filter_map(|(role, set)| {
            let mut shared: Vec<&str> = focus_groups.intersection(set).copied().collect();
            if shared.is_empty() {
                return None;
            }
            let other_weight: f64 = set.iter().map(|g| weight(g)).sum();
            let score = shared.iter().map(|g| weight(g)).sum::<f64>()
                / (focus_weight * other_weight).sqrt();
            shared.sort_by_key(|g| fw.group_name(g).map(str::to_lowercase));
            Some(RelatedRole {
                role: role.id.clone(),
                score,
                shared: shared.into_iter().map(str::to_string).collect(),
            })
        })
        .collect();
    related.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then(b.shared.len().cmp(&a.shared.len()))
            .then_with(|| a.role.cmp(&b.role))
    });
    related
}

impl RelatedRole {
    /// The score to two decimals ("0.45"), written without float formatting (smaller WebAssembly).
    pub fn score_text(&self) -> String {
        let hundredths = (self.score.clamp(0.0, 1.0) * 100.0).round() as u32;
        format!("{}.{:02}", hundredths / 100, hundredths % 100)
    }
}

/// A skill to learn for the target level.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ToLearn {
    pub skill: String,
    /// The level the target needs; absent where it sets none.
    pub target: Option<SkillLevel>,
    /// A skill of the same group the starting level already has (a variant or the base), with its level.
    pub related_held: Option<(String, Option<SkillLevel>)>,
}

/// A skill held at a lower level than the target needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ToRaise {
    pub skill: String,
    pub from: SkillLevel,
    pub to: SkillLevel,
}

impl ToRaise {
    pub fn steps(&self) -> u8 {
        self.to.rank() - self.from.rank()
    }

    /// "Working → Practitioner (up 1 level)".
    pub fn describe(&self) -> String {
        let levels = if self.steps() == 1 { "level" } else { "levels" };
        format!("{} → {} (up {} {levels})", self.from, self.to, self.steps())
    }
}

impl ToLearn {
    /// "to Practitioner (you have Agile working at Awareness)", or "skill level not set".
    pub fn describe(&self, fw: &Framework) -> String {
        let mut text = self.target.map_or("skill level not set".to_string(), |t| {
            format!("to {}", t.name())
        });
        if let Some((held, level)) = &self.related_held {
            let name = fw.skill(held).map_or(held.as_str(), |s| s.name.as_str());
            text += &format!(
                " (you have {name} at {})",
                level.map_or("no set level", |l| l.name())
            );
        }
        text
    }
}

/// Everything between one role level and another.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Gap {
    /// Needed by the target, not held at all.
    pub learn: Vec<ToLearn>,
    /// Held, but below the target's level.
    pub raise: Vec<ToRaise>,
    /// Held at or above the target's level (or either side sets no level).
    pub met: Vec<String>,
    /// Held, but the target does not need them.
    pub no_longer_needed: Vec<String>,
}

impl Gap {
    /// Skill-level steps to close the gap: each level raised counts 1, and a skill to learn counts
    /// its target rank (awareness 1 … expert 4; a target without a set level counts 0).
    pub fn total_steps(&self) -> u32 {
        let raise: u32 = self.raise.iter().map(|r| u32::from(r.steps())).sum();
        let learn: u32 = self
            .learn
            .iter()
            .map(|l| l.target.map_or(0, |t| u32::from(t.rank())))
            .sum();
        raise + learn
    }
}

/// The gap from `from` to `to`: what to learn, what to raise, what is met, what is no longer needed.
pub fn gap(fw: &Framework, from: &Level, to: &Level) -> Gap {
    let mut gap = Gap::default();
    let group_of = |id: &str| {
        fw.skill(id)
            .map(|s| s.group_id().to_string())
            .unwrap_or_else(|| id.to_string())
    };
    for need in &to.skills {
        match from.requirement(&need.skill) {
            None => {
                let group = group_of(&need.skill);
                let related_held = from
                    .skills
                    .iter()
                    .find(|held| group_of(&held.skill) == group)
                    .map(|held| (held.skill.clone(), held.level));
                gap.learn.push(ToLearn {
                    skill: need.skill.clone(),
                    target: need.level,
                    related_held,
                });
            }
            Some(held) => match (held.level, need.level) {
                (Some(have), Some(want)) if want > have => gap.raise.push(ToRaise {
                    skill: need.skill.clone(),
                    from: have,
                    to: want,
                }),
                _ => gap.met.push(need.skill.clone()),
            },
        }
    }
    gap.no_longer_needed = from
        .skills
        .iter()
        .filter(|held| to.requirement(&held.skill).is_none())
        .map(|held| held.skill.clone())
        .collect();
    gap
}

/// How far up its role's ladder a level sits: 0 for the most junior, 1 for the most senior.
fn seniority(fw: &Framework, level: &Level) -> f64 {
    let role = fw.role_of(level);
    let position = role
        .levels
        .iter()
        .position(|id| *id == level.id)
        .unwrap_or(0);
    if role.levels.len() < 2 {
        0.5
    } else {
        position as f64 / (role.levels.len() - 1) as f64
    }
}

/// The level of `role` closest to `level`: the one sharing the most skill groups with it, and
/// among those the one at the most similar height on its ladder (then the more junior). Used to
/// add a related role as a column.
pub fn closest_level<'a>(fw: &'a Framework, level: &Level, role: &'a Role) -> Option<&'a Level> {
    let focus = groups(fw, std::iter::once(level));
    let height = seniority(fw, level);
    fw.levels_of(role).min_by(|a, b| {
        let shared = |l: &Level| groups(fw, std::iter::once(l)).intersection(&focus).count();
        let distance = |l: &Level| (seniority(fw, l) - height).abs();
        shared(b)
            .cmp(&shared(a))
            .then(distance(a).total_cmp(&distance(b)))
            .then(seniority(fw, a).total_cmp(&seniority(fw, b)))
    })
}

/// Every role level that needs `skill`, with the skill level, in family, role and progression order.
pub fn levels_needing<'a>(fw: &'a Framework, skill: &str) -> Vec<(&'a Level, Option<SkillLevel>)> {
    fw.roles
        .iter()
        .flat_map(|role| fw.levels_of(role))
        .filter_map(|level| level.requirement(skill).map(|r| (level, r.level)))
        .collect()
}

/// Comparisons worth starting from, shown when nothing is chosen: (label, level ids).
pub const STARTING_POINTS: [(&str, &[&str]); 4] = [
    (
        "Senior digital portfolio manager to Head of portfolio",
        &["senior-digital-portfolio-manager", "head-of-portfolio"],
    ),
    (
        "Every level of Content designer",
        &[
            "associate-content-designer",
            "junior-content-designer",
            "content-designer",
            "senior-content-designer",
            "lead-content-designer",
            "head-of-content-design",
        ],
    ),
    (
        "Data analyst beside Data scientist",
        &["data-analyst", "data-scientist"],
    ),
    (
        "Developer to Senior developer to Lead developer",
        &["developer", "senior-developer", "lead-developer"],
    ),
];
