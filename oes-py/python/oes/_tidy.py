"""A report as a tidy table: one row per group x period x question, with the question's headline figure.

Columns, in order:

- ``group``: the group label (``all``, or ``store=Berlin, channel=email``), then one column per ``by`` segment with
  the group's value (None for the overall group; a name that clashes with a fixed column gets a ``segment:`` prefix);
- ``period`` (``2025-01``, ``2025-W03``, ..., ``all``: an ordered category in pandas, an enum in polars, in
  chronological order, so sorting and plotting keep time order), ``start``, ``end`` (UTC datetimes of the first
  moment of the period and of the next one; missing without ``every``), ``respondents``, ``withheld`` (figures
  withheld below the minimum group size: every figure below is then missing);
- ``question``, ``kind``;
- ``figure``: the name of the headline figure (the one reports compare): ``score`` (nps), ``percent`` (csat),
  ``mean`` (ces, ces_effort, rating), ``percent_yes`` (yes_no); None for choice and text questions;
- ``value``, ``ci_low``, ``ci_high``: the headline figure and its confidence interval (for means, the interval of
  the mean);
- ``n``: respondents in the question's denominator (answers for means; comments for text);
- ``vs_previous_diff``, ``vs_previous_p_value``, ``vs_previous_significant``: the change against the group's
  previous period; ``vs_rest_diff``, ``vs_rest_p_value``, ``vs_rest_significant``: the group against every other
  respondent of the period. Missing where the report has no comparison.

With ``figures="all"``, every other figure of each question's result follows, one column per figure named
``<result>.<figure>`` as in ``Report.to_dict()`` (``nps.promoters_pct``, ``csat.mean``, ``ces.net_easy``,
``ces_effort.percent_low_effort``, ``yes_no.weighted_n``, ...; an interval ``x`` gives ``<result>.x_low`` and
``<result>.x_high``), missing on the rows of other kinds; distributions and choice options stay in
``Report.to_dict()``. Definitions and units: ``docs/metrics.md`` (percentages are 0-100, NPS-like scores -100..100).

``scores_frame`` makes the table of ``Scorer.score_frame``: one row per response (its docstring lists the
columns).

>>> import oes
>>> survey = oes.Survey.from_json({"id": "s", "questions": [{"id": "nps", "kind": "nps"}]})
>>> responses = oes.Responses.from_dicts(survey, [
...     {"id": "r1", "submitted_at": "2025-01-14T09:30:00Z", "answers": {"nps": 10}},
...     {"id": "r2", "submitted_at": "2025-02-20T17:02:00Z", "answers": {"nps": 3}}])
>>> table = oes.report(survey, responses, every="month", min_group_size=1).to_pandas()
>>> table[["period", "question", "figure", "value", "n"]].values.tolist()
[['2025-01', 'nps', 'score', 100.0, 1], ['2025-02', 'nps', 'score', -100.0, 1]]
"""

from __future__ import annotations

import datetime
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


FIGURES = ("headline", "all")


def _figures_of(figures: str) -> bool:
    if figures not in FIGURES:
        raise ParameterError(f"invalid figures: expected 'headline' or 'all', got {figures!r}")
    return figures == "all"


def _extra_figures(data: Dict[str, Any]) -> List[str]:
    """The `<result>.<figure>` columns of every scalar figure and interval in the report, in order of appearance."""
    seen: Dict[str, None] = {}
    for group in data["groups"]:
        for period in group["periods"]:
            for q in (period.get("questions") or {}).values():
                for key, metric in q.items():
                    if not isinstance(metric, dict):
                        continue
                    for name, value in metric.items():
                        if name in ("n", "confidence"):
                            continue
                        if _is_interval(name):
                            seen.setdefault(f"{key}.{name}_low")
                            seen.setdefault(f"{key}.{name}_high")
                        elif value is None or isinstance(value, (int, float)):
                            seen.setdefault(f"{key}.{name}")
    return list(seen)


def _is_interval(name: str) -> bool:
    """Whether a result field is an interval (`ci`, `mean_ci`, `net_easy_ci`: a `[low, high]` pair or null)."""
    return name == "ci" or name.endswith("_ci")


def columns(report: Any, figures: str = "headline") -> List[str]:
    """The column names of the tidy table of `report`."""
    names = [FIXED[0]] + [c for _, c in _segment_columns(list(report.by))] + FIXED[1:]
    if _figures_of(figures):
        names += _extra_figures(report.to_dict())
    return names


