//! Reports by segment and time bucket: `report` and `ReportAccumulator`.

use oes_core::{Grouping, ReportOptions, Response, ResultOptions};
use wasm_bindgen::prelude::*;

use crate::convert::{json_text, to_js, Options};
use crate::error::{invalid, Result};
use crate::support::target_seconds;
use crate::survey::{Responses, Survey};

#[wasm_bindgen(typescript_custom_section)]
const TS_REPORT: &'static str = r#"
/** How a report groups responses (fixed when a `ReportAccumulator` is created). */
export interface GroupingOptions {
  /** Segment names to group by (their combinations form the groups; one name may be given as a string); default
   *  none (overall only). */
  by?: string | string[];
  /** Time bucket (UTC days); default `null`, one period over all time. */
  every?: Every | null;
  /** The support resolution target in seconds (responses with a `ticket`); default 86400 (24 hours). */
  resolutionTargetSeconds?: number;
}
/** How a report computes its figures. */
export interface ReportResultOptions extends ResultOptions {
  /** Groups and periods with fewer respondents are withheld (anonymity; 0 or 1 withholds nothing). Default: the
   *  survey's `audience` decides (5 for `"employee"` and for surveys that do not say, none for `"customer"`). */
  minGroupSize?: number;
  /** CSAT top-box thresholds by question id (default: the scale's default top box). */
  csatThresholds?: Record<string, number>;
  /** Raises or lowers the size limits of a report: `{ periods: 50000, cells: 2000000 }` (defaults 10,000 periods
   *  and 1,000,000 groups × periods; over a limit is an `OesError` of kind `limit`). */
  limits?: { periods?: number; cells?: number };
}
/** Options of `report`. */
export interface ReportOptions extends GroupingOptions, ReportResultOptions {}

/** The exact state of a `ReportAccumulator` (the Rust core's serde form). */
export interface ReportAccumulatorJSON {
  /** The survey counted, as its JSON definition. */
  survey: { id: string; questions: unknown[] };
  grouping: { by: string[]; every: Every | null; resolution_target_seconds: number; check_ids: boolean };
  fingerprint: string;
  [key: string]: unknown;
}
"#;

const GROUPING_KEYS: &[&str] = &["by", "every", "resolutionTargetSeconds"];
pub(crate) const RESULT_KEYS: &[&str] =
    &["confidence", "interval", "denominator", "minGroupSize", "csatThresholds", "limits"];
pub(crate) const REPORT_KEYS: &[&str] = &[
    "by",
    "every",
    "resolutionTargetSeconds",
    "confidence",
    "interval",
    "denominator",
    "minGroupSize",
    "csatThresholds",
    "limits",
];

/// The result options present in `js` (the others at their defaults).
pub(crate) fn result_options(js: &Options) -> Result<ResultOptions> {
    let mut options = ResultOptions { metrics: js.metric_options()?, ..ResultOptions::default() };
    if let Some(n) = js.integer("minGroupSize", "min_group_size")? {
        options.min_group_size =
            Some(u64::try_from(n).map_err(|_| invalid("min_group_size", format!("{n} is negative")))?);
    }
    if let Some(t) = js.integer_map("csatThresholds", "csat_thresholds")? {
        options.csat_thresholds = t;
    }
    for (name, value) in js.integer_map("limits", "limits")?.unwrap_or_default() {
        let value = u64::try_from(value).map_err(|_| invalid("limits", format!("{value} for {name:?} is negative")))?;
        options.limits.set(&name, value)?;
    }
    Ok(options)
}

pub(crate) fn grouping(js: &Options) -> Result<Grouping> {
    let mut options = Grouping::default();
    if let Some(by) = js.strings("by", "by")? {
        options.by = by;
    }
    options.every = js.every()?;
    options.resolution_target_seconds = target_seconds(js, "resolutionTargetSeconds")?;
    Ok(options)
}

