"""Inputs of the metric functions (lists, NumPy dtypes, pandas and polars Series), their errors, and results."""

from __future__ import annotations

import json
import pickle

import numpy as np
import pandas as pd
import polars as pl
import pytest

import oes

VALUES = [10, 9, 8, 7, 6, 0, 10, None, 3, 9]


@pytest.mark.parametrize(
    "dtype", [np.int8, np.int16, np.int32, np.int64, np.uint8, np.uint16, np.uint32, np.uint64]
)
def test_integer_arrays_equal_lists(dtype: type) -> None:
    answered = [v for v in VALUES if v is not None]
    assert oes.nps(np.array(answered, dtype=dtype)) == oes.nps(answered)


@pytest.mark.parametrize("dtype", [np.float16, np.float32, np.float64])
def test_float_arrays_with_nan_equal_lists_with_none(dtype: type) -> None:
    array = np.array([np.nan if v is None else v for v in VALUES], dtype=dtype)
    assert oes.nps(array) == oes.nps(VALUES)
    assert oes.nps(array).skipped == 1


def test_strided_and_byte_swapped_arrays() -> None:
    base = np.array([10, 0, 9, 0, 6, 0], dtype=np.int64)
    assert oes.nps(base[::2]) == oes.nps([10, 9, 6])
    swapped = np.array([10, 9, 6], dtype=">i4")
    assert oes.nps(swapped) == oes.nps([10, 9, 6])
    weights = np.array([1.0, 9.0, 2.0, 9.0, 3.0, 9.0])[::2]
    assert oes.nps([10, 9, 6], weights=weights) == oes.nps([10, 9, 6], weights=[1, 2, 3])


def test_tuples_ranges_and_generators() -> None:
    assert oes.nps((10, 9, 6)) == oes.nps([10, 9, 6])
    assert oes.nps(range(11)) == oes.nps(list(range(11)))
    assert oes.nps(v for v in [10, 9, 6]) == oes.nps([10, 9, 6])


def test_numpy_scalars_and_integral_floats_in_lists() -> None:
    assert oes.nps([np.int8(10), np.float64(9.0), 6.0, np.int64(1)]) == oes.nps([10, 9, 6, 1])


@pytest.mark.parametrize(
    "values",
    [[1, True], [np.bool_(False)], np.array([True, False, True]), pd.Series([True, None], dtype="boolean")],
)
def test_booleans_are_not_scores(values: object) -> None:
    with pytest.raises(oes.ParameterError, match=r"invalid scores: (True|False) at index \d is a boolean, not a score"):
        oes.nps(values)
    with pytest.raises(oes.ParameterError, match="is a boolean"):
        oes.csat(values)


def test_masked_elements_are_skipped_answers() -> None:
    masked = np.ma.array([10, 0, 11, 6], mask=[False, False, True, False])
    assert oes.nps(masked) == oes.nps([10, 0, None, 6])
    assert oes.nps(np.ma.array([10, 9])) == oes.nps([10, 9])
    assert oes.yes_no(np.ma.array([True, False, True], mask=[False, True, False])) == oes.yes_no([True, None, True])
    with pytest.raises(oes.ParameterError, match="masked"):
        oes.nps([10, 9], weights=np.ma.array([1.0, 2.0], mask=[True, False]))


def test_pandas_series() -> None:
    assert oes.nps(pd.Series([10, 9, 6])) == oes.nps([10, 9, 6])
    assert oes.nps(pd.Series(VALUES, dtype="Int64")) == oes.nps(VALUES)
    assert oes.nps(pd.Series(VALUES, dtype="float64")) == oes.nps(VALUES)
    assert oes.yes_no(pd.Series([True, None, False], dtype="boolean")) == oes.yes_no([True, None, False])
    assert oes.nps(pd.Series([10, 9, 6]), weights=pd.Series([1.0, 2.0, 3.0])) == oes.nps(
        [10, 9, 6], weights=[1, 2, 3]
    )


