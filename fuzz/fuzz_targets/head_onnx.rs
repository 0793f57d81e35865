#![no_main]
//! The OES head's ONNX reader (a bounded protobuf reader, `oes-core/src/oes/head/proto.rs`) on arbitrary bytes: no
//! panic, no huge allocation (run with `-rss_limit_mb=2048 -malloc_limit_mb=2048`). `cfg(fuzzing)`, which cargo-fuzz
//! sets, exposes the reader as `oes_core::oes::fuzz_native_head`.

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let _ = oes_core::oes::fuzz_native_head(data);
});
