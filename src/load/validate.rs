//! Checks a framework file (ours or an organisation's own) and reports every problem with
//! its place (a JSON path such as `$.levels[3].skills[0].skill`) and a plain reason. Never panics.

pub use crate::framework::ids::{is_valid_id, MAX_ID_CHARS};
pub use crate::framework::Problem;
use crate::framework::{Framework, LEVEL_ORDER_STATUSES, SCHEMA_VERSION};
use std::collections::{HashMap, HashSet};

/// The largest framework file read, in bytes (the official one is about 700 KB).
pub const MAX_FRAMEWORK_BYTES: usize = 5 * 1024 * 1024;

/// A problem for a file over `max` bytes ("a framework file", "a ratings file"), or none.
pub fn size_problem(len: usize, max: usize, what: &str) -> Option<Problem> {
    (len > max).then(|| {
        Problem::new(
            "the file",
            format!(
                "it is {} KB; {what} is at most {} KB",
                len.div_ceil(1024),
                max / 1024
            ),
        )
    })
}

/// Reads a framework JSON file (at most [`MAX_FRAMEWORK_BYTES`]) and checks every id and reference.
pub fn parse_framework(json: &str) -> Result<Framework, Vec<Problem>> {
    read_json(json).and_then(checked)
}

/// `framework` once it passes every check ([`check`]), or every problem the checks found.
pub fn checked(framework: Framework) -> Result<Framework, Vec<Problem>> {
    let problems = check(&framework);
    if problems.is_empty() {
        Ok(framework)
    } else {
        Err(problems)
    }
}

/// Why a framework file is refused before it is read, whatever its format: over
/// [`MAX_FRAMEWORK_BYTES`], or empty.
pub fn unreadable_framework_file(text: &str) -> Option<Problem> {
    size_problem(text.len(), MAX_FRAMEWORK_BYTES, "a framework file").or_else(|| {
        text.trim()
            .is_empty()
            .then(|| Problem::new("line 1", "the file is empty"))
    })
}

/// A framework JSON file read, unchecked: refused with its place when too large, empty or not a
/// framework's JSON. ([`parse_framework`] then checks it. The release's own core file is in a
/// format of its own, read without JSON: `load::core_file`.)
fn read_json(json: &str) -> Result<Framework, Vec<Problem>> {
    if let Some(problem) = unreadable_framework_file(json) {
        return Err(vec![problem]);
    }
    serde_json::from_str::<Framework>(json)
        .map(Framework::indexed)
        .map_err(|e| vec![json_problem(&e)])
}

/// A serde_json error in plain words, placed by line and column.
pub(crate) fn json_problem(e: &serde_json::Error) -> Problem {
    let message = e.to_string();
    let detail = message
        .split(" at line ")
        .next()
        .unwrap_or(&message)
        .to_string();
    let reason = match e.classify() {
        serde_json::error::Category::Eof => {
            format!("the file ends too early: it may be cut short ({detail})")
        }
        serde_json::error::Category::Syntax => format!("this is not valid JSON: {detail}"),
        _ => format!("this is not a framework file as expected: {detail}"),
    };
    Problem::new(format!("line {}, column {}", e.line(), e.column()), reason)
}

/// Problems with the framework's texts alone (descriptions and statements): too long, too many
/// statements. Part of [`check`]; all a texts file merged into a checked core needs.
pub fn text_checks(fw: &Framework) -> Vec<Problem> {
    let mut problems = Vec::new();
    for (i, role) in fw.roles.iter().enumerate() {
        text_problems(
            &mut problems,
            format!("$.roles[{i}].description"),
            &role.description,
        );
    }
    for (i, level) in fw.levels.iter().enumerate() {
        if let Some(text) = &level.description {
            text_problems(&mut problems, format!("$.levels[{i}].description"), text);
        }
    }
    for (i, skill) in fw.skills.iter().enumerate() {
        if let Some(text) = &skill.description {
            text_problems(&mut problems, format!("$.skills[{i}].description"), text);
        }
        for (j, text) in skill.levels.iter().enumerate() {
            if let Some(text) = text {
                text_problems(&mut problems, format!("$.skills[{i}].levels[{j}]"), text);
            }
        }
    }
    problems
}

