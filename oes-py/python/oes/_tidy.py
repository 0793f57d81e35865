"""A report as a tidy table: one row per group x period x question, with the question's headline figure.

Columns, in order:

- ``group``: the group label (``all``, or ``store=Berlin, channel=email``), then one column per ``by`` segment with
  the group's value (None for the overall group; a name that clashes with a fixed column gets a ``segment:`` prefix);
- ``period``, ``start``, ``end`` (first day and first day after, None without ``every``), ``respondents``,
  ``withheld`` (figures withheld below the minimum group size: every figure below is then missing);
- ``question``, ``kind``;
- ``figure``: the name of the headline figure (the one reports compare): ``score`` (nps), ``percent`` (csat),
  ``mean`` (ces, ces_effort, rating), ``percent_yes`` (yes_no); None for choice and text questions;
- ``value``, ``ci_low``, ``ci_high``: the headline figure and its confidence interval (for means, the interval of
  the mean);
- ``n``: respondents in the question's denominator (answers for means; comments for text);
- ``vs_previous_diff``, ``vs_previous_p_value``, ``vs_previous_significant``: the change against the group's
  previous period; ``vs_rest_diff``, ``vs_rest_p_value``, ``vs_rest_significant``: the group against every other
  respondent of the period. Missing where the report has no comparison.

Every figure of the report, with all fields, is in ``Report.to_dict()``.

``scores_frame`` makes the table of ``Scorer.score_frame``: one row per response, with the columns ``id``,
``satisfaction``, ``recommendation``, ``ease`` and ``loyalty``.
"""

from __future__ import annotations

import importlib
from typing import Any, Dict, List, Tuple

from ._oes import ParameterError, _headlines

# kind -> (key of the metric in the report, headline figure, its interval), as the core names them
HEADLINE: Dict[str, Tuple[str, str, str]] = _headlines()

FIXED = [
    "group",
    "period",
    "start",
    "end",
    "respondents",
    "withheld",
    "question",
    "kind",
    "figure",
    "value",
    "ci_low",
    "ci_high",
    "n",
    "vs_previous_diff",
    "vs_previous_p_value",
    "vs_previous_significant",
    "vs_rest_diff",
    "vs_rest_p_value",
    "vs_rest_significant",
]
TEXT = {"group", "period", "start", "end", "question", "kind", "figure"}
INTEGER = {"respondents", "n"}
BOOLEAN = {"withheld", "vs_previous_significant", "vs_rest_significant"}


def _segment_columns(by: List[str]) -> List[Tuple[str, str]]:
    """(segment name, column name) pairs."""
    return [(name, f"segment:{name}" if name in FIXED else name) for name in by]


def columns(report: Any) -> List[str]:
    """The column names of the tidy table of `report`."""
    return [FIXED[0]] + [c for _, c in _segment_columns(list(report.by))] + FIXED[1:]


def rows(report: Any) -> List[Dict[str, Any]]:
    """The tidy rows of `report` (see the module documentation)."""
    data = report.to_dict()
    segment_columns = _segment_columns(data["by"])
    # Question ids and kinds in survey order, from any period that is not withheld.
    questions: Dict[str, str] = {}
    for group in data["groups"]:
        for period in group["periods"]:
            for qid, q in (period.get("questions") or {}).items():
                questions.setdefault(qid, q["kind"])
    out = []
    for label, group in zip(report.group_labels, data["groups"]):
        segment = group["segment"]
        for period in group["periods"]:
            base: Dict[str, Any] = {"group": label}
            for name, column in segment_columns:
                base[column] = segment.get(name)
            base.update(
                period=period["period"],
                start=period.get("start"),
                end=period.get("end"),
                respondents=period["respondents"],
                withheld=period["withheld"],
            )
            reported = period.get("questions") or {}
            for qid, kind in questions.items():
                row = dict(base, question=qid, kind=kind)
                row.update({c: None for c in FIXED[8:]})
                q = reported.get(qid)
                if q is not None:
                    _fill(row, kind, q)
                out.append(row)
            if not questions:
                row = dict(base, question=None, kind=None)
                row.update({c: None for c in FIXED[8:]})
                out.append(row)
    return out


def _fill(row: Dict[str, Any], kind: str, q: Dict[str, Any]) -> None:
    if kind in HEADLINE:
        key, figure, interval = HEADLINE[kind]
        metric = q[key]
        ci = metric.get(interval)
        row.update(
            figure=figure,
            value=metric.get(figure),
            ci_low=ci[0] if ci else None,
            ci_high=ci[1] if ci else None,
            n=metric.get("n"),
        )
    else:
        metric = q.get("choice") or q.get("text") or {}
        row["n"] = metric.get("n")
    for side in ("vs_previous", "vs_rest"):
        comparison = q.get(side)
        if comparison:
            row[f"{side}_diff"] = comparison["diff"]
            row[f"{side}_p_value"] = comparison["p_value"]
            row[f"{side}_significant"] = comparison["significant"]


def to_pandas(report: Any) -> Any:
    """The tidy table as a pandas DataFrame (nullable Int64 and boolean columns where values can be missing)."""
    pd: Any = importlib.import_module("pandas")
    names = columns(report)
    df = pd.DataFrame(rows(report), columns=names)
    for name in names:
        if name in INTEGER:
            df[name] = df[name].astype("Int64")
        elif name in BOOLEAN:
            df[name] = df[name].astype("boolean")
        elif name not in TEXT and name in FIXED:
            df[name] = df[name].astype("float64")
    return df


def to_polars(report: Any) -> Any:
    """The tidy table as a polars DataFrame."""
    pl: Any = importlib.import_module("polars")
    names = columns(report)
    schema: Dict[str, Any] = {}
    for name in names:
        if name in INTEGER:
            schema[name] = pl.Int64
        elif name in BOOLEAN:
            schema[name] = pl.Boolean
        elif name in TEXT or name not in FIXED:
            schema[name] = pl.Utf8
        else:
            schema[name] = pl.Float64
    data = rows(report)
    return pl.DataFrame({name: [r[name] for r in data] for name in names}, schema=schema)


SCORE_COLUMNS = ["id", "satisfaction", "recommendation", "ease", "loyalty"]


def scores_frame(scores: List[Any], library: str = "pandas") -> Any:
    """OES scores as a pandas or polars DataFrame: one row per score (see the module documentation)."""
    data: Dict[str, List[Any]] = {name: [getattr(s, name) for s in scores] for name in SCORE_COLUMNS}
    if library == "pandas":
        pd: Any = importlib.import_module("pandas")
        df = pd.DataFrame(data, columns=SCORE_COLUMNS)
        return df.astype({name: "float64" for name in SCORE_COLUMNS[1:]})
    if library == "polars":
        pl: Any = importlib.import_module("polars")
        schema: Dict[str, Any] = {name: pl.Float64 for name in SCORE_COLUMNS}
        schema["id"] = pl.Utf8
        return pl.DataFrame(data, schema=schema)
    raise ParameterError(f"invalid library: expected 'pandas' or 'polars', got {library!r}")
