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
//!
//! **Similar skills are named** (issue 18, first step): for each group `s` of `B` that `A` does
//! not have, the most similar pair of one of `B`'s skills of `s` and one of `A`'s skills that `B`
//! does not need (by what the framework says of them, `engine::similarity`, at least 0.2) is a
//! [`StandIn`], said in words ("Developing code for analysis is close to Programming and build
//! (data science)"). They do not count in the score yet: counting each as `sqrt(sim) · w(s)` put 16
//! of the 18 known moves of `tests/fixtures/known-moves.csv` in the top 10 (from 14) but also one
//! of the 7 unrelated ones (accessibility specialist → data engineer, 9th), and `sim` itself, other
//! thresholds and mutual nearest pairs did no better; the method needs another signal first.

use crate::framework::wording;
use crate::framework::{Framework, Level, Requirement, Role, SkillLevel};
use std::collections::{BTreeSet, HashMap};

/// How much each skill group weighs in a score: `w(s) = ln(1 + R / r(s))` (see the module docs).
/// Computed once per framework; shared by related roles and career moves.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupWeights<'a> {
    by_group: HashMap<&'a str, f64>,
}

impl<'a> GroupWeights<'a> {
    pub fn new(fw: &'a Framework) -> GroupWeights<'a> {
        let sets: Vec<BTreeSet<&str>> = fw
            .roles
            .iter()
            .map(|role| groups(fw, fw.levels_of(role)))
            .collect();
        GroupWeights::from_role_groups(&sets)
    }

    /// The weights from each role's set of skill groups (one set per role).
    fn from_role_groups(sets: &[BTreeSet<&'a str>]) -> GroupWeights<'a> {
        let mut roles_needing: HashMap<&str, usize> = HashMap::new();
        for set in sets {
            for group in set {
                *roles_needing.entry(group).or_default() += 1;
            }
        }
        let total = sets.len() as f64;
        GroupWeights {
            by_group: roles_needing
                .into_iter()
                .map(|(group, r)| (group, (1.0 + total / r as f64).ln()))
                .collect(),
        }
    }

    /// The weight of a skill group; a group no role needs weighs as if one did.
    pub fn of(&self, group: &str) -> f64 {
        self.by_group.get(group).copied().unwrap_or(1.0)
    }
}

/// The least similarity named, in thousandths (module docs).
pub const SIMILAR_AT_LEAST: u16 = 200;

/// Another role that shares skills with the focus.
#[derive(Debug, Clone, PartialEq)]
pub struct RelatedRole {
    /// The other role's id.
    pub role: String,
    /// The weighted overlap score, 0 to 1 (see the module docs).
    pub score: f64,
    /// Ids of the shared skill groups, in name order (see [`Framework::group_name`]).
    pub shared: Vec<String>,
    /// For each skill group the other role needs that the focus does not have, the most similar
    /// pair of a skill it needs and a skill the focus has, most similar first.
    pub similar: Vec<StandIn>,
}

/// A skill one role needs (of a group the other does not have), and the similar skill the other
/// has that says much the same (named, not scored).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StandIn {
    /// The skill needed (its id).
    pub needed: String,
    /// The similar skill held (its id).
    pub held: String,
    /// How similar, in thousandths.
    pub similarity: u16,
}

impl StandIn {
    /// "Developing code for analysis is close to Programming and build (data science)".
    pub fn describe(&self, fw: &Framework) -> String {
        format!(
            "{} is close to {}",
            fw.skill_name_of(&self.held),
            fw.skill_name_of(&self.needed)
        )
    }
}

/// How alike two skills are, either way round, in thousandths (`Framework::similar`; none for a
/// framework without similarities).
#[derive(Debug, Clone, Default)]
pub struct SkillSimilarity<'a> {
    by_pair: HashMap<(&'a str, &'a str), u16>,
}

impl<'a> SkillSimilarity<'a> {
    pub fn new(fw: &'a Framework) -> SkillSimilarity<'a> {
        let mut by_pair: HashMap<(&str, &str), u16> = HashMap::new();
        for (i, list) in fw.similar.iter().flatten().enumerate() {
            let Some(a) = fw.skills.get(i) else { continue };
            for &[j, similarity] in list {
                let Some(b) = fw.skills.get(usize::from(j)) else {
                    continue;
                };
                for pair in [
                    (a.id.as_str(), b.id.as_str()),
                    (b.id.as_str(), a.id.as_str()),
                ] {
                    let best = by_pair.entry(pair).or_default();
                    *best = (*best).max(similarity);
                }
            }
        }
        SkillSimilarity { by_pair }
    }

    /// Of the skills `needed` (one group's, in the other role), and `held`, the most similar pair.
    pub fn closest(&self, needed: &[&'a str], held: &BTreeSet<&'a str>) -> Option<StandIn> {
        needed
            .iter()
            .flat_map(|n| held.iter().map(move |h| (*n, *h)))
            .filter_map(|(n, h)| Some((n, h, *self.by_pair.get(&(n, h))?)))
            .filter(|(_, _, similarity)| *similarity >= SIMILAR_AT_LEAST)
            .max_by(|a, b| a.2.cmp(&b.2).then(b.0.cmp(a.0)).then(b.1.cmp(a.1)))
            .map(|(needed, held, similarity)| StandIn {
                needed: needed.to_string(),
                held: held.to_string(),
                similarity,
            })
    }
}

/// The skills (ids) a set of levels needs.
fn skills<'a>(levels: impl Iterator<Item = &'a Level>) -> BTreeSet<&'a str> {
    levels
        .flat_map(|l| l.skills.iter())
        .map(|r| r.skill.as_str())
        .collect()
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
    let sets: Vec<BTreeSet<&str>> = fw
        .roles
        .iter()
        .map(|role| groups(fw, fw.levels_of(role)))
        .collect();
    let weights = GroupWeights::from_role_groups(&sets);
    let weight = |group: &str| weights.of(group);
    let role_groups: Vec<(&Role, &BTreeSet<&str>)> = fw.roles.iter().zip(&sets).collect();
    let (focus_role, focus_groups) = match focus {
        Focus::Role(role) => (role.id.as_str(), groups(fw, fw.levels_of(role))),
        Focus::Level(level) => (level.role.as_str(), groups(fw, std::iter::once(level))),
    };
    let focus_weight: f64 = focus_groups.iter().map(|g| weight(g)).sum();
    let similarity = SkillSimilarity::new(fw);
    let focus_skills = match focus {
        Focus::Role(role) => skills(fw.levels_of(role)),
        Focus::Level(level) => skills(std::iter::once(level)),
    };

