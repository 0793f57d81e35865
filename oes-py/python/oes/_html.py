"""HTML for Jupyter: the ``_repr_html_`` of ``Report`` and of every result class (``NpsResult``, ``CsatResult``, ...,
``OesScore``).

Short tables of the figures as the objects hold them; every text from the input (survey, question, segment and
response ids, labels) is escaped. A report shows one row per group, period and question with its headline figure (the
figure reports compare: see ``oes._tidy``), the interval, ``n`` and the changes against the previous period and the
rest (``*``: significant); a withheld period is one row saying so.

>>> import oes
>>> html = result_html(oes.nps([10, 9, 6]))
>>> html.startswith('<table class="oes-result">') and ">score</th><td" in html and ">33.33</td>" in html
True
"""

from __future__ import annotations

import html
import math
from typing import Any, Dict, List, Optional

from ._tidy import HEADLINE

PERSPECTIVES = ("satisfaction", "recommendation", "ease", "loyalty")


def _e(value: Any) -> str:
    """``value`` as escaped HTML text."""
    return html.escape(str(value), quote=True)


def number(x: Any, decimals: Optional[int] = None) -> str:
    """A number for a table: ``decimals`` places when given, else four significant digits (one decimal from 1000 up,
    with thousands separators); ``None`` and NaN as an en dash.

    >>> number(33.333333), number(0.039591), number(123456.0), number(75.0), number(None), number(7), number(2.345, 1)
    ('33.33', '0.03959', '123,456.0', '75.0', '–', '7', '2.3')
    """
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "–"
    if isinstance(x, bool):
        return str(x)
    if isinstance(x, int):
        return f"{x:,}" if abs(x) >= 10000 else str(x)
    if decimals is not None:
        return f"{x:.{decimals}f}"
    if abs(x) >= 1000:
        return f"{x:,.1f}"
    if float(x).is_integer():
        return f"{x:.1f}"
    return format(x, ".4g")


def interval(ci: Any, decimals: Optional[int] = None) -> str:
    """``[low, high]`` as text (empty for ``None``)."""
    if not ci:
        return ""
    return f"[{number(ci[0], decimals)}, {number(ci[1], decimals)}]"


def _cell(value: Any) -> str:
    """One value of a result as escaped HTML."""
    if value is None:
        return "–"
    if isinstance(value, (bool, int, float)):
        return _e(number(value))
    if isinstance(value, tuple) and len(value) == 2 and all(isinstance(v, (int, float)) for v in value):
        return _e(interval(value))
    if isinstance(value, list) and all(isinstance(v, int) for v in value):
        return _e(", ".join(str(v) for v in value))
    if hasattr(value, "to_dict") and hasattr(value, "_repr_html_"):
        return result_html(value)
    if isinstance(value, dict):
        return _e(", ".join(f"{k} {number(v) if isinstance(v, (int, float)) else v}" for k, v in value.items()))
    return _e(value)


def _help(cls: type, name: str) -> str:
    """The first paragraph of the docstring of attribute ``name`` of ``cls`` (its meaning and unit)."""
    doc = getattr(getattr(cls, name, None), "__doc__", None) or ""
    return " ".join(doc.strip().split("\n\n")[0].split())


