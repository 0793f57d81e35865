//! Everything a question kind does, in one place: which definitions it accepts (scale, options), how an answer is
//! read (from JSON, from a table cell of a CSV file, a DataFrame or a JS record), how answers are counted, which
//! result the counts give, how two results are compared, and which figure heads the result.
//!
//! A new kind is a variant of [`QuestionKind`] and an arm in each `match` of this file; nothing else in the crate
//! (the readers, the report, the bindings) matches on kinds.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::answer::Answer;
use crate::error::Result;
use crate::metrics::ces::{ces_effort_from_tally, ces_from_tally};
use crate::metrics::choice::ChoiceAccumulator;
use crate::metrics::rating::{rating_from_tally, yes_no_from_tally, YES_NO_SCALE};
use crate::metrics::{MetricOptions, Tally, Weight};
use crate::report::{QuestionMetric, TextResult};
use crate::stats::Comparison;
use crate::survey::{Perspective, Question, Scale};

/// What a question asks, which decides how its answers are read and which metrics apply.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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

/// The figure that heads a kind's result (the one reports compare), where to find it, and its interval.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Headline {
    /// The key of the result in a report's question (`"nps"`, `"csat"`, ...).
    pub metric: &'static str,
    /// The figure: `score` (nps), `percent` (csat), `mean` (ces, ces_effort, rating), `percent_yes` (yes_no).
    pub figure: &'static str,
    /// The field holding its confidence interval (`ci`, or `mean_ci` for means).
    pub interval: &'static str,
}

/// The validated shape of a question's answers: the scale of a scaled kind, the options of a choice question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answers {
    /// An integer on this scale (nps, csat, ces, ces_effort, rating).
    Scale(Scale),
    /// True or false (yes_no).
    YesNo,
    /// One or more of these options (single_choice, multi_choice).
    Options(Vec<String>),
    /// Free text.
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

    /// Every kind, in the order of the enum.
    pub const ALL: [QuestionKind; 9] = [
        QuestionKind::Nps,
        QuestionKind::Csat,
        QuestionKind::Ces,
        QuestionKind::CesEffort,
        QuestionKind::Rating,
        QuestionKind::YesNo,
        QuestionKind::SingleChoice,
        QuestionKind::MultiChoice,
        QuestionKind::Text,
    ];

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
            QuestionKind::Csat | QuestionKind::CesEffort => Scale::new_const(1, 5),
            QuestionKind::Ces => Scale::new_const(1, 7),
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

    /// The figure that heads this kind's result; `None` for choice and text questions, which have no single figure.
    pub fn headline(self) -> Option<Headline> {
        let h = |metric, figure, interval| Some(Headline { metric, figure, interval });
        match self {
            QuestionKind::Nps => h("nps", "score", "ci"),
            QuestionKind::Csat => h("csat", "percent", "ci"),
            QuestionKind::Ces => h("ces", "mean", "mean_ci"),
            QuestionKind::CesEffort => h("ces_effort", "mean", "mean_ci"),
            QuestionKind::Rating => h("rating", "mean", "mean_ci"),
            QuestionKind::YesNo => h("yes_no", "percent_yes", "ci"),
            QuestionKind::SingleChoice | QuestionKind::MultiChoice | QuestionKind::Text => None,
        }
    }

    /// Whether a report correlates this kind's answers with the support time to resolution.
    pub(crate) fn correlates_with_resolution(self) -> bool {
        matches!(self, QuestionKind::Csat | QuestionKind::Ces | QuestionKind::CesEffort)
    }

    /// The validated shape of a question of this kind from its definition's `scale` and `options`; the error says
    /// what is wrong (without naming the question).
    pub(crate) fn answers(self, scale: Option<(i32, i32)>, options: Option<Vec<String>>) -> Result<Answers, String> {
        let name = self.as_str();
        if !self.is_scaled() && scale.is_some() {
            return Err(format!("a {name} question takes no scale"));
        }
        let choice = matches!(self, QuestionKind::SingleChoice | QuestionKind::MultiChoice);
        if !choice && options.as_ref().is_some_and(|o| !o.is_empty()) {
            return Err(format!("a {name} question takes no options"));
        }
        match self {
            QuestionKind::Nps => match scale {
                Some((min, max)) if (min, max) != (0, 10) => {
                    Err(format!("an nps question is always 0-10, not {min}-{max}"))
                }
                _ => Ok(Answers::Scale(Scale::NPS)),
            },
            QuestionKind::Csat | QuestionKind::Ces | QuestionKind::CesEffort | QuestionKind::Rating => match scale {
                Some((min, max)) => Scale::new(min, max).map(Answers::Scale).map_err(|e| e.to_string()),
                None => self
                    .default_scale()
                    .map(Answers::Scale)
                    .ok_or_else(|| format!("a {name} question needs a scale {{\"min\", \"max\"}}")),
            },
            QuestionKind::YesNo => Ok(Answers::YesNo),
            QuestionKind::SingleChoice | QuestionKind::MultiChoice => {
                let options = options.ok_or("a choice question needs \"options\"")?;
                if options.is_empty() {
                    return Err("a choice question needs at least one option".into());
                }
                if options.len() > u16::MAX as usize {
                    return Err(format!("{} options, at most {} allowed", options.len(), u16::MAX));
                }
                let mut distinct = std::collections::HashSet::with_capacity(options.len());
                if let Some(o) = options.iter().find(|o| !distinct.insert(o.as_str())) {
                    return Err(format!("option {o:?} is listed twice"));
                }
                Ok(Answers::Options(options))
            }
            QuestionKind::Text => Ok(Answers::Text),
        }
    }
}

