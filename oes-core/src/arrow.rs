//! Arrow record batches and Parquet files in (feature `parquet`).
//!
//! A table with one row per response, read as a DataFrame is read (`oes.read_dataframe`): columns `id` and
//! `submitted_at`, the respondent weight (`weight`, when there is such a column), one column per question id, and every
//! other column a segment (except `survey`); [`TableColumns`] names other columns for these. A cell is read by its
//! Arrow type:
//!
//! | Arrow type | id, segment | `submitted_at` | weight | answer |
//! |---|---|---|---|---|
//! | text (`Utf8`, `LargeUtf8`, `Utf8View`), dictionary of text | the text (blank: missing) | RFC 3339 | a number in text | the text, read as a CSV cell |
//! | integers | decimal text | - | the number | the number |
//! | floating point | `3.0`, `4.5` (integral ids: `3`; NaN: missing) | - | the number | the number (NaN: missing) |
//! | boolean | `true` / `false` | - | - | true / false |
//! | timestamp (any unit; with or without a time zone, naive ones taken as UTC), date | - | the instant | - | - |
//! | list of text | - | - | - | the options of a multi-choice answer |
//!
//! A null is a missing cell, and so is every cell of a column of Arrow's `Null` type. Any other type is an error
//! naming the column. Rows are counted in bulk, column by column
//! ([`ReportAccumulator::add_batch`]); a batch with an invalid row is read row by row
//! ([`Response::from_row_cells`]), which gives the same counts and the row's error (its "line" is the 1-based row
//! number in the file).

use std::collections::BTreeMap;
use std::path::Path;

use arrow_array::cast::AsArray;
use arrow_array::types::{
    Date32Type, Date64Type, Float32Type, Float64Type, Int16Type, Int32Type, Int64Type, Int8Type,
    TimestampMicrosecondType, TimestampMillisecondType, TimestampNanosecondType, TimestampSecondType, UInt16Type,
    UInt32Type, UInt64Type, UInt8Type,
};
use arrow_array::{Array, RecordBatch};
use arrow_buffer::Buffer;
#[cfg(doc)]
use arrow_data::ArrayData;
use arrow_schema::{ArrowError, DataType, Schema, TimeUnit};
use serde_json::Value;

use crate::error::{Error, Result};
use crate::io::{check_some_valid, check_text_lengths, count_row, reject, IdLines, ReadMode, Responses, Streamed};
use crate::limits::Limits;
use crate::report::{
    AnswerCells, Batch, Bulk, Ids, Interner, Prepared, Segment, Times, MISSING, SPLIT_ALONE, SPLIT_BESIDE_A_READER,
};
use crate::response::{Response, RowTime};
use crate::survey::{QuestionKind, Survey};
use crate::time::Timestamp;
use crate::ReportAccumulator;

/// Rows per record batch read from a Parquet file.
const BATCH_ROWS: usize = 16_384;

/// Which columns of a table hold what, as `oes.read_dataframe`'s `id`, `submitted_at`, `weight` and `segments`
/// arguments name them. Every column that is a question id of the survey (and not the id, time or weight) is that
/// question's answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableColumns {
    /// The column of response ids (default `id`).
    pub id: String,
    /// The column of submission times (default `submitted_at`).
    pub submitted_at: String,
    /// The column of respondent weights; `None`: the column `weight`, when the table has one.
    pub weight: Option<String>,
    /// The segment columns; `None`: every column that is not the id, the time, the weight, `survey` or a question.
    pub segments: Option<Vec<String>>,
}

impl Default for TableColumns {
    fn default() -> Self {
        TableColumns { id: "id".into(), submitted_at: "submitted_at".into(), weight: None, segments: None }
    }
}

/// Which column holds what: the first batch's schema read with the [`TableColumns`].
#[derive(Debug, Clone)]
struct Layout {
    id: usize,
    time: usize,
    weight: Option<usize>,
    /// (column, name)
    segments: Vec<(usize, String)>,
    /// (column, question index)
    questions: Vec<(usize, usize)>,
    names: Vec<String>,
}

impl Layout {
    fn of(survey: &Survey, schema: &Schema, columns: &TableColumns) -> Result<Layout> {
        let names: Vec<String> = schema.fields().iter().map(|f| f.name().clone()).collect();
        let position = |name: &str| names.iter().position(|n| n == name);
        let find = |what: &'static str, name: &str| {
            position(name).ok_or_else(|| Error::param(what, format!("the table has no column {name:?}")))
        };
        let id = find("id", &columns.id)?;
        let time = find("submitted_at", &columns.submitted_at)?;
        let weight = match &columns.weight {
            Some(name) => Some(find("weight", name)?),
            None => position("weight"),
        };
        let reserved = |i: usize| i == id || i == time || Some(i) == weight;
        let questions = (0..names.len())
            .filter(|&i| !reserved(i))
            .filter_map(|i| survey.question_index(&names[i]).map(|q| (i, q)))
            .collect();
        let segments = match &columns.segments {
            Some(list) => list.iter().map(|name| Ok((find("segments", name)?, name.clone()))).collect::<Result<_>>()?,
            None => (0..names.len())
                .filter(|&i| !reserved(i) && names[i] != "survey" && survey.question_index(&names[i]).is_none())
                .map(|i| (i, names[i].clone()))
                .collect(),
        };
        Ok(Layout { id, time, weight, segments, questions, names })
    }
}

/// Checks an array made outside Rust (handed over through the Arrow C data or stream interface) in full, before
/// anything reads it: what [`ArrayData::validate_full`] checks (buffer sizes and alignment, null counts, offsets,
/// UTF-8, dictionary keys, children), so that a producer's bug is an error and not a read out of bounds. Text is
/// checked faster, by the same rules and with the same messages: text views (`Utf8View`: how polars hands over its
/// strings), which `validate_full` checks one string at a time, in one pass (a string of up to 12 ASCII bytes, kept in
/// its view, needs no UTF-8 check of its own); text with offsets (`Utf8`, `LargeUtf8`) whose bytes are all ASCII by
/// its offsets alone (other text as `validate_full` checks it).
pub fn validate_imported(array: &dyn Array) -> std::result::Result<(), ArrowError> {
    let data = array.to_data();
    let (offset, len) = (data.offset(), data.len());
    if !matches!(data.data_type(), DataType::Utf8View | DataType::Utf8 | DataType::LargeUtf8) {
        return data.validate_full();
    }
    // `validate_full` is these three: the buffers (sizes, alignment), the null count, and the values.
    data.validate()?;
    data.validate_nulls()?;
    let buffers = data.buffers();
    let ascii = match data.data_type() {
        DataType::Utf8View => {
            return match words::<16>(&buffers[0], offset, len) {
                Some(views) => check_string_views(views.map(u128::from_le_bytes), &buffers[1..]),
                None => data.validate_values(),
            }
        }
        DataType::Utf8 => words::<4>(&buffers[0], offset, len + 1)
            .is_some_and(|ends| ascii_text(ends.map(|w| i64::from(i32::from_le_bytes(w))), &buffers[1])),
        _ => words::<8>(&buffers[0], offset, len + 1)
            .is_some_and(|ends| ascii_text(ends.map(i64::from_le_bytes), &buffers[1])),
    };
    if ascii {
        Ok(())
    } else {
        data.validate_values()
    }
}

/// Elements `offset..offset + len` of a buffer of `W`-byte numbers, as their bytes (read without assuming the
/// buffer's alignment); `None` where the buffer is too short.
fn words<const W: usize>(buffer: &Buffer, offset: usize, len: usize) -> Option<impl Iterator<Item = [u8; W]> + '_> {
    let bytes = buffer.as_slice().get(offset.checked_mul(W)?..offset.checked_add(len)?.checked_mul(W)?)?;
    Some(bytes.chunks_exact(W).map(|w| <[u8; W]>::try_from(w).expect("W bytes")))
}

/// Whether the strings of a text array are valid by its offsets alone: they start at 0 or later, never go back,
/// end within the values, and the values from the first to the last are ASCII (so every string is UTF-8). `false`
/// says nothing: the full check decides.
fn ascii_text(mut offsets: impl Iterator<Item = i64>, values: &Buffer) -> bool {
    let Some(first) = offsets.next() else { return false };
    let mut last = first;
    for o in offsets {
        if o < last {
            return false;
        }
        last = o;
    }
    match (usize::try_from(first), usize::try_from(last)) {
        (Ok(first), Ok(last)) => values.as_slice().get(first..last).is_some_and(|text| text.is_ascii()),
        _ => false,
    }
}

/// Checks the views of a `Utf8View` array against its data buffers by the rules of `arrow_data`'s
/// `validate_string_view`, with its messages: a string of up to 12 bytes is in its view, zero after its end; a longer
/// one is a slice of a data buffer that starts with the view's prefix; each is UTF-8. A string kept in its view whose
/// bytes are all ASCII is valid without a UTF-8 check of its own (most ids and labels).
fn check_string_views(
    views: impl IntoIterator<Item = u128>,
    buffers: &[Buffer],
) -> std::result::Result<(), ArrowError> {
    /// The high bit of each of the 12 bytes a view keeps a short string in (bytes 4 to 15).
    const NOT_ASCII: u128 = 0x8080_8080_8080_8080_8080_8080 << 32;
    let invalid = ArrowError::InvalidArgumentError;
    let utf8 = |idx: usize, b: &[u8]| {
        std::str::from_utf8(b)
            .map(|_| ())
            .map_err(|e| invalid(format!("Encountered non-UTF-8 data at index {idx}: {e}")))
    };
    for (idx, v) in views.into_iter().enumerate() {
        let len = v as u32;
        if len <= 12 {
            if len < 12 && v >> (32 + len * 8) != 0 {
                return Err(invalid(format!(
                    "View at index {idx} contained non-zero padding for string of length {len}"
                )));
            }
            // The bytes past the string are zero (checked just above), so the mask looks at the string alone.
            if v & NOT_ASCII != 0 {
                utf8(idx, &v.to_le_bytes()[4..4 + len as usize])?;
            }
            continue;
        }
        let (prefix, index, start) = ((v >> 32) as u32, (v >> 64) as u32, (v >> 96) as u32 as usize);
        let data = buffers.get(index as usize).ok_or_else(|| {
            invalid(format!("Invalid buffer index at {idx}: got index {index} but only has {} buffers", buffers.len()))
        })?;
        let end = start.saturating_add(len as usize);
        let b = data.get(start..end).ok_or_else(|| {
            invalid(format!(
                "Invalid buffer slice at {idx}: got {start}..{end} but buffer {index} has length {}",
                data.len()
            ))
        })?;
        if !b.starts_with(&prefix.to_le_bytes()) {
            return Err(invalid("Mismatch between embedded prefix and data".to_string()));
        }
        utf8(idx, b)?;
    }
    Ok(())
}

