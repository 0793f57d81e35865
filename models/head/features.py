"""Per-answer features of the OES head: the exact Python mirror of ``oes-core/src/oes/features.rs``.

The contract is ``docs/oes-model.md``. A response becomes rows (one per shown question, in survey order, plus the
ticket row last); each row has 24 scalar features and up to two texts (the answer text and the question wording)
whose encoder embeddings complete the 792-wide feature row.

Everything here mirrors the Rust code line by line, including its details:

* a survey question's ``perspective`` is the declared one or the kind's default (nps -> recommendation, csat ->
  satisfaction, ces / ces_effort -> ease, others none);
* a scaled question without a scale takes the kind's default (nps 0-10, csat 1-5, ces 1-7, ces_effort 1-5);
* texts are trimmed with Rust's ``str::trim`` (Unicode White_Space), not Python's ``str.strip``;
* a multi-choice answer's options are in the survey's order, whatever order the response lists them in; an empty
  multi-choice array gives a row with neither the skipped flag nor an answer text;
* the ticket's hours to resolution are whole seconds (``resolved_at - opened_at``, floored at 0) / 3600.

Text embeddings go through :class:`Encoder` (onnxruntime + ``tokenizers``), with the batching of
``oes-core/src/oes/text.rs`` mirrored in :func:`batches`.
"""
from __future__ import annotations

import hashlib
import json
import math
import os
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

EMBEDDING = 384
SCALARS = 24
FEATURES = SCALARS + 2 * EMBEDDING
MAX_TOKENS = 128
PREFIX = "query: "

KINDS = ["nps", "csat", "ces", "ces_effort", "rating", "yes_no", "single_choice", "multi_choice", "text"]
TICKET_KIND = 9
PERSPECTIVES = ["satisfaction", "recommendation", "ease", "loyalty"]
THEMES = ["delivery", "price", "staff", "waiting_time", "product_quality", "website_app", "billing", "cleanliness",
          "communication", "pay", "workload", "management", "colleagues", "growth"]
SCALED = {"nps", "csat", "ces", "ces_effort", "rating"}
DEFAULT_SCALE = {"nps": (0, 10), "csat": (1, 5), "ces_effort": (1, 5), "ces": (1, 7)}
DEFAULT_PERSPECTIVE = {"nps": "recommendation", "csat": "satisfaction", "ces": "ease", "ces_effort": "ease"}

# Feature indices (docs/oes-model.md).
F_HAS_VALUE, F_VALUE, F_SKIPPED, F_HAS_TEXT = 15, 16, 17, 18
F_TICKET_HOURS, F_TICKET_CONTACTS, F_TICKET_REOPENED, F_TICKET_UNRESOLVED = 19, 20, 21, 22

# Rust's char::is_whitespace: the Unicode White_Space property.
WHITE_SPACE = frozenset(
    [chr(c) for c in range(0x09, 0x0E)] + [" ", "\u0085", "\u00a0", "\u1680"]
    + [chr(c) for c in range(0x2000, 0x200B)] + ["\u2028", "\u2029", "\u202f", "\u205f", "\u3000"]
)


def rust_trim(s: str) -> str:
    """``str::trim`` of Rust: strips leading and trailing Unicode White_Space."""
    i, j = 0, len(s)
    while i < j and s[i] in WHITE_SPACE:
        i += 1
    while j > i and s[j - 1] in WHITE_SPACE:
        j -= 1
    return s[i:j]


# ---------------------------------------------------------------------------------------------------------------
# Survey, answers and tickets (only what the features need, with the Rust parser's checks that matter)

@dataclass
class Question:
    id: str
    kind: str
    text: str
    scale: tuple[int, int] | None
    options: list[str]
    perspective: str | None


def parse_survey(survey: dict) -> list[Question]:
    out = []
    for q in survey["questions"]:
        kind = q["kind"]
        if kind not in KINDS:
            raise ValueError(f"unknown kind {kind!r}")
        scale = q.get("scale")
        if scale is not None:
            if kind not in SCALED:
                raise ValueError(f"a {kind} question takes no scale")
            scale = (int(scale["min"]), int(scale["max"]))
            if scale[0] >= scale[1]:
                raise ValueError("min must be below max")
        else:
            if kind == "rating":
                raise ValueError("a rating question needs a scale")
            scale = DEFAULT_SCALE.get(kind)
        perspective = q.get("perspective") or DEFAULT_PERSPECTIVE.get(kind)
        if perspective is not None and perspective not in PERSPECTIVES:
            raise ValueError(f"unknown perspective {perspective!r}")
        options = list(q.get("options") or [])
        out.append(Question(q["id"], kind, q.get("text", "") or "", scale, options, perspective))
    return out


