//! Engine timings in the browser (wasm32, headless Chromium), printed as figures, never asserted:
//! every role level scored against every other, and ranked moves from every level. Run by
//! `scripts/bench.sh` with `cargo test --release --target wasm32-unknown-unknown --test browser_engine -- --nocapture`.
#![cfg(target_arch = "wasm32")]

use role_compare::engine::career::{self, MoveIndex};
use std::hint::black_box;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn now() -> f64 {
    js_sys::Date::now()
}

/// Median milliseconds of `runs` calls of `f` (Date.now has millisecond resolution, so each run
/// repeats `f` `inner` times).
fn median_ms(runs: usize, inner: usize, mut f: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let start = now();
            for _ in 0..inner {
                f();
            }
            (now() - start) / inner as f64
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[runs / 2]
}

#[wasm_bindgen_test]
fn every_level_against_every_other_in_the_browser() {
    // The widget loads the built-in framework as a data file; here it is read from the repository.
    let fw = role_compare::load::validate::parse_framework(include_str!("../data/framework.json"))
        .unwrap();
    figures(&fw, "");
    // With similar skills and roles as the texts file carries them (5 similar skills per skill;
    // every pair of roles): the similarities are computed natively, so here each skill's 5 are
    // placed by rule (the next 5 skills, 0.3 to 0.7), which costs the ranking what the real ones do.
    let mut similar = fw.clone();
    let n = similar.skills.len();
    similar.similar = Some(
        (0..n)
            .map(|i| {
                (1..=5)
                    .map(|k| [((i + k * 7) % n) as u16, 300 + 80 * k as u16])
                    .collect()
            })
            .collect(),
    );
    let roles = similar.roles.len();
    similar.similar_roles = Some(
        (0..roles)
            .map(|i| {
                (i + 1..roles)
                    .map(|j| ((i * 31 + j * 17) % 60) as u8)
                    .collect()
            })
            .collect(),
    );
    figures(&similar, "with similar skills: ");
    // How the cost grows: a framework ten times the size, of the same shape.
    let big = role_compare::load::synthetic::scaled(&fw, 10);
    let json = serde_json::to_string(&big).unwrap();
    let parse = median_ms(3, 1, || {
        black_box(role_compare::load::validate::parse_framework(&json).unwrap());
    });
    web_sys::console::log_1(
        &format!("browser: 10×: parse and check the framework {parse:.0} ms").into(),
    );
    figures(&big, "10×: ");
}

/// Prints the move figures for `fw`, the line starting with `prefix`.
fn figures(fw: &role_compare::framework::Framework, prefix: &str) {
    let small = !prefix.starts_with("10×");
    let runs = if small { 11 } else { 3 };
    let index_ms = median_ms(runs, 5, || {
        black_box(MoveIndex::new(fw));
    });
    let index = MoveIndex::new(fw);
    let n = fw.levels.len();
    let all_pairs = median_ms(runs, if small { 5 } else { 1 }, || {
        black_box(index.all_pairs());
    });
    let rankings = median_ms(runs, if small { 3 } else { 1 }, || {
        black_box(career::ranked_moves_from_every_level(fw, &index));
    });
    let line = format!(
        "browser: {prefix}move index {index_ms:.2} ms; every level scored against every other ({n} × {n}) {all_pairs:.2} ms; ranked moves from every level {rankings:.2} ms (medians of {runs})"
    );
    web_sys::console::log_1(&line.into());
}
