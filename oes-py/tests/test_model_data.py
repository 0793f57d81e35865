"""The hand-labelled sets of ``models/data`` (the calibration split, the validation set and the test set) are exactly
what their build scripts write, pass ``check.py``'s row rules and share no 4-word sequence with the generator's phrase
bank (nor the calibration split with the validation set, nor the test set with either): a hand edit of a ``.jsonl`` file, or a build script changed without
rebuilding, fails here."""
from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

DATA = Path(__file__).resolve().parents[2] / "models" / "data"
SETS = ["calibration", "validation", "test"]


def _build_script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"oes_{name}_build", DATA / f"{name}_build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # builds ROWS; writes nothing (main() is not called)
    return module


@pytest.mark.parametrize("name", SETS)
def test_a_hand_labelled_set_is_what_its_script_writes(name: str) -> None:
    build = _build_script(name)
    written = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in build.ROWS)
    committed = (DATA / f"{name}.jsonl").read_text(encoding="utf-8")
    assert committed == written, f"models/data/{name}.jsonl differs from what {name}_build.py writes"
    shared = build.overlap_report() if name == "calibration" else build.leakage_report()
    assert shared == [], shared[:5]


@pytest.mark.parametrize("name", SETS)
def test_a_hand_labelled_set_passes_the_row_rules(name: str) -> None:
    run = subprocess.run([sys.executable, "-I", str(DATA / "check.py"), str(DATA / f"{name}.jsonl")],
                         capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    assert " valid rows, 0 problems" in run.stdout


def test_the_clause_fixture_is_what_the_python_rule_writes() -> None:
    """``tests/fixtures/oes/clauses.json``, which the Rust cut is tested against, holds the cuts of
    ``models/head/clauses.py`` (the rule the clause theme threshold is fitted with)."""
    spec = importlib.util.spec_from_file_location("oes_clauses", DATA.parent / "head" / "clauses.py")
    assert spec is not None and spec.loader is not None
    clauses = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(DATA.parent / "head"))  # clauses.py reads features.py's white space
    try:
        spec.loader.exec_module(clauses)
    finally:
        sys.path.remove(str(DATA.parent / "head"))
    written = clauses.fixture(clauses.fixture_texts(DATA / "calibration.jsonl"))
    committed = json.loads((DATA.parents[1] / "tests" / "fixtures" / "oes" / "clauses.json").read_text("utf-8"))
    assert committed == written
    assert sum(1 for c in written["cases"] if c["clauses"]) > 50
