//! Responses as columns: the bulk path of a report.
//!
//! A [`Batch`] holds the rows of a table (a DataFrame, a chunk of a CSV file) column by column: ids, times, weights,
//! segment columns as codes into their distinct labels, answer columns as typed arrays or codes into their distinct
//! cells. [`ReportAccumulator::add_batch`] counts it without making a [`Response`] per row: each distinct cell of a
//! column is read once, by the same cell reader as a row ([`Question::parse_cell_value`]), each distinct group once,
//! and the rows are counted column by column into batch-local cells that are then merged (exactly) into the
//! accumulator. The result is the same as adding, one by one, the responses that
//! [`Response::from_row_cells`] reads from the same rows.
//!
//! The bulk path does not explain errors: when any row could not be counted (a missing or repeated id, a bad
//! timestamp, weight or cell), nothing is added and [`Bulk::Rows`] says so; the caller then reads the rows one by
//! one, which gives the error of the first bad row exactly as before.

use std::collections::HashMap;

use serde_json::Value;

#[cfg(test)]
use super::ResultOptions;
use super::{id_hash, Cell, GroupKey, Grouping, ReportAccumulator, ReportOptions, Result};
use crate::answer::Answer;
use crate::metrics::Weight;
use crate::survey::{Question, Survey};
use crate::time::Timestamp;
use crate::Report;

/// The rows from which a batch is counted in two halves on two threads where no other thread works beside the
/// counting (a single batch already in memory). (In tests, small batches are split too, so that the property tests cover
/// the split.)
#[cfg(feature = "parquet")]
pub(crate) const SPLIT_ALONE: usize = if cfg!(test) { 8 } else { 1 << 15 };

/// The same where another thread reads or decodes the next chunk meanwhile (a CSV or Parquet file), and for
/// [`ReportAccumulator::add_batch`].
pub(crate) const SPLIT_BESIDE_A_READER: usize = if cfg!(test) { 8 } else { 1 << 17 };

/// A code for a missing cell in [`Segment::codes`] and [`AnswerCells::Coded`].
pub const MISSING: u32 = u32::MAX;

/// The period of each row: its UTC day's bucket of `every` (0 without one). Where the days span less than 65,536
/// days, each distinct day's bucket is computed once.
fn periods(every: Option<crate::Every>, times: &Times<'_>) -> Vec<i64> {
    let days: Vec<i64> = match times {
        Times::Nanos(v) => v.iter().map(|&ns| Timestamp::from_unix_nanos(ns).utc_day()).collect(),
        Times::At(v) => v.iter().map(|t| t.utc_day()).collect(),
    };
    let Some(every) = every else { return vec![0; days.len()] };
    let (lo, hi) = days.iter().fold((i64::MAX, i64::MIN), |(lo, hi), &d| (lo.min(d), hi.max(d)));
    if days.is_empty() || hi.abs_diff(lo) >= 1 << 16 {
        return days.into_iter().map(|d| every.bucket_of_day(d)).collect();
    }
    let table: Vec<i64> = (lo..=hi).map(|d| every.bucket_of_day(d)).collect();
    days.into_iter().map(|d| table[(d - lo) as usize]).collect()
}

/// The ids of a batch's rows.
#[derive(Debug, Clone, Copy)]
pub enum Ids<'a> {
    /// Text ids (an empty or blank id makes the batch one to read row by row).
    Text(&'a [&'a str]),
    /// Integer ids, read as their decimal text.
    Int(&'a [i64]),
}

/// When each row was submitted.
#[derive(Debug, Clone, Copy)]
pub enum Times<'a> {
    /// Nanoseconds since the Unix epoch, UTC.
    Nanos(&'a [i64]),
    /// Timestamps already read.
    At(&'a [Timestamp]),
}

/// A segment column: per row a code into `labels`, [`MISSING`] where the row has no value; a `None` label is a
/// missing value too (a blank cell). Two codes may have the same label: rows are grouped by label.
#[derive(Debug, Clone, Copy)]
pub struct Segment<'a> {
    /// The segment's name.
    pub name: &'a str,
    /// Per row, an index into `labels` or [`MISSING`].
    pub codes: &'a [u32],
    /// The distinct values.
    pub labels: &'a [Option<String>],
}

/// An answer column, its cells read as [`Question::parse_cell_value`] reads a row's cell.
#[derive(Debug, Clone, Copy)]
pub enum AnswerCells<'a> {
    /// Integers.
    Int(&'a [i64]),
    /// Integers with gaps (such as an Arrow integer column with nulls): a row whose `present` is false has no
    /// value (a missing cell), and its integer is not read.
    IntWithGaps {
        /// Per row, the integer (any value where the row has none).
        values: &'a [i64],
        /// Per row, whether it has a value.
        present: &'a [bool],
    },
    /// Numbers; NaN and infinities are missing cells.
    Float(&'a [f64]),
    /// Booleans.
    Bool(&'a [bool]),
    /// Per row an index into `values` (each distinct cell once, as JSON: text, a number, a list of options) or
    /// [`MISSING`].
    Coded {
        /// Per row, an index into `values` or [`MISSING`].
        codes: &'a [u32],
        /// The distinct cells.
        values: &'a [Value],
    },
}

/// Rows as columns, all of `rows` cells: the input of a report's bulk path ([`ReportAccumulator::add_batch`],
/// [`report_batch`]). Each distinct cell of a column is read once, by the same cell reader as a row
/// ([`Question::parse_cell_value`]), each distinct group once, and the rows are counted column by column into
/// batch-local cells merged (exactly) into the accumulator: the result is that of adding, one by one, the responses
/// that [`Response::from_row_cells`](crate::Response::from_row_cells) reads from the same rows. Where a row is invalid
/// (or an id repeated), nothing is counted and [`Bulk::Rows`] says to read the rows one by one, which gives the
/// row's error.
#[derive(Debug, Clone)]
pub struct Batch<'a> {
    /// The number of rows.
    pub rows: usize,
    /// Response ids.
    pub ids: Ids<'a>,
    /// Submission times.
    pub times: Times<'a>,
    /// Respondent weights; NaN where a row has none (it counts as 1).
    pub weights: Option<&'a [f64]>,
    /// Segment columns.
    pub segments: Vec<Segment<'a>>,
    /// Answer columns by question index.
    pub answers: Vec<(usize, AnswerCells<'a>)>,
}

/// What [`ReportAccumulator::add_batch`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[must_use]
pub enum Bulk {
    /// Every row was counted.
    Counted,
    /// Some row could not be counted in bulk (it is invalid, or its id is used twice or was counted already):
    /// nothing was added. Read the rows one by one to find which and why.
    Rows,
}

/// How the ids of a batch (or part of one) were found distinct, where repeats are looked for.
enum Distinct {
    /// Not looked for.
    Unchecked,
    /// In strictly ascending order (text by its bytes, integers by value), as exports often are: none is repeated,
    /// and nothing was hashed to know it.
    Ascending,
    /// The low halves of every row's id hash, sorted, none repeated.
    Sorted(Vec<u64>),
}

impl Ids<'_> {
    /// How many ids.
    pub(crate) fn len(&self) -> usize {
        match self {
            Ids::Text(t) => t.len(),
            Ids::Int(v) => v.len(),
        }
    }

    /// Whether the ids are in strictly ascending order (text by its bytes, integers by value), so none is repeated.
    pub(crate) fn ascending(&self) -> bool {
        match self {
            Ids::Text(t) => {
                // Each id's order key is made once and compared with the next one's (most ids are short).
                let Some(&first) = t.first() else { return true };
                let mut previous = (order_key(first.as_bytes()), first);
                t.iter().skip(1).all(|&id| {
                    let key = order_key(id.as_bytes());
                    let ascends = match (previous, key) {
                        ((Some(a), _), Some(b)) => a < b,
                        ((_, p), _) => p < id,
                    };
                    previous = (key, id);
                    ascends
                })
            }
            Ids::Int(v) => v.windows(2).all(|w| w[0] < w[1]),
        }
    }

    /// The hash of each id ([`id_hash`]; an integer by its decimal text).
    pub(crate) fn hashes(&self) -> Vec<u128> {
        match self {
            Ids::Text(t) => t.iter().map(|id| id_hash(id)).collect(),
            Ids::Int(v) => {
                let mut text = String::new();
                v.iter()
                    .map(|id| {
                        use std::fmt::Write;
                        text.clear();
                        let _ = write!(text, "{id}");
                        id_hash(&text)
                    })
                    .collect()
            }
        }
    }
}

/// A string of at most sixteen bytes as a key that orders as the bytes do: the bytes from the most significant (zero
/// after the last), then the length (so `a` comes before `a\0`). Read with at most four loads (two overlapping ones
/// of 8 or 4 bytes), not compared byte by byte.
#[inline]
fn order_key(b: &[u8]) -> Option<(u128, u8)> {
    let n = b.len();
    let word = |at: usize| u64::from_be_bytes(b[at..at + 8].try_into().expect("8 bytes"));
    let half = |at: usize| u64::from(u32::from_be_bytes(b[at..at + 4].try_into().expect("4 bytes")));
    let (hi, lo) = match n {
        // Bytes 8..n are the last n - 8 of the word that ends the string, moved to the top.
        8..=16 => (word(0), word(n - 8).checked_shl(8 * (16 - n) as u32).unwrap_or(0)),
        4..=7 => ((half(0) << 32) | ((half(n - 4) << (8 * (8 - n))) & 0xFFFF_FFFF), 0),
        0..=3 => (b.iter().enumerate().fold(0, |k, (i, &x)| k | u64::from(x) << (56 - 8 * i)), 0),
        _ => return None,
    };
    Some((u128::from(hi) << 64 | u128::from(lo), n as u8))
}

/// The low halves of `hashes`, sorted.
fn sorted_low_halves(hashes: &[u128]) -> Vec<u64> {
    let mut sorted: Vec<u64> = hashes.iter().map(|&h| h as u64).collect();
    sorted.sort_unstable();
    sorted
}

/// What a batch (or part of one) counted.
struct Counted {
    /// The rows' id hashes (when the accumulator keeps them).
    ids: Vec<u128>,
    /// How the ids were found distinct.
    distinct: Distinct,
    cells: Vec<((Option<GroupKey>, i64), Cell)>,
    /// Segment names with a value in some row.
    names: Vec<String>,
}

impl<'a> Batch<'a> {
    /// Whether every column has `rows` cells.
    fn lengths_match(&self) -> bool {
        self.ids.len() == self.rows && self.lengths_match_but_ids()
    }

    /// Whether every column but the ids has `rows` cells.
    fn lengths_match_but_ids(&self) -> bool {
        let times = match self.times {
            Times::Nanos(v) => v.len(),
            Times::At(v) => v.len(),
        };
        let answers = self.answers.iter().map(|(_, c)| match c {
            AnswerCells::Int(v) => v.len(),
            // (A length that no batch has where the two differ.)
            AnswerCells::IntWithGaps { values, present } if values.len() != present.len() => usize::MAX,
            AnswerCells::IntWithGaps { values, .. } => values.len(),
            AnswerCells::Float(v) => v.len(),
            AnswerCells::Bool(v) => v.len(),
            AnswerCells::Coded { codes, .. } => codes.len(),
        });
        [times]
            .into_iter()
            .chain(self.weights.map(<[f64]>::len))
            .chain(self.segments.iter().map(|s| s.codes.len()))
            .chain(answers)
            .all(|n| n == self.rows)
    }

    /// The rows `range` of this batch (every column has `rows` cells).
    fn slice(&self, range: std::ops::Range<usize>) -> Batch<'a> {
        let r = range.clone();
        Batch {
            rows: range.len(),
            ids: match self.ids {
                Ids::Text(t) => Ids::Text(&t[r.clone()]),
                Ids::Int(v) => Ids::Int(&v[r.clone()]),
            },
            times: match self.times {
                Times::Nanos(v) => Times::Nanos(&v[r.clone()]),
                Times::At(v) => Times::At(&v[r.clone()]),
            },
            weights: self.weights.map(|w| &w[r.clone()]),
            segments: self
                .segments
                .iter()
                .map(|s| Segment { name: s.name, codes: &s.codes[r.clone()], labels: s.labels })
                .collect(),
            answers: self
                .answers
                .iter()
                .map(|(q, c)| {
                    let c = match *c {
                        AnswerCells::Int(v) => AnswerCells::Int(&v[r.clone()]),
                        AnswerCells::IntWithGaps { values, present } => {
                            AnswerCells::IntWithGaps { values: &values[r.clone()], present: &present[r.clone()] }
                        }
                        AnswerCells::Float(v) => AnswerCells::Float(&v[r.clone()]),
                        AnswerCells::Bool(v) => AnswerCells::Bool(&v[r.clone()]),
                        AnswerCells::Coded { codes, values } => AnswerCells::Coded { codes: &codes[r.clone()], values },
                    };
                    (*q, c)
                })
                .collect(),
        }
    }
}

