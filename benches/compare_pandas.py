#!/usr/bin/env python3
"""Times oes against what a notebook user would write with numpy and pandas, on identical data, in one run.

    .venv/bin/python benches/compare_pandas.py [--runs N] [--scores N] [--responses N] [--dir DIR] [--no-build]

1. Builds `oes-bench-compare` (release) and has it write, into a temporary directory, 10M NPS scores as int8 raw
   bytes (`scores.i8`), a 1M-row `responses.csv` (id, submitted_at, store, nps, csat, ces) and its `survey.json`.
2. Has it time oes on them (best of N): NPS over the scores (and, when the oes Python package is installed, `oes.nps`
   from Python on the same scores as int8 and int64 NumPy arrays); the report (by store, every month) end-to-end from the
   CSV file, the CSV reading alone, and the report alone over the parsed responses; with the Python package, also
   `read_dataframe` of the responses as a pandas DataFrame (text times and datetime64 times) against a CSV round trip
   (`to_csv` + `oes.read_responses`), and the report of that DataFrame (`oes.report(survey, df)`, which counts its
   columns) against pandas' computation on it (with `to_datetime` first where the times are text).
   With pyarrow installed, the same rows are also written as Parquet and the report from it is timed against
   pandas' `read_parquet` and the same computation.
3. Times the same in numpy and pandas (best of N), checks that every figure agrees to 1e-9, and prints a table.
4. Measures the peak memory of the report from the CSV file by the `oes` command (built in release) and by pandas,
   each in a fresh process, and prints both.

Needs numpy and pandas (`.venv/bin/pip install numpy pandas`).
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

try:  # Parquet rows need pyarrow
    import pyarrow as pa
    import pyarrow.csv  # noqa: F401
    import pyarrow.parquet as pq
except ImportError:
    pa = pq = None

try:  # the polars rows need polars
    import polars as pl
except ImportError:
    pl = None

try:
    import oes as oes_py
except ImportError:  # the Rust timings do not need it
    oes_py = None

ROOT = Path(__file__).resolve().parent.parent
TOLERANCE = 1e-9


def best_of(runs, f):
    """The best wall and CPU times in seconds of `runs` calls, and the last result.

    CPU time is the whole process's (`time.process_time`): pandas' read_csv spends most of its CPU time outside the
    calling thread. The Rust side is single-threaded, so its thread's on-CPU time is its process's.
    """
    walls, cpus, result = [], [], None
    for _ in range(runs):
        result = None  # drop the previous result outside the timed region, as the Rust side does
        cpu, start = time.process_time(), time.perf_counter()
        result = f()
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
    return (min(walls), min(cpus)), result


# --- What a notebook user writes -------------------------------------------------------------------------------


def nps_numpy(a):
    return 100.0 * ((a >= 9).mean() - (a <= 6).mean())


def nps_numpy_bincount(a):
    counts = np.bincount(a, minlength=11)
    return 100.0 * (counts[9:].sum() - counts[:7].sum()) / counts.sum()


def nps_pandas(s):
    return 100.0 * ((s >= 9).mean() - (s <= 6).mean())


def nps_pandas_cut(s):
    """The textbook pandas way: bin the scores into detractors, passives and promoters, then count the bins."""
    counts = pd.cut(s, [-1, 6, 8, 10], labels=["detractor", "passive", "promoter"]).value_counts()
    return 100.0 * (counts["promoter"] - counts["detractor"]) / counts.sum()


def pandas_load(path):
    """read_csv plus timestamp parsing: the pandas counterpart of oes' parsed, validated responses."""
    df = pd.read_csv(path)
    df["submitted_at"] = pd.to_datetime(df["submitted_at"], format="ISO8601", utc=True)
    return df


def share(flag, values):
    """A 0/1 indicator that is NaN where the question was not answered, so that a group mean is a share of answers."""
    return flag.astype("float64").where(values.notna())


