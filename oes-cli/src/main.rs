//! The `oes` command.

mod table;

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use oes_core::io::{read_responses, read_survey, ReadMode};
use oes_core::{Denominator, Every, Interval, ReportAccumulator, ReportOptions};

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
    /// The responses: JSONL, or CSV when the name ends in .csv.
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
    /// Groups and periods with fewer respondents are withheld (anonymity); 0 disables.
    #[arg(long, default_value_t = oes_core::report::DEFAULT_MIN_GROUP_SIZE, value_name = "N")]
    min_group_size: u64,
    /// CSAT top-box threshold for a question, as QUESTION=VALUE (repeatable).
    #[arg(long, value_name = "QUESTION=VALUE")]
    csat_threshold: Vec<String>,
    /// Support resolution target in hours (for the share of tickets resolved within it).
    #[arg(long, default_value_t = 24.0, value_name = "HOURS")]
    resolution_target_hours: f64,
    /// Skip invalid responses (listed on stderr) instead of stopping at the first.
    #[arg(long)]
    lenient: bool,
    /// Output format (default: table on a terminal, JSON otherwise).
    #[arg(long, value_enum)]
    format: Option<Format>,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Report(args) => run_report(args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run_report(args: ReportArgs) -> Result<(), String> {
    let survey = read_survey(&args.survey).map_err(|e| e.to_string())?;
    let mode = if args.lenient { ReadMode::Lenient } else { ReadMode::Strict };
    let read = read_responses(&survey, &args.responses, mode).map_err(|e| e.to_string())?;
    if !read.rejected.is_empty() {
        eprintln!("skipped {} invalid response(s):", read.rejected.len());
        for e in read.rejected.iter().take(50) {
            eprintln!("  {e}");
        }
        if read.rejected.len() > 50 {
            eprintln!("  ... and {} more", read.rejected.len() - 50);
        }
    }
    let mut options = ReportOptions::default().by(args.by.iter().map(|s| s.trim().to_owned()));
    options.every = args.every.map(|e| match e {
        EveryArg::Day => Every::Day,
        EveryArg::Week => Every::Week,
        EveryArg::Month => Every::Month,
        EveryArg::Quarter => Every::Quarter,
        EveryArg::Year => Every::Year,
    });
    options = options.confidence(args.confidence).map_err(|e| e.to_string())?.min_group_size(args.min_group_size);
    options.metrics.interval = match args.interval {
        IntervalArg::AdjustedWald => Interval::AdjustedWald,
        IntervalArg::Wald => Interval::Wald,
    };
    options.metrics.denominator = match args.denominator {
        DenominatorArg::Answered => Denominator::Answered,
        DenominatorArg::Shown => Denominator::Shown,
    };
    for spec in &args.csat_threshold {
        let (q, v) =
            spec.split_once('=').ok_or_else(|| format!("--csat-threshold {spec:?}: expected QUESTION=VALUE"))?;
        let v: i32 = v.trim().parse().map_err(|_| format!("--csat-threshold {spec:?}: {v:?} is not an integer"))?;
        options.csat_thresholds.insert(q.trim().to_owned(), v);
    }
    if !(args.resolution_target_hours.is_finite() && args.resolution_target_hours >= 0.0) {
        return Err(format!("invalid --resolution-target-hours {}: expected hours >= 0", args.resolution_target_hours));
    }
    options.resolution_target_seconds = (args.resolution_target_hours * 3600.0).round() as u64;
    let mut acc = ReportAccumulator::new(&survey, &options).map_err(|e| e.to_string())?;
    for r in &read.responses {
        acc.add(&survey, r).map_err(|e| e.to_string())?;
    }
    let report = acc.finish(&survey, &options).map_err(|e| e.to_string())?;
    let stdout = std::io::stdout();
    let format = args.format.unwrap_or(if stdout.is_terminal() { Format::Table } else { Format::Json });
    let text = match format {
        Format::Json => report.to_json_pretty() + "\n",
        Format::Table => table::render(&report, &survey),
    };
    let mut out = stdout.lock();
    match out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
        Ok(()) => Ok(()),
        // A closed pipe (`oes report ... | head`) is not an error.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(format!("cannot write the report: {e}")),
    }
}
