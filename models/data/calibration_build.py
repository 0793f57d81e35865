#!/usr/bin/env python3
"""Builds models/data/calibration.jsonl, the calibration split, from the hand-written, hand-labelled responses below.

    python3 models/data/calibration_build.py      # rewrites calibration.jsonl; then check.py validates it

The calibration split fits the decisions the scorer takes on top of the head (the theme threshold and the confidence
calibration, ``models/head/calibrate.py``); it is never trained on, and the validation set
(``validation.jsonl``) is never used to fit anything. Its surveys, answers and comments were written by hand for
this file, separately from the generator (``generate.py`` and its bank) and from the validation set (other brands,
other wordings, other stories; ``main`` checks that no comment shares a 4-word sequence with either), and labelled
by the same rules as the validation set (``validation_build.py``):

- a perspective the survey asks about is anchored on its answer mapped to 0-10, then moved by what the comment says;
- a perspective that is not asked is inferred from the comment and the other answers; with no evidence it is set
  near the answered perspectives, pulled a little towards the middle;
- when the comment contradicts the score both count; sarcasm is read for what it means;
- themes are only those the comment itself mentions, with the polarity the respondent gives them.

``cases`` tags the hard cases as in the validation set; text_only and no_comment are added automatically. Persian
strings use '~' for the zero-width non-joiner.
"""

import collections
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "calibration.jsonl")
TZ = dict(en="+00:00", pl="+01:00", de="+01:00", el="+02:00", fa="+03:30", es="+01:00", fr="+01:00")
COUNTRY = dict(en="IE", pl="PL", de="AT", el="CY", fa="IR", es="MX", fr="BE")
ROWS = []
_count = collections.Counter()


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
    if isinstance(x, str):
        return x.replace("~", "\u200c")
    if isinstance(x, list):
        return [zwnj(i) for i in x]
    if isinstance(x, dict):
        return {k: zwnj(v) for k, v in x.items()}
    return x


def r(lang, channel, sv, answers, labels, themes="", cases="", note=""):
    """One hand-labelled response; labels = (satisfaction, recommendation, ease, loyalty)."""
    _count[lang] += 1
    k = _count[lang]
    day = (k * 41 + sum(map(ord, lang)) * 13) % 300
    secs = 7 * 3600 + (k * 6607 + day * 577) % (14 * 3600)
    ts = datetime.datetime(2025, 2, 1) + datetime.timedelta(days=day, seconds=secs)
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
    ROWS.append({
        "language": lang, "channel": channel, "survey": sv,
        "response": {"id": f"c-{lang}-{k:03d}", "survey": sv["id"],
                     "submitted_at": ts.strftime("%Y-%m-%dT%H:%M:%S") + TZ[lang],
                     "segments": {"channel": channel, "country": COUNTRY[lang]}, "answers": answers},
        "labels": dict(zip(["satisfaction", "recommendation", "ease", "loyalty"], [float(v) for v in labels])),
        "themes": th, "source": "hand", "annotator_note": note, "cases": tags,
    })


E, SMS, KIO, WEB, QR, FL, EMP = ("email_post_purchase", "sms_support", "kiosk", "web_widget", "qr_receipt",
                                 "flash_poll", "employee_pulse")

# ----------------------------------------------------------------------------------------------------- English
EN1 = survey("greenleaf-grocer-en",
             q("nps", "nps", "How likely are you to recommend Greenleaf Grocer's home delivery to someone you know?"),
             q("basket", "csat", "How happy were you with the groceries in your basket?", (1, 5)),
             q("slot", "ces", "Booking a delivery slot was straightforward.", (1, 7)),
             q("note", "text", "Anything you'd like to tell the Greenleaf team?"))
EN2 = survey("skyhop-air-en", q("nps", "nps", "How likely would you be to fly SkyHop again or recommend us?"),
             q("reason", "text", "What's the main reason for that score?"))
EN3 = survey("fibrenet-helpdesk-sms",
             q("solved", "yes_no", "Was your broadband issue fixed on this contact?", perspective="ease"),
             q("agent", "csat", "How would you rate the agent who helped you? 1-5", (1, 5)),
             q("txt", "text", "Text us anything else about your experience."))
EN4 = survey("quickwash-kiosk", q("wash", "csat", "How was your car wash today?", (1, 3), perspective="satisfaction"),
             q("tell", "text", "Tell us why (optional)"))
EN5 = survey("taxportal-widget-en", q("easy", "ces", "Filing my return on this portal was easy.", (1, 7)),
             q("fix", "text", "What one thing should we fix?"))
EN6 = survey("copperkettle-receipt", q("visit", "rating", "Rate your meal tonight from 1 to 10.", (1, 10),
                                       perspective="satisfaction"),
             q("back", "yes_no", "Will you dine with us again?", perspective="loyalty"),
             q("words", "text", "A few words about your evening?"))
EN7 = survey("meridian-staff-pulse",
             q("enps", "nps", "How likely are you to recommend Meridian Logistics as an employer?"),
             q("year", "yes_no", "Do you plan to still be with Meridian next year?", perspective="loyalty"),
             q("load", "rating", "My workload is manageable.", (1, 5)),
             q("say", "text", "Is there anything you want the leadership team to know?"))
EN8 = survey("flash-word-en", q("word", "text", "Describe your last visit to our store in a sentence."))

r("en", E, EN1, {"nps": 9, "basket": 5, "slot": 6,
                 "note": "Driver carried everything up three flights without a word of complaint. Veg was really fresh too."},
  (9, 9, 8, 9), "staff+ delivery+ product_quality+")
r("en", E, EN1, {"nps": 3, "basket": 2, "slot": 3,
                 "note": "Half the order substituted with random stuff. Oat milk became cow's milk?? And the slot I booked got moved without telling me."},
  (2, 2.5, 3, 3), "product_quality- delivery- communication-")
r("en", E, EN1, {"nps": 7, "basket": 4, "slot": 7, "note": "Prices keep creeping up every single month."},
  (6, 6.5, 8, 6), "price-", note="Only a price complaint; ease anchored on the slot answer.")
r("en", E, EN1, {"nps": 10, "basket": 5, "slot": 7, "note": None}, (9.5, 10, 10, 9.5))
r("en", E, EN1, {"nps": 8, "basket": 3, "slot": 2,
                 "note": "Food is good but the app is a nightmare. Every time I try to pick a slot it logs me out and I have to start again. Took me 25 minutes last week."},
  (5.5, 7, 2, 6.5), "product_quality+ website_app-", "mixed long")
r("en", E, EN1, {"nps": 6, "basket": 4, "slot": 5, "note": "ok"}, (6.5, 6, 6.5, 6), cases="short")
r("en", E, EN2, {"nps": 1, "reason": "Lost my bag, then the call centre hung up on me twice. Still waiting for a reply to my claim after 3 weeks."},
  (1, 0.5, 1, 1), "communication- staff-")
r("en", E, EN2, {"nps": 9, "reason": "Cabin crew were lovely and we landed early. Seats are a bit tight for tall people."},
  (8.5, 9, 8, 8.5), "staff+ waiting_time+ product_quality-", "mixed")
r("en", E, EN2, {"nps": 5, "reason": "Cheap fares but you pay for everything else, even a glass of water. Feels like a con."},
  (4, 4.5, 5, 4.5), "price-", "mixed")
r("en", E, EN2, {"nps": 10, "reason": "Oh sure, a 6 hour delay with no food vouchers. Best airline ever."},
  (1, 1, 1.5, 1.5), "waiting_time-", "sarcasm contradiction",
  "Sarcastic praise with a 10: the comment is read for what it means, the 10 is probably a mis-tap or irony.")
r("en", SMS, EN3, {"solved": True, "agent": 5, "txt": "Priya was brilliant, explained everything and the line's been rock solid since"},
  (9, 8.5, 9, 8.5), "staff+ communication+")
r("en", SMS, EN3, {"solved": False, "agent": 2, "txt": "Engineer never showed. Took a day off work for nothing."},
  (1.5, 1.5, 1, 2.5), "staff- waiting_time-")
