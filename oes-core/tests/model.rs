//! The committed OES model: checksums, inputs and outputs, outputs on fixed inputs (`tests/fixtures/oes/`, computed
//! in Python through onnxruntime), and the behaviour the architecture promises (order invariance, monotonicity).
//!
//! Needs ONNX Runtime: `ORT_DYLIB_PATH`, or the `onnxruntime` Python package (`make test` installs it).
#![cfg(feature = "onnx")]

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use oes_core::oes::features::rows;
use oes_core::oes::Scorer;
use oes_core::{Response, Survey};
use serde_json::Value;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

fn fixture(name: &str) -> Value {
    let dir = std::env::var_os("OES_TEST_FIXTURES").map_or_else(|| root().join("tests/fixtures/oes"), PathBuf::from);
    let path = dir.join(name);
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
}

fn scorer() -> &'static Scorer {
    static SCORER: OnceLock<Scorer> = OnceLock::new();
    SCORER.get_or_init(|| {
        let dir = std::env::var_os("OES_MODEL_DIR").map_or_else(|| root().join("models"), PathBuf::from);
        Scorer::builder().model_dir(dir).threads(2).build().expect("the committed model loads")
    })
}

fn case(c: &Value) -> (Survey, Response) {
    let survey: Survey = serde_json::from_value(c["survey"].clone()).unwrap();
    let response = Response::from_value(&survey, c["response"].clone()).unwrap();
    (survey, response)
}

fn close(a: f64, b: f64, tol: f64) -> bool {
    (a - b).abs() <= tol
}

#[test]
fn feature_rows_match_the_python_training_code() {
    let fx = fixture("features.json");
    for c in fx["cases"].as_array().unwrap() {
        let (survey, response) = case(c);
        let got = rows(&survey, &response);
        let want = c["rows"].as_array().unwrap();
        let name = c["name"].as_str().unwrap();
        assert_eq!(got.len(), want.len(), "{name}: row count");
        for (g, w) in got.iter().zip(want) {
            let question = g.question.map(|i| survey.questions()[i].id.clone());
            assert_eq!(question.as_deref(), w["question"].as_str(), "{name}");
            for (i, (a, b)) in g.scalars.iter().zip(w["scalars"].as_array().unwrap()).enumerate() {
                assert!(close(*a as f64, b.as_f64().unwrap(), 1e-6), "{name}: scalar {i}: {a} vs {b}");
            }
            assert_eq!(g.answer_text.as_deref(), w["answer_text"].as_str(), "{name}");
            assert_eq!(g.question_text.as_deref(), w["question_text"].as_str(), "{name}");
        }
    }
}

#[test]
fn encoder_embeddings_match_onnxruntime_in_python() {
    let fx = fixture("scores.json");
    for e in fx["embeddings"].as_array().unwrap() {
        let text = e["text"].as_str().unwrap();
        let got = &scorer().embed(&[text]).unwrap()[0];
        assert_eq!(got.len(), 384);
        let norm: f32 = got.iter().map(|v| v * v).sum::<f32>().sqrt();
        assert!((norm - 1.0).abs() < 1e-3, "{text}: the embedding is L2-normalised");
        for (a, b) in got.iter().zip(e["first8"].as_array().unwrap()) {
            assert!(close(*a as f64, b.as_f64().unwrap(), 1e-3), "{text}: {a} vs {b}");
        }
    }
}

/// Rust and Python batch the texts identically, and the encoder computes in float32 (its int8 weights are turned back
/// into float32 when the file is loaded), so another batching moves the scores by float rounding only (measured:
/// `batching_sensitivity` in scores.json). 1e-3 is the tolerance the WebAssembly scorer must meet too; on the build
/// machine the native scorer agreed with the fixtures to 5e-7.
const BATCHING_TOLERANCE: f64 = 1e-3;

/// The themes a score reports: `(question, theme, polarity)`, sorted.
fn themes(score: &oes_core::oes::OesScore) -> Vec<(String, String, f64)> {
    let mut out: Vec<_> =
        score.reasons.themes.iter().map(|t| (t.question.clone(), t.theme.clone(), t.polarity)).collect();
    out.sort_by(|a, b| (&a.0, &a.1).cmp(&(&b.0, &b.1)));
    out
}

