//! Support metrics: time to resolution (TTR), first reply time, share resolved within a target, unresolved share,
//! contacts per resolution, reopen rate, and the correlation of TTR with satisfaction and effort answers.
//!
//! Support metrics describe tickets, not a population, so they are unweighted.
//!
//! Durations are whole seconds kept in a [`DurationSketch`]: the exact multiset of values while there are at most
//! [`EXACT_DISTINCT_LIMIT`] distinct values, then log-spaced buckets with a relative accuracy of 0.5 %
//! (the DDSketch scheme of Masson, Rim and Lee, VLDB 2019). Either way a merge adds integer counts, so any grouping and
//! order of merges gives the same sketch, and the switch to buckets depends only on the merged values.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::stats::Confidence;
use crate::ticket::Ticket;

/// Above this many distinct durations a sketch switches from exact values to buckets.
pub const EXACT_DISTINCT_LIMIT: usize = 10_000;

/// Relative accuracy of the bucketed sketch.
pub const RELATIVE_ACCURACY: f64 = 0.005;

/// The default resolution target: 24 hours.
pub const DEFAULT_TARGET_SECONDS: u64 = 24 * 3600;

fn gamma() -> f64 {
    (1.0 + RELATIVE_ACCURACY) / (1.0 - RELATIVE_ACCURACY)
}

fn bucket_of(seconds: u64) -> i32 {
    if seconds == 0 {
        return i32::MIN;
    }
    libm::ceil(libm::log(seconds as f64) / libm::log(gamma())) as i32
}

fn bucket_value(bucket: i32) -> f64 {
    if bucket == i32::MIN {
        return 0.0;
    }
    let g = gamma();
    2.0 * libm::pow(g, bucket as f64) / (g + 1.0)
}

/// A mergeable multiset of durations in whole seconds: exact up to [`EXACT_DISTINCT_LIMIT`] distinct values, then
/// bucketed with 0.5 % relative accuracy.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(try_from = "RawSketch")]
pub struct DurationSketch {
    /// Exact values and their counts (`None` once bucketed).
    exact: Option<BTreeMap<u64, u64>>,
    /// Bucket counts (used once bucketed).
    buckets: BTreeMap<i32, u64>,
    count: u64,
    sum: u128,
}

/// The serialised form, checked before it becomes a sketch.
#[derive(Deserialize)]
struct RawSketch {
    exact: Option<BTreeMap<u64, u64>>,
    buckets: BTreeMap<i32, u64>,
    count: u64,
    sum: u128,
}

impl TryFrom<RawSketch> for DurationSketch {
    type Error = crate::Error;
    fn try_from(r: RawSketch) -> crate::Result<Self> {
        let bad = |m: &str| crate::Error::param("duration sketch", m.to_owned());
        crate::metrics::loaded_count(r.count, "a duration count")?;
        let counted = match &r.exact {
            Some(values) if r.buckets.is_empty() && values.len() <= EXACT_DISTINCT_LIMIT => {
                values.values().try_fold(0u64, |a, &c| a.checked_add(c))
            }
            Some(_) => return Err(bad("exact values and buckets at once, or too many exact values")),
            None => r.buckets.values().try_fold(0u64, |a, &c| a.checked_add(c)),
        };
        if counted != Some(r.count) {
            return Err(bad("the counts do not add up to the count"));
        }
        Ok(DurationSketch { exact: r.exact, buckets: r.buckets, count: r.count, sum: r.sum })
    }
}

impl DurationSketch {
    /// An empty sketch.
    pub fn new() -> Self {
        DurationSketch { exact: Some(BTreeMap::new()), buckets: BTreeMap::new(), count: 0, sum: 0 }
    }

