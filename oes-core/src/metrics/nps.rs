//! Net Promoter Score (and eNPS): promoters 9-10, passives 7-8, detractors 0-6.

use serde::{Deserialize, Serialize};

use super::{tally_from_slices, Interval, MetricOptions, Tally, Weight};
use crate::error::{Error, Result};
use crate::stats::{compare_trinomial, trinomial, Comparison};
use crate::survey::Scale;

/// An answer to "how likely are you to recommend", 0..=10, checked at construction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct NpsRating(u8);

impl NpsRating {
    /// A rating; errors above 10.
    pub fn new(value: u8) -> Result<NpsRating> {
        if value <= 10 {
            Ok(NpsRating(value))
        } else {
            Err(Error::param("rating", format!("{value} is off the scale 0-10")))
        }
    }

    /// The rating.
    pub fn get(self) -> u8 {
        self.0
    }

    /// The respondent's category.
    pub fn category(self) -> NpsCategory {
        match self.0 {
            9..=10 => NpsCategory::Promoter,
            7..=8 => NpsCategory::Passive,
            _ => NpsCategory::Detractor,
        }
    }
}

impl TryFrom<u8> for NpsRating {
    type Error = Error;
    fn try_from(v: u8) -> Result<Self> {
        NpsRating::new(v)
    }
}

/// Any integer, as the bindings receive it: an error (the same as [`NpsRating::new`]'s) off 0-10.
impl TryFrom<i64> for NpsRating {
    type Error = Error;
    fn try_from(v: i64) -> Result<Self> {
        match u8::try_from(v) {
            Ok(small) => NpsRating::new(small),
            Err(_) => Err(Error::param("rating", format!("{v} is off the scale 0-10"))),
        }
    }
}

impl From<NpsRating> for u8 {
    fn from(r: NpsRating) -> u8 {
        r.0
    }
}

/// Promoter, passive or detractor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NpsCategory {
    /// 9 or 10.
    Promoter,
    /// 7 or 8.
    Passive,
    /// 0 to 6.
    Detractor,
}

/// NPS figures. Counts are unweighted; shares, score and intervals use the weights. `None` where `n` is 0.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NpsResult {
    /// `100 (promoters share - detractors share)`, in [-100, 100].
    pub score: Option<f64>,
    /// Number of promoters (9-10).
    pub promoters: u64,
    /// Number of passives (7-8).
    pub passives: u64,
    /// Number of detractors (0-6).
    pub detractors: u64,
    /// Number of respondents shown the question who skipped it.
    pub skipped: u64,
    /// Number of respondents in the denominator.
    pub n: u64,
    /// Weighted share of promoters, percent.
    pub promoters_pct: Option<f64>,
    /// Weighted share of passives, percent.
    pub passives_pct: Option<f64>,
    /// Weighted share of detractors, percent.
    pub detractors_pct: Option<f64>,
    /// Σ weights over the denominator.
    pub weighted_n: f64,
    /// Kish's effective sample size.
    pub effective_n: f64,
    /// Wald standard error of the score, in points.
    pub se: Option<f64>,
    /// Half-width of the interval, in points.
    pub moe: Option<f64>,
    /// Confidence interval, clipped to [-100, 100].
    pub ci: Option<[f64; 2]>,
    /// Confidence level.
    pub confidence: f64,
    /// Interval method.
    pub interval: Interval,
}

/// Accumulates NPS answers exactly; mergeable and serde-serialisable.
///
/// ```
/// use oes_core::metrics::{nps::{NpsAccumulator, NpsRating}, MetricOptions, Weight};
/// let mut acc = NpsAccumulator::new();
/// for r in [10, 9, 8, 6, 10] {
///     acc.add(NpsRating::new(r)?, Weight::ONE);
/// }
/// let result = acc.result(&MetricOptions::default());
/// assert_eq!(result.score, Some(40.0));
/// assert_eq!((result.promoters, result.passives, result.detractors), (3, 1, 1));
/// # Ok::<(), oes_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "Tally", into = "Tally")]
pub struct NpsAccumulator {
    tally: Tally,
}

impl Default for NpsAccumulator {
    fn default() -> Self {
        NpsAccumulator::new()
    }
}

impl TryFrom<Tally> for NpsAccumulator {
    type Error = Error;
    fn try_from(tally: Tally) -> Result<Self> {
        NpsAccumulator::from_tally(tally)
    }
}

impl From<NpsAccumulator> for Tally {
    fn from(a: NpsAccumulator) -> Tally {
        a.tally
    }
}

impl NpsAccumulator {
    /// An empty accumulator.
    pub fn new() -> Self {
        NpsAccumulator { tally: Tally::new(Scale::NPS) }
    }

