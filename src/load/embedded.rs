//! The framework built into the widget and the command-line tool: `data/framework.json`, minified
//! by `build.rs`. Its own module, so the model (`framework`) and its checks (`validate`) do not
//! depend on each other.

use crate::framework::Framework;
use crate::load::validate::{json_problem, Problem};

/// The committed framework file, minified.
pub const JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/framework.min.json"));

/// Parses the embedded framework. It is not checked again on every page load (that was a
/// quarter of the widget's start-up): the tests check the committed file with
/// [`crate::load::validate::check`] (`tests/framework_data.rs`), and a file that does not parse is
/// still refused with its place.
pub fn framework() -> Result<Framework, Vec<Problem>> {
    serde_json::from_str::<Framework>(JSON)
        .map(Framework::indexed)
        .map_err(|e| vec![json_problem(&e)])
}
