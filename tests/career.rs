//! Career moves, routes, ratings and take-away files on the real framework, checked as a person
//! planning a move would check them.

#![cfg(not(target_arch = "wasm32"))] // the built-in framework is compiled in natively only

use role_compare::engine::career::{self, MoveFilter, MoveIndex, SeniorityFilter};
use role_compare::engine::moves::{self, Voice};
use role_compare::engine::routes;
use role_compare::framework::{Framework, SkillLevel};
use role_compare::output::export::{self, Format};
use role_compare::state::ratings::{Rating, Ratings};

fn fw() -> Framework {
    role_compare::load::embedded::framework().unwrap()
}

fn position(fw: &Framework, id: &str) -> usize {
    fw.level_position(id).unwrap()
}

#[test]
fn every_move_size_matches_the_gap_for_the_same_pair() {
    // With similar skills, as the data files carry them: stand-ins counted alike on both sides.
    let fw = role_compare::engine::similarity::with_similar(fw());
    let index = MoveIndex::new(&fw);
    let mut stand_ins = 0;
    for (a, from) in fw.levels.iter().enumerate() {
        for (b, to) in fw.levels.iter().enumerate() {
            let likeness = index.likeness(index.level(a), index.level(b));
            let size = index.size(index.level(a), index.level(b), &likeness);
            assert_eq!(size.steps, index.steps(index.level(a), index.level(b)));
            let gap = moves::gap(&fw, from, to);
            assert_eq!(size.learn, gap.learn.len(), "{} → {}", from.id, to.id);
            assert_eq!(size.raise, gap.raise.len(), "{} → {}", from.id, to.id);
            assert_eq!(size.shared, gap.raise.len() + gap.met.len());
            assert_eq!(size.of, to.skills.len());
            assert_eq!(size.steps, gap.total_steps(), "{} → {}", from.id, to.id);
            let variants = gap
                .learn
                .iter()
                .filter(|l| l.related_held.is_some())
                .count();
            assert_eq!(size.variant_held, variants, "{} → {}", from.id, to.id);
            let similar: Vec<(&str, &str)> = gap
                .learn
                .iter()
                .filter_map(|l| Some((l.skill.as_str(), l.similar_held.as_ref()?.0.as_str())))
                .collect();
            let counted: Vec<(String, String)> = likeness
                .stand_ins
                .iter()
                .map(|&at| {
                    let s = role_compare::engine::stand_in::StandIn::at(&fw, at).unwrap();
                    (s.needed, s.held)
                })
                .collect();
            assert_eq!(similar.len(), counted.len(), "{} → {}", from.id, to.id);
            assert!(counted
                .iter()
                .all(|(n, h)| similar.contains(&(n.as_str(), h.as_str()))));
            let similar_not_variant = gap
                .learn
                .iter()
                .filter(|l| l.similar_held.is_some() && l.related_held.is_none())
                .count();
            assert_eq!(
                size.similar_held, similar_not_variant,
                "{} → {}",
                from.id, to.id
            );
            stand_ins += similar.len();
        }
    }
    assert!(stand_ins > 1000, "stand-ins are found: {stand_ins}");
}

#[test]
fn digital_portfolio_manager_next_level_and_closest_moves() {
    let fw = fw();
    let index = MoveIndex::new(&fw);
    let current = fw.level("digital-portfolio-manager").unwrap();
    let from = index.level(position(&fw, &current.id));
    let next = career::next_moves(&fw, &index, current, from);
    assert_eq!(next.len(), 1);
    assert_eq!(next[0].target, "senior-digital-portfolio-manager");
    // Read off the committed data: all 6 skills held, 5 of them one level up, one of them two.
    assert_eq!(
        next[0].reason(),
        "shares 6 of 6 skills; 0 skills to learn, 5 to raise; 6 steps"
    );

    let ranked = career::ranked_moves(&fw, &index, from, Some(current), &MoveFilter::default());
    assert!(ranked
        .iter()
        .all(|m| fw.level(&m.target).unwrap().role != current.role));
    assert!(ranked.windows(2).all(|w| w[0].score >= w[1].score));
    assert_eq!(ranked[0].target, "content-strategist");
    assert_eq!(
        ranked[0].reason(),
        "shares 3 of 6 skills; 3 skills to learn, 3 to raise; 16 steps"
    );

    let near = MoveFilter {
        family: None,
        seniority: SeniorityFilter::SameOrOneUp,
    };
    let current_rung = career::rung(&fw, current);
    let near_moves = career::ranked_moves(&fw, &index, from, Some(current), &near);
    assert!(!near_moves.is_empty() && near_moves.len() < ranked.len());
    for m in &near_moves {
        let r = career::rung(&fw, fw.level(&m.target).unwrap());
        assert!(r == current_rung || r == current_rung - 1, "{}", m.target);
    }

    let data = MoveFilter {
        family: Some("data".into()),
        seniority: SeniorityFilter::Any,
    };
    let data_moves = career::ranked_moves(&fw, &index, from, Some(current), &data);
    assert!(!data_moves.is_empty());
    assert!(data_moves
        .iter()
        .all(|m| fw.role_of(fw.level(&m.target).unwrap()).family == "data"));
}