/// A batch with each column of Arrow's `Null` type (no values, every cell null; a polars column of `None`s)
/// replaced by a text column of nulls, which every reader below reads as missing cells.
fn without_null_type(batch: RecordBatch) -> Result<RecordBatch> {
    if !batch.schema().fields().iter().any(|f| f.data_type() == &DataType::Null) {
        return Ok(batch);
    }
    let fields: Vec<arrow_schema::Field> = batch
        .schema()
        .fields()
        .iter()
        .map(|f| match f.data_type() {
            DataType::Null => f.as_ref().clone().with_data_type(DataType::Utf8).with_nullable(true),
            _ => f.as_ref().clone(),
        })
        .collect();
    let columns = batch
        .columns()
        .iter()
        .map(|c| match c.data_type() {
            DataType::Null => arrow_array::new_null_array(&DataType::Utf8, c.len()),
            _ => c.clone(),
        })
        .collect();
    RecordBatch::try_new(std::sync::Arc::new(Schema::new(fields)), columns)
        .map_err(|e| Error::param("responses", format!("the record batch cannot be read: {e}")))
}

/// An integer cell (any integer type); `None` for other types.
fn integer(array: &dyn Array, row: usize) -> Option<i128> {
    Some(match array.data_type() {
        DataType::Int8 => array.as_primitive::<Int8Type>().value(row) as i128,
        DataType::Int16 => array.as_primitive::<Int16Type>().value(row) as i128,
        DataType::Int32 => array.as_primitive::<Int32Type>().value(row) as i128,
        DataType::Int64 => array.as_primitive::<Int64Type>().value(row) as i128,
        DataType::UInt8 => array.as_primitive::<UInt8Type>().value(row) as i128,
        DataType::UInt16 => array.as_primitive::<UInt16Type>().value(row) as i128,
        DataType::UInt32 => array.as_primitive::<UInt32Type>().value(row) as i128,
        DataType::UInt64 => array.as_primitive::<UInt64Type>().value(row) as i128,
        _ => return None,
    })
}

/// A floating-point cell; `None` for other types.
fn float(array: &dyn Array, row: usize) -> Option<f64> {
    match array.data_type() {
        DataType::Float32 => Some(array.as_primitive::<Float32Type>().value(row) as f64),
        DataType::Float64 => Some(array.as_primitive::<Float64Type>().value(row)),
        _ => None,
    }
}

/// A text cell; `None` for other types.
fn text(array: &dyn Array, row: usize) -> Option<&str> {
    match array.data_type() {
        DataType::Utf8 => Some(array.as_string::<i32>().value(row)),
        DataType::LargeUtf8 => Some(array.as_string::<i64>().value(row)),
        DataType::Utf8View => Some(array.as_string_view().value(row)),
        _ => None,
    }
}

/// `Some($body)` with `$cells` the cells of a text column (`Utf8`, `LargeUtf8`, `Utf8View`) as an iterator of
/// `Option<&str>` (`None` at a gap), the type matched once rather than per cell; `None` for other types.
macro_rules! with_texts {
    ($array:expr, $cells:ident => $body:expr) => {
        match $array.data_type() {
            DataType::Utf8 => {
                let $cells = $array.as_string::<i32>().iter();
                Some($body)
            }
            DataType::LargeUtf8 => {
                let $cells = $array.as_string::<i64>().iter();
                Some($body)
            }
            DataType::Utf8View => {
                let $cells = $array.as_string_view().iter();
                Some($body)
            }
            _ => None,
        }
    };
}

/// The value index of a dictionary cell.
fn dictionary_key(array: &dyn Array, row: usize) -> Option<usize> {
    let d = array.as_any_dictionary_opt()?;
    integer(d.keys(), row).and_then(|k| usize::try_from(k).ok())
}

/// A float as Python's `str()` writes it for the values a table holds (`3.0`, `4.5`, `1e+16`).
fn float_label(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e16 {
        format!("{v:.1}")
    } else if v.abs() >= 1e16 || (v != 0.0 && v.abs() < 1e-4) {
        let s = format!("{v:e}");
        // Rust writes 1e16 and 1.5e-5; Python 1e+16 and 1.5e-05.
        match s.split_once('e') {
            Some((m, e)) => {
                let (sign, digits) = e.strip_prefix('-').map_or(("+", e), |d| ("-", d));
                format!("{m}e{sign}{digits:0>2}")
            }
            None => s,
        }
    } else {
        format!("{v}")
    }
}

/// The type error of a column.
fn unreadable(what: &str, array: &dyn Array) -> String {
    format!("{what}: a column of Arrow type {} cannot be read", array.data_type())
}

/// A label (id or segment value): `None` for a missing cell.
fn label(array: &dyn Array, row: usize, integral: bool) -> std::result::Result<Option<String>, String> {
    if array.is_null(row) {
        return Ok(None);
    }
    if let Some(k) = dictionary_key(array, row) {
        let values = array.as_any_dictionary().values();
        return if k < values.len() { label(values.as_ref(), k, integral) } else { Ok(None) };
    }
    if let Some(s) = text(array, row) {
        return Ok((!s.trim().is_empty()).then(|| s.to_owned()));
    }
    if let Some(v) = integer(array, row) {
        return Ok(Some(v.to_string()));
    }
    if let Some(v) = float(array, row) {
        return Ok(match v {
            v if v.is_nan() => None,
            v if integral && v.fract() == 0.0 && v.abs() < 1e15 => Some(format!("{}", v as i64)),
            v => Some(float_label(v)),
        });
    }
    if let DataType::Boolean = array.data_type() {
        return Ok(Some(if array.as_boolean().value(row) { "true" } else { "false" }.to_owned()));
    }
    Err(unreadable("a label", array))
}

/// An answer cell as the JSON value the cell reader takes ([`crate::Question::parse_cell_value`]).
fn cell(array: &dyn Array, row: usize) -> std::result::Result<Value, String> {
    if array.is_null(row) {
        return Ok(Value::Null);
    }
    if let Some(k) = dictionary_key(array, row) {
        let values = array.as_any_dictionary().values();
        return if k < values.len() { cell(values.as_ref(), k) } else { Ok(Value::Null) };
    }
    if let Some(s) = text(array, row) {
        return Ok(Value::String(s.to_owned()));
    }
    if let Some(v) = integer(array, row) {
        return Ok(i64::try_from(v).map(Value::from).unwrap_or_else(|_| Value::String(v.to_string())));
    }
    if let Some(v) = float(array, row) {
        return Ok(serde_json::Number::from_f64(v).map_or(Value::Null, Value::Number));
    }
    let list = match array.data_type() {
        DataType::Boolean => return Ok(Value::Bool(array.as_boolean().value(row))),
        DataType::List(_) => array.as_list::<i32>().value(row),
        DataType::LargeList(_) => array.as_list::<i64>().value(row),
        DataType::FixedSizeList(_, _) => array.as_fixed_size_list().value(row),
        _ => return Err(unreadable("an answer", array)),
    };
    (0..list.len()).map(|i| cell(list.as_ref(), i)).collect::<std::result::Result<Vec<_>, _>>().map(Value::Array)
}

/// The instant of a timestamp or date cell; `None` for other types, or outside the years 0000-9999 (as RFC 3339 text).
fn instant(array: &dyn Array, row: usize) -> Option<Timestamp> {
    match array.data_type() {
        DataType::Timestamp(unit, _) => {
            let v = match unit {
                TimeUnit::Second => array.as_primitive::<TimestampSecondType>().value(row),
                TimeUnit::Millisecond => array.as_primitive::<TimestampMillisecondType>().value(row),
                TimeUnit::Microsecond => array.as_primitive::<TimestampMicrosecondType>().value(row),
                TimeUnit::Nanosecond => array.as_primitive::<TimestampNanosecondType>().value(row),
            };
            Timestamp::from_unix_ticks(v, 1_000_000_000 / unit_nanos(unit))
        }
        DataType::Date32 => {
            Timestamp::from_unix_ticks(array.as_primitive::<Date32Type>().value(row) as i64 * 86_400, 1)
        }
        DataType::Date64 => Timestamp::from_unix_ticks(array.as_primitive::<Date64Type>().value(row), 1_000),
        _ => None,
    }
}

/// Nanoseconds per tick of a timestamp unit.
fn unit_nanos(unit: &TimeUnit) -> i64 {
    match unit {
        TimeUnit::Second => 1_000_000_000,
        TimeUnit::Millisecond => 1_000_000,
        TimeUnit::Microsecond => 1_000,
        TimeUnit::Nanosecond => 1,
    }
}

/// [`nanos`] of every row of a column without gaps, read by type (nanoseconds: the array's own buffer); `None` if
/// one overflows.
fn all_nanos(array: &dyn Array) -> Option<Ints> {
    // Multiplied in one pass and checked against the range that does not overflow in another (no branch per value).
    fn scaled(values: &[i64], scale: i64) -> Option<Ints> {
        let (lo, hi) = (i64::MIN / scale, i64::MAX / scale);
        let out = values.iter().map(|v| v.wrapping_mul(scale)).collect();
        values.iter().all(|v| (lo..=hi).contains(v)).then_some(Ints::Widened(out))
    }
    match array.data_type() {
        DataType::Timestamp(TimeUnit::Nanosecond, _) => {
            Some(Ints::Shared(array.as_primitive::<TimestampNanosecondType>().values().clone()))
        }
        DataType::Timestamp(unit, _) => {
            let values = match unit {
                TimeUnit::Second => array.as_primitive::<TimestampSecondType>().values(),
                TimeUnit::Millisecond => array.as_primitive::<TimestampMillisecondType>().values(),
                TimeUnit::Microsecond => array.as_primitive::<TimestampMicrosecondType>().values(),
                TimeUnit::Nanosecond => array.as_primitive::<TimestampNanosecondType>().values(),
            };
            scaled(values, unit_nanos(unit))
        }
        DataType::Date32 => {
            let days: Vec<i64> = array.as_primitive::<Date32Type>().values().iter().map(|&d| i64::from(d)).collect();
            scaled(&days, 86_400_000_000_000)
        }
        DataType::Date64 => scaled(array.as_primitive::<Date64Type>().values(), 1_000_000),
        _ => None,
    }
}

/// Whether a column holds timestamps or dates.
fn is_time(array: &dyn Array) -> bool {
    matches!(array.data_type(), DataType::Timestamp(_, _) | DataType::Date32 | DataType::Date64)
}