/// The fixture's expected themes: `(question, theme, polarity)`, sorted.
fn expected_themes(want: &Value) -> Vec<(String, String, f64)> {
    let themes = want["themes"].as_array().unwrap().iter();
    let out: Vec<_> = themes
        .map(|t| {
            (
                t["question"].as_str().unwrap().to_owned(),
                t["theme"].as_str().unwrap().to_owned(),
                t["polarity"].as_f64().unwrap(),
            )
        })
        .collect();
    out
}

/// Scores, the confidences and themes oes reports (through the calibration stored in head.onnx, computed in Python by
/// models/head/calibrate.py for the fixture) match.
#[test]
fn scores_match_onnxruntime_in_python() {
    let fx = fixture("scores.json");
    let (mut calibrated, mut reported) = (0, 0);
    for c in fx["cases"].as_array().unwrap() {
        let (survey, response) = case(c);
        let name = c["name"].as_str().unwrap();
        let got = scorer().score(&survey, &response).unwrap();
        let want = &c["expected"];
        for (p, v) in [
            ("satisfaction", got.satisfaction),
            ("recommendation", got.recommendation),
            ("ease", got.ease),
            ("loyalty", got.loyalty),
        ] {
            assert!((0.0..=10.0).contains(&v), "{name}: {p} {v}");
            assert!(close(v, want[p].as_f64().unwrap(), BATCHING_TOLERANCE), "{name}: {p} {v} vs {}", want[p]);
        }
        let conf = serde_json::to_value(got.confidence).unwrap();
        for p in ["satisfaction", "recommendation", "ease", "loyalty"] {
            let (c, w) = (conf[p].as_f64().unwrap(), want["confidence"][p].as_f64().unwrap());
            assert!(close(c, w, BATCHING_TOLERANCE), "{name}: confidence {p} {c} vs {w}");
            calibrated += usize::from((w - want["head_confidence"][p].as_f64().unwrap()).abs() > 0.01);
        }
        let (got_themes, want_themes) = (themes(&got), expected_themes(want));
        assert_eq!(got_themes.len(), want_themes.len(), "{name}: {got_themes:?} vs {want_themes:?}");
        for (g, w) in got_themes.iter().zip(&want_themes) {
            assert_eq!((&g.0, &g.1), (&w.0, &w.1), "{name}");
            assert!(close(g.2, w.2, BATCHING_TOLERANCE), "{name}: polarity of {} {} vs {}", g.1, g.2, w.2);
        }
        let threshold = fx["theme_threshold"].as_f64().unwrap();
        assert!(got.reasons.themes.iter().all(|t| t.probability >= threshold), "{name}");
        reported += got_themes.len();
        assert_eq!(got.id, response.id());
    }
    // The fixture exercises the calibration: it moves confidences, and themes are reported.
    assert!(calibrated > 4 && reported > 4, "{calibrated} confidences moved, {reported} themes");
}

