//! Customer satisfaction (CSAT): top-box share and mean.

use serde::{Deserialize, Serialize};

use super::{tally_from_slices, MeanFigures, MetricOptions, Tally, Weight};
use crate::error::{Error, Result};
use crate::stats::share_stats;
use crate::stats::Comparison;
use crate::survey::Scale;

/// CSAT figures. `None` where there is nothing to compute from.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CsatResult {
    /// Weighted share of satisfied answers (at or above `threshold`), percent.
    pub percent: Option<f64>,
    /// Number of satisfied answers.
    pub satisfied: u64,
    /// Lowest value counted as satisfied.
    pub threshold: i32,
    /// Number of respondents in the denominator.
    pub n: u64,
    /// Number of respondents shown the question who skipped it.
    pub skipped: u64,
    /// Σ weights over the denominator.
    pub weighted_n: f64,
    /// Kish's effective sample size over the denominator.
    pub effective_n: f64,
    /// Wilson interval of `percent`.
    pub ci: Option<[f64; 2]>,
    /// Half-width of the Wilson interval, percentage points.
    pub moe: Option<f64>,
    /// The mean, its spread and interval, the distribution and the scale.
    #[serde(flatten)]
    pub figures: MeanFigures,
    /// Confidence level.
    pub confidence: f64,
}

/// Accumulates answers to a CSAT question; mergeable with another of the same scale and threshold.
///
/// ```
/// use oes_core::metrics::{csat::CsatAccumulator, MetricOptions, Weight};
/// use oes_core::Scale;
/// let mut acc = CsatAccumulator::new(Scale::new(1, 5)?);
/// for v in [5, 4, 3, 5] {
///     acc.add(v, Weight::ONE)?;
/// }
/// let r = acc.result(&MetricOptions::default());
/// assert_eq!(r.percent, Some(75.0));
/// assert_eq!(r.figures.mean, Some(4.25));
/// # Ok::<(), oes_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "RawCsat")]
pub struct CsatAccumulator {
    tally: Tally,
    threshold: i32,
}

#[derive(Deserialize)]
struct RawCsat {
    tally: Tally,
    threshold: i32,
}

impl TryFrom<RawCsat> for CsatAccumulator {
    type Error = Error;
    fn try_from(raw: RawCsat) -> Result<Self> {
        CsatAccumulator::from_tally(raw.tally, Some(raw.threshold))
    }
}

impl CsatAccumulator {
    /// The top-box threshold: answers at or above it are satisfied.
    pub fn threshold(&self) -> i32 {
        self.threshold
    }

    /// An empty accumulator with the default top-box threshold of `scale` (see [`Scale::default_top_box`]).
    pub fn new(scale: Scale) -> Self {
        CsatAccumulator { tally: Tally::new(scale), threshold: scale.default_top_box() }
    }

    /// An empty accumulator counting values `>= threshold` as satisfied; errors if the threshold is off the scale.
    pub fn with_threshold(scale: Scale, threshold: i32) -> Result<Self> {
        check_threshold(scale, threshold)?;
        Ok(CsatAccumulator { tally: Tally::new(scale), threshold })
    }

    /// Wraps a tally.
    pub fn from_tally(tally: Tally, threshold: Option<i32>) -> Result<Self> {
        let threshold = threshold.unwrap_or(tally.scale().default_top_box());
        check_threshold(tally.scale(), threshold)?;
        Ok(CsatAccumulator { tally, threshold })
    }

    /// Adds an answer; errors when it is off the scale.
    #[inline]
    pub fn add(&mut self, value: i64, weight: Weight) -> Result<()> {
        self.tally.add(value, weight)
    }

    /// Adds a respondent who was shown the question and skipped it.
    pub fn add_skipped(&mut self, weight: Weight) {
        self.tally.add_skipped(weight)
    }

    /// Adds another accumulator; errors if the scales or thresholds differ.
    pub fn merge(&mut self, other: &CsatAccumulator) -> Result<()> {
        if self.threshold != other.threshold {
            return Err(Error::Incompatible(format!("threshold {} vs {}", self.threshold, other.threshold)));
        }
        self.tally.merge(&other.tally)
    }

    /// The underlying tally.
    pub fn tally(&self) -> &Tally {
        &self.tally
    }

