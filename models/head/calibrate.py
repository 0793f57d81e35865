"""The calibration the scorer applies on top of the head, fitted on the hand-labelled calibration split
(``models/data/calibration.jsonl``) and never on the validation set.

Three things are fitted, each on the calibration split's comment rows or responses:

* **the theme threshold**: a theme is reported when its probability reaches it: the threshold of the best F1 of the
  themes reported against the labelled ones (precision and recall weighed alike; every mention with a lower
  probability is left out, so a reader who wants fewer, surer themes can raise it on the reported probabilities);
* **polarity offsets**, one per theme, on the scale of the polarity output's argument: the reported polarity is
  ``tanh(atanh(polarity) - offset)``, the offset the one that gets the sign of the most labelled mentions right
  (the smallest such offset in absolute value; 0 for a theme without mentions);
* **the confidence**: per perspective, a logistic regression of a hit (``|score - label| < 1``) on the head's own
  confidence and cheap facts about the response (:func:`confidence_features`), L2-penalised (lambda 1 on the slopes),
  fitted by Newton's method.

The choices (F1 for the threshold, the features of the confidence, offsets without a penalty) were made by 5-fold
cross-validation within the calibration split, before any figure of the validation set was computed with them.

The result is a small JSON object, stored in ``head.onnx``'s metadata under ``oes.calibration``
(:func:`export.save`), which oes-core reads and applies when it decodes the head's outputs
(``oes-core/src/oes/explain.rs``, ``Calibration``); :func:`confidence` and :func:`themes_reported` are the same
computations in Python, for the evaluation and the fixtures.
"""
from __future__ import annotations

import numpy as np

import features as F

KEY = "oes.calibration"
# The facts the confidence calibration reads, in this order (oes-core computes the same from a response's rows).
CONFIDENCE_FEATURES = ["logit_confidence", "asked", "log_answers", "comment", "extremity", "disagreement"]
OFFSET_GRID = np.linspace(-2.0, 2.0, 81)
F_TEXT = 8  # kind one-hot: text


def confidence_features(rows: list, confidence: np.ndarray, scores: np.ndarray) -> np.ndarray:
    """[4, 6] features of one response for each perspective: the head's confidence as a logit; 1 if a valued answer
    of that perspective was given (the question asked it directly); ln(1 + answers given: values and texts, skipped
    questions and the ticket not counted); 1 if there is a non-empty comment; |score - 5| / 5; |score - 10 x the
    mean of the valued answers (0-1, as in the features)| / 10, 0 without valued answers."""
    valued = [float(r.scalars[F.F_VALUE]) for r in rows if r.scalars[F.F_HAS_VALUE] == 1.0]
    asked = [any(r.scalars[F.F_HAS_VALUE] == 1.0 and r.scalars[10 + p] == 1.0 for r in rows) for p in range(4)]
    answers = sum(1 for r in rows if r.scalars[F.F_HAS_VALUE] == 1.0 or r.answer_text is not None)
    comment = any(r.scalars[F_TEXT] == 1.0 and r.answer_text is not None for r in rows)
    mean = sum(valued) / len(valued) if valued else None
    c = np.clip(confidence.astype(np.float64), 1e-7, 1 - 1e-7)
    out = np.zeros((4, len(CONFIDENCE_FEATURES)))
    for p in range(4):
        s = float(scores[p])
        out[p] = [np.log(c[p] / (1 - c[p])), float(asked[p]), np.log1p(answers), float(comment), abs(s - 5.0) / 5.0,
                  0.0 if mean is None else abs(s - 10.0 * mean) / 10.0]
    return out


def _features(split, out) -> np.ndarray:
    """[N, 4, 5] features of every response of a split."""
    return np.stack([confidence_features(split.rows[b], out["confidence"][b], out["scores"][b])
                     for b in range(len(split))])


def fit_logistic(X: np.ndarray, y: np.ndarray, lam: float = 1.0, iters: int = 50) -> np.ndarray:
    """Intercept and slopes of an L2-penalised logistic regression (the intercept is not penalised)."""
    A = np.concatenate([np.ones((len(X), 1)), X], 1)
    w = np.zeros(A.shape[1])
    pen = np.full(A.shape[1], lam)
    pen[0] = 0.0
    for _ in range(iters):
        p = 1.0 / (1.0 + np.exp(-(A @ w)))
        g = A.T @ (p - y) + pen * w
        H = (A * (p * (1 - p))[:, None]).T @ A + np.diag(pen)
        step = np.linalg.solve(H, g)
        w -= step
        if np.abs(step).max() < 1e-10:
            break
    return w


