//! The comparison and career-move engine on the real framework, checked the way a user would.

#![cfg(not(target_arch = "wasm32"))] // the built-in framework is compiled in natively only

use role_compare::engine::compare::{self, bullet_diff, Cell, Change, Sharing};
use role_compare::engine::lookup;
use role_compare::engine::moves;
use role_compare::engine::related::{self, Focus};
use role_compare::framework::{Framework, SkillLevel};

fn fw() -> Framework {
    role_compare::load::embedded::framework().unwrap()
}

fn change_of(fw: &Framework, cmp: &compare::Comparison, skill_name: &str) -> Change {
    let row = cmp
        .rows
        .iter()
        .find(|r| fw.skill(&r.skill).unwrap().name == skill_name)
        .unwrap();
    row.changes[0]
}

#[test]
fn senior_digital_portfolio_manager_to_head_of_portfolio() {
    let fw = fw();
    let (levels, unknown) = lookup::levels(
        &fw,
        &["senior-digital-portfolio-manager", "head-of-portfolio"],
    );
    assert!(unknown.is_empty());
    let cmp = compare::compare(&fw, &levels);
    assert_eq!(cmp.rows.len(), 6);
    for skill in [
        "Communicating analysis and insight",
        "Stakeholder relationship management",
        "Strategic thinking",
    ] {
        assert_eq!(
            change_of(&fw, &cmp, skill).steps(),
            1,
            "{skill} goes up one level"
        );
    }
    for skill in ["Agile working", "Governance and assurance", "Planning"] {
        assert!(
            matches!(change_of(&fw, &cmp, skill), Change::Same(_)),
            "{skill} is unchanged"
        );
    }
    assert_eq!(
        change_of(&fw, &cmp, "Strategic thinking").describe(),
        "Working → Practitioner (up 1 level)"
    );
    assert!(cmp.rows.iter().all(|r| r.sharing == Sharing::All));
    assert_eq!(
        cmp.pairs[0].describe(),
        "3 skills go up a level, 3 stay the same"
    );
}

#[test]
fn cross_role_comparison_marks_new_and_dropped_skills_and_sharing() {
    let fw = fw();
    let (levels, _) = lookup::levels(
        &fw,
        &[
            "digital-portfolio-manager",
            "content-designer",
            "head-of-portfolio",
        ],
    );
    let cmp = compare::compare(&fw, &levels);
    assert_eq!(
        cmp.columns,
        vec![
            "digital-portfolio-manager",
            "content-designer",
            "head-of-portfolio"
        ]
    );
    let planning = cmp.rows.iter().find(|r| r.skill == "planning").unwrap();
    assert_eq!(planning.cells[1], Cell::NotRequired);
    assert!(matches!(
        planning.changes[0],
        Change::NoLongerRequired(Some(_))
    ));
    assert!(matches!(planning.changes[1], Change::New(Some(_))));
    assert_eq!(planning.sharing, Sharing::Some(2));
    let only_designer = cmp
        .rows
        .iter()
        .find(|r| {
            r.cells[1].is_required() && !r.cells[0].is_required() && !r.cells[2].is_required()
        })
        .unwrap();
    assert_eq!(only_designer.sharing, Sharing::One);
    // Every skill of every column has exactly one row.
    for (i, level) in levels.iter().enumerate() {
        for requirement in &level.skills {
            let rows: Vec<_> = cmp
                .rows
                .iter()
                .filter(|r| r.skill == requirement.skill)
                .collect();
            assert_eq!(rows.len(), 1);
            assert_eq!(rows[0].cells[i], Cell::Required(requirement.level));
        }
    }
}

#[test]
fn variants_sit_right_after_their_base_skill() {
    let fw = fw();
    let (levels, _) = lookup::levels(
        &fw,
        &["content-designer", "senior-digital-portfolio-manager"],
    );
    let cmp = compare::compare(&fw, &levels);
    let base = cmp
        .rows
        .iter()
        .position(|r| r.skill == "stakeholder-relationship-management")
        .unwrap();
    let variant = cmp
        .rows
        .iter()
        .position(|r| r.skill == "stakeholder-relationship-management-content-design")
        .unwrap();
    assert_eq!(variant, base + 1);
    assert_eq!(
        cmp.rows[variant].group,
        "stakeholder-relationship-management"
    );
}

