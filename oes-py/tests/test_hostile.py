"""Hostile input from Python: resource limits, all-or-nothing adds, responses counted once, accumulators that only
merge with their own kind."""

from __future__ import annotations

import pickle

import pytest

import oes

SURVEY = oes.Survey.from_json(
    '{"id": "s1", "questions": [{"id": "n", "kind": "nps"},'
    ' {"id": "m", "kind": "single_choice", "options": ["a", "b"]}]}'
)
REORDERED = oes.Survey.from_json(
    '{"id": "s1", "questions": [{"id": "n", "kind": "nps"},'
    ' {"id": "m", "kind": "single_choice", "options": ["b", "a"]}]}'
)


def line(rid: str, when: str = "2025-01-01T10:00:00Z", answers: str = '{"n": 9}') -> str:
    return f'{{"id": "{rid}", "submitted_at": "{when}", "answers": {answers}}}'


def test_limits_are_errors_that_name_the_limit_and_can_be_raised() -> None:
    far = oes.Responses.from_jsonl(SURVEY, "\n".join([line("a", "0001-01-01T00:00:00Z"), line("b", "9999-12-31T00:00:00Z")]))
    with pytest.raises(oes.LimitError, match=r"3652059 periods .* over the limit periods = 10000") as info:
        oes.report(SURVEY, far, every="day")
    assert (info.value.limit, info.value.value) == ("periods", 10000)
    assert isinstance(info.value, ValueError)
    by_year = oes.report(SURVEY, far, every="year", limits={"periods": 20000})
    assert len(by_year.to_dict()["groups"][0]["periods"]) == 9999
    with pytest.raises(oes.LimitError, match="over the limit cells = 10"):
        oes.report(SURVEY, far, every="year", limits={"cells": 10})
    with pytest.raises(oes.ParameterError, match='unknown limit "rows"'):
        oes.report(SURVEY, far, limits={"rows": 1})

    text = line("r1", answers='{"n": 9}') + "\n" + line("r2", answers='{"n": 3}')
    with pytest.raises(oes.ResponseError, match="line 1: the line is too long: over the limit line-bytes = 10"):
        oes.Responses.from_jsonl(SURVEY, text, limits={"line_bytes": 10})
    assert len(oes.Responses.from_jsonl(SURVEY, text, limits={"line_bytes": 1000})) == 2


def test_a_read_where_every_response_is_invalid_raises() -> None:
    with pytest.raises(oes.ParameterError, match="none of the 1 responses is valid"):
        oes.Responses.from_jsonl(SURVEY, line("r1", answers='{"n": 11}'), lenient=True)


def test_a_key_given_twice_is_refused() -> None:
    with pytest.raises(oes.ResponseError, match='the key "n" appears twice'):
        oes.Responses.from_jsonl(SURVEY, line("r1", answers='{"n": 9, "n": 0}'))


def test_responses_are_counted_once_and_adds_are_all_or_nothing() -> None:
    first = oes.Responses.from_jsonl(SURVEY, line("r1"))
    both = oes.Responses.from_jsonl(SURVEY, "\n".join([line("r2"), line("r1")]))
    acc = oes.ReportAccumulator(SURVEY)
    acc.add(first)
    before = acc.copy()
    with pytest.raises(oes.IncompatibleError, match='response "r1" was already counted'):
        acc.add(both)
    assert acc == before, "nothing of a refused add is counted"
    other = oes.ReportAccumulator(SURVEY)
    other.add(both)
    with pytest.raises(oes.IncompatibleError, match="counted in both accumulators"):
        acc.merge(other)


def test_accumulators_of_another_survey_definition_do_not_merge_or_load() -> None:
    mine = oes.ReportAccumulator(SURVEY)
    mine.add(oes.Responses.from_jsonl(SURVEY, line("r1", answers='{"m": "a"}')))
    theirs = oes.ReportAccumulator(REORDERED)
    theirs.add(oes.Responses.from_jsonl(REORDERED, line("r2", answers='{"m": "a"}')))
    with pytest.raises(oes.IncompatibleError, match="different surveys or groupings"):
        mine.merge(theirs)
    restored = pickle.loads(pickle.dumps(mine))
    assert restored == mine
    assert restored.finish(min_group_size=1).to_dict() == mine.finish(min_group_size=1).to_dict()
