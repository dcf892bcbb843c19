//! The engine's answers as records that serialise to the command-line tool's `--format json`:
//! each record is built from what the engine computed, with the names and wording the engine
//! gives, so no JSON is assembled by hand and the CLI prints what the widget shows.

use crate::engine::career::{Move, MoveRow};
use crate::engine::compare::{Change, Comparison, PairSummary};
use crate::engine::moves::{Gap, Voice};
use crate::engine::related::{RelatedMove, RelatedRole};
use crate::engine::routes::{Route, RoutePlan};
use crate::engine::stand_in::StandIn;
use crate::framework::Problem;
use crate::framework::{Framework, Level, Role, SkillLevel};
use serde::Serialize;

/// A role level named, with its role.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LevelRecord {
    pub id: String,
    pub name: String,
    pub role: String,
    pub role_name: String,
}

impl LevelRecord {
    pub fn of(fw: &Framework, level: &Level) -> Self {
        let role = fw.role_of(level);
        LevelRecord {
            id: level.id.clone(),
            name: fw.level_name(level).to_string(),
            role: role.id.clone(),
            role_name: role.name.clone(),
        }
    }
}

/// A skill (or, in related roles, a skill group) with its name.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SkillRecord {
    pub skill: String,
    pub name: String,
}

impl SkillRecord {
    fn of(fw: &Framework, id: &str) -> Self {
        SkillRecord {
            skill: id.to_string(),
            name: skill_name(fw, id).to_string(),
        }
    }
}

/// A skill's name, or a skill group's (related roles share groups), or the id when neither.
pub fn skill_name<'a>(fw: &'a Framework, id: &'a str) -> &'a str {
    fw.group_name(id).unwrap_or(id)
}

/// A score to 3 decimals: enough to tell moves apart, without float noise.
fn score(score: f64) -> f64 {
    (score * 1000.0).round() / 1000.0
}

/// `compare`: the columns, every skill row and each neighbouring pair's summary.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ComparisonReport {
    pub columns: Vec<LevelRecord>,
    pub rows: Vec<RowRecord>,
    pub pairs: Vec<PairRecord>,
}

/// One skill across the columns.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RowRecord {
    pub skill: String,
    pub name: String,
    pub group: String,
    /// [`crate::engine::compare::Sharing::key`].
    pub sharing: &'static str,
    pub cells: Vec<CellRecord>,
    pub changes: Vec<ChangeRecord>,
}

/// One column's requirement of a skill.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CellRecord {
    pub required: bool,
    pub level: Option<SkillLevel>,
}

/// The change from one column to the next.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ChangeRecord {
    pub kind: &'static str,
    pub from: Option<SkillLevel>,
    pub to: Option<SkillLevel>,
    pub steps: i8,
    pub text: String,
}

impl ChangeRecord {
    pub fn of(change: Change) -> Self {
        let (kind, from, to) = match change {
            Change::Same(l) => ("same", Some(l), Some(l)),
            Change::Up { from, to } => ("up", Some(from), Some(to)),
            Change::Down { from, to } => ("down", Some(from), Some(to)),
            Change::New(to) => ("new", None, to),
            Change::NoLongerRequired(from) => ("no_longer_required", from, None),
            Change::LevelNotSet => ("level_not_set", None, None),
            Change::Neither => ("neither", None, None),
        };
        ChangeRecord {
            kind,
            from,
            to,
            steps: change.steps(),
            text: change.describe(),
        }
    }
}

/// What changes from one column to the next, counted and worded.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PairRecord {
    pub from: String,
    pub to: String,
    /// `up`, `down`, `same`, `new`, `no_longer_required`, `level_not_set`.
    #[serde(flatten)]
    pub counts: PairSummary,
    /// [`Comparison::pair_sentence`].
    pub text: String,
}

