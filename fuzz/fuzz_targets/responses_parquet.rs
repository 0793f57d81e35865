#![no_main]
//! See `checks::responses_parquet`.
//!
//! The `parquet` crate panics on some malformed files, and oes turns those panics into errors naming the file
//! (`oes_core::arrow::parquet_batches` runs the decoder under `catch_unwind`): they are not crashes here. libFuzzer's
//! panic hook aborts at every panic, caught or not, so this target's hook lets a panic raised inside the arrow-rs
//! crates (`parquet`, `arrow-*`) unwind to oes's `catch_unwind`. Any other panic still aborts at once, and a panic
//! that reaches libFuzzer's own `catch_unwind` (one oes did not catch) aborts there: both are crashes.

#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(
    init: {
        let abort = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let file = info.location().map_or("", |l| l.file());
            if !(file.contains("/parquet-") || file.contains("/arrow-")) {
                abort(info);
            }
        }));
    },
    |data: &[u8]| checks::responses_parquet(data)
);