    /// Wraps a tally, which must be on the 0-10 scale.
    pub fn from_tally(tally: Tally) -> Result<Self> {
        if tally.scale() != Scale::NPS {
            return Err(Error::Incompatible(format!("an NPS tally is 0-10, not {}", tally.scale())));
        }
        Ok(NpsAccumulator { tally })
    }

    /// Adds one answer.
    #[inline]
    pub fn add(&mut self, rating: NpsRating, weight: Weight) {
        self.tally.add_index(rating.0 as usize, weight);
    }

    /// Adds a respondent who was shown the question and skipped it.
    pub fn add_skipped(&mut self, weight: Weight) {
        self.tally.add_skipped(weight);
    }

    /// Adds another accumulator (exact: any grouping and order gives the same result). Both are 0-10 by
    /// construction; the only error is a merge whose counts would overflow (see [`Tally::merge`]).
    pub fn merge(&mut self, other: &NpsAccumulator) -> Result<()> {
        self.tally.merge(&other.tally)
    }

    /// The underlying tally.
    pub fn tally(&self) -> &Tally {
        &self.tally
    }

    /// The figures.
    pub fn result(&self, options: &MetricOptions) -> NpsResult {
        result_from_tally(&self.tally, options)
    }
}

pub(crate) fn result_from_tally(tally: &Tally, options: &MetricOptions) -> NpsResult {
    let (promoters, wp) = tally.count_where(|v| v >= 9);
    let (passives, wm) = tally.count_where(|v| (7..=8).contains(&v));
    let (detractors, wd) = tally.count_where(|v| v <= 6);
    let sums = tally.sums(options.denominator);
    let t = trinomial(wp, wd, sums, options.interval, options.confidence);
    let pct = |w| (sums.n > 0).then(|| sums.percent(w));
    NpsResult {
        score: t.map(|t| t.score),
        promoters,
        passives,
        detractors,
        skipped: tally.skipped(),
        n: sums.n,
        promoters_pct: pct(wp),
        passives_pct: pct(wm),
        detractors_pct: pct(wd),
        weighted_n: sums.weighted_n(),
        effective_n: sums.effective_n(),
        se: t.map(|t| t.se),
        moe: t.map(|t| t.moe),
        ci: t.map(|t| t.ci),
        confidence: options.confidence.level(),
        interval: options.interval,
    }
}

/// Compares the NPS of two tallies (z test; adjusted-Wald centres unless `options.interval` is Wald).
pub(crate) fn compare(a: &Tally, b: &Tally, options: &MetricOptions) -> Option<Comparison> {
    let t = |tally: &Tally| {
        let (_, wp) = tally.count_where(|v| v >= 9);
        let (_, wd) = tally.count_where(|v| v <= 6);
        trinomial(wp, wd, tally.sums(options.denominator), options.interval, options.confidence)
    };
    compare_trinomial("score", &t(a)?, &t(b)?, options.confidence)
}

/// NPS of a list of 0-10 answers (`None` = shown but skipped), with optional weights.
///
/// ```
/// use oes_core::metrics::{nps, MetricOptions};
/// let r = nps::nps(&[Some(10), Some(9), Some(7), Some(3), None], None, &MetricOptions::default())?;
/// assert_eq!(r.score, Some(25.0));
/// assert_eq!(r.n, 4);
/// # Ok::<(), oes_core::Error>(())
/// ```
pub fn nps(scores: &[Option<i64>], weights: Option<&[f64]>, options: &MetricOptions) -> Result<NpsResult> {
    Ok(result_from_tally(&tally_from_slices(Scale::NPS, scores, weights)?, options))
}

/// Compares two NPS results' samples: the difference of their scores with a z test.
pub fn compare_nps(a: &NpsAccumulator, b: &NpsAccumulator, options: &MetricOptions) -> Option<Comparison> {
    compare(&a.tally, &b.tally, options)
}

#[cfg(test)]
mod rating_tests {
    use super::*;

