//! A person's own ratings of their skills ("not yet", awareness … expert), and the small file that
//! carries them between devices. The widget keeps them in this browser only; they never go into a
//! link. Reading a file checks everything and names each problem with its place, like any input.
//!
//! The file (and the browser's stored copy), version 2:
//! `{"format": "role-compare-ratings", "version": 2, "framework": "Government Digital and Data
//! Profession Capability Framework", "edition": "2025-11", "level": "senior-data-analyst", "saved": "2026-11-30",
//! "ratings": {"agile-working": {"rating": "working", "evidence": "Ran the team's retros", "agreed":
//! "working"}}}`: `edition` (the framework edition the ratings were made against, for carrying
//! them over renamed skills), `level` (the role level assessed against), `saved` (the date),
//! `name` (the person's, if they typed one: for an assessment pack or a team view),
//! `evidence` (a note per skill) and `agreed` (the level a line manager agrees) are optional. Version 1 files
//! (`"ratings": {"agile-working": "working"}`) still load.
//!
//! Nothing a person saved is lost: ratings of skills the framework in use does not have (a skill an
//! edition renamed or removed) are kept aside, named, written back into every download and stored
//! copy, and never used; every change is applied to a fresh read of what is stored
//! ([`Change::apply`]), so a second tab or widget never writes a stale whole set over another's.

use crate::engine::lookup;
use crate::framework::Problem;
pub use crate::framework::{Entry, Rating};
use crate::framework::{Framework, Requirement};
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;

/// The value of the file's `format` field.
pub const FORMAT: &str = "role-compare-ratings";
/// The version written; bumped when its meaning changes. Every older version is still read.
pub const VERSION: u64 = 2;
/// The largest ratings file read, in bytes: 188 skills with a full note each fit.
pub const MAX_BYTES: usize = 1024 * 1024;
/// The longest note of evidence for one skill, in characters.
pub const MAX_EVIDENCE_CHARS: usize = 2_000;

/// The longest name, level, date or edition mark a ratings file holds (characters).
pub const MAX_SHORT_CHARS: usize = 100;
/// The browser storage key the widget keeps ratings of the official framework under; an
/// organisation's own framework gets its own key ([`storage_key`]), so ratings of one are never
/// read against, or overwritten by, the other. Version 2 has a key of its own, so an older copy of
/// the widget still on a site (which writes [`LEGACY_STORAGE_KEY`]) never overwrites it.
pub const STORAGE_KEY: &str = "role-compare:ratings:v2";
/// Where version 1 of the widget kept ratings: read when nothing is stored under [`STORAGE_KEY`],
/// never written or removed.
pub const LEGACY_STORAGE_KEY: &str = "role-compare:ratings:v1";

fn keyed(base: &str, fw: &Framework) -> String {
    if fw.source == crate::load::import::official_source() {
        base.to_string()
    } else {
        format!("{base}:{}", crate::framework::slug(&fw.source.title))
    }
}

/// The storage key for ratings of `fw`: [`STORAGE_KEY`] for the official framework, else
/// `role-compare:ratings:v2:` and a slug of the framework's title.
pub fn storage_key(fw: &Framework) -> String {
    keyed(STORAGE_KEY, fw)
}

/// Where version 1 kept ratings of `fw`.
pub fn legacy_storage_key(fw: &Framework) -> String {
    keyed(LEGACY_STORAGE_KEY, fw)
}

/// Where a stored copy that could not be read is moved before anything new is stored, so that it
/// is never overwritten.
pub fn unreadable_key(key: &str) -> String {
    format!("{key}:unreadable")
}

/// The name a downloaded ratings file gets.
pub const FILE_NAME: &str = "role-compare-ratings.json";

/// Every skill a person has rated, and the file's other facts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Ratings {
    by_skill: BTreeMap<String, Entry>,
    /// Ratings of skills the framework in use does not have: kept and written back, never used.
    aside: BTreeMap<String, Entry>,
    /// The framework edition the ratings are made against, where known: the file's, or, once an
    /// older file's renamed skills are carried over as it is read, the edition in use.
    pub edition: Option<String>,
    /// The role level assessed against.
    pub level: Option<String>,
    /// The date the ratings were saved or downloaded (`2026-11-30`).
    pub saved: Option<String>,
    /// The person's name, if they typed one (for an assessment pack or a manager's team view).
    pub name: Option<String>,
    /// Skills (and the level) the file named by an earlier edition's id, carried over to this
    /// edition's renamed ones when it was read: `(old id, new id)`. Not written: once written
    /// back, the ratings use this edition's ids.
    pub carried: Vec<(String, String)>,
    /// What reading the file changed, in words for the person (a note of evidence shortened to
    /// [`MAX_EVIDENCE_CHARS`], a role level this framework does not have). Not written.
    pub notes: Vec<String>,
}

/// A person's name and evidence, apart from their ratings (see [`Ratings::private_part`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Private {
    pub name: Option<String>,
    /// Evidence by skill id.
    pub evidence: BTreeMap<String, String>,
}

