//! Customer Effort Score: CES 2.0 (agreement that "the company made it easy", higher is easier) and the legacy
//! effort question ("how much effort did you have to put forth", lower is better).

use serde::{Deserialize, Serialize};

use super::{tally_from_slices, MeanFigures, MetricOptions, Tally};
use crate::error::Result;
use crate::stats::{share_stats, trinomial};
use crate::survey::Scale;

/// CES 2.0 figures (`ces` questions). `None` where there is nothing to compute from.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CesResult {
    /// The mean, its spread and interval, the distribution and the scale.
    #[serde(flatten)]
    pub figures: MeanFigures,
    /// Weighted share agreeing (above the midpoint: 5-7 on 1-7), percent.
    pub percent_agree: Option<f64>,
    /// Number agreeing.
    pub agree: u64,
    /// Weighted share disagreeing (below the midpoint: 1-3 on 1-7), percent.
    pub percent_disagree: Option<f64>,
    /// Number disagreeing.
    pub disagree: u64,
    /// `percent_agree - percent_disagree`.
    pub net_easy: Option<f64>,
    /// Trinomial interval of `net_easy` (adjusted Wald or Wald, as for NPS).
    pub net_easy_ci: Option<[f64; 2]>,
    /// Wilson interval of `percent_agree`.
    pub ci: Option<[f64; 2]>,
    /// Number of respondents in the denominator.
    pub n: u64,
    /// Number shown the question who skipped it.
    pub skipped: u64,
    /// Σ weights over the denominator.
    pub weighted_n: f64,
    /// Kish's effective sample size over the denominator.
    pub effective_n: f64,
    /// Confidence level.
    pub confidence: f64,
}

/// Legacy CES figures (`ces_effort` questions, lower is better).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CesEffortResult {
    /// The mean, its spread and interval, the distribution and the scale.
    #[serde(flatten)]
    pub figures: MeanFigures,
    /// Weighted share of low effort (below the midpoint: 1-2 on 1-5), percent.
    pub percent_low_effort: Option<f64>,
    /// Number reporting low effort.
    pub low_effort: u64,
    /// Weighted share of high effort (above the midpoint: 4-5 on 1-5), percent.
    pub percent_high_effort: Option<f64>,
    /// Number reporting high effort.
    pub high_effort: u64,
    /// Wilson interval of `percent_low_effort`.
    pub ci: Option<[f64; 2]>,
    /// Number of respondents in the denominator.
    pub n: u64,
    /// Number shown the question who skipped it.
    pub skipped: u64,
    /// Σ weights over the denominator.
    pub weighted_n: f64,
    /// Kish's effective sample size over the denominator.
    pub effective_n: f64,
    /// Confidence level.
    pub confidence: f64,
}

fn above(scale: Scale) -> impl Fn(i64) -> bool {
    move |v| 2 * v > scale.twice_mid()
}

fn below(scale: Scale) -> impl Fn(i64) -> bool {
    move |v| 2 * v < scale.twice_mid()
}

super::scale_accumulator!(
    /// Accumulates CES 2.0 answers exactly; mergeable with another of the same scale, serde-serialisable.
    CesAccumulator,
    CesResult,
    ces_from_tally
);

super::scale_accumulator!(
    /// Accumulates legacy CES (effort) answers exactly; mergeable with another of the same scale.
    CesEffortAccumulator,
    CesEffortResult,
    ces_effort_from_tally
);

/// CES 2.0 figures of a tally.
pub fn ces_from_tally(tally: &Tally, options: &MetricOptions) -> CesResult {
    let scale = tally.scale();
    let (agree, wa) = tally.count_where(above(scale));
    let (disagree, wd) = tally.count_where(below(scale));
    let sums = tally.sums(options.denominator);
    let share = share_stats(wa, sums, options.confidence);
    let pct = |w| (sums.n > 0).then(|| sums.percent(w));
    let net = trinomial(wa, wd, sums, options.interval, options.confidence);
    CesResult {
        figures: tally.mean_figures(options.confidence),
        percent_agree: pct(wa),
        agree,
        percent_disagree: pct(wd),
        disagree,
        net_easy: net.map(|t| t.score),
        net_easy_ci: net.map(|t| t.ci),
        ci: share.ci,
        n: sums.n,
        skipped: tally.skipped(),
        weighted_n: sums.weighted_n(),
        effective_n: sums.effective_n(),
        confidence: options.confidence.level(),
    }
}

/// Legacy CES figures of a tally.
pub fn ces_effort_from_tally(tally: &Tally, options: &MetricOptions) -> CesEffortResult {
    let scale = tally.scale();
    let (low_effort, wl) = tally.count_where(below(scale));
    let (high_effort, wh) = tally.count_where(above(scale));
    let sums = tally.sums(options.denominator);
    let share = share_stats(wl, sums, options.confidence);
    let pct = |w| (sums.n > 0).then(|| sums.percent(w));
    CesEffortResult {
        figures: tally.mean_figures(options.confidence),
        percent_low_effort: pct(wl),
        low_effort,
        percent_high_effort: pct(wh),
        high_effort,
        ci: share.ci,
        n: sums.n,
        skipped: tally.skipped(),
        weighted_n: sums.weighted_n(),
        effective_n: sums.effective_n(),
        confidence: options.confidence.level(),
    }
}

/// CES 2.0 of a list of answers on `scale` (`None` = shown but skipped), with optional weights.
///
/// ```
/// use oes_core::metrics::{ces, MetricOptions};
/// let r = ces::ces(&[Some(7), Some(6), Some(4), Some(2)], oes_core::Scale::new(1, 7)?, None, &MetricOptions::default())?;
/// assert_eq!((r.percent_agree, r.percent_disagree, r.net_easy), (Some(50.0), Some(25.0), Some(25.0)));
/// # Ok::<(), oes_core::Error>(())
/// ```
pub fn ces(
    values: &[Option<i64>],
    scale: Scale,
    weights: Option<&[f64]>,
    options: &MetricOptions,
) -> Result<CesResult> {
    Ok(ces_from_tally(&tally_from_slices(scale, values, weights)?, options))
}

/// Legacy CES of a list of answers on `scale` (`None` = shown but skipped), with optional weights.
pub fn ces_effort(
    values: &[Option<i64>],
    scale: Scale,
    weights: Option<&[f64]>,
    options: &MetricOptions,
) -> Result<CesEffortResult> {
    Ok(ces_effort_from_tally(&tally_from_slices(scale, values, weights)?, options))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn midpoints_split_odd_and_even_scales() {
        let opts = MetricOptions::default();
        let r = ces(&[1, 2, 3, 4, 5, 6, 7].map(Some), Scale::new(1, 7).unwrap(), None, &opts).unwrap();
        assert_eq!((r.agree, r.disagree), (3, 3));
        let r = ces(&[1, 2, 3, 4, 5, 6].map(Some), Scale::new(1, 6).unwrap(), None, &opts).unwrap();
        assert_eq!((r.agree, r.disagree), (3, 3));
        let e = ces_effort(&[1, 2, 3, 4, 5].map(Some), Scale::new(1, 5).unwrap(), None, &opts).unwrap();
        assert_eq!((e.low_effort, e.high_effort, e.figures.mean), (2, 2, Some(3.0)));
    }
}
