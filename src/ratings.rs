//! A person's own ratings of their skills ("not yet", awareness … expert), and the small file that
//! carries them between devices. The widget keeps them in this browser only; they never go into a
//! link. Reading a file checks everything and names each problem with its place, like any input.
//!
//! The file (and the browser's stored copy) is JSON:
//! `{"format": "role-compare-ratings", "version": 1, "ratings": {"agile-working": "working", "user-research": "not-yet"}}`.

use crate::framework::{Framework, Requirement, SkillLevel};
use crate::lookup;
use crate::validate::Problem;
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;

/// The value of the file's `format` field.
pub const FORMAT: &str = "role-compare-ratings";
/// The file's version; bumped if its meaning changes.
pub const VERSION: u64 = 1;
/// The largest ratings file read, in bytes (188 skills rated take about 6 KB).
pub const MAX_BYTES: usize = 64 * 1024;
/// The browser storage key the widget keeps ratings of the official framework under; an
/// organisation's own framework gets its own key ([`storage_key`]), so ratings of one are never
/// read against, or overwritten by, the other.
pub const STORAGE_KEY: &str = "role-compare:ratings:v1";

/// The storage key for ratings of `fw`: [`STORAGE_KEY`] for the official framework, else
/// `role-compare:ratings:v1:` and a slug of the framework's title.
pub fn storage_key(fw: &Framework) -> String {
    if fw.source == crate::import::official_source() {
        STORAGE_KEY.to_string()
    } else {
        format!("{STORAGE_KEY}:{}", crate::framework::slug(&fw.source.title))
    }
}
/// The name a downloaded ratings file gets.
pub const FILE_NAME: &str = "role-compare-ratings.json";

/// How a person rates themselves on one skill.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Rating {
    NotYet,
    At(SkillLevel),
}

impl Rating {
    pub const ALL: [Rating; 5] = [
        Rating::NotYet,
        Rating::At(SkillLevel::Awareness),
        Rating::At(SkillLevel::Working),
        Rating::At(SkillLevel::Practitioner),
        Rating::At(SkillLevel::Expert),
    ];

    /// The name in files and forms: "not-yet", "working".
    pub fn key(self) -> &'static str {
        match self {
            Rating::NotYet => "not-yet",
            Rating::At(SkillLevel::Awareness) => "awareness",
            Rating::At(SkillLevel::Working) => "working",
            Rating::At(SkillLevel::Practitioner) => "practitioner",
            Rating::At(SkillLevel::Expert) => "expert",
        }
    }

    pub fn from_key(key: &str) -> Option<Rating> {
        Rating::ALL.into_iter().find(|r| r.key() == key)
    }

    /// "Not yet", "Working".
    pub fn label(self) -> &'static str {
        match self {
            Rating::NotYet => "Not yet",
            Rating::At(level) => level.name(),
        }
    }
}

/// Every skill a person has rated.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Ratings {
    by_skill: BTreeMap<String, Rating>,
}

impl Ratings {
    pub fn get(&self, skill: &str) -> Option<Rating> {
        self.by_skill.get(skill).copied()
    }

    /// These ratings with `skill` rated `rating` (or its rating removed when `None`).
    pub fn with(&self, skill: &str, rating: Option<Rating>) -> Ratings {
        let mut next = self.clone();
        match rating {
            Some(r) => next.by_skill.insert(skill.to_string(), r),
            None => next.by_skill.remove(skill),
        };
        next
    }

    pub fn len(&self) -> usize {
        self.by_skill.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_skill.is_empty()
    }

    /// The skills held, at the level rated, as a role level lists them ("not yet" is not held).
    pub fn held(&self) -> Vec<Requirement> {
        self.by_skill
            .iter()
            .filter_map(|(skill, rating)| match rating {
                Rating::At(level) => Some(Requirement {
                    skill: skill.clone(),
                    level: Some(*level),
                }),
                Rating::NotYet => None,
            })
            .collect()
    }

    /// The file's text.
    pub fn to_json(&self) -> String {
        let ratings: Map<String, Value> = self
            .by_skill
            .iter()
            .map(|(skill, rating)| (skill.clone(), json!(rating.key())))
            .collect();
        let value = json!({"format": FORMAT, "version": VERSION, "ratings": ratings});
        serde_json::to_string_pretty(&value).unwrap_or_default() + "\n"
    }

