//! The [`Tally`]: exact per-point counts and weight sums on one scale, from which every scaled metric is computed, and
//! the exact integer sums (and their checked merging) that accumulators share.

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::metrics::{Denominator, Weight};
use crate::stats::Confidence;
use crate::survey::Scale;

/// Exact per-point counts and weight sums of answers on one scale, plus skipped answers.
///
/// `merge` adds integers, so it is associative and commutative exactly.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "RawTally")]
pub struct Tally {
    scale: Scale,
    counts: Vec<u64>,
    #[serde(with = "u128_vec_str")]
    weights: Vec<u128>,
    #[serde(with = "u128_str")]
    weight_sq: u128,
    skipped: u64,
    #[serde(with = "u128_str")]
    skipped_weight: u128,
    #[serde(with = "u128_str")]
    skipped_weight_sq: u128,
}

#[derive(Deserialize)]
struct RawTally {
    scale: Scale,
    counts: Vec<u64>,
    #[serde(with = "u128_vec_str")]
    weights: Vec<u128>,
    #[serde(with = "u128_str")]
    weight_sq: u128,
    skipped: u64,
    #[serde(with = "u128_str")]
    skipped_weight: u128,
    #[serde(with = "u128_str")]
    skipped_weight_sq: u128,
}

impl TryFrom<RawTally> for Tally {
    type Error = Error;
    fn try_from(r: RawTally) -> Result<Tally> {
        let k = r.scale.points();
        if r.counts.len() != k || r.weights.len() != k {
            return Err(Error::param("tally", format!("expected {k} counts and weights for scale {}", r.scale)));
        }
        let consistent =
            |count: u64, weight: u128| (weight >= count as u128) && weight <= count as u128 * Weight::MAX_MICRO as u128;
        if !r.counts.iter().zip(&r.weights).all(|(&c, &w)| consistent(c, w)) || !consistent(r.skipped, r.skipped_weight)
        {
            return Err(Error::param("tally", "weight sums are inconsistent with the counts"));
        }
        let n = r.counts.iter().try_fold(0u64, |a, &c| a.checked_add(c));
        let w = r.weights.iter().try_fold(0u128, |a, &c| a.checked_add(c));
        let (Some(n), Some(w)) = (n, w) else {
            return Err(Error::param("tally", "the counts overflow"));
        };
        if !n.checked_add(r.skipped).is_some_and(|all| all <= MAX_COUNT) {
            return Err(Error::param("tally", format!("more than {MAX_COUNT} answers")));
        }
        if !squares_consistent(n, w, r.weight_sq)
            || !squares_consistent(r.skipped, r.skipped_weight, r.skipped_weight_sq)
        {
            return Err(Error::param("tally", "the sums of squared weights are inconsistent with the weights"));
        }
        Ok(Tally {
            scale: r.scale,
            counts: r.counts,
            weights: r.weights,
            weight_sq: r.weight_sq,
            skipped: r.skipped,
            skipped_weight: r.skipped_weight,
            skipped_weight_sq: r.skipped_weight_sq,
        })
    }
}

/// The most responses an accumulator counts (2^53, about 9 quadrillion). A loaded state above it is refused as
/// impossible and a merge that would pass it is an error, so no sum of counts inside the crate can overflow.
pub(crate) const MAX_COUNT: u64 = 1 << 53;

/// Sums that merges add: checked, so that a merge is exact or an error, never a wrapped or saturated number.
pub(crate) trait CheckedSum: Sized + Copy {
    /// `self + other`, or an [`Error::Incompatible`] when it overflows.
    fn plus(self, other: Self) -> Result<Self>;
}

macro_rules! checked_sum {
    ($($t:ty),*) => {$(
        impl CheckedSum for $t {
            #[inline]
            fn plus(self, other: Self) -> Result<Self> {
                self.checked_add(other).ok_or_else(|| Error::Incompatible("the merged sums would overflow".into()))
            }
        }
    )*};
}
checked_sum!(u64, u128, i128);

