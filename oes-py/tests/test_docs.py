"""The docstrings of the public API.

Every public function and class of `oes.__all__` has a numpydoc docstring: `Examples` on every function and class
(exceptions included), `Parameters` naming every parameter where there are any (a class documents its constructor's),
`Returns` where the function or method returns something (as the stubs `_oes.pyi` declare it); every public method
has `Parameters` and `Returns` as they apply, every property a description. Every example in them runs (`doctest`),
and so do the examples of the pure-Python modules.

Needs the `onnxruntime` package and the committed model (the `Scorer` and `OesScore` examples score responses).
"""

from __future__ import annotations

import ast
import doctest
import inspect
import io
import re
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional, Tuple

import pytest

import oes
import oes._convert
import oes._frames
import oes._html
import oes._tidy

STUBS = Path(oes.__file__).resolve().parent / "_oes.pyi"
GUIDE = Path(__file__).resolve().parents[2] / "docs" / "python-guide.md"
EXCEPTIONS = {
    name for name in oes.__all__ if isinstance(getattr(oes, name), type) and issubclass(getattr(oes, name), Exception)
}
PURE_MODULES = [oes, oes._frames, oes._tidy, oes._convert, oes._html]


def _returns_none(node: ast.FunctionDef) -> bool:
    return isinstance(node.returns, ast.Constant) and node.returns.value is None


def _stub_returns() -> Dict[Tuple[Optional[str], str], bool]:
    """(class or None, function) -> whether the stub says it returns None; a class inherits its stub bases'."""
    tree = ast.parse(STUBS.read_text(encoding="utf-8"))
    classes: Dict[str, Tuple[List[str], Dict[str, bool]]] = {}
    out: Dict[Tuple[Optional[str], str], bool] = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            out[(None, node.name)] = _returns_none(node)
        elif isinstance(node, ast.ClassDef):
            methods = {f.name: _returns_none(f) for f in node.body if isinstance(f, ast.FunctionDef)}
            classes[node.name] = ([b.id for b in node.bases if isinstance(b, ast.Name)], methods)
    for name, (bases, methods) in classes.items():
        merged: Dict[str, bool] = {}
        for base in bases:
            merged.update(classes.get(base, ([], {}))[1])
        merged.update(methods)
        for method, none in merged.items():
            out[(name, method)] = none
    return out


RETURNS = _stub_returns()


def _section(doc: str, title: str) -> Optional[str]:
    """The text of a numpydoc section (up to the next section), or None."""
    underline = r"\n[ \t]*-{3,}[ \t]*"
    pattern = rf"^[ \t]*{title}[ \t]*{underline}\n(.*?)(?=^[ \t]*\w[\w ]*{underline}$|\Z)"
    match = re.search(pattern, doc, re.M | re.S)
    return match.group(1) if match else None


def _parameters(obj: Any) -> Optional[List[str]]:
    """The parameter names of a callable (without self), or None when Python cannot tell."""
    try:
        signature = inspect.signature(obj)
    except (TypeError, ValueError):
        return None
    return [p for p in signature.parameters if p not in ("self", "cls")]


def _problems(
    qualname: str, obj: Any, doc: str, params: Optional[List[str]], returns: bool, examples: bool
) -> List[str]:
    out = []
    if not doc.strip():
        return [f"{qualname}: no docstring"]
    if params:
        section = _section(doc, "Parameters")
        if section is None:
            out.append(f"{qualname}: no Parameters section")
        else:
            for p in params:
                if not re.search(rf"^[ \t]*(\w+, )*{p}(, \w+)* :", section, re.M):
                    out.append(f"{qualname}: parameter {p!r} not documented")
    if returns and _section(doc, "Returns") is None:
        out.append(f"{qualname}: no Returns section")
    if examples and _section(doc, "Examples") is None:
        out.append(f"{qualname}: no Examples section")
    return out


def _public_members(cls: type) -> Iterator[Tuple[str, Any]]:
    """The public attributes the class defines itself: properties as descriptors, methods as bound to the class
    (static methods unwrapped, so that their docstring is theirs)."""
    for name, member in vars(cls).items():
        if not name.startswith("_"):
            yield name, member if _is_property(member) else getattr(cls, name)


def _is_property(member: Any) -> bool:
    return isinstance(member, property) or type(member).__name__ == "getset_descriptor"


