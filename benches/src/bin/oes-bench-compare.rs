//! The Rust half of `benches/compare_pandas.py`.
//!
//! ```text
//! oes-bench-compare generate DIR [--scores N] [--responses N]   # writes scores.i8, responses.csv, survey.json
//! oes-bench-compare time DIR [--runs N]                         # times oes on them, prints JSON on stdout
//! ```
//!
//! `time` reports the best of N runs of: NPS over the int8 scores (the bulk column path, data already in memory); the
//! report (`by = ["store"]`, `every = month`) end-to-end from the CSV file (read, validate, report); the CSV reading
//! alone; and the report alone over the parsed responses. It also prints the figures the Python side checks.

#[path = "../../common/mod.rs"]
mod common;

use std::error::Error;
use std::hint::black_box;
use std::io::Write;
use std::path::Path;
use std::time::Instant;

use oes_core::io::{count_into, read_each_with, read_responses, read_survey, ReadMode};
use oes_core::metrics::column::tally_column;
use oes_core::metrics::nps::NpsAccumulator;
use oes_core::metrics::MetricOptions;
use oes_core::report::{QuestionMetric, Report};
use oes_core::Scale;
use oes_core::{report, Every, Grouping, Limits, ReportAccumulator, ReportOptions};
use serde_json::{json, Value};

type Result<T> = std::result::Result<T, Box<dyn Error>>;

const USAGE: &str = "usage: oes-bench-compare generate DIR [--scores N] [--responses N]\n       \
                     oes-bench-compare time DIR [--runs N]";

fn main() -> Result<()> {
    let args = common::Args::parse(USAGE)?;
    let (dir, flag) = (&args.dir, |name: &str, default: usize| args.flag(name, default));
    match args.command.as_str() {
        "generate" => generate(dir, flag("--scores", 10_000_000)?, flag("--responses", 1_000_000)?),
        "time" => time(dir, flag("--runs", 5)?.max(1)),
        _ => Err(USAGE.into()),
    }
}

fn generate(dir: &Path, scores: usize, responses: usize) -> Result<()> {
    std::fs::create_dir_all(dir)?;
    std::fs::write(dir.join("scores.i8"), common::nps_bytes(scores, common::SEED))?;
    std::fs::write(dir.join("survey.json"), common::COMPARE_SURVEY)?;
    let mut file = std::io::BufWriter::new(std::fs::File::create(dir.join("responses.csv"))?);
    file.write_all(common::COMPARE_CSV_HEADER.as_bytes())?;
    let mut line = String::with_capacity(64);
    for row in common::rows(responses, common::SEED) {
        line.clear();
        row.write_compare_csv(&mut line);
        file.write_all(line.as_bytes())?;
    }
    file.flush()?;
    Ok(())
}

/// Runs `f` `runs` times; the best wall and on-CPU times in seconds, every time, and the last result.
///
/// On-CPU time (the whole process's, every thread's: the NPS column path and the CSV reader use two) leaves out the
/// time spent waiting for a core, which on a shared 2-core machine is most of the noise. It comes from
/// `/proc/self/stat` in clock ticks (taken as 100 per second, Linux's `USER_HZ`), so it is good to about 10 ms.
/// `null` where the kernel does not provide it.
fn best_of<T>(runs: usize, mut f: impl FnMut() -> Result<T>) -> Result<(Value, T)> {
    let mut times = Vec::with_capacity(runs);
    let mut cpu_times = Vec::with_capacity(runs);
    let mut last = None;
    for _ in 0..runs {
        drop(last.take()); // free the previous run's result before this run, outside the timed region
        let cpu = process_cpu_ns();
        let start = Instant::now();
        let out = black_box(f()?);
        times.push(start.elapsed().as_secs_f64());
        cpu_times.push(process_cpu_ns().zip(cpu).map(|(end, start)| (end - start) as f64 / 1e9));
        last = Some(out);
    }
    let best = |ts: &[f64]| ts.iter().copied().fold(f64::INFINITY, f64::min);
    let cpu: Option<Vec<f64>> = cpu_times.into_iter().collect();
    let timing = json!({
        "best_s": best(&times),
        "runs_s": times,
        "best_cpu_s": cpu.as_deref().map(best),
        "runs_cpu_s": cpu,
    });
    Ok((timing, last.expect("runs >= 1")))
}

/// Nanoseconds this process (all its threads, finished ones included) has run on a CPU, user and system (Linux).
fn process_cpu_ns() -> Option<u64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name in parentheses: state is the 3rd field, utime the 14th, stime the 15th.
    let rest: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let ticks: u64 = rest.get(11)?.parse::<u64>().ok()? + rest.get(12)?.parse::<u64>().ok()?;
    Some(ticks * 10_000_000)
}

