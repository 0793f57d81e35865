//! Survey definitions: questions, their kinds and scales.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// The widest scale accepted (`max - min`), so that per-point tallies stay small.
pub const MAX_SCALE_SPAN: i32 = 1000;

/// What a question asks, which decides how its answers are read and which metrics apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    /// Net Promoter Score "how likely are you to recommend", always 0-10 (eNPS for employees).
    Nps,
    /// Customer satisfaction, higher is better, default scale 1-5.
    Csat,
    /// Customer Effort Score 2.0, agreement with "the company made it easy", higher is easier, default scale 1-7.
    Ces,
    /// Legacy Customer Effort Score "how much effort did you have to put forth", LOWER is better, default scale 1-5.
    CesEffort,
    /// Any other numeric rating; its scale must be given.
    Rating,
    /// A yes/no question.
    YesNo,
    /// One option out of a list.
    SingleChoice,
    /// Any number of options out of a list.
    MultiChoice,
    /// Free text, in any language.
    Text,
}

impl QuestionKind {
    /// The name used in JSON (`"ces_effort"`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            QuestionKind::Nps => "nps",
            QuestionKind::Csat => "csat",
            QuestionKind::Ces => "ces",
            QuestionKind::CesEffort => "ces_effort",
            QuestionKind::Rating => "rating",
            QuestionKind::YesNo => "yes_no",
            QuestionKind::SingleChoice => "single_choice",
            QuestionKind::MultiChoice => "multi_choice",
            QuestionKind::Text => "text",
        }
    }

    /// Whether answers are integers on a scale.
    pub fn is_scaled(self) -> bool {
        matches!(
            self,
            QuestionKind::Nps | QuestionKind::Csat | QuestionKind::Ces | QuestionKind::CesEffort | QuestionKind::Rating
        )
    }

    /// The scale used when a question of this kind gives none (`None` where a scale is required or meaningless).
    pub fn default_scale(self) -> Option<Scale> {
        match self {
            QuestionKind::Nps => Some(Scale::NPS),
            QuestionKind::Csat | QuestionKind::CesEffort => Some(Scale { min: 1, max: 5 }),
            QuestionKind::Ces => Some(Scale { min: 1, max: 7 }),
            _ => None,
        }
    }

    /// The perspective a question of this kind measures when the survey does not say.
    pub fn default_perspective(self) -> Option<Perspective> {
        match self {
            QuestionKind::Nps => Some(Perspective::Recommendation),
            QuestionKind::Csat => Some(Perspective::Satisfaction),
            QuestionKind::Ces | QuestionKind::CesEffort => Some(Perspective::Ease),
            _ => None,
        }
    }
}

/// One of the four perspectives of the Overall Experience Score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Perspective {
    /// How satisfied the respondent is.
    Satisfaction,
    /// How likely the respondent is to recommend.
    Recommendation,
    /// How easy (low effort) the experience was.
    Ease,
    /// The relationship: intent to stay, buy again, return.
    Loyalty,
}

/// An inclusive integer scale `min..=max` with `min < max`, checked at construction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "RawScale")]
pub struct Scale {
    min: i32,
    max: i32,
}

#[derive(Deserialize)]
struct RawScale {
    min: i32,
    max: i32,
}

impl TryFrom<RawScale> for Scale {
    type Error = Error;
    fn try_from(raw: RawScale) -> Result<Self> {
        Scale::new(raw.min, raw.max)
    }
}

impl Scale {
    /// The NPS scale, 0-10.
    pub const NPS: Scale = Scale { min: 0, max: 10 };

    /// A scale from `min` to `max` inclusive. Errors unless `min < max` and `max - min <= 1000`.
    pub fn new(min: i32, max: i32) -> Result<Self> {
        if min >= max {
            return Err(Error::param("scale", format!("min ({min}) must be below max ({max})")));
        }
        if (max as i64 - min as i64) > MAX_SCALE_SPAN as i64 {
            return Err(Error::param("scale", format!("{min}-{max} spans more than {MAX_SCALE_SPAN} points")));
        }
        Ok(Scale { min, max })
    }

    /// A scale usable in constants; `None` where [`Scale::new`] would error.
    pub const fn new_const(min: i32, max: i32) -> Option<Self> {
        if min < max && (max as i64 - min as i64) <= MAX_SCALE_SPAN as i64 {
            Some(Scale { min, max })
        } else {
            None
        }
    }

    /// The lowest value.
    pub fn min(self) -> i32 {
        self.min
    }

    /// The highest value.
    pub fn max(self) -> i32 {
        self.max
    }

    /// The number of points on the scale.
    pub fn points(self) -> usize {
        (self.max - self.min) as usize + 1
    }

    /// Whether `value` lies on the scale.
    pub fn contains(self, value: i64) -> bool {
        value >= self.min as i64 && value <= self.max as i64
    }

