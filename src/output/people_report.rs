//! The command-line tool's JSON records for people: `assess` (a person's ratings against a role
//! level) and `team` (a team's ratings against each person's level), with the engine's words.

use super::people_export::team_summary;
use super::report::LevelRecord;
use crate::engine::assessment::Assessment;
use crate::engine::team::Team;
use crate::framework::{Framework, Rating, SkillLevel};
use serde::Serialize;

/// "working", "not-yet", as the ratings file writes them.
fn key(r: Option<Rating>) -> Option<&'static str> {
    r.map(Rating::key)
}

/// `assess`: the level, the summary and one record per skill the level needs.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AssessReport {
    pub level: LevelRecord,
    pub name: Option<String>,
    pub saved: Option<String>,
    pub met: usize,
    pub of: usize,
    pub steps: u32,
    /// "meets 5 of 8 skills; 3 to raise, 4 steps in all."
    pub summary: String,
    pub skills: Vec<StandingRecord>,
    /// Skills the level names without a skill level (not counted).
    pub unlevelled: Vec<String>,
}

/// One skill of an assessment.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StandingRecord {
    pub skill: String,
    pub name: String,
    pub needed: SkillLevel,
    /// The person's rating ("not-yet", "awareness" … "expert"), null when not rated.
    pub yours: Option<&'static str>,
    pub agreed: Option<&'static str>,
    /// "meets", "above", "below", "not yet", "not rated".
    pub standing: &'static str,
    pub steps: u32,
    pub evidence: Option<String>,
    /// The engine's words: "below by 1 level: you are Working, this needs Practitioner".
    pub reason: String,
}

impl AssessReport {
    pub fn of(
        fw: &Framework,
        assessment: &Assessment,
        name: Option<&str>,
        saved: Option<&str>,
    ) -> Option<Self> {
        Some(AssessReport {
            level: LevelRecord::of(fw, fw.level(&assessment.level)?),
            name: name.map(str::to_string),
            saved: saved.map(str::to_string),
            met: assessment.met(),
            of: assessment.skills.len(),
            steps: assessment.steps(),
            summary: assessment.summary(),
            skills: assessment
                .skills
                .iter()
                .map(|s| StandingRecord {
                    skill: s.skill.clone(),
                    name: fw.skill_name_of(&s.skill),
                    needed: s.needed,
                    yours: key(s.yours),
                    agreed: key(s.agreed),
                    standing: s.standing.word(),
                    steps: s.steps(),
                    evidence: s.evidence.clone(),
                    reason: s.describe(),
                })
                .collect(),
            unlevelled: assessment.unlevelled.clone(),
        })
    }
}

/// `team`: the people, each skill's row, and who covers what (README: definitions).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TeamReport {
    pub people: Vec<PersonRecord>,
    pub skills: Vec<TeamSkillRecord>,
    /// Ids of skills some person's level needs where nobody is rated at or above the highest
    /// level any person's level needs.
    pub nobody_covers: Vec<String>,
    /// Skills some person's level needs where exactly one person is rated Practitioner or above.
    pub single_points: Vec<SinglePoint>,
    pub summary: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PersonRecord {
    pub name: String,
    /// The role level's id, null where none is known.
    pub level: Option<String>,
    pub met: usize,
    pub of: usize,
    pub steps: u32,
    pub next_level: Option<String>,
    /// Steps from the person's ratings to the next level.
    pub next_steps: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TeamSkillRecord {
    pub skill: String,
    pub name: String,
    pub highest_needed: SkillLevel,
    pub needed_by: usize,
    pub meeting: usize,
    /// One per person, in `people`'s order.
    pub cells: Vec<TeamCellRecord>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TeamCellRecord {
    pub needed: Option<SkillLevel>,
    pub rating: Option<&'static str>,
    /// Against the person's own need; null where their level does not need the skill.
    pub standing: Option<&'static str>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SinglePoint {
    pub skill: String,
    pub person: String,
}

impl TeamReport {
    pub fn of(fw: &Framework, team: &Team) -> Self {
        TeamReport {
            people: team
                .people
                .iter()
                .zip(&team.standings)
                .map(|(p, s)| PersonRecord {
                    name: p.name.clone(),
                    level: p.level.clone(),
                    met: s.met,
                    of: s.of,
                    steps: s.steps,
                    next_level: s.next.as_ref().map(|(id, _)| id.clone()),
                    next_steps: s.next.as_ref().map(|(_, steps)| *steps),
                })
                .collect(),
            skills: team
                .skills
                .iter()
                .map(|s| TeamSkillRecord {
                    skill: s.skill.clone(),
                    name: fw.skill_name_of(&s.skill),
                    highest_needed: s.highest_needed,
                    needed_by: s.needed_by,
                    meeting: s.meeting,
                    cells: s
                        .cells
                        .iter()
                        .map(|c| TeamCellRecord {
                            needed: c.needed,
                            rating: key(c.rating),
                            standing: c.standing.map(|s| s.word()),
                        })
                        .collect(),
                })
                .collect(),
            nobody_covers: team.nobody_covers.clone(),
            single_points: team
                .single_points
                .iter()
                .map(|(skill, p)| SinglePoint {
                    skill: skill.clone(),
                    person: team.people[*p].name.clone(),
                })
                .collect(),
            summary: team_summary(fw, team),
        }
    }
}
