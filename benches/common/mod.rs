//! Deterministic data shared by the benchmarks and by `oes-bench-compare`.
//!
//! Everything is derived from a seed through SplitMix64 (Steele, Lea and Flood 2014), written out below so that the
//! data never changes with a dependency's version. Respondents are "happy" with a per-store probability, and a happy
//! respondent draws every score from a more favourable distribution, so stores and questions differ and correlate.
//! Timestamps cover the 12 months of 2025; some carry a +01:00/+02:00 offset, as exports from European shops do.
#![allow(dead_code)] // each bench target uses a different part

pub mod comments;

use std::collections::BTreeMap;
use std::fmt::Write as _;

use oes_core::metrics::nps::NpsRating;
use oes_core::metrics::Weight;
use oes_core::{Response, Survey, Timestamp};
use serde_json::Value;

/// The seed every generator starts from unless told otherwise.
pub const SEED: u64 = 0x0E5_2025;

/// Number of stores (`store-01` ... `store-20`).
pub const STORES: usize = 20;

/// 2025-01-01T00:00:00Z in Unix seconds; the data covers the 365 days from there.
pub const START_2025: i64 = 1_735_689_600;

/// SplitMix64: a tiny, fast, well-mixed 64-bit generator.
#[derive(Debug, Clone)]
pub struct SplitMix64(u64);