r("en", SMS, EN3, {"solved": True, "agent": 3, "txt": "Fixed in the end but 40 mins in the queue first"},
  (5.5, 5.5, 4, 6), "waiting_time-", "mixed")
r("en", SMS, EN3, {"solved": False, "agent": 4, "txt": None}, (5, 5, 3, 5.5))
r("en", SMS, EN3, {"solved": True, "agent": 5, "txt": "Thanks, fast and polite. Bill was wrong last month tho, still not credited."},
  (6.5, 7, 7, 6.5), "staff+ billing-", "mixed")
r("en", KIO, EN4, {"wash": 3, "tell": "Spotless, even the wheels."}, (9.5, 9, 9, 9), "cleanliness+ product_quality+")
r("en", KIO, EN4, {"wash": 1, "tell": "Brushes left streaks all over the bonnet and the dryer didn't work"},
  (1.5, 1.5, 4, 2.5), "product_quality- cleanliness-")
r("en", KIO, EN4, {"wash": 2, "tell": None}, (5, 5, 6, 5.5))
r("en", KIO, EN4, {"wash": 2, "tell": "Queue was huge, wash itself fine"}, (5, 5, 4, 6), "waiting_time- product_quality+", "mixed")
r("en", WEB, EN5, {"easy": 2, "fix": "The upload button just spins forever. Tried three browsers."},
  (2, 2.5, 1.5, 4), "website_app-", note="Public portal: loyalty is hardly a choice, set middling-low.")
r("en", WEB, EN5, {"easy": 6, "fix": "Nothing really, much better than the old site."}, (8, 7.5, 8.5, 7.5), "website_app+")
r("en", WEB, EN5, {"easy": 4, "fix": "Explain the jargon! What on earth is a 'provisional assessment notice'?"},
  (4.5, 4.5, 3.5, 5), "communication-")
r("en", QR, EN6, {"visit": 9, "back": True, "words": "Gorgeous lamb, attentive waiter, fair prices for the quality."},
  (9, 9, 8.5, 9.5), "product_quality+ staff+ price+")
r("en", QR, EN6, {"visit": 4, "back": False,
                  "words": "We waited over an hour for mains and the table next to us got served first. Manager just shrugged. The soup was cold when it finally arrived. Not coming back, which is a shame because the place used to be great."},
  (2, 2, 3, 1), "waiting_time- staff- product_quality-", "long")
r("en", QR, EN6, {"visit": 7, "back": True, "words": "Nice food, toilets could do with a clean"}, (6.5, 7, 7, 7.5),
  "product_quality+ cleanliness-", "mixed")
r("en", QR, EN6, {"visit": 8, "back": None, "words": None}, (8, 7.5, 7.5, 7), cases="skipped")
r("en", EMP, EN7, {"enps": 8, "year": True, "load": 4, "say": "Good team, supportive manager. Would love a clearer path to promotion."},
  (7.5, 8, 7, 8), "colleagues+ management+ growth-", "mixed")
r("en", EMP, EN7, {"enps": 2, "year": False, "load": 1,
                   "say": "We're three people short on nights and nobody upstairs cares. Pay hasn't moved in two years while fuel costs doubled."},
  (1.5, 2, 2, 1), "workload- management- pay-")
r("en", EMP, EN7, {"enps": 6, "year": True, "load": 3, "say": "It's a job. Colleagues are what keep me here."},
  (5.5, 6, 6, 6.5), "colleagues+", "mixed")
r("en", EMP, EN7, {"enps": 9, "year": True, "load": 4, "say": None}, (8.5, 9, 8, 9))
r("en", EMP, EN7, {"enps": 7, "year": None, "load": 2, "say": "Too many meetings about meetings. Let us actually do the work."},
  (5, 6.5, 3.5, 6), "workload- management-", "mixed")
r("en", FL, EN8, {"word": "Couldn't find a single member of staff to ask about sizes."}, (3, 3, 2.5, 4), "staff-")
r("en", FL, EN8, {"word": "Lovely shop, shame about the prices"}, (6, 6, 6.5, 5.5), "price-", "mixed short")
r("en", FL, EN8, {"word": "Done inside five minutes, the self checkout actually worked for once"}, (8, 7.5, 9, 7.5),
  "waiting_time+ website_app+")

# ----------------------------------------------------------------------------------------------------- Polish
PL1 = survey("meblik-zamowienie-pl",
             q("nps", "nps", "Jak bardzo prawdopodobne jest, że polecisz sklep Meblik rodzinie lub znajomym?"),
             q("produkt", "csat", "Jak oceniasz zamówione meble?", (1, 5)),
             q("wysilek", "ces_effort", "Ile wysiłku wymagało złożenie zamówienia i odbiór?", (1, 5)),
             q("uwagi", "text", "Co chcesz nam przekazać?"))
PL2 = survey("telenet-pomoc-sms-pl", q("ocena", "csat", "Oceń pomoc konsultanta w skali 1-5.", (1, 5)),
             q("kom", "text", "Napisz, jeśli chcesz coś dodać."))
PL3 = survey("piekarnia-kiosk-pl", q("wizyta", "csat", "Jak było dziś w naszej piekarni?", (1, 3),
                                     perspective="satisfaction"),
             q("slowo", "text", "Jedno zdanie od Ciebie?"))
PL4 = survey("bilety-widget-pl", q("latwo", "ces", "Kupno biletu na stronie było łatwe.", (1, 7)),
             q("popraw", "text", "Co powinniśmy poprawić?"))
PL5 = survey("drukarnia-puls-pl",
             q("enps", "nps", "Czy poleciłbyś naszą drukarnię jako miejsce pracy?"),
             q("zostane", "yes_no", "Czy widzisz się u nas za rok?", perspective="loyalty"),
             q("obciazenie", "rating", "Moje obciążenie pracą jest rozsądne.", (1, 5)),
             q("glos", "text", "Co chcesz przekazać zarządowi?"))
PL6 = survey("flash-opinia-pl", q("opinia", "text", "Jak w skrócie oceniasz naszą obsługę?"))

r("pl", E, PL1, {"nps": 9, "produkt": 5, "wysilek": 1, "uwagi": "Szafa przyszła szybciej niż obiecali, wszystko pasuje, instrukcja czytelna."},
  (9, 9, 9, 9), "delivery+ product_quality+ communication+")
r("pl", E, PL1, {"nps": 2, "produkt": 2, "wysilek": 4,
                 "uwagi": "Blat cały w rysach, jedna z nóg krótsza. Reklamację zgłaszam od dwóch tygodni i cisza."},
  (1.5, 1.5, 2, 1.5), "product_quality- communication-")
r("pl", E, PL1, {"nps": 7, "produkt": 4, "wysilek": 3, "uwagi": "Dobre łóżko, ale kurier uprzedził telefonem dopiero kwadrans przed dostawą, musiałem zwalniać się z pracy."},
  (6.5, 7, 4.5, 7), "product_quality+ delivery-", "mixed")
r("pl", E, PL1, {"nps": 8, "produkt": 4, "wysilek": 2, "uwagi": None}, (8, 8, 7.5, 7.5))
r("pl", E, PL1, {"nps": 5, "produkt": 3, "wysilek": 2, "uwagi": "Drogo jak na płytę wiórową."}, (4.5, 5, 7, 5), "price- product_quality-")
r("pl", E, PL1, {"nps": 10, "produkt": 5, "wysilek": 1, "uwagi": "Super"}, (9.5, 10, 9.5, 9.5), cases="short")
r("pl", SMS, PL2, {"ocena": 5, "kom": "Pan Marek wszystko wyjaśnił cierpliwie, problem z fakturą rozwiązany od ręki."},
  (9, 8.5, 9, 8.5), "staff+ billing+")
r("pl", SMS, PL2, {"ocena": 1, "kom": "Godzina na linii, potem rozłączyło. Dzięki, naprawdę świetna obsługa."},
  (1, 1, 0.5, 2.5), "waiting_time- staff-", "sarcasm")
