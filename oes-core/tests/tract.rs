//! The committed OES model run through tract (`Scorer::from_bytes_tract`, the WebAssembly scorer's engine) matches
//! the fixtures computed in Python through onnxruntime (`tests/fixtures/oes/`) within 1e-3, with the fixture's
//! batching: every output, the per-answer effects included. With the `onnx` feature too, both runtimes are compared.
//!
//! `cargo test -p oes-core --features tract --test tract`; `-- --ignored --nocapture` prints tract's speed (build with
//! `--release` for meaningful figures).
#![cfg(feature = "tract")]

use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::Instant;

use oes_core::oes::features::rows;
use oes_core::oes::text::TextTokenizer;
use oes_core::oes::{OesScore, Scorer};
use oes_core::{Response, Survey};
use serde_json::Value;

const TOLERANCE: f64 = 1e-3;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

fn fixture(name: &str) -> Value {
    let dir = std::env::var_os("OES_TEST_FIXTURES").map_or_else(|| root().join("tests/fixtures/oes"), PathBuf::from);
    serde_json::from_str(&std::fs::read_to_string(dir.join(name)).unwrap()).unwrap()
}

fn model_file(name: &str) -> Vec<u8> {
    let dir = std::env::var_os("OES_MODEL_DIR").map_or_else(|| root().join("models"), PathBuf::from);
    std::fs::read(dir.join(name)).unwrap()
}

fn scorer() -> &'static Scorer {
    static SCORER: OnceLock<Scorer> = OnceLock::new();
    SCORER.get_or_init(|| {
        let [encoder, tokenizer, head] = ["encoder.onnx", "tokenizer.json", "head.onnx"].map(model_file);
        Scorer::from_bytes_tract(&encoder, &tokenizer, &head).expect("the committed model loads in tract")
    })
}

fn case(c: &Value) -> (Survey, Response) {
    let survey: Survey = serde_json::from_value(c["survey"].clone()).unwrap();
    let response = Response::from_value(&survey, c["response"].clone()).unwrap();
    (survey, response)
}

/// Every output of a score beside the fixture's expectation: `(what, got, expected)` for the scores, the confidences
/// and the effect of every answer (the fixture's `effects`: the reported score minus the reported score of the
/// response re-scored without that answer; reasons list the effects of 0.05 points or more, so a missing answer must
/// have smaller ones).
fn outputs(survey: &Survey, response: &Response, got: &OesScore, want: &Value) -> Vec<(String, f64, f64)> {
    let mut out = Vec::new();
    let perspectives = ["satisfaction", "recommendation", "ease", "loyalty"];
    let (scores, confidence) = (got.scores().to_array(), got.confidence.to_array());
    for (p, key) in perspectives.iter().enumerate() {
        out.push((key.to_string(), scores[p], want[key].as_f64().unwrap()));
        out.push((format!("confidence {key}"), confidence[p], want["confidence"][key].as_f64().unwrap()));
    }
    // The themes reported, with their polarities: the same themes as the fixture's.
    let mut themes: Vec<(String, f64)> =
        got.reasons.themes.iter().map(|t| (format!("{} {}", t.question, t.theme), t.polarity)).collect();
    themes.sort_by(|a, b| a.0.cmp(&b.0));
    let expected = want["themes"].as_array().unwrap();
    let names: Vec<String> = expected
        .iter()
        .map(|t| format!("{} {}", t["question"].as_str().unwrap(), t["theme"].as_str().unwrap()))
        .collect();
    assert_eq!(themes.iter().map(|t| &t.0).collect::<Vec<_>>(), names.iter().collect::<Vec<_>>(), "{}", response.id());
    for ((name, polarity), t) in themes.iter().zip(expected) {
        out.push((format!("polarity of {name}"), *polarity, t["polarity"].as_f64().unwrap()));
    }
    let ids: Vec<String> = rows(survey, response)
        .iter()
        .map(|r| r.question.map_or_else(|| "ticket".to_owned(), |i| survey.questions()[i].id.clone()))
        .collect();
    let effects = want["effects"].as_array().unwrap();
    assert_eq!(ids.len(), effects.len(), "{}: rows", response.id());
    for (id, effect) in ids.iter().zip(effects) {
        let expected: Vec<f64> = (0..4).map(|p| effect[p].as_f64().unwrap()).collect();
        match got.reasons.answers.iter().find(|a| &a.question == id) {
            Some(a) => {
                for (p, (g, w)) in a.effect.to_array().iter().zip(&expected).enumerate() {
                    out.push((format!("effect of {id} on {}", perspectives[p]), *g, *w));
                }
            }
            None => {
                let largest = expected.iter().fold(0.0f64, |m, e| m.max(e.abs()));
                out.push((format!("largest effect of {id} (not reported)"), largest.min(0.05), largest));
            }
        }
    }
    out
}

/// Asserts that every `(what, got, expected)` is within the tolerance, naming the worst; returns the largest
/// difference.
fn assert_close(all: &[(String, f64, f64)]) -> f64 {
    let worst = all.iter().max_by(|a, b| (a.1 - a.2).abs().total_cmp(&(b.1 - b.2).abs())).unwrap();
    let over = all.iter().filter(|(_, g, w)| (g - w).abs() > TOLERANCE).count();
    let diff = (worst.1 - worst.2).abs();
    println!(
        "max abs difference {diff:.2e} ({}: {} vs {}); {over} of {} values over {TOLERANCE}",
        worst.0,
        worst.1,
        worst.2,
        all.len()
    );
    assert_eq!(over, 0, "{over} values differ by more than {TOLERANCE}, worst {}: {} vs {}", worst.0, worst.1, worst.2);
    diff
}

