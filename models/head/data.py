"""Training and evaluation data of the OES head: JSONL rows -> compact arrays.

A response becomes, through :mod:`features` (the mirror of the Rust feature code), up to ``MAX_ROWS`` rows of 24
scalars plus two text indices into one embedding table (index 0 = no text, a zero vector). The 792-wide feature row
of ``docs/oes-model.md`` is ``[scalars, table[answer_index], table[question_index]]``.

Besides the labels, two things are derived here:

* **theme targets per row**: a response's ``themes`` belong to its comment row; a multi-choice "what did you like"
  / "what should we improve" row gets the themes of its chosen options (+1 / -1), found through the generator's
  bank files (option wording -> theme, question wording -> liked / improve); single-choice rows are labelled "no
  theme" unless they are a contact-reason question; other rows carry no theme target;
* **synthetic support tickets** (training and dev only, :func:`add_ticket`): the generator makes no tickets, so
  without them the ticket row would be a row the head never saw. A made-up prior, documented in CARD.md, ties
  slow / unresolved / reopened / many-contact tickets to lower ease and satisfaction.
"""
from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np

import features as F

MAX_ROWS = 10  # the generated surveys have at most 8 questions, plus the ticket row; padding is free
HERE = Path(__file__).resolve().parent
BANK_DIR = HERE.parent / "data" / "bank"


