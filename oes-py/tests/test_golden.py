"""The golden fixtures of `tests/fixtures/` (shared with the Rust and WebAssembly test suites), with the comparison
rule of `oes-core/tests/golden.rs`. Every metric case is computed four ways: from a list, from a NumPy array, with an
accumulator fed one answer at a time, and with an accumulator fed the whole array (merged from two halves)."""

from __future__ import annotations

import pickle
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional

import numpy as np
import pytest

import oes
from conftest import FIXTURES, assert_subset, fixture_files, read_json

METRICS = fixture_files("metrics")
REPORTS = [p for p in fixture_files("reports") if p.is_dir()]
# Support error fixtures are responses with a bad ticket, in the same format (read by the Rust and wasm tests too).
ERRORS = fixture_files("errors") + fixture_files("support/errors")


def test_all_fixture_folders_are_found() -> None:
    assert len(METRICS) >= 20 and REPORTS and ERRORS


def _options(fixture: Dict[str, Any]) -> Dict[str, Any]:
    return dict(fixture.get("options") or {})


def _scale(fixture: Dict[str, Any]) -> Any:
    s = fixture.get("scale")
    return (s["min"], s["max"]) if s else None


def compute(fixture: Dict[str, Any], values: Any, weights: Any) -> Any:
    """The one-shot function of the fixture's metric."""
    o = _options(fixture)
    common = {"weights": weights, "confidence": o.get("confidence", 0.95)}
    metric = fixture["metric"]
    if metric == "nps":
        return oes.nps(values, interval=o.get("interval", "adjusted_wald"), denominator=o.get("denominator", "answered"), **common)
    if metric == "csat":
        return oes.csat(values, scale=_scale(fixture), threshold=o.get("threshold"), denominator=o.get("denominator", "answered"), **common)
    if metric == "ces":
        return oes.ces(values, scale=_scale(fixture), interval=o.get("interval", "adjusted_wald"), denominator=o.get("denominator", "answered"), **common)
    if metric == "ces_effort":
        return oes.ces_effort(values, scale=_scale(fixture), denominator=o.get("denominator", "answered"), **common)
    if metric == "rating":
        return oes.rating(values, scale=_scale(fixture), **common)
    if metric == "yes_no":
        return oes.yes_no(values, denominator=o.get("denominator", "answered"), **common)
    raise AssertionError(metric)


def accumulator(fixture: Dict[str, Any]) -> Any:
    o = _options(fixture)
    return {
        "nps": lambda: oes.NpsAccumulator(),
        "csat": lambda: oes.CsatAccumulator(_scale(fixture), o.get("threshold")),
        "ces": lambda: oes.CesAccumulator(_scale(fixture)),
        "ces_effort": lambda: oes.CesEffortAccumulator(_scale(fixture)),
        "rating": lambda: oes.RatingAccumulator(_scale(fixture)),
        "yes_no": lambda: oes.YesNoAccumulator(),
    }[fixture["metric"]]()


def finish(fixture: Dict[str, Any], acc: Any) -> Any:
    o = _options(fixture)
    kwargs: Dict[str, Any] = {"confidence": o.get("confidence", 0.95)}
    if fixture["metric"] in ("nps", "ces"):
        kwargs["interval"] = o.get("interval", "adjusted_wald")
    if fixture["metric"] != "rating":
        kwargs["denominator"] = o.get("denominator", "answered")
    return acc.result(**kwargs)


def as_array(fixture: Dict[str, Any]) -> np.ndarray:
    values = fixture["values"]
    if fixture["metric"] == "yes_no":
        if any(v is None for v in values):
            return np.array([np.nan if v is None else float(v) for v in values])
        return np.array(values, dtype=bool)
    if any(v is None for v in values):
        return np.array([np.nan if v is None else v for v in values], dtype=np.float64)
    return np.array(values, dtype=np.int64)


def check(fixture: Dict[str, Any], result: Any, name: str) -> None:
    data = result.to_dict()
    assert_subset(fixture["expected"], data, name)
    # Every field of the Rust result is an attribute with the same value (pairs as tuples).
    for key, value in data.items():
        attribute = getattr(result, key)
        if isinstance(value, list) and key != "distribution":
            value = tuple(value)
        if isinstance(value, dict):  # scale
            value = (value["min"], value["max"])
        assert attribute == value, f"{name}: attribute {key}"


