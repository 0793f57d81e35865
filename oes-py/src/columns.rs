//! The columnar DataFrame reader: `read_dataframe` hands over each column as a Python list (`Series.tolist()`, which
//! NumPy and pandas fill in C) and the rows are read here, cell by cell, by the core's cell rules
//! ([`oes_core::Response::from_row_cells`]): no per-row dict and no JSON on the way.

use std::collections::BTreeMap;

use numpy::{PyReadonlyArray1, PyUntypedArrayMethods};
use oes_core::io::read_records;
use oes_core::response::RowTime;
use oes_core::Timestamp;
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyFloat, PyInt, PyList, PyString, PyTuple};
use serde_json::Value;

use crate::errors::{parameter, to_py_err};
use crate::survey::{Responses, Survey};

/// Whether a cell is missing: None, NaN, a blank string, pandas' NA or NaT.
fn missing(cell: &Bound<'_, PyAny>) -> PyResult<bool> {
    if cell.is_none() {
        return Ok(true);
    }
    if let Ok(f) = cell.cast::<PyFloat>() {
        return Ok(f.value().is_nan());
    }
    if let Ok(s) = cell.cast::<PyString>() {
        return Ok(s.to_cow()?.trim().is_empty());
    }
    if cell.is_instance_of::<PyInt>() {
        return Ok(false);
    }
    let name = cell.get_type().name()?;
    Ok(matches!(name.to_cow()?.as_ref(), "NAType" | "NaTType"))
}

/// A text label (ids and segments), as `_frames._label` writes it: booleans as `true`/`false`, anything else as
/// `str()` gives it; for ids (`integral`) integral floats as integers (an id column with a gap is a float column).
fn label(cell: &Bound<'_, PyAny>, integral: bool) -> PyResult<Option<String>> {
    if missing(cell)? {
        return Ok(None);
    }
    if let Ok(s) = cell.cast::<PyString>() {
        return Ok(Some(s.to_cow()?.into_owned()));
    }
    if let Ok(b) = cell.cast::<PyBool>() {
        return Ok(Some(if b.is_true() { "true" } else { "false" }.to_owned()));
    }
    if let Ok(f) = cell.cast::<PyFloat>().map(|f| f.value()) {
        let v = f;
        if integral && v.fract() == 0.0 && v.abs() < 1e15 {
            return Ok(Some(format!("{}", v as i64)));
        }
    }
    Ok(Some(cell.str()?.to_cow()?.into_owned()))
}

/// A cell as the JSON value the core's cell reader takes (as `read_dataframe` wrote it into a record before).
fn cell_value(cell: &Bound<'_, PyAny>, frames: &Bound<'_, PyModule>) -> PyResult<Value> {
    if missing(cell)? {
        return Ok(Value::Null);
    }
    if let Ok(s) = cell.cast::<PyString>() {
        return Ok(Value::String(s.to_cow()?.into_owned()));
    }
    if let Ok(b) = cell.cast::<PyBool>() {
        return Ok(Value::Bool(b.is_true()));
    }
    if let Ok(i) = cell.cast::<PyInt>() {
        return Ok(match i.extract::<i64>() {
            Ok(v) => Value::from(v),
            // Past 64 bits: as text, which the cell reader names as off the scale.
            Err(_) => Value::String(i.str()?.to_cow()?.into_owned()),
        });
    }
    if let Ok(f) = cell.cast::<PyFloat>() {
        return Ok(serde_json::Number::from_f64(f.value()).map_or(Value::Null, Value::Number));
    }
    if let Ok(list) = cell.cast::<PyList>() {
        return list.iter().map(|c| cell_value(&c, frames)).collect::<PyResult<Vec<_>>>().map(Value::Array);
    }
    if let Ok(tuple) = cell.cast::<PyTuple>() {
        return tuple.iter().map(|c| cell_value(&c, frames)).collect::<PyResult<Vec<_>>>().map(Value::Array);
    }
    // NumPy scalars and arrays (a list column), and whatever else: as `_frames._cell` turns it into plain values.
    let plain = frames.call_method1("_cell", (cell,))?;
    if plain.is(cell) {
        return Ok(Value::String(cell.str()?.to_cow()?.into_owned()));
    }
    cell_value(&plain, frames)
}

/// The items of a column given as a list.
fn items<'py>(column: &Bound<'py, PyAny>, what: &'static str) -> PyResult<Bound<'py, PyList>> {
    column
        .cast::<PyList>()
        .cloned()
        .map_err(|_| parameter(what, format!("expected a list of cells, got {}", column.get_type())))
}

/// An answer column: a list of cells, or a NumPy array of numbers or booleans read in place (NaN is a missing
/// cell), which is what a numeric DataFrame column holds.
enum Answers<'py> {
    List(Bound<'py, PyList>),
    F64(PyReadonlyArray1<'py, f64>),
    I64(PyReadonlyArray1<'py, i64>),
    Bool(PyReadonlyArray1<'py, bool>),
}

impl<'py> Answers<'py> {
    fn of(column: &Bound<'py, PyAny>) -> PyResult<Self> {
        if let Ok(a) = column.extract::<PyReadonlyArray1<'py, f64>>() {
            return Ok(Answers::F64(a));
        }
        if let Ok(a) = column.extract::<PyReadonlyArray1<'py, i64>>() {
            return Ok(Answers::I64(a));
        }
        if let Ok(a) = column.extract::<PyReadonlyArray1<'py, bool>>() {
            return Ok(Answers::Bool(a));
        }
        items(column, "questions").map(Answers::List)
    }

    fn len(&self) -> usize {
        match self {
            Answers::List(l) => l.len(),
            Answers::F64(a) => a.len(),
            Answers::I64(a) => a.len(),
            Answers::Bool(a) => a.len(),
        }
    }

    /// The cell of `row` as the JSON value the cell reader takes (the value `tolist()` would have given).
    fn value(&self, row: usize, frames: &Bound<'py, PyModule>) -> PyResult<Value> {
        Ok(match self {
            Answers::List(l) => cell_value(&l.get_item(row)?, frames)?,
            Answers::F64(a) => {
                let v = *a.get([row]).unwrap_or(&f64::NAN);
                serde_json::Number::from_f64(v).map_or(Value::Null, Value::Number)
            }
            Answers::I64(a) => a.get([row]).map_or(Value::Null, |&v| Value::from(v)),
            Answers::Bool(a) => a.get([row]).map_or(Value::Null, |&v| Value::Bool(v)),
        })
    }
}

