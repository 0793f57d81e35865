//! The invariants the fuzz targets check, shared by the cargo-fuzz targets (`fuzz_targets/`) and by the stable test
//! that replays the committed corpus and random inputs in `cargo test` (`oes-core/tests/fuzz_inputs.rs`).
//!
//! Each function takes arbitrary bytes and panics only when oes breaks a promise: a panic inside oes, a strict read
//! that succeeds where a lenient one disagrees, a survey that does not survive its own JSON, a report that depends on
//! how the responses were split between accumulators.

#![allow(dead_code)]

use oes_core::io::{count_csv_file_into, count_csv_into, count_into, read_csv, read_jsonl, read_responses, ReadMode};
use oes_core::{Every, Limits, ReportAccumulator, ReportOptions, Survey};

/// A survey with every question kind.
pub fn survey() -> Survey {
    Survey::from_json(
        r#"{"id": "fuzz", "questions": [
            {"id": "nps", "kind": "nps"}, {"id": "csat", "kind": "csat"}, {"id": "ces", "kind": "ces"},
            {"id": "effort", "kind": "ces_effort"}, {"id": "rating", "kind": "rating", "scale": {"min": -2, "max": 2}},
            {"id": "yes", "kind": "yes_no"}, {"id": "one", "kind": "single_choice", "options": ["a", "b", "c"]},
            {"id": "many", "kind": "multi_choice", "options": ["x", "y"]}, {"id": "comment", "kind": "text"}]}"#,
    )
    .expect("the fuzz survey is valid")
}

/// Report options small enough that any input stays cheap: periods and cells limited.
pub fn options() -> ReportOptions {
    let mut o = ReportOptions::default().by(["store"]).every(Every::Month).min_group_size(1);
    o.result.limits = Limits { periods: 2_000, cells: 20_000, ..Limits::default() };
    o
}

/// Input lines that are not blank (white space alone): what a JSONL or CSV read may accept or reject.
fn non_blank_lines(bytes: &[u8]) -> usize {
    bytes.split(|&b| b == b'\n').filter(|l| !l.iter().all(|b| b.is_ascii_whitespace())).count()
}

/// `Survey::from_json`: no panic; a survey it accepts reads back from its own JSON as the same survey.
pub fn survey_json(bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    if let Ok(s) = Survey::from_json(&text) {
        let again = Survey::from_json(&s.to_json()).expect("a survey's own JSON reads back");
        assert_eq!(again.to_json(), s.to_json());
    }
}

/// A strict read succeeds only with what a lenient read gives without rejections; a lenient read accounts for
/// every record at most once.
fn strict_and_lenient(
    strict: oes_core::Result<oes_core::io::Responses>,
    lenient: oes_core::Result<oes_core::io::Responses>,
    records: usize,
) {
    if let Ok(s) = &strict {
        let l = lenient.as_ref().expect("lenient reads what strict reads");
        assert!(l.rejected.is_empty());
        assert_eq!(s.responses, l.responses);
    }
    if let Ok(l) = &lenient {
        assert!(l.responses.len() + l.rejected.len() <= records.max(1));
    }
}

/// `io::read_jsonl`, strict and lenient.
pub fn responses_jsonl(bytes: &[u8]) {
    let survey = survey();
    let strict = read_jsonl(&survey, bytes, ReadMode::Strict);
    let lenient = read_jsonl(&survey, bytes, ReadMode::Lenient);
    strict_and_lenient(strict, lenient, non_blank_lines(bytes));
}