r("pl", SMS, PL2, {"ocena": 3, "kom": "Konsultantka miła, ale internet dalej nie działa"}, (4, 4, 3, 4.5), "staff+ product_quality-", "mixed")
r("pl", SMS, PL2, {"ocena": 4, "kom": None}, (7.5, 7, 7, 7))
r("pl", SMS, PL2, {"ocena": 2, "kom": "Znowu naliczyliście mi opłatę za usługę, której nie zamawiałam. Trzeci raz w tym roku!"},
  (1.5, 1.5, 2, 2), "billing-")
r("pl", KIO, PL3, {"wizyta": 3, "slowo": "Najlepsze drożdżówki w mieście, a pani przy kasie zawsze uśmiechnięta."},
  (9.5, 9.5, 8.5, 9.5), "product_quality+ staff+")
r("pl", KIO, PL3, {"wizyta": 1, "slowo": "Brudna lada i muchy przy ciastach."}, (1.5, 1.5, 5, 2.5), "cleanliness-")
r("pl", KIO, PL3, {"wizyta": 2, "slowo": "Kolejka do drzwi, a czynna jedna kasa"}, (4.5, 5, 3, 6), "waiting_time-")
r("pl", KIO, PL3, {"wizyta": 3, "slowo": None}, (8.5, 8, 8, 8))
r("pl", KIO, PL3, {"wizyta": 2, "slowo": "chleb ok ale ceny poszły w gore strasznie"}, (5, 5, 6.5, 5), "product_quality+ price-",
  "mixed no_diacritics")
r("pl", WEB, PL4, {"latwo": 1, "popraw": "Płatność BLIK odrzucana za każdym razem, a pieniądze i tak zeszły z konta."},
  (1, 1.5, 1, 3), "website_app- billing-")
r("pl", WEB, PL4, {"latwo": 7, "popraw": "Nic, wszystko działa sprawnie."}, (8.5, 8, 9.5, 8), "website_app+", "negation")
r("pl", WEB, PL4, {"latwo": 5, "popraw": "Wybór miejsc na mapce sali jest mało czytelny na telefonie."}, (6, 6, 5.5, 6.5), "website_app-")
r("pl", WEB, PL4, {"latwo": 3, "popraw": "Dlaczego muszę zakładać konto, żeby kupić jeden bilet?"}, (4, 4, 3, 5), "website_app-")
r("pl", EMP, PL5, {"enps": 8, "zostane": True, "obciazenie": 4, "glos": "Fajna ekipa, dużo się uczę od starszych kolegów."},
  (8, 8, 7, 8.5), "colleagues+ growth+")
r("pl", EMP, PL5, {"enps": 3, "zostane": False, "obciazenie": 2,
                   "glos": "Nadgodziny co tydzień, a premie obcięte. Kierownik zmiany krzyczy na ludzi przy wszystkich."},
  (1.5, 2.5, 2, 1), "workload- pay- management-")
r("pl", EMP, PL5, {"enps": 6, "zostane": True, "obciazenie": 3, "glos": "Pensja mogłaby być wyższa, ale atmosfera w zespole dobra."},
  (6, 6, 6, 7), "pay- colleagues+", "mixed")
r("pl", EMP, PL5, {"enps": 0, "zostane": False, "obciazenie": 1, "glos": None}, (1, 0.5, 1.5, 0.5))
r("pl", EMP, PL5, {"enps": 9, "zostane": True, "obciazenie": 4,
                   "glos": "Dziękuję za szkolenia z nowej maszyny. Pierwszy raz czuję, że firma we mnie inwestuje. Jedyne, co bym zmienił, to komunikacja między zmianami - często nie wiemy, co zostało zrobione w nocy, i tracimy przez to czas."},
  (8, 8.5, 6.5, 9), "growth+ management-", "mixed long")
r("pl", EMP, PL5, {"enps": 7, "zostane": None, "obciazenie": 3, "glos": "Nie narzekam."}, (6.5, 7, 6.5, 6.5), cases="negation short")
r("pl", FL, PL6, {"opinia": "Szybko, sprawnie i bez zbędnego gadania."}, (8.5, 8, 9, 8), "waiting_time+ staff+")
r("pl", FL, PL6, {"opinia": "Obsługa niby miła, ale nikt nie potrafił odpowiedzieć na proste pytanie o gwarancję."},
  (4, 4, 3.5, 5), "staff- communication-", "mixed")
r("pl", FL, PL6, {"opinia": "Tragedia. Paczka zgubiona, nikt nic nie wie."}, (1, 1, 1, 1.5), "delivery- communication-")
r("pl", FL, PL6, {"opinia": "Jak zawsze ok, polecam"}, (8, 8.5, 7.5, 8.5), cases="short")
r("pl", FL, PL6, {"opinia": "Sklep czysty, ładnie pachnie, tylko przymierzalni za mało"}, (7, 7, 6, 7), "cleanliness+ waiting_time-", "mixed")

# ----------------------------------------------------------------------------------------------------- German
DE1 = survey("gartenwelt-bestellung-de",
             q("nps", "nps", "Wie wahrscheinlich ist es, dass Sie Gartenwelt Ihren Bekannten empfehlen?"),
             q("ware", "csat", "Wie zufrieden sind Sie mit der gelieferten Ware?", (1, 5)),
             q("einfach", "ces", "Die Bestellung war für mich unkompliziert.", (1, 7)),
             q("mitteilung", "text", "Was möchten Sie uns noch mitteilen?"))
DE2 = survey("netzwerk-hotline-sms-de", q("geloest", "yes_no", "Wurde Ihr Anliegen beim ersten Anruf gelöst?",
                                          perspective="ease"),
             q("note", "csat", "Wie bewerten Sie unseren Mitarbeiter (1-5)?", (1, 5)),
             q("sms", "text", "Antworten Sie gern mit einem Kommentar."))
DE3 = survey("baeckerei-terminal-de", q("heute", "csat", "Wie war Ihr Einkauf heute?", (1, 3), perspective="satisfaction"),
             q("grund", "text", "Möchten Sie uns etwas sagen?"))
DE4 = survey("stadtbibliothek-widget-de", q("gefunden", "yes_no", "Haben Sie gefunden, was Sie gesucht haben?",
                                            perspective="ease"),
             q("besser", "text", "Was können wir an der Webseite verbessern?"))
DE5 = survey("pflegedienst-puls-de",
             q("enps", "nps", "Wie wahrscheinlich empfehlen Sie uns als Arbeitgeber weiter?"),
             q("bleiben", "yes_no", "Sehen Sie sich in einem Jahr noch bei uns?", perspective="loyalty"),
             q("last", "rating", "Meine Arbeitsbelastung ist gut zu bewältigen.", (1, 5)),
             q("offen", "text", "Was sollte die Geschäftsführung wissen?"))
DE6 = survey("hotel-alpenblick-de", q("nps", "nps", "Würden Sie das Hotel Alpenblick weiterempfehlen?"),
             q("aufenthalt", "text", "Wie war Ihr Aufenthalt?"))

r("de", E, DE1, {"nps": 10, "ware": 5, "einfach": 7, "mitteilung": "Pflanzen kamen gut verpackt und kerngesund an. Gerne wieder!"},
  (9.5, 10, 9.5, 9.5), "delivery+ product_quality+")
r("de", E, DE1, {"nps": 1, "ware": 1, "einfach": 4,
                 "mitteilung": "Die Hälfte der Rosen war vertrocknet. Auf meine Mail hat niemand reagiert."},
  (1, 1, 3, 1.5), "product_quality- communication-")
r("de", E, DE1, {"nps": 7, "ware": 4, "einfach": 2,
                 "mitteilung": "Ware top, aber der Bestellvorgang im Shop ist umständlich, der Gutscheincode wurde dreimal abgelehnt."},
  (6, 6.5, 2.5, 7), "product_quality+ website_app-", "mixed")
r("de", E, DE1, {"nps": 8, "ware": 4, "einfach": 6, "mitteilung": None}, (7.5, 8, 8, 7.5))
r("de", E, DE1, {"nps": 4, "ware": 3, "einfach": 5, "mitteilung": "Versandkosten höher als der Dünger selbst. Ernsthaft?"},
  (3.5, 4, 5.5, 4), "price- delivery-", "sarcasm")
