//! Surveys, responses and reading them (JSONL, CSV, records).

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

use oes_core::io::{read_csv_with, read_jsonl_with, read_records, read_responses_with, read_survey, ReadMode};
use pyo3::exceptions::{PyIndexError, PyTypeError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};

use crate::errors::{limits_of, to_py_err};
use crate::json;

fn mode(lenient: bool) -> ReadMode {
    if lenient {
        ReadMode::Lenient
    } else {
        ReadMode::Strict
    }
}

/// A survey definition: its id and questions (JSON `{"id", "questions": [{"id", "kind", "text", "scale"?,
/// "options"?, "perspective"?}]}`), checked when read. Immutable, comparable and picklable.
///
/// The question kinds are `nps`, `csat`, `ces`, `ces_effort`, `rating`, `yes_no`, `single_choice`, `multi_choice`
/// and `text`; their figures are defined in `docs/metrics.md`.
///
/// Examples
/// --------
/// >>> import oes
/// >>> survey = oes.Survey.from_json({"id": "pulse", "questions": [
/// ...     {"id": "nps", "kind": "nps", "text": "How likely are you to recommend us?"},
/// ...     {"id": "csat", "kind": "csat", "text": "How satisfied are you?", "scale": {"min": 1, "max": 5}}]})
/// >>> survey
/// Survey(id="pulse", questions=["nps", "csat"])
/// >>> survey.questions[1]["scale"]
/// {'min': 1, 'max': 5}
#[pyclass(module = "oes._oes", frozen, eq)]
#[derive(Debug, Clone, PartialEq)]
pub struct Survey {
    pub(crate) inner: Arc<oes_core::Survey>,
}

impl Survey {
    /// Parses a survey from JSON text.
    pub(crate) fn from_json(text: &str) -> PyResult<Survey> {
        Ok(Survey { inner: Arc::new(oes_core::Survey::from_json(text).map_err(to_py_err)?) })
    }
}

#[pymethods]
impl Survey {
    /// Reads a survey from its JSON definition.
    ///
    /// Parameters
    /// ----------
    /// definition : str or dict
    ///     The JSON text, or the definition as a dict.
    ///
    /// Returns
    /// -------
    /// Survey
    ///     The checked survey.
    ///
    /// Raises
    /// ------
    /// SurveyError
    ///     The definition is invalid (`question` names the question at fault).
    ///
    /// Examples
    /// --------
    /// >>> import oes
    /// >>> oes.Survey.from_json('{"id": "s", "questions": [{"id": "q", "kind": "nps"}]}').question_ids
    /// ['q']
    #[staticmethod]
    #[pyo3(name = "from_json")]
    fn from_json_py(py: Python<'_>, definition: &Bound<'_, PyAny>) -> PyResult<Survey> {
        if let Ok(text) = definition.cast::<pyo3::types::PyString>() {
            return Survey::from_json(&text.to_cow()?);
        }
        if definition.is_instance_of::<PyDict>() || definition.hasattr("keys")? {
            let text: String = py.import("json")?.call_method1("dumps", (definition,))?.extract()?;
            return Survey::from_json(&text);
        }
        Err(PyTypeError::new_err(format!(
            "expected the survey's JSON as text or a dict, got {}",
            definition.get_type().name()?
        )))
    }

    /// Reads a survey from a JSON file.
    ///
    /// Parameters
    /// ----------
    /// path : str or os.PathLike
    ///     The file.
    ///
    /// Returns
    /// -------
    /// Survey
    ///     The checked survey.
    ///
    /// Raises
    /// ------
    /// ReadError
    ///     The file cannot be read.
    /// SurveyError
    ///     The definition is invalid.
    #[staticmethod]
    fn from_file(path: PathBuf) -> PyResult<Survey> {
        Ok(Survey { inner: Arc::new(read_survey(path).map_err(to_py_err)?) })
    }

    /// The survey id.
    #[getter]
    fn id(&self) -> &str {
        self.inner.id()
    }

