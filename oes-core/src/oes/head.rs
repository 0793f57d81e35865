//! The OES head computed in Rust from the weights of `head.onnx`, with the parts that depend on one text only
//! computed once per text.
//!
//! The head's first layer is linear in a row's three parts (scalars, answer-text embedding, question embedding):
//! `W1 x = W1s s + W1a e_answer + W1q e_question`. The two 384-wide projections, and the themes (which read the
//! answer-text embedding alone), depend on a text only, so they are computed once per text: once per scorer for the
//! texts a survey defines (question wordings, choice answers), once per call for comments. What is left per row is the
//! scalar part and the small second layer, and each distinct row is computed once per call (a kiosk's `NPS = 9` row
//! is the same row in every response that gave it). Without text, a response costs a few microseconds.
//!
//! This runs only when `head.onnx` is exactly the documented graph (`models/head/export.py`, `docs/oes-model.md`):
//! [`NativeHead::from_onnx`] checks every node and constant, and the scorer runs any other head file through its
//! runtime instead. Scores agree with ONNX Runtime's to float rounding (about 1e-6).

mod proto;

use proto::{Graph, Initializer, Values};

use super::features::{EMBEDDING, FEATURES, SCALARS};
use super::THEMES;

/// Scalar feature: 1 when the answer has a value.
const HAS_VALUE: usize = 15;
/// Scalar feature: the answer's normalised value (kept out of the trunk).
const VALUE: usize = 16;
/// The head's 16 per-row outputs: value base `g`, value slope logit `k`, attention `a`, unused; 4 each.
const ROW_OUTPUTS: usize = 16;
/// Themes then polarities.
pub(crate) const THEME_OUTPUTS: usize = 2 * THEMES.len();
/// A sum of exponentials below this is taken again relative to another maximum before dividing by it.
const SMALLEST_SUM: f32 = 1e-30;

