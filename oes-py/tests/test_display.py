"""How objects show in a notebook: `str(Report)` is the command line's table, `_repr_html_` of reports and results
(escaped), and the short `repr` of `OesScore`.

The OES tests need the `onnxruntime` package and the committed model (as `test_oes.py`).
"""

from __future__ import annotations

import re
import subprocess
from html.parser import HTMLParser
from typing import Any, Iterator, List, Tuple

import pytest

import oes
from conftest import EXAMPLES, oes_command

HOSTILE = '<script>alert("x")</script> & Co'


class _Cells(HTMLParser):
    """The text of every table cell, and whether any tag other than table markup appears."""

    TABLE = {"table", "caption", "thead", "tbody", "tr", "th", "td", "b", "i", "br"}

    def __init__(self) -> None:
        super().__init__()
        self.cells: List[str] = []
        self.other_tags: List[str] = []
        self._open = False

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag not in self.TABLE:
            self.other_tags.append(tag)
        if tag in ("td", "th"):
            self._open = True
            self.cells.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th"):
            self._open = False

    def handle_data(self, data: str) -> None:
        if self._open:
            self.cells[-1] += data


def parse(html: str) -> _Cells:
    parser = _Cells()
    parser.feed(html)
    parser.close()
    return parser


def small_survey() -> oes.Survey:
    return oes.Survey.from_json(
        {
            "id": "pulse",
            "audience": "customer",
            "questions": [
                {"id": "nps", "kind": "nps"},
                {"id": "csat", "kind": "csat", "scale": {"min": 1, "max": 5}},
                {"id": "effort", "kind": "ces_effort"},
            ],
        }
    )


def records(store_b: str = "Warsaw") -> List[dict]:
    out = []
    for i in range(12):
        out.append(
            {
                "id": f"r{i}",
                "submitted_at": f"2025-0{1 + i % 2}-1{i % 9}T09:00:00Z",
                "segments": {"store": "Berlin" if i < 9 else store_b},
                "answers": {"nps": i % 11, "csat": 1 + i % 5, "effort": 1 + i % 5},
            }
        )
    return out


@pytest.mark.parametrize(
    "args",
    [
        ["--by", "store", "--every", "month"],
        ["--by", "region", "--every", "quarter", "--min-group-size", "40"],
        ["--every", "week", "--confidence", "0.9", "--interval", "wald"],
    ],
    ids=["store-month", "region-withheld", "week-wald"],
)
def test_str_of_a_report_is_the_command_tables(args: List[str]) -> None:
    command = [str(oes_command()), "report", "--survey", str(EXAMPLES / "survey.json")]
    command += ["--responses", str(EXAMPLES / "responses.jsonl"), "--format", "table", *args]
    expected = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    options: dict = {}
    it = iter(args)
    for flag, value in zip(it, it):
        name = flag[2:].replace("-", "_")
        options[name] = float(value) if name == "confidence" else int(value) if name == "min_group_size" else value
    survey = oes.Survey.from_file(EXAMPLES / "survey.json")
    report = oes.report(survey, EXAMPLES / "responses.jsonl", **options)
    assert str(report) == expected
    assert expected.startswith("survey retail-cx-2025: 600 responses")


def test_str_escapes_terminal_controls() -> None:
    report = oes.report(small_survey(), oes.Responses.from_dicts(small_survey(), records("Wa\x1b[2Jrsaw")), by="store")
    text = str(report)
    assert "== store=Wa\\u{1b}[2Jrsaw ==" in text and "\x1b" not in text


def test_report_html_has_a_row_per_group_period_and_question_and_marks_withheld_ones() -> None:
    survey = small_survey()
    responses = oes.Responses.from_dicts(survey, records())
    report = oes.report(survey, responses, by="store", every="month", min_group_size=4)
    html = report._repr_html_()
    parsed = parse(html)
    assert parsed.other_tags == []
    rows = re.findall(r"<tr>(.*?)</tr>", html)
    data = report.to_dict()
    periods = [p for g in data["groups"] for p in g["periods"]]
    withheld_periods = [p for p in periods if p["withheld"]]
    assert withheld_periods and len(withheld_periods) < len(periods)
    # a header, one row per question of each period shown, one row per withheld period
    assert len(rows) == 1 + 3 * (len(periods) - len(withheld_periods)) + len(withheld_periods)
    assert len([r for r in rows if "<i>withheld" in r]) == len(withheld_periods)
    warsaw = data["groups"][report.group_labels.index("store=Warsaw")]
    assert all(p["withheld"] for p in warsaw["periods"])  # 1 and 2 respondents
    nps = data["groups"][0]["periods"][0]["questions"]["nps"]["nps"]
    first = parse(rows[1]).cells
    respondents = str(data["groups"][0]["periods"][0]["respondents"])
    assert first[:6] == ["all", "2025-01", respondents, "nps", "score", f"{nps['score']:.1f}"]
    assert first[6] == f"[{nps['ci'][0]:.1f}, {nps['ci'][1]:.1f}]" and first[7] == str(nps["n"])
    effort = parse(rows[3]).cells
    assert effort[3:5] == ["effort", "mean"]  # means to two decimals
    assert re.fullmatch(r"\d\.\d\d", effort[5])
    assert "groups under 4 respondents withheld" in html
    reason = data["withheld"]["reason"]
    assert reason and f"<br>{reason}" in html.replace("&#x27;", "'")


