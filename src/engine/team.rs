//! A team's ratings against what each person's role level needs: a skills × people grid, how
//! many meet each need, the skills nobody covers, the single points of expertise, and for each
//! person the next level up and how far they are from it.
//!
//! # Definitions (the same in the widget, the command-line tool and the README)
//! - The team's skills are those some person's level needs at a set level (`engine::assessment`:
//!   a skill whose level is not set is not counted). A person with no role level contributes
//!   ratings but no needs.
//! - **Nobody covers** a skill when nobody in the team is rated at or above the highest level that
//!   any person's level needs for it.
//! - A **single point of expertise** is a skill some person's level needs where exactly one
//!   person is rated Practitioner or above.
//! - **How far** from the next level up: the steps of that level's assessment (as the gap counts).

use super::assessment::{assess, Standing};
use crate::framework::{Entry, Framework, Rating, SkillLevel};
use std::collections::BTreeMap;

/// One person: a name (held in memory only), the level their file names, their ratings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    pub name: String,
    /// Their role level's id; none where the file names none and none was chosen.
    pub level: Option<String>,
    pub entries: BTreeMap<String, Entry>,
}

/// One person's cell for one skill.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TeamCell {
    /// What their level needs, if it needs the skill at a set level.
    pub needed: Option<SkillLevel>,
    pub rating: Option<Rating>,
    /// Where they stand against their own need (none where their level does not need it).
    pub standing: Option<Standing>,
}

impl TeamCell {
    /// "Awareness, below (needs Practitioner)", "Not rated (needs Working)", "Not yet (needs
    /// Awareness)", "Expert, not needed"; none where the skill is neither needed nor rated.
    pub fn describe(&self) -> Option<String> {
        match (self.standing, self.needed, self.rating) {
            (Some(Standing::Unrated), Some(needed), _) => {
                Some(format!("Not rated (needs {})", needed.name()))
            }
            (Some(Standing::NotYet), Some(needed), _) => {
                Some(format!("Not yet (needs {})", needed.name()))
            }
            (Some(standing), Some(needed), Some(rating)) => Some(format!(
                "{}, {} (needs {})",
                rating.label(),
                standing.word(),
                needed.name()
            )),
            (_, _, Some(rating)) => Some(format!("{}, not needed", rating.label())),
            _ => None,
        }
    }
}

/// One skill the team's levels need.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeamSkill {
    pub skill: String,
    /// The highest level any person's level needs.
    pub highest_needed: SkillLevel,
    /// People whose level needs it.
    pub needed_by: usize,
    /// Of those, how many meet what their own level needs.
    pub meeting: usize,
    /// One cell per person, in the team's order.
    pub cells: Vec<TeamCell>,
}

/// One person's standing and next step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonStanding {
    /// Needs of their level met, and needs counted.
    pub met: usize,
    pub of: usize,
    /// Steps to meet every need of their level.
    pub steps: u32,
    /// The next level up their role, and the steps from their ratings to it.
    pub next: Option<(String, u32)>,
}

/// The whole team view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Team {
    pub people: Vec<Person>,
    pub standings: Vec<PersonStanding>,
    /// In the framework's skill order (by name).
    pub skills: Vec<TeamSkill>,
    /// Skill ids nobody covers (module docs).
    pub nobody_covers: Vec<String>,
    /// (skill id, the person's position in `people`) for each single point of expertise.
    pub single_points: Vec<(String, usize)>,
}

/// How the team view orders its people (the grid's columns and the phone's lists).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PeopleOrder {
    /// As their files were loaded.
    #[default]
    Loaded,
    /// By name (letters' case aside).
    Name,
    /// Furthest from what their own level needs first (steps); people with no level last.
    Gaps,
}

impl PeopleOrder {
    /// The value in the link: `loaded`, `name`, `gaps`.
    pub fn key(self) -> &'static str {
        match self {
            PeopleOrder::Loaded => "loaded",
            PeopleOrder::Name => "name",
            PeopleOrder::Gaps => "gaps",
        }
    }

    pub fn from_key(key: &str) -> Option<PeopleOrder> {
        [PeopleOrder::Loaded, PeopleOrder::Name, PeopleOrder::Gaps]
            .into_iter()
            .find(|o| o.key() == key)
    }
}

