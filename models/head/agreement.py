#!/usr/bin/env python3
"""How far two readers of the same response agree, and where the model stands between them:

    python3 models/head/agreement.py

``models/data/second_reading.jsonl`` holds a second, independent reading of every response of the hand-labelled
validation and test sets (``data/README.md``, "Second reading"): four labels and the comment's themes, given by a
reader who saw the survey and the answers only, by the same labelling rules and theme boundaries. This script
compares, per set:

1. **the two readings** (:func:`human`; no model): MAE and Spearman per perspective, over all responses, those that
   asked the perspective and those that did not, with 95 % bootstrap intervals; the second reader's themes against the
   first's (precision, recall, polarity agreement on the themes both name);
2. **the model against each reading** (:func:`model_figures`): the same figures for oes's scores and themes (at the
   scorer's theme threshold) against the first reading (the set's labels, as ``evaluate_sets.py`` reports them) and
   against the second.

It writes ``agreement.json`` and ``agreement.md`` next to it; ``models/README.md`` copies the table. Nothing is
fitted or chosen here. Part 1 needs no model and is checked by ``oes-py/tests/test_model_figures.py``; part 2 runs
the committed model (the encoder's embeddings cached like ``evaluate_sets.py``'s).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

HERE = Path(__file__).resolve().parent
MODELS = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(MODELS / "data"))

import numpy as np  # noqa: E402

import evaluate as E  # noqa: E402
import evaluate_sets as ES  # noqa: E402
import features as F  # noqa: E402

P = F.PERSPECTIVES
SETS = ["validation", "test"]
r4 = E.r4


def load(data_dir: Path) -> dict:
    """{set: (records, second readings in the same order)}; every response of both sets read once."""
    second = {}
    for line in (data_dir / "second_reading.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["id"] in second:
            raise SystemExit(f"second_reading.jsonl reads {row['id']} twice")
        second[row["id"]] = row
    out = {}
    for name in SETS:
        records = [json.loads(x) for x in (data_dir / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()]
        missing = [r["response"]["id"] for r in records if r["response"]["id"] not in second]
        if missing:
            raise SystemExit(f"second_reading.jsonl lacks {missing[:5]}")
        out[name] = (records, [second.pop(r["response"]["id"]) for r in records])
    if second:
        raise SystemExit(f"second_reading.jsonl reads responses of no set: {sorted(second)[:5]}")
    return out


def asked(records: list[dict]) -> np.ndarray:
    """[N, 4]: the survey showed the response a question of that perspective (declared or the kind's default,
    ``features.parse_survey``), as the scorer reads it."""
    out = np.zeros((len(records), 4), bool)
    for n, r in enumerate(records):
        shown = r["response"]["answers"]
        for q in F.parse_survey(r["survey"]):
            if q.perspective is not None and q.id in shown:
                out[n, P.index(q.perspective)] = True
    return out


def labels(rows: list[dict]) -> np.ndarray:
    return np.array([[row["labels"][p] for p in P] for row in rows], np.float64)


def score_figures(pred: np.ndarray, Y: np.ndarray, asked_: np.ndarray, resamples: int = ES.BOOTSTRAP) -> dict:
    """MAE and Spearman of ``pred`` against ``Y`` per perspective, over all, asked and not asked, each with a 95 %
    percentile-bootstrap interval (``evaluate_sets.resamples_of``: responses resampled, seed 0)."""
    draws = list(ES.resamples_of(len(Y), resamples))
    out = {}
    for key in ("all", "asked", "not_asked"):
        out[key] = {}
        for i, p in enumerate(P):
            sel = np.ones(len(Y), bool) if key == "all" else (asked_[:, i] if key == "asked" else ~asked_[:, i])

            def fig(idx, i=i, sel=sel):
                idx = idx[sel[idx]]
                return np.abs(pred[idx, i] - Y[idx, i]).mean(), E.spearman(pred[idx, i], Y[idx, i])

            mae, rho = fig(np.arange(len(Y)))
            boot = np.array([fig(idx) for idx in draws])
            out[key][p] = {"n": int(sel.sum()), "mae": r4(mae), "spearman": r4(rho),
                           "mae_interval": ES.interval(boot[:, 0]), "spearman_interval": ES.interval(boot[:, 1])}
    return out


def theme_figures(found: list[dict], truth: list[dict]) -> dict:
    """Themes ``found`` (per response, theme -> polarity) against ``truth``: precision, recall, and the share of
    themes named by both with the same polarity."""
    tp = fp = fn = same = 0
    for f, t in zip(found, truth):
        tp += sum(k in t for k in f)
        fp += sum(k not in t for k in f)
        fn += sum(k not in f for k in t)
        same += sum(k in t and t[k] == v for k, v in f.items())
    return {"truth_mentions": tp + fn, "found_mentions": tp + fp, "precision": r4(tp / max(tp + fp, 1)),
            "recall": r4(tp / max(tp + fn, 1)), "polarity_agreement": r4(same / max(tp, 1))}


def _themes(rows) -> list[dict]:
    return [{t["theme"]: t["polarity"] for t in row["themes"]} for row in rows]


def human(data: dict, resamples: int = ES.BOOTSTRAP) -> dict:
    """The second reading against the first (the set's own labels and themes), per set."""
    out = {}
    for name, (records, second) in data.items():
        out[name] = {"n": len(records),
                     "scores": score_figures(labels(second), labels(records), asked(records), resamples),
                     "themes": theme_figures(_themes(second), _themes(records)),
                     "mean_difference": {p: r4((labels(second) - labels(records))[:, i].mean())
                                         for i, p in enumerate(P)}}
    return out


def model_figures(data: dict, threads: int) -> tuple[dict, dict]:
    """oes's scores, themes and their polarities (the committed model, calibrated as the scorer reports them, as
    ``refit.py`` evaluates it) against each reading."""
    import calibrate as C
    import data as D

    head, cache, table_fn, _, info = ES.load_model(MODELS, HERE / "evaluation.json", threads)
    threshold = head.calibration["theme_threshold"]
    out = {}
    for name, (records, second) in data.items():
        # the second reading as a set of its own: the same responses with its labels and themes
        reread = [{**r, "labels": s["labels"], "themes": s["themes"]} for r, s in zip(records, second)]
        out[name] = {}
        for reading, rows in (("first", records), ("second", reread)):
            split = D.build_split(name, rows, D.ChoiceThemes())
            cache.ensure(sorted(split.texts()), log=ES.log)
            D.attach_embeddings(split, cache.index)
            X, M = D.feature_tensor(split, table_fn())
            res = head.run(X, M)
            res["without"] = head.without(X, M)  # the confidence reads the answers' effects
            res = C.calibrated(head.calibration, split, res, X, M)  # as refit.py: the reported polarity too
            if not (ES.asked_mask(split) == asked(records)).all():
                raise SystemExit(f"{name}: asked() differs from the scorer's features")
            th = E.theme_metrics(res, split, threshold)["at_threshold"]
            out[name][reading] = {
                "scores": score_figures(res["scores"].astype(np.float64), split.Y.astype(np.float64),
                                        asked(records)),
                "themes": {"truth_mentions": th["n_mentions"], "found_mentions": th["n_reported"],
                           "precision": th["precision"], "recall": th["recall"],
                           "polarity_agreement": th["polarity_sign_accuracy_reported"],
                           "polarity_of_every_mention": th["polarity_sign_accuracy"]}}
    return out, {"head_sha256": info["head_sha256"], "encoder_sha256": info["encoder_sha256"],
                 "theme_threshold": threshold}


def markdown(res: dict) -> str:
    lines = ["| set | perspective | responses | second reader vs first: MAE | Spearman (95 % interval) | "
             "model vs first: MAE | Spearman | model vs second: MAE | Spearman |",
             "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for name in SETS:
        for key, label in (("all", "all"), ("not_asked", "not asked")):
            for p in P:
                h = res["human"][name]["scores"][key][p]
                m1 = res["model"][name]["first"]["scores"][key][p]
                m2 = res["model"][name]["second"]["scores"][key][p]
                lo, hi = h["spearman_interval"]
                lines.append(f"| {name} | {p}{'' if key == 'all' else ', ' + label} | {h['n']} | {ES.f2(h['mae'])} | "
                             f"{ES.f3(h['spearman'])} ({ES.f3(lo)}-{ES.f3(hi)}) | {ES.f2(m1['mae'])} | "
                             f"{ES.f3(m1['spearman'])} | {ES.f2(m2['mae'])} | {ES.f3(m2['spearman'])} |")
    lines += ["", "| set | themes | mentions (first / second) | precision | recall | same polarity |",
              "| --- | --- | --- | --- | --- | --- |"]
    for name in SETS:
        h = res["human"][name]["themes"]
        lines.append(f"| {name} | second reader vs first | {h['truth_mentions']} / {h['found_mentions']} | "
                     f"{ES.f3(h['precision'])} | {ES.f3(h['recall'])} | {ES.f3(h['polarity_agreement'])} |")
        for reading in ("first", "second"):
            m = res["model"][name][reading]["themes"]
            lines.append(f"| {name} | model vs {reading} | {m['truth_mentions']} / {m['found_mentions']} | "
                         f"{ES.f3(m['precision'])} | {ES.f3(m['recall'])} | {ES.f3(m['polarity_agreement'])} |")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--threads", type=int, default=1)
    args = ap.parse_args(argv)
    data = load(MODELS / "data")
    res = {"human": human(data)}
    res["model"], info = model_figures(data, args.threads)
    res = {**info, **res}
    (HERE / "agreement.json").write_text(json.dumps(res, indent=1, ensure_ascii=False) + "\n")
    md = markdown(res)
    (HERE / "agreement.md").write_text(
        "# OES model: two readings of the hand-labelled sets, and the model against each\n\n"
        f"Written by `models/head/agreement.py` (head.onnx `{info['head_sha256'][:12]}`, encoder.onnx "
        f"`{info['encoder_sha256'][:12]}`; theme threshold {info['theme_threshold']}); numbers from "
        "`models/head/agreement.json`. First reading: the set's own labels and themes; second: "
        "`models/data/second_reading.jsonl`.\n\n" + md + "\n")
    print(md)
    return 0


if __name__ == "__main__":
    sys.exit(main())
