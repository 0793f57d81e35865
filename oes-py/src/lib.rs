//! Python bindings of oes-core: the private extension module `oes._oes`.
//!
//! The package `oes` (`python/oes/`) re-exports everything here and adds the pure-Python parts (DataFrames, tidy
//! tables). Each class wraps a core type (`Survey { inner: oes_core::Survey }`, `NpsAccumulator { inner:
//! oes_core::metrics::nps::NpsAccumulator }`, ...) and converts arguments and results; every figure, check and
//! error message comes from the core. Core errors become Python exceptions in one function,
//! [`errors::to_py_err`].
//!
//! Layout: `errors.rs` (exceptions), `values.rs` (lists, NumPy arrays and Series into tallies), `metrics.rs`
//! (one-shot metrics, results, accumulators), `support.rs` (support tickets), `survey.rs` (surveys and responses),
//! `report.rs` (reports), `scorer.rs` (the Overall Experience Score model), `json.rs` (serde values to Python,
//! pickling).

mod arrow;
mod columns;
mod errors;
mod json;
mod metrics;
mod report;
mod scorer;
mod support;
mod survey;
mod values;

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::IntoPyObjectExt;

use metrics::*;
use report::{Report, ReportAccumulator};
use scorer::{OesAccumulator, OesScore, Scorer};
use support::{DurationStats, SupportAccumulator, SupportResult};
use survey::{Response, Responses, Survey};

/// Rebuilds a pickled object from its kind and JSON state (what every `__reduce__` points to).
#[pyfunction]
fn _restore(py: Python<'_>, kind: &str, state: &str) -> PyResult<Py<PyAny>> {
    macro_rules! restore {
        ($($class:ident),*) => {
            match kind {
                $(stringify!($class) => $class::from_json(state)?.into_py_any(py),)*
                _ => Err(PyValueError::new_err(format!("cannot restore an object of kind {kind:?}"))),
            }
        };
    }
    restore!(
        Survey,
        NpsResult,
        CsatResult,
        CesResult,
        CesEffortResult,
        RatingResult,
        YesNoResult,
        Comparison,
        Report,
        Responses,
        NpsAccumulator,
        CsatAccumulator,
        CesAccumulator,
        CesEffortAccumulator,
        RatingAccumulator,
        YesNoAccumulator,
        ReportAccumulator,
        DurationStats,
        SupportResult,
        SupportAccumulator,
        OesScore,
        OesAccumulator
    )
}

#[pymodule]
fn _oes(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    errors::register(m)?;
    m.add_class::<Survey>()?;
    m.add_class::<Response>()?;
    m.add_class::<Responses>()?;
    m.add_class::<Report>()?;
    m.add_class::<ReportAccumulator>()?;
    m.add_class::<NpsResult>()?;
    m.add_class::<CsatResult>()?;
    m.add_class::<CesResult>()?;
    m.add_class::<CesEffortResult>()?;
    m.add_class::<RatingResult>()?;
    m.add_class::<YesNoResult>()?;
    m.add_class::<Comparison>()?;
    m.add_class::<NpsAccumulator>()?;
    m.add_class::<CsatAccumulator>()?;
    m.add_class::<CesAccumulator>()?;
    m.add_class::<CesEffortAccumulator>()?;
    m.add_class::<RatingAccumulator>()?;
    m.add_class::<YesNoAccumulator>()?;
    m.add_class::<DurationStats>()?;
    m.add_class::<SupportResult>()?;
    m.add_class::<SupportAccumulator>()?;
    m.add_class::<Scorer>()?;
    m.add_class::<OesScore>()?;
    m.add_class::<OesAccumulator>()?;
    m.add_function(wrap_pyfunction!(survey::headlines, m)?)?;
    m.add_function(wrap_pyfunction!(nps, m)?)?;
    m.add_function(wrap_pyfunction!(csat, m)?)?;
    m.add_function(wrap_pyfunction!(ces, m)?)?;
    m.add_function(wrap_pyfunction!(ces_effort, m)?)?;
    m.add_function(wrap_pyfunction!(rating, m)?)?;
    m.add_function(wrap_pyfunction!(yes_no, m)?)?;
    m.add_function(wrap_pyfunction!(compare_nps, m)?)?;
    m.add_function(wrap_pyfunction!(survey::read_responses, m)?)?;
    m.add_function(wrap_pyfunction!(report::report, m)?)?;
    m.add_function(wrap_pyfunction!(_restore, m)?)?;
    m.add_function(wrap_pyfunction!(columns::read_columns, m)?)?;
    m.add_function(wrap_pyfunction!(arrow::read_arrow, m)?)?;
    Ok(())
}