/// A report: every metric of every question, for the overall group and each combination of the `by` segments, per
/// time bucket, with changes against the previous bucket and each group against the rest. The same structure (and
/// the same numbers, to the last bit) as `oes report --format json` and the Python binding.
#[wasm_bindgen(unchecked_return_type = "Report")]
pub fn report(
    survey: &Survey,
    responses: &Responses,
    #[wasm_bindgen(unchecked_optional_param_type = "ReportOptions")] options: Option<JsValue>,
) -> Result<JsValue> {
    let js = Options::new(options, REPORT_KEYS)?;
    let options = ReportOptions { grouping: grouping(&js)?, result: result_options(&js)? };
    to_js(&oes_core::report(&survey.inner, &responses.inner, &options)?)
}

/// Accumulates a whole report exactly: add responses in any order, in pages or workers, merge the parts (also
/// states saved by the Rust or Python binding), and compute the report at any time.
#[wasm_bindgen]
pub struct ReportAccumulator {
    pub(crate) inner: oes_core::ReportAccumulator,
}

#[wasm_bindgen]
impl ReportAccumulator {
    /// An empty accumulator for `survey`, grouped by `options.by` and bucketed by `options.every` (and with the
    /// support resolution target `options.resolutionTargetSeconds`).
    #[wasm_bindgen(constructor)]
    pub fn new(
        survey: &Survey,
        #[wasm_bindgen(unchecked_optional_param_type = "GroupingOptions")] options: Option<JsValue>,
    ) -> Result<ReportAccumulator> {
        let grouping = grouping(&Options::new(options, GROUPING_KEYS)?)?;
        Ok(ReportAccumulator { inner: oes_core::ReportAccumulator::new(survey.inner.clone(), &grouping)? })
    }

    /// Adds one response record (checked against the survey; throws on an invalid one).
    pub fn add(&mut self, #[wasm_bindgen(unchecked_param_type = "ResponseRecord")] record: JsValue) -> Result<()> {
        let text = json_text(&record, "record")?;
        let response = Response::from_json(self.inner.survey(), &text)?;
        Ok(self.inner.add(&response)?)
    }

    /// Adds responses read by `readJsonl`, `readCsv` or `readRecords` with the same survey, all or nothing (a
    /// response of another survey, or one already counted, adds none of them).
    #[wasm_bindgen(js_name = addAll)]
    pub fn add_all(&mut self, responses: &Responses) -> Result<()> {
        Ok(self.inner.add_all(&responses.inner)?)
    }

    /// Adds another accumulator of the same survey and grouping (exact: any order of merges gives the same report).
    pub fn merge(&mut self, other: &ReportAccumulator) -> Result<()> {
        Ok(self.inner.merge(&other.inner)?)
    }

    /// The report (grouped as this accumulator was created).
    #[wasm_bindgen(unchecked_return_type = "Report")]
    pub fn result(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "ReportResultOptions")] options: Option<JsValue>,
    ) -> Result<JsValue> {
        let options = result_options(&Options::new(options, RESULT_KEYS)?)?;
        to_js(&self.inner.finish(&options)?)
    }

    /// The exact state as a plain object.
    #[wasm_bindgen(js_name = toJSON, unchecked_return_type = "ReportAccumulatorJSON")]
    pub fn to_json(&self) -> Result<JsValue> {
        to_js(&self.inner)
    }

    /// An accumulator from a state written by `toJSON` for `survey` (throws if the state counts another survey, or
    /// another definition of it).
    #[wasm_bindgen(js_name = fromJSON)]
    pub fn from_json(
        survey: &Survey,
        #[wasm_bindgen(unchecked_param_type = "ReportAccumulatorJSON | string")] json: JsValue,
    ) -> Result<ReportAccumulator> {
        let text = json_text(&json, "json")?;
        let bad = |e: serde_json::Error| invalid("json", format!("not a report accumulator state: {e}"));
        let inner: oes_core::ReportAccumulator = serde_json::from_str(&text).map_err(bad)?;
        if inner.survey().fingerprint() != survey.inner.fingerprint() {
            return Err(oes_core::Error::Incompatible(format!(
                "this state counts another survey than {:?} (or another definition of it)",
                survey.inner.id()
            ))
            .into());
        }
        Ok(ReportAccumulator { inner })
    }
}
