//! Replays every input kept in `fuzz/seeds/` (written by hand) and `fuzz/corpus/` (what the
//! fuzzer found worth keeping)
//! through the same functions the fuzz targets call, on every machine and without nightly:
//! none may panic or break its stated property, and none may take 100 ms or more.

#![cfg(not(target_arch = "wasm32"))] // native: the built-in framework, files and processes

use role_compare::fuzzing::TARGETS;
use std::path::Path;
use std::time::{Duration, Instant};

#[test]
fn every_kept_fuzz_input_passes_quickly() {
    let fuzz = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut replayed = 0;
    // The link target parses the embedded framework once, on its first input: not a fuzz input's cost.
    role_compare::fuzzing::link(b"");
    for (name, run) in TARGETS {
        let files = |dir: &str| -> Vec<std::path::PathBuf> {
            let dir = fuzz.join(dir).join(name);
            let mut files: Vec<_> = std::fs::read_dir(&dir)
                .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
                .map(|entry| entry.unwrap().path())
                .filter(|p| p.file_name().is_some_and(|n| n != ".keep"))
                .collect();
            files.sort();
            files
        };
        let seeds = files("seeds");
        assert!(!seeds.is_empty(), "{name} has seed inputs");
        for path in seeds.into_iter().chain(files("corpus")) {
            let data = std::fs::read(&path).unwrap();
            let start = Instant::now();
            run(&data);
            let took = start.elapsed();
            // Debug builds are several times slower than the fuzzer's; the bound holds for both.
            assert!(
                took < Duration::from_millis(100),
                "{} took {took:?}",
                path.display()
            );
            replayed += 1;
        }
    }
    assert!(replayed >= 11, "only {replayed} inputs replayed");
}
