//! Per-answer features of the OES head, as fixed in `docs/oes-model.md`.
//!
//! This module needs no runtime: it turns a response into rows of scalar features plus the texts whose embeddings
//! complete each row. The Python training code computes the same rows; `tests/fixtures/oes/features.json` holds both
//! sides to the same values.

use crate::answer::Answer;
use crate::response::Response;
use crate::survey::{Perspective, Question, QuestionKind, Survey};

/// Width of a text embedding.
pub const EMBEDDING: usize = 384;
/// Number of scalar features at the start of a row.
pub const SCALARS: usize = 24;
/// Width of a feature row: scalars, answer-text embedding, question embedding.
pub const FEATURES: usize = SCALARS + 2 * EMBEDDING;
/// Texts are truncated to this many tokens before encoding.
pub const MAX_TOKENS: usize = 128;

/// One row of the head's input: one answer, or the response's ticket.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The question's position in the survey (`None` for the ticket row).
    pub question: Option<usize>,
    /// The scalar features (indices 0-23).
    pub scalars: [f32; SCALARS],
    /// The text whose embedding fills indices 24-407 (a comment, or a choice as "question: option").
    pub answer_text: Option<String>,
    /// The question wording whose embedding fills indices 408-791.
    pub question_text: Option<String>,
}

fn kind_index(kind: QuestionKind) -> usize {
    match kind {
        QuestionKind::Nps => 0,
        QuestionKind::Csat => 1,
        QuestionKind::Ces => 2,
        QuestionKind::CesEffort => 3,
        QuestionKind::Rating => 4,
        QuestionKind::YesNo => 5,
        QuestionKind::SingleChoice => 6,
        QuestionKind::MultiChoice => 7,
        QuestionKind::Text => 8,
    }
}

const TICKET_KIND: usize = 9;

fn perspective_index(p: Option<Perspective>) -> usize {
    10 + match p {
        Some(Perspective::Satisfaction) => 0,
        Some(Perspective::Recommendation) => 1,
        Some(Perspective::Ease) => 2,
        Some(Perspective::Loyalty) => 3,
        None => 4,
    }
}

/// The value of a scaled answer on [0, 1], corrected so that higher is always better.
fn normalised(question: &Question, value: i64) -> f32 {
    question.normalised(value).unwrap_or(0.0) as f32
}

fn question_text(q: &Question) -> Option<String> {
    let t = q.text.trim();
    (!t.is_empty()).then(|| t.to_owned())
}

/// The rows of a response, in survey order, the ticket row last. Questions not shown give no row.
pub fn rows(survey: &Survey, response: &Response) -> Vec<Row> {
    let mut out = Vec::new();
    for (i, (q, answer)) in survey.questions().iter().zip(response.answers()).enumerate() {
        let Some(answer) = answer else { continue };
        let mut s = [0f32; SCALARS];
        s[kind_index(q.kind)] = 1.0;
        s[perspective_index(q.perspective)] = 1.0;
        let mut answer_text = None;
        match answer {
            Answer::Skipped => s[17] = 1.0,
            Answer::Value(v) => {
                s[15] = 1.0;
                s[16] = normalised(q, *v);
            }
            Answer::YesNo(b) => {
                s[15] = 1.0;
                s[16] = if *b { 1.0 } else { 0.0 };
            }
            Answer::Choice(o) => answer_text = Some(choice_text(q, &[*o])),
            Answer::Choices(os) => answer_text = (!os.is_empty()).then(|| choice_text(q, os)),
            Answer::Text(t) => {
                let t = t.trim();
                if t.is_empty() {
                    s[17] = 1.0;
                } else {
                    answer_text = Some(t.to_owned());
                }
            }
        }
        if answer_text.is_some() {
            s[18] = 1.0;
        }
        out.push(Row { question: Some(i), scalars: s, answer_text, question_text: question_text(q) });
    }
    if let Some(ticket) = response.ticket() {
        let mut s = [0f32; SCALARS];
        s[TICKET_KIND] = 1.0;
        s[perspective_index(Some(Perspective::Ease))] = 1.0;
        match ticket.time_to_resolution() {
            Some(secs) => s[19] = (libm::log1p(secs as f64 / 3600.0) / 5.0) as f32,
            None => s[22] = 1.0,
        }
        if let Some(c) = ticket.contacts() {
            s[20] = c.min(10) as f32 / 10.0;
        }
        if ticket.reopened().is_some_and(|r| r > 0) {
            s[21] = 1.0;
        }
        out.push(Row { question: None, scalars: s, answer_text: None, question_text: None });
    }
    out
}

