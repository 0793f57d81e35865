//! Respondent weights, kept exactly in millionths.

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// A respondent weight, stored exactly in millionths (6 decimal places) so that weighted sums are exact integers.
///
/// Valid weights are finite and within [0.000001, 1000000] after rounding to 6 decimals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Weight(u64);

impl Weight {
    /// The weight 1.
    pub const ONE: Weight = Weight(1_000_000);
    /// Largest weight, in millionths.
    pub const MAX_MICRO: u64 = 1_000_000_000_000;

    /// A weight from a number; errors unless it is finite, positive and at most 1e6 (after rounding to 6 decimals).
    pub fn new(w: f64) -> Result<Weight> {
        if !w.is_finite() || w <= 0.0 {
            return Err(Error::param("weight", format!("{w} is not a positive finite number")));
        }
        let micro = (w * 1e6).round();
        if micro < 1.0 {
            return Err(Error::param("weight", format!("{w} rounds to 0 at 6 decimal places")));
        }
        if micro > Self::MAX_MICRO as f64 {
            return Err(Error::param("weight", format!("{w} is above the largest weight 1000000")));
        }
        Ok(Weight(micro as u64))
    }

    /// A weight from millionths (`1_000_000` is 1).
    pub fn from_micro(micro: u64) -> Result<Weight> {
        if micro == 0 || micro > Self::MAX_MICRO {
            return Err(Error::param("weight", format!("{micro} millionths is not within 1..=1e12")));
        }
        Ok(Weight(micro))
    }

    /// The weight in millionths.
    pub const fn micro(self) -> u64 {
        self.0
    }

    /// The weight as a number.
    pub fn get(self) -> f64 {
        self.0 as f64 / 1e6
    }
}

impl Default for Weight {
    fn default() -> Self {
        Weight::ONE
    }
}

impl Serialize for Weight {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_f64(self.get())
    }
}

impl<'de> Deserialize<'de> for Weight {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        Weight::new(f64::deserialize(d)?).map_err(serde::de::Error::custom)
    }
}
