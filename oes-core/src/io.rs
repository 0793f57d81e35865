//! Reading responses from JSONL and CSV, strictly or leniently.

use std::collections::{BTreeMap, HashMap};
use std::io::BufRead;
use std::path::Path;

use serde::Serialize;
use serde_json::Value;

use crate::error::{Error, Result};
use crate::metrics::Weight;
use crate::response::Response;
use crate::survey::{QuestionKind, Survey};
use crate::time::Timestamp;

/// What to do with an invalid response.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ReadMode {
    /// Stop at the first invalid response with its error (the default).
    #[default]
    Strict,
    /// Skip invalid responses and report them in [`Responses::rejected`].
    Lenient,
}

/// Responses read from a file, with those rejected in lenient mode.
#[derive(Debug, Clone, Default)]
pub struct Responses {
    /// The valid responses, in file order.
    pub responses: Vec<Response>,
    /// The errors of the responses that were skipped (lenient mode only), in file order.
    pub rejected: Vec<Error>,
}

/// A summary of a rejected response, for reports.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Rejected {
    /// Line (JSONL) or row (CSV).
    pub line: Option<u64>,
    /// Response id, if it could be read.
    pub response: Option<String>,
    /// The full error message.
    pub error: String,
}

impl Responses {
    fn push(&mut self, mode: ReadMode, seen: &mut Seen, line: u64, r: Result<Response>) -> Result<()> {
        let responses = &self.responses;
        let r = r.and_then(|r| match seen.check(responses, r.id()) {
            (_, Some(first)) => Err(Error::Response {
                line: None,
                response: Some(r.id().to_owned()),
                question: None,
                message: format!("the response id is used twice (first at line {first})"),
            }),
            (h, None) => Ok((h, r)),
        });
        match r {
            Ok((h, r)) => {
                seen.insert(h, self.responses.len() as u32, line);
                self.responses.push(r);
                Ok(())
            }
            Err(e) => match mode {
                ReadMode::Strict => Err(e.at_line(line)),
                ReadMode::Lenient => {
                    self.rejected.push(e.at_line(line));
                    Ok(())
                }
            },
        }
    }

    /// The rejected responses as summaries.
    pub fn rejected_summary(&self) -> Vec<Rejected> {
        self.rejected
            .iter()
            .map(|e| match e {
                Error::Response { line, response, .. } => {
                    Rejected { line: *line, response: response.clone(), error: e.to_string() }
                }
                other => Rejected { line: None, response: None, error: other.to_string() },
            })
            .collect()
    }
}

/// Response ids seen so far: each id is hashed once and never copied.
#[derive(Default)]
struct Seen {
    state: std::hash::RandomState,
    first: HashMap<u64, (u32, u64), std::hash::BuildHasherDefault<HashIsKey>>,
    collisions: Vec<(u64, u32, u64)>,
}

#[derive(Default)]
struct HashIsKey(u64);
impl std::hash::Hasher for HashIsKey {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, _: &[u8]) {
        unreachable!("only u64 keys")
    }
    fn write_u64(&mut self, v: u64) {
        self.0 = v
    }
}

impl Seen {
    fn check(&self, responses: &[Response], id: &str) -> (u64, Option<u64>) {
        use std::hash::BuildHasher;
        let h = self.state.hash_one(id);
        if let Some(&(i, line)) = self.first.get(&h) {
            if responses[i as usize].id() == id {
                return (h, Some(line));
            }
            for &(ch, i, line) in &self.collisions {
                if ch == h && responses[i as usize].id() == id {
                    return (h, Some(line));
                }
            }
        }
        (h, None)
    }
    fn insert(&mut self, h: u64, index: u32, line: u64) {
        match self.first.entry(h) {
            std::collections::hash_map::Entry::Vacant(v) => {
                v.insert((index, line));
            }
            std::collections::hash_map::Entry::Occupied(_) => self.collisions.push((h, index, line)),
        }
    }
}

/// Reads JSONL (one JSON response per line; blank lines are ignored).
pub fn read_jsonl(survey: &Survey, reader: impl BufRead, mode: ReadMode) -> Result<Responses> {
    let mut out = Responses::default();
    let mut seen = Seen::default();
    for (i, line) in reader.lines().enumerate() {
        let number = i as u64 + 1;
        let line = line.map_err(|e| Error::Io { path: format!("line {number}"), message: e.to_string() })?;
        let text = line.trim();
        if text.is_empty() {
            continue;
        }
        out.push(mode, &mut seen, number, Response::from_json(survey, text))?;
    }
    Ok(out)
}

