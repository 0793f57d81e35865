"""A Dask-style map/merge: partial aggregates computed in worker processes, pickled back, merged in the parent in
any order, equal to one pass. Also threads (the extension releases the GIL while it counts)."""

from __future__ import annotations

import pickle
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from typing import Any, Callable

import numpy as np
import pytest

import oes
from _workers import merge, nps_part, report_part
from conftest import EXAMPLES


def test_report_partials_from_processes_equal_one_pass() -> None:
    survey = oes.Survey.from_file(EXAMPLES / "survey.json")
    lines = (EXAMPLES / "responses.jsonl").read_text(encoding="utf-8").splitlines()
    partitions = [lines[i::5] for i in range(5)]  # interleaved, so every partition spans every month
    with ProcessPoolExecutor(max_workers=2) as pool:
        parts = list(pool.map(report_part, [survey.to_json()] * len(partitions), partitions))
    assert all(isinstance(p, oes.ReportAccumulator) for p in parts)

    # Tree reduction in a scrambled order.
    left, right = parts[3].copy(), parts[1].copy()
    left.merge(parts[0])
    right.merge(parts[4])
    right.merge(parts[2])
    left.merge(right)

    one_pass = oes.report(survey, oes.read_responses(survey, EXAMPLES / "responses.jsonl"),
                          by=["store", "channel"], every="month")
    assert left.finish().to_dict() == one_pass.to_dict()
    assert pickle.loads(pickle.dumps(left)) == left


def test_nps_partials_from_processes_equal_one_pass() -> None:
    scores = np.random.default_rng(3).integers(0, 11, size=200_000, dtype=np.int8)
    chunks = np.array_split(scores, 8)
    with ProcessPoolExecutor(max_workers=2) as pool:
        parts = list(pool.map(nps_part, chunks))
        total = pool.submit(merge, parts[::-1]).result()  # the merge itself runs remotely too
    assert total.result() == oes.nps(scores)


def test_threads_share_nothing_and_agree() -> None:
    scores = np.random.default_rng(4).integers(0, 11, size=400_000, dtype=np.int8)
    chunks = np.array_split(scores, 8)
    with ThreadPoolExecutor(max_workers=4) as pool:
        parts = list(pool.map(nps_part, chunks))
    assert merge(parts).result() == oes.nps(scores)


ACCUMULATORS: "list[tuple[str, Callable[[], Any], list[Any]]]" = [
    ("nps", oes.NpsAccumulator, [10, 9, 0, None, 7]),
    ("csat", lambda: oes.CsatAccumulator((1, 5), threshold=4), [5, 4, 1, None]),
    ("ces", oes.CesAccumulator, [7, 1, 4]),
    ("ces_effort", oes.CesEffortAccumulator, [1, 5, None]),
    ("rating", lambda: oes.RatingAccumulator((0, 3)), [0, 3, 3]),
    ("yes_no", oes.YesNoAccumulator, [True, False, None]),
]


@pytest.mark.parametrize("name, make, values", ACCUMULATORS, ids=[a[0] for a in ACCUMULATORS])
def test_merge_returns_the_accumulator_and_plus_makes_a_new_one(
    name: str, make: Callable[[], Any], values: "list[Any]"
) -> None:
    a, b, c = make(), make(), make()
    a.add_many(values)
    b.add_many(values[::-1])
    c.add_many(values[:2])
    before = (a.copy(), b.copy(), c.copy())
    one_pass = make()
    one_pass.add_many(values + values[::-1] + values[:2])

    total = a + b + c
    assert total == one_pass and total is not a
    assert (a, b, c) == before  # + leaves its operands unchanged
    assert sum([a, b, c]) == one_pass and sum([a]) == a and sum([a]) is not a
    assert (c + b) + a == a + (b + c)

    merged = a.merge(b).merge(c)  # in place, and chained
    assert merged is a and a == one_pass and (b, c) == before[1:]

    for bad in (1, 1.0, True, "x", oes.NpsAccumulator() if name != "nps" else oes.YesNoAccumulator()):
        with pytest.raises(TypeError):
            b + bad
        with pytest.raises(TypeError):
            bad + b


