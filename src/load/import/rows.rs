//! Role content rows → families, roles, levels and requirements: the step both importers share.
//!
//! The official download and an organisation's own "Role content" CSV have the same rows (one per
//! role × level × skill). They differ in where skills are defined ([`Skills`]) and in where a
//! level's position comes from ([`Placement`]).

use super::columns::{Row, Table};
use super::{is_absent, optional_text, NOT_IN_USE};
use crate::framework::Problem;
use crate::framework::{
    slug, Family, Level, LevelOrder, Requirement, Role, Skill, SkillLevel, Text, VariantOf,
};
use std::collections::{BTreeMap, HashMap, HashSet};

/// Where the skills named in the rows are defined.
pub enum Skills {
    /// In a skills file read before the rows (the official download): an unknown name is a problem.
    Listed(BTreeMap<String, Skill>),
    /// By the rows themselves (an organisation's own file): the first row naming a skill defines
    /// its description, and the first row at each skill level defines that level's statements.
    Collected(BTreeMap<String, Skill>),
}

impl Skills {
    /// Every skill, sorted by name.
    pub fn into_list(self) -> Vec<Skill> {
        let (Skills::Listed(map) | Skills::Collected(map)) = self;
        map.into_values().collect()
    }

    /// Where a skill's texts are defined, for messages.
    fn defined_in(&self) -> &'static str {
        match self {
            Skills::Listed(_) => "skills.csv",
            Skills::Collected(_) => "an earlier row",
        }
    }

    /// The skill this row names, defined from the row if the rows define skills; `Ok(None)` when
    /// a listed skill is unknown, `Err` when a new name clashes with another's id.
    fn for_row(
        &mut self,
        row: &Row,
        name: &str,
        level: Option<SkillLevel>,
    ) -> Result<Option<&Skill>, String> {
        match self {
            Skills::Listed(map) => Ok(map.get(name)),
            Skills::Collected(map) => {
                let id = slug(name);
                if let Some(reason) = id_problem("skill", name, &id) {
                    return Err(reason);
                }
                if let Some(other) = map.values().find(|s| s.id == id && s.name != name) {
                    return Err(format!(
                        "skill \"{name}\" has the same id (\"{id}\") as skill \"{}\"; give them names that differ in letters or digits",
                        other.name
                    ));
                }
                let skill = map.entry(name.to_string()).or_insert_with(|| Skill {
                    id: slug(name),
                    name: name.into(),
                    variant_of: VariantOf::from_skill_name(name),
                    description: optional_text(row.get("Skill Description")),
                    levels: [None, None, None, None],
                });
                if let Some(level) = level {
                    let slot = &mut skill.levels[level.index()];
                    if slot.is_none() {
                        *slot = optional_text(row.get("Skill Level Description"));
                    }
                }
                Ok(Some(skill))
            }
        }
    }
}

/// Where a level's position in its role, and the role's level-order status, come from.
pub enum Placement {
    /// The project's level-order tables (the download lists levels alphabetically).
    Tables {
        /// Published positions by (role name, level name).
        positions: HashMap<(String, String), u32>,
        /// Where each position was seen, by (role name, level name).
        sources: HashMap<(String, String), String>,
        /// Each role's status and notes, by role name.
        statuses: HashMap<String, LevelOrder>,
    },
    /// The order in which levels first appear in the file named here.
    FileOrder(String),
}

impl Placement {
    fn position(&self, role: &str, level: &str, seen_before: usize) -> Option<u32> {
        match self {
            Placement::Tables { positions, .. } => positions
                .get(&(role.to_string(), level.to_string()))
                .copied(),
            Placement::FileOrder(_) => Some(seen_before as u32 + 1),
        }
    }

    fn source(&self, role: &str, level: &str) -> String {
        match self {
            Placement::Tables { sources, .. } => sources
                .get(&(role.to_string(), level.to_string()))
                .cloned()
                .unwrap_or_else(|| "inferred".into()),
            Placement::FileOrder(_) => "file order".into(),
        }
    }

    /// The role's status before its levels are counted.
    fn status(&self, role: &str, unlevelled: bool) -> LevelOrder {
        let given = match self {
            Placement::Tables { statuses, .. } => statuses.get(role).cloned(),
            Placement::FileOrder(_) => None,
        };
        given.unwrap_or_else(|| match (unlevelled, self) {
            (true, _) => LevelOrder {
                status: "not applicable".into(),
                notes: "The framework publishes no levels for this role.".into(),
            },
            (false, Placement::Tables { .. }) => LevelOrder {
                status: "inferred".into(),
                notes: "No note on the order of this role's levels.".into(),
            },
            (false, Placement::FileOrder(file)) => LevelOrder {
                status: "file order".into(),
                notes: format!("Levels are in the order they first appear in {file}."),
            },
        })
    }
}

