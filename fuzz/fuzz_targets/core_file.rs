//! Fuzz target: see `role_compare::fuzzing::core_file` for what must hold for any input.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| role_compare::fuzzing::core_file(data));