    #[test]
    fn ratings_from_any_integer_have_one_message() {
        assert_eq!(NpsRating::try_from(9i64).unwrap().get(), 9);
        for bad in [11i64, -1, 300, i64::MIN] {
            let e = NpsRating::try_from(bad).unwrap_err().to_string();
            assert_eq!(e, format!("invalid rating: {bad} is off the scale 0-10"));
        }
        assert_eq!(NpsRating::new(11).unwrap_err().to_string(), "invalid rating: 11 is off the scale 0-10");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::metrics::Denominator;
    use crate::stats::Confidence;
    use proptest::prelude::*;

    fn acc(ratings: &[(u8, u64)]) -> NpsAccumulator {
        let mut a = NpsAccumulator::new();
        for &(r, w) in ratings {
            a.add(NpsRating::new(r).unwrap(), Weight::from_micro(w).unwrap());
        }
        a
    }

    fn ratings() -> impl Strategy<Value = Vec<(u8, u64)>> {
        prop::collection::vec((0u8..=10, 1u64..5_000_000), 0..200)
    }

    proptest! {
        #[test]
        fn score_and_interval_stay_in_bounds(rs in ratings(), conf in 0.5f64..0.999, wald in any::<bool>()) {
            let options = MetricOptions::default()
                .with_confidence(conf).unwrap()
                .with_interval(if wald { Interval::Wald } else { Interval::AdjustedWald });
            let r = acc(&rs).result(&options);
            if let (Some(score), Some([lo, hi])) = (r.score, r.ci) {
                prop_assert!((-100.0..=100.0).contains(&score));
                prop_assert!(-100.0 <= lo && lo <= hi && hi <= 100.0);
                if wald {
                    prop_assert!(lo <= score + 1e-9 && score <= hi + 1e-9);
                }
            } else {
                prop_assert!(rs.is_empty());
            }
        }

        #[test]
        fn adjusted_interval_contains_its_centre(rs in ratings()) {
            let a = acc(&rs);
            let (_, wp) = a.tally.count_where(|v| v >= 9);
            let (_, wd) = a.tally.count_where(|v| v <= 6);
            let sums = a.tally.sums(Denominator::Answered);
            if let Some(t) = trinomial(wp, wd, sums, Interval::AdjustedWald, Confidence::default()) {
                prop_assert!(t.ci[0] <= t.centre && t.centre <= t.ci[1]);
            }
        }

        #[test]
        fn merge_is_order_independent_and_associative(rs in ratings(), cut1 in 0usize..200, cut2 in 0usize..200) {
            let (c1, c2) = (cut1.min(rs.len()), cut2.min(rs.len()));
            let (c1, c2) = (c1.min(c2), c1.max(c2));
            let one_pass = acc(&rs);
            let (a, b, c) = (acc(&rs[..c1]), acc(&rs[c1..c2]), acc(&rs[c2..]));
            let mut left = a.clone(); left.merge(&b).unwrap(); left.merge(&c).unwrap();
            let mut bc = b.clone(); bc.merge(&c).unwrap();
            let mut right = a.clone(); right.merge(&bc).unwrap();
            let mut reversed = c.clone(); reversed.merge(&b).unwrap(); reversed.merge(&a).unwrap();
            prop_assert_eq!(&left, &one_pass);
            prop_assert_eq!(&right, &one_pass);
            prop_assert_eq!(&reversed, &one_pass);
            let mut shuffled = rs.clone(); shuffled.reverse(); let len = shuffled.len(); shuffled.rotate_left(c1.min(len));
            prop_assert_eq!(acc(&shuffled).result(&MetricOptions::default()), one_pass.result(&MetricOptions::default()));
        }

        #[test]
        fn unit_and_constant_weights_equal_unweighted(rs in prop::collection::vec(0u8..=10, 1..200), w in 1u64..3_000_000) {
            let unweighted: Vec<Option<i64>> = rs.iter().map(|&r| Some(r as i64)).collect();
            let plain = nps(&unweighted, None, &MetricOptions::default()).unwrap();
            let ones = nps(&unweighted, Some(&vec![1.0; rs.len()]), &MetricOptions::default()).unwrap();
            prop_assert_eq!(&plain, &ones);
            let constant = acc(&rs.iter().map(|&r| (r, w)).collect::<Vec<_>>()).result(&MetricOptions::default());
            prop_assert_eq!(constant.score, plain.score);
            prop_assert_eq!(constant.effective_n, plain.effective_n);
            prop_assert_eq!(constant.ci, plain.ci);
        }

        #[test]
        fn serde_round_trip(rs in ratings()) {
            let a = acc(&rs);
            let back: NpsAccumulator = serde_json::from_str(&serde_json::to_string(&a).unwrap()).unwrap();
            prop_assert_eq!(back, a);
        }
    }

    #[test]
    fn textbook_example() {
        // 5 promoters, 3 passives, 2 detractors of 10: NPS 30.
        let r = nps(
            &[10, 10, 9, 9, 9, 8, 7, 7, 5, 0].map(Some),
            None,
            &MetricOptions::default().with_interval(Interval::Wald),
        )
        .unwrap();
        assert_eq!(r.score, Some(30.0));
        // se = 100 sqrt((0.5 + 0.2 - 0.09) / 10) = 24.698...
        assert!((r.se.unwrap() - 100.0 * (0.061f64).sqrt()).abs() < 1e-12);
    }

    #[test]
    fn bad_input_is_an_error() {
        assert!(nps(&[Some(11)], None, &MetricOptions::default()).unwrap_err().to_string().contains("off the scale"));
        assert!(nps(&[Some(-1)], None, &MetricOptions::default()).is_err());
        assert!(nps(&[Some(5)], Some(&[0.0]), &MetricOptions::default()).is_err());
        assert!(nps(&[Some(5)], Some(&[]), &MetricOptions::default()).is_err());
        assert!(NpsRating::new(11).is_err());
    }
}
