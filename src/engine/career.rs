//! Career moves: from one role level, or from a person's own ratings, to every other role level,
//! each scored and sized, ranked, and filtered by family and seniority.
//!
//! # Move score
//! Two signals from what the framework says, and its families (issue 18):
//!
//! - **skills**: a weighted cosine between the skill groups of the starting point `A` and of the
//!   target `B`, where a group of `B` counts fully when `A` holds one of its skills by id, and
//!   counts by similarity when `A` holds a similar skill instead (a stand-in,
//!   [`crate::engine::stand_in`]: most similar pairs first, each held skill once):
//!   `S = (Σ_{g met} w(g) + Σ_{stand-ins} sim · w(g)) / sqrt(Σ_A w · Σ_B w)`, with
//!   `w(g) = ln(1 + R / r(g))`, so sharing a rare skill counts for more than sharing a common one;
//! - **descriptions**: `D`, the similarity of the two roles' descriptions and their levels'
//!   ([`crate::engine::similarity`]; 1 within one role, 0 where the starting point has no role);
//! - **family**: `F` = 1 where both roles are of one family, else 0.
//!
//! `score = (S + D + 0.1 · F) / 2.1`, 0 to 1; a target with nothing shared or similar (`S` = 0)
//! is no move at all, however its roles are described. Skills alone put 15 of the 18 known moves
//! of `tests/fixtures/known-moves.csv` in the top 10 related roles, with one unrelated move in;
//! with the descriptions, all 18 and none of the unrelated ones, and the same for every weight of
//! `D` from 0.5 to 0.6 of `S + D` and every family bonus from 0.05 to 0.1 (BENCHMARKS.md).
//! Moves are ranked by score (highest first), then by fewer steps, then by level id.
//!
//! # Move size
//! The numbers of [`crate::engine::moves::gap`] for the same pair, counted without building the lists:
//! `shared` skills the target needs that are held (at any level), `learn` skills it needs that are
//! not held (`similar_held` of them with a stand-in), `raise` skills held below the level it
//! needs, and `steps` = levels raised plus each skill to learn at its target rank (awareness 1 …
//! expert 4). Skills whose level is not set (the Chief roles) count as held or met and add no
//! steps.
//!
//! # Seniority
//! A level's rung is counted down from the top of its role's ladder: 0 for the most senior level
//! ("Head of …"), 1 for the one below, and so on; the Chief roles, which publish no levels, sit at
//! −1, above every ladder. "Same seniority or one up" keeps targets on the same rung or one higher;
//! "one row per role" keeps, of each role, the level closest in seniority.

use crate::engine::moves::Gap;
use crate::engine::stand_in::{SkillIndex, StandIn, StandInAt};
use crate::framework::wording;
use crate::framework::{Framework, Level, Requirement, Role};

/// The move score in words, for every screen and file that shows it.
pub const SCORE_IN_WORDS: &str = "Ranked by a score from 0 to 1: how alike the skills are (skills held count fully, similar skills in part, rarer skills for more) and how alike the two roles are described, with a little more for the same family.";

/// The family bonus `F`'s weight in the score (module docs).
const FAMILY_WEIGHT: f64 = 0.1;

/// What someone holds, as indices: skills with their rank (0 where no level is set), skill groups,
/// and the role they hold them in, where known.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Profile {
    /// (skill index, rank 0–4), sorted by skill index.
    skills: Vec<(u16, u8)>,
    /// Group indices, sorted, each once.
    groups: Vec<u16>,
    /// Σ w over `groups`.
    weight: f64,
    /// The role's position in `fw.roles`, for the descriptions and the family.
    role: Option<u16>,
}

impl Profile {
    /// The same skills held in the role at `position` in `fw.roles`.
    pub fn in_role(mut self, role: Option<u16>) -> Profile {
        self.role = role;
        self
    }
}

/// How alike a starting point and a target are (module docs).
#[derive(Debug, Clone, PartialEq)]
pub struct Likeness {
    /// `S`: the skills' weighted cosine, stand-ins counted by similarity.
    pub skills: f64,
    /// `D`: how alike the roles are described.
    pub descriptions: f64,
    pub same_family: bool,
    /// The similar skills held standing in for ones needed (positions in `fw.skills`).
    pub stand_ins: Vec<StandInAt>,
    /// The groups of the target met by a skill held by id.
    pub met: Vec<u16>,
}