r("de", E, DE1, {"nps": 9, "ware": 5, "einfach": 7, "mitteilung": "passt"}, (8.5, 9, 9, 8.5), cases="short")
r("de", SMS, DE2, {"geloest": True, "note": 5, "sms": "Sehr kompetent, in fünf Minuten war der Router wieder online."},
  (9, 8.5, 9.5, 8.5), "staff+ waiting_time+")
r("de", SMS, DE2, {"geloest": False, "note": 1, "sms": "Dreimal weiterverbunden und am Ende wieder in der Warteschleife gelandet."},
  (1, 1, 0.5, 2.5), "waiting_time- communication-")
r("de", SMS, DE2, {"geloest": True, "note": 4, "sms": "Gelöst, aber die Rechnung stimmt immer noch nicht."}, (5, 5.5, 6, 5.5),
  "billing-", "mixed")
r("de", SMS, DE2, {"geloest": False, "note": 3, "sms": None}, (4, 4, 2.5, 4.5))
r("de", SMS, DE2, {"geloest": True, "note": 5, "sms": "Freundlich und geduldig, obwohl ich echt genervt war. Danke!"},
  (9, 9, 8.5, 8.5), "staff+")
r("de", KIO, DE3, {"heute": 3, "grund": "Brezeln frisch und warm, Verkäuferin supernett."}, (9.5, 9, 9, 9.5),
  "product_quality+ staff+")
r("de", KIO, DE3, {"heute": 1, "grund": "Wieder keine Vollkornbrötchen mehr um 9 Uhr. Und teurer geworden."},
  (2, 2.5, 4.5, 3.5), "product_quality- price-")
r("de", KIO, DE3, {"heute": 2, "grund": None}, (5, 5, 6, 5.5))
r("de", KIO, DE3, {"heute": 2, "grund": "Lange Schlange, bloß eine einzige Kasse besetzt, sonst gut"}, (5, 5.5, 3.5, 6.5),
  "waiting_time- product_quality+", "mixed")
r("de", KIO, DE3, {"heute": 3, "grund": "Endlich wieder sauber hier!"}, (8.5, 8, 8, 8), "cleanliness+")
r("de", WEB, DE4, {"gefunden": False, "besser": "Die Suche findet nichts, wenn man sich einmal vertippt. Und die Ausleihverlängerung ist versteckt."},
  (3, 3.5, 1.5, 5), "website_app-")
r("de", WEB, DE4, {"gefunden": True, "besser": "Alles bestens, die neue App ist übersichtlich."}, (8.5, 8, 9, 8.5), "website_app+")
r("de", WEB, DE4, {"gefunden": True, "besser": "Öffnungszeiten an Feiertagen stehen nirgends."}, (6.5, 6.5, 6, 7), "communication-")
r("de", EMP, DE5, {"enps": 2, "bleiben": False, "last": 1,
                   "offen": "Wir betreuen doppelt so viele Patienten wie vor zwei Jahren, bei gleichem Gehalt. Die Leitung sieht das nicht oder will es nicht sehen."},
  (1.5, 2, 1.5, 1), "workload- pay- management-", "long")
r("de", EMP, DE5, {"enps": 9, "bleiben": True, "last": 4, "offen": "Tolles Team, man hilft sich gegenseitig."},
  (8.5, 9, 7.5, 9), "colleagues+")
r("de", EMP, DE5, {"enps": 6, "bleiben": True, "last": 2, "offen": "Die Kollegen sind klasse, der Dienstplan eine Katastrophe."},
  (5, 6, 3, 6.5), "colleagues+ workload-", "mixed")
r("de", EMP, DE5, {"enps": 7, "bleiben": None, "last": 3, "offen": None}, (6.5, 7, 6, 6), cases="skipped")
r("de", EMP, DE5, {"enps": 5, "bleiben": True, "last": 3,
                   "offen": "Es gibt kaum Weiterbildung. Ich möchte mich entwickeln, aber dafür ist nie Zeit oder Geld da."},
  (4.5, 5, 5, 5), "growth-")
r("de", EMP, DE5, {"enps": 8, "bleiben": True, "last": 4, "offen": "Seit die neue Stationsleitung da ist, läuft vieles besser. Weiter so!"},
  (8, 8, 7.5, 8.5), "management+")
r("de", E, DE6, {"nps": 10, "aufenthalt": "Zimmer blitzsauber, Frühstück ein Traum, Personal aufmerksam. Wir kommen wieder."},
  (9.5, 10, 9, 10), "cleanliness+ product_quality+ staff+")
r("de", E, DE6, {"nps": 3, "aufenthalt": "Für 180 Euro die Nacht erwarte ich kein Zimmer direkt über der Küche. Ganz toll, Lüftung ab 6 Uhr."},
  (2, 2.5, 5, 2.5), "price- product_quality-", "sarcasm")
r("de", E, DE6, {"nps": 7, "aufenthalt": "Schöne Lage. Check-in hat ewig gedauert, weil nur eine Person an der Rezeption war."},
  (6, 7, 4.5, 6.5), "waiting_time- staff-", "mixed")
r("de", E, DE6, {"nps": 8, "aufenthalt": "Gut."}, (7.5, 8, 7.5, 7.5), cases="short")
r("de", E, DE6, {"nps": 5, "aufenthalt": "Das WLAN war ein Witz und die Buchungsbestätigung kam erst nach Nachfrage."},
  (4.5, 5, 4, 5), "communication-", note="Wi-Fi complaint: no theme covers it; the late confirmation is communication.")

# ----------------------------------------------------------------------------------------------------- Greek
EL1 = survey("vivlio-eshop-el",
             q("nps", "nps", "Πόσο πιθανό είναι να προτείνετε το βιβλιοπωλείο μας σε κάποιον γνωστό σας;"),
             q("paraggelia", "csat", "Πόσο ικανοποιημένοι είστε με την παραγγελία σας;", (1, 5)),
             q("kopos", "ces_effort", "Πόσο κόπο χρειάστηκε για να ολοκληρώσετε την αγορά;", (1, 5)),
             q("sxolio", "text", "Θέλετε να μας πείτε κάτι ακόμη;"))
EL2 = survey("tilepikoinonies-sms-el", q("vathmos", "csat", "Βαθμολογήστε την εξυπηρέτηση που λάβατε (1-5).", (1, 5)),
             q("minima", "text", "Στείλτε μας ό,τι άλλο θέλετε να προσθέσετε."))
EL3 = survey("kafeteria-othoni-el", q("simera", "csat", "Πώς ήταν η επίσκεψή σας σήμερα;", (1, 3),
                                      perspective="satisfaction"),
             q("giati", "text", "Πείτε μας γιατί (προαιρετικό)"))
EL4 = survey("dimos-pyli-widget-el", q("eukolo", "ces", "Ήταν εύκολο να κλείσω ραντεβού μέσω της πύλης.", (1, 7)),
             q("veltiosi", "text", "Τι να βελτιώσουμε;"))
EL5 = survey("xenodoxeio-ypalliloi-el",
             q("enps", "nps", "Θα πρότεινες το ξενοδοχείο ως χώρο εργασίας σε έναν φίλο;"),
             q("menw", "yes_no", "Βλέπεις τον εαυτό σου εδώ και του χρόνου;", perspective="loyalty"),
             q("fortos", "rating", "Ο φόρτος εργασίας μου είναι διαχειρίσιμος.", (1, 5)),
             q("dioikisi", "text", "Τι θα ήθελες να ακούσει η διοίκηση;"))
EL6 = survey("flash-gnomi-el", q("gnomi", "text", "Πώς θα περιγράφατε την εμπειρία σας με μία πρόταση;"))

r("el", E, EL1, {"nps": 10, "paraggelia": 5, "kopos": 1, "sxolio": "Τα βιβλία ήρθαν σε δύο μέρες, τέλεια τυλιγμένα. Μπράβο σας!"},
  (9.5, 10, 9.5, 9.5), "delivery+ product_quality+")
