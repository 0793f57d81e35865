#![no_main]
//! See `checks::responses_parquet`.

#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::responses_parquet(data));