impl Likeness {
    /// The move score, 0 to 1 (module docs).
    pub fn score(&self) -> f64 {
        score_of(self.skills, self.descriptions, self.same_family)
    }
}

/// `(S + D + 0.1 · F) / 2.1`, or 0 where nothing is shared or similar (module docs).
fn score_of(skills: f64, descriptions: f64, same_family: bool) -> f64 {
    if skills <= 0.0 {
        return 0.0;
    }
    let family = if same_family { FAMILY_WEIGHT } else { 0.0 };
    (skills + descriptions + family) / (2.0 + FAMILY_WEIGHT)
}

/// Buffers for scoring many pairs without allocating for each.
#[derive(Debug, Default)]
struct Scratch {
    met: Vec<u16>,
    wanted: Vec<u16>,
    spare: Vec<u16>,
    pairs: Vec<StandInAt>,
    marks: Vec<u64>,
}

/// Every role level as a [`Profile`], with what scoring needs of skills and roles: built once per
/// framework.
#[derive(Debug, Clone, PartialEq)]
pub struct MoveIndex {
    skills: SkillIndex,
    levels: Vec<Profile>,
    /// Each role's family, as an index.
    family_of_role: Vec<u16>,
    /// Roles × roles, in hundredths (`Framework::similar_roles`, both ways; 100 on the diagonal).
    role_similarity: Vec<u8>,
    roles: usize,
}

impl MoveIndex {
    pub fn new(fw: &Framework) -> MoveIndex {
        let roles = fw.roles.len();
        let mut role_similarity = vec![0u8; roles * roles];
        for i in 0..roles {
            role_similarity[i * roles + i] = 100;
        }
        for (i, row) in fw.similar_roles.iter().flatten().enumerate() {
            for (k, &similarity) in row.iter().enumerate() {
                let j = i + 1 + k;
                if j < roles {
                    role_similarity[i * roles + j] = similarity;
                    role_similarity[j * roles + i] = similarity;
                }
            }
        }
        let family_of_role = fw
            .roles
            .iter()
            .map(|r| {
                fw.families
                    .iter()
                    .position(|f| f.id == r.family)
                    .unwrap_or(usize::MAX) as u16
            })
            .collect();
        let mut index = MoveIndex {
            skills: SkillIndex::new(fw),
            levels: Vec::new(),
            family_of_role,
            role_similarity,
            roles,
        };
        index.levels = fw
            .levels
            .iter()
            .map(|l| {
                let role = fw.roles.iter().position(|r| r.id == l.role);
                index.profile(&l.skills).in_role(role.map(|r| r as u16))
            })
            .collect();
        index
    }

    /// The skills, their groups and similar skills.
    pub fn skills(&self) -> &SkillIndex {
        &self.skills
    }

    /// The profile of skills held at some level; skills the framework does not know are left
    /// out. No role: set one with [`Profile::in_role`].
    pub fn profile(&self, held: &[Requirement]) -> Profile {
        let mut skills: Vec<(u16, u8)> = held
            .iter()
            .filter_map(|r| {
                let i = self.skills.position(&r.skill)?;
                Some((i, r.level.map_or(0, |l| l.rank())))
            })
            .collect();
        skills.sort_unstable();
        skills.dedup_by_key(|(i, _)| *i);
        let mut groups: Vec<u16> = skills.iter().map(|(i, _)| self.skills.group(*i)).collect();
        groups.sort_unstable();
        groups.dedup();
        let weight = groups.iter().map(|g| self.skills.weight(*g)).sum();
        Profile {
            skills,
            groups,
            weight,
            role: None,
        }
    }

    /// Every skill any level of `role` needs (at the highest level any of them needs it), in the role.
    pub fn role_profile(&self, fw: &Framework, role: &Role) -> Profile {
        let mut held: Vec<Requirement> = Vec::new();
        for need in fw.levels_of(role).flat_map(|l| &l.skills) {
            match held.iter_mut().find(|h| h.skill == need.skill) {
                Some(h) => h.level = h.level.max(need.level),
                None => held.push(need.clone()),
            }
        }
        let position = fw.roles.iter().position(|r| r.id == role.id);
        self.profile(&held).in_role(position.map(|p| p as u16))
    }

