//! Surveys and responses: `Survey`, `Responses`, `readJsonl`, `readCsv`, `readRecords`.

use oes_core::io::{
    read_csv as core_read_csv, read_jsonl as core_read_jsonl, read_records as core_read_records, ReadMode, Rejected,
};
use oes_core::Response;
use wasm_bindgen::prelude::*;

use crate::convert::{describe, json_text, to_js, Options};
use crate::error::Result;

#[wasm_bindgen(typescript_custom_section)]
const TS_SURVEY: &'static str = r#"
/** One answer: an integer on the question's scale, a boolean (yes/no), an option (single choice), options (multi
 *  choice), a text, or `null` when the question was shown and skipped (leave the key out when it was not shown). */
export type AnswerValue = number | boolean | string | string[] | null;
/** One response, as in a JSONL file (`submitted_at` may also be a `Date`: it is written as JSON). */
export interface ResponseRecord {
  id: string | number;
  submitted_at: string | Date;
  survey?: string;
  weight?: number | null;
  segments?: Record<string, string | number | boolean | null>;
  answers?: Record<string, AnswerValue>;
  /** The support ticket the response is about. */
  ticket?: TicketRecord | null;
}
/** Options of `readJsonl`, `readCsv` and `readRecords`. */
export interface ReadOptions {
  /** Skip invalid responses and list them in `rejected`, instead of throwing at the first (default false). */
  lenient?: boolean;
}
/** Options of `readRecords`. */
export interface RecordOptions extends ReadOptions {
  /** Read answers as table cells, as `readCsv` reads its cells (`"9"`, `"yes"` or 1, `"a; b"`; a missing cell,
   *  `null` or blank, means the question was not shown), for rows of a spreadsheet or table (default false). */
  cells?: boolean;
}
"#;

/// A survey definition, validated once.
#[wasm_bindgen]
pub struct Survey {
    pub(crate) inner: oes_core::Survey,
}

#[wasm_bindgen]
impl Survey {
    /// Parses and validates a survey: its JSON text, or the parsed object.
    #[wasm_bindgen(js_name = fromJson)]
    pub fn from_json(#[wasm_bindgen(unchecked_param_type = "string | SurveyJSON")] json: JsValue) -> Result<Survey> {
        let text = json_text(&json, "survey")?;
        Ok(Survey { inner: oes_core::Survey::from_json(&text)? })
    }

    /// The survey id.
    #[wasm_bindgen(getter)]
    pub fn id(&self) -> String {
        self.inner.id().to_owned()
    }

    /// The questions, with default scales and perspectives filled in.
    #[wasm_bindgen(getter, unchecked_return_type = "QuestionJSON[]")]
    pub fn questions(&self) -> Result<JsValue> {
        to_js(self.inner.questions())
    }

    /// The survey as a plain object.
    #[wasm_bindgen(js_name = toJSON, unchecked_return_type = "SurveyJSON")]
    pub fn to_json(&self) -> Result<JsValue> {
        to_js(&self.inner)
    }
}

/// Responses read and checked against a survey (what `report` and `ReportAccumulator.addAll` take).
#[wasm_bindgen]
pub struct Responses {
    pub(crate) survey: oes_core::Survey,
    pub(crate) inner: Vec<oes_core::Response>,
    rejected: Vec<Rejected>,
}

#[wasm_bindgen]
impl Responses {
    /// Number of valid responses.
    #[wasm_bindgen(getter)]
    pub fn length(&self) -> usize {
        self.inner.len()
    }

    /// The responses a lenient read skipped, in input order (empty after a strict read).
    #[wasm_bindgen(getter, unchecked_return_type = "Rejected[]")]
    pub fn rejected(&self) -> Result<JsValue> {
        to_js(&self.rejected)
    }

    /// The valid responses as records (normalised: the survey id, segments, weight and answers as stored).
    #[wasm_bindgen(js_name = toJSON, unchecked_return_type = "ResponseRecord[]")]
    pub fn to_json(&self) -> Result<JsValue> {
        let records: Vec<serde_json::Value> = self.inner.iter().map(|r| r.to_value(&self.survey)).collect();
        to_js(&records)
    }
}

fn mode(options: Option<JsValue>) -> Result<ReadMode> {
    let options = Options::new(options, &["lenient"])?;
    Ok(if options.boolean("lenient", "lenient")?.unwrap_or(false) { ReadMode::Lenient } else { ReadMode::Strict })
}

fn responses(survey: &Survey, read: oes_core::io::Responses) -> Responses {
    let rejected = read.rejected_summary();
    Responses { survey: survey.inner.clone(), inner: read.responses, rejected }
}

/// Reads JSONL text (one JSON response per line; blank lines are ignored). Strict by default: throws at the first
/// invalid response, naming its line, id and question.
#[wasm_bindgen(js_name = readJsonl)]
pub fn read_jsonl(
    survey: &Survey,
    text: &str,
    #[wasm_bindgen(unchecked_optional_param_type = "ReadOptions")] options: Option<JsValue>,
) -> Result<Responses> {
    let read = core_read_jsonl(&survey.inner, text.as_bytes(), mode(options)?)?;
    Ok(responses(survey, read))
}

/// Reads CSV text in the common export shape: a header row (`id`, `submitted_at`, optional `weight` and `survey`,
/// one column per question id, every other column a segment), then one row per response.
#[wasm_bindgen(js_name = readCsv)]
pub fn read_csv(
    survey: &Survey,
    text: &str,
    #[wasm_bindgen(unchecked_optional_param_type = "ReadOptions")] options: Option<JsValue>,
) -> Result<Responses> {
    let read = core_read_csv(&survey.inner, text.as_bytes(), mode(options)?)?;
    Ok(responses(survey, read))
}

/// Reads response records (objects shaped like JSONL lines, e.g. collected in a page) exactly as `readJsonl` reads
/// their JSON: line `i + 1` in errors is the record at index `i`. With `{cells: true}` their answers are read as
/// `readCsv` reads cells (rows of a spreadsheet or table).
#[wasm_bindgen(js_name = readRecords)]
pub fn read_records(
    survey: &Survey,
    #[wasm_bindgen(unchecked_param_type = "ResponseRecord[]")] records: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "RecordOptions")] options: Option<JsValue>,
) -> Result<Responses> {
    let options = Options::new(options, &["lenient", "cells"])?;
    let mode =
        if options.boolean("lenient", "lenient")?.unwrap_or(false) { ReadMode::Lenient } else { ReadMode::Strict };
    let parse =
        if options.boolean("cells", "cells")?.unwrap_or(false) { Response::from_row_json } else { Response::from_json };
    if !js_sys::Array::is_array(&records) {
        return Err(crate::error::invalid("records", format!("expected an array, got {}", describe(&records))));
    }
    let records: js_sys::Array = records.into();
    let parsed = records.iter().enumerate().map(|(i, record)| {
        // `JSON.stringify` fails on a bigint or a cycle, and yields nothing for `undefined` or a function: such a
        // record is rejected with its position, like any other malformed record.
        match js_sys::JSON::stringify(&record).ok().and_then(|s| s.as_string()) {
            Some(text) if !text.is_empty() => parse(&survey.inner, &text),
            _ => Response::from_json(
                &survey.inner,
                &format!("\"{} at index {i}\"", describe(&record).replace(['"', '\\'], "'")),
            ),
        }
    });
    let read = core_read_records(parsed, mode)?;
    Ok(responses(survey, read))
}