#[test]
fn routes_from_associate_data_analyst_to_head_of_data_science() {
    let fw = fw();
    let index = MoveIndex::new(&fw);
    let from = position(&fw, "associate-data-analyst");
    let to = position(&fw, "head-of-data-science");
    let plan = routes::routes(&fw, &index, from, to, 5);
    let limit = routes::move_limit(&fw, &index);
    assert_eq!(plan.move_limit, limit);
    assert!(
        plan.direct_steps > limit,
        "going straight is too big for one move"
    );
    assert_eq!(plan.routes.len(), 5);
    for route in &plan.routes {
        assert!((2..=routes::MAX_MOVES).contains(&route.steps.len()));
        assert_eq!(route.steps.first().unwrap().from, "associate-data-analyst");
        assert_eq!(route.steps.last().unwrap().to, "head-of-data-science");
        assert_eq!(
            route.total_steps,
            route.steps.iter().map(|s| s.steps).sum::<u32>()
        );
        for step in &route.steps {
            assert!(step.steps <= limit);
            let gap = moves::gap(
                &fw,
                fw.level(&step.from).unwrap(),
                fw.level(&step.to).unwrap(),
            );
            assert_eq!(step.steps, gap.total_steps());
        }
        assert!(
            route.total_steps >= plan.direct_steps,
            "no route beats going straight"
        );
    }
    assert!(plan
        .routes
        .windows(2)
        .all(|w| w[0].total_steps <= w[1].total_steps));
    let first: Vec<&str> = plan.routes[0].steps.iter().map(|s| s.to.as_str()).collect();
    assert_eq!(first, ["associate-data-scientist", "head-of-data-science"]);
    assert_eq!(
        routes::routes(&fw, &index, from, to, 5),
        plan,
        "deterministic"
    );
}

#[test]
fn a_close_target_is_reached_in_one_move() {
    let fw = fw();
    let index = MoveIndex::new(&fw);
    let plan = routes::routes(
        &fw,
        &index,
        position(&fw, "digital-portfolio-manager"),
        position(&fw, "senior-digital-portfolio-manager"),
        3,
    );
    assert_eq!(plan.routes[0].steps.len(), 1);
    assert_eq!(plan.routes[0].total_steps, 6);
}

#[test]
fn ratings_turn_the_gap_into_your_gap() {
    let fw = fw();
    let target = fw.level("head-of-portfolio").unwrap();
    let ratings = Ratings::default()
        .with("strategic-thinking", Some(Rating::At(SkillLevel::Working)))
        .with("planning", Some(Rating::NotYet));
    let gap = moves::gap_from_held(&fw, &ratings.held(), target);
    let raise = gap
        .raise
        .iter()
        .find(|r| r.skill == "strategic-thinking")
        .unwrap();
    assert_eq!(
        raise.describe(Voice::You),
        "you are Working, this needs Practitioner (up 1 level)"
    );
    let planning = gap.learn.iter().find(|l| l.skill == "planning").unwrap();
    assert!(planning
        .describe(&fw, Voice::You)
        .starts_with("you have not rated it yet, this needs "));
    // Raising the rating to Practitioner meets the need: the gap shrinks by one step.
    let better = ratings.with(
        "strategic-thinking",
        Some(Rating::At(SkillLevel::Practitioner)),
    );
    let after = moves::gap_from_held(&fw, &better.held(), target);
    assert_eq!(after.total_steps() + 1, gap.total_steps());
    assert!(after.met.contains(&"strategic-thinking".to_string()));
}

#[test]
fn take_away_files_hold_the_gap_and_the_route() {
    let fw = fw();
    let from = fw.level("senior-digital-portfolio-manager").unwrap();
    let to = fw.level("head-of-portfolio").unwrap();
    let gap = moves::gap(&fw, from, to);
    let doc = export::gap(
        &fw,
        fw.level_name(from),
        fw.level_name(to),
        &gap,
        Voice::Level,
    );
    let csv = doc.render(Format::Csv);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "Skill,What to do,From,To,Steps,In words");
    assert_eq!(lines.len(), 1 + 6, "one row per skill of either level");
    assert!(lines.contains(
        &"Strategic thinking,Raise,Working,Practitioner,1,Working → Practitioner (up 1 level)"
    ));
    let md = doc.render(Format::Markdown);
    assert!(md.starts_with("# Moving from Senior digital portfolio manager to Head of portfolio\n\n0 skills to learn, 3 to raise: 3 steps in all.\n"));
    assert!(md.contains("| Strategic thinking | Raise | Working | Practitioner | 1 |"));

    let index = MoveIndex::new(&fw);
    let plan = routes::routes(
        &fw,
        &index,
        position(&fw, "associate-data-analyst"),
        position(&fw, "head-of-data-science"),
        2,
    );
    let csv = export::routes(&fw, &plan).render(Format::Csv);
    let rows: Vec<&str> = csv.lines().collect();
    assert_eq!(rows[0], "Route,Move,From,To,Steps,Route total");
    assert_eq!(
        rows.len(),
        1 + plan.routes.iter().map(|r| r.steps.len()).sum::<usize>()
    );
    assert!(rows[1].starts_with("1,1,Associate data analyst,Associate data scientist,"));
}

#[test]
fn the_move_matrix_holds_every_pair_as_move_to_does() {
    let fw = fw();
    let index = MoveIndex::new(&fw);
    let n = fw.levels.len();
    let matrix = index.all_pairs();
    assert_eq!(matrix.len(), n * n);
    // The sizes are the gap's own numbers, worked out by the separate gap code.
    for (a, b) in [(0, 1), (10, 200), (n - 1, 3), (50, 50)] {
        let gap = moves::gap(&fw, &fw.levels[a], &fw.levels[b]);
        assert_eq!(matrix[a * n + b].1, career::MoveSize::of_gap(&gap));
    }
    // Scores are symmetric, 1 for a level against itself, and 0 to 1.
    for a in 0..n {
        assert!((matrix[a * n + a].0 - 1.0).abs() < 1e-9 || fw.levels[a].skills.is_empty());
        for b in 0..n {
            assert!((matrix[a * n + b].0 - matrix[b * n + a].0).abs() < 1e-9);
            assert!((0.0..=1.0 + 1e-9).contains(&matrix[a * n + b].0));
        }
    }
}