def _days_from_civil(y: int, m: int, d: int) -> int:
    y -= m <= 2
    era = (y if y >= 0 else y - 399) // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def unix_seconds(ts: str) -> int:
    """Whole seconds since the epoch of an RFC 3339 timestamp (fractions ignored, as ``Timestamp::unix_seconds``)."""
    b = ts
    if len(b) < 20 or b[4] != "-" or b[7] != "-" or b[10] not in "Tt " or b[13] != ":" or b[16] != ":":
        raise ValueError(f"bad timestamp {ts!r}")
    year, month, day = int(b[0:4]), int(b[5:7]), int(b[8:10])
    hour, minute, second = int(b[11:13]), int(b[14:16]), int(b[17:19])
    rest = b[19:]
    if rest.startswith("."):
        rest = rest[1:]
        n = 0
        while n < len(rest) and rest[n].isdigit():
            n += 1
        if n == 0:
            raise ValueError(f"bad timestamp {ts!r}")
        rest = rest[n:]
    if rest in ("Z", "z"):
        offset = 0
    elif len(rest) == 6 and rest[0] in "+-" and rest[3] == ":":
        offset = int(rest[1:3]) * 60 + int(rest[4:6])
        if rest[0] == "-":
            offset = -offset
    else:
        raise ValueError(f"bad timestamp {ts!r}")
    local = _days_from_civil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second
    return local - offset * 60


def _answer(q: Question, value):
    """(tag, payload) like the Rust ``Answer``: skipped, value, yes_no, choice, choices, text."""
    if value is None:
        return ("skipped", None)
    if q.kind in SCALED:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ValueError(f"{q.id}: expected an integer")
        if isinstance(value, float):
            if value != int(value):
                raise ValueError(f"{q.id}: expected an integer")
            value = int(value)
        lo, hi = q.scale
        if not lo <= value <= hi:
            raise ValueError(f"{q.id}: {value} is off the scale {lo}-{hi}")
        return ("value", value)
    if q.kind == "yes_no":
        if not isinstance(value, bool):
            raise ValueError(f"{q.id}: expected true or false")
        return ("yes_no", value)
    if q.kind == "single_choice":
        return ("choice", q.options.index(value))
    if q.kind == "multi_choice":
        chosen = []
        for v in value:
            i = q.options.index(v)
            if i in chosen:
                raise ValueError(f"{q.id}: option {v!r} is chosen twice")
            chosen.append(i)
        return ("choices", sorted(chosen))
    if q.kind == "text":
        if not isinstance(value, str):
            raise ValueError(f"{q.id}: expected a string")
        return ("text", value)
    raise ValueError(q.kind)


# ---------------------------------------------------------------------------------------------------------------
# Rows

@dataclass
class Row:
    question: str | None  # the question id (None for the ticket row)
    scalars: np.ndarray  # float32 [24]
    answer_text: str | None
    question_text: str | None
    index: int | None = None  # the question's position in the survey

    def to_json(self) -> dict:
        return {"question": self.question, "scalars": [float(x) for x in self.scalars],
                "answer_text": self.answer_text, "question_text": self.question_text}


def normalised(q: Question, value: int) -> np.float32:
    if q.scale is None:
        return np.float32(0.0)
    lo, hi = q.scale
    up = (value - lo) / float(hi - lo)
    return np.float32(1.0 - up if q.kind == "ces_effort" else up)


def choice_text(q: Question, options: list[int]) -> str:
    chosen = ", ".join(q.options[o] for o in options)
    wording = rust_trim(q.text)
    return chosen if not wording else f"{wording}: {chosen}"