r("el", E, EL1, {"nps": 2, "paraggelia": 1, "kopos": 4,
                 "sxolio": "Μου στείλατε λάθος βιβλίο και για την επιστροφή πρέπει να πληρώσω εγώ τα μεταφορικά. Απαράδεκτο."},
  (1, 1, 2, 1.5), "product_quality- price-")
r("el", E, EL1, {"nps": 7, "paraggelia": 4, "kopos": 3, "sxolio": "Καλές τιμές, αλλά το site κολλάει στην πληρωμή."},
  (6.5, 7, 4.5, 7), "price+ website_app-", "mixed")
r("el", E, EL1, {"nps": 8, "paraggelia": 5, "kopos": 2, "sxolio": None}, (8.5, 8, 8, 8))
r("el", E, EL1, {"nps": 5, "paraggelia": 3, "kopos": 3, "sxolio": "Η αποστολή άργησε μια εβδομάδα χωρίς καμία ενημέρωση."},
  (4, 4.5, 4.5, 5), "delivery- communication-")
r("el", E, EL1, {"nps": 9, "paraggelia": 5, "kopos": 1, "sxolio": "Όλα καλά!"}, (9, 9, 9, 9), cases="short")
r("el", SMS, EL2, {"vathmos": 5, "minima": "Η κυρία στο τηλέφωνο ήταν πολύ ευγενική και έλυσε το θέμα με τον λογαριασμό αμέσως."},
  (9, 8.5, 9, 8.5), "staff+ billing+")
r("el", SMS, EL2, {"vathmos": 1, "minima": "Σαράντα λεπτά αναμονή για να μου πουν να κάνω επανεκκίνηση. Συγχαρητήρια."},
  (1, 1, 1, 2.5), "waiting_time- staff-", "sarcasm")
r("el", SMS, EL2, {"vathmos": 3, "minima": "Ευγενικοί, αλλά το ίντερνετ πέφτει ακόμα κάθε βράδυ"}, (4, 4, 3.5, 4.5),
  "staff+ product_quality-", "mixed")
r("el", SMS, EL2, {"vathmos": 4, "minima": None}, (7.5, 7, 7, 7))
r("el", SMS, EL2, {"vathmos": 2, "minima": "Ο λογαριασμός ήρθε διπλός και κανείς δεν ξέρει γιατί"}, (2, 2, 2.5, 3), "billing- communication-")
r("el", KIO, EL3, {"simera": 3, "giati": "Ο καφές τέλειος και η κοπέλα στο ταμείο πολύ χαμογελαστή"}, (9.5, 9, 9, 9.5),
  "product_quality+ staff+")
r("el", KIO, EL3, {"simera": 1, "giati": "Βρώμικα τραπέζια και γεμάτα καλάθια απορριμμάτων."}, (2, 2, 5, 3), "cleanliness-")
r("el", KIO, EL3, {"simera": 2, "giati": "Περίμενα 15 λεπτά για ένα φρέντο."}, (4.5, 4.5, 3.5, 5.5), "waiting_time-")
r("el", KIO, EL3, {"simera": 3, "giati": None}, (8.5, 8, 8, 8))
r("el", KIO, EL3, {"simera": 2, "giati": "kalos kafes alla poly akrivos gia auto pou einai"}, (5, 5, 6.5, 5),
  "product_quality+ price-", "mixed no_diacritics", "Greeklish without accents.")
r("el", WEB, EL4, {"eukolo": 1, "veltiosi": "Η πύλη δεν δέχεται τον κωδικό Taxisnet, δοκίμασα πέντε φορές."},
  (1.5, 2, 1, 4), "website_app-", note="Public service: loyalty is not a choice, set middling-low.")
r("el", WEB, EL4, {"eukolo": 7, "veltiosi": "Τίποτα, πολύ γρήγορο και απλό."}, (8.5, 8, 9.5, 8), "website_app+", "negation")
r("el", WEB, EL4, {"eukolo": 4, "veltiosi": "Να στέλνετε υπενθύμιση με SMS πριν το ραντεβού."}, (6, 6, 5, 6.5), "communication-")
r("el", EMP, EL5, {"enps": 8, "menw": True, "fortos": 4, "dioikisi": "Η ομάδα της υποδοχής είναι σαν οικογένεια."},
  (8, 8, 7, 8.5), "colleagues+")
r("el", EMP, EL5, {"enps": 1, "menw": False, "fortos": 1,
                   "dioikisi": "Δουλεύουμε δωδεκάωρα τον Αύγουστο χωρίς να πληρωθούν οι υπερωρίες. Ο διευθυντής απλά δεν απαντά στα μηνύματα."},
  (1, 1, 1.5, 0.5), "workload- pay- management-", "long")
r("el", EMP, EL5, {"enps": 6, "menw": True, "fortos": 3, "dioikisi": "Χρειάζομαι κάποια επιμόρφωση ώστε να ανέβω θέση."},
  (5.5, 6, 6, 6.5), "growth-")
r("el", EMP, EL5, {"enps": 7, "menw": None, "fortos": 2, "dioikisi": None}, (5.5, 7, 4.5, 6), cases="skipped")
r("el", EMP, EL5, {"enps": 9, "menw": True, "fortos": 4, "dioikisi": "Ευχαριστώ για την αύξηση, φάνηκε ότι μας ακούτε."},
  (8.5, 9, 7.5, 9), "pay+ management+")
r("el", EMP, EL5, {"enps": 4, "menw": True, "fortos": 2, "dioikisi": "Οι συνάδελφοι εντάξει, αλλά κανείς δεν μας λέει τίποτα για τις αλλαγές βαρδιών."},
  (4, 4.5, 3.5, 5.5), "colleagues+ management-", "mixed")
r("el", FL, EL6, {"gnomi": "Γρήγορη εξυπηρέτηση και σωστές τιμές."}, (8.5, 8.5, 8.5, 8), "waiting_time+ price+")
r("el", FL, EL6, {"gnomi": "Κανείς υπάλληλος να σε βοηθήσει, χάθηκα στους διαδρόμους."}, (3, 3, 2.5, 4), "staff-")
r("el", FL, EL6, {"gnomi": "Ωραίο μαγαζί, μόνο οι τουαλέτες θέλουν καθάρισμα."}, (6.5, 7, 7, 7), "cleanliness-", "mixed")
r("el", FL, EL6, {"gnomi": "Ναι καλά, 'παράδοση σε 24 ώρες'. Δέκα μέρες μετά ακόμα περιμένω."}, (1.5, 1.5, 2, 2),
  "delivery-", "sarcasm")
r("el", FL, EL6, {"gnomi": "Top, θα ξαναέρθω σίγουρα"}, (9, 9, 8.5, 9.5), cases="short")

# ----------------------------------------------------------------------------------------------------- Persian
FA1 = survey("digikala-shabih-fa",
             q("nps", "nps", "چقدر احتمال دارد فروشگاه اینترنتی ما را به آشنایان خود معرفی کنید؟"),
             q("kala", "csat", "از کالای خریداری~شده چقدر راضی هستید؟", (1, 5)),
             q("sadegi", "ces", "ثبت سفارش برای من ساده بود.", (1, 7)),
             q("tozih", "text", "اگر نکته~ای دارید بنویسید."))
FA2 = survey("bimeh-sms-fa", q("razi", "csat", "از پاسخگویی کارشناس ما چقدر راضی بودید؟ (۱ تا ۵)", (1, 5)),
             q("payam", "text", "نظر دیگری دارید؟"))
FA3 = survey("shirini-kiosk-fa", q("emruz", "csat", "خرید امروزتان از قنادی چطور بود؟", (1, 3),
                                   perspective="satisfaction"),
             q("chera", "text", "چرا؟ (اختیاری)"))
FA4 = survey("bank-app-widget-fa", q("asan", "ces", "انجام کارم در اپلیکیشن بانک آسان بود.", (1, 7)),
             q("behbud", "text", "چه چیزی را باید بهتر کنیم؟"))