    /// Reads a ratings file, checking it against the framework in use. Any problem refuses the
    /// whole file (so nothing half-read replaces ratings already held); each is named with its place.
    pub fn from_json(fw: &Framework, text: &str) -> Result<Ratings, Vec<Problem>> {
        if let Some(problem) =
            crate::validate::size_problem(text.len(), MAX_BYTES, "a ratings file")
        {
            return Err(vec![problem]);
        }
        let value: Value = serde_json::from_str(text).map_err(|e| {
            vec![Problem::new(
                format!("line {}, column {}", e.line(), e.column()),
                "this is not valid JSON, so it is not a ratings file",
            )]
        })?;
        let Value::Object(top) = value else {
            return Err(vec![Problem::new("$", "a ratings file is a JSON object")]);
        };
        let mut problems = Vec::new();
        for key in top.keys() {
            if !["format", "version", "ratings"].contains(&key.as_str()) {
                problems.push(Problem::new(
                    format!("$.{key}"),
                    "a ratings file has no such field (it has format, version and ratings)",
                ));
            }
        }
        if top.get("format").and_then(Value::as_str) != Some(FORMAT) {
            problems.push(Problem::new(
                "$.format",
                format!("this is not a role-compare ratings file (format must be \"{FORMAT}\")"),
            ));
        }
        if top.get("version").and_then(Value::as_u64) != Some(VERSION) {
            problems.push(Problem::new(
                "$.version",
                format!("this file's version is not one this widget reads (it reads {VERSION})"),
            ));
        }
        let mut ratings = Ratings::default();
        match top.get("ratings") {
            Some(Value::Object(entries)) => {
                for (skill, rating) in entries {
                    let place = format!("$.ratings[\"{skill}\"]");
                    if fw.skill(skill).is_none() {
                        let unknown = lookup::closest_skill(fw, skill);
                        problems.push(Problem::new(place, unknown.describe("skill")));
                        continue;
                    }
                    match rating.as_str().and_then(Rating::from_key) {
                        Some(r) => {
                            ratings.by_skill.insert(skill.clone(), r);
                        }
                        None => problems.push(Problem::new(
                            place,
                            format!(
                                "{rating} is not a rating (use not-yet, awareness, working, practitioner or expert)"
                            ),
                        )),
                    }
                }
            }
            _ => problems.push(Problem::new(
                "$.ratings",
                "a ratings file needs a ratings object: {\"skill-id\": \"working\", …}",
            )),
        }
        if problems.is_empty() {
            Ok(ratings)
        } else {
            Err(problems)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fw() -> Framework {
        crate::embedded::framework().unwrap()
    }

    #[test]
    fn each_framework_keeps_its_own_ratings() {
        let official = fw();
        assert_eq!(storage_key(&official), STORAGE_KEY);
        let mut ours = official.clone();
        ours.source.title = "Our framework".into();
        assert_eq!(storage_key(&ours), "role-compare:ratings:v1:our-framework");
    }

    #[test]
    fn round_trips_through_its_file() {
        let fw = fw();
        let r = Ratings::default()
            .with("agile-working", Some(Rating::At(SkillLevel::Working)))
            .with("strategic-thinking", Some(Rating::NotYet));
        let text = r.to_json();
        assert!(text.contains("\"agile-working\": \"working\""));
        assert_eq!(Ratings::from_json(&fw, &text), Ok(r.clone()));
        assert_eq!(r.held().len(), 1, "not yet is not held");
        assert!(r.with("agile-working", None).held().is_empty());
    }

    #[test]
    fn refuses_bad_files_with_each_problem_placed() {
        let fw = fw();
        let bad = r#"{"format": "role-compare-ratings", "version": 1, "ratings": {"agile-workng": "working", "planning": "guru"}, "extra": 1}"#;
        let problems = Ratings::from_json(&fw, bad).unwrap_err();
        let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(text.len(), 3, "{text:?}");
        assert!(text[0].starts_with("$.extra: "));
        assert!(text[1].contains("$.ratings[\"agile-workng\"]: no skill has the id \"agile-workng\" (closest: agile-working"), "{text:?}");
        assert!(text[2].contains("\"guru\" is not a rating"), "{text:?}");
        let problems = Ratings::from_json(&fw, "{\"ratings\": [").unwrap_err();
        assert!(problems[0].place.starts_with("line 1, column"));
        let problems =
            Ratings::from_json(&fw, r#"{"format": "x", "version": 2, "ratings": {}}"#).unwrap_err();
        assert_eq!(problems.len(), 2);
        let huge = "x".repeat(MAX_BYTES + 1);
        assert!(Ratings::from_json(&fw, &huge).unwrap_err()[0]
            .reason
            .contains("at most 64 KB"));
    }
}
