//! Reports by segment and time bucket, with changes against the previous bucket and each group against the rest.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use serde::ser::SerializeMap;
use serde::{Deserialize, Serialize, Serializer};

use crate::answer::Answer;
use crate::error::{Error, Result};
use crate::kind::Counter;
use crate::limits::Limits;
use crate::metrics::ces::{CesEffortResult, CesResult};
use crate::metrics::choice::ChoiceResult;
use crate::metrics::csat::CsatResult;
use crate::metrics::nps::NpsResult;
use crate::metrics::rating::{RatingResult, YesNoResult};
use crate::metrics::support::{Correlation, PairSums, SupportAccumulator, SupportResult};
use crate::metrics::{Denominator, Interval, MetricOptions};
use crate::oes::aggregate::{OesAccumulator, OesSummary};
use crate::oes::OesScore;
use crate::response::Response;
use crate::stats::Comparison;
use crate::survey::{Audience, Question, QuestionKind, Survey};
use crate::time::{format_day, Every};

mod batch;

#[cfg(feature = "parquet")]
pub(crate) use batch::Prepared;
#[cfg(feature = "parquet")]
pub(crate) use batch::SPLIT_ALONE;
pub(crate) use batch::SPLIT_BESIDE_A_READER;
pub use batch::{report_batch, AnswerCells, Batch, Bulk, Ids, Interner, Segment, Times, MISSING};

/// The default minimum group size below which a report withholds a group's figures.
pub const DEFAULT_MIN_GROUP_SIZE: u64 = 5;

/// How a report groups responses: fixed when a [`ReportAccumulator`] is made, and part of its fingerprint.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Grouping {
    /// Segment names to group by (their combinations form the groups); empty for the overall group only.
    pub by: Vec<String>,
    /// Time bucket length; `None` for one period over all time.
    pub every: Option<Every>,
    /// The support resolution target in seconds (default 24 hours).
    pub resolution_target_seconds: u64,
    /// Whether an accumulator refuses a response id it has already counted, across `add` calls and merges (default
    /// true). It keeps a 16-byte hash per response for that; turn it off only for streams whose ids are unique by
    /// construction, to keep the state to one cell per group and period.
    pub check_ids: bool,
}

impl Default for Grouping {
    fn default() -> Self {
        Grouping {
            by: Vec::new(),
            every: None,
            resolution_target_seconds: crate::metrics::support::DEFAULT_TARGET_SECONDS,
            check_ids: true,
        }
    }
}

impl Grouping {
    /// Groups by these segment names.
    pub fn by<I: IntoIterator<Item = S>, S: Into<String>>(mut self, names: I) -> Self {
        self.by = names.into_iter().map(Into::into).collect();
        self
    }
    /// Buckets time.
    pub fn every(mut self, every: Every) -> Self {
        self.every = Some(every);
        self
    }

    /// Checks the segment names (none empty, none twice).
    fn check(&self) -> Result<()> {
        for (i, name) in self.by.iter().enumerate() {
            if name.is_empty() {
                return Err(Error::param("by", "a segment name is empty"));
            }
            if self.by[..i].contains(name) {
                return Err(Error::param("by", format!("segment {name:?} is listed twice")));
            }
        }
        Ok(())
    }
}

/// How a finished report computes and shows its figures: chosen when it is finished, free to differ between two
/// reports of one accumulator.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ResultOptions {
    /// Confidence, interval method and denominator policy.
    #[serde(flatten)]
    pub metrics: MetricOptions,
    /// Groups (and periods) with fewer respondents are withheld (0 or 1 withholds nothing). `None` (the default):
    /// the survey's audience decides ([`Audience::default_min_group_size`]: 5 for employee surveys and for surveys
    /// that do not say, none for customer surveys).
    pub min_group_size: Option<u64>,
    /// CSAT top-box thresholds by question id (default: [`crate::Scale::default_top_box`]).
    pub csat_thresholds: BTreeMap<String, i32>,
    /// Bounds on the report's size ([`Limits::periods`], [`Limits::cells`]).
    pub limits: Limits,
}

/// Everything a one-call [`report`] needs: its [`Grouping`] and its [`ResultOptions`].
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ReportOptions {
    /// How responses are grouped.
    #[serde(flatten)]
    pub grouping: Grouping,
    /// How figures are computed.
    #[serde(flatten)]
    pub result: ResultOptions,
}

impl ReportOptions {
    /// Groups by these segment names.
    pub fn by<I: IntoIterator<Item = S>, S: Into<String>>(mut self, names: I) -> Self {
        self.grouping = self.grouping.by(names);
        self
    }
    /// Buckets time.
    pub fn every(mut self, every: Every) -> Self {
        self.grouping = self.grouping.every(every);
        self
    }
    /// Sets the confidence level (errors outside (0, 1)).
    pub fn confidence(mut self, level: f64) -> Result<Self> {
        self.result.metrics = self.result.metrics.with_confidence(level)?;
        Ok(self)
    }
    /// Sets the minimum group size (instead of the survey audience's default).
    pub fn min_group_size(mut self, n: u64) -> Self {
        self.result.min_group_size = Some(n);
        self
    }
}

/// Respondents and per-question accumulators of one group in one period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Cell {
    respondents: u64,
    questions: Vec<Counter>,
    support: SupportAccumulator,
    /// Per question, pairs (time to resolution in seconds, answer) for the TTR correlation.
    ttr_pairs: Vec<PairSums>,
    /// Overall Experience Scores of the scored responses.
    oes: OesAccumulator,
}

impl Cell {
    fn new(survey: &Survey, target_seconds: u64) -> Cell {
        let questions = survey.questions().iter().map(Question::counter).collect();
        let ttr_pairs = vec![PairSums::default(); survey.questions().len()];
        Cell {
            respondents: 0,
            questions,
            support: SupportAccumulator::new(target_seconds),
            ttr_pairs,
            oes: OesAccumulator::default(),
        }
    }

    fn add(&mut self, response: &Response, oes: Option<&OesScore>) {
        let w = response.effective_weight();
        self.respondents += 1;
        if let Some(score) = oes {
            self.oes.add(score, w);
        }
        for (acc, answer) in self.questions.iter_mut().zip(response.answers()) {
            if let Some(answer) = answer {
                acc.add(answer, w);
            }
        }
        if let Some(ticket) = response.ticket() {
            self.support.add(ticket);
            if let Some(ttr) = ticket.time_to_resolution() {
                for (pairs, answer) in self.ttr_pairs.iter_mut().zip(response.answers()) {
                    if let Some(Answer::Value(v)) = answer {
                        pairs.add(ttr as i64, *v);
                    }
                }
            }
        }
    }

    fn merge(&mut self, other: &Cell) -> Result<()> {
        self.respondents = crate::metrics::merged_count(self.respondents, other.respondents)?;
        for (a, b) in self.questions.iter_mut().zip(&other.questions) {
            a.merge(b)?;
        }
        self.support.merge(&other.support)?;
        self.oes.merge(&other.oes)?;
        for (a, b) in self.ttr_pairs.iter_mut().zip(&other.ttr_pairs) {
            a.merge(b)?;
        }
        Ok(())
    }
}

