#!/usr/bin/env python3
"""Prints the median of every criterion benchmark of the last `cargo bench -p oes-benches` as a Markdown table.

    python3 benches/criterion_table.py [CRITERION_DIR]

Criterion keeps its estimates in CRITERION_DIR/<group>/<function>/new/estimates.json (times in nanoseconds);
CRITERION_DIR is $CRITERION_HOME if it was set for the run, else TARGET_DIR/criterion (the default here).
"""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GROUPS = ["nps", "csat", "ces", "report_1m", "report_finish", "parse_100k"]


def human(ns):
    for unit, scale in (("s", 1e9), ("ms", 1e6), ("µs", 1e3)):
        if ns >= scale:
            return f"{ns / scale:.3g} {unit}"
    return f"{ns:.3g} ns"


def main():
    if len(sys.argv) > 1:
        home = Path(sys.argv[1])
    else:
        meta = subprocess.run(["cargo", "metadata", "--format-version", "1", "--no-deps"], cwd=ROOT, check=True,
                              capture_output=True, text=True).stdout
        home = Path(json.loads(meta)["target_directory"]) / "criterion"
    print("| benchmark | median | 95% CI of the median | throughput at the median |")
    print("|---|---|---|---|")
    for group in GROUPS:
        for path in sorted((home / group).glob("*/new/estimates.json")):
            median = json.loads(path.read_text())["median"]
            bench = json.loads((path.parent / "benchmark.json").read_text())
            ci = median["confidence_interval"]
            thrpt = ""
            if bench.get("throughput"):
                kind, amount = next(iter(bench["throughput"].items()))
                rate = amount / (median["point_estimate"] / 1e9)
                thrpt = f"{rate / 1e6:.3g} M{'elem' if kind == 'Elements' else 'B'}/s"
            print(f"| {group}/{path.parent.parent.name} | {human(median['point_estimate'])} | "
                  f"{human(ci['lower_bound'])} - {human(ci['upper_bound'])} | {thrpt} |")


if __name__ == "__main__":
    main()