    /// Twice the midpoint (`min + max`), so that odd and even scales compare exactly: a value is above the midpoint
    /// when `2 value > min + max`.
    pub(crate) fn twice_mid(self) -> i64 {
        self.min as i64 + self.max as i64
    }

    /// The default CSAT top-box threshold: the top `max(1, round(0.3 k))` points of a `k`-point scale.
    pub fn default_top_box(self) -> i32 {
        let k = self.points() as i64;
        let boxes = ((3 * k + 5) / 10).max(1); // round(0.3 k), halves up
        (self.max as i64 - boxes + 1) as i32
    }
}

impl std::fmt::Display for Scale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}-{}", self.min, self.max)
    }
}

/// One question of a survey, validated against its kind.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Question {
    /// The question's id, unique within its survey.
    pub id: String,
    /// What it asks.
    pub kind: QuestionKind,
    /// The wording shown to respondents.
    pub text: String,
    /// The scale of a scaled kind (filled in with the kind's default when the survey gives none).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scale: Option<Scale>,
    /// The options of a choice question.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<String>,
    /// The perspective the question measures, declared or implied by its kind.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub perspective: Option<Perspective>,
}

impl Question {
    /// The index of `option` in this question's options.
    pub fn option_index(&self, option: &str) -> Option<usize> {
        self.options.iter().position(|o| o == option)
    }
}

#[derive(Deserialize)]
struct RawQuestion {
    id: String,
    kind: QuestionKind,
    #[serde(default)]
    text: String,
    #[serde(default)]
    scale: Option<RawScale>,
    #[serde(default)]
    options: Option<Vec<String>>,
    #[serde(default)]
    perspective: Option<Perspective>,
}

#[derive(Deserialize)]
struct RawSurvey {
    id: String,
    questions: Vec<RawQuestion>,
}

/// A survey: an id and its questions, checked once at construction.
///
/// ```
/// let survey = oes_core::Survey::from_json(r#"{"id": "s1", "questions": [
///     {"id": "q1", "kind": "nps", "text": "How likely are you to recommend us?"},
///     {"id": "q2", "kind": "csat", "text": "How satisfied are you?", "scale": {"min": 1, "max": 5}}
/// ]}"#)?;
/// assert_eq!(survey.questions().len(), 2);
/// # Ok::<(), oes_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Survey {
    id: String,
    questions: Vec<Question>,
    #[serde(skip)]
    index: HashMap<String, usize>,
}

impl<'de> Deserialize<'de> for Survey {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let raw = RawSurvey::deserialize(d)?;
        Survey::from_raw(raw).map_err(serde::de::Error::custom)
    }
}

impl Survey {
    /// Parses and validates a survey from JSON.
    pub fn from_json(json: &str) -> Result<Survey> {
        // A UTF-8 byte order mark, which some editors write, is not part of the JSON.
        let json = json.strip_prefix('\u{feff}').unwrap_or(json);
        let raw: RawSurvey = serde_json::from_str(json).map_err(|e| Error::survey(None, e.to_string()))?;
        Survey::from_raw(raw)
    }

    /// Builds and validates a survey from its questions.
    pub fn new(id: impl Into<String>, questions: Vec<Question>) -> Result<Survey> {
        let raw = RawSurvey {
            id: id.into(),
            questions: questions
                .into_iter()
                .map(|q| RawQuestion {
                    id: q.id,
                    kind: q.kind,
                    text: q.text,
                    scale: q.scale.map(|s| RawScale { min: s.min, max: s.max }),
                    options: if q.options.is_empty() { None } else { Some(q.options) },
                    perspective: q.perspective,
                })
                .collect(),
        };
        Survey::from_raw(raw)
    }