/// The most roles, role levels and skills a framework file may have (the official one has 52,
/// 205 and 188; a framework ten times its size fits well within these). Scores index skills with
/// 16 bits, and routes look at every pair of levels, so these bounds keep every view fast.
pub const MAX_ROLES: usize = 1_000;
pub const MAX_LEVELS: usize = 5_000;
pub const MAX_SKILLS: usize = 5_000;
/// The longest name, in characters.
pub const MAX_TEXT_CHARS: usize = 20_000;
/// The longest description or "You can:" text (all its blocks together), in characters; the
/// official framework's longest is under 3,000.
pub const MAX_DESCRIPTION_CHARS: usize = 50_000;
/// The most bullet points in one text.
pub const MAX_STATEMENTS: usize = 200;

/// The most similar skills a skill may list.
pub const MAX_SIMILAR: usize = 20;

/// The longest edition mark, in characters.
pub const MAX_EDITION_CHARS: usize = 100;
/// The most earlier editions a file may map from, and the most ids one map may carry.
pub const MAX_RENAMES: usize = 200;

/// Problems with the edition mark and the maps of renamed ids from earlier editions, alone (for
/// the maps a texts file carries: `load::texts`).
pub fn edition_checks(fw: &Framework) -> Vec<Problem> {
    let mut problems = Vec::new();
    edition_problems(&mut problems, fw);
    problems
}

/// Problems with the edition mark and the maps of renamed ids from earlier editions.
fn edition_problems(problems: &mut Vec<Problem>, fw: &Framework) {
    let mark = |problems: &mut Vec<Problem>, place: String, mark: &str| {
        if mark.is_empty() || mark.chars().count() > MAX_EDITION_CHARS {
            problems.push(Problem::new(
                place,
                format!("an edition mark has 1 to {MAX_EDITION_CHARS} characters"),
            ));
        }
    };
    if let Some(edition) = &fw.edition {
        mark(problems, "$.edition".into(), edition);
    }
    if fw.renames.len() > MAX_RENAMES {
        problems.push(Problem::new(
            "$.renames",
            format!(
                "{} earlier editions; a file may map from at most {MAX_RENAMES}",
                fw.renames.len()
            ),
        ));
        return;
    }
    for (i, step) in fw.renames.iter().enumerate() {
        mark(problems, format!("$.renames[{i}].from"), &step.from);
        mark(problems, format!("$.renames[{i}].to"), &step.to);
        if fw.renames[..i].iter().any(|r| r.from == step.from) {
            problems.push(Problem::new(
                format!("$.renames[{i}].from"),
                format!("edition {} is mapped from twice", step.from),
            ));
        }
        let maps = [("skills", &step.skills), ("levels", &step.levels)];
        for (list, map) in maps {
            if map.len() > MAX_SKILLS {
                problems.push(Problem::new(
                    format!("$.renames[{i}].{list}"),
                    format!("{} ids; a map may carry at most {MAX_SKILLS}", map.len()),
                ));
                continue;
            }
            for (old, new) in map {
                for id in [old, new] {
                    if !is_valid_id(id) {
                        problems.push(Problem::new(
                            format!("$.renames[{i}].{list}"),
                            format!(
                                "the id \"{}\" is not a slug: use lowercase letters and digits joined by single hyphens, at most {MAX_ID_CHARS} characters",
                                id.chars().take(MAX_ID_CHARS).collect::<String>()
                            ),
                        ));
                    }
                }
            }
        }
    }
}

/// Problems with the similar skills and the roles' similarities, where a file carries them.
pub fn similarity_checks(fw: &Framework) -> Vec<Problem> {
    let mut problems = Vec::new();
    if let Some(similar) = &fw.similar {
        similar_problems(
            &mut problems,
            ("similar", "skill", fw.skills.len()),
            similar,
        );
    }
    if let Some(similar) = &fw.similar_roles {
        similar_roles_problems(&mut problems, fw, similar);
    }
    problems
}

