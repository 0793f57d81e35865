//! DataFrames through the Arrow C stream interface: polars DataFrames, pyarrow Tables and RecordBatches hand their
//! columns over as Arrow record batches (`__arrow_c_stream__`, the Arrow PyCapsule interface), without a copy and
//! without a Python object per cell. The core's Arrow reader (`oes_core::arrow`, which also reads Parquet files for
//! `oes report`) reads them: one set of cell rules for every Arrow source.
//!
//! The batches come from another library in this process. Before anything reads them, each column is checked in
//! full (`oes_core::arrow::validate_imported`: what `ArrayData::validate_full` checks, buffer sizes, offsets, UTF-8,
//! dictionary keys), so a producer's bug becomes an error, not a read out of bounds.

use std::ffi::CStr;
use std::ptr::NonNull;

use arrow_array::ffi_stream::{FFI_ArrowArrayStream, RecordBatchStreamReader};
use arrow_array::RecordBatch;
use oes_core::arrow::TableColumns;
use pyo3::prelude::*;
use pyo3::types::{PyCapsule, PyDict};

use crate::errors::to_py_err;
use crate::survey::{Responses, Survey};

/// The capsule name of an `ArrowArrayStream` in the Arrow PyCapsule interface.
const STREAM: &CStr = c"arrow_array_stream";

/// An error of the Arrow data itself (not of a response).
fn unreadable(message: impl std::fmt::Display) -> oes_core::Error {
    oes_core::Error::InvalidParameter {
        name: "responses",
        message: format!("the Arrow data cannot be read: {message}"),
    }
}

/// Moves the stream out of a capsule's `ArrowArrayStream` (leaving it released, so that the capsule's destructor
/// does nothing) and reads its schema.
#[allow(unsafe_code)]
fn take_stream(stream: NonNull<FFI_ArrowArrayStream>) -> Result<RecordBatchStreamReader, arrow_schema::ArrowError> {
    // SAFETY: by the Arrow PyCapsule interface, a capsule named "arrow_array_stream" (checked by `pointer_checked`)
    // holds a non-null pointer to an initialised, aligned `ArrowArrayStream` of the C stream interface, which its
    // consumer may move out of the capsule: `from_raw` does so (the struct is replaced by an empty, released one).
    // The capsule is alive for the call, and no Python code runs between taking the pointer and this move.
    unsafe { RecordBatchStreamReader::from_raw(stream.as_ptr()) }
}

/// The record batches `df` exports through `__arrow_c_stream__`, each checked in full; `Send`, so that the core reads
/// them with the interpreter released (the producers of the C stream interface take the GIL themselves if they need
/// it).
pub(crate) fn batches(
    df: &Bound<'_, PyAny>,
) -> PyResult<impl Iterator<Item = oes_core::Result<RecordBatch>> + Send + use<>> {
    Ok(unchecked_batches(df)?.map(|batch| {
        let batch = batch?;
        for column in batch.columns() {
            oes_core::arrow::validate_imported(column.as_ref()).map_err(unreadable)?;
        }
        Ok(batch)
    }))
}

/// The record batches `df` exports through `__arrow_c_stream__`, not checked yet: nothing may read them before
/// [`check_all`] (or the check in [`batches`]).
fn unchecked_batches(
    df: &Bound<'_, PyAny>,
) -> PyResult<impl Iterator<Item = oes_core::Result<RecordBatch>> + Send + use<>> {
    let py = df.py();
    let exported = df.call_method1("__arrow_c_stream__", (py.None(),))?;
    let capsule = exported.cast::<PyCapsule>()?;
    let pointer = capsule.pointer_checked(Some(STREAM))?;
    let reader = take_stream(pointer.cast()).map_err(|e| to_py_err(unreadable(e)))?;
    Ok(reader.map(|batch| batch.map_err(unreadable)))
}

