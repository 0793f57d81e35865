"""A Dask-style map/merge: partial aggregates computed in worker processes, pickled back, merged in the parent in
any order, equal to one pass. Also threads (the extension releases the GIL while it counts)."""

from __future__ import annotations

import pickle
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

import numpy as np

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
