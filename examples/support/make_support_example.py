#!/usr/bin/env python3
"""Generate the oes support follow-up example (synthetic, seeded, byte-for-byte reproducible).

Run from the repository root (Python 3, standard library only; written against 3.11):

    python3 examples/support/make_support_example.py

It (re)writes, next to this script:

- ``survey.json``      the follow-up survey ``support-followup-2025`` that goes out by SMS or e-mail after a support
                       ticket is closed: CSAT 1-5, CES 2.0 1-7, NPS and an optional comment
- ``responses.jsonl``  300 responses, April to June 2025, segments ``team`` (billing, technical, returns) and
                       ``channel`` (phone, chat, email), each with its ``ticket``

How the data behave (on purpose):

- Time to resolution is log-normal-ish: chat is fastest (median ~2 h), phone next (~7 h), e-mail slowest
  (~1 day); technical tickets take about twice as long as billing ones, returns wait for the parcel (~1.6x).
- Some tickets are still unresolved when the survey goes out (no ``resolved_at``; about 7 %, more for technical).
- Now and then a ticket is reopened (``reopened`` 1, rarely 2); reopened tickets take longer and need more contacts.
- Satisfaction (CSAT), ease (CES) and NPS get worse with a longer TTR, more contacts, a reopen, and when the ticket
  is not resolved at all, so the ``ttr_correlation`` of csat and ces is clearly negative.
- First reply: phone is answered within minutes, chat within a few minutes, e-mail within hours.
- The survey is sent when the ticket is closed (or after 5 days for unresolved ones) and answered from minutes to
  two days later. Timestamps carry ``Z`` (e-mail, stamped by the server) or mostly ``+02:00`` (CEST: the phone
  and chat systems run on local time, though some of their ticket events are logged in UTC).
- ``null`` = shown and skipped (a few CES answers), absent = not shown (NPS is not on the short SMS form sent
  after phone tickets). Comments are mostly English, a few German and Polish.

After writing, the files are read back and checked (kinds and scales, unique ids, RFC 3339, ticket instants in
order, non-negative integer contacts/reopened); the script exits non-zero if anything is off, and prints a short
summary (including Pearson's r between TTR in seconds and CSAT/CES). The data are invented.
"""

import json
import math
import random
import re
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

SEED = 20250401
HERE = Path(__file__).resolve().parent
SURVEY_ID = "support-followup-2025"
N_RESPONSES = 300

RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$")

FIRST = datetime(2025, 4, 1, tzinfo=timezone.utc)
LAST = datetime(2025, 6, 30, 21, 59, 59, tzinfo=timezone.utc)  # 23:59:59 CEST on 30 June

SURVEY = {
    "id": SURVEY_ID,
    "questions": [
        {
            "id": "csat",
            "kind": "csat",
            "text": "How satisfied are you with how we handled your request?",
            "scale": {"min": 1, "max": 5},
            "perspective": "satisfaction",
        },
        {
            "id": "ces",
            "kind": "ces",
            "text": "To what extent do you agree: The company made it easy to handle my issue.",
            "scale": {"min": 1, "max": 7},
            "perspective": "ease",
        },
        {
            "id": "nps",
            "kind": "nps",
            "text": "How likely are you to recommend us to a friend or colleague?",
            "perspective": "recommendation",
        },
        {
            "id": "comment",
            "kind": "text",
            "text": "Is there anything else you would like to tell us? (optional)",
        },
    ],
}

TEAMS = [("billing", 40), ("technical", 35), ("returns", 25)]
CHANNELS = [("phone", 30), ("chat", 40), ("email", 30)]

# median TTR in hours per channel, multiplier per team
TTR_MEDIAN_H = {"chat": 1.5, "phone": 4.0, "email": 20.0}
TEAM_FACTOR = {"billing": 1.0, "technical": 2.1, "returns": 1.6}
TTR_SIGMA = {"chat": 1.0, "phone": 1.0, "email": 0.85}
UNRESOLVED = {"billing": 0.05, "technical": 0.10, "returns": 0.06}
# first reply: median minutes and log sd
FIRST_REPLY = {"phone": (2.0, 0.8), "chat": (3.0, 0.9), "email": (180.0, 0.9)}