def test_polars_series() -> None:
    assert oes.nps(pl.Series([10, 9, 6], dtype=pl.Int8)) == oes.nps([10, 9, 6])
    assert oes.nps(pl.Series(VALUES)) == oes.nps(VALUES)
    assert oes.yes_no(pl.Series([True, None, False])) == oes.yes_no([True, None, False])
    assert oes.csat(pl.Series([5, 4, None]), weights=pl.Series([1.0, 2.0, 1.0])) == oes.csat(
        [5, 4, None], weights=[1, 2, 1]
    )


def test_yes_no_accepts_booleans_and_zero_one() -> None:
    expected = oes.yes_no([True, False, True])
    assert oes.yes_no(np.array([True, False, True])) == expected
    assert oes.yes_no([1, 0, 1]) == expected
    with pytest.raises(oes.ParameterError, match="2 at index 1 is off the scale 0-1"):
        oes.yes_no([1, 2])


def test_defaults_and_options() -> None:
    assert oes.csat([5]).scale == (1, 5)
    assert oes.ces([7]).scale == (1, 7)
    assert oes.ces_effort([1]).scale == (1, 5)
    assert oes.csat([5], scale=[0, 10]).threshold == 8
    r = oes.nps(VALUES, confidence=0.9, interval="wald", denominator="shown")
    assert (r.confidence, r.interval, r.n) == (0.9, "wald", 10)
    assert oes.ces([7, 1], interval="wald").net_easy_ci == (-100.0, 100.0)


def test_empty_input_gives_none_estimates() -> None:
    r = oes.nps([])
    assert (r.score, r.ci, r.n) == (None, None, 0)
    assert oes.nps(np.array([], dtype=np.int8)) == r
    assert oes.csat([None, None]).percent is None


@pytest.mark.parametrize(
    "call, exception, message",
    [
        (lambda: oes.nps([10, 11]), oes.ParameterError, "invalid scores: 11 at index 1 is off the scale 0-10"),
        (lambda: oes.nps(np.array([10, -1], dtype=np.int8)), oes.ParameterError, "invalid scores: -1 at index 1 is off the scale 0-10"),
        (lambda: oes.nps([9.5]), oes.ParameterError, "invalid scores: 9.5 at index 0 is not an integer"),
        (lambda: oes.nps(np.array([1.0, 2.5])), oes.ParameterError, "invalid scores: 2.5 at index 1 is not an integer"),
        (lambda: oes.nps([10**30]), oes.ParameterError, "invalid scores: 1e30 at index 0 is beyond the 64-bit integers"),
        (lambda: oes.nps([10, 9], weights=[1.0]), oes.ParameterError, "invalid weights: 1 weights for 2 values: the lengths must match"),
        (lambda: oes.nps([10, 9], weights=[1.0, 0.0]), oes.ParameterError, "invalid weights: at index 1: invalid weight: 0 is not a positive finite number"),
        (lambda: oes.nps([10, 9], weights=[1.0, None]), oes.ParameterError, "invalid weights: at index 1: the weight is missing"),
        (lambda: oes.nps([10], weights=np.array([np.nan])), oes.ParameterError, "invalid weights: at index 0: the weight is missing (NaN); a response without a weight counts as 1 in records"),
        (lambda: oes.nps([10], confidence=1.5), oes.ParameterError, "invalid confidence: 1.5 is not strictly between 0 and 1 (e.g. 0.95)"),
        (lambda: oes.nps([10], interval="exact"), oes.ParameterError, 'invalid interval: "exact" is not one of adjusted_wald, wald'),
        (lambda: oes.nps([10], denominator="all"), oes.ParameterError, 'invalid denominator: "all" is not one of answered, shown'),
        (lambda: oes.csat([5], scale=(5, 1)), oes.ParameterError, "invalid scale: min (5) must be below max (1)"),
        (lambda: oes.csat([5], threshold=6), oes.ParameterError, "invalid threshold: 6 is off the scale 1-5"),
        (lambda: oes.nps(np.zeros((2, 2))), oes.ParameterError, "invalid scores: expected a one-dimensional array, got shape (2, 2)"),
        (lambda: oes.nps(["9"]), oes.ParameterError, "invalid scores: expected an integer or None at index 0, got str '9'"),
        (lambda: oes.nps("910"), TypeError, "values must be a sequence of numbers, not str"),
        (lambda: oes.nps(42), TypeError, "not iterable"),
        (lambda: oes.csat([5], scale=5), TypeError, 'scale must be a (min, max) pair or a {"min": .., "max": ..} dict of integers, got 5'),
        (lambda: oes.rating([1], scale=(1, 2, 3)), TypeError, "scale must be a (min, max) pair"),
    ],
)
def test_errors_have_the_core_messages(call, exception, message) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(exception) as info:
        call()
    assert message in str(info.value)


