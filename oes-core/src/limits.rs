//! Resource limits: every input that could make oes use unbounded memory or time is checked against one of these,
//! and going over one is an error that names it ([`Error::Limit`], or an [`Error::Response`] for one line of input)
//! instead of a slow death. Every limit can be raised (or lowered): in the library through these fields, on the
//! command line with `--limit NAME=N`.
//!
//! ```
//! use oes_core::Limits;
//! let mut limits = Limits::default();
//! limits.set("periods", 50_000)?;
//! assert_eq!(limits.periods, 50_000);
//! assert!(limits.set("lines", 1).is_err());
//! # Ok::<(), oes_core::Error>(())
//! ```

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// The limits in force; [`Limits::default`] gives the documented defaults.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Limits {
    /// Bytes in one JSONL line or CSV record (default 1 MiB, [`Limits::LINE_BYTES`]). A longer line is an invalid
    /// response (skipped in lenient mode) and is never held in memory whole.
    pub line_bytes: u64,
    /// Bytes in one text answer (default 64 KiB, [`Limits::TEXT_BYTES`]); the OES model reads only the first 128
    /// tokens of a comment in any case.
    pub text_bytes: u64,
    /// Periods in a report, from the first bucket with a response to the last (default 10,000,
    /// [`Limits::PERIODS`]: 27 years of days).
    pub periods: u64,
    /// Cells in a report, groups × periods (default 1,000,000, [`Limits::CELLS`]).
    pub cells: u64,
    /// Threads for the OES model (default 256, [`Limits::THREADS`]).
    pub threads: u64,
    /// Bytes of a survey definition file (default 16 MiB, [`Limits::SURVEY_BYTES`]).
    pub survey_bytes: u64,
    /// Bytes of decompressed Parquet pages held at once, as a file's page headers declare them: the largest page of
    /// each column of a row group, summed (default 256 MiB, [`Limits::PARQUET_BYTES`]). Checked before a file is
    /// decoded.
    pub parquet_bytes: u64,
}

impl Limits {
    /// Default of [`Limits::line_bytes`].
    pub const LINE_BYTES: u64 = 1 << 20;
    /// Default of [`Limits::text_bytes`].
    pub const TEXT_BYTES: u64 = 64 << 10;
    /// Default of [`Limits::periods`].
    pub const PERIODS: u64 = 10_000;
    /// Default of [`Limits::cells`].
    pub const CELLS: u64 = 1_000_000;
    /// Default of [`Limits::threads`].
    pub const THREADS: u64 = 256;
    /// Default of [`Limits::survey_bytes`].
    pub const SURVEY_BYTES: u64 = 16 << 20;
    /// Default of [`Limits::parquet_bytes`].
    pub const PARQUET_BYTES: u64 = 256 << 20;

    /// The names of the limits, as [`Limits::set`] and the command line's `--limit NAME=N` spell them.
    pub const NAMES: [&'static str; 7] =
        ["line-bytes", "text-bytes", "periods", "cells", "threads", "survey-bytes", "parquet-bytes"];

    /// Sets the limit called `name` (one of [`Limits::NAMES`]; `_` may stand for `-`); errors on an unknown name or
    /// on 0.
    pub fn set(&mut self, name: &str, value: u64) -> Result<()> {
        let slot = match name.replace('_', "-").as_str() {
            "line-bytes" => &mut self.line_bytes,
            "text-bytes" => &mut self.text_bytes,
            "periods" => &mut self.periods,
            "cells" => &mut self.cells,
            "threads" => &mut self.threads,
            "survey-bytes" => &mut self.survey_bytes,
            "parquet-bytes" => &mut self.parquet_bytes,
            _ => {
                return Err(Error::param(
                    "limit",
                    format!("unknown limit {name:?} (the limits are {})", Limits::NAMES.join(", ")),
                ))
            }
        };
        if value == 0 {
            return Err(Error::param("limit", format!("{name} must be at least 1")));
        }
        *slot = value;
        Ok(())
    }

    /// Parses `NAME=N` (the command line's `--limit`) and sets that limit.
    pub fn set_from_str(&mut self, spec: &str) -> Result<()> {
        let (name, value) = spec
            .split_once('=')
            .ok_or_else(|| Error::param("limit", format!("{spec:?}: expected NAME=N, e.g. periods=50000")))?;
        let value = value
            .trim()
            .replace('_', "")
            .parse::<u64>()
            .map_err(|_| Error::param("limit", format!("{spec:?}: {value:?} is not a whole number")))?;
        self.set(name.trim(), value)
    }

    /// The error for `limit` being exceeded.
    pub(crate) fn exceeded(limit: &'static str, value: u64, message: impl Into<String>) -> Error {
        Error::Limit { limit, value, message: message.into() }
    }

    /// Checks a thread count against [`Limits::threads`].
    pub fn check_threads(&self, threads: usize) -> Result<()> {
        if threads as u64 > self.threads {
            return Err(Limits::exceeded("threads", self.threads, format!("{threads} threads requested")));
        }
        Ok(())
    }
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            line_bytes: Limits::LINE_BYTES,
            text_bytes: Limits::TEXT_BYTES,
            periods: Limits::PERIODS,
            cells: Limits::CELLS,
            threads: Limits::THREADS,
            survey_bytes: Limits::SURVEY_BYTES,
            parquet_bytes: Limits::PARQUET_BYTES,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_are_set_by_name_and_errors_name_them() {
        let mut l = Limits::default();
        l.set_from_str("line_bytes=2_000_000").unwrap();
        assert_eq!(l.line_bytes, 2_000_000);
        for bad in ["periods", "periods=x", "periods=0", "rows=5"] {
            assert!(l.set_from_str(bad).is_err(), "{bad}");
        }
        let e = l.check_threads(100_000).unwrap_err().to_string();
        assert_eq!(
            e,
            "100000 threads requested: over the limit threads = 256; raise it with `--limit threads=N` on the \
             command line, or the `threads` entry of `limits` in the library"
        );
        assert!(l.check_threads(256).is_ok());
    }
}