/// Collects responses parsed elsewhere (the records of a DataFrame, the objects of a web page), the `i`-th numbered
/// `i + 1` as a line: the same duplicate-id check, error line numbers and strict or lenient handling as
/// [`read_jsonl`] gives the same records as JSONL lines.
pub fn read_records(records: impl IntoIterator<Item = Result<Response>>, mode: ReadMode) -> Result<Responses> {
    let mut out = Responses::default();
    let mut seen = Seen::default();
    for (i, record) in records.into_iter().enumerate() {
        out.push(mode, &mut seen, i as u64 + 1, record)?;
    }
    Ok(out)
}

/// Reads CSV in the common export shape: a header row, then one row per response.
///
/// Columns: `id` and `submitted_at` (required), `weight` and `survey` (optional), one column per question id, and
/// every other column is a segment. Cells: integers for scaled kinds; `yes`/`no` (also `true`/`false`, `y`/`n`,
/// `1`/`0`, any case) for yes/no; the option text for single choice; options joined with `;` for multi-choice;
/// free text for text. An empty cell means the question was not answered (treated as not shown).
pub fn read_csv(survey: &Survey, reader: impl std::io::Read, mode: ReadMode) -> Result<Responses> {
    let mut csv = csv::ReaderBuilder::new().flexible(false).from_reader(reader);
    let headers = csv
        .headers()
        .map_err(|e| Error::Response {
            line: Some(1),
            response: None,
            question: None,
            message: format!("bad CSV header: {e}"),
        })?
        .clone();
    let column = |name: &str| headers.iter().position(|h| h.trim() == name);
    let id_col = column("id").ok_or_else(|| Error::param("csv", "the header has no \"id\" column"))?;
    let time_col =
        column("submitted_at").ok_or_else(|| Error::param("csv", "the header has no \"submitted_at\" column"))?;
    let weight_col = column("weight");
    let survey_col = column("survey");
    let ticket_cols: Vec<(usize, &'static str)> =
        TICKET_FIELDS.iter().filter_map(|&field| column(&format!("ticket_{field}")).map(|i| (i, field))).collect();
    let mut question_cols = Vec::new();
    let mut segment_cols = Vec::new();
    for (i, h) in headers.iter().enumerate() {
        let h = h.trim();
        if [Some(id_col), Some(time_col), weight_col, survey_col].contains(&Some(i))
            || ticket_cols.iter().any(|c| c.0 == i)
        {
            continue;
        }
        match survey.question_index(h) {
            Some(q) => question_cols.push((i, q)),
            None => segment_cols.push((i, h.to_owned())),
        }
    }
    let mut out = Responses::default();
    let mut seen = Seen::default();
    for (row_index, record) in csv.records().enumerate() {
        let row = row_index as u64 + 1;
        let parsed = match record {
            Err(e) => Err(Error::Response {
                line: None,
                response: None,
                question: None,
                message: format!("bad CSV row: {e}"),
            }),
            Ok(rec) => csv_row(survey, &rec, id_col, time_col, weight_col, survey_col, &question_cols, &segment_cols)
                .and_then(|r| csv_ticket(&rec, &ticket_cols, r)),
        };
        out.push(mode, &mut seen, row, parsed)?;
    }
    Ok(out)
}

/// The ticket fields, read from CSV columns named `ticket_<field>`.
const TICKET_FIELDS: [&str; 6] = ["opened_at", "first_reply_at", "resolved_at", "contacts", "reopened", "channel"];

fn csv_ticket(rec: &csv::StringRecord, cols: &[(usize, &'static str)], response: Response) -> Result<Response> {
    let mut ticket = serde_json::Map::new();
    for &(i, field) in cols {
        let cell = rec.get(i).unwrap_or("").trim();
        if cell.is_empty() {
            continue;
        }
        let value = match field {
            "contacts" | "reopened" => match cell.parse::<u64>() {
                Ok(v) => Value::from(v),
                Err(_) if field == "reopened" && matches!(cell.to_ascii_lowercase().as_str(), "yes" | "true") => {
                    Value::from(1)
                }
                Err(_) if field == "reopened" && matches!(cell.to_ascii_lowercase().as_str(), "no" | "false") => {
                    Value::from(0)
                }
                Err(_) => Value::String(cell.to_owned()),
            },
            _ => Value::String(cell.to_owned()),
        };
        ticket.insert(field.to_owned(), value);
    }
    if ticket.is_empty() {
        return Ok(response);
    }
    let t = crate::ticket::Ticket::from_value(&Value::Object(ticket)).map_err(|message| Error::Response {
        line: None,
        response: Some(response.id().to_owned()),
        question: None,
        message,
    })?;
    Ok(response.with_ticket(Some(t)))
}

#[allow(clippy::too_many_arguments)]
fn csv_row(
    survey: &Survey,
    rec: &csv::StringRecord,
    id_col: usize,
    time_col: usize,
    weight_col: Option<usize>,
    survey_col: Option<usize>,
    question_cols: &[(usize, usize)],
    segment_cols: &[(usize, String)],
) -> Result<Response> {
    let cell = |i: usize| rec.get(i).unwrap_or("").trim();
    let id = cell(id_col);
    if id.is_empty() {
        return Err(Error::Response { line: None, response: None, question: None, message: "missing \"id\"".into() });
    }
    let fail = |question: Option<&str>, message: String| Error::Response {
        line: None,
        response: Some(id.to_owned()),
        question: question.map(str::to_owned),
        message,
    };
    if let Some(c) = survey_col {
        let s = cell(c);
        if !s.is_empty() && s != survey.id() {
            return Err(fail(None, format!("belongs to survey {s:?}, not to survey {:?}", survey.id())));
        }
    }
    let time = cell(time_col);
    if time.is_empty() {
        return Err(fail(None, "missing \"submitted_at\" timestamp (RFC 3339)".into()));
    }
    let submitted_at = Timestamp::parse(time).map_err(|e| fail(None, e))?;
    let weight = match weight_col.map(cell) {
        None | Some("") => None,
        Some(w) => {
            let v: f64 = w.parse().map_err(|_| fail(None, format!("weight must be a positive number, got {w:?}")))?;
            Some(Weight::new(v).map_err(|e| fail(None, e.to_string()))?)
        }
    };
    let segments: BTreeMap<String, String> = segment_cols
        .iter()
        .filter(|(i, _)| !cell(*i).is_empty())
        .map(|(i, name)| (name.clone(), cell(*i).to_owned()))
        .collect();
    let mut answers = Vec::new();
    for &(col, q) in question_cols {
        let raw = rec.get(col).unwrap_or("");
        let question = &survey.questions()[q];
        let text = if question.kind == QuestionKind::Text { raw } else { raw.trim() };
        if text.trim().is_empty() {
            continue;
        }
        let value = match question.kind {
            kind if kind.is_scaled() => match text.parse::<i64>() {
                Ok(v) => Value::from(v),
                Err(_) => {
                    let scale = question.scale.unwrap_or(crate::survey::Scale::NPS);
                    return Err(fail(
                        Some(&question.id),
                        format!("expected an integer on the scale {scale}, got {text:?}"),
                    ));
                }
            },
            QuestionKind::YesNo => match text.to_ascii_lowercase().as_str() {
                "yes" | "y" | "true" | "1" => Value::Bool(true),
                "no" | "n" | "false" | "0" => Value::Bool(false),
                _ => return Err(fail(Some(&question.id), format!("expected true or false (yes/no), got {text:?}"))),
            },
            QuestionKind::MultiChoice => {
                Value::Array(text.split(';').map(|s| Value::String(s.trim().to_owned())).filter(|v| v != "").collect())
            }
            _ => Value::String(text.to_owned()),
        };
        answers.push((question.id.clone(), value));
    }
    Response::new(survey, id, submitted_at, segments, weight, answers)
}

/// Reads a survey definition from a JSON file.
pub fn read_survey(path: impl AsRef<Path>) -> Result<Survey> {
    let path = path.as_ref();
    let text = std::fs::read_to_string(path)
        .map_err(|e| Error::Io { path: path.display().to_string(), message: e.to_string() })?;
    Survey::from_json(&text)
}

/// Reads responses from a file: CSV when its name ends in `.csv`, JSONL otherwise.
pub fn read_responses(survey: &Survey, path: impl AsRef<Path>, mode: ReadMode) -> Result<Responses> {
    let path = path.as_ref();
    let file = std::fs::File::open(path)
        .map_err(|e| Error::Io { path: path.display().to_string(), message: e.to_string() })?;
    let is_csv = path.extension().is_some_and(|e| e.eq_ignore_ascii_case("csv"));
    if is_csv {
        read_csv(survey, std::io::BufReader::new(file), mode)
    } else {
        read_jsonl(survey, std::io::BufReader::new(file), mode)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Answer;

    fn survey() -> Survey {
        Survey::from_json(
            r#"{"id":"s1","questions":[{"id":"n","kind":"nps"},{"id":"y","kind":"yes_no"},
            {"id":"m","kind":"multi_choice","options":["a","b"]},{"id":"t","kind":"text"}]}"#,
        )
        .unwrap()
    }

    #[test]
    fn lenient_mode_skips_and_reports() {
        let data = "{\"id\":\"r1\",\"submitted_at\":\"2025-01-01T00:00:00Z\",\"answers\":{\"n\":9}}\n\n\
                    {\"id\":\"r2\",\"submitted_at\":\"2025-01-01T00:00:00Z\",\"answers\":{\"n\":12}}\n\
                    {\"id\":\"r1\",\"submitted_at\":\"2025-01-01T00:00:00Z\",\"answers\":{}}\n";
        let strict = read_jsonl(&survey(), data.as_bytes(), ReadMode::Strict).unwrap_err();
        assert!(strict.to_string().starts_with("invalid response at line 3 \"r2\", question \"n\""), "{strict}");
        let lenient = read_jsonl(&survey(), data.as_bytes(), ReadMode::Lenient).unwrap();
        assert_eq!(lenient.responses.len(), 1);
        assert_eq!(lenient.rejected.len(), 2);
        assert!(lenient.rejected[1].to_string().contains("used twice (first at line 1)"));
    }

    #[test]
    fn records_are_numbered_as_lines() {
        let s = survey();
        let records = [
            r#"{"id":"r1","submitted_at":"2025-01-01T00:00:00Z","answers":{"n":9}}"#,
            r#"{"id":"r2","submitted_at":"2025-01-01T00:00:00Z","answers":{"n":12}}"#,
            r#"{"id":"r1","submitted_at":"2025-01-01T00:00:00Z","answers":{}}"#,
        ];
        let parse = || records.iter().map(|r| Response::from_json(&s, r));
        let strict = read_records(parse(), ReadMode::Strict).unwrap_err();
        let as_jsonl = read_jsonl(&s, records.join("\n").as_bytes(), ReadMode::Strict).unwrap_err();
        assert_eq!(strict.to_string(), as_jsonl.to_string());
        assert!(strict.to_string().starts_with("invalid response at line 2 \"r2\""), "{strict}");
        let lenient = read_records(parse(), ReadMode::Lenient).unwrap();
        assert_eq!(lenient.responses.len(), 1);
        assert!(lenient.rejected[1].to_string().contains("line 3"), "{}", lenient.rejected[1]);
        assert!(lenient.rejected[1].to_string().contains("used twice (first at line 1)"));
    }

    #[test]
    fn reads_csv_exports() {
        let s = survey();
        let data = "id,submitted_at,weight,store,n,y,m,t\n\
                    r1,2025-01-01T00:00:00Z,,Berlin,10,Yes,a;b,\"Great, fast\"\n\
                    r2,2025-01-02T00:00:00Z,2,,3,no,,\n";
        let rs = read_csv(&s, data.as_bytes(), ReadMode::Strict).unwrap().responses;
        assert_eq!(rs.len(), 2);
        assert_eq!(rs[0].segment("store"), Some("Berlin"));
        assert_eq!(rs[0].answer(&s, "m"), Some(&Answer::Choices(vec![0, 1])));
        assert_eq!(rs[0].answer(&s, "t"), Some(&Answer::Text("Great, fast".into())));
        assert_eq!(rs[1].weight(), Some(Weight::new(2.0).unwrap()));
        assert_eq!(rs[1].segment("store"), None);
        assert_eq!(rs[1].answer(&s, "m"), None);
        let bad = "id,submitted_at,n\nr1,2025-01-01T00:00:00Z,ten\n";
        let err = read_csv(&s, bad.as_bytes(), ReadMode::Strict).unwrap_err().to_string();
        assert!(err.contains("line 1 \"r1\", question \"n\": expected an integer"), "{err}");
    }
}
