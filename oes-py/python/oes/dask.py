"""Reports and metrics over Dask DataFrames, exactly: one accumulator per partition, merged in a tree.

Each partition (a pandas DataFrame) is read as :func:`oes.read_dataframe` reads a DataFrame and counted into an
:class:`oes.ReportAccumulator` (or a metric accumulator for one column) where the partition lives; the accumulators
travel pickled and are merged ``split_every`` at a time, and the client finishes the last one. Counts are exact, so
the result equals the one-pass result on the same rows (``oes.report(survey, ddf.compute(), ...)``), whatever the
partitioning and the order of the merges.

Needs Dask (``pip install "oes[dask]"``: ``dask[dataframe]`` and ``distributed``). The computation runs on the
current scheduler: a ``dask.distributed.Client`` when one is active (a ``LocalCluster`` or a real cluster), else
Dask's local threads. Importing ``oes`` does not import Dask; importing ``oes.dask`` does.

Examples
--------
>>> import dask.dataframe as dd
>>> import oes, oes.dask
>>> survey = oes.Survey.from_file("examples/survey.json")
>>> frame = oes.read_responses(survey, "examples/responses.jsonl").to_pandas()
>>> ddf = dd.from_pandas(frame, npartitions=4)
>>> oes.dask.report(ddf, survey, by="store", every="month") == oes.report(survey, frame, by="store", every="month")
True
>>> oes.dask.nps(ddf["nps"]) == oes.nps(frame["nps"])
True
"""

from __future__ import annotations

import importlib
from typing import Any, List, Mapping, Optional, Sequence, Union

try:
    dask: Any = importlib.import_module("dask")
    importlib.import_module("dask.dataframe")  # the DataFrame API this module reads
