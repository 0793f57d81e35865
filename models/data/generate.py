#!/usr/bin/env python3
"""Synthetic training data for the Overall Experience Score (OES) model.

Runtime dependencies: the Python standard library and numpy. Deterministic for a given
``--seed``, ``--n`` and ``--split`` (and the same bank files and VADER archive).

    python3 models/data/generate.py --seed 7 --n 20000 --out /work/cache/data/train.jsonl
    python3 models/data/generate.py --seed 8 --n 4000 --split heldout --out /work/cache/data/heldout.jsonl

What one row is
---------------
``{"language", "channel", "survey", "response", "labels", "themes", "source"}``: a survey in the library's
format (see the README's "Input"), one response to it, the respondent's four latent perspectives on 0-10
(``labels``: satisfaction, recommendation, ease, loyalty), the themes its comment mentions with polarity
(``themes``: ``[{"theme", "polarity": -1|1}]``) and where the comment came from (``source``: ``"vader"``,
``"template"`` or ``"none"`` when there is no comment).

How a row is made
-----------------
1. Channel (post-purchase email, support SMS, kiosk, website widget, QR receipt, flash poll, employee pulse)
   and respondent language (models/languages.txt) are drawn.
2. Latent perspectives: ``z ~ N(mu_channel, diag(sd) C diag(sd))`` on the logit scale, with the correlation
   matrix ``C`` below (0.50-0.78 between perspectives); ``label = 10 * sigmoid(z)``. The labels are these
   latents, not anything derived from the answers.
3. Theme attitudes: for each theme ``a_k = w_k . c + bias_k + N(0, 0.8)`` with ``c = (label - 5) / 2.5``
   and per-theme weights ``w_k`` on the perspectives (waiting time and the website mostly on ease, pay and
   growth on loyalty, ...).
4. A survey is taken (or made) for the channel: one of the channel's designs (question sets), wording in the
   respondent's language (55 %, 70 % for Persian) or in English, varied scales, question ids, order, and explicit
   perspectives or not. Surveys are shared by many respondents, as in real deployments: up to
   ``--surveys-per-key`` (20) distinct surveys per channel and wording language.
5. Structured answers come from the latents through a response model: per-respondent scale-use style
   (acquiescence bias ~ N(0, 0.06) of the scale, 12 % extreme responders, 8 % midpoint responders), item
   noise N(0, 0.08) of the scale, heaping at the top and bottom of 0-10 / 1-10 scales, 3 % skipped items.
   NPS / eNPS from recommendation, CSAT and rating-overall from satisfaction, CES agreement from ease,
   legacy effort from ease inverted (lower is better), "buy again" / "plan to stay" yes/no from loyalty,
   attribute ratings (staff, delivery, value, cleanliness, workload, manager) from the theme attitudes,
   liked / improve multi-choices from positive / negative theme attitudes.
6. A comment (probability per channel, 30-70 %, higher for unhappy respondents; near-certain on text-only
   surveys): 0-3 themes picked where attitudes are strong, sentences from the hand-written bank of the
   language (bank/<lang>.json) with the theme's polarity, joined with "but" / "and" connectors, plus generic
   praise / complaint / neutral sentences and perspective-flavoured ones ("would not recommend", "so easy",
   "won't come back") matching the labels; light typing noise (no diacritics on phones, lower case, no final
   full stop). English comments on customer channels are half of the time a real human-rated snippet from
   VADER's corpus (Hutto & Gilbert 2014, MIT; the Amazon review and tweet subsets) whose mean human valence
   matches the respondent's overall sentiment; their themes come from keywords (weak labels).

Splits: ``--split train`` (default) never uses the last sentence of any bank cell that has 5 or more
sentences, nor the 20 % of VADER snippets whose id hashes to 0 mod 5; ``--split heldout`` uses only those
(cells with fewer than 5 sentences are shared). Use a different seed for the held-out file.

The VADER corpus is read from the vaderSentiment 3.3.2 sdist (``--vader``; default
/work/cache/data/vaderSentiment-3.3.2.tar.gz, or $OES_VADER_SDIST), fetched with
``pip download --no-binary :all: --no-deps vaderSentiment==3.3.2 -d /work/cache/data``.
``--no-vader`` makes English comments from the bank only.
"""

import argparse
import hashlib
import io
import json
import os
import re
import sys
import tarfile
import time
import unicodedata

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
BANK_DIR = os.path.join(HERE, "bank")
LANGUAGES_FILE = os.path.join(HERE, "..", "languages.txt")
DEFAULT_VADER = os.environ.get("OES_VADER_SDIST", "/work/cache/data/vaderSentiment-3.3.2.tar.gz")

PERSPECTIVES = ["satisfaction", "recommendation", "ease", "loyalty"]
CUSTOMER_THEMES = ["delivery", "price", "staff", "waiting_time", "product_quality", "website_app", "billing",
                   "cleanliness", "communication"]
EMPLOYEE_THEMES = ["pay", "workload", "management", "colleagues", "growth"]
THEMES = CUSTOMER_THEMES + EMPLOYEE_THEMES

