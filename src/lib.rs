//! role-compare: the UK Government Digital and Data Profession Capability Framework, compared.
//!
//! The domain (model, importer, comparison, career moves, URL state, validation) is plain Rust and
//! is tested natively with `cargo test`; the browser views live in `ui`, built for wasm32 only.

pub mod arrange;
pub mod career;
pub mod compare;
pub mod csv;
pub mod diff;
pub mod embedded;
pub mod explore;
pub mod export;
pub mod framework;
pub mod fuzzing;
pub mod import;
pub mod lookup;
pub mod moves;
pub mod options;
pub mod ratings;
pub mod report;
pub mod routes;
pub mod search;
pub mod selection;
pub mod synthetic;
pub mod text_file;
#[cfg(target_arch = "wasm32")]
pub mod ui;
pub mod url_state;
pub mod validate;
pub mod wording;
