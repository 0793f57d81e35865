"""The committed stubs match the built extension (`mypy.stubtest`), and typed code using the package type-checks."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

USAGE = Path(__file__).with_name("typing_usage.py")
PACKAGE = Path(__file__).resolve().parents[1] / "python" / "oes"


def test_stubs_match_the_extension() -> None:
    out = subprocess.run([sys.executable, "-m", "mypy.stubtest", "oes._oes"], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr


def test_usage_type_checks_strictly() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(USAGE)],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stdout + out.stderr


def test_the_python_layer_type_checks_strictly() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(PACKAGE)], capture_output=True, text=True
    )
    assert out.returncode == 0, out.stdout + out.stderr
