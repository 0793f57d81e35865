//! The OES model scorer (`Scorer`), compiled only with the crate feature `scorer`: the second module of the npm
//! package (`oes-wasm/scorer`), with the core's scorer running the two ONNX files through tract.
//!
//! The model files are not embedded: a page fetches them and hands their bytes to `Scorer.load`, so the metrics
//! module stays small and the files are cached by the browser like any other download.

use js_sys::{ArrayBuffer, Uint8Array};
use oes_core::Response;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::convert::{describe, json_text, to_js, Options};
use crate::error::{invalid, Result, Thrown};
use crate::report::{grouping, result_options, ReportAccumulator, REPORT_KEYS};
use crate::survey::{Responses, Survey};

/// The bytes of a `Uint8Array` or an `ArrayBuffer`.
fn bytes(value: &JsValue, name: &'static str) -> Result<Vec<u8>> {
    if let Some(array) = value.dyn_ref::<Uint8Array>() {
        return Ok(array.to_vec());
    }
    if let Some(buffer) = value.dyn_ref::<ArrayBuffer>() {
        return Ok(Uint8Array::new(buffer).to_vec());
    }
    Err(invalid(name, format!("expected a Uint8Array or an ArrayBuffer, got {}", describe(value))))
}

/// The Overall Experience Score model, run on this device: four scores on 0-10 (satisfaction, recommendation, ease,
/// loyalty) with confidences and reasons, read from whole responses, comments in any language included.
///
/// ```js
/// import { Scorer, Survey } from "oes-wasm/scorer";
/// const files = ["encoder.onnx", "head.onnx", "tokenizer.json"].map((f) => fetch(`/models/${f}`));
/// const [encoder, head, tokenizer] = await Promise.all(files.map(async (r) => (await r).arrayBuffer()));
/// const scorer = await Scorer.load(new Uint8Array(encoder), new Uint8Array(head), new Uint8Array(tokenizer));
/// scorer.score(survey, { id: "r1", submitted_at: "2025-03-01T10:00:00Z", answers: { nps: 9, why: "Great staff" } });
/// ```
#[wasm_bindgen(typescript_custom_section)]
const TS_SCORER: &'static str = r#"
/** Options of `Scorer.load`. */
export interface ScorerOptions {
  /**
   * Read the themes of comments clause by clause as well as whole (default false): more of the themes a comment names
   * are found at the same precision, at up to about twice the encoder's work for comments of several clauses; the
   * scores do not change.
   */
  clauseThemes?: boolean;
}
/** Options of `Scorer.scoreBatch`. */
export interface ScoreOptions {
  /** Called with `(done, total)` before the first chunk of 256 responses and after each; throw to stop. */
  progress?: (done: number, total: number) => void;
}
/** Options of `Scorer.report`: a report's options and the scoring's. */
export interface ScoredReportOptions extends ReportOptions, ScoreOptions {}
/** The exact state of an `OesAccumulator` (the Rust core's serde form). */
export interface OesAccumulatorJSON {
  [key: string]: unknown;
}
"#;

#[wasm_bindgen]
pub struct Scorer {
    inner: oes_core::oes::Scorer,
}

