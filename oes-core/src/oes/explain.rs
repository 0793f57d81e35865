//! Turns the head's raw outputs for one response into scores, confidences and reasons, through the calibration
//! stored with the head.

use super::features::{Row, EMBEDDING};
use super::{AnswerEffect, OesScore, PerPerspective, Reasons, ThemeMention, EMPLOYEE_THEMES, THEMES};
use crate::survey::{Audience, Survey};

/// Effects smaller than this many points are left out of the reasons.
pub const MIN_EFFECT: f64 = 0.05;
/// Themes less probable than this are left out when the head file has no calibration.
pub const MIN_THEME_PROBABILITY: f64 = 0.5;
/// The metadata entry of `head.onnx` that holds its calibration (JSON, written by `models/head/calibrate.py`).
pub const CALIBRATION_KEY: &str = "oes.calibration";
/// The facts the confidence calibration reads, in the order of its coefficients (after the intercept). Versions 1-3
/// read the first [`CONFIDENCE_FEATURES_V3`] of them, version 4 the first [`CONFIDENCE_FEATURES_V4`], version 5 all.
pub const CONFIDENCE_FEATURES: [&str; 12] = [
    "logit_confidence",
    "asked",
    "log_answers",
    "comment",
    "extremity",
    "disagreement",
    "any_valued",
    "answer_effect",
    "text_vs_answer",
    "score_spread",
    "asked_perspectives",
    "log_comment_length",
];
/// How many of [`CONFIDENCE_FEATURES`] the confidence calibration of versions 1-3 reads.
pub const CONFIDENCE_FEATURES_V3: usize = 6;
/// How many of [`CONFIDENCE_FEATURES`] the confidence calibration of version 4 reads.
pub const CONFIDENCE_FEATURES_V4: usize = 9;

/// The facts the score calibration reads, in the order of its coefficients (after the intercept): the head's logit,
/// whether a valued answer of the perspective was given, the logit of the mean of those answers' values, the mean of
/// the head's three other logits, whether any valued answer was given, where no valued answer of the perspective
/// was given the logit of the mean of all valued answers' values, whether the response has a comment, and the
/// comment readout of the perspective averaged over the response's comments, and, where no valued answer of the
/// perspective was given, the logit of the mean of the valued answers of each perspective (satisfaction,
/// recommendation, ease, loyalty; 0 for one without, and so always 0 for the perspective's own). Versions 2-4 read
/// the first [`SCORE_FEATURES_V4`] of them, version 5 the first [`SCORE_FEATURES_V5`], version 6 the first
/// [`SCORE_FEATURES_V6`], version 7 all.
pub const SCORE_FEATURES: [&str; 12] = [
    "logit",
    "asked",
    "answer_logit",
    "other_logits",
    "any_valued",
    "answers_logit_unasked",
    "comment",
    "comment_readout",
    "satisfaction_answer_logit_unasked",
    "recommendation_answer_logit_unasked",
    "ease_answer_logit_unasked",
    "loyalty_answer_logit_unasked",
];
/// How many of [`SCORE_FEATURES`] the score calibration of versions 2-4 reads.
pub const SCORE_FEATURES_V4: usize = 3;
/// How many of [`SCORE_FEATURES`] the score calibration of version 5 reads.
pub const SCORE_FEATURES_V5: usize = 6;
/// How many of [`SCORE_FEATURES`] the score calibration of version 6 reads.
pub const SCORE_FEATURES_V6: usize = 8;
/// Where in a row of score coefficients (`w[0]` the intercept, `w[i + 1]` that of feature `i`) a coefficient must not
/// be negative: the head's logit, the answers' logit, the other logits, all answers' logit, the comment readout and
/// each perspective's answers' logit. A negative one would let a higher answer, or a comment that reads better,
/// lower a score.
const SCORE_NONNEGATIVE: [usize; 9] = [1, 3, 4, 6, 8, 9, 10, 11, 12];
/// The facts the polarity calibration (version 3) reads, in the order of its slopes: the head's polarity of the theme
/// as a logit (`atanh`, the polarity clamped to `±`[`POLARITY_CLAMP`] first) and the mean of the head's four logits of
/// the response.
pub const POLARITY_FEATURES: [&str; 2] = ["polarity_logit", "mean_logit"];
/// Polarities are clamped to `[-POLARITY_CLAMP, POLARITY_CLAMP]` before their `atanh` in version 3.
pub const POLARITY_CLAMP: f64 = 1.0 - 1e-6;
/// No number of a calibration is larger than this in magnitude (the committed one's are below 100): with finite head
/// outputs every score, confidence and polarity is then finite, however the numbers combine.
pub const MAX_CALIBRATION_VALUE: f64 = 1e6;
/// The calibration versions this oes reads: 1 (no score calibration), 2, 3 (a polarity calibration), 4 (more
/// facts for the confidence), 5 (more facts for the scores and the confidence), 6 (the comment readout), 7 (each
/// perspective's answers read where a perspective was not asked) and 8 (the comment readout may be a
/// [kernel readout](KernelReadout)).
pub const CALIBRATION_VERSIONS: [u64; 8] = [1, 2, 3, 4, 5, 6, 7, 8];
/// A kernel readout has at most this many support embeddings (the committed one has one per comment-bearing response
/// of the calibration split), so that reading one comment costs a bounded number of operations.
pub const MAX_KERNEL_SUPPORT: usize = 1 << 16;

/// Per perspective `p`, the reported score is `10 σ(a + b z + d asked + c asked logit(m) + e zo + f any + g (1 -
/// asked) any logit(m_all) + h comment + k r + (1 - asked) Σ_q v_q asked_q logit(m_q))`: `z` the head's logit,
/// `asked` 1 when a valued answer of that perspective was given, `m` the mean of those answers' values (0-1, as in
/// the features), `zo` the mean of the head's three other logits, `any` 1 when any valued answer was given, `m_all`
/// the mean of all valued answers' values, `comment` 1 when the response has a comment (a text question answered),
/// `r` the [comment readout](ScoreCalibration::comment_readout) of that perspective averaged over the response's
/// comments, and `asked_q`, `m_q` the same as `asked`, `m` for each perspective `q` (for `q = p` the term is 0);
/// means clamped to `[answer_clamp, 1 - answer_clamp]` before their logit. Versions 2-4 have `e = f = g = h = k = v =
/// 0`, version 5 `h = k = v = 0`, version 6 `v = 0`. `b`, `c`, `e`, `g`, `k` and `v` are not negative (checked when
/// read), so raising an answer's value never lowers a score (no logit of the head falls, and no mean), and neither
/// does a comment that reads better; a response without rows gets `10 σ(a + b z + e zo)`.
#[derive(Debug, Clone, PartialEq)]
pub struct ScoreCalibration {
    /// Answer means are clamped to `[answer_clamp, 1 - answer_clamp]` before their logit (`0 < answer_clamp < 0.5`).
    pub answer_clamp: f64,
    /// Per perspective `[a, b, d, c, e, f, g, h, k, v_sat, v_rec, v_ease, v_loy]`: the intercept, then one
    /// coefficient per [`SCORE_FEATURES`] (those versions 2-6 do not read are 0).
    pub coefficients: [[f64; 1 + SCORE_FEATURES.len()]; 4],
    /// Version 6: per perspective, the readout of one comment from the encoder's embedding of its text. `None`:
    /// every comment's readout is 0.
    pub comment_readout: Option<CommentReadout>,
}

/// What a score calibration reads of one comment, per perspective, from the encoder's embedding `e` of its text.
#[derive(Debug, Clone, PartialEq)]
pub enum CommentReadout {
    /// Version 6: `u . e + c`, 384 slopes `u`, then the intercept `c`.
    Linear(Box<[[f64; EMBEDDING + 1]; 4]>),
    /// Version 8: a kernel ridge regression over the labelled comments' embeddings.
    Kernel(KernelReadout),
}

/// Version 8's comment readout: `c + Σ_i α_i exp(-γ |e - s_i|²)` per perspective, over support embeddings `s_i`
/// stored as int8 with one scale (`s_i = q_i scale`); far from every support embedding it is `c`.
#[derive(Debug, Clone, PartialEq)]
pub struct KernelReadout {
    /// `γ`, above 0.
    pub gamma: f64,
    /// `scale`, above 0.
    pub support_scale: f64,
    /// Row-major `[n, 384]`: the `q_i`.
    pub support: Vec<i8>,
    /// `|s_i|²` of each support embedding.
    norms: Vec<f64>,
    /// `α_i`, per support embedding and perspective.
    pub alpha: Vec<[f64; 4]>,
    /// `c`, per perspective.
    pub intercept: [f64; 4],
}

impl KernelReadout {
    /// The readout of a comment whose text's embedding is `embedding` (384 values). `|e - s|²` is computed as
    /// `|e|² + |s|² - 2 e . s` (at least 0), as `calibrate.py` does.
    pub fn read(&self, embedding: &[f32]) -> [f64; 4] {
        let e: Vec<f64> = embedding.iter().map(|&x| f64::from(x)).collect();
        let e2: f64 = e.iter().map(|x| x * x).sum();
        let mut out = self.intercept;
        for ((q, &s2), a) in self.support.chunks_exact(EMBEDDING).zip(&self.norms).zip(&self.alpha) {
            // eight running sums, so that the compiler can keep them in vector registers
            let mut acc = [0.0f64; 8];
            for (e8, q8) in e.chunks_exact(8).zip(q.chunks_exact(8)) {
                for k in 0..8 {
                    acc[k] += e8[k] * f64::from(q8[k]);
                }
            }
            let dot = self.support_scale * acc.iter().sum::<f64>();
            let k = (-self.gamma * (e2 + s2 - 2.0 * dot).max(0.0)).exp();
            for (o, a) in out.iter_mut().zip(a) {
                *o += a * k;
            }
        }
        out
    }
}

/// Per perspective, how many valued answers of that perspective a response has and the sum of their values; the
/// same over all its valued answers; and how many comments it has, with the sum of their readouts per perspective.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct AnswerFacts {
    count: [u32; 4],
    sum: [f64; 4],
    valued: u32,
    valued_sum: f64,
    comments: u32,
    readout: [f64; 4],
}