    /// Who answers the survey (`"customer"` or `"employee"`), or `None` when its definition does not say; it sets a
    /// report's default minimum group size.
    #[getter]
    fn audience(&self) -> Option<&'static str> {
        self.inner.audience().map(|a| match a {
            oes_core::Audience::Customer => "customer",
            oes_core::Audience::Employee => "employee",
        })
    }

    /// The question ids, in order.
    #[getter]
    fn question_ids(&self) -> Vec<String> {
        self.inner.questions().iter().map(|q| q.id.clone()).collect()
    }

    /// The questions as dicts (with default scales and perspectives filled in).
    #[getter]
    fn questions<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        json::to_py(py, self.inner.questions())
    }

    /// The survey as JSON.
    ///
    /// Returns
    /// -------
    /// str
    ///     The definition, with default scales and perspectives filled in; `from_json` reads it back.
    fn to_json(&self) -> String {
        self.inner.to_json()
    }

    /// The survey as a dict.
    ///
    /// Returns
    /// -------
    /// dict
    ///     The definition (`{"id", "questions": [...]}`), with default scales and perspectives filled in.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        json::to_py(py, &*self.inner)
    }

    fn __repr__(&self) -> String {
        format!("Survey(id={:?}, questions={:?})", self.inner.id(), self.question_ids())
    }

    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<(Bound<'py, PyAny>, (&'static str, String))> {
        json::reduce(py, "Survey", self.inner.to_json())
    }
}

/// One response, checked against its survey; what `Response.from_json` reads (`Responses` iterate as dicts).
///
/// Examples
/// --------
/// >>> import oes
/// >>> survey = oes.Survey.from_json({"id": "s", "questions": [{"id": "nps", "kind": "nps"}]})
/// >>> r = oes.Response.from_json(survey, '{"id": "r1", "submitted_at": "2025-03-01T09:00:00+01:00", '
/// ...                            '"segments": {"store": "Berlin"}, "weight": 2, "answers": {"nps": 9}}')
/// >>> r.id, r.submitted_at, r.segments, r.weight
/// ('r1', '2025-03-01T09:00:00+01:00', {'store': 'Berlin'}, 2.0)
#[pyclass(module = "oes._oes", frozen)]
#[derive(Debug, Clone)]
pub struct Response {
    pub(crate) survey: Arc<oes_core::Survey>,
    pub(crate) inner: oes_core::Response,
}

#[pymethods]
impl Response {
    /// Reads one JSON response (a line of a JSONL file) and checks it against `survey`.
    ///
    /// Parameters
    /// ----------
    /// survey : Survey
    ///     The survey it answers.
    /// text : str
    ///     `{"id", "submitted_at", "segments"?, "weight"?, "ticket"?, "answers"}` as JSON.
    ///
    /// Returns
    /// -------
    /// Response
    ///     The checked response.
    ///
    /// Raises
    /// ------
    /// ResponseError
    ///     The response is invalid (`response` and `question` say where).
    #[staticmethod]
    pub(crate) fn from_json(survey: &Survey, text: &str) -> PyResult<Response> {
        let inner = oes_core::Response::from_json(&survey.inner, text).map_err(to_py_err)?;
        Ok(Response { survey: survey.inner.clone(), inner })
    }

    /// The response id.
    #[getter]
    fn id(&self) -> &str {
        self.inner.id()
    }

    /// When it was submitted, as RFC 3339 text with its original offset.
    #[getter]
    fn submitted_at(&self) -> String {
        self.inner.submitted_at().to_string()
    }

    /// Segment values by segment name.
    #[getter]
    fn segments(&self) -> std::collections::BTreeMap<String, String> {
        self.inner.segments().clone()
    }

    /// The respondent's weight as given (`None` when the response has none, which counts as 1).
    #[getter]
    fn weight(&self) -> Option<f64> {
        self.inner.weight().map(|w| w.get())
    }