def test_exception_hierarchy_and_attributes() -> None:
    for cls in (oes.SurveyError, oes.ResponseError, oes.ParameterError, oes.IncompatibleError):
        assert issubclass(cls, oes.OesError) and issubclass(cls, ValueError)
    assert issubclass(oes.ReadError, oes.OesError) and issubclass(oes.ReadError, OSError)
    assert oes.OesError.__module__ == "oes"
    with pytest.raises(oes.ParameterError) as info:
        oes.nps([12])
    assert info.value.parameter == "scores"
    with pytest.raises(oes.SurveyError) as survey_error:
        oes.Survey.from_json('{"id": "s", "questions": [{"id": "a", "kind": "rating"}]}')
    assert survey_error.value.question == "a"
    assert str(survey_error.value) == 'invalid survey, question "a": a rating question needs a scale {"min", "max"}'
    with pytest.raises(oes.ReadError) as read_error:
        oes.Survey.from_file("/nonexistent/survey.json")
    assert read_error.value.path == "/nonexistent/survey.json"


def test_results_pickle_and_json_round_trip() -> None:
    for result in (
        oes.nps(VALUES),
        oes.csat([5, 4, None]),
        oes.ces([7, 2]),
        oes.ces_effort([1, 5]),
        oes.rating([1, 2], scale=(1, 3)),
        oes.yes_no([True]),
    ):
        assert pickle.loads(pickle.dumps(result)) == result
        assert type(result).from_json(result.to_json()) == result
        assert repr(result).startswith(type(result).__name__ + "(")


def test_compare_nps() -> None:
    a, b = oes.NpsAccumulator(), oes.NpsAccumulator()
    a.add_many([10] * 40 + [0] * 10)
    b.add_many([10] * 10 + [0] * 40)
    c = oes.compare_nps(a, b)
    assert c is not None and c.metric == "score" and c.test == "z" and c.significant
    assert c.diff > 0 and c.ci[0] < c.diff < c.ci[1]
    # The scores themselves, as nps() takes them, with weights, give the same comparison as accumulators.
    scores_a, scores_b = np.array([10] * 40 + [0] * 10, dtype=np.int8), pd.Series([10] * 10 + [0] * 40)
    assert oes.compare_nps(scores_a, list(scores_b)) == c
    assert oes.compare_nps(a, scores_b) == c
    weighted = oes.NpsAccumulator()
    weighted.add_many([10, 0, 7], weights=[2.0, 1.0, 0.5])
    assert oes.compare_nps([10, 0, 7], b, weights_a=[2.0, 1.0, 0.5]) == oes.compare_nps(weighted, b)
    with pytest.raises(oes.ParameterError, match="group b has no answers"):
        oes.compare_nps(a, oes.NpsAccumulator())
    with pytest.raises(oes.ParameterError, match="group a has no answers"):
        oes.compare_nps([], [10])
    with pytest.raises(oes.ParameterError, match="carries its own weights"):
        oes.compare_nps(a, b, weights_a=[1.0])
    with pytest.raises(oes.ParameterError, match="no standard error"):
        oes.compare_nps([10, 10], [10, 10, 10], interval="wald")
    with pytest.raises(oes.ParameterError, match="11 at index 0 is off the scale 0-10"):
        oes.compare_nps([11], [10])


def test_accumulator_errors_leave_it_unchanged() -> None:
    acc = oes.NpsAccumulator()
    acc.add_many([10, 9])
    before = acc.copy()
    with pytest.raises(oes.ParameterError, match="invalid scores: 11 at index 2"):
        acc.add_many([1, 2, 11])
    with pytest.raises(oes.ParameterError, match="invalid rating: 11 is off the scale 0-10"):
        acc.add(11)
    with pytest.raises(oes.ParameterError, match="invalid rating: 300 is off the scale 0-10"):
        acc.add(300)
    with pytest.raises(oes.ParameterError, match="invalid weight"):
        acc.add(9, weight=-1)
    assert acc == before
    acc.merge(acc)  # merging with itself doubles it
    assert acc.answered == 4