/// What the rows built: families in file order, roles with their levels ordered, and levels.
pub struct Built {
    pub families: Vec<Family>,
    pub roles: Vec<Role>,
    pub levels: Vec<Level>,
    /// Harmless oddities (rows repeated verbatim), each with its place.
    pub tidied: Vec<Problem>,
}

/// Reads every row of a role content table; problems are added with their row and column.
pub fn build(
    table: &Table,
    skills: &mut Skills,
    placement: &Placement,
    problems: &mut Vec<Problem>,
) -> Built {
    let mut built = Built {
        families: Vec::new(),
        roles: Vec::new(),
        levels: Vec::new(),
        tidied: Vec::new(),
    };
    // Levels by role id, each with its position (if known) and its data.
    let mut levels_by_role: BTreeMap<String, Vec<(Option<u32>, Level)>> = BTreeMap::new();
    let shared = shared_level_names(table, placement);
    for row in table.rows() {
        read_row(
            &row,
            skills,
            placement,
            &shared,
            &mut built,
            &mut levels_by_role,
            problems,
        );
    }
    for role in &mut built.roles {
        let mut role_levels = levels_by_role.remove(&role.id).unwrap_or_default();
        role_levels.sort_by_key(|(position, _)| position.unwrap_or(u32::MAX));
        role.levels = role_levels.iter().map(|(_, l)| l.id.clone()).collect();
        if matches!(placement, Placement::FileOrder(_)) && role.levels.len() == 1 {
            if let Some((_, level)) = role_levels.first_mut().filter(|(_, l)| l.name.is_some()) {
                level.order_source = "single level".into();
                role.level_order = LevelOrder {
                    status: "single level".into(),
                    notes: "The role has one level.".into(),
                };
            }
        }
        built.levels.extend(role_levels.into_iter().map(|(_, l)| l));
    }
    built
}

/// In an organisation's own file, the level ids (slugs of level names) that more than one role
/// uses ("senior"): each of those levels gets its role's id in front, whatever the rows' order.
fn shared_level_names(table: &Table, placement: &Placement) -> HashSet<String> {
    if !matches!(placement, Placement::FileOrder(_)) {
        return HashSet::new();
    }
    let mut roles_of: HashMap<String, HashSet<String>> = HashMap::new();
    for row in table.rows() {
        let (role, level) = (row.get("Role").trim(), row.get("Role Level").trim());
        if !role.is_empty() && !level.is_empty() && level != NOT_IN_USE {
            roles_of.entry(slug(level)).or_default().insert(slug(role));
        }
    }
    roles_of
        .into_iter()
        .filter(|(_, roles)| roles.len() > 1)
        .map(|(level, _)| level)
        .collect()
}

