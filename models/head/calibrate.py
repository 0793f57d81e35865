"""The calibration the scorer applies on top of the head, fitted on the hand-labelled calibration split
(``models/data/calibration.jsonl``) and never on the validation set.

Four things are fitted (calibration version 8), each on the calibration split's comment rows or responses:

* **the scores** (version 2; more facts in versions 5, 6 and 7): per perspective ``p``, the reported score is ``10
  sigmoid(a + b z + d asked + c asked logit(m) + e zo + f any + g (1 - asked) any logit(m_all) + h comment + k r +
  (1 - asked) sum_q v_q asked_q logit(m_q))``, ``z`` the head's logit, ``asked`` 1 when a valued answer of that
  perspective was given, ``m`` the mean of those answers' values (0-1, as in the features), ``zo`` the mean of the
  head's three other logits, ``any`` 1 when any valued answer was given, ``m_all`` the mean of all valued answers'
  values, ``comment`` 1 when the response has a comment (a text question answered), ``r`` the comment readout of that
  perspective, averaged over the response's comments (0 without one), and ``asked_q``, ``m_q`` the same as ``asked``
  and ``m`` for each other perspective ``q`` (so that an unasked perspective can read each asked one with a weight of
  its own); means clamped to ``[clamp, 1 - clamp]`` before their logit (:func:`score_features`; versions 2-4 have
  ``e = f = g = h = k = v = 0``, version 5 ``h = k = v = 0``, version 6 ``v = 0``). ``b``, ``c``, ``e``, ``g``, ``k``
  and ``v`` are held at 0 or more (:func:`fit_score`), so raising an answer's value never lowers a score (no logit of
  the head falls, and no mean), and neither does a comment that reads better; a response without rows gets ``10
  sigmoid(a + b z + e zo)``.
  Least squares on the 0-10 scale, penalised by ``lambda |w - (0, 1, 0, ...)|^2``; the form (which coefficients are
  fitted), lambda, the clamp and the readout's penalty are those of the lowest MAE in 5-fold cross-validation within
  the calibration split (:func:`cross_validate_scores`), and without a gain there no score calibration is stored;
* **the comment readout** (version 6), part of the scores: per perspective, ``r = u . e + c``, ``e`` the encoder's
  embedding of one comment, a ridge regression of ``(label - 5) / 5`` on the mean embedding of each comment-bearing
  response of the split (:func:`fit_comment_readout`); or (version 8) a kernel ridge regression of the same,
  ``r = c + sum_i alpha_i exp(-gamma |e - s_i|^2)`` over the split's mean comment embeddings ``s_i`` (stored as
  int8 with one scale, :func:`fit_kernel_readout`), which reads a comment by the labelled comments it is close to
  and falls back to ``c`` far from all of them. Which form and penalty (and kernel width) are chosen like the rest,
  by cross-validation within the split. The score calibration is fitted on each response's readout from the readout
  fitted without its fold (:func:`oof_comment_readout`), as a new response would get it;
* **the theme threshold**: a theme is reported when its probability reaches it. With a theme readout
  (``readout.py``, version 3): the lowest threshold at which the readout's held-out probabilities of the split's
  comments reach a precision of 0.75 (:data:`THEME_PRECISION`); without one, the threshold of the best F1 of the themes
  reported against the labelled ones. A reader who wants fewer, surer themes can raise it on the reported
  probabilities;
* **the polarity** (version 3): the reported polarity of theme ``t`` is ``tanh(a q_t + c zbar - offset_t)``, ``q_t``
  the head's polarity as a logit, ``zbar`` the mean of the head's four score logits of the response; a logistic
  regression of the sign of each labelled mention, ``a`` and ``c`` shared by the themes, the offsets penalised by the
  lambda of the most signs right in 5-fold cross-validation within the split (:func:`fit_polarity`). Versions 1 and 2
  had per-theme offsets alone, ``tanh(atanh(polarity) - offset)`` (:func:`fit_polarity_offsets`);
* **the confidence** (version 5; fewer facts before): per perspective, a logistic regression of a hit (``|score -
  label| < 1``, the score as reported, each response's from the score calibration fitted on the other folds) on the
  head's own confidence and cheap facts about the response and the head's outputs (:func:`confidence_features`;
  versions 1-3 the first six, :data:`CONFIDENCE_FEATURES_V3`, version 4 the first nine), L2-penalised (lambda :data:`CONFIDENCE_LAMBDA` on the slopes; 1 before),
  fitted by Newton's method.

The choices (precision 0.75 for the threshold, the facts of the polarity and of the confidence and the confidence's
penalty, the forms of the score calibration tried) were made by 5-fold
cross-validation within the calibration split, before any figure of the validation set was computed with them.

The result is a small JSON object, stored in ``head.onnx``'s metadata under ``oes.calibration``
(:func:`export.save`), which oes-core reads and applies when it decodes the head's outputs
(``oes-core/src/oes/explain.rs``, ``Calibration``); :func:`scores`, :func:`confidence` and :func:`polarity` are the same
computations in Python, for the evaluation and the fixtures.
"""
from __future__ import annotations

import numpy as np

import data as D
import features as F

KEY = "oes.calibration"
VERSION = 8
# The facts the confidence calibration reads, in this order (oes-core computes the same from a response's rows and the
# head's outputs). Versions 1-3 read the first six (CONFIDENCE_FEATURES_V3), with lambda 1; version 4 the first nine
# (CONFIDENCE_FEATURES_V4).
CONFIDENCE_FEATURES = ["logit_confidence", "asked", "log_answers", "comment", "extremity", "disagreement",
                       "any_valued", "answer_effect", "text_vs_answer", "score_spread", "asked_perspectives",
                       "log_comment_length"]
CONFIDENCE_FEATURES_V3 = CONFIDENCE_FEATURES[:6]
CONFIDENCE_FEATURES_V4 = CONFIDENCE_FEATURES[:9]
# The L2 penalty of the confidence's slopes (version 4; 1 before), chosen with its facts by cross-validation within
# the calibration split.
CONFIDENCE_LAMBDA = 0.1
CONFIDENCE_LAMBDA_V3 = 1.0
THEME_PRECISION = 0.75
OFFSET_GRID = np.linspace(-2.0, 2.0, 81)
F_TEXT = 8  # kind one-hot: text