/// `io::read_csv`, strict and lenient (a record spans one or more lines).
pub fn responses_csv(bytes: &[u8]) {
    let survey = survey();
    let strict = read_csv(&survey, bytes, ReadMode::Strict);
    let lenient = read_csv(&survey, bytes, ReadMode::Lenient);
    for (mode, read) in [(ReadMode::Strict, &strict), (ReadMode::Lenient, &lenient)] {
        counted_in_chunks_as_read(&survey, bytes, mode, read);
    }
    // A strict count of a CSV file (`oes report`) looks for ids used twice at the end of the read (hashing the first
    // rows' ids then, from the file read again, where they ascended and a later one did not): the same report, or
    // the same error, as the strict read.
    let path = temporary_file(bytes, "csv");
    let expected = counted_one_by_one(&survey, &strict);
    for chunk in [1, 3, 64] {
        let counted = counted_in_bulk(&survey, |acc| {
            count_csv_file_into(&survey, &path, ReadMode::Strict, &Limits::default(), true, chunk, acc)
        });
        assert_same_count(&counted, &expected, &format!("a strict count of the file in chunks of {chunk} rows"));
    }
    let _ = std::fs::remove_file(&path);
    strict_and_lenient(strict, lenient, non_blank_lines(bytes));
}

/// `bytes` written to a new temporary file with the extension `extension` (one file per call: `cargo test` runs
/// checks on several threads of one process).
fn temporary_file(bytes: &[u8], extension: &str) -> std::path::PathBuf {
    static CALLS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let call = CALLS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let path = std::env::temp_dir().join(format!("oes-fuzz-{}-{call}.{extension}", std::process::id()));
    std::fs::write(&path, bytes).expect("a temporary file");
    path
}

/// `io::count_csv_into` (chunks of rows counted column by column) counts what the rows read one by one count, with
/// the same rejections or error, whatever the chunk size.
fn counted_in_chunks_as_read(
    survey: &Survey,
    bytes: &[u8],
    mode: ReadMode,
    read: &oes_core::Result<oes_core::io::Responses>,
) {
    let expected = counted_one_by_one(survey, read);
    for chunk in [1, 3, 64] {
        let counted =
            counted_in_bulk(survey, |acc| count_csv_into(survey, bytes, mode, &Limits::default(), true, chunk, acc));
        assert_same_count(&counted, &expected, &format!("chunks of {chunk} rows"));
    }
}

/// The accumulator counted into and the rejections; or the read's error: what reading and counting compare.
type Counted = std::result::Result<(ReportAccumulator, Vec<String>), String>;

/// The read's responses counted one by one (their report computed: no panic), and its rejections.
fn counted_one_by_one(survey: &Survey, read: &oes_core::Result<oes_core::io::Responses>) -> Counted {
    let o = options();
    read.as_ref().map_err(|e| e.to_string()).map(|r| {
        let mut acc = ReportAccumulator::new(survey.clone(), &o.grouping).expect("valid options");
        for response in &r.responses {
            acc.add(response).expect("a read response is counted");
        }
        let _ = acc.finish(&o.result);
        (acc, r.rejected.iter().map(ToString::to_string).collect())
    })
}

/// What a bulk reader (`count`) counts into an accumulator, and its rejections.
fn counted_in_bulk(
    survey: &Survey,
    count: impl FnOnce(&mut ReportAccumulator) -> oes_core::Result<oes_core::io::Streamed>,
) -> Counted {
    let o = options();
    let mut acc = ReportAccumulator::new(survey.clone(), &o.grouping).expect("valid options");
    count(&mut acc).map_err(|e| e.to_string()).map(|s| (acc, s.rejected.iter().map(ToString::to_string).collect()))
}

/// Asserts that two counts give the same report (or the same error), the same rejections or the same read error.
/// Accumulators in the same state (their JSON) give the same report, which is then not computed: an input of many
/// periods stays cheap.
fn assert_same_count(got: &Counted, expected: &Counted, what: &str) {
    match (got, expected) {
        (Ok((a, a_rejected)), Ok((b, e_rejected))) => {
            assert_eq!(a_rejected, e_rejected, "{what}: the rejections");
            let state = |acc: &ReportAccumulator| serde_json::to_string(acc).expect("an accumulator serialises");
            if state(a) != state(b) {
                let report = |acc: &ReportAccumulator| acc.finish(&options().result).map_err(|e| e.to_string());
                assert_eq!(report(a), report(b), "{what}: the report");
            }
        }
        (Err(a), Err(b)) => assert_eq!(a, b, "{what}: the error"),
        (a, b) => panic!("{what}: {:?} against {:?}", a.as_ref().map(|r| &r.1), b.as_ref().map(|r| &r.1)),
    }
}