except ImportError as error:  # pragma: no cover - exercised in a subprocess by the tests
    raise ImportError(
        f'oes.dask needs Dask ({error}); install it with: pip install "oes[dask]"'
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

_Every = Optional[str]
_By = Union[None, str, Sequence[str]]


def _partitions(obj: Any, what: str) -> List[Any]:
    if not hasattr(obj, "to_delayed") or not hasattr(obj, "npartitions"):
        raise TypeError(f"{what} must be a dask {'DataFrame' if what == 'ddf' else 'Series'}, got {type(obj).__name__}")
    return list(obj.to_delayed())


def _tree(parts: List[Any], split_every: int) -> Any:
    """Sums delayed accumulators `split_every` at a time, level by level, down to one (the root, still delayed)."""
    if isinstance(split_every, bool) or not isinstance(split_every, int) or split_every < 2:
        raise ParameterError(f"invalid split_every: {split_every!r} is not an integer of at least 2")
    while len(parts) > 1:
        parts = [
            dask.delayed(_parts.add_all, pure=True)(parts[i : i + split_every])
            for i in range(0, len(parts), split_every)
        ]
    return parts[0]


def accumulate(
    ddf: Any,
    survey: Survey,
    by: _By = None,
    every: _Every = None,
    *,
    resolution_target_seconds: int = 86400,
    id: str = "id",
    submitted_at: str = "submitted_at",
    weight: Optional[str] = None,
    segments: Optional[Sequence[str]] = None,
    lenient: bool = False,
    scorer: Optional[Scorer] = None,
    split_every: int = 8,
) -> ReportAccumulator:
    """The report accumulator of every row of a Dask DataFrame (the merged accumulators of its partitions).

    Parameters
    ----------
    ddf : dask.dataframe.DataFrame
        One row per response, in the shape :func:`oes.read_dataframe` reads (columns ``id``, ``submitted_at``, the
        questions, the segments, optionally ``weight``).
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
    split_every : int
        Accumulators merged per task of the tree reduction (default 8).

    Returns
    -------
    oes.ReportAccumulator
        Merge it with others (``+``, ``sum``) or ``finish()`` it. A response id found in two partitions is an
        ``IncompatibleError``, as it is in one DataFrame.

    Examples
    --------
    >>> acc = oes.dask.accumulate(ddf, survey, by="store")
    >>> acc.finish(min_group_size=10) == oes.report(survey, frame, by="store", min_group_size=10)
    True
    """
    groups = _parts.grouping(by, every, resolution_target_seconds)
    ReportAccumulator(survey, **groups)  # bad grouping arguments fail here, not in a worker
    read = _parts.read_options(id, submitted_at, weight, segments, lenient)
    blob = _parts.scorer_blob(scorer)
    parts = [
        dask.delayed(_parts.report_part, pure=True)([frame], survey, groups, read, blob)
        for frame in _partitions(ddf, "ddf")
    ]
    (acc,) = dask.compute(_tree(parts, split_every))
    return acc  # type: ignore[no-any-return]


def report(
    ddf: Any,
    survey: Survey,
    by: _By = None,
    every: _Every = None,
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
    split_every: int = 8,
) -> Report:
    """The report of a Dask DataFrame: equal to ``oes.report(survey, ddf.compute(), ...)``.

    Parameters
    ----------
    ddf : dask.dataframe.DataFrame
        One row per response, in the shape :func:`oes.read_dataframe` reads.
    survey : oes.Survey
        The survey the responses answer.
    by, every, confidence, min_group_size, interval, denominator, csat_thresholds, resolution_target_seconds, limits
        As in :func:`oes.report`.
    id, submitted_at, weight, segments, lenient
        How each partition is read, as in :func:`oes.read_dataframe`.
    scorer : oes.Scorer, optional
        Puts the OES means in every period, as ``oes.report(..., scorer=)`` does (see ``accumulate``).
    split_every : int
        Accumulators merged per task of the tree reduction (default 8).

    Returns
    -------
    oes.Report
        The report; ``to_dict()``, ``to_pandas()`` and the rest as for ``oes.report``.

    Examples
    --------
    >>> monthly = oes.dask.report(ddf, survey, by="store", every="month")
    >>> monthly.to_dict() == oes.report(survey, frame, by="store", every="month").to_dict()
    True
    """
    options = _parts.finish_options(confidence, min_group_size, interval, denominator, csat_thresholds, limits)
    acc = accumulate(
        ddf,
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
        split_every=split_every,
    )
    return acc.finish(**options)


def _metric(name: str, values: Any, weights: Any, split_every: int, scale: Any = None, threshold: Any = None) -> Any:
    make = _parts.metric(name, scale, threshold)
    columns = _partitions(values, "values")
    if weights is None:
        parts = [dask.delayed(_parts.metric_part, pure=True)(make, column) for column in columns]
    else:
        weight_columns = _partitions(weights, "weights")
        if weights.npartitions != values.npartitions or (
            values.known_divisions and weights.known_divisions and weights.divisions != values.divisions
        ):
            raise ParameterError(
                "invalid weights: not partitioned as the values (pass two columns of the same DataFrame)"
            )
        parts = [
            dask.delayed(_parts.metric_part, pure=True)(make, column, w) for column, w in zip(columns, weight_columns)
        ]
    (acc,) = dask.compute(_tree(parts, split_every))
    return acc


def nps(
    values: Any,
    weights: Any = None,
    confidence: float = 0.95,
    interval: str = "adjusted_wald",
    denominator: str = "answered",
    *,
    split_every: int = 8,
) -> NpsResult:
    """NPS of a Dask Series of 0-10 scores: equal to ``oes.nps(values.compute(), ...)``.

    Parameters
    ----------
    values : dask.dataframe.Series
        The scores (a missing value is a question shown and skipped).
    weights : dask.dataframe.Series, optional
        Respondent weights: a column of the same DataFrame.
    confidence, interval, denominator
        As in :func:`oes.nps`.
    split_every : int
        Accumulators merged per task of the tree reduction (default 8).

    Returns
    -------
    oes.NpsResult

    Examples
    --------
    >>> oes.dask.nps(ddf["nps"]).score == oes.nps(frame["nps"]).score
    True
    """
    acc = _metric("nps", values, weights, split_every)
    return acc.result(confidence, interval, denominator)  # type: ignore[no-any-return]


def csat(
    values: Any,
    scale: Any = None,
    threshold: Optional[int] = None,
    weights: Any = None,
    confidence: float = 0.95,
    denominator: str = "answered",
    *,
    split_every: int = 8,
) -> CsatResult:
    """CSAT of a Dask Series: equal to ``oes.csat(values.compute(), ...)``.

    Parameters
    ----------
    values : dask.dataframe.Series
        The answers on ``scale``.
    scale, threshold, weights, confidence, denominator
        As in :func:`oes.csat` (``weights``: a Dask Series of the same DataFrame).
    split_every : int
        Accumulators merged per task of the tree reduction (default 8).

    Returns
    -------
    oes.CsatResult

    Examples
    --------
    >>> oes.dask.csat(ddf["csat"], scale=(1, 5)) == oes.csat(frame["csat"], scale=(1, 5))
    True
    """
    acc = _metric("csat", values, weights, split_every, scale, threshold)
    return acc.result(confidence, denominator)  # type: ignore[no-any-return]


def ces(
    values: Any,
    scale: Any = None,
    weights: Any = None,
    confidence: float = 0.95,
    interval: str = "adjusted_wald",
    denominator: str = "answered",
    *,
    split_every: int = 8,
) -> CesResult:
    """CES 2.0 of a Dask Series: equal to ``oes.ces(values.compute(), ...)``.

    Parameters
    ----------
    values : dask.dataframe.Series
        The agreement answers on ``scale`` (default 1-7).
    scale, weights, confidence, interval, denominator
        As in :func:`oes.ces` (``weights``: a Dask Series of the same DataFrame).
    split_every : int
        Accumulators merged per task of the tree reduction (default 8).

    Returns
    -------
    oes.CesResult

    Examples
    --------
    >>> oes.dask.ces(ddf["ces"]) == oes.ces(frame["ces"])
    True
    """
    acc = _metric("ces", values, weights, split_every, scale)
    return acc.result(confidence, interval, denominator)  # type: ignore[no-any-return]


def ces_effort(
    values: Any,
    scale: Any = None,
    weights: Any = None,
    confidence: float = 0.95,
    denominator: str = "answered",
    *,
    split_every: int = 8,
) -> CesEffortResult:
    """Legacy CES (effort, lower is better) of a Dask Series: equal to ``oes.ces_effort(values.compute(), ...)``.

    Parameters
    ----------
    values : dask.dataframe.Series
        The effort answers on ``scale`` (default 1-5).
    scale, weights, confidence, denominator
        As in :func:`oes.ces_effort` (``weights``: a Dask Series of the same DataFrame).
    split_every : int
        Accumulators merged per task of the tree reduction (default 8).

    Returns
    -------
    oes.CesEffortResult

    Examples
    --------
    >>> oes.dask.ces_effort(ddf["effort"]) == oes.ces_effort(frame["effort"])
    True
    """
    acc = _metric("ces_effort", values, weights, split_every, scale)
    return acc.result(confidence, denominator)  # type: ignore[no-any-return]


def rating(
    values: Any, scale: Any, weights: Any = None, confidence: float = 0.95, *, split_every: int = 8
) -> RatingResult:
    """Mean, sd, interval and distribution of a Dask Series of ratings: equal to ``oes.rating(values.compute(),
    scale, ...)``.

    Parameters
    ----------
    values : dask.dataframe.Series
        The answers on ``scale``.
    scale, weights, confidence
        As in :func:`oes.rating` (``weights``: a Dask Series of the same DataFrame).
    split_every : int
        Accumulators merged per task of the tree reduction (default 8).

    Returns
    -------
    oes.RatingResult

    Examples
    --------
    >>> oes.dask.rating(ddf["csat"], (1, 5)) == oes.rating(frame["csat"], (1, 5))
    True
    """
    acc = _metric("rating", values, weights, split_every, scale)
    return acc.result(confidence)  # type: ignore[no-any-return]


def yes_no(
    values: Any,
    weights: Any = None,
    confidence: float = 0.95,
    denominator: str = "answered",
    *,
    split_every: int = 8,
) -> YesNoResult:
    """Share of "yes" of a Dask Series of booleans (or 1/0): equal to ``oes.yes_no(values.compute(), ...)``.

    Parameters
    ----------
    values : dask.dataframe.Series
        The answers (a missing value is skipped).
    weights, confidence, denominator
        As in :func:`oes.yes_no` (``weights``: a Dask Series of the same DataFrame).
    split_every : int
        Accumulators merged per task of the tree reduction (default 8).

    Returns
    -------
    oes.YesNoResult

    Examples
    --------
    >>> oes.dask.yes_no(ddf["return_intent"]) == oes.yes_no(frame["return_intent"])
    True
    """
    acc = _metric("yes_no", values, weights, split_every)
    return acc.result(confidence, denominator)  # type: ignore[no-any-return]
