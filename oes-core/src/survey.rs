//! Survey definitions: questions, their kinds and scales.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// The widest scale accepted (`max - min`), so that per-point tallies stay small.
pub const MAX_SCALE_SPAN: i32 = 1000;

pub use crate::kind::{Answers, QuestionKind};

/// One of the four perspectives of the Overall Experience Score.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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

/// Who answers a survey: it sets a report's default minimum group size (5 for employees, none for customers).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    /// Customers (CX surveys: NPS, CSAT, CES after a visit, a purchase, a support contact).
    Customer,
    /// Employees (eNPS, pulse and engagement surveys), whose answers small groups could give away.
    Employee,
}

impl Audience {
    /// The minimum group size a report uses unless asked for another: 5 for employee surveys (a group of fewer
    /// respondents could be identified); none (0) for customer surveys. A survey that does not say who answers it
    /// gets [`crate::report::DEFAULT_MIN_GROUP_SIZE`] (5), the safe choice.
    pub fn default_min_group_size(audience: Option<Audience>) -> u64 {
        match audience {
            Some(Audience::Customer) => 0,
            Some(Audience::Employee) | None => crate::report::DEFAULT_MIN_GROUP_SIZE,
        }
    }
}

/// An inclusive integer scale `min..=max` with `min < max`, checked at construction.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "RawScale")]
pub struct Scale {
    min: i32,
    max: i32,
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "Scale", description = "A closed integer scale, `min < max`."))]
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

/// One question of a survey, validated against its kind: the shape of its answers ([`Answers`]: the scale of a
/// scaled kind, the options of a choice question) is fixed when the survey is built. Everything a kind does
/// (reading, counting, results) is in [`crate::kind`].
#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    /// The question's id, unique within its survey.
    pub id: String,
    /// What it asks.
    pub kind: QuestionKind,
    /// The wording shown to respondents.
    pub text: String,
    /// The perspective the question measures, declared or implied by its kind.
    pub perspective: Option<Perspective>,
    answers: Answers,
}

impl Question {
    /// What its answers are: a scale (filled in with the kind's default when the survey gives none), yes/no, the
    /// options, or free text.
    pub fn answers(&self) -> &Answers {
        &self.answers
    }

    /// The scale of a scaled kind (nps, csat, ces, ces_effort, rating); `None` for the other kinds.
    pub fn scale(&self) -> Option<Scale> {
        match self.answers {
            Answers::Scale(s) => Some(s),
            _ => None,
        }
    }

    /// The options of a choice question, in the survey's order; empty for the other kinds.
    pub fn options(&self) -> &[String] {
        match &self.answers {
            Answers::Options(o) => o,
            _ => &[],
        }
    }

    /// The index of `option` in this question's options.
    pub fn option_index(&self, option: &str) -> Option<usize> {
        self.options().iter().position(|o| o == option)
    }
}

// What a question serialises as (and the schema of that JSON).
/// A question as the survey holds it (scales filled in with the kind's default).
#[derive(Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
struct QuestionView<'a> {
    id: &'a str,
    kind: QuestionKind,
    text: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    scale: Option<Scale>,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    options: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    perspective: Option<Perspective>,
}

/// The schema of a question's JSON: that of the view it is written through (`QuestionView`).
#[cfg(feature = "schema")]
impl schemars::JsonSchema for Question {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "QuestionJSON".into()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        QuestionView::json_schema(generator)
    }
}

/// The JSON of a question: its definition, with the scale filled in.
impl Serialize for Question {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        QuestionView {
            id: &self.id,
            kind: self.kind,
            text: &self.text,
            scale: self.scale(),
            options: self.options(),
            perspective: self.perspective,
        }
        .serialize(s)
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
    #[serde(default)]
    audience: Option<Audience>,
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "schema",
    schemars(rename = "SurveyJSON", description = "A survey definition (scales filled in with the kind's default).")
)]
pub struct Survey {
    id: String,
    /// Who answers the survey (`customer` or `employee`); absent when the definition does not say.
    #[serde(skip_serializing_if = "Option::is_none")]
    audience: Option<Audience>,
    questions: Vec<Question>,
    #[serde(skip)]
    index: HashMap<String, usize>,
    /// A 128-bit hash of the whole definition (questions, kinds, scales, options in order), computed once.
    #[serde(skip)]
    fingerprint: u128,
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
            let answers =
                q.kind.answers(q.scale.map(|s| (s.min, s.max)), q.options).map_err(|m| Error::survey(qid, m))?;
            let perspective = q.perspective.or(q.kind.default_perspective());
            questions.push(Question { id: q.id, kind: q.kind, text: q.text, perspective, answers });
        }
        let mut survey = Survey { id: raw.id, audience: raw.audience, questions, index, fingerprint: 0 };
        survey.fingerprint = crate::report::fnv128(&[survey.to_json().as_bytes()]);
        Ok(survey)
    }

    /// A 128-bit hash of the survey's whole definition (its id; its questions' ids, kinds, wording, scales, options
    /// in order and perspectives): two surveys that differ in any of these have different fingerprints (FNV-1a, the
    /// same on every platform and in every version). Every [`Response`](crate::Response) records the fingerprint of
    /// the survey it was read against, and a [`ReportAccumulator`](crate::ReportAccumulator) counts only responses
    /// of its own survey.
    pub fn fingerprint(&self) -> u128 {
        self.fingerprint
    }

    /// The survey id.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// Who answers the survey, when its definition says (`"audience": "customer"` or `"employee"`).
    pub fn audience(&self) -> Option<Audience> {
        self.audience
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
        assert_eq!(s.question("n").unwrap().scale(), Some(Scale::NPS));
        assert_eq!(s.question("c").unwrap().scale(), Some(Scale::new(1, 7).unwrap()));
        assert_eq!(s.question("c").unwrap().perspective, Some(Perspective::Ease));
        assert_eq!(s.question("y").unwrap().perspective, Some(Perspective::Loyalty));
        let back = Survey::from_json(&s.to_json()).unwrap();
        assert_eq!(back, s);
    }
}
