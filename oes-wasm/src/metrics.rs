//! One-shot metrics (`nps`, `csat`, `ces`, `cesEffort`, `rating`, `yesNo`) and their mergeable accumulators.

use oes_core::metrics::ces::{CesAccumulator as CoreCes, CesEffortAccumulator as CoreCesEffort};
use oes_core::metrics::csat::CsatAccumulator as CoreCsat;
use oes_core::metrics::nps::{NpsAccumulator as CoreNps, NpsRating};
use oes_core::metrics::rating::{RatingAccumulator as CoreRating, YesNoAccumulator as CoreYesNo};
use oes_core::metrics::{ces, csat, nps, rating, MetricOptions};
use oes_core::{QuestionKind, Scale};
use wasm_bindgen::prelude::*;

use crate::convert::{booleans_or_null, integer_arg, integers_or_null, json_text, numbers, to_js, weight_arg, Options};
use crate::error::{invalid, Result};

#[wasm_bindgen(typescript_custom_section)]
const TS_METRICS: &'static str = r#"
/** `[low, high]`. */
export type Range = [number, number];
/** Values of one question: integers, or `null`/`undefined` where the question was shown and skipped. */
export type Values = ArrayLike<number | null | undefined>;

/** How a result is computed (all optional). */
export interface ResultOptions {
  /** Confidence level of intervals, in (0, 1); default 0.95. */
  confidence?: number;
  /** Interval method of NPS-like scores; default `adjusted_wald`. */
  interval?: IntervalMethod;
  /** Denominator of shares; default `answered`. */
  denominator?: Denominator;
}
/** Options of the one-shot metric functions. */
export interface MetricOptions extends ResultOptions {
  /** One weight per value, each in [0.000001, 1000000] (rounded to 6 decimals); default all 1. */
  weights?: ArrayLike<number> | null;
}
/** Options of `ces`, `cesEffort` and `csat`: the scale defaults to the kind's (1-7 for CES, 1-5 otherwise). */
export interface ScaledOptions extends MetricOptions { scale?: Scale; }
/** Options of `csat`. */
export interface CsatOptions extends ScaledOptions {
  /** Lowest satisfied value; default the top `max(1, round(0.3 k))` points of a `k`-point scale. */
  threshold?: number;
}
/** Options of `rating`: the scale is required. */
export interface RatingOptions extends MetricOptions { scale: Scale; }

/** The exact state of an accumulator (the Rust core's serde form; sums of weights are decimal strings). */
export interface TallyJSON {
  scale: Scale;
  counts: number[];
  weights: string[];
  weight_sq: string;
  skipped: number;
  skipped_weight: string;
  skipped_weight_sq: string;
}
/** The state of a `CsatAccumulator`. */
export interface CsatAccumulatorJSON { tally: TallyJSON; threshold: number; }
"#;

const METRIC_KEYS: &[&str] = &["weights", "confidence", "interval", "denominator"];
const SCALED_KEYS: &[&str] = &["scale", "weights", "confidence", "interval", "denominator"];
const CSAT_KEYS: &[&str] = &["scale", "threshold", "weights", "confidence", "interval", "denominator"];
const RESULT_KEYS: &[&str] = &["confidence", "interval", "denominator"];

/// The scale given in `options`, or the default of `kind`.
fn scale_or_default(options: &Options, kind: QuestionKind) -> Result<Scale> {
    match options.scale("scale")? {
        Some(s) => Ok(s),
        None => kind.default_scale().ok_or_else(|| invalid("scale", "a scale {min, max} is required")),
    }
}

fn weights(options: &Options) -> Result<Option<Vec<f64>>> {
    options.get("weights").map(|w| numbers(&w, "weights")).transpose()
}

fn result_options(options: Option<JsValue>) -> Result<MetricOptions> {
    Options::new(options, RESULT_KEYS)?.metric_options()
}

/// Net Promoter Score of 0-10 answers (`null` = shown but skipped): promoters 9-10, detractors 0-6, score
/// `100 (p - d)` with its interval (adjusted Wald by default).
#[wasm_bindgen(unchecked_return_type = "NpsResult")]
pub fn nps(
    #[wasm_bindgen(unchecked_param_type = "Values")] scores: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "MetricOptions")] options: Option<JsValue>,
) -> Result<JsValue> {
    let options = Options::new(options, METRIC_KEYS)?;
    let values = integers_or_null(&scores, "scores")?;
    to_js(&nps::nps(&values, weights(&options)?.as_deref(), &options.metric_options()?)?)
}

