//! [`Framework`] → the official "Role content" CSV rows, so the committed data can be checked
//! against the download row by row (and an edited framework can be published in the same shape).

use super::{MISSING, NOT_IN_USE, ROLE_COLUMNS};
use crate::framework::{Framework, Text};
use crate::load::csv;

/// The ten fields of one official row, in [`ROLE_COLUMNS`] order.
pub type RoleRow = [String; 10];

/// Every role × level × skill row, in the download's order (family, role, level, skill by name).
pub fn role_rows(fw: &Framework) -> Vec<RoleRow> {
    let mut rows = Vec::new();
    for level in &fw.levels {
        let role = fw.role_of(level);
        let family = fw
            .family(&role.family)
            .map(|f| f.name.clone())
            .unwrap_or_default();
        for requirement in &level.skills {
            let Some(skill) = fw.skill(&requirement.skill) else {
                continue;
            };
            let (level_name, level_description) = match &level.name {
                Some(name) => (
                    name.clone(),
                    level
                        .description
                        .as_ref()
                        .map(Text::to_source)
                        .unwrap_or_default(),
                ),
                None => (NOT_IN_USE.to_string(), NOT_IN_USE.to_string()),
            };
            let (skill_level, skill_level_description) = match requirement.level {
                Some(l) => (
                    l.name().to_string(),
                    skill.at(l).map(Text::to_source).unwrap_or_default(),
                ),
                None => (NOT_IN_USE.to_string(), NOT_IN_USE.to_string()),
            };
            rows.push([
                family.clone(),
                role.name.clone(),
                role.description.to_source(),
                level_name,
                level_description,
                skill.name.clone(),
                skill
                    .description
                    .as_ref()
                    .map(Text::to_source)
                    .unwrap_or_else(|| MISSING.into()),
                skill_level,
                skill_level_description,
                role.role_type.clone().unwrap_or_default(),
            ]);
        }
    }
    rows.sort_by(|a, b| (&a[0], &a[1], &a[3], &a[5]).cmp(&(&b[0], &b[1], &b[3], &b[5])));
    rows
}

/// The whole "Role content" CSV, header included.
pub fn roles_csv(fw: &Framework) -> String {
    let mut out = String::new();
    csv::write_record(&mut out, &ROLE_COLUMNS);
    for row in role_rows(fw) {
        let fields: Vec<&str> = row.iter().map(String::as_str).collect();
        csv::write_record(&mut out, &fields);
    }
    out
}