fn choice_text(q: &Question, options: &[u16]) -> String {
    let chosen: Vec<&str> = options.iter().map(|&o| q.options()[o as usize].as_str()).collect();
    let wording = q.text.trim();
    if wording.is_empty() {
        chosen.join(", ")
    } else {
        format!("{wording}: {}", chosen.join(", "))
    }
}

/// Writes a full feature row: scalars, then the two embeddings (zeros where a text is absent).
pub fn write_row(row: &Row, answer_embedding: Option<&[f32]>, question_embedding: Option<&[f32]>, out: &mut [f32]) {
    debug_assert_eq!(out.len(), FEATURES);
    out[..SCALARS].copy_from_slice(&row.scalars);
    let (answer, question) = out[SCALARS..].split_at_mut(EMBEDDING);
    match answer_embedding {
        Some(e) => answer.copy_from_slice(e),
        None => answer.fill(0.0),
    }
    match question_embedding {
        Some(e) => question.copy_from_slice(e),
        None => question.fill(0.0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_follow_the_documented_layout() {
        let survey = Survey::from_json(
            r#"{"id":"s","questions":[
              {"id":"n","kind":"nps","text":"Recommend us?"},
              {"id":"e","kind":"ces_effort","text":"Effort?"},
              {"id":"m","kind":"multi_choice","text":"Liked","options":["Staff","Prices"]},
              {"id":"t","kind":"text","text":"Anything else?"},
              {"id":"y","kind":"yes_no","text":"Again?","perspective":"loyalty"}]}"#,
        )
        .unwrap();
        let r = Response::from_json(
            &survey,
            r#"{"id":"r","submitted_at":"2025-01-01T00:00:00Z","answers":{"n":9,"e":2,"m":["Prices","Staff"],"t":"  ","y":false},
               "ticket":{"opened_at":"2025-01-01T00:00:00Z","resolved_at":"2025-01-01T10:00:00Z","contacts":3}}"#,
        )
        .unwrap();
        let rows = rows(&survey, &r);
        assert_eq!(rows.len(), 6);
        let n = &rows[0].scalars;
        assert_eq!((n[0], n[11], n[15], n[16]), (1.0, 1.0, 1.0, 0.9));
        let e = &rows[1].scalars;
        assert_eq!((e[3], e[12], e[16]), (1.0, 1.0, 0.75));
        assert_eq!(rows[2].answer_text.as_deref(), Some("Liked: Staff, Prices"));
        assert_eq!((rows[2].scalars[7], rows[2].scalars[14], rows[2].scalars[18]), (1.0, 1.0, 1.0));
        assert_eq!((rows[3].scalars[17], rows[3].answer_text.as_deref()), (1.0, None));
        assert_eq!((rows[4].scalars[5], rows[4].scalars[13], rows[4].scalars[16]), (1.0, 1.0, 0.0));
        let t = &rows[5].scalars;
        assert_eq!((rows[5].question, t[9], t[12], t[20], t[22]), (None, 1.0, 1.0, 0.3, 0.0));
        assert!((t[19] - (11f64.ln() / 5.0) as f32).abs() < 1e-7);
        let mut full = vec![1f32; FEATURES];
        write_row(&rows[0], None, Some(&[0.5; EMBEDDING]), &mut full);
        assert_eq!((full[SCALARS], full[SCALARS + EMBEDDING]), (0.0, 0.5));
    }
}