/// Customer satisfaction: the top-box share (values `>= threshold`) with its Wilson interval, and the mean.
#[wasm_bindgen(unchecked_return_type = "CsatResult")]
pub fn csat(
    #[wasm_bindgen(unchecked_param_type = "Values")] values: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "CsatOptions")] options: Option<JsValue>,
) -> Result<JsValue> {
    let options = Options::new(options, CSAT_KEYS)?;
    let values = integers_or_null(&values, "values")?;
    let scale = scale_or_default(&options, QuestionKind::Csat)?;
    let threshold = options.integer("threshold", "threshold")?.map(threshold_i32).transpose()?;
    let w = weights(&options)?;
    to_js(&csat::csat(&values, scale, threshold, w.as_deref(), &options.metric_options()?)?)
}

fn threshold_i32(t: i64) -> Result<i32> {
    i32::try_from(t).map_err(|_| invalid("threshold", format!("{t} is out of range")))
}

/// CES 2.0 ("the company made it easy", higher is easier, default scale 1-7): mean, shares agreeing and disagreeing,
/// net easy.
#[wasm_bindgen(unchecked_return_type = "CesResult")]
pub fn ces(
    #[wasm_bindgen(unchecked_param_type = "Values")] values: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ScaledOptions")] options: Option<JsValue>,
) -> Result<JsValue> {
    let options = Options::new(options, SCALED_KEYS)?;
    let values = integers_or_null(&values, "values")?;
    let scale = scale_or_default(&options, QuestionKind::Ces)?;
    let w = weights(&options)?;
    to_js(&ces::ces(&values, scale, w.as_deref(), &options.metric_options()?)?)
}

/// Legacy CES ("how much effort", LOWER is better, default scale 1-5): mean and low/high-effort shares.
#[wasm_bindgen(js_name = cesEffort, unchecked_return_type = "CesEffortResult")]
pub fn ces_effort(
    #[wasm_bindgen(unchecked_param_type = "Values")] values: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ScaledOptions")] options: Option<JsValue>,
) -> Result<JsValue> {
    let options = Options::new(options, SCALED_KEYS)?;
    let values = integers_or_null(&values, "values")?;
    let scale = scale_or_default(&options, QuestionKind::CesEffort)?;
    let w = weights(&options)?;
    to_js(&ces::ces_effort(&values, scale, w.as_deref(), &options.metric_options()?)?)
}

/// Any rating scale (the scale is required): mean, standard deviation, t interval, distribution.
#[wasm_bindgen(unchecked_return_type = "RatingResult")]
pub fn rating(
    #[wasm_bindgen(unchecked_param_type = "Values")] values: JsValue,
    #[wasm_bindgen(unchecked_param_type = "RatingOptions")] options: JsValue,
) -> Result<JsValue> {
    let options = Options::new(Some(options), SCALED_KEYS)?;
    let values = integers_or_null(&values, "values")?;
    let scale = scale_or_default(&options, QuestionKind::Rating)?;
    let w = weights(&options)?;
    to_js(&rating::rating(&values, scale, w.as_deref(), &options.metric_options()?)?)
}

/// Yes/no answers (`true`, `false`, `null` = shown but skipped): share of yes with its Wilson interval.
#[wasm_bindgen(js_name = yesNo, unchecked_return_type = "YesNoResult")]
pub fn yes_no(
    #[wasm_bindgen(unchecked_param_type = "ArrayLike<boolean | null | undefined>")] values: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "MetricOptions")] options: Option<JsValue>,
) -> Result<JsValue> {
    let options = Options::new(options, METRIC_KEYS)?;
    let values = booleans_or_null(&values, "values")?;
    to_js(&rating::yes_no(&values, weights(&options)?.as_deref(), &options.metric_options()?)?)
}

/// Reads a JSON state (a string, or the object `toJSON` returned).
fn from_state<T: serde::de::DeserializeOwned>(json: &JsValue) -> Result<T> {
    let text = json_text(json, "json")?;
    serde_json::from_str(&text).map_err(|e| invalid("json", format!("not an accumulator state: {e}")))
}

