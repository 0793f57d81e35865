#![no_main]
//! See `checks::accumulator_split`.

#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::accumulator_split(data));
