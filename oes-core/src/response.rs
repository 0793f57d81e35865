//! Responses: one respondent's answers to one survey, checked against it.

use std::collections::BTreeMap;

use serde::Deserialize;
use serde_json::{Map, Value};

use crate::answer::Answer;
use crate::error::{Error, Result};
use crate::metrics::Weight;
use crate::survey::Survey;
use crate::ticket::Ticket;
use crate::time::Timestamp;

/// One respondent's answers, valid for its survey by construction.
///
/// `answers()` is parallel to the survey's questions: `None` where the question was not shown (absent in JSON),
/// `Some(Answer::Skipped)` where it was shown and skipped (`null`).
///
/// ```
/// use oes_core::{Answer, Response, Survey};
/// let survey = Survey::from_json(r#"{"id": "s1", "questions": [{"id": "q1", "kind": "nps"}]}"#)?;
/// let r = Response::from_json(&survey, r#"{"id": "r1", "survey": "s1", "submitted_at": "2025-01-14T09:30:00Z",
///                                        "segments": {"store": "Berlin"}, "answers": {"q1": 9}}"#)?;
/// assert_eq!(r.answer(&survey, "q1"), Some(&Answer::Value(9)));
/// assert_eq!(r.segment("store"), Some("Berlin"));
/// # Ok::<(), oes_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Response {
    id: String,
    submitted_at: Timestamp,
    segments: BTreeMap<String, String>,
    weight: Option<Weight>,
    answers: Vec<Option<Answer>>,
    ticket: Option<Ticket>,
    /// The fingerprint of the survey the response was read against.
    survey: u128,
}

#[derive(Deserialize)]
struct RawResponse {
    #[serde(default)]
    id: Value,
    #[serde(default)]
    survey: Value,
    #[serde(default)]
    submitted_at: Value,
    #[serde(default, deserialize_with = "unique_keys")]
    segments: Value,
    #[serde(default)]
    weight: Value,
    #[serde(default, deserialize_with = "unique_keys")]
    answers: Value,
    #[serde(default, deserialize_with = "unique_keys")]
    ticket: Value,
}

/// A JSON value in which no object names a key twice (`serde_json` would keep the last silently, and an answer given
/// twice would be counted once, as whichever came last).
fn unique_keys<'de, D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Value, D::Error> {
    d.deserialize_any(UniqueKeys)
}

struct UniqueKeys;

impl<'de> serde::de::Visitor<'de> for UniqueKeys {
    type Value = Value;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_bool<E>(self, v: bool) -> std::result::Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> std::result::Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_u64<E>(self, v: u64) -> std::result::Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_f64<E>(self, v: f64) -> std::result::Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_str<E>(self, v: &str) -> std::result::Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> std::result::Result<Value, E> {
        Ok(Value::String(v))
    }
    fn visit_unit<E>(self) -> std::result::Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_none<E>(self) -> std::result::Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_some<D: serde::Deserializer<'de>>(self, d: D) -> std::result::Result<Value, D::Error> {
        d.deserialize_any(UniqueKeys)
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> std::result::Result<Value, A::Error> {
        let mut out = Vec::new();
        while let Some(v) = seq.next_element_seed(UniqueKeysSeed)? {
            out.push(v);
        }
        Ok(Value::Array(out))
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> std::result::Result<Value, A::Error> {
        let mut out = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            if out.contains_key(&key) {
                return Err(serde::de::Error::custom(format!("the key {key:?} appears twice in one object")));
            }
            let value = map.next_value_seed(UniqueKeysSeed)?;
            out.insert(key, value);
        }
        Ok(Value::Object(out))
    }
}

struct UniqueKeysSeed;

impl<'de> serde::de::DeserializeSeed<'de> for UniqueKeysSeed {
    type Value = Value;
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> std::result::Result<Value, D::Error> {
        d.deserialize_any(UniqueKeys)
    }
}

