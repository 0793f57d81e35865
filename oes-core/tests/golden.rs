//! The golden fixtures of `tests/fixtures/` (shared with the Python and WebAssembly test suites): inputs with expected
//! figures worked out independently (see `tests/fixtures/README.md`).

use std::path::{Path, PathBuf};

use oes_core::io::{read_jsonl, ReadMode};
use oes_core::metrics::support::SupportAccumulator;
use oes_core::metrics::{ces, csat, nps, rating, MetricOptions};
use oes_core::{report, Confidence, Every, ReportOptions, Response, Scale, Survey, Ticket};
use serde_json::Value;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures")
}

fn sorted_entries(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    v.sort();
    v
}

fn read_json(path: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// Checks that every key of `expected` is in `actual` with the same value: objects recursively as subsets, arrays in
/// full, integers exactly, other numbers within 1e-9 (relative, or absolute below 1).
fn assert_subset(expected: &Value, actual: &Value, path: &str) {
    match (expected, actual) {
        (Value::Object(e), Value::Object(a)) => {
            for (k, ev) in e {
                let av = a.get(k).unwrap_or_else(|| panic!("{path}.{k}: missing in the result"));
                assert_subset(ev, av, &format!("{path}.{k}"));
            }
        }
        (Value::Array(e), Value::Array(a)) => {
            assert_eq!(e.len(), a.len(), "{path}: array length");
            for (i, (ev, av)) in e.iter().zip(a).enumerate() {
                assert_subset(ev, av, &format!("{path}[{i}]"));
            }
        }
        (Value::Number(e), Value::Number(a)) => {
            if let (Some(ei), Some(ai)) = (e.as_u64(), a.as_u64()) {
                if e.is_u64() && a.is_u64() {
                    assert_eq!(ei, ai, "{path}");
                    return;
                }
            }
            let (ef, af) = (e.as_f64().unwrap(), a.as_f64().unwrap());
            let tol = 1e-9 * ef.abs().max(1.0);
            assert!((ef - af).abs() <= tol, "{path}: expected {ef}, got {af}");
        }
        _ => assert_eq!(expected, actual, "{path}"),
    }
}

fn metric_options(fixture: &Value) -> MetricOptions {
    let mut options = MetricOptions::default();
    if let Some(o) = fixture.get("options") {
        if let Some(c) = o.get("confidence").and_then(Value::as_f64) {
            options = options.with_confidence(c).unwrap();
        }
        if let Some(i) = o.get("interval").and_then(Value::as_str) {
            options = options.with_interval(i.parse().unwrap());
        }
        if let Some(d) = o.get("denominator").and_then(Value::as_str) {
            options = options.with_denominator(d.parse().unwrap());
        }
    }
    options
}

fn compute_metric(fixture: &Value) -> Value {
    let options = metric_options(fixture);
    let weights: Option<Vec<f64>> =
        fixture.get("weights").filter(|w| !w.is_null()).map(|w| serde_json::from_value(w.clone()).unwrap());
    let weights = weights.as_deref();
    let values = fixture["values"].as_array().unwrap();
    let ints = || values.iter().map(Value::as_i64).collect::<Vec<_>>();
    let scale = || {
        let s = &fixture["scale"];
        Scale::new(s["min"].as_i64().unwrap() as i32, s["max"].as_i64().unwrap() as i32).unwrap()
    };
    let threshold = fixture.get("options").and_then(|o| o.get("threshold")).and_then(Value::as_i64).map(|t| t as i32);
    let result = match fixture["metric"].as_str().unwrap() {
        "nps" => serde_json::to_value(nps::nps(&ints(), weights, &options).unwrap()),
        "csat" => serde_json::to_value(csat::csat(&ints(), scale(), threshold, weights, &options).unwrap()),
        "ces" => serde_json::to_value(ces::ces(&ints(), scale(), weights, &options).unwrap()),
        "ces_effort" => serde_json::to_value(ces::ces_effort(&ints(), scale(), weights, &options).unwrap()),
        "rating" => serde_json::to_value(rating::rating(&ints(), scale(), weights, &options).unwrap()),
        "yes_no" => {
            let bools: Vec<Option<bool>> = values.iter().map(Value::as_bool).collect();
            serde_json::to_value(rating::yes_no(&bools, weights, &options).unwrap())
        }
        other => panic!("unknown metric {other}"),
    };
    result.unwrap()
}

#[test]
fn metric_fixtures() {
    let files = sorted_entries(&fixtures().join("metrics"));
    assert!(files.len() >= 20, "expected the metric fixtures, found {}", files.len());
    for path in files {
        let fixture = read_json(&path);
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        assert_subset(&fixture["expected"], &compute_metric(&fixture), &name);
    }
}

fn report_options(o: &Value) -> ReportOptions {
    let mut options = ReportOptions::default();
    if let Some(by) = o.get("by").and_then(Value::as_array) {
        options = options.by(by.iter().map(|v| v.as_str().unwrap().to_owned()));
    }
    if let Some(e) = o.get("every").and_then(Value::as_str) {
        options = options.every(e.parse::<Every>().unwrap());
    }
    if let Some(c) = o.get("confidence").and_then(Value::as_f64) {
        options = options.confidence(c).unwrap();
    }
    if let Some(m) = o.get("min_group_size").and_then(Value::as_u64) {
        options = options.min_group_size(m);
    }
    if let Some(i) = o.get("interval").and_then(Value::as_str) {
        options.result.metrics.interval = i.parse().unwrap();
    }
    if let Some(d) = o.get("denominator").and_then(Value::as_str) {
        options.result.metrics.denominator = d.parse().unwrap();
    }
    options
}

#[test]
fn report_fixtures() {
    let dirs = sorted_entries(&fixtures().join("reports"));
    assert!(!dirs.is_empty());
    for dir in dirs {
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        let survey = Survey::from_json(&std::fs::read_to_string(dir.join("survey.json")).unwrap()).unwrap();
        let data = std::fs::read(dir.join("responses.jsonl")).unwrap();
        let responses = read_jsonl(&survey, data.as_slice(), ReadMode::Strict).unwrap().responses;
        let options = report_options(&read_json(&dir.join("options.json")));
        let got = serde_json::to_value(report(&survey, &responses, &options).unwrap()).unwrap();
        assert_subset(&read_json(&dir.join("expected.json")), &got, &name);

        // The same report from responses in reverse order, and from two merged halves, is identical.
        let mut reversed = responses.clone();
        reversed.reverse();
        let from_reversed = serde_json::to_value(report(&survey, &reversed, &options).unwrap()).unwrap();
        assert!(from_reversed == got, "{name}: the order of responses changed the report");
        let mut a = oes_core::ReportAccumulator::new(survey.clone(), &options.grouping).unwrap();
        let mut b = oes_core::ReportAccumulator::new(survey.clone(), &options.grouping).unwrap();
        for (i, r) in responses.iter().enumerate() {
            if i % 3 == 0 { &mut a } else { &mut b }.add(r).unwrap();
        }
        let b: oes_core::ReportAccumulator = serde_json::from_str(&serde_json::to_string(&b).unwrap()).unwrap();
        b.clone().merge(&a).unwrap();
        a.merge(&b).unwrap();
        let merged = serde_json::to_value(a.finish(&options.result).unwrap()).unwrap();
        assert!(merged == got, "{name}: merging partial accumulators changed the report");
    }
}

#[test]
fn support_fixtures() {
    let dir = fixtures().join("support");
    let files: Vec<PathBuf> =
        sorted_entries(&dir).into_iter().filter(|p| p.extension().is_some_and(|e| e == "json")).collect();
    assert!(!files.is_empty());
    for path in files {
        let fixture = read_json(&path);
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let target = (fixture["target_hours"].as_f64().unwrap_or(24.0) * 3600.0).round() as u64;
        let confidence = Confidence::new(fixture["confidence"].as_f64().unwrap_or(0.95)).unwrap();
        let mut acc = SupportAccumulator::new(target);
        for t in fixture["tickets"].as_array().unwrap() {
            acc.add(&Ticket::from_value(t).unwrap_or_else(|e| panic!("{name}: {e}")));
        }
        let got = serde_json::to_value(acc.result(confidence)).unwrap();
        assert_subset(&fixture["expected"], &got, &name);
    }
}

#[test]
fn error_fixtures() {
    let mut files = sorted_entries(&fixtures().join("errors"));
    assert!(!files.is_empty());
    let support_errors = fixtures().join("support/errors");
    if support_errors.is_dir() {
        files.extend(sorted_entries(&support_errors));
    }
    for path in files {
        let fixture = read_json(&path);
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let survey: Survey = serde_json::from_value(fixture["survey"].clone()).unwrap();
        let err = Response::from_json(&survey, fixture["line"].as_str().unwrap()).expect_err(&name).to_string();
        if let Some(id) = fixture["response"].as_str() {
            assert!(err.contains(&format!("{id:?}")), "{name}: {err}");
        }
        if let Some(q) = fixture["question"].as_str() {
            assert!(err.contains(&format!("{q:?}")), "{name}: {err}");
        }
        for fragment in fixture["message_contains"].as_array().unwrap() {
            let fragment = fragment.as_str().unwrap().to_lowercase();
            assert!(err.to_lowercase().contains(&fragment), "{name}: {err:?} lacks {fragment:?}");
        }
    }
}