/// The words a table cell may use for yes and no (any case).
const YES: [&str; 4] = ["yes", "y", "true", "1"];
const NO: [&str; 4] = ["no", "n", "false", "0"];

impl Question {
    /// Reads a JSON value as an answer (`null`: shown and skipped). The error says what is wrong (without naming
    /// the question).
    pub fn parse_json(&self, value: &Value) -> Result<Answer, String> {
        if value.is_null() {
            return Ok(Answer::Skipped);
        }
        match (self.kind, self.answers()) {
            (_, Answers::Scale(scale)) => {
                let v = match value {
                    Value::Number(n) => match (n.as_i64(), n.as_f64()) {
                        (Some(i), _) => i,
                        (None, Some(f)) if f.fract() == 0.0 && f.abs() < 1e15 => f as i64,
                        _ => return Err(format!("expected an integer on the scale {scale}, got {n}")),
                    },
                    other => return Err(format!("expected an integer on the scale {scale}, got {}", describe(other))),
                };
                on_scale(*scale, v)
            }
            (_, Answers::YesNo) => match value {
                Value::Bool(b) => Ok(Answer::YesNo(*b)),
                other => Err(format!("expected true or false, got {}", describe(other))),
            },
            (QuestionKind::MultiChoice, Answers::Options(_)) => match value {
                Value::Array(items) => {
                    let mut chosen = Vec::with_capacity(items.len());
                    for item in items {
                        let Value::String(s) = item else {
                            return Err(format!("expected an array of options, got an element {}", describe(item)));
                        };
                        chosen.push(s.as_str());
                    }
                    self.choices(chosen)
                }
                other => Err(format!("expected an array of options, got {}", describe(other))),
            },
            (_, Answers::Options(_)) => match value {
                Value::String(s) => self.option(s).map(Answer::Choice),
                other => Err(format!("expected one of the options as a string, got {}", describe(other))),
            },
            (_, Answers::Text) => match value {
                Value::String(s) => Ok(Answer::Text(s.clone())),
                other => Err(format!("expected a string, got {}", describe(other))),
            },
        }
    }

    /// Reads the text of a table cell (a CSV cell, a string cell of a DataFrame or record): `None` for a blank cell
    /// (the question was not shown). Integers for scaled kinds; `yes`/`y`/`true`/`1` and `no`/`n`/`false`/`0` (any
    /// case) for yes/no; the option for single choice; options joined by `;` for multi choice; text as it is.
    pub fn parse_cell(&self, cell: &str) -> Result<Option<Answer>, String> {
        if cell.trim().is_empty() {
            return Ok(None);
        }
        let text = cell.trim();
        let answer = match self.answers() {
            Answers::Scale(scale) => match text.parse::<i64>() {
                Ok(v) => on_scale(*scale, v)?,
                Err(_) => return Err(format!("expected an integer on the scale {scale}, got {text:?}")),
            },
            Answers::YesNo => {
                let word = text.to_ascii_lowercase();
                if YES.contains(&word.as_str()) {
                    Answer::YesNo(true)
                } else if NO.contains(&word.as_str()) {
                    Answer::YesNo(false)
                } else {
                    return Err(format!("expected true or false (yes/no), got {text:?}"));
                }
            }
            Answers::Options(_) if self.kind == QuestionKind::MultiChoice => {
                self.choices(text.split(';').map(str::trim).filter(|s| !s.is_empty()))?
            }
            Answers::Options(_) => Answer::Choice(self.option(text)?),
            Answers::Text => Answer::Text(cell.to_owned()),
        };
        Ok(Some(answer))
    }