/// One change a person makes. The widget applies it to what is stored now, never to its own copy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// Rate a skill (`None` removes its rating; its evidence goes with it).
    Rate {
        skill: String,
        rating: Option<Rating>,
    },
    /// The evidence for a rated skill (`None` or blank removes it; a skill not rated has none).
    Evidence {
        skill: String,
        evidence: Option<String>,
    },
    /// The level a line manager agrees for a rated skill (`None` removes it).
    Agreed {
        skill: String,
        agreed: Option<Rating>,
    },
    /// The person's name, as they typed it (`None` or blank removes it; cut to
    /// [`MAX_SHORT_CHARS`]).
    Name(Option<String>),
    /// Forget every rating, those kept aside too.
    Forget,
    /// Put back ratings forgotten a moment ago, where nothing was rated since (a rating made since,
    /// here or in another tab, is newer and stays).
    Restore(Ratings),
    /// A file's ratings added: the file's rating wins where both rate a skill.
    Merge(Ratings),
    /// A file's ratings instead of those held (ratings kept aside for skills this framework lacks
    /// stay, with the file's own over them: nothing unseen is dropped).
    Replace(Ratings),
}

impl Change {
    /// What is stored after this change, from `stored`: a fresh read of what is stored now.
    pub fn apply(&self, stored: &Ratings) -> Ratings {
        let mut next = self.applied(stored);
        // What reading a file said is told once, never kept with the ratings.
        next.notes.clear();
        next
    }

    fn applied(&self, stored: &Ratings) -> Ratings {
        match self {
            Change::Rate { skill, rating } => stored.with(skill, *rating),
            Change::Evidence { skill, evidence } => {
                stored.with_evidence(skill, evidence.as_deref())
            }
            Change::Agreed { skill, agreed } => stored.with_agreed(skill, *agreed),
            Change::Name(name) => {
                let mut next = stored.clone();
                next.name = name
                    .as_deref()
                    .map(str::trim)
                    .filter(|n| !n.is_empty())
                    .map(|n| n.chars().take(MAX_SHORT_CHARS).collect());
                next
            }
            Change::Forget => Ratings::default(),
            Change::Restore(earlier) => earlier.merged(stored),
            Change::Merge(file) => stored.merged(file),
            Change::Replace(file) => {
                let mut next = file.clone();
                for (skill, entry) in &stored.aside {
                    next.aside
                        .entry(skill.clone())
                        .or_insert_with(|| entry.clone());
                }
                next
            }
        }
    }
}

/// What loading a file did to the ratings held, in numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct LoadReport {
    /// Skills the file rates that were not rated before.
    pub added: usize,
    /// Skills rated differently in the file.
    pub changed: usize,
    /// Skills rated the same in both.
    pub same: usize,
    /// Skills rated before that the file does not rate (kept when merging, gone when replacing).
    pub only_held: usize,
    /// Ratings in the file for skills this framework does not have, kept aside.
    pub aside: usize,
    /// Skills the file named by an earlier edition's id, carried over to their new names.
    pub carried: usize,
}

impl LoadReport {
    /// "Added 2 ratings from ok.json: 1 new, 1 changed, 0 the same; your 1 other rating is kept."
    pub fn describe(&self, file: &str, replaced: bool) -> String {
        let rated = self.added + self.changed + self.same;
        let mut text = if replaced {
            format!(
                "Replaced your ratings with the {} in {file}",
                crate::framework::wording::count(rated, "rating", "ratings")
            )
        } else {
            format!(
                "Added the {} in {file}",
                crate::framework::wording::count(rated, "rating", "ratings")
            )
        };
        text.push_str(&format!(
            ": {} new, {} changed, {} the same",
            self.added, self.changed, self.same
        ));
        if self.only_held > 0 {
            if replaced {
                text.push_str(&format!(
                    "; {} not in the file and now gone",
                    crate::framework::wording::count(
                        self.only_held,
                        "rating you had is",
                        "ratings you had are"
                    )
                ));
            } else {
                text.push_str(&format!(
                    "; your {} kept",
                    crate::framework::wording::count(
                        self.only_held,
                        "other rating is",
                        "other ratings are"
                    )
                ));
            }
        }
        if self.carried > 0 {
            text.push_str(&format!(
                "; {} by an earlier edition's name, carried over to what it is called now",
                crate::framework::wording::count(
                    self.carried,
                    "skill was named",
                    "skills were named"
                )
            ));
        }
        if self.aside > 0 {
            text.push_str(&format!(
                "; {} for skills this framework does not have, kept aside",
                crate::framework::wording::count(self.aside, "rating is", "ratings are")
            ));
        }
        text.push('.');
        text
    }
}

impl Ratings {
    pub fn get(&self, skill: &str) -> Option<Rating> {
        self.by_skill.get(skill).map(|e| e.rating)
    }

    /// A person's ratings as a file holds them: `entries` by skill id (skills this framework does
    /// not have are kept aside), with their name and level.
    pub fn of_person(
        fw: &Framework,
        entries: &BTreeMap<String, Entry>,
        name: &str,
        level: Option<&str>,
    ) -> Ratings {
        let (by_skill, aside) = entries
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .partition(|(skill, _)| fw.skill(skill).is_some());
        Ratings {
            by_skill,
            aside,
            name: Some(name.to_string()),
            level: level.map(str::to_string),
            ..Ratings::default()
        }
    }

    /// Every rating of a skill this framework has, by skill id.
    pub fn entries(&self) -> &BTreeMap<String, Entry> {
        &self.by_skill
    }

    pub fn entry(&self, skill: &str) -> Option<&Entry> {
        self.by_skill.get(skill)
    }

    /// These ratings with `skill` rated `rating` (or its rating and evidence removed when `None`);
    /// a skill's evidence and agreed level stay when only its rating changes.
    pub fn with(&self, skill: &str, rating: Option<Rating>) -> Ratings {
        let mut next = self.clone();
        match rating {
            Some(r) => {
                next.by_skill
                    .entry(skill.to_string())
                    .and_modify(|e| e.rating = r)
                    .or_insert_with(|| Entry::new(r));
            }
            None => {
                next.by_skill.remove(skill);
            }
        }
        next
    }

