#!/usr/bin/env python3
"""Times the Rust OES scorer against the same ONNX files driven from Python, on identical data, in one run.

    .venv/bin/python benches/compare_onnxruntime.py [--responses N] [--runs N] [--threads T] [--dir DIR] [--no-build]

1. Builds `oes-bench-oes` (release) and has it write a survey and N responses (default 2000; 60% with a comment of one
   to six sentences in 14 languages, every comment distinct) into a temporary directory.
2. Times, alternating so that both see the same machine load (best of `--runs`):
   - **oes**: `Scorer::score_batch` over chunks of 256 responses (`oes-bench-oes time`), `--threads` per model run;
   - **python, as a notebook user writes it**: `tokenizers` (`encode_batch`, padding to the longest text of each
     batch) and `onnxruntime` (`intra_op_num_threads = --threads`) over batches of 32 comments in file order, the
     features of `models/head/features.py` (the reference port of `features.rs`) and `head.onnx` per 256 responses;
   - **python, length-bucketed**: the same with the scorer's own length-bucketed batches (`features.batches`), the
     best a Python user could do with the same files;
   - **oes, themes read clause by clause**: the scorer of the first line with `clause_themes` on (the opt-in reading
     of `models/head/clauses.py`), whose cost over the first line is printed as a ratio; its scores must equal the
     first line's exactly.
3. Checks that every response's four scores agree with both Python runs within 1e-3 (the encoder quantises weights
   only, so batching moves a score by float rounding alone; oes computes the head in Rust from head.onnx's weights,
   Python runs head.onnx and applies the score calibration stored in it with `models/head/calibrate.py`), prints a
   table and the throughput ratios.
4. Cold start: runs `oes-bench-oes cold-start` as a fresh process `--runs` times (process start, loading ONNX Runtime
   and the model files with their checksums, scoring one response with a comment); the wall time of the whole process.

Needs numpy, onnxruntime and tokenizers: `.venv/bin/pip install numpy onnxruntime==1.32.0 tokenizers==0.23.3`
(`make bench-oes` does it), and `ORT_DYLIB_PATH` or the onnxruntime package for the Rust side.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import onnxruntime as ort
from tokenizers import Tokenizer

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "models" / "head"))
import calibrate as C  # noqa: E402  (models/head/calibrate.py: the scores oes reports from the head's logits)
import features as F  # noqa: E402  (models/head/features.py: the Python port of oes-core/src/oes/features.rs)

MODELS = Path(os.environ.get("OES_MODEL_DIR") or ROOT / "models")
CHUNK = 256




class Python:
    """The same files, driven from Python."""

    def __init__(self, threads: int):
        self.tokenizer = Tokenizer.from_file(str(MODELS / "tokenizer.json"))
        self.tokenizer.enable_truncation(max_length=F.MAX_TOKENS)
        self.pad_id = self.tokenizer.token_to_id("<pad>")
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = threads
        opts.inter_op_num_threads = 1
        self.encoder = ort.InferenceSession(str(MODELS / "encoder.onnx"), opts, providers=["CPUExecutionProvider"])
        self.head = ort.InferenceSession(str(MODELS / "head.onnx"), opts, providers=["CPUExecutionProvider"])
        stored = self.head.get_modelmeta().custom_metadata_map.get(C.KEY)
        self.calibration = json.loads(stored) if stored else None

    def embed_naive(self, texts, batch=32):
        """Batches of 32 in order, each padded to its longest text (what `enable_padding()` gives)."""
        self.tokenizer.enable_padding(pad_id=self.pad_id, pad_token="<pad>")
        out = np.zeros((len(texts), F.EMBEDDING), dtype=np.float32)
        for i in range(0, len(texts), batch):
            enc = self.tokenizer.encode_batch([F.PREFIX + t for t in texts[i:i + batch]])
            ids = np.array([e.ids for e in enc], dtype=np.int64)
            mask = np.array([e.attention_mask for e in enc], dtype=np.int64)
            (out[i:i + batch],) = self.encoder.run(["sentence_embedding"], {"input_ids": ids, "attention_mask": mask})
        self.tokenizer.no_padding()
        return out

    def embed_bucketed(self, texts, batch=32):
        """The scorer's length-bucketed batches (at most 32 texts and 32 * 64 padded tokens each)."""
        self.tokenizer.no_padding()
        out = np.zeros((len(texts), F.EMBEDDING), dtype=np.float32)
        encoded = [e.ids for e in self.tokenizer.encode_batch([F.PREFIX + t for t in texts])]
        for indices, ids, mask in F.batches(encoded, self.pad_id, batch, batch * 64):
            (emb,) = self.encoder.run(["sentence_embedding"], {"input_ids": ids, "attention_mask": mask})
            out[indices] = emb
        return out

    def score(self, survey, responses, embed):
        """[n, 4] scores, per chunk of 256 responses: question wordings, then the comments, then the head."""
        questions = F.parse_survey(survey)
        scores = []
        for k in range(0, len(responses), CHUNK):
            part = responses[k:k + CHUNK]
            all_rows = [F.rows(questions, r) for r in part]
            qtexts = sorted({r.question_text for rs in all_rows for r in rs if r.question_text is not None})
            atexts = list(dict.fromkeys(r.answer_text for rs in all_rows for r in rs if r.answer_text is not None))
            qemb = dict(zip(qtexts, embed(qtexts)))
            aemb = dict(zip(atexts, embed(atexts))) if atexts else {}
            width = max(len(rs) for rs in all_rows)
            feats = np.zeros((len(part), width, F.FEATURES), dtype=np.float32)
            mask = np.zeros((len(part), width), dtype=np.float32)
            for b, rs in enumerate(all_rows):
                for a, r in enumerate(rs):
                    F.write_row(r, None if r.answer_text is None else aemb[r.answer_text],
                                None if r.question_text is None else qemb[r.question_text], feats[b, a])
                    mask[b, a] = 1.0
            (logits,) = self.head.run(["logits"], {"features": feats, "mask": mask})
            scores.append(C.scores(self.calibration, feats, mask, logits))
        return np.concatenate(scores)


