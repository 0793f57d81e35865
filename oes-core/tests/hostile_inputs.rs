//! Hostile values in otherwise valid inputs, on stable Rust: where `fuzz_inputs.rs` mutates bytes, this test edits
//! the structure of the fuzz seeds (`fuzz/seeds/`): one JSON value of a survey, a response line, a serialised
//! accumulator or a head file's calibration is replaced by a huge or odd number, a deep nesting, a hostile string or a wrong type, a key is given
//! twice, a CSV cell or header is replaced or a byte order mark put in front. The invariants are the fuzz targets'
//! (`fuzz/checks.rs`): no panic, strict reads only what lenient reads without rejections, a lenient read accounts for
//! each record at most once, a survey reads back from its own JSON, an accumulator split in two and merged gives the
//! same report, with no NaN or infinite figure; a calibration that is accepted gives scores, confidences and
//! polarities in their ranges.

#[path = "../../fuzz/checks.rs"]
mod checks;

use std::path::Path;

use oes_core::io::{read_jsonl, ReadMode};
use oes_core::ReportAccumulator;
use proptest::prelude::*;
use serde_json::Value;

fn seed(target: &str, name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz/seeds").join(target).join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A serialised accumulator over the seed responses.
fn accumulator_seed() -> Vec<u8> {
    let survey = checks::survey();
    let jsonl = seed("responses_jsonl", "four.jsonl");
    let responses = read_jsonl(&survey, &jsonl[..], ReadMode::Strict).unwrap().responses;
    let mut acc = ReportAccumulator::new(survey.clone(), &checks::options().grouping).unwrap();
    acc.add_all(&responses).unwrap();
    serde_json::to_vec(&acc).unwrap()
}

/// JSON texts that a parser or a checker may meet at any place of a value.
fn hostile_json() -> impl Strategy<Value = String> {
    let fixed = prop::sample::select(vec![
        "18446744073709551616",
        "-9223372036854775809",
        "9007199254740993",
        "1e400",
        "-1e400",
        "1e-400",
        "-0",
        "0.1e1",
        "4.0000000000000001",
        "1E2",
        "null",
        "true",
        "[]",
        "{}",
        "\"\"",
        "\"\\u0000\"",
        "\"\\ufeff9\"",
        "\"\\ud800\"",
        "\"9\"",
        "\" 9 \"",
        "\"2025-02-30T00:00:00Z\"",
        "\"9999-12-31T23:59:59+14:00\"",
        "\"0000-01-01T00:00:00-14:00\"",
        "\"2025-01-14T09:30:00+01:00\"",
    ]);
    prop_oneof![
        4 => fixed.prop_map(str::to_owned),
        1 => (1usize..2000).prop_map(|n| format!("{}1{}", "[".repeat(n), "]".repeat(n))),
        1 => (1usize..2000).prop_map(|n| format!("{}1{}", "{\"a\":".repeat(n), "}".repeat(n))),
        1 => (0usize..200_000).prop_map(|n| format!("\"{}\"", "é".repeat(n))),
        1 => any::<i64>().prop_map(|n| n.to_string()),
        1 => any::<f64>().prop_map(|x| format!("{x:e}")),
    ]
}

/// Every value of a JSON document, in document order (the root first).
fn places(v: &Value) -> usize {
    1 + match v {
        Value::Array(a) => a.iter().map(places).sum(),
        Value::Object(o) => o.values().map(places).sum(),
        _ => 0,
    }
}

const MARK: &str = "\u{1}hostile";

/// Replaces the `n`-th value (document order) by a mark, or gives its object a key named like its first one whose
/// value is the mark (`duplicate`); returns whether a mark was placed.
fn place_mark(v: &mut Value, n: &mut usize, duplicate: bool) -> bool {
    if *n == 0 {
        if duplicate {
            if let Value::Object(o) = v {
                if let Some(first) = o.keys().next().cloned() {
                    o.insert(format!("{MARK}dup{first}"), Value::Null);
                    return true;
                }
            }
        }
        *v = Value::String(MARK.to_owned());
        return true;
    }
    *n -= 1;
    match v {
        Value::Array(a) => a.iter_mut().any(|c| place_mark(c, n, duplicate)),
        Value::Object(o) => o.values_mut().any(|c| place_mark(c, n, duplicate)),
        _ => false,
    }
}

/// The JSON text with the `at`-th value replaced by `hostile` (raw JSON text), or with a key of that object given a
/// second time with `hostile` as its value.
fn edit_json(text: &[u8], at: usize, duplicate: bool, hostile: &str) -> Vec<u8> {
    let mut v: Value = serde_json::from_slice(text).expect("the seeds are JSON");
    let mut n = at % places(&v);
    assert!(place_mark(&mut v, &mut n, duplicate));
    let marked = serde_json::to_string(&v).unwrap();
    let mark = serde_json::to_string(MARK).unwrap();
    let out = match marked.find(&format!("{}dup", &mark[..mark.len() - 1])) {
        // `"<mark>dupKEY":null` becomes `"KEY":<hostile>`.
        Some(at) => {
            let end = at + marked[at..].find("\":null").unwrap();
            let key = &marked[at + mark.len() - 1 + 3..end];
            format!("{}\"{key}\":{hostile}{}", &marked[..at], &marked[end + 6..])
        }
        None => marked.replacen(&mark, hostile, 1),
    };
    out.into_bytes()
}

/// One line of a JSONL text edited, the others kept.
fn edit_jsonl(text: &[u8], line: usize, at: usize, duplicate: bool, hostile: &str) -> Vec<u8> {
    let lines: Vec<&[u8]> = text.split(|&b| b == b'\n').filter(|l| !l.is_empty()).collect();
    let line = line % lines.len();
    let mut out = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        if i == line {
            out.extend(edit_json(l, at, duplicate, hostile));
        } else {
            out.extend_from_slice(l);
        }
        out.push(b'\n');
    }
    out
}