def confidence_features(rows: list, confidence: np.ndarray, scores: np.ndarray, logits: np.ndarray | None = None,
                        without: np.ndarray | None = None, names: list = CONFIDENCE_FEATURES) -> np.ndarray:
    """[4, len(names)] features of one response for each perspective, those of ``names`` in its order:

    * ``logit_confidence``: the head's confidence as a logit;
    * ``asked``: 1 if a valued answer of that perspective was given (the question asked it directly);
    * ``log_answers``: ln(1 + answers given: values and texts, skipped questions and the ticket not counted);
    * ``comment``: 1 if there is a non-empty comment;
    * ``extremity``: |score - 5| / 5;
    * ``disagreement``: |score - 10 x the mean of the valued answers (0-1, as in the features)| / 10, 0 without
      valued answers;
    * ``any_valued``: 1 if any valued answer was given (of any perspective);
    * ``answer_effect``: the largest |z - z'| over the valued answers, ``z`` the head's logit of the perspective and
      ``z'`` that of the response without the answer (``without``, [rows, 4]); 0 without valued answers;
    * ``text_vs_answer``: how far the comments pull against the answers: ``t`` the sum of ``z - z'`` over the
      comments (text rows with a text), ``m`` the mean of the valued answers, ``max(0, -t (2 m - 1))``; 0 without
      valued answers;
    * ``score_spread``: the standard deviation of the four scores (``scores``, divided by n), divided by 5;
    * ``asked_perspectives``: how many of the four perspectives have a valued answer, divided by 4;
    * ``log_comment_length``: ln(1 + the characters (code points) of the comments' texts).

    ``logits`` ([4]) and ``without`` are needed for the last two only."""
    valued = [float(r.scalars[F.F_VALUE]) for r in rows if r.scalars[F.F_HAS_VALUE] == 1.0]
    asked = [any(r.scalars[F.F_HAS_VALUE] == 1.0 and r.scalars[10 + p] == 1.0 for r in rows) for p in range(4)]
    answers = sum(1 for r in rows if r.scalars[F.F_HAS_VALUE] == 1.0 or r.answer_text is not None)
    comment = any(r.scalars[F_TEXT] == 1.0 and r.answer_text is not None for r in rows)
    mean = sum(valued) / len(valued) if valued else None
    c = np.clip(confidence.astype(np.float64), 1e-7, 1 - 1e-7)
    effect, text = np.zeros(4), np.zeros(4)
    if any(n in names for n in ("answer_effect", "text_vs_answer")):
        z = np.asarray(logits, np.float64)
        for a, r in enumerate(rows):
            e = z - np.asarray(without[a], np.float64)
            if r.scalars[F.F_HAS_VALUE] == 1.0:
                effect = np.maximum(effect, np.abs(e))
            if r.scalars[F_TEXT] == 1.0 and r.answer_text is not None:
                text += e
    spread = float(np.std(np.asarray(scores, np.float64))) / 5.0
    length = sum(len(r.answer_text) for r in rows if r.scalars[F_TEXT] == 1.0 and r.answer_text is not None)
    out = np.zeros((4, len(names)))
    for p in range(4):
        s = float(scores[p])
        facts = {"logit_confidence": np.log(c[p] / (1 - c[p])), "asked": float(asked[p]),
                 "log_answers": np.log1p(answers), "comment": float(comment), "extremity": abs(s - 5.0) / 5.0,
                 "disagreement": 0.0 if mean is None else abs(s - 10.0 * mean) / 10.0,
                 "any_valued": float(mean is not None), "answer_effect": float(effect[p]),
                 "text_vs_answer": 0.0 if mean is None else max(0.0, -float(text[p]) * (2.0 * mean - 1.0)),
                 "score_spread": spread, "asked_perspectives": sum(asked) / 4.0,
                 "log_comment_length": float(np.log1p(length))}
        out[p] = [facts[n] for n in names]
    return out


def _features(split, out, names=CONFIDENCE_FEATURES) -> np.ndarray:
    """[N, 4, len(names)] features of every response of a split (``out["without"]``: [N, rows, 4], the logits
    without each row, :meth:`evaluate.Head.without`)."""
    return np.stack([confidence_features(split.rows[b], out["confidence"][b], out["scores"][b], out["logits"][b],
                                         None if "without" not in out else out["without"][b], names)
                     for b in range(len(split))])


def fit_logistic(X: np.ndarray, y: np.ndarray, lam=1.0, iters: int = 50) -> np.ndarray:
    """Intercept and slopes of an L2-penalised logistic regression (the intercept is not penalised; ``lam`` one
    penalty, or one per slope)."""
    A = np.concatenate([np.ones((len(X), 1)), X], 1)
    w = np.zeros(A.shape[1])
    pen = np.concatenate([[0.0], np.broadcast_to(np.asarray(lam, np.float64), (X.shape[1],))])
    for _ in range(iters):
        p = 1.0 / (1.0 + np.exp(-(A @ w)))
        g = A.T @ (p - y) + pen * w
        H = (A * (p * (1 - p))[:, None]).T @ A + np.diag(pen)
        step = np.linalg.solve(H, g)
        w -= step
        if np.abs(step).max() < 1e-10:
            break
    return w