def test_report_html_escapes_every_text_from_the_input() -> None:
    survey = oes.Survey.from_json({"id": "<b>s</b>", "questions": [{"id": "nps", "kind": "nps"}]})
    rows = [dict(r, answers={"nps": r["answers"]["nps"]}) for r in records(HOSTILE)]
    report = oes.report(survey, oes.Responses.from_dicts(survey, rows), by="store", min_group_size=1)
    html = report._repr_html_()
    assert "<script>" not in html and "<b>s</b>" not in html
    parsed = parse(html)
    assert parsed.other_tags == []
    assert f"store={HOSTILE}" in parsed.cells


RESULTS: List[Tuple[str, Any]] = [
    ("nps", lambda: oes.nps([10, 9, 8, 6, 10])),
    ("csat", lambda: oes.csat([5, 4, 3, 5])),
    ("ces", lambda: oes.ces([7, 6, 5, 2, 4])),
    ("ces_effort", lambda: oes.ces_effort([1, 2, 4, 5, 2])),
    ("rating", lambda: oes.rating([3, 4, 5], scale=(1, 5))),
    ("yes_no", lambda: oes.yes_no([True, False, None])),
    ("empty nps", lambda: oes.nps([])),
]


@pytest.mark.parametrize("make", [m for _, m in RESULTS], ids=[n for n, _ in RESULTS])
def test_result_html_lists_every_figure_with_its_meaning(make: Any) -> None:
    result = make()
    html = result._repr_html_()
    parsed = parse(html)
    assert parsed.other_tags == []
    names = list(result.to_dict())
    assert parsed.cells[0::2] == names
    for name, shown in zip(names, parsed.cells[1::2]):
        value = getattr(result, name)
        if value is None:
            assert shown == "–"
        elif isinstance(value, tuple):
            assert shown.startswith("[") and shown.endswith("]")
    for name in names:
        meaning = " ".join((getattr(type(result), name).__doc__ or "").split("\n\n")[0].split())
        assert meaning and f'title="{meaning[:20]}' in html.replace("&#x27;", "'").replace("&quot;", '"')


def test_support_result_html_nests_its_durations() -> None:
    acc = oes.SupportAccumulator()
    acc.add({"opened_at": "2025-03-01T09:00:00Z", "resolved_at": "2025-03-01T13:00:00Z"})
    html = acc.result()._repr_html_()
    assert html.count("<table") == 3  # the result, ttr and first_reply
    assert "DurationStats" in html and "4.0" in html


def test_comparison_html() -> None:
    a, b = oes.NpsAccumulator(), oes.NpsAccumulator()
    a.add_many([10, 9, 10, 9, 8])
    b.add_many([0, 3, 6, 7, 10])
    cells = parse(oes.compare_nps(a, b)._repr_html_()).cells
    assert dict(zip(cells[0::2], cells[1::2]))["significant"] == "True"


@pytest.fixture(scope="module")
def scorer() -> Iterator[oes.Scorer]:
    yield oes.Scorer(threads=1)


def test_oes_score_repr_is_short(scorer: oes.Scorer) -> None:
    survey = oes.Survey.from_json({"id": "s", "questions": [{"id": "nps", "kind": "nps"}, {"id": "c", "kind": "text"}]})
    answers = {"nps": 9, "c": "Friendly staff."}
    score = scorer.score(survey, {"id": "r1", "submitted_at": "2025-03-01T09:00:00Z", "answers": answers})
    text = repr(score)
    c = score.confidence
    assert text == (
        f"OesScore(id='r1', satisfaction={score.satisfaction:.1f}, recommendation={score.recommendation:.1f}, "
        f"ease={score.ease:.1f}, loyalty={score.loyalty:.1f}, confidence=({c['satisfaction']:.2f}, "
        f"{c['recommendation']:.2f}, {c['ease']:.2f}, {c['loyalty']:.2f}), "
        f"reasons=({len(score.reasons['answers'])} answer{'' if len(score.reasons['answers']) == 1 else 's'}, "
        f"{len(score.reasons['themes'])} theme{'' if len(score.reasons['themes']) == 1 else 's'}))"
    )
    assert len(text) < 160


def test_oes_score_html_escapes_the_id_and_shows_the_reasons(scorer: oes.Scorer) -> None:
    survey = oes.Survey.from_json({"id": "s", "questions": [{"id": "nps", "kind": "nps"}]})
    score = scorer.score(survey, {"id": HOSTILE, "submitted_at": "2025-03-01T09:00:00Z", "answers": {"nps": 2}})
    html = score._repr_html_()
    parsed = parse(html)
    assert parsed.other_tags == [] and "<script>" not in html
    assert HOSTILE in html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&amp;", "&")
    cells = parsed.cells
    row = cells.index("score (0-10)")
    perspectives = ("satisfaction", "recommendation", "ease", "loyalty")
    assert cells[row + 1 : row + 5] == [f"{getattr(score, p):.1f}" for p in perspectives]
    effect = cells.index("effect of nps")
    assert cells[effect + 2] == f"{score.reasons['answers'][0]['effect']['recommendation']:+.2f}"
    assert score.reasons["themes"] == [] and cells[-1] == "none found"