/// CSV cell texts (raw, as they stand in the file) at the readers' edges.
fn hostile_cell() -> impl Strategy<Value = Vec<u8>> {
    let fixed = prop::sample::select(vec![
        &b"\""[..],
        b"\"\"",
        b"\"\"\"\"",
        b"a\"b",
        b"\"a\"b\"",
        b"\"a,b\"",
        b"\"a\nb\"",
        b"\"a\r\nb\"",
        b"\"open",
        b" \"x\" ",
        b"\xEF\xBB\xBF9",
        b"\xFF",
        b"\0",
        b"\r",
        b" ",
        b"99999999999999999999",
        b"-0",
        b"+9",
        b" 9 ",
        b"9.0",
        b"1e1",
        b"NaN",
        b"inf",
        b"YES",
        b"x;x;y",
        b";",
        b"x;;y",
        b"2025-02-30T00:00:00Z",
        b"9999-12-31T23:59:59+14:00",
        b"1e400",
    ]);
    prop_oneof![
        6 => fixed.prop_map(<[u8]>::to_vec),
        1 => (0usize..200_000).prop_map(|n| "é".repeat(n).into_bytes()),
        1 => any::<i64>().prop_map(|n| n.to_string().into_bytes()),
    ]
}

/// Splits a CSV text into its records and cells, following quotes (the seeds are valid CSV).
fn csv_cells(text: &[u8]) -> Vec<Vec<Vec<u8>>> {
    let (mut records, mut record, mut cell, mut quoted) = (Vec::new(), Vec::new(), Vec::new(), false);
    for &b in text {
        match b {
            b'"' => {
                quoted = !quoted;
                cell.push(b);
            }
            b',' if !quoted => record.push(std::mem::take(&mut cell)),
            b'\n' if !quoted => {
                record.push(std::mem::take(&mut cell));
                records.push(std::mem::take(&mut record));
            }
            _ => cell.push(b),
        }
    }
    if !cell.is_empty() || !record.is_empty() {
        record.push(cell);
        records.push(record);
    }
    records
}

#[derive(Debug, Clone)]
enum CsvEdit {
    /// Replace a cell (any record, the header included).
    Cell(usize, usize, Vec<u8>),
    /// Name the column of another header cell.
    DuplicateHeader(usize, usize),
    /// Drop a cell of a record (one cell too few).
    Drop(usize, usize),
    /// A byte order mark before the header, or before another record.
    Bom(usize),
    /// CRLF line ends.
    Crlf,
}

fn csv_edit() -> impl Strategy<Value = CsvEdit> {
    prop_oneof![
        6 => (any::<usize>(), any::<usize>(), hostile_cell()).prop_map(|(r, c, v)| CsvEdit::Cell(r, c, v)),
        1 => (any::<usize>(), any::<usize>()).prop_map(|(a, b)| CsvEdit::DuplicateHeader(a, b)),
        1 => (any::<usize>(), any::<usize>()).prop_map(|(r, c)| CsvEdit::Drop(r, c)),
        1 => any::<usize>().prop_map(CsvEdit::Bom),
        1 => Just(CsvEdit::Crlf),
    ]
}

fn edit_csv(text: &[u8], edits: &[CsvEdit]) -> Vec<u8> {
    let mut records = csv_cells(text);
    let mut crlf = false;
    let mut bom = None;
    for e in edits {
        match e {
            CsvEdit::Cell(r, c, v) => {
                let r = r % records.len();
                let c = c % records[r].len();
                records[r][c] = v.clone();
            }
            CsvEdit::DuplicateHeader(a, b) => {
                let n = records[0].len();
                records[0][b % n] = records[0][a % n].clone();
            }
            CsvEdit::Drop(r, c) => {
                let r = r % records.len();
                if records[r].len() > 1 {
                    let c = c % records[r].len();
                    records[r].remove(c);
                }
            }
            CsvEdit::Bom(r) => bom = Some(r % records.len()),
            CsvEdit::Crlf => crlf = true,
        }
    }
    let mut out = Vec::new();
    for (i, record) in records.iter().enumerate() {
        if bom == Some(i) {
            out.extend_from_slice(b"\xEF\xBB\xBF");
        }
        out.extend(record.join(&b","[..]));
        out.extend_from_slice(if crlf { b"\r\n" } else { b"\n" });
    }
    out
}

