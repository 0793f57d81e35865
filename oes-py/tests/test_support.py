"""Support tickets through `oes.SupportAccumulator`: the golden fixtures of `tests/fixtures/support/` (read as
`oes-core/tests/golden.rs` and the WebAssembly tests read them), merging and pickling, map/merge across processes,
and the errors (the API of `oes-wasm/src/support.rs`); and the resolution target of reports (`resolution_target_seconds`
of `report` and `ReportAccumulator`, `--resolution-target-seconds` of the `oes` command)."""

from __future__ import annotations

import datetime as dt
import json
import pickle
import subprocess
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any, Dict, List

import numpy as np
import pandas as pd
import pytest

import oes
from _workers import support_part
from conftest import EXAMPLES, FIXTURES, assert_subset, oes_command, read_json

SUPPORT = [p for p in sorted((FIXTURES / "support").iterdir()) if p.suffix == ".json"]
SUPPORT_ERRORS = sorted((FIXTURES / "support" / "errors").iterdir())


def test_there_are_support_fixtures() -> None:
    assert len(SUPPORT) >= 5 and SUPPORT_ERRORS


def target_of(fixture: Dict[str, Any]) -> int:
    return round(fixture.get("target_hours", 24) * 3600)


def check(fixture: Dict[str, Any], result: oes.SupportResult, name: str) -> None:
    data = result.to_dict()
    assert_subset(fixture["expected"], data, name)
    # Every field is an attribute with the same value (pairs as tuples, durations as DurationStats).
    for key, value in data.items():
        attribute = getattr(result, key)
        if isinstance(value, dict):
            assert isinstance(attribute, oes.DurationStats) and attribute.to_dict() == value, f"{name}: {key}"
            for k, v in value.items():
                assert getattr(attribute, k) == (tuple(v) if isinstance(v, list) else v), f"{name}: {key}.{k}"
        else:
            assert attribute == (tuple(value) if isinstance(value, list) else value), f"{name}: {key}"


@pytest.mark.parametrize("path", SUPPORT, ids=lambda p: p.stem)
def test_support_fixture(path: Path) -> None:
    fixture = read_json(path)
    target, confidence = target_of(fixture), fixture.get("confidence", 0.95)
    whole = oes.SupportAccumulator(target)
    for ticket in fixture["tickets"]:
        whole.add(ticket)
    assert whole.tickets == len(fixture["tickets"]) and whole.target_seconds == target
    result = whole.result(confidence)
    check(fixture, result, path.stem)

    # Two halves (alternating), one of them pickled, merged either way round: the same state and figures.
    a, b = oes.SupportAccumulator(target), oes.SupportAccumulator(target)
    a.add_many(fixture["tickets"][0::2])
    b.add_many(fixture["tickets"][1::2])
    restored = pickle.loads(pickle.dumps(b))
    assert restored == b
    restored.merge(a)
    a.merge(b)
    assert restored == whole and a == whole
    assert restored.result(confidence) == result
    assert oes.SupportAccumulator.from_json(whole.to_json()) == whole
    assert oes.SupportResult.from_json(result.to_json()) == result
    assert pickle.loads(pickle.dumps(result)) == result


@pytest.mark.parametrize("path", SUPPORT_ERRORS, ids=lambda p: p.stem)
def test_a_bad_ticket_is_refused_with_the_core_message(path: Path) -> None:
    fixture = read_json(path)
    ticket = json.loads(fixture["line"])["ticket"]
    acc = oes.SupportAccumulator()
    with pytest.raises(oes.ParameterError) as info:
        acc.add(ticket)
    assert info.value.parameter == "ticket"
    for fragment in fixture["message_contains"]:
        assert fragment.lower() in str(info.value).lower(), f"{path.stem}: {info.value} lacks {fragment!r}"
    assert acc.tickets == 0
    # All or nothing.
    with pytest.raises(oes.ParameterError):
        acc.add_many([{"opened_at": "2025-01-01T00:00:00Z"}, ticket])
    assert acc.tickets == 0


def test_partials_from_processes_equal_one_pass() -> None:
    fixture = read_json(FIXTURES / "support" / "large_seeded_500.json")
    target, tickets = target_of(fixture), fixture["tickets"]
    partitions = [tickets[i::5] for i in range(5)]
    with ProcessPoolExecutor(max_workers=2) as pool:
        parts = list(pool.map(support_part, [target] * len(partitions), partitions))
    left, right = parts[3].copy(), parts[1].copy()
    left.merge(parts[0])
    right.merge(parts[4])
    right.merge(parts[2])
    left.merge(right)
    one_pass = support_part(target, tickets)
    assert left == one_pass
    assert left.result() == one_pass.result()
    assert parts[3] != left  # copies: the parts are unchanged