/// A group key: the values of the `by` segments (`None` where a response lacks that segment).
type GroupKey = Vec<Option<String>>;

/// Cells by (group, bucket); the overall group is `None`.
type Cells = BTreeMap<(Option<GroupKey>, i64), Cell>;

/// A reusable cell key, so that looking up an existing group allocates nothing.
#[derive(Debug, Clone, Default)]
struct Scratch(Option<(Option<GroupKey>, i64)>);
impl PartialEq for Scratch {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

/// An exact, mergeable, serde-serialisable accumulator of a whole report: feed responses in any order, on any number
/// of threads or machines, merge the parts, and [`finish`](ReportAccumulator::finish).
///
/// Every accumulator carries a fingerprint of what it counts (the survey's whole definition: questions, kinds,
/// scales, options in order; and the grouping options), checked when accumulators are merged, loaded or finished: an
/// accumulator made for a survey whose options are in another order is refused, not counted under the wrong option.
/// With [`Grouping::check_ids`] (the default) a response id is counted once: adding it again, or merging two
/// accumulators that both counted it, is an error.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "RawAccumulator")]
pub struct ReportAccumulator {
    /// The survey counted (serialised whole, so that a saved state knows what it counts).
    survey: Arc<Survey>,
    grouping: Grouping,
    /// The fingerprint of the survey and the grouping (hex).
    fingerprint: String,
    /// Overall group first (`None`), then each group; per bucket (0 when `every` is `None`).
    #[serde(with = "cells_serde")]
    cells: Cells,
    segment_names: BTreeSet<String>,
    /// Hashes of the response ids counted (with `check_ids`).
    #[serde(with = "ids_serde")]
    ids: Option<IdSet>,
    #[serde(skip)]
    scratch: Scratch,
}

/// The serialised form, checked before it becomes an accumulator.
#[derive(Deserialize)]
struct RawAccumulator {
    survey: Survey,
    grouping: Grouping,
    fingerprint: String,
    #[serde(with = "cells_serde")]
    cells: Cells,
    segment_names: BTreeSet<String>,
    #[serde(with = "ids_serde")]
    ids: Option<IdSet>,
}

impl TryFrom<RawAccumulator> for ReportAccumulator {
    type Error = Error;
    fn try_from(r: RawAccumulator) -> Result<Self> {
        let bad = |m: String| Error::Incompatible(format!("the serialised report accumulator is inconsistent: {m}"));
        r.grouping.check()?;
        if r.fingerprint != fingerprint(&r.survey, &r.grouping) {
            return Err(bad("its fingerprint does not match its survey and grouping".into()));
        }
        if r.grouping.check_ids != r.ids.is_some() {
            return Err(bad("its response ids do not match its `check_ids`".into()));
        }
        let questions = r.survey.questions().len();
        for ((group, bucket), cell) in &r.cells {
            if group.as_ref().is_some_and(|g| g.len() != r.grouping.by.len()) {
                return Err(bad(format!("a group key has not {} values", r.grouping.by.len())));
            }
            if r.grouping.every.is_none() && *bucket != 0 {
                return Err(bad("a period without `every`".into()));
            }
            if cell.questions.len() != questions || cell.ttr_pairs.len() != questions {
                return Err(bad(format!("a cell has not {questions} questions")));
            }
            crate::metrics::loaded_count(cell.respondents, "respondents")?;
            for q in &cell.questions {
                q.check_loaded()?;
            }
        }
        // The overall group holds every response: each group's respondents are a part of it.
        for ((group, bucket), cell) in &r.cells {
            let overall = r.cells.get(&(None, *bucket)).map_or(0, |c| c.respondents);
            if group.is_some() && cell.respondents > overall {
                return Err(bad("a group has more respondents than the overall group".into()));
            }
        }
        if let Some(ids) = &r.ids {
            let total: u64 = r.cells.iter().filter(|((g, _), _)| g.is_none()).map(|(_, c)| c.respondents).sum();
            if ids.len() as u64 != total {
                return Err(bad(format!("{} response ids for {total} respondents", ids.len())));
            }
        }
        let acc = ReportAccumulator {
            survey: Arc::new(r.survey),
            grouping: r.grouping,
            fingerprint: r.fingerprint,
            cells: r.cells,
            segment_names: r.segment_names,
            ids: r.ids,
            scratch: Scratch::default(),
        };
        acc.check_cells()?;
        Ok(acc)
    }
}

mod ids_serde {
    use serde::{Deserialize, Deserializer, Serializer};

    /// The hashes as one string of 32 hex digits each (sorted), or `null`.
    pub fn serialize<S: Serializer>(ids: &Option<super::IdSet>, s: S) -> Result<S::Ok, S::Error> {
        match ids {
            None => s.serialize_none(),
            Some(ids) => {
                // Sorted, so that equal sets serialise equally.
                let mut sorted: Vec<u128> = ids.iter().copied().collect();
                sorted.sort_unstable();
                let mut text = String::with_capacity(ids.len() * 32);
                for id in sorted {
                    text.push_str(&format!("{id:032x}"));
                }
                s.serialize_str(&text)
            }
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<super::IdSet>, D::Error> {
        let Some(text) = Option::<String>::deserialize(d)? else { return Ok(None) };
        if text.len() % 32 != 0 || !text.is_ascii() {
            return Err(serde::de::Error::custom("response id hashes must be 32 hex digits each"));
        }
        let mut ids = super::IdSet::with_capacity_and_hasher(text.len() / 32, Default::default());
        for chunk in text.as_bytes().chunks(32) {
            let hex = std::str::from_utf8(chunk).map_err(serde::de::Error::custom)?;
            let id = u128::from_str_radix(hex, 16).map_err(|_| serde::de::Error::custom("bad response id hash"))?;
            if !ids.insert(id) {
                return Err(serde::de::Error::custom("a response id hash is listed twice"));
            }
        }
        Ok(Some(ids))
    }
}

fn already_counted(response: &Response) -> Error {
    Error::Incompatible(format!("response {:?} was already counted in this accumulator", response.id()))
}

/// Hashes of response ids. The hashes are stable ([`id_hash`]), so the set hashes them again with a seed chosen at
/// random per set: ids (or a serialised state) crafted so that many hashes share their low bits cannot make it
/// quadratic.
type IdSet = std::collections::HashSet<u128, foldhash::fast::RandomState>;

/// A 128-bit hash of a response id: two independent 64-bit multiply-rotate lanes over 8-byte words, each finished
/// with MurmurHash3's finaliser. Stable (the same on every platform and in every version, so serialised id sets
/// merge across machines) and fast; not meant to resist ids crafted to collide (a collision refuses a response as
/// counted twice, it never miscounts one).
pub(crate) fn id_hash(id: &str) -> u128 {
    const K1: u64 = 0x9E37_79B9_7F4A_7C15;
    const K2: u64 = 0xC2B2_AE3D_27D4_EB4F;
    fn fmix(mut h: u64) -> u64 {
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        h ^ (h >> 33)
    }
    let bytes = id.as_bytes();
    let (mut a, mut b) = (0x243F_6A88_85A3_08D3u64 ^ bytes.len() as u64, 0x1319_8A2E_0370_7344u64);
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        a = (a ^ w).wrapping_mul(K1).rotate_left(31);
        b = (b ^ w.rotate_left(17)).wrapping_mul(K2).rotate_left(29);
    }
    let rest = chunks.remainder();
    let mut last = [0u8; 8];
    last[..rest.len()].copy_from_slice(rest);
    let w = u64::from_le_bytes(last) ^ ((rest.len() as u64) << 56);
    a = (a ^ w).wrapping_mul(K1).rotate_left(31);
    b = (b ^ w.rotate_left(17)).wrapping_mul(K2).rotate_left(29);
    let (ha, hb) = (fmix(a ^ b.rotate_left(7)), fmix(b ^ a.rotate_left(13)));
    ((ha as u128) << 64) | hb as u128
}

/// FNV-1a, 128 bits: a stable hash (the same on every platform and in every version) for fingerprints and ids.
pub(crate) fn fnv128(parts: &[&[u8]]) -> u128 {
    const OFFSET: u128 = 0x6c62272e07bb014262b821756295c58d;
    const PRIME: u128 = 0x0000000001000000000000000000013B;
    let mut h = OFFSET;
    for part in parts {
        for &b in *part {
            h ^= b as u128;
            h = h.wrapping_mul(PRIME);
        }
        // A separator that no part can forge (lengths differ), so ("ab", "c") and ("a", "bc") differ.
        for b in (part.len() as u64).to_le_bytes() {
            h ^= b as u128;
            h = h.wrapping_mul(PRIME);
        }
    }
    h
}

/// The fingerprint of a survey's definition and the grouping that shapes an accumulator.
fn fingerprint(survey: &Survey, grouping: &Grouping) -> String {
    let by = serde_json::to_string(&grouping.by).unwrap_or_default();
    let every = grouping.every.map_or("", |e| e.as_str());
    let h = fnv128(&[
        &survey.fingerprint().to_le_bytes(),
        by.as_bytes(),
        every.as_bytes(),
        &grouping.resolution_target_seconds.to_le_bytes(),
        &[grouping.check_ids as u8],
    ]);
    format!("{h:032x}")
}

mod cells_serde {
    use super::*;

