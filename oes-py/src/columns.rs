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

/// The label of a text cell: none where it is blank (white space alone), as [`missing`] says.
fn text_label(s: &str) -> Option<String> {
    (!s.trim().is_empty()).then(|| s.to_owned())
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

/// The distinct cells of a column by code, as the bulk path takes them.
struct Coded<T> {
    codes: Vec<u32>,
    values: Vec<T>,
}

/// Codes a list of cells: strings by their text (each distinct text read once by `text`), any other cell one by one
/// by `other` (`None`: a missing cell). None when a string is not valid UTF-8 (the row reader says why).
fn code_list<T>(
    list: &Bound<'_, PyList>,
    text: impl Fn(&str) -> T,
    mut other: impl FnMut(&Bound<'_, PyAny>) -> PyResult<Option<T>>,
) -> PyResult<Option<Coded<T>>> {
    use oes_core::report::MISSING;
    const OTHER: u32 = 1 << 31;
    let mut strings = oes_core::report::Interner::default();
    let mut others: Vec<T> = Vec::new();
    let mut codes = Vec::with_capacity(list.len());
    for item in list.iter() {
        if let Ok(s) = item.cast::<PyString>() {
            let Ok(s) = s.to_cow() else { return Ok(None) };
            codes.push(strings.code(&s));
        } else {
            match other(&item)? {
                None => codes.push(MISSING),
                Some(v) => {
                    codes.push(OTHER | others.len() as u32);
                    others.push(v);
                }
            }
        }
        if strings.len() + others.len() >= OTHER as usize {
            return Ok(None);
        }
    }
    let offset = strings.len() as u32;
    for c in codes.iter_mut() {
        if *c != MISSING && *c & OTHER != 0 {
            *c = offset + (*c & !OTHER);
        }
    }
    let mut values: Vec<T> = strings.values().iter().map(|s| text(s)).collect();
    values.extend(others);
    Ok(Some(Coded { codes, values }))
}

/// A pandas categorical as `_frames._bulk` gives it: codes (-1: missing) and its categories read by `read`.
fn code_categorical<T>(
    column: &Bound<'_, PyAny>,
    mut read: impl FnMut(&Bound<'_, PyAny>) -> PyResult<T>,
) -> PyResult<Option<Coded<T>>> {
    let Ok((codes, categories)) = column.extract::<(PyReadonlyArray1<'_, i64>, Bound<'_, PyList>)>() else {
        return Ok(None);
    };
    let values = categories.iter().map(|c| read(&c)).collect::<PyResult<Vec<T>>>()?;
    let mut out = Vec::with_capacity(codes.len());
    for &c in codes.as_array().iter() {
        out.push(match c {
            c if c < 0 => oes_core::report::MISSING,
            c if (c as usize) < values.len() => c as u32,
            _ => return Ok(None),
        });
    }
    Ok(Some(Coded { codes: out, values }))
}

/// An Arrow text column as `_frames._bulk` gives it: per chunk, its UTF-8 data and its offsets.
type ArrowText<'py> = Vec<(PyReadonlyArray1<'py, u8>, PyReadonlyArray1<'py, i64>)>;

/// The chunks of an Arrow text column (a tuple of `(data, offsets)` pairs); None for any other cells.
fn arrow_chunks<'py>(column: &Bound<'py, PyAny>) -> Option<ArrowText<'py>> {
    let chunks = column.cast::<pyo3::types::PyTuple>().ok()?;
    chunks.iter().map(|c| c.extract().ok()).collect()
}

/// Calls `f` with each cell of an Arrow text column, in order; None when a chunk is not valid UTF-8 or its offsets
/// are out of order or out of bounds.
fn for_each_cell<'a>(chunks: &'a ArrowText<'_>, mut f: impl FnMut(&'a str)) -> Option<()> {
    for (data, offsets) in chunks {
        let text = std::str::from_utf8(data.as_slice().ok()?).ok()?;
        for w in offsets.as_slice().ok()?.windows(2) {
            f(text.get(usize::try_from(w[0]).ok()?..usize::try_from(w[1]).ok()?)?);
        }
    }
    Some(())
}