#[wasm_bindgen]
impl Scorer {
    /// Loads the model from the bytes of `encoder.onnx` and `head.onnx` and the text (or bytes) of `tokenizer.json`
    /// (`models/` of the source tree; check them against `models/checksums.sha256` when they come from elsewhere);
    /// `options.clauseThemes` reads the themes of comments clause by clause too.
    /// Parsing and optimising the encoder takes a few seconds, during which this thread is busy: in a page, load
    /// it in a worker or after the first paint.
    pub async fn load(
        #[wasm_bindgen(js_name = encoderBytes, unchecked_param_type = "Uint8Array | ArrayBuffer")] encoder: JsValue,
        #[wasm_bindgen(js_name = headBytes, unchecked_param_type = "Uint8Array | ArrayBuffer")] head: JsValue,
        #[wasm_bindgen(js_name = tokenizerJson, unchecked_param_type = "string | Uint8Array | ArrayBuffer")]
        tokenizer: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "ScorerOptions")] options: Option<JsValue>,
    ) -> Result<Scorer> {
        let clause_themes = Options::new(options, &["clauseThemes"])?.boolean("clauseThemes", "clauseThemes")?;
        let tokenizer = match tokenizer.as_string() {
            Some(text) => text.into_bytes(),
            None => bytes(&tokenizer, "tokenizerJson")?,
        };
        let (encoder, head) = (bytes(&encoder, "encoderBytes")?, bytes(&head, "headBytes")?);
        let inner = oes_core::oes::Scorer::from_bytes_tract(&encoder, &tokenizer, &head)?;
        Ok(Scorer { inner: inner.with_clause_themes(clause_themes.unwrap_or(false))? })
    }

    /// Whether the themes of comments are read clause by clause (`options.clauseThemes` of `load`).
    #[wasm_bindgen(getter, js_name = clauseThemes)]
    pub fn clause_themes(&self) -> bool {
        self.inner.clause_themes()
    }

    /// The OES of one response record (an object shaped like a JSONL line, or its JSON text), read with `survey`.
    #[wasm_bindgen(unchecked_return_type = "OesScore")]
    pub fn score(
        &self,
        survey: &Survey,
        #[wasm_bindgen(unchecked_param_type = "ResponseRecord | string")] response: JsValue,
    ) -> Result<JsValue> {
        let text = json_text(&response, "response")?;
        let response = Response::from_json(&survey.inner, &text)?;
        to_js(&self.inner.score(&survey.inner, &response)?)
    }

    /// The OES of responses read by `readJsonl`, `readCsv` or `readRecords` with `survey`, in their order. Their
    /// texts are embedded together, in batches of similar length: faster than one `score` call each. Scoring runs
    /// in chunks of 256 responses; `options.progress(done, total)` is called before the first and after each (an
    /// exception it throws stops the scoring and is thrown on).
    #[wasm_bindgen(js_name = scoreBatch, unchecked_return_type = "OesScore[]")]
    pub fn score_batch(
        &self,
        survey: &Survey,
        responses: &Responses,
        #[wasm_bindgen(unchecked_optional_param_type = "ScoreOptions")] options: Option<JsValue>,
    ) -> std::result::Result<JsValue, JsValue> {
        if responses.survey != survey.inner {
            return Err(invalid("responses", "they were read with another survey").into());
        }
        let options = Options::new(options, &["progress"])?;
        Ok(to_js(&self.score_chunks(survey, &responses.inner, &options)?)?)
    }

    /// A report of `responses` (read with `survey`) with every response scored: each period carries the mean
    /// Overall Experience Scores with their intervals (`oes`), as `oes report --oes` and Python's
    /// `oes.report(..., scorer=)` give it. `options`: those of `report`, and `progress` as `scoreBatch`'s.
    #[wasm_bindgen(unchecked_return_type = "Report")]
    pub fn report(
        &self,
        survey: &Survey,
        responses: &Responses,
        #[wasm_bindgen(unchecked_optional_param_type = "ScoredReportOptions")] options: Option<JsValue>,
    ) -> std::result::Result<JsValue, JsValue> {
        if responses.survey != survey.inner {
            return Err(invalid("responses", "they were read with another survey").into());
        }
        let keys: Vec<&str> = REPORT_KEYS.iter().copied().chain(["progress"]).collect();
        let js = Options::new(options, &keys)?;
        let (grouping, result) = (grouping(&js)?, result_options(&js)?);
        let scores = self.score_chunks(survey, &responses.inner, &js)?;
        let mut acc = oes_core::ReportAccumulator::new(survey.inner.clone(), &grouping).map_err(Thrown::from)?;
        for (response, score) in responses.inner.iter().zip(&scores) {
            acc.add_scored(response, Some(score)).map_err(Thrown::from)?;
        }
        Ok(to_js(&acc.finish(&result).map_err(Thrown::from)?)?)
    }

    /// Scores `responses` in chunks of 256, calling `options.progress(done, total)` before the first and after each.
    fn score_chunks(
        &self,
        survey: &Survey,
        responses: &[Response],
        options: &Options,
    ) -> std::result::Result<Vec<oes_core::oes::OesScore>, JsValue> {
        let progress = match options.get("progress") {
            None => None,
            Some(f) if f.is_null() || f.is_undefined() => None,
            Some(f) => Some(f.dyn_into::<js_sys::Function>().map_err(|f| {
                JsValue::from(invalid("progress", format!("expected a function, got {}", describe(&f))))
            })?),
        };
        let total = responses.len();
        let report = |done: usize| match &progress {
            Some(f) => f.call2(&JsValue::NULL, &JsValue::from_f64(done as f64), &JsValue::from_f64(total as f64)),
            None => Ok(JsValue::UNDEFINED),
        };
        report(0)?;
        let mut scores = Vec::with_capacity(total);
        for chunk in responses.chunks(256) {
            scores.extend(self.inner.score_batch(&survey.inner, chunk).map_err(|e| JsValue::from(Thrown::from(e)))?);
            report(scores.len())?;
        }
        Ok(scores)
    }

    /// Sentence embeddings (384 numbers each, L2-normalised) of texts, as the model sees them.
    #[wasm_bindgen(unchecked_return_type = "Float32Array[]")]
    pub fn embed(&self, texts: Vec<String>) -> Result<JsValue> {
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let out = js_sys::Array::new();
        for e in self.inner.embed(&refs)? {
            out.push(&js_sys::Float32Array::from(e.as_slice()));
        }
        Ok(out.into())
    }
}

/// One `OesScore` object (or its JSON text).
fn score_of(value: &JsValue, name: &'static str) -> Result<oes_core::oes::OesScore> {
    let text = json_text(value, name)?;
    serde_json::from_str(&text).map_err(|e| invalid(name, format!("not an OesScore: {e}")))
}

