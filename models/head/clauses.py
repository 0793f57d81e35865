"""Themes read clause by clause: the scorer's opt-in ``clause_themes`` mode (``oes-core/src/oes/clauses.rs`` is the
same rule in Rust; ``tests/fixtures/oes/clauses.json`` holds this module's splits for the Rust tests to compare).

A comment that names several themes ("Friendly staff, but the delivery took two weeks") gives each theme a weaker
share of one embedding than a clause that names it alone. In this mode the comment is also cut into clauses, each
embedded apart, and a theme's probability is the mean of the whole comment's and the highest clause's:
``(p_whole + max_c p_c) / 2``, and its polarity is the polarity the head gives that clause (then calibrated as any
polarity). Its own threshold is fitted the same way as the default one (the lowest at which the held-out
probabilities of the calibration split's comments reach a precision of 0.75), and stored in the calibration as
``clause_themes``.

The cut: a clause ends at a line break (``\\n``, ``\\r``, U+2028, U+2029) or a full-width ``。！？，；`` (not kept),
and at ``. ! ? ; , …``, the Greek question mark and ano teleia (also as a middle dot), and the Arabic-script comma,
semicolon and question mark when the next character is white space or the text ends (kept). Each piece is stripped
of white space and kept when it has ``min_words`` words or more (runs of characters that are not white space; white
space is Unicode's White_Space, as Rust's ``char::is_whitespace``). A comment with fewer than two such pieces is read
whole only; of more than ``max_clauses``, the first ``max_clauses`` are read, which bounds the extra encoder work per
comment.
"""
from __future__ import annotations

import numpy as np

import features as F

MAX_CLAUSES = 8
MIN_WORDS = 2

ALWAYS = frozenset("\n\r\u2028\u2029\u3002\uff01\uff1f\uff0c\uff1b")
BEFORE_SPACE = frozenset(".!?;,\u2026\u037e\u0387\u00b7\u060c\u061b\u061f")


def _words(s: str) -> int:
    n, inside = 0, False
    for ch in s:
        if ch in F.WHITE_SPACE:
            inside = False
        elif not inside:
            n, inside = n + 1, True
    return n


def clauses(text: str, max_clauses: int = MAX_CLAUSES, min_words: int = MIN_WORDS) -> list[str]:
    """The clauses of ``text`` read apart (the module's rule); ``[]`` when it is read whole only."""
    pieces, start = [], 0
    for i, ch in enumerate(text):
        if ch in ALWAYS:
            pieces.append(text[start:i])
            start = i + 1
        elif ch in BEFORE_SPACE and (i + 1 == len(text) or text[i + 1] in F.WHITE_SPACE):
            pieces.append(text[start:i + 1])
            start = i + 1
    pieces.append(text[start:])
    kept = [p for p in map(F.rust_trim, pieces) if _words(p) >= min_words]
    return kept[:max_clauses] if len(kept) >= 2 else []


def combine(whole: np.ndarray, clause_probabilities: np.ndarray | None) -> np.ndarray:
    """A comment's theme probabilities [14] from its whole text's and its clauses' ([k, 14], or None)."""
    if clause_probabilities is None or len(clause_probabilities) == 0:
        return whole
    return (whole + clause_probabilities.max(0)) / 2


def strongest_polarity(clause_probabilities: np.ndarray, clause_polarities: np.ndarray) -> np.ndarray:
    """[14]: per theme, the polarity of the clause of the highest probability (the first of equals)."""
    best = clause_probabilities.argmax(0)
    return clause_polarities[best, np.arange(clause_polarities.shape[1])]


