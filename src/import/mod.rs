//! Official CSVs → [`Framework`]: the only code that knows the download's column names.
//!
//! Inputs are the "Role content" CSV (one row per role × level × skill), the "Skill description
//! content" CSV (one row per skill), and the project's level-order tables (`data/level-order.csv`,
//! `data/level-order-notes.csv`), since the download lists levels alphabetically.
//! Every problem is reported with its file, row and column; nothing panics.

mod columns;
pub mod export;

use crate::csv;
use crate::framework::{
    slug, Family, Framework, Level, LevelOrder, Requirement, Role, Skill, SkillLevel, Source, Text,
    VariantOf,
};
use crate::validate::{self, Problem};
use columns::Table;
use std::collections::{BTreeMap, HashMap};

/// What the download writes where the framework sets no level (the Chief roles).
pub const NOT_IN_USE: &str = "NOT IN USE";
/// What the download writes for an unpublished skill description.
pub const MISSING: &str = "MISSING";

/// The four input files' contents.
pub struct Inputs<'a> {
    pub roles_csv: &'a str,
    pub skills_csv: &'a str,
    pub level_order_csv: &'a str,
    pub level_order_notes_csv: &'a str,
}

/// Attribution that the Open Government Licence asks for.
pub fn official_source() -> Source {
    Source {
        title: "Government Digital and Data Profession Capability Framework".into(),
        attribution:
            "Contains public sector information licensed under the Open Government Licence v3.0."
                .into(),
        licence_url: "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"
            .into(),
    }
}

/// A successful import: the framework, and notes on what was tidied (e.g. rows repeated verbatim).
#[derive(Debug)]
pub struct Imported {
    pub framework: Framework,
    /// Harmless oddities of the input, each with its place, so nothing is dropped silently.
    pub notes: Vec<Problem>,
}

