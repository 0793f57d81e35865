//! Support tickets: `SupportAccumulator` (time to resolution, first reply, within target, unresolved, contacts per
//! resolution, reopen rate) and its results, the Python side of `oes-wasm/src/support.rs`.

use oes_core::metrics::support::{DurationStats as CoreDurationStats, SupportAccumulator as CoreSupport};
use oes_core::{Confidence, Ticket};
use pyo3::prelude::*;

use crate::errors::{parameter, to_py_err};
use crate::json;
use crate::metrics::{result_class, Field};

result_class! {
    /// Figures of one duration, in hours (`SupportResult.ttr` and `.first_reply`). `exact` is false once the sketch
    /// switched from exact values to 0.5 %-accurate buckets (over 10,000 distinct durations).
    DurationStats(CoreDurationStats) {
        n: u64, mean_hours: Option<f64>, median_hours: Option<f64>, median_ci: Option<(f64, f64)>,
        p90_hours: Option<f64>, p90_ci: Option<(f64, f64)>, exact: bool,
    }
}

result_class! {
    /// Support figures (see `SupportAccumulator.result`); shares and their Wilson intervals are in percent.
    SupportResult(oes_core::metrics::support::SupportResult) {
        tickets: u64, resolved: u64, percent_unresolved: Option<f64>, ttr: DurationStats, first_reply: DurationStats,
        target_hours: f64, percent_within_target: Option<f64>, within_target_ci: Option<(f64, f64)>,
        contacts_per_resolution: Option<f64>, reopen_rate: Option<f64>, reopen_ci: Option<(f64, f64)>,
    }
}

impl Field<DurationStats> for CoreDurationStats {
    fn field(&self) -> DurationStats {
        DurationStats { inner: self.clone() }
    }
}

/// A ticket from a dict `{"opened_at", "first_reply_at"?, "resolved_at"?, "contacts"?, "reopened"?, "channel"?}`
/// (times as RFC 3339 text or datetimes), checked by the core.
fn ticket_of(obj: &Bound<'_, PyAny>) -> PyResult<Ticket> {
    let text: String = obj
        .py()
        .import("oes._frames")?
        .call_method1("record_json", (obj,))
        .and_then(|t| t.extract())
        .map_err(|e| parameter("ticket", format!("not JSON: {e}")))?;
    let value: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| parameter("ticket", format!("not JSON: {e}")))?;
    Ticket::from_value(&value).map_err(|message| parameter("ticket", message))
}

/// A resolution target in seconds from a Python int: a negative one is a `ParameterError` naming `name` (the core
/// takes any `u64`; this is the conversion, as in the WebAssembly binding).
pub(crate) fn target_seconds_of(name: &'static str, seconds: i64) -> PyResult<u64> {
    u64::try_from(seconds).map_err(|_| parameter(name, format!("{seconds} is negative")))
}

/// Accumulates support tickets exactly (quantiles exact up to 10,000 distinct durations, then 0.5 % accurate);
/// mergeable and picklable.
#[pyclass(module = "oes._oes", eq)]
#[derive(Debug, Clone, PartialEq)]
pub struct SupportAccumulator {
    inner: CoreSupport,
}

#[pymethods]
impl SupportAccumulator {
    /// An empty accumulator; `target_seconds` is the resolution target (default 86400, 24 hours).
    #[new]
    #[pyo3(signature = (target_seconds=86400))] // oes_core::metrics::support::DEFAULT_TARGET_SECONDS
    fn new(target_seconds: i64) -> PyResult<Self> {
        Ok(SupportAccumulator { inner: CoreSupport::new(target_seconds_of("target_seconds", target_seconds)?) })
    }

    /// Adds a ticket: a dict `{"opened_at", "first_reply_at"?, "resolved_at"?, "contacts"?, "reopened"?,
    /// "channel"?}` with times as RFC 3339 text or datetimes (naive ones are taken as UTC). Raises `ParameterError`
    /// when a time precedes `opened_at` or a count is not a non-negative integer.
    fn add(&mut self, ticket: &Bound<'_, PyAny>) -> PyResult<()> {
        self.inner.add(&ticket_of(ticket)?);
        Ok(())
    }

    /// Adds many tickets (an iterable of dicts, e.g. `df.to_dict("records")`): either all or, on an error, none.
    fn add_many(&mut self, tickets: &Bound<'_, PyAny>) -> PyResult<()> {
        let mut read = Vec::new();
        for ticket in tickets.try_iter()? {
            read.push(ticket_of(&ticket?)?);
        }
        read.iter().for_each(|t| self.inner.add(t));
        Ok(())
    }

    /// Adds another accumulator with the same target in place (`IncompatibleError` otherwise; exact, in any order)
    /// and returns this accumulator, so that merges chain.
    fn merge<'py>(slf: &Bound<'py, Self>, other: &Bound<'py, Self>) -> PyResult<Bound<'py, Self>> {
        let other = other.borrow().inner.clone();
        slf.borrow_mut().inner.merge(&other).map_err(to_py_err)?;
        Ok(slf.clone())
    }

    /// `a + b`: a new accumulator holding both (`a` and `b` are unchanged).
    fn __add__(&self, other: PyRef<'_, Self>) -> PyResult<Self> {
        let mut inner = self.inner.clone();
        inner.merge(&other.inner).map_err(to_py_err)?;
        Ok(SupportAccumulator { inner })
    }

    /// `0 + a`: a copy, so that `sum(parts)` adds a list of accumulators.
    fn __radd__(&self, other: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        json::radd_zero(other, || self.clone())
    }

    /// A copy.
    fn copy(&self) -> Self {
        self.clone()
    }

    /// Number of tickets.
    #[getter]
    fn tickets(&self) -> u64 {
        self.inner.tickets()
    }

    /// The resolution target, in seconds.
    #[getter]
    fn target_seconds(&self) -> u64 {
        self.inner.target_seconds()
    }

    /// The figures.
    #[pyo3(signature = (confidence=0.95))]
    fn result(&self, confidence: f64) -> PyResult<SupportResult> {
        let confidence = Confidence::new(confidence).map_err(to_py_err)?;
        Ok(SupportResult { inner: self.inner.result(confidence) })
    }

    /// The exact state as JSON (the serde form of the Rust accumulator).
    fn to_json(&self) -> PyResult<String> {
        json::state(&self.inner)
    }

    /// An accumulator from `to_json()`.
    #[staticmethod]
    pub(crate) fn from_json(text: &str) -> PyResult<Self> {
        Ok(SupportAccumulator { inner: json::from_state("SupportAccumulator", text)? })
    }

    fn __repr__(&self) -> String {
        format!("SupportAccumulator(target_seconds={}, tickets={})", self.inner.target_seconds(), self.inner.tickets())
    }

    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<(Bound<'py, PyAny>, (&'static str, String))> {
        json::reduce(py, "SupportAccumulator", json::state(&self.inner)?)
    }
}