/// Problems with the roles' similarities (`Framework::similar_roles`): a row for each role, with
/// one value for each later role, each at most 100 hundredths.
fn similar_roles_problems(problems: &mut Vec<Problem>, fw: &Framework, similar: &[Vec<u8>]) {
    let roles = fw.roles.len();
    if similar.len() != roles {
        problems.push(Problem::new(
            "$.similar_roles",
            format!(
                "{} rows of role similarities for {roles} roles: one row each is needed",
                similar.len()
            ),
        ));
    }
    for (i, row) in similar.iter().enumerate() {
        let later = roles.saturating_sub(i + 1);
        if row.len() != later || row.iter().any(|&s| s > 100) {
            problems.push(Problem::new(
                format!("$.similar_roles[{i}]"),
                format!(
                    "{} similarities: one for each of the {later} later roles is needed, each at most 100",
                    row.len()
                ),
            ));
        }
    }
}

/// Problems with a list of similar things (`Framework::similar` for skills, at `path`): one list
/// for each of the `count` things, of others that exist, with similarities of at most 1,000
/// thousandths.
fn similar_problems(
    problems: &mut Vec<Problem>,
    (path, noun, count): (&str, &str, usize),
    similar: &[Vec<[u16; 2]>],
) {
    if similar.len() != count {
        problems.push(Problem::new(
            format!("$.{path}"),
            format!(
                "{} lists of similar {noun}s for {count} {noun}s: one list each is needed",
                similar.len(),
            ),
        ));
    }
    for (i, list) in similar.iter().enumerate() {
        let place = format!("$.{path}[{i}]");
        if list.len() > MAX_SIMILAR {
            problems.push(Problem::new(
                place,
                format!("{} similar {noun}s; at most {MAX_SIMILAR}", list.len()),
            ));
        } else if list
            .iter()
            .any(|&[at, score]| usize::from(at) >= count || usize::from(at) == i || score > 1000)
        {
            problems.push(Problem::new(
                place,
                format!("a similar {noun} is not another {noun} of this file, or its similarity is over 1000"),
            ));
        }
    }
}

/// Problems with a core file's counts (`framework::Outline`): one row of numbers for each skill,
/// lead lines that exist, and no more statements than a text may have.
fn outline_problems(
    problems: &mut Vec<Problem>,
    fw: &Framework,
    outline: &crate::framework::Outline,
) {
    use crate::framework::OUTLINE_ROW;
    if outline.skills.len() != fw.skills.len() {
        problems.push(Problem::new(
            "$.outline.skills",
            format!(
                "{} rows of counts for {} skills: one row each is needed",
                outline.skills.len(),
                fw.skills.len()
            ),
        ));
    }
    for (i, row) in outline.skills.iter().enumerate() {
        let place = format!("$.outline.skills[{i}]");
        if row.len() != OUTLINE_ROW {
            problems.push(Problem::new(
                place,
                format!("{} numbers; a row has {OUTLINE_ROW}", row.len()),
            ));
        } else if row[..4]
            .iter()
            .any(|&lead| usize::from(lead) > outline.leads.len())
        {
            problems.push(Problem::new(
                place,
                "it names a lead line $.outline.leads does not have",
            ));
        } else if row[4..].iter().any(|&n| usize::from(n) > MAX_STATEMENTS) {
            problems.push(Problem::new(
                place,
                format!("a count is over {MAX_STATEMENTS}, the most statements a text may have"),
            ));
        }
    }
}

/// Problems with one text's size: too many characters or too many bullet points.
fn text_problems(problems: &mut Vec<Problem>, place: String, text: &crate::framework::Text) {
    use crate::framework::Block;
    let chars: usize = text
        .0
        .iter()
        .map(|block| match block {
            Block::Paragraphs(p) => p.chars().count(),
            Block::Bullets(items) => items.iter().map(|i| i.chars().count()).sum(),
        })
        .sum();
    let bullets: usize = text
        .0
        .iter()
        .map(|block| match block {
            Block::Bullets(items) => items.len(),
            Block::Paragraphs(_) => 0,
        })
        .sum();
    if chars > MAX_DESCRIPTION_CHARS {
        problems.push(Problem::new(
            place.clone(),
            format!("the text is longer than {MAX_DESCRIPTION_CHARS} characters"),
        ));
    }
    if bullets > MAX_STATEMENTS {
        problems.push(Problem::new(
            place,
            format!("the text has {bullets} bullet points; at most {MAX_STATEMENTS}"),
        ));
    }
}