def rows(survey: dict | list[Question], response: dict) -> list[Row]:
    """The rows of a response, in survey order, the ticket row last. Questions not shown give no row."""
    questions = survey if isinstance(survey, list) else parse_survey(survey)
    answers = response.get("answers") or {}
    by_id = {q.id: i for i, q in enumerate(questions)}
    for qid in answers:
        if qid not in by_id:
            raise ValueError(f"unknown question {qid!r}")
    out = []
    for i, q in enumerate(questions):
        if q.id not in answers:
            continue
        tag, payload = _answer(q, answers[q.id])
        s = np.zeros(SCALARS, dtype=np.float32)
        s[KINDS.index(q.kind)] = 1.0
        s[10 + (PERSPECTIVES.index(q.perspective) if q.perspective else 4)] = 1.0
        answer_text = None
        if tag == "skipped":
            s[F_SKIPPED] = 1.0
        elif tag == "value":
            s[F_HAS_VALUE] = 1.0
            s[F_VALUE] = normalised(q, payload)
        elif tag == "yes_no":
            s[F_HAS_VALUE] = 1.0
            s[F_VALUE] = 1.0 if payload else 0.0
        elif tag == "choice":
            answer_text = choice_text(q, [payload])
        elif tag == "choices":
            answer_text = choice_text(q, payload) if payload else None
        elif tag == "text":
            t = rust_trim(payload)
            if not t:
                s[F_SKIPPED] = 1.0
            else:
                answer_text = t
        if answer_text is not None:
            s[F_HAS_TEXT] = 1.0
        wording = rust_trim(q.text)
        out.append(Row(q.id, s, answer_text, wording or None, i))
    ticket = response.get("ticket")
    if ticket is not None:
        s = np.zeros(SCALARS, dtype=np.float32)
        s[TICKET_KIND] = 1.0
        s[10 + PERSPECTIVES.index("ease")] = 1.0
        opened = unix_seconds(ticket["opened_at"])
        resolved = ticket.get("resolved_at")
        if resolved is not None:
            secs = max(0, unix_seconds(resolved) - opened)
            s[F_TICKET_HOURS] = np.float32(math.log1p(secs / 3600.0) / 5.0)
        else:
            s[F_TICKET_UNRESOLVED] = 1.0
        contacts = ticket.get("contacts")
        if contacts is not None:
            s[F_TICKET_CONTACTS] = np.float32(min(int(contacts), 10) / 10.0)
        reopened = ticket.get("reopened")
        if reopened is not None and int(reopened) > 0:  # true reads as 1
            s[F_TICKET_REOPENED] = 1.0
        out.append(Row(None, s, None, None, None))
    return out


def write_row(row: Row, answer_embedding, question_embedding, out: np.ndarray) -> None:
    out[:SCALARS] = row.scalars
    out[SCALARS:SCALARS + EMBEDDING] = 0.0 if answer_embedding is None else answer_embedding
    out[SCALARS + EMBEDDING:] = 0.0 if question_embedding is None else question_embedding


# ---------------------------------------------------------------------------------------------------------------
# Encoder

def batches(encoded: list[list[int]], pad_id: int, max_batch: int, max_tokens: int):
    """Length-bucketed batches, exactly as ``text::batches`` in Rust: yields (indices, ids [n, seq], mask)."""
    order = sorted(range(len(encoded)), key=lambda i: (len(encoded[i]), i))
    start = 0
    while start < len(order):
        end = start + 1
        while (end < len(order) and end - start < max(max_batch, 1)
               and (end - start + 1) * len(encoded[order[end]]) <= max(max_tokens, MAX_TOKENS)):
            end += 1
        indices = order[start:end]
        seq = max(len(encoded[i]) for i in indices)
        ids = np.full((len(indices), seq), pad_id, dtype=np.int64)
        mask = np.zeros((len(indices), seq), dtype=np.int64)
        for r, i in enumerate(indices):
            ids[r, :len(encoded[i])] = encoded[i]
            mask[r, :len(encoded[i])] = 1
        yield indices, ids, mask
        start = end