    /// Adds a duration.
    pub fn add(&mut self, seconds: u64) {
        self.count += 1;
        self.sum += seconds as u128;
        match &mut self.exact {
            Some(values) => {
                *values.entry(seconds).or_insert(0) += 1;
                if values.len() > EXACT_DISTINCT_LIMIT {
                    // Cannot fail: a sketch's bucket counts sum to its count, which loading and merging keep
                    // within the most an accumulator counts.
                    let _ = self.switch_to_buckets();
                }
            }
            None => *self.buckets.entry(bucket_of(seconds)).or_insert(0) += 1,
        }
    }

    fn switch_to_buckets(&mut self) -> crate::Result<()> {
        if let Some(values) = self.exact.take() {
            for (v, c) in values {
                let slot = self.buckets.entry(bucket_of(v)).or_insert(0);
                *slot = crate::metrics::merged_count(*slot, c)?;
            }
        }
        Ok(())
    }

    /// Adds another sketch. Exact or refused: an error when a count would overflow, and `self` unchanged.
    pub fn merge(&mut self, other: &DurationSketch) -> crate::Result<()> {
        use crate::metrics::{merged_count, CheckedSum};
        let mut merged = self.clone();
        merged.count = merged_count(merged.count, other.count)?;
        merged.sum = merged.sum.plus(other.sum)?;
        match (&mut merged.exact, &other.exact) {
            (Some(mine), Some(theirs)) => {
                for (v, c) in theirs {
                    let slot = mine.entry(*v).or_insert(0);
                    *slot = merged_count(*slot, *c)?;
                }
                if mine.len() > EXACT_DISTINCT_LIMIT {
                    merged.switch_to_buckets()?;
                }
            }
            (None, Some(theirs)) => {
                for (v, c) in theirs {
                    let slot = merged.buckets.entry(bucket_of(*v)).or_insert(0);
                    *slot = merged_count(*slot, *c)?;
                }
            }
            (_, None) => {
                merged.switch_to_buckets()?;
                for (b, c) in &other.buckets {
                    let slot = merged.buckets.entry(*b).or_insert(0);
                    *slot = merged_count(*slot, *c)?;
                }
            }
        }
        *self = merged;
        Ok(())
    }

    /// Number of durations.
    pub fn count(&self) -> u64 {
        self.count
    }

    /// Whether the sketch still holds the exact values.
    pub fn is_exact(&self) -> bool {
        self.exact.is_some()
    }

    /// The `k`-th smallest value (0-based), in seconds (a bucket's representative value once bucketed).
    fn order_statistic(&self, k: u64) -> f64 {
        let mut seen = 0;
        match &self.exact {
            Some(values) => {
                for (v, c) in values {
                    seen += c;
                    if k < seen {
                        return *v as f64;
                    }
                }
            }
            None => {
                for (b, c) in &self.buckets {
                    seen += c;
                    if k < seen {
                        return bucket_value(*b);
                    }
                }
            }
        }
        f64::NAN
    }

    /// The `q` quantile in seconds: linear interpolation between order statistics (Hyndman and Fan's type 7, the
    /// default of R and NumPy) on exact values; the bucket of the nearest rank once bucketed.
    pub fn quantile(&self, q: f64) -> Option<f64> {
        if self.count == 0 || !(0.0..=1.0).contains(&q) {
            return None;
        }
        let h = (self.count - 1) as f64 * q;
        if self.exact.is_none() {
            return Some(self.order_statistic(libm::round(h) as u64));
        }
        let lo = libm::floor(h);
        let x0 = self.order_statistic(lo as u64);
        if h == lo {
            return Some(x0);
        }
        let x1 = self.order_statistic(lo as u64 + 1);
        Some(x0 + (h - lo) * (x1 - x0))
    }

