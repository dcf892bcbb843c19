//! Career moves: from one role level, or from a person's own ratings, to every other role level,
//! each scored and sized, ranked, and filtered by family and seniority.
//!
//! # Move score
//! The same weighted cosine as related roles ([`crate::engine::moves`]), between the skill groups of the
//! starting point `A` and of the target level `B`:
//! `score = Σ_{A∩B} w / sqrt(Σ_A w · Σ_B w)` with `w(s) = ln(1 + R / r(s))`, so sharing a rare skill
//! counts for more than sharing a common one. Moves are ranked by score (highest first), then by
//! fewer steps, then by level id.
//!
//! # Move size
//! The numbers of [`crate::engine::moves::gap`] for the same pair, counted without building the lists:
//! `shared` skills the target needs that are held (at any level), `learn` skills it needs that are
//! not held, `raise` skills held below the level it needs, and `steps` = levels raised plus each
//! skill to learn at its target rank (awareness 1 … expert 4). Skills whose level is not set (the
//! Chief roles) count as held or met and add no steps.
//!
//! # Seniority
//! A level's rung is counted down from the top of its role's ladder: 0 for the most senior level
//! ("Head of …"), 1 for the one below, and so on; the Chief roles, which publish no levels, sit at
//! −1, above every ladder. "Same seniority or one up" keeps targets on the same rung or one higher.

use crate::engine::moves::{Gap, GroupWeights};
use crate::framework::wording;
use crate::framework::{Framework, Level, Requirement};
use std::collections::HashMap;

/// What someone holds, as indices: skills with their rank (0 where no level is set) and skill groups.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Profile {
    /// (skill index, rank 0–4), sorted by skill index.
    skills: Vec<(u16, u8)>,
    /// Group indices, sorted, each once.
    groups: Vec<u16>,
    /// Σ w over `groups`.
    weight: f64,
}

/// Every role level as a [`Profile`], with the group weights: built once per framework.
#[derive(Debug, Clone, PartialEq)]
pub struct MoveIndex {
    skill_index: HashMap<String, u16>,
    group_of_skill: Vec<u16>,
    group_weight: Vec<f64>,
    levels: Vec<Profile>,
}