    /// The response as a dict in the input format.
    ///
    /// Returns
    /// -------
    /// dict
    ///     `{"id", "submitted_at", "segments"?, "weight"?, "ticket"?, "answers"}`.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        json::to_py(py, &self.inner.to_value(&self.survey))
    }

    fn __repr__(&self) -> String {
        format!("Response(id={:?}, submitted_at={:?})", self.inner.id(), self.inner.submitted_at().to_string())
    }
}

/// Responses read for one survey, with the errors of those skipped in lenient mode.
///
/// `len()` counts them, `responses[i]` is one as a dict, `responses[i:j]` a slice as `Responses`, and iterating gives
/// dicts in the input format.
///
/// Examples
/// --------
/// >>> import oes
/// >>> survey = oes.Survey.from_json({"id": "s", "questions": [{"id": "nps", "kind": "nps"}]})
/// >>> text = '{"id": "r1", "submitted_at": "2025-03-01T09:00:00Z", "answers": {"nps": 9}}\n{"id": "r2"}\n'
/// >>> responses = oes.Responses.from_jsonl(survey, text, lenient=True)
/// >>> len(responses), responses[0]["answers"], len(responses.rejected)
/// (1, {'nps': 9}, 1)
#[pyclass(module = "oes._oes", frozen)]
#[derive(Debug, Clone)]
pub struct Responses {
    pub(crate) survey: Arc<oes_core::Survey>,
    pub(crate) inner: oes_core::io::Responses,
}

impl Responses {
    pub(crate) fn new(survey: &Survey, inner: oes_core::io::Responses) -> Responses {
        Responses { survey: survey.inner.clone(), inner }
    }

    /// The pickled state: `{"survey": definition, "responses": [records], "rejected": [errors]}`, the records in the
    /// JSONL format and each rejected response's error as its fields.
    fn state(&self) -> PyResult<String> {
        let survey: serde_json::Value = serde_json::from_str(&self.survey.to_json()).map_err(|e| {
            to_py_err(oes_core::Error::InvalidParameter {
                name: "Responses",
                message: format!("cannot serialise: {e}"),
            })
        })?;
        let responses: Vec<serde_json::Value> = self.inner.responses.iter().map(|r| r.to_value(&self.survey)).collect();
        let rejected: Vec<serde_json::Value> = self.inner.rejected.iter().map(rejected_state).collect();
        json::state(&serde_json::json!({ "survey": survey, "responses": responses, "rejected": rejected }))
    }

    /// Responses from their pickled state ([`Responses::state`]), read again against their survey.
    pub(crate) fn from_json(text: &str) -> PyResult<Responses> {
        #[derive(serde::Deserialize)]
        struct State {
            survey: serde_json::Value,
            responses: Vec<serde_json::Value>,
            rejected: Vec<Rejected>,
        }
        let state: State = json::from_state_exact("Responses", text)?;
        let survey = Survey::from_json(&state.survey.to_string())?;
        let responses = state
            .responses
            .into_iter()
            .map(|value| oes_core::Response::from_value(&survey.inner, value))
            .collect::<Result<Vec<_>, _>>()
            .map_err(to_py_err)?;
        let rejected = state.rejected.into_iter().map(Rejected::error).collect();
        Ok(Responses::new(&survey, oes_core::io::Responses { responses, rejected }))
    }
}

/// The error of a rejected response, as its pickled state keeps it.
#[derive(serde::Deserialize)]
struct Rejected {
    line: Option<u64>,
    response: Option<String>,
    question: Option<String>,
    message: String,
    /// The limit exceeded (for a line over `line_bytes`, ...), with its value.
    limit: Option<(String, u64)>,
}

impl Rejected {
    fn error(self) -> oes_core::Error {
        let limit = self
            .limit
            .and_then(|(name, value)| oes_core::Limits::NAMES.iter().find(|n| **n == name).map(|n| (*n, value)));
        match limit {
            Some((limit, value)) => oes_core::Error::Limit { limit, value, message: self.message },
            None => oes_core::Error::Response {
                line: self.line,
                response: self.response,
                question: self.question,
                message: self.message,
            },
        }
    }
}

