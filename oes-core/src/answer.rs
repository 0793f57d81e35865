//! Answers, checked against their question.

use serde_json::Value;

use crate::survey::{Question, QuestionKind};

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
    /// Reads a JSON value as an answer to `question`. The error says what is wrong (without naming the question).
    pub fn parse(question: &Question, value: &Value) -> Result<Answer, String> {
        if value.is_null() {
            return Ok(Answer::Skipped);
        }
        match question.kind {
            kind if kind.is_scaled() => {
                let scale = question.scale.unwrap_or(crate::survey::Scale::NPS);
                let v = match value {
                    Value::Number(n) => match (n.as_i64(), n.as_f64()) {
                        (Some(i), _) => i,
                        (None, Some(f)) if f.fract() == 0.0 && f.abs() < 1e15 => f as i64,
                        _ => return Err(format!("expected an integer on the scale {scale}, got {n}")),
                    },
                    other => return Err(format!("expected an integer on the scale {scale}, got {}", describe(other))),
                };
                if scale.contains(v) {
                    Ok(Answer::Value(v))
                } else {
                    Err(format!("{v} is off the scale {scale}"))
                }
            }
            QuestionKind::YesNo => match value {
                Value::Bool(b) => Ok(Answer::YesNo(*b)),
                other => Err(format!("expected true or false, got {}", describe(other))),
            },
            QuestionKind::SingleChoice => match value {
                Value::String(s) => option_index(question, s).map(Answer::Choice),
                other => Err(format!("expected one of the options as a string, got {}", describe(other))),
            },
            QuestionKind::MultiChoice => match value {
                Value::Array(items) => {
                    let mut chosen = Vec::with_capacity(items.len());
                    for item in items {
                        let Value::String(s) = item else {
                            return Err(format!("expected an array of options, got an element {}", describe(item)));
                        };
                        let i = option_index(question, s)?;
                        if chosen.contains(&i) {
                            return Err(format!("option {s:?} is chosen twice"));
                        }
                        chosen.push(i);
                    }
                    chosen.sort_unstable();
                    Ok(Answer::Choices(chosen))
                }
                other => Err(format!("expected an array of options, got {}", describe(other))),
            },
            QuestionKind::Text => match value {
                Value::String(s) => Ok(Answer::Text(s.clone())),
                other => Err(format!("expected a string, got {}", describe(other))),
            },
            _ => unreachable!("scaled kinds are handled above"),
        }
    }

    /// The answer as JSON, with option names from `question`.
    pub fn to_value(&self, question: &Question) -> Value {
        match self {
            Answer::Skipped => Value::Null,
            Answer::Value(v) => Value::from(*v),
            Answer::YesNo(b) => Value::Bool(*b),
            Answer::Choice(i) => Value::String(question.options[*i as usize].clone()),
            Answer::Choices(is) => {
                Value::Array(is.iter().map(|&i| Value::String(question.options[i as usize].clone())).collect())
            }
            Answer::Text(s) => Value::String(s.clone()),
        }
    }
}

fn option_index(question: &Question, s: &str) -> Result<u16, String> {
    match question.option_index(s) {
        Some(i) => Ok(i as u16),
        None => Err(format!("{s:?} is not one of the options {:?}", question.options)),
    }
}

fn describe(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => format!("{b}"),
        Value::Number(n) => format!("the number {n}"),
        Value::String(s) if s.chars().count() > 40 => "a string".into(),
        Value::String(s) => format!("the string {s:?}"),
        Value::Array(_) => "an array".into(),
        Value::Object(_) => "an object".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Survey;
    use serde_json::json;

    #[test]
    fn parses_and_checks_each_kind() {
        let s = Survey::from_json(
            r#"{"id":"s","questions":[{"id":"n","kind":"nps"},{"id":"y","kind":"yes_no"},
            {"id":"c","kind":"single_choice","options":["a","b"]},{"id":"m","kind":"multi_choice","options":["a","b","c"]},
            {"id":"t","kind":"text"},{"id":"r","kind":"rating","scale":{"min":-2,"max":2}}]}"#,
        )
        .unwrap();
        let q = |id| s.question(id).unwrap();
        assert_eq!(Answer::parse(q("n"), &json!(10)), Ok(Answer::Value(10)));
        assert_eq!(Answer::parse(q("n"), &json!(7.0)), Ok(Answer::Value(7)));
        assert_eq!(Answer::parse(q("n"), &json!(null)), Ok(Answer::Skipped));
        assert!(Answer::parse(q("n"), &json!(11)).unwrap_err().contains("off the scale"));
        assert!(Answer::parse(q("n"), &json!(7.5)).unwrap_err().contains("expected an integer"));
        assert!(Answer::parse(q("n"), &json!("9")).unwrap_err().contains("expected an integer"));
        assert_eq!(Answer::parse(q("r"), &json!(-2)), Ok(Answer::Value(-2)));
        assert_eq!(Answer::parse(q("y"), &json!(false)), Ok(Answer::YesNo(false)));
        assert!(Answer::parse(q("y"), &json!(1)).unwrap_err().contains("expected true or false"));
        assert_eq!(Answer::parse(q("c"), &json!("b")), Ok(Answer::Choice(1)));
        assert!(Answer::parse(q("c"), &json!("z")).unwrap_err().contains("not one of the options"));
        assert_eq!(Answer::parse(q("m"), &json!(["c", "a"])), Ok(Answer::Choices(vec![0, 2])));
        assert!(Answer::parse(q("m"), &json!(["a", "a"])).unwrap_err().contains("twice"));
        assert_eq!(Answer::parse(q("t"), &json!("Świetna obsługa")), Ok(Answer::Text("Świetna obsługa".into())));
        assert_eq!(Answer::Choices(vec![0, 2]).to_value(q("m")), json!(["a", "c"]));
    }
}