def test_adding_incompatible_accumulators_is_an_error_and_changes_nothing() -> None:
    four, five = oes.CsatAccumulator((1, 5), threshold=4), oes.CsatAccumulator((1, 5), threshold=5)
    four.add_many([4, 5])
    with pytest.raises(oes.IncompatibleError, match="threshold"):
        four + five
    with pytest.raises(oes.IncompatibleError):
        four.merge(five)
    assert four.answered == 2


def test_report_and_support_accumulators_add() -> None:
    survey = oes.Survey.from_file(EXAMPLES / "survey.json")
    responses = oes.read_responses(survey, EXAMPLES / "responses.jsonl")
    parts = []
    for start in range(0, len(responses), 150):
        acc = oes.ReportAccumulator(survey, by="region", every="quarter")
        acc.add(responses[start : start + 150])
        parts.append(acc)
    one_pass = oes.report(survey, responses, by="region", every="quarter")
    copies = [p.copy() for p in parts]
    assert sum(parts).finish() == one_pass
    assert (parts[3] + parts[0] + parts[2] + parts[1]).finish() == one_pass
    assert parts == copies
    assert parts[0].merge(parts[1]) is parts[0]
    with pytest.raises(oes.IncompatibleError):
        parts[0] + parts[1]  # parts[0] now holds parts[1]'s responses: none is counted twice
    with pytest.raises(TypeError):
        parts[2] + oes.NpsAccumulator()

    tickets = [{"opened_at": "2025-01-01T00:00:00Z", "resolved_at": f"2025-01-0{d}T00:00:00Z"} for d in range(2, 8)]
    halves = [oes.SupportAccumulator(3 * 86400), oes.SupportAccumulator(3 * 86400)]
    halves[0].add_many(tickets[:2])
    halves[1].add_many(tickets[2:])
    whole = oes.SupportAccumulator(3 * 86400)
    whole.add_many(tickets)
    assert sum(halves) == whole and halves[1] + halves[0] == whole and halves[0].tickets == 2
    assert halves[0].merge(halves[1]) is halves[0] and halves[0] == whole


def test_reports_pickle_exactly() -> None:
    survey = oes.Survey.from_file(EXAMPLES / "survey.json")
    responses = oes.read_responses(survey, EXAMPLES / "responses.jsonl")
    for options in ({}, {"by": "store", "every": "month"}, {"by": ["store", "channel"], "every": "week",
                                                            "confidence": 0.9, "denominator": "shown"}):
        report = oes.report(survey, responses, **options)
        copy = pickle.loads(pickle.dumps(report))
        assert copy == report
        assert copy.to_json() == report.to_json()  # the same text: the question order kept, every float exact
        assert oes.Report.from_json(report.to_json(pretty=True)) == report
    assert oes.report(survey, responses, by="store") != oes.report(survey, responses, by="region")
    with pytest.raises(oes.ParameterError, match="Report"):
        oes.Report.from_json('{"survey": "x"}')


def test_responses_pickle_with_what_was_rejected() -> None:
    survey = oes.Survey.from_file(EXAMPLES / "survey.json")
    responses = oes.read_responses(survey, EXAMPLES / "responses.jsonl")
    copy = pickle.loads(pickle.dumps(responses))
    assert copy.to_list() == responses.to_list() and copy.survey == survey and copy.rejected == []
    assert oes.report(survey, copy, by="store") == oes.report(survey, responses, by="store")

    lines = (EXAMPLES / "responses.jsonl").read_text(encoding="utf-8").splitlines()[:3]
    bad_answer = lines[0].replace('"nps": 10', '"nps": 11')
    limit = max(len(line.encode()) for line in lines) + 10
    long_line = lines[1].replace('"comment": null', '"comment": "' + "x" * limit + '"')
    text = "\n".join([lines[0].replace("r0001", "r9999"), "{bad", bad_answer, long_line, lines[2]])
    lenient = oes.Responses.from_jsonl(survey, text, lenient=True, limits={"line_bytes": limit})
    assert len(lenient) == 2 and len(lenient.rejected) == 3
    copy = pickle.loads(pickle.dumps(lenient))
    assert copy.rejected == lenient.rejected and "line_bytes" in lenient.rejected[2]
    assert copy.rejected_summary() == lenient.rejected_summary()
    assert copy.to_list() == lenient.to_list()