/// With the themes read clause by clause, the themes reported and their probabilities are those computed in Python
/// (`models/head/clauses.py` through onnxruntime), with the head computed in Rust and with ONNX Runtime running it;
/// nothing else changes.
#[test]
fn clause_themes_match_onnxruntime_in_python() {
    let fx = fixture("scores.json");
    let dir = std::env::var_os("OES_MODEL_DIR").map_or_else(|| root().join("models"), PathBuf::from);
    let build = |native: bool, clauses: bool| {
        let builder = Scorer::builder().model_dir(&dir).threads(2).native_head(native).clause_themes(clauses);
        builder.build().expect("the committed model reads themes clause by clause")
    };
    let sorted = |m: &[oes_core::oes::ThemeMention]| {
        let mut m = m.to_vec();
        m.sort_by(|a, b| (&a.question, &a.theme).cmp(&(&b.question, &b.theme)));
        m
    };
    let pairs = |m: &[oes_core::oes::ThemeMention]| -> Vec<(String, String)> {
        sorted(m).into_iter().map(|t| (t.question, t.theme)).collect()
    };
    let threshold = fx["clause_theme_threshold"].as_f64().unwrap();
    let (mut changed, mut reported) = (0, 0);
    for native in [true, false] {
        let (by_clause, whole) = (build(native, true), build(native, false));
        assert!(by_clause.clause_themes() && !whole.clause_themes());
        for c in fx["cases"].as_array().unwrap() {
            let (survey, response) = case(c);
            let name = c["name"].as_str().unwrap();
            let (got, read_whole) =
                (by_clause.score(&survey, &response).unwrap(), whole.score(&survey, &response).unwrap());
            let want = c["expected"]["clause_themes"].as_array().unwrap();
            let want_pairs: Vec<(String, String)> = want
                .iter()
                .map(|t| (t["question"].as_str().unwrap().to_owned(), t["theme"].as_str().unwrap().to_owned()))
                .collect();
            assert_eq!(pairs(&got.reasons.themes), want_pairs, "{name}");
            for (g, w) in sorted(&got.reasons.themes).iter().zip(want) {
                let (p, pol) = (w["probability"].as_f64().unwrap(), w["polarity"].as_f64().unwrap());
                assert!(close(g.probability, p, BATCHING_TOLERANCE), "{name}: {} {} vs {p}", g.theme, g.probability);
                assert!(close(g.polarity, pol, BATCHING_TOLERANCE), "{name}: {} {} vs {pol}", g.theme, g.polarity);
                assert!(g.probability >= threshold, "{name}");
            }
            // the scores, confidences and answer effects are those of the comments read whole
            assert_eq!((got.scores(), got.confidence), (read_whole.scores(), read_whole.confidence), "{name}");
            assert_eq!(got.reasons.answers, read_whole.reasons.answers, "{name}");
            changed += usize::from(pairs(&got.reasons.themes) != pairs(&read_whole.reasons.themes));
            reported += got.reasons.themes.len();
        }
    }
    // the fixture exercises the mode: some cases report other themes than their comments read whole
    assert!(changed >= 2 && reported > 4, "{changed} cases changed, {reported} themes");
}