    /// A distribution-free confidence interval of the `q` quantile, in seconds: the order statistics of ranks
    /// `floor(nq - z sqrt(nq(1-q)))` and `ceil(nq + z sqrt(nq(1-q)))` (1-based, clamped to 1..n), the normal
    /// approximation to the binomial (Conover, *Practical Nonparametric Statistics*, 3rd ed., §3.2).
    pub fn quantile_ci(&self, q: f64, confidence: Confidence) -> Option<[f64; 2]> {
        if self.count == 0 {
            return None;
        }
        let n = self.count as f64;
        let spread = confidence.z() * libm::sqrt(n * q * (1.0 - q));
        let lo = libm::floor(n * q - spread).clamp(1.0, n) as u64;
        let hi = libm::ceil(n * q + spread).clamp(1.0, n) as u64;
        Some([self.order_statistic(lo - 1), self.order_statistic(hi - 1)])
    }

    /// The mean in seconds (exact sum).
    pub fn mean(&self) -> Option<f64> {
        (self.count > 0).then(|| super::ratio(self.sum, self.count as u128))
    }
}

/// Figures of one duration, in hours.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DurationStats {
    /// Number of tickets with this duration.
    pub n: u64,
    /// Mean, hours.
    pub mean_hours: Option<f64>,
    /// Median, hours.
    pub median_hours: Option<f64>,
    /// Order-statistic interval of the median, hours.
    pub median_ci: Option<[f64; 2]>,
    /// 90th percentile, hours.
    pub p90_hours: Option<f64>,
    /// Order-statistic interval of the 90th percentile, hours.
    pub p90_ci: Option<[f64; 2]>,
    /// Whether the quantiles are exact (false once the sketch switched to 0.5 %-accurate buckets).
    pub exact: bool,
}

fn hours(seconds: f64) -> f64 {
    seconds / 3600.0
}

impl DurationSketch {
    /// The figures in hours.
    pub fn stats(&self, confidence: Confidence) -> DurationStats {
        let ci = |q| self.quantile_ci(q, confidence).map(|[a, b]| [hours(a), hours(b)]);
        DurationStats {
            n: self.count,
            mean_hours: self.mean().map(hours),
            median_hours: self.quantile(0.5).map(hours),
            median_ci: ci(0.5),
            p90_hours: self.quantile(0.9).map(hours),
            p90_ci: ci(0.9),
            exact: self.is_exact(),
        }
    }
}

/// Accumulates tickets exactly; mergeable and serde-serialisable.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SupportAccumulator {
    target_seconds: u64,
    tickets: u64,
    resolved: u64,
    within_target: u64,
    ttr: DurationSketch,
    first_reply: DurationSketch,
    contacts_resolved: u64,
    resolved_with_contacts: u64,
    reopened: u64,
    reopen_known: u64,
}

impl Default for SupportAccumulator {
    fn default() -> Self {
        SupportAccumulator::new(DEFAULT_TARGET_SECONDS)
    }
}

/// Support figures.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SupportResult {
    /// Number of responses with a ticket.
    pub tickets: u64,
    /// Number of resolved tickets.
    pub resolved: u64,
    /// Share of tickets not resolved, percent.
    pub percent_unresolved: Option<f64>,
    /// Time to resolution of resolved tickets.
    pub ttr: DurationStats,
    /// First reply time of answered tickets.
    pub first_reply: DurationStats,
    /// The resolution target, hours.
    pub target_hours: f64,
    /// Share of all tickets resolved within the target, percent.
    pub percent_within_target: Option<f64>,
    /// Wilson interval of `percent_within_target`.
    pub within_target_ci: Option<[f64; 2]>,
    /// Mean number of contacts per resolved ticket (over resolved tickets that report contacts).
    pub contacts_per_resolution: Option<f64>,
    /// Share of tickets reopened at least once (over tickets that report it), percent.
    pub reopen_rate: Option<f64>,
    /// Wilson interval of `reopen_rate`.
    pub reopen_ci: Option<[f64; 2]>,
}

fn wilson_percent(part: u64, n: u64, confidence: Confidence) -> (Option<f64>, Option<[f64; 2]>) {
    if n == 0 {
        return (None, None);
    }
    let p = super::ratio(part as u128, n as u128);
    let (lo, hi) = crate::stats::wilson(p, n as f64, confidence.z());
    (Some(super::ratio(100 * part as u128, n as u128)), Some([100.0 * lo, 100.0 * hi]))
}