def test_the_api_of_the_webassembly_package() -> None:
    ticket = {
        "opened_at": "2025-01-01T00:00:00Z",
        "first_reply_at": dt.datetime(2025, 1, 1, 1, tzinfo=dt.timezone.utc),
        "resolved_at": "2025-01-02T00:00:01Z",
        "contacts": 2,
        "reopened": True,
    }
    a = oes.SupportAccumulator()
    a.add(ticket)
    a.add({"opened_at": "2025-01-01T00:00:00Z", "resolved_at": "2025-01-01T12:00:00+01:00"})
    r = a.result()
    assert (r.tickets, r.resolved, r.target_hours, r.percent_within_target) == (2, 2, 24.0, 50.0)
    assert r.ttr.median_hours is not None and abs(r.ttr.median_hours - (24 + 1 / 3600 + 11) / 2) < 1e-12
    assert r.first_reply.mean_hours == 1.0
    assert r.reopen_rate == 100.0 and r.contacts_per_resolution == 2.0
    b = oes.SupportAccumulator.from_json(a.to_json())
    b.merge(a)
    assert b.tickets == 4 and b.result(confidence=0.9).percent_within_target == 50.0
    assert repr(b) == "SupportAccumulator(target_seconds=86400, tickets=4)"

    wide = oes.SupportAccumulator(target_seconds=2 * 86400)
    with pytest.raises(oes.IncompatibleError, match="resolution target 172800 s vs 86400 s"):
        wide.merge(a)
    with pytest.raises(oes.ParameterError, match="before opened_at"):
        a.add({"opened_at": "2025-01-02T00:00:00Z", "resolved_at": "2025-01-01T00:00:00Z"})
    with pytest.raises(oes.ParameterError, match="opened_at is missing"):
        a.add({"resolved_at": "2025-01-01T00:00:00Z"})
    with pytest.raises(oes.ParameterError, match="non-negative integer"):
        a.add({"opened_at": "2025-01-01T00:00:00Z", "contacts": 2.5})
    with pytest.raises(oes.ParameterError, match="must be an object"):
        a.add(["2025-01-01T00:00:00Z"])  # type: ignore[arg-type]
    with pytest.raises(oes.ParameterError, match="invalid ticket: not JSON"):
        a.add({"opened_at": object()})
    with pytest.raises(oes.ParameterError, match="invalid target_seconds: -1 is negative") as info:
        oes.SupportAccumulator(-1)
    assert info.value.parameter == "target_seconds"
    with pytest.raises(oes.ParameterError, match="confidence"):
        a.result(confidence=1.5)
    assert a.tickets == 2


def test_records_of_a_dataframe() -> None:
    """`df.to_dict("records")`: Timestamps, NaT, NaN and NumPy integers are read as datetimes, null and integers."""
    df = pd.DataFrame(
        {
            "opened_at": pd.to_datetime(["2025-01-01T00:00:00Z", "2025-01-01T10:00:00+02:00"], utc=True),
            "resolved_at": pd.to_datetime(["2025-01-01T06:00:00Z", None], utc=True),
            "contacts": [np.int64(3), np.nan],
            "channel": ["chat", None],
        }
    )
    from_frame = oes.SupportAccumulator()
    from_frame.add_many(df.to_dict("records"))
    by_hand = oes.SupportAccumulator()
    by_hand.add({"opened_at": "2025-01-01T00:00:00Z", "resolved_at": "2025-01-01T06:00:00Z", "contacts": 3})
    by_hand.add({"opened_at": "2025-01-01T08:00:00Z"})
    assert from_frame == by_hand
    naive = oes.SupportAccumulator()
    naive.add({"opened_at": dt.datetime(2025, 1, 1), "resolved_at": dt.datetime(2025, 1, 1, 6)})  # taken as UTC
    assert naive.result().ttr.mean_hours == 6.0


def test_copy_is_independent() -> None:
    a = oes.SupportAccumulator(3600)
    a.add({"opened_at": "2025-01-01T00:00:00Z"})
    b = a.copy()
    b.add({"opened_at": "2025-01-01T00:00:00Z", "resolved_at": "2025-01-01T00:30:00Z"})
    assert (a.tickets, b.tickets) == (1, 2) and a != b
    assert b.result().percent_within_target == 50.0 and b.result().target_hours == 1.0


SUPPORT_EXAMPLE = EXAMPLES / "support"


def support_periods(report: oes.Report) -> List[Dict[str, Any]]:
    """The support figures of every period that has them."""
    return [p["support"] for g in report.to_dict()["groups"] for p in g["periods"] if p.get("support")]