# Correlations between the latent perspectives (S, R, E, L) on the logit scale.
CORR = np.array([
    [1.00, 0.78, 0.62, 0.72],
    [0.78, 1.00, 0.52, 0.74],
    [0.62, 0.52, 1.00, 0.50],
    [0.72, 0.74, 0.50, 1.00],
])

# Per channel: mean labels (0-10) of S, R, E, L (turned into logit means), the logit-scale sd, the base
# probability of a comment, language weights multiplier (None: global) and the theme weights.
CHANNELS = {
    "email_post_purchase": dict(mean=[7.6, 7.3, 7.8, 7.4], sd=1.10, comment=0.50,
                                themes=dict(delivery=3, price=2, product_quality=3, website_app=1.5, billing=1,
                                            communication=1.5, staff=0.5)),
    "sms_support": dict(mean=[6.6, 6.2, 5.9, 6.5], sd=1.35, comment=0.45,
                        themes=dict(staff=3, waiting_time=3, communication=2.5, billing=1.5, website_app=1,
                                    delivery=1, product_quality=0.5)),
    "kiosk": dict(mean=[7.9, 7.4, 7.9, 7.6], sd=1.00, comment=0.30,
                  themes=dict(staff=3, waiting_time=2.5, cleanliness=2.5, price=1.5, product_quality=2)),
    "web_widget": dict(mean=[6.4, 6.0, 5.8, 6.3], sd=1.25, comment=0.50,
                       themes=dict(website_app=4, price=1.5, delivery=1, communication=1, billing=1,
                                   product_quality=1)),
    "qr_receipt": dict(mean=[7.3, 6.9, 7.6, 7.1], sd=1.15, comment=0.40,
                       themes=dict(staff=2.5, price=2.5, product_quality=2.5, waiting_time=2, cleanliness=1.5,
                                   billing=0.5)),
    "flash_poll": dict(mean=[7.0, 6.7, 7.2, 6.9], sd=1.20, comment=0.35,
                       themes=dict(product_quality=2, price=2, staff=1.5, website_app=1.5, delivery=1.5,
                                   waiting_time=1)),
    "employee_pulse": dict(mean=[6.3, 5.6, 5.5, 6.4], sd=1.10, comment=0.60,
                           themes=dict(pay=2.5, workload=3, management=3, colleagues=2, growth=2)),
}
CHANNEL_WEIGHTS = dict(email_post_purchase=0.22, sms_support=0.15, kiosk=0.12, web_widget=0.13,
                       qr_receipt=0.14, flash_poll=0.09, employee_pulse=0.15)

# Respondent languages (global); en/pl/de/el/fa are the product's main markets.
LANGUAGE_WEIGHTS = dict(en=0.26, pl=0.12, de=0.10, el=0.07, fa=0.07, es=0.045, fr=0.045, it=0.045, nl=0.04,
                        pt=0.04, cs=0.04, uk=0.04, ru=0.04, tr=0.04)
# Probability that a survey shown to a non-English respondent is worded in their language.
LOCAL_WORDING = 0.55
TZ = dict(en="+00:00", pl="+01:00", de="+01:00", el="+02:00", fa="+03:30", es="+01:00", fr="+01:00",
          it="+01:00", nl="+01:00", pt="+00:00", cs="+01:00", uk="+02:00", ru="+03:00", tr="+03:00")
COUNTRY = dict(en=["GB", "IE", "US"], pl=["PL"], de=["DE", "AT", "CH"], el=["GR", "CY"], fa=["IR"], es=["ES", "MX"],
               fr=["FR", "BE"], it=["IT"], nl=["NL", "BE"], pt=["PT", "BR"], cs=["CZ"], uk=["UA"], ru=["RU", "KZ"],
               tr=["TR"])

# Theme attitude model: weights on c = (label - 5) / 2.5 for (S, R, E, L), and a bias (people bring up
# billing, waiting and pay mostly when they are unhappy, colleagues mostly when they are happy).
THEME_MODEL = dict(
    delivery=([0.5, 0.0, 0.5, 0.0], 0.0), price=([0.4, 0.2, 0.0, 0.4], -0.3), staff=([0.5, 0.5, 0.0, 0.0], 0.2),
    waiting_time=([0.2, 0.0, 0.8, 0.0], -0.3), product_quality=([0.5, 0.3, 0.0, 0.2], 0.1),
    website_app=([0.2, 0.0, 0.8, 0.0], -0.1), billing=([0.3, 0.0, 0.4, 0.3], -0.5),
    cleanliness=([0.8, 0.2, 0.0, 0.0], 0.0), communication=([0.5, 0.0, 0.5, 0.0], -0.1),
    pay=([0.4, 0.0, 0.0, 0.6], -0.4), workload=([0.2, 0.0, 0.8, 0.0], -0.4), management=([0.5, 0.5, 0.0, 0.0], -0.1),
    colleagues=([0.4, 0.6, 0.0, 0.0], 0.5), growth=([0.4, 0.0, 0.0, 0.6], -0.2),
)
THEME_NOISE = 0.8