/// A merged count: checked against [`MAX_COUNT`].
pub(crate) fn merged_count(a: u64, b: u64) -> Result<u64> {
    match a.checked_add(b) {
        Some(n) if n <= MAX_COUNT => Ok(n),
        _ => Err(Error::Incompatible(format!("the merged counts would pass {MAX_COUNT}"))),
    }
}

/// A loaded count: at most [`MAX_COUNT`].
pub(crate) fn loaded_count(n: u64, what: &str) -> Result<u64> {
    if n > MAX_COUNT {
        return Err(Error::param("accumulator", format!("{what} {n} is above the most an accumulator counts")));
    }
    Ok(n)
}

/// Whether `sq` can be the sum of the squares of `n` weights (each within 1..=[`Weight::MAX_MICRO`] millionths)
/// whose sum is `w`: `w <= sq <= w MAX` and, by Cauchy-Schwarz, `w² <= n sq`, with `sq <= w²`.
fn squares_consistent(n: u64, w: u128, sq: u128) -> bool {
    if n == 0 {
        return w == 0 && sq == 0;
    }
    let upper = w.saturating_mul(Weight::MAX_MICRO as u128);
    if sq < w || sq > upper {
        return false;
    }
    // w² <= n sq <= n w², compared in 256 bits.
    let w2 = wide_mul(w, w);
    let nsq = wide_mul(n as u128, sq);
    let sq_within_w2 = w2.0 > 0 || sq <= w2.1;
    w2 <= nsq && sq_within_w2
}

/// `a b` as (high, low) 128-bit halves, compared lexicographically.
fn wide_mul(a: u128, b: u128) -> (u128, u128) {
    const MASK: u128 = u64::MAX as u128;
    let (a_hi, a_lo, b_hi, b_lo) = (a >> 64, a & MASK, b >> 64, b & MASK);
    let lo_lo = a_lo * b_lo;
    let mid1 = a_hi * b_lo;
    let mid2 = a_lo * b_hi;
    let hi_hi = a_hi * b_hi;
    let (mid, mid_carry) = mid1.overflowing_add(mid2);
    let (lo, lo_carry) = lo_lo.overflowing_add((mid & MASK) << 64);
    let hi = hi_hi + (mid >> 64) + ((mid_carry as u128) << 64) + lo_carry as u128;
    (hi, lo)
}

/// Sums over a denominator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Sums {
    /// Unweighted count.
    pub n: u64,
    /// Σ w in millionths.
    pub w: u128,
    /// Σ w² in millionths squared.
    pub w2: u128,
}

impl Sums {
    pub fn weighted_n(self) -> f64 {
        ratio(self.w, 1_000_000)
    }
    /// Kish's effective sample size (Σw)² / Σw², exact when it is an integer.
    pub fn effective_n(self) -> f64 {
        if self.w2 == 0 {
            return 0.0;
        }
        match self.w.checked_mul(self.w) {
            Some(sq) => ratio(sq, self.w2),
            None => (self.w as f64 / self.w2 as f64) * self.w as f64,
        }
    }
    /// A weighted share `part / w`.
    pub fn share(self, part: u128) -> f64 {
        ratio(part, self.w)
    }
    /// A weighted share in percent, `100 part / w`, from exact integers (one rounding).
    pub fn percent(self, part: u128) -> f64 {
        ratio(100 * part, self.w)
    }
    /// `100 (pos - neg) / w` from exact integers (one rounding), e.g. the NPS.
    pub fn percent_diff(self, pos: u128, neg: u128) -> f64 {
        ratio_signed(100 * (pos as i128 - neg as i128), self.w)
    }
}

/// `num / den` from exact integers: the integer quotient plus the fraction of the remainder.
pub(crate) fn ratio(num: u128, den: u128) -> f64 {
    if den == 0 {
        return f64::NAN;
    }
    (num / den) as f64 + (num % den) as f64 / den as f64
}

