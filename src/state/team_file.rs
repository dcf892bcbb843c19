//! The files a team view reads: people's ratings files (one person each, named by the file's
//! `name` or its stem) and a team CSV (`person,skill,rating[,evidence][,role level]`, one row per
//! person and skill). A bad file or row is named with its place and left out; the rest load.

use super::ratings::{Ratings, MAX_EVIDENCE_CHARS};
use crate::engine::lookup;
use crate::engine::team::Person;
use crate::framework::{Entry, Framework, Problem, Rating};

/// The team CSV a manager can start from: its columns and two example rows.
/// The largest team CSV read (50 people × 40 skills with long evidence fit well inside it); a
/// larger one is refused, named, before it is read.
pub const MAX_TEAM_CSV_BYTES: usize = 5 * 1024 * 1024;

pub const TEAM_CSV_TEMPLATE: &str = "person,skill,rating,evidence,role level\nAna,Agile working,working,Ran the team's retrospectives,digital-portfolio-manager\nAna,planning,practitioner,,digital-portfolio-manager\n";

/// The browser storage key a team is kept under when the manager chooses to keep it.
pub fn team_key(fw: &Framework) -> String {
    format!("{}:team", super::ratings::storage_key(fw))
}

/// A team as stored text: each person as a ratings file (name, level, ratings), in a list.
pub fn team_to_json(fw: &Framework, people: &[Person]) -> String {
    let list: Vec<Ratings> = people
        .iter()
        .map(|p| Ratings::of_person(fw, &p.entries, &p.name, p.level.as_deref()))
        .collect();
    super::history::to_json(fw, &list)
}

/// A stored team, each person checked as a ratings file is.
pub fn team_from_json(fw: &Framework, text: &str) -> Result<Vec<Person>, Vec<Problem>> {
    Ok(super::history::from_json(fw, text)?
        .into_iter()
        .enumerate()
        .map(|(i, r)| Person {
            name: r
                .name
                .clone()
                .unwrap_or_else(|| format!("Person {}", i + 1)),
            level: r.level.clone(),
            entries: r.entries().clone(),
        })
        .collect())
}

/// The name a file gives a person without one: its stem ("ana.json" → "ana").
pub fn stem(file_name: &str) -> String {
    let base = file_name.rsplit(['/', '\\']).next().unwrap_or(file_name);
    base.rsplit_once('.')
        .map_or(base, |(stem, _)| stem)
        .to_string()
}

/// A role level by id, or by its name (any case); an unknown one with the closest ids.
fn level_id(fw: &Framework, text: &str) -> Result<String, lookup::UnknownId> {
    lookup::level(fw, text)
        .map(|l| l.id.clone())
        .or_else(|unknown| {
            fw.levels
                .iter()
                .find(|l| fw.level_name(l).eq_ignore_ascii_case(text.trim()))
                .map(|l| l.id.clone())
                .ok_or(unknown)
        })
}

/// What one file a team is made from gave: its people, each refused file or row as a problem with
/// its place, and what reading changed (a note shortened, a role level not recognised), each
/// sentence starting with the file's name.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PeopleRead {
    pub people: Vec<Person>,
    pub refused: Vec<Problem>,
    pub notes: Vec<String>,
}

/// Whether two names are one person's: the same but for case and spacing ("Ana  Lee", "ana lee").
pub fn same_person(a: &str, b: &str) -> bool {
    let key = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    key(a) == key(b)
}

/// "Ana's ratings replaced by ana.json.": a later file for a person already in the team.
pub fn replaced_note(name: &str, file_name: &str) -> String {
    format!("{name}'s ratings replaced by {file_name}.")
}

/// The people of one file a team is made from: a team CSV (by its `.csv` name), else a ratings
/// file (one person).
pub fn people_of_file(
    fw: &Framework,
    file_name: &str,
    text: &str,
    level: Option<&str>,
) -> PeopleRead {
    if file_name.to_ascii_lowercase().ends_with(".csv") {
        people_of_team_csv(fw, file_name, text, level)
    } else {
        match person_of_ratings(fw, file_name, text, level) {
            Ok((person, notes)) => PeopleRead {
                people: vec![person],
                refused: Vec::new(),
                notes,
            },
            Err(refused) => PeopleRead {
                refused,
                ..PeopleRead::default()
            },
        }
    }
}

