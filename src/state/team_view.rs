//! The team view's state as a pure reducer: the people a line manager loaded (one per name), what
//! the last load said, the files and rows not loaded, the role levels the manager chose, which ten
//! people the grid shows and whether the team is kept on this device. Actions in, state out, with
//! no browser: the widget holds it above its screens (in its page memory), so looking at
//! another screen loses nothing.

use super::team_file::{people_of_file, replaced_note, same_person, team_from_json};
use crate::engine::team::Person;
use crate::framework::{wording, Framework};
use std::rc::Rc;

/// People shown side by side in the grid at once: a wider team is shown ten at a time (every
/// person is in the list above the grid, in the phone's lists and in the downloads).
pub const PEOPLE_AT_ONCE: usize = 10;

/// One file the manager chose or dropped: its name, and its text or why it could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileRead {
    pub name: String,
    pub text: Result<String, String>,
}

/// What the manager did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TeamAction {
    /// Files read: their people join the team (a person already in it is replaced, and said).
    Load(Vec<FileRead>),
    /// The role level for whoever [`TeamState::whose`] names (`None`: as their file says).
    SetLevel(Option<String>),
    /// Whose level the level control sets: one person (by position), or everyone whose file
    /// names none.
    SetWhose(Option<usize>),
    /// The grid shows [`PEOPLE_AT_ONCE`] people from this position.
    ShowFrom(usize),
    /// Keep the team on this device, or not.
    Keep(bool),
    /// Forget every name, rating and choice.
    Forget,
}

/// The team screen's state.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TeamState {
    /// The people, in the order loaded (shared, so a view can compare it cheaply).
    pub people: Rc<Vec<Person>>,
    /// What the last load or forget did, in words.
    pub said: String,
    /// What reading changed (a note shortened, a level not recognised), each naming its file.
    pub notes: Vec<String>,
    /// Each file or row refused by the last load, with its place.
    pub problems: Vec<String>,
    /// The role level of people whose file names none.
    pub level: Option<String>,
    /// Levels the manager chose for one person, by position (over what their file says).
    pub chosen: Vec<(usize, String)>,
    /// Whose level the level control sets.
    pub whose: Option<usize>,
    /// The first person the grid shows.
    pub first: usize,
    /// The team is kept on this device.
    pub kept: bool,
    /// Why a team kept on this device could not be read (then nothing is kept over it).
    pub unreadable: Option<String>,
}

impl TeamState {
    /// The team as the page opens: one kept on this device (`stored`, its text), or none; a kept
    /// one that cannot be read is named and left alone.
    pub fn from_stored(fw: &Framework, stored: Option<&str>) -> TeamState {
        match stored.map(|text| team_from_json(fw, text)) {
            None => TeamState::default(),
            Some(Ok(people)) => TeamState {
                people: Rc::new(people),
                kept: true,
                ..TeamState::default()
            },
            Some(Err(problems)) => TeamState {
                unreadable: Some(
                    problems
                        .iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>()
                        .join("; "),
                ),
                ..TeamState::default()
            },
        }
    }

    /// The state after `action`.
    pub fn apply(&self, fw: &Framework, action: TeamAction) -> TeamState {
        let mut next = self.clone();
        match action {
            TeamAction::Load(files) => next.load(fw, files),
            TeamAction::SetLevel(level) => match self.whose {
                None => next.level = level,
                Some(p) => {
                    next.chosen.retain(|(q, _)| *q != p);
                    next.chosen.extend(level.map(|id| (p, id)));
                }
            },
            TeamAction::SetWhose(whose) => {
                next.whose = whose.filter(|&p| p < self.people.len());
            }
            TeamAction::ShowFrom(first) => next.first = first,
            TeamAction::Keep(keep) => next.kept = keep && self.unreadable.is_none(),
            TeamAction::Forget => {
                next = TeamState {
                    said: "The team is forgotten: no names or ratings are held.".into(),
                    unreadable: self.unreadable.clone(),
                    ..TeamState::default()
                };
            }
        }
        next
    }