    /// Reads a cell of a record or DataFrame row given as a JSON value: `None` for a missing cell (`null`, a blank
    /// string). Strings are read as [`parse_cell`](Question::parse_cell) reads them; other values as
    /// [`parse_json`](Question::parse_json) does, except that 0 and 1 answer a yes/no question.
    pub fn parse_cell_value(&self, value: &Value) -> Result<Option<Answer>, String> {
        match (value, self.answers()) {
            (Value::Null, _) => Ok(None),
            (Value::String(s), _) => self.parse_cell(s),
            (Value::Number(n), Answers::YesNo) if n.as_f64() == Some(0.0) || n.as_f64() == Some(1.0) => {
                Ok(Some(Answer::YesNo(n.as_f64() == Some(1.0))))
            }
            (v, _) => self.parse_json(v).map(Some),
        }
    }

    /// Whether this question can be read from a CSV column; the error says why not.
    pub(crate) fn check_csv(&self) -> Result<(), String> {
        if let (QuestionKind::MultiChoice, Answers::Options(options)) = (self.kind, self.answers()) {
            if let Some(o) = options.iter().find(|o| o.contains(';')) {
                return Err(format!(
                    "option {o:?} cannot be read from CSV: \";\" separates the options of a multi-choice cell"
                ));
            }
        }
        Ok(())
    }

    fn option(&self, s: &str) -> Result<u16, String> {
        match self.option_index(s) {
            Some(i) => Ok(i as u16),
            None => Err(format!("{s:?} is not one of the options {:?}", self.options())),
        }
    }

