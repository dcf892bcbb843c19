//! **Layer 2, loading**: everything that reads a framework and checks it. The framework JSON with
//! its limits and validation (every problem with its place), the official and own role content
//! CSV importers and the CSV reader, text files as people's tools save them (UTF-8 or
//! Windows-1252), the texts file put back into its core file, the built-in framework, the synthetic generator used to measure scale, and the
//! differences between two editions.
//!
//! Uses only the model (`framework`). Nothing here knows about comparisons, screens or files to
//! take away.

pub mod core_file;
pub mod csv;
pub mod diff;
/// The edition mark the importer gives a framework (native: the command-line tool's import).
#[cfg(not(target_arch = "wasm32"))]
pub mod edition;
/// The built-in framework compiled in: for the command-line tool and native tests only. The widget
/// loads it as a data file beside the module (`ui::framework_store`).
#[cfg(any(not(target_arch = "wasm32"), test))]
pub mod embedded;
pub mod import;
pub mod synthetic;
pub mod text_file;
pub mod texts;
pub mod validate;