# Question roles: kind, natural perspective, scales to draw from, and what drives the answer.
ROLES = {
    "nps_company": dict(kind="nps", persp="recommendation"),
    "nps_store": dict(kind="nps", persp="recommendation"),
    "enps": dict(kind="nps", persp="recommendation"),
    "csat_overall": dict(kind="csat", persp="satisfaction", scales=[(1, 5)] * 6 + [(1, 7), (1, 10), (1, 3)]),
    "csat_order": dict(kind="csat", persp="satisfaction", scales=[(1, 5)] * 6 + [(1, 7), (1, 10)]),
    "csat_support": dict(kind="csat", persp="satisfaction", scales=[(1, 5)] * 5 + [(1, 3), (1, 7), (1, 10)]),
    "csat_visit": dict(kind="csat", persp="satisfaction", scales=[(1, 3), (1, 3), (1, 5), (1, 5), (1, 5)]),
    "ces_easy": dict(kind="ces", persp="ease", scales=[(1, 7)] * 6 + [(1, 5)]),
    "ces_site": dict(kind="ces", persp="ease", scales=[(1, 7)] * 5 + [(1, 5)]),
    "effort": dict(kind="ces_effort", persp="ease", scales=[(1, 5)] * 6 + [(1, 7)]),
    "buy_again": dict(kind="yes_no", persp="loyalty"),
    "return_store": dict(kind="yes_no", persp="loyalty"),
    "stay": dict(kind="yes_no", persp="loyalty"),
    "found": dict(kind="yes_no", persp="ease"),
    "resolved": dict(kind="yes_no", persp="satisfaction"),
    "rating_overall": dict(kind="rating", persp="satisfaction", scales=[(1, 5), (1, 5), (1, 10), (0, 10), (1, 7)]),
    "rating_staff": dict(kind="rating", theme="staff", scales=[(1, 5), (1, 5), (1, 10)]),
    "rating_delivery": dict(kind="rating", theme="delivery", scales=[(1, 5), (1, 5), (1, 10)]),
    "rating_value": dict(kind="rating", theme="price", scales=[(1, 5), (1, 10)]),
    "rating_clean": dict(kind="rating", theme="cleanliness", scales=[(1, 5), (1, 5), (1, 10)]),
    "rating_workload": dict(kind="rating", theme="workload", scales=[(1, 5), (1, 5), (1, 7)]),
    "rating_manager": dict(kind="rating", theme="management", scales=[(1, 5), (1, 5), (1, 7)]),
    "experience_choice": dict(kind="single_choice", persp="satisfaction", options="experience"),
    "loyalty_choice": dict(kind="single_choice", persp="loyalty", options="loyalty"),
    "mood_choice": dict(kind="single_choice", persp="satisfaction", options="mood"),
    "contact_reason": dict(kind="single_choice", options="contact_reason"),
    "liked": dict(kind="multi_choice", options="themes", sign=1),
    "improve": dict(kind="multi_choice", options="themes", sign=-1),
    "comment_general": dict(kind="text"),
    "comment_reason": dict(kind="text"),
    "comment_improve": dict(kind="text"),
    "comment_only": dict(kind="text"),
    "comment_employee": dict(kind="text"),
    "comment_flash": dict(kind="text"),
}

# Survey designs per channel: (weight, [slots]); a slot is a role, a list of alternative roles, or
# (probability, role-or-list) for an optional question. "@detractor:" before a text role: shown only
# when the first NPS answer is 0-6 (display logic).
DESIGNS = {
    "email_post_purchase": [
        (3, ["nps_company", "csat_order", ["ces_easy", "effort"], ["buy_again", "loyalty_choice"],
             (0.5, "liked"), (0.4, "rating_delivery"), (0.3, "rating_value"), "comment_general"]),
        (3, ["nps_company", "comment_reason"]),
        (2, ["csat_order", (0.5, "rating_delivery"), "comment_general"]),
        (1, ["comment_only"]),
        (2, ["nps_company", "@detractor:comment_improve", "csat_order", (0.5, "buy_again")]),
        (1, ["rating_overall", "improve", "comment_general"]),
    ],
    "sms_support": [
        (3, ["csat_support", "comment_general"]),
        (2, ["ces_easy", "comment_reason"]),
        (2, ["effort", "resolved", (0.6, "comment_general")]),
        (2, ["nps_company", "comment_reason"]),
        (1, ["csat_support", "ces_easy", "nps_company", "comment_general"]),
        (1, ["resolved", "csat_support"]),
        (0.5, ["comment_only"]),
    ],
    "kiosk": [
        (3, ["csat_visit"]),
        (3, ["csat_visit", (0.7, "comment_general")]),
        (2, ["nps_store", "return_store", "comment_general"]),
        (2, ["csat_visit", "liked"]),
        (1, ["csat_visit", "rating_staff", "rating_clean", "comment_improve"]),
        (1, ["experience_choice", "comment_general"]),
    ],
    "web_widget": [
        (3, ["ces_site", "comment_improve"]),
        (2, ["found", "comment_general"]),
        (2, ["rating_overall", "comment_general"]),
        (1, ["csat_overall", "nps_company", "comment_general"]),
        (1.5, ["comment_only"]),
        (1, ["found", "ces_site", (0.5, "buy_again")]),
    ],
    "qr_receipt": [
        (3, ["nps_store", "csat_visit", "comment_general"]),
        (2, ["rating_overall", "return_store", "comment_general"]),
        (2, ["nps_store", "liked", "improve", "comment_general"]),
        (1.5, ["experience_choice", "comment_general"]),
        (1, ["comment_only"]),
        (1, ["nps_store", "csat_visit", "effort", "return_store", "rating_staff", (0.6, "rating_value"),
             "comment_reason"]),
    ],
    "flash_poll": [
        (3, ["nps_company"]), (2, ["csat_overall"]), (1.5, ["rating_overall"]), (1.5, ["experience_choice"]),
        (1, ["loyalty_choice"]), (2, ["comment_flash"]),
    ],
    "employee_pulse": [
        (3, ["enps", "comment_employee"]),
        (3, ["enps", "stay", "rating_workload", "rating_manager", (0.5, "mood_choice"), "comment_employee"]),
        (2, ["enps", "stay", "comment_general"]),
        (1.5, ["comment_employee"]),
        (1.5, ["mood_choice", "rating_workload", "comment_employee"]),
        (1, ["enps", "@detractor:comment_improve"]),
    ],
}

