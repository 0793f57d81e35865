"""The example notebook and the benchmark run (the benchmark on a small array)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
REPO = ROOT.parent


def test_notebook_runs_from_load_to_dask(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`examples/notebook.ipynb`, executed with nbclient in a kernel of this interpreter (a kernel spec of its own,
    found first through JUPYTER_PATH): load, report, OES, trend plot, Dask."""
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    spec = tmp_path / "jupyter" / "kernels" / "oes-tests"
    spec.mkdir(parents=True)
    kernel = {"argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"], "language": "python"}
    (spec / "kernel.json").write_text(json.dumps({**kernel, "display_name": "oes tests"}), encoding="utf-8")
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    figure = tmp_path / "trend.png"
    monkeypatch.setenv("OES_NOTEBOOK_FIGURE", str(figure))

    notebook = nbformat.read(REPO / "examples" / "notebook.ipynb", as_version=4)
    client = nbclient.NotebookClient(
        notebook, timeout=600, kernel_name="oes-tests", resources={"metadata": {"path": str(REPO / "examples")}}
    )
    client.execute()  # raises CellExecutionError, with the cell and its traceback, when a cell fails

    text = "\n".join(
        output.get("text", "") + str(output.get("data", {}).get("text/plain", ""))
        for cell in notebook.cells
        if cell.cell_type == "code"
        for output in cell.outputs
    )
    assert "retail-cx-2025: 600 responses" in text
    assert "store=Munich" in text and "recommendation" in text  # the report table and the OES means
    assert "the same report as one pass" in text
    assert figure.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_readme_shows_the_notebook_trend_plot() -> None:
    picture = REPO / "docs" / "img" / "nps_trend.png"
    assert picture.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert picture.stat().st_size < 150_000
    assert "](docs/img/nps_trend.png)" in (REPO / "README.md").read_text(encoding="utf-8")


def test_benchmark_runs() -> None:
    run = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "bench_nps.py"), "--n", "100000", "--repeat", "1"],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    assert "oes / numpy" in run.stdout