impl SupportAccumulator {
    /// An empty accumulator with a resolution target in seconds.
    pub fn new(target_seconds: u64) -> Self {
        SupportAccumulator {
            target_seconds,
            tickets: 0,
            resolved: 0,
            within_target: 0,
            ttr: DurationSketch::new(),
            first_reply: DurationSketch::new(),
            contacts_resolved: 0,
            resolved_with_contacts: 0,
            reopened: 0,
            reopen_known: 0,
        }
    }

    /// Adds a ticket.
    pub fn add(&mut self, ticket: &Ticket) {
        self.tickets += 1;
        if let Some(ttr) = ticket.time_to_resolution() {
            self.resolved += 1;
            self.ttr.add(ttr);
            if ttr <= self.target_seconds {
                self.within_target += 1;
            }
            if let Some(c) = ticket.contacts() {
                self.contacts_resolved += c as u64;
                self.resolved_with_contacts += 1;
            }
        }
        if let Some(frt) = ticket.first_reply_time() {
            self.first_reply.add(frt);
        }
        if let Some(r) = ticket.reopened() {
            self.reopen_known += 1;
            if r > 0 {
                self.reopened += 1;
            }
        }
    }

    /// Adds another accumulator with the same target.
    pub fn merge(&mut self, other: &SupportAccumulator) -> crate::Result<()> {
        if self.target_seconds != other.target_seconds {
            return Err(crate::Error::Incompatible(format!(
                "resolution target {} s vs {} s",
                self.target_seconds, other.target_seconds
            )));
        }
        // Nothing was added to `other` (most cells of a report have no tickets): merging it changes nothing.
        if *other == SupportAccumulator::new(other.target_seconds) {
            return Ok(());
        }
        use crate::metrics::{merged_count, CheckedSum};
        // Exact or refused: `self` changes only when every sum fits.
        let mut m = self.clone();
        m.tickets = merged_count(m.tickets, other.tickets)?;
        m.resolved = merged_count(m.resolved, other.resolved)?;
        m.within_target = merged_count(m.within_target, other.within_target)?;
        m.ttr.merge(&other.ttr)?;
        m.first_reply.merge(&other.first_reply)?;
        m.contacts_resolved = m.contacts_resolved.plus(other.contacts_resolved)?;
        m.resolved_with_contacts = merged_count(m.resolved_with_contacts, other.resolved_with_contacts)?;
        m.reopened = m.reopened.plus(other.reopened)?;
        m.reopen_known = merged_count(m.reopen_known, other.reopen_known)?;
        *self = m;
        Ok(())
    }

    /// Number of tickets.
    pub fn tickets(&self) -> u64 {
        self.tickets
    }

    /// The resolution target, in seconds.
    pub fn target_seconds(&self) -> u64 {
        self.target_seconds
    }

    /// The figures.
    pub fn result(&self, confidence: Confidence) -> SupportResult {
        let (percent_within_target, within_target_ci) = wilson_percent(self.within_target, self.tickets, confidence);
        let (reopen_rate, reopen_ci) = wilson_percent(self.reopened, self.reopen_known, confidence);
        SupportResult {
            tickets: self.tickets,
            resolved: self.resolved,
            percent_unresolved: (self.tickets > 0).then(|| {
                super::ratio(100 * (self.tickets.saturating_sub(self.resolved)) as u128, self.tickets as u128)
            }),
            ttr: self.ttr.stats(confidence),
            first_reply: self.first_reply.stats(confidence),
            target_hours: self.target_seconds as f64 / 3600.0,
            percent_within_target,
            within_target_ci,
            contacts_per_resolution: (self.resolved_with_contacts > 0)
                .then(|| super::ratio(self.contacts_resolved as u128, self.resolved_with_contacts as u128)),
            reopen_rate,
            reopen_ci,
        }
    }
}