/// The fields of a rejected response's error (other kinds of error keep their message).
fn rejected_state(error: &oes_core::Error) -> serde_json::Value {
    match error {
        oes_core::Error::Response { line, response, question, message } => {
            serde_json::json!({ "line": line, "response": response, "question": question, "message": message })
        }
        oes_core::Error::Limit { limit, value, message } => {
            serde_json::json!({ "message": message, "limit": [limit, value] })
        }
        other => serde_json::json!({ "message": other.to_string() }),
    }
}

#[pymethods]
impl Responses {
    /// Reads JSONL text: one JSON response per line.
    ///
    /// Parameters
    /// ----------
    /// survey : Survey
    ///     The survey the responses answer.
    /// text : str
    ///     The JSONL text.
    /// lenient : bool, default False
    ///     Skip invalid responses and list them in `rejected` instead of raising.
    /// limits : dict of str to int, optional
    ///     Raises or lowers `line_bytes` and `text_bytes`.
    ///
    /// Returns
    /// -------
    /// Responses
    ///     The responses read.
    ///
    /// Raises
    /// ------
    /// ResponseError
    ///     Without `lenient`: the first invalid response (`line` says where).
    #[staticmethod]
    #[pyo3(signature = (survey, text, lenient=false, limits=None))]
    fn from_jsonl(
        py: Python<'_>,
        survey: &Survey,
        text: &str,
        lenient: bool,
        limits: Option<BTreeMap<String, u64>>,
    ) -> PyResult<Responses> {
        let limits = limits_of(limits)?;
        let read = py.detach(|| read_jsonl_with(&survey.inner, text.as_bytes(), mode(lenient), &limits));
        Ok(Responses::new(survey, read.map_err(to_py_err)?))
    }

    /// Reads CSV text: a header row (`id`, `submitted_at`, optional `weight`, `segment:NAME` columns, one column
    /// per question id), then one row per response.
    ///
    /// Parameters
    /// ----------
    /// survey : Survey
    ///     The survey the responses answer.
    /// text : str
    ///     The CSV text.
    /// lenient : bool, default False
    ///     Skip invalid responses and list them in `rejected` instead of raising.
    /// limits : dict of str to int, optional
    ///     Raises or lowers `line_bytes` and `text_bytes`.
    ///
    /// Returns
    /// -------
    /// Responses
    ///     The responses read.
    ///
    /// Raises
    /// ------
    /// ResponseError
    ///     Without `lenient`: the first invalid response (`line` says where).
    ///
    /// Examples
    /// --------
    /// >>> import oes
    /// >>> survey = oes.Survey.from_json({"id": "s", "questions": [{"id": "nps", "kind": "nps"}]})
    /// >>> responses = oes.Responses.from_csv(survey, "id,submitted_at,nps\nr1,2025-03-01T09:00:00Z,9\n")
    /// >>> responses[0]["answers"]
    /// {'nps': 9}
    #[staticmethod]
    #[pyo3(signature = (survey, text, lenient=false, limits=None))]
    fn from_csv(
        py: Python<'_>,
        survey: &Survey,
        text: &str,
        lenient: bool,
        limits: Option<BTreeMap<String, u64>>,
    ) -> PyResult<Responses> {
        let limits = limits_of(limits)?;
        let read = py.detach(|| read_csv_with(&survey.inner, text.as_bytes(), mode(lenient), &limits));
        Ok(Responses::new(survey, read.map_err(to_py_err)?))
    }