impl Team {
    /// The people's positions in `order` (ties as loaded).
    pub fn people_in(&self, order: PeopleOrder) -> Vec<usize> {
        let mut positions: Vec<usize> = (0..self.people.len()).collect();
        match order {
            PeopleOrder::Loaded => {}
            PeopleOrder::Name => {
                positions.sort_by_cached_key(|&p| self.people[p].name.to_lowercase())
            }
            PeopleOrder::Gaps => positions.sort_by_key(|&p| {
                let leveled = self.people[p].level.is_some();
                (!leveled, std::cmp::Reverse(self.standings[p].steps))
            }),
        }
        positions
    }
}

/// The team view of `people` against what their levels need in `fw`.
pub fn team(fw: &Framework, people: Vec<Person>) -> Team {
    let levels: Vec<Option<&crate::framework::Level>> = people
        .iter()
        .map(|p| p.level.as_deref().and_then(|id| fw.level(id)))
        .collect();
    let need = |person: usize, skill: &str| -> Option<SkillLevel> {
        levels[person]?.requirement(skill)?.level
    };
    let rating = |person: usize, skill: &str| people[person].entries.get(skill).map(|e| e.rating);
    let mut skills = Vec::new();
    for skill in &fw.skills {
        let needs: Vec<Option<SkillLevel>> =
            (0..people.len()).map(|p| need(p, &skill.id)).collect();
        let Some(highest_needed) = needs.iter().flatten().copied().max() else {
            continue;
        };
        let cells: Vec<TeamCell> = (0..people.len())
            .map(|p| {
                let rating = rating(p, &skill.id);
                TeamCell {
                    needed: needs[p],
                    rating,
                    standing: needs[p].map(|n| Standing::of(rating, n)),
                }
            })
            .collect();
        skills.push(TeamSkill {
            skill: skill.id.clone(),
            highest_needed,
            needed_by: needs.iter().flatten().count(),
            meeting: cells
                .iter()
                .filter(|c| c.standing.is_some_and(Standing::meets))
                .count(),
            cells,
        });
    }
    let at_least = |r: Option<Rating>, level: SkillLevel| r.is_some_and(|r| r >= Rating::At(level));
    let nobody_covers = skills
        .iter()
        .filter(|s| !s.cells.iter().any(|c| at_least(c.rating, s.highest_needed)))
        .map(|s| s.skill.clone())
        .collect();
    let single_points = skills
        .iter()
        .filter_map(|s| {
            let experts: Vec<usize> = (0..people.len())
                .filter(|&p| at_least(s.cells[p].rating, SkillLevel::Practitioner))
                .collect();
            (experts.len() == 1).then(|| (s.skill.clone(), experts[0]))
        })
        .collect();
    let standings = people
        .iter()
        .zip(&levels)
        .map(|(person, level)| match level {
            Some(level) => {
                let now = assess(level, &person.entries);
                PersonStanding {
                    met: now.met(),
                    of: now.skills.len(),
                    steps: now.steps(),
                    next: fw
                        .next_level(level)
                        .map(|next| (next.id.clone(), assess(next, &person.entries).steps())),
                }
            }
            None => PersonStanding {
                met: 0,
                of: 0,
                steps: 0,
                next: None,
            },
        })
        .collect();
    Team {
        people,
        standings,
        skills,
        nobody_covers,
        single_points,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::framework::SkillLevel::*;

    fn person(name: &str, level: Option<&str>, ratings: &[(&str, Rating)]) -> Person {
        Person {
            name: name.into(),
            level: level.map(str::to_string),
            entries: ratings
                .iter()
                .map(|(s, r)| {
                    (
                        s.to_string(),
                        Entry {
                            rating: *r,
                            evidence: None,
                            agreed: None,
                        },
                    )
                })
                .collect(),
        }
    }

    /// Three people worked by hand on the official framework. A digital portfolio manager (DPM)
    /// and a senior one (SDPM) need the same six skills (data/framework.json):
    /// agile working A / A, communicating analysis and insight W / P, governance and assurance
    /// W / P, planning A / P, stakeholder relationship management W / P, strategic thinking A / W
    /// (A awareness, W working, P practitioner).
    #[test]
    fn coverage_gaps_and_single_points_by_hand() {
        let fw = crate::load::embedded::framework().unwrap();
        let people = vec![
            person(
                "Ana",
                Some("digital-portfolio-manager"),
                &[
                    (
                        "communicating-analysis-and-insight",
                        Rating::At(Practitioner),
                    ),
                    ("governance-and-assurance", Rating::At(Practitioner)),
                    ("planning", Rating::At(Working)),
                ],
            ),
            person(
                "Ben",
                Some("senior-digital-portfolio-manager"),
                &[
                    ("governance-and-assurance", Rating::At(Expert)),
                    ("planning", Rating::At(Awareness)),
                    ("agile-working", Rating::NotYet),
                ],
            ),
            // Cal has no level: ratings count, needs do not.
            person("Cal", None, &[("strategic-thinking", Rating::At(Expert))]),
        ];
        let t = team(&fw, people);
        let row = |id: &str| t.skills.iter().find(|s| s.skill == id).unwrap();
        assert_eq!(t.skills.len(), 6);
        // (needed by, highest need, meeting their own need)
        let expect = [
            ("agile-working", 2, Awareness, 0),
            ("communicating-analysis-and-insight", 2, Practitioner, 1), // Ana
            ("governance-and-assurance", 2, Practitioner, 2),           // Ana, Ben
            ("planning", 2, Practitioner, 1),                           // Ana (needs A)
            ("stakeholder-relationship-management", 2, Practitioner, 0),
            ("strategic-thinking", 2, Working, 0), // Cal's level needs nothing
        ];
        for (id, by, highest, meeting) in expect {
            let r = row(id);
            assert_eq!(
                (r.needed_by, r.highest_needed, r.meeting),
                (by, highest, meeting),
                "{id}"
            );
        }
        assert_eq!(row("planning").cells[1].standing, Some(Standing::Below(2)));
        let said = |id: &str, p: usize| row(id).cells[p].describe();
        assert_eq!(
            said("planning", 1).as_deref(),
            Some("Awareness, below (needs Practitioner)")
        );
        assert_eq!(
            said("planning", 0).as_deref(),
            Some("Working, above (needs Awareness)")
        );
        assert_eq!(
            said("agile-working", 0).as_deref(),
            Some("Not rated (needs Awareness)")
        );
        assert_eq!(
            said("agile-working", 1).as_deref(),
            Some("Not yet (needs Awareness)")
        );
        assert_eq!(
            said("strategic-thinking", 2).as_deref(),
            Some("Expert, not needed")
        );
        assert_eq!(said("planning", 2), None);
        assert_eq!(
            row("agile-working").cells[1].standing,
            Some(Standing::NotYet)
        );
        assert_eq!(row("strategic-thinking").cells[2].standing, None);
        // Nobody at or above the highest need: agile working (Ben "not yet"), planning (Ana
        // Working, Ben Awareness, Practitioner needed), stakeholder relationship management
        // (nobody rated). Strategic thinking is covered by Cal, who has no level.
        assert_eq!(
            t.nobody_covers,
            [
                "agile-working",
                "planning",
                "stakeholder-relationship-management"
            ]
        );
        // Exactly one person at Practitioner or above: communicating (Ana), strategic thinking
        // (Cal); governance has two.
        assert_eq!(
            t.single_points,
            [
                ("communicating-analysis-and-insight".to_string(), 0),
                ("strategic-thinking".to_string(), 2)
            ]
        );
        // Ana against DPM: meets 3 of 6; steps 1 (agile) + 2 (stakeholder) + 1 (strategic) = 4.
        // To SDPM: 1 (agile) + 1 (planning W → P) + 3 (stakeholder) + 2 (strategic) = 7.
        assert_eq!(
            t.standings[0],
            PersonStanding {
                met: 3,
                of: 6,
                steps: 4,
                next: Some(("senior-digital-portfolio-manager".to_string(), 7))
            }
        );
        // Ben against SDPM: meets governance only; 1 + 3 + 0 + 2 + 3 + 2 = 11.
        assert_eq!((t.standings[1].met, t.standings[1].steps), (1, 11));
        assert_eq!(t.standings[1].next.as_ref().unwrap().0, "head-of-portfolio");
        assert_eq!(
            t.standings[2],
            PersonStanding {
                met: 0,
                of: 0,
                steps: 0,
                next: None
            }
        );
        // Furthest from their level first: Ben (11 steps), Ana (4), then Cal (no level).
        assert_eq!(t.people_in(PeopleOrder::Gaps), [1, 0, 2]);
        assert_eq!(t.people_in(PeopleOrder::Loaded), [0, 1, 2]);
        let mut lower = t.clone();
        lower.people[0].name = "zoe".into();
        assert_eq!(
            lower.people_in(PeopleOrder::Name),
            [1, 2, 0],
            "Ben, Cal, zoe"
        );
        assert_eq!(PeopleOrder::from_key("gaps"), Some(PeopleOrder::Gaps));
        assert_eq!(PeopleOrder::from_key("age"), None);
    }
}
