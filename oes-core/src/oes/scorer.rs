//! The OES scorer: tokenise the texts, embed them in length-bucketed batches (question wordings once per scorer),
//! build the head's feature rows, run the head, decode. Which runtime runs the two ONNX files is an `Engine`'s
//! business: ONNX Runtime (feature `onnx`, `Scorer::builder`) or tract (feature `tract`, `Scorer::from_bytes_tract`).
//! Everything else is this one code path, so both give the same results.

use std::collections::HashMap;
#[cfg(feature = "onnx")]
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

#[cfg(feature = "onnx")]
use sha2::{Digest, Sha256};

use super::engine::Engine;
use super::engine::HeadOutputs;
#[cfg(feature = "onnx")]
use super::engine::{ENCODER_FILE, HEAD_FILE};
use super::explain::{decode, Calibration, ClauseThemes, HeadOutput};
use super::features::{rows, write_row, Row, EMBEDDING, FEATURES, SCALARS};
use super::head::{calibration, NativeHead, RowTerms, THEME_OUTPUTS};
use super::text::{batches, TextTokenizer};
use super::{OesScore, THEMES};
use crate::error::{Error, Result};
use crate::response::Response;
use crate::survey::{QuestionKind, Survey};

/// Texts per encoder run unless set otherwise.
const DEFAULT_BATCH_SIZE: usize = 32;

#[cfg(feature = "onnx")]
/// The encoder's tokenizer in a model directory.
pub const TOKENIZER_FILE: &str = "tokenizer.json";
#[cfg(feature = "onnx")]
/// `sha256sum`-style checksums of the files of a model directory.
pub const CHECKSUM_FILE: &str = "checksums.sha256";

/// Options for a [`Scorer`] over ONNX Runtime.
#[cfg(feature = "onnx")]
#[derive(Debug, Clone)]
pub struct ScorerBuilder {
    model_dir: Option<PathBuf>,
    runtime: Option<PathBuf>,
    threads: usize,
    batch_size: usize,
    verify: bool,
    native_head: bool,
    clause_themes: bool,
    limits: crate::Limits,
}

#[cfg(feature = "onnx")]
impl Default for ScorerBuilder {
    fn default() -> Self {
        ScorerBuilder {
            model_dir: None,
            runtime: None,
            threads: std::thread::available_parallelism().map_or(1, |n| n.get()),
            batch_size: DEFAULT_BATCH_SIZE,
            verify: true,
            native_head: true,
            clause_themes: false,
            limits: crate::Limits::default(),
        }
    }
}

#[cfg(feature = "onnx")]
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

    /// The limits in force; only [`crate::Limits::threads`] applies to the scorer (default: [`crate::Limits`]'s).
    pub fn limits(mut self, limits: crate::Limits) -> Self {
        self.limits = limits;
        self
    }

    /// Threads for each model run (default: the available cores; at most [`crate::Limits::threads`], checked by
    /// [`ScorerBuilder::build`]).
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

    /// Whether to compute the head in Rust with the per-text parts computed once (default true), or to run `head.onnx`
    /// through ONNX Runtime. Both give the same scores to float rounding (about 1e-6); the Rust head is much faster on
    /// responses without comments. A head file that is not the documented graph always runs through ONNX Runtime.
    pub fn native_head(mut self, native: bool) -> Self {
        self.native_head = native;
        self
    }

    /// Whether to read the themes of comments clause by clause (default false): see
    /// [`Scorer::with_clause_themes`].
    pub fn clause_themes(mut self, on: bool) -> Self {
        self.clause_themes = on;
        self
    }

    /// Loads the runtime and the model files.
    pub fn build(self) -> Result<Scorer> {
        self.limits.check_threads(self.threads)?;
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
        let native = if self.native_head { NativeHead::from_onnx(&head).ok() } else { None };
        Scorer::over_onnxruntime(
            &encoder,
            &tokenizer,
            &head,
            native,
            self.runtime.as_deref(),
            self.threads,
            self.batch_size,
        )?
        .with_clause_themes(self.clause_themes)
    }
}

