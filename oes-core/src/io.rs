//! Reading responses from JSONL and CSV, strictly or leniently.

use std::collections::{BTreeMap, HashMap};
use std::io::BufRead;
use std::path::Path;

use serde::Serialize;
use serde_json::Value;

use crate::error::{Error, Result};
use crate::limits::Limits;
use crate::metrics::Weight;
use crate::response::Response;
use crate::survey::Survey;
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Rejected {
    /// Line (JSONL) or row (CSV).
    pub line: Option<u64>,
    /// Response id, if it could be read.
    pub response: Option<String>,
    /// The full error message.
    pub error: String,
}

/// The error of a response whose id was used before, at line `first`.
fn used_twice(response: &Response, first: u64) -> Error {
    used_twice_id(response.id(), first)
}

/// The error of a response id used before, at line `first`.
pub(crate) fn used_twice_id(id: &str, first: u64) -> Error {
    Error::Response {
        line: None,
        response: Some(id.to_owned()),
        question: None,
        message: format!("the response id is used twice (first at line {first})"),
    }
}

/// What a read does with an invalid response at `line`: stops with its error (strict), or records it and goes on
/// (lenient).
pub(crate) fn reject(mode: ReadMode, rejected: &mut Vec<Error>, line: u64, e: Error) -> Result<()> {
    match mode {
        ReadMode::Strict => Err(e.at_line(line)),
        ReadMode::Lenient => {
            rejected.push(e.at_line(line));
            Ok(())
        }
    }
}

/// The end of a read of which `valid` responses were kept: an error when there was input but every response of it
/// was invalid (lenient mode would otherwise give an empty, "successful" result).
pub(crate) fn check_some_valid(valid: u64, rejected: &[Error]) -> Result<()> {
    match rejected.first() {
        Some(first) if valid == 0 => Err(Error::param(
            "responses",
            format!("none of the {} responses is valid; the first error: {first}", rejected.len()),
        )),
        _ => Ok(()),
    }
}

impl Responses {
    fn push(&mut self, mode: ReadMode, seen: &mut Seen, line: u64, r: Result<Response>) -> Result<()> {
        let responses = &self.responses;
        let r = r.and_then(|r| match seen.check(responses, r.id()) {
            (_, Some(first)) => Err(used_twice(&r, first)),
            (h, None) => Ok((h, r)),
        });
        match r {
            Ok((h, r)) => {
                seen.insert(h, self.responses.len() as u32, line);
                self.responses.push(r);
                Ok(())
            }
            Err(e) => reject(mode, &mut self.rejected, line, e),
        }
    }

