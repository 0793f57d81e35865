"""Worker functions for the map/merge tests (a module of its own so that worker processes can import them)."""

from __future__ import annotations

from typing import Any, Dict, List

import numpy as np

import oes


def report_part(survey_json: str, lines: List[str]) -> oes.ReportAccumulator:
    """One partition: the partial report aggregate (it travels back to the parent pickled)."""
    survey = oes.Survey.from_json(survey_json)
    acc = oes.ReportAccumulator(survey, by=["store", "channel"], every="month")
    acc.add(oes.Responses.from_jsonl(survey, "\n".join(lines)))
    return acc


def nps_part(scores: np.ndarray) -> oes.NpsAccumulator:
    acc = oes.NpsAccumulator()
    acc.add_many(scores)
    return acc


def merge(parts: List[oes.NpsAccumulator]) -> oes.NpsAccumulator:
    total = oes.NpsAccumulator()
    for part in parts:
        total.merge(part)
    return total


def support_part(target_seconds: int, tickets: List[Dict[str, Any]]) -> oes.SupportAccumulator:
    """One partition of tickets: the partial support aggregate."""
    acc = oes.SupportAccumulator(target_seconds)
    acc.add_many(tickets)
    return acc