/// The model directory used when none is given: the `OES_MODEL_DIR` environment variable. The library looks nowhere
/// else; an application that ships the model (the `oes` command, the Python package) passes its own directory to
/// [`ScorerBuilder::model_dir`].
#[cfg(feature = "onnx")]
pub fn default_model_dir() -> Result<PathBuf> {
    match std::env::var_os("OES_MODEL_DIR").filter(|d| !d.is_empty()) {
        Some(d) => Ok(PathBuf::from(d)),
        None => Err(Error::Model(
            "no model directory: pass one to Scorer::builder().model_dir(..) or set OES_MODEL_DIR".into(),
        )),
    }
}

/// Checks `bytes` against the line for `name` in a `sha256sum`-style file.
#[cfg(feature = "onnx")]
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

/// Scores responses with the OES model. Create it once and reuse it: the runtime's optimised models and the question
/// embeddings are kept.
///
/// ```no_run
/// use oes_core::oes::Scorer;
/// # let (survey, response): (oes_core::Survey, oes_core::Response) = unimplemented!();
/// let scorer = Scorer::builder().model_dir("models").threads(2).build()?;
/// let score = scorer.score(&survey, &response)?;
/// println!("satisfaction {:.1}, recommendation {:.1}", score.satisfaction, score.recommendation);
/// # Ok::<(), oes_core::Error>(())
/// ```
///
/// With the feature `tract` (and without ONNX Runtime, in WebAssembly too), `Scorer::from_bytes_tract` gives the same
/// scorer over tract.
pub struct Scorer {
    engine: Box<dyn Engine>,
    /// The head computed in Rust; `None`: the engine runs `head.onnx`.
    head: Option<NativeHead>,
    /// What is applied on top of the head's outputs (read from `head.onnx`'s metadata; with clause themes on, its
    /// theme threshold is theirs).
    calibration: Calibration,
    /// The theme threshold of the calibration as read.
    comment_theme_threshold: f64,
    /// Themes read clause by clause ([`Scorer::with_clause_themes`]); `None`: each comment read whole.
    clause_themes: Option<ClauseThemes>,
    tokenizer: TextTokenizer,
    batch_size: usize,
    /// The texts a survey defines (question wordings, choice answers): few, so kept per scorer.
    survey_texts: Mutex<HashMap<String, Arc<SurveyText>>>,
}

/// A survey text's embedding and, with the native head, its vectors as an answer and as a question wording.
struct SurveyText {
    embedding: Vec<f32>,
    answer: Vec<f32>,
    question: Vec<f32>,
}

impl std::fmt::Debug for Scorer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Scorer")
            .field("runtime", &self.engine.name())
            .field("head", &if self.head.is_some() { "native" } else { self.engine.name() })
            .field("batch_size", &self.batch_size)
            .field("clause_themes", &self.clause_themes.is_some())
            .finish_non_exhaustive()
    }
}

impl Scorer {
    fn new(
        engine: Box<dyn Engine>,
        head: Option<NativeHead>,
        calibration: Calibration,
        tokenizer: TextTokenizer,
        batch_size: usize,
    ) -> Scorer {
        Scorer {
            engine,
            head,
            comment_theme_threshold: calibration.theme_threshold,
            calibration,
            clause_themes: None,
            tokenizer,
            batch_size: batch_size.max(1),
            survey_texts: Mutex::new(HashMap::new()),
        }
    }

    /// The calibration a head file carries, or an error naming the file.
    fn calibration_of(head: &[u8]) -> Result<Calibration> {
        calibration(head).map_err(|e| Error::Model(format!("{}: {e}", super::engine::HEAD_FILE)))
    }

    /// Options, then [`ScorerBuilder::build`].
    #[cfg(feature = "onnx")]
    pub fn builder() -> ScorerBuilder {
        ScorerBuilder::default()
    }

    /// A scorer over ONNX Runtime from the bytes of the three files (not checked against checksums).
    #[cfg(feature = "onnx")]
    pub fn from_parts(
        encoder: &[u8],
        tokenizer: &[u8],
        head: &[u8],
        runtime: Option<&Path>,
        threads: usize,
        batch_size: usize,
    ) -> Result<Scorer> {
        let native = NativeHead::from_onnx(head).ok();
        Scorer::over_onnxruntime(encoder, tokenizer, head, native, runtime, threads, batch_size)
    }