/// Reads responses from columns (see `oes._frames.read_dataframe`): `ids`, `times` (RFC 3339 text, datetimes, or
/// with `times_ns` the nanoseconds since the epoch of a datetime column, None where missing), optional `weights`,
/// `segments` as `[(name, cells)]` and `questions` as `[(question index, cells)]`, all lists of one length.
#[pyfunction]
#[pyo3(name = "_read_columns", signature = (survey, ids, times, times_ns, weights, segments, questions, lenient))]
#[allow(clippy::too_many_arguments)]
pub(crate) fn read_columns(
    py: Python<'_>,
    survey: &Bound<'_, Survey>,
    ids: &Bound<'_, PyAny>,
    times: &Bound<'_, PyAny>,
    times_ns: bool,
    weights: Option<&Bound<'_, PyAny>>,
    segments: Vec<(String, Bound<'_, PyAny>)>,
    questions: Vec<(usize, Bound<'_, PyAny>)>,
    lenient: bool,
) -> PyResult<Responses> {
    let frames = py.import("oes._frames")?;
    let core = &survey.get().inner;
    let ids = items(ids, "id")?;
    let times = items(times, "submitted_at")?;
    let weights = weights.map(|w| items(w, "weight")).transpose()?;
    let segments: Vec<(String, Bound<'_, PyList>)> =
        segments.into_iter().map(|(n, c)| Ok((n, items(&c, "segments")?))).collect::<PyResult<_>>()?;
    let questions: Vec<(usize, Answers<'_>)> =
        questions.into_iter().map(|(i, c)| Ok((i, Answers::of(&c)?))).collect::<PyResult<_>>()?;
    let rows = ids.len();
    let lengths = [times.len()]
        .into_iter()
        .chain(weights.iter().map(|w| w.len()))
        .chain(segments.iter().map(|(_, c)| c.len()))
        .chain(questions.iter().map(|(_, c)| c.len()));
    for n in lengths {
        if n != rows {
            return Err(parameter("columns", format!("columns of {n} and {rows} cells: the lengths must match")));
        }
    }
    if let Some(&(index, _)) = questions.iter().find(|(i, _)| *i >= core.questions().len()) {
        return Err(parameter("questions", format!("question #{} is not in the survey", index + 1)));
    }

    let mut read = Vec::with_capacity(rows);
    let mut cells: Vec<(usize, Value)> = Vec::with_capacity(questions.len());
    for row in 0..rows {
        let id = label(&ids.get_item(row)?, true)?;
        let time = times.get_item(row)?;
        let text;
        let submitted_at = if missing(&time)? {
            RowTime::Missing
        } else if times_ns {
            RowTime::At(Timestamp::from_unix_nanos(time.extract::<i64>()?))
        } else if let Ok(s) = time.cast::<PyString>() {
            text = s.to_cow()?.into_owned();
            RowTime::Text(&text)
        } else {
            // A datetime or date in an object column: RFC 3339 UTC text, as `_frames._timestamp` writes it.
            text = frames.call_method1("_timestamp", (&time,))?.extract::<String>()?;
            RowTime::Text(&text)
        };
        let weight = match &weights {
            None => None,
            Some(w) => {
                let cell = w.get_item(row)?;
                if missing(&cell)? {
                    None
                } else if let Some(v) = cell
                    .cast::<PyString>()
                    .ok()
                    .and_then(|t| t.to_cow().ok().and_then(|t| t.trim().parse::<f64>().ok()))
                {
                    // A text column of numbers (a CSV read with every column as text).
                    Some(v)
                } else {
                    Some(cell.extract::<f64>().map_err(|_| {
                        parameter(
                            "weight",
                            format!(
                                "row {}: expected a number, got {}",
                                row + 1,
                                cell.repr().map_or_else(|_| "?".into(), |r| r.to_string())
                            ),
                        )
                    })?)
                }
            }
        };
        let mut present = BTreeMap::new();
        for (name, column) in &segments {
            if let Some(value) = label(&column.get_item(row)?, false)? {
                present.insert(name.clone(), value);
            }
        }
        cells.clear();
        for (index, column) in &questions {
            let value = column.value(row, &frames)?;
            if !value.is_null() {
                cells.push((*index, value));
            }
        }
        read.push(oes_core::Response::from_row_cells(
            core,
            id,
            submitted_at,
            present,
            weight,
            cells.iter().map(|(i, v)| (*i, v)),
        ));
    }
    let mode = if lenient { oes_core::io::ReadMode::Lenient } else { oes_core::io::ReadMode::Strict };
    let read = py.detach(|| read_records(read, mode)).map_err(to_py_err)?;
    Ok(Responses::new(survey.get(), read))
}
