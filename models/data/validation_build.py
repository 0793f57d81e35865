#!/usr/bin/env python3
"""Builds models/data/validation.jsonl from the hand-written, hand-labelled responses in this file.

    python3 models/data/validation_build.py      # rewrites validation.jsonl; then check.py validates it

Every survey, answer and comment below was written by hand for this set (not with generate.py or its bank), and
every label was set by judgement from the whole response, as an annotator would:

- a perspective the survey asks about is anchored on its answer mapped to 0-10 (NPS n -> about n; CSAT 1-5 k ->
  (k - 1) * 2.5; CES 1-7 k -> (k - 1) * 10 / 6; legacy effort 1-5 inverted; yes/no -> about 8 / 2), then moved by
  what the comment says;
- a perspective that is not asked is inferred from the comment and the other answers (a "won't be back" sets
  loyalty, a three-call saga sets ease); with no evidence it is set near the answered perspectives, pulled a little
  towards the middle;
- when the comment contradicts the score (NPS 9 and an angry billing comment) both count: the score keeps its own
  perspective fairly high, the comment pulls satisfaction / ease / loyalty down; sarcasm is read for what it means;
- themes are only those the comment itself mentions, with the polarity the respondent gives them.

``cases`` tags the hard cases (contradiction, reversed_scale, sarcasm, negation, mixed, skipped, short, no_diacritics,
finglish, code_switching, long);
text_only and no_comment are added automatically. Persian strings use '~' here for the zero-width non-joiner.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import handset  # noqa: E402
from handset import E, EMP, FL, KIO, QR, SMS, WEB, HandSet, q, survey  # noqa: E402,F401

OUT = os.path.join(HERE, "validation.jsonl")
_SET = HandSet("v", handset.TZ, handset.COUNTRY, handset.start)
ROWS = _SET.rows
r = _SET.r


# ----------------------------------------------------------------------------------------------------- English
EN1 = survey("hh-postpurchase-en",
             q("recommend", "nps", "Thinking about your recent order, how likely are you to suggest Hearth & Home to a friend?"),
             q("items", "csat", "How pleased are you with the items you received?", (1, 5)),
             q("hassle", "ces_effort", "How much hassle was it to order and receive everything?", (1, 5)),
             q("again", "yes_no", "Are you planning to order from Hearth & Home again?", perspective="loyalty"),
             q("tell", "text", "Tell us more about your order."))
EN2 = survey("pageturner-nps-en", q("nps", "nps", "How likely is it that you'd recommend Pageturner Books?"),
             q("why", "text", "What's behind your score?"))
EN3 = survey("linkmobile-care-sms",
             q("rating", "csat", "Rate the help you got from our support team today, 1 (poor) to 5 (great).", (1, 5)),
             q("reply", "text", "Reply with any comments - we read every one."))
EN4 = survey("brightwater-ces-sms",
             q("easy", "ces", "Brightwater Bank made it easy to sort out my request.", (1, 7)),
             q("why", "text", "What made it easy or hard?"))
EN5 = survey("beanery-kiosk", q("mood", "csat", "How was your coffee stop today?", (1, 3), perspective="satisfaction"),
             q("note", "text", "Anything we should know?"))
EN6 = survey("docs-helpful-widget", q("helped", "yes_no", "Did this page answer your question?", perspective="ease"),
             q("improve", "text", "How could we make this page better?"))
EN7 = survey("freshway-receipt", q("nps", "nps", "How likely are you to recommend FreshWay to friends and family?"),
             q("trip", "rating", "Score today's shopping trip out of 10.", (1, 10), perspective="satisfaction"),
             q("more", "text", "Anything else on your mind?"))
EN8 = survey("flash-sentence-en", q("say", "text", "In a sentence or two: how are we doing?"))
EN9 = survey("northwind-pulse-q2",
             q("enps", "nps", "Would you recommend Northwind as a place to work?", perspective="recommendation"),
             q("stay", "yes_no", "Do you expect to be working here 12 months from now?", perspective="loyalty"),
             q("tools", "rating", "I have the tools and resources I need to do my job well.", (1, 5)),
             q("hear", "text", "What's one thing leadership should hear?"))
EN10 = survey("harbourview-stay-en", q("story", "text", "Tell us about your stay with Harbour View Hotel."))
EN11 = survey("flash-nps-en", q("nps", "nps", "Quick one: how likely are you to recommend us?"))

r("en", E, EN1, {"recommend": 9, "items": 5, "hassle": 1, "again": True,
                 "tell": "Lamp arrived in two days, beautifully packed. Already eyeing the matching shade."},
  (9, 9, 9.5, 9.5), "delivery+ product_quality+", note="Clean positive; 'eyeing the matching shade' signals a repeat purchase.")
r("en", E, EN1, {"recommend": 9, "items": 4, "hassle": 2, "again": True,
                 "tell": "Love the rug. But you billed my card twice and it took three emails and a phone call to get the duplicate reversed. Sort out your payments team."},
  (5.5, 7.5, 3.5, 6.5), "product_quality+ billing- communication-", "contradiction mixed",
  "NPS 9 and 'hassle 2' but an angry billing story: recommendation kept fairly high (answered 9, product loved); satisfaction and ease pulled down by the double charge and the chasing; loyalty hedged.")
r("en", E, EN1, {"recommend": 2, "items": 2, "hassle": 4, "again": False,
                 "tell": "Two of the four chairs had scratched legs. Returns portal wanted photos, then a printer, then a drop-off point 20 miles away."},
  (2, 1.5, 2, 1), "product_quality- website_app-")
r("en", E, EN1, {"recommend": 7, "items": 4, "hassle": None, "again": None, "tell": None}, (7, 7, 6.5, 6.5), cases="skipped")
r("en", E, EN1, {"recommend": 10, "items": 5, "hassle": 1, "again": True, "tell": "n/a"}, (9.5, 10, 9.5, 9.5),
  cases="short", note="'n/a' carries nothing; labels from the uniformly top answers.")
r("en", E, EN1, {"recommend": 5, "items": 3, "hassle": 3, "again": True,
                 "tell": "Fine I suppose. The throw is thinner than the photos make it look, but it was cheap, so."},
  (5, 5, 6, 6), "product_quality- price+", "mixed", "Lukewarm: quality complaint offset by the low price; 'yes' to buying again but half-hearted, so loyalty 6 not 8.")
r("en", E, EN2, {"nps": 10, "why": "Staff actually read the books they recommend. Mia's pick for my dad was spot on."},
  (9, 10, 8, 9), "staff+")
r("en", E, EN2, {"nps": 0, "why": "Ordered a signed copy for a birthday, got an unsigned one, no apology."},
  (1, 0.5, 3, 2), "product_quality- communication-", note="Wrong item and no apology; ease not directly addressed, set low-middle.")
r("en", E, EN2, {"nps": 8, "why": "Good selection. Website search is painful though - typed the exact title and got cookbooks."},
  (7, 7.5, 5, 7.5), "product_quality+ website_app-", "mixed")
r("en", E, EN2, {"nps": 6, "why": "Not bad, not great."}, (5.5, 6, 6, 6), cases="negation short",
  note="Double-hedged neutral; everything near the middle.")
r("en", SMS, EN3, {"rating": 5, "reply": "Sorted in one call, cheers Dave"}, (9, 8.5, 9.5, 8.5), "staff+",
  note="First-contact resolution: ease very high.")
r("en", SMS, EN3, {"rating": 1, "reply": "3rd time calling about the same outage. Each person says someone will ring back. Nobody does."},
  (1, 1, 0.5, 2), "communication-", note="Repeated contact, broken callback promises: ease near zero; loyalty 2 (still a customer, for now).")
r("en", SMS, EN3, {"rating": 4, "reply": None}, (7.5, 7, 7, 7))
r("en", SMS, EN3, {"rating": 2, "reply": "oh brilliant, another 50 min on hold to be told to restart the router. genius."},
  (1.5, 1.5, 1, 3), "waiting_time- staff-", "sarcasm", "'brilliant' and 'genius' are sarcastic; long hold and a useless script.")
r("en", SMS, EN4, {"easy": 7, "why": "App did it all, didn't need to call anyone."}, (8.5, 8, 9.5, 8.5), "website_app+")
r("en", SMS, EN4, {"easy": 2, "why": "Had to visit a branch with ID to change an address. It's 2025."},
  (3, 3.5, 1.5, 5), cases="sarcasm",
  note="A process complaint that no theme covers (no themes); ease very low; loyalty middling - people rarely leave a bank over one chore.")
r("en", SMS, EN4, {"easy": 4, "why": "Not difficult, not easy. The form timed out once."}, (5.5, 5.5, 4.5, 6), "website_app-",
  "negation")
r("en", KIO, EN5, {"mood": 3, "note": "Flat white was perfect and the new barista remembered my name!"}, (9.5, 9, 9, 9.5),
  "product_quality+ staff+")
r("en", KIO, EN5, {"mood": 1, "note": "Tables sticky, bin overflowing, milk jug left out. Gross."}, (2, 2, 5, 3),
  "cleanliness-", note="Hygiene complaint; nothing about effort, so ease left near the middle.")
r("en", KIO, EN5, {"mood": 2, "note": None}, (5, 5, 6, 5.5))
r("en", KIO, EN5, {"mood": 3, "note": "queue was out the door but worth it"}, (8, 8, 5, 8.5),
  "waiting_time- product_quality+", "mixed", "Top smiley despite the queue: ease (waiting) down, 'worth it' keeps the rest high.")
r("en", WEB, EN6, {"helped": False, "improve": "Doesn't say anywhere how to export to CSV. Searched for ten minutes."},
  (3, 3, 1.5, 4.5), "website_app-")
r("en", WEB, EN6, {"helped": True, "improve": "All good"}, (8, 7, 8.5, 7.5), cases="short")
r("en", WEB, EN6, {"helped": True, "improve": "Answered it, but the screenshots are from the old version so I had to guess where the button moved."},
  (6.5, 6, 5.5, 7), "website_app-", "mixed")
r("en", QR, EN7, {"nps": 8, "trip": 8, "more": "Not a single complaint this time, which makes a change!"}, (8, 8, 7.5, 8),
  cases="negation", note="'Not a single complaint' is praise; 'makes a change' hints at earlier problems, so loyalty stays at 8.")
r("en", QR, EN7, {"nps": 3, "trip": 4, "more": "Half the shelves empty again and only self-checkout open. Why do I bother."},
  (3, 3, 3.5, 3.5), "staff-",
  note="Empty shelves (availability) has no theme; 'only self-checkout open' read as staff-. 'Why do I bother' lowers loyalty.")
r("en", QR, EN7, {"nps": 10, "trip": 10, "more": "Prices have gone silly lately but the bakery counter ladies are an absolute joy."},
  (8.5, 9.5, 8.5, 9), "price- staff+", "mixed")
r("en", QR, EN7, {"nps": 9, "trip": None, "more": None}, (8, 9, 8, 8.5), cases="skipped")
r("en", FL, EN8, {"say": "Honestly can't fault you. Fast, friendly, fair."}, (9, 9, 9, 9),
  "waiting_time+ staff+ price+", "negation", "'Can't fault you' is a negated complaint = praise; three themes in three words.")
r("en", FL, EN8, {"say": "Meh."}, (5, 4.5, 5.5, 5), cases="short")
r("en", FL, EN8, {"say": "You used to be my go-to. Since the relaunch everything takes longer and costs more."},
  (3.5, 3, 3, 3), "waiting_time- price-", note="Lapsing customer: 'used to be my go-to' sets loyalty low.")
r("en", EMP, EN9, {"enps": 9, "stay": True, "tools": 4, "hear": "Keep the 4-day week trial going, it's the best thing you've done."},
  (8.5, 9, 8, 9), "workload+")
r("en", EMP, EN9, {"enps": 3, "stay": False, "tools": 2, "hear": "Third reorg in eighteen months. Nobody knows who owns what and the good people are leaving."},
  (2.5, 2, 2, 1.5), "management-")
r("en", EMP, EN9, {"enps": 7, "stay": True, "tools": 3, "hear": "My manager's great. Pay is the only reason I'd look elsewhere."},
  (6.5, 6.5, 5.5, 6), "management+ pay-", "mixed", "Stays for now, but pay is named as a reason to leave: loyalty 6 despite 'yes'.")
r("en", EMP, EN9, {"enps": 6, "stay": None, "tools": 4, "hear": None}, (5.5, 6, 6.5, 5.5), cases="skipped")
r("en", E, EN10, {"story": "Room was spotless and the view lived up to the name, but the breakfast buffet was lukewarm and check-in took forty minutes. Would stay again for the location."},
  (6.5, 6.5, 4.5, 7), "cleanliness+ product_quality- waiting_time-", "mixed",
  "Text only. Mixed stay; 'would stay again' sets loyalty above the other perspectives; the check-in wait sets ease.")
r("en", E, EN10, {"story": "Never again. Booked a sea view, got a car park view, and reception shrugged."},
  (1.5, 1, 3, 0.5), "product_quality- staff-", note="Text only. 'Never again' fixes loyalty near 0.")
r("en", FL, EN11, {"nps": 9}, (8, 9, 7.5, 8), note="Single NPS answer: other perspectives set a little below it.")

# ----------------------------------------------------------------------------------------------------- Polish
PL1 = survey("domowo-zamowienie-pl",
             q("polecenie", "nps", "Na ile prawdopodobne jest, że polecisz Domowo znajomym? (0–10)"),
             q("zadowolenie", "csat", "Jak bardzo podoba Ci się zamówiony towar?", (1, 5)),
             q("latwosc", "ces", "Zamówienie i odbiór przesyłki poszły gładko.", (1, 7), perspective="ease"),
             q("znowu", "yes_no", "Czy zamówisz u nas ponownie?", perspective="loyalty"),
             q("uwagi", "text", "Napisz, co poszło dobrze, a co nie."))
PL2 = survey("infolinia-sms-pl", q("ocena", "csat", "Jak oceniasz rozmowę z naszym konsultantem? (1–5)", (1, 5)),
             q("kom", "text", "Chcesz coś dodać? Odpisz na tego SMS-a."))
PL3 = survey("apteka-kiosk-pl",
             q("buzka", "csat", "Jak minęła dzisiejsza wizyta w Aptece Zdrowie?", (1, 3), perspective="satisfaction"),
             q("co", "multi_choice", "Co zrobiło na Tobie dobre wrażenie?",
               options=["Szybka obsługa", "Fachowa porada", "Dostępność leków", "Czystość"]),
             q("uwaga", "text", "Masz uwagi?"))
PL4 = survey("urzad-online-widget-pl", q("latwo", "ces", "Łatwo było mi dziś załatwić sprawę na stronie.", (1, 7)),
             q("dlaczego", "text", "Co moglibyśmy usprawnić?"))
PL5 = survey("pierogarnia-paragon-pl", q("nps", "nps", "Jak chętnie polecisz naszą restaurację znajomym?"),
             q("wrocisz", "single_choice", "Czy wpadniesz do nas ponownie?",
               options=["Na pewno", "Chyba tak", "Nie wiem", "Raczej nie"], perspective="loyalty"),
             q("slowo", "text", "Kilka słów od Ciebie:"))
PL6 = survey("flash-zdanie-pl", q("zdanie", "text", "Jednym słowem lub zdaniem: jak nam idzie?"))
PL7 = survey("puls-pracownicy-pl",
             q("enps", "nps", "Czy poleciłbyś/poleciłabyś pracę w naszej firmie znajomym?"),
             q("zostane", "yes_no", "Czy za rok nadal chcesz tu pracować?", perspective="loyalty"),
             q("obciazenie", "rating", "Moje obciążenie pracą jest do udźwignięcia.", (1, 5)),
             q("glos", "text", "Co powinien usłyszeć zarząd?"))

r("pl", E, PL1, {"polecenie": 10, "zadowolenie": 5, "latwosc": 7, "znowu": True,
                 "uwagi": "Szafka przyszła szybciej, niż myślałam, a montaż zajął 20 minut. Instrukcja wreszcie napisana po ludzku!"},
  (9.5, 9.5, 9.5, 9), "delivery+ product_quality+ communication+")
r("pl", E, PL1, {"polecenie": 9, "zadowolenie": 4, "latwosc": 6, "znowu": True,
                 "uwagi": "Towar ok, ale kurier zadzwonił 10 minut przed przyjazdem, a ja w pracy. Trzeci raz przekładałem dostawę."},
  (6.5, 8, 4.5, 7.5), "product_quality+ delivery-", "contradiction mixed",
  "High scores, but a three-times rescheduled delivery: ease and satisfaction pulled down, recommendation kept near the 9.")
r("pl", E, PL1, {"polecenie": 1, "zadowolenie": 1, "latwosc": 2, "znowu": False,
                 "uwagi": "Stół porysowany, jedna noga krótsza. Reklamacja odrzucona, bo „ślady użytkowania”. Po dwóch dniach?!"},
  (0.5, 0.5, 1.5, 0.5), "product_quality- communication-", note="Damaged goods and a rejected complaint; everything at the bottom.")
r("pl", E, PL1, {"polecenie": 7, "zadowolenie": 4, "latwosc": 5, "znowu": None, "uwagi": None}, (6.5, 6.5, 6, 6), cases="skipped")
r("pl", E, PL1, {"polecenie": 8, "zadowolenie": 3, "latwosc": 6, "znowu": True,
                 "uwagi": "Kolor trochę inny niż na zdjęciu, ale za tę cenę nie narzekam."},
  (6.5, 7.5, 7, 7.5), "product_quality- price+", "mixed negation")
r("pl", SMS, PL2, {"ocena": 5, "kom": "Pani Kasia załatwiła wszystko od ręki, dziękuję!"}, (9.5, 9, 9.5, 9), "staff+")
r("pl", SMS, PL2, {"ocena": 1, "kom": "Rozłączyło mnie dwa razy, za trzecim konsultant nie wiedział, o co chodzi. Szkoda nerwów"},
  (1, 1, 0.5, 3), "staff-")
r("pl", SMS, PL2, {"ocena": 3, "kom": "sprawa niby zalatwiona ale zobaczymy czy faktycznie zwrot wplynie"},
  (5, 5, 5, 5.5), "billing-", "no_diacritics",
  "Typed without diacritics. Refund promised but doubted: billing marked negative (distrust), everything else mid-scale.")
r("pl", SMS, PL2, {"ocena": 4, "kom": None}, (7, 7, 7, 7))
r("pl", SMS, PL2, {"ocena": 2, "kom": "No super, po godzinie czekania dowiedziałem się, że mam napisać maila. Genialne."},
  (1.5, 1.5, 1, 3.5), "waiting_time- communication-", "sarcasm", "'No super' and 'Genialne' are sarcastic.")
r("pl", KIO, PL3, {"buzka": 3, "co": ["Fachowa porada", "Szybka obsługa"],
                   "uwaga": "Farmaceutka poświęciła mi sporo czasu i doradziła tańszy zamiennik."},
  (9.5, 9, 9, 9.5), "staff+ price+")
r("pl", KIO, PL3, {"buzka": 1, "co": [], "uwaga": "Brak leku trzeci raz z rzędu, a kolejka do jedynego okienka."},
  (2, 2, 2.5, 3), "waiting_time-", note="Stock-outs have no theme; the single open counter is waiting_time-.")
r("pl", KIO, PL3, {"buzka": 2, "co": None, "uwaga": None}, (5, 5, 5.5, 5.5))
r("pl", KIO, PL3, {"buzka": 3, "co": ["Czystość"]}, (8, 7.5, 8, 8),
  note="No comment question answered (absent = not shown); labels from the top smiley.")
r("pl", WEB, PL4, {"latwo": 2, "dlaczego": "Formularz zmiany adresu wywala błąd przy kodzie pocztowym z myślnikiem."},
  (3, 3.5, 1.5, 5), "website_app-")
r("pl", WEB, PL4, {"latwo": 6, "dlaczego": "Wszystko jasne, tylko strona ładuje się wieki na telefonie."},
  (7, 7, 6, 7.5), "website_app-", "mixed")
r("pl", WEB, PL4, {"latwo": 7, "dlaczego": "Nie było żadnego problemu."}, (8, 7.5, 9, 8), cases="negation")
r("pl", QR, PL5, {"nps": 9, "wrocisz": "Na pewno", "slowo": "Pierogi jak u babci, obsługa przemiła."},
  (9.5, 9.5, 8.5, 9.5), "product_quality+ staff+")
r("pl", QR, PL5, {"nps": 4, "wrocisz": "Raczej nie", "slowo": "Czekaliśmy 50 minut na zupę, a na rachunku doliczono serwis, o którym nikt nie wspomniał."},
  (2.5, 3, 3, 2.5), "waiting_time- billing-")
r("pl", QR, PL5, {"nps": 10, "wrocisz": "Chyba tak", "slowo": "Jedzenie super, ale muzyka tak głośna, że nie dało się rozmawiać."},
  (7.5, 9, 7.5, 7), "product_quality+", "contradiction mixed",
  "NPS 10 but a complaint about loud music (ambience, no theme) and only 'Chyba tak' for returning: loyalty 7.")
r("pl", QR, PL5, {"nps": 7, "wrocisz": None, "slowo": "ok"}, (6.5, 7, 7, 6.5), cases="short skipped")
r("pl", FL, PL6, {"zdanie": "Coraz lepiej, oby tak dalej"}, (7.5, 7.5, 7, 8))
r("pl", FL, PL6, {"zdanie": "Drożej i gorzej niż rok temu."}, (2.5, 2.5, 4.5, 3), "price- product_quality-")
r("pl", FL, PL6, {"zdanie": "Nie mam zastrzeżeń, choć szału też nie ma."}, (6, 5.5, 6.5, 6), cases="negation",
  note="'No objections, but no wow' - negated complaint plus faint praise: slightly above the middle.")
r("pl", EMP, PL7, {"enps": 8, "zostane": True, "obciazenie": 4,
                   "glos": "Fajny zespół i elastyczne godziny. Przydałby się jasny plan awansów."},
  (7.5, 8, 7.5, 8), "colleagues+ workload+ growth-", "mixed")
r("pl", EMP, PL7, {"enps": 2, "zostane": False, "obciazenie": 1,
                   "glos": "Od pół roku robię za dwie osoby, bo nikt nie zatrudnił nikogo na miejsce Marka. Nadgodziny „w ramach elastyczności”."},
  (1.5, 2, 1, 1), "workload- pay-", "sarcasm", "Unpaid overtime in scare quotes = pay-; doing two jobs = workload-.")
r("pl", EMP, PL7, {"enps": 6, "zostane": True, "obciazenie": 3,
                   "glos": "Kierownik w porządku, ale podwyżka 3% przy tej inflacji to żart."},
  (5, 5.5, 5.5, 6), "management+ pay-", "mixed")
r("pl", EMP, PL7, {"enps": 10, "zostane": True, "obciazenie": 5, "glos": "Nic dodać, nic ująć."}, (9, 10, 9, 9.5),
  cases="negation short", note="Idiom 'nothing to add, nothing to take away' = fully satisfied.")
r("pl", EMP, PL7, {"enps": 5, "zostane": None, "obciazenie": 2, "glos": None}, (4.5, 5, 3.5, 5), cases="skipped")
r("pl", E, PL1, {"polecenie": 6, "zadowolenie": 4, "latwosc": 3, "znowu": True,
                 "uwagi": "Meble ładne, ale system płatności na stronie dwa razy odrzucił moją kartę i musiałam zapłacić przelewem."},
  (6, 6, 3, 7), "product_quality+ website_app-", "mixed")
r("pl", SMS, PL2, {"ocena": 5, "kom": "Szybko i konkretnie 👍"}, (9, 8.5, 9.5, 8.5), "waiting_time+", "short")

# ----------------------------------------------------------------------------------------------------- German
DE1 = survey("lieferkiste-abo-de",
             q("empfehlung", "nps", "Wie wahrscheinlich ist es, dass Sie die Lieferkiste weiterempfehlen?"),
             q("zufrieden", "csat", "Wie zufrieden waren Sie mit Ihrer Kochbox?", (1, 5)),
             q("aufwand", "ces_effort", "Wie aufwendig war es für Sie, Ihr Abo zu verwalten? (1 = gar nicht, 5 = sehr)", (1, 5)),
             q("kommentar", "text", "Ihre Anmerkungen"))
DE2 = survey("stadtwerke-sms-de",
             q("loesung", "yes_no", "Konnten wir Ihr Anliegen heute lösen?", perspective="satisfaction"),
             q("einfach", "ces", "Es war einfach, mein Anliegen zu klären.", (1, 7)),
             q("warum", "text", "Möchten Sie uns noch etwas sagen?"))
DE3 = survey("holzhaus-kiosk-de",
             q("einkauf", "csat", "Wie zufrieden sind Sie mit Ihrem heutigen Einkauf bei HolzHaus?", (1, 5), perspective="satisfaction"),
             q("beratung", "rating", "Wie bewerten Sie die Beratung?", (1, 5)),
             q("text", "text", "Was sollten wir wissen?"))
DE4 = survey("hilfe-seite-widget-de", q("gefunden", "yes_no", "Haben Sie die gesuchte Information gefunden?", perspective="ease"),
             q("fehlt", "text", "Was fehlt auf dieser Seite?"))
DE5 = survey("gasthaus-beleg-de",
             q("nps", "nps", "Würden Sie uns Freunden empfehlen? (0 = auf keinen Fall, 10 = unbedingt)"),
             q("wieder", "yes_no", "Kommen Sie wieder?", perspective="loyalty"),
             q("anm", "text", "Anmerkungen"))
DE6 = survey("flash-sterne-de", q("sterne", "rating", "Wie war Ihr Erlebnis heute? (1–5 Sterne)", (1, 5)))
DE7 = survey("mitarbeiterpuls-de",
             q("enps", "nps", "Wie wahrscheinlich würden Sie uns als Arbeitgeber weiterempfehlen?"),
             q("jahr", "single_choice", "Wo sehen Sie sich in einem Jahr?",
               options=["Weiterhin hier im Team", "Intern in einer anderen Rolle", "Eher bei einem anderen Arbeitgeber", "Weiß ich nicht"],
               perspective="loyalty"),
             q("wunsch", "text", "Was wünschen Sie sich von der Geschäftsführung?"))
DE8 = survey("reparatur-feedback-de", q("bericht", "text", "Wie war Ihre Erfahrung mit unserem Reparaturservice? Schreiben Sie uns frei heraus."))

r("de", E, DE1, {"empfehlung": 9, "zufrieden": 5, "aufwand": 1,
                 "kommentar": "Rezepte abwechslungsreich, Zutaten frisch, und die Kinder essen sogar den Fenchel."},
  (9, 9, 9, 9), "product_quality+")
r("de", E, DE1, {"empfehlung": 10, "zufrieden": 4, "aufwand": 4,
                 "kommentar": "Essen top. Aber das Abo zu pausieren ist ein Albtraum – Button versteckt, dann drei Bestätigungsseiten."},
  (7, 9, 2.5, 7.5), "product_quality+ website_app-", "contradiction mixed",
  "NPS 10 for the food, but managing the subscription is a nightmare: ease low (effort 4 agrees), satisfaction 7.")
r("de", E, DE1, {"empfehlung": 3, "zufrieden": 2, "aufwand": 2,
                 "kommentar": "Zum zweiten Mal fehlte das Fleisch in der Box, Ersatz gab's keinen."},
  (2, 2.5, 5, 2), "delivery-", note="Missing items in the box read as a delivery (fulfilment) failure; effort answer is low so ease stays mid.")
r("de", E, DE1, {"empfehlung": 7, "zufrieden": 4, "aufwand": 2, "kommentar": None}, (7, 7, 7.5, 7))
r("de", E, DE1, {"empfehlung": 6, "zufrieden": 3, "aufwand": 3,
                 "kommentar": "Geschmacklich ok, für den Preis aber zu kleine Portionen."},
  (5, 5.5, 6.5, 5), "price-", "mixed", "Portions too small for the price: a value complaint (price-); taste only 'ok'.")
r("de", E, DE1, {"empfehlung": 8, "zufrieden": 5, "aufwand": 1, "kommentar": "Nichts zu meckern."}, (8.5, 8, 9, 8.5),
  cases="negation short")
r("de", SMS, DE2, {"loesung": True, "einfach": 7, "warum": "Der Herr am Telefon war super geduldig mit meiner Mutter, danke!"},
  (9, 9, 9, 8.5), "staff+")
r("de", SMS, DE2, {"loesung": False, "einfach": 1,
                   "warum": "Vier Mal verbunden worden, jedes Mal alles neu erklären. Problem besteht weiterhin."},
  (1, 1, 0.5, 3), "communication-")
r("de", SMS, DE2, {"loesung": True, "einfach": 4, "warum": None}, (6.5, 6.5, 5.5, 6.5))
r("de", SMS, DE2, {"loesung": True, "einfach": 6, "warum": "Ging eigentlich, nur die Warteschleife mit der Dudelmusik war ätzend."},
  (7, 7, 5.5, 7), "waiting_time-", "mixed")
r("de", SMS, DE2, {"loesung": False, "einfach": 2, "warum": "Toll, jetzt soll ich ein Fax schicken. Wir haben 2025, Leute."},
  (2, 2, 1, 4), cases="sarcasm", note="'Toll' is sarcastic. Being asked for a fax is a process/channel complaint with no theme; loyalty mid (a utility).")
r("de", KIO, DE3, {"einkauf": 5, "beratung": 5,
                   "text": "Herr Yilmaz in der Holzabteilung hat mir Zuschnitt und Dübel erklärt, als wäre es sein eigenes Projekt."},
  (9.5, 9.5, 9, 9), "staff+")
r("de", KIO, DE3, {"einkauf": 2, "beratung": 1,
                   "text": "Keine Menschenseele in der Gartenabteilung, am Infopunkt hieß es nur „weiß ich nicht“."},
  (2, 2, 2.5, 4), "staff-")
r("de", KIO, DE3, {"einkauf": 4, "beratung": 3, "text": None}, (7, 6.5, 7, 7))
r("de", KIO, DE3, {"einkauf": 4, "beratung": None, "text": "Gut sortiert, aber die Preise haben ordentlich angezogen."},
  (6.5, 6.5, 7, 6), "product_quality+ price-", "mixed skipped")
r("de", WEB, DE4, {"gefunden": False, "fehlt": "Die Seite zur Kündigung verlinkt auf sich selbst. Absicht?"},
  (2, 2, 1, 1), "website_app-", "sarcasm",
  "Trying to cancel and the cancellation page loops: ease ~1 and loyalty ~1 (they are leaving); 'Absicht?' is a sarcastic jab.")
r("de", WEB, DE4, {"gefunden": True, "fehlt": "Passt."}, (7.5, 7, 8.5, 7.5), cases="short")
r("de", WEB, DE4, {"gefunden": True, "fehlt": "Gefunden, aber erst über Google, nicht über eure Suche."},
  (6, 6, 4.5, 6.5), "website_app-", "mixed", "Answered 'yes' but only via an outside search engine: ease moderate-low.")
r("de", QR, DE5, {"nps": 9, "wieder": True, "anm": "Schnitzel riesig, Bedienung flott, gerne wieder."},
  (9, 9, 9, 9.5), "product_quality+ staff+ waiting_time+")
r("de", QR, DE5, {"nps": 5, "wieder": False,
                  "anm": "Man hat uns zwei Getränke berechnet, die wir nie bestellt hatten. Korrigiert wurde es erst nach Diskussion."},
  (3, 3.5, 3, 3), "billing- staff-")
r("de", QR, DE5, {"nps": 8, "wieder": True, "anm": None}, (7.5, 8, 7.5, 8))
r("de", QR, DE5, {"nps": 0, "wieder": False, "anm": "Unverschämt."}, (0.5, 0, 3, 0.5), cases="short",
  note="One word ('outrageous'); no detail, so ease only set low-middle.")
r("de", FL, DE6, {"sterne": 4}, (7.5, 7, 7.5, 7), note="Single 4-star rating; everything near it.")
r("de", FL, DE6, {"sterne": 1}, (1.5, 1.5, 3, 2.5), note="Single 1-star rating; ease not asked, kept a bit higher.")
r("de", EMP, DE7, {"enps": 8, "jahr": "Weiterhin hier im Team", "wunsch": "Mehr Transparenz bei Gehaltsbändern, sonst bin ich echt zufrieden."},
  (8, 8, 7.5, 8.5), "pay-", "mixed")
r("de", EMP, DE7, {"enps": 2, "jahr": "Eher bei einem anderen Arbeitgeber",
                   "wunsch": "Seit der Übernahme zählen nur noch Kennzahlen. Wer krank ist, wird schief angeschaut."},
  (1.5, 1.5, 3, 1), "management-")
r("de", EMP, DE7, {"enps": 6, "jahr": "Weiß ich nicht", "wunsch": "Die Kolleginnen halten den Laden zusammen, nicht das Management."},
  (5, 5.5, 5, 4.5), "colleagues+ management-", "mixed")
r("de", E, DE8, {"bericht": "Handy kam nach 5 Tagen repariert zurück, Akku hält wieder den ganzen Tag. Kostenvoranschlag war fair."},
  (8.5, 8.5, 8, 8.5), "product_quality+ price+ delivery+")
r("de", E, DE8, {"bericht": "Nie wieder. Drei Wochen Reparatur, dann dasselbe Problem, und die Hotline behauptet, das sei ein neuer Defekt."},
  (0.5, 0.5, 1, 0), "product_quality- waiting_time- staff-")

# ----------------------------------------------------------------------------------------------------- Greek
EL1 = survey("ilektriko-spiti-el",
             q("nps", "nps", "Πόσο πιθανό είναι να συστήσετε το Ηλεκτρικό Σπίτι σε φίλο σας;"),
             q("ikanopoiisi", "csat", "Πόσο ικανοποιημένος/η είστε με το προϊόν που παραλάβατε;", (1, 5)),
             q("ksana", "yes_no", "Θα ψωνίσετε ξανά από εμάς;", perspective="loyalty"),
             q("sxolia", "text", "Πείτε μας περισσότερα."))
EL2 = survey("exypiretisi-sms-el", q("eksypiretisi", "csat", "Βαθμολογήστε την εξυπηρέτηση που λάβατε σήμερα (1-5).", (1, 5)),
             q("sxolio", "text", "Θέλετε να προσθέσετε κάτι;"))
EL3 = survey("fournos-kiosk-el",
             q("pos", "csat", "Πώς ήταν η επίσκεψή σας στον φούρνο μας σήμερα;", (1, 3), perspective="satisfaction"),
             q("giati", "text", "Κάτι που θέλετε να μας πείτε;"))
EL4 = survey("rantevou-widget-el", q("eukolo", "ces", "Η κράτηση ραντεβού μέσω της ιστοσελίδας ήταν εύκολη.", (1, 7)),
             q("veltiosi", "text", "Τι θα κάναμε καλύτερα;"))
EL5 = survey("taverna-apodeiksi-el", q("nps", "nps", "Θα προτείνατε την ταβέρνα μας σε φίλους;"),
             q("vathmos", "rating", "Βαθμολογήστε το γεύμα σας από το 1 έως το 10.", (1, 10)),
             q("sxolia", "text", "Σχόλια"))
EL6 = survey("flash-protasi-el", q("mia", "text", "Με λίγα λόγια: πώς τα πάμε;"))
EL7 = survey("palmos-ergazomenon-el",
             q("enps", "nps", "Θα προτείνατε την εταιρεία μας ως εργοδότη σε έναν φίλο;"),
             q("meno", "yes_no", "Σκοπεύετε να εργάζεστε εδώ και του χρόνου;", perspective="loyalty"),
             q("sxolio", "text", "Τι θα θέλατε να ακούσει η διοίκηση;"))

r("el", E, EL1, {"nps": 10, "ikanopoiisi": 5, "ksana": True,
                 "sxolia": "Το πλυντήριο ήρθε την επόμενη μέρα και ο τεχνικός το εγκατέστησε χωρίς χρέωση. Μπράβο σας!"},
  (9.5, 10, 9.5, 9.5), "delivery+ staff+ price+")
r("el", E, EL1, {"nps": 9, "ikanopoiisi": 4, "ksana": True,
                 "sxolia": "Καλό προϊόν, αλλά χρεώθηκα δύο φορές και ακόμα περιμένω την επιστροφή. Ελπίζω να το φτιάξετε."},
  (5.5, 7.5, 4, 6.5), "product_quality+ billing-", "contradiction mixed",
  "NPS 9 with a double charge still unrefunded: satisfaction and ease down, loyalty conditional ('I hope you fix it').")
r("el", E, EL1, {"nps": 2, "ikanopoiisi": 1, "ksana": False,
                 "sxolia": "Η τηλεόραση είχε σπασμένη οθόνη από το κουτί. Μου είπαν να τη στείλω εγώ πίσω με δικά μου έξοδα!"},
  (1, 1, 1.5, 1), "product_quality- staff-")
r("el", E, EL1, {"nps": 7, "ikanopoiisi": 4, "ksana": None, "sxolia": None}, (7, 7, 6.5, 6.5), cases="skipped")
r("el", E, EL1, {"nps": 8, "ikanopoiisi": 4, "ksana": True, "sxolia": "Όλα καλά, απλώς ο κούριερ δεν τηλεφώνησε πριν έρθει."},
  (7, 7.5, 6.5, 7.5), "delivery-", "mixed")
r("el", SMS, EL2, {"eksypiretisi": 5, "sxolio": "Η κυρία Ελένη ήταν υπομονετική και ξεκάθαρη, ευχαριστώ πολύ"},
  (9.5, 9, 9, 9), "staff+ communication+")
r("el", SMS, EL2, {"eksypiretisi": 1, "sxolio": "40 λεπτα στην αναμονη για να μου κλεισουν το τηλεφωνο"},
  (1, 1, 0.5, 2.5), "waiting_time-", "no_diacritics", "Typed without accents; 40 minutes on hold then hung up on.")
r("el", SMS, EL2, {"eksypiretisi": 3, "sxolio": "Μέτρια. Λύθηκε το θέμα αλλά χρειάστηκαν τρία τηλεφωνήματα."},
  (5, 5, 3, 6), "communication-", "mixed", "Resolved, but only after three calls: ease well below satisfaction.")
r("el", SMS, EL2, {"eksypiretisi": 4, "sxolio": None}, (7.5, 7, 7, 7))
r("el", SMS, EL2, {"eksypiretisi": 2, "sxolio": "Τέλεια, πάλι «θα σας καλέσουμε εμείς». Ακόμα περιμένω από την Τρίτη."},
  (1.5, 1.5, 1.5, 3), "communication- waiting_time-", "sarcasm", "'Τέλεια' is sarcastic: another unkept callback promise.")
r("el", KIO, EL3, {"pos": 3, "giati": "Η σπανακόπιτα ήταν ζεστή και τραγανή, όπως πάντα!"}, (9.5, 9, 9, 9.5), "product_quality+",
  note="'Όπως πάντα' marks a regular: loyalty high.")
r("el", KIO, EL3, {"pos": 1, "giati": "Ψωμί χθεσινό και η ταμίας μιλούσε στο κινητό."}, (1.5, 2, 5, 3), "product_quality- staff-")
r("el", KIO, EL3, {"pos": 2, "giati": None}, (5, 5, 6, 5.5))
r("el", KIO, EL3, {"pos": 3, "giati": "Λίγο ουρά αλλά άξιζε"}, (8, 8, 6, 8.5), "waiting_time- product_quality+", "mixed")
r("el", WEB, EL4, {"eukolo": 7, "veltiosi": "Σε δύο λεπτά έκλεισα ραντεβού, πολύ βολικό."}, (8.5, 8, 9.5, 8.5), "website_app+")
r("el", WEB, EL4, {"eukolo": 2, "veltiosi": "Η σελίδα δεν δεχόταν την κάρτα μου και δεν έλεγε γιατί."},
  (3, 3, 1.5, 4), "website_app- billing-")
r("el", WEB, EL4, {"eukolo": 5, "veltiosi": "Δεν ήταν δύσκολο, αλλά το ημερολόγιο φορτώνει αργά στο κινητό."},
  (6.5, 6.5, 5.5, 7), "website_app-", "negation mixed")
r("el", QR, EL5, {"nps": 10, "vathmos": 10,
                  "sxolia": "Φρέσκο ψάρι, τίμιες τιμές, και ο κυρ-Γιάννης μάς κέρασε γλυκό. Θα ξαναρθούμε σίγουρα!"},
  (10, 10, 9, 10), "product_quality+ price+ staff+")
r("el", QR, EL5, {"nps": 6, "vathmos": 6, "sxolia": "Το φαγητό καλό, αλλά 20 ευρώ για μια χωριάτικη είναι υπερβολή."},
  (5.5, 6, 7, 5.5), "product_quality+ price-", "mixed")
r("el", QR, EL5, {"nps": 3, "vathmos": 3, "sxolia": "Περιμέναμε μία ώρα για τα κυρίως και ήρθαν κρύα."},
  (2, 3, 2.5, 2.5), "waiting_time- product_quality-")
r("el", QR, EL5, {"nps": 9, "vathmos": None, "sxolia": None}, (8, 9, 8, 8.5), cases="skipped")
r("el", FL, EL6, {"mia": "Όλα τέλεια, όπως πάντα!"}, (9, 9, 8.5, 9.5))
r("el", FL, EL6, {"mia": "Δεν είμαι καθόλου ευχαριστημένη με τις νέες τιμές."}, (3, 3.5, 5, 4), "price-", "negation")
r("el", EMP, EL7, {"enps": 9, "meno": True, "sxolio": "Εξαιρετική ομάδα και ευέλικτο ωράριο. Θα ήθελα περισσότερη εκπαίδευση."},
  (8, 9, 8, 8.5), "colleagues+ workload+ growth-", "mixed")
r("el", EMP, EL7, {"enps": 1, "meno": False, "sxolio": "Μισθοί πετσοκομμένοι, υπερωρίες απλήρωτες. Όποιος μπορεί φεύγει."},
  (1, 1, 2, 0.5), "pay-")
r("el", EMP, EL7, {"enps": 5, "meno": True, "sxolio": "Ο προϊστάμενος είναι εντάξει, αλλά ο φόρτος δεν βγαίνει με τόσο λίγο κόσμο."},
  (5, 5, 3, 6), "management+ workload-", "mixed")
r("el", EMP, EL7, {"enps": 7, "meno": None, "sxolio": None}, (6.5, 7, 6, 6.5), cases="skipped")

# ----------------------------------------------------------------------------------------------------- Persian
FA1 = survey("kalasara-kharid-fa",
             q("nps", "nps", "چقدر احتمال دارد کالاسرا را به دوستانتان پیشنهاد کنید؟"),
             q("rezayat", "csat", "از کالایی که به دستتان رسید چقدر راضی هستید؟", (1, 5)),
             q("dobare", "yes_no", "آیا باز هم از کالاسرا خرید می~کنید؟", perspective="loyalty"),
             q("nazar", "text", "اگر نکته~ای دارید بنویسید."))
FA2 = survey("poshtibani-sms-fa", q("pasokh", "csat", "به پاسخگویی کارشناس ما از ۱ تا ۵ چه نمره~ای می~دهید؟", (1, 5)),
             q("tozih", "text", "توضیح بیشتری دارید؟"))
FA3 = survey("kafe-kiosk-fa", q("emruz", "csat", "امروز از کافه ما راضی بودید؟", (1, 3), perspective="satisfaction"),
             q("harf", "text", "حرفی با ما دارید؟"))
FA4 = survey("rahnama-widget-fa", q("asan", "ces", "پیدا کردن اطلاعات موردنیازم در این صفحه آسان بود.", (1, 7)),
             q("pishnahad", "text", "چه چیزی به این صفحه اضافه کنیم؟"))
FA5 = survey("restoran-resid-fa", q("nps", "nps", "رستوران ما را به دوستانتان معرفی می~کنید؟ (۰ تا ۱۰)"),
             q("zahmat", "ces_effort", "سفارش دادن و پرداخت چقدر برایتان زحمت داشت؟", (1, 5)),
             q("nazar", "text", "نظر شما"))
FA6 = survey("flash-jomle-fa", q("kotah", "text", "در یک جمله بگویید از ما راضی هستید یا نه."))
FA7 = survey("nabz-karkonan-fa",
             q("enps", "nps", "چقدر احتمال دارد کار در شرکت ما را به یک دوست پیشنهاد کنید؟"),
             q("mandan", "yes_no", "آیا قصد دارید سال آینده هم در شرکت بمانید؟", perspective="loyalty"),
             q("hoghugh", "rating", "از حقوق و مزایای خود چقدر راضی هستید؟", (1, 5)),
             q("payam", "text", "پیامتان برای مدیریت:"))

r("fa", E, FA1, {"nps": 10, "rezayat": 5, "dobare": True,
                 "nazar": "گوشی دو روزه رسید، بسته~بندی عالی بود و اصل بودنش را هم استعلام کردم. دمتان گرم!"},
  (9.5, 10, 9, 9.5), "delivery+ product_quality+")
r("fa", E, FA1, {"nps": 9, "rezayat": 4, "dobare": True,
                 "nazar": "جنس خوب بود ولی هزینه ارسال را دو بار از کارتم کم کردند و پشتیبانی هنوز جواب نداده."},
  (5, 7.5, 3.5, 6.5), "product_quality+ billing- communication-", "contradiction mixed",
  "NPS 9 but a double-charged shipping fee and no reply from support: satisfaction and ease pulled down.")
r("fa", E, FA1, {"nps": 1, "rezayat": 1, "dobare": False,
                 "nazar": "کفش~ها یک سایز کوچک~تر از سایزی بود که سفارش داده بودم و برای مرجوعی گفتند هزینه ارسال با خودم است."},
  (1, 1, 2, 1), "delivery- billing-", note="Wrong size sent (order accuracy read as delivery-); return shipping charged to the customer (billing-).")
r("fa", E, FA1, {"nps": 6, "rezayat": 3, "dobare": True, "nazar": "معمولی بود. نه خیلی خوب نه بد."}, (5.5, 6, 6, 6.5),
  cases="negation", note="Explicitly neutral; 'yes' to buying again lifts loyalty slightly.")
r("fa", E, FA1, {"nps": 8, "rezayat": 4, "dobare": None, "nazar": None}, (7.5, 8, 7, 7.5), cases="skipped")
r("fa", E, FA1, {"nps": 7, "rezayat": 4, "dobare": True, "nazar": "قیمتش از بقیه سایت~ها ارزان~تر بود، فقط ارسال کمی طول کشید."},
  (7, 7, 6, 7.5), "price+ delivery-", "mixed")
r("fa", SMS, FA2, {"pasokh": 5, "tozih": "آقای رضایی خیلی با حوصله مشکل اینترنتم را حل کرد. ممنون"}, (9.5, 9, 9, 9), "staff+")
r("fa", SMS, FA2, {"pasokh": 1, "tozih": "سه بار تماس گرفتم، هر بار گفتند تا ۲۴ ساعت درست می~شود. یک هفته است اینترنت ندارم."},
  (0.5, 0.5, 1, 1.5), "communication- product_quality-",
  note="A week-long outage (the service itself = product_quality-) and broken promises (communication-).")
r("fa", SMS, FA2, {"pasokh": 2, "tozih": "واقعاً عالی بود! نیم ساعت پشت خط منتظر ماندم تا بگویند سامانه قطع است."},
  (1.5, 1.5, 1, 3), "waiting_time-", "sarcasm", "'Really excellent!' followed by half an hour on hold: sarcasm.")
r("fa", SMS, FA2, {"pasokh": 4, "tozih": None}, (7.5, 7, 7, 7))
r("fa", SMS, FA2, {"pasokh": 3, "tozih": "mer30 moshkel hal shod vali dir"}, (6, 6, 4.5, 6.5), "waiting_time-", "finglish mixed",
  "Persian typed in Latin letters (Finglish, 'mer30' = merci): 'thanks, the problem was solved but late'.")
r("fa", KIO, FA3, {"emruz": 3, "harf": "قهوه~اش عالی بود و فضای کافه هم خیلی تمیز و دلنشین."}, (9.5, 9, 9, 9.5),
  "product_quality+ cleanliness+")
r("fa", KIO, FA3, {"emruz": 1, "harf": "کیک~ها بیات بود و میزها کثیف."}, (1.5, 2, 5, 2.5), "product_quality- cleanliness-")
r("fa", KIO, FA3, {"emruz": 2, "harf": None}, (5, 5, 6, 5.5))
r("fa", KIO, FA3, {"emruz": 3, "harf": "شلوغ بود و کمی منتظر ماندیم، اما ارزشش را داشت."}, (8, 8, 6, 8.5),
  "waiting_time- product_quality+", "mixed")
r("fa", WEB, FA4, {"asan": 2, "pishnahad": "هر چه گشتم راهنمای تمدید اشتراک را پیدا نکردم."}, (3, 3, 1.5, 4), "website_app-")
r("fa", WEB, FA4, {"asan": 7, "pishnahad": "همه چیز واضح و کامل بود."}, (8.5, 8, 9.5, 8), "website_app+")
r("fa", WEB, FA4, {"asan": 4, "pishnahad": "بد نبود، ولی کاش نسخه فارسی~اش کامل بود؛ نصف صفحه انگلیسی است."},
  (6, 6, 4.5, 6.5), "website_app-", "negation mixed", "'Not bad' (negated negative) but half the page is untranslated.")
r("fa", QR, FA5, {"nps": 10, "zahmat": 1,
                  "nazar": "کباب~ها عالی، سرویس سریع و برخورد پرسنل بسیار محترمانه. حتماً دوباره می~آییم."},
  (10, 10, 9.5, 10), "product_quality+ waiting_time+ staff+")
r("fa", QR, FA5, {"nps": 3, "zahmat": 4,
                  "nazar": "غذا خوب بود ولی برای پرداخت ۲۰ دقیقه منتظر ماندیم چون کارتخوان کار نمی~کرد."},
  (4.5, 3.5, 2, 4.5), "product_quality+ billing- waiting_time-", "mixed")
r("fa", QR, FA5, {"nps": 7, "zahmat": 2, "nazar": None}, (7, 7, 7.5, 7))
r("fa", QR, FA5, {"nps": 0, "zahmat": 5, "nazar": "دیگر هرگز."}, (0.5, 0, 0.5, 0), cases="short")
r("fa", FL, FA6, {"kotah": "راضی~ام، فقط قیمت~ها را کمی پایین~تر بیاورید."}, (7, 7, 7, 7.5), "price-", "mixed")
r("fa", FL, FA6, {"kotah": "نه، اصلاً راضی نیستم."}, (1.5, 1.5, 4, 2.5), cases="negation short")
r("fa", EMP, FA7, {"enps": 9, "mandan": True, "hoghugh": 4,
                   "payam": "محیط کار دوستانه است و مدیرمان واقعاً به حرف~مان گوش می~دهد."},
  (9, 9, 8, 9), "colleagues+ management+")
r("fa", EMP, FA7, {"enps": 2, "mandan": False, "hoghugh": 1,
                   "payam": "با این تورم، حقوق کفاف اجاره را هم نمی~دهد. دارم رزومه~ام را برای جای دیگر می~فرستم."},
  (2, 2, 4.5, 0.5), "pay-", note="Pay is the whole story; actively job-hunting sets loyalty near 0; ease not addressed.")
r("fa", EMP, FA7, {"enps": 6, "mandan": True, "hoghugh": 3,
                   "payam": "کار زیاد است و گاهی تا شب می~مانیم، ولی از همکارانم راضی~ام."},
  (5.5, 6, 3, 6.5), "workload- colleagues+", "mixed")
r("fa", EMP, FA7, {"enps": 5, "mandan": None, "hoghugh": 2, "payam": None}, (4.5, 5, 5, 4.5), cases="skipped")

# ----------------------------------------------------------------------------------------------------- Spanish
ES1 = survey("zapateria-lucia-es", q("nps", "nps", "¿Recomendarías Zapatería Lucía a un amigo?"),
             q("sat", "csat", "¿Qué tan contento estás con tus zapatos nuevos?", (1, 5)), q("com", "text", "Cuéntanos más"))
ES2 = survey("soporte-sms-es", q("facil", "ces", "Resolver mi consulta fue sencillo.", (1, 7)), q("por", "text", "¿Por qué?"))
ES3 = survey("pulso-equipo-es", q("enps", "nps", "¿Recomendarías trabajar en nuestra empresa?"),
             q("quedar", "yes_no", "¿Te ves aquí el año que viene?", perspective="loyalty"),
             q("msg", "text", "¿Algo que quieras decirle a la dirección?"))
ES4 = survey("flash-frase-es", q("frase", "text", "En pocas palabras: ¿cómo lo estamos haciendo?"))
r("es", E, ES1, {"nps": 10, "sat": 5, "com": "Comodísimos desde el primer día, y llegaron antes de lo previsto."},
  (9.5, 10, 9, 9), "product_quality+ delivery+")
r("es", E, ES1, {"nps": 8, "sat": 3, "com": "Bonitos, pero me hacen rozaduras. El cambio de talla fue muy fácil, eso sí."},
  (6, 7.5, 8, 7), "product_quality-", "mixed", "Shoes rub (quality-), but the size exchange was easy: ease high.")
r("es", E, ES1, {"nps": 2, "sat": 1, "com": "Se despegó la suela al mes. Me dicen que es por mal uso. Vaya tela."},
  (1, 1.5, 2, 1), "product_quality- staff-")
r("es", SMS, ES2, {"facil": 7, "por": "Me lo solucionaron por WhatsApp en diez minutos."}, (9, 8.5, 9.5, 8.5), "waiting_time+")
r("es", SMS, ES2, {"facil": 1, "por": "Nadie sabía nada, me pasaron de un departamento a otro."}, (1.5, 1.5, 0.5, 3), "communication-")
r("es", SMS, ES2, {"facil": 4, "por": None}, (6, 6, 5, 6))
r("es", EMP, ES3, {"enps": 8, "quedar": True, "msg": "Buen ambiente, aunque el sueldo podría ser mejor."},
  (7, 8, 7, 7.5), "colleagues+ pay-", "mixed")
r("es", EMP, ES3, {"enps": 3, "quedar": False, "msg": "No hay forma de crecer aquí, llevo cinco años igual."},
  (3, 3, 5, 1.5), "growth-")
r("es", FL, ES4, {"frase": "Genial, como siempre."}, (9, 9, 8.5, 9.5), cases="short")
r("es", FL, ES4, {"frase": "Qué maravilla esperar 40 minutos para pagar un café."}, (2, 2, 1.5, 3.5), "waiting_time-", "sarcasm",
  "'Qué maravilla' is sarcastic.")

# ----------------------------------------------------------------------------------------------------- French
FR1 = survey("cave-a-pierre-fr",
             q("nps", "nps", "Quelle est la probabilité que vous recommandiez La Cave à Pierre à un proche ?"),
             q("sat", "csat", "Êtes-vous satisfait(e) des vins reçus ?", (1, 5)),
             q("encore", "yes_no", "Repasserez-vous commande ?", perspective="loyalty"), q("mot", "text", "Un mot à ajouter ?"))
FR2 = survey("aide-widget-fr", q("trouve", "yes_no", "Avez-vous trouvé l'information recherchée ?", perspective="ease"),
             q("manque", "text", "Qu'est-ce qui manquait ?"))
FR3 = survey("barometre-equipe-fr", q("enps", "nps", "Recommanderiez-vous notre entreprise comme employeur ?"),
             q("charge", "rating", "Ma charge de travail est raisonnable.", (1, 5)), q("libre", "text", "Expression libre"))
FR4 = survey("caisse-borne-fr", q("passage", "csat", "Votre passage en caisse s'est-il bien passé ?", (1, 3), perspective="satisfaction"),
             q("remarque", "text", "Une remarque ?"))
r("fr", E, FR1, {"nps": 9, "sat": 5, "encore": True, "mot": "Sélection au top et le petit mot manuscrit dans le carton, j'adore."},
  (9.5, 9, 8.5, 9.5), "product_quality+ communication+")
r("fr", E, FR1, {"nps": 4, "sat": 2, "encore": False, "mot": "Une bouteille cassée, remboursée certes, mais au bout de trois relances."},
  (3, 3.5, 2.5, 3), "delivery- billing- communication-", "mixed",
  "Refund did come (billing partly fine) but only after three reminders: polarity of billing kept negative.")
r("fr", E, FR1, {"nps": 8, "sat": 4, "encore": True, "mot": None}, (7.5, 8, 7.5, 8))
r("fr", WEB, FR2, {"trouve": False, "manque": "Les horaires d'ouverture du magasin de Lyon ne sont nulle part. Sérieusement ?"},
  (3, 3, 1.5, 5), "website_app-")
r("fr", WEB, FR2, {"trouve": True, "manque": "Rien à redire."}, (8, 7.5, 8.5, 7.5), cases="negation short")
r("fr", EMP, FR3, {"enps": 7, "charge": 4, "libre": "Bonne équipe, mais les outils informatiques datent d'un autre siècle."},
  (6.5, 7, 4.5, 7), "colleagues+", "mixed", "Outdated IT tools have no theme; they lower ease.")
r("fr", EMP, FR3, {"enps": 1, "charge": 1, "libre": "Épuisée. On fait le travail de trois personnes depuis le départ de Julie."},
  (1.5, 1.5, 1, 2), "workload-")
r("fr", KIO, FR4, {"passage": 3, "remarque": "Caissier souriant et rapide, merci !"}, (9, 8.5, 9, 8.5), "staff+ waiting_time+")
r("fr", KIO, FR4, {"passage": 1, "remarque": "Un samedi midi avec une caisse ouverte sur six, franchement..."}, (2.5, 2.5, 2, 4.5), "waiting_time-")
r("fr", KIO, FR4, {"passage": 2, "remarque": None}, (5, 5, 5.5, 5.5))

# ----------------------------------------------------------------------------------------------------- Italian
IT1 = survey("ottica-bellavista-it", q("nps", "nps", "Quanto consiglieresti Ottica Bellavista a un amico?"),
             q("sodd", "csat", "Quanto sei soddisfatto dei tuoi nuovi occhiali?", (1, 7)), q("nota", "text", "Vuoi aggiungere qualcosa?"))
IT2 = survey("assistenza-sms-it", q("sforzo", "ces_effort", "Quanto è stato faticoso ottenere assistenza?", (1, 5)),
             q("racconta", "text", "Raccontaci"))
IT3 = survey("clima-aziendale-it", q("enps", "nps", "Consiglieresti la nostra azienda come posto di lavoro?"),
             q("resto", "yes_no", "Pensi di essere ancora qui tra un anno?", perspective="loyalty"),
             q("idea", "text", "Un suggerimento per la direzione"))
r("it", E, IT1, {"nps": 10, "sodd": 7, "nota": "Visita accuratissima e montatura pronta in due giorni. Bravissimi!"},
  (9.5, 10, 9, 9), "staff+ waiting_time+ product_quality+")
r("it", E, IT1, {"nps": 6, "sodd": 4, "nota": "Le lenti vanno bene ma il prezzo finale era più alto del preventivo."},
  (5, 5.5, 6, 5), "product_quality+ billing-", "mixed", "Final bill above the quote: billing-, not a general price complaint.")
r("it", E, IT1, {"nps": 2, "sodd": 2, "nota": "Vedo peggio di prima e per il controllo mi danno appuntamento tra un mese."},
  (1.5, 2, 2, 2), "product_quality- waiting_time-")
r("it", SMS, IT2, {"sforzo": 1, "racconta": "Risolto al primo messaggio, velocissimi."}, (9, 8.5, 9.5, 8.5), "waiting_time+")
r("it", SMS, IT2, {"sforzo": 5, "racconta": "Sei telefonate, tre operatori diversi, nessuna soluzione."}, (1, 1, 0.5, 2),
  "communication- staff-")
r("it", SMS, IT2, {"sforzo": 3, "racconta": None}, (6, 6, 5, 6))
r("it", EMP, IT3, {"enps": 9, "resto": True, "idea": "Ambiente sereno e responsabile presente. Continuate così."},
  (9, 9, 8, 9), "colleagues+ management+")
r("it", EMP, IT3, {"enps": 4, "resto": False, "idea": "Promozioni solo per amicizia. Merito zero."}, (3, 3.5, 5, 2),
  "growth- management-")
r("it", EMP, IT3, {"enps": 6, "resto": True, "idea": None}, (6, 6, 6, 6.5))

# ----------------------------------------------------------------------------------------------------- Dutch
NL1 = survey("fietsenhuis-vandijk-nl", q("nps", "nps", "Hoe waarschijnlijk is het dat je Fietsenhuis Van Dijk aanraadt?"),
             q("tevreden", "csat", "Hoe tevreden ben je over je nieuwe fiets?", (1, 5)), q("toelichting", "text", "Toelichting"))
NL2 = survey("afspraak-widget-nl", q("makkelijk", "ces", "Het was makkelijk om mijn afspraak online te verzetten.", (1, 7)),
             q("beter", "text", "Wat kan beter?"))
NL3 = survey("medewerkerspeiling-nl", q("enps", "nps", "Zou je ons als werkgever aanraden?"),
             q("blijven", "yes_no", "Werk je hier over een jaar nog?", perspective="loyalty"),
             q("opm", "text", "Opmerkingen voor het MT"))
r("nl", E, NL1, {"nps": 9, "tevreden": 5, "toelichting": "Goed advies gekregen over de framemaat en hij rijdt heerlijk."},
  (9, 9, 8.5, 9), "staff+ product_quality+")
r("nl", E, NL1, {"nps": 7, "tevreden": 3, "toelichting": "Fiets prima, maar op de eerste onderhoudsbeurt moest ik drie weken wachten."},
  (6, 7, 5, 6.5), "product_quality+ waiting_time-", "mixed")
r("nl", E, NL1, {"nps": 1, "tevreden": 1, "toelichting": "Ketting liep er na een week af, en bij de balie werd ik uitgelachen."},
  (0.5, 0.5, 2.5, 0.5), "product_quality- staff-")
r("nl", WEB, NL2, {"makkelijk": 7, "beter": "Paar klikken en klaar."}, (8.5, 8, 9.5, 8), "website_app+", "short")
r("nl", WEB, NL2, {"makkelijk": 2, "beter": "De knop 'verzetten' geeft een foutmelding, moest alsnog bellen."},
  (3, 3, 1.5, 5), "website_app-")
r("nl", EMP, NL3, {"enps": 8, "blijven": True, "opm": "Fijne collega's, en de thuiswerkregeling is top."}, (8, 8, 8, 8.5),
  "colleagues+ workload+")
r("nl", EMP, NL3, {"enps": 3, "blijven": False, "opm": "Salaris blijft achter en niemand vertelt waarom."}, (3, 3, 5, 2),
  "pay- management-")
r("nl", EMP, NL3, {"enps": 5, "blijven": None, "opm": None}, (5, 5, 5.5, 5), cases="skipped")

# ----------------------------------------------------------------------------------------------------- Portuguese
PT1 = survey("livraria-atlantico-pt", q("nps", "nps", "Recomendaria a Livraria Atlântico a um amigo?"),
             q("sat", "csat", "Quão satisfeito ficou com a sua encomenda?", (1, 5)), q("obs", "text", "Observações"))
PT2 = survey("apoio-sms-pt", q("facil", "ces", "Foi fácil resolver o meu assunto.", (1, 7)), q("porque", "text", "Quer explicar?"))
PT3 = survey("flash-frase-pt", q("resumo", "text", "Numa palavra ou frase: como estamos a ir?"))
r("pt", E, PT1, {"nps": 10, "sat": 5, "obs": "Chegou embrulhado para oferta, como pedi, e com um marcador de brinde. Adorei!"},
  (9.5, 10, 9, 9.5), "delivery+ product_quality+")
r("pt", E, PT1, {"nps": 5, "sat": 3, "obs": "O livro veio com a capa dobrada. Não é grave, mas para oferta não dá."},
  (5, 5, 6.5, 6), "delivery-", "negation", "Damaged in transit (delivery-); 'não é grave' softens it.")
r("pt", E, PT1, {"nps": 0, "sat": 1, "obs": "Cobraram-me portes que o site dizia serem grátis. Inadmissível."},
  (1, 0.5, 3, 1), "billing- website_app-")
r("pt", SMS, PT2, {"facil": 6, "porque": "Atendimento simpático e rápido."}, (8.5, 8, 8.5, 8), "staff+ waiting_time+")
r("pt", SMS, PT2, {"facil": 2, "porque": "Fiquei 45 minutos à espera e depois a chamada caiu."}, (2, 2, 1, 4), "waiting_time-")
r("pt", SMS, PT2, {"facil": 5, "porque": None}, (6.5, 6.5, 6.5, 6.5))
r("pt", FL, PT3, {"resumo": "Bom, mas já foram melhores."}, (6, 5.5, 6.5, 5.5), cases="mixed short",
  note="Faint praise with decline ('you used to be better'): just above the middle, loyalty slightly lower.")
r("pt", FL, PT3, {"resumo": "Não tenho nada de mau a dizer!"}, (8.5, 8, 8, 8.5), cases="negation")

# ----------------------------------------------------------------------------------------------------- Czech
CS1 = survey("kytky-eshop-cs", q("nps", "nps", "Jak pravděpodobně byste doporučili e-shop Kytky.cz známým?"),
             q("spok", "csat", "Jak jste spokojeni s kyticí?", (1, 5)), q("pozn", "text", "Poznámka"))
CS2 = survey("fitko-kiosk-cs", q("navsteva", "csat", "Jak se vám líbila dnešní návštěva?", (1, 3), perspective="satisfaction"),
             q("vzkaz", "text", "Vzkaz pro nás"))
CS3 = survey("pruzkum-zamestnancu-cs", q("enps", "nps", "Doporučili byste naši firmu jako zaměstnavatele?"),
             q("zustat", "yes_no", "Plánujete tu pracovat i za rok?", perspective="loyalty"),
             q("napad", "text", "Co byste vzkázali vedení?"))
r("cs", E, CS1, {"nps": 10, "spok": 5, "pozn": "Kytice dorazila přesně na narozeniny a byla ještě hezčí než na fotce."},
  (9.5, 10, 9, 9.5), "delivery+ product_quality+")
r("cs", E, CS1, {"nps": 3, "spok": 2, "pozn": "Květiny zvadlé do druhého dne, za 900 Kč dost smutné."}, (2, 2.5, 6, 2.5),
  "product_quality- price-")
r("cs", E, CS1, {"nps": 8, "spok": 4, "pozn": None}, (7.5, 8, 7.5, 7.5))
r("cs", KIO, CS2, {"navsteva": 3, "vzkaz": "Paní na recepci byla moc milá a všude čisto."}, (9, 8.5, 8.5, 8.5), "staff+ cleanliness+")
r("cs", KIO, CS2, {"navsteva": 1, "vzkaz": "fronta jak na banany a jedna pokladna"}, (2, 2, 2, 4), "waiting_time-", "no_diacritics",
  "No diacritics; 'a queue like for bananas' (a Czech idiom for a huge queue).")
r("cs", EMP, CS3, {"enps": 9, "zustat": True, "napad": "Dobrý kolektiv, férový šéf."}, (8.5, 9, 8, 9), "colleagues+ management+")
r("cs", EMP, CS3, {"enps": 2, "zustat": False, "napad": "Slibované prémie nikdy nepřišly."}, (2, 2, 5, 1.5), "pay-")
r("cs", EMP, CS3, {"enps": 6, "zustat": True, "napad": "Práce je hodně, ale zvládá se to."}, (6, 6, 4.5, 6.5), "workload-", "mixed")

# ----------------------------------------------------------------------------------------------------- Ukrainian
UK1 = survey("koshyk-zamovlennia-uk", q("nps", "nps", "Наскільки ймовірно, що ви порадите інтернет-магазин «Кошик» друзям?"),
             q("zadov", "csat", "Наскільки ви задоволені замовленням?", (1, 5)), q("kom", "text", "Коментар"))
UK2 = survey("pidtrymka-sms-uk", q("legko", "ces", "Мені було легко вирішити питання з підтримкою.", (1, 7)),
             q("chomu", "text", "Чому?"))
UK3 = survey("opytuvannia-komandy-uk", q("enps", "nps", "Чи порадили б ви нашу компанію як роботодавця?"),
             q("zalysh", "yes_no", "Чи плануєте ви працювати тут і наступного року?", perspective="loyalty"),
             q("dumka", "text", "Ваша думка"))
r("uk", E, UK1, {"nps": 10, "zadov": 5, "kom": "Усе прийшло наступного дня, овочі свіжі, кур'єр чемний. Дякую!"},
  (9.5, 10, 9.5, 9.5), "delivery+ product_quality+ staff+")
r("uk", E, UK1, {"nps": 4, "zadov": 2, "kom": "Половину замовлення замінили без попередження на інші товари."},
  (2.5, 3, 4, 3), "delivery- communication-", note="Substitutions without warning: order accuracy (delivery-) and no notice (communication-).")
r("uk", E, UK1, {"nps": 7, "zadov": 4, "kom": None}, (7, 7, 7, 7))
r("uk", SMS, UK2, {"legko": 7, "chomu": "Відповіли в чаті за дві хвилини й одразу все виправили."}, (9, 8.5, 9.5, 8.5), "waiting_time+")
r("uk", SMS, UK2, {"legko": 1, "chomu": "Чат-бот ганяє по колу, живої людини не дочекатися."}, (1.5, 1.5, 0.5, 3),
  "website_app- waiting_time-")
r("uk", EMP, UK3, {"enps": 8, "zalysh": True, "dumka": "Сильна команда і гнучкий графік."}, (8, 8, 8, 8.5), "colleagues+ workload+")
r("uk", EMP, UK3, {"enps": 3, "zalysh": False, "dumka": "Зарплату затримують уже другий місяць."}, (2, 2.5, 4.5, 1), "pay-")
r("uk", EMP, UK3, {"enps": 6, "zalysh": None, "dumka": "Нормально, але хотілося б більше навчання."}, (6, 6, 6, 5.5), "growth-",
  "mixed skipped")

# ----------------------------------------------------------------------------------------------------- Russian
RU1 = survey("salon-belyi-kot-ru", q("nps", "nps", "Насколько вероятно, что вы порекомендуете салон «Белый кот» друзьям?"),
             q("dovolny", "csat", "Насколько вы довольны результатом?", (1, 5)), q("otzyv", "text", "Ваш отзыв"))
RU2 = survey("spravka-widget-ru", q("nashli", "yes_no", "Вы нашли нужную информацию?", perspective="ease"),
             q("chego", "text", "Чего не хватило?"))
RU3 = survey("flash-odno-ru", q("kak", "text", "Одним предложением: как мы работаем?"))
r("ru", E, RU1, {"nps": 10, "dovolny": 5, "otzyv": "Мастер Оля — волшебница, стрижка держит форму уже месяц."},
  (9.5, 10, 9, 9.5), "staff+ product_quality+")
r("ru", E, RU1, {"nps": 3, "dovolny": 2, "otzyv": "Записали на 12:00, приняли в 12:40, ещё и цену подняли на месте."},
  (2.5, 3, 3, 2.5), "waiting_time- billing-", note="Price raised at the till versus the booking: billing- (not the price list).")
r("ru", E, RU1, {"nps": 8, "dovolny": 4, "otzyv": None}, (7.5, 8, 7.5, 8))
r("ru", WEB, RU2, {"nashli": False, "chego": "Нигде не написано, сколько стоит доставка в Казань."}, (3.5, 3.5, 2, 5), "website_app-")
r("ru", WEB, RU2, {"nashli": True, "chego": "Всё нашлось, спасибо."}, (8, 7.5, 8.5, 7.5))
r("ru", FL, RU3, {"kak": "Ну просто супер: третий раз привозят не тот размер."}, (1.5, 1.5, 2, 2), "delivery-", "sarcasm",
  "'Просто супер' is sarcastic; wrong size delivered for the third time.")
r("ru", FL, RU3, {"kak": "Не могу сказать ничего плохого."}, (8, 7.5, 8, 8), cases="negation")
r("ru", FL, RU3, {"kak": "Дорого, но качественно."}, (7, 7, 7, 7), "price- product_quality+", "mixed short")

# ----------------------------------------------------------------------------------------------------- Turkish
TR1 = survey("kahve-duragi-tr", q("nps", "nps", "Kahve Durağı'nı bir arkadaşınıza önerme olasılığınız nedir?"),
             q("memnun", "csat", "Siparişinizden ne kadar memnun kaldınız?", (1, 5)), q("yorum", "text", "Yorumunuz"))
TR2 = survey("destek-sms-tr", q("cozuldu", "yes_no", "Talebiniz çözüldü mü?", perspective="satisfaction"),
             q("aciklama", "text", "Eklemek istediğiniz bir şey var mı?"))
TR3 = survey("calisan-nabzi-tr", q("enps", "nps", "Şirketimizi çalışmak için bir arkadaşınıza önerir misiniz?"),
             q("kalmak", "yes_no", "Bir yıl sonra hâlâ burada olmayı düşünüyor musunuz?", perspective="loyalty"),
             q("not", "text", "Yönetime notunuz"))
r("tr", E, TR1, {"nps": 10, "memnun": 5, "yorum": "Kahveler taze kavrulmuş geldi, paketleme de çok şıktı."},
  (9.5, 10, 9, 9.5), "product_quality+ delivery+")
r("tr", E, TR1, {"nps": 5, "memnun": 3, "yorum": "Lezzet güzel ama kargo bir hafta sürdü."}, (6, 5.5, 5.5, 6),
  "product_quality+ delivery-", "mixed")
r("tr", E, TR1, {"nps": 1, "memnun": 1, "yorum": "Kartımdan iki kez çekim yapıldı, müşteri hizmetleri telefonu açmıyor."},
  (0.5, 1, 1, 1), "billing- communication-")
r("tr", SMS, TR2, {"cozuldu": True, "aciklama": "Temsilci çok ilgiliydi, teşekkürler."}, (9, 8.5, 8.5, 8.5), "staff+")
r("tr", SMS, TR2, {"cozuldu": False, "aciklama": "Üç gündür aynı şeyi anlatıyorum, hâlâ çözüm yok."}, (1.5, 1.5, 1, 3),
  "communication-")
r("tr", EMP, TR3, {"enps": 9, "kalmak": True, "not": "Ekip harika, yöneticim her zaman destek oluyor."}, (9, 9, 8, 9),
  "colleagues+ management+")
r("tr", EMP, TR3, {"enps": 3, "kalmak": False, "not": "Aldığımız zam kira artışını bile karşılamadı, ekipte herkes CV güncelliyor."},
  (2.5, 2.5, 4.5, 1), "pay-")
r("tr", EMP, TR3, {"enps": 6, "kalmak": True, "not": "Genel olarak iyi, ama toplantılar yüzünden asıl işe vakit kalmıyor."},
  (6, 6, 4, 6.5), "workload-", "mixed")


# ----------------------------------------------------------------------------------------------------- reversed scales
# Respondents who read the scale backwards (1 or 0 taken as the best): the number and the comment contradict.
r("en", SMS, EN3, {"rating": 1, "reply": "Excellent help, Priya sorted everything in minutes, thank you!"},
  (8, 7.5, 8.5, 7.5), "staff+ waiting_time+", "contradiction reversed_scale",
  "Rating 1 with a glowing comment: almost surely the scale read backwards. Labels follow the comment, tempered a little for the doubt.")
r("pl", QR, PL5, {"nps": 0, "wrocisz": "Na pewno", "slowo": "Wszystko pyszne, obsługa miła, polecam!"},
  (8.5, 8, 8, 8.5), "product_quality+ staff+", "contradiction reversed_scale",
  "NPS 0 but 'polecam' (I recommend) and 'Na pewno' for coming back: the 0 is a misread scale; labels from the comment and the choice.")
r("de", SMS, DE2, {"loesung": True, "einfach": 1, "warum": "Alles bestens, vielen Dank für die schnelle Hilfe!"},
  (8.5, 8, 8, 8), "waiting_time+", "contradiction reversed_scale",
  "'Easy' answered 1 (strongly disagree) next to 'resolved' and warm thanks for fast help: the CES answer is taken as reversed.")
r("el", E, EL1, {"nps": 1, "ikanopoiisi": 5, "ksana": True, "sxolia": "Πολύ καλή δουλειά, ήρθαν όλα σωστά και γρήγορα."},
  (8.5, 7, 8, 8.5), "delivery+", "contradiction reversed_scale",
  "NPS 1 against CSAT 5, 'yes' to buying again and a positive comment: the NPS is probably reversed, so recommendation is set lower than the rest but well above 1.")



# ===================================================================================================== second batch
# 186 more responses written for the set (English, Polish, German, Greek, Persian, French and Spanish brought to 40 or
# more each, a few more in the other seven languages): more kiosk and widget responses with only one or two answers,
# code-switching, off-topic complaints, longer comments, contradictions between the numbers and the text.

# ----------------------------------------------------------------------------------------------------- English (2)
EN12 = survey("gym-checkin-kiosk-en", q("face", "csat", "How was your workout today?", (1, 3), perspective="satisfaction"))
EN13 = survey("energy-account-widget-en", q("effort", "ces", "It was easy to submit my meter reading.", (1, 7)),
              q("tell", "text", "Anything we could do better?"))
EN14 = survey("parcelpal-delivery-en",
              q("nps", "nps", "How likely are you to recommend ParcelPal?"),
              q("ontime", "yes_no", "Did your parcel arrive when we said it would?", perspective="ease"),
              q("comment", "text", "Tell us about your delivery."))

r("en", KIO, EN12, {"face": 3}, (8.5, 8, 8, 8), note="Kiosk with one answer (top of 3).")
r("en", KIO, EN12, {"face": 1}, (2, 2.5, 4.5, 3.5), note="Kiosk with one answer (bottom of 3).")
r("en", WEB, EN13, {"effort": 7, "tell": "took 30 seconds. more of this pls"}, (9, 8.5, 9.5, 8.5), "website_app+", "short")
r("en", WEB, EN13, {"effort": 1, "tell": "Site says my meter serial doesn't exist. It's literally printed on the meter. Tried three browsers. Gave up and phoned, 40 min queue."},
  (1, 1.5, 0, 3.5), "website_app- waiting_time-",
  note="Everything failed online and the phone fallback was slow: ease 0; an energy supplier is sticky, loyalty low-middle.")
r("en", WEB, EN13, {"effort": 6, "tell": "Fine. While I have you - your price rise letter was a disgrace, 18% with two weeks notice."},
  (4, 4, 8, 3.5), "price- communication-", "contradiction mixed",
  "The meter reading was easy (ease 8), but the respondent uses the box for an off-topic rant about a price rise: satisfaction, recommendation and loyalty low.")
r("en", E, EN14, {"nps": 10, "ontime": True, "comment": "Driver rang the bell, waited, and when I didn't answer in 5 seconds... actually waited longer! Miracles do happen."},
  (9, 9.5, 9, 8.5), "staff+ delivery+", note="Light irony about couriers in general, praise for this one: positive.")
r("en", E, EN14, {"nps": 1, "ontime": False, "comment": "'Sorry we missed you' card while I was sat in the front room all day. Parcel now in a depot 12 miles away that closes at 5. Thanks a bunch."},
  (1, 1, 0.5, 1.5), "delivery- staff-", "sarcasm", "'Thanks a bunch' is sarcastic; a fake missed-delivery card and a far-away depot: ease near 0.")
r("en", E, EN14, {"nps": 9, "ontime": False, "comment": None}, (6.5, 8.5, 4, 7), cases="contradiction",
  note="NPS 9 though the parcel was late and no comment explains it: recommendation follows the 9, ease is lowered by the 'no'.")
r("en", E, EN14, {"nps": 7, "ontime": True, "comment": "yeah fine, left it with next door which is ok I guess but a text would've been nice"},
  (6.5, 7, 6, 6.5), "delivery+ communication-", "mixed")
r("en", E, EN14, {"nps": 0, "ontime": True, "comment": "Not your fault but the seller sent the wrong colour. Delivery itself was fine."},
  (5.5, 4, 7.5, 5.5), "delivery+", "contradiction",
  "NPS 0 aimed at the seller, not the courier ('not your fault'): the courier's own perspectives are labelled mid to fairly good, recommendation low-middle.")
r("en", EMP, EN9, {"enps": 10, "stay": True, "tools": 5,
                   "hear": "Honestly the best place I've worked. Flexible hours, sensible workload, a manager who actually asks how you're doing. Only gripe: the coffee machine on floor 3 has been broken since March. Fix it and I'll never leave 😄"},
  (9.5, 10, 9, 9.5), "workload+ management+", "mixed",
  "Long and glowing; the coffee machine is an off-topic joke that does not move the labels much.")
r("en", EMP, EN9, {"enps": 4, "stay": True, "tools": 1,
                   "hear": "Laptop is 7 years old, takes 10 min to boot. I spend more time waiting for Excel than doing my job."},
  (3.5, 4, 1.5, 5.5), "workload-", note="Outdated equipment: ease very low; 'yes' to staying keeps loyalty mid.")

# ----------------------------------------------------------------------------------------------------- Polish (2)
PL8 = survey("paczkomat-widget-pl", q("znalazles", "yes_no", "Czy znalazłeś potrzebną informację?", perspective="ease"),
             q("brak", "text", "Czego zabrakło?"))
PL9 = survey("kino-kiosk-pl", q("seans", "csat", "Jak oceniasz dzisiejszy seans?", (1, 5), perspective="satisfaction"))
PL10 = survey("bank-czat-sms-pl",
              q("nps", "nps", "Czy poleciłbyś nasz bank rodzinie lub znajomym?"),
              q("wysilek", "ces", "Łatwo było załatwić sprawę przez czat.", (1, 7)),
              q("dlaczego", "text", "Dlaczego tak oceniasz?"))

r("pl", WEB, PL8, {"znalazles": False, "brak": "Nie ma nigdzie info co zrobić jak paczkomat się nie otwiera. Stoję pod nim 20 minut."},
  (2, 2.5, 1, 4), "website_app- waiting_time-")
r("pl", WEB, PL8, {"znalazles": True}, (7.5, 7, 8.5, 7.5), note="Widget with one answer ('yes').")
r("pl", WEB, PL8, {"znalazles": True, "brak": "spoko, dzieki"}, (8, 7.5, 8.5, 7.5), cases="short no_diacritics")
r("pl", KIO, PL9, {"seans": 5}, (9, 8.5, 8.5, 8.5), note="Kiosk with one answer (5 of 5).")
r("pl", KIO, PL9, {"seans": 2}, (3, 3, 5, 4), note="Kiosk with one answer (2 of 5).")
r("pl", SMS, PL10, {"nps": 9, "wysilek": 7, "dlaczego": "Konsultantka na czacie ogarnęła zastrzeżenie karty w 3 minuty. Mega!"},
  (9.5, 9, 9.5, 9), "staff+ waiting_time+")
r("pl", SMS, PL10, {"nps": 0, "wysilek": 1, "dlaczego": "Czat z botem który odpowiada linkami do FAQ. Chciałem rozmawiać z człowiekiem, nie z FAQ. Przenoszę konto."},
  (0.5, 0, 0.5, 0), "website_app- communication-", note="'Przenoszę konto' (moving my account): loyalty 0.")
r("pl", SMS, PL10, {"nps": 7, "wysilek": 4, "dlaczego": "Sprawa załatwiona, ale musiałam wysłać skan dowodu trzy razy bo 'nieczytelny'."},
  (6, 6.5, 3, 7), "communication-", "mixed")
r("pl", SMS, PL10, {"nps": 8, "wysilek": 6, "dlaczego": "Bank ok, ale aplikacja po ostatniej aktualizacji to jakiś dramat, wszystko poprzestawiane. Please, wróćcie do starej wersji."},
  (6, 7, 5, 7), "website_app-", "mixed code_switching",
  "Polish with an English 'Please'; the chat was easy (6) but the app update annoys: ease kept mid, satisfaction 6.")
r("pl", EMP, PL7, {"enps": 9, "zostane": True, "obciazenie": 2,
                   "glos": "Kocham tę robotę i ludzi, ale jeśli nic się nie zmieni z obsadą, to się wypalę do lata."},
  (6.5, 8.5, 3, 6.5), "colleagues+ workload-", "contradiction mixed",
  "eNPS 9 and 'yes' to staying, but warns of burnout by summer: ease (workload) low, loyalty conditional.")

# ----------------------------------------------------------------------------------------------------- German (2)
DE9 = survey("bahnhofsbaecker-kiosk-de", q("laune", "csat", "Wie war's heute bei uns?", (1, 3), perspective="satisfaction"))
DE10 = survey("versicherung-widget-de", q("klar", "ces", "Die Informationen auf dieser Seite waren leicht verständlich.", (1, 7)),
              q("unklar", "text", "Was war unklar?"))
DE11 = survey("moebel-lieferung-de",
              q("nps", "nps", "Wie wahrscheinlich empfehlen Sie Wohnwerk weiter?"),
              q("lieferung", "rating", "Wie bewerten Sie Lieferung und Aufbau?", (1, 5)),
              q("nochmal", "yes_no", "Würden Sie wieder bei uns bestellen?", perspective="loyalty"),
              q("sonst", "text", "Sonst noch etwas?"))

r("de", KIO, DE9, {"laune": 3}, (8.5, 8, 8, 8), note="Kiosk with one answer (top of 3).")
r("de", KIO, DE9, {"laune": 1}, (2, 2.5, 4.5, 3.5), note="Kiosk with one answer (bottom of 3); ease not asked, nearer the middle.")
r("de", WEB, DE10, {"klar": 2, "unklar": "Was genau ist jetzt der Unterschied zwischen Tarif Plus und Tarif Komfort?? Steht nirgends."},
  (3, 3, 1.5, 5), "website_app- communication-")
r("de", WEB, DE10, {"klar": 6, "unklar": "eigentlich nix, nur die Schrift ist auf dem Handy winzig"}, (7, 7, 6, 7.5), "website_app-", "mixed")
r("de", WEB, DE10, {"klar": 7}, (8, 7.5, 9, 7.5), note="Widget with one answer (7 of 7).")
r("de", E, DE11, {"nps": 10, "lieferung": 5, "nochmal": True,
                  "sonst": "Die zwei Jungs vom Aufbau waren der Hammer – pünktlich, schnell, haben sogar den Karton mitgenommen. Danke!!"},
  (9.5, 10, 9.5, 9.5), "staff+ delivery+")
r("de", E, DE11, {"nps": 2, "lieferung": 1, "nochmal": False,
                  "sonst": "Liefertermin dreimal verschoben, jedes Mal einen Tag Urlaub genommen. Dann kam der Schrank mit einer kaputten Tür. Das war's für mich mit Wohnwerk."},
  (0.5, 1, 0.5, 0), "delivery- product_quality-",
  note="Long, angry; three rescheduled deliveries (ease ~0), damaged item, explicit end of the relationship.")
r("de", E, DE11, {"nps": 8, "lieferung": 2, "nochmal": True,
                  "sonst": "Sofa ist super bequem, wir lieben es. Die Lieferung war allerdings ein Chaos, der Fahrer hat uns zweimal nicht gefunden."},
  (6.5, 8, 3.5, 7.5), "product_quality+ delivery-", "mixed")
r("de", E, DE11, {"nps": 9, "lieferung": 5, "nochmal": None, "sonst": "Top, gerne wieder. Only the invoice came in English, bitte auf Deutsch."},
  (8.5, 9, 8.5, 8.5), "delivery+ billing-", "mixed skipped code_switching",
  "German with an English sentence; a small complaint about the invoice language (billing-).")
r("de", E, DE11, {"nps": 5, "lieferung": 4, "nochmal": True,
                  "sonst": "Eigentlich alles ok, aber ehrlich gesagt ist mir egal, wo ich Möbel kaufe – wer am billigsten ist, gewinnt."},
  (6.5, 5, 7, 4.5), "price-", "mixed",
  "Price-driven shopper: satisfied enough, but loyalty low despite the 'yes'; the price theme is about shopping around (negative for loyalty).")
r("de", EMP, DE7, {"enps": 9, "jahr": "Intern in einer anderen Rolle",
                   "wunsch": "Danke für die Weiterbildung zur Teamleiterin! Mehr davon für alle."},
  (9, 9, 8, 8.5), "growth+", note="Moving internally is loyalty to the company, not to the team: loyalty stays high.")

# ----------------------------------------------------------------------------------------------------- Greek (2)
EL8 = survey("kinito-sms-el",
             q("kopos", "ces_effort", "Πόση προσπάθεια χρειάστηκε για να λυθεί το αίτημά σας; (1 = καθόλου, 5 = πάρα πολλή)", (1, 5)),
             q("pite", "text", "Πείτε μας γιατί."))
EL9 = survey("mouseio-kiosk-el", q("episkepsi", "csat", "Σας άρεσε η σημερινή επίσκεψη;", (1, 5), perspective="satisfaction"))
EL10 = survey("eshop-widget-el", q("vrikate", "yes_no", "Βρήκατε αυτό που ψάχνατε;", perspective="ease"),
              q("ti", "text", "Τι έλειπε;"))
EL11 = survey("ksenodoxeio-el", q("diamoni", "text", "Περιγράψτε μας τη διαμονή σας."))

r("el", SMS, EL8, {"kopos": 1, "pite": "Ένα τηλέφωνο και τελείωσε, πολύ εξυπηρετικός ο υπάλληλος!"}, (9, 9, 9.5, 8.5), "staff+")
r("el", SMS, EL8, {"kopos": 5, "pite": "Μου χρεώσατε περιαγωγή ενώ ήμουν στην Αθήνα. Τρεις μέρες και ακόμα «το εξετάζουμε»."},
  (1, 1, 0.5, 2), "billing- communication-")
r("el", SMS, EL8, {"kopos": 3, "pite": "ok, αλλά το bot στην αρχή δεν καταλάβαινε τίποτα"}, (5.5, 5.5, 4, 6), "website_app-", "mixed code_switching",
  "Greek with English 'ok' and 'bot'; the chatbot misunderstood at first.")
r("el", SMS, EL8, {"kopos": 2, "pite": None}, (7, 7, 7.5, 7))
r("el", KIO, EL9, {"episkepsi": 5}, (9, 8.5, 8.5, 8.5), note="Kiosk with one answer (5 of 5).")
r("el", KIO, EL9, {"episkepsi": 1}, (1.5, 2, 4, 3), note="Kiosk with one answer (1 of 5); ease not asked, kept nearer the middle.")
r("el", KIO, EL9, {"episkepsi": 3}, (5, 5, 5.5, 5))
r("el", WEB, EL10, {"vrikate": False, "ti": "Δεν λέει πουθενά πόσο κάνουν τα μεταφορικά για Κρήτη. Έφυγα."},
  (2.5, 2.5, 1.5, 2), "website_app- delivery-",
  note="Shipping cost to Crete missing from the site; 'Έφυγα' (I left) sets loyalty low.")
r("el", WEB, EL10, {"vrikate": True, "ti": "Τίποτα!"}, (8.5, 8, 9, 8), cases="negation short")
r("el", E, EL11, {"diamoni": "Υπέροχο δωμάτιο με θέα στη θάλασσα, πεντακάθαρο. Η κυρία Μαρία στην υποδοχή μάς έδωσε τις καλύτερες συμβουλές για παραλίες. Το πρωινό λίγο φτωχό για την τιμή, αλλά σίγουρα θα ξανάρθουμε του χρόνου!"},
  (8.5, 9, 8.5, 9.5), "cleanliness+ staff+ product_quality- price-", "mixed",
  "Long, warm review with one complaint (breakfast poor for the price); 'θα ξανάρθουμε' sets loyalty high.")
r("el", E, EL11, {"diamoni": "Χάλια. Κλιματιστικό χαλασμένο σε 38 βαθμούς και κανείς δεν ήρθε να το φτιάξει σε τρεις μέρες."},
  (1, 1, 2, 1), "product_quality- staff-")
r("el", E, EL11, {"diamoni": "Μπράβο σας, πραγματικά! Τρίτη φορά που η κράτησή μου «χάθηκε» και με βάλατε σε άλλο ξενοδοχείο."},
  (1, 1, 1.5, 0.5), "communication-", "sarcasm", "'Μπράβο σας, πραγματικά!' is sarcastic: the booking lost for the third time.")
r("el", EMP, EL7, {"enps": 8, "meno": False, "sxolio": "Μου αρέσει η δουλειά και η ομάδα, αλλά μετακομίζω στη Θεσσαλονίκη για οικογενειακούς λόγους."},
  (8, 8, 7.5, 3), "colleagues+", "contradiction",
  "Happy at work but moving city for family reasons: loyalty low for a reason outside the company, the rest high.")

# ----------------------------------------------------------------------------------------------------- Persian (2)
FA8 = survey("taxi-app-widget-fa", q("asan2", "ces", "ثبت درخواست سفر در اپلیکیشن آسان بود.", (1, 7)),
             q("moshkel", "text", "اگر مشکلی بود بنویسید."))
FA9 = survey("bimarestan-kiosk-fa", q("raftar", "csat", "از برخورد کارکنان امروز چقدر راضی بودید؟", (1, 5), perspective="satisfaction"))
FA10 = survey("hotel-fa", q("eghamat", "text", "از اقامتتان در هتل ما بنویسید."))
FA11 = survey("bank-sms-fa",
              q("hal", "yes_no", "آیا مشکل شما حل شد؟", perspective="satisfaction"),
              q("nps", "nps", "چقدر احتمال دارد بانک ما را به دیگران پیشنهاد کنید؟"),
              q("chera", "text", "دلیل نمره~تان چیست؟"))

r("fa", WEB, FA8, {"asan2": 7, "moshkel": "عالی، سریع راننده پیدا شد."}, (9, 8.5, 9.5, 8.5), "website_app+ waiting_time+")
r("fa", WEB, FA8, {"asan2": 2, "moshkel": "اپ هی crash می~کنه، سه بار از اول درخواست دادم."}, (2.5, 3, 1, 4), "website_app-",
  "code_switching", "Persian with the English word 'crash'; the app keeps crashing.")
r("fa", WEB, FA8, {"asan2": 5}, (6.5, 6.5, 7, 6.5), note="Widget with one answer (5 of 7).")
r("fa", WEB, FA8, {"asan2": 6, "moshkel": "خوب بود ولی کرایه~ها از ماه پیش تا حالا خیلی بالا رفته."}, (6, 6, 8, 5.5), "price-", "mixed")
r("fa", KIO, FA9, {"raftar": 5}, (9, 8.5, 8.5, 8.5), note="Kiosk with one answer (5 of 5).")
r("fa", KIO, FA9, {"raftar": 2}, (3, 3, 4.5, 4), note="Kiosk with one answer (2 of 5).")
r("fa", E, FA10, {"eghamat": "اتاق تمیز و بزرگ بود، صبحانه هم متنوع. فقط آسانسور مدام خراب می~شد و طبقه ششم بودیم! با این حال دفعه بعد هم همین~جا می~آییم."},
  (7.5, 7.5, 5.5, 8.5), "cleanliness+ product_quality+", "mixed",
  "Long mixed review; the broken lift is an off-theme complaint that lowers ease; 'next time we come here again' lifts loyalty.")
r("fa", E, FA10, {"eghamat": "افتضاح. ملافه~ها کثیف بود و پذیرش گفت همین است که هست."}, (1, 1, 3, 1), "cleanliness- staff-")
r("fa", E, FA10, {"eghamat": "خوب"}, (7, 6.5, 7, 6.5), cases="short")
r("fa", SMS, FA11, {"hal": True, "nps": 10, "chera": "کارمند شعبه خیلی صبور بود و با حوصله قدم به قدم راهنمایی~ام کرد. مرسی"},
  (9.5, 10, 9, 9.5), "staff+ communication+")
r("fa", SMS, FA11, {"hal": False, "nps": 1, "chera": "دو هفته است کارتم مسدود شده و هر بار می~گویند فردا. می~خواهم کلاً از این بانک بروم."},
  (0.5, 1, 0.5, 0), "communication- waiting_time-", note="Closing the account: loyalty 0.")
r("fa", SMS, FA11, {"hal": True, "nps": 3, "chera": "مشکل حل شد ولی کارمزدها خیلی زیاد است."}, (5, 3.5, 6.5, 4.5), "price-", "mixed",
  "Resolved, but fees are too high: satisfaction mid, recommendation follows the 3.")
r("fa", SMS, FA11, {"hal": True, "nps": 9, "chera": "ممنون، خیلی خوب بود ولی ای کاش زودتر جواب می~دادید، چهار روز طول کشید!"},
  (6.5, 8.5, 4, 7.5), "waiting_time-", "contradiction mixed",
  "NPS 9 and 'resolved', but four days to answer: ease well down, satisfaction moderate.")

# ----------------------------------------------------------------------------------------------------- Spanish (2)
ES5 = survey("mercado-alameda-qr-es",
             q("nps", "nps", "Del 0 al 10, ¿con qué probabilidad recomendarías Mercado Alameda?"),
             q("compra", "rating", "Puntúa tu compra de hoy del 1 al 10.", (1, 10), perspective="satisfaction"),
             q("algo", "text", "¿Algo más que contarnos?"))
ES6 = survey("urgencias-kiosko-es", q("atencion", "csat", "¿Cómo valora la atención recibida hoy?", (1, 3), perspective="satisfaction"),
             q("sug", "text", "Sugerencias"))
ES7 = survey("ayuda-widget-es", q("resuelto", "yes_no", "¿Esta página te ha servido?", perspective="ease"),
             q("mejorar", "text", "¿Qué le falta?"))
ES8 = survey("hostal-la-brisa-es", q("estancia", "text", "Cuéntanos cómo fue tu estancia en Hostal La Brisa."))
ES9 = survey("flash-nps-es", q("nps", "nps", "Una pregunta rápida: ¿nos recomendarías?"))
ES10 = survey("telefonia-sms-es",
              q("sat", "csat", "Valora del 1 al 5 la ayuda que te dimos.", (1, 5)),
              q("resuelto", "yes_no", "¿Quedó resuelto tu problema?", perspective="satisfaction"),
              q("com", "text", "Cuéntanos"))

r("es", QR, ES5, {"nps": 9, "compra": 9, "algo": "La fruta buenísima y el chico de la charcutería un encanto."},
  (9, 9, 8.5, 9), "product_quality+ staff+")
r("es", QR, ES5, {"nps": 2, "compra": 3, "algo": "Me cobraron las bolsas dos veces y cuando lo dije me miraron como si fuera yo la tonta."},
  (2, 2, 3, 2.5), "billing- staff-")
r("es", QR, ES5, {"nps": 7, "compra": 7, "algo": "bien aunque el parking siempre lleno"}, (7, 7, 5.5, 7), cases="mixed",
  note="Full car park: getting there is harder (ease down a little); no theme covers parking.")
r("es", QR, ES5, {"nps": 10, "compra": 6, "algo": "Os recomiendo siempre, pero hoy faltaba la mitad de las cosas de la lista."},
  (5.5, 9, 5.5, 8), cases="contradiction mixed",
  note="NPS 10 from a loyal customer, trip rated 6 because of stock-outs (no theme): satisfaction and ease mid.")
r("es", QR, ES5, {"nps": 5, "compra": None, "algo": None}, (5, 5, 5.5, 5), cases="skipped")
r("es", QR, ES5, {"nps": 8, "compra": 8, "algo": "Todo ok 👌 solo que las cajas automáticas se cuelgan cada dos por tres"},
  (7, 7.5, 5.5, 7.5), "website_app-", "mixed",
  "Self-checkout machines freezing: read as the shop's technology (website_app-); ease lowered.")
r("es", KIO, ES6, {"atencion": 3, "sug": "La enfermera de triaje fue muy amable con mi hijo. Gracias."}, (9, 9, 8, 8.5), "staff+")
r("es", KIO, ES6, {"atencion": 1, "sug": "5 horas en la sala de espera con fiebre. Sin información de nada."},
  (1, 1, 0.5, 3), "waiting_time- communication-",
  note="An emergency department: loyalty (coming back) is not really a choice, so it is set low-middle rather than 0.")
r("es", KIO, ES6, {"atencion": 2, "sug": "Los médicos bien, la espera eterna."}, (5, 5, 2.5, 5), "staff+ waiting_time-", "mixed")
r("es", KIO, ES6, {"atencion": 3}, (8.5, 8, 8, 8), note="Kiosk with one answer (top of 3).")
r("es", KIO, ES6, {"atencion": 1, "sug": "Baños sucísimos, sin papel ni jabón."}, (2, 2, 4.5, 3.5), "cleanliness-")
r("es", WEB, ES7, {"resuelto": True, "mejorar": "Nada, perfecto"}, (8.5, 8, 9, 8), cases="short negation")
r("es", WEB, ES7, {"resuelto": False, "mejorar": "No explica cómo cambiar la titularidad del contrato. Llevo media hora dando vueltas."},
  (2.5, 3, 1, 4.5), "website_app-")
r("es", WEB, ES7, {"resuelto": False}, (3.5, 4, 2.5, 5), note="Widget with one answer ('no'); the others pulled towards the middle.")
r("es", WEB, ES7, {"resuelto": True, "mejorar": "Me sirvió, pero el texto parece traducido con Google, cuesta entenderlo."},
  (6.5, 6, 5.5, 7), "website_app- communication-", "mixed")
r("es", E, ES8, {"estancia": "Sitio pequeño y familiar, la dueña nos preparó un desayuno increíble y nos dio mil recomendaciones para la zona. Las habitaciones un poco antiguas pero impecables. Volveremos seguro!!"},
  (9.5, 9.5, 9, 10), "staff+ product_quality+ cleanliness+")
r("es", E, ES8, {"estancia": "Fatal. Reservamos con vistas al mar y nos dieron una habitación interior sin ventana. Encima el aire acondicionado hacía un ruido horrible. No volvemos."},
  (1, 1, 3, 0.5), "product_quality-")
r("es", E, ES8, {"estancia": "Normalito. Cumple para una noche."}, (5.5, 5, 6.5, 4.5), cases="short",
  note="'Does the job for one night': adequate but no intention to return; loyalty a little lower.")
r("es", E, ES8, {"estancia": "Great location, staff muy majos, pero la cama era un desastre y dormí fatal. For the price I expected more, la verdad."},
  (4.5, 5, 6, 4.5), "staff+ product_quality- price-", "mixed code_switching",
  "Spanish-English code-switching; friendly staff versus a terrible bed and poor value.")
r("es", E, ES8, {"estancia": "Qué maravilla de hostal: toallas con agujeros, ducha fría y wifi de adorno. Cinco estrellas en imaginación."},
  (1, 1, 3, 1), "product_quality- cleanliness-", "sarcasm", "Sarcastic throughout ('qué maravilla', 'cinco estrellas en imaginación').")
r("es", FL, ES9, {"nps": 10}, (9, 10, 8.5, 9), note="Single NPS answer: other perspectives set a little below it.")
r("es", FL, ES9, {"nps": 0}, (1.5, 0, 3, 1.5), note="Single NPS 0: others low, ease pulled furthest towards the middle.")
r("es", FL, ES9, {"nps": 6}, (6, 6, 6.5, 6))
r("es", SMS, ES10, {"sat": 5, "resuelto": True, "com": "Rapidísimos, en dos minutos tenía la línea activa otra vez 🙌"},
  (9.5, 9, 9.5, 9), "waiting_time+")
r("es", SMS, ES10, {"sat": 4, "resuelto": False, "com": "La chica muy maja pero el problema sigue igual, mañana vuelvo a llamar."},
  (4, 5, 3, 5.5), "staff+", "contradiction mixed",
  "CSAT 4 for a friendly agent, but not resolved and another call tomorrow: satisfaction and ease well below the CSAT.")
r("es", SMS, ES10, {"sat": 1, "resuelto": False, "com": "Me han subido la tarifa sin avisar y encima me dicen que lo ponía en la letra pequeña. Me voy a la competencia."},
  (0.5, 0.5, 2, 0), "price- communication-", note="'Me voy a la competencia': switching provider, loyalty 0.")
r("es", SMS, ES10, {"sat": 3, "resuelto": True, "com": "ok"}, (6, 6, 6, 6), cases="short")
r("es", SMS, ES10, {"sat": 5, "resuelto": True, "com": None}, (9, 8.5, 8.5, 8.5))
r("es", EMP, ES3, {"enps": 9, "quedar": True, "msg": "Mi equipo es lo mejor que tengo. Ojalá más formación en el nuevo sistema."},
  (8.5, 9, 7.5, 9), "colleagues+ growth-", "mixed")
r("es", EMP, ES3, {"enps": 4, "quedar": True, "msg": "Me quedo porque no hay otra cosa, no porque esté contento. Turnos partidos imposibles."},
  (3, 3.5, 2.5, 4.5), "workload-", "contradiction",
  "'Yes' to staying, but only for lack of alternatives: loyalty well below the 'yes'.")
r("es", EMP, ES3, {"enps": 7, "quedar": None, "msg": "Sin comentarios."}, (6.5, 7, 6, 6), cases="short skipped")
r("es", EMP, ES3, {"enps": 1, "quedar": False, "msg": "El jefe grita en las reuniones delante de todos. Así no se puede."},
  (1, 1, 2.5, 0.5), "management-")

# ----------------------------------------------------------------------------------------------------- French (2)
FR5 = survey("fournil-du-marche-qr-fr",
             q("nps", "nps", "Sur une échelle de 0 à 10, recommanderiez-vous Le Fournil du Marché ?"),
             q("gout", "csat", "Votre viennoiserie / pain du jour vous a-t-il plu ?", (1, 5)),
             q("dites", "text", "Dites-nous tout"))
FR6 = survey("operateur-sms-fr",
             q("effort", "ces_effort", "Combien d'efforts avez-vous dû fournir pour régler votre demande ? (1 = aucun, 5 = énormément)", (1, 5)),
             q("pourquoi", "text", "Répondez à ce SMS si vous souhaitez préciser."))
FR7 = survey("flash-humeur-fr", q("phrase", "text", "En une phrase, votre avis sur nous ?"))
FR8 = survey("hotel-des-quais-fr", q("sejour", "text", "Racontez-nous votre séjour à l'Hôtel des Quais."))
FR9 = survey("appli-banque-widget-fr", q("facile", "ces", "C'était facile de faire ce que vous vouliez dans l'appli.", (1, 7)),
             q("quoi", "text", "Qu'est-ce qui vous a bloqué ?"))
FR10 = survey("borne-musee-fr", q("visite", "csat", "Avez-vous apprécié votre visite ?", (1, 5), perspective="satisfaction"))
FR11 = survey("pulse-magasins-fr",
              q("enps", "nps", "Conseilleriez-vous à un ami de venir travailler chez nous ?"),
              q("rester", "yes_no", "Vous voyez-vous encore dans l'entreprise dans un an ?", perspective="loyalty"),
              q("direction", "text", "Un message pour la direction ?"))

r("fr", QR, FR5, {"nps": 10, "gout": 5, "dites": "Le meilleur croissant du quartier, et la boulangère connaît mon prénom 🥐"},
  (9.5, 10, 9, 9.5), "product_quality+ staff+")
r("fr", QR, FR5, {"nps": 3, "gout": 2, "dites": "Baguette pas cuite au milieu. Deux fois cette semaine."},
  (2.5, 3, 5, 3), "product_quality-", note="Repeated undercooked bread; nothing about effort, so ease mid.")
r("fr", QR, FR5, {"nps": 8, "gout": 4, "dites": "Bon pain mais 1,60 € la baguette tradi, ça pique un peu."},
  (7, 7.5, 7.5, 7), "product_quality+ price-", "mixed")
r("fr", QR, FR5, {"nps": 9, "gout": 5, "dites": None}, (9, 9, 8.5, 9))
r("fr", QR, FR5, {"nps": 9, "gout": 2, "dites": "Je vous adore mais le flan d'aujourd'hui était franchement raté, trop sucré et caoutchouteux."},
  (5.5, 8, 7, 8), "product_quality-", "contradiction mixed",
  "Loyal regular (NPS 9, 'je vous adore') let down by today's flan (CSAT 2): satisfaction mid, recommendation and loyalty stay high.")
r("fr", QR, FR5, {"nps": 0, "gout": 1, "dites": "Vendeuse qui soupire quand on demande la carte bancaire. On n'est pas au 19e siècle."},
  (1.5, 0.5, 3, 1.5), "staff- billing-", "sarcasm")
r("fr", QR, FR5, {"nps": 6, "gout": None, "dites": "cest bien mais toujours la queue le dimanche matin"},
  (6, 6, 4, 6.5), "waiting_time-", "mixed skipped no_diacritics", "Typed without accents; Sunday queue lowers ease.")
r("fr", SMS, FR6, {"effort": 1, "pourquoi": "Réglé en 5 min par le chat, nickel."}, (9, 8.5, 9.5, 8.5), "waiting_time+ website_app+")
r("fr", SMS, FR6, {"effort": 5, "pourquoi": "Quatre appels, trois conseillers, deux courriers recommandés et toujours pas de ligne. Bravo."},
  (0.5, 0.5, 0, 1.5), "communication-", "sarcasm", "Effort 5 (maximum); 'Bravo' is sarcastic; still no phone line.")
r("fr", SMS, FR6, {"effort": 3, "pourquoi": "Le conseiller était sympa mais j'ai dû tout réexpliquer depuis le début."},
  (5.5, 5.5, 4, 6), "staff+ communication-", "mixed")
r("fr", SMS, FR6, {"effort": 2, "pourquoi": None}, (7, 7, 7.5, 7), note="Effort 2 of 5 (low effort) read as fairly easy; no comment.")
r("fr", SMS, FR6, {"effort": 4, "pourquoi": "STOP"}, (3.5, 3, 3, 3), cases="short",
  note="'STOP' (unsubscribe reply) says nothing about the service; labels from effort 4 (high effort), others near it and a little lower for the irritation.")
r("fr", SMS, FR6, {"effort": 1, "pourquoi": "Franchement rien à dire, efficace. Par contre vos pubs par SMS tous les deux jours c'est trop."},
  (7.5, 7, 9, 6.5), "communication-", "mixed negation",
  "Support itself effortless; the complaint is about marketing SMS (communication-), which also dents loyalty.")
r("fr", FL, FR7, {"phrase": "Top."}, (8.5, 8.5, 8, 8.5), cases="short")
r("fr", FL, FR7, {"phrase": "Livraison en retard, colis ouvert, et le service client me répond par un mail automatique. Je ne commanderai plus."},
  (1, 1, 2, 0.5), "delivery- communication-", note="'Je ne commanderai plus' sets loyalty near 0.")
r("fr", FL, FR7, {"phrase": "Pas mal du tout, je m'attendais à pire vu les avis."}, (7, 7, 7, 7), cases="negation")
r("fr", FL, FR7, {"phrase": "Le parking devant le magasin est une catastrophe, mais ça c'est la mairie 😅"},
  (6.5, 6.5, 5, 7), cases="mixed",
  note="Off-topic complaint (the town's car park), explicitly not blamed on the shop: no theme, everything slightly above the middle, ease a little lower (getting there).")
r("fr", FL, FR7, {"phrase": "Super appli, super prix, super équipe. Rien à changer !"}, (9.5, 9.5, 9, 9.5),
  "website_app+ price+ staff+", "negation")
r("fr", FL, FR7, {"phrase": "Bof. Ni bien ni mal, c'est un magasin quoi."}, (5, 4.5, 5.5, 5), cases="short negation")
r("fr", E, FR8, {"sejour": "Chambre petite mais très propre, lit confortable. Le petit-déjeuner vaut le détour (les confitures maison !). Seul bémol : le bruit de la rue la nuit, prévoyez des boules Quies. On reviendra pour le festival l'an prochain."},
  (8, 8, 7.5, 9), "cleanliness+ product_quality+", "mixed",
  "Long and mostly positive; street noise is an off-theme complaint. 'On reviendra' sets loyalty above the rest.")
r("fr", E, FR8, {"sejour": "Réservé une chambre double, on nous a donné deux lits simples 'parce que c'est complet'. Réception désagréable, climatisation en panne, et on nous a facturé la taxe de séjour deux fois. Je déconseille."},
  (1, 0.5, 2.5, 0.5), "product_quality- staff- billing-", note="'Je déconseille' sets recommendation to the bottom.")
r("fr", E, FR8, {"sejour": "Nickel."}, (8.5, 8, 8.5, 8), cases="short")
r("fr", E, FR8, {"sejour": "Emplacement idéal, personnel adorable, mais la salle de bain sentait l'humidité et le wifi ne marchait que dans le hall. Pour le prix c'est moyen."},
  (5.5, 5.5, 5.5, 5), "staff+ cleanliness- price-", "mixed",
  "Wifi in the hall only is a room amenity, not the hotel's website: left without a theme.")
r("fr", WEB, FR9, {"facile": 7}, (8, 7.5, 9, 7.5), note="Widget with one answer (CES 7 of 7); the others set a little below it.")
r("fr", WEB, FR9, {"facile": 1, "quoi": "Impossible d'ajouter un bénéficiaire, le code SMS n'arrive jamais. J'ai essayé 6 fois."},
  (1.5, 2, 0.5, 3.5), "website_app- communication-",
  note="Verification SMS never arrives: the app (website_app-) and the bank's messages (communication-).")
r("fr", WEB, FR9, {"facile": 4, "quoi": "le bouton virement est caché dans un menu, pas logique"}, (5, 5, 3.5, 6), "website_app-")
r("fr", WEB, FR9, {"facile": 6, "quoi": "Rien, c'était clair."}, (8, 7.5, 8.5, 8), cases="negation short")
r("fr", KIO, FR10, {"visite": 5}, (9, 8.5, 8.5, 8.5), note="Kiosk with one answer (5 of 5); the others a little below it.")
r("fr", KIO, FR10, {"visite": 2}, (3, 3, 4.5, 3.5), note="Kiosk with one answer (2 of 5); ease not asked, pulled towards the middle.")
r("fr", KIO, FR10, {"visite": 4}, (7.5, 7, 7.5, 7))
r("fr", EMP, FR11, {"enps": 7, "rester": True, "direction": "L'ambiance en rayon est top, par contre les plannings arrivent la veille pour le lendemain, impossible de s'organiser."},
  (6, 7, 3.5, 7), "colleagues+ workload- management-", "mixed",
  "Schedules published the day before: workload/management complaint that makes the job hard (ease low).")
r("fr", EMP, FR11, {"enps": 2, "rester": False, "direction": "Augmentation de 1 % après deux ans sans rien. Merci pour la reconnaissance..."},
  (2, 2, 5, 1), "pay-", "sarcasm", "'Merci pour la reconnaissance...' is sarcastic about pay; leaving: loyalty 1.")
r("fr", EMP, FR11, {"enps": 9, "rester": True, "direction": "Merci à Sandrine, la meilleure manager que j'ai eue. Elle se bat pour nous."},
  (9, 9, 8, 9.5), "management+")
r("fr", EMP, FR11, {"enps": 5, "rester": None, "direction": None}, (5, 5, 5, 4.5), cases="skipped")

# ----------------------------------------------------------------------------------------------------- Italian (2)
IT4 = survey("pizzeria-scontrino-it", q("nps", "nps", "Da 0 a 10, consiglieresti la Pizzeria Da Tonino?"),
             q("commento", "text", "Lasciaci un commento"))
IT5 = survey("museo-totem-it", q("visita", "csat", "Com'è andata la visita?", (1, 3), perspective="satisfaction"))
r("it", QR, IT4, {"nps": 10, "commento": "Impasto leggerissimo, servizio veloce nonostante fosse sabato sera. Top!"},
  (9.5, 10, 9, 9.5), "product_quality+ waiting_time+")
r("it", QR, IT4, {"nps": 4, "commento": "Pizza buona ma il cameriere ci ha portato il conto senza che lo chiedessimo. Ci siamo sentiti cacciati."},
  (4, 4, 5.5, 3.5), "product_quality+ staff-", "mixed")
r("it", QR, IT4, {"nps": 7, "commento": "Si mangia bene, ma 4 euro di coperto nel 2025 anche no."}, (6.5, 7, 7, 6.5), "product_quality+ billing-", "mixed")
r("it", QR, IT4, {"nps": 0, "commento": "Bellissima esperienza: un'ora e mezza per una margherita bruciata."}, (0.5, 0, 1.5, 0.5),
  "waiting_time- product_quality-", "sarcasm", "'Bellissima esperienza' is sarcastic.")
r("it", KIO, IT5, {"visita": 3}, (8.5, 8, 8, 8), note="Kiosk with one answer (top of 3).")
r("it", KIO, IT5, {"visita": 2}, (5, 5, 5.5, 5), note="Kiosk with one answer (middle of 3).")
r("it", EMP, IT3, {"enps": 8, "resto": False, "idea": "Mi trovo benissimo, ma vado in pensione a giugno! Grazie di tutto."},
  (9, 8.5, 8, 5), "colleagues+", "contradiction",
  "'No' to staying only because of retirement: loyalty set at the middle (not a rejection), the rest high.")

# ----------------------------------------------------------------------------------------------------- Dutch (2)
NL4 = survey("supermarkt-bon-nl", q("nps", "nps", "Hoe waarschijnlijk raad je Buurtmarkt aan?"),
             q("cijfer", "rating", "Welk cijfer geef je je boodschappen vandaag?", (1, 10), perspective="satisfaction"),
             q("nog", "text", "Nog iets kwijt?"))
NL5 = survey("flash-een-zin-nl", q("zin", "text", "In één zin: hoe doen we het?"))
r("nl", QR, NL4, {"nps": 8, "cijfer": 8, "nog": "Vriendelijk personeel, alleen de broodafdeling is na 17u altijd leeg."},
  (7, 7.5, 7, 7.5), "staff+", "mixed", "Empty bread shelves after 5 pm (availability) have no theme.")
r("nl", QR, NL4, {"nps": 2, "cijfer": 3, "nog": "Zelfscankassa weer eens steekproef, 15 min wachten op een medewerker."},
  (2.5, 2.5, 1.5, 3.5), "waiting_time- website_app-")
r("nl", QR, NL4, {"nps": 10, "cijfer": 9, "nog": None}, (9, 10, 8.5, 9))
r("nl", FL, NL5, {"zin": "Prima hoor."}, (7, 6.5, 7, 7), cases="short")
r("nl", FL, NL5, {"zin": "Leuk bedrijf maar jullie klantenservice is echt niet te bereiken, heb het 4x geprobeerd."},
  (3.5, 4, 1.5, 5), "communication- waiting_time-", "mixed")
r("nl", FL, NL5, {"zin": "Super snelle levering en netjes verpakt, dikke duim!"}, (9.5, 9, 9, 9), "delivery+")
r("nl", EMP, NL3, {"enps": 7, "blijven": True, "opm": "Goede sfeer, maar die reorganisatie wordt echt slecht gecommuniceerd. Niemand weet waar hij aan toe is."},
  (5.5, 6.5, 4.5, 6.5), "colleagues+ management-", "mixed")

# ----------------------------------------------------------------------------------------------------- Portuguese (2)
PT4 = survey("clinica-sorriso-pt", q("nps", "nps", "Recomendaria a Clínica Sorriso a familiares e amigos?"),
             q("facil", "ces", "Foi fácil marcar a consulta.", (1, 7)), q("coment", "text", "Comentários"))
PT5 = survey("quiosque-loja-pt", q("hoje", "csat", "Como correu a sua visita hoje?", (1, 5), perspective="satisfaction"))
r("pt", E, PT4, {"nps": 10, "facil": 7, "coment": "A dentista foi super cuidadosa, nem senti a anestesia. Recomendo a toda a gente!"},
  (9.5, 10, 9.5, 9.5), "staff+")
r("pt", E, PT4, {"nps": 3, "facil": 2, "coment": "Liguei cinco vezes para marcar e ninguém atendeu. Quando fui, esperei uma hora."},
  (2.5, 3, 1, 3), "communication- waiting_time-")
r("pt", E, PT4, {"nps": 8, "facil": 5, "coment": "Bom atendimento, mas o orçamento final ficou bem acima do que me disseram."},
  (6, 7.5, 6.5, 6.5), "staff+ billing-", "mixed")
r("pt", E, PT4, {"nps": 6, "facil": None, "coment": None}, (6, 6, 6, 6), cases="skipped")
r("pt", KIO, PT5, {"hoje": 5}, (9, 8.5, 8.5, 8.5), note="Kiosk with one answer (5 of 5).")
r("pt", KIO, PT5, {"hoje": 1}, (1.5, 2, 4, 3), note="Kiosk with one answer (1 of 5).")
r("pt", SMS, PT2, {"facil": 7, "porque": "Sem problemas nenhuns, obrigada."}, (8.5, 8, 9.5, 8), cases="negation short")

# ----------------------------------------------------------------------------------------------------- Czech (2)
CS4 = survey("pekarna-qr-cs", q("nps", "nps", "Doporučili byste naši pekárnu přátelům?"), q("dojem", "text", "Váš dojem"))
CS5 = survey("eshop-widget-cs", q("nasli", "yes_no", "Našli jste, co jste hledali?", perspective="ease"),
             q("chybelo", "text", "Co chybělo?"))
r("cs", QR, CS4, {"nps": 9, "dojem": "Chleba jak od babičky a paní prodavačka vždycky s úsměvem."}, (9, 9, 8.5, 9.5), "product_quality+ staff+")
r("cs", QR, CS4, {"nps": 2, "dojem": "Rohlíky tvrdé jak kámen a ještě jsem za ně zaplatil víc než minulý týden."},
  (1.5, 2, 5, 2.5), "product_quality- price-")
r("cs", QR, CS4, {"nps": 6, "dojem": "Dobrý, ale fronta každé ráno."}, (6, 6, 4, 6.5), "product_quality+ waiting_time-", "mixed short")
r("cs", WEB, CS5, {"nasli": False, "chybelo": "Velikostní tabulka u bot úplně chybí. Mám hádat?"}, (3, 3, 1.5, 4.5), "website_app-", "sarcasm")
r("cs", WEB, CS5, {"nasli": True}, (7.5, 7, 8.5, 7.5), note="Widget with one answer ('yes').")
r("cs", EMP, CS3, {"enps": 7, "zustat": True, "napad": "Home office dvakrát týdně by pomohl, jinak spokojenost."},
  (7, 7, 6.5, 7.5), "workload-", "mixed", "A request for home office read as a mild workload / flexibility complaint.")

# ----------------------------------------------------------------------------------------------------- Ukrainian (2)
UK4 = survey("kavarnia-kiosk-uk", q("nastrii", "csat", "Як вам сьогодні у нашій кав'ярні?", (1, 3), perspective="satisfaction"),
             q("slovo", "text", "Кілька слів?"))
UK5 = survey("poshta-nps-uk", q("nps", "nps", "Наскільки ймовірно, що ви порекомендуєте нашу службу доставки?"),
             q("chomu", "text", "Чому саме така оцінка?"))
r("uk", KIO, UK4, {"nastrii": 3, "slovo": "Найкращий флет вайт у місті, бариста — золото!"}, (9.5, 9.5, 9, 9.5), "product_quality+ staff+")
r("uk", KIO, UK4, {"nastrii": 1, "slovo": "Брудні столи, а кава холодна."}, (1.5, 2, 5, 2.5), "cleanliness- product_quality-")
r("uk", KIO, UK4, {"nastrii": 2}, (5, 5, 5.5, 5), note="Kiosk with one answer (middle of 3).")
r("uk", E, UK5, {"nps": 10, "chomu": "Посилка прийшла за день, навіть під час відключень світла. Ви герої."},
  (9.5, 10, 9, 9.5), "delivery+")
r("uk", E, UK5, {"nps": 2, "chomu": "Посилку загубили, а на гарячій лінії тільки музика. Дякую, дуже допомогли."},
  (0.5, 1.5, 1, 1.5), "delivery- waiting_time-", "sarcasm", "'Дякую, дуже допомогли' is sarcastic.")
r("uk", E, UK5, {"nps": 7, "chomu": "нормально, але відділення відкривається аж о 9, не встигаю до роботи"},
  (6.5, 7, 4.5, 7), cases="mixed", note="Opening hours (no theme) make it hard to collect parcels: ease lowered.")
r("uk", E, UK5, {"nps": 5, "chomu": "ok"}, (5, 5, 5.5, 5), cases="short")

# ----------------------------------------------------------------------------------------------------- Russian (2)
RU4 = survey("internet-provaider-sms-ru", q("ocenka", "csat", "Оцените работу техподдержки от 1 до 5.", (1, 5)),
             q("kom", "text", "Комментарий"))
RU5 = survey("restoran-chek-ru", q("nps", "nps", "Порекомендуете ли вы наш ресторан друзьям?"),
             q("vernetes", "yes_no", "Придёте к нам ещё?", perspective="loyalty"), q("pozhelania", "text", "Пожелания"))
r("ru", SMS, RU4, {"ocenka": 5, "kom": "Мастер пришёл в тот же день, всё починил и объяснил. Спасибо!"}, (9.5, 9, 9.5, 9), "staff+ waiting_time+")
r("ru", SMS, RU4, {"ocenka": 1, "kom": "Интернета нет четвёртый день, в поддержке отвечают «ожидайте». Ищу другого провайдера."},
  (0.5, 0.5, 1, 0.5), "product_quality- communication-", note="Looking for another provider: loyalty near 0.")
r("ru", SMS, RU4, {"ocenka": 3, "kom": None}, (5, 5, 5, 5))
r("ru", QR, RU5, {"nps": 9, "vernetes": True, "pozhelania": "Очень вкусные пельмени и уютно. Только музыку бы потише."},
  (8.5, 9, 8.5, 9), "product_quality+", "mixed", "Loud music is an ambience complaint with no theme.")
r("ru", QR, RU5, {"nps": 4, "vernetes": False, "pozhelania": "Официант нагрубил, а в счёт добавили блюдо, которого мы не заказывали."},
  (2, 3, 3.5, 2), "staff- billing-")
r("ru", QR, RU5, {"nps": 10, "vernetes": True, "pozhelania": "Всё супер, без шуток! Лучший борщ в городе."}, (9.5, 10, 9, 9.5), "product_quality+",
  note="'Без шуток' (no joke) marks the praise as sincere.")
r("ru", QR, RU5, {"nps": 8, "vernetes": None, "pozhelania": "норм"}, (7, 7.5, 7, 7), cases="short skipped")

# ----------------------------------------------------------------------------------------------------- Turkish (2)
TR4 = survey("market-fis-tr", q("nps", "nps", "Marketimizi tavsiye eder misiniz?"),
             q("puan", "rating", "Bugünkü alışverişinize 1-10 arası puan verin.", (1, 10), perspective="satisfaction"),
             q("gorus", "text", "Görüşünüz"))
TR5 = survey("flash-tr", q("cumle", "text", "Tek cümleyle: nasıl gidiyoruz?"))
r("tr", QR, TR4, {"nps": 9, "puan": 9, "gorus": "Kasiyer çok güler yüzlüydü, meyveler de tazeydi."}, (9, 9, 8.5, 9), "staff+ product_quality+")
r("tr", QR, TR4, {"nps": 3, "puan": 2, "gorus": "Rafta yazan fiyatla kasada çıkan fiyat farklı, üstelik ikinci kez oluyor."},
  (2, 3, 3.5, 2.5), "billing-")
r("tr", QR, TR4, {"nps": 7, "puan": None, "gorus": None}, (6.5, 7, 6.5, 6.5), cases="skipped")
r("tr", FL, TR5, {"cumle": "Harika, böyle devam!"}, (9, 9, 8.5, 9), cases="short")
r("tr", FL, TR5, {"cumle": "Ne diyeyim, süper hizmet: siparişim iki haftadır yolda."}, (1.5, 1.5, 2, 2.5), "delivery-", "sarcasm",
  "'Süper hizmet' is sarcastic: the order has been on its way for two weeks.")
r("tr", FL, TR5, {"cumle": "Fena değil ama eskisi kadar iyi değil."}, (5.5, 5, 6, 5), cases="negation mixed")



# ----------------------------------------------------------------------------------------------------- very long comments
# One long, rambling comment per language (129-232 tokens, past the 128 the product reads: what comes late is cut off).
r("en", E, EN10, {"story": "Where do I start. We booked the family room for four nights for my parents' anniversary and told them so in the booking notes. "
                           "Check-in: nobody had read the notes, fine, but the room wasn't ready until 5pm and we'd been travelling since 6am with a toddler. "
                           "The room itself was lovely once we got in, big, clean, great beds, and the view really is something. "
                           "Breakfast was the highlight, the lady doing the eggs (Maggie?) made my dad's day by remembering how he likes them. "
                           "Then on the last night the fire alarm went off at 2am because of a fault, and the next morning nobody so much as mentioned it. "
                           "At checkout we were charged for a bottle of wine we never had. It got taken off, but only after I asked twice. "
                           "So: lovely place, lovely staff in the restaurant, but the front desk needs sorting out. Would I come back? Probably, for the view. Would I book for a special occasion again? No."},
  (5.5, 5, 3.5, 6), "waiting_time- cleanliness+ staff+ billing- communication-", "mixed long",
  "Very long, mixed: late room, alarm, wrong charge versus room, breakfast and staff praise. Ease low (waiting, chasing the bill); 'probably' back for the view keeps loyalty mid.")
r("pl", E, PL1, {"polecenie": 8, "zadowolenie": 4, "latwosc": 3, "znowu": True,
                 "uwagi": "Długo się zastanawiałam, czy coś pisać, ale niech będzie. Sofa jest naprawdę świetna, wygodna, materiał wygląda na porządny, kolor dokładnie taki jak na stronie – tu nie mam żadnych uwag. "
                          "Problem był z całą resztą. Termin dostawy przesuwał się trzy razy, za każdym razem dostawałam SMS dzień wcześniej wieczorem. "
                          "Kurierzy w końcu przyjechali, ale nie chcieli wnieść sofy na trzecie piętro, bo „w zamówieniu jest do drzwi budynku”. "
                          "Sąsiad mi pomógł, ale to nie powinno tak wyglądać. Infolinia obiecała oddzwonić w sprawie rekompensaty i do dziś cisza. "
                          "Polecę sofę, sklep – zobaczymy."},
  (6, 7, 2, 6.5), "product_quality+ delivery- communication-", "mixed long contradiction",
  "Long: product loved (NPS 8, CSAT 4), delivery saga and a broken callback promise; ease very low; 'I'll recommend the sofa, the shop - we'll see'.")
r("de", E, DE8, {"bericht": "Also, ich versuche es mal sachlich. Ich habe meinen Kaffeevollautomaten Anfang März eingeschickt, weil die Brühgruppe undicht war. "
                            "Laut Website dauert die Reparatur 7-10 Werktage. Nach drei Wochen habe ich angerufen, da hieß es, das Ersatzteil sei nicht lieferbar. "
                            "Nach fünf Wochen kam die Maschine zurück, repariert, das muss man sagen, und sie läuft seitdem einwandfrei. "
                            "Die Kostenübernahme im Rahmen der Garantie hat auch problemlos geklappt. "
                            "Was mich ärgert: Niemand hat sich proaktiv gemeldet, ich musste jedes Mal selbst hinterhertelefonieren, und die Warteschleife war jedes Mal über 20 Minuten. "
                            "Technisch also gut, kommunikativ mangelhaft. Nächstes Mal würde ich es wohl trotzdem wieder bei Ihnen machen lassen, mangels Alternativen."},
  (5, 5, 2.5, 5.5), "product_quality+ waiting_time- communication-", "mixed long",
  "Long, text only: the repair worked and the warranty was honoured, but five weeks and constant chasing: ease low, loyalty mid ('for lack of alternatives').")
r("el", E, EL11, {"diamoni": "Θα ξεκινήσω από τα καλά: η τοποθεσία είναι φανταστική, δύο λεπτά από την παραλία, και το προσωπικό στο μπαρ της πισίνας ήταν πάντα χαμογελαστό. "
                             "Το δωμάτιο όμως ήταν άλλο πράγμα από αυτό που έδειχναν οι φωτογραφίες. Μικρό, με μούχλα στο μπάνιο και ένα κλιματιστικό που έσταζε πάνω στο κρεβάτι. "
                             "Ζητήσαμε αλλαγή δωματίου την πρώτη μέρα, μας είπαν «αύριο», μετά «μεθαύριο», και τελικά αλλάξαμε την τέταρτη μέρα. "
                             "Το πρωινό ήταν κάθε μέρα το ίδιο και οι τιμές στο εστιατόριο τσουχτερές. Για 160 ευρώ τη βραδιά περίμενα πολύ περισσότερα. Δεν νομίζω ότι θα ξαναέρθουμε."},
  (2.5, 2, 2, 1.5), "staff+ cleanliness- product_quality- price- communication-", "mixed long",
  "Long; good location and bar staff against a mouldy, leaking room and four days of 'tomorrow'; 'I don't think we'll come back'.")
r("fa", E, FA10, {"eghamat": "راستش انتظار بیشتری داشتم. اتاق را از قبل رزرو کرده بودیم ولی وقتی رسیدیم گفتند اتاق دو تخته نداریم و یک اتاق کوچک~تر دادند. "
                             "کارمند پذیرش عذرخواهی کرد و قول داد فردا جابه~جا کنیم، که خدا را شکر این کار را کردند. "
                             "اتاق دوم تمیز و آرام بود، صبحانه هم خوب بود، مخصوصاً نان تازه و پنیر محلی. "
                             "اما پارکینگ هتل خیلی کوچک است و هر شب باید ماشین را در کوچه پارک می~کردیم. قیمت هم نسبت به هتل~های اطراف کمی بالاست. "
                             "در کل بد نبود، شاید دوباره بیاییم ولی مطمئن نیستم."},
  (5.5, 5, 4, 5), "product_quality- staff+ cleanliness+ price-", "mixed long negation",
  "Long, mixed: wrong room fixed the next day, clean second room and good breakfast, parking (off-theme) and price complaints; 'maybe we'll come again, not sure'.")
r("fr", E, FR8, {"sejour": "Je laisse un avis détaillé parce que je pense que ça peut servir. Nous sommes restés une semaine en août avec nos deux enfants. "
                           "Points positifs : l'accueil de Julien à la réception, toujours disponible et de bon conseil pour les sorties, la piscine propre, le calme le soir. "
                           "Points négatifs : le ménage n'a été fait que deux fois en sept jours alors que c'était inclus, la télé ne captait que trois chaînes, "
                           "et surtout le restaurant : 45 minutes d'attente chaque soir, même pour des pâtes au beurre pour les petits. "
                           "Au moment de payer, on nous a compté le parking qui était annoncé gratuit sur le site. Ça a été corrigé, mais ça laisse un goût amer. "
                           "Bilan : séjour correct, mais pas au niveau du prix affiché. On ira voir ailleurs l'an prochain."},
  (4, 3.5, 4, 2), "staff+ cleanliness- waiting_time- billing- price-", "mixed long",
  "Long; praise for one receptionist, then cleaning, waiting, billing and value complaints; 'on ira voir ailleurs' sets loyalty low.")
r("es", E, ES8, {"estancia": "Os escribo porque creo que os merecéis una opinión sincera. El hostal es precioso, la decoración tiene mucho encanto y la terraza es una maravilla para desayunar. "
                             "Elena, de recepción, nos ayudó a reservar una excursión y hasta nos prestó un cargador. "
                             "Ahora bien, las paredes son de papel: se oía todo del pasillo y de la habitación de al lado hasta las tantas, y la primera noche casi no dormimos. "
                             "Pedimos tapones y nos dieron unos, muy amables, pero el problema sigue ahí. "
                             "El wifi iba y venía, y para trabajar un par de horas tuve que ir a una cafetería. "
                             "En resumen: sitio bonito, gente encantadora, pero si tienes el sueño ligero no es para ti. Volvería en otra época del año, quizás."},
  (6, 6, 5, 5.5), "staff+ product_quality-", "mixed long",
  "Long; charm and staff praised, thin walls and wifi criticised; 'volvería... quizás'.")



# ----------------------------------------------------------------------------------------------------- code-switching
r("fr", SMS, FR6, {"effort": 2, "pourquoi": "Le call avec le support était ok, mais franchement le follow-up par mail c'est pas top, j'ai eu trois tickets différents pour le même issue."},
  (6, 6, 5, 6.5), "staff+ communication-", "mixed code_switching",
  "French with English workplace words (call, follow-up, issue); effort 2 (low) but three tickets for one problem: ease mid.")
r("es", FL, ES4, {"frase": "Honestly súper bien, the delivery guy was so nice y todo llegó perfecto 💯"}, (9.5, 9, 9, 9),
  "delivery+ staff+", "code_switching", "Spanglish; enthusiastic praise.")
r("pl", FL, PL6, {"zdanie": "Customer service na plus, ale ten cały checkout w apce to jakiś fail, dwa razy mi się wywaliło przy płatności."},
  (5.5, 5.5, 3, 6), "staff+ website_app-", "mixed code_switching", "Polish with English (customer service, checkout, fail).")
r("de", SMS, DE2, {"loesung": True, "einfach": 5, "warum": "Hat gepasst, der Agent war echt nice, aber die Hotline ist halt always busy."},
  (7, 7, 5, 7), "staff+ waiting_time-", "mixed code_switching", "German with English (nice, always busy).")
r("el", FL, EL6, {"mia": "Very good service, ευχαριστώ πολύ! Μόνο το parking είναι δράμα."}, (8, 8, 6.5, 8), "staff+", "mixed code_switching",
  "Greek and English mixed; the car park is an off-topic complaint (ease a little lower).")
r("fa", FL, FA6, {"kotah": "سرویس~تون واقعاً perfect بود، فقط delivery یه کم late شد."}, (7.5, 7.5, 6, 7.5), "product_quality+ delivery-",
  "mixed code_switching", "Persian with English words (perfect, delivery, late).")
r("uk", E, UK5, {"nps": 8, "chomu": "Всё нормально, посилка прийшла швидко, но курьєр не подзвонив заранєє."},
  (7, 8, 6.5, 7.5), "delivery+ communication-", "mixed code_switching",
  "Ukrainian mixed with Russian words (surzhyk): 'всё', 'но', 'курьєр', 'заранєє'.")


# ----------------------------------------------------------------------------------------------------- output
def leakage_report():
    """Comments sharing a 4-word sequence with any sentence of the generator's bank (there should be none)."""
    return handset.shared_grams(ROWS, handset.reference_grams(HERE))


def main():
    return handset.write(ROWS, OUT, leakage_report(), "the bank")


if __name__ == "__main__":
    sys.exit(main())
