"""The theme readout: per theme, a logistic regression on the frozen encoder's embedding of a comment, fitted on the
hand-written phrase banks (``models/data/bank/*.json``, 14 languages) together with the comments of the hand-labelled
calibration split (``models/data/calibration.jsonl``), and never on the validation set.

Per theme ``t`` the reported probability is ``sigmoid(w_t . e + b_t)``, ``e`` the comment's embedding. Training rows:
every theme sentence of the banks (positive for its theme, negative for the others; polarity ignored), every generic
sentence (negative for all), weight 1; bank composites (:func:`bank_composites`: two or three sentences of one bank
joined as the generator joins them, with generic and perspective sentences; positive for the themes of their
sentences), weight ``composite_weight``; every comment of the calibration split (its labelled themes), weight
``calibration_weight``. L2 penalty ``lambda |w|^2 / 2`` (the intercept free), Newton's method.

With ``language`` "projected" the regression reads the embedding with its language directions taken out:
``P e = e - Q^T Q e``, ``Q`` the orthonormal basis of the spread of the 14 banks' mean embeddings (13 directions,
:func:`language_directions`; the banks say the same things in every language, so these directions carry the language
and not the theme). ``w_t . P e = (P w_t) . e``, so the readout stays a regression on ``e`` with slopes ``P w_t``.

``lambda``, ``calibration_weight``, ``composite_weight`` and ``language`` are those of the most mentions found at a
precision of 0.75 or more in 5-fold cross-validation within the calibration split (the banks and composites always in
training, the held-out fold's comments never), ties to the higher area under the ROC curve (:func:`cross_validate`).
The held-out probabilities of that choice are what the theme threshold is chosen on
(``calibrate.fit_theme_threshold``).

The readout replaces the head's theme outputs inside ``head.onnx`` without changing its graph (:func:`fold`): the
theme network is ``T2 relu(T1 e + t1) + t2``; two hidden units per theme, ``relu(w_t . e)`` and ``relu(-w_t . e)``
with output weights +1 and -1, add ``w_t . e`` exactly, the former units' theme weights are set to 0 and ``t2_t`` to
``b_t``. The polarity outputs are left as they were.
"""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import numpy as np

import clauses as C
import features as F

BANK_DIR = Path(__file__).resolve().parent.parent / "data" / "bank"
LAMBDAS = (0.1, 0.3)
CALIBRATION_WEIGHTS = (1.0, 3.0, 10.0)
COMPOSITE_WEIGHTS = (0.0, 0.3, 1.0)
LANGUAGE = ("kept", "projected")
PRECISION = 0.75
COMPOSITES_PER_LANGUAGE = 150  # with themes; and 20 more without
COMPOSITES_WITHOUT_THEMES = 20
CUSTOMER_THEMES = ["delivery", "price", "staff", "waiting_time", "product_quality", "website_app", "billing",
                   "cleanliness", "communication"]
EMPLOYEE_THEMES = ["pay", "workload", "management", "colleagues", "growth"]


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