@pytest.mark.parametrize("hours", [4, 0.5, 0])
def test_a_report_with_a_resolution_target_is_the_command_line_report(hours: float) -> None:
    survey = oes.Survey.from_file(SUPPORT_EXAMPLE / "survey.json")
    path = SUPPORT_EXAMPLE / "responses.jsonl"
    target = round(hours * 3600)
    report = oes.report(survey, path, by="channel", every="month", resolution_target_seconds=target)
    supports = support_periods(report)
    assert supports and all(s["target_hours"] == hours for s in supports)
    default = support_periods(oes.report(survey, path, by="channel", every="month"))
    assert all(s["target_hours"] == 24.0 for s in default)
    # A shorter target counts fewer tickets within it, and here it changes the figures.
    assert all(s["percent_within_target"] <= d["percent_within_target"] for s, d in zip(supports, default))
    assert supports != default
    command = oes_command()
    out = subprocess.run(
        [str(command), "report", "--survey", str(SUPPORT_EXAMPLE / "survey.json"), "--responses", str(path),
         "--by", "channel", "--every", "month", "--resolution-target-seconds", str(target), "--format", "json"],
        check=True, capture_output=True, text=True,
    ).stdout
    assert out == report.to_json(pretty=True) + "\n"


def test_report_accumulators_with_a_resolution_target_merge_into_the_one_pass_report() -> None:
    survey = oes.Survey.from_file(SUPPORT_EXAMPLE / "survey.json")
    lines = (SUPPORT_EXAMPLE / "responses.jsonl").read_text(encoding="utf-8").splitlines()
    target = 4 * 3600
    parts = []
    for k in range(3):
        acc = oes.ReportAccumulator(survey, by=["team"], every="month", resolution_target_seconds=target)
        acc.add(oes.Responses.from_jsonl(survey, "\n".join(lines[k::3])))
        parts.append(pickle.loads(pickle.dumps(acc)))
    assert parts[0].resolution_target_seconds == target
    assert repr(parts[0]) == (
        'ReportAccumulator(survey="support-followup-2025", by=["team"], every="month", resolution_target_seconds=14400)'
    )
    total = parts[2].copy()
    total.merge(parts[0])
    total.merge(parts[1])
    restored = oes.ReportAccumulator.from_json(total.to_json())
    assert restored == total and restored.resolution_target_seconds == target
    one_pass = oes.report(survey, SUPPORT_EXAMPLE / "responses.jsonl", by="team", every="month",
                          resolution_target_seconds=target)
    assert total.finish().to_dict() == one_pass.to_dict()
    assert restored.finish().to_dict() == one_pass.to_dict()
    assert support_periods(one_pass) and all(s["target_hours"] == 4.0 for s in support_periods(one_pass))

    # Another target groups differently: merging is refused, with the core's message, and leaves it unchanged.
    default = oes.ReportAccumulator(survey, by=["team"], every="month")
    assert default.resolution_target_seconds == 86400
    default.add(oes.Responses.from_jsonl(survey, lines[0]))
    before = total.copy()
    with pytest.raises(oes.IncompatibleError, match="the accumulators were made for different surveys or groupings"):
        total.merge(default)
    with pytest.raises(oes.IncompatibleError):
        default.merge(parts[0])
    assert total == before

    # The state carries its grouping; one edited to another target no longer matches its fingerprint.
    state = json.loads(default.to_json())
    assert state["grouping"]["resolution_target_seconds"] == 86400
    assert oes.ReportAccumulator.from_json(json.dumps(state)) == default
    state["grouping"]["resolution_target_seconds"] = 3600
    with pytest.raises(oes.ParameterError, match="its fingerprint does not match its survey and grouping"):
        oes.ReportAccumulator.from_json(json.dumps(state))


def test_a_negative_resolution_target_is_refused() -> None:
    survey = oes.Survey.from_file(SUPPORT_EXAMPLE / "survey.json")
    path = SUPPORT_EXAMPLE / "responses.jsonl"
    message = "invalid resolution_target_seconds: -1 is negative"
    with pytest.raises(oes.ParameterError, match=message) as info:
        oes.report(survey, path, resolution_target_seconds=-1)
    assert isinstance(info.value, oes.OesError) and info.value.parameter == "resolution_target_seconds"
    with pytest.raises(oes.ParameterError, match=message):
        oes.ReportAccumulator(survey, resolution_target_seconds=-1)
    # 0 is a target like any other (only tickets resolved at once are within it), as for the core and the command.
    assert oes.ReportAccumulator(survey, resolution_target_seconds=0).resolution_target_seconds == 0