impl MoveIndex {
    pub fn new(fw: &Framework) -> MoveIndex {
        let weights = GroupWeights::new(fw);
        let mut group_ids: HashMap<&str, u16> = HashMap::new();
        let mut group_weight = Vec::new();
        let mut group_of_skill = Vec::with_capacity(fw.skills.len());
        for skill in &fw.skills {
            let group = skill.group_id();
            let next = group_ids.len() as u16;
            let index = *group_ids.entry(group).or_insert_with(|| {
                group_weight.push(weights.of(group));
                next
            });
            group_of_skill.push(index);
        }
        let skill_index = fw
            .skills
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id.clone(), i as u16))
            .collect();
        let mut index = MoveIndex {
            skill_index,
            group_of_skill,
            group_weight,
            levels: Vec::new(),
        };
        index.levels = fw.levels.iter().map(|l| index.profile(&l.skills)).collect();
        index
    }

    /// The profile of skills held at some level; skills the framework does not know are left out.
    pub fn profile(&self, held: &[Requirement]) -> Profile {
        let mut skills: Vec<(u16, u8)> = held
            .iter()
            .filter_map(|r| {
                let i = *self.skill_index.get(&r.skill)?;
                Some((i, r.level.map_or(0, |l| l.rank())))
            })
            .collect();
        skills.sort_unstable();
        skills.dedup_by_key(|(i, _)| *i);
        let mut groups: Vec<u16> = skills
            .iter()
            .map(|(i, _)| self.group_of_skill[usize::from(*i)])
            .collect();
        groups.sort_unstable();
        groups.dedup();
        let weight = groups
            .iter()
            .map(|g| self.group_weight[usize::from(*g)])
            .sum();
        Profile {
            skills,
            groups,
            weight,
        }
    }

    /// The profile of the level at `position` in `fw.levels`.
    pub fn level(&self, position: usize) -> &Profile {
        &self.levels[position]
    }

    /// The weighted cosine between two profiles' skill groups (module docs), 0 to 1.
    pub fn score(&self, from: &Profile, to: &Profile) -> f64 {
        if from.weight <= 0.0 || to.weight <= 0.0 {
            return 0.0;
        }
        let (mut i, mut j, mut shared) = (0, 0, 0.0);
        while i < from.groups.len() && j < to.groups.len() {
            match from.groups[i].cmp(&to.groups[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    shared += self.group_weight[usize::from(from.groups[i])];
                    i += 1;
                    j += 1;
                }
            }
        }
        shared / (from.weight * to.weight).sqrt()
    }

    /// Every level scored and sized against every level, row by row (`[from * n + to]`): the whole
    /// move matrix, as the benchmarks time it.
    pub fn all_pairs(&self) -> Vec<(f64, MoveSize)> {
        self.levels
            .iter()
            .flat_map(|from| {
                self.levels
                    .iter()
                    .map(move |to| (self.score(from, to), self.size(from, to)))
            })
            .collect()
    }

    /// How big the move from `from` to `to` is (module docs); the same numbers as [`crate::engine::moves::gap`].
    pub fn size(&self, from: &Profile, to: &Profile) -> MoveSize {
        let mut size = MoveSize {
            of: to.skills.len(),
            ..MoveSize::default()
        };
        let mut i = 0;
        for &(skill, want) in &to.skills {
            while i < from.skills.len() && from.skills[i].0 < skill {
                i += 1;
            }
            match from.skills.get(i) {
                Some(&(held, have)) if held == skill => {
                    size.shared += 1;
                    if have > 0 && want > have {
                        size.raise += 1;
                        size.steps += u32::from(want - have);
                    }
                }
                _ => {
                    size.learn += 1;
                    size.steps += u32::from(want);
                    let group = self.group_of_skill[usize::from(skill)];
                    if from.groups.binary_search(&group).is_ok() {
                        size.variant_held += 1;
                    }
                }
            }
        }
        size
    }
}

/// The size of a move in counts of skills and skill-level steps.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MoveSize {
    /// Skills the target needs that are held already.
    pub shared: usize,
    /// Skills the target needs.
    pub of: usize,
    pub learn: usize,
    /// Of the skills to learn, those held in another form (a variant or the base of the same group).
    pub variant_held: usize,
    pub raise: usize,
    pub steps: u32,
}

/// One possible move to a role level.
#[derive(Debug, Clone, PartialEq)]
pub struct Move {
    /// The target level's id.
    pub target: String,
    /// The move score, 0 to 1 (module docs).
    pub score: f64,
    pub size: MoveSize,
}

impl MoveSize {
    /// The size of a gap already worked out (the same numbers [`MoveIndex::size`] counts).
    pub fn of_gap(gap: &Gap) -> MoveSize {
        MoveSize {
            shared: gap.raise.len() + gap.met.len(),
            of: gap.learn.len() + gap.raise.len() + gap.met.len(),
            learn: gap.learn.len(),
            variant_held: gap
                .learn
                .iter()
                .filter(|l| l.related_held.is_some())
                .count(),
            raise: gap.raise.len(),
            steps: gap.total_steps(),
        }
    }

    /// "shares 4 of 6 skills; 2 skills to learn, 1 to raise; 7 steps", with ", 2 more in another
    /// form" after the shared count where skills to learn are held as a variant.
    pub fn describe(&self) -> String {
        let s = self;
        let variants = match s.variant_held {
            0 => String::new(),
            n => format!(", {n} more in another form"),
        };
        format!(
            "shares {} of {}{variants}; {} to learn, {} to raise; {}",
            s.shared,
            wording::skills(s.of),
            wording::skills(s.learn),
            s.raise,
            wording::steps(s.steps)
        )
    }
}

impl Move {
    /// The move's size in words: [`MoveSize::describe`].
    pub fn reason(&self) -> String {
        self.size.describe()
    }

    /// The score to two decimals.
    pub fn score_text(&self) -> String {
        wording::two_decimals(self.score)
    }
}

