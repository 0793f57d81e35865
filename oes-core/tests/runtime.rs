//! Loading ONNX Runtime: a failed load is not remembered for the process (its own test binary, so that no other test
//! has loaded the runtime first). Needs ONNX Runtime, as `model.rs` does.
#![cfg(feature = "onnx")]

use oes_core::oes::Scorer;

#[test]
fn a_failed_load_does_not_stop_a_later_one() {
    let missing = std::env::temp_dir().join("oes-no-such-library.so");
    let err = Scorer::builder()
        .model_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../models"))
        .runtime(&missing)
        .build()
        .unwrap_err();
    assert!(err.to_string().contains("is not a file"), "{err}");

    let not_a_library = std::env::temp_dir().join(format!("oes-not-a-library-{}.so", std::process::id()));
    std::fs::write(&not_a_library, b"not a shared library").unwrap();
    let err = Scorer::builder()
        .model_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../models"))
        .runtime(&not_a_library)
        .build()
        .unwrap_err();
    std::fs::remove_file(&not_a_library).unwrap();
    assert!(err.to_string().contains("cannot load ONNX Runtime"), "{err}");
    assert!(err.to_string().contains("pip install onnxruntime"), "{err}");

    // The runtime found the usual way (ORT_DYLIB_PATH or the onnxruntime package) still loads.
    let scorer = Scorer::builder()
        .model_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../models"))
        .threads(1)
        .build()
        .expect("ONNX Runtime loads after the failed attempts");
    assert!(format!("{scorer:?}").contains("ONNX Runtime"));
}