    /// The end of a read (see [`check_some_valid`]).
    fn finish(self) -> Result<Responses> {
        check_some_valid(self.responses.len() as u64, &self.rejected)?;
        Ok(self)
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

/// The hasher of a map whose keys are hashes made with a secret seed already ([`Seen`]).
#[derive(Default)]
struct HashIsKey(u64);
impl std::hash::Hasher for HashIsKey {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, _: &[u8]) {
        unreachable!("only u64 keys (hashes with a secret seed)")
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

/// Reads JSONL (one JSON response per line; blank lines are ignored) with the default [`Limits`].
pub fn read_jsonl(survey: &Survey, reader: impl BufRead, mode: ReadMode) -> Result<Responses> {
    read_jsonl_with(survey, reader, mode, &Limits::default())
}

/// Reads JSONL under `limits`: a line longer than [`Limits::line_bytes`] or a text answer longer than
/// [`Limits::text_bytes`] is an invalid response (never held in memory whole), as are a line that is not UTF-8 and a
/// JSON object with a key twice. A UTF-8 byte order mark before the first line is ignored.
pub fn read_jsonl_with(survey: &Survey, reader: impl BufRead, mode: ReadMode, limits: &Limits) -> Result<Responses> {
    let mut out = Responses::default();
    let mut seen = Seen::default();
    jsonl_each(survey, reader, mode, limits, &mut |number, parsed| out.push(mode, &mut seen, number, parsed))?;
    out.finish()
}

/// Reads JSONL line by line, handing each line's number and response (or error) to `sink`.
fn jsonl_each(
    survey: &Survey,
    reader: impl BufRead,
    mode: ReadMode,
    limits: &Limits,
    sink: &mut dyn FnMut(u64, Result<Response>) -> Result<()>,
) -> Result<()> {
    let mut lines = Lines::new(reader, limits.line_bytes, mode);
    while let Some((number, line)) = lines.next_line()? {
        let parsed = match line {
            Line::TooLong => Err(line_too_long(limits)),
            Line::Text(bytes) => match std::str::from_utf8(bytes) {
                Err(e) => Err(Error::Response {
                    line: None,
                    response: None,
                    question: None,
                    message: format!("the line is not valid UTF-8 (at byte {})", e.valid_up_to() + 1),
                }),
                Ok(text) if text.trim().is_empty() => continue,
                Ok(text) => {
                    Response::from_json(survey, text.trim()).and_then(|r| check_text_lengths(survey, r, limits))
                }
            },
        };
        sink(number, parsed)?;
    }
    Ok(())
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
    out.finish()
}

fn line_too_long(limits: &Limits) -> Error {
    Error::Response {
        line: None,
        response: None,
        question: None,
        message: crate::error::limit_text("line-bytes", limits.line_bytes, "the line is too long"),
    }
}

/// Refuses a response with a text answer longer than [`Limits::text_bytes`].
pub(crate) fn check_text_lengths(survey: &Survey, response: Response, limits: &Limits) -> Result<Response> {
    for (index, answer) in response.answers().iter().enumerate() {
        if let Some(crate::Answer::Text(text)) = answer {
            if text.len() as u64 > limits.text_bytes {
                return Err(Error::Response {
                    line: None,
                    response: Some(response.id().to_owned()),
                    question: survey.questions().get(index).map(|q| q.id.clone()),
                    message: crate::error::limit_text(
                        "text-bytes",
                        limits.text_bytes,
                        &format!("the text answer has {} bytes", text.len()),
                    ),
                });
            }
        }
    }
    Ok(response)
}

/// One line of input: its bytes (without the line end), or the news that it was longer than the limit.
enum Line<'a> {
    Text(&'a [u8]),
    TooLong,
}

/// Reads lines of at most `max` bytes without ever holding a longer one: the rest of a long line is skipped (in
/// lenient mode; strictly, reading stops there, so that an endless line ends in an error at once).
struct Lines<R> {
    reader: R,
    max: u64,
    /// Whether a line over the limit ends the reading at once (strict mode), rather than being skipped to its end.
    stop_at_long: bool,
    buf: Vec<u8>,
    /// The 1-based number of the line last read.
    number: u64,
}

impl<R: BufRead> Lines<R> {
    fn new(reader: R, max: u64, mode: ReadMode) -> Self {
        Lines { reader, max, stop_at_long: mode == ReadMode::Strict, buf: Vec::new(), number: 0 }
    }

    /// The next line, `None` at the end of the input. A UTF-8 byte order mark at the start of the input is dropped,
    /// and so is the `\r` of a `\r\n` line end.
    fn next_line(&mut self) -> Result<Option<(u64, Line<'_>)>> {
        self.buf.clear();
        let mut too_long = false;
        let mut any = false;
        loop {
            let chunk = match self.reader.fill_buf() {
                Ok(c) => c,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    return Err(Error::Io { path: format!("line {}", self.number + 1), message: e.to_string() });
                }
            };
            if chunk.is_empty() {
                break;
            }
            any = true;
            let (take, done) = match memchr::memchr(b'\n', chunk) {
                Some(i) => (i, true),
                None => (chunk.len(), false),
            };
            if !too_long {
                if (self.buf.len() + take) as u64 > self.max {
                    too_long = true;
                    self.buf.clear();
                } else {
                    self.buf.extend_from_slice(&chunk[..take]);
                }
            }
            self.reader.consume(if done { take + 1 } else { take });
            // Strictly, the error is known now: an endless line (`/dev/zero`) is not read to its end.
            if done || (too_long && self.stop_at_long) {
                break;
            }
        }
        if !any {
            return Ok(None);
        }
        self.number += 1;
        if too_long {
            return Ok(Some((self.number, Line::TooLong)));
        }
        if self.number == 1 && self.buf.starts_with(BOM) {
            self.buf.drain(..BOM.len());
        }
        if self.buf.last() == Some(&b'\r') {
            self.buf.pop();
        }
        Ok(Some((self.number, Line::Text(&self.buf))))
    }
}

/// The UTF-8 byte order mark, which some spreadsheet programs write at the start of a file.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Reads CSV in the common export shape with the default [`Limits`]: a header row, then one row per response.
///
/// Columns: `id` and `submitted_at` (required), `weight` and `survey` (optional), `ticket_<field>` for a support
/// ticket, one column per question id, and every other column is a segment. Cells: integers for scaled kinds;
/// `yes`/`no` (also `true`/`false`, `y`/`n`, `1`/`0`, any case) for yes/no; the option text for single choice;
/// options joined with `;` for multi-choice; free text for text. An empty cell means the question was not answered
/// (treated as not shown).
///
/// The format is RFC 4180 and read strictly: a cell is either plain (no `"` in it) or quoted from start to end
/// (`"a, ""b"""` is `a, "b"`, and may span lines); a quote anywhere else, a row with more or fewer cells than the
/// header, or a header that names a column twice is an error, never a guess. A quote that is never closed is an error
/// even in lenient mode (the rest of the file cannot be read as rows). A UTF-8 byte order mark is ignored.
pub fn read_csv(survey: &Survey, reader: impl std::io::Read, mode: ReadMode) -> Result<Responses> {
    read_csv_with(survey, reader, mode, &Limits::default())
}

/// [`read_csv`] under `limits`: a row longer than [`Limits::line_bytes`] or a text cell longer than
/// [`Limits::text_bytes`] is an invalid response.
pub fn read_csv_with(
    survey: &Survey,
    reader: impl std::io::Read,
    mode: ReadMode,
    limits: &Limits,
) -> Result<Responses> {
    let mut out = Responses::default();
    let mut seen = Seen::default();
    csv_each(survey, reader, mode, limits, &mut |row, parsed| out.push(mode, &mut seen, row, parsed))?;
    out.finish()
}

/// Which column of a CSV file holds what, from its header.
struct CsvLayout {
    columns: usize,
    id_col: usize,
    time_col: usize,
    weight_col: Option<usize>,
    survey_col: Option<usize>,
    ticket_cols: Vec<(usize, &'static str)>,
    /// (column, question index)
    question_cols: Vec<(usize, usize)>,
    segment_cols: Vec<(usize, String)>,
}

impl CsvLayout {
    /// Reads and checks the header row.
    fn read<R: BufRead>(survey: &Survey, csv: &mut CsvReader<R>) -> Result<CsvLayout> {
        let header_error = |message: String| Error::Response { line: Some(1), response: None, question: None, message };
        let headers: Vec<String> = match csv.next_record()? {
            None => return Err(Error::param("csv", "the input is empty (expected a header row)")),
            Some(CsvRow::Cells(cells)) => cells.iter().map(|c| c.trim().to_owned()).collect(),
            Some(CsvRow::Bad(message)) => return Err(header_error(format!("bad CSV header: {message}"))),
        };
        for (i, h) in headers.iter().enumerate() {
            if let Some(j) = headers[..i].iter().position(|g| g == h) {
                return Err(header_error(format!(
                    "bad CSV header: column {h:?} is named twice (columns {} and {})",
                    j + 1,
                    i + 1
                )));
            }
        }
        let column = |name: &str| headers.iter().position(|h| h == name);
        let id_col = column("id").ok_or_else(|| Error::param("csv", "the header has no \"id\" column"))?;
        let time_col =
            column("submitted_at").ok_or_else(|| Error::param("csv", "the header has no \"submitted_at\" column"))?;
        let weight_col = column("weight");
        let survey_col = column("survey");
        let ticket_cols: Vec<(usize, &'static str)> =
            TICKET_FIELDS.iter().filter_map(|&field| column(&format!("ticket_{field}")).map(|i| (i, field))).collect();
        let reserved = |i: usize| {
            [Some(id_col), Some(time_col), weight_col, survey_col].contains(&Some(i))
                || ticket_cols.iter().any(|c| c.0 == i)
        };
        let mut question_cols = Vec::new();
        let mut segment_cols = Vec::new();
        for (i, h) in headers.iter().enumerate() {
            let question = survey.question_index(h);
            if reserved(i) {
                if question.is_some() {
                    return Err(Error::survey(
                        Some(h),
                        format!(
                            "the question cannot be read from CSV: the column {h:?} holds the response's {}; rename \
                             the question",
                            if h.starts_with("ticket_") { "support ticket" } else { h.as_str() }
                        ),
                    ));
                }
                continue;
            }
            match question {
                Some(q) => {
                    let question = &survey.questions()[q];
                    question.check_csv().map_err(|m| Error::survey(Some(&question.id), m))?;
                    question_cols.push((i, q))
                }
                None => segment_cols.push((i, h.to_owned())),
            }
        }
        Ok(CsvLayout {
            columns: headers.len(),
            id_col,
            time_col,
            weight_col,
            survey_col,
            ticket_cols,
            question_cols,
            segment_cols,
        })
    }

    /// The error of a row of `cells` cells where the header has another number.
    fn shape_error(&self, cells: usize) -> Error {
        Error::Response {
            line: None,
            response: None,
            question: None,
            message: format!("bad CSV row: it has {cells} cells, the header has {}", self.columns),
        }
    }

    /// The response of a record (its cells), or why it is invalid.
    fn response(&self, survey: &Survey, limits: &Limits, record: CsvRow<'_>) -> Result<Response> {
        let bad = |message: String| Error::Response { line: None, response: None, question: None, message };
        match record {
            CsvRow::Bad(message) => Err(bad(message)),
            CsvRow::Cells(cells) if cells.len() != self.columns => Err(self.shape_error(cells.len())),
            CsvRow::Cells(cells) => csv_row(
                survey,
                cells,
                self.id_col,
                self.time_col,
                self.weight_col,
                self.survey_col,
                &self.question_cols,
                &self.segment_cols,
            )
            .and_then(|r| csv_ticket(cells, &self.ticket_cols, r))
            .and_then(|r| check_text_lengths(survey, r, limits)),
        }
    }
}

/// Reads CSV row by row, handing each row's number and response (or error) to `sink`.
fn csv_each(
    survey: &Survey,
    reader: impl std::io::Read,
    mode: ReadMode,
    limits: &Limits,
    sink: &mut dyn FnMut(u64, Result<Response>) -> Result<()>,
) -> Result<()> {
    let mut csv = CsvReader::new(std::io::BufReader::new(reader), limits.line_bytes, mode);
    let layout = CsvLayout::read(survey, &mut csv)?;
    let mut row = 0u64;
    while let Some(record) = csv.next_record()? {
        row += 1;
        sink(row, layout.response(survey, limits, record))?;
    }
    Ok(())
}

/// One CSV record: its cells, or why it is not a valid row.
enum CsvRow<'a> {
    Cells(&'a [String]),
    Bad(String),
}

/// A strict RFC 4180 reader (see [`read_csv`]) that holds at most one record of at most `max` bytes.
struct CsvReader<R> {
    lines: Lines<R>,
    cells: Cells,
    /// The cell being read (its capacity is kept from record to record).
    cell: Vec<u8>,
}

/// The cells of the current record. Their `String`s are kept from record to record and overwritten, so that a
/// record costs no allocation once the longest cells have been seen.
#[derive(Default)]
struct Cells {
    strings: Vec<String>,
    used: usize,
}

impl Cells {
    fn as_slice(&self) -> &[String] {
        &self.strings[..self.used]
    }
}

/// Where the reader puts a record's cells as it reads them: its own [`Cells`], or the columns of a chunk.
trait CellSink {
    fn push(&mut self, text: &str);
    /// How many cells the record has so far.
    fn len(&self) -> usize;
    /// Forgets the record's cells.
    fn clear(&mut self);
}

impl CellSink for Cells {
    fn push(&mut self, text: &str) {
        match self.strings.get_mut(self.used) {
            Some(s) => {
                s.clear();
                s.push_str(text);
            }
            None => self.strings.push(text.to_owned()),
        }
        self.used += 1;
    }
    fn len(&self) -> usize {
        self.used
    }
    fn clear(&mut self) {
        self.used = 0;
    }
}

impl<R: BufRead> CsvReader<R> {
    fn new(reader: R, max: u64, mode: ReadMode) -> Self {
        CsvReader { lines: Lines::new(reader, max, mode), cells: Cells::default(), cell: Vec::new() }
    }

    /// The next record (blank lines are skipped), `None` at the end; an error for a quote that is never closed.
    fn next_record(&mut self) -> Result<Option<CsvRow<'_>>> {
        let mut cells = std::mem::take(&mut self.cells);
        let read = self.read_record(&mut cells);
        self.cells = cells;
        Ok(read?.map(|problem| match problem {
            Some(p) => CsvRow::Bad(p),
            None => CsvRow::Cells(self.cells.as_slice()),
        }))
    }

    /// Reads the next record's cells into `sink` (blank lines are skipped): `None` at the end, else why the record
    /// is not a valid row, if it is not; an error for a quote that is never closed.
    fn read_record(&mut self, sink: &mut impl CellSink) -> Result<Option<Option<String>>> {
        let max = self.lines.max;
        sink.clear();
        // Bytes of the record so far, over all its lines; once over `max` the rest is read but not kept.
        let mut size = 0u64;
        let mut problem: Option<String> = None;
        let cell = &mut self.cell;
        cell.clear();
        // Inside a quoted cell that continues on the next line: the line where it opened.
        let mut open_quote: Option<u64> = None;
        loop {
            let (number, line) = match self.lines.next_line()? {
                Some((number, Line::Text(bytes))) => (number, Some(bytes)),
                Some((number, Line::TooLong)) => (number, None),
                None => match open_quote {
                    Some(at) => {
                        return Err(Error::Response {
                            line: None,
                            response: None,
                            question: None,
                            message: format!(
                                "bad CSV: the quoted cell opened on line {at} of the file is never closed (the \
                                 rest of the file would be read as one cell)"
                            ),
                        })
                    }
                    None => return Ok(None),
                },
            };
            let Some(line) = line else {
                // A physical line over the limit: the record is too long. Its quotes cannot be followed, so the
                // record ends here.
                return Ok(Some(Some(crate::error::limit_text("line-bytes", max, "the row is too long"))));
            };
            if open_quote.is_none() && line.iter().all(u8::is_ascii_whitespace) {
                continue; // a blank line between records (as in JSONL, white space alone is blank)
            }
            size += line.len() as u64 + 1;
            if size > max {
                problem.get_or_insert_with(|| crate::error::limit_text("line-bytes", max, "the row is too long"));
                // Nothing of an over-long record is kept (it spans lines, each under the limit).
                cell.clear();
                sink.clear();
            }
            let mut i = 0;
            if open_quote.is_some() {
                // Continue the quoted cell: the line end belongs to it.
                cell.push(b'\n');
                match quoted_rest(line, cell) {
                    Some(end) => match close_quoted(sink, cell, &mut problem, line, end) {
                        Some(next) => i = next,
                        None => return Ok(Some(problem)),
                    },
                    None => continue,
                }
            }
            // The line's text when it is valid UTF-8 (then its plain cells are cut from it without a check each),
            // and whether it has a quote at all.
            let text = std::str::from_utf8(line).ok();
            let quotes = memchr::memchr(b'"', line).is_some();
            if let (Some(text), false, true) = (text, quotes, cell.is_empty()) {
                // Plain cells only, to the end of the line: cut at every comma.
                let mut start = i;
                for comma in memchr::memchr_iter(b',', &line[i..]) {
                    sink.push(&text[start..i + comma]);
                    start = i + comma + 1;
                }
                sink.push(&text[start..]);
                return Ok(Some(problem));
            }
            // Cells starting at `i`.
            loop {
                let start = i + line[i..].iter().take_while(|&&b| b == b' ' || b == b'\t').count();
                if line.get(start) == Some(&b'"') {
                    match quoted_rest(&line[start + 1..], cell) {
                        Some(end) => match close_quoted(sink, cell, &mut problem, line, start + 1 + end) {
                            Some(next) => i = next,
                            None => return Ok(Some(problem)),
                        },
                        None => {
                            open_quote = Some(number);
                            break;
                        }
                    }
                } else {
                    let end = memchr::memchr(b',', &line[i..]).map_or(line.len(), |p| i + p);
                    if let Some(q) = quotes.then(|| memchr::memchr(b'"', &line[i..end])).flatten() {
                        problem.get_or_insert(format!(
                            "bad CSV row: a quote inside the plain cell {} (at its byte {}): quote the whole cell \
                             and double the quotes inside it, as in \"a \"\"b\"\"\"",
                            sink.len() + 1,
                            q + 1
                        ));
                    }
                    match text {
                        // Cut at ASCII commas, so on character boundaries.
                        Some(text) if cell.is_empty() => sink.push(&text[i..end]),
                        _ => {
                            cell.extend_from_slice(&line[i..end]);
                            push_cell(sink, cell, &mut problem);
                        }
                    }
                    if end == line.len() {
                        return Ok(Some(problem));
                    }
                    i = end + 1;
                }
            }
        }
    }
}

/// Reads a quoted cell's content from `text` (just after the opening quote, or at the start of a continuation line)
/// into `cell`, undoubling `""`; the index just past the closing quote, or `None` when the line ends inside it.
fn quoted_rest(text: &[u8], cell: &mut Vec<u8>) -> Option<usize> {
    let mut i = 0;
    while i < text.len() {
        if text[i] == b'"' {
            if text.get(i + 1) == Some(&b'"') {
                cell.push(b'"');
                i += 2;
                continue;
            }
            return Some(i + 1);
        }
        cell.push(text[i]);
        i += 1;
    }
    None
}

/// Ends a quoted cell whose closing quote is just before `after`: the cell is kept, and the start of the next cell
/// is returned, or `None` when the record ends there (at the end of the line, or at text after the quote, which is
/// recorded as the record's problem).
fn close_quoted(
    cells: &mut impl CellSink,
    cell: &mut Vec<u8>,
    problem: &mut Option<String>,
    line: &[u8],
    after: usize,
) -> Option<usize> {
    match after_quote(line, after, cells.len() + 1) {
        Ok(next) => {
            push_cell(cells, cell, problem);
            next
        }
        Err(m) => {
            problem.get_or_insert(m);
            None
        }
    }
}

/// After a closing quote at `i`: spaces, then a comma (`Some(start of the next cell)`) or the end of the line
/// (`None`); anything else is an error.
fn after_quote(line: &[u8], i: usize, cell_number: usize) -> std::result::Result<Option<usize>, String> {
    let j = i + line[i..].iter().take_while(|&&b| b == b' ' || b == b'\t').count();
    match line.get(j) {
        None => Ok(None),
        Some(b',') => Ok(Some(j + 1)),
        Some(_) => Err(format!(
            "bad CSV row: text after the closing quote of cell {cell_number}: quote the whole cell and double the \
             quotes inside it"
        )),
    }
}

fn push_cell(cells: &mut impl CellSink, cell: &mut Vec<u8>, problem: &mut Option<String>) {
    match std::str::from_utf8(cell) {
        Ok(s) => cells.push(s),
        Err(e) => {
            problem.get_or_insert(format!(
                "bad CSV row: cell {} is not valid UTF-8 (at its byte {})",
                cells.len() + 1,
                e.valid_up_to() + 1
            ));
            cells.push("");
        }
    }
    cell.clear();
}

/// The ticket fields, read from CSV columns named `ticket_<field>`.
const TICKET_FIELDS: [&str; 6] = ["opened_at", "first_reply_at", "resolved_at", "contacts", "reopened", "channel"];

fn csv_ticket(rec: &[String], cols: &[(usize, &'static str)], response: Response) -> Result<Response> {
    let mut ticket = serde_json::Map::new();
    for &(i, field) in cols {
        let cell = rec.get(i).map_or("", |c| c.trim());
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
    rec: &[String],
    id_col: usize,
    time_col: usize,
    weight_col: Option<usize>,
    survey_col: Option<usize>,
    question_cols: &[(usize, usize)],
    segment_cols: &[(usize, String)],
) -> Result<Response> {
    let cell = |i: usize| rec.get(i).map_or("", |c| c.trim());
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
    let mut answers = vec![None; survey.questions().len()];
    for &(col, q) in question_cols {
        let question = &survey.questions()[q];
        answers[q] =
            question.parse_cell(rec.get(col).map_or("", String::as_str)).map_err(|m| fail(Some(&question.id), m))?;
    }
    Ok(Response::from_answers(survey, id.to_owned(), submitted_at, segments, weight, answers))
}

/// Reads a survey definition from a JSON file (at most [`Limits::survey_bytes`] of the default limits).
pub fn read_survey(path: impl AsRef<Path>) -> Result<Survey> {
    read_survey_with(path, &Limits::default())
}

/// Reads a survey definition from a JSON file of at most [`Limits::survey_bytes`].
pub fn read_survey_with(path: impl AsRef<Path>, limits: &Limits) -> Result<Survey> {
    use std::io::Read;
    let path = path.as_ref();
    let io = |e: std::io::Error| Error::Io { path: path.display().to_string(), message: e.to_string() };
    let file = std::fs::File::open(path).map_err(io)?;
    let mut bytes = Vec::new();
    file.take(limits.survey_bytes.saturating_add(1)).read_to_end(&mut bytes).map_err(io)?;
    if bytes.len() as u64 > limits.survey_bytes {
        return Err(Limits::exceeded("survey-bytes", limits.survey_bytes, format!("{} is too large", path.display())));
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        Error::survey(None, format!("{} is not UTF-8 (at byte {})", path.display(), e.utf8_error().valid_up_to() + 1))
    })?;
    Survey::from_json(&text)
}

/// Whether a path names a Parquet file (by its extension).
fn is_parquet(path: &Path) -> bool {
    path.extension().is_some_and(|e| e.eq_ignore_ascii_case("parquet"))
}

/// The error of a Parquet file where oes-core was built without its `parquet` feature.
#[cfg(not(feature = "parquet"))]
fn no_parquet(path: &Path) -> Error {
    Error::param(
        "responses",
        format!(
            "{} is a Parquet file, which this build does not read (oes-core's `parquet` feature; the `oes` command \
             has it; in Python, read it with pyarrow.parquet.read_table and pass the table)",
            path.display()
        ),
    )
}

/// Reads responses from a file: CSV when its name ends in `.csv`, JSONL otherwise (default [`Limits`]).
pub fn read_responses(survey: &Survey, path: impl AsRef<Path>, mode: ReadMode) -> Result<Responses> {
    read_responses_with(survey, path, mode, &Limits::default())
}

/// Reads responses from a file under `limits`: CSV when its name ends in `.csv`, JSONL otherwise.
pub fn read_responses_with(
    survey: &Survey,
    path: impl AsRef<Path>,
    mode: ReadMode,
    limits: &Limits,
) -> Result<Responses> {
    let path = path.as_ref();
    if is_parquet(path) {
        #[cfg(feature = "parquet")]
        return crate::arrow::read_arrow(
            survey,
            crate::arrow::parquet_batches_of(survey, path, limits)?,
            &Default::default(),
            mode,
            limits,
        );
        #[cfg(not(feature = "parquet"))]
        return Err(no_parquet(path));
    }
    let file = std::fs::File::open(path)
        .map_err(|e| Error::Io { path: path.display().to_string(), message: e.to_string() })?;
    let is_csv = path.extension().is_some_and(|e| e.eq_ignore_ascii_case("csv"));
    if is_csv {
        read_csv_with(survey, file, mode, limits)
    } else {
        read_jsonl_with(survey, std::io::BufReader::new(file), mode, limits)
    }
}

/// What [`read_each_with`] read: how many responses it handed over, and the errors of those it skipped (lenient mode).
#[derive(Debug, Clone, Default)]
pub struct Streamed {
    /// Responses handed to the callback.
    pub read: u64,
    /// The errors of the responses that were skipped (lenient mode only), in file order.
    pub rejected: Vec<Error>,
}

/// Reads a JSONL or CSV file (by extension, as [`read_responses_with`]) one response at a time, handing each to `f`
/// without keeping it: memory stays bounded by the longest line and a 24-byte entry per response for the duplicate
/// id check (a 128-bit hash of the id and the line where it was first used), instead of the responses themselves
/// (about a kilobyte each in a 3-question survey). The same checks, errors, line numbers and strict or lenient
/// handling as [`read_responses_with`]; an error `f` returns stops the read. With `check_ids` false the ids are
/// taken as unique (a database export whose ids are its keys) and not checked: memory then does not grow with the
/// number of responses at all, but a response given twice is counted twice. A Parquet file (feature `parquet`) is
/// read whole first, ids checked, and then handed over; [`count_into`] counts one in bounded memory.
pub fn read_each_with(
    survey: &Survey,
    path: impl AsRef<Path>,
    mode: ReadMode,
    limits: &Limits,
    check_ids: bool,
    mut f: impl FnMut(Response) -> Result<()>,
) -> Result<Streamed> {
    let path = path.as_ref();
    if is_parquet(path) {
        // A record batch at a time.
        #[cfg(feature = "parquet")]
        return crate::arrow::each_arrow(
            survey,
            crate::arrow::parquet_batches_of(survey, path, limits)?,
            &Default::default(),
            mode,
            limits,
            check_ids,
            f,
        );
        #[cfg(not(feature = "parquet"))]
        return Err(no_parquet(path));
    }
    let file = std::fs::File::open(path)
        .map_err(|e| Error::Io { path: path.display().to_string(), message: e.to_string() })?;
    let mut out = Streamed::default();
    let mut seen: HashMap<u128, u64, foldhash::fast::RandomState> = HashMap::default();
    let mut sink = |line: u64, parsed: Result<Response>| -> Result<()> {
        let checked = parsed.and_then(|r| match check_ids {
            false => Ok(r),
            true => match seen.entry(crate::report::id_hash(r.id())) {
                std::collections::hash_map::Entry::Occupied(first) => Err(used_twice(&r, *first.get())),
                std::collections::hash_map::Entry::Vacant(v) => {
                    v.insert(line);
                    Ok(r)
                }
            },
        });
        match checked {
            Ok(r) => {
                out.read += 1;
                f(r)
            }
            Err(e) => reject(mode, &mut out.rejected, line, e),
        }
    };
    if path.extension().is_some_and(|e| e.eq_ignore_ascii_case("csv")) {
        csv_each(survey, file, mode, limits, &mut sink)?;
    } else {
        jsonl_each(survey, std::io::BufReader::new(file), mode, limits, &mut sink)?;
    }
    check_some_valid(out.read, &out.rejected)?;
    Ok(out)
}

/// Rows per chunk of a CSV file counted in bulk by [`count_into`].
const CHUNK_ROWS: usize = 16_384;

/// The records of a chunk, stored by column so that counting reads each column from one block of memory: the cells
/// of column `c` are `text[c]`, cut at `ends[c]` (one end per record; a record of another shape has empty cells).
/// The buffers are kept from chunk to chunk.
#[derive(Default)]
struct ChunkCells {
    /// Per record: `None` when it has the header's number of cells, else what it is instead.
    shapes: Vec<Option<Shape>>,
    text: Vec<String>,
    ends: Vec<Vec<usize>>,
    /// Each record's time, read before the chunk is counted ([`ChunkCells::read_times`]); fewer than the records where
    /// a record is not a row or its time is not one (the chunk is then read row by row).
    times: Vec<crate::Timestamp>,
}

/// The record being read into a chunk: its cells go straight into the chunk's columns.
struct NextRecord<'a> {
    chunk: &'a mut ChunkCells,
    cells: usize,
}

impl CellSink for NextRecord<'_> {
    fn push(&mut self, text: &str) {
        // Cells past the header's number are only counted.
        if let Some(column) = self.chunk.text.get_mut(self.cells) {
            column.push_str(text);
        }
        self.cells += 1;
    }
    fn len(&self) -> usize {
        self.cells
    }
    fn clear(&mut self) {
        self.chunk.drop_record(self.cells);
        self.cells = 0;
    }
}

/// A record that does not have the header's number of cells.
enum Shape {
    /// Not a valid row (see [`CsvRow::Bad`]).
    Bad(String),
    /// A row of this many cells.
    Cells(usize),
}

impl ChunkCells {
    fn clear(&mut self, columns: usize) {
        self.shapes.clear();
        self.times.clear();
        self.text.resize_with(columns, String::new);
        self.ends.resize_with(columns, Vec::new);
        self.text.iter_mut().for_each(String::clear);
        self.ends.iter_mut().for_each(Vec::clear);
    }

    fn len(&self) -> usize {
        self.shapes.len()
    }

    /// Ends the record whose `cells` cells were pushed ([`NextRecord`]): they are kept when there are as many as
    /// columns and `problem` is `None`, else only the record's shape is.
    fn end_record(&mut self, cells: usize, problem: Option<String>) {
        let shape = match problem {
            Some(message) => Some(Shape::Bad(message)),
            None if cells == self.text.len() => None,
            None => Some(Shape::Cells(cells)),
        };
        if shape.is_some() {
            self.drop_record(cells);
        }
        for (text, ends) in self.text.iter().zip(&mut self.ends) {
            ends.push(text.len());
        }
        self.shapes.push(shape);
    }

    /// Removes the text of the unfinished record's first `cells` cells.
    fn drop_record(&mut self, cells: usize) {
        for (text, ends) in self.text.iter_mut().zip(&self.ends).take(cells) {
            text.truncate(ends.last().copied().unwrap_or(0));
        }
    }

    /// Reads each record's time from column `col` into `times`, up to the first record that is not a row or whose
    /// time is not one.
    fn read_times(&mut self, col: usize) {
        self.times.clear();
        if self.shapes.iter().any(Option::is_some) {
            return;
        }
        for row in 0..self.len() {
            match crate::Timestamp::parse(trim(self.cell(row, col))) {
                Ok(t) => self.times.push(t),
                Err(_) => return,
            }
        }
    }

    /// The cell of record `row` in column `col`.
    #[inline]
    fn cell(&self, row: usize, col: usize) -> &str {
        let ends = &self.ends[col];
        &self.text[col][if row == 0 { 0 } else { ends[row - 1] }..ends[row]]
    }

    /// Record `row` as the row reader reads it (`scratch` holds its cells).
    fn response(
        &self,
        survey: &Survey,
        limits: &Limits,
        layout: &CsvLayout,
        row: usize,
        scratch: &mut Vec<String>,
    ) -> Result<Response> {
        match &self.shapes[row] {
            Some(Shape::Bad(message)) => layout.response(survey, limits, CsvRow::Bad(message.clone())),
            Some(Shape::Cells(n)) => Err(layout.shape_error(*n)),
            None => {
                scratch.clear();
                scratch.extend((0..self.text.len()).map(|col| self.cell(row, col).to_owned()));
                layout.response(survey, limits, CsvRow::Cells(scratch))
            }
        }
    }
}

/// The columns of a chunk, kept from chunk to chunk.
#[derive(Default)]
struct ChunkColumns {
    weights: Vec<f64>,
    segments: Vec<(crate::report::Interner, Vec<u32>)>,
    answers: Vec<(crate::report::Interner, Vec<u32>)>,
}

/// Response ids counted so far, with the row where each was first used (when ids are checked).
pub(crate) struct IdLines {
    pub(crate) check: bool,
    first: HashMap<u128, u64, foldhash::fast::RandomState>,
    /// Deferred checking (a strict read of a file that can be read again): the low 64 bits of each counted id's
    /// hash, in row order, but for the first [`IdLines::unhashed`] rows; ids used twice are looked for at the end
    /// ([`count_deferring_ids`]), at most 8 bytes a row.
    deferred: Option<Vec<u64>>,
    /// Where checking is deferred: whether the ids counted came in strictly ascending order, as far as they were
    /// seen ([`IdLines::commit`], [`IdLines::add`]); when every counted id was seen so, none is repeated.
    order: Order,
    /// Where checking is deferred: how many rows, the first counted, were counted without hashing their ids (their
    /// ids were in ascending order, as exports often are). Their hashes are made at the end, reading the ids again,
    /// only where a later id was not above the one before.
    unhashed: usize,
    /// Where checking is deferred: every id from now on is hashed (a row was hashed already).
    hash_all: bool,
}

/// A batch's id hashes as [`IdLines::hashes_of`] gives them (none where they are not needed), and whether its ids
/// go on in ascending order from the last id seen, where that was looked at: what [`IdLines::commit`] records.
pub(crate) struct BatchIds {
    pub(crate) hashes: Vec<u128>,
    goes_on: Option<bool>,
}

impl From<Vec<u128>> for BatchIds {
    /// Hashes alone (the order is looked at when they are committed).
    fn from(hashes: Vec<u128>) -> Self {
        BatchIds { hashes, goes_on: None }
    }
}

/// The order of the ids recorded, as far as they were seen.
#[derive(Default)]
struct Order {
    /// The last id seen.
    last: Option<LastId>,
    /// How many ids were seen, each above the one before.
    rows: usize,
    /// Some id was not above the one before (or of another kind).
    broken: bool,
}

/// An id as the order compares it: text by its bytes, integers by value.
enum LastId {
    Text(String),
    Int(i64),
}

impl Order {
    /// Whether `ids` go on in ascending order from the last id seen (without seeing them).
    fn goes_on(&self, ids: &crate::report::Ids<'_>) -> bool {
        use crate::report::Ids;
        let above = match (&self.last, *ids) {
            (_, Ids::Text([])) | (_, Ids::Int([])) | (None, _) => true,
            (Some(LastId::Text(a)), Ids::Text(t)) => a.as_str() < t[0],
            (Some(LastId::Int(a)), Ids::Int(v)) => *a < v[0],
            _ => false,
        };
        !self.broken && above && ids.ascending()
    }

    /// Sees the next ids (in row order); `goes_on`: what [`Order::goes_on`] says of them, where it was asked already.
    fn see(&mut self, ids: &crate::report::Ids<'_>, goes_on: Option<bool>) {
        use crate::report::Ids;
        if !goes_on.unwrap_or_else(|| self.goes_on(ids)) {
            self.broken = true;
            return;
        }
        match (*ids, &mut self.last) {
            // (The text's buffer is kept from row to row.)
            (Ids::Text([.., id]), Some(LastId::Text(last))) => {
                last.clear();
                last.push_str(id);
            }
            (Ids::Text([.., id]), _) => self.last = Some(LastId::Text((*id).to_owned())),
            (Ids::Int([.., id]), _) => self.last = Some(LastId::Int(*id)),
            _ => {}
        }
        self.rows += ids.len();
    }
}

impl IdLines {
    pub(crate) fn new(check: bool) -> IdLines {
        IdLines {
            check,
            first: HashMap::default(),
            deferred: None,
            order: Order::default(),
            unhashed: 0,
            hash_all: false,
        }
    }

    /// Ids recorded now and checked at the end: for strict reads, where a row used twice ends the read anyway.
    pub(crate) fn deferred() -> IdLines {
        IdLines {
            check: true,
            first: HashMap::default(),
            deferred: Some(Vec::new()),
            order: Order::default(),
            unhashed: 0,
            hash_all: false,
        }
    }

    /// The hashes of a batch's ids, where they are needed: none when ids are not checked, or when checking is
    /// deferred and no row was hashed yet and the ids go on in ascending order. Count the batch, then
    /// [`commit`](Self::commit) them.
    pub(crate) fn hashes_of(&self, ids: &crate::report::Ids<'_>) -> BatchIds {
        if !self.check {
            return Vec::new().into();
        }
        // Where checking is deferred, `commit` sees the order of the ids: it is looked at once, here.
        let goes_on = self.deferred.is_some().then(|| self.order.goes_on(ids));
        let hashes = if goes_on == Some(true) && !self.hash_all { Vec::new() } else { ids.hashes() };
        BatchIds { hashes, goes_on }
    }

    /// Records the ids of a batch just counted (its first row at `first_line`), with what
    /// [`hashes_of`](Self::hashes_of) gave for them.
    pub(crate) fn commit(&mut self, ids: &crate::report::Ids<'_>, batch: BatchIds, first_line: u64) {
        if !self.check {
            return;
        }
        let BatchIds { hashes, goes_on } = batch;
        let rows = ids.len();
        if self.deferred.is_some() {
            self.order.see(ids, goes_on);
            if hashes.len() != rows {
                self.unhashed += rows;
            } else if rows > 0 {
                self.hash_all = true;
            }
        }
        for (i, h) in hashes.into_iter().enumerate() {
            self.record(h, first_line + i as u64);
        }
    }

    /// How many of the first rows counted were counted without hashing their ids (deferred checking).
    pub(crate) fn unhashed(&self) -> usize {
        self.unhashed
    }

    /// Where checking is deferred: the hashes of the first rows' ids, counted without them ([`IdLines::unhashed`]).
    fn add_unhashed(&mut self, hashes: impl IntoIterator<Item = u64>) {
        if let Some(recorded) = &mut self.deferred {
            let before = recorded.len();
            recorded.extend(hashes);
            self.unhashed -= (recorded.len() - before).min(self.unhashed);
        }
    }

    /// Whether a chunk or batch must look for an id repeated within it: only where ids are checked as they are read
    /// (a lenient read); a strict read of a file looks for every repeat at the end, and `--unique-ids` for none.
    pub(crate) fn repeats_within_batch(&self) -> bool {
        self.check && self.deferred.is_none()
    }

    /// The number of rows recorded where checking is deferred.
    pub(crate) fn deferred_len(&self) -> usize {
        self.deferred.as_ref().map_or(0, Vec::len) + self.unhashed
    }

    /// Whether every row recorded (deferred checking) was seen with an id above the one before: none is repeated.
    fn ascending(&self) -> bool {
        !self.order.broken && self.order.rows == self.deferred_len()
    }

    /// Whether an id (by its hash) was counted before; always false when checking is deferred.
    pub(crate) fn seen(&self, h: u128) -> bool {
        self.check && self.deferred.is_none() && self.first.contains_key(&h)
    }

    /// Records the id (by its hash) of the valid response at `line`.
    pub(crate) fn record(&mut self, h: u128, line: u64) {
        match &mut self.deferred {
            Some(hashes) => hashes.push(h as u64),
            None => {
                self.first.insert(h, line);
            }
        }
    }

    /// The hashes (low 64 bits) shared by two counted rows, where checking is deferred: empty when every id is
    /// distinct (equal hashes of different ids are sorted out by reading the ids again).
    pub(crate) fn shared_hashes(&mut self) -> std::collections::HashSet<u64> {
        if self.ascending() {
            return Default::default(); // every id above the one before
        }
        let Some(hashes) = &mut self.deferred else { return Default::default() };
        // Each half sorted on its own (on two threads when large), then the values repeated within a half or found
        // in both: no more memory than the hashes.
        let parallel = !cfg!(target_arch = "wasm32") && hashes.len() >= 1 << 16;
        let half = hashes.len() / 2;
        let (a, b) = hashes.split_at_mut(half);
        if parallel {
            std::thread::scope(|s| {
                let sorting = s.spawn(|| a.sort_unstable());
                b.sort_unstable();
                sorting.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            });
        } else {
            a.sort_unstable();
            b.sort_unstable();
        }
        let repeated = |v: &[u64]| v.windows(2).filter(|w| w[0] == w[1]).map(|w| w[0]).collect::<Vec<_>>();
        let mut shared: std::collections::HashSet<u64> = repeated(a).into_iter().chain(repeated(b)).collect();
        let (mut i, mut j) = (0, 0);
        while i < a.len() && j < b.len() {
            let (x, y) = (a[i], b[j]);
            if x == y {
                shared.insert(x);
            }
            // Without a branch on the order, which is random.
            i += usize::from(x <= y);
            j += usize::from(y <= x);
        }
        shared
    }

    /// Checks and records the id of the response at `line`.
    pub(crate) fn add(&mut self, line: u64, parsed: Result<Response>) -> Result<Response> {
        if let (true, Some(hashes), Ok(r)) = (self.check, &mut self.deferred, &parsed) {
            hashes.push(crate::report::id_hash(r.id()) as u64);
            self.order.see(&crate::report::Ids::Text(&[r.id()]), None);
            self.hash_all = true;
            return parsed;
        }
        parsed.and_then(|r| match self.check {
            false => Ok(r),
            true => match self.first.entry(crate::report::id_hash(r.id())) {
                std::collections::hash_map::Entry::Occupied(first) => Err(used_twice(&r, *first.get())),
                std::collections::hash_map::Entry::Vacant(v) => {
                    v.insert(line);
                    Ok(r)
                }
            },
        })
    }
}

/// Reads a JSONL or CSV file (by extension) into a report accumulator, with the checks, errors, line numbers and
/// strict or lenient handling of [`read_each_with`], in the same bounded memory. A CSV file is counted in chunks of
/// rows, column by column ([`ReportAccumulator::add_batch`](crate::ReportAccumulator::add_batch): each distinct cell
/// of a chunk read once, no [`Response`] made); a chunk with an invalid row, an id used before or support ticket
/// columns is read row by row instead, which gives the same counts and the row's error. The accumulator's own id
/// check (if it has one) applies as well.
pub fn count_into(
    survey: &Survey,
    path: impl AsRef<Path>,
    mode: ReadMode,
    limits: &Limits,
    check_ids: bool,
    acc: &mut crate::ReportAccumulator,
) -> Result<Streamed> {
    let path = path.as_ref();
    if is_parquet(path) {
        #[cfg(feature = "parquet")]
        return crate::arrow::count_parquet_into(survey, path, mode, limits, check_ids, acc);
        #[cfg(not(feature = "parquet"))]
        return Err(no_parquet(path));
    }
    if !path.extension().is_some_and(|e| e.eq_ignore_ascii_case("csv")) {
        return read_each_with(survey, path, mode, limits, check_ids, |r| acc.add(&r));
    }
    count_csv_file_into(survey, path, mode, limits, check_ids, CHUNK_ROWS, acc)
}

/// Counts the CSV file at `path` into a report accumulator in chunks of `chunk_rows` rows, as [`count_into`] does
/// with chunks of 16,384 rows (any chunk size gives the same counts, errors and rejections). A strict read that
/// checks ids keeps at most 8 bytes a row for that check (none while the ids ascend) and reads the file again, at
/// the end, only to name the row that uses an id twice; so the file must not change while it is read.
pub fn count_csv_file_into(
    survey: &Survey,
    path: impl AsRef<Path>,
    mode: ReadMode,
    limits: &Limits,
    check_ids: bool,
    chunk_rows: usize,
    acc: &mut crate::ReportAccumulator,
) -> Result<Streamed> {
    let path = path.as_ref();
    let open = || {
        std::fs::File::open(path).map_err(|e| Error::Io { path: path.display().to_string(), message: e.to_string() })
    };
    if mode == ReadMode::Lenient || !check_ids {
        return count_csv_into(survey, open()?, mode, limits, check_ids, chunk_rows, acc);
    }
    count_csv_deferring(survey, open, limits, chunk_rows, acc)
}

/// A strict read of the CSV file `open` opens, counted in chunks of `chunk_rows` rows, that looks for an id used
/// twice at the end ([`count_deferring_ids`]).
fn count_csv_deferring<R: std::io::Read + Send>(
    survey: &Survey,
    open: impl Fn() -> Result<R>,
    limits: &Limits,
    chunk_rows: usize,
    acc: &mut crate::ReportAccumulator,
) -> Result<Streamed> {
    count_deferring_ids(
        |ids| count_csv(survey, open()?, ReadMode::Strict, limits, ids, chunk_rows, acc),
        || {
            let mut csv = CsvReader::new(std::io::BufReader::new(open()?), limits.line_bytes, ReadMode::Strict);
            let id_col = CsvLayout::read(survey, &mut csv)?.id_col;
            Ok(std::iter::from_fn(move || match csv.next_record() {
                Ok(Some(CsvRow::Cells(cells))) => Some(Ok(Some(cells.get(id_col).map_or("", |c| c.trim()).to_owned()))),
                Ok(_) => None,
                Err(e) => Some(Err(e)),
            }))
        },
    )
}

/// A strict read of a file that ends at the first id used twice: `count` records at most 8 bytes per row
/// ([`IdLines::deferred`]; nothing while the ids ascend) instead of a map of every id seen, and when two counted rows
/// share an id's hash, `reread` gives every row's id again, in file order (`None` for a row without one), to name the
/// first row that reuses an id (and, first, to hash the ids of the ascending rows where a later id did not ascend).
/// The rows counted are those before the end of the read or its error, so an id they use twice is met first.
pub(crate) fn count_deferring_ids<I: Iterator<Item = Result<Option<String>>>>(
    count: impl FnOnce(&mut IdLines) -> Result<Streamed>,
    reread: impl Fn() -> Result<I>,
) -> Result<Streamed> {
    let mut ids = IdLines::deferred();
    let read = count(&mut ids);
    let counted = ids.deferred_len() as u64;
    if ids.unhashed() > 0 && !ids.ascending() {
        // The first rows' ids were not hashed (they were in ascending order): hashed now.
        let mut hashes = Vec::with_capacity(ids.unhashed());
        for id in reread()?.take(ids.unhashed()) {
            hashes.push(id?.map_or(0, |id| crate::report::id_hash(&id) as u64));
        }
        ids.add_unhashed(hashes);
    }
    let shared = ids.shared_hashes();
    if shared.is_empty() {
        return read;
    }
    let mut first: HashMap<String, u64> = HashMap::new();
    for (line, id) in (1..=counted).zip(reread()?) {
        let Some(id) = id? else { continue };
        if !shared.contains(&(crate::report::id_hash(&id) as u64)) {
            continue;
        }
        match first.get(&id) {
            Some(&earlier) => return Err(used_twice_id(&id, earlier).at_line(line)),
            None => {
                first.insert(id, line);
            }
        }
    }
    // Equal hashes of different ids.
    read
}

/// Counts one row that the bulk path left to the row reader: its id checked, then added to `acc`, or rejected as
/// `mode` says.
pub(crate) fn count_row(
    out: &mut Streamed,
    mode: ReadMode,
    ids: &mut IdLines,
    line: u64,
    parsed: Result<Response>,
    acc: &mut crate::ReportAccumulator,
) -> Result<()> {
    match ids.add(line, parsed) {
        Ok(r) => {
            out.read += 1;
            acc.add(&r)
        }
        Err(e) => reject(mode, &mut out.rejected, line, e),
    }
}

/// Counts CSV text into a report accumulator in chunks of `chunk_rows` rows (see [`count_into`]; any chunk size
/// gives the same counts, errors and rejections).
pub fn count_csv_into(
    survey: &Survey,
    reader: impl std::io::Read + Send,
    mode: ReadMode,
    limits: &Limits,
    check_ids: bool,
    chunk_rows: usize,
    acc: &mut crate::ReportAccumulator,
) -> Result<Streamed> {
    count_csv(survey, reader, mode, limits, &mut IdLines::new(check_ids), chunk_rows, acc)
}

fn count_csv(
    survey: &Survey,
    reader: impl std::io::Read + Send,
    mode: ReadMode,
    limits: &Limits,
    ids: &mut IdLines,
    chunk_rows: usize,
    acc: &mut crate::ReportAccumulator,
) -> Result<Streamed> {
    let chunk_rows = chunk_rows.max(1);
    let mut csv = CsvReader::new(std::io::BufReader::new(reader), limits.line_bytes, mode);
    let layout = CsvLayout::read(survey, &mut csv)?;
    // One thread reads and splits the records of the next chunk while this one counts the last: two chunks in
    // memory at most, in file order (the counts do not depend on the threads).
    std::thread::scope(|scope| {
        let (full, chunks) = std::sync::mpsc::sync_channel::<Chunk>(1);
        let (recycle, spare) = std::sync::mpsc::channel::<ChunkCells>();
        let columns = layout.columns;
        scope.spawn(move || loop {
            let mut rows = spare.try_recv().unwrap_or_default();
            let failed = fill_chunk(&mut csv, &mut rows, columns, chunk_rows);
            let last = rows.len() < chunk_rows || failed.is_some();
            // The counting side stops at an error in strict mode and hangs up: then stop reading too.
            if full.send(Chunk { rows, failed }).is_err() || last {
                return;
            }
        });
        count_chunks(survey, &layout, mode, limits, ids, chunks, recycle, acc)
    })
}

/// Rows read by the reading thread of [`count_csv_into`], and the reading error that ended them, if any.
struct Chunk {
    rows: ChunkCells,
    failed: Option<Error>,
}

/// Reads up to `chunk_rows` records of `columns` cells into `rows`; the reading error (an unclosed quote) that ended
/// them early, if any.
fn fill_chunk<R: BufRead>(
    csv: &mut CsvReader<R>,
    rows: &mut ChunkCells,
    columns: usize,
    chunk_rows: usize,
) -> Option<Error> {
    rows.clear(columns);
    while rows.len() < chunk_rows {
        let mut record = NextRecord { chunk: rows, cells: 0 };
        match csv.read_record(&mut record) {
            Err(e) => {
                record.clear();
                return Some(e);
            }
            Ok(None) => break,
            Ok(Some(problem)) => {
                let cells = record.cells;
                rows.end_record(cells, problem);
            }
        }
    }
    None
}

/// The counting side of [`count_csv_into`]: each chunk in bulk, or row by row when it must be; a reading error after
/// the rows before it, as reading row by row gives it.
#[allow(clippy::too_many_arguments)]
fn count_chunks(
    survey: &Survey,
    layout: &CsvLayout,
    mode: ReadMode,
    limits: &Limits,
    ids: &mut IdLines,
    chunks: std::sync::mpsc::Receiver<Chunk>,
    recycle: std::sync::mpsc::Sender<ChunkCells>,
    acc: &mut crate::ReportAccumulator,
) -> Result<Streamed> {
    let mut out = Streamed::default();
    let mut columns = ChunkColumns::default();
    let mut line = 0u64;
    let mut scratch = Vec::new();
    while let Ok(Chunk { mut rows, failed }) = chunks.recv() {
        rows.read_times(layout.time_col);
        let first_line = line + 1;
        let len = rows.len();
        line += len as u64;
        if len == 0 {
            // Nothing before the error, or the end.
        } else if count_chunk(survey, limits, layout, &rows, &mut columns, ids, first_line, acc)? {
            out.read += len as u64;
        } else {
            for i in 0..len {
                let parsed = rows.response(survey, limits, layout, i, &mut scratch);
                count_row(&mut out, mode, ids, first_line + i as u64, parsed, acc)?;
            }
        }
        if let Some(e) = failed {
            return Err(e);
        }
        let _ = recycle.send(rows);
    }
    check_some_valid(out.read, &out.rejected)?;
    Ok(out)
}

/// `s.trim()`, without decoding characters when the first and last bytes are printable ASCII (Unicode white space
/// in ASCII is at or below the space).
#[inline]
pub(crate) fn trim(s: &str) -> &str {
    match (s.as_bytes().first(), s.as_bytes().last()) {
        (Some(&a), Some(&b)) if (0x21..0x80).contains(&a) && (0x21..0x80).contains(&b) => s,
        _ => s.trim(),
    }
}

/// Counts a chunk of rows in bulk, as [`CsvLayout::response`] reads each row; false (nothing counted) when some row
/// is not one the bulk path reads (an invalid row, an id seen before, support ticket columns).
#[allow(clippy::too_many_arguments)]
fn count_chunk(
    survey: &Survey,
    limits: &Limits,
    layout: &CsvLayout,
    chunk: &ChunkCells,
    columns: &mut ChunkColumns,
    ids: &mut IdLines,
    first_line: u64,
    acc: &mut crate::ReportAccumulator,
) -> Result<bool> {
    use crate::report::{AnswerCells, Batch, Bulk, Ids, Segment, Times, MISSING};
    if !layout.ticket_cols.is_empty() || chunk.shapes.iter().any(Option::is_some) {
        return Ok(false);
    }
    let rows = chunk.len();
    if chunk.times.len() != rows {
        return Ok(false);
    }
    let ChunkColumns { weights, segments, answers } = columns;
    weights.clear();
    segments.resize_with(layout.segment_cols.len(), Default::default);
    answers.resize_with(layout.question_cols.len(), Default::default);
    let mut id_refs: Vec<&str> = Vec::with_capacity(chunk.len());
    for row in 0..rows {
        let id = trim(chunk.cell(row, layout.id_col));
        if id.is_empty() {
            return Ok(false);
        }
        if let Some(c) = layout.survey_col {
            let s = trim(chunk.cell(row, c));
            if !s.is_empty() && s != survey.id() {
                return Ok(false);
            }
        }
        if let Some(c) = layout.weight_col {
            match trim(chunk.cell(row, c)) {
                "" => weights.push(f64::NAN),
                w => match w.parse::<f64>() {
                    // NaN is the batch's "no weight": a weight written as NaN is the row reader's to refuse.
                    Ok(v) if !v.is_nan() => weights.push(v),
                    _ => return Ok(false),
                },
            }
        }
        id_refs.push(id);
    }
    let hashes = ids.hashes_of(&Ids::Text(&id_refs));
    if hashes.hashes.iter().any(|&h| ids.seen(h)) {
        return Ok(false);
    }
    for ((interner, codes), (col, _)) in segments.iter_mut().zip(&layout.segment_cols) {
        interner.clear();
        codes.clear();
        codes.extend((0..rows).map(|row| match trim(chunk.cell(row, *col)) {
            "" => MISSING,
            label => interner.code(label),
        }));
    }
    for ((interner, codes), &(col, q)) in answers.iter_mut().zip(&layout.question_cols) {
        interner.clear();
        codes.clear();
        let text = survey.questions()[q].kind == crate::QuestionKind::Text;
        for row in 0..rows {
            let raw = chunk.cell(row, col);
            if trim(raw).is_empty() {
                codes.push(MISSING);
                continue;
            }
            if text && raw.len() as u64 > limits.text_bytes {
                return Ok(false);
            }
            codes.push(interner.code(raw));
        }
    }
    let labels: Vec<Vec<Option<String>>> =
        segments.iter().map(|(i, _)| i.values().iter().map(|v| Some(v.clone())).collect()).collect();
    let values: Vec<Vec<Value>> =
        answers.iter().map(|(i, _)| i.values().iter().map(|v| Value::String(v.clone())).collect()).collect();
    let batch = Batch {
        rows: chunk.len(),
        ids: Ids::Text(&id_refs),
        times: Times::At(&chunk.times),
        weights: layout.weight_col.map(|_| weights.as_slice()),
        segments: layout
            .segment_cols
            .iter()
            .zip(segments.iter())
            .zip(&labels)
            .map(|(((_, name), (_, codes)), labels)| Segment { name, codes, labels })
            .collect(),
        answers: layout
            .question_cols
            .iter()
            .zip(answers.iter())
            .zip(&values)
            .map(|((&(_, q), (_, codes)), values)| (q, AnswerCells::Coded { codes, values }))
            .collect(),
    };
    if acc.add_batch_with(&batch, ids.repeats_within_batch(), crate::report::SPLIT_BESIDE_A_READER)? == Bulk::Rows {
        return Ok(false);
    }
    ids.commit(&batch.ids, hashes, first_line);
    Ok(true)
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

    /// The streaming reader hands over exactly the responses the collecting reader keeps, and fails or skips with
    /// the same errors, from JSONL and from CSV.
    #[test]
    fn reading_one_at_a_time_reads_what_collecting_reads() {
        let s = survey();
        let dir = std::env::temp_dir().join(format!("oes-read-each-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let jsonl = "{\"id\":\"r1\",\"submitted_at\":\"2025-01-01T00:00:00Z\",\"answers\":{\"n\":9,\"m\":[\"a\"]}}\n\n\
                     {\"id\":\"r2\",\"submitted_at\":\"2025-01-01T00:00:00Z\",\"answers\":{\"n\":12}}\n\
                     {\"id\":\"r3\",\"submitted_at\":\"2025-01-02T00:00:00+02:00\",\"weight\":2,\"answers\":{\"y\":true}}\n\
                     {\"id\":\"r1\",\"submitted_at\":\"2025-01-01T00:00:00Z\",\"answers\":{}}\n";
        let csv = "id,submitted_at,store,n,y,m,t\nr1,2025-01-01T00:00:00Z,A,9,yes,a,fine\n\
                   r2,2025-01-01T00:00:00Z,B,12,,,\nr3,2025-01-02T00:00:00Z,A,,no,a;b,\nr1,2025-01-03T00:00:00Z,A,1,,,\n";
        for (name, data) in [("r.jsonl", jsonl), ("r.csv", csv)] {
            let path = dir.join(name);
            std::fs::write(&path, data).unwrap();
            let limits = Limits::default();
            for mode in [ReadMode::Strict, ReadMode::Lenient] {
                let collected = read_responses_with(&s, &path, mode, &limits);
                let mut each = Vec::new();
                let streamed = read_each_with(&s, &path, mode, &limits, true, |r| {
                    each.push(r);
                    Ok(())
                });
                match (collected, streamed) {
                    (Ok(c), Ok(st)) => {
                        assert_eq!(c.responses, each, "{name}");
                        assert_eq!(st.read, each.len() as u64);
                        let messages = |v: &[Error]| v.iter().map(ToString::to_string).collect::<Vec<_>>();
                        assert_eq!(messages(&c.rejected), messages(&st.rejected), "{name}");
                        assert_eq!(st.rejected.len(), 2, "{name}");
                    }
                    (Err(c), Err(st)) => assert_eq!(c.to_string(), st.to_string(), "{name}"),
                    (c, st) => panic!("{name}: {c:?} vs {st:?}"),
                }
            }
            // An error of the callback stops the read.
            let mut calls = 0;
            // Without the id check, the second "r1" is handed over too (in strict mode "r2" still stops the read).
            let mut ids = Vec::new();
            read_each_with(&s, &path, ReadMode::Lenient, &limits, false, |r| {
                ids.push(r.id().to_owned());
                Ok(())
            })
            .unwrap();
            assert_eq!(ids, ["r1", "r3", "r1"], "{name}");
            let stopped = read_each_with(&s, &path, ReadMode::Lenient, &limits, true, |_| {
                calls += 1;
                Err(Error::param("responses", "enough"))
            });
            assert!(stopped.unwrap_err().to_string().contains("enough") && calls == 1);
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }

    /// A CSV cell of the generated rows: mostly valid, sometimes not.
    fn csv_rows() -> impl proptest::strategy::Strategy<Value = Vec<(u8, u8, u8, u8, u8, u8, u8)>> {
        use proptest::prelude::*;
        // The last field picks the comment, or a row of another shape (one cell more or less, a stray quote, a
        // byte that is not UTF-8, a quoted cell over two lines).
        prop::collection::vec((0u8..60, 0u8..60, 0u8..8, 0u8..24, 0u8..10, 0u8..12, 0u8..14), 0..40)
    }

    /// The rows as CSV; with `shapes` false, rows of another shape get a plain comment instead.
    fn csv_text(rows: &[(u8, u8, u8, u8, u8, u8, u8)], shapes: bool) -> Vec<u8> {
        let mut text = b"id,submitted_at,weight,store,n,y,m,t\n".to_vec();
        for &(id, day, weight, n, y, m, t) in rows {
            let id = if id == 0 { " ".to_owned() } else { format!("r{id}") };
            let time = if day == 0 {
                "yesterday".to_owned()
            } else {
                format!("2025-0{}-{:02}T10:00:00+01:00", 1 + day % 3, 1 + day % 28)
            };
            let weight = ["", "2", "0.5", "", "1", "", "3", "NaN"][weight as usize];
            let store = ["A", "", " B ", "A"][(day % 4) as usize];
            let n = if n > 10 {
                if n == 23 {
                    "x".to_owned()
                } else {
                    String::new()
                }
            } else {
                n.to_string()
            };
            let y = ["yes", "no", "", "TRUE", "no", "yes", "", "n", "y", "maybe"][y as usize];
            let m = ["a", "a;b", "", "b ; a", "c", "\"a;b\"", "a", "b", "", "a", "b", "a;b"][m as usize];
            let row = format!("{id},{time},{weight},{store},{n},{y},{m}");
            text.extend_from_slice(row.as_bytes());
            let t = if shapes { t } else { t % 8 };
            let short = t == 13;
            let t: &[u8] = match t {
                0..=7 => ["fine", "", "  ", "\"ok, thanks\"", "très bien", "x", "good", "long text here"][t as usize]
                    .as_bytes(),
                8 => b"x,one more",
                9 => b"a \"b",
                10 => b"\"a\" b",
                11 => b"not \xff UTF-8",
                12 => b"\"two\nlines\"",
                _ => b"",
            };
            if !short {
                text.push(b',');
            }
            text.extend_from_slice(t);
            text.push(b'\n');
        }
        text
    }

    /// Where every counted id was above the one before (in batches or row by row), nothing is hashed or sorted,
    /// even where the hashes given are equal (a false alarm: the ids differ); any other order sorts the hashes,
    /// which finds the repeats.
    #[test]
    fn ids_seen_in_ascending_order_are_not_sorted() {
        use crate::report::Ids;
        let s = survey();
        let response = |id: &str| {
            Response::from_json(&s, &format!(r#"{{"id":"{id}","submitted_at":"2025-01-01T00:00:00Z","answers":{{}}}}"#))
        };
        // Text ids in batches, each batch's hashes given (one equal pair among them); then one row `row` alone.
        let shared = |batches: &[&[&str]], hashes: &[u128], row: Option<&str>| {
            let mut ids = IdLines::deferred();
            let mut hashes = hashes.iter().copied();
            for batch in batches {
                ids.commit(&Ids::Text(batch), hashes.by_ref().take(batch.len()).collect::<Vec<_>>().into(), 1);
            }
            if let Some(id) = row {
                ids.add(9, response(id)).unwrap();
            }
            ids.shared_hashes()
        };
        let equal = [5u128, 6, 5, 8];
        assert!(shared(&[&["a", "b"], &["c", "d"]], &equal, None).is_empty());
        assert!(shared(&[&["a", "b"], &["c", "d"]], &equal, Some("e")).is_empty());
        // Not above the one before: within a batch, across two, or the row read alone; equal ids.
        let five = std::collections::HashSet::from([5u64]);
        assert_eq!(shared(&[&["a", "c"], &["b", "d"]], &equal, None), five);
        assert_eq!(shared(&[&["b", "a"], &["c", "d"]], &equal, None), five);
        assert_eq!(shared(&[&["a", "b"], &["c", "d"]], &equal, Some("d")), five);
        assert_eq!(shared(&[&["a", "b"], &["b", "d"]], &equal, None), five);
        // Integers compare by value; ids of two kinds are not in order.
        let mut ids = IdLines::deferred();
        ids.commit(&Ids::Int(&[9, 10]), vec![5, 5].into(), 1);
        ids.commit(&Ids::Int(&[11]), vec![7].into(), 3);
        assert!(ids.shared_hashes().is_empty());
        let mut ids = IdLines::deferred();
        ids.commit(&Ids::Int(&[9]), vec![5].into(), 1);
        ids.commit(&Ids::Text(&["10"]), vec![5].into(), 2);
        assert_eq!(ids.shared_hashes(), five);
        // Ascending ids need no hashes; ids not checked, none at all; deferred or not, others do.
        let mut ids = IdLines::deferred();
        assert!(ids.hashes_of(&Ids::Text(&["a", "b"])).hashes.is_empty());
        ids.commit(&Ids::Text(&["a", "b"]), Vec::new().into(), 1);
        assert!(ids.hashes_of(&Ids::Text(&["c"])).hashes.is_empty());
        assert_eq!(ids.hashes_of(&Ids::Text(&["b"])).hashes.len(), 1);
        assert_eq!(ids.hashes_of(&Ids::Text(&["d", "c"])).hashes.len(), 2);
        assert_eq!((ids.unhashed(), ids.deferred_len()), (2, 2));
        // The order `hashes_of` looked at is the one `commit` records.
        for (batches, ascending) in [
            (&[&["a", "b"][..], &["c"], &["d", "e"]][..], true),
            (&[&["a", "b"][..], &["c"], &["e", "d"]][..], false),
            (&[&["a", "c"][..], &["b"]][..], false),
        ] {
            let mut ids = IdLines::deferred();
            for batch in batches {
                let hashes = ids.hashes_of(&Ids::Text(batch));
                ids.commit(&Ids::Text(batch), hashes, 1);
            }
            assert_eq!(ids.ascending(), ascending, "{batches:?}");
        }
        assert!(IdLines::new(false).hashes_of(&Ids::Text(&["b", "a"])).hashes.is_empty());
        assert_eq!(IdLines::new(true).hashes_of(&Ids::Text(&["a", "b"])).hashes.len(), 2);
    }

    proptest::proptest! {
        /// A strict read of a CSV file that looks for ids used twice at the end (the first chunks' ids not hashed
        /// while they ascend, hashed from the file again when a later id does not) counts and fails as the read
        /// that keeps every id seen: the same report, or the same error naming the same row.
        #[test]
        fn deferred_id_checks_find_what_checking_each_id_finds(
            n in 1usize..40, order in 0usize..4, twice in proptest::option::of((0usize..40, 0usize..40)), chunk in 1usize..6,
        ) {
            let s = survey();
            let mut ids: Vec<usize> = (0..n).map(|i| 1000 + 3 * i).collect();
            match order {
                0 => {}                                  // ascending
                1 => ids[n * 2 / 3..].reverse(),         // ascending, then not
                2 => ids.reverse(),                      // descending
                _ => ids.sort_by_key(|i| (i * 7919) % 101), // no order
            }
            if let Some((i, j)) = twice.map(|(i, j)| (i % n, j % n)).filter(|(i, j)| i != j) {
                ids[j] = ids[i];
            }
            let mut text = "id,submitted_at,n\n".to_owned();
            for (row, id) in ids.iter().enumerate() {
                text.push_str(&format!("r{id},2025-01-{:02}T10:00:00Z,{}\n", 1 + row % 28, row % 11));
            }
            // (The accumulator does not look for ids used twice itself: the reads must.)
            let grouping = crate::report::Grouping { check_ids: false, ..crate::report::Grouping::default().every(crate::Every::Week) };
            let limits = Limits::default();
            let count = |deferring: bool| {
                let mut acc = crate::ReportAccumulator::new(s.clone(), &grouping).unwrap();
                let read = if deferring {
                    count_csv_deferring(&s, || Ok(text.as_bytes()), &limits, chunk, &mut acc)
                } else {
                    count_csv_into(&s, text.as_bytes(), ReadMode::Strict, &limits, true, chunk, &mut acc)
                };
                read.map(|r| r.read).map_err(|e| e.to_string()).map(|_| acc.finish(&Default::default()).map_err(|e| e.to_string()))
            };
            proptest::prop_assert_eq!(count(true), count(false));
        }
    }

    /// The hashes shared by two rows, as sorting them all finds them: small inputs (one thread) and large ones (two),
    /// with repeats within either half and across them.
    #[test]
    fn shared_hashes_are_the_repeated_ones() {
        let mut state = 0x2545_F491_4F6C_DD1Du64;
        for n in [0usize, 1, 2, 3, 10, 1000, 1 << 16, (1 << 17) + 7] {
            let mut hashes: Vec<u64> = (0..n)
                .map(|_| {
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    state
                })
                .collect();
            // Repeats: within the first half, within the second, across the two, and three times.
            if n >= 10 {
                let (h, q) = (n / 2, n / 4);
                hashes[1] = hashes[0];
                hashes[n - 1] = hashes[n - 2];
                hashes[h + q] = hashes[q];
                hashes[h + 1] = hashes[5];
                hashes[6] = hashes[5];
            }
            let mut sorted = hashes.clone();
            sorted.sort_unstable();
            let expected: std::collections::HashSet<u64> =
                sorted.windows(2).filter(|w| w[0] == w[1]).map(|w| w[0]).collect();
            let mut ids = IdLines::deferred();
            ids.deferred.as_mut().unwrap().extend(&hashes);
            let shared = ids.shared_hashes();
            assert_eq!(shared, expected, "{n} hashes");
            assert_eq!(shared.len(), if n >= 10 { 4 } else { 0 }, "{n} hashes");
        }
    }

    proptest::proptest! {
        #[test]
        fn the_fast_trim_is_trim(s in "\\PC{0,6}|[ \t\u{b}\u{a0}\u{2003}a-z!~]{0,6}") {
            proptest::prop_assert_eq!(trim(&s), s.trim());
        }

        /// Counting a CSV file in chunks gives what reading it one response at a time gives: the same report, the
        /// same errors and rejections, whatever the chunk size.
        #[test]
        fn counting_in_chunks_counts_what_reading_one_at_a_time_counts(
            rows in csv_rows(), chunk in 1usize..9, lenient in proptest::bool::ANY, check_ids in proptest::bool::ANY,
            text_bytes in 4u64..20, short_lines in proptest::bool::ANY, shapes in proptest::bool::ANY,
        ) {
            use crate::report::{Grouping, ResultOptions};
            let s = survey();
            let dir = std::env::temp_dir().join(format!("oes-chunks-{}-{:?}", std::process::id(), std::thread::current().id()));
            std::fs::create_dir_all(&dir).unwrap();
            let path = dir.join("r.csv");
            std::fs::write(&path, csv_text(&rows, shapes)).unwrap();
            let mode = if lenient { ReadMode::Lenient } else { ReadMode::Strict };
            // Rows are 50-80 bytes: a limit of 64 makes some too long.
            let line_bytes = if short_lines { 64 } else { Limits::default().line_bytes };
            let limits = Limits { text_bytes, line_bytes, ..Limits::default() };
            let grouping = Grouping::default().by(["store"]).every(crate::Every::Month);
            let mut one = crate::ReportAccumulator::new(s.clone(), &grouping).unwrap();
            let expected = read_each_with(&s, &path, mode, &limits, check_ids, |r| one.add(&r));
            let mut chunked = crate::ReportAccumulator::new(s.clone(), &grouping).unwrap();
            let got = count_csv_into(&s, std::fs::File::open(&path).unwrap(), mode, &limits, check_ids, chunk, &mut chunked);
            // The path's read (strict: ids used twice looked for at the end) agrees too.
            let mut by_path = crate::ReportAccumulator::new(s.clone(), &grouping).unwrap();
            let from_path = count_into(&s, &path, mode, &limits, check_ids, &mut by_path);
            proptest::prop_assert_eq!(
                from_path.as_ref().map(|r| r.read).map_err(ToString::to_string),
                got.as_ref().map(|r| r.read).map_err(ToString::to_string)
            );
            if from_path.is_ok() {
                proptest::prop_assert_eq!(&by_path, &chunked);
            }
            match (expected, got) {
                (Ok(e), Ok(g)) => {
                    proptest::prop_assert_eq!(e.read, g.read);
                    let messages = |v: &[Error]| v.iter().map(ToString::to_string).collect::<Vec<_>>();
                    proptest::prop_assert_eq!(messages(&e.rejected), messages(&g.rejected));
                    let finish = |a: &crate::ReportAccumulator| a.finish(&ResultOptions::default()).map_err(|e| e.to_string());
                    proptest::prop_assert_eq!(finish(&one), finish(&chunked));
                }
                (Err(e), Err(g)) => proptest::prop_assert_eq!(e.to_string(), g.to_string()),
                (e, g) => proptest::prop_assert!(false, "{:?} vs {:?}", e.map(|s| s.read), g.map(|s| s.read)),
            }
        }
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
