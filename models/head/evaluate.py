"""Evaluation of the exported head (through onnxruntime, the artifact that ships)."""
from __future__ import annotations

import numpy as np

import features as F
from data import Split, feature_tensor

P = F.PERSPECTIVES


class Head:
    """``head.onnx`` through onnxruntime. ``calibrated``: the scores are those oes reports, through the score
    calibration stored in the file's metadata (``calibrate.scores``); otherwise ``10 sigmoid(logit)``."""

    def __init__(self, path, threads=2, calibrated=False):
        import json

        import onnxruntime as ort
        o = ort.SessionOptions()
        o.intra_op_num_threads = threads
        o.inter_op_num_threads = 1
        self.session = ort.InferenceSession(str(path), o, providers=["CPUExecutionProvider"])
        self.calibration = None
        if calibrated:
            from calibrate import KEY
            stored = self.session.get_modelmeta().custom_metadata_map.get(KEY)
            self.calibration = json.loads(stored) if stored else None

    def run(self, X, M, chunk=1024) -> dict:
        outs = {k: [] for k in ("logits", "terms", "confidence", "themes", "polarity")}
        for s in range(0, len(X), chunk):
            r = self.session.run(list(outs), {"features": X[s:s + chunk], "mask": M[s:s + chunk]})
            for k, v in zip(outs, r):
                outs[k].append(v)
        out = {k: np.concatenate(v) for k, v in outs.items()}
        if self.calibration:
            from calibrate import scores
            out["scores"] = scores(self.calibration, X, M, out["logits"])
        else:
            out["scores"] = 10.0 / (1.0 + np.exp(-out["logits"].astype(np.float64)))
        return out

    def without(self, X, M) -> np.ndarray:
        """[N, rows, 4]: the logits of each response re-scored without each of its rows (that row masked out, as
        padding; 0 for padding rows), as oes-core's ``without`` (``Head::combine``)."""
        out = np.zeros((*M.shape, 4), np.float32)
        for a in range(M.shape[1]):
            if not M[:, a].any():
                continue
            Ma = M.copy()
            Ma[:, a] = 0.0
            out[:, a] = np.where(M[:, a, None] > 0, self.run(X, Ma)["logits"], 0.0)
        return out


# ---------------------------------------------------------------------------------------------------------------
# Metrics

def rankdata(x):
    """Ranks from 1, ties given their mean rank (scipy's ``rankdata``, method "average")."""
    x = np.asarray(x, np.float64)
    order = np.argsort(x, kind="mergesort")
    inverse = np.empty(len(x), np.intp)
    inverse[order] = np.arange(len(x))
    xs = x[order]
    first = np.r_[True, xs[1:] != xs[:-1]]
    dense = first.cumsum()[inverse]
    bounds = np.r_[np.nonzero(first)[0], len(x)]
    return 0.5 * (bounds[dense] + bounds[dense - 1] + 1)


def spearman(a, b):
    if len(a) < 3:
        return float("nan")
    ra, rb = rankdata(a), rankdata(b)
    if ra.std() == 0 or rb.std() == 0:
        return float("nan")
    return float(np.corrcoef(ra, rb)[0, 1])


def roc_auc(score, positive):
    positive = np.asarray(positive, bool)
    n1, n0 = positive.sum(), (~positive).sum()
    if n1 == 0 or n0 == 0:
        return float("nan")
    r = rankdata(score)
    return float((r[positive].sum() - n1 * (n1 + 1) / 2.0) / (n1 * n0))


def r4(x):
    return None if x is None or (isinstance(x, float) and np.isnan(x)) else round(float(x), 4)


def score_metrics(pred, Y) -> dict:
    out = {"n": int(len(Y))}
    for i, p in enumerate(P):
        out[p] = {"mae": r4(np.abs(pred[:, i] - Y[:, i]).mean()), "spearman": r4(spearman(pred[:, i], Y[:, i]))}
    out["mae_mean"] = r4(np.abs(pred - Y).mean())
    return out


def by_language(split: Split, pred) -> dict:
    langs = sorted({r["language"] for r in split.records})
    out = {}
    for lang in langs:
        idx = np.array([i for i, r in enumerate(split.records) if r["language"] == lang])
        out[lang] = score_metrics(pred[idx], split.Y[idx])
    return out


# ---------------------------------------------------------------------------------------------------------------
# Baselines

