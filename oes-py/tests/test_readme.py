"""The ```python blocks of oes-py/README.md, executed in order in the repository root (each in a fresh namespace)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

README = Path(__file__).resolve().parents[1] / "README.md"
BLOCKS = re.findall(r"^```python\n(.*?)^```", README.read_text(encoding="utf-8"), flags=re.S | re.M)


def test_readme_has_examples() -> None:
    assert len(BLOCKS) >= 8


@pytest.mark.parametrize("index", range(len(BLOCKS)), ids=lambda i: f"block{i + 1}")
def test_readme_example(index: int, repo_root: Path) -> None:
    code = compile(BLOCKS[index], f"README.md:python block {index + 1}", "exec")
    exec(code, {"__name__": f"readme_block_{index + 1}"})


ROOT_README = Path(__file__).resolve().parents[2] / "README.md"
ROOT_BLOCKS = re.findall(r"^```python\n(.*?)^```", ROOT_README.read_text(encoding="utf-8"), flags=re.S | re.M)


@pytest.mark.parametrize("index", range(len(ROOT_BLOCKS)), ids=lambda i: f"root-block{i + 1}")
def test_root_readme_example(index: int, repo_root: Path) -> None:
    assert ROOT_BLOCKS, "the repository README has Python examples"
    code = compile(ROOT_BLOCKS[index], f"README.md (root):python block {index + 1}", "exec")
    exec(code, {"__name__": f"root_readme_block_{index + 1}"})