impl SplitMix64 {
    /// A generator from a seed.
    pub fn new(seed: u64) -> Self {
        SplitMix64(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (Lemire's multiply-shift; the bias is below 2^-32 for the small `n` used here).
    pub fn below(&mut self, n: u64) -> u64 {
        ((self.next_u64() as u128 * n as u128) >> 64) as u64
    }

    /// True with probability `per_mille / 1000`.
    pub fn chance(&mut self, per_mille: u64) -> bool {
        self.below(1000) < per_mille
    }

    /// An index drawn with the given relative weights.
    pub fn pick(&mut self, weights: &[u32]) -> usize {
        let total: u32 = weights.iter().sum();
        let mut x = self.below(total as u64) as u32;
        for (i, &w) in weights.iter().enumerate() {
            if x < w {
                return i;
            }
            x -= w;
        }
        weights.len() - 1
    }
}

// Relative frequencies of each scale point, from the lowest, for happy and unhappy respondents.
const NPS_HAPPY: [u32; 11] = [1, 1, 1, 1, 1, 2, 3, 8, 14, 30, 38];
const NPS_UNHAPPY: [u32; 11] = [6, 5, 6, 7, 8, 12, 14, 14, 12, 9, 7];
const CSAT_HAPPY: [u32; 5] = [2, 3, 10, 40, 45];
const CSAT_UNHAPPY: [u32; 5] = [12, 18, 30, 25, 15];
const CES_HAPPY: [u32; 7] = [1, 2, 4, 10, 20, 33, 30];
const CES_UNHAPPY: [u32; 7] = [10, 12, 18, 20, 18, 12, 10];

/// Options of the `channel` single-choice question.
pub const CHANNELS: [&str; 4] = ["web", "app", "store", "phone"];

const COMMENTS: [&str; 6] = [
    "Quick and friendly",
    "Too long a queue at the till",
    "Staff were helpful, but the app kept logging me out",
    "Świetna obsługa",
    "Parking was a nightmare",
    "Would come back",
];

/// `n` NPS ratings (0-10), all answered, from a mix of happy and unhappy respondents.
pub fn nps_ratings(n: usize, seed: u64) -> Vec<NpsRating> {
    nps_bytes(n, seed).into_iter().map(|b| NpsRating::new(b).expect("0-10 by construction")).collect()
}

/// `n` NPS ratings (0-10) as bytes: the `int8` array the pandas comparison reads.
pub fn nps_bytes(n: usize, seed: u64) -> Vec<u8> {
    scores(n, seed, &NPS_HAPPY, &NPS_UNHAPPY, 0)
}

/// `n` CSAT answers on 1-5.
pub fn csat_values(n: usize, seed: u64) -> Vec<u8> {
    scores(n, seed, &CSAT_HAPPY, &CSAT_UNHAPPY, 1)
}

/// `n` CES 2.0 answers on 1-7.
pub fn ces_values(n: usize, seed: u64) -> Vec<u8> {
    scores(n, seed, &CES_HAPPY, &CES_UNHAPPY, 1)
}

fn scores(n: usize, seed: u64, happy: &[u32], unhappy: &[u32], min: u8) -> Vec<u8> {
    let mut rng = SplitMix64::new(seed);
    (0..n)
        .map(|_| {
            let table = if rng.chance(600) { happy } else { unhappy };
            min + rng.pick(table) as u8
        })
        .collect()
}

/// `n` respondent weights between 0.5 and 2 (post-stratification weights are usually of that order).
pub fn weights(n: usize, seed: u64) -> Vec<Weight> {
    let mut rng = SplitMix64::new(seed);
    (0..n).map(|_| Weight::from_micro(500_000 + rng.below(1_500_001)).expect("within 1..=1e12")).collect()
}

/// An answer as a data export holds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cell<T> {
    /// The question was not shown (the key is absent, the CSV cell empty).
    Absent,
    /// Shown and skipped (`null` in JSONL; an empty cell in CSV, which cannot tell the two apart).
    Skipped,
    /// An answer.
    Given(T),
}

impl<T: Copy> Cell<T> {
    fn draw(rng: &mut SplitMix64, absent_per_mille: u64, skipped_per_mille: u64, value: T) -> Cell<T> {
        let x = rng.below(1000);
        if x < absent_per_mille {
            Cell::Absent
        } else if x < absent_per_mille + skipped_per_mille {
            Cell::Skipped
        } else {
            Cell::Given(value)
        }
    }

    /// The answer, if any.
    pub fn given(self) -> Option<T> {
        match self {
            Cell::Given(v) => Some(v),
            _ => None,
        }
    }
}

/// One generated response.
#[derive(Debug, Clone)]
pub struct Row {
    /// Row number from 0; the response id is `r` and 8 digits.
    pub number: u64,
    /// Submission instant, Unix seconds (UTC).
    pub secs: i64,
    /// Offset the timestamp is written with, in minutes (0, 60 or 120).
    pub offset_minutes: i64,
    /// Store index, `0..STORES`.
    pub store: usize,
    /// NPS, 0-10.
    pub nps: Cell<u8>,
    /// CSAT, 1-5.
    pub csat: Cell<u8>,
    /// CES 2.0, 1-7.
    pub ces: Cell<u8>,
    /// Yes/no: "are you a returning customer".
    pub returning: Cell<bool>,
    /// Index into [`CHANNELS`].
    pub channel: Cell<usize>,
    /// Index into the comments.
    pub comment: Cell<usize>,
}

/// The survey of the report benchmark: nps, csat (1-5), ces (1-7), yes_no, single_choice and text questions.
pub const FULL_SURVEY: &str = r#"{"id": "retail-pulse", "questions": [
    {"id": "nps", "kind": "nps", "text": "How likely are you to recommend us to a friend?"},
    {"id": "csat", "kind": "csat", "text": "How satisfied were you with your visit?", "scale": {"min": 1, "max": 5}},
    {"id": "ces", "kind": "ces", "text": "The store made it easy to get what I needed.", "scale": {"min": 1, "max": 7}},
    {"id": "returning", "kind": "yes_no", "text": "Have you shopped with us before?"},
    {"id": "channel", "kind": "single_choice", "text": "How did you order?", "options": ["web", "app", "store", "phone"]},
    {"id": "comment", "kind": "text", "text": "Anything else?"}
]}"#;

/// The survey of the pandas comparison: the three scored questions only (the CSV has one column each).
pub const COMPARE_SURVEY: &str = r#"{"id": "retail-pulse", "questions": [
    {"id": "nps", "kind": "nps", "text": "How likely are you to recommend us to a friend?"},
    {"id": "csat", "kind": "csat", "text": "How satisfied were you with your visit?", "scale": {"min": 1, "max": 5}},
    {"id": "ces", "kind": "ces", "text": "The store made it easy to get what I needed.", "scale": {"min": 1, "max": 7}}
]}"#;

