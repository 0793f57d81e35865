//! The runtimes that run the two ONNX files, behind one small interface.
//!
//! [`super::Scorer`] does everything that does not depend on the runtime (tokenising, batching, the question cache,
//! features, decoding); an [`Engine`] only runs the encoder on a batch of token ids and the head on a batch of feature
//! rows. Two engines exist: ONNX Runtime through `ort` (feature `onnx`, native only) and tract (feature `tract`, pure
//! Rust, WebAssembly included).

use super::features::EMBEDDING;
use super::text::Batch;
use super::THEMES;
use crate::error::{Error, Result};

#[cfg(feature = "onnx")]
pub(crate) mod onnxruntime;
#[cfg(feature = "tract")]
pub(crate) mod tract;

/// The encoder's file name in a model directory.
pub(crate) const ENCODER_FILE: &str = "encoder.onnx";
/// The OES head's file name.
pub(crate) const HEAD_FILE: &str = "head.onnx";

/// The encoder's inputs (int64 `[batch, seq]`) and output (float32 `[batch, 384]`), as `docs/oes-model.md` fixes them.
pub(crate) const ENCODER_INPUTS: [&str; 2] = ["input_ids", "attention_mask"];
pub(crate) const ENCODER_OUTPUT: &str = "sentence_embedding";
/// The head's inputs (`features` float32 `[batch, rows, 792]`, `mask` float32 `[batch, rows]`) and outputs.
pub(crate) const HEAD_INPUTS: [&str; 2] = ["features", "mask"];
pub(crate) const HEAD_OUTPUTS: [&str; 5] = ["logits", "terms", "confidence", "themes", "polarity"];

/// The head's outputs for a batch of `batch` responses padded to `width` rows, row-major (the file's `terms`, each
/// row's additive share of the logits, are checked but not kept: an answer's effect is computed from `without`).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct HeadOutputs {
    /// `[batch, 4]`.
    pub logits: Vec<f32>,
    /// `[batch, 4]`.
    pub confidence: Vec<f32>,
    /// `[batch, width, 14]`.
    pub themes: Vec<f32>,
    /// `[batch, width, 14]`.
    pub polarity: Vec<f32>,
    /// `[batch, width, 4]`: the logits of each response without each of its rows (not a file output: the scorer
    /// fills it).
    pub without: Vec<f32>,
}

impl HeadOutputs {
    /// Builds the outputs from `get(position, name)` for each of [`HEAD_OUTPUTS`], checking their sizes.
    pub(crate) fn collect(
        batch: usize,
        width: usize,
        mut get: impl FnMut(usize, &'static str) -> Result<Vec<f32>>,
    ) -> Result<HeadOutputs> {
        let mut values: [Vec<f32>; 5] = Default::default();
        for (i, (v, name)) in values.iter_mut().zip(HEAD_OUTPUTS).enumerate() {
            *v = get(i, name)?;
        }
        let t = THEMES.len();
        let expected = [batch * 4, batch * width * 4, batch * 4, batch * width * t, batch * width * t];
        for ((name, v), n) in HEAD_OUTPUTS.iter().zip(&values).zip(expected) {
            if v.len() != n {
                return Err(Error::Model(format!("{HEAD_FILE} output {name} has {} values, expected {n}", v.len())));
            }
        }
        let [logits, _terms, confidence, themes, polarity] = values;
        Ok(HeadOutputs { logits, confidence, themes, polarity, without: Vec::new() })
    }
}

/// Checks the encoder's output size for `texts` texts.
pub(crate) fn check_embeddings(values: &[f32], texts: usize) -> Result<()> {
    if values.len() == texts * EMBEDDING {
        Ok(())
    } else {
        Err(Error::Model(format!("{ENCODER_FILE} gave {} values, not {EMBEDDING} per text", values.len())))
    }
}

/// Runs the two model files. Implementations are created once per scorer and reused for every call.
pub(crate) trait Engine: Send + Sync {
    /// The runtime's name, for messages.
    fn name(&self) -> &'static str;

    /// Sentence embeddings of one batch of token ids: `[batch.indices.len(), 384]`, row-major.
    fn encode(&self, batch: &Batch) -> Result<Vec<f32>>;

    /// The head on `features` (`[batch, width, 792]`) and `mask` (`[batch, width]`).
    fn head(&self, features: &[f32], mask: &[f32], batch: usize, width: usize) -> Result<HeadOutputs>;
}