#[test]
fn chief_roles_compare_with_skill_level_not_set() {
    let fw = fw();
    let (levels, _) = lookup::levels(&fw, &["chief-data-officer", "chief-technology-officer"]);
    let cmp = compare::compare(&fw, &levels);
    assert!(cmp
        .rows
        .iter()
        .all(|r| r.cells.iter().all(|c| c.level().is_none())));
    let both = cmp
        .rows
        .iter()
        .find(|r| r.sharing == Sharing::All)
        .expect("the chiefs share a skill");
    assert_eq!(both.changes[0], Change::LevelNotSet);
    assert_eq!(both.cells[0].describe(), "Skill level not set");
}

#[test]
fn bullet_diff_shows_added_kept_and_removed_bullets() {
    let fw = fw();
    let diff = bullet_diff(
        &fw,
        "accessibility",
        Cell::Required(Some(SkillLevel::Practitioner)),
        Cell::Required(Some(SkillLevel::Expert)),
    );
    assert!(diff
        .kept
        .contains(&"build user interfaces that meet a predefined set of standards".to_string()));
    assert!(diff
        .added
        .contains(&"champion accessibility to internal and external stakeholders".to_string()));
    assert!(diff
        .removed
        .contains(&"champion accessibility to internal stakeholders".to_string()));
    let new = bullet_diff(
        &fw,
        "accessibility",
        Cell::NotRequired,
        Cell::Required(Some(SkillLevel::Awareness)),
    );
    assert_eq!(new.added.len(), 2);
    assert!(new.kept.is_empty() && new.removed.is_empty());
}

#[test]
fn related_roles_reproduce_the_seed_pages_shared_skills_table() {
    // With the similarities, as the widget ranks once the texts are in.
    let fw = role_compare::engine::similarity::with_similar(fw());
    let role = fw.role("digital-portfolio-manager").unwrap();
    let related = related::related_roles(&fw, Focus::Role(role));
    let top: Vec<&str> = related.iter().take(8).map(|r| r.role.as_str()).collect();
    // The GOV.UK page (Feb 2024) lists content strategist, data governance manager, technical writer,
    // business architect and graphic designer (a role no longer in the framework).
    for expected in [
        "content-strategist",
        "data-governance-manager",
        "technical-writer",
    ] {
        assert!(top.contains(&expected), "{expected} not in {top:?}");
    }
    // Business architect shares two skills by name and nothing similar, so the product and
    // delivery roles (a similar skill and the same family) now rank above it (docs/numbers.md).
    let architect = related
        .iter()
        .position(|r| r.role == "business-architect")
        .expect("still related");
    assert!(architect >= 8, "{top:?}");
    assert_eq!(related[architect].shared.len(), 2);
    assert!(related[architect].similar.is_empty());
    assert!(top.contains(&"programme-delivery-manager") && top.contains(&"delivery-manager"));
    assert_eq!(related[0].role, "content-strategist");
    assert_eq!(related[0].score_text(), format!("{:.2}", related[0].score));
    assert_eq!(
        related[0].shared,
        vec![
            "agile-working",
            "stakeholder-relationship-management",
            "strategic-thinking"
        ]
    );
    assert!(related.windows(2).all(|w| w[0].score >= w[1].score));
    assert!(related
        .iter()
        .all(|r| r.score > 0.0 && r.score <= 1.0 && r.role != "digital-portfolio-manager"));
}