    let mut related: Vec<RelatedRole> = role_groups
        .iter()
        .filter(|(role, _)| role.id != focus_role)
        .filter_map(|(role, set)| {
            let mut shared: Vec<&str> = focus_groups.intersection(set).copied().collect();
            let needed = skills(fw.levels_of(role));
            // A held skill counts once: one the other role needs too is shared, and stands in for
            // nothing else.
            let unshared: BTreeSet<&str> = focus_skills
                .iter()
                .copied()
                .filter(|s| fw.skill(s).is_none_or(|s| !set.contains(s.group_id())))
                .collect();
            let mut similar: Vec<StandIn> = set
                .difference(&focus_groups)
                .filter_map(|group| {
                    let of_group: Vec<&str> = needed
                        .iter()
                        .copied()
                        .filter(|s| fw.skill(s).is_some_and(|s| s.group_id() == *group))
                        .collect();
                    similarity.closest(&of_group, &unshared)
                })
                .collect();
            if shared.is_empty() {
                return None;
            }
            let other_weight: f64 = set.iter().map(|g| weight(g)).sum();
            let score = shared.iter().map(|g| weight(g)).sum::<f64>()
                / (focus_weight * other_weight).sqrt();
            shared.sort_by_key(|g| fw.group_name(g).map(str::to_lowercase));
            similar.sort_by(|a, b| {
                b.similarity
                    .cmp(&a.similarity)
                    .then_with(|| a.needed.cmp(&b.needed))
            });
            Some(RelatedRole {
                role: role.id.clone(),
                score,
                shared: shared.into_iter().map(str::to_string).collect(),
                similar,
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
        wording::two_decimals(self.score)
    }
}

/// Who a gap is worded for: the move from one role level to another ("Working → Practitioner"),
/// or from a person's own ratings ("you are Working, this needs Practitioner").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Voice {
    #[default]
    Level,
    You,
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

    /// "Working → Practitioner (up 1 level)", or for a person's ratings
    /// "you are Working, this needs Practitioner (up 1 level)".
    pub fn describe(&self, voice: Voice) -> String {
        let up = wording::count(usize::from(self.steps()), "level", "levels");
        match voice {
            Voice::Level => format!("{} → {} (up {up})", self.from, self.to),
            Voice::You => format!("you are {}, this needs {} (up {up})", self.from, self.to),
        }
    }
}

impl ToLearn {
    /// "to Practitioner (you have Agile working at Awareness)", or "skill level not set"; for a
    /// person's ratings "not rated yet, this needs Practitioner …".
    pub fn describe(&self, fw: &Framework, voice: Voice) -> String {
        let target = self
            .target
            .map_or("skill level not set".to_string(), |t| match voice {
                Voice::Level => format!("to {}", t.name()),
                Voice::You => format!("you have not rated it yet, this needs {}", t.name()),
            });
        match &self.related_held {
            Some((held, level)) => {
                let name = fw.skill(held).map_or(held.as_str(), |s| s.name.as_str());
                let level = level.map_or("no set level", |l| l.name());
                format!("{target} (you have {name} at {level})")
            }
            None => target,
        }
    }
}

/// Everything between one role level (or a person's ratings) and another role level.
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

    /// "2 skills to learn, 1 to raise: 7 steps in all."
    pub fn summary(&self) -> String {
        format!(
            "{} to learn, {} to raise: {} in all.",
            wording::skills(self.learn.len()),
            self.raise.len(),
            wording::steps(self.total_steps())
        )
    }
}

/// The gap from `from` to `to`: what to learn, what to raise, what is met, what is no longer needed.
pub fn gap(fw: &Framework, from: &Level, to: &Level) -> Gap {
    gap_from_held(fw, &from.skills, to)
}

/// The gap from skills held at some level (a role level's, or a person's own ratings) to `to`.
pub fn gap_from_held(fw: &Framework, held: &[Requirement], to: &Level) -> Gap {
    let mut gap = Gap::default();
    let group_of = |id: &str| {
        fw.skill(id)
            .map(|s| s.group_id().to_string())
            .unwrap_or_else(|| id.to_string())
    };
    let holding = |skill: &str| held.iter().find(|r| r.skill == skill);
    for need in &to.skills {
        match holding(&need.skill) {
            None => {
                let group = group_of(&need.skill);
                let related_held = held
                    .iter()
                    .find(|h| group_of(&h.skill) == group)
                    .map(|h| (h.skill.clone(), h.level));
                gap.learn.push(ToLearn {
                    skill: need.skill.clone(),
                    target: need.level,
                    related_held,
                });
            }
            Some(h) => match (h.level, need.level) {
                (Some(have), Some(want)) if want > have => gap.raise.push(ToRaise {
                    skill: need.skill.clone(),
                    from: have,
                    to: want,
                }),
                _ => gap.met.push(need.skill.clone()),
            },
        }
    }
    gap.no_longer_needed = held
        .iter()
        .filter(|h| to.requirement(&h.skill).is_none())
        .map(|h| h.skill.clone())
        .collect();
    gap
}

/// How far up its role's ladder a level sits: 0 for the most junior, 1 for the most senior.
fn seniority(fw: &Framework, level: &Level) -> f64 {
    let (position, ladder) = fw.ladder_position(level);
    if ladder < 2 {
        0.5
    } else {
        position as f64 / (ladder - 1) as f64
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

/// Comparisons worth starting from, shown when nothing is chosen: (label, level ids). The
/// curated ones where this framework has every level they name (the official framework does);
/// else, for an organisation's own framework, every level of its first roles with more than one.
pub fn starting_points(fw: &Framework) -> Vec<(String, Vec<String>)> {
    let curated: Vec<(String, Vec<String>)> = STARTING_POINTS
        .iter()
        .filter(|(_, ids)| ids.iter().all(|id| fw.level(id).is_some()))
        .map(|(label, ids)| {
            (
                label.to_string(),
                ids.iter().map(|s| s.to_string()).collect(),
            )
        })
        .collect();
    if curated.len() >= 2 {
        return curated;
    }
    fw.roles
        .iter()
        .filter(|role| role.levels.len() > 1)
        .take(STARTING_POINTS.len())
        .map(|role| {
            (
                format!("Every level of {}", role.name),
                role.levels
                    .iter()
                    .take(crate::engine::compare::MAX_COLUMNS)
                    .cloned()
                    .collect(),
            )
        })
        .collect()
}

/// The curated starting comparisons for the official framework.
const STARTING_POINTS: [(&str, &[&str]); 4] = [
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
