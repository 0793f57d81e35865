#!/usr/bin/env python3
"""Validate OES data rows and print their composition (Python standard library only).

    python3 models/data/check.py models/data/sample.jsonl models/data/validation.jsonl /work/cache/data/train.jsonl

Every row must be ``{"language", "channel", "survey", "response", "labels", "themes", "source"}`` (hand-labelled
rows also ``annotator_note``):

- ``language`` is listed in models/languages.txt; ``channel`` is one of CHANNELS;
- the survey is valid in the library's format: unique question ids, a known ``kind``, a ``scale`` where the kind
  needs one (``rating``) and a sane one where given (NPS only 0-10), ``options`` for choice questions, a known
  ``perspective`` if any;
- the response belongs to the survey, has an ISO-8601 ``submitted_at`` with an offset, and every answer is ``null``
  or of the right type and on the question's scale (integers, not booleans, for scales; ``true``/``false`` for
  yes/no; an option string, or a list of distinct option strings; a string for text);
- the four labels are numbers in [0, 10]; themes come from the theme list (customer themes on customer channels,
  employee themes on the employee channel), each at most once, polarity -1 or 1;
- ``source`` is ``vader``, ``template``, ``none`` (then no comment and no themes) or ``hand``.

Exits 1 if any row is invalid (the first 20 problems are printed).
"""

import collections
import json
import math
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PERSPECTIVES = ["satisfaction", "recommendation", "ease", "loyalty"]
CUSTOMER_THEMES = ["delivery", "price", "staff", "waiting_time", "product_quality", "website_app", "billing",
                   "cleanliness", "communication"]
EMPLOYEE_THEMES = ["pay", "workload", "management", "colleagues", "growth"]
CHANNELS = ["email_post_purchase", "sms_support", "kiosk", "web_widget", "qr_receipt", "flash_poll", "employee_pulse"]
KINDS = ["nps", "csat", "ces", "ces_effort", "rating", "yes_no", "single_choice", "multi_choice", "text"]
DEFAULT_SCALE = {"nps": (0, 10), "csat": (1, 5), "ces": (1, 7), "ces_effort": (1, 5)}
DEFAULT_PERSPECTIVE = {"nps": "recommendation", "csat": "satisfaction", "ces": "ease", "ces_effort": "ease"}
SOURCES = ["vader", "template", "none", "hand"]
TS = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")


