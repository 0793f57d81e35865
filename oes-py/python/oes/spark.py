"""Reports and metrics over PySpark DataFrames, exactly: one accumulator per partition, merged in a tree.

Each partition reaches Python as pandas DataFrames (``mapInPandas``, through Arrow), is read as
:func:`oes.read_dataframe` reads a DataFrame and counted into an :class:`oes.ReportAccumulator` (or a metric
accumulator for one column) on the executor; the accumulators come back as their JSON state, one row per partition,
and are merged by ``RDD.treeAggregate`` (``depth`` levels). Counts are exact, so the result equals the one-pass
result on the same rows (``oes.report(survey, df.toPandas(), ...)``), whatever the partitioning.

Timestamp columns are passed to Python as RFC 3339 text with their offset (written by Spark in the session time
zone), so ``submitted_at`` keeps its instant whatever ``spark.sql.session.timeZone`` is; ``TIMESTAMP_NTZ`` columns
are taken as UTC, as naive datetimes are by ``read_dataframe``.

Needs PySpark with pandas and PyArrow (``pip install "oes[spark]"``), a Java runtime for Spark itself, and ``oes``
installed on the executors. Importing ``oes`` does not import PySpark; importing ``oes.spark`` does.

Examples
--------
>>> from pyspark.sql import SparkSession
>>> import pandas as pd
>>> import oes, oes.spark
>>> spark = SparkSession.builder.master("local[2]").getOrCreate()
>>> survey = oes.Survey.from_file("examples/survey.json")
>>> frame = pd.read_csv("examples/responses.csv")
>>> df = spark.createDataFrame(frame)
>>> oes.spark.report(df, survey, by="store", every="month") == oes.report(survey, frame, by="store", every="month")
True
>>> oes.spark.nps(df, "nps") == oes.nps(frame["nps"])
True
"""

from __future__ import annotations

import importlib
from typing import Any, Callable, Iterator, Mapping, Optional, Sequence, Union

try:
    F: Any = importlib.import_module("pyspark.sql.functions")
    T: Any = importlib.import_module("pyspark.sql.types")
except ImportError as error:  # pragma: no cover - exercised in a subprocess by the tests
    raise ImportError(
        f'oes.spark needs PySpark ({error}); install it with: pip install "oes[spark]"'
    ) from error

from . import _parts
from ._oes import (
    CesEffortResult,
    CesResult,
    CsatResult,
    NpsResult,
    ParameterError,
    RatingResult,
    Report,
    ReportAccumulator,
    Scorer,
    Survey,
    YesNoResult,
)

__all__ = ["accumulate", "report", "nps", "csat", "ces", "ces_effort", "rating", "yes_no"]

_By = Union[None, str, Sequence[str]]

# The instant with its offset (`+01:00`, `Z` for UTC), to the microsecond (Spark's precision).
_WITH_OFFSET = "yyyy-MM-dd'T'HH:mm:ss.SSSSSSXXX"
_AS_UTC = "yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'"


def _check_frame(df: Any) -> None:
    if not (hasattr(df, "mapInPandas") and hasattr(df, "schema")):
        raise TypeError(f"df must be a PySpark DataFrame, got {type(df).__name__}")


def _timestamps_as_text(df: Any) -> Any:
    """Timestamp columns as RFC 3339 text (what `read_dataframe` reads exactly), the other columns as they are."""
    columns = []
    for field in df.schema.fields:
        column = F.col(f"`{field.name}`")
        if isinstance(field.dataType, T.TimestampType):
            column = F.date_format(column, _WITH_OFFSET).alias(field.name)
        elif type(field.dataType).__name__ == "TimestampNTZType":
            column = F.date_format(column, _AS_UTC).alias(field.name)
        columns.append(column)
    return df.select(*columns)


def _check_depth(depth: int) -> None:
    if isinstance(depth, bool) or not isinstance(depth, int) or depth < 1:
        raise ParameterError(f"invalid depth: {depth!r} is not an integer of at least 1")


