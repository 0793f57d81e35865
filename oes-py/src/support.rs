//! Support tickets: `SupportAccumulator` (time to resolution, first reply, within target, unresolved, contacts per
//! resolution, reopen rate) and its results, the Python side of `oes-wasm/src/support.rs`.

use oes_core::metrics::support::{DurationStats as CoreDurationStats, SupportAccumulator as CoreSupport};
use oes_core::{Confidence, Ticket};
use pyo3::prelude::*;

use crate::errors::{parameter, to_py_err};
use crate::json;
use crate::metrics::{result_class, Field};

result_class! {
    /// Figures of one duration (`SupportResult.ttr`, time to resolution, and `.first_reply`), in hours.
    /// Definitions: `docs/metrics.md`, "Support metrics".
    ///
    /// `exact` is false once the sketch switched from exact values to 0.5 %-accurate buckets (over 10,000 distinct
    /// durations). Figures are `None` without tickets.
    ///
    /// Examples
    /// --------
    /// >>> import oes
    /// >>> acc = oes.SupportAccumulator()
    /// >>> acc.add({"opened_at": "2025-03-01T09:00:00Z", "resolved_at": "2025-03-01T13:00:00Z"})
    /// >>> acc.add({"opened_at": "2025-03-02T10:00:00Z", "resolved_at": "2025-03-03T10:00:00Z"})
    /// >>> ttr = acc.result().ttr
    /// >>> ttr.n, ttr.mean_hours, ttr.median_hours, ttr.exact
    /// (2, 14.0, 14.0, True)
    DurationStats(CoreDurationStats) {
        /// Number of tickets with this duration (resolved ones for `ttr`, replied ones for `first_reply`).
        n: u64,
        /// Mean duration, in hours (exact).
        mean_hours: Option<f64>,
        /// Median duration, in hours.
        median_hours: Option<f64>,
        /// Distribution-free order-statistic interval of the median, `(low, high)` in hours.
        median_ci: Option<(f64, f64)>,
        /// 90th percentile of the durations, in hours.
        p90_hours: Option<f64>,
        /// Order-statistic interval of the 90th percentile, `(low, high)` in hours.
        p90_ci: Option<(f64, f64)>,
        /// Whether the quantiles are exact (false once the durations are kept in 0.5 %-accurate buckets).
        exact: bool,
    }
}

result_class! {
    /// Support figures, from `SupportAccumulator.result` (and, as dicts, the `support` of a report's periods).
    /// Definitions: `docs/metrics.md`, "Support metrics".
    ///
    /// Shares and their Wilson intervals are percent (0-100), durations hours, counts tickets. Support figures are
    /// unweighted.
    ///
    /// Examples
    /// --------
    /// >>> import oes
    /// >>> acc = oes.SupportAccumulator(target_seconds=8 * 3600)
    /// >>> acc.add({"opened_at": "2025-03-01T09:00:00Z", "resolved_at": "2025-03-01T13:00:00Z", "contacts": 2})
    /// >>> acc.add({"opened_at": "2025-03-02T10:00:00Z", "resolved_at": "2025-03-03T10:00:00Z"})
    /// >>> r = acc.result()
    /// >>> r.tickets, r.resolved, r.target_hours, r.percent_within_target, r.contacts_per_resolution
    /// (2, 2, 8.0, 50.0, 2.0)
    SupportResult(oes_core::metrics::support::SupportResult) {
        /// Number of tickets (responses with a ticket).
        tickets: u64,
        /// Number of resolved tickets (with `resolved_at`).
        resolved: u64,
        /// Share of tickets not resolved, percent (0-100).
        percent_unresolved: Option<f64>,
        /// Time to resolution of the resolved tickets, in hours.
        ttr: DurationStats,
        /// Time to the first reply of the tickets with `first_reply_at`, in hours.
        first_reply: DurationStats,
        /// The resolution target, in hours.
        target_hours: f64,
        /// Share of all tickets resolved within the target, percent (0-100; unresolved ones count as not within).
        percent_within_target: Option<f64>,
        /// Wilson interval of `percent_within_target`, `(low, high)` in percent.
        within_target_ci: Option<(f64, f64)>,
        /// Mean number of contacts per resolved ticket (over resolved tickets that report `contacts`).
        contacts_per_resolution: Option<f64>,
        /// Share of tickets reopened at least once (over tickets that report `reopened`), percent (0-100).
        reopen_rate: Option<f64>,
        /// Wilson interval of `reopen_rate`, `(low, high)` in percent.
        reopen_ci: Option<(f64, f64)>,
    }
}