def rust_bin(build: bool) -> Path:
    if build:
        subprocess.run(["cargo", "build", "--release", "--locked", "-p", "oes-benches", "--bin", "oes-bench-oes"],
                       cwd=ROOT, check=True)
    meta = json.loads(subprocess.run(["cargo", "metadata", "--format-version", "1", "--no-deps"], cwd=ROOT,
                                     check=True, capture_output=True, text=True).stdout)
    return Path(meta["target_directory"]) / "release" / "oes-bench-oes"


def runtime_env() -> dict:
    env = dict(os.environ)
    if not env.get("ORT_DYLIB_PATH"):
        libs = glob.glob(os.path.join(os.path.dirname(ort.__file__), "capi", "libonnxruntime.so*"))
        if libs:
            env["ORT_DYLIB_PATH"] = libs[0]
    return env


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--responses", type=int, default=2000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--dir")
    ap.add_argument("--no-build", action="store_true")
    args = ap.parse_args()

    exe = rust_bin(not args.no_build)
    env = runtime_env()
    tmp = None if args.dir else tempfile.TemporaryDirectory(prefix="oes-bench-oes-")
    d = Path(args.dir or tmp.name)
    subprocess.run([exe, "generate", d, "--responses", str(args.responses)], check=True)
    survey = json.loads((d / "survey.json").read_text())
    responses = [json.loads(line) for line in (d / "responses.jsonl").read_text().splitlines()]
    texts = [r["answers"]["comment"] for r in responses if r["answers"].get("comment")]

    py = Python(args.threads)
    enc = [e.ids for e in py.tokenizer.encode_batch([F.PREFIX + t for t in texts])]
    lengths = np.array([len(e) for e in enc])

    rust_runs, naive_runs, bucketed_runs, clause_runs = [], [], [], []
    naive = bucketed = None
    for _ in range(args.runs):
        out = subprocess.run([exe, "time", d, "--runs", "1", "--threads", str(args.threads)], env=env, check=True,
                             capture_output=True, text=True)
        rust = json.loads(out.stdout)
        rust_runs.append(rust["best_s"])
        start = time.perf_counter()
        naive = py.score(survey, responses, py.embed_naive)
        naive_runs.append(time.perf_counter() - start)
        start = time.perf_counter()
        bucketed = py.score(survey, responses, py.embed_bucketed)
        bucketed_runs.append(time.perf_counter() - start)
        out = subprocess.run([exe, "time", d, "--runs", "1", "--threads", str(args.threads), "--clause-themes", "1"],
                             env=env, check=True, capture_output=True, text=True)
        clause_runs.append(json.loads(out.stdout)["best_s"])

    rust_scores = {}
    for line in (d / "rust_scores.jsonl").read_text().splitlines():
        row = json.loads(line)
        rust_scores[row["id"]] = row["scores"]
    r = np.array([rust_scores[x["id"]] for x in responses])
    themes = [json.loads(line)["themes"] for line in (d / "rust_scores.jsonl").read_text().splitlines()]
    by_clause = [json.loads(line) for line in (d / "rust_scores_clauses.jsonl").read_text().splitlines()]
    clause_scores_equal = all(row["scores"] == rust_scores[row["id"]] for row in by_clause)
    clause_mentions, mentions = sum(row["themes"] for row in by_clause), sum(themes)
    diff_bucketed = float(np.abs(r - bucketed).max())
    diff_naive = float(np.abs(r - naive).max())

    cold = []
    for _ in range(args.runs):
        start = time.perf_counter()
        out = subprocess.run([exe, "cold-start", d, "--threads", str(args.threads)], env=env, check=True,
                             capture_output=True, text=True)
        wall = time.perf_counter() - start
        inner = json.loads(out.stdout)
        cold.append((wall, inner))
    cold.sort(key=lambda c: c[0])
    best_cold, inner = cold[0]

    best = {"oes": min(rust_runs), "python_naive": min(naive_runs), "python_bucketed": min(bucketed_runs),
            "oes_clause_themes": min(clause_runs)}
    n = len(responses)
    print(f"# OES scoring: oes vs Python onnxruntime {ort.__version__} + tokenizers, same ONNX files")
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, {platform.python_implementation()} "
          f"{platform.python_version()}; threads per model run: {args.threads}; best of {args.runs}")
    print(f"data: {n} responses, {len(texts)} comments (tokens with prefix and specials: mean {lengths.mean():.1f}, "
          f"median {np.median(lengths):.0f}, p90 {np.percentile(lengths, 90):.0f}, max {lengths.max()})")
    print()
    print("| pipeline | best s | runs s | responses/s | comments/s | oes speed-up |")
    print("|---|---|---|---|---|---|")
    for name, runs in (("oes", rust_runs), ("python_naive", naive_runs), ("python_bucketed", bucketed_runs),
                       ("oes_clause_themes", clause_runs)):
        b = best[name]
        print(f"| {name} | {b:.3f} | {', '.join(f'{x:.3f}' for x in runs)} | {n / b:.0f} | {len(texts) / b:.1f} "
              f"| {b / best['oes']:.2f}x |")
    print()
    print(f"agreement: max |oes - python_bucketed| = {diff_bucketed:.2e} (same batches); "
          f"max |oes - python_naive| = {diff_naive:.2e} (other batches)")
    print(f"cold start (fresh process, load runtime + models with checksums, score one response): best "
          f"{best_cold:.3f} s of {', '.join(f'{c[0]:.3f}' for c in cold)}; inside the best: building the scorer "
          f"{inner['build_s']:.3f} s, first score {inner['first_score_s']:.3f} s")
    print(f"themes read clause by clause: {best['oes_clause_themes'] / best['oes']:.2f}x the time of oes reading each "
          f"comment whole; {clause_mentions} theme mentions reported against {mentions}; scores "
          + ("identical" if clause_scores_equal else "DIFFERENT"))
    ok = diff_bucketed <= 1e-3 and diff_naive <= 1e-3 and clause_scores_equal
    if not ok:
        print("DISAGREEMENT: the scores differ more than expected", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
