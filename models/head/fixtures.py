"""Fixtures shared by the Rust, Python and wasm tests: ``tests/fixtures/oes/features.json`` and ``scores.json``."""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np

import clauses as CL
import features as F


def f32(x) -> float:
    """The shortest decimal that reads back as the same float32."""
    return float(repr(np.float32(x)).replace("np.float32(", "").rstrip(")"))


# ---------------------------------------------------------------------------------------------------------------
# features.json

FEATURE_CASES = [
    {
        "name": "every_scaled_kind",
        "note": "nps, csat (default 1-5), ces (default 1-7), ces_effort (inverted), rating with a negative scale, "
                "declared perspective overriding the default",
        "survey": {"id": "fx-scaled", "questions": [
            {"id": "nps", "kind": "nps", "text": "How likely are you to recommend us to a friend?"},
            {"id": "csat", "kind": "csat", "text": "How satisfied are you with your order?"},
            {"id": "ces", "kind": "ces", "text": "The company made it easy to handle my issue."},
            {"id": "effort", "kind": "ces_effort", "text": "How much effort did you personally have to put forth?",
             "scale": {"min": 1, "max": 7}},
            {"id": "rating", "kind": "rating", "text": "Rate the delivery", "scale": {"min": -2, "max": 2}},
            {"id": "csat3", "kind": "csat", "text": "How was your visit today?", "scale": {"min": 1, "max": 3},
             "perspective": "loyalty"}]},
        "response": {"id": "r1", "submitted_at": "2025-03-01T10:00:00+01:00",
                     "answers": {"nps": 7, "csat": 4, "ces": 6, "effort": 2, "rating": -1, "csat3": 3}},
    },
    {
        "name": "choices_yes_no_and_comment",
        "note": "single choice, multi choice listed out of survey order (rows use survey order), yes/no false with a "
                "declared perspective, a comment with surrounding Unicode white space",
        "survey": {"id": "fx-choices", "questions": [
            {"id": "again", "kind": "yes_no", "text": "Would you buy from us again?", "perspective": "loyalty"},
            {"id": "found", "kind": "yes_no", "text": "Did you find what you were looking for?"},
            {"id": "exp", "kind": "single_choice", "text": "How was your experience?",
             "options": ["Excellent", "Good", "Okay", "Poor", "Very poor"]},
            {"id": "liked", "kind": "multi_choice", "text": "What did you like? (Select all that apply.)",
             "options": ["Delivery", "Prices", "Staff", "Product quality"]},
            {"id": "comment", "kind": "text", "text": "  Anything else you'd like to share?  "}]},
        "response": {"id": "r2", "submitted_at": "2025-03-02T08:30:00Z",
                     "answers": {"again": False, "found": True, "exp": "Good",
                                 "liked": ["Product quality", "Delivery"],
                                 "comment": "\u00a0 Great service, the parcel came early!\u3000\n"}},
    },
    {
        "name": "skipped_empty_and_not_shown",
        "note": "null (skipped) scaled answer, empty comment (= skipped), empty multi-choice array (no text, not "
                "skipped), a question that was not shown (no row), a skipped single choice",
        "survey": {"id": "fx-skips", "questions": [
            {"id": "q1", "kind": "nps", "text": "Jak bardzo prawdopodobne jest, że polecisz nas znajomym?"},
            {"id": "q2", "kind": "csat", "text": "Jak oceniasz zakupy?"},
            {"id": "q3", "kind": "multi_choice", "text": "Co powinniśmy poprawić?", "options": ["Ceny", "Dostawa"]},
            {"id": "q4", "kind": "single_choice", "text": "Powód kontaktu", "options": ["Zwrot", "Reklamacja"]},
            {"id": "q5", "kind": "text", "text": "Czy chcesz coś dodać?"},
            {"id": "q6", "kind": "text", "text": "Co możemy zrobić lepiej?"}]},
        "response": {"id": "r3", "submitted_at": "2025-03-03T12:00:00+02:00",
                     "answers": {"q1": None, "q3": [], "q4": None, "q5": "   ", "q6": "Szybsza dostawa."}},
    },
    {
        "name": "ticket_resolved",
        "note": "ticket row last: resolved after 25 h 30 min (different UTC offsets, fractional seconds), 4 contacts, reopened true",
        "survey": {"id": "fx-ticket", "questions": [
            {"id": "csat", "kind": "csat", "text": "Wie zufrieden sind Sie mit unserem Support?",
             "scale": {"min": 1, "max": 5}},
            {"id": "ces", "kind": "ces", "text": "Das Unternehmen hat es mir leicht gemacht, mein Anliegen zu lösen."},
            {"id": "kommentar", "kind": "text", "text": "Möchten Sie uns noch etwas mitteilen?"}]},
        "response": {"id": "r4", "submitted_at": "2025-04-02T09:00:00Z",
                     "answers": {"csat": 2, "ces": 3, "kommentar": "Drei Anrufe, bis jemand geholfen hat."},
                     "ticket": {"opened_at": "2025-03-31T08:00:00+02:00", "first_reply_at": "2025-03-31T09:15:00+02:00",
                                "resolved_at": "2025-04-01T08:30:00.750+01:00", "contacts": 4, "reopened": True,
                                "channel": "phone"}},
    },
    {
        "name": "ticket_unresolved_many_contacts",
        "note": "unresolved ticket (hours 0, unresolved 1), contacts capped at 10, reopened 0; Greek wording",
        "survey": {"id": "fx-ticket-open", "questions": [
            {"id": "effort", "kind": "ces_effort", "text": "Πόση προσπάθεια χρειάστηκε για να λυθεί το θέμα σας;"}]},
        "response": {"id": "r5", "submitted_at": "2025-05-10T18:00:00+03:00", "answers": {"effort": 5},
                     "ticket": {"opened_at": "2025-05-01T10:00:00+03:00", "contacts": 14, "reopened": 0}},
    },
    {
        "name": "text_only_persian",
        "note": "a text-only survey in Persian (ZWNJ inside the comment is kept)",
        "survey": {"id": "fx-fa", "questions": [
            {"id": "nazar", "kind": "text", "text": "نظر شما درباره‌ی خرید امروز چیست؟"}]},
        "response": {"id": "r6", "submitted_at": "2025-06-01T11:00:00+03:30",
                     "answers": {"nazar": "کیفیت کالا خوب بود ولی ارسال خیلی دیر شد."}},
    },
    {
        "name": "empty_wording_and_rating_perspective",
        "note": "questions with empty or blank wording: no question text; a choice text without the 'wording: ' "
                "prefix; a rating with a declared perspective; a yes/no true",
        "survey": {"id": "fx-blank", "questions": [
            {"id": "r", "kind": "rating", "text": "", "scale": {"min": 0, "max": 10}, "perspective": "satisfaction"},
            {"id": "m", "kind": "multi_choice", "text": "   ", "options": ["Staff", "Prices", "Cleanliness"]},
            {"id": "y", "kind": "yes_no"}]},
        "response": {"id": "r7", "submitted_at": "2025-07-01T00:00:00Z",
                     "answers": {"r": 10, "m": ["Cleanliness", "Staff"], "y": True}},
    },
    {
        "name": "employee_pulse",
        "note": "eNPS pulse with a reversed loyalty choice, workload rating, a skipped yes/no and a comment",
        "survey": {"id": "fx-pulse", "questions": [
            {"id": "enps", "kind": "nps", "text": "How likely are you to recommend this company as a place to work?"},
            {"id": "stay", "kind": "yes_no", "text": "Do you see yourself working here in a year?",
             "perspective": "loyalty"},
            {"id": "workload", "kind": "rating", "text": "How manageable is your workload?",
             "scale": {"min": 1, "max": 5}},
            {"id": "mood", "kind": "single_choice", "text": "How are you feeling about work this week?",
             "options": ["Bad", "Not great", "Okay", "Good", "Great"]},
            {"id": "comment", "kind": "text", "text": "What would make work better for you?"}]},
        "response": {"id": "r8", "submitted_at": "2025-08-15T16:45:00+02:00",
                     "answers": {"enps": 3, "stay": None, "workload": 2, "mood": "Not great",
                                 "comment": "Too many meetings and no time to do the actual work."}},
    },
]


