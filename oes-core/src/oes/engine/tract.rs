//! The engine over tract, a pure-Rust ONNX runtime: the same files run natively and in WebAssembly.
//!
//! Both files declare symbolic `batch` and `seq`/`answers` dimensions. Each is optimised once, with those dimensions
//! left symbolic, into a plan that every call reuses: tract resolves the symbols from the inputs' shapes at run time,
//! so no call re-optimises the model, whatever its batch size and text length.

use tract_onnx::prelude::*;

use super::{
    check_embeddings, Engine, HeadOutputs, ENCODER_FILE, ENCODER_INPUTS, ENCODER_OUTPUT, HEAD_FILE, HEAD_INPUTS,
    HEAD_OUTPUTS,
};
use crate::error::{Error, Result};
use crate::oes::features::FEATURES;
use crate::oes::text::Batch;

/// One optimised model with the positions of its named inputs and outputs.
struct Plan {
    plan: Arc<TypedRunnableModel>,
    /// For each name the caller passes, its position among the model's inputs.
    inputs: Vec<usize>,
    /// For each name the caller asks for, its position among the model's outputs.
    outputs: Vec<usize>,
}

fn model_err(file: &'static str) -> impl Fn(TractError) -> Error {
    move |e| Error::Model(format!("{file}: {e:#}"))
}

impl Plan {
    fn load(bytes: &[u8], file: &'static str, inputs: &[&str], outputs: &[&str]) -> Result<Plan> {
        let err = model_err(file);
        let model = tract_onnx::onnx().model_for_read(&mut &bytes[..]).map_err(&err)?;
        let model = model.into_optimized().map_err(&err)?;
        let position = |outlets: &[OutletId], name: &str, what: &str| -> Result<usize> {
            outlets
                .iter()
                .position(|&o| model.outlet_label(o) == Some(name) || model.node(o.node).name == name)
                .ok_or_else(|| Error::Model(format!("{file} has no {what} {name:?}")))
        };
        let model_inputs = model.input_outlets().map_err(&err)?;
        let model_outputs = model.output_outlets().map_err(&err)?;
        if model_inputs.len() != inputs.len() {
            return Err(Error::Model(format!("{file} has {} inputs, expected {}", model_inputs.len(), inputs.len())));
        }
        let inputs = inputs.iter().map(|n| position(model_inputs, n, "input")).collect::<Result<Vec<_>>>()?;
        let outputs = outputs.iter().map(|n| position(model_outputs, n, "output")).collect::<Result<Vec<_>>>()?;
        let plan = model.into_runnable().map_err(&err)?;
        Ok(Plan { plan, inputs, outputs })
    }

    /// Runs the model on inputs given in the caller's order; outputs in the caller's order.
    fn run(&self, file: &'static str, given: Vec<Tensor>) -> Result<Vec<TValue>> {
        let mut ordered: Vec<Option<TValue>> = vec![None; given.len()];
        for (tensor, &at) in given.into_iter().zip(&self.inputs) {
            ordered[at] = Some(tensor.into());
        }
        let inputs: TVec<TValue> = ordered.into_iter().flatten().collect();
        let outputs = self.plan.run(inputs).map_err(model_err(file))?;
        let count = outputs.len();
        let mut outputs: Vec<Option<TValue>> = outputs.into_iter().map(Some).collect();
        self.outputs
            .iter()
            .map(|&at| {
                outputs
                    .get_mut(at)
                    .and_then(Option::take)
                    .ok_or_else(|| Error::Model(format!("{file} gave {count} outputs")))
            })
            .collect()
    }
}

fn values(value: &TValue, file: &'static str, name: &str) -> Result<Vec<f32>> {
    let view = value.try_as_plain_ram().map_err(model_err(file))?;
    let slice = view.as_slice::<f32>().map_err(|e| Error::Model(format!("{file} output {name}: {e:#}")))?;
    Ok(slice.to_vec())
}

fn tensor<T: Datum + Copy>(shape: &[usize], data: &[T], file: &'static str) -> Result<Tensor> {
    Tensor::from_shape(shape, data).map_err(model_err(file))
}

/// The optimised plans (the head's only when tract runs it). Running a plan needs only `&self`, so one engine
/// serves every thread.
pub(crate) struct TractEngine {
    encoder: Plan,
    head: Option<Plan>,
}

impl TractEngine {
    /// Parses and optimises the files (the slow part: do it once).
    pub(crate) fn new(encoder: &[u8], head: Option<&[u8]>) -> Result<TractEngine> {
        Ok(TractEngine {
            encoder: Plan::load(encoder, ENCODER_FILE, &ENCODER_INPUTS, &[ENCODER_OUTPUT])?,
            head: head.map(|h| Plan::load(h, HEAD_FILE, &HEAD_INPUTS, &HEAD_OUTPUTS)).transpose()?,
        })
    }
}

impl Engine for TractEngine {
    fn name(&self) -> &'static str {
        "tract"
    }

    fn encode(&self, batch: &Batch) -> Result<Vec<f32>> {
        let shape = [batch.indices.len(), batch.seq];
        let ids = tensor(&shape, &batch.ids, ENCODER_FILE)?;
        let mask = tensor(&shape, &batch.mask, ENCODER_FILE)?;
        let out = self.encoder.run(ENCODER_FILE, vec![ids, mask])?;
        let embeddings = values(&out[0], ENCODER_FILE, ENCODER_OUTPUT)?;
        check_embeddings(&embeddings, batch.indices.len())?;
        Ok(embeddings)
    }

    fn head(&self, features: &[f32], mask: &[f32], batch: usize, width: usize) -> Result<HeadOutputs> {
        let f = tensor(&[batch, width, FEATURES], features, HEAD_FILE)?;
        let m = tensor(&[batch, width], mask, HEAD_FILE)?;
        let head = self.head.as_ref().ok_or_else(|| Error::Model(format!("{HEAD_FILE} was not loaded")))?;
        let out = head.run(HEAD_FILE, vec![f, m])?;
        HeadOutputs::collect(batch, width, |i, name| values(&out[i], HEAD_FILE, name))
    }
}
