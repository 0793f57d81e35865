//! Single- and multi-choice questions: how many respondents chose each option.

use serde::{Deserialize, Serialize};

use super::{Denominator, MetricOptions, Sums, Weight};
use crate::error::{Error, Result};

/// Exact counts and weight sums per option, plus the respondents who answered and who skipped.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChoiceAccumulator {
    counts: Vec<u64>,
    weights: Vec<u64>,
    answered: u64,
    answered_weight: u64,
    skipped: u64,
    skipped_weight: u64,
}

/// One option's figures.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OptionShare {
    /// The option.
    pub option: String,
    /// Number of respondents who chose it.
    pub count: u64,
    /// Weighted share of respondents in the denominator who chose it, percent.
    pub percent: Option<f64>,
}

/// Figures of a choice question.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChoiceResult {
    /// Number of respondents in the denominator.
    pub n: u64,
    /// Number shown the question who skipped it.
    pub skipped: u64,
    /// Σ weights over the denominator.
    pub weighted_n: f64,
    /// Per option, in the survey's order. For multi-choice the shares can add up to more than 100.
    pub options: Vec<OptionShare>,
}

impl ChoiceAccumulator {
    /// An empty accumulator for `options` options.
    pub fn new(options: usize) -> Self {
        ChoiceAccumulator {
            counts: vec![0; options],
            weights: vec![0; options],
            answered: 0,
            answered_weight: 0,
            skipped: 0,
            skipped_weight: 0,
        }
    }

    /// The number of options counted.
    pub fn options(&self) -> usize {
        self.counts.len()
    }

    /// Adds one respondent's chosen option indices (one for single choice, any number for multi-choice).
    pub fn add(&mut self, chosen: &[u16], weight: Weight) -> Result<()> {
        if let Some(&bad) = chosen.iter().find(|&&i| i as usize >= self.counts.len()) {
            return Err(Error::param("option", format!("index {bad} is beyond the {} options", self.counts.len())));
        }
        for &i in chosen {
            self.counts[i as usize] += 1;
            self.weights[i as usize] = self.weights[i as usize].saturating_add(weight.micro());
        }
        self.answered += 1;
        self.answered_weight = self.answered_weight.saturating_add(weight.micro());
        Ok(())
    }

    /// Adds `n` respondents who chose the same options with the same weight: what `n` [`add`](Self::add) calls add
    /// (the weight sums saturate as theirs do).
    pub(crate) fn add_n(&mut self, chosen: &[u16], n: u64, weight: Weight) -> Result<()> {
        if let Some(&bad) = chosen.iter().find(|&&i| i as usize >= self.counts.len()) {
            return Err(Error::param("option", format!("index {bad} is beyond the {} options", self.counts.len())));
        }
        let w = weight.micro().saturating_mul(n);
        for &i in chosen {
            self.counts[i as usize] += n;
            self.weights[i as usize] = self.weights[i as usize].saturating_add(w);
        }
        self.answered += n;
        self.answered_weight = self.answered_weight.saturating_add(w);
        Ok(())
    }

    /// Adds `n` respondents shown the question who skipped it, of one weight.
    pub(crate) fn add_skipped_n(&mut self, n: u64, weight: Weight) {
        self.skipped += n;
        self.skipped_weight = self.skipped_weight.saturating_add(weight.micro().saturating_mul(n));
    }

    /// Adds a respondent shown the question who skipped it.
    pub fn add_skipped(&mut self, weight: Weight) {
        self.skipped += 1;
        self.skipped_weight = self.skipped_weight.saturating_add(weight.micro());
    }

    /// Adds another accumulator with the same number of options.
    pub fn merge(&mut self, other: &ChoiceAccumulator) -> Result<()> {
        if self.counts.len() != other.counts.len() {
            return Err(Error::Incompatible(format!("{} options vs {}", self.counts.len(), other.counts.len())));
        }
        use crate::metrics::{merged_count, CheckedSum};
        // Exact or refused: `self` changes only when every sum fits.
        let mut merged = self.clone();
        for i in 0..merged.counts.len() {
            merged.counts[i] = merged_count(merged.counts[i], other.counts[i])?;
            merged.weights[i] = merged.weights[i].plus(other.weights[i])?;
        }
        merged.answered = merged_count(merged.answered, other.answered)?;
        merged.answered_weight = merged.answered_weight.plus(other.answered_weight)?;
        merged.skipped = merged_count(merged.skipped, other.skipped)?;
        merged.skipped_weight = merged.skipped_weight.plus(other.skipped_weight)?;
        merged_count(merged.answered, merged.skipped)?;
        *self = merged;
        Ok(())
    }

    /// The figures, with the option names in order.
    pub fn result(&self, names: &[String], options: &MetricOptions) -> ChoiceResult {
        let (n, w) = match options.denominator {
            Denominator::Answered => (self.answered, self.answered_weight),
            Denominator::Shown => {
                (self.answered.saturating_add(self.skipped), self.answered_weight.saturating_add(self.skipped_weight))
            }
        };
        let sums = Sums { n, w: w as u128, w2: 0 };
        ChoiceResult {
            n,
            skipped: self.skipped,
            weighted_n: sums.weighted_n(),
            options: names
                .iter()
                .zip(self.counts.iter().zip(&self.weights))
                .map(|(name, (&count, &weight))| OptionShare {
                    option: name.clone(),
                    count,
                    percent: (n > 0).then(|| sums.percent(weight as u128)),
                })
                .collect(),
        }
    }
}