def features_fixture() -> dict:
    cases = []
    for c in FEATURE_CASES:
        rs = F.rows(c["survey"], c["response"])
        cases.append({"name": c["name"], "note": c["note"], "survey": c["survey"], "response": c["response"],
                      "rows": [{"question": r.question, "scalars": [f32(x) for x in r.scalars],
                                "answer_text": r.answer_text, "question_text": r.question_text} for r in rs]})
    return {
        "description": "Expected per-answer rows (docs/oes-model.md, 'Per-answer features') of each response, "
                       "computed by models/head/features.py (the Python mirror of oes-core/src/oes/features.rs). "
                       "Each row: the question id (null for the ticket row), the 24 scalar features (float32; compare "
                       "within 1e-6), the text whose embedding fills features 24-407 and the question wording whose "
                       "embedding fills 408-791 (null = zeros). Rows are in survey order, the ticket row last; "
                       "questions not shown give no row. Generated by models/head/build_head.py: do not edit.",
        "cases": cases,
    }


# ---------------------------------------------------------------------------------------------------------------
# scores.json

SCORE_CASES = [
    {
        "name": "en_mixed_email",
        "language": "en",
        "survey": {"id": "sx-en", "questions": [
            {"id": "nps", "kind": "nps", "text": "How likely are you to recommend Northwind to a friend or colleague?"},
            {"id": "csat", "kind": "csat", "text": "Overall, how satisfied were you with your order?"},
            {"id": "again", "kind": "yes_no", "text": "Would you order from Northwind again?",
             "perspective": "loyalty"},
            {"id": "why", "kind": "text", "text": "What is the main reason for your Northwind score?"}]},
        "response": {"id": "sx-en-1", "submitted_at": "2025-02-11T19:03:00Z",
                     "answers": {"nps": 8, "csat": 4, "again": True,
                                 "why": "Good quality shoes, but the courier left them in the rain."}},
    },
    {
        "name": "pl_unhappy_support_with_ticket",
        "language": "pl",
        "survey": {"id": "sx-pl", "questions": [
            {"id": "q1", "kind": "csat", "text": "Jak oceniasz pomoc naszego konsultanta?"},
            {"id": "q2", "kind": "ces_effort", "text": "Ile wysiłku kosztowało Cię załatwienie sprawy?"},
            {"id": "q3", "kind": "text", "text": "Opisz krótko, co się wydarzyło."}]},
        "response": {"id": "sx-pl-1", "submitted_at": "2025-03-20T12:10:00+01:00",
                     "answers": {"q1": 2, "q2": 5,
                                 "q3": "Trzy razy dzwoniłam, za każdym razem ktoś inny i nikt nie znał sprawy."},
                     "ticket": {"opened_at": "2025-03-12T09:00:00+01:00", "resolved_at": "2025-03-19T17:30:00+01:00",
                                "contacts": 3, "reopened": 1}},
    },
    {
        "name": "de_kiosk_positive",
        "language": "de",
        "survey": {"id": "sx-de", "questions": [
            {"id": "zufrieden", "kind": "csat", "text": "Wie war Ihr Besuch heute?", "scale": {"min": 1, "max": 3}},
            {"id": "gefallen", "kind": "multi_choice", "text": "Was hat Ihnen gefallen?",
             "options": ["Personal", "Sauberkeit", "Wartezeit", "Preise"]},
            {"id": "anmerkung", "kind": "text", "text": "Möchten Sie uns noch etwas sagen?"}]},
        "response": {"id": "sx-de-1", "submitted_at": "2025-04-04T15:20:00+02:00",
                     "answers": {"zufrieden": 3, "gefallen": ["Sauberkeit", "Personal"],
                                 "anmerkung": "Sehr freundliche Beratung, gerne wieder!"}},
    },
    {
        "name": "el_nps_only",
        "language": "el",
        "survey": {"id": "sx-el", "questions": [
            {"id": "nps", "kind": "nps", "text": "Πόσο πιθανό είναι να μας προτείνετε σε έναν φίλο σας;"},
            {"id": "ces", "kind": "ces", "text": "Η εταιρεία μού έκανε εύκολη τη διαδικασία."}]},
        "response": {"id": "sx-el-1", "submitted_at": "2025-05-05T10:00:00+03:00",
                     "answers": {"nps": 4, "ces": 3}},
    },
    {
        "name": "fa_comment_and_nps",
        "language": "fa",
        "survey": {"id": "sx-fa", "questions": [
            {"id": "nps", "kind": "nps", "text": "چقدر احتمال دارد ما را به دوستانتان پیشنهاد کنید؟"},
            {"id": "comment", "kind": "text", "text": "دلیل اصلی امتیاز شما چیست؟"}]},
        "response": {"id": "sx-fa-1", "submitted_at": "2025-06-07T13:30:00+03:30",
                     "answers": {"nps": 9, "comment": "پشتیبانی خیلی سریع و مودب بود، ممنون."}},
    },
    {
        "name": "en_text_only_negative",
        "language": "en",
        "survey": {"id": "sx-text", "questions": [
            {"id": "feedback", "kind": "text", "text": "Tell us about your visit."}]},
        "response": {"id": "sx-text-1", "submitted_at": "2025-07-01T09:00:00Z",
                     "answers": {"feedback": "Waited forty minutes, the staff ignored us and the table was dirty. "
                                             "Never again."}},
    },
    {
        "name": "es_employee_pulse",
        "language": "es",
        "survey": {"id": "sx-es", "questions": [
            {"id": "enps", "kind": "nps", "text": "¿Recomendarías esta empresa como lugar de trabajo?"},
            {"id": "stay", "kind": "yes_no", "text": "¿Te ves trabajando aquí dentro de un año?",
             "perspective": "loyalty"},
            {"id": "carga", "kind": "rating", "text": "¿Cómo de manejable es tu carga de trabajo?",
             "scale": {"min": 1, "max": 5}},
            {"id": "mejorar", "kind": "text", "text": "¿Qué mejorarías?"}]},
        "response": {"id": "sx-es-1", "submitted_at": "2025-09-12T17:00:00+02:00",
                     "answers": {"enps": 6, "stay": True, "carga": 2,
                                 "mejorar": "Buen equipo, pero el sueldo no sube desde hace dos años."}},
    },
    {
        "name": "en_skipped_everything_ticket_only",
        "language": "en",
        "survey": {"id": "sx-skip", "questions": [
            {"id": "score", "kind": "nps", "text": "Would you recommend our helpdesk to a colleague?"},
            {"id": "note", "kind": "text", "text": "Any comments on the support you received?"}]},
        "response": {"id": "sx-skip-1", "submitted_at": "2025-10-02T08:00:00Z",
                     "answers": {"score": None, "note": ""},
                     "ticket": {"opened_at": "2025-10-01T08:00:00Z", "resolved_at": "2025-10-01T08:40:00Z",
                                "contacts": 1, "reopened": False}},
    },
]