/// Why a batch falls back to reading rows (no message: the row-by-row reader gives it).
struct Fallback;

type Fb<T> = std::result::Result<T, Fallback>;

/// A map keyed by labels (or by codes made from them): a fast hash seeded at random per map, so that labels crafted
/// to share a hash cannot make counting quadratic.
type LabelMap<K, V> = HashMap<K, V, foldhash::fast::RandomState>;

/// Distinct strings to codes: the dictionary of a text column built as it is read (CSV chunks, Python lists).
#[derive(Debug, Default, Clone)]
pub struct Interner {
    /// The other strings of at most fifteen bytes (most labels: `store-07`, `email`), by [`packed`]: their codes,
    /// looked up by one 128-bit key without comparing bytes.
    packed: LabelMap<u128, u32>,
    /// The other strings (sixteen bytes or more).
    codes: LabelMap<String, u32>,
    /// Strings of one or two ASCII bytes (most answers: `9`, `10`), by [`short_slot`]: their codes, [`MISSING`] for
    /// none (made with the first such string).
    short: Vec<u32>,
    /// The codes of strings looked up in `packed` lately, by [`recent_slot`] (empty until the first): most columns
    /// have a few distinct labels, each found here with one comparison and no hash of the seeded map's. (Labels
    /// that share a slot only miss it, and are looked up in `packed`.)
    recent: Vec<(u128, u32)>,
    values: Vec<String>,
}

/// How many strings [`Interner`] keeps by [`recent_slot`].
const RECENT: usize = 256;

/// The slot of a [`packed`] string in [`Interner`]'s recent codes: the top bits of its words mixed by a multiplication.
#[inline]
fn recent_slot(key: u128) -> usize {
    ((key as u64 ^ (key >> 64) as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - RECENT.trailing_zeros())) as usize
}

/// The slot of a string of one or two ASCII bytes in [`Interner`]'s table.
#[inline]
fn short_slot(b: &[u8]) -> Option<usize> {
    match *b {
        [x] if x < 0x80 => Some(x as usize),
        [x, y] if (x | y) < 0x80 => Some(0x80 + ((x as usize) << 7 | y as usize)),
        _ => None,
    }
}

/// A string of at most fifteen bytes as one number: its bytes in order from the lowest (zero after the last) and its
/// length in the highest byte, so two strings have the same key only when they are equal. Read with at most four
/// loads (two overlapping ones of 8 or 4 bytes), not byte by byte.
#[inline]
fn packed(b: &[u8]) -> Option<u128> {
    let n = b.len();
    let word = |at: usize| u64::from_le_bytes(b[at..at + 8].try_into().expect("8 bytes"));
    let half = |at: usize| u64::from(u32::from_le_bytes(b[at..at + 4].try_into().expect("4 bytes")));
    let (lo, hi) = match n {
        // Bytes 8..n are the last n - 8 of the word that ends the string.
        8..=15 => (word(0), word(n - 8).checked_shr(8 * (16 - n) as u32).unwrap_or(0)),
        4..=7 => (half(0) | (half(n - 4) >> (8 * (8 - n))) << 32, 0),
        0..=3 => (b.iter().rev().fold(0, |k, &x| k << 8 | u64::from(x)), 0),
        _ => return None,
    };
    Some(u128::from(lo) | u128::from(hi) << 64 | (n as u128) << 120)
}

impl Interner {
    /// The code of `s`, added if new.
    #[inline]
    pub fn code(&mut self, s: &str) -> u32 {
        let Some(slot) = short_slot(s.as_bytes()) else {
            // A label seen lately: found here, without a call.
            if let Some(key) = packed(s.as_bytes()) {
                match self.recent.get(recent_slot(key)) {
                    Some(&(k, c)) if k == key && c != MISSING => return c,
                    _ => {}
                }
            }
            return self.code_long(s);
        };
        if self.short.is_empty() {
            self.short = vec![MISSING; 0x80 + (1 << 14)];
        }
        match self.short[slot] {
            MISSING => {
                let c = self.values.len() as u32;
                self.values.push(s.to_owned());
                self.short[slot] = c;
                c
            }
            c => c,
        }
    }

    fn code_long(&mut self, s: &str) -> u32 {
        let next = self.values.len() as u32;
        let c = match packed(s.as_bytes()) {
            Some(key) => {
                if self.recent.is_empty() {
                    self.recent = vec![(0, MISSING); RECENT];
                }
                // (Not in the recent codes: `code` looked.)
                let c = *self.packed.entry(key).or_insert(next);
                self.recent[recent_slot(key)] = (key, c);
                c
            }
            None => match self.codes.get(s) {
                Some(&c) => c,
                None => *self.codes.entry(s.to_owned()).or_insert(next),
            },
        };
        if c == next {
            self.values.push(s.to_owned());
        }
        c
    }

    /// The hash of `s` in this interner's table (seeded per table).
    #[cfg(test)]
    pub(crate) fn hash_of(&self, s: &str) -> u64 {
        use std::hash::BuildHasher;
        match packed(s.as_bytes()) {
            Some(key) => self.packed.hasher().hash_one(key),
            None => self.codes.hasher().hash_one(s),
        }
    }

    /// The distinct strings, by code.
    pub fn values(&self) -> &[String] {
        &self.values
    }

    /// Forgets every string.
    pub fn clear(&mut self) {
        for v in &self.values {
            if let Some(slot) = short_slot(v.as_bytes()) {
                self.short[slot] = MISSING;
            }
        }
        self.packed.clear();
        self.codes.clear();
        self.recent.fill((0, MISSING));
        self.values.clear();
    }

    /// The number of distinct strings.
    pub fn len(&self) -> usize {
        self.values.len()
    }

    /// Whether no string was interned.
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }
}