/// Checks every column of `batches` in full, as [`batches`] checks them, with the error of the first bad column in
/// batch order; many cells are checked on two threads (the first half of the columns here, the second beside it).
/// (The stream gave every batch before: where it fails to give one, that is the error, whatever a batch before it
/// holds.)
fn check_all(batches: &[RecordBatch]) -> oes_core::Result<()> {
    let columns: Vec<&dyn arrow_array::Array> =
        batches.iter().flat_map(|b| b.columns().iter().map(|c| c.as_ref())).collect();
    let check = |part: &[&dyn arrow_array::Array]| {
        part.iter().try_for_each(|c| oes_core::arrow::validate_imported(*c)).map_err(unreadable)
    };
    let cells: usize = batches.iter().map(|b| b.num_rows() * b.num_columns()).sum();
    if cells < 1 << 18 || std::thread::available_parallelism().map_or(1, usize::from) < 2 {
        return check(&columns);
    }
    let (first, second) = columns.split_at(columns.len() / 2);
    std::thread::scope(|scope| {
        let later = scope.spawn(|| check(second));
        let earlier = check(first);
        let later = later.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        earlier.and(later)
    })
}

/// What `_frames._arrow_plan` says of `df` (read with the keyword arguments `read`): the frame to export and the
/// columns to read it with, or `None` when it is not an Arrow frame (a pandas DataFrame: the column reader of
/// `columns.rs`).
pub(crate) fn plan<'py>(
    survey: &Bound<'py, Survey>,
    df: &Bound<'py, PyAny>,
    read: Option<&Bound<'py, PyDict>>,
) -> PyResult<Option<(Bound<'py, PyAny>, TableColumns)>> {
    let plan = survey.py().import("oes._frames")?.getattr("_arrow_plan")?.call((survey, df), read)?;
    if plan.is_none() {
        return Ok(None);
    }
    #[allow(clippy::type_complexity)]
    let (frame, id, submitted_at, weight, segments): (
        Bound<'py, PyAny>,
        String,
        String,
        Option<String>,
        Vec<String>,
    ) = plan.extract()?;
    Ok(Some((frame, TableColumns { id, submitted_at, weight, segments: Some(segments) })))
}

/// Counts an Arrow frame into `acc` (strict: the first invalid row is the error). The batches are in memory already
/// (they are the frame's own buffers), so ids used twice are looked for once, at the end.
pub(crate) fn count(
    py: Python<'_>,
    survey: &oes_core::Survey,
    df: &Bound<'_, PyAny>,
    columns: &TableColumns,
    limits: &oes_core::Limits,
    acc: &mut oes_core::ReportAccumulator,
) -> PyResult<()> {
    let batches = unchecked_batches(df)?;
    py.detach(|| {
        let batches = batches.collect::<oes_core::Result<Vec<_>>>()?;
        check_all(&batches)?;
        oes_core::arrow::count_batches_into(
            survey,
            &batches,
            columns,
            oes_core::io::ReadMode::Strict,
            limits,
            true,
            acc,
        )
    })
    .map(|_| ())
    .map_err(to_py_err)
}

/// Reads an Arrow frame's rows into responses (`read_dataframe` of a polars DataFrame or a pyarrow Table).
#[pyfunction]
#[pyo3(name = "_read_arrow", signature = (survey, df, id, submitted_at, weight, segments, lenient))]
#[allow(clippy::too_many_arguments)]
pub(crate) fn read_arrow(
    py: Python<'_>,
    survey: &Bound<'_, Survey>,
    df: &Bound<'_, PyAny>,
    id: String,
    submitted_at: String,
    weight: Option<String>,
    segments: Vec<String>,
    lenient: bool,
) -> PyResult<Responses> {
    let columns = TableColumns { id, submitted_at, weight, segments: Some(segments) };
    let mode = if lenient { oes_core::io::ReadMode::Lenient } else { oes_core::io::ReadMode::Strict };
    let batches = batches(df)?;
    let core = &survey.get().inner;
    let read = py
        .detach(|| oes_core::arrow::read_arrow(core, batches, &columns, mode, &oes_core::Limits::default()))
        .map_err(to_py_err)?;
    Ok(Responses::new(survey.get(), read))
}