# Keywords that give a VADER snippet its (weak) theme labels; polarity is the sign of its valence.
VADER_THEME_PATTERNS = {
    "delivery": r"\b(shipping|shipped|delivery|delivered|arrived|package)\b",
    "price": r"\b(price|priced|cheap|cheaper|expensive|money|cost|costs|bucks|worth)\b|\$",
    "staff": r"\b(customer service|customer support|tech support|staff|salesman|sales person|clerk)\b",
    "billing": r"\b(refund|refunded|charged|billing|invoice|rebate)\b",
    "website_app": r"\b(website|web site|web page)\b",
    "communication": r"\b(e-?mail(ed)?|never heard back|no response|replied|instructions|manual)\b",
    "product_quality": r"\b(quality|broke|broken|defective|durable|sturdy|flimsy|stopped working|works great|"
                       r"well made|poorly made|junk)\b",
}
PROFANITY = re.compile(r"\b(fuck\w*|shit\w*|bitch\w*|cunt|nigg\w*|fag\w*|retard\w*|whore|slut)\b", re.I)


def read_languages(path=LANGUAGES_FILE):
    langs = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                langs.append(line)
    return langs


def stable_hash(s):
    return int.from_bytes(hashlib.sha256(s.encode("utf-8")).digest()[:8], "big")


def sigmoid(x):
    return 1.0 / (1.0 + np.exp(-x))


def logit(p):
    return float(np.log(p / (1 - p)))


# ---------------------------------------------------------------------------------------------------------
# Banks

def split_cell(items, split):
    """The train split never sees the last item of a cell with 5+ items; heldout sees only it."""
    if split == "all" or len(items) < 5:
        return list(items)
    if split == "train":
        return list(items[:-1])
    return [items[-1]]


def load_banks(langs, split):
    banks = {}
    for lang in langs:
        path = os.path.join(BANK_DIR, lang + ".json")
        with open(path, encoding="utf-8") as f:
            bank = json.load(f)
        for theme, cell in bank["themes"].items():
            for pol in ("pos", "neg"):
                cell[pol] = split_cell(cell[pol], split)
        for key in ("generic", "generic_employee"):
            for pol in list(bank[key]):
                bank[key][pol] = split_cell(bank[key][pol], split)
        banks[lang] = bank
    return banks


def load_vader(path, split):
    """(valences, texts, themes) of usable VADER snippets from the sdist's hutto_ICWSM_2014.tar.gz."""
    with tarfile.open(path, "r:gz") as outer:
        member = next(m for m in outer.getmembers() if m.name.endswith("hutto_ICWSM_2014.tar.gz"))
        inner_bytes = outer.extractfile(member).read()
    rows = []
    with tarfile.open(fileobj=io.BytesIO(inner_bytes), mode="r:gz") as inner:
        for m in inner.getmembers():
            base = os.path.basename(m.name)
            if base not in ("amazonReviewSnippets_GroundTruth.txt", "tweets_GroundTruth.txt"):
                continue
            subset = "amazon" if base.startswith("amazon") else "tweets"
            text = inner.extractfile(m).read().decode("latin-1")
            for line in text.splitlines():
                parts = line.split("\t")
                if len(parts) < 3:
                    continue
                sid, val, snippet = parts[0], float(parts[1]), " ".join(parts[2:]).strip()
                snippet = re.sub(r"\s+", " ", snippet)
                if not (15 <= len(snippet) <= 220) or not re.search(r"[A-Za-z]{3}", snippet):
                    continue
                if subset == "tweets" and (re.search(r"@|http|www\.|#|\bRT\b", snippet) or PROFANITY.search(snippet)):
                    continue
                h = stable_hash(subset + ":" + sid) % 5
                if (split == "train" and h == 0) or (split == "heldout" and h != 0):
                    continue
                if subset == "amazon" and snippet[:1].islower():
                    snippet = snippet[0].upper() + snippet[1:]
                themes = []
                if abs(val) >= 1.0:
                    low = snippet.lower()
                    for theme, pat in VADER_THEME_PATTERNS.items():
                        if re.search(pat, low):
                            themes.append({"theme": theme, "polarity": 1 if val > 0 else -1})
                rows.append((val, snippet, themes[:2], subset))
    rows.sort(key=lambda r: (r[0], r[1]))
    return rows