def result_html(result: Any) -> str:
    """A result as an HTML table: one row per figure, in the order of its JSON, the meaning and unit of each in the
    title of its name (an ``OesScore`` gets ``oes_score_html``)."""
    if type(result).__name__ == "OesScore":
        return oes_score_html(result)
    cls = type(result)
    rows = []
    for name in result.to_dict():
        if not hasattr(cls, name):
            continue
        rows.append(
            f'<tr><th title="{_e(_help(cls, name))}">{_e(name)}</th>'
            f'<td style="text-align:left">{_cell(getattr(result, name))}</td></tr>'
        )
    return (
        f'<table class="oes-result"><caption style="text-align:left"><b>{_e(cls.__name__)}</b></caption>'
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def oes_score_html(score: Any) -> str:
    """An ``OesScore`` as HTML: the four scores (0-10) and confidences (0-1), then each answer's effect in points and
    the themes its comments mention."""
    head = "".join(f"<th>{p}</th>" for p in PERSPECTIVES)
    scores = "".join(f"<td>{_e(number(getattr(score, p), 1))}</td>" for p in PERSPECTIVES)
    confidence = "".join(f"<td>{_e(number(score.confidence[p], 2))}</td>" for p in PERSPECTIVES)
    effects = ""
    for answer in score.reasons["answers"]:
        effect = answer["effect"]
        cells = "".join(f"<td>{_e(format(effect[p], '+.2f'))}</td>" for p in PERSPECTIVES)
        effects += f"<tr><th>effect of {_e(answer['question'])}</th>{cells}</tr>"
    themes = "; ".join(
        f"{_e(t['theme'])} in {_e(t['question'])} (probability {t['probability']:.2f}, polarity {t['polarity']:+.2f})"
        for t in score.reasons["themes"]
    )
    return (
        f'<table class="oes-result"><caption style="text-align:left"><b>OesScore</b> {_e(score.id)}</caption>'
        f"<thead><tr><th></th>{head}</tr></thead><tbody>"
        f"<tr><th>score (0-10)</th>{scores}</tr><tr><th>confidence (0-1)</th>{confidence}</tr>{effects}"
        f'<tr><th>themes</th><td colspan="4" style="text-align:left">{themes or "none found"}</td></tr>'
        "</tbody></table>"
    )


def _change(comparison: Optional[Dict[str, Any]], decimals: int) -> str:
    if not comparison:
        return ""
    diff = comparison["diff"]
    text = f"{diff:+.{decimals}f}"
    return text + (" *" if comparison["significant"] else "")


def _period_rows(period: Dict[str, Any], columns: int) -> List[List[str]]:
    """The rows of one period (cells as escaped HTML), without its group and period cells."""
    if period["withheld"]:
        return [[f'<td colspan="{columns}"><i>withheld (too few respondents)</i></td>']]
    rows = []
    support = period.get("support")
    if support:
        ttr = support["ttr"]
        rows.append(
            [
                "<td>(tickets)</td>",
                f"<td>TTR median, hours; within {_e(number(support['target_hours']))} h, %</td>",
                f"<td>{_e(number(ttr['median_hours'], 1))}; {_e(number(support['percent_within_target'], 1))}</td>",
                f"<td>{_e(interval(ttr['median_ci'], 1))}</td>",
                f"<td>{_e(number(support['tickets']))}</td>",
                "<td></td><td></td>",
            ]
        )
    oes = period.get("oes")
    if oes:
        means = " / ".join(number(oes[p]["mean"], 1) for p in PERSPECTIVES)
        rows.append(
            [
                "<td>(OES)</td>",
                "<td>mean satisfaction / recommendation / ease / loyalty</td>",
                f"<td>{_e(means)}</td>",
                f"<td>{_e(interval(oes['satisfaction'].get('ci'), 1))}</td>",
                f"<td>{_e(number(oes['satisfaction']['n']))}</td>",
                "<td></td><td></td>",
            ]
        )
    for qid, q in (period.get("questions") or {}).items():
        kind = q["kind"]
        if kind in HEADLINE:
            key, figure, ci = HEADLINE[kind]
            metric = q[key]
            decimals = 2 if figure == "mean" else 1
            value, ci_text = number(metric.get(figure), decimals), interval(metric.get(ci), decimals)
            n = metric.get("n")
        else:
            metric = q.get("choice") or q.get("text") or {}
            figure, value, ci_text, n, decimals = kind, "", "", metric.get("n"), 1
        rows.append(
            [
                f"<td>{_e(qid)}</td>",
                f"<td>{_e(figure)}</td>",
                f"<td>{_e(value)}</td>",
                f"<td>{_e(ci_text)}</td>",
                f"<td>{_e(number(n))}</td>",
                f"<td>{_e(_change(q.get('vs_previous'), decimals))}</td>",
                f"<td>{_e(_change(q.get('vs_rest'), decimals))}</td>",
            ]
        )
    return rows


def report_html(report: Any) -> str:
    """A report as an HTML table: a heading line, then per group and period one row per question with its headline
    figure; a withheld period is one row marked as such."""
    data = report.to_dict()
    header = ["group", "period", "respondents", "question", "figure", "value", "interval", "n"]
    header += ["vs previous", "vs rest"]
    body = []
    for label, group in zip(report.group_labels, data["groups"]):
        first_of_group = True
        for period in group["periods"]:
            rows = _period_rows(period, len(header) - 3) or [['<td colspan="7"><i>no questions</i></td>']]
            for i, cells in enumerate(rows):
                lead = [
                    f"<th>{_e(label)}</th>" if first_of_group else "<th></th>",
                    f"<td>{_e(period['period'])}</td>" if i == 0 else "<td></td>",
                    f"<td>{_e(number(period['respondents']))}</td>" if i == 0 else "<td></td>",
                ]
                body.append("<tr>" + "".join(lead + cells) + "</tr>")
                first_of_group = False
    confidence = number(100 * data["confidence"], 0)
    by = f", by {', '.join(data['by'])}" if data["by"] else ""
    every = f", every {data['every']}" if data.get("every") else ""
    size = data["min_group_size"]
    withholding = f"groups under {number(size)} respondents withheld" if size > 1 else "no group withheld"
    reason = (data.get("withheld") or {}).get("reason")
    caption = (
        f"<b>Report</b> of survey {_e(data['survey'])}: {_e(number(data['respondents']))} responses{_e(by)}"
        f"{_e(every)}; {_e(confidence)}% intervals; * = significant change; {_e(withholding)}"
        + (f"<br>{_e(reason)}" if reason else "")
    )
    head = "".join(f"<th>{_e(h)}</th>" for h in header)
    return (
        f'<table class="oes-report"><caption style="text-align:left">{caption}</caption>'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
    )
