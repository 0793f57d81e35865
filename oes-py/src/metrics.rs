//! Metrics: one-shot functions (`nps`, `csat`, ...), their result classes, and mergeable, picklable accumulators.
//!
//! Every figure is computed by the core from a [`Tally`]; this module only converts arguments and results.

use oes_core::metrics::ces::{ces_effort_from_tally, ces_from_tally};
use oes_core::metrics::csat::CsatAccumulator as CoreCsat;
use oes_core::metrics::nps::{NpsAccumulator as CoreNps, NpsRating};
use oes_core::metrics::rating::{rating_from_tally, yes_no_from_tally, YES_NO_SCALE};
use oes_core::metrics::{Denominator, Interval, MetricOptions, Tally, Weight};
use oes_core::{Error, Scale};
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyList, PyTuple};
use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::errors::{parameter, to_py_err};
use crate::json;
use crate::values;

/// Metric options from Python arguments (errors are the core's).
pub(crate) fn metric_options(confidence: f64, interval: &str, denominator: &str) -> PyResult<MetricOptions> {
    Ok(MetricOptions::default()
        .with_confidence(confidence)
        .map_err(to_py_err)?
        .with_interval(interval.parse::<Interval>().map_err(to_py_err)?)
        .with_denominator(denominator.parse::<Denominator>().map_err(to_py_err)?))
}

/// A scale from a `(min, max)` pair (a tuple or a two-item list) or the survey's own form, a dict
/// `{"min": .., "max": ..}`.
pub(crate) fn scale_of(obj: &Bound<'_, PyAny>) -> PyResult<Scale> {
    let pair: Option<(i64, i64)> = if obj.is_instance_of::<PyTuple>() || obj.is_instance_of::<PyList>() {
        obj.extract::<Vec<i64>>().ok().and_then(|v| match v[..] {
            [min, max] => Some((min, max)),
            _ => None,
        })
    } else if let Ok(d) = obj.cast::<pyo3::types::PyDict>() {
        match (d.len(), d.get_item("min")?, d.get_item("max")?) {
            (2, Some(min), Some(max)) => min.extract::<i64>().ok().zip(max.extract::<i64>().ok()),
            _ => None,
        }
    } else {
        None
    };
    let Some((min, max)) = pair else {
        return Err(PyTypeError::new_err(format!(
            "scale must be a (min, max) pair or a {{\"min\": .., \"max\": ..}} dict of integers, got {}",
            obj.repr()?
        )));
    };
    match (i32::try_from(min), i32::try_from(max)) {
        (Ok(min), Ok(max)) => Scale::new(min, max).map_err(to_py_err),
        _ => Err(parameter("scale", format!("{min}-{max} does not fit in 32-bit integers"))),
    }
}

fn weight(w: f64) -> PyResult<Weight> {
    Weight::new(w).map_err(to_py_err)
}

/// Converts a field of a core result into what its Python attribute returns.
pub(crate) trait Field<Out> {
    fn field(&self) -> Out;
}

impl<T: Clone> Field<T> for T {
    fn field(&self) -> T {
        self.clone()
    }
}

impl Field<Option<(f64, f64)>> for Option<[f64; 2]> {
    fn field(&self) -> Option<(f64, f64)> {
        self.map(|[lo, hi]| (lo, hi))
    }
}

impl Field<(f64, f64)> for [f64; 2] {
    fn field(&self) -> (f64, f64) {
        (self[0], self[1])
    }
}

impl Field<(i32, i32)> for Scale {
    fn field(&self) -> (i32, i32) {
        (self.min(), self.max())
    }
}

impl Field<&'static str> for Interval {
    fn field(&self) -> &'static str {
        match self {
            Interval::Wald => "wald",
            _ => "adjusted_wald",
        }
    }
}