/// A person from a ratings file: named by its `name` or the file's stem; at its `level`, else at
/// `level` (the one the manager chose for files that name none); with what reading it changed.
pub fn person_of_ratings(
    fw: &Framework,
    file_name: &str,
    text: &str,
    level: Option<&str>,
) -> Result<(Person, Vec<String>), Vec<Problem>> {
    let ratings = Ratings::from_json(fw, text).map_err(|problems| {
        problems
            .into_iter()
            .map(|p| Problem::new(format!("{file_name}: {}", p.place), p.reason))
            .collect::<Vec<_>>()
    })?;
    let notes = ratings
        .notes
        .iter()
        .map(|note| format!("{file_name}: {note}"))
        .collect();
    Ok((
        Person {
            name: ratings.name.clone().unwrap_or_else(|| stem(file_name)),
            level: ratings.level.clone().or(level.map(str::to_string)),
            entries: ratings.entries().clone(),
        },
        notes,
    ))
}

/// The people of a team CSV, and a problem for each row left out. `level` is the role level of
/// people whose rows name none.
pub fn people_of_team_csv(
    fw: &Framework,
    file_name: &str,
    text: &str,
    level: Option<&str>,
) -> PeopleRead {
    let refused = |place: String, reason: String| PeopleRead {
        refused: vec![Problem::new(place, reason)],
        ..PeopleRead::default()
    };
    if let Some(too_big) =
        crate::load::validate::size_problem(text.len(), MAX_TEAM_CSV_BYTES, "a team CSV")
    {
        return refused(file_name.into(), too_big.reason);
    }
    let records = match crate::load::csv::parse(text) {
        Ok(records) => records,
        Err(e) => return refused(file_name.into(), e.to_string()),
    };
    let Some(header) = records.first() else {
        return refused(
            file_name.into(),
            "the file is empty: it needs a header row person,skill,rating".into(),
        );
    };
    let column = |names: &[&str]| {
        header
            .fields
            .iter()
            .position(|f| names.iter().any(|n| f.trim().eq_ignore_ascii_case(n)))
    };
    let (Some(person_at), Some(skill_at), Some(rating_at)) =
        (column(&["person"]), column(&["skill"]), column(&["rating"]))
    else {
        return refused(
            format!("{file_name} line {}", header.line),
            "the header row needs the columns person, skill and rating (and may have evidence and role level)".into(),
        );
    };
    let evidence_at = column(&["evidence"]);
    let level_at = column(&["role level", "level"]);
    let mut people: Vec<Person> = Vec::new();
    let mut problems = Vec::new();
    let mut notes = Vec::new();
    for (i, record) in records.iter().enumerate().skip(1) {
        if record.fields.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let field = |at: usize| record.fields.get(at).map_or("", |f| f.trim());
        let place = |column: &str| {
            format!(
                "{file_name} row {} (line {}), column \"{column}\"",
                i + 1,
                record.line
            )
        };
        let name = field(person_at);
        if name.is_empty() {
            problems.push(Problem::new(
                place("person"),
                "no name: each row needs a person",
            ));
            continue;
        }
        let skill_text = field(skill_at);
        let Some(skill) = fw.skill(skill_text).or_else(|| {
            fw.skills
                .iter()
                .find(|s| s.name.eq_ignore_ascii_case(skill_text))
        }) else {
            problems.push(Problem::new(
                place("skill"),
                lookup::closest_skill(fw, skill_text).describe("skill"),
            ));
            continue;
        };
        let rating_text = field(rating_at).to_lowercase().replace(' ', "-");
        let Some(rating) = Rating::from_key(&rating_text) else {
            problems.push(Problem::new(
                place("rating"),
                format!(
                    "\"{}\" is not a rating (not yet, awareness, working, practitioner or expert)",
                    lookup::shown_id(field(rating_at))
                ),
            ));
            continue;
        };
        let mut evidence = evidence_at
            .map(field)
            .filter(|e| !e.is_empty())
            .map(str::to_string);
        // A note too long is shortened, and said: the row still loads.
        if let Some(chars) = evidence
            .as_deref()
            .map(|e| e.chars().count())
            .filter(|&n| n > MAX_EVIDENCE_CHARS)
        {
            notes.push(format!(
                "{}: {}",
                place("evidence"),
                super::ratings::shortened_note(&skill.name, chars)
            ));
            evidence = evidence.map(|e| e.chars().take(MAX_EVIDENCE_CHARS).collect());
        }
        let row_level = match level_at.map(field).filter(|l| !l.is_empty()) {
            None => None,
            Some(text) => match level_id(fw, text) {
                Ok(id) => Some(id),
                Err(unknown) => {
                    problems.push(Problem::new(
                        place("role level"),
                        unknown.describe("role level"),
                    ));
                    continue;
                }
            },
        };
        let at = match people.iter().position(|p| same_person(&p.name, name)) {
            Some(at) => at,
            None => {
                people.push(Person {
                    name: name.to_string(),
                    level: None,
                    entries: Default::default(),
                });
                people.len() - 1
            }
        };
        let person = &mut people[at];
        if let Some(row_level) = row_level {
            match &person.level {
                Some(held) if *held != row_level => {
                    problems.push(Problem::new(
                        place("role level"),
                        format!("{name} is at {held} in an earlier row: one role level per person"),
                    ));
                    continue;
                }
                _ => person.level = Some(row_level),
            }
        }
        person.entries.insert(
            skill.id.clone(),
            Entry {
                rating,
                evidence,
                agreed: None,
            },
        );
    }
    for person in &mut people {
        if person.level.is_none() {
            person.level = level.map(str::to_string);
        }
    }
    PeopleRead {
        people,
        refused: problems,
        notes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::framework::SkillLevel;

    #[test]
    fn a_team_csv_too_large_is_refused_with_its_name_and_size() {
        let fw = crate::load::embedded::framework().unwrap();
        let huge = format!(
            "person,skill,rating\n{}",
            "Ana,planning,working\n".repeat(MAX_TEAM_CSV_BYTES / 20)
        );
        let PeopleRead {
            people,
            refused: problems,
            ..
        } = people_of_team_csv(&fw, "huge.csv", &huge, None);
        assert!(people.is_empty());
        assert_eq!(problems.len(), 1);
        let said = problems[0].to_string();
        assert!(
            said.starts_with("huge.csv: it is ") && said.ends_with("a team CSV is at most 5120 KB"),
            "{said}"
        );
    }

    #[test]
    fn a_team_csv_loads_good_rows_and_names_each_bad_one() {
        let fw = crate::load::embedded::framework().unwrap();
        let text = "Person,Skill,Rating,Evidence,Role level\n\
            Ana,Agile working,working,Ran retros,digital-portfolio-manager\n\
            Ana,planning,Practitioner,,\n\
            Ben,Planing,working,,\n\
            Ben,strategic-thinking,guru,,\n\
            Ben,strategic-thinking,not yet,,Senior digital portfolio manager\n\
            ,planning,working,,\n\
            Ana,governance-and-assurance,expert,,head-of-portfolio\n";
        let PeopleRead {
            people,
            refused: problems,
            ..
        } = people_of_team_csv(&fw, "team.csv", text, None);
        assert_eq!(people.len(), 2);
        assert_eq!(people[0].name, "Ana");
        assert_eq!(
            people[0].level.as_deref(),
            Some("digital-portfolio-manager")
        );
        assert_eq!(people[0].entries.len(), 2);
        assert_eq!(
            people[0].entries["agile-working"].evidence.as_deref(),
            Some("Ran retros")
        );
        assert_eq!(
            people[0].entries["planning"].rating,
            Rating::At(SkillLevel::Practitioner)
        );
        assert_eq!(
            people[1].level.as_deref(),
            Some("senior-digital-portfolio-manager")
        );
        assert_eq!(
            people[1].entries["strategic-thinking"].rating,
            Rating::NotYet
        );
        let said: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(said.len(), 4, "{said:?}");
        assert!(
            said[0].starts_with(
                "team.csv row 4 (line 4), column \"skill\": no skill has the id \"Planing\""
            ),
            "{said:?}"
        );
        assert!(
            said[1].starts_with(
                "team.csv row 5 (line 5), column \"rating\": \"guru\" is not a rating"
            ),
            "{said:?}"
        );
        assert!(
            said[2].starts_with("team.csv row 7 (line 7), column \"person\""),
            "{said:?}"
        );
        assert!(said[3].contains("one role level per person"), "{said:?}");
        // A header without the needed columns refuses the file, with its line.
        let PeopleRead {
            people: none,
            refused: problems,
            ..
        } = people_of_team_csv(&fw, "t.csv", "name,skill\nAna,planning\n", None);
        assert!(none.is_empty());
        assert!(problems[0]
            .to_string()
            .starts_with("t.csv line 1: the header row needs"));
        // The template reads as it says.
        let PeopleRead {
            people: template,
            refused: problems,
            ..
        } = people_of_team_csv(&fw, "template.csv", TEAM_CSV_TEMPLATE, None);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(template[0].entries.len(), 2);
    }

    #[test]
    fn a_kept_team_comes_back_as_it_was() {
        let fw = crate::load::embedded::framework().unwrap();
        let people = people_of_team_csv(
            &fw,
            "t.csv",
            TEAM_CSV_TEMPLATE,
            Some("digital-portfolio-manager"),
        )
        .people;
        let back = team_from_json(&fw, &team_to_json(&fw, &people)).unwrap();
        assert_eq!(back, people);
        assert!(team_from_json(&fw, "{").is_err());
    }

    #[test]
    fn a_ratings_file_is_one_person_named_by_its_name_or_stem() {
        let fw = crate::load::embedded::framework().unwrap();
        let text = r#"{"format": "role-compare-ratings", "version": 2, "ratings": {"planning": {"rating": "working"}}}"#;
        let (person, _) = person_of_ratings(
            &fw,
            "files/ben.json",
            text,
            Some("digital-portfolio-manager"),
        )
        .unwrap();
        assert_eq!(person.name, "ben");
        assert_eq!(person.level.as_deref(), Some("digital-portfolio-manager"));
        let named = text.replace(
            "\"version\": 2,",
            "\"version\": 2, \"name\": \"Ben Jones\", \"level\": \"head-of-portfolio\",",
        );
        let (person, _) =
            person_of_ratings(&fw, "ben.json", &named, Some("digital-portfolio-manager")).unwrap();
        assert_eq!(
            (person.name.as_str(), person.level.as_deref()),
            ("Ben Jones", Some("head-of-portfolio"))
        );
        let problems = person_of_ratings(&fw, "bad.json", "{", None).unwrap_err();
        assert!(
            problems[0]
                .to_string()
                .starts_with("bad.json: line 1, column 1"),
            "{problems:?}"
        );
    }

    #[test]
    fn one_person_per_name_whatever_the_case_and_spacing() {
        assert!(same_person("Ana Lee", " ana   LEE "));
        assert!(!same_person("Ana", "Anna"));
        let fw = crate::load::embedded::framework().unwrap();
        let text = "person,skill,rating\nAna,planning,working\n ana ,agile-working,expert\n";
        let read = people_of_team_csv(&fw, "t.csv", text, None);
        assert_eq!(read.people.len(), 1, "{:?}", read.people);
        assert_eq!(read.people[0].entries.len(), 2);
    }

    #[test]
    fn a_row_whose_note_is_too_long_loads_shortened_and_is_named() {
        let fw = crate::load::embedded::framework().unwrap();
        let text = format!(
            "person,skill,rating,evidence\nAna,planning,working,{}\n",
            "x".repeat(2_500)
        );
        let read = people_of_team_csv(&fw, "t.csv", &text, None);
        assert!(read.refused.is_empty(), "{:?}", read.refused);
        let kept = read.people[0].entries["planning"].evidence.clone().unwrap();
        assert_eq!(kept.chars().count(), MAX_EVIDENCE_CHARS);
        assert_eq!(
            read.notes,
            [format!(
                "t.csv row 2 (line 2), column \"evidence\": The evidence for {} was 2,500 characters long: only its first 2,000 are kept.",
                fw.skill_name_of("planning")
            )]
        );
    }
}
