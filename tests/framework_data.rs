//! The committed framework file: whole, consistent, and faithful to the official download.

#![cfg(not(target_arch = "wasm32"))] // native: the built-in framework, files and processes

/// Prints past the test harness's capture, so a skip or a figure shows in every run's log.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write;
        let _ = writeln!(std::io::stderr(), $($arg)*);
    }};
}

use role_compare::framework::{self, SkillLevel};
use role_compare::load::import::{self, export};
use std::collections::HashSet;
use std::path::Path;

fn fw() -> framework::Framework {
    role_compare::load::embedded::framework().expect("the committed data file is valid")
}

#[test]
fn holds_the_whole_framework() {
    let fw = fw();
    assert_eq!(fw.families.len(), 8);
    assert_eq!(fw.roles.len(), 52);
    assert_eq!(fw.skills.len(), 188);
    // 201 published role levels, plus one unnamed level for each of the 4 Chief roles: 205 columns.
    assert_eq!(fw.named_level_count(), 201);
    assert_eq!(fw.levels.len(), 205);
    let chiefs: Vec<&str> = fw
        .levels
        .iter()
        .filter(|l| l.is_unlevelled())
        .map(|l| l.role.as_str())
        .collect();
    assert_eq!(chiefs.len(), 4);
    for role in chiefs {
        let role = fw.role(role).unwrap();
        assert_eq!(role.role_type.as_deref(), Some("Senior Civil Service"));
        assert_eq!(role.levels, vec![role.id.clone()]);
    }
}

#[test]
fn every_reference_resolves() {
    let fw = fw();
    assert!(role_compare::load::validate::check(&fw).is_empty());
    let ids: HashSet<&str> = fw.levels.iter().map(|l| l.id.as_str()).collect();
    assert_eq!(
        ids.len(),
        fw.levels.len(),
        "level ids are unique across the framework"
    );
}

#[test]
fn chief_roles_set_no_skill_levels_and_every_named_level_does() {
    let fw = fw();
    for level in &fw.levels {
        for requirement in &level.skills {
            assert_eq!(
                requirement.level.is_none(),
                level.is_unlevelled(),
                "{} / {}",
                level.id,
                requirement.skill
            );
        }
    }
}

#[test]
fn levels_are_in_published_order() {
    let fw = fw();
    let dpm = fw.role("digital-portfolio-manager").unwrap();
    assert_eq!(
        dpm.levels,
        vec![
            "digital-portfolio-analyst",
            "digital-portfolio-manager",
            "senior-digital-portfolio-manager",
            "head-of-portfolio"
        ]
    );
    assert_eq!(dpm.level_order.status, "confirmed");
    let designer = fw.role("content-designer").unwrap();
    let associate = designer
        .levels
        .iter()
        .position(|l| l == "associate-content-designer")
        .unwrap();
    let junior = designer
        .levels
        .iter()
        .position(|l| l == "junior-content-designer")
        .unwrap();
    assert!(
        associate < junior,
        "the published order puts Associate before Junior"
    );
    let inferred = fw.role("analytics-engineer").unwrap();
    assert_eq!(inferred.level_order.status, "inferred");
}

#[test]
fn quirks_are_handled_honestly() {
    let fw = fw();
    // A trailing space in the download is trimmed.
    let euc = fw.level("end-user-computing-engineer").unwrap();
    assert_eq!(euc.name.as_deref(), Some("End user computing engineer"));
    // "MISSING" is absent, not text.
    assert!(fw
        .skill("ownership-and-topic")
        .unwrap()
        .description
        .is_none());
    assert!(fw.skills.iter().all(|s| s
        .description
        .as_ref()
        .is_none_or(|d| !d.to_source().contains("MISSING"))));
    // A variant knows its base skill and keeps its own texts.
    let variant = fw
        .skill("stakeholder-relationship-management-content-design")
        .unwrap();
    let of = variant.variant_of.as_ref().unwrap();
    assert_eq!(
        (of.id.as_str(), of.qualifier.as_str()),
        ("stakeholder-relationship-management", "content design")
    );
    // 26 variants: 16 of a skill that exists on its own, 10 that only share a base name.
    let variants: Vec<_> = fw
        .skills
        .iter()
        .filter_map(|s| s.variant_of.as_ref())
        .collect();
    assert_eq!(variants.len(), 26);
    assert_eq!(
        variants
            .iter()
            .filter(|v| fw.skill(&v.id).is_some())
            .count(),
        16
    );
    let programming = fw
        .skills
        .iter()
        .filter(|s| s.group_id() == "programming-and-build")
        .count();
    assert_eq!(
        programming, 4,
        "four Programming and build variants group together"
    );
    let base = fw.skill("stakeholder-relationship-management").unwrap();
    assert_ne!(
        variant.at(SkillLevel::Working),
        base.at(SkillLevel::Working)
    );
}

