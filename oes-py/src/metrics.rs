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
        $($field:ident: $out:ty),* $(,)? $(; figures: $($figure:ident: $fout:ty),* $(,)?)?
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
                #[getter]
                fn $field(&self) -> $out {
                    $crate::metrics::Field::<$out>::field(&self.inner.$field)
                }
            )*
            $($(
                #[getter]
                fn $figure(&self) -> $fout {
                    $crate::metrics::Field::<$fout>::field(&self.inner.figures.$figure)
                }
            )*)?

            /// Every field as a dict, exactly as in the JSON of the Rust result.
            fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                $crate::json::to_py(py, &self.inner)
            }

            /// The JSON of the Rust result.
            fn to_json(&self) -> PyResult<String> {
                $crate::json::state(&self.inner)
            }

            /// A result from `to_json()`.
            #[staticmethod]
            pub(crate) fn from_json(text: &str) -> PyResult<Self> {
                Ok($name { inner: $crate::json::from_state_exact(stringify!($name), text)? })
            }

            fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
                $crate::json::repr(py, stringify!($name), &self.inner)
            }

            fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<(Bound<'py, PyAny>, (&'static str, String))> {
                $crate::json::reduce(py, stringify!($name), $crate::json::state(&self.inner)?)
            }
        }
    };
}
pub(crate) use result_class;

result_class! {
    /// NPS figures (see `oes.nps`).
    NpsResult(oes_core::metrics::nps::NpsResult) {
        score: Option<f64>, promoters: u64, passives: u64, detractors: u64, skipped: u64, n: u64,
        promoters_pct: Option<f64>, passives_pct: Option<f64>, detractors_pct: Option<f64>, weighted_n: f64,
        effective_n: f64, se: Option<f64>, moe: Option<f64>, ci: Option<(f64, f64)>, confidence: f64,
        interval: &'static str,
    }
}

result_class! {
    /// CSAT figures (see `oes.csat`).
    CsatResult(oes_core::metrics::csat::CsatResult) {
        percent: Option<f64>, satisfied: u64, threshold: i32, n: u64, skipped: u64, weighted_n: f64,
        effective_n: f64, ci: Option<(f64, f64)>, moe: Option<f64>, confidence: f64;
        figures: mean: Option<f64>, sd: Option<f64>, mean_ci: Option<(f64, f64)>, distribution: Vec<u64>,
        scale: (i32, i32),
    }
}

result_class! {
    /// CES 2.0 figures (see `oes.ces`).
    CesResult(oes_core::metrics::ces::CesResult) {
        percent_agree: Option<f64>, agree: u64, percent_disagree: Option<f64>, disagree: u64, net_easy: Option<f64>,
        net_easy_ci: Option<(f64, f64)>, ci: Option<(f64, f64)>, n: u64, skipped: u64, weighted_n: f64,
        effective_n: f64, confidence: f64;
        figures: mean: Option<f64>, sd: Option<f64>, mean_ci: Option<(f64, f64)>, distribution: Vec<u64>,
        scale: (i32, i32),
    }
}

result_class! {
    /// Legacy CES figures (see `oes.ces_effort`; lower is better).
    CesEffortResult(oes_core::metrics::ces::CesEffortResult) {
        percent_low_effort: Option<f64>, low_effort: u64, percent_high_effort: Option<f64>, high_effort: u64,
        ci: Option<(f64, f64)>, n: u64, skipped: u64, weighted_n: f64, effective_n: f64, confidence: f64;
        figures: mean: Option<f64>, sd: Option<f64>, mean_ci: Option<(f64, f64)>, distribution: Vec<u64>,
        scale: (i32, i32),
    }
}

result_class! {
    /// Rating figures (see `oes.rating`).
    RatingResult(oes_core::metrics::rating::RatingResult) {
        n: u64, skipped: u64, weighted_n: f64, effective_n: f64, confidence: f64;
        figures: mean: Option<f64>, sd: Option<f64>, mean_ci: Option<(f64, f64)>, distribution: Vec<u64>,
        scale: (i32, i32),
    }
}

result_class! {
    /// Yes/no figures (see `oes.yes_no`).
    YesNoResult(oes_core::metrics::rating::YesNoResult) {
        percent_yes: Option<f64>, yes: u64, no: u64, n: u64, skipped: u64, weighted_n: f64, effective_n: f64,
        ci: Option<(f64, f64)>, moe: Option<f64>, confidence: f64,
    }
}

result_class! {
    /// The comparison of one figure between two groups (see `oes.compare_nps`).
    Comparison(oes_core::Comparison) {
        metric: String, diff: f64, se: f64, statistic: f64, test: String, df: Option<f64>, p_value: f64,
        significant: bool, ci: (f64, f64),
    }
}

// ---------------------------------------------------------------------------------------------------------------
// One-shot functions.

/// NPS of 0-10 scores (`None`, or NaN in a float array, is a question shown and skipped).
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

/// CSAT of answers on `scale` (top-box `threshold`, default: the top 30% of the points).
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

/// CES 2.0 of agreement answers on `scale` (higher is easier).
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

/// Legacy CES of effort answers on `scale` (lower is better).
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

/// Mean, sd, interval and distribution of answers on `scale`.
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