def rows(report: Any, figures: str = "headline") -> List[Dict[str, Any]]:
    """The tidy rows of `report` (see the module documentation)."""
    all_figures = _figures_of(figures)
    data = report.to_dict()
    extra = _extra_figures(data) if all_figures else []
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
                row.update({c: None for c in extra})
                q = reported.get(qid)
                if q is not None:
                    _fill(row, kind, q)
                    if all_figures:
                        _fill_all(row, q)
                out.append(row)
            if not questions:
                row = dict(base, question=None, kind=None)
                row.update({c: None for c in FIXED[8:]})
                row.update({c: None for c in extra})
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


def _fill_all(row: Dict[str, Any], q: Dict[str, Any]) -> None:
    for key, metric in q.items():
        if not isinstance(metric, dict):
            continue
        for name, value in metric.items():
            column = f"{key}.{name}"
            if _is_interval(name):
                if value is not None:
                    row[f"{column}_low"], row[f"{column}_high"] = value
            elif column in row:
                row[column] = value


def _periods(report: Any) -> List[str]:
    """The report's period labels in chronological order (every group has the same periods)."""
    groups = report.groups
    return [p["period"] for p in groups[0]["periods"]] if groups else []


def _is_count(name: str) -> bool:
    """Whether an extra figure column holds counts (integers): `nps.promoters`, `csat.satisfied`, ..."""
    return name.rsplit(".", 1)[-1] in COUNTS


# The integer figures of results (counts of answers), as `docs/metrics.md` names them.
COUNTS = {"promoters", "passives", "detractors", "skipped", "satisfied", "threshold", "agree", "disagree",
          "low_effort", "high_effort", "yes", "no"}


def to_pandas(report: Any, figures: str = "headline") -> Any:
    """The tidy table as a pandas DataFrame (nullable Int64 and boolean columns where values can be missing)."""
    pd: Any = importlib.import_module("pandas")
    names = columns(report, figures)
    df = pd.DataFrame(rows(report, figures), columns=names)
    for name, kind in _column_types(report, names).items():
        if kind == "int":
            df[name] = df[name].astype("Int64")
        elif kind == "bool":
            df[name] = df[name].astype("boolean")
        elif kind == "period":
            df[name] = pd.Categorical(df[name], categories=_periods(report), ordered=True)
        elif kind == "time":
            df[name] = pd.to_datetime(df[name], utc=True)
        elif kind == "float":
            df[name] = df[name].astype("float64")
    return df


def _column_types(report: Any, names: List[str]) -> Dict[str, str]:
    """Each column's type: int, bool, float, text, period or time."""
    segments = {c for _, c in _segment_columns(list(report.by))}
    out = {}
    for name in names:
        if name in segments or name in TEXT - {"period", "start", "end"}:
            out[name] = "text"
        elif name == "period":
            out[name] = "period"
        elif name in ("start", "end"):
            out[name] = "time"
        elif name in INTEGER or (name not in FIXED and _is_count(name)):
            out[name] = "int"
        elif name in BOOLEAN:
            out[name] = "bool"
        else:
            out[name] = "float"
    return out


def to_polars(report: Any, figures: str = "headline") -> Any:
    """The tidy table as a polars DataFrame."""
    pl: Any = importlib.import_module("polars")
    names = columns(report, figures)
    types = {"int": pl.Int64, "bool": pl.Boolean, "float": pl.Float64, "text": pl.Utf8,
             "period": pl.Enum(_periods(report)), "time": pl.Datetime("us", "UTC")}
    schema: Dict[str, Any] = {name: types[kind] for name, kind in _column_types(report, names).items()}
    data = rows(report, figures)
    columns_: Dict[str, List[Any]] = {name: [r[name] for r in data] for name in names}
    for name in ("start", "end"):
        columns_[name] = [None if v is None else _utc(v) for v in columns_[name]]
    return pl.DataFrame(columns_, schema=schema)


def _utc(day: str) -> Any:
    return datetime.datetime.fromisoformat(day).replace(tzinfo=datetime.timezone.utc)


SCORE_COLUMNS = ["id", "satisfaction", "recommendation", "ease", "loyalty"]
PERSPECTIVES = SCORE_COLUMNS[1:]


