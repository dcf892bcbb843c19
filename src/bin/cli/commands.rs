//! The commands: each reads its options, asks the engine, and prints a table or JSON.

use super::table::render;
use super::{Options, Outcome};
use role_compare::compare::{self, Cell, Change, Sharing};
use role_compare::framework::{self, Framework, Level};
use role_compare::import::{self, export};
use role_compare::lookup::{self, UnknownId};
use role_compare::moves::{self, Focus};
use role_compare::validate::{self, Problem};
use serde_json::{json, Value};

fn read(path: &str) -> Result<String, Outcome> {
    std::fs::read_to_string(path)
        .map_err(|e| Outcome::fail(2, format!("error: cannot read {path}: {e}\n")))
}

fn problems_outcome(problems: &[Problem]) -> Outcome {
    let mut text = format!("{} problem(s):\n", problems.len());
    for p in problems {
        text += &format!("  {p}\n");
    }
    Outcome::fail(1, text)
}

fn load(options: &Options) -> Result<Framework, Outcome> {
    let parsed = match options.get("data") {
        Some(path) => validate::parse_framework(&read(path)?),
        None => framework::embedded(),
    };
    parsed.map_err(|problems| problems_outcome(&problems))
}

fn unknown(error: UnknownId, what: &str) -> Outcome {
    Outcome::fail(2, format!("error: {}\n", error.describe(what)))
}

fn emit(options: &Options, value: Value, table: String) -> Outcome {
    if options.json {
        Outcome::ok(serde_json::to_string_pretty(&value).expect("JSON values serialise") + "\n")
    } else {
        Outcome::ok(table)
    }
}

fn level_json(fw: &Framework, level: &Level) -> Value {
    let role = fw.role_of(level);
    json!({"id": level.id, "name": fw.level_name(level), "role": role.id, "role_name": role.name})
}

/// A skill's name, or a skill group's (for related roles' shared groups).
fn skill_name(fw: &Framework, id: &str) -> String {
    fw.group_name(id).unwrap_or(id).to_string()
}

fn level_value(level: Option<framework::SkillLevel>) -> Value {
    level.map_or(Value::Null, |l| json!(l))
}

pub fn import(options: &Options) -> Outcome {
    let files = [
        options
            .get("roles")
            .unwrap_or("../shared/framework/roles.csv"),
        options
            .get("skills")
            .unwrap_or("../shared/framework/skills.csv"),
        options.get("order").unwrap_or("data/level-order.csv"),
        options.get("notes").unwrap_or("data/level-order-notes.csv"),
    ];
    let mut texts = Vec::new();
    for path in files {
        match read(path) {
            Ok(text) => texts.push(text),
            Err(outcome) => return outcome,
        }
    }
    let (fw, notes) = match import::import_files(&texts[0], &texts[1], &texts[2], &texts[3]) {
        Ok(imported) => (imported.framework, imported.notes),
        Err(problems) => return problems_outcome(&problems),
    };
    let out = options.get("out").unwrap_or("data/framework.json");
    let json = serde_json::to_string_pretty(&fw).expect("the framework serialises") + "\n";
    if let Err(e) = std::fs::write(out, &json) {
        return Outcome::fail(2, format!("error: cannot write {out}: {e}\n"));
    }
    let mut report: String = notes.iter().map(|n| format!("note: {n}\n")).collect();
    report += &format!(
        "wrote {out}: {} families, {} roles, {} role levels ({} named, {} Chief roles without levels), {} skills, {} bytes\n",
        fw.families.len(),
        fw.roles.len(),
        fw.levels.len(),
        fw.named_level_count(),
        fw.levels.len() - fw.named_level_count(),
        fw.skills.len(),
        json.len()
    );
    Outcome::ok(report)
}

pub fn validate(options: &Options) -> Outcome {
    let [path] = options.positional.as_slice() else {
        return Outcome::fail(2, "error: validate takes one FILE\n".into());
    };
    let text = match read(path) {
        Ok(text) => text,
        Err(outcome) => return outcome,
    };
    match validate::parse_framework(&text) {
        Ok(fw) => emit(
            options,
            json!({"valid": true, "problems": [], "roles": fw.roles.len(), "levels": fw.levels.len(), "skills": fw.skills.len()}),
            format!("{path}: valid ({} roles, {} role levels, {} skills)\n", fw.roles.len(), fw.levels.len(), fw.skills.len()),
        ),
        Err(problems) if options.json => Outcome {
            stdout: serde_json::to_string_pretty(&json!({
                "valid": false,
                "problems": problems.iter().map(|p| json!({"place": p.place, "reason": p.reason})).collect::<Vec<_>>(),
            }))
            .expect("JSON values serialise")
                + "\n",
            stderr: String::new(),
            code: 1,
        },
        Err(problems) => problems_outcome(&problems),
    }
}