    fn choices<'a>(&self, chosen: impl IntoIterator<Item = &'a str>) -> Result<Answer, String> {
        let mut indices = Vec::new();
        for s in chosen {
            let i = self.option(s)?;
            if indices.contains(&i) {
                return Err(format!("option {s:?} is chosen twice"));
            }
            indices.push(i);
        }
        indices.sort_unstable();
        Ok(Answer::Choices(indices))
    }

    /// An empty counter for this question's answers.
    pub(crate) fn counter(&self) -> Counter {
        match self.answers() {
            Answers::Scale(scale) => Counter::Tally(Tally::new(*scale)),
            Answers::YesNo => Counter::Tally(Tally::new(YES_NO_SCALE)),
            Answers::Options(options) => Counter::Choice(ChoiceAccumulator::new(options.len())),
            Answers::Text => Counter::Text { comments: 0, skipped: 0 },
        }
    }

    /// The figures of `counter` (CSAT counts at or above `threshold`).
    pub(crate) fn metric(&self, counter: &Counter, threshold: i32, m: &MetricOptions) -> QuestionMetric {
        match (self.kind, counter) {
            (QuestionKind::Nps, Counter::Tally(t)) => QuestionMetric::Nps(crate::metrics::nps::result_from_tally(t, m)),
            (QuestionKind::Csat, Counter::Tally(t)) => {
                QuestionMetric::Csat(crate::metrics::csat::result_from_tally(t, threshold, m))
            }
            (QuestionKind::Ces, Counter::Tally(t)) => QuestionMetric::Ces(ces_from_tally(t, m)),
            (QuestionKind::CesEffort, Counter::Tally(t)) => QuestionMetric::CesEffort(ces_effort_from_tally(t, m)),
            (QuestionKind::YesNo, Counter::Tally(t)) => QuestionMetric::YesNo(yes_no_from_tally(t, m)),
            (_, Counter::Tally(t)) => QuestionMetric::Rating(rating_from_tally(t, m)),
            (_, Counter::Choice(c)) => QuestionMetric::Choice(c.result(self.options(), m)),
            (_, Counter::Text { comments, skipped }) => {
                QuestionMetric::Text(TextResult { n: *comments, skipped: *skipped })
            }
        }
    }

    /// The difference of the headline figure between two counters (`a` minus `b`) with its test; `None` where the
    /// kind has no headline or either side has too few answers.
    pub(crate) fn compare(&self, a: &Counter, b: &Counter, threshold: i32, m: &MetricOptions) -> Option<Comparison> {
        let (Counter::Tally(a), Counter::Tally(b)) = (a, b) else {
            return None;
        };
        match self.kind {
            QuestionKind::Nps => crate::metrics::nps::compare(a, b, m),
            QuestionKind::Csat => crate::metrics::csat::compare(a, b, threshold, m),
            QuestionKind::Ces | QuestionKind::CesEffort | QuestionKind::Rating => crate::stats::compare_means(a, b, m),
            QuestionKind::YesNo => crate::metrics::rating::compare_yes(a, b, m),
            QuestionKind::SingleChoice | QuestionKind::MultiChoice | QuestionKind::Text => None,
        }
    }

    /// The CSAT threshold a report uses: `given` (checked against the scale) or the default top box; 0 for other
    /// kinds. `given` for another kind is an error.
    pub(crate) fn csat_threshold(&self, given: Option<i32>) -> Result<i32, String> {
        match (self.kind, self.answers(), given) {
            (QuestionKind::Csat, Answers::Scale(scale), Some(t)) if scale.contains(t as i64) => Ok(t),
            (QuestionKind::Csat, Answers::Scale(scale), Some(t)) => {
                Err(format!("{t} is off the scale {scale} of {:?}", self.id))
            }
            (QuestionKind::Csat, Answers::Scale(scale), None) => Ok(scale.default_top_box()),
            (_, _, Some(_)) => Err(format!("{:?} is not a csat question", self.id)),
            (_, Answers::Scale(scale), None) => Ok(scale.default_top_box()),
            (_, _, None) => Ok(0),
        }
    }

    /// The value of a scaled answer on [0, 1], corrected so that higher is always better; `None` for other kinds.
    pub fn normalised(&self, value: i64) -> Option<f64> {
        let Answers::Scale(scale) = self.answers() else { return None };
        let up = (value - scale.min() as i64) as f64 / (scale.max() - scale.min()) as f64;
        Some(if self.kind == QuestionKind::CesEffort { 1.0 - up } else { up })
    }
}

fn on_scale(scale: Scale, v: i64) -> Result<Answer, String> {
    if scale.contains(v) {
        Ok(Answer::Value(v))
    } else {
        Err(format!("{v} is off the scale {scale}"))
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

/// A result in a few words, as the `oes report` table shows it: what the figure is, its value, its interval and the
/// respondents it is over.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    /// What the figure is (`NPS`, `CSAT (>= 4 on 1-5)`, `CES mean (on 1-7, high=easy)`, ...).
    pub label: String,
    /// The value, formatted (`+12.5`, `80.0%  mean 4.10`, `top choice Prices 41.0%`, ...).
    pub value: String,
    /// Its interval, formatted (empty where there is none).
    pub interval: String,
    /// Respondents in its denominator.
    pub n: u64,
}

impl QuestionMetric {
    /// The result in a few words (see [`Summary`]).
    pub fn summary(&self) -> Summary {
        let pct = |x: Option<f64>| x.map_or("-".to_owned(), |v| format!("{v:.1}%"));
        let mean = |x: Option<f64>| x.map_or("-".to_owned(), |v| format!("{v:.2}"));
        let signed = |x: f64| if x > 0.0 { format!("+{x:.1}") } else { format!("{x:.1}") };
        let interval = |ci: Option<[f64; 2]>, digits: usize| match ci {
            Some([lo, hi]) => format!("[{lo:.digits$}, {hi:.digits$}]"),
            None => String::new(),
        };
        let (label, value, interval, n) = match self {
            QuestionMetric::Nps(r) => ("NPS".into(), r.score.map_or("-".into(), signed), interval(r.ci, 1), r.n),
            QuestionMetric::Csat(r) => (
                format!("CSAT (>= {} on {})", r.threshold, r.figures.scale),
                format!("{}  mean {}", pct(r.percent), mean(r.figures.mean)),
                interval(r.ci, 1),
                r.n,
            ),
            QuestionMetric::Ces(r) => (
                format!("CES mean (on {}, high=easy)", r.figures.scale),
                format!("{}  {} agree", mean(r.figures.mean), pct(r.percent_agree)),
                interval(r.figures.mean_ci, 2),
                r.n,
            ),
            QuestionMetric::CesEffort(r) => (
                format!("effort mean (on {}, low=good)", r.figures.scale),
                mean(r.figures.mean),
                interval(r.figures.mean_ci, 2),
                r.n,
            ),
            QuestionMetric::Rating(r) => {
                (format!("mean (on {})", r.figures.scale), mean(r.figures.mean), interval(r.figures.mean_ci, 2), r.n)
            }
            QuestionMetric::YesNo(r) => ("yes".into(), pct(r.percent_yes), interval(r.ci, 1), r.n),
            QuestionMetric::Choice(r) => {
                let top = r
                    .options
                    .iter()
                    .filter(|o| o.count > 0)
                    .max_by(|a, b| a.count.cmp(&b.count).then(b.option.cmp(&a.option)));
                let value = top.map_or("-".into(), |o| format!("{} {}", o.option, pct(o.percent)));
                ("top choice".into(), value, String::new(), r.n)
            }
            QuestionMetric::Text(r) => ("comments".into(), r.n.to_string(), String::new(), r.n),
        };
        Summary { label, value, interval, n }
    }
}

/// The counts of one question's answers in one report cell.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum Counter {
    /// Per point of the scale (0-1 for yes/no).
    Tally(Tally),
    /// Per option.
    Choice(ChoiceAccumulator),
    /// Comments written and skipped.
    Text { comments: u64, skipped: u64 },
}