    /// These ratings with `evidence` for `skill` (cut to [`MAX_EVIDENCE_CHARS`]; blank removes
    /// it). A skill not rated keeps no evidence: rate it first.
    pub fn with_evidence(&self, skill: &str, evidence: Option<&str>) -> Ratings {
        let mut next = self.clone();
        if let Some(entry) = next.by_skill.get_mut(skill) {
            entry.evidence = evidence
                .map(str::trim)
                .filter(|e| !e.is_empty())
                .map(|e| e.chars().take(MAX_EVIDENCE_CHARS).collect());
        }
        next
    }

    /// These ratings with the level a line manager agrees for `skill` (`None` removes it). A skill
    /// not rated has none: it is rated first.
    pub fn with_agreed(&self, skill: &str, agreed: Option<Rating>) -> Ratings {
        let mut next = self.clone();
        if let Some(entry) = next.by_skill.get_mut(skill) {
            entry.agreed = agreed;
        }
        next
    }

    /// What is personal beyond the ratings: the name and every note of evidence (those kept aside
    /// too), kept in memory unless the person chooses to keep them in the browser.
    pub fn private_part(&self) -> Private {
        Private {
            name: self.name.clone(),
            evidence: self
                .by_skill
                .iter()
                .chain(&self.aside)
                .filter_map(|(skill, e)| Some((skill.clone(), e.evidence.clone()?)))
                .collect(),
        }
    }

    /// These ratings without the name and evidence: what is stored when the person has not chosen
    /// to keep them.
    pub fn without_private(&self) -> Ratings {
        let mut next = self.clone();
        next.name = None;
        for entry in next.by_skill.values_mut().chain(next.aside.values_mut()) {
            entry.evidence = None;
        }
        next
    }

    /// These ratings with `private` filled in where they have none: a name, and the evidence of a
    /// skill still rated (a rating removed since takes its evidence with it; evidence already
    /// here, newer, stays).
    pub fn with_private(&self, private: &Private) -> Ratings {
        let mut next = self.clone();
        if next.name.is_none() {
            next.name = private.name.clone();
        }
        for (skill, evidence) in &private.evidence {
            if let Some(entry) = next
                .by_skill
                .get_mut(skill)
                .or_else(|| next.aside.get_mut(skill))
            {
                if entry.evidence.is_none() {
                    entry.evidence = Some(evidence.clone());
                }
            }
        }
        next
    }

    /// Skills rated (of this framework).
    pub fn len(&self) -> usize {
        self.by_skill.len()
    }

    /// No skill of this framework is rated (some may be kept aside: see [`Ratings::is_blank`]).
    pub fn is_empty(&self) -> bool {
        self.by_skill.is_empty()
    }

    /// Nothing at all to keep: no rating, none aside.
    pub fn is_blank(&self) -> bool {
        self.by_skill.is_empty() && self.aside.is_empty()
    }

    /// Ratings of skills the framework in use does not have, by the id they were saved with.
    pub fn aside(&self) -> impl Iterator<Item = (&str, Rating)> {
        self.aside.iter().map(|(id, e)| (id.as_str(), e.rating))
    }

    /// "2 ratings are for skills this framework does not have: planning-old (Working), …. They are
    /// kept on this device and in your downloads, and are not used here." (`None` with none aside;
    /// "It is" for one.)
    pub fn aside_sentence(&self) -> Option<String> {
        if self.aside.is_empty() {
            return None;
        }
        let named: Vec<String> = self
            .aside
            .iter()
            .map(|(id, e)| format!("{} ({})", lookup::shown_id(id), e.rating.label()))
            .collect();
        let (they, are) = if self.aside.len() == 1 {
            ("It", "is")
        } else {
            ("They", "are")
        };
        Some(format!(
            "{} for skills this framework does not have: {}. {they} {are} kept on this device and in your downloads, and {are} not used here.",
            crate::framework::wording::count(self.aside.len(), "rating is", "ratings are"),
            named.join(", ")
        ))
    }

    /// "These ratings were made against an earlier edition of the framework and follow what it
    /// renamed: defect-management is now Managing, reporting and resolving defects; …." (`None`
    /// when nothing was carried over.)
    pub fn carried_sentence(&self, fw: &Framework) -> Option<String> {
        if self.carried.is_empty() {
            return None;
        }
        let named: Vec<String> = self
            .carried
            .iter()
            .map(|(old, new)| {
                let name = match (fw.skill(new), fw.level(new)) {
                    (Some(skill), _) => skill.name.clone(),
                    (None, Some(level)) => fw.level_name(level).to_string(),
                    (None, None) => new.clone(),
                };
                format!("{} is now {name}", lookup::shown_id(old))
            })
            .collect();
        Some(format!(
            "These ratings were made against an earlier edition of the framework and follow what it renamed: {}.",
            named.join("; ")
        ))
    }

    /// The skills held, at the level rated, as a role level lists them ("not yet" is not held).
    pub fn held(&self) -> Vec<Requirement> {
        self.by_skill
            .iter()
            .filter_map(|(skill, entry)| match entry.rating {
                Rating::At(level) => Some(Requirement {
                    skill: skill.clone(),
                    level: Some(level),
                }),
                Rating::NotYet => None,
            })
            .collect()
    }