def theme_outputs(head, E: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """[n, 14] twice: the theme probabilities and the (raw) polarities ``head`` (``evaluate.Head``) gives an answer
    text of embedding ``E`` [n, 384] (they read the answer text's embedding alone: each a response of one row with only
    that embedding set)."""
    X = np.zeros((len(E), 1, F.FEATURES), np.float32)
    X[:, 0, F.SCALARS:F.SCALARS + F.EMBEDDING] = E
    out = head.run(X, np.ones((len(E), 1), np.float32))
    return out["themes"][:, 0].astype(np.float64), out["polarity"][:, 0].astype(np.float64)


def read(head, embeddings: np.ndarray, whole: np.ndarray, logits: np.ndarray, calibration: dict | None):
    """A text's theme probabilities and reported polarities ([14] each) read with its clauses, whose embeddings are
    ``embeddings`` [k, 384]: ``whole`` its themes read whole, ``logits`` [4] its response's (for the polarity's
    calibration)."""
    import calibrate as C
    p, q = theme_outputs(head, embeddings)
    raw = strongest_polarity(p, q)[None, None, :]
    return combine(whole, p), C.polarity(calibration, raw, np.asarray(logits, np.float64)[None, None, :])[0, 0]


def text_rows(split):
    """(response index, row index) of every free-text answer (the rows whose themes this mode changes)."""
    return [(b, a) for b, rs in enumerate(split.rows) for a, r in enumerate(rs)
            if r.scalars[8] == 1.0 and r.answer_text is not None]


def clause_themes(out: dict, split, cache, head, calibration: dict | None, log=print) -> dict:
    """``out`` (``calibrate.calibrated`` on ``head.run`` of ``split``, ``head`` an ``evaluate.Head``) with the themes
    and polarities of every free-text answer read clause by clause (the polarities through ``calibration``, as oes
    reports them); the clauses' embeddings come from ``cache`` (``features.EmbeddingCache``, extended as needed)."""
    rows = text_rows(split)
    cut = {split.rows[b][a].answer_text: clauses(split.rows[b][a].answer_text) for b, a in rows}
    cache.ensure(sorted({c for cs in cut.values() for c in cs}), log=log)
    themes = np.array(out["themes"], np.float64, copy=True)
    polarity = np.array(out["polarity"], np.float64, copy=True)
    for b, a in rows:
        cs = cut[split.rows[b][a].answer_text]
        if cs:
            themes[b, a], polarity[b, a] = read(head, np.stack([cache[c] for c in cs]), themes[b, a],
                                                out["logits"][b], calibration)
    return {**out, "themes": themes, "polarity": polarity}


# Texts whose cuts the fixture records besides the first comments of the calibration split: the rule's edges.
EDGE_TEXTS = [
    "Friendly staff, but the delivery took two weeks. Never again!",
    "Paid 3,50 for it. Worth every cent",
    "Version 2.1 crashes daily",
    "great coffee\nrude staff at the till",
    "great coffee\r\nrude staff at the till\n\n",
    "服务 很好。送货 太慢",
    "خیلی خوب بود، ولی گران بود؟ دیگه نمیام",
    "Τι να πω; Άργησε πολύ· το προσωπικό όμως ευγενικό",
    "Thanks. The parcel came late.",
    "Good, fast, cheap.",
    "",
    " , . ! \n",
    "one two, " * 12,
    "Wait...what? It broke after a day!!! Unbelievable, honestly",
    "Nice\u00a0staff, slow\u2003checkout; clean toilets\u2028but no soap",
    "Tak… było ok, ale kolejka była długa",
    "«Super» , merci ! Livraison rapide .",
    "a b,c d, e f",
]


def fixture(texts) -> dict:
    return {"description": "Clauses of texts as models/head/clauses.py cuts them (max_clauses "
                           f"{MAX_CLAUSES}, min_words {MIN_WORDS}); oes-core's clauses.rs must cut them the same. "
                           "Written by `python3 models/head/clauses.py`: do not edit.",
            "max_clauses": MAX_CLAUSES, "min_words": MIN_WORDS,
            "cases": [{"text": t, "clauses": clauses(t)} for t in texts]}


def fixture_texts(calibration_path, n: int = 150) -> list[str]:
    """:data:`EDGE_TEXTS` and the first ``n`` comments of the calibration split (its free-text answers, in order)."""
    import json
    texts = list(EDGE_TEXTS)
    with open(calibration_path, encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            kinds = {q["id"]: q["kind"] for q in row["survey"]["questions"]}
            texts += [v for k, v in row["response"]["answers"].items() if kinds.get(k) == "text" and isinstance(v, str)]
            if len(texts) >= len(EDGE_TEXTS) + n:
                break
    return texts[:len(EDGE_TEXTS) + n]


if __name__ == "__main__":
    import json
    from pathlib import Path
    root = Path(__file__).resolve().parents[2]
    out = root / "tests" / "fixtures" / "oes" / "clauses.json"
    fx = fixture(fixture_texts(root / "models" / "data" / "calibration.jsonl"))
    out.write_text(json.dumps(fx, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out}: {len(fx['cases'])} texts, {sum(1 for c in fx['cases'] if c['clauses'])} cut")