def check_library(library: str) -> None:
    """Refuses a library other than pandas or polars (before any scoring is done)."""
    if library not in ("pandas", "polars"):
        raise ParameterError(f"invalid library: expected 'pandas' or 'polars', got {library!r}")


def _top(answers: List[Dict[str, Any]], perspective: str) -> Tuple[Any, Any]:
    """The question whose answer moved `perspective` most (largest absolute effect) and that effect."""
    best = max(answers, key=lambda a: abs(a["effect"][perspective]), default=None)
    return (None, None) if best is None else (best["question"], best["effect"][perspective])


def score_columns(segments: List[str]) -> List[str]:
    """The columns of ``scores_frame`` for responses with these segment names (sorted)."""
    fixed = SCORE_COLUMNS + [f"confidence_{p}" for p in PERSPECTIVES]
    for p in PERSPECTIVES:
        fixed += [f"top_{p}", f"top_{p}_effect"]
    fixed += ["reasons", "themes", "submitted_at", "weight"]
    return fixed + [f"segment:{s}" if s in fixed else s for s in segments]


def scores_frame(scores: List[Any], library: str = "pandas", about: Any = None) -> Any:
    """OES scores as a pandas or polars DataFrame: one row per response.

    Columns: ``id``; the four scores ``satisfaction``, ``recommendation``, ``ease``, ``loyalty`` (0-10); their
    confidences ``confidence_<perspective>`` (0-1: how likely the score is within one point of what a person would
    say); ``top_<perspective>`` and ``top_<perspective>_effect``: the question whose answer moved that score most
    and by how much (points on 0-10, signed; missing for a response without answers); ``reasons``: every answer's
    effect (a list of ``{question, effect: {perspective: points}}``, as ``OesScore.reasons["answers"]``); ``themes``: the themes the
    comments mention (a list of ``{theme, question, polarity, probability}``); ``submitted_at`` (UTC datetimes),
    ``weight`` (missing where the response has none: it counts as 1), then one column per segment (sorted by name; a
    name that clashes with another column gets a ``segment:`` prefix). An effect is the change of each score when that
    answer alone is removed, in the model: not a causal effect (see ``docs/oes-model.md``).
    """
    check_library(library)
    about = about if about is not None else [{"submitted_at": None, "weight": None, "segments": {}} for _ in scores]
    segments = sorted({name for a in about for name in a["segments"]})
    names = score_columns(segments)
    data: Dict[str, List[Any]] = {name: [] for name in names}
    for score, extra in zip(scores, about):
        reasons = score.reasons
        data["id"].append(score.id)
        confidence = score.confidence
        for p in PERSPECTIVES:
            data[p].append(getattr(score, p))
            data[f"confidence_{p}"].append(confidence[p])
            top, effect = _top(reasons["answers"], p)
            data[f"top_{p}"].append(top)
            data[f"top_{p}_effect"].append(effect)
        data["reasons"].append(reasons["answers"])
        data["themes"].append(reasons["themes"])
        data["submitted_at"].append(extra["submitted_at"])
        data["weight"].append(extra["weight"])
        for name, column in zip(segments, names[len(names) - len(segments):]):
            data[column].append(extra["segments"].get(name))
    floats = PERSPECTIVES + [f"confidence_{p}" for p in PERSPECTIVES] + [f"top_{p}_effect" for p in PERSPECTIVES]
    if library == "pandas":
        pd: Any = importlib.import_module("pandas")
        df = pd.DataFrame(data, columns=names)
        df = df.astype({name: "float64" for name in floats + ["weight"]})
        df["submitted_at"] = pd.to_datetime(df["submitted_at"], utc=True, format="ISO8601")
        return df
    pl: Any = importlib.import_module("polars")
    effect = pl.Struct({p: pl.Float64 for p in PERSPECTIVES})
    schema: Dict[str, Any] = {name: pl.Utf8 for name in names}
    schema.update({name: pl.Float64 for name in floats + ["weight"]})
    schema["reasons"] = pl.List(pl.Struct({"question": pl.Utf8, "effect": effect}))
    schema["themes"] = pl.List(
        pl.Struct({"theme": pl.Utf8, "question": pl.Utf8, "polarity": pl.Float64, "probability": pl.Float64})
    )
    frame = pl.DataFrame(data, schema=schema)
    return frame.with_columns(pl.col("submitted_at").str.to_datetime(time_zone="UTC"))