    /// `other` over these ratings: where both rate a skill, `other`'s rating (and its evidence,
    /// where it has some) wins; ratings kept aside are merged the same way.
    pub fn merged(&self, other: &Ratings) -> Ratings {
        let mut next = self.clone();
        for (target, source) in [
            (&mut next.by_skill, &other.by_skill),
            (&mut next.aside, &other.aside),
        ] {
            for (skill, entry) in source {
                let mut entry = entry.clone();
                if let Some(held) = target.get(skill) {
                    entry.evidence = entry.evidence.or_else(|| held.evidence.clone());
                    entry.agreed = entry.agreed.or(held.agreed);
                }
                target.insert(skill.clone(), entry);
            }
        }
        next.edition = other.edition.clone().or(next.edition);
        next.level = other.level.clone().or(next.level);
        next.saved = other.saved.clone().or(next.saved);
        next.name = other.name.clone().or(next.name);
        next
    }

    /// How loading `file` changes these ratings.
    pub fn load_report(&self, file: &Ratings) -> LoadReport {
        let mut report = LoadReport {
            aside: file.aside.len(),
            carried: file
                .carried
                .iter()
                .filter(|(_, new)| file.by_skill.contains_key(new))
                .count(),
            ..LoadReport::default()
        };
        for (skill, entry) in &file.by_skill {
            match self.by_skill.get(skill) {
                None => report.added += 1,
                Some(held) if held.rating == entry.rating => report.same += 1,
                Some(_) => report.changed += 1,
            }
        }
        report.only_held = self
            .by_skill
            .keys()
            .filter(|skill| !file.by_skill.contains_key(*skill))
            .count();
        report
    }

    /// The file's text, naming the framework it was made against; ratings kept aside are in it too.
    pub fn to_json(&self, fw: &Framework) -> String {
        serde_json::to_string_pretty(&self.to_value(fw)).unwrap_or_default() + "\n"
    }

    /// The file as a JSON value (a saved assessment in a list is one).
    pub fn to_value(&self, fw: &Framework) -> Value {
        let entries: Map<String, Value> = self
            .by_skill
            .iter()
            .chain(self.aside.iter())
            .map(|(skill, entry)| {
                let mut fields = Map::new();
                fields.insert("rating".into(), json!(entry.rating.key()));
                if let Some(evidence) = &entry.evidence {
                    fields.insert("evidence".into(), json!(evidence));
                }
                if let Some(agreed) = entry.agreed {
                    fields.insert("agreed".into(), json!(agreed.key()));
                }
                (skill.clone(), Value::Object(fields))
            })
            .collect();
        let mut top = Map::new();
        top.insert("format".into(), json!(FORMAT));
        top.insert("version".into(), json!(VERSION));
        top.insert("framework".into(), json!(fw.source.title));
        // The edition read (an older file's renamed skills were carried over when it was read),
        // or, for ratings made here, the one in use.
        if let Some(edition) = self.edition.as_ref().or(fw.edition.as_ref()) {
            top.insert("edition".into(), json!(edition));
        }
        if let Some(level) = &self.level {
            top.insert("level".into(), json!(level));
        }
        if let Some(saved) = &self.saved {
            top.insert("saved".into(), json!(saved));
        }
        if let Some(name) = &self.name {
            top.insert("name".into(), json!(name));
        }
        top.insert("ratings".into(), Value::Object(entries));
        Value::Object(top)
    }

    /// Reads a ratings file (version 1 or 2), checking it against the framework in use. A skill
    /// this framework does not have is kept aside, not refused (a renamed or removed skill keeps its
    /// rating). Any other problem refuses the whole file (so nothing half-read replaces ratings
    /// already held); each is named with its place.
    pub fn from_json(fw: &Framework, text: &str) -> Result<Ratings, Vec<Problem>> {
        if let Some(problem) =
            crate::load::validate::size_problem(text.len(), MAX_BYTES, "a ratings file")
        {
            return Err(vec![problem]);
        }
        let value: Value = serde_json::from_str(text).map_err(|e| {
            vec![Problem::new(
                format!("line {}, column {}", e.line(), e.column()),
                "this is not valid JSON, so it is not a ratings file",
            )]
        })?;
        Ratings::from_value(fw, value)
    }