/// Accumulates NPS answers exactly; mergeable in any order with the same result, and serialisable
/// (`JSON.stringify(acc)`, `NpsAccumulator.fromJSON(state)`), also across the Rust and Python bindings.
#[wasm_bindgen]
#[derive(Default)]
pub struct NpsAccumulator {
    inner: CoreNps,
}

#[wasm_bindgen]
impl NpsAccumulator {
    /// An empty accumulator.
    #[wasm_bindgen(constructor)]
    pub fn new() -> NpsAccumulator {
        NpsAccumulator::default()
    }

    /// Adds one 0-10 answer with an optional weight (default 1).
    pub fn add(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "number")] score: JsValue,
        weight: Option<f64>,
    ) -> Result<()> {
        let value = integer_arg(&score, "score")?;
        let rating = NpsRating::try_from(value)?;
        self.inner.add(rating, weight_arg(weight)?);
        Ok(())
    }

    /// Adds a respondent who was shown the question and skipped it.
    #[wasm_bindgen(js_name = addSkipped)]
    pub fn add_skipped(&mut self, weight: Option<f64>) -> Result<()> {
        self.inner.add_skipped(weight_arg(weight)?);
        Ok(())
    }

    /// Adds another accumulator (exact: any grouping and order gives the same result; an error only where the
    /// counts would overflow).
    pub fn merge(&mut self, other: &NpsAccumulator) -> Result<()> {
        Ok(self.inner.merge(&other.inner)?)
    }

    /// Number of answers.
    #[wasm_bindgen(getter)]
    pub fn answered(&self) -> f64 {
        self.inner.tally().answered() as f64
    }

    /// Number of skipped answers.
    #[wasm_bindgen(getter)]
    pub fn skipped(&self) -> f64 {
        self.inner.tally().skipped() as f64
    }

    /// The figures.
    #[wasm_bindgen(unchecked_return_type = "NpsResult")]
    pub fn result(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "ResultOptions")] options: Option<JsValue>,
    ) -> Result<JsValue> {
        to_js(&self.inner.result(&result_options(options)?))
    }

    /// The exact state as a plain object (what `JSON.stringify` writes).
    #[wasm_bindgen(js_name = toJSON, unchecked_return_type = "TallyJSON")]
    pub fn to_json(&self) -> Result<JsValue> {
        to_js(&self.inner)
    }

    /// An accumulator from a state written by `toJSON` (an object or its JSON text), here or in another binding.
    #[wasm_bindgen(js_name = fromJSON)]
    pub fn from_json(
        #[wasm_bindgen(unchecked_param_type = "TallyJSON | string")] json: JsValue,
    ) -> Result<NpsAccumulator> {
        Ok(NpsAccumulator { inner: from_state(&json)? })
    }
}

/// Accumulates CSAT answers on one scale with one threshold; mergeable and serialisable.
#[wasm_bindgen]
pub struct CsatAccumulator {
    inner: CoreCsat,
}

