//! Exact metrics: NPS, CSAT, CES (2.0 and legacy), ratings, yes/no and choices.
//!
//! Every metric is computed from a [`Tally`]: exact integer counts and exact integer weight sums per scale point.
//! Tallies are mergeable in any grouping and order with the same result, serde-serialisable, and cheap
//! (a few hundred bytes), so the same code serves a loop, threads, streams and partial aggregates on a cluster.
//! Ratios are derived from the integers only at the end. Definitions: `docs/metrics.md`.

pub mod ces;
pub mod choice;
pub mod column;
pub mod csat;
pub mod nps;
mod options;
pub mod rating;
pub mod support;
mod tally;
mod weight;

pub use options::{Denominator, Interval, MetricOptions};
pub use tally::{MeanFigures, Tally};
pub use weight::Weight;

pub(crate) use tally::{loaded_count, merged_count, ratio, tally_from_slices, CheckedSum, Sums};

/// Defines a mergeable accumulator over a [`Tally`] on a validated scale, with the result function of its metric.
macro_rules! scale_accumulator {
    ($(#[$doc:meta])* $name:ident, $result:ty, $finish:path) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
        #[serde(transparent)]
        pub struct $name {
            tally: $crate::metrics::Tally,
        }

        impl $name {
            /// An empty accumulator on `scale`.
            pub fn new(scale: $crate::survey::Scale) -> Self {
                $name { tally: $crate::metrics::Tally::new(scale) }
            }

            /// Wraps a tally.
            pub fn from_tally(tally: $crate::metrics::Tally) -> Self {
                $name { tally }
            }

            /// Adds an answer; errors when it is off the scale.
            pub fn add(&mut self, value: i64, weight: $crate::metrics::Weight) -> $crate::error::Result<()> {
                self.tally.add(value, weight)
            }

            /// Adds a respondent who was shown the question and skipped it.
            pub fn add_skipped(&mut self, weight: $crate::metrics::Weight) {
                self.tally.add_skipped(weight)
            }

            /// Adds another accumulator; errors if the scales differ.
            pub fn merge(&mut self, other: &$name) -> $crate::error::Result<()> {
                self.tally.merge(&other.tally)
            }

            /// The underlying tally.
            pub fn tally(&self) -> &$crate::metrics::Tally {
                &self.tally
            }

            /// The figures.
            pub fn result(&self, options: &$crate::metrics::MetricOptions) -> $result {
                $finish(&self.tally, options)
            }
        }
    };
}
pub(crate) use scale_accumulator;