def pandas_compute(df):
    """NPS, CSAT top-2 share and CES mean per (store, UTC month), vectorised (no per-group Python lambdas)."""
    month = df["submitted_at"].dt.tz_localize(None).dt.to_period("M")
    flags = pd.DataFrame(
        {
            "store": df["store"],
            "month": month,
            "promoter": share(df["nps"] >= 9, df["nps"]),
            "detractor": share(df["nps"] <= 6, df["nps"]),
            "satisfied": share(df["csat"] >= 4, df["csat"]),
            "ces": df["ces"],
        }
    )
    out = flags.groupby(["store", "month"]).agg(
        respondents=("promoter", "size"),
        nps_n=("promoter", "count"),
        promoters=("promoter", "mean"),
        detractors=("detractor", "mean"),
        csat_top2=("satisfied", "mean"),
        ces_mean=("ces", "mean"),
    )
    out["nps"] = 100.0 * (out["promoters"] - out["detractors"])
    out["csat_top2"] *= 100.0
    return out


def pandas_end_to_end(path):
    return pandas_compute(pandas_load(path))


def pandas_parquet(path):
    """read_parquet plus timestamp parsing and the same computation."""
    df = pd.read_parquet(path)
    df["submitted_at"] = pd.to_datetime(df["submitted_at"], format="ISO8601", utc=True)
    return pandas_compute(df)


def dicts_per_row(survey, df, segments):
    """A response dict per row, read by `oes.Responses.from_dicts`: what `read_dataframe` did until 2026-12-05 (the
    code of commit bd1a211), and what a user without `read_dataframe` would write."""
    from oes import _frames as f

    def values(name):
        column = df.get_column(name) if pl is not None and isinstance(df, pl.DataFrame) else df[name]
        return column.to_list() if pl is not None and isinstance(df, pl.DataFrame) else column.tolist()

    questions = [q for q in survey.question_ids if q in df.columns]
    columns = {name: values(name) for name in ["id", "submitted_at", *segments, *questions]}
    records = []
    for row in range(len(columns["id"])):
        answers = {}
        for q in questions:
            value = columns[q][row]
            if not f._is_missing(value):
                answers[q] = f._cell(value)
        record = {"id": str(f._integral(columns["id"][row]))}
        stamp = f._timestamp(columns["submitted_at"][row])
        if stamp is not None:
            record["submitted_at"] = stamp
        record["segments"] = {n: f._label(columns[n][row]) for n in segments if not f._is_missing(columns[n][row])}
        record["answers"] = answers
        records.append(record)
    return oes_py.Responses.from_dicts(survey, records, cells=True)


