//! The exception hierarchy and the one function that maps [`oes_core::Error`] to it.
//!
//! ```text
//! OesError(Exception)
//! ├── SurveyError(OesError, ValueError)        Error::Survey          .question
//! ├── ResponseError(OesError, ValueError)      Error::Response        .line .response .question
//! ├── ParameterError(OesError, ValueError)     Error::InvalidParameter .parameter
//! ├── IncompatibleError(OesError, ValueError)  Error::Incompatible
//! ├── LimitError(OesError, ValueError)         Error::Limit           .limit .value
//! ├── ModelError(OesError, RuntimeError)       Error::Model
//! └── ReadError(OesError, OSError)             Error::Io              .path
//! ```
//!
//! The classes are made at module initialisation with `type(name, bases, namespace)` because a class with two bases
//! cannot be declared with `create_exception!`. Their message is the Rust error's `Display`, unchanged.

use oes_core::Error;
use pyo3::exceptions::{PyException, PyOSError, PyRuntimeError, PyValueError};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyDict, PyTuple, PyType};
use pyo3::IntoPyObjectExt;

struct Classes {
    base: Py<PyType>,
    survey: Py<PyType>,
    response: Py<PyType>,
    parameter: Py<PyType>,
    incompatible: Py<PyType>,
    limit: Py<PyType>,
    model: Py<PyType>,
    read: Py<PyType>,
}

static CLASSES: PyOnceLock<Classes> = PyOnceLock::new();

/// Attributes set on an exception instance: the fields of the core error that say where it is.
type Attributes = Vec<(&'static str, PyResult<Py<PyAny>>)>;

fn make_class<'py>(
    py: Python<'py>,
    name: &str,
    bases: &[&Bound<'py, PyType>],
    doc: &str,
    attributes: &[&str],
) -> PyResult<Bound<'py, PyType>> {
    let namespace = PyDict::new(py);
    namespace.set_item("__module__", "oes")?;
    namespace.set_item("__doc__", doc)?;
    for attribute in attributes {
        namespace.set_item(*attribute, py.None())?;
    }
    let bases = PyTuple::new(py, bases)?;
    Ok(py.get_type::<PyType>().call1((name, bases, namespace))?.cast_into::<PyType>()?)
}

/// The docstrings of the exception classes, with examples (run by `tests/test_docs.py`).
const OES_ERROR_DOC: &str = "Base class of every error raised by oes.

Examples
--------
>>> import oes
>>> try:
...     oes.nps([10, 11])
... except oes.OesError as e:
...     print(type(e).__name__, isinstance(e, ValueError))
ParameterError True
";

const SURVEY_ERROR_DOC: &str = "A survey definition is invalid (`question` names the question at fault, if
any).

