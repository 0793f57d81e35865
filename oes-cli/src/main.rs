//! The `oes` command.

mod runtime;

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use oes_core::io::{count_into, read_each_with, read_survey_with, ReadMode};
use oes_core::oes::{OesScore, Scorer};
use oes_core::{Denominator, Every, Grouping, Interval, Limits, ReportAccumulator, ReportOptions, Response, Survey};

/// Survey scoring: exact NPS, CSAT and CES with intervals and significance, by segment and over time.
#[derive(Parser)]
#[command(name = "oes", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Prints a report: every metric of every question, per segment group and time bucket.
    Report(ReportArgs),
    /// Scores every response with the Overall Experience Score model: one JSON line per response.
    Score(ScoreArgs),
}

#[derive(clap::Args)]
struct ModelArgs {
    /// Directory of the model files (encoder.onnx, tokenizer.json, head.onnx, checksums.sha256; default:
    /// OES_MODEL_DIR, then the models/ folder of the source tree the command was built from).
    #[arg(long, value_name = "DIR")]
    model_dir: Option<PathBuf>,
    /// ONNX Runtime's shared library (default: ORT_DYLIB_PATH, then the `onnxruntime` package of `python3 -I`).
    #[arg(long, value_name = "FILE")]
    runtime: Option<PathBuf>,
    /// Threads for the model (default: all cores).
    #[arg(long)]
    threads: Option<usize>,
    /// Responses per model run.
    #[arg(long, default_value_t = 256, value_name = "N")]
    chunk: usize,
}

#[derive(clap::Args)]
struct LimitArgs {
    /// Raise or lower a limit, as NAME=N (repeatable): line-bytes (1048576), text-bytes (65536), periods (10000),
    /// cells (1000000), threads (256), survey-bytes (16777216), parquet-bytes (268435456).
    #[arg(long = "limit", value_name = "NAME=N")]
    limits: Vec<String>,
}

impl LimitArgs {
    fn limits(&self) -> Result<Limits, String> {
        let mut limits = Limits::default();
        for spec in &self.limits {
            limits.set_from_str(spec).map_err(|e| e.to_string())?;
        }
        Ok(limits)
    }
}

impl ModelArgs {
    fn scorer(&self, limits: &Limits, clause_themes: bool) -> Result<Scorer, String> {
        let mut b = Scorer::builder().limits(*limits);
        match &self.model_dir {
            Some(d) => b = b.model_dir(d),
            // OES_MODEL_DIR (read by the library), else the model of the source tree this command was built from.
            None if std::env::var_os("OES_MODEL_DIR").is_some_and(|d| !d.is_empty()) => {}
            None => {
                let manifest = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
                b = b.model_dir(manifest.parent().unwrap_or(manifest).join("models"))
            }
        }
        b = b.runtime(runtime::locate(self.runtime.as_deref())?);
        if let Some(t) = self.threads {
            b = b.threads(t);
        }
        b.clause_themes(clause_themes).build().map_err(|e| e.to_string())
    }
}