def dataframe_rows(runs, data, csv):
    """`oes.read_dataframe` and `oes.report` on the responses as a pandas DataFrame (as `read_csv` gives it, and with
    the times as datetimes), against writing the DataFrame to CSV and reading that path with `oes.read_responses`
    (what a user could do instead), and against pandas' own computation on the same DataFrame."""
    survey = oes_py.Survey.from_file(data / "survey.json")
    text = pd.read_csv(csv)
    dated = pandas_load(csv)
    by = dict(by="store", every="month", min_group_size=1)

    def via_csv(df):
        # The answer columns have gaps, so pandas holds them as floats and would write 9.0, which the CSV reader
        # refuses as an answer: nullable integers first.
        path = data / "roundtrip.csv"
        df.astype({"nps": "Int64", "csat": "Int64", "ces": "Int64"}).to_csv(path, index=False)
        return oes_py.read_responses(survey, path)

    rows = []
    # The dict per row is slow (seconds a run): best of at most 2.
    few = min(runs, 2)
    for label, df in [("text times", text), ("datetime64 times", dated)]:
        read_time, read = best_of(runs, lambda: oes_py.read_dataframe(survey, df, segments=["store"]))
        csv_time, round_trip = best_of(runs, lambda: via_csv(df))
        dict_time, dicts = best_of(few, lambda: dicts_per_row(survey, df, ["store"]))
        if read.to_list()[:1000] != dicts.to_list()[:1000] or not len(read) == len(round_trip) == len(dicts) == len(df):
            sys.exit(f"MISMATCH read_dataframe ({label}) against the CSV round trip or a dict per row")
        rows.append((f"read_dataframe, {len(df) / 1e6:g}M-row pandas DataFrame, {label}", read_time,
                     [("to_csv + oes", csv_time), ("dict per row", dict_time)]))
    # `oes.report` of a DataFrame counts its columns (each distinct cell read once), without a response per row.
    from_file = oes_py.report(survey, csv, **by).to_dict()
    report_time, report = best_of(runs, lambda: oes_py.report(survey, dated, **by))
    if report.to_dict() != from_file:
        sys.exit("MISMATCH the report of the DataFrame differs from the report of the CSV file")
    compute_time, _ = best_of(runs, lambda: pandas_compute(dated))
    rows.append(("report of that DataFrame, datetime64 times (oes.report(survey, df))", report_time,
                 [("pandas", compute_time)]))

    def pandas_text(df):
        times = pd.to_datetime(df["submitted_at"], format="ISO8601", utc=True)
        return pandas_compute(df.assign(submitted_at=times))

    text_time, report = best_of(runs, lambda: oes_py.report(survey, text, **by))
    if report.to_dict() != from_file:
        sys.exit("MISMATCH the report of the DataFrame (text times) differs from the report of the CSV file")
    pandas_text_time, _ = best_of(runs, lambda: pandas_text(text))
    rows.append(("  the same, the DataFrame as read_csv gives it (text times)", text_time,
                 [("pandas", pandas_text_time)]))
    if pl is not None:
        frame = pl.read_csv(csv).with_columns(pl.col("submitted_at").str.to_datetime(time_zone="UTC"))
        # read_dataframe of a polars DataFrame (its Arrow record batches) against writing it as CSV and reading that.
        read_time, read = best_of(runs, lambda: oes_py.read_dataframe(survey, frame, segments=["store"]))

        def polars_csv():
            path = data / "roundtrip.csv"
            frame.write_csv(path, datetime_format="%Y-%m-%dT%H:%M:%S%.fZ")
            return oes_py.read_responses(survey, path)

        csv_time, round_trip = best_of(runs, polars_csv)
        dict_time, dicts = best_of(few, lambda: dicts_per_row(survey, frame, ["store"]))
        if read.to_list()[:1000] != dicts.to_list()[:1000] or not len(read) == len(round_trip) == len(dicts):
            sys.exit("MISMATCH read_dataframe (polars) against the CSV round trip or a dict per row")
        rows.append((f"read_dataframe, {len(frame) / 1e6:g}M-row polars DataFrame, datetime times", read_time,
                     [("write_csv + oes", csv_time), ("dict per row", dict_time)]))
        polars_time, report = best_of(runs, lambda: oes_py.report(survey, frame, **by))
        if report.to_dict() != from_file:
            sys.exit("MISMATCH the report of the polars DataFrame differs from the report of the CSV file")
        anchor_time, groups = best_of(runs, lambda: polars_compute(frame))
        # polars' figures are pandas' figures (which the oes report was checked against above).
        expected = pandas_compute(dated).reset_index()
        expected["key"] = expected["store"] + " " + expected["month"].astype(str)
        got = groups.with_columns(key=pl.col("store") + " " + pl.col("month").dt.strftime("%Y-%m")).sort("key")
        expected = expected.sort_values("key")
        for column in ("respondents", "nps_n", "nps", "csat_top2", "ces_mean"):
            if not np.allclose(got[column].to_numpy(), expected[column].to_numpy(), rtol=0, atol=TOLERANCE):
                sys.exit(f"MISMATCH polars' {column} per (store, month) differs from pandas'")
        rows.append(("report of a polars DataFrame, datetime times", polars_time, [("polars", anchor_time)]))
        if pa is not None:
            # The same rows as a pyarrow Table, against pandas on the same Table converted (`to_pandas`).
            table = frame.to_arrow()
            table_time, report = best_of(runs, lambda: oes_py.report(survey, table, **by))
            if report.to_dict() != from_file:
                sys.exit("MISMATCH the report of the pyarrow Table differs from the report of the CSV file")
            table_pandas, _ = best_of(runs, lambda: pandas_compute(table.to_pandas()))
            rows.append(("report of a pyarrow Table, timestamps", table_time, [("to_pandas+pd", table_pandas)]))
    return rows


