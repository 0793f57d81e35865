#![no_main]
//! See `checks::survey_json`.

#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::survey_json(data));