/// The distinct answers of one column, each cell read once (lazily: a cell no row uses is never read), and the key
/// (index into `answers`) of each cell seen, [`MISSING`] for a missing one.
struct Keys<'q> {
    question: &'q Question,
    answers: Vec<Answer>,
    /// Integral values `lo..lo + dense.len()`: their keys, [`UNREAD`] until first seen.
    lo: i64,
    dense: Vec<u32>,
    sparse: HashMap<u64, u32>,
}

/// A cell not read yet.
const UNREAD: u32 = u32::MAX - 1;

/// How many integral values a column keeps in a table (the rest in a map).
const DENSE: i64 = 256;

impl<'q> Keys<'q> {
    fn new(question: &'q Question, lo: i64, len: usize) -> Self {
        Keys { question, answers: Vec::new(), lo, dense: vec![UNREAD; len], sparse: HashMap::new() }
    }

    /// Reads a cell: the key of its answer, [`MISSING`] when it is missing.
    fn read(&mut self, cell: &Value) -> Fb<u32> {
        match self.question.parse_cell_value(cell).map_err(|_| Fallback)? {
            None => Ok(MISSING),
            Some(answer) => {
                self.answers.push(answer);
                Ok(self.answers.len() as u32 - 1)
            }
        }
    }

    /// The key of an integral cell `key` (or any other, by its `bits`) whose JSON form `value()` gives.
    #[inline]
    fn dense_or(&mut self, key: i64, bits: u64, value: impl Fn() -> Value) -> Fb<u32> {
        let i = key.wrapping_sub(self.lo);
        if (0..self.dense.len() as i64).contains(&i) {
            if self.dense[i as usize] == UNREAD {
                self.dense[i as usize] = self.read(&value())?;
            }
            return Ok(self.dense[i as usize]);
        }
        match self.sparse.get(&bits) {
            Some(&k) => Ok(k),
            None => {
                let k = self.read(&value())?;
                self.sparse.insert(bits, k);
                Ok(k)
            }
        }
    }

    /// The key of a float cell ([`MISSING`] when it is not finite).
    fn float(&mut self, v: f64) -> Fb<u32> {
        if !v.is_finite() {
            return Ok(MISSING);
        }
        // Integral values (not -0.0) in the table, any other by its bits. (Below 1e15 the cast is exact for an
        // integral value, and cheaper than `fract`.)
        let i = v as i64;
        let key = if v.abs() < 1e15 && i as f64 == v && !(v == 0.0 && v.is_sign_negative()) { i } else { i64::MIN };
        self.dense_or(key, v.to_bits(), || serde_json::Number::from_f64(v).map_or(Value::Null, Value::Number))
    }

    /// Reads every point of the question's scale into the table, when it has one and `rows` cells are many for it
    /// (a point no cell has is read for nothing, and counted nowhere).
    fn preload_scale(&mut self, rows: usize) -> Fb<()> {
        let Some(scale) = self.question.scale() else { return Ok(()) };
        let points = scale.points();
        if points > self.dense.len() || rows < 16 * points || scale.min() as i64 != self.lo {
            return Ok(());
        }
        for p in 0..points {
            if self.dense[p] == UNREAD {
                self.dense[p] = self.read(&Value::from(self.lo + p as i64))?;
            }
        }
        Ok(())
    }

    /// Per row, the key of an integer cell, [`MISSING`] where `present` (as long as `values`) says the row has none.
    fn of_ints(&mut self, values: &[i64], present: Option<&[bool]>) -> Fb<Vec<u32>> {
        // Most cells are a value read already (a point of the scale, when it was read first), found in one pass;
        // the others are read after, in row order.
        self.preload_scale(values.len())?;
        let (lo, dense) = (self.lo, &self.dense);
        let lookup =
            |v: i64| usize::try_from(v.wrapping_sub(lo)).ok().and_then(|i| dense.get(i)).map_or(UNREAD, |&k| k);
        let mut keys: Vec<u32> = match present {
            None => values.iter().map(|&v| lookup(v)).collect(),
            Some(present) => values.iter().zip(present).map(|(&v, &p)| if p { lookup(v) } else { MISSING }).collect(),
        };
        if !keys.contains(&UNREAD) {
            return Ok(keys);
        }
        for (key, &v) in keys.iter_mut().zip(values.iter()) {
            if *key == UNREAD {
                *key = self.dense_or(v, v as u64, || Value::from(v))?;
            }
        }
        Ok(keys)
    }

    /// Per row, the key of its cell. (Each loop first looks for a value read already, the common case.)
    fn of_column(&mut self, column: &AnswerCells<'_>) -> Fb<Vec<u32>> {
        match column {
            AnswerCells::Int(values) => self.of_ints(values, None),
            AnswerCells::IntWithGaps { values, present } => {
                if present.len() != values.len() {
                    return Err(Fallback);
                }
                self.of_ints(values, Some(present))
            }
            AnswerCells::Float(values) => {
                // As for integers: a NaN is missing, an integral value (not -0.0) read already is in the table, and
                // the other cells are read after.
                self.preload_scale(values.len())?;
                // The offset from the table's start read in floating point, without a conversion to an integer (a
                // saturating one per value): `s = v - lo` is a slot of the table when it is integral and within
                // it, and then the low bits of `s + 2^52` are `s` (`lo` is exact: tables start at a scale's small
                // minimum, or 0).
                const TWO_52: f64 = (1u64 << 52) as f64;
                let (lo, dense) = (self.lo as f64, &self.dense);
                let len = dense.len() as f64;
                let mut keys: Vec<u32> = values
                    .iter()
                    .map(|&v| {
                        let s = v - lo;
                        let t = s + TWO_52;
                        let slot = (t.to_bits() & 0xFFFF_FFFF) as usize;
                        let exact = (0.0..len).contains(&s) && t - TWO_52 == s && v.to_bits() != (-0.0f64).to_bits();
                        match dense.get(slot) {
                            Some(&k) if exact => k,
                            _ if v.is_nan() => MISSING,
                            _ => UNREAD,
                        }
                    })
                    .collect();
                for (key, &v) in keys.iter_mut().zip(values.iter()) {
                    if *key == UNREAD {
                        *key = self.float(v)?;
                    }
                }
                Ok(keys)
            }
            AnswerCells::Bool(values) => {
                let mut keys = [UNREAD; 2];
                values
                    .iter()
                    .map(|&v| {
                        if keys[v as usize] == UNREAD {
                            keys[v as usize] = self.read(&Value::Bool(v))?;
                        }
                        Ok(keys[v as usize])
                    })
                    .collect()
            }
            AnswerCells::Coded { codes, values } => {
                let mut keys = vec![UNREAD; values.len()];
                codes
                    .iter()
                    .map(|&c| {
                        if c == MISSING {
                            return Ok(MISSING);
                        }
                        let slot = keys.get_mut(c as usize).ok_or(Fallback)?;
                        if *slot == UNREAD {
                            let v = &values[c as usize];
                            *slot = self.read(v)?;
                        }
                        Ok(*slot)
                    })
                    .collect()
            }
        }
    }
}

/// The keys of an answer column of question `q` (an index checked), and the distinct answers they index.
fn keys_of(survey: &Survey, q: usize, column: &AnswerCells<'_>) -> Fb<(Vec<u32>, Vec<Answer>)> {
    let question = &survey.questions()[q];
    let mut keys = Keys::new(question, table_start(question), DENSE as usize);
    let row_keys = keys.of_column(column)?;
    Ok((row_keys, keys.answers))
}

/// The starting value of a column's table: the question's scale, else 0.
fn table_start(question: &Question) -> i64 {
    match question.answers() {
        crate::kind::Answers::Scale(scale) => scale.min() as i64,
        _ => 0,
    }
}

/// A `by` column while grouping: its codes (none when no segment has the name), the index of each code's label
/// among the distinct labels, and the distinct labels (0: missing).
type ByColumn<'a> = (Option<&'a [u32]>, Vec<u32>, Vec<Option<String>>);

/// Per row, an index into the batch's groups (one group per distinct combination of the `by` labels).
fn group_rows(by: &[String], batch: &Batch<'_>) -> Fb<(Vec<u32>, Vec<GroupKey>)> {
    // Per `by` name: per code, the index of its label among the distinct labels (MISSING for none).
    let mut columns: Vec<ByColumn<'_>> = Vec::with_capacity(by.len());
    for name in by {
        match batch.segments.iter().find(|s| s.name == name) {
            None => columns.push((None, Vec::new(), vec![None])),
            Some(segment) => {
                let mut distinct: LabelMap<&str, u32> = LabelMap::default();
                let mut labels: Vec<Option<String>> = vec![None];
                let canon = segment
                    .labels
                    .iter()
                    .map(|l| match l {
                        None => 0,
                        Some(l) => *distinct.entry(l.as_str()).or_insert_with(|| {
                            labels.push(Some(l.clone()));
                            labels.len() as u32 - 1
                        }),
                    })
                    .collect();
                columns.push((Some(segment.codes), canon, labels));
            }
        }
    }
    // Mixed radix over the distinct labels (0: missing) of each `by` column.
    let mut radix_product: u64 = 1;
    for (_, _, labels) in &columns {
        radix_product = radix_product.saturating_mul(labels.len() as u64);
    }
    let part = |c: &ByColumn<'_>, row: usize| -> Fb<u64> {
        match c.0 {
            None => Ok(0),
            Some(codes) => match codes[row] {
                MISSING => Ok(0),
                code => c.1.get(code as usize).map(|&v| v as u64).ok_or(Fallback),
            },
        }
    };
    let mut keys: Vec<GroupKey> = Vec::new();
    let mut rows = Vec::with_capacity(batch.rows);
    let key_of = |mut combined: u64| -> GroupKey {
        let mut key = vec![None; columns.len()];
        for (slot, (_, _, labels)) in key.iter_mut().zip(&columns).rev() {
            let n = labels.len() as u64;
            *slot = labels[(combined % n) as usize].clone();
            combined /= n;
        }
        key
    };
    let combine = |row: usize| -> Fb<u64> {
        let mut combined = 0u64;
        for c in &columns {
            combined = combined * c.2.len() as u64 + part(c, row)?;
        }
        Ok(combined)
    };
    if radix_product <= 1 << 20 {
        let mut index = vec![MISSING; radix_product as usize];
        for row in 0..batch.rows {
            let k = combine(row)? as usize;
            if index[k] == MISSING {
                index[k] = keys.len() as u32;
                keys.push(key_of(k as u64));
            }
            rows.push(index[k]);
        }
    } else {
        let mut index: LabelMap<u64, u32> = LabelMap::default();
        for row in 0..batch.rows {
            let k = combine(row)?;
            let g = *index.entry(k).or_insert_with(|| {
                keys.push(key_of(k));
                keys.len() as u32 - 1
            });
            rows.push(g);
        }
    }
    Ok((rows, keys))
}