/// One row as a response, by the cell rules above.
fn row_response(survey: &Survey, layout: &Layout, batch: &RecordBatch, row: usize) -> Result<Response> {
    let column = |i: usize| batch.column(i).as_ref();
    let fail = |message: String| Error::Response { line: None, response: None, question: None, message };
    let id = label(column(layout.id), row, true).map_err(|m| fail(format!("id: {m}")))?;
    let times = column(layout.time);
    let submitted_at = if times.is_null(row) {
        RowTime::Missing
    } else if is_time(times) {
        match instant(times, row) {
            Some(t) => RowTime::At(t),
            None => return Err(fail("submitted_at: the time is outside the years 0000-9999".into())),
        }
    } else if let Some(s) = text(times, row) {
        RowTime::Text(s)
    } else {
        return Err(fail(unreadable("submitted_at", times)));
    };
    let weight = match layout.weight.map(column) {
        None => None,
        Some(w) if w.is_null(row) => None,
        Some(w) => match (float(w, row), integer(w, row), text(w, row)) {
            (Some(v), _, _) => Some(v),
            (_, Some(v), _) => Some(v as f64),
            (_, _, Some(s)) => {
                Some(s.trim().parse::<f64>().map_err(|_| fail(format!("weight: {s:?} is not a number")))?)
            }
            _ => return Err(fail(unreadable("weight", w))),
        },
    };
    let mut segments = BTreeMap::new();
    for (i, name) in &layout.segments {
        if let Some(value) = label(column(*i), row, false).map_err(|m| fail(format!("{name}: {m}")))? {
            segments.insert(name.clone(), value);
        }
    }
    let mut cells = Vec::with_capacity(layout.questions.len());
    for &(i, q) in &layout.questions {
        let value = cell(column(i), row).map_err(|m| fail(format!("{}: {m}", layout.names[i])))?;
        if !value.is_null() {
            cells.push((q, value));
        }
    }
    Response::from_row_cells(survey, id, submitted_at, segments, weight, cells.iter().map(|(q, v)| (*q, v)))
}

/// A column's cells coded by distinct value for the bulk path.
struct Coded {
    codes: Vec<u32>,
    values: Vec<Value>,
}

/// An answer column for the bulk path; `None` where a cell cannot be read (the row reader says why).
enum Cells {
    Int(Ints),
    /// Integers, and whether each row has one.
    IntWithGaps(Ints, Vec<bool>),
    Float(Vec<f64>),
    Bool(Vec<bool>),
    Coded(Coded),
}

/// The values of an integer (or time) column for the bulk path: the array's own buffer where it holds `i64`s (shared,
/// not copied), else its values widened.
enum Ints {
    Shared(arrow_buffer::ScalarBuffer<i64>),
    Widened(Vec<i64>),
}

impl std::ops::Deref for Ints {
    type Target = [i64];
    fn deref(&self) -> &[i64] {
        match self {
            Ints::Shared(b) => b,
            Ints::Widened(v) => v,
        }
    }
}

fn is_integer(t: &DataType) -> bool {
    matches!(
        t,
        DataType::Int8
            | DataType::Int16
            | DataType::Int32
            | DataType::Int64
            | DataType::UInt8
            | DataType::UInt16
            | DataType::UInt32
            | DataType::UInt64
    )
}

fn is_text(t: &DataType) -> bool {
    matches!(t, DataType::Utf8 | DataType::LargeUtf8 | DataType::Utf8View)
}

/// Applies `$f` to the values of an integer or floating-point array as a typed slice (the values under nulls
/// included); `None` for other types.
macro_rules! with_numbers {
    ($array:expr, $f:expr) => {
        match $array.data_type() {
            DataType::Int8 => Some($f($array.as_primitive::<Int8Type>().values())),
            DataType::Int16 => Some($f($array.as_primitive::<Int16Type>().values())),
            DataType::Int32 => Some($f($array.as_primitive::<Int32Type>().values())),
            DataType::Int64 => Some($f($array.as_primitive::<Int64Type>().values())),
            DataType::UInt8 => Some($f($array.as_primitive::<UInt8Type>().values())),
            DataType::UInt16 => Some($f($array.as_primitive::<UInt16Type>().values())),
            DataType::UInt32 => Some($f($array.as_primitive::<UInt32Type>().values())),
            DataType::UInt64 => Some($f($array.as_primitive::<UInt64Type>().values())),
            DataType::Float32 => Some($f($array.as_primitive::<Float32Type>().values())),
            DataType::Float64 => Some($f($array.as_primitive::<Float64Type>().values())),
            _ => None,
        }
    };
}

/// A number the bulk path reads from a typed slice: as `i64` (`wide`, exact where `fits`) and as `f64` (rounded as
/// the row reader's `as f64` rounds it).
trait Number: Copy {
    /// The number as an `i64`: exact for every integer type but `u64` above `i64::MAX` (and for no float).
    fn wide(self) -> i64;
    /// Whether [`Number::wide`] is exact.
    fn fits(self) -> bool;
    fn float(self) -> f64;
}

macro_rules! numbers {
    ($($t:ty),*) => {$(
        impl Number for $t {
            #[inline]
            fn wide(self) -> i64 {
                self as i64
            }
            #[inline]
            fn fits(self) -> bool {
                i64::try_from(self).is_ok()
            }
            #[inline]
            fn float(self) -> f64 {
                self as f64
            }
        }
    )*};
}
numbers!(i8, i16, i32, i64, u8, u16, u32, u64);

impl Number for f32 {
    fn wide(self) -> i64 {
        self as i64
    }
    fn fits(self) -> bool {
        false
    }
    fn float(self) -> f64 {
        self as f64
    }
}

impl Number for f64 {
    fn wide(self) -> i64 {
        self as i64
    }
    fn fits(self) -> bool {
        false
    }
    fn float(self) -> f64 {
        self
    }
}

/// The integers of an integer array as `i64`, each exact where `present` (every row without it); `None` where one
/// of those does not fit (a `u64` above `i64::MAX`). A row not present may hold any integer.
fn ints<T: Number>(values: &[T], present: Option<&[bool]>) -> Option<Vec<i64>> {
    // Converted in one pass, then checked (no check is left for types that always fit).
    let wide: Vec<i64> = values.iter().map(|v| v.wide()).collect();
    let fit = match present {
        None => values.iter().all(|v| v.fits()),
        Some(present) => values.iter().zip(present).all(|(v, &p)| !p || v.fits()),
    };
    fit.then_some(wide)
}

/// Per row of an array with nulls, whether it has a value (read 64 rows a word, from any bit offset).
fn present_rows(nulls: &arrow_buffer::NullBuffer) -> Vec<bool> {
    let mut out = Vec::with_capacity(nulls.len() + 64);
    for word in nulls.inner().bit_chunks().iter_padded() {
        out.extend((0..64).map(|bit| word >> bit & 1 == 1));
    }
    out.truncate(nulls.len());
    out
}

/// The values of a numeric array as floats, NaN at a gap.
fn floats<T: Number>(values: &[T], array: &dyn Array) -> Vec<f64> {
    match array.nulls() {
        None => values.iter().map(|v| v.float()).collect(),
        Some(nulls) => {
            let mut out: Vec<f64> = values.iter().map(|v| v.float()).collect();
            // NaN where a row's validity bit is clear, 64 rows a word (the last padded with clear bits past the end).
            for (word, valid) in nulls.inner().bit_chunks().iter_padded().enumerate() {
                let mut missing = !valid;
                while missing != 0 {
                    match out.get_mut(word * 64 + missing.trailing_zeros() as usize) {
                        Some(v) => *v = f64::NAN,
                        None => break,
                    }
                    missing &= missing - 1;
                }
            }
            out
        }
    }
}

fn answer_cells(array: &dyn Array, text_limit: Option<u64>) -> Option<Cells> {
    let n = array.len();
    let nulls = array.null_count() > 0;
    let t = array.data_type();
    let shared = || (t == &DataType::Int64).then(|| Ints::Shared(array.as_primitive::<Int64Type>().values().clone()));
    if is_integer(t) && !nulls {
        return shared()
            .or_else(|| with_numbers!(array, |v| ints(v, None)).flatten().map(Ints::Widened))
            .map(Cells::Int);
    }
    if let (true, Some(valid)) = (is_integer(t), array.nulls()) {
        // Integers with gaps: each row's integer (whatever the array holds at a gap) and whether it has one.
        let present = present_rows(valid);
        let values =
            shared().or_else(|| with_numbers!(array, |v| ints(v, Some(&present))).flatten().map(Ints::Widened));
        if let Some(values) = values {
            return Some(Cells::IntWithGaps(values, present));
        }
    }
    if matches!(t, DataType::Float32 | DataType::Float64) || is_integer(t) {
        // Numbers with NaN for a gap, which the cell reader reads as it reads them (integers too large for an `i64`
        // are on no scale either way).
        return with_numbers!(array, |v| floats(v, array)).map(Cells::Float);
    }
    if matches!(t, DataType::Boolean) {
        let b = array.as_boolean();
        if !nulls {
            return Some(Cells::Bool(b.values().iter().collect()));
        }
        let codes = (0..n).map(|r| if b.is_null(r) { MISSING } else { b.value(r) as u32 }).collect();
        return Some(Cells::Coded(Coded { codes, values: vec![Value::Bool(false), Value::Bool(true)] }));
    }
    let too_long = |s: &str| text_limit.is_some_and(|l| s.len() as u64 > l);
    let mut codes = Vec::with_capacity(n);
    let mut values = Vec::new();
    if is_text(t) {
        let mut interner = Interner::default();
        with_texts!(array, cells => {
            for cell in cells {
                match cell {
                    None => codes.push(MISSING),
                    Some(s) if too_long(s) => return None,
                    Some(s) => codes.push(interner.code(s)),
                }
            }
        });
        values.extend(interner.values().iter().map(|s| Value::String(s.clone())));
        return Some(Cells::Coded(Coded { codes, values }));
    }
    if let Some(d) = array.as_any_dictionary_opt() {
        let dictionary = d.values();
        values = (0..dictionary.len()).map(|k| cell(dictionary.as_ref(), k).ok()).collect::<Option<_>>()?;
        if values.iter().any(|v| matches!(v, Value::String(s) if too_long(s))) {
            return None;
        }
        for r in 0..n {
            codes.push(match dictionary_key(array, r) {
                _ if array.is_null(r) => MISSING,
                Some(k) if k < values.len() => k as u32,
                _ => return None,
            });
        }
        return Some(Cells::Coded(Coded { codes, values }));
    }
    // Anything else (lists): cell by cell.
    for r in 0..n {
        if array.is_null(r) {
            codes.push(MISSING);
            continue;
        }
        let v = cell(array, r).ok()?;
        if matches!(&v, Value::String(s) if too_long(s)) {
            return None;
        }
        codes.push(values.len() as u32);
        values.push(v);
    }
    Some(Cells::Coded(Coded { codes, values }))
}