def baselines(split: Split, train_mean: np.ndarray) -> dict:
    """Predictions [N, 4] of three simple rules."""
    n = len(split)
    mean = np.tile(train_mean, (n, 1))
    structured = mean.copy()
    matched = mean.copy()
    for b in range(n):
        S, M = split.S[b], split.M[b]
        has = (M > 0) & (S[:, F.F_HAS_VALUE] > 0)
        if has.any():
            structured[b] = 10.0 * S[has, F.F_VALUE].mean()
            matched[b] = structured[b]
            for i in range(4):
                same = has & (S[:, 10 + i] > 0)
                if same.any():
                    matched[b, i] = 10.0 * S[same, F.F_VALUE].mean()
    return {"training_mean": mean, "structured_mean": structured, "perspective_matched": matched}


# ---------------------------------------------------------------------------------------------------------------
# Text-only and behaviour checks

def comment_rows(split: Split):
    """(response index, row index) of each response's comment row (a text question with a non-empty answer)."""
    out = []
    for b, rs in enumerate(split.rows):
        for a, r in enumerate(rs):
            if r.scalars[8] == 1.0 and r.answer_text is not None:
                out.append((b, a))
                break
    return out


def text_only(head: Head, split: Split, table) -> dict:
    cr = comment_rows(split)
    if not cr:
        return {"n": 0}
    X, M = feature_tensor(split, table, [b for b, _ in cr])
    keep = np.zeros_like(M)
    for j, (_, a) in enumerate(cr):
        keep[j, a] = 1.0
    Xo = np.zeros_like(X[:, :1])
    Xo[:, 0] = X[np.arange(len(cr)), [a for _, a in cr]]
    out = head.run(Xo, np.ones((len(cr), 1), np.float32))
    Y = split.Y[[b for b, _ in cr]]
    res = {"n": len(cr)}
    for i, p in enumerate(P):
        pos = Y[:, i] >= 6
        res[p] = {"auc": r4(roc_auc(out["scores"][:, i], pos)), "n_pos": int(pos.sum()), "n_neg": int((~pos).sum()),
                  "spearman": r4(spearman(out["scores"][:, i], Y[:, i]))}
    pos = Y.mean(1) >= 6
    res["mean_of_four"] = {"auc": r4(roc_auc(out["scores"].mean(1), pos)), "n_pos": int(pos.sum()),
                           "n_neg": int((~pos).sum())}
    return res


def monotonicity(head: Head, X, M, rows_list) -> dict:
    """Sweeps every valued row of each response over its scale (NPS: 0..10) and counts score decreases."""
    nps_resp, nps_steps, nps_viol = 0, 0, 0
    all_rows, all_steps, all_viol = 0, 0, 0
    for b, rs in enumerate(rows_list):
        for a, r in enumerate(rs):
            if r.scalars[F.F_HAS_VALUE] != 1.0:
                continue
            is_nps = r.scalars[0] == 1.0
            levels = np.linspace(0.0, 1.0, 11, dtype=np.float32)
            Xs = np.repeat(X[b:b + 1], len(levels), 0)
            Xs[:, a, F.F_VALUE] = levels
            s = head.run(Xs, np.repeat(M[b:b + 1], len(levels), 0))["logits"]
            viol = int((np.diff(s, axis=0) < 0).sum())
            all_rows += 1
            all_steps += (len(levels) - 1) * 4
            all_viol += viol
            if is_nps:
                nps_resp += 1
                nps_steps += (len(levels) - 1)
                nps_viol += int((np.diff(s[:, 1]) < 0).sum())
    return {"nps_responses": nps_resp, "nps_steps_checked": nps_steps, "nps_recommendation_decreases": nps_viol,
            "valued_rows_swept": all_rows, "score_steps_checked": all_steps, "any_score_decreases": all_viol}


