//! Turns the head's raw outputs for one response into scores, confidences and reasons, through the calibration
//! stored with the head.

use super::features::Row;
use super::{AnswerEffect, OesScore, PerPerspective, Reasons, ThemeMention, THEMES};
use crate::survey::Survey;

/// Effects smaller than this many points are left out of the reasons.
pub const MIN_EFFECT: f64 = 0.05;
/// Themes less probable than this are left out when the head file has no calibration.
pub const MIN_THEME_PROBABILITY: f64 = 0.5;
/// The metadata entry of `head.onnx` that holds its calibration (JSON, written by `models/head/calibrate.py`).
pub const CALIBRATION_KEY: &str = "oes.calibration";
/// The facts the confidence calibration reads, in the order of its coefficients (after the intercept).
pub const CONFIDENCE_FEATURES: [&str; 6] =
    ["logit_confidence", "asked", "log_answers", "comment", "extremity", "disagreement"];

/// What oes applies on top of the head's outputs, fitted on a hand-labelled calibration split
/// (`models/head/calibrate.py`, `models/data/calibration.jsonl`) and stored in `head.onnx`'s metadata. Without one
/// ([`Calibration::default`]) the head's outputs are reported as they are, themes from probability 0.5.
#[derive(Debug, Clone, PartialEq)]
pub struct Calibration {
    /// A theme is reported from this probability.
    pub theme_threshold: f64,
    /// Per theme, the reported polarity is `tanh(atanh(polarity) - offset)`.
    pub polarity_offsets: [f64; THEMES.len()],
    /// Per perspective, an intercept and one slope per [`CONFIDENCE_FEATURES`]: the reported confidence is the
    /// logistic function of their sum; `None`: the head's own confidence.
    pub confidence: Option<[[f64; 1 + CONFIDENCE_FEATURES.len()]; 4]>,
}

impl Default for Calibration {
    fn default() -> Self {
        Calibration { theme_threshold: MIN_THEME_PROBABILITY, polarity_offsets: [0.0; THEMES.len()], confidence: None }
    }
}

impl Calibration {
    /// Reads the JSON of `calibrate.py` (`{"version": 1, "theme_threshold", "polarity_offsets": [14],
    /// "confidence": {"features": [...], "coefficients": [[7] x 4]}}`); an error says what is wrong.
    pub fn from_json(json: &str) -> Result<Calibration, String> {
        let v: serde_json::Value = serde_json::from_str(json).map_err(|e| format!("calibration: {e}"))?;
        if v["version"] != 1 {
            return Err(format!("calibration version {} (this oes reads version 1)", v["version"]));
        }
        let numbers = |value: &serde_json::Value, what: &str, n: usize| -> Result<Vec<f64>, String> {
            let items =
                value.as_array().filter(|a| a.len() == n).ok_or(format!("calibration: {what} must be {n} numbers"))?;
            items
                .iter()
                .map(|x| x.as_f64().filter(|x| x.is_finite()).ok_or(format!("calibration: {what} must be {n} numbers")))
                .collect()
        };
        let theme_threshold = numbers(&serde_json::json!([v["theme_threshold"]]), "theme_threshold", 1)?[0];
        let offsets = numbers(&v["polarity_offsets"], "polarity_offsets", THEMES.len())?;
        let features = v["confidence"]["features"].as_array().map(|f| f.iter().map(|x| x.as_str()).collect::<Vec<_>>());
        if features != Some(CONFIDENCE_FEATURES.iter().map(|&f| Some(f)).collect()) {
            return Err(format!("calibration: the confidence features must be {CONFIDENCE_FEATURES:?}"));
        }
        let rows = v["confidence"]["coefficients"].as_array().filter(|a| a.len() == 4);
        let rows = rows.ok_or("calibration: confidence coefficients must be 4 rows")?;
        let mut confidence = [[0.0; 1 + CONFIDENCE_FEATURES.len()]; 4];
        for (out, row) in confidence.iter_mut().zip(rows) {
            out.copy_from_slice(&numbers(row, "each row of confidence coefficients", 1 + CONFIDENCE_FEATURES.len())?);
        }
        let mut polarity_offsets = [0.0; THEMES.len()];
        polarity_offsets.copy_from_slice(&offsets);
        Ok(Calibration { theme_threshold, polarity_offsets, confidence: Some(confidence) })
    }

    /// The confidences oes reports for a response with these rows, scores and head confidences.
    fn confidences(&self, rows: &[Row], scores: [f64; 4], head: [f64; 4]) -> [f64; 4] {
        let Some(coefficients) = &self.confidence else { return head };
        let (mut valued, mut sum, mut answers, mut comment, mut asked) = (0usize, 0f64, 0usize, false, [false; 4]);
        for r in rows {
            let has_value = r.scalars[15] == 1.0;
            if has_value {
                valued += 1;
                sum += r.scalars[16] as f64;
                for (p, a) in asked.iter_mut().enumerate() {
                    *a |= r.scalars[10 + p] == 1.0;
                }
            }
            answers += usize::from(has_value || r.answer_text.is_some());
            comment |= r.scalars[8] == 1.0 && r.answer_text.is_some();
        }
        let log_answers = libm::log1p(answers as f64);
        [0, 1, 2, 3].map(|p| {
            let c = head[p].clamp(1e-7, 1.0 - 1e-7);
            let s = scores[p];
            let x = [
                libm::log(c / (1.0 - c)),
                f64::from(u8::from(asked[p])),
                log_answers,
                f64::from(u8::from(comment)),
                (s - 5.0).abs() / 5.0,
                if valued == 0 { 0.0 } else { (s - 10.0 * (sum / valued as f64)).abs() / 10.0 },
            ];
            let w = &coefficients[p];
            sigmoid(w[0] + w[1..].iter().zip(x).map(|(w, x)| w * x).sum::<f64>())
        })
    }