    #[derive(Serialize, Deserialize)]
    struct Entry {
        group: Option<GroupKey>,
        bucket: i64,
        cell: Cell,
    }

    pub fn serialize<S: Serializer>(
        cells: &BTreeMap<(Option<GroupKey>, i64), Cell>,
        s: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        let entries: Vec<Entry> =
            cells.iter().map(|((g, b), c)| Entry { group: g.clone(), bucket: *b, cell: c.clone() }).collect();
        entries.serialize(s)
    }

    pub fn deserialize<'de, D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Cells, D::Error> {
        let entries = Vec::<Entry>::deserialize(d)?;
        Ok(entries.into_iter().map(|e| ((e.group, e.bucket), e.cell)).collect())
    }
}

impl ReportAccumulator {
    /// An empty accumulator for `survey` (a `Survey` or an `Arc<Survey>`), grouped as `grouping` says.
    pub fn new(survey: impl Into<Arc<Survey>>, grouping: &Grouping) -> Result<Self> {
        grouping.check()?;
        let survey = survey.into();
        Ok(ReportAccumulator {
            fingerprint: fingerprint(&survey, grouping),
            survey,
            grouping: grouping.clone(),
            cells: BTreeMap::new(),
            segment_names: BTreeSet::new(),
            ids: grouping.check_ids.then(IdSet::default),
            scratch: Scratch::default(),
        })
    }

    /// The survey counted.
    pub fn survey(&self) -> &Arc<Survey> {
        &self.survey
    }

    /// How responses are grouped.
    pub fn grouping(&self) -> &Grouping {
        &self.grouping
    }

    /// Adds one response, read against this accumulator's survey.
    pub fn add(&mut self, response: &Response) -> Result<()> {
        self.add_scored(response, None)
    }

    /// Adds one response with its Overall Experience Score (then periods carry OES means).
    pub fn add_scored(&mut self, response: &Response, oes: Option<&OesScore>) -> Result<()> {
        self.check(response, oes)?;
        if let Some(ids) = &mut self.ids {
            if !ids.insert(id_hash(response.id())) {
                return Err(already_counted(response));
            }
        }
        self.insert(response, oes);
        Ok(())
    }

    /// Adds responses all or nothing: when one of them cannot be added (read with another survey, or its id already
    /// counted here or earlier in `responses`), the error is returned and nothing is added.
    pub fn add_all(&mut self, responses: &[Response]) -> Result<()> {
        for r in responses {
            self.check(r, None)?;
        }
        if let Some(ids) = &mut self.ids {
            let mut batch = IdSet::with_capacity_and_hasher(responses.len(), Default::default());
            for r in responses {
                let h = id_hash(r.id());
                if ids.contains(&h) || !batch.insert(h) {
                    return Err(already_counted(r));
                }
            }
            ids.extend(batch);
        }
        for r in responses {
            self.insert(r, None);
        }
        Ok(())
    }

    /// Whether `response` (with its score) can be added: read against this accumulator's survey, scored as itself.
    fn check(&self, response: &Response, oes: Option<&OesScore>) -> Result<()> {
        if let Some(s) = oes {
            if s.id != response.id() {
                return Err(Error::Incompatible(format!(
                    "the score of {:?} was given for response {:?}",
                    s.id,
                    response.id()
                )));
            }
        }
        if response.survey_fingerprint() != self.survey.fingerprint() {
            return Err(Error::Incompatible(format!(
                "response {:?} was read against another survey than this accumulator's {:?} (or another \
                 definition of it)",
                response.id(),
                self.survey.id()
            )));
        }
        Ok(())
    }

    /// Counts a checked response (its id already recorded).
    fn insert(&mut self, response: &Response, oes: Option<&OesScore>) {
        let by = &self.grouping.by;
        // Segment names are only needed to explain a `by` name that no response has: stop once all are seen.
        if !by.iter().all(|b| self.segment_names.contains(b)) {
            for name in response.segments().keys() {
                if !self.segment_names.contains(name) {
                    self.segment_names.insert(name.clone());
                }
            }
        }
        let (survey, target) = (&self.survey, self.grouping.resolution_target_seconds);
        let new_cell = || Cell::new(survey, target);
        let bucket = self.grouping.every.map_or(0, |e| e.bucket_of_day(response.submitted_at().utc_day()));
        self.cells.entry((None, bucket)).or_insert_with(new_cell).add(response, oes);
        if !by.is_empty() {
            // Reuse one key, so that finding an existing group allocates nothing.
            let mut key = self.scratch.0.take().unwrap_or_default();
            let values = key.0.get_or_insert_with(Vec::new);
            values.resize(by.len(), None);
            for (slot, name) in values.iter_mut().zip(by) {
                match (slot.as_mut(), response.segment(name)) {
                    (Some(s), Some(v)) => {
                        s.clear();
                        s.push_str(v);
                    }
                    (None, Some(v)) => *slot = Some(v.to_owned()),
                    (_, None) => *slot = None,
                }
            }
            key.1 = bucket;
            match self.cells.get_mut(&key) {
                Some(cell) => {
                    cell.add(response, oes);
                    self.scratch.0 = Some(key);
                }
                None => self.cells.entry(key).or_insert_with(new_cell).add(response, oes),
            }
        }
    }

