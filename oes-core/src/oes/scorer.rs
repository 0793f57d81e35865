//! The native OES scorer: the encoder and head ONNX files run through ONNX Runtime.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use ort::session::Session;
use ort::value::TensorRef;
use sha2::{Digest, Sha256};

use super::explain::{decode, HeadOutput};
use super::features::{rows, write_row, Row, EMBEDDING, FEATURES};
use super::text::{batches, TextTokenizer};
use super::{OesScore, THEMES};
use crate::error::{Error, Result};
use crate::response::Response;
use crate::survey::Survey;

/// The file names inside a model directory.
pub const ENCODER_FILE: &str = "encoder.onnx";
/// The encoder's tokenizer.
pub const TOKENIZER_FILE: &str = "tokenizer.json";
/// The OES head.
pub const HEAD_FILE: &str = "head.onnx";
/// `sha256sum`-style checksums of the files above.
pub const CHECKSUM_FILE: &str = "checksums.sha256";

/// Options for a [`Scorer`].
#[derive(Debug, Clone)]
pub struct ScorerBuilder {
    model_dir: Option<PathBuf>,
    runtime: Option<PathBuf>,
    threads: usize,
    batch_size: usize,
    verify: bool,
}

impl Default for ScorerBuilder {
    fn default() -> Self {
        ScorerBuilder {
            model_dir: None,
            runtime: None,
            threads: std::thread::available_parallelism().map_or(1, |n| n.get()),
            batch_size: 32,
            verify: true,
        }
    }
}

impl ScorerBuilder {
    /// The directory holding `encoder.onnx`, `tokenizer.json`, `head.onnx` and `checksums.sha256` (default: the
    /// `OES_MODEL_DIR` environment variable, else the `models/` directory of this source tree).
    pub fn model_dir(mut self, dir: impl Into<PathBuf>) -> Self {
        self.model_dir = Some(dir.into());
        self
    }

    /// ONNX Runtime's shared library (default: see [`super::find_runtime`]).
    pub fn runtime(mut self, library: impl Into<PathBuf>) -> Self {
        self.runtime = Some(library.into());
        self
    }

    /// Threads for each model run (default: the available cores).
    pub fn threads(mut self, threads: usize) -> Self {
        self.threads = threads.max(1);
        self
    }

    /// Texts per encoder run (default 32).
    pub fn batch_size(mut self, n: usize) -> Self {
        self.batch_size = n.max(1);
        self
    }

    /// Whether to check the files against `checksums.sha256` (default true).
    pub fn verify_checksums(mut self, verify: bool) -> Self {
        self.verify = verify;
        self
    }

    /// Loads the runtime and the model files.
    pub fn build(self) -> Result<Scorer> {
        let dir = match self.model_dir {
            Some(d) => d,
            None => default_model_dir()?,
        };
        let read = |name: &str| {
            let path = dir.join(name);
            std::fs::read(&path).map_err(|e| Error::Model(format!("cannot read {}: {e}", path.display())))
        };
        let (encoder, tokenizer, head) = (read(ENCODER_FILE)?, read(TOKENIZER_FILE)?, read(HEAD_FILE)?);
        if self.verify {
            let sums = std::fs::read_to_string(dir.join(CHECKSUM_FILE))
                .map_err(|e| Error::Model(format!("cannot read {}: {e}", dir.join(CHECKSUM_FILE).display())))?;
            for (name, bytes) in [(ENCODER_FILE, &encoder), (TOKENIZER_FILE, &tokenizer), (HEAD_FILE, &head)] {
                verify_checksum(&sums, name, bytes)?;
            }
        }
        Scorer::from_parts(&encoder, &tokenizer, &head, self.runtime.as_deref(), self.threads, self.batch_size)
    }
}

/// The model directory used when none is given: the `OES_MODEL_DIR` environment variable, else the `models/` directory
/// of the source tree this crate was built from, if it holds the model.
pub fn default_model_dir() -> Result<PathBuf> {
    if let Some(d) = std::env::var_os("OES_MODEL_DIR").filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(d));
    }
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let source = manifest.parent().unwrap_or(manifest).join("models");
    if source.join(ENCODER_FILE).is_file() {
        return Ok(source);
    }
    Err(Error::Model("no model directory: pass one to Scorer::builder().model_dir(..) or set OES_MODEL_DIR".into()))
}