def _aggregate(df: Any, part: Callable[[Iterator[Any]], Any], empty: Any, depth: int) -> Any:
    """Runs `part` on every partition (it returns an accumulator), and merges the accumulators with `treeAggregate`
    starting from `empty`; returns the merged accumulator."""
    _check_depth(depth)

    def states(frames: Iterator[Any]) -> Iterator[Any]:
        pd: Any = importlib.import_module("pandas")
        yield pd.DataFrame({"state": [part(frames).to_json()]})

    kind = type(empty)
    rows = df.mapInPandas(states, schema="state string").rdd.map(lambda row: kind.from_json(row.state))
    return rows.treeAggregate(empty, lambda a, b: a + b, lambda a, b: a + b, depth=depth)


def accumulate(
    df: Any,
    survey: Survey,
    by: _By = None,
    every: Optional[str] = None,
    *,
    resolution_target_seconds: int = 86400,
    id: str = "id",
    submitted_at: str = "submitted_at",
    weight: Optional[str] = None,
    segments: Optional[Sequence[str]] = None,
    lenient: bool = False,
    scorer: Optional[Scorer] = None,
    depth: int = 2,
) -> ReportAccumulator:
    """The report accumulator of every row of a PySpark DataFrame (the merged accumulators of its partitions).

    Parameters
    ----------
    df : pyspark.sql.DataFrame
        One row per response, in the shape :func:`oes.read_dataframe` reads (columns ``id``, ``submitted_at``, the
        questions, the segments, optionally ``weight``; a multi-choice answer as an array or as ``a;b`` text).
    survey : oes.Survey
        The survey the responses answer.
    by, every, resolution_target_seconds
        The grouping, as in :class:`oes.ReportAccumulator`.
    id, submitted_at, weight, segments, lenient
        How each partition is read, as in :func:`oes.read_dataframe`. With ``lenient``, a partition whose rows are
        all invalid is an error (as a whole DataFrame of invalid rows is).
    scorer : oes.Scorer, optional
        Scores every response with the Overall Experience Score model where its partition is read, so that the
        report carries the OES means (as ``oes.report(..., scorer=)``). The scorer travels pickled (by its model
        directory, which the workers must be able to read) and is loaded once per worker process.
    depth : int
        Depth of the ``treeAggregate`` merging the partitions' accumulators (default 2).

    Returns
    -------
    oes.ReportAccumulator
        Merge it with others (``+``, ``sum``) or ``finish()`` it. A response id found in two partitions is an
        ``IncompatibleError``, as it is in one DataFrame.

    Examples
    --------
    >>> acc = oes.spark.accumulate(df, survey, by="store")
    >>> acc.finish(min_group_size=10) == oes.report(survey, frame, by="store", min_group_size=10)
    True
    """
    _check_frame(df)
    groups = _parts.grouping(by, every, resolution_target_seconds)
    empty = ReportAccumulator(survey, **groups)  # bad grouping arguments fail here, not on an executor
    read = _parts.read_options(id, submitted_at, weight, segments, lenient)
    blob = _parts.scorer_blob(scorer)

    def part(frames: Iterator[Any]) -> ReportAccumulator:
        return _parts.report_part(frames, survey, groups, read, blob)

    return _aggregate(_timestamps_as_text(df), part, empty, depth)  # type: ignore[no-any-return]