#[wasm_bindgen]
impl CsatAccumulator {
    /// An empty accumulator (`scale` defaults to 1-5, `threshold` to the scale's default top box).
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(unchecked_optional_param_type = "{ scale?: Scale; threshold?: number }")] options: Option<
            JsValue,
        >,
    ) -> Result<CsatAccumulator> {
        let options = Options::new(options, &["scale", "threshold"])?;
        let scale = scale_or_default(&options, QuestionKind::Csat)?;
        let inner = match options.integer("threshold", "threshold")? {
            Some(t) => CoreCsat::with_threshold(scale, threshold_i32(t)?)?,
            None => CoreCsat::new(scale),
        };
        Ok(CsatAccumulator { inner })
    }

    /// Adds one answer with an optional weight (default 1).
    pub fn add(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "number")] value: JsValue,
        weight: Option<f64>,
    ) -> Result<()> {
        Ok(self.inner.add(integer_arg(&value, "value")?, weight_arg(weight)?)?)
    }

    /// Adds a respondent who was shown the question and skipped it.
    #[wasm_bindgen(js_name = addSkipped)]
    pub fn add_skipped(&mut self, weight: Option<f64>) -> Result<()> {
        self.inner.add_skipped(weight_arg(weight)?);
        Ok(())
    }

    /// Adds another accumulator; throws if the scales or thresholds differ.
    pub fn merge(&mut self, other: &CsatAccumulator) -> Result<()> {
        Ok(self.inner.merge(&other.inner)?)
    }

    /// Number of answers.
    #[wasm_bindgen(getter)]
    pub fn answered(&self) -> f64 {
        self.inner.tally().answered() as f64
    }

    /// Number of skipped answers.
    #[wasm_bindgen(getter)]
    pub fn skipped(&self) -> f64 {
        self.inner.tally().skipped() as f64
    }

    /// The figures.
    #[wasm_bindgen(unchecked_return_type = "CsatResult")]
    pub fn result(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "ResultOptions")] options: Option<JsValue>,
    ) -> Result<JsValue> {
        to_js(&self.inner.result(&result_options(options)?))
    }

    /// The exact state as a plain object.
    #[wasm_bindgen(js_name = toJSON, unchecked_return_type = "CsatAccumulatorJSON")]
    pub fn to_json(&self) -> Result<JsValue> {
        to_js(&self.inner)
    }

    /// An accumulator from a state written by `toJSON`.
    #[wasm_bindgen(js_name = fromJSON)]
    pub fn from_json(
        #[wasm_bindgen(unchecked_param_type = "CsatAccumulatorJSON | string")] json: JsValue,
    ) -> Result<CsatAccumulator> {
        Ok(CsatAccumulator { inner: from_state(&json)? })
    }
}

/// Classes over the core's accumulators on one scale (`CesAccumulator`, `CesEffortAccumulator`,
/// `RatingAccumulator`): the same methods, the scale's default taken from the question kind.
macro_rules! scale_accumulator {
    (
        $doc:literal, $name:ident, $core:ty, $result_ts:literal, $kind:expr,
        $ctor_attr:ident = $ctor_ts:literal, $ctor_doc:literal
    ) => {
        #[doc = $doc]
        #[wasm_bindgen]
        pub struct $name {
            inner: $core,
        }

        #[wasm_bindgen]
        impl $name {
            #[doc = $ctor_doc]
            #[wasm_bindgen(constructor)]
            pub fn new(#[wasm_bindgen($ctor_attr = $ctor_ts)] options: Option<JsValue>) -> Result<$name> {
                let options = Options::new(options, &["scale"])?;
                Ok($name { inner: <$core>::new(scale_or_default(&options, $kind)?) })
            }

            /// Adds one answer with an optional weight (default 1).
            pub fn add(
                &mut self,
                #[wasm_bindgen(unchecked_param_type = "number")] value: JsValue,
                weight: Option<f64>,
            ) -> Result<()> {
                Ok(self.inner.add(integer_arg(&value, "value")?, weight_arg(weight)?)?)
            }

            /// Adds a respondent who was shown the question and skipped it.
            #[wasm_bindgen(js_name = addSkipped)]
            pub fn add_skipped(&mut self, weight: Option<f64>) -> Result<()> {
                self.inner.add_skipped(weight_arg(weight)?);
                Ok(())
            }

            /// Adds another accumulator of the same scale (throws otherwise).
            pub fn merge(&mut self, other: &$name) -> Result<()> {
                Ok(self.inner.merge(&other.inner)?)
            }

            /// Number of answers.
            #[wasm_bindgen(getter)]
            pub fn answered(&self) -> f64 {
                self.inner.tally().answered() as f64
            }

            /// Number of skipped answers.
            #[wasm_bindgen(getter)]
            pub fn skipped(&self) -> f64 {
                self.inner.tally().skipped() as f64
            }

            /// The figures.
            #[wasm_bindgen(unchecked_return_type = $result_ts)]
            pub fn result(
                &self,
                #[wasm_bindgen(unchecked_optional_param_type = "ResultOptions")] options: Option<JsValue>,
            ) -> Result<JsValue> {
                to_js(&self.inner.result(&result_options(options)?))
            }

            /// The exact state as a plain object.
            #[wasm_bindgen(js_name = toJSON, unchecked_return_type = "TallyJSON")]
            pub fn to_json(&self) -> Result<JsValue> {
                to_js(&self.inner)
            }

            /// An accumulator from a state written by `toJSON`.
            #[wasm_bindgen(js_name = fromJSON)]
            pub fn from_json(
                #[wasm_bindgen(unchecked_param_type = "TallyJSON | string")] json: JsValue,
            ) -> Result<$name> {
                Ok($name { inner: from_state(&json)? })
            }
        }
    };
}