/// A Parquet file of the input's bytes (written to a temporary file, as `oes report --responses x.parquet` reads a
/// path): no panic and no abort in the decoder or the reader (a decoder panic is an error naming the file); strict
/// and lenient reads agree; counting the record batches in bulk (`io::count_into`) gives the report, rejections or
/// error of the rows read one by one.
pub fn responses_parquet(bytes: &[u8]) {
    let path = temporary_file(bytes, "parquet");
    let survey = survey();
    let strict = read_responses(&survey, &path, ReadMode::Strict);
    let lenient = read_responses(&survey, &path, ReadMode::Lenient);
    for (mode, read) in [(ReadMode::Strict, &strict), (ReadMode::Lenient, &lenient)] {
        let counted = counted_in_bulk(&survey, |acc| count_into(&survey, &path, mode, &Limits::default(), true, acc));
        assert_same_count(&counted, &counted_one_by_one(&survey, read), &format!("{mode:?}"));
    }
    let _ = std::fs::remove_file(&path);
    strict_and_lenient(strict, lenient, usize::MAX);
}

/// A serialised `ReportAccumulator`: loading never panics; one that loads finishes (or errors) and merges with
/// itself (or errors) without panicking.
pub fn accumulator_json(bytes: &[u8]) {
    if let Ok(acc) = serde_json::from_slice::<ReportAccumulator>(bytes) {
        let _ = acc.finish(&options().result);
        let mut twice = acc.clone();
        if twice.merge(&acc).is_err() {
            assert_eq!(twice, acc, "a refused merge changes nothing");
        }
    }
}

/// The first NaN or infinite figure of a report, if any. Its JSON cannot show one (serde_json writes them as `null`,
/// like a figure that is withheld), so this reads the `Debug` text outside its quoted strings, where a float prints
/// as `NaN`, `inf` or `-inf`.
pub fn non_finite(report: &oes_core::Report) -> Option<String> {
    let text = format!("{report:?}");
    let mut outside = String::with_capacity(text.len());
    let (mut quoted, mut escaped) = (false, false);
    for c in text.chars() {
        match (quoted, escaped, c) {
            (true, true, _) => escaped = false,
            (true, false, '\\') => escaped = true,
            (true, false, '"') => quoted = false,
            (true, false, _) => {}
            (false, _, '"') => {
                quoted = true;
                outside.push(' ');
            }
            (false, _, c) => outside.push(c),
        }
    }
    outside.split(|c: char| !c.is_alphanumeric()).find(|w| *w == "NaN" || *w == "inf").map(str::to_owned)
}

/// Responses read leniently from the bytes as JSONL: one accumulator, or two over a split merged, give the same
/// report, with no NaN or infinite figure in it (a report is either computed or an error).
pub fn accumulator_split(bytes: &[u8]) {
    let survey = survey();
    let Ok(read) = read_jsonl(&survey, bytes, ReadMode::Lenient) else { return };
    let responses = read.responses;
    let options = options();
    let mut one = ReportAccumulator::new(survey.clone(), &options.grouping).expect("options are valid");
    let all = one.add_all(&responses);
    let cut = bytes.first().map_or(0, |&b| b as usize % (responses.len() + 1));
    let mut left = ReportAccumulator::new(survey.clone(), &options.grouping).expect("options are valid");
    let mut right = left.clone();
    let parts = left.add_all(&responses[..cut]).and_then(|_| right.add_all(&responses[cut..]));
    assert_eq!(all.is_ok(), parts.is_ok());
    if all.is_err() {
        return;
    }
    let merged = left.merge(&right);
    assert!(merged.is_ok(), "{merged:?}");
    let (a, b) = (one.finish(&options.result), left.finish(&options.result));
    match (a, b) {
        (Ok(a), Ok(b)) => {
            assert_eq!(a.to_json(), b.to_json());
            assert_eq!(non_finite(&a), None, "a figure that is not a number: {a:?}");
        }
        (Err(a), Err(b)) => assert_eq!(a.to_string(), b.to_string()),
        (a, b) => panic!("one accumulator gave {a:?}, two gave {b:?}"),
    }
}

