"""The theme readout: per theme, a logistic regression on the frozen encoder's embedding of a comment, fitted on the
hand-written phrase banks (``models/data/bank/*.json``, 14 languages) together with the comments of the hand-labelled
calibration split (``models/data/calibration.jsonl``), and never on the validation set.

Per theme ``t`` the reported probability is ``sigmoid(w_t . e + b_t)``, ``e`` the comment's embedding. Training rows:
every theme sentence of the banks (positive for its theme, negative for the others; polarity ignored), every generic
sentence (negative for all), weight 1; every comment of the calibration split (its labelled themes), weight
``calibration_weight``. L2 penalty ``lambda |w|^2 / 2`` (the intercept free), Newton's method.

``lambda`` and ``calibration_weight`` are those of the most mentions found at a precision of 0.75 or more in 5-fold
cross-validation within the calibration split (the bank always in training, the held-out fold's comments never),
ties to the higher area under the ROC curve (:func:`cross_validate`). The held-out probabilities of that choice are
what the theme threshold is chosen on (``calibrate.fit_theme_threshold``).

The readout replaces the head's theme outputs inside ``head.onnx`` without changing its graph (:func:`fold`): the
theme network is ``T2 relu(T1 e + t1) + t2``; two hidden units per theme, ``relu(w_t . e)`` and ``relu(-w_t . e)``
with output weights +1 and -1, add ``w_t . e`` exactly, the former units' theme weights are set to 0 and ``t2_t`` to
``b_t``. The polarity outputs are left as they were.
"""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np

import features as F

BANK_DIR = Path(__file__).resolve().parent.parent / "data" / "bank"
LAMBDAS = (0.03, 0.1, 0.3)
CALIBRATION_WEIGHTS = (0.0, 1.0, 3.0)
PRECISION = 0.75


def bank_sentences(bank_dir=BANK_DIR) -> list[tuple[str, str | None, int, str]]:
    """(language, theme or None for a generic sentence, polarity +1/-1, text) of every bank sentence."""
    out = []
    for path in sorted(Path(bank_dir).glob("*.json")):
        b = json.loads(path.read_text(encoding="utf-8"))
        for theme, cell in b["themes"].items():
            for pol in ("pos", "neg"):
                out += [(b["lang"], theme, 1 if pol == "pos" else -1, s) for s in cell[pol]]
        for key in ("generic", "generic_employee"):
            for pol in ("pos", "neg"):
                out += [(b["lang"], None, 1 if pol == "pos" else -1, s) for s in b[key][pol]]
    return out


def bank_targets(bank) -> np.ndarray:
    """[n, 14]: 1 where the sentence is one of that theme's."""
    Y = np.zeros((len(bank), len(F.THEMES)))
    for i, (_, theme, _, _) in enumerate(bank):
        if theme is not None:
            Y[i, F.THEMES.index(theme)] = 1.0
    return Y


def fit_logistic(X, y, lam, weight=None, iters=60) -> np.ndarray:
    """Intercept and slopes of a weighted logistic regression, penalty ``lam |w|^2 / 2`` on the slopes."""
    A = np.concatenate([np.ones((len(X), 1)), X], 1)
    w = np.zeros(A.shape[1])
    pen = np.full(A.shape[1], lam)
    pen[0] = 0.0
    sw = np.ones(len(X)) if weight is None else weight
    for _ in range(iters):
        p = 1.0 / (1.0 + np.exp(-(A @ w)))
        g = A.T @ (sw * (p - y)) + pen * w
        H = (A * (sw * p * (1 - p))[:, None]).T @ A + np.diag(pen)
        step = np.linalg.solve(H, g)
        w -= step
        if np.abs(step).max() < 1e-9:
            break
    return w


def fit(Eb, Yb, Ec, Yc, lam, calibration_weight) -> np.ndarray:
    """[14, 385]: per theme the intercept and the 384 slopes, from the bank (``Eb``, ``Yb``) and the calibration
    comments (``Ec``, ``Yc``)."""
    X = np.concatenate([Eb, Ec]).astype(np.float64)
    weight = np.concatenate([np.ones(len(Eb)), np.full(len(Ec), calibration_weight)])
    return np.stack([fit_logistic(X, np.concatenate([Yb[:, t], Yc[:, t]]), lam, weight)
                     for t in range(len(F.THEMES))])


def probabilities(W, E) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-(W[:, 0] + E.astype(np.float64) @ W[:, 1:].T)))