/// The part of counting a batch that needs only the survey, the grouping and the batch (not the ids, nor what the
/// accumulator holds), made where it can be ([`ReportAccumulator::batch_preparer`]): a reader makes it on the thread
/// that decodes the batches while the last batch is counted ([`ReportAccumulator::add_prepared_batch`]).
// only the Parquet reader (and the tests) prepare batches
#[cfg_attr(not(feature = "parquet"), allow(dead_code))]
pub(crate) struct Prepared(Fb<Parts>);

/// A batch checked, each row's period and group, each answer column's keys.
struct Parts {
    /// Per row, its period's bucket.
    buckets: Vec<i64>,
    /// Per row, an index into `group_keys` (empty without `by`).
    group_of_row: Vec<u32>,
    group_keys: Vec<GroupKey>,
    /// Per answer column of the batch, in order: per row the key of its cell ([`MISSING`] for none), and the
    /// distinct answers the keys index (`None`: read while counting).
    columns: Option<Vec<(Vec<u32>, Vec<Answer>)>>,
}

impl Parts {
    /// Checks the batch's lengths (but the ids', which are not read here: the counting checks them), question
    /// indices and segment codes, and reads its periods, groups and (with `keys`) answer keys; `Fallback` where a
    /// row is not one the bulk path counts.
    fn of(survey: &Survey, grouping: &Grouping, batch: &Batch<'_>, keys: bool) -> Fb<Parts> {
        if !batch.lengths_match_but_ids() {
            return Err(Fallback);
        }
        let mut asked = vec![false; survey.questions().len()];
        for (q, _) in &batch.answers {
            if *q >= asked.len() || std::mem::replace(&mut asked[*q], true) {
                return Err(Fallback);
            }
        }
        for (i, s) in batch.segments.iter().enumerate() {
            if batch.segments[..i].iter().any(|t| t.name == s.name)
                || s.codes.iter().any(|&c| c != MISSING && c as usize >= s.labels.len())
            {
                return Err(Fallback);
            }
        }
        let buckets = periods(grouping.every, &batch.times);
        let by = &grouping.by;
        let (group_of_row, group_keys) = if by.is_empty() { (Vec::new(), Vec::new()) } else { group_rows(by, batch)? };
        let columns = if keys {
            Some(batch.answers.iter().map(|(q, c)| keys_of(survey, *q, c)).collect::<Fb<_>>()?)
        } else {
            None
        };
        Ok(Parts { buckets, group_of_row, group_keys, columns })
    }
}

impl ReportAccumulator {
    /// Counts a batch of rows (see [`Batch`]): the same as adding, one by one, the responses that
    /// [`Response::from_row_cells`](crate::Response::from_row_cells) reads from its rows, without making them.
    ///
    /// All or nothing: when any row cannot be counted in bulk (an invalid row, an id used twice in the batch or, with
    /// [`Grouping::check_ids`](super::Grouping::check_ids), counted already), nothing is added and
    /// [`Bulk::Rows`] is returned: read the rows one by one to learn which and why. An error is returned only when
    /// the merged counts would overflow. A batch of 131,072 rows or more is counted in two halves on two threads
    /// (where the machine has two cores), with the same result.
    pub fn add_batch(&mut self, batch: &Batch<'_>) -> Result<Bulk> {
        self.add_batch_with(batch, true, SPLIT_BESIDE_A_READER)
    }

    /// [`add_batch`](Self::add_batch); with `repeats` false (a reader that looks for ids used twice itself, or was
    /// told the ids are distinct), ids repeated within the batch are not looked for, unless the accumulator checks
    /// ids ([`Grouping::check_ids`](super::Grouping::check_ids)). A batch of `split_from` rows or more is counted in
    /// two halves on two threads ([`SPLIT_ALONE`], [`SPLIT_BESIDE_A_READER`]).
    pub(crate) fn add_batch_with(&mut self, batch: &Batch<'_>, repeats: bool, split_from: usize) -> Result<Bulk> {
        let repeats = repeats || self.ids.is_some();
        let counted = self.count_in_parts(batch, repeats, split_from);
        self.merge_counted(counted)
    }

