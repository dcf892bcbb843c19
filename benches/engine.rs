//! Engine speed, printed as figures (not asserted): parsing the embedded framework, comparing
//! columns, ranking related roles and computing gaps. Run with `cargo bench --bench engine`.

use role_compare::engine::career::{self, MoveIndex};
use role_compare::engine::compare;
use role_compare::engine::moves;
use role_compare::engine::related::{self, Focus};
use role_compare::engine::routes;
use role_compare::framework::Framework;
use std::hint::black_box;
use std::time::{Duration, Instant};

/// The built-in framework file the widget loads beside its module.
const BUILT_IN: &str = include_str!("../data/framework.json");

/// Median time of `runs` calls of `f`.
fn median(runs: usize, mut f: impl FnMut()) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    times.sort();
    times[runs / 2]
}

fn report(name: &str, time: Duration) {
    println!("{name:<58} {:>10.1} µs", time.as_secs_f64() * 1e6);
}

fn main() {
    let plain: Framework =
        role_compare::load::validate::parse_framework(BUILT_IN).expect("valid data");
    let fw = with_similarities(plain);
    figures(&fw, "");
    // How each cost grows: the same figures on a framework ten times the size (issue 10).
    let big = role_compare::load::synthetic::scaled(&fw, 10);
    let json = serde_json::to_string(&big).unwrap();
    println!();
    println!(
        "10× synthetic framework: {} role levels, {} skills, {} KB of JSON",
        big.levels.len(),
        big.skills.len(),
        json.len() / 1024
    );
    report(
        "10×: parse and check the framework (JSON → model)",
        median(5, || {
            black_box(role_compare::load::validate::parse_framework(&json).unwrap());
        }),
    );
    figures(&big, "10×: ");
}

/// Issue 18: what the data files' similarities cost to make (natively, once per build); the
/// framework with them, so the figures rank as the widget does once the texts are in.
#[cfg(not(target_arch = "wasm32"))]
fn with_similarities(plain: Framework) -> Framework {
    use role_compare::engine::similarity;
    report(
        "similar skills: every pair of 188 skills' texts (TF-IDF, cosine)",
        median(11, || {
            black_box(similarity::nearest_skills(&plain));
        }),
    );
    report(
        "role similarities: every pair of 52 roles' descriptions",
        median(11, || {
            black_box(similarity::role_similarities(&plain));
        }),
    );
    similarity::with_similar(plain)
}

/// The similarities are made natively only.
#[cfg(target_arch = "wasm32")]
fn with_similarities(plain: Framework) -> Framework {
    plain
}

/// The engine's figures for `fw`, each line starting with `prefix`.
fn figures(fw: &Framework, prefix: &str) {
    if !prefix.is_empty() {
        return scaled_figures(fw, prefix);
    }
    report(
        "parse and check the built-in framework file (JSON → model, as the widget does)",
        median(21, || {
            black_box(role_compare::load::validate::parse_framework(BUILT_IN).unwrap());
        }),
    );
    report(
        "check a framework (what an organisation's file also gets)",
        median(21, || {
            black_box(role_compare::load::validate::check(fw));
        }),
    );
    let progression: Vec<_> = fw
        .levels_of(fw.role("data-scientist").unwrap())
        .take(6)
        .collect();
    report(
        "compare 6 columns (Data scientist progression)",
        median(501, || {
            black_box(compare::compare(fw, &progression));
        }),
    );
    let pair = [
        fw.level("senior-digital-portfolio-manager").unwrap(),
        fw.level("head-of-portfolio").unwrap(),
    ];
    report(
        "compare 2 columns",
        median(1001, || {
            black_box(compare::compare(fw, &pair));
        }),
    );
    let role = fw.role("digital-portfolio-manager").unwrap();
    report(
        "related roles for one role (all 52 ranked)",
        median(201, || {
            black_box(related::related_roles(fw, Focus::Role(role)));
        }),
    );
    report(
        "related roles for every role (52 rankings)",
        median(11, || {
            for role in &fw.roles {
                black_box(related::related_roles(fw, Focus::Role(role)));
            }
        }),
    );
    report(
        "gap between every pair of levels of one role (4 × 4)",
        median(201, || {
            let levels: Vec<_> = fw.levels_of(role).collect();
            for a in &levels {
                for b in &levels {
                    black_box(moves::gap(fw, a, b));
                }
            }
        }),
    );
    common_figures(fw, &report);
    let index = MoveIndex::new(fw);
    let position = |id: &str| fw.level_position(id).unwrap();
    report(
        "routes: associate data analyst → head of data science",
        median(21, || {
            black_box(routes::routes(
                fw,
                &index,
                position("associate-data-analyst"),
                position("head-of-data-science"),
                5,
            ));
        }),
    );
}

/// Figures whose inputs exist in any framework (the scaled one has no official ids).
fn scaled_figures(fw: &Framework, prefix: &str) {
    let report = |name: &str, time: Duration| report(&format!("{prefix}{name}"), time);
    let six: Vec<_> = fw.levels.iter().take(6).collect();
    report(
        "compare 6 columns (the first six levels)",
        median(201, || {
            black_box(compare::compare(fw, &six));
        }),
    );
    report(
        "related roles for one role (all ranked)",
        median(21, || {
            black_box(related::related_roles(fw, Focus::Role(&fw.roles[0])));
        }),
    );
    common_figures(fw, &report);
}

/// The career-move figures, for the official framework and the scaled one.
fn common_figures(fw: &Framework, report: &dyn Fn(&str, Duration)) {
    report(
        "move index for the framework (built once per page)",
        median(51, || {
            black_box(MoveIndex::new(fw));
        }),
    );
    let index = MoveIndex::new(fw);
    let n = fw.levels.len();
    report(
        &format!("every level scored and sized against every other ({n} × {n})"),
        median(21, || {
            black_box(index.all_pairs());
        }),
    );
    report(
        &format!("ranked moves from every level ({n} rankings)"),
        median(11, || {
            black_box(career::ranked_moves_from_every_level(fw, &index));
        }),
    );
}