/// Exact sums of pairs `(x, y)` of integers, for Pearson's correlation: mergeable and order-independent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct PairSums {
    n: u64,
    sx: i128,
    sy: i128,
    sxx: i128,
    syy: i128,
    sxy: i128,
}

/// Pearson's correlation with a t test of `r = 0` and a Fisher z interval.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Correlation {
    /// Number of pairs.
    pub n: u64,
    /// Pearson's r (`None` when either side is constant or n < 3).
    pub r: Option<f64>,
    /// Fisher z interval of r.
    pub ci: Option<[f64; 2]>,
    /// Two-sided p-value of `r = 0` (t test with n - 2 degrees of freedom).
    pub p_value: Option<f64>,
    /// Whether `p_value < 1 - confidence`.
    pub significant: bool,
}

impl PairSums {
    /// Adds a pair.
    pub fn add(&mut self, x: i64, y: i64) {
        let (x, y) = (x as i128, y as i128);
        self.n += 1;
        self.sx += x;
        self.sy += y;
        self.sxx += x * x;
        self.syy += y * y;
        self.sxy += x * y;
    }

    /// Adds other sums.
    ///
    /// Exact or refused: an error when a sum would overflow, and `self` unchanged.
    pub fn merge(&mut self, o: &PairSums) -> crate::Result<()> {
        use crate::metrics::{merged_count, CheckedSum};
        *self = PairSums {
            n: merged_count(self.n, o.n)?,
            sx: self.sx.plus(o.sx)?,
            sy: self.sy.plus(o.sy)?,
            sxx: self.sxx.plus(o.sxx)?,
            syy: self.syy.plus(o.syy)?,
            sxy: self.sxy.plus(o.sxy)?,
        };
        Ok(())
    }