/// The calibration seeds: the committed head's (version 8; its kernel readout cut to 16 support embeddings), former
/// heads' (versions 7 and 6), a version 1 one, and two with every number at the largest magnitude allowed (version 7
/// with a linear readout, version 8 with a kernel readout).
const CALIBRATIONS: [&str; 6] = [
    "committed_v8.json",
    "committed_v7.json",
    "committed_v6.json",
    "v1.json",
    "largest_values.json",
    "largest_kernel.json",
];

#[test]
fn the_seeds_are_valid_so_edits_start_from_accepted_inputs() {
    let survey = checks::survey();
    for name in ["every_kind.json", "employee.json", "retail.json"] {
        oes_core::Survey::from_json(std::str::from_utf8(&seed("survey_json", name)).unwrap()).unwrap();
    }
    let jsonl = read_jsonl(&survey, &seed("responses_jsonl", "four.jsonl")[..], ReadMode::Strict).unwrap();
    assert_eq!(jsonl.responses.len(), 4);
    let csv = oes_core::io::read_csv(&survey, &seed("responses_csv", "two.csv")[..], ReadMode::Strict).unwrap();
    assert_eq!(csv.responses.len(), 2);
    assert_eq!(csv_cells(&seed("responses_csv", "two.csv")).len(), 3, "quoted line ends stay in their cell");
    serde_json::from_slice::<ReportAccumulator>(&accumulator_seed()).unwrap();
    for name in CALIBRATIONS {
        oes_core::oes::explain::Calibration::from_json(std::str::from_utf8(&seed("calibration_json", name)).unwrap())
            .unwrap();
    }
    // The editors change what they are asked to, and only that.
    let edited = edit_json(br#"{"a": 1, "b": [2, 3]}"#, 3, false, "1e400");
    assert_eq!(String::from_utf8(edited).unwrap(), r#"{"a":1,"b":[1e400,3]}"#);
    let edited = String::from_utf8(edit_json(br#"{"a": 1, "b": 2}"#, 0, true, "[]")).unwrap();
    assert!(edited.contains(r#""a":[]"#) && edited.contains(r#""a":1"#) && edited.len() == 20, "{edited}");
}

#[test]
fn a_report_with_a_nan_figure_is_caught() {
    // The NaN check must see what the JSON hides (serde_json writes NaN as null).
    let survey = checks::survey();
    let responses = read_jsonl(&survey, &seed("responses_jsonl", "four.jsonl")[..], ReadMode::Strict).unwrap();
    let mut report = oes_core::report(&survey, &responses.responses, &checks::options()).unwrap();
    assert_eq!(checks::non_finite(&report), None);
    report.confidence = f64::NAN;
    assert_eq!(checks::non_finite(&report).as_deref(), Some("NaN"));
    report.confidence = f64::NEG_INFINITY;
    assert_eq!(checks::non_finite(&report).as_deref(), Some("inf"));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn surveys_with_a_hostile_value_or_key(
        which in 0usize..3,
        at in any::<usize>(),
        duplicate in any::<bool>(),
        hostile in hostile_json(),
    ) {
        let name = ["every_kind.json", "employee.json", "retail.json"][which];
        checks::survey_json(&edit_json(&seed("survey_json", name), at, duplicate, &hostile));
    }

    #[test]
    fn response_lines_with_a_hostile_value_or_key(
        line in any::<usize>(),
        at in any::<usize>(),
        duplicate in any::<bool>(),
        hostile in hostile_json(),
    ) {
        let input = edit_jsonl(&seed("responses_jsonl", "four.jsonl"), line, at, duplicate, &hostile);
        checks::responses_jsonl(&input);
        checks::accumulator_split(&input);
    }

    #[test]
    fn csv_with_hostile_cells_and_headers(edits in prop::collection::vec(csv_edit(), 1..4)) {
        checks::responses_csv(&edit_csv(&seed("responses_csv", "two.csv"), &edits));
    }

    #[test]
    fn serialised_accumulators_with_a_hostile_value_or_key(
        at in any::<usize>(),
        duplicate in any::<bool>(),
        hostile in hostile_json(),
    ) {
        checks::accumulator_json(&edit_json(&accumulator_seed(), at, duplicate, &hostile));
    }

    #[test]
    fn calibrations_with_a_hostile_value_or_key(
        which in 0usize..CALIBRATIONS.len(),
        at in any::<usize>(),
        duplicate in any::<bool>(),
        hostile in hostile_json(),
    ) {
        checks::calibration_json(&edit_json(&seed("calibration_json", CALIBRATIONS[which]), at, duplicate, &hostile));
    }
}