pub fn export(options: &Options) -> Outcome {
    match load(options) {
        Ok(fw) => Outcome::ok(export::roles_csv(&fw)),
        Err(outcome) => outcome,
    }
}

fn change_json(change: Change) -> Value {
    let (kind, from, to) = match change {
        Change::Same(l) => ("same", Some(l), Some(l)),
        Change::Up { from, to } => ("up", Some(from), Some(to)),
        Change::Down { from, to } => ("down", Some(from), Some(to)),
        Change::New(to) => ("new", None, to),
        Change::NoLongerRequired(from) => ("no_longer_required", from, None),
        Change::LevelNotSet => ("level_not_set", None, None),
        Change::Neither => ("neither", None, None),
    };
    json!({"kind": kind, "from": level_value(from), "to": level_value(to), "steps": change.steps(), "text": change.describe()})
}

pub fn compare(options: &Options) -> Outcome {
    let fw = match load(options) {
        Ok(fw) => fw,
        Err(outcome) => return outcome,
    };
    if options.positional.len() < 2 {
        return Outcome::fail(
            2,
            "error: compare needs at least two role level ids\n".into(),
        );
    }
    let (levels, unknowns) = lookup::levels(&fw, &options.positional);
    if let Some(first) = unknowns.into_iter().next() {
        return unknown(first, "role level");
    }
    let comparison = compare::compare(&fw, &levels);
    let names: Vec<&str> = levels.iter().map(|l| fw.level_name(l)).collect();
    let rows_json: Vec<Value> = comparison
        .rows
        .iter()
        .map(|row| {
            json!({
                "skill": row.skill,
                "name": skill_name(&fw, &row.skill),
                "group": row.group,
                "sharing": match row.sharing { Sharing::All => "all", Sharing::Some(_) => "some", Sharing::One => "one" },
                "cells": row.cells.iter().map(|c| json!({"required": c.is_required(), "level": level_value(c.level())})).collect::<Vec<_>>(),
                "changes": row.changes.iter().map(|c| change_json(*c)).collect::<Vec<_>>(),
            })
        })
        .collect();
    let pairs_json: Vec<Value> = comparison
        .pairs
        .iter()
        .map(|p| {
            json!({
                "from": comparison.columns[p.left], "to": comparison.columns[p.left + 1],
                "up": p.up, "down": p.down, "same": p.same, "new": p.new,
                "no_longer_required": p.no_longer_required, "level_not_set": p.level_not_set,
                "text": format!("{} → {}: {}", names[p.left], names[p.left + 1], p.describe()),
            })
        })
        .collect();

    let mut header = vec!["Skill"];
    header.extend(names.iter().copied());
    header.extend(std::iter::repeat_n("Change", names.len() - 1));
    let rows: Vec<Vec<String>> = comparison
        .rows
        .iter()
        .map(|row| {
            let mut cells = vec![skill_name(&fw, &row.skill)];
            cells.extend(row.cells.iter().map(|c| match c {
                Cell::Required(Some(l)) => l.name().to_string(),
                other => other.describe(),
            }));
            cells.extend(row.changes.iter().map(|c| c.describe()));
            cells
        })
        .collect();
    let mut table = render(&header, &rows);
    for value in &pairs_json {
        table += &format!("\n{}", value["text"].as_str().unwrap_or_default());
    }
    table.push('\n');
    emit(
        options,
        json!({
            "columns": levels.iter().map(|l| level_json(&fw, l)).collect::<Vec<_>>(),
            "rows": rows_json,
            "pairs": pairs_json,
        }),
        table,
    )
}