fn read_row(
    row: &Row,
    skills: &mut Skills,
    placement: &Placement,
    shared: &HashSet<String>,
    built: &mut Built,
    levels_by_role: &mut BTreeMap<String, Vec<(Option<u32>, Level)>>,
    problems: &mut Vec<Problem>,
) {
    let family_name = row.get("Role Family").trim();
    let role_name = row.get("Role").trim();
    let level_name = row.get("Role Level").trim();
    let skill_name = row.get("Skill Name").trim();
    if row.is_blank() {
        built
            .tidied
            .push(row.problem("Role Family", "an empty row; skipped"));
        return;
    }
    if family_name.is_empty()
        || role_name.is_empty()
        || level_name.is_empty()
        || skill_name.is_empty()
    {
        problems.push(row.problem(
            "Role Family",
            "family, role, role level and skill name must all be filled in",
        ));
        return;
    }
    let unlevelled = level_name == NOT_IN_USE;
    let Some(role_id) = add_role(row, placement, built, unlevelled, problems) else {
        return;
    };

    let Some(level_id) = level_id(
        row,
        &role_id,
        level_name,
        unlevelled,
        shared,
        levels_by_role,
        problems,
    ) else {
        return;
    };
    let role_levels = levels_by_role.entry(role_id.clone()).or_default();
    if !role_levels.is_empty() && unlevelled != role_levels.iter().all(|(_, l)| l.name.is_none()) {
        problems.push(row.problem(
            "Role Level",
            format!("role \"{role_name}\" has named levels and \"{NOT_IN_USE}\" rows; a role has levels or none"),
        ));
        return;
    }
    if !role_levels.iter().any(|(_, l)| l.id == level_id) {
        let position = placement.position(role_name, level_name, role_levels.len());
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
                description: if unlevelled {
                    None
                } else {
                    optional_text(row.get("Role Level Description"))
                },
                order_source: if unlevelled {
                    "not applicable".into()
                } else {
                    placement.source(role_name, level_name)
                },
                skills: Vec::new(),
            },
        ));
    }

    let level_text = row.get("Skill Level").trim();
    let skill_level = if unlevelled && level_text == NOT_IN_USE {
        Ok(None)
    } else {
        SkillLevel::from_name(level_text).map(Some).ok_or_else(|| {
            row.problem(
                "Skill Level",
                format!("\"{level_text}\" is not a skill level (awareness, working, practitioner or expert)"),
            )
        })
    };
    let defined_in = skills.defined_in();
    let skill = match skills.for_row(row, skill_name, skill_level.clone().ok().flatten()) {
        Ok(skill) => skill,
        Err(reason) => {
            problems.push(row.problem("Skill Name", reason));
            return;
        }
    };
    if skill.is_none() {
        problems.push(row.problem(
            "Skill Name",
            format!("skill \"{skill_name}\" is not in {defined_in}"),
        ));
    }
    let (Some(skill), Ok(skill_level)) = (skill, skill_level.map_err(|p| problems.push(p))) else {
        return;
    };
    let mismatches = repeated_text_problems(row, skill, skill_level, defined_in);
    let skill_id = skill.id.clone();
    problems.extend(mismatches);
    let level = &mut role_levels
        .iter_mut()
        .find(|(_, l)| l.id == level_id)
        .expect("pushed above")
        .1;
    if let Some(earlier) = level.skills.iter().find(|r| r.skill == skill_id) {
        if earlier.level == skill_level {
            built.tidied.push(row.problem(
                "Skill Name",
                format!(
                    "repeats \"{skill_name}\" for this level at the same skill level; kept once"
                ),
            ));
        } else {
            problems.push(row.problem(
                "Skill Level",
                format!("skill \"{skill_name}\" is listed twice for this level, at different skill levels"),
            ));
        }
        return;
    }
    level.skills.push(Requirement {
        skill: skill_id,
        level: skill_level,
    });
}

/// The id of the row's level: the slug of its name (the role's id for a role without levels).
/// In an organisation's own file, a level name that several roles use ("Senior") gets the role's
/// id in front ("data-steward-senior"), whatever the order of the rows. Two different names with
/// the same id in one role ("Senior engineer", "Senior-Engineer") are a problem, never merged.
fn level_id(
    row: &Row,
    role_id: &str,
    level_name: &str,
    unlevelled: bool,
    shared: &HashSet<String>,
    levels_by_role: &BTreeMap<String, Vec<(Option<u32>, Level)>>,
    problems: &mut Vec<Problem>,
) -> Option<String> {
    if unlevelled {
        return Some(role_id.to_string());
    }
    let plain = slug(level_name);
    let id = if shared.contains(&plain) {
        format!("{role_id}-{plain}")
    } else {
        plain
    };
    let id = checked_id(row, "Role Level", "level", level_name, id, problems)?;
    let same_id = levels_by_role
        .get(role_id)
        .and_then(|levels| levels.iter().find(|(_, l)| l.id == id))
        .map(|(_, l)| l.name.clone().unwrap_or_default());
    let elsewhere = levels_by_role
        .iter()
        .any(|(role, levels)| role != role_id && levels.iter().any(|(_, l)| l.id == id));
    match same_id {
        Some(name) if name != level_name => {
            problems.push(row.problem(
                "Role Level",
                format!("level \"{level_name}\" has the same id (\"{id}\") as level \"{name}\" of this role; give them names that differ in letters or digits"),
            ));
            None
        }
        _ if elsewhere => {
            problems.push(row.problem(
                "Role Level",
                format!(
                    "level \"{level_name}\" has the same id (\"{id}\") as a level of another role"
                ),
            ));
            None
        }
        _ => Some(id),
    }
}

