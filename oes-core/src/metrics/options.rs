//! The options every metric shares: confidence, interval method and denominator policy.

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::stats::Confidence;

/// How an interval for NPS-like (trinomial) scores is computed.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "schema", schemars(rename = "IntervalMethod"))]
pub enum Interval {
    /// Adjusted Wald (Rocks 2016): add 3/4 to each extreme category and 3 to n. Better coverage at small n.
    #[default]
    AdjustedWald,
    /// Plain Wald: estimate ± z · standard error.
    Wald,
}

/// `adjusted_wald` (or `adjusted-wald`) or `wald`, in any case.
impl std::str::FromStr for Interval {
    type Err = Error;
    fn from_str(s: &str) -> Result<Interval> {
        match s.to_ascii_lowercase().as_str() {
            "adjusted_wald" | "adjusted-wald" => Ok(Interval::AdjustedWald),
            "wald" => Ok(Interval::Wald),
            _ => Err(Error::param("interval", format!("{s:?} is not one of adjusted_wald, wald"))),
        }
    }
}

/// Which respondents the shares are computed over.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Denominator {
    /// Only those who answered (the default).
    #[default]
    Answered,
    /// Everyone the question was shown to: skipped answers (`null`) count in the denominator of shares.
    Shown,
}

/// `answered` or `shown`, in any case.
impl std::str::FromStr for Denominator {
    type Err = Error;
    fn from_str(s: &str) -> Result<Denominator> {
        match s.to_ascii_lowercase().as_str() {
            "answered" => Ok(Denominator::Answered),
            "shown" => Ok(Denominator::Shown),
            _ => Err(Error::param("denominator", format!("{s:?} is not one of answered, shown"))),
        }
    }
}

impl Denominator {
    /// The name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Denominator::Answered => "answered",
            Denominator::Shown => "shown",
        }
    }
}

/// Options shared by every metric.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct MetricOptions {
    /// Confidence level of intervals and tests (default 0.95).
    pub confidence: Confidence,
    /// Interval method for NPS-like scores (default adjusted Wald).
    pub interval: Interval,
    /// Denominator of shares (default: answered only).
    pub denominator: Denominator,
}

impl MetricOptions {
    /// Sets the confidence level (errors outside (0, 1)).
    pub fn with_confidence(mut self, level: f64) -> Result<Self> {
        self.confidence = Confidence::new(level)?;
        Ok(self)
    }
    /// Sets the interval method.
    pub fn with_interval(mut self, interval: Interval) -> Self {
        self.interval = interval;
        self
    }
    /// Sets the denominator policy.
    pub fn with_denominator(mut self, denominator: Denominator) -> Self {
        self.denominator = denominator;
        self
    }
}