    /// What makes the [`Prepared`] part of a batch for this accumulator, on any thread; with `keys`, the answer
    /// columns' keys too (else the counting reads them). The batch's ids are not read (any will do).
    // only the Parquet reader (and the tests) prepare batches
    #[cfg_attr(not(feature = "parquet"), allow(dead_code))]
    pub(crate) fn batch_preparer(&self, keys: bool) -> impl Fn(&Batch<'_>) -> Prepared + Send + Sync + 'static {
        let (survey, grouping) = (self.survey.clone(), self.grouping.clone());
        move |batch| Prepared(Parts::of(&survey, &grouping, batch, keys))
    }

    /// [`add_batch_with`](Self::add_batch_with) of `batch`, whose [`Prepared`] part this accumulator's
    /// [`batch_preparer`](Self::batch_preparer) made from it; counted on this thread whatever its size.
    // only the Parquet reader (and the tests) prepare batches
    #[cfg_attr(not(feature = "parquet"), allow(dead_code))]
    pub(crate) fn add_prepared_batch(&mut self, batch: &Batch<'_>, prepared: Prepared, repeats: bool) -> Result<Bulk> {
        let repeats = repeats || self.ids.is_some();
        let counted = prepared.0.and_then(|parts| self.count_parts(batch, parts, self.ids.is_some(), repeats));
        self.merge_counted(counted)
    }

    /// Adds what a batch counted (nothing where it fell back, or where an id was counted already).
    fn merge_counted(&mut self, counted: Fb<Counted>) -> Result<Bulk> {
        let Ok(Counted { ids, cells, names, .. }) = counted else {
            return Ok(Bulk::Rows);
        };
        if let Some(seen) = &self.ids {
            if ids.iter().any(|h| seen.contains(h)) {
                return Ok(Bulk::Rows);
            }
        }
        // The batch's cells take in the accumulator's (merging is exact and order-free) before any is stored, so an
        // overflow changes nothing and no cell the batch does not touch is copied.
        let mut merged = cells;
        for (key, cell) in &mut merged {
            if let Some(mine) = self.cells.get(key) {
                cell.merge(mine)?;
            }
        }
        self.cells.extend(merged);
        if let Some(seen) = &mut self.ids {
            seen.extend(ids);
        }
        self.segment_names.extend(names);
        Ok(Bulk::Counted)
    }

    /// Counts a large batch in two halves on two threads (the counts are integers: the same whatever the split),
    /// a small one on this thread.
    /// `repeats`: whether an id used twice in the batch falls back.
    fn count_in_parts(&self, batch: &Batch<'_>, repeats: bool, split_from: usize) -> Fb<Counted> {
        let threads = std::thread::available_parallelism().map_or(1, usize::from);
        if batch.rows < split_from || threads < 2 || !batch.lengths_match() {
            return self.count_batch(batch, self.ids.is_some(), repeats);
        }
        let half = batch.rows / 2;
        let (left, right) = (batch.slice(0..half), batch.slice(half..batch.rows));
        let (a, b) = std::thread::scope(|scope| {
            let a = scope.spawn(|| self.count_batch(&left, self.ids.is_some(), repeats));
            let b = self.count_batch(&right, self.ids.is_some(), repeats);
            (a.join(), b)
        });
        let (mut a, b) = (a.map_err(|_| Fallback)??, b?);
        // An id in both halves: read row by row, which names it. Two ascending halves, the first ending below where
        // the second starts, have none; else the sorted hashes of both are compared.
        let ascending = match batch.ids {
            Ids::Text(t) => t[half - 1] < t[half],
            Ids::Int(v) => v[half - 1] < v[half],
        };
        let disjoint = match (&a.distinct, &b.distinct) {
            (Distinct::Unchecked, _) | (_, Distinct::Unchecked) => true,
            (Distinct::Ascending, Distinct::Ascending) if ascending => true,
            (da, db) => {
                fn sorted<'d>(d: &'d Distinct, part: &Batch<'_>) -> std::borrow::Cow<'d, [u64]> {
                    match d {
                        Distinct::Sorted(v) => v.into(),
                        _ => sorted_low_halves(&part.ids.hashes()).into(),
                    }
                }
                let (x, y) = (sorted(da, &left), sorted(db, &right));
                let (mut i, mut j) = (0, 0);
                loop {
                    if i == x.len() || j == y.len() {
                        break true;
                    }
                    match x[i].cmp(&y[j]) {
                        std::cmp::Ordering::Less => i += 1,
                        std::cmp::Ordering::Greater => j += 1,
                        std::cmp::Ordering::Equal => break false,
                    }
                }
            }
        };
        if !disjoint {
            return Err(Fallback);
        }
        let mut index: HashMap<(Option<GroupKey>, i64), usize> =
            a.cells.iter().enumerate().map(|(i, (k, _))| (k.clone(), i)).collect();
        for (key, cell) in b.cells {
            match index.get(&key) {
                Some(&i) => a.cells[i].1.merge(&cell).map_err(|_| Fallback)?,
                None => {
                    index.insert(key.clone(), a.cells.len());
                    a.cells.push((key, cell));
                }
            }
        }
        a.ids.extend(b.ids);
        a.names.extend(b.names);
        a.names.sort();
        a.names.dedup();
        Ok(a)
    }

    /// The batch's cells, its id hashes (with `hash_ids`), how its ids were found distinct (with `repeats`) and the
    /// segment names it has values for; ids used twice in the batch fall back.
    fn count_batch(&self, batch: &Batch<'_>, hash_ids: bool, repeats: bool) -> Fb<Counted> {
        let parts = Parts::of(&self.survey, &self.grouping, batch, false)?;
        self.count_parts(batch, parts, hash_ids, repeats)
    }

    /// [`count_batch`](Self::count_batch) of a batch whose [`Parts`] are made.
    fn count_parts(&self, batch: &Batch<'_>, parts: Parts, hash_ids: bool, repeats: bool) -> Fb<Counted> {
        let n = batch.rows;
        let survey: &Survey = &self.survey;
        let Parts { buckets, group_of_row, group_keys, columns } = parts;
        if batch.ids.len() != n
            || buckets.len() != n
            || columns.as_ref().is_some_and(|c| c.len() != batch.answers.len())
        {
            return Err(Fallback);
        }

        // Ids: present, not blank, not repeated within the batch (where looked for: ids in ascending order are not
        // repeated, others by their hashes).
        let ascending = repeats && batch.ids.ascending();
        let hashed = hash_ids || (repeats && !ascending);
        if let Ids::Text(t) = batch.ids {
            if t.iter().any(|id| crate::io::trim(id).is_empty()) {
                return Err(Fallback);
            }
        }
        let mut ids = if hashed { batch.ids.hashes() } else { Vec::new() };
        // Equal 64-bit halves fall back too (rarely a false alarm: the row reader then compares the ids).
        let distinct = if !repeats {
            Distinct::Unchecked
        } else if ascending {
            Distinct::Ascending
        } else {
            let sorted = sorted_low_halves(&ids);
            if sorted.windows(2).any(|w| w[0] == w[1]) {
                return Err(Fallback);
            }
            Distinct::Sorted(sorted)
        };
        if !hash_ids {
            ids = Vec::new();
        }

        // Weights.
        let weights: Vec<Weight> = match batch.weights {
            None => Vec::new(),
            Some(w) => w
                .iter()
                .map(|&v| if v.is_nan() { Ok(Weight::ONE) } else { Weight::new(v).map_err(|_| Fallback) })
                .collect::<Fb<_>>()?,
        };
        let weight = |row: usize| weights.get(row).copied().unwrap_or(Weight::ONE);

        // Cells: the overall group of each period, and each (group, period).
        let by = &self.grouping.by;
        let (lo, hi) = buckets.iter().fold((i64::MAX, i64::MIN), |(lo, hi), &b| (lo.min(b), hi.max(b)));
        let span = if n == 0 { 0 } else { (hi - lo) as u64 + 1 };
        let groups = group_keys.len() as u64 + 1;
        let mut keys: Vec<(Option<GroupKey>, i64)> = Vec::new();
        let mut dense = (groups.saturating_mul(span) <= 1 << 22).then(|| vec![MISSING; (groups * span) as usize]);
        let mut sparse: LabelMap<u64, u32> = LabelMap::default();
        let mut slot = |group: u32, b: i64, keys: &mut Vec<(Option<GroupKey>, i64)>| -> u32 {
            // group 0: overall; g + 1: group g.
            let k = group as u64 * span + (b - lo) as u64;
            let make = |keys: &mut Vec<(Option<GroupKey>, i64)>| {
                let key = if group == 0 { None } else { Some(group_keys[group as usize - 1].clone()) };
                keys.push((key, b));
                keys.len() as u32 - 1
            };
            match &mut dense {
                Some(d) => {
                    if d[k as usize] == MISSING {
                        d[k as usize] = make(keys);
                    }
                    d[k as usize]
                }
                None => *sparse.entry(k).or_insert_with(|| make(keys)),
            }
        };
        // Each row is counted in one cell: its (group, period), or its period's overall cell without `by`; each
        // group's cell then adds into its period's overall cell (`parent`), since every row has a group.
        const NO_PARENT: u32 = u32::MAX;
        let mut parent: Vec<u32> = Vec::new();
        let row_slot: Vec<u32> = if by.is_empty() {
            buckets.iter().map(|&b| slot(0, b, &mut keys)).collect()
        } else {
            group_of_row
                .iter()
                .zip(&buckets)
                .map(|(&g, &b)| {
                    let s = slot(g + 1, b, &mut keys);
                    if s as usize >= parent.len() {
                        // A new cell: its period's overall cell (made now if new too).
                        let o = slot(0, b, &mut keys);
                        parent.resize(keys.len(), NO_PARENT);
                        parent[s as usize] = o;
                    }
                    s
                })
                .collect()
        };
        parent.resize(keys.len(), NO_PARENT);
        let target = self.grouping.resolution_target_seconds;
        let mut cells: Vec<Cell> = keys.iter().map(|_| Cell::new(survey, target)).collect();
        for &s in &row_slot {
            cells[s as usize].respondents += 1;
        }
        for (s, &p) in parent.iter().enumerate() {
            if p != NO_PARENT {
                cells[p as usize].respondents += cells[s].respondents;
            }
        }

        // Answers, column by column: each row's key, then counted per (cell, distinct answer) when the rows are
        // unweighted and the distinct answers few, else row by row.
        let mut columns = columns.map(Vec::into_iter);
        for (q, column) in &batch.answers {
            let (row_keys, answers) = match &mut columns {
                Some(made) => made.next().ok_or(Fallback)?,
                None => keys_of(survey, *q, column)?,
            };
            if row_keys.len() != n {
                return Err(Fallback);
            }
            let k = answers.len();
            if k == 0 {
                continue;
            }
            if batch.weights.is_none() && cells.len().saturating_mul(k) <= 1 << 22 {
                let mut counts = vec![0u64; cells.len() * k];
                for (&s, &key) in row_slot.iter().zip(&row_keys) {
                    if key != MISSING {
                        counts[s as usize * k + key as usize] += 1;
                    }
                }
                for (s, &p) in parent.iter().enumerate() {
                    if p != NO_PARENT {
                        for j in 0..k {
                            counts[p as usize * k + j] += counts[s * k + j];
                        }
                    }
                }
                for (slot, cell) in cells.iter_mut().enumerate() {
                    for (key, &n) in counts[slot * k..(slot + 1) * k].iter().enumerate() {
                        if n > 0 {
                            cell.questions[*q].add_n(&answers[key], n, Weight::ONE);
                        }
                    }
                }
            } else {
                for (row, (&s, &key)) in row_slot.iter().zip(&row_keys).enumerate() {
                    if key == MISSING {
                        continue;
                    }
                    let (answer, w) = (&answers[key as usize], weight(row));
                    cells[s as usize].questions[*q].add(answer, w);
                    if let Some(&p) = parent.get(s as usize).filter(|&&p| p != NO_PARENT) {
                        cells[p as usize].questions[*q].add(answer, w);
                    }
                }
            }
        }

        let names = batch
            .segments
            .iter()
            .filter(|s| s.codes.iter().any(|&c| c != MISSING && s.labels[c as usize].is_some()))
            .map(|s| s.name.to_owned())
            .collect();
        Ok(Counted { ids, distinct, cells: keys.into_iter().zip(cells).collect(), names })
    }
}

/// The report of a batch, as [`report`](super::report) gives it for the responses read from its rows; `None` when
/// some row cannot be counted in bulk (read the rows to learn which and why). Ids are checked as `report` checks
/// them (with [`Grouping::check_ids`](super::Grouping::check_ids)).
pub fn report_batch(survey: &Survey, batch: &Batch<'_>, options: &ReportOptions) -> Result<Option<Report>> {
    let grouping = super::Grouping { check_ids: false, ..options.grouping.clone() };
    let mut acc = ReportAccumulator::new(survey.clone(), &grouping)?;
    // Ids used twice fall back whether or not they are checked here: reading the rows gives the error.
    match acc.add_batch(batch)? {
        Bulk::Counted => acc.finish(&options.result).map(Some),
        Bulk::Rows => Ok(None),
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use proptest::prelude::*;
    use serde_json::json;

    use super::*;
    use crate::io::{read_records, ReadMode};
    use crate::response::RowTime;
    use crate::time::Every;
    use crate::Response;

    fn survey() -> Survey {
        Survey::from_json(
            r#"{"id":"s","questions":[{"id":"n","kind":"nps"},{"id":"c","kind":"csat"},{"id":"y","kind":"yes_no"},
            {"id":"e","kind":"ces","scale":{"min":1,"max":7}},{"id":"one","kind":"single_choice","options":["a","b","c"]},
            {"id":"m","kind":"multi_choice","options":["a","b"]},{"id":"t","kind":"text"}]}"#,
        )
        .unwrap()
    }

