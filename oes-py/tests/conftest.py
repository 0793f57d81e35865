"""Shared paths and the golden-fixture comparison (the rule of `oes-core/tests/golden.rs`)."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any, Optional

import pytest

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures"
EXAMPLES = REPO / "examples"


def read_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


# How far a score may move when its response is scored in another batch: ONNX Runtime's kernels may sum in another
# order for another padded length (seen: 7.8e-8 on a 2-core AMD EPYC machine; none on Intel with AVX-512).
ACROSS_BATCHES = 1e-6


def assert_same_but_oes(a: Any, b: Any, path: str = "$") -> None:
    """Two reports' dicts (``Report.to_dict()``) are equal, but for the numbers under an ``"oes"`` key (the means of
    the model's scores and their intervals), which may differ by :data:`ACROSS_BATCHES` when the responses were scored
    in other batches."""
    if isinstance(a, dict):
        assert isinstance(b, dict) and list(a) == list(b), f"{path}: keys {list(a)} vs {b!r}"
        for key in a:
            assert_same_but_oes(a[key], b[key], f"{path}.{key}")
    elif isinstance(a, list):
        assert isinstance(b, list) and len(a) == len(b), f"{path}: {a!r} vs {b!r}"
        for i, (x, y) in enumerate(zip(a, b)):
            assert_same_but_oes(x, y, f"{path}[{i}]")
    elif ".oes" in path and isinstance(a, float) and isinstance(b, float):
        assert abs(a - b) <= ACROSS_BATCHES, f"{path}: {a} vs {b}"
    else:
        assert a == b and type(a) is type(b), f"{path}: {a!r} vs {b!r}"


def assert_subset(expected: Any, actual: Any, path: str = "$") -> None:
    """Every key of `expected` is in `actual` with the same value: objects recursively as subsets, arrays in full,
    integers exactly, other numbers within 1e-9 (relative, or absolute below 1)."""
    if isinstance(expected, dict):
        assert isinstance(actual, dict), f"{path}: expected an object, got {actual!r}"
        for key, value in expected.items():
            assert key in actual, f"{path}.{key}: missing in the result"
            assert_subset(value, actual[key], f"{path}.{key}")
    elif isinstance(expected, list):
        assert isinstance(actual, list), f"{path}: expected an array, got {actual!r}"
        assert len(expected) == len(actual), f"{path}: array length {len(actual)}, expected {len(expected)}"
        for i, (e, a) in enumerate(zip(expected, actual)):
            assert_subset(e, a, f"{path}[{i}]")
    elif isinstance(expected, bool) or expected is None or isinstance(expected, str):
        assert expected == actual and type(expected) is type(actual), f"{path}: expected {expected!r}, got {actual!r}"
    elif isinstance(expected, int) and isinstance(actual, int) and not isinstance(actual, bool):
        assert expected == actual, f"{path}: expected {expected}, got {actual}"
    elif isinstance(expected, (int, float)):
        assert isinstance(actual, (int, float)) and not isinstance(actual, bool), f"{path}: got {actual!r}"
        tol = 1e-9 * max(abs(expected), 1.0)
        assert abs(expected - actual) <= tol, f"{path}: expected {expected}, got {actual}"
    else:
        raise AssertionError(f"{path}: unexpected value {expected!r} in a fixture")


@pytest.fixture
def repo_root(monkeypatch: pytest.MonkeyPatch) -> Path:
    """Runs the test in the repository root (paths in examples are relative to it)."""
    monkeypatch.chdir(REPO)
    return REPO


def oes_command() -> Path:
    """The `oes` command: $OES_BIN, or the debug build in target/, built (or brought up to date) with cargo first, so
    that a comparison with the command line never silently compares nothing."""
    if os.environ.get("OES_BIN"):
        return Path(os.environ["OES_BIN"])
    subprocess.run(["cargo", "build", "--locked", "--quiet", "-p", "oes-cli"], cwd=REPO, check=True)
    binary = REPO / "target" / "debug" / "oes"
    assert binary.exists(), f"cargo built no {binary}"
    return binary


def fixture_files(folder: str) -> list:
    return sorted((FIXTURES / folder).iterdir())


os.environ.setdefault("MPLBACKEND", "Agg")
