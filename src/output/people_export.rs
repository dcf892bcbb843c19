//! Take-away files about people: a person's assessment pack (for a line manager or a Head of
//! Profession to review: needed, yours, agreed, evidence, and the "You can:" statements of the
//! level needed) and a team view (skills × people, with who covers what). CSV or Markdown, from
//! the engine's answers and words, the same from the widget and the command-line tool.

use super::export::{credit, Document};
use crate::engine::assessment::Assessment;
use crate::engine::team::Team;
use crate::framework::{Framework, Rating};

/// "Working", "Not yet", or "" when not rated.
fn rated(r: Option<Rating>) -> String {
    r.map_or(String::new(), |r| r.label().to_string())
}

/// The assessment pack: one row per skill the level needs. `name` is the person's (if they typed
/// one), `date` the day it was saved.
pub fn assessment_pack(
    fw: &Framework,
    assessment: &Assessment,
    name: Option<&str>,
    date: Option<&str>,
) -> Document {
    let level = fw.level_name_of(&assessment.level);
    let rows = assessment
        .skills
        .iter()
        .map(|s| {
            let statements: Vec<&str> = fw
                .skill(&s.skill)
                .and_then(|skill| skill.at(s.needed))
                .map(|t| t.bullets().collect())
                .unwrap_or_default();
            vec![
                fw.skill_name_of(&s.skill),
                s.needed.name().to_string(),
                rated(s.yours),
                rated(s.agreed),
                s.standing.word().to_string(),
                s.steps().to_string(),
                s.describe(),
                s.evidence.clone().unwrap_or_default(),
                statements.join("; "),
            ]
        })
        .collect();
    let mut intro = vec![format!(
        "{} against {level}{}: {}",
        name.map_or("Assessed".to_string(), |n| format!("{n}, assessed")),
        date.map_or(String::new(), |d| format!(" on {d}")),
        assessment.summary()
    )];
    if !assessment.unlevelled.is_empty() {
        intro.push(format!(
            "{} the level names without a skill level are not counted.",
            crate::framework::wording::count(assessment.unlevelled.len(), "skill", "skills")
        ));
    }
    Document {
        name: "role-compare-assessment".into(),
        title: format!(
            "Assessment against {level}{}",
            name.map_or(String::new(), |n| format!(": {n}"))
        ),
        intro,
        headers: [
            "Skill",
            "Needed",
            "Yours",
            "Agreed",
            "Standing",
            "Steps",
            "In words",
            "Evidence",
            "You can (needed level)",
        ]
        .map(String::from)
        .to_vec(),
        rows,
        credit: credit(fw),
        every_row: vec![
            ("Person".into(), name.unwrap_or_default().to_string()),
            ("Assessed against".into(), level),
            ("Date".into(), date.unwrap_or_default().to_string()),
        ],
    }
}

/// The team view: one row per skill the team's levels need, one column per person, then how many
/// meet, whether nobody covers it and its single point of expertise.
pub fn team(fw: &Framework, team: &Team) -> Document {
    let mut headers: Vec<String> = ["Skill", "Highest need", "Needed by", "Meeting their need"]
        .map(String::from)
        .to_vec();
    headers.extend(team.people.iter().map(|p| p.name.clone()));
    headers.extend(["Nobody covers", "Single point of expertise"].map(String::from));
    let rows = team
        .skills
        .iter()
        .map(|s| {
            let mut row = vec![
                fw.skill_name_of(&s.skill),
                s.highest_needed.name().to_string(),
                s.needed_by.to_string(),
                s.meeting.to_string(),
            ];
            row.extend(s.cells.iter().map(|c| c.describe().unwrap_or_default()));
            row.push(
                if team.nobody_covers.contains(&s.skill) {
                    "yes"
                } else {
                    ""
                }
                .into(),
            );
            row.push(
                team.single_points
                    .iter()
                    .find(|(skill, _)| *skill == s.skill)
                    .map_or(String::new(), |(_, p)| team.people[*p].name.clone()),
            );
            row
        })
        .collect();
    let mut intro = vec![team_summary(fw, team)];
    intro.extend((0..team.people.len()).map(|p| person_line(fw, team, p)));
    Document {
        name: "role-compare-team".into(),
        title: "Team skills".into(),
        intro,
        headers,
        rows,
        credit: credit(fw),
        every_row: Vec::new(),
    }
}

/// The person at `p` in a sentence: "Ana (Digital portfolio manager): meets 3 of 6 skills; the
/// next level, Senior digital portfolio manager, is 7 steps away."
pub fn person_line(fw: &Framework, team: &Team, p: usize) -> String {
    let (person, s) = (&team.people[p], &team.standings[p]);
    let level = person.level.as_deref().map(|l| fw.level_name_of(l));
    let meets = |level: &str| {
        format!(
            "{} ({level}): meets {} of {}",
            person.name,
            s.met,
            crate::framework::wording::skills(s.of)
        )
    };
    match (level, &s.next) {
        (None, _) => format!("{}: no role level, so ratings only.", person.name),
        (Some(level), Some((next, steps))) => format!(
            "{}; the next level, {}, is {} away.",
            meets(&level),
            fw.level_name_of(next),
            crate::framework::wording::steps(*steps)
        ),
        (Some(level), None) => format!("{}; the top of the ladder.", meets(&level)),
    }
}