/// Whether `row` is a comment: a text question answered with text.
fn is_comment(row: &Row) -> bool {
    row.scalars[8] == 1.0 && row.answer_text.is_some()
}

impl AnswerFacts {
    /// Whether `row` is a valued answer of perspective `p`.
    fn counts(row: &Row, p: usize) -> bool {
        row.scalars[15] == 1.0 && row.scalars[10 + p] == 1.0
    }

    /// The facts of a response with these rows, whose comment readouts are `readout` (row-major `[rows, 4]`; only
    /// the comments' are read).
    fn of(rows: &[Row], readout: &[f64]) -> AnswerFacts {
        let mut facts = AnswerFacts::default();
        for (r, row) in rows.iter().enumerate() {
            if row.scalars[15] == 1.0 {
                facts.valued += 1;
                facts.valued_sum += row.scalars[16] as f64;
            }
            for p in 0..4 {
                if AnswerFacts::counts(row, p) {
                    facts.count[p] += 1;
                    facts.sum[p] += row.scalars[16] as f64;
                }
            }
            if is_comment(row) {
                facts.comments += 1;
                for (sum, x) in facts.readout.iter_mut().zip(&readout[r * 4..r * 4 + 4]) {
                    *sum += x;
                }
            }
        }
        facts
    }

    /// The facts of the same response without `row` (one of its rows, whose comment readout is `readout`).
    fn without(mut self, row: &Row, readout: &[f64]) -> AnswerFacts {
        if row.scalars[15] == 1.0 {
            self.valued -= 1;
            self.valued_sum = if self.valued == 0 { 0.0 } else { self.valued_sum - row.scalars[16] as f64 };
        }
        for p in 0..4 {
            if AnswerFacts::counts(row, p) {
                self.count[p] -= 1;
                self.sum[p] = if self.count[p] == 0 { 0.0 } else { self.sum[p] - row.scalars[16] as f64 };
            }
        }
        if is_comment(row) {
            self.comments -= 1;
            for (sum, r) in self.readout.iter_mut().zip(readout) {
                *sum = if self.comments == 0 { 0.0 } else { *sum - r };
            }
        }
        self
    }
}

impl ScoreCalibration {
    /// The reported scores of a response with these facts from the head's logits.
    fn scores(&self, logits: [f64; 4], facts: &AnswerFacts) -> [f64; 4] {
        // `max` before `min`: a NaN mean (never from a response oes read) becomes the clamp, not NaN
        let logit = |sum: f64, n: u32| {
            let m = (sum / f64::from(n)).max(self.answer_clamp).min(1.0 - self.answer_clamp);
            libm::log(m / (1.0 - m))
        };
        let total: f64 = logits.iter().sum();
        [0, 1, 2, 3].map(|p| {
            let w = &self.coefficients[p];
            let mut z = w[0] + w[1] * logits[p];
            z += w[4] * (total - logits[p]) / 3.0;
            if facts.count[p] > 0 {
                z += w[2] + w[3] * logit(facts.sum[p], facts.count[p]);
            }
            if facts.valued > 0 {
                z += w[5];
                if facts.count[p] == 0 {
                    z += w[6] * logit(facts.valued_sum, facts.valued);
                    for q in (0..4).filter(|&q| facts.count[q] > 0) {
                        z += w[9 + q] * logit(facts.sum[q], facts.count[q]);
                    }
                }
            }
            if facts.comments > 0 {
                z += w[7] + w[8] * facts.readout[p] / f64::from(facts.comments);
            }
            10.0 * sigmoid(z)
        })
    }

    /// Per perspective, the readout of a comment whose text's embedding is `embedding` (0 without a readout).
    pub fn comment_readout(&self, embedding: &[f32]) -> [f64; 4] {
        match &self.comment_readout {
            Some(CommentReadout::Linear(u)) => [0, 1, 2, 3].map(|p| {
                let w = &u[p];
                w[EMBEDDING] + w[..EMBEDDING].iter().zip(embedding).map(|(w, &e)| w * f64::from(e)).sum::<f64>()
            }),
            Some(CommentReadout::Kernel(k)) => k.read(embedding),
            None => [0.0; 4],
        }
    }
}

/// What oes applies on top of the head's outputs, fitted on a hand-labelled calibration split
/// (`models/head/calibrate.py`, `models/data/calibration.jsonl`) and stored in `head.onnx`'s metadata. Without one
/// ([`Calibration::default`]) the head's outputs are reported as they are, themes from probability 0.5.
#[derive(Debug, Clone, PartialEq)]
pub struct Calibration {
    /// A theme is reported from this probability.
    pub theme_threshold: f64,
    /// Per theme, the reported polarity is `tanh(atanh(polarity) - offset)` (versions 1 and 2), or with
    /// [`Calibration::polarity_slopes`] `tanh(a atanh(polarity) + c mean_logit - offset)`.
    pub polarity_offsets: [f64; THEMES.len()],
    /// Version 3: the slopes `[a, c]` of [`POLARITY_FEATURES`]; `None`: `[1, 0]` without the clamp (versions 1 and 2).
    pub polarity_slopes: Option<[f64; POLARITY_FEATURES.len()]>,
    /// Per perspective, an intercept and one slope per [`CONFIDENCE_FEATURES`] (those versions 1-4 do not read are
    /// 0): the reported confidence is the logistic function of their sum; `None`: the head's own confidence.
    pub confidence: Option<[[f64; 1 + CONFIDENCE_FEATURES.len()]; 4]>,
    /// The scores' calibration (version 2); `None`: `10 σ(z)`, the head's logit `z`.
    pub score: Option<ScoreCalibration>,
    /// How themes are read clause by clause when a scorer is asked to ([`super::Scorer::with_clause_themes`]);
    /// `None`: the head file has no such fit.
    pub clause_themes: Option<ClauseThemes>,
}

/// Themes read clause by clause (`oes-core/src/oes/clauses.rs`): the threshold fitted for that reading and the cut's
/// two numbers, as `calibrate.py` stores them (`"clause_themes": {"threshold", "max_clauses", "min_words"}`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ClauseThemes {
    /// A theme is reported from this probability (the mean of the whole comment's and the highest clause's).
    pub threshold: f64,
    /// At most this many clauses of a comment are read (the first ones).
    pub max_clauses: usize,
    /// A piece of fewer words is not read as a clause.
    pub min_words: usize,
}

/// The most clauses a calibration may ask to read per comment.
const MAX_CLAUSES: u64 = 64;
/// The most words a calibration may require of a clause.
const MAX_MIN_WORDS: u64 = 16;

impl ClauseThemes {
    fn from_json(v: &serde_json::Value) -> Result<Option<ClauseThemes>, String> {
        match v {
            serde_json::Value::Null => return Ok(None),
            serde_json::Value::Object(_) => {}
            _ => return Err("calibration: clause_themes must be an object or null".into()),
        }
        let threshold = v["threshold"].as_f64().filter(|t| (0.0..=1.0).contains(t));
        let threshold = threshold.ok_or("calibration: clause_themes threshold must be a number between 0 and 1")?;
        let count = |key: &str, range: std::ops::RangeInclusive<u64>| {
            v[key].as_u64().filter(|n| range.contains(n)).map(|n| n as usize).ok_or(format!(
                "calibration: clause_themes {key} must be a whole number from {} to {}",
                range.start(),
                range.end()
            ))
        };
        let max_clauses = count("max_clauses", 2..=MAX_CLAUSES)?;
        let min_words = count("min_words", 1..=MAX_MIN_WORDS)?;
        Ok(Some(ClauseThemes { threshold, max_clauses, min_words }))
    }
}

impl Default for Calibration {
    fn default() -> Self {
        Calibration {
            theme_threshold: MIN_THEME_PROBABILITY,
            polarity_offsets: [0.0; THEMES.len()],
            polarity_slopes: None,
            confidence: None,
            score: None,
            clause_themes: None,
        }
    }
}