/// A segment column coded by label for the bulk path; `None` where a cell cannot be read.
fn segment_codes(array: &dyn Array) -> Option<(Vec<u32>, Vec<Option<String>>)> {
    let mut interner = Interner::default();
    let mut codes = Vec::with_capacity(array.len());
    let plain = with_texts!(array, cells => {
        for cell in cells {
            codes.push(match cell {
                Some(s) if !crate::io::trim(s).is_empty() => interner.code(s),
                _ => MISSING,
            });
        }
    });
    if plain.is_some() {
        let labels = interner.values().iter().map(|s| Some(s.clone())).collect();
        return Some((codes, labels));
    }
    if let Some(coded) = dictionary_segment(array) {
        return Some(coded);
    }
    let mut buffer;
    for r in 0..array.len() {
        let value: &str = if array.is_null(r) {
            codes.push(MISSING);
            continue;
        } else {
            buffer = label(array, r, false).ok()?;
            match &buffer {
                None => {
                    codes.push(MISSING);
                    continue;
                }
                Some(s) => s,
            }
        };
        codes.push(if value.trim().is_empty() { MISSING } else { interner.code(value) });
    }
    let labels = interner.values().iter().map(|s| Some(s.clone())).collect();
    Some((codes, labels))
}

/// A segment column of dictionary-encoded text (a Parquet column read as its dictionary, a polars categorical, a
/// pyarrow dictionary column): each row's dictionary key as its code, the dictionary's values as the labels (a blank value is no
/// label, as a blank cell is none). `None` for another column, or a key outside the dictionary.
fn dictionary_segment(array: &dyn Array) -> Option<(Vec<u32>, Vec<Option<String>>)> {
    let d = array.as_any_dictionary_opt()?;
    let values = d.values();
    let labels: Vec<Option<String>> = with_texts!(values, cells => {
        cells.map(|c| c.filter(|s| !s.trim().is_empty()).map(str::to_owned)).collect()
    })?;
    let nulls = array.logical_nulls();
    let is_null = |r: usize| nulls.as_ref().is_some_and(|n| n.is_null(r));
    u32::try_from(labels.len()).ok().filter(|&n| n < MISSING)?;
    if labels.is_empty() {
        // No value to point to: every row must be a gap.
        return (0..array.len()).all(is_null).then(|| (vec![MISSING; array.len()], labels));
    }
    let keys = d.normalized_keys();
    let codes = keys
        .iter()
        .enumerate()
        .map(|(r, &k)| if is_null(r) || labels.get(k)?.is_none() { Some(MISSING) } else { Some(k as u32) })
        .collect::<Option<Vec<u32>>>()?;
    Some((codes, labels))
}

/// What a count of record batches reads them with.
#[derive(Clone, Copy)]
struct Reading<'a> {
    survey: &'a Survey,
    /// Which column is the id, the time, the weight and the segments.
    columns: &'a TableColumns,
    mode: ReadMode,
    limits: &'a Limits,
    /// The rows from which a batch is counted in two halves on two threads.
    split_from: usize,
    /// Whether the decoding thread reads the answers' keys too (where decoding is cheap: batches in memory).
    prepare_keys: bool,
}

/// A record batch's columns but the ids, as the bulk path reads them; made on the thread that decodes the batches
/// while the last batch is counted.
struct BulkColumns {
    times: BulkTimes,
    weights: Option<Vec<f64>>,
    segments: Vec<(Vec<u32>, Vec<Option<String>>)>,
    answers: Vec<(usize, Cells)>,
    /// The batch's periods, groups and answer keys, where the decoding thread made them (batches counted whole).
    prepared: Option<Prepared>,
}

/// The times of a batch: as nanoseconds (a time column) or parsed (a text column).
enum BulkTimes {
    Nanos(Ints),
    At(Vec<Timestamp>),
}

/// The columns of `batch` for the bulk path; `None` when some row is not one it reads.
fn bulk_columns(reading: Reading<'_>, layout: &Layout, batch: &RecordBatch) -> Option<BulkColumns> {
    let Reading { survey, limits, .. } = reading;
    let n = batch.num_rows();
    let column = |i: usize| batch.column(i).as_ref();
    let time_col = column(layout.time);
    if time_col.null_count() > 0 {
        return None;
    }
    let times = if is_time(time_col) {
        BulkTimes::Nanos(all_nanos(time_col)?)
    } else {
        let parsed: Option<Vec<Timestamp>> = with_texts!(time_col, cells => {
            cells.map(|c| c.and_then(|s| Timestamp::parse(s).ok())).collect::<Option<Vec<_>>>()
        })
        .flatten();
        BulkTimes::At(parsed?)
    };
    let weights: Option<Vec<f64>> = match layout.weight.map(column) {
        None => None,
        Some(w) => {
            let mut out = Vec::with_capacity(n);
            for r in 0..n {
                out.push(match (w.is_null(r), float(w, r), integer(w, r)) {
                    (true, _, _) => f64::NAN,
                    // NaN is the batch's "no weight": a NaN written as a weight is the row reader's to refuse.
                    (false, Some(v), _) if !v.is_nan() => v,
                    (false, None, Some(v)) => v as f64,
                    _ => return None,
                });
            }
            Some(out)
        }
    };
    let segments = layout.segments.iter().map(|(i, _)| segment_codes(column(*i))).collect::<Option<Vec<_>>>()?;
    let mut answers = Vec::with_capacity(layout.questions.len());
    for &(i, q) in &layout.questions {
        let text_limit = (survey.questions()[q].kind == QuestionKind::Text).then_some(limits.text_bytes);
        answers.push((q, answer_cells(column(i), text_limit)?));
    }
    Some(BulkColumns { times, weights, segments, answers, prepared: None })
}

/// A batch's ids as the bulk path reads them (text, else integers); `None` where one is missing or of another type.
enum IdColumn<'a> {
    Text(Vec<&'a str>),
    Int(Vec<i64>),
}

impl<'a> IdColumn<'a> {
    fn of(layout: &Layout, batch: &'a RecordBatch) -> Option<Self> {
        let id_col = batch.column(layout.id).as_ref();
        if id_col.null_count() > 0 {
            return None;
        }
        // (No gaps: checked above.)
        match with_texts!(id_col, cells => cells.collect::<Option<Vec<&str>>>()).flatten() {
            Some(t) => Some(IdColumn::Text(t)),
            None => (0..batch.num_rows())
                .map(|r| integer(id_col, r).and_then(|v| i64::try_from(v).ok()))
                .collect::<Option<Vec<i64>>>()
                .map(IdColumn::Int),
        }
    }

    fn ids(&self) -> Ids<'_> {
        match self {
            IdColumn::Text(t) => Ids::Text(t),
            IdColumn::Int(v) => Ids::Int(v),
        }
    }
}

/// The bulk path's batch: `columns` (of a record batch of `rows` rows) with `ids`.
fn bulk_batch<'a>(layout: &'a Layout, columns: &'a BulkColumns, ids: Ids<'a>, rows: usize) -> Batch<'a> {
    let BulkColumns { times, weights, segments, answers, .. } = columns;
    Batch {
        rows,
        ids,
        times: match times {
            BulkTimes::Nanos(v) => Times::Nanos(v),
            BulkTimes::At(v) => Times::At(v),
        },
        weights: weights.as_deref(),
        segments: layout
            .segments
            .iter()
            .zip(segments)
            .map(|((_, name), (codes, labels))| Segment { name, codes, labels })
            .collect(),
        answers: answers
            .iter()
            .map(|(q, c)| {
                let cells = match c {
                    Cells::Int(v) => AnswerCells::Int(v),
                    Cells::IntWithGaps(values, present) => AnswerCells::IntWithGaps { values, present },
                    Cells::Float(v) => AnswerCells::Float(v),
                    Cells::Bool(v) => AnswerCells::Bool(v),
                    Cells::Coded(c) => AnswerCells::Coded { codes: &c.codes, values: &c.values },
                };
                (*q, cells)
            })
            .collect(),
    }
}

/// Counts a record batch in bulk (`columns`: its [`bulk_columns`]); false (nothing counted) when some row is not one
/// the bulk path reads.
fn count_batch(
    reading: Reading<'_>,
    layout: &Layout,
    batch: &RecordBatch,
    columns: Option<BulkColumns>,
    ids: &mut IdLines,
    first_line: u64,
    acc: &mut ReportAccumulator,
) -> Result<bool> {
    let Some(mut columns) = columns else { return Ok(false) };
    let Some(id_column) = IdColumn::of(layout, batch) else { return Ok(false) };
    let id_cells = id_column.ids();
    let hashes = ids.hashes_of(&id_cells);
    if hashes.hashes.iter().any(|&h| ids.seen(h)) {
        return Ok(false);
    }
    let prepared = columns.prepared.take();
    let bulk = bulk_batch(layout, &columns, id_cells, batch.num_rows());
    let repeats = ids.repeats_within_batch();
    let counted = match prepared {
        Some(prepared) => acc.add_prepared_batch(&bulk, prepared, repeats)?,
        None => acc.add_batch_with(&bulk, repeats, reading.split_from)?,
    };
    if counted == Bulk::Rows {
        return Ok(false);
    }
    ids.commit(&id_cells, hashes, first_line);
    Ok(true)
}

/// Counts record batches (one schema) into a report accumulator, as [`crate::io::count_into`] counts a CSV file: in
/// bulk, a batch with an invalid row read row by row; the same checks, errors and strict or lenient handling.
/// `columns` says which column is the id, the time, the weight and the segments.
pub fn count_arrow_into(
    survey: &Survey,
    batches: impl IntoIterator<Item = Result<RecordBatch>, IntoIter: Send>,
    columns: &TableColumns,
    mode: ReadMode,
    limits: &Limits,
    check_ids: bool,
    acc: &mut ReportAccumulator,
) -> Result<Streamed> {
    let reading = Reading { survey, columns, mode, limits, split_from: SPLIT_BESIDE_A_READER, prepare_keys: false };
    count_arrow(reading, batches, &mut IdLines::new(check_ids), acc)
}

/// Counts record batches held in memory (one schema), as [`count_arrow_into`] counts them; a strict read looks for ids
/// used twice at the end (at most 8 bytes a row, the batches read again to name the row) rather than keeping every id
/// seen.
pub fn count_batches_into(
    survey: &Survey,
    batches: &[RecordBatch],
    columns: &TableColumns,
    mode: ReadMode,
    limits: &Limits,
    check_ids: bool,
    acc: &mut ReportAccumulator,
) -> Result<Streamed> {
    // One batch alone: no thread decodes beside the counting, so a batch of 32,768 rows or more is counted on two.
    // Several: one thread decodes the next while this one counts the last (splitting batches of 32,768 to 131,071
    // rows as well made 40,000-row batches slower: each half makes and merges a cell per group and period).
    let split_from = if batches.len() > 1 { SPLIT_BESIDE_A_READER } else { SPLIT_ALONE };
    let reading = Reading { survey, columns, mode, limits, split_from, prepare_keys: true };
    count_rereading(reading, || Ok(batches.iter().cloned().map(Ok)), check_ids, acc)
}

