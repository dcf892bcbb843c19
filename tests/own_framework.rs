//! An organisation's own framework as one "Role content" CSV (the official download's format):
//! what the widget and the command-line tool build from it, and what they say about a bad one.
//! The fixture is committed, so these run on every machine.

#![cfg(not(target_arch = "wasm32"))] // native: the built-in framework, files and processes

use role_compare::framework::SkillLevel;
use role_compare::load::import::role_content;
use role_compare::load::validate::parse_framework;

const FIXTURE: &str = include_str!("fixtures/role-content.csv");

fn messages(text: &str) -> Vec<String> {
    match role_content("ours.csv", text) {
        Ok(_) => panic!("the file was accepted"),
        Err(problems) => problems.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn a_role_content_file_builds_families_roles_and_levels_in_file_order() {
    let fw = role_content("ours.csv", FIXTURE)
        .expect("the fixture is a valid framework")
        .framework;
    let families: Vec<&str> = fw.families.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(families, ["Data", "Service"]);
    let steward = fw.role("data-steward").expect("the role is read");
    // The order levels first appear in the file, not alphabetical, not by any ladder.
    assert_eq!(
        steward.levels,
        [
            "associate-data-steward",
            "lead-data-steward",
            "data-steward"
        ]
    );
    assert_eq!(steward.level_order.status, "file order");
    assert_eq!(
        fw.level("lead-data-steward").unwrap().order_source,
        "file order"
    );
    assert_eq!(
        fw.role("records-officer").unwrap().level_order.status,
        "single level"
    );
    let chief = fw.role("chief-data-steward").unwrap();
    assert_eq!(chief.level_order.status, "not applicable");
    assert!(fw.level("chief-data-steward").unwrap().name.is_none());
    let lead = fw.level("lead-data-steward").unwrap();
    let required: Vec<(&str, Option<SkillLevel>)> = lead
        .skills
        .iter()
        .map(|r| (r.skill.as_str(), r.level))
        .collect();
    assert_eq!(
        required,
        [
            ("data-quality", Some(SkillLevel::Expert)),
            ("metadata-management", Some(SkillLevel::Practitioner))
        ]
    );
}

#[test]
fn skills_take_their_texts_from_the_rows_and_missing_stays_missing() {
    let fw = role_content("ours.csv", FIXTURE).unwrap().framework;
    let quality = fw.skill("data-quality").unwrap();
    assert_eq!(
        quality.description.as_ref().unwrap().to_source(),
        "Data quality means data fit for its use."
    );
    let expert = quality.at(SkillLevel::Expert).unwrap().to_source();
    assert!(
        expert.contains("set quality rules for a department"),
        "{expert}"
    );
    let metadata = fw.skill("metadata-management").unwrap();
    assert!(
        metadata.description.is_none(),
        "MISSING is absent, not text"
    );
    assert!(
        metadata.at(SkillLevel::Expert).is_none(),
        "no row needs it at expert, so nothing is invented"
    );
}

#[test]
fn the_credit_names_the_file_and_claims_no_licence() {
    let fw = role_content("ours.csv", FIXTURE).unwrap().framework;
    assert_eq!(fw.source.title, "ours.csv");
    assert!(fw.source.attribution.contains("gives no licence"));
    assert_eq!(fw.source.licence_url, "");
}

#[test]
fn what_it_builds_survives_the_json_format_and_its_checks() {
    let fw = role_content("ours.csv", FIXTURE).unwrap().framework;
    let json = serde_json::to_string(&fw).unwrap();
    let again = parse_framework(&json).expect("the JSON form passes validation");
    assert_eq!(again.levels.len(), fw.levels.len());
    assert_eq!(again.levels.len(), 6);
}

#[test]
fn a_misspelt_skill_level_is_refused_with_its_row_and_column() {
    let bad = FIXTURE.replacen(",Expert,", ",Expertt,", 1);
    assert_eq!(
        messages(&bad),
        ["ours.csv row 4 (line 15), column \"Skill Level\": \"Expertt\" is not a skill level (awareness, working, practitioner or expert)"]
    );
}

#[test]
fn a_skill_whose_statements_differ_between_rows_is_refused() {
    let bad = FIXTURE.replacen(
        "Service owner,A service owner is accountable for a service.,Data quality,\"Data quality means data fit for its use.\"",
        "Service owner,A service owner is accountable for a service.,Data quality,\"Data quality is something else.\"",
        1,
    );
    let said = messages(&bad);
    assert_eq!(said.len(), 1, "{said:?}");
    assert!(
        said[0].starts_with("ours.csv row 9 (line 37), column \"Skill Description\": differs from the skill's description in an earlier row"),
        "{said:?}"
    );
}

#[test]
fn a_file_without_the_columns_or_not_csv_or_empty_is_refused() {
    assert_eq!(
        messages("Role,Skill\nA,B\n"),
        ["ours.csv row 1: missing column(s): Role Family, Role Description, Role Level, Role Level Description, Skill Name, Skill Description, Skill Level, Skill Level Description"]
    );
    let unclosed = format!("{FIXTURE}Data,\"Unclosed,");
    let said = messages(&unclosed);
    assert_eq!(said.len(), 1, "{said:?}");
    assert!(said[0].starts_with("ours.csv line 39: "), "{said:?}");
    assert_eq!(messages(""), ["ours.csv: the file is empty"]);
}

#[test]
fn a_framework_without_role_levels_is_refused_whatever_its_shape() {
    let header_only = file(&[]);
    let said = messages(&header_only);
    assert_eq!(said.len(), 1, "{said:?}");
    assert!(
        said[0].contains("no role levels, so there is nothing to compare"),
        "{said:?}"
    );
    let empty_json = r#"{"schema": 1, "source": {"title": "Ours", "attribution": "", "licence_url": ""}, "families": [], "roles": [], "levels": [], "skills": []}"#;
    let problems = role_compare::load::import::own_framework("ours.json", empty_json).unwrap_err();
    assert_eq!(problems[0].place, "$.levels", "{problems:?}");
}

#[test]
fn a_row_with_a_blank_role_is_refused_and_the_others_still_checked() {
    let bad = FIXTURE.replacen("Data,Records officer,", "Data,,", 1);
    assert_eq!(
        messages(&bad),
        ["ours.csv row 7 (line 34), column \"Role Family\": family, role, role level and skill name must all be filled in"]
    );
}

#[test]
fn a_file_over_the_size_limit_is_refused_before_it_is_read() {
    let huge = "x".repeat(role_compare::load::validate::MAX_FRAMEWORK_BYTES + 1);
    let said = messages(&huge);
    assert_eq!(said.len(), 1);
    assert!(said[0].contains("5120 KB"), "{said:?}");
}

/// With the official download beside the project, its role content file alone gives the same
/// roles and requirements as the full import (only the level order and skill texts differ).
#[test]
fn the_official_role_content_file_reads_as_an_own_framework_when_present() {
    let Ok(roles) = std::fs::read_to_string("../shared/framework/roles.csv") else {
        eprintln!(
            "../shared/framework/roles.csv is absent: the committed fixture tests above still ran"
        );
        return;
    };
    let own = role_content("roles.csv", &roles)
        .expect("the official file reads")
        .framework;
    let official = role_compare::load::embedded::framework().unwrap();
    assert_eq!(own.roles.len(), official.roles.len());
    assert_eq!(own.levels.len(), official.levels.len());
    for level in &official.levels {
        let mine = own.level(&level.id).expect("every official level is read");
        assert_eq!(mine.skills, level.skills, "{}", level.id);
    }
}

/// The official importer's whole path (four files) on the committed fixture, so it runs on every
/// machine: skills come from skills.csv and levels from the level-order table, not file order.
#[test]
fn the_official_importer_reads_the_fixture_with_its_level_order_tables() {
    let imported = role_compare::load::import::import_files(
        FIXTURE,
        include_str!("fixtures/skills.csv"),
        include_str!("fixtures/level-order.csv"),
        include_str!("fixtures/level-order-notes.csv"),
    )
    .expect("the fixture imports");
    let fw = imported.framework;
    let steward = fw.role("data-steward").unwrap();
    assert_eq!(
        steward.levels,
        [
            "associate-data-steward",
            "data-steward",
            "lead-data-steward"
        ]
    );
    assert_eq!(steward.level_order.status, "partial");
    assert_eq!(
        fw.level("associate-data-steward").unwrap().order_source,
        "https://example.org/data-steward"
    );
    assert_eq!(
        fw.source.licence_url,
        "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"
    );
    let metadata = fw.skill("metadata-management").unwrap();
    assert!(metadata.at(SkillLevel::Expert).is_none());
    assert!(imported.notes.is_empty());
}

#[test]
fn the_official_importer_refuses_a_row_whose_statements_differ_from_skills_csv() {
    let skills = include_str!("fixtures/skills.csv").replace("- coach others", "- mentor others");
    let problems = role_compare::load::import::import_files(
        FIXTURE,
        &skills,
        include_str!("fixtures/level-order.csv"),
        include_str!("fixtures/level-order-notes.csv"),
    )
    .expect_err("the texts differ");
    let said: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        said,
        ["roles.csv row 4 (line 15), column \"Skill Level Description\": differs from the skill's Expert statements in skills.csv"]
    );
}

#[test]
fn a_file_is_read_as_json_or_csv_by_its_name_or_else_its_first_character() {
    use role_compare::load::import::own_framework;
    let json =
        serde_json::to_string(&role_content("ours.csv", FIXTURE).unwrap().framework).unwrap();
    assert!(own_framework("ours.json", &json).is_ok());
    assert!(own_framework("the page's framework", &json).is_ok());
    assert!(own_framework("the page's framework", FIXTURE).is_ok());
    assert!(own_framework("ours.csv", FIXTURE).is_ok());
    // A .json file that is not JSON is reported as JSON, not as a CSV with missing columns.
    let said = own_framework("not.json", FIXTURE).unwrap_err()[0].to_string();
    assert!(said.contains("this is not valid JSON"), "{said}");
    let said = own_framework("ours.csv", &json).unwrap_err()[0].to_string();
    assert!(
        said.starts_with("ours.csv line 1: "),
        "read as a CSV: {said}"
    );
}

/// A small file of one-line rows: (family, role, level, skill, skill level).
fn file(rows: &[(&str, &str, &str, &str, &str)]) -> String {
    let mut text = String::from("Role Family,Role,Role Description,Role Level,Role Level Description,Skill Name,Skill Description,Skill Level,Skill Level Description\n");
    for (family, role, level, skill, at) in rows {
        let described = if *level == "NOT IN USE" {
            ""
        } else {
            "Does the work."
        };
        let statements = if *at == "NOT IN USE" {
            ""
        } else {
            "You can: do it"
        };
        text += &format!(
            "{family},{role},A role.,{level},{described},{skill},A skill.,{at},{statements}\n"
        );
    }
    text
}

#[test]
fn generic_level_names_in_two_roles_get_their_roles_id_in_front() {
    let text = file(&[
        ("Ops", "Fixer", "Junior", "Mending", "Working"),
        ("Ops", "Fixer", "Senior", "Mending", "Expert"),
        ("Ops", "Planner", "Junior", "Mending", "Awareness"),
        ("Ops", "Planner", "Senior", "Mending", "Working"),
    ]);
    let fw = role_content("ours.csv", &text)
        .expect("generic names are fine")
        .framework;
    assert_eq!(
        fw.role("fixer").unwrap().levels,
        ["fixer-junior", "fixer-senior"]
    );
    assert_eq!(
        fw.role("planner").unwrap().levels,
        ["planner-junior", "planner-senior"]
    );
    assert_eq!(
        fw.level("planner-senior").unwrap().name.as_deref(),
        Some("Senior")
    );
    // The same ids whatever the order of the rows (found by fuzzing: they depended on it).
    let mut lines: Vec<&str> = text.lines().collect();
    lines[1..].reverse();
    let reversed = role_content("ours.csv", &(lines.join("\n") + "\n"))
        .unwrap()
        .framework;
    assert_eq!(
        reversed.role("fixer").unwrap().levels,
        ["fixer-senior", "fixer-junior"]
    );
}

#[test]
fn names_that_make_no_id_or_too_long_an_id_are_refused_at_their_row() {
    let long = "x".repeat(120);
    let said = messages(&file(&[("Ops", &long, "Junior", "Mending", "Working")]));
    assert_eq!(said.len(), 1, "{said:?}");
    assert!(
        said[0].starts_with("ours.csv row 2 (line 2), column \"Role\": the role name"),
        "{said:?}"
    );
    assert!(
        said[0].contains("longer than 100 characters; use a shorter name"),
        "{said:?}"
    );
    let said = messages(&file(&[("Ops", "Fixer", "Junior", "???", "Working")]));
    assert_eq!(
        said,
        ["ours.csv row 2 (line 2), column \"Skill Name\": the skill name \"???\" has no letters or digits to make an id from"]
    );
}

/// Found by fuzzing: an accepted file, written back as role content rows, must read again with
/// the same ids.
#[test]
fn an_imported_file_reads_again_from_its_own_export() {
    let fw = role_content("ours.csv", FIXTURE).unwrap().framework;
    let again = role_content(
        "again.csv",
        &role_compare::load::import::export::roles_csv(&fw),
    )
    .expect("its own export reads")
    .framework;
    // The export lists levels alphabetically, as the download does, so only the order may change.
    let sorted = |levels: &[String]| {
        let mut levels = levels.to_vec();
        levels.sort();
        levels
    };
    for role in &fw.roles {
        assert_eq!(
            sorted(&again.role(&role.id).expect("every role reads again").levels),
            sorted(&role.levels),
            "{}: the same level ids",
            role.id
        );
    }
    assert_eq!(again.levels.len(), fw.levels.len());
}

#[test]
fn names_that_make_the_same_id_are_refused_not_merged() {
    let said = messages(&file(&[
        ("Ops", "Fixer", "Senior engineer", "Mending", "Working"),
        ("Ops", "Fixer", "Senior-Engineer", "Mending", "Expert"),
    ]));
    assert_eq!(said.len(), 1, "{said:?}");
    assert!(said[0].starts_with("ours.csv row 3 (line 3), column \"Role Level\": level \"Senior-Engineer\" has the same id (\"senior-engineer\") as level \"Senior engineer\""), "{said:?}");
    let said = messages(&file(&[
        ("Ops", "C# developer", "Developer", "C#", "Working"),
        ("Ops", "C++ developer", "Lead", "C++", "Working"),
    ]));
    assert!(
        said.iter().any(|m| m.contains(
            "role \"C++ developer\" has the same id (\"c-developer\") as role \"C# developer\""
        )),
        "{said:?}"
    );
    let said = messages(&file(&[
        ("Ops", "Fixer", "Junior", "C#", "Working"),
        ("Ops", "Fixer", "Junior", "C++", "Working"),
    ]));
    assert!(
        said.iter()
            .any(|m| m.contains("skill \"C++\" has the same id (\"c\") as skill \"C#\"")),
        "{said:?}"
    );
}

#[test]
fn missing_descriptions_stay_absent_and_blank_rows_are_skipped_with_a_note() {
    let mut text = file(&[("Ops", "Fixer", "Junior", "Mending", "Working")]);
    text = text.replace(",Junior,Does the work.,", ",Junior,MISSING,");
    text += ",,,,,,,,\n";
    let senior = file(&[("Ops", "Fixer", "Senior", "Mending", "Expert")]);
    text += senior.lines().nth(1).unwrap();
    text += "\n";
    let imported = role_content("ours.csv", &text).expect("a blank row is not an error");
    assert!(imported
        .framework
        .level("junior")
        .unwrap()
        .description
        .is_none());
    assert_eq!(imported.framework.role("fixer").unwrap().levels.len(), 2);
    let notes: Vec<String> = imported.notes.iter().map(ToString::to_string).collect();
    assert_eq!(
        notes,
        ["ours.csv row 3 (line 3), column \"Role Family\": an empty row; skipped"]
    );
}

#[test]
fn a_role_with_named_levels_and_not_in_use_rows_is_refused() {
    let said = messages(&file(&[
        ("Ops", "Chief fixer", "Head fixer", "Mending", "Expert"),
        ("Ops", "Chief fixer", "NOT IN USE", "Mending", "NOT IN USE"),
    ]));
    assert_eq!(said, ["ours.csv row 3 (line 3), column \"Role Level\": role \"Chief fixer\" has named levels and \"NOT IN USE\" rows; a role has levels or none"]);
}
