//! Hostile input: each fault class of a hostile user's tour ends as a clear error or a correct, bounded result, and
//! lenient mode keeps every good response.

use oes_core::io::{read_csv, read_csv_with, read_jsonl, read_jsonl_with, ReadMode};
use oes_core::{Error, Every, Limits, ReportAccumulator, ReportOptions, Survey};

fn survey() -> Survey {
    Survey::from_json(
        r#"{"id": "s1", "questions": [{"id": "n", "kind": "nps"}, {"id": "c", "kind": "csat"},
            {"id": "m", "kind": "multi_choice", "options": ["a", "b"]}, {"id": "t", "kind": "text"}]}"#,
    )
    .unwrap()
}

fn line(id: &str, answers: &str) -> String {
    format!(r#"{{"id": "{id}", "submitted_at": "2025-01-01T10:00:00Z", "answers": {answers}}}"#)
}

fn jsonl(lines: &[String]) -> String {
    lines.join("\n") + "\n"
}

fn err_text(e: Error) -> String {
    e.to_string()
}

#[test]
fn a_line_over_the_limit_is_refused_without_being_held_and_lenient_reads_on() {
    let limits = Limits { line_bytes: 200, ..Limits::default() };
    let long = line("r2", &format!(r#"{{"t": "{}"}}"#, "x".repeat(500)));
    let data = jsonl(&[line("r1", r#"{"n": 9}"#), long, line("r3", r#"{"n": 3}"#)]);
    let strict = read_jsonl_with(&survey(), data.as_bytes(), ReadMode::Strict, &limits).unwrap_err();
    assert_eq!(
        strict.to_string(),
        "invalid response at line 2: the line is too long: over the limit line-bytes = 200; raise it with `--limit \
         line-bytes=N` on the command line, or the `line_bytes` entry of `limits` in the library"
    );
    let lenient = read_jsonl_with(&survey(), data.as_bytes(), ReadMode::Lenient, &limits).unwrap();
    let ids: Vec<&str> = lenient.responses.iter().map(|r| r.id()).collect();
    assert_eq!(ids, ["r1", "r3"]);

    // An endless input without line ends (`--responses /dev/zero`) ends in the error at the limit.
    let zeros = std::io::BufReader::new(std::io::repeat(0));
    let e = read_jsonl_with(&survey(), zeros, ReadMode::Strict, &Limits { line_bytes: 1 << 20, ..Limits::default() });
    assert!(err_text(e.unwrap_err()).contains("line 1: the line is too long"));
    let zeros = std::io::BufReader::new(std::io::repeat(0));
    let e = read_csv_with(&survey(), zeros, ReadMode::Strict, &Limits { line_bytes: 1 << 20, ..Limits::default() });
    assert!(err_text(e.unwrap_err()).contains("line 1: bad CSV header: the row is too long"));
    // Leniently, a long line is skipped to its end (here 50 MiB) without being held, and reading goes on.
    let data: Vec<u8> = std::iter::repeat(b'x')
        .take(50 << 20)
        .chain(format!("\n{}", jsonl(&[line("r9", r#"{"n": 9}"#)])).into_bytes())
        .collect();
    let read =
        read_jsonl_with(&survey(), &data[..], ReadMode::Lenient, &Limits { line_bytes: 1 << 20, ..Limits::default() })
            .unwrap();
    assert_eq!((read.responses.len(), read.rejected.len()), (1, 1));
}

#[test]
fn a_text_over_the_limit_names_its_question() {
    let limits = Limits { text_bytes: 10, ..Limits::default() };
    let data = jsonl(&[line("r1", r#"{"t": "twelve bytes"}"#)]);
    let e = read_jsonl_with(&survey(), data.as_bytes(), ReadMode::Strict, &limits).unwrap_err().to_string();
    assert!(e.starts_with("invalid response at line 1 \"r1\", question \"t\": the text answer has 12 bytes"), "{e}");
    let csv = "id,submitted_at,t\nr1,2025-01-01T10:00:00Z,twelve bytes\n";
    let e = read_csv_with(&survey(), csv.as_bytes(), ReadMode::Strict, &limits).unwrap_err().to_string();
    assert!(e.contains("question \"t\": the text answer has 12 bytes"), "{e}");
}

#[test]
fn byte_order_marks_are_ignored() {
    let data = format!("\u{feff}{}", jsonl(&[line("r1", r#"{"n": 9}"#)]));
    let read = read_jsonl(&survey(), data.as_bytes(), ReadMode::Strict).unwrap();
    assert_eq!(read.responses.len(), 1);
    let csv = "\u{feff}id,submitted_at,n\nr1,2025-01-01T10:00:00Z,9\n";
    assert_eq!(read_csv(&survey(), csv.as_bytes(), ReadMode::Strict).unwrap().responses.len(), 1);
    let s = Survey::from_json("\u{feff}{\"id\": \"s\", \"questions\": [{\"id\": \"n\", \"kind\": \"nps\"}]}").unwrap();
    assert_eq!(s.id(), "s");
}

#[test]
fn invalid_utf8_rejects_one_line_only() {
    let mut data = jsonl(&[line("r1", r#"{"n": 9}"#)]).into_bytes();
    data.extend_from_slice(b"{\"id\": \"r2\", \"x\": \"\xff\xfe\"}\n");
    data.extend_from_slice(jsonl(&[line("r3", r#"{"n": 1}"#)]).as_bytes());
    let strict = read_jsonl(&survey(), &data[..], ReadMode::Strict).unwrap_err().to_string();
    assert!(strict.starts_with("invalid response at line 2: the line is not valid UTF-8"), "{strict}");
    let lenient = read_jsonl(&survey(), &data[..], ReadMode::Lenient).unwrap();
    assert_eq!(lenient.responses.len(), 2);
    assert_eq!(lenient.rejected.len(), 1);
}

#[test]
fn a_read_where_every_response_is_invalid_is_an_error() {
    let data = jsonl(&[line("r1", r#"{"n": 11}"#), "not json".into()]);
    let e = read_jsonl(&survey(), data.as_bytes(), ReadMode::Lenient).unwrap_err().to_string();
    assert!(
        e.starts_with(
            "invalid responses: none of the 2 responses is valid; the first error: invalid response at line 1"
        ),
        "{e}"
    );
    // An empty input is no error: there was nothing to read.
    assert!(read_jsonl(&survey(), &b"\n\n"[..], ReadMode::Lenient).unwrap().responses.is_empty());
}

#[test]
fn a_key_given_twice_is_an_error_not_last_wins() {
    for (answers, key) in
        [(r#"{"n": 9, "n": 0}"#, "n"), (r#"{"n": 9}, "segments": {"store": "A", "store": "B"}"#, "store")]
    {
        let data = jsonl(&[line("r1", answers)]);
        let e = read_jsonl(&survey(), data.as_bytes(), ReadMode::Strict).unwrap_err().to_string();
        assert!(e.contains(&format!("the key \"{key}\" appears twice in one object")), "{e}");
    }
}

#[test]
fn csv_quotes_are_read_strictly() {
    let s = survey();
    let head = "id,submitted_at,n,t\n";
    // Quoted cells with commas, doubled quotes and line breaks are fine.
    let good = format!("{head}r1,2025-01-01T10:00:00Z,9,\"Great, \"\"really\"\"\nfast\"\nr2,2025-01-01T10:00:00Z,3,\n");
    let rs = read_csv(&s, good.as_bytes(), ReadMode::Strict).unwrap().responses;
    assert_eq!(rs.len(), 2);
    assert_eq!(rs[0].answer(&s, "t"), Some(&oes_core::Answer::Text("Great, \"really\"\nfast".into())));

    // A quote that is never closed would swallow the rest of the file: an error even in lenient mode.
    let open = format!("{head}r1,2025-01-01T10:00:00Z,9,\"never closed\nr2,2025-01-01T10:00:00Z,3,\n");
    for mode in [ReadMode::Strict, ReadMode::Lenient] {
        let e = read_csv(&s, open.as_bytes(), mode).unwrap_err().to_string();
        assert!(e.contains("the quoted cell opened on line 2 of the file is never closed"), "{e}");
    }
    // A stray quote in a plain cell, or text after a closing quote, is a bad row, skipped in lenient mode.
    for bad in ["r1,2025-01-01T10:00:00Z,9,say \"hi\"", "r1,2025-01-01T10:00:00Z,9,\"hi\" there"] {
        let data = format!("{head}{bad}\nr2,2025-01-01T10:00:00Z,3,\n");
        let e = read_csv(&s, data.as_bytes(), ReadMode::Strict).unwrap_err().to_string();
        assert!(e.starts_with("invalid response at line 1: bad CSV row:"), "{e}");
        let lenient = read_csv(&s, data.as_bytes(), ReadMode::Lenient).unwrap();
        assert_eq!((lenient.responses.len(), lenient.rejected.len()), (1, 1));
    }
    // Lines of white space alone are blank, as in JSONL (found by the fuzzer: a line of carriage returns).
    let blank = format!("{head}\r\r\r\n   \nr2,2025-01-01T10:00:00Z,3,\n");
    assert_eq!(read_csv(&s, blank.as_bytes(), ReadMode::Strict).unwrap().responses.len(), 1);
    // A row with a cell too many or too few.
    let data = format!("{head}r1,2025-01-01T10:00:00Z,9\n");
    let e = read_csv(&s, data.as_bytes(), ReadMode::Strict).unwrap_err().to_string();
    assert!(e.contains("it has 3 cells, the header has 4"), "{e}");
}

#[test]
fn csv_headers_that_cannot_be_read_unambiguously_are_refused() {
    let s = survey();
    let twice = "id,submitted_at,n,n\nr1,2025-01-01T10:00:00Z,9,0\n";
    let e = read_csv(&s, twice.as_bytes(), ReadMode::Strict).unwrap_err().to_string();
    assert!(e.contains("column \"n\" is named twice (columns 3 and 4)"), "{e}");

    let reserved = Survey::from_json(r#"{"id": "s1", "questions": [{"id": "weight", "kind": "nps"}]}"#).unwrap();
    let data = "id,submitted_at,weight\nr1,2025-01-01T10:00:00Z,9\n";
    let e = read_csv(&reserved, data.as_bytes(), ReadMode::Strict).unwrap_err().to_string();
    assert!(e.contains("question \"weight\": the question cannot be read from CSV"), "{e}");

    let semicolon = Survey::from_json(
        r#"{"id": "s1", "questions": [{"id": "m", "kind": "multi_choice", "options": ["a;b", "c"]}]}"#,
    )
    .unwrap();
    let data = "id,submitted_at,m\nr1,2025-01-01T10:00:00Z,c\n";
    let e = read_csv(&semicolon, data.as_bytes(), ReadMode::Strict).unwrap_err().to_string();
    assert!(e.contains("option \"a;b\" cannot be read from CSV"), "{e}");
}

#[test]
fn many_options_are_refused_by_count_first() {
    let options: Vec<String> = (0..70_000).map(|i| format!("o{i}")).collect();
    let json = serde_json::json!({"id": "s", "questions": [{"id": "m", "kind": "single_choice", "options": options}]});
    let e = Survey::from_json(&json.to_string()).unwrap_err().to_string();
    assert!(e.contains("70000 options, at most 65535 allowed"), "{e}");
    let options: Vec<String> = (0..65_535).map(|i| format!("o{i}")).collect();
    let json = serde_json::json!({"id": "s", "questions": [{"id": "m", "kind": "single_choice", "options": options}]});
    assert!(Survey::from_json(&json.to_string()).is_ok());
}

fn responses(lines: &[String]) -> Vec<oes_core::Response> {
    read_jsonl(&survey(), jsonl(lines).as_bytes(), ReadMode::Strict).unwrap().responses
}

#[test]
fn reports_over_the_period_or_cell_limit_are_refused() {
    let rs = responses(&[
        r#"{"id": "a", "submitted_at": "0001-01-01T00:00:00Z", "answers": {"n": 9}}"#.into(),
        r#"{"id": "b", "submitted_at": "9999-12-31T00:00:00Z", "answers": {"n": 9}}"#.into(),
    ]);
    let options = ReportOptions::default().every(Every::Day).min_group_size(0);
    let e = oes_core::report(&survey(), &rs, &options).unwrap_err().to_string();
    assert!(
        e.starts_with("the report would have 3652059 periods (every day from 0001-01-01 to 9999-12-31): over the limit periods = 10000"),
        "{e}"
    );
    let by_year = ReportOptions::default().every(Every::Year);
    assert_eq!(oes_core::report(&survey(), &rs, &by_year).unwrap().groups[0].periods.len(), 9999);
    let mut few_cells = ReportOptions::default().every(Every::Year);
    few_cells.result.limits.cells = 100;
    let e = oes_core::report(&survey(), &rs, &few_cells).unwrap_err().to_string();
    assert!(e.starts_with("the report would have 9999 cells (1 groups × 9999 periods)"), "{e}");
}

#[test]
fn accumulators_refuse_another_survey_definition() {
    let reordered = Survey::from_json(
        r#"{"id": "s1", "questions": [{"id": "n", "kind": "nps"}, {"id": "c", "kind": "csat"},
            {"id": "m", "kind": "multi_choice", "options": ["b", "a"]}, {"id": "t", "kind": "text"}]}"#,
    )
    .unwrap();
    let options = ReportOptions::default();
    let mut mine = ReportAccumulator::new(survey(), &options.grouping).unwrap();
    let mut theirs = ReportAccumulator::new(reordered.clone(), &options.grouping).unwrap();
    for r in responses(&[line("r1", r#"{"m": ["a"]}"#)]) {
        mine.add(&r).unwrap();
    }
    let other = read_jsonl(&reordered, jsonl(&[line("r2", r#"{"m": ["a"]}"#)]).as_bytes(), ReadMode::Strict).unwrap();
    theirs.add(&other.responses[0]).unwrap();
    let before = mine.clone();
    let e = mine.merge(&theirs).unwrap_err().to_string();
    assert!(e.contains("made for different surveys or groupings"), "{e}");
    assert_eq!(mine, before, "a refused merge changes nothing");
    // A response read against the other definition is not counted either, and refused without changing anything.
    let e = mine.add(&other.responses[0]).unwrap_err().to_string();
    assert!(e.contains("was read against another survey than this accumulator's \"s1\""), "{e}");
    assert_eq!(mine, before);
}

#[test]
fn a_response_is_counted_once_across_adds_and_merges() {
    let options = ReportOptions::default().min_group_size(1);
    let rs = responses(&[line("r1", r#"{"n": 9}"#), line("r2", r#"{"n": 0}"#)]);
    let mut a = ReportAccumulator::new(survey(), &options.grouping).unwrap();
    a.add(&rs[0]).unwrap();
    let e = a.add(&rs[0]).unwrap_err().to_string();
    assert!(e.contains("response \"r1\" was already counted"), "{e}");
    let mut b = ReportAccumulator::new(survey(), &options.grouping).unwrap();
    b.add(&rs[0]).unwrap();
    b.add(&rs[1]).unwrap();
    let e = a.merge(&b).unwrap_err().to_string();
    assert!(e.contains("1 response id(s) were counted in both accumulators"), "{e}");

    // Without the check the same responses count twice, as asked.
    let unchecked = {
        let mut o = options.clone();
        o.grouping.check_ids = false;
        o
    };
    let mut c = ReportAccumulator::new(survey(), &unchecked.grouping).unwrap();
    c.add(&rs[0]).unwrap();
    c.add(&rs[0]).unwrap();
    assert_eq!(c.finish(&unchecked.result).unwrap().respondents, 2);
    // ... and such an accumulator does not merge with a checked one.
    assert!(c.merge(&a).is_err());
}

#[test]
fn a_serialised_accumulator_is_checked_when_loaded() {
    let options = ReportOptions::default().min_group_size(1);
    let rs = responses(&[line("r1", r#"{"n": 9, "c": 4}"#), line("r2", r#"{"n": 0}"#)]);
    let mut acc = ReportAccumulator::new(survey(), &options.grouping).unwrap();
    for r in &rs {
        acc.add(r).unwrap();
    }
    let json = serde_json::to_string(&acc).unwrap();
    let back: ReportAccumulator = serde_json::from_str(&json).unwrap();
    assert_eq!(back.finish(&options.result).unwrap(), acc.finish(&options.result).unwrap());

    let tampered = [
        // The sum of squared weights cannot belong to these weights.
        (json.replacen("\"weight_sq\":\"2000000000000\"", "\"weight_sq\":\"5\"", 1), "squared weights"),
        // More respondents than ids.
        (json.replacen("\"respondents\":2", "\"respondents\":3", 1), "response ids for"),
        // Another fingerprint.
        (json.replacen("\"fingerprint\":\"", "\"fingerprint\":\"0", 1), "fingerprint"),
    ];
    for (text, why) in tampered {
        assert_ne!(text, json, "the tampering applies ({why})");
        let e = serde_json::from_str::<ReportAccumulator>(&text).unwrap_err().to_string();
        assert!(e.contains(why), "{why}: {e}");
    }
}

#[test]
fn loaded_counts_are_bounded_and_merges_never_overflow() {
    let options = {
        let mut o = ReportOptions::default().min_group_size(1);
        o.grouping.check_ids = false;
        o
    };
    let mut acc = ReportAccumulator::new(survey(), &options.grouping).unwrap();
    acc.add(&responses(&[line("r1", r#"{"n": 9}"#)])[0]).unwrap();
    let json = serde_json::to_string(&acc).unwrap();
    assert!(json.contains("\"respondents\":1"), "{json}");

    let most = json.replace("\"respondents\":1", "\"respondents\":9007199254740992");
    let mut big: ReportAccumulator = serde_json::from_str(&most).unwrap();
    let copy = big.clone();
    let e = big.merge(&copy).unwrap_err().to_string();
    assert!(e.contains("the merged counts would pass 9007199254740992"), "{e}");
    assert_eq!(big, copy, "a refused merge changes nothing");

    let over = json.replace("\"respondents\":1", "\"respondents\":9007199254740993");
    let e = serde_json::from_str::<ReportAccumulator>(&over).unwrap_err().to_string();
    assert!(e.contains("respondents 9007199254740993 is above the most an accumulator counts"), "{e}");

    // A tally whose counts cannot be true (the same count far above its weights' bound) is refused too.
    let nps = oes_core::metrics::nps::NpsAccumulator::new();
    let text = serde_json::to_string(&nps).unwrap().replacen("\"counts\":[0,", "\"counts\":[18446744073709551615,", 1);
    assert!(serde_json::from_str::<oes_core::metrics::nps::NpsAccumulator>(&text).is_err());
}

#[test]
fn a_report_refuses_a_response_given_twice() {
    let mut rs = responses(&[line("r1", r#"{"n": 9}"#), line("r2", r#"{"n": 0}"#)]);
    rs.extend(responses(&[line("r3", r#"{"n": 9}"#), line("r1", r#"{"n": 3}"#)]));
    let e = oes_core::report(&survey(), &rs, &ReportOptions::default()).unwrap_err().to_string();
    assert_eq!(e, "invalid responses: response \"r1\" is given twice (responses 1 and 4 of 4)");
    let unchecked = {
        let mut o = ReportOptions::default().min_group_size(1);
        o.grouping.check_ids = false;
        o
    };
    assert_eq!(oes_core::report(&survey(), &rs, &unchecked).unwrap().respondents, 4);
}