    /// Adds another accumulator made for the same survey and options. Exact: any grouping and order of merges gives
    /// the same report.
    ///
    /// Refused (and `self` left unchanged) when the two were made for different survey definitions or grouping
    /// options, or when both counted the same response id.
    pub fn merge(&mut self, other: &ReportAccumulator) -> Result<()> {
        if self.fingerprint != other.fingerprint {
            return Err(Error::Incompatible(format!(
                "the accumulators were made for different surveys or groupings (survey {:?} vs {:?}; a survey \
                 whose questions, scales or options differ in any way, or in order, counts as another survey)",
                self.survey.id(),
                other.survey.id()
            )));
        }
        if let (Some(mine), Some(theirs)) = (&self.ids, &other.ids) {
            let shared = mine.intersection(theirs).count();
            if shared > 0 {
                return Err(Error::Incompatible(format!(
                    "{shared} response id(s) were counted in both accumulators (the same responses added twice)"
                )));
            }
        }
        // The merged cells are computed first (only those `other` touches), so that a refused merge changes nothing.
        let mut merged = Vec::with_capacity(other.cells.len());
        for (key, cell) in &other.cells {
            let mut sum = cell.clone();
            if let Some(mine) = self.cells.get(key) {
                sum.merge(mine)?;
            }
            merged.push((key.clone(), sum));
        }
        self.cells.extend(merged);
        if let (Some(mine), Some(theirs)) = (&mut self.ids, &other.ids) {
            mine.extend(theirs.iter().copied());
        }
        self.segment_names.extend(other.segment_names.iter().cloned());
        Ok(())
    }

    /// Checks that every cell counts what the survey asks (the scales and option counts of its questions): a
    /// deserialised accumulator whose fingerprint matches but whose cells do not is refused.
    fn check_cells(&self) -> Result<()> {
        let survey = &*self.survey;
        let template = Cell::new(survey, self.grouping.resolution_target_seconds);
        for cell in self.cells.values() {
            for (q, (mine, want)) in cell.questions.iter().zip(&template.questions).enumerate() {
                if !mine.fits(want) {
                    return Err(Error::Incompatible(format!(
                        "the accumulator's counts for question {:?} do not fit the survey",
                        survey.questions()[q].id
                    )));
                }
            }
        }
        Ok(())
    }

    /// The report, its figures computed as `options` say.
    pub fn finish(&self, options: &ResultOptions) -> Result<Report> {
        self.finish_threads(options, None)
    }

    /// [`finish`](Self::finish) on two threads or one (`None`: two from 64 report cells, never in WebAssembly).
    fn finish_threads(&self, options: &ResultOptions, two: Option<bool>) -> Result<Report> {
        let survey = &*self.survey;
        let grouping = &self.grouping;
        for name in &grouping.by {
            if !self.cells.is_empty() && !self.segment_names.contains(name) {
                let known: Vec<&str> = self.segment_names.iter().map(String::as_str).collect();
                return Err(Error::param(
                    "by",
                    format!("no response has a segment {name:?} (segments present: {})", known.join(", ")),
                ));
            }
        }
        let thresholds = survey
            .questions()
            .iter()
            .map(|q| q.csat_threshold(options.csat_thresholds.get(&q.id).copied()))
            .collect::<std::result::Result<Vec<i32>, String>>()
            .map_err(|m| Error::param("csat_thresholds", m))?;
        for id in options.csat_thresholds.keys() {
            if survey.question(id).is_none() {
                return Err(Error::param("csat_thresholds", format!("the survey has no question {id:?}")));
            }
        }
        let with_support = self.cells.iter().any(|((g, _), c)| g.is_none() && c.support.tickets() > 0);
        let with_oes = self.cells.iter().any(|((g, _), c)| g.is_none() && c.oes.count() > 0);
        let min_group_size = options.min_group_size.unwrap_or(Audience::default_min_group_size(survey.audience()));
        let ctx = Ctx { survey, options, min_group_size, thresholds: &thresholds, with_support, with_oes };

        let buckets: Vec<i64> = match (
            grouping.every,
            self.cells.keys().map(|(_, b)| *b).min(),
            self.cells.keys().map(|(_, b)| *b).max(),
        ) {
            (Some(every), Some(lo), Some(hi)) => {
                let periods = (hi - lo) as u64 + 1;
                if periods > options.limits.periods {
                    return Err(Limits::exceeded(
                        "periods",
                        options.limits.periods,
                        format!(
                            "the report would have {periods} periods (every {} from {} to {})",
                            every.as_str(),
                            every.label(lo),
                            every.label(hi)
                        ),
                    ));
                }
                (lo..=hi).collect()
            }
            (Some(_), _, _) => Vec::new(),
            (None, _, _) => vec![0],
        };
        let mut groups: BTreeSet<Option<GroupKey>> = self.cells.keys().map(|(g, _)| g.clone()).collect();
        groups.insert(None);
        let cells = groups.len() as u64 * buckets.len() as u64;
        if cells > options.limits.cells {
            return Err(Limits::exceeded(
                "cells",
                options.limits.cells,
                format!("the report would have {cells} cells ({} groups × {} periods)", groups.len(), buckets.len()),
            ));
        }
        let empty = Cell::new(survey, grouping.resolution_target_seconds);
        let group_report = |group: &Option<GroupKey>| {
            let segment: BTreeMap<String, Option<String>> = match group {
                None => BTreeMap::new(),
                Some(values) => grouping.by.iter().cloned().zip(values.iter().cloned()).collect(),
            };
            let mut periods = Vec::with_capacity(buckets.len());
            for (i, &bucket) in buckets.iter().enumerate() {
                let cell = self.cells.get(&(group.clone(), bucket)).unwrap_or(&empty);
                let overall = self.cells.get(&(None, bucket)).unwrap_or(&empty);
                let previous = (i > 0).then(|| self.cells.get(&(group.clone(), buckets[i - 1])).unwrap_or(&empty));
                periods.push(ctx.period(grouping.every, bucket, cell, previous, group.is_some().then_some(overall)));
            }
            GroupReport { segment, periods }
        };
        let groups: Vec<&Option<GroupKey>> = groups.iter().collect();
        let two = two.unwrap_or(!cfg!(target_arch = "wasm32") && cells >= 64);
        let out: Vec<GroupReport> = if !two {
            groups.into_iter().map(group_report).collect()
        } else {
            // Each group's figures depend only on the counts, so two threads give the same report. They take
            // alternate groups (neighbours cost alike), and the groups are put back in order.
            let half =
                |parity: usize| groups.iter().skip(parity).step_by(2).map(|g| group_report(g)).collect::<Vec<_>>();
            let (even, odd) = std::thread::scope(|s| {
                let odd = s.spawn(|| half(1));
                (half(0), odd.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
            });
            let mut odd = odd.into_iter();
            even.into_iter().flat_map(|g| std::iter::once(g).chain(odd.next())).collect()
        };
        let withheld = Withheld::count(&out, min_group_size, options.min_group_size.is_some(), survey.audience());
        let respondents = buckets.iter().filter_map(|b| self.cells.get(&(None, *b))).map(|c| c.respondents).sum();
        Ok(Report {
            survey: survey.id().to_owned(),
            confidence: options.metrics.confidence.level(),
            interval: options.metrics.interval,
            denominator: options.metrics.denominator,
            by: grouping.by.clone(),
            every: grouping.every,
            min_group_size,
            respondents,
            withheld,
            groups: out,
        })
    }
}

struct Ctx<'a> {
    survey: &'a Survey,
    options: &'a ResultOptions,
    /// The minimum group size in force: the options', else the survey audience's default.
    min_group_size: u64,
    thresholds: &'a [i32],
    /// Whether any response has a ticket (then periods carry support figures).
    with_support: bool,
    /// Whether responses were scored (then periods carry OES means).
    with_oes: bool,
}

impl Ctx<'_> {
    fn withheld(&self, cell: &Cell) -> bool {
        cell.respondents < self.min_group_size
    }