/// Checks `bytes` against the line for `name` in a `sha256sum`-style file.
pub fn verify_checksum(sums: &str, name: &str, bytes: &[u8]) -> Result<()> {
    let expected = sums
        .lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .filter_map(|l| l.split_once(char::is_whitespace))
        .find(|(_, file)| file.trim().trim_start_matches('*') == name)
        .map(|(sum, _)| sum.trim().to_ascii_lowercase())
        .ok_or_else(|| Error::Model(format!("{CHECKSUM_FILE} has no line for {name}")))?;
    let actual: String = Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect();
    if actual == expected {
        Ok(())
    } else {
        Err(Error::Model(format!("{name} does not match its checksum (expected {expected}, found {actual}): the file is corrupt or from another model version")))
    }
}

/// Scores responses with the OES model. Create it once and reuse it: sessions and question embeddings are kept.
///
/// ```no_run
/// use oes_core::oes::Scorer;
/// # let (survey, response): (oes_core::Survey, oes_core::Response) = unimplemented!();
/// let scorer = Scorer::builder().threads(2).build()?;
/// let score = scorer.score(&survey, &response)?;
/// println!("satisfaction {:.1}, recommendation {:.1}", score.satisfaction, score.recommendation);
/// # Ok::<(), oes_core::Error>(())
/// ```
pub struct Scorer {
    encoder: Mutex<Session>,
    head: Mutex<Session>,
    tokenizer: TextTokenizer,
    batch_size: usize,
    question_embeddings: Mutex<HashMap<String, Vec<f32>>>,
}

impl std::fmt::Debug for Scorer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Scorer").field("batch_size", &self.batch_size).finish_non_exhaustive()
    }
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

impl Scorer {
    /// Options, then [`ScorerBuilder::build`].
    pub fn builder() -> ScorerBuilder {
        ScorerBuilder::default()
    }

    /// A scorer from the bytes of the three files (not checked against checksums).
    pub fn from_parts(
        encoder: &[u8],
        tokenizer: &[u8],
        head: &[u8],
        runtime: Option<&Path>,
        threads: usize,
        batch_size: usize,
    ) -> Result<Scorer> {
        let env = super::runtime::environment(runtime)?;
        let session = |bytes: &[u8], file: &str| -> Result<Session> {
            Session::builder(env)
                .map_err(model_err(file))?
                .with_intra_threads(threads.max(1))
                .map_err(|e| Error::Model(format!("{file}: {e}")))?
                .commit_from_memory(bytes)
                .map_err(model_err(file))
        };
        let encoder = session(encoder, ENCODER_FILE)?;
        check_names(&encoder, ENCODER_FILE, &["input_ids", "attention_mask"], &["sentence_embedding"])?;
        let head = session(head, HEAD_FILE)?;
        check_names(&head, HEAD_FILE, &["features", "mask"], &["logits", "terms", "confidence", "themes", "polarity"])?;
        Ok(Scorer {
            encoder: Mutex::new(encoder),
            head: Mutex::new(head),
            tokenizer: TextTokenizer::from_bytes(tokenizer)?,
            batch_size: batch_size.max(1),
            question_embeddings: Mutex::new(HashMap::new()),
        })
    }

