#!/usr/bin/env python3
"""Refits what is fitted on the calibration split on top of the committed head, without training it again:

    python3 models/head/refit.py

1. the theme readout (``readout.py``: bank + calibration split, chosen by cross-validation within the calibration
   split; with ``--keep-readout-choice`` the setting chosen before is kept, which saves most of the run's time),
   folded into ``head.onnx``'s theme weights;
2. the calibration (``calibrate.py``: score calibration, theme threshold, polarity, confidence), stored in its
   metadata.

The head's score, term and confidence weights are those of ``models/head.onnx`` as it is. Then it rewrites
``models/head.onnx``, ``models/checksums.sha256``, the fixtures (``tests/fixtures/oes/scores.json``), the head's
figures in ``models/head/evaluation.json`` (calibration; the validation set's score, theme, polarity and confidence
figures, ``--heldout`` also the held-out synthetic split's) and ``models/head/CARD.md``. ``build_head.py`` does the
same two steps after training. The validation set is only evaluated, after everything is fitted.
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
ROOT = HERE.parent.parent
MODELS = ROOT / "models"
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(MODELS / "data"))

import numpy as np  # noqa: E402
import onnx  # noqa: E402
from onnx import numpy_helper  # noqa: E402

import calibrate as C  # noqa: E402
import clauses as CL  # noqa: E402
import data as D  # noqa: E402
import evaluate as E  # noqa: E402
import export as X  # noqa: E402
import features as F  # noqa: E402
import fixtures as FX  # noqa: E402
import model as Mdl  # noqa: E402
import readout as R  # noqa: E402

CACHE = Path(os.environ.get("OES_HEAD_CACHE", "/work/cache/head"))


def log(msg):
    print(msg, flush=True)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--head", default=str(MODELS / "head.onnx"))
    ap.add_argument("--calibration", default=str(MODELS / "data" / "calibration.jsonl"))
    ap.add_argument("--validation", default=str(MODELS / "data" / "validation.jsonl"))
    ap.add_argument("--test", default=str(MODELS / "data" / "test.jsonl"),
                    help="the hand-labelled test set (data/README.md), scored like the validation set")
    ap.add_argument("--heldout", default=None, help="the generator's held-out split (data/README.md), to refresh "
                                                     "the held-out figures of evaluation.json too")
    ap.add_argument("--fixtures", default=str(ROOT / "tests" / "fixtures" / "oes"))
    ap.add_argument("--keep-readout-choice", action="store_true",
                    help="keep the theme readout's setting chosen before (evaluation.json) instead of trying every "
                         "setting again; for when only the calibration changed (the same banks, calibration split "
                         "and encoder)")
    args = ap.parse_args(argv)

    ev_path = HERE / "evaluation.json"
    results = json.loads(ev_path.read_text())
    head_path = Path(args.head)
    if F.sha256_file(head_path) != results["head_sha256"]:
        raise SystemExit(f"{head_path} is not the head of {ev_path}")
    m = onnx.load(str(head_path))
    params = R.original({i.name: numpy_helper.to_array(i) for i in m.graph.initializer}, Mdl.HT)
    doc = m.doc_string

    encoder = F.Encoder(MODELS)
    problem = encoder.check_pair(MODELS / "checksums.sha256")
    if problem:
        raise SystemExit(problem)
    CACHE.mkdir(parents=True, exist_ok=True)
    cache = F.EmbeddingCache(encoder, CACHE)
    themes = D.ChoiceThemes()
    cal = D.build_split("calibration", D.load_jsonl(args.calibration), themes)
    cache.ensure(sorted(cal.texts()), log=log)
    D.attach_embeddings(cal, cache.index)

    # 1. the theme readout
    previous = results["calibration"].get("theme_readout") if args.keep_readout_choice else None
    if args.keep_readout_choice and not previous:
        raise SystemExit(f"{ev_path} has no theme readout to keep")
    params, summary = R.refit(params, cal, cache, C.folds(cal), log=log, previous=previous)
    heldout, heldout_clauses = summary.pop("heldout"), summary.pop("heldout_clauses")
    onnx_model = X.build_onnx(params, doc)
    X.save(onnx_model, head_path)
    table = np.concatenate([np.zeros((1, F.EMBEDDING), np.float32), cache.vectors]).astype(np.float32)

    # 2. the calibration
    head = E.Head(head_path)
    Xc, Mc = D.feature_tensor(cal, table)
    raw = head.run(Xc, Mc)
    raw["without"] = head.without(Xc, Mc)  # the confidence reads the answers' effects
    calibration = C.fit(cal, Xc, Mc, raw, theme_heldout=heldout, clause_heldout=heldout_clauses)
    calibration["theme_readout"] = summary
    X.save(onnx_model, head_path, calibration=calibration)
    head_bytes = head_path.read_bytes()
    head_sha = F.sha256_file(head_path)
    log(f"{head_path}: {len(head_bytes)} bytes, sha256 {head_sha}; theme threshold {calibration['theme_threshold']}")
    import subprocess
    subprocess.run([sys.executable, str(MODELS / "update_checksums.py")], check=True)

    # 3. figures (the validation set only evaluated, with everything fitted)
    head = E.Head(head_path, calibrated=True)
    cfg = results["training"]["config"]
    train_mean = np.array(results["training"]["train_label_mean"], np.float32)
    results |= {"head_sha256": head_sha, "head_bytes": len(head_bytes), "calibration": calibration}
    splits = [("validation", args.validation), ("test", args.test)]
    splits += [("heldout_test", args.heldout)] if args.heldout else []
    for name, path in splits:
        records = D.load_jsonl(path)
        if name == "heldout_test":  # build_head.py's test half of the held-out file
            import build_head
            records = build_head.split_heldout(records)[1]
        split = D.build_split(name, records, themes)
        cache.ensure(sorted(split.texts()), log=log)
        table = np.concatenate([np.zeros((1, F.EMBEDDING), np.float32), cache.vectors]).astype(np.float32)
        D.attach_embeddings(split, cache.index)
        Xs, Ms = D.feature_tensor(split, table)
        raw = head.run(Xs, Ms)
        raw["without"] = head.without(Xs, Ms)
        out = C.calibrated(calibration, split, raw, Xs, Ms)
        res = results.setdefault(name, {})
        # the score figures too, as build_head.py computes them: the score calibration changes with the split
        base = E.baselines(split, train_mean)
        res["model"] = E.score_metrics(out["scores"], split.Y)
        res["baselines"] = {k: E.score_metrics(v, split.Y) for k, v in base.items()}
        res["by_language"] = E.by_language(split, out["scores"])
        res["by_language_baseline_perspective_matched"] = {
            lang: m["mae_mean"] for lang, m in E.by_language(split, base["perspective_matched"]).items()}
        res["text_only"] = E.text_only(head, split, table)
        res["explicit_agreement"] = E.explicit_agreement(split, out["scores"], base["training_mean"])
        res["confidence"] = E.confidence_calibration(out, split, cfg["conf_tolerance"])
        res["confidence_head"] = E.confidence_calibration(raw, split, cfg["conf_tolerance"])
        res["themes"] = E.theme_metrics(out, split, C.theme_threshold(calibration))
        res["themes_audience_by_channel"] = E.theme_metrics(out, split, C.theme_threshold(calibration),
                                                           E.audience_by_channel(split))
        by_clause = CL.clause_themes(out, split, cache, head, calibration, log=log)
        res["themes_clauses"] = E.theme_metrics(by_clause, split, calibration["clause_themes"]["threshold"])
        t, tc = res["themes"]["at_threshold"], res["themes_clauses"]["at_threshold"]
        log(f"{name}: MAE " + " ".join(f"{p[:3]} {res['model'][p]['mae']:.3f}" for p in F.PERSPECTIVES)
            + " | Spearman " + " ".join(f"{res['model'][p]['spearman']:.3f}" for p in F.PERSPECTIVES))
        log(f"{name}: themes recall {t['recall']} precision {t['precision']} at {res['themes']['threshold']}, "
            f"micro AUC {res['themes']['micro_auc']}; polarity sign right {t['polarity_sign_accuracy']}; read "
            f"clause by clause: recall {tc['recall']} precision {tc['precision']} at "
            f"{res['themes_clauses']['threshold']}; "
            + "; ".join(f"{p} confidence AUC {v['auc']} mean {v['mean_confidence']} hit rate {v['hit_rate']}"
                        for p, v in res["confidence"].items()))

    scores_fx, sens = FX.scores_fixture(encoder, head_path, head_sha, encoder.onnx_sha256, calibration)
    results["fixtures"] = {"scores_batching_sensitivity_max": sens["batching_sensitivity_max"]}
    FX.write_json(Path(args.fixtures) / "scores.json", scores_fx)
    ev_path.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n")
    import card
    card.write(HERE / "CARD.md", results, {})
    log(f"wrote {head_path}, models/checksums.sha256, {args.fixtures}/scores.json, {ev_path}, {HERE / 'CARD.md'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