    /// The distinct cells a coded column may hold: valid and invalid for some questions, missing, lists, numbers.
    fn cell_values() -> Vec<Value> {
        vec![
            json!("a"),
            json!("b"),
            json!("a; b"),
            json!(["b", "a"]),
            json!("yes"),
            json!("no"),
            json!(true),
            json!(1),
            json!(0),
            json!(5),
            json!("  "),
            json!(""),
            json!(null),
            json!("great, thanks"),
            json!("d"),
            json!(12),
            json!(2.5),
        ]
    }

    #[derive(Debug, Clone)]
    enum Col {
        Int(Vec<i64>),
        IntWithGaps(Vec<i64>, Vec<bool>),
        Float(Vec<f64>),
        Bool(Vec<bool>),
        Coded(Vec<u32>),
    }

    #[derive(Debug, Clone)]
    struct Rows {
        n: usize,
        int_ids: bool,
        ids: Vec<u16>,
        days: Vec<i64>,
        weights: Option<Vec<f64>>,
        stores: Vec<u32>,
        channels: Vec<u32>,
        answers: Vec<(usize, Col)>,
    }

    const STORES: [Option<&str>; 5] = [Some("Berlin"), Some("Warsaw"), None, Some("Berlin"), Some("Athens")];
    const CHANNELS: [Option<&str>; 2] = [Some("web"), Some("kiosk")];

    fn column(n: usize) -> impl Strategy<Value = Col> {
        let floats = prop_oneof![
            16 => (0i64..12).prop_map(|v| v as f64),
            2 => Just(f64::NAN),
            2 => Just(-0.0),
            2 => Just(1.5),
            2 => Just(f64::INFINITY),
            2 => Just(-3.0),
            // Off any table or scale, or just off a point: read as the row reader reads them.
            1 => prop::sample::select(vec![255.0, 256.0, 257.0, 1e20, -1e20, 5e-324, 10.000000000000002, 4503599627370497.0, (1u64 << 52) as f64 + 3.0, (1u64 << 53) as f64]),
        ];
        prop_oneof![
            prop::collection::vec(prop_oneof![10 => 0i64..=10, 1 => -2i64..20], n).prop_map(Col::Int),
            // (Any integer at a gap: it is not read.)
            prop::collection::vec((prop_oneof![10 => 0i64..=10, 1 => any::<i64>()], any::<bool>()), n).prop_map(|v| {
                let (values, present) = v.into_iter().unzip();
                Col::IntWithGaps(values, present)
            }),
            prop::collection::vec(floats, n).prop_map(Col::Float),
            prop::collection::vec(any::<bool>(), n).prop_map(Col::Bool),
            prop::collection::vec(prop_oneof![4 => 0u32..17, 1 => Just(MISSING)], n).prop_map(Col::Coded),
        ]
    }

    /// Rows of a batch: mostly a few, sometimes enough that every scale is read into its column's table first
    /// (`Keys::preload_scale`).
    fn rows() -> impl Strategy<Value = Rows> {
        prop_oneof![5 => 0usize..60, 1 => 180usize..240].prop_flat_map(|n| {
            (
                any::<bool>(),
                prop::collection::vec(0u16..400, n),
                prop::collection::vec(20_000i64..20_090, n),
                prop::option::of(prop::collection::vec(
                    prop_oneof![5 => (1u32..400).prop_map(|w| w as f64 / 100.0), 1 => Just(f64::NAN), 1 => Just(0.0)],
                    n,
                )),
                prop::collection::vec(prop_oneof![5 => 0u32..5, 1 => Just(MISSING)], n),
                prop::collection::vec(prop_oneof![5 => 0u32..2, 1 => Just(MISSING)], n),
                prop::sample::subsequence((0usize..7).collect::<Vec<_>>(), 0..5)
                    .prop_flat_map(move |qs| qs.into_iter().map(|q| (Just(q), column(n))).collect::<Vec<_>>()),
            )
                .prop_map(move |(int_ids, ids, days, weights, stores, channels, answers)| Rows {
                    n,
                    int_ids,
                    ids,
                    days,
                    weights,
                    stores,
                    channels,
                    answers,
                })
        })
    }

    /// Makes most generated rows valid (random rows almost always hold some invalid cell or repeated id): unique
    /// ids, no zero weights, and each invalid cell missing.
    fn clean(s: &Survey, rows: &mut Rows, values: &[Value]) {
        for (i, id) in rows.ids.iter_mut().enumerate() {
            *id = i as u16 * 3 + 1;
        }
        if let Some(w) = &mut rows.weights {
            w.iter_mut().filter(|w| **w == 0.0).for_each(|w| *w = f64::NAN);
        }
        for (q, col) in &mut rows.answers {
            let question = &s.questions()[*q];
            let ok = |v: Value| question.parse_cell_value(&v).is_ok();
            *col = match std::mem::replace(col, Col::Bool(Vec::new())) {
                Col::Int(v) if v.iter().all(|&x| ok(Value::from(x))) => Col::Int(v),
                Col::Int(v) => {
                    Col::Float(v.iter().map(|&x| if ok(Value::from(x)) { x as f64 } else { f64::NAN }).collect())
                }
                Col::IntWithGaps(v, present) => {
                    let present = v.iter().zip(present).map(|(&x, p)| p && ok(Value::from(x))).collect();
                    Col::IntWithGaps(v, present)
                }
                Col::Float(v) => Col::Float(
                    v.iter()
                        .map(|&x| match serde_json::Number::from_f64(x) {
                            Some(n) if !ok(Value::Number(n.clone())) => f64::NAN,
                            _ => x,
                        })
                        .collect(),
                ),
                Col::Bool(v) if v.iter().all(|&x| ok(Value::Bool(x))) => Col::Bool(v),
                Col::Bool(v) => Col::Coded(v.iter().map(|&x| if x && ok(json!(true)) { 6 } else { MISSING }).collect()),
                Col::Coded(c) => Col::Coded(
                    c.iter()
                        .map(|&x| if x != MISSING && !ok(values[x as usize].clone()) { MISSING } else { x })
                        .collect(),
                ),
            };
        }
    }

    /// The responses `Response::from_row_cells` reads from the rows, strictly.
    fn row_by_row(s: &Survey, rows: &Rows, values: &[Value]) -> crate::Result<Vec<Response>> {
        let mut read = Vec::new();
        for row in 0..rows.n {
            let id = rows.ids[row].to_string();
            let id = if rows.int_ids { id } else { format!("r{id}") };
            let mut segments = BTreeMap::new();
            for (name, codes, labels) in
                [("store", &rows.stores, &STORES[..]), ("channel", &rows.channels, &CHANNELS[..])]
            {
                if let Some(Some(l)) = labels.get(codes[row] as usize) {
                    segments.insert(name.to_owned(), (*l).to_owned());
                }
            }
            let weight = rows.weights.as_ref().map(|w| w[row]).filter(|w| !w.is_nan());
            let mut cells = Vec::new();
            for (q, col) in &rows.answers {
                let v = match col {
                    Col::Int(v) => Value::from(v[row]),
                    Col::IntWithGaps(v, present) => {
                        if present[row] {
                            Value::from(v[row])
                        } else {
                            Value::Null
                        }
                    }
                    Col::Float(v) => serde_json::Number::from_f64(v[row]).map_or(Value::Null, Value::Number),
                    Col::Bool(v) => Value::Bool(v[row]),
                    Col::Coded(c) => values.get(c[row] as usize).cloned().unwrap_or(Value::Null),
                };
                if !v.is_null() {
                    cells.push((*q, v));
                }
            }
            let time = Timestamp::from_unix_nanos(rows.days[row] * 86_400_000_000_000 + 7_200_000_000_000);
            read.push(Response::from_row_cells(
                s,
                Some(id),
                RowTime::At(time),
                segments,
                weight,
                cells.iter().map(|(i, v)| (*i, v)),
            ));
        }
        Ok(read_records(read, ReadMode::Strict)?.responses)
    }

