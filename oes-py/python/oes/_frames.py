"""Responses from a DataFrame: one row per response, one column per question id.

A polars DataFrame or a pyarrow Table or RecordBatch (an *Arrow frame*) goes to the extension as Arrow record batches
(``__arrow_c_stream__``, without a copy), which the core's Arrow reader reads, as it reads a Parquet file. A pandas
DataFrame goes column by column: NumPy arrays read in place, other columns as lists (``tolist()``, filled in C; a
datetime column as nanoseconds since the epoch), and the extension reads the rows cell by cell as the cells of a CSV
file. Either way the core's one cell reader decides (same checks, same errors; an error's "line" is the 1-based row
number), without a dict or JSON text per row.
"""

from __future__ import annotations

import datetime as _dt
import importlib
import json
import math
import sys
import warnings
from typing import Any, Dict, List, Optional, Sequence, Tuple

from . import _convert
from ._oes import ParameterError, Responses, Survey, _read_arrow, _read_columns

def _is_missing(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    if isinstance(value, str):
        return value.strip() == ""
    # pandas.NA, pandas.NaT, numpy.datetime64("NaT")
    name = type(value).__name__
    if name in ("NAType", "NaTType"):
        return True
    if name == "datetime64":
        return str(value) == "NaT"
    return False


def _is_arrow_frame(df: Any) -> bool:
    """Whether ``df`` is read as Arrow record batches: a polars DataFrame, a pyarrow Table or RecordBatch."""
    module, name = type(df).__module__ or "", type(df).__name__
    return (module.startswith("polars") and name == "DataFrame") or (
        module.startswith("pyarrow") and name in ("Table", "RecordBatch")
    )


class _Columns:
    """A DataFrame's columns by name (as text), each read into a list of Python values only when asked for."""

    def __init__(self, df: Any) -> None:
        module = type(df).__module__ or ""
        self._arrow = module.startswith("pyarrow") and _is_arrow_frame(df)
        if not (module.startswith("polars") or module.startswith("pandas") or self._arrow):
            raise TypeError(
                "expected a pandas or polars DataFrame or a pyarrow Table, got "
                f"{type(df).__module__}.{type(df).__name__}"
            )
        self._df = df
        self._polars = module.startswith("polars")
        self._names = {str(name): name for name in (df.schema.names if self._arrow else df.columns)}
        self._read: Dict[str, List[Any]] = {}

    def __contains__(self, name: object) -> bool:
        return name in self._names

    def __iter__(self) -> Any:
        return iter(self._names)

    def answers(self, name: str) -> Any:
        """An answer column: a NumPy array where the column holds numbers or booleans (read in place by the
        extension, NaN as a missing cell; the metric functions' conversion, ``_convert.column``), else a list."""
        values = _convert.column(self.series(name))
        if isinstance(values, list):
            return values
        np: Any = sys.modules["numpy"]
        kind, size = values.dtype.kind, values.dtype.itemsize
        if kind == "f":
            return values.astype(np.float64, copy=False)
        if kind == "i" or (kind == "u" and size < 8):
            return values.astype(np.int64, copy=False)
        if kind == "b":
            return values
        return values.tolist()

    def series(self, name: str) -> Any:
        """The column itself (a pandas or polars Series, a pyarrow Array or ChunkedArray)."""
        key = self._names[name]
        if self._arrow:
            return self._df.column(key)
        return self._df.get_column(key) if self._polars else self._df[key]

    def __getitem__(self, name: str) -> List[Any]:
        if name not in self._read:
            column = self.series(name)
            if self._arrow:
                self._read[name] = column.to_pylist()
            else:
                self._read[name] = column.to_list() if self._polars else column.tolist()
        return self._read[name]


def _columns(df: Any) -> _Columns:
    """Column name -> list of Python values, for pandas and polars DataFrames (read when first used)."""
    return _Columns(df)


def _timestamp(value: Any) -> Any:
    """RFC 3339 text; datetimes become UTC (naive ones are taken as UTC), strings are passed through."""
    if _is_missing(value):
        return None
    if isinstance(value, str):
        return value
    if type(value).__name__ == "datetime64":
        import numpy as np

        nanos = int(value.astype("datetime64[ns]").astype(np.int64))
        seconds, nanos = divmod(nanos, 1_000_000_000)
        value = _dt.datetime(1970, 1, 1) + _dt.timedelta(seconds=seconds)
        return _format(value, nanos)
    if isinstance(value, _dt.datetime):
        if value.tzinfo is not None and value.utcoffset() is not None:
            value = value.astimezone(_dt.timezone.utc)
        nanos = value.microsecond * 1000 + int(getattr(value, "nanosecond", 0) or 0)
        return _format(value, nanos)
    if isinstance(value, _dt.date):
        return f"{value.isoformat()}T00:00:00Z"
    return str(value)


def _format(value: _dt.datetime, nanos: int) -> str:
    text = (
        f"{value.year:04d}-{value.month:02d}-{value.day:02d}T{value.hour:02d}:{value.minute:02d}:{value.second:02d}"
    )
    if nanos:
        text += "." + f"{nanos:09d}".rstrip("0")
    return text + "Z"


def _integral(value: Any) -> Any:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _cell(value: Any) -> Any:
    """A cell as a JSON value; the extension reads it by the rules of its question's kind (as a CSV cell)."""
    if type(value).__module__ == "numpy" and hasattr(value, "tolist"):
        # NumPy scalars (numpy.bool_, numpy.int64) and arrays (a list column) as Python values.
        return value.tolist()
    if isinstance(value, tuple):
        return list(value)
    return value


def _json_default(value: Any) -> Any:
    """What `json.dumps` cannot write itself: datetimes and dates (as RFC 3339 UTC text), NumPy scalars."""
    if isinstance(value, _dt.date) or type(value).__name__ == "datetime64":
        return _timestamp(value)
    if hasattr(value, "item") and type(value).__module__ == "numpy":
        return value.item()
    raise TypeError(f"{type(value).__name__} {value!r} cannot be written as JSON")


def record_json(record: Any) -> str:
    """A record (a dict such as a support ticket) as JSON text: datetimes become RFC 3339 UTC text (naive ones are
    taken as UTC), NumPy scalars Python numbers, integral floats integers (a column with a missing value is a float
    column), and missing values (None, NaN, NA, NaT, an empty string) null."""
    if isinstance(record, dict):
        record = {key: None if _is_missing(value) else _integral(value) for key, value in record.items()}
    return json.dumps(record, default=_json_default, allow_nan=False, ensure_ascii=False)


def _label(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _is_text(series: Any) -> bool:
    """Whether a pandas Series holds only text (and missing values)."""
    if not (type(series).__module__ or "").startswith("pandas"):
        return False
    pd: Any = sys.modules["pandas"]
    return bool(pd.api.types.infer_dtype(series, skipna=True) in ("string", "empty"))


def _distinct_bound(series: Any) -> Optional[int]:
    """An upper bound on a column's distinct labels, found in C, where its cells are text (pandas), or text,
    categories, integers or booleans (polars, pyarrow): the distinct cells, missing and blank ones included. None
    otherwise."""
    if _is_text(series):
        return int(series.nunique(dropna=False))
    module = type(series).__module__ or ""
    if module.startswith("polars"):
        pl: Any = sys.modules["polars"]
        if series.dtype in (pl.String, pl.Categorical, pl.Boolean) or series.dtype.is_integer():
            return int(series.n_unique())
    if module.startswith("pyarrow"):
        pa: Any = sys.modules["pyarrow"]
        t = series.type
        if pa.types.is_dictionary(t):
            # The values of each chunk's dictionary, and missing.
            chunks = series.chunks if isinstance(series, pa.ChunkedArray) else [series]
            return sum(len(c.dictionary) for c in chunks) + 1
        if pa.types.is_string(t) or pa.types.is_large_string(t) or pa.types.is_string_view(t) or (
            pa.types.is_integer(t) or pa.types.is_boolean(t)
        ):
            return int(importlib.import_module("pyarrow.compute").count_distinct(series, mode="all").as_py())
    return None


def _warn_unlikely_segments(columns: _Columns, names: List[str]) -> None:
    """Warns about inferred segment columns that look like free text or identifiers (see ``read_dataframe``)."""
    for name in names:
        column = columns.series(name)
        upper = _distinct_bound(column)
        if upper is not None:
            rows = len(column)
            if upper <= 1000 and (rows < 20 or upper <= rows / 2):
                continue
        values = columns[name]
        rows = len(values)
        try:
            # Distinct cells (missing ones and values with one label, like 1 and "1", apart) bound the distinct
            # labels from above: most columns are decided without a label per cell.
            upper = len({(type(v), v) for v in values})
            if upper <= 1000 and (rows < 20 or upper <= rows / 2):
                continue
        except TypeError:  # unhashable cells (lists)
            pass
        _warn_if_unlikely(name, len({_label(v) for v in values if not _is_missing(v)}), rows, stacklevel=4)


def _warn_if_unlikely(name: str, distinct: int, rows: int, stacklevel: int = 2) -> None:
    """Warns that the inferred segment column ``name`` looks like free text or identifiers when its ``distinct`` labels
    (missing ones left out) are many for its ``rows``. The extension calls it for the Arrow text columns it interns."""
    if distinct > 1000 or (rows >= 20 and distinct > rows / 2):
        warnings.warn(
            f"read_dataframe: column {name!r} is read as a segment (every column that is not the id, the time, the "
            f"weight or a question is one) but has {distinct} distinct values in {rows} rows; pass segments=[...] "
            "to name the segment columns",
            UserWarning,
            stacklevel=stacklevel,
        )


def read_dataframe(
    survey: Survey,
    df: Any,
    id: str = "id",
    submitted_at: str = "submitted_at",
    weight: Optional[str] = None,
    segments: Optional[Sequence[str]] = None,
    lenient: bool = False,
) -> Responses:
    """Reads responses from a pandas or polars DataFrame (or a pyarrow Table or RecordBatch) with one row per response.

    Columns: ``id`` and ``submitted_at`` (names configurable; timestamps as RFC 3339 strings, or datetimes, which
    are converted to UTC, naive ones taken as UTC), the respondent weights (the column named by ``weight``; by
    default a column called ``weight`` if there is one; a missing weight is 1), one column per question id, and
    segment columns: those named in ``segments``, or by default every other column (as in the CSV format; a
    ``UserWarning`` names an inferred segment column with more than 1,000 distinct values, or distinct values in more
    than half of at least 20 rows: free text or an identifier, most likely, which would make one group per row).
    A missing weight means the response has none: it counts as 1 (a column of weights given to ``oes.nps`` and the
    other metric functions must not have gaps).

    Cells: integers for nps, csat, ces, ces_effort and rating questions (floats must be integral); booleans, 0/1 or
    yes/no for yes_no; the option text for single_choice; a list of options, or options joined with ``;``, for
    multi_choice; a string for text. A missing cell (None, NaN, NA, NaT, an empty string) means the question was not
    answered (treated as not shown, as in CSV files).

    A polars DataFrame or a pyarrow Table is read through the Arrow C stream interface, without a copy, by the reader
    that reads Parquet files (``oes report --responses x.parquet``): a column's Arrow type decides how its cells are
    read (text, integers, floats, booleans, timestamps and dates, lists of text, dictionaries; a column of another
    type is an error naming it). A pandas DataFrame is read column by column, each cell by its Python value.

    Parameters
    ----------
    survey : Survey
        The survey the responses answer.
    df : pandas.DataFrame, polars.DataFrame, pyarrow.Table or pyarrow.RecordBatch
        One row per response.
    id, submitted_at : str, default "id", "submitted_at"
        The names of the id and timestamp columns.
    weight : str, optional
        The name of the weight column (default: ``weight`` if there is one).
    segments : list of str, optional
        The segment columns (default: every column that is not the id, time, weight or a question).
    lenient : bool, default False
        Skip invalid rows and list them in ``rejected`` instead of raising.

    Returns
    -------
    Responses
        The responses, as ``Responses.from_dicts(..., cells=True)`` reads the rows.

    Raises
    ------
    ParameterError
        A named column is missing.
    ResponseError
        Without ``lenient``: the first invalid row (its ``line`` is the 1-based row number).

    Examples
    --------
    >>> import oes, pandas as pd
    >>> survey = oes.Survey.from_json({"id": "s", "questions": [{"id": "nps", "kind": "nps"}]})
    >>> df = pd.DataFrame({"id": ["r1", "r2"], "submitted_at": ["2025-03-01T09:00:00Z", "2025-03-02T09:00:00Z"],
    ...                    "store": ["Berlin", "Warsaw"], "nps": [10, 6]})
    >>> responses = oes.read_dataframe(survey, df)
    >>> len(responses), responses[1]["segments"], responses[1]["answers"]
    (2, {'store': 'Warsaw'}, {'nps': 6})
    >>> oes.report(survey, df, min_group_size=1).to_dict()["groups"][0]["periods"][0]["questions"]["nps"]["nps"]["score"]
    0.0
    """
    return _read(survey, df, id, submitted_at, weight, segments, lenient)


def _read(
    survey: Survey,
    df: Any,
    id: str = "id",
    submitted_at: str = "submitted_at",
    weight: Optional[str] = None,
    segments: Optional[Sequence[str]] = None,
    lenient: bool = False,
    grouped: Sequence[str] = (),
) -> Responses:
    """``read_dataframe``, for a report that groups by ``grouped``: inferred segment columns among those are not warned
    about (the caller chose them)."""
    arrow = _arrow_plan(survey, df, id, submitted_at, weight, segments, grouped)
    if arrow is not None:
        return _read_arrow(survey, *arrow, lenient)
    columns, weight, segment_names, questions = _plan(survey, df, id, submitted_at, weight, segments, grouped=grouped)
    times, times_ns = _time_cells(df, submitted_at)
    index = {q: i for i, q in enumerate(survey.question_ids)}
    return _read_columns(
        survey,
        columns[id],
        times,
        times_ns,
        columns[weight] if weight is not None else None,
        [(name, columns[name]) for name in segment_names],
        [(index[q], columns.answers(q)) for q in questions],
        lenient,
    )


def _plan(
    survey: Survey,
    df: Any,
    id: str,
    submitted_at: str,
    weight: Optional[str],
    segments: Optional[Sequence[str]],
    warn: bool = True,
    grouped: Sequence[str] = (),
) -> Tuple[_Columns, Optional[str], List[str], List[str]]:
    """What ``read_dataframe`` reads: the columns, the weight column, the segment columns and the question columns
    (checked to exist; with ``warn``, inferred segment columns that look like free text or ids warned about, but for
    those a report groups by, ``grouped``: the caller chose them)."""
    columns = _columns(df)
    if weight is None and "weight" in columns:
        weight = "weight"
    for name, what in ((id, "id"), (submitted_at, "submitted_at")):
        if name not in columns:
            raise ParameterError(f"invalid {what}: the DataFrame has no column {name!r}")
    if weight is not None and weight not in columns:
        raise ParameterError(f"invalid weight: the DataFrame has no column {weight!r}")
    kinds = set(survey.question_ids)
    questions = [q for q in survey.question_ids if q in columns]
    if segments is None:
        reserved = {id, submitted_at, weight, "survey"}
        segment_names = [c for c in columns if c not in reserved and c not in kinds]
        if warn:
            _warn_unlikely_segments(columns, [name for name in segment_names if name not in grouped])
    else:
        if isinstance(segments, str):
            segments = [segments]
        segment_names = list(segments)
        for name in segment_names:
            if name not in columns:
                raise ParameterError(f"invalid segments: the DataFrame has no column {name!r}")
    return columns, weight, segment_names, questions


def _arrow_plan(
    survey: Survey,
    df: Any,
    id: str = "id",
    submitted_at: str = "submitted_at",
    weight: Optional[str] = None,
    segments: Optional[Sequence[str]] = None,
    grouped: Sequence[str] = (),
) -> Optional[Tuple[Any, str, str, Optional[str], List[str]]]:
    """For an Arrow frame (a polars DataFrame, a pyarrow Table or RecordBatch), what the extension reads: the frame
    to export, and the id, time and weight columns and the segment columns to read its record batches with (checked
    to exist; inferred segment columns that look like free text or ids warned about, but for those a report groups
    by, ``grouped``). None for any other frame."""
    if not _is_arrow_frame(df):
        return None
    if not hasattr(df, "__arrow_c_stream__"):
        raise TypeError(
            f"{type(df).__module__}.{type(df).__name__} does not export Arrow data (__arrow_c_stream__): "
            "upgrade polars (1.0 or newer) or pyarrow (14 or newer)"
        )
    _, weight, segment_names, _ = _plan(survey, df, id, submitted_at, weight, segments, grouped=grouped)
    if (type(df).__module__ or "").startswith("polars"):
        pl: Any = sys.modules["polars"]
        # polars exports a column of its Null type (and the values of a list column of nothing but empty lists and
        # gaps) with a buffer, which Arrow's Null type has not: the C data interface refuses it. As text, which reads
        # the same: every cell missing, every list empty.
        nulls = {name: pl.String for name, t in df.schema.items() if t == pl.Null}
        nulls.update({name: pl.List(pl.String) for name, t in df.schema.items() if t == pl.List(pl.Null)})
        if nulls:
            df = df.cast(nulls)
    return df, id, submitted_at, weight, segment_names


def _bulk(
    survey: Survey,
    df: Any,
    id: str = "id",
    submitted_at: str = "submitted_at",
    weight: Optional[str] = None,
    segments: Optional[Sequence[str]] = None,
    grouped: Sequence[str] = (),
) -> Optional[Tuple[Any, ...]]:
    """The columns of a pandas ``df`` for the report's bulk path (the extension's ``columns::bulk_report``): ids (an int64
    array, or UTF-8 text separated by U+001F), times (an int64 array of nanoseconds since the epoch, or separated
    text), weights (a float64 array or None), segments and answers as ``(name or question index, cells)`` with cells
    a NumPy array, a list, ``(codes, distinct values)`` for pandas text and categorical columns, or a tuple of
    ``(UTF-8 data, offsets)`` pairs, one per Arrow chunk, for a segment held as Arrow text without missing cells
    (interned by the extension); and the inferred segment columns of that Arrow form, whose distinct labels the
    extension counts as it interns them and passes to ``_warn_if_unlikely`` (the others are warned about here; a column
    the report groups by, in ``grouped``, is in neither). Text ids and times are Arrow chunks too where the column is
    Arrow text. None where the frame has something only the row reader reads (non-text ids, a datetime with NaT,
    weights that are not numbers): the report then reads it row by row, as ``read_dataframe`` does."""
    if _is_arrow_frame(df):
        return None  # read as record batches (`_arrow_plan`)
    columns, weight, segment_names, questions = _plan(survey, df, id, submitted_at, weight, segments, warn=False)
    np: Any = sys.modules.get("numpy")
    if np is None:
        return None

    series = columns.series

    def arrow_text(s: Any) -> Any:
        # A pandas column held as Arrow text, as its pyarrow chunks (not combined: that would copy them); None for
        # any other column.
        if getattr(s.array, "__arrow_array__", None) is None:
            return None
        pa: Any = importlib.import_module("pyarrow")
        a = pa.array(s.array)
        chunks = a.chunks if isinstance(a, pa.ChunkedArray) else [a]
        return [c.cast(pa.large_string()) if pa.types.is_string_view(c.type) or pa.types.is_string(c.type) else c
                for c in chunks]

    def coded(s: Any) -> Any:
        # Codes (-1 missing) and the distinct values, found in C: pandas' factorize or a categorical's codes.
        if getattr(s.dtype, "name", "") == "category":
            if s.cat.categories.dtype.kind in "iufb":
                return None  # numbers: read as NumPy values (`_convert.column`)
            return (np.ascontiguousarray(s.cat.codes.to_numpy(), dtype=np.int64), s.cat.categories.tolist())
        # Text only: pandas takes 1, 1.0 and True for one value, which the row reader reads apart.
        if not _is_text(s):
            return None
        codes, uniques = pd.factorize(s, use_na_sentinel=True)
        return (np.ascontiguousarray(codes, dtype=np.int64), list(uniques))

    def arrow_buffers(chunks: Any) -> Any:
        # Arrow text chunks without missing cells as a tuple of their UTF-8 data and offsets (read in place); None
        # for any other column.
        if not chunks or any(c.null_count or str(c.type) != "large_string" for c in chunks):
            return None
        pairs = []
        for c in chunks:
            _, offsets, data = c.buffers()
            offsets = np.frombuffer(offsets, dtype=np.int64)[c.offset : c.offset + len(c) + 1]
            data = np.frombuffer(data, dtype=np.uint8) if data is not None else np.zeros(0, dtype=np.uint8)
            pairs.append((data, np.ascontiguousarray(offsets)))
        return tuple(pairs)

    def text_cells(name: str) -> Any:
        # Text cells without a Python string each where the column is Arrow text (the UTF-8 data and offsets of each
        # chunk, read in place), else as one UTF-8 buffer separated by U+001F. None where a cell is missing or not
        # text.
        s = series(name)
        chunks = arrow_text(s)
        if chunks is not None:
            pa: Any = importlib.import_module("pyarrow")
            if not any(pa.types.is_dictionary(c.type) for c in chunks):
                return arrow_buffers(chunks)
        values = columns[name]
        try:
            text = "\x1f".join(values)
        except TypeError:  # a cell that is not text
            return None
        if values and text.count("\x1f") != len(values) - 1:
            return None
        try:
            return text.encode("utf-8")
        except UnicodeEncodeError:
            return None

    pd: Any = importlib.import_module("pandas")
    ids_series = series(id)
    dtype = getattr(ids_series, "dtype", None)
    if isinstance(dtype, np.dtype) and dtype.kind in "iu":
        ids: Any = np.ascontiguousarray(ids_series.to_numpy(), dtype=np.int64)
    else:
        ids = text_cells(id)
        if ids is None:
            return None
    times: Any = _time_nanos(df, submitted_at)
    if times is None:
        times = text_cells(submitted_at)
    elif isinstance(times, bool):
        return None  # a datetime column with a missing time
    if times is None:
        return None
    weights = None
    if weight is not None:
        w = _convert._from_series(series(weight), np)
        if not (isinstance(w, np.ndarray) and w.dtype.kind in "biuf"):
            return None
        weights = np.ascontiguousarray(w, dtype=np.float64)
    # Segments: Arrow text without missing cells as its buffers (its distinct labels found by the extension, which is
    # quicker than factorize), else codes and labels, else the cells.
    segment_columns = []
    interned = []  # inferred segment columns whose distinct labels the extension counts
    for name in segment_names:
        chunks = arrow_buffers(arrow_text(series(name)))
        if chunks is not None and segments is None and name not in grouped:
            interned.append(name)
        segment_columns.append((name, chunks or coded(series(name)) or columns[name]))
    if segments is None:
        _warn_unlikely_segments(columns, [n for n in segment_names if n not in interned and n not in grouped])
    index = {q: i for i, q in enumerate(survey.question_ids)}
    answer_cells = []
    for q in questions:
        answer_cells.append((index[q], coded(series(q)) or columns.answers(q)))
    return ids, times, weights, segment_columns, answer_cells, interned


def _datetime_nanos(series: Any) -> Any:
    """A pandas datetime column as (int64 nanoseconds since the epoch, UTC, naive times taken as UTC; where each
    cell is NaT, or None where none is), from its int64 ticks without a copy per step; None where a time is beyond
    the nanoseconds' range (about 1677-2262), which a cast to ``datetime64[ns]`` would wrap silently."""
    np: Any = sys.modules["numpy"]
    dtype = series.dtype
    unit = getattr(dtype, "unit", None) or np.datetime_data(dtype)[0]
    scale = {"s": 1_000_000_000, "ms": 1_000_000, "us": 1_000, "ns": 1}[unit]
    ticks = np.asarray(series.array.asi8, dtype=np.int64)
    if not len(ticks):
        return ticks, None
    # NaT is the smallest int64: the column has one where its minimum is NaT (one pass, no mask to make).
    nat = ticks == np.iinfo(np.int64).min if ticks.min() == np.iinfo(np.int64).min else None
    if scale != 1:  # nanoseconds are always in range
        bound = np.iinfo(np.int64).max // scale
        valid = ticks if nat is None else ticks[~nat]
        if len(valid) and (valid.max() > bound or valid.min() < -bound):
            return None
    return (ticks * scale if scale != 1 else ticks), nat


def _time_nanos(df: Any, name: str) -> Any:
    """A pandas datetime column as an int64 NumPy array of nanoseconds since the epoch (UTC); None for any other
    column (or a time out of range), False for a datetime column with a missing time."""
    np: Any = sys.modules["numpy"]
    pd: Any = importlib.import_module("pandas")
    s = df[name]
    if not pd.api.types.is_datetime64_any_dtype(s.dtype) or not hasattr(s.array, "asi8"):
        return None
    read = _datetime_nanos(s)
    if read is None:
        return None
    nanos, nat = read
    if nat is not None:
        return False
    return np.ascontiguousarray(nanos, dtype=np.int64)


def _time_cells(df: Any, name: str) -> Tuple[List[Any], bool]:
    """The pandas time column as cells: (nanoseconds since the epoch or None, True) for a datetime column, read in C
    by NumPy; else (the values, False): RFC 3339 text, or datetimes that the reader converts one by one (also a
    datetime column with a time beyond the nanoseconds' range, which the reader then judges)."""
    pd: Any = importlib.import_module("pandas")
    series = df[name]
    if pd.api.types.is_datetime64_any_dtype(series.dtype) and hasattr(series.array, "asi8"):
        read = _datetime_nanos(series)
        if read is not None:
            nanos, nat = read
            cells = nanos.astype(object)
            if nat is not None:
                cells[nat] = None
            return cells.tolist(), True
    return series.tolist(), False


def responses_frame(responses: Responses, library: str = "pandas") -> Any:
    """Responses as a DataFrame, one row per response, in the shape ``read_dataframe`` reads back.

    Columns: ``id``, ``submitted_at`` (UTC datetimes), ``weight`` (missing where the response has none: it counts as
    1), one column per segment (sorted by name; a name that clashes with another column gets a ``segment:`` prefix),
    then one column per question in the survey's order: the answer (a list for multi-choice questions), missing where
    the question was not shown or was skipped.
    """
    survey = responses.survey
    questions = list(survey.question_ids)
    records = responses.to_list()
    names = sorted({name for r in records for name in r.get("segments", {})})
    taken = {"id", "submitted_at", "weight", *questions}
    column = {name: f"segment:{name}" if name in taken else name for name in names}
    data: Dict[str, List[Any]] = {"id": [], "submitted_at": [], "weight": []}
    data.update({column[name]: [] for name in names})
    data.update({q: [] for q in questions})
    for r in records:
        data["id"].append(r["id"])
        data["submitted_at"].append(r["submitted_at"])
        data["weight"].append(r.get("weight"))
        segments = r.get("segments", {})
        for name in names:
            data[column[name]].append(segments.get(name))
        answers = r.get("answers", {})
        for q in questions:
            data[q].append(answers.get(q))
    if library == "polars":
        pl: Any = importlib.import_module("polars")
        frame = pl.DataFrame(data, strict=False)
        return frame.with_columns(pl.col("submitted_at").str.to_datetime(time_zone="UTC"))
    pd: Any = importlib.import_module("pandas")
    frame = pd.DataFrame(data)
    frame["submitted_at"] = pd.to_datetime(frame["submitted_at"], utc=True, format="ISO8601")
    return frame