scale_accumulator!(
    "Accumulates CES 2.0 answers (default scale 1-7); mergeable and serialisable.",
    CesAccumulator,
    CoreCes,
    "CesResult",
    QuestionKind::Ces,
    unchecked_optional_param_type = "{ scale?: Scale }",
    "An empty accumulator (`scale` defaults to 1-7)."
);

scale_accumulator!(
    "Accumulates legacy CES (effort) answers (default scale 1-5); mergeable and serialisable.",
    CesEffortAccumulator,
    CoreCesEffort,
    "CesEffortResult",
    QuestionKind::CesEffort,
    unchecked_optional_param_type = "{ scale?: Scale }",
    "An empty accumulator (`scale` defaults to 1-5)."
);

scale_accumulator!(
    "Accumulates answers on any rating scale; mergeable and serialisable.",
    RatingAccumulator,
    CoreRating,
    "RatingResult",
    QuestionKind::Rating,
    unchecked_param_type = "{ scale: Scale }",
    "An empty accumulator on `scale` (required)."
);

/// Accumulates yes/no answers; mergeable and serialisable.
#[wasm_bindgen]
#[derive(Default)]
pub struct YesNoAccumulator {
    inner: CoreYesNo,
}

#[wasm_bindgen]
impl YesNoAccumulator {
    /// An empty accumulator.
    #[wasm_bindgen(constructor)]
    pub fn new() -> YesNoAccumulator {
        YesNoAccumulator::default()
    }

    /// Adds one answer (`true` or `false`) with an optional weight (default 1).
    pub fn add(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "boolean")] value: JsValue,
        weight: Option<f64>,
    ) -> Result<()> {
        let yes = value.as_bool().ok_or_else(|| {
            invalid("value", format!("expected true or false, got {}", crate::convert::describe(&value)))
        })?;
        self.inner.add(yes, weight_arg(weight)?);
        Ok(())
    }

    /// Adds a respondent who was shown the question and skipped it.
    #[wasm_bindgen(js_name = addSkipped)]
    pub fn add_skipped(&mut self, weight: Option<f64>) -> Result<()> {
        self.inner.add_skipped(weight_arg(weight)?);
        Ok(())
    }

    /// Adds another accumulator (an error only where the counts would overflow).
    pub fn merge(&mut self, other: &YesNoAccumulator) -> Result<()> {
        Ok(self.inner.merge(&other.inner)?)
    }

    /// Number of answers.
    #[wasm_bindgen(getter)]
    pub fn answered(&self) -> f64 {
        // The core's yes/no accumulator exposes no tally; its unweighted figures hold the counts.
        self.inner.result(&MetricOptions::default()).n as f64
    }

    /// Number of skipped answers.
    #[wasm_bindgen(getter)]
    pub fn skipped(&self) -> f64 {
        self.inner.result(&MetricOptions::default()).skipped as f64
    }

    /// The figures.
    #[wasm_bindgen(unchecked_return_type = "YesNoResult")]
    pub fn result(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "ResultOptions")] options: Option<JsValue>,
    ) -> Result<JsValue> {
        to_js(&self.inner.result(&result_options(options)?))
    }

    /// The exact state as a plain object.
    #[wasm_bindgen(js_name = toJSON, unchecked_return_type = "TallyJSON")]
    pub fn to_json(&self) -> Result<JsValue> {
        to_js(&self.inner)
    }

    /// An accumulator from a state written by `toJSON` (its scale must be 0-1).
    #[wasm_bindgen(js_name = fromJSON)]
    pub fn from_json(
        #[wasm_bindgen(unchecked_param_type = "TallyJSON | string")] json: JsValue,
    ) -> Result<YesNoAccumulator> {
        Ok(YesNoAccumulator { inner: from_state(&json)? })
    }
}
