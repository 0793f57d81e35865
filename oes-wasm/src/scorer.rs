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
/** Options of `Scorer.scoreBatch`. */
export interface ScoreOptions {
  /** Called with `(done, total)` before the first chunk of 256 responses and after each; throw to stop. */
  progress?: (done: number, total: number) => void;
}
"#;

#[wasm_bindgen]
pub struct Scorer {
    inner: oes_core::oes::Scorer,
}

#[wasm_bindgen]
impl Scorer {
    /// Loads the model from the bytes of `encoder.onnx` and `head.onnx` and the text (or bytes) of `tokenizer.json`
    /// (`models/` of the source tree; check them against `models/checksums.sha256` when they come from elsewhere).
    /// Parsing and optimising the encoder takes a few seconds, during which this thread is busy: in a page, load
    /// it in a worker or after the first paint.
    pub async fn load(
        #[wasm_bindgen(js_name = encoderBytes, unchecked_param_type = "Uint8Array | ArrayBuffer")] encoder: JsValue,
        #[wasm_bindgen(js_name = headBytes, unchecked_param_type = "Uint8Array | ArrayBuffer")] head: JsValue,
        #[wasm_bindgen(js_name = tokenizerJson, unchecked_param_type = "string | Uint8Array | ArrayBuffer")]
        tokenizer: JsValue,
    ) -> Result<Scorer> {
        let tokenizer = match tokenizer.as_string() {
            Some(text) => text.into_bytes(),
            None => bytes(&tokenizer, "tokenizerJson")?,
        };
        let (encoder, head) = (bytes(&encoder, "encoderBytes")?, bytes(&head, "headBytes")?);
        Ok(Scorer { inner: oes_core::oes::Scorer::from_bytes_tract(&encoder, &tokenizer, &head)? })
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
        let progress = match options.get("progress") {
            None => None,
            Some(f) if f.is_null() || f.is_undefined() => None,
            Some(f) => Some(f.dyn_into::<js_sys::Function>().map_err(|f| {
                JsValue::from(invalid("progress", format!("expected a function, got {}", describe(&f))))
            })?),
        };
        let total = responses.inner.len();
        let report = |done: usize| match &progress {
            Some(f) => f.call2(&JsValue::NULL, &JsValue::from_f64(done as f64), &JsValue::from_f64(total as f64)),
            None => Ok(JsValue::UNDEFINED),
        };
        report(0)?;
        let mut scores = Vec::with_capacity(total);
        for chunk in responses.inner.chunks(256) {
            scores.extend(self.inner.score_batch(&survey.inner, chunk).map_err(|e| JsValue::from(Thrown::from(e)))?);
            report(scores.len())?;
        }
        Ok(to_js(&scores)?)
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