    /// ONNX Runtime runs the encoder, and the head unless `native` computes it.
    #[cfg(feature = "onnx")]
    fn over_onnxruntime(
        encoder: &[u8],
        tokenizer: &[u8],
        head: &[u8],
        native: Option<NativeHead>,
        runtime: Option<&Path>,
        threads: usize,
        batch_size: usize,
    ) -> Result<Scorer> {
        // Parsing tokenizer.json (a trie of 113k pieces) takes about as long as ONNX Runtime's session set-up: both at
        // once halve the cold start on two cores.
        let calibration = Scorer::calibration_of(head)?;
        std::thread::scope(|s| {
            let tokenizer = s.spawn(|| TextTokenizer::from_bytes(tokenizer));
            let head = if native.is_some() { None } else { Some(head) };
            let engine = super::engine::onnxruntime::OrtEngine::new(encoder, head, runtime, threads);
            let tokenizer = tokenizer.join().map_err(|_| Error::Model("loading tokenizer.json failed".into()))??;
            Ok(Scorer::new(Box::new(engine?), native, calibration, tokenizer, batch_size))
        })
    }

    /// A scorer over tract, a pure-Rust runtime, from the bytes of `encoder.onnx`, `tokenizer.json` and `head.onnx`
    /// (not checked against checksums), with the default batch size (32 texts per encoder run).
    ///
    /// Both models are parsed and optimised here, once (about a second); every later call reuses them. Single-threaded:
    /// this is the scorer for WebAssembly and for programs that cannot load ONNX Runtime.
    ///
    /// ```no_run
    /// use oes_core::oes::Scorer;
    /// # let (survey, response): (oes_core::Survey, oes_core::Response) = unimplemented!();
    /// let read = |name: &str| std::fs::read(format!("models/{name}"));
    /// let scorer = Scorer::from_bytes_tract(&read("encoder.onnx")?, &read("tokenizer.json")?, &read("head.onnx")?)?;
    /// let score = scorer.score(&survey, &response)?;
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[cfg(feature = "tract")]
    pub fn from_bytes_tract(encoder: &[u8], tokenizer: &[u8], head: &[u8]) -> Result<Scorer> {
        let native = NativeHead::from_onnx(head).ok();
        let calibration = Scorer::calibration_of(head)?;
        let engine = super::engine::tract::TractEngine::new(encoder, if native.is_some() { None } else { Some(head) })?;
        Ok(Scorer::new(
            Box::new(engine),
            native,
            calibration,
            TextTokenizer::from_bytes(tokenizer)?,
            DEFAULT_BATCH_SIZE,
        ))
    }

    /// The same scorer reading the themes of comments clause by clause (`on`), or each comment whole (the default).
    ///
    /// A comment is then also cut into clauses (at `. ! ? ; ,` followed by a space, and at line breaks; pieces of two
    /// words or more, at most eight: `models/head/clauses.py` has the rule), each embedded apart, and a theme's
    /// probability is the mean of the whole comment's and the highest clause's, reported from the threshold the
    /// model's calibration fitted for this reading, and its polarity that clause's. On the calibration split's
    /// held-out comments it finds more of the themes a comment names at the same precision (`models/README.md`), at
    /// the cost of up to about twice the encoder's work for comments of several clauses. The scores, confidences and
    /// answer effects do not change.
    ///
    /// # Errors
    ///
    /// [`Error::Model`] when `on` and the head file carries no fit for this reading (it predates it).
    pub fn with_clause_themes(mut self, on: bool) -> Result<Scorer> {
        self.clause_themes = match (on, self.calibration.clause_themes) {
            (false, _) => None,
            (true, Some(c)) => Some(c),
            (true, None) => {
                return Err(Error::Model(format!(
                    "{} has no threshold for themes read clause by clause (it was made before oes read them so)",
                    super::engine::HEAD_FILE
                )))
            }
        };
        self.calibration.theme_threshold = self.clause_themes.map_or(self.comment_theme_threshold, |c| c.threshold);
        Ok(self)
    }

    /// Whether the themes of comments are read clause by clause ([`Scorer::with_clause_themes`]).
    pub fn clause_themes(&self) -> bool {
        self.clause_themes.is_some()
    }