EMBEDDING_TEXTS = ["Great service!", "Obsługa była bardzo miła.", "Η παράδοση άργησε."]


def scores_fixture(encoder: F.Encoder, head_path, head_sha: str, encoder_sha: str,
                   calibration: dict | None = None) -> tuple[dict, dict]:
    """Expected head outputs of each case, scored on its own as ``Scorer::score`` does it (batch size 32), with the
    confidences and themes oes reports under ``calibration`` (calibrate.py)."""
    import calibrate as C
    from evaluate import Head, audience_themes
    head = Head(head_path)
    qtexts = [F.rust_trim(q.get("text", "")) for c in SCORE_CASES for q in c["survey"]["questions"]]
    qtexts = [t for t in qtexts if t]
    assert len(qtexts) == len(set(qtexts)), "question wordings must differ across cases (the scorer caches them)"
    entries, sens = [], []
    for c in SCORE_CASES:
        X, M, rs = F.score_features(c["survey"], [c["response"]], encoder, batch_size=32)
        out = head.run(X, M)
        s = C.scores(calibration, X, M, out["logits"])[0]
        threshold = C.theme_threshold(calibration)
        pol = C.polarity(calibration, out["polarity"][0], out["logits"][0][None, :])
        allowed = audience_themes(c["survey"].get("audience"))
        themes = sorted([{"question": r.question, "theme": t, "polarity": round(float(pol[a, i]), 6)}
                         for a, r in enumerate(rs[0]) if r.answer_text is not None
                         for i, t in enumerate(F.THEMES) if out["themes"][0, a, i] >= threshold and allowed[i]],
                        key=lambda m: (m["question"], m["theme"]))
        # the themes read clause by clause (clauses.py; Scorer::with_clause_themes)
        clause_themes = None
        if calibration and "clause_themes" in calibration:
            ct = calibration["clause_themes"]
            prob, cpol = np.array(out["themes"][0], np.float64), np.array(pol, np.float64)
            for a, r in enumerate(rs[0]):
                cut = CL.clauses(r.answer_text, ct["max_clauses"], ct["min_words"]) if (
                    r.scalars[8] == 1.0 and r.answer_text is not None) else []
                if cut:
                    prob[a], cpol[a] = CL.read(head, encoder.embed(cut, batch_size=32), prob[a], out["logits"][0],
                                               calibration)
            clause_themes = sorted([{"question": r.question, "theme": t, "probability": round(float(prob[a, i]), 6),
                                     "polarity": round(float(cpol[a, i]), 6)}
                                    for a, r in enumerate(rs[0]) if r.answer_text is not None
                                    for i, t in enumerate(F.THEMES) if prob[a, i] >= ct["threshold"] and allowed[i]],
                                   key=lambda m: (m["question"], m["theme"]))
        # batching sensitivity: the same texts each embedded alone instead of in the scorer's batches
        X1 = X.copy()
        for a, r in enumerate(rs[0]):
            F.write_row(r, None if r.answer_text is None else encoder.embed([r.answer_text])[0],
                        None if r.question_text is None else encoder.embed([r.question_text])[0], X1[0, a])
        sens.append(float(np.abs(C.scores(calibration, X1, M, head.run(X1, M)["logits"])[0] - s).max()))
        # the logits and the reported scores of the response re-scored without each row (that row taken out of the
        # features): an answer's effect is the change of the reported score
        n = len(rs[0])
        without, effects = [], []
        for a in range(n):
            Xa, Ma = np.delete(X, a, axis=1), np.delete(M, a, axis=1)
            z = head.run(Xa, Ma)["logits"]
            without.append(z[0])
            effects.append(s - C.scores(calibration, Xa, Ma, z)[0])
        conf = C.confidence(calibration, rs[0], out["confidence"][0], s, out["logits"][0], np.array(without))
        entries.append({
            "name": c["name"], "language": c["language"], "survey": c["survey"], "response": c["response"],
            "expected": {**{p: round(float(s[i]), 6) for i, p in enumerate(F.PERSPECTIVES)},
                         "confidence": {p: round(float(conf[i]), 6) for i, p in enumerate(F.PERSPECTIVES)},
                         "head_confidence": {p: round(float(out["confidence"][0, i]), 6)
                                             for i, p in enumerate(F.PERSPECTIVES)},
                         "themes": themes,
                         **({"clause_themes": clause_themes} if clause_themes is not None else {}),
                         "logits": [round(float(x), 6) for x in out["logits"][0]],
                         "terms": [[round(float(x), 6) for x in out["terms"][0, a]] for a in range(n)],
                         "without": [[round(float(x), 6) for x in w] for w in without],
                         "effects": [[round(float(x), 6) for x in e] for e in effects]},
        })
    emb = [{"text": t, "first8": [round(float(x), 7) for x in encoder.embed([t])[0][:8]]} for t in EMBEDDING_TEXTS]
    fixture = {
        "description": "Expected OES head outputs for realistic responses, computed in Python by models/head "
                       "(features.py -> encoder.onnx via onnxruntime -> head.onnx via onnxruntime). Scores are what "
                       "oes reports: 10 sigmoid(logit) through the score calibration stored in head.onnx "
                       "(models/head/calibrate.py, scores); 'terms' are per row in the row order of features.rs, "
                       "'without' the logits of the response re-scored without each row, and 'effects' each row's "
                       "effect on the four reported scores (the score minus the reported score of the response "
                       "re-scored without that row). 'confidence' is what oes reports (the head's 'head_confidence' "
                       "through the calibration stored in head.onnx, models/head/calibrate.py); 'themes' are the "
                       "themes reported (those of probability 'theme_threshold' or more) with the polarity oes "
                       "reports; 'clause_themes' those reported with the themes read clause by clause "
                       "(models/head/clauses.py, Scorer::with_clause_themes: each clause embedded alone, from "
                       "'clause_theme_threshold'), with their probabilities and the polarities of their clauses. "
                       "Each response is scored on its own, as Scorer::score does it with the default batch size "
                       "32: the question wordings (sorted, distinct) are embedded in one call, then the distinct "
                       "answer texts in order of first appearance in another; no wording repeats across cases, so a scorer reused "
                       "across cases gives the same batches. The encoder keeps its activations in float32 (int8 "
                       "weights only), so another batching moves the scores by float rounding only: "
                       "'batching_sensitivity' is the largest score change measured when each text is embedded "
                       "alone instead. Embeddings: each "
                       "text embedded alone (batch of one, 'query: ' prefix). Compare within 1e-3. Generated by "
                       "models/head/build_head.py: do not edit.",
        "encoder_sha256": encoder_sha, "head_sha256": head_sha,
        "theme_threshold": C.theme_threshold(calibration),
        **({"clause_theme_threshold": calibration["clause_themes"]["threshold"]}
           if calibration and "clause_themes" in calibration else {}),
        "batching_sensitivity": {"max_abs_score_change_when_each_text_is_embedded_alone": float(f"{max(sens):.3g}")},
        "cases": entries,
        "embeddings": emb,
    }
    return fixture, {"batching_sensitivity_max": max(sens), "per_case": sens}


def write_json(path, obj) -> None:
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_text(json.dumps(obj, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