# ---------------------------------------------------------------------------------------------------------
# Text helpers

def strip_diacritics(text, lang):
    if lang in ("fa", "uk", "ru"):
        return text
    text = text.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("ß", "ss")
    if lang == "de":
        for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue")):
            text = text.replace(a, b)
    nfd = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(ch for ch in nfd if unicodedata.category(ch) != "Mn"))


DE_LOWER_OK = {"der", "die", "das", "ich", "wir", "es", "man", "sie", "er", "mein", "meine", "unser", "unsere",
               "alles", "leider", "nur", "auch", "dann", "beim", "bei", "im", "in", "am", "zum", "zur", "nach",
               "kein", "keine", "nichts", "niemand", "die", "ein", "eine", "viel", "zu", "sehr", "wenn", "seit",
               "immer", "schon", "noch", "hier", "da", "dort", "mir", "mich", "uns", "ihr"}


def lower_first(sentence, lang):
    if not sentence:
        return sentence
    first = sentence.split(" ", 1)[0]
    if lang == "en" and (first == "I" or first.startswith("I'") or first.isupper() and len(first) > 1):
        return sentence
    if lang == "de" and first.strip(",.").lower() not in DE_LOWER_OK:
        return None
    if first[:1].isupper() and len(first) > 1 and first[1:2].isupper():
        return sentence  # acronym
    c = sentence[0]
    if lang == "tr":
        low = {"I": "ı", "İ": "i"}.get(c, c.lower())
    else:
        low = c.lower()
    return low + sentence[1:]


def strip_end(sentence):
    return sentence.rstrip().rstrip(".!。")


def join_two(a, b, conn, lang):
    """'A, but b' (the connector carries its punctuation), or None where lower-casing b would be wrong."""
    lb = lower_first(b, lang)
    if lb is None:
        return None
    end = "!" if b.rstrip().endswith("!") else "."
    return strip_end(a) + conn + strip_end(lb) + end


# ---------------------------------------------------------------------------------------------------------
# Generator

