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


def test_the_second_reading_reads_every_response_of_both_sets_once_by_the_row_rules() -> None:
    """``second_reading.jsonl`` (data/README.md, "Second reading"): one line per response of the validation and test
    sets, in their order, four labels on 0-10 in steps of 0.5, the channel's themes, each once, polarity +1 or -1."""
    spec = importlib.util.spec_from_file_location("oes_check", DATA / "check.py")
    assert spec is not None and spec.loader is not None
    check = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(check)
    records = [json.loads(line) for name in ("validation", "test")
               for line in (DATA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()]
    second = [json.loads(line) for line in (DATA / "second_reading.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [s["id"] for s in second] == [r["response"]["id"] for r in records]
    for s, r in zip(second, records):
        assert set(s) == {"id", "labels", "themes"}, s["id"]
        assert set(s["labels"]) == {"satisfaction", "recommendation", "ease", "loyalty"}, s["id"]
        assert all(isinstance(v, float) and 0 <= v <= 10 and (2 * v).is_integer() for v in s["labels"].values())
        allowed = check.EMPLOYEE_THEMES if r["channel"] == "employee_pulse" else check.CUSTOMER_THEMES
        themes = [t["theme"] for t in s["themes"]]
        assert len(themes) == len(set(themes)) and set(themes) <= set(allowed), s["id"]
        assert all(t["polarity"] in (1, -1) and set(t) == {"theme", "polarity"} for t in s["themes"]), s["id"]
        texts = {q["id"] for q in r["survey"]["questions"] if q["kind"] == "text"}
        has_comment = any(isinstance(v, str) and v.strip() for k, v in r["response"]["answers"].items() if k in texts)
        assert has_comment or not themes, f"{s['id']}: themes without a comment"