/// Counts a Parquet file; a strict read looks for ids used twice at the end (at most 8 bytes a row, the file read
/// again to name the row) rather than keeping every id seen, as [`crate::io::count_into`] does for CSV.
pub(crate) fn count_parquet_into(
    survey: &Survey,
    path: &Path,
    mode: ReadMode,
    limits: &Limits,
    check_ids: bool,
    acc: &mut ReportAccumulator,
) -> Result<Streamed> {
    let columns = TableColumns::default();
    let reading =
        Reading { survey, columns: &columns, mode, limits, split_from: SPLIT_BESIDE_A_READER, prepare_keys: false };
    count_rereading(reading, || parquet_batches_of(survey, path, limits), check_ids, acc)
}

/// The record batches of a Parquet file of `survey`'s responses (the default columns), as every reader of such a file
/// decodes them, so that each gives the same error for a damaged file: the segment columns that the file stores with
/// a dictionary are read as their dictionary (each label decoded once, not once per row).
pub(crate) fn parquet_batches_of(
    survey: &Survey,
    path: &Path,
    limits: &Limits,
) -> Result<impl Iterator<Item = Result<RecordBatch>> + Send> {
    let segments = |schema: &Schema| {
        let layout = Layout::of(survey, schema, &TableColumns::default());
        layout.map_or(Vec::new(), |l| l.segments.into_iter().map(|(i, _)| i).collect())
    };
    parquet_batches_reading(path, limits, &segments)
}

/// Counts the batches `batches` gives; a strict read calls it a second time to name the row that reuses an id
/// ([`crate::io::count_deferring_ids`]).
fn count_rereading<I: Iterator<Item = Result<RecordBatch>> + Send>(
    reading: Reading<'_>,
    batches: impl Fn() -> Result<I>,
    check_ids: bool,
    acc: &mut ReportAccumulator,
) -> Result<Streamed> {
    let Reading { survey, columns, mode, .. } = reading;
    if mode == ReadMode::Lenient || !check_ids {
        return count_arrow(reading, batches()?, &mut IdLines::new(check_ids), acc);
    }
    crate::io::count_deferring_ids(
        |ids| count_arrow(reading, batches()?, ids, acc),
        || {
            // Each row's id (none where it is not one), batch by batch.
            Ok(batches()?.flat_map(|batch| {
                let ids = batch.and_then(|batch| {
                    let column = batch.column(Layout::of(survey, batch.schema().as_ref(), columns)?.id).clone();
                    Ok((0..batch.num_rows()).map(move |row| Ok(label(column.as_ref(), row, true).ok().flatten())))
                });
                let (ok, err) = match ids {
                    Ok(rows) => (Some(rows), None),
                    Err(e) => (None, Some(Err(e))),
                };
                ok.into_iter().flatten().chain(err)
            }))
        },
    )
}

fn count_arrow(
    reading: Reading<'_>,
    batches: impl IntoIterator<Item = Result<RecordBatch>, IntoIter: Send>,
    ids: &mut IdLines,
    acc: &mut ReportAccumulator,
) -> Result<Streamed> {
    // One thread decodes the next batch, and reads its columns for the bulk path, while this one counts the last
    // (two batches in memory at most, in order).
    let batches = batches.into_iter();
    std::thread::scope(|scope| {
        let (full, decoded) = std::sync::mpsc::sync_channel::<Result<Decoded>>(1);
        let prepare = acc.batch_preparer(reading.prepare_keys);
        scope.spawn(move || {
            let mut layout: Option<Option<Layout>> = None;
            for batch in batches {
                let decoded = batch.and_then(without_null_type).map(|batch| {
                    let layout = layout.get_or_insert_with(|| {
                        Layout::of(reading.survey, batch.schema().as_ref(), reading.columns).ok()
                    });
                    let columns = layout.as_ref().and_then(|l| {
                        let mut columns = bulk_columns(reading, l, &batch)?;
                        // A batch counted whole: its periods and groups too, and with `prepare_keys` its answers'
                        // keys (one counted in two halves on two threads makes them there).
                        // (The ids are the counting side's to read.)
                        let rows = batch.num_rows();
                        if rows < reading.split_from {
                            columns.prepared = Some(prepare(&bulk_batch(l, &columns, Ids::Int(&[]), rows)));
                        }
                        Some(columns)
                    });
                    (batch, columns)
                });
                let failed = decoded.is_err();
                // The counting side hangs up when it stops early (an error in strict mode): stop decoding too.
                if full.send(decoded).is_err() || failed {
                    return;
                }
            }
        });
        count_batches(reading, decoded, ids, acc)
    })
}

/// A batch decoded (its columns of `Null` type replaced), and its columns for the bulk path where it can take them.
type Decoded = (RecordBatch, Option<BulkColumns>);

/// The counting side of [`count_arrow_into`].
fn count_batches(
    reading: Reading<'_>,
    batches: std::sync::mpsc::Receiver<Result<Decoded>>,
    ids: &mut IdLines,
    acc: &mut ReportAccumulator,
) -> Result<Streamed> {
    let Reading { survey, columns, mode, limits, .. } = reading;
    let mut out = Streamed::default();
    let mut layout: Option<Layout> = None;
    let mut line = 0u64;
    for decoded in batches.iter() {
        let (batch, bulk) = decoded?;
        let layout = match &layout {
            Some(l) => l,
            None => layout.insert(Layout::of(survey, batch.schema().as_ref(), columns)?),
        };
        let first_line = line + 1;
        line += batch.num_rows() as u64;
        if count_batch(reading, layout, &batch, bulk, ids, first_line, acc)? {
            out.read += batch.num_rows() as u64;
            continue;
        }
        for row in 0..batch.num_rows() {
            let parsed = row_response(survey, layout, &batch, row).and_then(|r| check_text_lengths(survey, r, limits));
            count_row(&mut out, mode, ids, first_line + row as u64, parsed, acc)?;
        }
    }
    check_some_valid(out.read, &out.rejected)?;
    Ok(out)
}

/// Reads record batches (one schema) into responses, row by row, with the checks of the other readers.
pub fn read_arrow(
    survey: &Survey,
    batches: impl IntoIterator<Item = Result<RecordBatch>>,
    columns: &TableColumns,
    mode: ReadMode,
    limits: &Limits,
) -> Result<Responses> {
    let mut responses = Vec::new();
    let read = each_arrow(survey, batches, columns, mode, limits, true, |r| {
        responses.push(r);
        Ok(())
    })?;
    Ok(Responses { responses, rejected: read.rejected })
}

/// Reads record batches (one schema) row by row as [`read_arrow`] does, handing each response to `f` as it is read
/// (a batch at a time in memory); `check_ids`: whether an id used twice is an invalid response.
pub(crate) fn each_arrow(
    survey: &Survey,
    batches: impl IntoIterator<Item = Result<RecordBatch>>,
    columns: &TableColumns,
    mode: ReadMode,
    limits: &Limits,
    check_ids: bool,
    mut f: impl FnMut(Response) -> Result<()>,
) -> Result<Streamed> {
    let mut out = Streamed::default();
    let mut ids = IdLines::new(check_ids);
    let mut layout: Option<Layout> = None;
    let mut line = 0u64;
    for batch in batches {
        let batch = without_null_type(batch?)?;
        let layout = match &layout {
            Some(l) => l,
            None => layout.insert(Layout::of(survey, batch.schema().as_ref(), columns)?),
        };
        for row in 0..batch.num_rows() {
            line += 1;
            let parsed = row_response(survey, layout, &batch, row).and_then(|r| check_text_lengths(survey, r, limits));
            match ids.add(line, parsed) {
                Ok(r) => {
                    out.read += 1;
                    f(r)?;
                }
                Err(e) => reject(mode, &mut out.rejected, line, e)?,
            }
        }
    }
    check_some_valid(out.read, &out.rejected)?;
    Ok(out)
}

/// The record batches of a Parquet file. The decoder (the `parquet` crate) is run so that a panic inside it on a
/// malformed file becomes an error naming the file, not a crash.
pub fn parquet_batches(path: &Path, limits: &Limits) -> Result<impl Iterator<Item = Result<RecordBatch>> + Send> {
    parquet_batches_reading(path, limits, &|_| Vec::new())
}