fn ratio_signed(num: i128, den: u128) -> f64 {
    if num < 0 {
        -ratio(num.unsigned_abs(), den)
    } else {
        ratio(num as u128, den)
    }
}

/// The figures every scaled result shares (CSAT, CES, legacy CES, ratings): the weighted mean of the answers with its
/// spread and interval, and the distribution over the scale.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MeanFigures {
    /// Weighted mean of the answers.
    pub mean: Option<f64>,
    /// Weighted standard deviation of the answers (with Kish's effective n).
    pub sd: Option<f64>,
    /// Student t interval of the mean.
    pub mean_ci: Option<[f64; 2]>,
    /// Unweighted counts per scale point, from the scale's min to its max.
    pub distribution: Vec<u64>,
    /// The scale.
    pub scale: Scale,
}

/// Mean, standard deviation and interval of the answers of a tally.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct MeanStats {
    pub mean: Option<f64>,
    pub sd: Option<f64>,
    pub ci: Option<[f64; 2]>,
    pub effective_n: f64,
}

impl Tally {
    /// An empty tally on `scale`.
    pub fn new(scale: Scale) -> Tally {
        let k = scale.points();
        Tally {
            scale,
            counts: vec![0; k],
            weights: vec![0; k],
            weight_sq: 0,
            skipped: 0,
            skipped_weight: 0,
            skipped_weight_sq: 0,
        }
    }

    /// The scale.
    pub fn scale(&self) -> Scale {
        self.scale
    }

    /// Adds an answer; errors when `value` is off the scale.
    #[inline]
    pub fn add(&mut self, value: i64, weight: Weight) -> Result<()> {
        if !self.scale.contains(value) {
            return Err(self.off_scale(value));
        }
        self.add_index((value - self.scale.min() as i64) as usize, weight);
        Ok(())
    }

    #[cold]
    #[inline(never)]
    fn off_scale(&self, value: i64) -> Error {
        Error::param("value", format!("{value} is off the scale {}", self.scale))
    }

    /// Adds an answer by its position on the scale (0 is `min`); the caller guarantees it is in range.
    #[inline]
    pub(crate) fn add_index(&mut self, index: usize, weight: Weight) {
        let w = weight.micro() as u128;
        self.counts[index] += 1;
        self.weights[index] += w;
        self.weight_sq += w * w;
    }

    /// Adds `n` answers of one weight at one position: what `n` [`add_index`](Tally::add_index) calls add.
    #[inline]
    pub(crate) fn add_index_n(&mut self, index: usize, n: u64, weight: Weight) {
        let w = weight.micro() as u128;
        self.counts[index] += n;
        self.weights[index] += n as u128 * w;
        self.weight_sq += n as u128 * w * w;
    }

    /// Adds `n` questions shown and skipped, of one weight: what `n` [`add_skipped`](Tally::add_skipped) calls add.
    pub(crate) fn add_skipped_n(&mut self, n: u64, weight: Weight) {
        let w = weight.micro() as u128;
        self.skipped += n;
        self.skipped_weight += n as u128 * w;
        self.skipped_weight_sq += n as u128 * w * w;
    }

    /// Adds `counts[i]` answers of weight 1 at each point `i` and `skipped` skipped ones: what as many
    /// [`add_index`](Tally::add_index) and [`add_skipped`](Tally::add_skipped) calls with [`Weight::ONE`] would add.
    pub(crate) fn add_unweighted_counts(&mut self, counts: &[u64], skipped: u64) {
        const ONE: u128 = Weight::ONE.micro() as u128;
        for (i, &c) in counts.iter().enumerate() {
            self.counts[i] += c;
            self.weights[i] += c as u128 * ONE;
            self.weight_sq += c as u128 * ONE * ONE;
        }
        self.skipped += skipped;
        self.skipped_weight += skipped as u128 * ONE;
        self.skipped_weight_sq += skipped as u128 * ONE * ONE;
    }

