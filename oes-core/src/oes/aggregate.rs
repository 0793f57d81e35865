//! OES aggregated per group and period: weighted means with Student t intervals, exact and mergeable.
//!
//! Each response's scores are rounded to millionths of a point (far below the model's precision) so that the sums
//! are exact integers, as for every other metric: the result does not depend on order or on how parts were merged.

use serde::{Deserialize, Serialize};

use super::{OesScore, PerPerspective};
use crate::metrics::{Sums, Weight};
use crate::stats::Confidence;

const SCALE: f64 = 1e6;

/// Exact weighted sums of one real-valued score per response.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct MeanAccumulator {
    n: u64,
    #[serde(with = "i128_str")]
    w: i128,
    #[serde(with = "i128_str")]
    w2: i128,
    #[serde(with = "i128_str")]
    wx: i128,
    #[serde(with = "i128_str")]
    wxx: i128,
}

/// A weighted mean with its interval.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MeanResult {
    /// Number of scored responses.
    pub n: u64,
    /// Weighted mean.
    pub mean: Option<f64>,
    /// Weighted standard deviation (Kish's effective n).
    pub sd: Option<f64>,
    /// Student t interval of the mean.
    pub ci: Option<[f64; 2]>,
}

impl MeanAccumulator {
    /// Adds a value (rounded to millionths).
    pub fn add(&mut self, value: f64, weight: Weight) {
        if !value.is_finite() {
            return;
        }
        let x = libm::round(value * SCALE) as i128;
        let w = weight.micro() as i128;
        self.n += 1;
        self.w += w;
        self.w2 += w * w;
        self.wx += w * x;
        self.wxx += w * x * x;
    }

    /// Adds other sums.
    ///
    /// Exact or refused: an error when a sum would overflow, and `self` unchanged.
    pub fn merge(&mut self, o: &MeanAccumulator) -> crate::Result<()> {
        use crate::metrics::{merged_count, CheckedSum};
        *self = MeanAccumulator {
            n: merged_count(self.n, o.n)?,
            w: self.w.plus(o.w)?,
            w2: self.w2.plus(o.w2)?,
            wx: self.wx.plus(o.wx)?,
            wxx: self.wxx.plus(o.wxx)?,
        };
        Ok(())
    }

    /// Mean, standard deviation and t interval.
    pub fn result(&self, confidence: Confidence) -> MeanResult {
        if self.n == 0 || self.w <= 0 {
            return MeanResult { n: self.n, mean: None, sd: None, ci: None };
        }
        let mean = (self.wx as f64 / self.w as f64) / SCALE;
        let n_eff = Sums { n: self.n, w: self.w as u128, w2: self.w2 as u128 }.effective_n();
        if n_eff.is_nan() || n_eff <= 1.0 {
            return MeanResult { n: self.n, mean: Some(mean), sd: None, ci: None };
        }
        // Σw(x - mean)² = Σwx² - (Σwx)²/Σw, from the exact integers.
        let ss = (self.wxx as f64 - (self.wx as f64) * (self.wx as f64) / self.w as f64).max(0.0);
        let var_pop = ss / self.w as f64 / (SCALE * SCALE);
        let (sd, ci) = crate::stats::mean_interval(mean, var_pop, n_eff, confidence);
        MeanResult { n: self.n, mean: Some(mean), sd: Some(sd), ci: Some(ci) }
    }
}

/// The four OES scores aggregated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct OesAccumulator {
    perspectives: [MeanAccumulator; 4],
}

/// Aggregated OES of a group and period.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OesSummary {
    /// Satisfaction.
    pub satisfaction: MeanResult,
    /// Recommendation.
    pub recommendation: MeanResult,
    /// Ease.
    pub ease: MeanResult,
    /// Loyalty.
    pub loyalty: MeanResult,
}

impl OesAccumulator {
    /// Adds one response's scores.
    pub fn add(&mut self, score: &OesScore, weight: Weight) {
        self.add_scores(score.scores(), weight)
    }

    /// Adds four scores.
    pub fn add_scores(&mut self, scores: PerPerspective, weight: Weight) {
        for (acc, v) in self.perspectives.iter_mut().zip(scores.to_array()) {
            acc.add(v, weight);
        }
    }

    /// Adds another accumulator.
    ///
    /// Exact or refused: an error when a sum would overflow, and `self` unchanged.
    pub fn merge(&mut self, other: &OesAccumulator) -> crate::Result<()> {
        let mut merged = *self;
        for (a, b) in merged.perspectives.iter_mut().zip(&other.perspectives) {
            a.merge(b)?;
        }
        *self = merged;
        Ok(())
    }

    /// Number of scored responses.
    pub fn count(&self) -> u64 {
        self.perspectives[0].n
    }

    /// Means and intervals.
    pub fn result(&self, confidence: Confidence) -> OesSummary {
        let [s, r, e, l] = self.perspectives.map(|p| p.result(confidence));
        OesSummary { satisfaction: s, recommendation: r, ease: e, loyalty: l }
    }
}

mod i128_str {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(v: &i128, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(v)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<i128, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn means_are_exact_and_mergeable() {
        let mut a = OesAccumulator::default();
        let mut b = OesAccumulator::default();
        let s = |v| PerPerspective { satisfaction: v, recommendation: 10.0 - v, ease: 5.0, loyalty: v / 2.0 };
        a.add_scores(s(8.0), Weight::ONE);
        a.add_scores(s(6.0), Weight::ONE);
        b.add_scores(s(4.0), Weight::new(2.0).unwrap());
        let mut ab = a;
        ab.merge(&b).unwrap();
        let mut ba = b;
        ba.merge(&a).unwrap();
        assert_eq!(ab, ba);
        let r = ab.result(Confidence::default());
        assert_eq!(r.satisfaction.mean, Some(5.5)); // (8 + 6 + 2·4) / 4
        assert_eq!(r.ease.sd, Some(0.0));
        let [lo, hi] = r.satisfaction.ci.unwrap();
        assert!(lo < 5.5 && 5.5 < hi);
        let json = serde_json::to_string(&ab).unwrap();
        assert_eq!(serde_json::from_str::<OesAccumulator>(&json).unwrap(), ab);
    }
}
