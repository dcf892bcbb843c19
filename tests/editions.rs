//! Ratings across framework editions, with a committed older edition made from the official files
//! (`tests/fixtures/older-edition/`, see its README: the Quality assurance testing family, where
//! one skill had another name, one role level had the name an older page gave it, and one skill
//! was there that the current edition does not have). The importer pairs the renamed ones by
//! their texts and writes the map for review; a ratings file made against the older edition then
//! loads against the current one with its ratings carried over, and nothing is dropped.

#![cfg(not(target_arch = "wasm32"))] // native: the importer, files and processes

use role_compare::engine::renames::detect;
use role_compare::framework::{Framework, Rating, SkillLevel};
use role_compare::load::edition::edition_mark;
use role_compare::load::embedded;
use role_compare::load::import::import_files;
use role_compare::state::ratings::Ratings;
use std::process::Command;

const FIXTURE: &str = "tests/fixtures/older-edition";

fn fixture(file: &str) -> String {
    std::fs::read_to_string(format!("{FIXTURE}/{file}")).expect("the fixture is committed")
}

/// The older edition, as `role-compare import` makes it.
fn older() -> Framework {
    let mut fw = import_files(
        &fixture("roles.csv"),
        &fixture("skills.csv"),
        &fixture("level-order.csv"),
        &fixture("level-order-notes.csv"),
    )
    .expect("the older edition imports")
    .framework;
    fw.edition = Some(edition_mark(&fw));
    fw
}

/// The current edition with the committed, reviewed map from the older one.
fn current_with_map() -> Framework {
    let mut fw = embedded::framework().unwrap();
    let map = fixture("renames.json");
    fw.renames = vec![serde_json::from_str(&map).expect("renames.json is a map")];
    fw
}

#[test]
fn the_renamed_skill_and_level_are_paired_by_their_texts_and_nothing_else_is() {
    let (old, new) = (older(), embedded::framework().unwrap());
    let (step, paired) = detect(&old, &new, "old", "new");
    assert_eq!(
        step.skills.iter().collect::<Vec<_>>(),
        [(
            &"defect-management".to_string(),
            &"managing-reporting-and-resolving-defects".to_string()
        )]
    );
    assert_eq!(
        step.levels.iter().collect::<Vec<_>>(),
        [(
            &"tester-test-engineer".to_string(),
            &"associate-test-engineer".to_string()
        )]
    );
    assert_eq!(step.removed_skills, ["test-environment-management"]);
    assert!(step.removed_levels.is_empty());
    assert!(!step.reviewed, "pairs wait for a person to review them");
    assert_eq!(paired.len(), 2);
    assert!(paired.iter().all(|p| p.similarity >= 900), "{paired:?}");
}

#[test]
fn the_committed_map_is_the_one_the_importer_finds() {
    let (old, new) = (older(), embedded::framework().unwrap());
    let committed = current_with_map().renames.remove(0);
    let (found, _) = detect(&old, &new, &committed.from, &committed.to);
    assert_eq!(
        committed.from,
        old.edition.unwrap(),
        "made from this fixture"
    );
    assert_eq!(
        Some(&committed.to),
        new.edition.as_ref(),
        "to the committed edition"
    );
    assert!(committed.reviewed, "reviewed before it was committed");
    assert_eq!(
        (&found.skills, &found.levels),
        (&committed.skills, &committed.levels)
    );
    assert_eq!(found.removed_skills, committed.removed_skills);
}

#[test]
fn an_older_editions_ratings_follow_its_renames_and_keep_the_removed_aside() {
    let fw = current_with_map();
    let old = older();
    let file = format!(
        r#"{{"format": "role-compare-ratings", "version": 2, "edition": "{}", "level": "tester-test-engineer",
            "ratings": {{"defect-management": {{"rating": "working", "evidence": "Ran triage"}},
                         "test-environment-management": "practitioner",
                         "test-analysis": "awareness"}}}}"#,
        old.edition.as_deref().unwrap()
    );
    let ratings = Ratings::from_json(&fw, &file).expect("the older file loads");
    let working = Some(Rating::At(SkillLevel::Working));
    assert_eq!(
        ratings.get("managing-reporting-and-resolving-defects"),
        working
    );
    assert_eq!(
        ratings
            .entry("managing-reporting-and-resolving-defects")
            .and_then(|e| e.evidence.as_deref()),
        Some("Ran triage"),
        "the evidence goes with it"
    );
    assert_eq!(
        ratings.get("test-analysis"),
        Some(Rating::At(SkillLevel::Awareness))
    );
    assert_eq!(ratings.level.as_deref(), Some("associate-test-engineer"));
    assert_eq!(
        ratings.aside().collect::<Vec<_>>(),
        [(
            "test-environment-management",
            Rating::At(SkillLevel::Practitioner)
        )],
        "the removed skill is kept aside, named"
    );
    assert_eq!(
        ratings.carried_sentence(&fw).unwrap(),
        "These ratings were made against an earlier edition of the framework and follow what it renamed: tester-test-engineer is now Associate test engineer; defect-management is now Managing, reporting and resolving defects."
    );
    // Written back, they are this edition's: its mark, its ids, and the removed skill still there.
    let written = ratings.to_json(&fw);
    assert!(written.contains(&format!(
        "\"edition\": \"{}\"",
        fw.edition.as_deref().unwrap()
    )));
    assert!(written.contains("\"managing-reporting-and-resolving-defects\""));
    assert!(!written.contains("\"defect-management\""));
    assert!(written.contains("\"test-environment-management\""));
    let again = Ratings::from_json(&fw, &written).unwrap();
    assert!(again.carried.is_empty(), "nothing left to carry");
    assert_eq!(again.len(), ratings.len());
}