    /// A ratings file already read as JSON (a saved assessment in a list is one), checked as
    /// [`Ratings::from_json`] checks a file.
    pub fn from_value(fw: &Framework, value: Value) -> Result<Ratings, Vec<Problem>> {
        let Value::Object(top) = value else {
            return Err(vec![Problem::new("$", "a ratings file is a JSON object")]);
        };
        let mut problems = Vec::new();
        let version = top.get("version").and_then(Value::as_u64);
        let fields: &[&str] = if version == Some(1) {
            &["format", "version", "ratings"]
        } else {
            &[
                "format",
                "version",
                "framework",
                "edition",
                "level",
                "saved",
                "name",
                "ratings",
            ]
        };
        for key in top.keys() {
            if !fields.contains(&key.as_str()) {
                problems.push(Problem::new(
                    format!("$.{}", lookup::shown_id(key)),
                    format!(
                        "a ratings file has no such field (it has {})",
                        fields.join(", ")
                    ),
                ));
            }
        }
        if top.get("format").and_then(Value::as_str) != Some(FORMAT) {
            problems.push(Problem::new(
                "$.format",
                format!("this is not a role-compare ratings file (format must be \"{FORMAT}\")"),
            ));
        }
        if !matches!(version, Some(1..=VERSION)) {
            problems.push(Problem::new(
                "$.version",
                format!("this file's version is not one this widget reads (it reads 1 to {VERSION}): a newer copy of role-compare made it"),
            ));
        }
        let mut ratings = Ratings::default();
        for (field, slot) in [
            ("edition", &mut ratings.edition),
            ("level", &mut ratings.level),
            ("saved", &mut ratings.saved),
            ("name", &mut ratings.name),
        ] {
            match top.get(field) {
                None | Some(Value::Null) => {}
                Some(Value::String(s)) if s.chars().count() <= MAX_SHORT_CHARS => {
                    *slot = Some(s.clone())
                }
                Some(_) => problems.push(Problem::new(
                    format!("$.{field}"),
                    "is a short text (at most 100 characters)",
                )),
            }
        }
        // Made against an earlier edition this framework maps from: its renamed skills and role
        // levels are carried over to their new ids.
        let carried = ratings
            .edition
            .as_deref()
            .filter(|edition| Some(*edition) != fw.edition.as_deref())
            .and_then(|edition| fw.carried_from(edition));
        // Carried over, they are this edition's. Made against an edition this framework knows no
        // way from, they keep the file's mark: a map that comes later still carries what is kept
        // aside.
        if carried.is_some() || ratings.edition.is_none() {
            ratings.edition = fw.edition.clone();
        }
        if let Some(level) = &ratings.level {
            let now = carried.as_ref().map_or(level.as_str(), |c| c.level(level));
            if fw.level(now).is_none() {
                // The level assessed against is a note, not a reason to refuse the ratings: it is
                // named, never dropped unseen.
                ratings.notes.push(unknown_level_note(level));
                ratings.level = None;
            } else if now != level {
                ratings.carried.push((level.clone(), now.to_string()));
                ratings.level = Some(now.to_string());
            }
        }
        match top.get("ratings") {
            Some(Value::Object(entries)) => {
                for (skill, value) in entries {
                    let place = format!("$.ratings[\"{}\"]", lookup::shown_id(skill));
                    match read_entry(value, version == Some(1)) {
                        Ok((entry, shortened_from)) => {
                            let now = carried.as_ref().map_or(skill.as_str(), |c| c.skill(skill));
                            if let Some(chars) = shortened_from {
                                ratings.notes.push(shortened_note(&fw.skill_name_of(now), chars));
                            }
                            if fw.skill(skill).is_some() {
                                // Rated by this edition's id: over any rating carried to it.
                                ratings.by_skill.insert(skill.clone(), entry);
                            } else if now != skill && fw.skill(now).is_some() {
                                ratings.carried.push((skill.clone(), now.to_string()));
                                ratings.by_skill.entry(now.to_string()).or_insert(entry);
                            } else if crate::load::validate::is_valid_id(skill) {
                                ratings.aside.insert(skill.clone(), entry);
                            } else {
                                let unknown = lookup::closest_skill(fw, skill);
                                problems.push(Problem::new(place, unknown.describe("skill")));
                            }
                        }
                        Err(reason) => problems.push(Problem::new(place, reason)),
                    }
                }
            }
            _ => problems.push(Problem::new(
                "$.ratings",
                "a ratings file needs a ratings object: {\"skill-id\": {\"rating\": \"working\"}, …}",
            )),
        }
        if problems.is_empty() {
            Ok(ratings)
        } else {
            Err(problems)
        }
    }
}

const NOT_A_RATING: &str =
    "is not a rating (use not-yet, awareness, working, practitioner or expert)";

fn read_rating(value: &Value) -> Result<Rating, String> {
    value.as_str().and_then(Rating::from_key).ok_or_else(|| {
        format!(
            "{} {NOT_A_RATING}",
            crate::engine::lookup::shown_value(value)
        )
    })
}

/// "The evidence for Data visualisation was 2,500 characters long: only its first 2,000 are
/// kept."
pub fn shortened_note(skill_name: &str, chars: usize) -> String {
    format!(
        "The evidence for {skill_name} was {} characters long: only its first {} are kept.",
        crate::framework::wording::thousands(chars),
        crate::framework::wording::thousands(MAX_EVIDENCE_CHARS)
    )
}

/// "The file names the role level \"chief-wizard\", which this framework does not have, so its
/// ratings are read without a level."
pub fn unknown_level_note(level: &str) -> String {
    format!(
        "The file names the role level \"{}\", which this framework does not have, so its ratings are read without a level.",
        lookup::shown_id(level)
    )
}