class Generator:
    def __init__(self, seed, split="train", vader_path=DEFAULT_VADER, use_vader=True, surveys_per_key=20):
        self.rng = np.random.default_rng(seed)
        self.surveys_per_key = surveys_per_key
        self.langs = read_languages()
        self.banks = load_banks(self.langs, split)
        self.vader = None
        if use_vader:
            if not os.path.exists(vader_path):
                sys.exit(f"VADER sdist not found at {vader_path}: run `pip download --no-binary :all: --no-deps "
                         f"vaderSentiment==3.3.2 -d /work/cache/data` or pass --vader PATH or --no-vader")
            self.vader = load_vader(vader_path, split)
            self.vader_val = np.array([r[0] for r in self.vader])
            self.vader_amazon = np.array([r[3] == "amazon" for r in self.vader])
        self.chol = np.linalg.cholesky(CORR)
        self.survey_pool = {}
        self.survey_counter = 0
        lw = np.array([LANGUAGE_WEIGHTS[lang] for lang in self.langs])
        self.lang_p = lw / lw.sum()
        self.channels = list(CHANNELS)
        cw = np.array([CHANNEL_WEIGHTS[c] for c in self.channels])
        self.channel_p = cw / cw.sum()

    # -- helpers
    def choice(self, seq, p=None):
        return seq[int(self.rng.choice(len(seq), p=p))]

    def weighted(self, items):
        w = np.array([i[0] for i in items], dtype=float)
        return items[int(self.rng.choice(len(items), p=w / w.sum()))][1]

    # -- latent model
    def latents(self, channel):
        cfg = CHANNELS[channel]
        mu = np.array([logit(m / 10.0) for m in cfg["mean"]])
        z = mu + cfg["sd"] * (self.chol @ self.rng.standard_normal(4))
        labels = 10.0 * sigmoid(z)
        return dict(zip(PERSPECTIVES, labels))

    def attitudes(self, labels, themes):
        c = np.array([(labels[p] - 5.0) / 2.5 for p in PERSPECTIVES])
        out = {}
        for t in themes:
            w, bias = THEME_MODEL[t]
            out[t] = float(np.dot(w, c) + bias + self.rng.normal(0, THEME_NOISE))
        return out

    def style(self):
        r = self.rng.random()
        kind = "extreme" if r < 0.12 else ("midpoint" if r < 0.20 else "normal")
        return dict(kind=kind, bias=float(self.rng.normal(0, 0.06)))

    def draw_scale(self, p, lo, hi, style, invert=False, heap=True):
        """A scale answer from a 0-1 position p, with the respondent's style and item noise."""
        if style["kind"] == "extreme":
            p = float(sigmoid(2.2 * logit(min(max(p, 0.01), 0.99))))
        elif style["kind"] == "midpoint":
            p = 0.5 + 0.55 * (p - 0.5)
        q = p + style["bias"] + self.rng.normal(0, 0.08)
        q = min(max(q, 0.0), 1.0)
        if invert:
            q = 1.0 - q
        x = lo + (hi - lo) * q
        v = int(np.floor(x + 0.5))
        if heap and hi - lo >= 9:
            if not invert and x >= hi - 1.7 and self.rng.random() < 0.45:
                v = hi
            elif not invert and x <= lo + 1.5 and self.rng.random() < 0.5:
                v = lo
        return min(max(v, lo), hi)

    # -- surveys
    def new_survey(self, channel, wlang):
        bank = self.banks[wlang]
        design = self.weighted(DESIGNS[channel])
        explicit = self.rng.random() < 0.6
        id_style = self.choice(["semantic", "numbered", "prefixed"])
        roles = []
        for slot in design:
            if isinstance(slot, tuple):
                if self.rng.random() >= slot[0]:
                    continue
                slot = slot[1]
            if isinstance(slot, list):
                slot = self.choice(slot)
            roles.append(slot)
        # order: keep the first question first most of the time, shuffle the middle sometimes
        texts = [r for r in roles if ROLES[r.split(":")[-1]]["kind"] == "text"]
        others = [r for r in roles if r not in texts]
        if len(others) > 2 and self.rng.random() < 0.3:
            head, mid = others[:1], others[1:]
            self.rng.shuffle(mid)
            others = head + mid
        if texts and others and self.rng.random() < 0.1:
            roles = texts + others
        else:
            roles = others + texts
        themes_pool = [t for t in CHANNELS[channel]["themes"]]
        questions, meta = [], []
        used_ids = set()
        for i, slot in enumerate(roles):
            cond = None
            role = slot
            if slot.startswith("@detractor:"):
                cond, role = "detractor", slot.split(":", 1)[1]
            spec = ROLES[role]
            kind = spec["kind"]
            if id_style == "numbered":
                qid = f"q{i + 1}"
            elif id_style == "prefixed":
                qid = f"Q{i + 1}_{role.split('_')[0]}"
            else:
                qid = role
            while qid in used_ids:
                qid += "_2"
            used_ids.add(qid)
            q = {"id": qid, "kind": kind, "text": self.choice(bank["questions"][role])}
            if kind in ("csat", "ces", "ces_effort", "rating"):
                lo, hi = self.choice(spec["scales"])
                default = dict(csat=(1, 5), ces=(1, 7), ces_effort=(1, 5)).get(kind)
                if kind == "rating" or (lo, hi) != default or self.rng.random() < 0.5:
                    q["scale"] = {"min": lo, "max": hi}
            if kind == "nps" and self.rng.random() < 0.15:
                q["scale"] = {"min": 0, "max": 10}
            m = dict(role=role, cond=cond)
            if kind in ("single_choice", "multi_choice"):
                if spec["options"] == "themes":
                    k = min(len(themes_pool), int(self.rng.integers(4, 7)))
                    chosen = [themes_pool[j] for j in sorted(self.rng.choice(len(themes_pool), k, replace=False))]
                    opts = [bank["options"]["themes"][t] for t in chosen]
                    m["option_themes"] = chosen
                else:
                    opts = list(bank["options"][spec["options"]])
                    m["ordered"] = spec["options"] != "contact_reason"
                    if m["ordered"] and self.rng.random() < 0.3:
                        opts = opts[::-1]
                        m["reversed"] = True
                q["options"] = opts
            persp = spec.get("persp")
            if persp and kind != "text" and (explicit or kind in ("single_choice", "rating") and persp):
                if explicit or self.rng.random() < 0.5:
                    q["perspective"] = persp
            questions.append(q)
            meta.append(m)
        self.survey_counter += 1
        sid = f"{channel.replace('_', '-')}-{wlang}-{self.survey_counter:04d}"
        return {"id": sid, "questions": questions}, meta

    def get_survey(self, channel, wlang):
        key = (channel, wlang)
        pool = self.survey_pool.setdefault(key, [])
        if len(pool) < self.surveys_per_key and (not pool or self.rng.random() < 0.35):
            pool.append(self.new_survey(channel, wlang))
            return pool[-1]
        return pool[int(self.rng.integers(len(pool)))]

    # -- comments
    def pick_themes(self, channel, att):
        r = self.rng.random()
        k = 0 if r < 0.22 else (1 if r < 0.67 else (2 if r < 0.92 else 3))
        tw = CHANNELS[channel]["themes"]
        names = list(tw)
        w = np.array([tw[t] * (0.3 + abs(att[t])) for t in names])
        k = min(k, len(names))
        if k == 0:
            return []
        idx = self.rng.choice(len(names), k, replace=False, p=w / w.sum())
        return [(names[i], 1 if att[names[i]] > 0 else -1) for i in idx]

    def template_comment(self, lang, channel, labels, att):
        bank = self.banks[lang]
        employee = channel == "employee_pulse"
        overall = float(np.mean([labels[p] for p in PERSPECTIVES]))
        s = (overall - 5.0) / 5.0
        themes = self.pick_themes(channel, att)
        parts = []  # sentences
        pos = [self.choice(bank["themes"][t]["pos"]) for t, pol in themes if pol > 0]
        neg = [self.choice(bank["themes"][t]["neg"]) for t, pol in themes if pol < 0]
        conns = bank["connectors"]
        if pos and neg and self.rng.random() < 0.75:
            # in "A but B" the second clause is usually the one the respondent leans to
            lean_pos = s > 0
            if self.rng.random() < 0.3:
                lean_pos = not lean_pos
            a, b = (neg.pop(0), pos.pop(0)) if lean_pos else (pos.pop(0), neg.pop(0))
            j = join_two(a, b, self.choice(conns["but"]), lang)
            parts.append(j if j else a + " " + b)
        for group in (pos, neg):
            while len(group) >= 2 and self.rng.random() < 0.5:
                a, b = group.pop(0), group.pop(0)
                j = join_two(a, b, self.choice(conns["and"]), lang)
                parts.append(j if j else a + " " + b)
            parts.extend(group)
        order = list(range(len(parts)))
        self.rng.shuffle(order)
        parts = [parts[i] for i in order]
        # generic and perspective-flavoured sentences
        gkey = "generic_employee" if employee else "generic"
        gpol = "pos" if s > 0.35 else ("neg" if s < -0.1 else "neutral")
        pols = {pol for _, pol in themes}
        clash = (pols == {-1} and gpol != "neg") or (pols == {1} and gpol != "pos")
        if not themes or (not clash and self.rng.random() < 0.35):
            g = self.choice(bank[gkey][gpol])
            if self.rng.random() < 0.6:
                parts.append(g)
            else:
                parts.insert(0, g)
        pb = bank["perspective_employee" if employee else "perspective"]
        for p in ("recommendation", "ease", "loyalty"):
            if p not in pb:
                continue
            v = labels[p]
            if (v >= 8.3 or v <= 3.5) and self.rng.random() < (0.35 if not themes else 0.2):
                parts.append(self.choice(pb[p]["pos" if v >= 8.3 else "neg"]))
        text = " ".join(parts)
        return text, [{"theme": t, "polarity": pol} for t, pol in themes]

    def vader_comment(self, labels):
        overall = float(np.mean([labels[p] for p in PERSPECTIVES]))
        target = float(np.clip(3.4 * (overall - 5.0) / 5.0 + self.rng.normal(0, 0.4), -3.6, 3.6))
        lo = np.searchsorted(self.vader_val, target - 0.35)
        hi = np.searchsorted(self.vader_val, target + 0.35)
        if hi - lo < 5:
            lo, hi = max(0, lo - 20), min(len(self.vader), hi + 20)
        idx = np.arange(lo, hi)
        amazon = self.vader_amazon[idx]
        w = np.where(amazon, 3.0, 1.0)
        i = int(self.rng.choice(idx, p=w / w.sum()))
        val, text, themes, _ = self.vader[i]
        return text, [dict(t) for t in themes]

    def noisy(self, text, lang, channel):
        r = self.rng.random
        if lang in ("pl", "cs", "de", "tr", "el", "es", "pt", "fr", "it") and \
                r() < (0.18 if channel == "sms_support" else 0.06):
            text = strip_diacritics(text, lang)
        if lang == "fa" and r() < 0.15:
            text = text.replace("\u200c", " " if r() < 0.5 else "")  # many people type without ZWNJ
        if r() < 0.08 and lang not in ("fa",):
            text = text.lower() if lang != "tr" else text.replace("I", "ı").replace("İ", "i").lower()
        if r() < 0.25:
            text = text.rstrip(".")
        if r() < 0.05:
            text = text.rstrip(".") + "!!"
        return text

    # -- answers
    def answer(self, q, m, labels, att, style, comment, lang, first_nps):
        spec = ROLES[m["role"]]
        kind = q["kind"]
        if kind == "text":
            return comment
        if self.rng.random() < 0.03:
            return None
        if kind == "nps":
            return self.draw_scale(labels[spec["persp"]] / 10.0, 0, 10, style)
        if kind in ("csat", "ces", "ces_effort", "rating"):
            lo, hi = (q["scale"]["min"], q["scale"]["max"]) if "scale" in q else \
                dict(csat=(1, 5), ces=(1, 7), ces_effort=(1, 5))[kind]
            if "theme" in spec:
                p = float(sigmoid(1.1 * att[spec["theme"]] + 0.35))
            else:
                p = labels[spec["persp"]] / 10.0
            return self.draw_scale(p, lo, hi, style, invert=(kind == "ces_effort"))
        if kind == "yes_no":
            v = labels[spec["persp"]]
            py = float(sigmoid(1.1 * (v - 5.2) + (0.3 if style["bias"] > 0 else 0.0)))
            return bool(self.rng.random() < py)
        if kind == "single_choice":
            opts = q["options"]
            if not m.get("ordered"):
                return self.choice(opts)
            n = len(opts)
            v = self.draw_scale(labels[spec["persp"]] / 10.0, 1, n, style, heap=False)  # 1 = worst
            best_first = not m.get("reversed")
            return opts[n - v] if best_first else opts[v - 1]
        if kind == "multi_choice":
            sign = spec["sign"]
            chosen = [o for o, t in zip(q["options"], m["option_themes"])
                      if sign * att[t] > (0.4 if sign > 0 else 0.2) and self.rng.random() < 0.8]
            if not chosen:
                return None if self.rng.random() < 0.6 else []
            return chosen
        raise ValueError(kind)

    def row(self, index):
        channel = self.choice(self.channels, p=self.channel_p)
        lang = self.choice(self.langs, p=self.lang_p)
        if lang == "en":
            wlang = "en"
        else:
            wlang = lang if self.rng.random() < (LOCAL_WORDING + (0.15 if lang == "fa" else 0)) else "en"
        labels = self.latents(channel)
        themes_all = EMPLOYEE_THEMES if channel == "employee_pulse" else CUSTOMER_THEMES
        att = self.attitudes(labels, themes_all)
        style = self.style()
        survey, meta = self.get_survey(channel, wlang)
        text_qs = [i for i, q in enumerate(survey["questions"]) if q["kind"] == "text"]
        structured = len(text_qs) < len(survey["questions"])
        # comment probability: channel base, more likely when unhappy; near-certain on text-only surveys
        overall = float(np.mean(list(labels.values())))
        p_comment = CHANNELS[channel]["comment"] + (0.15 if overall < 5 else 0.0)
        p_comment = min(0.7, max(0.3, p_comment)) if structured else 0.93
        comment, themes, source = None, [], "none"
        first_nps = None
        answers = {}
        # NPS first (display logic depends on it)
        for q, m in zip(survey["questions"], meta):
            if q["kind"] == "nps" and first_nps is None:
                first_nps = self.answer(q, m, labels, att, style, None, lang, None)
                answers[q["id"]] = first_nps
        want_comment = bool(text_qs) and self.rng.random() < p_comment
        shown_text = []
        for i in text_qs:
            m = meta[i]
            if m["cond"] == "detractor" and not (first_nps is not None and first_nps <= 6):
                continue
            shown_text.append(i)
        if want_comment and shown_text:
            if lang == "en" and self.vader is not None and channel != "employee_pulse" and self.rng.random() < 0.5:
                comment, themes = self.vader_comment(labels)
                source = "vader"
            else:
                comment, themes = self.template_comment(lang, channel, labels, att)
                source = "template"
            comment = self.noisy(comment, lang, channel)
        comment_target = shown_text[0] if shown_text else None
        if comment_target is not None and len(shown_text) > 1:
            comment_target = shown_text[int(self.rng.integers(len(shown_text)))]
        for i, (q, m) in enumerate(zip(survey["questions"], meta)):
            if q["id"] in answers:
                continue
            if q["kind"] == "text":
                if i not in shown_text:
                    continue  # not shown (display logic)
                answers[q["id"]] = comment if i == comment_target else None
                continue
            answers[q["id"]] = self.answer(q, m, labels, att, style, comment, lang, first_nps)
        # keep the survey's question order in the answers object
        answers = {q["id"]: answers[q["id"]] for q in survey["questions"] if q["id"] in answers}
        day = int(self.rng.integers(0, 365))
        secs = int(self.rng.integers(7 * 3600, 22 * 3600))
        ts = np.datetime64("2025-01-01T00:00:00") + np.timedelta64(day * 86400 + secs, "s")
        segments = {"channel": channel, "country": self.choice(COUNTRY[lang])}
        if channel == "employee_pulse":
            segments["team"] = self.choice(["Sales", "Operations", "IT", "Finance", "Support", "Logistics"])
        elif channel == "web_widget":
            segments["device"] = self.choice(["mobile", "desktop"], p=[0.6, 0.4])
        response = {"id": f"r{index:06d}", "survey": survey["id"], "submitted_at": str(ts) + TZ[lang],
                    "segments": segments, "answers": answers}
        return {
            "language": lang, "channel": channel, "survey": survey, "response": response,
            "labels": {p: round(float(labels[p]), 2) for p in PERSPECTIVES},
            "themes": themes if comment else [], "source": source if comment else "none",
        }


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--n", type=int, default=20000)
    ap.add_argument("--out", required=True)
    ap.add_argument("--split", choices=["train", "heldout", "all"], default="train")
    ap.add_argument("--vader", default=DEFAULT_VADER)
    ap.add_argument("--no-vader", action="store_true")
    ap.add_argument("--surveys-per-key", type=int, default=20,
                    help="at most this many distinct surveys per (channel, wording language); responses share them")
    args = ap.parse_args(argv)
    t0 = time.time()
    gen = Generator(args.seed, args.split, args.vader, not args.no_vader, args.surveys_per_key)
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as f:
        for i in range(args.n):
            f.write(json.dumps(gen.row(i + 1), ensure_ascii=False) + "\n")
    print(f"wrote {args.n} rows to {args.out} in {time.time() - t0:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
