//! The engine over ONNX Runtime (`ort`, loaded at run time; see `runtime.rs`).

use std::path::Path;
use std::sync::Mutex;

use ort::session::Session;
use ort::value::TensorRef;

use super::{
    check_embeddings, Engine, HeadOutputs, ENCODER_FILE, ENCODER_INPUTS, ENCODER_OUTPUT, HEAD_FILE, HEAD_INPUTS,
    HEAD_OUTPUTS,
};
use crate::error::{Error, Result};
use crate::oes::features::FEATURES;
use crate::oes::text::Batch;

/// The sessions (`Session::run` needs `&mut`, hence the locks); the head's only when the runtime runs it.
pub(crate) struct OrtEngine {
    encoder: Mutex<Session>,
    head: Option<Mutex<Session>>,
}

fn model_err(what: &str) -> impl Fn(ort::Error) -> Error + '_ {
    move |e| Error::Model(format!("{what}: {e}"))
}

fn check_names(session: &Session, file: &str, inputs: &[&str], outputs: &[&str]) -> Result<()> {
    for name in inputs {
        if !session.inputs().iter().any(|o| o.name() == *name) {
            return Err(Error::Model(format!("{file} has no input {name:?}")));
        }
    }
    for name in outputs {
        if !session.outputs().iter().any(|o| o.name() == *name) {
            return Err(Error::Model(format!("{file} has no output {name:?}")));
        }
    }
    Ok(())
}

impl OrtEngine {
    /// Loads ONNX Runtime (once per process) and the files, `threads` threads per run.
    pub(crate) fn new(
        encoder: &[u8],
        head: Option<&[u8]>,
        runtime: Option<&Path>,
        threads: usize,
    ) -> Result<OrtEngine> {
        let env = crate::oes::runtime::environment(runtime)?;
        let session = |bytes: &[u8], file: &str| -> Result<Session> {
            Session::builder(env)
                .map_err(model_err(file))?
                .with_intra_threads(threads.max(1))
                .map_err(|e| Error::Model(format!("{file}: {e}")))?
                .commit_from_memory(bytes)
                .map_err(model_err(file))
        };
        let encoder = session(encoder, ENCODER_FILE)?;
        check_names(&encoder, ENCODER_FILE, &ENCODER_INPUTS, &[ENCODER_OUTPUT])?;
        let head = match head {
            Some(bytes) => {
                let head = session(bytes, HEAD_FILE)?;
                check_names(&head, HEAD_FILE, &HEAD_INPUTS, &HEAD_OUTPUTS)?;
                Some(Mutex::new(head))
            }
            None => None,
        };
        Ok(OrtEngine { encoder: Mutex::new(encoder), head })
    }
}

impl Engine for OrtEngine {
    fn name(&self) -> &'static str {
        "ONNX Runtime"
    }

    fn encode(&self, batch: &Batch) -> Result<Vec<f32>> {
        let mut session = self.encoder.lock().map_err(|_| Error::Model("the encoder session is poisoned".into()))?;
        let shape = [batch.indices.len(), batch.seq];
        let ids = TensorRef::from_array_view((shape, batch.ids.as_slice())).map_err(model_err(ENCODER_FILE))?;
        let mask = TensorRef::from_array_view((shape, batch.mask.as_slice())).map_err(model_err(ENCODER_FILE))?;
        let outputs = session
            .run(ort::inputs![ENCODER_INPUTS[0] => ids, ENCODER_INPUTS[1] => mask])
            .map_err(model_err(ENCODER_FILE))?;
        let (_, values) = outputs[ENCODER_OUTPUT].try_extract_tensor::<f32>().map_err(model_err(ENCODER_FILE))?;
        check_embeddings(values, batch.indices.len())?;
        Ok(values.to_vec())
    }

    fn head(&self, features: &[f32], mask: &[f32], batch: usize, width: usize) -> Result<HeadOutputs> {
        let head = self.head.as_ref().ok_or_else(|| Error::Model(format!("{HEAD_FILE} was not loaded")))?;
        let mut session = head.lock().map_err(|_| Error::Model("the head session is poisoned".into()))?;
        let f = TensorRef::from_array_view(([batch, width, FEATURES], features)).map_err(model_err(HEAD_FILE))?;
        let m = TensorRef::from_array_view(([batch, width], mask)).map_err(model_err(HEAD_FILE))?;
        let outputs =
            session.run(ort::inputs![HEAD_INPUTS[0] => f, HEAD_INPUTS[1] => m]).map_err(model_err(HEAD_FILE))?;
        HeadOutputs::collect(batch, width, |_, name| {
            let (_, v) = outputs[name].try_extract_tensor::<f32>().map_err(model_err(HEAD_FILE))?;
            Ok(v.to_vec())
        })
    }
}
