//! Official CSVs → [`Framework`]: the only code that knows the download's column names.
//!
//! [`import`] reads the official download: the "Role content" CSV (one row per role × level ×
//! skill), the "Skill description content" CSV (one row per skill), and the project's level-order
//! tables (`data/level-order.csv`, `data/level-order-notes.csv`), since the download lists levels
//! alphabetically. [`role_content`] reads an organisation's own framework from one "Role content"
//! CSV. Every problem is reported with its file, row and column; nothing panics.

mod columns;
pub mod export;
mod rows;

use crate::framework::{slug, Framework, LevelOrder, Skill, SkillLevel, Source, Text, VariantOf};
use crate::load::csv;
use crate::load::validate::{self, Problem};
use columns::Table;
use rows::{Placement, Skills};
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
    let placement = Placement::Tables {
        positions: read_order(&order, &mut problems),
        sources: order
            .rows()
            .map(|row| (order_key(&row), row.get("source").trim().to_string()))
            .collect(),
        statuses: notes
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
            .collect(),
    };
    let mut skills = Skills::Listed(
        skill_list
            .into_iter()
            .map(|skill| (skill.name.clone(), skill))
            .collect(),
    );
    let built = rows::build(&roles, &mut skills, &placement, &mut problems);
    finish(official_source(), built, skills, problems)
}

/// An organisation's own framework from one CSV in the official "Role content" format (one row per
/// role × level × skill): skills are defined by the rows, and levels keep the order in which they
/// first appear. `file` names the file in messages and in the credit.
pub fn role_content(file: &str, text: &str) -> Result<Imported, Vec<Problem>> {
    if let Some(problem) = validate::size_problem(
        text.len(),
        validate::MAX_FRAMEWORK_BYTES,
        "a framework file",
    ) {
        return Err(vec![problem]);
    }
    let mut problems = Vec::new();
    let Some(table) = Table::read(file, text, &ROLE_COLUMNS[..9], &mut problems) else {
        return Err(problems);
    };
    let mut skills = Skills::Collected(BTreeMap::new());
    let built = rows::build(
        &table,
        &mut skills,
        &Placement::FileOrder(file.to_string()),
        &mut problems,
    );
    let source = Source {
        title: file.to_string(),
        attribution: "An organisation's own framework, read from a role content CSV file; it gives no licence.".into(),
        licence_url: String::new(),
    };
    finish(source, built, skills, problems)
}

/// An organisation's framework file of either kind: the project's JSON format or a role content
/// CSV, told apart by the name's ending (`.json`, `.csv`) or else by the first character (`{` is
/// JSON). `name` places CSV problems.
pub fn own_framework(name: &str, text: &str) -> Result<Framework, Vec<Problem>> {
    let lower = name.to_ascii_lowercase();
    let start = text.trim_start_matches('\u{feff}').trim_start();
    if start.starts_with(super::core_file::MAGIC) {
        return Err(vec![core_file_named()]);
    }
    let json = if lower.ends_with(".json") {
        true
    } else if lower.ends_with(".csv") {
        false
    } else {
        start.starts_with('{') || start.is_empty()
    };
    if json {
        let fw = validate::parse_framework(text)?;
        if fw.texts_pending() {
            return Err(vec![Problem {
                place: "$.outline".into(),
                ..core_file_named()
            }]);
        }
        Ok(fw)
    } else {
        role_content(name, text).map(|imported| imported.framework)
    }
}

/// The widget's own core file (`core_file`) named as a framework: its texts are in a file a host
/// cannot name.
fn core_file_named() -> Problem {
    Problem::new(
        "line 1",
        "this is the widget's core file, without its descriptions and statements: use the whole framework file (data/framework.json)",
    )
}

/// The framework the rows built, checked as a whole, or every problem found on the way.
fn finish(
    source: Source,
    built: rows::Built,
    skills: Skills,
    problems: Vec<Problem>,
) -> Result<Imported, Vec<Problem>> {
    if !problems.is_empty() {
        return Err(problems);
    }
    let framework = Framework::new(
        source,
        built.families,
        built.roles,
        built.levels,
        skills.into_list(),
    );
    validate::checked(framework).map(|framework| Imported {
        framework,
        notes: built.tidied,
    })
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

pub(crate) fn optional_text(source: &str) -> Option<Text> {
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
                positions.insert(order_key(&row), p);
            }
            Err(_) => problems.push(row.problem("position", "the position must be a whole number")),
        }
    }
    positions
}

/// A level-order row's (role, level) key.
fn order_key(row: &columns::Row) -> (String, String) {
    (
        row.get("role").trim().to_string(),
        row.get("level").trim().to_string(),
    )
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
