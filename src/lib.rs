//! role-compare: the UK Government Digital and Data Profession Capability Framework, compared.
//!
//! The crate is built in layers, one folder each, lowest first. A module uses only modules of its
//! own layer or lower ones; `tests/layers.rs` reads every `crate::` and `super::` path and fails
//! with both files' names when one points up, or when modules form a circle.
//!
//! | layer | folder | what it is |
//! |---|---|---|
//! | 1 | `framework` | the model, ids, placed problems, shared words |
//! | 2 | `load` | reading and checking frameworks (JSON, CSV, the built-in one, editions) |
//! | 3 | `engine` | comparisons, related roles, career moves, gaps, routes, search, lookup |
//! | 4 | `state` | what the person and host asked for: selection, link, options, ratings |
//! | 5 | `output` | take-away documents and the command-line tool's records |
//! | 6 | `ui`, `bin`, `fuzzing` | the widget (wasm32 only), the command-line tool, fuzz properties |
//!
//! Everything below `ui` is plain Rust, free of yew and web-sys, tested natively with
//! `cargo test`. ARCHITECTURE.md draws the flow and the seam between the widget's core and the
//! parts that will load on first use.

pub mod engine;
pub mod framework;
#[cfg(not(target_arch = "wasm32"))]
pub mod fuzzing;
pub mod load;
pub mod output;
pub mod state;
#[cfg(target_arch = "wasm32")]
pub mod ui;
