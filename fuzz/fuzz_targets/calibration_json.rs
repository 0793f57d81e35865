#![no_main]
//! The calibration a head file carries (`oes.calibration`, JSON) through `Calibration::from_json` and `decode`: see
//! `checks::calibration_json`.

#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::calibration_json(data));