FA5 = survey("sherkat-narmafzar-karkonan-fa",
             q("enps", "nps", "چقدر احتمال دارد شرکت ما را به عنوان محل کار به دوستانتان پیشنهاد کنید؟"),
             q("mimanam", "yes_no", "آیا سال آینده هم خودتان را در این شرکت می~بینید؟", perspective="loyalty"),
             q("bar", "rating", "حجم کارم قابل مدیریت است.", (1, 5)),
             q("harf", "text", "چه حرفی با مدیریت دارید؟"))
FA6 = survey("flash-nazar-fa", q("nazar", "text", "تجربه~تان را در یک جمله بگویید."))

r("fa", E, FA1, {"nps": 10, "kala": 5, "sadegi": 7, "tozih": "سفارشم بی~نقص و پیش از تاریخ اعلام~شده به دستم رسید. ممنون از شما."},
  (9.5, 10, 9.5, 9.5), "delivery+")
r("fa", E, FA1, {"nps": 1, "kala": 1, "sadegi": 3,
                 "tozih": "گوشی که فرستادید کارکرده بود نه نو. پشتیبانی هم جواب درستی نداد."},
  (1, 0.5, 2.5, 1), "product_quality- staff-")
r("fa", E, FA1, {"nps": 6, "kala": 4, "sadegi": 2, "tozih": "کالا خوب است، اما سایت موقع پرداخت سه بار خطا داد."},
  (5.5, 6, 2.5, 6), "product_quality+ website_app-", "mixed")
r("fa", E, FA1, {"nps": 8, "kala": 4, "sadegi": 6, "tozih": None}, (7.5, 8, 8, 7.5))
r("fa", E, FA1, {"nps": 4, "kala": 3, "sadegi": 5, "tozih": "از بقیه فروشگاه~ها گران~تر می~فروشید."}, (4, 4, 6, 4), "price-")
r("fa", E, FA1, {"nps": 9, "kala": 5, "sadegi": 7, "tozih": "عالی"}, (9, 9, 9, 9), cases="short")
r("fa", SMS, FA2, {"razi": 5, "payam": "کارشناس خیلی با حوصله توضیح داد و مشکل خسارت ماشینم همان روز حل شد."},
  (9, 9, 9, 8.5), "staff+ communication+")
r("fa", SMS, FA2, {"razi": 1, "payam": "شصت دقیقه منتظر ماندم و آخرش تماس قطع شد. واقعاً دستتان درد نکند!"},
  (1, 1, 0.5, 2.5), "waiting_time-", "sarcasm")
r("fa", SMS, FA2, {"razi": 3, "payam": "برخورد خوب بود ولی هنوز پول خسارت واریز نشده"}, (4, 4, 3.5, 4.5), "staff+ billing-", "mixed")
r("fa", SMS, FA2, {"razi": 4, "payam": None}, (7.5, 7, 7, 7))
r("fa", SMS, FA2, {"razi": 2, "payam": "هر بار که تماس می~گیرم یک نفر دیگر جواب می~دهد و باید از اول توضیح بدهم."},
  (2, 2, 1.5, 3), "communication- staff-")
r("fa", KIO, FA3, {"emruz": 3, "chera": "شیرینی~ها تازه و خوشمزه، فروشنده هم خیلی مودب."}, (9.5, 9.5, 9, 9.5),
  "product_quality+ staff+")
r("fa", KIO, FA3, {"emruz": 1, "chera": "ویترین کثیف بود و روی کیک~ها مگس نشسته بود."}, (1.5, 1.5, 5, 2), "cleanliness-")
r("fa", KIO, FA3, {"emruz": 2, "chera": "برای خرید دو جعبه شیرینی نیم ساعت در صف ایستادم."}, (4.5, 5, 3, 5.5), "waiting_time-")
r("fa", KIO, FA3, {"emruz": 3, "chera": None}, (8.5, 8, 8, 8))
r("fa", KIO, FA3, {"emruz": 2, "chera": "shirini khub bud vali gheymat ha kheili bala rafte"}, (5, 5, 6.5, 5),
  "product_quality+ price-", "mixed finglish", "Finglish (Persian in Latin letters).")
r("fa", WEB, FA4, {"asan": 1, "behbud": "برنامه مدام از حساب خارج می~شود و رمز پویا دیر می~رسد."}, (1.5, 2, 1, 3.5), "website_app-")
r("fa", WEB, FA4, {"asan": 7, "behbud": "هیچی، خیلی راحت انتقال وجه انجام شد."}, (8.5, 8, 9.5, 8.5), "website_app+", "negation")
r("fa", WEB, FA4, {"asan": 4, "behbud": "کارمزدها را شفاف بنویسید، نمی~دانستم چقدر از حسابم کم می~شود."},
  (4.5, 4.5, 4, 5), "billing- communication-")
r("fa", EMP, FA5, {"enps": 9, "mimanam": True, "bar": 4, "harf": "همکارانم بی~نظیرند و هر روز چیز تازه~ای از آن~ها یاد می~گیرم."},
  (8.5, 9, 7.5, 9), "colleagues+ growth+")
r("fa", EMP, FA5, {"enps": 2, "mimanam": False, "bar": 1,
                   "harf": "حقوق با این تورم اصلاً کفاف زندگی را نمی~دهد و هر هفته باید تا دیر وقت بمانیم. مدیر پروژه هم فقط ددلاین می~دهد و هیچ کمکی نمی~کند."},
  (1.5, 2, 1.5, 1), "pay- workload- management-", "long")
r("fa", EMP, FA5, {"enps": 6, "mimanam": True, "bar": 3, "harf": "محیط خوب است ولی مسیر ارتقا مشخص نیست."},
  (6, 6, 6, 6.5), "growth-", "mixed")
r("fa", EMP, FA5, {"enps": 7, "mimanam": None, "bar": 3, "harf": None}, (6.5, 7, 6, 6), cases="skipped")
r("fa", EMP, FA5, {"enps": 5, "mimanam": True, "bar": 2, "harf": "جلسه~ها خیلی زیاد است، وقت برای کار اصلی نمی~ماند."},
  (4.5, 5, 3, 5.5), "workload-")
r("fa", EMP, FA5, {"enps": 8, "mimanam": True, "bar": 4, "harf": "از وقتی مدیر جدید آمده ارتباطات خیلی بهتر شده."},
  (8, 8, 7.5, 8.5), "management+")
r("fa", FL, FA6, {"nazar": "مثل همیشه سریع انجام شد، بدون هیچ دردسری."}, (8.5, 8.5, 9, 8.5), "waiting_time+")
r("fa", FL, FA6, {"nazar": "فروشنده~ها اصلاً حوصله نداشتند به سؤال~هایم جواب بدهند."}, (3, 3, 3, 4), "staff-")
r("fa", FL, FA6, {"nazar": "ارسال رایگان بود ولی ده روز طول کشید."}, (5, 5, 5, 5.5), "price+ delivery-", "mixed")
r("fa", FL, FA6, {"nazar": "واقعاً عالی، حتماً دوباره خرید می~کنم."}, (9.5, 9.5, 9, 10))
r("fa", FL, FA6, {"nazar": "the order was ok ولی packaging خیلی ضعیف بود و جعبه له شده بود"}, (5, 5, 6, 5.5),
  "product_quality- delivery-", "mixed code_switching", "Persian with English words.")

# ----------------------------------------------------------------------------------------------------- French
FR1 = survey("epicerie-fine-fr",
             q("nps", "nps", "Quelle est la probabilité que vous recommandiez notre épicerie en ligne à un proche ?"),
             q("colis", "csat", "Êtes-vous satisfait des produits reçus ?", (1, 5)),
             q("simple", "ces", "Passer commande a été simple pour moi.", (1, 7)),
             q("mot", "text", "Un mot pour notre équipe ?"))
FR2 = survey("energie-sav-sms-fr", q("note", "csat", "Notez l'aide de notre conseiller de 1 à 5.", (1, 5)),
             q("rep", "text", "Répondez avec un commentaire si vous le souhaitez."))
FR3 = survey("boulangerie-borne-fr", q("passage", "csat", "Comment s'est passé votre achat aujourd'hui ?", (1, 3),
                                       perspective="satisfaction"),
             q("pourquoi", "text", "Dites-nous pourquoi (facultatif)"))