    /// Adds a question that was shown and skipped.
    pub fn add_skipped(&mut self, weight: Weight) {
        let w = weight.micro() as u128;
        self.skipped += 1;
        self.skipped_weight += w;
        self.skipped_weight_sq += w * w;
    }

    /// Adds another tally of the same scale.
    pub fn merge(&mut self, other: &Tally) -> Result<()> {
        if self.scale != other.scale {
            return Err(Error::Incompatible(format!("scale {} vs {}", self.scale, other.scale)));
        }
        // Exact or refused: a sum that would overflow is an error and leaves `self` unchanged.
        let mut merged = self.clone();
        for (a, b) in merged.counts.iter_mut().zip(&other.counts) {
            *a = a.plus(*b)?;
        }
        for (a, b) in merged.weights.iter_mut().zip(&other.weights) {
            *a = a.plus(*b)?;
        }
        merged.weight_sq = merged.weight_sq.plus(other.weight_sq)?;
        merged.skipped = merged.skipped.plus(other.skipped)?;
        merged.skipped_weight = merged.skipped_weight.plus(other.skipped_weight)?;
        merged.skipped_weight_sq = merged.skipped_weight_sq.plus(other.skipped_weight_sq)?;
        let total = merged.counts.iter().try_fold(merged.skipped, |a, &c| a.checked_add(c));
        if !total.is_some_and(|t| t <= MAX_COUNT) {
            return Err(Error::Incompatible(format!("the merged counts would pass {MAX_COUNT}")));
        }
        *self = merged;
        Ok(())
    }

    /// `self - part`, where `part` was merged into `self` (the complement of a group). `None` if it was not.
    pub(crate) fn minus(&self, part: &Tally) -> Option<Tally> {
        if self.scale != part.scale {
            return None;
        }
        let mut out = self.clone();
        for (a, b) in out.counts.iter_mut().zip(&part.counts) {
            *a = a.checked_sub(*b)?;
        }
        for (a, b) in out.weights.iter_mut().zip(&part.weights) {
            *a = a.checked_sub(*b)?;
        }
        out.weight_sq = out.weight_sq.checked_sub(part.weight_sq)?;
        out.skipped = out.skipped.checked_sub(part.skipped)?;
        out.skipped_weight = out.skipped_weight.checked_sub(part.skipped_weight)?;
        out.skipped_weight_sq = out.skipped_weight_sq.checked_sub(part.skipped_weight_sq)?;
        Some(out)
    }

    /// Unweighted counts per scale point, from `min` to `max`.
    pub fn counts(&self) -> &[u64] {
        &self.counts
    }

    /// Number of answers.
    pub fn answered(&self) -> u64 {
        self.counts.iter().sum()
    }

    /// Number of skipped answers.
    pub fn skipped(&self) -> u64 {
        self.skipped
    }

    /// Sums over the answers.
    pub(crate) fn answered_sums(&self) -> Sums {
        Sums { n: self.answered(), w: self.weights.iter().sum(), w2: self.weight_sq }
    }

    /// Sums over the denominator chosen by `policy`.
    pub(crate) fn sums(&self, policy: Denominator) -> Sums {
        let a = self.answered_sums();
        match policy {
            Denominator::Answered => a,
            Denominator::Shown => {
                Sums { n: a.n + self.skipped, w: a.w + self.skipped_weight, w2: a.w2 + self.skipped_weight_sq }
            }
        }
    }

    /// Unweighted count and weight sum of the answers for which `pred(value)` holds.
    pub(crate) fn count_where(&self, pred: impl Fn(i64) -> bool) -> (u64, u128) {
        let min = self.scale.min() as i64;
        let mut count = 0;
        let mut weight = 0;
        for (i, (&c, &w)) in self.counts.iter().zip(&self.weights).enumerate() {
            if pred(min + i as i64) {
                count += c;
                weight += w;
            }
        }
        (count, weight)
    }