impl Counter {
    /// Counts one answer, checked against its question when it was read.
    #[inline]
    pub(crate) fn add(&mut self, answer: &Answer, w: Weight) {
        match (self, answer) {
            (Counter::Tally(t), Answer::Value(v)) => {
                let index = (*v - t.scale().min() as i64) as usize;
                t.add_index(index, w)
            }
            (Counter::Tally(t), Answer::YesNo(b)) => t.add_index(*b as usize, w),
            (Counter::Tally(t), Answer::Skipped) => t.add_skipped(w),
            (Counter::Choice(c), Answer::Choice(i)) => {
                let _ = c.add(&[*i], w);
            }
            (Counter::Choice(c), Answer::Choices(is)) => {
                let _ = c.add(is, w);
            }
            (Counter::Choice(c), Answer::Skipped) => c.add_skipped(w),
            (Counter::Text { comments, skipped }, Answer::Text(s)) => {
                if s.trim().is_empty() {
                    *skipped += 1
                } else {
                    *comments += 1
                }
            }
            (Counter::Text { skipped, .. }, Answer::Skipped) => *skipped += 1,
            // Answers are checked against their question when read; anything else cannot occur.
            _ => {}
        }
    }

    /// Counts `n` equal answers of one weight: what `n` [`add`](Counter::add) calls count.
    pub(crate) fn add_n(&mut self, answer: &Answer, n: u64, w: Weight) {
        match (self, answer) {
            (Counter::Tally(t), Answer::Value(v)) => {
                let index = (*v - t.scale().min() as i64) as usize;
                t.add_index_n(index, n, w)
            }
            (Counter::Tally(t), Answer::YesNo(b)) => t.add_index_n(*b as usize, n, w),
            (Counter::Tally(t), Answer::Skipped) => t.add_skipped_n(n, w),
            (Counter::Choice(c), Answer::Choice(i)) => {
                let _ = c.add_n(&[*i], n, w);
            }
            (Counter::Choice(c), Answer::Choices(is)) => {
                let _ = c.add_n(is, n, w);
            }
            (Counter::Choice(c), Answer::Skipped) => c.add_skipped_n(n, w),
            (Counter::Text { comments, skipped }, Answer::Text(s)) => {
                if s.trim().is_empty() {
                    *skipped += n
                } else {
                    *comments += n
                }
            }
            (Counter::Text { skipped, .. }, Answer::Skipped) => *skipped += n,
            // Answers are checked against their question when read; anything else cannot occur.
            _ => {}
        }
    }

