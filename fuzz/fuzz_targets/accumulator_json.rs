#![no_main]
//! See `checks::accumulator_json`.

#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::accumulator_json(data));