FR4 = survey("mutuelle-widget-fr", q("facile", "ces", "Envoyer ma demande de remboursement en ligne a été facile.", (1, 7)),
             q("ameliorer", "text", "Que devrions-nous améliorer ?"))
FR5 = survey("clinique-barometre-fr",
             q("enps", "nps", "Recommanderiez-vous la clinique comme lieu de travail à un ami ?"),
             q("rester", "yes_no", "Pensez-vous être encore parmi nous dans un an ?", perspective="loyalty"),
             q("charge", "rating", "Ma charge de travail est raisonnable.", (1, 5)),
             q("message", "text", "Un message pour la direction ?"))
FR6 = survey("flash-avis-fr", q("avis", "text", "Votre avis en une phrase ?"))

r("fr", E, FR1, {"nps": 9, "colis": 5, "simple": 7, "mot": "Fromages parfaits et livrés au frais, rien à redire."},
  (9, 9, 9, 9), "product_quality+ delivery+", "negation")
r("fr", E, FR1, {"nps": 2, "colis": 1, "simple": 4,
                 "mot": "Colis arrivé ouvert, deux pots cassés, et personne ne répond à mes mails."},
  (1, 1.5, 2.5, 1.5), "delivery- product_quality- communication-")
r("fr", E, FR1, {"nps": 7, "colis": 4, "simple": 2, "mot": "Très bons produits mais le site plante dès qu'on modifie le panier."},
  (6, 7, 2.5, 7), "product_quality+ website_app-", "mixed")
r("fr", E, FR1, {"nps": 8, "colis": 4, "simple": 6, "mot": None}, (7.5, 8, 8, 7.5))
r("fr", E, FR1, {"nps": 5, "colis": 4, "simple": 5, "mot": "Un peu cher vu la qualité, franchement."}, (5, 5, 6, 5), "price-")
r("fr", E, FR1, {"nps": 10, "colis": 5, "simple": 7, "mot": "Top !"}, (9.5, 10, 9.5, 9.5), cases="short")
r("fr", SMS, FR2, {"note": 5, "rep": "Conseillère très claire, ma facture a été corrigée pendant l'appel."},
  (9, 8.5, 9, 8.5), "staff+ billing+ communication+")
r("fr", SMS, FR2, {"note": 1, "rep": "Super, trois quarts d'heure au téléphone pour qu'on me dise de rappeler demain. Bravo."},
  (1, 1, 0.5, 2.5), "waiting_time-", "sarcasm")
r("fr", SMS, FR2, {"note": 3, "rep": "Agent sympa, mais toujours pas de compteur posé après trois rendez-vous ratés."},
  (3.5, 3.5, 2, 4), "staff+ waiting_time-", "mixed")
r("fr", SMS, FR2, {"note": 4, "rep": None}, (7.5, 7, 7, 7))
r("fr", SMS, FR2, {"note": 2, "rep": "Prélèvement double ce mois-ci, personne ne sait l'expliquer."}, (2, 2, 2.5, 3), "billing- communication-")
r("fr", KIO, FR3, {"passage": 3, "pourquoi": "Baguette encore chaude et vendeuse adorable."}, (9.5, 9, 9, 9.5), "product_quality+ staff+")
r("fr", KIO, FR3, {"passage": 1, "pourquoi": "Comptoir sale et des miettes partout sur les présentoirs."}, (2, 2, 5, 3), "cleanliness-")
r("fr", KIO, FR3, {"passage": 2, "pourquoi": "Trop d'attente le dimanche matin."}, (5, 5, 3.5, 6), "waiting_time-")
r("fr", KIO, FR3, {"passage": 3, "pourquoi": None}, (8.5, 8, 8, 8))
r("fr", KIO, FR3, {"passage": 2, "pourquoi": "Bon pain mais les prix ont pris 20 centimes d'un coup"}, (5, 5, 6.5, 5),
  "product_quality+ price-", "mixed")
r("fr", WEB, FR4, {"facile": 1, "ameliorer": "Impossible de joindre un PDF, le formulaire se vide à chaque fois."},
  (1.5, 2, 1, 4), "website_app-")
r("fr", WEB, FR4, {"facile": 7, "ameliorer": "Rien, remboursé sous 48 heures, parfait."}, (9, 8.5, 9.5, 8.5),
  "website_app+ waiting_time+", "negation")
r("fr", WEB, FR4, {"facile": 4, "ameliorer": "Les courriers sont incompréhensibles, trop de jargon."}, (4.5, 4.5, 4, 5), "communication-")
r("fr", EMP, FR5, {"enps": 8, "rester": True, "charge": 4, "message": "Une équipe soudée, on se serre les coudes."},
  (8, 8, 7, 8.5), "colleagues+")
r("fr", EMP, FR5, {"enps": 1, "rester": False, "charge": 1,
                   "message": "Les plannings changent la veille, les remplacements ne sont jamais payés à temps et la direction ne descend jamais dans les services pour voir comment on travaille."},
  (1, 1, 1.5, 0.5), "workload- pay- management-", "long")
r("fr", EMP, FR5, {"enps": 6, "rester": True, "charge": 3, "message": "Le salaire reste bas pour le métier, mais l'ambiance est bonne."},
  (6, 6, 6, 6.5), "pay- colleagues+", "mixed")
r("fr", EMP, FR5, {"enps": 7, "rester": None, "charge": 2, "message": None}, (5.5, 7, 4.5, 6), cases="skipped")
r("fr", EMP, FR5, {"enps": 4, "rester": True, "charge": 3, "message": "Aucune formation proposée depuis mon arrivée il y a trois ans."},
  (4, 4.5, 5.5, 5), "growth-")
r("fr", EMP, FR5, {"enps": 9, "rester": True, "charge": 4, "message": "Merci pour la prime et pour l'écoute de la nouvelle cadre."},
  (8.5, 9, 7.5, 9), "pay+ management+")
r("fr", FL, FR6, {"avis": "Rapide, efficace, souriant."}, (9, 8.5, 9, 8.5), "waiting_time+ staff+", "short")
r("fr", FL, FR6, {"avis": "Personne en rayon pour me renseigner, j'ai fini par partir."}, (2.5, 2.5, 2, 3.5), "staff-")
r("fr", FL, FR6, {"avis": "Magasin impeccable, rayons bien tenus, mais les prix piquent."}, (6, 6, 7, 6), "cleanliness+ price-", "mixed")
r("fr", FL, FR6, {"avis": "Le delivery était fast, mais le packaging franchement pas top."}, (5.5, 5.5, 6, 6),
  "delivery+ product_quality-", "mixed code_switching", "French with English words.")
r("fr", FL, FR6, {"avis": "Livraison 'express' en neuf jours. On n'arrête pas le progrès."}, (2, 2, 3, 3), "delivery-", "sarcasm")

# ----------------------------------------------------------------------------------------------------- Spanish
ES1 = survey("ferreteria-online-es",
             q("nps", "nps", "¿Qué tan probable es que recomiendes nuestra ferretería en línea a un conocido?"),
             q("pedido", "csat", "¿Qué tan satisfecho quedaste con los productos recibidos?", (1, 5)),
             q("esfuerzo", "ces_effort", "¿Cuánto esfuerzo te costó hacer y recibir el pedido?", (1, 5)),
             q("comentario", "text", "¿Algo más que quieras contarnos?"))
ES2 = survey("telefonia-sms-es", q("valor", "csat", "Califica la atención del asesor del 1 al 5.", (1, 5)),
             q("texto", "text", "Escríbenos si quieres añadir algo."))
ES3 = survey("taqueria-kiosko-es", q("hoy", "csat", "¿Cómo estuvo tu visita hoy?", (1, 3), perspective="satisfaction"),
             q("porque", "text", "¿Por qué? (opcional)"))
ES4 = survey("citas-clinica-widget-es", q("sencillo", "ces", "Agendar mi cita en línea fue sencillo.", (1, 7)),
             q("cambiar", "text", "¿Qué deberíamos cambiar?"))