    fn period(
        &self,
        every: Option<Every>,
        bucket: i64,
        cell: &Cell,
        previous: Option<&Cell>,
        overall: Option<&Cell>,
    ) -> PeriodReport {
        let (period, start, end) = match every {
            None => ("all".to_owned(), None, None),
            Some(e) => (
                e.label(bucket),
                Some(format_day(e.bucket_start(bucket))),
                Some(format_day(e.bucket_start(bucket + 1))),
            ),
        };
        if self.withheld(cell) {
            return PeriodReport {
                period,
                start,
                end,
                respondents: cell.respondents,
                withheld: true,
                reason: Some(format!(
                    "fewer than {} respondents: figures withheld to protect anonymity",
                    self.min_group_size
                )),
                questions: None,
                support: None,
                oes: None,
            };
        }
        let previous = previous.filter(|p| !self.withheld(p));
        // The rest of this period: everyone in the overall cell but not in this group (exact subtraction).
        let rest_respondents = overall.map(|o| o.respondents - cell.respondents);
        let rest_ok = rest_respondents.is_some_and(|n| n >= self.min_group_size.max(1));
        let mut questions = Vec::with_capacity(cell.questions.len());
        for (i, q) in self.survey.questions().iter().enumerate() {
            let acc = &cell.questions[i];
            let (threshold, m) = (self.thresholds[i], &self.options.metrics);
            let metric = q.metric(acc, threshold, m);
            let vs_previous = previous.and_then(|p| q.compare(acc, &p.questions[i], threshold, m));
            let vs_rest = if rest_ok {
                let rest = overall.and_then(|o| o.questions[i].minus(acc));
                rest.and_then(|r| q.compare(acc, &r, threshold, m))
            } else {
                None
            };
            let ttr_correlation = (self.with_support && q.kind.correlates_with_resolution())
                .then(|| cell.ttr_pairs[i].correlation(self.options.metrics.confidence));
            questions.push(QuestionReport {
                id: q.id.clone(),
                kind: q.kind,
                metric,
                vs_previous,
                vs_rest,
                ttr_correlation,
            });
        }
        PeriodReport {
            period,
            start,
            end,
            respondents: cell.respondents,
            withheld: false,
            reason: None,
            questions: Some(QuestionMap(questions)),
            support: self.with_support.then(|| cell.support.result(self.options.metrics.confidence)),
            oes: self.with_oes.then(|| cell.oes.result(self.options.metrics.confidence)),
        }
    }
}

/// Builds a report in one call.
///
/// ```
/// use oes_core::{report, Every, ReportOptions, Response, Survey};
/// let survey = Survey::from_json(r#"{"id": "s", "questions": [{"id": "nps", "kind": "nps"}]}"#)?;
/// let responses: Vec<Response> = (0..12)
///     .map(|i| {
///         let line = format!(
///             r#"{{"id": "r{i}", "submitted_at": "2025-0{}-10T12:00:00Z", "segments": {{"store": "{}"}}, "answers": {{"nps": {}}}}}"#,
///             1 + i % 2, if i < 6 { "A" } else { "B" }, i % 11
///         );
///         Response::from_json(&survey, &line)
///     })
///     .collect::<Result<_, _>>()?;
/// let options = ReportOptions::default().by(["store"]).every(Every::Month).min_group_size(1);
/// let r = report(&survey, &responses, &options)?;
/// assert_eq!(r.groups.len(), 3); // overall, A, B
/// assert_eq!(r.groups[1].periods[0].period, "2025-01");
/// # Ok::<(), oes_core::Error>(())
/// ```
pub fn report(survey: &Survey, responses: &[Response], options: &ReportOptions) -> Result<Report> {
    // All responses are at hand: their ids are checked once, by sorting, and the accumulator (which nobody else
    // sees) keeps no id hashes.
    if options.grouping.check_ids {
        check_unique_ids(responses)?;
    }
    let grouping = Grouping { check_ids: false, ..options.grouping.clone() };
    let mut acc = ReportAccumulator::new(survey.clone(), &grouping)?;
    for r in responses {
        acc.add(r)?;
    }
    acc.finish(&options.result)
}

/// An error naming the first response id (in input order of its second use) that `responses` use twice. Exact: equal
/// hashes are confirmed by comparing the ids.
fn check_unique_ids(responses: &[Response]) -> Result<()> {
    let hashes: Vec<u64> = responses.iter().map(|r| id_hash(r.id()) as u64).collect();
    let mut sorted = hashes.clone();
    sorted.sort_unstable();
    let mut shared: Vec<u64> = sorted.windows(2).filter(|w| w[0] == w[1]).map(|w| w[0]).collect();
    shared.dedup();
    // Rare: the responses whose hashes are shared, compared by id.
    let mut twice: Option<(u32, u32)> = None;
    for h in shared {
        let same: Vec<usize> = (0..responses.len()).filter(|&i| hashes[i] == h).collect();
        for (k, &later) in same.iter().enumerate() {
            if let Some(&earlier) = same[..k].iter().find(|&&e| responses[e].id() == responses[later].id()) {
                if !twice.is_some_and(|(_, l)| later as u32 >= l) {
                    twice = Some((earlier as u32, later as u32));
                }
            }
        }
    }
    match twice {
        None => Ok(()),
        Some((first, second)) => Err(Error::param(
            "responses",
            format!(
                "response {:?} is given twice (responses {} and {} of {})",
                responses[second as usize].id(),
                first + 1,
                second + 1,
                responses.len()
            ),
        )),
    }
}

