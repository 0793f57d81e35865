"""Responses from a pandas or polars DataFrame: one row per response, one column per question id.

The rows become records in the JSONL format whose answers the extension reads as the cells of a CSV file (the core's
one cell reader: same checks, same errors; an error's "line" is the 1-based row number).
"""

from __future__ import annotations

import datetime as _dt
import importlib
import json
import math
import warnings
from typing import Any, Dict, List, Optional, Sequence

from ._oes import ParameterError, Responses, Survey

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


def _columns(df: Any) -> Dict[str, List[Any]]:
    """Column name -> list of Python values, for pandas and polars DataFrames."""
    module = type(df).__module__ or ""
    if module.startswith("polars"):
        return {str(name): df.get_column(name).to_list() for name in df.columns}
    if module.startswith("pandas"):
        return {str(name): df[name].tolist() for name in df.columns}
    raise TypeError(f"expected a pandas or polars DataFrame, got {type(df).__module__}.{type(df).__name__}")


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


def _warn_unlikely_segments(columns: Dict[str, Any], names: List[str]) -> None:
    """Warns about inferred segment columns that look like free text or identifiers (see ``read_dataframe``)."""
    for name in names:
        values = columns[name]
        rows = len(values)
        distinct = len({_label(v) for v in values if not _is_missing(v)})
        if distinct > 1000 or (rows >= 20 and distinct > rows / 2):
            warnings.warn(
                f"read_dataframe: column {name!r} is read as a segment (every column that is not the id, the time, the "
                f"weight or a question is one) but has {distinct} distinct values in {rows} rows; pass segments=[...] "
                "to name the segment columns",
                UserWarning,
                stacklevel=3,
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
    """Reads responses from a pandas or polars DataFrame with one row per response.

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
    """
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
        _warn_unlikely_segments(columns, segment_names)
    else:
        if isinstance(segments, str):
            segments = [segments]
        segment_names = list(segments)
        for name in segment_names:
            if name not in columns:
                raise ParameterError(f"invalid segments: the DataFrame has no column {name!r}")
    ids = columns[id]
    times = columns[submitted_at]
    weights = columns[weight] if weight is not None else None
    records = []
    for row in range(len(ids)):
        answers = {}
        for q in questions:
            value = columns[q][row]
            if not _is_missing(value):
                answers[q] = _cell(value)
        record: Dict[str, Any] = {}
        rid = ids[row]
        if not _is_missing(rid):
            record["id"] = str(_integral(rid))
        stamp = _timestamp(times[row])
        if stamp is not None:
            record["submitted_at"] = stamp
        record["segments"] = {
            name: _label(columns[name][row]) for name in segment_names if not _is_missing(columns[name][row])
        }
        if weights is not None and not _is_missing(weights[row]):
            record["weight"] = float(weights[row])
        record["answers"] = answers
        records.append(record)
    return Responses.from_dicts(survey, records, lenient, cells=True)


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
