//! The gap from one role level (or a person's ratings) to another, the level of a role closest
//! to another level, the levels needing a skill, and where to start. Related roles and career
//! moves are ranked in `engine::related` and `engine::career`.

use crate::engine::stand_in::{SkillIndex, StandIn};
use crate::framework::wording;
use crate::framework::{Framework, Level, Requirement, Role, SkillLevel};
use std::collections::BTreeSet;

/// The skill groups a set of levels needs.
fn groups<'a>(fw: &'a Framework, levels: impl Iterator<Item = &'a Level>) -> BTreeSet<&'a str> {
    levels
        .flat_map(|l| l.skills.iter())
        .filter_map(|r| fw.skill(&r.skill))
        .map(|s| s.group_id())
        .collect()
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
    /// A similar skill held that stands in for it (`engine::stand_in`), with its level.
    pub similar_held: Option<(String, Option<SkillLevel>)>,
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
    /// person's ratings "not rated yet, this needs Practitioner …"; with a similar skill held
    /// "to Practitioner (you have a similar skill: Developing code for analysis at Working)".
    pub fn describe(&self, fw: &Framework, voice: Voice) -> String {
        let target = self
            .target
            .map_or("skill level not set".to_string(), |t| match voice {
                Voice::Level => format!("to {}", t.name()),
                Voice::You => format!("you have not rated it yet, this needs {}", t.name()),
            });
        let at = |held: &str, level: &Option<SkillLevel>| {
            let name = fw.skill(held).map_or(held, |s| s.name.as_str());
            format!("{name} at {}", level.map_or("no set level", |l| l.name()))
        };
        match (&self.related_held, &self.similar_held) {
            (Some((held, level)), _) => format!("{target} (you have {})", at(held, level)),
            (None, Some((held, level))) => {
                format!("{target} (you have a similar skill: {})", at(held, level))
            }
            (None, None) => target,
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
    gap_with(&SkillIndex::new(fw), fw, held, to)
}

/// [`gap_from_held`] with the skill index built once by the caller.
pub fn gap_with(index: &SkillIndex, fw: &Framework, held: &[Requirement], to: &Level) -> Gap {
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
                    similar_held: None,
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
    // Stand-ins as career moves count them: similar skills held, not needed, for skills to learn.
    let positions = |ids: &mut dyn Iterator<Item = &str>| -> Vec<u16> {
        let mut v: Vec<u16> = ids.filter_map(|id| index.position(id)).collect();
        v.sort_unstable();
        v.dedup();
        v
    };
    let wanted = positions(&mut gap.learn.iter().map(|l| l.skill.as_str()));
    let spare = positions(&mut gap.no_longer_needed.iter().map(String::as_str));
    let mut met: Vec<u16> = positions(
        &mut gap
            .raise
            .iter()
            .map(|r| r.skill.as_str())
            .chain(gap.met.iter().map(String::as_str)),
    )
    .into_iter()
    .map(|s| index.group(s))
    .collect();
    met.sort_unstable();
    met.dedup();
    for stand_in in index.stand_ins(&wanted, &spare, &met) {
        let Some(stand_in) = StandIn::at(fw, stand_in) else {
            continue;
        };
        if let Some(learn) = gap.learn.iter_mut().find(|l| l.skill == stand_in.needed) {
            let level = held
                .iter()
                .find(|h| h.skill == stand_in.held)
                .and_then(|h| h.level);
            learn.similar_held = Some((stand_in.held, level));
        }
    }
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