/// One skill's value: `"working"` (version 1, and accepted in 2), or
/// `{"rating": "working", "evidence": "…", "agreed": "practitioner"}`; with the length of a note
/// of evidence longer than [`MAX_EVIDENCE_CHARS`], which is shortened to it (the rest of the file
/// still loads, and the person is told).
fn read_entry(value: &Value, version_one: bool) -> Result<(Entry, Option<usize>), String> {
    let Value::Object(fields) = value else {
        return read_rating(value).map(|r| (Entry::new(r), None));
    };
    if version_one {
        return Err(format!(
            "{} {NOT_A_RATING}",
            crate::engine::lookup::shown_value(value)
        ));
    }
    if let Some(key) = fields
        .keys()
        .find(|k| !["rating", "evidence", "agreed"].contains(&k.as_str()))
    {
        return Err(format!(
            "has no field \"{}\" (a rating has rating, evidence and agreed)",
            lookup::shown_id(key)
        ));
    }
    let rating = read_rating(fields.get("rating").unwrap_or(&Value::Null))?;
    let mut shortened_from = None;
    let evidence = match fields.get("evidence") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => {
            let chars = s.chars().count();
            if chars > MAX_EVIDENCE_CHARS {
                shortened_from = Some(chars);
            }
            Some(s.chars().take(MAX_EVIDENCE_CHARS).collect::<String>())
                .filter(|s| !s.trim().is_empty())
        }
        Some(_) => return Err("its evidence is text".into()),
    };
    let agreed = match fields.get("agreed") {
        None | Some(Value::Null) => None,
        Some(v) => Some(read_rating(v).map_err(|e| format!("agreed: {e}"))?),
    };
    Ok((
        Entry {
            rating,
            evidence,
            agreed,
        },
        shortened_from,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::framework::SkillLevel;

    #[test]
    fn evidence_is_kept_with_a_rating_and_goes_with_it() {
        let fw = fw();
        let rated = Ratings::default().with("planning", Some(Rating::At(SkillLevel::Working)));
        let with = Change::Evidence {
            skill: "planning".into(),
            evidence: Some("  Planned the Q3 roadmap  ".into()),
        }
        .apply(&rated);
        assert_eq!(
            with.entry("planning").unwrap().evidence.as_deref(),
            Some("Planned the Q3 roadmap")
        );
        // It travels in the file, and back.
        let again = Ratings::from_json(&fw, &with.to_json(&fw)).unwrap();
        assert_eq!(again.entry("planning"), with.entry("planning"));
        // Blank removes it; a skill not rated keeps none.
        let blank = with.with_evidence("planning", Some("   "));
        assert_eq!(blank.entry("planning").unwrap().evidence, None);
        assert_eq!(with.with_evidence("agile-working", Some("x")), with);
        // Removing the rating takes its evidence with it.
        assert!(with.with("planning", None).entry("planning").is_none());
        // Cut to the longest a file may hold.
        let long = rated.with_evidence("planning", Some(&"x".repeat(MAX_EVIDENCE_CHARS + 10)));
        assert_eq!(
            long.entry("planning")
                .unwrap()
                .evidence
                .as_ref()
                .unwrap()
                .chars()
                .count(),
            MAX_EVIDENCE_CHARS
        );
    }

    fn fw() -> Framework {
        crate::load::embedded::framework().unwrap()
    }

    fn working() -> Option<Rating> {
        Some(Rating::At(SkillLevel::Working))
    }

    #[test]
    fn each_framework_keeps_its_own_ratings_under_a_key_older_copies_do_not_write() {
        let official = fw();
        assert_eq!(storage_key(&official), "role-compare:ratings:v2");
        assert_eq!(legacy_storage_key(&official), "role-compare:ratings:v1");
        let mut ours = official.clone();
        ours.source.title = "Our framework".into();
        assert_eq!(storage_key(&ours), "role-compare:ratings:v2:our-framework");
        assert_eq!(
            unreadable_key(&storage_key(&ours)),
            "role-compare:ratings:v2:our-framework:unreadable"
        );
    }

    #[test]
    fn round_trips_through_its_file_with_evidence_and_the_level_assessed() {
        let fw = fw();
        let text = r#"{"format": "role-compare-ratings", "version": 2, "edition": "2025-11", "level": "senior-data-analyst", "saved": "2026-11-30",
            "ratings": {"agile-working": {"rating": "working", "evidence": "Ran retros", "agreed": "practitioner"}, "strategic-thinking": "not-yet"}}"#;
        let r = Ratings::from_json(&fw, text).unwrap();
        assert_eq!(r.get("agile-working"), working());
        let entry = r.entry("agile-working").unwrap();
        assert_eq!(entry.evidence.as_deref(), Some("Ran retros"));
        assert_eq!(entry.agreed, Some(Rating::At(SkillLevel::Practitioner)));
        assert_eq!(r.level.as_deref(), Some("senior-data-analyst"));
        assert_eq!(
            r.edition.as_deref(),
            Some("2025-11"),
            "an edition this framework knows no way from is kept, for a map that comes later"
        );
        let written = r.to_json(&fw);
        assert!(written.contains("\"version\": 2"), "{written}");
        assert_eq!(Ratings::from_json(&fw, &written), Ok(r.clone()));
        assert_eq!(r.held().len(), 1, "not yet is not held");
        // A changed rating keeps its evidence; a removed one takes it away.
        let raised = r.with("agile-working", Some(Rating::At(SkillLevel::Expert)));
        assert_eq!(
            raised.entry("agile-working").unwrap().evidence.as_deref(),
            Some("Ran retros")
        );
        assert!(r.with("agile-working", None).held().is_empty());
    }

    #[test]
    fn the_level_a_line_manager_agrees_is_kept_beside_the_rating_and_written() {
        let fw = fw();
        let stored = Ratings::default().with("planning", working());
        let agreed = Change::Agreed {
            skill: "planning".into(),
            agreed: Some(Rating::At(SkillLevel::Practitioner)),
        }
        .apply(&stored);
        assert_eq!(
            agreed.entry("planning").unwrap().agreed,
            Some(Rating::At(SkillLevel::Practitioner))
        );
        assert_eq!(
            agreed.get("planning"),
            working(),
            "the person's own rating stays"
        );
        let written = agreed.to_json(&fw);
        assert!(
            written.contains("\"agreed\": \"practitioner\""),
            "{written}"
        );
        assert_eq!(
            Ratings::from_json(&fw, &written).unwrap().entry("planning"),
            agreed.entry("planning")
        );
        let unrated = Change::Agreed {
            skill: "agile-working".into(),
            agreed: Some(Rating::At(SkillLevel::Expert)),
        }
        .apply(&agreed);
        assert_eq!(
            unrated.entry("agile-working"),
            None,
            "a skill not rated has no agreed level"
        );
        let removed = Change::Agreed {
            skill: "planning".into(),
            agreed: None,
        }
        .apply(&agreed);
        assert_eq!(removed.entry("planning").unwrap().agreed, None);
    }

    #[test]
    fn a_typed_name_is_kept_trimmed_cut_and_written_and_a_blank_one_removes_it() {
        let fw = fw();
        let stored = Ratings::default().with("planning", working());
        let named = Change::Name(Some("  Ana Example ".into())).apply(&stored);
        assert_eq!(named.name.as_deref(), Some("Ana Example"));
        assert_eq!(named.get("planning"), working(), "the ratings stay");
        let written = named.to_json(&fw);
        assert_eq!(
            Ratings::from_json(&fw, &written).unwrap().name.as_deref(),
            Some("Ana Example")
        );
        let long = Change::Name(Some("x".repeat(MAX_SHORT_CHARS + 5))).apply(&stored);
        assert_eq!(long.name.unwrap().chars().count(), MAX_SHORT_CHARS);
        assert_eq!(Change::Name(Some("  ".into())).apply(&named).name, None);
        assert_eq!(Change::Name(None).apply(&named).name, None);
    }

    #[test]
    fn name_and_evidence_come_apart_from_the_ratings_and_back_without_overwriting_newer() {
        let fw = fw();
        let full = Change::Name(Some("Ana".into())).apply(
            &Ratings::default()
                .with("planning", working())
                .with("agile-working", working())
                .with_evidence("planning", Some("Ran the roadmap"))
                .with_evidence("agile-working", Some("Ran retros")),
        );
        let private = full.private_part();
        assert_eq!(private.name.as_deref(), Some("Ana"));
        assert_eq!(private.evidence.len(), 2);
        let stored = full.without_private();
        let written = stored.to_json(&fw);
        assert!(
            !written.contains("Ana") && !written.contains("Ran the roadmap"),
            "{written}"
        );
        assert_eq!(stored.get("planning"), working(), "the ratings are kept");
        assert_eq!(
            stored.with_private(&private),
            full,
            "and everything comes back"
        );
        // Another tab since: planning's evidence rewritten there, agile working's rating removed.
        let other = stored
            .with_evidence("planning", Some("Newer words"))
            .with("agile-working", None);
        let back = other.with_private(&private);
        assert_eq!(
            back.entry("planning").unwrap().evidence.as_deref(),
            Some("Newer words")
        );
        assert_eq!(back.entry("agile-working"), None);
        assert_eq!(back.name.as_deref(), Some("Ana"));
    }

    #[test]
    fn version_one_files_still_load() {
        let fw = fw();
        let v1 = r#"{"format": "role-compare-ratings", "version": 1, "ratings": {"agile-working": "working", "planning": "not-yet"}}"#;
        let r = Ratings::from_json(&fw, v1).unwrap();
        assert_eq!(r.len(), 2);
        assert_eq!(r.get("planning"), Some(Rating::NotYet));
    }

    #[test]
    fn skills_this_framework_lacks_are_kept_aside_named_and_written_back() {
        let fw = fw();
        let stored = r#"{"format": "role-compare-ratings", "version": 1, "ratings": {"agile-working": "working", "old-skill-renamed": "expert"}}"#;
        let r = Ratings::from_json(&fw, stored).unwrap();
        assert_eq!(r.len(), 1, "only the known skill is used");
        assert!(!r.is_blank());
        assert_eq!(
            r.aside_sentence().unwrap(),
            "1 rating is for skills this framework does not have: old-skill-renamed (Expert). It is kept on this device and in your downloads, and is not used here."
        );
        // A new rating never erases what is kept aside; the download carries it and loads back.
        let next = Change::Rate {
            skill: "planning".into(),
            rating: working(),
        }
        .apply(&r);
        let file = next.to_json(&fw);
        assert!(file.contains("\"old-skill-renamed\""), "{file}");
        let back = Ratings::from_json(&fw, &file).unwrap();
        assert_eq!(back, next);
        assert_eq!(
            back.aside().collect::<Vec<_>>(),
            [("old-skill-renamed", Rating::At(SkillLevel::Expert))]
        );
    }

    #[test]
    fn two_tabs_changing_one_store_keep_both_changes() {
        let fw = fw();
        // Both tabs read the same stored copy; each change is applied to a fresh read.
        let stored = Ratings::default().to_json(&fw);
        let tab_a = Change::Rate {
            skill: "planning".into(),
            rating: Some(Rating::At(SkillLevel::Expert)),
        };
        let tab_b = Change::Rate {
            skill: "strategic-thinking".into(),
            rating: Some(Rating::At(SkillLevel::Awareness)),
        };
        let after_a = tab_a
            .apply(&Ratings::from_json(&fw, &stored).unwrap())
            .to_json(&fw);
        let after_b = tab_b.apply(&Ratings::from_json(&fw, &after_a).unwrap());
        assert_eq!(
            after_b.get("planning"),
            Some(Rating::At(SkillLevel::Expert))
        );
        assert_eq!(
            after_b.get("strategic-thinking"),
            Some(Rating::At(SkillLevel::Awareness))
        );
        // A removal made in one tab is not brought back by a change in another.
        let removed = Change::Rate {
            skill: "planning".into(),
            rating: None,
        }
        .apply(&after_b)
        .to_json(&fw);
        let later = Change::Rate {
            skill: "agile-working".into(),
            rating: working(),
        }
        .apply(&Ratings::from_json(&fw, &removed).unwrap());
        assert_eq!(later.get("planning"), None);
        assert_eq!(later.len(), 2);
    }

    #[test]
    fn forget_can_be_undone_and_a_file_merges_or_replaces_saying_what_changed() {
        let held = Ratings::default()
            .with("planning", working())
            .with("agile-working", working())
            .with("strategic-thinking", Some(Rating::NotYet));
        let forgotten = Change::Forget.apply(&held);
        assert!(forgotten.is_blank());
        let rated_since = forgotten.with("user-research", working());
        let restored = Change::Restore(held.clone()).apply(&rated_since);
        assert_eq!(
            restored.len(),
            4,
            "undo puts back what was forgotten and keeps what came since"
        );

        let file = Ratings::default()
            .with("planning", Some(Rating::At(SkillLevel::Expert)))
            .with("agile-working", working())
            .with("user-research", working());
        let report = held.load_report(&file);
        assert_eq!(
            report,
            LoadReport {
                added: 1,
                changed: 1,
                same: 1,
                only_held: 1,
                aside: 0,
                carried: 0,
            }
        );
        assert_eq!(
            report.describe("ok.json", false),
            "Added the 3 ratings in ok.json: 1 new, 1 changed, 1 the same; your 1 other rating is kept."
        );
        assert_eq!(
            report.describe("ok.json", true),
            "Replaced your ratings with the 3 ratings in ok.json: 1 new, 1 changed, 1 the same; 1 rating you had is not in the file and now gone."
        );
        let merged = Change::Merge(file.clone()).apply(&held);
        assert_eq!(merged.len(), 4);
        assert_eq!(merged.get("planning"), Some(Rating::At(SkillLevel::Expert)));
        assert_eq!(merged.get("strategic-thinking"), Some(Rating::NotYet));
        let replaced = Change::Replace(file.clone()).apply(&held);
        assert_eq!(replaced, file);
        // Replacing never drops ratings kept aside for skills this framework lacks.
        let with_aside = Ratings::from_json(
            &crate::load::embedded::framework().unwrap(),
            r#"{"format": "role-compare-ratings", "version": 1, "ratings": {"planning": "working", "old-skill": "expert"}}"#,
        )
        .unwrap();
        let replaced = Change::Replace(file.clone()).apply(&with_aside);
        assert_eq!(replaced.len(), 3);
        assert_eq!(
            replaced.aside().collect::<Vec<_>>(),
            [("old-skill", Rating::At(SkillLevel::Expert))]
        );
    }

    #[test]
    fn refuses_bad_files_with_each_problem_placed() {
        let fw = fw();
        let bad = r#"{"format": "role-compare-ratings", "version": 1, "ratings": {"agile working": "working", "planning": "guru"}, "extra": 1}"#;
        let problems = Ratings::from_json(&fw, bad).unwrap_err();
        let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(text.len(), 3, "{text:?}");
        assert!(text[0].starts_with("$.extra: "));
        assert!(text[1].contains("$.ratings[\"agile working\"]: no skill has the id \"agile working\" (closest: agile-working"), "{text:?}");
        assert!(text[2].contains("\"guru\" is not a rating"), "{text:?}");
        let problems = Ratings::from_json(&fw, "{\"ratings\": [").unwrap_err();
        assert!(problems[0].place.starts_with("line 1, column"));
        let problems =
            Ratings::from_json(&fw, r#"{"format": "x", "version": 3, "ratings": {}}"#).unwrap_err();
        assert_eq!(problems.len(), 2);
        assert!(problems[1].reason.contains("a newer copy"));
        let huge = "x".repeat(MAX_BYTES + 1);
        assert!(Ratings::from_json(&fw, &huge).unwrap_err()[0]
            .reason
            .contains("at most 1024 KB"));
    }

    #[test]
    fn a_note_too_long_is_shortened_and_named_and_the_rest_loads() {
        let fw = fw();
        let long = format!(
            r#"{{"format": "role-compare-ratings", "version": 2, "ratings": {{"planning": {{"rating": "working", "evidence": "{}"}}, "agile-working": {{"rating": "expert", "evidence": "Ran retros"}}}}}}"#,
            "é".repeat(2_500)
        );
        let read = Ratings::from_json(&fw, &long).unwrap();
        assert_eq!(read.len(), 2);
        let kept = read.entry("planning").unwrap().evidence.clone().unwrap();
        assert_eq!(kept.chars().count(), MAX_EVIDENCE_CHARS);
        assert_eq!(
            read.entry("agile-working").unwrap().evidence.as_deref(),
            Some("Ran retros")
        );
        assert_eq!(
            read.notes,
            [format!(
                "The evidence for {} was 2,500 characters long: only its first 2,000 are kept.",
                fw.skill_name_of("planning")
            )]
        );
    }

    #[test]
    fn a_level_this_framework_lacks_is_named_not_dropped_unseen() {
        let fw = fw();
        let text = r#"{"format": "role-compare-ratings", "version": 2, "level": "chief-wizard", "ratings": {"planning": "working"}}"#;
        let read = Ratings::from_json(&fw, text).unwrap();
        assert_eq!(read.level, None);
        assert_eq!(read.len(), 1);
        assert_eq!(
            read.notes,
            ["The file names the role level \"chief-wizard\", which this framework does not have, so its ratings are read without a level."]
        );
    }
}
