//! Reports by segment and time bucket, in one call or through a mergeable, picklable accumulator.

use std::collections::BTreeMap;
use std::path::PathBuf;

use oes_core::{Every, Grouping, ReportOptions, ResultOptions};
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::PyString;

use crate::errors::{limits_of, to_py_err};
use crate::json;
use crate::metrics::metric_options;
use crate::support::target_seconds_of;
use crate::survey::{Responses, Survey};

/// Displays an optional bucket length as Python would (`'month'` or `None`).
struct OptionalName(Option<Every>);

impl std::fmt::Display for OptionalName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.0 {
            Some(e) => write!(f, "{:?}", e.as_str()),
            None => f.write_str("None"),
        }
    }
}

/// Segment names from `None`, one name, or a sequence of names.
fn by_of(by: Option<&Bound<'_, PyAny>>) -> PyResult<Vec<String>> {
    match by {
        None => Ok(Vec::new()),
        Some(b) if b.is_none() => Ok(Vec::new()),
        Some(b) if b.is_instance_of::<PyString>() => Ok(vec![b.extract()?]),
        Some(b) => b.extract::<Vec<String>>().map_err(|_| {
            PyTypeError::new_err(format!("by must be a segment name or a sequence of names, got {}", b.get_type()))
        }),
    }
}

fn every_of(every: Option<&str>) -> PyResult<Option<Every>> {
    every.map(|e| e.parse::<Every>().map_err(to_py_err)).transpose()
}

/// The grouping of a report: segment names, bucket length and support resolution target (ids checked).
fn grouping(by: Vec<String>, every: Option<Every>, target_seconds: u64) -> Grouping {
    Grouping { by, every, resolution_target_seconds: target_seconds, ..Grouping::default() }
}

/// The result options of `report` and `ReportAccumulator.finish` (checked by the core).
fn result_options(
    confidence: f64,
    min_group_size: Option<u64>,
    interval: &str,
    denominator: &str,
    csat_thresholds: Option<BTreeMap<String, i32>>,
    limits: Option<BTreeMap<String, u64>>,
) -> PyResult<ResultOptions> {
    Ok(ResultOptions {
        metrics: metric_options(confidence, interval, denominator)?,
        min_group_size,
        csat_thresholds: csat_thresholds.unwrap_or_default(),
        limits: limits_of(limits)?,
    })
}

/// The responses argument of `report`: a `Responses`, a path (JSONL or CSV), or a pandas or polars DataFrame.
pub(crate) fn responses_of<'py>(
    survey: &Bound<'py, Survey>,
    responses: &Bound<'py, PyAny>,
    limits: &oes_core::Limits,
) -> PyResult<Bound<'py, Responses>> {
    if let Ok(r) = responses.cast::<Responses>() {
        return Ok(r.clone());
    }
    let py = survey.py();
    if responses.is_instance_of::<PyString>() || responses.hasattr("__fspath__")? {
        let path: PathBuf = responses.extract()?;
        let read = crate::survey::read_responses_limited(py, survey.get(), path, false, limits)?;
        return Bound::new(py, read);
    }
    let read = py.import("oes._frames")?.call_method1("read_dataframe", (survey, responses))?;
    Ok(read.cast_into::<Responses>()?)
}

/// A report: per group (overall first) and per period, every metric of every question, with comparisons against
/// the previous period and against the rest. Equal reports compare equal; a report pickles (as its JSON).
#[pyclass(module = "oes._oes", frozen, eq)]
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub(crate) inner: oes_core::Report,
}