/// The report benchmark's survey.
pub fn full_survey() -> Survey {
    Survey::from_json(FULL_SURVEY).expect("a valid survey")
}

/// Iterates over `n` generated responses.
pub fn rows(n: usize, seed: u64) -> impl Iterator<Item = Row> {
    let mut rng = SplitMix64::new(seed);
    (0..n as u64).map(move |number| {
        let store = rng.below(STORES as u64) as usize;
        // Stores range from mostly unhappy (35% happy) to mostly happy (80%).
        let happy = rng.below(1000) < 350 + 450 * store as u64 / (STORES as u64 - 1);
        let pick = |rng: &mut SplitMix64, good: &[u32], bad: &[u32]| rng.pick(if happy { good } else { bad }) as u8;
        let nps = pick(&mut rng, &NPS_HAPPY, &NPS_UNHAPPY);
        let csat = 1 + pick(&mut rng, &CSAT_HAPPY, &CSAT_UNHAPPY);
        let ces = 1 + pick(&mut rng, &CES_HAPPY, &CES_UNHAPPY);
        let returning = rng.chance(if happy { 700 } else { 400 });
        let channel = rng.below(CHANNELS.len() as u64) as usize;
        let comment = rng.below(COMMENTS.len() as u64) as usize;
        Row {
            number,
            secs: START_2025 + rng.below(365 * 86_400) as i64,
            offset_minutes: [0, 0, 60, 120][rng.below(4) as usize],
            store,
            nps: Cell::draw(&mut rng, 5, 5, nps),
            csat: Cell::draw(&mut rng, 30, 10, csat),
            ces: Cell::draw(&mut rng, 50, 20, ces),
            returning: Cell::draw(&mut rng, 100, 20, returning),
            channel: Cell::draw(&mut rng, 50, 50, channel),
            comment: Cell::draw(&mut rng, 600, 100, comment),
        }
    })
}

impl Row {
    /// The response id.
    pub fn id(&self) -> String {
        format!("r{:08}", self.number)
    }

    /// The store's name.
    pub fn store_name(&self) -> String {
        format!("store-{:02}", self.store + 1)
    }