#[test]
fn gap_lists_skills_to_learn_and_raise_with_steps() {
    let fw = fw();
    let from = fw.level("senior-digital-portfolio-manager").unwrap();
    let to = fw.level("head-of-portfolio").unwrap();
    let gap = moves::gap(&fw, from, to);
    assert!(gap.learn.is_empty());
    assert_eq!(gap.raise.len(), 3);
    assert_eq!(gap.total_steps(), 3);
    assert_eq!(gap.met.len(), 3);

    let to = fw.level("senior-content-designer").unwrap();
    let gap = moves::gap(&fw, from, to);
    let learn: Vec<&str> = gap.learn.iter().map(|l| l.skill.as_str()).collect();
    assert!(learn.contains(&"user-centred-content-design"), "{learn:?}");
    assert!(gap.no_longer_needed.contains(&"planning".to_string()));
    let variant = gap
        .learn
        .iter()
        .find(|l| l.skill == "stakeholder-relationship-management-content-design")
        .unwrap();
    assert_eq!(
        variant.related_held.as_ref().unwrap().0,
        "stakeholder-relationship-management"
    );
    let expected: u32 = gap.raise.iter().map(|r| u32::from(r.steps())).sum::<u32>()
        + gap
            .learn
            .iter()
            .map(|l| u32::from(l.target.unwrap().rank()))
            .sum::<u32>();
    assert_eq!(gap.total_steps(), expected);
}

#[test]
fn next_level_follows_the_published_order() {
    let fw = fw();
    let senior = fw.level("senior-digital-portfolio-manager").unwrap();
    assert_eq!(fw.next_level(senior).unwrap().id, "head-of-portfolio");
    assert!(fw
        .next_level(fw.level("head-of-portfolio").unwrap())
        .is_none());
}

#[test]
fn unknown_ids_are_named_with_their_closest_matches() {
    let fw = fw();
    let (found, unknown) = lookup::levels(
        &fw,
        &[
            "head-of-portfolo",
            "senior-digital-portfolio-manager",
            "zzz",
        ],
    );
    assert_eq!(found.len(), 1);
    assert_eq!(unknown[0].closest[0], "head-of-portfolio");
    assert!(unknown[0]
        .describe("role level")
        .contains("closest: head-of-portfolio"));
    assert!(unknown[1].closest.is_empty());
}

#[test]
fn a_link_cannot_reorder_or_flood_its_own_error_message() {
    let fw = fw();
    // A right-to-left override in an id is written out, so it cannot reorder the message.
    let query = "?rc=%E2%80%AEfdp.exe,head-of-portfolio";
    let (state, problems) = role_compare::state::selection::read_known_link(&fw, query, "rc", 6);
    assert_eq!(state.columns, ["head-of-portfolio"]);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].contains("\"\\u{202e}fdp.exe\""), "{problems:?}");
    assert!(!problems[0].contains('\u{202e}'), "{problems:?}");
    // 20,000 copies of one bad id are named once.
    let query = format!("?rc={}", vec!["zzz"; 20_000].join(","));
    let (_, problems) = role_compare::state::selection::read_known_link(&fw, &query, "rc", 6);
    let naming: Vec<&String> = problems.iter().filter(|p| p.contains("\"zzz\"")).collect();
    assert_eq!(naming.len(), 1, "{problems:?}");
}

#[test]
fn closest_level_of_a_related_role_shares_the_most_skills() {
    let fw = fw();
    let from = fw.level("senior-digital-portfolio-manager").unwrap();
    let strategist = fw.role("content-strategist").unwrap();
    let closest = moves::closest_level(&fw, from, strategist).unwrap();
    let shared = |level: &role_compare::framework::Level| {
        let cmp = compare::compare(&fw, &[from, level]);
        cmp.rows
            .iter()
            .filter(|r| r.sharing == Sharing::All)
            .count()
    };
    for level in fw.levels_of(strategist) {
        assert!(
            shared(closest) >= shared(level),
            "{} shares more than {}",
            level.id,
            closest.id
        );
    }
    // Content designer's levels share the same skill groups with a senior manager: the tie goes
    // to the level at a similar height on its ladder, not to the most junior.
    let designer = fw.role("content-designer").unwrap();
    assert_eq!(
        moves::closest_level(&fw, from, designer).unwrap().id,
        "senior-content-designer"
    );
}

#[test]
fn every_level_needing_a_skill_is_listed_with_its_level() {
    let fw = fw();
    let needing = moves::levels_needing(&fw, "agile-working");
    assert!(needing
        .iter()
        .any(|(l, lv)| l.id == "head-of-portfolio" && *lv == Some(SkillLevel::Awareness)));
    let expected = fw
        .levels
        .iter()
        .filter(|l| l.requirement("agile-working").is_some())
        .count();
    assert_eq!(needing.len(), expected);
}

