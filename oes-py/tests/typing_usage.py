"""Typed use of the package; `test_typing.py` checks it with `mypy --strict` (it is not a test module itself)."""

from __future__ import annotations

from typing import Dict, List, Optional, Tuple

import oes


def headline(values: List[Optional[int]]) -> Tuple[Optional[float], Optional[Tuple[float, float]]]:
    r: oes.NpsResult = oes.nps(values, weights=None, confidence=0.9, interval="wald", denominator="shown")
    return r.score, r.ci


def merged(parts: List[oes.CsatAccumulator]) -> oes.CsatResult:
    total = oes.CsatAccumulator((1, 5), threshold=4)
    for part in parts:
        total.merge(part)
    return total.result(confidence=0.95)


def report_of(path: str) -> List[str]:
    survey = oes.Survey.from_file(path)
    responses: oes.Responses = oes.read_responses(survey, "responses.jsonl", lenient=True)
    rejected: List[str] = responses.rejected
    report = oes.report(survey, responses, by=["store"], every="month", csat_thresholds={"csat": 5},
                        resolution_target_seconds=8 * 3600)
    acc = oes.ReportAccumulator(survey, by="store", every="month", resolution_target_seconds=8 * 3600)
    acc.add(responses)
    same: oes.Report = acc.finish(min_group_size=1)
    target: int = acc.resolution_target_seconds
    return report.group_labels + same.by + rejected + [str(target)]


def errors() -> Optional[str]:
    try:
        oes.yes_no([True, None])
    except oes.ParameterError as e:
        return e.parameter
    except oes.OesError:
        return None
    return None


def support(tickets: List[Dict[str, object]]) -> Optional[float]:
    acc = oes.SupportAccumulator(target_seconds=8 * 3600)
    acc.add_many(tickets)
    acc.add({"opened_at": "2025-01-01T00:00:00Z", "reopened": False})
    result: oes.SupportResult = acc.result(confidence=0.9)
    ttr: oes.DurationStats = result.ttr
    return ttr.median_hours


def overall(survey: oes.Survey, responses: oes.Responses) -> List[Tuple[str, float]]:
    try:
        scorer = oes.Scorer(threads=2, batch_size=16)
    except oes.ModelError:
        return []
    first: oes.OesScore = scorer.score(survey, responses[0])
    confidence: float = first.confidence["satisfaction"]
    return [(s.id, s.loyalty * confidence) for s in scorer.score_batch(survey, responses)]


def added(parts: List[oes.NpsAccumulator], reports: List[oes.ReportAccumulator]) -> Tuple[oes.NpsResult, oes.Report]:
    both: oes.NpsAccumulator = parts[0] + parts[1]
    chained: oes.NpsAccumulator = both.merge(parts[0]).merge(parts[1])
    total: oes.NpsAccumulator = sum(parts, oes.NpsAccumulator()) + chained
    everything: oes.ReportAccumulator = sum(reports[1:], reports[0].copy())
    return total.result(), everything.finish()
