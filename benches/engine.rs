//! Engine speed, printed as figures (not asserted): parsing the embedded framework, comparing
//! columns, ranking related roles and computing gaps. Run with `cargo bench --bench engine`.

use role_compare::career::{self, MoveIndex};
use role_compare::compare;
use role_compare::framework::{self, Framework};
use role_compare::moves::{self, Focus};
use role_compare::routes;
use std::hint::black_box;
use std::time::{Duration, Instant};

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
    let fw: Framework = framework::embedded().expect("valid data");
    report(
        "parse and check the embedded framework (JSON → model)",
        median(21, || {
            black_box(framework::embedded().unwrap());
        }),
    );
    let progression: Vec<_> = fw
        .levels_of(fw.role("data-scientist").unwrap())
        .take(6)
        .collect();
    report(
        "compare 6 columns (Data scientist progression)",
        median(501, || {
            black_box(compare::compare(&fw, &progression));
        }),
    );
    let pair = [
        fw.level("senior-digital-portfolio-manager").unwrap(),
        fw.level("head-of-portfolio").unwrap(),
    ];
    report(
        "compare 2 columns",
        median(1001, || {
            black_box(compare::compare(&fw, &pair));
        }),
    );
    let role = fw.role("digital-portfolio-manager").unwrap();
    report(
        "related roles for one role (all 52 ranked)",
        median(201, || {
            black_box(moves::related_roles(&fw, Focus::Role(role)));
        }),
    );
    report(
        "related roles for every role (52 rankings)",
        median(11, || {
            for role in &fw.roles {
                black_box(moves::related_roles(&fw, Focus::Role(role)));
            }
        }),
    );
    report(
        "gap between every pair of levels of one role (4 × 4)",
        median(201, || {
            let levels: Vec<_> = fw.levels_of(role).collect();
            for a in &levels {
                for b in &levels {
                    black_box(moves::gap(&fw, a, b));
                }
            }
        }),
    );
    report(
        "move index for the framework (built once per page)",
        median(51, || {
            black_box(MoveIndex::new(&fw));
        }),
    );
    let index = MoveIndex::new(&fw);
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
            black_box(career::ranked_moves_from_every_level(&fw, &index));
        }),
    );
    let position = |id: &str| fw.level_position(id).unwrap();
    report(
        "routes: associate data analyst → head of data science",
        median(21, || {
            black_box(routes::routes(
                &fw,
                &index,
                position("associate-data-analyst"),
                position("head-of-data-science"),
                5,
            ));
        }),
    );
}