    /// Per text, the theme probabilities and polarities of its clauses (each theme's highest probability and the
    /// polarity of the clause that gives it, [`THEME_OUTPUTS`] values), or `None` when it is read whole (or clause
    /// themes are off).
    fn clause_themes_of(&self, texts: &[&str]) -> Result<Vec<Option<[f32; THEME_OUTPUTS]>>> {
        let Some(c) = self.clause_themes else { return Ok(vec![None; texts.len()]) };
        let cut: Vec<Vec<&str>> =
            texts.iter().map(|t| super::clauses::clauses(t, c.max_clauses, c.min_words)).collect();
        let mut all: Vec<&str> = cut.iter().flatten().copied().collect();
        all.sort_unstable();
        all.dedup();
        let outputs = self.theme_outputs(&self.embed(&all)?)?;
        Ok(cut
            .iter()
            .map(|clauses| {
                let found: Vec<&[f32; THEME_OUTPUTS]> =
                    clauses.iter().filter_map(|c| all.binary_search(c).ok().map(|i| &outputs[i])).collect();
                super::clauses::strongest(&found)
            })
            .collect())
    }

    /// The theme probabilities, then the polarities, the head gives answer texts of these embeddings (they read the
    /// embedding alone).
    fn theme_outputs(&self, embeddings: &[Vec<f32>]) -> Result<Vec<[f32; THEME_OUTPUTS]>> {
        if let Some(h) = &self.head {
            return Ok(embeddings.iter().map(|e| h.theme_outputs(e)).collect());
        }
        let t = THEMES.len();
        let mut out = Vec::with_capacity(embeddings.len());
        for chunk in embeddings.chunks(self.batch_size) {
            // each text a response of one row whose features are its embedding alone
            let mut features = vec![0f32; chunk.len() * FEATURES];
            for (row, e) in features.chunks_exact_mut(FEATURES).zip(chunk) {
                row[SCALARS..SCALARS + EMBEDDING].copy_from_slice(e);
            }
            let run = self.engine.head(&features, &vec![1.0; chunk.len()], chunk.len(), 1)?;
            out.extend(run.themes.chunks_exact(t).zip(run.polarity.chunks_exact(t)).map(|(p, q)| {
                let mut o = [0f32; THEME_OUTPUTS];
                o[..t].copy_from_slice(p);
                o[t..].copy_from_slice(q);
                o
            }));
        }
        Ok(out)
    }