def sha256_file(path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


class Encoder:
    """``models/encoder.onnx`` + ``models/tokenizer.json`` as the Rust scorer runs them."""

    def __init__(self, model_dir, threads: int | None = None):
        import onnxruntime as ort
        from tokenizers import Tokenizer

        model_dir = Path(model_dir)
        self.onnx_path = model_dir / "encoder.onnx"
        self.tokenizer_path = model_dir / "tokenizer.json"
        # Each file is read once: the hashes below are those of the bytes actually used.
        tok_bytes = self.tokenizer_path.read_bytes()
        onnx_bytes = self.onnx_path.read_bytes()
        self.tokenizer_sha256 = hashlib.sha256(tok_bytes).hexdigest()
        self.onnx_sha256 = hashlib.sha256(onnx_bytes).hexdigest()
        self.tokenizer = Tokenizer.from_str(tok_bytes.decode("utf-8"))
        self.tokenizer.enable_truncation(max_length=MAX_TOKENS)
        self.tokenizer.no_padding()
        pad = self.tokenizer.token_to_id("<pad>")
        self.pad_id = 1 if pad is None else int(pad)
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = threads or min(2, os.cpu_count() or 1)
        opts.inter_op_num_threads = 1
        self.session = ort.InferenceSession(onnx_bytes, opts, providers=["CPUExecutionProvider"])
        self.version = hashlib.sha256((self.onnx_sha256 + self.tokenizer_sha256).encode()).hexdigest()[:16]

    def check_pair(self, checksums_path) -> str | None:
        """None when both files match their lines in ``checksums.sha256`` (a consistent encoder build), else why not."""
        try:
            lines = Path(checksums_path).read_text().splitlines()
        except OSError as e:
            return f"cannot read {checksums_path}: {e}"
        sums = {}
        for line in lines:
            parts = line.split()
            if len(parts) == 2 and not line.startswith("#"):
                sums[parts[1].lstrip("*")] = parts[0].lower()
        for name, sha in (("encoder.onnx", self.onnx_sha256), ("tokenizer.json", self.tokenizer_sha256)):
            if sums.get(name) != sha:
                return f"{name} ({sha[:12]}) does not match {checksums_path} ({(sums.get(name) or 'no line')[:12]})"
        return None

    def encode(self, texts: list[str]) -> list[list[int]]:
        return [e.ids for e in self.tokenizer.encode_batch([PREFIX + t for t in texts], add_special_tokens=True)]

    def embed(self, texts: list[str], batch_size: int = 32, max_tokens: int | None = None) -> np.ndarray:
        """Embeddings [n, 384] in the Rust scorer's batches (``batch_size`` texts, ``64 batch_size`` tokens)."""
        out = np.zeros((len(texts), EMBEDDING), dtype=np.float32)
        if not texts:
            return out
        encoded = self.encode(texts)
        for indices, ids, mask in batches(encoded, self.pad_id, batch_size, max_tokens or batch_size * 64):
            (emb,) = self.session.run(["sentence_embedding"], {"input_ids": ids, "attention_mask": mask})
            out[indices] = emb
        return out


class EmbeddingCache:
    """Embeddings by text for one encoder version, kept in ``<dir>/embeddings-<version>.npz``."""

    def __init__(self, encoder: Encoder, directory):
        self.encoder = encoder
        self.path = Path(directory) / f"embeddings-{encoder.version}.npz"
        self.index: dict[str, int] = {}
        self.vectors = np.zeros((0, EMBEDDING), dtype=np.float32)
        if self.path.exists():
            z = np.load(self.path, allow_pickle=False)
            texts = json.loads(bytes(z["texts"]).decode("utf-8"))
            self.vectors = z["vectors"]
            self.index = {t: i for i, t in enumerate(texts)}

    def ensure(self, texts, batch_size: int = 64, log=print) -> None:
        missing = sorted({t for t in texts if t not in self.index})
        if not missing:
            return
        log(f"embedding {len(missing)} new texts with encoder {self.encoder.version}")
        step = 2048
        for k in range(0, len(missing), step):
            part = missing[k:k + step]
            vectors = self.encoder.embed(part, batch_size=batch_size)
            start = len(self.vectors)
            self.vectors = np.concatenate([self.vectors, vectors]).astype(np.float32)
            for i, t in enumerate(part):
                self.index[t] = start + i
            self.save()  # progress survives an interruption
            log(f"  {min(k + step, len(missing))}/{len(missing)}")

    def save(self) -> None:
        texts = [None] * len(self.index)
        for t, i in self.index.items():
            texts[i] = t
        tmp = self.path.with_suffix(".tmp.npz")
        np.savez(tmp, texts=np.frombuffer(json.dumps(texts, ensure_ascii=False).encode("utf-8"), dtype=np.uint8),
                 vectors=self.vectors)
        os.replace(tmp, self.path)

    def __getitem__(self, text: str) -> np.ndarray:
        return self.vectors[self.index[text]]


def feature_matrix(rows_: list[Row], embed) -> np.ndarray:
    """[len(rows), 792] for one response; ``embed(text) -> [384]``."""
    out = np.zeros((len(rows_), FEATURES), dtype=np.float32)
    for a, r in enumerate(rows_):
        write_row(r, None if r.answer_text is None else embed(r.answer_text),
                  None if r.question_text is None else embed(r.question_text), out[a])
    return out


def score_features(survey: dict, responses: list[dict], encoder: Encoder, batch_size: int = 32):
    """(features [B, A, 792], mask [B, A], rows) exactly as ``Scorer::score_batch`` builds them, embeddings included
    (question wordings sorted and deduplicated in one embed call, then the distinct answer texts in order of first
    appearance in another)."""
    questions = parse_survey(survey)
    all_rows = [rows(questions, r) for r in responses]
    qtexts = sorted({r.question_text for rs in all_rows for r in rs if r.question_text is not None})
    qemb = dict(zip(qtexts, encoder.embed(qtexts, batch_size=batch_size)))
    atexts = []
    for rs in all_rows:
        for r in rs:
            if r.answer_text is not None and r.answer_text not in atexts:
                atexts.append(r.answer_text)
    aemb = dict(zip(atexts, encoder.embed(atexts, batch_size=batch_size)))
    width = max([len(rs) for rs in all_rows] + [1])
    feats = np.zeros((len(responses), width, FEATURES), dtype=np.float32)
    mask = np.zeros((len(responses), width), dtype=np.float32)
    for b, rs in enumerate(all_rows):
        for a, r in enumerate(rs):
            write_row(r, None if r.answer_text is None else aemb[r.answer_text],
                      None if r.question_text is None else qemb[r.question_text], feats[b, a])
            mask[b, a] = 1.0
    return feats, mask, all_rows