/// "4 people, 9 skills needed. Nobody covers: Planning, Agile working. Single points of
/// expertise: Strategic thinking (Cal)."
pub fn team_summary(fw: &Framework, team: &Team) -> String {
    let names = |ids: &[String]| -> String {
        ids.iter()
            .map(|id| fw.skill_name_of(id))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut said = format!(
        "{}, {} needed.",
        crate::framework::wording::count(team.people.len(), "person", "people"),
        crate::framework::wording::skills(team.skills.len())
    );
    said += &match team.nobody_covers.len() {
        0 => " Every skill is covered at the highest level needed.".to_string(),
        _ => format!(" Nobody covers: {}.", names(&team.nobody_covers)),
    };
    if !team.single_points.is_empty() {
        let points: Vec<String> = team
            .single_points
            .iter()
            .map(|(skill, p)| format!("{} ({})", fw.skill_name_of(skill), team.people[*p].name))
            .collect();
        said += &format!(" Single points of expertise: {}.", points.join(", "));
    }
    said
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::assessment::assess;
    use crate::engine::team::{team as team_of, Person};
    use crate::framework::{Entry, SkillLevel::*};
    use std::collections::BTreeMap;

    fn entries(ratings: &[(&str, Rating, Option<&str>)]) -> BTreeMap<String, Entry> {
        ratings
            .iter()
            .map(|(skill, rating, evidence)| {
                (
                    skill.to_string(),
                    Entry {
                        rating: *rating,
                        evidence: evidence.map(str::to_string),
                        agreed: None,
                    },
                )
            })
            .collect()
    }

    /// Worked by hand on the official framework: a digital portfolio manager needs agile working
    /// A, communicating analysis and insight W, governance and assurance W, planning A, stakeholder
    /// relationship management W, strategic thinking A.
    #[test]
    fn the_pack_says_who_what_when_and_each_skills_needed_yours_standing_and_steps() {
        let fw = crate::load::embedded::framework().unwrap();
        let level = fw.level("digital-portfolio-manager").unwrap();
        let ratings = entries(&[
            ("planning", Rating::At(Working), Some("Ran the roadmap")),
            ("governance-and-assurance", Rating::At(Awareness), None),
            ("agile-working", Rating::NotYet, None),
        ]);
        let doc = assessment_pack(
            &fw,
            &assess(level, &ratings),
            Some("Ana"),
            Some("2026-12-05"),
        );
        assert_eq!(
            doc.title,
            "Assessment against Digital portfolio manager: Ana"
        );
        // Planning met (above); governance below by 1 (1 step); agile not yet (A: 1); the other
        // three not rated: communicating W 2, stakeholder W 2, strategic A 1. 1 + 1 + 2 + 2 + 1 = 7.
        assert_eq!(
            doc.intro[0],
            "Ana, assessed against Digital portfolio manager on 2026-12-05: meets 1 of 6 skills; 5 to raise, 7 steps in all."
        );
        let row = |skill: &str| doc.rows.iter().find(|r| r[0] == skill).unwrap();
        assert_eq!(
            row("Planning")[..8],
            [
                "Planning",
                "Awareness",
                "Working",
                "",
                "above",
                "0",
                "above it by 1 level: you are Working, this needs Awareness",
                "Ran the roadmap"
            ]
        );
        assert_eq!(
            row("Governance and assurance")[4..7],
            [
                "below",
                "1",
                "below by 1 level: you are Awareness, this needs Working"
            ]
        );
        assert_eq!(
            row("Agile working")[2..7],
            [
                "Not yet",
                "",
                "not yet",
                "1",
                "not yet: this needs Awareness"
            ]
        );
        assert!(
            !row("Planning")[8].is_empty(),
            "the needed level's statements"
        );
        let csv = doc.render(crate::output::export::Format::Csv);
        assert!(csv
            .lines()
            .skip(1)
            .all(|l| l.ends_with(",Ana,Digital portfolio manager,2026-12-05")));
    }

    #[test]
    fn the_team_file_has_a_column_per_person_and_the_flags_worked_by_hand() {
        let fw = crate::load::embedded::framework().unwrap();
        let person =
            |name: &str, level: Option<&str>, ratings: &[(&str, Rating, Option<&str>)]| Person {
                name: name.into(),
                level: level.map(str::to_string),
                entries: entries(ratings),
            };
        let t = team_of(
            &fw,
            vec![
                person(
                    "Ana",
                    Some("digital-portfolio-manager"),
                    &[
                        (
                            "communicating-analysis-and-insight",
                            Rating::At(Practitioner),
                            None,
                        ),
                        ("planning", Rating::At(Working), None),
                    ],
                ),
                person(
                    "Cal",
                    None,
                    &[("strategic-thinking", Rating::At(Expert), None)],
                ),
            ],
        );
        let doc = team(&fw, &t);
        assert_eq!(
            doc.headers,
            [
                "Skill",
                "Highest need",
                "Needed by",
                "Meeting their need",
                "Ana",
                "Cal",
                "Nobody covers",
                "Single point of expertise"
            ]
        );
        let row = |skill: &str| doc.rows.iter().find(|r| r[0] == skill).unwrap();
        // Only Ana's level needs anything: 6 skills, each needed by 1.
        assert_eq!(
            row("Planning")[1..6],
            [
                "Awareness",
                "1",
                "1",
                "Working, above (needs Awareness)",
                ""
            ]
        );
        assert_eq!(row("Agile working")[6], "yes", "nobody rated");
        assert_eq!(
            row("Communicating analysis and insight")[7],
            "Ana",
            "the only one at Practitioner or above"
        );
        assert_eq!(row("Strategic thinking")[5], "Expert, not needed");
        assert_eq!(row("Strategic thinking")[6], "", "Cal covers it");
        assert_eq!(
            doc.intro[2], "Cal: no role level, so ratings only.",
            "a sentence per person after the summary"
        );
    }
}
