//! Moving serde values across: to Python through JSON (`json.loads` keeps the field order of the Rust struct, and
//! floats round-trip exactly), and the state of pickled objects.

use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyFloat, PyInt, PyList, PyString};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

use crate::errors::to_py_err;

fn to_text<T: Serialize + ?Sized>(value: &T) -> PyResult<String> {
    serde_json::to_string(value).map_err(|e| {
        to_py_err(oes_core::Error::InvalidParameter { name: "value", message: format!("cannot serialise: {e}") })
    })
}

/// A serde value as Python objects (dicts, lists, floats, ints, strings, None).
pub(crate) fn to_py<'py, T: Serialize + ?Sized>(py: Python<'py>, value: &T) -> PyResult<Bound<'py, PyAny>> {
    py.import("json")?.call_method1("loads", (to_text(value)?,))
}

/// A serde value that becomes Python objects (as [`to_py`]) when returned to Python: for nested records that stay
/// dicts, such as the `confidence` and `reasons` of an OES score.
pub(crate) struct Json<T>(pub(crate) T);

impl<'py, T: Serialize> IntoPyObject<'py> for Json<T> {
    type Target = PyAny;
    type Output = Bound<'py, PyAny>;
    type Error = PyErr;

    fn into_pyobject(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.0)
    }
}

/// The JSON state of an object (for `to_json` and pickling).
pub(crate) fn state<T: Serialize + ?Sized>(value: &T) -> PyResult<String> {
    to_text(value)
}

/// An object from its JSON state; a bad state is a `ParameterError` naming `what`.
pub(crate) fn from_state<T: DeserializeOwned>(what: &'static str, text: &str) -> PyResult<T> {
    serde_json::from_str(text).map_err(|e| {
        to_py_err(oes_core::Error::InvalidParameter { name: what, message: format!("not a valid state: {e}") })
    })
}

/// A value whose floats must come back bit for bit (results) from its JSON state: the text is parsed by Python's
/// `json` (correctly rounded; serde_json's default float parser may be off by one unit in the last place) and the
/// objects become a `serde_json::Value` without going through text again.
pub(crate) fn from_state_exact<T: DeserializeOwned>(what: &'static str, text: &str) -> PyResult<T> {
    let py_value = Python::attach(|py| -> PyResult<Value> {
        let objects = py.import("json")?.call_method1("loads", (text,)).map_err(|e| {
            to_py_err(oes_core::Error::InvalidParameter { name: what, message: format!("not a valid state: {e}") })
        })?;
        to_value(&objects)
    })?;
    serde_json::from_value(py_value).map_err(|e| {
        to_py_err(oes_core::Error::InvalidParameter { name: what, message: format!("not a valid state: {e}") })
    })
}

fn to_value(obj: &Bound<'_, PyAny>) -> PyResult<Value> {
    if obj.is_none() {
        return Ok(Value::Null);
    }
    if let Ok(b) = obj.cast::<PyBool>() {
        return Ok(Value::Bool(b.is_true()));
    }
    if obj.is_instance_of::<PyInt>() {
        if let Ok(i) = obj.extract::<i64>() {
            return Ok(Value::from(i));
        }
        return Ok(Value::from(obj.extract::<u64>()?));
    }
    if let Ok(f) = obj.cast::<PyFloat>() {
        return Ok(serde_json::Number::from_f64(f.value()).map_or(Value::Null, Value::Number));
    }
    if let Ok(s) = obj.cast::<PyString>() {
        return Ok(Value::String(s.to_cow()?.into_owned()));
    }
    if let Ok(list) = obj.cast::<PyList>() {
        return list.iter().map(|item| to_value(&item)).collect::<PyResult<Vec<_>>>().map(Value::Array);
    }
    if let Ok(dict) = obj.cast::<PyDict>() {
        let mut map = serde_json::Map::with_capacity(dict.len());
        for (k, v) in dict.iter() {
            map.insert(k.extract::<String>()?, to_value(&v)?);
        }
        return Ok(Value::Object(map));
    }
    Err(pyo3::exceptions::PyTypeError::new_err(format!("cannot read {} in a state", obj.get_type().name()?)))
}

/// `Name(key=value, ...)` from the fields of a serde value.
pub(crate) fn repr<T: Serialize + ?Sized>(py: Python<'_>, name: &str, value: &T) -> PyResult<String> {
    let dict = to_py(py, value)?;
    let dict = dict.cast::<PyDict>()?;
    let mut parts = Vec::with_capacity(dict.len());
    for (k, v) in dict.iter() {
        parts.push(format!("{}={}", k.str()?, v.repr()?));
    }
    Ok(format!("{name}({})", parts.join(", ")))
}

/// `(oes._oes._restore, (kind, state))`: what `__reduce__` returns, so pickle rebuilds an object from its JSON.
pub(crate) fn reduce<'py>(
    py: Python<'py>,
    kind: &'static str,
    state: String,
) -> PyResult<(Bound<'py, PyAny>, (&'static str, String))> {
    Ok((py.import("oes._oes")?.getattr("_restore")?, (kind, state)))
}

/// `__radd__` of the mergeable classes: `0 + x` is a copy of `x` (what `sum()` starts from), anything else is
/// `NotImplemented` (Python then raises its `TypeError`).
pub(crate) fn radd_zero<'py, T>(other: &Bound<'py, PyAny>, copy: impl FnOnce() -> T) -> PyResult<Py<PyAny>>
where
    T: IntoPyObject<'py>,
{
    let py = other.py();
    let zero = other.is_instance_of::<PyInt>() && !other.is_instance_of::<PyBool>() && other.eq(0)?;
    if zero {
        pyo3::IntoPyObjectExt::into_py_any(copy(), py)
    } else {
        Ok(py.NotImplemented())
    }
}