    fn as_batch<'a>(
        rows: &'a Rows,
        ids: &'a [&'a str],
        int_ids: &'a [i64],
        stores: &'a [Option<String>],
        channels: &'a [Option<String>],
        values: &'a [Value],
    ) -> Batch<'a> {
        Batch {
            rows: rows.n,
            ids: if rows.int_ids { Ids::Int(int_ids) } else { Ids::Text(ids) },
            times: Times::Nanos(Box::leak(
                rows.days
                    .iter()
                    .map(|d| d * 86_400_000_000_000 + 7_200_000_000_000)
                    .collect::<Vec<_>>()
                    .into_boxed_slice(),
            )),
            weights: rows.weights.as_deref(),
            segments: vec![
                Segment { name: "store", codes: &rows.stores, labels: stores },
                Segment { name: "channel", codes: &rows.channels, labels: channels },
            ],
            answers: rows
                .answers
                .iter()
                .map(|(q, c)| {
                    (
                        *q,
                        match c {
                            Col::Int(v) => AnswerCells::Int(v),
                            Col::IntWithGaps(values, present) => AnswerCells::IntWithGaps { values, present },
                            Col::Float(v) => AnswerCells::Float(v),
                            Col::Bool(v) => AnswerCells::Bool(v),
                            Col::Coded(codes) => AnswerCells::Coded { codes, values },
                        },
                    )
                })
                .collect(),
        }
    }

    proptest! {
        /// Ids ascend by their order keys exactly when they ascend by their bytes (ids of every length up to twenty,
        /// with zero bytes and bytes above 0x7F).
        #[test]
        fn ids_ascend_by_order_keys_as_by_bytes(
            mut ids in proptest::collection::vec("[ab\\x00\\x7F\\u{80}\\u{FF}]{0,20}", 0..30),
            sort in any::<bool>(),
        ) {
            if sort {
                ids.sort();
                ids.dedup();
            }
            let refs: Vec<&str> = ids.iter().map(String::as_str).collect();
            prop_assert_eq!(Ids::Text(&refs).ascending(), refs.windows(2).all(|w| w[0] < w[1]));
            for w in refs.windows(2) {
                let (a, b) = (order_key(w[0].as_bytes()), order_key(w[1].as_bytes()));
                if let (Some(a), Some(b)) = (a, b) {
                    prop_assert_eq!(a.cmp(&b), w[0].cmp(w[1]), "{:?} {:?}", w[0], w[1]);
                }
            }
        }
    }

    /// A packed key is the string's bytes and length: every byte of every length up to fifteen is in it, and a
    /// string and the same string with a zero byte after it differ.
    /// More distinct labels than the interner keeps recent codes for, so that labels share slots: each keeps the
    /// code of its first sighting, looked up again in any order and after the interner is cleared.
    #[test]
    fn labels_that_share_recent_slots_keep_their_codes() {
        let labels: Vec<String> = (0..3 * RECENT).map(|i| format!("store-{i:04}")).collect();
        let mut interner = Interner::default();
        for round in 0..2 {
            interner.clear();
            for (i, l) in labels.iter().enumerate() {
                assert_eq!(interner.code(l), i as u32, "round {round}");
            }
            for (i, l) in labels.iter().enumerate().rev().chain(labels.iter().enumerate().step_by(7)) {
                assert_eq!(interner.code(l), i as u32, "round {round}");
            }
            assert_eq!(interner.values(), &labels[..]);
        }
    }

    #[test]
    fn packed_keys_hold_every_byte_and_the_length() {
        let text: Vec<u8> = (1..=16).collect();
        for n in 0..=15 {
            let key = packed(&text[..n]).expect("at most fifteen bytes");
            assert_eq!(key >> 120, n as u128);
            let bytes = key.to_le_bytes();
            assert_eq!(&bytes[..n], &text[..n]);
            assert!(bytes[n..15].iter().all(|&b| b == 0));
            let mut zero_after = text[..n].to_vec();
            zero_after.push(0);
            if n < 15 {
                assert_ne!(packed(&zero_after), Some(key));
            }
        }
        assert_eq!(packed(&text), None);
    }

    /// A batch whose counts would overflow a cell is refused, and the accumulator is left as it was.
    /// A float column with one value off its table or just off a point (the other cells all valid, many enough that
    /// the scale is read first) is counted as its rows read: in bulk where the row reader reads the value, else not
    /// at all.
    #[test]
    fn floats_near_a_table_are_read_as_the_rows_read_them() {
        let s = survey();
        let values = cell_values();
        // (2^53 and 2^53 + 2 plus 2^52 have the low bits of 0 and 1.)
        let two_53 = (1u64 << 53) as f64;
        let odd = [
            -0.0,
            1.5,
            2.5,
            6.999999999999999,
            10.000000000000002,
            255.0,
            256.0,
            1e20,
            5e-324,
            -3.0,
            two_53,
            two_53 + 2.0,
        ];
        for q in [0usize, 3] {
            for (at, &v) in odd.iter().enumerate() {
                let n = 400;
                let mut column: Vec<f64> = (0..n).map(|i| (1 + i % 7) as f64).collect();
                column[at * 13] = v;
                let rows = Rows {
                    n,
                    int_ids: true,
                    ids: (0..n as u16).collect(),
                    days: vec![20_000; n],
                    weights: None,
                    stores: vec![0; n],
                    channels: vec![0; n],
                    answers: vec![(q, Col::Float(column))],
                };
                let (stores, channels): (Vec<_>, Vec<_>) = (
                    STORES.iter().map(|l| l.map(str::to_owned)).collect(),
                    CHANNELS.iter().map(|l| l.map(str::to_owned)).collect(),
                );
                let int_ids: Vec<i64> = rows.ids.iter().map(|&i| i64::from(i)).collect();
                let batch = as_batch(&rows, &[], &int_ids, &stores, &channels, &values);
                let options = ReportOptions::default().min_group_size(1);
                let expected = row_by_row(&s, &rows, &values).and_then(|r| crate::report(&s, &r, &options)).ok();
                let bulk = report_batch(&s, &batch, &options).unwrap();
                assert_eq!(bulk, expected, "question {q}, value {v:e}");
            }
        }
    }

    /// A batch with a column of another length is read row by row (which names what is wrong), whether the
    /// parts were made with it or apart from its ids; one that is prepared apart from its ids is counted as a whole.
    #[test]
    fn a_column_of_another_length_is_not_counted() {
        let s = survey();
        let grouping = crate::Grouping::default().by(["store"]).every(Every::Month);
        let labels = vec![Some("Berlin".to_owned())];
        let (codes, nanos, nps) = (vec![0u32, 0], vec![1_740_000_000_000_000_000i64; 2], vec![9i64, 3]);
        let batch = |ids: &'static [&'static str], nps: &'static [i64]| Batch {
            rows: 2,
            ids: Ids::Text(ids),
            times: Times::Nanos(Box::leak(nanos.clone().into_boxed_slice())),
            weights: None,
            segments: vec![Segment {
                name: "store",
                codes: Box::leak(codes.clone().into_boxed_slice()),
                labels: Box::leak(labels.clone().into_boxed_slice()),
            }],
            answers: vec![(0, AnswerCells::Int(nps))],
        };
        let nps: &'static [i64] = Box::leak(nps.into_boxed_slice());
        for (ids, answers) in [(&["a"][..], nps), (&["a", "b", "c"][..], nps), (&["a", "b"][..], &nps[..1])] {
            let mut acc = ReportAccumulator::new(s.clone(), &grouping).unwrap();
            assert_eq!(acc.add_batch(&batch(ids, answers)).unwrap(), Bulk::Rows);
            let prepared = acc.batch_preparer(true)(&batch(&[], answers));
            assert_eq!(acc.add_prepared_batch(&batch(ids, answers), prepared, true).unwrap(), Bulk::Rows);
        }
        let mut acc = ReportAccumulator::new(s, &grouping).unwrap();
        let prepared = acc.batch_preparer(true)(&batch(&[], nps));
        assert_eq!(acc.add_prepared_batch(&batch(&["a", "b"], nps), prepared, true).unwrap(), Bulk::Counted);
        assert_eq!(acc.finish(&ResultOptions::default()).unwrap().respondents, 2);
    }

    #[test]
    fn an_overflowing_batch_changes_nothing() {
        let s = survey();
        // (Without the ids, whose count must match the respondents'.)
        let grouping =
            crate::Grouping { check_ids: false, ..crate::Grouping::default().by(["store"]).every(Every::Month) };
        let labels = vec![Some("Berlin".to_owned()), Some("Warsaw".to_owned())];
        let (codes, nanos, nps) = (vec![0u32, 1], vec![1_740_000_000_000_000_000i64; 2], vec![9i64, 3]);
        let batch = |ids: &'static [&'static str]| Batch {
            rows: 2,
            ids: Ids::Text(ids),
            times: Times::Nanos(&nanos),
            weights: None,
            segments: vec![Segment { name: "store", codes: &codes, labels: &labels }],
            answers: vec![(0, AnswerCells::Int(&nps))],
        };
        let mut acc = ReportAccumulator::new(s, &grouping).unwrap();
        assert_eq!(acc.add_batch(&batch(&["a", "b"])).unwrap(), Bulk::Counted);
        // Warsaw's count of NPS 3 at the most an accumulator counts (2^53, each of weight 1): the batch's other
        // cells, and Warsaw's respondents, merge before that count fails.
        let text = serde_json::to_string(&acc).unwrap();
        let warsaw = r#""counts":[0,0,0,1,0,0,0,0,0,0,0],"weights":["0","0","0","1000000","0","0","0","0","0","0","0"],"weight_sq":"1000000000000""#;
        assert_eq!(text.matches(warsaw).count(), 1);
        let most = 1u128 << 53;
        let full = format!(
            r#""counts":[0,0,0,{most},0,0,0,0,0,0,0],"weights":["0","0","0","{}","0","0","0","0","0","0","0"],"weight_sq":"{}""#,
            most * 1_000_000,
            most * 1_000_000_000_000
        );
        let state: Value = serde_json::from_str(&text.replace(warsaw, &full)).unwrap();
        assert_ne!(state, serde_json::to_value(&acc).unwrap());
        let mut acc: ReportAccumulator = serde_json::from_value(state.clone()).unwrap();
        assert!(acc.add_batch(&batch(&["c", "d"])).is_err());
        assert_eq!(serde_json::to_value(&acc).unwrap(), state);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]
        /// A batch gives the report of the responses read row by row, and falls back exactly when reading the rows
        /// fails.
        #[test]
        fn a_batch_counts_what_the_rows_read(mut rows in rows(), by in 0usize..4, every in 0usize..3, valid in any::<bool>()) {
            let s = survey();
            let values = cell_values();
            if valid {
                clean(&s, &mut rows, &values);
            }
            let text_ids: Vec<String> = rows.ids.iter().map(|i| format!("r{i}")).collect();
            let text_refs: Vec<&str> = text_ids.iter().map(String::as_str).collect();
            let int_ids: Vec<i64> = rows.ids.iter().map(|&i| i as i64).collect();
            let stores: Vec<Option<String>> = STORES.iter().map(|l| l.map(str::to_owned)).collect();
            let channels: Vec<Option<String>> = CHANNELS.iter().map(|l| l.map(str::to_owned)).collect();
            let batch = as_batch(&rows, &text_refs, &int_ids, &stores, &channels, &values);
            let by: Vec<&str> = [vec![], vec!["store"], vec!["channel", "store"], vec!["region"]][by].clone();
            let mut options = ReportOptions::default().by(by.clone()).min_group_size(1);
            options.grouping.every = [None, Some(Every::Month), Some(Every::Week)][every];
            let expected = row_by_row(&s, &rows, &values).and_then(|r| crate::report(&s, &r, &options));
            let bulk = report_batch(&s, &batch, &options);
            if valid && rows.n > 0 && by != ["region"] {
                // Valid rows, unless no row has a `by` segment.
                prop_assert!(
                    expected.as_ref().map_or_else(|e| e.to_string().contains("no response has a segment"), |_| true),
                    "{:?}",
                    expected.as_ref().map(|_| ())
                );
            }
            match (expected, bulk) {
                (Ok(e), Ok(Some(b))) => prop_assert_eq!(e, b),
                (Err(_), Ok(None)) => {}
                // An empty batch is read row by row; so is one whose `by` segment no row has (the error says so).
                (Err(_), Err(_)) => {}
                (e, b) => prop_assert!(false, "rows: {:?}\nbatch: {:?}", e.map(|_| "report"), b.map(|b| b.is_some())),
            }
        }

        /// An id used twice makes a batch fall back, whether it is counted whole or in two halves on two threads,
        /// and whatever the order of its ids (ascending ones are not hashed; two ascending halves may overlap).
        #[test]
        fn an_id_used_twice_falls_back_whole_or_in_halves(
            n in 2usize..40,
            int_ids in any::<bool>(),
            order in 0usize..4,
            twice in prop::option::of((0usize..40, 0usize..40)),
            split_from in 2usize..50,
            check_ids in any::<bool>(),
        ) {
            let mut ids: Vec<i64> = (0..n as i64).map(|i| i * 3 + 1).collect();
            match order {
                0 => {}                // ascending
                1 => ids.reverse(),    // descending
                2 => {
                    // Each half ascending, their ranges overlapping: the odd-placed ids, then the even-placed ones.
                    let (odd, even): (Vec<(usize, i64)>, _) = ids.iter().copied().enumerate().partition(|(i, _)| i % 2 == 1);
                    ids = odd.into_iter().chain(even).map(|(_, id)| id).collect();
                }
                _ => ids.sort_by_key(|id| (id * 7919) % 101), // no order
            }
            let repeated = twice.map(|(i, j)| (i % n, j % n)).filter(|(i, j)| i != j);
            if let Some((i, j)) = repeated {
                ids[j] = ids[i];
            }
            // Zero-padded, so that text ids sort as the numbers do.
            let text: Vec<String> = ids.iter().map(|id| format!("r{id:05}")).collect();
            let text: Vec<&str> = text.iter().map(String::as_str).collect();
            let (nanos, nps) = (vec![1_740_000_000_000_000_000i64; n], (0..n as i64).map(|i| i % 11).collect::<Vec<_>>());
            let batch = Batch {
                rows: n,
                ids: if int_ids { Ids::Int(&ids) } else { Ids::Text(&text) },
                times: Times::Nanos(&nanos),
                weights: None,
                segments: Vec::new(),
                answers: vec![(0, AnswerCells::Int(&nps))],
            };
            let grouping = crate::Grouping { check_ids, ..crate::Grouping::default() };
            let count = |split_from: usize| {
                let mut acc = ReportAccumulator::new(survey(), &grouping).unwrap();
                let bulk = acc.add_batch_with(&batch, true, split_from).unwrap();
                (bulk, acc.finish(&ResultOptions::default()).map_err(|e| e.to_string()))
            };
            let (whole, halves) = (count(usize::MAX), count(split_from));
            let expected = if repeated.is_some() { Bulk::Rows } else { Bulk::Counted };
            prop_assert_eq!(whole.0, expected);
            prop_assert_eq!(halves.0, expected);
            prop_assert_eq!(whole.1, halves.1);
        }

        /// An interner gives each string the code of its first sighting (short strings by their table, strings of
        /// up to fifteen bytes by their packed keys, the rest by their map), also after it is cleared. Strings
        /// that differ only in a zero byte at the end, or in one byte anywhere, are told apart at every length.
        #[test]
        fn interned_codes_are_first_sightings(
            rounds in proptest::collection::vec(
                proptest::collection::vec("[a9é ]{0,3}|\\PC{0,4}|[ab\u{0}é]{3,17}", 0..40),
                1..4,
            ),
        ) {
            let mut interner = Interner::default();
            for strings in rounds {
                interner.clear();
                let mut seen: Vec<&str> = Vec::new();
                for s in &strings {
                    let expected = seen.iter().position(|t| t == s).unwrap_or_else(|| {
                        seen.push(s);
                        seen.len() - 1
                    });
                    prop_assert_eq!(interner.code(s), expected as u32, "{:?}", s);
                }
                prop_assert_eq!(interner.values(), &seen[..]);
            }
        }

        /// Batches added to an accumulator one after the other count what one batch of all their rows counts.
        #[test]
        fn batches_add_up(mut rows in rows(), split in 0usize..60) {
            let s = survey();
            let values = cell_values();
            clean(&s, &mut rows, &values);
            let text_ids: Vec<String> = rows.ids.iter().map(|i| format!("r{i}")).collect();
            let text_refs: Vec<&str> = text_ids.iter().map(String::as_str).collect();
            let int_ids: Vec<i64> = rows.ids.iter().map(|&i| i as i64).collect();
            let stores: Vec<Option<String>> = STORES.iter().map(|l| l.map(str::to_owned)).collect();
            let channels: Vec<Option<String>> = CHANNELS.iter().map(|l| l.map(str::to_owned)).collect();
            let grouping = crate::Grouping::default().by(["store"]).every(Every::Month);
            let mut whole = ReportAccumulator::new(s.clone(), &grouping).unwrap();
            if whole.add_batch(&as_batch(&rows, &text_refs, &int_ids, &stores, &channels, &values)).unwrap() == Bulk::Rows {
                return Ok(());
            }
            let split = split.min(rows.n);
            let part = |range: std::ops::Range<usize>| Rows {
                n: range.len(),
                int_ids: rows.int_ids,
                ids: rows.ids[range.clone()].to_vec(),
                days: rows.days[range.clone()].to_vec(),
                weights: rows.weights.as_ref().map(|w| w[range.clone()].to_vec()),
                stores: rows.stores[range.clone()].to_vec(),
                channels: rows.channels[range.clone()].to_vec(),
                answers: rows.answers.iter().map(|(q, c)| (*q, match c {
                    Col::Int(v) => Col::Int(v[range.clone()].to_vec()),
                    Col::IntWithGaps(v, p) => Col::IntWithGaps(v[range.clone()].to_vec(), p[range.clone()].to_vec()),
                    Col::Float(v) => Col::Float(v[range.clone()].to_vec()),
                    Col::Bool(v) => Col::Bool(v[range.clone()].to_vec()),
                    Col::Coded(v) => Col::Coded(v[range.clone()].to_vec()),
                })).collect(),
            };
            let (a, b) = (part(0..split), part(split..rows.n));
            let mut parts = ReportAccumulator::new(s.clone(), &grouping).unwrap();
            for p in [&a, &b] {
                let (t, i) = (&text_refs[..], &int_ids[..]);
                let (t, i) = if std::ptr::eq(p, &a) { (&t[..split], &i[..split]) } else { (&t[split..], &i[split..]) };
                prop_assert_eq!(parts.add_batch(&as_batch(p, t, i, &stores, &channels, &values)).unwrap(), Bulk::Counted);
            }
            let finish = |acc: &ReportAccumulator| acc.finish(&ResultOptions::default()).map_err(|e| e.to_string());
            prop_assert_eq!(finish(&parts), finish(&whole));
            // The ids are checked across batches: the first part again is refused whole.
            let (t, i) = (&text_refs[..split], &int_ids[..split]);
            if split > 0 {
                prop_assert_eq!(parts.add_batch(&as_batch(&a, t, i, &stores, &channels, &values)).unwrap(), Bulk::Rows);
            }
        }
    }
}