/// An answer column of the bulk path: a NumPy array read in place, or coded cells.
enum BulkAnswers<'py> {
    Int(PyReadonlyArray1<'py, i64>),
    Float(PyReadonlyArray1<'py, f64>),
    Bool(PyReadonlyArray1<'py, bool>),
    Coded(Coded<Value>),
}

/// The report of a DataFrame through the core's bulk path (`oes_core::report::report_batch`), its columns read as
/// `_frames._bulk` reads them with the keyword arguments `read`: no response is made; each distinct cell and label is
/// read once. `None` when the frame holds something only the row reader reads, or
/// some row is invalid: the caller reads the rows, which gives the same report or the row's error.
pub(crate) fn bulk_report(
    py: Python<'_>,
    survey: &Bound<'_, Survey>,
    df: &Bound<'_, PyAny>,
    options: &oes_core::ReportOptions,
    read: &Bound<'_, pyo3::types::PyDict>,
) -> PyResult<Option<oes_core::Report>> {
    let core = &survey.get().inner;
    let report = with_batch(py, survey, df, Some(read), |batch| {
        py.detach(|| oes_core::report::report_batch(core, batch, options)).map_err(to_py_err)
    })?;
    Ok(report.flatten())
}

/// Calls `f` with the columns of `df` as a batch (read as `read_dataframe` reads it with the keyword arguments
/// `read`); `None` when the frame holds something only the row reader reads.
pub(crate) fn with_batch<R>(
    py: Python<'_>,
    survey: &Bound<'_, Survey>,
    df: &Bound<'_, PyAny>,
    read: Option<&Bound<'_, pyo3::types::PyDict>>,
    f: impl FnOnce(&oes_core::report::Batch<'_>) -> PyResult<R>,
) -> PyResult<Option<R>> {
    use oes_core::report::{AnswerCells, Batch, Ids, Segment, Times};
    let frames = py.import("oes._frames")?;
    let plan = frames.getattr("_bulk")?.call((survey, df), read)?;
    if plan.is_none() {
        return Ok(None);
    }
    #[allow(clippy::type_complexity)]
    let (ids, times, weights, segments, answers, interned): (
        Bound<'_, PyAny>,
        Bound<'_, PyAny>,
        Option<PyReadonlyArray1<'_, f64>>,
        Vec<(String, Bound<'_, PyAny>)>,
        Vec<(usize, Bound<'_, PyAny>)>,
        Vec<String>,
    ) = plan.extract()?;
    // Text columns come as one UTF-8 buffer, cells separated by U+001F, or as Arrow text: the UTF-8 data and offsets
    // of each chunk, read in place (as are the NumPy arrays below).
    let (id_arrow, time_arrow) = (arrow_chunks(&ids), arrow_chunks(&times));
    fn split<'a>(joined: &'a Bound<'_, PyAny>, arrow: &'a Option<ArrowText<'_>>) -> Option<Vec<&'a str>> {
        if let Some(chunks) = arrow {
            let mut cells = Vec::with_capacity(chunks.iter().map(|(_, o)| o.len().saturating_sub(1)).sum());
            for_each_cell(chunks, |s| cells.push(s))?;
            return Some(cells);
        }
        let bytes = joined.cast::<pyo3::types::PyBytes>().ok()?.as_bytes();
        Some(std::str::from_utf8(bytes).ok()?.split('\u{1f}').collect())
    }
    let int_array = ids.extract::<PyReadonlyArray1<'_, i64>>().ok();
    let int_ids: Option<&[i64]> = match &int_array {
        Some(a) => match a.as_slice() {
            Ok(v) => Some(v),
            Err(_) => return Ok(None),
        },
        None => None,
    };
    let id_refs: Vec<&str> = match int_ids {
        Some(_) => Vec::new(),
        None => match split(&ids, &id_arrow) {
            Some(v) => v,
            None => return Ok(None),
        },
    };
    let rows = int_ids.map_or(id_refs.len(), <[i64]>::len);
    if rows == 0 {
        return Ok(None);
    }

    // Times: nanoseconds, or RFC 3339 text.
    let nanos_array = times.extract::<PyReadonlyArray1<'_, i64>>().ok();
    let nanos: Option<&[i64]> = match &nanos_array {
        Some(a) => match a.as_slice() {
            Ok(v) => Some(v),
            Err(_) => return Ok(None),
        },
        None => None,
    };
    let mut parsed = Vec::new();
    if nanos.is_none() {
        let Some(text) = split(&times, &time_arrow) else { return Ok(None) };
        parsed.reserve(text.len());
        for t in text {
            let Ok(t) = Timestamp::parse(t) else { return Ok(None) };
            parsed.push(t);
        }
    }
    let weights: Option<&[f64]> = match &weights {
        Some(w) => match w.as_slice() {
            Ok(v) => Some(v),
            Err(_) => return Ok(None),
        },
        None => None,
    };

    // Segments: labels as the row reader makes them (`label`), each distinct cell once.
    let mut segment_columns: Vec<(String, Coded<Option<String>>)> = Vec::with_capacity(segments.len());
    for (name, column) in &segments {
        let coded = if let Some(chunks) = arrow_chunks(column) {
            // Arrow text: each distinct label once, as `code_list` reads text.
            let mut interner = oes_core::report::Interner::default();
            let mut codes = Vec::with_capacity(rows);
            if for_each_cell(&chunks, |s| codes.push(interner.code(s))).is_none() || interner.len() >= 1 << 31 {
                return Ok(None);
            }
            let values: Vec<Option<String>> = interner.values().iter().map(|s| text_label(s)).collect();
            if interned.contains(name) {
                // An inferred segment column: warned about when it looks like free text or ids (`_frames._plan`).
                let distinct = values.iter().filter(|v| v.is_some()).count();
                frames.getattr("_warn_if_unlikely")?.call1((name, distinct, codes.len()))?;
            }
            Some(Coded { codes, values })
        } else {
            match column.cast::<PyList>() {
                Ok(list) => code_list(list, text_label, |cell| label(cell, false).map(|l| l.map(Some)))?,
                Err(_) => code_categorical(column, |c| label(c, false))?,
            }
        };
        let Some(coded) = coded else { return Ok(None) };
        segment_columns.push((name.clone(), coded));
    }

    // Answers: NumPy arrays as they are, other columns by distinct cell.
    let mut answer_columns: Vec<(usize, BulkAnswers)> = Vec::with_capacity(answers.len());
    for (index, column) in &answers {
        let read = if let Ok(a) = column.extract::<PyReadonlyArray1<'_, f64>>() {
            Some(BulkAnswers::Float(a))
        } else if let Ok(a) = column.extract::<PyReadonlyArray1<'_, i64>>() {
            Some(BulkAnswers::Int(a))
        } else if let Ok(a) = column.extract::<PyReadonlyArray1<'_, bool>>() {
            Some(BulkAnswers::Bool(a))
        } else if let Ok(list) = column.cast::<PyList>() {
            code_list(
                list,
                |s| Value::String(s.to_owned()),
                |cell| {
                    let v = cell_value(cell, &frames)?;
                    Ok((!v.is_null()).then_some(v))
                },
            )?
            .map(BulkAnswers::Coded)
        } else {
            code_categorical(column, |c| cell_value(c, &frames))?.map(BulkAnswers::Coded)
        };
        let Some(read) = read else { return Ok(None) };
        answer_columns.push((*index, read));
    }

    // (The arrays are contiguous, `_frames._bulk` makes them so; any other is read row by row.)
    let mut answer_cells = Vec::with_capacity(answer_columns.len());
    for (i, c) in &answer_columns {
        let cells = match c {
            BulkAnswers::Int(v) => v.as_slice().ok().map(AnswerCells::Int),
            BulkAnswers::Float(v) => v.as_slice().ok().map(AnswerCells::Float),
            BulkAnswers::Bool(v) => v.as_slice().ok().map(AnswerCells::Bool),
            BulkAnswers::Coded(c) => Some(AnswerCells::Coded { codes: &c.codes, values: &c.values }),
        };
        let Some(cells) = cells else { return Ok(None) };
        answer_cells.push((*i, cells));
    }
    let batch = Batch {
        rows,
        ids: match int_ids {
            Some(v) => Ids::Int(v),
            None => Ids::Text(&id_refs),
        },
        times: match nanos {
            Some(v) => Times::Nanos(v),
            None => Times::At(&parsed),
        },
        weights,
        segments: segment_columns
            .iter()
            .map(|(name, c)| Segment { name, codes: &c.codes, labels: &c.values })
            .collect(),
        answers: answer_cells,
    };
    f(&batch).map(Some)
}