/// A report: per group (overall first) and per period, every applicable metric of every question. It reads back
/// from its JSON (`serde_json::from_str(&report.to_json())`), equal to itself.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// Survey id.
    pub survey: String,
    /// Confidence level of every interval and test.
    pub confidence: f64,
    /// Interval method of NPS-like scores.
    pub interval: Interval,
    /// Denominator policy of shares.
    pub denominator: Denominator,
    /// Segment names grouped by.
    pub by: Vec<String>,
    /// Bucket length (`null`: one period over all time).
    pub every: Option<Every>,
    /// Minimum group size in force: the one asked for, else the survey audience's default (5 for employee surveys
    /// and surveys that do not give their audience, 0 for customer surveys).
    pub min_group_size: u64,
    /// Number of responses.
    pub respondents: u64,
    /// How many group-periods were withheld, and why.
    pub withheld: Withheld,
    /// The overall group first, then one per combination of segment values present, sorted by value.
    pub groups: Vec<GroupReport>,
}

impl Report {
    /// The report as pretty JSON.
    pub fn to_json_pretty(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// The report as compact JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// Where a report's minimum group size comes from.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GroupSizeRule {
    /// Asked for in the options.
    Options,
    /// The survey's audience: 5 for employee surveys, none for customer surveys.
    Audience,
    /// The default (5) of a survey that does not give its audience.
    Default,
}

/// What a report withheld to protect anonymity: counted over every group (the overall group included) and period.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Withheld {
    /// Group-periods whose figures are withheld.
    pub periods: u64,
    /// Group-periods in the report.
    pub of: u64,
    /// Groups all of whose periods are withheld.
    pub groups: u64,
    /// Where the minimum group size comes from.
    pub rule: GroupSizeRule,
    /// Why figures are withheld, in words; absent when nothing is.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

impl Withheld {
    fn count(groups: &[GroupReport], min_group_size: u64, asked: bool, audience: Option<Audience>) -> Withheld {
        let of = groups.iter().map(|g| g.periods.len() as u64).sum();
        let periods = groups.iter().flat_map(|g| &g.periods).filter(|p| p.withheld).count() as u64;
        let whole = groups.iter().filter(|g| !g.periods.is_empty() && g.periods.iter().all(|p| p.withheld)).count();
        let (rule, why) = match (asked, audience) {
            (true, _) => (GroupSizeRule::Options, "the minimum group size asked for".to_owned()),
            (false, Some(Audience::Employee)) => {
                (GroupSizeRule::Audience, "the default minimum group size of an employee survey".into())
            }
            (false, Some(Audience::Customer)) => {
                (GroupSizeRule::Audience, "the minimum group size of a customer survey".into())
            }
            (false, None) => (
                GroupSizeRule::Default,
                "the default minimum group size of a survey that does not give its audience; \"audience\": \"customer\" \
                 in the survey withholds nothing unless a minimum group size is asked for"
                    .into(),
            ),
        };
        let reason = (periods > 0).then(|| {
            format!(
                "{periods} of {of} group-periods have fewer than {min_group_size} respondents ({why}): their figures \
                 are withheld to protect anonymity"
            )
        });
        Withheld { periods, of, groups: whole as u64, rule, reason }
    }
}

/// One group's periods.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GroupReport {
    /// Segment name to value (`{}` for the overall group; `null` where responses lack the segment).
    pub segment: BTreeMap<String, Option<String>>,
    /// Periods in chronological order, contiguous from the first to the last bucket of the whole data set.
    pub periods: Vec<PeriodReport>,
}

impl GroupReport {
    /// A label like `store=Berlin, channel=email` (`all` for the overall group).
    pub fn label(&self) -> String {
        if self.segment.is_empty() {
            return "all".into();
        }
        self.segment
            .iter()
            .map(|(k, v)| format!("{k}={}", v.as_deref().unwrap_or("(none)")))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// One group in one period.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PeriodReport {
    /// `2025-01-14`, `2025-W03`, `2025-01`, `2025-Q1`, `2025`, or `all`.
    pub period: String,
    /// First day (UTC) of the period.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start: Option<String>,
    /// First day after the period.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
    /// Number of responses.
    pub respondents: u64,
    /// Whether the figures are withheld (fewer respondents than the minimum group size).
    pub withheld: bool,
    /// Why they are withheld.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Per question id, in the survey's order; absent when withheld.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub questions: Option<QuestionMap>,
    /// Support figures (time to resolution, first reply, ...), when the data has tickets; absent when withheld.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub support: Option<SupportResult>,
    /// Overall Experience Score means, when responses were scored; absent when withheld.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub oes: Option<OesSummary>,
}

/// Question reports keyed by question id, in the survey's order.
#[derive(Debug, Clone, PartialEq)]
pub struct QuestionMap(pub Vec<QuestionReport>);

impl QuestionMap {
    /// The report of one question.
    pub fn get(&self, id: &str) -> Option<&QuestionReport> {
        self.0.iter().find(|q| q.id == id)
    }
}

/// Per question id, in the survey's order.
#[cfg(feature = "schema")]
impl schemars::JsonSchema for QuestionMap {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "QuestionMap".into()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        <BTreeMap<String, QuestionReport>>::json_schema(generator)
    }
    fn inline_schema() -> bool {
        true
    }
}

impl Serialize for QuestionMap {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for q in &self.0 {
            map.serialize_entry(&q.id, q)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for QuestionMap {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = QuestionMap;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("question reports keyed by question id")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> std::result::Result<QuestionMap, A::Error> {
                let mut out = Vec::new();
                while let Some((id, mut q)) = map.next_entry::<String, QuestionReport>()? {
                    q.id = id;
                    out.push(q);
                }
                Ok(QuestionMap(out))
            }
        }
        d.deserialize_map(Visit)
    }
}

/// One question's figures in one group and period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuestionReport {
    /// The question id.
    #[serde(skip)]
    pub id: String,
    /// The question kind.
    pub kind: QuestionKind,
    /// The figures, under a key naming the metric (`nps`, `csat`, `ces`, `ces_effort`, `rating`, `yes_no`,
    /// `choice`, `text`).
    #[serde(flatten)]
    pub metric: QuestionMetric,
    /// Change against the same group's previous period (`null` when either is missing or withheld).
    pub vs_previous: Option<Comparison>,
    /// This group against every other respondent of the period (`null` for the overall group, or when the rest is
    /// smaller than the minimum group size).
    pub vs_rest: Option<Comparison>,
    /// Pearson's correlation between time to resolution and the answer (csat, ces and ces_effort questions, when the
    /// data has tickets): does waiting longer hurt?
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ttr_correlation: Option<Correlation>,
}