    /// Adds another counter of the same question (exact; refused on overflow, leaving `self` unchanged).
    pub(crate) fn merge(&mut self, other: &Counter) -> Result<()> {
        match (self, other) {
            (Counter::Tally(a), Counter::Tally(b)) => a.merge(b),
            (Counter::Choice(a), Counter::Choice(b)) => a.merge(b),
            (Counter::Text { comments, skipped }, Counter::Text { comments: c, skipped: s }) => {
                let merged =
                    (crate::metrics::merged_count(*comments, *c)?, crate::metrics::merged_count(*skipped, *s)?);
                (*comments, *skipped) = merged;
                Ok(())
            }
            _ => Err(crate::Error::Incompatible("question kinds differ".into())),
        }
    }

    /// Whether this counter counts what `other` counts (the same scale, the same number of options).
    pub(crate) fn fits(&self, other: &Counter) -> bool {
        match (self, other) {
            (Counter::Tally(a), Counter::Tally(b)) => a.scale() == b.scale(),
            (Counter::Choice(a), Counter::Choice(b)) => a.options() == b.options(),
            (Counter::Text { .. }, Counter::Text { .. }) => true,
            _ => false,
        }
    }

    /// The counts of `self` without those of `part` (exact), where the kind allows a difference.
    pub(crate) fn minus(&self, part: &Counter) -> Option<Counter> {
        match (self, part) {
            (Counter::Tally(all), Counter::Tally(part)) => all.minus(part).map(Counter::Tally),
            _ => None,
        }
    }

    /// A loaded count above the most an accumulator counts is refused.
    pub(crate) fn check_loaded(&self) -> Result<()> {
        if let Counter::Text { comments, skipped } = self {
            crate::metrics::loaded_count(comments.saturating_add(*skipped), "comments")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Survey;
    use serde_json::json;

    fn survey() -> Survey {
        Survey::from_json(
            r#"{"id":"s","questions":[{"id":"n","kind":"nps"},{"id":"y","kind":"yes_no"},
            {"id":"c","kind":"single_choice","options":["a","b"]},{"id":"m","kind":"multi_choice","options":["a","b","c"]},
            {"id":"t","kind":"text"},{"id":"r","kind":"rating","scale":{"min":-2,"max":2}}]}"#,
        )
        .unwrap()
    }

    #[test]
    fn counting_n_equal_answers_counts_what_n_single_adds_count() {
        let s = survey();
        let answers = [
            (0, json!(7)),
            (0, json!(null)),
            (1, json!(true)),
            (1, json!(null)),
            (2, json!("b")),
            (2, json!(null)),
            (3, json!(["a", "c"])),
            (3, json!(null)),
            (4, json!("fine")),
            (4, json!("  ")),
            (4, json!(null)),
            (5, json!(-2)),
        ];
        for (q, value) in answers {
            let question = &s.questions()[q];
            let answer = question.parse_json(&value).unwrap();
            for (n, w) in [(1u64, 1.0), (3, 2.5), (1000, 0.001), (7, 1e6)] {
                let w = Weight::new(w).unwrap();
                let (mut one_by_one, mut at_once) = (question.counter(), question.counter());
                for _ in 0..n {
                    one_by_one.add(&answer, w);
                }
                at_once.add_n(&answer, n, w);
                assert_eq!(one_by_one, at_once, "{value} x{n}");
            }
        }
    }

    #[test]
    fn parses_and_checks_each_kind() {
        let s = survey();
        let q = |id| s.question(id).unwrap();
        assert_eq!(q("n").parse_json(&json!(10)), Ok(Answer::Value(10)));
        assert_eq!(q("n").parse_json(&json!(7.0)), Ok(Answer::Value(7)));
        assert_eq!(q("n").parse_json(&json!(null)), Ok(Answer::Skipped));
        assert!(q("n").parse_json(&json!(11)).unwrap_err().contains("off the scale"));
        assert!(q("n").parse_json(&json!(7.5)).unwrap_err().contains("expected an integer"));
        assert!(q("n").parse_json(&json!("9")).unwrap_err().contains("expected an integer"));
        assert_eq!(q("r").parse_json(&json!(-2)), Ok(Answer::Value(-2)));
        assert_eq!(q("y").parse_json(&json!(false)), Ok(Answer::YesNo(false)));
        assert!(q("y").parse_json(&json!(1)).unwrap_err().contains("expected true or false"));
        assert_eq!(q("c").parse_json(&json!("b")), Ok(Answer::Choice(1)));
        assert!(q("c").parse_json(&json!("z")).unwrap_err().contains("not one of the options"));
        assert_eq!(q("m").parse_json(&json!(["c", "a"])), Ok(Answer::Choices(vec![0, 2])));
        assert!(q("m").parse_json(&json!(["a", "a"])).unwrap_err().contains("twice"));
        assert_eq!(q("t").parse_json(&json!("Świetna obsługa")), Ok(Answer::Text("Świetna obsługa".into())));
        assert_eq!(Answer::Choices(vec![0, 2]).to_value(q("m")), json!(["a", "c"]));
    }

