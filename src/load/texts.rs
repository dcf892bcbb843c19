//! The texts file: a framework's descriptions and "You can:" statements, shipped apart from its
//! core file so a comparison paints before they arrive (see `framework::Outline`). Both files are
//! made together from `data/framework.json` by `role-compare data-files`; [`merge_texts`] puts the
//! texts back into the core, checked like any framework file, and refuses a texts file that does
//! not belong to that core (an id it does not have, a text it lacks, other statement counts). The
//! similarities made from the texts (`engine::similarity`) travel with them.

use super::validate::{
    edition_checks, json_problem, similarity_checks, size_problem, text_checks, MAX_FRAMEWORK_BYTES,
};
use crate::framework::{Framework, Problem, Text};
use serde::{Deserialize, Serialize};

/// What the texts file's `format` says.
pub const TEXTS_FORMAT: &str = "role-compare-texts";
/// The texts file's version.
pub const TEXTS_VERSION: u32 = 1;

/// A texts file: every text of a framework, as lists in the order of the core file's roles, levels
/// and skills, each with the ids it is for (plain lists of the shapes the framework file already
/// has: the widget decodes nothing new).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TextsFile {
    /// [`TEXTS_FORMAT`].
    pub format: String,
    /// [`TEXTS_VERSION`].
    pub version: u32,
    /// The roles' ids, and their descriptions in the same order.
    pub roles: Vec<String>,
    pub role_descriptions: Vec<Text>,
    /// The role levels' ids, and their descriptions (null where none is published).
    pub levels: Vec<String>,
    pub level_descriptions: Vec<Option<Text>>,
    /// The skills' ids, their descriptions, and their "You can:" texts (awareness to expert).
    pub skills: Vec<String>,
    pub skill_descriptions: Vec<Option<Text>>,
    pub skill_levels: Vec<[Option<Text>; 4]>,
    /// Each skill's similar skills and each role's similarity to later roles, as
    /// `Framework::similar` and `Framework::similar_roles` (`engine::similarity`): made from the
    /// texts, used only by the views that wait for them (career moves, related roles).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub similar: Option<Vec<Vec<[u16; 2]>>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub similar_roles: Option<Vec<Vec<u8>>>,
    /// The maps of renamed ids from earlier editions (`Framework::renames`): here, not in the
    /// core file, so that the first paint carries no reader for them; needed only once ratings
    /// made against an earlier edition are read.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub renames: Vec<crate::framework::Renames>,
}

impl TextsFile {
    /// Takes every text out of `fw`: the texts file, and `fw` left with none.
    pub fn take_from(fw: &mut Framework) -> TextsFile {
        TextsFile {
            format: TEXTS_FORMAT.to_string(),
            version: TEXTS_VERSION,
            roles: fw.roles.iter().map(|r| r.id.clone()).collect(),
            role_descriptions: fw
                .roles
                .iter_mut()
                .map(|r| std::mem::take(&mut r.description))
                .collect(),
            levels: fw.levels.iter().map(|l| l.id.clone()).collect(),
            level_descriptions: fw.levels.iter_mut().map(|l| l.description.take()).collect(),
            skills: fw.skills.iter().map(|s| s.id.clone()).collect(),
            skill_descriptions: fw.skills.iter_mut().map(|s| s.description.take()).collect(),
            skill_levels: fw
                .skills
                .iter_mut()
                .map(|s| std::mem::take(&mut s.levels))
                .collect(),
            similar: fw.similar.take(),
            similar_roles: fw.similar_roles.take(),
            renames: std::mem::take(&mut fw.renames),
        }
    }
}

/// A problem unless `ids` are exactly the core's, in its order, with one text each.
fn same_ids<'a>(
    problems: &mut Vec<Problem>,
    list: &str,
    ids: &[String],
    core: impl Iterator<Item = &'a str>,
    texts: usize,
) {
    let core: Vec<&str> = core.collect();
    if let Some(i) = (0..ids.len().max(core.len()))
        .find(|&i| ids.get(i).map(String::as_str) != core.get(i).copied())
    {
        problems.push(Problem::new(
            format!("$.{list}[{i}]"),
            format!(
                "\"{}\" where the framework file has \"{}\": the texts file was not made with it",
                ids.get(i).map_or("nothing", String::as_str),
                core.get(i).copied().unwrap_or("nothing")
            ),
        ));
    } else if texts != ids.len() {
        problems.push(Problem::new(
            format!("$.{list}"),
            format!(
                "{} ids but {texts} texts: one text each is needed",
                ids.len()
            ),
        ));
    }
}

