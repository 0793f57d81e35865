//! Answers, checked against their question.

use serde_json::Value;

use crate::survey::Question;

/// One answer, valid for its question by construction (a scaled value is on the scale, a choice is one of the
/// options).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// Shown and skipped (`null` in JSON).
    Skipped,
    /// A value on the question's scale (nps, csat, ces, ces_effort, rating).
    Value(i64),
    /// A yes/no answer.
    YesNo(bool),
    /// The index of the chosen option of a single-choice question.
    Choice(u16),
    /// The indices of the chosen options of a multi-choice question, in the survey's order, without repeats.
    Choices(Vec<u16>),
    /// A free-text answer.
    Text(String),
}

impl Answer {
    /// Reads a JSON value as an answer to `question` ([`Question::parse_json`]). The error says what is wrong
    /// (without naming the question).
    pub fn parse(question: &Question, value: &Value) -> Result<Answer, String> {
        question.parse_json(value)
    }

    /// The answer as JSON, with option names from `question`.
    pub fn to_value(&self, question: &Question) -> Value {
        match self {
            Answer::Skipped => Value::Null,
            Answer::Value(v) => Value::from(*v),
            Answer::YesNo(b) => Value::Bool(*b),
            Answer::Choice(i) => Value::String(question.options()[*i as usize].clone()),
            Answer::Choices(is) => {
                Value::Array(is.iter().map(|&i| Value::String(question.options()[i as usize].clone())).collect())
            }
            Answer::Text(s) => Value::String(s.clone()),
        }
    }
}
