//! Generic ratings (mean, distribution, interval) and yes/no questions (share of yes).

use serde::{Deserialize, Serialize};

use super::{tally_from_slices, MeanFigures, MetricOptions, Tally, Weight};
use crate::error::Result;
use crate::stats::share_stats;
use crate::stats::Comparison;
use crate::survey::Scale;

/// Figures of a `rating` question.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RatingResult {
    /// The mean, its spread and interval, the distribution and the scale.
    #[serde(flatten)]
    pub figures: MeanFigures,
    /// Number of answers.
    pub n: u64,
    /// Number shown the question who skipped it.
    pub skipped: u64,
    /// Σ weights of the answers.
    pub weighted_n: f64,
    /// Kish's effective sample size of the answers.
    pub effective_n: f64,
    /// Confidence level.
    pub confidence: f64,
}

/// Figures of a `yes_no` question.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct YesNoResult {
    /// Weighted share of "yes", percent.
    pub percent_yes: Option<f64>,
    /// Number of "yes".
    pub yes: u64,
    /// Number of "no".
    pub no: u64,
    /// Number of respondents in the denominator.
    pub n: u64,
    /// Number shown the question who skipped it.
    pub skipped: u64,
    /// Σ weights over the denominator.
    pub weighted_n: f64,
    /// Kish's effective sample size over the denominator.
    pub effective_n: f64,
    /// Wilson interval of `percent_yes`.
    pub ci: Option<[f64; 2]>,
    /// Half-width of the Wilson interval.
    pub moe: Option<f64>,
    /// Confidence level.
    pub confidence: f64,
}

/// The scale a yes/no tally is kept on: 0 is no, 1 is yes.
pub const YES_NO_SCALE: Scale = match Scale::new_const(0, 1) {
    Some(s) => s,
    None => unreachable!(),
};

super::scale_accumulator!(
    /// Accumulates answers to a generic rating question exactly; mergeable with another of the same scale.
    RatingAccumulator,
    RatingResult,
    rating_from_tally
);

/// Accumulates yes/no answers exactly; mergeable and serde-serialisable.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "Tally", into = "Tally")]
pub struct YesNoAccumulator {
    tally: Tally,
}

impl TryFrom<Tally> for YesNoAccumulator {
    type Error = crate::Error;
    fn try_from(tally: Tally) -> crate::Result<Self> {
        if tally.scale() != YES_NO_SCALE {
            return Err(crate::Error::Incompatible(format!("a yes/no tally is 0-1, not {}", tally.scale())));
        }
        Ok(YesNoAccumulator { tally })
    }
}

impl From<YesNoAccumulator> for Tally {
    fn from(a: YesNoAccumulator) -> Tally {
        a.tally
    }
}

impl Default for YesNoAccumulator {
    fn default() -> Self {
        YesNoAccumulator::new()
    }
}

impl YesNoAccumulator {
    /// An empty accumulator.
    pub fn new() -> Self {
        YesNoAccumulator { tally: Tally::new(YES_NO_SCALE) }
    }

    /// Adds an answer.
    pub fn add(&mut self, yes: bool, weight: Weight) {
        self.tally.add_index(yes as usize, weight)
    }

    /// Adds a respondent who was shown the question and skipped it.
    pub fn add_skipped(&mut self, weight: Weight) {
        self.tally.add_skipped(weight)
    }

    /// Adds another accumulator. Both are on the yes/no scale by construction; the only error is a merge whose
    /// counts would overflow (see [`Tally::merge`]).
    pub fn merge(&mut self, other: &YesNoAccumulator) -> Result<()> {
        self.tally.merge(&other.tally)
    }

    /// The figures.
    pub fn result(&self, options: &MetricOptions) -> YesNoResult {
        yes_no_from_tally(&self.tally, options)
    }
}

/// Rating figures of a tally (answers only; the denominator policy does not apply to means).
pub fn rating_from_tally(tally: &Tally, options: &MetricOptions) -> RatingResult {
    let s = tally.answered_sums();
    RatingResult {
        figures: tally.mean_figures(options.confidence),
        n: s.n,
        skipped: tally.skipped(),
        weighted_n: s.weighted_n(),
        effective_n: s.effective_n(),
        confidence: options.confidence.level(),
    }
}

/// Yes/no figures of a tally on [`YES_NO_SCALE`].
pub fn yes_no_from_tally(tally: &Tally, options: &MetricOptions) -> YesNoResult {
    let (yes, wy) = tally.count_where(|v| v == 1);
    let (no, _) = tally.count_where(|v| v == 0);
    let sums = tally.sums(options.denominator);
    let share = share_stats(wy, sums, options.confidence);
    YesNoResult {
        percent_yes: share.percent,
        yes,
        no,
        n: sums.n,
        skipped: tally.skipped(),
        weighted_n: sums.weighted_n(),
        effective_n: sums.effective_n(),
        ci: share.ci,
        moe: share.moe,
        confidence: options.confidence.level(),
    }
}

/// Compares the yes shares of two yes/no tallies, in percentage points.
pub(crate) fn compare_yes(a: &Tally, b: &Tally, options: &MetricOptions) -> Option<Comparison> {
    let side = |t: &Tally| {
        let (_, w) = t.count_where(|v| v == 1);
        let s = t.sums(options.denominator);
        (s.n > 0).then(|| (s.share(w), s.effective_n()))
    };
    crate::stats::compare_shares("percent_yes", side(a)?, side(b)?, options.confidence)
}

/// Rating figures of a list of answers on `scale` (`None` = shown but skipped), with optional weights.
pub fn rating(
    values: &[Option<i64>],
    scale: Scale,
    weights: Option<&[f64]>,
    options: &MetricOptions,
) -> Result<RatingResult> {
    Ok(rating_from_tally(&tally_from_slices(scale, values, weights)?, options))
}

/// Yes/no figures of a list of answers (`None` = shown but skipped), with optional weights.
///
/// ```
/// use oes_core::metrics::{rating::yes_no, MetricOptions};
/// let r = yes_no(&[Some(true), Some(true), Some(false), None], None, &MetricOptions::default())?;
/// assert_eq!((r.yes, r.no, r.skipped), (2, 1, 1));
/// # Ok::<(), oes_core::Error>(())
/// ```
pub fn yes_no(values: &[Option<bool>], weights: Option<&[f64]>, options: &MetricOptions) -> Result<YesNoResult> {
    let as_int: Vec<Option<i64>> = values.iter().map(|v| v.map(i64::from)).collect();
    Ok(yes_no_from_tally(&tally_from_slices(YES_NO_SCALE, &as_int, weights)?, options))
}
