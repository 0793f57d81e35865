"""What ``oes.dask`` and ``oes.spark`` share: the accumulator of one partition, and the options split between reading
a DataFrame, grouping a report and finishing it. Nothing here imports Dask or Spark."""

from __future__ import annotations

import pickle
from functools import reduce
from typing import Any, Callable, Dict, Iterable, List, Mapping, Optional, Sequence, TypeVar, Union

from ._frames import _read
from ._oes import (
    CesAccumulator,
    CesEffortAccumulator,
    CsatAccumulator,
    NpsAccumulator,
    ParameterError,
    RatingAccumulator,
    ReportAccumulator,
    Scorer,
    Survey,
    YesNoAccumulator,
)

A = TypeVar("A")


# Scorers unpickled in this process, by their pickle: a worker loads the model once, not once per partition.
_SCORERS: Dict[bytes, Scorer] = {}


def scorer_blob(scorer: Optional[Scorer]) -> Optional[bytes]:
    """What a task carries of a scorer: its pickle (its arguments), or None."""
    if scorer is None:
        return None
    if not isinstance(scorer, Scorer):
        raise TypeError(f"scorer must be an oes.Scorer, got {type(scorer).__name__}")
    return pickle.dumps(scorer)


def _scorer(blob: Optional[bytes]) -> Optional[Scorer]:
    if blob is None:
        return None
    if blob not in _SCORERS:
        _SCORERS[blob] = pickle.loads(blob)
    return _SCORERS[blob]


def report_part(
    frames: Iterable[Any],
    survey: Survey,
    grouping: Mapping[str, Any],
    read: Mapping[str, Any],
    scorer: Optional[bytes] = None,
) -> ReportAccumulator:
    """The report accumulator of one partition: its pandas DataFrames (one, or Spark's Arrow batches), each read as
    ``read_dataframe`` reads a DataFrame, and scored with the pickled `scorer` when there is one."""
    acc = ReportAccumulator(survey, **grouping)
    columns = {k: v for k, v in read.items() if k != "lenient"}
    # The columns grouped by: inferred segment columns among them are not warned about (as `oes.report` does).
    by = grouping.get("by")
    grouped = [by] if isinstance(by, str) else list(by or ())
    for frame in frames:
        if not len(frame):
            continue
        # Without a scorer, counted column by column when every row is valid; else read row by row.
        if scorer is None and acc._add_frame(frame, grouped=grouped, **columns):
            continue
        acc.add(_read(survey, frame, grouped=grouped, **read), scorer=_scorer(scorer))
    return acc


def grouping(by: Union[None, str, Sequence[str]], every: Optional[str], resolution_target_seconds: int) -> Dict[str, Any]:
    """The arguments of ``ReportAccumulator`` (checked now, on the client, by making an empty one)."""
    return {"by": by, "every": every, "resolution_target_seconds": resolution_target_seconds}


def read_options(
    id: str, submitted_at: str, weight: Optional[str], segments: Optional[Sequence[str]], lenient: bool
) -> Dict[str, Any]:
    return {"id": id, "submitted_at": submitted_at, "weight": weight, "segments": segments, "lenient": lenient}


def finish_options(
    confidence: float,
    min_group_size: Optional[int],
    interval: str,
    denominator: str,
    csat_thresholds: Optional[Mapping[str, int]],
    limits: Optional[Mapping[str, int]],
) -> Dict[str, Any]:
    return {
        "confidence": confidence,
        "min_group_size": min_group_size,
        "interval": interval,
        "denominator": denominator,
        "csat_thresholds": csat_thresholds,
        "limits": limits,
    }


def add_all(parts: List[A]) -> A:
    """The sum of a non-empty list of accumulators (a new one: the parts are unchanged)."""
    return reduce(lambda a, b: a + b, parts)  # type: ignore[operator]


def metric(
    name: str,
    scale: Any = None,
    threshold: Optional[int] = None,
) -> Callable[[], Any]:
    """A function making the empty accumulator of a metric (run once here first, so that a bad scale or threshold is
    an error on the client, not in a worker)."""
    makers: Dict[str, Callable[[], Any]] = {
        "nps": NpsAccumulator,
        "csat": lambda: CsatAccumulator(scale, threshold),
        "ces": lambda: CesAccumulator(scale),
        "ces_effort": lambda: CesEffortAccumulator(scale),
        "rating": lambda: RatingAccumulator(scale),
        "yes_no": YesNoAccumulator,
    }
    if name not in makers:
        raise ParameterError(f"invalid metric: {name!r} is none of {', '.join(makers)}")
    make = makers[name]
    make()
    return make


def metric_part(make: Callable[[], A], values: Any, weights: Any = None) -> A:
    """The accumulator of one partition of a column (with its weights)."""
    acc = make()
    if len(values):
        acc.add_many(values, weights)  # type: ignore[attr-defined]
    return acc
