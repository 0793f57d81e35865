//! Reading a column of answers (a list, a NumPy array, a pandas or polars Series) and its weights into a core
//! [`Tally`].
//!
//! NumPy arrays are read as Rust slices, without a Python object per element, and the loop runs without the GIL.
//! Lists and tuples are read element by element. Anything else goes through `oes._convert.column` (or `.weights`),
//! which turns a Series (or any array-like) into a C-contiguous array of a supported dtype, or into a list.
//!
//! The element rules and the errors are the core's ([`oes_core::metrics::column`]): this module only reads Python
//! values into slices the core counts.

use std::borrow::Cow;

use numpy::PyReadonlyArray1;
use oes_core::metrics::column::{tally_column, ColumnItem as Item, ColumnValue};
use oes_core::metrics::Tally;
use oes_core::{Error, Scale};
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyFloat, PyInt, PyList, PyTuple};

use crate::errors::{parameter, to_py_err};

/// A column of answers as received from Python.
pub(crate) enum Column<'py> {
    Items(Vec<Item>),
    I8(PyReadonlyArray1<'py, i8>),
    I16(PyReadonlyArray1<'py, i16>),
    I32(PyReadonlyArray1<'py, i32>),
    I64(PyReadonlyArray1<'py, i64>),
    U8(PyReadonlyArray1<'py, u8>),
    U16(PyReadonlyArray1<'py, u16>),
    U32(PyReadonlyArray1<'py, u32>),
    U64(PyReadonlyArray1<'py, u64>),
    F32(PyReadonlyArray1<'py, f32>),
    F64(PyReadonlyArray1<'py, f64>),
    Bool(PyReadonlyArray1<'py, bool>),
}

fn item_of(index: usize, obj: &Bound<'_, PyAny>) -> PyResult<Item> {
    if obj.is_none() {
        return Ok(Item::Skipped);
    }
    if let Ok(b) = obj.cast::<PyBool>() {
        return Ok(Item::Bool(b.is_true()));
    }
    if obj.is_instance_of::<PyInt>() {
        return Ok(match obj.extract::<i64>() {
            Ok(v) => Item::Int(v),
            Err(_) => Item::TooLarge(obj.extract::<f64>().unwrap_or(f64::INFINITY)),
        });
    }
    if obj.is_instance_of::<PyFloat>() {
        return Ok(obj.extract::<f64>()?.item());
    }
    // NumPy scalars and other numbers: booleans (`numpy.bool_`), then integers (`__index__`), then floats.
    if let Ok(b) = obj.extract::<bool>() {
        return Ok(Item::Bool(b));
    }
    if let Ok(v) = obj.extract::<i64>() {
        return Ok(Item::Int(v));
    }
    if let Ok(v) = obj.extract::<f64>() {
        return Ok(v.item());
    }
    let type_name = obj.get_type().name().map(|n| n.to_string()).unwrap_or_else(|_| "?".into());
    Err(parameter("scores", format!("expected an integer or None at index {index}, got {type_name} {}", obj.repr()?)))
}

fn items<'py>(iter: impl Iterator<Item = Bound<'py, PyAny>>) -> PyResult<Column<'py>> {
    let mut out = Vec::with_capacity(iter.size_hint().0);
    for (i, obj) in iter.enumerate() {
        out.push(item_of(i, &obj)?);
    }
    Ok(Column::Items(out))
}

/// Reads a column of answers.
pub(crate) fn column<'py>(obj: &Bound<'py, PyAny>) -> PyResult<Column<'py>> {
    if let Ok(list) = obj.cast::<PyList>() {
        return items(list.iter());
    }
    if let Ok(tuple) = obj.cast::<PyTuple>() {
        return items(tuple.iter());
    }
    let converted = obj.py().import("oes._convert")?.call_method1("column", (obj,))?;
    if let Ok(list) = converted.cast::<PyList>() {
        return items(list.iter());
    }
    macro_rules! try_array {
        ($($variant:ident: $t:ty),*) => {$(
            if let Ok(a) = converted.extract::<PyReadonlyArray1<'py, $t>>() {
                return Ok(Column::$variant(a));
            }
        )*};
    }
    try_array!(I8: i8, I16: i16, I32: i32, I64: i64, U8: u8, U16: u16, U32: u32, U64: u64, F32: f32, F64: f64, Bool: bool);
    Err(PyTypeError::new_err(format!("cannot read answers from {}", converted.get_type().name()?)))
}

/// Weights as received from Python.
pub(crate) enum Weights<'py> {
    List(Vec<f64>),
    Array(PyReadonlyArray1<'py, f64>),
}

/// Reads a column of weights.
pub(crate) fn weights<'py>(obj: &Bound<'py, PyAny>) -> PyResult<Weights<'py>> {
    let from_list = |items: Vec<Bound<'py, PyAny>>| -> PyResult<Weights<'py>> {
        let mut out = Vec::with_capacity(items.len());
        for (i, w) in items.iter().enumerate() {
            match w.extract::<f64>() {
                Ok(v) => out.push(v),
                // None is a missing weight, as NaN is: the core says why that is refused.
                Err(_) if w.is_none() => out.push(f64::NAN),
                Err(_) => {
                    return Err(parameter("weights", format!("at index {i}: expected a number, got {}", w.repr()?)))
                }
            }
        }
        Ok(Weights::List(out))
    };
    if let Ok(list) = obj.cast::<PyList>() {
        return from_list(list.iter().collect());
    }
    if let Ok(tuple) = obj.cast::<PyTuple>() {
        return from_list(tuple.iter().collect());
    }
    let converted = obj.py().import("oes._convert")?.call_method1("weights", (obj,))?;
    if let Ok(list) = converted.cast::<PyList>() {
        return from_list(list.iter().collect());
    }
    match converted.extract::<PyReadonlyArray1<'py, f64>>() {
        Ok(a) => Ok(Weights::Array(a)),
        Err(_) => Err(PyTypeError::new_err(format!("cannot read weights from {}", converted.get_type().name()?))),
    }
}

fn slice<'a, T: numpy::Element + Copy>(a: &'a PyReadonlyArray1<'_, T>) -> Cow<'a, [T]> {
    match a.as_slice() {
        Ok(s) => Cow::Borrowed(s),
        Err(_) => Cow::Owned(a.as_array().iter().copied().collect()),
    }
}

/// Reads `values` and `weights` from Python into a new tally on `scale`.
pub(crate) fn tally(
    py: Python<'_>,
    scale: Scale,
    values: &Bound<'_, PyAny>,
    weights: Option<&Bound<'_, PyAny>>,
) -> PyResult<Tally> {
    let column = column(values)?;
    let weights = weights.filter(|w| !w.is_none()).map(self::weights).transpose()?;
    let weights: Option<Cow<'_, [f64]>> = match &weights {
        None => None,
        Some(Weights::List(v)) => Some(Cow::Borrowed(v.as_slice())),
        Some(Weights::Array(a)) => Some(slice(a)),
    };
    let w = weights.as_deref();
    let result = match &column {
        Column::Items(v) => detached(py, scale, v, w),
        Column::I8(a) => detached(py, scale, &slice(a), w),
        Column::I16(a) => detached(py, scale, &slice(a), w),
        Column::I32(a) => detached(py, scale, &slice(a), w),
        Column::I64(a) => detached(py, scale, &slice(a), w),
        Column::U8(a) => detached(py, scale, &slice(a), w),
        Column::U16(a) => detached(py, scale, &slice(a), w),
        Column::U32(a) => detached(py, scale, &slice(a), w),
        Column::U64(a) => detached(py, scale, &slice(a), w),
        Column::F32(a) => detached(py, scale, &slice(a), w),
        Column::F64(a) => detached(py, scale, &slice(a), w),
        Column::Bool(a) => detached(py, scale, &slice(a), w),
    };
    result.map_err(to_py_err)
}

fn detached<T: ColumnValue + Sync>(
    py: Python<'_>,
    scale: Scale,
    values: &[T],
    weights: Option<&[f64]>,
) -> Result<Tally, Error> {
    py.detach(|| tally_column(scale, values, weights))
}