def test_accumulators_of_other_kinds() -> None:
    csat = oes.CsatAccumulator((1, 7), threshold=6)
    csat.add_many(np.array([7, 6, 5, 1], dtype=np.uint8))
    assert csat.threshold == 6 and csat.scale == (1, 7) and csat.result().percent == 50.0
    with pytest.raises(oes.IncompatibleError, match="cannot merge: threshold 6 vs 5"):
        csat.merge(oes.CsatAccumulator((1, 7), threshold=5))
    with pytest.raises(oes.IncompatibleError, match="cannot merge: scale 1-7 vs 1-5"):
        oes.CsatAccumulator((1, 7), threshold=5).merge(oes.CsatAccumulator((1, 5), threshold=5))
    rating = oes.RatingAccumulator((0, 100))
    rating.add_many([0, 50, 100])
    assert rating.result().mean == 50.0
    with pytest.raises(TypeError):
        oes.RatingAccumulator()  # type: ignore[call-arg]
    yes = oes.YesNoAccumulator()
    yes.add(True)
    yes.add(False, weight=3)
    assert yes.result().percent_yes == 25.0
    with pytest.raises(oes.IncompatibleError):
        oes.YesNoAccumulator.from_json(oes.CesAccumulator().to_json())
    with pytest.raises(oes.ParameterError, match="not a valid state"):
        oes.NpsAccumulator.from_json('{"scale": {"min": 1, "max": 5}}')
    with pytest.raises(oes.ParameterError, match="not a valid state"):
        oes.CsatAccumulator.from_json(oes.CsatAccumulator().to_json().replace('"threshold":4', '"threshold":9'))


def test_large_array_counts_exactly() -> None:
    scores = np.random.default_rng(1).integers(0, 11, size=1_000_003, dtype=np.int8)
    r = oes.nps(scores)
    counts = np.bincount(scores, minlength=11)
    assert (r.promoters, r.passives, r.detractors) == (counts[9:].sum(), counts[7:9].sum(), counts[:7].sum())


def test_names_scales_and_surveys_take_every_documented_form() -> None:
    # The survey's own scale form, names in any case (and the documented aliases), a survey definition as a dict.
    assert oes.csat([5, 3], scale={"min": 1, "max": 5}) == oes.csat([5, 3], scale=(1, 5))
    assert oes.nps([9, 0], interval="Wald") == oes.nps([9, 0], interval="wald")
    assert oes.csat([5], denominator="Shown") == oes.csat([5], denominator="shown")
    definition = {"id": "s", "questions": [{"id": "nps", "kind": "nps"}]}
    survey = oes.Survey.from_json(definition)
    assert survey == oes.Survey.from_json(json.dumps(definition))
    assert oes.ReportAccumulator(survey, every="Monthly").every == "month"
    with pytest.raises(TypeError, match="expected the survey's JSON as text or a dict, got int"):
        oes.Survey.from_json(5)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="scale must be"):
        oes.csat([5], scale={"min": 1})


def test_categorical_and_nullable_columns_are_counted_in_numpy() -> None:
    scores = [10, 9, None, 3, 7, 10, None, 0]
    expected = oes.nps(scores)
    categorical = pd.Series(pd.Categorical(scores, categories=[0, 3, 7, 9, 10]))
    assert oes.nps(categorical) == expected
    assert oes.nps(pd.Series(scores, dtype="Int64")) == expected
    assert oes.nps(pl.Series(scores, dtype=pl.Int64)) == expected
    from oes import _convert

    converted = _convert.column(categorical)
    assert isinstance(converted, np.ndarray) and converted.dtype == np.float64, "no per-element step"
    # Categories that are not numbers go through the one-by-one path, with its error message.
    with pytest.raises(oes.ParameterError, match="at index 0"):
        oes.nps(pd.Series(pd.Categorical(["ten", "nine"])))