    /// The profile of the level at `position` in `fw.levels`.
    pub fn level(&self, position: usize) -> &Profile {
        &self.levels[position]
    }

    /// How alike `from` and `to` are: skills met and stood in for, descriptions, family.
    pub fn likeness(&self, from: &Profile, to: &Profile) -> Likeness {
        let mut scratch = Scratch::default();
        let (skills, descriptions, same_family) = self.likeness_into(from, to, &mut scratch);
        Likeness {
            skills,
            descriptions,
            same_family,
            stand_ins: scratch.pairs,
            met: scratch.met,
        }
    }

    /// [`MoveIndex::likeness`] with buffers the caller reuses across pairs (no allocation once they
    /// have grown): `(S, D, F)`, the stand-ins and the groups met left in `scratch`.
    fn likeness_into(
        &self,
        from: &Profile,
        to: &Profile,
        scratch: &mut Scratch,
    ) -> (f64, f64, bool) {
        let Scratch {
            met,
            wanted,
            spare,
            pairs,
            marks,
        } = scratch;
        met.clear();
        wanted.clear();
        spare.clear();
        // Both lists are sorted by skill: one walk splits them into held by id, wanted, spare.
        let (mut i, mut j) = (0, 0);
        while i < from.skills.len() || j < to.skills.len() {
            let a = from.skills.get(i).map(|s| s.0);
            let b = to.skills.get(j).map(|s| s.0);
            match (a, b) {
                (Some(a), Some(b)) if a == b => {
                    met.push(self.skills.group(b));
                    i += 1;
                    j += 1;
                }
                (Some(a), Some(b)) if a < b => {
                    spare.push(a);
                    i += 1;
                }
                (Some(a), None) => {
                    spare.push(a);
                    i += 1;
                }
                (_, Some(b)) => {
                    wanted.push(b);
                    j += 1;
                }
                (None, None) => break,
            }
        }
        met.sort_unstable();
        met.dedup();
        self.skills.stand_ins_into(wanted, spare, met, pairs, marks);
        let matched: f64 = met.iter().map(|&g| self.skills.weight(g)).sum::<f64>()
            + pairs
                .iter()
                .map(|&(n, _, similarity)| {
                    f64::from(similarity) / 1000.0 * self.skills.weight(self.skills.group(n))
                })
                .sum::<f64>();
        let skills = if from.weight <= 0.0 || to.weight <= 0.0 {
            0.0
        } else {
            matched / (from.weight * to.weight).sqrt()
        };
        let (descriptions, same_family) = match (from.role, to.role) {
            (Some(a), Some(b)) if usize::from(a) < self.roles && usize::from(b) < self.roles => (
                f64::from(self.role_similarity[usize::from(a) * self.roles + usize::from(b)])
                    / 100.0,
                self.family_of_role[usize::from(a)] == self.family_of_role[usize::from(b)],
            ),
            _ => (0.0, false),
        };
        (skills, descriptions, same_family)
    }

    /// Every level scored and sized against every level, row by row (`[from * n + to]`): the whole
    /// move matrix, as the benchmarks time it.
    pub fn all_pairs(&self) -> Vec<(f64, MoveSize)> {
        let mut scratch = Scratch::default();
        let mut all = Vec::with_capacity(self.levels.len() * self.levels.len());
        for from in &self.levels {
            for to in &self.levels {
                all.push(self.measure(from, to, &mut scratch));
            }
        }
        all
    }

    /// The score and size of one move, with buffers reused across pairs; the stand-ins are left
    /// in `scratch`.
    fn measure(&self, from: &Profile, to: &Profile, scratch: &mut Scratch) -> (f64, MoveSize) {
        let (skills, descriptions, same_family) = self.likeness_into(from, to, scratch);
        let score = score_of(skills, descriptions, same_family);
        (score, self.size_with(from, to, &scratch.pairs))
    }