def fit_theme_threshold(prob: np.ndarray, labels: np.ndarray, precision: float | None = None) -> dict:
    """The threshold of the best F1 (one of the data's probabilities, rounded down to 4 decimals; the highest of
    equals), or with ``precision``, the lowest threshold whose precision on the data is ``precision`` or more (the
    most mentions found at that precision; the best F1's when none reaches it); with it, the recall and precision
    reached on the data."""
    p, y = prob.ravel().astype(np.float64), labels.ravel() > 0
    best = (-1.0, 0.5)
    for t in np.unique(p):
        pred = p >= t
        f1 = 2 * int((pred & y).sum()) / (int(pred.sum()) + int(y.sum()))
        if f1 >= best[0]:
            best = (f1, float(t))
    chosen = best[1]
    if precision is not None:
        for t in np.unique(p):  # ascending: the first that reaches the precision finds the most
            pred = p >= t
            if int((pred & y).sum()) >= precision * max(int(pred.sum()), 1):
                chosen = float(t)
                break
    threshold = np.floor(chosen * 1e4) / 1e4
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
    absolute value among equals (calibration versions 1 and 2)."""
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


# The facts the polarity calibration (version 3) reads, in the order of its slopes: the head's polarity as a logit
# (atanh of it, clamped to +-POLARITY_CLAMP first) and the mean of the head's four score logits of the response.
POLARITY_FEATURES = ["polarity_logit", "mean_logit"]
POLARITY_CLAMP = 1.0 - 1e-6
POLARITY_LAMBDAS = (0.3, 3.0, 30.0)


def polarity_features(pol: np.ndarray, logits: np.ndarray) -> np.ndarray:
    """[..., 14, 2] of :data:`POLARITY_FEATURES` for polarities ``pol`` [..., 14] and logits [..., 4] of their
    responses."""
    q = atanh(np.clip(np.asarray(pol, np.float64), -POLARITY_CLAMP, POLARITY_CLAMP))
    zbar = np.broadcast_to(np.asarray(logits, np.float64).mean(-1)[..., None], q.shape)
    return np.stack([q, zbar], -1)


def _fit_polarity(Q, TH, TP, lam) -> tuple[list, list]:
    """Slopes (shared by the themes, barely penalised) and per-theme offsets (penalised by ``lam``) of a logistic
    regression of the sign of each labelled mention on :data:`POLARITY_FEATURES`."""
    b, t = np.nonzero(TH > 0)
    n, k = len(b), Q.shape[-1]
    A = np.zeros((n, k + TH.shape[1]))
    A[:, :k] = Q[b, t]
    A[np.arange(n), k + t] = 1.0
    pen = np.concatenate([np.full(k, 0.01), np.full(TH.shape[1], lam)])
    w = fit_logistic(A, (TP[b, t] > 0).astype(np.float64), pen)
    slopes = [round(float(v), 6) for v in w[1:1 + k]]
    offsets = [round(-float(w[0] + w[1 + k + j]), 6) for j in range(TH.shape[1])]
    return slopes, offsets


def fit_polarity(pol, TH, TP, logits, fold) -> dict:
    """The polarity calibration: the penalty of the most signs right in cross-validation within the split (by
    ``fold`` of each comment), then fitted on the whole split; with the held-out sign accuracy of each penalty."""
    Q = polarity_features(pol, logits)
    mentioned = TH > 0
    accuracy = {}
    for lam in POLARITY_LAMBDAS:
        right = 0
        for k in range(FOLDS):
            train, test = fold != k, fold == k
            slopes, offsets = _fit_polarity(Q[train], TH[train], TP[train], lam)
            z = (Q[test] * np.array(slopes)).sum(-1) - np.array(offsets)
            right += int((np.sign(z) == np.sign(TP[test]))[mentioned[test]].sum())
        accuracy[lam] = round(right / max(int(mentioned.sum()), 1), 4)
    old = np.zeros_like(TH, dtype=np.float64)
    for k in range(FOLDS):  # the former per-theme offsets, held out the same way, for the card
        train, test = fold != k, fold == k
        old[test] = atanh(pol[test]) - np.array(fit_polarity_offsets(pol[train], TH[train], TP[train]))
    lam = max(POLARITY_LAMBDAS, key=lambda x: (accuracy[x], x))
    slopes, offsets = _fit_polarity(Q, TH, TP, lam)
    return {"slopes": slopes, "offsets": offsets, "lambda": lam,
            "cross_validation": {"sign_accuracy": {str(k): v for k, v in accuracy.items()},
                                 "sign_accuracy_offsets_only": round(float(
                                     (np.sign(old) == np.sign(TP))[mentioned].mean()), 4)}}


def polarity(calibration: dict | None, pol: np.ndarray, logits: np.ndarray | None = None) -> np.ndarray:
    """The polarities oes reports from the head's (``[..., 14]``; ``logits`` [..., 4] of their responses, needed
    from calibration version 3)."""
    if not calibration:
        return pol
    offsets = np.asarray(calibration["polarity_offsets"], np.float64)
    if calibration["version"] < 3:
        return np.tanh(atanh(pol) - offsets)
    Q = polarity_features(pol, logits)
    return np.tanh((Q * np.asarray(calibration["polarity"]["slopes"], np.float64)).sum(-1) - offsets)


# ---------------------------------------------------------------------------------------------------------------
# Scores

# The facts the score calibration reads, in the order of its coefficients (after the intercept): the head's logit
# z_p; 1 if a valued answer of that perspective was given; the logit of the mean of those answers' values (0-1, as in
# the features, clamped to [clamp, 1 - clamp]), 0 without one; from version 5 also the mean of the head's three other
# logits; 1 if any valued answer was given; and, where no valued answer of the perspective was given, the logit of the
# mean of all valued answers' values (clamped the same way), else 0. Versions 2-4 read the first three.
# From version 6 also whether the response has a comment and the comment readout; from version 7, where no valued
# answer of the perspective was given, the logit of the mean of each perspective's valued answers (0 for a perspective
# without one, and always 0 for the perspective's own).
SCORE_FEATURES = ["logit", "asked", "answer_logit", "other_logits", "any_valued", "answers_logit_unasked", "comment",
                  "comment_readout"] + [f"{p}_answer_logit_unasked" for p in F.PERSPECTIVES]
# How many of SCORE_FEATURES versions 2-4, version 5 and version 6 read.
SCORE_FEATURES_V4 = 3
SCORE_FEATURES_V5 = 6
SCORE_FEATURES_V6 = 8
# Forms tried by cross-validation: the coefficients each fits (the others stay those of no calibration, [0, 1, 0, ...]).
SCORE_FORMS = {"none": [], "affine": [0, 1], "answer": [0, 1, 3], "answer_and_asked": [0, 1, 2, 3],
               "other_logits": [0, 1, 2, 3, 4], "all_answers": [0, 1, 2, 3, 5, 6],
               "other_logits_and_all_answers": [0, 1, 2, 3, 4, 5, 6],
               "comment_readout": [0, 1, 2, 3, 4, 5, 6, 7, 8],
               "answers_by_perspective": [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]}
SCORE_IDENTITY = np.array([0.0, 1.0] + [0.0] * (len(SCORE_FEATURES) - 1))
# Coefficients that must not be negative, so that raising an answer's value never lowers a score: those of the
# head's logit, of the answers' logit, of the other logits (each logit is non-decreasing in every answer's value) and
# of the logit of all answers; and that of the comment readout, so that a comment that reads better never lowers one;
# and those of each perspective's answers where the perspective was not asked.
SCORE_NONNEGATIVE = (1, 3, 4, 6, 8, 9, 10, 11, 12)
SCORE_LAMBDAS = (0.3, 3.0, 30.0, 100.0)
SCORE_CLAMPS = (0.02, 0.05, 0.1)
# The ridge penalties of the comment readout tried (its target is (label - 5) / 5).
READOUT_LAMBDAS = (0.1, 0.3, 1.0, 3.0, 10.0, 30.0)
# Version 8: the kernel readout's widths (gamma of exp(-gamma |e - s|^2)) and penalties tried.
KERNEL_GAMMAS = (2.0, 5.0, 10.0)
KERNEL_LAMBDAS = (0.03, 0.1, 0.3, 1.0)
# Every comment readout tried, as (gamma, penalty): gamma None for the linear readout.
READOUTS = [(None, lam) for lam in READOUT_LAMBDAS] + [(g, lam) for g in KERNEL_GAMMAS for lam in KERNEL_LAMBDAS]
FOLDS = 5


def answer_facts(X: np.ndarray, M: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """[N, 4] whether a valued answer of each perspective was given, and [N, 4] the mean of their values (0-1; 0.5
    without one), from the feature tensor and mask (``data.feature_tensor``)."""
    valued = (X[..., F.F_HAS_VALUE] == 1.0) & (M > 0)
    of = valued[..., None] & (X[..., 10:14] == 1.0)
    count = of.sum(1)
    total = (of * X[..., F.F_VALUE, None].astype(np.float64)).sum(1)
    mean = np.where(count > 0, total / np.maximum(count, 1), 0.5)
    return count > 0, mean


def all_answer_facts(X: np.ndarray, M: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """[N] whether any valued answer was given, and [N] the mean of all valued answers' values (0.5 without one)."""
    valued = (X[..., F.F_HAS_VALUE] == 1.0) & (M > 0)
    count = valued.sum(1)
    total = (valued * X[..., F.F_VALUE].astype(np.float64)).sum(1)
    return count > 0, np.where(count > 0, total / np.maximum(count, 1), 0.5)


