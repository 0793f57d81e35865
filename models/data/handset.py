"""What the build scripts of the hand-labelled sets share (``validation_build.py``, ``calibration_build.py``,
``test_build.py``): the question and survey constructors, the channel names, the Persian zero-width non-joiner, and
:class:`HandSet`, whose :meth:`HandSet.r` turns one hand-written, hand-labelled response into a row of the set
(``check.py`` describes the row format). Python standard library only."""

import collections
import datetime
import json
import os
import re

E, SMS, KIO, WEB, QR, FL, EMP = ("email_post_purchase", "sms_support", "kiosk", "web_widget", "qr_receipt",
                                 "flash_poll", "employee_pulse")
PERSPECTIVES = ["satisfaction", "recommendation", "ease", "loyalty"]


def q(qid, kind, text, scale=None, options=None, perspective=None):
    d = {"id": qid, "kind": kind, "text": text}
    if scale:
        d["scale"] = {"min": scale[0], "max": scale[1]}
    if options:
        d["options"] = list(options)
    if perspective:
        d["perspective"] = perspective
    return d


def survey(sid, *questions):
    return {"id": sid, "questions": list(questions)}


def zwnj(x):
    """``x`` with every '~' of its strings turned into the zero-width non-joiner (Persian strings are written so)."""
    if isinstance(x, str):
        return x.replace("~", "\u200c")
    if isinstance(x, list):
        return [zwnj(i) for i in x]
    if isinstance(x, dict):
        return {k: zwnj(v) for k, v in x.items()}
    return x


class HandSet:
    """The rows of one hand-labelled set, in the order :meth:`r` is called: response ids ``{prefix}-{lang}-{k:03d}``
    (``k`` counting each language's responses from 1), a submission time ``start(k, lang)`` (a naive datetime) with
    the language's offset ``tz[lang]``, and segments ``{"channel", "country": country[lang]}``."""

    def __init__(self, prefix, tz, country, start):
        self.prefix, self.tz, self.country, self.start = prefix, tz, country, start
        self.rows = []
        self.count = collections.Counter()

    def r(self, lang, channel, sv, answers, labels, themes="", cases="", note=""):
        """One hand-labelled response; labels = (satisfaction, recommendation, ease, loyalty); ``themes`` "theme+
        theme-"; ``cases`` space-separated tags (text_only and no_comment are added)."""
        self.count[lang] += 1
        k = self.count[lang]
        ts = self.start(k, lang)
        qids = [x["id"] for x in sv["questions"]]
        assert set(answers) <= set(qids), (lang, k, set(answers) - set(qids))
        if lang == "fa":
            sv, answers = zwnj(sv), zwnj(answers)
        answers = {qid: answers[qid] for qid in qids if qid in answers}
        assert all(t[-1] in "+-" for t in themes.split()), themes
        th = [{"theme": t[:-1], "polarity": 1 if t[-1] == "+" else -1} for t in themes.split()]
        tags = cases.split()
        texts = {x["id"] for x in sv["questions"] if x["kind"] == "text"}
        if all(x["kind"] == "text" for x in sv["questions"]):
            tags.append("text_only")
        if not any(isinstance(answers.get(t), str) and answers[t].strip() for t in texts):
            tags.append("no_comment")
        if not note:
            note = ("No comment: labels from the answers, unasked perspectives set near them." if "no_comment" in tags
                    else "Answers and comment agree; labels follow them.")
        self.rows.append({
            "language": lang, "channel": channel, "survey": sv,
            "response": {"id": f"{self.prefix}-{lang}-{k:03d}", "survey": sv["id"],
                         "submitted_at": ts.strftime("%Y-%m-%dT%H:%M:%S") + self.tz[lang],
                         "segments": {"channel": channel, "country": self.country[lang]}, "answers": answers},
            "labels": dict(zip(PERSPECTIVES, [float(v) for v in labels])),
            "themes": th, "source": "hand", "annotator_note": note, "cases": tags,
        })


# The offsets, countries and submission times of the validation and test sets (the calibration split has its own).
TZ = dict(en="+00:00", pl="+01:00", de="+01:00", el="+02:00", fa="+03:30", es="+01:00", fr="+01:00",
          it="+01:00", nl="+01:00", pt="+00:00", cs="+01:00", uk="+02:00", ru="+03:00", tr="+03:00")
COUNTRY = dict(en="GB", pl="PL", de="DE", el="GR", fa="IR", es="ES", fr="FR", it="IT", nl="NL", pt="PT", cs="CZ",
               uk="UA", ru="RU", tr="TR")


def spread(origin, days, first_hour, hours, steps):
    """A submission time for a language's ``k``-th response (``start(k, lang)``): a day of the ``days`` after
    ``origin`` and a second within ``hours`` hours from ``first_hour``, spread by the multipliers ``steps``."""
    a, b, c, d = steps

    def start(k, lang):
        day = (k * a + sum(map(ord, lang)) * b) % days
        secs = first_hour * 3600 + (k * c + day * d) % (hours * 3600)
        return origin + datetime.timedelta(days=day, seconds=secs)
    return start


# The submission times of the validation and test sets (spread over 2025).
start = spread(datetime.datetime(2025, 1, 1), 330, 8, 13, (37, 11, 7919, 613))


def grams(text):
    """The 4-word sequences of ``text`` (its words lower-cased; the zero-width non-joiner read as a space)."""
    w = re.findall(r"\w+", text.lower().replace("\u200c", " "))
    return {tuple(w[i:i + 4]) for i in range(len(w) - 3)}


def reference_grams(data_dir, sets=()):
    """The 4-word sequences of every sentence of the generator's bank (``data_dir/bank``) and of every text answer of
    the hand-labelled ``sets`` (names of ``data_dir/<name>.jsonl``)."""
    out = set()
    bank_dir = os.path.join(data_dir, "bank")
    for name in sorted(os.listdir(bank_dir)) if os.path.isdir(bank_dir) else []:
        with open(os.path.join(bank_dir, name), encoding="utf-8") as f:
            for s in re.findall(r'"([^"]{12,})"', f.read()):
                out |= grams(s)
    for name in sets:
        with open(os.path.join(data_dir, f"{name}.jsonl"), encoding="utf-8") as f:
            for line in f:
                for v in json.loads(line)["response"]["answers"].values():
                    if isinstance(v, str):
                        out |= grams(v)
    return out


def shared_grams(rows, reference):
    """(response id, its shared 4-word sequences) of each text answer of ``rows`` that shares one with ``reference``."""
    hits = []
    for row in rows:
        for v in row["response"]["answers"].values():
            if isinstance(v, str):
                shared = sorted(" ".join(g) for g in grams(v) if g in reference)
                if shared:
                    hits.append((row["response"]["id"], shared))
    return hits


def write(rows, out, hits, what):
    """Writes ``rows`` to ``out`` (JSONL), prints the counts by language and each of ``hits`` (shared 4-word
    sequences with ``what``); the exit status: 1 if there are any."""
    with open(out, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    by = collections.Counter(r["language"] for r in rows)
    print(f"wrote {len(rows)} rows to {out}: " + ", ".join(f"{k} {v}" for k, v in by.items()))
    for rid, shared in hits:
        print(f"  shares a 4-gram with {what}: {rid}: {shared}")
    return 1 if hits else 0