/// The schema of a question report: its common fields, and one variant per kind that pairs the kind with its figures
/// (so that TypeScript narrows `q.nps` on `q.kind === "nps"`).
#[cfg(feature = "schema")]
impl schemars::JsonSchema for QuestionReport {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "QuestionReport".into()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        /// One question's figures in one group and period.
        #[derive(schemars::JsonSchema)]
        #[allow(dead_code)]
        struct Common {
            /// The question kind.
            kind: QuestionKind,
            /// Change against the same group's previous period (`null` when either is missing or withheld).
            vs_previous: Option<Comparison>,
            /// This group against every other respondent of the period (`null` for the overall group, or when the
            /// rest is smaller than the minimum group size).
            vs_rest: Option<Comparison>,
            /// Pearson's correlation between time to resolution and the answer (csat, ces and ces_effort questions,
            /// when the data has tickets): does waiting longer hurt?
            #[schemars(skip_serializing_if = "Option::is_none")]
            ttr_correlation: Option<Correlation>,
        }
        let mut schema = Common::json_schema(generator);
        let variant = |kinds: &[&str], key: &str, figures: schemars::Schema| {
            let kind = if kinds.len() == 1 {
                serde_json::json!({ "const": kinds[0] })
            } else {
                serde_json::json!({ "enum": kinds })
            };
            serde_json::json!({
                "type": "object",
                "properties": { "kind": kind, key: figures },
                "required": ["kind", key],
            })
        };
        let variants = vec![
            variant(&["nps"], "nps", generator.subschema_for::<NpsResult>()),
            variant(&["csat"], "csat", generator.subschema_for::<CsatResult>()),
            variant(&["ces"], "ces", generator.subschema_for::<CesResult>()),
            variant(&["ces_effort"], "ces_effort", generator.subschema_for::<CesEffortResult>()),
            variant(&["rating"], "rating", generator.subschema_for::<RatingResult>()),
            variant(&["yes_no"], "yes_no", generator.subschema_for::<YesNoResult>()),
            variant(&["single_choice", "multi_choice"], "choice", generator.subschema_for::<ChoiceResult>()),
            variant(&["text"], "text", generator.subschema_for::<TextResult>()),
        ];
        schema.insert("oneOf".into(), serde_json::Value::Array(variants));
        schema
    }
}

/// The figures of one question, by kind.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionMetric {
    /// NPS.
    Nps(NpsResult),
    /// CSAT.
    Csat(CsatResult),
    /// CES 2.0.
    Ces(CesResult),
    /// Legacy CES.
    CesEffort(CesEffortResult),
    /// Generic rating.
    Rating(RatingResult),
    /// Yes/no.
    YesNo(YesNoResult),
    /// Single or multiple choice.
    Choice(ChoiceResult),
    /// Free text.
    Text(TextResult),
}