/// Which seniority of target levels to keep.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SeniorityFilter {
    #[default]
    Any,
    /// The same rung as the current level, or one up (module docs).
    SameOrOneUp,
}

impl SeniorityFilter {
    pub const ALL: [SeniorityFilter; 2] = [SeniorityFilter::Any, SeniorityFilter::SameOrOneUp];

    /// The name used in links and on the command line.
    pub fn key(self) -> &'static str {
        match self {
            SeniorityFilter::Any => "any",
            SeniorityFilter::SameOrOneUp => "near",
        }
    }

    pub fn from_key(key: &str) -> Option<SeniorityFilter> {
        Self::ALL.into_iter().find(|f| f.key() == key)
    }

    pub fn label(self) -> &'static str {
        match self {
            SeniorityFilter::Any => "Any seniority",
            SeniorityFilter::SameOrOneUp => "Same level of seniority or one up",
        }
    }
}

/// Which target levels to keep in a ranking.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MoveFilter {
    /// Only levels of roles in this family.
    pub family: Option<String>,
    pub seniority: SeniorityFilter,
}

/// A level's rung counted down from the top of its role's ladder (module docs).
pub fn rung(fw: &Framework, level: &Level) -> i32 {
    if level.is_unlevelled() {
        return -1;
    }
    let (position, ladder) = fw.ladder_position(level);
    (ladder - 1 - position) as i32
}

/// The move from a profile to the level at `position` in `fw.levels`.
pub fn move_to(fw: &Framework, index: &MoveIndex, from: &Profile, position: usize) -> Move {
    let to = index.level(position);
    Move {
        target: fw.levels[position].id.clone(),
        score: index.score(from, to),
        size: index.size(from, to),
    }
}

/// The next level up the current level's role, as a move (none at the top of a ladder).
pub fn next_moves(fw: &Framework, index: &MoveIndex, current: &Level, from: &Profile) -> Vec<Move> {
    fw.next_level(current)
        .and_then(|next| fw.level_position(&next.id))
        .map(|position| move_to(fw, index, from, position))
        .into_iter()
        .collect()
}

/// Every level of other roles ranked as a move from `from` (module docs). `current`, when given,
/// is left out with its whole role (its ladder is [`next_moves`]) and sets the seniority filter's rung.
pub fn ranked_moves(
    fw: &Framework,
    index: &MoveIndex,
    from: &Profile,
    current: Option<&Level>,
    filter: &MoveFilter,
) -> Vec<Move> {
    let current_rung = current.map(|l| rung(fw, l));
    let mut moves: Vec<Move> = fw
        .levels
        .iter()
        .enumerate()
        .filter(|(_, level)| current.is_none_or(|c| c.role != level.role))
        .filter(|(_, level)| {
            filter
                .family
                .as_deref()
                .is_none_or(|family| fw.role_of(level).family == family)
        })
        .filter(|(_, level)| match (filter.seniority, current_rung) {
            (SeniorityFilter::SameOrOneUp, Some(r)) => {
                let target = rung(fw, level);
                target == r || target == r - 1
            }
            _ => true,
        })
        .map(|(position, _)| move_to(fw, index, from, position))
        .filter(|m| m.score > 0.0)
        .collect();
    moves.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then(a.size.steps.cmp(&b.size.steps))
            .then_with(|| a.target.cmp(&b.target))
    });
    moves
}

/// The ranked moves from every level (each with its own role left out and no filter): the whole
/// career-move computation a page could ask for, as the benchmarks time it.
pub fn ranked_moves_from_every_level(fw: &Framework, index: &MoveIndex) -> Vec<Vec<Move>> {
    fw.levels
        .iter()
        .enumerate()
        .map(|(a, level)| {
            ranked_moves(
                fw,
                index,
                index.level(a),
                Some(level),
                &MoveFilter::default(),
            )
        })
        .collect()
}