    /// Pearson's correlation.
    pub fn correlation(&self, confidence: Confidence) -> Correlation {
        let none = Correlation { n: self.n, r: None, ci: None, p_value: None, significant: false };
        if self.n < 3 {
            return none;
        }
        let n = self.n as i128;
        let (cov, vx, vy) =
            (n * self.sxy - self.sx * self.sy, n * self.sxx - self.sx * self.sx, n * self.syy - self.sy * self.sy);
        if vx <= 0 || vy <= 0 {
            return none;
        }
        let r = (cov as f64 / libm::sqrt(vx as f64) / libm::sqrt(vy as f64)).clamp(-1.0, 1.0);
        let df = self.n as f64 - 2.0;
        let p_value =
            if r.abs() >= 1.0 { 0.0 } else { crate::stats::t_two_sided_p(r * libm::sqrt(df / (1.0 - r * r)), df) };
        let ci = (self.n > 3).then(|| {
            let z = libm::atanh(r.clamp(-0.999_999_999_999, 0.999_999_999_999));
            let half = confidence.z() / libm::sqrt(self.n as f64 - 3.0);
            [libm::tanh(z - half), libm::tanh(z + half)]
        });
        Correlation { n: self.n, r: Some(r), ci, p_value: Some(p_value), significant: p_value < confidence.alpha() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn exact_quantiles_match_numpy() {
        // numpy.percentile([1, 2, 3, 4, 10], [50, 90]) == [3.0, 7.6]
        let mut s = DurationSketch::new();
        for v in [10, 1, 3, 4, 2] {
            s.add(v);
        }
        assert_eq!(s.quantile(0.5), Some(3.0));
        assert!((s.quantile(0.9).unwrap() - 7.6).abs() < 1e-12);
        assert_eq!(s.mean(), Some(4.0));
        let [lo, hi] = s.quantile_ci(0.5, Confidence::default()).unwrap();
        assert!(lo <= 3.0 && 3.0 <= hi);
    }

    #[test]
    fn bucketed_quantiles_are_within_the_relative_accuracy() {
        let mut s = DurationSketch::new();
        let values: Vec<u64> = (1..=30_000u64).map(|i| i * 7 + 13).collect();
        for &v in &values {
            s.add(v);
        }
        assert!(!s.is_exact());
        for q in [0.1, 0.5, 0.9, 0.99] {
            let exact = values[((values.len() - 1) as f64 * q).round() as usize] as f64;
            let approx = s.quantile(q).unwrap();
            assert!((approx - exact).abs() <= RELATIVE_ACCURACY * exact * 1.0001, "{q}: {approx} vs {exact}");
        }
    }

    proptest! {
        // Each case adds tens of thousands of durations.
        #![proptest_config(ProptestConfig::with_cases(24))]
        /// Past the exact limit, where one side, both or neither switched to buckets before the merge.
        #[test]
        fn sketch_merge_past_the_bucketing_threshold(
            distinct in (EXACT_DISTINCT_LIMIT - 50)..(EXACT_DISTINCT_LIMIT * 2 + 50),
            seed in 0u64..1_000,
            cut_share in 0.0f64..1.0,
        ) {
            // `distinct` different durations (spread over days), each once or twice, in a seeded order.
            let mut values: Vec<u64> = (0..distinct as u64).map(|i| i * 37 + (i * seed) % 5).collect();
            values.extend(values.clone().iter().step_by(3));
            let n = values.len();
            for i in 0..n {
                let j = (i as u64 * 2_654_435_761 + seed) as usize % n;
                values.swap(i, j);
            }
            let cut = (cut_share * n as f64) as usize;
            let one = values.iter().fold(DurationSketch::new(), |mut s, &v| { s.add(v); s });
            let mut a = values[..cut].iter().fold(DurationSketch::new(), |mut s, &v| { s.add(v); s });
            let b = values[cut..].iter().fold(DurationSketch::new(), |mut s, &v| { s.add(v); s });
            let mut ba = b.clone();
            ba.merge(&a).unwrap();
            a.merge(&b).unwrap();
            prop_assert_eq!(&a, &one);
            prop_assert_eq!(&ba, &one);
            let bucketed = one.exact.is_none();
            let distinct_values = values.iter().collect::<std::collections::BTreeSet<_>>().len();
            prop_assert_eq!(bucketed, distinct_values > EXACT_DISTINCT_LIMIT);
        }
    }

    proptest! {
        #[test]
        fn sketch_merge_is_order_independent(values in prop::collection::vec(0u64..50_000, 0..400), cut in 0usize..400) {
            let cut = cut.min(values.len());
            let one = values.iter().fold(DurationSketch::new(), |mut s, &v| { s.add(v); s });
            let mut a = values[..cut].iter().fold(DurationSketch::new(), |mut s, &v| { s.add(v); s });
            let b = values[cut..].iter().rev().fold(DurationSketch::new(), |mut s, &v| { s.add(v); s });
            let mut ba = b.clone();
            ba.merge(&a).unwrap();
            a.merge(&b).unwrap();
            prop_assert_eq!(&a, &one);
            prop_assert_eq!(&ba, &one);
        }

        #[test]
        fn correlation_is_bounded_and_mergeable(pairs in prop::collection::vec((0i64..1_000_000, 1i64..=5), 0..200), cut in 0usize..200) {
            let cut = cut.min(pairs.len());
            let mut one = PairSums::default();
            pairs.iter().for_each(|&(x, y)| one.add(x, y));
            let mut a = PairSums::default();
            pairs[..cut].iter().for_each(|&(x, y)| a.add(x, y));
            let mut b = PairSums::default();
            pairs[cut..].iter().for_each(|&(x, y)| b.add(x, y));
            a.merge(&b).unwrap();
            prop_assert_eq!(a, one);
            if let Some(r) = one.correlation(Confidence::default()).r {
                prop_assert!((-1.0..=1.0).contains(&r));
            }
        }
    }
}