    /// The polarity oes reports for the head's `polarity` of theme `t`.
    fn polarity(&self, t: usize, polarity: f64) -> f64 {
        if self.polarity_offsets[t] == 0.0 {
            polarity
        } else {
            libm::tanh(libm::atanh(polarity) - self.polarity_offsets[t])
        }
    }
}

/// The head's outputs for one response: `logits` and `confidence` per perspective; per row, the logits `without`
/// it (4), `themes` (14) and `polarity` (14).
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
}

fn sigmoid(z: f64) -> f64 {
    1.0 / (1.0 + libm::exp(-z))
}

/// Scores and reasons of one response from its rows and the head's outputs for them, through `calibration`.
pub fn decode(survey: &Survey, id: &str, rows: &[Row], out: HeadOutput<'_>, calibration: &Calibration) -> OesScore {
    let scores = [0, 1, 2, 3].map(|p| 10.0 * sigmoid(out.logits[p] as f64));
    let name = |row: &Row| match row.question {
        Some(i) => survey.questions()[i].id.clone(),
        None => "ticket".to_owned(),
    };
    let mut answers = Vec::new();
    let mut themes = Vec::new();
    for (r, row) in rows.iter().enumerate() {
        let mut effect = [0.0; 4];
        for (p, e) in effect.iter_mut().enumerate() {
            *e = scores[p] - 10.0 * sigmoid(out.without[r * 4 + p] as f64);
        }
        if effect.iter().any(|e| e.abs() >= MIN_EFFECT) {
            answers.push(AnswerEffect { question: name(row), effect: PerPerspective::from_array(effect) });
        }
        if row.answer_text.is_some() {
            for (t, theme) in THEMES.iter().enumerate() {
                let probability = out.themes[r * THEMES.len() + t] as f64;
                if probability >= calibration.theme_threshold {
                    themes.push(ThemeMention {
                        theme: (*theme).to_owned(),
                        question: name(row),
                        polarity: calibration.polarity(t, out.polarity[r * THEMES.len() + t] as f64),
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
            scores,
            [0, 1, 2, 3].map(|p| out.confidence[p] as f64),
        )),
        reasons: Reasons { answers, themes },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json(threshold: &str, offsets: usize, features: &[&str], rows: usize) -> String {
        let coefficients = vec![vec![0.5; 1 + CONFIDENCE_FEATURES.len()]; rows];
        serde_json::json!({"version": 1, "theme_threshold": serde_json::from_str::<serde_json::Value>(threshold).unwrap(),
            "polarity_offsets": vec![0.25; offsets],
            "confidence": {"features": features, "coefficients": coefficients}})
        .to_string()
    }

    #[test]
    fn a_calibration_is_read_whole_or_refused() {
        let c = Calibration::from_json(&json("0.2", 14, &CONFIDENCE_FEATURES, 4)).unwrap();
        assert_eq!((c.theme_threshold, c.polarity_offsets[13]), (0.2, 0.25));
        assert_eq!(c.confidence.unwrap()[3][6], 0.5);
        for (bad, why) in [
            (json("null", 14, &CONFIDENCE_FEATURES, 4), "theme_threshold"),
            (json("0.2", 13, &CONFIDENCE_FEATURES, 4), "polarity_offsets"),
            (json("0.2", 14, &CONFIDENCE_FEATURES[..5], 4), "features"),
            (json("0.2", 14, &CONFIDENCE_FEATURES, 3), "4 rows"),
            (json("0.2", 14, &CONFIDENCE_FEATURES, 4).replace("\"version\":1", "\"version\":2"), "version"),
            ("not json".to_owned(), "calibration"),
        ] {
            assert!(Calibration::from_json(&bad).unwrap_err().contains(why), "{why}: {bad}");
        }
    }

    #[test]
    fn the_calibration_moves_confidence_and_polarity_as_documented() {
        let mut c = Calibration::from_json(&json("0.2", 14, &CONFIDENCE_FEATURES, 4)).unwrap();
        let mut scalars = [0f32; 24];
        (scalars[0], scalars[11], scalars[15], scalars[16]) = (1.0, 1.0, 1.0, 0.9);
        let rows = [Row { question: Some(0), scalars, answer_text: None, question_text: None }];
        let got = c.confidences(&rows, [6.0, 8.0, 5.0, 5.0], [0.5; 4]);
        // intercept and every slope 0.5: logit 0, asked only for recommendation, one answer, no comment, extremity
        // |s - 5| / 5, disagreement |s - 9| / 10
        for (p, (s, asked)) in [(6.0, 0.0), (8.0, 1.0), (5.0, 0.0), (5.0, 0.0)].into_iter().enumerate() {
            let z =
                0.5 * (1.0 + asked + 2f64.ln() + (s - 5f64).abs() / 5.0 + (s - 10.0 * f64::from(0.9f32)).abs() / 10.0);
            assert!((got[p] - sigmoid(z)).abs() < 1e-12, "{p}: {} vs {}", got[p], sigmoid(z));
        }
        assert!((c.polarity(0, 0.5) - libm::tanh(libm::atanh(0.5) - 0.25)).abs() < 1e-12);
        assert_eq!(c.polarity(0, 1.0), 1.0);
        c.confidence = None;
        assert_eq!(c.confidences(&rows, [6.0, 8.0, 5.0, 5.0], [0.3; 4]), [0.3; 4]);
        assert_eq!(Calibration::default().polarity(5, -0.7), -0.7);
    }
}