    fn load(&mut self, fw: &Framework, files: Vec<FileRead>) {
        let mut people: Vec<Person> = (*self.people).clone();
        let (mut added, mut replaced) = (0, Vec::new());
        self.problems.clear();
        self.notes.clear();
        for file in files {
            let text = match file.text {
                Ok(text) => text,
                Err(reason) => {
                    self.problems.push(format!("{}: {reason}", file.name));
                    continue;
                }
            };
            let read = people_of_file(fw, &file.name, &text, None);
            for person in read.people {
                match people
                    .iter()
                    .position(|p| same_person(&p.name, &person.name))
                {
                    // A corrected file: the person keeps their place (and any level chosen).
                    Some(at) => {
                        replaced.push(replaced_note(&person.name, &file.name));
                        people[at] = person;
                    }
                    None => {
                        people.push(person);
                        added += 1;
                    }
                }
            }
            self.problems
                .extend(read.refused.iter().map(ToString::to_string));
            self.notes.extend(read.notes);
        }
        // A person whose file names a level this framework lacks is told apart from one whose
        // file names none.
        self.said = load_sentence(added, &replaced, self.problems.len());
        self.people = Rc::new(people);
    }

    /// The people with the levels the manager chose: one person's, else their file's, else the
    /// one chosen for people whose file names none.
    pub fn people_at_levels(&self) -> Vec<Person> {
        self.people
            .iter()
            .cloned()
            .enumerate()
            .map(|(i, mut p)| {
                p.level = self
                    .chosen_for(i)
                    .or(p.level)
                    .or_else(|| self.level.clone());
                p
            })
            .collect()
    }

    /// The level the manager chose for the person at `position`, if any.
    pub fn chosen_for(&self, position: usize) -> Option<String> {
        self.chosen
            .iter()
            .find(|(p, _)| *p == position)
            .map(|(_, id)| id.clone())
    }

    /// What the level control shows: the chosen person's own choice, or the one for people whose
    /// file names none.
    pub fn shown_level(&self) -> Option<String> {
        match self.whose {
            Some(p) => self.chosen_for(p),
            None => self.level.clone(),
        }
    }

    /// The positions (in the people's chosen order) the grid shows: [`PEOPLE_AT_ONCE`] from the
    /// page holding [`TeamState::first`], kept in range as the team changes.
    pub fn shown(&self) -> std::ops::Range<usize> {
        let n = self.people.len();
        let start = self.first.min(n.saturating_sub(1)) / PEOPLE_AT_ONCE * PEOPLE_AT_ONCE;
        start..(start + PEOPLE_AT_ONCE).min(n)
    }
}

/// "2 people loaded. Ana's ratings replaced by ana.json. 1 problem: see "Not loaded"." — or
/// "Nobody was loaded." when no file gave anyone.
pub fn load_sentence(added: usize, replaced: &[String], problems: usize) -> String {
    let mut parts = Vec::new();
    if added > 0 {
        parts.push(format!(
            "{} loaded.",
            wording::count(added, "person", "people")
        ));
    }
    parts.extend(replaced.iter().cloned());
    if parts.is_empty() {
        parts.push("Nobody was loaded.".to_string());
    }
    if problems > 0 {
        parts.push(format!(
            "{}: see \"Not loaded\".",
            wording::count(problems, "problem", "problems")
        ));
    }
    parts.join(" ")
}

/// The label of a button that shows other people in the grid: "Next people: 11 to 20", "Next
/// person: 61" (positions counted from 1).
pub fn page_label(direction: &str, range: &std::ops::Range<usize>) -> String {
    if range.len() == 1 {
        format!("{direction} person: {}", range.start + 1)
    } else {
        format!("{direction} people: {} to {}", range.start + 1, range.end)
    }
}