    /// The skill-level steps from `from` to `to` (module docs), as [`MoveIndex::size`] counts them.
    pub fn steps(&self, from: &Profile, to: &Profile) -> u32 {
        let mut steps = 0;
        let mut i = 0;
        for &(skill, want) in &to.skills {
            while i < from.skills.len() && from.skills[i].0 < skill {
                i += 1;
            }
            steps += match from.skills.get(i) {
                Some(&(held, have)) if held == skill && have > 0 && want > have => {
                    u32::from(want - have)
                }
                Some(&(held, _)) if held == skill => 0,
                _ => u32::from(want),
            };
        }
        steps
    }

    /// How big the move from `from` to `to` is (module docs); the same numbers as
    /// [`crate::engine::moves::gap`]. `likeness` is the pair's, for its stand-ins.
    pub fn size(&self, from: &Profile, to: &Profile, likeness: &Likeness) -> MoveSize {
        self.size_with(from, to, &likeness.stand_ins)
    }

    /// [`MoveIndex::size`] from the pair's stand-ins.
    fn size_with(&self, from: &Profile, to: &Profile, stand_ins: &[StandInAt]) -> MoveSize {
        let mut size = MoveSize {
            of: to.skills.len(),
            // Stand-ins for skills not already held in another form (those are said once, so).
            similar_held: stand_ins
                .iter()
                .filter(|(needed, _, _)| {
                    from.groups
                        .binary_search(&self.skills.group(*needed))
                        .is_err()
                })
                .count(),
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
                    let group = self.skills.group(skill);
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
    /// Of the skills to learn and not held in another form, those with a similar skill held
    /// standing in (`engine::stand_in`).
    pub similar_held: usize,
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
    /// Similar skills held standing in for skills the target needs, most similar first, as
    /// positions in `fw.skills` ([`Move::stand_ins_in`] gives them as ids).
    pub stand_ins: Vec<StandInAt>,
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
            similar_held: gap
                .learn
                .iter()
                .filter(|l| l.similar_held.is_some() && l.related_held.is_none())
                .count(),
            raise: gap.raise.len(),
            steps: gap.total_steps(),
        }
    }

    /// "shares 4 of 6 skills; 2 skills to learn, 1 to raise; 7 steps", with ", 2 more in another
    /// form" after the shared count where skills to learn are held as a variant, and " and has
    /// similar skills for 2 more" where similar skills stand in for skills to learn.
    pub fn describe(&self) -> String {
        let s = self;
        let variants = match s.variant_held {
            0 => String::new(),
            n => format!(", {n} more in another form"),
        };
        let similar = match s.similar_held {
            0 => String::new(),
            1 => " and has a similar skill for 1 more".to_string(),
            n => format!(" and has similar skills for {n} more"),
        };
        format!(
            "shares {} of {}{variants}{similar}; {} to learn, {} to raise; {}",
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

    /// The stand-ins in words: "Developing code for analysis is close to Programming and build
    /// (data science)", most similar first.
    pub fn similar(&self, fw: &Framework) -> Vec<String> {
        self.stand_ins_in(fw)
            .iter()
            .map(|s| s.describe(fw))
            .collect()
    }

    /// The stand-ins, as ids.
    pub fn stand_ins_in(&self, fw: &Framework) -> Vec<StandIn> {
        self.stand_ins
            .iter()
            .filter_map(|&at| StandIn::at(fw, at))
            .collect()
    }

    /// The score to two decimals.
    pub fn score_text(&self) -> String {
        wording::two_decimals(self.score)
    }
}

/// Which seniority of target levels to keep.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SeniorityFilter {
    /// Of each role, the level closest in seniority, with its other levels beside it (module docs).
    #[default]
    OnePerRole,
    /// The same rung as the current level, or one up (module docs).
    SameOrOneUp,
    Any,
}

impl SeniorityFilter {
    pub const ALL: [SeniorityFilter; 3] = [
        SeniorityFilter::OnePerRole,
        SeniorityFilter::SameOrOneUp,
        SeniorityFilter::Any,
    ];

    /// The name used in links and on the command line.
    pub fn key(self) -> &'static str {
        match self {
            SeniorityFilter::OnePerRole => "role",
            SeniorityFilter::SameOrOneUp => "near",
            SeniorityFilter::Any => "any",
        }
    }