def report(
    df: Any,
    survey: Survey,
    by: _By = None,
    every: Optional[str] = None,
    *,
    confidence: float = 0.95,
    min_group_size: Optional[int] = None,
    interval: str = "adjusted_wald",
    denominator: str = "answered",
    csat_thresholds: Optional[Mapping[str, int]] = None,
    resolution_target_seconds: int = 86400,
    limits: Optional[Mapping[str, int]] = None,
    id: str = "id",
    submitted_at: str = "submitted_at",
    weight: Optional[str] = None,
    segments: Optional[Sequence[str]] = None,
    lenient: bool = False,
    scorer: Optional[Scorer] = None,
    depth: int = 2,
) -> Report:
    """The report of a PySpark DataFrame: equal to ``oes.report(survey, df.toPandas(), ...)``.

    Parameters
    ----------
    df : pyspark.sql.DataFrame
        One row per response, in the shape :func:`oes.read_dataframe` reads.
    survey : oes.Survey
        The survey the responses answer.
    by, every, confidence, min_group_size, interval, denominator, csat_thresholds, resolution_target_seconds, limits
        As in :func:`oes.report`.
    id, submitted_at, weight, segments, lenient
        How each partition is read, as in :func:`oes.read_dataframe`.
    scorer : oes.Scorer, optional
        Puts the OES means in every period, as ``oes.report(..., scorer=)`` does (see ``accumulate``).
    depth : int
        Depth of the ``treeAggregate`` merging the partitions' accumulators (default 2).

    Returns
    -------
    oes.Report
        The report; ``to_dict()``, ``to_pandas()`` and the rest as for ``oes.report``.

    Examples
    --------
    >>> monthly = oes.spark.report(df, survey, by="store", every="month")
    >>> monthly.to_dict() == oes.report(survey, frame, by="store", every="month").to_dict()
    True
    """
    options = _parts.finish_options(confidence, min_group_size, interval, denominator, csat_thresholds, limits)
    acc = accumulate(
        df,
        survey,
        by,
        every,
        resolution_target_seconds=resolution_target_seconds,
        id=id,
        submitted_at=submitted_at,
        weight=weight,
        segments=segments,
        lenient=lenient,
        scorer=scorer,
        depth=depth,
    )
    return acc.finish(**options)


def _metric(
    name: str, df: Any, column: str, weights: Optional[str], depth: int, scale: Any = None, threshold: Any = None
) -> Any:
    _check_frame(df)
    make = _parts.metric(name, scale, threshold)
    for what, col in (("column", column), ("weights", weights)):
        if col is not None and col not in df.columns:
            raise ParameterError(f"invalid {what}: the DataFrame has no column {col!r}")
    picked = df.select(F.col(f"`{column}`").alias("v"), *([F.col(f"`{weights}`").alias("w")] if weights else []))

    def part(frames: Iterator[Any]) -> Any:
        acc = make()
        for frame in frames:
            acc = acc + _parts.metric_part(make, frame["v"], frame["w"] if weights else None)
        return acc

    return _aggregate(picked, part, make(), depth)


def nps(
    df: Any,
    column: str,
    weights: Optional[str] = None,
    confidence: float = 0.95,
    interval: str = "adjusted_wald",
    denominator: str = "answered",
    *,
    depth: int = 2,
) -> NpsResult:
    """NPS of a column of 0-10 scores: equal to ``oes.nps(df.toPandas()[column], ...)``.

    Parameters
    ----------
    df : pyspark.sql.DataFrame
        The data.
    column : str
        The column of scores (a null is a question shown and skipped).
    weights : str, optional
        The column of respondent weights.
    confidence, interval, denominator
        As in :func:`oes.nps`.
    depth : int
        Depth of the ``treeAggregate`` merging the partitions' accumulators (default 2).

    Returns
    -------
    oes.NpsResult

    Examples
    --------
    >>> oes.spark.nps(df, "nps").score == oes.nps(frame["nps"]).score
    True
    """
    acc = _metric("nps", df, column, weights, depth)
    return acc.result(confidence, interval, denominator)  # type: ignore[no-any-return]


def csat(
    df: Any,
    column: str,
    scale: Any = None,
    threshold: Optional[int] = None,
    weights: Optional[str] = None,
    confidence: float = 0.95,
    denominator: str = "answered",
    *,
    depth: int = 2,
) -> CsatResult:
    """CSAT of a column: equal to ``oes.csat(df.toPandas()[column], ...)``.

    Parameters
    ----------
    df : pyspark.sql.DataFrame
        The data.
    column : str
        The column of answers on ``scale``.
    scale, threshold, confidence, denominator
        As in :func:`oes.csat`.
    weights : str, optional
        The column of respondent weights.
    depth : int
        Depth of the ``treeAggregate`` merging the partitions' accumulators (default 2).

    Returns
    -------
    oes.CsatResult

    Examples
    --------
    >>> oes.spark.csat(df, "csat", scale=(1, 5)) == oes.csat(frame["csat"], scale=(1, 5))
    True
    """
    acc = _metric("csat", df, column, weights, depth, scale, threshold)
    return acc.result(confidence, denominator)  # type: ignore[no-any-return]