def fit_theme_threshold(prob: np.ndarray, labels: np.ndarray) -> dict:
    """The threshold of the best F1 (one of the data's probabilities, rounded down to 4 decimals; the highest of
    equals); with it, the recall and precision reached on the data."""
    p, y = prob.ravel().astype(np.float64), labels.ravel() > 0
    best = (-1.0, 0.5)
    for t in np.unique(p):
        pred = p >= t
        f1 = 2 * int((pred & y).sum()) / (int(pred.sum()) + int(y.sum()))
        if f1 >= best[0]:
            best = (f1, float(t))
    threshold = np.floor(best[1] * 1e4) / 1e4
    pred = p >= threshold
    tp = int((pred & y).sum())
    # for the card: the most mentions found at precision 0.75 or more, at any threshold
    recall_75 = 0.0
    for t in np.unique(p):
        found = int(((p >= t) & y).sum())
        if found >= 0.75 * max(int((p >= t).sum()), 1):
            recall_75 = max(recall_75, found / max(int(y.sum()), 1))
    return {"threshold": float(threshold), "recall": round(tp / max(int(y.sum()), 1), 4),
            "precision": round(tp / max(int(pred.sum()), 1), 4), "max_recall_at_precision_0.75": round(recall_75, 4)}


def atanh(x):
    with np.errstate(divide="ignore"):
        return np.arctanh(np.asarray(x, np.float64))


def fit_polarity_offsets(pol: np.ndarray, TH: np.ndarray, TP: np.ndarray) -> list:
    """Per theme, the offset (on the grid) that gets the sign of the most labelled mentions right, the smallest in
    absolute value among equals."""
    z = atanh(pol)
    offsets = []
    for t in range(TH.shape[1]):
        m = TH[:, t] > 0
        if not m.any():
            offsets.append(0.0)
            continue
        wrong = np.array([(np.sign(z[m, t] - c) != np.sign(TP[m, t])).sum() for c in OFFSET_GRID])
        candidates = OFFSET_GRID[wrong == wrong.min()]
        offsets.append(round(float(candidates[np.argmin(np.abs(candidates))]), 4))
    return offsets


def polarity(calibration: dict | None, pol: np.ndarray) -> np.ndarray:
    """The polarities oes reports from the head's (``[..., 14]``)."""
    if not calibration:
        return pol
    return np.tanh(atanh(pol) - np.asarray(calibration["polarity_offsets"], np.float64))


def fit(split, out) -> dict:
    """The calibration of the head whose outputs on the calibration split are ``out`` (``evaluate.Head.run``)."""
    from evaluate import comment_rows
    cr = comment_rows(split)
    prob = np.stack([out["themes"][b, a] for b, a in cr])
    pol = np.stack([out["polarity"][b, a] for b, a in cr])
    TH = np.stack([split.TH[b, a] for b, a in cr])
    TP = np.stack([split.TP[b, a] for b, a in cr])
    themes = fit_theme_threshold(prob, TH)
    Xf = _features(split, out)
    hit = np.abs(out["scores"] - split.Y) < 1.0
    coefficients = [[round(float(v), 6) for v in fit_logistic(Xf[:, p], hit[:, p].astype(np.float64))]
                    for p in range(4)]
    return {
        "version": 1,
        "fitted_on": f"models/data/calibration.jsonl ({len(split)} responses, {len(cr)} comments, "
                     f"{int((TH > 0).sum())} theme mentions)",
        "theme_threshold": themes["threshold"],
        "polarity_offsets": fit_polarity_offsets(pol, TH, TP),
        "confidence": {"features": CONFIDENCE_FEATURES, "coefficients": coefficients},
        "fit": {"theme_recall": themes["recall"], "theme_precision": themes["precision"],
                "theme_max_recall_at_precision_0.75": themes["max_recall_at_precision_0.75"]},
    }


def confidence(calibration: dict | None, rows: list, raw: np.ndarray, scores: np.ndarray) -> np.ndarray:
    """The confidences oes reports for one response (the head's own without a calibration)."""
    if not calibration:
        return raw.astype(np.float64)
    X = confidence_features(rows, raw, scores)
    W = np.asarray(calibration["confidence"]["coefficients"], np.float64)
    z = W[:, 0] + (W[:, 1:] * X).sum(1)
    return 1.0 / (1.0 + np.exp(-z))


def calibrated(calibration: dict | None, split, out) -> dict:
    """``out`` with the confidences and polarities oes reports (the head's own without a calibration)."""
    conf = np.stack([confidence(calibration, split.rows[b], out["confidence"][b], out["scores"][b])
                     for b in range(len(split))])
    return {**out, "confidence": conf, "polarity": polarity(calibration, out["polarity"])}


def theme_threshold(calibration: dict | None) -> float:
    return calibration["theme_threshold"] if calibration else 0.5