#[pymethods]
impl Report {
    /// The report as a dict: exactly the JSON of `oes report --format json`.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        py.import("json")?.call_method1("loads", (self.inner.to_json(),))
    }

    /// The report as JSON (`oes report --format json` prints the pretty form).
    #[pyo3(signature = (pretty=false))]
    fn to_json(&self, pretty: bool) -> String {
        if pretty {
            self.inner.to_json_pretty()
        } else {
            self.inner.to_json()
        }
    }

    /// A tidy pandas DataFrame: one row per group, period and question, with the headline figure of each question
    /// (`figures="all"`: and a column for every other figure of its result); see `oes._tidy` for the columns.
    #[pyo3(signature = (figures="headline"))]
    fn to_pandas<'py>(slf: &Bound<'py, Self>, figures: &str) -> PyResult<Bound<'py, PyAny>> {
        slf.py().import("oes._tidy")?.call_method1("to_pandas", (slf, figures))
    }

    /// A tidy polars DataFrame, as `to_pandas`.
    #[pyo3(signature = (figures="headline"))]
    fn to_polars<'py>(slf: &Bound<'py, Self>, figures: &str) -> PyResult<Bound<'py, PyAny>> {
        slf.py().import("oes._tidy")?.call_method1("to_polars", (slf, figures))
    }

    /// Group labels, in the order of `groups`: `all`, then `store=Berlin, channel=email`, ...
    #[getter]
    fn group_labels(&self) -> Vec<String> {
        self.inner.groups.iter().map(|g| g.label()).collect()
    }

    /// The groups, as dicts (`to_dict()["groups"]`).
    #[getter]
    fn groups<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        json::to_py(py, &self.inner.groups)
    }

    /// Survey id.
    #[getter]
    fn survey(&self) -> &str {
        &self.inner.survey
    }

    /// Number of responses.
    #[getter]
    fn respondents(&self) -> u64 {
        self.inner.respondents
    }

    /// Segment names grouped by.
    #[getter]
    fn by(&self) -> Vec<String> {
        self.inner.by.clone()
    }

    /// Bucket length (`None`: one period over all time).
    #[getter]
    fn every(&self) -> Option<&'static str> {
        self.inner.every.map(Every::as_str)
    }

    /// Confidence level.
    #[getter]
    fn confidence(&self) -> f64 {
        self.inner.confidence
    }

    /// Interval method of NPS-like scores.
    #[getter]
    fn interval(&self) -> &'static str {
        match self.inner.interval {
            oes_core::Interval::Wald => "wald",
            _ => "adjusted_wald",
        }
    }

    /// Denominator policy of shares.
    #[getter]
    fn denominator(&self) -> &'static str {
        self.inner.denominator.as_str()
    }

    /// Minimum group size in force: the one asked for, else the survey audience's default (5 for employee surveys
    /// and surveys that do not give their audience, 0 for customer surveys).
    #[getter]
    fn min_group_size(&self) -> u64 {
        self.inner.min_group_size
    }

    /// A report from `to_json()` (either form), equal to the report that wrote it.
    #[staticmethod]
    pub(crate) fn from_json(text: &str) -> PyResult<Self> {
        Ok(Report { inner: json::from_state("Report", text)? })
    }

    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<(Bound<'py, PyAny>, (&'static str, String))> {
        json::reduce(py, "Report", self.inner.to_json())
    }

    /// What was withheld to protect anonymity, as a dict: `periods` (group-periods withheld) of `of`, `groups` (groups
    /// withheld in every period), `rule` (`"options"`, `"audience"` or `"default"`) and, when anything is withheld,
    /// `reason`.
    #[getter]
    fn withheld<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        json::to_py(py, &self.inner.withheld)
    }

    fn __repr__(&self) -> String {
        format!(
            "Report(survey={:?}, respondents={}, by={:?}, every={}, groups={})",
            self.inner.survey,
            self.inner.respondents,
            self.inner.by,
            OptionalName(self.inner.every),
            self.inner.groups.len()
        )
    }
}

/// Builds a report of `responses` (a `Responses`, a path to a JSONL or CSV file, or a pandas or polars DataFrame in
/// the shape `read_dataframe` takes) grouped by the segments `by` and bucketed by `every`; the support figures of
/// responses with a `ticket` count those resolved within `resolution_target_seconds` (default 86400, 24 hours).
/// `limits` raises or lowers the `periods` and `cells` a report may have (`{"periods": 50000}`). With a `scorer`
/// every response is scored and each period carries the mean Overall Experience Scores with their intervals (as
/// `oes report --oes`); `progress` is `Scorer.score_batch`'s.
#[pyfunction]
#[pyo3(signature = (survey, responses, by=None, every=None, confidence=0.95, min_group_size=None,
                    interval="adjusted_wald", denominator="answered", csat_thresholds=None,
                    resolution_target_seconds=86400, limits=None, scorer=None, progress=None))] // oes_core::metrics::support::DEFAULT_TARGET_SECONDS