impl ComparisonReport {
    pub fn of(fw: &Framework, levels: &[&Level], comparison: &Comparison) -> Self {
        ComparisonReport {
            columns: levels.iter().map(|l| LevelRecord::of(fw, l)).collect(),
            rows: comparison
                .rows
                .iter()
                .map(|row| RowRecord {
                    skill: row.skill.clone(),
                    name: skill_name(fw, &row.skill).to_string(),
                    group: row.group.clone(),
                    sharing: row.sharing.key(),
                    cells: row
                        .cells
                        .iter()
                        .map(|c| CellRecord {
                            required: c.is_required(),
                            level: c.level(),
                        })
                        .collect(),
                    changes: row.changes.iter().map(|c| ChangeRecord::of(*c)).collect(),
                })
                .collect(),
            pairs: comparison
                .pairs
                .iter()
                .map(|p| PairRecord {
                    from: comparison.columns[p.left].clone(),
                    to: comparison.columns[p.left + 1].clone(),
                    counts: p.clone(),
                    text: comparison.pair_sentence(fw, p),
                })
                .collect(),
        }
    }
}

/// A skill needed, the similar skill held that stands in for it, how similar (0 to 1), and the
/// engine's sentence for it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StandInRecord {
    pub needed: SkillRecord,
    pub held: SkillRecord,
    pub similarity: f64,
    pub reason: String,
}

impl StandInRecord {
    pub fn of(fw: &Framework, s: &StandIn) -> Self {
        StandInRecord {
            needed: SkillRecord::of(fw, &s.needed),
            held: SkillRecord::of(fw, &s.held),
            similarity: f64::from(s.similarity) / 1000.0,
            reason: s.describe(fw),
        }
    }
}

/// `related`: the roles related to a role (or to a level's role), with the move from the level.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RelatedReport {
    /// The role or role level id asked about.
    pub focus: String,
    pub related: Vec<RelatedRecord>,
}

/// A related role, and the move to it when asked from a role level.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RelatedRecord {
    pub role: String,
    pub name: String,
    pub score: f64,
    pub shared: Vec<SkillRecord>,
    /// Skills the role needs that the focus does not hold, each with the similar skill of the
    /// focus that stands in for it, counted in the score by its similarity (`engine::career`).
    pub similar: Vec<StandInRecord>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub closest_level: Option<String>,
    /// [`crate::engine::career::MoveSize::describe`].
    #[serde(rename = "move", skip_serializing_if = "Option::is_none")]
    pub the_move: Option<String>,
}

impl RelatedReport {
    pub fn of(
        fw: &Framework,
        focus: &str,
        related: &[RelatedRole],
        moves: Option<&[RelatedMove]>,
    ) -> Self {
        let role_name = |id: &str| {
            fw.role(id)
                .map_or_else(|| id.to_string(), |r| r.name.clone())
        };
        RelatedReport {
            focus: focus.to_string(),
            related: related
                .iter()
                .map(|r| {
                    let the_move = moves.and_then(|m| m.iter().find(|m| m.role == r.role));
                    RelatedRecord {
                        role: r.role.clone(),
                        name: role_name(&r.role),
                        score: score(r.score),
                        shared: r.shared.iter().map(|s| SkillRecord::of(fw, s)).collect(),
                        similar: r.similar.iter().map(|s| StandInRecord::of(fw, s)).collect(),
                        closest_level: the_move.map(|m| m.target.clone()),
                        the_move: the_move.map(|m| m.size.describe()),
                    }
                })
                .collect(),
        }
    }
}

/// `gap`: what a move from one role level to another asks.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GapReport {
    pub from: LevelRecord,
    pub to: LevelRecord,
    pub learn: Vec<LearnRecord>,
    pub raise: Vec<RaiseRecord>,
    pub met: Vec<String>,
    pub no_longer_needed: Vec<String>,
    pub total_steps: u32,
}

/// A skill to learn, and a related skill already held at a level.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LearnRecord {
    pub skill: String,
    pub name: String,
    pub target: Option<SkillLevel>,
    pub related_held: Option<HeldRecord>,
    /// A similar skill held that stands in for it (`engine::stand_in`).
    pub similar_held: Option<HeldRecord>,
    /// The engine's words: "to Practitioner (you have a similar skill: … at Working)".
    pub reason: String,
}

/// A skill held, at its level (when the framework sets one).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HeldRecord {
    pub skill: String,
    pub level: Option<SkillLevel>,
}