#[test]
fn starting_points_name_real_levels_in_published_order() {
    let fw = fw();
    let points = moves::starting_points(&fw);
    assert_eq!(
        points.len(),
        4,
        "all four curated comparisons exist in the official data"
    );
    for (label, ids) in &points {
        let (found, unknown) = lookup::levels(&fw, ids);
        assert!(unknown.is_empty(), "{label}: {unknown:?}");
        assert!(found.len() >= 2 && found.len() <= 6, "{label}");
    }
    let designer = fw.role("content-designer").unwrap();
    assert_eq!(points[1].1, designer.levels);
}

#[test]
fn an_organisations_own_framework_gets_starting_points_from_its_own_roles() {
    let official = fw();
    // A framework with only one role: none of the curated comparisons exist in it.
    let fw = Framework::new(
        official.source.clone(),
        official.families.clone(),
        official
            .roles
            .iter()
            .filter(|r| r.id == "data-scientist")
            .cloned()
            .collect(),
        official
            .levels
            .iter()
            .filter(|l| l.role == "data-scientist")
            .cloned()
            .collect(),
        official.skills.clone(),
    );
    let points = moves::starting_points(&fw);
    assert_eq!(points.len(), 1);
    assert_eq!(points[0].0, "Every level of Data scientist");
    assert!(points[0].1.iter().all(|id| fw.level(id).is_some()));
    assert!(points[0].1.len() >= 2);
}

#[test]
fn loading_a_link_keeps_what_is_known_and_names_the_rest() {
    use role_compare::state::selection::read_known_link;
    let fw = fw();
    let query = "?x=1&rc=head-of-portfolo,senior-digital-portfolio-manager,head-of-portfolio&rc-skill=nope&rc-filter=changes";
    let (state, problems) = read_known_link(&fw, query, "rc", 6);
    assert_eq!(
        state.columns,
        vec!["senior-digital-portfolio-manager", "head-of-portfolio"]
    );
    assert_eq!(
        state.view.filter,
        role_compare::engine::arrange::RowFilter::Changes
    );
    assert_eq!(state.skill, None);
    assert!(
        problems[0].contains("\"head-of-portfolo\"")
            && problems[0].contains("closest: head-of-portfolio")
    );
    assert!(problems
        .iter()
        .any(|p| p.contains("skill that does not exist: \"nope\"")));

    let seven = "?rc=digital-portfolio-analyst,digital-portfolio-manager,senior-digital-portfolio-manager,head-of-portfolio,content-strategist,developer,senior-developer";
    let (state, problems) = read_known_link(&fw, seven, "rc", 6);
    assert_eq!(state.columns.len(), 6);
    assert!(problems.iter().any(|p| p.contains("only the first 6")));
}

#[test]
fn gap_and_order_are_written_in_plain_words() {
    let fw = fw();
    let from = fw.level("senior-digital-portfolio-manager").unwrap();
    let gap = moves::gap(&fw, from, fw.level("head-of-portfolio").unwrap());
    let strategic = gap
        .raise
        .iter()
        .find(|r| r.skill == "strategic-thinking")
        .unwrap();
    assert_eq!(
        strategic.describe(moves::Voice::Level),
        "Working → Practitioner (up 1 level)"
    );
    let gap = moves::gap(&fw, from, fw.level("senior-content-designer").unwrap());
    let agile = gap
        .learn
        .iter()
        .find(|l| l.skill == "agile-working-content-design")
        .unwrap();
    assert_eq!(
        agile.describe(&fw, moves::Voice::Level),
        "to Practitioner (you have Agile working at Awareness)"
    );
    assert_eq!(
        fw.role("digital-portfolio-manager")
            .unwrap()
            .level_order
            .describe(),
        "Confirmed from a published page"
    );
    let inferred = &fw.role("analytics-engineer").unwrap().level_order;
    assert!(!inferred.is_certain());
    assert_eq!(inferred.describe(), "Inferred from the usual ladder");
}