    /// Sentence embeddings (384 values each, L2-normalised) of texts, in length-bucketed batches.
    pub fn embed(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>> {
        let encoded = self.tokenizer.encode(texts)?;
        let mut out = vec![Vec::new(); texts.len()];
        for batch in batches(&encoded, self.tokenizer.pad_id(), self.batch_size, self.batch_size * 64) {
            let values = self.engine.encode(&batch)?;
            for (&i, embedding) in batch.indices.iter().zip(values.chunks_exact(EMBEDDING)) {
                out[i] = embedding.to_vec();
            }
        }
        Ok(out)
    }

    /// The OES of one response.
    pub fn score(&self, survey: &Survey, response: &Response) -> Result<OesScore> {
        Ok(self.score_batch(survey, std::slice::from_ref(response))?.remove(0))
    }

    /// The OES of many responses, in their order (texts are batched across responses).
    ///
    /// The encoder quantises weights only (its activations are float32), so a text's embedding depends on the other
    /// texts of its batch by float rounding at most, and so does a score: how responses are split into calls moves
    /// the results by that much (ONNX Runtime's kernels may sum in another order for another padded length; seen: a
    /// score moved by 7.8e-8 on a 2-core AMD EPYC machine, none on Intel machines with AVX-512).
    pub fn score_batch(&self, survey: &Survey, responses: &[Response]) -> Result<Vec<OesScore>> {
        if let Some(r) = responses.iter().find(|r| r.survey_fingerprint() != survey.fingerprint()) {
            return Err(Error::Incompatible(format!(
                "response {:?} was read with another survey than {:?}",
                r.id(),
                survey.id()
            )));
        }
        if responses.is_empty() {
            return Ok(Vec::new());
        }
        let all_rows: Vec<Vec<Row>> = responses.iter().map(|r| rows(survey, r)).collect();
        let row_hashes: Vec<Vec<u64>> = all_rows.iter().map(|rs| rs.iter().map(row_hash).collect()).collect();
        // A choice answer's text ("question: option") comes from the survey, like the question wording.
        let from_survey = |row: &Row| {
            row.question.is_some_and(|q| {
                matches!(survey.questions()[q].kind, QuestionKind::SingleChoice | QuestionKind::MultiChoice)
            })
        };

        // Texts the survey defines: embedded once per scorer. The lock is held only to look them up (and to embed
        // the ones a scorer has not seen yet), so calls from several threads overlap.
        let mut wanted: Vec<&str> = all_rows
            .iter()
            .flatten()
            .flat_map(|r| [r.question_text.as_deref(), r.answer_text.as_deref().filter(|_| from_survey(r))])
            .flatten()
            .collect();
        wanted.sort_unstable();
        wanted.dedup();
        let cache: HashMap<&str, Arc<SurveyText>> = {
            let mut all = self.survey_texts.lock().map_err(|_| Error::Model("the cache is poisoned".into()))?;
            let missing: Vec<&str> = wanted.iter().copied().filter(|t| !all.contains_key(*t)).collect();
            if !missing.is_empty() {
                for (text, embedding) in missing.iter().zip(self.embed(&missing)?) {
                    let (answer, question) = match &self.head {
                        Some(h) => (h.answer_text(&embedding), h.question_text(&embedding)),
                        None => (Vec::new(), Vec::new()),
                    };
                    all.insert((*text).to_owned(), Arc::new(SurveyText { embedding, answer, question }));
                }
            }
            wanted.iter().filter_map(|&t| Some((t, Arc::clone(all.get(t)?)))).collect()
        };

        // Responses with the same rows get the same scores: the head runs once per distinct response (kiosks and
        // flash polls repeat the same few answer patterns).
        let mut slot = Vec::with_capacity(responses.len());
        let mut distinct: Vec<usize> = Vec::new();
        let mut by_hash: HashMap<u64, Vec<usize>> = HashMap::new();
        for (b, rs) in all_rows.iter().enumerate() {
            let candidates = by_hash.entry(hash_of(&row_hashes[b])).or_default();
            match candidates.iter().find(|&&u| all_rows[distinct[u]] == *rs) {
                Some(&u) => slot.push(u),
                None => {
                    candidates.push(distinct.len());
                    slot.push(distinct.len());
                    distinct.push(b);
                }
            }
        }

        // Comments of the distinct responses, each distinct text once.
        let mut index: HashMap<&str, usize> = HashMap::new();
        let mut texts: Vec<&str> = Vec::new();
        for row in distinct.iter().flat_map(|&b| &all_rows[b]).filter(|r| !from_survey(r)) {
            if let Some(t) = row.answer_text.as_deref() {
                index.entry(t).or_insert_with(|| {
                    texts.push(t);
                    texts.len() - 1
                });
            }
        }
        let mut embeddings = self.embed(&texts)?;
        let by_clause = self.clause_themes_of(&texts)?;
        // What the score calibration reads of each comment, from its embedding (before the native head projects it).
        let readouts: Vec<[f64; 4]> = embeddings.iter().map(|e| self.calibration.comment_readout(e)).collect();
        if let Some(x) = readouts.iter().flatten().find(|x| !x.is_finite()) {
            return Err(Error::Model(format!(
                "the model's calibration gave a non-finite comment readout ({x}): the head file is damaged or was \
                 not made for this version of oes"
            )));
        }
        if let Some(h) = &self.head {
            for e in &mut embeddings {
                *e = h.answer_text(e);
            }
        }
        // A row's answer-text vector and question vector: embeddings, or with the native head the texts' projections.
        let answer = |row: &Row| -> Option<&[f32]> {
            row.answer_text.as_deref().and_then(|t| {
                if from_survey(row) {
                    cache.get(t).map(|v| if self.head.is_some() { &v.answer[..] } else { &v.embedding[..] })
                } else {
                    Some(embeddings[index[t]].as_slice())
                }
            })
        };
        let question = |row: &Row| -> Option<&[f32]> {
            let v = cache.get(row.question_text.as_deref()?)?;
            Some(if self.head.is_some() { &v.question[..] } else { &v.embedding[..] })
        };

        let width = distinct.iter().map(|&b| all_rows[b].len()).max().unwrap_or(0).max(1);
        let distinct_rows: Vec<&[Row]> = distinct.iter().map(|&b| all_rows[b].as_slice()).collect();
        let mut out = match &self.head {
            Some(h) => {
                let hashes: Vec<&[u64]> = distinct.iter().map(|&b| row_hashes[b].as_slice()).collect();
                native_head(h, &distinct_rows, &hashes, width, answer, question)
            }
            None => {
                let batch = distinct.len();
                let mut features = vec![0f32; batch * width * FEATURES];
                let mut mask = vec![0f32; batch * width];
                for (u, rows) in distinct_rows.iter().enumerate() {
                    for (a, row) in rows.iter().enumerate() {
                        let at = (u * width + a) * FEATURES;
                        write_row(row, answer(row), question(row), &mut features[at..at + FEATURES]);
                        mask[u * width + a] = 1.0;
                    }
                }
                let mut out = self.engine.head(&features, &mask, batch, width)?;
                let rows: Vec<usize> = distinct_rows.iter().map(|r| r.len()).collect();
                out.without = engine_without(self.engine.as_ref(), &features, &mask, &rows, width)?;
                out
            }
        };
        let t = THEMES.len();
        if self.clause_themes.is_some() {
            for (u, rows) in distinct_rows.iter().enumerate() {
                for (a, row) in rows.iter().enumerate() {
                    let clauses = match row.answer_text.as_deref() {
                        Some(text) if !from_survey(row) => by_clause[index[text]].as_ref(),
                        _ => None,
                    };
                    if let Some(clauses) = clauses {
                        let at = (u * width + a) * t;
                        super::clauses::combine(&mut out.themes[at..at + t], &mut out.polarity[at..at + t], clauses);
                    }
                }
            }
        }
        // Each distinct response is decoded once (`distinct[u]` is its first response); the others with the same rows
        // get a copy under their own id.
        let mut scores: Vec<OesScore> = Vec::with_capacity(responses.len());
        for (b, ((response, rs), u)) in responses.iter().zip(&all_rows).zip(slot).enumerate() {
            if distinct[u] != b {
                let score = OesScore { id: response.id().to_owned(), ..scores[distinct[u]].clone() };
                scores.push(score);
                continue;
            }
            let n = rs.len();
            // the comment readout of each row (a comment's text is never one the survey defines)
            let readout: Vec<f64> = rs
                .iter()
                .flat_map(|row| match row.answer_text.as_deref() {
                    Some(t) if !from_survey(row) => readouts[index[t]],
                    _ => [0.0; 4],
                })
                .collect();
            let output = HeadOutput {
                logits: &out.logits[u * 4..u * 4 + 4],
                confidence: &out.confidence[u * 4..u * 4 + 4],
                without: &out.without[u * width * 4..(u * width + n) * 4],
                themes: &out.themes[u * width * t..(u * width + n) * t],
                polarity: &out.polarity[u * width * t..(u * width + n) * t],
                readout: &readout,
            };
            // A damaged or foreign head file can give NaN or infinity: an error, never a `null` score.
            let parts = [
                ("score", output.logits),
                ("confidence", output.confidence),
                ("answer effect", output.without),
                ("theme", output.themes),
                ("theme polarity", output.polarity),
            ];
            for (what, values) in parts {
                if let Some(x) = values.iter().find(|x| !x.is_finite()) {
                    return Err(Error::Model(format!(
                        "the model gave a non-finite {what} ({x}) for response {:?}: the model files are \
                         damaged or were not made for this version of oes",
                        response.id()
                    )));
                }
            }
            scores.push(decode(survey, response.id(), rs, output, &self.calibration));
        }
        Ok(scores)
    }
}

/// The logits of each response without each of its rows (`[batch, width, 4]`), from runs of the engine
/// on copies of the responses with that row masked out: a masked row is padding, and padding does not change a
/// response's outputs (`docs/oes-model.md`). The copies run in chunks of at most as many responses as the batch has,
/// so memory stays that of the batch.
fn engine_without(
    engine: &dyn Engine,
    features: &[f32],
    mask: &[f32],
    rows: &[usize],
    width: usize,
) -> Result<Vec<f32>> {
    let batch = rows.len();
    let mut without = vec![0f32; batch * width * 4];
    let copies: Vec<(usize, usize)> = rows.iter().enumerate().flat_map(|(u, &n)| (0..n).map(move |a| (u, a))).collect();
    for chunk in copies.chunks(batch.max(1)) {
        let mut f = Vec::with_capacity(chunk.len() * width * FEATURES);
        let mut m = Vec::with_capacity(chunk.len() * width);
        for &(u, a) in chunk {
            f.extend_from_slice(&features[u * width * FEATURES..(u + 1) * width * FEATURES]);
            m.extend_from_slice(&mask[u * width..(u + 1) * width]);
            let at = m.len() - width + a;
            m[at] = 0.0;
        }
        let out = engine.head(&f, &m, chunk.len(), width)?;
        for (c, &(u, a)) in chunk.iter().enumerate() {
            let at = (u * width + a) * 4;
            without[at..at + 4].copy_from_slice(&out.logits[c * 4..c * 4 + 4]);
        }
    }
    Ok(without)
}

/// A hash of one row (equal rows, equal hash; `f32`s by their bits).
fn row_hash(row: &Row) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    row.question.hash(&mut h);
    for x in row.scalars {
        x.to_bits().hash(&mut h);
    }
    row.answer_text.hash(&mut h);
    row.question_text.hash(&mut h);
    h.finish()
}