    /// Sentence embeddings (384 values each, L2-normalised) of texts, in length-bucketed batches.
    pub fn embed(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>> {
        let encoded = self.tokenizer.encode(texts)?;
        let mut out = vec![Vec::new(); texts.len()];
        let mut session = self.encoder.lock().map_err(|_| Error::Model("the encoder session is poisoned".into()))?;
        for batch in batches(&encoded, self.tokenizer.pad_id(), self.batch_size, self.batch_size * 64) {
            let shape = [batch.indices.len(), batch.seq];
            let ids = TensorRef::from_array_view((shape, batch.ids.as_slice())).map_err(model_err(ENCODER_FILE))?;
            let mask = TensorRef::from_array_view((shape, batch.mask.as_slice())).map_err(model_err(ENCODER_FILE))?;
            let outputs = session
                .run(ort::inputs!["input_ids" => ids, "attention_mask" => mask])
                .map_err(model_err(ENCODER_FILE))?;
            let (_, values) =
                outputs["sentence_embedding"].try_extract_tensor::<f32>().map_err(model_err(ENCODER_FILE))?;
            if values.len() != batch.indices.len() * EMBEDDING {
                return Err(Error::Model(format!(
                    "{ENCODER_FILE} gave {} values, not {EMBEDDING} per text",
                    values.len()
                )));
            }
            for (row, &i) in batch.indices.iter().enumerate() {
                out[i] = values[row * EMBEDDING..(row + 1) * EMBEDDING].to_vec();
            }
        }
        Ok(out)
    }

    /// The OES of one response.
    pub fn score(&self, survey: &Survey, response: &Response) -> Result<OesScore> {
        Ok(self.score_batch(survey, std::slice::from_ref(response))?.remove(0))
    }

    /// The OES of many responses, in their order (texts are batched across responses).
    pub fn score_batch(&self, survey: &Survey, responses: &[Response]) -> Result<Vec<OesScore>> {
        if let Some(r) = responses.iter().find(|r| r.answers().len() != survey.questions().len()) {
            return Err(Error::Incompatible(format!("response {:?} was read with another survey", r.id())));
        }
        let all_rows: Vec<Vec<Row>> = responses.iter().map(|r| rows(survey, r)).collect();

        // Question wordings: embedded once per scorer.
        let mut cache = self.question_embeddings.lock().map_err(|_| Error::Model("the cache is poisoned".into()))?;
        let mut missing: Vec<&str> = all_rows
            .iter()
            .flatten()
            .filter_map(|r| r.question_text.as_deref())
            .filter(|t| !cache.contains_key(*t))
            .collect();
        missing.sort_unstable();
        missing.dedup();
        if !missing.is_empty() {
            for (text, e) in missing.iter().zip(self.embed(&missing)?) {
                cache.insert((*text).to_owned(), e);
            }
        }

        // Answer texts of the whole batch, each distinct text once.
        let mut index: HashMap<&str, usize> = HashMap::new();
        let mut texts: Vec<&str> = Vec::new();
        for t in all_rows.iter().flatten().filter_map(|r| r.answer_text.as_deref()) {
            index.entry(t).or_insert_with(|| {
                texts.push(t);
                texts.len() - 1
            });
        }
        let embeddings = self.embed(&texts)?;

        let width = all_rows.iter().map(Vec::len).max().unwrap_or(0).max(1);
        let batch = responses.len();
        let mut features = vec![0f32; batch * width * FEATURES];
        let mut mask = vec![0f32; batch * width];
        for (b, rs) in all_rows.iter().enumerate() {
            for (a, row) in rs.iter().enumerate() {
                let at = (b * width + a) * FEATURES;
                let answer = row.answer_text.as_deref().map(|t| embeddings[index[t]].as_slice());
                let question = row.question_text.as_deref().and_then(|t| cache.get(t)).map(Vec::as_slice);
                write_row(row, answer, question, &mut features[at..at + FEATURES]);
                mask[b * width + a] = 1.0;
            }
        }
        drop(cache);

        let mut head = self.head.lock().map_err(|_| Error::Model("the head session is poisoned".into()))?;
        let f = TensorRef::from_array_view(([batch, width, FEATURES], features.as_slice()))
            .map_err(model_err(HEAD_FILE))?;
        let m = TensorRef::from_array_view(([batch, width], mask.as_slice())).map_err(model_err(HEAD_FILE))?;
        let outputs = head.run(ort::inputs!["features" => f, "mask" => m]).map_err(model_err(HEAD_FILE))?;
        let get = |name: &str, per: usize| -> Result<&[f32]> {
            let (_, v) = outputs[name].try_extract_tensor::<f32>().map_err(model_err(HEAD_FILE))?;
            if v.len() != batch * per {
                return Err(Error::Model(format!(
                    "{HEAD_FILE} output {name} has {} values, expected {}",
                    v.len(),
                    batch * per
                )));
            }
            Ok(v)
        };
        let (logits, confidence) = (get("logits", 4)?, get("confidence", 4)?);
        let (terms, themes, polarity) =
            (get("terms", width * 4)?, get("themes", width * THEMES.len())?, get("polarity", width * THEMES.len())?);
        let t = THEMES.len();
        Ok(responses
            .iter()
            .zip(&all_rows)
            .enumerate()
            .map(|(b, (response, rs))| {
                let n = rs.len();
                decode(
                    survey,
                    response.id(),
                    rs,
                    HeadOutput {
                        logits: &logits[b * 4..b * 4 + 4],
                        confidence: &confidence[b * 4..b * 4 + 4],
                        terms: &terms[b * width * 4..(b * width + n) * 4],
                        themes: &themes[b * width * t..(b * width + n) * t],
                        polarity: &polarity[b * width * t..(b * width + n) * t],
                    },
                )
            })
            .collect())
    }
}