/// A role that shares skills with a level, as a move from that level: the role's level closest in
/// skills and seniority (the one "Add" compares), the shared skills by name, and the move's size.
#[derive(Debug, Clone, PartialEq)]
pub struct RelatedMove {
    /// The related role's id.
    pub role: String,
    /// The role's level closest to the starting level.
    pub target: String,
    /// The shared skills' names, in name order.
    pub shared: Vec<String>,
    /// Similar skills standing in for ones the role needs ("Developing code for analysis is close
    /// to Programming and build"), most similar first.
    pub similar: Vec<String>,
    /// The score to two decimals ("0.45").
    pub score_text: String,
    /// What the move from the starting level to `target` takes.
    pub size: MoveSize,
}

/// Each of `ranked` (related roles, best first) as a move from `level`; roles without levels are left out.
pub fn related_moves(
    fw: &Framework,
    level: &Level,
    ranked: &[crate::engine::moves::RelatedRole],
) -> Vec<RelatedMove> {
    ranked
        .iter()
        .filter_map(|related| {
            let role = fw.role(&related.role)?;
            let target = crate::engine::moves::closest_level(fw, level, role)?;
            Some(RelatedMove {
                role: role.id.clone(),
                target: target.id.clone(),
                shared: related
                    .shared
                    .iter()
                    .filter_map(|g| fw.group_name(g))
                    .map(str::to_string)
                    .collect(),
                similar: related.similar.iter().map(|s| s.describe(fw)).collect(),
                score_text: related.score_text(),
                size: MoveSize::of_gap(&crate::engine::moves::gap(fw, level, target)),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::framework::SkillLevel;

    fn req(skill: &str, level: Option<SkillLevel>) -> Requirement {
        Requirement {
            skill: skill.into(),
            level,
        }
    }

    #[test]
    fn size_counts_shared_learn_raise_and_steps_by_hand() {
        let from = Profile {
            skills: vec![(1, 2), (2, 3), (5, 0)],
            ..Profile::default()
        };
        // needs 1 at practitioner (raise 1), 2 at working (met), 3 at expert (learn 4),
        // 5 at expert (held with no level set: met).
        let to = Profile {
            skills: vec![(1, 3), (2, 2), (3, 4), (5, 4)],
            ..Profile::default()
        };
        let index = MoveIndex {
            skill_index: HashMap::new(),
            group_of_skill: vec![0, 1, 2, 3, 4, 5],
            group_weight: vec![1.0; 6],
            levels: Vec::new(),
        };
        let size = index.size(&from, &to);
        assert_eq!(
            size,
            MoveSize {
                shared: 3,
                of: 4,
                learn: 1,
                variant_held: 0,
                raise: 1,
                steps: 5
            }
        );
        let m = Move {
            target: "x".into(),
            score: 0.5,
            size,
        };
        assert_eq!(
            m.reason(),
            "shares 3 of 4 skills; 1 skill to learn, 1 to raise; 5 steps"
        );
        // Skill 3 in the same group as skill 1: held in another form.
        let variant = MoveIndex {
            group_of_skill: vec![0, 1, 2, 1, 4, 5],
            ..index
        };
        let from = Profile {
            groups: vec![1, 2, 5],
            ..from
        };
        let m = Move {
            size: variant.size(&from, &to),
            ..m
        };
        assert_eq!(
            m.reason(),
            "shares 3 of 4 skills, 1 more in another form; 1 skill to learn, 1 to raise; 5 steps"
        );
    }

    #[test]
    fn profile_ignores_unknown_skills_and_sorts() {
        let fw = crate::load::embedded::framework().unwrap();
        let index = MoveIndex::new(&fw);
        let p = index.profile(&[
            req("strategic-thinking", Some(SkillLevel::Working)),
            req("no-such-skill", Some(SkillLevel::Expert)),
            req("agile-working", None),
        ]);
        assert_eq!(p.skills.len(), 2);
        assert!(p.skills[0].0 < p.skills[1].0);
        assert!(p.weight > 0.0);
        assert!((index.score(&p, &p) - 1.0).abs() < 1e-12);
        assert_eq!(index.score(&p, &Profile::default()), 0.0);
    }
}
