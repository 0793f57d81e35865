#![no_main]
//! See `checks::responses_csv`.

#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::responses_csv(data));