    /// Reads records: dicts in the JSONL format. Errors name the 1-based position of the record as its line.
    ///
    /// Parameters
    /// ----------
    /// survey : Survey
    ///     The survey the responses answer.
    /// records : iterable of dict
    ///     `{"id", "submitted_at", "segments"?, "weight"?, "ticket"?, "answers"}` each.
    /// lenient : bool, default False
    ///     Skip invalid responses and list them in `rejected` instead of raising.
    /// cells : bool, default False
    ///     Read the answers as the cells of a CSV file are (`"9"`, `"yes"` or 1, `"a; b"`; a missing cell, None
    ///     or blank, means the question was not shown), as `read_dataframe` reads a DataFrame's rows.
    ///
    /// Returns
    /// -------
    /// Responses
    ///     The responses read.
    ///
    /// Raises
    /// ------
    /// ResponseError
    ///     Without `lenient`: the first invalid record.
    ///
    /// Examples
    /// --------
    /// >>> import oes
    /// >>> survey = oes.Survey.from_json({"id": "s", "questions": [{"id": "nps", "kind": "nps"}]})
    /// >>> responses = oes.Responses.from_dicts(survey, [
    /// ...     {"id": "r1", "submitted_at": "2025-03-01T09:00:00Z", "answers": {"nps": "9"}}], cells=True)
    /// >>> responses[0]["answers"]
    /// {'nps': 9}
    #[staticmethod]
    #[pyo3(signature = (survey, records, lenient=false, cells=false))]
    fn from_dicts(
        py: Python<'_>,
        survey: &Survey,
        records: &Bound<'_, PyAny>,
        lenient: bool,
        cells: bool,
    ) -> PyResult<Responses> {
        let dumps = py.import("json")?.getattr("dumps")?;
        let kwargs = pyo3::types::PyDict::new(py);
        kwargs.set_item("allow_nan", false)?;
        kwargs.set_item("ensure_ascii", false)?;
        let mut texts = Vec::new();
        for record in records.try_iter()? {
            texts.push(dumps.call((record?,), Some(&kwargs))?.extract::<String>()?);
        }
        let parse = if cells { oes_core::Response::from_row_json } else { oes_core::Response::from_json };
        let read = py.detach(|| read_records(texts.iter().map(|text| parse(&survey.inner, text)), mode(lenient)));
        Ok(Responses::new(survey, read.map_err(to_py_err)?))
    }

    /// The survey the responses were read with.
    #[getter]
    fn survey(&self) -> Survey {
        Survey { inner: self.survey.clone() }
    }

    /// The error messages of the responses skipped in lenient mode, in input order (empty in strict mode).
    #[getter]
    fn rejected(&self) -> Vec<String> {
        self.inner.rejected.iter().map(ToString::to_string).collect()
    }

    /// The responses skipped in lenient mode, as dicts.
    ///
    /// Returns
    /// -------
    /// list of dict
    ///     `{"line", "response", "error"}` per skipped response (`line` 1-based; `response` its id when known).
    fn rejected_summary<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        json::to_py(py, &self.inner.rejected_summary())
    }

    /// The responses as dicts in the input format.
    ///
    /// Returns
    /// -------
    /// list of dict
    ///     One `{"id", "submitted_at", "segments"?, "weight"?, "ticket"?, "answers"}` per response, in order.
    fn to_list<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let values: Vec<serde_json::Value> = self.inner.responses.iter().map(|r| r.to_value(&self.survey)).collect();
        json::to_py(py, &values)
    }

    fn __len__(&self) -> usize {
        self.inner.responses.len()
    }

    /// One response as a dict (`responses[i]`), or a slice of them as `Responses` (`responses[10:20]`, without the
    /// rejected lines of the read).
    fn __getitem__<'py>(&self, py: Python<'py>, index: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
        if let Ok(slice) = index.cast::<pyo3::types::PySlice>() {
            let len = self.inner.responses.len();
            let picked = slice.indices(len as isize)?;
            let (mut i, mut out) = (picked.start, Vec::with_capacity(picked.slicelength));
            for _ in 0..picked.slicelength {
                out.push(self.inner.responses[i as usize].clone());
                i += picked.step;
            }
            let inner = oes_core::io::Responses { responses: out, rejected: Vec::new() };
            return Bound::new(py, Responses { survey: self.survey.clone(), inner }).map(Bound::into_any);
        }
        let index: isize = index.extract()?;
        let len = self.inner.responses.len() as isize;
        let i = if index < 0 { index + len } else { index };
        if i < 0 || i >= len {
            return Err(PyIndexError::new_err("response index out of range"));
        }
        json::to_py(py, &self.inner.responses[i as usize].to_value(&self.survey))
    }

    /// The responses as a pandas DataFrame.
    ///
    /// Returns
    /// -------
    /// pandas.DataFrame
    ///     One row per response, in the shape `read_dataframe` reads (see `oes._frames`).
    fn to_pandas<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        slf.py().import("oes._frames")?.call_method1("responses_frame", (slf, "pandas"))
    }

    /// The responses as a polars DataFrame.
    ///
    /// Returns
    /// -------
    /// polars.DataFrame
    ///     One row per response, in the shape `read_dataframe` reads (see `oes._frames`).
    fn to_polars<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        slf.py().import("oes._frames")?.call_method1("responses_frame", (slf, "polars"))
    }

    fn __iter__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let list = self.to_list(py)?;
        Ok(list.cast_into::<PyList>()?.try_iter()?.into_any())
    }

    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<(Bound<'py, PyAny>, (&'static str, String))> {
        json::reduce(py, "Responses", self.state()?)
    }

    fn __repr__(&self) -> String {
        format!(
            "Responses(survey={:?}, responses={}, rejected={})",
            self.survey.id(),
            self.inner.responses.len(),
            self.inner.rejected.len()
        )
    }
}

