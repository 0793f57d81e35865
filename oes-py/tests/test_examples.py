"""The example notebook and the benchmark run (the benchmark on a small array)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_notebook_draws_the_trend(tmp_path: Path) -> None:
    out = tmp_path / "trend.png"
    run = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "notebook.py"), str(out)], capture_output=True, text=True, cwd=tmp_path
    )
    assert run.returncode == 0, run.stderr
    assert "store=Munich" in run.stdout and "Overall NPS by month" in run.stdout
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_notebook_default_output_is_in_the_current_directory(tmp_path: Path) -> None:
    run = subprocess.run([sys.executable, str(ROOT / "examples" / "notebook.py")], capture_output=True, cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "nps_trend.png").exists()


def test_benchmark_runs() -> None:
    run = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "bench_nps.py"), "--n", "100000", "--repeat", "1"],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    assert "oes / numpy" in run.stdout