def polars_compute(df):
    """The same figures per (store, UTC month) in polars' own group_by (its lazy engine, collected)."""
    answered = lambda c: pl.col(c).is_not_null().sum()  # noqa: E731
    return (
        df.lazy()
        .with_columns(pl.col("submitted_at").dt.truncate("1mo").alias("month"))
        .group_by("store", "month")
        .agg(
            pl.len().alias("respondents"),
            answered("nps").alias("nps_n"),
            (100.0 * ((pl.col("nps") >= 9).sum().cast(pl.Int64) - (pl.col("nps") <= 6).sum().cast(pl.Int64))
             / answered("nps")).alias("nps"),
            (100.0 * (pl.col("csat") >= 4).sum() / answered("csat")).alias("csat_top2"),
            pl.col("ces").mean().alias("ces_mean"),
        )
        .collect()
    )


def peak_memory(command, data, csv):
    """Peak resident memory in MB of the report from `csv` by the `oes` command and by pandas, each in a fresh
    process (`ru_maxrss` of the child, in kilobytes on Linux); the command's JSON is checked against the Python
    package's report of the same file when that is installed."""
    args = [str(command), "report", "--survey", str(data / "survey.json"), "--responses", str(csv), "--by", "store",
            "--every", "month", "--format", "json"]
    probe = ("import resource, subprocess, sys; out = subprocess.run(sys.argv[1:], check=True, capture_output=True)"
             ".stdout; sys.stdout.buffer.write(out); "
             "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr)")
    run = subprocess.run([sys.executable, "-c", probe, *args], check=True, capture_output=True)
    oes_kb = int(run.stderr.decode().split()[-1])
    if oes_py is not None:
        survey = oes_py.Survey.from_file(data / "survey.json")
        expected = oes_py.report(survey, csv, by="store", every="month").to_json(pretty=True) + "\n"
        if run.stdout.decode() != expected:
            sys.exit("MISMATCH the oes command's report differs from the Python package's")
    script = ("import resource, sys; sys.path.insert(0, sys.argv[1]); import compare_pandas as c; "
              "c.pandas_end_to_end(sys.argv[2]); print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)")
    pandas_kb = int(subprocess.run([sys.executable, "-c", script, str(Path(__file__).parent), str(csv)], check=True,
                                   capture_output=True, text=True).stdout.split()[-1])
    return oes_kb / 1024, pandas_kb / 1024


# --- Checks and output ----------------------------------------------------------------------------------------------


def check_close(what, a, b):
    if a is None or b is None or not abs(a - b) <= TOLERANCE:
        sys.exit(f"MISMATCH {what}: oes {a!r} vs pandas/numpy {b!r}")


def check_groups(oes_groups, frame):
    pandas_groups = {(store, str(month)): row for (store, month), row in frame.iterrows()}
    oes_keys = {(g["store"], g["month"]) for g in oes_groups}
    if oes_keys != set(pandas_groups):
        sys.exit(f"MISMATCH groups: {sorted(oes_keys ^ set(pandas_groups))[:5]} ...")
    for g in oes_groups:
        key = (g["store"], g["month"])
        row = pandas_groups[key]
        if (g["respondents"], g["nps_n"]) != (row["respondents"], row["nps_n"]):
            sys.exit(f"MISMATCH counts {key}: oes {g['respondents']}, {g['nps_n']} vs pandas {row['respondents']}, "
                     f"{row['nps_n']}")
        for name in ("nps", "csat_top2", "ces_mean"):
            check_close(f"{name} {key}", g[name], float(row[name]))
    return len(oes_groups)