def ces(
    df: Any,
    column: str,
    scale: Any = None,
    weights: Optional[str] = None,
    confidence: float = 0.95,
    interval: str = "adjusted_wald",
    denominator: str = "answered",
    *,
    depth: int = 2,
) -> CesResult:
    """CES 2.0 of a column: equal to ``oes.ces(df.toPandas()[column], ...)``.

    Parameters
    ----------
    df : pyspark.sql.DataFrame
        The data.
    column : str
        The column of agreement answers on ``scale`` (default 1-7).
    scale, confidence, interval, denominator
        As in :func:`oes.ces`.
    weights : str, optional
        The column of respondent weights.
    depth : int
        Depth of the ``treeAggregate`` merging the partitions' accumulators (default 2).

    Returns
    -------
    oes.CesResult

    Examples
    --------
    >>> oes.spark.ces(df, "ces") == oes.ces(frame["ces"])
    True
    """
    acc = _metric("ces", df, column, weights, depth, scale)
    return acc.result(confidence, interval, denominator)  # type: ignore[no-any-return]


def ces_effort(
    df: Any,
    column: str,
    scale: Any = None,
    weights: Optional[str] = None,
    confidence: float = 0.95,
    denominator: str = "answered",
    *,
    depth: int = 2,
) -> CesEffortResult:
    """Legacy CES (effort, lower is better) of a column: equal to ``oes.ces_effort(df.toPandas()[column], ...)``.

    Parameters
    ----------
    df : pyspark.sql.DataFrame
        The data.
    column : str
        The column of effort answers on ``scale`` (default 1-5).
    scale, confidence, denominator
        As in :func:`oes.ces_effort`.
    weights : str, optional
        The column of respondent weights.
    depth : int
        Depth of the ``treeAggregate`` merging the partitions' accumulators (default 2).

    Returns
    -------
    oes.CesEffortResult

    Examples
    --------
    >>> oes.spark.ces_effort(df, "effort") == oes.ces_effort(frame["effort"])
    True
    """
    acc = _metric("ces_effort", df, column, weights, depth, scale)
    return acc.result(confidence, denominator)  # type: ignore[no-any-return]


def rating(
    df: Any, column: str, scale: Any, weights: Optional[str] = None, confidence: float = 0.95, *, depth: int = 2
) -> RatingResult:
    """Mean, sd, interval and distribution of a column of ratings: equal to ``oes.rating(df.toPandas()[column],
    scale, ...)``.

    Parameters
    ----------
    df : pyspark.sql.DataFrame
        The data.
    column : str
        The column of answers on ``scale``.
    scale, confidence
        As in :func:`oes.rating`.
    weights : str, optional
        The column of respondent weights.
    depth : int
        Depth of the ``treeAggregate`` merging the partitions' accumulators (default 2).

    Returns
    -------
    oes.RatingResult

    Examples
    --------
    >>> oes.spark.rating(df, "csat", (1, 5)) == oes.rating(frame["csat"], (1, 5))
    True
    """
    acc = _metric("rating", df, column, weights, depth, scale)
    return acc.result(confidence)  # type: ignore[no-any-return]


def yes_no(
    df: Any,
    column: str,
    weights: Optional[str] = None,
    confidence: float = 0.95,
    denominator: str = "answered",
    *,
    depth: int = 2,
) -> YesNoResult:
    """Share of "yes" of a column of booleans (or 1/0): equal to ``oes.yes_no(df.toPandas()[column], ...)``.

    Parameters
    ----------
    df : pyspark.sql.DataFrame
        The data.
    column : str
        The column of answers (a null is skipped).
    weights : str, optional
        The column of respondent weights.
    confidence, denominator
        As in :func:`oes.yes_no`.
    depth : int
        Depth of the ``treeAggregate`` merging the partitions' accumulators (default 2).

    Returns
    -------
    oes.YesNoResult

    Examples
    --------
    >>> flags = spark.createDataFrame(pd.DataFrame({"ok": [True, True, False, None]}))
    >>> oes.spark.yes_no(flags, "ok") == oes.yes_no([True, True, False, None])
    True
    """
    acc = _metric("yes_no", df, column, weights, depth)
    return acc.result(confidence, denominator)  # type: ignore[no-any-return]