impl crate::metrics::Repr for CoreDurationStats {}
impl crate::metrics::Repr for oes_core::metrics::support::SupportResult {}

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
///
/// Parameters
/// ----------
/// target_seconds : int, default 86400
///     The resolution target, in seconds (24 hours by default).
///
/// Examples
/// --------
/// >>> import oes
/// >>> acc = oes.SupportAccumulator()
/// >>> acc.add_many([
/// ...     {"opened_at": "2025-03-01T09:00:00Z", "first_reply_at": "2025-03-01T09:30:00Z",
/// ...      "resolved_at": "2025-03-01T13:00:00Z"},
/// ...     {"opened_at": "2025-03-03T08:00:00Z"},
/// ... ])
/// >>> acc
/// SupportAccumulator(target_seconds=86400, tickets=2)
/// >>> r = acc.result()
/// >>> r.percent_unresolved, r.first_reply.median_hours
/// (50.0, 0.5)
#[pyclass(module = "oes._oes", eq)]
#[derive(Debug, Clone, PartialEq)]
pub struct SupportAccumulator {
    inner: CoreSupport,
}

#[pymethods]
impl SupportAccumulator {
    /// An empty accumulator; `target_seconds` is the resolution target in seconds (default 86400, 24 hours).
    #[new]
    #[pyo3(signature = (target_seconds=86400))] // oes_core::metrics::support::DEFAULT_TARGET_SECONDS
    fn new(target_seconds: i64) -> PyResult<Self> {
        Ok(SupportAccumulator { inner: CoreSupport::new(target_seconds_of("target_seconds", target_seconds)?) })
    }

    /// Adds a ticket.
    ///
    /// Parameters
    /// ----------
    /// ticket : dict
    ///     `{"opened_at", "first_reply_at"?, "resolved_at"?, "contacts"?, "reopened"?, "channel"?}` with times as
    ///     RFC 3339 text or datetimes (naive ones are taken as UTC); `contacts` and `reopened` are non-negative
    ///     integers (`reopened=True` reads as 1).
    ///
    /// Raises
    /// ------
    /// ParameterError
    ///     A time precedes `opened_at` or a count is not a non-negative integer; nothing is added.
    fn add(&mut self, ticket: &Bound<'_, PyAny>) -> PyResult<()> {
        self.inner.add(&ticket_of(ticket)?);
        Ok(())
    }

    /// Adds many tickets: either all or, on an error, none.
    ///
    /// Parameters
    /// ----------
    /// tickets : iterable of dict
    ///     Tickets as `add` takes them (for a DataFrame, `df.to_dict("records")`).
    ///
    /// Raises
    /// ------
    /// ParameterError
    ///     A ticket is invalid (as in `add`); nothing is added.
    fn add_many(&mut self, tickets: &Bound<'_, PyAny>) -> PyResult<()> {
        let mut read = Vec::new();
        for ticket in tickets.try_iter()? {
            read.push(ticket_of(&ticket?)?);
        }
        read.iter().for_each(|t| self.inner.add(t));
        Ok(())
    }

    /// Adds the tickets of another accumulator in place (exact, in any order) and returns this accumulator, so that
    /// merges chain.
    ///
    /// Parameters
    /// ----------
    /// other : SupportAccumulator
    ///     An accumulator with the same target; it is unchanged.
    ///
    /// Returns
    /// -------
    /// SupportAccumulator
    ///     This accumulator.
    ///
    /// Raises
    /// ------
    /// IncompatibleError
    ///     The targets differ.
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
    ///
    /// Returns
    /// -------
    /// SupportAccumulator
    ///     An independent accumulator with the same tickets.
    fn copy(&self) -> Self {
        self.clone()
    }

    /// Number of tickets added.
    #[getter]
    fn tickets(&self) -> u64 {
        self.inner.tickets()
    }

    /// The resolution target, in seconds.
    #[getter]
    fn target_seconds(&self) -> u64 {
        self.inner.target_seconds()
    }

    /// The support figures of the tickets added so far.
    ///
    /// Parameters
    /// ----------
    /// confidence : float, default 0.95
    ///     Confidence level of the intervals, in (0, 1).
    ///
    /// Returns
    /// -------
    /// SupportResult
    ///     Durations in hours, shares in percent.
    #[pyo3(signature = (confidence=0.95))]
    fn result(&self, confidence: f64) -> PyResult<SupportResult> {
        let confidence = Confidence::new(confidence).map_err(to_py_err)?;
        Ok(SupportResult { inner: self.inner.result(confidence) })
    }

    /// The exact state as JSON (the serde form of the Rust accumulator).
    ///
    /// Returns
    /// -------
    /// str
    ///     JSON that `from_json` reads back into an equal accumulator.
    fn to_json(&self) -> PyResult<String> {
        json::state(&self.inner)
    }

    /// An accumulator from `to_json()`.
    ///
    /// Parameters
    /// ----------
    /// text : str
    ///     The JSON `to_json()` wrote.
    ///
    /// Returns
    /// -------
    /// SupportAccumulator
    ///     Equal to the accumulator that wrote `text`.
    ///
    /// Raises
    /// ------
    /// ParameterError
    ///     `text` is not the state of a support accumulator.
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
