//! How rows are filtered, sectioned and grouped, and how typing finds role levels, on the real framework.

#![cfg(not(target_arch = "wasm32"))] // native: the built-in framework, files and processes

use role_compare::engine::arrange::{
    arrange, filter_counts, Entry, RowFilter, RowOrder, ViewOptions,
};
use role_compare::engine::compare::{self, Sharing};
use role_compare::engine::lookup;
use role_compare::engine::search::{search, MatchedBy};
use role_compare::framework::Framework;

/// Two roles' levels with skills shared by all, by some and by one only.
const CROSS_ROLE: [&str; 3] = [
    "digital-portfolio-manager",
    "content-strategist",
    "head-of-portfolio",
];

fn fw() -> Framework {
    role_compare::load::embedded::framework().unwrap()
}

fn comparison(fw: &Framework, ids: &[&str]) -> compare::Comparison {
    let (levels, unknown) = lookup::levels(fw, ids);
    assert!(unknown.is_empty());
    compare::compare(fw, &levels)
}

fn rows(sections: &[role_compare::engine::arrange::Section]) -> Vec<usize> {
    sections
        .iter()
        .flat_map(|s| &s.entries)
        .filter_map(|e| match e {
            Entry::Row { index, .. } => Some(*index),
            Entry::Group { .. } => None,
        })
        .collect()
}

#[test]
fn rows_are_sectioned_by_how_many_columns_need_them() {
    let fw = fw();
    let cmp = comparison(&fw, &CROSS_ROLE);
    let sections = arrange(&fw, &cmp, ViewOptions::default());
    assert_eq!(sections[0].title, "Needed by all 3 role levels");
    for section in &sections {
        let rows_here = rows(std::slice::from_ref(section));
        let sharing: Vec<Sharing> = rows_here.iter().map(|&i| cmp.rows[i].sharing).collect();
        assert!(
            sharing
                .windows(2)
                .all(|w| std::mem::discriminant(&w[0]) == std::mem::discriminant(&w[1])),
            "{}",
            section.title
        );
    }
    assert_eq!(
        rows(&sections).len(),
        cmp.rows.len(),
        "every row shown once"
    );
}

#[test]
fn filters_keep_what_they_say() {
    let fw = fw();
    let cmp = comparison(&fw, &CROSS_ROLE);
    let shown = |filter| {
        rows(&arrange(
            &fw,
            &cmp,
            ViewOptions {
                filter,
                ..ViewOptions::default()
            },
        ))
    };
    let skills = |filter| -> Vec<&str> {
        shown(filter)
            .into_iter()
            .map(|i| cmp.rows[i].skill.as_str())
            .collect()
    };
    // Digital portfolio manager, content strategist and head of portfolio: the three skills all
    // of them need are the shared ones, and the only ones whose level changes between columns.
    let all_three = [
        "agile-working",
        "stakeholder-relationship-management",
        "strategic-thinking",
    ];
    assert_eq!(skills(RowFilter::Shared), all_three);
    assert_eq!(skills(RowFilter::Changes), all_three);
    assert_eq!(
        skills(RowFilter::Differences),
        [
            "communicating-analysis-and-insight",
            "governance-and-assurance",
            "planning",
            "prototyping",
            "user-focus",
            "user-centred-content-design"
        ]
    );
    assert_eq!(skills(RowFilter::All).len(), 9);
    // The counts in the filter's labels are the rows each filter shows.
    let counts: Vec<usize> = filter_counts(&cmp).iter().map(|(_, n)| *n).collect();
    assert_eq!(counts, [9, 3, 3, 6]);

    let progression = comparison(
        &fw,
        &["senior-digital-portfolio-manager", "head-of-portfolio"],
    );
    let changes = rows(&arrange(
        &fw,
        &progression,
        ViewOptions {
            filter: RowFilter::Changes,
            ..ViewOptions::default()
        },
    ));
    assert_eq!(changes.len(), 3);
}

#[test]
fn sorting_by_name_gives_one_list_a_to_z() {
    let fw = fw();
    let cmp = comparison(&fw, &["digital-portfolio-manager", "content-designer"]);
    let view = ViewOptions {
        order: RowOrder::ByName,
        group_variants: false,
        ..ViewOptions::default()
    };
    let sections = arrange(&fw, &cmp, view);
    assert_eq!(sections.len(), 1);
    let names: Vec<String> = rows(&sections)
        .iter()
        .map(|&i| fw.skill(&cmp.rows[i].skill).unwrap().name.to_lowercase())
        .collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted);
}

#[test]
fn variants_are_grouped_under_their_base_or_a_heading() {
    let fw = fw();
    let cmp = comparison(&fw, &["data-scientist", "data-engineer"]);
    let view = ViewOptions {
        order: RowOrder::ByName,
        ..ViewOptions::default()
    };
    let entries = &arrange(&fw, &cmp, view)[0].entries;
    let heading = entries
        .iter()
        .position(|e| {
            *e == Entry::Group {
                name: "Programming and build".into(),
            }
        })
        .expect("a heading for the variants");
    for entry in &entries[heading + 1..heading + 3] {
        let Entry::Row { index, variant } = entry else {
            panic!("rows follow the heading")
        };
        assert!(*variant);
        assert_eq!(
            fw.skill(&cmp.rows[*index].skill).unwrap().group_id(),
            "programming-and-build"
        );
    }
    let flat = arrange(
        &fw,
        &cmp,
        ViewOptions {
            group_variants: false,
            ..view
        },
    );
    assert!(flat[0]
        .entries
        .iter()
        .all(|e| matches!(e, Entry::Row { variant: false, .. })));
}

#[test]
fn typing_finds_role_levels_despite_typos() {
    let fw = fw();
    let hits = search(&fw, "head of portfolo", 5);
    assert_eq!(hits[0].level, "head-of-portfolio");
    assert_eq!(hits[0].matched_by, MatchedBy::LevelName);
    let hits = search(&fw, "portfolo", 10);
    for id in [
        "digital-portfolio-analyst",
        "digital-portfolio-manager",
        "senior-digital-portfolio-manager",
        "head-of-portfolio",
    ] {
        assert!(hits.iter().any(|h| h.level == id), "{id} in {hits:?}");
    }
    let by_skill = search(&fw, "accessibility", 40);
    assert!(by_skill
        .iter()
        .any(|h| matches!(&h.matched_by, MatchedBy::Skill(s) if s == "accessibility")));
    assert!(search(&fw, "   ", 5).is_empty());
    assert!(search(&fw, "zzzzqqq", 5).is_empty());
}