/// Reads the four files and builds the normalised framework, or says everything that is wrong.
pub fn import(inputs: &Inputs) -> Result<Imported, Vec<Problem>> {
    let mut problems = Vec::new();
    let mut tidied = Vec::new();
    let roles = Table::read("roles.csv", inputs.roles_csv, &ROLE_COLUMNS, &mut problems);
    let skills = Table::read(
        "skills.csv",
        inputs.skills_csv,
        &SKILL_COLUMNS,
        &mut problems,
    );
    let order = Table::read(
        "level-order.csv",
        inputs.level_order_csv,
        &ORDER_COLUMNS,
        &mut problems,
    );
    let notes = Table::read(
        "level-order-notes.csv",
        inputs.level_order_notes_csv,
        &NOTES_COLUMNS,
        &mut problems,
    );
    let (Some(roles), Some(skills), Some(order), Some(notes)) = (roles, skills, order, notes)
    else {
        return Err(problems);
    };

    let skill_list = read_skills(&skills, &mut problems);
    let skill_index: HashMap<&str, &Skill> =
        skill_list.iter().map(|s| (s.name.as_str(), s)).collect();
    let positions = read_order(&order, &mut problems);
    let statuses: HashMap<String, LevelOrder> = notes
        .rows()
        .map(|row| {
            (
                row.get("role").trim().to_string(),
                LevelOrder {
                    status: row.get("status").trim().to_string(),
                    notes: row.get("notes").trim().to_string(),
                },
            )
        })
        .collect();

    let mut families: Vec<Family> = Vec::new();
    let mut role_list: Vec<Role> = Vec::new();
    // Levels by role id, each with the published position (if known) and its data.
    let mut levels_by_role: BTreeMap<String, Vec<(Option<u32>, Level)>> = BTreeMap::new();

    for row in roles.rows() {
        let family_name = row.get("Role Family").trim();
        let role_name = row.get("Role").trim();
        let level_name = row.get("Role Level").trim();
        let skill_name = row.get("Skill Name").trim();
        let role_type = row.get("Role Type").trim();
        if family_name.is_empty()
            || role_name.is_empty()
            || level_name.is_empty()
            || skill_name.is_empty()
        {
            problems.push(row.problem(
                "Role Family",
                "family, role, role level and skill name must all be filled in",
            ));
            continue;
        }
        let family_id = slug(family_name);
        let role_id = slug(role_name);
        if !families.iter().any(|f| f.id == family_id) {
            families.push(Family {
                id: family_id.clone(),
                name: family_name.into(),
                roles: Vec::new(),
            });
        }
        if !role_list.iter().any(|r| r.id == role_id) {
            families
                .iter_mut()
                .find(|f| f.id == family_id)
                .expect("pushed above")
                .roles
                .push(role_id.clone());
            let unlevelled = level_name == NOT_IN_USE;
            role_list.push(Role {
                id: role_id.clone(),
                name: role_name.into(),
                family: family_id.clone(),
                description: Text::parse(row.get("Role Description")),
                role_type: (!role_type.is_empty()).then(|| role_type.to_string()),
                levels: Vec::new(),
                level_order: statuses
                    .get(role_name)
                    .cloned()
                    .unwrap_or_else(|| LevelOrder {
                        status: if unlevelled {
                            "not applicable"
                        } else {
                            "inferred"
                        }
                        .into(),
                        notes: if unlevelled {
                            "The framework publishes no levels for this role.".into()
                        } else {
                            "No note on the order of this role's levels.".into()
                        },
                    }),
            });
        }
        let role = role_list
            .iter()
            .find(|r| r.id == role_id)
            .expect("pushed above");
        if role.family != family_id {
            problems.push(row.problem(
                "Role Family",
                format!(
                    "role \"{role_name}\" is already in family \"{}\"",
                    role.family
                ),
            ));
            continue;
        }

        let unlevelled = level_name == NOT_IN_USE;
        let level_id = if unlevelled {
            role_id.clone()
        } else {
            slug(level_name)
        };
        let role_levels = levels_by_role.entry(role_id.clone()).or_default();
        if !role_levels.iter().any(|(_, l)| l.id == level_id) {
            let position = positions
                .get(&(role_name.to_string(), level_name.to_string()))
                .copied();
            if position.is_none() && !unlevelled {
                problems.push(row.problem(
                    "Role Level",
                    format!("level \"{level_name}\" has no place in level-order.csv"),
                ));
            }
            role_levels.push((
                position,
                Level {
                    id: level_id.clone(),
                    name: (!unlevelled).then(|| level_name.to_string()),
                    role: role_id.clone(),
                    description: (!unlevelled)
                        .then(|| Text::parse(row.get("Role Level Description"))),
                    order_source: if unlevelled {
                        "not applicable".into()
                    } else {
                        order_source(&order, role_name, level_name)
                    },
                    skills: Vec::new(),
                },
            ));
        }
        let Some(skill) = skill_index.get(skill_name) else {
            problems.push(row.problem(
                "Skill Name",
                format!("skill \"{skill_name}\" is not in skills.csv"),
            ));
            continue;
        };
        let level_text = row.get("Skill Level");
        let skill_level = if unlevelled && level_text == NOT_IN_USE {
            None
        } else {
            match SkillLevel::from_name(level_text) {
                Some(l) => Some(l),
                None => {
                    problems.push(row.problem(
                        "Skill Level",
                        format!(
                            "\"{level_text}\" is not awareness, working, practitioner or expert"
                        ),
                    ));
                    continue;
                }
            }
        };
        check_repeated_texts(&row, skill, skill_level, &mut problems);
        let level = &mut role_levels
            .iter_mut()
            .find(|(_, l)| l.id == level_id)
            .expect("pushed above")
            .1;
        if let Some(earlier) = level.skills.iter().find(|r| r.skill == skill.id) {
            if earlier.level == skill_level {
                tidied.push(row.problem("Skill Name", format!("repeats \"{skill_name}\" for this level at the same skill level; kept once")));
            } else {
                problems.push(row.problem("Skill Level", format!("skill \"{skill_name}\" is listed twice for this level, at different skill levels")));
            }
            continue;
        }
        level.skills.push(Requirement {
            skill: skill.id.clone(),
            level: skill_level,
        });
    }

    let mut levels = Vec::new();
    for role in &mut role_list {
        let mut role_levels = levels_by_role.remove(&role.id).unwrap_or_default();
        role_levels.sort_by_key(|(position, _)| position.unwrap_or(u32::MAX));
        role.levels = role_levels.iter().map(|(_, l)| l.id.clone()).collect();
        levels.extend(role_levels.into_iter().map(|(_, l)| l));
    }

    if !problems.is_empty() {
        return Err(problems);
    }
    let framework = Framework::new(official_source(), families, role_list, levels, skill_list);
    let problems = validate::check(&framework);
    if problems.is_empty() {
        Ok(Imported {
            framework,
            notes: tidied,
        })
    } else {
        Err(problems)
    }
}