#[test]
fn embeddings_match_onnxruntime_in_python() {
    let fx = fixture("scores.json");
    let mut all = Vec::new();
    for e in fx["embeddings"].as_array().unwrap() {
        let text = e["text"].as_str().unwrap();
        let got = &scorer().embed(&[text]).unwrap()[0];
        let norm: f32 = got.iter().map(|v| v * v).sum::<f32>().sqrt();
        assert!((norm - 1.0).abs() < 1e-3, "{text}: the embedding is L2-normalised");
        for (i, (a, b)) in got.iter().zip(e["first8"].as_array().unwrap()).enumerate() {
            all.push((format!("{text}[{i}]"), *a as f64, b.as_f64().unwrap()));
        }
    }
    assert_close(&all);
}

#[test]
fn every_output_matches_onnxruntime_in_python() {
    let fx = fixture("scores.json");
    let mut all = Vec::new();
    for c in fx["cases"].as_array().unwrap() {
        let (survey, response) = case(c);
        // As the fixture was computed: each response on its own, the default batch size.
        let got = scorer().score(&survey, &response).unwrap();
        assert_eq!(got.id, response.id());
        let name = c["name"].as_str().unwrap();
        all.extend(
            outputs(&survey, &response, &got, &c["expected"])
                .into_iter()
                .map(|(w, g, e)| (format!("{name}: {w}"), g, e)),
        );
    }
    assert_close(&all);
}

#[test]
fn a_batch_and_no_responses() {
    let fx = fixture("scores.json");
    let c = &fx["cases"][0];
    let (survey, response) = case(c);
    assert!(scorer().score_batch(&survey, &[]).unwrap().is_empty());
    let many = scorer().score_batch(&survey, &[response.clone(), response.clone()]).unwrap();
    assert_eq!(many[0], many[1]);
    let one = scorer().score(&survey, &response).unwrap();
    // The encoder quantises weights only: a score does not depend on the other responses of its call.
    let other = Response::from_value(&survey, {
        let mut r = c["response"].clone();
        r["id"] = "other".into();
        r["answers"].as_object_mut().unwrap().retain(|k, _| k == "why");
        r
    })
    .unwrap();
    let mixed = scorer().score_batch(&survey, &[other, response.clone()]).unwrap();
    for (a, b) in mixed[1].scores().to_array().iter().zip(one.scores().to_array()) {
        assert!((a - b).abs() < 1e-6, "{a} vs {b}");
    }
}

#[test]
fn a_corrupt_file_is_an_error() {
    let tokenizer = model_file("tokenizer.json");
    let head = model_file("head.onnx");
    let err = Scorer::from_bytes_tract(b"not a model", &tokenizer, &head).unwrap_err();
    assert!(err.to_string().contains("encoder.onnx"), "{err}");
    let err = Scorer::from_bytes_tract(&head, &tokenizer, &head).unwrap_err();
    assert!(err.to_string().contains("encoder.onnx has no input"), "{err}");
}

#[cfg(feature = "onnx")]
fn onnxruntime() -> &'static Scorer {
    static SCORER: OnceLock<Scorer> = OnceLock::new();
    SCORER.get_or_init(|| {
        Scorer::builder()
            .model_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../models"))
            .threads(1)
            .build()
            .expect("ONNX Runtime and the committed model load")
    })
}

#[cfg(feature = "onnx")]
#[test]
fn tract_and_onnxruntime_agree() {
    let fx = fixture("scores.json");
    let mut all = Vec::new();
    for c in fx["cases"].as_array().unwrap() {
        let (survey, response) = case(c);
        let (a, b) = (scorer().score(&survey, &response).unwrap(), onnxruntime().score(&survey, &response).unwrap());
        for (p, (x, y)) in a.scores().to_array().iter().zip(b.scores().to_array()).enumerate() {
            all.push((format!("{}: score {p}", c["name"]), *x, y));
        }
    }
    assert_close(&all);
}

/// A comment of about 40 tokens.
const COMMENT: &str =
    "The delivery came two days late and the box was damaged, but the support team answered quickly, \
                       replaced the broken parts and even refunded the shipping costs.";

/// Milliseconds per text of `embed` on batches of `size` texts of about 40 tokens (the best of 5 runs, so that other
/// work on the machine counts as little as possible).
fn ms_per_text(scorer: &Scorer, size: usize) -> f64 {
    // Distinct texts of the same length (the batch is one encoder run).
    let texts: Vec<String> = (0..size).map(|i| format!("{COMMENT} {}", ["A", "B", "C", "D"][i % 4])).collect();
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    scorer.embed(&refs).unwrap();
    (0..5)
        .map(|_| {
            let t = Instant::now();
            scorer.embed(&refs).unwrap();
            t.elapsed().as_secs_f64() * 1000.0 / size as f64
        })
        .fold(f64::INFINITY, f64::min)
}

#[test]
#[ignore = "timing: run with --release -- --ignored --nocapture"]
fn speed() {
    let [encoder, tokenizer, head] = ["encoder.onnx", "tokenizer.json", "head.onnx"].map(model_file);
    let started = Instant::now();
    drop(Scorer::from_bytes_tract(&encoder, &tokenizer, &head).unwrap());
    println!("tract: load and optimise {:.2} s", started.elapsed().as_secs_f64());
    let tokens = TextTokenizer::from_bytes(&tokenizer).unwrap().encode(&[COMMENT]).unwrap()[0].len();
    println!("texts of {tokens} tokens");
    let s = scorer();
    for size in [1, 8] {
        println!("tract: batch {size}, {:.1} ms per text", ms_per_text(s, size));
    }
    #[cfg(feature = "onnx")]
    for size in [1, 8] {
        println!("ONNX Runtime (1 thread): batch {size}, {:.1} ms per text", ms_per_text(onnxruntime(), size));
    }
}