def load_jsonl(path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def stable_u64(s: str) -> int:
    return int.from_bytes(hashlib.sha256(s.encode("utf-8")).digest()[:8], "big")


# ---------------------------------------------------------------------------------------------------------------
# Theme labels of choice rows, from the generator's bank files

class ChoiceThemes:
    def __init__(self, bank_dir=BANK_DIR):
        self.option_theme: dict[str, str] = {}
        self.sign: dict[str, int] = {}
        self.no_theme_questions: set[str] = set()
        self.contact_questions: set[str] = set()
        for p in sorted(Path(bank_dir).glob("*.json")):
            bank = json.loads(p.read_text(encoding="utf-8"))
            for theme, option in bank.get("options", {}).get("themes", {}).items():
                self.option_theme[option] = theme
            qs = bank.get("questions", {})
            for q in qs.get("liked", []):
                self.sign[F.rust_trim(q)] = 1
            for q in qs.get("improve", []):
                self.sign[F.rust_trim(q)] = -1
            for key in ("experience_choice", "loyalty_choice", "mood_choice"):
                self.no_theme_questions.update(F.rust_trim(q) for q in qs.get(key, []))
            self.contact_questions.update(F.rust_trim(q) for q in qs.get("contact_reason", []))

    def label(self, question: F.Question, row: F.Row):
        """(presence [14], polarity [14]) or None when the row carries no theme target."""
        wording = F.rust_trim(question.text)
        if row.answer_text is None:
            return None
        if question.kind == "multi_choice" and wording in self.sign:
            presence = np.zeros(14, np.float32)
            polarity = np.zeros(14, np.float32)
            prefix = f"{wording}: " if wording else ""
            chosen = row.answer_text[len(prefix):].split(", ")
            for option in chosen:
                theme = self.option_theme.get(option)
                if theme is None:
                    return None
                presence[F.THEMES.index(theme)] = 1.0
                polarity[F.THEMES.index(theme)] = self.sign[wording]
            return presence, polarity
        if question.kind == "single_choice" and wording in self.no_theme_questions:
            return np.zeros(14, np.float32), np.zeros(14, np.float32)
        return None


# ---------------------------------------------------------------------------------------------------------------
# Synthetic tickets

TICKET_RATE = {"sms_support": 0.6, "web_widget": 0.3, "email_post_purchase": 0.2, "kiosk": 0.05, "qr_receipt": 0.05,
               "flash_poll": 0.05, "employee_pulse": 0.0}


def _sigmoid(x):
    return 1.0 / (1.0 + math.exp(-x))


def _rfc3339(secs: int) -> str:
    days, rem = divmod(secs, 86400)
    # civil_from_days (Howard Hinnant)
    z = days + 719468
    era = (z if z >= 0 else z - 146096) // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    y += m <= 2
    return f"{y:04d}-{m:02d}-{d:02d}T{rem // 3600:02d}:{rem // 60 % 60:02d}:{rem % 60:02d}Z"


def add_ticket(record: dict, seed: int) -> dict | None:
    """A made-up support ticket for a generated response, or None (drawn per response id, deterministic).

    Friction ``f = -(0.7 (ease - 5) + 0.3 (satisfaction - 5)) / 2.5 + N(0, 1)``; unresolved with probability
    ``sigmoid(-2.2 + 0.9 f)``; hours to resolution ``exp(ln 6 + 0.8 f + N(0, 1.1))``; contacts ``1 + Poisson(exp(-0.4
    + 0.5 f))`` (absent 15 %); reopened with probability ``sigmoid(-2.5 + 0.8 f)`` (absent 30 %)."""
    rng = np.random.default_rng(stable_u64(f"{seed}:{record['response']['id']}:{record['survey']['id']}"))
    if rng.random() >= TICKET_RATE.get(record["channel"], 0.0):
        return None
    lab = record["labels"]
    f = -(0.7 * (lab["ease"] - 5.0) + 0.3 * (lab["satisfaction"] - 5.0)) / 2.5 + rng.normal(0, 1.0)
    opened = 1735718400 + int(rng.integers(0, 300 * 86400))  # 2025-01-01 + up to 300 days
    ticket = {"opened_at": _rfc3339(opened)}
    if rng.random() >= _sigmoid(-2.2 + 0.9 * f):
        hours = float(np.clip(math.exp(math.log(6.0) + 0.8 * f + rng.normal(0, 1.1)), 0.02, 2000.0))
        ticket["resolved_at"] = _rfc3339(opened + int(hours * 3600))
    if rng.random() >= 0.15:
        ticket["contacts"] = int(min(15, 1 + rng.poisson(max(0.05, math.exp(-0.4 + 0.5 * f)))))
    if rng.random() >= 0.3:
        ticket["reopened"] = int(rng.random() < _sigmoid(-2.5 + 0.8 * f)) * (1 + int(rng.random() < 0.3))
    return ticket


# ---------------------------------------------------------------------------------------------------------------
# Arrays

@dataclass
class Split:
    name: str
    records: list
    rows: list  # list of list[F.Row]
    S: np.ndarray  # [N, A, 24]
    AI: np.ndarray  # [N, A] int32
    QI: np.ndarray  # [N, A] int32
    M: np.ndarray  # [N, A]
    Y: np.ndarray  # [N, 4]
    TH: np.ndarray  # [N, A, 14]
    TP: np.ndarray  # [N, A, 14]
    TM: np.ndarray  # [N, A]

    def __len__(self):
        return len(self.records)

    def subset(self, idx, name=None):
        idx = np.asarray(idx)
        return Split(name or self.name, [self.records[i] for i in idx], [self.rows[i] for i in idx],
                     self.S[idx], self.AI[idx], self.QI[idx], self.M[idx], self.Y[idx], self.TH[idx], self.TP[idx],
                     self.TM[idx])

    def texts(self):
        return {t for rs in self.rows for r in rs for t in (r.answer_text, r.question_text) if t is not None}


def build_split(name: str, records: list, choice_themes: ChoiceThemes, ticket_seed: int | None = None) -> Split:
    surveys: dict[str, list] = {}
    all_rows, tmeta = [], []
    for rec in records:
        key = json.dumps(rec["survey"], sort_keys=True)
        qs = surveys.get(key)
        if qs is None:
            qs = surveys[key] = F.parse_survey(rec["survey"])
        response = rec["response"]
        if ticket_seed is not None and "ticket" not in response:
            t = add_ticket(rec, ticket_seed)
            if t is not None:
                response = dict(response, ticket=t)
                rec = dict(rec, response=response)
        rs = F.rows(qs, response)
        if len(rs) > MAX_ROWS:
            raise ValueError(f"{rec['response']['id']}: {len(rs)} rows > {MAX_ROWS}")
        all_rows.append(rs)
        tmeta.append((rec, qs))
    n = len(records)
    S = np.zeros((n, MAX_ROWS, F.SCALARS), np.float32)
    AI = np.zeros((n, MAX_ROWS), np.int32)
    QI = np.zeros((n, MAX_ROWS), np.int32)
    M = np.zeros((n, MAX_ROWS), np.float32)
    Y = np.zeros((n, 4), np.float32)
    TH = np.zeros((n, MAX_ROWS, 14), np.float32)
    TP = np.zeros((n, MAX_ROWS, 14), np.float32)
    TM = np.zeros((n, MAX_ROWS), np.float32)
    recs_out = []
    for b, ((rec, qs), rs) in enumerate(zip(tmeta, all_rows)):
        recs_out.append(rec)
        if "labels" in rec:
            Y[b] = [rec["labels"][p] for p in F.PERSPECTIVES]
        for a, r in enumerate(rs):
            S[b, a] = r.scalars
            M[b, a] = 1.0
            if r.index is None:
                continue
            q = qs[r.index]
            if q.kind == "text" and r.answer_text is not None:
                TM[b, a] = 1.0
                for t in rec.get("themes", []):
                    TH[b, a, F.THEMES.index(t["theme"])] = 1.0
                    TP[b, a, F.THEMES.index(t["theme"])] = float(np.sign(t["polarity"]))
            else:
                lab = choice_themes.label(q, r)
                if lab is not None:
                    TM[b, a] = 1.0
                    TH[b, a], TP[b, a] = lab
    return Split(name, recs_out, all_rows, S, AI, QI, M, Y, TH, TP, TM)


def attach_embeddings(split: Split, index: dict[str, int]) -> None:
    """Fills AI / QI with 1-based indices into the embedding table (0 = no text)."""
    for b, rs in enumerate(split.rows):
        for a, r in enumerate(rs):
            split.AI[b, a] = 0 if r.answer_text is None else index[r.answer_text] + 1
            split.QI[b, a] = 0 if r.question_text is None else index[r.question_text] + 1


def feature_tensor(split: Split, table: np.ndarray, idx=None) -> tuple[np.ndarray, np.ndarray]:
    """Full [n, A, 792] features and [n, A] mask (table has the zero row at 0)."""
    idx = np.arange(len(split)) if idx is None else np.asarray(idx)
    X = np.concatenate([split.S[idx], table[split.AI[idx]], table[split.QI[idx]]], axis=-1).astype(np.float32)
    return X, split.M[idx].copy()
