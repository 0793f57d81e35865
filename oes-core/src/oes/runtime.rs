//! Finding and loading ONNX Runtime (`ort` with `load-dynamic`): an explicit path, else `ORT_DYLIB_PATH`; otherwise an
//! error that says how to install it.
//!
//! The library never looks for the runtime anywhere else: it runs no interpreter and never loads a library from the
//! working directory. Finding the `onnxruntime` Python package is the job of the front ends (the `oes` command asks
//! an isolated `python3 -I`; the Python package asks its own interpreter), which pass the path they found.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

use crate::error::{Error, Result};

const INSTALL_HINT: &str = "install it with `pip install onnxruntime` (1.24 or newer), or point ORT_DYLIB_PATH at \
                            libonnxruntime.so / onnxruntime.dll / libonnxruntime.dylib";

/// Where ONNX Runtime's shared library is: `explicit`, else `ORT_DYLIB_PATH`. Either must name an existing file;
/// nothing else is searched (see the module's documentation).
pub fn find_runtime(explicit: Option<&Path>) -> Result<PathBuf> {
    if let Some(p) = explicit {
        return existing(p, "the runtime path given");
    }
    if let Some(p) = std::env::var_os("ORT_DYLIB_PATH").filter(|p| !p.is_empty()) {
        return existing(Path::new(&p), "ORT_DYLIB_PATH");
    }
    Err(Error::Model(format!("ONNX Runtime was not found: {INSTALL_HINT}")))
}

/// ONNX Runtime's shared library inside an installed `onnxruntime` Python package, given the package's folders
/// (`importlib.util.find_spec("onnxruntime").submodule_search_locations`): the first by name of
/// `libonnxruntime.so*`, `onnxruntime.dll` and `libonnxruntime*.dylib` in a folder's `capi/`.
pub fn runtime_in_package<P: AsRef<Path>>(package_dirs: impl IntoIterator<Item = P>) -> Option<PathBuf> {
    package_dirs.into_iter().find_map(|dir| {
        let capi = dir.as_ref().join("capi");
        let mut found: Vec<PathBuf> = std::fs::read_dir(&capi)
            .ok()?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                let name = p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                name.starts_with("libonnxruntime.so")
                    || name == "onnxruntime.dll"
                    || (name.starts_with("libonnxruntime") && name.ends_with(".dylib"))
            })
            .collect();
        found.sort();
        found.into_iter().next()
    })
}

fn existing(p: &Path, what: &str) -> Result<PathBuf> {
    if p.is_file() {
        Ok(p.to_path_buf())
    } else {
        Err(Error::Model(format!("{what} {} is not a file: {INSTALL_HINT}", p.display())))
    }
}

/// ONNX Runtime's telemetry opt-out variable (see [`environment`]).
pub(crate) const TELEMETRY_OPT_OUT: &str = "ORT_DISABLE_TELEMETRY";

static ENVIRONMENT: OnceLock<(PathBuf, ort::environment::Environment)> = OnceLock::new();
static LOADING: Mutex<()> = Mutex::new(());

/// Loads ONNX Runtime once per process (from `path`, or found by [`find_runtime`]) and returns its environment.
/// A later call with another path gets the runtime loaded first. A failed load is not remembered: a later call with
/// a good path loads it.
pub(crate) fn environment(path: Option<&Path>) -> Result<&'static ort::environment::Environment> {
    if let Some((_, env)) = ENVIRONMENT.get() {
        return Ok(env);
    }
    // One load at a time; a panic elsewhere while holding the lock leaves nothing half-done here.
    let _loading = LOADING.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some((_, env)) = ENVIRONMENT.get() {
        return Ok(env);
    }
    let lib = find_runtime(path)?;
    // ONNX Runtime 1.2x on Linux and macOS starts a telemetry system when its environment is created, which writes a
    // device id and an event database under the user's cache directory (`~/.cache/Microsoft/DeveloperTools`) before
    // any API call could turn it off. The variable below, read at that moment, is its full opt-out; a value the user
    // set is respected.
    if std::env::var_os(TELEMETRY_OPT_OUT).is_none() {
        std::env::set_var(TELEMETRY_OPT_OUT, "1");
    }
    let builder = ort::init_from(&lib)
        .map_err(|e| Error::Model(format!("cannot load ONNX Runtime from {}: {e}; {INSTALL_HINT}", lib.display())))?;
    // And the runtime's own switch, for the events of later calls.
    let env = builder
        .with_name("oes")
        .with_telemetry(false)
        .build()
        .map_err(|e| Error::Model(format!("cannot start ONNX Runtime from {}: {e}", lib.display())))?;
    Ok(&ENVIRONMENT.get_or_init(|| (lib, env)).1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_library_is_found_in_a_package_folder() {
        let root = std::env::temp_dir().join(format!("oes-runtime-package-{}", std::process::id()));
        let (empty, package) = (root.join("empty"), root.join("onnxruntime"));
        std::fs::create_dir_all(package.join("capi")).unwrap();
        std::fs::create_dir_all(&empty).unwrap();
        for name in ["onnxruntime_pybind11_state.so", "libonnxruntime.so.1.32.0", "libonnxruntime_providers_shared.so"]
        {
            std::fs::write(package.join("capi").join(name), b"").unwrap();
        }
        let found = runtime_in_package([&empty, &package]);
        let none = runtime_in_package([&empty]);
        std::fs::remove_dir_all(&root).unwrap();
        assert_eq!(found, Some(package.join("capi/libonnxruntime.so.1.32.0")));
        assert_eq!(none, None);
    }
}
