//! Reports by segment and time bucket, in one call or through a mergeable, picklable accumulator.

use std::collections::BTreeMap;
use std::path::PathBuf;

use oes_core::io::{count_into, ReadMode};
use oes_core::{Every, Grouping, ReportOptions, ResultOptions};
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyString};

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

/// The path a `responses` argument names, when it is a string or a path-like object.
fn path_of(responses: &Bound<'_, PyAny>) -> PyResult<Option<PathBuf>> {
    if responses.is_instance_of::<PyString>() || responses.hasattr("__fspath__")? {
        return responses.extract().map(Some);
    }
    Ok(None)
}

/// Whether `value` is a pandas or polars DataFrame, or a pyarrow Table or RecordBatch.
fn is_dataframe(value: &Bound<'_, PyAny>) -> bool {
    let ty = value.get_type();
    let module = ty.module().map(|m| m.to_string()).unwrap_or_default();
    let name = ty.name().map(|n| n.to_string()).unwrap_or_default();
    (name == "DataFrame" && (module.starts_with("pandas") || module.starts_with("polars")))
        || (module.starts_with("pyarrow") && (name == "Table" || name == "RecordBatch"))
}

/// The responses argument of `report`: a `Responses`, a path (JSONL or CSV), a pandas or polars DataFrame or a
/// pyarrow Table.
pub(crate) fn responses_of<'py>(
    survey: &Bound<'py, Survey>,
    responses: &Bound<'py, PyAny>,
    limits: &oes_core::Limits,
    grouped: &[String],
) -> PyResult<Bound<'py, Responses>> {
    if let Ok(r) = responses.cast::<Responses>() {
        return Ok(r.clone());
    }
    let py = survey.py();
    if let Some(path) = path_of(responses)? {
        let read = crate::survey::read_responses_limited(py, survey.get(), path, false, limits)?;
        return Bound::new(py, read);
    }
    let read =
        py.import("oes._frames")?.call_method("_read", (survey, responses), Some(&grouped_kwargs(py, grouped)?))?;
    Ok(read.cast_into::<Responses>()?)
}

/// The keyword arguments that tell the DataFrame readers of `_frames` which columns a report groups by (inferred
/// segment columns among them are not warned about: the caller chose them).
fn grouped_kwargs<'py>(py: Python<'py>, grouped: &[String]) -> PyResult<Bound<'py, PyDict>> {
    let kwargs = PyDict::new(py);
    kwargs.set_item("grouped", grouped.to_vec())?;
    Ok(kwargs)
}

/// A report: per group (overall first) and per period, every metric of every question, with comparisons against
/// the previous period and against the rest; made by `oes.report` and `ReportAccumulator.finish`.
///
/// `str(report)` is the table `oes report --format table` prints; in Jupyter a report shows as an HTML table of
/// the headline figures. Every figure, with all its fields, is in `to_dict()` (the JSON of `oes report`), one row
/// per group, period and question in `to_pandas()` / `to_polars()`. Groups with fewer respondents in a period than
/// `min_group_size` have their figures withheld. Equal reports compare equal; a report pickles (as its JSON).
/// Definitions: `docs/metrics.md`.
///
/// Examples
/// --------
/// >>> import oes
/// >>> survey = oes.Survey.from_json({"id": "pulse", "questions": [
/// ...     {"id": "nps", "kind": "nps"}, {"id": "csat", "kind": "csat", "scale": {"min": 1, "max": 5}}]})
/// >>> responses = oes.Responses.from_dicts(survey, [
/// ...     {"id": "r1", "submitted_at": "2025-01-14T09:30:00Z", "segments": {"store": "Berlin"},
/// ...      "answers": {"nps": 10, "csat": 5}},
/// ...     {"id": "r2", "submitted_at": "2025-01-20T17:02:00Z", "segments": {"store": "Berlin"},
/// ...      "answers": {"nps": 6, "csat": 3}},
/// ...     {"id": "r3", "submitted_at": "2025-02-02T11:00:00Z", "segments": {"store": "Warsaw"},
/// ...      "answers": {"nps": 9}}])
/// >>> report = oes.report(survey, responses, by="store", every="month", min_group_size=1)
/// >>> report.group_labels
/// ['all', 'store=Berlin', 'store=Warsaw']
/// >>> report.respondents, report.every
/// (3, 'month')
/// >>> print(str(report).splitlines()[0])
/// survey pulse: 3 responses, by store, every month; 95% intervals; no group withheld
#[pyclass(module = "oes._oes", frozen, eq)]
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub(crate) inner: oes_core::Report,
}