/// Figures of a text question.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TextResult {
    /// Number of non-empty comments.
    pub n: u64,
    /// Number shown the question who left it empty.
    pub skipped: u64,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::metrics::Weight;
    use crate::time::Timestamp;
    use proptest::prelude::*;
    use serde_json::json;

    fn survey() -> Survey {
        Survey::from_json(
            r#"{"id":"s","questions":[{"id":"n","kind":"nps"},{"id":"c","kind":"csat"},{"id":"y","kind":"yes_no"},
            {"id":"e","kind":"ces_effort"},{"id":"m","kind":"multi_choice","options":["a","b"]},{"id":"t","kind":"text"}]}"#,
        )
        .unwrap()
    }

    type Row = (u8, u8, Option<u8>, bool, i64, Option<u32>, bool);

    fn response(s: &Survey, i: usize, (store, nps, csat, yes, day, weight, comment): Row) -> Response {
        let mut answers = vec![("n".to_owned(), json!(nps)), ("y".to_owned(), json!(yes))];
        answers.push(("c".to_owned(), csat.map_or(json!(null), |c| json!(c))));
        answers.push(("m".to_owned(), if yes { json!(["a"]) } else { json!(["a", "b"]) }));
        if comment {
            answers.push(("t".to_owned(), json!("fine")));
        }
        let segments = [("store".to_owned(), format!("s{store}"))].into_iter().collect();
        let weight = weight.map(|w| Weight::from_micro(w as u64 * 10_000).unwrap());
        Response::new(s, format!("r{i}"), Timestamp::from_unix_seconds(day * 86_400 + 3600), segments, weight, answers)
            .unwrap()
    }

    fn rows() -> impl Strategy<Value = Vec<Row>> {
        prop::collection::vec(
            (
                0u8..3,
                0u8..=10,
                prop::option::of(1u8..=5),
                any::<bool>(),
                20_000i64..20_100,
                prop::option::of(1u32..300),
                any::<bool>(),
            ),
            0..80,
        )
    }

    proptest! {
        /// Two threads finish a report exactly as one does: every group, in order.
        #[test]
        fn two_threads_finish_as_one(rows in rows(), month in any::<bool>(), by_store in any::<bool>()) {
            let s = survey();
            let grouping = Grouping::default().every(if month { Every::Month } else { Every::Week });
            let grouping = if by_store { grouping.by(["store"]) } else { grouping };
            let mut acc = ReportAccumulator::new(s.clone(), &grouping).unwrap();
            for (i, r) in rows.into_iter().enumerate() {
                acc.add(&response(&s, i, r)).unwrap();
            }
            let options = ResultOptions { min_group_size: Some(2), ..ResultOptions::default() };
            let one = acc.finish_threads(&options, Some(false));
            let two = acc.finish_threads(&options, Some(true));
            prop_assert_eq!(one.map_err(|e| e.to_string()), two.map_err(|e| e.to_string()));
        }

        #[test]
        fn merged_parts_equal_one_pass(rows in rows(), split in 0usize..80, month in any::<bool>()) {
            let s = survey();
            let responses: Vec<Response> = rows.into_iter().enumerate().map(|(i, r)| response(&s, i, r)).collect();
            let mut options = ReportOptions::default().by(["store"]).min_group_size(2);
            if month { options = options.every(Every::Month) } else { options = options.every(Every::Week) }
            let one_pass = report(&s, &responses, &options);
            let split = split.min(responses.len());
            let mut a = ReportAccumulator::new(s.clone(), &options.grouping).unwrap();
            let mut b = ReportAccumulator::new(s.clone(), &options.grouping).unwrap();
            for r in responses[..split].iter().rev() { a.add(r).unwrap(); }
            for r in &responses[split..] { b.add(r).unwrap(); }
            let mut ba = b.clone();
            ba.merge(&a).unwrap();
            a.merge(&b).unwrap();
            prop_assert_eq!(&a, &ba);
            match one_pass {
                Ok(one) => prop_assert_eq!(a.finish(&options.result).unwrap(), one),
                // Without any response no segment named "store" exists.
                Err(e) => prop_assert!(responses.is_empty(), "{}", e),
            }
        }
    }

    #[test]
    fn carries_oes_means_of_scored_responses() {
        use crate::oes::{OesScore, PerPerspective, Reasons};
        let s = survey();
        let responses: Vec<Response> =
            (0..6).map(|i| response(&s, i, ((i % 2) as u8, 9, Some(4), true, 20_000, None, false))).collect();
        let score = |r: &Response, v: f64| OesScore {
            id: r.id().to_owned(),
            satisfaction: v,
            recommendation: v,
            ease: v,
            loyalty: v,
            confidence: PerPerspective::default(),
            reasons: Reasons::default(),
        };
        let options = ReportOptions::default().by(["store"]).min_group_size(1);
        let mut acc = ReportAccumulator::new(s.clone(), &options.grouping).unwrap();
        for (i, r) in responses.iter().enumerate() {
            acc.add_scored(r, Some(&score(r, i as f64))).unwrap();
        }
        assert!(acc.add_scored(&responses[0], Some(&score(&responses[1], 1.0))).is_err());
        let report = acc.finish(&options.result).unwrap();
        let overall = report.groups[0].periods[0].oes.as_ref().unwrap();
        assert_eq!((overall.ease.n, overall.ease.mean), (6, Some(2.5)));
        let store0 = report.groups[1].periods[0].oes.as_ref().unwrap();
        assert_eq!(store0.loyalty.mean, Some(2.0)); // responses 0, 2, 4
        let unscored = report_plain(&s, &responses, &options);
        assert!(unscored.groups[0].periods[0].oes.is_none());
    }

    fn report_plain(s: &Survey, responses: &[Response], options: &ReportOptions) -> Report {
        report(s, responses, options).unwrap()
    }

    #[test]
    fn withholds_small_groups_and_compares_the_rest() {
        let s = survey();
        let rows: Vec<Row> =
            (0..14).map(|i| ((i % 3 == 0) as u8, (i % 11) as u8, Some(3), i % 2 == 0, 20_000, None, true)).collect();
        let responses: Vec<Response> = rows.into_iter().enumerate().map(|(i, r)| response(&s, i, r)).collect();
        let r = report(&s, &responses, &ReportOptions::default().by(["store"])).unwrap();
        assert_eq!(r.groups.len(), 3);
        let (s0, s1) = (&r.groups[1].periods[0], &r.groups[2].periods[0]);
        assert_eq!((s0.respondents, s1.respondents), (9, 5));
        assert!(!s1.withheld && s1.questions.as_ref().unwrap().get("n").unwrap().vs_rest.is_some());
        let r = report(&s, &responses, &ReportOptions::default().by(["store"]).min_group_size(6)).unwrap();
        assert!(r.groups[2].periods[0].withheld);
        assert!(r.groups[1].periods[0].questions.as_ref().unwrap().get("n").unwrap().vs_rest.is_none());
    }

    /// The survey's audience sets the default minimum group size; options override it; the report counts what it
    /// withheld and says why.
    #[test]
    fn the_audience_sets_the_minimum_group_size_and_the_report_counts_what_it_withholds() {
        let with_audience = |audience: &str| {
            let base = survey().to_json();
            Survey::from_json(&base.replacen(r#""id":"s","#, &format!(r#""id":"s",{audience}"#), 1)).unwrap()
        };
        let (none, customer, employee) =
            (survey(), with_audience(r#""audience":"customer","#), with_audience(r#""audience":"employee","#));
        assert_eq!((none.audience(), customer.audience()), (None, Some(Audience::Customer)));
        assert_eq!(employee.audience(), Some(Audience::Employee));
        // The audience is part of the definition (and so of its fingerprint); a survey without one keeps its JSON.
        assert!(!none.to_json().contains("audience") && customer.to_json().contains(r#""audience":"customer""#));
        assert_ne!(none.fingerprint(), customer.fingerprint());
        assert_ne!(customer.fingerprint(), employee.fingerprint());
        let err = Survey::from_json(r#"{"id":"s","audience":"public","questions":[]}"#).unwrap_err().to_string();
        assert!(err.contains("unknown variant") && err.contains("employee"), "{err}");

        // 14 responses on one day: store s0 has 5 of them, s1 has 9.
        let rows: Vec<Row> =
            (0..14).map(|i| ((i % 3 == 0) as u8, (i % 11) as u8, Some(3), i % 2 == 0, 20_000, None, true)).collect();
        let by_store = ReportOptions::default().by(["store"]);
        let run = |s: &Survey, options: &ReportOptions| {
            let responses: Vec<Response> = rows.iter().enumerate().map(|(i, r)| response(s, i, *r)).collect();
            report(s, &responses, options).unwrap()
        };
        for s in [&none, &employee] {
            let r = run(s, &by_store.clone().min_group_size(6));
            assert_eq!((r.min_group_size, r.withheld.periods, r.withheld.of, r.withheld.groups), (6, 1, 3, 1));
            assert_eq!(r.withheld.rule, GroupSizeRule::Options);
            let reason = r.withheld.reason.as_deref().unwrap();
            assert!(reason.starts_with("1 of 3 group-periods have fewer than 6 respondents"), "{reason}");
            let r = run(s, &by_store);
            assert_eq!((r.min_group_size, r.withheld.periods, r.withheld.reason.as_deref()), (5, 0, None));
        }
        assert_eq!(run(&employee, &by_store).withheld.rule, GroupSizeRule::Audience);
        assert_eq!(run(&none, &by_store).withheld.rule, GroupSizeRule::Default);
        // A customer survey withholds nothing by default, even a group of one.
        let tiny = ReportOptions::default().by(["store"]).every(crate::Every::Day);
        let responses: Vec<Response> = rows[..2].iter().enumerate().map(|(i, r)| response(&customer, i, *r)).collect();
        let r = report(&customer, &responses, &tiny).unwrap();
        assert_eq!((r.min_group_size, r.withheld.periods, r.withheld.rule), (0, 0, GroupSizeRule::Audience));
        assert!(r.groups.iter().flat_map(|g| &g.periods).all(|p| p.questions.is_some()));
        // The same responses of an employee survey: every group-period withheld, said in words.
        let responses: Vec<Response> = rows[..2].iter().enumerate().map(|(i, r)| response(&employee, i, *r)).collect();
        let r = report(&employee, &responses, &tiny).unwrap();
        assert_eq!((r.withheld.periods, r.withheld.of, r.withheld.groups), (3, 3, 3));
        let reason = r.withheld.reason.unwrap();
        assert!(reason.contains("fewer than 5 respondents (the default minimum group size of an employee survey)"));
        let json = serde_json::to_value(run(&none, &by_store.clone().min_group_size(6))).unwrap();
        assert_eq!(json["withheld"]["periods"], 1);
        assert_eq!(json["withheld"]["rule"], "options");
    }
}

#[cfg(test)]
mod hash_tests {
    use super::{fnv128, id_hash};

    /// Serialised accumulators from other machines and versions merge only if these never change.
    #[test]
    fn the_hashes_are_pinned() {
        assert_eq!(format!("{:032x}", id_hash("r0001")), "d521f20f62686c7347663807aa371d9d");
        assert_eq!(format!("{:032x}", fnv128(&[b"survey", b"by"])), "81b7bc930b06e7fb22bd978112e29662");
        assert_ne!(id_hash("r0001"), id_hash("r0002"));
        assert_ne!(id_hash(""), id_hash("\0"));
        assert_ne!(id_hash("12345678"), id_hash("12345678\0"));
    }

    /// The hash tables keyed by what the input controls are seeded per table, so that no set of ids, labels or
    /// serialised id hashes collides in every table (as labels crafted against the former fixed hasher did:
    /// SECURITY.md, "Limits").
    #[test]
    fn input_keyed_tables_are_seeded_per_table() {
        use std::hash::BuildHasher;
        let (a, b) = (super::IdSet::default(), super::IdSet::default());
        let h = id_hash("r0001");
        assert_ne!(a.hasher().hash_one(h), b.hasher().hash_one(h));
        let (a, b) = (super::batch::Interner::default(), super::batch::Interner::default());
        for label in ["store-07", "a label of twenty bytes"] {
            assert_ne!(a.hash_of(label), b.hash_of(label));
        }
    }
}