def _documented() -> Iterator[Tuple[str, Any]]:
    """(qualified name, object) of every public function, class, method and property, for the doctests."""
    for name in oes.__all__:
        obj = getattr(oes, name)
        if isinstance(obj, str):
            continue
        yield name, obj
        if isinstance(obj, type) and name not in EXCEPTIONS:
            for member_name, member in _public_members(obj):
                yield f"{name}.{member_name}", member


def test_every_public_name_has_a_numpydoc_docstring() -> None:
    problems: List[str] = []
    checked = 0
    for name in oes.__all__:
        obj = getattr(oes, name)
        if isinstance(obj, str):
            continue
        doc = inspect.getdoc(obj) or ""
        checked += 1
        if name in EXCEPTIONS:
            problems += _problems(name, obj, doc, None, returns=False, examples=True)
            continue
        if not isinstance(obj, type):
            returns = not RETURNS.get((None, name), False)
            problems += _problems(name, obj, doc, _parameters(obj), returns, examples=True)
            continue
        problems += _problems(name, obj, doc, _parameters(obj), returns=False, examples=True)
        for member_name, member in _public_members(obj):
            qualname = f"{name}.{member_name}"
            member_doc = member.__doc__ or ""
            checked += 1
            if _is_property(member):
                problems += [] if member_doc.strip() else [f"{qualname}: no docstring"]
                continue
            key = (name, member_name)
            assert key in RETURNS, f"{qualname} is not in the stubs"
            member_doc = inspect.cleandoc(member_doc)
            problems += _problems(qualname, member, member_doc, _parameters(member), not RETURNS[key], False)
    assert checked > 150, checked
    assert not problems, "docstrings to fix:\n" + "\n".join(problems)


def test_the_section_check_finds_what_is_missing() -> None:
    def documented(a: int, b: int) -> int:
        """Adds.

        Parameters
        ----------
        a : int
            One.

        Returns
        -------
        int
            The sum.
        """
        return a + b

    doc = inspect.getdoc(documented) or ""
    assert _problems("documented", documented, doc, ["a", "b"], True, True) == [
        "documented: parameter 'b' not documented",
        "documented: no Examples section",
    ]
    assert _problems("documented", documented, doc, ["a"], True, False) == []


def _run_examples(qualname: str, doc: str) -> Tuple[int, str]:
    """Runs the examples of one docstring with `oes` imported; (number of examples, the failure report)."""
    test = doctest.DocTestParser().get_doctest(doc, {"oes": oes}, qualname, None, 0)
    out = io.StringIO()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    result = runner.run(test, out=out.write)
    return result.attempted, out.getvalue() if result.failed else ""


DOCUMENTED = list(_documented())


@pytest.mark.parametrize("qualname,obj", DOCUMENTED, ids=[q for q, _ in DOCUMENTED])
def test_docstring_examples_run(qualname: str, obj: Any) -> None:
    attempted, failures = _run_examples(qualname, obj.__doc__ or "")
    assert not failures, failures


def test_the_examples_are_many() -> None:
    without_model = [(q, o) for q, o in DOCUMENTED if not q.startswith(("Scorer", "OesScore", "OesAccumulator"))]
    attempted = sum(_run_examples(q, o.__doc__ or "")[0] for q, o in without_model)
    assert attempted > 150


def test_a_wrong_example_fails() -> None:
    attempted, failures = _run_examples("wrong", ">>> oes.nps([10, 0]).score\n100.0\n")
    assert attempted == 1 and "Expected:\n    100.0\nGot:\n    0.0" in failures


@pytest.mark.parametrize("module", PURE_MODULES, ids=lambda m: m.__name__)
def test_pure_python_module_examples(module: Any) -> None:
    finder = doctest.DocTestFinder()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    out = io.StringIO()
    for test in finder.find(module, module.__name__, globs={**vars(module), "oes": oes}):
        # Only what the module defines (the package re-exports the extension's names, tested above).
        if test.filename and not test.filename.endswith(".py"):
            continue
        runner.run(test, out=out.write)
    assert runner.failures == 0, out.getvalue()
    if module is not oes._convert:
        assert runner.tries > 0, f"{module.__name__} has no examples"


def test_guide_examples_run(repo_root: Path) -> None:
    """The ```python blocks of docs/python-guide.md, in order, in one namespace, in the repository root."""
    blocks = re.findall(r"^```python\n(.*?)^```", GUIDE.read_text(encoding="utf-8"), flags=re.S | re.M)
    assert len(blocks) >= 6
    namespace: Dict[str, Any] = {"__name__": "python_guide"}
    for i, block in enumerate(blocks):
        exec(compile(block, f"docs/python-guide.md:python block {i + 1}", "exec"), namespace)