    /// The figures.
    pub fn result(&self, options: &MetricOptions) -> CsatResult {
        result_from_tally(&self.tally, self.threshold, options)
    }
}

fn check_threshold(scale: Scale, threshold: i32) -> Result<()> {
    if scale.contains(threshold as i64) {
        Ok(())
    } else {
        Err(Error::param("threshold", format!("{threshold} is off the scale {scale}")))
    }
}

pub(crate) fn result_from_tally(tally: &Tally, threshold: i32, options: &MetricOptions) -> CsatResult {
    let (satisfied, ws) = tally.count_where(|v| v >= threshold as i64);
    let sums = tally.sums(options.denominator);
    let share = share_stats(ws, sums, options.confidence);
    CsatResult {
        percent: share.percent,
        satisfied,
        threshold,
        n: sums.n,
        skipped: tally.skipped(),
        weighted_n: sums.weighted_n(),
        effective_n: sums.effective_n(),
        ci: share.ci,
        moe: share.moe,
        figures: tally.mean_figures(options.confidence),
        confidence: options.confidence.level(),
    }
}

/// Compares the satisfied shares of two tallies (two-proportion z test), in percentage points.
pub(crate) fn compare(a: &Tally, b: &Tally, threshold: i32, options: &MetricOptions) -> Option<Comparison> {
    let side = |t: &Tally| {
        let (_, w) = t.count_where(|v| v >= threshold as i64);
        let s = t.sums(options.denominator);
        (s.n > 0).then(|| (s.share(w), s.effective_n()))
    };
    crate::stats::compare_shares("percent", side(a)?, side(b)?, options.confidence)
}

/// CSAT of a list of answers (`None` = shown but skipped) on `scale`, with an optional threshold and weights.
///
/// ```
/// use oes_core::metrics::{csat, MetricOptions};
/// let scale = oes_core::Scale::new(1, 5)?;
/// let r = csat::csat(&[Some(5), Some(4), Some(2), Some(1)], scale, None, None, &MetricOptions::default())?;
/// assert_eq!(r.percent, Some(50.0));
/// # Ok::<(), oes_core::Error>(())
/// ```
pub fn csat(
    values: &[Option<i64>],
    scale: Scale,
    threshold: Option<i32>,
    weights: Option<&[f64]>,
    options: &MetricOptions,
) -> Result<CsatResult> {
    let tally = tally_from_slices(scale, values, weights)?;
    Ok(CsatAccumulator::from_tally(tally, threshold)?.result(options))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn wilson_interval_contains_the_share(values in prop::collection::vec(1i64..=5, 1..300), conf in 0.5f64..0.999) {
            let opts = MetricOptions::default().with_confidence(conf).unwrap();
            let vals: Vec<_> = values.into_iter().map(Some).collect();
            let r = csat(&vals, Scale::new(1, 5).unwrap(), None, None, &opts).unwrap();
            let (p, [lo, hi]) = (r.percent.unwrap(), r.ci.unwrap());
            prop_assert!(0.0 <= lo && lo <= p + 1e-9 && p <= hi + 1e-9 && hi <= 100.0);
            let (m, [mlo, mhi]) = (r.figures.mean.unwrap(), r.figures.mean_ci.unwrap_or([r.figures.mean.unwrap(); 2]));
            prop_assert!(mlo <= m && m <= mhi);
        }
    }

    #[test]
    fn threshold_must_be_on_the_scale() {
        let s = Scale::new(1, 5).unwrap();
        assert!(CsatAccumulator::with_threshold(s, 6).is_err());
        let mut a = CsatAccumulator::with_threshold(s, 5).unwrap();
        assert!(a.merge(&CsatAccumulator::new(s)).is_err());
        assert!(a.add(0, Weight::ONE).is_err());
    }

    #[test]
    fn shown_policy_counts_skips_in_the_share_only() {
        let s = Scale::new(1, 5).unwrap();
        let opts = MetricOptions::default().with_denominator(super::super::Denominator::Shown);
        let r = csat(&[Some(5), Some(4), None, None], s, None, None, &opts).unwrap();
        assert_eq!((r.percent, r.n, r.skipped, r.figures.mean), (Some(50.0), 4, 2, Some(4.5)));
    }
}