#[allow(clippy::too_many_arguments)]
pub(crate) fn report<'py>(
    py: Python<'py>,
    survey: &Bound<'py, Survey>,
    responses: &Bound<'py, PyAny>,
    by: Option<&Bound<'py, PyAny>>,
    every: Option<&str>,
    confidence: f64,
    min_group_size: Option<u64>,
    interval: &str,
    denominator: &str,
    csat_thresholds: Option<BTreeMap<String, i32>>,
    resolution_target_seconds: i64,
    limits: Option<BTreeMap<String, u64>>,
    scorer: Option<&Bound<'py, crate::scorer::Scorer>>,
    progress: Option<&Bound<'py, PyAny>>,
) -> PyResult<Report> {
    let options = ReportOptions {
        grouping: grouping(
            by_of(by)?,
            every_of(every)?,
            target_seconds_of("resolution_target_seconds", resolution_target_seconds)?,
        ),
        result: result_options(confidence, min_group_size, interval, denominator, csat_thresholds, limits)?,
    };
    let responses = responses_of(survey, responses, &options.result.limits)?;
    let (survey, responses) = (&survey.get().inner, &responses.get().inner.responses);
    let Some(scorer) = scorer else {
        let inner = py.detach(|| oes_core::report(survey, responses, &options)).map_err(to_py_err)?;
        return Ok(Report { inner });
    };
    // With the OES: every response scored (in chunks, Ctrl-C checked between them), then counted with its score.
    let progress = crate::scorer::Progress::of(progress)?;
    let scores = crate::scorer::score_in_chunks(py, &scorer.get().inner, survey, responses, &progress)?;
    let inner = py
        .detach(|| {
            let mut acc = oes_core::ReportAccumulator::new(survey.clone(), &options.grouping)?;
            for (r, s) in responses.iter().zip(&scores) {
                acc.add_scored(r, Some(s))?;
            }
            acc.finish(&options.result)
        })
        .map_err(to_py_err)?;
    Ok(Report { inner })
}

/// An exact, mergeable, picklable accumulator of a report: add responses in any order, in any number of processes,
/// merge the parts, and `finish`.
#[pyclass(module = "oes._oes", eq)]
#[derive(Debug, Clone, PartialEq)]
pub struct ReportAccumulator {
    inner: oes_core::ReportAccumulator,
}

#[pymethods]
impl ReportAccumulator {
    /// An empty accumulator for `survey`, grouped by the segments `by`, bucketed by `every`, and with the support
    /// resolution target `resolution_target_seconds` (default 86400, 24 hours).
    #[new]
    #[pyo3(signature = (survey, by=None, every=None, resolution_target_seconds=86400))]
    fn new(
        survey: &Survey,
        by: Option<&Bound<'_, PyAny>>,
        every: Option<&str>,
        resolution_target_seconds: i64,
    ) -> PyResult<Self> {
        let grouping = grouping(
            by_of(by)?,
            every_of(every)?,
            target_seconds_of("resolution_target_seconds", resolution_target_seconds)?,
        );
        let inner = oes_core::ReportAccumulator::new(survey.inner.clone(), &grouping).map_err(to_py_err)?;
        Ok(ReportAccumulator { inner })
    }