/// The record batches of a Parquet file, as [`parquet_batches`] reads them, but for the text columns among
/// `as_dictionary(schema)` (indexes into the file's Arrow schema) that the file stores with a dictionary in every row
/// group: those are read as dictionary arrays (keys into the dictionary's values; the decoder makes one where a
/// column chunk's pages fall back to plain values).
fn parquet_batches_reading(
    path: &Path,
    limits: &Limits,
    as_dictionary: &dyn Fn(&Schema) -> Vec<usize>,
) -> Result<impl Iterator<Item = Result<RecordBatch>> + Send> {
    use parquet::arrow::arrow_reader::{ArrowReaderMetadata, ArrowReaderOptions, ParquetRecordBatchReaderBuilder};
    use std::panic::{catch_unwind, AssertUnwindSafe};
    let name = path.display().to_string();
    let io = |message: String| Error::Io { path: name.clone(), message };
    let malformed = |what: &str| io(format!("not a Parquet file this reader reads ({what} failed on it)"));
    let file = std::fs::File::open(path).map_err(|e| io(e.to_string()))?;
    let mut pages = file.try_clone().map_err(|e| io(e.to_string()))?;
    let reader = catch_unwind(AssertUnwindSafe(|| {
        let unreadable = |e: parquet::errors::ParquetError| io(format!("not a Parquet file this reader reads: {e}"));
        let metadata = ArrowReaderMetadata::load(&file, ArrowReaderOptions::new()).map_err(unreadable)?;
        // The decompressed page sizes the file declares, before any page is decoded.
        crate::pages::check(&mut pages, metadata.metadata(), &name, limits)?;
        let schema = metadata.schema().clone();
        let parquet = metadata.metadata();
        let flat = parquet.file_metadata().schema_descr().num_columns() == schema.fields().len();
        let with_dictionary = |i: usize| {
            parquet.row_groups().iter().all(|g| g.column(i).dictionary_page_offset().is_some())
                && parquet.file_metadata().schema_descr().column(i).name() == schema.field(i).name()
        };
        let mut fields: Vec<arrow_schema::FieldRef> = schema.fields().iter().cloned().collect();
        let mut changed = false;
        for i in as_dictionary(&schema) {
            let field = &schema.fields()[i];
            if flat && matches!(field.data_type(), DataType::Utf8 | DataType::LargeUtf8) && with_dictionary(i) {
                let dictionary = DataType::Dictionary(Box::new(DataType::Int32), Box::new(field.data_type().clone()));
                fields[i] = std::sync::Arc::new(field.as_ref().clone().with_data_type(dictionary));
                changed = true;
            }
        }
        let metadata = if changed {
            let hint = std::sync::Arc::new(Schema::new_with_metadata(fields, schema.metadata().clone()));
            ArrowReaderMetadata::try_new(metadata.metadata().clone(), ArrowReaderOptions::new().with_schema(hint))
                .map_err(unreadable)?
        } else {
            metadata
        };
        ParquetRecordBatchReaderBuilder::new_with_metadata(file, metadata)
            .with_batch_size(BATCH_ROWS)
            .build()
            .map_err(|e| io(e.to_string()))
    }))
    .map_err(|_| malformed("reading its metadata"))??;
    let mut reader = Some(reader);
    Ok(std::iter::from_fn(move || {
        let mut r = reader.take()?;
        match catch_unwind(AssertUnwindSafe(|| r.next())) {
            Ok(next) => {
                reader = Some(r);
                next.map(|b| b.map_err(|e| Error::Io { path: name.clone(), message: e.to_string() }))
            }
            // The decoder's state after a panic is unknown: stop there.
            Err(_) => Some(Err(Error::Io {
                path: name.clone(),
                message: "not a Parquet file this reader reads (decoding a record batch failed on it)".into(),
            })),
        }
    }))
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use arrow_array::builder::{ListBuilder, StringBuilder};
    use arrow_array::{
        ArrayRef, BooleanArray, DictionaryArray, Float64Array, Int64Array, StringArray, TimestampMillisecondArray,
    };
    use proptest::prelude::*;

    use super::*;
    use crate::report::ResultOptions;
    use crate::{Every, Grouping};

    /// A text view for [`check_string_views`]: a string kept in the view (with a byte past its end that is not
    /// zero, when the second field is not), or a slice of a data buffer (by index, start and length; with the prefix of
    /// the data there, or a wrong one).
    #[derive(Debug, Clone)]
    enum View {
        Inline(Vec<u8>, u8),
        Slice { buffer: u32, start: u32, len: u32, wrong_prefix: bool },
    }

    /// Bytes that are mostly UTF-8 (ASCII and `é`), with a stray lead byte, an invalid byte or a zero now and then.
    fn text_bytes(len: std::ops::Range<usize>) -> impl Strategy<Value = Vec<u8>> {
        let piece = prop_oneof![
            40 => Just(b"a".to_vec()),
            10 => Just("é".as_bytes().to_vec()),
            1 => Just(vec![0xFF]),
            1 => Just(vec![0xC3]),
            1 => Just(vec![0]),
        ];
        proptest::collection::vec(piece, len).prop_map(|p| p.concat())
    }

    fn views() -> impl Strategy<Value = (Vec<View>, Vec<Vec<u8>>)> {
        let inline = (text_bytes(0..12), prop_oneof![20 => Just(0u8), 1 => 1u8..]).prop_map(|(mut b, pad)| {
            b.truncate(12);
            View::Inline(b, pad)
        });
        let slice = (0u32..3, 0u32..12, 13u32..24, proptest::bool::weighted(0.05))
            .prop_map(|(buffer, start, len, wrong_prefix)| View::Slice { buffer, start, len, wrong_prefix });
        (
            proptest::collection::vec(prop_oneof![inline, slice], 0..6),
            proptest::collection::vec(text_bytes(20..40), 0..4),
        )
    }

    fn view_bits(view: &View, buffers: &[Vec<u8>]) -> u128 {
        match view {
            View::Inline(bytes, pad) => {
                let mut b = [0u8; 16];
                b[..4].copy_from_slice(&(bytes.len() as u32).to_le_bytes());
                b[4..4 + bytes.len()].copy_from_slice(bytes);
                if bytes.len() < 12 {
                    b[15] = *pad;
                }
                u128::from_le_bytes(b)
            }
            View::Slice { buffer, start, len, wrong_prefix } => {
                let data = buffers.get(*buffer as usize).map_or(&[][..], |d| d.get(*start as usize..).unwrap_or(&[]));
                let mut prefix = [0u8; 4];
                data.iter().take(4).zip(&mut prefix).for_each(|(d, p)| *p = *d);
                if *wrong_prefix {
                    prefix[0] ^= 1;
                }
                u128::from(*len)
                    | u128::from(u32::from_le_bytes(prefix)) << 32
                    | u128::from(*buffer) << 64
                    | u128::from(*start) << 96
            }
        }
    }

    proptest! {
        /// The one-pass check of text views accepts exactly what `arrow_data`'s check accepts, with its messages.
        #[test]
        fn string_views_are_checked_as_arrow_checks_them((views, buffers) in views()) {
            let bits: Vec<u128> = views.iter().map(|v| view_bits(v, &buffers)).collect();
            let buffers: Vec<Buffer> = buffers.into_iter().map(Buffer::from_vec).collect();
            let ours = check_string_views(bits.iter().copied(), &buffers).map_err(|e| e.to_string());
            let arrows = arrow_data::validate_string_view(&bits, &buffers).map_err(|e| e.to_string());
            prop_assert_eq!(ours, arrows);
        }
    }

    /// Integers with gaps are read as numbers with NaN at each null, at any offset into the validity bits.
    #[test]
    fn integers_with_gaps_are_nan_at_their_nulls() {
        let values: Vec<Option<i64>> =
            (0..130).map(|i| (![0, 63, 64, 65, 127, 129].contains(&i)).then_some(i)).collect();
        let array = Int64Array::from(values.clone());
        for offset in [0, 1, 3, 64, 65, 129, 130] {
            let sliced = array.slice(offset, 130 - offset);
            let got = floats(sliced.values(), &sliced);
            let expected: Vec<f64> = values[offset..].iter().map(|v| v.map_or(f64::NAN, |v| v as f64)).collect();
            assert_eq!(got.len(), expected.len());
            assert!(got.iter().zip(&expected).all(|(a, b)| a == b || a.is_nan() && b.is_nan()), "offset {offset}");
        }
    }

    /// Times in every unit become nanoseconds exactly, and a column with one that does not fit in nanoseconds (just
    /// past the range at either end) is none the bulk path reads.
    #[test]
    fn times_become_nanoseconds_or_none_at_the_range_ends() {
        let ms = |v: Vec<i64>| TimestampMillisecondArray::from(v).with_timezone("UTC");
        let (lo, hi) = (i64::MIN / 1_000_000, i64::MAX / 1_000_000);
        let read = |a: &dyn Array| all_nanos(a).map(|v| v.to_vec());
        assert_eq!(
            read(&ms(vec![lo, -1, 0, 1, hi])),
            Some(vec![lo * 1_000_000, -1_000_000, 0, 1_000_000, hi * 1_000_000])
        );
        assert_eq!(read(&ms(vec![0, hi + 1])), None);
        assert_eq!(read(&ms(vec![lo - 1, 0])), None);
        let ns = arrow_array::TimestampNanosecondArray::from(vec![i64::MIN, 5, i64::MAX]);
        assert_eq!(read(&ns.slice(1, 2)), Some(vec![5, i64::MAX]));
        let days = arrow_array::Date32Array::from(vec![-1, 0, 106_751, 106_752]);
        assert_eq!(read(&days.slice(0, 3)), Some(vec![-86_400_000_000_000, 0, 106_751 * 86_400_000_000_000]));
        assert_eq!(read(&days), None);
        let micros = arrow_array::TimestampMicrosecondArray::from(vec![1_735_689_600_000_000]);
        assert_eq!(read(&micros), Some(vec![1_735_689_600_000_000_000]));
    }

    /// Integers with gaps keep their integers, and no value where a row has none, at any offset into the validity
    /// bits; an unsigned integer past `i64` at a gap is not read, one in a row makes the column numbers.
    #[test]
    fn integers_with_gaps_keep_which_rows_have_one() {
        let values: Vec<Option<i64>> =
            (0..130).map(|i| (![0, 63, 64, 65, 127, 129].contains(&i)).then_some(i)).collect();
        let array = Int64Array::from(values.clone());
        for offset in [0, 1, 3, 64, 65, 129] {
            let Some(Cells::IntWithGaps(got, present)) = answer_cells(&array.slice(offset, 130 - offset), None) else {
                panic!("offset {offset}: not integers with gaps");
            };
            let expected: Vec<Option<i64>> = values[offset..].to_vec();
            let read: Vec<Option<i64>> = got.iter().zip(&present).map(|(&v, &p)| p.then_some(v)).collect();
            assert_eq!(read, expected, "offset {offset}");
        }
        let big = arrow_array::UInt64Array::from(vec![Some(1), None, Some(7)]);
        let mut with_gap = big.clone().into_data().into_builder();
        with_gap = with_gap.buffers(vec![arrow_buffer::Buffer::from_slice_ref([1u64, u64::MAX, 7])]);
        let gap = arrow_array::UInt64Array::from(with_gap.build().unwrap());
        assert!(
            matches!(answer_cells(&gap, None), Some(Cells::IntWithGaps(v, p)) if v[0] == 1 && v[2] == 7 && p == [true, false, true])
        );
        let past = arrow_array::UInt64Array::from(vec![Some(1), None, Some(u64::MAX)]);
        assert!(
            matches!(answer_cells(&past, None), Some(Cells::Float(v)) if v[0] == 1.0 && v[1].is_nan() && v[2] == u64::MAX as f64)
        );
    }

    proptest! {
        /// Offsets and values that the ASCII check passes are valid text by `arrow_data`'s full check, and valid
        /// ASCII text passes it.
        #[test]
        fn ascii_text_passes_only_valid_text(
            ends in proptest::collection::vec(-2i32..12, 1..8),
            values in proptest::collection::vec(prop_oneof![8 => Just(b'a'), 1 => Just(0xC3u8), 1 => Just(0xA9u8)], 0..10),
            sort in any::<bool>(),
        ) {
            let mut ends = ends;
            if sort {
                ends.iter_mut().for_each(|e| *e = (*e).clamp(0, values.len() as i32));
                ends.sort();
            }
            let (offsets, text) = (Buffer::from_vec(ends.clone()), Buffer::from_vec(values.clone()));
            let passes = ascii_text(ends.iter().map(|&e| i64::from(e)), &text);
            let valid = arrow_data::ArrayData::try_new(DataType::Utf8, ends.len() - 1, None, 0, vec![offsets, text], vec![]);
            if passes {
                prop_assert!(valid.is_ok(), "{:?}", valid);
            }
            if sort && values.is_ascii() {
                prop_assert!(passes);
            }
        }
    }

    /// Imported text is checked from its offset: a slice of a valid array is valid.
    #[test]
    fn imported_text_is_checked_from_its_offset() {
        let array =
            arrow_array::StringViewArray::from(vec![Some("a"), None, Some("a string longer than twelve"), Some("é")]);
        for (offset, len) in [(0, 4), (1, 3), (2, 1), (3, 1), (4, 0)] {
            assert!(validate_imported(&array.slice(offset, len)).is_ok(), "{offset} {len}");
        }
        for array in [StringArray::from(vec![Some("a"), None, Some("bé"), Some("c")])] {
            for (offset, len) in [(0, 4), (1, 3), (2, 1), (3, 1), (4, 0)] {
                assert!(validate_imported(&array.slice(offset, len)).is_ok(), "{offset} {len}");
            }
        }
        let large = arrow_array::LargeStringArray::from(vec!["a", "bé"]);
        assert!(validate_imported(&large).is_ok());
    }

    fn survey() -> Survey {
        Survey::from_json(
            r#"{"id":"s","questions":[{"id":"n","kind":"nps"},{"id":"c","kind":"csat"},{"id":"y","kind":"yes_no"},
            {"id":"one","kind":"single_choice","options":["a","b"]},{"id":"m","kind":"multi_choice","options":["a","b"]},
            {"id":"t","kind":"text"}]}"#,
        )
        .unwrap()
    }

    type Row = (u8, u8, u8, u8, u8, u8, u8, u8, u8);

    /// A record batch of the generated rows: every column type the reader takes, with gaps and bad cells.
    fn batch(rows: &[Row], int_ids: bool, text_times: bool) -> RecordBatch {
        fn opt<T>(keep: bool, v: T) -> Option<T> {
            keep.then_some(v)
        }
        let ids: ArrayRef = if int_ids {
            Arc::new(Int64Array::from(rows.iter().map(|r| opt(r.0 != 0, r.0 as i64)).collect::<Vec<_>>()))
        } else {
            Arc::new(StringArray::from(
                rows.iter()
                    .map(|r| match r.0 {
                        0 => None,
                        1 => Some(" ".to_owned()),
                        i => Some(format!("r{i}")),
                    })
                    .collect::<Vec<_>>(),
            ))
        };
        let millis = |d: u8| 1_735_689_600_000i64 + d as i64 * 86_400_000 * 5 + 3_600_000;
        let times: ArrayRef = if text_times {
            Arc::new(StringArray::from(
                rows.iter()
                    .map(|r| match r.1 {
                        0 => Some("soon".to_owned()),
                        d => Some(Timestamp::from_unix_nanos(millis(d) * 1_000_000).to_string()),
                    })
                    .collect::<Vec<_>>(),
            ))
        } else {
            Arc::new(
                TimestampMillisecondArray::from(rows.iter().map(|r| opt(r.1 != 0, millis(r.1))).collect::<Vec<_>>())
                    .with_timezone("+01:00"),
            )
        };
        let weight = Float64Array::from(
            rows.iter()
                .map(|r| {
                    [Some(1.0), None, Some(2.5), Some(f64::NAN), Some(0.0), Some(0.5)]
                        .get(r.2 as usize % 6)
                        .copied()
                        .flatten()
                })
                .collect::<Vec<_>>(),
        );
        let store: DictionaryArray<arrow_array::types::Int32Type> =
            rows.iter().map(|r| ["A", "B", " ", "C"].get(r.3 as usize % 5).copied()).collect();
        let region = Int64Array::from(rows.iter().map(|r| opt(r.3 % 3 != 0, r.3 as i64 % 4)).collect::<Vec<_>>());
        let flag = BooleanArray::from(rows.iter().map(|r| opt(r.4 % 3 != 0, r.4 % 2 == 0)).collect::<Vec<_>>());
        let n = Int64Array::from(rows.iter().map(|r| opt(r.4 != 12, r.4 as i64)).collect::<Vec<_>>());
        let c = Float64Array::from(
            rows.iter().map(|r| [1.0, 5.0, f64::NAN, 3.0, 4.0, 2.5, 9.0][r.5 as usize % 7]).collect::<Vec<_>>(),
        );
        let y = BooleanArray::from(rows.iter().map(|r| opt(r.6 % 4 != 0, r.6 % 2 == 1)).collect::<Vec<_>>());
        let one = StringArray::from(
            rows.iter().map(|r| ["a", "b", "", "z", "a"].get(r.7 as usize % 6).copied()).collect::<Vec<_>>(),
        );
        let mut m = ListBuilder::new(StringBuilder::new());
        for r in rows {
            match r.8 % 5 {
                0 => m.append_null(),
                1 => {
                    m.values().append_value("a");
                    m.append(true)
                }
                2 => {
                    m.values().append_value("b");
                    m.values().append_value("a");
                    m.append(true)
                }
                3 => m.append(true),
                _ => {
                    m.values().append_value("q");
                    m.append(true)
                }
            }
        }
        let t = StringArray::from(
            rows.iter()
                .map(|r| ["fine", "", "a rather long comment", "ok"].get(r.8 as usize % 5).copied())
                .collect::<Vec<_>>(),
        );
        RecordBatch::try_from_iter(vec![
            ("id", ids),
            ("submitted_at", times),
            ("weight", Arc::new(weight) as ArrayRef),
            ("store", Arc::new(store) as ArrayRef),
            ("region", Arc::new(region) as ArrayRef),
            ("flag", Arc::new(flag) as ArrayRef),
            ("n", Arc::new(n) as ArrayRef),
            ("c", Arc::new(c) as ArrayRef),
            ("y", Arc::new(y) as ArrayRef),
            ("one", Arc::new(one) as ArrayRef),
            ("m", Arc::new(m.finish()) as ArrayRef),
            ("t", Arc::new(t) as ArrayRef),
        ])
        .unwrap()
    }

    fn rows() -> impl Strategy<Value = Vec<Row>> {
        // Mostly valid rows: bad cells are the rarer values of each range.
        prop::collection::vec((2u8..200, 1u8..40, 0u8..3, 0u8..5, 0u8..12, 0u8..5, 1u8..4, 0u8..2, 1u8..4), 0..30)
            .prop_flat_map(|valid| {
                let n = valid.len();
                (Just(valid), prop::collection::vec((0usize..30, 0u8..9, 0u8..200), 0..3), Just(n))
            })
            .prop_map(|(mut rows, edits, n)| {
                // A few cells replaced by anything (possibly invalid); ids made unique first.
                for (i, r) in rows.iter_mut().enumerate() {
                    r.0 = 2 + i as u8;
                }
                for (row, field, v) in edits {
                    if n == 0 {
                        break;
                    }
                    let r = &mut rows[row % n];
                    match field {
                        0 => r.0 = v % 40,
                        1 => r.1 = v % 40,
                        2 => r.2 = v,
                        3 => r.3 = v,
                        4 => r.4 = v % 13,
                        5 => r.5 = v,
                        6 => r.6 = v,
                        7 => r.7 = v,
                        _ => r.8 = v,
                    }
                }
                rows
            })
    }

    proptest! {
        /// Counting record batches in bulk gives what reading their rows one by one gives: the same report, the
        /// same rejections or error, however the rows are split into batches.
        #[test]
        fn bulk_counts_what_the_rows_read(
            rows in rows(), split in 0usize..30, int_ids in any::<bool>(), text_times in any::<bool>(),
            lenient in any::<bool>(), text_bytes in 5u64..40,
        ) {
            let s = survey();
            let split = split.min(rows.len());
            let batches = || vec![Ok(batch(&rows[..split], int_ids, text_times)), Ok(batch(&rows[split..], int_ids, text_times))];
            let mode = if lenient { ReadMode::Lenient } else { ReadMode::Strict };
            let limits = Limits { text_bytes, ..Limits::default() };
            let grouping = Grouping::default().by(["store", "region"]).every(Every::Month);
            let finish = |acc: &ReportAccumulator| acc.finish(&ResultOptions::default()).map_err(|e| e.to_string());
            let messages = |v: &[Error]| v.iter().map(ToString::to_string).collect::<Vec<_>>();
            let expected = read_arrow(&s, batches(), &TableColumns::default(), mode, &limits).map_err(|e| e.to_string()).map(|read| {
                let mut acc = ReportAccumulator::new(s.clone(), &grouping).unwrap();
                for r in &read.responses {
                    acc.add(r).unwrap();
                }
                (finish(&acc), messages(&read.rejected), read.responses.len() as u64)
            });
            let mut acc = ReportAccumulator::new(s.clone(), &grouping).unwrap();
            let got = count_arrow_into(&s, batches(), &TableColumns::default(), mode, &limits, true, &mut acc)
                .map_err(|e| e.to_string())
                .map(|st| (finish(&acc), messages(&st.rejected), st.read));
            prop_assert_eq!(&got, &expected);
            // The same batches held in memory (a strict read looks for reused ids at the end).
            let held: Vec<RecordBatch> = batches().into_iter().map(|b| b.unwrap()).collect();
            let mut acc = ReportAccumulator::new(s.clone(), &grouping).unwrap();
            let got = count_batches_into(&s, &held, &TableColumns::default(), mode, &limits, true, &mut acc)
                .map_err(|e| e.to_string())
                .map(|st| (finish(&acc), messages(&st.rejected), st.read));
            prop_assert_eq!(got, expected);
        }
    }

    #[test]
    fn a_parquet_file_is_read_as_its_batches() {
        let s = survey();
        let rows: Vec<Row> =
            (0..50u8).map(|i| (i + 2, 1 + i % 30, i % 3, i % 5, i % 11, i % 5, 1 + i % 3, i % 2, 1 + i % 3)).collect();
        let data = batch(&rows, false, false);
        let dir = std::env::temp_dir().join(format!("oes-parquet-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("responses.parquet");
        let mut writer =
            parquet::arrow::ArrowWriter::try_new(std::fs::File::create(&path).unwrap(), data.schema(), None).unwrap();
        writer.write(&data).unwrap();
        writer.close().unwrap();
        let read = crate::io::read_responses(&s, &path, ReadMode::Strict).unwrap();
        assert_eq!(read.responses.len(), 50);
        let options = crate::ReportOptions::default().by(["store"]).every(Every::Month);
        let mut acc = ReportAccumulator::new(s.clone(), &options.grouping).unwrap();
        let streamed = crate::io::count_into(&s, &path, ReadMode::Strict, &Limits::default(), true, &mut acc).unwrap();
        assert_eq!(streamed.read, 50);
        let mut each = Vec::new();
        crate::io::read_each_with(&s, &path, ReadMode::Strict, &Limits::default(), true, |r| {
            each.push(r);
            Ok(())
        })
        .unwrap();
        assert_eq!(each, read.responses);
        assert_eq!(acc.finish(&options.result).unwrap(), crate::report(&s, &read.responses, &options).unwrap());
        // A text segment column that the file stores with a dictionary (as pyarrow and arrow-rs write text) is counted
        // from its dictionary: the same report as the rows read one by one.
        let store = data.schema().index_of("store").unwrap();
        let text_store = StringArray::from(
            rows.iter().map(|r| ["A", "B", " ", "C"].get(r.3 as usize % 5).copied()).collect::<Vec<_>>(),
        );
        let mut fields: Vec<arrow_schema::FieldRef> = data.schema().fields().iter().cloned().collect();
        fields[store] = Arc::new(arrow_schema::Field::new("store", DataType::Utf8, true));
        let mut columns = data.columns().to_vec();
        columns[store] = Arc::new(text_store);
        let text_data = RecordBatch::try_new(Arc::new(Schema::new(fields)), columns).unwrap();
        let text_path = dir.join("text-store.parquet");
        let mut writer =
            parquet::arrow::ArrowWriter::try_new(std::fs::File::create(&text_path).unwrap(), text_data.schema(), None)
                .unwrap();
        writer.write(&text_data).unwrap();
        writer.close().unwrap();
        let first = |as_dictionary: Vec<usize>| {
            parquet_batches_reading(&text_path, &Limits::default(), &|_| as_dictionary.clone())
                .unwrap()
                .next()
                .unwrap()
                .unwrap()
        };
        assert_eq!(first(vec![]).column(store).data_type(), &DataType::Utf8);
        assert!(matches!(first(vec![store]).column(store).data_type(), DataType::Dictionary(_, _)));
        let read = crate::io::read_responses(&s, &text_path, ReadMode::Strict).unwrap();
        let mut acc = ReportAccumulator::new(s.clone(), &options.grouping).unwrap();
        crate::io::count_into(&s, &text_path, ReadMode::Strict, &Limits::default(), true, &mut acc).unwrap();
        assert_eq!(acc.finish(&options.result).unwrap(), crate::report(&s, &read.responses, &options).unwrap());
        // Ids used twice: the strict count (which looks for them at the end) names the same row as the row reader,
        // also when a later row is invalid too.
        for tail in [
            vec![(5u8, 3u8, 0u8, 1u8, 2u8, 1u8, 1u8, 0u8, 1u8)],
            vec![(5, 3, 0, 1, 2, 1, 1, 0, 1), (60, 0, 0, 1, 2, 1, 1, 0, 1)],
        ] {
            let mut twice = rows.clone();
            twice.extend(tail);
            let p = dir.join("twice.parquet");
            let data = batch(&twice, false, false);
            let mut writer =
                parquet::arrow::ArrowWriter::try_new(std::fs::File::create(&p).unwrap(), data.schema(), None).unwrap();
            writer.write(&data).unwrap();
            writer.close().unwrap();
            let mut acc = ReportAccumulator::new(s.clone(), &options.grouping).unwrap();
            let counted = crate::io::count_into(&s, &p, ReadMode::Strict, &Limits::default(), true, &mut acc);
            let read = crate::io::read_responses(&s, &p, ReadMode::Strict);
            let (counted, read) = (counted.unwrap_err().to_string(), read.unwrap_err().to_string());
            assert_eq!(counted, read);
            assert!(counted.contains("used twice (first at line 4)"), "{counted}");
            // Read a batch at a time, leniently: the responses and rejections of the whole read.
            let whole = crate::io::read_responses(&s, &p, ReadMode::Lenient).unwrap();
            let mut each = Vec::new();
            let streamed = crate::io::read_each_with(&s, &p, ReadMode::Lenient, &Limits::default(), true, |r| {
                each.push(r);
                Ok(())
            })
            .unwrap();
            assert_eq!(each, whole.responses);
            let messages = |v: &[Error]| v.iter().map(ToString::to_string).collect::<Vec<_>>();
            assert_eq!(messages(&streamed.rejected), messages(&whole.rejected));
            assert!(!streamed.rejected.is_empty());
        }
        // A truncated or damaged file is an error, never a crash.
        let bytes = std::fs::read(&path).unwrap();
        let mut state = 0x9E37_79B9_7F4A_7C15u64;
        for i in 0..200usize {
            let mut damaged = bytes.clone();
            if i % 2 == 0 {
                damaged.truncate(i * bytes.len() / 200);
            } else {
                for _ in 0..1 + i % 7 {
                    state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                    let at = (state >> 33) as usize % damaged.len();
                    damaged[at] ^= (state >> 13) as u8 | 1;
                }
            }
            let p = dir.join(format!("damaged-{i}.parquet"));
            std::fs::write(&p, &damaged).unwrap();
            let mut acc = ReportAccumulator::new(s.clone(), &options.grouping).unwrap();
            let _ = crate::io::count_into(&s, &p, ReadMode::Lenient, &Limits::default(), true, &mut acc);
            let _ = crate::io::read_responses(&s, &p, ReadMode::Lenient);
        }
        // The decompressed pages a file declares are checked against the limit before anything is decoded.
        let small = Limits { parquet_bytes: 10, ..Limits::default() };
        let mut acc = ReportAccumulator::new(s.clone(), &options.grouping).unwrap();
        for e in [
            crate::io::count_into(&s, &path, ReadMode::Strict, &small, true, &mut acc).unwrap_err(),
            crate::io::read_responses_with(&s, &path, ReadMode::Strict, &small).unwrap_err(),
        ] {
            assert!(matches!(e, Error::Limit { limit: "parquet-bytes", value: 10, .. }), "{e}");
        }
        // A file that is not Parquet says so.
        std::fs::write(dir.join("bad.parquet"), "id,submitted_at\n").unwrap();
        let e = crate::io::read_responses(&s, dir.join("bad.parquet"), ReadMode::Strict).unwrap_err();
        assert!(e.to_string().contains("not a Parquet file"), "{e}");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn named_columns_and_null_columns_are_read_as_the_default_layout() {
        let s = survey();
        let rows: Vec<Row> =
            (0..40u8).map(|i| (i + 2, 1 + i % 30, i % 3, i % 5, i % 11, i % 5, 1 + i % 3, i % 2, 1 + i % 3)).collect();
        let data = batch(&rows, false, false);
        let read = |batch: RecordBatch, columns: &TableColumns| {
            read_arrow(&s, [Ok(batch)], columns, ReadMode::Strict, &Limits::default())
        };
        let grouping = Grouping::default().by(["region"]).every(Every::Month);
        let count = |batch: RecordBatch, columns: &TableColumns| {
            let mut acc = ReportAccumulator::new(s.clone(), &grouping).unwrap();
            count_arrow_into(&s, [Ok(batch)], columns, ReadMode::Strict, &Limits::default(), true, &mut acc)?;
            acc.finish(&ResultOptions::default())
        };
        let expected = read(data.clone(), &TableColumns::default()).unwrap().responses;
        // The same table with other column names, and a column that is neither a question nor a named segment.
        let renamed: Vec<(String, ArrayRef)> = data
            .schema()
            .fields()
            .iter()
            .zip(data.columns())
            .map(|(f, c)| {
                let name = match f.name().as_str() {
                    "id" => "key",
                    "submitted_at" => "at",
                    "weight" => "w",
                    other => other,
                };
                (name.to_owned(), c.clone())
            })
            .chain([("note".to_owned(), Arc::new(StringArray::from(vec!["x"; 40])) as ArrayRef)])
            .collect();
        let renamed = RecordBatch::try_from_iter(renamed).unwrap();
        let columns = TableColumns {
            id: "key".into(),
            submitted_at: "at".into(),
            weight: Some("w".into()),
            segments: Some(vec!["store".into(), "region".into(), "flag".into()]),
        };
        assert_eq!(read(renamed.clone(), &columns).unwrap().responses, expected);
        assert_eq!(count(renamed.clone(), &columns).unwrap(), count(data.clone(), &TableColumns::default()).unwrap());
        // Without `segments`, the extra column is a segment.
        let inferred = TableColumns { segments: None, ..columns.clone() };
        assert_eq!(read(renamed.clone(), &inferred).unwrap().responses[0].segment("note"), Some("x"));
        // A named column that is not there.
        for (columns, what) in [
            (TableColumns { id: "nope".into(), ..columns.clone() }, "invalid id: the table has no column \"nope\""),
            (TableColumns { weight: Some("nope".into()), ..columns.clone() }, "invalid weight"),
            (TableColumns { segments: Some(vec!["nope".into()]), ..columns.clone() }, "invalid segments"),
        ] {
            let e = read(renamed.clone(), &columns).unwrap_err().to_string();
            assert!(e.starts_with(what), "{e}");
            assert_eq!(count(renamed.clone(), &columns).unwrap_err().to_string(), e);
        }
        // A column of Arrow's Null type is a column of missing cells (as an answer, a segment or the weight): read
        // as the same column of its own type with every cell null.
        let replaced = |name: &str, null_type: bool| -> RecordBatch {
            let columns: Vec<(String, ArrayRef)> = data
                .schema()
                .fields()
                .iter()
                .zip(data.columns())
                .map(|(f, c)| {
                    let column = match (f.name() == name, null_type) {
                        (false, _) => c.clone(),
                        (true, true) => Arc::new(arrow_array::NullArray::new(c.len())) as ArrayRef,
                        (true, false) => arrow_array::new_null_array(c.data_type(), c.len()),
                    };
                    (f.name().clone(), column)
                })
                .collect();
            RecordBatch::try_from_iter(columns).unwrap()
        };
        for name in ["n", "m", "t", "store", "weight"] {
            let (null_type, typed) = (replaced(name, true), replaced(name, false));
            let got = read(null_type.clone(), &TableColumns::default()).unwrap().responses;
            assert_eq!(got.len(), 40);
            assert_eq!(got, read(typed.clone(), &TableColumns::default()).unwrap().responses, "{name}");
            assert_ne!(got, expected, "{name}");
            let counted = count(null_type, &TableColumns::default()).unwrap();
            assert_eq!(counted, count(typed, &TableColumns::default()).unwrap(), "{name}");
        }
        // A Null-typed id column: every row's id is missing.
        let e = read(replaced("id", true), &TableColumns::default()).unwrap_err().to_string();
        assert_eq!(e, read(replaced("id", false), &TableColumns::default()).unwrap_err().to_string());
    }

    #[test]
    fn floats_are_labelled_as_python_writes_them() {
        for (v, s) in [(3.0, "3.0"), (4.5, "4.5"), (-0.25, "-0.25"), (1e16, "1e+16"), (1.5e-5, "1.5e-05"), (0.0, "0.0")]
        {
            assert_eq!(float_label(v), s);
        }
    }
}