impl Calibration {
    /// Reads the JSON of `calibrate.py` (`{"version": 2, "theme_threshold", "polarity_offsets": [14],
    /// "confidence": {"features": [...], "coefficients": [[7] x 4]}, "score": null or {"features": [...],
    /// "answer_clamp", "coefficients": [[4] x 4]}}`; version 1 has no `score` and calibrates no score; version 3 adds
    /// `"polarity": {"features": [...], "slopes": [2]}`; version 4 reads the first [`CONFIDENCE_FEATURES_V4`]
    /// confidence features, `[[10] x 4]` confidence coefficients; version 5 reads all [`CONFIDENCE_FEATURES`] and the
    /// first [`SCORE_FEATURES_V5`] score features, `[[13] x 4]` confidence and `[[7] x 4]` score coefficients;
    /// version 6 the first [`SCORE_FEATURES_V6`], `[[9] x 4]` score coefficients, and the score may have
    /// `"comment_readout": {"coefficients": [[385] x 4]}`; version 7 all [`SCORE_FEATURES`], `[[13] x 4]`; version 8
    /// as 7, and the comment readout may be `{"kind": "kernel", "gamma", "support_rows": n, "support_scale",
    /// "support": 768 n hexadecimal digits (int8, two's complement, row-major), "alpha": [[4] x n], "intercept": [4]}`,
    /// [`KernelReadout`]); any version may have `"clause_themes"` ([`ClauseThemes`]); an error says what is wrong.
    pub fn from_json(json: &str) -> Result<Calibration, String> {
        let v: serde_json::Value = serde_json::from_str(json).map_err(|e| format!("calibration: {e}"))?;
        let version = v["version"].as_u64().filter(|n| CALIBRATION_VERSIONS.contains(n));
        let Some(version) = version else {
            return Err(format!("calibration version {} (this oes reads versions 1 to 8)", v["version"]));
        };
        let numbers = |value: &serde_json::Value, what: &str, n: usize| -> Result<Vec<f64>, String> {
            let items =
                value.as_array().filter(|a| a.len() == n).ok_or(format!("calibration: {what} must be {n} numbers"))?;
            items
                .iter()
                .map(|x| {
                    x.as_f64().filter(|x| x.abs() <= MAX_CALIBRATION_VALUE).ok_or(format!(
                        "calibration: {what} must be {n} numbers between -{MAX_CALIBRATION_VALUE:e} and \
                         {MAX_CALIBRATION_VALUE:e}"
                    ))
                })
                .collect()
        };
        let theme_threshold = numbers(&serde_json::json!([v["theme_threshold"]]), "theme_threshold", 1)?[0];
        let offsets = numbers(&v["polarity_offsets"], "polarity_offsets", THEMES.len())?;
        let expected = &CONFIDENCE_FEATURES[..match version {
            ..=3 => CONFIDENCE_FEATURES_V3,
            4 => CONFIDENCE_FEATURES_V4,
            _ => CONFIDENCE_FEATURES.len(),
        }];
        let features = v["confidence"]["features"].as_array().map(|f| f.iter().map(|x| x.as_str()).collect::<Vec<_>>());
        if features != Some(expected.iter().map(|&f| Some(f)).collect()) {
            return Err(format!("calibration: the confidence features of version {version} must be {expected:?}"));
        }
        let rows = v["confidence"]["coefficients"].as_array().filter(|a| a.len() == 4);
        let rows = rows.ok_or("calibration: confidence coefficients must be 4 rows")?;
        let mut confidence = [[0.0; 1 + CONFIDENCE_FEATURES.len()]; 4];
        for (out, row) in confidence.iter_mut().zip(rows) {
            let n = 1 + expected.len();
            out[..n].copy_from_slice(&numbers(row, "each row of confidence coefficients", n)?);
        }
        let mut polarity_offsets = [0.0; THEMES.len()];
        polarity_offsets.copy_from_slice(&offsets);
        let score = match &v["score"] {
            _ if version == 1 => None,
            serde_json::Value::Null if v.get("score").is_some() => None,
            serde_json::Value::Object(_) => Some(Self::score_from_json(&v["score"], version, numbers)?),
            _ => {
                return Err(format!(
                    "calibration: version {version} must have a score calibration (an object, or null)"
                ))
            }
        };
        let polarity_slopes = if version < 3 {
            None
        } else {
            let features =
                v["polarity"]["features"].as_array().map(|f| f.iter().map(|x| x.as_str()).collect::<Vec<_>>());
            if features != Some(POLARITY_FEATURES.iter().map(|&f| Some(f)).collect()) {
                return Err(format!("calibration: the polarity features must be {POLARITY_FEATURES:?}"));
            }
            let mut slopes = [0.0; POLARITY_FEATURES.len()];
            slopes.copy_from_slice(&numbers(&v["polarity"]["slopes"], "polarity slopes", POLARITY_FEATURES.len())?);
            Some(slopes)
        };
        let clause_themes = ClauseThemes::from_json(&v["clause_themes"])?;
        Ok(Calibration {
            theme_threshold,
            polarity_offsets,
            polarity_slopes,
            confidence: Some(confidence),
            score,
            clause_themes,
        })
    }

    fn score_from_json(
        v: &serde_json::Value,
        version: u64,
        numbers: impl Fn(&serde_json::Value, &str, usize) -> Result<Vec<f64>, String>,
    ) -> Result<ScoreCalibration, String> {
        let expected = &SCORE_FEATURES[..match version {
            ..=4 => SCORE_FEATURES_V4,
            5 => SCORE_FEATURES_V5,
            6 => SCORE_FEATURES_V6,
            _ => SCORE_FEATURES.len(),
        }];
        let features = v["features"].as_array().map(|f| f.iter().map(|x| x.as_str()).collect::<Vec<_>>());
        if features != Some(expected.iter().map(|&f| Some(f)).collect()) {
            return Err(format!("calibration: the score features of version {version} must be {expected:?}"));
        }
        let answer_clamp = numbers(&serde_json::json!([v["answer_clamp"]]), "answer_clamp", 1)?[0];
        if !(answer_clamp > 0.0 && answer_clamp < 0.5) {
            return Err(format!("calibration: answer_clamp must be above 0 and below 0.5, not {answer_clamp}"));
        }
        let rows = v["coefficients"].as_array().filter(|a| a.len() == 4);
        let rows = rows.ok_or("calibration: score coefficients must be 4 rows")?;
        let mut coefficients = [[0.0; 1 + SCORE_FEATURES.len()]; 4];
        for (out, row) in coefficients.iter_mut().zip(rows) {
            let n = 1 + expected.len();
            out[..n].copy_from_slice(&numbers(row, "each row of score coefficients", n)?);
            if SCORE_NONNEGATIVE.iter().any(|&i| out[i] < 0.0) {
                return Err("calibration: the score coefficients of logit, answer_logit, other_logits, \
                            answers_logit_unasked, comment_readout and each perspective's \
                            *_answer_logit_unasked must not be negative"
                    .into());
            }
        }
        let comment_readout = match v.get("comment_readout") {
            None | Some(serde_json::Value::Null) => None,
            Some(_) if version < 6 => {
                return Err(format!("calibration: version {version} has no comment_readout (version 6 has)"))
            }
            Some(readout) if readout.get("kind").is_some_and(|k| k != "linear") => {
                if readout["kind"] != "kernel" {
                    return Err(format!("calibration: comment_readout kind {} (linear or kernel)", readout["kind"]));
                }
                if version < 8 {
                    return Err(format!(
                        "calibration: version {version} has no kernel comment_readout (version 8 has)"
                    ));
                }
                Some(CommentReadout::Kernel(Self::kernel_from_json(readout, &numbers)?))
            }
            Some(readout) => {
                let rows = readout["coefficients"].as_array().filter(|a| a.len() == 4);
                let rows = rows.ok_or("calibration: comment_readout coefficients must be 4 rows")?;
                let mut u = Box::new([[0.0; EMBEDDING + 1]; 4]);
                for (out, row) in u.iter_mut().zip(rows) {
                    out.copy_from_slice(&numbers(row, "each row of comment_readout coefficients", EMBEDDING + 1)?);
                }
                Some(CommentReadout::Linear(u))
            }
        };
        Ok(ScoreCalibration { answer_clamp, coefficients, comment_readout })
    }

    /// Version 8's kernel comment readout (its JSON in [`Calibration::from_json`]).
    fn kernel_from_json(
        v: &serde_json::Value,
        numbers: &impl Fn(&serde_json::Value, &str, usize) -> Result<Vec<f64>, String>,
    ) -> Result<KernelReadout, String> {
        let positive = |what: &str| -> Result<f64, String> {
            let x = numbers(&serde_json::json!([v[what]]), what, 1)?[0];
            if x > 0.0 {
                Ok(x)
            } else {
                Err(format!("calibration: the kernel readout's {what} must be above 0, not {x}"))
            }
        };
        let (gamma, support_scale) = (positive("gamma")?, positive("support_scale")?);
        let n = v["support_rows"].as_u64().filter(|&n| (1..=MAX_KERNEL_SUPPORT as u64).contains(&n));
        let n = n.ok_or(format!("calibration: the kernel readout's support_rows must be 1 to {MAX_KERNEL_SUPPORT}"))?
            as usize;
        let hex = v["support"].as_str().filter(|s| s.len() == 2 * n * EMBEDDING).ok_or(format!(
            "calibration: the kernel readout's support must be {} hexadecimal digits ({n} rows of {EMBEDDING})",
            2 * n * EMBEDDING
        ))?;
        let digit = |c: u8| (c as char).to_digit(16);
        let support = hex
            .as_bytes()
            .chunks_exact(2)
            .map(|pair| Some((digit(pair[0])? * 16 + digit(pair[1])?) as u8 as i8))
            .collect::<Option<Vec<i8>>>()
            .ok_or("calibration: the kernel readout's support must be hexadecimal digits")?;
        let rows = v["alpha"].as_array().filter(|a| a.len() == n);
        let rows = rows.ok_or(format!("calibration: the kernel readout's alpha must be {n} rows"))?;
        let mut alpha = Vec::with_capacity(n);
        for row in rows {
            let a = numbers(row, "each row of the kernel readout's alpha", 4)?;
            alpha.push([a[0], a[1], a[2], a[3]]);
        }
        let c = numbers(&v["intercept"], "the kernel readout's intercept", 4)?;
        let scale2 = support_scale * support_scale;
        let norms = support
            .chunks_exact(EMBEDDING)
            .map(|q| scale2 * q.iter().map(|&x| f64::from(x) * f64::from(x)).sum::<f64>())
            .collect();
        Ok(KernelReadout { gamma, support_scale, support, norms, alpha, intercept: [c[0], c[1], c[2], c[3]] })
    }

    /// The reported scores of a response with these facts, from the head's logits.
    fn scores(&self, logits: [f64; 4], facts: &AnswerFacts) -> [f64; 4] {
        match &self.score {
            Some(score) => score.scores(logits, facts),
            None => logits.map(|z| 10.0 * sigmoid(z)),
        }
    }

    /// Per perspective, the readout of a comment whose text's embedding (384 values) is `embedding`: what the score
    /// calibration reads of it (0 without a comment readout).
    pub fn comment_readout(&self, embedding: &[f32]) -> [f64; 4] {
        self.score.as_ref().map_or([0.0; 4], |s| s.comment_readout(embedding))
    }