fn nps_survey(order_reversed: bool) -> Survey {
    let mut questions = [
        r#"{"id": "nps", "kind": "nps", "text": "How likely are you to recommend us to a friend?"}"#,
        r#"{"id": "csat", "kind": "csat", "text": "How satisfied are you with your visit?"}"#,
        r#"{"id": "why", "kind": "text", "text": "What is the main reason for your score?"}"#,
    ];
    if order_reversed {
        questions.reverse();
    }
    Survey::from_json(&format!(r#"{{"id": "s", "questions": [{}]}}"#, questions.join(","))).unwrap()
}

fn nps_response(survey: &Survey, nps: u8, comment: &str) -> Response {
    let line = format!(
        r#"{{"id": "r{nps}", "submitted_at": "2025-03-01T10:00:00Z", "answers": {{"nps": {nps}, "csat": 4, "why": {}}}}}"#,
        serde_json::to_string(comment).unwrap()
    );
    Response::from_json(survey, &line).unwrap()
}

#[test]
fn question_order_does_not_matter() {
    let (a, b) = (nps_survey(false), nps_survey(true));
    let comment = "Friendly staff, but the queue at the checkout was far too long.";
    let x = scorer().score(&a, &nps_response(&a, 8, comment)).unwrap();
    let y = scorer().score(&b, &nps_response(&b, 8, comment)).unwrap();
    for (p, q) in x.scores().to_array().iter().zip(y.scores().to_array()) {
        assert!(close(*p, q, 1e-4), "{p} vs {q}");
    }
}

#[test]
fn a_higher_nps_never_lowers_recommendation() {
    let s = nps_survey(false);
    for comment in ["", "Świetna obsługa, szybka dostawa.", "Das Personal war unfreundlich und die Wartezeit lang."] {
        let responses: Vec<Response> = (0..=10).map(|v| nps_response(&s, v, comment)).collect();
        let scores = scorer().score_batch(&s, &responses).unwrap();
        for w in scores.windows(2) {
            assert!(
                w[1].recommendation >= w[0].recommendation - 1e-4,
                "{comment:?}: {} -> {}",
                w[0].recommendation,
                w[1].recommendation
            );
        }
        assert!(scores[10].recommendation > scores[0].recommendation + 1.0, "{comment:?}: NPS moves recommendation");
    }
}

#[test]
fn reasons_name_answers_and_a_corrupt_file_is_refused() {
    let s = nps_survey(false);
    let r = scorer().score(&s, &nps_response(&s, 10, "Great service, fast delivery!")).unwrap();
    assert!(r.reasons.answers.iter().any(|a| a.question == "nps" && a.effect.recommendation > 0.0), "{r:?}");
    let json = serde_json::to_value(&r).unwrap();
    for key in ["id", "satisfaction", "recommendation", "ease", "loyalty", "confidence", "reasons"] {
        assert!(json.get(key).is_some(), "{key}");
    }
    let sums = "0000000000000000000000000000000000000000000000000000000000000000  head.onnx\n";
    let err = oes_core::oes::verify_checksum(sums, "head.onnx", b"not the model").unwrap_err();
    assert!(err.to_string().contains("does not match its checksum"));
}

/// Two JSON values equal but for numbers, which may differ by `tol`.
fn assert_json_close(a: &Value, b: &Value, tol: f64, at: &str) {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => {
            let (x, y) = (x.as_f64().unwrap(), y.as_f64().unwrap());
            // a reported polarity reads the mean of the response's four logits times the calibration's slope (about 4
            // in the committed file), which multiplies the logits' float rounding by as much
            let tol = if at.ends_with(".polarity") { 10.0 * tol } else { tol };
            assert!(close(x, y, tol), "{at}: {x} vs {y}");
        }
        (Value::Array(x), Value::Array(y)) => {
            assert_eq!(x.len(), y.len(), "{at}: {a} vs {b}");
            x.iter().zip(y).enumerate().for_each(|(i, (x, y))| assert_json_close(x, y, tol, &format!("{at}[{i}]")));
        }
        (Value::Object(x), Value::Object(y)) => {
            assert_eq!(x.keys().collect::<Vec<_>>(), y.keys().collect::<Vec<_>>(), "{at}");
            x.iter().for_each(|(k, v)| assert_json_close(v, &y[k], tol, &format!("{at}.{k}")));
        }
        _ => assert_eq!(a, b, "{at}"),
    }
}

#[test]
fn the_rust_head_matches_onnxruntime_running_head_onnx() {
    let dir = std::env::var_os("OES_MODEL_DIR").map_or_else(|| root().join("models"), PathBuf::from);
    let runtime_head = Scorer::builder().model_dir(dir).threads(2).native_head(false).build().unwrap();
    assert!(format!("{:?}", scorer()).contains("head: \"native\""), "{:?}", scorer());
    assert!(format!("{runtime_head:?}").contains("head: \"ONNX Runtime\""), "{runtime_head:?}");
    let fx = fixture("scores.json");
    let mut compared = 0;
    for c in fx["cases"].as_array().unwrap() {
        let (survey, response) = case(c);
        // Alone, and in one call with every case of the same survey (shared rows and texts are computed once).
        let batch: Vec<Response> = fx["cases"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| d["survey"] == c["survey"])
            .map(|d| Response::from_value(&survey, d["response"].clone()).unwrap())
            .collect();
        for (native, runtime) in [
            (vec![scorer().score(&survey, &response).unwrap()], vec![runtime_head.score(&survey, &response).unwrap()]),
            (scorer().score_batch(&survey, &batch).unwrap(), runtime_head.score_batch(&survey, &batch).unwrap()),
        ] {
            for (n, r) in native.iter().zip(&runtime) {
                let name = c["name"].as_str().unwrap();
                assert_json_close(&serde_json::to_value(n).unwrap(), &serde_json::to_value(r).unwrap(), 1e-5, name);
                compared += 1;
            }
        }
    }
    assert!(compared > fx["cases"].as_array().unwrap().len(), "{compared} responses compared");

    // The shipped examples (store, employee and support surveys; comments in several languages, tickets), in calls of
    // 100 responses.
    for dir in ["examples", "examples/employee", "examples/support"] {
        let survey =
            Survey::from_json(&std::fs::read_to_string(root().join(dir).join("survey.json")).unwrap()).unwrap();
        let path = root().join(dir).join("responses.jsonl");
        let responses = oes_core::io::read_responses(&survey, path, oes_core::io::ReadMode::Strict).unwrap().responses;
        let chunk = &responses[..responses.len().min(100)];
        let (native, runtime) =
            (scorer().score_batch(&survey, chunk).unwrap(), runtime_head.score_batch(&survey, chunk).unwrap());
        assert_eq!(native.len(), chunk.len());
        for (n, r) in native.iter().zip(&runtime) {
            assert_json_close(&serde_json::to_value(n).unwrap(), &serde_json::to_value(r).unwrap(), 1e-5, &n.id);
        }
    }
}

#[test]
fn calls_from_several_threads_give_the_same_scores() {
    let survey = Survey::from_json(&std::fs::read_to_string(root().join("examples/survey.json")).unwrap()).unwrap();
    let path = root().join("examples/responses.jsonl");
    let responses = oes_core::io::read_responses(&survey, path, oes_core::io::ReadMode::Strict).unwrap().responses;
    let chunk = &responses[..40];
    let alone = scorer().score_batch(&survey, chunk).unwrap();
    let together: Vec<Vec<_>> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..3).map(|_| s.spawn(|| scorer().score_batch(&survey, chunk).unwrap())).collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    for scores in together {
        assert_json_close(&serde_json::to_value(&scores).unwrap(), &serde_json::to_value(&alone).unwrap(), 1e-6, "");
    }
}