/// One node of the documented graph: operator, inputs, outputs, integer attributes.
type Spec = (&'static str, &'static [&'static str], &'static [&'static str], &'static [(&'static str, i64)]);

/// The graph `models/head/export.py` writes, node for node.
const GRAPH: &[Spec] = &[
    ("MatMul", &["features", "W1"], &["x1"], &[]),
    ("Add", &["x1", "b1"], &["x1b"], &[]),
    ("Relu", &["x1b"], &["h"], &[]),
    ("MatMul", &["h", "W2"], &["x2"], &[]),
    ("Add", &["x2", "b2"], &["x2b"], &[]),
    ("Relu", &["x2b"], &["h2"], &[]),
    ("MatMul", &["h2", "Wh"], &["o1"], &[]),
    ("Add", &["o1", "bh"], &["o"], &[]),
    ("Split", &["o", "sp4"], &["g", "k", "a", "unused"], &[("axis", 2)]),
    ("Slice", &["features", "s_val", "e_val", "ax2"], &["value"], &[]),
    ("Slice", &["features", "s_has", "e_has", "ax2"], &["has_value"], &[]),
    ("Softplus", &["k"], &["slope"], &[]),
    ("Sub", &["value", "half"], &["centred"], &[]),
    ("Mul", &["slope", "centred"], &["sv"], &[]),
    ("Mul", &["sv", "has_value"], &["svh"], &[]),
    ("Add", &["g", "svh"], &["v"], &[]),
    ("Unsqueeze", &["mask", "ax_m1"], &["m3"], &[]),
    ("Sub", &["m3", "one"], &["m3m1"], &[]),
    ("Mul", &["m3m1", "big"], &["neg"], &[]),
    ("Add", &["a", "neg"], &["am"], &[]),
    ("Softmax", &["am"], &["w0"], &[("axis", 1)]),
    ("Mul", &["w0", "m3"], &["w"], &[]),
    ("Mul", &["w", "v"], &["wv"], &[]),
    ("Mul", &["wv", "m3"], &["terms"], &[]),
    ("ReduceSum", &["terms", "ax1"], &["zsum"], &[("keepdims", 0)]),
    ("Add", &["zsum", "bz"], &["logits"], &[]),
    ("MatMul", &["h2", "Wc"], &["c1"], &[]),
    ("Mul", &["c1", "m3"], &["c1m"], &[]),
    ("ReduceSum", &["c1m", "ax1"], &["csum"], &[("keepdims", 0)]),
    ("Add", &["csum", "bc"], &["cz"], &[]),
    ("Sigmoid", &["cz"], &["confidence"], &[]),
    ("Slice", &["features", "s_emb", "e_emb", "ax2"], &["emb"], &[]),
    ("MatMul", &["emb", "T1"], &["ta"], &[]),
    ("Add", &["ta", "t1"], &["tab"], &[]),
    ("Relu", &["tab"], &["th"], &[]),
    ("MatMul", &["th", "T2"], &["tb"], &[]),
    ("Add", &["tb", "t2"], &["tz"], &[]),
    ("Split", &["tz", "sp14"], &["tz_p", "tz_q"], &[("axis", 2)]),
    ("Sigmoid", &["tz_p"], &["themes"], &[]),
    ("Tanh", &["tz_q"], &["polarity"], &[]),
];

/// The graph's constants and the values the computation here assumes.
const INT_CONSTANTS: &[(&str, &[i64])] = &[
    ("s_val", &[VALUE as i64]),
    ("e_val", &[VALUE as i64 + 1]),
    ("s_has", &[HAS_VALUE as i64]),
    ("e_has", &[HAS_VALUE as i64 + 1]),
    ("s_emb", &[SCALARS as i64]),
    ("e_emb", &[(SCALARS + EMBEDDING) as i64]),
    ("ax2", &[2]),
    ("ax1", &[1]),
    ("ax_m1", &[-1]),
    ("sp4", &[4, 4, 4, 4]),
    ("sp14", &[14, 14]),
];
const FLOAT_CONSTANTS: &[(&str, f32)] = &[("half", 0.5), ("one", 1.0), ("big", 1e9)];

/// The calibration stored in a head file's metadata ([`super::explain::CALIBRATION_KEY`]); the default (none) when
/// the file has no such entry. An entry that cannot be read is an error.
pub(crate) fn calibration(bytes: &[u8]) -> Result<super::explain::Calibration, String> {
    match proto::read_metadata(bytes, super::explain::CALIBRATION_KEY)? {
        Some(json) => super::explain::Calibration::from_json(&json),
        None => Ok(super::explain::Calibration::default()),
    }
}

/// The weights of `head.onnx`, matrices row-major `[inputs, outputs]` as ONNX's `MatMul` takes them.
#[derive(Debug, Clone)]
pub(crate) struct NativeHead {
    h1: usize,
    w1: Vec<f32>,
    b1: Vec<f32>,
    w2: Vec<f32>,
    b2: Vec<f32>,
    wh: Vec<f32>,
    bh: Vec<f32>,
    bz: Vec<f32>,
    wc: Vec<f32>,
    bc: Vec<f32>,
    t1: Vec<f32>,
    tb1: Vec<f32>,
    t2: Vec<f32>,
    tb2: Vec<f32>,
    /// Themes and polarities of a row without an answer text (a zero embedding).
    no_text_themes: [f32; THEME_OUTPUTS],
}

/// One row's share of the head: the value term's parts, the attention logit and the confidence term, 4 each.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct RowTerms {
    /// `g_p`.
    pub base: [f32; 4],
    /// `softplus(k_p)`.
    pub slope: [f32; 4],
    /// `a_p`.
    pub attention: [f32; 4],
    /// `s_p(h2)`.
    pub confidence: [f32; 4],
}

fn weights(g: &Graph, name: &str, dims: &[usize]) -> Result<Vec<f32>, String> {
    match g.initializers.get(name) {
        Some(Initializer { dims: d, values: Values::F32(v) }) if d == dims => Ok(v.clone()),
        Some(Initializer { dims: d, .. }) => Err(format!("{name} has shape {d:?}, expected float32 {dims:?}")),
        None => Err(format!("no initializer {name}")),
    }
}

fn dim(g: &Graph, name: &str, axis: usize) -> Result<usize, String> {
    g.initializers.get(name).and_then(|i| i.dims.get(axis).copied()).ok_or_else(|| format!("no initializer {name}"))
}

/// `out += x W` for `x` of `W`'s rows (`W` row-major, `out.len()` columns), skipping zero inputs (after a ReLU, many).
fn accumulate(x: &[f32], w: &[f32], out: &mut [f32]) {
    let n = out.len();
    for (&xi, row) in x.iter().zip(w.chunks_exact(n)) {
        if xi != 0.0 {
            for (o, &wij) in out.iter_mut().zip(row) {
                *o += xi * wij;
            }
        }
    }
}

fn relu(v: &mut [f32]) {
    for x in v {
        *x = x.max(0.0);
    }
}

fn sigmoid(x: f32) -> f32 {
    1.0 / (1.0 + libm::expf(-x))
}

fn softplus(x: f32) -> f32 {
    if x > 20.0 {
        x
    } else {
        libm::log1pf(libm::expf(x))
    }
}

impl NativeHead {
    /// Reads `head.onnx`; an error says how the file differs from the documented graph.
    pub(crate) fn from_onnx(bytes: &[u8]) -> Result<NativeHead, String> {
        let g = proto::read_graph(bytes)?;
        if g.nodes.len() != GRAPH.len() {
            return Err(format!("{} nodes, expected {}", g.nodes.len(), GRAPH.len()));
        }
        for (i, (node, &(op, inputs, outputs, ints))) in g.nodes.iter().zip(GRAPH).enumerate() {
            let same = node.op == op
                && node.inputs == inputs
                && node.outputs == outputs
                && node.ints.len() == ints.len()
                && node.ints.iter().zip(ints).all(|((n, v), (m, w))| n == m && v == w);
            if !same {
                return Err(format!(
                    "node {i} is {} {:?} -> {:?}, expected {op} {inputs:?} -> {outputs:?}",
                    node.op, node.inputs, node.outputs
                ));
            }
        }
        for &(name, want) in INT_CONSTANTS {
            match g.initializers.get(name).map(|i| &i.values) {
                Some(Values::I64(v)) if v == want => {}
                _ => return Err(format!("constant {name} is not {want:?}")),
            }
        }
        for &(name, want) in FLOAT_CONSTANTS {
            match g.initializers.get(name).map(|i| &i.values) {
                Some(Values::F32(v)) if v[..] == [want] => {}
                _ => return Err(format!("constant {name} is not {want}")),
            }
        }
        let (h1, h2, ht) = (dim(&g, "W1", 1)?, dim(&g, "W2", 1)?, dim(&g, "T1", 1)?);
        let mut head = NativeHead {
            h1,
            w1: weights(&g, "W1", &[FEATURES, h1])?,
            b1: weights(&g, "b1", &[h1])?,
            w2: weights(&g, "W2", &[h1, h2])?,
            b2: weights(&g, "b2", &[h2])?,
            wh: weights(&g, "Wh", &[h2, ROW_OUTPUTS])?,
            bh: weights(&g, "bh", &[ROW_OUTPUTS])?,
            bz: weights(&g, "bz", &[4])?,
            wc: weights(&g, "Wc", &[h2, 4])?,
            bc: weights(&g, "bc", &[4])?,
            t1: weights(&g, "T1", &[EMBEDDING, ht])?,
            tb1: weights(&g, "t1", &[ht])?,
            t2: weights(&g, "T2", &[ht, THEME_OUTPUTS])?,
            tb2: weights(&g, "t2", &[THEME_OUTPUTS])?,
            no_text_themes: [0.0; THEME_OUTPUTS],
        };
        let mut themes = [0.0; THEME_OUTPUTS];
        head.themes(&[0.0; EMBEDDING], &mut themes);
        head.no_text_themes = themes;
        Ok(head)
    }

    fn themes(&self, embedding: &[f32], out: &mut [f32]) {
        let mut th = self.tb1.clone();
        accumulate(embedding, &self.t1, &mut th);
        relu(&mut th);
        out.copy_from_slice(&self.tb2);
        accumulate(&th, &self.t2, out);
        let (themes, polarity) = out.split_at_mut(THEMES.len());
        themes.iter_mut().for_each(|x| *x = sigmoid(*x));
        polarity.iter_mut().for_each(|x| *x = libm::tanhf(*x));
    }

    /// The theme probabilities, then the polarities, of an answer text from its embedding.
    pub(crate) fn theme_outputs(&self, embedding: &[f32]) -> [f32; THEME_OUTPUTS] {
        let mut out = [0.0; THEME_OUTPUTS];
        self.themes(embedding, &mut out);
        out
    }

    /// A text's vectors as an answer from its embedding: the first layer's projection, then themes and polarities.
    pub(crate) fn answer_text(&self, embedding: &[f32]) -> Vec<f32> {
        let mut out = vec![0.0; self.h1 + THEME_OUTPUTS];
        let (projection, themes) = out.split_at_mut(self.h1);
        accumulate(embedding, &self.w1[SCALARS * self.h1..(SCALARS + EMBEDDING) * self.h1], projection);
        self.themes(embedding, themes);
        out
    }

    /// A text's vector as a question wording from its embedding: the first layer's projection.
    pub(crate) fn question_text(&self, embedding: &[f32]) -> Vec<f32> {
        let mut out = vec![0.0; self.h1];
        accumulate(embedding, &self.w1[(SCALARS + EMBEDDING) * self.h1..], &mut out);
        out
    }

    /// Themes and polarities of a row: from its answer text's vectors, or those of no text.
    pub(crate) fn row_themes<'a>(&'a self, answer: Option<&'a [f32]>) -> &'a [f32] {
        answer.map_or(&self.no_text_themes[..], |a| &a[self.h1..])
    }

    /// One row's terms from its scalars and its texts' vectors.
    pub(crate) fn row(&self, scalars: &[f32; SCALARS], answer: Option<&[f32]>, question: Option<&[f32]>) -> RowTerms {
        let mut h = self.b1.clone();
        accumulate(scalars, &self.w1[..SCALARS * self.h1], &mut h);
        for part in [answer.map(|a| &a[..self.h1]), question].into_iter().flatten() {
            h.iter_mut().zip(part).for_each(|(x, p)| *x += p);
        }
        relu(&mut h);
        let mut h2 = self.b2.clone();
        accumulate(&h, &self.w2, &mut h2);
        relu(&mut h2);
        let mut o = [0f32; ROW_OUTPUTS];
        o.copy_from_slice(&self.bh);
        accumulate(&h2, &self.wh, &mut o);
        let mut confidence = [0f32; 4];
        accumulate(&h2, &self.wc, &mut confidence);
        let four = |at: usize| [o[at], o[at + 1], o[at + 2], o[at + 3]];
        RowTerms { base: four(0), slope: four(4).map(softplus), attention: four(8), confidence }
    }

    /// Logits and confidences of a response from its rows' terms and scalars; the logits of the response without each
    /// row into `without` (4 per row).
    ///
    /// The logit is `b + Σ e_r v_r / Σ e_r`, `e_r` the exponential of row `r`'s attention logit less the largest.
    /// A row's features do not depend on the other rows, so the response without row `r` is the same rows less `r`:
    /// its logit is the same sums over the other rows, which re-scoring without the answer gives to float rounding.
    /// (The ratio does not depend on which maximum the exponentials are relative to; they are taken again relative to
    /// the largest remaining attention logit only when the row left out held the maximum alone and the others' would
    /// be too small to divide by.)
    pub(crate) fn combine(&self, rows: &[(&RowTerms, &[f32; SCALARS])], without: &mut [f32]) -> ([f32; 4], [f32; 4]) {
        let mut logits = [0f32; 4];
        let mut confidence = [0f32; 4];
        let n = rows.len();
        // values, attention logits, exponentials and their products with the values (shared, then relative to
        // another maximum); on the stack for the usual few rows
        let (mut stack, mut heap) = ([0f32; 6 * 16], Vec::new());
        let scratch = if n <= 16 {
            &mut stack[..6 * n]
        } else {
            heap.resize(6 * n, 0f32);
            &mut heap[..]
        };
        let (values, rest) = scratch.split_at_mut(n);
        let (attention, rest) = rest.split_at_mut(n);
        let (exps, rest) = rest.split_at_mut(n);
        let (weighted, rest) = rest.split_at_mut(n);
        let (other, other_weighted) = rest.split_at_mut(n);
        for p in 0..4 {
            let mut c = 0f32;
            for (r, (t, s)) in rows.iter().enumerate() {
                values[r] = t.base[p] + t.slope[p] * (s[VALUE] - 0.5) * s[HAS_VALUE];
                attention[r] = t.attention[p];
                c += t.confidence[p];
            }
            let max = attention.iter().copied().fold(f32::NEG_INFINITY, f32::max);
            for r in 0..n {
                exps[r] = libm::expf(attention[r] - max);
                weighted[r] = exps[r] * values[r];
            }
            let sum: f32 = exps.iter().sum();
            let total: f32 = weighted.iter().sum();
            logits[p] = if n == 0 { self.bz[p] } else { total / sum + self.bz[p] };
            confidence[p] = sigmoid(c + self.bc[p]);
            // The largest attention logit without row `skip`: `max` unless that row held it alone.
            let holders = attention.iter().filter(|&&a| a == max).count();
            let second = attention.iter().copied().filter(|&a| a != max).fold(f32::NEG_INFINITY, f32::max);
            for skip in 0..n {
                let kept = |j: &usize| *j != skip;
                let mut sum: f32 = (0..n).filter(kept).map(|j| exps[j]).sum();
                let mut ev: &[f32] = weighted;
                if sum < SMALLEST_SUM && attention[skip] == max && holders == 1 {
                    for r in 0..n {
                        other[r] = libm::expf(attention[r] - second);
                        other_weighted[r] = other[r] * values[r];
                    }
                    sum = (0..n).filter(kept).map(|j| other[j]).sum();
                    ev = other_weighted;
                }
                let total: f32 = (0..n).filter(kept).map(|j| ev[j]).sum();
                without[skip * 4 + p] = if n == 1 { self.bz[p] } else { total / sum + self.bz[p] };
            }
        }
        (logits, confidence)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn committed() -> Vec<u8> {
        std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/../models/head.onnx")).expect("models/head.onnx")
    }

    fn replace(bytes: &[u8], from: &[u8], to: &[u8]) -> Vec<u8> {
        assert_eq!(from.len(), to.len());
        let at = bytes.windows(from.len()).position(|w| w == from).expect("the pattern occurs");
        let mut out = bytes.to_vec();
        out[at..at + to.len()].copy_from_slice(to);
        out
    }

    #[test]
    fn reads_the_committed_head_and_refuses_other_graphs() {
        let bytes = committed();
        let head = NativeHead::from_onnx(&bytes).unwrap();
        assert_eq!((head.h1, head.w1.len(), head.bz.len()), (128, FEATURES * 128, 4));
        // The value feature never enters the trunk: its row of W1 is zero.
        assert!(head.w1[VALUE * head.h1..(VALUE + 1) * head.h1].iter().all(|&w| w == 0.0));

        let other_op = replace(&bytes, b"Tanh", b"Sinh");
        assert!(NativeHead::from_onnx(&other_op).unwrap_err().contains("expected Tanh"));
        let other_attribute = replace(&bytes, b"keepdims", b"keepdimz");
        assert!(NativeHead::from_onnx(&other_attribute).unwrap_err().contains("ReduceSum"));
        let other_constant = replace(&bytes, b"\x0a\x03big", b"\x0a\x03bug");
        assert!(NativeHead::from_onnx(&other_constant).unwrap_err().contains("big"));
        assert!(NativeHead::from_onnx(b"not a model").is_err());
        assert!(NativeHead::from_onnx(&bytes[..bytes.len() / 2]).is_err());
    }

    #[test]
    fn a_response_without_rows_scores_the_bias_and_weights_sum_to_one() {
        let head = NativeHead::from_onnx(&committed()).unwrap();
        let (logits, confidence) = head.combine(&[], &mut []);
        assert_eq!(logits.to_vec(), head.bz);
        assert_eq!(confidence.to_vec(), head.bc.iter().map(|&c| sigmoid(c)).collect::<Vec<_>>());

        // Two rows with the same value base and no value: whatever the attention, the logit is that base, with either
        // row alone too.
        let mut scalars = [0f32; SCALARS];
        scalars[0] = 1.0;
        let row = head.row(&scalars, None, None);
        let mut other = row;
        other.attention = row.attention.map(|a| a + 3.0);
        let mut without = [0f32; 8];
        let (logits, _) = head.combine(&[(&row, &scalars), (&other, &scalars)], &mut without);
        for p in 0..4 {
            assert!((logits[p] - head.bz[p] - row.base[p]).abs() < 1e-5, "{p}");
            assert!((without[p] - logits[p]).abs() < 1e-5 && (without[4 + p] - logits[p]).abs() < 1e-5, "{p}");
        }
    }

    #[test]
    fn the_committed_head_carries_its_calibration() {
        let c = calibration(&committed()).unwrap();
        assert!(c.theme_threshold > 0.0 && c.theme_threshold < 1.0 && c.confidence.is_some(), "{c:?}");
        // version 2: the scores are calibrated too, each reading the head's logits (its own or the other three: the
        // fit may hold the own one at 0) with coefficients not below 0
        let reads_logits = |w: &[f64]| w[1] >= 0.0 && w[4] >= 0.0 && w[1] + w[4] > 0.0;
        assert!(c.score.as_ref().is_some_and(|s| s.coefficients.iter().all(|w| reads_logits(w))), "{c:?}");
        assert_ne!(c, super::super::explain::Calibration::default());
        // A file without the entry: none.
        assert_eq!(calibration(b"").unwrap(), super::super::explain::Calibration::default());
    }

    #[test]
    fn the_logits_without_a_row_are_those_of_the_response_without_it() {
        let head = NativeHead::from_onnx(&committed()).unwrap();
        // Rows of several kinds and values (an NPS, a CSAT, a yes/no, a skipped question, a ticket), so that the
        // attention logits differ: leaving out every row of every prefix leaves out the one with the largest
        // attention logit too.
        let mut all = Vec::new();
        for (kind, value, has) in
            [(0, 0.9, 1.0), (1, 0.25, 1.0), (5, 1.0, 1.0), (6, 0.0, 0.0), (9, 0.0, 0.0), (0, 0.1, 1.0)]
        {
            let mut s = [0f32; SCALARS];
            s[kind] = 1.0;
            s[14] = 1.0;
            s[HAS_VALUE] = has;
            s[VALUE] = value;
            s[17] = 1.0 - has;
            all.push((head.row(&s, None, None), s));
        }
        // A row whose attention logit dwarfs the others' (their exponentials relative to it are 0): without it, the
        // others' exponentials are taken relative to the next largest.
        let mut dominant = all[0];
        dominant.0.attention = dominant.0.attention.map(|a| a + 200.0);
        all.push(dominant);
        for n in 1..=all.len() {
            let rows: Vec<(&RowTerms, &[f32; SCALARS])> = all[..n].iter().map(|(t, s)| (t, s)).collect();
            let mut without = vec![0f32; 4 * n];
            head.combine(&rows, &mut without);
            for r in 0..n {
                let mut fewer = rows.clone();
                fewer.remove(r);
                let mut w = vec![0f32; 4 * (n - 1)];
                let (logits, _) = head.combine(&fewer, &mut w);
                for p in 0..4 {
                    let (a, b) = (without[r * 4 + p], logits[p]);
                    assert!((a - b).abs() <= 1e-6 * b.abs().max(1.0), "{n} rows, row {r} left out, {p}: {a} vs {b}");
                }
            }
        }
    }
}
