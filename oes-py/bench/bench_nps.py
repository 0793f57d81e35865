"""NPS of 10 million 0-10 scores from a NumPy int8 array: oes against NumPy-only and pandas code.

    python oes-py/bench/bench_nps.py [--n 10000000] [--repeat 5]

All three give the same score (asserted); the time is the best of `--repeat` runs. oes reads the array as a Rust
slice (no Python object per element) and also checks every value against the scale and computes the interval.
"""

from __future__ import annotations

import argparse
import time
from typing import Callable, Tuple

import numpy as np
import pandas as pd

import oes


def with_numpy(scores: np.ndarray) -> Tuple[float, int, int, int]:
    counts = np.bincount(scores, minlength=11)  # values outside 0-10 are not checked
    promoters, passives, detractors = int(counts[9:].sum()), int(counts[7:9].sum()), int(counts[:7].sum())
    n = promoters + passives + detractors
    return 100.0 * (promoters - detractors) / n, promoters, passives, detractors


def with_pandas(scores: np.ndarray) -> Tuple[float, int, int, int]:
    s = pd.Series(scores)
    category = pd.cut(s, bins=[-1, 6, 8, 10], labels=["detractor", "passive", "promoter"])
    shares = category.value_counts()
    promoters, passives, detractors = int(shares["promoter"]), int(shares["passive"]), int(shares["detractor"])
    return 100.0 * (promoters - detractors) / len(s), promoters, passives, detractors


def with_oes(scores: np.ndarray) -> Tuple[float, int, int, int]:
    r = oes.nps(scores)
    assert r.score is not None
    return r.score, r.promoters, r.passives, r.detractors


def best(f: Callable[[np.ndarray], Tuple[float, int, int, int]], scores: np.ndarray, repeat: int) -> Tuple[float, Tuple[float, int, int, int]]:
    times = []
    result = f(scores)
    for _ in range(repeat):
        start = time.perf_counter()
        result = f(scores)
        times.append(time.perf_counter() - start)
    return min(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    scores = np.random.default_rng(2025).integers(0, 11, size=args.n, dtype=np.int8)
    t_oes, r_oes = best(with_oes, scores, args.repeat)
    t_np, r_np = best(with_numpy, scores, args.repeat)
    t_pd, r_pd = best(with_pandas, scores, args.repeat)

    assert r_oes[1:] == r_np[1:] == r_pd[1:], (r_oes, r_np, r_pd)
    assert abs(r_oes[0] - r_np[0]) < 1e-9 and abs(r_oes[0] - r_pd[0]) < 1e-9, (r_oes, r_np, r_pd)

    print(f"NPS of {args.n:,} int8 scores: {r_oes[0]:.6f} (best of {args.repeat})")
    print(f"  oes.nps          {t_oes * 1e3:8.1f} ms")
    print(f"  numpy bincount   {t_np * 1e3:8.1f} ms   oes / numpy  = {t_oes / t_np:.2f}")
    print(f"  pandas cut       {t_pd * 1e3:8.1f} ms   oes / pandas = {t_oes / t_pd:.2f}")


if __name__ == "__main__":
    main()
