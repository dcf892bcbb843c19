//! What changed between two frameworks (a new quarterly edition against the committed one, or any
//! two files): families, roles, role levels and skills added, removed or renamed (matched by id),
//! skill levels a role level needs that changed, and skills whose texts changed. The importer
//! prints it before writing; `role-compare diff OLD NEW` prints it as a table, JSON or Markdown
//! (the rows of a table or file are made in `output::export::edition_changes`).

use crate::framework::wording;
use crate::framework::{Framework, SkillLevel};
use serde::Serialize;
use std::collections::BTreeMap;

/// One thing added, removed or renamed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Named {
    pub id: String,
    /// The name before (absent when added).
    pub before: Option<String>,
    /// The name after (absent when removed).
    pub after: Option<String>,
}

/// A skill a role level needs at another level, or needs newly, or no longer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RequirementChange {
    pub level: String,
    pub skill: String,
    /// The skill level before: absent when the skill was not needed ("not set" is a level not set).
    pub before: Option<String>,
    pub after: Option<String>,
}

/// Everything that differs, each list in id order.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct FrameworkDiff {
    pub families: Vec<Named>,
    pub roles: Vec<Named>,
    pub levels: Vec<Named>,
    pub skills: Vec<Named>,
    /// Changes to the skills of role levels present in both.
    pub requirements: Vec<RequirementChange>,
    /// Skills in both whose description or statements changed.
    pub skill_texts: Vec<String>,
    /// Roles in both whose level order, family, description or level-order status changed, with
    /// what changed ("level order", "family", "description", "level-order status").
    pub role_changes: Vec<(String, Vec<&'static str>)>,
    /// Role levels in both whose description, role or position source changed.
    pub level_changes: Vec<(String, Vec<&'static str>)>,
}

/// What changed from `old` to `new`.
pub fn diff(old: &Framework, new: &Framework) -> FrameworkDiff {
    let names = |items: Vec<(&str, String)>| -> BTreeMap<String, String> {
        items
            .into_iter()
            .map(|(id, name)| (id.to_string(), name))
            .collect()
    };
    let families = |fw: &Framework| {
        names(
            fw.families
                .iter()
                .map(|f| (f.id.as_str(), f.name.clone()))
                .collect(),
        )
    };
    let roles = |fw: &Framework| {
        names(
            fw.roles
                .iter()
                .map(|r| (r.id.as_str(), r.name.clone()))
                .collect(),
        )
    };
    let levels = |fw: &Framework| {
        names(
            fw.levels
                .iter()
                .map(|l| (l.id.as_str(), fw.level_name(l).to_string()))
                .collect(),
        )
    };
    let skills = |fw: &Framework| {
        names(
            fw.skills
                .iter()
                .map(|s| (s.id.as_str(), s.name.clone()))
                .collect(),
        )
    };
    let mut changes = FrameworkDiff {
        families: named_changes(&families(old), &families(new)),
        roles: named_changes(&roles(old), &roles(new)),
        levels: named_changes(&levels(old), &levels(new)),
        skills: named_changes(&skills(old), &skills(new)),
        ..FrameworkDiff::default()
    };
    let level_name = |l: Option<SkillLevel>| l.map_or("not set", SkillLevel::name).to_string();
    for before in &old.levels {
        let Some(after) = new.level(&before.id) else {
            continue;
        };
        let was: BTreeMap<&str, Option<SkillLevel>> = before
            .skills
            .iter()
            .map(|r| (r.skill.as_str(), r.level))
            .collect();
        let is: BTreeMap<&str, Option<SkillLevel>> = after
            .skills
            .iter()
            .map(|r| (r.skill.as_str(), r.level))
            .collect();
        let mut skill_ids: Vec<&str> = was.keys().chain(is.keys()).copied().collect();
        skill_ids.sort_unstable();
        skill_ids.dedup();
        for skill in skill_ids {
            let (b, a) = (was.get(skill), is.get(skill));
            if b != a {
                changes.requirements.push(RequirementChange {
                    level: before.id.clone(),
                    skill: skill.to_string(),
                    before: b.map(|l| level_name(*l)),
                    after: a.map(|l| level_name(*l)),
                });
            }
        }
    }
    changes
        .requirements
        .sort_by(|x, y| (&x.level, &x.skill).cmp(&(&y.level, &y.skill)));
    for skill in &old.skills {
        if let Some(now) = new.skill(&skill.id) {
            if now.description != skill.description || now.levels != skill.levels {
                changes.skill_texts.push(skill.id.clone());
            }
        }
    }
    changes.skill_texts.sort();
    changes.role_changes = otherwise_changed(old.roles.iter().filter_map(|role| {
        let now = new.role(&role.id)?;
        Some((
            &role.id,
            [
                (now.levels != role.levels, "level order"),
                (now.family != role.family, "family"),
                (now.description != role.description, "description"),
                (now.level_order != role.level_order, "level-order status"),
            ]
            .to_vec(),
        ))
    }));
    changes.level_changes = otherwise_changed(old.levels.iter().filter_map(|level| {
        let now = new.level(&level.id)?;
        Some((
            &level.id,
            [
                (now.role != level.role, "role"),
                (now.description != level.description, "description"),
                (now.order_source != level.order_source, "position source"),
            ]
            .to_vec(),
        ))
    }));
    changes
}

/// For each id kept in both editions, what of it changed (the names of the checks that differ),
/// sorted by id; ids where nothing changed are left out.
fn otherwise_changed<'a>(
    checks: impl Iterator<Item = (&'a String, Vec<(bool, &'static str)>)>,
) -> Vec<(String, Vec<&'static str>)> {
    let mut changed: Vec<(String, Vec<&'static str>)> = checks
        .filter_map(|(id, checks)| {
            let what: Vec<&'static str> = checks
                .into_iter()
                .filter_map(|(changed, what)| changed.then_some(what))
                .collect();
            (!what.is_empty()).then(|| (id.clone(), what))
        })
        .collect();
    changed.sort();
    changed
}

fn named_changes(old: &BTreeMap<String, String>, new: &BTreeMap<String, String>) -> Vec<Named> {
    let mut ids: Vec<&String> = old.keys().chain(new.keys()).collect();
    ids.sort();
    ids.dedup();
    ids.into_iter()
        .filter(|id| old.get(*id) != new.get(*id))
        .map(|id| Named {
            id: id.clone(),
            before: old.get(id).cloned(),
            after: new.get(id).cloned(),
        })
        .collect()
}

impl FrameworkDiff {
    pub fn is_empty(&self) -> bool {
        *self == FrameworkDiff::default()
    }

    /// One sentence: "No changes." or "2 roles added, 1 role renamed, 3 skill levels changed…".
    pub fn summary(&self) -> String {
        let mut parts = Vec::new();
        for (list, one, many) in [
            (&self.families, "family", "families"),
            (&self.roles, "role", "roles"),
            (&self.levels, "role level", "role levels"),
            (&self.skills, "skill", "skills"),
        ] {
            for (kind, count) in [
                ("added", list.iter().filter(|n| n.before.is_none()).count()),
                ("removed", list.iter().filter(|n| n.after.is_none()).count()),
                (
                    "renamed",
                    list.iter()
                        .filter(|n| n.before.is_some() && n.after.is_some())
                        .count(),
                ),
            ] {
                if count > 0 {
                    parts.push(format!("{} {kind}", wording::count(count, one, many)));
                }
            }
        }
        if !self.requirements.is_empty() {
            parts.push(format!(
                "{} changed",
                wording::count(
                    self.requirements.len(),
                    "required skill level",
                    "required skill levels"
                )
            ));
        }
        if !self.skill_texts.is_empty() {
            parts.push(format!(
                "{} with new wording",
                wording::count(self.skill_texts.len(), "skill", "skills")
            ));
        }
        if !self.role_changes.is_empty() {
            parts.push(format!(
                "{} otherwise changed",
                wording::count(self.role_changes.len(), "role", "roles")
            ));
        }
        if !self.level_changes.is_empty() {
            parts.push(format!(
                "{} otherwise changed",
                wording::count(self.level_changes.len(), "role level", "role levels")
            ));
        }
        if parts.is_empty() {
            "No changes.".into()
        } else {
            format!("{}.", parts.join(", "))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::framework::Requirement;

    #[test]
    fn an_edition_with_changes_is_summed_up_and_listed() {
        let old = crate::load::embedded::framework().unwrap();
        assert!(diff(&old, &old).is_empty());
        assert_eq!(diff(&old, &old).summary(), "No changes.");
        let mut new = old.clone();
        new.roles
            .iter_mut()
            .find(|r| r.id == "data-analyst")
            .unwrap()
            .name = "Data analyst (new)".into();
        let level = new
            .levels
            .iter_mut()
            .find(|l| l.id == "head-of-portfolio")
            .unwrap();
        let changed_to = if level.skills[0].level == Some(SkillLevel::Expert) {
            SkillLevel::Awareness
        } else {
            SkillLevel::Expert
        };
        level.skills[0].level = Some(changed_to);
        let first_skill = level.skills[0].skill.clone();
        level.skills.push(Requirement {
            skill: "user-research".into(),
            level: Some(SkillLevel::Working),
        });
        new.skills.retain(|s| s.id != "data-innovation");
        let changes = diff(&old, &new.indexed());
        assert_eq!(
            changes.roles,
            [Named {
                id: "data-analyst".into(),
                before: Some("Data analyst".into()),
                after: Some("Data analyst (new)".into())
            }]
        );
        assert_eq!(changes.skills.len(), 1);
        assert_eq!(changes.skills[0].after, None);
        assert_eq!(changes.requirements.len(), 2, "{:?}", changes.requirements);
        assert!(changes
            .requirements
            .iter()
            .any(|r| r.skill == first_skill && r.after.as_deref() == Some(changed_to.name())));
        assert!(changes
            .requirements
            .iter()
            .any(|r| r.skill == "user-research"
                && r.before.is_none()
                && r.after.as_deref() == Some("Working")));
        assert_eq!(
            changes.summary(),
            "1 role renamed, 1 skill removed, 2 required skill levels changed."
        );
        let mut reordered = old.clone();
        reordered
            .roles
            .iter_mut()
            .find(|r| r.id == "data-analyst")
            .unwrap()
            .levels
            .reverse();
        let changes_of_order = diff(&old, &reordered.indexed());
        assert_eq!(
            changes_of_order.role_changes,
            [("data-analyst".to_string(), vec!["level order"])]
        );
        assert_eq!(changes_of_order.summary(), "1 role otherwise changed.");
    }
}
