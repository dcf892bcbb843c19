//! Replays every input kept in `fuzz/corpus/` (seeds and what the fuzzer found worth keeping)
//! through the same functions the fuzz targets call, on every machine and without nightly:
//! none may panic or break its stated property, and none may take 100 ms or more.

use role_compare::fuzzing::TARGETS;
use std::path::Path;
use std::time::{Duration, Instant};

#[test]
fn every_kept_fuzz_input_passes_quickly() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus");
    let mut replayed = 0;
    for (name, run) in TARGETS {
        let dir = root.join(name);
        let mut inputs: Vec<_> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .map(|entry| entry.unwrap().path())
            .collect();
        inputs.sort();
        assert!(!inputs.is_empty(), "{name} has seed inputs");
        for path in inputs {
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