def _logit_clamped(m: np.ndarray, clamp: float) -> np.ndarray:
    m = np.clip(m, clamp, 1.0 - clamp)
    return np.log(m / (1.0 - m))


def comments(X: np.ndarray, M: np.ndarray) -> np.ndarray:
    """[N, A]: which rows are comments (a text question answered with text)."""
    return (X[..., F_TEXT] == 1.0) & (X[..., F.F_HAS_TEXT] == 1.0) & (M > 0)


def comment_mean_embeddings(X: np.ndarray, M: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """[N] whether a response has a comment, and [N, 384] the mean embedding of its comments (0 without one)."""
    c = comments(X, M)
    n = c.sum(1)
    emb = X[..., F.SCALARS:F.SCALARS + F.EMBEDDING].astype(np.float64)
    total = (emb * c[..., None]).sum(1)
    return n > 0, total / np.maximum(n, 1)[:, None]


def fit_comment_readout(E: np.ndarray, Y: np.ndarray, lam: float) -> np.ndarray:
    """[4, 385]: per perspective, the ridge regression of ``(label - 5) / 5`` on the mean comment embeddings ``E``
    [n, 384] (the slopes penalised by ``lam |u|^2``, the intercept, last, free)."""
    A = np.concatenate([E, np.ones((len(E), 1))], 1)
    R = lam * np.eye(A.shape[1])
    R[-1, -1] = 0.0
    return np.linalg.solve(A.T @ A + R, A.T @ readout_target(Y)).T


def readout_target(Y: np.ndarray) -> np.ndarray:
    """What the comment readouts are fitted to: ``(label - 5) / 5``."""
    return (Y.astype(np.float64) - 5.0) / 5.0


def quantised_support(E: np.ndarray) -> tuple[np.ndarray, float]:
    """``E`` [n, 384] as int8 with one scale (``E ~ q scale``, the largest magnitude at 127)."""
    scale = float(np.abs(E).max()) / 127.0
    return np.clip(np.rint(E / scale), -127, 127).astype(np.int8), scale


def _square_distances(A: np.ndarray, S: np.ndarray) -> np.ndarray:
    return np.maximum((A * A).sum(1)[:, None] + (S * S).sum(1)[None, :] - 2.0 * A @ S.T, 0.0)


def fit_kernel_readout(E: np.ndarray, Y: np.ndarray, gamma: float, lam: float) -> dict:
    """Version 8's comment readout: per perspective, the kernel ridge regression of ``(label - 5) / 5`` on the mean
    comment embeddings ``E`` [n, 384], kernel ``exp(-gamma |e - s|^2)`` over the support ``s`` = ``E`` as int8 (one
    scale), penalty ``lam``, intercept the mean target: ``{"gamma", "support" [n, 384] int8, "support_scale",
    "alpha" [n, 4], "intercept" [4]}`` (:func:`kernel_readout`)."""
    q, scale = quantised_support(E)
    S = q.astype(np.float64) * scale
    T = readout_target(Y)
    mu = T.mean(0)
    K = np.exp(-gamma * _square_distances(S, S))
    alpha = np.linalg.solve(K + lam * np.eye(len(S)), T - mu)
    return {"gamma": gamma, "support": q, "support_scale": scale, "alpha": alpha, "intercept": mu}


def kernel_readout(model: dict, E: np.ndarray, chunk: int = 2048) -> np.ndarray:
    """[n, 4]: the kernel readout ``model`` (:func:`fit_kernel_readout`, or as stored) of embeddings ``E`` [n, 384]."""
    S = np.asarray(model["support"], np.float64) * float(model["support_scale"])
    alpha = np.asarray(model["alpha"], np.float64)
    out = np.zeros((len(E), 4))
    for k in range(0, len(E), chunk):
        D2 = _square_distances(np.asarray(E[k:k + chunk], np.float64), S)
        out[k:k + chunk] = np.exp(-float(model["gamma"]) * D2) @ alpha + np.asarray(model["intercept"], np.float64)
    return out


def readout_values(readout: tuple, E_train: np.ndarray, Y_train: np.ndarray, E: np.ndarray) -> np.ndarray:
    """[n, 4]: the comment readout ``readout`` = (gamma, penalty) (:data:`READOUTS`) fitted on ``E_train``,
    ``Y_train``, read on ``E``."""
    gamma, lam = readout
    if gamma is None:
        W = fit_comment_readout(E_train, Y_train, lam)
        return E @ W[:, :-1].T + W[:, -1]
    return kernel_readout(fit_kernel_readout(E_train, Y_train, gamma, lam), E)


def oof_comment_readout(E: np.ndarray, has: np.ndarray, Y: np.ndarray, fold: np.ndarray, readout) -> np.ndarray:
    """[N, 4]: each comment-bearing response's readout from the readout fitted on the other folds' (0 without a
    comment); ``readout``: (gamma, penalty) (:data:`READOUTS`), or a penalty alone for the linear readout."""
    readout = readout if isinstance(readout, tuple) else (None, readout)
    out = np.zeros((len(E), 4))
    for k in np.unique(fold):
        train, test = has & (fold != k), has & (fold == k)
        if test.any():
            out[test] = readout_values(readout, E[train], Y[train], E[test])
    return out


def stored_readout(readout: dict) -> dict:
    """A comment readout as the calibration stores it (JSON): the linear one as it is; the kernel one with its
    support as hexadecimal int8 (two's complement, row-major), its numbers to 7 significant digits."""
    if "coefficients" in readout:
        return readout
    q = np.asarray(readout["support"], np.int8)
    return {"kind": "kernel", "gamma": readout["gamma"], "lambda": readout["lambda"], "target": readout["target"],
            "fitted_on": readout["fitted_on"], "support_rows": int(q.shape[0]),
            "support_scale": float(f"{readout['support_scale']:.9g}"), "support": q.tobytes().hex(),
            "alpha": [[float(f"{v:.7g}") for v in row] for row in readout["alpha"]],
            "intercept": [float(f"{v:.7g}") for v in readout["intercept"]]}


def loaded_readout(stored: dict) -> dict:
    """The kernel readout of :func:`stored_readout`'s JSON, as :func:`kernel_readout` reads it."""
    q = np.frombuffer(bytes.fromhex(stored["support"]), np.int8).reshape(stored["support_rows"], F.EMBEDDING)
    return {**stored, "support": q}


def comment_readout(readout: dict | np.ndarray | None, X: np.ndarray, M: np.ndarray) -> np.ndarray:
    """[N, 4]: the readout ``readout`` of each comment, averaged over a response's comments (0 without one), as
    oes-core computes it (the readout of each comment, then their mean): the stored ``comment_readout`` of a score
    calibration (linear or kernel), or the linear one's coefficients ([4, 385])."""
    c = comments(X, M)
    if readout is None or not c.any():
        return np.zeros(X.shape[:1] + (4,))
    emb = X[..., F.SCALARS:F.SCALARS + F.EMBEDDING].astype(np.float64)
    if isinstance(readout, dict) and readout.get("kind") == "kernel":
        r = np.zeros(c.shape + (4,))
        r[c] = kernel_readout(loaded_readout(readout), emb[c])
    else:
        W = np.asarray(readout["coefficients"] if isinstance(readout, dict) else readout, np.float64)
        r = emb @ W[:, :-1].T + W[:, -1]
    return (r * c[..., None]).sum(1) / np.maximum(c.sum(1), 1)[:, None]


def score_features(logits: np.ndarray, X: np.ndarray, M: np.ndarray, clamp: float,
                   readout: np.ndarray | None = None) -> np.ndarray:
    """[N, 4, 13]: 1, then :data:`SCORE_FEATURES`, for the head's ``logits`` [N, 4] of the responses of ``X``, ``M``;
    ``readout``: the comment readout of each response [N, 4] (:func:`comment_readout`; 0 when ``None``)."""
    asked, mean = answer_facts(X, M)
    any_valued, mean_all = all_answer_facts(X, M)
    z = logits.astype(np.float64)
    answer = np.where(asked, _logit_clamped(mean, clamp), 0.0)
    others = (z.sum(1, keepdims=True) - z) / 3.0
    unasked = np.where(~asked & any_valued[:, None], _logit_clamped(mean_all, clamp)[:, None], 0.0)
    anyv = np.broadcast_to(any_valued[:, None].astype(np.float64), z.shape)
    comment = np.broadcast_to(comments(X, M).any(1)[:, None].astype(np.float64), z.shape)
    r = np.zeros_like(z) if readout is None else np.asarray(readout, np.float64)
    by_perspective = np.where(~asked[:, :, None], answer[:, None, :], 0.0)  # [N, p, q]; 0 where q == p
    return np.concatenate([np.stack([np.ones_like(z), z, asked.astype(np.float64), answer, others, anyv, unasked,
                                     comment, r], -1), by_perspective], -1)


def scores(calibration: dict | None, X: np.ndarray, M: np.ndarray, logits: np.ndarray) -> np.ndarray:
    """The scores oes reports for the head's ``logits`` of the responses of ``X``, ``M`` (``10 sigmoid(logit)``
    without a score calibration)."""
    score = (calibration or {}).get("score")
    if not score:
        return 10.0 / (1.0 + np.exp(-logits.astype(np.float64)))
    r = comment_readout(score.get("comment_readout"), X, M)
    A = score_features(logits, X, M, score["answer_clamp"], r)
    W = np.asarray(score["coefficients"], np.float64)
    A = A[..., :W.shape[1]]  # versions 2-6: the first three, six or eight facts
    return 10.0 / (1.0 + np.exp(-(A * W[None]).sum(-1)))


def _objective(A, y, w, lam):
    s = 10.0 / (1.0 + np.exp(-(A @ w)))
    return 0.5 * float(((s - y) ** 2).sum()) + 0.5 * lam * float(((w - SCORE_IDENTITY) ** 2).sum())


def _fitted(A, y, w):
    """``sigmoid(A w)`` and the residuals ``10 sigmoid(A w) - y`` of the scores."""
    u = 1.0 / (1.0 + np.exp(-(A @ w)))
    return u, 10.0 * u - y


def _fit_free(A, y, free, lam, zero=(), iters=200):
    """Least squares on the score scale, penalised by ``lam`` |w - identity|^2, over the coefficients ``free``
    (Levenberg-Marquardt); the others are those of no calibration, but those of ``zero``, held at 0."""
    w = SCORE_IDENTITY.copy()
    w[list(zero)] = 0.0
    if not free:
        return w
    f = np.array(free)
    mu, best = 1e-3, _objective(A, y, w, lam)
    for _ in range(iters):
        u, r = _fitted(A, y, w)
        J = (10.0 * u * (1 - u))[:, None] * A[:, f]
        g = J.T @ r + lam * (w[f] - SCORE_IDENTITY[f])
        H = J.T @ J + lam * np.eye(len(f))
        while True:
            step = np.linalg.solve(H + mu * np.diag(np.diag(H) + 1e-9), -g)
            trial = w.copy()
            trial[f] += step
            value = _objective(A, y, trial, lam)
            if value <= best:
                w, best, mu = trial, value, max(mu / 10, 1e-9)
                break
            mu *= 10
            if mu > 1e9:
                return w
        if np.abs(step).max() < 1e-10:
            break
    return w


def _gradient(A, y, w, lam):
    """The gradient of :func:`_objective` in every coefficient."""
    u, r = _fitted(A, y, w)
    return (10.0 * u * (1 - u) * r) @ A + lam * (w - SCORE_IDENTITY)


def fit_score(A: np.ndarray, y: np.ndarray, form: list, lam: float) -> np.ndarray:
    """The coefficients of one perspective (``A``: [N, 13] of :func:`score_features`, ``y``: labels 0-10): the best
    fit with the coefficients of :data:`SCORE_NONNEGATIVE` at 0 or more. An active set: fit the free coefficients;
    while one held to 0 or more is negative, hold the most negative at 0 and fit again; while one held at 0 would
    lower the objective by rising (its gradient is negative), free it again. Should that cycle, each subset of them
    held at 0 is fitted and the lowest objective among the fits that keep the others at 0 or more is taken."""
    constrained = [i for i in SCORE_NONNEGATIVE if i in form]
    zero, seen = set(), set()
    while frozenset(zero) not in seen:
        seen.add(frozenset(zero))
        w = _fit_free(A, y, [i for i in form if i not in zero], lam, zero)
        negative = [c for c in constrained if c not in zero and w[c] < 0]
        if negative:
            zero.add(min(negative, key=lambda c: w[c]))
            continue
        g = _gradient(A, y, w, lam)
        rising = [c for c in zero if g[c] < -1e-6]
        if not rising:
            return w
        zero.discard(min(rising, key=lambda c: g[c]))
    best = None
    for k in range(1 << len(constrained)):
        zero = {c for j, c in enumerate(constrained) if k >> j & 1}
        w = _fit_free(A, y, [i for i in form if i not in zero], lam, zero)
        if any(w[c] < 0 for c in constrained):
            continue
        value = _objective(A, y, w, lam)
        if best is None or value < best[0]:
            best = (value, w)
    return best[1]


def folds(split) -> np.ndarray:
    """The cross-validation fold of each response (by a hash of its id)."""
    return np.array([D.stable_u64("fold:" + r["response"]["id"]) % FOLDS for r in split.records])


def cross_validate_scores(split, X, M, logits) -> dict:
    """5-fold cross-validation within the split of every form, penalty, clamp and (for the form with the comment
    readout) readout penalty: MAE and Spearman per perspective of the held-out predictions; the choice is the lowest
    mean MAE over the four perspectives (ties: the simpler). The comment readout of a held-out response is fitted on
    the other folds; that of a response the calibration is fitted on, on the folds other than its own and the held-out
    one (:func:`oof_comment_readout`), so that the calibration learns how far a new response's readout can be
    trusted."""
    from evaluate import r4, spearman
    asked, _ = answer_facts(X, M)
    has, E = comment_mean_embeddings(X, M)
    fold = folds(split)
    Y = split.Y.astype(np.float64)
    results = []
    for name, form in SCORE_FORMS.items():
        for readout in (READOUTS if 8 in form else ((None, None),)):
            gamma, readout_lam = readout
            # per held-out fold k, the readout of every response as the calibration fitted without fold k sees it
            if readout_lam is None:
                readouts = [None] * FOLDS
            else:
                readouts = []
                for k in range(FOLDS):
                    r = oof_comment_readout(E, has & (fold != k), Y, np.where(fold == k, -1, fold), readout)
                    train, test = has & (fold != k), has & (fold == k)
                    r[test] = readout_values(readout, E[train], Y[train], E[test])
                    readouts.append(r)
            for lam in (SCORE_LAMBDAS if form else (0.0,)):
                for clamp in (SCORE_CLAMPS if 3 in form or 6 in form else (SCORE_CLAMPS[0],)):
                    pred = np.zeros_like(Y)
                    for k in range(FOLDS):
                        A = score_features(logits, X, M, clamp, readouts[k])
                        train, test = fold != k, fold == k
                        for p in range(4):
                            w = fit_score(A[train, p], Y[train, p], form, lam)
                            pred[test, p] = 10.0 / (1.0 + np.exp(-(A[test, p] @ w)))
                    err = np.abs(pred - Y)
                    results.append({"form": name, "lambda": lam, "answer_clamp": clamp, "readout_lambda": readout_lam,
                                    "readout_gamma": gamma,
                                    "predictions": pred,
                                    "mae": [r4(err[:, p].mean()) for p in range(4)],
                                    "spearman": [r4(spearman(pred[:, p], Y[:, p])) for p in range(4)],
                                    "mae_mean": r4(err.mean()),
                                    "mae_asked": [r4(err[asked[:, p], p].mean()) for p in range(4)],
                                    "mae_not_asked": [r4(err[~asked[:, p], p].mean()) for p in range(4)]})
    order = list(SCORE_FORMS)

    def best_of(rs):
        return min(rs, key=lambda r: (r["mae_mean"], order.index(r["form"]), -r["lambda"],
                                      r["readout_gamma"] is not None, -(r["readout_lambda"] or 0),
                                      r["readout_gamma"] or 0))
    best = best_of(results)
    # the best of the forms versions 2-4 and version 5 could store, for the card
    former = best_of([r for r in results if not set(SCORE_FORMS[r["form"]]) - {0, 1, 2, 3}])
    version_5 = best_of([r for r in results if not set(SCORE_FORMS[r["form"]]) - set(range(1 + SCORE_FEATURES_V5))])
    version_6 = best_of([r for r in results if not set(SCORE_FORMS[r["form"]]) - set(range(1 + SCORE_FEATURES_V6))
                         and r["readout_gamma"] is None])
    # the best that version 7 could store (a linear readout), for the card
    version_7 = best_of([r for r in results if r["readout_gamma"] is None])
    keys = ("form", "lambda", "answer_clamp", "readout_lambda", "readout_gamma")
    return {"folds": FOLDS, "chosen": {k: best[k] for k in keys},
            "none": next(r for r in results if r["form"] == "none"), "best": best, "former": former,
            "version_5": version_5, "version_6": version_6, "version_7": version_7,
            "all": [{k: v for k, v in r.items() if k != "predictions"} for r in results]}


def fit_scores(split, X, M, logits) -> tuple[dict | None, dict]:
    """The score calibration chosen by :func:`cross_validate_scores`, fitted on the whole split (``None`` when no
    calibration is best there), and the cross-validation's figures. With the comment readout, the calibration is fitted
    on each response's readout from the readout fitted without its fold, and the readout stored is fitted on the whole
    split."""
    cv = cross_validate_scores(split, X, M, logits)
    chosen = cv["chosen"]
    if chosen["form"] == "none":
        return None, cv
    readout, r = None, None
    if chosen["readout_lambda"] is not None:
        has, E = comment_mean_embeddings(X, M)
        Y = split.Y.astype(np.float64)
        spec = (chosen["readout_gamma"], chosen["readout_lambda"])
        r = oof_comment_readout(E, has, Y, folds(split), spec)
        about = {"lambda": chosen["readout_lambda"], "target": "(label - 5) / 5",
                 "fitted_on": f"{int(has.sum())} responses with a comment"}
        if spec[0] is None:
            W = fit_comment_readout(E[has], Y[has], chosen["readout_lambda"])
            readout = {**about, "coefficients": [[round(float(v), 7) for v in row] for row in W]}
        else:
            readout = stored_readout({**about, **fit_kernel_readout(E[has], Y[has], *spec)})
    A = score_features(logits, X, M, chosen["answer_clamp"], r)
    coefficients = [[round(float(v), 6) for v in fit_score(A[:, p], split.Y[:, p].astype(np.float64),
                                                             SCORE_FORMS[chosen["form"]], chosen["lambda"])]
                    for p in range(4)]
    score = {"features": SCORE_FEATURES, "answer_clamp": chosen["answer_clamp"], "coefficients": coefficients}
    if readout is not None:  # without one, every comment's readout is 0
        score["comment_readout"] = readout
    return score, cv


def _cross_validate_confidence(Xf: np.ndarray, hit: np.ndarray, fold: np.ndarray, lam: float) -> dict:
    """Held-out mean confidence, hit rate and ROC-AUC for a hit per perspective, each response's confidence from the
    regression on the features ``Xf`` ([N, 4, k]) fitted on the other folds."""
    from evaluate import r4, roc_auc
    held = np.zeros_like(hit, dtype=np.float64)
    for k in range(FOLDS):
        for p in range(4):
            w = fit_logistic(Xf[fold != k, p], hit[fold != k, p].astype(np.float64), lam)
            held[fold == k, p] = 1.0 / (1.0 + np.exp(-(w[0] + Xf[fold == k, p] @ w[1:])))
    return {"mean_confidence": [r4(held[:, p].mean()) for p in range(4)],
            "hit_rate": [r4(hit[:, p].mean()) for p in range(4)],
            "auc": [r4(roc_auc(held[:, p], hit[:, p])) for p in range(4)]}


def fit(split, X: np.ndarray, M: np.ndarray, out: dict, theme_heldout: np.ndarray | None = None,
        clause_heldout: np.ndarray | None = None) -> dict:
    """The calibration of the head whose outputs on the calibration split (features ``X``, mask ``M``) are ``out``
    (``evaluate.Head.run``, with ``out["without"]`` of ``evaluate.Head.without``). The confidence is fitted on the
    scores as reported, through the score calibration, each
    response's from the calibration fitted on the other folds (the held-out predictions of the cross-validation).
    ``theme_heldout``: the theme probabilities of the split's comments (``evaluate.comment_rows``) from a theme
    readout fitted without each one's fold (``readout.cross_validate``); the threshold is then the lowest at which
    they reach a precision of 0.75 (:data:`THEME_PRECISION`), else the best F1's on ``out``'s themes.
    ``clause_heldout``: the same read clause by clause (``clauses.py``); the threshold of that mode is fitted on them
    the same way and stored, with the clause rule's two numbers, as ``clause_themes``."""
    from evaluate import comment_rows
    cr = comment_rows(split)
    prob = np.stack([out["themes"][b, a] for b, a in cr])
    pol = np.stack([out["polarity"][b, a] for b, a in cr])
    TH = np.stack([split.TH[b, a] for b, a in cr])
    TP = np.stack([split.TP[b, a] for b, a in cr])
    logits = np.stack([out["logits"][b] for b, _ in cr])
    fold = folds(split)[[b for b, _ in cr]]
    if theme_heldout is None:
        themes = fit_theme_threshold(prob, TH)
    else:
        themes = fit_theme_threshold(theme_heldout, TH, THEME_PRECISION)
    clause_themes = None
    if clause_heldout is not None:
        import clauses
        c = fit_theme_threshold(clause_heldout, TH, THEME_PRECISION)
        clause_themes = {"threshold": c["threshold"], "max_clauses": clauses.MAX_CLAUSES,
                         "min_words": clauses.MIN_WORDS,
                         "fit": {k: c[k] for k in ("recall", "precision", "max_recall_at_precision_0.75")}}
    pol_fit = fit_polarity(pol, TH, TP, logits, fold)
    score, cv = fit_scores(split, X, M, out["logits"])
    # the confidence reads the scores as a new response would get them: each response's score from the score
    # calibration fitted without its fold (scores fitted on the response itself are closer to its label than a new
    # response's, and a confidence fitted on them would be too high)
    out = {**out, "scores": cv["best"]["predictions"]}
    hit = np.abs(out["scores"] - split.Y) < 1.0
    Xf = _features(split, out)
    coefficients = [[round(float(v), 6) for v in fit_logistic(Xf[:, p], hit[:, p].astype(np.float64),
                                                             CONFIDENCE_LAMBDA)]
                    for p in range(4)]
    # how the confidence does on responses it was not fitted on: each response's from the regression fitted on the
    # other folds; the same for the former facts and penalty (versions 1-3), for the card
    confidence_cv = _cross_validate_confidence(Xf, hit, folds(split), CONFIDENCE_LAMBDA)
    confidence_cv["lambda"] = CONFIDENCE_LAMBDA
    confidence_cv["former"] = _cross_validate_confidence(_features(split, out, CONFIDENCE_FEATURES_V3), hit,
                                                         folds(split), CONFIDENCE_LAMBDA_V3)
    confidence_cv["former"]["features"] = CONFIDENCE_FEATURES_V3
    confidence_cv["former"]["lambda"] = CONFIDENCE_LAMBDA_V3
    confidence_cv["version_4"] = _cross_validate_confidence(_features(split, out, CONFIDENCE_FEATURES_V4), hit,
                                                            folds(split), CONFIDENCE_LAMBDA)
    confidence_cv["version_4"]["features"] = CONFIDENCE_FEATURES_V4
    summary = {k: cv[k] for k in ("folds", "chosen")}
    summary |= {f"{k}_{m}": cv[k][m] for k in ("none", "best", "former", "version_5", "version_6", "version_7")
                for m in ("mae", "spearman", "mae_asked", "mae_not_asked")}
    summary["former_chosen"] = {k: cv["former"][k] for k in ("form", "lambda", "answer_clamp")}
    summary["version_5_chosen"] = {k: cv["version_5"][k] for k in ("form", "lambda", "answer_clamp")}
    summary["version_6_chosen"] = {k: cv["version_6"][k] for k in ("form", "lambda", "answer_clamp", "readout_lambda")}
    summary["version_7_chosen"] = {k: cv["version_7"][k] for k in ("form", "lambda", "answer_clamp", "readout_lambda")}
    fitted = {
        "version": VERSION,
        "fitted_on": f"models/data/calibration.jsonl ({len(split)} responses, {len(cr)} comments, "
                     f"{int((TH > 0).sum())} theme mentions)",
        "theme_threshold": themes["threshold"],
        "polarity_offsets": pol_fit["offsets"],
        "polarity": {"features": POLARITY_FEATURES, "slopes": pol_fit["slopes"]},
        "confidence": {"features": CONFIDENCE_FEATURES, "coefficients": coefficients},
        "score": score,
        "fit": {"theme_threshold_on": "held-out" if theme_heldout is not None else "in-sample",
                "theme_recall": themes["recall"], "theme_precision": themes["precision"],
                "theme_max_recall_at_precision_0.75": themes["max_recall_at_precision_0.75"],
                "polarity_lambda": pol_fit["lambda"], "polarity_cross_validation": pol_fit["cross_validation"],
                "confidence_cross_validation": confidence_cv, "score_cross_validation": summary},
    }
    if clause_themes is not None:
        fitted["clause_themes"] = clause_themes
    return fitted


def confidence(calibration: dict | None, rows: list, raw: np.ndarray, scores: np.ndarray,
               logits: np.ndarray | None = None, without: np.ndarray | None = None) -> np.ndarray:
    """The confidences oes reports for one response (the head's own without a calibration); ``logits`` [4] and
    ``without`` [rows, 4] (the logits without each row) are needed from calibration version 4."""
    if not calibration:
        return raw.astype(np.float64)
    X = confidence_features(rows, raw, scores, logits, without, calibration["confidence"]["features"])
    W = np.asarray(calibration["confidence"]["coefficients"], np.float64)
    z = W[:, 0] + (W[:, 1:] * X).sum(1)
    return 1.0 / (1.0 + np.exp(-z))


def calibrated(calibration: dict | None, split, out, X: np.ndarray, M: np.ndarray) -> dict:
    """``out`` (of the responses of ``split`` with features ``X`` and mask ``M``; from calibration version 4 with
    ``out["without"]``, :meth:`evaluate.Head.without`) with the scores, confidences and polarities oes reports (the
    head's own without a calibration)."""
    out = {**out, "scores": scores(calibration, X, M, out["logits"])}
    conf = np.stack([confidence(calibration, split.rows[b], out["confidence"][b], out["scores"][b], out["logits"][b],
                                None if "without" not in out else out["without"][b]) for b in range(len(split))])
    pol = polarity(calibration, out["polarity"], out["logits"][:, None, :])
    return {**out, "confidence": conf, "polarity": pol}


def theme_threshold(calibration: dict | None) -> float:
    return calibration["theme_threshold"] if calibration else 0.5