const ROLE_COLUMNS: [&str; 10] = [
    "Role Family",
    "Role",
    "Role Description",
    "Role Level",
    "Role Level Description",
    "Skill Name",
    "Skill Description",
    "Skill Level",
    "Skill Level Description",
    "Role Type",
];
const SKILL_COLUMNS: [&str; 6] = [
    "Skill Name",
    "Skill Description",
    "Awareness",
    "Working",
    "Practitioner",
    "Expert",
];
const ORDER_COLUMNS: [&str; 4] = ["role", "position", "level", "source"];
const NOTES_COLUMNS: [&str; 3] = ["role", "status", "notes"];

/// The download marks an unpublished text with "MISSING" or leaves it empty; both mean absent.
pub fn is_absent(source: &str) -> bool {
    let trimmed = source.trim();
    trimmed.is_empty() || trimmed == MISSING
}

fn optional_text(source: &str) -> Option<Text> {
    (!is_absent(source)).then(|| Text::parse(source))
}

fn read_skills(skills: &Table, problems: &mut Vec<Problem>) -> Vec<Skill> {
    let mut list: Vec<Skill> = Vec::new();
    for row in skills.rows() {
        let name = row.get("Skill Name").trim();
        if name.is_empty() {
            problems.push(row.problem("Skill Name", "the skill has no name"));
            continue;
        }
        if list.iter().any(|s| s.name == name) {
            problems.push(row.problem("Skill Name", format!("skill \"{name}\" appears twice")));
            continue;
        }
        list.push(Skill {
            id: slug(name),
            name: name.into(),
            variant_of: VariantOf::from_skill_name(name),
            description: optional_text(row.get("Skill Description")),
            levels: SkillLevel::ALL.map(|level| optional_text(row.get(level.name()))),
        });
    }
    list.sort_by(|a, b| a.name.cmp(&b.name));
    list
}

fn read_order(order: &Table, problems: &mut Vec<Problem>) -> HashMap<(String, String), u32> {
    let mut positions = HashMap::new();
    for row in order.rows() {
        match row.get("position").trim().parse::<u32>() {
            Ok(p) => {
                positions.insert(
                    (
                        row.get("role").trim().to_string(),
                        row.get("level").trim().to_string(),
                    ),
                    p,
                );
            }
            Err(_) => problems.push(row.problem("position", "the position must be a whole number")),
        }
    }
    positions
}

fn order_source(order: &Table, role: &str, level: &str) -> String {
    order
        .rows()
        .find(|row| row.get("role").trim() == role && row.get("level").trim() == level)
        .map(|row| row.get("source").trim().to_string())
        .unwrap_or_else(|| "inferred".into())
}

/// The download repeats skill texts on every row: they must match skills.csv.
fn check_repeated_texts(
    row: &columns::Row,
    skill: &Skill,
    level: Option<SkillLevel>,
    problems: &mut Vec<Problem>,
) {
    let described = row.get("Skill Description");
    let expected = skill.description.as_ref().map(Text::to_source);
    if !is_absent(described) && Some(described) != expected.as_deref() {
        problems.push(row.problem(
            "Skill Description",
            "differs from the description in skills.csv",
        ));
    }
    if let Some(level) = level {
        let expected = skill.at(level).map(Text::to_source).unwrap_or_default();
        if row.get("Skill Level Description") != expected {
            problems.push(row.problem(
                "Skill Level Description",
                format!("differs from the {} column of skills.csv", level.name()),
            ));
        }
    }
}

/// [`import`] from four strings; convenience for the command-line tool and tests.
pub fn import_files(
    roles: &str,
    skills: &str,
    order: &str,
    notes: &str,
) -> Result<Imported, Vec<Problem>> {
    import(&Inputs {
        roles_csv: roles,
        skills_csv: skills,
        level_order_csv: order,
        level_order_notes_csv: notes,
    })
}

/// Parses a CSV and reports the failure as a [`Problem`] of `file`.
fn parse_csv(file: &str, text: &str) -> Result<Vec<csv::Record>, Problem> {
    csv::parse(text).map_err(|e| Problem::new(format!("{file} line {}", e.line), e.reason))
}
