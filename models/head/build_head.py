#!/usr/bin/env python3
"""Rebuild the OES head, one command:

    python3 models/head/build_head.py

Stages (cached in /work/cache/head, or $OES_HEAD_CACHE):

 1. rows of every response through features.py (the Python mirror of oes-core/src/oes/features.rs);
 2. text embeddings with models/encoder.onnx + models/tokenizer.json, cached by text per encoder version;
 3. training (JAX + optax on CPU; cached by a key over the data, the encoder version, the config and the code);
 4. export to models/head.onnx (onnx.helper, opset 17) and check onnxruntime == JAX (max abs diff < 1e-5); then the
    theme readout (readout.py) written into the theme weights and the calibration (calibrate.py) into the metadata;
 5. evaluation -> models/head/evaluation.json;
 6. fixtures -> tests/fixtures/oes/features.json, scores.json;
 7. model card tables -> models/head/CARD.md.

Data: the generated training set (20k) and held-out split (4k; one half for early stopping and the confidence fit,
the other half for reporting) from models/data/generate.py (see models/data/README.md), and the hand-labelled
models/data/validation.jsonl for evaluation only (never trained on, never used to choose anything).

Another encoder (e.g. a shallower one from `build_encoder.py --layers N --out-dir DIR`): `--model-dir DIR` reads
DIR/encoder.onnx + DIR/tokenizer.json (checked against DIR/checksums.sha256) and writes DIR/head.onnx,
DIR/evaluation.json, DIR/CARD.md and DIR's head.onnx line of checksums.sha256; the committed files, models/head/*
and the test fixtures are left alone (pass --fixtures DIR2 to write fixtures for it).

If the Python packages of models/head/requirements.txt are missing, the script creates a virtual environment in the
cache directory, installs them there and re-runs itself with it.
"""
from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "2")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.setdefault("XLA_FLAGS", "--xla_cpu_multi_thread_eigen=true intra_op_parallelism_threads=2")

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
MODELS = ROOT / "models"
CACHE = Path(os.environ.get("OES_HEAD_CACHE", "/work/cache/head"))
DATA = Path(os.environ.get("OES_DATA_DIR", "/work/cache/data"))
REQUIREMENTS = HERE / "requirements.txt"


def ensure_environment() -> None:
    try:
        import jax, optax, onnx, onnxruntime, tokenizers, numpy  # noqa: F401
        return
    except ImportError:
        pass
    venv = CACHE / "venv"
    py = venv / "bin" / "python"
    if Path(sys.executable).resolve() == py.resolve():
        raise SystemExit("packages missing inside the build's own virtual environment; delete it and rerun")
    if not py.exists():
        print(f"creating a virtual environment in {venv}", flush=True)
        subprocess.check_call([sys.executable, "-m", "venv", str(venv)])
    subprocess.check_call([str(py), "-m", "pip", "install", "-q", "-r", str(REQUIREMENTS)])
    os.execv(str(py), [str(py), str(Path(__file__).resolve()), *sys.argv[1:]])


ensure_environment()
sys.path.insert(0, str(HERE))

import numpy as np  # noqa: E402

import clauses as CL  # noqa: E402
import data as D  # noqa: E402
import evaluate as E  # noqa: E402
import features as F  # noqa: E402
import fixtures as FX  # noqa: E402

GENERIC_QUESTION = "Anything else you'd like to share?"


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)


def sha256_bytes(b: bytes) -> str:
    return hashlib.sha256(b).hexdigest()