COMMENTS = {
    "en": {
        "good": [
            "Sorted out in one go, thank you!",
            "Very quick and friendly.",
            "The agent knew exactly what to do.",
            "Refund arrived the same day, great service.",
            "Clear explanation, no waiting.",
            "Much faster than I expected.",
            "Thanks to Anna from support, she was brilliant.",
            "Easy, polite and done in minutes.",
        ],
        "mixed": [
            "Solved in the end, but it took a while.",
            "Friendly people, but I had to explain the problem twice.",
            "OK, although the first answer did not help.",
            "Fine, but I waited a long time for the first answer.",
            "The fix works, I just wish I had been kept updated.",
            "Took a couple of days, but they got there.",
        ],
        "bad": [
            "Still waiting for a real answer.",
            "I had to contact you four times for the same issue.",
            "Ticket was closed without fixing anything, then reopened.",
            "Nobody read my first message properly.",
            "Over a week for a simple refund. Not acceptable.",
            "Every time I got in touch I got a different agent and a different story.",
            "The problem came back the next day.",
        ],
    },
    "de": {
        "good": ["Schnell und freundlich, danke!", "Super Service, Problem sofort gelöst."],
        "mixed": ["Am Ende gelöst, aber es hat gedauert.", "Freundlich, aber ich musste mich zweimal melden."],
        "bad": ["Ich warte immer noch auf eine Lösung.", "Viel zu lange für eine einfache Rückerstattung."],
    },
    "pl": {
        "good": ["Szybko i sprawnie, dziękuję!", "Bardzo miła obsługa, problem rozwiązany od razu."],
        "mixed": ["Problem rozwiązany, ale trwało to dość długo.", "Musiałem dwa razy tłumaczyć, o co chodzi."],
        "bad": ["Nadal czekam na odpowiedź.", "Zgłoszenie zamknięte bez rozwiązania problemu."],
    },
}


def pick(rng, table):
    keys = [k for k, _ in table]
    weights = [w for _, w in table]
    return rng.choices(keys, weights=weights, k=1)[0]


def clamp_round(x, lo, hi):
    return max(lo, min(hi, int(math.floor(x + 0.5))))