    /// The mean figures of the answers and their distribution.
    pub fn mean_figures(&self, confidence: Confidence) -> MeanFigures {
        let m = self.mean_stats(Some(confidence));
        MeanFigures { mean: m.mean, sd: m.sd, mean_ci: m.ci, distribution: self.counts().to_vec(), scale: self.scale }
    }

    /// Weighted mean, standard deviation (with Kish's effective n) and, with a `confidence`, t interval of the
    /// answers (a comparison needs no interval of each side, and the t quantile is the costly part).
    pub(crate) fn mean_stats(&self, confidence: Option<Confidence>) -> MeanStats {
        let s = self.answered_sums();
        let effective_n = s.effective_n();
        if s.n == 0 {
            return MeanStats { mean: None, sd: None, ci: None, effective_n };
        }
        let min = self.scale.min() as i128;
        let num: i128 = self.weights.iter().enumerate().map(|(i, &w)| w as i128 * (min + i as i128)).sum();
        let mean = ratio_signed(num, s.w);
        if effective_n.is_nan() || effective_n <= 1.0 {
            return MeanStats { mean: Some(mean), sd: None, ci: None, effective_n };
        }
        let mut ss = 0.0;
        for (i, &w) in self.weights.iter().enumerate() {
            if w != 0 {
                let d = (min + i as i128) as f64 - mean;
                ss += w as f64 * d * d;
            }
        }
        let var_pop = ss / s.w as f64;
        let (sd, ci) = match confidence {
            Some(confidence) => {
                let (sd, ci) = crate::stats::mean_interval(mean, var_pop, effective_n, confidence);
                (sd, Some(ci))
            }
            None => (crate::stats::sample_sd(var_pop, effective_n), None),
        };
        MeanStats { mean: Some(mean), sd: Some(sd), ci, effective_n }
    }
}

mod u128_str {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(v: &u128, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(v)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<u128, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

mod u128_vec_str {
    use serde::ser::SerializeSeq;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(v: &[u128], s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(v.len()))?;
        for x in v {
            seq.serialize_element(&x.to_string())?;
        }
        seq.end()
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u128>, D::Error> {
        let v = Vec::<String>::deserialize(d)?;
        v.iter().map(|s| s.parse().map_err(serde::de::Error::custom)).collect()
    }
}

/// Reads parallel `values` and optional `weights` slices into a tally (a helper for one-shot metric functions).
pub(crate) fn tally_from_slices(scale: Scale, values: &[Option<i64>], weights: Option<&[f64]>) -> Result<Tally> {
    super::column::tally_each(scale, values, weights)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weights_are_exact_millionths() {
        assert_eq!(Weight::new(1.3).unwrap().micro(), 1_300_000);
        assert_eq!(Weight::new(0.000_000_6).unwrap().micro(), 1);
        for bad in [0.0, -1.0, f64::NAN, f64::INFINITY, 0.000_000_4, 2e6] {
            assert!(Weight::new(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn effective_n_is_exact_for_equal_weights() {
        let s = Sums { n: 7, w: 7 * 2_500_000, w2: 7 * 2_500_000u128 * 2_500_000 };
        assert_eq!(s.effective_n(), 7.0);
        assert_eq!(s.weighted_n(), 17.5);
    }

    #[test]
    fn tally_serde_round_trip_and_validation() {
        let mut t = Tally::new(Scale::new(1, 5).unwrap());
        t.add(4, Weight::new(1.25).unwrap()).unwrap();
        t.add_skipped(Weight::ONE);
        let json = serde_json::to_string(&t).unwrap();
        assert_eq!(serde_json::from_str::<Tally>(&json).unwrap(), t);
        let broken = json.replace("\"1250000\"", "\"0\"");
        assert!(serde_json::from_str::<Tally>(&broken).is_err());
        assert!(t.add(6, Weight::ONE).is_err());
    }
}