def load_generator():
    spec = importlib.util.spec_from_file_location("oes_generate", MODELS / "data" / "generate.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def split_heldout(records):
    """Held-out split -> dev (early stopping, confidence fit) and test (reporting), by a hash of the response id."""
    dev, test = [], []
    for r in records:
        (dev if D.stable_u64("split:" + r["response"]["id"]) % 2 == 0 else test).append(r)
    return dev, test


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--train", default=str(DATA / "train.jsonl"))
    ap.add_argument("--heldout", default=str(DATA / "heldout.jsonl"))
    ap.add_argument("--validation", default=str(MODELS / "data" / "validation.jsonl"))
    ap.add_argument("--test", default=str(MODELS / "data" / "test.jsonl"))
    ap.add_argument("--no-validation", action="store_true",
                    help="leave the hand-labelled sets (validation and test) out of the evaluation")
    ap.add_argument("--calibration", default=str(MODELS / "data" / "calibration.jsonl"),
                    help="the hand-labelled split the theme threshold and the confidence calibration are fitted on "
                         "(calibrate.py; never the validation set)")
    ap.add_argument("--retrain", action="store_true", help="ignore a cached training result")
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--real-text", type=float, default=0.5, metavar="WEIGHT",
                    help="weight of the real-text loss (textsup.py: VADER's human-rated training snippets as a lone "
                         "comment; default 0.5, the committed head); 0 trains without it")
    ap.add_argument("--allow-unchecked-encoder", action="store_true",
                    help="go on when encoder.onnx / tokenizer.json do not match models/checksums.sha256")
    ap.add_argument("--model-dir", default=str(MODELS),
                    help="directory of encoder.onnx, tokenizer.json and checksums.sha256 (default models/); when it "
                         "is not models/, the head, evaluation.json, CARD.md and checksums go there too")
    ap.add_argument("--out", default=None, help="head.onnx to write (default <model-dir>/head.onnx)")
    ap.add_argument("--fixtures", default=None,
                    help="fixtures directory (default tests/fixtures/oes for models/, none for another --model-dir)")
    args = ap.parse_args(argv)
    model_dir = Path(args.model_dir).resolve()
    default_dir = model_dir == MODELS.resolve()
    args.out = args.out or str(model_dir / "head.onnx")
    if args.fixtures is None and default_dir:
        args.fixtures = str(ROOT / "tests" / "fixtures" / "oes")
    report_dir = HERE if default_dir else model_dir
    t_start = time.time()
    CACHE.mkdir(parents=True, exist_ok=True)
    # timings of the committed model and of builds for other model directories are kept apart
    timings_path = CACHE / ("timings.json" if default_dir else
                            f"timings-{hashlib.sha256(str(model_dir).encode()).hexdigest()[:12]}.json")
    timings = json.loads(timings_path.read_text()) if timings_path.exists() else {}
    run_timings = {}

    for p in (args.train, args.heldout):
        if not Path(p).exists():
            raise SystemExit(f"{p} is missing: generate it as models/data/README.md says ('Regenerating')")

    # 1. rows
    t = time.time()
    themes = D.ChoiceThemes()
    train = D.build_split("train", D.load_jsonl(args.train), themes, ticket_seed=1)
    dev_rec, test_rec = split_heldout(D.load_jsonl(args.heldout))
    dev = D.build_split("dev", dev_rec, themes, ticket_seed=2)
    test = D.build_split("test", test_rec, themes)
    val = None if args.no_validation else D.build_split("validation", D.load_jsonl(args.validation), themes)
    tst = None if args.no_validation else D.build_split("test", D.load_jsonl(args.test), themes)
    cal = D.build_split("calibration", D.load_jsonl(args.calibration), themes)
    gen = load_generator()
    vader = gen.load_vader(gen.DEFAULT_VADER, "heldout") if Path(gen.DEFAULT_VADER).exists() else []
    # --real-text (textsup.py): VADER's training snippets, less evaluation texts and the hand-labelled sets' comments
    import textsup as TS
    text_rows = []
    if args.real_text:
        val_comments = set()
        for name in ("validation", "test"):
            vs = D.build_split(name, D.load_jsonl(MODELS / "data" / f"{name}.jsonl"), themes)
            val_comments |= {r.answer_text for rs in vs.rows for r in rs if r.scalars[8] == 1.0 and r.answer_text}
        text_rows = TS.load(gen.DEFAULT_VADER, val_comments)
    text_summary = TS.summary(text_rows)
    run_timings["rows_s"] = round(time.time() - t, 1)
    log(f"rows: train {len(train)} ({int(sum(1 for r in train.records if 'ticket' in r['response']))} with a "
        f"synthetic ticket), dev {len(dev)}, test {len(test)}, validation {0 if val is None else len(val)}, "
        f"VADER held-out snippets {len(vader)}, real-text training snippets {text_summary['n']} "
        f"{text_summary['by_source']}")

    # 2. embeddings
    t = time.time()
    encoder = F.Encoder(model_dir)
    problem = encoder.check_pair(model_dir / "checksums.sha256")
    if problem:
        msg = f"the encoder files do not form a checked pair: {problem} (is the encoder being rebuilt?)"
        if not args.allow_unchecked_encoder:
            raise SystemExit(msg + "; rerun when it is done, or pass --allow-unchecked-encoder")
        log("WARNING: " + msg)
    cache = F.EmbeddingCache(encoder, CACHE)
    texts = (train.texts() | dev.texts() | test.texts() | {v[1] for v in vader} | {GENERIC_QUESTION}
             | {r["text"] for r in text_rows})
    if val is not None:
        texts |= val.texts() | tst.texts()
    texts |= cal.texts()
    n_before = len(cache.index)
    cache.ensure(sorted(texts), log=log)
    if len(cache.index) - n_before >= 1000:  # a run that embedded a training set, not a few new texts
        timings["embeddings"] = {"texts": len(cache.index) - n_before, "seconds": round(time.time() - t, 1),
                                 "encoder": encoder.version}
    table = np.concatenate([np.zeros((1, F.EMBEDDING), np.float32), cache.vectors]).astype(np.float32)
    for s in (train, dev, test, cal) + ((val, tst) if val is not None else ()):
        D.attach_embeddings(s, cache.index)
    run_timings["embeddings_s"] = round(time.time() - t, 1)
    encoder_sha, tokenizer_sha = encoder.onnx_sha256, encoder.tokenizer_sha256
    log(f"embeddings: {len(cache.index)} texts, encoder.onnx {encoder_sha[:12]}, tokenizer.json {tokenizer_sha[:12]}")

    # 3. training
    import jax.numpy as jnp
    import model as Mdl
    import train as T
    cfg = dict(T.DEFAULTS)
    if args.seed is not None:
        cfg["seed"] = args.seed
    if args.real_text:
        cfg["text_weight"] = args.real_text
    code = b"".join((HERE / f).read_bytes() for f in ("features.py", "data.py", "model.py", "train.py", "textsup.py"))
    key = sha256_bytes(json.dumps({
        "cfg": cfg, "encoder": encoder.version, "code": sha256_bytes(code),
        "data": [F.sha256_file(args.train), F.sha256_file(args.heldout)]
        + ([text_summary["sha256"]] if text_rows else [])},
        sort_keys=True).encode())[:16]
    text_set = None
    if text_rows:
        text_set = T.TextSet([cache.index[r["text"]] + 1 for r in text_rows],
                             TS.valence_target([r["valence"] for r in text_rows]), T.comment_questions(train),
                             TS.sampling_weights(text_rows))
    pfile, ifile = CACHE / f"params-{key}.npz", CACHE / f"train-{key}.json"
    t = time.time()
    if pfile.exists() and ifile.exists() and not args.retrain:
        params = {k: jnp.asarray(v) for k, v in np.load(pfile).items()}
        info = json.loads(ifile.read_text())
        log(f"training: cached {pfile.name} (best epoch {info['best_epoch_scores']})")
    else:
        log(f"training {Mdl.count_params(Mdl.init_params(__import__('jax').random.PRNGKey(0)))} parameters")
        params, info = T.train(train, dev, table, cfg, log=log, text=text_set)
        if text_set is not None:
            info["real_text"] = {**text_summary, "comment_questions": int(len(text_set.questions))}
        np.savez(pfile, **Mdl.to_numpy(params))
        ifile.write_text(json.dumps(info, indent=1))
        timings["training"] = {"seconds": round(time.time() - t, 1), "epochs": info["epochs_run"]}
    run_timings["training_s"] = round(time.time() - t, 1)
    params_np = Mdl.to_numpy(params)
    n_params = Mdl.count_params(params_np) - params_np["W1"].shape[1]  # W1's value row is forced to zero

    # 4. export + check
    import export as X
    t = time.time()
    doc = (f"OES head (docs/oes-model.md). Trained by models/head/build_head.py; encoder.onnx sha256 {encoder_sha}; "
           f"seed {cfg['seed']}; {n_params} parameters.")
    onnx_model = X.build_onnx(params_np, doc)
    X.save(onnx_model, args.out)
    head_bytes = Path(args.out).read_bytes()
    head_sha = sha256_bytes(head_bytes)
    head = E.Head(args.out)
    import jax
    rng = np.random.default_rng(0)
    check_idx = rng.choice(len(test), 300, replace=False)
    Xc, Mc = D.feature_tensor(test, table, check_idx)
    Mc[:5] = 0.0  # responses with no rows at all
    Mc[5:10, 1:] = 0.0
    ort_out = head.run(Xc, Mc)
    jax_out = jax.jit(Mdl.apply_full)(params, jnp.asarray(Xc), jnp.asarray(Mc))
    diffs = {k: float(np.abs(np.asarray(jax_out[k]) - ort_out[k]).max()) for k in jax_out}
    finite = all(np.isfinite(v).all() for v in ort_out.values())
    log(f"export: {args.out} {len(head_bytes)} bytes sha256 {head_sha}; onnxruntime vs JAX max abs diff "
        f"{max(diffs.values()):.2e} on 300 responses; all finite {finite}")
    if max(diffs.values()) >= 1e-5 or not finite:
        raise SystemExit(f"onnxruntime and JAX disagree: {diffs}")
    try:  # tract runs the head in WebAssembly: check it reads the file and agrees
        import tract
        runnable = tract.onnx().load(args.out).into_model().into_runnable()
        t_out = [o.to_numpy() for o in runnable.run([Xc[:64], Mc[:64]])]
        names = ["logits", "terms", "confidence", "themes", "polarity"]
        diffs_tract = {k: float(np.abs(v - ort_out[k][:64]).max()) for k, v in zip(names, t_out)}
        tract_check = {"version": tract.version(), "responses": 64, "max_abs_diff_vs_onnxruntime": diffs_tract}
        log(f"tract {tract.version()} vs onnxruntime: max abs diff {max(diffs_tract.values()):.2e} on 64 responses")
    except ImportError:
        tract_check = {"ran": False, "why": "python package tract not installed"}
    # the theme readout (readout.py: the banks and the calibration split) written into the theme weights, then the
    # calibration (scores, theme threshold, polarity, confidence) fitted on the calibration split, stored in the
    # file's metadata (refit.py does the same on a committed head)
    import calibrate as C
    import readout as R
    params_np, readout_summary = R.refit(params_np, cal, cache, C.folds(cal), log=log)
    theme_heldout = readout_summary.pop("heldout")
    clause_heldout = readout_summary.pop("heldout_clauses")
    onnx_model = X.build_onnx(params_np, doc)
    X.save(onnx_model, args.out)
    head = E.Head(args.out)
    Xcal, Mcal = D.feature_tensor(cal, table)
    raw = head.run(Xcal, Mcal)
    raw["without"] = head.without(Xcal, Mcal)  # the confidence reads the answers' effects
    calibration = C.fit(cal, Xcal, Mcal, raw, theme_heldout=theme_heldout, clause_heldout=clause_heldout)
    calibration["theme_readout"] = readout_summary
    X.save(onnx_model, args.out, calibration=calibration)
    head_bytes = Path(args.out).read_bytes()
    head_sha = sha256_bytes(head_bytes)
    head = E.Head(args.out, calibrated=True)  # scores as oes reports them from here on
    log(f"calibration on {calibration['fitted_on']}: theme threshold {calibration['theme_threshold']} "
        f"(recall {calibration['fit']['theme_recall']}, precision {calibration['fit']['theme_precision']} there); "
        f"{args.out} now {len(head_bytes)} bytes sha256 {head_sha}")
    run_timings["export_s"] = round(time.time() - t, 1)

    # 5. evaluation
    t = time.time()
    train_mean = train.Y.mean(0)
    results = {"head_sha256": head_sha, "head_bytes": len(head_bytes), "encoder_sha256": encoder_sha,
               "tokenizer_sha256": tokenizer_sha, "parameters": n_params,
               "onnx_vs_jax_max_abs_diff": diffs, "tract_check": tract_check, "calibration": calibration, "training": {k: v for k, v in info.items() if k != "history"},
               "splits": {"train": len(train), "dev": len(dev), "test": len(test),
                          "validation": 0 if val is None else len(val), "calibration": len(cal)}}
    results["training"]["train_label_mean"] = [round(float(x), 4) for x in train_mean]
    evals = [("heldout_test", test)] + ([("validation", val), ("test", tst)] if val is not None else [])
    for name, split in evals:
        Xs, Ms = D.feature_tensor(split, table)
        raw = head.run(Xs, Ms)
        raw["without"] = head.without(Xs, Ms)
        out = C.calibrated(calibration, split, raw, Xs, Ms)
        base = E.baselines(split, train_mean)
        res = {"model": E.score_metrics(out["scores"], split.Y),
               "baselines": {k: E.score_metrics(v, split.Y) for k, v in base.items()},
               "by_language": E.by_language(split, out["scores"]),
               "by_language_baseline_perspective_matched": {
                   lang: m["mae_mean"] for lang, m in E.by_language(split, base["perspective_matched"]).items()},
               "text_only": E.text_only(head, split, table),
               "confidence": E.confidence_calibration(out, split, cfg["conf_tolerance"]),
               "confidence_head": E.confidence_calibration(raw, split, cfg["conf_tolerance"]),
               "themes": E.theme_metrics(out, split, C.theme_threshold(calibration)),
               "themes_audience_by_channel": E.theme_metrics(out, split, C.theme_threshold(calibration),
                                                             E.audience_by_channel(split)),
               "themes_clauses": E.theme_metrics(CL.clause_themes(out, split, cache, head, calibration, log=log),
                                                 split, calibration["clause_themes"]["threshold"]),
               "explicit_agreement": E.explicit_agreement(split, out["scores"], base["training_mean"])}
        results[name] = res
        log(f"{name}: MAE " + " ".join(f"{p[:3]} {res['model'][p]['mae']:.3f}" for p in F.PERSPECTIVES)
            + f" | Spearman " + " ".join(f"{res['model'][p]['spearman']:.3f}" for p in F.PERSPECTIVES)
            + f" | baseline (perspective-matched) MAE {res['baselines']['perspective_matched']['mae_mean']:.3f}")
    # VADER held-out snippets as a lone comment
    if vader:
        qe = cache[GENERIC_QUESTION]
        Xv = np.zeros((len(vader), 1, F.FEATURES), np.float32)
        for i, (_, text, _, _) in enumerate(vader):
            s = np.zeros(F.SCALARS, np.float32)
            s[8], s[14], s[F.F_HAS_TEXT] = 1.0, 1.0, 1.0
            F.write_row(F.Row("c", s, text, GENERIC_QUESTION), cache[text], qe, Xv[i, 0])
        outv = head.run(Xv, np.ones((len(vader), 1), np.float32))
        val_ = np.array([v[0] for v in vader])
        sure = np.abs(val_) >= 0.5
        results["vader_heldout_text_only"] = {
            "n": int(sure.sum()), "n_all": len(vader), "n_pos": int((val_[sure] > 0).sum()), "n_neg": int((val_[sure] < 0).sum()),
            "note": "VADER snippets of the generator's held-out 20 % (never in training), mean human valence "
                    "|v| >= 0.5, as the only answer to the question '" + GENERIC_QUESTION + "'",
            "auc_mean_of_four": E.r4(E.roc_auc(outv["scores"][sure].mean(1), val_[sure] > 0)),
            "auc_by_perspective": {p: E.r4(E.roc_auc(outv["scores"][sure, i], val_[sure] > 0))
                                   for i, p in enumerate(F.PERSPECTIVES)},
            "spearman_mean_of_four_vs_valence_all": E.r4(E.spearman(outv["scores"].mean(1), val_))}
    # behaviour checks on 500 test responses
    bidx = np.random.default_rng(1).choice(len(test), 500, replace=False)
    Xb, Mb = D.feature_tensor(test, table, bidx)
    beh = {"responses": 500,
           "monotonicity": E.monotonicity(head, Xb, Mb, [test.rows[i] for i in bidx]),
           "order_invariance": E.order_invariance(head, Xb, Mb),
           "explanations": E.explanation_check(head, Xb, Mb)}
    # ticket effect: a fast vs a slow / reopened / unresolved ticket added to the same 500 responses
    tick = {}
    for name, sc in (("fast_1_contact", (np.log1p(1.0) / 5, 0.1, 0.0, 0.0)),
                     ("slow_5_days_4_contacts_reopened", (np.log1p(120.0) / 5, 0.4, 1.0, 0.0)),
                     ("unresolved_3_contacts", (0.0, 0.3, 0.0, 1.0))):
        Xt = np.concatenate([Xb, np.zeros_like(Xb[:, :1])], 1)
        Mt = np.concatenate([Mb, np.ones_like(Mb[:, :1])], 1)
        Xt[:, -1, 9], Xt[:, -1, 12] = 1.0, 1.0
        Xt[:, -1, 19:23] = np.array(sc, np.float32)
        d = head.run(Xt, Mt)["scores"] - head.run(Xb, Mb)["scores"]
        tick[name] = {p: E.r4(d[:, i].mean()) for i, p in enumerate(F.PERSPECTIVES)}
    beh["ticket_effect_mean_change"] = tick
    results["behaviour"] = beh
    log(f"behaviour: {json.dumps(beh)}")
    run_timings["evaluation_s"] = round(time.time() - t, 1)

    # 6. fixtures (the batching sensitivity is measured in any case)
    t = time.time()
    scores_fx, sens = FX.scores_fixture(encoder, args.out, head_sha, encoder_sha, calibration)
    results["fixtures"] = {"scores_batching_sensitivity_max": sens["batching_sensitivity_max"]}
    if args.fixtures:
        fx_dir = Path(args.fixtures)
        FX.write_json(fx_dir / "features.json", FX.features_fixture())
        FX.write_json(fx_dir / "scores.json", scores_fx)
        log(f"fixtures: {fx_dir}/features.json, scores.json")
    run_timings["fixtures_s"] = round(time.time() - t, 1)
    log(f"batching sensitivity of the fixture scores: {sens['batching_sensitivity_max']:.2e}")

    # 7. card
    for path, sha in ((encoder.onnx_path, encoder_sha), (encoder.tokenizer_path, tokenizer_sha)):
        if F.sha256_file(path) != sha:
            raise SystemExit(f"{path} changed while this build ran: rerun the build")
    run_timings["total_s"] = round(time.time() - t_start, 1)
    timings["last_run"] = run_timings
    if run_timings["training_s"] > 30 or run_timings["embeddings_s"] > 30:
        timings["last_uncached_run"] = run_timings
    else:
        timings["last_cached_run"] = run_timings
    timings_path.write_text(json.dumps(timings, indent=1))
    results["timings"] = timings
    results["model_dir"] = "models" if default_dir else str(model_dir)
    (report_dir / "evaluation.json").write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n")
    import card
    card.write(report_dir / "CARD.md", results, info)
    if not default_dir:   # the head's line of <model-dir>/checksums.sha256 (the scorer checks all three files)
        sums = model_dir / "checksums.sha256"
        lines = [l for l in sums.read_text().splitlines()
                 if not (l.endswith("  head.onnx") or l.startswith("# head.onnx:"))]
        lines += [f"# head.onnx: {len(head_bytes)} bytes", f"{head_sha}  head.onnx"]
        sums.write_text("\n".join(lines) + "\n")
    log(f"done in {run_timings['total_s']:.0f} s: {args.out}, {report_dir}/evaluation.json, {report_dir}/CARD.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
