//! The `role-compare` command-line tool, run as a user would run it.

#![cfg(not(target_arch = "wasm32"))] // native: the built-in framework, files and processes

/// Prints past the test harness's capture, so a skip or a figure shows in every run's log.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write;
        let _ = writeln!(std::io::stderr(), $($arg)*);
    }};
}

use serde_json::Value;
use std::process::{Command, Output};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_role-compare"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the tool runs")
}

fn json(args: &[&str]) -> Value {
    let out = run(args);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("valid JSON")
}

#[test]
fn compare_prints_a_table_with_changes_in_words() {
    let out = run(&[
        "compare",
        "senior-digital-portfolio-manager",
        "head-of-portfolio",
    ]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("Strategic thinking"));
    assert!(text.contains("Working → Practitioner (up 1 level)"));
    assert!(text.contains("Senior digital portfolio manager → Head of portfolio: 3 skills go up a level, 3 stay the same"));
}

#[test]
fn compare_json_has_stable_field_names() {
    let v = json(&[
        "compare",
        "senior-digital-portfolio-manager",
        "head-of-portfolio",
        "--format",
        "json",
    ]);
    assert_eq!(v["columns"][1]["id"], "head-of-portfolio");
    assert_eq!(v["columns"][1]["role"], "digital-portfolio-manager");
    let row = v["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["skill"] == "strategic-thinking")
        .unwrap();
    assert_eq!(row["cells"][0]["level"], "working");
    assert_eq!(row["changes"][0]["kind"], "up");
    assert_eq!(row["changes"][0]["steps"], 1);
    assert_eq!(row["sharing"], "all");
    assert_eq!(v["pairs"][0]["up"], 3);
    assert_eq!(v["pairs"][0]["same"], 3);
}

#[test]
fn unknown_ids_name_the_closest_matches_and_exit_2() {
    let out = run(&[
        "compare",
        "senior-digital-portfolio-manager",
        "head-of-portfolo",
    ]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("\"head-of-portfolo\""), "{err}");
    assert!(err.contains("closest: head-of-portfolio"), "{err}");
    assert_eq!(
        run(&["related", "digital-portfolo-manager"]).status.code(),
        Some(2)
    );
    assert_eq!(run(&["frobnicate"]).status.code(), Some(2));
    assert_eq!(
        run(&["compare", "a", "b", "--format", "yaml"])
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn related_ranks_roles_by_score_with_shared_skills() {
    let v = json(&[
        "related",
        "digital-portfolio-manager",
        "--limit",
        "5",
        "--format",
        "json",
    ]);
    let related = v["related"].as_array().unwrap();
    assert_eq!(related.len(), 5);
    assert_eq!(related[0]["role"], "content-strategist");
    assert_eq!(related[0]["shared"].as_array().unwrap().len(), 3);
    assert!(related[0]["score"].as_f64().unwrap() >= related[4]["score"].as_f64().unwrap());
}

/// For a level, the same list as the widget's "Roles that share skills with…": the level's role's
/// related roles, each with its closest level and the move from the level, worded by the engine.
#[test]
fn related_for_a_level_gives_each_role_its_closest_level_and_the_move() {
    let v = json(&[
        "related",
        "senior-data-analyst",
        "--limit",
        "3",
        "--format",
        "json",
    ]);
    let related = v["related"].as_array().unwrap();
    assert_eq!(related.len(), 3);
    // The CLI counts similar skills and roles, computed for the built-in file.
    let fw = role_compare::engine::similarity::with_similar(
        role_compare::load::embedded::framework().unwrap(),
    );
    let level = fw.level("senior-data-analyst").unwrap();
    let ranked = role_compare::engine::related::related_roles(
        &fw,
        role_compare::engine::related::Focus::Role(fw.role_of(level)),
    );
    let moves = role_compare::engine::related::related_moves(&fw, level, &ranked[..3]);
    for (item, expected) in related.iter().zip(&moves) {
        assert_eq!(item["role"], expected.role.as_str());
        assert_eq!(item["closest_level"], expected.target.as_str());
        assert_eq!(item["move"], expected.size.describe().as_str());
    }
    // Issue 18: a data analyst's closest move is data scientist, by four similar skills.
    assert_eq!(related[0]["role"], "data-scientist");
    assert_eq!(related[0]["closest_level"], "lead-data-scientist");
    assert!(related[0]["move"]
        .as_str()
        .unwrap()
        .starts_with("shares 1 of 8 skills and has similar skills for 4 more"));
    let similar: Vec<&str> = related[0]["similar"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["reason"].as_str().unwrap())
        .collect();
    assert!(similar.contains(
        &"Developing code for analysis is close to Programming and build (data science)"
    ));
}

#[test]
fn gap_json_lists_learn_raise_and_total_steps() {
    let v = json(&[
        "gap",
        "senior-digital-portfolio-manager",
        "head-of-portfolio",
        "--format",
        "json",
    ]);
    assert_eq!(v["raise"].as_array().unwrap().len(), 3);
    assert_eq!(v["learn"].as_array().unwrap().len(), 0);
    assert_eq!(v["total_steps"], 3);
    assert_eq!(v["raise"][0]["steps"], 1);
}

#[test]
fn levels_lists_a_roles_levels_in_published_order() {
    let v = json(&["levels", "digital-portfolio-manager", "--format", "json"]);
    let ids: Vec<&str> = v["levels"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "digital-portfolio-analyst",
            "digital-portfolio-manager",
            "senior-digital-portfolio-manager",
            "head-of-portfolio"
        ]
    );
}

#[test]
fn validate_reports_each_problem_with_its_place() {
    let dir = std::env::temp_dir().join(format!("rc-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let good = dir.join("good.json");
    std::fs::copy(
        concat!(env!("CARGO_MANIFEST_DIR"), "/data/framework.json"),
        &good,
    )
    .unwrap();
    assert!(run(&["validate", good.to_str().unwrap()]).status.success());

    let bad = dir.join("bad.json");
    let text = std::fs::read_to_string(&good).unwrap().replacen(
        "\"skill\": \"agile-working\"",
        "\"skill\": \"agile-workin\"",
        1,
    );
    std::fs::write(&bad, text).unwrap();
    let out = run(&["validate", bad.to_str().unwrap(), "--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["valid"], false);
    let problem = &v["problems"][0];
    assert!(
        problem["place"].as_str().unwrap().starts_with("$.levels["),
        "{problem}"
    );
    assert!(problem["reason"].as_str().unwrap().contains("agile-workin"));

    let garbage = dir.join("garbage.json");
    std::fs::write(&garbage, "not json").unwrap();
    let out = run(&["validate", garbage.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("line 1, column 2"));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn import_rebuilds_the_data_file_from_the_official_csvs() {
    if !std::path::Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/framework/roles.csv"
    ))
    .exists()
    {
        say!("skipped: ../shared not present");
        return;
    }
    let out_file = std::env::temp_dir().join(format!("rc-import-{}.json", std::process::id()));
    let out = run(&["import", "--out", out_file.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report = String::from_utf8(out.stdout).unwrap();
    assert!(report.contains("52 roles, 205 role levels"), "{report}");
    assert!(
        report.contains("note: roles.csv row"),
        "repeated rows are reported, not dropped silently"
    );
    let written = std::fs::read_to_string(&out_file).unwrap();
    assert_eq!(written, include_str!("../data/framework.json"));
    std::fs::remove_file(out_file).ok();
}

#[test]
fn import_reports_bad_csv_with_row_and_column() {
    let dir = std::env::temp_dir().join(format!("rc-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let roles = dir.join("roles.csv");
    let skills = dir.join("skills.csv");
    std::fs::write(&roles, "Role Family,Role,Role Description,Role Level,Role Level Description,Skill Name,Skill Description,Skill Level,Skill Level Description,Role Type\nData,Data analyst,d,Data analyst,d,Ghost skill,MISSING,Guru,x,\n").unwrap();
    std::fs::write(
        &skills,
        "Skill Name,Skill Description,Awareness,Working,Practitioner,Expert\n",
    )
    .unwrap();
    let out = run(&[
        "import",
        "--roles",
        roles.to_str().unwrap(),
        "--skills",
        skills.to_str().unwrap(),
        "--out",
        dir.join("o.json").to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("roles.csv row 2 (line 2), column \"Skill Name\": skill \"Ghost skill\" is not in skills.csv"), "{err}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn moves_lists_the_next_level_then_ranked_moves_with_reasons() {
    let v = json(&[
        "moves",
        "digital-portfolio-manager",
        "--format",
        "json",
        "--limit",
        "5",
    ]);
    assert_eq!(v["next"][0]["target"], "senior-digital-portfolio-manager");
    let moves = v["moves"].as_array().unwrap();
    assert_eq!(moves.len(), 5);
    assert_eq!(moves[0]["target"], "content-strategist");
    for m in moves {
        for field in ["score", "shared", "learn", "raise", "steps", "reason"] {
            assert!(!m[field].is_null(), "{field} in {m}");
        }
    }
    assert_eq!(
        moves[0]["reason"],
        "shares 3 of 6 skills; 3 skills to learn, 3 to raise; 16 steps"
    );
    let near = json(&[
        "moves",
        "digital-portfolio-manager",
        "--seniority",
        "near",
        "--format",
        "json",
    ]);
    assert_ne!(near["moves"], v["moves"]);
    // One row per role by default: each role once, its other levels beside it.
    let all = json(&["moves", "digital-portfolio-manager", "--format", "json"]);
    let roles: Vec<&str> = all["moves"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["role"].as_str().unwrap())
        .collect();
    let mut unique = roles.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(roles.len(), unique.len(), "one row per role: {roles:?}");
    let delivery = all["moves"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["role"] == "delivery-manager")
        .unwrap();
    // A digital portfolio manager is the second of four levels (analyst, manager, senior, head),
    // as a delivery manager is (associate, delivery manager, senior, head): the same rung.
    assert_eq!(delivery["target"], "delivery-manager");
    let others: Vec<&str> = delivery["other_levels"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["target"].as_str().unwrap())
        .collect();
    assert_eq!(
        others,
        [
            "associate-delivery-manager",
            "senior-delivery-manager",
            "head-of-agile-delivery-management"
        ]
    );
    assert_eq!(
        delivery["similar"][0]["reason"],
        "Agile working is close to Agile and Lean practices"
    );
    // Every level: the role's levels are rows of their own.
    let any = json(&[
        "moves",
        "digital-portfolio-manager",
        "--seniority",
        "any",
        "--format",
        "json",
    ]);
    assert!(any["moves"]
        .as_array()
        .unwrap()
        .iter()
        .any(|m| m["target"] == "associate-delivery-manager"));
    let bad = run(&["moves", "digital-portfolio-manager", "--seniority", "up"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("--seniority is role, near or any"));
}

#[test]
fn route_gives_routes_with_steps_and_totals() {
    let v = json(&[
        "route",
        "associate-data-analyst",
        "head-of-data-science",
        "--format",
        "json",
    ]);
    let routes = v["routes"].as_array().unwrap();
    assert!(!routes.is_empty());
    let first = &routes[0];
    let steps = first["steps"].as_array().unwrap();
    assert_eq!(steps[0]["from"], "associate-data-analyst");
    assert_eq!(steps[steps.len() - 1]["to"], "head-of-data-science");
    let sum: u64 = steps.iter().map(|s| s["steps"].as_u64().unwrap()).sum();
    assert_eq!(first["total_steps"].as_u64().unwrap(), sum);
    assert!(v["move_limit"].as_u64().unwrap() < v["direct_steps"].as_u64().unwrap());
}

#[test]
fn csv_and_markdown_come_from_the_same_engine_files() {
    let out = run(&[
        "gap",
        "senior-digital-portfolio-manager",
        "head-of-portfolio",
        "--format",
        "csv",
    ]);
    assert!(out.status.success());
    let csv = String::from_utf8(out.stdout).unwrap();
    assert!(csv.starts_with("Skill,What to do,From,To,Steps,In words\n"));
    assert!(csv.contains("Strategic thinking,Raise,Working,Practitioner,1,"));
    let out = run(&[
        "compare",
        "senior-digital-portfolio-manager",
        "head-of-portfolio",
        "--format",
        "markdown",
    ]);
    let md = String::from_utf8(out.stdout).unwrap();
    assert!(md.starts_with("# Comparison: Senior digital portfolio manager, Head of portfolio\n"));
    assert!(md.contains("| Strategic thinking | Working (2 of 4) | Practitioner (3 of 4) | Working → Practitioner (up 1 level) |"));
    let out = run(&[
        "moves",
        "digital-portfolio-manager",
        "--format",
        "csv",
        "--limit",
        "3",
    ]);
    let csv = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        csv.lines().count(),
        1 + 1 + 3,
        "header, next level, 3 moves"
    );
    let out = run(&[
        "route",
        "associate-data-analyst",
        "head-of-data-science",
        "--format",
        "markdown",
    ]);
    assert!(String::from_utf8(out.stdout)
        .unwrap()
        .starts_with("# Routes from Associate data analyst to Head of data science\n"));
    let out = run(&["levels", "--format", "csv"]);
    assert_eq!(out.status.code(), Some(2), "levels has no take-away file");
}

/// Each command takes only its own options and formats: anything else is refused with what it
/// does take, instead of being ignored.
#[test]
fn a_command_refuses_options_and_formats_it_does_not_take() {
    let refused = |args: &[&str], message: &str| {
        let out = run(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.starts_with(message), "{args:?}: {err}");
        assert!(err.contains("USAGE:"), "the command's usage follows: {err}");
        assert!(out.stdout.is_empty());
    };
    refused(
        &["gap", "head-of-portfolio", "data-analyst", "--limit", "3"],
        "error: gap has no option --limit (it takes --data, --format)",
    );
    refused(
        &["validate", "data/framework.json", "--format", "csv"],
        "error: validate has no format \"csv\" (use table or json)",
    );
    refused(
        &["related", "head-of-portfolio", "--limit", "2", "--limit=3"],
        "error: --limit is given twice",
    );
    refused(&["levels", "-x"], "error: levels has no option -x");
    refused(
        &["export", "--format", "json"],
        "error: export has no format \"json\" (use table)",
    );
}

#[test]
fn each_command_has_its_own_help() {
    let out = run(&["moves", "--help"]);
    assert!(out.status.success());
    let help = String::from_utf8(out.stdout).unwrap();
    assert!(help.contains("role-compare moves ID [--limit N]"), "{help}");
    assert!(help.contains("--seniority"), "{help}");
    assert!(
        !help.contains("role-compare import"),
        "only this command: {help}"
    );
    let all = String::from_utf8(run(&["--help"]).stdout).unwrap();
    for command in [
        "import",
        "validate",
        "export",
        "compare",
        "related",
        "gap",
        "levels",
        "moves",
        "route",
        "synthetic",
    ] {
        assert!(
            all.contains(&format!("role-compare {command}")),
            "{command} in {all}"
        );
    }
}

#[test]
fn diff_names_what_changed_between_two_framework_files() {
    let dir = std::env::temp_dir().join(format!("rc-diff-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut v: Value = serde_json::from_str(include_str!("../data/framework.json")).unwrap();
    for role in v["roles"].as_array_mut().unwrap() {
        if role["id"] == "data-analyst" {
            role["name"] = "Data analyst (renamed)".into();
        }
    }
    let new = dir.join("new.json");
    std::fs::write(&new, serde_json::to_string(&v).unwrap()).unwrap();
    let out = run(&["diff", "data/framework.json", new.to_str().unwrap()]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("1 role renamed.\n"), "{text}");
    assert!(
        text.contains("data-analyst") && text.contains("Data analyst (renamed)"),
        "{text}"
    );
    let v = json(&[
        "diff",
        "data/framework.json",
        new.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert_eq!(v["roles"][0]["before"], "Data analyst");
    assert_eq!(v["roles"][0]["after"], "Data analyst (renamed)");
    let same = run(&["diff", "data/framework.json", "data/framework.json"]);
    assert_eq!(String::from_utf8(same.stdout).unwrap(), "No changes.\n");
    let md = String::from_utf8(
        run(&[
            "diff",
            "data/framework.json",
            new.to_str().unwrap(),
            "--format",
            "markdown",
        ])
        .stdout,
    )
    .unwrap();
    assert!(
        md.contains("| role | data-analyst | Data analyst | Data analyst (renamed) |"),
        "{md}"
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_spreadsheets_windows_1252_csv_is_read_as_written_and_utf16_is_refused_as_a_data_problem() {
    let dir = std::env::temp_dir().join(format!("rc-cli-enc-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let header = "Role Family,Role,Role Description,Role Level,Role Level Description,Skill Name,Skill Description,Skill Level,Skill Level Description\r\n";
    let mut bytes = header.as_bytes().to_vec();
    // "Mending – café ’quotes’ £5" as a spreadsheet saves plain CSV on Windows.
    bytes.extend_from_slice(b"Ops,Fixer,A role.,Fixer,Does it.,Mending \x96 caf\xe9 \x92quotes\x92 \xa35,A skill.,Working,You can: mend\r\n");
    bytes.extend_from_slice(b"Ops,Fixer,A role.,Senior fixer,Does more.,Mending \x96 caf\xe9 \x92quotes\x92 \xa35,A skill.,Expert,You can: mend all\r\n");
    let path = dir.join("ours.csv");
    std::fs::write(&path, &bytes).unwrap();
    let out = run(&[
        "compare",
        "fixer",
        "senior-fixer",
        "--data",
        path.to_str().unwrap(),
    ]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(String::from_utf8(out.stdout)
        .unwrap()
        .contains("Mending – café ’quotes’ £5"));
    assert!(stderr.contains("read as Windows-1252"), "{stderr}");
    std::fs::write(&path, b"\xff\xfeR\x00o\x00").unwrap();
    let out = run(&["validate", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "a data problem, as documented");
    assert!(String::from_utf8_lossy(&out.stderr).contains("save it as \"CSV UTF-8\""));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn data_files_writes_a_core_file_that_validates_and_the_texts_apart() {
    let out_dir = std::env::temp_dir().join(format!("rc-data-files-{}", std::process::id()));
    let out = run(&["data-files", "--out", out_dir.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains("role-compare-framework.txt") && said.contains("role-compare-texts.json"),
        "{said}"
    );
    let core = out_dir.join("role-compare-framework.txt");
    let texts = std::fs::read_to_string(out_dir.join("role-compare-texts.json")).unwrap();
    // The core file passes the framework file's checks, without the texts; the texts put back give
    // the committed framework.
    let core_text = std::fs::read_to_string(&core).unwrap();
    let parsed = role_compare::load::core_file::read(&core_text).expect("a core file");
    assert_eq!(role_compare::load::validate::check(&parsed), vec![]);
    // No statement and no description is in the core file (only the lead lines its counts name).
    let leads = &parsed.outline.as_ref().unwrap().leads;
    let whole = role_compare::load::embedded::framework().unwrap();
    let statements = whole.skills.iter().flat_map(|s| s.levels.iter().flatten());
    let descriptions = whole.skills.iter().filter_map(|s| s.description.as_ref());
    for text in statements.chain(descriptions) {
        for block in &text.0 {
            let lines = match block {
                role_compare::framework::Block::Paragraphs(p) => vec![p.clone()],
                role_compare::framework::Block::Bullets(items) => items.clone(),
            };
            for line in lines.iter().filter(|l| l.len() > 30 && !leads.contains(l)) {
                assert!(!core_text.contains(line.as_str()), "{line}");
            }
        }
    }
    let merged =
        role_compare::load::texts::merge_texts(&parsed, &texts).expect("texts that belong to it");
    let whole = role_compare::load::embedded::framework().unwrap();
    assert_eq!(
        (merged.roles, merged.levels, merged.skills),
        (whole.roles, whole.levels, whole.skills)
    );
    // A host cannot use the core file as its own framework (its texts would never come): the
    // tool that checks a host's file says so.
    let checked = run(&["validate", core.to_str().unwrap()]);
    assert_eq!(checked.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&checked.stderr).contains("the widget's core file"),
        "{checked:?}"
    );
    std::fs::remove_dir_all(out_dir).unwrap();
}

/// People's ratings files for `assess` and `team`, worked by hand: a digital portfolio manager
/// (DPM) and a senior one (SDPM) need agile working A / A, communicating analysis and insight
/// W / P, governance and assurance W / P, planning A / P, stakeholder relationship management
/// W / P, strategic thinking A / W (A awareness, W working, P practitioner).
fn people_files(dir: &std::path::Path) -> Vec<String> {
    std::fs::create_dir_all(dir).unwrap();
    let files = [
        ("ana.json", r#"{"format": "role-compare-ratings", "version": 2, "name": "Ana", "level": "digital-portfolio-manager", "saved": "2026-11-30",
          "ratings": {"communicating-analysis-and-insight": {"rating": "practitioner", "evidence": "Wrote the quarterly portfolio report"},
                      "governance-and-assurance": {"rating": "practitioner", "agreed": "working"}, "planning": {"rating": "working"}}}"#),
        ("bad.json", r#"{"format": "role-compare-ratings", "version": 2, "ratings": {"planning": {"rating": "guru"}}}"#),
        ("ben.json", r#"{"format": "role-compare-ratings", "version": 2, "level": "senior-digital-portfolio-manager",
          "ratings": {"governance-and-assurance": {"rating": "expert"}, "planning": {"rating": "awareness"}, "agile-working": {"rating": "not-yet"}}}"#),
        ("cal.json", r#"{"format": "role-compare-ratings", "version": 2, "ratings": {"strategic-thinking": {"rating": "expert"}}}"#),
        ("dee.csv", "person,skill,rating,evidence,role level\nDee,Stakeholder relationship management,practitioner,Chairs the portfolio board,senior-digital-portfolio-manager\nDee,agile-working,awareness,,\n"),
    ];
    files
        .iter()
        .map(|(name, text)| {
            let path = dir.join(name);
            std::fs::write(&path, text).unwrap();
            path.to_str().unwrap().to_string()
        })
        .collect()
}

#[test]
fn assess_words_each_skill_and_sums_up_as_worked_by_hand() {
    let dir = std::env::temp_dir().join(format!("rc-assess-{}", std::process::id()));
    let files = people_files(&dir);
    let v = json(&["assess", &files[0], "--format", "json"]);
    assert_eq!(v["level"]["id"], "digital-portfolio-manager");
    assert_eq!(v["name"], "Ana");
    // Meets communicating, governance and planning (all above); agile working (A), stakeholder
    // (W) and strategic thinking (A) not rated: 1 + 2 + 1 = 4 steps.
    assert_eq!(
        v["summary"],
        "meets 3 of 6 skills; 3 to raise, 4 steps in all."
    );
    let skill = |id: &str| {
        v["skills"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["skill"] == id)
            .unwrap()
            .clone()
    };
    assert_eq!(skill("governance-and-assurance")["agreed"], "working");
    assert_eq!(skill("governance-and-assurance")["standing"], "above");
    assert_eq!(
        skill("communicating-analysis-and-insight")["evidence"],
        "Wrote the quarterly portfolio report"
    );
    assert_eq!(
        skill("agile-working")["reason"],
        "not rated: this needs Awareness"
    );
    // Against another level, chosen.
    let head = json(&[
        "assess",
        &files[0],
        "--level",
        "head-of-portfolio",
        "--format",
        "json",
    ]);
    assert_eq!(head["level"]["id"], "head-of-portfolio");
    // The pack as CSV: one row per skill, with the statements of the level needed.
    let csv = run(&["assess", &files[0], "--format", "csv"]);
    let csv = String::from_utf8(csv.stdout).unwrap();
    // Who, against what and when on every row, so a spreadsheet of several packs keeps them.
    assert!(csv.starts_with(
        "Skill,Needed,Yours,Agreed,Standing,Steps,In words,Evidence,You can (needed level),Person,Assessed against,Date\n"
    ));
    assert_eq!(csv.lines().count(), 7);
    assert!(
        csv.lines()
            .skip(1)
            .all(|l| l.ends_with(",Ana,Digital portfolio manager,2026-11-30")),
        "{csv}"
    );
    // The pack as Markdown: who, against what and when, then a row per skill.
    let md = run(&["assess", &files[0], "--format", "markdown"]);
    let md = String::from_utf8(md.stdout).unwrap();
    assert!(
        md.starts_with("# Assessment against Digital portfolio manager: Ana\n\nAna, assessed against Digital portfolio manager on 2026-11-30: meets 3 of 6 skills; 3 to raise, 4 steps in all.\n"),
        "{md}"
    );
    assert!(md.contains("| Planning | Awareness | Working |"), "{md}");
    // A file naming no level needs --level.
    let none = run(&["assess", &files[3]]);
    assert_eq!(none.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&none.stderr).contains("names no role level"));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn team_reads_five_files_names_the_bad_one_and_finds_gaps_and_single_points() {
    let dir = std::env::temp_dir().join(format!("rc-team-{}", std::process::id()));
    let files = people_files(&dir);
    let mut args = vec!["team"];
    args.extend(files.iter().map(String::as_str));
    args.extend(["--format", "json"]);
    let out = run(&args);
    assert_eq!(
        out.status.code(),
        Some(1),
        "a refused file: exit 1, the rest shown"
    );
    assert!(String::from_utf8_lossy(&out.stderr)
        .contains("bad.json: $.ratings[\"planning\"]: \"guru\" is not a rating"));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let names: Vec<&str> = v["people"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    // Named by the file's name, else its stem; a team CSV names its own people.
    assert_eq!(names, ["Ana", "ben", "cal", "Dee"]);
    assert_eq!(v["people"][2]["level"], Value::Null);
    // Planning: Practitioner needed (SDPM), Ana Working, Ben Awareness, Dee not rated.
    assert_eq!(v["nobody_covers"], serde_json::json!(["planning"]));
    // Exactly one person at Practitioner or above: communicating (Ana), stakeholder (Dee),
    // strategic thinking (Cal, who has no level: ratings count, needs do not).
    assert_eq!(
        v["single_points"],
        serde_json::json!([
            {"skill": "communicating-analysis-and-insight", "person": "Ana"},
            {"skill": "stakeholder-relationship-management", "person": "Dee"},
            {"skill": "strategic-thinking", "person": "cal"}
        ])
    );
    // Ana: to SDPM 1 (agile) + 1 (planning) + 3 (stakeholder) + 2 (strategic) = 7 steps.
    assert_eq!(
        v["people"][0]["next_level"],
        "senior-digital-portfolio-manager"
    );
    assert_eq!(v["people"][0]["next_steps"], 7);
    let agile = &v["skills"][0];
    assert_eq!(agile["skill"], "agile-working");
    assert_eq!(
        (agile["needed_by"].as_u64(), agile["meeting"].as_u64()),
        (Some(3), Some(1))
    );
    assert_eq!(agile["cells"][1]["standing"], "not yet");
    // --level gives people whose file names none a level.
    let mut args = vec![
        "team",
        files[3].as_str(),
        "--level",
        "digital-portfolio-manager",
        "--format",
        "json",
    ];
    let cal = json(&args);
    assert_eq!(cal["people"][0]["level"], "digital-portfolio-manager");
    args[3] = "no-such-level";
    assert_eq!(run(&args).status.code(), Some(2));
    // The same team as Markdown: the sentences the widget shows, then the grid.
    let md = run(&["team", &files[0], &files[2], "--format", "markdown"]);
    let md = String::from_utf8(md.stdout).unwrap();
    assert!(
        md.starts_with("# Team skills\n\n2 people, 6 skills needed."),
        "{md}"
    );
    assert!(
        md.contains("| Skill | Highest need | Needed by | Meeting their need | Ana | ben |"),
        "{md}"
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn team_holds_one_person_per_name_and_says_who_was_replaced() {
    let dir = std::env::temp_dir().join(format!("rc-team-twice-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = |name: &str, person: &str, rating: &str| {
        let path = dir.join(name);
        std::fs::write(
            &path,
            format!(r#"{{"format": "role-compare-ratings", "version": 2, "name": "{person}", "level": "data-analyst", "ratings": {{"data-visualisation": "{rating}"}}}}"#),
        )
        .unwrap();
        path.to_string_lossy().into_owned()
    };
    let first = file("ana.json", "Ana", "working");
    let corrected = file("ana-corrected.json", " ana ", "expert");
    let out = run(&["team", &first, &corrected, "--format", "json"]);
    assert_eq!(out.status.code(), Some(0), "a note is no failure");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("'s ratings replaced by ana-corrected.json."),
        "{stderr}"
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["people"].as_array().unwrap().len(), 1, "one Ana, not two");
    let row = v["skills"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["skill"] == "data-visualisation")
        .unwrap();
    assert_eq!(row["cells"][0]["rating"], "expert", "the later file's");
    std::fs::remove_dir_all(&dir).ok();
}