/// "The grid shows people 1 to 10 of 61", or "person 61 of 61".
pub fn shown_label(range: &std::ops::Range<usize>, of: usize) -> String {
    let which = if range.len() == 1 {
        format!("person {}", range.start + 1)
    } else {
        format!("people {} to {}", range.start + 1, range.end)
    };
    format!(
        "The grid shows {which} of {of}; every person is in the list above and in the downloads."
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fw() -> Framework {
        crate::load::embedded::framework().unwrap()
    }

    fn file(name: &str, text: &str) -> FileRead {
        FileRead {
            name: name.into(),
            text: Ok(text.into()),
        }
    }

    fn ratings(name: &str, level: &str, rating: &str) -> String {
        format!(
            r#"{{"format": "role-compare-ratings", "version": 2, "name": "{name}", "level": "{level}", "ratings": {{"planning": "{rating}"}}}}"#
        )
    }

    #[test]
    fn a_person_loaded_again_is_replaced_in_place_and_said() {
        let fw = fw();
        let team = TeamState::default().apply(
            &fw,
            TeamAction::Load(vec![
                file("ana.json", &ratings("Ana", "data-analyst", "working")),
                file("ben.json", &ratings("Ben", "data-analyst", "expert")),
            ]),
        );
        assert_eq!(team.people.len(), 2);
        assert_eq!(team.said, "2 people loaded.");
        // The manager chose a level for Ana, then re-adds her corrected file.
        let team = team.apply(&fw, TeamAction::SetWhose(Some(0))).apply(
            &fw,
            TeamAction::SetLevel(Some("senior-data-analyst".into())),
        );
        let team = team.apply(
            &fw,
            TeamAction::Load(vec![file(
                "ana-corrected.json",
                &ratings("ana", "data-analyst", "expert"),
            )]),
        );
        assert_eq!(team.people.len(), 2, "one Ana, not two");
        assert_eq!(team.people[0].name, "ana");
        assert_eq!(
            team.people[0].entries["planning"].rating,
            crate::framework::Rating::At(crate::framework::SkillLevel::Expert)
        );
        assert_eq!(team.said, "ana's ratings replaced by ana-corrected.json.");
        // Her chosen level stays with her place.
        assert_eq!(
            team.people_at_levels()[0].level.as_deref(),
            Some("senior-data-analyst")
        );
        // A team CSV row for the same name is the same person too.
        let team = team.apply(
            &fw,
            TeamAction::Load(vec![file(
                "team.csv",
                "person,skill,rating\nBEN,planning,working\n",
            )]),
        );
        assert_eq!(team.people.len(), 2);
        assert_eq!(team.said, "BEN's ratings replaced by team.csv.");
    }

    #[test]
    fn a_load_says_what_it_did_in_plain_words() {
        let fw = fw();
        let team = TeamState::default().apply(
            &fw,
            TeamAction::Load(vec![
                file("bad.json", "{"),
                FileRead {
                    name: "huge.csv".into(),
                    text: Err("it is too large".into()),
                },
            ]),
        );
        assert_eq!(
            team.said,
            "Nobody was loaded. 2 problems: see \"Not loaded\"."
        );
        assert_eq!(team.problems.len(), 2);
        assert!(team.problems[1].starts_with("huge.csv: it is too large"));
        // A level this framework lacks is named, and the person still loads.
        let team = team.apply(
            &fw,
            TeamAction::Load(vec![file(
                "cal.json",
                &ratings("Cal", "chief-wizard", "working"),
            )]),
        );
        assert_eq!(team.said, "1 person loaded.");
        assert!(team.problems.is_empty(), "each load says its own problems");
        assert_eq!(
            team.notes,
            ["cal.json: The file names the role level \"chief-wizard\", which this framework does not have, so its ratings are read without a level."]
        );
    }

    #[test]
    fn pages_of_the_grid_are_labelled_for_one_person_or_several() {
        assert_eq!(page_label("Next", &(10..20)), "Next people: 11 to 20");
        assert_eq!(page_label("Next", &(60..61)), "Next person: 61");
        assert!(shown_label(&(60..61), 61).starts_with("The grid shows person 61 of 61;"));
        let mut team = TeamState {
            people: Rc::new(
                (0..61)
                    .map(|i| Person {
                        name: format!("P{i}"),
                        level: None,
                        entries: Default::default(),
                    })
                    .collect(),
            ),
            ..TeamState::default()
        };
        team.first = 60;
        assert_eq!(team.shown(), 60..61);
        team.first = 200;
        assert_eq!(team.shown(), 60..61, "kept in range");
    }

    #[test]
    fn forget_drops_every_name_and_choice() {
        let fw = fw();
        let team = TeamState::default()
            .apply(
                &fw,
                TeamAction::Load(vec![file(
                    "ana.json",
                    &ratings("Ana", "data-analyst", "working"),
                )]),
            )
            .apply(&fw, TeamAction::Keep(true))
            .apply(&fw, TeamAction::SetLevel(Some("data-analyst".into())))
            .apply(&fw, TeamAction::Forget);
        assert!(team.people.is_empty());
        assert!(!team.kept);
        assert_eq!(team.level, None);
        assert!(team.said.starts_with("The team is forgotten"));
    }
}
