//! The commands: each reads its options, asks the engine, and prints a table or JSON.

use super::table::render;
use super::{Options, Outcome, OutputFormat};
use role_compare::engine::assessment;
use role_compare::engine::career::{self, MoveFilter, MoveIndex, SeniorityFilter};
use role_compare::engine::compare::{self, Cell};
use role_compare::engine::lookup::{self, UnknownId};
use role_compare::engine::moves;
use role_compare::engine::moves::Voice;
use role_compare::engine::related::{self, Focus};
use role_compare::engine::routes;
use role_compare::framework::Problem;
use role_compare::framework::{Framework, Level};
use role_compare::load::edition::edition_mark;
use role_compare::load::import::{self, export};
use role_compare::output::export::{self as take_away, Document};
use role_compare::output::people_export;
use role_compare::output::people_report::{AssessReport, TeamReport};
use role_compare::output::report::{
    self, ComparisonReport, GapReport, LevelsReport, MovesReport, RelatedReport, RouteReport,
    ValidationReport,
};
use role_compare::state::ratings::Ratings;
use role_compare::state::team_file;
use serde_json::Value;

/// A file's text, read as the widget reads it: UTF-8, or Windows-1252 with a note on standard
/// error; other encodings are a data problem (exit 1) naming the fix.
fn read(path: &str) -> Result<String, Outcome> {
    let bytes = std::fs::read(path)
        .map_err(|e| Outcome::fail(2, format!("error: cannot read {path}: {e}\n")))?;
    let decoded = role_compare::load::text_file::decode(file_name(path), &bytes)
        .map_err(|problem| problems_outcome(&[problem]))?;
    if let Some(note) = decoded.note {
        eprintln!("note: {note}");
    }
    Ok(decoded.text)
}

fn problems_outcome(problems: &[Problem]) -> Outcome {
    let mut text = format!("{} problem(s):\n", problems.len());
    for p in problems {
        text += &format!("  {p}\n");
    }
    Outcome::fail(1, text)
}

/// The last part of a path, which places problems in a role content CSV ("ours.csv row 4…").
fn file_name(path: &str) -> &str {
    std::path::Path::new(path)
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or(path)
}

fn load(options: &Options) -> Result<Framework, Outcome> {
    let parsed = match options.get("data") {
        Some(path) => import::own_framework(file_name(path), &read(path)?),
        None => role_compare::load::embedded::framework(),
    };
    parsed.map_err(|problems| problems_outcome(&problems))
}

fn unknown(error: UnknownId, what: &str) -> Outcome {
    Outcome::fail(2, format!("error: {}\n", error.describe(what)))
}

fn emit(options: &Options, value: Value, table: String) -> Outcome {
    emit_with_file(options, value, table, None)
}

/// Prints JSON, a table, or a take-away file (CSV, Markdown) where the command has one.
fn emit_with_file(
    options: &Options,
    value: Value,
    table: String,
    file: Option<Document>,
) -> Outcome {
    match (options.format, file) {
        (OutputFormat::Json, _) => {
            Outcome::ok(serde_json::to_string_pretty(&value).expect("JSON values serialise") + "\n")
        }
        (OutputFormat::Table, _) => Outcome::ok(table),
        (OutputFormat::File(format), Some(doc)) => Outcome::ok(doc.render(format)),
        (OutputFormat::File(format), None) => Outcome::fail(
            2,
            format!(
                "error: --format {} is for compare, gap, moves, route, assess, team and diff\n",
                format.extension().replace("md", "markdown")
            ),
        ),
    }
}

/// The two role levels FROM_ID TO_ID of `command`, or the outcome that says what is wrong.
fn from_and_to<'a>(
    fw: &'a Framework,
    options: &Options,
    command: &str,
) -> Result<(&'a Level, &'a Level), Outcome> {
    let [from, to] = options.positional.as_slice() else {
        return Err(Outcome::fail(
            2,
            format!("error: {command} takes FROM_ID and TO_ID\n"),
        ));
    };
    match (lookup::level(fw, from), lookup::level(fw, to)) {
        (Ok(f), Ok(t)) => Ok((f, t)),
        (Err(e), _) | (_, Err(e)) => Err(unknown(e, "role level")),
    }
}

fn limit(options: &Options, default: usize) -> Result<usize, Outcome> {
    match options.get("limit").map(str::parse::<usize>) {
        None => Ok(default),
        Some(Ok(n)) => Ok(n),
        Some(Err(_)) => Err(Outcome::fail(
            2,
            "error: --limit must be a whole number\n".into(),
        )),
    }
}