/// A web address a page may link to: http or https, nothing that runs script.
fn is_web_address(url: &str) -> bool {
    (url.starts_with("https://") || url.starts_with("http://"))
        && url.len() > "https://".len()
        && !url.contains(char::is_whitespace)
}

fn unique_ids<'a>(problems: &mut Vec<Problem>, list: &str, ids: impl Iterator<Item = &'a str>) {
    let mut seen = HashSet::new();
    for (i, id) in ids.enumerate() {
        if id.trim().is_empty() {
            problems.push(Problem::new(format!("$.{list}[{i}].id"), "the id is empty"));
        } else if !is_valid_id(id) {
            problems.push(Problem::new(
                format!("$.{list}[{i}].id"),
                format!(
                    "the id \"{}\" is not a slug: use lowercase letters and digits joined by single hyphens, at most {MAX_ID_CHARS} characters (for example \"head-of-portfolio\")",
                    id.chars().take(MAX_ID_CHARS).collect::<String>()
                ),
            ));
        } else if !seen.insert(id) {
            problems.push(Problem::new(
                format!("$.{list}[{i}].id"),
                format!("the id \"{id}\" is used twice"),
            ));
        }
    }
}

/// Every consistency rule of the data file. Returns no problems for a sound framework.
pub fn check(fw: &Framework) -> Vec<Problem> {
    let mut problems = Vec::new();
    if fw.levels.is_empty() {
        problems.push(Problem::new(
            "$.levels",
            "the file has no role levels, so there is nothing to compare (a CSV needs one row per role, level and skill below its header)",
        ));
    }
    if fw.schema != SCHEMA_VERSION {
        problems.push(Problem::new(
            "$.schema",
            format!(
                "schema {} is not supported (this build reads {SCHEMA_VERSION})",
                fw.schema
            ),
        ));
    }
    unique_ids(
        &mut problems,
        "families",
        fw.families.iter().map(|f| f.id.as_str()),
    );
    unique_ids(
        &mut problems,
        "roles",
        fw.roles.iter().map(|r| r.id.as_str()),
    );
    unique_ids(
        &mut problems,
        "levels",
        fw.levels.iter().map(|l| l.id.as_str()),
    );
    unique_ids(
        &mut problems,
        "skills",
        fw.skills.iter().map(|s| s.id.as_str()),
    );

    for (list, count, max) in [
        ("roles", fw.roles.len(), MAX_ROLES),
        ("levels", fw.levels.len(), MAX_LEVELS),
        ("skills", fw.skills.len(), MAX_SKILLS),
    ] {
        if count > max {
            problems.push(Problem::new(
                format!("$.{list}"),
                format!("{count} {list}; a framework file may have at most {max}"),
            ));
        }
    }
    edition_problems(&mut problems, fw);
    let long = |text: &str| text.chars().count() > MAX_TEXT_CHARS;
    for (i, skill) in fw.skills.iter().enumerate() {
        if long(&skill.name) {
            problems.push(Problem::new(
                format!("$.skills[{i}].name"),
                format!("the name is longer than {MAX_TEXT_CHARS} characters"),
            ));
        }
    }
    for (i, role) in fw.roles.iter().enumerate() {
        if long(&role.name) {
            problems.push(Problem::new(
                format!("$.roles[{i}].name"),
                format!("the name is longer than {MAX_TEXT_CHARS} characters"),
            ));
        }
    }
    for (i, level) in fw.levels.iter().enumerate() {
        if level.name.as_deref().is_some_and(long) {
            problems.push(Problem::new(
                format!("$.levels[{i}].name"),
                format!("the name is longer than {MAX_TEXT_CHARS} characters"),
            ));
        }
    }
    problems.extend(text_checks(fw));
    if let Some(outline) = &fw.outline {
        outline_problems(&mut problems, fw, outline);
    }
    problems.extend(similarity_checks(fw));
    if !fw.source.licence_url.is_empty() && !is_web_address(&fw.source.licence_url) {
        problems.push(Problem::new(
            "$.source.licence_url",
            "the licence's address must be empty (none given) or a web address starting https:// or http://",
        ));
    }
    for (i, role) in fw.roles.iter().enumerate() {
        if !LEVEL_ORDER_STATUSES.contains(&role.level_order.status.as_str()) {
            problems.push(Problem::new(
                format!("$.roles[{i}].level_order.status"),
                format!(
                    "\"{}\" is not a level-order status (use one of: {})",
                    role.level_order.status,
                    LEVEL_ORDER_STATUSES.join(", ")
                ),
            ));
        }
    }
    for (i, level) in fw.levels.iter().enumerate() {
        let source = level.order_source.as_str();
        let address = source.split_whitespace().next().unwrap_or_default();
        if !matches!(
            source,
            "inferred" | "file order" | "single level" | "not applicable"
        ) && !is_web_address(address)
        {
            problems.push(Problem::new(
                format!("$.levels[{i}].order_source"),
                "where a level's position was seen: a web address (a note may follow it), or inferred, file order, single level or not applicable",
            ));
        }
    }

    let mut family_of_role: HashMap<&str, &str> = HashMap::new();
    for (i, family) in fw.families.iter().enumerate() {
        for (j, role) in family.roles.iter().enumerate() {
            match fw.role(role) {
                None => problems.push(Problem::new(
                    format!("$.families[{i}].roles[{j}]"),
                    format!("no role has the id \"{role}\""),
                )),
                Some(r) if r.family != family.id => problems.push(Problem::new(
                    format!("$.families[{i}].roles[{j}]"),
                    format!("role \"{role}\" says it belongs to family \"{}\"", r.family),
                )),
                Some(_) => {
                    family_of_role.insert(role, &family.id);
                }
            }
        }
    }

    for (i, role) in fw.roles.iter().enumerate() {
        if fw.family(&role.family).is_none() {
            problems.push(Problem::new(
                format!("$.roles[{i}].family"),
                format!("no family has the id \"{}\"", role.family),
            ));
        } else if !family_of_role.contains_key(role.id.as_str()) {
            problems.push(Problem::new(
                format!("$.roles[{i}]"),
                format!("role \"{}\" is not listed by its family", role.id),
            ));
        }
        if role.levels.is_empty() {
            problems.push(Problem::new(
                format!("$.roles[{i}].levels"),
                "the role has no levels",
            ));
        }
        for (j, level) in role.levels.iter().enumerate() {
            match fw.level(level) {
                None => problems.push(Problem::new(
                    format!("$.roles[{i}].levels[{j}]"),
                    format!("no level has the id \"{level}\""),
                )),
                Some(l) if l.role != role.id => problems.push(Problem::new(
                    format!("$.roles[{i}].levels[{j}]"),
                    format!("level \"{level}\" says it belongs to role \"{}\"", l.role),
                )),
                Some(_) => {}
            }
        }
    }

    for (i, level) in fw.levels.iter().enumerate() {
        match fw.role(&level.role) {
            None => problems.push(Problem::new(
                format!("$.levels[{i}].role"),
                format!("no role has the id \"{}\"", level.role),
            )),
            Some(role) if !role.levels.contains(&level.id) => problems.push(Problem::new(
                format!("$.levels[{i}]"),
                format!(
                    "level \"{}\" is not listed by its role \"{}\"",
                    level.id, role.id
                ),
            )),
            Some(_) => {}
        }
        let mut seen = HashSet::new();
        for (j, requirement) in level.skills.iter().enumerate() {
            if fw.skill(&requirement.skill).is_none() {
                problems.push(Problem::new(
                    format!("$.levels[{i}].skills[{j}].skill"),
                    format!("no skill has the id \"{}\"", requirement.skill),
                ));
            }
            if !seen.insert(&requirement.skill) {
                problems.push(Problem::new(
                    format!("$.levels[{i}].skills[{j}].skill"),
                    format!("skill \"{}\" is listed twice", requirement.skill),
                ));
            }
            if requirement.level.is_none() && !level.is_unlevelled() {
                problems.push(Problem::new(
                    format!("$.levels[{i}].skills[{j}].level"),
                    "a named role level must say which skill level it needs",
                ));
            }
        }
    }

    for (i, skill) in fw.skills.iter().enumerate() {
        if skill.name.trim().is_empty() {
            problems.push(Problem::new(
                format!("$.skills[{i}].name"),
                "the name is empty",
            ));
        }
        if let Some(variant) = &skill.variant_of {
            match fw.skill(&variant.id) {
                Some(b) if b.variant_of.is_some() => problems.push(Problem::new(
                    format!("$.skills[{i}].variant_of.id"),
                    format!(
                        "\"{}\" is itself a variant; a base skill must not have a base",
                        variant.id
                    ),
                )),
                Some(b) if b.name != variant.name => problems.push(Problem::new(
                    format!("$.skills[{i}].variant_of.name"),
                    format!(
                        "the skill \"{}\" is called \"{}\", not \"{}\"",
                        variant.id, b.name, variant.name
                    ),
                )),
                _ => {}
            }
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_json_file_is_read_unchecked_but_refused_when_empty_large_or_not_json() {
        let good = tiny().to_string();
        assert_eq!(
            read_json(&good).unwrap(),
            parse_framework(&good).unwrap(),
            "the same framework as when checked"
        );
        assert_eq!(read_json("  ").unwrap_err()[0].reason, "the file is empty");
        assert!(read_json("{ nope").unwrap_err()[0]
            .reason
            .starts_with("this is not valid JSON"));
        let huge = " ".repeat(MAX_FRAMEWORK_BYTES + 1);
        assert!(read_json(&huge).unwrap_err()[0]
            .reason
            .contains("a framework file is at most"));
    }

    fn tiny() -> serde_json::Value {
        serde_json::json!({
            "schema": 1,
            "source": {"title": "t", "attribution": "a", "licence_url": "https://example.org/licence"},
            "families": [{"id": "f", "name": "F", "roles": ["r"]}],
            "roles": [{"id": "r", "name": "R", "family": "f", "description": ["x"],
                        "levels": ["l1"], "level_order": {"status": "single level", "notes": ""}}],
            "levels": [{"id": "l1", "name": "L1", "role": "r", "description": null, "order_source": "single level",
                        "skills": [{"skill": "s", "level": "working"}]}],
            "skills": [{"id": "s", "name": "S", "description": null, "levels": [null, ["You can:", ["a"]], null, null]}]
        })
    }

    #[test]
    fn a_sound_file_passes() {
        let fw = parse_framework(&tiny().to_string()).unwrap();
        assert_eq!(fw.level("l1").unwrap().skills[0].skill, "s");
    }

    #[test]
    fn broken_references_are_reported_with_their_json_path() {
        let mut v = tiny();
        v["levels"][0]["skills"][0]["skill"] = "nope".into();
        v["roles"][0]["family"] = "ghost".into();
        let problems = parse_framework(&v.to_string()).unwrap_err();
        let places: Vec<&str> = problems.iter().map(|p| p.place.as_str()).collect();
        assert!(
            places.contains(&"$.levels[0].skills[0].skill"),
            "{problems:?}"
        );
        assert!(places.contains(&"$.roles[0].family"), "{problems:?}");
        assert!(problems.iter().any(|p| p.reason.contains("\"nope\"")));
    }

    #[test]
    fn malformed_json_and_wrong_shapes_say_where() {
        let problems = parse_framework("{\n  \"schema\": 1,\n  oops").unwrap_err();
        assert_eq!(problems[0].place, "line 3, column 3");
        let mut v = tiny();
        v["levels"][0]["skills"][0]["level"] = "guru".into();
        let problems = parse_framework(&v.to_string()).unwrap_err();
        assert!(problems[0].reason.contains("guru"), "{problems:?}");
    }

    #[test]
    fn a_misspelt_field_is_reported_not_silently_dropped() {
        let json = tiny()
            .to_string()
            .replacen("\"description\":null", "\"descripton\":null", 1);
        let problems = parse_framework(&json).unwrap_err();
        assert!(
            problems[0].reason.contains("unknown field `descripton`"),
            "{problems:?}"
        );
    }

    #[test]
    fn duplicate_ids_and_unsupported_schema_are_reported() {
        let mut v = tiny();
        v["schema"] = 9.into();
        let dup = v["skills"][0].clone();
        v["skills"].as_array_mut().unwrap().push(dup);
        let problems = parse_framework(&v.to_string()).unwrap_err();
        assert!(problems.iter().any(|p| p.place == "$.schema"));
        assert!(problems
            .iter()
            .any(|p| p.place == "$.skills[1].id" && p.reason.contains("twice")));
    }

    #[test]
    fn ids_statuses_and_addresses_are_checked_values() {
        let mut v = tiny();
        v["skills"][0]["id"] = "a,b&c#d".into();
        v["levels"][0]["skills"][0]["skill"] = "a,b&c#d".into();
        v["roles"][0]["level_order"]["status"] = "probably".into();
        v["levels"][0]["order_source"] = "somewhere".into();
        v["source"]["licence_url"] = "javascript:alert(1)".into();
        let problems = parse_framework(&v.to_string()).unwrap_err();
        let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert!(
            text.iter()
                .any(|p| p.starts_with("$.skills[0].id: the id \"a,b&c#d\" is not a slug")),
            "{text:?}"
        );
        assert!(
            text.iter().any(|p| p.starts_with(
                "$.roles[0].level_order.status: \"probably\" is not a level-order status"
            )),
            "{text:?}"
        );
        assert!(
            text.iter()
                .any(|p| p.starts_with("$.levels[0].order_source: ")),
            "{text:?}"
        );
        assert!(
            text.iter().any(|p| p.starts_with("$.source.licence_url: ")),
            "{text:?}"
        );
        assert!(is_valid_id("head-of-portfolio") && is_valid_id("a1"));
        for bad in [
            "",
            "Head",
            "a--b",
            "-a",
            "a-",
            "a b",
            "é",
            &"a".repeat(MAX_ID_CHARS + 1),
        ] {
            assert!(!is_valid_id(bad), "{bad}");
        }
    }

    #[test]
    fn a_file_over_the_limit_is_refused_before_it_is_read() {
        let huge = " ".repeat(MAX_FRAMEWORK_BYTES + 1);
        let problems = parse_framework(&huge).unwrap_err();
        assert_eq!(
            problems[0].to_string(),
            "the file: it is 5121 KB; a framework file is at most 5120 KB"
        );
    }

    #[test]
    fn a_five_million_character_name_is_refused() {
        let mut v = tiny();
        v["skills"][0]["name"] = "x".repeat(5_000_000).into();
        let problems = parse_framework(&v.to_string()).unwrap_err();
        assert_eq!(
            problems[0].to_string(),
            format!("$.skills[0].name: the name is longer than {MAX_TEXT_CHARS} characters")
        );
    }

    #[test]
    fn oversized_texts_and_statement_lists_are_refused() {
        let mut v = tiny();
        v["skills"][0]["levels"][1] =
            serde_json::json!(["You can:", vec!["x"; MAX_STATEMENTS + 1]]);
        v["roles"][0]["description"] = serde_json::json!(["y".repeat(MAX_DESCRIPTION_CHARS + 1)]);
        let text: Vec<String> = parse_framework(&v.to_string())
            .unwrap_err()
            .iter()
            .map(ToString::to_string)
            .collect();
        assert!(
            text.contains(&format!(
                "$.skills[0].levels[1]: the text has {} bullet points; at most {MAX_STATEMENTS}",
                MAX_STATEMENTS + 1
            )),
            "{text:?}"
        );
        assert!(text.contains(&format!("$.roles[0].description: the text is longer than {MAX_DESCRIPTION_CHARS} characters")), "{text:?}");
    }

    #[test]
    fn edition_marks_and_maps_of_renamed_ids_are_checked_with_their_place() {
        let mut file = tiny();
        file["edition"] = serde_json::json!("b");
        file["renames"] = serde_json::json!([
            {"from": "a", "to": "b", "reviewed": true, "skills": {"old-s": "s"}, "levels": {"Old L1": "l1"}},
            {"from": "a", "to": "b", "reviewed": true},
            {"from": "", "to": "b"}
        ]);
        let text: Vec<String> = parse_framework(&file.to_string())
            .unwrap_err()
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            text,
            [
                "$.renames[0].levels: the id \"Old L1\" is not a slug: use lowercase letters and digits joined by single hyphens, at most 100 characters",
                "$.renames[1].from: edition a is mapped from twice",
                "$.renames[2].from: an edition mark has 1 to 100 characters",
            ]
        );
        file["renames"] = serde_json::json!([{"from": "a", "to": "b", "reviewed": true, "skills": {"old-s": "s"}}]);
        let fw = parse_framework(&file.to_string()).unwrap();
        assert_eq!(fw.carried_from("a").unwrap().skill("old-s"), "s");
    }
}
