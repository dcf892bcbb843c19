//! Fuzz target: see `role_compare::fuzzing::embed_options` for what must hold for any input.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| role_compare::fuzzing::embed_options(data));