#[test]
fn without_a_reviewed_map_nothing_is_carried_and_nothing_is_dropped() {
    let mut fw = current_with_map();
    fw.renames[0].reviewed = false;
    let file = format!(
        r#"{{"format": "role-compare-ratings", "version": 2, "edition": "{}",
            "ratings": {{"defect-management": "working", "test-analysis": "awareness"}}}}"#,
        older().edition.as_deref().unwrap()
    );
    let ratings = Ratings::from_json(&fw, &file).unwrap();
    assert_eq!(
        ratings.get("managing-reporting-and-resolving-defects"),
        None
    );
    assert_eq!(
        ratings.aside().collect::<Vec<_>>(),
        [("defect-management", Rating::At(SkillLevel::Working))]
    );
    assert!(ratings.carried_sentence(&fw).is_none());
}

#[test]
fn import_writes_the_map_for_review_and_keeps_it_through_later_imports() {
    let dir = std::env::temp_dir().join(format!("rc-editions-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out = dir.join("framework.json");
    let out = out.to_str().unwrap();
    let import = |roles: &str, skills: &str, order: &str, notes: &str| {
        let output = Command::new(env!("CARGO_BIN_EXE_role-compare"))
            .args([
                "import", "--roles", roles, "--skills", skills, "--order", order, "--notes", notes,
                "--out", out,
            ])
            .output()
            .unwrap();
        assert!(output.status.success(), "{output:?}");
        String::from_utf8(output.stdout).unwrap()
    };
    let f = |name: &str| format!("{FIXTURE}/{name}");
    import(
        &f("roles.csv"),
        &f("skills.csv"),
        &f("level-order.csv"),
        &f("level-order-notes.csv"),
    );
    // The same family as the current official files have it.
    let c = |name: &str| format!("tests/fixtures/current-edition/{name}");
    let said = import(
        &c("roles.csv"),
        &c("skills.csv"),
        &c("level-order.csv"),
        &c("level-order-notes.csv"),
    );
    assert!(
        said.contains(
            "renamed skill: Defect management → Managing, reporting and resolving defects"
        ),
        "{said}"
    );
    assert!(
        said.contains("renamed role level: Tester (test engineer) → Associate test engineer"),
        "{said}"
    );
    assert!(
        said.contains("removed: test-environment-management"),
        "{said}"
    );
    assert!(said.contains("set \"reviewed\": true"), "{said}");
    let written: Framework =
        role_compare::load::validate::parse_framework(&std::fs::read_to_string(out).unwrap())
            .unwrap();
    assert_eq!(written.renames.len(), 1);
    assert!(!written.renames[0].reviewed);
    assert_eq!(
        written.renames[0]
            .skills
            .get("defect-management")
            .map(String::as_str),
        Some("managing-reporting-and-resolving-defects")
    );
    // Reviewed, then the same files imported again: the map stays, as the person left it.
    std::fs::write(
        out,
        std::fs::read_to_string(out)
            .unwrap()
            .replace("\"reviewed\": false", "\"reviewed\": true"),
    )
    .unwrap();
    let said = import(
        &c("roles.csv"),
        &c("skills.csv"),
        &c("level-order.csv"),
        &c("level-order-notes.csv"),
    );
    assert!(said.contains("the same as"), "{said}");
    let again =
        role_compare::load::validate::parse_framework(&std::fs::read_to_string(out).unwrap())
            .unwrap();
    assert_eq!(again.renames.len(), 1);
    assert!(again.renames[0].reviewed, "the review is kept");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn the_command_line_assesses_an_older_editions_file_and_says_what_it_carried() {
    let dir = std::env::temp_dir().join(format!("rc-assess-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let data = dir.join("framework.json");
    std::fs::write(&data, serde_json::to_string(&current_with_map()).unwrap()).unwrap();
    let file = dir.join("ratings.json");
    std::fs::write(
        &file,
        format!(
            r#"{{"format": "role-compare-ratings", "version": 2, "edition": "{}", "level": "tester-test-engineer",
                "ratings": {{"defect-management": "working", "test-environment-management": "expert"}}}}"#,
            older().edition.unwrap()
        ),
    )
    .unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_role-compare"))
        .args([
            "assess",
            file.to_str().unwrap(),
            "--data",
            data.to_str().unwrap(),
            "--format",
            "markdown",
        ])
        .output()
        .unwrap();
    let (stdout, stderr) = (
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    );
    assert!(output.status.success(), "{stderr}");
    // Assessed against the level by its new name, with the carried rating counted.
    assert!(
        stdout.starts_with("# Assessment against Associate test engineer\n"),
        "{stdout}"
    );
    assert!(
        stdout.contains("| Managing, reporting and resolving defects | Awareness | Working |"),
        "{stdout}"
    );
    assert!(
        stderr.contains("defect-management is now Managing, reporting and resolving defects"),
        "{stderr}"
    );
    assert!(
        stderr.contains("test-environment-management (Expert)"),
        "{stderr}"
    );
    std::fs::remove_dir_all(&dir).ok();
}