@pytest.mark.parametrize("path", METRICS, ids=lambda p: p.stem)
def test_metric_fixture(path: Path) -> None:
    fixture = read_json(path)
    values: List[Any] = fixture["values"]
    weights: Optional[List[float]] = fixture.get("weights")
    expected_from_list = compute(fixture, values, weights)
    check(fixture, expected_from_list, f"{path.stem} (list)")

    from_array = compute(fixture, as_array(fixture), None if weights is None else np.array(weights))
    check(fixture, from_array, f"{path.stem} (array)")
    assert from_array == expected_from_list

    one_by_one = accumulator(fixture)
    for i, v in enumerate(values):
        one_by_one.add(v, 1.0 if weights is None else weights[i])
    assert finish(fixture, one_by_one) == expected_from_list

    half = len(values) // 2
    first, second = accumulator(fixture), accumulator(fixture)
    first.add_many(as_array(fixture)[:half], None if weights is None else weights[:half])
    second.add_many(values[half:], None if weights is None else np.array(weights[half:]))
    second = pickle.loads(pickle.dumps(second))
    second.merge(first)
    assert second == one_by_one
    assert finish(fixture, second) == expected_from_list


def _report_kwargs(options: Dict[str, Any]) -> Dict[str, Any]:
    keys = ("confidence", "min_group_size", "interval", "denominator")
    return {k: options[k] for k in keys if k in options}


@pytest.mark.parametrize("folder", REPORTS, ids=lambda p: p.name)
def test_report_fixture(folder: Path) -> None:
    survey = oes.Survey.from_file(folder / "survey.json")
    responses = oes.read_responses(survey, folder / "responses.jsonl")
    options = read_json(folder / "options.json")
    by, every = options.get("by") or [], options.get("every")
    report = oes.report(survey, responses, by=by, every=every, **_report_kwargs(options))
    got = report.to_dict()
    assert_subset(read_json(folder / "expected.json"), got, folder.name)
    assert got == __import__("json").loads(report.to_json(pretty=True))

    # Responses in reverse order, and partial accumulators pickled and merged, give the identical report.
    lines = (folder / "responses.jsonl").read_text(encoding="utf-8").splitlines()
    reversed_responses = oes.Responses.from_jsonl(survey, "\n".join(reversed(lines)))
    assert oes.report(survey, reversed_responses, by=by, every=every, **_report_kwargs(options)).to_dict() == got
    parts = []
    for k in range(3):
        acc = oes.ReportAccumulator(survey, by=by, every=every)
        acc.add(oes.Responses.from_jsonl(survey, "\n".join(lines[k::3])))
        parts.append(pickle.loads(pickle.dumps(acc)))
    total = parts[2]
    total.merge(parts[0])
    total.merge(parts[1])
    assert total.finish(**_report_kwargs(options)).to_dict() == got


@pytest.mark.parametrize("path", ERRORS, ids=lambda p: p.stem)
def test_error_fixture(path: Path) -> None:
    fixture = read_json(path)
    survey = oes.Survey.from_json(__import__("json").dumps(fixture["survey"]))
    with pytest.raises(oes.ResponseError) as info:
        oes.Response.from_json(survey, fixture["line"])
    message = str(info.value)
    if fixture["response"] is not None:
        assert f'"{fixture["response"]}"' in message
        assert info.value.response == fixture["response"]
    if fixture["question"] is not None:
        assert f'"{fixture["question"]}"' in message
        assert info.value.question == fixture["question"]
    for fragment in fixture["message_contains"]:
        assert fragment.lower() in message.lower(), f"{path.stem}: {message!r} lacks {fragment!r}"
    # The same line in a JSONL file: the error names the line; leniently, the response is skipped.
    with pytest.raises(oes.ResponseError, match="at line 1"):
        oes.Responses.from_jsonl(survey, fixture["line"])
    # Leniently the response is skipped; a read in which every response was skipped is an error that quotes the first.
    with pytest.raises(oes.ParameterError, match="none of the 1 responses is valid; the first error: invalid response at line 1"):
        oes.Responses.from_jsonl(survey, fixture["line"], lenient=True)


def test_fixture_paths_are_the_shared_ones() -> None:
    assert (FIXTURES / "README.md").exists()