/// A head file's calibration (`oes::explain::Calibration::from_json`, the JSON of its `oes.calibration` metadata): no
/// panic; a calibration it accepts turns finite head outputs, extreme ones included, into finite scores on 0-10,
/// confidences on 0-1 and polarities on -1..1 (`oes::explain::decode`), for a response with every kind of answer and
/// two comments.
pub fn calibration_json(bytes: &[u8]) {
    use oes_core::oes::explain::{decode, Calibration, HeadOutput};
    use oes_core::oes::features::{rows, EMBEDDING};
    use oes_core::oes::THEMES;
    let Ok(text) = std::str::from_utf8(bytes) else { return };
    let Ok(calibration) = Calibration::from_json(text) else { return };
    let survey = Survey::from_json(
        r#"{"id": "fuzz", "questions": [
            {"id": "nps", "kind": "nps"}, {"id": "csat", "kind": "csat"}, {"id": "ces", "kind": "ces"},
            {"id": "yes", "kind": "yes_no"}, {"id": "one", "kind": "single_choice", "options": ["a", "b"]},
            {"id": "comment", "kind": "text"}, {"id": "more", "kind": "text"}]}"#,
    )
    .expect("the calibration survey is valid");
    let response = oes_core::Response::from_json(
        &survey,
        r#"{"id": "r", "submitted_at": "2025-01-01T00:00:00Z",
            "answers": {"nps": 0, "csat": 5, "ces": 4, "yes": true, "one": "b", "comment": "x", "more": "y"}}"#,
    )
    .expect("the calibration response is valid");
    let rows = rows(&survey, &response);
    let n = rows.len();
    // two embeddings of unit length, one spread over every value, one on a single value
    let spread = vec![1.0 / (EMBEDDING as f32).sqrt(); EMBEDDING];
    let mut single = vec![0.0f32; EMBEDDING];
    single[7] = -1.0;
    let readout: Vec<f64> =
        (0..n).flat_map(|r| calibration.comment_readout(if r % 2 == 0 { &spread } else { &single })).collect();
    let t = THEMES.len();
    let themes: Vec<f32> = (0..n * t).map(|i| (i % 3) as f32 / 2.0).collect();
    let polarity: Vec<f32> = (0..n * t).map(|i| (i % 3) as f32 - 1.0).collect();
    for logits in [[0.0f32, 1.5, -2.0, 7.0], [f32::MAX, -f32::MAX, 1e-30, -3.0]] {
        let without: Vec<f32> = (0..n * 4).map(|i| if i % 2 == 0 { -logits[i % 4] } else { 0.5 }).collect();
        let out = HeadOutput {
            logits: &logits,
            confidence: &[0.0, 1.0, 0.5, 1e-9],
            without: &without,
            themes: &themes,
            polarity: &polarity,
            readout: &readout,
        };
        let score = decode(&survey, "r", &rows, out, &calibration);
        let scores = [score.satisfaction, score.recommendation, score.ease, score.loyalty];
        assert!(scores.iter().all(|s| (0.0..=10.0).contains(s)), "scores {scores:?} from {text}");
        let confidence = score.confidence.to_array();
        assert!(confidence.iter().all(|c| (0.0..=1.0).contains(c)), "confidences {confidence:?} from {text}");
        for a in &score.reasons.answers {
            assert!(a.effect.to_array().iter().all(|e| e.is_finite()), "effects of {} from {text}", a.question);
        }
        for m in &score.reasons.themes {
            assert!((-1.0..=1.0).contains(&m.polarity), "polarity {} of {} from {text}", m.polarity, m.theme);
        }
    }
}
