//! What the fuzz targets (`fuzz/`, cargo-fuzz) feed arbitrary bytes to, and what
//! `tests/fuzz_corpus.rs` replays the kept corpora through on every machine: each parser a person
//! or a host page can reach, with the properties that must hold for any input. A panic, or a
//! property that does not hold, is a finding. Not used by the widget.

use crate::framework::Framework;
use crate::{load::core_file as core, load::import, load::validate};
use crate::{state::options, state::selection, state::url_state};
use std::sync::OnceLock;

/// A fuzz target: bytes in, a panic for a finding.
pub type Target = fn(&[u8]);

/// The fuzz targets by name, as in `fuzz/fuzz_targets/` and `fuzz/corpus/`.
pub const TARGETS: [(&str, Target); 5] = [
    ("framework_json", framework_json),
    ("core_file", core_file),
    ("role_content_csv", role_content_csv),
    ("link", link),
    ("embed_options", embed_options),
];

fn text(data: &[u8]) -> String {
    String::from_utf8_lossy(data).into_owned()
}

fn official() -> &'static Framework {
    static FRAMEWORK: OnceLock<Framework> = OnceLock::new();
    FRAMEWORK
        .get_or_init(|| crate::load::embedded::framework().expect("the embedded framework parses"))
}

/// A refusal names at least one problem, and every problem its place and its reason.
fn assert_placed(problems: &[validate::Problem]) {
    assert!(!problems.is_empty());
    assert!(problems
        .iter()
        .all(|p| !p.place.is_empty() && !p.reason.is_empty()));
}

/// A framework file in the JSON format: refused with placed problems, or accepted and then
/// valid by every check and unchanged by a round trip through JSON.
pub fn framework_json(data: &[u8]) {
    let text = text(data);
    match validate::parse_framework(&text) {
        Ok(fw) => {
            assert!(validate::check(&fw).is_empty());
            let again = serde_json::to_string(&fw).expect("a framework serialises");
            let reparsed = validate::parse_framework(&again).expect("its own JSON parses");
            assert!(reparsed == fw, "the framework changed through its own JSON");
        }
        Err(problems) => assert_placed(&problems),
    }
}

/// The built-in framework's core file (`load::core_file`), which the widget's first paint reads:
/// refused with placed problems, or read, and then unchanged by a round trip through its format.
pub fn core_file(data: &[u8]) {
    match core::read(&text(data)) {
        Ok(fw) => {
            let back = core::read(&core::write(&fw)).expect("its own core file reads");
            assert!(
                back == fw,
                "the framework changed through its own core file"
            );
        }
        Err(problems) => assert_placed(&problems),
    }
}

/// An organisation's role content CSV: refused with placed problems, or a valid framework.
pub fn role_content_csv(data: &[u8]) {
    let text = text(data);
    let _ = crate::load::csv::parse(&text);
    match import::role_content("fuzz.csv", &text) {
        Ok(imported) => {
            // Written back as role content rows and read again, the same framework comes back.
            let fw = imported.framework;
            let csv = import::export::roles_csv(&fw);
            let again = import::role_content("fuzz.csv", &csv)
                .unwrap_or_else(|p| panic!("its own export is refused: {p:?}"))
                .framework;
            assert_eq!(again.levels.len(), fw.levels.len());
            assert_eq!(again.skills.len(), fw.skills.len());
        }
        Err(problems) => assert_placed(&problems),
    }
}

/// A page link: whatever it holds, only known ids survive checking against the framework, and
/// the checked state writes a link that reads back to the same state (the host's other
/// parameters kept).
pub fn link(data: &[u8]) {
    let query = text(data);
    let fw = official();
    let _ = url_state::read_link(&query, "rc");
    let (known, _) = selection::read_known_link(fw, &query, "rc", 6);
    assert!(known.columns.len() <= 6);
    assert!(known.columns.iter().all(|id| fw.level(id).is_some()));
    let written = url_state::write_link(&query, "rc", &known);
    let (again, _) = selection::read_known_link(fw, &written, "rc", 6);
    assert_eq!(again, known, "{query:?} wrote {written:?}");
}

/// A host's options, one `name=value` per line: every one is used or named in a message.
pub fn embed_options(data: &[u8]) {
    let text = text(data);
    let pairs: Vec<(&str, &str)> = text
        .lines()
        .map(|line| line.split_once('=').unwrap_or((line, "")))
        .collect();
    let (parsed, _problems) = options::parse(pairs.iter().copied());
    assert!((1..=crate::engine::compare::MAX_COLUMNS).contains(&parsed.max_columns));
    assert!(url_state::is_valid_param(&parsed.param));
}