pub fn related(options: &Options) -> Outcome {
    let fw = match load(options) {
        Ok(fw) => fw,
        Err(outcome) => return outcome,
    };
    let [id] = options.positional.as_slice() else {
        return Outcome::fail(2, "error: related takes one role or role level id\n".into());
    };
    let limit = match options.get("limit").map(str::parse::<usize>) {
        None => 10,
        Some(Ok(n)) => n,
        Some(Err(_)) => return Outcome::fail(2, "error: --limit must be a whole number\n".into()),
    };
    let focus = match (fw.role(id), fw.level(id)) {
        (Some(role), _) => Focus::Role(role),
        (None, Some(level)) => Focus::Level(level),
        (None, None) => {
            let mut closest = lookup::role(&fw, id)
                .err()
                .map(|e| e.closest)
                .unwrap_or_default();
            closest.extend(
                lookup::level(&fw, id)
                    .err()
                    .map(|e| e.closest)
                    .unwrap_or_default(),
            );
            closest.truncate(3);
            return unknown(
                UnknownId {
                    id: id.clone(),
                    closest,
                },
                "role or role level",
            );
        }
    };
    let related: Vec<_> = moves::related_roles(&fw, focus)
        .into_iter()
        .take(limit)
        .collect();
    let role_name = |id: &str| {
        fw.role(id)
            .map_or_else(|| id.to_string(), |r| r.name.clone())
    };
    let rows: Vec<Vec<String>> = related
        .iter()
        .map(|r| {
            vec![
                role_name(&r.role),
                format!("{:.3}", r.score),
                r.shared
                    .iter()
                    .map(|s| skill_name(&fw, s))
                    .collect::<Vec<_>>()
                    .join(", "),
            ]
        })
        .collect();
    emit(
        options,
        json!({
            "focus": id,
            "related": related.iter().map(|r| json!({
                "role": r.role, "name": role_name(&r.role), "score": (r.score * 1000.0).round() / 1000.0,
                "shared": r.shared.iter().map(|s| json!({"skill": s, "name": skill_name(&fw, s)})).collect::<Vec<_>>(),
            })).collect::<Vec<_>>(),
        }),
        render(&["Role", "Score", "Shared skills"], &rows),
    )
}

pub fn gap(options: &Options) -> Outcome {
    let fw = match load(options) {
        Ok(fw) => fw,
        Err(outcome) => return outcome,
    };
    let [from, to] = options.positional.as_slice() else {
        return Outcome::fail(2, "error: gap takes FROM_ID and TO_ID\n".into());
    };
    let (from, to) = match (lookup::level(&fw, from), lookup::level(&fw, to)) {
        (Ok(f), Ok(t)) => (f, t),
        (Err(e), _) | (_, Err(e)) => return unknown(e, "role level"),
    };
    let gap = moves::gap(&fw, from, to);
    let mut rows = Vec::new();
    for l in &gap.learn {
        rows.push(vec![
            "Learn".into(),
            skill_name(&fw, &l.skill),
            l.describe(&fw),
        ]);
    }
    for r in &gap.raise {
        rows.push(vec![
            "Raise".into(),
            skill_name(&fw, &r.skill),
            r.describe(),
        ]);
    }
    for s in &gap.met {
        rows.push(vec![
            "Already met".into(),
            skill_name(&fw, s),
            String::new(),
        ]);
    }
    for s in &gap.no_longer_needed {
        rows.push(vec![
            "No longer needed".into(),
            skill_name(&fw, s),
            String::new(),
        ]);
    }
    let mut table = render(&["Action", "Skill", "Detail"], &rows);
    table += &format!(
        "\n{} → {}: {} to learn, {} to raise, {} steps in all\n",
        fw.level_name(from),
        fw.level_name(to),
        gap.learn.len(),
        gap.raise.len(),
        gap.total_steps()
    );
    emit(
        options,
        json!({
            "from": level_json(&fw, from),
            "to": level_json(&fw, to),
            "learn": gap.learn.iter().map(|l| json!({
                "skill": l.skill, "name": skill_name(&fw, &l.skill), "target": level_value(l.target),
                "related_held": l.related_held.as_ref().map(|(s, lv)| json!({"skill": s, "level": level_value(*lv)})),
            })).collect::<Vec<_>>(),
            "raise": gap.raise.iter().map(|r| json!({
                "skill": r.skill, "name": skill_name(&fw, &r.skill), "from": r.from, "to": r.to, "steps": r.steps(),
            })).collect::<Vec<_>>(),
            "met": gap.met,
            "no_longer_needed": gap.no_longer_needed,
            "total_steps": gap.total_steps(),
        }),
        table,
    )
}

pub fn levels(options: &Options) -> Outcome {
    let fw = match load(options) {
        Ok(fw) => fw,
        Err(outcome) => return outcome,
    };
    let roles: Vec<_> = match options.positional.as_slice() {
        [] => fw.roles.iter().collect(),
        [id] => match lookup::role(&fw, id) {
            Ok(role) => vec![role],
            Err(e) => return unknown(e, "role"),
        },
        _ => return Outcome::fail(2, "error: levels takes at most one role id\n".into()),
    };
    let mut rows = Vec::new();
    let mut values = Vec::new();
    for role in roles {
        for (i, level) in fw.levels_of(role).enumerate() {
            rows.push(vec![
                role.id.clone(),
                (i + 1).to_string(),
                level.id.clone(),
                fw.level_name(level).to_string(),
                level.order_source.clone(),
            ]);
            values.push(json!({"role": role.id, "position": i + 1, "id": level.id, "name": fw.level_name(level), "order_source": level.order_source}));
        }
    }
    emit(
        options,
        json!({"levels": values}),
        render(
            &["Role", "Position", "Level id", "Name", "Order source"],
            &rows,
        ),
    )
}