#[test]
fn skill_texts_are_parsed_into_lead_in_and_bullets() {
    let fw = fw();
    let agile = fw.skill("agile-working").unwrap();
    let awareness = agile.at(SkillLevel::Awareness).unwrap();
    assert_eq!(awareness.lead(), Some("You can:"));
    assert!(awareness
        .bullets()
        .any(|b| b == "explain why iteration is important"));
    let level = fw.level("head-of-portfolio").unwrap();
    assert!(level
        .description
        .as_ref()
        .unwrap()
        .to_source()
        .contains("At this role level, you will:"));
}

fn shared_file(name: &str) -> Option<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/framework")
        .join(name);
    std::fs::read_to_string(path).ok()
}

/// Every row of the official download is regenerated from the committed data.
/// Names are compared trimmed (the download has one trailing space), and an absent skill
/// description matches both ways the download writes it ("MISSING" and empty).
#[test]
fn regenerates_every_official_row() {
    let Some(roles_csv) = shared_file("roles.csv") else {
        say!("skipped: ../shared not present");
        return;
    };
    let fw = fw();
    let normalise = |mut row: Vec<String>| {
        for i in [0, 1, 3, 5] {
            row[i] = row[i].trim().to_string();
        }
        if import::is_absent(&row[6]) {
            row[6] = String::new();
        }
        row
    };
    let regenerated: HashSet<Vec<String>> = export::role_rows(&fw)
        .into_iter()
        .map(|r| normalise(r.to_vec()))
        .collect();
    let official = role_compare::load::csv::parse(&roles_csv).unwrap();
    let mut differences = Vec::new();
    for record in &official[1..] {
        if !regenerated.contains(&normalise(record.fields.clone())) {
            differences.push(record.line);
        }
    }
    assert_eq!(official.len() - 1, 1825);
    assert_eq!(
        differences,
        Vec::<usize>::new(),
        "rows not regenerated (by line)"
    );
    let distinct: HashSet<Vec<String>> = official[1..]
        .iter()
        .map(|r| normalise(r.fields.clone()))
        .collect();
    assert_eq!(regenerated.len(), distinct.len(), "no invented rows");
    say!(
        "regenerated all 1825 official rows ({} distinct) with 0 differences",
        distinct.len()
    );
}

/// The committed file is exactly what the importer writes from the official files today.
#[test]
fn committed_file_matches_a_fresh_import() {
    let (Some(roles), Some(skills)) = (shared_file("roles.csv"), shared_file("skills.csv")) else {
        say!("skipped: ../shared not present");
        return;
    };
    let order = include_str!("../data/level-order.csv");
    let notes = include_str!("../data/level-order-notes.csv");
    let mut imported =
        import::import_files(&roles, &skills, order, notes).expect("the official files import");
    // As `role-compare import` writes it: with its edition mark (and the maps from earlier
    // editions the committed file carries, which the official files cannot say).
    let committed: role_compare::framework::Framework =
        serde_json::from_str(include_str!("../data/framework.json")).unwrap();
    imported.framework.edition = Some(role_compare::load::edition::edition_mark(
        &imported.framework,
    ));
    imported.framework.renames = committed.renames;
    let first = serde_json::to_string_pretty(&imported.framework).unwrap() + "\n";
    let again = import::import_files(&roles, &skills, order, notes).unwrap();
    assert_eq!(
        role_compare::load::edition::edition_mark(&imported.framework),
        role_compare::load::edition::edition_mark(&again.framework),
        "the same edition mark"
    );
    assert_eq!(
        first,
        include_str!("../data/framework.json"),
        "data/framework.json is stale: run `cargo run -- import`"
    );
    assert_eq!(
        imported.notes.len(),
        16,
        "the download repeats 16 rows verbatim; each is reported"
    );
}

/// The minified copy built into the widget says exactly what the committed file says.
#[test]
fn the_embedded_copy_equals_the_committed_file() {
    let committed =
        role_compare::load::validate::parse_framework(include_str!("../data/framework.json"))
            .unwrap();
    assert_eq!(fw(), committed);
    assert!(
        role_compare::load::embedded::JSON.len() < include_str!("../data/framework.json").len()
    );
}
