//! **Layer 3, the engine**: every answer the widget and the command-line tool show, computed from a
//! framework. The comparison of role levels and how its rows are arranged, related roles, career
//! moves and gaps, routes, search, and finding ids (with the closest ones for a mistyped id).
//! Wording of its answers (`describe`, `reason`) lives with them, so the widget and the CLI never
//! drift.
//!
//! Uses the model (`framework`) and `load` (ids' limits, and the built-in framework in tests);
//! nothing here knows what a person asked for, a link, or a screen.

pub mod arrange;
pub mod assessment;
pub mod career;
pub mod compare;
pub mod lookup;
pub mod moves;
pub mod related;
/// Renamed skills and role levels between two editions, paired by what they say (native: the
/// command-line tool's import).
#[cfg(not(target_arch = "wasm32"))]
pub mod renames;
pub mod routes;
pub mod search;
/// Skill similarity by meaning: computed natively when data files are built (issue 18).
#[cfg(not(target_arch = "wasm32"))]
pub mod similarity;
pub mod stand_in;
pub mod team;
#[cfg(test)]
mod tiny;
