//! The core stays free of binding crates: `cargo tree -p oes-core -e normal` lists neither pyo3 nor wasm-bindgen.

use std::process::Command;

#[test]
fn core_depends_on_no_binding_crate() {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = Command::new(cargo)
        .args(["tree", "-p", "oes-core", "-e", "normal", "--prefix", "none", "--offline"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo tree runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let tree = String::from_utf8(out.stdout).unwrap();
    assert!(tree.starts_with("oes-core"), "{tree}");
    for forbidden in ["pyo3", "numpy", "wasm-bindgen", "js-sys", "web-sys"] {
        assert!(
            !tree.lines().any(|l| l.starts_with(&format!("{forbidden} "))),
            "oes-core depends on {forbidden}:\n{tree}"
        );
    }
}