/// Reads responses from a file: CSV when the name ends in `.csv`, JSONL otherwise.
///
/// Parameters
/// ----------
/// survey : Survey
///     The survey the responses answer.
/// path : str or os.PathLike
///     The file.
/// lenient : bool, default False
///     Skip invalid responses and list them in `.rejected` instead of raising.
/// limits : dict of str to int, optional
///     Raises or lowers `line_bytes` and `text_bytes` (a line or text over its limit is an invalid response).
///
/// Returns
/// -------
/// Responses
///     The responses read.
///
/// Raises
/// ------
/// ReadError
///     The file cannot be read.
/// ResponseError
///     Without `lenient`: the first invalid response (`line` says where).
///
/// Examples
/// --------
/// >>> import oes, os, tempfile
/// >>> survey = oes.Survey.from_json({"id": "s", "questions": [{"id": "nps", "kind": "nps"}]})
/// >>> path = os.path.join(tempfile.mkdtemp(), "responses.csv")
/// >>> with open(path, "w") as f:
/// ...     _ = f.write("id,submitted_at,nps\nr1,2025-03-01T09:00:00Z,10\nr2,2025-03-02T09:00:00Z,x\n")
/// >>> responses = oes.read_responses(survey, path, lenient=True)
/// >>> len(responses), len(responses.rejected)
/// (1, 1)
#[pyfunction]
#[pyo3(signature = (survey, path, lenient=false, limits=None))]
pub(crate) fn read_responses(
    py: Python<'_>,
    survey: &Survey,
    path: PathBuf,
    lenient: bool,
    limits: Option<BTreeMap<String, u64>>,
) -> PyResult<Responses> {
    read_responses_limited(py, survey, path, lenient, &limits_of(limits)?)
}

/// [`read_responses`] with limits already read.
pub(crate) fn read_responses_limited(
    py: Python<'_>,
    survey: &Survey,
    path: PathBuf,
    lenient: bool,
    limits: &oes_core::Limits,
) -> PyResult<Responses> {
    let read = py.detach(|| read_responses_with(&survey.inner, &path, mode(lenient), limits));
    Ok(Responses::new(survey, read.map_err(to_py_err)?))
}

/// The figure that heads each question kind's result, from the core: `{kind: (key of the result in a report's
/// question, figure, field of its interval)}`; choice and text kinds have none.
#[pyfunction]
#[pyo3(name = "_headlines")]
pub(crate) fn headlines() -> BTreeMap<&'static str, (&'static str, &'static str, &'static str)> {
    oes_core::kind::QuestionKind::ALL
        .iter()
        .filter_map(|k| k.headline().map(|h| (k.as_str(), (h.metric, h.figure, h.interval))))
        .collect()
}