def _join_two():
    spec = importlib.util.spec_from_file_location("oes_generate", BANK_DIR.parent / "generate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.join_two


def bank_composites(bank_dir=BANK_DIR, seed: int = 0) -> list[tuple[str, str, list[str]]]:
    """(language, text, its themes) of comments composed from the banks' sentences, seeded: per language
    :data:`COMPOSITES_PER_LANGUAGE` with one to three themes (probabilities 0.45, 0.4, 0.15; employee themes with
    probability 0.3, else customer themes; each theme's sentence of a random polarity), pairs of them joined by the
    bank's "but" / "and" connectors half the time (``generate.join_two``), a generic sentence with probability 0.35,
    a perspective sentence ("would not recommend") with probability 0.25, in random order; and
    :data:`COMPOSITES_WITHOUT_THEMES` of generic and perspective sentences only."""
    join_two = _join_two()
    rng = np.random.default_rng(seed)
    out = []
    for path in sorted(Path(bank_dir).glob("*.json")):
        b = json.loads(path.read_text(encoding="utf-8"))
        lang = b["lang"]

        def pick(xs):
            return xs[int(rng.integers(len(xs)))]

        for i in range(COMPOSITES_PER_LANGUAGE + COMPOSITES_WITHOUT_THEMES):
            employee = rng.random() < 0.3
            k = 0 if i >= COMPOSITES_PER_LANGUAGE else int(rng.choice([1, 2, 3], p=[0.45, 0.4, 0.15]))
            themes = [str(t) for t in rng.choice(EMPLOYEE_THEMES if employee else CUSTOMER_THEMES, k,
                                                 replace=False)] if k else []
            sentences = [pick(b["themes"][t]["pos" if rng.random() < 0.5 else "neg"]) for t in themes]
            parts = []
            while len(sentences) >= 2 and rng.random() < 0.5:
                a, c = sentences.pop(0), sentences.pop(0)
                joined = join_two(a, c, pick(b["connectors"]["but" if rng.random() < 0.5 else "and"]), lang)
                parts.append(joined if joined else a + " " + c)
            parts += sentences
            generic = b["generic_employee" if employee else "generic"]
            if not themes or rng.random() < 0.35:
                pool = generic[["pos", "neg", "neutral"][int(rng.integers(3))]] or generic["pos"]
                parts.insert(int(rng.integers(len(parts) + 1)), pick(pool))
            key = "perspective_employee" if employee else "perspective"
            if (not themes or rng.random() < 0.25) and key in b:
                perspective = b[key][pick(sorted(b[key]))]
                parts.append(pick(perspective["pos" if rng.random() < 0.5 else "neg"]))
            if not themes and len(parts) < 2 and rng.random() < 0.5:
                parts.append(pick(generic["pos"]))
            out.append((lang, " ".join(parts), themes))
    return out


def composite_targets(composites) -> np.ndarray:
    """[n, 14]: 1 for each theme of a composite."""
    Y = np.zeros((len(composites), len(F.THEMES)))
    for i, (_, _, themes) in enumerate(composites):
        for t in themes:
            Y[i, F.THEMES.index(t)] = 1.0
    return Y


def language_directions(Eb: np.ndarray, languages) -> np.ndarray:
    """[L - 1, 384]: an orthonormal basis of the spread of the per-language mean embeddings of the bank sentences
    (``Eb``, each of ``languages``)."""
    languages = np.asarray(languages)
    means = np.stack([Eb[languages == lang].mean(0) for lang in sorted(set(languages))])
    _, s, vt = np.linalg.svd(means - means.mean(0), full_matrices=False)
    return vt[:len(means) - 1][s[:len(means) - 1] > 1e-9 * s[0]]


def project(X: np.ndarray, Q: np.ndarray | None) -> np.ndarray:
    """``X`` with the directions ``Q`` taken out (``X`` as it is for ``None``)."""
    return X if Q is None else X - (X @ Q.T) @ Q


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


def fit(Eb, Yb, Ec, Yc, lam, calibration_weight, Ea=None, Ya=None, composite_weight=0.0, Q=None) -> np.ndarray:
    """[14, 385]: per theme the intercept and the 384 slopes on the embedding, from the bank (``Eb``, ``Yb``), the
    composites (``Ea``, ``Ya``, left out at weight 0) and the calibration comments (``Ec``, ``Yc``); with ``Q``
    (:func:`language_directions`) fitted on the embeddings without those directions, the slopes ``P w``."""
    parts = [(Eb, Yb, 1.0)] + ([(Ea, Ya, composite_weight)] if Ea is not None and composite_weight > 0 else [])
    parts.append((Ec, Yc, calibration_weight))
    X = project(np.concatenate([p[0] for p in parts]).astype(np.float64), Q)
    Y = np.concatenate([p[1] for p in parts])
    weight = np.concatenate([np.full(len(p[0]), p[2], np.float64) for p in parts])
    W = np.stack([fit_logistic(X, Y[:, t], lam, weight) for t in range(len(F.THEMES))])
    if Q is not None:
        W[:, 1:] = project(W[:, 1:], Q)
    return W


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


CHOICES = ("lambda", "calibration_weight", "composite_weight", "language")


def average_precision(prob, Y) -> float:
    """The mean of the precision at each labelled mention, the mentions ranked by probability (micro)."""
    p, y = prob.ravel(), Y.ravel() > 0
    order = np.argsort(-p, kind="stable")
    tp = np.cumsum(y[order])
    return float((tp / np.arange(1, len(p) + 1))[y[order]].sum() / max(y.sum(), 1))


def cross_validate(Eb, Yb, Ec, Yc, fold, Ea, Ya, Q, folds=5, log=print) -> dict:
    """Every (lambda, calibration weight, composite weight, language kept or projected out) by ``folds``-fold
    cross-validation within the calibration split: held-out micro ROC-AUC, average precision and recall at precision
    0.75; the choice and its held-out probabilities."""
    from evaluate import r4, roc_auc
    results = []
    for language in LANGUAGE:
        for aw in COMPOSITE_WEIGHTS:
            for lam in LAMBDAS:
                for cw in CALIBRATION_WEIGHTS:
                    oof = np.zeros_like(Yc, dtype=np.float64)
                    for k in range(folds):
                        train, test = fold != k, fold == k
                        W = fit(Eb, Yb, Ec[train], Yc[train], lam, cw, Ea, Ya, aw,
                                Q if language == "projected" else None)
                        oof[test] = probabilities(W, Ec[test])
                    r = {"lambda": lam, "calibration_weight": cw, "composite_weight": aw, "language": language,
                         "auc": r4(roc_auc(oof.ravel(), Yc.ravel() > 0)),
                         "average_precision": r4(average_precision(oof, Yc)),
                         "recall_at_precision_0.75": r4(recall_at_precision(oof, Yc)), "oof": oof}
                    log(f"theme readout language {language} composite weight {aw} lambda {lam} calibration weight "
                        f"{cw}: held-out AUC {r['auc']}, average precision {r['average_precision']}, recall at "
                        f"precision 0.75 {r['recall_at_precision_0.75']}")
                    results.append(r)
    best = max(results, key=lambda r: (r["recall_at_precision_0.75"], r["auc"]))
    return {"folds": folds, "chosen": {k: best[k] for k in CHOICES},
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


def refit(params: dict, cal, cache, folds: np.ndarray, log=print, previous: dict | None = None) -> tuple[dict, dict]:
    """The head's weights with the theme readout chosen and fitted as the module says, and a summary (the choice,
    the cross-validation, the held-out probabilities of the calibration split's comments under ``heldout``, and read
    clause by clause (``clauses.py``) under ``heldout_clauses``).
    ``cal``: the calibration split with its embeddings in ``cache`` (``features.EmbeddingCache``); ``folds``: the
    fold of each of its responses (``calibrate.folds``). ``previous``: a former summary (without ``heldout``) whose
    choice is kept: only its held-out probabilities are computed again, not every setting's (the same result when
    the banks, the calibration split and the encoder are those it was made with)."""
    from evaluate import comment_rows
    bank = bank_sentences()
    composites = bank_composites()
    cache.ensure(sorted({b[3] for b in bank} | {c[1] for c in composites}), log=log)
    Eb = np.stack([cache[b[3]] for b in bank]).astype(np.float64)
    Yb = bank_targets(bank)
    Ea = np.stack([cache[c[1]] for c in composites]).astype(np.float64)
    Ya = composite_targets(composites)
    Q = language_directions(Eb, [b[0] for b in bank])
    cr = comment_rows(cal)
    Ec = np.stack([cache[cal.rows[b][a].answer_text] for b, a in cr]).astype(np.float64)
    Yc = np.stack([cal.TH[b, a] for b, a in cr]).astype(np.float64)
    fold = folds[[b for b, _ in cr]]
    if previous is None:
        cv = cross_validate(Eb, Yb, Ec, Yc, fold, Ea, Ya, Q, log=log)
    else:
        log(f"theme readout: the former choice {previous['chosen']} kept")
        cv = {"folds": previous["folds"], "chosen": previous["chosen"], "all": previous["cross_validation"]}
    # the held-out probabilities of the choice, of the whole comments and read clause by clause (clauses.py)
    ch = cv["chosen"]
    cut = [C.clauses(cal.rows[b][a].answer_text) for b, a in cr]
    cache.ensure(sorted({c for cs in cut for c in cs}), log=log)
    oof = np.zeros_like(Yc, dtype=np.float64)
    oof_clauses = np.zeros_like(Yc, dtype=np.float64)
    for k in range(cv["folds"]):
        W = fit(Eb, Yb, Ec[fold != k], Yc[fold != k], ch["lambda"], ch["calibration_weight"], Ea, Ya,
                ch["composite_weight"], Q if ch["language"] == "projected" else None)
        oof[fold == k] = probabilities(W, Ec[fold == k])
        for i in np.flatnonzero(fold == k):
            oof_clauses[i] = C.combine(oof[i], probabilities(W, np.stack([cache[c] for c in cut[i]]))
                                       if cut[i] else None)
    W = fit(Eb, Yb, Ec, Yc, ch["lambda"], ch["calibration_weight"], Ea, Ya, ch["composite_weight"],
            Q if ch["language"] == "projected" else None)
    summary = {"bank_sentences": len(bank), "bank_theme_sentences": int(Yb.sum()), "composites": len(composites),
               "composites_with_themes": int((Ya.sum(1) > 0).sum()), "language_directions": len(Q),
               "calibration_comments": len(cr), "folds": cv["folds"], "chosen": ch, "cross_validation": cv["all"],
               "calibration_comments_with_clauses": sum(1 for c in cut if c),
               "calibration_clauses": sum(map(len, cut)),
               "heldout": oof, "heldout_clauses": oof_clauses}
    return fold_into(params, W), summary
