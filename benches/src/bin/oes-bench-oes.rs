//! The Rust half of `benches/compare_onnxruntime.py`.
//!
//! ```text
//! oes-bench-oes generate DIR [--responses N]                # writes survey.json and responses.jsonl
//! oes-bench-oes time DIR [--runs N] [--threads T] [--chunk C] [--clause-themes 1]
//! oes-bench-oes cold-start DIR [--threads T]
//! ```
//!
//! `time` reads the responses, builds one scorer (`threads` per model run, default 2) and scores all of them with
//! `score_batch` in chunks of `C` responses (default 256, as `oes score` does), `runs` times; it prints the wall times
//! as JSON and writes the scores of the last run to `DIR/rust_scores.jsonl` (with `--clause-themes 1`, the scorer
//! reads the comments' themes clause by clause, and `DIR/rust_scores_clauses.jsonl`). The scorer's cache of question
//! embeddings is filled by the first run. `cold-start` times, from the start of `main`, building the scorer (loading
//! ONNX Runtime, checking and loading the model files) and scoring the first response with a comment.

#[path = "../../common/mod.rs"]
mod common;

use std::error::Error;
use std::io::Write;
use std::path::Path;
use std::time::Instant;

use oes_core::io::{read_jsonl, ReadMode};
use oes_core::oes::Scorer;
use oes_core::{Answer, Response, Survey};
use serde_json::json;

/// The committed model (a benchmark runs from the source tree).
const MODELS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../models");

type Result<T> = std::result::Result<T, Box<dyn Error>>;

const USAGE: &str = "usage: oes-bench-oes generate DIR [--responses N]\n       \
                     oes-bench-oes time DIR [--runs N] [--threads T] [--chunk C] [--clause-themes 1]\n       \
                     oes-bench-oes cold-start DIR [--threads T]";

fn main() -> Result<()> {
    let start = Instant::now();
    let args = common::Args::parse(USAGE)?;
    let (dir, flag) = (&args.dir, |name: &str, default: usize| args.flag(name, default));
    match args.command.as_str() {
        "generate" => generate(dir, flag("--responses", 2000)?),
        "time" => time(
            dir,
            flag("--runs", 3)?.max(1),
            flag("--threads", 2)?,
            flag("--chunk", 256)?.max(1),
            flag("--clause-themes", 0)? != 0,
        ),
        "cold-start" => cold_start(dir, flag("--threads", 2)?, start),
        _ => Err(USAGE.into()),
    }
}

fn generate(dir: &Path, n: usize) -> Result<()> {
    std::fs::create_dir_all(dir)?;
    std::fs::write(dir.join("survey.json"), common::comments::OES_SURVEY)?;
    let mut file = std::io::BufWriter::new(std::fs::File::create(dir.join("responses.jsonl"))?);
    for response in common::comments::oes_responses(n, common::SEED) {
        writeln!(file, "{response}")?;
    }
    file.flush()?;
    Ok(())
}

fn read(dir: &Path) -> Result<(Survey, Vec<Response>)> {
    let survey = Survey::from_json(&std::fs::read_to_string(dir.join("survey.json"))?)?;
    let file = std::io::BufReader::new(std::fs::File::open(dir.join("responses.jsonl"))?);
    let responses = read_jsonl(&survey, file, ReadMode::Strict)?.responses;
    Ok((survey, responses))
}

fn time(dir: &Path, runs: usize, threads: usize, chunk: usize, clause_themes: bool) -> Result<()> {
    let (survey, responses) = read(dir)?;
    let texts = responses.iter().flat_map(|r| r.answers()).filter(|a| matches!(a, Some(Answer::Text(_)))).count();
    let built = Instant::now();
    let scorer = Scorer::builder().model_dir(MODELS).threads(threads).clause_themes(clause_themes).build()?;
    let build_s = built.elapsed().as_secs_f64();
    let mut times = Vec::with_capacity(runs);
    let mut last = Vec::new();
    for _ in 0..runs {
        last.clear();
        let start = Instant::now();
        for part in responses.chunks(chunk) {
            last.extend(scorer.score_batch(&survey, part)?);
        }
        times.push(start.elapsed().as_secs_f64());
    }
    let name = if clause_themes { "rust_scores_clauses.jsonl" } else { "rust_scores.jsonl" };
    let mut out = std::io::BufWriter::new(std::fs::File::create(dir.join(name))?);
    for s in &last {
        let themes = s.reasons.themes.len();
        let line =
            json!({"id": s.id, "scores": [s.satisfaction, s.recommendation, s.ease, s.loyalty], "themes": themes});
        writeln!(out, "{line}")?;
    }
    out.flush()?;
    let best = times.iter().copied().fold(f64::INFINITY, f64::min);
    println!(
        "{}",
        json!({
            "responses": responses.len(),
            "texts": texts,
            "threads": threads,
            "chunk": chunk,
            "clause_themes": clause_themes,
            "build_s": build_s,
            "runs_s": times,
            "best_s": best,
        })
    );
    Ok(())
}

fn cold_start(dir: &Path, threads: usize, start: Instant) -> Result<()> {
    let (survey, responses) = read(dir)?;
    let response = responses
        .iter()
        .find(|r| r.answers().iter().any(|a| matches!(a, Some(Answer::Text(_)))))
        .ok_or("no response with a comment")?;
    let read_s = start.elapsed().as_secs_f64();
    let scorer = Scorer::builder().model_dir(MODELS).threads(threads).build()?;
    let built_s = start.elapsed().as_secs_f64();
    let score = scorer.score(&survey, response)?;
    let scored_s = start.elapsed().as_secs_f64();
    println!(
        "{}",
        json!({
            "read_s": read_s,
            "build_s": built_s - read_s,
            "first_score_s": scored_s - built_s,
            "total_s": scored_s,
            "satisfaction": score.satisfaction,
        })
    );
    Ok(())
}