/// A frozen class wrapping a core result: one attribute per field, `to_dict()`, `to_json()`, pickling (add the class
/// to `_restore` in `lib.rs`).
macro_rules! result_class {
    ($(#[doc = $doc:literal])* $name:ident($core:ty) {
        $($(#[doc = $fdoc:literal])* $field:ident: $out:ty),* $(,)?
        $(; figures: $($(#[doc = $gdoc:literal])* $figure:ident: $fout:ty),* $(,)?)?
    }) => {
        $(#[doc = $doc])*
        #[pyclass(module = "oes._oes", frozen, eq)]
        #[derive(Debug, Clone, PartialEq)]
        pub struct $name {
            pub(crate) inner: $core,
        }

        #[pymethods]
        impl $name {
            $(
                $(#[doc = $fdoc])*
                #[getter]
                fn $field(&self) -> $out {
                    $crate::metrics::Field::<$out>::field(&self.inner.$field)
                }
            )*
            $($(
                $(#[doc = $gdoc])*
                #[getter]
                fn $figure(&self) -> $fout {
                    $crate::metrics::Field::<$fout>::field(&self.inner.figures.$figure)
                }
            )*)?

            /// Every field as a dict, exactly as in the JSON of the Rust result.
            ///
            /// Returns
            /// -------
            /// dict
            ///     Field name to value, in the order of the JSON; intervals are `[low, high]` lists, figures that
            ///     cannot be computed (no answers) are `None`.
            fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                $crate::json::to_py(py, &self.inner)
            }

            /// The JSON of the Rust result.
            ///
            /// Returns
            /// -------
            /// str
            ///     Compact JSON; `from_json` reads it back bit for bit.
            fn to_json(&self) -> PyResult<String> {
                $crate::json::state(&self.inner)
            }

            /// A result from `to_json()`.
            ///
            /// Parameters
            /// ----------
            /// text : str
            ///     The JSON `to_json()` wrote.
            ///
            /// Returns
            /// -------
            /// result
            ///     A result of this class, equal to the one that wrote `text`.
            ///
            /// Raises
            /// ------
            /// ParameterError
            ///     `text` is not the JSON of this kind of result.
            #[staticmethod]
            pub(crate) fn from_json(text: &str) -> PyResult<Self> {
                Ok($name { inner: $crate::json::from_state_exact(stringify!($name), text)? })
            }

            fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
                $crate::metrics::Repr::repr(&self.inner, py, stringify!($name))
            }

            /// An HTML table of the figures, for Jupyter (see `oes._html`).
            fn _repr_html_(slf: &Bound<'_, Self>) -> PyResult<String> {
                slf.py().import("oes._html")?.call_method1("result_html", (slf,))?.extract()
            }

            fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<(Bound<'py, PyAny>, (&'static str, String))> {
                $crate::json::reduce(py, stringify!($name), $crate::json::state(&self.inner)?)
            }
        }
    };
}
pub(crate) use result_class;

/// The `repr` of a result class: `Name(field=value, ...)` with every field of the JSON, unless the class shortens it.
pub(crate) trait Repr: Serialize {
    fn repr(&self, py: Python<'_>, name: &str) -> PyResult<String> {
        json::repr(py, name, self)
    }
}

impl Repr for oes_core::metrics::nps::NpsResult {}
impl Repr for oes_core::metrics::csat::CsatResult {}
impl Repr for oes_core::metrics::ces::CesResult {}
impl Repr for oes_core::metrics::ces::CesEffortResult {}
impl Repr for oes_core::metrics::rating::RatingResult {}
impl Repr for oes_core::metrics::rating::YesNoResult {}
impl Repr for oes_core::Comparison {}

result_class! {
    /// NPS figures, from `oes.nps` and `NpsAccumulator.result`. Definitions: `docs/metrics.md`, "NPS / eNPS".
    ///
    /// The score and its interval are in points from -100 to 100; shares are percent (0-100); counts are unweighted
    /// respondents; `weighted_n` and `effective_n` are in respondents (sums of weights). A figure is `None` when no
    /// one answered.
    ///
    /// Examples
    /// --------
    /// >>> import oes
    /// >>> r = oes.nps([10, 9, 8, 6, 10, None])
    /// >>> r.score, r.promoters, r.passives, r.detractors, r.skipped, r.n
    /// (40.0, 3, 1, 1, 1, 5)
    /// >>> r.promoters_pct, r.detractors_pct
    /// (60.0, 20.0)
    /// >>> [round(x, 2) for x in r.ci]
    /// [-29.78, 79.78]
    NpsResult(oes_core::metrics::nps::NpsResult) {
        /// The Net Promoter Score: percent promoters minus percent detractors, in points from -100 to 100 (`None`
        /// without answers).
        score: Option<f64>,
        /// Number of promoters (answers 9-10), unweighted.
        promoters: u64,
        /// Number of passives (answers 7-8), unweighted.
        passives: u64,
        /// Number of detractors (answers 0-6), unweighted.
        detractors: u64,
        /// Number of respondents shown the question who skipped it.
        skipped: u64,
        /// Number of respondents in the denominator (answers, plus skips with `denominator="shown"`).
        n: u64,
        /// Weighted share of promoters, percent (0-100).
        promoters_pct: Option<f64>,
        /// Weighted share of passives, percent (0-100).
        passives_pct: Option<f64>,
        /// Weighted share of detractors, percent (0-100).
        detractors_pct: Option<f64>,
        /// Sum of the weights over the denominator (equals `n` without weights).
        weighted_n: f64,
        /// Kish's effective sample size, `weighted_n**2 / sum(w**2)` (equals `n` without weights).
        effective_n: f64,
        /// Wald standard error of the score, in points.
        se: Option<f64>,
        /// Margin of error: the half-width of the interval before clipping, in points.
        moe: Option<f64>,
        /// Confidence interval of the score, `(low, high)` in points, clipped to [-100, 100].
        ci: Option<(f64, f64)>,
        /// Confidence level of `ci`, a fraction (0.95).
        confidence: f64,
        /// Interval method: `"adjusted_wald"` (Rocks 2016) or `"wald"`.
        interval: &'static str,
    }
}

result_class! {
    /// CSAT figures, from `oes.csat` and `CsatAccumulator.result`. Definitions: `docs/metrics.md`, "CSAT".
    ///
    /// `percent` and its interval are percent (0-100); `mean`, `sd` and `mean_ci` are in points of the scale;
    /// counts are unweighted respondents. A figure is `None` when no one answered.
    ///
    /// Examples
    /// --------
    /// >>> import oes
    /// >>> r = oes.csat([5, 4, 3, 5])
    /// >>> r.percent, r.satisfied, r.threshold, r.mean
    /// (75.0, 3, 4, 4.25)
    /// >>> r.distribution, r.scale
    /// ([0, 0, 1, 1, 2], (1, 5))
    CsatResult(oes_core::metrics::csat::CsatResult) {
        /// Weighted share of satisfied answers (at or above `threshold`), percent (0-100).
        percent: Option<f64>,
        /// Number of satisfied answers, unweighted.
        satisfied: u64,
        /// The top-box threshold: the lowest value counted as satisfied, on the scale.
        threshold: i32,
        /// Number of respondents in the denominator (answers, plus skips with `denominator="shown"`).
        n: u64,
        /// Number of respondents shown the question who skipped it.
        skipped: u64,
        /// Sum of the weights over the denominator (equals `n` without weights).
        weighted_n: f64,
        /// Kish's effective sample size over the denominator (equals `n` without weights).
        effective_n: f64,
        /// Wilson interval of `percent`, `(low, high)` in percent.
        ci: Option<(f64, f64)>,
        /// Half-width of the Wilson interval, in percentage points.
        moe: Option<f64>,
        /// Confidence level of the intervals, a fraction (0.95).
        confidence: f64;
        figures:
        /// Weighted mean of the answers, in points of the scale.
        mean: Option<f64>,
        /// Weighted standard deviation of the answers, in points of the scale (`None` below two answers).
        sd: Option<f64>,
        /// Student's t interval of `mean`, `(low, high)` in points of the scale.
        mean_ci: Option<(f64, f64)>,
        /// Unweighted count of answers per scale point, from the scale's minimum to its maximum.
        distribution: Vec<u64>,
        /// The scale, `(min, max)`.
        scale: (i32, i32),
    }
}

result_class! {
    /// CES 2.0 figures (agreement that it was easy; higher is easier), from `oes.ces` and `CesAccumulator.result`.
    /// Definitions: `docs/metrics.md`, "CES 2.0".
    ///
    /// Shares, `net_easy` and their intervals are percent or percentage points; `mean`, `sd` and `mean_ci` are in
    /// points of the scale; counts are unweighted respondents. A figure is `None` when no one answered.
    ///
    /// Examples
    /// --------
    /// >>> import oes
    /// >>> r = oes.ces([7, 6, 5, 2, 4])
    /// >>> r.percent_agree, r.percent_disagree, r.net_easy, r.mean
    /// (60.0, 20.0, 40.0, 4.8)
    CesResult(oes_core::metrics::ces::CesResult) {
        /// Weighted share agreeing (above the scale's midpoint: 5-7 on 1-7), percent (0-100).
        percent_agree: Option<f64>,
        /// Number agreeing, unweighted.
        agree: u64,
        /// Weighted share disagreeing (below the midpoint: 1-3 on 1-7), percent (0-100).
        percent_disagree: Option<f64>,
        /// Number disagreeing, unweighted.
        disagree: u64,
        /// `percent_agree - percent_disagree`, in points from -100 to 100.
        net_easy: Option<f64>,
        /// Interval of `net_easy` (adjusted Wald or Wald, as for NPS), `(low, high)` in points.
        net_easy_ci: Option<(f64, f64)>,
        /// Wilson interval of `percent_agree`, `(low, high)` in percent.
        ci: Option<(f64, f64)>,
        /// Number of respondents in the denominator (answers, plus skips with `denominator="shown"`).
        n: u64,
        /// Number of respondents shown the question who skipped it.
        skipped: u64,
        /// Sum of the weights over the denominator (equals `n` without weights).
        weighted_n: f64,
        /// Kish's effective sample size over the denominator (equals `n` without weights).
        effective_n: f64,
        /// Confidence level of the intervals, a fraction (0.95).
        confidence: f64;
        figures:
        /// Weighted mean of the answers, in points of the scale.
        mean: Option<f64>,
        /// Weighted standard deviation of the answers, in points of the scale (`None` below two answers).
        sd: Option<f64>,
        /// Student's t interval of `mean`, `(low, high)` in points of the scale.
        mean_ci: Option<(f64, f64)>,
        /// Unweighted count of answers per scale point, from the scale's minimum to its maximum.
        distribution: Vec<u64>,
        /// The scale, `(min, max)`.
        scale: (i32, i32),
    }
}

result_class! {
    /// Legacy CES figures (how much effort; lower is better), from `oes.ces_effort` and
    /// `CesEffortAccumulator.result`. Definitions: `docs/metrics.md`, "Legacy CES".
    ///
    /// Shares and their interval are percent (0-100); `mean`, `sd` and `mean_ci` are in points of the scale; counts
    /// are unweighted respondents. A figure is `None` when no one answered.
    ///
    /// Examples
    /// --------
    /// >>> import oes
    /// >>> r = oes.ces_effort([1, 2, 4, 5, 2])
    /// >>> r.percent_low_effort, r.percent_high_effort, r.mean
    /// (60.0, 40.0, 2.8)
    CesEffortResult(oes_core::metrics::ces::CesEffortResult) {
        /// Weighted share reporting low effort (below the scale's midpoint: 1-2 on 1-5), percent (0-100).
        percent_low_effort: Option<f64>,
        /// Number reporting low effort, unweighted.
        low_effort: u64,
        /// Weighted share reporting high effort (above the midpoint: 4-5 on 1-5), percent (0-100).
        percent_high_effort: Option<f64>,
        /// Number reporting high effort, unweighted.
        high_effort: u64,
        /// Wilson interval of `percent_low_effort`, `(low, high)` in percent.
        ci: Option<(f64, f64)>,
        /// Number of respondents in the denominator (answers, plus skips with `denominator="shown"`).
        n: u64,
        /// Number of respondents shown the question who skipped it.
        skipped: u64,
        /// Sum of the weights over the denominator (equals `n` without weights).
        weighted_n: f64,
        /// Kish's effective sample size over the denominator (equals `n` without weights).
        effective_n: f64,
        /// Confidence level of the intervals, a fraction (0.95).
        confidence: f64;
        figures:
        /// Weighted mean effort, in points of the scale (lower is better).
        mean: Option<f64>,
        /// Weighted standard deviation of the answers, in points of the scale (`None` below two answers).
        sd: Option<f64>,
        /// Student's t interval of `mean`, `(low, high)` in points of the scale.
        mean_ci: Option<(f64, f64)>,
        /// Unweighted count of answers per scale point, from the scale's minimum to its maximum.
        distribution: Vec<u64>,
        /// The scale, `(min, max)`.
        scale: (i32, i32),
    }
}

result_class! {
    /// Rating figures (any scale), from `oes.rating` and `RatingAccumulator.result`. Definitions:
    /// `docs/metrics.md`, "Other kinds".
    ///
    /// `mean`, `sd` and `mean_ci` are in points of the scale; counts are unweighted answers. A figure is `None`
    /// when no one answered.
    ///
    /// Examples
    /// --------
    /// >>> import oes
    /// >>> r = oes.rating([3, 4, 5, 4], scale=(1, 5))
    /// >>> r.mean, r.n, r.distribution
    /// (4.0, 4, [0, 0, 1, 2, 1])
    RatingResult(oes_core::metrics::rating::RatingResult) {
        /// Number of answers, unweighted.
        n: u64,
        /// Number of respondents shown the question who skipped it.
        skipped: u64,
        /// Sum of the weights of the answers (equals `n` without weights).
        weighted_n: f64,
        /// Kish's effective sample size of the answers (equals `n` without weights).
        effective_n: f64,
        /// Confidence level of `mean_ci`, a fraction (0.95).
        confidence: f64;
        figures:
        /// Weighted mean of the answers, in points of the scale.
        mean: Option<f64>,
        /// Weighted standard deviation of the answers, in points of the scale (`None` below two answers).
        sd: Option<f64>,
        /// Student's t interval of `mean`, `(low, high)` in points of the scale.
        mean_ci: Option<(f64, f64)>,
        /// Unweighted count of answers per scale point, from the scale's minimum to its maximum.
        distribution: Vec<u64>,
        /// The scale, `(min, max)`.
        scale: (i32, i32),
    }
}

result_class! {
    /// Yes/no figures, from `oes.yes_no` and `YesNoAccumulator.result`. Definitions: `docs/metrics.md`, "Other
    /// kinds".
    ///
    /// `percent_yes` and its interval are percent (0-100); counts are unweighted respondents. A figure is `None`
    /// when no one answered.
    ///
    /// Examples
    /// --------
    /// >>> import oes
    /// >>> r = oes.yes_no([True, False, True, None])
    /// >>> r.yes, r.no, r.skipped, round(r.percent_yes, 1)
    /// (2, 1, 1, 66.7)
    YesNoResult(oes_core::metrics::rating::YesNoResult) {
        /// Weighted share of "yes", percent (0-100).
        percent_yes: Option<f64>,
        /// Number of "yes", unweighted.
        yes: u64,
        /// Number of "no", unweighted.
        no: u64,
        /// Number of respondents in the denominator (answers, plus skips with `denominator="shown"`).
        n: u64,
        /// Number of respondents shown the question who skipped it.
        skipped: u64,
        /// Sum of the weights over the denominator (equals `n` without weights).
        weighted_n: f64,
        /// Kish's effective sample size over the denominator (equals `n` without weights).
        effective_n: f64,
        /// Wilson interval of `percent_yes`, `(low, high)` in percent.
        ci: Option<(f64, f64)>,
        /// Half-width of the Wilson interval, in percentage points.
        moe: Option<f64>,
        /// Confidence level of `ci`, a fraction (0.95).
        confidence: f64,
    }
}

result_class! {
    /// The comparison of one figure between two groups, from `oes.compare_nps` (and, as dicts, the `vs_previous`
    /// and `vs_rest` of a report). Definitions: `docs/metrics.md`, "Comparing two groups".
    ///
    /// `diff`, `se` and `ci` are in the unit of the figure compared: points for an NPS or net easy score,
    /// percentage points for a share, points of the scale for a mean.
    ///
    /// Examples
    /// --------
    /// >>> import oes
    /// >>> a, b = oes.NpsAccumulator(), oes.NpsAccumulator()
    /// >>> a.add_many([10, 9, 10, 9, 8])
    /// >>> b.add_many([0, 3, 6, 7, 10])
    /// >>> c = oes.compare_nps(a, b)
    /// >>> c.metric, c.diff, c.test, c.significant
    /// ('score', 75.0, 'z', True)
    /// >>> round(c.p_value, 4)
    /// 0.0396
    Comparison(oes_core::Comparison) {
        /// The figure compared: `"score"` (NPS), `"percent"` (CSAT), `"mean"`, `"percent_yes"`, ...
        metric: String,
        /// First group minus second, in the figure's unit (adjusted estimates for the adjusted Wald NPS).
        diff: f64,
        /// Standard error of the difference, in the figure's unit.
        se: f64,
        /// The test statistic: z, or Welch's t.
        statistic: f64,
        /// The test: `"z"` or `"welch_t"`.
        test: String,
        /// Degrees of freedom of Welch's t test (`None` for a z test).
        df: Option<f64>,
        /// Two-sided p-value, a probability (0-1).
        p_value: f64,
        /// Whether `p_value < 1 - confidence`.
        significant: bool,
        /// Confidence interval of `diff`, `(low, high)` in the figure's unit.
        ci: (f64, f64),
    }
}

// ---------------------------------------------------------------------------------------------------------------
// One-shot functions.

/// Net Promoter Score of answers on 0-10.
///
/// Parameters
/// ----------
/// scores : list, tuple, NumPy array, pandas or polars Series
///     Answers on 0-10. `None` (NaN in a float array, a missing value in a nullable Series) is a respondent who
///     was shown the question and skipped it.
/// weights : list, tuple, NumPy array or Series of float, optional
///     One weight per answer, each in [0.000001, 1000000] (rounded to 6 decimals); default 1 each.
/// confidence : float, default 0.95
///     Confidence level of the intervals, in (0, 1).
/// interval : {"adjusted_wald", "wald"}, default "adjusted_wald"
///     Interval method of the score (`docs/metrics.md`).
/// denominator : {"answered", "shown"}, default "answered"
///     `"shown"` also counts the skipped answers in the denominator of the shares.
///
/// Returns
/// -------
/// NpsResult
///     The score (points, -100 to 100) with its interval, counts and shares (percent).
///
/// Raises
/// ------
/// ParameterError
///     A value off the scale or not integral, a bad weight, or an option out of its domain.
///
/// Examples
/// --------
/// >>> import oes
/// >>> oes.nps([10, 9, 8, 6, 10]).score
/// 40.0
/// >>> r = oes.nps([10, 9, 8, 6, 10, None], denominator="shown")
/// >>> r.n, round(r.score, 2)
/// (6, 33.33)
/// >>> oes.nps([10, 6], weights=[3.0, 1.0]).score
/// 50.0
#[pyfunction]
#[pyo3(signature = (scores, weights=None, confidence=0.95, interval="adjusted_wald", denominator="answered"))]
pub(crate) fn nps(
    py: Python<'_>,
    scores: &Bound<'_, PyAny>,
    weights: Option<&Bound<'_, PyAny>>,
    confidence: f64,
    interval: &str,
    denominator: &str,
) -> PyResult<NpsResult> {
    let options = metric_options(confidence, interval, denominator)?;
    let tally = values::tally(py, Scale::NPS, scores, weights)?;
    let acc = CoreNps::from_tally(tally).map_err(to_py_err)?;
    Ok(NpsResult { inner: acc.result(&options) })
}

/// Customer satisfaction (top-box share) of answers on a scale.
///
/// Parameters
/// ----------
/// values : list, tuple, NumPy array, pandas or polars Series
///     Answers on `scale`. `None` (NaN in a float array, a missing value in a nullable Series) is a respondent who
///     was shown the question and skipped it.
/// scale : (int, int) or {"min": int, "max": int}, optional
///     The answer scale, `(min, max)`, default `(1, 5)`.
/// threshold : int, optional
///     The lowest satisfied value; default: the top 30 % of the points (4-5 on 1-5, 8-10 on 1-10).
/// weights : list, tuple, NumPy array or Series of float, optional
///     One weight per answer, each in [0.000001, 1000000] (rounded to 6 decimals); default 1 each.
/// confidence : float, default 0.95
///     Confidence level of the intervals, in (0, 1).
/// denominator : {"answered", "shown"}, default "answered"
///     `"shown"` also counts the skipped answers in the denominator of the shares.
///
/// Returns
/// -------
/// CsatResult
///     The share satisfied (percent) with its Wilson interval, and the mean, spread and distribution.
///
/// Raises
/// ------
/// ParameterError
///     A value off the scale or not integral, a bad weight, or an option out of its domain.
///
/// Examples
/// --------
/// >>> import oes
/// >>> oes.csat([5, 4, 3, 5]).percent
/// 75.0
/// >>> oes.csat([9, 7, 10, 6], scale=(1, 10), threshold=9).percent
/// 50.0
#[pyfunction]
#[pyo3(signature = (values, scale=None, threshold=None, weights=None, confidence=0.95, denominator="answered"))]
pub(crate) fn csat(
    py: Python<'_>,
    values: &Bound<'_, PyAny>,
    scale: Option<&Bound<'_, PyAny>>,
    threshold: Option<i32>,
    weights: Option<&Bound<'_, PyAny>>,
    confidence: f64,
    denominator: &str,
) -> PyResult<CsatResult> {
    let options = metric_options(confidence, "adjusted_wald", denominator)?;
    let scale = scale.map(scale_of).transpose()?.unwrap_or(DEFAULT_CSAT);
    let tally = values::tally(py, scale, values, weights)?;
    let acc = CoreCsat::from_tally(tally, threshold).map_err(to_py_err)?;
    Ok(CsatResult { inner: acc.result(&options) })
}

/// Customer Effort Score 2.0 of agreement answers ("it was easy"; higher is easier).
///
/// Parameters
/// ----------
/// values : list, tuple, NumPy array, pandas or polars Series
///     Answers on `scale`. `None` (NaN in a float array, a missing value in a nullable Series) is a respondent who
///     was shown the question and skipped it.
/// scale : (int, int) or {"min": int, "max": int}, optional
///     The answer scale, `(min, max)`, default `(1, 7)`.
/// weights : list, tuple, NumPy array or Series of float, optional
///     One weight per answer, each in [0.000001, 1000000] (rounded to 6 decimals); default 1 each.
/// confidence : float, default 0.95
///     Confidence level of the intervals, in (0, 1).
/// interval : {"adjusted_wald", "wald"}, default "adjusted_wald"
///     Interval method of `net_easy` (`docs/metrics.md`).
/// denominator : {"answered", "shown"}, default "answered"
///     `"shown"` also counts the skipped answers in the denominator of the shares.
///
/// Returns
/// -------
/// CesResult
///     Shares agreeing and disagreeing (percent), net easy (points), mean and distribution.
///
/// Raises
/// ------
/// ParameterError
///     A value off the scale or not integral, a bad weight, or an option out of its domain.
///
/// Examples
/// --------
/// >>> import oes
/// >>> r = oes.ces([7, 6, 5, 2, 4])
/// >>> r.percent_agree, r.net_easy
/// (60.0, 40.0)
#[pyfunction]
#[pyo3(signature = (values, scale=None, weights=None, confidence=0.95, interval="adjusted_wald", denominator="answered"))]
pub(crate) fn ces(
    py: Python<'_>,
    values: &Bound<'_, PyAny>,
    scale: Option<&Bound<'_, PyAny>>,
    weights: Option<&Bound<'_, PyAny>>,
    confidence: f64,
    interval: &str,
    denominator: &str,
) -> PyResult<CesResult> {
    let options = metric_options(confidence, interval, denominator)?;
    let scale = scale.map(scale_of).transpose()?.unwrap_or(DEFAULT_CES);
    let tally = values::tally(py, scale, values, weights)?;
    Ok(CesResult { inner: ces_from_tally(&tally, &options) })
}

/// Legacy Customer Effort Score of effort answers ("how much effort"; lower is better).
///
/// Parameters
/// ----------
/// values : list, tuple, NumPy array, pandas or polars Series
///     Answers on `scale`. `None` (NaN in a float array, a missing value in a nullable Series) is a respondent who
///     was shown the question and skipped it.
/// scale : (int, int) or {"min": int, "max": int}, optional
///     The answer scale, `(min, max)`, default `(1, 5)`.
/// weights : list, tuple, NumPy array or Series of float, optional
///     One weight per answer, each in [0.000001, 1000000] (rounded to 6 decimals); default 1 each.
/// confidence : float, default 0.95
///     Confidence level of the intervals, in (0, 1).
/// denominator : {"answered", "shown"}, default "answered"
///     `"shown"` also counts the skipped answers in the denominator of the shares.
///
/// Returns
/// -------
/// CesEffortResult
///     The mean effort (points of the scale), shares of low and high effort (percent).
///
/// Raises
/// ------
/// ParameterError
///     A value off the scale or not integral, a bad weight, or an option out of its domain.
///
/// Examples
/// --------
/// >>> import oes
/// >>> r = oes.ces_effort([1, 2, 4, 5, 2])
/// >>> r.mean, r.percent_low_effort
/// (2.8, 60.0)
#[pyfunction]
#[pyo3(signature = (values, scale=None, weights=None, confidence=0.95, denominator="answered"))]
pub(crate) fn ces_effort(
    py: Python<'_>,
    values: &Bound<'_, PyAny>,
    scale: Option<&Bound<'_, PyAny>>,
    weights: Option<&Bound<'_, PyAny>>,
    confidence: f64,
    denominator: &str,
) -> PyResult<CesEffortResult> {
    let options = metric_options(confidence, "adjusted_wald", denominator)?;
    let scale = scale.map(scale_of).transpose()?.unwrap_or(DEFAULT_CES_EFFORT);
    let tally = values::tally(py, scale, values, weights)?;
    Ok(CesEffortResult { inner: ces_effort_from_tally(&tally, &options) })
}

/// Mean, standard deviation, interval and distribution of answers to a rating question.
///
/// Parameters
/// ----------
/// values : list, tuple, NumPy array, pandas or polars Series
///     Answers on `scale`. `None` (NaN in a float array, a missing value in a nullable Series) is a respondent who
///     was shown the question and skipped it.
/// scale : (int, int) or {"min": int, "max": int}
///     The answer scale, `(min, max)`.
/// weights : list, tuple, NumPy array or Series of float, optional
///     One weight per answer, each in [0.000001, 1000000] (rounded to 6 decimals); default 1 each.
/// confidence : float, default 0.95
///     Confidence level of the intervals, in (0, 1).
///
/// Returns
/// -------
/// RatingResult
///     The mean and its interval (points of the scale), the spread and the distribution.
///
/// Raises
/// ------
/// ParameterError
///     A value off the scale or not integral, a bad weight, or an option out of its domain.
///
/// Examples
/// --------
/// >>> import oes
/// >>> r = oes.rating([3, 4, 5, 4], scale=(1, 5))
/// >>> r.mean, r.distribution
/// (4.0, [0, 0, 1, 2, 1])
#[pyfunction]
#[pyo3(signature = (values, scale, weights=None, confidence=0.95))]
pub(crate) fn rating(
    py: Python<'_>,
    values: &Bound<'_, PyAny>,
    scale: &Bound<'_, PyAny>,
    weights: Option<&Bound<'_, PyAny>>,
    confidence: f64,
) -> PyResult<RatingResult> {
    let options = metric_options(confidence, "adjusted_wald", "answered")?;
    let scale = scale_of(scale)?;
    let tally = values::tally(py, scale, values, weights)?;
    Ok(RatingResult { inner: rating_from_tally(&tally, &options) })
}

/// Share of "yes" among yes/no answers.
///
/// Parameters
/// ----------
/// values : list, tuple, NumPy array, pandas or polars Series
///     `True`/`False` (or 1/0). `None` (NaN in a float array, a missing value in a nullable Series) is a
///     respondent who was shown the question and skipped it.
/// weights : list, tuple, NumPy array or Series of float, optional
///     One weight per answer, each in [0.000001, 1000000] (rounded to 6 decimals); default 1 each.
/// confidence : float, default 0.95
///     Confidence level of the intervals, in (0, 1).
/// denominator : {"answered", "shown"}, default "answered"
///     `"shown"` also counts the skipped answers in the denominator of the shares.
///
/// Returns
/// -------
/// YesNoResult
///     The share of "yes" (percent) with its Wilson interval, and the counts.
///
/// Raises
/// ------
/// ParameterError
///     A value off the scale or not integral, a bad weight, or an option out of its domain.
///
/// Examples
/// --------
/// >>> import oes
/// >>> r = oes.yes_no([True, True, False, None])
/// >>> r.yes, r.no, r.skipped, round(r.percent_yes, 2)
/// (2, 1, 1, 66.67)
#[pyfunction]
#[pyo3(signature = (values, weights=None, confidence=0.95, denominator="answered"))]
pub(crate) fn yes_no(
    py: Python<'_>,
    values: &Bound<'_, PyAny>,
    weights: Option<&Bound<'_, PyAny>>,
    confidence: f64,
    denominator: &str,
) -> PyResult<YesNoResult> {
    let options = metric_options(confidence, "adjusted_wald", denominator)?;
    let tally = values::tally(py, YES_NO_SCALE, values, weights)?;
    Ok(YesNoResult { inner: yes_no_from_tally(&tally, &options) })
}

/// Compares the NPS of two groups: the difference `a - b` of their scores with a z test (on the adjusted-Wald centres
/// by default).
///
/// Parameters
/// ----------
/// a, b : NpsAccumulator, list, NumPy array, pandas or polars Series
///     Each group as an `NpsAccumulator` or its 0-10 scores themselves (anything `nps` takes).
/// confidence : float, default 0.95
///     Confidence level of the interval, in (0, 1).
/// interval : {"adjusted_wald", "wald"}, default "adjusted_wald"
///     Interval method of the scores (`docs/metrics.md`).
/// denominator : {"answered", "shown"}, default "answered"
///     `"shown"` also counts the skipped answers in the denominator of the shares.
/// weights_a, weights_b : list, tuple, NumPy array or Series of float, optional
///     Weights of the scores of `a` and `b` (not with an `NpsAccumulator`, which carries its own).
///
/// Returns
/// -------
/// Comparison
///     The difference in points, its standard error, interval, p-value and significance.
///
/// Raises
/// ------
/// ParameterError
///     A group has no answers (there is nothing to compare), the difference has no standard error (the Wald
///     interval of two groups that all answered alike), or weights come with an accumulator.
///
/// Examples
/// --------
/// >>> import oes
/// >>> c = oes.compare_nps([10, 9, 10, 9, 8], [0, 3, 6, 7, 10])
/// >>> c.diff, c.significant
/// (75.0, True)
/// >>> a = oes.NpsAccumulator()
/// >>> a.add_many([10, 9, 10, 9, 8])
/// >>> oes.compare_nps(a, [0, 3, 6, 7, 10], weights_b=[1, 1, 1, 1, 1]).diff
/// 75.0
#[pyfunction]
#[pyo3(signature = (a, b, confidence=0.95, interval="adjusted_wald", denominator="answered", weights_a=None,
                    weights_b=None))]
#[allow(clippy::too_many_arguments)]
pub(crate) fn compare_nps(
    py: Python<'_>,
    a: &Bound<'_, PyAny>,
    b: &Bound<'_, PyAny>,
    confidence: f64,
    interval: &str,
    denominator: &str,
    weights_a: Option<&Bound<'_, PyAny>>,
    weights_b: Option<&Bound<'_, PyAny>>,
) -> PyResult<Comparison> {
    let options = metric_options(confidence, interval, denominator)?;
    let side = |obj: &Bound<'_, PyAny>, weights: Option<&Bound<'_, PyAny>>, name: &'static str| -> PyResult<CoreNps> {
        if let Ok(acc) = obj.cast::<NpsAccumulator>() {
            if weights.is_some_and(|w| !w.is_none()) {
                return Err(parameter(
                    if name == "a" { "weights_a" } else { "weights_b" },
                    format!("{name} is an NpsAccumulator, which carries its own weights"),
                ));
            }
            return Ok(acc.borrow().inner.clone());
        }
        let mut acc = CoreNps::new();
        acc.absorb(values::tally(py, Scale::NPS, obj, weights)?).map_err(to_py_err)?;
        Ok(acc)
    };
    let (a, b) = (side(a, weights_a, "a")?, side(b, weights_b, "b")?);
    if let Some(inner) = oes_core::metrics::nps::compare_nps(&a, &b, &options) {
        return Ok(Comparison { inner });
    }
    for (name, acc) in [("a", &a), ("b", &b)] {
        if acc.tally().answered() == 0 {
            return Err(parameter(name, format!("group {name} has no answers: there is nothing to compare")));
        }
    }
    Err(parameter(
        "interval",
        "the difference has no standard error (every answer alike in both groups); the adjusted-Wald interval gives one"
            .into(),
    ))
}

const DEFAULT_CSAT: Scale = match Scale::new_const(1, 5) {
    Some(s) => s,
    None => Scale::NPS,
};
const DEFAULT_CES: Scale = match Scale::new_const(1, 7) {
    Some(s) => s,
    None => Scale::NPS,
};
const DEFAULT_CES_EFFORT: Scale = DEFAULT_CSAT;

// ---------------------------------------------------------------------------------------------------------------
// Accumulators.

/// What the accumulator classes need from a core accumulator.
trait Acc: Clone + PartialEq + Serialize + DeserializeOwned {
    fn tally(&self) -> &Tally;
    fn add_value(&mut self, value: i64, weight: Weight) -> Result<(), Error>;
    fn add_skipped_answer(&mut self, weight: Weight);
    /// Adds a tally on the accumulator's scale.
    fn absorb(&mut self, tally: Tally) -> Result<(), Error>;
    fn merge_with(&mut self, other: &Self) -> Result<(), Error>;
}

impl Acc for CoreNps {
    fn tally(&self) -> &Tally {
        CoreNps::tally(self)
    }
    fn add_value(&mut self, value: i64, weight: Weight) -> Result<(), Error> {
        CoreNps::add(self, NpsRating::try_from(value)?, weight);
        Ok(())
    }
    fn add_skipped_answer(&mut self, weight: Weight) {
        CoreNps::add_skipped(self, weight)
    }
    fn absorb(&mut self, tally: Tally) -> Result<(), Error> {
        let other = CoreNps::from_tally(tally)?;
        CoreNps::merge(self, &other)
    }
    fn merge_with(&mut self, other: &Self) -> Result<(), Error> {
        CoreNps::merge(self, other)
    }
}

impl Acc for CoreCsat {
    fn tally(&self) -> &Tally {
        CoreCsat::tally(self)
    }
    fn add_value(&mut self, value: i64, weight: Weight) -> Result<(), Error> {
        CoreCsat::add(self, value, weight)
    }
    fn add_skipped_answer(&mut self, weight: Weight) {
        CoreCsat::add_skipped(self, weight)
    }
    fn absorb(&mut self, tally: Tally) -> Result<(), Error> {
        let other = CoreCsat::from_tally(tally, Some(self.threshold()))?;
        CoreCsat::merge(self, &other)
    }
    fn merge_with(&mut self, other: &Self) -> Result<(), Error> {
        CoreCsat::merge(self, other)
    }
}

impl Acc for Tally {
    fn tally(&self) -> &Tally {
        self
    }
    fn add_value(&mut self, value: i64, weight: Weight) -> Result<(), Error> {
        Tally::add(self, value, weight)
    }
    fn add_skipped_answer(&mut self, weight: Weight) {
        Tally::add_skipped(self, weight)
    }
    fn absorb(&mut self, tally: Tally) -> Result<(), Error> {
        Tally::merge(self, &tally)
    }
    fn merge_with(&mut self, other: &Self) -> Result<(), Error> {
        Tally::merge(self, other)
    }
}

fn acc_add<A: Acc>(acc: &mut A, value: Option<i64>, w: f64) -> PyResult<()> {
    let w = weight(w)?;
    match value {
        Some(v) => acc.add_value(v, w).map_err(to_py_err),
        None => {
            acc.add_skipped_answer(w);
            Ok(())
        }
    }
}

fn acc_add_many<A: Acc>(
    py: Python<'_>,
    acc: &mut A,
    values: &Bound<'_, PyAny>,
    weights: Option<&Bound<'_, PyAny>>,
) -> PyResult<()> {
    let tally = values::tally(py, acc.tally().scale(), values, weights)?;
    acc.absorb(tally).map_err(to_py_err)
}

fn acc_merge<A: Acc>(acc: &mut A, other: &A) -> PyResult<()> {
    acc.merge_with(other).map_err(to_py_err)
}

fn acc_repr<A: Acc>(name: &str, acc: &A) -> String {
    let t = acc.tally();
    format!("{name}(scale={}, answered={}, skipped={})", t.scale(), t.answered(), t.skipped())
}

/// An accumulator class: the struct wrapping the core accumulator, and one `#[pymethods]` block with the methods
/// every accumulator shares plus the class's own (`extra`: its constructor and `result`).
macro_rules! accumulator_class {
    ($(#[doc = $doc:literal])* $name:ident($core:ty), check($t:ident) $check:block, { $($extra:tt)* }) => {
        $(#[doc = $doc])*
        #[pyclass(module = "oes._oes", eq)]
        #[derive(Debug, Clone, PartialEq)]
        pub struct $name {
            pub(crate) inner: $core,
        }

        impl $name {
            fn check($t: &$core) -> PyResult<()> $check
        }

        #[pymethods]
        impl $name {
            $($extra)*

            /// Adds one answer.
            ///
            /// Parameters
            /// ----------
            /// value : int or None
            ///     The answer, on the accumulator's scale (`True`/`False` count as 1/0); `None`: shown and skipped.
            /// weight : float, default 1.0
            ///     The respondent's weight, in [0.000001, 1000000] (rounded to 6 decimals).
            ///
            /// Raises
            /// ------
            /// ParameterError
            ///     The value is off the scale or the weight out of range; nothing is added.
            #[pyo3(signature = (value, weight=1.0))]
            fn add(&mut self, value: Option<i64>, weight: f64) -> PyResult<()> {
                acc_add(&mut self.inner, value, weight)
            }

            /// Adds many answers at once: either all are added or, on an error, none.
            ///
            /// Parameters
            /// ----------
            /// values : list, tuple, NumPy array, pandas or polars Series
            ///     Answers on the accumulator's scale; `None` (NaN in a float array) is shown and skipped.
            /// weights : list, tuple, NumPy array or Series of float, optional
            ///     One weight per answer; default 1 each.
            ///
            /// Raises
            /// ------
            /// ParameterError
            ///     A value off the scale or not integral, or a bad weight; nothing is added.
            #[pyo3(signature = (values, weights=None))]
            fn add_many(
                &mut self,
                py: Python<'_>,
                values: &Bound<'_, PyAny>,
                weights: Option<&Bound<'_, PyAny>>,
            ) -> PyResult<()> {
                acc_add_many(py, &mut self.inner, values, weights)
            }

            /// Adds a respondent who was shown the question and skipped it.
            ///
            /// Parameters
            /// ----------
            /// weight : float, default 1.0
            ///     The respondent's weight (it counts in the shares only with `denominator="shown"`).
            #[pyo3(signature = (weight=1.0))]
            fn add_skipped(&mut self, weight: f64) -> PyResult<()> {
                acc_add(&mut self.inner, None, weight)
            }

            /// Adds the answers of another accumulator of the same kind in place (exact: any order and grouping of
            /// merges gives the same result) and returns this accumulator, so that merges chain: `a.merge(b).merge(c)`.
            ///
            /// Parameters
            /// ----------
            /// other : accumulator of the same class
            ///     Its answers are added to this one; `other` is unchanged.
            ///
            /// Returns
            /// -------
            /// accumulator
            ///     This accumulator.
            ///
            /// Raises
            /// ------
            /// IncompatibleError
            ///     The scales (or CSAT thresholds) differ.
            fn merge<'py>(slf: &Bound<'py, Self>, other: &Bound<'py, Self>) -> PyResult<Bound<'py, Self>> {
                let other = other.borrow().inner.clone();
                acc_merge(&mut slf.borrow_mut().inner, &other)?;
                Ok(slf.clone())
            }

            /// `a + b`: a new accumulator holding both (`a` and `b` are unchanged).
            fn __add__(&self, other: PyRef<'_, Self>) -> PyResult<Self> {
                let mut inner = self.inner.clone();
                acc_merge(&mut inner, &other.inner)?;
                Ok($name { inner })
            }

            /// `0 + a`: a copy, so that `sum(parts)` adds a list of accumulators.
            fn __radd__(&self, other: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
                $crate::json::radd_zero(other, || self.copy())
            }

            /// A copy.
            ///
            /// Returns
            /// -------
            /// accumulator
            ///     An independent accumulator of the same class with the same answers.
            fn copy(&self) -> Self {
                $name { inner: self.inner.clone() }
            }

            /// The answer scale, `(min, max)`.
            #[getter]
            fn scale(&self) -> (i32, i32) {
                let s = self.inner.tally().scale();
                (s.min(), s.max())
            }

            /// Number of answers added (skips not included), unweighted.
            #[getter]
            fn answered(&self) -> u64 {
                self.inner.tally().answered()
            }

            /// Number of skipped answers added, unweighted.
            #[getter]
            fn skipped(&self) -> u64 {
                self.inner.tally().skipped()
            }

            /// The exact state as JSON (the serde form of the Rust accumulator).
            ///
            /// Returns
            /// -------
            /// str
            ///     JSON that `from_json` (here, in Rust or in JavaScript) reads back into an equal accumulator.
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
            /// accumulator
            ///     An accumulator of this class, equal to the one that wrote `text`.
            ///
            /// Raises
            /// ------
            /// ParameterError
            ///     `text` is not the state of this kind of accumulator.
            /// IncompatibleError
            ///     The state is inconsistent (a threshold off its scale, a yes/no tally not on 0-1).
            #[staticmethod]
            pub(crate) fn from_json(text: &str) -> PyResult<Self> {
                let inner: $core = json::from_state(stringify!($name), text)?;
                Self::check(&inner)?;
                Ok($name { inner })
            }

            fn __repr__(&self) -> String {
                acc_repr(stringify!($name), &self.inner)
            }

            fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<(Bound<'py, PyAny>, (&'static str, String))> {
                json::reduce(py, stringify!($name), json::state(&self.inner)?)
            }
        }
    };
}

fn scale_or(scale: Option<&Bound<'_, PyAny>>, default: Scale) -> PyResult<Scale> {
    Ok(scale.map(scale_of).transpose()?.unwrap_or(default))
}

accumulator_class! {
    /// Accumulates NPS answers (0-10) exactly; mergeable and picklable.
    ///
    /// Counts and weights are kept as exact integers, so merging parts (from threads, processes or machines) in any
    /// order gives the same result as adding everything to one accumulator.
    ///
    /// Examples
    /// --------
    /// >>> import oes
    /// >>> acc = oes.NpsAccumulator()
    /// >>> acc.add(10)
    /// >>> acc.add(None)
    /// >>> acc.add_many([9, 8, 6, 10])
    /// >>> part = oes.NpsAccumulator()
    /// >>> part.add_many([0, 10])
    /// >>> _ = acc.merge(part)  # returns acc, so merges chain
    /// >>> acc
    /// NpsAccumulator(scale=0-10, answered=7, skipped=1)
    /// >>> round(acc.result().score, 2)
    /// 28.57
    NpsAccumulator(CoreNps), check(_acc) { Ok(()) }, {
        #[new]
        fn new() -> Self {
            NpsAccumulator { inner: CoreNps::new() }
        }

        /// The NPS figures of the answers added so far.
        ///
        /// Parameters
        /// ----------
        /// confidence : float, default 0.95
        ///     Confidence level of the interval, in (0, 1).
        /// interval : {"adjusted_wald", "wald"}, default "adjusted_wald"
        ///     Interval method of the score.
        /// denominator : {"answered", "shown"}, default "answered"
        ///     `"shown"` also counts the skipped answers in the shares.
        ///
        /// Returns
        /// -------
        /// NpsResult
        ///     As `oes.nps` gives for the same answers.
        #[pyo3(signature = (confidence=0.95, interval="adjusted_wald", denominator="answered"))]
        fn result(&self, confidence: f64, interval: &str, denominator: &str) -> PyResult<NpsResult> {
            Ok(NpsResult { inner: self.inner.result(&metric_options(confidence, interval, denominator)?) })
        }
    }
}

accumulator_class! {
    /// Accumulates CSAT answers on a scale with a top-box threshold exactly; mergeable and picklable.
    ///
    /// Parameters
    /// ----------
    /// scale : (int, int) or {"min": int, "max": int}, optional
    ///     The answer scale, default `(1, 5)`.
    /// threshold : int, optional
    ///     The lowest satisfied value; default: the top 30 % of the points.
    ///
    /// Examples
    /// --------
    /// >>> import oes
    /// >>> acc = oes.CsatAccumulator(scale=(1, 5))
    /// >>> acc.add_many([5, 4, 3, 5])
    /// >>> acc.threshold, acc.result().percent
    /// (4, 75.0)
    CsatAccumulator(CoreCsat), check(acc) {
        // A deserialised threshold has not been checked against the scale yet.
        let threshold = acc.result(&MetricOptions::default()).threshold;
        CoreCsat::from_tally(acc.tally().clone(), Some(threshold)).map(drop).map_err(to_py_err)
    }, {
        #[new]
        #[pyo3(signature = (scale=None, threshold=None))]
        fn new(scale: Option<&Bound<'_, PyAny>>, threshold: Option<i32>) -> PyResult<Self> {
            let scale = scale_or(scale, DEFAULT_CSAT)?;
            let inner = match threshold {
                Some(t) => CoreCsat::with_threshold(scale, t).map_err(to_py_err)?,
                None => CoreCsat::new(scale),
            };
            Ok(CsatAccumulator { inner })
        }

        /// The top-box threshold: answers at or above it (on the scale) are satisfied.
        #[getter]
        fn threshold(&self) -> i32 {
            self.inner.result(&MetricOptions::default()).threshold
        }

        /// The CSAT figures of the answers added so far.
        ///
        /// Parameters
        /// ----------
        /// confidence : float, default 0.95
        ///     Confidence level of the intervals, in (0, 1).
        /// denominator : {"answered", "shown"}, default "answered"
        ///     `"shown"` also counts the skipped answers in the shares.
        ///
        /// Returns
        /// -------
        /// CsatResult
        ///     As `oes.csat` gives for the same answers.
        #[pyo3(signature = (confidence=0.95, denominator="answered"))]
        fn result(&self, confidence: f64, denominator: &str) -> PyResult<CsatResult> {
            let options = metric_options(confidence, "adjusted_wald", denominator)?;
            Ok(CsatResult { inner: self.inner.result(&options) })
        }
    }
}

accumulator_class! {
    /// Accumulates CES 2.0 answers (agreement; higher is easier) exactly; mergeable and picklable.
    ///
    /// Parameters
    /// ----------
    /// scale : (int, int) or {"min": int, "max": int}, optional
    ///     The answer scale, default `(1, 7)`.
    ///
    /// Examples
    /// --------
    /// >>> import oes
    /// >>> acc = oes.CesAccumulator()
    /// >>> acc.add_many([7, 6, 5, 2, 4])
    /// >>> acc.result().net_easy
    /// 40.0
    CesAccumulator(Tally), check(_tally) { Ok(()) }, {
        #[new]
        #[pyo3(signature = (scale=None))]
        fn new(scale: Option<&Bound<'_, PyAny>>) -> PyResult<Self> {
            Ok(CesAccumulator { inner: Tally::new(scale_or(scale, DEFAULT_CES)?) })
        }

        /// The CES 2.0 figures of the answers added so far.
        ///
        /// Parameters
        /// ----------
        /// confidence : float, default 0.95
        ///     Confidence level of the intervals, in (0, 1).
        /// interval : {"adjusted_wald", "wald"}, default "adjusted_wald"
        ///     Interval method of `net_easy`.
        /// denominator : {"answered", "shown"}, default "answered"
        ///     `"shown"` also counts the skipped answers in the shares.
        ///
        /// Returns
        /// -------
        /// CesResult
        ///     As `oes.ces` gives for the same answers.
        #[pyo3(signature = (confidence=0.95, interval="adjusted_wald", denominator="answered"))]
        fn result(&self, confidence: f64, interval: &str, denominator: &str) -> PyResult<CesResult> {
            Ok(CesResult { inner: ces_from_tally(&self.inner, &metric_options(confidence, interval, denominator)?) })
        }
    }
}

accumulator_class! {
    /// Accumulates legacy CES answers (effort; lower is better) exactly; mergeable and picklable.
    ///
    /// Parameters
    /// ----------
    /// scale : (int, int) or {"min": int, "max": int}, optional
    ///     The answer scale, default `(1, 5)`.
    ///
    /// Examples
    /// --------
    /// >>> import oes
    /// >>> acc = oes.CesEffortAccumulator()
    /// >>> acc.add_many([1, 2, 4, 5, 2])
    /// >>> acc.result().mean
    /// 2.8
    CesEffortAccumulator(Tally), check(_tally) { Ok(()) }, {
        #[new]
        #[pyo3(signature = (scale=None))]
        fn new(scale: Option<&Bound<'_, PyAny>>) -> PyResult<Self> {
            Ok(CesEffortAccumulator { inner: Tally::new(scale_or(scale, DEFAULT_CES_EFFORT)?) })
        }

        /// The legacy CES figures of the answers added so far.
        ///
        /// Parameters
        /// ----------
        /// confidence : float, default 0.95
        ///     Confidence level of the intervals, in (0, 1).
        /// denominator : {"answered", "shown"}, default "answered"
        ///     `"shown"` also counts the skipped answers in the shares.
        ///
        /// Returns
        /// -------
        /// CesEffortResult
        ///     As `oes.ces_effort` gives for the same answers.
        #[pyo3(signature = (confidence=0.95, denominator="answered"))]
        fn result(&self, confidence: f64, denominator: &str) -> PyResult<CesEffortResult> {
            let options = metric_options(confidence, "adjusted_wald", denominator)?;
            Ok(CesEffortResult { inner: ces_effort_from_tally(&self.inner, &options) })
        }
    }
}

accumulator_class! {
    /// Accumulates answers to a rating question on a scale exactly; mergeable and picklable.
    ///
    /// Parameters
    /// ----------
    /// scale : (int, int) or {"min": int, "max": int}
    ///     The answer scale.
    ///
    /// Examples
    /// --------
    /// >>> import oes
    /// >>> acc = oes.RatingAccumulator((1, 5))
    /// >>> acc.add_many([3, 4, 5, 4])
    /// >>> acc.result().mean
    /// 4.0
    RatingAccumulator(Tally), check(_tally) { Ok(()) }, {
        #[new]
        fn new(scale: &Bound<'_, PyAny>) -> PyResult<Self> {
            Ok(RatingAccumulator { inner: Tally::new(scale_of(scale)?) })
        }

        /// The rating figures of the answers added so far.
        ///
        /// Parameters
        /// ----------
        /// confidence : float, default 0.95
        ///     Confidence level of the interval of the mean, in (0, 1).
        ///
        /// Returns
        /// -------
        /// RatingResult
        ///     As `oes.rating` gives for the same answers.
        #[pyo3(signature = (confidence=0.95))]
        fn result(&self, confidence: f64) -> PyResult<RatingResult> {
            let options = metric_options(confidence, "adjusted_wald", "answered")?;
            Ok(RatingResult { inner: rating_from_tally(&self.inner, &options) })
        }
    }
}

accumulator_class! {
    /// Accumulates yes/no answers (`True`/`False`, or 1/0) exactly; mergeable and picklable.
    ///
    /// Examples
    /// --------
    /// >>> import oes
    /// >>> acc = oes.YesNoAccumulator()
    /// >>> acc.add_many([True, False, True, True])
    /// >>> acc.result().percent_yes
    /// 75.0
    YesNoAccumulator(Tally), check(tally) {
        if tally.scale() == YES_NO_SCALE {
            Ok(())
        } else {
            Err(to_py_err(Error::Incompatible(format!("a yes/no tally is 0-1, not {}", tally.scale()))))
        }
    }, {
        #[new]
        fn new() -> Self {
            YesNoAccumulator { inner: Tally::new(YES_NO_SCALE) }
        }

        /// The yes/no figures of the answers added so far.
        ///
        /// Parameters
        /// ----------
        /// confidence : float, default 0.95
        ///     Confidence level of the interval, in (0, 1).
        /// denominator : {"answered", "shown"}, default "answered"
        ///     `"shown"` also counts the skipped answers in the share.
        ///
        /// Returns
        /// -------
        /// YesNoResult
        ///     As `oes.yes_no` gives for the same answers.
        #[pyo3(signature = (confidence=0.95, denominator="answered"))]
        fn result(&self, confidence: f64, denominator: &str) -> PyResult<YesNoResult> {
            let options = metric_options(confidence, "adjusted_wald", denominator)?;
            Ok(YesNoResult { inner: yes_no_from_tally(&self.inner, &options) })
        }
    }
}