def stamp(instant, local):
    """RFC 3339: UTC with Z, or CEST wall clock with +02:00 (all dates lie in summer time)."""
    if not local:
        return instant.strftime("%Y-%m-%dT%H:%M:%SZ")
    return (instant + timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M:%S") + "+02:00"


def whole(instant):
    return instant.replace(microsecond=0)


def make_one(rng, used):
    team = pick(rng, TEAMS)
    channel = pick(rng, CHANNELS)
    local = channel in ("phone", "chat")

    # ---- the ticket
    start = FIRST - timedelta(days=2)
    opened = whole(start + timedelta(seconds=rng.uniform(0, (LAST - start).total_seconds() - 86400)))
    # office-ish hours: move the opening into 06:00-19:00 UTC (08:00-21:00 CEST)
    opened = opened.replace(hour=6 + opened.hour % 13)

    fr_med, fr_sd = FIRST_REPLY[channel]
    first_reply_s = int(round(60 * fr_med * math.exp(rng.gauss(0, fr_sd))))
    has_first_reply = rng.random() > (0.02 if channel != "email" else 0.06)

    resolved = rng.random() > UNRESOLVED[team]
    reopened = 0
    if resolved and rng.random() < 0.09:
        reopened = 2 if rng.random() < 0.2 else 1
    ttr_h = TTR_MEDIAN_H[channel] * TEAM_FACTOR[team] * math.exp(rng.gauss(0, TTR_SIGMA[channel]))
    ttr_h *= 1 + 1.5 * reopened  # a reopen adds a second round
    ttr_s = max(int(round(ttr_h * 3600)), first_reply_s + 60)
    if channel == "phone" and rng.random() < 0.12:
        ttr_s = first_reply_s + int(rng.uniform(120, 900))  # solved during the first call

    contacts = 1 + min(3, int(math.log2(1 + ttr_h / 12))) + reopened * 2 + (1 if rng.random() < 0.25 else 0)
    if not resolved:
        contacts += 1 + int(rng.random() * 3)

    ticket = {"opened_at": stamp(opened, local)}
    if has_first_reply:
        ticket["first_reply_at"] = stamp(opened + timedelta(seconds=first_reply_s), local and rng.random() < 0.8)
    if resolved:
        closed = opened + timedelta(seconds=ttr_s)
        ticket["resolved_at"] = stamp(closed, local and rng.random() < 0.8)
    else:
        closed = opened + timedelta(days=5)  # the survey goes out after 5 days anyway
    if not (channel == "phone" and rng.random() < 0.3):  # some phone tickets do not log contacts
        ticket["contacts"] = contacts
    ticket["reopened"] = reopened
    ticket["channel"] = channel

    # ---- the answers: experience gets worse with a longer TTR, more contacts, a reopen, no resolution
    ttr_hours = ttr_s / 3600 if resolved else 24 * 5
    mood = (1.35 - 0.55 * math.log1p(ttr_hours / 3) - 0.18 * (contacts - 1) - 0.6 * reopened
            - (1.2 if not resolved else 0.0) + rng.gauss(0, 0.7))
    csat = clamp_round(4.1 + 1.05 * mood + rng.gauss(0, 0.45), 1, 5)
    ces = clamp_round(5.3 + 1.5 * mood + rng.gauss(0, 0.7), 1, 7)
    nps = clamp_round(7.6 + 2.1 * mood + rng.gauss(0, 1.0), 0, 10)

    answers = {"csat": csat}
    answers["ces"] = None if rng.random() < 0.05 else ces
    sms_short_form = channel == "phone"
    if not sms_short_form:
        answers["nps"] = None if rng.random() < 0.04 else nps
    if rng.random() < (0.55 if mood < -0.5 else 0.3):
        lang = pick(rng, [("en", 84), ("de", 9), ("pl", 7)])
        tone = "good" if mood > 0.4 else ("mixed" if mood > -0.6 else "bad")
        pool = COMMENTS[lang][tone]
        last = used.get((lang, tone))
        choice = rng.randrange(len(pool))
        if choice == last and len(pool) > 1:
            choice = (choice + 1) % len(pool)
        used[(lang, tone)] = choice
        answers["comment"] = pool[choice]
    elif rng.random() < 0.15:
        answers["comment"] = None  # box shown, left empty

    # ---- the survey answer: minutes (SMS) to two days (e-mail) after closing
    delay = rng.uniform(300, 6 * 3600) if local else rng.uniform(1800, 48 * 3600)
    submitted = whole(closed + timedelta(seconds=delay))
    return submitted, {
        "survey": SURVEY_ID,
        "submitted_at": stamp(submitted, local),
        "segments": {"team": team, "channel": channel},
        "ticket": ticket,
        "answers": answers,
    }


def make(rng):
    rows = []
    used = {}
    while len(rows) < N_RESPONSES:
        submitted, r = make_one(rng, used)
        if FIRST <= submitted <= LAST:
            rows.append((submitted, r))
    rows.sort(key=lambda sr: sr[0])
    out = []
    for i, (_, r) in enumerate(rows, 1):
        out.append({"id": "t%04d" % i, **r})
    return out


# --------------------------------------------------------------------------------------------------------------------
# read back and check
# --------------------------------------------------------------------------------------------------------------------

def check(cond, msg):
    if not cond:
        sys.exit("check failed: " + msg)


def parse(ts, where):
    check(isinstance(ts, str) and RFC3339.match(ts) is not None, "%s: not RFC 3339: %r" % (where, ts))
    return datetime.fromisoformat(ts.replace("Z", "+00:00"))


def check_files():
    survey = json.loads((HERE / "survey.json").read_text(encoding="utf-8"))
    check(survey == SURVEY, "survey.json round trip")
    qs = {q["id"]: q for q in survey["questions"]}
    ids = set()
    rows = []
    for n, line in enumerate((HERE / "responses.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        r = json.loads(line)
        where = "line %d" % n
        check(r["id"] not in ids, where + ": duplicate id")
        ids.add(r["id"])
        check(r["survey"] == SURVEY_ID, where + ": survey id")
        sub = parse(r["submitted_at"], where)
        check(FIRST <= sub <= LAST, where + ": submitted_at outside April-June 2025")
        check(set(r["segments"]) == {"team", "channel"}, where + ": segments")
        t = r["ticket"]
        opened = parse(t["opened_at"], where)
        for key in ("first_reply_at", "resolved_at"):
            if key in t:
                check(parse(t[key], where) >= opened, where + ": %s before opened_at" % key)
        if "resolved_at" in t:
            check(parse(t["resolved_at"], where) <= sub, where + ": survey answered before the resolution")
        for key in ("contacts", "reopened"):
            if key in t:
                check(isinstance(t[key], int) and not isinstance(t[key], bool) and t[key] >= 0, where + ": " + key)
        for qid, v in r["answers"].items():
            q = qs.get(qid)
            check(q is not None, where + ": unknown question " + qid)
            if v is None:
                continue
            if q["kind"] == "text":
                check(isinstance(v, str) and v, where + ": comment")
            else:
                lo, hi = (0, 10) if q["kind"] == "nps" else (q["scale"]["min"], q["scale"]["max"])
                check(isinstance(v, int) and not isinstance(v, bool) and lo <= v <= hi, where + ": " + qid)
        rows.append(r)
    check(len(rows) == N_RESPONSES, "number of responses")
    return rows


def pearson(xs, ys):
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    return sxy / math.sqrt(sxx * syy)


def median(xs):
    xs = sorted(xs)
    h = (len(xs) - 1) / 2
    lo = int(h)
    return xs[lo] + (h - lo) * (xs[min(lo + 1, len(xs) - 1)] - xs[lo])


def summary(rows):
    def ttr_s(r):
        t = r["ticket"]
        if "resolved_at" not in t:
            return None
        return (parse(t["resolved_at"], "") - parse(t["opened_at"], "")).total_seconds()

    out = ["%d responses, %d resolved, %d reopened, %d with a comment" % (
        len(rows), sum(ttr_s(r) is not None for r in rows), sum(r["ticket"]["reopened"] > 0 for r in rows),
        sum(isinstance(r["answers"].get("comment"), str) for r in rows))]
    for ch in ("chat", "phone", "email"):
        v = [ttr_s(r) / 3600 for r in rows if r["segments"]["channel"] == ch and ttr_s(r) is not None]
        out.append("  %-5s median TTR %.1f h (n %d)" % (ch, median(v), len(v)))
    for q in ("csat", "ces"):
        pairs = [(ttr_s(r), r["answers"][q]) for r in rows if ttr_s(r) is not None and r["answers"].get(q) is not None]
        out.append("  r(TTR, %s) = %.3f (n %d)" % (q, pearson(*zip(*pairs)), len(pairs)))
    months = {}
    for r in rows:
        m = parse(r["submitted_at"], "").astimezone(timezone.utc).strftime("%Y-%m")
        months[m] = months.get(m, 0) + 1
    out.append("  per month: " + ", ".join("%s %d" % kv for kv in sorted(months.items())))
    return "\n".join(out)


def main():
    rng = random.Random(SEED)
    rows = make(rng)
    (HERE / "survey.json").write_bytes((json.dumps(SURVEY, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    (HERE / "responses.jsonl").write_bytes(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8"))
    print(summary(check_files()))


if __name__ == "__main__":
    main()