    #[test]
    fn reads_table_cells_by_the_same_rules_as_csv() {
        let s = survey();
        let q = |id| s.question(id).unwrap();
        assert_eq!(q("n").parse_cell(" 9 "), Ok(Some(Answer::Value(9))));
        assert_eq!(q("n").parse_cell("  "), Ok(None));
        assert_eq!(q("n").parse_cell("nine").unwrap_err(), "expected an integer on the scale 0-10, got \"nine\"");
        assert_eq!(q("n").parse_cell("12").unwrap_err(), "12 is off the scale 0-10");
        assert_eq!(q("y").parse_cell("Yes"), Ok(Some(Answer::YesNo(true))));
        assert_eq!(q("y").parse_cell("0"), Ok(Some(Answer::YesNo(false))));
        assert!(q("y").parse_cell("maybe").unwrap_err().contains("yes/no"));
        assert_eq!(q("m").parse_cell("c; a;"), Ok(Some(Answer::Choices(vec![0, 2]))));
        assert_eq!(q("c").parse_cell(" b "), Ok(Some(Answer::Choice(1))));
        assert_eq!(q("t").parse_cell(" as written "), Ok(Some(Answer::Text(" as written ".into()))));
        // Record cells: strings as CSV cells, other values as JSON, 0/1 for yes/no.
        assert_eq!(q("y").parse_cell_value(&json!(1)), Ok(Some(Answer::YesNo(true))));
        assert_eq!(q("y").parse_cell_value(&json!("no")), Ok(Some(Answer::YesNo(false))));
        assert!(q("y").parse_cell_value(&json!(2)).is_err());
        assert_eq!(q("n").parse_cell_value(&json!("7")), Ok(Some(Answer::Value(7))));
        assert_eq!(q("n").parse_cell_value(&json!(7.0)), Ok(Some(Answer::Value(7))));
        assert_eq!(q("m").parse_cell_value(&json!(["b"])), Ok(Some(Answer::Choices(vec![1]))));
        assert_eq!(q("m").parse_cell_value(&json!(null)), Ok(None));
    }

    #[test]
    fn every_kind_with_a_headline_names_a_figure_of_its_result() {
        let s = Survey::from_json(
            r#"{"id":"s","questions":[{"id":"n","kind":"nps"},{"id":"c","kind":"csat"},{"id":"e","kind":"ces"},
            {"id":"f","kind":"ces_effort"},{"id":"r","kind":"rating","scale":{"min":1,"max":3}},{"id":"y","kind":"yes_no"},
            {"id":"o","kind":"single_choice","options":["a"]},{"id":"m","kind":"multi_choice","options":["a"]},
            {"id":"t","kind":"text"}]}"#,
        )
        .unwrap();
        let m = MetricOptions::default();
        for (q, kind) in s.questions().iter().zip(QuestionKind::ALL) {
            assert_eq!(q.kind, kind);
            let mut counter = q.counter();
            let answer = q.parse_cell(if kind == QuestionKind::Text { "ok" } else { "1" }).ok().flatten();
            if let Some(a) = answer.or_else(|| q.parse_cell("a").ok().flatten()) {
                counter.add(&a, Weight::ONE);
            }
            let result = serde_json::to_value(q.metric(&counter, q.csat_threshold(None).unwrap(), &m)).unwrap();
            match kind.headline() {
                Some(h) => {
                    let figures = &result[h.metric];
                    assert!(figures.get(h.figure).is_some(), "{kind:?}: {result}");
                    assert!(figures.get(h.interval).is_some(), "{kind:?}: {result}");
                }
                None => assert!(q.compare(&counter, &counter, 0, &m).is_none()),
            }
        }
    }
}
