//! Finding ONNX Runtime for the command: `--runtime`, else `ORT_DYLIB_PATH`, else the `onnxruntime` package of
//! `OES_PYTHON` (default `python3`, then `python`), asked in isolated mode (`-I`: neither the working directory nor
//! `PYTHON*` variables nor the user's site-packages are searched), so that no library in the working directory is
//! ever loaded.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use oes_core::oes::{find_runtime, runtime_in_package};

/// The runtime library to load, or an error that says how to install one.
pub fn locate(explicit: Option<&Path>) -> Result<PathBuf, String> {
    if explicit.is_some() || std::env::var_os("ORT_DYLIB_PATH").is_some_and(|p| !p.is_empty()) {
        return find_runtime(explicit).map_err(|e| e.to_string());
    }
    let pythons: Vec<String> = match std::env::var("OES_PYTHON") {
        Ok(p) if !p.is_empty() => vec![p],
        _ => vec!["python3".into(), "python".into()],
    };
    for python in &pythons {
        if let Some(lib) = in_python(python) {
            return Ok(lib);
        }
    }
    Err(format!(
        "OES model: ONNX Runtime was not found: install it with `pip install onnxruntime` (1.24 or newer) for {}, \
         pass --runtime FILE, or point ORT_DYLIB_PATH at libonnxruntime.so / onnxruntime.dll / libonnxruntime.dylib",
        pythons.join(" or ")
    ))
}

/// The library inside the `onnxruntime` package that `python` would import, found without importing it.
fn in_python(python: &str) -> Option<PathBuf> {
    let script = "import importlib.util as u\n\
                  s = u.find_spec('onnxruntime')\n\
                  print('\\n'.join(s.submodule_search_locations or []) if s else '')";
    let out =
        Command::new(python).args(["-I", "-c", script]).stdin(Stdio::null()).stderr(Stdio::null()).output().ok()?;
    if !out.status.success() {
        return None;
    }
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    // Only absolute package folders: a relative one would be resolved against the working directory.
    let dirs: Vec<&str> = text.lines().filter(|l| Path::new(l).is_absolute()).collect();
    runtime_in_package(dirs)
}