def recall_at_precision(prob, Y, precision=PRECISION) -> float:
    """The most labelled mentions found, as a share, at any threshold whose precision is ``precision`` or more."""
    p, y = prob.ravel(), Y.ravel() > 0
    order = np.argsort(-p, kind="stable")
    tp = np.cumsum(y[order])
    n = np.arange(1, len(p) + 1)
    last = np.r_[p[order][1:] != p[order][:-1], True]  # only thresholds at distinct probabilities
    ok = last & (tp >= precision * n)
    return float(tp[ok].max() / max(y.sum(), 1)) if ok.any() else 0.0


def cross_validate(Eb, Yb, Ec, Yc, fold, folds=5, log=print) -> dict:
    """Every (lambda, calibration weight) by ``folds``-fold cross-validation within the calibration split: held-out
    micro ROC-AUC and recall at precision 0.75; the choice and its held-out probabilities."""
    from evaluate import r4, roc_auc
    results = []
    for lam in LAMBDAS:
        for cw in CALIBRATION_WEIGHTS:
            oof = np.zeros_like(Yc, dtype=np.float64)
            for k in range(folds):
                train, test = fold != k, fold == k
                oof[test] = probabilities(fit(Eb, Yb, Ec[train], Yc[train], lam, cw), Ec[test])
            r = {"lambda": lam, "calibration_weight": cw, "auc": r4(roc_auc(oof.ravel(), Yc.ravel() > 0)),
                 "recall_at_precision_0.75": r4(recall_at_precision(oof, Yc)), "oof": oof}
            log(f"theme readout lambda {lam} calibration weight {cw}: held-out AUC {r['auc']}, recall at precision "
                f"0.75 {r['recall_at_precision_0.75']}")
            results.append(r)
    best = max(results, key=lambda r: (r["recall_at_precision_0.75"], r["auc"]))
    return {"folds": folds, "chosen": {"lambda": best["lambda"], "calibration_weight": best["calibration_weight"]},
            "oof": best["oof"], "all": [{k: v for k, v in r.items() if k != "oof"} for r in results]}


def fold_into(params: dict, W: np.ndarray) -> dict:
    """The head's weights with its theme outputs replaced by the readout ``W`` (exactly; the polarity untouched)."""
    p = {k: np.asarray(v, np.float32).copy() for k, v in params.items()}
    n = len(F.THEMES)
    slopes = W[:, 1:].T.astype(np.float32)  # [384, 14]
    p["T1"] = np.concatenate([p["T1"], slopes, -slopes], 1)
    p["t1"] = np.concatenate([p["t1"], np.zeros(2 * n, np.float32)])
    T2 = np.concatenate([p["T2"], np.zeros((2 * n, 2 * n), np.float32)], 0)
    T2[:, :n] = 0.0
    T2[-2 * n:-n, :n] = np.eye(n, dtype=np.float32)
    T2[-n:, :n] = -np.eye(n, dtype=np.float32)
    p["T2"] = T2
    p["t2"] = p["t2"].copy()
    p["t2"][:n] = W[:, 0].astype(np.float32)
    return p


def original(params: dict, units: int) -> dict:
    """The weights of a head before :func:`fold_into` (its first ``units`` theme units; a head read back from a file
    that already has a readout)."""
    p = {k: np.asarray(v, np.float32) for k, v in params.items()}
    return {**p, "T1": p["T1"][:, :units], "t1": p["t1"][:units], "T2": p["T2"][:units]}


def refit(params: dict, cal, cache, folds: np.ndarray, log=print) -> tuple[dict, dict]:
    """The head's weights with the theme readout chosen and fitted as the module says, and a summary (the choice,
    the cross-validation, the held-out probabilities of the calibration split's comments under ``heldout``).
    ``cal``: the calibration split with its embeddings in ``cache`` (``features.EmbeddingCache``); ``folds``: the
    fold of each of its responses (``calibrate.folds``)."""
    from evaluate import comment_rows
    bank = bank_sentences()
    cache.ensure(sorted({b[3] for b in bank}), log=log)
    Eb = np.stack([cache[b[3]] for b in bank]).astype(np.float64)
    Yb = bank_targets(bank)
    cr = comment_rows(cal)
    Ec = np.stack([cache[cal.rows[b][a].answer_text] for b, a in cr]).astype(np.float64)
    Yc = np.stack([cal.TH[b, a] for b, a in cr]).astype(np.float64)
    cv = cross_validate(Eb, Yb, Ec, Yc, folds[[b for b, _ in cr]], log=log)
    W = fit(Eb, Yb, Ec, Yc, cv["chosen"]["lambda"], cv["chosen"]["calibration_weight"])
    summary = {"bank_sentences": len(bank), "bank_theme_sentences": int(Yb.sum()), "calibration_comments": len(cr),
               "folds": cv["folds"], "chosen": cv["chosen"], "cross_validation": cv["all"], "heldout": cv["oof"]}
    return fold_into(params, W), summary
