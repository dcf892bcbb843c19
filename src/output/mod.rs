//! **Layer 5, output**: what people take away and what the command-line tool prints. The
//! data files the widget ships (a core file and a texts file), the
//! take-away documents (CSV and Markdown of a comparison, a gap, moves, routes, edition changes),
//! and the command-line tool's JSON records, each built from the engine's answers with the
//! engine's words.
//!
//! Uses every layer below (`framework`, `load`, `engine`, `state`); only `ui`, `bin` and
//! `fuzzing` use it.

/// Made by the command-line tool (natively: it computes skill similarities) before every build.
#[cfg(not(target_arch = "wasm32"))]
pub mod data_files;
pub mod export;
pub mod people_export;
pub mod people_report;
pub mod report;