/// How the answers of a JSON response are read.
/// The time of a row given to [`Response::from_row_cells`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowTime<'a> {
    /// The cell is missing.
    Missing,
    /// RFC 3339 text.
    Text(&'a str),
    /// An instant already read (a datetime column).
    At(Timestamp),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AnswerRules {
    /// As JSON values ([`crate::survey::Question::parse_json`]): `null` is shown and skipped.
    Json,
    /// As table cells ([`crate::survey::Question::parse_cell_value`]): strings by the CSV rules, `null` or a blank
    /// string not shown.
    Cells,
}

impl Response {
    /// Parses one JSON response (one line of a JSONL file) and checks it against `survey`.
    pub fn from_json(survey: &Survey, json: &str) -> Result<Response> {
        Response::from_json_with(survey, json, AnswerRules::Json)
    }

    /// Parses one row of a table (a DataFrame row, a spreadsheet or form record) given as a JSON object of the
    /// response format, its answers read as the cells of a CSV file are: `"9"` answers an nps question, `"yes"` or
    /// `1` a yes/no question, `"a; b"` a multi-choice question, and a missing cell (`null`, a blank string) means
    /// the question was not shown. The Python binding's `read_dataframe` and the JavaScript `readRecords(..., {cells:
    /// true})` read rows through this, the CSV reader through the same cell rules.
    pub fn from_row_json(survey: &Survey, json: &str) -> Result<Response> {
        Response::from_json_with(survey, json, AnswerRules::Cells)
    }

    fn from_json_with(survey: &Survey, json: &str, rules: AnswerRules) -> Result<Response> {
        if !json.trim_start().starts_with('{') {
            return Err(bad(None, None, "expected a JSON object"));
        }
        let raw: RawResponse = serde_json::from_str(json).map_err(|e| {
            let message =
                if e.is_data() { format!("expected a JSON object: {e}") } else { format!("malformed JSON: {e}") };
            Error::Response { line: None, response: None, question: None, message }
        })?;
        Response::from_raw(survey, raw, rules)
    }

    /// Checks a parsed JSON object against `survey`.
    pub fn from_value(survey: &Survey, value: Value) -> Result<Response> {
        if !value.is_object() {
            return Err(bad(None, None, "expected a JSON object"));
        }
        let raw: RawResponse = serde_json::from_value(value).map_err(|e| Error::Response {
            line: None,
            response: None,
            question: None,
            message: format!("expected a JSON object: {e}"),
        })?;
        Response::from_raw(survey, raw, AnswerRules::Json)
    }

    fn from_raw(survey: &Survey, raw: RawResponse, rules: AnswerRules) -> Result<Response> {
        let id = match raw.id {
            Value::String(s) if !s.is_empty() => s,
            Value::Number(n) => n.to_string(),
            Value::Null => return Err(bad(None, None, "missing \"id\"")),
            Value::String(_) => return Err(bad(None, None, "missing \"id\" (it is empty)")),
            _ => return Err(bad(None, None, "\"id\" must be a string")),
        };
        let fail = |question: Option<&str>, message: String| bad(Some(&id), question, message);
        match &raw.survey {
            Value::Null => {}
            Value::String(s) if s == survey.id() => {}
            other => {
                return Err(fail(None, format!("belongs to survey {other}, not to survey {:?}", survey.id())));
            }
        }
        let submitted_at = match &raw.submitted_at {
            Value::String(s) => Timestamp::parse(s).map_err(|e| fail(None, e))?,
            Value::Null => return Err(fail(None, "missing \"submitted_at\" timestamp (RFC 3339)".into())),
            other => return Err(fail(None, format!("bad timestamp {other}: expected an RFC 3339 string"))),
        };
        let weight = match &raw.weight {
            Value::Null => None,
            Value::Number(n) => {
                Some(Weight::new(n.as_f64().unwrap_or(f64::NAN)).map_err(|e| fail(None, e.to_string()))?)
            }
            other => return Err(fail(None, format!("weight must be a positive number, got {other}"))),
        };
        let mut segments = BTreeMap::new();
        match raw.segments {
            Value::Null => {}
            Value::Object(map) => {
                for (name, value) in map {
                    let value = match value {
                        Value::Null => continue,
                        Value::String(s) => s,
                        Value::Number(n) => n.to_string(),
                        Value::Bool(b) => b.to_string(),
                        _ => return Err(fail(None, format!("segment {name:?} must be a string"))),
                    };
                    segments.insert(name, value);
                }
            }
            _ => return Err(fail(None, "\"segments\" must be an object of name: value".into())),
        }
        let answers = match raw.answers {
            Value::Null => Map::new(),
            Value::Object(map) => map,
            _ => return Err(fail(None, "\"answers\" must be an object of question id: answer".into())),
        };
        let mut parsed = vec![None; survey.questions().len()];
        for (qid, value) in &answers {
            let Some(index) = survey.question_index(qid) else {
                return Err(fail(
                    Some(qid),
                    format!("unknown question (survey {:?} has no question {qid:?})", survey.id()),
                ));
            };
            let question = &survey.questions()[index];
            parsed[index] = match rules {
                AnswerRules::Json => Some(question.parse_json(value)),
                AnswerRules::Cells => question.parse_cell_value(value).transpose(),
            }
            .transpose()
            .map_err(|m| fail(Some(qid), m))?;
        }
        let ticket = match &raw.ticket {
            Value::Null => None,
            v => Some(Ticket::from_value(v).map_err(|m| fail(None, m))?),
        };
        Ok(Response { id, submitted_at, segments, weight, answers: parsed, ticket, survey: survey.fingerprint() })
    }

    /// Reads one row of a table given column by column (the columnar DataFrame reader): the same checks, rules and
    /// error messages as [`Response::from_row_json`] of the same row, without the JSON. `cells` are the row's answer
    /// cells by question index, each read by [`Question::parse_cell_value`](crate::Question::parse_cell_value) (a
    /// missing cell, `null` or blank, is not shown); `segments` holds the row's present segment values.
    pub fn from_row_cells<'a>(
        survey: &Survey,
        id: Option<String>,
        submitted_at: RowTime<'_>,
        segments: BTreeMap<String, String>,
        weight: Option<f64>,
        cells: impl IntoIterator<Item = (usize, &'a Value)>,
    ) -> Result<Response> {
        let id = match id {
            None => return Err(bad(None, None, "missing \"id\"")),
            Some(s) if s.is_empty() => return Err(bad(None, None, "missing \"id\" (it is empty)")),
            Some(s) => s,
        };
        let fail = |question: Option<&str>, message: String| bad(Some(&id), question, message);
        let submitted_at = match submitted_at {
            RowTime::Missing => return Err(fail(None, "missing \"submitted_at\" timestamp (RFC 3339)".into())),
            RowTime::Text(s) => Timestamp::parse(s).map_err(|e| fail(None, e))?,
            RowTime::At(t) => t,
        };
        let weight = weight.map(|w| Weight::new(w).map_err(|e| fail(None, e.to_string()))).transpose()?;
        let mut parsed = vec![None; survey.questions().len()];
        for (index, value) in cells {
            let question = survey
                .questions()
                .get(index)
                .ok_or_else(|| fail(None, format!("question #{} is not in survey {:?}", index + 1, survey.id())))?;
            parsed[index] = question.parse_cell_value(value).map_err(|m| fail(Some(&question.id), m))?;
        }
        Ok(Response { id, submitted_at, segments, weight, answers: parsed, ticket: None, survey: survey.fingerprint() })
    }

    /// Builds a response from parts, checking every answer against `survey`.
    pub fn new(
        survey: &Survey,
        id: impl Into<String>,
        submitted_at: Timestamp,
        segments: BTreeMap<String, String>,
        weight: Option<Weight>,
        answers: impl IntoIterator<Item = (String, Value)>,
    ) -> Result<Response> {
        let id = id.into();
        if id.is_empty() {
            return Err(bad(None, None, "missing \"id\" (it is empty)"));
        }
        let mut parsed = vec![None; survey.questions().len()];
        for (qid, value) in answers {
            let Some(index) = survey.question_index(&qid) else {
                return Err(bad(
                    Some(&id),
                    Some(&qid),
                    format!("unknown question (survey {:?} has no question {qid:?})", survey.id()),
                ));
            };
            if parsed[index].is_some() {
                return Err(bad(Some(&id), Some(&qid), "the question is answered twice"));
            }
            let answer =
                Answer::parse(&survey.questions()[index], &value).map_err(|m| bad(Some(&id), Some(&qid), m))?;
            parsed[index] = Some(answer);
        }
        Ok(Response { id, submitted_at, segments, weight, answers: parsed, ticket: None, survey: survey.fingerprint() })
    }

    /// The [fingerprint](Survey::fingerprint) of the survey the response was read against.
    pub fn survey_fingerprint(&self) -> u128 {
        self.survey
    }

    /// A response from answers already read against `survey` (parallel to its questions).
    pub(crate) fn from_answers(
        survey: &Survey,
        id: String,
        submitted_at: Timestamp,
        segments: BTreeMap<String, String>,
        weight: Option<Weight>,
        answers: Vec<Option<Answer>>,
    ) -> Response {
        debug_assert_eq!(answers.len(), survey.questions().len());
        Response { id, submitted_at, segments, weight, answers, ticket: None, survey: survey.fingerprint() }
    }

    /// Attaches the support ticket the response is about.
    pub fn with_ticket(mut self, ticket: Option<Ticket>) -> Response {
        self.ticket = ticket;
        self
    }

    /// The support ticket the response is about, if any.
    pub fn ticket(&self) -> Option<&Ticket> {
        self.ticket.as_ref()
    }

    /// The response id.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// When it was submitted.
    pub fn submitted_at(&self) -> Timestamp {
        self.submitted_at
    }

    /// Segment values by segment name (store, channel, region, ...).
    pub fn segments(&self) -> &BTreeMap<String, String> {
        &self.segments
    }

    /// One segment's value.
    pub fn segment(&self, name: &str) -> Option<&str> {
        self.segments.get(name).map(String::as_str)
    }

    /// The respondent weight as given (`None` when the response carries none).
    pub fn weight(&self) -> Option<Weight> {
        self.weight
    }

    /// The weight used in metrics (1 when none is given).
    pub fn effective_weight(&self) -> Weight {
        self.weight.unwrap_or(Weight::ONE)
    }

    /// Answers, parallel to the survey's questions.
    pub fn answers(&self) -> &[Option<Answer>] {
        &self.answers
    }

    /// The answer to one question (`None` when it was not shown or the id is unknown).
    pub fn answer(&self, survey: &Survey, question: &str) -> Option<&Answer> {
        survey.question_index(question).and_then(|i| self.answers.get(i)?.as_ref())
    }

    /// The response as a JSON object in the input format (`survey` must be the one it was read with).
    pub fn to_value(&self, survey: &Survey) -> Value {
        let mut answers = Map::new();
        for (q, a) in survey.questions().iter().zip(&self.answers) {
            if let Some(a) = a {
                answers.insert(q.id.clone(), a.to_value(q));
            }
        }
        let mut obj = Map::new();
        obj.insert("id".into(), Value::String(self.id.clone()));
        obj.insert("survey".into(), Value::String(survey.id().to_owned()));
        obj.insert("submitted_at".into(), Value::String(self.submitted_at.to_string()));
        obj.insert(
            "segments".into(),
            Value::Object(self.segments.iter().map(|(k, v)| (k.clone(), Value::String(v.clone()))).collect()),
        );
        if let Some(w) = self.weight {
            obj.insert("weight".into(), serde_json::json!(w.get()));
        }
        obj.insert("answers".into(), Value::Object(answers));
        if let Some(t) = &self.ticket {
            obj.insert("ticket".into(), t.to_value());
        }
        Value::Object(obj)
    }
}

fn bad(response: Option<&str>, question: Option<&str>, message: impl Into<String>) -> Error {
    Error::Response {
        line: None,
        response: response.map(str::to_owned),
        question: question.map(str::to_owned),
        message: message.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn survey() -> Survey {
        Survey::from_json(
            r#"{"id":"s1","questions":[{"id":"n","kind":"nps"},{"id":"c","kind":"single_choice","options":["a"]}]}"#,
        )
        .unwrap()
    }

    #[test]
    fn round_trips_through_json() {
        let s = survey();
        let line = r#"{"id":"r1","survey":"s1","submitted_at":"2025-03-01T10:00:00+01:00","segments":{"store":"B","n":3},"weight":1.5,"answers":{"n":null,"c":"a"},"extra":true}"#;
        let r = Response::from_json(&s, line).unwrap();
        assert_eq!(r.weight(), Some(Weight::new(1.5).unwrap()));
        assert_eq!(r.segment("n"), Some("3"));
        assert_eq!(r.answer(&s, "n"), Some(&Answer::Skipped));
        let back = Response::from_value(&s, r.to_value(&s)).unwrap();
        assert_eq!(back, r);
    }

    #[test]
    fn errors_name_the_response_and_question() {
        let s = survey();
        let cases = [
            (
                r#"{"id":"r9","submitted_at":"2025-01-01T00:00:00Z","answers":{"n":11}}"#,
                "\"r9\", question \"n\": 11 is off the scale",
            ),
            (
                r#"{"id":"r9","submitted_at":"2025-01-01T00:00:00Z","answers":{"zz":1}}"#,
                "question \"zz\": unknown question",
            ),
            (r#"{"id":"r9","submitted_at":"2025-01-01T00:00:00Z","weight":0,"answers":{}}"#, "\"r9\": invalid weight"),
            (
                r#"{"id":"r9","submitted_at":"2025-01-01T00:00:00Z","weight":"2","answers":{}}"#,
                "weight must be a positive number",
            ),
            (r#"{"id":"r9","submitted_at":"2025-02-30T00:00:00Z","answers":{}}"#, "bad timestamp"),
            (r#"{"id":"r9","answers":{}}"#, "missing \"submitted_at\""),
            (r#"{"submitted_at":"2025-01-01T00:00:00Z"}"#, "missing \"id\""),
            (r#"{"id":"r9","survey":"other","submitted_at":"2025-01-01T00:00:00Z"}"#, "belongs to survey"),
            (r#"{"id":"r9","submitted_at":"2025-01-01T00:00:00Z","segments":{"s":[1]}}"#, "segment \"s\""),
            (r#"{"id":"r9", "#, "malformed JSON"),
            (r#"[1,2]"#, "expected a JSON object"),
        ];
        for (line, fragment) in cases {
            let err = Response::from_json(&s, line).unwrap_err().to_string();
            assert!(err.contains(fragment), "{line}\n{err}");
        }
    }

    #[test]
    fn rows_are_read_as_csv_cells_are() {
        let survey = Survey::from_json(
            r#"{"id":"s1","questions":[{"id":"n","kind":"nps"},{"id":"y","kind":"yes_no"},
               {"id":"m","kind":"multi_choice","options":["a","b"]},{"id":"t","kind":"text"}]}"#,
        )
        .unwrap();
        let csv = "id,submitted_at,n,y,m,t\nr1,2025-01-01T00:00:00Z, 9 ,Yes,b; a,\n";
        let from_csv = crate::io::read_csv(&survey, csv.as_bytes(), crate::io::ReadMode::Strict).unwrap();
        let row =
            r#"{"id":"r1","submitted_at":"2025-01-01T00:00:00Z","answers":{"n":" 9 ","y":1,"m":"b; a","t":null}}"#;
        let from_row = Response::from_row_json(&survey, row).unwrap();
        assert_eq!(from_row, from_csv.responses[0]);
        assert_eq!(from_row.answers()[3], None, "a missing cell is not shown, not skipped");
        // The same record read as JSON is refused: "b; a" is not an array of options there, nor "9" a number.
        let e = Response::from_json(&survey, row).unwrap_err().to_string();
        assert!(e.contains("expected an array of options, got the string \"b; a\""), "{e}");
        let e = Response::from_row_json(&survey, &row.replace("\"y\":1", "\"y\":\"maybe\"")).unwrap_err().to_string();
        assert!(e.contains("question \"y\"") && e.contains("(yes/no)"), "{e}");
    }
}
