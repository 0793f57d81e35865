"""Property tests (hypothesis): bounds, exact merging in any order, pickling, and unit weights."""

from __future__ import annotations

import pickle
from typing import List, Optional

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

import oes

answers = st.lists(st.one_of(st.none(), st.integers(0, 10)), max_size=300)
weights_of = st.floats(min_value=0.001, max_value=1000, allow_nan=False, allow_infinity=False)
confidences = st.floats(min_value=0.5, max_value=0.999)

settings.register_profile("oes", max_examples=200, deadline=None)
settings.load_profile("oes")


@given(answers, st.data(), confidences, st.sampled_from(["adjusted_wald", "wald"]), st.sampled_from(["answered", "shown"]))
def test_nps_and_its_interval_stay_within_bounds(
    values: List[Optional[int]], data: st.DataObject, confidence: float, interval: str, denominator: str
) -> None:
    weights = data.draw(st.lists(weights_of, min_size=len(values), max_size=len(values)))
    r = oes.nps(values, weights, confidence=confidence, interval=interval, denominator=denominator)
    if r.score is None:
        assert r.n == 0 and r.ci is None
    else:
        assert -100 <= r.score <= 100
        low, high = r.ci  # type: ignore[misc]
        assert -100 <= low <= high <= 100
        if interval == "wald":
            assert low <= r.score + 1e-9 and r.score <= high + 1e-9
    assert r.promoters + r.passives + r.detractors == sum(v is not None for v in values)


@given(answers, st.data())
def test_merge_is_exact_in_any_order_and_grouping(values: List[Optional[int]], data: st.DataObject) -> None:
    weights = data.draw(st.lists(weights_of, min_size=len(values), max_size=len(values)))
    cuts = sorted(data.draw(st.lists(st.integers(0, len(values)), max_size=4)))
    bounds = [0, *cuts, len(values)]
    parts = []
    for lo, hi in zip(bounds, bounds[1:]):
        acc = oes.NpsAccumulator()
        acc.add_many(values[lo:hi], weights[lo:hi])
        parts.append(acc)
    order = data.draw(st.permutations(range(len(parts))))
    merged = oes.NpsAccumulator()
    for i in order:
        merged.merge(parts[i])
    one_pass = oes.NpsAccumulator()
    one_pass.add_many(values, weights)
    assert merged == one_pass
    assert merged.result() == one_pass.result() == oes.nps(values, weights)
    # Right-leaning grouping: a + (b + (c + ...)).
    nested = oes.NpsAccumulator()
    for part in reversed(parts):
        part = part.copy()
        part.merge(nested)
        nested = part
    assert nested == one_pass


@given(answers, st.data())
def test_report_of_shuffled_responses_is_identical(values: List[Optional[int]], data: st.DataObject) -> None:
    survey = oes.Survey.from_json('{"id": "s", "questions": [{"id": "q", "kind": "nps"}]}')
    records = [
        {"id": f"r{i}", "submitted_at": f"2025-0{1 + i % 3}-10T12:00:00Z", "segments": {"g": "ab"[i % 2]},
         "answers": {"q": v}}
        for i, v in enumerate(values)
    ]
    shuffled = data.draw(st.permutations(records))
    a = oes.report(survey, oes.Responses.from_dicts(survey, records), by="g", every="month", min_group_size=1)
    b = oes.report(survey, oes.Responses.from_dicts(survey, shuffled), by="g", every="month", min_group_size=1)
    assert a.to_dict() == b.to_dict()


@given(
    st.sampled_from(["nps", "csat", "ces", "ces_effort", "rating", "yes_no"]),
    st.lists(st.one_of(st.none(), st.integers(1, 5)), max_size=100),
    st.data(),
)
def test_accumulators_pickle_round_trip(kind: str, values: List[Optional[int]], data: st.DataObject) -> None:
    weights = data.draw(st.lists(weights_of, min_size=len(values), max_size=len(values)))
    acc = {
        "nps": oes.NpsAccumulator,
        "csat": oes.CsatAccumulator,
        "ces": oes.CesAccumulator,
        "ces_effort": oes.CesEffortAccumulator,
        "rating": lambda: oes.RatingAccumulator((1, 5)),
        "yes_no": oes.YesNoAccumulator,
    }[kind]()
    if kind == "yes_no":
        values = [None if v is None else v % 2 for v in values]
    acc.add_many(values, weights)
    back = pickle.loads(pickle.dumps(acc))
    assert back == acc and type(back) is type(acc)
    assert back.result() == acc.result()
    assert pickle.loads(pickle.dumps(acc.result())) == acc.result()
    assert type(acc).from_json(acc.to_json()) == acc


@given(st.lists(st.integers(0, 10), min_size=1, max_size=300), st.floats(min_value=0.01, max_value=100))
def test_unit_and_constant_weights_equal_unweighted(values: List[int], w: float) -> None:
    plain = oes.nps(values)
    assert oes.nps(values, [1.0] * len(values)) == plain
    assert oes.nps(np.array(values, dtype=np.int8), np.ones(len(values))) == plain
    w = round(w, 6)
    constant = oes.nps(values, [w] * len(values))
    assert constant.score == plain.score and constant.ci == plain.ci and constant.effective_n == plain.effective_n


@given(st.lists(st.one_of(st.none(), st.integers(1, 5)), max_size=200), st.integers(1, 5))
def test_csat_share_and_mean_intervals_contain_the_estimates(values: List[Optional[int]], threshold: int) -> None:
    r = oes.csat(values, threshold=threshold)
    if r.percent is not None:
        low, high = r.ci  # type: ignore[misc]
        assert 0 <= low <= r.percent + 1e-9 and r.percent <= high + 1e-9 and high <= 100
        assert r.satisfied == sum(v is not None and v >= threshold for v in values)


@given(st.lists(st.one_of(st.none(), st.integers(0, 10)), max_size=200))
def test_input_types_agree(values: List[Optional[int]]) -> None:
    as_float = np.array([np.nan if v is None else v for v in values], dtype=np.float64)
    assert oes.nps(as_float) == oes.nps(values) == oes.nps(tuple(values))