    /// The confidences oes reports for a response with these rows (whose answer facts are `facts`), scores, head
    /// confidences, head logits and the logits `without` each row (row-major `[rows, 4]`).
    fn confidences(
        &self,
        rows: &[Row],
        facts: &AnswerFacts,
        scores: [f64; 4],
        head: [f64; 4],
        logits: [f64; 4],
        without: &[f32],
    ) -> [f64; 4] {
        let Some(coefficients) = &self.confidence else { return head };
        let mut answers = 0usize;
        // the characters (code points) of the comments' texts
        let mut length = 0usize;
        // per perspective: the largest |z - z'| of a valued answer, and the sum of z - z' over the comments
        let (mut effect, mut text) = ([0f64; 4], [0f64; 4]);
        for (i, r) in rows.iter().enumerate() {
            let has_value = r.scalars[15] == 1.0;
            let is_comment = is_comment(r);
            for p in 0..4 {
                let e = logits[p] - without[i * 4 + p] as f64;
                if has_value {
                    effect[p] = effect[p].max(e.abs());
                }
                if is_comment {
                    text[p] += e;
                }
            }
            answers += usize::from(has_value || r.answer_text.is_some());
            if is_comment {
                length += r.answer_text.as_deref().map_or(0, |t| t.chars().count());
            }
        }
        // the standard deviation of the four reported scores (divided by 4), and how many perspectives were asked
        let mean_score = scores.iter().sum::<f64>() / 4.0;
        let spread = (scores.iter().map(|s| (s - mean_score) * (s - mean_score)).sum::<f64>() / 4.0).sqrt();
        let asked = facts.count.map(|n| n > 0);
        let asked_perspectives = asked.iter().filter(|&&a| a).count() as f64 / 4.0;
        let log_length = libm::log1p(length as f64);
        let log_answers = libm::log1p(answers as f64);
        let mean = (facts.valued > 0).then(|| facts.valued_sum / f64::from(facts.valued));
        [0, 1, 2, 3].map(|p| {
            let c = head[p].clamp(1e-7, 1.0 - 1e-7);
            let s = scores[p];
            let x = [
                libm::log(c / (1.0 - c)),
                f64::from(u8::from(asked[p])),
                log_answers,
                f64::from(u8::from(facts.comments > 0)),
                (s - 5.0).abs() / 5.0,
                mean.map_or(0.0, |m| (s - 10.0 * m).abs() / 10.0),
                f64::from(u8::from(mean.is_some())),
                effect[p],
                mean.map_or(0.0, |m| (-text[p] * (2.0 * m - 1.0)).max(0.0)),
                spread / 5.0,
                asked_perspectives,
                log_length,
            ];
            let w = &coefficients[p];
            sigmoid(w[0] + w[1..].iter().zip(x).map(|(w, x)| w * x).sum::<f64>())
        })
    }

    /// The polarity oes reports for the head's `polarity` of theme `t` in a response whose head logits have the mean
    /// `mean_logit`.
    fn polarity(&self, t: usize, polarity: f64, mean_logit: f64) -> f64 {
        match self.polarity_slopes {
            Some([a, c]) => {
                let q = libm::atanh(polarity.clamp(-POLARITY_CLAMP, POLARITY_CLAMP));
                libm::tanh(a * q + c * mean_logit - self.polarity_offsets[t])
            }
            None if self.polarity_offsets[t] == 0.0 => polarity,
            None => libm::tanh(libm::atanh(polarity) - self.polarity_offsets[t]),
        }
    }
}

/// The head's outputs for one response: `logits` and `confidence` per perspective; per row, the logits `without`
/// it (4), `themes` (14) and `polarity` (14); and per row the comment readout the score calibration reads (4).
#[derive(Debug, Clone, Copy)]
pub struct HeadOutput<'a> {
    /// `z_p`, 4 values.
    pub logits: &'a [f32],
    /// Confidence per perspective, 4 values.
    pub confidence: &'a [f32],
    /// Row-major `[rows, 4]`: the logits of the response without each row (the same response with that answer
    /// removed, re-scored).
    pub without: &'a [f32],
    /// Row-major `[rows, 14]`.
    pub themes: &'a [f32],
    /// Row-major `[rows, 14]`.
    pub polarity: &'a [f32],
    /// Row-major `[rows, 4]`: each comment's [readout](Calibration::comment_readout) (those of other rows are not
    /// read).
    pub readout: &'a [f64],
}

fn sigmoid(z: f64) -> f64 {
    1.0 / (1.0 + libm::exp(-z))
}