/// A head file that yields NaN (here its score bias `bz` set to NaN) makes scoring an error, never a `null` score,
/// whether the head runs in Rust or through ONNX Runtime.
#[test]
fn a_head_that_yields_nan_is_an_error() {
    let models = root().join("models");
    let dir = std::env::temp_dir().join(format!("oes-nan-head-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut head = std::fs::read(models.join("head.onnx")).unwrap();
    // The initializer named "bz" (field 8, 2 bytes), then its raw data (field 9, 16 bytes: four float32s).
    let tag = b"\x42\x02bz\x4a\x10";
    let at = head.windows(tag.len()).position(|w| w == tag).expect("bz is stored as 16 raw bytes") + tag.len();
    for i in 0..4 {
        head[at + 4 * i..at + 4 * i + 4].copy_from_slice(&f32::NAN.to_le_bytes());
    }
    std::fs::write(dir.join("head.onnx"), &head).unwrap();
    for file in ["encoder.onnx", "tokenizer.json"] {
        std::fs::copy(models.join(file), dir.join(file)).unwrap();
    }
    let survey = Survey::from_json(r#"{"id": "s", "questions": [{"id": "n", "kind": "nps"}]}"#).unwrap();
    let response =
        Response::from_json(&survey, r#"{"id": "r1", "submitted_at": "2025-01-01T00:00:00Z", "answers": {"n": 9}}"#)
            .unwrap();
    let mut errors = Vec::new();
    for native in [true, false] {
        let scorer =
            Scorer::builder().model_dir(&dir).verify_checksums(false).native_head(native).threads(1).build().unwrap();
        errors.push(scorer.score(&survey, &response).unwrap_err().to_string());
    }
    std::fs::remove_dir_all(&dir).ok();
    for e in errors {
        assert!(e.starts_with("OES model: the model gave a non-finite score (NaN) for response \"r1\""), "{e}");
    }
}

/// The response as JSON with one answer (or its ticket) removed: the question was not shown.
fn without_answer(response: &Value, question: &str) -> Value {
    let mut r = response.clone();
    if question == "ticket" {
        r.as_object_mut().unwrap().remove("ticket");
    } else {
        r["answers"].as_object_mut().unwrap().remove(question);
    }
    r
}

/// Each answer's reported effect is the exact change of each score when that answer is removed and the response is
/// scored again (reasons list effects of at least 0.05 points, so an answer they leave out moves no score more), with
/// the head computed in Rust and run through ONNX Runtime.
#[test]
fn an_answers_effect_is_the_change_when_it_is_removed() {
    let dir = std::env::var_os("OES_MODEL_DIR").map_or_else(|| root().join("models"), PathBuf::from);
    let runtime_head = Scorer::builder().model_dir(dir).threads(2).native_head(false).build().unwrap();
    let mut cases: Vec<(Survey, Value)> = fixture("scores.json")["cases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (serde_json::from_value(c["survey"].clone()).unwrap(), c["response"].clone()))
        .collect();
    for (dir, n) in [("examples", 30), ("examples/support", 15)] {
        let survey =
            Survey::from_json(&std::fs::read_to_string(root().join(dir).join("survey.json")).unwrap()).unwrap();
        let lines = std::fs::read_to_string(root().join(dir).join("responses.jsonl")).unwrap();
        cases.extend(lines.lines().take(n).map(|l| (survey.clone(), serde_json::from_str(l).unwrap())));
    }
    let (mut checked, mut reported) = (0, 0);
    for scorer in [scorer(), &runtime_head] {
        for (survey, json) in &cases {
            let response = Response::from_value(survey, json.clone()).unwrap();
            let got = scorer.score(survey, &response).unwrap();
            let scores = got.scores().to_array();
            for row in rows(survey, &response) {
                let question = row.question.map_or_else(|| "ticket".to_owned(), |i| survey.questions()[i].id.clone());
                let fewer = Response::from_value(survey, without_answer(json, &question)).unwrap();
                let again = scorer.score(survey, &fewer).unwrap().scores().to_array();
                let exact: Vec<f64> = scores.iter().zip(again).map(|(s, a)| s - a).collect();
                match got.reasons.answers.iter().find(|a| a.question == question) {
                    Some(a) => {
                        for (e, x) in a.effect.to_array().iter().zip(&exact) {
                            assert!(close(*e, *x, 1e-5), "{} without {question}: effect {e} vs {x}", got.id);
                        }
                        reported += 1;
                    }
                    None => assert!(
                        exact.iter().all(|x| x.abs() < oes_core::oes::explain::MIN_EFFECT + 1e-5),
                        "{} without {question}: {exact:?} not reported",
                        got.id
                    ),
                }
                checked += 1;
            }
        }
    }
    assert!(reported > 100 && checked > reported, "{reported} of {checked} answers reported");
}

/// A survey that declares its audience gets only that audience's themes; the scores, confidences and answer effects
/// do not change.
#[test]
fn a_declared_audience_keeps_its_own_themes() {
    use oes_core::oes::{EMPLOYEE_THEMES, THEMES};
    let comment = "The cashier was rude to me, my salary has not moved in three years and my manager never listens.";
    let score = |audience: &str| {
        let survey = Survey::from_json(&format!(
            r#"{{"id": "s", {audience} "questions": [{{"id": "n", "kind": "nps"}}, {{"id": "c", "kind": "text"}}]}}"#
        ))
        .unwrap();
        let response = Response::from_json(
            &survey,
            &format!(
                r#"{{"id": "r", "submitted_at": "2025-01-01T00:00:00Z", "answers": {{"n": 6, "c": "{comment}"}}}}"#
            ),
        )
        .unwrap();
        scorer().score(&survey, &response).unwrap()
    };
    let themes = |s: &oes_core::oes::OesScore| s.reasons.themes.iter().map(|m| m.theme.clone()).collect::<Vec<_>>();
    let employee = |t: &String| THEMES[EMPLOYEE_THEMES..].contains(&t.as_str());
    let none = score("");
    let all = themes(&none);
    // the comment is read as mentioning themes of both audiences, so the test can tell them apart
    assert!(all.iter().any(employee) && !all.iter().all(employee), "{all:?}");
    for (audience, keep_employee) in [("customer", false), ("employee", true)] {
        let declared = score(&format!(r#""audience": "{audience}","#));
        let want: Vec<String> = all.iter().filter(|t| employee(t) == keep_employee).cloned().collect();
        assert_eq!(themes(&declared), want, "{audience}");
        let strip = |s: &oes_core::oes::OesScore| {
            let mut v = serde_json::to_value(s).unwrap();
            v["reasons"]["themes"] = Value::Null;
            v
        };
        assert_eq!(strip(&declared), strip(&none), "{audience}");
    }
}
