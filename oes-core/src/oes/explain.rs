//! Turns the head's raw outputs for one response into scores, confidences and reasons.

use super::features::Row;
use super::{AnswerEffect, OesScore, PerPerspective, Reasons, ThemeMention, THEMES};
use crate::survey::Survey;

/// Effects smaller than this many points are left out of the reasons.
pub const MIN_EFFECT: f64 = 0.05;
/// Themes less probable than this are left out.
pub const MIN_THEME_PROBABILITY: f64 = 0.5;

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

/// Scores and reasons of one response from its rows and the head's outputs for them.
pub fn decode(survey: &Survey, id: &str, rows: &[Row], out: HeadOutput<'_>) -> OesScore {
    let z: Vec<f64> = out.logits.iter().map(|&v| v as f64).collect();
    let score = |p: usize| 10.0 * sigmoid(z[p]);
    let name = |row: &Row| match row.question {
        Some(i) => survey.questions()[i].id.clone(),
        None => "ticket".to_owned(),
    };
    let mut answers = Vec::new();
    let mut themes = Vec::new();
    for (r, row) in rows.iter().enumerate() {
        let mut effect = [0.0; 4];
        for (p, e) in effect.iter_mut().enumerate() {
            *e = score(p) - 10.0 * sigmoid(out.without[r * 4 + p] as f64);
        }
        if effect.iter().any(|e| e.abs() >= MIN_EFFECT) {
            answers.push(AnswerEffect { question: name(row), effect: PerPerspective::from_array(effect) });
        }
        if row.answer_text.is_some() {
            for (t, theme) in THEMES.iter().enumerate() {
                let probability = out.themes[r * THEMES.len() + t] as f64;
                if probability >= MIN_THEME_PROBABILITY {
                    themes.push(ThemeMention {
                        theme: (*theme).to_owned(),
                        question: name(row),
                        polarity: out.polarity[r * THEMES.len() + t] as f64,
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
        satisfaction: score(0),
        recommendation: score(1),
        ease: score(2),
        loyalty: score(3),
        confidence: PerPerspective::from_array([0, 1, 2, 3].map(|p| out.confidence[p] as f64)),
        reasons: Reasons { answers, themes },
    }
}
