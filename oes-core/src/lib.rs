//! # oes-core
//!
//! Exact survey metrics for customer and employee experience: NPS and eNPS, CSAT, CES (2.0 and legacy), ratings,
//! yes/no and choice questions, with respondent weights, confidence intervals, significance tests, and reports by
//! segment (store, channel, region, department) and time bucket (day, week, month, quarter, year).
//!
//! ```
//! use oes_core::{io::{read_jsonl, ReadMode}, report, Every, ReportOptions, Survey};
//!
//! let survey = Survey::from_json(r#"{"id": "pulse", "questions": [
//!     {"id": "nps", "kind": "nps", "text": "How likely are you to recommend us?"},
//!     {"id": "csat", "kind": "csat", "text": "How satisfied are you?", "scale": {"min": 1, "max": 5}}
//! ]}"#)?;
//! let jsonl = r#"
//! {"id": "r1", "submitted_at": "2025-01-14T09:30:00Z", "segments": {"store": "Berlin"}, "answers": {"nps": 10, "csat": 5}}
//! {"id": "r2", "submitted_at": "2025-01-20T17:02:00+01:00", "segments": {"store": "Berlin"}, "answers": {"nps": 6, "csat": 3}}
//! {"id": "r3", "submitted_at": "2025-02-02T11:00:00Z", "segments": {"store": "Warsaw"}, "answers": {"nps": 9}}
//! "#;
//! let responses = read_jsonl(&survey, jsonl.as_bytes(), ReadMode::Strict)?.responses;
//!
//! let options = ReportOptions::default().by(["store"]).every(Every::Month).min_group_size(1);
//! let report = report(&survey, &responses, &options)?;
//! let overall_january = &report.groups[0].periods[0];
//! let nps = overall_january.questions.as_ref().unwrap().get("nps").unwrap();
//! assert_eq!(overall_january.period, "2025-01");
//! assert_eq!(serde_json::to_value(nps)?["nps"]["score"], 0.0); // one promoter, one detractor
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! ## Exactness
//!
//! Counts are integers and weights are kept exactly in millionths, so every sum is an exact integer: the figures do
//! not depend on the order of responses or on how partial aggregates were merged
//! ([`metrics::Tally::merge`], [`ReportAccumulator::merge`]). Ratios, intervals and tests are derived at the end with
//! IEEE arithmetic and the pure-Rust `libm`, so they are the same to the last bit on every platform.
//! The definitions, with sources, are in `docs/metrics.md`.
//!
//! ## Input
//!
//! A [`Survey`] is JSON (`{"id", "questions": [{"id", "kind", "text", "scale"?, "options"?, "perspective"?}]}`).
//! Responses are JSONL ([`io::read_jsonl`]) or CSV ([`io::read_csv`]); every bad input is an [`Error`] naming the
//! line, the response and the question, and [`io::ReadMode::Lenient`] skips bad responses and reports them.
//!
//! ## Crate features
//!
//! - `tokenizer`: tokenisation of comments for the OES text encoder (`oes::text`, the `tokenizers` crate).
//! - `onnx`: the native OES scorer (`oes::Scorer::builder`): ONNX Runtime through `ort` (loaded at run time from an
//!   installed `onnxruntime`), tokenisation and checksums.
//! - `tract`: the same scorer over tract, a pure-Rust ONNX runtime (`oes::Scorer::from_bytes_tract`): no native
//!   library, builds for `wasm32-unknown-unknown` (the WebAssembly package's OES module uses it), slower than ONNX
//!   Runtime. Either feature, or both, provides `oes::Scorer`; without them [`oes::features`] and
//!   [`oes::explain`] are still there for other runtimes.
#![deny(missing_docs)]
#![forbid(unsafe_code)]

pub mod answer;
#[cfg(feature = "parquet")]
pub mod arrow;
pub mod error;
pub mod io;
pub mod kind;
pub mod limits;
pub mod metrics;
pub mod oes;
#[cfg(feature = "parquet")]
mod pages;
pub mod report;
pub mod response;
pub mod stats;
pub mod survey;
pub mod table;
pub mod ticket;
pub mod time;

pub use answer::Answer;
pub use error::{Error, Result};
pub use limits::Limits;
pub use metrics::{Denominator, Interval, MetricOptions, Weight};
pub use report::{report, GroupSizeRule, Grouping, Report, ReportAccumulator, ReportOptions, ResultOptions, Withheld};
pub use response::Response;
pub use stats::{Comparison, Confidence};
pub use survey::{Audience, Perspective, Question, QuestionKind, Scale, Survey};
pub use ticket::Ticket;
pub use time::{Every, Timestamp};

/// The examples of the README, run as doc-tests.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct ReadmeDoctests;