/// A framework path of a text ("$.roles[3].description", "$.skills[2].levels[1]") as the texts
/// file's own ("$.role_descriptions[3]", "$.skill_levels[2][1]"), so a problem points into the
/// file that has it.
fn in_texts_file(place: &str) -> String {
    let Some((list, rest)) = place.strip_prefix("$.").and_then(|p| p.split_once('[')) else {
        return place.to_string();
    };
    let Some((at, field)) = rest.split_once(']') else {
        return place.to_string();
    };
    match (list, field) {
        ("roles", ".description") => format!("$.role_descriptions[{at}]"),
        ("levels", ".description") => format!("$.level_descriptions[{at}]"),
        ("skills", ".description") => format!("$.skill_descriptions[{at}]"),
        ("skills", level) => match level.strip_prefix(".levels") {
            Some(index) => format!("$.skill_levels[{at}]{index}"),
            None => place.to_string(),
        },
        _ => place.to_string(),
    }
}

/// `core` (already checked) with the texts in `json` put back: the texts checked as any framework
/// file's are, and only when the texts file is the one made with that core.
pub fn merge_texts(core: &Framework, json: &str) -> Result<Framework, Vec<Problem>> {
    if let Some(problem) = size_problem(json.len(), MAX_FRAMEWORK_BYTES, "a texts file") {
        return Err(vec![problem]);
    }
    let texts: TextsFile = serde_json::from_str(json).map_err(|e| vec![json_problem(&e)])?;
    if texts.format != TEXTS_FORMAT || texts.version != TEXTS_VERSION {
        return Err(vec![Problem::new(
            "$.format",
            format!(
                "this is not a texts file this build reads (format \"{TEXTS_FORMAT}\", version {TEXTS_VERSION})"
            ),
        )]);
    }
    let Some(outline) = core.outline.as_ref().filter(|_| core.texts_pending()) else {
        return Err(vec![Problem::new(
            "the framework",
            "it already has its texts",
        )]);
    };
    let mut problems = Vec::new();
    same_ids(
        &mut problems,
        "roles",
        &texts.roles,
        core.roles.iter().map(|r| r.id.as_str()),
        texts.role_descriptions.len(),
    );
    same_ids(
        &mut problems,
        "levels",
        &texts.levels,
        core.levels.iter().map(|l| l.id.as_str()),
        texts.level_descriptions.len(),
    );
    same_ids(
        &mut problems,
        "skills",
        &texts.skills,
        core.skills.iter().map(|s| s.id.as_str()),
        texts.skill_descriptions.len(),
    );
    if texts.skill_levels.len() != texts.skills.len() {
        problems.push(Problem::new(
            "$.skill_levels",
            format!(
                "{} skills but {} lists of \"You can:\" texts",
                texts.skills.len(),
                texts.skill_levels.len()
            ),
        ));
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut fw = core.clone();
    for (role, text) in fw.roles.iter_mut().zip(texts.role_descriptions) {
        role.description = text;
    }
    for (level, text) in fw.levels.iter_mut().zip(texts.level_descriptions) {
        level.description = text;
    }
    for ((skill, description), levels) in fw
        .skills
        .iter_mut()
        .zip(texts.skill_descriptions)
        .zip(texts.skill_levels)
    {
        skill.description = description;
        skill.levels = levels;
    }
    fw.similar = texts.similar;
    fw.similar_roles = texts.similar_roles;
    fw.renames = texts.renames;
    for (i, skill) in fw.skills.iter().enumerate() {
        let counted = (0..4).map(|level| outline.statements(i, level));
        let found = skill
            .levels
            .iter()
            .map(|t| t.as_ref().map_or(0, |t| t.bullets().count()));
        if !counted.map(usize::from).eq(found) {
            problems.push(Problem::new(
                format!("$.skill_levels[{i}]"),
                format!("the statements of {} are not those the framework file counted: the texts file was not made with it", skill.id),
            ));
        }
    }
    fw.texts_merged = true;
    // The core was checked when it was read, and its ids (and so its lookups) are unchanged:
    // only the texts are new.
    problems.extend(text_checks(&fw).into_iter().map(|mut p| {
        p.place = in_texts_file(&p.place);
        p
    }));
    problems.extend(similarity_checks(&fw));
    problems.extend(edition_checks(&fw).into_iter().map(|mut p| {
        p.place = in_texts_file(&p.place);
        p
    }));
    if problems.is_empty() {
        Ok(fw)
    } else {
        Err(problems)
    }
}