/// A skill to raise, from one level to another.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RaiseRecord {
    pub skill: String,
    pub name: String,
    pub from: SkillLevel,
    pub to: SkillLevel,
    pub steps: u8,
}

impl GapReport {
    pub fn of(fw: &Framework, from: &Level, to: &Level, gap: &Gap) -> Self {
        GapReport {
            from: LevelRecord::of(fw, from),
            to: LevelRecord::of(fw, to),
            learn: gap
                .learn
                .iter()
                .map(|l| LearnRecord {
                    skill: l.skill.clone(),
                    name: skill_name(fw, &l.skill).to_string(),
                    target: l.target,
                    related_held: l.related_held.as_ref().map(|(skill, level)| HeldRecord {
                        skill: skill.clone(),
                        level: *level,
                    }),
                    similar_held: l.similar_held.as_ref().map(|(skill, level)| HeldRecord {
                        skill: skill.clone(),
                        level: *level,
                    }),
                    reason: l.describe(fw, Voice::Level),
                })
                .collect(),
            raise: gap
                .raise
                .iter()
                .map(|r| RaiseRecord {
                    skill: r.skill.clone(),
                    name: skill_name(fw, &r.skill).to_string(),
                    from: r.from,
                    to: r.to,
                    steps: r.steps(),
                })
                .collect(),
            met: gap.met.clone(),
            no_longer_needed: gap.no_longer_needed.clone(),
            total_steps: gap.total_steps(),
        }
    }
}

/// `levels`: each role's levels in order.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LevelsReport {
    pub levels: Vec<LevelPosition>,
}

/// A role level at its place in its role's order (1 is the first), and how that order is known.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LevelPosition {
    pub role: String,
    pub position: usize,
    pub id: String,
    pub name: String,
    pub order_source: String,
}

impl LevelsReport {
    pub fn of<'a>(fw: &Framework, roles: impl IntoIterator<Item = &'a Role>) -> Self {
        let mut levels = Vec::new();
        for role in roles {
            for (i, level) in fw.levels_of(role).enumerate() {
                levels.push(LevelPosition {
                    role: role.id.clone(),
                    position: i + 1,
                    id: level.id.clone(),
                    name: fw.level_name(level).to_string(),
                    order_source: level.order_source.clone(),
                });
            }
        }
        LevelsReport { levels }
    }
}

/// `moves`: the next level up and the closest moves from a role level.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MovesReport {
    pub from: LevelRecord,
    pub next: Vec<MoveRecord>,
    pub moves: Vec<MoveRecord>,
}

/// A move to a role level: its size and the engine's reason.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MoveRecord {
    pub target: String,
    pub name: Option<String>,
    pub role: Option<String>,
    pub score: f64,
    pub shared: usize,
    pub of: usize,
    pub learn: usize,
    pub raise: usize,
    pub steps: u32,
    /// Of the skills to learn, those with a similar skill held standing in.
    pub similar_held: usize,
    /// [`Move::reason`].
    pub reason: String,
    /// The similar skills held standing in for skills the target needs.
    pub similar: Vec<StandInRecord>,
    /// With one row per role (`--seniority role`), the role's other levels as moves.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub other_levels: Vec<MoveRecord>,
}

impl MoveRecord {
    pub fn of(fw: &Framework, m: &Move) -> Self {
        let level = fw.level(&m.target);
        MoveRecord {
            target: m.target.clone(),
            name: level.map(|l| fw.level_name(l).to_string()),
            role: level.map(|l| l.role.clone()),
            score: score(m.score),
            shared: m.size.shared,
            of: m.size.of,
            learn: m.size.learn,
            raise: m.size.raise,
            steps: m.size.steps,
            similar_held: m.size.similar_held,
            reason: m.reason(),
            similar: m
                .stand_ins_in(fw)
                .iter()
                .map(|s| StandInRecord::of(fw, s))
                .collect(),
            other_levels: Vec::new(),
        }
    }