    pub fn from_key(key: &str) -> Option<SeniorityFilter> {
        Self::ALL.into_iter().find(|f| f.key() == key)
    }

    pub fn label(self) -> &'static str {
        match self {
            SeniorityFilter::OnePerRole => "One row per role",
            SeniorityFilter::SameOrOneUp => "Same level of seniority or one up",
            SeniorityFilter::Any => "Any seniority, every level",
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
    move_with(fw, index, from, position, &mut Scratch::default())
}

/// [`move_to`] with buffers reused across moves.
fn move_with(
    fw: &Framework,
    index: &MoveIndex,
    from: &Profile,
    position: usize,
    scratch: &mut Scratch,
) -> Move {
    let (score, size) = index.measure(from, index.level(position), scratch);
    Move {
        target: fw.levels[position].id.clone(),
        score,
        size,
        stand_ins: if score > 0.0 {
            scratch.pairs.clone()
        } else {
            Vec::new()
        },
    }
}

/// The next level up the current level's role, as a move (none at the top of a ladder).
pub fn next_moves(fw: &Framework, index: &MoveIndex, current: &Level, from: &Profile) -> Vec<Move> {
    let from = &in_current_role(fw, from, Some(current));
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
    let from = &in_current_role(fw, from, current);
    let mut scratch = Scratch::default();
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
        .map(|(position, _)| move_with(fw, index, from, position, &mut scratch))
        .filter(|m| m.score > 0.0)
        .collect();
    moves.sort_by(rank_order);
    moves
}

/// `from` in the current level's role, where it names none (a person's ratings with a current
/// level): the descriptions and the family are the role's.
fn in_current_role(fw: &Framework, from: &Profile, current: Option<&Level>) -> Profile {
    let role = from.role.or_else(|| {
        let current = current?;
        fw.roles
            .iter()
            .position(|r| r.id == current.role)
            .map(|p| p as u16)
    });
    from.clone().in_role(role)
}

/// One row of the ranked moves: a move, and with one row per role, the role's other levels as
/// moves (in their ladder's order).
#[derive(Debug, Clone, PartialEq)]
pub struct MoveRow {
    pub shown: Move,
    pub other_levels: Vec<Move>,
}

/// How far a target's rung is from the current rung, for picking a role's closest level: the same
/// rung first, then one up, then the nearer (up before down at the same distance).
fn seniority_distance(target: i32, current: i32) -> i32 {
    match target - current {
        0 => 0,
        -1 => 1,
        d => 2 * d.abs() + i32::from(d > 0),
    }
}

/// The ranked moves as rows: with [`SeniorityFilter::OnePerRole`], each role's level closest in
/// seniority to `current` (the best scored where there is no current level), ranked by its
/// score, with the role's other levels beside it; else one row per move.
pub fn move_rows(
    fw: &Framework,
    ranked: Vec<Move>,
    current: Option<&Level>,
    filter: &MoveFilter,
) -> Vec<MoveRow> {
    if filter.seniority != SeniorityFilter::OnePerRole {
        return ranked
            .into_iter()
            .map(|shown| MoveRow {
                shown,
                other_levels: Vec::new(),
            })
            .collect();
    }
    let current_rung = current.map(|l| rung(fw, l));
    let mut by_role: Vec<(&str, Vec<Move>)> = Vec::new();
    for m in ranked {
        let role = fw.level(&m.target).map_or("", |l| l.role.as_str());
        match by_role.iter_mut().find(|(r, _)| *r == role) {
            Some((_, list)) => list.push(m),
            None => by_role.push((role, vec![m])),
        }
    }
    let mut rows: Vec<MoveRow> = by_role
        .into_iter()
        .map(|(_, mut moves)| {
            // `moves` is best first: the first of the closest rung wins a tie.
            let closest = match current_rung {
                Some(r) => moves
                    .iter()
                    .enumerate()
                    .min_by_key(|(i, m)| {
                        let target = fw.level(&m.target).map_or(i32::MAX / 4, |l| rung(fw, l));
                        (seniority_distance(target, r), *i)
                    })
                    .map_or(0, |(i, _)| i),
                None => 0,
            };
            let shown = moves.remove(closest);
            moves.sort_by_key(|m| fw.level_position(&m.target));
            MoveRow {
                shown,
                other_levels: moves,
            }
        })
        .collect();
    rows.sort_by(|a, b| rank_order(&a.shown, &b.shown));
    rows
}

/// The ranking order: score (highest first), then fewer steps, then level id.
fn rank_order(a: &Move, b: &Move) -> std::cmp::Ordering {
    b.score
        .total_cmp(&a.score)
        .then(a.size.steps.cmp(&b.size.steps))
        .then_with(|| a.target.cmp(&b.target))
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

    /// Three roles: r1 (Alpha, Beta) and r2 (Alpha, Gamma) of one family, described 0.4 alike;
    /// r3 (Delta) of another, 0.1 from r1. Beta is 0.5 from Gamma.
    fn tiny() -> Framework {
        crate::engine::tiny::framework(
            &[
                ("r1", "f", &[("l1", &["Alpha", "Beta"])]),
                ("r2", "f", &[("l2", &["Alpha", "Gamma"])]),
                ("r3", "g", &[("l3", &["Delta"])]),
            ],
            &["Alpha", "Beta", "Delta", "Gamma"],
            vec![vec![], vec![[3, 500]], vec![], vec![]],
            vec![vec![40, 10], vec![0], vec![]],
        )
    }

    #[test]
    fn the_score_counts_shared_skills_stand_ins_descriptions_and_family_by_hand() {
        let fw = tiny();
        let index = MoveIndex::new(&fw);
        let (l1, l2, l3) = (index.level(0), index.level(1), index.level(2));
        let likeness = index.likeness(l1, l2);
        // w: Alpha is needed by 2 roles of 3, ln(1 + 3/2); Beta, Gamma, Delta by 1, ln(1 + 3).
        let (alpha, rare) = (2.5f64.ln(), 4f64.ln());
        // Alpha met by id, Gamma stood in for by Beta at 0.5; both sides weigh alpha + rare.
        let skills = (alpha + 0.5 * rare) / (alpha + rare);
        assert!(
            (likeness.skills - skills).abs() < 1e-12,
            "{}",
            likeness.skills
        );
        assert!((likeness.skills - 0.699).abs() < 1e-3);
        assert_eq!(likeness.descriptions, 0.4);
        assert!(likeness.same_family);
        assert_eq!(likeness.stand_ins, vec![(3, 1, 500)]);
        // (S + D + 0.1 F) / 2.1
        let score = (skills + 0.4 + 0.1) / 2.1;
        assert!((likeness.score() - score).abs() < 1e-12);
        assert!((likeness.score() - 0.571).abs() < 1e-3);
        // Nothing shared or similar: no move, however alike the descriptions.
        let apart = index.likeness(l1, l3);
        assert_eq!((apart.skills, apart.descriptions), (0.0, 0.1));
        assert_eq!(apart.score(), 0.0);
        // The size says the stand-in: Gamma to learn at Working (2 steps), with a similar skill.
        let m = move_to(&fw, &index, l1, 1);
        assert_eq!(
            m.reason(),
            "shares 1 of 2 skills and has a similar skill for 1 more; 1 skill to learn, 0 to raise; 2 steps"
        );
        assert_eq!(m.similar(&fw), vec!["Beta is close to Gamma"]);
        assert_eq!(index.steps(l1, l2), 2);
        // A person's ratings have no role: no descriptions, no family; a current level gives them.
        let person = index.profile(&fw.levels[0].skills);
        assert_eq!(index.likeness(&person, l2).descriptions, 0.0);
        let ranked = ranked_moves(
            &fw,
            &index,
            &person,
            Some(&fw.levels[0]),
            &MoveFilter::default(),
        );
        assert_eq!(ranked.len(), 1, "r3 shares nothing: not a move");
        assert!((ranked[0].score - score).abs() < 1e-12);
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
        assert!((index.likeness(&p, &p).skills - 1.0).abs() < 1e-12);
        assert_eq!(index.likeness(&p, &Profile::default()).score(), 0.0);
    }
}