/// Why `id`, made from the `what` named `name`, cannot be used; `None` when it is a valid id (a
/// slug of at most 100 characters).
fn id_problem(what: &str, name: &str, id: &str) -> Option<String> {
    if crate::load::validate::is_valid_id(id) {
        None
    } else if id.is_empty() {
        Some(format!(
            "the {what} name \"{name}\" has no letters or digits to make an id from"
        ))
    } else {
        Some(format!(
            "the {what} name \"{name}\" makes the id \"{id}\", longer than {} characters; use a shorter name",
            crate::load::validate::MAX_ID_CHARS
        ))
    }
}

/// `id` if it is a valid id; otherwise a problem at the row saying which name made it.
fn checked_id(
    row: &Row,
    column: &str,
    what: &str,
    name: &str,
    id: String,
    problems: &mut Vec<Problem>,
) -> Option<String> {
    match id_problem(what, name, &id) {
        None => Some(id),
        Some(reason) => {
            problems.push(row.problem(column, reason));
            None
        }
    }
}

/// Adds the row's family and role if they are new; the role's id, or `None` (with a problem) when
/// the role is already in another family.
fn add_role(
    row: &Row,
    placement: &Placement,
    built: &mut Built,
    unlevelled: bool,
    problems: &mut Vec<Problem>,
) -> Option<String> {
    let family_name = row.get("Role Family").trim();
    let role_name = row.get("Role").trim();
    let role_type = row.get("Role Type").trim();
    let family_id = checked_id(
        row,
        "Role Family",
        "family",
        family_name,
        slug(family_name),
        problems,
    )?;
    let role_id = checked_id(row, "Role", "role", role_name, slug(role_name), problems)?;
    if !built.families.iter().any(|f| f.id == family_id) {
        built.families.push(Family {
            id: family_id.clone(),
            name: family_name.into(),
            roles: Vec::new(),
        });
    }
    if let Some(family) = built
        .families
        .iter()
        .find(|f| f.id == family_id && f.name != family_name)
    {
        problems.push(row.problem(
            "Role Family",
            format!(
                "family \"{family_name}\" has the same id (\"{family_id}\") as family \"{}\"; give them names that differ in letters or digits",
                family.name
            ),
        ));
        return None;
    }
    match built.roles.iter().find(|r| r.id == role_id) {
        Some(role) if role.name != role_name => {
            problems.push(row.problem(
                "Role",
                format!(
                    "role \"{role_name}\" has the same id (\"{role_id}\") as role \"{}\"; give them names that differ in letters or digits",
                    role.name
                ),
            ));
            return None;
        }
        Some(role) if role.family != family_id => {
            let family = built
                .families
                .iter()
                .find(|f| f.id == role.family)
                .map_or(role.family.as_str(), |f| f.name.as_str());
            problems.push(row.problem(
                "Role Family",
                format!("role \"{role_name}\" is already in family \"{family}\""),
            ));
            return None;
        }
        Some(_) => {}
        None => {
            built
                .families
                .iter_mut()
                .find(|f| f.id == family_id)
                .expect("pushed above")
                .roles
                .push(role_id.clone());
            built.roles.push(Role {
                id: role_id.clone(),
                name: role_name.into(),
                family: family_id,
                description: optional_text(row.get("Role Description"))
                    .unwrap_or_else(|| Text::parse("")),
                role_type: (!role_type.is_empty()).then(|| role_type.to_string()),
                levels: Vec::new(),
                level_order: placement.status(role_name, unlevelled),
            });
        }
    }
    Some(role_id)
}

/// Every row repeats its skill's texts: they must match the skill's own (absent matches absent).
fn repeated_text_problems(
    row: &Row,
    skill: &Skill,
    level: Option<SkillLevel>,
    defined_in: &str,
) -> Vec<Problem> {
    let mut problems = Vec::new();
    let described = row.get("Skill Description");
    let expected = skill.description.as_ref().map(Text::to_source);
    if !is_absent(described) && Some(described) != expected.as_deref() {
        problems.push(row.problem(
            "Skill Description",
            format!("differs from the skill's description in {defined_in}"),
        ));
    }
    if let Some(level) = level {
        let given = row.get("Skill Level Description");
        let expected = skill.at(level).map(Text::to_source).unwrap_or_default();
        if given != expected && !(is_absent(given) && expected.is_empty()) {
            problems.push(row.problem(
                "Skill Level Description",
                format!(
                    "differs from the skill's {} statements in {defined_in}",
                    level.name()
                ),
            ));
        }
    }
    problems
}