Examples
--------
>>> import oes
>>> try:
...     oes.Survey.from_json({\"id\": \"s\", \"questions\": [{\"id\": \"q\", \"kind\": \"nps\"}] * 2})
... except oes.SurveyError as e:
...     print(e.question)
q
";

const RESPONSE_ERROR_DOC: &str = "A response is invalid (`line`, `response` and `question` say where, when
known).

Examples
--------
>>> import oes
>>> survey = oes.Survey.from_json({\"id\": \"s\", \"questions\": [{\"id\": \"nps\", \"kind\": \"nps\"}]})
>>> try:
...     oes.Responses.from_dicts(survey, [
...         {\"id\": \"r7\", \"submitted_at\": \"2025-01-01T00:00:00Z\", \"answers\": {\"nps\": 12}}])
... except oes.ResponseError as e:
...     print(e.line, e.response, e.question)
1 r7 nps
";

const PARAMETER_ERROR_DOC: &str = "A parameter is out of its domain (`parameter` is its name).

Examples
--------
>>> import oes
>>> try:
...     oes.nps([10, 9], confidence=1.5)
... except oes.ParameterError as e:
...     print(e.parameter)
confidence
";

const INCOMPATIBLE_ERROR_DOC: &str = "Two accumulators (or an accumulator and a survey or options) do not fit
together.

Examples
--------
>>> import oes
>>> try:
...     oes.CsatAccumulator(scale=(1, 5)).merge(oes.CsatAccumulator(scale=(1, 7)))
... except oes.IncompatibleError as e:
...     print(e)
cannot merge: threshold 4 vs 6
";

const LIMIT_ERROR_DOC: &str = "An input or setting is over one of oes's resource limits (`limit` is its name,
`value` the limit in force; the message says how to raise it).

Examples
--------
>>> import oes
>>> survey = oes.Survey.from_json({\"id\": \"s\", \"questions\": [{\"id\": \"nps\", \"kind\": \"nps\"}]})
>>> responses = oes.Responses.from_dicts(survey, [
...     {\"id\": \"a\", \"submitted_at\": \"2025-01-01T00:00:00Z\", \"answers\": {\"nps\": 9}},
...     {\"id\": \"b\", \"submitted_at\": \"2025-01-03T00:00:00Z\", \"answers\": {\"nps\": 3}}])
>>> try:
...     oes.report(survey, responses, every=\"day\", limits={\"periods\": 2})
... except oes.LimitError as e:
...     print(e.limit, e.value)
periods 2
";

const MODEL_ERROR_DOC: &str = "The OES model could not be loaded or run: ONNX Runtime is missing, a model file
is missing or corrupt.

Examples
--------
>>> import oes, tempfile
>>> try:
...     oes.Scorer(model_dir=tempfile.mkdtemp())
... except oes.ModelError as e:
...     print(isinstance(e, RuntimeError))
True
";

const READ_ERROR_DOC: &str = "Reading a file failed (`path` is the file).

Examples
--------
>>> import oes, os, tempfile
>>> missing = os.path.join(tempfile.mkdtemp(), \"survey.json\")
>>> try:
...     oes.Survey.from_file(missing)
... except oes.ReadError as e:
...     print(e.path == missing, isinstance(e, OSError))
True True
";

/// Creates the exception classes and adds them to the module.
pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    let classes = CLASSES.get_or_try_init(py, || -> PyResult<Classes> {
        let value_error = py.get_type::<PyValueError>();
        let base = make_class(py, "OesError", &[&py.get_type::<PyException>()], OES_ERROR_DOC, &[])?;
        let child = |name: &str, doc: &str, attributes: &[&str]| {
            make_class(py, name, &[&base, &value_error], doc, attributes).map(Bound::unbind)
        };
        Ok(Classes {
            survey: child("SurveyError", SURVEY_ERROR_DOC, &["question"])?,
            response: child("ResponseError", RESPONSE_ERROR_DOC, &["line", "response", "question"])?,
            parameter: child("ParameterError", PARAMETER_ERROR_DOC, &["parameter"])?,
            incompatible: child("IncompatibleError", INCOMPATIBLE_ERROR_DOC, &[])?,
            limit: child("LimitError", LIMIT_ERROR_DOC, &["limit", "value"])?,
            model: make_class(py, "ModelError", &[&base, &py.get_type::<PyRuntimeError>()], MODEL_ERROR_DOC, &[])?
                .unbind(),
            read: make_class(py, "ReadError", &[&base, &py.get_type::<PyOSError>()], READ_ERROR_DOC, &["path"])?
                .unbind(),
            base: base.unbind(),
        })
    })?;
    for class in [
        &classes.base,
        &classes.survey,
        &classes.response,
        &classes.parameter,
        &classes.incompatible,
        &classes.limit,
        &classes.model,
        &classes.read,
    ] {
        let class = class.bind(py);
        m.add(class.name()?, class)?;
    }
    Ok(())
}

/// Maps an [`oes_core::Error`] to its Python exception: the only place where this happens.
pub(crate) fn to_py_err(error: Error) -> PyErr {
    Python::attach(|py| {
        let Some(classes) = CLASSES.get(py) else {
            return PyValueError::new_err(error.to_string());
        };
        let message = error.to_string();
        let (class, attributes): (&Py<PyType>, Attributes) = match error {
            Error::Survey { question, .. } => (&classes.survey, vec![("question", question.into_py_any(py))]),
            Error::Response { line, response, question, .. } => (
                &classes.response,
                vec![
                    ("line", line.into_py_any(py)),
                    ("response", response.into_py_any(py)),
                    ("question", question.into_py_any(py)),
                ],
            ),
            Error::InvalidParameter { name, .. } => (&classes.parameter, vec![("parameter", name.into_py_any(py))]),
            Error::Incompatible(_) => (&classes.incompatible, vec![]),
            Error::Limit { limit, value, .. } => {
                (&classes.limit, vec![("limit", limit.into_py_any(py)), ("value", value.into_py_any(py))])
            }
            Error::Model(_) => (&classes.model, vec![]),
            Error::Io { path, .. } => (&classes.read, vec![("path", path.into_py_any(py))]),
            _ => (&classes.base, vec![]),
        };
        let make = || -> PyResult<PyErr> {
            let instance = class.bind(py).call1((message.as_str(),))?;
            for (name, value) in attributes {
                instance.setattr(name, value?)?;
            }
            Ok(PyErr::from_value(instance))
        };
        make().unwrap_or_else(|e| e)
    })
}

/// A `ParameterError` raised by the binding itself (for input that cannot reach the core, such as a non-integral
/// float), with the core's message format `invalid {name}: {message}`.
pub(crate) fn parameter(name: &'static str, message: String) -> PyErr {
    to_py_err(Error::InvalidParameter { name, message })
}

/// The `limits=` argument: a mapping of limit names (`line_bytes`, `text_bytes`, `periods`, `cells`, `threads`,
/// `survey_bytes`) to whole numbers, applied over the defaults.
pub(crate) fn limits_of(limits: Option<std::collections::BTreeMap<String, u64>>) -> PyResult<oes_core::Limits> {
    let mut out = oes_core::Limits::default();
    for (name, value) in limits.unwrap_or_default() {
        out.set(&name, value).map_err(to_py_err)?;
    }
    Ok(out)
}