def read_languages():
    langs = []
    with open(os.path.join(HERE, "..", "languages.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                langs.append(line)
    return langs


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def scale_of(q):
    if "scale" in q:
        return q["scale"]["min"], q["scale"]["max"]
    return DEFAULT_SCALE.get(q["kind"])


def check_survey(s, errs):
    if not isinstance(s, dict) or not isinstance(s.get("id"), str) or not isinstance(s.get("questions"), list):
        errs.append("survey needs an id and a list of questions")
        return {}
    if not s["questions"]:
        errs.append("survey has no questions")
    qs = {}
    for q in s["questions"]:
        qid = q.get("id")
        if not isinstance(qid, str) or not qid:
            errs.append("question without an id")
            continue
        if qid in qs:
            errs.append(f"duplicate question id {qid}")
        qs[qid] = q
        kind = q.get("kind")
        if kind not in KINDS:
            errs.append(f"{qid}: unknown kind {kind!r}")
            continue
        if not isinstance(q.get("text"), str) or not q["text"].strip():
            errs.append(f"{qid}: no text")
        if "perspective" in q and q["perspective"] not in PERSPECTIVES:
            errs.append(f"{qid}: unknown perspective {q['perspective']!r}")
        if "scale" in q:
            sc = q["scale"]
            if not (isinstance(sc, dict) and is_int(sc.get("min")) and is_int(sc.get("max")) and sc["min"] < sc["max"]):
                errs.append(f"{qid}: bad scale {sc!r}")
            elif kind == "nps" and (sc["min"], sc["max"]) != (0, 10):
                errs.append(f"{qid}: NPS scale must be 0-10")
            elif kind not in ("nps", "csat", "ces", "ces_effort", "rating"):
                errs.append(f"{qid}: a {kind} question has no scale")
        elif kind == "rating":
            errs.append(f"{qid}: rating needs a scale")
        if kind in ("single_choice", "multi_choice"):
            opts = q.get("options")
            if not (isinstance(opts, list) and len(opts) >= 2 and all(isinstance(o, str) and o for o in opts)
                    and len(set(opts)) == len(opts)):
                errs.append(f"{qid}: bad options")
    return qs


def check_answer(q, v, errs):
    qid, kind = q["id"], q["kind"]
    if v is None:
        return
    if kind in ("nps", "csat", "ces", "ces_effort", "rating"):
        lo, hi = scale_of(q)
        if not is_int(v) or not lo <= v <= hi:
            errs.append(f"{qid}: {v!r} is not an integer on {lo}-{hi}")
    elif kind == "yes_no":
        if not isinstance(v, bool):
            errs.append(f"{qid}: {v!r} is not true/false")
    elif kind == "single_choice":
        if v not in q.get("options", []):
            errs.append(f"{qid}: {v!r} is not an option")
    elif kind == "multi_choice":
        if not isinstance(v, list) or any(o not in q.get("options", []) for o in v) or len(set(v)) != len(v):
            errs.append(f"{qid}: {v!r} is not a list of distinct options")
    elif kind == "text":
        if not isinstance(v, str):
            errs.append(f"{qid}: text answer {v!r} is not a string")


def comments(row):
    qs = {q["id"]: q for q in row["survey"]["questions"]}
    return [v for k, v in row["response"]["answers"].items()
            if k in qs and qs[k]["kind"] == "text" and isinstance(v, str) and v.strip()]


def check_row(row, langs):
    errs = []
    for key in ("language", "channel", "survey", "response", "labels", "themes", "source"):
        if key not in row:
            errs.append(f"missing {key}")
    if errs:
        return errs
    if row["language"] not in langs:
        errs.append(f"language {row['language']!r} is not in languages.txt")
    if row["channel"] not in CHANNELS:
        errs.append(f"unknown channel {row['channel']!r}")
    qs = check_survey(row["survey"], errs)
    r = row["response"]
    if not isinstance(r, dict) or not isinstance(r.get("answers"), dict):
        errs.append("response needs answers")
        return errs
    if not isinstance(r.get("id"), str) or not r["id"]:
        errs.append("response without id")
    if r.get("survey") != row["survey"].get("id"):
        errs.append("response.survey is not the survey's id")
    if not isinstance(r.get("submitted_at"), str) or not TS.match(r["submitted_at"]):
        errs.append(f"bad submitted_at {r.get('submitted_at')!r}")
    if "segments" in r and not (isinstance(r["segments"], dict) and all(isinstance(v, str) for v in r["segments"].values())):
        errs.append("segments must map names to strings")
    for qid, v in r["answers"].items():
        if qid not in qs:
            errs.append(f"answer to unknown question {qid}")
        elif "kind" in qs[qid]:
            check_answer(qs[qid], v, errs)
    labels = row["labels"]
    if not isinstance(labels, dict) or sorted(labels) != sorted(PERSPECTIVES):
        errs.append(f"labels must be exactly {PERSPECTIVES}")
    else:
        for p, v in labels.items():
            if not (isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) and 0 <= v <= 10):
                errs.append(f"label {p}={v!r} not in [0, 10]")
    allowed = EMPLOYEE_THEMES if row["channel"] == "employee_pulse" else CUSTOMER_THEMES
    seen = set()
    if not isinstance(row["themes"], list):
        errs.append("themes must be a list")
    else:
        for t in row["themes"]:
            if not isinstance(t, dict) or t.get("theme") not in allowed or t.get("polarity") not in (-1, 1) \
                    or isinstance(t.get("polarity"), bool):
                errs.append(f"bad theme {t!r} for channel {row['channel']}")
            elif t["theme"] in seen:
                errs.append(f"theme {t['theme']} twice")
            else:
                seen.add(t["theme"])
    src = row["source"]
    if src not in SOURCES:
        errs.append(f"unknown source {src!r}")
    has_comment = bool(comments(row)) if not errs else False
    if src == "none" and (has_comment or row["themes"]):
        errs.append("source none but a comment or themes")
    if src in ("vader", "template") and not has_comment:
        errs.append(f"source {src} but no comment")
    if src == "hand" and not isinstance(row.get("annotator_note"), str):
        errs.append("hand-labelled row without annotator_note")
    return errs


def asked_perspectives(row):
    out = set()
    for q in row["survey"]["questions"]:
        if q["id"] not in row["response"]["answers"]:
            continue
        p = q.get("perspective") or DEFAULT_PERSPECTIVE.get(q["kind"])
        if p:
            out.add(p)
    return out


def corr(xs, ys):
    n = len(xs)
    if n < 3:
        return float("nan")
    mx, my = sum(xs) / n, sum(ys) / n
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    return sxy / math.sqrt(sxx * syy) if sxx > 0 and syy > 0 else float("nan")


def stats(rows, out):
    n = len(rows)
    p = lambda *a: print(*a, file=out)
    p(f"  rows: {n}; surveys: {len({r['survey']['id'] for r in rows})}")
    by_lang = collections.Counter(r["language"] for r in rows)
    by_chan = collections.Counter(r["channel"] for r in rows)
    p("  languages: " + ", ".join(f"{k} {v}" for k, v in by_lang.most_common()))
    p("  channels:  " + ", ".join(f"{k} {v}" for k, v in by_chan.most_common()))
    p("  sources:   " + ", ".join(f"{k} {v}" for k, v in collections.Counter(r["source"] for r in rows).most_common()))
    langs = [k for k, _ in by_lang.most_common()]
    chans = [k for k, _ in by_chan.most_common()]
    p("  language x channel:")
    p("    " + " " * 20 + "".join(f"{lang:>6}" for lang in langs))
    for c in chans:
        p("    " + f"{c:<20}" + "".join(f"{sum(1 for r in rows if r['channel'] == c and r['language'] == lang):>6}"
                                        for lang in langs))
    with_comment = [r for r in rows if comments(r)]
    p(f"  with a comment: {len(with_comment)} ({100 * len(with_comment) / max(n, 1):.1f}%); per channel: " +
      ", ".join(f"{c} {100 * sum(1 for r in with_comment if r['channel'] == c) / by_chan[c]:.0f}%" for c in chans))
    text_only = sum(1 for r in rows if all(q["kind"] == "text" for q in r["survey"]["questions"]))
    p(f"  text-only surveys (responses): {text_only}")
    kinds = collections.Counter(q["kind"] for r in rows for q in r["survey"]["questions"]
                                if q["id"] in r["response"]["answers"])
    p("  questions shown, by kind: " + ", ".join(f"{k} {v}" for k, v in kinds.most_common()))
    scales = collections.Counter(f"{q['kind']} {scale_of(q)[0]}-{scale_of(q)[1]}" for r in rows
                                 for q in r["survey"]["questions"]
                                 if q["kind"] in ("csat", "ces", "ces_effort", "rating"))
    p("  scales: " + ", ".join(f"{k} {v}" for k, v in scales.most_common()))
    asked = collections.Counter()
    for r in rows:
        a = asked_perspectives(r)
        asked[len(a)] += 1
        for x in a:
            asked[x] += 1
    p("  perspectives asked (explicit or by kind): " + ", ".join(f"{x} {asked[x]}" for x in PERSPECTIVES) +
      f"; responses asking none {asked[0]}, all four {asked[4]}")
    th = collections.Counter((t["theme"], t["polarity"]) for r in rows for t in r["themes"])
    p("  themes (+/-): " + ", ".join(f"{t} {th[(t, 1)]}/{th[(t, -1)]}" for t in CUSTOMER_THEMES + EMPLOYEE_THEMES
                                     if th[(t, 1)] + th[(t, -1)]))
    p("  themes per commented response: " + ", ".join(
        f"{k}: {v}" for k, v in sorted(collections.Counter(len(r['themes']) for r in with_comment).items())))
    p("  labels (mean / sd):")
    for c in chans + ["all"]:
        sub = rows if c == "all" else [r for r in rows if r["channel"] == c]
        cells = []
        for q in PERSPECTIVES:
            v = [r["labels"][q] for r in sub]
            m = sum(v) / len(v)
            sd = math.sqrt(sum((x - m) ** 2 for x in v) / max(len(v) - 1, 1))
            cells.append(f"{q[:4]} {m:4.1f}/{sd:3.1f}")
        p(f"    {c:<20} " + "  ".join(cells))
    p("  label correlations: " + ", ".join(
        f"{a[:4]}-{b[:4]} {corr([r['labels'][a] for r in rows], [r['labels'][b] for r in rows]):.2f}"
        for i, a in enumerate(PERSPECTIVES) for b in PERSPECTIVES[i + 1:]))
    pairs = collections.defaultdict(lambda: ([], []))
    for r in rows:
        for q in r["survey"]["questions"]:
            v = r["response"]["answers"].get(q["id"])
            if v is None or q["kind"] not in ("nps", "csat", "ces", "ces_effort", "yes_no"):
                continue
            persp = q.get("perspective") or DEFAULT_PERSPECTIVE.get(q["kind"])
            if not persp:
                continue
            if q["kind"] == "yes_no":
                x = 1.0 if v else 0.0
            else:
                lo, hi = scale_of(q)
                x = (v - lo) / (hi - lo)
            key = f"{q['kind']}~{persp}"
            pairs[key][0].append(x)
            pairs[key][1].append(r["labels"][persp])
    p("  answer-label correlations: " + ", ".join(f"{k} {corr(*v):.2f} (n={len(v[0])})"
                                                  for k, v in sorted(pairs.items())))
    cases = collections.Counter(c for r in rows for c in r.get("cases", []))
    if cases:
        p("  cases: " + ", ".join(f"{k} {v}" for k, v in cases.most_common()))


def main(paths):
    langs = read_languages()
    bad = 0
    for path in paths:
        rows, problems = [], []
        with open(path, encoding="utf-8") as f:
            for i, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as e:
                    problems.append(f"line {i}: not JSON ({e})")
                    continue
                errs = check_row(row, langs)
                if errs:
                    problems.append(f"line {i} ({row.get('response', {}).get('id')}): " + "; ".join(errs))
                else:
                    rows.append(row)
        ids = collections.Counter(r["response"]["id"] for r in rows)
        problems += [f"response id {k} used {v} times" for k, v in ids.items() if v > 1]
        print(f"{path}: {len(rows)} valid rows, {len(problems)} problems")
        for pr in problems[:20]:
            print("  " + pr)
        bad += len(problems)
        if rows:
            stats(rows, sys.stdout)
    return 1 if bad else 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1:]))