/// A skill's name, or a skill group's (for related roles' shared groups).
fn skill_name(fw: &Framework, id: &str) -> String {
    report::skill_name(fw, id).to_string()
}

/// An engine report as the JSON value `--format json` prints.
fn json_of(report: impl serde::Serialize) -> Value {
    serde_json::to_value(report).expect("reports serialise")
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
    let (mut fw, notes) = match import::import_files(&texts[0], &texts[1], &texts[2], &texts[3]) {
        Ok(imported) => (imported.framework, imported.notes),
        Err(problems) => return problems_outcome(&problems),
    };
    let mark = edition_mark(&fw);
    fw.edition = Some(mark.clone());
    let out = options.get("out").unwrap_or("data/framework.json");
    // What this edition changes against the file it replaces, before that file is overwritten.
    let changes = match std::fs::read_to_string(out) {
        Ok(text) => match role_compare::load::validate::parse_framework(&text) {
            Ok(before) => {
                let changes = role_compare::load::diff::diff(&before, &fw);
                let mut said = format!("changes against {out}: {}\n", changes.summary());
                for row in take_away::edition_changes(&changes, out, "the import").rows {
                    said += &format!("  {}: {} ({} → {})\n", row[0], row[1], row[2], row[3]);
                }
                said += &edition_renames(&before, &mut fw, out);
                said
            }
            Err(_) => format!(
                "changes: {out} was not a valid framework file, so nothing to compare with\n"
            ),
        },
        Err(_) => format!("changes: {out} did not exist yet\n"),
    };
    let json = serde_json::to_string_pretty(&fw).expect("the framework serialises") + "\n";
    if let Err(e) = std::fs::write(out, &json) {
        return Outcome::fail(2, format!("error: cannot write {out}: {e}\n"));
    }
    let mut report: String = notes.iter().map(|n| format!("note: {n}\n")).collect();
    report += &changes;
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

/// Carries the earlier editions' maps of renamed ids over from `before` (the file being replaced)
/// into `fw`, and adds one from `before`'s edition to `fw`'s where the two differ and none is there
/// yet: what it says for a person to review.
fn edition_renames(before: &Framework, fw: &mut Framework, out: &str) -> String {
    fw.renames = before.renames.clone();
    let from = before
        .edition
        .clone()
        .unwrap_or_else(|| edition_mark(before));
    let to = fw.edition.clone().unwrap_or_default();
    if from == to {
        return format!("edition {to}: the same as {out}'s\n");
    }
    if let Some(kept) = fw.renames.iter().find(|r| r.from == from) {
        return format!(
            "edition {to}: the map from {from} in {out} is kept as it was ({})\n",
            if kept.reviewed {
                "reviewed"
            } else {
                "not reviewed yet"
            }
        );
    }
    let (step, paired) = role_compare::engine::renames::detect(before, fw, &from, &to);
    let mut said = format!("edition {to}, after {from}\n");
    for p in &paired {
        said += &format!(
            "  renamed {}: {} → {} (texts {:.2} alike)\n",
            p.kind,
            p.before,
            p.after,
            f64::from(p.similarity) / 1000.0
        );
    }
    for id in step.removed_skills.iter().chain(&step.removed_levels) {
        said += &format!("  removed: {id} (ratings of it are kept aside)\n");
    }
    if !step.reviewed {
        said += &format!("  review these pairs in {out}'s \"renames\" (the last entry) and set \"reviewed\": true: until then ratings made against {from} do not follow them\n");
    }
    fw.renames.push(step);
    said
}

pub fn validate(options: &Options) -> Outcome {
    let [path] = options.positional.as_slice() else {
        return Outcome::fail(2, "error: validate takes one FILE\n".into());
    };
    let text = match read(path) {
        Ok(text) => text,
        Err(outcome) => return outcome,
    };
    match import::own_framework(file_name(path), &text) {
        Ok(fw) => emit(
            options,
            json_of(ValidationReport::valid(&fw)),
            format!(
                "{path}: valid ({} roles, {} role levels, {} skills)\n",
                fw.roles.len(),
                fw.levels.len(),
                fw.skills.len()
            ),
        ),
        Err(problems) if options.format == OutputFormat::Json => Outcome {
            stdout: serde_json::to_string_pretty(&json_of(ValidationReport::refused(&problems)))
                .expect("reports serialise")
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
    let report = ComparisonReport::of(&fw, &levels, &comparison);

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
    for pair in &report.pairs {
        table += &format!("\n{}", pair.text);
    }
    table.push('\n');
    emit_with_file(
        options,
        json_of(&report),
        table,
        Some(take_away::comparison(&fw, &comparison)),
    )
}

/// The framework with its similar skills and roles, which related roles, moves and gaps count
/// (`engine::similarity`): computed here for a file that does not carry them.
fn load_with_similar(options: &Options) -> Result<Framework, Outcome> {
    load(options).map(role_compare::engine::similarity::with_similar)
}

pub fn related(options: &Options) -> Outcome {
    let fw = match load_with_similar(options) {
        Ok(fw) => fw,
        Err(outcome) => return outcome,
    };
    let [id] = options.positional.as_slice() else {
        return Outcome::fail(2, "error: related takes one role or role level id\n".into());
    };
    let limit = match limit(options, 10) {
        Ok(n) => n,
        Err(outcome) => return outcome,
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
    // As the widget does: a level's related roles are its role's, each with the move from the level.
    let (focus, from) = match focus {
        Focus::Level(level) => (Focus::Role(fw.role_of(level)), Some(level)),
        role => (role, None),
    };
    let related: Vec<_> = related::related_roles(&fw, focus)
        .into_iter()
        .take(limit)
        .collect();
    let moves = from.map(|level| related::related_moves(&fw, level, &related));
    let report = RelatedReport::of(&fw, id, &related, moves.as_deref());
    // The table shows the report's records, with the engine's two-decimal score text.
    let rows: Vec<Vec<String>> = related
        .iter()
        .zip(&report.related)
        .map(|(r, record)| {
            let shared: Vec<&str> = record.shared.iter().map(|s| s.name.as_str()).collect();
            let similar: Vec<&str> = record.similar.iter().map(|s| s.reason.as_str()).collect();
            let skills = match (shared.is_empty(), similar.is_empty()) {
                (_, true) => shared.join(", "),
                (true, false) => format!("similar: {}", similar.join("; ")),
                (false, false) => format!("{}; similar: {}", shared.join(", "), similar.join("; ")),
            };
            let mut row = vec![record.name.clone(), r.score_text(), skills];
            if from.is_some() {
                row.push(
                    record
                        .closest_level
                        .as_deref()
                        .map(|target| fw.level_name_of(target))
                        .unwrap_or_default(),
                );
                row.push(record.the_move.clone().unwrap_or_default());
            }
            row
        })
        .collect();
    let headers: &[&str] = if from.is_some() {
        &[
            "Role",
            "Score",
            "Shared skills",
            "Closest level",
            "The move",
        ]
    } else {
        &["Role", "Score", "Shared skills"]
    };
    emit(options, json_of(&report), render(headers, &rows))
}

pub fn gap(options: &Options) -> Outcome {
    let fw = match load_with_similar(options) {
        Ok(fw) => fw,
        Err(outcome) => return outcome,
    };
    let (from, to) = match from_and_to(&fw, options, "gap") {
        Ok(pair) => pair,
        Err(outcome) => return outcome,
    };
    let gap = moves::gap(&fw, from, to);
    let mut rows = Vec::new();
    for l in &gap.learn {
        rows.push(vec![
            "Learn".into(),
            skill_name(&fw, &l.skill),
            l.describe(&fw, Voice::Level),
        ]);
    }
    for r in &gap.raise {
        rows.push(vec![
            "Raise".into(),
            skill_name(&fw, &r.skill),
            r.describe(Voice::Level),
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
        "\n{} → {}: {}\n",
        fw.level_name(from),
        fw.level_name(to),
        gap.summary()
    );
    let file = take_away::gap(
        &fw,
        fw.level_name(from),
        fw.level_name(to),
        &gap,
        Voice::Level,
    );
    emit_with_file(
        options,
        json_of(GapReport::of(&fw, from, to, &gap)),
        table,
        Some(file),
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
    let report = LevelsReport::of(&fw, roles);
    let rows: Vec<Vec<String>> = report
        .levels
        .iter()
        .map(|l| {
            vec![
                l.role.clone(),
                l.position.to_string(),
                l.id.clone(),
                l.name.clone(),
                l.order_source.clone(),
            ]
        })
        .collect();
    emit(
        options,
        json_of(&report),
        render(
            &["Role", "Position", "Level id", "Name", "Order source"],
            &rows,
        ),
    )
}

pub fn moves(options: &Options) -> Outcome {
    let fw = match load_with_similar(options) {
        Ok(fw) => fw,
        Err(outcome) => return outcome,
    };
    let [id] = options.positional.as_slice() else {
        return Outcome::fail(2, "error: moves takes one role level id\n".into());
    };
    let current = match lookup::level(&fw, id) {
        Ok(level) => level,
        Err(e) => return unknown(e, "role level"),
    };
    let limit = match limit(options, 20) {
        Ok(n) => n,
        Err(outcome) => return outcome,
    };
    let family = match options.get("family") {
        None => None,
        Some(f) if fw.family(f).is_some() => Some(f.to_string()),
        Some(f) => {
            let known: Vec<&str> = fw.families.iter().map(|f| f.id.as_str()).collect();
            return Outcome::fail(
                2,
                format!(
                    "error: no family has the id \"{f}\" (families: {})\n",
                    known.join(", ")
                ),
            );
        }
    };
    let seniority = match options.get("seniority") {
        None => SeniorityFilter::default(),
        Some(key) => match SeniorityFilter::from_key(key) {
            Some(s) => s,
            None => {
                return Outcome::fail(
                    2,
                    format!("error: --seniority is role, near or any, not \"{key}\"\n"),
                )
            }
        },
    };
    let index = MoveIndex::new(&fw);
    let position = fw.level_position(&current.id).unwrap_or(0);
    let from = index.level(position).clone();
    let next = career::next_moves(&fw, &index, current, &from);
    let filter = MoveFilter { family, seniority };
    let rows: Vec<_> = career::move_rows(
        &fw,
        career::ranked_moves(&fw, &index, &from, Some(current), &filter),
        Some(current),
        &filter,
    )
    .into_iter()
    .take(limit)
    .collect();
    let ranked: Vec<career::Move> = rows.iter().map(|r| r.shown.clone()).collect();
    let name_of = |id: &str| fw.level_name_of(id);
    let row = |kind: &str, m: &career::Move, others: &[career::Move]| {
        let mut reason = m.reason();
        let similar = m.similar(&fw);
        if !similar.is_empty() {
            reason += &format!("; similar: {}", similar.join("; "));
        }
        if !others.is_empty() {
            let names: Vec<String> = others.iter().map(|o| name_of(&o.target)).collect();
            reason += &format!("; other levels: {}", names.join(", "));
        }
        vec![kind.to_string(), name_of(&m.target), m.score_text(), reason]
    };
    let mut table: Vec<Vec<String>> = next.iter().map(|m| row("Next level up", m, &[])).collect();
    table.extend(
        rows.iter()
            .enumerate()
            .map(|(i, r)| row(&format!("{}", i + 1), &r.shown, &r.other_levels)),
    );
    emit_with_file(
        options,
        json_of(MovesReport::of(&fw, current, &next, &rows)),
        render(&["Rank", "Role level", "Score", "Reason"], &table),
        Some(take_away::moves(
            &fw,
            fw.level_name(current),
            &next,
            &ranked,
        )),
    )
}

/// A role level named by `--level`, or none; an unknown id is bad usage.
fn level_option<'a>(fw: &'a Framework, options: &Options) -> Result<Option<&'a Level>, Outcome> {
    match options.get("level") {
        None => Ok(None),
        Some(id) => lookup::level(fw, id)
            .map(Some)
            .map_err(|e| unknown(e, "role level")),
    }
}

pub fn assess(options: &Options) -> Outcome {
    let fw = match load(options) {
        Ok(fw) => fw,
        Err(outcome) => return outcome,
    };
    let [path] = options.positional.as_slice() else {
        return Outcome::fail(2, "error: assess takes one ratings file\n".into());
    };
    let text = match read(path) {
        Ok(text) => text,
        Err(outcome) => return outcome,
    };
    let ratings = match Ratings::from_json(&fw, &text) {
        Ok(r) => r,
        Err(problems) => return problems_outcome(&problems),
    };
    let chosen = match level_option(&fw, options) {
        Ok(level) => level,
        Err(outcome) => return outcome,
    };
    let Some(level) = chosen.or_else(|| ratings.level.as_deref().and_then(|id| fw.level(id)))
    else {
        return Outcome::fail(
            2,
            format!("error: {path} names no role level to assess against: add --level ID\n"),
        );
    };
    let assessment = assessment::assess(level, ratings.entries());
    let rows: Vec<Vec<String>> = assessment
        .skills
        .iter()
        .map(|s| {
            vec![
                skill_name(&fw, &s.skill),
                s.needed.name().into(),
                s.yours.map_or("not rated", |r| r.label()).into(),
                s.describe(),
                s.evidence.clone().unwrap_or_default(),
            ]
        })
        .collect();
    let mut table = render(
        &["Skill", "Needed", "Yours", "Where you stand", "Evidence"],
        &rows,
    );
    table += &format!("\n{}: {}\n", fw.level_name(level), assessment.summary());
    let (name, saved) = (ratings.name.as_deref(), ratings.saved.as_deref());
    let mut outcome = emit_with_file(
        options,
        json_of(AssessReport::of(&fw, &assessment, name, saved)),
        table,
        Some(people_export::assessment_pack(
            &fw,
            &assessment,
            name,
            saved,
        )),
    );
    // Said beside the result, never in it: what was carried over and what is kept aside.
    for note in [ratings.carried_sentence(&fw), ratings.aside_sentence()]
        .into_iter()
        .flatten()
        .chain(ratings.notes.iter().cloned())
    {
        outcome.stderr += &format!("note: {path}: {note}\n");
    }
    outcome
}

pub fn team(options: &Options) -> Outcome {
    let fw = match load(options) {
        Ok(fw) => fw,
        Err(outcome) => return outcome,
    };
    if options.positional.is_empty() {
        return Outcome::fail(
            2,
            "error: team takes one or more files: ratings files (.json) and team CSVs (.csv)\n"
                .into(),
        );
    }
    let level = match level_option(&fw, options) {
        Ok(level) => level.map(|l| l.id.clone()),
        Err(outcome) => return outcome,
    };
    let mut people = Vec::new();
    let mut problems = Vec::new();
    let mut notes: Vec<String> = Vec::new();
    for path in &options.positional {
        let text = match read(path) {
            Ok(text) => text,
            Err(outcome) => return outcome,
        };
        let read = team_file::people_of_file(&fw, file_name(path), &text, level.as_deref());
        for person in read.people {
            // One person per name: a later file replaces an earlier one's ratings, and says so.
            match people
                .iter()
                .position(|p: &role_compare::engine::team::Person| {
                    team_file::same_person(&p.name, &person.name)
                }) {
                Some(at) => {
                    notes.push(team_file::replaced_note(&person.name, file_name(path)));
                    people[at] = person;
                }
                None => people.push(person),
            }
        }
        problems.extend(read.refused);
        notes.extend(read.notes);
    }
    let team = role_compare::engine::team::team(&fw, people);
    let report = TeamReport::of(&fw, &team);
    let rows: Vec<Vec<String>> = team
        .people
        .iter()
        .zip(&report.people)
        .map(|(p, r)| {
            vec![
                p.name.clone(),
                p.level
                    .as_deref()
                    .map_or("no role level".into(), |l| fw.level_name_of(l)),
                format!("{} of {}", r.met, r.of),
                r.next_level
                    .as_deref()
                    .map(|next| {
                        format!(
                            "{} ({} steps)",
                            fw.level_name_of(next),
                            r.next_steps.unwrap_or(0)
                        )
                    })
                    .unwrap_or_default(),
            ]
        })
        .collect();
    let table = render(
        &["Person", "Role level", "Needs met", "Next level (how far)"],
        &rows,
    ) + &format!("\n{}\n", report.summary);
    let mut outcome = emit_with_file(
        options,
        json_of(&report),
        table,
        Some(people_export::team(&fw, &team)),
    );
    // What reading changed (a note shortened, a level not recognised, a person replaced) is
    // said on standard error; it is no reason to fail.
    for note in &notes {
        outcome.stderr.push_str(&format!("note: {note}\n"));
    }
    if !problems.is_empty() {
        // The files and rows that are fine are shown; each refused one is named, and the exit
        // code says the data had problems.
        outcome.stderr.push_str(&problems_outcome(&problems).stderr);
        outcome.code = 1;
    }
    outcome
}

pub fn route(options: &Options) -> Outcome {
    let fw = match load(options) {
        Ok(fw) => fw,
        Err(outcome) => return outcome,
    };
    let (from, to) = match from_and_to(&fw, options, "route") {
        Ok(pair) => pair,
        Err(outcome) => return outcome,
    };
    let limit = match limit(options, 5) {
        Ok(n) => n,
        Err(outcome) => return outcome,
    };
    let position = |id: &str| fw.level_position(id).unwrap_or(0);
    let index = MoveIndex::new(&fw);
    let plan = routes::routes(&fw, &index, position(&from.id), position(&to.id), limit);
    let name_of = |id: &str| fw.level_name_of(id);
    let mut rows = Vec::new();
    for (r, route) in plan.routes.iter().enumerate() {
        let path: Vec<String> = std::iter::once(name_of(&route.steps[0].from))
            .chain(
                route
                    .steps
                    .iter()
                    .map(|s| format!("({}) {}", s.steps, name_of(&s.to))),
            )
            .collect();
        rows.push(vec![
            (r + 1).to_string(),
            route.total_steps.to_string(),
            path.join(" → "),
        ]);
    }
    let table =
        render(&["Route", "Steps", "Moves (steps of each)"], &rows) + &plan.summary() + "\n";
    emit_with_file(
        options,
        json_of(RouteReport::of(&fw, from, to, &plan)),
        table,
        Some(take_away::routes(&fw, &plan)),
    )
}

/// `synthetic --times N`: the framework copied N times over, as JSON, for measuring growth.
pub fn synthetic(options: &Options) -> Outcome {
    let times = match options.get("times").map(|t| t.parse::<usize>()) {
        Some(Ok(n)) if (1..=50).contains(&n) => n,
        _ => {
            return Outcome::fail(
                2,
                "error: synthetic takes --times N, N from 1 to 50\n".into(),
            )
        }
    };
    match load(options) {
        Ok(fw) => Outcome::ok(
            serde_json::to_string(&role_compare::load::synthetic::scaled(&fw, times))
                .expect("a framework serialises"),
        ),
        Err(outcome) => outcome,
    }
}

/// The framework file at `path`, read and checked like `validate` (JSON or role content CSV).
fn framework_at(path: &str) -> Result<role_compare::framework::Framework, Outcome> {
    let text = read(path)?;
    import::own_framework(file_name(path), &text).map_err(|problems| {
        let mut outcome = problems_outcome(&problems);
        outcome.stderr = format!("{path}: {}", outcome.stderr);
        outcome
    })
}

/// `diff OLD NEW`: what changed from one framework file to another.
pub fn diff(options: &Options) -> Outcome {
    let [old_path, new_path] = options.positional.as_slice() else {
        return Outcome::fail(
            2,
            "error: diff takes two framework files, OLD and NEW\n".into(),
        );
    };
    let (old, new) = match (framework_at(old_path), framework_at(new_path)) {
        (Ok(old), Ok(new)) => (old, new),
        (Err(outcome), _) | (_, Err(outcome)) => return outcome,
    };
    let changes = role_compare::load::diff::diff(&old, &new);
    let doc = take_away::edition_changes(&changes, old_path, new_path);
    let table = if changes.is_empty() {
        "No changes.\n".to_string()
    } else {
        format!(
            "{}\n\n{}",
            changes.summary(),
            render(
                &doc.headers.iter().map(String::as_str).collect::<Vec<_>>(),
                &doc.rows
            )
        )
    };
    emit_with_file(
        options,
        serde_json::to_value(&changes).expect("a diff serialises"),
        table,
        Some(doc),
    )
}

/// Writes the widget's two data files (the core and the texts) into a folder.
pub fn data_files(options: &Options) -> Outcome {
    let source = options.get("data").unwrap_or("data/framework.json");
    let fw = match read(source).map(|text| {
        role_compare::load::validate::parse_framework(&text).map_err(|p| problems_outcome(&p))
    }) {
        Ok(Ok(fw)) => fw,
        Ok(Err(outcome)) | Err(outcome) => return outcome,
    };
    let out = options.get("out").unwrap_or("build");
    // The widget reads the core file without checking it again (the browser checks its integrity
    // against the hash the release writes), so it is checked here, as it is written: read back, it
    // gives the core it was written from, and that passes every check.
    let files = match role_compare::output::data_files::data_files(&fw) {
        Ok(files) => files,
        Err(problems) => return problems_outcome(&problems),
    };
    let written = std::fs::create_dir_all(out).and_then(|()| {
        use role_compare::output::data_files::{CORE_FILE, TEXTS_FILE};
        std::fs::write(format!("{out}/{CORE_FILE}"), &files.core)?;
        std::fs::write(format!("{out}/{TEXTS_FILE}"), &files.texts)
    });
    match written {
        Ok(()) => Outcome::ok(format!(
            "wrote {out}/role-compare-framework.txt ({} bytes: what a comparison paints from) and {out}/role-compare-texts.json ({} bytes: descriptions and statements)\n",
            files.core.len(),
            files.texts.len()
        )),
        Err(e) => Outcome::fail(2, format!("error: cannot write into {out}: {e}\n")),
    }
}
