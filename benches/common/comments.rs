//! Responses for the OES scoring benchmarks: a kiosk/email survey with NPS, CSAT, CES, a single choice and a
//! comment, answered in 14 languages, with a realistic mix of comment lengths and of responses without a comment.
//!
//! Comments are put together from the phrase banks of the training-data generator (`models/data/bank/*.json`):
//! one to six sentences about a theme (praise or complaint) or general ones, in the respondent's language. Every
//! comment is distinct, so no text is scored twice (the scorer embeds a repeated text once per batch, which would
//! flatter it).

use std::collections::HashSet;
use std::path::PathBuf;

use oes_core::{Response, Survey};
use serde_json::{json, Value};

use super::SplitMix64;

/// The survey the OES benchmarks score.
pub const OES_SURVEY: &str = r#"{"id": "kiosk-oes", "questions": [
    {"id": "nps", "kind": "nps", "text": "How likely are you to recommend us to a friend or colleague?"},
    {"id": "csat", "kind": "csat", "text": "Overall, how satisfied are you with your visit?", "scale": {"min": 1, "max": 5}},
    {"id": "ces", "kind": "ces", "text": "The company made it easy to handle my issue.", "scale": {"min": 1, "max": 7}},
    {"id": "reason", "kind": "single_choice", "text": "What was the main reason for your visit?",
     "options": ["Shopping", "Pickup", "Return", "Advice"]},
    {"id": "comment", "kind": "text", "text": "Anything else you would like to tell us?"}
]}"#;

/// Share of responses with a comment, in per mille: online and kiosk surveys see roughly a third to two thirds.
pub const WITH_COMMENT_PER_MILLE: u64 = 600;

/// How many sentences a comment has, and how often (relative weights for 1, 2, 3, 4, 5, 6 sentences).
const SENTENCES: [u32; 6] = [45, 28, 14, 7, 4, 2];

/// The sentences of one language's bank: (positive, negative, neutral).
struct Bank {
    positive: Vec<String>,
    negative: Vec<String>,
    neutral: Vec<String>,
}

fn strings(v: Option<&Value>) -> Vec<String> {
    v.and_then(Value::as_array)
        .map_or_else(Vec::new, |a| a.iter().filter_map(|s| s.as_str().map(str::to_owned)).collect())
}

fn banks() -> Vec<Bank> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../models/data/bank");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|path| {
            let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
            let bank: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let (mut positive, mut negative) = (Vec::new(), Vec::new());
            if let Some(themes) = bank["themes"].as_object() {
                for theme in themes.values() {
                    positive.extend(strings(theme.get("pos")));
                    negative.extend(strings(theme.get("neg")));
                }
            }
            positive.extend(strings(bank["generic"].get("pos")));
            negative.extend(strings(bank["generic"].get("neg")));
            let neutral = strings(bank["generic"].get("neutral"));
            Bank { positive, negative, neutral }
        })
        .filter(|b| !b.positive.is_empty() && !b.negative.is_empty())
        .collect()
}

fn pick<'a>(rng: &mut SplitMix64, from: &'a [String]) -> &'a str {
    &from[rng.below(from.len() as u64) as usize]
}

/// `n` responses to [`OES_SURVEY`] as JSON values, deterministic for a seed.
pub fn oes_responses(n: usize, seed: u64) -> Vec<Value> {
    let banks = banks();
    assert!(!banks.is_empty(), "no phrase banks in models/data/bank");
    let mut rng = SplitMix64::new(seed);
    let mut seen = HashSet::new();
    (0..n)
        .map(|i| {
            let happy = rng.chance(550);
            let nps = if happy { 7 + rng.below(4) } else { rng.below(8) };
            let csat = if happy { 4 + rng.below(2) } else { 1 + rng.below(4) };
            let ces = if happy { 5 + rng.below(3) } else { 1 + rng.below(5) };
            let reason = ["Shopping", "Pickup", "Return", "Advice"][rng.below(4) as usize];
            let comment = if rng.chance(WITH_COMMENT_PER_MILLE) {
                let bank = &banks[rng.below(banks.len() as u64) as usize];
                loop {
                    let sentences = 1 + rng.pick(&SENTENCES);
                    let mut text = String::new();
                    for _ in 0..sentences {
                        let pool = match rng.below(10) {
                            0 if !bank.neutral.is_empty() => &bank.neutral,
                            1 | 2 => {
                                if happy {
                                    &bank.negative
                                } else {
                                    &bank.positive
                                }
                            }
                            _ => {
                                if happy {
                                    &bank.positive
                                } else {
                                    &bank.negative
                                }
                            }
                        };
                        if !text.is_empty() {
                            text.push(' ');
                        }
                        text.push_str(pick(&mut rng, pool));
                    }
                    if seen.insert(text.clone()) {
                        break Value::String(text);
                    }
                }
            } else {
                Value::Null
            };
            json!({
                "id": format!("r{i:06}"),
                "submitted_at": format!("2025-{:02}-{:02}T12:00:00Z", 1 + i % 12, 1 + i % 28),
                "answers": {"nps": nps, "csat": csat, "ces": ces, "reason": reason, "comment": comment},
            })
        })
        .collect()
}

/// The survey and `n` responses, parsed.
pub fn oes_data(n: usize, seed: u64) -> (Survey, Vec<Response>) {
    let survey = Survey::from_json(OES_SURVEY).expect("a valid survey");
    let responses = oes_responses(n, seed)
        .iter()
        .map(|v| Response::from_json(&survey, &v.to_string()).expect("a valid response"))
        .collect();
    (survey, responses)
}

/// `n` responses without any comment (the structured answers only).
pub fn oes_data_without_text(n: usize, seed: u64) -> (Survey, Vec<Response>) {
    let survey = Survey::from_json(OES_SURVEY).expect("a valid survey");
    let responses = oes_responses(n, seed)
        .into_iter()
        .map(|mut v| {
            v["answers"]["comment"] = Value::Null;
            Response::from_json(&survey, &v.to_string()).expect("a valid response")
        })
        .collect();
    (survey, responses)
}

/// `n` responses without any comment, each one distinct: every response also carries a support ticket with its own
/// time to resolution (`i + 1` minutes). The scorer runs the head once per distinct response, so this is the case
/// where nothing repeats.
pub fn oes_data_distinct_without_text(n: usize, seed: u64) -> (Survey, Vec<Response>) {
    let survey = Survey::from_json(OES_SURVEY).expect("a valid survey");
    let responses = oes_responses(n, seed)
        .into_iter()
        .enumerate()
        .map(|(i, mut v)| {
            v["answers"]["comment"] = Value::Null;
            let minutes = i + 1;
            v["ticket"] = json!({
                "opened_at": "2025-01-01T00:00:00Z",
                "resolved_at": format!("2025-01-{:02}T{:02}:{:02}:00Z", 1 + minutes / 1440, minutes / 60 % 24, minutes % 60),
                "contacts": 1 + i % 3,
            });
            Response::from_json(&survey, &v.to_string()).expect("a valid response")
        })
        .collect();
    (survey, responses)
}