/// A hash of a response's row hashes.
fn hash_of(row_hashes: &[u64]) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    row_hashes.hash(&mut h);
    h.finish()
}

/// The head's outputs for responses' rows (with their [`row_hash`]es), computed in Rust: each distinct row once, then
/// each response's softmax over its rows. Same layout as the engine's (`width` rows per response).
fn native_head<'a>(
    head: &'a NativeHead,
    responses: &[&'a [Row]],
    hashes: &[&[u64]],
    width: usize,
    answer: impl Fn(&Row) -> Option<&'a [f32]>,
    question: impl Fn(&Row) -> Option<&'a [f32]>,
) -> HeadOutputs {
    let t = THEMES.len();
    let batch = responses.len();
    let mut out = HeadOutputs {
        logits: vec![0.0; batch * 4],
        confidence: vec![0.0; batch * 4],
        themes: vec![0.0; batch * width * t],
        polarity: vec![0.0; batch * width * t],
        without: vec![0.0; batch * width * 4],
    };
    // Each distinct row: the row, its terms, its themes and polarities.
    let mut computed: Vec<(&Row, RowTerms, &[f32])> = Vec::new();
    let mut by_hash: HashMap<u64, Vec<usize>> = HashMap::new();
    let mut ids = Vec::with_capacity(width);
    for (u, (rows, hashes)) in responses.iter().zip(hashes).enumerate() {
        ids.clear();
        for (row, &hash) in rows.iter().zip(hashes.iter()) {
            let candidates = by_hash.entry(hash).or_default();
            let id = match candidates.iter().find(|&&i| computed[i].0 == row) {
                Some(&i) => i,
                None => {
                    candidates.push(computed.len());
                    let answer = answer(row);
                    computed.push((row, head.row(&row.scalars, answer, question(row)), head.row_themes(answer)));
                    computed.len() - 1
                }
            };
            ids.push(id);
        }
        let parts: Vec<(&RowTerms, &[f32; SCALARS])> =
            ids.iter().zip(rows.iter()).map(|(&i, row)| (&computed[i].1, &row.scalars)).collect();
        let at = u * width * 4..(u * width + rows.len()) * 4;
        let (logits, confidence) = head.combine(&parts, &mut out.without[at]);
        out.logits[u * 4..u * 4 + 4].copy_from_slice(&logits);
        out.confidence[u * 4..u * 4 + 4].copy_from_slice(&confidence);
        for (a, &i) in ids.iter().enumerate() {
            let themes = computed[i].2;
            let at = (u * width + a) * t;
            out.themes[at..at + t].copy_from_slice(&themes[..t]);
            out.polarity[at..at + t].copy_from_slice(&themes[t..]);
        }
    }
    out
}