    /// A row of the ranked moves: its move, with the role's other levels.
    pub fn of_row(fw: &Framework, row: &MoveRow) -> Self {
        MoveRecord {
            other_levels: row
                .other_levels
                .iter()
                .map(|m| MoveRecord::of(fw, m))
                .collect(),
            ..MoveRecord::of(fw, &row.shown)
        }
    }
}

impl MovesReport {
    pub fn of(fw: &Framework, from: &Level, next: &[Move], rows: &[MoveRow]) -> Self {
        MovesReport {
            from: LevelRecord::of(fw, from),
            next: next.iter().map(|m| MoveRecord::of(fw, m)).collect(),
            moves: rows.iter().map(|r| MoveRecord::of_row(fw, r)).collect(),
        }
    }
}

/// `route`: the cheapest routes from one role level to another.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RouteReport<'a> {
    pub from: LevelRecord,
    pub to: LevelRecord,
    pub direct_steps: u32,
    pub move_limit: u32,
    pub routes: &'a [Route],
}

impl<'a> RouteReport<'a> {
    pub fn of(fw: &Framework, from: &Level, to: &Level, plan: &'a RoutePlan) -> Self {
        RouteReport {
            from: LevelRecord::of(fw, from),
            to: LevelRecord::of(fw, to),
            direct_steps: plan.direct_steps,
            move_limit: plan.move_limit,
            routes: &plan.routes,
        }
    }
}

/// `validate`: whether a framework file is valid, its problems (each placed), and what a valid
/// one holds.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ValidationReport<'a> {
    pub valid: bool,
    pub problems: &'a [Problem],
    #[serde(skip_serializing_if = "Option::is_none")]
    pub roles: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub levels: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub skills: Option<usize>,
}

impl<'a> ValidationReport<'a> {
    pub fn valid(fw: &Framework) -> Self {
        ValidationReport {
            valid: true,
            problems: &[],
            roles: Some(fw.roles.len()),
            levels: Some(fw.levels.len()),
            skills: Some(fw.skills.len()),
        }
    }

    pub fn refused(problems: &'a [Problem]) -> Self {
        ValidationReport {
            valid: false,
            problems,
            roles: None,
            levels: None,
            skills: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fw() -> Framework {
        crate::load::embedded::framework().expect("the embedded framework parses")
    }

    #[test]
    fn a_comparison_report_names_its_columns_and_words_each_pair_as_the_engine_does() {
        let fw = fw();
        let levels: Vec<&Level> = ["data-analyst", "senior-data-analyst"]
            .iter()
            .map(|id| fw.level(id).unwrap_or_else(|| panic!("{id} exists")))
            .collect();
        let comparison = crate::engine::compare::compare(&fw, &levels);
        let report = ComparisonReport::of(&fw, &levels, &comparison);
        assert_eq!(report.columns[1].id, "senior-data-analyst");
        assert_eq!(report.columns[1].role, "data-analyst");
        assert_eq!(report.rows.len(), comparison.rows.len());
        assert_eq!(
            report.pairs[0].text,
            comparison.pair_sentence(&fw, &comparison.pairs[0])
        );
        let json = serde_json::to_value(&report).unwrap();
        let change = &json["rows"][0]["changes"][0];
        assert!(change["kind"].is_string() && change["text"].is_string());
    }

    #[test]
    fn a_related_role_has_its_move_only_when_asked_from_a_level() {
        let fw = fw();
        let level = fw.level("senior-data-analyst").expect("a known level");
        let role = fw.role_of(level);
        let related =
            crate::engine::related::related_roles(&fw, crate::engine::related::Focus::Role(role));
        let moves = crate::engine::related::related_moves(&fw, level, &related);
        let from_role =
            serde_json::to_value(RelatedReport::of(&fw, &role.id, &related, None)).unwrap();
        assert!(from_role["related"][0].get("move").is_none());
        let from_level =
            serde_json::to_value(RelatedReport::of(&fw, &level.id, &related, Some(&moves)))
                .unwrap();
        assert_eq!(from_level["related"][0]["move"], moves[0].size.describe());
        assert_eq!(from_level["related"][0]["closest_level"], moves[0].target);
    }
}