/// Scores and reasons of one response from its rows and the head's outputs for them, through `calibration`. Where the
/// survey declares its audience, only that audience's themes are reported ([`super::EMPLOYEE_THEMES`]).
pub fn decode(survey: &Survey, id: &str, rows: &[Row], out: HeadOutput<'_>, calibration: &Calibration) -> OesScore {
    let logits = |z: &[f32]| [0, 1, 2, 3].map(|p| z[p] as f64);
    let facts = AnswerFacts::of(rows, out.readout);
    let scores = calibration.scores(logits(out.logits), &facts);
    let mean_logit = logits(out.logits).iter().sum::<f64>() / 4.0;
    let name = |row: &Row| match row.question {
        Some(i) => survey.questions()[i].id.clone(),
        None => "ticket".to_owned(),
    };
    // the themes of the survey's audience, where it declares one
    let audience_themes = match survey.audience() {
        Some(Audience::Customer) => 0..EMPLOYEE_THEMES,
        Some(Audience::Employee) => EMPLOYEE_THEMES..THEMES.len(),
        None => 0..THEMES.len(),
    };
    let mut answers = Vec::new();
    let mut themes = Vec::new();
    for (r, row) in rows.iter().enumerate() {
        // the exact change of each reported score when this answer is removed: the scores of the response without
        // it, its logits re-scored by the head, through the same calibration
        let left = facts.without(row, &out.readout[r * 4..r * 4 + 4]);
        let without = calibration.scores(logits(&out.without[r * 4..r * 4 + 4]), &left);
        let effect = [0, 1, 2, 3].map(|p| scores[p] - without[p]);
        if effect.iter().any(|e| e.abs() >= MIN_EFFECT) {
            answers.push(AnswerEffect { question: name(row), effect: PerPerspective::from_array(effect) });
        }
        if row.answer_text.is_some() {
            for (t, theme) in THEMES.iter().enumerate().filter(|(t, _)| audience_themes.contains(t)) {
                let probability = out.themes[r * THEMES.len() + t] as f64;
                if probability >= calibration.theme_threshold {
                    themes.push(ThemeMention {
                        theme: (*theme).to_owned(),
                        question: name(row),
                        polarity: calibration.polarity(t, out.polarity[r * THEMES.len() + t] as f64, mean_logit),
                        probability,
                    });
                }
            }
        }
    }
    let largest = |a: &AnswerEffect| a.effect.to_array().iter().fold(0.0f64, |m, e| m.max(e.abs()));
    answers.sort_by(|a, b| largest(b).total_cmp(&largest(a)).then_with(|| a.question.cmp(&b.question)));
    themes.sort_by(|a, b| b.probability.total_cmp(&a.probability).then_with(|| a.theme.cmp(&b.theme)));
    OesScore {
        id: id.to_owned(),
        satisfaction: scores[0],
        recommendation: scores[1],
        ease: scores[2],
        loyalty: scores[3],
        confidence: PerPerspective::from_array(calibration.confidences(
            rows,
            &facts,
            scores,
            [0, 1, 2, 3].map(|p| out.confidence[p] as f64),
            logits(out.logits),
            out.without,
        )),
        reasons: Reasons { answers, themes },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The facts of rows without comment readouts.
    fn facts_of(rows: &[Row]) -> AnswerFacts {
        AnswerFacts::of(rows, &vec![0.0; rows.len() * 4])
    }

    /// The confidence facts of versions 1-3.
    fn v3() -> &'static [&'static str] {
        &CONFIDENCE_FEATURES[..CONFIDENCE_FEATURES_V3]
    }

    fn json(threshold: &str, offsets: usize, features: &[&str], rows: usize) -> String {
        let coefficients = vec![vec![0.5; 1 + features.len()]; rows];
        serde_json::json!({"version": 1, "theme_threshold": serde_json::from_str::<serde_json::Value>(threshold).unwrap(),
            "polarity_offsets": vec![0.25; offsets],
            "confidence": {"features": features, "coefficients": coefficients}})
        .to_string()
    }

    #[test]
    fn a_calibration_is_read_whole_or_refused() {
        let c = Calibration::from_json(&json("0.2", 14, v3(), 4)).unwrap();
        assert_eq!((c.theme_threshold, c.polarity_offsets[13]), (0.2, 0.25));
        assert_eq!(Calibration::from_json(&json("1e6", 14, v3(), 4)).unwrap().theme_threshold, MAX_CALIBRATION_VALUE);
        // versions 1-3: the facts of versions 4 and 5 get no weight
        assert_eq!(c.confidence.unwrap()[3], [0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]);
        for (bad, why) in [
            (json("null", 14, v3(), 4), "theme_threshold"),
            (json("0.2", 13, v3(), 4), "polarity_offsets"),
            (json("0.2", 14, &CONFIDENCE_FEATURES[..5], 4), "features"),
            // version 1 with the facts of version 4
            (json("0.2", 14, &CONFIDENCE_FEATURES, 4), "features of version 1"),
            (json("0.2", 14, v3(), 3), "4 rows"),
            (json("0.2", 14, v3(), 4).replace("\"version\":1", "\"version\":8"), "version"),
            // a number larger than MAX_CALIBRATION_VALUE could overflow a score to NaN
            (json("1000000.1", 14, v3(), 4), "between -1e6 and 1e6"),
            (json("0.2", 14, v3(), 4).replace("0.5", "-2e6"), "confidence coefficients must be 7 numbers between"),
            ("not json".to_owned(), "calibration"),
        ] {
            assert!(Calibration::from_json(&bad).unwrap_err().contains(why), "{why}: {bad}");
        }
    }

    /// A version 2 calibration: version 1's with `score` set to `score`.
    fn json2(score: serde_json::Value) -> String {
        let mut v: serde_json::Value = serde_json::from_str(&json("0.2", 14, v3(), 4)).unwrap();
        v["version"] = 2.into();
        v["score"] = score;
        v.to_string()
    }

    fn rows_of(row: serde_json::Value, n: usize) -> serde_json::Value {
        serde_json::Value::Array(vec![row; n])
    }

    fn score(clamp: serde_json::Value, coefficients: serde_json::Value) -> serde_json::Value {
        serde_json::json!({"features": SCORE_FEATURES[..SCORE_FEATURES_V4], "answer_clamp": clamp,
                           "coefficients": coefficients})
    }

    /// A version 5 calibration: version 2's with the score calibration of version 5's [`SCORE_FEATURES`]
    /// `coefficients`.
    fn json5(clamp: f64, coefficients: serde_json::Value) -> String {
        let mut v: serde_json::Value = serde_json::from_str(&json2(serde_json::Value::Null)).unwrap();
        v["version"] = 5.into();
        v["polarity"] = serde_json::json!({"features": POLARITY_FEATURES, "slopes": [1, 0]});
        v["confidence"] = serde_json::json!({"features": CONFIDENCE_FEATURES,
                                             "coefficients": rows_of(serde_json::json!(vec![0.5; 13]), 4)});
        v["score"] = serde_json::json!({"features": SCORE_FEATURES[..SCORE_FEATURES_V5], "answer_clamp": clamp,
                                        "coefficients": coefficients});
        v.to_string()
    }

    /// A version 6 calibration: version 5's with version 6's [`SCORE_FEATURES`], their `coefficients` and `readout`
    /// (none when null).
    fn json6(coefficients: serde_json::Value, readout: serde_json::Value) -> String {
        let mut v: serde_json::Value = serde_json::from_str(&json5(0.05, serde_json::Value::Null)).unwrap();
        v["version"] = 6.into();
        v["score"] = serde_json::json!({"features": SCORE_FEATURES[..SCORE_FEATURES_V6], "answer_clamp": 0.05,
                                        "coefficients": coefficients});
        if !readout.is_null() {
            v["score"]["comment_readout"] = serde_json::json!({"lambda": 10, "coefficients": readout});
        }
        v.to_string()
    }

    #[test]
    fn clause_themes_are_read_when_present_and_checked() {
        let with = |clause: serde_json::Value| {
            let mut v: serde_json::Value =
                serde_json::from_str(&json6(rows_of(serde_json::json!(vec![0.0; 9]), 4), serde_json::Value::Null))
                    .unwrap();
            if !clause.is_null() {
                v["clause_themes"] = clause;
            }
            Calibration::from_json(&v.to_string())
        };
        assert_eq!(with(serde_json::Value::Null).unwrap().clause_themes, None);
        let c = with(serde_json::json!({"threshold": 0.41, "max_clauses": 8, "min_words": 2, "fit": {}})).unwrap();
        assert_eq!(c.clause_themes, Some(ClauseThemes { threshold: 0.41, max_clauses: 8, min_words: 2 }));
        for (bad, what) in [
            (serde_json::json!(3), "an object or null"),
            (serde_json::json!({"threshold": 1.5, "max_clauses": 8, "min_words": 2}), "threshold"),
            (serde_json::json!({"threshold": "0.4", "max_clauses": 8, "min_words": 2}), "threshold"),
            (serde_json::json!({"threshold": 0.4, "max_clauses": 1, "min_words": 2}), "max_clauses"),
            (serde_json::json!({"threshold": 0.4, "max_clauses": 100000, "min_words": 2}), "max_clauses"),
            (serde_json::json!({"threshold": 0.4, "max_clauses": 8, "min_words": 0}), "min_words"),
            (serde_json::json!({"threshold": 0.4, "max_clauses": 8}), "min_words"),
        ] {
            let e = with(bad.clone()).unwrap_err();
            assert!(e.contains(what), "{bad}: {e}");
        }
    }

    /// A comment row (a text question answered with text) of no declared perspective.
    fn comment(text: &str) -> Row {
        let mut scalars = [0f32; 24];
        scalars[8] = 1.0;
        scalars[18] = 1.0;
        Row { question: Some(0), scalars, answer_text: Some(text.to_owned()), question_text: None }
    }

    #[test]
    fn version_6_reads_the_comments_through_the_readout() {
        let w = [0.1, 1.2, -0.2, 0.5, 0.3, -0.4, 0.6, -0.3, 0.8];
        // per perspective p: slope p + 1 on the embedding's first value, 0.5 on its second, intercept -p
        let readout: Vec<Vec<f64>> = (0..4)
            .map(|p| {
                let mut u = vec![0.0; EMBEDDING + 1];
                u[0] = p as f64 + 1.0;
                u[1] = 0.5;
                u[EMBEDDING] = -(p as f64);
                u
            })
            .collect();
        let c = Calibration::from_json(&json6(rows_of(serde_json::json!(w), 4), serde_json::json!(readout))).unwrap();
        assert!(c.score.as_ref().is_some_and(|s| s.comment_readout.is_some()));
        let mut e = vec![0.0f32; EMBEDDING];
        (e[0], e[1]) = (0.25, -0.5);
        // (p + 1) 0.25 + 0.5 (-0.5) - p
        assert_eq!(c.comment_readout(&e), [0.0, -0.75, -1.5, -2.25]);
        // a valued satisfaction answer and two comments whose readouts are given per row
        let rows = [row(0, Some(0.8)), comment("a"), comment("b")];
        let readouts = [0.0, 0.0, 0.0, 0.0, 1.0, -1.0, 0.5, 2.0, 0.0, 3.0, 0.5, -1.0];
        let facts = AnswerFacts::of(&rows, &readouts);
        assert_eq!((facts.comments, facts.readout), (2, [1.0, 2.0, 1.0, 1.0]));
        let z = [0.4, -1.0, 2.0, 0.3];
        let got = c.scores(z, &facts);
        let without_readout = Calibration::from_json(&json6(rows_of(serde_json::json!(w), 4), serde_json::Value::Null));
        let plain = without_readout.unwrap().scores(z, &facts_of(&rows));
        for p in 0..4 {
            // the same as version 5's terms, plus h + k times the mean readout; and `plain` (no readout) h alone
            let base = plain[p] / 10.0;
            let z5 = (base / (1.0 - base)).ln();
            let want = 10.0 * sigmoid(z5 + w[8] * facts.readout[p] / 2.0);
            assert!((got[p] - want).abs() < 1e-9, "{p}: {} vs {want}", got[p]);
        }
        // without a comment: neither h nor k
        let alone = c.scores(z, &AnswerFacts::of(&rows[..1], &readouts[..4]));
        let v5 = Calibration::from_json(&json5(0.05, rows_of(serde_json::json!(w[..7]), 4))).unwrap();
        let want = v5.scores(z, &facts_of(&rows[..1]));
        assert!(alone.iter().zip(want).all(|(a, b)| (a - b).abs() < 1e-12), "{alone:?} vs {want:?}");
        // the facts without a comment are those of the other rows, and without both comments, no comment
        let one = facts.without(&rows[1], &readouts[4..8]);
        assert_eq!((one.comments, one.readout), (1, [0.0, 3.0, 0.5, -1.0]));
        let none = one.without(&rows[2], &readouts[8..]);
        assert_eq!((none.comments, none.readout), (0, [0.0; 4]));
        // a comment that reads better never lowers a score; a negative readout coefficient is refused
        for p in 0..4 {
            let mut last = f64::NEG_INFINITY;
            for step in -10..=10 {
                let mut r = readouts;
                r[4 + p] = f64::from(step);
                let s = c.scores(z, &AnswerFacts::of(&rows, &r))[p];
                assert!(s >= last, "readout {p} at {step}: {s} < {last}");
                last = s;
            }
        }
        let mut bad = w;
        bad[8] = -0.01;
        let refused = Calibration::from_json(&json6(rows_of(serde_json::json!(bad), 4), serde_json::json!(readout)));
        assert!(refused.unwrap_err().contains("must not be negative"));
        bad[8] = 0.8;
        bad[7] = -5.0;
        assert!(Calibration::from_json(&json6(rows_of(serde_json::json!(bad), 4), serde_json::Value::Null)).is_ok());
        // the readout must be 4 rows of 385 numbers, and only version 6 has one
        let short: Vec<Vec<f64>> = readout.iter().map(|u| u[..EMBEDDING].to_vec()).collect();
        for (bad, why) in [
            (json6(rows_of(serde_json::json!(w), 4), serde_json::json!(short)), "comment_readout coefficients"),
            (json6(rows_of(serde_json::json!(w), 4), serde_json::json!(readout[..3])), "4 rows"),
            (json6(rows_of(serde_json::json!(w[..7]), 4), serde_json::Value::Null), "each row of score coefficients"),
            (
                json6(rows_of(serde_json::json!(w[..7]), 4), serde_json::Value::Null).replace(
                    &serde_json::json!(SCORE_FEATURES[..SCORE_FEATURES_V6]).to_string(),
                    &serde_json::json!(SCORE_FEATURES[..SCORE_FEATURES_V5]).to_string(),
                ),
                "score features of version 6",
            ),
        ] {
            assert!(Calibration::from_json(&bad).unwrap_err().contains(why), "{why}");
        }
        let mut v5: serde_json::Value =
            serde_json::from_str(&json5(0.05, rows_of(serde_json::json!(w[..7]), 4))).unwrap();
        v5["score"]["comment_readout"] = serde_json::json!({"coefficients": readout});
        assert!(Calibration::from_json(&v5.to_string()).unwrap_err().contains("has no comment_readout"));
    }

    /// A version 7 calibration: version 6's (no readout) with all [`SCORE_FEATURES`] and their `coefficients`.
    fn json7(coefficients: serde_json::Value) -> String {
        let mut v: serde_json::Value =
            serde_json::from_str(&json6(rows_of(serde_json::json!(vec![0.0; 9]), 4), serde_json::Value::Null)).unwrap();
        v["version"] = 7.into();
        v["score"]["features"] = serde_json::json!(SCORE_FEATURES);
        v["score"]["coefficients"] = coefficients;
        v.to_string()
    }

    #[test]
    fn version_7_reads_each_perspectives_answers_where_one_is_not_asked() {
        let w6 = [0.1, 1.2, -0.2, 0.5, 0.3, -0.4, 0.6, -0.3, 0.8];
        let v = [0.7, 0.2, 0.0, 1.1];
        let w7: Vec<f64> = w6.iter().chain(&v).copied().collect();
        let c7 = Calibration::from_json(&json7(rows_of(serde_json::json!(w7), 4))).unwrap();
        let c6 = Calibration::from_json(&json6(rows_of(serde_json::json!(w6), 4), serde_json::Value::Null)).unwrap();
        // satisfaction asked (two answers, mean 0.625) and ease asked (0.25); recommendation and loyalty not
        let rows = [row(0, Some(0.5)), row(0, Some(0.75)), row(2, Some(0.25)), row(3, None)];
        let facts = facts_of(&rows);
        let z = [0.4, -1.0, 2.0, 0.3];
        let (got, base) = (c7.scores(z, &facts), c6.scores(z, &facts));
        let logit = |m: f64| (m / (1.0 - m)).ln();
        let extra = v[0] * logit(0.625) + v[2] * logit(0.25);
        for p in 0..4 {
            let b = base[p] / 10.0;
            let want = if [1, 3].contains(&p) { 10.0 * sigmoid((b / (1.0 - b)).ln() + extra) } else { base[p] };
            assert!((got[p] - want).abs() < 1e-9, "{p}: {} vs {want}", got[p]);
        }
        // none asked, or no valued answer: version 6's scores
        let none = [row(1, None), comment("a")];
        assert_eq!(c7.scores(z, &facts_of(&none)), c6.scores(z, &facts_of(&none)));
        // raising any answer never lowers a score
        for (i, p) in [(0, 0), (2, 2)] {
            let mut last = [f64::NEG_INFINITY; 4];
            for step in 0..=20 {
                let mut r = rows.clone();
                r[i] = row(p, Some(step as f32 / 20.0));
                let s = c7.scores(z, &facts_of(&r));
                assert!(s.iter().zip(last).all(|(a, b)| *a >= b), "row {i} at {step}: {s:?} < {last:?}");
                last = s;
            }
        }
        // the facts without a row are those of the other rows
        let fewer = facts.without(&rows[2], &[0.0; 4]);
        assert_eq!(c7.scores(z, &fewer), c7.scores(z, &facts_of(&[rows[0].clone(), rows[1].clone(), rows[3].clone()])));
        // a negative v, too few numbers or version 6's features are refused
        let mut bad = w7.clone();
        bad[10] = -0.1;
        let e = Calibration::from_json(&json7(rows_of(serde_json::json!(bad), 4))).unwrap_err();
        assert!(e.contains("must not be negative"), "{e}");
        let e = Calibration::from_json(&json7(rows_of(serde_json::json!(w6), 4))).unwrap_err();
        assert!(e.contains("each row of score coefficients"), "{e}");
        let old = json7(rows_of(serde_json::json!(w7), 4)).replace(
            &serde_json::json!(SCORE_FEATURES).to_string(),
            &serde_json::json!(SCORE_FEATURES[..SCORE_FEATURES_V6]).to_string(),
        );
        assert!(Calibration::from_json(&old).unwrap_err().contains("score features of version 7"));
    }

    /// A version 8 calibration: version 7's with `coefficients` and a kernel comment readout `readout`.
    fn json8(coefficients: serde_json::Value, readout: serde_json::Value) -> String {
        let mut v: serde_json::Value = serde_json::from_str(&json7(coefficients)).unwrap();
        v["version"] = 8.into();
        v["score"]["comment_readout"] = readout;
        v.to_string()
    }

    /// A kernel readout of two support embeddings: `q_0 = (1, -2, 0, ...)` and `q_1 = (0, 3, 0, ...)` (int8), scale
    /// 0.1, gamma 2.
    fn kernel2() -> serde_json::Value {
        let mut q = vec![0i8; 2 * EMBEDDING];
        (q[0], q[1], q[EMBEDDING + 1]) = (1, -2, 3);
        let hex: String = q.iter().map(|&x| format!("{:02x}", x as u8)).collect();
        serde_json::json!({"kind": "kernel", "gamma": 2.0, "support_rows": 2, "support_scale": 0.1, "support": hex,
                           "alpha": [[1.0, -1.0, 0.5, 0.0], [2.0, 0.0, -0.5, 1.0]], "intercept": [0.1, 0.2, 0.3, 0.4]})
    }

    #[test]
    fn version_8_reads_a_comment_by_its_distance_to_the_labelled_ones() {
        let w: Vec<f64> = [0.1, 1.2, -0.2, 0.5, 0.3, -0.4, 0.6, -0.3, 0.8, 0.7, 0.2, 0.0, 1.1].to_vec();
        let c = Calibration::from_json(&json8(rows_of(serde_json::json!(w), 4), kernel2())).unwrap();
        // e = (0.1, 0.1, 0, ...): |e - s_0|^2 = 0 + 0.09, |e - s_1|^2 = 0.01 + 0.04
        let mut e = vec![0.0f32; EMBEDDING];
        (e[0], e[1]) = (0.1, 0.1);
        let (k0, k1) = ((-2.0f64 * 0.09).exp(), (-2.0f64 * 0.05).exp());
        let want = [0.1 + k0 + 2.0 * k1, 0.2 - k0, 0.3 + 0.5 * k0 - 0.5 * k1, 0.4 + k1];
        let got = c.comment_readout(&e);
        for p in 0..4 {
            assert!((got[p] - want[p]).abs() < 1e-6, "{p}: {} vs {}", got[p], want[p]);
        }
        // far from every support embedding the readout is the intercept
        let mut far = vec![0.0f32; EMBEDDING];
        far[5] = 30.0;
        assert_eq!(c.comment_readout(&far), [0.1, 0.2, 0.3, 0.4]);
        // the scores read it as they read a linear readout: k times the mean readout of the comments
        let rows = [row(0, Some(0.8)), comment("a")];
        let r = c.comment_readout(&e);
        let readouts: Vec<f64> = [0.0; 4].iter().chain(&r).copied().collect();
        let z = [0.4, -1.0, 2.0, 0.3];
        let got = c.scores(z, &AnswerFacts::of(&rows, &readouts));
        let base = c.scores(z, &AnswerFacts::of(&rows, &[0.0; 8]));
        let logit = |s: f64| (s / (10.0 - s)).ln();
        for p in 0..4 {
            assert!((logit(got[p]) - logit(base[p]) - w[8] * r[p]).abs() < 1e-9, "{p}");
        }
        // refused: a kernel readout before version 8, a bad kind, odd or short hex, a gamma of 0, too few alphas
        let mut v =
            serde_json::from_str::<serde_json::Value>(&json8(rows_of(serde_json::json!(w), 4), kernel2())).unwrap();
        v["version"] = 7.into();
        let e7 = Calibration::from_json(&v.to_string()).unwrap_err();
        assert!(e7.contains("has no kernel comment_readout"), "{e7}");
        let cases: [(&str, serde_json::Value, &str); 6] = [
            ("kind", serde_json::json!("forest"), "kind"),
            ("support", serde_json::json!("zz".repeat(2 * EMBEDDING)), "hexadecimal digits"),
            ("support", serde_json::json!("00"), "support must be"),
            ("gamma", serde_json::json!(0.0), "gamma must be above 0"),
            ("alpha", serde_json::json!([[1.0, 0.0, 0.0, 0.0]]), "alpha must be 2 rows"),
            ("support_rows", serde_json::json!(MAX_KERNEL_SUPPORT + 1), "support_rows must be"),
        ];
        for (key, value, want) in cases {
            let mut k = kernel2();
            k[key] = value;
            let err = Calibration::from_json(&json8(rows_of(serde_json::json!(w), 4), k)).unwrap_err();
            assert!(err.contains(want), "{key}: {err}");
        }
    }

    #[test]
    fn version_5_reads_the_other_logits_and_all_answers() {
        let w = [0.1, 1.2, -0.2, 0.5, 0.3, -0.4, 0.6];
        let c = Calibration::from_json(&json5(0.05, rows_of(serde_json::json!(w), 4))).unwrap();
        assert_eq!(
            c.score.as_ref().unwrap().coefficients,
            [[w[0], w[1], w[2], w[3], w[4], w[5], w[6], 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]; 4]
        );
        // satisfaction asked twice (0.5 and 0.9), loyalty once at 1.0, ease without a value; all valued answers'
        // mean (0.5 + 0.9 + 1.0) / 3
        let answers = [row(0, Some(0.5)), row(0, Some(0.9)), row(3, Some(1.0)), row(2, None)];
        let facts = facts_of(&answers);
        let z = [0.4, -1.0, 2.0, 0.3];
        let got = c.scores(z, &facts);
        let logit = |m: f64| (m / (1.0 - m)).ln();
        let f = |v: f32| f64::from(v);
        let all = (f(0.5) + f(0.9) + 1.0) / 3.0;
        let others = |p: usize| (z.iter().sum::<f64>() - z[p]) / 3.0;
        let want = [
            w[0] + w[1] * z[0] + w[4] * others(0) + w[2] + w[3] * logit((f(0.5) + f(0.9)) / 2.0) + w[5],
            w[0] + w[1] * z[1] + w[4] * others(1) + w[5] + w[6] * logit(all),
            w[0] + w[1] * z[2] + w[4] * others(2) + w[5] + w[6] * logit(all),
            w[0] + w[1] * z[3] + w[4] * others(3) + w[2] + w[3] * logit(0.95) + w[5],
        ];
        for p in 0..4 {
            assert!((got[p] - 10.0 * sigmoid(want[p])).abs() < 1e-12, "{p}: {} vs {}", got[p], 10.0 * sigmoid(want[p]));
        }
        // without valued answers: the intercept, the logit and the other logits
        let none = c.scores(z, &facts_of(&[row(1, None)]));
        assert!((none[1] - 10.0 * sigmoid(w[0] + w[1] * z[1] + w[4] * others(1))).abs() < 1e-12);
        // the facts without a row are those of the other rows
        for (r, row) in answers.iter().enumerate() {
            let mut fewer = answers.to_vec();
            fewer.remove(r);
            let (a, b) = (facts.without(row, &[0.0; 4]), facts_of(&fewer));
            assert_eq!((a.count, a.valued), (b.count, b.valued), "{r}");
            assert!((a.valued_sum - b.valued_sum).abs() < 1e-12, "{r}");
        }
        assert_eq!(facts_of(&[row(1, Some(0.7))]).without(&row(1, Some(0.7)), &[0.0; 4]), AnswerFacts::default());
        // raising any answer's value or any logit never lowers a score
        for q in 0..4 {
            for p in 0..4 {
                let mut last = f64::NEG_INFINITY;
                for step in 0..=20 {
                    let v = step as f32 / 20.0;
                    let s = c.scores(z, &facts_of(&[row(q, Some(v)), row(0, Some(0.3))]))[p];
                    assert!(s >= last, "answer {q}, score {p} at {v}: {s} < {last}");
                    last = s;
                }
                let mut last = f64::NEG_INFINITY;
                for x in [-1e30, -50.0, -1.0, 0.0, 1.0, 50.0, 1e30] {
                    let mut zz = z;
                    zz[q] = x;
                    let s = c.scores(zz, &facts)[p];
                    assert!(s.is_finite() && (0.0..=10.0).contains(&s) && s >= last, "logit {q}, score {p}: {s}");
                    last = s;
                }
            }
        }
        // a negative coefficient of the other logits or of all answers' logit is refused; of `any_valued`, allowed
        for (at, ok) in [(4, false), (5, true), (6, false)] {
            let mut bad = w;
            bad[at] = -0.01;
            let got = Calibration::from_json(&json5(0.05, rows_of(serde_json::json!(bad), 4)));
            assert_eq!(got.is_ok(), ok, "{at}");
        }
        // version 5 needs the six facts, and versions 2-4 the first three
        let short = json5(0.05, rows_of(serde_json::json!([0.1, 1.2, -0.2, 0.5]), 4)).replace(
            &serde_json::json!(SCORE_FEATURES[..SCORE_FEATURES_V5]).to_string(),
            &serde_json::json!(SCORE_FEATURES[..3]).to_string(),
        );
        assert!(Calibration::from_json(&short).unwrap_err().contains("score features of version 5"));
        let long = json2(serde_json::json!({"features": SCORE_FEATURES, "answer_clamp": 0.05,
                                            "coefficients": rows_of(serde_json::json!(w), 4)}));
        assert!(Calibration::from_json(&long).unwrap_err().contains("score features of version 2"));
    }

    #[test]
    fn version_2_adds_a_score_calibration_and_version_1_has_none() {
        let rows = rows_of(serde_json::json!([0.1, 1.2, -0.2, 0.5]), 4);
        let c = Calibration::from_json(&json2(score(0.02.into(), rows.clone()))).unwrap();
        let s = c.score.unwrap();
        assert_eq!(
            (s.answer_clamp, s.coefficients[3]),
            (0.02, [0.1, 1.2, -0.2, 0.5, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0])
        );
        assert_eq!(Calibration::from_json(&json2(serde_json::Value::Null)).unwrap().score, None);
        // version 1 applies no score calibration, whatever else the file holds
        let v1 = json2(score(0.02.into(), rows.clone())).replace("\"version\":2", "\"version\":1");
        assert_eq!(Calibration::from_json(&v1).unwrap().score, None);
        let mut missing: serde_json::Value = serde_json::from_str(&json2(serde_json::Value::Null)).unwrap();
        missing.as_object_mut().unwrap().remove("score");
        let negative = |at: usize| {
            let mut row = vec![0.1, 1.2, -0.2, 0.5];
            row[at] = -0.01;
            score(0.02.into(), rows_of(serde_json::json!(row), 4))
        };
        for (bad, why) in [
            (missing.to_string(), "must have a score calibration"),
            (json2(serde_json::json!([1, 2])), "must have a score calibration"),
            (json2(score(0.0.into(), rows.clone())), "answer_clamp"),
            (json2(score(0.5.into(), rows.clone())), "answer_clamp"),
            (json2(score("0.1".into(), rows.clone())), "answer_clamp"),
            (json2(score(0.02.into(), rows_of(serde_json::json!([0.1, 1.2, -0.2, 0.5]), 3))), "4 rows"),
            (
                json2(score(0.02.into(), rows_of(serde_json::json!([0.1, 1.2, -0.2]), 4))),
                "each row of score coefficients",
            ),
            (
                json2(score(0.02.into(), rows_of(serde_json::json!([0.1, 1.2, null, 0.5]), 4))),
                "each row of score coefficients",
            ),
            (json2(negative(1)), "must not be negative"),
            (json2(negative(3)), "must not be negative"),
            (
                json2(serde_json::json!({"features": ["logit", "asked"], "answer_clamp": 0.02, "coefficients": rows})),
                "score features",
            ),
        ] {
            assert!(Calibration::from_json(&bad).unwrap_err().contains(why), "{why}: {bad}");
        }
        // a negative intercept or asked coefficient is allowed: neither depends on an answer's value
        assert!(
            Calibration::from_json(&json2(negative(0))).is_ok() && Calibration::from_json(&json2(negative(2))).is_ok()
        );
    }

    /// A row with a value (0-1) for perspective `p`, or without a value.
    fn row(p: usize, value: Option<f32>) -> Row {
        let mut scalars = [0f32; 24];
        scalars[10 + p] = 1.0;
        if let Some(v) = value {
            (scalars[15], scalars[16]) = (1.0, v);
        }
        Row { question: Some(0), scalars, answer_text: None, question_text: None }
    }

    #[test]
    fn the_score_calibration_is_as_documented_monotone_and_finite() {
        let rows = serde_json::json!([
            [0.1, 1.2, -0.2, 0.5],
            [0.0, 1.0, 0.0, 0.0],
            [-0.3, 1.5, 0.3, 0.0],
            [0.2, 0.8, 0.1, 0.25]
        ]);
        let c = Calibration::from_json(&json2(score(0.05.into(), rows))).unwrap();
        let w = c.score.as_ref().unwrap().coefficients;
        // satisfaction asked twice (0.5 and 0.9: mean 0.7), loyalty once at 1.0 (clamped to 0.95), the others not
        let answers = [row(0, Some(0.5)), row(0, Some(0.9)), row(3, Some(1.0)), row(1, None)];
        let facts = facts_of(&answers);
        let got = c.scores([0.4, -1.0, 2.0, 0.3], &facts);
        let logit = |m: f64| (m / (1.0 - m)).ln();
        let mean = (f64::from(0.5f32) + f64::from(0.9f32)) / 2.0;
        let want = [
            sigmoid(w[0][0] + w[0][1] * 0.4 + w[0][2] + w[0][3] * logit(mean)),
            sigmoid(w[1][0] - w[1][1]),
            sigmoid(w[2][0] + w[2][1] * 2.0),
            sigmoid(w[3][0] + w[3][1] * 0.3 + w[3][2] + w[3][3] * logit(0.95)),
        ];
        for p in 0..4 {
            assert!((got[p] - 10.0 * want[p]).abs() < 1e-12, "{p}: {} vs {}", got[p], 10.0 * want[p]);
        }
        // without a row, the facts of the other rows; without rows at all, the intercept and the logit
        for (r, row) in answers.iter().enumerate() {
            let mut fewer = answers.to_vec();
            fewer.remove(r);
            assert_eq!(facts.without(row, &[0.0; 4]), facts_of(&fewer), "{r}");
        }
        assert_eq!(facts.without(&answers[2], &[0.0; 4]).count[3], 0);
        let none = c.scores([0.0; 4], &facts_of(&[]));
        assert!((none[1] - 10.0 * sigmoid(w[1][0])).abs() < 1e-12);
        // the order of the rows does not matter
        let reversed: Vec<Row> = answers.iter().rev().cloned().collect();
        assert_eq!(c.scores([0.4, -1.0, 2.0, 0.3], &facts_of(&reversed)), got);
        // raising a value or the head's logit never lowers a score; every score is finite and within 0-10
        for p in 0..4 {
            let mut last = f64::NEG_INFINITY;
            for step in 0..=20 {
                let v = step as f32 / 20.0;
                let s = c.scores([0.4; 4], &facts_of(&[row(p, Some(v)), row(p, Some(0.3))]))[p];
                assert!(s >= last, "{p} at {v}: {s} < {last}");
                last = s;
            }
            let mut last = f64::NEG_INFINITY;
            for z in [-1e30, -50.0, -1.0, 0.0, 1.0, 50.0, 1e30] {
                let s = c.scores([z; 4], &facts)[p];
                assert!(s.is_finite() && (0.0..=10.0).contains(&s) && s >= last, "{p} at {z}: {s}");
                last = s;
            }
        }
        let odd = [row(0, Some(f32::NAN)), row(1, Some(-3.0)), row(2, Some(7.0))];
        assert!(c.scores([0.0; 4], &facts_of(&odd)).iter().all(|s| s.is_finite()));
        // without a score calibration: 10 σ(z)
        assert_eq!(
            Calibration::default().scores([0.0, 1.0, -1.0, 2.0], &facts),
            [0.0, 1.0, -1.0, 2.0].map(|z| 10.0 * sigmoid(z))
        );
    }

    #[test]
    fn the_calibration_moves_confidence_and_polarity_as_documented() {
        let mut c = Calibration::from_json(&json("0.2", 14, v3(), 4)).unwrap();
        let mut scalars = [0f32; 24];
        (scalars[0], scalars[11], scalars[15], scalars[16]) = (1.0, 1.0, 1.0, 0.9);
        let rows = [Row { question: Some(0), scalars, answer_text: None, question_text: None }];
        let got = c.confidences(&rows, &facts_of(&rows), [6.0, 8.0, 5.0, 5.0], [0.5; 4], [1.0; 4], &[0.0; 4]);
        // intercept and every slope 0.5: logit 0, asked only for recommendation, one answer, no comment, extremity
        // |s - 5| / 5, disagreement |s - 9| / 10
        for (p, (s, asked)) in [(6.0, 0.0), (8.0, 1.0), (5.0, 0.0), (5.0, 0.0)].into_iter().enumerate() {
            let z =
                0.5 * (1.0 + asked + 2f64.ln() + (s - 5f64).abs() / 5.0 + (s - 10.0 * f64::from(0.9f32)).abs() / 10.0);
            assert!((got[p] - sigmoid(z)).abs() < 1e-12, "{p}: {} vs {}", got[p], sigmoid(z));
        }
        // versions 1 and 2: the offset only, whatever the logits
        assert!((c.polarity(0, 0.5, 3.0) - libm::tanh(libm::atanh(0.5) - 0.25)).abs() < 1e-12);
        assert_eq!(c.polarity(0, 1.0, 0.0), 1.0);
        c.confidence = None;
        assert_eq!(
            c.confidences(&rows, &facts_of(&rows), [6.0, 8.0, 5.0, 5.0], [0.3; 4], [1.0; 4], &[0.0; 4]),
            [0.3; 4]
        );
        assert_eq!(Calibration::default().polarity(5, -0.7, 2.0), -0.7);
    }

    /// A version 3 calibration: version 2's (no score calibration) with `polarity` set to `polarity`.
    fn json3(polarity: serde_json::Value) -> String {
        let mut v: serde_json::Value = serde_json::from_str(&json2(serde_json::Value::Null)).unwrap();
        v["version"] = 3.into();
        v["polarity"] = polarity;
        v.to_string()
    }

    #[test]
    fn version_3_reads_the_polarity_from_the_head_and_the_responses_logits() {
        let polarity = |slopes| serde_json::json!({"features": POLARITY_FEATURES, "slopes": slopes});
        let c = Calibration::from_json(&json3(polarity(serde_json::json!([0.8, 0.6])))).unwrap();
        assert_eq!(c.polarity_slopes, Some([0.8, 0.6]));
        // tanh(a atanh(p) + c mean_logit - offset), offsets 0.25
        let want = libm::tanh(0.8 * libm::atanh(0.5) + 0.6 * -1.5 - 0.25);
        assert!((c.polarity(3, 0.5, -1.5) - want).abs() < 1e-12);
        // a saturated polarity is clamped, so the result stays finite and the logits still count
        let saturated = c.polarity(0, 1.0, -40.0);
        assert!(saturated.is_finite() && saturated < 0.0, "{saturated}");
        assert!(c.polarity(0, -1.0, 0.0) < 0.0 && c.polarity(0, 1.0, 0.0) > 0.0);
        // slopes [1, 0] and the same offsets: version 2's polarity, within float rounding
        let v2 = Calibration::from_json(&json2(serde_json::Value::Null)).unwrap();
        let c1 = Calibration::from_json(&json3(polarity(serde_json::json!([1, 0])))).unwrap();
        assert!((c1.polarity(2, -0.3, 5.0) - v2.polarity(2, -0.3, 5.0)).abs() < 1e-12);
        // version 2 files carry no slopes
        assert_eq!(v2.polarity_slopes, None);
        for (bad, why) in [
            (json3(polarity(serde_json::json!([0.8]))), "polarity slopes"),
            (json3(polarity(serde_json::json!([0.8, "x"]))), "polarity slopes"),
            (json3(serde_json::json!({"features": ["polarity_logit"], "slopes": [0.8, 0.6]})), "polarity features"),
            (json3(serde_json::Value::Null), "polarity features"),
        ] {
            assert!(Calibration::from_json(&bad).unwrap_err().contains(why), "{why}: {bad}");
        }
    }

    /// A version 4 calibration: version 3's (polarity slopes `[1, 0]`) with every [`CONFIDENCE_FEATURES`], the
    /// confidence coefficients `coefficients` for each perspective.
    fn json4(coefficients: serde_json::Value) -> String {
        let polarity = serde_json::json!({"features": POLARITY_FEATURES, "slopes": [1, 0]});
        let mut v: serde_json::Value = serde_json::from_str(&json3(polarity)).unwrap();
        v["version"] = 4.into();
        v["confidence"] = serde_json::json!({"features": CONFIDENCE_FEATURES[..CONFIDENCE_FEATURES_V4],
                               "coefficients": rows_of(coefficients, 4)});
        v.to_string()
    }

    #[test]
    fn version_4_reads_the_answers_effects_and_the_comments_pull() {
        // intercept 0.1; slopes of any_valued, answer_effect and text_vs_answer only
        let c = Calibration::from_json(&json4(serde_json::json!([0.1, 0, 0, 0, 0, 0, 0, 1.0, 2.0, 3.0]))).unwrap();
        let mut valued = [0f32; 24];
        (valued[0], valued[11], valued[15], valued[16]) = (1.0, 1.0, 1.0, 0.9);
        let mut text = [0f32; 24];
        (text[8], text[14], text[18]) = (1.0, 1.0, 1.0);
        let rows = [
            Row { question: Some(0), scalars: valued, answer_text: None, question_text: None },
            Row { question: Some(1), scalars: text, answer_text: Some("slow".into()), question_text: None },
        ];
        let logits = [1.0, 2.0, 0.5, -0.5];
        let without = [0.8, 1.0, 0.5, -0.2, 1.5, 1.5, 0.0, -0.5];
        let got = c.confidences(&rows, &facts_of(&rows), [5.0; 4], [0.5; 4], logits, &without);
        // the answer's effect |z - z'| = 0.2, 1, 0, 0.3; the comment's z - z' = -0.5, 0.5, 0.5, 0; it pulls against
        // an answer above the middle (2 m - 1 = 0.8) for satisfaction only
        let m = 2.0 * f64::from(0.9f32) - 1.0;
        let want = [0, 1, 2, 3].map(|p| {
            let e = (logits[p] - f64::from(without[p])).abs();
            let pull = (-(logits[p] - f64::from(without[4 + p])) * m).max(0.0);
            sigmoid(0.1 + 1.0 + 2.0 * e + 3.0 * pull)
        });
        for p in 0..4 {
            assert!((got[p] - want[p]).abs() < 1e-12, "{p}: {} vs {}", got[p], want[p]);
        }
        // perspective 2: neither moved by the answer nor pulled against it
        assert!((got[2] - sigmoid(1.1)).abs() < 1e-12 && got[0] > got[2]);
        // without valued answers: no answer effect and no pull, whatever the comment does
        let got = c.confidences(&rows[1..], &facts_of(&rows[1..]), [5.0; 4], [0.5; 4], logits, &without[4..]);
        assert!(got.iter().all(|&g| (g - sigmoid(0.1)).abs() < 1e-12), "{got:?}");
        // the versions' facts are refused the other way round
        let mut v3_facts: serde_json::Value = serde_json::from_str(&json4(serde_json::json!(vec![0.0; 7]))).unwrap();
        v3_facts["confidence"]["features"] = serde_json::json!(v3());
        let err = Calibration::from_json(&v3_facts.to_string()).unwrap_err();
        assert!(err.contains("features of version 4"), "{err}");
        let short = json4(serde_json::json!(vec![0.0; 7]));
        assert!(Calibration::from_json(&short).unwrap_err().contains("10 numbers"));
    }

    #[test]
    fn version_5_reads_the_scores_spread_the_perspectives_asked_and_the_comments_length() {
        // intercept 0.1; slopes of score_spread, asked_perspectives and log_comment_length only
        let mut w = vec![0.0; 13];
        (w[0], w[10], w[11], w[12]) = (0.1, 1.0, 2.0, 3.0);
        let c = Calibration::from_json(
            &json5(0.05, rows_of(serde_json::json!([0, 1, 0, 0, 0, 0, 0]), 4))
                .replace(&serde_json::json!(vec![0.5; 13]).to_string(), &serde_json::json!(w).to_string()),
        )
        .unwrap();
        let mut valued = [0f32; 24];
        (valued[0], valued[11], valued[15], valued[16]) = (1.0, 1.0, 1.0, 0.9);
        let mut other = valued;
        (other[11], other[13]) = (0.0, 1.0);
        let mut text = [0f32; 24];
        (text[8], text[14], text[18]) = (1.0, 1.0, 1.0);
        // a comment of 5 code points (11 bytes) and a text answer that is not a comment (kind 9, not 8)
        let mut note = text;
        (note[8], note[9]) = (0.0, 1.0);
        let rows = [
            Row { question: Some(0), scalars: valued, answer_text: None, question_text: None },
            Row { question: Some(1), scalars: other, answer_text: None, question_text: None },
            Row { question: Some(2), scalars: text, answer_text: Some("καλός".into()), question_text: None },
            Row { question: Some(3), scalars: note, answer_text: Some("not counted".into()), question_text: None },
        ];
        let scores = [2.0, 4.0, 6.0, 8.0];
        let got = c.confidences(&rows, &facts_of(&rows), scores, [0.5; 4], [0.0; 4], &[0.0; 16]);
        // spread: sqrt(((-3)² + (-1)² + 1² + 3²) / 4) = sqrt(5); recommendation and loyalty asked: 2 / 4
        let want = sigmoid(0.1 + 5f64.sqrt() / 5.0 + 2.0 * 0.5 + 3.0 * 6f64.ln());
        for g in got {
            assert!((g - want).abs() < 1e-12, "{g} vs {want}");
        }
        // equal scores, nothing asked, no comment: the intercept alone
        let got = c.confidences(&rows[3..], &facts_of(&rows[3..]), [7.0; 4], [0.5; 4], [0.0; 4], &[0.0; 4]);
        assert!(got.iter().all(|&g| (g - sigmoid(0.1)).abs() < 1e-12), "{got:?}");
        // version 5 needs the twelve facts
        let mut nine: serde_json::Value =
            serde_json::from_str(&json5(0.05, rows_of(serde_json::json!(w[..7]), 4))).unwrap();
        nine["confidence"]["features"] = serde_json::json!(CONFIDENCE_FEATURES[..CONFIDENCE_FEATURES_V4]);
        nine["confidence"]["coefficients"] = rows_of(serde_json::json!(vec![0.0; 10]), 4);
        let err = Calibration::from_json(&nine.to_string()).unwrap_err();
        assert!(err.contains("confidence features of version 5"), "{err}");
    }
}