/// Share of "yes" of boolean answers (`True`/`False`, or 1/0; `None` is skipped).
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
/// by default). `a` and `b` are each an `NpsAccumulator` or the 0-10 scores themselves (anything `nps` takes: a
/// list, a NumPy array, a pandas or polars Series), with optional `weights_a` / `weights_b`. A group without answers
/// is an error (there is nothing to compare), as is a difference whose standard error is 0 (the Wald interval of two
/// groups that all answered alike).
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

            /// Adds one answer (`None`: shown and skipped) with a weight (default 1).
            #[pyo3(signature = (value, weight=1.0))]
            fn add(&mut self, value: Option<i64>, weight: f64) -> PyResult<()> {
                acc_add(&mut self.inner, value, weight)
            }

            /// Adds many answers at once (a list, a NumPy array, a pandas or polars Series), with optional weights.
            /// Either all are added or, on an error, none.
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
            #[pyo3(signature = (weight=1.0))]
            fn add_skipped(&mut self, weight: f64) -> PyResult<()> {
                acc_add(&mut self.inner, None, weight)
            }

            /// Adds another accumulator of the same kind in place (exact: any order and grouping gives the same
            /// result) and returns this accumulator, so that merges chain: `a.merge(b).merge(c)`.
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
            fn copy(&self) -> Self {
                $name { inner: self.inner.clone() }
            }

            /// The scale, as `(min, max)`.
            #[getter]
            fn scale(&self) -> (i32, i32) {
                let s = self.inner.tally().scale();
                (s.min(), s.max())
            }

            /// Number of answers added.
            #[getter]
            fn answered(&self) -> u64 {
                self.inner.tally().answered()
            }

            /// Number of skipped answers added.
            #[getter]
            fn skipped(&self) -> u64 {
                self.inner.tally().skipped()
            }

            /// The exact state as JSON (the serde form of the Rust accumulator).
            fn to_json(&self) -> PyResult<String> {
                json::state(&self.inner)
            }

            /// An accumulator from `to_json()`.
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
    /// Accumulates NPS answers exactly; mergeable and picklable.
    NpsAccumulator(CoreNps), check(_acc) { Ok(()) }, {
        #[new]
        fn new() -> Self {
            NpsAccumulator { inner: CoreNps::new() }
        }

        /// The figures.
        #[pyo3(signature = (confidence=0.95, interval="adjusted_wald", denominator="answered"))]
        fn result(&self, confidence: f64, interval: &str, denominator: &str) -> PyResult<NpsResult> {
            Ok(NpsResult { inner: self.inner.result(&metric_options(confidence, interval, denominator)?) })
        }
    }
}

accumulator_class! {
    /// Accumulates CSAT answers on a scale (default 1-5) with a top-box threshold; mergeable and picklable.
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

        /// The top-box threshold: values at or above it are satisfied.
        #[getter]
        fn threshold(&self) -> i32 {
            self.inner.result(&MetricOptions::default()).threshold
        }

        /// The figures.
        #[pyo3(signature = (confidence=0.95, denominator="answered"))]
        fn result(&self, confidence: f64, denominator: &str) -> PyResult<CsatResult> {
            let options = metric_options(confidence, "adjusted_wald", denominator)?;
            Ok(CsatResult { inner: self.inner.result(&options) })
        }
    }
}

accumulator_class! {
    /// Accumulates CES 2.0 answers on a scale (default 1-7); mergeable and picklable.
    CesAccumulator(Tally), check(_tally) { Ok(()) }, {
        #[new]
        #[pyo3(signature = (scale=None))]
        fn new(scale: Option<&Bound<'_, PyAny>>) -> PyResult<Self> {
            Ok(CesAccumulator { inner: Tally::new(scale_or(scale, DEFAULT_CES)?) })
        }

        /// The figures.
        #[pyo3(signature = (confidence=0.95, interval="adjusted_wald", denominator="answered"))]
        fn result(&self, confidence: f64, interval: &str, denominator: &str) -> PyResult<CesResult> {
            Ok(CesResult { inner: ces_from_tally(&self.inner, &metric_options(confidence, interval, denominator)?) })
        }
    }
}

accumulator_class! {
    /// Accumulates legacy CES (effort) answers on a scale (default 1-5); mergeable and picklable.
    CesEffortAccumulator(Tally), check(_tally) { Ok(()) }, {
        #[new]
        #[pyo3(signature = (scale=None))]
        fn new(scale: Option<&Bound<'_, PyAny>>) -> PyResult<Self> {
            Ok(CesEffortAccumulator { inner: Tally::new(scale_or(scale, DEFAULT_CES_EFFORT)?) })
        }

        /// The figures.
        #[pyo3(signature = (confidence=0.95, denominator="answered"))]
        fn result(&self, confidence: f64, denominator: &str) -> PyResult<CesEffortResult> {
            let options = metric_options(confidence, "adjusted_wald", denominator)?;
            Ok(CesEffortResult { inner: ces_effort_from_tally(&self.inner, &options) })
        }
    }
}

accumulator_class! {
    /// Accumulates answers to a rating question on a scale; mergeable and picklable.
    RatingAccumulator(Tally), check(_tally) { Ok(()) }, {
        #[new]
        fn new(scale: &Bound<'_, PyAny>) -> PyResult<Self> {
            Ok(RatingAccumulator { inner: Tally::new(scale_of(scale)?) })
        }

        /// The figures.
        #[pyo3(signature = (confidence=0.95))]
        fn result(&self, confidence: f64) -> PyResult<RatingResult> {
            let options = metric_options(confidence, "adjusted_wald", "answered")?;
            Ok(RatingResult { inner: rating_from_tally(&self.inner, &options) })
        }
    }
}

accumulator_class! {
    /// Accumulates yes/no answers (`True`/`False`, or 1/0); mergeable and picklable.
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

        /// The figures.
        #[pyo3(signature = (confidence=0.95, denominator="answered"))]
        fn result(&self, confidence: f64, denominator: &str) -> PyResult<YesNoResult> {
            let options = metric_options(confidence, "adjusted_wald", denominator)?;
            Ok(YesNoResult { inner: yes_no_from_tally(&self.inner, &options) })
        }
    }
}