def order_invariance(head: Head, X, M, seed=5) -> dict:
    rng = np.random.default_rng(seed)
    base = head.run(X, M)
    Xp, Mp = X.copy(), M.copy()
    perms = []
    for b in range(len(X)):
        p = rng.permutation(X.shape[1])
        Xp[b], Mp[b] = X[b, p], M[b, p]
        perms.append(p)
    shuf = head.run(Xp, Mp)
    d_scores = np.abs(base["scores"] - shuf["scores"]).max()
    d_conf = np.abs(base["confidence"] - shuf["confidence"]).max()
    d_terms = max(np.abs(base["terms"][b, p] - shuf["terms"][b]).max() for b, p in enumerate(perms))
    # padding: two more empty rows change nothing
    pad = head.run(np.concatenate([X, np.zeros_like(X[:, :2])], 1), np.concatenate([M, np.zeros_like(M[:, :2])], 1))
    d_pad = np.abs(base["scores"] - pad["scores"]).max()
    return {"responses": int(len(X)), "max_abs_diff_scores": float(d_scores), "max_abs_diff_confidence": float(d_conf),
            "max_abs_diff_terms": float(d_terms), "max_abs_diff_scores_extra_padding": float(d_pad)}


def explicit_agreement(split: Split, pred, base_pred) -> dict:
    """|recommendation - NPS| on responses with an answered NPS and no comment; CSAT -> satisfaction likewise."""
    out = {}
    for name, kind_idx, p_idx in (("nps_recommendation", 0, 1), ("csat_satisfaction", 1, 0)):
        rows_ = []
        for b, rs in enumerate(split.rows):
            if any(r.answer_text is not None and r.scalars[8] == 1.0 for r in rs):
                continue
            vals = [r.scalars[F.F_VALUE] * 10.0 for r in rs if r.scalars[kind_idx] == 1.0 and r.scalars[F.F_HAS_VALUE]]
            if vals:
                rows_.append((b, vals[0]))
        if not rows_:
            continue
        idx = np.array([b for b, _ in rows_])
        v = np.array([x for _, x in rows_])
        out[name] = {"n": len(rows_), "model": r4(np.abs(pred[idx, p_idx] - v).mean()),
                     "label": r4(np.abs(split.Y[idx, p_idx] - v).mean()),
                     "training_mean_baseline": r4(np.abs(base_pred[idx, p_idx] - v).mean())}
    return out


def confidence_calibration(out, split: Split, tol=1.0) -> dict:
    hit = np.abs(out["scores"] - split.Y) < tol
    res = {}
    for i, p in enumerate(P):
        res[p] = {"mean_confidence": r4(out["confidence"][:, i].mean()), "hit_rate": r4(hit[:, i].mean()),
                  "auc": r4(roc_auc(out["confidence"][:, i], hit[:, i]))}
    return res


def _detection(pred, TH, pol, TP) -> dict:
    """Precision, recall and F1 of the themes reported (``pred``) against the labelled ones, and how often the
    polarity's sign is right: on every labelled mention, and on the labelled mentions that are reported."""
    tp, fp, fn = (pred & (TH > 0)).sum(), (pred & (TH == 0)).sum(), (~pred & (TH > 0)).sum()
    mentioned, found = TH > 0, pred & (TH > 0)
    right = np.sign(pol) == np.sign(TP)
    return {"n_mentions": int(mentioned.sum()), "n_reported": int(pred.sum()),
            "precision": r4(tp / max(tp + fp, 1)), "recall": r4(tp / max(tp + fn, 1)),
            "f1": r4(2 * tp / max(2 * tp + fp + fn, 1)),
            "polarity_sign_accuracy": r4(right[mentioned].mean()) if mentioned.any() else None,
            "polarity_sign_accuracy_reported": r4(right[found].mean()) if found.any() else None}


def audience_themes(audience: str | None) -> np.ndarray:
    """[14]: the themes oes reports for a survey of this declared audience (all when it declares none; oes-core:
    ``oes::EMPLOYEE_THEMES``)."""
    from readout import EMPLOYEE_THEMES
    employee = np.array([t in EMPLOYEE_THEMES for t in F.THEMES])
    return {"customer": ~employee, "employee": employee}.get(audience, np.ones(len(F.THEMES), bool))


def audience_by_channel(split: Split) -> np.ndarray:
    """[N, 14]: the themes allowed if each survey declared its audience by its channel (``employee_pulse``: employees,
    the others customers); the sets' surveys declare none."""
    return np.stack([audience_themes("employee" if r["channel"] == "employee_pulse" else "customer")
                     for r in split.records])