fn time(dir: &Path, runs: usize) -> Result<()> {
    let options = ReportOptions::default().by(["store"]).every(Every::Month);
    let metric_options = MetricOptions::default();

    let scores: Vec<i8> = std::fs::read(dir.join("scores.i8"))?.into_iter().map(|b| b as i8).collect();
    let (nps_time, nps) = best_of(runs, || {
        // The bulk path of a column, as `oes.nps` runs it on a NumPy int8 array: every score checked, counted.
        let tally = tally_column(Scale::NPS, black_box(&scores), None)?;
        Ok(NpsAccumulator::from_tally(tally)?.result(&metric_options))
    })?;

    let survey = read_survey(dir.join("survey.json"))?;
    let csv = dir.join("responses.csv");
    let (end_to_end_time, report_from_csv) = best_of(runs, || {
        let responses = read_responses(&survey, &csv, ReadMode::Strict)?.responses;
        let report = report(&survey, &responses, &options)?;
        Ok((report, responses))
    })?;
    drop(report_from_csv);
    // As `oes report` reads a file: in chunks of rows, counted column by column (ids checked by hash).
    let (streaming_time, streamed) = best_of(runs, || {
        let grouping = Grouping { check_ids: false, ..options.grouping.clone() };
        let mut acc = ReportAccumulator::new(survey.clone(), &grouping)?;
        count_into(&survey, &csv, ReadMode::Strict, &Limits::default(), true, &mut acc)?;
        Ok(acc.finish(&options.result)?)
    })?;
    // One response at a time into the accumulator (the path of a JSONL file).
    let (each_time, each) = best_of(runs, || {
        let grouping = Grouping { check_ids: false, ..options.grouping.clone() };
        let mut acc = ReportAccumulator::new(survey.clone(), &grouping)?;
        read_each_with(&survey, &csv, ReadMode::Strict, &Limits::default(), true, |r| acc.add(&r))?;
        Ok(acc.finish(&options.result)?)
    })?;
    let (read_time, responses) = best_of(runs, || Ok(read_responses(&survey, &csv, ReadMode::Strict)?.responses))?;
    let (compute_time, report) = best_of(runs, || Ok(report(&survey, &responses, &options)?))?;
    if streamed != report || each != report {
        return Err("the report read in chunks or one response at a time differs from the one-pass report".into());
    }
    // The same rows as Parquet, when the caller wrote them (`compare_pandas.py` does, with pyarrow).
    let parquet = dir.join("responses.parquet");
    let mut parquet_time = Value::Null;
    if parquet.exists() {
        let (t, from_parquet) = best_of(runs, || {
            let grouping = Grouping { check_ids: false, ..options.grouping.clone() };
            let mut acc = ReportAccumulator::new(survey.clone(), &grouping)?;
            count_into(&survey, &parquet, ReadMode::Strict, &Limits::default(), true, &mut acc)?;
            Ok(acc.finish(&options.result)?)
        })?;
        if from_parquet != report {
            return Err("the report of the Parquet file differs from the report of the CSV file".into());
        }
        parquet_time = t;
    }

    let out = json!({
        "runs": runs,
        "responses": responses.len(),
        "scores": scores.len(),
        "timings": {
            "nps_10m": nps_time,
            "report_end_to_end": end_to_end_time,
            "report_streaming": streaming_time,
            "report_each": each_time,
            "report_parquet": parquet_time,
            "read_csv": read_time,
            "report_compute": compute_time,
        },
        "results": {
            "nps_10m": nps.score,
            "groups": groups(&report)?,
        },
    });
    println!("{out}");
    Ok(())
}

/// Per (store, month): n, NPS score, CSAT top-box percent and CES mean.
fn groups(report: &Report) -> Result<Vec<Value>> {
    let mut out = Vec::new();
    for group in &report.groups {
        let Some(Some(store)) = group.segment.get("store") else { continue };
        for period in &group.periods {
            let Some(questions) = &period.questions else { continue };
            let metric = |id: &str| questions.get(id).map(|q| &q.metric).ok_or(format!("no question {id}"));
            let (QuestionMetric::Nps(nps), QuestionMetric::Csat(csat), QuestionMetric::Ces(ces)) =
                (metric("nps")?, metric("csat")?, metric("ces")?)
            else {
                return Err("unexpected metric kinds".into());
            };
            out.push(json!({
                "store": store,
                "month": period.period,
                "respondents": period.respondents,
                "nps_n": nps.n,
                "nps": nps.score,
                "csat_top2": csat.percent,
                "ces_mean": ces.figures.mean,
            }));
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::common::*;

    #[test]
    fn generated_text_parses_with_oes() {
        let survey = full_survey();
        let text = jsonl(500, SEED);
        let parsed = oes_core::io::read_jsonl(&survey, text.as_bytes(), oes_core::io::ReadMode::Strict).unwrap();
        let in_memory = responses(&survey, 500, SEED);
        assert_eq!(parsed.responses.len(), 500);
        for (a, b) in parsed.responses.iter().zip(&in_memory) {
            assert_eq!(a.answers(), b.answers());
            assert_eq!(a.submitted_at(), b.submitted_at());
            assert_eq!(a.segments(), b.segments());
        }
        let compare = oes_core::Survey::from_json(COMPARE_SURVEY).unwrap();
        let csv = oes_core::io::read_csv(&compare, compare_csv(500, SEED).as_bytes(), oes_core::io::ReadMode::Strict);
        for (a, b) in csv.unwrap().responses.iter().zip(&in_memory) {
            assert_eq!(a.id(), b.id());
            assert_eq!(a.submitted_at(), b.submitted_at());
            for q in ["nps", "csat", "ces"] {
                let (x, y) = (a.answer(&compare, q), b.answer(&survey, q));
                assert_eq!(x, y.filter(|y| **y != oes_core::Answer::Skipped), "{q}");
            }
        }
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(START_2025 / 86_400), (2025, 1, 1));
    }
}