    fn from_raw(raw: RawSurvey) -> Result<Survey> {
        if raw.id.is_empty() {
            return Err(Error::survey(None, "the survey id is empty"));
        }
        let mut index = HashMap::with_capacity(raw.questions.len());
        let mut questions = Vec::with_capacity(raw.questions.len());
        for (i, q) in raw.questions.into_iter().enumerate() {
            let qid = Some(q.id.as_str());
            if q.id.is_empty() {
                return Err(Error::survey(None, format!("question #{} has an empty id", i + 1)));
            }
            if index.insert(q.id.clone(), i).is_some() {
                return Err(Error::survey(qid, "the question id is used twice"));
            }
            let scale = match (q.kind, q.scale) {
                (QuestionKind::Nps, Some(s)) if (s.min, s.max) != (0, 10) => {
                    return Err(Error::survey(qid, format!("an nps question is always 0-10, not {}-{}", s.min, s.max)))
                }
                (kind, Some(s)) if kind.is_scaled() => {
                    Some(Scale::new(s.min, s.max).map_err(|e| Error::survey(qid, e.to_string()))?)
                }
                (kind, Some(_)) => {
                    return Err(Error::survey(qid, format!("a {} question takes no scale", kind.as_str())))
                }
                (QuestionKind::Rating, None) => {
                    return Err(Error::survey(qid, "a rating question needs a scale {\"min\", \"max\"}"))
                }
                (kind, None) => kind.default_scale(),
            };
            let options = match (q.kind, q.options) {
                (QuestionKind::SingleChoice | QuestionKind::MultiChoice, Some(opts)) => {
                    if opts.is_empty() {
                        return Err(Error::survey(qid, "a choice question needs at least one option"));
                    }
                    if opts.len() > u16::MAX as usize {
                        return Err(Error::survey(
                            qid,
                            format!("{} options, at most {} allowed", opts.len(), u16::MAX),
                        ));
                    }
                    let mut distinct = std::collections::HashSet::with_capacity(opts.len());
                    if let Some(o) = opts.iter().find(|o| !distinct.insert(o.as_str())) {
                        return Err(Error::survey(qid, format!("option {o:?} is listed twice")));
                    }
                    opts
                }
                (QuestionKind::SingleChoice | QuestionKind::MultiChoice, None) => {
                    return Err(Error::survey(qid, "a choice question needs \"options\""))
                }
                (_, Some(opts)) if !opts.is_empty() => {
                    return Err(Error::survey(qid, format!("a {} question takes no options", q.kind.as_str())))
                }
                _ => Vec::new(),
            };
            let perspective = q.perspective.or(q.kind.default_perspective());
            questions.push(Question { id: q.id, kind: q.kind, text: q.text, scale, options, perspective });
        }
        Ok(Survey { id: raw.id, questions, index })
    }

    /// The survey id.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The questions, in the survey's order.
    pub fn questions(&self) -> &[Question] {
        &self.questions
    }

    /// The question with this id.
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.index.get(id).map(|&i| &self.questions[i])
    }

    /// The position of the question with this id.
    pub fn question_index(&self, id: &str) -> Option<usize> {
        self.index.get(id).copied()
    }

    /// Serialises the survey to JSON (scales filled in with their defaults).
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_top_box_matches_the_documented_table() {
        let t = |min, max| Scale::new(min, max).unwrap().default_top_box();
        assert_eq!(t(1, 3), 3);
        assert_eq!(t(1, 5), 4);
        assert_eq!(t(1, 7), 6);
        assert_eq!(t(1, 10), 8);
        assert_eq!(t(0, 10), 8);
        assert_eq!(t(1, 4), 4);
        assert_eq!(t(1, 6), 5);
    }

    #[test]
    fn rejects_bad_surveys_with_the_question_named() {
        let cases = [
            (r#"{"id":"s","questions":[{"id":"a","kind":"nps"},{"id":"a","kind":"text"}]}"#, "used twice"),
            (r#"{"id":"s","questions":[{"id":"a","kind":"rating"}]}"#, "needs a scale"),
            (r#"{"id":"s","questions":[{"id":"a","kind":"csat","scale":{"min":5,"max":1}}]}"#, "below max"),
            (r#"{"id":"s","questions":[{"id":"a","kind":"nps","scale":{"min":1,"max":10}}]}"#, "always 0-10"),
            (r#"{"id":"s","questions":[{"id":"a","kind":"single_choice"}]}"#, "needs \"options\""),
            (r#"{"id":"s","questions":[{"id":"a","kind":"single_choice","options":["x","x"]}]}"#, "listed twice"),
            (r#"{"id":"s","questions":[{"id":"a","kind":"yes_no","scale":{"min":0,"max":1}}]}"#, "takes no scale"),
            (r#"{"id":"s","questions":[{"id":"a","kind":"smiley"}]}"#, "unknown variant"),
        ];
        for (json, fragment) in cases {
            let err = Survey::from_json(json).unwrap_err().to_string();
            assert!(err.contains(fragment), "{json}: {err}");
        }
    }

    #[test]
    fn fills_default_scales_and_perspectives() {
        let s = Survey::from_json(
            r#"{"id":"s","questions":[{"id":"n","kind":"nps"},{"id":"c","kind":"ces"},
               {"id":"y","kind":"yes_no","perspective":"loyalty"}]}"#,
        )
        .unwrap();
        assert_eq!(s.question("n").unwrap().scale, Some(Scale::NPS));
        assert_eq!(s.question("c").unwrap().scale, Some(Scale::new(1, 7).unwrap()));
        assert_eq!(s.question("c").unwrap().perspective, Some(Perspective::Ease));
        assert_eq!(s.question("y").unwrap().perspective, Some(Perspective::Loyalty));
        let back = Survey::from_json(&s.to_json()).unwrap();
        assert_eq!(back, s);
    }
}