#[derive(clap::Args)]
struct ScoreArgs {
    /// The survey definition (JSON).
    #[arg(long, value_name = "FILE")]
    survey: PathBuf,
    /// The responses: JSONL, CSV when the name ends in .csv, Parquet when it ends in .parquet.
    #[arg(long, value_name = "FILE")]
    responses: PathBuf,
    /// Skip invalid responses (listed on stderr) instead of stopping at the first.
    #[arg(long)]
    lenient: bool,
    /// Read the themes of comments clause by clause as well as whole: more of the themes a comment names are found,
    /// at up to about twice the model's work for comments of several clauses; the scores do not change.
    #[arg(long)]
    clause_themes: bool,
    #[command(flatten)]
    model: ModelArgs,
    #[command(flatten)]
    limits: LimitArgs,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    /// A readable table (the default on a terminal).
    Table,
    /// JSON (the default when the output is not a terminal).
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum EveryArg {
    Day,
    Week,
    Month,
    Quarter,
    Year,
}

#[derive(Clone, Copy, ValueEnum)]
enum IntervalArg {
    /// Adjusted Wald (Rocks 2016), the default.
    AdjustedWald,
    /// Plain Wald.
    Wald,
}

#[derive(Clone, Copy, ValueEnum)]
enum DenominatorArg {
    /// Shares over those who answered (the default).
    Answered,
    /// Shares over everyone shown the question, skips included.
    Shown,
}

#[derive(clap::Args)]
struct ReportArgs {
    /// The survey definition (JSON).
    #[arg(long, value_name = "FILE")]
    survey: PathBuf,
    /// The responses: JSONL, CSV when the name ends in .csv, Parquet when it ends in .parquet.
    #[arg(long, value_name = "FILE")]
    responses: PathBuf,
    /// Segment names to group by (repeat or separate with commas: --by store,channel).
    #[arg(long, value_delimiter = ',', value_name = "SEGMENT")]
    by: Vec<String>,
    /// Time bucket.
    #[arg(long, value_enum)]
    every: Option<EveryArg>,
    /// Confidence level of intervals and tests.
    #[arg(long, default_value_t = 0.95)]
    confidence: f64,
    /// Interval method for NPS-like scores.
    #[arg(long, value_enum, default_value_t = IntervalArg::AdjustedWald)]
    interval: IntervalArg,
    /// Denominator of shares.
    #[arg(long, value_enum, default_value_t = DenominatorArg::Answered)]
    denominator: DenominatorArg,
    /// Groups and periods with fewer respondents are withheld (anonymity); 0 disables. Default: the survey's
    /// audience decides (5 for "employee" and for surveys that do not give it, none for "customer").
    #[arg(long, value_name = "N")]
    min_group_size: Option<u64>,
    /// CSAT top-box threshold for a question, as QUESTION=VALUE (repeatable).
    #[arg(long, value_name = "QUESTION=VALUE")]
    csat_threshold: Vec<String>,
    /// Support resolution target in seconds, as in the libraries (for the share of tickets resolved within it).
    #[arg(long, default_value_t = oes_core::metrics::support::DEFAULT_TARGET_SECONDS, value_name = "SECONDS")]
    resolution_target_seconds: u64,
    /// Skip invalid responses (listed on stderr) instead of stopping at the first.
    #[arg(long)]
    lenient: bool,
    /// Take the response ids as unique (a database export keyed by them) and do not check them: memory then holds
    /// only the report's cells, however many responses there are, but a response given twice counts twice. Not
    /// with --oes.
    #[arg(long, conflicts_with = "oes")]
    unique_ids: bool,
    /// Output format (default: table on a terminal, JSON otherwise).
    #[arg(long, value_enum)]
    format: Option<Format>,
    /// Also score every response with the Overall Experience Score model and report its means.
    #[arg(long)]
    oes: bool,
    #[command(flatten)]
    model: ModelArgs,
    #[command(flatten)]
    limits: LimitArgs,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Report(args) => run_report(args),
        Command::Score(args) => run_score(args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

fn mode(lenient: bool) -> ReadMode {
    if lenient {
        ReadMode::Lenient
    } else {
        ReadMode::Strict
    }
}

/// Lists the responses a lenient read skipped on stderr (the first 50).
fn print_rejected(rejected: &[oes_core::Error]) {
    if !rejected.is_empty() {
        eprintln!("skipped {} invalid response(s):", rejected.len());
        for e in rejected.iter().take(50) {
            eprintln!("  {e}");
        }
        if rejected.len() > 50 {
            eprintln!("  ... and {} more", rejected.len() - 50);
        }
    }
}

/// Reads the responses of `path` one at a time (a Parquet file a record batch at a time) and scores them in chunks of
/// `chunk`, so that memory holds a chunk of responses rather than the file; calls `each` with every response and its
/// score in the file's order, with a progress line on a terminal's stderr. Returns the responses a lenient read
/// skipped.
fn score_each(
    scorer: &Scorer,
    survey: &Survey,
    path: &std::path::Path,
    lenient: bool,
    limits: &Limits,
    chunk: usize,
    mut each: impl FnMut(&Response, &OesScore) -> oes_core::Result<()>,
) -> Result<Vec<oes_core::Error>, String> {
    let chunk = chunk.max(1);
    let progress = std::io::stderr().is_terminal();
    let mut part: Vec<Response> = Vec::with_capacity(chunk.min(1 << 12));
    let mut done = 0usize;
    let mut score = |part: &mut Vec<Response>| -> oes_core::Result<()> {
        let scores = scorer.score_batch(survey, part)?;
        for (r, s) in part.iter().zip(&scores) {
            each(r, s)?;
        }
        done += part.len();
        part.clear();
        if progress && done >= chunk {
            eprint!("\rscored {done} responses");
        }
        Ok(())
    };
    let read = read_each_with(survey, path, mode(lenient), limits, true, |r| {
        part.push(r);
        if part.len() >= chunk {
            score(&mut part)?;
        }
        Ok(())
    })
    .map_err(|e| e.to_string())?;
    if !part.is_empty() {
        score(&mut part).map_err(|e| e.to_string())?;
    }
    if progress && done >= chunk {
        eprintln!();
    }
    Ok(read.rejected)
}

fn run_score(args: ScoreArgs) -> Result<(), String> {
    let limits = args.limits.limits()?;
    let survey = read_survey_with(&args.survey, &limits).map_err(|e| e.to_string())?;
    // As `report --oes`: a strict read fails on a bad row before anything is scored or printed.
    if !args.lenient {
        check_strictly(&survey, &args.responses, &limits)?;
    }
    let scorer = args.model.scorer(&limits, args.clause_themes)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let (path, chunk) = (&args.responses, args.model.chunk);
    let mut write_error = None;
    let result = score_each(&scorer, &survey, path, args.lenient, &limits, chunk, |_, s| {
        let line = serde_json::to_string(s)
            .map_err(|e| oes_core::Error::InvalidParameter { name: "scores", message: e.to_string() })?;
        writeln!(out, "{line}").map_err(|e| {
            let message = e.to_string();
            write_error = Some(e);
            oes_core::Error::InvalidParameter { name: "output", message }
        })
    });
    match (result, write_error) {
        // A closed pipe (`oes score ... | head`) is not an error.
        (_, Some(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        (_, Some(e)) => Err(format!("cannot write the scores: {e}")),
        (Err(e), None) => Err(e),
        (Ok(rejected), None) => {
            print_rejected(&rejected);
            match out.flush() {
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
                other => other.map_err(|e| format!("cannot write the scores: {e}")),
            }
        }
    }
}

/// Counts the responses of `path` strictly into a report that is dropped: the file's first bad row as an error, in
/// a tenth of a second or so per million CSV rows.
fn check_strictly(survey: &Survey, path: &std::path::Path, limits: &Limits) -> Result<(), String> {
    let mut check = ReportAccumulator::new(survey.clone(), &Grouping::default()).map_err(|e| e.to_string())?;
    count_into(survey, path, ReadMode::Strict, limits, true, &mut check).map(|_| ()).map_err(|e| e.to_string())
}

fn run_report(args: ReportArgs) -> Result<(), String> {
    let limits = args.limits.limits()?;
    let survey = read_survey_with(&args.survey, &limits).map_err(|e| e.to_string())?;
    let mut options = ReportOptions::default().by(args.by.iter().map(|s| s.trim().to_owned()));
    options.grouping.every = args.every.map(|e| match e {
        EveryArg::Day => Every::Day,
        EveryArg::Week => Every::Week,
        EveryArg::Month => Every::Month,
        EveryArg::Quarter => Every::Quarter,
        EveryArg::Year => Every::Year,
    });
    options.result.limits = limits;
    // The reader has refused any id used twice, and this accumulator never leaves the process: it keeps no id hashes.
    options.grouping.check_ids = false;
    options = options.confidence(args.confidence).map_err(|e| e.to_string())?;
    options.result.min_group_size = args.min_group_size;
    options.result.metrics.interval = match args.interval {
        IntervalArg::AdjustedWald => Interval::AdjustedWald,
        IntervalArg::Wald => Interval::Wald,
    };
    options.result.metrics.denominator = match args.denominator {
        DenominatorArg::Answered => Denominator::Answered,
        DenominatorArg::Shown => Denominator::Shown,
    };
    for spec in &args.csat_threshold {
        let (q, v) =
            spec.split_once('=').ok_or_else(|| format!("--csat-threshold {spec:?}: expected QUESTION=VALUE"))?;
        let v: i32 = v.trim().parse().map_err(|_| format!("--csat-threshold {spec:?}: {v:?} is not an integer"))?;
        options.result.csat_thresholds.insert(q.trim().to_owned(), v);
    }
    options.grouping.resolution_target_seconds = args.resolution_target_seconds;
    let mut acc = ReportAccumulator::new(survey.clone(), &options.grouping).map_err(|e| e.to_string())?;
    if args.oes {
        // Read and scored a chunk at a time: memory holds the report's cells, a chunk of responses and the
        // duplicate-id check's entry per response. A strict read fails on the file's first bad row before the model
        // is loaded or a response scored: a first pass counts the file in bulk (a tenth of a second or so per million
        // CSV rows), with the read's error.
        if !args.lenient {
            check_strictly(&survey, &args.responses, &limits)?;
        }
        // the report shows no themes: they are read the default way
        let scorer = args.model.scorer(&limits, false)?;
        let (path, chunk) = (&args.responses, args.model.chunk);
        let rejected =
            score_each(&scorer, &survey, path, args.lenient, &limits, chunk, |r, s| acc.add_scored(r, Some(s)))?;
        print_rejected(&rejected);
    } else {
        // Straight into the accumulator (CSV and Parquet files in chunks of rows, column by column; JSONL one
        // response at a time): memory holds the report's cells, a chunk or two and the duplicate-id check's entry per
        // response (8 bytes in a strict read of CSV or Parquet), not the responses.
        let read = count_into(&survey, &args.responses, mode(args.lenient), &limits, !args.unique_ids, &mut acc)
            .map_err(|e| e.to_string())?;
        print_rejected(&read.rejected);
    }
    let report = acc.finish(&options.result).map_err(|e| e.to_string())?;
    let stdout = std::io::stdout();
    let format = args.format.unwrap_or(if stdout.is_terminal() { Format::Table } else { Format::Json });
    let text = match format {
        Format::Json => report.to_json_pretty() + "\n",
        Format::Table => oes_core::table::render(&report),
    };
    let mut out = stdout.lock();
    match out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
        Ok(()) => Ok(()),
        // A closed pipe (`oes report ... | head`) is not an error.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(format!("cannot write the report: {e}")),
    }
}