    /// Writes the RFC 3339 timestamp, in the row's offset.
    pub fn write_timestamp(&self, out: &mut String) {
        let local = self.secs + self.offset_minutes * 60;
        let (y, m, d) = civil_from_days(local.div_euclid(86_400));
        let s = local.rem_euclid(86_400);
        let _ = write!(out, "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60);
        match self.offset_minutes {
            0 => out.push('Z'),
            o => {
                let _ = write!(out, "+{:02}:{:02}", o / 60, o % 60);
            }
        }
    }

    /// The response, built in memory for `survey` (which must have the [`FULL_SURVEY`] questions).
    pub fn to_response(&self, survey: &Survey) -> Response {
        let mut answers: Vec<(String, Value)> = Vec::with_capacity(6);
        let mut put = |id: &str, value: Option<Value>| {
            if let Some(v) = value {
                answers.push((id.to_owned(), v));
            }
        };
        put("nps", json_cell(self.nps, Value::from));
        put("csat", json_cell(self.csat, Value::from));
        put("ces", json_cell(self.ces, Value::from));
        put("returning", json_cell(self.returning, Value::Bool));
        put("channel", json_cell(self.channel, |i| Value::from(CHANNELS[i])));
        put("comment", json_cell(self.comment, |i| Value::from(COMMENTS[i])));
        let segments = BTreeMap::from([("store".to_owned(), self.store_name())]);
        let at = Timestamp::from_unix_seconds(self.secs);
        Response::new(survey, self.id(), at, segments, None, answers).expect("generated responses are valid")
    }

    /// Appends the response as one JSONL line (with a newline).
    pub fn write_jsonl(&self, out: &mut String) {
        let _ = write!(out, r#"{{"id":"r{:08}","submitted_at":""#, self.number);
        self.write_timestamp(out);
        let _ = write!(out, r#"","segments":{{"store":"store-{:02}"}},"answers":{{"#, self.store + 1);
        let mut first = true;
        let mut field = |out: &mut String, id: &str, value: Option<String>| {
            if let Some(v) = value {
                let _ = write!(out, r#"{}"{id}":{v}"#, if first { "" } else { "," });
                first = false;
            }
        };
        field(out, "nps", text_cell(self.nps, |v| v.to_string()));
        field(out, "csat", text_cell(self.csat, |v| v.to_string()));
        field(out, "ces", text_cell(self.ces, |v| v.to_string()));
        field(out, "returning", text_cell(self.returning, |b| b.to_string()));
        field(out, "channel", text_cell(self.channel, |i| format!("{:?}", CHANNELS[i])));
        field(out, "comment", text_cell(self.comment, |i| format!("{:?}", COMMENTS[i])));
        out.push_str("}}\n");
    }

    /// Appends the row of the comparison CSV (`id,submitted_at,store,nps,csat,ces`, with a newline).
    pub fn write_compare_csv(&self, out: &mut String) {
        let _ = write!(out, "r{:08},", self.number);
        self.write_timestamp(out);
        let _ = write!(out, ",store-{:02}", self.store + 1);
        for cell in [self.nps, self.csat, self.ces] {
            out.push(',');
            if let Cell::Given(v) = cell {
                let _ = write!(out, "{v}");
            }
        }
        out.push('\n');
    }
}

/// The header of [`Row::write_compare_csv`] rows.
pub const COMPARE_CSV_HEADER: &str = "id,submitted_at,store,nps,csat,ces\n";

fn json_cell<T>(cell: Cell<T>, f: impl Fn(T) -> Value) -> Option<Value> {
    match cell {
        Cell::Absent => None,
        Cell::Skipped => Some(Value::Null),
        Cell::Given(v) => Some(f(v)),
    }
}

fn text_cell<T>(cell: Cell<T>, f: impl Fn(T) -> String) -> Option<String> {
    match cell {
        Cell::Absent => None,
        Cell::Skipped => Some("null".to_owned()),
        Cell::Given(v) => Some(f(v)),
    }
}

/// `n` responses of the [`FULL_SURVEY`], in memory.
pub fn responses(survey: &Survey, n: usize, seed: u64) -> Vec<Response> {
    rows(n, seed).map(|r| r.to_response(survey)).collect()
}

/// `n` responses of the [`FULL_SURVEY`] as JSONL text.
pub fn jsonl(n: usize, seed: u64) -> String {
    let mut out = String::with_capacity(n * 200);
    for row in rows(n, seed) {
        row.write_jsonl(&mut out);
    }
    out
}

/// `n` responses as the comparison CSV (header included).
pub fn compare_csv(n: usize, seed: u64) -> String {
    let mut out = String::with_capacity(n * 60 + COMPARE_CSV_HEADER.len());
    out.push_str(COMPARE_CSV_HEADER);
    for row in rows(n, seed) {
        row.write_compare_csv(&mut out);
    }
    out
}

/// (year, month, day) of days since 1970-01-01 (Hinnant's `civil_from_days`).
pub fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// The command line of the benchmark binaries: `COMMAND DIR [--name N]...`.
#[derive(Debug)]
pub struct Args {
    /// The first argument.
    pub command: String,
    /// The second argument: the data directory.
    pub dir: std::path::PathBuf,
    rest: Vec<String>,
    usage: &'static str,
}

impl Args {
    /// Reads the process's arguments; `usage` is the error when they do not fit.
    pub fn parse(usage: &'static str) -> Result<Args, Box<dyn std::error::Error>> {
        let mut args = std::env::args().skip(1);
        match (args.next(), args.next()) {
            (Some(command), Some(dir)) => Ok(Args { command, dir: dir.into(), rest: args.collect(), usage }),
            _ => Err(usage.into()),
        }
    }

    /// The number after `--name`, or `default` when the flag is absent.
    pub fn flag(&self, name: &str, default: usize) -> Result<usize, Box<dyn std::error::Error>> {
        match self.rest.iter().position(|a| a == name) {
            None => Ok(default),
            Some(i) => Ok(self.rest.get(i + 1).ok_or(self.usage)?.parse()?),
        }
    }
}