/// An array of `OesScore` objects (`name` in the errors, which give the index of a bad one).
fn scores_of(value: &JsValue, name: &'static str) -> Result<Vec<oes_core::oes::OesScore>> {
    let array = value
        .dyn_ref::<js_sys::Array>()
        .ok_or_else(|| invalid(name, format!("expected an array, got {}", describe(value))))?;
    array
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let text = json_text(&s, name)?;
            serde_json::from_str(&text).map_err(|e| invalid(name, format!("at index {i}: not an OesScore: {e}")))
        })
        .collect()
}

/// A weight: `undefined` or `null` is 1.
fn weight_of(value: Option<f64>) -> Result<oes_core::Weight> {
    match value {
        None => Ok(oes_core::Weight::ONE),
        Some(w) => oes_core::Weight::new(w).map_err(|e| invalid("weight", e.to_string())),
    }
}

/// Aggregates Overall Experience Scores exactly: per perspective the weighted mean, standard deviation and Student t
/// interval, as a report's `oes` figures. Scores may come from several pages or workers: merge the parts (also
/// states saved by the Rust or Python binding) in any order for the same figures.
#[wasm_bindgen]
pub struct OesAccumulator {
    inner: oes_core::oes::aggregate::OesAccumulator,
}

impl Default for OesAccumulator {
    fn default() -> Self {
        Self::new()
    }
}

#[wasm_bindgen]
impl OesAccumulator {
    /// An empty accumulator.
    #[wasm_bindgen(constructor)]
    pub fn new() -> OesAccumulator {
        OesAccumulator { inner: Default::default() }
    }

    /// Adds one score (an `OesScore` from `score`/`scoreBatch`) with a weight (default 1).
    pub fn add(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "OesScore")] score: JsValue,
        weight: Option<f64>,
    ) -> Result<()> {
        let (score, weight) = (score_of(&score, "score")?, weight_of(weight)?);
        self.inner.add(&score, weight);
        Ok(())
    }

    /// Adds scores (an array of `OesScore`) with optional weights (one per score), all or nothing.
    #[wasm_bindgen(js_name = addAll)]
    pub fn add_all(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "OesScore[]")] scores: JsValue,
        weights: Option<Vec<f64>>,
    ) -> Result<()> {
        let scores = scores_of(&scores, "scores")?;
        let weights = match weights {
            None => vec![oes_core::Weight::ONE; scores.len()],
            Some(w) if w.len() != scores.len() => {
                return Err(invalid("weights", format!("{} weights for {} scores", w.len(), scores.len())))
            }
            Some(w) => w.into_iter().map(|w| weight_of(Some(w))).collect::<Result<Vec<_>>>()?,
        };
        for (s, w) in scores.iter().zip(weights) {
            self.inner.add(s, w);
        }
        Ok(())
    }

    /// Adds another accumulator (exact: any order of merges gives the same figures).
    pub fn merge(&mut self, other: &OesAccumulator) -> Result<()> {
        Ok(self.inner.merge(&other.inner)?)
    }

    /// Number of scores added.
    #[wasm_bindgen(getter)]
    pub fn count(&self) -> f64 {
        self.inner.count() as f64
    }

    /// The figures, as a report's `oes`: per perspective `{n, mean, sd, ci}` (`options.confidence`, default 0.95).
    #[wasm_bindgen(unchecked_return_type = "OesSummary")]
    pub fn result(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "ResultOptions")] options: Option<JsValue>,
    ) -> Result<JsValue> {
        let js = Options::new(options, &["confidence"])?;
        to_js(&self.inner.result(js.metric_options()?.confidence))
    }

    /// The exact state as a plain object.
    #[wasm_bindgen(js_name = toJSON, unchecked_return_type = "OesAccumulatorJSON")]
    pub fn to_json(&self) -> Result<JsValue> {
        to_js(&self.inner)
    }

    /// An accumulator from a state written by `toJSON`.
    #[wasm_bindgen(js_name = fromJSON)]
    pub fn from_json(
        #[wasm_bindgen(unchecked_param_type = "OesAccumulatorJSON | string")] json: JsValue,
    ) -> Result<OesAccumulator> {
        let text = json_text(&json, "json")?;
        let inner =
            serde_json::from_str(&text).map_err(|e| invalid("json", format!("not an OES accumulator state: {e}")))?;
        Ok(OesAccumulator { inner })
    }
}

#[wasm_bindgen]
impl ReportAccumulator {
    /// Adds responses read with the accumulator's survey together with their scores (`scoreBatch`'s, in the same
    /// order), all or nothing: the report's periods then carry the mean OES of the scored responses.
    #[wasm_bindgen(js_name = addScored)]
    pub fn add_scored(
        &mut self,
        responses: &Responses,
        #[wasm_bindgen(unchecked_param_type = "OesScore[]")] scores: JsValue,
    ) -> Result<()> {
        let scores = scores_of(&scores, "scores")?;
        if scores.len() != responses.inner.len() {
            return Err(invalid("scores", format!("{} scores for {} responses", scores.len(), responses.inner.len())));
        }
        let mut next = self.inner.clone();
        for (r, s) in responses.inner.iter().zip(&scores) {
            next.add_scored(r, Some(s))?;
        }
        self.inner = next;
        Ok(())
    }
}