def comment_themes(out, split: Split, cr, audience: np.ndarray | None = None):
    """On the comment rows ``cr`` (:func:`comment_rows`): the themes' probabilities as oes reports them (0 for the
    themes of another audience than the survey declares, or than ``audience`` [N, 14] allows), the polarities, and the
    labelled themes and polarities; each [len(cr), 14]."""
    if audience is None:
        audience = np.stack([audience_themes(r["survey"].get("audience")) for r in split.records])
    prob = np.stack([out["themes"][b, a] * audience[b] for b, a in cr])
    pol = np.stack([out["polarity"][b, a] for b, a in cr])
    TH = np.stack([split.TH[b, a] for b, a in cr])
    TP = np.stack([split.TP[b, a] for b, a in cr])
    return prob, pol, TH, TP


def theme_metrics(out, split: Split, threshold: float = 0.5, audience: np.ndarray | None = None) -> dict:
    """On comment rows with theme labels: presence ROC-AUC (micro); precision, recall, F1 and polarity sign accuracy
    at probability 0.5 and at ``threshold`` (the one the scorer uses), overall and by language. Themes of another
    audience than the survey declares are not reported (probability 0); ``audience`` [N, 14] replaces the surveys'
    own declarations (:func:`audience_by_channel`)."""
    cr = comment_rows(split)
    if not cr:
        return {"n_rows": 0}
    prob, pol, TH, TP = comment_themes(out, split, cr, audience)
    per_theme = {}
    for t, name in enumerate(F.THEMES):
        if TH[:, t].sum() > 0:
            per_theme[name] = {"n": int(TH[:, t].sum()), "auc": r4(roc_auc(prob[:, t], TH[:, t] > 0))}
    langs = np.array([split.records[b]["language"] for b, _ in cr])
    by_language = {}
    for lang in sorted(set(langs)):
        k = langs == lang
        by_language[lang] = {"n_rows": int(k.sum()), **_detection(prob[k] >= threshold, TH[k], pol[k], TP[k])}
    at = _detection(prob >= 0.5, TH, pol, TP)
    return {"n_rows": len(cr), "n_mentions": int((TH > 0).sum()),
            "micro_auc": r4(roc_auc(prob.ravel(), TH.ravel() > 0)),
            "precision_at_0.5": at["precision"], "recall_at_0.5": at["recall"], "f1_at_0.5": at["f1"],
            "polarity_sign_accuracy": at["polarity_sign_accuracy"],
            "threshold": threshold, "at_threshold": _detection(prob >= threshold, TH, pol, TP),
            "by_language": by_language, "per_theme_auc": per_theme}


def explanation_check(head: Head, X, M) -> dict:
    """Per-answer effects against the exact change of the scores when the row is taken out of the response and the
    response re-scored (``exact``):

    - ``reported``: what oes reports (explain.rs): the score less the score of the response with that row masked out
      (its logits ``z_without``, as the scorer computes them when the runtime runs the head, through the head's score
      calibration, if any, with that row's answer left out; the head computed in Rust gives the same numbers,
      oes-core/tests/model.rs);
    - ``former``: the effect oes reported before, the score less the score from the logits ``z - term`` (through the
      same score calibration), the other rows' attention weights held fixed (the attention re-normalises when a row
      is removed)."""
    from calibrate import scores
    base = head.run(X, M)
    former, reported, exact = [], [], []
    for a in range(X.shape[1]):
        has = M[:, a] > 0
        if not has.any():
            continue
        M2 = M[has].copy()
        M2[:, a] = 0.0
        masked = head.run(X[has], M2)["scores"]
        removed = head.run(np.delete(X[has], a, axis=1), np.delete(M[has], a, axis=1))["scores"]
        z = base["logits"][has].astype(np.float64)
        t = base["terms"][has, a].astype(np.float64)
        former.append(base["scores"][has] - scores(head.calibration, X[has], M2, z - t))
        reported.append(base["scores"][has] - masked)
        exact.append(base["scores"][has] - removed)
    former, reported, exact = np.concatenate(former), np.concatenate(reported), np.concatenate(exact)
    multi = np.abs(exact).sum(1) > 0

    def compare(effect):
        return {"mean_abs_difference": float(f"{np.abs(effect - exact).mean():.2g}"),
                "max_abs_difference": float(f"{np.abs(effect - exact).max():.2g}"),
                "sign_agreement": r4((np.sign(effect[multi]) == np.sign(exact[multi])).mean())}

    return {"rows": int(len(exact)), "mean_abs_exact_effect": r4(np.abs(exact).mean()), "reported": compare(reported),
            "former": compare(former)}