def machine():
    model = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                  if line.startswith("model name")), platform.processor())
    return f"{os.cpu_count()} CPUs, {model}, {platform.system()} {platform.release()}"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5, help="best of N runs (default 5)")
    ap.add_argument("--scores", type=int, default=10_000_000)
    ap.add_argument("--responses", type=int, default=1_000_000)
    ap.add_argument("--dir", type=Path, help="keep the data here instead of a temporary directory")
    ap.add_argument("--no-build", action="store_true", help="use the release binary as it is")
    args = ap.parse_args()

    if not args.no_build:
        subprocess.run(["cargo", "build", "--release", "-q", "-p", "oes-benches", "--bin", "oes-bench-compare"],
                       cwd=ROOT, check=True)
        subprocess.run(["cargo", "build", "--release", "-q", "-p", "oes-cli"], cwd=ROOT, check=True)
    meta = json.loads(subprocess.run(["cargo", "metadata", "--format-version", "1", "--no-deps"], cwd=ROOT,
                                     check=True, capture_output=True, text=True).stdout)
    binary = Path(meta["target_directory"]) / "release" / "oes-bench-compare"
    command = Path(meta["target_directory"]) / "release" / "oes"

    with tempfile.TemporaryDirectory(prefix="oes-bench-") as tmp:
        data = args.dir or Path(tmp)
        start = time.perf_counter()
        subprocess.run([binary, "generate", data, "--scores", str(args.scores), "--responses", str(args.responses)],
                       check=True)
        generated = time.perf_counter() - start
        print(f"generated {args.scores:,} scores and {args.responses:,} responses in {data} ({generated:.1f} s)",
              file=sys.stderr)

        # The same rows as Parquet (snappy, pyarrow's default), when pyarrow is installed.
        parquet = data / "responses.parquet"
        if pq is not None:
            pq.write_table(pa.csv.read_csv(data / "responses.csv"), parquet)
        # The data written, on disk before anything is timed (the kernel's writeback otherwise competes with the
        # first timings for the two cores).
        os.sync()
        oes = json.loads(subprocess.run([binary, "time", data, "--runs", str(args.runs)], check=True,
                                        capture_output=True, text=True).stdout)
        t = {k: (v["best_s"], v["best_cpu_s"]) for k, v in oes["timings"].items() if v is not None}

        scores = np.fromfile(data / "scores.i8", dtype=np.int8)
        series = pd.Series(scores)
        np_time, np_nps = best_of(args.runs, lambda: nps_numpy(scores))
        bc_time, bc_nps = best_of(args.runs, lambda: nps_numpy_bincount(scores))
        pd_time, pd_nps = best_of(args.runs, lambda: nps_pandas(series))
        for name, value in [("numpy", np_nps), ("numpy bincount", bc_nps), ("pandas", pd_nps)]:
            check_close(f"NPS over the scores ({name})", oes["results"]["nps_10m"], float(value))
        # The same from Python, on the NumPy arrays (int8 as read, and int64 as most columns are).
        python_rows = []
        if oes_py is not None:
            wide = scores.astype(np.int64)
            for label, array in [("int8", scores), ("int64", wide)]:
                py_time, py_nps = best_of(args.runs, lambda: oes_py.nps(array))
                check_close(f"NPS over the scores (oes.nps, {label})", oes["results"]["nps_10m"], py_nps.score)
                anchor, _ = best_of(args.runs, lambda: nps_numpy_bincount(array))
                python_rows.append((f"  oes.nps from Python, {label} NumPy array", py_time,
                                    [("numpy bincount", anchor)]))
            # A pandas Series of int64: what a notebook holds after read_csv.
            column = pd.Series(wide)
            py_time, py_nps = best_of(args.runs, lambda: oes_py.nps(column))
            check_close("NPS over the scores (oes.nps, pandas Series)", oes["results"]["nps_10m"], py_nps.score)
            cut_time, cut_nps = best_of(args.runs, lambda: nps_pandas_cut(column))
            check_close("NPS over the scores (pandas cut + value_counts)", oes["results"]["nps_10m"], float(cut_nps))
            mask_time, _ = best_of(args.runs, lambda: nps_pandas(column))
            python_rows.append(("  oes.nps from Python, int64 pandas Series", py_time,
                                [("pandas cut+vc", cut_time), ("pandas masks", mask_time)]))
        else:
            print("the oes Python package is not installed: oes.nps from Python is not timed", file=sys.stderr)

        csv = data / "responses.csv"
        frame_rows = []
        if oes_py is not None:
            frame_rows = dataframe_rows(args.runs, data, csv)
        memory = peak_memory(command, data, csv)
        e2e_time, frame = best_of(args.runs, lambda: pandas_end_to_end(csv))
        parquet_rows = []
        if pq is not None:
            parquet_time, frame3 = best_of(args.runs, lambda: pandas_parquet(parquet))
            check_groups(oes["results"]["groups"], frame3)
            parquet_rows.append((f"report from Parquet, {args.responses / 1e6:g}M rows (read + compute)",
                                 t["report_parquet"], [("pandas", parquet_time)]))
        load_time, df = best_of(args.runs, lambda: pandas_load(csv))
        compute_time, frame2 = best_of(args.runs, lambda: pandas_compute(df))
        groups = check_groups(oes["results"]["groups"], frame)
        check_groups(oes["results"]["groups"], frame2)

    rows = [
        (f"NPS, {args.scores / 1e6:g}M int8 scores in memory", t["nps_10m"],
         [("numpy masks", np_time), ("numpy bincount", bc_time), ("pandas Series", pd_time)]),
        *python_rows,
        (f"report from CSV, {args.responses / 1e6:g}M rows (read + compute)", t["report_end_to_end"],
         [("pandas", e2e_time)]),
        ("  the same, in chunks of rows counted by column (oes report's path)", t["report_streaming"],
         [("pandas", e2e_time)]),
        ("  the same, one response at a time (the path of a JSONL file)", t["report_each"],
         [("pandas", e2e_time)]),
        ("  read CSV only (oes: parse + validate; pandas: read_csv + to_datetime)", t["read_csv"],
         [("pandas", load_time)]),
        ("  compute only (oes: report(); pandas: month + groupby.agg)", t["report_compute"],
         [("pandas", compute_time)]),
        *parquet_rows,
        *frame_rows,
    ]
    print(f"\n{datetime.date.today()}, {machine()}")
    print(f"Python {platform.python_version()}, numpy {np.__version__}, pandas {pd.__version__}; "
          f"best of N = {args.runs} runs each; wall time and CPU time")
    print(f"Agreement: NPS over the scores and NPS, CSAT top-2 %, CES mean of all {groups} (store, month) groups "
          f"equal within {TOLERANCE:g}; respondent and answer counts identical.\n")
    header = (f"{'computation':<72} {'oes wall':>9} {'oes cpu':>9}  {'other':<15} {'wall':>9} {'cpu':>9} "
              f"{'wall/oes':>8} {'cpu/oes':>8}")
    print(header)
    print("-" * len(header))
    for label, (oes_wall, oes_cpu), others in rows:
        for i, (name, (wall, cpu)) in enumerate(others):
            first = (label, f"{oes_wall:9.3f}", f"{oes_cpu:9.3f}" if oes_cpu else "-") if i == 0 else ("", "", "")
            cpu_ratio = f"{cpu / oes_cpu:8.2f}" if oes_cpu else f"{'-':>8}"
            print(f"{first[0]:<72} {first[1]:>9} {first[2]:>9}  {name:<15} {wall:9.3f} {cpu:9.3f} "
                  f"{wall / oes_wall:8.2f} {cpu_ratio}")
    print("(seconds; other/oes > 1 means oes is faster)")
    oes_mb, pandas_mb = memory
    print(f"\nPeak memory (maximum resident set size of a fresh process), the report from CSV, {args.responses:,} rows:")
    print(f"  oes report (the command; counts chunks of rows)         {oes_mb:8.1f} MB")
    print(f"  pandas (read_csv + to_datetime + groupby.agg)           {pandas_mb:8.1f} MB   pandas/oes {pandas_mb / oes_mb:.2f}")

if __name__ == "__main__":
    main()