    /// Adds responses (a `Responses` read with the same survey), all or nothing: responses of another survey, or a
    /// response id already counted, add none of them (`IncompatibleError`). With a `scorer`, every response is
    /// scored and counted with its Overall Experience Score, so that the report carries the OES means (as
    /// `report(..., scorer=)`); `progress` is `Scorer.score_batch`'s.
    #[pyo3(signature = (responses, scorer=None, progress=None))]
    fn add(
        &mut self,
        py: Python<'_>,
        responses: &Responses,
        scorer: Option<&Bound<'_, crate::scorer::Scorer>>,
        progress: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<()> {
        let list = &responses.inner.responses;
        let Some(scorer) = scorer else {
            let inner = &mut self.inner;
            return py.detach(|| inner.add_all(list)).map_err(to_py_err);
        };
        let progress = crate::scorer::Progress::of(progress)?;
        let scores = crate::scorer::score_in_chunks(py, &scorer.get().inner, &responses.survey, list, &progress)?;
        // Into a copy, kept only when every response was added: all or nothing, as without scores.
        let mut next = self.inner.clone();
        py.detach(|| list.iter().zip(&scores).try_for_each(|(r, s)| next.add_scored(r, Some(s)))).map_err(to_py_err)?;
        self.inner = next;
        Ok(())
    }

    /// Adds another accumulator made for the same survey, `by`, `every` and `resolution_target_seconds` in place
    /// (`IncompatibleError` otherwise, or when both counted a response id) and returns this accumulator, so that
    /// merges chain.
    fn merge<'py>(slf: &Bound<'py, Self>, other: &Bound<'py, Self>) -> PyResult<Bound<'py, Self>> {
        let other = other.borrow().inner.clone();
        slf.borrow_mut().inner.merge(&other).map_err(to_py_err)?;
        Ok(slf.clone())
    }

    /// `a + b`: a new accumulator holding both (`a` and `b` are unchanged).
    fn __add__(&self, py: Python<'_>, other: PyRef<'_, Self>) -> PyResult<Self> {
        let (mut inner, other) = (self.inner.clone(), &other.inner);
        py.detach(|| inner.merge(other)).map_err(to_py_err)?;
        Ok(ReportAccumulator { inner })
    }

    /// `0 + a`: a copy, so that `sum(parts)` adds a list of accumulators.
    fn __radd__(&self, other: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        json::radd_zero(other, || self.clone())
    }

    /// The report (`limits`: as `report`'s).
    #[pyo3(signature = (confidence=0.95, min_group_size=None, interval="adjusted_wald", denominator="answered",
                        csat_thresholds=None, limits=None))]
    #[allow(clippy::too_many_arguments)]
    fn finish(
        &self,
        py: Python<'_>,
        confidence: f64,
        min_group_size: Option<u64>,
        interval: &str,
        denominator: &str,
        csat_thresholds: Option<BTreeMap<String, i32>>,
        limits: Option<BTreeMap<String, u64>>,
    ) -> PyResult<Report> {
        let options = result_options(confidence, min_group_size, interval, denominator, csat_thresholds, limits)?;
        let inner = py.detach(|| self.inner.finish(&options)).map_err(to_py_err)?;
        Ok(Report { inner })
    }

    /// A copy.
    fn copy(&self) -> Self {
        self.clone()
    }

    /// The survey.
    #[getter]
    fn survey(&self) -> Survey {
        Survey { inner: self.inner.survey().clone() }
    }

    /// Segment names grouped by.
    #[getter]
    fn by(&self) -> Vec<String> {
        self.inner.grouping().by.clone()
    }

    /// Bucket length.
    #[getter]
    fn every(&self) -> Option<&'static str> {
        self.inner.grouping().every.map(Every::as_str)
    }

    /// The support resolution target, in seconds.
    #[getter]
    fn resolution_target_seconds(&self) -> u64 {
        self.inner.grouping().resolution_target_seconds
    }

    /// The exact state as JSON: the serde form of the Rust `ReportAccumulator` (its survey, grouping, fingerprint
    /// and counts).
    fn to_json(&self) -> PyResult<String> {
        json::state(&self.inner)
    }

    /// An accumulator from `to_json()` (checked: a state whose counts do not fit its survey is refused).
    #[staticmethod]
    pub(crate) fn from_json(text: &str) -> PyResult<Self> {
        Ok(ReportAccumulator { inner: json::from_state("ReportAccumulator", text)? })
    }

    fn __repr__(&self) -> String {
        let g = self.inner.grouping();
        format!(
            "ReportAccumulator(survey={:?}, by={:?}, every={}, resolution_target_seconds={})",
            self.inner.survey().id(),
            g.by,
            OptionalName(g.every),
            g.resolution_target_seconds
        )
    }

    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<(Bound<'py, PyAny>, (&'static str, String))> {
        json::reduce(py, "ReportAccumulator", self.to_json()?)
    }
}