#[pymethods]
impl Report {
    /// The report as a dict: exactly the JSON of `oes report --format json`.
    ///
    /// Returns
    /// -------
    /// dict
    ///     `{"survey", "respondents", "by", "every", ..., "groups": [{"segment", "periods": [{"period",
    ///     "respondents", "withheld", "questions": {question id: figures}, ...}]}]}`.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        py.import("json")?.call_method1("loads", (self.inner.to_json(),))
    }

    /// The report as JSON.
    ///
    /// Parameters
    /// ----------
    /// pretty : bool, default False
    ///     Indented, as `oes report --format json` prints it.
    ///
    /// Returns
    /// -------
    /// str
    ///     The JSON text.
    #[pyo3(signature = (pretty=false))]
    fn to_json(&self, pretty: bool) -> String {
        if pretty {
            self.inner.to_json_pretty()
        } else {
            self.inner.to_json()
        }
    }

    /// A tidy pandas DataFrame: one row per group, period and question, with the headline figure of each question.
    ///
    /// Parameters
    /// ----------
    /// figures : {"headline", "all"}, default "headline"
    ///     `"all"` adds a column for every other figure of each question's result.
    ///
    /// Returns
    /// -------
    /// pandas.DataFrame
    ///     The columns are described in `oes._tidy` (`group`, one column per segment, `period`, `start`, `end`,
    ///     `respondents`, `withheld`, `question`, `kind`, `figure`, `value`, `ci_low`, `ci_high`, `n`, and the
    ///     comparisons `vs_previous_*` and `vs_rest_*`).
    #[pyo3(signature = (figures="headline"))]
    fn to_pandas<'py>(slf: &Bound<'py, Self>, figures: &str) -> PyResult<Bound<'py, PyAny>> {
        slf.py().import("oes._tidy")?.call_method1("to_pandas", (slf, figures))
    }

    /// A tidy polars DataFrame, as `to_pandas`.
    ///
    /// Parameters
    /// ----------
    /// figures : {"headline", "all"}, default "headline"
    ///     `"all"` adds a column for every other figure of each question's result.
    ///
    /// Returns
    /// -------
    /// polars.DataFrame
    ///     The columns of `to_pandas()`.
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

    /// The survey id.
    #[getter]
    fn survey(&self) -> &str {
        &self.inner.survey
    }

    /// Number of responses counted.
    #[getter]
    fn respondents(&self) -> u64 {
        self.inner.respondents
    }

    /// The segment names grouped by (empty: the overall group only).
    #[getter]
    fn by(&self) -> Vec<String> {
        self.inner.by.clone()
    }

    /// The period length (`"day"`, `"week"`, `"month"`, `"quarter"`, `"year"`; `None`: one period over all time).
    #[getter]
    fn every(&self) -> Option<&'static str> {
        self.inner.every.map(Every::as_str)
    }

    /// Confidence level of the intervals and tests, a fraction (0.95).
    #[getter]
    fn confidence(&self) -> f64 {
        self.inner.confidence
    }

    /// Interval method of NPS and CES net easy scores: `"adjusted_wald"` or `"wald"`.
    #[getter]
    fn interval(&self) -> &'static str {
        match self.inner.interval {
            oes_core::Interval::Wald => "wald",
            _ => "adjusted_wald",
        }
    }

    /// Denominator policy of shares: `"answered"` or `"shown"`.
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
    ///
    /// Parameters
    /// ----------
    /// text : str
    ///     The JSON of a report, as `to_json()` writes it.
    ///
    /// Returns
    /// -------
    /// Report
    ///     The report, equal to the one that wrote `text`.
    ///
    /// Raises
    /// ------
    /// ParameterError
    ///     `text` is not the JSON of a report.
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

    /// The table `oes report --format table` prints: per group, one row per period and question with `n`, the
    /// headline figure, its interval and the changes (`*`: significant).
    fn __str__(&self) -> String {
        oes_core::table::render(&self.inner)
    }

    /// An HTML table of the headline figures per group, period and question, for Jupyter (see `oes._html`).
    fn _repr_html_(slf: &Bound<'_, Self>) -> PyResult<String> {
        slf.py().import("oes._html")?.call_method1("report_html", (slf,))?.extract()
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

/// A report of responses by segment and period: every metric of every question, with comparisons against the
/// previous period and against the rest of the respondents (as `oes report`).
///
/// Parameters
/// ----------
/// survey : Survey
///     The survey the responses answer.
/// responses : Responses, path or DataFrame
///     A `Responses`, a path to a JSONL or CSV file, or a pandas or polars DataFrame (or a pyarrow Table) in the
///     shape `read_dataframe` takes; a DataFrame is counted column by column when every row is valid. Its inferred
///     segment columns that look like free text or ids are warned about as `read_dataframe` warns, but for those
///     named in `by`.
/// by : str or list of str, optional
///     Segment names to group by (each combination of their values is a group, after the overall group `all`).
/// every : {"day", "week", "month", "quarter", "year"}, optional
///     Period length (calendar periods in UTC; weeks start on Monday); default: one period over all time.
/// confidence : float, default 0.95
///     Confidence level of the intervals and tests, in (0, 1).
/// min_group_size : int, optional
///     Periods of groups with fewer respondents have their figures withheld; default: the survey audience's (5 for
///     employee surveys and surveys that do not give their audience, none for customer surveys).
/// interval : {"adjusted_wald", "wald"}, default "adjusted_wald"
///     Interval method of NPS and CES net easy scores.
/// denominator : {"answered", "shown"}, default "answered"
///     `"shown"` also counts the skipped answers in the shares.
/// csat_thresholds : dict of str to int, optional
///     Top-box threshold per CSAT question id.
/// resolution_target_seconds : int, default 86400
///     The support resolution target of responses with a `ticket`, in seconds.
/// limits : dict of str to int, optional
///     Raises or lowers the `periods` and `cells` a report may have (`{"periods": 50000}`), and the
///     `line_bytes` and `text_bytes` of a file read.
/// scorer : Scorer, optional
///     Scores every response and gives each period the mean Overall Experience Scores with their intervals (as
///     `oes report --oes`).
/// progress : bool or callable, optional
///     With a `scorer`: as in `Scorer.score_batch`.
///
/// Returns
/// -------
/// Report
///     Per group and period, the figures of every question.
///
/// Raises
/// ------
/// ResponseError
///     A response in a file or DataFrame is invalid.
/// ParameterError
///     An option is out of its domain (an unknown segment, a bad `every` or confidence, ...).
/// LimitError
///     The report would have more periods or cells than `limits` allow.
///
/// Examples
/// --------
/// >>> import oes
/// >>> survey = oes.Survey.from_json({"id": "pulse", "questions": [
/// ...     {"id": "nps", "kind": "nps"}, {"id": "csat", "kind": "csat", "scale": {"min": 1, "max": 5}}]})
/// >>> responses = oes.Responses.from_dicts(survey, [
/// ...     {"id": "r1", "submitted_at": "2025-01-14T09:30:00Z", "segments": {"store": "Berlin"},
/// ...      "answers": {"nps": 10, "csat": 5}},
/// ...     {"id": "r2", "submitted_at": "2025-01-20T17:02:00Z", "segments": {"store": "Berlin"},
/// ...      "answers": {"nps": 6, "csat": 3}},
/// ...     {"id": "r3", "submitted_at": "2025-02-02T11:00:00Z", "segments": {"store": "Warsaw"},
/// ...      "answers": {"nps": 9}}])
/// >>> report = oes.report(survey, responses, by="store", min_group_size=2)
/// >>> report.group_labels
/// ['all', 'store=Berlin', 'store=Warsaw']
/// >>> overall = report.to_dict()["groups"][0]["periods"][0]
/// >>> overall["respondents"], round(overall["questions"]["nps"]["nps"]["score"], 2)
/// (3, 33.33)
/// >>> [p["withheld"] for g in report.to_dict()["groups"] for p in g["periods"]]
/// [False, False, True]
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
    // A file without a scorer: one response at a time into the accumulator (as `oes report` reads), so memory holds
    // the report's cells and a 24-byte id entry per response, not the responses.
    if let (None, Some(path)) = (scorer, path_of(responses)?) {
        let core = &survey.get().inner;
        let grouping = Grouping { check_ids: false, ..options.grouping.clone() };
        let inner = py
            .detach(|| {
                let mut acc = oes_core::ReportAccumulator::new(core.clone(), &grouping)?;
                count_into(core, &path, ReadMode::Strict, &options.result.limits, true, &mut acc)?;
                acc.finish(&options.result)
            })
            .map_err(to_py_err)?;
        return Ok(Report { inner });
    }
    // A DataFrame without a scorer: a polars DataFrame or a pyarrow Table has its record batches counted by the core's
    // Arrow reader, a pandas DataFrame its columns (either in bulk; when a row is invalid, it is read row by row, here
    // or below, which gives the same report or the row's error).
    if scorer.is_none() && is_dataframe(responses) {
        let grouped = grouped_kwargs(py, &options.grouping.by)?;
        if let Some((frame, columns)) = crate::arrow::plan(survey, responses, Some(&grouped))? {
            let core = &survey.get().inner;
            // The reader looks for ids used twice itself.
            let grouping = Grouping { check_ids: false, ..options.grouping.clone() };
            let mut acc = oes_core::ReportAccumulator::new(core.clone(), &grouping).map_err(to_py_err)?;
            crate::arrow::count(py, core, &frame, &columns, &options.result.limits, &mut acc)?;
            let inner = py.detach(|| acc.finish(&options.result)).map_err(to_py_err)?;
            return Ok(Report { inner });
        }
        if let Some(inner) = crate::columns::bulk_report(py, survey, responses, &options, &grouped)? {
            return Ok(Report { inner });
        }
    }
    let responses = responses_of(survey, responses, &options.result.limits, &options.grouping.by)?;
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
///
/// Parameters
/// ----------
/// survey : Survey
///     The survey the responses answer.
/// by : str or list of str, optional
///     Segment names to group by.
/// every : {"day", "week", "month", "quarter", "year"}, optional
///     Period length; default: one period over all time.
/// resolution_target_seconds : int, default 86400
///     The support resolution target, in seconds.
///
/// Examples
/// --------
/// >>> import oes
/// >>> survey = oes.Survey.from_json({"id": "pulse", "questions": [
/// ...     {"id": "nps", "kind": "nps"}, {"id": "csat", "kind": "csat", "scale": {"min": 1, "max": 5}}]})
/// >>> responses = oes.Responses.from_dicts(survey, [
/// ...     {"id": "r1", "submitted_at": "2025-01-14T09:30:00Z", "segments": {"store": "Berlin"},
/// ...      "answers": {"nps": 10, "csat": 5}},
/// ...     {"id": "r2", "submitted_at": "2025-01-20T17:02:00Z", "segments": {"store": "Berlin"},
/// ...      "answers": {"nps": 6, "csat": 3}},
/// ...     {"id": "r3", "submitted_at": "2025-02-02T11:00:00Z", "segments": {"store": "Warsaw"},
/// ...      "answers": {"nps": 9}}])
/// >>> acc, part = oes.ReportAccumulator(survey, by="store"), oes.ReportAccumulator(survey, by="store")
/// >>> acc.add(responses[:2])
/// >>> part.add(responses[2:])
/// >>> _ = acc.merge(part)  # returns acc, so merges chain
/// >>> acc.finish(min_group_size=1).to_dict() == oes.report(survey, responses, by="store", min_group_size=1).to_dict()
/// True
#[pyclass(module = "oes._oes", eq)]
#[derive(Debug, Clone, PartialEq)]
pub struct ReportAccumulator {
    inner: oes_core::ReportAccumulator,
}

#[pymethods]
impl ReportAccumulator {
    /// An empty accumulator (the parameters are documented on the class).
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

    /// Adds responses, all or nothing. With a `scorer`, every response is scored and counted with its Overall
    /// Experience Score, so that the report carries the OES means (as `report(..., scorer=)`).
    ///
    /// Parameters
    /// ----------
    /// responses : Responses
    ///     Responses read with the accumulator's survey.
    /// scorer : Scorer, optional
    ///     Scores every response first.
    /// progress : bool or callable, optional
    ///     As `Scorer.score_batch`'s.
    ///
    /// Raises
    /// ------
    /// IncompatibleError
    ///     The responses were read with another survey, or a response id was already counted; none is added.
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

    /// Counts a DataFrame column by column when every row is valid (read as `read_dataframe` reads it with the
    /// keyword arguments `read`); False (nothing added) when it must be read row by row. For `oes.dask` and
    /// `oes.spark`.
    #[pyo3(signature = (df, **read))]
    fn _add_frame(
        &mut self,
        py: Python<'_>,
        df: &Bound<'_, PyAny>,
        read: Option<&Bound<'_, pyo3::types::PyDict>>,
    ) -> PyResult<bool> {
        let survey = Bound::new(py, Survey { inner: self.inner.survey().clone() })?;
        if let Some((frame, columns)) = crate::arrow::plan(&survey, df, read)? {
            // Into a copy, kept only when every row was counted.
            let mut next = self.inner.clone();
            let limits = oes_core::Limits::default();
            if crate::arrow::count(py, &survey.get().inner, &frame, &columns, &limits, &mut next).is_err() {
                return Ok(false);
            }
            self.inner = next;
            return Ok(true);
        }
        let inner = &mut self.inner;
        let added = crate::columns::with_batch(py, &survey, df, read, |batch| {
            py.detach(|| inner.add_batch(batch)).map_err(to_py_err)
        })?;
        Ok(added == Some(oes_core::report::Bulk::Counted))
    }

    /// Adds the responses counted by another accumulator in place (exact, in any order) and returns this
    /// accumulator, so that merges chain.
    ///
    /// Parameters
    /// ----------
    /// other : ReportAccumulator
    ///     An accumulator made for the same survey, `by`, `every` and `resolution_target_seconds`; unchanged.
    ///
    /// Returns
    /// -------
    /// ReportAccumulator
    ///     This accumulator.
    ///
    /// Raises
    /// ------
    /// IncompatibleError
    ///     The survey or grouping differ, or both counted the same response id.
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

    /// The report of the responses added so far.
    ///
    /// Parameters
    /// ----------
    /// confidence : float, default 0.95
    ///     Confidence level of the intervals and tests, in (0, 1).
    /// min_group_size : int, optional
    ///     Periods of groups with fewer respondents have their figures withheld; default: the survey audience's
    ///     (5 for employee surveys and surveys that do not give their audience, none for customer surveys).
    /// interval : {"adjusted_wald", "wald"}, default "adjusted_wald"
    ///     Interval method of NPS and CES net easy scores.
    /// denominator : {"answered", "shown"}, default "answered"
    ///     `"shown"` also counts the skipped answers in the shares.
    /// csat_thresholds : dict of str to int, optional
    ///     Top-box threshold per CSAT question id.
    /// limits : dict of str to int, optional
    ///     As in `oes.report`.
    ///
    /// Returns
    /// -------
    /// Report
    ///     The report `oes.report` gives for the same responses and options.
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
    ///
    /// Returns
    /// -------
    /// ReportAccumulator
    ///     An independent accumulator with the same counts.
    fn copy(&self) -> Self {
        self.clone()
    }

    /// The survey.
    #[getter]
    fn survey(&self) -> Survey {
        Survey { inner: self.inner.survey().clone() }
    }

    /// The segment names grouped by.
    #[getter]
    fn by(&self) -> Vec<String> {
        self.inner.grouping().by.clone()
    }

    /// The period length (`None`: one period over all time).
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
    ///
    /// Returns
    /// -------
    /// str
    ///     JSON that `from_json` reads back into an equal accumulator.
    fn to_json(&self) -> PyResult<String> {
        json::state(&self.inner)
    }

    /// An accumulator from `to_json()` (checked: a state whose counts do not fit its survey is refused).
    ///
    /// Parameters
    /// ----------
    /// text : str
    ///     The JSON `to_json()` wrote.
    ///
    /// Returns
    /// -------
    /// ReportAccumulator
    ///     Equal to the accumulator that wrote `text`.
    ///
    /// Raises
    /// ------
    /// ParameterError
    ///     `text` is not a valid state.
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