ES5 = survey("almacen-pulso-es",
             q("enps", "nps", "¿Qué tan probable es que recomiendes trabajar en el almacén a un amigo?"),
             q("sigo", "yes_no", "¿Te ves trabajando aquí dentro de un año?", perspective="loyalty"),
             q("carga", "rating", "Mi carga de trabajo es razonable.", (1, 5)),
             q("decir", "text", "¿Qué le dirías a la dirección?"))
ES6 = survey("flash-opinion-es", q("opinion", "text", "Cuéntanos tu experiencia en una frase."))

r("es", E, ES1, {"nps": 10, "pedido": 5, "esfuerzo": 1, "comentario": "Llegó todo al día siguiente y las herramientas son de muy buena calidad."},
  (9.5, 10, 9.5, 9.5), "delivery+ product_quality+")
r("es", E, ES1, {"nps": 1, "pedido": 1, "esfuerzo": 5,
                 "comentario": "Me mandaron un taladro usado y para devolverlo tuve que llamar cuatro veces. Pésimo."},
  (1, 0.5, 1, 1), "product_quality- communication-")
r("es", E, ES1, {"nps": 7, "pedido": 4, "esfuerzo": 3, "comentario": "Buenos precios, pero la página es lentísima y se traba al pagar."},
  (6.5, 7, 4, 7), "price+ website_app-", "mixed")
r("es", E, ES1, {"nps": 8, "pedido": 4, "esfuerzo": 2, "comentario": None}, (7.5, 8, 7.5, 7.5))
r("es", E, ES1, {"nps": 5, "pedido": 3, "esfuerzo": 3, "comentario": "El envío tardó dos semanas y nadie me avisó del retraso."},
  (4, 4.5, 4.5, 5), "delivery- communication-")
r("es", E, ES1, {"nps": 9, "pedido": 5, "esfuerzo": 1, "comentario": "Todo bien 👍"}, (9, 9, 9, 9), cases="short")
r("es", SMS, ES2, {"valor": 5, "texto": "La asesora fue muy amable y me quitó el cargo indebido al momento."},
  (9, 8.5, 9, 8.5), "staff+ billing+")
r("es", SMS, ES2, {"valor": 1, "texto": "Qué maravilla, sesenta minutos esperando para que me cuelguen. Gracias por nada."},
  (1, 1, 0.5, 2), "waiting_time-", "sarcasm")
r("es", SMS, ES2, {"valor": 3, "texto": "El chico fue educado pero la señal sigue fallando en mi casa."}, (4, 4, 3.5, 4.5),
  "staff+ product_quality-", "mixed")
r("es", SMS, ES2, {"valor": 4, "texto": None}, (7.5, 7, 7, 7))
r("es", SMS, ES2, {"valor": 2, "texto": "Me cobran un plan que cancelé hace tres meses."}, (1.5, 1.5, 2.5, 2), "billing-")
r("es", KIO, ES3, {"hoy": 3, "porque": "Los tacos al pastor buenísimos y el mesero súper atento."}, (9.5, 9.5, 9, 9.5),
  "product_quality+ staff+")
r("es", KIO, ES3, {"hoy": 1, "porque": "Las mesas sucias y el baño sin papel."}, (2, 2, 5, 3), "cleanliness-")
r("es", KIO, ES3, {"hoy": 2, "porque": "Tardaron 30 minutos en traer la orden."}, (4.5, 4.5, 3.5, 5.5), "waiting_time-")
r("es", KIO, ES3, {"hoy": 3, "porque": None}, (8.5, 8, 8, 8))
r("es", KIO, ES3, {"hoy": 2, "porque": "rico pero caro, subieron todo"}, (5, 5, 6.5, 5), "product_quality+ price-",
  "mixed no_diacritics")
r("es", WEB, ES4, {"sencillo": 1, "cambiar": "La app no muestra horarios disponibles y luego me dicen por teléfono que sí hay."},
  (2, 2, 1, 4), "website_app- communication-")
r("es", WEB, ES4, {"sencillo": 7, "cambiar": "Nada, muy práctico."}, (8.5, 8, 9.5, 8), "website_app+", "negation short")
r("es", WEB, ES4, {"sencillo": 5, "cambiar": "Que manden recordatorio el día anterior."}, (6.5, 6.5, 6, 7), "communication-")
r("es", EMP, ES5, {"enps": 8, "sigo": True, "carga": 4, "decir": "Buen ambiente y compañeros que te echan la mano."},
  (8, 8, 7, 8.5), "colleagues+")
r("es", EMP, ES5, {"enps": 2, "sigo": False, "carga": 1,
                   "decir": "Turnos dobles casi todas las semanas, el sueldo no alcanza y el supervisor nos trata a gritos. Varios compañeros ya se fueron y nadie cubre sus puestos."},
  (1, 1.5, 1, 0.5), "workload- pay- management-", "long")
r("es", EMP, ES5, {"enps": 6, "sigo": True, "carga": 3, "decir": "Me gustaría poder crecer, no hay oportunidades de ascenso."},
  (5.5, 6, 6, 5.5), "growth-")
r("es", EMP, ES5, {"enps": 7, "sigo": None, "carga": 3, "decir": None}, (6.5, 7, 6, 6), cases="skipped")
r("es", EMP, ES5, {"enps": 9, "sigo": True, "carga": 4, "decir": "Gracias por el aumento y por escucharnos en las juntas."},
  (8.5, 9, 7.5, 9), "pay+ management+")
r("es", EMP, ES5, {"enps": 5, "sigo": True, "carga": 2, "decir": "Los compañeros bien, pero nunca sabemos los cambios de turno hasta el último momento."},
  (4.5, 5, 3.5, 5.5), "colleagues+ management-", "mixed")
r("es", FL, ES6, {"opinion": "Todo rapidísimo, cero complicaciones."}, (8.5, 8, 9, 8), "waiting_time+", "short")
r("es", FL, ES6, {"opinion": "Ningún empleado supo decirme dónde estaba nada."}, (3, 3, 2.5, 4), "staff-")
r("es", FL, ES6, {"opinion": "Tienda limpia y bonita, aunque los precios están por las nubes."}, (6, 6, 7, 6), "cleanliness+ price-", "mixed")
r("es", FL, ES6, {"opinion": "Sí, claro, 'entrega en 24 horas'... llevo una semana esperando."}, (1.5, 1.5, 2, 2), "delivery-", "sarcasm")
r("es", FL, ES6, {"opinion": "The service was great, volveré seguro!"}, (9, 9, 8.5, 9.5), "staff+", "code_switching")


# ----------------------------------------------------------------------------------------------------- output
def _words(s):
    return re.findall(r"\w+", s.lower().replace("\u200c", " "))


def _grams(text):
    w = _words(text)
    return {tuple(w[i:i + 4]) for i in range(len(w) - 3)}


def overlap_report():
    """Comments sharing a 4-word sequence with a sentence of the generator's bank or a comment of the validation set
    (there should be none: the split is written independently of both)."""
    grams = set()
    bank_dir = os.path.join(HERE, "bank")
    for name in sorted(os.listdir(bank_dir)) if os.path.isdir(bank_dir) else []:
        with open(os.path.join(bank_dir, name), encoding="utf-8") as f:
            for s in re.findall(r'"([^"]{12,})"', f.read()):
                grams |= _grams(s)
    with open(os.path.join(HERE, "validation.jsonl"), encoding="utf-8") as f:
        for line in f:
            for v in json.loads(line)["response"]["answers"].values():
                if isinstance(v, str):
                    grams |= _grams(v)
    hits = []
    for row in ROWS:
        for v in row["response"]["answers"].values():
            if isinstance(v, str):
                shared = [" ".join(g) for g in _grams(v) if g in grams]
                if shared:
                    hits.append((row["response"]["id"], shared))
    return hits


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        for row in ROWS:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    by = collections.Counter(r["language"] for r in ROWS)
    print(f"wrote {len(ROWS)} rows to {OUT}: " + ", ".join(f"{k} {v}" for k, v in by.items()))
    hits = overlap_report()
    for rid, shared in hits:
        print(f"  shares a 4-gram with the bank or the validation set: {rid}: {shared}")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
