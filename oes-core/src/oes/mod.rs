//! The Overall Experience Score: four scores on 0-10 (satisfaction, recommendation, ease, loyalty) read from a whole
//! response, free-text comments in any language included, with a confidence and the reasons for each score.
//!
//! The model is two ONNX files (a multilingual text encoder and a small set network over the answers), specified in
//! `docs/oes-model.md`. [`features`] and [`explain`] need no runtime and are shared by every front end; the
//! `Scorer` runs the files through ONNX Runtime (feature `onnx`, `Scorer::builder`) or through tract, a pure-Rust
//! runtime that also runs in WebAssembly (feature `tract`, `Scorer::from_bytes_tract`). Both features may be on
//! together: the scorer is then built by either constructor, and the rest of its code is shared.

pub mod aggregate;
#[cfg(any(feature = "onnx", feature = "tract"))]
mod clauses;
#[cfg(any(feature = "onnx", feature = "tract"))]
mod engine;
pub mod explain;
pub mod features;
#[cfg(any(feature = "onnx", feature = "tract", fuzzing))]
// Fuzzing without a runtime reads head files only.
#[cfg_attr(not(any(feature = "onnx", feature = "tract")), allow(dead_code))]
mod head;
#[cfg(feature = "onnx")]
mod runtime;
#[cfg(any(feature = "onnx", feature = "tract"))]
mod scorer;
#[cfg(feature = "tokenizer")]
pub mod text;

use serde::{Deserialize, Serialize};

use crate::survey::Perspective;

#[cfg(feature = "onnx")]
pub use runtime::{find_runtime, runtime_in_package};
#[cfg(any(feature = "onnx", feature = "tract"))]
pub use scorer::Scorer;
#[cfg(feature = "onnx")]
pub use scorer::{default_model_dir, verify_checksum, ScorerBuilder};

/// Reads a head file as the native head does (`cfg(fuzzing)` only, for the fuzz targets in `fuzz/`): whether it is
/// the documented graph.
#[cfg(fuzzing)]
#[doc(hidden)]
pub fn fuzz_native_head(bytes: &[u8]) -> bool {
    head::NativeHead::from_onnx(bytes).is_ok()
}

/// The four perspectives, in the order of the model's outputs.
pub const PERSPECTIVES: [Perspective; 4] =
    [Perspective::Satisfaction, Perspective::Recommendation, Perspective::Ease, Perspective::Loyalty];

/// The themes the model detects in comments, in the order of its outputs: customer themes, then (from
/// [`EMPLOYEE_THEMES`]) employee themes.
pub const THEMES: [&str; 14] = [
    "delivery",
    "price",
    "staff",
    "waiting_time",
    "product_quality",
    "website_app",
    "billing",
    "cleanliness",
    "communication",
    "pay",
    "workload",
    "management",
    "colleagues",
    "growth",
];

/// The position in [`THEMES`] of the first employee theme: the themes before it are customers' (delivery to
/// communication), those from it employees' (pay to growth). A survey that declares its audience (`"audience":
/// "customer"` or `"employee"`) gets only that audience's themes.
pub const EMPLOYEE_THEMES: usize = 9;

/// The names of the themes a [`ThemeMention`] names.
#[cfg(feature = "schema")]
fn theme_names(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
    schemars::json_schema!({"type": "string", "enum": THEMES, "description": "The theme."})
}

/// One value per perspective.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "OesPerspectives"))]
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
pub struct PerPerspective {
    /// Satisfaction.
    pub satisfaction: f64,
    /// Likelihood to recommend.
    pub recommendation: f64,
    /// Ease (low effort).
    pub ease: f64,
    /// Loyalty (relationship, intent to stay or buy again).
    pub loyalty: f64,
}

impl PerPerspective {
    /// From values in the order of [`PERSPECTIVES`].
    pub fn from_array(v: [f64; 4]) -> Self {
        PerPerspective { satisfaction: v[0], recommendation: v[1], ease: v[2], loyalty: v[3] }
    }

    /// The values in the order of [`PERSPECTIVES`].
    pub fn to_array(self) -> [f64; 4] {
        [self.satisfaction, self.recommendation, self.ease, self.loyalty]
    }
}

/// How one answer moved the scores.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AnswerEffect {
    /// The question id (`"ticket"` for the response's support ticket).
    pub question: String,
    /// Per perspective, how many points the score would move without this answer (positive: it pushed the score up).
    pub effect: PerPerspective,
}

/// A theme a comment mentions.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ThemeMention {
    /// The theme (one of [`THEMES`]).
    #[cfg_attr(feature = "schema", schemars(schema_with = "theme_names"))]
    pub theme: String,
    /// The question whose answer mentions it.
    pub question: String,
    /// Tone of the mention, from -1 (negative) to 1 (positive).
    pub polarity: f64,
    /// The model's probability that the theme is mentioned.
    pub probability: f64,
}

/// Why the scores are what they are.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Reasons {
    /// Answers by decreasing largest absolute effect.
    pub answers: Vec<AnswerEffect>,
    /// Themes mentioned in comments, by decreasing probability.
    pub themes: Vec<ThemeMention>,
}

/// The Overall Experience Score of one response.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OesScore {
    /// The response id.
    pub id: String,
    /// Satisfaction, 0-10.
    pub satisfaction: f64,
    /// Likelihood to recommend, 0-10.
    pub recommendation: f64,
    /// Ease (low effort), 0-10.
    pub ease: f64,
    /// Loyalty (relationship), 0-10.
    pub loyalty: f64,
    /// The model's confidence in each score, 0-1.
    pub confidence: PerPerspective,
    /// The reasons.
    pub reasons: Reasons,
}

impl OesScore {
    /// The four scores.
    pub fn scores(&self) -> PerPerspective {
        PerPerspective {
            satisfaction: self.satisfaction,
            recommendation: self.recommendation,
            ease: self.ease,
            loyalty: self.loyalty,
        }
    }
}
