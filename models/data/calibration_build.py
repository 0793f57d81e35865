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

import datetime
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import handset  # noqa: E402
from handset import E, EMP, FL, KIO, QR, SMS, WEB, HandSet, q, survey  # noqa: E402,F401

OUT = os.path.join(HERE, "calibration.jsonl")
TZ = dict(en="+00:00", pl="+01:00", de="+01:00", el="+02:00", fa="+03:30", es="+01:00", fr="+01:00", it="+01:00",
          nl="+01:00", pt="-03:00", cs="+01:00", uk="+02:00", ru="+03:00", tr="+03:00")
COUNTRY = dict(en="IE", pl="PL", de="AT", el="CY", fa="IR", es="MX", fr="BE", it="IT", nl="NL", pt="BR", cs="CZ",
               uk="UA", ru="RU", tr="TR")


_SET = HandSet("c", TZ, COUNTRY, handset.spread(datetime.datetime(2025, 2, 1), 300, 7, 14, (41, 13, 6607, 577)))
ROWS = _SET.rows
r = _SET.r


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


# ===================================================================================================== additions
# Added later, written and labelled the same way: at least 11 responses in each of the seven languages above lacked
# (it, nl, pt, cs, uk, ru, tr), and in en, pl, de, el, fa, fr, es more of the hard kinds (score and comment
# contradicting each other, sarcasm, negation, code-switching, off-topic complaints, one-answer kiosk / widget / flash
# polls, skipped answers, very short and very long comments, comments naming several themes or none).

# ----------------------------------------------------------------------------------------------------- Italian
IT1 = survey("enoteca-online-it",
             q("nps", "nps", "Quanto è probabile che consiglieresti la nostra enoteca online a un amico?"),
             q("ordine", "csat", "Quanto sei soddisfatto del tuo ordine?", (1, 5)),
             q("commento", "text", "Vuoi aggiungere qualcosa?"))
IT2 = survey("luce-gas-sms-it", q("risolto", "yes_no", "Il tuo problema è stato risolto?", perspective="ease"),
             q("msg", "text", "Rispondi pure con un commento."))
IT3 = survey("gelateria-totem-it", q("voto", "csat", "Com'è andata oggi?", (1, 5)),
             q("perche", "text", "Raccontaci (facoltativo)"))
IT4 = survey("cooperativa-clima-it",
             q("enps", "nps", "Consiglieresti la cooperativa come posto di lavoro a un amico?"),
             q("nota", "text", "Cosa vorresti dire alla direzione?"))
IT5 = survey("flash-negozio-it", q("frase", "text", "Descrivi la tua visita di oggi in una frase."))

r("it", E, IT1, {"nps": 9, "ordine": 5, "commento": "Bottiglie imballate benissimo, consegna puntuale. Il Barolo era spettacolare."},
  (9, 9, 8.5, 9), "delivery+ product_quality+")
r("it", E, IT1, {"nps": 8, "ordine": 2, "commento": "Due bottiglie su sei rotte all'arrivo. Mi avete rimborsato subito, ma che delusione."},
  (3.5, 5.5, 5, 5.5), "delivery- billing+", "mixed contradiction",
  "NPS 8 beside CSAT 2 and broken bottles: the 8 keeps recommendation near the middle, the quick refund softens it.")
r("it", E, IT1, {"nps": 3, "ordine": 3,
                 "commento": "Il vino va bene, il problema è il vostro sito: ho dovuto reinserire l'indirizzo quattro volte e alla fine il codice sconto non è stato applicato."},
  (4.5, 3.5, 2, 4), "product_quality+ website_app- billing-", "mixed")
r("it", E, IT1, {"nps": 6, "ordine": 3,
                 "commento": "Premetto che compro da voi da almeno cinque anni e di solito non ho mai avuto problemi. Questa volta però l'ordine per il compleanno di mio padre è partito con tre giorni di ritardo senza alcun avviso, e quando ho scritto all'assistenza mi hanno risposto con un messaggio automatico. Alla fine le bottiglie sono arrivate intatte e il vino era ottimo come sempre, ma la festa era già passata. Spero sia stato un caso, perché i prezzi restano tra i migliori che ho trovato."},
  (5, 6, 4.5, 6.5), "delivery- communication- product_quality+ price+", "mixed long",
  "Long mixed comment from a loyal customer: late, unannounced delivery against good wine and prices; loyalty kept a little above the rest.")
r("it", SMS, IT2, {"risolto": False, "msg": "Ho chiamato tre volte, ogni operatore mi dice una cosa diversa. Bolletta ancora sbagliata."},
  (1.5, 1.5, 1, 2.5), "communication- billing-")
r("it", SMS, IT2, {"risolto": True, "msg": "grazie"}, (7.5, 7, 8, 7), cases="short")
r("it", KIO, IT3, {"voto": 5, "perche": "Pistacchio da urlo, ma la fila era infinita"}, (7.5, 8, 5.5, 8),
  "product_quality+ waiting_time-", "mixed")
r("it", KIO, IT3, {"voto": 1, "perche": None}, (1.5, 2, 3.5, 2.5))
r("it", EMP, IT4, {"enps": 2,
                   "nota": "Il mio responsabile è bravissimo, davvero. Peccato che lo stipendio sia fermo da quattro anni e che in reparto siamo rimasti in tre a fare il lavoro di sei."},
  (3, 2.5, 2, 2.5), "management+ pay- workload-", "mixed")
r("it", EMP, IT4, {"enps": 7, "nota": "Niente da segnalare."}, (7, 7, 6.5, 7), cases="negation short")
r("it", FL, IT5, {"frase": "Il parcheggio del centro commerciale è un disastro, ma questo non dipende da voi."},
  (6, 6, 5.5, 6.5), cases="off_topic",
  note="Off-topic: the shopping centre's car park, which the respondent says is not the shop's fault; labels near the middle, a little above.")
r("it", FL, IT5, {"frase": "Commessa gentilissima, mi ha fatto provare cinque paia senza sbuffare. Tornerò!"},
  (9, 9, 8.5, 9.5), "staff+")

# ----------------------------------------------------------------------------------------------------- Dutch
NL1 = survey("fietsenwinkel-nl",
             q("nps", "nps", "Hoe waarschijnlijk is het dat u onze fietsenwinkel aanbeveelt aan vrienden?"),
             q("tevreden", "csat", "Hoe tevreden bent u over uw nieuwe fiets?", (1, 5)),
             q("moeite", "ces_effort", "Hoeveel moeite kostte het om uw aankoop af te ronden?", (1, 5)),
             q("opmerking", "text", "Heeft u nog opmerkingen?"))
NL2 = survey("gemeente-widget-nl", q("gevonden", "yes_no", "Heeft u gevonden wat u zocht?", perspective="ease"),
             q("verbeter", "text", "Wat kunnen we verbeteren?"))
NL3 = survey("supermarkt-bon-nl", q("nps", "nps", "Hoe waarschijnlijk is het dat u dit filiaal aanbeveelt?"),
             q("terug", "yes_no", "Komt u nog eens bij ons terug?", perspective="loyalty"),
             q("toelichting", "text", "Wilt u uw antwoord toelichten?"))
NL4 = survey("thuiszorg-pulse-nl",
             q("enps", "nps", "Hoe waarschijnlijk is het dat je ons als werkgever aanbeveelt?"),
             q("druk", "rating", "Mijn werkdruk is goed te doen.", (1, 5)),
             q("tip", "text", "Wat wil je kwijt aan het managementteam?"))
NL5 = survey("flash-aanbeveling-nl", q("score", "nps", "Hoe waarschijnlijk is het dat u ons aanbeveelt?"))

r("nl", E, NL1, {"nps": 10, "tevreden": 5, "moeite": 1, "opmerking": "Goed advies in de winkel en de fiets werd zelfs thuisbezorgd. Top!"},
  (9.5, 10, 9.5, 9.5), "staff+ delivery+")
r("nl", E, NL1, {"nps": 4, "tevreden": 2, "moeite": 4,
                 "opmerking": "Na twee weken rammelt het spatbord al en de reparatie moet ik zelf betalen."},
  (2.5, 3, 3.5, 3), "product_quality- price-")
r("nl", E, NL1, {"nps": 8, "tevreden": 4, "moeite": None, "opmerking": "Prima"}, (8, 8, 7.5, 8), cases="skipped short")
r("nl", WEB, NL2, {"gevonden": False,
                   "verbeter": "Ik zoek al een half uur hoe ik een parkeervergunning aanvraag. Waarom staat dat niet gewoon op de voorpagina?"},
  (2.5, 3, 1.5, 4.5), "website_app-", note="Municipal site: loyalty is not a choice, set middling-low.")
r("nl", WEB, NL2, {"gevonden": True, "verbeter": "ja hoor"}, (7.5, 7, 8, 7), cases="short")
r("nl", QR, NL3, {"nps": 9, "terug": True, "toelichting": "De kassière was erg vriendelijk, maar het brood was weer op om vijf uur."},
  (7.5, 8.5, 7, 8.5), "staff+", "mixed",
  "Sold-out bread: no theme covers availability; staff praised.")
r("nl", QR, NL3, {"nps": 0, "terug": True, "toelichting": "Geweldige winkel, kom er elke dag!"}, (8.5, 8.5, 8, 9),
  cases="reversed_scale contradiction",
  note="NPS 0 next to a warm comment and 'yes, I'll come back': an evident scale reversal, labelled from the comment.")
r("nl", EMP, NL4, {"enps": 3, "druk": 1,
                   "tip": "Te veel cliënten per dienst, geen tijd voor een praatje. Dat is niet waarom ik de zorg in ben gegaan."},
  (2.5, 3, 1.5, 3), "workload-")
r("nl", EMP, NL4, {"enps": 8, "druk": 4, "tip": "Leuk team, en een teamleider die echt luistert."}, (8, 8, 7.5, 8.5),
  "colleagues+ management+")
r("nl", EMP, NL4, {"enps": 6, "druk": None, "tip": "Salaris kan omhoog."}, (5.5, 6, 5.5, 5.5), "pay-", "skipped short")
r("nl", FL, NL5, {"score": 7}, (6.5, 7, 6.5, 6.5))

# ----------------------------------------------------------------------------------------------------- Portuguese
PT1 = survey("farmacia-app-pt",
             q("nps", "nps", "Qual a probabilidade de você indicar a nossa farmácia para um amigo?"),
             q("entrega", "csat", "Como você avalia a entrega do seu pedido?", (1, 5), perspective="satisfaction"),
             q("comentario", "text", "Quer contar mais alguma coisa?"))
PT2 = survey("operadora-sms-pt", q("nota", "csat", "De 1 a 5, como foi o atendimento?", (1, 5)),
             q("resp", "text", "Responda com um comentário, se quiser."))
PT3 = survey("restaurante-qr-pt", q("nota", "rating", "Dê uma nota de 0 a 10 para a sua refeição.", (0, 10),
                                    perspective="satisfaction"),
             q("voltaria", "yes_no", "Voltaria a comer aqui?", perspective="loyalty"),
             q("obs", "text", "Observações"))
PT4 = survey("banco-widget-pt", q("facil", "ces", "Foi fácil resolver o que eu precisava no app.", (1, 7)),
             q("melhorar", "text", "O que podemos melhorar?"))
PT5 = survey("loja-pulso-pt", q("enps", "nps", "Você recomendaria trabalhar na nossa loja a um amigo?"),
             q("fala", "text", "Tem algo a dizer para a gestão?"))
PT6 = survey("flash-frase-pt", q("frase", "text", "Como foi sua experiência hoje, em poucas palavras?"))

r("pt", E, PT1, {"nps": 10, "entrega": 5,
                 "comentario": "Chegou em menos de duas horas, e o entregador ainda esperou eu descer. Nota mil!"},
  (9.5, 10, 9.5, 9.5), "delivery+ staff+")
r("pt", E, PT1, {"nps": 2, "entrega": 1, "comentario": "Pedido veio faltando o remédio principal. Liguei e ninguém resolveu."},
  (1, 1.5, 1.5, 2), "delivery- communication-")
r("pt", SMS, PT2, {"nota": 5,
                   "resp": "A atendente foi ótima, mas pela terceira vez vocês cobraram a taxa de roaming errado. Ela estornou, ok, mas cansa."},
  (6, 5.5, 4, 4.5), "staff+ billing-", "mixed contradiction",
  "CSAT 5 is for the agent; the repeated wrong charge pulls the other perspectives, loyalty most.")
r("pt", SMS, PT2, {"nota": 1, "resp": None}, (1.5, 1.5, 2.5, 2.5))
r("pt", QR, PT3, {"nota": 9, "voltaria": True,
                  "obs": "Comida maravilhosa. O som ao vivo estava alto demais pra conversar, mas tudo bem."},
  (8.5, 8.5, 8, 9), "product_quality+", "mixed", "Loud live music: no theme covers it; food praised.")
r("pt", QR, PT3, {"nota": 3, "voltaria": False, "obs": "Frango cru por dentro. Nunca mais."}, (1, 1, 4, 0.5),
  "product_quality-", "short")
r("pt", WEB, PT4, {"facil": 2, "melhorar": "O app trava toda vez que eu tento fazer um Pix pra outro banco"},
  (2, 2.5, 1.5, 4), "website_app-")
r("pt", WEB, PT4, {"facil": 7, "melhorar": "Nada, tá perfeito"}, (8.5, 8, 9.5, 8), "website_app+", "negation short")
r("pt", EMP, PT5, {"enps": 9, "fala": "Aprendi muito em um ano, minha gerente me deu espaço para crescer."},
  (8.5, 9, 7.5, 9), "growth+ management+")
r("pt", EMP, PT5, {"enps": 4, "fala": "Escala de domingo todo mês e o vale-alimentação não cobre nem metade do mês."},
  (3.5, 4, 3, 3.5), "workload- pay-")
r("pt", FL, PT6, {"frase": "Tudo ótimo 😊 só o ar-condicionado que tava fraco"}, (7.5, 7.5, 7.5, 7.5), cases="mixed",
  note="Weak air conditioning: no theme covers it.")

# ----------------------------------------------------------------------------------------------------- Czech
CS1 = survey("eshop-elektro-cz",
             q("nps", "nps", "Jak pravděpodobné je, že náš e-shop doporučíte známým?"),
             q("spokojenost", "csat", "Jak jste spokojeni s objednaným zbožím?", (1, 5)),
             q("snadnost", "ces", "Objednávka byla jednoduchá.", (1, 7)),
             q("vzkaz", "text", "Chcete nám něco vzkázat?"))
CS2 = survey("dopravce-sms-cz", q("vyreseno", "yes_no", "Vyřešili jsme váš požadavek?", perspective="ease"),
             q("text", "text", "Napište nám prosím komentář."))
CS3 = survey("kavarna-tablet-cz", q("dnes", "csat", "Jak jste byli dnes spokojeni?", (1, 3), perspective="satisfaction"),
             q("proc", "text", "Proč? (nepovinné)"))
CS4 = survey("nemocnice-puls-cz",
             q("enps", "nps", "Doporučili byste naši nemocnici jako zaměstnavatele?"),
             q("zustanu", "yes_no", "Plánujete u nás zůstat i příští rok?", perspective="loyalty"),
             q("vedeni", "text", "Co by mělo vedení vědět?"))
CS5 = survey("flash-dojem-cz", q("dojem", "text", "Jaký dojem jste si dnes odnesli?"))

r("cs", E, CS1, {"nps": 9, "spokojenost": 5, "snadnost": 7, "vzkaz": "Notebook dorazil druhý den a všechno funguje."},
  (9, 9, 9, 8.5), "delivery+ product_quality+")
r("cs", E, CS1, {"nps": 1, "spokojenost": 2, "snadnost": 2,
                 "vzkaz": "Po měsíci přestal fungovat displej, reklamace trvá už šest týdnů a nikdo mi neodpovídá na e-maily."},
  (1, 1, 1.5, 1), "product_quality- waiting_time- communication-")
r("cs", E, CS1, {"nps": 7, "spokojenost": 4, "snadnost": None, "vzkaz": "Cena dobrá, ale web na mobilu je hrozně pomalý"},
  (6.5, 7, 4.5, 7), "price+ website_app-", "mixed skipped")
r("cs", SMS, CS2, {"vyreseno": False,
                   "text": "Balík prý doručen, ale u mě nic. Řidič ho asi nechal u sousedů, kteří tu ani nebydlí."},
  (1.5, 1.5, 1.5, 2.5), "delivery-")
r("cs", SMS, CS2, {"vyreseno": True, "text": "Díky, rychle a bez problémů."}, (8.5, 8.5, 9, 8), "waiting_time+",
  "negation short")
r("cs", KIO, CS3, {"dnes": 3, "proc": "Skvělá káva, milá obsluha."}, (9.5, 9, 9, 9.5), "product_quality+ staff+", "short")
r("cs", KIO, CS3, {"dnes": 1, "proc": "Hudba tak nahlas, že jsme se neslyšeli. A na stolech drobky od předchozích hostů."},
  (2, 2, 5, 3), "cleanliness-", note="Loud music has no theme; the crumbs are cleanliness.")
r("cs", EMP, CS4, {"enps": 5, "zustanu": True, "vedeni": "Kolegové jsou super, ale vedení o nás rozhoduje bez nás."},
  (5, 5, 5, 6), "colleagues+ management-", "mixed")
r("cs", EMP, CS4, {"enps": 0, "zustanu": False, "vedeni": "Odcházím. Za tři roky ani jedno zvýšení platu, přesčasy každý týden."},
  (1, 0.5, 1.5, 0.5), "pay- workload-")
r("cs", FL, CS5, {"dojem": "Nic moc."}, (4, 4, 5, 4.5), cases="short", note="'Not much': mildly negative, no theme.")
r("cs", FL, CS5, {"dojem": "Pokladní byla ochotná, a i když byla fronta dlouhá, šlo to rychle."}, (8, 8, 7.5, 8),
  "staff+ waiting_time+")

# ----------------------------------------------------------------------------------------------------- Ukrainian
UK1 = survey("knyharnia-uk", q("nps", "nps", "Наскільки ймовірно, що ви порадите нашу книгарню друзям?"),
             q("zadov", "csat", "Наскільки ви задоволені замовленням?", (1, 5)),
             q("komentar", "text", "Що ще хочете нам сказати?"))
UK2 = survey("poshta-sms-uk", q("otsinka", "csat", "Оцініть роботу оператора від 1 до 5.", (1, 5)),
             q("vidpovid", "text", "Напишіть коментар, якщо бажаєте."))
UK3 = survey("kafe-qr-uk", q("nps", "nps", "Наскільки ймовірно, що ви порадите нас друзям?"),
             q("povernus", "yes_no", "Чи завітаєте до нас знову?", perspective="loyalty"),
             q("dumka", "text", "Ваша думка"))
UK4 = survey("it-kompaniya-puls-uk",
             q("enps", "nps", "Наскільки ймовірно, що ви порадите нашу компанію як роботодавця?"),
             q("navantazhennia", "rating", "Моє навантаження є помірним.", (1, 5)),
             q("kerivnytstvu", "text", "Що б ви сказали керівництву?"))
UK5 = survey("bank-widget-uk", q("lehko", "ces", "Мені було легко знайти потрібну інформацію.", (1, 7)),
             q("pokrashchyty", "text", "Що покращити?"))

r("uk", E, UK1, {"nps": 10, "zadov": 5, "komentar": "Книжки прийшли за два дні, ще й із закладкою в подарунок. Дякую!"},
  (9.5, 10, 9.5, 9.5), "delivery+")
r("uk", E, UK1, {"nps": 6, "zadov": 3, "komentar": "Одна книжка з пом'ятою обкладинкою. Не критично, але неприємно."},
  (5, 6, 7, 6), "product_quality-", "negation")
r("uk", E, UK1, {"nps": 8, "zadov": None, "komentar": None}, (7.5, 8, 7.5, 7.5), cases="skipped")
r("uk", SMS, UK2, {"otsinka": 2, "vidpovid": "Оператор сказала чекати ще тиждень. Посилка вже місяць десь їде."},
  (1.5, 2, 1.5, 3), "waiting_time- delivery-")
r("uk", SMS, UK2, {"otsinka": 5, "vidpovid": "Дуже ввічлива, все пояснила. Дякую"}, (9, 8.5, 9, 8.5), "staff+ communication+")
r("uk", QR, UK3, {"nps": 9, "povernus": True, "dumka": "Смачні сирники і дуже затишно 🙂"}, (9, 9, 8.5, 9.5), "product_quality+")
r("uk", QR, UK3, {"nps": 3, "povernus": False,
                  "dumka": "Офіціант забув про наше замовлення, чекали сорок хвилин. Кава холодна."},
  (2, 2.5, 2.5, 2), "staff- waiting_time- product_quality-")
r("uk", EMP, UK4, {"enps": 7, "navantazhennia": 2,
                   "kerivnytstvu": "Команда топ, але дедлайни нереальні, вже третій місяць працюю у вихідні."},
  (5, 6.5, 2.5, 6), "colleagues+ workload-", "mixed")
r("uk", EMP, UK4, {"enps": 2, "navantazhennia": 3, "kerivnytstvu": "Зарплата в гривнях, а ціни в доларах. Індексації не було два роки."},
  (2.5, 2, 5, 2), "pay-")
r("uk", WEB, UK5, {"lehko": 2,
                   "pokrashchyty": "Не можу знайти, де змінити номер телефону. Чат-бот відповідає не на те питання."},
  (2.5, 3, 1.5, 4.5), "website_app- communication-")
r("uk", WEB, UK5, {"lehko": 6, "pokrashchyty": "Все ок, тільки додайте dark mode, будь ласка"}, (8, 7.5, 8, 7.5),
  "website_app-", "code_switching short",
  "Ukrainian with an English term; a feature request counts as a (mild) negative mention of the app.")

# ----------------------------------------------------------------------------------------------------- Russian
RU1 = survey("internet-magazin-ru",
             q("nps", "nps", "Насколько вероятно, что вы порекомендуете наш магазин друзьям?"),
             q("udovl", "csat", "Насколько вы довольны покупкой?", (1, 5)),
             q("usilie", "ces_effort", "Сколько усилий потребовалось, чтобы оформить и получить заказ?", (1, 5)),
             q("kommentariy", "text", "Хотите что-нибудь добавить?"))
RU2 = survey("avtoservis-sms-ru", q("reshen", "yes_no", "Ваш вопрос решён?", perspective="ease"),
             q("otvet", "text", "Ответьте комментарием, если хотите."))
RU3 = survey("fitnes-kiosk-ru", q("segodnya", "csat", "Как вам тренировка сегодня?", (1, 5)),
             q("pochemu", "text", "Почему? (необязательно)"))
RU4 = survey("sklad-puls-ru",
             q("enps", "nps", "Насколько вероятно, что вы порекомендуете работу у нас знакомым?"),
             q("ostanus", "yes_no", "Вы видите себя в компании через год?", perspective="loyalty"),
             q("rukovodstvu", "text", "Что бы вы хотели сказать руководству?"))
RU5 = survey("flash-vpechatlenie-ru", q("vpechatlenie", "text", "Опишите ваш визит в нескольких словах."))

r("ru", E, RU1, {"nps": 9, "udovl": 5, "usilie": 1,
                 "kommentariy": "Всё пришло вовремя, упаковка целая, продавец всегда на связи. Рекомендую."},
  (9, 9.5, 9, 9), "delivery+ communication+")
r("ru", E, RU1, {"nps": 5, "udovl": 4, "usilie": 2,
                 "kommentariy": "Ну конечно, «доставка за один день». Пять дней ждала. Хорошо хоть товар нормальный."},
  (4.5, 4.5, 4, 5), "delivery- product_quality+", "sarcasm mixed")
r("ru", E, RU1, {"nps": 2, "udovl": 1, "usilie": 5,
                 "kommentariy": "Прислали не тот размер, а чтобы вернуть, нужно ехать в пункт выдачи на другом конце города."},
  (1.5, 1.5, 1, 2), "product_quality- delivery-")
r("ru", SMS, RU2, {"reshen": True, "otvet": "Машину сделали, но счёт оказался на треть больше, чем называли по телефону."},
  (4.5, 4.5, 5.5, 4.5), "price- billing-", "mixed")
r("ru", SMS, RU2, {"reshen": False, "otvet": None}, (2.5, 3, 2, 3.5))
r("ru", KIO, RU3, {"segodnya": 5, "pochemu": "Тренер огонь 🔥"}, (9.5, 9.5, 9, 9.5), "staff+", "short")
r("ru", KIO, RU3, {"segodnya": 2, "pochemu": "В раздевалке грязно, душ еле тёплый."}, (3, 3, 5, 4), "cleanliness-")
r("ru", EMP, RU4, {"enps": 8, "ostanus": True, "rukovodstvu": "Нормально. Коллектив дружный."}, (7.5, 8, 7, 8), "colleagues+")
r("ru", EMP, RU4, {"enps": 4, "ostanus": None,
                   "rukovodstvu": "Смены ставят в последний момент, начальник склада на вопросы не отвечает. Зарплату платят вовремя, это плюс."},
  (4, 4, 3.5, 4.5), "management- pay+", "mixed skipped")
r("ru", FL, RU5, {"vpechatlenie": "Не понравилось."}, (2.5, 2.5, 4, 3), cases="short negation")
r("ru", FL, RU5, {"vpechatlenie": "Зашла вчера вечером за подарком для дочери. Консультант сначала минут десять разговаривал по телефону, потом всё-таки подошёл и, надо отдать должное, очень толково всё объяснил и помог выбрать. На кассе была очередь человек в восемь, работала одна касса из четырёх. Дома открыла коробку: всё на месте, дочь довольна. В целом впечатление хорошее, но с кассами и с телефонами у сотрудников надо что-то делать, особенно перед праздниками, когда людей много."},
  (6.5, 6.5, 5, 7), "staff+ waiting_time- product_quality+", "mixed long",
  "Long and mixed: the consultant's help outweighs his phone call for staff; the queue is waiting time; 'overall a good impression'.")

# ----------------------------------------------------------------------------------------------------- Turkish
TR1 = survey("giyim-eticaret-tr",
             q("nps", "nps", "Mağazamızı bir arkadaşınıza önerme olasılığınız nedir?"),
             q("memnun", "csat", "Siparişinizden ne kadar memnun kaldınız?", (1, 5)),
             q("kolay", "ces", "Sipariş vermek kolaydı.", (1, 7)),
             q("yorum", "text", "Eklemek istediğiniz bir şey var mı?"))
TR2 = survey("kargo-sms-tr", q("puan", "csat", "Müşteri temsilcimizi 1-5 arası puanlayın.", (1, 5)),
             q("not", "text", "İsterseniz yorum yazın."))
TR3 = survey("lokanta-qr-tr", q("puan", "rating", "Yemeğinizi 1-10 arası puanlayın.", (1, 10), perspective="satisfaction"),
             q("tekrar", "yes_no", "Tekrar gelir misiniz?", perspective="loyalty"),
             q("gorus", "text", "Görüşünüz"))
TR4 = survey("fabrika-nabiz-tr",
             q("enps", "nps", "Fabrikamızı çalışılacak bir yer olarak önerme olasılığınız nedir?"),
             q("yuk", "rating", "İş yüküm makul.", (1, 5)),
             q("yonetim", "text", "Yönetime iletmek istediğiniz bir şey var mı?"))
TR5 = survey("hastane-kiosk-tr", q("bugun", "csat", "Bugünkü ziyaretinizden memnun musunuz?", (1, 3),
                                   perspective="satisfaction"),
             q("neden", "text", "Neden? (isteğe bağlı)"))

r("tr", E, TR1, {"nps": 9, "memnun": 5, "kolay": 6,
                 "yorum": "Kumaşı çok kaliteli, beden tablosu da doğru çıktı. Kargo biraz geç geldi ama sorun değil."},
  (8.5, 9, 7.5, 9), "product_quality+ delivery-", "mixed")
r("tr", E, TR1, {"nps": 0, "memnun": 1, "kolay": 1,
                 "yorum": "İade için üç kez form doldurdum, site her seferinde hata verdi. Param hâlâ yatmadı."},
  (0.5, 0.5, 0.5, 1), "website_app- billing-")
r("tr", E, TR1, {"nps": 7, "memnun": 4, "kolay": 5, "yorum": None}, (7, 7, 6.5, 7))
r("tr", SMS, TR2, {"puan": 4, "not": "Temsilci ilgiliydi ama paketim hâlâ şubede bekliyor"}, (4.5, 4.5, 3.5, 5),
  "staff+ delivery-", "mixed")
r("tr", SMS, TR2, {"puan": 1, "not": "Harika! Üç gündür 'kurye yolda' mesajı alıyorum. Çok teşekkürler."},
  (1, 1, 1, 2), "delivery-", "sarcasm")
r("tr", QR, TR3, {"puan": 10, "tekrar": True, "gorus": "Mercimek çorbası efsane, garsonlar güler yüzlü."},
  (9.5, 9.5, 9, 9.5), "product_quality+ staff+")
r("tr", QR, TR3, {"puan": 5, "tekrar": False, "gorus": "Fiyatlar geçen aya göre neredeyse iki katı olmuş."},
  (4, 4, 6, 3), "price-")
r("tr", EMP, TR4, {"enps": 6, "yuk": 2,
                   "yonetim": "Ustabaşı adil biri ama vardiyalar çok yorucu. Maaş da enflasyonun gerisinde kaldı."},
  (4.5, 5.5, 3, 5), "management+ workload- pay-", "mixed")
r("tr", EMP, TR4, {"enps": 9, "yuk": 4, "yonetim": "Yeni eğitim programı sayesinde forklift ehliyetimi aldım, teşekkürler."},
  (8.5, 9, 7.5, 9), "growth+")
r("tr", KIO, TR5, {"bugun": 2, "neden": "Randevu saatim geçti, bir saat koridorda bekledim. Doktor ise çok ilgiliydi."},
  (4.5, 5, 2.5, 5.5), "waiting_time- staff+", "mixed")
r("tr", KIO, TR5, {"bugun": 3, "neden": None}, (9, 8.5, 8.5, 8.5))

# ----------------------------------------------------------------------------------------------------- English, more
EN9 = survey("harbourview-dental-en",
             q("nps", "nps", "How likely are you to recommend Harbourview Dental to a friend or family member?"),
             q("effort", "ces_effort", "How much effort did it take to book and attend your appointment?", (1, 5)),
             q("back", "yes_no", "Will you book your next check-up with us?", perspective="loyalty"),
             q("comments", "text", "Anything else?"))
EN10 = survey("parkline-gym-kiosk", q("mood", "csat", "How was your workout today?", (1, 5)))
EN11 = survey("voltcharge-widget-en", q("found", "yes_no", "Did you find a working charger?", perspective="ease"),
              q("why", "text", "Tell us more"))
EN12 = survey("brightpath-pulse-en",
              q("enps", "nps", "How likely are you to recommend BrightPath Schools as a place to work?"),
              q("comment", "text", "What's on your mind?"))
EN13 = survey("corner-pantry-flash-en", q("nps", "nps", "How likely are you to recommend Corner Pantry to a friend?"))
EN14 = survey("stormline-energy-en", q("tell", "text", "Tell us about your recent contact with Stormline Energy."))

r("en", E, EN9, {"nps": 10, "effort": 1, "back": True,
                 "comments": "The hygienist was so gentle I nearly fell asleep. Never thought I'd say that about a dentist."},
  (9.5, 10, 9.5, 10), "staff+")
r("en", E, EN9, {"nps": 9, "effort": 2, "back": True,
                 "comments": "Reception double-booked me and I sat there 50 minutes. Dr Okafor is great though, that's why I stay."},
  (6, 8, 4, 8), "waiting_time- staff+", "mixed")
r("en", E, EN9, {"nps": 2, "effort": 5, "back": False,
                 "comments": "I have been a patient here for six years and I'm honestly sad to be writing this. In March I was told my treatment would be covered in full by my insurance, and the receptionist even wrote the code on a sticky note for me. Two months later I get a bill for 340 euro with no explanation. I rang four times, was promised a call back each time, and nobody ever rang. When I finally came in person the practice manager told me it was 'my responsibility to check'. The dentistry itself has always been excellent, but I'm moving my family elsewhere."},
  (2, 1.5, 1.5, 1), "billing- communication- staff- product_quality+", "mixed long",
  "Very long: the surprise bill, the calls never returned and the manager's answer decide it; the dentistry is praised but the family is leaving.")
r("en", KIO, EN10, {"mood": 4}, (7.5, 7, 7, 7))
r("en", KIO, EN10, {"mood": 1}, (1.5, 2, 3.5, 2.5))
r("en", WEB, EN11, {"found": False, "why": "Map showed 3 free chargers. All three broken. Again."}, (1.5, 2, 1, 3),
  "website_app- product_quality-")
r("en", WEB, EN11, {"found": True, "why": "yep"}, (7.5, 7, 8, 7), cases="short")
r("en", EMP, EN12, {"enps": 9, "comment": "Honestly? Best head teacher I've worked under. Still drowning in marking every weekend."},
  (7, 8.5, 4, 8), "management+ workload-", "mixed")
r("en", EMP, EN12, {"enps": 4, "comment": "Fine. Whatever."}, (3.5, 4, 5, 4), cases="short",
  note="Curt and resigned: read as mildly negative; no theme.")
r("en", EMP, EN12, {"enps": None,
                    "comment": "Can't answer that one honestly. Love the kids, love my colleagues, but the pay for support staff is a joke and everyone knows it."},
  (5, 4.5, 5, 4.5), "colleagues+ pay-", "mixed skipped")
r("en", FL, EN13, {"nps": 8}, (7.5, 8, 7.5, 7.5))
r("en", FL, EN14, {"tell": "Smart meter reading took two minutes online and my bill finally matches it. Nice one."},
  (8.5, 8, 9, 8), "website_app+ billing+")
r("en", FL, EN14, {"tell": "Wonderful. Another 'estimated' bill for a house I moved out of in June. Truly outstanding work."},
  (1, 1, 1.5, 1), "billing-", "sarcasm")
r("en", FL, EN14, {"tell": "My neighbour's scaffolding has been blocking the street for weeks, can someone do something about that?"},
  (5, 5, 5, 5), cases="off_topic",
  note="Off-topic: a neighbour's scaffolding, nothing about the energy supplier; labels at the middle.")
r("en", FL, EN14, {"tell": "Can't fault the lady on the phone, she sorted the direct debit in no time."},
  (8.5, 8, 8.5, 8), "staff+ billing+", "negation")

# ----------------------------------------------------------------------------------------------------- Polish, more
PL7 = survey("apteka-online-pl",
             q("nps", "nps", "Jak bardzo prawdopodobne jest, że polecisz naszą aptekę internetową?"),
             q("zadow", "csat", "Jak oceniasz realizację zamówienia?", (1, 5)),
             q("wroce", "yes_no", "Czy zamówisz u nas ponownie?", perspective="loyalty"),
             q("komentarz", "text", "Twój komentarz"))
PL8 = survey("kino-kiosk-pl", q("seans", "csat", "Jak oceniasz dzisiejszy seans?", (1, 5)))
PL9 = survey("bank-widget-pl", q("latwo", "ces", "Łatwo było mi załatwić sprawę w aplikacji.", (1, 7)),
             q("dlaczego", "text", "Dlaczego tak oceniasz?"))
PL10 = survey("logistyka-puls-pl",
              q("enps", "nps", "Jak bardzo prawdopodobne jest, że polecisz pracę w naszym magazynie znajomemu?"),
              q("komentarz", "text", "Co chcesz nam powiedzieć?"))
PL11 = survey("wodociagi-tekst-pl", q("opis", "text", "Opisz swój ostatni kontakt z Biurem Obsługi Klienta."))
PL12 = survey("salon-flash-pl", q("nps", "nps", "Czy poleciłbyś nasz salon znajomym?"))

r("pl", E, PL7, {"nps": 10, "zadow": 5, "wroce": True, "komentarz": "Leki na drugi dzień, wszystko dobrze zabezpieczone."},
  (9.5, 10, 9.5, 9.5), "delivery+")
r("pl", E, PL7, {"nps": 9, "zadow": 1, "wroce": False,
                 "komentarz": "Paczka zginęła, a infolinia odsyła mnie do kuriera. Kurier do infolinii."},
  (1.5, 4, 1.5, 2), "delivery- communication-", "contradiction",
  "NPS 9 beside a lost parcel, CSAT 1 and 'no' to ordering again: the 9 keeps recommendation a little up, the rest follow the comment.")
r("pl", E, PL7, {"nps": 6, "zadow": 4, "wroce": None, "komentarz": "wszystko ok tylko ceny jakby wyzsze niz w stacjonarnej"},
  (6, 6, 7, 5.5), "price-", "skipped no_diacritics")
r("pl", KIO, PL8, {"seans": 5}, (9, 8.5, 8.5, 8.5))
r("pl", KIO, PL8, {"seans": 2}, (3, 3, 4.5, 3.5))
r("pl", WEB, PL9, {"latwo": 1, "dlaczego": "Aplikacja wylogowuje mnie co dwie minuty. Serio, kto to testował?"},
  (1.5, 2, 1, 4), "website_app-")
r("pl", WEB, PL9, {"latwo": 6, "dlaczego": "Przelew zrobiłem w minutę, nie mam się do czego przyczepić."},
  (8.5, 8, 9.5, 8.5), "website_app+", "negation")
r("pl", WEB, PL9, {"latwo": 4, "dlaczego": "Nie wiem, dlaczego pobraliście prowizję za przelew, skoro miał być darmowy."},
  (4, 4, 5, 4.5), "billing-")
r("pl", EMP, PL10, {"enps": 7, "komentarz": "Brygadzista w porządku, koledzy też. Tylko te skanery ciągle się psują."},
  (6.5, 7, 5, 7), "management+ colleagues+", "mixed", "Broken scanners: no theme covers the equipment.")
r("pl", EMP, PL10, {"enps": 1,
                    "komentarz": "Pracuję tu od prawie trzech lat i widzę, jak z każdym miesiącem jest gorzej. Normy podniesiono dwa razy w ciągu roku, a stawka godzinowa stoi w miejscu. Kto nie wyrobi normy, ten słyszy na odprawie przy wszystkich, że jest leniwy. O awansie można zapomnieć, bo stanowiska liderów obsadza się ludźmi z zewnątrz. Jedyne, co mnie jeszcze tu trzyma, to ludzie z mojej zmiany, bez nich dawno bym odszedł. Szukam już innej pracy."},
  (1, 1, 1.5, 0.5), "workload- pay- management- growth- colleagues+", "mixed long")
r("pl", EMP, PL10, {"enps": None, "komentarz": None}, (5, 4.5, 4.5, 5), cases="skipped",
  note="Every item skipped: no evidence; labels near the middle of an employee pulse.")
r("pl", FL, PL11, {"opis": "Pani w okienku była bardzo uprzejma, ale na wodomierz czekam już trzeci tydzień."},
  (5, 5, 3.5, 5.5), "staff+ waiting_time-", "mixed")
r("pl", FL, PL11, {"opis": "Konsultant spoko, ale cały proces był mega time-consuming, trzy maile zanim ktoś odpisał."},
  (5, 5, 3, 5.5), "staff+ communication-", "mixed code_switching", "Polish with English words.")
r("pl", FL, PL11, {"opis": "Bez zarzutu."}, (8, 7.5, 8, 7.5), cases="negation short")
r("pl", FL, PL12, {"nps": 3}, (3.5, 3, 4.5, 3.5))

# ----------------------------------------------------------------------------------------------------- German, more
DE7 = survey("moebelhaus-lieferung-de",
             q("nps", "nps", "Wie wahrscheinlich ist es, dass Sie unser Möbelhaus weiterempfehlen?"),
             q("lieferung", "csat", "Wie zufrieden waren Sie mit Lieferung und Montage?", (1, 5)),
             q("aufwand", "ces_effort", "Wie viel Aufwand hatten Sie mit Ihrer Bestellung?", (1, 5)),
             q("kommentar", "text", "Ihr Kommentar"))
DE8 = survey("tankstelle-qr-de", q("bewertung", "rating", "Wie bewerten Sie Ihren Besuch? (1-10)", (1, 10),
                                   perspective="satisfaction"),
             q("wieder", "yes_no", "Kommen Sie wieder?", perspective="loyalty"))
DE9 = survey("versicherung-widget-de", q("einfach", "ces", "Die Schadensmeldung online war einfach.", (1, 7)),
             q("warum", "text", "Was war gut, was nicht?"))
DE10 = survey("kita-traeger-puls-de",
              q("enps", "nps", "Wie wahrscheinlich empfehlen Sie unseren Träger als Arbeitgeber?"),
              q("bleiben", "yes_no", "Planen Sie, nächstes Jahr noch bei uns zu arbeiten?", perspective="loyalty"),
              q("anmerkung", "text", "Was möchten Sie uns mitteilen?"))
DE11 = survey("stadtwerke-text-de", q("erfahrung", "text", "Beschreiben Sie Ihre Erfahrung mit unserem Kundenservice."))
DE12 = survey("onlineshop-flash-de", q("csat", "csat", "Wie zufrieden sind Sie mit unserem Onlineshop?", (1, 5)))

r("de", E, DE7, {"nps": 9, "lieferung": 5, "aufwand": 1,
                 "kommentar": "Die zwei Monteure waren pünktlich, freundlich und nahmen die ganze Verpackung wieder mit."},
  (9.5, 9, 9.5, 9), "staff+ delivery+")
r("de", E, DE7, {"nps": 3, "lieferung": 2, "aufwand": 4,
                 "kommentar": "Der Termin wurde dreimal geändert, Bescheid bekam ich immer erst am Vorabend. Das Sofa selbst ist schön."},
  (3, 3, 2, 3.5), "delivery- communication- product_quality+", "mixed")
r("de", E, DE7, {"nps": 10, "lieferung": 1, "aufwand": 5, "kommentar": "Alles super gelaufen, sehr zu empfehlen!"},
  (9, 9.5, 8.5, 9), cases="reversed_scale contradiction",
  note="CSAT 1 and the most effort beside NPS 10 and 'all went great': the 1-5 scales were evidently read the wrong way round; labelled from the comment and the NPS.")
r("de", QR, DE8, {"bewertung": 8, "wieder": True}, (7.5, 7.5, 7.5, 8))
r("de", QR, DE8, {"bewertung": 2, "wieder": None}, (1.5, 2, 3.5, 3), cases="skipped")
r("de", WEB, DE9, {"einfach": 7, "warum": "Ging ratzfatz, Geld war nach drei Tagen da."}, (9, 8.5, 9.5, 8.5),
  "website_app+ waiting_time+", "short")
r("de", WEB, DE9, {"einfach": 2, "warum": "Foto-Upload ging nicht, musste alles per Post schicken. Im Jahr 2025!"},
  (2.5, 3, 1.5, 4.5), "website_app-")
r("de", WEB, DE9, {"einfach": 5, "warum": "Eigentlich okay, aber das Wort 'Selbstbeteiligung' hätte man erklären können."},
  (6, 6, 5.5, 6.5), "communication-", "mixed")
r("de", EMP, DE10, {"enps": 8, "bleiben": True,
                    "anmerkung": "Ich fühle mich im Team wohl. Die neue Leitung hat uns endlich mehr Vorbereitungszeit gegeben."},
  (8.5, 8, 7.5, 9), "colleagues+ management+ workload+")
r("de", EMP, DE10, {"enps": 8, "bleiben": False,
                    "anmerkung": "Ich ziehe im Sommer nach Hamburg, deshalb das Nein. Mit der Kita hat das nichts zu tun."},
  (8, 8, 7, 3), cases="off_topic",
  note="The 'no' to staying is a move to another city, not discontent: loyalty low, the rest from the eNPS.")
r("de", EMP, DE10, {"enps": 2, "bleiben": True, "anmerkung": "Das Gehalt reicht hinten und vorne nicht, aber wo soll ich hin?"},
  (2.5, 2, 4.5, 5), "pay-", note="Stays for want of an alternative: loyalty middling despite the 'yes'.")
r("de", FL, DE11, {"erfahrung": "Mit der Hotline zu telefonieren ist jedes Mal ein Abenteuer. Heute: 35 Minuten Warteschleife, dann aus der Leitung geflogen. Weiter so!"},
  (1, 1, 0.5, 2), "waiting_time-", "sarcasm")
r("de", FL, DE11, {"erfahrung": "Kompetent. Freundlich. Schnell."}, (9, 9, 9, 8.5), "staff+ waiting_time+", "short")
r("de", FL, DE11, {"erfahrung": "Die Leute im Support super nice, nur das Billing ist ein totaler Mess, zweimal abgebucht."},
  (4.5, 4.5, 4, 5), "staff+ billing-", "mixed code_switching", "German with English words.")
r("de", FL, DE12, {"csat": 3}, (5, 5, 5.5, 5))

# ----------------------------------------------------------------------------------------------------- Greek, more
EL7 = survey("farmakeio-eshop-el",
             q("nps", "nps", "Πόσο πιθανό είναι να μας συστήσετε σε φίλους σας;"),
             q("ikanopoiisi", "csat", "Πόσο ικανοποιημένοι είστε από την παραγγελία σας;", (1, 5)),
             q("sxolia", "text", "Σχόλια"))
EL8 = survey("souvlaki-kiosk-el", q("vathmos", "csat", "Πώς σας φάνηκε σήμερα;", (1, 3), perspective="satisfaction"))
EL9 = survey("ktel-widget-el", q("vrikate", "yes_no", "Βρήκατε το δρομολόγιο που ψάχνατε;", perspective="ease"),
             q("ti", "text", "Τι μπορούμε να βελτιώσουμε;"))
EL10 = survey("logistiko-grafeio-puls-el",
              q("enps", "nps", "Πόσο πιθανό είναι να προτείνεις το γραφείο μας ως χώρο εργασίας;"),
              q("fortos", "rating", "Ο φόρτος εργασίας μου είναι λογικός.", (1, 5)),
              q("sxolio", "text", "Κάτι που θέλεις να πεις;"))
EL11 = survey("nosokomeio-keimeno-el", q("empeiria", "text", "Περιγράψτε την εμπειρία σας από τα εξωτερικά ιατρεία."))
EL12 = survey("rent-a-car-sms-el", q("lythike", "yes_no", "Λύθηκε το θέμα σας;", perspective="ease"),
              q("apantisi", "text", "Θέλετε να προσθέσετε κάτι;"))

r("el", E, EL7, {"nps": 9, "ikanopoiisi": 5, "sxolia": "Γρήγορη αποστολή και δώρο δείγματα. Ευχαριστώ πολύ!"},
  (9, 9, 9, 9), "delivery+")
r("el", E, EL7, {"nps": 8, "ikanopoiisi": 2,
                 "sxolia": "Η κρέμα ήρθε ανοιγμένη και μισοάδεια. Κρίμα, γιατί κατά τα άλλα σας εμπιστεύομαι."},
  (3.5, 6, 4, 6), "product_quality-", "mixed contradiction",
  "NPS 8 from a customer who still trusts the shop, CSAT 2 for the opened jar: satisfaction low, recommendation and loyalty middling.")
r("el", E, EL7, {"nps": 4, "ikanopoiisi": 3, "sxolia": "Ακριβά τα μεταφορικά, πιο φθηνά τα βρίσκω στο φαρμακείο της γειτονιάς."},
  (4, 4, 6, 3.5), "price-")
r("el", KIO, EL8, {"vathmos": 3}, (9, 8.5, 8.5, 8.5))
r("el", KIO, EL8, {"vathmos": 1}, (1.5, 2, 4, 2.5))
r("el", WEB, EL9, {"vrikate": False,
                   "ti": "Το site δεν δείχνει τα δρομολόγια της Κυριακής. Πήρα τηλέφωνο και δεν το σήκωσε κανείς."},
  (2, 2.5, 1.5, 4), "website_app- communication-")
r("el", WEB, EL9, {"vrikate": True, "ti": "ok"}, (7.5, 7, 8, 7), cases="short")
r("el", EMP, EL10, {"enps": 7, "fortos": 1, "sxolio": "Τον Μάρτιο με τις δηλώσεις δεν βλέπουμε τα σπίτια μας. Κατά τα άλλα καλά."},
  (5.5, 6.5, 2, 6.5), "workload-", "mixed")
r("el", EMP, EL10, {"enps": 10, "fortos": 4,
                    "sxolio": "Ο προϊστάμενος μας στηρίζει και πληρωνόμαστε στην ώρα μας, που δεν είναι αυτονόητο."},
  (9, 9.5, 8, 9.5), "management+ pay+")
r("el", EMP, EL10, {"enps": 5, "fortos": None, "sxolio": "-"}, (5, 5, 5, 5.5), cases="skipped short",
  note="A dash for a comment: no content; labels from the eNPS.")
r("el", FL, EL11, {"empeiria": "Είχα ραντεβού στις 9:30 για το καρδιολογικό. Στις 11:15 ακόμα περίμενα στον διάδρομο χωρίς να ξέρει κανείς να μου πει πόσο θα αργήσει ο γιατρός. Οι τουαλέτες ήταν σε άθλια κατάσταση και δεν υπήρχε ούτε καρέκλα για όλους. Όταν τελικά μπήκα, ο γιατρός ήταν εξαιρετικός, μου εξήγησε τα πάντα με υπομονή και δεν με έβιασε καθόλου. Η οργάνωση όμως είναι για κλάματα και χρειάζεται αλλαγές."},
  (4, 4.5, 2, 5), "waiting_time- communication- cleanliness- staff+", "mixed long",
  "Very long and mixed: nearly two hours' wait, nobody informing, dirty toilets, against an excellent doctor. A public clinic: loyalty middling.")
r("el", FL, EL11, {"empeiria": "Ευχαριστώ τη νοσηλεύτρια της βάρδιας, ήταν άγγελος."}, (8.5, 8.5, 7.5, 8), "staff+")
r("el", SMS, EL12, {"lythike": False,
                    "apantisi": "Ααα τέλεια, η κράτηση ακυρώθηκε μόνη της και τώρα δεν έχετε αυτοκίνητο. Μπράβο."},
  (1, 1, 1, 1.5), cases="sarcasm", note="Sarcastic praise for a booking that cancelled itself; no theme names it.")
r("el", SMS, EL12, {"lythike": True, "apantisi": "Ευγενέστατος ο υπάλληλος, μου άλλαξε την ημερομηνία χωρίς χρέωση."},
  (9, 9, 9, 8.5), "staff+ billing+")
r("el", SMS, EL12, {"lythike": True, "apantisi": "Όλα ok, thanks, πολύ fast το service"}, (8.5, 8.5, 9, 8),
  "waiting_time+", "code_switching short", "Greek with English words.")

# ----------------------------------------------------------------------------------------------------- Persian, more
FA7 = survey("ketabforoushi-online-fa",
             q("nps", "nps", "چقدر احتمال دارد کتاب~فروشی ما را به دوستانتان پیشنهاد کنید؟"),
             q("razi", "csat", "از سفارش خود چقدر راضی هستید؟", (1, 5)),
             q("nazar", "text", "نظر شما"))
FA8 = survey("taxi-app-widget-fa", q("asan", "ces", "درخواست خودرو در برنامه آسان بود.", (1, 7)),
             q("chera", "text", "چرا؟"))
FA9 = survey("restoran-kiosk-fa", q("emruz", "csat", "امروز از غذا راضی بودید؟", (1, 5)))
FA10 = survey("daneshgah-karkonan-fa",
              q("enps", "nps", "چقدر احتمال دارد دانشگاه را به عنوان محل کار به آشنایان پیشنهاد کنید؟"),
              q("mimanid", "yes_no", "سال آینده هم در دانشگاه می~مانید؟", perspective="loyalty"),
              q("pishnahad", "text", "پیشنهاد یا انتقادی دارید؟"))
FA11 = survey("moshtarak-bargh-matn-fa", q("tajrobe", "text", "تجربه~تان از تماس با مرکز پاسخگویی را بنویسید."))
FA12 = survey("flash-nps-fa", q("nps", "nps", "چقدر احتمال دارد ما را به دوستانتان معرفی کنید؟"))

r("fa", E, FA7, {"nps": 10, "razi": 5, "nazar": "کتاب~ها سالم رسیدند و خیلی با دقت بسته شده بودند."}, (9.5, 10, 9.5, 9.5), "delivery+")
r("fa", E, FA7, {"nps": 7, "razi": 2, "nazar": "سه هفته طول کشید. آخرش هم یکی از کتاب~ها چاپ بدی داشت."},
  (3.5, 5.5, 3.5, 5), "delivery- product_quality-", "contradiction",
  "NPS 7 beside CSAT 2 and two complaints: recommendation kept near the middle, the rest follow the comment.")
r("fa", E, FA7, {"nps": 5, "razi": 4,
                 "nazar": "ارزان~تر از جاهای دیگر می~فروشید ولی سایت موقع جستجو خیلی کند است و نتیجه~های بی~ربط نشان می~دهد."},
  (5.5, 5, 4, 5.5), "price+ website_app-", "mixed")
r("fa", WEB, FA8, {"asan": 1, "chera": "راننده سه بار سفر را لغو کرد و برنامه باز هم همان راننده را فرستاد!"},
  (1.5, 2, 1, 3.5), "staff- website_app-")
r("fa", WEB, FA8, {"asan": 7, "chera": "خیلی راحت بود، مرسی"}, (8.5, 8, 9.5, 8), "website_app+", "short")
r("fa", WEB, FA8, {"asan": 4, "chera": "ranande kheili khosh akhlagh bud vali kerayeh gerun hesab shod"},
  (5.5, 5.5, 5, 5.5), "staff+ price-", "mixed finglish", "Finglish (Persian in Latin letters).")
r("fa", KIO, FA9, {"emruz": 4}, (7.5, 7, 7, 7))
r("fa", KIO, FA9, {"emruz": 2}, (3, 3, 4.5, 3.5))
r("fa", EMP, FA10, {"enps": 3, "mimanid": True,
                    "pishnahad": "حقوق دیر پرداخت می~شود و هیچ برنامه~ای برای ارتقای کارکنان وجود ندارد. می~مانم چون چاره~ای نیست."},
  (2.5, 3, 4, 5), "pay- growth-", note="Stays for want of a choice: loyalty middling despite the 'yes'.")
r("fa", EMP, FA10, {"enps": 9, "mimanid": True, "pishnahad": "همکارانم مثل خانواده~ام هستند."}, (8.5, 9, 7.5, 9),
  "colleagues+", "short")
r("fa", EMP, FA10, {"enps": 6, "mimanid": None,
                    "pishnahad": "حجم کار در پایان ترم غیرقابل تحمل است ولی مدیر گروه همیشه حامی ماست."},
  (5.5, 6, 3, 6), "workload- management+", "mixed skipped")
r("fa", FL, FA11, {"tajrobe": "واقعاً ممنون! فقط دو ساعت منتظر اپراتور بودم تا بگویند برق محله قطع است. چه خدمات درخشانی."},
  (1, 1, 0.5, 2), "waiting_time-", "sarcasm")
r("fa", FL, FA11, {"tajrobe": "کارشناس خانم با حوصله توضیح داد که چرا قبض این ماه زیاد شده. قانع شدم."},
  (8, 7.5, 8, 7.5), "staff+ billing+ communication+")
r("fa", FL, FA11, {"tajrobe": "کوچه ما هنوز آسفالت نشده، شهرداری هیچ کاری نمی~کند."}, (4.5, 4.5, 5, 5), cases="off_topic",
  note="Off-topic: the street's paving and the municipality, not the electricity company; labels near the middle.")
r("fa", FL, FA12, {"nps": 9}, (8.5, 9, 8.5, 8.5))

# ----------------------------------------------------------------------------------------------------- French, more
FR7 = survey("opticien-email-fr",
             q("nps", "nps", "Quelle est la probabilité que vous recommandiez notre opticien à un proche ?"),
             q("satisf", "csat", "Êtes-vous satisfait de vos nouvelles lunettes ?", (1, 5)),
             q("revenir", "yes_no", "Reviendrez-vous chez nous ?", perspective="loyalty"),
             q("commentaire", "text", "Votre commentaire"))
FR8 = survey("parking-borne-fr", q("note", "csat", "Comment évaluez-vous votre stationnement ?", (1, 5)))
FR9 = survey("transport-widget-fr", q("trouve", "yes_no", "Avez-vous trouvé l'horaire que vous cherchiez ?",
                                      perspective="ease"),
             q("quoi", "text", "Qu'est-ce qui manque ?"))
FR10 = survey("hotellerie-pulse-fr",
              q("enps", "nps", "Recommanderiez-vous notre hôtel comme employeur ?"),
              q("charge", "rating", "Ma charge de travail est raisonnable.", (1, 5)),
              q("libre", "text", "Expression libre"))
FR11 = survey("banque-texte-fr", q("exp", "text", "Racontez-nous votre dernier échange avec votre conseiller."))
FR12 = survey("flash-nps-fr", q("nps", "nps", "Recommanderiez-vous notre magasin à vos proches ?"))

r("fr", E, FR7, {"nps": 10, "satisf": 5, "revenir": True,
                 "commentaire": "L'opticienne a réglé chaque détail avec patience, je vois enfin net !"},
  (9.5, 10, 9, 9.5), "staff+ product_quality+")
r("fr", E, FR7, {"nps": 9, "satisf": 3, "revenir": True,
                 "commentaire": "Verres livrés avec dix jours de retard et sans prévenir, mais je reste fidèle, l'accueil est toujours top."},
  (6, 8, 5, 8), "delivery- communication- staff+", "mixed")
r("fr", E, FR7, {"nps": 1, "satisf": 1, "revenir": False,
                 "commentaire": "Facture de 120 euros de plus que le devis. Au comptoir, c'était « normal » selon eux. Non merci."},
  (1, 1, 2.5, 0.5), "billing- price-")
r("fr", KIO, FR8, {"note": 5}, (9, 8.5, 8.5, 8.5))
r("fr", KIO, FR8, {"note": 2}, (3, 3, 4.5, 3.5))
r("fr", WEB, FR9, {"trouve": False,
                   "quoi": "Les horaires du dimanche ne sont pas à jour, j'ai attendu un bus qui n'existe pas."},
  (2, 2.5, 1.5, 4), "website_app- communication-")
r("fr", WEB, FR9, {"trouve": True, "quoi": "rien"}, (7.5, 7, 8, 7), cases="negation short")
r("fr", EMP, FR10, {"enps": 8, "charge": 2,
                    "libre": "J'adore mon équipe et le chef de cuisine nous respecte. Par contre les coupures de quatre heures en plein milieu de journée, c'est épuisant."},
  (6.5, 8, 3.5, 7.5), "colleagues+ management+ workload-", "mixed")
r("fr", EMP, FR10, {"enps": 3, "charge": None, "libre": "Pas de perspective d'évolution, pas de formation, rien."},
  (3, 3, 5, 3), "growth-", "skipped negation")
r("fr", EMP, FR10, {"enps": 10, "charge": 5, "libre": "C'est pas parfait mais franchement, je ne changerais pour rien au monde."},
  (8.5, 9.5, 8, 9.5), cases="negation")
r("fr", FL, FR11, {"exp": "Ma conseillère a changé trois fois cette année, à chaque fois je dois tout réexpliquer."},
  (3, 3, 2.5, 4), "staff- communication-")
r("fr", FL, FR11, {"exp": "Génial, encore des frais de tenue de compte qui augmentent. Merci pour le cadeau."},
  (1.5, 1.5, 5, 2), "price-", "sarcasm")
r("fr", FL, FR11, {"exp": "J'ai contacté l'agence pour un prêt immobilier. Le premier rendez-vous a été fixé rapidement et le conseiller, très pédagogue, m'a expliqué chaque ligne de l'offre. Ensuite, plus rien pendant trois semaines : aucune nouvelle, des mails sans réponse, et c'est moi qui ai dû relancer l'agence à chaque étape. Finalement le prêt a été accordé à un taux correct, donc je ne peux pas me plaindre du résultat, mais l'attente et le manque de suivi m'ont vraiment stressé pendant l'achat de la maison."},
  (6, 6, 3.5, 6), "staff+ communication- waiting_time- price+", "mixed long")
r("fr", FL, FR12, {"nps": 6}, (6, 6, 6, 6))

# ----------------------------------------------------------------------------------------------------- Spanish, more
ES7 = survey("aerolinea-email-es",
             q("nps", "nps", "¿Qué tan probable es que recomiendes nuestra aerolínea a un amigo?"),
             q("vuelo", "csat", "¿Qué tan satisfecho quedaste con tu vuelo?", (1, 5)),
             q("facil", "ces", "Hacer el check-in fue fácil.", (1, 7)),
             q("cuentanos", "text", "Cuéntanos más"))
ES8 = survey("gasolinera-kiosko-es", q("servicio", "csat", "¿Cómo calificas el servicio de hoy?", (1, 3),
                                       perspective="satisfaction"),
             q("por", "text", "¿Por qué?"))
ES9 = survey("gimnasio-widget-es", q("reserva", "ces", "Reservar mi clase en la web fue fácil.", (1, 7)))
ES10 = survey("call-center-pulso-es",
              q("enps", "nps", "¿Qué tan probable es que recomiendes el call center como lugar de trabajo?"),
              q("quedo", "yes_no", "¿Piensas seguir con nosotros el próximo año?", perspective="loyalty"),
              q("algo", "text", "¿Algo que quieras compartir?"))
ES11 = survey("hospital-sms-es", q("atencion", "csat", "Califica la atención de recepción del 1 al 5.", (1, 5)),
              q("msj", "text", "Respóndenos con un comentario."))
ES12 = survey("flash-entregas-es", q("frase", "text", "¿Cómo describirías nuestro servicio de entregas?"))

r("es", E, ES7, {"nps": 10, "vuelo": 5, "facil": 7,
                 "cuentanos": "Salimos puntuales, la tripulación súper amable y hasta nos tocó fila con espacio para las piernas."},
  (9.5, 10, 9.5, 9.5), "waiting_time+ staff+ product_quality+")
r("es", E, ES7, {"nps": 0, "vuelo": 1, "facil": 2,
                 "cuentanos": "Perdimos la conexión en Madrid porque el primer vuelo salió con dos horas de retraso. En el mostrador nos dijeron que no era su responsabilidad y nos mandaron a la app, donde no aparecía ninguna opción para cambiar el vuelo. Dormimos en el aeropuerto con dos niños pequeños, sin hotel ni comida. Al día siguiente nos cobraron el equipaje otra vez aunque ya lo habíamos pagado. Llevo un mes reclamando el reembolso y nadie contesta. Nunca más vuelo con ustedes."},
  (0.5, 0, 1, 0), "waiting_time- staff- website_app- billing- communication-", "long")
r("es", E, ES7, {"nps": 7, "vuelo": 4, "facil": 1,
                 "cuentanos": "El vuelo bien, pero el check-in online no funcionó y tuve que hacer fila una hora en el mostrador."},
  (5.5, 6.5, 1.5, 6.5), "website_app- waiting_time-", "mixed")
r("es", KIO, ES8, {"servicio": 3, "por": None}, (8.5, 8, 8, 8))
r("es", KIO, ES8, {"servicio": 1, "por": "El baño da asco."}, (1.5, 2, 5, 3), "cleanliness-", "short")
r("es", KIO, ES8, {"servicio": 2, "por": "Regular, como siempre."}, (5, 5, 5.5, 5), cases="short")
r("es", WEB, ES9, {"reserva": 2}, (3, 3.5, 1.5, 4.5))
r("es", WEB, ES9, {"reserva": 7}, (8, 7.5, 9.5, 7.5))
r("es", EMP, ES10, {"enps": 6, "quedo": True,
                    "algo": "Los supervisores son buena onda pero las métricas de tiempo por llamada son imposibles."},
  (5, 6, 3, 6.5), "management+ workload-", "mixed")
r("es", EMP, ES10, {"enps": 9, "quedo": False,
                    "algo": "Me voy porque terminé la carrera y encontré trabajo de lo mío. Aquí aprendí un montón, gracias."},
  (8.5, 9, 7.5, 3), "growth+",
  note="Leaving for a job in the field just studied, not out of discontent: loyalty low, the rest from the eNPS and the thanks.")
r("es", SMS, ES11, {"atencion": 1, "msj": "Nadie contesta el teléfono de citas, fui en persona y la recepcionista ni me miró."},
  (1, 1, 1, 2.5), "staff- communication-")
r("es", SMS, ES11, {"atencion": 5, "msj": "Excelente trato, aunque el estacionamiento es carísimo."}, (7.5, 7.5, 7, 7.5),
  "staff+", "mixed off_topic", "The car park's price is not about the reception; staff praised.")
r("es", FL, ES12, {"frase": "Siempre llegan cuando dicen. Sin quejas."}, (8.5, 8.5, 8.5, 8.5), "delivery+", "negation short")
r("es", FL, ES12, {"frase": "El delivery guy súper nice, pero el pedido llegó todo mixed up, me faltaron dos cosas."},
  (5, 5, 5, 5.5), "staff+ delivery-", "mixed code_switching", "Spanish with English words.")
r("es", FL, ES12, {"frase": "Meh."}, (4.5, 4.5, 5, 4.5), cases="short", note="'Meh': lukewarm, no theme.")


# --------------------------------------------------------------------------------------- further responses, 2026-12
# More comments for the theme readout (models/head/readout.py), whose held-out recall at precision 0.75 still rose
# with the number of calibration comments it was fitted on: new brands and stories, one or two surveys a language.
EN15 = survey("northwind-rail-en",
              q("nps", "nps", "How likely are you to recommend Northwind Rail to a friend or colleague?"),
              q("stood", "text", "What stood out on your journey?"))
EN16 = survey("harrow-homes-pulse-en",
              q("enps", "nps", "How likely are you to recommend working at Harrow Homes?"),
              q("better", "text", "What would make this a better place to work?"))
r("en", E, EN15, {"nps": 2, "stood": "Train sat outside the station for forty minutes and the guard never once explained why."},
  (2, 2, 2.5, 3), "waiting_time- communication-")
r("en", E, EN15, {"nps": 9, "stood": "Quiet carriage was genuinely quiet and the seats had been cleaned properly."},
  (8.5, 9, 8.5, 8.5), "product_quality+ cleanliness+")
r("en", E, EN15, {"nps": 4, "stood": "Paid nearly ninety pounds for a return and still had to stand all the way to Leeds."},
  (3.5, 4, 4, 4), "price- product_quality-")
r("en", E, EN15, {"nps": 6, "stood": "Booking on the app was painless and the ticket scanned first time. The refund for my cancelled leg still hasn't shown up on my card though."},
  (6, 6, 7, 6), "website_app+ billing-", "mixed")
r("en", EMP, EN16, {"enps": 3, "better": "Rotas come out two days before the week starts and overtime gets paid a month late."},
  (3, 3, 3.5, 3), "management- pay-")
r("en", EMP, EN16, {"enps": 8, "better": "My line manager actually listens, and the training budget got me through my NVQ."},
  (8, 8, 7.5, 8), "management+ growth+")

PL13 = survey("kurier-ekspres-pl",
              q("nps", "nps", "Jak bardzo prawdopodobne jest, że polecisz Kurier Ekspres znajomym?"),
              q("popraw", "text", "Co możemy poprawić?"))
r("pl", E, PL13, {"nps": 1, "popraw": "Paczka przyjechała zgnieciona, a kurier zostawił ją pod bramą w deszczu."},
  (1, 1, 3, 2), "delivery- staff-")
r("pl", E, PL13, {"nps": 8, "popraw": "Śledzenie przesyłki w aplikacji działa świetnie, zawsze wiem, kiedy przyjedzie kurier."},
  (8, 8, 9, 8), "website_app+ delivery+")
r("pl", E, PL13, {"nps": 5, "popraw": "Infolinia odbiera dopiero po pół godzinie, a konsultant nie potrafił mi nic wyjaśnić."},
  (3.5, 4, 3, 4.5), "waiting_time- staff- communication-")
r("pl", E, PL13, {"nps": 7, "popraw": "Cena wysoka jak na zwykłą przesyłkę krajową, ale paczki dochodzą na czas."},
  (6, 6.5, 7, 6.5), "price- delivery+", "mixed")
r("pl", E, PL13, {"nps": 3, "popraw": "Dwa razy pobrano mi opłatę za tę samą przesyłkę i nikt nie oddzwonił w tej sprawie."},
  (2.5, 2.5, 2.5, 3), "billing- communication-")

DE13 = survey("zahnarztpraxis-mail-de",
              q("nps", "nps", "Wie wahrscheinlich ist es, dass Sie unsere Praxis weiterempfehlen?"),
              q("mitteilen", "text", "Was möchten Sie uns mitteilen?"))
DE14 = survey("spedition-puls-de",
              q("enps", "nps", "Wie wahrscheinlich ist es, dass Sie uns als Arbeitgeber empfehlen?"),
              q("aendern", "text", "Was sollte sich ändern?"))
r("de", E, DE13, {"nps": 10, "mitteilen": "Die Behandlung war völlig schmerzfrei und die Helferin hat mir jeden Schritt erklärt."},
  (9.5, 10, 9, 9.5), "product_quality+ staff+")
r("de", E, DE13, {"nps": 4, "mitteilen": "Trotz Termin saß ich fast eine Stunde im Wartezimmer, das zudem ziemlich schmuddelig war."},
  (4, 4, 4, 5), "waiting_time- cleanliness-")
r("de", E, DE13, {"nps": 6, "mitteilen": "Die Rechnung kam mit Posten, die mir vorher niemand genannt hatte."},
  (5, 5.5, 5, 5.5), "billing- communication-")
r("de", E, DE13, {"nps": 8, "mitteilen": "Online-Terminbuchung klappt super, nur die Zuzahlung für die Zahnreinigung finde ich happig."},
  (7.5, 8, 8.5, 7.5), "website_app+ price-", "mixed")
r("de", EMP, DE14, {"enps": 2, "aendern": "Seit Monaten fehlen Fahrer, wir fahren Doppelschichten, und die Zulagen wurden gestrichen."},
  (2, 2, 2.5, 2), "workload- pay-")
r("de", EMP, DE14, {"enps": 9, "aendern": "Tolles Team, man hilft sich gegenseitig, und ich konnte intern zum Disponenten aufsteigen."},
  (9, 9, 8.5, 9), "colleagues+ growth+")

EL13 = survey("taxi-efarmogi-el",
              q("nps", "nps", "Πόσο πιθανό είναι να προτείνετε την εφαρμογή μας σε έναν φίλο;"),
              q("pite", "text", "Πείτε μας τι σας άρεσε ή τι όχι."))
EL14 = survey("trapeza-palmos-el",
              q("enps", "nps", "Θα προτείνατε την τράπεζα ως εργοδότη σε έναν φίλο;"),
              q("allagi", "text", "Τι θα αλλάζατε στη δουλειά σας;"))
r("el", E, EL13, {"nps": 2, "pite": "Ο οδηγός ήταν αγενής και το αυτοκίνητο μύριζε τσιγάρο."}, (2, 2, 4, 3),
  "staff- cleanliness-")
r("el", E, EL13, {"nps": 9, "pite": "Η εφαρμογή είναι πολύ απλή και το ταξί ήρθε σε τρία λεπτά."}, (9, 9, 9.5, 8.5),
  "website_app+ waiting_time+")
r("el", E, EL13, {"nps": 5, "pite": "Η χρέωση στην κάρτα μου ήταν μεγαλύτερη από το ποσό που έδειχνε η εφαρμογή."},
  (4, 4.5, 5, 4.5), "billing-")
r("el", E, EL13, {"nps": 7, "pite": "Καλή υπηρεσία, αλλά τα βράδια οι τιμές ανεβαίνουν πάρα πολύ."}, (6.5, 7, 7.5, 6.5),
  "price-", "mixed")
r("el", EMP, EL14, {"enps": 3, "allagi": "Ο μισθός δεν φτάνει με αυτή την ακρίβεια και οι προϊστάμενοι κάνουν πως δεν μας ακούνε."},
  (3, 3, 3.5, 3), "pay- management-")

FA13 = survey("post-pishtaz-fa",
              q("nps", "nps", "چقدر احتمال دارد خدمات پست ما را به دیگران پیشنهاد کنید؟"),
              q("behtar", "text", "چه چیزی را باید بهتر کنیم؟"))
r("fa", E, FA13, {"nps": 1, "behtar": "بسته~ام ده روز دیرتر رسید و کسی هم جواب تلفن را نمی~داد."}, (1, 1, 2, 2),
  "delivery- communication-")
r("fa", E, FA13, {"nps": 9, "behtar": "نامه~رسان خیلی مؤدب بود و بسته سالم و سر وقت رسید."}, (9, 9, 9, 9),
  "staff+ delivery+")
r("fa", E, FA13, {"nps": 5, "behtar": "هزینه ارسال نسبت به پارسال تقریباً دو برابر شده است."}, (4.5, 5, 6, 5), "price-")
r("fa", E, FA13, {"nps": 6, "behtar": "سایت رهگیری مرسوله مدام خطا می~دهد ولی کارمند باجه خیلی کمکم کرد."},
  (6, 6, 5, 6), "website_app- staff+", "mixed")
r("fa", E, FA13, {"nps": 3, "behtar": "صف باجه خیلی طولانی بود و سالن هم کثیف و شلوغ بود."}, (3, 3, 3, 3.5),
  "waiting_time- cleanliness-")

FR13 = survey("agence-voyage-fr",
              q("nps", "nps", "Quelle est la probabilité que vous recommandiez notre agence à un proche ?"),
              q("compte", "text", "Qu'est-ce qui a compté pour votre note ?"))
r("fr", E, FR13, {"nps": 9, "compte": "Conseillère très à l'écoute, elle a trouvé un séjour parfait pour notre budget."},
  (9, 9, 9, 9), "staff+ price+")
r("fr", E, FR13, {"nps": 2, "compte": "L'assurance annulation a été prélevée deux fois, remboursement obtenu seulement après trois réclamations."},
  (2, 2, 2, 3), "billing- communication-")
r("fr", E, FR13, {"nps": 6, "compte": "L'hôtel était correct, mais la chambre sentait le renfermé et la moquette était tachée."},
  (5.5, 6, 6.5, 6), "cleanliness-", "mixed")
r("fr", E, FR13, {"nps": 4, "compte": "Le site plante à l'étape du paiement et personne ne répond sur le chat."},
  (3.5, 4, 2.5, 4), "website_app- communication-")
r("fr", E, FR13, {"nps": 8, "compte": "Transfert depuis l'aéroport pile à l'heure, chauffeur souriant."}, (8, 8, 8.5, 8),
  "waiting_time+ staff+")

ES13 = survey("optica-email-es",
              q("nps", "nps", "¿Qué tan probable es que recomiendes nuestra óptica?"),
              q("contar", "text", "¿Qué te gustaría contarnos?"))
ES14 = survey("cadena-tiendas-pulso-es",
              q("enps", "nps", "¿Recomendarías nuestra empresa como lugar de trabajo?"),
              q("cambiar", "text", "¿Qué cambiarías?"))
r("es", E, ES13, {"nps": 10, "contar": "La optometrista fue muy paciente y los lentes quedaron perfectos."},
  (9.5, 10, 9.5, 9.5), "staff+ product_quality+")
r("es", E, ES13, {"nps": 3, "contar": "Me prometieron los lentes en una semana y tardaron casi un mes, sin avisarme de nada."},
  (3, 3, 3.5, 3.5), "waiting_time- communication-")
r("es", E, ES13, {"nps": 6, "contar": "Los armazones son bonitos pero carísimos comparados con otras ópticas."},
  (6, 6, 7, 5.5), "product_quality+ price-", "mixed")
r("es", E, ES13, {"nps": 5, "contar": "En la factura venía un cargo por el estuche que nadie me mencionó."},
  (5, 5, 6, 5), "billing-")
r("es", EMP, ES14, {"enps": 4, "cambiar": "Nos cambian los horarios a última hora y el sueldo apenas alcanza."},
  (4, 4, 4, 4), "management- pay-")

IT6 = survey("palestra-email-it",
             q("nps", "nps", "Quanto è probabile che consiglieresti la nostra palestra a un amico?"),
             q("migliorare", "text", "Cosa possiamo migliorare?"))
r("it", E, IT6, {"nps": 3, "migliorare": "Spogliatoi sporchi e docce fredde da settimane."}, (3, 3, 4, 3.5),
  "cleanliness- product_quality-")
r("it", E, IT6, {"nps": 9, "migliorare": "Istruttori preparati e sempre disponibili a correggere la postura."},
  (9, 9, 8.5, 9), "staff+")
r("it", E, IT6, {"nps": 6, "migliorare": "L'app per prenotare i corsi si blocca spesso e i posti finiscono subito."},
  (5.5, 6, 4, 6), "website_app-")
r("it", E, IT6, {"nps": 5, "migliorare": "Abbonamento caro e ci hanno addebitato il rinnovo senza avvisare."},
  (4, 4.5, 5, 4), "price- billing-")
r("it", E, IT6, {"nps": 8, "migliorare": "Ambiente pulito, ma la sera c'è sempre da aspettare per gli attrezzi."},
  (7.5, 8, 7, 7.5), "cleanliness+ waiting_time-", "mixed")

NL6 = survey("energieleverancier-mail-nl",
             q("nps", "nps", "Hoe waarschijnlijk is het dat u ons aanbeveelt aan vrienden?"),
             q("vertellen", "text", "Wat wilt u ons vertellen?"))
r("nl", E, NL6, {"nps": 2, "vertellen": "Mijn jaarafrekening klopt niet en ik heb al drie keer ruim een uur aan de telefoon gewacht."},
  (2, 2, 2, 3), "billing- waiting_time-")
r("nl", E, NL6, {"nps": 8, "vertellen": "Duidelijke uitleg over mijn nieuwe termijnbedrag, vriendelijke medewerker."},
  (8, 8, 8.5, 8), "communication+ staff+")
r("nl", E, NL6, {"nps": 5, "vertellen": "Het tarief is alweer omhooggegaan, ik ga overstappen."}, (4, 4, 6, 2.5), "price-")
r("nl", E, NL6, {"nps": 7, "vertellen": "De app werkt prima voor het doorgeven van meterstanden."}, (7, 7, 8.5, 7),
  "website_app+")
r("nl", E, NL6, {"nps": 4, "vertellen": "Na de verhuizing kreeg ik maandenlang geen enkele brief of mail over mijn contract."},
  (4, 4, 4, 4.5), "communication-")

PT7 = survey("mercado-app-pt",
             q("nps", "nps", "Qual a chance de você recomendar nosso app de mercado a um amigo?"),
             q("conte", "text", "Conte o que achou."))
r("pt", E, PT7, {"nps": 2, "conte": "As frutas chegaram amassadas e o entregador jogou as sacolas no chão."},
  (2, 2, 4, 3), "product_quality- delivery- staff-")
r("pt", E, PT7, {"nps": 10, "conte": "Entrega super rápida e os preços estão melhores que na loja física."},
  (9.5, 10, 9.5, 9.5), "delivery+ price+")
r("pt", E, PT7, {"nps": 5, "conte": "O aplicativo trava toda vez que tento usar o cupom."}, (4.5, 5, 3, 5), "website_app-")
r("pt", E, PT7, {"nps": 6, "conte": "Cobraram a taxa de entrega mesmo com frete grátis anunciado."}, (5, 5.5, 6, 5.5),
  "billing-")
r("pt", E, PT7, {"nps": 8, "conte": "O atendimento pelo chat resolveu meu problema em minutos."}, (8, 8, 9, 8),
  "staff+ waiting_time+")

CS6 = survey("kadernictvi-email-cz",
             q("nps", "nps", "Jak pravděpodobně byste nás doporučili přátelům?"),
             q("vzkaz", "text", "Co byste nám chtěli vzkázat?"))
CS7 = survey("strojirna-puls-cz",
             q("enps", "nps", "Doporučili byste naši firmu jako zaměstnavatele?"),
             q("zlepsit", "text", "Co by se mělo zlepšit?"))
r("cs", E, CS6, {"nps": 9, "vzkaz": "Kadeřnice byla milá a střih se mi moc líbí."}, (9, 9, 9, 9),
  "staff+ product_quality+")
r("cs", E, CS6, {"nps": 3, "vzkaz": "Čekala jsem přes půl hodiny, i když jsem měla objednaný termín."},
  (3, 3, 3, 4), "waiting_time-")
r("cs", E, CS6, {"nps": 5, "vzkaz": "Částka na účtence byla o dvě stě korun vyšší, než stálo v ceníku."},
  (4, 4.5, 5, 4.5), "billing- price-")
r("cs", E, CS6, {"nps": 7, "vzkaz": "Salon je čistý a útulný, jen rezervace přes web nefunguje."}, (7, 7, 5, 7),
  "cleanliness+ website_app-", "mixed")
r("cs", EMP, CS7, {"enps": 4, "zlepsit": "Přesčasy jsou na denním pořádku a mistr s námi jedná jako s dětmi."},
  (3.5, 4, 3.5, 4), "workload- management-")

UK6 = survey("internet-provaider-uk",
             q("nps", "nps", "Наскільки ймовірно, що ви порекомендуєте нашого провайдера?"),
             q("pokrashchyty", "text", "Що варто покращити?"))
r("uk", E, UK6, {"nps": 2, "pokrashchyty": "Інтернет зникає щовечора, а підтримка лише обіцяє передзвонити."},
  (2, 2, 3, 2.5), "product_quality- communication-")
r("uk", E, UK6, {"nps": 9, "pokrashchyty": "Майстер прийшов вчасно, усе швидко налаштував і прибрав за собою."},
  (9, 9, 9, 9), "staff+ waiting_time+ cleanliness+")
r("uk", E, UK6, {"nps": 5, "pokrashchyty": "Тариф подорожчав уже вдруге за рік."}, (4.5, 5, 6, 4.5), "price-")
r("uk", E, UK6, {"nps": 6, "pokrashchyty": "Особистий кабінет незручний, нічого там не знайдеш."}, (5.5, 6, 4, 6),
  "website_app-")
r("uk", E, UK6, {"nps": 4, "pokrashchyty": "З мене зняли гроші двічі за один місяць."}, (3.5, 4, 4, 4), "billing-")

RU6 = survey("dostavka-edy-ru",
             q("nps", "nps", "Насколько вероятно, что вы порекомендуете наш сервис доставки еды?"),
             q("ponravilos", "text", "Что вам понравилось или не понравилось?"))
r("ru", E, RU6, {"nps": 1, "ponravilos": "Курьер опоздал на час, еда приехала холодной."}, (1, 1, 3, 2),
  "delivery- product_quality-")
r("ru", E, RU6, {"nps": 9, "ponravilos": "Всё горячее, вкусное, и курьер очень вежливый."}, (9, 9, 9, 9),
  "product_quality+ staff+")
r("ru", E, RU6, {"nps": 5, "ponravilos": "Цены в приложении выше, чем в самом ресторане."}, (4.5, 5, 6, 4.5), "price-")
r("ru", E, RU6, {"nps": 6, "ponravilos": "Приложение постоянно сбрасывает корзину, приходится собирать заказ заново."},
  (5.5, 6, 3.5, 6), "website_app-")
r("ru", E, RU6, {"nps": 3, "ponravilos": "Списали деньги за отменённый заказ, а служба поддержки молчит уже неделю."},
  (2.5, 3, 2.5, 3), "billing- communication-")

TR6 = survey("otel-eposta-tr",
             q("nps", "nps", "Otelimizi bir arkadaşınıza önerme olasılığınız nedir?"),
             q("konaklama", "text", "Konaklamanızla ilgili neler söylemek istersiniz?"))
r("tr", E, TR6, {"nps": 10, "konaklama": "Resepsiyondaki personel çok ilgiliydi, oda da tertemizdi."},
  (9.5, 10, 9.5, 9.5), "staff+ cleanliness+")
r("tr", E, TR6, {"nps": 3, "konaklama": "Giriş için bir saat bekledik, kimse neden beklediğimizi söylemedi."},
  (3, 3, 2.5, 3.5), "waiting_time- communication-")
r("tr", E, TR6, {"nps": 6, "konaklama": "Kahvaltı vasattı ama fiyatına göre fena sayılmaz."}, (6, 6, 7, 6),
  "product_quality- price+", "mixed")
r("tr", E, TR6, {"nps": 4, "konaklama": "Faturada hiç dokunmadığımız minibar ürünleri vardı."}, (4, 4, 4.5, 4),
  "billing-")
r("tr", E, TR6, {"nps": 8, "konaklama": "Rezervasyonu uygulamadan yapmak çok kolaydı."}, (8, 8, 9, 8), "website_app+")


# ----------------------------------------------------------------------------------- further responses, 2026-12, II
# 182 more, written and labelled the same way: 16 in each of it, nl, pt, cs, uk, ru, tr (which had 16-17) and 10 in
# each of en, pl, de, el, fa, fr, es; new brands and surveys (ids ending in -x), choice questions besides the others,
# comments naming two or three themes of both polarities, themes named without their obvious keyword, comments naming
# none, and the hard kinds (contradiction, sarcasm, negation, code-switching, off-topic, long, no diacritics).


# ----------------------------------------------------------------------------------------------------- Italian
XA_IT1 = survey("ferramenta-fiorin-it-x",
                q("nps", "nps", "Quanto è probabile che consiglieresti Ferramenta Fiorin a un amico o a un collega?"),
                q("soddisf", "csat", "Quanto sei soddisfatto degli articoli che hai acquistato?", (1, 5)),
                q("ritiro", "single_choice", "Come hai ricevuto il tuo ordine?",
                  options=["Consegna a domicilio", "Ritiro in negozio", "Ritiro in locker"]),
                q("commento", "text", "Vuoi raccontarci qualcosa in più?"))
XA_IT2 = survey("assicurazione-sinistri-sms-it-x",
                q("sforzo", "ces_effort", "Quanto è stato impegnativo aprire la pratica del sinistro? (1 = per niente, 5 = moltissimo)", (1, 5)),
                q("risp", "text", "Rispondi con un commento, se vuoi."))
XA_IT3 = survey("forno-nonna-lina-qr-it-x",
                q("voto", "rating", "Che voto dai alla cena di stasera, da 1 a 10?", (1, 10), perspective="satisfaction"),
                q("torni", "yes_no", "Torneresti a trovarci?", perspective="loyalty"),
                q("due", "text", "Due parole sulla serata?"))
XA_IT4 = survey("logistica-brenta-pulse-it-x",
                q("enps", "nps", "Quanto consiglieresti Logistica Brenta come posto di lavoro a un amico?"),
                q("bello", "multi_choice", "Cosa apprezzi di più del tuo lavoro qui? (più risposte possibili)",
                  options=["I colleghi", "Lo stipendio", "Gli orari", "La formazione", "Il capoturno"]),
                q("dire", "text", "C'è qualcosa che vuoi dire all'azienda?"))
XA_IT5 = survey("libreria-segnalibro-flash-it-x",
                q("frase", "text", "Com'è andata oggi in libreria? Scrivi pure quello che pensi."))

r("it", E, XA_IT1, {"nps": 8, "soddisf": 4, "ritiro": "Ritiro in negozio",
                    "commento": "Il trapano è ottimo e l'ho pagato 20 euro meno che su Amazon. Solo che al banco ritiri c'era un ragazzo da solo e ho aspettato tipo 25 minuti con la gente dietro che sbuffava."},
  (7, 7.5, 5.5, 7.5), "product_quality+ price+ waiting_time-", "mixed",
  "Good drill at a good price against a 25-minute wait at the pick-up counter; the lone employee is a staffing point, read as waiting, not as staff manner.")
r("it", E, XA_IT1, {"nps": 2, "soddisf": 2, "ritiro": "Consegna a domicilio",
                    "commento": "Allora, ordino un set di mensole e un box doccia il 3 marzo, sul sito c'era scritto consegna in 5 giorni lavorativi. Il corriere si presenta il 19, senza avvisare, mentre ero al lavoro, e lascia tutto al vicino del piano di sotto (che manco conosco). Il vetro del box era crepato in un angolo. Ho mandato le foto all'assistenza due volte e sto ancora aspettando una risposta. E intanto il tracking dice 'consegnato con successo'. Ma davvero?? Ci ho speso 480 euro, mica bruscolini."},
  (1.5, 1.5, 2, 2), "delivery- product_quality- communication-", "long",
  "Long complaint: two weeks late, no notice, left with a neighbour, cracked glass, two unanswered mails. The 480 euro is stressed as an amount lost, not as a price complaint, so no price theme. Loyalty inferred low.")
r("it", E, XA_IT1, {"nps": 10, "soddisf": 1, "ritiro": "Ritiro in locker",
                    "commento": "Vernice sbagliata: avevo ordinato grigio perla, è arrivato un bianco ghiaccio che non c'entra niente. Per me mai più."},
  (1, 4.5, 4, 0.5), "product_quality-", "contradiction",
  "NPS 10 against CSAT 1 and 'mai più': the 10 keeps recommendation near the middle, satisfaction and loyalty follow the comment. Wrong goods read as product_quality.")
r("it", E, XA_IT1, {"nps": 6, "soddisf": 3, "ritiro": "Consegna a domicilio",
                    "commento": "tutto ok ma la prossima volta mettete piu pluriball, le piastrelle sono arrivate intere per miracolo"},
  (5.5, 6, 6, 6), "delivery-", "mixed no_diacritics",
  "Typed without accents ('piu'); thin packing of the parcel read as delivery.")
r("it", E, XA_IT1, {"nps": 9, "soddisf": 5, "commento": None}, (9.5, 9, 8, 9), cases="skipped")

r("it", SMS, XA_IT2, {"sforzo": 4,
                      "risp": "Perito gentile e pure preciso, però ci sono volute tre settimane solo per fissare il sopralluogo e nessuno che mi dicesse a che punto era la pratica"},
  (4, 4, 2.5, 4.5), "staff+ waiting_time- communication-", "mixed")
r("it", SMS, XA_IT2, {"sforzo": 5,
                      "risp": "Complimenti davvero, quaranta minuti di musichetta e poi cade la linea. Un servizio clienti da premio."},
  (1, 1, 0, 1.5), "waiting_time-", "sarcasm",
  "Sarcastic praise: forty minutes of hold music, then the line drops; read as strongly negative.")
r("it", SMS, XA_IT2, {"sforzo": 1,
                      "risp": "Tutto molto easy: foto caricate in app, due giorni dopo il bonifico era già sul conto. Very good job ragazzi"},
  (9, 9, 9.5, 8.5), "website_app+ billing+", "code_switching",
  "Italian with English ('easy', 'very good job'); the quick payout of the claim read as billing (refunds/payment).")

r("it", QR, XA_IT3, {"voto": 9, "torni": True,
                     "due": "Impasto leggerissimo, la diavola era spaziale. Il cameriere coi baffi simpaticissimo, il vino ce l'ha consigliato lui e ci ha preso in pieno."},
  (9, 9, 8, 9.5), "product_quality+ staff+")
r("it", QR, XA_IT3, {"voto": 2, "torni": True,
                     "due": "Pizza buonissima come sempre, il ragazzo alla cassa gentile, nulla da dire!"},
  (4.5, 7.5, 7, 8.5), "product_quality+ staff+", "contradiction",
  "Rating 2 against an all-praise comment and 'yes, I'll be back' (likely a mis-tap): satisfaction kept lowish by its own score, the rest follow the comment.")
r("it", QR, XA_IT3, {"voto": 7, "torni": True,
                     "due": "Stasera c'era la partita e mezzo paese urlava in piazza, impossibile parlare a tavola. Non è colpa vostra, ma che serata."},
  (6.5, 6.5, 6.5, 7.5), cases="off_topic",
  note="Off-topic: the football crowd in the square, which the respondent says is not the restaurant's fault; labels from the 7 and the yes.")

r("it", EMP, XA_IT4, {"enps": 4, "bello": ["I colleghi"],
                      "dire": "Coi ragazzi del turno di notte ci si dà una mano, senza di loro avrei già mollato. Ma da quando hanno tolto la maggiorazione notturna non ha più senso restare."},
  (3.5, 4, 4.5, 2.5), "colleagues+ pay-", "mixed",
  "Night-shift mates praised, the removed night allowance (pay) is why staying 'makes no sense' any more: loyalty lowest.")
r("it", EMP, XA_IT4, {"enps": 8, "bello": ["La formazione", "Il capoturno", "Gli orari"],
                      "dire": "In un anno mi hanno pagato il patentino del muletto e adesso faccio il magazziniere specializzato. Non me lo aspettavo."},
  (8.5, 8, 7.5, 8.5), "growth+",
  note="Paid forklift licence and a step up to a skilled role: growth, without the word 'training' or 'career'.")
r("it", EMP, XA_IT4, {"enps": 6, "bello": ["Lo stipendio"],
                      "dire": "La paga non è male, questo va detto. Però chi fa i turni dall'ufficio non ha idea di cosa succede in banchina."},
  (5.5, 6, 5, 6), "pay+ management-", "mixed negation",
  "'Non è male' is mild praise of the pay; whoever draws up the rotas from the office is management.")

r("it", FL, XA_IT5, {"frase": "Boh, così così."}, (5, 4.5, 5, 4.5), cases="short",
  note="Shrug, no theme; read as just below the middle.")
r("it", FL, XA_IT5, {"frase": "la signora alla cassa mi ha trovato in 2 minuti il libro che cercavo da mesi, perche in centro nessuno lo aveva. gentilissima e competente"},
  (9, 9, 9, 9), "staff+", "no_diacritics",
  "Typed without accents ('perche'); the lady at the till is staff.")

# ----------------------------------------------------------------------------------------------------- English
XA_EN1 = survey("pawprint-vets-en-x",
                q("nps", "nps", "How likely are you to recommend Pawprint Veterinary Clinic to another pet owner?"),
                q("easy", "ces", "It was easy to get an appointment for my pet.", (1, 7)),
                q("visit", "single_choice", "What was the visit for?",
                  options=["Vaccination", "Illness or injury", "Surgery", "Other"]),
                q("add", "text", "Anything you'd like to add?"))
XA_EN2 = survey("lakeside-leisure-kiosk-en-x",
                q("swim", "csat", "How was your swim today?", (1, 5)),
                q("why", "text", "Why? (optional)"))
XA_EN3 = survey("rivermill-bakery-pulse-en-x",
                q("enps", "nps", "How likely are you to recommend Rivermill Bakery as a place to work?"),
                q("stay", "yes_no", "Do you see yourself working here in a year's time?", perspective="loyalty"),
                q("change", "text", "What's one thing we should change?"))
XA_EN4 = survey("tidewater-ferries-flash-en-x",
                q("crossing", "text", "Tell us about today's crossing with Tidewater Ferries in a few words."))

r("en", E, XA_EN1, {"nps": 9, "easy": 6, "visit": "Vaccination",
                    "add": "Nurse Aoife had our nervous rescue greyhound eating treats out of her hand within minutes. Bit dear for a booster jab mind you."},
  (8, 9, 8.5, 8.5), "staff+ price-", "mixed")
r("en", E, XA_EN1, {"nps": 3, "easy": 2, "visit": "Surgery",
                    "add": "Our cat Biscuit had a lump removed in May. The op itself went fine, no complaints there. But nobody rang us afterwards like we were promised, I had to phone at 6pm to find out if she'd even woken up. Then the invoice came to €612 when the estimate was €380, with a line for 'additional consumables' that nobody at the desk could explain. And the waiting room was grim, dog hair everywhere and a puddle on the floor that no one bothered to mop."},
  (2.5, 2.5, 2, 3), "product_quality+ communication- billing- cleanliness-", "mixed long",
  "Long: the operation itself is praised, but no promised call, an invoice far over the estimate and a dirty waiting room decide it; loyalty inferred low.")
r("en", E, XA_EN1, {"nps": 1, "easy": 7, "visit": "Illness or injury",
                    "add": "Saw us the same day for a limping pup and had him sorted in twenty minutes. Honestly couldn't have asked for more."},
  (8, 4.5, 9.5, 7.5), "waiting_time+", "contradiction",
  "NPS 1 beside top ease and a glowing comment (probably a mis-tap or a misread scale, but not evident enough to call reversed): recommendation kept below the middle by its own score, the rest follow the comment. Same-day, twenty-minute visit read as waiting_time.")
r("en", E, XA_EN1, {"nps": 7, "easy": 4, "visit": "Other", "add": None}, (6.5, 7, 5, 6.5))

r("en", KIO, XA_EN2, {"swim": 2, "why": "Freezing. Again."}, (2.5, 3, 5, 3.5), "product_quality-", "short",
  note="In a swim survey 'freezing' is the pool water, the core service; 'again' makes it a repeat.")
r("en", KIO, XA_EN2, {"swim": 5, "why": "Water was lovely and warm for once and the changing rooms were spotless. Go raibh maith agaibh!"},
  (9.5, 9, 8.5, 9), "product_quality+ cleanliness+", "code_switching",
  "English with Irish ('go raibh maith agaibh' = thank you all).")

r("en", EMP, XA_EN3, {"enps": 5, "stay": True,
                      "change": "Not a bad place. Would be nice if the 4am starts came with a bit extra in the pay packet though."},
  (5.5, 5, 5, 7.5), "pay-", "negation mixed",
  "'Not a bad place' is mild praise; the ask is about pay for early shifts, so pay only.")
r("en", EMP, XA_EN3, {"enps": 2, "stay": False,
                      "change": "Three bakers gone since Easter and nobody replaced. The new ops manager's answer is 'work smarter'. I'm out in September."},
  (1.5, 1.5, 2, 0.5), "workload- management-")

r("en", FL, XA_EN4, {"crossing": "Brilliant, ninety minutes late leaving Rosslare and not a single announcement about why. Loved every second."},
  (1, 1, 2, 2), "waiting_time- communication-", "sarcasm")
r("en", FL, XA_EN4, {"crossing": "The roadworks on the N25 nearly made us miss the boat, someone at the council needs a talking to."},
  (5.5, 5.5, 5, 5.5), cases="off_topic",
  note="Off-topic: roadworks on the way to the port, nothing about the ferry; labels near the middle.")


# ----------------------------------------------------------------------------------------------------- Dutch
XB_NL1 = survey("dierenkliniek-snuffel-nl-x",
                q("nps", "nps", "Hoe waarschijnlijk is het dat u Dierenkliniek Snuffel aanbeveelt aan andere baasjes?"),
                q("reden", "single_choice", "Waarvoor was uw bezoek?",
                  options=["Vaccinatie", "Controle", "Ziek of gewond", "Operatie", "Anders"]),
                q("toelichting", "text", "Wilt u uw score toelichten?"))
XB_NL2 = survey("matrasshop-droomzacht-sms-nl-x",
                q("opgelost", "yes_no", "Is uw vraag in één keer opgelost?", perspective="ease"),
                q("medewerker", "csat", "Hoe beoordeelt u de medewerker die u heeft geholpen? (1-5)", (1, 5)),
                q("sms", "text", "Wilt u nog iets kwijt? Stuur het gerust."))
XB_NL3 = survey("pannenkoekenhuis-molenwiek-bon-nl-x",
                q("cijfer", "rating", "Welk cijfer geeft u uw bezoek? (1-10)", (1, 10), perspective="satisfaction"),
                q("terug", "yes_no", "Komt u nog eens pannenkoeken eten?", perspective="loyalty"),
                q("opmerking", "text", "Opmerkingen voor de keuken of de bediening?"))
XB_NL4 = survey("veerdienst-overkant-flash-nl-x",
                q("ervaring", "text", "Hoe was uw overtocht vandaag? Eén zin is genoeg."))
XB_NL5 = survey("tuincentrum-groenrijk-puls-nl-x",
                q("enps", "nps", "Hoe waarschijnlijk is het dat je Groenrijk aanbeveelt als werkgever?"),
                q("blijven", "yes_no", "Zie je jezelf hier over een jaar nog werken?", perspective="loyalty"),
                q("kwijt", "text", "Wat wil je nog kwijt?"))

r("nl", E, XB_NL1, {"nps": 9, "reden": "Ziek of gewond",
                    "toelichting": "Onze kat had zaterdagavond een elastiekje ingeslikt en we konden binnen een kwartier terecht. Dokter Verhoeven was super lief voor hem. De rekening van €240 was wel even slikken maar goed, hij is weer de oude."},
  (8, 8.5, 8.5, 8.5), "waiting_time+ staff+ price-", "mixed",
  "Seen within a quarter of an hour on a Saturday evening (waiting_time+), vet praised; the EUR 240 bill is a cost "
  "complaint (price), not a billing error.")
r("nl", E, XB_NL1, {"nps": 2, "reden": "Operatie",
                    "toelichting": "Onze hond Bikkel is vorige week aan zijn kruisband geopereerd. De operatie zelf is volgens mij goed gegaan, daar wil ik niks van zeggen. Maar daarna! Hij bleef de eerste nacht janken en we konden niemand bereiken, pas na drie keer bellen kregen we een assistente aan de lijn. Bij het ophalen stonden er ineens twee nacontroles op de factuur die nooit waren afgesproken. En sorry dat ik het zo zeg, maar de wachtkamer rook gewoon naar pies. Voor zo'n bedrag verwacht je echt meer."},
  (2.5, 2, 2, 2.5), "product_quality+ communication- billing- cleanliness- price-", "mixed long",
  "The operation itself is praised; unreachable after-care, unagreed items on the invoice, a smelly waiting room and "
  "the amount paid are not. Three calls before anyone answered pulls ease down.")
r("nl", E, XB_NL1, {"nps": 7, "reden": "Vaccinatie", "toelichting": None}, (7, 7, 6.5, 6.5))
r("nl", E, XB_NL1, {"nps": 10, "reden": "Controle",
                    "toelichting": "Drie kwartier in de wachtkamer gezeten met een doodsbange kat in de reismand, en toen had de dierenarts ook nog het dossier van een andere kat voor zich."},
  (3, 5, 2.5, 4), "waiting_time- staff-", "contradiction",
  "NPS 10 beside a 45-minute wait and a vet holding the wrong file: the 10 keeps recommendation at the middle, the "
  "comment pulls the other perspectives down.")
r("nl", SMS, XB_NL2, {"opgelost": True, "medewerker": 5,
                      "sms": "Sanne heeft de omruil vd matras in 1 keer geregeld, de nieuwe wordt dinsdag al bezorgd. Top!"},
  (9, 8.5, 9.5, 8.5), "staff+ delivery+")
r("nl", SMS, XB_NL2, {"opgelost": False, "medewerker": 1,
                      "sms": "Geweldige service weer. Voor de derde keer mijn ordernummer doorgegeven en nog steeds weet niemand waar mijn bedbodem uithangt. Echt top hoor"},
  (1, 1, 1, 1.5), "delivery- communication-", "sarcasm",
  "Sarcastic 'great service': read as a complaint about a missing order and nobody being able to say where it is.")
r("nl", SMS, XB_NL2, {"opgelost": True, "medewerker": 3,
                      "sms": "vriendelijke meid maar wel 25 min in de chat gewacht voordat er iemand reageerde. en het geld vd retour staat nog steeds niet op mn rekening"},
  (5, 5, 5.5, 5.5), "staff+ waiting_time- billing-", "mixed",
  "Solved (ease anchor about 8) but a 25-minute wait in the chat pulls ease down; the missing refund is billing.")
r("nl", QR, XB_NL3, {"cijfer": 8, "terug": True,
                     "opmerking": "Spek-kaaspannenkoek was top en de kinderen kregen een ballon van de serveerster. Wel €4,50 voor een glas appelsap, dat vind ik fors."},
  (7.5, 7.5, 7.5, 8), "product_quality+ staff+ price-", "mixed")
r("nl", QR, XB_NL3, {"cijfer": 3, "terug": False,
                     "opmerking": "Honestly, not worth it. 50 minuten op ons eten gewacht en de pannenkoek was in het midden nog rauw. Sorry maar no way dat we hier terugkomen."},
  (2, 1.5, 3, 1), "waiting_time- product_quality-", "code_switching",
  "Dutch with English phrases; rating 3 of 10 and 'no way we'll be back'.")
r("nl", QR, XB_NL3, {"cijfer": 7, "opmerking": "Gezellig!"}, (7, 7, 6.5, 6.5), "", "short skipped",
  "'Cosy' praises the atmosphere, which no theme covers; loyalty skipped, set near the rating.")
r("nl", FL, XB_NL4, {"ervaring": "Jullie kunnen er niks aan doen, maar wie verzint het om precies in de zomer de hele dijkweg open te breken? Twintig minuten omgereden om bij de pont te komen."},
  (6, 6, 5, 6), "", "off_topic",
  "Road works on the dike road, which the respondent says is not the ferry's fault: no theme; labels near the "
  "middle, ease a little lower for the detour.")
r("nl", FL, XB_NL4, {"ervaring": "Niet verkeerd. Bemanning wist precies wat ze moest doen toen het zo hard waaide."},
  (7.5, 7, 7.5, 7.5), "staff+", "negation", "'Not bad' read as moderately positive; the crew is staff.")
r("nl", FL, XB_NL4, {"ervaring": "Bijna een tientje voor vijf minuten varen??"}, (3.5, 3.5, 5.5, 4), "price-", "short",
  "Nearly ten euros for five minutes: a price complaint without the word price.")
r("nl", EMP, XB_NL5, {"enps": 8, "blijven": True,
                      "kwijt": "Fijne collega's op de kwekerij. Alleen draaien we in het voorjaar wekenlang zaterdag én zondag door en daar hoor je van boven helemaal niks over."},
  (6.5, 7.5, 4.5, 7.5), "colleagues+ workload- management-", "mixed",
  "Weeks of weekend shifts (workload) and silence from 'upstairs' (management); colleagues praised.")
r("nl", EMP, XB_NL5, {"enps": 9, "blijven": True,
                      "kwijt": "Sinds de reorganisatie weet niemand meer wie waarover beslist en het nieuwe rooster is één grote puinhoop."},
  (4, 7, 4, 6.5), "management-", "contradiction",
  "eNPS 9 and 'yes, still here next year' beside a purely negative comment on decisions and the rota: the answers "
  "keep recommendation and loyalty up, the comment pulls satisfaction and ease down.")
r("nl", EMP, XB_NL5, {"enps": 6, "blijven": False,
                      "kwijt": "Ik ben hier uitgeleerd. Komt er een plek als afdelingshoofd vrij, dan halen ze toch weer iemand van buiten."},
  (4.5, 5.5, 5, 2), "growth-",
  note="'Nothing left to learn here' and outside hires for head-of-department posts: growth; 'no' to staying sets loyalty low.")

# ----------------------------------------------------------------------------------------------------- Polish
XB_PL1 = survey("aquapark-fala-kiosk-pl-x",
                q("ocena", "csat", "Jak oceniasz dzisiejszą wizytę w Aquaparku Fala?", (1, 5)),
                q("dlaczego", "text", "Co zdecydowało o Twojej ocenie? (opcjonalnie)"))
XB_PL2 = survey("hulajnogi-ziuu-widget-pl-x",
                q("latwo", "ces", "Wypożyczenie hulajnogi w aplikacji Ziuu było łatwe.", (1, 7)),
                q("uwagi", "text", "Co możemy poprawić?"))
XB_PL3 = survey("szkola-jezykowa-lingwa-pl-x",
                q("nps", "nps", "Jak bardzo prawdopodobne jest, że polecisz Szkołę Językową Lingwa znajomym?"),
                q("wazne", "multi_choice", "Co było dla Ciebie najważniejsze przy wyborze kursu?",
                  options=["Lektor", "Cena", "Godziny zajęć", "Materiały", "Lokalizacja"]),
                q("dalej", "yes_no", "Czy zapiszesz się na kolejny semestr?", perspective="loyalty"),
                q("komentarz", "text", "Twoje uwagi o kursie"))
XB_PL4 = survey("pierogarnia-babcia-puls-pl-x",
                q("zmiana", "text", "Co zmieniłbyś/zmieniłabyś w swojej pracy?"))

r("pl", KIO, XB_PL1, {"ocena": 4, "dlaczego": "Zjeżdżalnie super, dzieciaki zachwycone, ale w szatni woda na całej podłodze, a w odpływie pod prysznicem kłęby włosów."},
  (7, 7, 7, 7.5), "product_quality+ cleanliness-", "mixed")
r("pl", KIO, XB_PL1, {"ocena": 1, "dlaczego": "w sobote 40 minut w kolejce do kasy, a potem opaska nie chciala otworzyc szafki i znowu trzeba bylo stac w kolejce"},
  (0.5, 1, 1, 2), "waiting_time- product_quality-", "no_diacritics",
  "Typed without Polish diacritics. A 40-minute queue, then a wristband that would not open the locker (the service "
  "itself failing) and a second queue.")
r("pl", KIO, XB_PL1, {"ocena": 5, "dlaczego": "Brud w brodziku i tłok jak na dworcu. Nigdy więcej."},
  (4, 2, 4.5, 1), "cleanliness-", "contradiction",
  "CSAT 5 beside 'dirt in the shower tray ... never again': the 5 keeps satisfaction near the middle, the comment "
  "pulls recommendation and loyalty right down. The crowd names no theme.")
r("pl", WEB, XB_PL2, {"latwo": 2, "uwagi": "Appka się crashuje przy end ride, hulajnoga dawno zaparkowana, a licznik dalej nabija. Zapłaciłem 38 zł za 10 minut jazdy, a support odpisał po dwóch dniach 'sorry, bug'."},
  (1.5, 1.5, 1.5, 2), "website_app- billing- communication-", "code_switching",
  "Polish with English app words; being charged 38 zl for a ride the app would not end is a billing complaint, the "
  "two-day reply is communication.")
r("pl", WEB, XB_PL2, {"latwo": 7, "uwagi": "Skanowanie kodu QR to jakaś loteria, zadziałało dopiero za piątym podejściem."},
  (4.5, 4.5, 6, 5), "website_app-", "contradiction",
  "Top CES score but scanning only worked on the fifth try: the score keeps ease fairly high, the comment pulls "
  "the rest towards the middle and below.")
r("pl", E, XB_PL3, {"nps": 9, "wazne": ["Lektor", "Godziny zajęć"], "dalej": True,
                    "komentarz": "Chodziłam na hiszpański B1 do pani Alicji i to był strzał w dziesiątkę, półtorej godziny mija jak kwadrans, każdy musi mówić i nikt się nie chowa za podręcznikiem. Minusy: za materiały trzeba było dopłacić 180 zł, o czym nikt nie wspomniał przy zapisach, a faktura przyszła z błędnym NIP-em i jej poprawienie zajęło dwa tygodnie. Mimo wszystko zostaję na kolejny semestr, bo lepszej lektorki w mieście nie znajdę."},
  (7.5, 8.5, 6, 9), "staff+ price- communication- billing-", "mixed long",
  "Teacher praised (staff); an unannounced 180 zl for materials (price, communication) and a wrong tax number on "
  "the invoice (billing) that took two weeks to fix pull ease down. Staying for the next term.")
r("pl", E, XB_PL3, {"nps": 4, "wazne": ["Cena"], "dalej": False, "komentarz": "Drogo i nudno. Nie polecam."},
  (3, 3, 5, 1.5), "price- product_quality-", "short negation",
  "'Boring' is about the lessons themselves (product_quality); 'nie polecam' and 'no' to the next term.")
r("pl", E, XB_PL3, {"nps": 8, "dalej": True, "komentarz": None}, (7.5, 8, 7, 8), "", "skipped")
r("pl", EMP, XB_PL4, {"zmiana": "Nic, przecież uwielbiam, jak grafik na następny tydzień wisi w piątek o 22, a nadgodziny są rozliczane „w przyszłym miesiącu”."},
  (2, 2, 2.5, 3), "management- pay-", "sarcasm",
  "'Nothing, I love it' is sarcastic: a rota posted at 10 pm on Friday (management) and overtime paid 'next month' (pay).")
r("pl", EMP, XB_PL4, {"zmiana": "Nocny autobus z centrum jezdzi raz na godzine, po zamknieciu lokalu stoje na przystanku po 50 minut. Do samej pracy nie mam zastrzezen."},
  (6.5, 6, 5.5, 6), "", "off_topic no_diacritics negation",
  "The night bus is outside the employer's control: no theme; 'no objections to the job itself' sets the labels a "
  "little above the middle. Typed without diacritics.")


# ----------------------------------------------------------------------------------------------------- Portuguese
XC_PT1 = survey("patinha-pet-pt-x",
                q("nps", "nps", "De 0 a 10, quanto você indicaria a Patinha Pet para outros tutores?"),
                q("produtos", "csat", "Como você avalia os produtos que recebeu?", (1, 5)),
                q("esforco", "ces_effort", "Quanto esforço foi preciso para fazer o seu pedido?", (1, 5)),
                q("comprou", "multi_choice", "O que tinha no seu pedido?",
                  options=["Ração", "Petiscos", "Brinquedos", "Farmácia", "Higiene"]),
                q("conta", "text", "Conta pra gente como foi!"))
XC_PT2 = survey("vidaplena-saude-sms-pt-x",
                q("resolvido", "yes_no", "Sua solicitação foi resolvida neste contato? Responda SIM ou NÃO.",
                  perspective="ease"),
                q("nota", "csat", "De 1 a 5, que nota você dá para o atendimento?", (1, 5)),
                q("msg", "text", "Se quiser, mande um comentário."))
XC_PT3 = survey("viasul-passagens-widget-pt-x",
                q("facil", "ces", "Foi fácil comprar a minha passagem pelo site.", (1, 7)),
                q("pagamento", "single_choice", "Como você pagou?", options=["Pix", "Cartão de crédito", "Boleto"]),
                q("sugestao", "text", "Tem alguma sugestão para o nosso site?"))
XC_PT4 = survey("conecta-atende-pulso-pt-x",
                q("enps", "nps", "De 0 a 10, você indicaria a Conecta Atende como lugar para trabalhar?"),
                q("area", "single_choice", "Em qual área você trabalha?",
                  options=["Atendimento", "Retenção", "Back-office", "Supervisão"]),
                q("ficar", "yes_no", "Você pretende continuar na empresa nos próximos 12 meses?", perspective="loyalty"),
                q("fala", "text", "O que a diretoria precisa ouvir?"))
XC_PT5 = survey("sorveteria-ipe-flash-pt-x",
                q("frase", "text", "Em uma frase: como foi sua visita à Sorveteria Ipê hoje?"))

r("pt", E, XC_PT1, {"nps": 9, "produtos": 5, "esforco": 1, "comprou": ["Ração", "Petiscos"],
                    "conta": "A ração chegou no dia seguinte bem embalada e o motoboy ainda fez carinho no meu cachorro kkkk. Só achei o pacote de petisco meio salgado pelo tamanho, 39 reais em 200g"},
  (8.5, 8.5, 9.5, 8.5), "delivery+ staff+ price-", "mixed",
  "'Salgado' is slang for expensive: price-. The courier petting the dog is the staff's manner.")
r("pt", E, XC_PT1, {"nps": 2, "produtos": 2, "esforco": 4, "comprou": ["Farmácia"],
                    "conta": "Comprei o vermífugo da minha gata no dia 3 com entrega prometida em 48h. Passou uma semana e nada, o rastreio ficou parado em 'em separação' o tempo todo. Mandei mensagem três vezes no chat e só recebi resposta automática. Quando finalmente chegou, a caixa tava aberta e faltava uma das cartelas. Pedi o estorno da parte que faltou e até hoje não caiu no cartão. Remédio de bicho não dá pra ficar esperando, acabei comprando de novo na veterinária do bairro. Não compro mais."},
  (1.5, 1.5, 1.5, 0.5), "delivery- communication- billing-", "long",
  "Late, opened, incomplete parcel (delivery), only automatic chat replies (communication), refund not received (billing); 'não compro mais' sets loyalty.")
r("pt", E, XC_PT1, {"nps": 7, "produtos": 4, "esforco": 2, "comprou": ["Brinquedos"],
                    "conta": "nao tenho do que reclamar, o site e facil de mexer e a bolinha aguentou uma semana inteira com meu labrador, o que ja e um recorde aqui em casa"},
  (8, 7.5, 8.5, 7.5), "website_app+ product_quality+", "negation no_diacritics",
  "'Não tenho do que reclamar' is praise by negation; typed without accents.")
r("pt", E, XC_PT1, {"nps": 9, "produtos": 1, "esforco": 2, "comprou": ["Higiene"],
                    "conta": "O tapete higiênico veio com um cheiro forte de mofo e quando reclamei me disseram que item de higiene não tem troca. Aí fica difícil, né"},
  (1.5, 5.5, 5, 3.5), "product_quality-", "contradiction",
  "NPS 9 beside a product rated 1 and a complaint about a mouldy item the shop refused to exchange: the 9 keeps recommendation middling, the comment pulls the rest down. The refusal is a policy, no further theme.")
r("pt", E, XC_PT1, {"nps": 6, "produtos": 3, "esforco": 3, "comprou": ["Ração", "Higiene", "Petiscos"], "conta": None},
  (5, 6, 5, 5.5))
r("pt", SMS, XC_PT2, {"resolvido": True, "nota": 1, "msg": "a Juliana liberou a guia da ressonância na hora, um anjo essa moça 🙏"},
  (8.5, 8.5, 9, 8), "staff+ waiting_time+", "contradiction reversed_scale",
  "CSAT 1 beside 'resolved' and warm praise for the agent: the 1-5 scale was evidently read as 1 = best; labelled from the comment and the yes.")
r("pt", SMS, XC_PT2, {"resolvido": False, "nota": 2,
                      "msg": "3 dias esperando autorizacao de exame e cada hora um atendente fala uma coisa diferente. ninguem sabe de nada"},
  (1.5, 2, 1, 3), "waiting_time- communication- staff-", "no_diacritics",
  "Three days waiting, contradictory information, agents who know nothing; a health plan is hard to leave, loyalty a little higher.")
r("pt", SMS, XC_PT2, {"resolvido": True, "nota": 4,
                      "msg": "Resolveu sim, obrigado. Mas vcs aumentaram a mensalidade 18% esse ano sem explicar o pq, to cotando outro plano"},
  (5, 4, 7.5, 2.5), "price- communication-", "mixed",
  "Contact solved (ease), but the unexplained 18% rise and shopping for another plan pull satisfaction and loyalty down.")
r("pt", WEB, XC_PT3, {"facil": 1, "pagamento": "Cartão de crédito",
                      "sugestao": "Amei escolher a poltrona, pagar e descobrir que ela já era de outra pessoa. De brinde ainda cobraram duas vezes no cartão. Experiência incrível 👏👏"},
  (1, 1, 0.5, 2), "website_app- billing-", "sarcasm",
  "Sarcastic 'amei' and 'experiência incrível': the seat sold twice by the site and a double charge.")
r("pt", WEB, XC_PT3, {"facil": 7, "pagamento": "Pix", "sugestao": "show de bola, comprei pelo celular em 2 min, super user friendly"},
  (9, 8.5, 10, 8.5), "website_app+", "code_switching", "Portuguese with an English phrase.")
r("pt", WEB, XC_PT3, {"facil": 5,
                      "sugestao": "O site é tranquilo, mas o ônibus das 22h saiu quase 40 min atrasado e ninguém mandou nem um aviso pelo app"},
  (4.5, 4.5, 6, 5), "website_app+ waiting_time- communication-", "mixed skipped",
  "Payment question skipped. Site fine; the late departure is waiting_time, no notice is communication.")
r("pt", EMP, XC_PT4, {"enps": 3, "area": "Atendimento", "ficar": False,
                      "fala": "Meta de TMA impossível, não dá nem pra ir no banheiro sem pedir pro supervisor. E o PLR desse ano veio uma merreca"},
  (2, 3, 2, 1.5), "workload- management- pay-",
  note="Handling-time targets (workload), supervisor control (management), tiny profit share (pay).")
r("pt", EMP, XC_PT4, {"enps": 8, "area": "Retenção", "ficar": True,
                      "fala": "Equipe parceira demais, a galera segura a bronca um do outro. Só queria mais treinamento, tô há 2 anos no mesmo cargo"},
  (7.5, 8, 7, 8), "colleagues+ growth-", "mixed")
r("pt", EMP, XC_PT4, {"enps": 6, "area": "Back-office", "ficar": True,
                      "fala": "Mudaram a escala de novo sem perguntar pra ninguém. Fora isso tá ok"},
  (5.5, 6, 5, 7), "management-", note="A rota changed without consulting anyone: a management decision.")
r("pt", FL, XC_PT5, {"frase": "Normal. Nada demais"}, (5, 4.5, 5.5, 4.5), cases="short",
  note="Lukewarm, no theme; recommendation and loyalty a little below the middle.")
r("pt", FL, XC_PT5, {"frase": "Sorvete de cupuaçu perfeito como sempre. Agora, o shopping cobrar 15 reais a primeira hora de estacionamento é brincadeira"},
  (8, 7.5, 7, 8), "product_quality+", "off_topic",
  "The parking fee is charged by the mall, not the shop: off topic, no price theme.")

# ----------------------------------------------------------------------------------------------------- German
XC_DE1 = survey("stadtbad-lindenhof-terminal-de-x",
                q("besuch", "csat", "Wie hat Ihnen Ihr Badbesuch gefallen?", (1, 3), perspective="satisfaction"),
                q("sagen", "text", "Was möchten Sie uns sagen?"))
XC_DE2 = survey("curry-eck-bon-de-x",
                q("geschmack", "rating", "Wie hat es Ihnen geschmeckt? (1 = gar nicht, 5 = super)", (1, 5),
                  perspective="satisfaction"),
                q("wieder", "yes_no", "Kommen Sie wieder?", perspective="loyalty"),
                q("noch", "text", "Noch was auf dem Herzen?"))
XC_DE3 = survey("brauerei-hopfenau-puls-de-x",
                q("enps", "nps", "Wie wahrscheinlich ist es, dass Sie die Brauerei Hopfenau als Arbeitgeber empfehlen?"),
                q("bleiben", "yes_no", "Wollen Sie in zwei Jahren noch bei uns arbeiten?", perspective="loyalty"),
                q("offen", "text", "Was sollten wir wissen?"))
XC_DE4 = survey("leihrad-flash-de-x", q("satz", "text", "Ihr Eindruck von unserem Leihrad-Service in einem Satz?"))
XC_DE5 = survey("fahrschule-brandt-mail-de-x",
                q("nps", "nps", "Wie wahrscheinlich ist es, dass Sie die Fahrschule Brandt weiterempfehlen?"),
                q("klasse", "single_choice", "Welche Führerscheinklasse haben Sie bei uns gemacht?",
                  options=["B", "B197", "BE", "A2", "AM"]),
                q("aufwand", "ces_effort", "Wie viel Aufwand war die Anmeldung für Sie?", (1, 5)),
                q("kommentar", "text", "Was möchten Sie uns noch mitteilen?"))

r("de", KIO, XC_DE1, {"besuch": 1, "sagen": "Duschen wieder nur lauwarm und in der Umkleide lagen Haare und alte Pflaster rum. Fuer 7,50 Eintritt ist das zu wenig"},
  (1, 1.5, 4.5, 2.5), "product_quality- cleanliness- price-", "no_diacritics",
  "Lukewarm showers (the core service), dirty changing room, poor value; 'Fuer' typed without the umlaut.")
r("de", KIO, XC_DE1, {"besuch": 3, "sagen": "Wasser im Sportbecken eiskalt, Rutsche schon wieder gesperrt, und am Imbissstand 20 Minuten angestanden für eine Portion Pommes."},
  (5.5, 3, 3.5, 4), "product_quality- waiting_time-", "contradiction",
  "Top CSAT beside a list of complaints: the 3 keeps satisfaction middling, the comment pulls the others down.")
r("de", QR, XC_DE2, {"geschmack": 4, "wieder": True, "noch": "Nicht schlecht."}, (7.5, 7, 7, 7.5), cases="short negation",
  note="Understated praise by negation, no theme.")
r("de", QR, XC_DE2, {"geschmack": 2, "wieder": False, "noch": None}, (2.5, 2.5, 4.5, 2))
r("de", EMP, XC_DE3, {"enps": 7, "bleiben": True,
                      "offen": "Die Kollegen in der Abfüllung sind Gold wert. Aber seit dem Vier-Schicht-Modell weiß keiner mehr, wann er frei hat, und der Schichtleiter plant nach Nasenfaktor."},
  (5.5, 6.5, 4, 7.5), "colleagues+ workload- management-", "mixed",
  "Shift model (workload) and an arbitrary shift lead (management) against praised co-workers.")
r("de", EMP, XC_DE3, {"enps": 1,
                      "offen": "Weihnachtsgeld gestrichen, aber für die Chefetage gab's neue Dienstwagen. Läuft bei uns."},
  (1, 1, 4, 2), "pay- management-", "sarcasm skipped",
  "'Läuft bei uns' is sarcastic; staying question skipped, loyalty inferred low from the eNPS and the bitterness.")
r("de", FL, XC_DE4, {"satz": "Rad lief einwandfrei. Nur die Baustelle am Hauptbahnhof, da kommt man mit keinem Rad durch, da sollte die Stadt mal was tun."},
  (7, 6.5, 6, 6.5), "product_quality+", "off_topic",
  "The roadworks are the city's, outside the service: no theme for them.")
r("de", FL, XC_DE4, {"satz": "App ist smooth, scan and go, aber jedes zweite Bike hat ne kaputte Gangschaltung. Für den Preis echt not worth it, sorry."},
  (4.5, 4, 7, 4), "website_app+ product_quality- price-", "mixed code_switching",
  "German with English phrases; easy app, broken bikes, poor value.")
r("de", E, XC_DE5, {"nps": 9, "klasse": "B197", "aufwand": 1,
                    "kommentar": "Ich hatte richtig Panik vorm Autofahren, Herr Özdemir hat das sofort gemerkt und die ersten drei Stunden nur auf dem Übungsplatz mit mir gemacht. Super geduldig, nie laut geworden. Die Lern-App für die Theorie ist auch klasse, hab fast nur im Bus damit gelernt. Einziger Minuspunkt: die Fahrstunde ist innerhalb von einem halben Jahr von 58 auf 65 Euro raufgegangen, und auf der Rechnung für die Sonderfahrten stand nur ein Gesamtbetrag, da musste ich zweimal nachhaken. Trotzdem klare Empfehlung."},
  (8, 9, 8.5, 8), "staff+ website_app+ price- billing-", "mixed long",
  "Patient instructor and good app; price rise and an unitemised invoice (asked twice) pull satisfaction and ease a little.")
r("de", E, XC_DE5, {"nps": 10, "klasse": "B", "aufwand": 4,
                    "kommentar": "Theorie lief gut, aber auf die erste Fahrstunde hab ich sechs Wochen gewartet und zwischendurch hat sich keiner gemeldet, obwohl ich zweimal angerufen hab."},
  (4, 6.5, 2.5, 4.5), "product_quality+ waiting_time- communication-", "mixed contradiction",
  "NPS 10 beside six weeks' wait and no callback: the 10 keeps recommendation up, the comment pulls the rest down.")


# ----------------------------------------------------------------------------------------------------- Czech
XD_CS1 = survey("pneuservis-rychlik-cz-x",
                q("nps", "nps", "Jak pravděpodobné je, že Pneuservis Rychlík doporučíte kamarádům nebo kolegům?"),
                q("sluzba", "single_choice", "Jakou službu jste u nás využili?",
                  options=["Přezutí pneumatik", "Servisní prohlídka", "Oprava po nehodě", "Geometrie"]),
                q("prace", "csat", "Jak jste spokojeni s provedenou prací?", (1, 5)),
                q("kom", "text", "Chcete nám k návštěvě něco napsat?"))
XD_CS2 = survey("fikus-mobil-sms-cz-x",
                q("vyreseno", "yes_no", "Podařilo se nám váš požadavek vyřešit hned napoprvé?", perspective="ease"),
                q("usili", "ces_effort", "Kolik úsilí vás to stálo? (1 = skoro žádné, 5 = hodně)", (1, 5)),
                q("sms", "text", "Odpovězte nám SMS, co můžeme zlepšit."))
XD_CS3 = survey("vlaky-podhuri-web-cz-x",
                q("snadne", "ces", "Koupit jízdenku na našem webu bylo snadné.", (1, 7)),
                q("vylepsit", "text", "Co bychom měli na webu vylepšit?"))
XD_CS4 = survey("pekarny-zlaty-klas-puls-cz-x",
                q("enps", "nps", "Jak pravděpodobně byste Zlatý klas doporučili jako zaměstnavatele?"),
                q("zatez", "rating", "Pracovní zátěž je pro mě zvládnutelná. (1 = vůbec, 5 = úplně)", (1, 5),
                  perspective="ease"),
                q("zustat", "yes_no", "Vidíte se u nás i za rok?", perspective="loyalty"),
                q("vzkaz", "text", "Co byste vzkázali vedení?"))
XD_CS5 = survey("flash-kino-hvezda-cz-x", q("vecer", "text", "Jak se vám dnes v kině líbilo? Stačí pár slov."))

r("cs", E, XD_CS1, {"nps": 10, "sluzba": "Přezutí pneumatik", "prace": 5,
                    "kom": "Přezuli mi kola za dvacet minut, i když jsem přijel bez objednání. Pán na příjmu mi ještě sám od sebe dofoukal rezervu, to se jen tak nevidí."},
  (9.5, 10, 9.5, 9.5), "waiting_time+ staff+",
  note="'Twenty minutes without booking' is the wait; 'the man at reception' is staff.")
r("cs", E, XD_CS1, {"nps": 3, "sluzba": "Servisní prohlídka", "prace": 2,
                    "kom": "Auto jsem nechal na prohlídce v úterý ráno a slíbili mi, že kolem poledne zavolají. Nezavolal nikdo, tak jsem ve čtyři volal sám a prý se ještě čeká na díl. Vyzvedl jsem ho až ve čtvrtek. Na faktuře pak 4 380 Kč místo domluvených zhruba 2 500, údajně kvůli výměně brzdové kapaliny, o které mi nikdo nic neřekl. Druhý den mi zase svítí kontrolka motoru. Mechanik byl aspoň slušný a všechno mi ukázal, ale tohle se nedělá."},
  (2, 3, 2, 2), "communication- waiting_time- billing- product_quality- staff+", "mixed long",
  "Long: no call-back, car held two extra days, invoice well above the agreed amount for an unannounced job, warning "
  "light back next day; only the mechanic's manner is praised. Ease low (had to chase them himself).")
r("cs", E, XD_CS1, {"nps": 2, "sluzba": "Přezutí pneumatik", "prace": 5,
                    "kom": "Všechno proběhlo hladce, rychle a ochotně, jen tak dál!"},
  (9, 4.5, 9, 8), "waiting_time+ staff+", "contradiction",
  "NPS 2 against a glowing comment and CSAT 5: probably a mis-tap, but the NPS keeps recommendation middling; the "
  "other perspectives follow the comment and the CSAT.")
r("cs", E, XD_CS1, {"nps": 6, "sluzba": "Oprava po nehodě", "prace": 4,
                    "kom": "Oprava dobra, lak sedi, ale za ty penize bych cekal ze mi auto aspon umyjou. Vratili ho spinavy jak z pole."},
  (6.5, 6, 6.5, 6), "product_quality+ price- cleanliness-", "mixed no_diacritics",
  "Typed without Czech diacritics. Good repair, but expensive and the car came back dirty.")
r("cs", E, XD_CS1, {"nps": 7, "prace": 4, "kom": None}, (7.5, 7, 7, 7), cases="skipped",
  note="Service question skipped, no comment: labels from NPS 7 and CSAT 4.")

r("cs", SMS, XD_CS2, {"vyreseno": False, "usili": 5,
                      "sms": "Už třetí den řeším roaming. Pokaždé mě přepojí jinam a každý operátor tvrdí něco jiného."},
  (1.5, 1.5, 0.5, 2), "communication- staff-",
  note="Transferred around for three days, each agent saying something different: inconsistent explanations and "
       "agents' competence. Effort maximal.")
r("cs", SMS, XD_CS2, {"vyreseno": False, "usili": 4,
                      "sms": "No paráda, aktivoval jsem tarif za 399 a přišla mi faktura na 1 100 Kč. Skvělá péče o zákazníka, fakt 👏"},
  (1, 1, 2, 1.5), "billing-", "sarcasm",
  "'Great customer care' is sarcastic: an invoice nearly three times the tariff.")
r("cs", SMS, XD_CS2, {"vyreseno": True, "usili": 1, "sms": "Thx, vyřešeno asap, support super 👍"},
  (9, 8.5, 9.5, 8.5), "waiting_time+ staff+", "code_switching short",
  "Czech with English words (thx, asap, support): quick resolution, praised support team.")

r("cs", WEB, XD_CS3, {"snadne": 2,
                      "vylepsit": "Platební brána mi dvakrát spadla a peníze se stejně strhly. Teď nevím, jestli jízdenku vůbec mám."},
  (2, 2, 1.5, 3.5), "website_app- billing-",
  note="Payment gateway crashed yet the money was taken. Loyalty for a regional carrier: middling-low.")
r("cs", WEB, XD_CS3, {"snadne": 6, "vylepsit": "Nemám co vytknout."}, (8, 7.5, 8.5, 7.5), cases="negation short",
  note="'Nothing to criticise': positive through negation, names no theme.")
r("cs", WEB, XD_CS3, {"snadne": 7,
                      "vylepsit": "Půl hodiny jsem hledal, kde se zadává slevová karta, nakonec jsem to vzdal a koupil jízdenku za plnou cenu."},
  (3, 3.5, 5, 5), "website_app- price-", "contradiction",
  "CES 7 ('very easy') against half an hour of searching and giving up: the score keeps ease middling, the comment "
  "pulls the rest down. Paying the full fare is the price complaint.")

r("cs", EMP, XD_CS4, {"enps": 8, "zatez": 2, "zustat": True,
                      "vzkaz": "Parta na noční je skvělá, držíme spolu. Jen nás na tři linky pořád chybí lidi, od září jsme o dva míň."},
  (6.5, 7.5, 3, 7.5), "colleagues+ workload-", "mixed",
  "The night crew is praised; understaffing on three lines is workload.")
r("cs", EMP, XD_CS4, {"enps": 2, "zatez": 3, "zustat": False,
                      "vzkaz": "Mistrová rozepisuje směny podle toho, koho má zrovna ráda. Příplatky za víkendy chodí se zpožděním, a kdo se ozve, je hned problémový."},
  (2, 2, 4, 1.5), "management- pay-",
  note="The forewoman's unfair rota is management; late weekend allowances are pay. Leaving: loyalty very low.")

r("cs", FL, XD_CS5, {"vecer": "Film super, ale popcorn za 189 Kč? To je vtip."}, (6, 6, 7, 5.5),
  "product_quality+ price-", "mixed")
r("cs", FL, XD_CS5, {"vecer": "Parkoviště u obchodního centra zase zavřené, stáli jsme o dvě ulice dál a skoro nestihli začátek."},
  (5, 5, 4.5, 5.5), cases="off_topic",
  note="The shopping-centre car park is outside the cinema's service: no theme; labels near the middle.")
r("cs", FL, XD_CS5, {"vecer": "Ujde."}, (5.5, 5, 6, 5), cases="short", note="'It'll do': lukewarm, no theme.")

# ----------------------------------------------------------------------------------------------------- Greek
XD_EL1 = survey("psarotaverna-glaros-qr-el-x",
                q("vathmos", "rating", "Βαθμολογήστε το γεύμα σας από 1 έως 10.", (1, 10), perspective="satisfaction"),
                q("piata", "multi_choice", "Τι παραγγείλατε;",
                  options=["Ψάρι ημέρας", "Μεζέδες", "Θαλασσινά", "Κρασί", "Γλυκό"]),
                q("xana", "yes_no", "Θα μας ξαναεπισκεφθείτε;", perspective="loyalty"),
                q("sxolio", "text", "Πείτε μας δυο λόγια για τη βραδιά σας."))
XD_EL2 = survey("fournos-zymari-kiosk-el-x",
                q("simera", "csat", "Πώς σας εξυπηρετήσαμε σήμερα;", (1, 3), perspective="satisfaction"),
                q("giati", "text", "Θέλετε να μας πείτε γιατί;"))
XD_EL3 = survey("soupermarket-alkyon-palmos-el-x",
                q("enps", "nps", "Πόσο πιθανό είναι να προτείνεις την Αλκυών ως εργοδότη σε κάποιον φίλο;"),
                q("prolavaino", "rating", "Τις περισσότερες μέρες προλαβαίνω τη δουλειά μου χωρίς άγχος. (1-5)", (1, 5),
                  perspective="ease"),
                q("allagi", "text", "Τι θα ήθελες να αλλάξει;"))
XD_EL4 = survey("flash-fotonio-ilektronika-el-x",
                q("frasi", "text", "Πείτε μας με μία φράση πώς ήταν η επίσκεψή σας στο κατάστημα."))

r("el", QR, XD_EL1, {"vathmos": 9, "piata": ["Ψάρι ημέρας", "Κρασί"], "xana": True,
                     "sxolio": "Το λαβράκι ψημένο ακριβώς όπως πρέπει και ο Αντρέας στο σέρβις πολύ πρόθυμος. Μόνο τον λογαριασμό τον περιμέναμε είκοσι λεπτά."},
  (8.5, 8.5, 7.5, 9), "product_quality+ staff+ waiting_time-", "mixed",
  "Fish and the waiter praised; twenty minutes waiting for the bill is a wait, not a billing problem.")
r("el", QR, XD_EL1, {"vathmos": 3, "piata": ["Θαλασσινά"], "xana": False,
                     "sxolio": "Κλείσαμε τραπέζι για έξι άτομα για τα γενέθλια της μητέρας μου και μας έβαλαν δίπλα στις τουαλέτες, που μύριζαν όλο το βράδυ. Τα καλαμαράκια ήταν σαν λάστιχο και η χωριάτικη είχε άνοστες ντομάτες θερμοκηπίου. Ζητήσαμε να αλλάξουμε τραπέζι και η σερβιτόρα μας είπε «δεν γίνεται» χωρίς καν να ρωτήσει. Στο τέλος πληρώσαμε 186 ευρώ χωρίς να φάμε ψάρι. Κρίμα, γιατί παλιά ερχόμασταν κάθε καλοκαίρι."},
  (1.5, 1.5, 3.5, 1), "cleanliness- product_quality- staff- price-", "long",
  "Long: smelly toilets next to the table, rubbery squid, a waitress refusing to move them, 186 euros. Not coming back.")
r("el", QR, XD_EL1, {"vathmos": 7, "xana": True, "sxolio": None}, (6.5, 6.5, 6.5, 7.5), cases="skipped",
  note="Dishes question skipped, no comment: rating 7 and a yes to returning.")

r("el", KIO, XD_EL2, {"simera": 3,
                      "giati": "Ζήτησα φρέσκια τυρόπιτα και μου έδωσαν χθεσινή, μπαγιάτικη. Και η κοπέλα με ύφος, λες και της χαλάσαμε τη μέρα."},
  (4, 2.5, 5, 3), "product_quality- staff-", "contradiction",
  "Top CSAT against a stale pie and a sullen assistant: the CSAT keeps satisfaction middling, the comment pulls "
  "recommendation and loyalty down.")
r("el", KIO, XD_EL2, {"simera": 3, "giati": "ολα καλα, τα κουλουρια ζεστα ζεστα"}, (9, 8.5, 8.5, 8.5),
  "product_quality+", "no_diacritics short", "Greek typed without accents.")

r("el", EMP, XD_EL3, {"enps": 9, "prolavaino": 4, "allagi": "Τρεις μήνες τώρα περιμένουμε το δώρο του Πάσχα."},
  (3, 5.5, 6.5, 3.5), "pay-", "contradiction",
  "eNPS 9 against three months of an unpaid Easter bonus: recommendation stays middling, satisfaction and loyalty "
  "pulled down; ease from the workload answer.")
r("el", EMP, XD_EL3, {"enps": 5, "prolavaino": 2,
                      "allagi": "Το team στα ταμεία είναι top, αλλά τα Σάββατα είμαστε πάντα understaffed και φεύγουμε μία ώρα μετά το ωράριο."},
  (5, 5, 2.5, 5.5), "colleagues+ workload-", "mixed code_switching",
  "Greek with English words (team, top, understaffed).")

r("el", FL, XD_EL4, {"frasi": "Μπράβο σας, μισή ώρα έψαχνα κάποιον να μου πει αν έχετε φορτιστή. Άψογη εξυπηρέτηση."},
  (1.5, 1.5, 2, 3), "staff- waiting_time-", "sarcasm",
  "'Flawless service' is sarcastic: half an hour looking for an employee.")
r("el", FL, XD_EL4, {"frasi": "Όχι άσχημα."}, (6, 5.5, 6, 5.5), cases="negation short",
  note="'Not bad': mildly positive through negation, no theme.")
r("el", FL, XD_EL4, {"frasi": "Η μπάρα στο πάρκινγκ του εμπορικού ήταν πάλι χαλασμένη και βγήκαμε από την είσοδο ανάποδα."},
  (5, 5, 4.5, 5.5), cases="off_topic",
  note="The shopping centre's car-park barrier is outside the shop's service: no theme, labels near the middle.")


# ----------------------------------------------------------------------------------------------------- Ukrainian
XE_UK1 = survey("vetklinika-lapa-uk-x",
                q("nps", "nps", "Наскільки ймовірно, що ви порадите ветклініку «Лапа» знайомим, у яких є тварини?"),
                q("likar", "csat", "Як ви оцінюєте сьогоднішній прийом у лікаря?", (1, 5)),
                q("tvaryna", "single_choice", "Кого ви приводили до нас?", options=["Собаку", "Кота", "Іншу тварину"]),
                q("vidhuk", "text", "Розкажіть, як усе пройшло."))
XE_UK2 = survey("pich-i-tisto-qr-uk-x",
                q("ocinka", "rating", "Оцініть вашу вечерю від 1 до 10.", (1, 10), perspective="satisfaction"),
                q("znovu", "yes_no", "Прийдете до нас ще?", perspective="loyalty"),
                q("slovo", "text", "Кілька слів для кухні та залу:"))
XE_UK3 = survey("apteka-zillia-web-uk-x",
                q("lehko", "ces", "Оформити замовлення на сайті було легко.", (1, 7)),
                q("vypravyty", "text", "Що нам варто виправити?"))
XE_UK4 = survey("zolotyi-kolos-puls-uk-x",
                q("enps", "nps", "Наскільки ймовірно, що ви порадите «Золотий колос» як місце роботи?"),
                q("rik", "yes_no", "Чи бачите ви себе в компанії через рік?", perspective="loyalty"),
                q("turbuie", "multi_choice", "Що вас зараз найбільше турбує?",
                  options=["Зарплата", "Графік роботи", "Керівництво", "Стосунки в колективі", "Навчання"]),
                q("zminyty", "text", "Що варто змінити насамперед?"))
XE_UK5 = survey("shvydko-taksi-flash-uk-x",
                q("poizdka", "text", "Опишіть вашу поїздку зі «Швидко» одним реченням."))

r("uk", E, XE_UK1, {"nps": 9, "likar": 5, "tvaryna": "Кота",
                    "vidhuk": "Наш Барсик боїться всього на світі, а лікарка Оксана так лагідно з ним поводилась, що він жодного разу не зашипів. Результати аналізів скинули у вайбер і окремо розписали, що означає кожен показник."},
  (9, 9, 8.5, 9), "staff+ communication+")
r("uk", E, XE_UK1, {"nps": 4, "likar": 4, "tvaryna": "Собаку",
                    "vidhuk": "До самого лікаря претензій нема, дивився уважно. Але 2300 грн за рентген і два уколи — це якось занадто, плюс годину просиділи під кабінетом з 30-кілограмовим псом, який рвався додому, хоча записувались на 17:00"},
  (5.5, 4, 4, 4.5), "staff+ price- waiting_time-", "mixed",
  "CSAT 4 is about the doctor, whom the comment praises; price and the hour's wait pull satisfaction down and set "
  "ease and loyalty.")
r("uk", E, XE_UK1, {"nps": 10, "likar": 1, "tvaryna": "Іншу тварину",
                    "vidhuk": "Принесли черепаху, а нам із порога кажуть, що з рептиліями вони не працюють. Навіщо тоді записували по телефону?? За «первинний огляд» все одно зняли 350 грн. Більше не прийдемо."},
  (0.5, 5, 2.5, 0.5), "communication- billing-", "contradiction",
  "NPS 10 beside CSAT 1 and 'won't come again': the 10 keeps recommendation at the middle, the rest follow the "
  "comment and the CSAT.")
r("uk", E, XE_UK1, {"nps": 7, "likar": 4, "vidhuk": None}, (7.5, 7, 7, 7), cases="skipped")

r("uk", QR, XE_UK2, {"ocinka": 8, "znovu": True,
                     "slovo": "Піца з грушею й горгонзолою — бомба, тісто тоненьке, як я люблю. А от у вбиральні ні паперу, ні мила, і смітник через край."},
  (7, 7, 7.5, 8), "product_quality+ cleanliness-", "mixed")
r("uk", QR, XE_UK2, {"ocinka": 2, "znovu": False,
                     "slovo": "Ну звісно, годину й десять хвилин чекати на маргариту — це ж нормально, вона ж «з дров'яної печі». Діти в захваті 🙃"},
  (1.5, 1.5, 2.5, 1.5), "waiting_time-", "sarcasm",
  "Ironic 'that's normal' and 'the kids are delighted' after a 70-minute wait: read as a complaint.")
r("uk", QR, XE_UK2, {"ocinka": 7, "znovu": True, "slovo": "Непогано, але й не вау. Тісто цього разу не пересушене, вже прогрес."},
  (6.5, 6, 7, 7.5), "product_quality+", "negation",
  "'Not bad, not wow', dough 'not overdried this time': lukewarm praise of the food.")
r("uk", QR, XE_UK2, {"ocinka": 6,
                     "slovo": "Припаркуватися біля вас нереально, вся вулиця заставлена, кинули машину аж за два квартали."},
  (5.5, 5.5, 5, 5.5), "", "off_topic skipped",
  "Parking on the street is outside the restaurant's service: no theme; labels near the rating, loyalty skipped.")

r("uk", WEB, XE_UK3, {"lehko": 3,
                      "vypravyty": "Ліки привезли вже наступного ранку, дякую кур'єру. А от пошук на сайті — окрема пісня: шукаю аналог від тиску, а він мені видає креми від зморшок."},
  (5.5, 5.5, 3, 6), "delivery+ website_app-", "mixed")
r("uk", WEB, XE_UK3, {"lehko": 7,
                      "vypravyty": "Сайт висне на кожному кроці, кошик сам очищається, замовлення пройшло лише з четвертої спроби."},
  (3, 3, 5, 4), "website_app-", "contradiction",
  "CES 7 ('very easy') against a comment describing four attempts: ease kept at the middle, the rest follow the "
  "comment.")
r("uk", WEB, XE_UK3, {"lehko": 5,
                      "vypravyty": "Zamovlennia oformyv bez problem, ale z kartky zniali hroshi dvichi i v chati vzhe tretiy den' nikhto ne vidpovidaie"},
  (3.5, 3.5, 5.5, 4), "website_app+ billing- communication-", "mixed no_diacritics",
  "Ukrainian typed in Latin transliteration. Ordering was easy (CES 5), but the double charge and the silent chat "
  "lower ease a little and the rest more.")

r("uk", EMP, XE_UK4, {"enps": 3, "rik": False, "turbuie": ["Зарплата", "Графік роботи", "Керівництво"],
                      "zminyty": "Під час жнив працюємо по 14 годин без вихідних, а понаднормові в розрахунковому листку чомусь рахуються як звичайні години. Новий керуючий складає графік сам, ні з ким не радиться, і може за вечір перекинути людину з елеватора на сушарку. Хлопці в зміні золоті, тільки на них усе й тримається, підміняємо один одного, коли хтось захворів. Але якщо до осені нічого не зміниться з оплатою, половина бригади піде до сусіднього агрохолдингу."},
  (2.5, 3, 2, 2.5), "workload- pay- management- colleagues+", "long mixed")
r("uk", EMP, XE_UK4, {"enps": 8, "rik": True, "turbuie": ["Навчання"],
                      "zminyty": "Колектив дружній, старші механізатори завжди підкажуть. Хотілося б нормальних курсів по новій техніці, бо комбайни вже напхані електронікою, а вчимося методом тику."},
  (7.5, 8, 7, 8.5), "colleagues+ growth-", "mixed")
r("uk", EMP, XE_UK4, {"enps": 9, "rik": False,
                      "zminyty": "Восени переїжджаємо з дружиною до Львова, тому й «ні». А так усе влаштовувало, шкода йти."},
  (8.5, 9, 7.5, 2), "", "skipped",
  "Leaving because of a move, not the job: loyalty low from the 'no', the rest high from eNPS 9 and the praise; "
  "no theme named.")

r("uk", FL, XE_UK5, {"poizdka": "Водитель был вежливий, но в машині так накурено, шо я потім куртку два дні провітрювала"},
  (4.5, 4.5, 6, 5), "staff+ cleanliness-", "mixed code_switching",
  "Ukrainian mixed with Russian (surzhyk): polite driver, smoky car.")
r("uk", FL, XE_UK5, {"poizdka": "жах."}, (1.5, 1.5, 3, 2), "", "short",
  "One word, 'horror': very negative, no theme; ease less certain, nearer the middle.")

# ----------------------------------------------------------------------------------------------------- Persian
XE_FA1 = survey("hamrah-no-poshtibani-sms-fa-x",
                q("hal", "yes_no", "آیا مشکل شما در همین تماس حل شد؟", perspective="ease"),
                q("zahmat", "ces_effort", "پیگیری مشکلتان چقدر برایتان زحمت داشت؟ (۱ = خیلی کم، ۵ = خیلی زیاد)", (1, 5)),
                q("payam", "text", "اگر حرف دیگری دارید برایمان بنویسید."))
XE_FA2 = survey("labkhand-dandan-kiosk-fa-x",
                q("razi", "csat", "از خدمات امروز کلینیک چقدر راضی بودید؟", (1, 5)),
                q("dalil", "text", "دلیل امتیازتان؟"))
XE_FA3 = survey("labaniyat-sepid-karkonan-fa-x",
                q("enps", "nps", "چقدر احتمال دارد لبنیات سپید را به عنوان محل کار به دوستانتان پیشنهاد کنید؟"),
                q("bakhsh", "single_choice", "در کدام بخش کار می~کنید؟", options=["تولید", "انبار", "اداری"]),
                q("rezayat", "rating", "به~طور کلی از کار در این شرکت راضی هستم.", (1, 5), perspective="satisfaction"),
                q("pishnahad", "text", "چه پیشنهادی برای بهتر شدن شرایط دارید؟"))
XE_FA4 = survey("sinama-setareh-flash-fa-x",
                q("jomle", "text", "تماشای فیلم امروز در سینما ستاره را در یک جمله توصیف کنید."))

r("fa", SMS, XE_FA1, {"hal": False, "zahmat": 5,
                      "payam": "سه روز است اینترنت سیم~کارتم وصل نمی~شود و هر بار فقط پیامک می~آید که «در حال بررسی است». یک نفر زنگ نزد بگوید مشکل از کجاست."},
  (1, 1.5, 0.5, 2.5), "product_quality- communication-")
r("fa", SMS, XE_FA1, {"hal": True, "zahmat": 1, "payam": "اصلاً معطلم نکردند، آقای رحیمی همان لحظه بسته~ام را فعال کرد."},
  (9, 8.5, 9.5, 8.5), "staff+ waiting_time+", "negation",
  "'Didn't keep me waiting at all': a negated complaint, i.e. praise for the speed.")
r("fa", SMS, XE_FA1, {"hal": True, "zahmat": 1,
                      "payam": "سی دقیقه موسیقی انتظار گوش دادم و آخرش گفتند باید حضوری به دفتر بروید. این شد پشتیبانی؟"},
  (2, 2, 4.5, 3), "waiting_time-", "contradiction",
  "'Resolved' and 'very low effort' against half an hour on hold and being sent to the office: ease kept at the "
  "middle by the answers, the rest follow the comment.")

r("fa", KIO, XE_FA2, {"razi": 5,
                      "dalil": "نوبتم ساعت ده بود ولی یازده و چهل دقیقه صدایم کردند، خانمی هم که پشت میز پذیرش نشسته بود جواب سلام آدم را نمی~داد."},
  (5, 2.5, 2.5, 3.5), "waiting_time- staff-", "contradiction",
  "CSAT 5 beside a wholly negative comment (probably tapped by habit): satisfaction kept at the middle, the rest "
  "follow the comment.")
r("fa", KIO, XE_FA2, {"razi": 4, "dalil": None}, (7.5, 7, 7, 7))
r("fa", KIO, XE_FA2, {"razi": 5, "dalil": "dandoonpezeshk kheili khosh barkhord bud, aslan dard nadasht. faghat hazine ha ziad bud"},
  (8.5, 8, 8.5, 8), "staff+ product_quality+ price-", "mixed finglish", "Finglish (Persian in Latin letters).")

r("fa", EMP, XE_FA3, {"enps": 2, "bakhsh": "تولید", "rezayat": 1,
                      "pishnahad": "در سالن تولید شیفت~ها دوازده ساعته شده و از اول سال هیچ اضافه~کاری پرداخت نشده، فقط قول می~دهند ماه بعد. سرپرست شیفت شب جلوی همه سر کارگرها داد می~زند و هر کس اعتراض کند تهدید به اخراج می~شود. تنها دلخوشی~ام بچه~های خط بسته~بندی هستند که هوای همدیگر را داریم و اگر کسی مریض شود جایش می~ایستیم. اگر کار بهتری پیدا کنم حتماً می~روم، با این حقوق دیگر نمی~شود اجاره خانه را داد."},
  (1.5, 2, 2, 1.5), "workload- pay- management- colleagues+", "long mixed",
  "'If I find a better job I'm leaving' sets loyalty low; colleagues are the only positive.")
r("fa", EMP, XE_FA3, {"enps": 7, "bakhsh": "اداری", "rezayat": 4, "pishnahad": "مدیر جدید عالیه 👌"},
  (7.5, 7, 6.5, 7.5), "management+", "short")

r("fa", FL, XE_FA4, {"jomle": "صندلی~ها آن~قدر راحت بود که دو ساعت فنرش توی کمرم بود، صدای سالن هم محشر، دیالوگ~ها را از سالن بغلی بهتر می~شنیدیم!"},
  (2, 2, 4.5, 3), "product_quality-", "sarcasm",
  "'So comfortable the spring dug into my back', 'superb sound' heard from the next hall: ironic, a complaint about "
  "the seats and the sound.")
r("fa", FL, XE_FA4, {"jomle": "فیلم واقعاً خوب بود ولی parking اطراف سینما فاجعه است، نیم ساعت دور زدیم تا یک جای خالی پیدا کنیم."},
  (6, 6, 5, 6), "product_quality+", "mixed off_topic code_switching",
  "Good film; the complaint is about parking around the cinema, which names no theme. English word in Persian.")


# ----------------------------------------------------------------------------------------------------- Russian
XF_RU1 = survey("kvartal-tekhniki-ru-x",
                q("nps", "nps", "Насколько вероятно, что вы порекомендуете «Квартал Техники» друзьям или коллегам?"),
                q("tovar", "csat", "Насколько вы довольны купленным товаром?", (1, 5)),
                q("poluchenie", "single_choice", "Как вы получили заказ?",
                  options=["Курьером", "В пункте выдачи", "Забрал(а) в магазине"]),
                q("otzyv", "text", "Поделитесь впечатлениями о покупке."))
XF_RU2 = survey("kopilka-bank-sms-ru-x",
                q("reshen", "yes_no", "Удалось решить ваш вопрос с первого обращения?", perspective="ease"),
                q("ocenka", "csat", "Оцените работу специалиста от 1 до 5.", (1, 5)),
                q("sms", "text", "Если хотите, ответьте парой слов на это сообщение."))
XF_RU3 = survey("kinomir-bilety-web-ru-x",
                q("legko", "ces", "Купить билет на нашем сайте было легко.", (1, 7)),
                q("chto", "text", "Что нам стоит улучшить?"))
XF_RU4 = survey("apteka-zdravitsa-flash-ru-x",
                q("slova", "text", "Как прошёл ваш визит в аптеку «Здравица»? Пара слов."))
XF_RU5 = survey("tipografiya-oktava-puls-ru-x",
                q("enps", "nps", "Насколько вероятно, что вы порекомендуете типографию «Октава» как место работы?"),
                q("smena", "single_choice", "В какую смену вы обычно работаете?",
                  options=["Дневная", "Ночная", "Плавающий график"]),
                q("ostanus", "yes_no", "Планируете ли вы работать у нас через год?", perspective="loyalty"),
                q("mysli", "text", "Что бы вы изменили в своей работе?"))

r("ru", E, XF_RU1, {"nps": 10, "tovar": 5, "poluchenie": "Курьером",
                    "otzyv": "Заказал пылесос в пятницу вечером, в субботу к обеду он уже стоял у двери. Курьер Саша пёр коробку на 9 этаж пешком, лифт у нас как всегда сломан, отдельное ему спасибо!! Сам пылесос тянет зверски."},
  (9.5, 10, 9, 9.5), "delivery+ staff+ product_quality+")
r("ru", E, XF_RU1, {"nps": 9, "tovar": 1, "poluchenie": "Курьером",
                    "otzyv": "Телевизор привезли с разбитым экраном, коробка вся мятая. Третью неделю жду решения по возврату денег, на письма отвечают одним и тем же шаблоном."},
  (1, 4, 1.5, 2), "delivery- billing- communication-", "contradiction",
  "NPS 9 contradicts a TV delivered broken and a refund stuck for three weeks (and the CSAT of 1): recommendation "
  "kept at 4 by the score, the rest follows the CSAT and the comment.")
r("ru", E, XF_RU1, {"nps": 6, "tovar": 4, "poluchenie": "В пункте выдачи",
                    "otzyv": "Чайник норм, кипятит быстро. А вот в пункте выдачи мой заказ искали минут двадцать, девушка там одна на всю очередь."},
  (6.5, 6, 4.5, 6), "product_quality+ waiting_time-", "mixed",
  "The kettle is fine (product); twenty minutes at the pick-up point is waiting time, the lone clerk is about "
  "staffing, not her manner, so no staff theme.")
r("ru", E, XF_RU1, {"nps": 3, "tovar": 2, "poluchenie": "Забрал(а) в магазине", "otzyv": None}, (2.5, 3, 3.5, 3.5))
r("ru", E, XF_RU1, {"nps": 7, "tovar": 4, "poluchenie": "Курьером",
                    "otzyv": "В целом ок, но на сайте при оплате вылетает Error 500, заказ оформил раза с пятого. Support в чате ответил fast, респект."},
  (6.5, 7, 3.5, 7), "website_app- communication+", "mixed code_switching",
  "Russian with English words (Error 500, Support, fast); checkout failing five times sets ease low; the quick chat "
  "reply is communication.")

r("ru", SMS, XF_RU2, {"reshen": True, "ocenka": 4, "sms": "норм"}, (7, 6.5, 8, 6.5), cases="short")
r("ru", SMS, XF_RU2, {"reshen": False, "ocenka": 2,
                      "sms": "Прекрасно. Сорок минут слушал музыку, чтобы мне сказали «перезвоните в рабочее время». Во вторник, в два часа дня. Спасибо, очень помогли."},
  (1, 1, 0.5, 2), "waiting_time- staff-", "sarcasm",
  "Sarcastic thanks: forty minutes on hold, then an absurd answer from the agent on a weekday afternoon.")
r("ru", SMS, XF_RU2, {"reshen": True, "ocenka": 4,
                      "sms": "Не скажу, что быстро, но двойное списание за подписку отменили и деньги уже вернулись на карту."},
  (7, 7, 6, 7), "waiting_time- billing+", "negation mixed",
  "'Not quick, I won't say' pulls ease below the yes; the double charge was reversed, billing positive.")

r("ru", WEB, XF_RU3, {"legko": 7,
                      "chto": "Схема зала с телефона не грузится, места выбрать невозможно. В итоге брал на кассе, а там ещё и на 100 р. дороже."},
  (2.5, 3, 4.5, 4.5), "website_app- price-", "contradiction",
  "CES 7 (very easy) contradicts a seat map that never loaded: ease kept middling by the answer, the other "
  "perspectives follow the comment; still went to the film, so loyalty is middling.")
r("ru", WEB, XF_RU3, {"legko": 6,
                      "chto": "vse udobno, oplatil s telefona za minutu. odno no - pochemu servisnyi sbor 60 rub s kazhdogo bileta??"},
  (7, 7, 8.5, 7), "website_app+ price-", "mixed no_diacritics",
  "Russian typed in Latin transliteration (no Cyrillic layout), tagged no_diacritics like the Greeklish rows; the "
  "per-ticket service fee is a price complaint.")

r("ru", FL, XF_RU4, {"slova": "Аптека как аптека. А вот маршрутку до нашего района отменили, теперь от остановки минут пятнадцать пешком по грязи."},
  (5.5, 5, 5, 5.5), cases="off_topic",
  note="'A pharmacy like any other' is neutral; the cancelled minibus route is outside the pharmacy's service.")
r("ru", FL, XF_RU4, {"slova": "Провизор сама предложила аналог в два раза дешевле, я даже спросить не успела. Приятно."},
  (9, 9, 8.5, 9), "staff+ price+", note="The pharmacist (staff) offered a generic at half the price (price).")
r("ru", FL, XF_RU4, {"slova": "Долго."}, (4, 4, 3, 4.5), "waiting_time-", "short",
  "One word, 'took long': waiting time; ease lowest.")

r("ru", EMP, XF_RU5, {"enps": 5, "smena": "Ночная", "ostanus": True,
                      "mysli": "Работаю в ночную четвёртый год. Ребята в цеху золотые, всегда подстрахуют, если кто-то заболел, без них я бы давно ушёл. Но людей не хватает катастрофически: на двух машинах стоим вдвоём вместо четверых, и так с весны. Ночные доплаты не поднимали с 2021 года, а мастер на любую просьбу отвечает «не нравится — никого не держим». Обещали курсы по новому оборудованию, но записали туда только дневную смену. Пока остаюсь из-за коллектива и потому, что до дома десять минут пешком."},
  (4.5, 5, 3, 6.5), "colleagues+ workload- pay- management- growth-", "long mixed",
  "Long: the crew keeps him (colleagues+), understaffing (workload-), night allowance frozen (pay-), the foreman's "
  "answer (management-), training only for day shift (growth-). 'Staying for now' softens the yes.")
r("ru", EMP, XF_RU5, {"enps": 8, "smena": "Дневная", "ostanus": True,
                      "mysli": "Жаловаться грех. Начальник смены человек адекватный, а в декабре всем выписали по пятнадцать тысяч сверху."},
  (8, 8, 7, 8.5), "management+ pay+", note="The shift supervisor is management; fifteen thousand extra in December is a bonus (pay).")
r("ru", EMP, XF_RU5, {"enps": 2, "smena": "Плавающий график",
                      "mysli": "График на неделю присылают в воскресенье вечером. Как тут вообще планировать свою жизнь?"},
  (2.5, 2, 3, 2.5), "management-", "skipped",
  "The rota sent out on Sunday evening is a management decision; the stay question is skipped, loyalty follows "
  "the eNPS of 2.")

# ----------------------------------------------------------------------------------------------------- French
XF_FR1 = survey("atelier-rayon-vert-fr-x",
                q("nps", "nps", "Quelle est la probabilité que vous recommandiez l'Atelier Rayon Vert à un ami ?"),
                q("effort", "ces_effort", "Quel effort avez-vous dû fournir pour l'entretien ou la réparation de votre vélo ?",
                  (1, 5)),
                q("services", "multi_choice", "Quels services avez-vous utilisés ?",
                  options=["Entretien", "Réparation", "Achat de pièces", "Location"]),
                q("remarque", "text", "Une remarque ?"))
XF_FR2 = survey("friterie-chez-momo-qr-fr-x",
                q("repas", "rating", "Votre repas sur 10 ?", (1, 10), perspective="satisfaction"),
                q("formule", "single_choice", "Sur place ou à emporter ?", options=["Sur place", "À emporter"]),
                q("retour", "yes_no", "Vous repasserez chez nous ?", perspective="loyalty"),
                q("mot", "text", "Un petit mot ?"))
XF_FR3 = survey("piscine-les-tilleuls-borne-fr-x",
                q("visite", "csat", "Comment s'est passée votre visite à la piscine ?", (1, 5)),
                q("pourquoi", "text", "Pourquoi ?"))
XF_FR4 = survey("bricoplus-flash-fr-x", q("phrase", "text", "Votre passage chez BricoPlus en une phrase ?"))
XF_FR5 = survey("callineo-pulse-fr-x",
                q("enps", "nps", "Recommanderiez-vous Callinéo comme employeur à un proche ?"),
                q("charge", "rating", "Ma charge de travail est gérable.", (1, 5), perspective="ease"),
                q("message", "text", "Un message pour la direction ?"))

r("fr", E, XF_FR1, {"nps": 10, "effort": 1, "services": ["Entretien", "Achat de pièces"],
                    "remarque": "Déposé le lundi, récupéré le mercredi avec des freins qui freinent enfin ! Le mécano a même pris cinq minutes pour me montrer comment régler le dérailleur moi-même."},
  (9.5, 10, 9.5, 9.5), "product_quality+ staff+",
  note="Brakes that finally work = the repair itself; 'le mécano' is staff.")
r("fr", E, XF_FR1, {"nps": 6, "effort": 3, "services": ["Réparation"],
                    "remarque": "Bon. Côté réparation, franchement rien à redire, la roue arrière est redressée et le vélo roule comme au premier jour. Par contre on m'avait promis « prêt jeudi » et j'ai dû téléphoner deux fois avant de recevoir enfin un SMS le samedi midi. Et sur la facture, 35 € de main-d'œuvre en plus du devis, sans que personne ne m'ait demandé mon avis. Le gars au comptoir était gêné et a retiré la moitié, c'est correct de sa part, mais pour un atelier qui a pignon sur rue ça fait un peu amateur."},
  (5, 6, 4.5, 5), "product_quality+ waiting_time- communication- billing- staff+", "long mixed negation",
  "Long: repair good, ready two days late (waiting), had to call twice for news (communication), 35 EUR over the "
  "quote (billing), the counter clerk took half off (staff+). 'Un peu amateur' keeps loyalty middling.")
r("fr", E, XF_FR1, {"nps": 8, "effort": 5, "services": ["Location"],
                    "remarque": "Vélo de location crevé au bout de 5 km et personne ne décrochait au numéro d'assistance. Retour à pied avec deux gamins de six ans, merci pour le dimanche."},
  (1.5, 4, 0.5, 2.5), "product_quality- communication-", "contradiction",
  "NPS 8 contradicts a puncture and an unreachable helpline (and the effort answer of 5): recommendation kept at 4 "
  "by the score, the rest follows the effort answer and the comment.")

r("fr", QR, XF_FR2, {"repas": 8, "formule": "À emporter", "retour": True,
                     "mot": "Frites croustillantes et l'andalouse maison est top, mais 4,50 € le petit cornet, allez, dat is toch wel duur hè."},
  (7.5, 7, 7, 8), "product_quality+ price-", "mixed code_switching",
  "Brussels French ending in Dutch ('dat is toch wel duur, hè': that's quite expensive, eh).")
r("fr", QR, XF_FR2, {"repas": 3, "formule": "Sur place", "retour": False, "mot": None}, (2, 2.5, 3.5, 2))

r("fr", KIO, XF_FR3, {"visite": 1,
                      "pourquoi": "Vestiaires d'une propreté exemplaire… si l'exemple c'est une gare routière un samedi soir. Cheveux partout, bravo."},
  (0.5, 1, 4, 2), "cleanliness-", "sarcasm", "Sarcastic praise of the changing rooms' cleanliness.")
r("fr", KIO, XF_FR3, {"visite": 4,
                      "pourquoi": "eau a bonne temperature, le maitre nageur est adorable avec les petits mais 25 min de file a la caisse a l ouverture, c est pas serieux"},
  (6.5, 6.5, 4.5, 7), "product_quality+ staff+ waiting_time-", "mixed no_diacritics",
  "Typed without accents; the water is the core service, the lifeguard is staff, the queue at opening is waiting time.")

r("fr", FL, XF_FR4, {"phrase": "Rien à reprocher au magasin. Par contre le rond-point devant chez vous est en travaux depuis Pâques, une heure pour faire trois kilomètres samedi."},
  (7.5, 7, 6, 7.5), cases="off_topic negation",
  note="'Nothing to reproach' is positive; the roadworks outside are not the shop's doing and name no theme.")

r("fr", EMP, XF_FR5, {"enps": 9, "charge": 1,
                      "message": "On enchaîne les appels sans une minute entre deux, les objectifs montent chaque trimestre et les chefs d'équipe ne lèvent plus le nez de leurs tableaux Excel."},
  (3, 5, 0.5, 4), "workload- management-", "contradiction",
  "eNPS 9 contradicts a bleak comment and a workload answer of 1: recommendation kept at 5 by the score, the rest "
  "follows the comment.")
r("fr", EMP, XF_FR5, {"enps": 8, "charge": 4, "message": "RAS."}, (7.5, 8, 7.5, 7.5), cases="short",
  note="'RAS' (rien à signaler): nothing to report; labels from the answers.")


# ----------------------------------------------------------------------------------------------------- Turkish
XG_TR1 = survey("ayaz-teknik-servis-tr-x",
                q("nps", "nps", "Ayaz Teknik Servis'i bir yakınınıza önerme olasılığınız nedir?"),
                q("onarim", "csat", "Teknisyenin yaptığı onarımdan ne kadar memnun kaldınız?", (1, 5)),
                q("caba", "ces_effort", "Servis kaydı açtırmak ne kadar çaba gerektirdi?", (1, 5)),
                q("kanal", "single_choice", "Servis kaydını nereden açtınız?",
                  options=["Çağrı merkezi", "Web sitesi", "Mobil uygulama", "Yetkili bayi"]),
                q("yorum", "text", "Deneyiminizi biraz anlatır mısınız?"))
XG_TR2 = survey("kumbara-dijital-banka-tr-x",
                q("kolay", "ces", "Talebimi çözdürmek kolaydı.", (1, 7)),
                q("mesaj", "text", "Eklemek istediğiniz bir şey var mı?"))
XG_TR3 = survey("demlik-kahve-tr-x",
                q("ziyaret", "csat", "Bugünkü ziyaretinizi nasıl değerlendirirsiniz?", (1, 3), perspective="satisfaction"),
                q("neden", "text", "Bize biraz daha anlatır mısınız? (isteğe bağlı)"))
XG_TR4 = survey("bereket-market-flash-tr-x",
                q("cumle", "text", "Son Bereket Market alışverişinizi tek cümleyle anlatır mısınız?"))
XG_TR5 = survey("sifa-ozel-hastane-nabiz-tr-x",
                q("enps", "nps", "Hastanemizi çalışılacak bir yer olarak bir tanıdığınıza önerme olasılığınız nedir?"),
                q("zorlayan", "multi_choice", "Sizi en çok ne zorluyor? (birden fazla seçebilirsiniz)",
                  options=["Nöbet düzeni", "Maaş", "Yöneticiler", "Ekip içi iletişim", "Eğitim olanakları"]),
                q("kalmak", "yes_no", "Bir yıl sonra hâlâ burada çalışıyor olmayı düşünüyor musunuz?", perspective="loyalty"),
                q("dusunce", "text", "Yönetimle paylaşmak istediğiniz bir düşünce var mı?"))

r("tr", E, XG_TR1, {"nps": 3, "onarim": 4, "caba": 5, "kanal": "Çağrı merkezi",
                    "yorum": "Bulaşık makinesi suyu boşaltmıyordu, ayın 14'ünde kayıt açtırdım. Çağrı merkezini üç kere aradım, "
                             "her seferinde başka biri çıktı, derdimi baştan anlattım, biri de resmen azarlar gibi konuştu. "
                             "Teknisyen ancak 6 gün sonra gelebildi, hangi saatte geleceğini de kimse haber vermedi, bütün gün "
                             "evde oturdum. Pompayı değiştirdiler, makine şu an tıkır tıkır çalışıyor, orası tamam. Ama pompaya "
                             "2.850 TL istediler, garantisi iki ay önce bitmiş diye. Neredeyse yenisinin yarısı kadar para."},
  (4.5, 3, 0.5, 2.5), "communication- staff- waiting_time- product_quality+ price-", "mixed long",
  "CSAT 4 is for the repair itself, which works; the three calls, the rude agent, the six-day wait and the price pull "
  "satisfaction down; the most effort on ces_effort sets ease near 0.")
r("tr", E, XG_TR1, {"nps": 9, "onarim": 1, "caba": 2, "kanal": "Mobil uygulama",
                    "yorum": "Uygulamadan kayıt açmak çocuk oyuncağıydı, orası tamam. Ama tamirden ertesi gün buzdolabı yine "
                             "karlanmaya başladı, aynı arıza geri geldi."},
  (1.5, 4.5, 5.5, 3), "website_app+ product_quality-", "mixed contradiction",
  "NPS 9 beside CSAT 1 and a repair that failed the next day: the 9 keeps recommendation near the middle, "
  "satisfaction follows the CSAT; booking was easy but the fault has to be reported again, so ease is middling.")
r("tr", E, XG_TR1, {"nps": 8, "onarim": 4, "caba": 2, "kanal": "Web sitesi", "yorum": None}, (7.5, 8, 7.5, 7.5))
r("tr", E, XG_TR1, {"nps": 6, "onarim": 3, "kanal": "Yetkili bayi",
                    "yorum": "Gelen abi ayakkabılarını çıkarmadan halıya bastı, işi bitince de mutfağı toz toprak içinde "
                             "bırakıp gitti. Çamaşır makinesi düzeldi gerçi."},
  (4.5, 5.5, 5.5, 5), "staff- cleanliness- product_quality+", "mixed skipped",
  "Effort question skipped: ease set near the other answers; the technician's manners and the mess he left pull "
  "satisfaction a little under the CSAT 3, the repair itself is praised.")
r("tr", SMS, XG_TR2, {"kolay": 1, "mesaj": "Ne güzel, kartımı kapattırmak için 47 dakika bekleme müziği dinledim. "
                                            "Konser için sağ olun."},
  (1, 1, 0.5, 2), "waiting_time-", "sarcasm",
  "Sarcastic thanks for 47 minutes of hold music: a waiting-time complaint.")
r("tr", SMS, XG_TR2, {"kolay": 6, "mesaj": "Temsilci çok helpful'dı, limit artışını anında onayladı. Ama app sürekli "
                                            "logout ediyor, her girişte şifre SMS'ini bekliyorum, fix'leyin şunu artık."},
  (7, 7, 7, 7), "staff+ website_app-", "mixed code_switching", "Turkish with English words.")
r("tr", WEB, XG_TR2, {"kolay": 2, "mesaj": "Sohbet robotu dönüp dolaşıp aynı üç seçeneği sunuyor, canlı birine "
                                            "bağlanmanın yolu yok."},
  (2.5, 3, 1.5, 3.5), "website_app-")
r("tr", WEB, XG_TR2, {"kolay": 5, "mesaj": "fena degil ama hesap ekranindaki IBAN kopyala tusu calismiyor"},
  (6, 6, 6, 6.5), "website_app-", "mixed negation no_diacritics",
  "'Not bad' (typed without Turkish letters) and one broken button in the app.")
r("tr", KIO, XG_TR3, {"ziyaret": 3, "neden": "Harika!"}, (9.5, 9, 9, 9), cases="short")
r("tr", KIO, XG_TR3, {"ziyaret": 2, "neden": "Yan dükkanda tadilat var, matkap sesinden kitabımı okuyamadım. Sizin "
                                              "suçunuz değil tabii."},
  (5, 5, 5.5, 5.5), cases="off_topic",
  note="Off-topic: building work in the next shop, which the respondent says is not the café's fault; labels near the "
       "middle, on the CSAT 2.")
r("tr", QR, XG_TR3, {"ziyaret": 1, "neden": "siparis ettigim latte 20 dk sonra geldi o da buz gibi, masalar yapis yapis "
                                             "kimse silmiyo. bi daha gelmem"},
  (0.5, 1, 3, 0.5), "waiting_time- product_quality- cleanliness-", "no_diacritics",
  "Typed without Turkish letters; 'won't come again' sets loyalty.")
r("tr", QR, XG_TR3, {"ziyaret": 3, "neden": "Kasadaki arkadaş kartımdan iki kere çekmiş, fark edince iptal etti ama "
                                             "para hâlâ hesabıma dönmedi."},
  (6, 5, 4, 5.5), "billing-", "contradiction",
  "Top CSAT beside a double charge not yet returned: the 3 keeps satisfaction above the middle, the comment pulls the "
  "other perspectives down.")
r("tr", FL, XG_TR4, {"cumle": "Kasiyer abla çok tatlıydı, poşetlememe bile yardım etti. Kırmızı mercimek yine rafta "
                              "yoktu gerçi."},
  (7.5, 7.5, 7, 7.5), "staff+", "mixed",
  "The missing lentils (stock availability) name no theme; the cashier is praised.")
r("tr", FL, XG_TR4, {"cumle": "Üç kalem şeye 400 lira verdim, üstüne poşet parası. Bu ne ya?"},
  (3, 3.5, 6, 4), "price-")
r("tr", EMP, XG_TR5, {"enps": 2, "zorlayan": ["Nöbet düzeni", "Maaş"], "kalmak": False,
                      "dusunce": "Ayda 9-10 nöbet tutuyoruz, 40 yataklı serviste gece iki hemşire kalıyoruz. Nöbet "
                                 "ücretleri de üç aydır geç yatıyor."},
  (1.5, 2, 2, 1.5), "workload- pay-")
r("tr", EMP, XG_TR5, {"enps": 7, "zorlayan": ["Yöneticiler"], "kalmak": True,
                      "dusunce": "Servisteki arkadaşlar ailem gibi, onlar olmasa çoktan giderdim. Başhemşire ise bize "
                                 "hiç sormadan karar alıyor, nöbet listesi bir gece önce asılıyor."},
  (6, 7, 5, 7), "colleagues+ management-", "mixed",
  "Staying for the colleagues ('I'd have left long ago without them'): loyalty a little under the 'yes'.")

# ----------------------------------------------------------------------------------------------------- Spanish
XG_ES1 = survey("mudanzas-colibri-es-x",
                q("nps", "nps", "¿Qué tan probable es que recomiendes Mudanzas Colibrí a un familiar o amigo?"),
                q("servicios", "multi_choice", "¿Qué servicios contrataste?",
                  options=["Empaque", "Flete", "Armado de muebles", "Bodega"]),
                q("trato", "csat", "¿Qué tan satisfecho quedaste con tu mudanza?", (1, 5)),
                q("comentario", "text", "¿Algo que quieras contarnos?"))
XG_ES2 = survey("tarjeta-alondra-es-x",
                q("resuelto", "yes_no", "¿Se resolvió tu solicitud en este contacto?", perspective="ease"),
                q("msj", "text", "¿Algo más que quieras decirnos?"))
XG_ES3 = survey("lavanderia-burbujas-es-x",
                q("lavado", "rating", "Del 1 al 10, ¿cómo quedó tu ropa?", (1, 10), perspective="satisfaction"),
                q("volver", "yes_no", "¿Volverías a lavar con nosotros?", perspective="loyalty"),
                q("nota", "text", "Cuéntanos (opcional)"))
XG_ES4 = survey("farmacias-ceiba-flash-es-x",
                q("visita", "text", "Dinos en pocas palabras qué te pareció tu visita a Farmacias Ceiba."))
XG_ES5 = survey("farmacias-ceiba-pulso-es-x",
                q("enps", "nps", "¿Qué tan probable es que recomiendes Farmacias Ceiba como lugar para trabajar?"),
                q("cambio", "text", "¿Qué te gustaría que cambiara?"))

r("es", E, XG_ES1, {"nps": 4, "servicios": ["Empaque", "Flete", "Armado de muebles"], "trato": 2,
                    "comentario": "Quedaron de llegar a las 8 y llegaron pasadas las 11, ni un mensaje para avisar. Los "
                                  "muchachos trabajaron rápido y con buena actitud, eso sí, pero en el camino se rompió la "
                                  "luna del ropero y dos platos de la vajilla de mi suegra. La cotización decía $7,500 y al "
                                  "final me cobraron $9,200 por unas 'maniobras' que nadie me explicó. Levanté el reporte "
                                  "del daño hace diez días y sigo sin respuesta."},
  (2.5, 3.5, 3, 2.5), "waiting_time- communication- staff+ product_quality- billing-", "mixed long",
  "Three-hour late arrival, broken furniture, a bill above the quote and no answer to the claim; the movers "
  "themselves are praised. Ease not asked: set low from the wait and the unanswered report.")
r("es", E, XG_ES1, {"nps": 10, "servicios": ["Flete"], "trato": 1,
                    "comentario": "Todo perfecto, súper cuidadosos con mis cosas y ni un rayón en los muebles. Los "
                                  "recomiendo al cien."},
  (9, 9.5, 8.5, 9), "staff+ product_quality+", "reversed_scale contradiction",
  "CSAT 1 beside NPS 10 and an all-praise comment: the 1-5 scale was evidently read the wrong way round; labelled from "
  "the comment and the NPS.")
r("es", SMS, XG_ES2, {"resuelto": False,
                      "msj": "Súper eficientes, eh: tres ejecutivos distintos y cada quien me dio una versión diferente "
                             "del cargo que no reconozco. Bravo."},
  (1, 1, 1, 2), "staff- billing-", "sarcasm",
  "Ironic praise: three agents, three stories about a charge the customer does not recognise, unresolved.")
r("es", SMS, XG_ES2, {"resuelto": True, "msj": "Karla un amor, paciencia infinita conmigo que no entiendo nada de "
                                                "tarjetas 😅"},
  (9, 8.5, 8.5, 8.5), "staff+")
r("es", WEB, XG_ES2, {"resuelto": True, "msj": None}, (7.5, 7, 8, 7))
r("es", QR, XG_ES3, {"lavado": 6, "volver": True,
                     "nota": "la ropa quedo limpia pero una maquina se trago mis monedas y la encargada ni caso me hizo"},
  (5, 5, 4, 6.5), "product_quality+ billing- staff-", "mixed no_diacritics",
  "Typed without accents; clean clothes, a machine that swallowed the coins (payment) and an attendant who ignored it.")
r("es", KIO, XG_ES3, {"lavado": 8, "nota": "Lástima que el camión de la basura pase justo a esa hora, olía horrible "
                                           "toda la cuadra."},
  (7.5, 7, 7, 7), cases="off_topic skipped",
  note="Off-topic: the rubbish truck in the street, not the laundromat; 'come back' skipped, labels from the rating 8.")
r("es", FL, XG_ES4, {"visita": "El pharmacist súper buena onda, me explicó bien cómo tomar el antibiótico, pero la fila "
                               "estaba eterna, like 25 minutos."},
  (6, 6, 4.5, 6), "staff+ communication+ waiting_time-", "mixed code_switching", "Spanish with English words.")
r("es", EMP, XG_ES5, {"enps": 7, "cambio": "Nada, no me quejo la neta."}, (7, 7, 6.5, 7), cases="negation short",
  note="'Nothing, I'm not complaining': mildly positive, no theme.")
r("es", EMP, XG_ES5, {"enps": 8, "cambio": "Nos pagan tarde casi cada quincena y el gerente de sucursal nos regaña "
                                           "enfrente de los clientes."},
  (3, 5, 4, 3.5), "pay- management-", "contradiction",
  "eNPS 8 beside late pay and a manager who scolds staff in front of customers: the 8 keeps recommendation at the "
  "middle, the rest follow the comment.")


# ---------------------------------------------------------------------------------- further responses, 2026-12, III
# 196 more, written and labelled the same way: 14 in each language, most of them ordinary (answers and comment
# agree; comments naming one to three themes, some none), at most one hard case per language and no contradiction or
# reversed scale, so that the split's mix of cases stays near that of its first 469 responses (the 182 above carry 27
# of its 35 contradictions).


# ----------------------------------------------------------------------------------------------------- English
YA_EN1 = survey("foxglove-flowers-en-y",
                q("nps", "nps", "How likely are you to recommend Foxglove Flowers to a friend?"),
                q("bouquet", "csat", "How pleased were you with the flowers you sent?", (1, 5)),
                q("occasion", "single_choice", "What was the occasion?",
                  options=["Birthday", "Sympathy", "Anniversary", "Just because", "Other"]),
                q("more", "text", "Is there anything else you'd like to tell us?"))
YA_EN2 = survey("ridgeway-boiler-care-sms-en-y",
                q("fixed", "yes_no", "Was your boiler working again after the engineer's first visit?",
                  perspective="ease"),
                q("engineer", "csat", "How would you rate your engineer? Reply 1-5", (1, 5)),
                q("txt", "text", "Anything else? Just reply to this text."))
YA_EN3 = survey("tollgate-museum-en-y",
                q("visit", "csat", "How was your visit today?", (1, 3), perspective="satisfaction"),
                q("why", "text", "Tell us why (optional)"))
YA_EN4 = survey("alder-care-homes-pulse-en-y",
                q("enps", "nps", "How likely are you to recommend Alder Care Homes as a place to work?"),
                q("stay", "yes_no", "Are you planning to stay with Alder for the next twelve months?",
                  perspective="loyalty"),
                q("say", "text", "What would you like management to hear?"))
YA_EN5 = survey("willow-lane-butchers-flash-en-y",
                q("word", "text", "In a sentence, how was your shop with us today?"))

r("en", E, YA_EN1, {"nps": 10, "bouquet": 5, "occasion": "Birthday",
                    "more": "My mam rang me in tears, she said it was the nicest bunch she'd ever got. The roses were still going strong ten days later."},
  (9.5, 10, 8.5, 9.5), "product_quality+",
  note="Glowing: the flowers themselves (core product); ease not asked, set a little below the rest.")
r("en", E, YA_EN1, {"nps": 2, "bouquet": 1, "occasion": "Sympathy",
                    "more": "Ordered for a funeral on Thursday morning and they turned up Friday afternoon, after the service was over. I emailed twice and got nothing back."},
  (1, 1, 2, 1.5), "delivery- communication-",
  note="Funeral flowers arriving after the service (delivery) and two unanswered emails (communication); ease inferred low.")
r("en", E, YA_EN1, {"nps": 7, "bouquet": 4, "occasion": "Anniversary",
                    "more": "Not cheap by any means, but the arrangement was every bit as nice as the picture."},
  (7, 7, 7, 6.5), "price- product_quality+", "negation mixed",
  "'Not cheap' is a price complaint; the arrangement matching the picture is praise of the product.")
r("en", E, YA_EN1, {"nps": 8, "bouquet": 4, "occasion": "Just because", "more": None}, (7.5, 8, 7, 7.5))

r("en", SMS, YA_EN2, {"fixed": True, "engineer": 5,
                      "txt": "Declan was on time, wore shoe covers and even bled the radiators while he was at it. Heating's toasty now"},
  (9, 9, 8.5, 9), "staff+ product_quality+",
  note="The engineer's care (staff) and the heating working (the repair itself).")
r("en", SMS, YA_EN2, {"fixed": False, "engineer": 2,
                      "txt": "Came without the part, said he'd order it and someone would ring me. Nobody has. 4 days with no hot water and a toddler in the house"},
  (1.5, 1.5, 1, 2.5), "staff- communication-",
  note="Engineer arriving without the part (competence: staff) and the promised call never made (communication).")
r("en", SMS, YA_EN2, {"fixed": True, "engineer": 4, "txt": "grand, thanks"}, (7.5, 7, 8, 7), cases="short",
  note="Irish 'grand': content, no theme.")

r("en", KIO, YA_EN3, {"visit": 3,
                      "why": "The kids loved the hands-on room, and the lad at the front desk gave us a free map and loads of tips."},
  (9.5, 9, 8.5, 9), "product_quality+ staff+")
r("en", KIO, YA_EN3, {"visit": 1,
                      "why": "Half the upstairs galleries were roped off and nobody told us until we'd already paid at the door."},
  (1.5, 1.5, 4, 2.5), "product_quality- communication-",
  note="Closed galleries (the core offer) and not being told beforehand; paying is mentioned but not complained about, so no billing.")
r("en", QR, YA_EN3, {"visit": 2,
                     "why": "Scones were gorgeous but we queued twenty minutes at the café till to get them."},
  (5, 5, 4, 5.5), "product_quality+ waiting_time-", "mixed")
r("en", QR, YA_EN3, {"visit": 2, "why": "It was alright, nothing special."}, (5, 4.5, 5.5, 4.5), cases="short",
  note="Lukewarm, no theme.")

r("en", EMP, YA_EN4, {"enps": 3, "stay": False,
                      "say": "Most nights we're two carers down and we can't give the residents the time they deserve. I've asked about the dementia care course three times and heard nothing."},
  (2.5, 3, 3, 2), "workload- growth-",
  note="Understaffed nights (workload) and a course repeatedly asked for (training: growth).")
r("en", EMP, YA_EN4, {"enps": 9, "stay": True,
                      "say": "The girls on my unit are like family, and the new manager actually fixed the rota so I get my weekends with the kids."},
  (9, 9, 8.5, 9.5), "colleagues+ management+")

r("en", FL, YA_EN5, {"word": "Best sausages in the county and the lads behind the counter always remember my order."},
  (9, 9, 8, 9), "product_quality+ staff+",
  note="Text only: the sausages (product) and the counter staff remembering a regular's order; loyalty high from 'always'.")

# ----------------------------------------------------------------------------------------------------- Italian
YA_IT1 = survey("agriturismo-il-gelso-it-y",
                q("nps", "nps", "Quanto è probabile che consiglieresti l'Agriturismo Il Gelso ad amici o parenti?"),
                q("soggiorno", "csat", "Quanto sei soddisfatto del tuo soggiorno?", (1, 5)),
                q("motivo", "single_choice", "Per quale motivo hai viaggiato?",
                  options=["Vacanza", "Lavoro", "Evento o matrimonio", "Altro"]),
                q("commento", "text", "Vuoi lasciarci un commento?"))
YA_IT2 = survey("teatro-dante-biglietti-web-it-y",
                q("facile", "ces", "Acquistare i biglietti sul nostro sito è stato facile.", (1, 7)),
                q("migliorare", "text", "Cosa possiamo migliorare?"))
YA_IT3 = survey("area-sosta-la-quercia-totem-it-y",
                q("voto", "csat", "Com'è stata la tua sosta?", (1, 5)),
                q("dicci", "text", "Vuoi dirci qualcosa? (facoltativo)"))
YA_IT4 = survey("caseificio-pra-alto-pulse-it-y",
                q("enps", "nps", "Quanto consiglieresti il Caseificio Prà Alto come posto di lavoro?"),
                q("resto", "yes_no", "Pensi di lavorare ancora qui tra un anno?", perspective="loyalty"),
                q("pensiero", "text", "C'è qualcosa che vorresti far sapere alla direzione?"))
YA_IT5 = survey("merceria-filo-doro-flash-it-y",
                q("frase", "text", "Com'è andata la tua visita oggi? Basta una frase."))

r("it", E, YA_IT1, {"nps": 10, "soggiorno": 5, "motivo": "Vacanza",
                    "commento": "Colazione con torte fatte in casa e marmellate loro, camera enorme con vista sulle vigne. La signora Rita ci ha coccolati per tutta la settimana."},
  (9.5, 10, 8.5, 9.5), "product_quality+ staff+")
r("it", E, YA_IT1, {"nps": 3, "soggiorno": 2, "motivo": "Lavoro",
                    "commento": "Bagno con la muffa sul soffitto e asciugamani che puzzavano di umido. Per 140 euro a notte mi aspettavo ben altro."},
  (2.5, 3, 4.5, 2.5), "cleanliness- price-",
  note="Mould and damp towels read as cleanliness; 140 euro a night for that is value for money (price).")
r("it", E, YA_IT1, {"nps": 6, "soggiorno": 3, "motivo": "Evento o matrimonio",
                    "commento": "Siamo venuti per il matrimonio di mia cugina, che si è svolto proprio nel vostro casale, quindi eravamo una trentina di invitati a dormire da voi. La cena del ricevimento era squisita, niente da eccepire, e i ragazzi in sala sono stati bravissimi a gestire tutta quella gente senza mai perdere il sorriso. Il problema è arrivato al check-out: ci avete fatto pagare la tassa di soggiorno due volte, una già inclusa nel pacchetto degli sposi e una a parte a noi, e per riavere i soldi ci è voluto più di un mese. Alla fine ce li avete restituiti, ma che fatica."},
  (5, 6, 3.5, 5.5), "product_quality+ staff+ billing-", "mixed long",
  "Long: dinner and waiters praised, the tourist tax charged twice and a refund that took over a month ('che fatica') pull ease down; the rest from the 3 and the 6.")
r("it", E, YA_IT1, {"nps": 8, "soggiorno": 4, "motivo": "Lavoro", "commento": None}, (7.5, 8, 7, 7.5))
r("it", E, YA_IT1, {"nps": 7, "soggiorno": 4, "motivo": "Vacanza", "commento": "Tutto bene, grazie."},
  (7.5, 7, 7, 7), cases="short", note="Generic thanks, no theme.")

r("it", WEB, YA_IT2, {"facile": 2,
                      "migliorare": "Appena ho cliccato su «Paga» la pagina si è bloccata e mi avete addebitato lo stesso importo due volte. Sto ancora aspettando lo storno."},
  (1.5, 2, 1.5, 3), "website_app- billing-",
  note="Checkout page freezing (website) and a double charge not yet reversed (billing); loyalty inferred low-middling.")
r("it", WEB, YA_IT2, {"facile": 7,
                      "migliorare": "Scelto il posto sulla piantina, pagato, e il biglietto era già sul telefono. Più veloce di così!"},
  (9, 8.5, 10, 8.5), "website_app+")
r("it", WEB, YA_IT2, {"facile": 5,
                      "migliorare": "Sito comodo, peccato che le commissioni di servizio facciano lievitare il prezzo di quasi cinque euro a biglietto."},
  (5.5, 5.5, 6.5, 6), "website_app+ price-", "mixed")

r("it", KIO, YA_IT3, {"voto": 1, "dicci": "Bagni indecenti, carta finita e pavimento allagato."},
  (1, 1.5, 3, 2), "cleanliness-")
r("it", KIO, YA_IT3, {"voto": 4,
                      "dicci": "Caffè buono e barista velocissimo, anche col pullman di turisti appena sceso."},
  (8, 8, 8, 7.5), "product_quality+ staff+",
  note="Good coffee (product) and a quick barista coping with a coachload (staff).")
r("it", KIO, YA_IT3, {"voto": 3, "dicci": "Si poteva fare di meglio."}, (5, 4.5, 5.5, 4.5), cases="short",
  note="Lukewarm, no theme.")

r("it", EMP, YA_IT4, {"enps": 2, "resto": False,
                      "pensiero": "Ad agosto abbiamo fatto turni di dodici ore per coprire le ferie, perché nessuno in ufficio ha pensato di prendere qualche stagionale."},
  (2, 2, 2.5, 1.5), "workload- management-",
  note="Twelve-hour shifts (workload) because the office did not hire seasonal staff (management's decision).")
r("it", EMP, YA_IT4, {"enps": 7, "resto": True,
                      "pensiero": "Con quelli del turno del mattino si lavora benissimo, ma la busta paga è ferma a cinque anni fa."},
  (6.5, 7, 6.5, 7), "colleagues+ pay-", "mixed")

r("it", FL, YA_IT5, {"frase": "Ho trovato i bottoni giusti per il cappotto di mio nonno, e la commessa mi ha pure spiegato come attaccarli."},
  (9, 8.5, 8.5, 8.5), "product_quality+ staff+",
  note="Text only: the right buttons found (goods) and the shop assistant's help (staff).")


# ----------------------------------------------------------------------------------------------------- Polish
YB_PL1 = survey("kwiaciarnia-storczyk-pl-y",
                q("nps", "nps", "Jak bardzo prawdopodobne jest, że polecisz Kwiaciarnię Storczyk znajomym?"),
                q("bukiet", "csat", "Jak oceniasz dostarczony bukiet?", (1, 5)),
                q("okazja", "single_choice", "Z jakiej okazji zamawiałeś/zamawiałaś kwiaty?",
                  options=["Urodziny", "Imieniny", "Rocznica", "Przeprosiny", "Bez okazji"]),
                q("uwagi", "text", "Chcesz coś dodać?"))
YB_PL2 = survey("serwis-agd-naprawex-sms-pl-y",
                q("naprawione", "yes_no", "Czy usterkę usunięto podczas pierwszej wizyty?", perspective="ease"),
                q("serwisant", "csat", "Jak oceniasz pracę serwisanta? (1-5)", (1, 5)),
                q("sms", "text", "Odpisz, jeśli chcesz coś dodać."))
YB_PL3 = survey("park-trampolin-skoczek-kiosk-pl-y",
                q("wizyta", "csat", "Jak było dziś w Skoczku?", (1, 3), perspective="satisfaction"),
                q("czemu", "text", "Napisz dlaczego (nieobowiązkowe)"))
YB_PL4 = survey("teatr-kurtyna-flash-pl-y",
                q("wieczor", "text", "Jak minął Ci wieczór w Teatrze Kurtyna? Wystarczy jedno zdanie."))
YB_PL5 = survey("biuro-rachunkowe-saldo-puls-pl-y",
                q("enps", "nps", "Jak bardzo prawdopodobne jest, że polecisz Biuro Saldo jako pracodawcę?"),
                q("obciazenie", "rating", "W okresie rozliczeń ilość pracy jest do udźwignięcia.", (1, 5),
                  perspective="ease"),
                q("glos", "text", "Co powinniśmy zmienić?"))

r("pl", E, YB_PL1, {"nps": 10, "bukiet": 5, "okazja": "Urodziny",
                    "uwagi": "Mama dostała róże punktualnie o dziewiątej, kurier zadzwonił domofonem i jeszcze złożył jej życzenia. Kwiaty stały prawie dwa tygodnie."},
  (9.5, 10, 9, 9.5), "delivery+ staff+ product_quality+",
  note="On-time arrival (delivery), a courier who wished her happy birthday (staff's manner), roses lasting two weeks "
       "(the product).")
r("pl", E, YB_PL1, {"nps": 2, "bukiet": 1, "okazja": "Rocznica",
                    "uwagi": "Na zdjęciu w sklepie bukiet był bujny, a przyszło pięć zwiędłych tulipanów owiniętych w szary papier. Za 189 zł to kpina."},
  (1, 1.5, 3, 1.5), "product_quality- price-",
  note="Wilted tulips instead of the pictured bouquet; '189 zl is a joke' is a price complaint without the word. "
       "Ease not asked and not mentioned: set low-middling near the answers.")
r("pl", E, YB_PL1, {"nps": 7, "bukiet": 4, "okazja": "Imieniny",
                    "uwagi": "Ładne kwiaty, tylko zamiast rano dotarły po siedemnastej i nikt nas nie uprzedził o opóźnieniu."},
  (6, 6.5, 5, 6), "product_quality+ delivery- communication-", "mixed",
  note="Flowers praised; late arrival (delivery) and no warning about it (communication) pull the anchors down.")
r("pl", E, YB_PL1, {"nps": 8, "bukiet": 4, "okazja": "Bez okazji", "uwagi": None}, (7.5, 8, 7, 7.5))
r("pl", E, YB_PL1, {"nps": 6, "bukiet": 3, "okazja": "Przeprosiny", "uwagi": "Mogło być lepiej."},
  (5, 5.5, 5.5, 5.5), "", "short", "Generic lukewarm remark naming no theme; labels follow the answers.")
r("pl", E, YB_PL1, {"nps": 3, "bukiet": 2, "okazja": "Urodziny",
                    "uwagi": "Zamówiłem bukiet na dziewięćdziesiąte urodziny babci, z dostawą w sobotę do jedenastej, bo o dwunastej zaczynał się obiad z całą rodziną. Kwiaty dojechały o czternastej, kiedy goście już się rozchodzili. Na dodatek z karty zeszła mi dwa razy ta sama kwota i dopiero po tygodniu i czterech mailach ktoś łaskawie oddał jedną z nich. Sam bukiet był ładny, ale cały sens tego zamówienia przepadł. Następnym razem pójdę po prostu do kwiaciarni na rogu."},
  (2, 2.5, 2, 1), "delivery- billing- communication- product_quality+", "mixed long",
  "Long email: flowers three hours late for a 90th birthday (delivery), charged twice (billing), a week and four "
  "emails before one charge was returned (communication; also pulls ease down); the bouquet itself was pretty. "
  "'Next time the florist on the corner' sets loyalty very low.")
r("pl", SMS, YB_PL2, {"naprawione": True, "serwisant": 5,
                      "sms": "Pan Krzysiek ogarnął pralkę w pół godziny, pokazał co się zapchało i jeszcze po sobie wytarł podłogę."},
  (9.5, 9, 9.5, 9), "staff+ product_quality+ cleanliness+",
  note="Quick, competent repair with an explanation (staff, the repair itself) and he wiped the floor after himself "
       "(cleanliness).")
r("pl", SMS, YB_PL2, {"naprawione": False, "serwisant": 2,
                      "sms": "Na termin czekałam 3 dni, serwisant przyjechał bez części i teraz kolejny tydzień czekania. Za sam dojazd policzyli 120 zł."},
  (1.5, 1.5, 1, 2), "waiting_time- staff- price-",
  note="Days of waiting for a slot and another week to come (waiting_time), a technician arriving without the part "
       "(staff competence), 120 zl just for the call-out (price).")
r("pl", SMS, YB_PL2, {"naprawione": True, "serwisant": 4, "sms": "Dzięki!"}, (8, 7.5, 8, 7.5), "", "short",
  "A thank-you naming no theme; labels follow the answers.")
r("pl", KIO, YB_PL3, {"wizyta": 1, "czemu": "Skarpetki antypoślizgowe obowiązkowe po 15 zł, nawet jak ktoś ma własne. Naciąganie."},
  (1.5, 2, 4, 2.5), "price-",
  note="Compulsory 15 zl grip socks called a rip-off: price. Ease not mentioned, set nearer the middle.")
r("pl", KIO, YB_PL3, {"wizyta": 3, "czemu": "Animatorzy pilnowali maluchów jak własnych, a trampoliny czyściutkie."},
  (9.5, 9, 8.5, 9), "staff+ cleanliness+")
r("pl", FL, YB_PL4, {"wieczor": "Spektakl porwał całą salę, ale po przedstawieniu do szatni stało się dobre dwadzieścia minut."},
  (7, 7, 5.5, 7), "product_quality+ waiting_time-", "mixed",
  "Text only: the play itself praised (product_quality), twenty minutes queueing for the cloakroom (waiting_time).")
r("pl", EMP, YB_PL5, {"enps": 3, "obciazenie": 1,
                      "glos": "Od lutego do kwietnia siedzimy do 21, a za te godziny dostajemy najwyżej pizzę w piątek."},
  (2, 3, 0.5, 2.5), "workload- pay-",
  note="Evenings until 9 pm through tax season (workload) and no pay for those hours beyond a Friday pizza (pay).")
r("pl", EMP, YB_PL5, {"enps": 9, "obciazenie": 4,
                      "glos": "Szefowa zawsze znajdzie chwilę, żeby wytłumaczyć trudniejszy przypadek, a firma opłaciła mi kurs na doradcę podatkowego."},
  (9, 9, 7.5, 9), "management+ growth+")

# ----------------------------------------------------------------------------------------------------- Dutch
YB_NL1 = survey("camping-duinpan-widget-nl-y",
                q("makkelijk", "ces", "Het reserveren van een kampeerplek via onze website ging makkelijk.", (1, 7)),
                q("verbeteren", "text", "Wat kunnen we nog verbeteren?"))
YB_NL2 = survey("lunchroom-stoepje-bon-nl-y",
                q("nps", "nps", "Hoe waarschijnlijk is het dat u Lunchroom 't Stoepje aanraadt aan vrienden of collega's?"),
                q("terugkomen", "yes_no", "Komt u nog eens bij ons lunchen?", perspective="loyalty"),
                q("opmerking", "text", "Nog iets dat we moeten weten?"))
YB_NL3 = survey("zonnepanelen-zonnig-mail-nl-y",
                q("nps", "nps", "Hoe waarschijnlijk is het dat u Zonnig Zonnepanelen aanbeveelt aan buren of familie?"),
                q("installatie", "csat", "Hoe tevreden bent u over de installatie?", (1, 5)),
                q("contact", "multi_choice", "Via welke kanalen heeft u contact met ons gehad?",
                  options=["Telefoon", "E-mail", "WhatsApp", "Monteur aan de deur"]),
                q("toelichting", "text", "Wilt u uw score toelichten?"))
YB_NL4 = survey("scheepvaartmuseum-anker-zuil-nl-y",
                q("bezoek", "text", "Wat vond u van uw bezoek? Typ hier uw reactie."))
YB_NL5 = survey("fysio-beweegpunt-puls-nl-y",
                q("enps", "nps", "Hoe waarschijnlijk is het dat je Beweegpunt aanbeveelt als werkgever?"),
                q("blijven", "yes_no", "Werk je hier over een jaar nog?", perspective="loyalty"),
                q("kwijt", "text", "Wat wil je de praktijkhouders laten weten?"))

r("nl", WEB, YB_NL1, {"makkelijk": 2,
                      "verbeteren": "Bij de laatste stap sprong de kalender steeds terug naar mei, drie keer opnieuw begonnen. Uiteindelijk toch maar gebeld."},
  (3, 3, 1.5, 4.5), "website_app-",
  note="Booking calendar kept jumping back, three restarts and a phone call in the end. Loyalty less affected: the "
       "camping itself is not criticised.")
r("nl", WEB, YB_NL1, {"makkelijk": 7,
                      "verbeteren": "In twee minuten geregeld, en de bevestiging met plattegrond stond meteen in mijn mail."},
  (8.5, 8, 10, 8), "website_app+ communication+",
  note="Booked in two minutes (website), confirmation with a site map straight away (communication).")
r("nl", WEB, YB_NL1, {"makkelijk": 5, "verbeteren": "Prima zo, dank je."}, (7, 6.5, 6.5, 6.5), "", "short",
  "Generic contentment naming no theme; labels near the CES anchor (about 6.7).")
r("nl", QR, YB_NL2, {"nps": 9, "terugkomen": True,
                     "opmerking": "Verse soep, knapperig brood en de jongen achter de bar wist nog precies hoe ik mijn koffie drink."},
  (9, 9, 8.5, 9.5), "product_quality+ staff+")
r("nl", QR, YB_NL2, {"nps": 3, "terugkomen": False,
                     "opmerking": "Tafeltje plakte en onder de bank lagen kruimels van de vorige gasten. €14 voor een tosti met een bakje sla vind ik gortig."},
  (2.5, 3, 4, 1.5), "cleanliness- price-",
  note="Sticky table and crumbs (cleanliness); EUR 14 for a toastie called steep (price). Ease not mentioned.")
r("nl", QR, YB_NL2, {"nps": 8, "terugkomen": True, "opmerking": None}, (8, 8, 7.5, 8.5))
r("nl", E, YB_NL3, {"nps": 10, "installatie": 5, "contact": ["WhatsApp", "Monteur aan de deur"],
                    "toelichting": "Binnen één dag lagen er twaalf panelen op het dak en de monteurs hebben de tuin netter achtergelaten dan ze hem aantroffen. De omvormer geeft nu al meer stroom dan beloofd."},
  (9.5, 10, 9, 9.5), "staff+ cleanliness+ product_quality+",
  note="Fitters praised and left the garden tidier than they found it (staff, cleanliness); output above the promise "
       "(the installation itself).")
r("nl", E, YB_NL3, {"nps": 4, "installatie": 2, "contact": ["Telefoon", "E-mail"],
                    "toelichting": "Het aansluiten duurde zes weken langer dan afgesproken en elke keer als ik belde kreeg ik weer iemand anders die van niks wist."},
  (2.5, 3.5, 2, 3), "waiting_time- staff- communication-",
  note="Six weeks late (waiting_time), each call a different person who knew nothing (staff competence, being "
       "informed); repeated calls pull ease down.")
r("nl", E, YB_NL3, {"nps": 7, "installatie": 4, "contact": ["E-mail"],
                    "toelichting": "De panelen doen het goed, maar de eindfactuur was driehonderd euro hoger dan de offerte, zonder enige uitleg."},
  (5.5, 6.5, 5.5, 6), "product_quality+ billing- communication-", "mixed",
  note="Panels praised; an invoice 300 euros above the quote (billing) with no explanation (communication).")
r("nl", E, YB_NL3, {"nps": 1, "installatie": 1, "contact": ["Telefoon", "WhatsApp"],
                    "toelichting": "Fijn hoor, een lekkende dakgoot als gratis extraatje bij de panelen. Daar had ik nou altijd al van gedroomd."},
  (0.5, 0.5, 2.5, 1), "product_quality-", "sarcasm",
  "Sarcastic 'nice, a leaking gutter as a free extra': read as a complaint that the installation damaged the roof "
  "(the work itself). Score and comment agree.")
r("nl", E, YB_NL3, {"nps": 8, "installatie": 4, "contact": ["Telefoon"], "toelichting": "Alles volgens afspraak, bedankt!"},
  (8, 8, 7.5, 8), "", "short", "Generic thanks, naming no theme; labels follow the answers.")
r("nl", KIO, YB_NL4, {"bezoek": "De kinderen hebben wel een uur lang in de nagebouwde stuurhut gespeeld, wat een mooi museum!"},
  (9, 9, 8, 8.5), "product_quality+",
  note="Text only: the exhibits (the core service) praised; labels high throughout.")
r("nl", EMP, YB_NL5, {"enps": 8, "blijven": True,
                      "kwijt": "Hele fijne club collega's en we mogen elk jaar een cursus kiezen. Alleen zit mijn agenda vaak zo vol dat ik mijn verslagen 's avonds thuis afmaak."},
  (7, 8, 5, 8), "colleagues+ growth+ workload-", "mixed",
  note="Colleagues and a yearly course praised; writing reports at home in the evening is workload.")
r("nl", EMP, YB_NL5, {"enps": 2, "blijven": False,
                      "kwijt": "Al twee jaar geen loonsverhoging, terwijl er wel een derde vestiging bij is gekocht. Ik heb net gesolliciteerd bij het ziekenhuis."},
  (2, 2, 3.5, 0.5), "pay-",
  note="No raise for two years (pay); already applied elsewhere sets loyalty near zero. Ease not mentioned.")


# ----------------------------------------------------------------------------------------------------- German
YC_DE1 = survey("hausgeraete-krueger-service-de-y",
                q("nps", "nps", "Wie wahrscheinlich ist es, dass Sie den Kundendienst von Krüger Hausgeräte weiterempfehlen?"),
                q("reparatur", "csat", "Wie zufrieden sind Sie mit der durchgeführten Reparatur?", (1, 5)),
                q("aufwand", "ces_effort", "Wie viel Aufwand hatten Sie, bis Ihr Gerät repariert war?", (1, 5)),
                q("geraet", "single_choice", "Welches Gerät wurde repariert?",
                  options=["Waschmaschine", "Geschirrspüler", "Kühlschrank", "Backofen/Herd", "Trockner"]),
                q("anmerkung", "text", "Möchten Sie uns sonst noch etwas sagen?"))
YC_DE2 = survey("pannenhilfe-mobilschutz-sms-de-y",
                q("geholfen", "yes_no", "Konnte Ihnen unser Pannendienst direkt weiterhelfen? Antworten Sie mit JA oder NEIN.",
                  perspective="ease"),
                q("zentrale", "csat", "Wie bewerten Sie das Gespräch mit unserer Notrufzentrale (1-5)?", (1, 5)),
                q("sms", "text", "Möchten Sie noch etwas ergänzen? Antworten Sie einfach auf diese SMS."))
YC_DE3 = survey("boulderhalle-steinbock-terminal-de-y",
                q("besuch", "csat", "Wie war Ihr Besuch heute?", (1, 3), perspective="satisfaction"),
                q("warum", "text", "Warum? (freiwillig)"))
YC_DE4 = survey("frischemarkt-hansen-flash-de-y",
                q("eindruck", "text", "Ihr Eindruck vom heutigen Einkauf bei Frischemarkt Hansen in einem Satz?"))
YC_DE5 = survey("verkehrsbetriebe-puls-de-y",
                q("enps", "nps", "Wie wahrscheinlich ist es, dass Sie die Verkehrsbetriebe als Arbeitgeber weiterempfehlen?"),
                q("bereich", "single_choice", "In welchem Bereich arbeiten Sie?",
                  options=["Fahrdienst", "Werkstatt", "Leitstelle", "Verwaltung"]),
                q("bleiben", "yes_no", "Sehen Sie sich in zwei Jahren noch bei uns?", perspective="loyalty"),
                q("herz", "text", "Was liegt Ihnen auf dem Herzen?"))

r("de", E, YC_DE1, {"nps": 10, "reparatur": 5, "aufwand": 1, "geraet": "Geschirrspüler",
                    "anmerkung": "Der Techniker hat sofort gesehen, dass die Laugenpumpe hinüber war, hatte das passende Teil im Wagen und hat sich sogar die Schuhe ausgezogen, bevor er in die Küche kam. Spülmaschine läuft wie neu."},
  (9.5, 10, 9.5, 9.5), "staff+ product_quality+",
  note="Competent, considerate technician (staff) and a repair that works (product_quality).")
r("de", E, YC_DE1, {"nps": 1, "reparatur": 1, "aufwand": 5, "geraet": "Waschmaschine",
                    "anmerkung": "Drei Wochen ohne Waschmaschine mit zwei kleinen Kindern. Zuerst wurde mir gesagt, das Teil kommt in ein paar Tagen, dann war angeblich das falsche geliefert worden. Zurückgerufen hat mich kein einziges Mal jemand, hinterhertelefonieren durfte immer ich."},
  (1, 0.5, 0.5, 1), "waiting_time- communication-",
  note="Three weeks' wait for the repair; no callbacks, the customer had to chase (communication, and ease at the bottom).")
r("de", E, YC_DE1, {"nps": 6, "reparatur": 4, "aufwand": 3,
                    "anmerkung": "Der Kühlschrank kühlt wieder, insofern gut. Aber 89 Euro Anfahrt plus Arbeitszeit, da überlegt man ehrlich, ob man nicht gleich einen neuen kauft."},
  (6, 6, 5, 5.5), "product_quality+ price-", "mixed skipped",
  "Appliance question skipped. Repair works, but the cost makes the customer doubt repairing next time.")
r("de", E, YC_DE1, {"nps": 8, "reparatur": 4, "aufwand": 2, "geraet": "Trockner", "anmerkung": None},
  (7.5, 8, 7.5, 7.5))
r("de", E, YC_DE1, {"nps": 9, "reparatur": 5, "aufwand": 2, "geraet": "Backofen/Herd",
                    "anmerkung": "Danke, alles bestens!"},
  (9.5, 9, 8, 9), cases="short", note="A thank-you naming no theme; labels from the answers.")
r("de", SMS, YC_DE2, {"geholfen": True, "zentrale": 5,
                      "sms": "Der Pannenhelfer war nach 25 Min da, mitten auf der A7, und hat mir die Batterie gleich vor Ort getauscht. Die Dame am Telefon hat mich auch super beruhigt."},
  (9.5, 9, 9, 9), "waiting_time+ product_quality+ staff+",
  note="Quick arrival (waiting_time), battery swapped on the spot (the core service), reassuring call-centre agent (staff).")
r("de", SMS, YC_DE2, {"geholfen": False, "zentrale": 2,
                      "sms": "Abschleppwagen kam erst nach knapp drei Stunden und in der Zentrale konnte mir keiner sagen, wo der Fahrer gerade steckt."},
  (2, 2, 1.5, 2.5), "waiting_time- communication-")
r("de", SMS, YC_DE2, {"geholfen": False, "zentrale": 1,
                      "sms": "Ganz großes Kino. Die Zentrale schickt mich zu einer Vertragswerkstatt, die sonntags zu hat, und ich darf zwei Stunden an der Raststätte rumstehen. Danke auch."},
  (0.5, 0.5, 1, 1.5), "communication- waiting_time-", "sarcasm",
  "'Ganz großes Kino' and 'Danke auch' are sarcastic: being sent to a closed garage (wrong information) and two hours stuck waiting.")
r("de", KIO, YC_DE3, {"besuch": 3,
                      "warum": "Die neuen Boulder im Überhang sind der Hammer, und die Jungs am Tresen erklären einem wirklich alles, auch als Anfänger."},
  (9.5, 9, 8.5, 9), "product_quality+ staff+")
r("de", KIO, YC_DE3, {"besuch": 2, "warum": "Passt schon."}, (5.5, 5.5, 6, 5.5), cases="short",
  note="Lukewarm, no theme; labels near the middle CSAT.")
r("de", KIO, YC_DE3, {"besuch": 1,
                      "warum": "Die Leihschuhe rochen, als hätte die seit Wochen keiner desinfiziert, und die Matten sind grau vor Kreidestaub. Für 14 Euro Tageseintritt echt schwach."},
  (1, 1.5, 4.5, 2.5), "cleanliness- price-",
  note="Unclean rental shoes and mats (cleanliness), poor value for the entry fee (price); nothing about ease.")
r("de", FL, YC_DE4, {"eindruck": "Obst und Gemüse top frisch, aber an der Kasse stand man mal wieder ewig, weil nur zwei von sechs offen hatten."},
  (5.5, 5.5, 4.5, 6), "product_quality+ waiting_time-", "mixed")
r("de", EMP, YC_DE5, {"enps": 3, "bereich": "Fahrdienst", "bleiben": False,
                      "herz": "Geteilte Dienste von fünf bis acht Uhr abends, dazwischen vier Stunden Pause, die keiner bezahlt. Und den Dienstplan kriegen wir immer auf den allerletzten Drücker."},
  (2.5, 3, 3, 2), "workload- pay- management-",
  note="Split shifts (workload), unpaid break (pay), rota published late (management).")
r("de", EMP, YC_DE5, {"enps": 8, "bereich": "Werkstatt", "bleiben": True,
                      "herz": "In der Werkstatt halten wir zusammen, und ich darf jetzt den Lehrgang für Hochvoltfahrzeuge machen. Das Gehalt dürfte trotzdem ein bisschen mehr sein."},
  (7.5, 8, 7, 8.5), "colleagues+ growth+ pay-", "mixed")

# ----------------------------------------------------------------------------------------------------- Portuguese
YC_PT1 = survey("autocenter-pereira-pt-y",
                q("nps", "nps", "De 0 a 10, qual a chance de você indicar o Auto Center Pereira para um amigo?"),
                q("servico", "csat", "Como você avalia o serviço feito no seu carro?", (1, 5)),
                q("agendar", "ces", "Foi fácil agendar e deixar o carro na oficina.", (1, 7)),
                q("feito", "multi_choice", "Quais serviços foram feitos?",
                  options=["Revisão", "Troca de óleo", "Freios", "Suspensão", "Ar-condicionado"]),
                q("obs", "text", "Quer contar mais alguma coisa pra gente?"))
YC_PT2 = survey("ingressoja-widget-pt-y",
                q("facil", "ces", "Foi fácil comprar seu ingresso pelo nosso site.", (1, 7)),
                q("evento", "single_choice", "Para que tipo de evento era o ingresso?",
                  options=["Show", "Teatro", "Stand-up", "Festival"]),
                q("melhorar", "text", "O que a gente pode melhorar no site?"))
YC_PT3 = survey("brasa-e-pao-qr-pt-y",
                q("nota", "rating", "De 0 a 10, que nota você dá para o seu lanche hoje?", (0, 10),
                  perspective="satisfaction"),
                q("volta", "yes_no", "Você voltaria na Brasa & Pão?", perspective="loyalty"),
                q("recado", "text", "Deixe seu recado pra gente"))
YC_PT4 = survey("cine-estrela-flash-pt-y",
                q("frase", "text", "Numa frase: como foi a sua sessão no Cine Estrela hoje?"))
YC_PT5 = survey("colegio-horizonte-pulso-pt-y",
                q("enps", "nps", "De 0 a 10, você indicaria o Colégio Horizonte como lugar para trabalhar?"),
                q("ficar", "yes_no", "Você se vê trabalhando aqui no ano que vem?", perspective="loyalty"),
                q("diga", "text", "O que você gostaria que a direção soubesse?"))

r("pt", E, YC_PT1, {"nps": 10, "servico": 5, "agendar": 7, "feito": ["Revisão", "Troca de óleo"],
                    "obs": "Mandaram foto de cada peça trocada pelo WhatsApp e o mecânico me explicou tudo com calma, sem tentar empurrar serviço que eu não precisava. Vou voltar com certeza."},
  (9.5, 10, 10, 10), "communication+ staff+",
  note="Photos of every part sent (communication), honest, patient mechanic (staff); 'vou voltar' sets loyalty.")
r("pt", E, YC_PT1, {"nps": 0, "servico": 1, "agendar": 3, "feito": ["Freios"],
                    "obs": "Troquei as pastilhas e dois dias depois o freio voltou a chiar. Levei de volta e ainda quiseram me cobrar a mão de obra de novo."},
  (0.5, 0, 3, 0.5), "product_quality- billing-",
  note="Failed brake repair (product_quality) and a second labour charge for the redo (billing).")
r("pt", E, YC_PT1, {"nps": 7, "servico": 4, "agendar": 2, "feito": ["Ar-condicionado"],
                    "obs": "O ar ficou gelando, serviço bem feito. Agora, pra marcar foi uma novela: ninguém atende o telefone e vocês não têm agendamento pelo site."},
  (6.5, 7, 2, 7), "product_quality+ communication- website_app-", "mixed",
  "Good repair; booking hard (ease anchored on the CES 2): unanswered phone (communication), no online booking (website_app).")
r("pt", E, YC_PT1, {"nps": 5, "servico": 3, "agendar": 4, "feito": ["Suspensão"], "obs": None}, (5, 5, 5, 5))
r("pt", E, YC_PT1, {"nps": 3, "servico": 2, "agendar": 2, "feito": ["Revisão", "Suspensão"],
                    "obs": "Levei o carro pra revisão dos 40 mil com orçamento fechado de R$ 850. No meio do caminho resolveram trocar amortecedor, bieleta e mais um monte de coisa sem me ligar pra autorizar, e a conta final veio R$ 1.920. Quando reclamei, disseram que era necessário. Pode até ser, mas eu tinha que ter sido avisada antes. E o carro, que era pra ficar pronto na sexta, só saiu na terça seguinte, tive que andar de Uber a semana toda. A moça da recepção foi educada e tentou ajudar, mas não tinha autonomia pra nada."},
  (2, 3, 1.5, 2), "billing- communication- waiting_time- staff+", "long mixed",
  "Final bill more than double the quote for unauthorised work (billing), nobody called first (communication), car four days late (waiting_time); a polite receptionist (staff+) does not lift much.")
r("pt", WEB, YC_PT2, {"facil": 7, "evento": "Show", "melhorar": "Comprei em dois minutinhos pelo celular, bem tranquilo. Continuem assim."},
  (9, 8.5, 10, 8.5), "website_app+")
r("pt", WEB, YC_PT2, {"facil": 2, "evento": "Festival",
                      "melhorar": "A fila virtual ficou 50 minutos travada no 'aguarde' e quando chegou minha vez a taxa de conveniência era quase 20% do valor do ingresso. Absurdo."},
  (2, 2, 1.5, 3), "waiting_time- website_app- price-",
  note="Stuck virtual queue (waiting_time, website_app), steep convenience fee (price); the only seller for the event, so loyalty a little higher.")
r("pt", WEB, YC_PT2, {"facil": 5, "evento": "Teatro", "melhorar": "Poderia ser melhor."}, (5.5, 5, 6.5, 5),
  cases="short", note="Generic, no theme; labels near the CES.")
r("pt", QR, YC_PT3, {"nota": 9, "volta": True,
                     "recado": "Hambúrguer no ponto certinho e batata sequinha. O atendente ainda trocou meu refri sem eu pedir quando viu que tava sem gás."},
  (9, 9, 8.5, 9), "product_quality+ staff+")
r("pt", QR, YC_PT3, {"nota": 4, "volta": False,
                     "recado": "45 minutos pra sair um lanche com a casa vazia, e a mesa tava toda grudenta."},
  (3.5, 3, 3.5, 2), "waiting_time- cleanliness-")
r("pt", QR, YC_PT3, {"nota": 8, "volta": True, "recado": "Valeu, pessoal! 👍"}, (8, 8, 7.5, 8), cases="short",
  note="A thank-you naming no theme; labels from the answers.")
r("pt", FL, YC_PT4, {"frase": "Sala limpinha e som impecável, só o combo de pipoca que tá pela hora da morte."},
  (7, 7, 7, 6.5), "cleanliness+ product_quality+ price-", "mixed",
  "Clean room, excellent sound (the screening itself), overpriced popcorn ('pela hora da morte' = very expensive).")
r("pt", EMP, YC_PT5, {"enps": 2, "ficar": False,
                      "diga": "O salário atrasou dois meses seguidos esse ano e a coordenação joga mais turma pra cima da gente sem perguntar nada."},
  (1.5, 2, 2.5, 1.5), "pay- workload- management-",
  note="Late salary (pay), extra classes (workload) imposed by coordination without asking (management).")
r("pt", EMP, YC_PT5, {"enps": 9, "ficar": True,
                      "diga": "Os colegas da minha área são incríveis, a gente planeja tudo junto. E a escola bancou minha pós, coisa rara hoje em dia."},
  (9, 9, 8, 9), "colleagues+ growth+")


# ----------------------------------------------------------------------------------------------------- Greek
YD_EL1 = survey("ktiniatreio-argo-email-el-y",
                q("nps", "nps", "Πόσο πιθανό είναι να προτείνετε το Κτηνιατρείο Αργώ σε κάποιον που έχει κατοικίδιο;"),
                q("frontida", "csat", "Πόσο ικανοποιημένοι μείνατε από τη φροντίδα που έλαβε το ζωάκι σας;", (1, 5)),
                q("sxolio", "text", "Θέλετε να μοιραστείτε κάτι με την ομάδα μας;"))
YD_EL2 = survey("fotodotis-energeia-sms-el-y",
                q("lythike", "yes_no", "Λύθηκε το αίτημά σας με αυτή την επικοινωνία;", perspective="ease"),
                q("kopos", "ces_effort", "Πόσο κόπο σας χρειάστηκε; (1 = ελάχιστο, 5 = πολύ)", (1, 5)),
                q("sms", "text", "Απαντήστε με ένα μήνυμα αν θέλετε να προσθέσετε κάτι."))
YD_EL3 = survey("zaxaroplasteio-melirryto-qr-el-y",
                q("vathmos", "rating", "Από το 1 έως το 10, πώς σας φάνηκαν τα γλυκά μας σήμερα;", (1, 10),
                  perspective="satisfaction"),
                q("tropos", "single_choice", "Πώς πήρατε την παραγγελία σας;",
                  options=["Στο κατάστημα", "Σε πακέτο", "Με ντελίβερι"]),
                q("xana", "yes_no", "Θα ξαναρθείτε;", perspective="loyalty"),
                q("lexeis", "text", "Λίγα λόγια για την επίσκεψή σας;"))
YD_EL4 = survey("energeia-fitness-palmos-el-y",
                q("enps", "nps", "Πόσο πιθανό είναι να προτείνεις την Ενέργεια Fitness ως χώρο δουλειάς σε έναν φίλο;"),
                q("ores", "rating", "Το πρόγραμμα και οι ώρες μου μού αφήνουν χρόνο για προσωπική ζωή. (1-5)", (1, 5),
                  perspective="ease"),
                q("prota", "text", "Τι θα έπρεπε να ακούσει πρώτα η διοίκηση;"))
YD_EL5 = survey("flash-mouseio-thalassas-el-y",
                q("empeiria", "text", "Πώς σας φάνηκε η επίσκεψη στο Μουσείο Θάλασσας; Μία-δύο προτάσεις αρκούν."))

r("el", E, YD_EL1, {"nps": 10, "frontida": 5,
                    "sxolio": "Η γιατρός εξέτασε τη γατούλα μας με τόση υπομονή που ούτε κατάλαβε την ένεση. Την επόμενη μέρα μάς πήρε και τηλέφωνο να ρωτήσει πώς είναι."},
  (9.5, 10, 9, 9.5), "staff+ communication+",
  note="A patient vet and a follow-up call the next day (being kept informed). Ease not asked: high, nothing was hard.")
r("el", E, YD_EL1, {"nps": 1, "frontida": 2,
                    "sxolio": "Χρεώσατε 95 ευρώ για αιματολογικές εξετάσεις που κανείς δεν μας είπε ότι θα γίνουν. Ζήτησα αναλυτική απόδειξη με email και ακόμα περιμένω απάντηση."},
  (1.5, 1, 2.5, 1.5), "billing- communication-",
  note="Charged for unannounced blood tests, no reply to the email asking for an itemised receipt.")
r("el", E, YD_EL1, {"nps": 6, "frontida": 4,
                    "sxolio": "Ο σκύλος μας έγινε περδίκι και οι βοηθοί ήταν πολύ γλυκοί μαζί του, αλλά για να κλείσεις ραντεβού από την ιστοσελίδα θέλει πτυχίο."},
  (7, 6, 4, 6.5), "product_quality+ staff+ website_app-", "mixed",
  "The dog fully recovered ('έγινε περδίκι') and the assistants were kind; booking on the website is hard, so ease low.")
r("el", E, YD_EL1, {"nps": 8, "frontida": 4, "sxolio": None}, (7.5, 8, 7.5, 7.5))
r("el", E, YD_EL1, {"nps": 9, "frontida": 5, "sxolio": "Σας ευχαριστούμε για όλα, να είστε καλά!"}, (9, 9, 8.5, 9),
  cases="short", note="A thank-you naming no theme; labels from NPS 9 and CSAT 5.")

r("el", SMS, YD_EL2, {"lythike": True, "kopos": 1,
                      "sms": "Η υπάλληλος βρήκε αμέσως το λάθος στην ένδειξη του μετρητή και μέσα στη μέρα είχα διορθωμένο λογαριασμό."},
  (9, 8.5, 9.5, 8.5), "staff+ billing+",
  note="The agent spotted the meter-reading error at once and the bill was corrected the same day.")
r("el", SMS, YD_EL2, {"lythike": False, "kopos": 4,
                      "sms": "Τρίτη φορά στέλνω φωτογραφία του μετρητή και κάθε φορά μου ζητάτε να την ξαναστείλω. Ένα μήνα τώρα ο λογαριασμός βγαίνει με εκτίμηση."},
  (2.5, 2.5, 1.5, 3), "billing-",
  note="Bills estimated for a month; sending the meter photo three times is the effort, anchored on the no and effort 4.")
r("el", SMS, YD_EL2, {"lythike": True, "kopos": 2,
                      "sms": "Δεν περίμενα να λυθεί τόσο γρήγορα, ούτε δύο λεπτά δεν έμεινα στην αναμονή. Δεν έχω κανένα παράπονο."},
  (8.5, 8, 8.5, 8), "waiting_time+", "negation",
  "Praise through negations ('didn't expect', 'not even two minutes on hold', 'no complaint'): a short wait, positive.")

r("el", QR, YD_EL3, {"vathmos": 6, "tropos": "Σε πακέτο", "xana": True,
                     "lexeis": "Το γαλακτομπούρεκο καλό, αλλά 4,80 το κομμάτι είναι τσιμπημένο για ζαχαροπλαστείο της γειτονιάς."},
  (5.5, 5.5, 7, 6.5), "product_quality+ price-", "mixed",
  "Good pastry, but 4.80 a piece is steep ('τσιμπημένο'). Rating 6 of 10; a yes to returning, pulled down by the price.")
r("el", QR, YD_EL3, {"vathmos": 4, "tropos": "Με ντελίβερι", "xana": False,
                     "lexeis": "Η τούρτα ήρθε με μιάμιση ώρα καθυστέρηση και η σαντιγί είχε λιώσει μέσα στο κουτί. Όποτε παίρναμε τηλέφωνο, μας έλεγαν «μόλις ξεκίνησε ο διανομέας»."},
  (2.5, 2, 3, 1.5), "delivery- product_quality- communication-",
  note="Cake delivered 90 minutes late with melted cream; the same empty answer on every call is communication.")
r("el", QR, YD_EL3, {"vathmos": 7, "tropos": "Στο κατάστημα", "xana": True,
                     "lexeis": "Μέτρια πράγματα, τίποτα το ξεχωριστό."},
  (6, 5.5, 6.5, 6.5), cases="short", note="'So-so, nothing special': lukewarm, names no theme.")

r("el", EMP, YD_EL4, {"enps": 9, "ores": 4,
                      "prota": "Η εταιρεία μάς πλήρωσε το σεμινάριο πιστοποίησης για τα ομαδικά, και οι προπονητές είμαστε πολύ δεμένη ομάδα."},
  (8.5, 9, 7.5, 9), "growth+ colleagues+",
  note="The paid certification course is training (growth); the close-knit team of trainers is colleagues.")
r("el", EMP, YD_EL4, {"enps": 2, "ores": 1,
                      "prota": "Κλείνουμε στις 11 το βράδυ και ανοίγουμε στις 6 το πρωί με τον ίδιο άνθρωπο στη ρεσεψιόν. Ο νέος περιφερειακός δεν έχει πατήσει ποτέ στο γυμναστήριο και το μπόνους για τις εγγραφές κόπηκε χωρίς καμία εξήγηση."},
  (1.5, 2, 1, 1.5), "workload- management- pay-",
  note="Closing at 11 and opening at 6 with the same person is workload; an absent area manager is management; the "
       "cut sign-up bonus is pay.")

r("el", FL, YD_EL5, {"empeiria": "Τα εκθέματα εντυπωσιακά, αλλά μισή ώρα ουρά στον ήλιο για εισιτήριο, αφού δούλευε μόνο ένα γκισέ."},
  (6, 6, 4.5, 6), "product_quality+ waiting_time-", "mixed",
  "Impressive exhibits against half an hour queueing in the sun with one ticket desk open.")

# ----------------------------------------------------------------------------------------------------- Czech
YD_CS1 = survey("cajovna-listecek-web-cz-y",
                q("snadne", "ces", "Najít a objednat čaj na našem webu bylo snadné.", (1, 7)),
                q("koupeno", "multi_choice", "Co jste si tentokrát objednali?",
                  options=["Zelený čaj", "Černý čaj", "Bylinné směsi", "Konvičky a doplňky"]),
                q("zlepsit", "text", "Co bychom mohli udělat lépe?"))
YD_CS2 = survey("pradelna-bublina-kiosk-cz-y",
                q("dnes", "csat", "Jak jste dnes byli s praním spokojeni?", (1, 3), perspective="satisfaction"),
                q("proc", "text", "Chcete nám něco vzkázat? (nepovinné)"))
YD_CS3 = survey("stehovani-mravenec-email-cz-y",
                q("nps", "nps", "Jak pravděpodobné je, že Stěhování Mravenec doporučíte známým?"),
                q("usili", "ces_effort", "Kolik starostí vám stěhování s námi přidělalo? (1 = žádné, 5 = spoustu)",
                  (1, 5)),
                q("zprava", "text", "Jak stěhování proběhlo? Budeme rádi za každou zpětnou vazbu."))
YD_CS4 = survey("aquapark-vlna-puls-cz-y",
                q("enps", "nps", "Jak pravděpodobně byste Aquapark Vlna doporučili jako zaměstnavatele?"),
                q("zustanu", "yes_no", "Plánujete u nás pracovat i příští sezónu?", perspective="loyalty"),
                q("vedeni", "text", "Co byste chtěli vzkázat vedení?"))
YD_CS5 = survey("flash-hrad-kamenec-cz-y",
                q("dojem", "text", "Jak se vám líbila prohlídka hradu Kamenec? Napište pár slov."))

r("cs", WEB, YD_CS1, {"snadne": 7, "koupeno": ["Zelený čaj", "Bylinné směsi"],
                      "zlepsit": "Filtr podle chuti a původu je skvělý, za pár minut jsem měla vybráno. Balíček přišel hned druhý den a voněl už ve schránce."},
  (9, 9, 9.5, 9), "website_app+ delivery+",
  note="The shop's taste/origin filter is the website; next-day parcel is delivery.")
r("cs", WEB, YD_CS1, {"snadne": 2, "koupeno": ["Konvičky a doplňky"],
                      "zlepsit": "Košík se mi po každém přihlášení vyprázdnil, objednávku jsem skládala třikrát. A sleva za registraci se na konvičky vůbec nevztahuje."},
  (3, 3, 1.5, 4), "website_app- price-",
  note="Basket emptied at every login (website, effort); the sign-up discount not applying is the price.")
r("cs", WEB, YD_CS1, {"snadne": 6, "koupeno": ["Černý čaj"], "zlepsit": "Všechno v pořádku, díky."},
  (8, 7.5, 8.5, 7.5), cases="short", note="'All fine, thanks': no theme; labels from CES 6.")
r("cs", WEB, YD_CS1, {"snadne": 5, "koupeno": ["Černý čaj", "Konvičky a doplňky"],
                      "zlepsit": "Čaj výborný jako vždycky, jen jsem na potvrzení objednávky čekal dva dny a o odeslání mi nepřišla žádná zpráva."},
  (6.5, 6.5, 5.5, 7), "product_quality+ communication-", "mixed",
  "Excellent tea 'as always' (a regular: loyalty holds); no order confirmation for two days and no dispatch notice.")

r("cs", KIO, YD_CS2, {"dnes": 1,
                      "proc": "Sušička mi spolkla 60 korun a vůbec se neroztočila. Na číslo, které je na automatu, to nikdo nebere."},
  (0.5, 1, 1.5, 1.5), "product_quality- billing- communication-",
  note="The dryer took the money and never ran (the service itself, and a charge for nothing); nobody answers the "
       "number on the machine.")
r("cs", KIO, YD_CS2, {"dnes": 3, "proc": "Čisto, pračky volné a za hodinu jsem měl vypráno i usušeno."},
  (9.5, 9, 9.5, 9), "cleanliness+ waiting_time+",
  note="Clean, free machines (no waiting) and done within the hour.")
r("cs", KIO, YD_CS2, {"dnes": 2, "proc": None}, (5, 5, 5.5, 5))
r("cs", KIO, YD_CS2, {"dnes": 2, "proc": "Prášek z automatu skoro nepere a na podlaze se válely chuchvalce prachu."},
  (3.5, 3.5, 5, 4), "product_quality- cleanliness-",
  note="CSAT 2 (middle) pulled down by weak detergent and dust on the floor.")

r("cs", E, YD_CS3, {"nps": 4, "usili": 4,
                    "zprava": "Stěhovali jsme byt ze třetího patra bez výtahu do domku za Berounem. Chlapi byli silní, ochotní a nic nerozbili, i piano snesli bez jediného škrábnutí, to musím ocenit. Jenže místo v osm dorazili až v jedenáct, a že se zdrží, jsme se dozvěděli jen proto, že jsem sama volala na dispečink. Kvůli tomu jsme končili za tmy. Na faktuře se pak objevily tři hodiny práce navíc a příplatek za „ztížené podmínky“, přestože o schodech věděli od začátku."},
  (4, 4, 2.5, 4), "staff+ waiting_time- communication- billing-", "mixed long",
  "Long: careful, helpful movers against a three-hour late arrival nobody announced (she had to call dispatch), and "
  "extra hours plus a surcharge on the invoice for stairs they knew about. Ease from effort 4; loyalty near the NPS.")
r("cs", E, YD_CS3, {"nps": 10, "usili": 1,
                    "zprava": "Všechno zabalili, převezli a smontovali skříně, já jen ukazovala, kam co patří. Cena přesně podle nabídky."},
  (10, 10, 10, 9), "product_quality+ price+",
  note="The whole move done for her is the service itself; the price matched the quote.")
r("cs", E, YD_CS3, {"nps": 7, "usili": 2, "zprava": "Proběhlo to tak nějak normálně, bez větších zádrhelů."},
  (7, 7, 7.5, 6.5), note="'Went normally, no major hitches': generic, names no theme.")

r("cs", EMP, YD_CS4, {"enps": 3, "zustanu": False,
                      "vedeni": "O víkendu jsou na brouzdaliště a tobogány jen dva plavčíci místo čtyř. Hodinovka 140 Kč za takovou zodpovědnost je výsměch."},
  (2, 3, 2.5, 1.5), "workload- pay-",
  note="Two lifeguards instead of four is staffing (workload); 140 CZK an hour is pay. Not returning next season.")
r("cs", EMP, YD_CS4, {"enps": 8, "zustanu": True,
                      "vedeni": "Vedoucí směny nám vždycky vyjde vstříc, když potřebujeme prohodit služby, a kolektiv je fajn."},
  (8, 8, 7.5, 8.5), "management+ colleagues+",
  note="A shift lead who accommodates swaps is management (rota); a good crew is colleagues.")

r("cs", FL, YD_CS5, {"dojem": "Průvodkyně vyprávěla poutavě a s humorem, děti poslouchaly s otevřenou pusou. Jen to vstupné 320 Kč na dospělého je dost."},
  (7.5, 7.5, 7, 7), "staff+ price-", "mixed",
  "An engaging guide against a steep adult ticket.")


# ----------------------------------------------------------------------------------------------------- Persian
YE_FA1 = survey("mobl-narvan-fa-y",
                q("nps", "nps", "چقدر احتمال دارد فروشگاه مبل نارون را به دوستان و آشنایان پیشنهاد کنید؟"),
                q("keyfiyat", "csat", "از کیفیت مبلی که خریدید چقدر راضی هستید؟", (1, 5)),
                q("ersal", "single_choice", "سفارشتان چطور به دستتان رسید؟",
                  options=["با کامیون فروشگاه", "باربری", "تحویل حضوری از انبار"]),
                q("tozih", "text", "اگر توضیحی دارید بنویسید."))
YE_FA2 = survey("belityar-poshtibani-fa-y",
                q("hal", "yes_no", "آیا درخواستتان همان بار اول انجام شد؟", perspective="ease"),
                q("asani", "ces", "ارتباط با پشتیبانی برایم آسان بود.", (1, 7)),
                q("matn", "text", "اگر نکته دیگری دارید بنویسید."))
YE_FA3 = survey("kafe-darchin-fa-y",
                q("razi", "csat", "امروز از کافه دارچین راضی بودید؟", (1, 3), perspective="satisfaction"),
                q("chera", "text", "چرا؟ (اختیاری)"))
YE_FA4 = survey("bimarestan-mehregan-karkonan-fa-y",
                q("enps", "nps", "چقدر احتمال دارد بیمارستان مهرگان را به عنوان محل کار به دیگران پیشنهاد کنید؟"),
                q("mimanid", "yes_no", "آیا یک سال دیگر هم در بیمارستان کار می~کنید؟", perspective="loyalty"),
                q("harf", "text", "مهم~ترین چیزی که باید عوض شود چیست؟"))
YE_FA5 = survey("hotel-abshar-flash-fa-y",
                q("jomle", "text", "اقامتتان در هتل آبشار را در یک جمله توصیف کنید."))

r("fa", E, YE_FA1, {"nps": 9, "keyfiyat": 5, "ersal": "با کامیون فروشگاه",
                    "tozih": "پارچه مبل دقیقاً همان رنگی است که در عکس دیدیم و دوخت~هایش تمیز است. درست همان روزی هم که قول داده بودند رسید."},
  (9.5, 9, 8.5, 9), "product_quality+ delivery+")
r("fa", E, YE_FA1, {"nps": 2, "keyfiyat": 2, "ersal": "باربری",
                    "tozih": "یکی از پایه~های میز ناهارخوری شکسته رسید و حالا دو هفته گذشته و هنوز کسی برای تعویضش هماهنگ نکرده. هر بار زنگ می~زنم می~گویند پیگیری می~کنیم."},
  (1.5, 2, 2, 2), "delivery- communication-",
  note="Leg broken in transit (delivery) and no one arranging the replacement (communication); the repeated calls set "
       "ease low.")
r("fa", E, YE_FA1, {"nps": 6, "keyfiyat": 4,
                    "tozih": "مبل خوبی است ولی با این قیمت انتظار داشتم کوسن~ها را هم رایگان بدهید."},
  (6, 6, 6.5, 6), "product_quality+ price-", "mixed skipped")

r("fa", SMS, YE_FA2, {"hal": True, "asani": 6,
                      "matn": "استرداد بلیت قطارم را خیلی سریع انجام دادند و پولش همان شب به کارتم برگشت."},
  (9, 9, 9, 9), "waiting_time+ billing+")
r("fa", SMS, YE_FA2, {"hal": False, "asani": 1,
                      "matn": "پرواز کنسل شد و هیچ پیامکی به ما ندادند، در فرودگاه فهمیدیم. چهل دقیقه روی خط منتظر بودم که یک نفر جواب بدهد."},
  (1, 0.5, 0.5, 1.5), "communication- waiting_time-")
r("fa", WEB, YE_FA2, {"hal": True, "asani": 7, "matn": "ممنون، همه چیز خوب بود."}, (8.5, 8.5, 9.5, 8.5), "", "short",
  "A thank-you naming no theme; labels follow the answers.")
r("fa", WEB, YE_FA2, {"hal": True, "asani": 4,
                      "matn": "خرید بلیت توی سایت راحت است ولی کارمزدی که برای تغییر تاریخ می~گیرید زیادی است."},
  (6, 6, 6, 6.5), "website_app+ price-", "mixed",
  "Resolved (yes) but CES 4: ease between them; the fee complaint is about its size, hence price.")

r("fa", KIO, YE_FA3, {"razi": 3, "chera": None}, (8.5, 8, 8, 8))
r("fa", KIO, YE_FA3, {"razi": 3, "chera": "نه صف داشت نه معطل شدیم، قهوه هم اصلاً تلخ و سوخته نبود."},
  (9, 8.5, 9, 8.5), "waiting_time+ product_quality+", "negation",
  "'No queue, no waiting', coffee 'not at all bitter or burnt': negated complaints, i.e. praise.")
r("fa", QR, YE_FA3, {"razi": 2, "chera": "معمولی بود."}, (5, 5, 6, 5), "", "short",
  "'It was ordinary': lukewarm, no theme; labels at the CSAT's middle.")
r("fa", QR, YE_FA3, {"razi": 1,
                     "chera": "کیک~ها مانده بود و میزها چسبناک و کثیف. برای یک فنجان قهوه هم صد و بیست هزار تومان؟"},
  (0.5, 1, 4, 1), "product_quality- cleanliness- price-",
  note="Stale cakes, sticky tables, an overpriced coffee; nothing about effort, so ease only a little below the middle.")

r("fa", EMP, YE_FA4, {"enps": 3, "mimanid": False,
                      "harf": "بخش اورژانس با نصف نیرو کار می~کند و شیفت~ها را پشت سر هم می~دهند. اضافه~کاری~ها هم شش ماه عقب افتاده."},
  (2.5, 3, 2, 1.5), "workload- pay-")
r("fa", EMP, YE_FA4, {"enps": 9, "mimanid": True,
                      "harf": "سرپرستار بخش واقعاً هوای ما را دارد، هر وقت مشکلی داشتیم پشتمان ایستاده."},
  (8.5, 9, 7.5, 9), "management+")

r("fa", FL, YE_FA5, {"jomle": "اتاق~ها تمیز بود ولی صبحانه خیلی ساده و هر روز تکراری بود."}, (6, 6, 6.5, 6),
  "cleanliness+ product_quality-", "mixed")

# ----------------------------------------------------------------------------------------------------- Ukrainian
YE_UK1 = survey("horobchyk-dytiachyi-odiah-uk-y",
                q("nps", "nps", "Наскільки ймовірно, що ви порадите магазин «Горобчик» іншим батькам?"),
                q("yakist", "csat", "Як ви оцінюєте якість отриманих речей?", (1, 5)),
                q("rozmir", "single_choice", "Чи підійшов розмір?",
                  options=["Так, ідеально", "Трохи завеликий", "Замалий"]),
                q("vidhuk", "text", "Що хочете розповісти нам про замовлення?"))
YE_UK2 = survey("zalizna-forma-pidtrymka-uk-y",
                q("vyrisheno", "yes_no", "Ваше питання вирішили з першого звернення?", perspective="ease"),
                q("lehko", "ces", "Звернутися до нас було легко.", (1, 7)),
                q("dodaty", "text", "Що хочете додати?"))
YE_UK3 = survey("supermarket-komora-uk-y",
                q("vizyt", "csat", "Як вам сьогоднішні покупки в «Коморі»?", (1, 5)),
                q("chomu", "text", "Чому саме така оцінка?"))
YE_UK4 = survey("smerekova-khata-personal-uk-y",
                q("enps", "nps", "Наскільки ймовірно, що ви порадите готель «Смерекова хата» як місце роботи?"),
                q("zalyshus", "yes_no", "Чи плануєте ви працювати в нас і наступного сезону?", perspective="loyalty"),
                q("zminyty", "text", "Що нам варто змінити?"))
YE_UK5 = survey("barvinok-salon-flash-uk-y",
                q("vizyt", "text", "Опишіть одним реченням ваш візит до салону «Барвінок»."))

r("uk", E, YE_UK1, {"nps": 10, "yakist": 5, "rozmir": "Так, ідеально",
                    "vidhuk": "Комбінезон для доньки просто чудовий: теплий, шви рівні, після прання не скатався. І у відділенні був уже наступного дня після замовлення."},
  (9.5, 10, 9, 9.5), "product_quality+ delivery+")
r("uk", E, YE_UK1, {"nps": 3, "yakist": 2, "rozmir": "Замалий",
                    "vidhuk": "Штани на 110 см ледве налізли на сина, який носить 104, а після першого прання тканина сіла ще більше. Гроші за повернення чекаю вже другий тиждень."},
  (2, 3, 3, 2.5), "product_quality- billing-",
  note="Poor fit and shrinking fabric (the goods), a refund still pending after two weeks (billing), which also "
       "lowers ease.")
r("uk", E, YE_UK1, {"nps": 7, "yakist": 4, "vidhuk": "Речі гарні, але ціни кусаються, тож чекатиму на розпродаж."},
  (6.5, 7, 7, 6.5), "product_quality+ price-", "mixed skipped",
  "Likes the clothes, finds them dear; 'will wait for the sale' still means coming back.")

r("uk", SMS, YE_UK2, {"vyrisheno": True, "lehko": 7,
                      "dodaty": "Заморозили абонемент за дві хвилини, поки я стояла на зупинці. Супер!"},
  (9.5, 9, 10, 9), "waiting_time+")
r("uk", SMS, YE_UK2, {"vyrisheno": False, "lehko": 2,
                      "dodaty": "Втретє пишу з одного й того самого приводу. У березні зал на Сихові два тижні стояв зачинений через ремонт душових, а з картки мені все одно списали повну вартість абонемента. На рецепції порадили звернутися сюди, але тут мені щоразу надсилають однаковий шаблон «ваше звернення передано відповідальному відділу» — і тиша. Ні перерахунку, ні продовження абонемента на ці два тижні. Якщо до кінця місяця нічого не зміниться, вимкну автоплатіж і перейду в інший клуб."},
  (1.5, 1.5, 1, 1.5), "billing- communication-", "long",
  "Charged in full for two weeks the gym was shut; the same template reply three times. Not resolved, CES 2, and the "
  "threat to switch clubs sets loyalty low.")
r("uk", WEB, YE_UK2, {"vyrisheno": True, "lehko": 5, "dodaty": "нормально"}, (6.5, 6, 7, 6), "", "short",
  "One lukewarm word, no theme; ease between the 'yes' and CES 5.")
r("uk", WEB, YE_UK2, {"vyrisheno": True, "lehko": 3,
                      "dodaty": "Записатися на групові заняття через застосунок — справжній квест: розклад не оновлюється, вільні місця зникають просто в тебе на очах. А тренерка з йоги, до речі, чудова."},
  (5.5, 5.5, 4, 6.5), "website_app- staff+", "mixed",
  "Resolved, but CES 3 and the app 'a real quest': ease below the middle; the yoga coach is praised.")

r("uk", KIO, YE_UK3, {"vizyt": 4, "chomu": None}, (7.5, 7, 7, 7))
r("uk", KIO, YE_UK3, {"vizyt": 1,
                      "chomu": "Працювала одна каса на весь магазин, люди стояли аж до хлібного відділу. Ще й прострочений кефір на полиці!"},
  (0.5, 1, 2, 2), "waiting_time- product_quality-")
r("uk", QR, YE_UK3, {"vizyt": 5, "chomu": "Дякую!"}, (9.5, 9, 9, 9), "", "short",
  "A thank-you naming no theme; labels follow the CSAT 5.")
r("uk", QR, YE_UK3, {"vizyt": 3,
                     "chomu": "Овочі свіжі, а от у залі брудно, під ногами розчавлений виноград. Касирка щось буркнула і навіть не глянула на мене."},
  (4.5, 4, 5.5, 5), "product_quality+ cleanliness- staff-", "mixed")

r("uk", EMP, YE_UK4, {"enps": 8, "zalyshus": True,
                      "zminyty": "З дівчатами на рецепції працюється легко, завжди підстрахують. Тільки в розпал сезону нас троє на сорок номерів, спина відвалюється."},
  (7, 8, 4.5, 8), "colleagues+ workload-", "mixed")
r("uk", EMP, YE_UK4, {"enps": 2, "zalyshus": False,
                      "zminyty": "Адміністратор змінює графік у вайбері об одинадцятій вечора і ще ображається, коли хтось не може вийти."},
  (2, 2, 3, 1.5), "management-")

r("uk", FL, YE_UK5, {"vizyt": "Майстриня зробила саме те, що я хотіла, але записали мене на 12:00, а в крісло я сіла тільки о пів на першу."},
  (6.5, 6.5, 5.5, 7), "staff+ waiting_time-", "mixed")


# ----------------------------------------------------------------------------------------------------- French
YF_FR1 = survey("literie-nuage-fr-y",
                q("nps", "nps", "Quelle est la probabilité que vous recommandiez Literie Nuage à un proche ?"),
                q("matelas", "csat", "Êtes-vous satisfait de votre achat après les premières nuits ?", (1, 5)),
                q("simple", "ces", "Commander et me faire livrer a été simple.", (1, 7)),
                q("remarque", "text", "Un commentaire sur votre achat ?"))
YF_FR2 = survey("orbeo-mobile-assistance-fr-y",
                q("regle", "yes_no", "Votre problème a-t-il été réglé lors de ce contact ?", perspective="ease"),
                q("conseiller", "csat", "Notez votre conseiller de 1 à 5.", (1, 5)),
                q("ajout", "text", "Autre chose à nous dire ?"))
YF_FR3 = survey("gaufres-mathilde-fr-y",
                q("pause", "csat", "Votre pause gourmande chez Gaufres Mathilde ?", (1, 3), perspective="satisfaction"),
                q("mot", "text", "Un mot ? (facultatif)"))
YF_FR4 = survey("laverie-bulle-flash-fr-y",
                q("phrase", "text", "Votre passage à la laverie Bulle & Co en une phrase ?"))
YF_FR5 = survey("entraide-services-pulse-fr-y",
                q("enps", "nps", "Recommanderiez-vous Entraide Services comme employeur à un ami ?"),
                q("metier", "single_choice", "Quel est votre métier ?",
                  options=["Aide familiale", "Aide ménagère", "Administratif"]),
                q("direction", "text", "Qu'aimeriez-vous dire à la direction ?"))

r("fr", E, YF_FR1, {"nps": 10, "matelas": 5, "simple": 7,
                    "remarque": "Livré le jour annoncé dans le créneau de deux heures, et le matelas est ferme juste comme il faut. Mon mal de dos a nettement diminué."},
  (9.5, 10, 9.5, 9.5), "delivery+ product_quality+")
r("fr", E, YF_FR1, {"nps": 4, "matelas": 3, "simple": 3,
                    "remarque": "Le matelas lui-même, ça va. Mais on m'a débité la housse que j'avais retirée du panier, et pour me la faire rembourser il a fallu envoyer trois mails."},
  (4, 4, 3, 4), "product_quality+ billing-", "mixed",
  "The mattress is 'ok' (product, mildly positive); charged for a cover removed from the basket and three emails "
  "to get the refund (billing); the effort sets ease a little below the CES anchor.")
r("fr", E, YF_FR1, {"nps": 7, "matelas": 4, "simple": 5,
                    "remarque": "J'ai longtemps hésité entre le modèle en mousse et celui à ressorts, et la dame qui m'a répondu au téléphone m'a d'abord longuement interrogée sur ma façon de dormir avant de me conseiller. Ça, c'était vraiment bien. La livraison, en revanche, a été repoussée deux fois, chaque fois la veille au soir, et j'avais posé un jour de congé pour rien. Le matelas est confortable, même s'il a gardé une odeur de neuf pendant presque une semaine. Je repasserai sans doute chez vous pour le sommier, en espérant que la logistique aura progressé d'ici là."},
  (6.5, 7, 5, 7), "staff+ delivery- product_quality+", "long mixed",
  "Long: the phone advice is staff+, the delivery postponed twice (a day off wasted) is delivery- and lowers ease "
  "below the CES anchor; the mattress is comfortable despite the smell; 'je repasserai sans doute' keeps loyalty at 7.")

r("fr", SMS, YF_FR2, {"regle": True, "conseiller": 5, "ajout": "Merci beaucoup, bonne soirée !"},
  (9, 8.5, 8.5, 8.5), cases="short", note="A thank-you naming no theme; labels from the yes and the CSAT of 5.")
r("fr", SMS, YF_FR2, {"regle": False, "conseiller": 2,
                      "ajout": "Toujours zéro réseau avec la nouvelle SIM. Le conseiller m'a renvoyé vers la boutique, qui m'a renvoyé vers vous. On tourne en rond."},
  (1.5, 1.5, 1, 2.5), "product_quality- staff-",
  note="No signal with the new SIM is the core service; being sent back and forth by the agent is staff competence.")
r("fr", WEB, YF_FR2, {"regle": True, "conseiller": 4,
                      "ajout": "Réponse dans le chat en deux minutes et forfait modifié dans la foulée. Par contre l'espace client affiche encore l'ancien tarif."},
  (7.5, 7.5, 8, 7.5), "waiting_time+ website_app-", "mixed",
  "Answered within two minutes (waiting time); the customer area still showing the old plan is the website.")
r("fr", WEB, YF_FR2, {"regle": False, "conseiller": 3,
                      "ajout": "La conseillère était aimable, mais j'attends toujours qu'on m'explique pourquoi ma facture de mars a pris 18 € de plus que d'habitude."},
  (4, 4, 2.5, 4.5), "staff+ billing- communication-", "mixed",
  "Kind agent (staff+), an unexplained 18 EUR increase on the bill (billing, and the missing explanation).")

r("fr", KIO, YF_FR3, {"pause": 3, "mot": "Gaufre de Liège encore tiède, le sucre perlé qui croque, parfait avec le café."},
  (9.5, 9, 9, 9), "product_quality+")
r("fr", KIO, YF_FR3, {"pause": 2, "mot": None}, (5, 5, 6, 5.5))
r("fr", QR, YF_FR3, {"pause": 1,
                     "mot": "Tables collantes, poubelle qui déborde, et un quart d'heure d'attente pour deux gaufres alors que la salle était vide."},
  (1, 1.5, 3, 2), "cleanliness- waiting_time-")
r("fr", QR, YF_FR3, {"pause": 2, "mot": "Ça va, sans plus."}, (5, 5, 5.5, 5), cases="short",
  note="Lukewarm and generic, no theme; labels on the middle answer.")

r("fr", FL, YF_FR4, {"phrase": "Machines propres et l'appli pour payer marche bien, mais 7 € le séchage, ça pique."},
  (6.5, 6, 8, 6), "cleanliness+ website_app+ price-", "mixed",
  "Clean machines, the payment app works (ease high), the drying price stings.")

r("fr", EMP, YF_FR5, {"enps": 3, "metier": "Aide familiale",
                      "direction": "Huit bénéficiaires par jour avec les trajets entre chaque, et les kilomètres nous sont remboursés une misère."},
  (2.5, 3, 2.5, 3), "workload- pay-",
  note="Eight clients a day plus travel is workload; the meagre mileage allowance is part of pay.")
r("fr", EMP, YF_FR5, {"enps": 9, "metier": "Administratif",
                      "direction": "Ma responsable m'a inscrite à la formation en comptabilité que je demandais depuis l'an dernier, et l'équipe du bureau est top."},
  (9, 9, 8, 9), "management+ growth+ colleagues+")

# ----------------------------------------------------------------------------------------------------- Russian
YF_RU1 = survey("knizhny-lis-ru-y",
                q("nps", "nps", "Насколько вероятно, что вы порекомендуете книжный интернет-магазин «Лис» знакомым?"),
                q("knigi", "csat", "Насколько вы довольны полученным заказом?", (1, 5)),
                q("usilie", "ces_effort", "Сколько усилий потребовалось, чтобы оформить и получить заказ?", (1, 5)),
                q("chto", "multi_choice", "Что было в вашем заказе?",
                  options=["Художественная литература", "Детские книги", "Учебники", "Канцтовары"]),
                q("kommentariy", "text", "Расскажите о своём заказе, если хотите."))
YF_RU2 = survey("gorod-drayv-podderzhka-ru-y",
                q("reshili", "yes_no", "Ваш вопрос решили с первого раза?", perspective="ease"),
                q("operator", "csat", "Оцените оператора поддержки от 1 до 5.", (1, 5)),
                q("dobavit", "text", "Можете добавить пару слов."))
YF_RU3 = survey("pelmennaya-lepim-ru-y",
                q("segodnya", "csat", "Как вам сегодня у нас в «Лепим»?", (1, 5)),
                q("pochemu", "text", "Почему такая оценка? (можно пропустить)"))
YF_RU4 = survey("khimchistka-akkuratno-flash-ru-y",
                q("slova", "text", "Как прошёл ваш визит в химчистку «Аккуратно»? Пара слов."))
YF_RU5 = survey("sosedi-magaziny-puls-ru-y",
                q("enps", "nps", "Насколько вероятно, что вы порекомендуете сеть «Соседи» как работодателя?"),
                q("dolzhnost", "single_choice", "Ваша должность?", options=["Кассир", "Продавец-консультант", "Кладовщик"]),
                q("izmenit", "text", "Что бы вы хотели изменить?"))

r("ru", E, YF_RU1, {"nps": 10, "knigi": 5, "usilie": 1, "chto": ["Детские книги"],
                    "kommentariy": "Сказки для внучки пришли в постамат уже на следующий день, каждая книжка обёрнута в плёнку, все уголки целые."},
  (9.5, 10, 9.5, 9.5), "delivery+ product_quality+")
r("ru", E, YF_RU1, {"nps": 3, "knigi": 2, "usilie": 4, "chto": ["Учебники"],
                    "kommentariy": "Вместо учебника за седьмой класс прислали за шестой. Оформил обмен, а в ответ письмо: доплатите ещё 250 рублей за пересылку."},
  (2, 2.5, 2.5, 3), "product_quality- billing-",
  note="The wrong textbook is the goods; being asked to pay 250 roubles for the exchange shipping is a charge (billing).")
r("ru", E, YF_RU1, {"nps": 7, "knigi": 4, "usilie": 2, "chto": ["Художественная литература", "Канцтовары"],
                    "kommentariy": "Выбор огромный, и цены ниже, чем в магазинах нашего города. Только трек-номер прислали через четыре дня после оплаты, я уж думала, заказ потерялся."},
  (7, 7, 7.5, 7.5), "product_quality+ price+ communication-", "mixed",
  "Wide choice (the goods) and lower prices; the tracking number sent four days late is communication.")

r("ru", SMS, YF_RU2, {"reshili": False, "operator": 1,
                      "dobavit": "Просто чудо: машина не заводится, а оператор уверяет, что это я кнопку неправильно нажимаю. Ещё и минуты ожидания насчитали. Браво, так держать."},
  (0.5, 0.5, 1, 1.5), "product_quality- staff- billing-", "sarcasm",
  "Sarcastic ('a miracle', 'bravo'): the car would not start (core service), the operator blamed the customer "
  "(staff), and waiting minutes were charged (billing). Score and comment agree.")
r("ru", SMS, YF_RU2, {"reshili": True, "operator": 5, "dobavit": "Спасибо!"}, (9, 8.5, 8.5, 8.5), cases="short",
  note="A thank-you naming no theme; labels from the yes and the CSAT of 5.")
r("ru", WEB, YF_RU2, {"reshili": True, "operator": 4,
                      "dobavit": "В чате ответили за пару минут, штраф за парковку сняли без лишних вопросов."},
  (8, 8, 8.5, 8), "waiting_time+ billing+",
  note="Quick chat answer (waiting time); the parking fine taken off the account is a charge reversed (billing+).")
r("ru", WEB, YF_RU2, {"reshili": False, "operator": 3,
                      "dobavit": "Приложение третий день подряд показывает пустую карту вокруг меня, пишу вам уже второй раз."},
  (3, 3, 2, 4), "website_app-", note="The app shows no cars for three days; writing a second time sets ease low.")

r("ru", KIO, YF_RU3, {"segodnya": 5, "pochemu": "Пельмени как у бабушки, бульон наваристый."},
  (9.5, 9.5, 9, 9.5), "product_quality+")
r("ru", KIO, YF_RU3, {"segodnya": 3, "pochemu": None}, (5, 5, 5.5, 5))
r("ru", QR, YF_RU3, {"segodnya": 2,
                     "pochemu": "Официантка нагрубила, когда попросили поменять вилку, а в счёт вписали чужой морс."},
  (2, 2, 3.5, 2.5), "staff- billing-")
r("ru", QR, YF_RU3, {"segodnya": 4, "pochemu": "Всё хорошо, спасибо."}, (7.5, 7, 7.5, 7), cases="short",
  note="Generic 'all good, thanks', no theme; labels on the CSAT of 4.")

r("ru", FL, YF_RU4, {"slova": "Пятно от вина с пальто вывели полностью, но ждать пришлось почти две недели вместо обещанных пяти дней."},
  (6.5, 6.5, 5, 6.5), "product_quality+ waiting_time-", "mixed",
  "The stain fully removed is the service itself; two weeks instead of five days is waiting time.")

r("ru", EMP, YF_RU5, {"enps": 2, "dolzhnost": "Кассир",
                      "izmenit": "Касс шесть, а работают две, потому что людей не набирают. Квартальную премию опять урезали, и никто даже не объяснил почему."},
  (2, 2, 2.5, 2.5), "workload- pay- management-",
  note="Understaffed tills (workload), the quarterly bonus cut (pay), and no explanation from above (management).")
r("ru", EMP, YF_RU5, {"enps": 8, "dolzhnost": "Продавец-консультант",
                      "izmenit": "Коллеги отличные, всегда подменят. Хотелось бы понять, как дорасти до старшего продавца, пока это тайна."},
  (7.5, 8, 7, 8), "colleagues+ growth-", "mixed")


# ----------------------------------------------------------------------------------------------------- Spanish
YG_ES1 = survey("agua-manantial-claro-es-y",
                q("nps", "nps", "¿Qué tan probable es que recomiendes Agua Manantial Claro a tus vecinos o conocidos?"),
                q("entrega", "csat", "¿Qué tan satisfecho estás con la entrega de tus garrafones?", (1, 5)),
                q("pedido", "single_choice", "¿Cómo haces normalmente tu pedido?",
                  options=["WhatsApp", "Llamada", "App", "Con el repartidor en la calle"]),
                q("comentario", "text", "¿Hay algo que quieras decirnos?"))
YG_ES2 = survey("celufix-reparaciones-es-y",
                q("resuelto", "yes_no", "¿Quedó resuelto el problema de tu equipo?", perspective="ease"),
                q("atencion", "csat", "Del 1 al 5, ¿cómo calificas la atención que recibiste?", (1, 5)),
                q("msj", "text", "¿Algo más que nos quieras decir?"))
YG_ES3 = survey("pozoleria-la-guera-es-y",
                q("visita", "csat", "¿Cómo te fue hoy en la Pozolería La Güera?", (1, 3), perspective="satisfaction"),
                q("porque", "text", "Cuéntanos por qué (opcional)"))
YG_ES4 = survey("zapaterias-paso-firme-flash-es-y",
                q("frase", "text", "En una frase, ¿cómo fue tu compra en Zapaterías Paso Firme?"))
YG_ES5 = survey("constructora-cimiento-bajio-pulso-es-y",
                q("enps", "nps", "¿Qué tan probable es que recomiendes Constructora Cimiento del Bajío como lugar "
                                 "para trabajar?"),
                q("apoyo", "multi_choice", "¿Qué te ayudaría más en tu trabajo? (puedes elegir varias)",
                  options=["Mejor equipo de seguridad", "Capacitación", "Horarios fijos", "Transporte a la obra"]),
                q("comentario", "text", "¿Qué quieres que sepa la dirección?"))

r("es", E, YG_ES1, {"nps": 10, "entrega": 5, "pedido": "WhatsApp",
                    "comentario": "Don Beto sube los garrafones hasta el cuarto piso sin que se lo pida, y si no estoy "
                                  "se los deja a la vecina. Un servicio de diez."},
  (9.5, 10, 9, 9.5), "staff+ delivery+",
  note="Answers and comment agree; ease not asked, set high (order by WhatsApp, water left with the neighbour).")
r("es", E, YG_ES1, {"nps": 3, "entrega": 2, "pedido": "Llamada",
                    "comentario": "Me volvieron a cobrar el depósito del garrafón aunque entregué el vacío, y cuando "
                                  "pregunté nadie me supo explicar por qué."},
  (2.5, 3, 3, 3), "billing- communication-")
r("es", E, YG_ES1, {"nps": 8, "entrega": 4, "pedido": "App", "comentario": None}, (7.5, 8, 7.5, 7.5))
r("es", E, YG_ES1, {"nps": 5, "entrega": 3, "pedido": "WhatsApp",
                    "comentario": "Llevo como tres años con ustedes y el agua siempre ha sabido bien, eso no lo discuto. "
                                  "El problema empezó cuando cambiaron la ruta: antes pasaban los martes temprano y ahora "
                                  "pueden caer el miércoles, el jueves o de plano no llegar, y uno se queda sin agua para "
                                  "cocinar. Mando mensaje y me contestan dos días después con un 'ya va para allá' que no "
                                  "es cierto. Y el repartidor nuevo deja los garrafones en la banqueta en vez de meterlos. "
                                  "Si esto no se compone me cambio a la purificadora de la esquina."},
  (4, 4.5, 3, 3), "product_quality+ delivery- communication- staff-", "mixed long",
  "The water itself is praised; irregular deliveries, late replies and the new delivery man pull everything under "
  "the CSAT 3; chasing the order sets ease low, the threat to switch sets loyalty.")
r("es", SMS, YG_ES2, {"resuelto": True, "atencion": 4,
                      "msj": "Me cambiaron la pantalla y quedó como nueva, nomás que sí me dolió el precio: $2,300 se me "
                             "hizo mucho."},
  (7, 7, 8, 7), "product_quality+ price-", "mixed")
r("es", SMS, YG_ES2, {"resuelto": False, "atencion": 1,
                      "msj": "Lo llevé porque no cargaba y me lo regresaron igual, encima con la tapa rayada. Quedaron "
                             "de llamarme para darme otra solución y nada."},
  (0.5, 1, 1, 1), "product_quality- communication-")
r("es", WEB, YG_ES2, {"resuelto": True, "atencion": 5,
                      "msj": "Pude ver en la página cómo iba mi reparación sin tener que estar marcando a cada rato, muy "
                             "práctico."},
  (9, 8.5, 9, 8.5), "website_app+ communication+")
r("es", WEB, YG_ES2, {"resuelto": True, "atencion": 4, "msj": "Todo en orden, gracias."}, (7.5, 7.5, 8, 7.5),
  cases="short", note="A generic thank-you: no theme; labels from the answers.")
r("es", KIO, YG_ES3, {"visita": 3,
                      "porque": "El pozole verde estaba riquísimo y el plato bien servido para lo que cuesta."},
  (9.5, 9, 8.5, 9), "product_quality+ price+")
r("es", QR, YG_ES3, {"visita": 1,
                     "porque": "Cuarenta minutos por un plato de pozole y la mesera pegada al celular todo el rato."},
  (1, 1.5, 2.5, 2), "waiting_time- staff-")
r("es", QR, YG_ES3, {"visita": 2, "porque": "Ahí la lleva, nada del otro mundo."}, (5, 5, 5.5, 5), cases="short",
  note="'Ahí la lleva': so-so, no theme; labels at the middle CSAT.")
r("es", FL, YG_ES4, {"frase": "Encontré mi número a la primera y la vendedora me dejó medirme cinco pares sin poner "
                              "mala cara."},
  (8.5, 8.5, 8.5, 8), "staff+",
  note="Text only: a patient saleswoman; finding the size at once (stock) names no theme but makes it easy.")
r("es", EMP, YG_ES5, {"enps": 3, "apoyo": ["Horarios fijos", "Transporte a la obra"],
                      "comentario": "Salimos de la obra a las ocho de la noche casi diario y las horas extra ni aparecen "
                                    "en el recibo de nómina."},
  (2.5, 3, 3, 3), "workload- pay-")
r("es", EMP, YG_ES5, {"enps": 9, "apoyo": ["Capacitación"],
                      "comentario": "El ingeniero residente nos explica las cosas con calma y ya me mandaron al curso de "
                                    "soldadura. La cuadrilla es muy unida."},
  (8.5, 9, 7.5, 9), "management+ growth+ colleagues+")

# ----------------------------------------------------------------------------------------------------- Turkish
YG_TR1 = survey("kervan-turizm-tr-y",
                q("nps", "nps", "Kervan Turizm'i yakınlarınıza önerme olasılığınız nedir?"),
                q("yolculuk", "csat", "Yolculuğunuzdan ne kadar memnun kaldınız?", (1, 5)),
                q("bilet", "single_choice", "Biletinizi nereden aldınız?",
                  options=["Web sitesi", "Mobil uygulama", "Yazıhane", "Çağrı merkezi"]),
                q("yorum", "text", "Yolculuğunuzla ilgili eklemek istedikleriniz?"))
YG_TR2 = survey("guvence-kasko-tr-y",
                q("cozum", "yes_no", "Hasar dosyanızla ilgili talebiniz çözüldü mü?", perspective="ease"),
                q("puan", "csat", "Size yardımcı olan ekibi 1-5 arası puanlar mısınız?", (1, 5)),
                q("not", "text", "Eklemek istediğiniz bir not var mı?"))
YG_TR3 = survey("kardesler-pide-salonu-tr-y",
                q("puan", "rating", "Bugünkü yemeğinizi 1'den 10'a kadar puanlayın.", (1, 10),
                  perspective="satisfaction"),
                q("gorus", "text", "Kısaca görüşünüz? (isteğe bağlı)"))
YG_TR4 = survey("nergis-cicekcilik-flash-tr-y",
                q("izlenim", "text", "Son siparişinizle ilgili aklınıza gelen ilk şey nedir?"))
YG_TR5 = survey("ekin-tekstil-nabiz-tr-y",
                q("enps", "nps", "Ekin Tekstil'i çalışılacak bir yer olarak tanıdıklarınıza önerme olasılığınız nedir?"),
                q("destek", "rating", "Amirinizden gördüğünüz desteği 1-5 arası puanlayın.", (1, 5),
                  perspective="satisfaction"),
                q("mesaj", "text", "Şirketle ilgili aklınızdakileri buraya yazabilirsiniz."))

r("tr", E, YG_TR1, {"nps": 10, "yolculuk": 5, "bilet": "Mobil uygulama",
                    "yorum": "Host kız yol boyunca güler yüzlüydü, koltuklar da tuvalet de pırıl pırıldı. Ankara'ya "
                             "dinlenmiş olarak indim."},
  (9.5, 10, 9, 9.5), "staff+ cleanliness+")
r("tr", E, YG_TR1, {"nps": 2, "yolculuk": 2, "bilet": "Yazıhane",
                    "yorum": "Otobüs terminale bir buçuk saat geç geldi, yazıhanedekiler de 'az sonra' deyip durdu, "
                             "kimse doğru dürüst bilgi vermedi."},
  (2, 2, 3, 2.5), "waiting_time- communication-")
r("tr", E, YG_TR1, {"nps": 7, "yolculuk": 4, "bilet": "Web sitesi", "yorum": None}, (7.5, 7, 7, 7))
r("tr", E, YG_TR1, {"nps": 6, "yolculuk": 4, "bilet": "Mobil uygulama",
                    "yorum": "Uygulamadan koltuk seçip ödemek iki dakika sürdü, bu güzel. Ama bayram diye bilet "
                             "fiyatını neredeyse ikiye katlamışsınız, ayıp."},
  (6.5, 6, 8, 6), "website_app+ price-", "mixed",
  "CSAT 4 pulled down a little by the holiday prices; the quick booking in the app sets ease high.")
r("tr", SMS, YG_TR2, {"cozum": False, "puan": 1,
                      "not": "Kaza üç hafta önce oldu, eksper hâlâ gelmedi. Her aradığımda 'dosyanız inceleniyor' "
                             "diyorlar, dönüp arayan soran yok. Araç serviste öylece bekliyor."},
  (0.5, 0.5, 1, 1), "waiting_time- communication-")
r("tr", SMS, YG_TR2, {"cozum": True, "puan": 5,
                      "not": "Müşteri temsilcisi Elif Hanım çok sabırlıydı, her adımı tek tek anlattı. Eline sağlık."},
  (9, 9, 9, 9), "staff+ communication+")
r("tr", WEB, YG_TR2, {"cozum": False, "puan": 3,
                      "not": "Hasar fotoğraflarını yüklerken sayfa sürekli hata verdi, sonunda e-postayla göndermek "
                             "zorunda kaldım."},
  (4.5, 4.5, 2.5, 5), "website_app-")
r("tr", WEB, YG_TR2, {"cozum": True, "puan": 4, "not": "Teşekkürler, iyi çalışmalar."}, (7.5, 7.5, 8, 7.5),
  cases="short", note="A polite thank-you: no theme; labels from the answers.")
r("tr", KIO, YG_TR3, {"puan": 10,
                      "gorus": "Kıymalı pide tam kıvamında. Bu fiyata bu kadar doyurucu bir yer kalmadı artık."},
  (9.5, 9, 8.5, 9), "product_quality+ price+")
r("tr", QR, YG_TR3, {"puan": 9,
                     "gorus": "Cumartesi akşamı olmasına rağmen hiç beklemedik, masa hemen ayarlandı. Lahmacunlar da hiç "
                              "yağlı değildi."},
  (8.5, 8.5, 9, 8.5), "waiting_time+ product_quality+", "negation",
  "Praise in negated form ('we didn't wait at all', 'not greasy at all'): both themes positive.")
r("tr", QR, YG_TR3, {"puan": 6, "gorus": "Eh işte, idare eder."}, (5.5, 5, 5.5, 5), cases="short",
  note="'So-so': lukewarm, no theme; rating 6 of 10 maps to about 5.5.")
r("tr", FL, YG_TR4, {"izlenim": "Annemin doğum günü buketi tam saatinde kapıya gelmiş ama güller iki gün dayanmadan "
                                "boynunu büktü."},
  (5.5, 5.5, 7, 5.5), "delivery+ product_quality-", "mixed",
  note="Text only: on-time delivery, roses wilting within two days; ease a little higher, nothing went wrong there.")
r("tr", EMP, YG_TR5, {"enps": 2, "destek": 2,
                      "mesaj": "Sipariş yetişsin diye iki aydır cumartesileri de çalışıyoruz, mesai ücretleri ise "
                               "bordroda eksik çıkıyor."},
  (2, 2, 2.5, 2.5), "workload- pay-")
r("tr", EMP, YG_TR5, {"enps": 8, "destek": 5,
                      "mesaj": "Hat şefimiz bir sorun olunca hemen yanımıza geliyor. Geçen ay beni kalite kontrol "
                               "kursuna yazdırdılar, ekipteki arkadaşlarla da aram çok iyi."},
  (9, 8, 7.5, 8.5), "management+ growth+ colleagues+",
  note="Support rating 5 (satisfaction) and eNPS 8; the comment praises the line chief, a course and the team.")


# ----------------------------------------------------------------------------------- further responses, 2026-12, IV
# 196 more, written and labelled the same way, for the theme readout (whose held-out recall at precision 0.75 still
# rose with the number of calibration comments it was fitted on): 14 in each language, every one with a comment,
# most naming one to three themes (all nine customer themes in each pair of languages, employee themes in the
# pulses), two a language naming none, at most one hard case a language, no contradiction or reversed scale.


# ----------------------------------------------------------------------------------------------------- English
ZA_EN1 = survey("kestrel-cycles-en-z",
                q("nps", "nps", "How likely are you to recommend Kestrel Cycles to a friend who rides?"),
                q("goods", "csat", "How happy are you with what you bought or had done?", (1, 5)),
                q("bought", "single_choice", "What was your order for?",
                  options=["New bike", "Parts or accessories", "Workshop service"]),
                q("note", "text", "Anything else you'd like to tell us?"))
ZA_EN2 = survey("pennant-mobile-sms-en-z",
                q("effort", "ces_effort", "How much effort did it take to sort out your query? Reply 1 (very little) to 5 (a lot)", (1, 5)),
                q("txt", "text", "Anything else? Just reply to this message."))
ZA_EN3 = survey("saltmarsh-chippy-qr-en-z",
                q("meal", "rating", "How would you score your meal out of 10?", (1, 10), perspective="satisfaction"),
                q("back", "yes_no", "Would you come back to Saltmarsh?", perspective="loyalty"),
                q("say", "text", "Anything you'd like to say?"))
ZA_EN4 = survey("hazelmere-hotel-pulse-en-z",
                q("enps", "nps", "How likely are you to recommend Hazelmere Hotel as a place to work?"),
                q("stay", "yes_no", "Do you expect to be working at Hazelmere this time next year?", perspective="loyalty"),
                q("tell", "text", "What would you like the owners to know?"))
ZA_EN5 = survey("bluebell-picturehouse-flash-en-z",
                q("line", "text", "Sum up your visit to the Bluebell Picturehouse in a line."))

r("en", E, ZA_EN1, {"nps": 10, "goods": 5, "bought": "New bike",
                    "note": "Built up and tuned perfectly before it left the shop, and the courier dropped it round a day earlier than promised. Riding it to work every morning now."},
  (10, 10, 8.5, 9.5), "product_quality+ delivery+",
  note="Glowing: the bike set up well (product) and it came a day early (delivery); ease not asked, set a little below.")
r("en", E, ZA_EN1, {"nps": 2, "goods": 1, "bought": "Workshop service",
                    "note": "Booked in for a service and a new chain. Got it back a week later than they said, gears skipping worse than before, and they charged me for brake pads I never asked for."},
  (1, 1.5, 2, 1.5), "waiting_time- product_quality- billing-",
  note="Workshop a week late (waiting), gears worse after the service (the repair itself) and pads billed without being asked for (billing).")
r("en", WEB, ZA_EN1, {"nps": 7, "goods": 4, "bought": "Parts or accessories",
                      "note": "Website's easy to find your way around and the checkout takes seconds. Postage on a pair of inner tubes came to more than the tubes themselves though."},
  (7, 7, 8.5, 6.5), "website_app+ price-", "mixed",
  note="Easy site and checkout (website, ease up); postage dearer than the goods is a complaint about cost (price), not about the delivery itself.")
r("en", WEB, ZA_EN1, {"nps": 5, "goods": 3, "bought": "Parts or accessories",
                      "note": "Ordered a helmet in medium and a large turned up. Posted it back a fortnight ago and still no sign of my money."},
  (3.5, 4, 3, 4), "product_quality- billing-",
  note="Wrong size sent read as product_quality (as in earlier rows); the refund not yet received is billing.")

r("en", SMS, ZA_EN2, {"effort": 1, "txt": "Sorted my roaming problem in one go, the lad on the chat was sound and knew his stuff"},
  (8.5, 8.5, 9.5, 8), "staff+",
  note="Effort 1 anchors ease high; the helpful, competent agent is staff.")
r("en", SMS, ZA_EN2, {"effort": 5,
                      "txt": "3rd month in a row there's an extra £15 data charge on my bill. Every time I'm told it'll be taken off and every time it's back. Nobody ever follows up."},
  (1, 1, 0.5, 1), "billing- communication-",
  note="A wrong charge that keeps coming back (billing) and promised follow-ups that never happen (communication); loyalty inferred very low.")
r("en", SMS, ZA_EN2, {"effort": 2, "txt": "Not the fastest at replying, but the woman who finally answered couldn't have been nicer."},
  (7, 7, 7, 7), "waiting_time- staff+", "negation mixed",
  "'Not the fastest' is a mild complaint about the wait for a reply; 'couldn't have been nicer' is praise of the agent.")

r("en", QR, ZA_EN3, {"meal": 10, "back": True,
                     "say": "Haddock was perfect, batter light as anything, and a large portion for under a tenner. You won't beat it round here."},
  (10, 9.5, 8, 9.5), "product_quality+ price+",
  note="The fish (product) and a big portion for little money (price praised).")
r("en", QR, ZA_EN3, {"meal": 3, "back": False,
                     "say": "Chips were soggy and barely warm, and the tables hadn't been wiped, sauce and crumbs all over them."},
  (2, 2, 3.5, 1.5), "product_quality- cleanliness-",
  note="Soggy chips (product) and unwiped tables (cleanliness); ease not in question, set a little towards the middle.")
r("en", QR, ZA_EN3, {"meal": 7, "back": True,
                     "say": "Food was tasty but we stood in line for 35 minutes on a Friday night, and the girl at the till looked like she'd rather be anywhere else."},
  (5.5, 5.5, 4, 6.5), "product_quality+ waiting_time- staff-", "mixed",
  note="Tasty food against a long queue and an uninterested cashier (staff manner).")

r("en", EMP, ZA_EN4, {"enps": 8, "stay": True,
                      "tell": "Head chef has taken me under his wing, I've gone from pot wash to commis in eight months. The housekeeping crew are a good laugh too."},
  (8.5, 8, 7.5, 9), "growth+ colleagues+",
  note="Moving up from pot wash to commis chef (growth) and the co-workers in housekeeping (colleagues).")
r("en", EMP, ZA_EN4, {"enps": 3, "stay": False,
                      "tell": "My supervisor is sound, fair play to her. But it's split shifts six days a week all summer, and the extra hours only land on the payslip when someone remembers to put them through."},
  (2.5, 3, 2.5, 2), "management+ workload- pay-", "mixed",
  note="Supervisor praised (management), split shifts six days a week (workload), overtime paid erratically (pay).")

r("en", FL, ZA_EN5, {"line": "Fine, nothing more to say really."}, (6.5, 6, 6.5, 6), cases="short",
  note="Lukewarm-content, no theme.")
r("en", FL, ZA_EN5, {"line": "Rainy Sunday with the kids, just what we needed to get out of the house for a few hours."},
  (8, 7.5, 7.5, 7.5),
  note="A pleasant outing on a wet day; names no theme (the weather is not one). Labels moderately high.")

# ----------------------------------------------------------------------------------------------------- Italian
ZA_IT1 = survey("ottica-lentepiu-it-z",
                q("nps", "nps", "Quanto è probabile che consiglieresti LentePiù a un amico o a un familiare?"),
                q("facile", "ces", "Ordinare sul nostro sito è stato semplice.", (1, 7)),
                q("acquisto", "single_choice", "Cosa hai acquistato?",
                  options=["Lenti a contatto", "Occhiali da vista", "Occhiali da sole", "Liquidi e accessori"]),
                q("commento", "text", "Vuoi lasciarci un commento?"))
ZA_IT2 = survey("cartagialla-assistenza-sms-it-z",
                q("risolto", "yes_no", "Il problema con la tua carta è stato risolto al primo contatto?", perspective="ease"),
                q("operatore", "csat", "Come valuti l'operatore che ti ha assistito? Rispondi da 1 a 5", (1, 5)),
                q("sms", "text", "Vuoi aggiungere altro? Rispondi a questo SMS."))
ZA_IT3 = survey("poliambulatorio-san-rocco-totem-it-z",
                q("voto", "csat", "Come valuti la tua visita di oggi?", (1, 5)),
                q("motivo", "text", "Vuoi dirci perché? (facoltativo)"))
ZA_IT4 = survey("supermercati-girasole-pulse-it-z",
                q("enps", "nps", "Quanto consiglieresti Supermercati Girasole come posto di lavoro a un amico?"),
                q("reparto", "single_choice", "In quale reparto lavori?",
                  options=["Casse", "Ortofrutta", "Banco gastronomia", "Magazzino"]),
                q("nota", "text", "C'è qualcosa che vuoi far sapere all'azienda?"))
ZA_IT5 = survey("profumeria-violetta-flash-it-z",
                q("frase", "text", "Com'è andata oggi da Profumeria Violetta? Basta una riga."))

r("it", E, ZA_IT1, {"nps": 9, "facile": 6, "acquisto": "Lenti a contatto",
                    "commento": "Le mensili mi costano quasi la metà che dall'ottico sotto casa e arrivano in due giorni. Ormai le prendo solo da voi."},
  (9, 9, 8.5, 9.5), "price+ delivery+",
  note="Half the price of the local optician (price praised) and two-day arrival (delivery); 'solo da voi' lifts loyalty.")
r("it", E, ZA_IT1, {"nps": 1, "facile": 2, "acquisto": "Occhiali da vista",
                    "commento": "Occhiali arrivati con la gradazione di una lente sbagliata, ci vedevo doppio. Ho scritto tre mail e l'unica risposta è stata un messaggio automatico."},
  (1, 1, 1.5, 1), "product_quality- communication-",
  note="Wrongly ground lens (the product) and three mails answered only by an auto-reply (communication).")
r("it", E, ZA_IT1, {"nps": 8, "facile": 7, "acquisto": "Lenti a contatto",
                    "commento": "Avevo sbagliato la gradazione nell'ordine, vi ho scritto e mi avete spiegato passo passo come fare il cambio. Assistenza impeccabile."},
  (8.5, 8, 9, 8.5), "communication+ staff+",
  note="A clear step-by-step explanation (communication) and impeccable help (staff).")
r("it", WEB, ZA_IT1, {"nps": 6, "facile": 3, "acquisto": "Occhiali da sole",
                      "commento": "Bei modelli e prezzi onesti, ma dal cellulare il sito fa impazzire: ogni volta che torno indietro i filtri si azzerano."},
  (6, 6, 3, 6), "product_quality+ price+ website_app-", "mixed",
  note="Nice frames at fair prices against a mobile site that resets its filters; ease anchored on the CES 3.")
r("it", WEB, ZA_IT1, {"nps": 4, "facile": 5, "acquisto": "Liquidi e accessori",
                      "commento": "L'ordine è partito subito, però mi avete addebitato le spese di spedizione due volte e per lo storno mi dicono di aspettare trenta giorni."},
  (4, 4, 5.5, 4.5), "delivery+ billing-", "mixed",
  note="Quick dispatch (delivery) against shipping charged twice with a 30-day wait for the reversal (billing); ease pulled below the CES 5.")

r("it", SMS, ZA_IT2, {"risolto": True, "operatore": 5,
                      "sms": "Carta bloccata all'estero di domenica sera, in dieci minuti Giulia me l'ha riattivata. Grazie davvero!"},
  (9.5, 9, 9, 9), "staff+ waiting_time+",
  note="The agent by name (staff) and the card working again within ten minutes (waiting_time praised).")
r("it", SMS, ZA_IT2, {"risolto": False, "operatore": 2,
                      "sms": "Mi avete addebitato due volte la quota annuale. L'operatore mi ha passato a un collega, poi è caduta la linea e da allora silenzio assoluto, zero richiamate."},
  (1.5, 1.5, 1, 2), "billing- communication-",
  note="Annual fee charged twice (billing) and no call back after the dropped line (communication).")

r("it", KIO, ZA_IT3, {"voto": 2,
                      "motivo": "Prenotato alle 9, chiamato alle 10 e mezza. Almeno la dottoressa è stata molto scrupolosa."},
  (3.5, 4, 3, 4.5), "waiting_time- staff+", "mixed",
  note="An hour and a half past the booked time (waiting) against a thorough doctor (staff).")
r("it", KIO, ZA_IT3, {"voto": 5, "motivo": "Sala d'attesa pulitissima e bagni in ordine, cosa rara in un ambulatorio."},
  (9.5, 9, 8.5, 8.5), "cleanliness+")

r("it", EMP, ZA_IT4, {"enps": 2, "reparto": "Casse",
                      "nota": "Ci cambiano i turni con due giorni di preavviso e se chiedi spiegazioni al direttore ti risponde che è così e basta."},
  (2, 2, 2.5, 2.5), "management-",
  note="Rotas changed at two days' notice and a director who will not explain: management.")
r("it", EMP, ZA_IT4, {"enps": 9, "reparto": "Banco gastronomia",
                      "nota": "Quest'anno mi hanno mandato al corso per diventare capo reparto, e al banco siamo una squadra affiatata."},
  (9, 9, 8, 9), "growth+ colleagues+")
r("it", EMP, ZA_IT4, {"enps": 5, "reparto": "Magazzino",
                      "nota": "lo stipendio arriva sempre puntuale, questo si, pero in magazzino siamo in due a scaricare tre camion al giorno e la schiena ne risente"},
  (4.5, 5, 4, 5), "pay+ workload-", "mixed no_diacritics",
  "Typed without accents ('si', 'pero'); pay on time praised, two people unloading three lorries a day is workload.")

r("it", FL, ZA_IT5, {"frase": "Tutto a posto, niente di particolare."}, (6.5, 6, 6.5, 6), cases="short",
  note="Content but flat, no theme.")
r("it", FL, ZA_IT5, {"frase": "Il profumo che cercavo era finito, ripasserò la settimana prossima."},
  (5, 5, 5, 6.5),
  note="Out of stock names no theme; labels middling, loyalty a little higher since the customer means to come back.")


# ----------------------------------------------------------------------------------------------------- Polish
ZB_PL1 = survey("optyk-bystre-oko-pl-z",
                q("nps", "nps", "Jak bardzo prawdopodobne jest, że polecisz salon optyczny Bystre Oko bliskim?"),
                q("okulary", "csat", "Jak oceniasz to, co u nas kupiłeś/kupiłaś lub zleciłeś/zleciłaś?", (1, 5)),
                q("usluga", "single_choice", "Z czego korzystałeś/korzystałaś podczas wizyty?",
                  options=["Badanie wzroku", "Okulary korekcyjne", "Soczewki kontaktowe", "Naprawa oprawek"]),
                q("uwagi", "text", "Co jeszcze chcesz nam powiedzieć?"))
ZB_PL2 = survey("wypozyczalnia-autoraj-pl-z",
                q("zalatwione", "yes_no", "Czy udało się załatwić sprawę za pierwszym razem?", perspective="ease"),
                q("ocena", "csat", "Jak oceniasz obsługę w Autoraju? (1-5)", (1, 5)),
                q("uwagi", "text", "Chcesz coś dodać?"))
ZB_PL3 = survey("bar-mleczny-pod-kogutem-pl-z",
                q("obiad", "csat", "Jak smakował dziś obiad?", (1, 3), perspective="satisfaction"),
                q("slowo", "text", "Dopisz kilka słów (nieobowiązkowe)"))
ZB_PL4 = survey("zoologiczny-futrzak-flash-pl-z",
                q("wrazenie", "text", "Jedno zdanie o dzisiejszych zakupach w Futrzaku?"))
ZB_PL5 = survey("hotel-pod-debem-puls-pl-z",
                q("enps", "nps", "Jak bardzo prawdopodobne jest, że polecisz Hotel Pod Dębem jako miejsce pracy?"),
                q("zmiana", "multi_choice", "Co najbardziej poprawiłoby Twoją pracę? (można wybrać kilka)",
                  options=["Więcej osób na zmianie", "Wyższe stawki", "Szkolenia", "Lepszy grafik"]),
                q("glos", "text", "Co chcesz przekazać kierownictwu?"))

r("pl", E, ZB_PL1, {"nps": 10, "okulary": 5, "usluga": "Badanie wzroku",
                    "uwagi": "Pani optometrystka badała mnie dobre pół godziny, bez żadnego pośpiechu, i wreszcie widzę rozkład jazdy na przystanku. Oprawki dobrała tak lekkie, że zapominam, że je noszę."},
  (9.5, 10, 9, 9.5), "staff+ product_quality+",
  note="An unhurried, careful optometrist (staff) and glasses that work and sit well (the product).")
r("pl", E, ZB_PL1, {"nps": 3, "okulary": 2, "usluga": "Okulary korekcyjne",
                    "uwagi": "Okulary miały być gotowe po tygodniu, a odebrałem je po prawie miesiącu. W domu zauważyłem rysę na lewym szkle, przy samej krawędzi."},
  (2, 2.5, 3, 2.5), "waiting_time- product_quality-",
  note="A week promised, nearly a month waited (waiting_time); a scratched lens (the product). Ease not asked: "
       "the long wait sets it low.")
r("pl", E, ZB_PL1, {"nps": 7, "okulary": 4, "usluga": "Soczewki kontaktowe",
                    "uwagi": "Soczewki miesięczne macie taniej niż sklepy internetowe, za to SMS, że zamówienie czeka na odbiór, w ogóle do mnie nie przyszedł. Dowiedziałam się przypadkiem, dzwoniąc w innej sprawie."},
  (7, 7, 6, 7.5), "price+ communication-", "mixed",
  note="Cheaper than online shops (price praised, which keeps loyalty up); the pick-up notification never came "
       "(communication).")
r("pl", E, ZB_PL1, {"nps": 6, "okulary": 4, "usluga": "Naprawa oprawek",
                    "uwagi": "Za wymianę zausznika płaciłem kartą i dopiero w domu zobaczyłem, że nabito mi też etui, którego nie brałem. Po telefonie pani od razu oddała pieniądze i przeprosiła, ale mogło się obejść bez tego."},
  (6.5, 6, 5.5, 6), "billing- staff+", "mixed",
  note="A case rung up that he never took (billing), refunded at once with an apology (staff); the extra call "
       "pulls ease a little below the middle-high answers.")
r("pl", SMS, ZB_PL2, {"zalatwione": True, "ocena": 5,
                      "uwagi": "Auto zastępcze podstawili pod hotel w godzinę od mojego telefonu. Pan na infolinii konkretny i spokojny, mimo że ja byłem mocno zdenerwowany."},
  (9.5, 9, 9.5, 9), "waiting_time+ staff+",
  note="A replacement car within an hour of the call (no wait: waiting_time+), a calm, to-the-point agent (staff).")
r("pl", SMS, ZB_PL2, {"zalatwione": False, "ocena": 1,
                      "uwagi": "kaucja 1500 zl miala wrocic na karte w 3 dni robocze, minely juz dwa tygodnie. dzwonie co drugi dzien i za kazdym razem slysze cos innego"},
  (1, 1, 1, 1.5), "billing- communication-", "no_diacritics",
  "Typed without Polish diacritics. A 1500 zl deposit not returned to the card after two weeks (billing); calling "
  "every other day and hearing something different each time (communication; also sets ease very low).")
r("pl", WEB, ZB_PL2, {"zalatwione": True, "ocena": 5,
                      "uwagi": "Rezerwacja na stronie zajęła mi trzy minuty, a cena od razu z pełnym ubezpieczeniem, więc przy odbiorze żadnych niespodzianek."},
  (9, 9, 9, 8.5), "website_app+ price+",
  note="Three-minute booking on the website; an all-inclusive price with no surprises at pick-up (price praised).")
r("pl", KIO, ZB_PL3, {"obiad": 3,
                      "slowo": "Schabowy jak u mamy, ziemniaki z koperkiem, a pani przy okienku dołożyła mi surówki bez pytania."},
  (9.5, 9.5, 8.5, 9.5), "product_quality+ staff+",
  note="The food itself praised; the lady at the serving hatch adding salad unasked is staff.")
r("pl", QR, ZB_PL3, {"obiad": 1,
                     "slowo": "Stoliki lepiły się od zupy, a w toalecie nie było ani papieru, ani mydła."},
  (1.5, 2, 4.5, 2.5), "cleanliness-",
  note="Sticky tables and a toilet without paper or soap: cleanliness. Ease not touched, set nearer the middle.")
r("pl", QR, ZB_PL3, {"obiad": 2,
                     "slowo": "Po czternastej nie było już ruskich ani naleśników z serem, została grochówka i mielone."},
  (4.5, 4.5, 5, 5), "", "",
  "Dishes sold out after 2 pm: stock, which no theme covers; labels at the middle CSAT, a little lower.")
r("pl", FL, ZB_PL4, {"wrazenie": "Chłopak od akwarystyki świetnie doradził filtr i rośliny, za to do kasy stałam z dziesięć minut, bo otwarta była jedna."},
  (6.5, 7, 5.5, 7), "staff+ waiting_time-", "mixed",
  note="Text only: good advice from the aquarium lad (staff), ten minutes at the only open till (waiting_time).")
r("pl", FL, ZB_PL4, {"wrazenie": "Jak zwykle porządnie, dziękuję."}, (8, 7.5, 8, 7.5), "", "short",
  "A generic thank-you naming no theme; labels content-high.")
r("pl", EMP, ZB_PL5, {"enps": 2, "zmiana": ["Więcej osób na zmianie", "Wyższe stawki"],
                      "glos": "Na piętrach sprzątamy we dwie po trzydzieści pokoi dziennie, a stawka za godzinę ledwo powyżej najniższej krajowej."},
  (2, 2, 2, 2.5), "workload- pay-",
  note="Two housekeepers for thirty rooms a day each (workload), an hourly rate barely above the minimum wage (pay).")
r("pl", EMP, ZB_PL5, {"enps": 8, "zmiana": ["Szkolenia"],
                      "glos": "Recepcja to zgrana paczka, zawsze ktoś pomoże przy meldowaniu wycieczki. Brakuje mi tylko jasnej informacji, kiedy mogę liczyć na awans na kierownika zmiany."},
  (7.5, 8, 7, 8), "colleagues+ growth-", "mixed",
  note="A close-knit reception team (colleagues); no clear path to shift manager (growth).")

# ----------------------------------------------------------------------------------------------------- Dutch
ZB_NL1 = survey("keukenstudio-de-hoeksteen-mail-nl-z",
                q("nps", "nps", "Hoe waarschijnlijk is het dat u Keukenstudio De Hoeksteen aanbeveelt aan vrienden of familie?"),
                q("montage", "csat", "Hoe tevreden bent u over uw keuken en de montage?", (1, 5)),
                q("moeite", "ces_effort", "Hoeveel moeite kostte het om alles met ons te regelen?", (1, 5)),
                q("toelichting", "text", "Wilt u uw antwoorden toelichten?"))
ZB_NL2 = survey("woningcorporatie-thuisplein-nl-z",
                q("opgelost", "yes_no", "Is uw reparatieverzoek in één keer goed afgehandeld?", perspective="ease"),
                q("afhandeling", "csat", "Hoe tevreden bent u over de afhandeling? (1-5)", (1, 5)),
                q("toevoegen", "text", "Wilt u nog iets toevoegen?"))
ZB_NL3 = survey("cafetaria-de-smulhoek-nl-z",
                q("cijfer", "rating", "Welk cijfer geeft u uw bestelling? (1-10)", (1, 10), perspective="satisfaction"),
                q("opmerking", "text", "Opmerkingen voor ons?"))
ZB_NL4 = survey("drogisterij-de-vijzel-flash-nl-z",
                q("indruk", "text", "Hoe was uw ervaring met Drogisterij De Vijzel? Eén zin is genoeg."))
ZB_NL5 = survey("kinderopvang-speelnest-puls-nl-z",
                q("enps", "nps", "Hoe waarschijnlijk is het dat je Het Speelnest aanbeveelt als werkgever?"),
                q("druk", "rating", "De werkdruk op de groep is goed te doen.", (1, 5), perspective="ease"),
                q("meegeven", "text", "Wat wil je de directie meegeven?"))

r("nl", E, ZB_NL1, {"nps": 9, "montage": 5, "moeite": 2,
                    "toelichting": "De monteurs hebben alles in twee dagen strak weggewerkt en elke avond netjes de vloer gestofzuigd. Het werkblad is precies geworden zoals we het in de showroom hadden uitgezocht."},
  (9, 9, 8, 9), "staff+ cleanliness+ product_quality+",
  note="Fitters praised for their work and for vacuuming every evening (staff, cleanliness); the worktop as chosen "
       "(the product).")
r("nl", E, ZB_NL1, {"nps": 1, "montage": 1, "moeite": 5,
                    "toelichting": "De kasten kwamen in drie losse leveringen binnen en telkens was er wel iets beschadigd. Op mijn mails reageren jullie pas na een week, als er al iets terugkomt."},
  (1, 1, 0.5, 1.5), "delivery- communication-",
  note="Cabinets arriving in three separate deliveries, damaged each time (delivery); replies to emails after a "
       "week, if at all (communication).")
r("nl", E, ZB_NL1, {"nps": 6, "montage": 3, "moeite": 3,
                    "toelichting": "Mooie keuken voor een schappelijke prijs, maar op de eindafrekening stond de vaatwasser ineens twee keer. Dat moest ik zelf ontdekken."},
  (5.5, 6, 4.5, 6), "product_quality+ price+ billing-", "mixed",
  note="Kitchen and price praised; the dishwasher charged twice on the final invoice (billing), found by the "
       "customer himself, pulls ease a little under its anchor.")
r("nl", SMS, ZB_NL2, {"opgelost": True, "afhandeling": 5,
                      "toevoegen": "Cv-ketel binnen een dag weer aan de praat, en de monteur liet me rustig zien hoe ik zelf de druk kan bijvullen."},
  (9.5, 9, 9.5, 8.5), "waiting_time+ staff+",
  note="Boiler fixed within a day (no long wait), a patient engineer (staff). Housing association: loyalty hardly "
       "a choice, a little lower.")
r("nl", SMS, ZB_NL2, {"opgelost": False, "afhandeling": 2,
                      "toevoegen": "Aardige loodgieter hoor, maar de lekkage in de badkamer is nu twee keer 'verholpen' en het druppelt alweer. De eerstvolgende afspraak is pas over drie weken."},
  (2, 2, 1, 3), "staff+ product_quality- waiting_time-", "mixed",
  note="A friendly plumber (staff), a leak 'fixed' twice that still drips (the repair itself), three weeks for the "
       "next visit (waiting_time). Loyalty to a landlord set middling-low.")
r("nl", SMS, ZB_NL2, {"opgelost": True, "afhandeling": 4, "toevoegen": "Netjes geregeld, dank u wel."},
  (8, 7.5, 8.5, 7.5), "", "short", "A generic thank-you naming no theme; labels follow the answers.")
r("nl", WEB, ZB_NL2, {"opgelost": True, "afhandeling": 4,
                      "toevoegen": "Het meldformulier loopt vast zodra je er een foto bij zet. De medewerker in de chat heeft de melding toen maar voor me ingevoerd."},
  (6.5, 6.5, 5.5, 6.5), "website_app- staff+", "mixed",
  note="The repair form freezes when a photo is added (website); the chat agent entered it instead (staff). "
       "Resolved, but the detour pulls ease from about 8 to the middle.")
r("nl", KIO, ZB_NL3, {"cijfer": 9,
                      "opmerking": "Friet knapperig, kroket gloeiend heet en met z'n vieren voor nog geen twintig euro de buik vol."},
  (9, 9, 8.5, 9), "product_quality+ price+",
  note="The food praised; a family of four fed for under twenty euros (price praised, without the word).")
r("nl", QR, ZB_NL3, {"cijfer": 3,
                     "opmerking": "Twintig minuten op twee frikandellen gewacht terwijl er verder niemand binnen was, en het meisje achter de toonbank zat ondertussen op haar telefoon."},
  (2, 2, 3, 2.5), "waiting_time- staff-",
  note="Twenty minutes for two snacks in an empty shop (waiting_time); the girl at the counter on her phone (staff).")
r("nl", QR, ZB_NL3, {"cijfer": 6, "opmerking": "De kipcorn was weer eens op, dus het werd maar een bamischijf."},
  (5.5, 5, 5.5, 5), "", "",
  "A snack sold out again: stock, which no theme covers; labels near the rating (6 of 10, about 5.5).")
r("nl", FL, ZB_NL4, {"indruk": "Nooit een rij bij de kassa, en de verkoopster wist me precies te vertellen welke zonnebrand bij mijn gevoelige huid past."},
  (9, 8.5, 9, 8.5), "waiting_time+ staff+", "negation",
  "Text only. 'Never a queue at the till' is praise in negated form (waiting_time+); the saleswoman's advice is staff.")
r("nl", FL, ZB_NL4, {"indruk": "Online besteld en de volgende ochtend lag het pakketje al bij de buren, alleen zijn de verzendkosten wel flink omhooggegaan."},
  (7, 7, 8, 7), "delivery+ price-", "mixed",
  note="Text only: next-morning parcel (delivery), shipping costs gone up (price).")
r("nl", EMP, ZB_NL5, {"enps": 3, "druk": 1,
                      "meegeven": "Door het tekort aan leidsters staan we structureel met te weinig mensen op de groep, en mijn vaste rooster wordt bijna elke week weer omgegooid."},
  (2.5, 3, 0.5, 3), "workload- management-",
  note="Chronic understaffing on the group (workload), a fixed rota reshuffled nearly every week (management).")
r("nl", EMP, ZB_NL5, {"enps": 9, "druk": 4,
                      "meegeven": "Lieve collega's, en dit jaar mocht ik de opleiding tot pedagogisch coach volgen op kosten van de zaak."},
  (9, 9, 7.5, 9), "colleagues+ growth+",
  note="Kind colleagues; a coaching course paid by the employer (growth).")


# ----------------------------------------------------------------------------------------------------- German
ZC_DE1 = survey("optik-kranich-mail-de-z",
                q("nps", "nps", "Wie wahrscheinlich ist es, dass Sie Optik Kranich Freunden oder Kollegen empfehlen?"),
                q("brille", "csat", "Wie zufrieden sind Sie mit Ihrer neuen Brille?", (1, 5)),
                q("abholung", "ces", "Die Abholung meiner Bestellung war unkompliziert.", (1, 7)),
                q("kommentar", "text", "Was möchten Sie uns noch mitteilen?"))
ZC_DE2 = survey("paketblitz-hilfe-sms-de-z",
                q("geklaert", "yes_no", "Wurde Ihr Anliegen bei diesem Kontakt geklärt? Bitte mit JA oder NEIN antworten.",
                  perspective="ease"),
                q("berater", "csat", "Wie bewerten Sie unsere Servicemitarbeiterin bzw. unseren Servicemitarbeiter (1-5)?",
                  (1, 5)),
                q("nachricht", "text", "Sie möchten noch etwas loswerden? Antworten Sie einfach auf diese SMS."))
ZC_DE3 = survey("buergerservice-neustadt-terminal-de-z",
                q("heute", "csat", "Wie zufrieden waren Sie heute mit dem Bürgerservice?", (1, 3), perspective="satisfaction"),
                q("grund", "text", "Möchten Sie uns sagen, warum?"))
ZC_DE4 = survey("tierpark-am-weiher-flash-de-z",
                q("satz", "text", "Ihr Besuch im Tierpark am Weiher: Wie war's, in einem Satz?"))
ZC_DE5 = survey("klinikum-talblick-puls-de-z",
                q("enps", "nps", "Wie wahrscheinlich ist es, dass Sie das Klinikum Talblick als Arbeitgeber weiterempfehlen?"),
                q("belastung", "rating", "Meine Arbeitsbelastung ist auf Dauer gut zu bewältigen. (1 = gar nicht, 5 = voll und ganz)",
                  (1, 5), perspective="ease"),
                q("anliegen", "text", "Was sollte die Klinikleitung wissen?"))

r("de", E, ZC_DE1, {"nps": 10, "brille": 5, "abholung": 7,
                    "kommentar": "Frau Yilmaz hat sich fast eine Stunde Zeit für die Gestellauswahl genommen und mir ehrlich gesagt, was mir nicht steht. Die Gleitsichtgläser passen vom ersten Tag an perfekt."},
  (9.5, 10, 9.5, 9.5), "staff+ product_quality+",
  note="Patient, honest optician (staff) and varifocals that fit from day one (product_quality).")
r("de", E, ZC_DE1, {"nps": 3, "brille": 2, "abholung": 2,
                    "kommentar": "Sechs Wochen auf die Gläser gewartet, und als ich sie abholen wollte, hieß es, sie seien noch gar nicht da. Eine kurze Mail vorher hätte mir den Weg erspart."},
  (2, 2.5, 1.5, 2.5), "waiting_time- communication-",
  note="Six weeks' wait (waiting_time) and a wasted trip because nobody let the customer know (communication).")
r("de", E, ZC_DE1, {"nps": 7, "brille": 4, "abholung": 6,
                    "kommentar": "Die Brille ist schön leicht, aber 120 Euro Aufpreis für die Entspiegelung finde ich schon frech."},
  (6.5, 7, 8, 6.5), "product_quality+ price-", "mixed")
r("de", E, ZC_DE1, {"nps": 9, "brille": 5, "abholung": 7,
                    "kommentar": "Die Abrechnung lief direkt über die Krankenkasse, ich musste mich um nichts kümmern, und günstiger als bei der Kette gegenüber war es auch."},
  (9, 9, 10, 9), "billing+ price+",
  note="Claim settled directly with the insurer (billing), cheaper than the competitor (price praised).")
r("de", SMS, ZC_DE2, {"geklaert": True, "berater": 5,
                      "nachricht": "Das Porto für die beschädigte Sendung wurde mir ohne Diskussion erstattet, und die Mitarbeiterin an der Hotline war total nett."},
  (9, 8.5, 8.5, 8.5), "billing+ staff+",
  note="Postage refunded without fuss (billing) and a friendly agent (staff).")
r("de", SMS, ZC_DE2, {"geklaert": False, "berater": 1,
                      "nachricht": "Zustellung dreimal verschoben, laut Sendungsverfolgung seit Tagen in Zustellung, und am Telefon gibts nur Textbausteine. Ich bestelle nichts mehr bei Shops, die mit euch verschicken."},
  (0.5, 0.5, 1, 0.5), "delivery- communication-",
  note="Delivery postponed three times (delivery), canned answers instead of information (communication); avoiding "
       "shops that use the carrier sets loyalty at the bottom.")
r("de", SMS, ZC_DE2, {"geklaert": True, "berater": 3,
                      "nachricht": "Die Hotline war nicht unfreundlich, aber 35 Minuten Warteschleife, nur um eine Abstellgenehmigung einzurichten, sind nicht okay."},
  (5, 4.5, 5, 5), "staff+ waiting_time-", "negation mixed",
  "'Nicht unfreundlich' is mild praise of the agent through negation; 'nicht okay' condemns the 35-minute hold. "
  "Resolved (yes), but the hold pulls ease down to the middle.")
r("de", KIO, ZC_DE3, {"heute": 3,
                      "grund": "Online einen Termin gebucht, Nummer gezogen, und keine fünf Minuten später wurde ich aufgerufen. So darf Amt gern sein."},
  (9.5, 9, 10, 8.5), "website_app+ waiting_time+",
  note="Online booking worked (website_app), served within five minutes (waiting_time). Public office: loyalty is "
       "hardly a choice, set a little lower.")
r("de", KIO, ZC_DE3, {"heute": 1,
                      "grund": "Der Sachbearbeiter war pampig und hat mir nicht mal gesagt, welche Unterlagen noch fehlen. Jetzt darf ich nochmal herkommen."},
  (0.5, 1, 1, 3), "staff- communication-",
  note="Rude clerk (staff), missing documents never explained (communication), a second visit needed (ease). Public "
       "office: loyalty middling-low.")
r("de", KIO, ZC_DE3, {"heute": 2, "grund": "Wie immer, ganz okay."}, (5.5, 5.5, 6, 5.5), cases="short",
  note="Lukewarm, no theme; labels near the middle CSAT.")
r("de", FL, ZC_DE4, {"satz": "War ein richtig schöner Tag mit den Kindern."}, (8, 7.5, 7.5, 8),
  note="Generic praise of the day out, no theme.")
r("de", FL, ZC_DE4, {"satz": "Die Erdmännchen und das neue Affenhaus sind klasse, aber die Toiletten beim Spielplatz waren echt eklig."},
  (6.5, 6.5, 6.5, 6.5), "product_quality+ cleanliness-", "mixed",
  "The animals and enclosures are the zoo's core offer (product_quality+); filthy toilets (cleanliness-).")
r("de", EMP, ZC_DE5, {"enps": 2, "belastung": 1,
                      "anliegen": "Nachts sind wir auf Station zu zweit für 34 Patienten, Überstunden werden nur auf dem Papier ausgeglichen. Die Pflegedirektion lässt sich bei uns nie blicken."},
  (1.5, 2, 0.5, 2), "workload- pay- management-",
  note="Understaffed nights (workload), overtime never really compensated (pay), absent nursing management (management).")
r("de", EMP, ZC_DE5, {"enps": 8, "belastung": 4,
                      "anliegen": "Tolles Team auf der Intensiv, und die Fachweiterbildung wird komplett bezahlt. Nur die Urlaubsplanung der Stationsleitung ist ein ewiges Hin und Her."},
  (7.5, 8, 7.5, 8), "colleagues+ growth+ management-", "mixed")

# ----------------------------------------------------------------------------------------------------- Portuguese
ZC_PT1 = survey("casa-ipiranga-moveis-pt-z",
                q("nps", "nps", "De 0 a 10, qual a chance de você recomendar a Casa Ipiranga Móveis para alguém?"),
                q("produto", "csat", "Qual sua satisfação com o móvel que você comprou?", (1, 5)),
                q("esforco", "ces_effort", "Quanto esforço você teve para receber o seu pedido?", (1, 5)),
                q("comentario", "text", "Quer deixar algum comentário?"))
ZC_PT2 = survey("locadora-rota-livre-widget-pt-z",
                q("facil", "ces", "Foi fácil reservar o carro pelo nosso site.", (1, 7)),
                q("categoria", "single_choice", "Qual categoria de carro você reservou?",
                  options=["Econômico", "Sedã", "SUV", "Utilitário"]),
                q("sugestao", "text", "O que a gente pode melhorar na reserva online?"))
ZC_PT3 = survey("pastelaria-sakura-qr-pt-z",
                q("nota", "rating", "De 1 a 5, que nota você dá pro seu pedido de hoje?", (1, 5),
                  perspective="satisfaction"),
                q("voltaria", "yes_no", "Você voltaria na Pastelaria Sakura?", perspective="loyalty"),
                q("conta", "text", "Conta pra gente como foi!"))
ZC_PT4 = survey("academia-pulso-forte-flash-pt-z",
                q("frase", "text", "Em uma frase: como foi seu treino hoje na Pulso Forte?"))
ZC_PT5 = survey("transportadora-rota-norte-pulso-pt-z",
                q("enps", "nps", "De 0 a 10, você indicaria a Rota Norte como lugar para trabalhar?"),
                q("setor", "single_choice", "Em que setor você trabalha?",
                  options=["Armazém", "Motoristas", "Escritório", "Manutenção"]),
                q("permanecer", "yes_no", "Você pretende continuar na empresa nos próximos 12 meses?",
                  perspective="loyalty"),
                q("fala", "text", "Fala pra gente: o que precisa mudar?"))

r("pt", E, ZC_PT1, {"nps": 10, "produto": 5, "esforco": 1,
                    "comentario": "O sofá chegou dois dias antes do previsto, os rapazes subiram tudo pela escada e ainda tiraram o plástico. O tecido é lindo, igualzinho à foto."},
  (10, 10, 9.5, 9.5), "delivery+ staff+ product_quality+",
  note="Early delivery (delivery), obliging delivery men (staff), sofa as pictured (product_quality).")
r("pt", E, ZC_PT1, {"nps": 1, "produto": 2, "esforco": 5,
                    "comentario": "A cômoda veio com a lateral rachada. Abri chamado, mandei foto, e já faz 15 dias que ninguém me dá retorno."},
  (1.5, 1, 0.5, 1.5), "product_quality- communication-",
  note="Cracked chest of drawers (product_quality), no reply to the claim for 15 days (communication).")
r("pt", E, ZC_PT1, {"nps": 6, "produto": 4, "esforco": 3,
                    "comentario": "A mesa é firme e bonita, mas esperar 40 dias pela entrega é de lascar."},
  (6, 6, 4.5, 5.5), "product_quality+ delivery-", "mixed",
  "Good table; a 40-day delivery time ('é de lascar' = is maddening) is the delivery complaint.")
r("pt", E, ZC_PT1, {"nps": 8, "produto": 4, "esforco": 2,
                    "comentario": "Paguei no Pix com 10% de desconto, saiu bem em conta. A cadeira é confortável."},
  (8, 8, 7.5, 8), "price+ product_quality+",
  note="Discount made it good value (price praised); comfortable chair (product_quality).")
r("pt", WEB, ZC_PT2, {"facil": 7, "categoria": "Econômico",
                      "sugestao": "Reservei pelo celular em dois minutos e a confirmação chegou no WhatsApp com tudo explicadinho."},
  (9.5, 9, 10, 9), "website_app+ communication+")
r("pt", WEB, ZC_PT2, {"facil": 1, "categoria": "SUV",
                      "sugestao": "o site travou na hora de pagar, cobrou no cartao e nao gerou reserva nenhuma. no balcao disseram que nao tinha nada no sistema e tive que pagar de novo. ate agora nao devolveram"},
  (0.5, 0.5, 0, 1), "website_app- billing-", "no_diacritics",
  "Typed without accents (cartão, não, balcão, até). Site froze at payment (website_app); charged twice and not "
  "refunded (billing).")
r("pt", WEB, ZC_PT2, {"facil": 5, "categoria": "Sedã", "sugestao": "Deu tudo certo, obrigada."}, (7, 6.5, 7, 6.5),
  cases="short", note="A thank-you naming no theme; labels near the CES.")
r("pt", QR, ZC_PT3, {"nota": 5, "voltaria": True,
                     "conta": "Pastel sequinho e recheado de verdade, nada de pastel de vento, e o preço é camarada."},
  (9.5, 9.5, 8, 9.5), "product_quality+ price+",
  note="Crisp, well-filled pastel (product_quality), fair price ('camarada', price praised).")
r("pt", QR, ZC_PT3, {"nota": 2, "voltaria": False,
                     "conta": "Pedi no balcão, paguei e fiquei 25 minutos esperando enquanto a moça do caixa mexia no celular."},
  (2.5, 2, 3, 1.5), "waiting_time- staff-")
r("pt", QR, ZC_PT3, {"nota": 3, "voltaria": True,
                     "conta": "Gostoso como sempre, mas o chão perto das mesas tava cheio de guardanapo sujo."},
  (5.5, 5.5, 6, 7), "product_quality+ cleanliness-", "mixed")
r("pt", FL, ZC_PT4, {"frase": "Treino pago! Até amanhã."}, (7.5, 7, 7, 8), cases="short",
  note="Cheerful sign-off, no theme; coming back tomorrow lifts loyalty a little.")
r("pt", FL, ZC_PT4, {"frase": "Vestiário limpinho e cheiroso, mas à noite tem que esperar uns 15 minutos por qualquer aparelho."},
  (6, 6, 5, 6.5), "cleanliness+ waiting_time-", "mixed")
r("pt", EMP, ZC_PT5, {"enps": 1, "setor": "Armazém", "permanecer": False,
                      "fala": "A gente carrega caminhão o dia inteiro com metade da equipe e a PLR desse ano simplesmente sumiu. O gerente só aparece pra cobrar meta."},
  (1, 1, 2, 1), "workload- pay- management-",
  note="Half-staffed shifts (workload), profit-sharing bonus cancelled (pay), a manager who only chases targets (management).")
r("pt", EMP, ZC_PT5, {"enps": 7, "setor": "Escritório", "permanecer": True,
                      "fala": "Equipe muito parceira e meu gestor apoia, mas desde 2022 não rola promoção nem curso nenhum."},
  (6.5, 7, 6.5, 7.5), "colleagues+ management+ growth-", "mixed")


# ----------------------------------------------------------------------------------------------------- Greek
ZD_EL1 = survey("aktoploia-aigiis-email-el-z",
                q("nps", "nps", "Πόσο πιθανό είναι να προτείνετε την Ακτοπλοΐα Αιγηίς σε φίλους ή συγγενείς;"),
                q("taxidi", "csat", "Πόσο ικανοποιημένοι μείνατε από το ταξίδι σας;", (1, 5)),
                q("sxolio", "text", "Υπάρχει κάτι που θέλετε να μας πείτε για το ταξίδι σας;"))
ZD_EL2 = survey("taxymetafores-ermis-sms-el-z",
                q("lythike", "yes_no", "Λύθηκε το θέμα με την αποστολή σας;", perspective="ease"),
                q("vathmos", "csat", "Πώς βαθμολογείτε την εξυπηρέτηση που λάβατε; (1-5)", (1, 5)),
                q("minima", "text", "Γράψτε μας αν θέλετε να προσθέσετε κάτι."))
ZD_EL3 = survey("optika-iris-qr-el-z",
                q("vathmos", "rating", "Από το 1 έως το 10, πόσο ικανοποιημένοι είστε από την αγορά σας;", (1, 10),
                  perspective="satisfaction"),
                q("agora", "single_choice", "Τι αγοράσατε;",
                  options=["Γυαλιά οράσεως", "Γυαλιά ηλίου", "Φακούς επαφής"]),
                q("xana", "yes_no", "Θα μας ξαναπροτιμήσετε;", perspective="loyalty"),
                q("lexeis", "text", "Θέλετε να μας πείτε κάτι;"))
ZD_EL4 = survey("kentro-klhseon-synergia-palmos-el-z",
                q("enps", "nps", "Πόσο πιθανό είναι να προτείνεις τη Συνεργία ως εργοδότη σε κάποιον γνωστό σου;"),
                q("fortos", "rating", "Ο όγκος των κλήσεων στη βάρδια μου είναι διαχειρίσιμος. (1-5)", (1, 5),
                  perspective="ease"),
                q("protasi", "text", "Τι θα έκανε τη δουλειά σου καλύτερη;"))
ZD_EL5 = survey("flash-therino-sinema-asteria-el-z",
                q("gnomi", "text", "Πώς περάσατε στο θερινό σινεμά Αστέρια; Πείτε μας με δυο λόγια."))

r("el", E, ZD_EL1, {"nps": 9, "taxidi": 5,
                    "sxolio": "Το πλοίο έφυγε στην ώρα του, οι καμπίνες ήταν πεντακάθαρες και τα παιδιά του πληρώματος μας βοήθησαν να ανεβάσουμε τις βαλίτσες."},
  (9.5, 9, 9, 9), "waiting_time+ cleanliness+ staff+",
  note="Departed on time (no delay), spotless cabins, a crew that helped with the luggage. Ease not asked: high.")
r("el", E, ZD_EL1, {"nps": 2, "taxidi": 1,
                    "sxolio": "Το δρομολόγιο της Παρασκευής για Νάξο ακυρώθηκε λόγω απεργίας, εντάξει, αυτό το καταλαβαίνω. Δεν καταλαβαίνω όμως γιατί το έμαθα από έναν άλλον επιβάτη στο λιμάνι, τη στιγμή που για την κράτηση μου στείλατε email μέσα σε ένα λεπτό. Στο εκδοτήριο του Πειραιά μάς είπαν να πάρουμε τηλέφωνο, στο τηλέφωνο μάς είπαν να πάμε στο εκδοτήριο. Τελικά φύγαμε Κυριακή, χάσαμε δύο βράδια στο δωμάτιο που είχαμε ήδη πληρώσει, και η διαφορά για την καμπίνα που δεν πήραμε ακόμα δεν έχει επιστραφεί στην κάρτα μου."},
  (0.5, 1.5, 1.5, 1.5), "communication- staff- billing-", "long",
  "Long: the strike itself is accepted; the complaints are learning of the cancellation from another passenger "
  "(communication), being bounced between ticket office and phone line (staff), and the cabin difference not yet "
  "refunded (billing). Ease low from the run-around.")
r("el", E, ZD_EL1, {"nps": 6, "taxidi": 3,
                    "sxolio": "Το ταξίδι άνετο, αλλά 12 ευρώ για ένα τοστ κι έναν φραπέ στο κυλικείο είναι σκέτη ληστεία."},
  (5, 5.5, 6.5, 5.5), "product_quality+ price-", "mixed",
  "A comfortable crossing against canteen prices called robbery; CSAT 3 and NPS 6 anchor the middle.")
r("el", E, ZD_EL1, {"nps": 8, "taxidi": 4,
                    "sxolio": "Η κάρτα επιβίβασης ήρθε κατευθείαν στο κινητό και μπήκαμε στο πλοίο χωρίς να τυπώσουμε τίποτα. Βολικότατο."},
  (8, 8, 9, 8), "website_app+", note="A mobile boarding pass, nothing to print: the app, and easy.")

r("el", SMS, ZD_EL2, {"lythike": True, "vathmos": 5,
                      "minima": "Ο κούριερ πήρε τηλέφωνο μισή ώρα πριν έρθει και άφησε το δέμα στον θυρωρό, όπως του είχα ζητήσει."},
  (9.5, 9, 8.5, 9), "delivery+ communication+",
  note="Parcel left with the porter as asked (delivery); the courier called half an hour ahead (being informed).")
r("el", SMS, ZD_EL2, {"lythike": False, "vathmos": 1,
                      "minima": "Τέσσερις μέρες τώρα το δέμα γράφει «σε διαμετακόμιση» και στο τηλεφωνικό σας κέντρο δεν σηκώνει κανείς."},
  (0.5, 1, 1.5, 1.5), "delivery- communication-",
  note="Parcel stuck 'in transit' for four days; nobody answers the call centre.")
r("el", SMS, ZD_EL2, {"lythike": True, "vathmos": 4, "minima": "Μια χαρά, ευχαριστώ πολύ."},
  (7.5, 7, 8, 7), cases="short", note="'All good, thanks a lot': names no theme; labels from the yes and CSAT 4.")

r("el", QR, ZD_EL3, {"vathmos": 10, "agora": "Γυαλιά οράσεως", "xana": True,
                     "lexeis": "Η κυρία Ελένη κάθισε μαζί μου σχεδόν μισή ώρα, με απίστευτη υπομονή, ώσπου να βρούμε σκελετό που μου ταιριάζει. Και η τιμή για προοδευτικούς φακούς πολύ λογική."},
  (10, 9.5, 9, 9.5), "staff+ price+",
  note="A patient optician (staff) and a reasonable price for progressive lenses (price praised).")
r("el", QR, ZD_EL3, {"vathmos": 3, "agora": "Γυαλιά οράσεως", "xana": False,
                     "lexeis": "Τα γυαλιά ετοιμάστηκαν δέκα μέρες αργότερα απ' ό,τι μου είχατε πει, και με το που τα φοράω ζαλίζομαι, σαν να μπερδέψατε τη συνταγή."},
  (2, 2, 3, 1.5), "waiting_time- product_quality-",
  note="Glasses ready ten days late (a delay before being served, picked up in store) and they make him dizzy.")
r("el", QR, ZD_EL3, {"vathmos": 7, "agora": "Φακούς επαφής", "xana": True,
                     "lexeis": "Οι φακοί επαφής είναι ίδιοι με αυτούς που έπαιρνα πριν, απλώς εδώ κοστίζουν λιγότερο. Το μηχάνημα για τις κάρτες όμως δεν δούλευε και έτρεχα να βρω ΑΤΜ."},
  (6.5, 7, 5, 7.5), "price+ billing-", "mixed",
  "Same lenses for less (price praised) against a broken card terminal (payment); running to an ATM lowers ease.")

r("el", EMP, ZD_EL4, {"enps": 7, "fortos": 3,
                      "protasi": "Τα παιδιά στη βάρδια είναι φοβερά, πάντα κάποιος θα σε καλύψει αν χρειαστεί. Η εκπαίδευση όμως για τα νέα πακέτα γίνεται στο πόδι, μαθαίνουμε πάνω στις κλήσεις."},
  (6.5, 7, 5, 7), "colleagues+ growth-", "mixed",
  "Great shift mates (colleagues) against training done on the fly (growth). Ease from the workload rating 3.")
r("el", EMP, ZD_EL4, {"enps": 1, "fortos": 1,
                      "protasi": "Οκτώ ώρες κλήσεις η μία πίσω από την άλλη με ένα πεντάλεπτο διάλειμμα, και οι ομαδάρχες κοιτάνε μόνο τον μέσο χρόνο ανά κλήση."},
  (1, 1, 0.5, 1.5), "workload- management-",
  note="Back-to-back calls with one five-minute break (workload); team leads watching only average handling time "
       "(management).")

r("el", FL, ZD_EL5, {"gnomi": "Η κοπέλα στο κυλικείο πολύ γλυκιά, αλλά περιμέναμε είκοσι λεπτά για δύο ποπκόρν και χάσαμε την αρχή της ταινίας."},
  (5, 5, 4, 5.5), "staff+ waiting_time-", "mixed",
  "A sweet girl at the snack bar, but twenty minutes for popcorn cost them the start of the film.")
r("el", FL, ZD_EL5, {"gnomi": "Υπέροχη βραδιά! Έκανε λίγη ψύχρα μόνο, την επόμενη φορά παίρνουμε ζακέτα."},
  (8.5, 8.5, 8.5, 9), note="A lovely evening; the chill is the weather, no theme. 'Next time' implies coming back.")

# ----------------------------------------------------------------------------------------------------- Czech
ZD_CS1 = survey("pojistovna-jistota-web-cz-z",
                q("snadne", "ces", "Nahlásit pojistnou událost přes náš web bylo snadné.", (1, 7)),
                q("zlepsit", "text", "Co bychom na webu měli zlepšit?"))
ZD_CS2 = survey("bistro-knedlik-kiosk-cz-z",
                q("dnes", "csat", "Jak vám dnes chutnalo?", (1, 3), perspective="satisfaction"),
                q("proc", "text", "Chcete nám k tomu něco napsat? (nepovinné)"))
ZD_CS3 = survey("pivnice-u-dvou-kohoutu-qr-cz-z",
                q("hodnoceni", "rating", "Jak byste ohodnotili dnešní návštěvu na stupnici 1–10?", (1, 10),
                  perspective="satisfaction"),
                q("znovu", "yes_no", "Přijdete k nám zase?", perspective="loyalty"),
                q("vzkaz", "text", "Vzkaz pro hospodského:"))
ZD_CS4 = survey("domov-podzim-puls-cz-z",
                q("enps", "nps", "Jak pravděpodobně byste doporučili Domov Podzim jako zaměstnavatele?"),
                q("zustanu", "yes_no", "Vidíte se tady i za rok?", perspective="loyalty"),
                q("vzkaz", "text", "Co by mělo vedení vědět?"))
ZD_CS5 = survey("kola-slapka-sms-cz-z",
                q("vyreseno", "yes_no", "Vyřešili jsme vaši žádost?", perspective="ease"),
                q("sms", "text", "Odpovězte SMS, pokud chcete něco dodat."))

r("cs", WEB, ZD_CS1, {"snadne": 7,
                      "zlepsit": "Fotky prasklého čelního skla jsem nahrál rovnou z mobilu a za dva dny mi přišla zpráva, že je škoda schválená. Rychlejší, než jsem čekal."},
  (9, 9, 10, 8.5), "website_app+ communication+",
  note="Photos uploaded straight from the phone (website) and a message two days later that the claim was approved.")
r("cs", WEB, ZD_CS1, {"snadne": 2,
                      "zlepsit": "Formulář chce číslo smlouvy, které v aplikaci nikde nevidím. Na operátora v chatu jsem čekal deset minut a pak se okno samo zavřelo."},
  (2.5, 2.5, 1.5, 3.5), "website_app- waiting_time-",
  note="The form wants a contract number the app never shows; ten minutes waiting for a chat operator.")
r("cs", WEB, ZD_CS1, {"snadne": 5,
                      "zlepsit": "Samotné hlášení šlo celkem v pohodě, jenže plnění přišlo o tři tisíce nižší, než říkal likvidátor, a nikdo mi nevysvětlil proč."},
  (4.5, 4.5, 6, 4.5), "website_app+ billing- communication-", "mixed",
  "Reporting online was fine; the payout came 3,000 CZK below the adjuster's figure (a payment, billing) with no "
  "explanation (communication). Ease from CES 5, the rest pulled down.")

r("cs", KIO, ZD_CS2, {"dnes": 3, "proc": "Svíčková jako od babičky a objednat na obrazovce zabralo minutu."},
  (9.5, 9, 9.5, 9), "product_quality+ website_app+",
  note="Home-style svíčková (the food) and a one-minute order on the kiosk screen.")
r("cs", KIO, ZD_CS2, {"dnes": 1,
                      "proc": "Na tácu drobky po někom jiném, stoly ulepené a jídlo nám nesli přes dvacet minut, přestože tam skoro nikdo nebyl."},
  (1, 1, 3, 1.5), "cleanliness- waiting_time-",
  note="Crumbs on the tray, sticky tables, over twenty minutes for food with hardly anyone there.")
r("cs", KIO, ZD_CS2, {"dnes": 2, "proc": "Ujde to."}, (5, 4.5, 5.5, 4.5), cases="short",
  note="'It'll do': lukewarm, no theme; CSAT 2 is the middle.")

r("cs", QR, ZD_CS3, {"hodnoceni": 9, "znovu": True,
                     "vzkaz": "Pivo vychlazené, natočené tak, jak má být, a paní za pípou si pamatovala, co pijeme, i když jsme tu byli teprve podruhé."},
  (9, 9, 8.5, 9.5), "product_quality+ staff+",
  note="Well-kept, well-poured beer (the product) and a barmaid who remembered their order.")
r("cs", QR, ZD_CS3, {"hodnoceni": 5, "znovu": True,
                     "vzkaz": "Guláš dobrý, ale na účtě jsme měli o dvě piva víc, a když jsme to řekli, číšník se tvářil, jako bychom ho chtěli okrást."},
  (4.5, 4, 4.5, 5.5), "product_quality+ billing- staff-", "mixed",
  "Good goulash against two extra beers on the bill and a waiter who acted offended. The yes to returning is pulled "
  "down by the comment.")
r("cs", QR, ZD_CS3, {"hodnoceni": 8, "znovu": True,
                     "vzkaz": "Půllitr za 59 Kč kousek od Staromáku, to už se skoro nevidí. Jen na záchodech chybělo mýdlo."},
  (7.5, 7.5, 7.5, 8), "price+ cleanliness-", "mixed",
  "A cheap pint near Old Town Square (price praised) against no soap in the toilets (hygiene).")

r("cs", EMP, ZD_CS4, {"enps": 2, "zustanu": False,
                      "vzkaz": "Holky na oddělení jsou zlatý, bez nich bych tu už dávno nebyla. Jenže na odpolední jsme dvě pečovatelky na třicet klientů a ředitelka na poradách řeší hlavně nové záclony."},
  (2, 2, 1.5, 1.5), "colleagues+ workload- management-", "mixed",
  "Golden colleagues against two carers for thirty residents (staffing) and a director busy with curtains. Not "
  "staying next year.")
r("cs", EMP, ZD_CS4, {"enps": 9, "zustanu": True,
                      "vzkaz": "Letos mi domov zaplatil kurz paliativní péče a od ledna je vyšší příplatek za noční. Je vidět, že si nás tu váží."},
  (9, 9, 7.5, 9), "growth+ pay+",
  note="A paid palliative-care course (training) and a higher night-shift allowance (pay).")

r("cs", SMS, ZD_CS5, {"vyreseno": True,
                      "sms": "kolo neslo zamknout a apka mi porad pocitala minuty, ale na podpore mi to hned vratili. dik"},
  (6.5, 6.5, 6, 6.5), "product_quality- website_app- billing+", "mixed no_diacritics",
  "Typed without háčky and čárky. The bike's lock failed and the app kept counting minutes; support refunded them "
  "at once. Ease below the yes: he had to contact support at all.")
r("cs", SMS, ZD_CS5, {"vyreseno": False,
                      "sms": "Už třikrát jsem psal, že mi kauci 500 Kč strhli dvakrát, a pokaždé přijde jen automatická odpověď."},
  (1.5, 1.5, 1, 2), "billing- communication-",
  note="A 500 CZK deposit taken twice; three messages answered only by an auto-reply.")
r("cs", SMS, ZD_CS5, {"vyreseno": True, "sms": "Vyřešeno, díky. Teď ještě aby přestalo pršet :)"},
  (8, 7.5, 8.5, 7.5), note="Solved, thanks; the rain is weather and names no theme.")


# ----------------------------------------------------------------------------------------------------- Persian
ZE_FA1 = survey("barfak-tamir-lavazem-fa-z",
                q("nps", "nps", "چقدر احتمال دارد خدمات تعمیر برفک را به دوستان و خانواده~تان پیشنهاد کنید؟"),
                q("tamir", "csat", "از کیفیت تعمیر دستگاهتان چقدر راضی هستید؟", (1, 5)),
                q("tozih", "text", "اگر درباره این سرویس حرفی دارید بنویسید."))
ZE_FA2 = survey("atlas-servis-khodro-fa-z",
                q("emruz", "csat", "از سرویس امروز خودروتان راضی بودید؟", (1, 3), perspective="satisfaction"),
                q("chera", "text", "چرا؟"))
ZE_FA3 = survey("pardis-amuzeshgah-zaban-web-fa-z",
                q("asan", "ces", "ثبت~نام در کلاس از طریق سایت آسان بود.", (1, 7)),
                q("behbud", "text", "چه چیزی را باید بهتر کنیم؟"))
ZE_FA4 = survey("kababi-shabdiz-karkonan-fa-z",
                q("enps", "nps", "چقدر احتمال دارد کار در رستوران~های شبدیز را به دوستانتان پیشنهاد کنید؟"),
                q("bakhsh", "single_choice", "در کدام قسمت کار می~کنید؟", options=["آشپزخانه", "سالن", "صندوق"]),
                q("harf", "text", "اگر می~توانستید یک چیز را عوض کنید، چه بود؟"))
ZE_FA5 = survey("khoshkshuyi-sepidar-flash-fa-z",
                q("jomle", "text", "تجربه~تان از خشکشویی سپیدار را در یک جمله بنویسید."))

r("fa", E, ZE_FA1, {"nps": 10, "tamir": 5,
                    "tozih": "تکنسین قطعه خراب ماشین لباسشویی را نشانم داد و حوصله کرد توضیح بدهد چرا سوخته. از آن روز دستگاه بی~صدا کار می~کند."},
  (9.5, 10, 8.5, 9.5), "staff+ communication+ product_quality+")
r("fa", E, ZE_FA1, {"nps": 2, "tamir": 1,
                    "tozih": "یک هفته بعد از تعمیر، کولر دوباره همان صدای قبلی را می~دهد. برای سرویس دوم هم جداگانه از من اجرت گرفتند."},
  (0.5, 2, 2.5, 1.5), "product_quality- billing-",
  note="The repair did not hold and the second visit was charged again (billing); a second call-out lowers ease.")
r("fa", E, ZE_FA1, {"nps": 7, "tamir": 4,
                    "tozih": "اجرت منصفانه بود و از نرخ بازار ارزان~تر درآمد، فقط سه روز منتظر ماندیم تا کسی سر بزند."},
  (7, 7, 5.5, 7), "price+ waiting_time-", "mixed",
  "A fair, cheaper-than-market fee against a three-day wait for the visit.")
r("fa", SMS, ZE_FA1, {"nps": 5, "tamir": 4,
                      "tozih": "تکنسین کارش را خوب بلد بود و یخچال درست شد، اما برای هماهنگی وقت چهار بار تماس گرفتم و هر دفعه قرار بود خودشان خبر بدهند که ندادند."},
  (6, 5, 3, 5.5), "staff+ product_quality+ communication-", "mixed",
  "CSAT 4 for the repair itself, which the comment praises; four calls and promised call-backs that never came lower "
  "ease and pull the rest to the middle.")
r("fa", SMS, ZE_FA1, {"nps": 8, "tamir": 4, "tozih": "راضی~ام، دستتان درد نکند."}, (7.5, 8, 7.5, 7.5), "", "short",
  "A plain thank-you naming no theme; labels follow the answers.")

r("fa", KIO, ZE_FA2, {"emruz": 3, "chera": "روغن و فیلتر را جلوی چشم خودم عوض کردند و سالن انتظارشان هم حسابی تمیز بود."},
  (9, 8.5, 8.5, 8.5), "product_quality+ cleanliness+")
r("fa", KIO, ZE_FA2, {"emruz": 1,
                      "chera": "برای یک تعویض روغن ساده دو ساعت معطل شدم، آخرش هم فاکتور را گران~تر از قیمتی که روی تابلوی ورودی نوشته بود حساب کردند."},
  (1, 1, 2, 1.5), "waiting_time- billing-",
  note="Two hours' wait, and an invoice above the posted price (a wrong charge, so billing).")
r("fa", QR, ZE_FA2, {"emruz": 2, "chera": "ماشین را تحویل گرفتم، ببینیم تا هفته بعد چطور کار می~کند."},
  (5, 5, 5.5, 5), "", "",
  "Wait-and-see, naming no theme; labels at the CSAT's middle.")

r("fa", WEB, ZE_FA3, {"asan": 2, "behbud": "درگاه پرداخت وسط کار خطا داد؛ پول از حسابم کم شد ولی اسمم در کلاس ثبت نشد."},
  (2, 2.5, 1.5, 3.5), "website_app- billing-")
r("fa", WEB, ZE_FA3, {"asan": 6,
                      "behbud": "سایت اصلاً گیج~کننده نبود و شهریه هم در مقایسه با آموزشگاه~های دیگر گران نیست."},
  (8.5, 8.5, 8.5, 8), "website_app+ price+", "negation",
  "'Not confusing at all', fees 'not expensive' next to other schools: negated complaints, i.e. praise of the site "
  "and the price.")

r("fa", EMP, ZE_FA4, {"enps": 3, "bakhsh": "آشپزخانه",
                      "harf": "آخر هفته~ها آشپزخانه با سه نفر کمتر می~چرخد و حقوق این ماه هم ده روز دیرتر واریز شد."},
  (2.5, 3, 2.5, 3), "workload- pay-")
r("fa", EMP, ZE_FA4, {"enps": 8, "bakhsh": "سالن",
                      "harf": "سرپرست سالن برایمان کلاس مهمان~داری گذاشت و بچه~های شیفت عصر واقعاً با هم رفیقیم؛ فقط کاش جدول شیفت~ها را زودتر اعلام کنند."},
  (7.5, 8, 6.5, 8), "growth+ colleagues+ management-", "mixed",
  "Training and the team praised; late rotas are a management complaint.")

r("fa", FL, ZE_FA5, {"jomle": "لکه روغن روی کتم کامل پاک شده بود، ولی قیمتش تقریباً دو برابر خشکشویی سر کوچه~مان است."},
  (6.5, 6, 7.5, 6), "product_quality+ price-", "mixed")
r("fa", FL, ZE_FA5, {"jomle": "پیراهنم را با یک دکمه کم پس دادند و آقای پشت پیشخوان گفت حتماً از اول نبوده!"},
  (2.5, 2.5, 4, 3), "product_quality- staff-")

# ----------------------------------------------------------------------------------------------------- Ukrainian
ZE_UK1 = survey("volt-elektronika-uk-z",
                q("nps", "nps", "Наскільки ймовірно, що ви порадите інтернет-магазин «Вольт» друзям?"),
                q("tovar", "csat", "Наскільки ви задоволені отриманим товаром?", (1, 5)),
                q("dostavka", "single_choice", "Як ви отримали замовлення?",
                  options=["Кур'єром додому", "У відділенні пошти", "Самовивіз із магазину"]),
                q("komentar", "text", "Ваш коментар до замовлення:"))
ZE_UK2 = survey("dzherelo-voda-pidtrymka-uk-z",
                q("vyrisheno", "yes_no", "Чи вдалося розв'язати ваше питання?", perspective="ease"),
                q("zusyllia", "ces_effort", "Скільки зусиль вам знадобилося? (1 — зовсім мало, 5 — дуже багато)", (1, 5)),
                q("slovo", "text", "Що ще хочете сказати?"))
ZE_UK3 = survey("burhernia-zhar-kiosk-uk-z",
                q("vizyt", "csat", "Як вам сьогодні в «Жарі»?", (1, 5)),
                q("chomu", "text", "Розкажіть коротко, чому так."))
ZE_UK4 = survey("sklad-kvadrat-puls-uk-z",
                q("enps", "nps", "Наскільки ймовірно, що ви порадите склад «Квадрат» як роботодавця?"),
                q("zalyshus", "yes_no", "Чи плануєте ви працювати в нас і через рік?", perspective="loyalty"),
                q("zminy", "text", "Що варто змінити в першу чергу?"))
ZE_UK5 = survey("liliia-kvity-flash-uk-z",
                q("vrazhennia", "text", "Одним реченням: як вам букет від «Лілії»?"))

r("uk", E, ZE_UK1, {"nps": 9, "tovar": 5, "dostavka": "Кур'єром додому",
                    "komentar": "Навушники приїхали вже наступного ранку, кур'єр ще й набрав за пів години, щоб я встиг спуститися. А звук — просто космос."},
  (9.5, 9, 9, 9), "delivery+ communication+ product_quality+")
r("uk", E, ZE_UK1, {"nps": 1, "tovar": 1, "dostavka": "У відділенні пошти",
                    "komentar": "Замовляв робот-пилосос мамі на день народження. Забрав посилку у відділенні, вдома відкриваємо — а він не вмикається, на корпусі подряпини, у контейнері чужий пил. Тобто продали вживаний і видали за новий. Того ж вечора зняв усе на відео й написав на гарячу лінію. Минуло три дні: щоразу та сама відповідь «ми розбираємося», жодного дзвінка, жодних строків. Свято зіпсоване, гроші зависли. Більше у «Вольті» нічого не куплю і знайомих відмовлятиму."},
  (0.5, 0.5, 1.5, 0.5), "product_quality- communication-", "long",
  "A used, broken vacuum sold as new (the goods) and three days of the same non-answer from the hotline; 'won't buy "
  "again' sets loyalty.")
r("uk", E, ZE_UK1, {"nps": 6, "tovar": 4, "dostavka": "Самовивіз із магазину",
                    "komentar": "Ноутбук нормальний за свої гроші, але фільтри на сайті працюють через раз, довго шукав потрібну модель."},
  (6, 6, 4.5, 6), "price+ website_app-", "mixed",
  "Good value for the money; the site's filters made finding the model slow, which lowers ease.")

r("uk", SMS, ZE_UK2, {"vyrisheno": True, "zusyllia": 1,
                      "slovo": "Водій спершу поїхав не на ту адресу, але диспетчерка миттю все владнала."},
  (8, 8, 9, 8), "delivery- staff+", "mixed")
r("uk", SMS, ZE_UK2, {"vyrisheno": False, "zusyllia": 5,
                      "slovo": "За воду списали з картки двічі, а повернення обіцяють «протягом 30 банківських днів». Це знущання."},
  (1.5, 1.5, 0.5, 2), "billing-")
r("uk", WEB, ZE_UK2, {"vyrisheno": True, "zusyllia": 2,
                      "slovo": "Підписку в застосунку оформив за хвилину, зручно. А от бутль за пів року подорожчав на третину."},
  (6.5, 6, 8, 6), "website_app+ price-", "mixed")
r("uk", WEB, ZE_UK2, {"vyrisheno": True, "zusyllia": 3, "slovo": "ок, дякую"}, (6.5, 6.5, 6.5, 6.5), "", "short",
  "Two words of thanks, no theme; ease between the 'yes' and effort 3.")

r("uk", KIO, ZE_UK3, {"vizyt": 5,
                      "chomu": "Бургер соковитий, булка свіжа, а дівчина на касі підказала, що взяти дитині без гострого."},
  (9.5, 9, 9, 9), "product_quality+ staff+")
r("uk", KIO, ZE_UK3, {"vizyt": 2,
                      "chomu": "Столики липкі, на підлозі картопля фрі, серветок немає. Смачно, але сидіти там неприємно."},
  (3.5, 3.5, 6, 4), "cleanliness- product_quality+", "mixed")
r("uk", QR, ZE_UK3, {"vizyt": 3,
                     "chomu": "Чекали на замовлення двадцять п'ять хвилин, хоча зал був напівпорожній. Картопля встигла вихолонути."},
  (3.5, 3.5, 3.5, 4), "waiting_time- product_quality-",
  note="CSAT 3 (middle) pulled down by a long wait in an empty hall and cold fries.")

r("uk", EMP, ZE_UK4, {"enps": 2, "zalyshus": False,
                      "zminy": "Норму відвантаження підняли вже втретє, а ставка та сама. Бригадир на все відповідає «не подобається — двері там»."},
  (1.5, 2, 2, 1.5), "workload- pay- management-")
r("uk", EMP, ZE_UK4, {"enps": 7, "zalyshus": True,
                      "zminy": "Нарешті оплатили курси на водія навантажувача, це плюс. Але нічні зміни по дванадцять годин без нормальної перерви вимотують."},
  (6.5, 7, 5, 7.5), "growth+ workload-", "mixed")

r("uk", FL, ZE_UK5, {"vrazhennia": "Троянди простояли майже два тижні, а дружина досі показує фото букета подругам."},
  (9.5, 9.5, 8.5, 9), "product_quality+")
r("uk", FL, ZE_UK5, {"vrazhennia": "Так собі, чекав більшого."}, (4, 4, 5.5, 4.5), "", "short",
  "Lukewarm disappointment naming nothing in particular: no theme, labels a little below the middle.")


# ----------------------------------------------------------------------------------------------------- French
ZF_FR1 = survey("cuisines-lemaire-fr-z",
                q("nps", "nps", "Quelle est la probabilité que vous recommandiez Cuisines Lemaire à un proche ?"),
                q("pose", "ces", "L'installation de ma cuisine s'est déroulée sans complication.", (1, 7)),
                q("avis", "text", "Votre avis sur votre nouvelle cuisine et son installation ?"))
ZF_FR2 = survey("clic-tirage-service-client-fr-z",
                q("effort", "ces_effort", "Quel effort avez-vous dû fournir pour obtenir une réponse ?", (1, 5)),
                q("reponse", "csat", "Êtes-vous satisfait de la réponse apportée ?", (1, 5)),
                q("plus", "text", "Un commentaire ?"))
ZF_FR3 = survey("brasserie-petit-tram-fr-z",
                q("passage", "csat", "Comment s'est passé votre repas au Petit Tram ?", (1, 5)),
                q("detail", "text", "Dites-nous en un peu plus (facultatif)"))
ZF_FR4 = survey("jardinerie-verte-prairie-flash-fr-z",
                q("phrase", "text", "Votre visite à la Jardinerie Verte Prairie en une phrase ?"))
ZF_FR5 = survey("creches-petits-pas-pulse-fr-z",
                q("enps", "nps", "Recommanderiez-vous les crèches Petits Pas comme employeur à une amie ?"),
                q("rester", "yes_no", "Pensez-vous travailler encore chez nous dans un an ?", perspective="loyalty"),
                q("quotidien", "text", "Qu'est-ce qui améliorerait votre quotidien au travail ?"))

r("fr", E, ZF_FR1, {"nps": 9, "pose": 6,
                    "avis": "Les deux poseurs ont été d'une minutie incroyable, ils ont protégé le parquet et tout aspiré avant de partir. La cuisine est exactement comme sur le plan 3D."},
  (9, 9, 8.5, 9), "staff+ cleanliness+ product_quality+",
  note="The fitters' care is staff, hoovering up before leaving is cleanliness, the kitchen matching the plan is the product.")
r("fr", E, ZF_FR1, {"nps": 2, "pose": 2,
                    "avis": "Le plan de travail n'a pas été livré le jour prévu, les poseurs se sont déplacés pour rien. Personne ne nous a prévenus, et pour obtenir une nouvelle date il a fallu que je relance moi-même le magasin."},
  (1.5, 2, 1.5, 2), "delivery- communication-",
  note="The worktop not delivered on the day is delivery; nobody warning them and having to ring the shop is communication.")
r("fr", E, ZF_FR1, {"nps": 8, "pose": 5,
                    "avis": "cuisine superbe, le plan en chene massif est magnifique et le prix etait bien en dessous des autres devis. seul bemol : on a appris par hasard en appelant que la date de pose avait ete decalee d une semaine"},
  (7.5, 8, 6, 7.5), "product_quality+ price+ communication-", "mixed no_diacritics",
  "Typed without accents. The kitchen and the cheaper quote are praised; learning of the postponed fitting only by "
  "chance is communication, and it pulls ease a little below the CES anchor.")

r("fr", SMS, ZF_FR2, {"effort": 1, "reponse": 5,
                      "plus": "Une page de mon album était imprimée de travers. Réponse en dix minutes et le nouvel exemplaire est arrivé chez moi trois jours plus tard."},
  (8.5, 8.5, 9.5, 8.5), "product_quality- waiting_time+ delivery+", "mixed",
  "The crooked page is a product fault (negative); the ten-minute answer is waiting time and the reprint arriving in "
  "three days is delivery, both praised.")
r("fr", SMS, ZF_FR2, {"effort": 4, "reponse": 2,
                      "plus": "Vous m'avez prélevé deux fois les 42 € de tirages. Trois messages plus tard, toujours pas remboursée."},
  (2.5, 2.5, 2, 3), "billing-", note="Charged twice and still not refunded after three messages: billing; the effort sets ease low.")
r("fr", WEB, ZF_FR2, {"effort": 2, "reponse": 4,
                      "plus": "L'outil de création en ligne est vraiment intuitif, mon calendrier était bouclé en une soirée. Par contre 6,90 € de frais d'envoi pour un calendrier à 15 €, c'est abusé."},
  (7.5, 7, 8, 7), "website_app+ price-", "mixed",
  "The online design tool is the website; shipping fees of almost half the item's price are a price complaint.")
r("fr", WEB, ZF_FR2, {"effort": 3, "reponse": 3,
                      "plus": "Le format panoramique que je cherchais n'est plus au catalogue, j'ai dû me rabattre sur un autre."},
  (5, 5, 5, 5), note="A format no longer in the catalogue (stock/range) names no theme; labels on the middle answers.")

r("fr", KIO, ZF_FR3, {"passage": 5,
                      "detail": "Le serveur aux cheveux bouclés a été aux petits soins avec mes parents, et la carbonade était fondante à souhait."},
  (9.5, 9.5, 9, 9.5), "staff+ product_quality+")
r("fr", KIO, ZF_FR3, {"passage": 1,
                      "detail": "Toilettes sans papier ni savon, sol trempé, lavabo crasseux. Ça fait froid dans le dos quand on pense à la cuisine."},
  (1, 1, 3.5, 1.5), "cleanliness-",
  note="Dirty toilets only: cleanliness; ease has no evidence and is set near the answer, pulled towards the middle.")
r("fr", QR, ZF_FR3, {"passage": 3,
                     "detail": "Addition très raisonnable pour ce qu'on a mangé, mais quarante minutes entre l'entrée et le plat, avec un gamin de quatre ans c'est long."},
  (5, 5, 4, 5), "price+ waiting_time-", "mixed",
  "A reasonable bill is price praised; forty minutes between courses is waiting time and lowers ease.")
r("fr", QR, ZF_FR3, {"passage": 4, "detail": "Soirée agréable, à refaire."}, (7.5, 7.5, 7, 8), cases="short",
  note="Short and generic, no theme; 'à refaire' lifts loyalty a little.")

r("fr", FL, ZF_FR4, {"phrase": "Les plants de tomates étaient à moitié jaunes et le caissier a soupiré quand je lui ai demandé un sac."},
  (3, 3, 4.5, 3.5), "product_quality- staff-",
  note="Yellowing plants are the goods; the cashier sighing is staff manner. Ease has no evidence, set towards the middle.")

r("fr", EMP, ZF_FR5, {"enps": 3, "rester": False,
                      "quotidien": "Une seule auxiliaire pour huit bébés la plupart des matins, et le planning des remplacements n'est affiché qu'au dernier moment, parfois à 18 h pour le matin suivant."},
  (2.5, 3, 2.5, 2), "workload- management-",
  note="One assistant for eight babies is staffing (workload); the replacement rota posted at the last minute is management.")
r("fr", EMP, ZF_FR5, {"enps": 9, "rester": True,
                      "quotidien": "Belle prime en décembre, et la directrice m'a proposé la formation de référente en motricité libre. Je me sens reconnue."},
  (9, 9, 8, 9.5), "pay+ management+ growth+",
  note="The December bonus is pay, the director offering the course is management, the training itself is growth.")

# ----------------------------------------------------------------------------------------------------- Russian
ZF_RU1 = survey("klubok-pryazha-ru-z",
                q("nps", "nps", "Насколько вероятно, что вы порекомендуете магазин пряжи «Клубок» подругам или знакомым?"),
                q("tovar", "csat", "Насколько вы довольны пряжей и другими товарами из заказа?", (1, 5)),
                q("legko", "ces", "Оформить заказ на нашем сайте было легко.", (1, 7)),
                q("otzyv", "text", "Расскажите, как вам заказ."))
ZF_RU2 = survey("vzhukh-samokaty-podderzhka-ru-z",
                q("reshen", "yes_no", "Ваш вопрос решён?", perspective="ease"),
                q("otsenka", "rating", "Оцените работу поддержки от 1 до 10.", (1, 10), perspective="satisfaction"),
                q("sms", "text", "Напишите пару слов, если хотите."))
ZF_RU3 = survey("blinnaya-teplaya-ru-z",
                q("vizit", "csat", "Как вам у нас сегодня?", (1, 3), perspective="satisfaction"),
                q("pochemu", "text", "Пара слов о визите (необязательно)"))
ZF_RU4 = survey("shinomontazh-koleso-flash-ru-z",
                q("fraza", "text", "Как прошёл ваш визит в шиномонтаж «Колесо»? Одной фразой."))
ZF_RU5 = survey("gostinitsa-volzhskaya-puls-ru-z",
                q("enps", "nps", "Насколько вероятно, что вы порекомендуете гостиницу «Волжская» как место работы?"),
                q("otdel", "single_choice", "В каком отделе вы работаете?", options=["Ресепшен", "Хаускипинг", "Ресторан"]),
                q("nagruzka", "rating", "Моя нагрузка мне по силам.", (1, 5), perspective="ease"),
                q("skazat", "text", "Что бы вы сказали руководству?"))

r("ru", E, ZF_RU1, {"nps": 10, "tovar": 5, "legko": 7,
                    "otzyv": "Пряжа точь-в-точь как на фото, мягкая, цвет совпал. Посылка пришла за три дня, и мне каждый раз писали, на каком она этапе."},
  (9.5, 10, 9.5, 9.5), "product_quality+ delivery+ communication+",
  note="The yarn is the goods, the parcel in three days is delivery, being told each stage is communication.")
r("ru", E, ZF_RU1, {"nps": 7, "tovar": 4, "legko": 5,
                    "otzyv": "Сайт удобный, фильтр по толщине нити очень выручает. Но за доставку в пункт выдачи списали дважды, вторую сумму вернули только через неделю после моего письма."},
  (6.5, 7, 6.5, 7), "website_app+ billing-", "mixed",
  "The site and its filter are praised; the shipping fee charged twice and refunded a week later is billing.")

r("ru", SMS, ZF_RU2, {"reshen": True, "otsenka": 9,
                      "sms": "Оператор за пять минут разобрался и вернул 400 рублей за поездку, которую я не совершал. Быстро и вежливо."},
  (9, 8.5, 9, 8.5), "staff+ billing+ waiting_time+",
  note="A polite, competent operator (staff); the wrongly charged ride refunded (billing+); five minutes is waiting time.")
r("ru", SMS, ZF_RU2, {"reshen": False, "otsenka": 2,
                      "sms": "Приложение списало деньги за разблокировку, а самокат так и не открылся. Третий час пишу в чат, отвечает бот одними и теми же фразами."},
  (1.5, 1.5, 1, 2), "website_app- billing- communication-",
  note="The unlock failing in the app (website_app), the money taken anyway (billing), a bot repeating itself for "
  "hours (communication).")
r("ru", WEB, ZF_RU2, {"reshen": True, "otsenka": 6,
                      "sms": "Пользуюсь вами второй год, в целом устраивает, посмотрим дальше."},
  (6, 6, 7, 6), note="Generic and lukewarm, no theme; 'посмотрим дальше' keeps loyalty middling.")
r("ru", WEB, ZF_RU2, {"reshen": True, "otsenka": 7,
                      "sms": "Приложение понятное, карта с самокатами обновляется мгновенно, и подписка выходит дешевле автобуса. Только половина самокатов стоит с разряженной батареей."},
  (6.5, 7, 7, 7), "website_app+ price+ product_quality-", "mixed",
  "The app is praised, the subscription cheaper than the bus is price praised; flat batteries are the core service.")

r("ru", KIO, ZF_RU3, {"vizit": 3,
                      "pochemu": "Блины с ветчиной и сыром тонкие, кружевные, а девушка на раздаче ещё и сметаны побольше положила."},
  (9.5, 9, 9, 9.5), "product_quality+ staff+")
r("ru", KIO, ZF_RU3, {"vizit": 1, "pochemu": "Двадцать минут ждала два блина при пустом зале, и принесли их уже холодными."},
  (0.5, 1, 2, 1.5), "waiting_time- product_quality-")
r("ru", QR, ZF_RU3, {"vizit": 2,
                     "pochemu": "Блины неплохие, и кассир не хамит, как в прошлый раз. Но и недёшево: 340 рублей за блин с сёмгой."},
  (5, 5, 5.5, 5), "product_quality+ staff+ price-", "mixed negation",
  "'Неплохие' (not bad) and a cashier who 'isn't rude this time' are mild praise read through negation; "
  "'недёшево' (not cheap) is a price complaint.")
r("ru", QR, ZF_RU3, {"vizit": 3,
                     "pochemu": "Всё блестит, столы протёрты, и впервые заказ отдали сразу, без ожидания."},
  (9, 9, 9.5, 9), "cleanliness+ waiting_time+")

r("ru", FL, ZF_RU4, {"fraza": "Всё устроило, приеду ещё."}, (7.5, 7, 7, 8), cases="short",
  note="Short and generic, no theme; 'приеду ещё' lifts loyalty.")
r("ru", FL, ZF_RU4, {"fraza": "Колёса поменяли, а через день одно спустило, балансировку, похоже, сделали кое-как. Мастер по телефону ещё и огрызнулся."},
  (2, 1.5, 3.5, 1.5), "product_quality- staff-",
  note="A tyre going flat a day later and sloppy balancing are the service itself; the fitter snapping on the phone is staff.")

r("ru", EMP, ZF_RU5, {"enps": 8, "otdel": "Ресторан", "nagruzka": 4,
                      "skazat": "Коллектив дружный, новеньких учат спокойно, без крика. Зарплату индексируют каждый январь, как и обещали на собеседовании."},
  (8, 8, 7.5, 8), "colleagues+ pay+",
  note="A friendly team that trains newcomers patiently is colleagues; the yearly indexation of wages is pay.")
r("ru", EMP, ZF_RU5, {"enps": 1, "otdel": "Хаускипинг", "nagruzka": 1,
                      "skazat": "На горничную по двадцать пять номеров за смену, перерыв урывками. Старшая смены переставляет выходные задним числом, и жаловаться бесполезно."},
  (1, 1, 0.5, 1.5), "workload- management-",
  note="Twenty-five rooms a shift is workload; the supervisor moving days off retroactively is management.")


# ----------------------------------------------------------------------------------------------------- Spanish
ZG_ES1 = survey("croquetas-la-huella-es-z",
                q("nps", "nps", "¿Qué tan probable es que recomiendes La Huella, alimento para mascotas en línea, a "
                                "otros dueños de mascotas?"),
                q("pedido", "csat", "¿Qué tan satisfecho quedaste con tu pedido?", (1, 5)),
                q("esfuerzo", "ces_effort", "¿Cuánto esfuerzo te costó hacer tu pedido en nuestra página?", (1, 5)),
                q("mascota", "single_choice", "¿Para quién fue tu compra?",
                  options=["Perro", "Gato", "Perro y gato", "Otra mascota"]),
                q("comentario", "text", "¿Quieres contarnos algo más de tu compra?"))
ZG_ES2 = survey("gas-cardon-atencion-es-z",
                q("resuelto", "yes_no", "¿Quedó resuelta tu solicitud?", perspective="ease"),
                q("asesor", "csat", "Del 1 al 5, ¿cómo calificas al asesor que te atendió?", (1, 5)),
                q("msj", "text", "¿Algo más que quieras contarnos?"))
ZG_ES3 = survey("mariscos-el-pelicano-es-z",
                q("visita", "csat", "¿Cómo te atendimos hoy en Mariscos El Pelícano?", (1, 3),
                  perspective="satisfaction"),
                q("nota", "text", "Déjanos tu comentario (opcional)"))
ZG_ES4 = survey("cines-luna-llena-flash-es-z",
                q("frase", "text", "En una frase, ¿qué tal estuvo tu función en Cines Luna Llena?"))
ZG_ES5 = survey("hotel-playa-coral-pulso-es-z",
                q("enps", "nps", "¿Qué tan probable es que recomiendes Hotel Playa Coral como lugar para trabajar?"),
                q("area", "single_choice", "¿En qué área trabajas?",
                  options=["Recepción", "Cocina", "Camaristas", "Mantenimiento", "Alimentos y bebidas"]),
                q("comentario", "text", "Si pudieras decirle algo a la gerencia con toda libertad, ¿qué sería?"))

r("es", E, ZG_ES1, {"nps": 9, "pedido": 5, "esfuerzo": 1, "mascota": "Perro",
                    "comentario": "El costal de 20 kilos me llegó en un día y me salió bastante más económico que "
                                  "en la veterinaria de aquí a la vuelta. Mi perra feliz."},
  (9.5, 9, 9.5, 9), "delivery+ price+",
  note="Next-day arrival and a lower price than the local vet: both praised; the lowest effort sets ease high.")
r("es", E, ZG_ES1, {"nps": 2, "pedido": 2, "esfuerzo": 4, "mascota": "Gato",
                    "comentario": "La página me marcó error al pagar, lo volví a intentar y resulta que me hicieron dos "
                                  "cargos a la tarjeta. Ya van dos semanas y no me regresan uno."},
  (2, 2, 1.5, 2), "website_app- billing-",
  note="Checkout error and a double charge not refunded after two weeks; ces_effort 4 (2.5) pulled lower by the "
       "chasing.")
r("es", E, ZG_ES1, {"nps": 7, "pedido": 3, "esfuerzo": 2, "mascota": "Gato",
                    "comentario": "Llegó en la fecha que decía, eso sí. Pero desde que cambiaron la fórmula de las "
                                  "croquetas mis dos gatos las dejan en el plato."},
  (5, 6.5, 7.5, 5), "delivery+ product_quality-", "mixed",
  "On-time delivery praised, the reformulated food refused by the cats; loyalty at the middle CSAT, as the product "
  "itself no longer works for them.")
r("es", SMS, ZG_ES2, {"resuelto": True, "asesor": 5,
                      "msj": "Le pedí a la señorita que me adelantaran la carga porque ya casi no me quedaba gas y ese "
                             "mismo día vino la pipa. Muy amable."},
  (9, 9, 9, 8.5), "staff+ delivery+",
  note="A kind agent and the gas truck the same day (arrival of the order): both praised.")
r("es", SMS, ZG_ES2, {"resuelto": False, "asesor": 2,
                      "msj": "me cobraron 40 litros de mas en el recibo y el asesor nomas me dijo que asi marca el "
                             "medidor, ni reviso nada"},
  (2, 2, 2, 2.5), "billing- staff-", "no_diacritics",
  "Typed without accents: overcharged on the bill, and the agent brushed it off without checking.")
r("es", WEB, ZG_ES2, {"resuelto": True, "asesor": 4,
                      "msj": "El chat de la página me contestó luego luego y me dijeron a qué hora iba a pasar la pipa. "
                             "Ojalá siempre fuera así."},
  (7.5, 7.5, 8.5, 7.5), "website_app+ communication+",
  note="Quick web chat and a clear arrival time; 'ojalá siempre fuera así' hints it is not always so, labels a "
       "little under the answers.")
r("es", KIO, ZG_ES3, {"visita": 3,
                      "nota": "Los tacos gobernador estaban buenísimos y salimos en menos de media hora con todo y "
                              "postre."},
  (9.5, 9, 9, 9), "product_quality+ waiting_time+")
r("es", KIO, ZG_ES3, {"visita": 2, "nota": "Estuvo bien, nada especial."}, (5.5, 5, 6, 5), cases="short",
  note="Lukewarm and generic: no theme; labels at the middle CSAT.")
r("es", QR, ZG_ES3, {"visita": 1,
                     "nota": "El ceviche sabía como de ayer y los baños daban asco, sin papel y con el piso "
                             "encharcado."},
  (0.5, 1, 3, 1), "product_quality- cleanliness-",
  note="Stale ceviche and filthy toilets; ease not touched by the comment, set low-middle near the other answers.")
r("es", QR, ZG_ES3, {"visita": 2,
                     "nota": "El mesero muy atento y nos recomendó bien, pero la cuenta salió más alta que la carta: "
                             "nos cobraron las tortillas aparte y nadie lo avisó."},
  (5, 5, 5.5, 4.5), "staff+ billing-", "mixed",
  "An attentive waiter; the bill came out above the menu prices because of an unannounced extra charge.")
r("es", FL, ZG_ES4, {"frase": "La sala bien limpia, lástima que en la entrada nadie supiera escanear el boleto del "
                              "celular y me mandaran a formarme otra vez en taquilla."},
  (5, 5, 3, 5.5), "cleanliness+ staff- waiting_time-", "mixed",
  note="Text only: a clean theatre, staff who could not scan the ticket and a second queue at the box office.")
r("es", FL, ZG_ES4, {"frase": "Cuando llegamos ya no había nachos con queso, ni modo."}, (5, 5, 6, 5.5),
  note="Text only: the snack had run out (stock), which names no theme; mild disappointment.")
r("es", EMP, ZG_ES5, {"enps": 4, "area": "Camaristas",
                      "comentario": "Desde que se fueron dos compañeras nos subieron de 14 a 18 cuartos por turno y no "
                                    "han contratado a nadie. El sueldo, el mismo de siempre."},
  (3.5, 4, 3, 3.5), "workload- pay-",
  note="Four more rooms a shift with no new hires and unchanged pay; ease (of the job) low from the workload.")
r("es", EMP, ZG_ES5, {"enps": 8, "area": "Cocina",
                      "comentario": "El chef nos enseña de todo y ya me está preparando para cubrir la línea fría. Lo "
                                    "único es que los bonos de temporada alta nunca quedan claros."},
  (7.5, 8, 7, 8), "growth+ pay-", "mixed",
  "Training and preparation for a new station (growth) praised; unclear high-season bonuses (pay) criticised.")

# ----------------------------------------------------------------------------------------------------- Turkish
ZG_TR1 = survey("sahaf-kedi-kitap-tr-z",
                q("nps", "nps", "Sahaf Kedi'yi kitap seven bir arkadaşınıza önerme olasılığınız nedir?"),
                q("durum", "csat", "Gelen kitapların durumundan ne kadar memnun kaldınız?", (1, 5)),
                q("odeme", "single_choice", "Siparişinizi nasıl ödediniz?",
                  options=["Kredi kartı", "Havale/EFT", "Kapıda ödeme"]),
                q("yorum", "text", "Siparişinizle ilgili eklemek istediğiniz bir şey var mı?"))
ZG_TR2 = survey("agevim-fiber-destek-tr-z",
                q("kolay", "ces", "Sorunumu çözdürmek kolaydı.", (1, 7)),
                q("devam", "yes_no", "Ağevim aboneliğinize devam etmeyi düşünüyor musunuz?", perspective="loyalty"),
                q("not", "text", "Son görüşmenizle ilgili bize yazmak istedikleriniz?"))
ZG_TR3 = survey("cifte-hamam-tr-z",
                q("memnuniyet", "csat", "Bugünkü hamam deneyiminizi nasıl değerlendirirsiniz?", (1, 5)),
                q("yorum", "text", "Birkaç kelimeyle anlatır mısınız?"))
ZG_TR4 = survey("balon-oyuncak-flash-tr-z",
                q("izlenim", "text", "Balon Oyuncak'taki alışverişinizi bir cümleyle anlatır mısınız?"))
ZG_TR5 = survey("bilgehan-koleji-nabiz-tr-z",
                q("enps", "nps", "Bilgehan Koleji'ni çalışılacak bir yer olarak tanıdıklarınıza önerme olasılığınız "
                                 "nedir?"),
                q("kalmak", "yes_no", "Önümüzdeki eğitim yılında da okulumuzda olmayı düşünüyor musunuz?",
                  perspective="loyalty"),
                q("gorus", "text", "Okul yönetimine iletmek istediğiniz görüşler?"))

r("tr", E, ZG_TR1, {"nps": 10, "durum": 5, "odeme": "Kredi kartı",
                    "yorum": "Kitaplar ilanda yazdığı gibi neredeyse yeni çıktı, birinin arasına da küçük bir not "
                             "bırakmışsınız. İki günde elimdeydi."},
  (9.5, 10, 9, 9.5), "product_quality+ delivery+")
r("tr", E, ZG_TR1, {"nps": 3, "durum": 2, "odeme": "Havale/EFT",
                    "yorum": "Sitede 'iyi durumda' diye satılan üç ciltlik bir ansiklopedi aldım. Havaleyi yapıp "
                             "dekontu da gönderdim, ama siparişim iki gün boyunca 'ödeme bekleniyor' göründü, "
                             "e-postalarıma dönen olmadı. Sonunda telefonla ulaşabildim: para gelmiş, sadece sisteme "
                             "girilmemiş. Paket de ancak beş günde geldi. Kutuyu açtım, iki cildin sırtı kopuk, sayfalar "
                             "sararmış, birinde kurşun kalemle çizilmiş sayfalar var. Buna 'iyi durumda' demek cesaret "
                             "ister. İade etmek istiyorum, onu da nasıl yapacağımı hâlâ çözemedim."},
  (2, 2.5, 1.5, 1.5), "billing- communication- delivery- product_quality-", "long",
  "A payment not booked, unanswered e-mails, a five-day parcel and books far worse than described; the chasing and "
  "the unclear return set ease low, wanting to return it sets loyalty.")
r("tr", E, ZG_TR1, {"nps": 7, "durum": 4, "odeme": "Kapıda ödeme",
                    "yorum": "Kitap gayet güzel ama son zamanlarda fiyatlar epey artmış, ikinci el için biraz fazla. "
                             "Kargo ücreti de cabası."},
  (6.5, 6.5, 7, 6), "product_quality+ price-", "mixed",
  note="The book is fine; prices and the shipping fee (cost) are criticised, so satisfaction a little under the CSAT 4.")
r("tr", SMS, ZG_TR2, {"kolay": 7, "devam": True,
                      "not": "Modemin ışığı kırmızı yanıyordu, temsilci uzaktan bir şeyler yaptı, beş dakikada "
                             "internet geri geldi. Sağ olsun."},
  (9, 8.5, 9.5, 8.5), "staff+")
r("tr", SMS, ZG_TR2, {"kolay": 2, "devam": False,
                      "not": "Üç gündür evde internet yok. Her aradığımda arıza kaydı açıldı diyorlar, teknisyenin ne "
                             "zaman geleceğini söyleyen yok. Sözleşme biter bitmez kaçarım."},
  (1.5, 1.5, 1.5, 1), "product_quality- communication-",
  note="Three days without the service and no word on the technician; 'I'll run as soon as the contract ends' sets "
       "loyalty near 0.")
r("tr", WEB, ZG_TR2, {"kolay": 5, "devam": True,
                      "not": "Tarifemi online işlemler sayfasından kolayca değiştirdim. Fakat geçen ayın faturasına "
                             "eski tarifeden de ücret yansımış, iadesini bekliyorum."},
  (5.5, 5.5, 6.5, 7), "website_app+ billing-", "mixed",
  note="Easy online tariff change; a charge from the old tariff on the bill, refund pending.")
r("tr", KIO, ZG_TR3, {"memnuniyet": 5,
                      "yorum": "Kese ve köpük masajı mükemmeldi, natır hanımlar da çok ilgiliydi. Kurnalar ve "
                               "mermerler tertemizdi."},
  (9.5, 9.5, 9, 9.5), "product_quality+ staff+ cleanliness+")
r("tr", KIO, ZG_TR3, {"memnuniyet": 3, "yorum": "Ortalama bir deneyimdi."}, (5, 5, 5.5, 5), cases="short",
  note="'An average experience': no theme; labels at the middle CSAT.")
r("tr", QR, ZG_TR3, {"memnuniyet": 2,
                     "yorum": "Çıkışta kartla ödemek istedim, cihaz bozuk dendi. Üstümde nakit yoktu, bankamatiğe "
                              "kadar yürüdüm. Kasadaki görevli de 'hep böyle' deyip omuz silkti."},
  (2.5, 2.5, 2, 3), "billing- staff-",
  note="Card payment impossible and an indifferent cashier; walking to a cash machine sets ease low.")
r("tr", QR, ZG_TR3, {"memnuniyet": 4,
                     "yorum": "Sitedeki randevu sistemiyle saatimizi seçtik, gidince direkt içeri alındık. Soyunma "
                              "odasının yerleri biraz kirliydi ama."},
  (7, 7.5, 8.5, 7.5), "website_app+ waiting_time+ cleanliness-", "mixed",
  note="Online booking and no wait at the door; a somewhat dirty changing-room floor pulls satisfaction a little.")
r("tr", FL, ZG_TR4, {"izlenim": "Reyondaki genç, yeğenimin yaşına uygun oyunları tek tek gösterdi, hediye paketini de "
                                "özenle yaptı."},
  (8.5, 8.5, 8, 8), "staff+", note="Text only: a helpful young sales assistant; labels high.")
r("tr", FL, ZG_TR4, {"izlenim": "Kızımın istediği yapboz seti yine tükenmişti, boşuna gitmiş olduk."},
  (4, 4, 3.5, 4.5),
  note="Text only: the wanted item was sold out again (stock), which names no theme; a wasted trip sets ease low-ish.")
r("tr", EMP, ZG_TR5, {"enps": 3, "kalmak": False,
                      "gorus": "Haftada 30 saat derse ek olarak nöbet, etüt, veli toplantısı... Maaşlarımız ise "
                               "enflasyonun çok gerisinde kaldı."},
  (2.5, 3, 2.5, 1.5), "workload- pay-")
r("tr", EMP, ZG_TR5, {"enps": 8, "kalmak": True,
                      "gorus": "Zümredeki öğretmen arkadaşlarla harika bir dayanışmamız var. Müdür yardımcısı ise ders "
                               "programını her dönem son gün açıklıyor, plan yapamıyoruz."},
  (6.5, 7.5, 5.5, 7.5), "colleagues+ management-", "mixed",
  "Great solidarity among fellow teachers; the timetable announced on the last day by the deputy head criticised.")


# ----------------------------------------------------------------------------------- further responses, 2026-12, V
# 196 more for the theme readout, whose held-out recall at precision 0.75 still rose with the comments it was fitted
# on (0.55, 0.60, 0.62 and 0.64 with a quarter, half, three quarters and all of the 1043-response split's training
# folds), written and labelled the same way as the 196 above: 14 in each language on 75 new surveys (ids ending in
# -w), every one with a comment, most naming one to three themes, two a language naming none, at most one hard case a
# language and no contradiction.

# ----------------------------------------------------------------------------------------------------- English
W_EN1 = survey("thornbury-homewares-en-w",
               q("nps", "nps", "How likely are you to recommend Thornbury Homewares to a friend or relative?"),
               q("order", "csat", "How satisfied are you with the items you ordered?", (1, 5)),
               q("how", "single_choice", "How did you get your order?", options=["Home delivery", "Click and collect"]),
               q("more", "text", "Is there anything else you'd like to tell us?"))
W_EN2 = survey("corriebank-energy-sms-en-w",
               q("fixed", "yes_no", "Did we sort out your query on this call?", perspective="ease"),
               q("agent", "csat", "How would you rate the person you spoke to? Reply 1-5", (1, 5)),
               q("txt", "text", "Want to add anything? Just reply to this text."))
W_EN3 = survey("gannet-bistro-qr-en-w",
               q("meal", "rating", "Out of 10, how was your meal at The Gannet?", (1, 10), perspective="satisfaction"),
               q("again", "yes_no", "Would you eat with us again?", perspective="loyalty"),
               q("words", "text", "Anything you'd like to share with the kitchen or the floor team?"))
W_EN4 = survey("ashgrove-dental-kiosk-en-w",
               q("visit", "csat", "How was your appointment today?", (1, 5)),
               q("why", "text", "Tell us why, if you like."))
W_EN5 = survey("fernhill-school-pulse-en-w",
               q("enps", "nps", "How likely are you to recommend Fernhill Community School as a place to work?"),
               q("support", "rating", "I get the support I need from the school's leadership.", (1, 5),
                 perspective="satisfaction"),
               q("say", "text", "Is there anything you'd like the governors to hear?"))
W_EN6 = survey("peakform-gym-flash-en-w",
               q("line", "text", "One line on your last visit to Peakform Gym?"))

r("en", E, W_EN1, {"nps": 9, "order": 5, "how": "Home delivery",
                   "more": "The oak side table is even nicer in person, solid and beautifully finished. Two lads carried it in and set it down exactly where I pointed."},
  (9.5, 9, 8, 9), "product_quality+ delivery+",
  note="The table itself (product) and the delivery crew placing it where asked (delivery); ease not asked, set a little below the rest.")
r("en", WEB, W_EN1, {"nps": 4, "order": 3, "how": "Click and collect",
                     "more": "The app said the lamp was waiting for me, so I drove all the way in, and it wasn't there. Young fella at the collection counter just shrugged and said the system does that sometimes."},
  (4, 4, 3, 4), "website_app- staff-",
  note="A false 'ready to collect' status in the app (website_app) and an indifferent shrug at the desk (staff manner); a wasted trip pulls ease down.")
r("en", E, W_EN1, {"nps": 7, "order": 4, "how": "Home delivery",
                   "more": "No complaints about how quick it was, ordered Sunday night and the rug was on my doorstep Tuesday morning. The price is another story though: same rug is £30 less in town."},
  (7, 7, 7.5, 6), "delivery+ price-", "negation mixed",
  "'No complaints about how quick' is negated praise of the delivery; the same rug £30 cheaper elsewhere is price. Loyalty a little lower for that.")
r("en", E, W_EN1, {"nps": 2, "order": 1, "how": "Home delivery",
                   "more": "Wardrobe doors won't line up however I adjust them, and two hinges were missing from the fittings bag. Emailed photos the same evening and eleven days on, not a word back."},
  (1, 2, 2.5, 1.5), "product_quality- communication-",
  note="Badly made wardrobe with missing parts (product) and an email unanswered for eleven days (communication).")

r("en", SMS, W_EN2, {"fixed": True, "agent": 5,
                     "txt": "Bill had been on estimated readings since March. Aisling took my actual reading over the phone, redid the lot and I'm £64 in credit now. Couldn't fault her."},
  (9.5, 8.5, 9, 8.5), "staff+ billing+",
  note="The agent by name (staff) and the bill recalculated into credit (billing, positive as the respondent tells it); recommendation not asked, inferred high.")
r("en", SMS, W_EN2, {"fixed": False, "agent": 2,
                     "txt": "Power cut on our road since Tuesday. Held 50 mins on the line to report it, then got cut off. The texts keep saying engineers are on site but no one has been near the street."},
  (1.5, 1.5, 0.5, 2), "product_quality- waiting_time- communication-",
  note="The outage is the core service failing (product_quality), fifty minutes on hold (waiting_time), updates that do not match reality (communication).")

r("en", QR, W_EN3, {"meal": 9, "again": True,
                    "words": "Crab linguine was the best thing I've eaten all year, and for what we had the bill was very reasonable."},
  (9, 9, 8, 9.5), "product_quality+ price+",
  note="The dish (product) and a reasonable bill for what they had (price praised, not a billing issue).")
r("en", QR, W_EN3, {"meal": 5, "again": True,
                    "words": "By half seven they'd run out of the crab and most of the desserts, which is the whole reason we came."},
  (4, 4.5, 5, 5.5),
  note="Dishes sold out is a stock-out, which no theme covers; rating 5 of 10 maps to about 4.4, loyalty a little higher for the 'yes'.")

r("en", KIO, W_EN4, {"visit": 5,
                     "why": "Booked online in a couple of minutes, called in bang on time. Hygienist was gentle the whole way through."},
  (9.5, 9, 9, 9), "website_app+ waiting_time+ staff+",
  note="Quick online booking (website_app), seen on time (waiting_time), gentle hygienist (staff); ease inferred high from the booking.")
r("en", KIO, W_EN4, {"visit": 2,
                     "why": "I'm on the medical card scheme and they still charged me the full private fee. Waiting room needs a good hoover as well."},
  (2.5, 2.5, 3.5, 3), "billing- cleanliness-",
  note="Charged the wrong fee for the patient's scheme (billing) and a dusty waiting room (cleanliness).")

r("en", EMP, W_EN5, {"enps": 7, "support": 4,
                     "say": "The head actually listens when we raise things and the staffroom is a friendly place to be. Marking load around mocks is brutal though, most of us are up past midnight."},
  (7, 7, 5, 7.5), "management+ colleagues+ workload-", "mixed",
  note="A head who listens (management), a friendly staffroom (colleagues), marking into the night (workload).")
r("en", EMP, W_EN5, {"enps": 3, "support": 2,
                     "say": "Eleven years in and I'm still on the same point of the pay scale. Put my name down for the middle-leadership course twice and never heard anything."},
  (2, 3, 4, 2.5), "pay- growth-",
  note="Stuck on the same pay point (pay) and a leadership course that never materialised (growth).")

r("en", FL, W_EN6, {"line": "Changing rooms have been spotless since the refit, fair play. Shame the monthly fee went up with them."},
  (6.5, 6, 7, 6), "cleanliness+ price-", "mixed",
  note="Text only: clean changing rooms praised, the higher membership fee is price.")
r("en", FL, W_EN6, {"line": "Couldn't get parked anywhere, the car park's half coned off for resurfacing and the road outside is all double yellows."},
  (4.5, 5, 4.5, 5.5),
  note="Parking names no theme; mildly negative, labels a little below the middle.")

# ----------------------------------------------------------------------------------------------------- Polish
W_PL1 = survey("telekom-zasiegowo-sms-pl-w",
               q("latwo", "ces", "Załatwienie mojej sprawy w Zasięgowie było proste.", (1, 7)),
               q("nps", "nps", "Jak bardzo prawdopodobne jest, że polecisz sieć Zasięgowo znajomym?"),
               q("sms", "text", "Odpisz, jeśli chcesz coś dodać."))
W_PL2 = survey("sklep-meblowy-debowa-polka-pl-w",
               q("nps", "nps", "Jak bardzo prawdopodobne jest, że polecisz sklep Dębowa Półka rodzinie lub znajomym?"),
               q("zamowienie", "csat", "Jak oceniasz swoje ostatnie zamówienie?", (1, 5)),
               q("wysilek", "ces_effort", "Ile wysiłku kosztowało Cię złożenie i odebranie zamówienia?", (1, 5)),
               q("komentarz", "text", "Twój komentarz (opcjonalnie)"))
W_PL3 = survey("przychodnia-pod-jesionem-pl-w",
               q("ocena", "rating", "Jak oceniasz dzisiejszą wizytę w skali od 1 do 10?", (1, 10),
                 perspective="satisfaction"),
               q("termin", "yes_no", "Czy udało się zarezerwować wizytę bez dzwonienia do rejestracji?",
                 perspective="ease"),
               q("uwagi", "text", "Uwagi dla przychodni Pod Jesionem"))
W_PL4 = survey("silownia-puls-miasta-flash-pl-w",
               q("zdanie", "text", "Jak Ci się dziś trenowało w klubie Puls Miasta? Napisz w jednym-dwóch zdaniach."))
W_PL5 = survey("kurierzy-jaskolka-puls-pl-w",
               q("enps", "nps", "Jak bardzo prawdopodobne jest, że polecisz Jaskółkę jako pracodawcę?"),
               q("zadowolenie", "csat", "Jak bardzo jesteś obecnie zadowolony/zadowolona ze swojej pracy?", (1, 5)),
               q("wiadomosc", "text", "Co chcesz przekazać zarządowi? (anonimowo)"))

r("pl", SMS, W_PL1, {"latwo": 2, "nps": 1,
                     "sms": "Od trzech tygodni siedzę bez internetu w domu. Technik miał przyjść we wtorek między 8 a 16, nie przyszedł, nikt też nie zadzwonił, żeby przełożyć."},
  (1, 1, 1, 1.5), "waiting_time- communication-",
  note="Three weeks without a working line (waiting for the repair: waiting_time); a technician who never came and "
       "nobody calling to rebook (communication). Ease anchored at 1.7, pulled lower by the story.")
r("pl", SMS, W_PL1, {"latwo": 7, "nps": 9,
                     "sms": "Taryfę zmieniłem w aplikacji w dwie minuty, a nowy abonament wychodzi mnie o dwadzieścia złotych taniej co miesiąc. Super."},
  (9, 9, 9.5, 9), "website_app+ price+",
  note="Switching the plan in the app in two minutes (website_app); a cheaper monthly plan (price praised, which "
       "keeps loyalty high).")
r("pl", SMS, W_PL1, {"latwo": 5, "nps": 6,
                     "sms": "Konsultantka bardzo miła i cierpliwa, ale na fakturze dalej mam pakiet sportowy, który wyłączyłem jeszcze w marcu. Obiecała korektę, zobaczymy."},
  (5.5, 6, 6, 5.5), "staff+ billing-", "mixed",
  note="A kind, patient agent (staff); a sports package still on the invoice months after it was cancelled "
       "(billing). Satisfaction and loyalty inferred a little under the answers: the fix is only promised.")
r("pl", E, W_PL2, {"nps": 10, "zamowienie": 5, "wysilek": 1,
                   "komentarz": "Szafa dotarła dzień przed terminem. Panowie wnieśli ją na czwarte piętro bez windy i jeszcze zabrali ze sobą kartony. Porządna, drzwi chodzą równiutko."},
  (9.5, 10, 9.5, 9.5), "delivery+ staff+ product_quality+",
  note="Wardrobe a day early (delivery); the carriers hauling it up four floors and taking the boxes away (staff); "
       "solid, doors run true (the product).")
r("pl", E, W_PL2, {"nps": 2, "zamowienie": 2, "wysilek": 4,
                   "komentarz": "Stół zamówiłem w połowie października, przyjechał tuż przed świętami, a blat przy jednej nodze był pęknięty. Reklamację zgłosiłem przez formularz i od dwóch tygodni cisza."},
  (2, 2, 2, 2), "delivery- product_quality- communication-",
  note="Ordered mid-October, delivered just before Christmas (delivery, without the word); a cracked table top (the "
       "product); no answer to the complaint for two weeks (communication).")
r("pl", E, W_PL2, {"nps": 9, "zamowienie": 5, "wysilek": 1,
                   "komentarz": "Bez problemów, dziękuję, na pewno jeszcze coś u Was zamówię."},
  (9, 9, 9, 9.5), "", "",
  "A vague thank-you that names no theme; labels follow the high answers, loyalty a touch higher for 'I'll "
  "certainly order again'.")
r("pl", WEB, W_PL3, {"ocena": 3, "termin": False,
                     "uwagi": "Kalendarz na stronie pokazuje wolne godziny, a po kliknięciu wyskakuje błąd. Dodzwoniłam się dopiero za siódmym razem i najbliższy termin do kardiologa jest w lutym."},
  (2, 2, 0.5, 3), "website_app- waiting_time-",
  note="An online calendar that throws an error (website_app); the nearest cardiology slot months away "
       "(waiting_time). Recommendation inferred low; loyalty a little higher, a clinic is hard to change.")
r("pl", KIO, W_PL3, {"ocena": 9, "termin": True,
                     "uwagi": "Wizyta prywatna kosztuje swoje, ale pani doktor wszystko wytłumaczyła po ludzku i nie patrzyła co chwilę na zegarek. W poczekalni czyściutko, są nawet zabawki dla dzieci."},
  (9, 8.5, 9, 8.5), "price- staff+ cleanliness+", "mixed",
  note="A private visit that 'costs what it costs' (price, mildly negative); a doctor who explained everything "
       "plainly (staff); a spotless waiting room (cleanliness). Recommendation and loyalty inferred a little "
       "under satisfaction for the price.")
r("pl", WEB, W_PL3, {"ocena": 6, "termin": True,
                     "uwagi": "Ogólnie sprawnie, tylko zaparkować pod przychodnią graniczy z cudem. Miejsc jest może dziesięć na cały budynek, krążyłem dwadzieścia minut."},
  (5.5, 5.5, 7.5, 6), "", "",
  "Parking, which no theme covers. Satisfaction on the rating (6 of 10, about 5.5); ease anchored on the online "
  "booking that worked (10), pulled down by the twenty minutes circling for a space.")
r("pl", FL, W_PL4, {"zdanie": "W szatni od rana mokra podłoga i przepełnione kosze, a do tego w tym miesiącu za karnet pobraliście mi pieniądze dwa razy."},
  (2, 2.5, 4, 3), "cleanliness- billing-",
  note="Text only: a wet changing-room floor and overflowing bins (cleanliness); the membership charged twice "
       "(billing). Ease not evidenced beyond the double charge, set a little under the middle.")
r("pl", FL, W_PL4, {"zdanie": "No pięknie, już po raz trzeci trenerka odwołała zumbę pięć minut przed startem, a SMS o tym dostałam, jak już stałam przebrana pod salą. Brawo."},
  (2, 2, 3, 3), "staff- communication-", "sarcasm",
  "Text only. 'Well, lovely ... Bravo' is sarcastic. The instructor cancelling the class again at the last minute "
  "(staff); the text message arriving when she was already at the studio (communication).")
r("pl", EMP, W_PL5, {"enps": 1, "zadowolenie": 1,
                     "wiadomosc": "Rejon powiększyli mi o dwie wsie, paczek na aucie tyle, że kończę po dwudziestej. A premię za terminowość po cichu wykreślili z regulaminu, nikt nawet nie uprzedził."},
  (0.5, 1, 1.5, 1.5), "workload- pay- management-",
  note="A route grown by two villages, finishing after 8 pm (workload); the punctuality bonus dropped (pay), "
       "quietly and without warning (management).")
r("pl", EMP, W_PL5, {"enps": 8, "zadowolenie": 4,
                     "wiadomosc": "Kierownik zmiany zawsze stanie za nami, kiedy klient robi awanturę, a chłopaki z magazynu pomogą załadować auto, jak się spieszę."},
  (7.5, 8, 7, 8), "management+ colleagues+",
  note="A shift manager who backs the couriers against angry customers (management); warehouse lads helping load "
       "the van (colleagues).")
r("pl", EMP, W_PL5, {"enps": 5, "zadowolenie": 3,
                     "wiadomosc": "Stawka w porządku jak na tę branżę. Tyle że od trzech lat jeżdżę tą samą trasą i nikt mi nie zaproponował szkolenia ani przejścia na dyspozytora."},
  (5, 5, 5.5, 4.5), "pay+ growth-", "mixed",
  note="Pay fair for the sector; three years on the same route with no training or move to dispatcher offered "
       "(growth), which pulls loyalty a little under the answers.")

# ----------------------------------------------------------------------------------------------------- German
W_DE1 = survey("teehaus-morgentau-mail-de-w",
               q("nps", "nps", "Wie wahrscheinlich ist es, dass Sie das Teehaus Morgentau weiterempfehlen?"),
               q("tee", "csat", "Wie zufrieden sind Sie mit der Qualität der gelieferten Tees?", (1, 5)),
               q("aufwand", "ces_effort", "Wie viel Aufwand hatten Sie mit Ihrer Bestellung in unserem Onlineshop? "
                                          "(1 = sehr wenig, 5 = sehr viel)", (1, 5)),
               q("anmerkung", "text", "Haben Sie noch Anmerkungen für uns?"))
W_DE2 = survey("funkwelle-mobil-sms-de-w",
               q("geloest", "yes_no", "Konnten wir Ihr Problem lösen? Antworten Sie mit JA oder NEIN.", perspective="ease"),
               q("beratung", "csat", "Wie zufrieden waren Sie mit der Beratung am Telefon (1-5)?", (1, 5)),
               q("sms", "text", "Was möchten Sie uns sonst noch mitteilen?"))
W_DE3 = survey("gasthof-hollerbusch-qr-de-w",
               q("essen", "rating", "Wie hat es Ihnen heute bei uns gefallen? (1 = gar nicht, 10 = hervorragend)", (1, 10),
                 perspective="satisfaction"),
               q("wieder", "yes_no", "Werden Sie uns wieder besuchen?", perspective="loyalty"),
               q("worte", "text", "Ein paar Worte zu Ihrem Besuch?"))
W_DE4 = survey("stadtwerke-auental-portal-de-w",
               q("einfach", "ces", "Die Meldung meines Zählerstands im Kundenportal war einfach.", (1, 7)),
               q("sparte", "single_choice", "Welche Sparte betrifft Ihr Anliegen?",
                 options=["Strom", "Gas", "Wasser", "Fernwärme"]),
               q("verbessern", "text", "Was sollten wir am Portal verbessern?"))
W_DE5 = survey("bildungszentrum-weidenhof-puls-de-w",
               q("enps", "nps", "Wie wahrscheinlich ist es, dass Sie das Bildungszentrum Weidenhof als Arbeitgeber empfehlen?"),
               q("bleiben", "yes_no", "Sehen Sie sich in einem Jahr noch bei uns?", perspective="loyalty"),
               q("offen", "text", "Was läuft gut, was läuft schlecht?"))

r("de", E, W_DE1, {"nps": 9, "tee": 5, "aufwand": 1,
                   "anmerkung": "Der Sencha duftet schon beim Öffnen der Dose herrlich, und das Paket lag zwei Tage nach "
                                "der Bestellung vor meiner Tür. Gerne wieder!"},
  (9.5, 9, 9.5, 9.5), "product_quality+ delivery+",
  note="Fragrant tea (product_quality), parcel at the door two days after ordering (delivery).")
r("de", E, W_DE1, {"nps": 4, "tee": 3, "aufwand": 4,
                   "anmerkung": "Die Seite hat meinen Gutscheincode dreimal abgelehnt, und abgebucht wurde dann der "
                                "volle Betrag. Auf meine Mail deswegen kam bis heute keine Antwort."},
  (3.5, 3.5, 2, 3.5), "website_app- billing- communication-",
  note="Voucher code rejected by the site (website_app), full amount debited (billing), e-mail never answered "
       "(communication). The tea itself is not mentioned; satisfaction between the CSAT and the NPS.")
r("de", E, W_DE1, {"nps": 7, "tee": 4, "aufwand": 2,
                   "anmerkung": "Geschmacklich top, keine Frage. Aber 14 Euro für 100 Gramm Oolong sind mir auf Dauer "
                                "einfach zu viel."},
  (6.5, 7, 7.5, 6), "product_quality+ price-", "mixed",
  "Taste praised (product_quality), price too high 'in the long run', which pulls loyalty a little below the NPS.")
r("de", E, W_DE1, {"nps": 8, "tee": 4, "aufwand": 2,
                   "anmerkung": "Ich bestelle hier seit Jahren und hatte noch nie einen Grund, woanders hinzugehen."},
  (8, 8, 7.5, 9), "",
  note="Long-standing customer, general contentment naming no theme; loyalty lifted by 'years' and no reason to leave.")
r("de", SMS, W_DE2, {"geloest": True, "beratung": 5,
                     "sms": "Herr Brandstätter hat meine eSIM in fünf Minuten aktiviert und mir nebenbei noch einen "
                            "günstigeren Tarif rausgesucht. Spitze!"},
  (9.5, 9, 9.5, 9.5), "staff+ price+",
  note="Quick, helpful agent (staff) who found a cheaper plan (price praised).")
r("de", SMS, W_DE2, {"geloest": False, "beratung": 2,
                     "sms": "Seit drei Wochen bricht im Wohnzimmer dauernd das Netz ab. Jedes Mal ein neues Ticket, "
                            "jedes Mal wird mir ein Rückruf versprochen, und dann meldet sich niemand."},
  (1.5, 1.5, 1, 2), "product_quality- communication-",
  note="Network keeps dropping (product_quality of the service), promised call-backs never come (communication).")
r("de", SMS, W_DE2, {"geloest": True, "beratung": 4,
                     "sms": "Ganz toll, dass der Ersatzrouter zwei Wochen irgendwo im Verteilzentrum herumlag. Immerhin "
                            "hat mir die Kollegin am Telefon dafür eine Monatsgebühr gutgeschrieben."},
  (5.5, 5, 6, 5), "delivery- staff+ billing+", "sarcasm mixed",
  "'Ganz toll' is sarcastic: the replacement router sat in a depot for two weeks (delivery). The agent credited a "
  "month's fee (staff+, billing+). Resolved, so ease stays a little above the middle.")
r("de", QR, W_DE3, {"essen": 9, "wieder": True,
                    "worte": "Das Schnitzel war riesig und knusprig, die Gaststube blitzsauber, und der Kellner hat uns "
                             "zum Schluss noch einen Marillenschnaps aufs Haus gebracht."},
  (9, 8.5, 8, 9.5), "product_quality+ cleanliness+ staff+",
  note="Food (product_quality), spotless dining room (cleanliness), generous waiter (staff). Ease not asked, set "
       "near the other labels and pulled a little to the middle.")
r("de", QR, W_DE3, {"essen": 4, "wieder": False,
                    "worte": "Eine Dreiviertelstunde aufs Hauptgericht gewartet, und das Besteck war so fleckig, dass wir "
                             "um neues bitten mussten."},
  (3, 2.5, 3.5, 1.5), "waiting_time- cleanliness-",
  note="45-minute wait for the main course (waiting_time), stained cutlery (cleanliness); not coming back.")
r("de", QR, W_DE3, {"essen": 7, "wieder": True,
                    "worte": "Leider findet man abends rund um den Hauptplatz nie einen Parkplatz, wir sind eine "
                             "Viertelstunde im Kreis gefahren."},
  (6.5, 6.5, 4.5, 7.5), "",
  note="Parking is not a theme; labels from the rating and the yes, ease lowered by the search for a space.")
r("de", WEB, W_DE4, {"einfach": 2, "sparte": "Strom",
                     "verbessern": "Das Foto vom Zähler wird jedes Mal abgelehnt, und danach sind alle Eingaben im "
                                   "Formular wieder weg. Hab's am Ende doch telefonisch durchgegeben."},
  (3, 3, 1.5, 4.5), "website_app-",
  note="Meter photo rejected and the form losing its input (website_app). Utility: loyalty set a little nearer the "
       "middle.")
r("de", WEB, W_DE4, {"einfach": 6, "sparte": "Fernwärme",
                     "verbessern": "Ging flott. Und die neue Jahresabrechnung ist endlich verständlich aufgeschlüsselt, "
                                   "nicht mehr so ein Zahlensalat wie früher."},
  (8.5, 8, 8.5, 8), "website_app+ billing+",
  note="Portal quick to use (website_app), clearer annual bill (billing).")
r("de", EMP, W_DE5, {"enps": 3, "bleiben": False,
                     "offen": "Vierundzwanzig Stunden Unterricht plus Vertretungen, die Korrekturen erledige ich am "
                              "Wochenende. Und für das Gehalt bekommt man anderswo deutlich mehr."},
  (2.5, 3, 2, 1), "workload- pay-",
  note="Heavy teaching load and weekend marking (workload), better pay elsewhere (pay); plans to leave.")
r("de", EMP, W_DE5, {"enps": 9, "bleiben": True,
                     "offen": "Das Kollegium hält zusammen wie Pech und Schwefel, und die Leitung hat mir die Weiterbildung "
                              "zur Schulberaterin ohne Zögern genehmigt."},
  (9, 9, 8, 9.5), "colleagues+ management+ growth+",
  note="Close-knit staff (colleagues), leadership approving training at once (management) that opens a new role "
       "(growth).")

# ----------------------------------------------------------------------------------------------------- Greek
W_EL1 = survey("zootrofes-moustaki-email-el-w",
               q("nps", "nps", "Πόσο πιθανό είναι να προτείνετε το Μουστάκι Pet Shop σε κάποιον που έχει κατοικίδιο;"),
               q("proionta", "csat", "Πόσο ικανοποιημένοι είστε με τα προϊόντα που παραλάβατε;", (1, 5)),
               q("kopos", "ces_effort",
                 "Πόση προσπάθεια σας χρειάστηκε για να ολοκληρώσετε την παραγγελία; (1 = ελάχιστη, 5 = πάρα πολλή)",
                 (1, 5)),
               q("sxolio", "text", "Θέλετε να προσθέσετε κάτι για την παραγγελία σας;"))
W_EL2 = survey("ixo-mobile-sms-el-w",
               q("vathmos", "csat", "Πώς αξιολογείτε την εξυπηρέτηση της Ηχώ Mobile; Απαντήστε με έναν αριθμό από 1 έως 5.",
                 (1, 5)),
               q("lythike", "yes_no", "Επιλύθηκε το αίτημά σας;", perspective="ease"),
               q("minima", "text", "Αν θέλετε, απαντήστε με ένα σύντομο σχόλιο."))
W_EL3 = survey("archipelagos-bank-web-el-w",
               q("eukolo", "ces", "Ήταν εύκολο να κάνω αυτό που ήθελα στο e-banking της Αρχιπέλαγος Bank.", (1, 7)),
               q("veltiosi", "text", "Τι θα βελτιώνατε;"))
W_EL4 = survey("taverna-klimataria-qr-el-w",
               q("vathmos", "rating", "Από το 1 μέχρι το 10, πώς σας φάνηκε το γεύμα στην Κληματαριά;", (1, 10),
                 perspective="satisfaction"),
               q("xana", "yes_no", "Θα ξαναρθείτε;", perspective="loyalty"),
               q("lexeis", "text", "Πείτε μας τη γνώμη σας σε λίγες λέξεις."))
W_EL5 = survey("frontistirio-pyxida-palmos-el-w",
               q("enps", "nps", "Πόσο πιθανό είναι να προτείνεις την Πυξίδα ως χώρο εργασίας σε έναν συνάδελφο;"),
               q("menw", "yes_no", "Σκοπεύεις να διδάσκεις μαζί μας και την επόμενη σχολική χρονιά;",
                 perspective="loyalty"),
               q("fortos", "rating", "Οι ώρες και οι διορθώσεις μου χωράνε σε μια λογική εβδομάδα. (1-5)", (1, 5),
                 perspective="ease"),
               q("protasi", "text", "Τι θα ήθελες να ξέρει η διεύθυνση;"))

r("el", E, W_EL1, {"nps": 10, "proionta": 5, "kopos": 1,
                   "sxolio": "Παρήγγειλα Τρίτη βράδυ και Πέμπτη πρωί η τροφή της γάτας ήταν ήδη στην πόρτα μου. Και με το κουπόνι βγήκε φθηνότερα απ' ό,τι στο σούπερ μάρκετ της γειτονιάς."},
  (9.5, 10, 9.5, 9.5), "delivery+ price+",
  note="Cat food at the door in under two days (delivery) and cheaper than the local supermarket with the coupon "
       "(price praised). Effort 1 maps to high ease; loyalty not asked, high.")
r("el", E, W_EL1, {"nps": 3, "proionta": 2, "kopos": 4,
                   "sxolio": "Το σακί με τις κροκέτες ήρθε σκισμένο στο πλάι και το μισό είχε χυθεί μέσα στο κουτί. Έστειλα φωτογραφίες με email πριν από οκτώ μέρες και δεν έχει απαντήσει κανείς μέχρι σήμερα."},
  (2, 2.5, 2.5, 2.5), "delivery- communication-",
  note="A sack torn in transit, half of it spilled in the box (damaged in delivery, not the food itself); photos "
       "emailed eight days ago with no reply (communication). Loyalty not asked: low like the answers.")
r("el", E, W_EL1, {"nps": 7, "proionta": 4, "kopos": 3,
                   "sxolio": "Η άμμος για τη γάτα είναι εξαιρετική, δεν μυρίζει καθόλου. Στο site όμως το φίλτρο ανά μάρκα δεν λειτουργεί και έψαχνα ένα τέταρτο για να τη βρω."},
  (7, 7, 4, 7), "product_quality+ website_app-", "mixed",
  "Excellent litter (the product) against a brand filter on the site that does not work; a quarter of an hour "
  "searching pulls ease a little below effort 3 (5).")

r("el", SMS, W_EL2, {"vathmos": 5, "lythike": True,
                     "minima": "Ο υπάλληλος στο κατάστημα της Ερμού μού πέρασε τις επαφές στο καινούριο κινητό και μου εξήγησε με το πάσο του πώς ενεργοποιείται το eSIM. Ευγενέστατος."},
  (9.5, 9, 9, 9), "staff+ communication+",
  note="A polite clerk who moved the contacts (staff) and explained the eSIM calmly (clear explanation, "
       "communication).")
r("el", SMS, W_EL2, {"vathmos": 1, "lythike": False,
                     "minima": "Μου χρεώσατε 18 ευρώ για περιαγωγή ενώ δεν έχω βγει από την Κύπρο. Ρώτησα στο chat και μου απάντησαν να περιμένω τον επόμενο λογαριασμό. Σοβαρά;"},
  (1, 1, 1, 2), "billing- communication-",
  note="18 euros of roaming charged without leaving Cyprus (billing); the chat's only answer is to wait for the next "
       "bill (an unhelpful reply, communication). Loyalty not asked: low, slightly above the others.")
r("el", SMS, W_EL2, {"vathmos": 3, "lythike": True,
                     "minima": "Το ίντερνετ στο σπίτι έπεφτε κάθε βράδυ, ήρθε ο τεχνικός κι άλλαξε το router, οκ. Αλλά έμεινα on hold 35 λεπτά μέχρι να μιλήσω με άνθρωπο, not cool."},
  (5, 5, 5.5, 5), "product_quality- waiting_time-", "code_switching",
  "Greek with English fillers ('on hold', 'not cool'). Home internet dropping every night (the service itself) and "
  "35 minutes on hold; fixed in the end, so ease from the yes is pulled down to the middle by the wait.")

r("el", WEB, W_EL3, {"eukolo": 6,
                     "veltiosi": "Άνοιξα προθεσμιακή από το κινητό σε πέντε λεπτά, χωρίς να πατήσω το πόδι μου σε κατάστημα. Το μόνο που θα άλλαζα είναι τα 3 ευρώ προμήθεια για κάθε έμβασμα σε άλλη τράπεζα."},
  (7.5, 7.5, 8.5, 7.5), "website_app+ price-", "mixed",
  "A term deposit opened in the app in five minutes (website/app praised) against a 3-euro fee per transfer to "
  "another bank (the price of a service, not a billing error).")
r("el", WEB, W_EL3, {"eukolo": 2,
                     "veltiosi": "Κάθε φορά που μπαίνω μου ζητάει κωδικό μέσω SMS, ο οποίος φτάνει μετά από δύο λεπτά, και ώσπου να τον γράψω έχει λήξει η σύνδεση. Τρίτη μέρα προσπαθώ να πληρώσω το ενοίκιο."},
  (2, 2.5, 1.5, 3.5), "website_app-",
  note="One-time code arrives after the session has expired; three days trying to pay the rent. Ease from CES 2; "
       "loyalty not asked, set middling-low (a bank account is not dropped lightly).")

r("el", QR, W_EL4, {"vathmos": 9, "xana": True,
                    "lexeis": "Ψητά στα κάρβουνα όπως πρέπει, το χταπόδι λιώνει στο στόμα. Τα τραπέζια καθαρά κι ας ήταν γεμάτο το μαγαζί."},
  (9, 9, 8.5, 9.5), "product_quality+ cleanliness+",
  note="Charcoal grill and octopus praised (the food); clean tables in a full restaurant.")
r("el", QR, W_EL4, {"vathmos": 4, "xana": False,
                    "lexeis": "Ζητήσαμε τον λογαριασμό τρεις φορές. Όταν επιτέλους ήρθε, είχε περασμένο κι ένα κρασί που δεν πήραμε ποτέ, και ο σερβιτόρος έκανε πως δεν άκουγε."},
  (2.5, 2.5, 3, 1.5), "waiting_time- billing- staff-",
  note="Asked for the bill three times (waiting), a wine on it they never had (billing), a waiter pretending not to "
       "hear (staff). Rating 4 pulled down by the comment.")
r("el", QR, W_EL4, {"vathmos": 7, "xana": True,
                    "lexeis": "Δύσκολο να βρεις να παρκάρεις εκεί γύρω Σάββατο βράδυ, κάναμε τρεις γύρους το τετράγωνο μέχρι να αφήσουμε το αμάξι."},
  (6.5, 6.5, 6, 7.5),
  note="Only street parking around the taverna: no theme covers it. Labels from rating 7 and the yes; ease a little "
       "lower for the circling.")

r("el", EMP, W_EL5, {"enps": 8, "menw": True, "fortos": 4,
                     "protasi": "Η συνεργασία με τους άλλους φιλολόγους είναι υπέροχη, μοιραζόμαστε υλικό και διαγωνίσματα. Θα ήθελα όμως να πληρώνονται κι οι ώρες των ενημερώσεων με τους γονείς."},
  (7.5, 8, 7.5, 8.5), "colleagues+ pay-", "mixed",
  "Fellow teachers share material (colleagues) against unpaid parent meetings (pay). Ease from the workload rating 4.")
r("el", EMP, W_EL5, {"enps": 2, "menw": False, "fortos": 1,
                     "protasi": "Μου φόρτωσαν έξι τμήματα πανελλαδικών χωρίς να με ρωτήσουν και τα διαγωνίσματα τα διορθώνω Κυριακές. Ο διευθυντής απαντά πάντα «έτσι είναι η σεζόν»."},
  (1.5, 2, 0.5, 1), "workload- management-",
  note="Six exam-prep classes loaded on without asking, marking on Sundays (workload); a director who shrugs it off "
       "(management).")
r("el", EMP, W_EL5, {"enps": 7, "menw": True, "fortos": 3,
                     "protasi": "Γενικά είμαι καλά εδώ, δεν έχω κάτι ιδιαίτερο να σημειώσω φέτος."},
  (6.5, 7, 5.5, 7.5),
  note="'Generally fine here, nothing in particular this year': vague, no theme. Labels from the answers, ease near "
       "the workload rating 3.")

# ----------------------------------------------------------------------------------------------------- Persian
W_FA1 = survey("ketabsara-niloufar-fa-w",
               q("nps", "nps", "چقدر احتمال دارد کتاب~سرای اینترنتی نیلوفر را به یک دوست اهل کتاب پیشنهاد کنید؟"),
               q("sefaresh", "csat", "از سفارشی که به دستتان رسید چقدر راضی هستید؟", (1, 5)),
               q("nazar", "text", "اگر نکته~ای درباره خرید یا ارسال دارید، برایمان بنویسید."))
W_FA2 = survey("sepehrnet-poshtibani-fa-w",
               q("hal", "yes_no", "مشکل اینترنتتان در این تماس حل شد؟", perspective="ease"),
               q("zahmat", "ces_effort", "برای حل مشکل چقدر به زحمت افتادید؟ (۱ خیلی کم، ۵ خیلی زیاد)", (1, 5)),
               q("payam", "text", "اگر حرف دیگری دارید، همین~جا بنویسید."))
W_FA3 = survey("restoran-narenjestan-fa-w",
               q("nomre", "rating", "به غذا و پذیرایی امشب از ۱ تا ۱۰ چه نمره~ای می~دهید؟", (1, 10),
                 perspective="satisfaction"),
               q("bargasht", "yes_no", "باز هم به نارنجستان سر می~زنید؟", perspective="loyalty"),
               q("harf", "text", "چند کلمه از امشب بگویید."))
W_FA4 = survey("kelinik-arghavan-nobat-fa-w",
               q("asan", "ces", "گرفتن نوبت از سایت کلینیک ارغوان آسان بود.", (1, 7)),
               q("pishnahad", "text", "چه چیزی را بهتر کنیم؟"))
W_FA5 = survey("bashgah-tandis-karkonan-fa-w",
               q("enps", "nps", "چقدر احتمال دارد کار در باشگاه ورزشی تندیس را به آشنایانتان پیشنهاد کنید؟"),
               q("mandan", "yes_no", "فکر می~کنید سال بعد هم در تندیس کار کنید؟", perspective="loyalty"),
               q("goftani", "text", "چه چیزی را باید مدیریت باشگاه بداند؟"))
W_FA6 = survey("azhans-chelcheleh-flash-fa-w",
               q("jomle", "text", "سفرتان با آژانس چلچله را در یک جمله تعریف کنید."))

r("fa", E, W_FA1, {"nps": 9, "sefaresh": 5,
                   "nazar": "کتاب~ها را لای پلاستیک حباب~دار پیچیده بودند و گوشه~های جلد حتی یک ذره هم تا نخورده بود. از تهران تا شیراز هم فقط دو روز طول کشید."},
  (9, 9, 8, 9), "product_quality+ delivery+",
  note="Books arrived without a bent corner (the goods as received) after a two-day trip to Shiraz (delivery); ease "
       "unasked, set near the answers.")
r("fa", E, W_FA1, {"nps": 2, "sefaresh": 2,
                   "nazar": "بسته ده روز در راه بود. تازه کتاب را با سی درصد تخفیف تبلیغ کرده بودند ولی قیمت کامل از کارتم کم شد. دو بار ایمیل زدم و هنوز هیچ جوابی نگرفته~ام."},
  (2, 2, 2.5, 2), "delivery- billing- communication-",
  note="Ten days for the parcel; the full price taken from the card despite the advertised discount is a wrong "
       "charge (billing); two unanswered emails (communication) lower the inferred ease.")
r("fa", E, W_FA1, {"nps": 6, "sefaresh": 3,
                   "nazar": "کتابی که اصلاً به خاطرش خرید کردم هنوز ناموجود است و مجبور شدم از جای دیگری بگیرمش."},
  (5, 5.5, 5.5, 5), "", "",
  "A stock-out, which no theme covers; labels at the answers, loyalty a little lower for buying elsewhere.")

r("fa", SMS, W_FA2, {"hal": True, "zahmat": 1,
                     "payam": "کارشناس خط دوم خیلی باحوصله بود، قدم به قدم با هم مودم را تنظیم کردیم و حالا سرعت دوباره مثل روز اول شده."},
  (8.5, 8, 9.5, 8), "staff+ product_quality+",
  note="A patient agent (staff) and the connection back to full speed (the service itself, product_quality).")
r("fa", SMS, W_FA2, {"hal": False, "zahmat": 5,
                     "payam": "از پریروز اینترنت هر نیم ساعت یک بار قطع می~شود. هر دفعه زنگ می~زنم بیست دقیقه پشت خط می~مانم و آخرش فقط می~گویند «تیکت ثبت شد»."},
  (1, 1.5, 0.5, 2), "product_quality- waiting_time-",
  note="A connection that keeps dropping (the service) and twenty minutes on hold each call; recommendation and "
       "loyalty inferred low.")
r("fa", SMS, W_FA2, {"hal": True, "zahmat": 3,
                     "payam": "قطعی درست شد، دستتان درد نکند. ولی پول همان ده روزی را که اصلاً اینترنت نداشتیم هم از حسابمان برداشته~اند."},
  (4.5, 4.5, 7, 5), "billing-",
  note="Fixed, with thanks, but charged for ten days without service (billing). Ease between the 'yes' and effort 3; "
       "the rest a little below the middle.")

r("fa", QR, W_FA3, {"nomre": 10, "bargasht": True,
                    "harf": "باقالی~پلو با ماهیچه~اش حرف نداشت و با این کیفیت، قیمتش هم منطقی بود. گارسون بدون اینکه چیزی بگوییم برای پسرم صندلی بچه آورد."},
  (9.5, 9, 8.5, 9.5), "product_quality+ price+ staff+")
r("fa", QR, W_FA3, {"nomre": 3, "bargasht": False,
                    "harf": "روی میزمان هنوز لکه~های غذای مشتری قبلی مانده بود و کف سالن پر از خرده نان بود. کباب هم بعد از یک ساعت تازه رسید."},
  (2, 2, 3.5, 1.5), "cleanliness- waiting_time-",
  note="A table left dirty and crumbs on the floor (cleanliness); an hour for the kebab (waiting_time).")
r("fa", KIO, W_FA3, {"nomre": 7, "bargasht": True,
                     "harf": "شب خوبی بود. فقط اطراف رستوران جای پارک پیدا نمی~شود؛ نیم ساعت دور محله چرخیدیم تا ماشین را جایی بگذاریم."},
  (6.5, 6.5, 5.5, 7.5), "", "",
  "Parking, which no theme covers; satisfaction from the 7/10, ease a little lower for the half hour spent "
  "looking for a space, loyalty from the 'yes'.")

r("fa", WEB, W_FA4, {"asan": 7,
                     "pishnahad": "در کمتر از دو دقیقه برای متخصص پوست نوبت گرفتم و همان لحظه پیامک تأیید با ساعت دقیق برایم آمد."},
  (8.5, 8, 9.5, 8), "website_app+ communication+",
  note="Booking on the site in two minutes (website_app) and an instant confirmation text with the exact time "
       "(communication).")
r("fa", WEB, W_FA4, {"asan": 2,
                     "pishnahad": "سایت روی گوشی مدام crash می~کرد، دو بار فرم رو پر کردم و دفعه آخر هم یه error داد که هیچی ازش نفهمیدم. Honestly زنگ زدن راحت~تر بود."},
  (2.5, 3, 1.5, 4), "website_app-", "code_switching",
  "Colloquial Persian with English words (crash, error, honestly); the site failing on the phone is website_app. "
  "Loyalty has no evidence: near the answers, pulled towards the middle.")

r("fa", EMP, W_FA5, {"enps": 8, "mandan": True,
                     "goftani": "مربی~های سالن بدنسازی مثل خانواده~اند و هوای هم را دارند. امسال هم باشگاه هزینه دوره مربیگری درجه دو را داد."},
  (8, 8, 7, 8.5), "colleagues+ growth+",
  note="The other trainers (colleagues) and a paid coaching course (growth).")
r("fa", EMP, W_FA5, {"enps": 2, "mandan": False,
                     "goftani": "حقوقمان به گرانی~های امسال نمی~خورد و تا بیستم ماه هم دوام نمی~آورد. مدیر تازه~وارد هم بیشتر روزها شیفت صبح و عصر را یکی پس از دیگری به ما می~دهد."},
  (1.5, 2, 3, 1), "pay- workload- management-",
  note="Pay that does not last the month; back-to-back morning and evening shifts (workload) handed out by the new "
       "manager (management).")

r("fa", FL, W_FA6, {"jomle": "برای این قیمت تور مشهد واقعاً می~ارزید و هتل هم تمیز بود، ولی راهنمای تور دو تا از برنامه~ها را بی~آنکه به ما بگوید جابه~جا کرد."},
  (7, 6.5, 6, 6.5), "price+ cleanliness+ communication-", "mixed",
  "Good value and a clean hotel against a guide who moved two outings without telling the group (communication).")

# ----------------------------------------------------------------------------------------------------- French
W_FR1 = survey("optique-belvision-fr-w",
               q("nps", "nps", "Quelle est la probabilité que vous recommandiez Optique Belvision à votre entourage ?"),
               q("lunettes", "csat", "Êtes-vous satisfait de vos nouvelles lunettes ?", (1, 5)),
               q("mot", "text", "Un mot sur votre passage chez Belvision ?"))
W_FR2 = survey("altiplan-telecom-assistance-fr-w",
               q("effort", "ces_effort", "Quel effort vous a demandé le traitement de votre demande ? (1 = très peu, 5 = énormément)", (1, 5)),
               q("resolu", "yes_no", "Votre demande a-t-elle été résolue ?", perspective="satisfaction"),
               q("ajout", "text", "Quelque chose à ajouter ?"))
W_FR3 = survey("boulangerie-dethier-fr-w",
               q("note", "rating", "Quelle note donneriez-vous à votre passage aujourd'hui, de 1 à 10 ?", (1, 10),
                 perspective="satisfaction"),
               q("retour", "yes_no", "Reviendrez-vous chez nous ?", perspective="loyalty"),
               q("remarque", "text", "Une remarque ?"))
W_FR4 = survey("feuillu-plantes-en-ligne-fr-w",
               q("nps", "nps", "Recommanderiez-vous Feuillu à un ami qui aime les plantes ?"),
               q("commande", "ces", "Passer commande sur notre site a été simple.", (1, 7)),
               q("retour", "text", "Racontez-nous comment s'est passée votre commande."))
W_FR5 = survey("commune-de-wavremont-guichet-flash-fr-w",
               q("guichet", "csat", "Comment s'est passé votre passage au service Population ?", (1, 3),
                 perspective="satisfaction"),
               q("pourquoi", "text", "En une phrase, pourquoi ?"))
W_FR6 = survey("transports-verhaegen-pulse-fr-w",
               q("enps", "nps", "Recommanderiez-vous Transports Verhaegen comme employeur à un proche ?"),
               q("charge", "rating", "Ma charge de travail est raisonnable.", (1, 5), perspective="ease"),
               q("direction", "text", "Qu'aimeriez-vous dire à la direction ?"))

r("fr", E, W_FR1, {"nps": 9, "lunettes": 5,
                   "mot": "L'opticienne m'a fait essayer une bonne quinzaine de montures sans jamais me presser, avec de vrais conseils. Avec les progressifs, lecture ou conduite, tout est parfaitement net."},
  (9.5, 9, 8, 9), "staff+ product_quality+",
  note="The optician's patience and advice are staff; sharp vision with the new varifocals is the product. Ease is not "
  "asked and nothing bears on it: set near the answers, pulled towards the middle.")
r("fr", E, W_FR1, {"nps": 3, "lunettes": 2,
                   "mot": "Jolie monture, rien à dire là-dessus. Mais 85 € de plus sur la facture pour un traitement antireflet que je n'ai jamais demandé, et on devait me rappeler quand la mutuelle aurait répondu : toujours aucune nouvelle."},
  (2.5, 2.5, 3, 2.5), "product_quality+ billing- communication-", "mixed",
  "The frame is praised (product); an extra 85 EUR for a coating never ordered is billing; the promised call-back "
  "that never came is communication. Ease inferred a little low from the unresolved paperwork.")
r("fr", E, W_FR1, {"nps": 7, "lunettes": 4,
                   "mot": "Deuxième paire offerte, franchement imbattable comme prix. Par contre samedi matin, presque une heure debout avant qu'un vendeur se libère pour l'examen de vue."},
  (7, 7, 5, 7), "price+ waiting_time-", "mixed",
  "The free second pair is price praised; an hour standing before the eye test is waiting time, which pulls the "
  "unasked ease below the other labels.")

r("fr", SMS, W_FR2, {"effort": 1, "resolu": True,
                     "ajout": "Coupure internet réglée à distance en quinze minutes, et le technicien au bout du fil m'a tout expliqué calmement. Nickel."},
  (9, 8.5, 9.5, 8.5), "waiting_time+ staff+",
  note="Fixed within fifteen minutes is waiting time; the technician explaining calmly is staff. The yes/no "
  "anchors satisfaction at the top, brought slightly down as the comment is brief.")
r("fr", SMS, W_FR2, {"effort": 5, "resolu": False,
                     "ajout": "Ça fait trois semaines que je n'ai plus de réseau à la maison. Quatre fois on m'a promis qu'un technicien me recontacterait, jamais personne. Et la facture du mois est prélevée en entier, comme si de rien n'était. Je regarde ailleurs."},
  (1, 1, 0.5, 0.5), "product_quality- communication- billing-",
  note="No network for three weeks is the core service (product_quality); promised call-backs that never came are "
  "communication; being billed in full for a month without service is billing. 'Je regarde ailleurs' sets loyalty lowest.")
r("fr", WEB, W_FR2, {"effort": 2, "resolu": True,
                     "ajout": "L'espace client est clair, j'ai changé d'abonnement en deux clics et le nouveau forfait me revient moins cher que l'ancien."},
  (8.5, 7.5, 8, 8), "website_app+ price+",
  note="The customer area is the website; the new plan costing less is price praised. Effort 2 of 5 maps to about 7.5 ease.")

r("fr", QR, W_FR3, {"note": 8, "retour": True,
                    "remarque": "Croissants encore tièdes et bien feuilletés, salle impeccable. Seul regret : l'expresso est passé à 3,20 €, ça commence à faire cher."},
  (7.5, 7.5, 7, 8.5), "product_quality+ cleanliness+ price-", "mixed",
  "Warm flaky croissants are the goods, the spotless room is cleanliness, the dearer espresso is price. Rating 8 of 10 "
  "maps to about 7.8; ease has no evidence and is set a little towards the middle.")
r("fr", KIO, W_FR3, {"note": 3, "retour": False,
                     "remarque": "Plus de pain gris à 11 h, plus un seul sandwich non plus. Je suis venu de l'autre bout de la ville pour rien."},
  (2.5, 2.5, 4, 2),
  note="Items sold out by 11 (a stock-out) name no theme. Rating 3 of 10 maps to about 2.2; ease has no evidence and "
  "is pulled towards the middle; 'not coming back' sets loyalty.")

r("fr", E, W_FR4, {"nps": 10, "commande": 7,
                   "retour": "Le monstera est arrivé deux jours après la commande, calé dans un carton fait pour lui, sans une feuille abîmée. Il a déjà sorti une nouvelle pousse !"},
  (9.5, 10, 9.5, 9.5), "delivery+ product_quality+",
  note="Arriving in two days in a fitted box is delivery; a healthy plant putting out a new leaf is the product.")
r("fr", WEB, W_FR4, {"nps": 4, "commande": 3,
                     "retour": "Bravo pour le suivi : « en cours de livraison » pendant neuf jours, c'est presque un record. Et le code de bienvenue refusé à la validation du panier, évidemment, sinon ce ne serait pas drôle."},
  (2.5, 3.5, 3, 2.5), "delivery- website_app-", "sarcasm",
  "Sarcastic praise ('bravo', 'presque un record') read for what it means: a parcel stuck 'out for delivery' for nine "
  "days is delivery; the welcome code rejected at checkout is a website fault. CES 3 of 7 maps to about 3.3.")

r("fr", FL, W_FR5, {"guichet": 3,
                    "pourquoi": "Carte d'identité renouvelée en dix minutes grâce au rendez-vous pris en ligne, et l'employée était d'une gentillesse rare."},
  (9.5, 9, 9.5, 8.5), "waiting_time+ website_app+ staff+",
  note="Ten minutes at the desk is waiting time, the online appointment booking is the website, the kind clerk is staff.")
r("fr", FL, W_FR5, {"guichet": 2,
                    "pourquoi": "Ça va, mais pas moyen de se garer à moins de cinq cents mètres de la maison communale un mardi matin."},
  (5, 4.5, 4.5, 5),
  note="Parking names no theme; the middle answer sets satisfaction at 5, the parking hassle nudges ease a little down.")

r("fr", EMP, W_FR6, {"enps": 2, "charge": 1,
                     "direction": "Les tournées ont été rallongées depuis janvier sans un euro de plus sur la fiche de paie. On rentre régulièrement après 19 h."},
  (2, 2, 1, 2), "workload- pay-",
  note="Longer rounds and finishing after 7 pm are workload; no extra money on the payslip is pay.")
r("fr", EMP, W_FR6, {"enps": 8, "charge": 4,
                     "direction": "Bonne ambiance au dépôt, on se donne un coup de main entre chauffeurs. J'ai pu passer mon permis C aux frais de la boîte, ça m'a ouvert d'autres tournées."},
  (8, 8, 7.5, 8.5), "colleagues+ growth+",
  note="Drivers helping each other is colleagues; the company-paid licence opening new routes is growth.")

# ----------------------------------------------------------------------------------------------------- Spanish
W_ES1 = survey("muebles-casa-ocotillo-es-w",
               q("nps", "nps", "¿Qué tan probable es que recomiendes Muebles Casa Ocotillo a un amigo o familiar?"),
               q("producto", "csat", "¿Qué tan satisfecho estás con el mueble que compraste?", (1, 5)),
               q("esfuerzo", "ces_effort", "¿Cuánto esfuerzo te costó hacer tu compra y recibirla?", (1, 5)),
               q("comentario", "text", "¿Hay algo más que quieras contarnos de tu compra?"))
W_ES2 = survey("conecta-halcon-soporte-es-w",
               q("resuelto", "yes_no", "¿Se resolvió el motivo de tu contacto?", perspective="ease"),
               q("asesor", "csat", "Del 1 al 5, ¿qué calificación le das al asesor que te atendió?", (1, 5)),
               q("msj", "text", "Escríbenos cualquier otro comentario."))
W_ES3 = survey("clinica-dental-sonrisa-maya-es-w",
               q("visita", "rating", "Del 1 al 10, ¿cómo calificas tu visita de hoy a Clínica Dental Sonrisa Maya?",
                 (1, 10), perspective="satisfaction"),
               q("regresar", "yes_no", "¿Regresarías con nosotros para tu próxima consulta?", perspective="loyalty"),
               q("nota", "text", "¿Quieres dejarnos algún comentario?"))
W_ES4 = survey("autobuses-rio-bravo-flash-es-w",
               q("frase", "text", "En pocas palabras, ¿cómo estuvo tu viaje con Autobuses Río Bravo?"))
W_ES5 = survey("super-mezquital-pulso-es-w",
               q("enps", "nps", "¿Qué tan probable es que recomiendes Súper Mezquital como lugar para trabajar?"),
               q("area", "single_choice", "¿En qué área estás?",
                 options=["Cajas", "Bodega", "Piso de venta", "Carnes y salchichonería", "Panadería"]),
               q("comentario", "text", "¿Qué te gustaría que supiera la dirección?"))

r("es", E, W_ES1, {"nps": 10, "producto": 5, "esfuerzo": 1,
                   "comentario": "El comedor llegó armado tal cual las fotos y la madera se siente bien sólida. Los "
                                 "muchachos que lo trajeron hasta subieron las sillas al segundo piso sin hacer caras."},
  (9.5, 9.5, 9.5, 9), "product_quality+ delivery+ staff+",
  note="Solid table as pictured, delivered and carried upstairs by friendly delivery men (delivery+ for the arrival, "
       "staff+ for their attitude); loyalty inferred high from the answers.")
r("es", E, W_ES1, {"nps": 3, "producto": 2, "esfuerzo": 4,
                   "comentario": "Me dieron fecha de entrega para el martes, me quedé todo el día esperando y nunca "
                                 "llegaron. Nadie me avisó nada; tuve que marcar yo tres veces para enterarme de que "
                                 "el camión ni había salido de la bodega."},
  (2, 2.5, 2, 2), "delivery- communication-",
  note="A missed delivery day with the truck still at the warehouse, and no word unless the customer phoned three "
       "times (communication-); ces_effort 4 (2.5) pulled a little lower by the calls.")
r("es", E, W_ES1, {"nps": 7, "producto": 4, "esfuerzo": 2,
                   "comentario": "El sillón está bonito y cómodo, pero a la semana lo vi más barato en otra tienda. "
                                 "Me hubiera gustado que me respetaran ese precio."},
  (7, 6.5, 7.5, 6), "product_quality+ price-", "mixed",
  "A comfortable sofa, but found cheaper elsewhere a week later and no price match; loyalty a little under the "
  "answers because of the price.")
r("es", SMS, W_ES2, {"resuelto": True, "asesor": 5,
                     "msj": "Me cambiaron de plan sin tener que ir a la sucursal y el asesor me explicó clarito qué "
                            "incluía cada paquete y cuánto iba a pagar al mes."},
  (9, 8.5, 9.5, 8.5), "staff+ communication+",
  note="A helpful agent and a clear explanation of what each package includes and costs; recommendation and "
       "loyalty inferred just under the answers.")
r("es", SMS, W_ES2, {"resuelto": False, "asesor": 2,
                     "msj": "Qué maravilla, ya es el tercer mes que me cobran la renta del decodificador que devolví "
                            "en marzo. Y el asesor, muy amable, me dice que 'ya quedó reportado'. Igualito que las "
                            "otras dos veces."},
  (1.5, 1, 0.5, 1.5), "billing- staff-", "sarcasm",
  "Sarcastic 'qué maravilla' and 'muy amable': a returned decoder still billed for the third month, and an agent "
  "who only repeats that it was reported (staff-, agreeing with the 2/5); unresolved after three tries sets ease "
  "near 0.")
r("es", WEB, W_ES2, {"resuelto": True, "asesor": 4,
                     "msj": "Desde la app pude reportar la falla y agendar al técnico, todo muy fácil. Lo malo es que "
                            "antes de eso me tuvieron 40 minutos en la línea telefónica esperando."},
  (7, 7, 7.5, 7), "website_app+ waiting_time-", "mixed",
  note="Reporting the fault and booking the visit in the app was easy; 40 minutes on hold before that pulls ease "
       "below the resolved answer.")
r("es", KIO, W_ES3, {"visita": 10, "regresar": True,
                     "nota": "La doctora Ruiz me quitó el miedo, súper paciente conmigo. Y el consultorio impecable, "
                             "todo se veía recién esterilizado."},
  (10, 9.5, 8.5, 9.5), "staff+ cleanliness+",
  note="A patient dentist and a spotless surgery; ease not mentioned, inferred high but pulled a little to the "
       "middle.")
r("es", KIO, W_ES3, {"visita": 3, "regresar": False,
                     "nota": "Tenía cita a las 11 y me pasaron hasta la 1. En recepción nomás decían 'ya merito'. "
                             "Aparte me cobraron la radiografía que según venía incluida en el paquete."},
  (2, 1.5, 2.5, 1), "waiting_time- billing-",
  note="Two hours past the appointment time and an X-ray charged though it was meant to be included; rating 3 is "
       "2.2 on 0-10.")
r("es", QR, W_ES3, {"visita": 8, "regresar": True,
                    "nota": "Todo bien en la consulta, nomás que el estacionamiento está imposible, le di como cuatro "
                            "vueltas a la cuadra para encontrar lugar."},
  (7.5, 7.5, 6, 9),
  note="The visit was fine; the only complaint is parking, which no theme covers; the search for a space sets ease a "
       "little lower.")
r("es", FL, W_ES4, {"frase": "El camión salió puntualito y los asientos reclinan bien, pero el baño venía sucísimo "
                             "desde que salimos de Monterrey."},
  (6, 6, 7, 6), "waiting_time+ product_quality+ cleanliness-", "mixed",
  note="Text only: an on-time departure (no waiting), good seats, a filthy toilet; labels just above the middle.")
r("es", FL, W_ES4, {"frase": "Compré el boleto en la página y el cargo por servicio me salió doble en el estado de "
                             "cuenta. Ya mandé correo y ni sus luces."},
  (2.5, 2.5, 2.5, 3),
  "billing- communication-",
  note="Text only: the service fee twice on the card statement and the e-mail unanswered ('ni sus luces'); the "
       "website only names where the ticket was bought, so no website_app.")
r("es", FL, W_ES4, {"frase": "Me tocó al lado de un señor que roncó las ocho horas, pero eso ya no es culpa de "
                             "ustedes jaja."},
  (6, 6, 6.5, 6.5),
  note="Text only: a snoring neighbour, which the respondent says is not the company's fault; no theme, labels a "
       "little above the middle.")
r("es", EMP, W_ES5, {"enps": 8, "area": "Cajas",
                     "comentario": "Mi supervisora siempre nos echa la mano cuando se junta la gente en las cajas, y "
                                   "los del turno de la tarde somos bien unidos."},
  (8, 8, 7.5, 8), "management+ colleagues+",
  note="A supervisor who steps in at busy times (management+) and a close-knit shift (colleagues+).")
r("es", EMP, W_ES5, {"enps": 3, "area": "Bodega",
                     "comentario": "Llevo cuatro años en bodega y cada vez que sale una vacante de encargado se la dan "
                                   "a alguien de fuera. Y el sueldo ya no alcanza con lo que ha subido todo."},
  (3, 3, 4.5, 2.5), "growth- pay-",
  note="Passed over for promotion each time (growth-) and pay eaten by inflation; ease of the job not mentioned, "
       "set near the middle; loyalty a little under the eNPS.")

# ----------------------------------------------------------------------------------------------------- Italian
W_IT1 = survey("ventoblu-telefonia-it-w",
               q("nps", "nps", "Quanto è probabile che consiglieresti VentoBlu ad amici o parenti?"),
               q("facile", "ces", "Attivare la mia offerta VentoBlu è stato semplice.", (1, 7)),
               q("servizio", "single_choice", "Quale servizio hai attivato?",
                 options=["Fibra casa", "Mobile", "Fibra + mobile"]),
               q("commento", "text", "Vuoi spiegarci il tuo voto?"))
W_IT2 = survey("idrovalle-acqua-sms-it-w",
               q("fatica", "ces_effort", "Quanto è stato faticoso risolvere la tua richiesta? Rispondi da 1 (per nulla) a 5 (moltissimo)", (1, 5)),
               q("sms", "text", "Vuoi aggiungere qualcosa? Rispondi pure a questo SMS."))
W_IT3 = survey("trattoria-il-pozzetto-qr-it-w",
               q("voto", "rating", "Da 1 a 10, che voto dai al tuo pasto al Pozzetto?", (1, 10), perspective="satisfaction"),
               q("torni", "yes_no", "Torneresti a mangiare da noi?", perspective="loyalty"),
               q("righe", "text", "Due righe sulla tua esperienza?"))
W_IT4 = survey("palestra-dinamo-totem-it-w",
               q("allenamento", "csat", "Com'è andata oggi in palestra?", (1, 3), perspective="satisfaction"),
               q("perche", "text", "Ci dici il perché?"))
W_IT5 = survey("prontocall-pulse-it-w",
               q("enps", "nps", "Quanto consiglieresti Prontocall come posto di lavoro a un amico?"),
               q("resti", "yes_no", "Pensi di lavorare ancora con noi tra un anno?", perspective="loyalty"),
               q("direzione", "text", "C'è qualcosa che vuoi dire alla direzione?"))

r("it", E, W_IT1, {"nps": 9, "facile": 7, "servizio": "Fibra casa",
                   "commento": "Il tecnico è stato gentilissimo e mi ha pure sistemato il modem dove volevo io, senza fare storie. Da quando c'è la fibra le partite in streaming non si bloccano più."},
  (9.5, 9, 9.5, 9), "staff+ product_quality+",
  note="The installer (staff) and a connection that no longer stalls (the service itself); satisfaction not asked, inferred high.")
r("it", WEB, W_IT1, {"nps": 3, "facile": 2, "servizio": "Mobile",
                     "commento": "L'offerta in sé è conveniente, ma per la portabilità del numero il sito mi ha chiesto tre volte gli stessi dati e il codice via SMS non arrivava mai. Alla fine sono andato in negozio."},
  (3.5, 3, 1.5, 4), "price+ website_app-", "mixed",
  note="A good-value plan (price) against a website that kept asking for the same data and never sent the code (website_app); ease anchored on the CES 2.")
r("it", E, W_IT1, {"nps": 4, "facile": 5, "servizio": "Fibra + mobile",
                   "commento": "Il modem è arrivato dopo venti giorni e nella prima bolletta ho trovato 39 euro di attivazione di cui al telefono nessuno mi aveva parlato."},
  (3.5, 4, 6, 4), "delivery- billing- communication-",
  note="Router twenty days in coming (delivery), an unexpected activation charge on the bill (billing) that nobody mentioned when signing up (communication); ease a little below the CES 5.")
r("it", E, W_IT1, {"nps": 7, "facile": 6, "servizio": "Mobile",
                   "commento": "Ho fatto tutto per mio padre, che ha ottantadue anni: lui è contento e quindi lo sono anch'io."},
  (7.5, 7, 8, 7),
  note="Content, but names no theme; labels follow the answers.")

r("it", SMS, W_IT2, {"fatica": 2,
                     "sms": "Segnalato il guasto al contatore la mattina, nel primo pomeriggio l'operaio era già qui. Gentile e preciso."},
  (9, 8.5, 8, 8), "waiting_time+ staff+",
  note="Effort 2 maps to 7.5 for ease; the same-day visit is waiting_time, the courteous workman staff.")
r("it", SMS, W_IT2, {"fatica": 4,
                     "sms": "Da un anno mi mandate bollette con i consumi stimati, e sì che le letture ve le ho comunicate io tre volte."},
  (3, 3, 2.5, 3.5), "billing-",
  note="Bills on estimated consumption despite readings sent three times: billing.")
r("it", SMS, W_IT2, {"fatica": 5,
                     "sms": "Bravissimi: tre giorni di acqua color ruggine dal rubinetto e nemmeno un avviso, né un SMS né un foglio sul portone. Continuate così."},
  (0.5, 1, 0.5, 1.5), "product_quality- communication-", "sarcasm",
  "Sarcastic praise ('bravissimi', 'continuate così'): rust-coloured water is the core service failing (product_quality), no notice of any kind (communication).")

r("it", QR, W_IT3, {"voto": 8, "torni": True,
                    "righe": "Carbonara fatta come si deve e porzioni generose. Il conto per due con una bottiglia di vino era più che onesto."},
  (8, 8, 7.5, 8.5), "product_quality+ price+",
  note="The food (product) and a fair total for two (price praised, not a billing error).")
r("it", QR, W_IT3, {"voto": 5, "torni": True,
                    "righe": "Si mangia bene, però tra il primo e il secondo abbiamo aspettato quaranta minuti e il bagno lasciava parecchio a desiderare."},
  (4.5, 5, 5, 6), "product_quality+ waiting_time- cleanliness-", "mixed",
  note="Good food against a forty-minute gap between courses and a poorly kept toilet; rating 5 of 10 maps to about 4.4.")
r("it", QR, W_IT3, {"voto": 9, "torni": True,
                    "righe": "Ordinato da asporto con consegna a casa: il fattorino è arrivato in venti minuti e le pizze erano ancora bollenti."},
  (9, 9, 8.5, 9), "delivery+",
  note="Home delivery in twenty minutes with the pizzas still hot: delivery (the arrival, not the cooking).")

r("it", KIO, W_IT4, {"allenamento": 3,
                     "perche": "Prenoto i corsi dall'app in dieci secondi e gli spogliatoi sono sempre in ordine."},
  (9.5, 9, 9, 9), "website_app+ cleanliness+",
  note="Top of a 1-3 scale; booking classes in the app (website_app) and tidy changing rooms (cleanliness).")
r("it", KIO, W_IT4, {"allenamento": 2,
                     "perche": "Il parcheggio qui davanti la sera è sempre pieno, si gira mezz'ora per trovare un posto."},
  (5, 5, 4.5, 5.5),
  note="Parking names no theme (circling for a space is not a wait for the gym's service); the middle of a 1-3 scale maps to 5.")

r("it", EMP, W_IT5, {"enps": 8, "resti": True,
                     "direzione": "La nuova responsabile ascolta davvero: ha rivisto i turni dopo le nostre proposte e mi ha segnalato per il corso da team leader."},
  (8.5, 8, 7, 9), "management+ growth+",
  note="A manager who changed the rotas after staff suggestions (management) and a nomination for team-leader training (growth).")
r("it", EMP, W_IT5, {"enps": 2, "resti": False,
                     "direzione": "Cento chiamate al giorno con le pause contate al secondo, e lo stipendio non si muove da tre anni."},
  (1.5, 2, 2.5, 1), "workload- pay-",
  note="A hundred calls a day with breaks timed to the second (workload) and pay frozen for three years (pay).")

# ----------------------------------------------------------------------------------------------------- Dutch
W_NL1 = survey("energieleverancier-windkracht-zes-nl-w",
               q("tevreden", "csat", "Hoe tevreden bent u over Windkracht Zes als energieleverancier?", (1, 5)),
               q("moeite", "ces_effort", "Hoeveel moeite moest u doen om uw vraag geregeld te krijgen?", (1, 5)),
               q("toelichting", "text", "Kunt u uw antwoord toelichten?"))
W_NL2 = survey("webwinkel-fietsplaats-nl-w",
               q("nps", "nps", "Hoe waarschijnlijk is het dat u Fietsplaats aanraadt aan vrienden of collega's?"),
               q("product", "csat", "Hoe tevreden bent u over uw aankoop?", (1, 5)),
               q("opmerking", "text", "Wat wilt u ons nog laten weten?"))
W_NL3 = survey("restaurant-de-gouden-pollepel-nl-w",
               q("cijfer", "rating", "Welk cijfer geeft u uw avond bij De Gouden Pollepel? (1-10)", (1, 10),
                 perspective="satisfaction"),
               q("terug", "yes_no", "Komt u nog eens bij ons eten?", perspective="loyalty"),
               q("woorden", "text", "Nog een paar woorden voor de keuken of de bediening?"))
W_NL4 = survey("gemeente-stadswinkel-lindeveld-zuil-nl-w",
               q("bezoek", "csat", "Hoe was uw bezoek aan Stadswinkel Lindeveld vandaag?", (1, 3),
                 perspective="satisfaction"),
               q("waarom", "text", "Waarom? (niet verplicht)"))
W_NL5 = survey("scholengroep-het-baken-puls-nl-w",
               q("enps", "nps", "Hoe waarschijnlijk is het dat je Scholengroep Het Baken aanraadt als werkgever?"),
               q("werk", "csat", "Hoe tevreden ben je op dit moment met je werk?", (1, 5)),
               q("directie", "text", "Wat wil je de schoolleiding laten weten?"))

r("nl", WEB, W_NL1, {"tevreden": 1, "moeite": 5,
                     "toelichting": "Mijn voorschot is zonder enig overleg van 120 naar 210 euro per maand gegaan. In de chat krijg ik elke keer een ander verhaal en de beloofde terugbelafspraak is er nooit gekomen."},
  (0.5, 0.5, 0, 1), "billing- communication-",
  note="A monthly advance raised from 120 to 210 euros without consultation (billing); a different story in every "
       "chat and a promised call-back that never came (communication).")
r("nl", WEB, W_NL1, {"tevreden": 5, "moeite": 1,
                     "toelichting": "Meterstanden doorgeven in de app kost nog geen minuut, en de jaarafrekening viel reuze mee: ik kreeg zelfs tachtig euro terug."},
  (9.5, 9, 9.5, 9), "website_app+ billing+",
  note="Meter readings in the app in under a minute (website_app); an annual statement with 80 euros back "
       "(billing, praised).")
r("nl", WEB, W_NL1, {"tevreden": 3, "moeite": 3,
                     "toelichting": "Qua tarief zitten jullie goed vergeleken met de rest, maar voor een simpele adreswijziging hing ik dertig minuten met dat muziekje aan de lijn."},
  (5, 5, 4, 6), "price+ waiting_time-", "mixed",
  note="A competitive rate (price, praised; keeps loyalty a little above the middle); half an hour on hold for a "
       "change of address (waiting_time), pulling ease under its anchor of 5.")
r("nl", E, W_NL2, {"nps": 9, "product": 5,
                   "opmerking": "De fiets werd op de afgesproken dag thuisbezorgd en was helemaal afgesteld. Rijdt heerlijk licht, ook met tegenwind."},
  (9.5, 9, 8.5, 9), "delivery+ product_quality+",
  note="Delivered on the agreed day, fully adjusted (delivery); a bike that rides light (the product). Ease not "
       "asked, inferred high from a smooth purchase.")
r("nl", E, W_NL2, {"nps": 3, "product": 2,
                   "opmerking": "Na tien dagen is de fietstas nog altijd niet verzonden, terwijl er bij het bestellen 'morgen in huis' stond. De track-en-trace in jullie app geeft alleen maar een foutmelding."},
  (2, 2.5, 2.5, 2.5), "delivery- website_app-",
  note="A bag still not shipped after ten days despite 'tomorrow at home' (delivery); tracking in the app giving "
       "only an error (website_app).")
r("nl", E, W_NL2, {"nps": 6, "product": 3,
                   "opmerking": "Prima helm hoor, zit goed. Maar hij is een stuk duurder dan elders, en dan komen de verzendkosten er nog bovenop."},
  (5, 5.5, 5.5, 4.5), "product_quality+ price-", "mixed",
  note="A good, well-fitting helmet (the product); dearer than elsewhere plus shipping costs (price), which pulls "
       "recommendation and loyalty under the answers. Ease not touched, near the middle.")
r("nl", QR, W_NL3, {"cijfer": 9, "terug": True,
                    "woorden": "Attente bediening, de ober kende de wijnkaart op zijn duimpje. Het lamsvlees was perfect gegaard."},
  (9, 9, 8, 9.5), "staff+ product_quality+",
  note="An attentive waiter who knew the wine list (staff); the lamb cooked perfectly (the product). Ease not asked, "
       "set a little under the rest.")
r("nl", QR, W_NL3, {"cijfer": 4, "terug": False,
                    "woorden": "Bijna een uur op het hoofdgerecht gewacht en de toiletten waren echt smerig. Zonde, want wat er uiteindelijk op tafel kwam smaakte prima."},
  (3, 2.5, 4, 1), "waiting_time- cleanliness- product_quality+", "mixed",
  note="Nearly an hour for the main course (waiting_time); filthy toilets (cleanliness); the food itself fine (the "
       "product). Loyalty anchored on 'no' (0), nudged up by the praise for the food.")
r("nl", QR, W_NL3, {"cijfer": 8, "terug": True,
                    "woorden": "Gezellige avond gehad met de familie, we komen zeker nog eens terug."},
  (8, 8, 7.5, 9.5), "", "",
  "A pleasant evening, naming no theme; satisfaction on the rating (8 of 10, about 7.8); loyalty on the 'yes', "
  "kept high by 'we'll certainly be back'.")
r("nl", KIO, W_NL4, {"bezoek": 3,
                     "waarom": "Paspoort aangevraagd zonder afspraak, en na tien minuten kon ik alweer naar huis. Nette, frisse wachtruimte ook."},
  (9.5, 8.5, 9.5, 8.5), "waiting_time+ cleanliness+",
  note="Done within ten minutes without an appointment (waiting_time, praised); a neat, fresh waiting area "
       "(cleanliness). Recommendation and loyalty of a town hall inferred a little under satisfaction.")
r("nl", KIO, W_NL4, {"bezoek": 2,
                     "waarom": "Verder ging alles redelijk, maar parkeren rond het stadhuis is een drama. Ik heb drie rondjes moeten rijden voor er een plekje vrijkwam."},
  (5, 5, 4.5, 5), "", "",
  "Parking, which no theme covers; labels at the middle CSAT (2 of 3), ease a little under for the circling.")
r("nl", KIO, W_NL4, {"bezoek": 1,
                     "waarom": "De leges voor een rijbewijs zijn alweer omhoog, echt ridiculous. En die meneer achter de balie was nogal kortaf, zo van take it or leave it."},
  (1, 1.5, 3.5, 2.5), "price- staff-", "code_switching",
  "Dutch with English ('ridiculous', 'take it or leave it'). Higher fees for a driving licence (price); a curt "
  "clerk (staff). Ease not evidenced, set a little under the middle; loyalty to a council office middling-low.")
r("nl", EMP, W_NL5, {"enps": 4, "werk": 2,
                     "directie": "Met 31 kinderen in de klas en daarnaast alle toetsverslagen kom ik structureel uren tekort. Het salaris is op zich in orde, daar ligt het niet aan."},
  (2.5, 3.5, 2, 4), "workload- pay+", "mixed",
  note="Thirty-one pupils plus all the test reports, chronically short of hours (workload); the salary is fine "
       "(pay, mildly positive), which keeps loyalty a little above the other labels.")
r("nl", EMP, W_NL5, {"enps": 9, "werk": 5,
                     "directie": "Fijn team, we vangen elkaar echt op als het druk is. En de directeur gaf me de ruimte om de opleiding tot intern begeleider te volgen."},
  (9.5, 9, 8, 9.5), "colleagues+ management+ growth+",
  note="A team that catches each other (colleagues); a head who made room for the training (management) to become "
       "a special-needs coordinator (growth).")

# ----------------------------------------------------------------------------------------------------- Portuguese
W_PT1 = survey("perfumaria-jambo-email-pt-w",
               q("nps", "nps", "De 0 a 10, o quanto você recomendaria a Perfumaria Jambo para uma amiga ou amigo?"),
               q("produto", "csat", "Qual a sua satisfação com os produtos que você recebeu?", (1, 5)),
               q("facil", "ces", "Foi fácil fazer meu pedido pelo app da Jambo.", (1, 7)),
               q("recado", "text", "Quer mandar um recado pra gente?"))
W_PT2 = survey("banco-cajueiro-sms-pt-w",
               q("resolvido", "yes_no", "Sua solicitação foi resolvida neste atendimento? Responda SIM ou NÃO.",
                 perspective="ease"),
               q("atendente", "csat", "Que nota de 1 a 5 você dá para quem te atendeu?", (1, 5)),
               q("mensagem", "text", "Se quiser, escreva aqui sua opinião sobre o atendimento."))
W_PT3 = survey("clinica-vida-serena-totem-pt-w",
               q("hoje", "csat", "Como foi sua experiência hoje na Clínica Vida Serena?", (1, 3),
                 perspective="satisfaction"),
               q("porque", "text", "Pode contar o porquê?"))
W_PT4 = survey("viacao-serra-azul-flash-pt-w",
               q("viagem", "text", "Em poucas palavras: como foi sua viagem com a Viação Serra Azul?"))
W_PT5 = survey("mercadao-jatoba-pulso-pt-w",
               q("enps", "nps", "De 0 a 10, você recomendaria o Mercadão Jatobá como lugar para trabalhar?"),
               q("ficar", "yes_no", "Você se vê trabalhando aqui daqui a um ano?", perspective="loyalty"),
               q("desabafo", "text", "Tem alguma coisa que a diretoria precisa saber?"))

r("pt", E, W_PT1, {"nps": 10, "produto": 5, "facil": 7,
                   "recado": "Chegou rapidinho, muito bem embalado e ainda veio uma amostrinha de brinde. O perfume "
                             "fixa o dia inteiro!"},
  (9.5, 10, 9.5, 9.5), "delivery+ product_quality+",
  note="Fast, well-packed delivery (delivery), long-lasting perfume (product_quality).")
r("pt", E, W_PT1, {"nps": 2, "produto": 3, "facil": 2,
                   "recado": "O app trava sempre que eu aplico o cupom, e depois o pacote ficou mais de uma semana "
                             "parado no centro de distribuição sem sair do lugar."},
  (2.5, 2, 1.5, 2.5), "website_app- delivery-",
  note="App error with the coupon (website_app), parcel stuck in the distribution centre for a week (delivery). "
       "Products not mentioned; satisfaction between the CSAT and the NPS.")
r("pt", E, W_PT1, {"nps": 7, "produto": 4, "facil": 6,
                   "recado": "Amei os cremes, mas o frete pra quem mora no Pará sai quase o preço de mais um produto."},
  (6.5, 7, 8, 6), "product_quality+ price-", "mixed",
  "Creams loved (product_quality); shipping costing almost as much as another product is a price complaint.")
r("pt", E, W_PT1, {"nps": 8, "produto": 4, "facil": 7,
                   "recado": "Sem reclamações por enquanto, sigo comprando com vocês sempre que precisar."},
  (8, 8, 8.5, 8.5), "",
  note="General contentment naming no theme; 'keep buying from you' lifts loyalty slightly.")
r("pt", SMS, W_PT2, {"resolvido": True, "atendente": 5,
                     "mensagem": "A Taís estornou a tarifa na hora e ainda me explicou direitinho como evitar essa "
                                 "cobrança da próxima vez. Nota mil!"},
  (9.5, 9, 9.5, 9), "staff+ billing+ communication+",
  note="Helpful agent (staff), fee refunded on the spot (billing), clear explanation of how to avoid it (communication).")
r("pt", SMS, W_PT2, {"resolvido": False, "atendente": 1,
                     "mensagem": "Fiquei 50 minutos ouvindo musiquinha até a ligação cair. Liguei de novo e ninguém sabia "
                                 "de nada, tive que contar a história toda desde o começo."},
  (1, 1, 0.5, 2), "waiting_time- communication-",
  note="50 minutes on hold (waiting_time); nobody had any record of the first call, story told again (communication).")
r("pt", SMS, W_PT2, {"resolvido": True, "atendente": 4,
                     "mensagem": "Da moça que me atendeu não posso reclamar, mas esse aplicativo de vocês não ajuda em nada, "
                                 "só consegui resolver ligando."},
  (6, 6, 5.5, 6), "staff+ website_app-", "negation mixed",
  "'Não posso reclamar' is praise of the agent through negation; the app 'não ajuda em nada' (website_app-). "
  "Resolved, but only by phone after the app failed, so ease sits near the middle.")
r("pt", KIO, W_PT3, {"hoje": 3,
                     "porque": "Fui chamada no horário marcado, a recepção é bem limpinha e a doutora me explicou cada "
                               "detalhe sem pressa."},
  (9.5, 9, 9, 9), "waiting_time+ cleanliness+ staff+",
  note="Seen on time (waiting_time), clean reception (cleanliness), patient doctor (staff).")
r("pt", KIO, W_PT3, {"hoje": 1,
                     "porque": "Duas horas de espera com a sala lotada, e o banheiro sem papel e sem sabão."},
  (1, 1, 2, 2), "waiting_time- cleanliness-",
  note="Two-hour wait (waiting_time), toilet without paper or soap (cleanliness).")
r("pt", KIO, W_PT3, {"hoje": 2,
                     "porque": "O estacionamento é minúsculo, tive que deixar o carro a três quarteirões daqui."},
  (5, 5, 4, 5.5), "",
  note="Parking is not a theme; labels near the middle CSAT, ease a little lower for the walk.")
r("pt", FL, W_PT4, {"viagem": "Ônibus novinho e poltrona confortável, mas o motorista correu demais na descida da serra "
                              "e eu fiquei com medo."},
  (5.5, 5, 6, 5.5), "product_quality+ staff-", "mixed",
  "New bus and comfortable seat (product_quality); a driver speeding downhill (staff).")
r("pt", FL, W_PT4, {"viagem": "Comprei a passagem pelo site rapidinho, coisa de dois minutos, e paguei bem menos do que no guichê da "
                              "rodoviária."},
  (8.5, 8.5, 9, 8.5), "website_app+ price+",
  note="Ticket bought on the website in two minutes (website_app), cheaper than at the counter (price praised).")
r("pt", EMP, W_PT5, {"enps": 2, "ficar": False,
                     "desabafo": "Escala 6x1 com hora extra quase todo dia, e nosso vale-alimentação mal dá pra quinze "
                                 "dias. O encarregado ainda grita com a gente na frente dos clientes."},
  (1.5, 2, 1.5, 0.5), "workload- pay- management-",
  note="6-day weeks with daily overtime (workload), meal allowance too low (pay), supervisor shouting (management).")
r("pt", EMP, W_PT5, {"enps": 8, "ficar": True,
                     "desabafo": "Entrei como repositor e hoje já sou líder de setor, aqui a oportunidade aparece mesmo. "
                                 "E a turma da padaria é demais."},
  (8.5, 8, 7.5, 9), "growth+ colleagues+",
  note="Promoted from shelf stacker to section lead (growth), great bakery team (colleagues).")

# ----------------------------------------------------------------------------------------------------- Czech
W_CS1 = survey("kamzik-sport-email-cz-w",
               q("nps", "nps", "Jak pravděpodobně byste doporučili e-shop Kamzík Sport kamarádům?"),
               q("zbozi", "csat", "Jak jste spokojeni s objednaným zbožím?", (1, 5)),
               q("doprava", "single_choice", "Jak jste si objednávku převzali?",
                 options=["Kurýrem domů", "Na výdejním místě", "Osobně na prodejně"]),
               q("poznamka", "text", "Chcete nám ještě něco vzkázat?"))
W_CS2 = survey("stomatologie-jantar-kiosk-cz-w",
               q("dnes", "csat", "Jak jste byli dnes spokojeni s návštěvou?", (1, 3), perspective="satisfaction"),
               q("proc", "text", "Napište nám proč (nepovinné)."))
W_CS3 = survey("banka-modrin-web-cz-w",
               q("snadne", "ces", "To, co jsem dnes potřeboval(a) v internetovém bankovnictví, se dalo snadno vyřídit.",
                 (1, 7)),
               q("zlepsit", "text", "Co bychom měli zlepšit?"))
W_CS4 = survey("flash-urad-lipiny-cz-w",
               q("dojem", "text", "Jak se vám dnes vyřizovalo na Úřadě městské části Lipiny? Stačí pár slov."))
W_CS5 = survey("bobr-logistik-puls-cz-w",
               q("enps", "nps", "Jak pravděpodobně byste doporučili Bobr Logistik jako zaměstnavatele?"),
               q("zustanu", "yes_no", "Plánujete u nás pracovat i příští rok?", perspective="loyalty"),
               q("vzkaz", "text", "Co byste vzkázali vedení?"))

r("cs", E, W_CS1, {"nps": 9, "zbozi": 5, "doprava": "Kurýrem domů",
                   "poznamka": "Běžecké boty sedí jako ulité. Napoprvé jsem trefil špatnou velikost, ale výměnu jste vyřídili bez papírování a nový pár mi kurýr přivezl za dva dny."},
  (9, 9, 8.5, 9), "product_quality+ delivery+",
  note="Running shoes that fit (the product); the exchange pair brought by courier in two days (delivery). Ease not "
       "asked: high, the exchange needed no paperwork.")
r("cs", E, W_CS1, {"nps": 3, "zbozi": 2, "doprava": "Na výdejním místě",
                   "poznamka": "Balík ležel týden na depu v Brně a sledování pořád ukazovalo „připraveno k odeslání“. Na dva maily mi nikdo neodepsal, tak jsem nakonec volal přepravci sám."},
  (2.5, 2.5, 2.5, 3), "delivery- communication-",
  note="A week in a depot with frozen tracking (delivery); two unanswered emails (communication). Ease not asked: "
       "low, he had to chase the carrier himself.")
r("cs", E, W_CS1, {"nps": 6, "zbozi": 3, "doprava": "Osobně na prodejně",
                   "poznamka": "Stan je v pořádku, jen o čtyři stovky dražší než jinde. Koupil jsem ho u vás hlavně proto, že jste ho měli skladem hned."},
  (5, 5.5, 6, 5), "product_quality+ price-", "mixed",
  "The tent is fine (product, mildly positive) but 400 CZK dearer than elsewhere (price). Ease not asked: near the "
  "answers, a little above for the in-stock pickup.")

r("cs", KIO, W_CS2, {"dnes": 3,
                     "proc": "Paní doktorka mi předem řekla, co přesně bude dělat a kolik to vyjde, a vůbec to nebolelo. V čekárně čisto a příjemně."},
  (9.5, 9, 8.5, 9), "staff+ communication+ cleanliness+",
  note="A gentle dentist (staff) who explained the procedure and the cost beforehand (communication); a clean "
       "waiting room.")
r("cs", KIO, W_CS2, {"dnes": 1,
                     "proc": "Objednaná jsem byla na devátou a do křesla jsem si sedla ve 10:40. Sestra za celou dobu nevyšla říct, co se děje."},
  (1.5, 2, 1.5, 2.5), "waiting_time- communication-",
  note="Nearly two hours past the appointment (waiting); no one came out to say why (communication).")
r("cs", KIO, W_CS2, {"dnes": 2,
                     "proc": "Ošetření proběhlo bez problémů, ale 1 200 Kč za odstranění zubního kamene mi přijde dost, když pojišťovna nepřispěje ani korunou."},
  (5, 5, 6, 5), "product_quality+ price-", "mixed",
  "The treatment itself went well (the service) against 1,200 CZK for scaling with no insurance contribution (price).")

r("cs", WEB, W_CS3, {"snadne": 7,
                     "zlepsit": "Ztracenou kartu jsem v aplikaci zablokovala a hned objednala novou, nemusela jsem kvůli tomu ani na pobočku."},
  (8.5, 8.5, 9.5, 8.5), "website_app+",
  note="Card blocked and replaced from the app without a branch visit. Nothing to improve named.")
r("cs", WEB, W_CS3, {"snadne": 3,
                     "zlepsit": "Nájem za březen mi z účtu odešel dvakrát, a když jsem to chtěla řešit, visela jsem na infolince skoro půl hodiny."},
  (3, 3, 2.5, 4), "billing- waiting_time-",
  note="Rent debited twice (a payment error, billing) and nearly half an hour on the helpline (waiting). Loyalty not "
       "asked: middling-low, a bank account is not dropped lightly.")

r("cs", FL, W_CS4, {"dojem": "No paráda. Dvě hodiny v čekárně kvůli jednomu razítku a pak mi řekli, že chybí formulář, o kterém na webu nestojí ani slovo."},
  (1, 1.5, 0.5, 3), "waiting_time- communication-", "sarcasm",
  "'Great' is sarcastic: two hours for a stamp (waiting), then a form the website never mentions (information "
  "missing, communication). A public office: loyalty hardly a choice, set middling-low.")
r("cs", FL, W_CS4, {"dojem": "Chtěla jsem si rovnou vyřídit i novou občanku, ale to se prý dělá jen na hlavní budově na druhém konci města."},
  (5, 5, 4, 5),
  note="Identity cards are only handled at the main building: a complaint about the service's scope that no theme "
       "covers. Labels middling, ease a little lower for the second trip.")
r("cs", FL, W_CS4, {"dojem": "Paní u přepážky byla milá a za deset minut jsem měl hotovo. Jen ty záchody v přízemí by chtěly pořádně uklidit."},
  (7.5, 7.5, 8.5, 7), "staff+ waiting_time+ cleanliness-", "mixed",
  "A kind clerk (staff), done in ten minutes (no wait), dirty toilets on the ground floor (hygiene).")

r("cs", EMP, W_CS5, {"enps": 3, "zustanu": False,
                     "vzkaz": "Za celý rok nám přidali tři stovky měsíčně, to nepokryje ani zdražení obědů v kantýně. Na ranní směně navíc pořád chybí tři lidi a vychystáváme za ně."},
  (2, 3, 2.5, 1.5), "pay- workload-",
  note="A 300 CZK raise that does not cover dearer canteen lunches (pay); three people short, picking for them "
       "(workload). Ease from the workload complaint.")
r("cs", EMP, W_CS5, {"enps": 8, "zustanu": True,
                     "vzkaz": "Mistr nás v listopadu, kdy byly ty šílené objemy, fakt podržel, a od jara můžu na kurz na vysokozdvižný vozík. Parta na skladě je skvělá."},
  (8.5, 8, 7, 9), "management+ growth+ colleagues+",
  note="A supervisor who backed them through the November peak (management), a forklift course (training), a great "
       "crew (colleagues). Ease not asked: the peak was hard, set below the others.")
r("cs", EMP, W_CS5, {"enps": 7, "zustanu": True,
                     "vzkaz": "Zatím dobrý, jsem tu teprve druhý měsíc, tak se ještě rozkoukávám."},
  (7, 7, 6.5, 7.5),
  note="'So far so good, second month, still finding my feet': no theme. Labels from the answers.")

# ----------------------------------------------------------------------------------------------------- Ukrainian
W_UK1 = survey("derevii-apteka-uk-w",
               q("nps", "nps", "Наскільки ймовірно, що ви порадите онлайн-аптеку «Деревій» знайомим?"),
               q("zamovlennia", "csat", "Наскільки ви задоволені своїм замовленням?", (1, 5)),
               q("vidhuk", "text", "Поділіться враженнями від замовлення:"))
W_UK2 = survey("svitanok-enerhozbut-uk-w",
               q("vyrisheno", "yes_no", "Чи розв'язали ваше питання під час цього звернення?", perspective="ease"),
               q("lehko", "ces", "Звернутися до нас було легко.", (1, 7)),
               q("shche", "text", "Що ще хочете нам сказати?"))
W_UK3 = survey("zdoba-pekarnia-uk-w",
               q("sohodni", "csat", "Як вам сьогодні у «Здобі»?", (1, 3), perspective="satisfaction"),
               q("chomu", "text", "Чому саме так?"))
W_UK4 = survey("yasen-bank-web-uk-w",
               q("zusyllia", "ces_effort",
                 "Скільки зусиль знадобилося, щоб відкрити депозит у застосунку? (1 — мінімум, 5 — дуже багато)", (1, 5)),
               q("porada", "text", "Що нам варто покращити?"))
W_UK5 = survey("erudyt-litsei-puls-uk-w",
               q("enps", "nps", "Наскільки ймовірно, що ви порадите ліцей «Ерудит» як місце роботи?"),
               q("zalyshus", "yes_no", "Чи бачите ви себе в ліцеї через рік?", perspective="loyalty"),
               q("dumka", "text", "Що б ви хотіли сказати адміністрації?"))
W_UK6 = survey("shliakh-avtobusy-flash-uk-w",
               q("odnym", "text", "Одним реченням: як минула ваша поїздка зі «Шляхом»?"))

r("uk", E, W_UK1, {"nps": 10, "zamovlennia": 5,
                   "vidhuk": "Татові ліки від тиску знайшла тільки у вас, ще й на сотню дешевше, ніж в аптеці біля дому. Посилка була у відділенні вже наступного ранку."},
  (9.5, 10, 9, 9.5), "price+ delivery+")
r("uk", E, W_UK1, {"nps": 1, "zamovlennia": 1,
                   "vidhuk": "Посилка тиждень їздила між Києвом і Львовом, трекінг мовчав. А коли нарешті забрала, флакон із сиропом розбитий, усе в коробці липке."},
  (1, 1, 2, 1.5), "delivery- product_quality-",
  note="A week shuttled between cities (delivery) and a broken bottle of syrup (the goods as received).")
r("uk", E, W_UK1, {"nps": 7, "zamovlennia": 4,
                   "vidhuk": "Консультантка в чаті швидко підібрала аналог, дякую їй. Але з картки зняли на сорок гривень більше, ніж було в кошику, а пояснень так і не дали."},
  (6.5, 6.5, 6, 6.5), "staff+ billing- communication-", "mixed",
  "A helpful chat consultant; forty hryvnias more taken than the basket total (billing) and no explanation "
  "(communication).")

r("uk", SMS, W_UK2, {"vyrisheno": True, "lehko": 6,
                     "shche": "Операторка Ірина дуже швидко розібралася з моїм лічильником і спокійно все пояснила, навіть коли я вже почав нервувати."},
  (8.5, 8, 8.5, 8), "staff+ communication+",
  note="The operator (staff) and her calm explanation (communication).")
r("uk", SMS, W_UK2, {"vyrisheno": False, "lehko": 1,
                     "shche": "Вісім разів набирав гарячу лінію — «усі оператори зайняті». Коли нарешті відповіли, зв'язок обірвався, а передзвонити ніхто й не подумав."},
  (1, 1, 0.5, 2), "waiting_time- communication-",
  note="Eight tries to get through (waiting_time) and no call back after the line dropped (communication).")
r("uk", WEB, W_UK2, {"vyrisheno": True, "lehko": 5,
                     "shche": "Показники через застосунок передав за хвилину, тут усе зручно. Але рахунок за листопад удвічі більший, ніж зазвичай, хоча ми цілий місяць були у від'їзді."},
  (5, 4.5, 7.5, 5), "website_app+ billing-", "mixed",
  "Meter readings sent through the app in a minute; a doubled November bill for an empty flat (billing).")

r("uk", KIO, W_UK3, {"sohodni": 3, "chomu": "Круасани ще теплі, кава без гіркоти, і всюди чистенько — навіть у вбиральні."},
  (9.5, 9, 8.5, 9), "product_quality+ cleanliness+")
r("uk", KIO, W_UK3, {"sohodni": 1,
                     "chomu": "Черга до каси на пів залу, працює одна касирка, та ще й гримає на кожного, хто довго обирає. Столики після відвідувачів ніхто не протирає."},
  (1, 1.5, 2.5, 2), "waiting_time- staff- cleanliness-",
  note="A queue half the hall long (waiting_time), a cashier who snaps at customers (staff), tables nobody wipes "
       "(cleanliness).")
r("uk", QR, W_UK3, {"sohodni": 2,
                    "chomu": "Прийшла о десятій ранку по вишневий штрудель, а його вже розібрали. Довелося взяти щось інше."},
  (5, 5, 5.5, 5), "", "",
  "A sold-out pastry, which no theme covers; labels at the CSAT's middle.")

r("uk", WEB, W_UK4, {"zusyllia": 1,
                     "porada": "У застосунку все зрозуміло з першого разу, депозит відкрила за три хвилини. А от ставка могла б бути й вищою, в інших банках пропонують більше."},
  (7.5, 7, 9.5, 6.5), "website_app+ price-", "mixed",
  "An easy app (website_app); a deposit rate below other banks' is the price of the product; loyalty a little "
  "lower for the comparison.")
r("uk", WEB, W_UK4, {"zusyllia": 4,
                     "porada": "Геніальна ідея — оновлювати застосунок саме в день зарплати. Три години не міг зайти у свій рахунок, дякую вам величезне."},
  (2, 2.5, 2, 3.5), "website_app-", "sarcasm",
  "'Brilliant idea' and 'thanks a lot' are sarcastic: three hours locked out of the app on payday (website_app). "
  "Ease from effort 4; loyalty has no evidence, pulled towards the middle.")

r("uk", EMP, W_UK5, {"enps": 9, "zalyshus": True,
                     "dumka": "Колектив у нас золотий — завжди підстрахують, якщо треба вийти на заміну. І дякую, що цього року оплатили мені курси з STEM-освіти."},
  (8.5, 9, 7.5, 9), "colleagues+ growth+",
  note="Colleagues who cover for each other and a paid STEM course (growth).")
r("uk", EMP, W_UK5, {"enps": 4, "zalyshus": True,
                     "dumka": "Зарплату з вересня підняли, це відчутно. Але паперів стало стільки, що зошити перевіряю вже після одинадцятої вечора."},
  (4.5, 4, 3.5, 6.5), "pay+ workload-", "mixed",
  "A noticeable pay rise against paperwork that pushes marking past 11 pm (workload); loyalty from the 'yes', "
  "held down by the workload.")

r("uk", FL, W_UK6, {"odnym": "Доїхали нормально, без пригод, наступного разу теж поїдемо з вами."},
  (7.5, 7.5, 7.5, 8), "", "",
  "A plain 'all fine' naming no theme; 'we'll travel with you next time' sets loyalty a little higher.")

# ----------------------------------------------------------------------------------------------------- Russian
W_RU1 = survey("romashka-plyus-apteka-ru-w",
               q("nps", "nps", "Насколько вероятно, что вы порекомендуете аптеку «Ромашка-Плюс» знакомым?"),
               q("zakaz", "csat", "Насколько вы довольны своим заказом?", (1, 5)),
               q("kommentariy", "text", "Что нам стоит знать о вашем заказе?"))
W_RU2 = survey("severny-klyuch-bank-podderzhka-ru-w",
               q("reshen", "yes_no", "Удалось решить ваш вопрос?", perspective="ease"),
               q("obshchenie", "csat", "Оцените общение со специалистом от 1 до 5.", (1, 5)),
               q("dobavit", "text", "Хотите что-нибудь добавить?"))
W_RU3 = survey("fitnes-klub-pulsar-ru-w",
               q("trenirovka", "csat", "Как вам сегодня занималось в клубе?", (1, 5)),
               q("prodlenie", "yes_no", "Планируете продлить абонемент?", perspective="loyalty"),
               q("mnenie", "text", "Ваше мнение о клубе"))
W_RU4 = survey("medtsentr-beresta-flash-ru-w",
               q("ball", "rating", "Оцените визит в медцентр «Береста» от 1 до 10.", (1, 10), perspective="satisfaction"),
               q("pochemu", "text", "Почему такая оценка?"))
W_RU5 = survey("uk-domovoy-lichny-kabinet-ru-w",
               q("legko", "ces", "Передать показания счётчиков через личный кабинет было легко.", (1, 7)),
               q("uluchshit", "text", "Что нам улучшить?"))
W_RU6 = survey("shkola-krugozor-puls-ru-w",
               q("enps", "nps", "Насколько вероятно, что вы порекомендуете школу «Кругозор» как место работы знакомому педагогу?"),
               q("cherez_god", "yes_no", "Видите ли вы себя в нашей школе через год?", perspective="loyalty"),
               q("izmenit", "text", "Что бы вы изменили в работе школы?"))

r("ru", E, W_RU1, {"nps": 10, "zakaz": 5,
                   "kommentariy": "Заказала вечером, а утром курьер уже звонил в дверь. Всё целое, упаковки не мятые, срок годности у лекарств до следующего года. Спасибо!"},
  (9.5, 10, 9, 9.5), "delivery+ product_quality+",
  note="Ordered in the evening, at the door next morning: delivery; intact packs with a long shelf life are the goods. "
  "Ease is not asked: set near the answers, a little towards the middle.")
r("ru", E, W_RU1, {"nps": 6, "zakaz": 3,
                   "kommentariy": "Нужного препарата опять не было в наличии, уже третью неделю. Взяла аналог, надеюсь, скоро появится."},
  (5, 5.5, 5, 5),
  note="A medicine out of stock for three weeks (a stock-out) names no theme; labels follow the middling answers.")
r("ru", E, W_RU1, {"nps": 2, "zakaz": 1,
                   "kommentariy": "Курьер позвонил за десять минут до окна и сказал, что не успевает, перенесли на завтра. Назавтра тишина: никто не позвонил, ничего не написал. В итоге поехала за заказом сама через весь город."},
  (1, 1.5, 1.5, 1.5), "delivery- communication-",
  note="The courier cancelling and the order never arriving is delivery; the silence the next day is communication. "
  "Having to fetch it herself sets the unasked ease low.")

r("ru", SMS, W_RU2, {"reshen": True, "obshchenie": 5,
                     "dobavit": "Карту заблокировали по ошибке, девушка-специалист всё объяснила и сняла блокировку прямо в чате. Ответа ждал минуты две, не больше."},
  (9.5, 9, 9.5, 9), "staff+ waiting_time+",
  note="The specialist explaining and unblocking the card is staff; a two-minute wait for a reply is waiting time.")
r("ru", SMS, W_RU2, {"reshen": False, "obshchenie": 2,
                     "dobavit": "Второй месяц списывают 199 рублей за смс-уведомления, которые я отключил ещё весной. В чате каждый раз обещают разобраться, и на этом всё."},
  (2, 1.5, 1, 2), "billing- communication-",
  note="A monthly fee for notifications already switched off is billing; promises to look into it with no follow-up "
  "are communication. Unresolved sets ease lowest.")
r("ru", WEB, W_RU2, {"reshen": True, "obshchenie": 4,
                     "dobavit": "Не скажу, что приложение неудобное, наоборот, всё находится без проблем. И комиссию за переводы в другие банки вы, к счастью, до ста тысяч не берёте, а это не мелочь."},
  (8, 8, 8.5, 8), "website_app+ price+", "negation",
  "Praise in negated form: 'I won't say the app is inconvenient' is website_app positive; no transfer fee up to "
  "100,000 ('не мелочь', no small thing) is price positive.")

r("ru", QR, W_RU3, {"trenirovka": 2, "prodlenie": False,
                    "mnenie": "В раздевалке грязно, в душевой волосы в сливе, полотенца выдают серые. За 4500 в месяц я ожидал совсем другого."},
  (2.5, 2, 4.5, 1.5), "cleanliness- price-",
  note="Dirty changing room, shower and towels are cleanliness; feeling 4500 a month is not worth it is price. Ease has "
  "no evidence and is pulled towards the middle; not renewing sets loyalty.")
r("ru", KIO, W_RU3, {"trenirovka": 5, "prodlenie": True,
                     "mnenie": "Тренер Артём подобрал программу с учётом моей спины, за три месяца поясница ни разу не напомнила о себе. Зал всегда чистый, тренажёры все исправны."},
  (9.5, 9, 8, 9.5), "staff+ cleanliness+ product_quality+",
  note="The trainer tailoring the programme is staff; the clean gym is cleanliness; working machines and the back "
  "no longer hurting are the core service.")
r("ru", QR, W_RU3, {"trenirovka": 3, "prodlenie": True,
                    "mnenie": "Хожу сюда уже третий год, в общем и целом всё устраивает, менять клуб пока не собираюсь."},
  (5.5, 6, 6, 8),
  note="Generic and mildly content, no theme; csat 3 anchors satisfaction near the middle, renewing and not planning to "
  "switch lift loyalty.")

r("ru", FL, W_RU4, {"ball": 4,
                    "pochemu": "Записалась на 14:30, а в кабинет попала только в четверть пятого. Администратор на вопрос, сколько ещё ждать, просто пожала плечами."},
  (3, 3, 3, 3.5), "waiting_time- staff-",
  note="Nearly two hours past the appointment is waiting time; the receptionist shrugging is staff manner. Rating 4 of "
  "10 maps to about 3.3.")
r("ru", KIO, W_RU4, {"ball": 9,
                     "pochemu": "УЗИ сделали без очереди, врач очень внимательная, а заключение прислали на почту уже через час."},
  (9, 8.5, 9, 8.5), "waiting_time+ staff+ communication+",
  note="No queue is waiting time; the attentive doctor is staff; the report emailed within the hour is communication.")

r("ru", WEB, W_RU5, {"legko": 2,
                     "uluchshit": "Личный кабинет постоянно выкидывает на главную страницу, показания отправил только с третьей попытки. А в квитанции за отопление снова начислили по нормативу, хотя счётчик у меня стоит с весны."},
  (2.5, 2, 1.5, 3), "website_app- billing-",
  note="The account page throwing him out is the website; heating charged at the standard rate despite a meter is "
  "billing. CES 2 of 7 maps to about 1.7; loyalty to a management company is inferred near the others, towards the middle.")

r("ru", EMP, W_RU6, {"enps": 3, "cherez_god": False,
                     "izmenit": "Кроме уроков на нас повесили отчёты, дежурства и кружки, тетради проверяю до полуночи. А зарплата при этом не менялась с позапрошлого года."},
  (2.5, 3, 2, 1.5), "workload- pay-",
  note="Reports, duties and clubs on top of lessons are workload; a salary unchanged for two years is pay.")
r("ru", EMP, W_RU6, {"enps": 9, "cherez_god": True,
                     "izmenit": "Менять почти нечего. Завуч всегда встанет на нашу сторону перед родителями, коллеги охотно делятся наработками, а в этом году школа оплатила мне курсы повышения квалификации."},
  (9, 9, 8, 9.5), "management+ colleagues+ growth+",
  note="The deputy head backing teachers is management; sharing lesson materials is colleagues; the paid course is growth.")

# ----------------------------------------------------------------------------------------------------- Turkish
W_TR1 = survey("yesilvadi-kahve-tr-w",
               q("nps", "nps", "Yeşilvadi Kahve'yi kahve seven bir tanıdığınıza önerme olasılığınız nedir?"),
               q("kahve", "csat", "Aldığınız kahveden ne kadar memnun kaldınız?", (1, 5)),
               q("ogutme", "single_choice", "Kahvenizi hangi şekilde sipariş ettiniz?",
                 options=["Çekirdek", "Filtre kahve için öğütülmüş", "Espresso için öğütülmüş", "Türk kahvesi"]),
               q("yorum", "text", "Siparişinizle ilgili bize iletmek istediğiniz bir şey var mı?"))
W_TR2 = survey("ege-yildiz-enerji-destek-tr-w",
               q("kolay", "ces", "Talebimi iletmek ve sonuçlandırmak kolaydı.", (1, 7)),
               q("genel", "csat", "Genel olarak hizmetimizden ne kadar memnun kaldınız?", (1, 5)),
               q("not", "text", "Eklemek istediğiniz başka bir şey var mı?"))
W_TR3 = survey("formda-kal-spor-tr-w",
               q("memnuniyet", "csat", "Formda Kal Spor Salonu'ndan ne kadar memnunsunuz?", (1, 5)),
               q("yenile", "yes_no", "Üyeliğinizi yenilemeyi düşünüyor musunuz?", perspective="loyalty"),
               q("yorum", "text", "Görüşlerinizi birkaç cümleyle yazar mısınız?"))
W_TR4 = survey("yesilcinar-belediyesi-flash-tr-w",
               q("izlenim", "text", "Yeşilçınar Belediyesi hizmet masasındaki deneyiminizi bir cümleyle anlatır "
                                    "mısınız?"))
W_TR5 = survey("sedefli-lojistik-nabiz-tr-w",
               q("enps", "nps", "Sedefli Lojistik'i çalışılacak bir yer olarak tanıdıklarınıza önerme olasılığınız "
                                "nedir?"),
               q("kalmak", "yes_no", "Bir yıl sonra hâlâ burada çalışıyor olmayı düşünüyor musunuz?",
                 perspective="loyalty"),
               q("gorus", "text", "Yönetime iletmek istediğiniz görüşler?"))

r("tr", E, W_TR1, {"nps": 9, "kahve": 5, "ogutme": "Türk kahvesi",
                   "yorum": "Kahve taze kavrulmuş geldi, paketi açar açmaz kokusu bütün mutfağı sardı. Üstelik "
                            "kampanyada iki paketi bir paket fiyatına aldım."},
  (9.5, 9, 8.5, 9), "product_quality+ price+",
  note="Freshly roasted coffee and a two-for-one offer; ease not mentioned, inferred high but pulled a little to "
       "the middle.")
r("tr", E, W_TR1, {"nps": 4, "kahve": 3, "ogutme": "Espresso için öğütülmüş",
                   "yorum": "Siparişim kargo şubesinde tam bir hafta bekledi, takipte de günlerce aynı durum "
                            "görünüyordu. Kahvenin tadı güzel ama bu kadar beklemek olmaz."},
  (4.5, 4, 4, 4.5), "delivery- product_quality+", "mixed",
  note="A week stuck at the cargo branch (delivery-); the coffee itself tastes good (product_quality+); "
       "satisfaction a little under the middle CSAT because of the delay.")
r("tr", E, W_TR1, {"nps": 6, "kahve": 4, "ogutme": "Çekirdek",
                   "yorum": "Sitede kavrum derecesine göre filtreleyemiyorsunuz, her ürünü tek tek açıp bakmak "
                            "zorunda kaldım. Fiyatlar da marketlere göre pahalı, gerçi kalite farkı hissediliyor."},
  (6.5, 6, 4.5, 6), "website_app- price- product_quality+", "mixed",
  note="No roast filter on the site, higher prices than supermarkets, but noticeably better quality; ease (unasked) "
       "set low-middle from the clumsy browsing.")
r("tr", SMS, W_TR2, {"kolay": 6, "genel": 5,
                     "not": "Sayaç yanlış okunduğu için faturam iki katı gelmişti. Temsilci hemen kontrol edip "
                            "düzeltti, fark bir sonraki faturadan düşülecekmiş."},
  (8, 7.5, 8.5, 7.5), "billing- staff+", "mixed",
  note="A bill doubled by a misread meter (billing-), corrected at once by the agent (staff+); satisfaction under "
       "the CSAT 5 because of the wrong bill.")
r("tr", SMS, W_TR2, {"kolay": 1, "genel": 1,
                     "not": "Dört saattir mahallede elektrik yok. Çağrı merkezinde 45 dakika müzik dinledim, sonra "
                            "hat kesildi. Ne zaman geleceğine dair kimse bir şey söylemiyor."},
  (0.5, 1, 0.5, 1.5), "product_quality- waiting_time- communication-",
  note="A four-hour outage (the service itself), 45 minutes on hold and no information on the repair; loyalty to a "
       "utility inferred near the answers, pulled slightly to the middle.")
r("tr", WEB, W_TR2, {"kolay": 7, "genel": 4,
                     "not": "Online işlemlerden abonelik açtırmak hiç de zor değildi; belgeleri yükledim, iki gün "
                            "içinde sözleşmem onaylandı. Şikâyet edecek bir şey bulamadım."},
  (8.5, 8, 9.5, 8), "website_app+", "negation",
  note="Negated phrasing ('not at all hard', 'found nothing to complain about') read as praise of the online "
       "service; satisfaction a little above the CSAT 4.")
r("tr", KIO, W_TR3, {"memnuniyet": 5, "yenile": True,
                     "yorum": "Eğitmenler gerçekten ilgili, programımı her ay güncelliyorlar. Soyunma odaları da "
                              "saat başı siliniyor, bunu görmek insanı rahatlatıyor."},
  (9.5, 9, 8.5, 9.5), "staff+ cleanliness+",
  note="Attentive trainers and changing rooms cleaned every hour; recommendation and ease inferred from the answers.")
r("tr", KIO, W_TR3, {"memnuniyet": 2, "yenile": False,
                     "yorum": "Akşam altıdan sonra salon tıklım tıklım, bir sehpa boşalsın diye yirmi dakika "
                              "bekliyorum. Aidat da her yıl neredeyse ikiye katlanıyor."},
  (2.5, 2.5, 3, 1), "waiting_time- price-",
  note="Twenty minutes for a free bench at peak time and a fee that nearly doubles every year; not renewing sets "
       "loyalty near 0.")
r("tr", QR, W_TR3, {"memnuniyet": 3, "yenile": True,
                    "yorum": "Otopark yine doluydu, sokakta yer ararken derse geç kaldım."},
  (4.5, 5, 4, 8),
  note="Parking is the only complaint, which no theme covers; it made them late, so ease a little under the middle; "
       "renewing (yes) keeps loyalty high.")
r("tr", FL, W_TR4, {"izlenim": "Numara aldıktan beş dakika sonra çağrıldım, memur hanım da ruhsat evraklarımı tek "
                               "tek kontrol edip eksikleri söyledi."},
  (8.5, 8, 8.5, 7.5), "waiting_time+ staff+",
  note="Text only: called within five minutes and a careful clerk; loyalty (to a municipality) set a little lower.")
r("tr", FL, W_TR4, {"izlenim": "Belediyenin uygulamasından su faturasını ödemeye çalıştım, üç kere hata verdi, "
                               "sonunda gişeye gitmek zorunda kaldım."},
  (3, 3, 2, 4),
  "website_app-",
  note="Text only: the app failed three times and the bill had to be paid at the counter; the bill itself is not "
       "criticised, so no billing.")
r("tr", FL, W_TR4, {"izlenim": "Her şey yolunda gitti, işimi hallettim, sağ olun."},
  (7.5, 7, 7.5, 7),
  note="Text only: a general 'everything went fine, sorted it out'; no theme, labels moderately high.")
r("tr", EMP, W_TR5, {"enps": 2, "kalmak": False,
                     "gorus": "Vardiya amiri herkesin önünde bağırıyor, izin taleplerimizi de son dakikada "
                              "reddediyor. Prim sistemi ise kimsenin anlamadığı bir formülden ibaret."},
  (2, 2, 3, 0.5), "management- pay-",
  note="A shift supervisor who shouts and refuses leave at the last minute (management-), and an opaque bonus "
       "scheme (pay-); planning to leave sets loyalty near 0.")
r("tr", EMP, W_TR5, {"enps": 7, "kalmak": True,
                     "gorus": "Şirket forklift ehliyeti için kurs açtı, ben de katıldım, önümde yükselme şansı var. "
                              "Sadece sezonda mesailer çok uzuyor."},
  (7, 7, 5, 8), "growth+ workload-", "mixed",
  note="A paid forklift course and a path to promotion (growth+); very long shifts in season (workload-) set ease "
       "of the job at the middle.")


# ------------------------------------------------------------------------------------ further responses, 2026-12, V
# 336 more, on 105 new surveys (ids ending in -v), written by seven writers (two languages each: 28 in en, pl, de, el,
# fa, fr, es and 20 in it, nl, pt, cs, uk, ru, tr) to one written brief: the labelling rules above, the theme
# boundaries of data/README.md ("What each theme covers") and a mix of cases near the validation set's documented
# one (about half ordinary, contradictions, sarcasm, negation, no comment, text only, skipped answers, one reversed
# scale a writer, single-answer kiosk, widget and flash-poll responses, surveys asking one perspective or none).

# -------------------------------------------------------------------------------------------------------------- English
V_EN1 = survey("larkspur-outdoor-v",
               q("nps", "nps", "How likely are you to recommend Larkspur Outdoor to a friend who hikes or camps?"),
               q("gear", "csat", "How satisfied are you with the items you ordered?", (1, 5)),
               q("effort", "ces_effort", "How much effort did it take to get your order, from checkout to doorstep?",
                 (1, 5)),
               q("comment", "text", "Anything else you'd like to tell us?"))
V_EN2 = survey("tidewater-energy-sms-v",
               q("help", "rating", "How would you rate the help you got today, 1 to 10?", (1, 10),
                 perspective="satisfaction"),
               q("more", "text", "Reply with anything else you want us to know."))
V_EN3 = survey("corrib-leisure-kiosk-v",
               q("visit", "csat", "How was your visit to the leisure centre today?", (1, 5)),
               q("why", "text", "Tell us more (optional)"))
V_EN4 = survey("hollybank-dental-booking-v",
               q("easy", "ces", "Booking my appointment online was easy.", (1, 7)),
               q("improve", "text", "How could we make booking better?"))
V_EN5 = survey("quayside-foods-flash-v",
               q("line", "text", "In one line: how was your shop at Quayside Foods this week?"))
V_EN6 = survey("salted-crumb-cafe-qr-v",
               q("back", "yes_no", "Will you call in to us again?", perspective="loyalty"),
               q("words", "text", "Anything we should know?"))
V_EN7 = survey("brightwater-hotels-pulse-v",
               q("enps", "nps", "How likely are you to recommend Brightwater Hotels as a place to work?"),
               q("valued", "rating", "From 1 to 10, how valued do you feel at work?", (1, 10),
                 perspective="satisfaction"),
               q("anything", "text", "What's one thing that would make your job better?"))
V_EN8 = survey("pagewise-books-v",
               q("nps", "nps", "On a scale of 0 to 10, how likely are you to recommend Pagewise Books?"),
               q("why", "text", "What's behind your score?"))

r("en", E, V_EN1, {"nps": 9, "gear": 5, "effort": 1,
                   "comment": "Boots fit perfectly first go and they landed the day after I ordered. Already broke them in on Croagh Patrick."},
  (9.5, 9, 9.5, 9), "product_quality+ delivery+")
r("en", E, V_EN1, {"nps": 10, "gear": 5, "effort": 2,
                   "comment": "Not one thing to give out about. Tent was exactly as described and the courier even texted an hour before he came."},
  (9.5, 10, 8.5, 9.5), "product_quality+ communication+", "negation",
  "'Not one thing to give out about' is praise; the courier's heads-up text counts as communication+.")
r("en", E, V_EN1, {"nps": 6, "gear": 4, "effort": 4,
                   "comment": "Jacket's grand, warm and dry. But the site wouldn't accept my discount code so it was two emails before a human replied."},
  (6, 6, 3, 6), "product_quality+ website_app- communication-", "mixed",
  "Happy with the jacket; the effort answer (4) and the code/email saga set ease low.")
r("en", E, V_EN1, {"nps": 5, "gear": 4, "effort": 2,
                   "comment": "Decent stuff but you'd get the same sleeping bag for 30 quid less at the outlet in Kildare. only ordered cos I was in a hurry"},
  (6, 5, 7.5, 4.5), "price-", "mixed", "Goods fine, price complaint; loyalty below the others as they'd shop elsewhere.")
r("en", E, V_EN8, {"nps": 9, "why": "Charged me twice for the one order and I'm a fortnight waiting on the refund. Nobody answers the email address on your site either."},
  (2.5, 6.5, 2.5, 3.5), "billing- communication-", "contradiction",
  "NPS 9 beside an angry double-charge comment: recommendation kept up by the score, the rest pulled down by the comment.")
r("en", E, V_EN8, {"nps": 7, "why": None}, (6.5, 7, 6.5, 6.5))
r("en", E, V_EN8, {"nps": 8, "why": "Been buying from them for years, no reason to stop now."}, (8, 8, 7.5, 9),
  note="No theme named; long-standing custom sets loyalty a little above the score.")
r("en", SMS, V_EN2, {"help": 2, "more": "fantastic, four calls and three different answers about my meter reading. really feeling the love here"},
  (1.5, 1.5, 1, 3), "staff- communication-", "sarcasm",
  "'fantastic' and 'feeling the love' are sarcastic; four calls sets ease very low.")
r("en", SMS, V_EN2, {"help": 9, "more": "Lovely girl on the phone, had the direct debit changed in five minutes flat. Thanks"},
  (9, 8.5, 9, 8.5), "staff+ waiting_time+")
r("en", SMS, V_EN2, {"help": None, "more": "power in our estate was back on by teatime, credit to the lads out working in the rain"},
  (8, 7.5, 7.5, 7.5), "product_quality+ staff+", "skipped",
  "Rating skipped; labels inferred from the comment's praise for the restored supply and the crew.")
r("en", SMS, V_EN2, {"help": 5, "more": "Was on hold 35 mins before getting through. Fella was helpful once I got him though"},
  (5, 5, 3.5, 5.5), "waiting_time- staff+", "mixed")
r("en", KIO, V_EN3, {"visit": 4, "why": "grand"}, (7, 6.5, 7, 7), cases="short",
  note="One-word 'grand' is mild approval; labels follow the CSAT 4.")
r("en", KIO, V_EN3, {"visit": 2, "why": None}, (3, 3.5, 4.5, 4))
r("en", KIO, V_EN3, {"visit": 2, "why": "Changing rooms were filthy, hair everywhere, and half the showers out of order again"},
  (2, 2, 5, 3), "cleanliness- product_quality-")
r("en", KIO, V_EN3, {"visit": 5, "why": "Pool closed AGAIN with no notice, drove over for nothing. third time this month!!"},
  (4.5, 2.5, 3, 3), "product_quality- communication-", "contradiction",
  "Top smiley tapped but the comment is angry: satisfaction held middling by the score, the others pulled down.")
r("en", WEB, V_EN4, {"easy": 7, "improve": "Took about a minute, and I got a reminder text the day before which was handy."},
  (9, 8.5, 10, 8.5), "website_app+ communication+")
r("en", WEB, V_EN4, {"easy": 3, "improve": "Calendar showed no slots for weeks, then I rang and reception said there were loads free. The page must be out of date"},
  (4, 4.5, 3, 5), "website_app-")
r("en", WEB, V_EN4, {"easy": 5,
                     "improve": "Booking was fine to be fair, no bother there. My issue is actually getting to you. Since the new apartments went up beside the practice there's nowhere at all to park, I went round the block four times last Tuesday, ended up in the pay and display behind the church and still walked in ten minutes late, and then I was told I might lose my slot. Could you come to some arrangement with the hotel across the road, or at least put a line on the booking page about where people can leave the car? I doubt I'm the only one."},
  (6, 6.5, 6, 7), "website_app+", "long off_topic",
  "Mostly about parking, which no theme covers; booking itself praised mildly, ease anchored on the CES 5.")
r("en", FL, V_EN5, {"line": "Self checkouts kept calling for assistance, queue of 10 people behind me"},
  (3, 3.5, 2.5, 4.5), "website_app- waiting_time-")
r("en", FL, V_EN5, {"line": "Fresh bread back on the shelves at last, fair play"}, (8, 7.5, 7, 7.5), "product_quality+")
r("en", FL, V_EN5, {"line": "Prices gone mad. 4.80 for a block of butter?? I'll be doing the big shop in the German place from now on"},
  (3, 2.5, 5, 1.5), "price-", note="Price complaint; 'doing the big shop elsewhere' sets loyalty very low.")
r("en", QR, V_EN6, {"back": True, "words": "Scones were massive and the young one serving us was a dote. Míle buíochas, we'll be back!"},
  (9, 8.5, 7.5, 9.5), "product_quality+ staff+", "code_switching",
  "Irish-language thanks (and the slang 'dote') mixed in; warm praise and a yes to coming back.")
r("en", QR, V_EN6, {"back": False, "words": None}, (3, 3, 4.5, 2))
r("en", QR, V_EN6, {"back": True, "words": "Lovely coffee, but our table was all sticky and no one came to wipe it down the whole time we were sat there"},
  (5.5, 5.5, 6.5, 7), "product_quality+ cleanliness-", "mixed")
r("en", EMP, V_EN7, {"enps": 3, "valued": 3,
                     "anything": "Rota comes out on a Friday for the Monday. Impossible to plan childcare around that, and we're always short on the breakfast shift."},
  (3, 3, 3.5, 3.5), "workload- management-")
r("en", EMP, V_EN7, {"enps": 8, "valued": 8, "anything": "The housekeeping team is like a family, and they finally paid for my supervisor course 🙂"},
  (8, 8, 7.5, 8.5), "colleagues+ growth+")
r("en", EMP, V_EN7, {"enps": 6, "valued": 5, "anything": "it's ok. nothing major, nothing great either"}, (5, 6, 5.5, 5.5),
  note="Lukewarm comment with no theme; labels sit near the answers.")
r("en", EMP, V_EN7, {"enps": 4, "valued": 6,
                     "anything": "Manager is fair and listens, but wages are way behind rents in Galway, simple as that. A few of us are looking around."},
  (5, 4, 5.5, 3.5), "management+ pay-", "mixed", "Praise for the manager, complaint on pay; 'looking around' sets loyalty low.")

# -------------------------------------------------------------------------------------------------------------- Italian
V_IT1 = survey("ortofresco-spesa-v",
               q("nps", "nps", "Quanto è probabile che consiglieresti OrtoFresco a un amico o a un collega?"),
               q("spesa", "csat", "Quanto sei soddisfatto dei prodotti che hai ricevuto?", (1, 5)),
               q("commento", "text", "Vuoi dirci qualcosa in più?"))
V_IT2 = survey("lineaviva-assistenza-sms-v",
               q("risolto", "yes_no", "Il tuo problema è stato risolto con questo contatto?", perspective="ease"),
               q("testo", "text", "Rispondi a questo SMS con un commento libero."))
V_IT3 = survey("museo-della-seta-kiosk-v",
               q("voto", "rating", "Da 1 a 10, come valuti la tua visita al museo?", (1, 10), perspective="satisfaction"),
               q("perche", "text", "Se vuoi, lasciaci un commento"))
V_IT4 = survey("casaclick-arredi-widget-v",
               q("segnala", "text", "C'è qualcosa che non va sul nostro sito? Scrivicelo qui."))
V_IT5 = survey("pizzeria-da-ninetto-qr-v",
               q("nps", "nps", "Consiglieresti la Pizzeria da Ninetto ai tuoi amici? (0-10)"),
               q("torni", "yes_no", "Torneresti a mangiare da noi?", perspective="loyalty"),
               q("due_parole", "text", "Due parole sulla serata?"))
V_IT6 = survey("fitlab-palestra-flash-v",
               q("fatica", "ces_effort", "Quanto è stato faticoso prenotare il corso con la nuova app?", (1, 5)),
               q("nota", "text", "Qualcosa da aggiungere?"))
V_IT7 = survey("ponte-logistica-pulse-v",
               q("enps", "nps", "Quanto consiglieresti Ponte Logistica come posto di lavoro?"),
               q("commento", "text", "Cosa vorresti far sapere alla direzione?"))

r("it", E, V_IT1, {"nps": 9, "spesa": 5,
                   "commento": "Frutta e verdura freschissime, e il corriere è arrivato puntuale nella fascia che avevo scelto."},
  (9.5, 9, 8.5, 9), "product_quality+ delivery+")
r("it", E, V_IT1, {"nps": 6, "spesa": 3,
                   "commento": "Le pesche erano mezze ammaccate e mancava il latte, però il rimborso me l'hanno fatto subito."},
  (5, 5.5, 6, 6), "product_quality- billing+", "mixed")
r("it", E, V_IT1, {"nps": 4, "spesa": 3,
                   "commento": "la spesa e arrivata con due ore di ritardo senza uno straccio di avviso, perche non mandate almeno un sms? cosi non si puo"},
  (3.5, 4, 4, 4), "delivery- communication-", "no_diacritics",
  "Typed without accents (e, perche, cosi, puo); late delivery and no warning, labels below the middling answers.")
r("it", SMS, V_IT2, {"risolto": False, "testo": "Complimenti davvero, 50 minuti ad ascoltare la stessa musichetta e alla fine mi hanno chiuso in faccia. Servizio impeccabile 👏"},
  (1, 1, 1, 3), "waiting_time-", "sarcasm",
  "'Complimenti' and 'impeccabile' are sarcastic: a long hold ending in a dropped call, unresolved.")
r("it", SMS, V_IT2, {"risolto": None, "testo": "Tecnico super gentile, mi ha fatto vedere tutto passo passo, adesso la fibra va che è una meraviglia"},
  (9, 8.5, 8, 8.5), "staff+ product_quality+", "skipped",
  "Yes/no skipped; the comment praises the technician and the now-working line, so all labels high.")
r("it", SMS, V_IT2, {"risolto": True,
                     "testo": "Risolto sì, ma mi avevano promesso che mi richiamavano e non si è fatto vivo nessuno, ho dovuto richiamare io."},
  (6, 5.5, 5.5, 6), "communication-", "mixed",
  "Resolved (ease anchored on yes) but the missed call back and having to ring again pull ease down.")
r("it", KIO, V_IT3, {"voto": 9, "perche": "Bellissimo, ci torneremo sicuramente con i nonni!"}, (9, 9, 8, 9.5),
  note="General praise with no theme; the promise to return sets loyalty highest.")
r("it", KIO, V_IT3, {"voto": 6, "perche": None}, (6, 5.5, 6, 5.5))
r("it", KIO, V_IT3, {"voto": 7,
                     "perche": "Il museo merita, niente da dire, le sale sulla lavorazione della seta sono fatte benissimo. Però arrivarci oggi è stata un'impresa: con i lavori in piazza hanno chiuso mezza via, non c'è un posto per la macchina nel raggio di un chilometro e abbiamo girato venti minuti con due bambini che piangevano dietro. Poi i martelli pneumatici del cantiere di fronte si sentivano anche dentro, soprattutto al primo piano. Lo so che la colpa non è vostra, però magari scrivetelo sul sito che conviene venire in treno finché durano i lavori."},
  (6.5, 7, 5, 6.5), "product_quality+", "long off_topic",
  "Long complaint about roadworks, parking and noise, which no theme covers; the museum itself is praised.")
r("it", WEB, V_IT4, {"segnala": "Non ho trovato nessun problema, anzi: ho ordinato il tavolo in cinque minuti senza dover chiamare nessuno."},
  (8, 7.5, 9, 7.5), "website_app+", "negation",
  "'Nessun problema' is praise for the site; quick order sets ease high.")
r("it", WEB, V_IT4, {"segnala": "lentissimo da telefono"}, (4, 4.5, 3.5, 5), "website_app-", "short",
  note="Two words: the site is very slow on mobile; unasked perspectives set a little below the middle.")
r("it", QR, V_IT5, {"nps": 0, "torni": True, "due_parole": "Pizza spettacolare, impasto leggerissimo! La consiglio a tutti 🍕"},
  (9, 9, 8, 9), "product_quality+", "reversed_scale",
  "NPS 0 next to 'la consiglio a tutti' and a yes to coming back: an evident reversal, labelled from the comment.")
r("it", QR, V_IT5, {"nps": 8, "torni": True,
                    "due_parole": "Novanta minuti per due margherite, e quando abbiamo chiesto a che punto erano il cameriere pure ci ha trattati male."},
  (3, 6, 4, 6), "waiting_time- staff-", "contradiction",
  "NPS 8 and yes to returning beside an angry comment: recommendation and loyalty held up, satisfaction and ease pulled down.")
r("it", QR, V_IT5, {"nps": 7, "torni": True, "due_parole": "Buona la pizza, un po' cari i fritti. Ambiente carino."},
  (7, 7, 7, 7.5), "product_quality+ price-", "mixed")
r("it", FL, V_IT6, {"fatica": 2, "nota": None}, (7, 6.5, 7.5, 6.5))
r("it", FL, V_IT6, {"fatica": 4,
                    "nota": "L'app si blocca ogni volta che provo a prenotare spinning, alla fine ho chiamato la reception e mi hanno segnata loro, gentilissimi."},
  (5, 5, 3, 6), "website_app- staff+", "mixed")
r("it", FL, V_IT6, {"fatica": 1, "nota": "Super easy, in due tap ho bookato il pilates. Finally un'app che funziona!"},
  (9, 8.5, 10, 8.5), "website_app+", "code_switching", "Italian mixed with English words; clear praise of the app.")
r("it", EMP, V_IT7, {"enps": 2,
                     "commento": "Dodici ore di fila in magazzino e gli straordinari pagati quando gli pare. Poi vi chiedete perché i ragazzi scappano."},
  (2, 2, 3, 2), "workload- pay-", note="Long shifts and late overtime pay; 'people leave' sets loyalty low.")
r("it", EMP, V_IT7, {"enps": 8,
                     "commento": "Bel gruppo, ci aiutiamo tra di noi. Servirebbe però qualche corso in più sul nuovo gestionale, ci hanno buttati lì senza spiegare niente."},
  (7.5, 8, 6.5, 8), "colleagues+ growth-", "mixed")
r("it", EMP, V_IT7, {"enps": 6, "commento": "Per ora resto, poi si vedrà."}, (5.5, 6, 5.5, 5.5),
  note="Hedged comment with no theme; loyalty middling ('for now I'm staying').")


# --------------------------------------------------------------------------------------------------------------- Polish
V_PL1 = survey("futrzakowo-zamowienie-pl-v",
               q("nps", "nps", "Na ile prawdopodobne jest, że polecisz Futrzakowo.pl innym opiekunom zwierząt?"),
               q("zam", "csat", "Jak oceniasz swoje ostatnie zamówienie?", (1, 5)),
               q("kom", "text", "Chcesz coś dodać? Czytamy każdą wiadomość 🐾"))
V_PL2 = survey("swiatlonet-serwis-sms-pl-v",
               q("ok", "yes_no", "Czy Twoje zgłoszenie zostało rozwiązane? Odpisz TAK lub NIE.", perspective="ease"),
               q("kons", "csat", "Jak oceniasz konsultanta, który Ci pomagał? (1-5)", (1, 5)),
               q("sms", "text", "Napisz, co możemy poprawić."))
V_PL3 = survey("kes-burger-kiosk-pl-v",
               q("smak", "csat", "Jak oceniasz dzisiejsze zamówienie? Dotknij buźki.", (1, 5)),
               q("cos", "text", "Chcesz coś dodać? (opcjonalnie)"))
V_PL4 = survey("tarcza-polisa-widget-pl-v",
               q("latwo", "ces", "Zakup polisy przez naszą stronę był łatwy.", (1, 7)),
               q("popraw", "text", "Co powinniśmy poprawić?"))
V_PL5 = survey("pierogarnia-babuni-paragon-pl-v",
               q("ocena", "rating", "Oceń swoją wizytę w skali od 1 do 10.", (1, 10), perspective="satisfaction"),
               q("slowo", "text", "Kilka słów od Ciebie?"))
V_PL6 = survey("nozyczki-salon-flash-pl-v",
               q("zdanie", "text", "Jednym zdaniem: jak było dziś w salonie Nożyczki i Spółka?"))
V_PL7 = survey("orlik-magazyn-puls-pl-v",
               q("enps", "nps", "Na ile prawdopodobne jest, że polecisz pracę w Magazynach Orlik znajomemu?"),
               q("zostaje", "yes_no", "Czy widzisz siebie w Orliku za rok?", perspective="loyalty"),
               q("glos", "text", "Co chcesz przekazać zarządowi? Ankieta jest anonimowa."))
V_PL8 = survey("blysk-myjnia-qr-pl-v",
               q("wroc", "yes_no", "Czy odwiedzisz naszą myjnię ponownie?", perspective="loyalty"),
               q("opinia", "text", "Co Ci się podobało, a co nie?"))

# Futrzakowo (e-mail)
r("pl", E, V_PL1, {"nps": 9, "zam": 5,
                   "kom": "karma dotarła następnego dnia, kurier zostawił pod drzwiami tak jak prosiłam. kot zadowolony, ja też"},
  (9, 9, 8.5, 9), "delivery+ product_quality+")
r("pl", E, V_PL1, {"nps": 9, "zam": 2,
                   "kom": "Już trzecia dostawa, w której worek ze żwirkiem przyjechał rozerwany, wszystko wysypane po kartonie. Pisałam do Was w poniedziałek i cisza. Szczerze, mam już dość."},
  (2, 5.5, 3, 2.5), "delivery- communication-", "contradiction",
  "NPS 9 beside an angry comment: recommendation held mid-way by the 9, satisfaction follows the CSAT 2, ease and loyalty follow the comment (no reply, 'mam dość').")
r("pl", E, V_PL1, {"nps": 7, "zam": 4, "kom": None}, (7.5, 7, 7, 6.5))
r("pl", E, V_PL1, {"nps": 6, "zam": 3,
                   "kom": "Ceny ostatnio mocno w górę, w zoologicznym na osiedlu ta sama karma jest o dychę tańsza. Za to strona wygodna, zamawiam w dwie minuty."},
  (5, 5.5, 8, 4.5), "price- website_app+", "mixed",
  note="Price complaint and a hint of buying elsewhere lower loyalty; the quick ordering lifts ease.")

# Światłonet (SMS after support)
r("pl", SMS, V_PL2, {"ok": True, "kons": 5,
                     "sms": "Pan Marek bardzo cierpliwy, przeszedł ze mną przez ustawienia routera krok po kroku. Internet w końcu działa jak należy."},
  (9, 8.5, 8.5, 8.5), "staff+ product_quality+")
r("pl", SMS, V_PL2, {"ok": False, "kons": 2,
                     "sms": "to juz 4 zgloszenie w tej sprawie a polaczenie dalej rwie co wieczor. kazdy konsultant mowi co innego"},
  (1.5, 1.5, 1, 2), "product_quality- communication-", "no_diacritics",
  "Typed without Polish letters; fourth ticket, still broken: ease near zero, everything low.")
r("pl", SMS, V_PL2, {"ok": True, "kons": 4,
                     "sms": "Rozwiązane, ale czekałem na infolinii prawie pół godziny zanim ktokolwiek odebrał."},
  (6, 6, 5, 6.5), "waiting_time-", "mixed")
r("pl", SMS, V_PL2, {"ok": None, "kons": None,
                     "sms": "Technik miał być między 8 a 12, dojechał o 15. Nikt nie zadzwonił, że się spóźni, siedziałam w domu jak na szpilkach."},
  (3, 3, 3, 4), "waiting_time- communication-", "skipped",
  "Both ratings skipped: all four perspectives inferred from the comment about a late technician and no call.")

# Kęs (kiosk)
r("pl", KIO, V_PL3, {"smak": 5, "cos": "frytki chrupiące, burger gorący i wydali w parę minut"},
  (9.5, 9, 9, 9), "product_quality+ waiting_time+")
r("pl", KIO, V_PL3, {"smak": 1, "cos": "najlepszy burger w mieście, będę wracać!! 😍"},
  (9, 9, 8.5, 9.5), "product_quality+", "reversed_scale",
  "Lowest face tapped next to glowing praise and a promise to come back: an evident reversal, labelled from the comment.")
r("pl", KIO, V_PL3, {"smak": 3, "cos": None}, (5, 5, 5.5, 5))
r("pl", KIO, V_PL3, {"smak": 2, "cos": "Brudne stoliki, wszędzie okruchy i rozlana cola. Zjadłem na stojąco."},
  (2.5, 2.5, 4.5, 3.5), "cleanliness-")

# Tarcza (web widget)
r("pl", WEB, V_PL4, {"latwo": 6, "popraw": "Nie mam żadnych zastrzeżeń, obyło się bez telefonów i bez drukowania czegokolwiek."},
  (8, 7.5, 9, 7.5), "website_app+", "negation",
  "Negations read as praise (no complaints, no phone calls, no printing): ease anchored on 6 and nudged up.")
r("pl", WEB, V_PL4, {"latwo": 3,
                     "popraw": "Formularz wywala błąd przy numerze VIN, wpisywałem go 3 razy. Cena polisy za to najniższa, jaką znalazłem."},
  (5.5, 5.5, 3, 6), "website_app- price+", "mixed")
r("pl", WEB, V_PL4, {"latwo": 7, "popraw": "Poszło sprawnie, dzięki."}, (8.5, 8, 9.5, 8))
r("pl", WEB, V_PL4, {"latwo": 5,
                     "popraw": "Sam checkout mega smooth, literally trzy minuty, ale potem waiting na maila z polisą już drugi dzień i nic. Kasa zeszła, dokumentu brak, trochę stressful."},
  (5.5, 5.5, 6.5, 6), "website_app+ communication-", "code_switching mixed",
  "Polish mixed with English words; smooth purchase but the policy e-mail never came: ease stays on the answer, the others drop to the middle.")

# Pierogarnia u Babuni (QR on receipt)
r("pl", QR, V_PL5, {"ocena": 9, "slowo": "Byliśmy drugi raz i na pewno nie ostatni 🙂"}, (8.5, 8.5, 7.5, 9.5))
r("pl", QR, V_PL5, {"ocena": 3,
                    "slowo": "No rewelacja, 50 minut na pierogi, które chyba prosto z zamrażarki, bo w środku jeszcze zimne. Brawo, tak trzymać."},
  (2.5, 2, 4, 2), "waiting_time- product_quality-", "sarcasm",
  "'Rewelacja', 'brawo' are sarcastic: read as a complaint about the wait and half-frozen food.")
r("pl", QR, V_PL5, {"ocena": None, "slowo": "Barszcz za 18 zł to przesada, ale uszka w nim pyszne."},
  (6, 5.5, 6.5, 5.5), "price- product_quality+", "mixed skipped",
  "Rating skipped: labels from the comment, a price complaint balanced by praise for the food.")
r("pl", QR, V_PL5, {"ocena": 6,
                    "slowo": "Byliśmy w sobotę w piątkę, z dwójką dzieci i teściową. Pierogi naprawdę dobre, te z kaszą i twarogiem to chyba najlepsze, jakie jadłam poza domem, a dzieci zjadły wszystko, co się rzadko zdarza. Tylko że obok lokalu od miesiąca stoi rusztowanie i cały czas ktoś coś kuje, więc w sali był taki hałas, że trzeba było krzyczeć przez stół, a teściowa w ogóle nie słyszała, co mówimy. Rozumiem, że to nie Wasza budowa, ale może na ten czas sadzajcie gości w drugiej sali od podwórka? Wrócimy, jak skończą remont."},
  (6, 5.5, 6, 6.5), "product_quality+", "long off_topic mixed",
  "Food praised; the main complaint is noise from the neighbour's building work, which no theme covers; 'wrócimy' keeps loyalty slightly up.")

# Nożyczki i Spółka (flash poll, text only)
r("pl", FL, V_PL6, {"zdanie": "Fryzjerka naprawdę słuchała, co mówię, pierwszy raz od lat wyszłam zadowolona z grzywki"},
  (9, 8.5, 8, 8.5), "staff+ product_quality+")
r("pl", FL, V_PL6, {"zdanie": "drogo"}, (4.5, 4.5, 5.5, 4.5), "price-", "short",
  "One word about price: a mild negative, everything set slightly below the middle.")
r("pl", FL, V_PL6, {"zdanie": "Umówiłam się przez aplikację na 14, a i tak czekałam 40 min, bo 'system źle pokazał' 🙄"},
  (3, 3.5, 3, 4), "waiting_time- website_app-")

# Magazyny Orlik (employee pulse)
r("pl", EMP, V_PL7, {"enps": 4, "zostaje": True,
                     "glos": "Zmiany po 12 godzin w szczycie to za dużo, ludzie padają na twarz. Kierownik zmiany za to porządny gość, staje za nami."},
  (4.5, 4, 3.5, 6.5), "workload- management+", "mixed")
r("pl", EMP, V_PL7, {"enps": 10, "zostaje": False,
                     "glos": "Premie obcięte bez słowa wyjaśnienia, a na zebraniu usłyszeliśmy, że 'trzeba zacisnąć pasa'. Rozglądam się już za czymś innym."},
  (2, 5, 3.5, 1.5), "pay- management-", "contradiction",
  "eNPS 10 against an angry comment and a 'no' to staying: recommendation held mid-way by the 10, the rest follow the comment.")
r("pl", EMP, V_PL7, {"enps": 8, "zostaje": True,
                     "glos": "Dobra ekipa na zmianie B, pomagamy sobie nawzajem. Fajnie, że w końcu ruszyły kursy na wózki widłowe."},
  (8, 8, 7.5, 8.5), "colleagues+ growth+")

# Błysk (car wash, QR)
r("pl", QR, V_PL8, {"wroc": True, "opinia": None}, (7, 7, 7, 8))
r("pl", QR, V_PL8, {"wroc": False,
                    "opinia": "Szczotki zostawiły rysy na masce, a pan z obsługi powiedział, że 'tak już było'. Więcej nie przyjadę."},
  (1.5, 1, 3.5, 1), "product_quality- staff-")

# ---------------------------------------------------------------------------------------------------------------- Dutch
V_NL1 = survey("kookbox-bestelling-nl-v",
               q("nps", "nps", "Hoe waarschijnlijk is het dat je Kookbox aanbeveelt aan vrienden of familie?"),
               q("reden", "text", "Wat is de belangrijkste reden voor je score?"))
V_NL2 = survey("windkracht-klantenservice-sms-nl-v",
               q("moeite", "ces_effort", "Hoeveel moeite kostte het om je vraag opgelost te krijgen? 1 = heel weinig, 5 = heel veel",
                 (1, 5)),
               q("tip", "text", "Nog een tip voor ons? Sms gerust terug."))
V_NL3 = survey("lichtspel-bios-kiosk-nl-v",
               q("cijfer", "rating", "Welk cijfer geef je je bezoek vandaag? (1-10)", (1, 10), perspective="satisfaction"),
               q("waarom", "text", "Waarom? (mag je overslaan)"))
V_NL4 = survey("fietsvak-widget-nl-v", q("verbeter", "text", "Wat kunnen we verbeteren aan onze webshop?"))
V_NL5 = survey("koffiebar-demolen-bon-nl-v",
               q("tevreden", "csat", "Hoe tevreden ben je over je bezoek?", (1, 5)),
               q("terug", "yes_no", "Kom je nog eens langs?", perspective="loyalty"),
               q("opm", "text", "Opmerkingen?"))
V_NL6 = survey("dierenpark-veenhoven-flash-nl-v",
               q("terug", "yes_no", "Kom je nog eens terug naar Dierenpark Veenhoven?", perspective="loyalty"),
               q("kort", "text", "Vertel kort waarom."))
V_NL7 = survey("duinrand-zorg-puls-nl-v",
               q("enps", "nps", "Hoe waarschijnlijk is het dat je Zorggroep Duinrand aanbeveelt als werkgever?"),
               q("druk", "rating", "Ik krijg mijn werk goed af binnen mijn uren. (1 = helemaal oneens, 5 = helemaal eens)",
                 (1, 5)),
               q("kwijt", "text", "Wat wil je verder nog kwijt?"))

# Kookbox (e-mail)
r("nl", E, V_NL1, {"nps": 8, "reden": "Gewoon een handige manier om doordeweeks niet na te hoeven denken over wat we eten."},
  (7.5, 8, 8, 8))
r("nl", E, V_NL1, {"nps": None,
                   "reden": "Box stond bij de buren en niemand had me een berichtje gestuurd. Kip heeft dus een halve dag buiten de koelkast gelegen, meteen weggegooid."},
  (2.5, 2.5, 3.5, 3), "delivery- communication-", "skipped",
  "NPS skipped: labels inferred from the comment about a box left at the neighbours without notice.")
r("nl", E, V_NL1, {"nps": 9,
                   "reden": "Alweer een ingrediënt vergeten, al de derde keer, en de klantenservice reageert gewoon niet op mijn mail. Ik zeg mijn abonnement op."},
  (2, 5, 3, 1.5), "product_quality- communication-", "contradiction",
  "NPS 9 next to a cancellation: recommendation held mid-way by the 9, satisfaction and loyalty follow the comment.")

# Windkracht Energie (SMS after support)
r("nl", SMS, V_NL2, {"moeite": 1, "tip": "Binnen 5 min geholpen, meneer aan de lijn wist precies waar het over ging 👍"},
  (9, 8.5, 9.5, 8.5), "waiting_time+ staff+")
r("nl", SMS, V_NL2, {"moeite": 4,
                     "tip": "Super hoor, drie keer mijn meterstanden doorgegeven en tóch weer een voorschot van €240. Echt top geregeld."},
  (2, 2, 1.5, 3), "billing-", "sarcasm",
  "'Super hoor', 'echt top geregeld' are sarcastic: a complaint about a wrong advance bill after three meter readings.")
r("nl", SMS, V_NL2, {"moeite": 2,
                     "tip": "Was eigenlijk best easy, alleen die wachtmuziek, come on, 20 min on hold 😅 maar de lady die me hielp was super chill"},
  (6.5, 6.5, 6.5, 7), "waiting_time- staff+", "code_switching mixed",
  "Dutch with English words; low effort answer lowered a little by the 20 minutes on hold, friendly agent praised.")

# Lichtspel (cinema kiosk)
r("nl", KIO, V_NL3, {"cijfer": 7, "waarom": None}, (7, 6.5, 6.5, 6.5))
r("nl", KIO, V_NL3, {"cijfer": 8, "waarom": "Stoelen zitten heerlijk en de zaal was netjes, popcorn wel prijzig"},
  (8, 7.5, 7.5, 7.5), "product_quality+ cleanliness+ price-", "mixed")
r("nl", KIO, V_NL3, {"cijfer": 5,
                     "waarom": "De film zelf was prima en de medewerker bij de balie heel vriendelijk, dat was het probleem niet. Maar wat een gedoe om hier te komen. De garage onder het plein gaat sinds kort om 23 uur dicht, dus na de late voorstelling stond onze auto opgesloten en moesten we met de taxi naar huis. Volgende ochtend weer terug om hem op te halen en toen nog 18 euro betaald voor de nacht. Ik snap dat de gemeente daarover gaat en niet jullie, maar zet het dan in elk geval bij de kassa of op het kaartje, want wij waren echt niet de enigen."},
  (5.5, 5.5, 4.5, 5.5), "product_quality+ staff+", "long off_topic mixed",
  "Film and staff praised; the long complaint is about the town's car park closing, which no theme covers; the 18 euro is money lost, not price.")

# Fietsvak (web widget, text only)
r("nl", WEB, V_NL4, {"verbeter": "Filter op maat werkt niet, bij 28 inch krijg ik gewoon alle banden te zien."},
  (4.5, 5, 3, 5.5), "website_app-")
r("nl", WEB, V_NL4, {"verbeter": "Niks eigenlijk, nooit problemen gehad met de site, alles doet wat het moet doen."},
  (8, 7.5, 8.5, 8), "website_app+", "negation",
  "'Niks', 'nooit problemen' are negations that read as praise of the site.")

# Koffiebar De Molen (QR on receipt)
r("nl", QR, V_NL5, {"tevreden": 5, "terug": True, "opm": "Beste flat white van de stad en de barista onthoudt gewoon je naam ☕"},
  (9.5, 9.5, 8.5, 9.5), "product_quality+ staff+")
r("nl", QR, V_NL5, {"tevreden": 3, "terug": True, "opm": "prima"}, (5.5, 5.5, 6, 7.5), cases="short",
  note="One lukewarm word: satisfaction on the CSAT 3, loyalty on the yes, the rest near the middle.")
r("nl", QR, V_NL5, {"tevreden": 2, "terug": False, "opm": "Tafels plakten en de wc was smerig. Koffie zelf wel lekker."},
  (2.5, 2.5, 5, 2), "cleanliness- product_quality+", "mixed")

# Dierenpark Veenhoven (flash poll)
r("nl", FL, V_NL6, {"terug": True, "kort": None}, (7, 7, 7, 8))
r("nl", FL, V_NL6, {"terug": True,
                    "kort": "Kids vonden de otters geweldig en het park was netjes. Entree voor een gezin wel stevig."},
  (7.5, 7.5, 7, 8), "product_quality+ cleanliness+ price-", "mixed")
r("nl", FL, V_NL6, {"terug": False, "kort": "Helft van de verblijven dicht wegens onderhoud en dat stond nergens op de site vermeld."},
  (3, 3, 4.5, 2), "product_quality- communication-")

# Zorggroep Duinrand (employee pulse)
r("nl", EMP, V_NL7, {"enps": 7, "druk": 2,
                     "kwijt": "Fijne collega's, echt een warm team. Maar we zitten al maanden onderbezet en dat merk je aan alles."},
  (6, 6.5, 3, 7), "colleagues+ workload-", "mixed")
r("nl", EMP, V_NL7, {"enps": 3, "druk": 3,
                     "kwijt": "Teamleider zegt steeds dat we ideeën mogen aandragen, maar er wordt nooit iets mee gedaan. En het salaris loopt achter op dat van het ziekenhuis hier."},
  (3, 3, 5, 3), "management- pay-")
r("nl", EMP, V_NL7, {"enps": 8, "druk": 4,
                     "kwijt": "Ben vorig jaar begonnen en mag nu al de opleiding tot praktijkopleider volgen, dat waardeer ik enorm."},
  (8.5, 8, 7, 8.5), "growth+")


# --------------------------------------------------------------------------------------------------------------- German
V_DE1 = survey("bergfink-outdoor-de-v",
               q("nps", "nps", "Wie wahrscheinlich ist es, dass Sie Bergfink Outdoor Freunden oder Kollegen empfehlen?"),
               q("ware", "csat", "Wie zufrieden sind Sie mit der gelieferten Ware?", (1, 5)),
               q("kommentar", "text", "Möchten Sie uns noch etwas mitteilen?"))
V_DE2 = survey("voltaris-hotline-sms-v",
               q("geloest", "yes_no", "Wurde Ihr Anliegen bei diesem Anruf gelöst?", perspective="ease"),
               q("aufwand", "ces_effort", "Wie viel Aufwand war es für Sie, Ihr Anliegen zu klären? (1 = sehr wenig, 5 = sehr viel)", (1, 5)),
               q("sms", "text", "Antworten Sie gern mit einem kurzen Kommentar."))
V_DE3 = survey("kornblume-kiosk-de-v",
               q("heute", "csat", "Wie zufrieden waren Sie heute mit Ihrem Einkauf?", (1, 5)),
               q("warum", "text", "Möchten Sie uns sagen, warum? (freiwillig)"))
V_DE4 = survey("paketpunkt-tracking-widget-v",
               q("einfach", "ces", "Die Sendungsverfolgung auf dieser Seite war einfach zu nutzen.", (1, 7)),
               q("verbessern", "text", "Was sollten wir verbessern?"))
V_DE5 = survey("trattoria-luna-qr-de-v",
               q("abend", "rating", "Wie bewerten Sie Ihren Abend bei uns? (1-10)", (1, 10), perspective="satisfaction"),
               q("wieder", "yes_no", "Werden Sie wieder bei uns essen?", perspective="loyalty"),
               q("worte", "text", "Ein paar Worte zu Ihrem Besuch?"))
V_DE6 = survey("hallenbad-kirchbrunn-flash-v",
               q("satz", "text", "Wie war Ihr Besuch im Hallenbad Kirchbrunn heute? Ein Satz genügt."))
V_DE7 = survey("hollerer-transporte-puls-v",
               q("enps", "nps", "Wie wahrscheinlich ist es, dass Sie Hollerer Transporte als Arbeitgeber weiterempfehlen?"),
               q("offen", "text", "Was sollte die Geschäftsführung wissen?"))
V_DE8 = survey("flinkauto-flash-de-v",
               q("nps", "nps", "Wie wahrscheinlich ist es, dass Sie Flinkauto Carsharing weiterempfehlen?"),
               q("grund", "text", "Was ist der Hauptgrund für Ihre Bewertung?"))

r("de", E, V_DE1, {"nps": 9, "ware": 5,
                   "kommentar": "Die Wanderschuhe sitzen wie angegossen, und das Paket war schon am nächsten Tag da. Gerne wieder!"},
  (9.5, 9, 8.5, 9), "product_quality+ delivery+")
r("de", E, V_DE1, {"nps": 9, "ware": 4,
                   "kommentar": "Mir wurde die Softshelljacke zweimal abgebucht und auf meine Mail reagiert seit zwei Wochen niemand. So geht das nicht."},
  (4, 7, 3, 4), "billing- communication-", "contradiction",
  "NPS 9 keeps recommendation fairly high, but the double charge and unanswered mail pull satisfaction, ease and loyalty down.")
r("de", E, V_DE1, {"nps": 6, "ware": 3,
                   "kommentar": "rucksack ist ok fur den preis, aber die nahte am trager sehen jetzt schon ausgefranst aus. mal schauen wie lang er halt"},
  (5, 6, 5.5, 5), "price+ product_quality-", "mixed no_diacritics",
  "Typed without umlauts; fair value but fraying seams, so satisfaction sits on the CSAT 3 and loyalty is wait-and-see.")
r("de", E, V_DE1, {"nps": 10, "ware": 5, "kommentar": "Alles bestens, wie immer 👍"}, (9.5, 10, 8.5, 9.5))

r("de", SMS, V_DE2, {"geloest": True, "aufwand": 1,
                     "sms": "Den falschen Zählerstand hat Ihre Kollegin sofort korrigiert, sehr freundlich. Danke!"},
  (9, 8.5, 9.5, 8.5), "staff+ billing+")
r("de", SMS, V_DE2, {"geloest": False, "aufwand": 5,
                     "sms": "Super Service wirklich. 47 Minuten Warteschleife, dann rausgeflogen, und beim zweiten Versuch wusste keiner was vom ersten Anruf. Bravo."},
  (1, 1, 0.5, 2), "waiting_time- communication-", "sarcasm",
  "'Super Service' and 'Bravo' are sarcastic; the hold time and lost context are read as complaints, matching the low answers.")
r("de", SMS, V_DE2, {"geloest": True, "aufwand": 3,
                     "sms": "hat gepasst, aber der abschlag ist schon wieder gestiegen, langsam wirds echt teuer"},
  (5.5, 5, 6.5, 4.5), "price-", "mixed")
r("de", SMS, V_DE2, {"geloest": False, "aufwand": 4,
                     "sms": "Rückruf war für Dienstag zugesagt. Gemeldet hat sich bis heute niemand."},
  (2.5, 2.5, 2, 3.5), "communication-")

r("de", KIO, V_DE3, {"heute": 5,
                     "warum": "Nichts zu bemängeln, die Kürbiskernweckerl waren noch warm und die Verkäuferin hat mir beim Automaten geholfen."},
  (9.5, 9, 8, 9), "product_quality+ staff+", "negation",
  "'Nichts zu bemängeln' is praise; needing help at the machine nudges ease slightly below the rest.")
r("de", KIO, V_DE3, {"heute": 4, "warum": None}, (7.5, 7, 7, 7))
r("de", KIO, V_DE3, {"heute": 2,
                     "warum": "schon wieder ist der bildschirm eingefroren, musste dann doch an die kassa"},
  (2.5, 3, 1.5, 4), "website_app-")
r("de", KIO, V_DE3, {"heute": 3, "warum": "passt scho"}, (5, 5, 5.5, 5.5), cases="short",
  note="Lukewarm 'passt scho' with CSAT 3: everything set around the middle, no theme.")

r("de", WEB, V_DE4, {"einfach": 2,
                     "verbessern": "Sendungsnummer wird nie erkannt, egal ob mit oder ohne Leerzeichen. Und der Status steht seit Tagen auf 'in Zustellung'."},
  (2.5, 2.5, 1.5, 3.5), "website_app- delivery-")
r("de", WEB, V_DE4, {"einfach": None,
                     "verbessern": "Die Zustellerin legt das Packerl einfach vor die Haustür, obwohl ich daheim war. Es hat geregnet."},
  (3, 3, 4.5, 4), "delivery-", "skipped",
  "Ease question skipped; the complaint is about the courier, so ease is only pulled a little below the middle.")
r("de", WEB, V_DE4, {"einfach": 6, "verbessern": None}, (7.5, 7, 8.5, 7))

r("de", QR, V_DE5, {"abend": 9, "wieder": True,
                    "worte": "Die Tagliatelle mit Steinpilzen waren ein Gedicht, und beim Wein wurden wir vom Kellner super beraten."},
  (9, 9, 8.5, 9), "product_quality+ staff+")
r("de", QR, V_DE5, {"abend": 4, "wieder": False,
                    "worte": "Wir hatten für 19 Uhr reserviert, aber die Reservierung war angeblich nicht im System, also standen wir erst mal "
                             "40 Minuten an der Bar herum. Die Pizza war dann in der Mitte komplett durchgeweicht, der Salat lauwarm. Beim "
                             "Zahlen stand plötzlich eine zweite Flasche Rotwein auf der Rechnung, obwohl wir nur eine getrunken haben. Als ich das "
                             "angesprochen habe, hat der Kellner so getan, als wollte ich ihn übers Ohr hauen. Eigentlich schade, früher "
                             "war das unser Stammlokal."},
  (2.5, 2, 3, 1.5), "waiting_time- product_quality- billing- staff-", "long",
  "Long list of complaints with rating 4 and 'no' to returning: all low, loyalty lowest since they were regulars.")
r("de", QR, V_DE5, {"abend": 7, "wieder": True,
                    "worte": "Essen gut, Preise für die Portionsgröße aber schon happig. 19 Euro für so einen kleinen Teller Risotto?"},
  (6.5, 6, 7, 7.5), "product_quality+ price-", "mixed")
r("de", QR, V_DE5, {"abend": 8, "wieder": True,
                    "worte": "Terrasse traumhaft, nur die Toiletten waren ziemlich grindig."},
  (7.5, 7.5, 7.5, 8), "cleanliness-", "mixed")

r("de", FL, V_DE6, {"satz": "Das Bad selbst passt eh, aber seit der Parkplatz wegen der Kanalbauarbeiten gesperrt ist, kurvt man ewig "
                            "durch die Siedlung und geht dann zehn Minuten mit nassen Haaren zum Auto."},
  (5.5, 5, 4.5, 5), cases="off_topic",
  note="Only a parking complaint, which no theme covers; the bath is 'ok', so labels sit near the middle with ease a bit lower.")
r("de", FL, V_DE6, {"satz": "Umkleiden dreckig."}, (3, 3, 4, 3.5), "cleanliness-", "short",
  note="Two-word complaint about dirty changing rooms: low satisfaction, the rest near it pulled to the middle.")
r("de", FL, V_DE6, {"satz": "Endlich wieder offen, die neuen Duschen sind blitzsauber und die Bademeister total nett zu den Kindern 😊"},
  (9, 8.5, 8, 9), "cleanliness+ staff+")

r("de", EMP, V_DE7, {"enps": 8,
                     "offen": "Seit dem neuen Schichtplan arbeite ich jedes zweite Wochenende, und mein Vorgesetzter sagt nur, das sei halt so. Ich bin echt am Ende."},
  (3, 7, 3.5, 3.5), "workload- management-", "contradiction",
  "eNPS 8 keeps recommendation up, but the exhausted comment about shifts and the boss pulls satisfaction and loyalty down.")
r("de", EMP, V_DE7, {"enps": 6,
                     "offen": "Das Team ist wirklich nice, nur die Deadlines sind crazy und ein proper Onboarding gabs nie, man wird einfach ins kalte Wasser geworfen."},
  (5.5, 6, 4.5, 6), "colleagues+ workload- growth-", "mixed code_switching",
  "German with English words; praise for the team against pressure and missing onboarding, so labels stay around the eNPS 6.")
r("de", EMP, V_DE7, {"enps": 3, "offen": "2 Prozent Lohnerhöhung bei der Inflation, das ist ein Witz."},
  (3, 3, 4, 3), "pay-")
r("de", EMP, V_DE7, {"enps": 9,
                     "offen": "Fühle mich wertgeschätzt, die Weiterbildung zum Disponenten wird komplett von der Firma bezahlt."},
  (9, 9, 8, 9), "growth+")

r("de", FL, V_DE8, {"nps": 0, "grund": "Super praktisch, die App ist total einfach, empfehle ich allen weiter!"},
  (8.5, 8.5, 9, 8.5), "website_app+", "reversed_scale",
  "NPS 0 next to 'empfehle ich allen weiter': an evident scale reversal, labelled from the comment.")
r("de", FL, V_DE8, {"nps": 7, "grund": None}, (6.5, 7, 6.5, 6.5))

# ----------------------------------------------------------------------------------------------------------- Portuguese
V_PT1 = survey("emporio-ipe-entrega-pt-v",
               q("nps", "nps", "De 0 a 10, qual a chance de você recomendar o Empório Ipê para um amigo?"),
               q("motivo", "text", "Conta pra gente o motivo da sua nota."))
V_PT2 = survey("vivanet-suporte-sms-v",
               q("resolvido", "yes_no", "Seu problema foi resolvido nesse atendimento?", perspective="ease"),
               q("atendente", "csat", "Que nota você dá para o atendente? (1 a 5)", (1, 5)),
               q("obs", "text", "Quer deixar algum comentário? É só responder esta mensagem."))
V_PT3 = survey("laboratorio-vitta-totem-v",
               q("voltaria", "yes_no", "Você voltaria a fazer seus exames no Laboratório Vitta?", perspective="loyalty"),
               q("comentario", "text", "Se quiser, deixe um comentário."))
V_PT4 = survey("livraria-sabia-site-widget-v",
               q("site", "text", "O que você achou do nosso novo site? Conta pra gente!"))
V_PT5 = survey("brasa-burger-cupom-v",
               q("nota", "rating", "De 1 a 10, que nota você dá para o seu pedido de hoje?", (1, 10), perspective="satisfaction"),
               q("fala", "text", "Quer falar mais alguma coisa?"))
V_PT6 = survey("academia-folego-enquete-v",
               q("satisf", "csat", "Qual o seu nível de satisfação com a academia neste mês?", (1, 5)),
               q("por_que", "text", "Por quê?"))
V_PT7 = survey("construtora-aroeira-clima-v",
               q("enps", "nps", "Qual a probabilidade de você indicar a Aroeira como lugar para trabalhar?"),
               q("sugestao", "text", "O que a liderança poderia fazer melhor?"))

r("pt", E, V_PT1, {"nps": 10,
                   "motivo": "Chegou tudo certinho e bem embalado, até os ovos inteiros kkk. As frutas estavam lindas."},
  (9.5, 10, 9, 9.5), "delivery+ product_quality+")
r("pt", E, V_PT1, {"nps": 9,
                   "motivo": "Meu cartão foi cobrado em dobro pelo frete e até agora ninguém respondeu meus e-mails. Péssimo."},
  (2.5, 6.5, 3, 3.5), "billing- communication-", "contradiction",
  "NPS 9 with an angry double-charge comment: recommendation stays middling-high, the other perspectives follow the comment.")
r("pt", E, V_PT1, {"nps": 6,
                   "motivo": "Produtos bons, mas tá muito caro comparado com o mercadinho do bairro. Só compro quando tem promoção."},
  (5.5, 6, 6, 4.5), "product_quality+ price-", "mixed")

r("pt", SMS, V_PT2, {"resolvido": False, "atendente": 1,
                     "obs": "Nossa, que atendimento maravilhoso, fiquei só 1h10 na linha pra ouvir que tenho que reiniciar o modem. Coisa que eu já tinha feito umas 5 vezes."},
  (1, 0.5, 0.5, 1.5), "waiting_time- staff-", "sarcasm",
  "'Atendimento maravilhoso' is sarcastic: over an hour on hold for useless advice, all perspectives low.")
r("pt", SMS, V_PT2, {"resolvido": True, "atendente": 5,
                     "obs": "o rapaz foi super paciente e a internet voltou na hora"},
  (9.5, 9, 9, 8.5), "staff+ product_quality+")
r("pt", SMS, V_PT2, {"resolvido": True, "atendente": 3,
                     "obs": "resolveu sim mas so depois de 3 ligacoes, cada hora falava com um atendente diferente e ninguem sabia do meu protocolo"},
  (5, 4.5, 4, 5), "communication-", "mixed no_diacritics",
  "Typed without accents; solved ('yes') but after three calls, so ease drops well below the yes anchor.")

r("pt", KIO, V_PT3, {"voltaria": True,
                     "comentario": "A moça da coleta tem mão de anjo, nem senti a agulha. Só a fila da recepção que demorou."},
  (7.5, 7.5, 6, 8), "staff+ waiting_time-", "mixed")
r("pt", KIO, V_PT3, {"voltaria": True, "comentario": None}, (7, 7, 7, 8))
r("pt", KIO, V_PT3, {"voltaria": True, "comentario": "Nenhuma reclamação, tudo limpinho e fui atendida rapidinho."},
  (9, 8.5, 8.5, 8.5), "cleanliness+ waiting_time+", "negation",
  "'Nenhuma reclamação' is praise; clean and quick, so all high.")

r("pt", WEB, V_PT4, {"site": "Layout ficou clean, mas o checkout trava sempre que coloco o código de desconto, muito frustrating."},
  (4, 4.5, 3, 5), "website_app-", "mixed code_switching",
  "Portuguese with English words; a nicer layout but a broken checkout, so the site theme is negative overall and ease is low.")
r("pt", WEB, V_PT4, {"site": "Bem melhor 👍"}, (7.5, 7, 7.5, 7), "website_app+", "short",
  note="Two words answering a question about the new site: mild praise of the website.")

r("pt", QR, V_PT5, {"nota": 8,
                    "fala": "Carne no ponto que eu pedi, batata crocante. Só que o preço subiu de novo, 42 reais num combo já tá puxado."},
  (7.5, 7, 7.5, 7), "product_quality+ price-", "mixed")
r("pt", QR, V_PT5, {"nota": None,
                    "fala": "Pedi sem cebola e veio com cebola. E o atendente ainda riu quando eu reclamei."},
  (2.5, 2, 4.5, 3), "product_quality- staff-", "skipped",
  "Rating skipped; a wrong order and a rude server set everything low, ease left near the middle for lack of evidence.")
r("pt", QR, V_PT5, {"nota": 5,
                    "fala": "Sobre a comida nem tenho muito o que falar, veio ok, nada demais. O que me tirou do sério foi o estacionamento "
                            "do shopping: agora cobram 18 reais só pela primeira hora, a cancela da saída estava quebrada e formou uma fila "
                            "de carro que descia a rampa inteira. Fiquei quase meia hora parada lá dentro com criança chorando no banco de "
                            "trás. E ainda tem a obra do viaduto bem na frente, que deixa o trânsito travado desde as cinco da tarde. "
                            "Sinceramente, da próxima vez peço pelo aplicativo e como em casa."},
  (4.5, 4, 3.5, 5), cases="long off_topic",
  note="Long rant about the mall's car park and road works, which no theme covers; food 'ok', so labels sit near the rating 5.")

r("pt", FL, V_PT6, {"satisf": 4, "por_que": "Gosto daqui, já virou rotina. Dá pra melhorar mas tô satisfeita."},
  (7, 7, 7, 8))
r("pt", FL, V_PT6, {"satisf": 2, "por_que": None}, (2.5, 3, 4, 3))
r("pt", FL, V_PT6, {"satisf": 1,
                    "por_que": "Vestiário fedendo, chuveiro quebrado há duas semanas. Vou cancelar o plano."},
  (0.5, 1, 3, 0.5), "cleanliness- product_quality-")

r("pt", EMP, V_PT7, {"enps": 7,
                     "sugestao": "A equipe da obra é unida, um ajuda o outro. Só que o valor do VA ficou parado enquanto o mercado só sobe."},
  (6.5, 7, 6, 7), "colleagues+ pay-", "mixed")
r("pt", EMP, V_PT7, {"enps": 2,
                     "sugestao": "O encarregado grita com todo mundo na frente dos outros e ninguém do RH faz nada. E tem hora extra praticamente todo sábado."},
  (1.5, 2, 2.5, 2), "management- workload-")
r("pt", EMP, V_PT7, {"enps": 8,
                     "sugestao": "Fiz o curso de NR-35 pago pela empresa e já fui promovido a líder de equipe, sou grato pela oportunidade."},
  (8.5, 8.5, 7.5, 9), "growth+")


# ---------------------------------------------------------------------------------------------------------------- Greek
V_EL1 = survey("kypseli-home-eshop-el-v",
               q("nps", "nps", "Πόσο πιθανό είναι να προτείνετε το Κυψέλη Home σε φίλους ή συγγενείς;"),
               q("proion", "csat", "Πόσο ικανοποιημένοι μείνατε από τα προϊόντα που παραλάβατε;", (1, 5)),
               q("kopos", "ces_effort", "Πόση προσπάθεια χρειάστηκε για να ολοκληρώσετε την παραγγελία σας;", (1, 5)),
               q("sxolio", "text", "Θέλετε να μας πείτε κάτι ακόμα;"))
V_EL2 = survey("aigaio-telecom-sms-v",
               q("lythike", "yes_no", "Λύθηκε το πρόβλημά σας με την πρώτη επικοινωνία;", perspective="ease"),
               q("synergatis", "csat", "Πώς θα βαθμολογούσατε τον συνεργάτη που σας εξυπηρέτησε; (1-5)", (1, 5)),
               q("sms", "text", "Απαντήστε σε αυτό το μήνυμα με ό,τι άλλο θέλετε να μας πείτε."))
V_EL3 = survey("anatoli-market-kiosk-v",
               q("episkepsi", "csat", "Πώς σας φάνηκε η σημερινή σας επίσκεψη στο Ανατολή Μάρκετ;", (1, 5)),
               q("giati", "text", "Πείτε μας γιατί (προαιρετικό)"))
V_EL4 = survey("dimos-pyli-rantevou-widget-v",
               q("eukolo", "ces", "Ήταν εύκολο να κλείσετε ραντεβού μέσα από την ηλεκτρονική πύλη του Δήμου.", (1, 7)),
               q("veltiosi", "text", "Τι θα μπορούσαμε να βελτιώσουμε;"))
V_EL5 = survey("to-steki-psistaria-qr-v",
               q("nps", "nps", "Από 0 έως 10, πόσο πιθανό είναι να μας προτείνετε σε κάποιον φίλο;"),
               q("gnomi", "text", "Πώς ήταν το φαγητό και το σέρβις;"))
V_EL6 = survey("fournos-kallitheas-flash-v",
               q("frasi", "text", "Με μία φράση: πώς ήταν η τελευταία σας επίσκεψη στον Φούρνο Καλλιθέας;"))
V_EL7 = survey("galini-resorts-pulse-v",
               q("ikanopoiisi", "rating", "Σε κλίμακα 1-10, πόσο ικανοποιημένος/η είσαι από τη δουλειά σου στα Galini Resorts;",
                 (1, 10), perspective="satisfaction"),
               q("menis", "yes_no", "Σκοπεύεις να δουλέψεις μαζί μας και την επόμενη σεζόν;", perspective="loyalty"),
               q("sxolia", "text", "Τι θα ήθελες να ξέρει η διοίκηση;"))
V_EL8 = survey("portokali-cafe-qr-v",
               q("ksana", "yes_no", "Θα μας ξαναεπισκεφθείτε;", perspective="loyalty"),
               q("lexeis", "text", "Λίγα λόγια για την εμπειρία σας"))

r("el", E, V_EL1, {"nps": 9, "proion": 5, "kopos": 1,
                   "sxolio": "Τα σεντόνια είναι εξαιρετικής ποιότητας και ο κούριερ ήρθε από την επόμενη κιόλας μέρα. Μπράβο!"},
  (9, 9, 9.5, 9), "product_quality+ delivery+")
r("el", E, V_EL1, {"nps": 9, "proion": 4, "kopos": 2,
                   "sxolio": "Η κάρτα μου χρεώθηκε διπλά για μία παραγγελία και τα λεφτά δεν έχουν επιστραφεί ακόμα, δέκα μέρες μετά. Απαράδεκτο."},
  (3.5, 7, 3, 4), "billing-", "contradiction",
  "NPS 9 next to an angry double-charge comment: recommendation stays fairly high on its answer, the comment pulls satisfaction, ease and loyalty down.")
r("el", E, V_EL1, {"nps": 3, "proion": 3, "kopos": 4,
                   "sxolio": "Παρήγγειλα μια βιβλιοθήκη στις 3 του μήνα με παράδοση σε 5 εργάσιμες. Η ημερομηνία άλλαξε δύο φορές "
                             "χωρίς να με ενημερώσει κανείς, το έμαθα μόνο όταν μπήκα να τσεκάρω την παραγγελία. Τελικά ο κούριερ την "
                             "άφησε στο περίπτερο της γωνίας χωρίς καν να χτυπήσει το κουδούνι, με το κουτί σκισμένο και ένα ράφι "
                             "σπασμένο στη μέση. Η κοπέλα στο τηλεφωνικό κέντρο ήταν ευγενέστατη, της το αναγνωρίζω, αλλά για να "
                             "έρθει το ανταλλακτικό πέρασαν άλλες τρεις εβδομάδες. Κάτι ογκώδες από εσάς μάλλον δεν το ξαναπαραγγέλνω."},
  (2.5, 3, 2, 3), "delivery- communication- staff+ waiting_time-", "long mixed",
  "Long delivery saga: anchors low, ease pulled below the effort answer by the calls and weeks of waiting; the polite agent is the only praise.")
r("el", E, V_EL1, {"nps": 7, "proion": 4, "kopos": 3,
                   "sxolio": "η πληρωμή στο site σας έβγαλε σφάλμα 2 φορές πριν περάσει τελικά η παραγγελία"},
  (6.5, 6.5, 4.5, 6.5), "website_app-")
r("el", E, V_EL1, {"nps": 6, "proion": 4, "kopos": 2,
                   "sxolio": "Ωραία πράγματα, αλλά λίγο ακριβούτσικα για την τσέπη μου. Θα περιμένω τις εκπτώσεις."},
  (6.5, 6, 7.5, 5.5), "product_quality+ price-", "mixed")

r("el", SMS, V_EL2, {"lythike": False, "synergatis": 1,
                     "sms": "Μπράβο σας πραγματικά, 50 λεπτά αναμονή και η μόνη συμβουλή ήταν «κλείστε και ανοίξτε το ρούτερ» 👏👏"},
  (1.5, 1, 1, 2), "waiting_time- staff-", "sarcasm",
  "Ironic 'bravo' read as a complaint about the hold time and a useless answer; all perspectives low with the answers.")
r("el", SMS, V_EL2, {"lythike": True, "synergatis": 5,
                     "sms": "Ο κ. Στέλιος ήταν πολύ εξυπηρετικός, μου τα εξήγησε όλα με υπομονή. Το ίντερνετ πετάει τώρα!"},
  (9, 9, 9, 8.5), "staff+ product_quality+")
r("el", SMS, V_EL2, {"lythike": True, "synergatis": 4,
                     "sms": "Το issue με το router λύθηκε, thanks. Το app σας όμως είναι τελείως buggy, κάθε φορά κρασάρει όταν πάω να δω τον λογαριασμό μου"},
  (6.5, 6, 6.5, 6), "website_app-", "code_switching mixed",
  "Greek-English mix: fixed on first contact anchors ease, the buggy app pulls it and the rest a little down.")
r("el", SMS, V_EL2, {"lythike": False, "synergatis": 3,
                     "sms": "Μου υποσχέθηκαν ότι θα με καλέσει τεχνικός την ίδια μέρα, ακόμα περιμένω. Η σύνδεση πέφτει κάθε μισή ώρα."},
  (3, 3, 2, 3.5), "communication- product_quality-")

r("el", KIO, V_EL3, {"episkepsi": 4, "giati": None}, (7.5, 7, 7, 7))
r("el", KIO, V_EL3, {"episkepsi": 2, "giati": None}, (2.5, 3, 3.5, 3.5))
r("el", KIO, V_EL3, {"episkepsi": 5,
                     "giati": "Ένα ταμείο ανοιχτό Σάββατο πρωί και η ουρά έφτανε μέχρι τα ψυγεία. Ντροπή."},
  (5.5, 3.5, 3, 4), "waiting_time-", "contradiction",
  "Top smiley with an angry queue comment: satisfaction kept middling on the answer, the comment pulls the unasked perspectives down.")
r("el", KIO, V_EL3, {"episkepsi": 5, "giati": "Όλα καλά, βρήκα ό,τι ήθελα."}, (9.5, 9, 9, 9))

r("el", WEB, V_EL4, {"eukolo": 2,
                     "veltiosi": "Η σελίδα κολλάει στο τελευταίο βήμα και δεν στέλνει ποτέ email επιβεβαίωσης. Δεν ξέρω αν τελικά έκλεισα ραντεβού ή όχι."},
  (2.5, 2.5, 1.5, 4), "website_app- communication-",
  note="Municipal portal: loyalty is hardly a choice, so it is set low-middling rather than at the floor.")
r("el", WEB, V_EL4, {"eukolo": 6, "veltiosi": "Δεν δυσκολεύτηκα καθόλου, σε δυο λεπτά είχα τελειώσει."},
  (8, 7.5, 8.5, 7), "website_app+", "negation",
  "'Had no difficulty at all' is praise of the booking page, labelled positive with the high ease answer.")
r("el", WEB, V_EL4, {"eukolo": 4, "veltiosi": "μέτρια. θα ήθελα να υπάρχουν και απογευματινές ώρες, δουλεύουμε κι εμείς"},
  (5, 5, 5, 5))

r("el", QR, V_EL5, {"nps": 0, "gnomi": "Φανταστικά παϊδάκια, γρήγορο σέρβις, θα σας προτείνω σε όλη την παρέα!!"},
  (9, 9, 8.5, 9), "product_quality+ waiting_time+", "reversed_scale",
  "NPS 0 with an enthusiastic promise to recommend: an evident scale reversal, labelled from the comment.")
r("el", QR, V_EL5, {"nps": None,
                    "gnomi": "Το σουβλάκι ήρθε κρύο και το ψωμί καμένο. Κρίμα, παλιά ήταν το καλύτερο της γειτονιάς."},
  (2.5, 3, 4.5, 3.5), "product_quality-", "skipped",
  "NPS skipped: labels inferred from the food complaint; ease has no evidence and sits near the middle.")
r("el", QR, V_EL5, {"nps": 8, "gnomi": "Πολύ νόστιμα όλα, τα τραπέζια όμως κολλούσαν λίγο."},
  (7.5, 8, 7.5, 7.5), "product_quality+ cleanliness-", "mixed")

r("el", FL, V_EL6, {"frasi": "Άψογα."}, (9, 8.5, 8, 8.5), cases="short",
  note="One word of praise with no theme; all perspectives high, unasked ones a little nearer the middle.")
r("el", FL, V_EL6, {"frasi": "Τα κουλουράκια μπαγιάτικα και η τιμή ανέβηκε πάλι."}, (2.5, 3, 5.5, 3.5),
  "product_quality- price-")
r("el", FL, V_EL6, {"frasi": "Η κυρία Ρούλα στα ψωμιά πάντα χαμογελαστή, σε κάνει να θες να ξανάρθεις 🙂"}, (8.5, 8.5, 7.5, 9),
  "staff+")

r("el", EMP, V_EL7, {"ikanopoiisi": 3, "menis": False,
                     "sxolia": "Διπλές βάρδιες όλο τον Αύγουστο χωρίς ρεπό. Και τα υπερωριακά πληρώνονται με μήνες καθυστέρηση."},
  (2.5, 2, 2, 1.5), "workload- pay-")
r("el", EMP, V_EL7, {"ikanopoiisi": 8, "menis": True,
                     "sxolia": "Η ομάδα στην κουζίνα είναι σαν οικογένεια. Θα ήθελα όμως περισσότερα σεμινάρια, να μάθω και κάτι καινούργιο."},
  (7.5, 7.5, 7, 8.5), "colleagues+ growth-", "mixed")
r("el", EMP, V_EL7, {"ikanopoiisi": 6, "menis": True,
                     "sxolia": "Ο νέος διευθυντής δεν ακούει κανέναν, αποφασίζει μόνος του και μας ενημερώνει την τελευταία στιγμή."},
  (4.5, 4.5, 5, 6), "management-")
r("el", EMP, V_EL7, {"ikanopoiisi": 9, "menis": True,
                     "sxolia": "καλός μισθός φέτος κ μπόνους στο τέλος της σεζόν, δεν έχω κάτι άλλο να πω"},
  (9, 8.5, 8, 9), "pay+")

r("el", QR, V_EL8, {"ksana": True, "lexeis": None}, (7, 7, 7, 8))
r("el", QR, V_EL8, {"ksana": False, "lexeis": "6 ευρώ για ένα φρέντο; Όχι ευχαριστώ."}, (3, 2.5, 5, 1.5), "price-")

# ---------------------------------------------------------------------------------------------------------------- Czech
V_CS1 = survey("velokralovec-eshop-cs-v",
               q("nps", "nps", "Jak pravděpodobné je, že byste e-shop VeloKrálovec doporučili známým?"),
               q("zbozi", "csat", "Jak jste spokojeni s objednaným zbožím?", (1, 5)),
               q("komentar", "text", "Chcete nám ještě něco vzkázat?"))
V_CS2 = survey("teplo-plus-podpora-sms-v",
               q("usili", "ces_effort", "Kolik úsilí vás stálo vyřešit váš požadavek? (1 = téměř žádné, 5 = obrovské)", (1, 5)),
               q("sms", "text", "Odpovězte nám, co bychom měli zlepšit."))
V_CS3 = survey("pekarna-u-mlyna-kiosk-v",
               q("hodnoceni", "rating", "Jak hodnotíte dnešní nákup? (1-10)", (1, 10), perspective="satisfaction"),
               q("proc", "text", "Něco dalšího? (nepovinné)"))
V_CS4 = survey("jizdenkar-web-widget-cs-v",
               q("napad", "text", "Co vám na našem webu chybí nebo co vás štve?"))
V_CS5 = survey("hospoda-na-rynku-qr-v",
               q("spokojenost", "csat", "Jak jste byli spokojeni s dnešní návštěvou?", (1, 5)),
               q("znovu", "yes_no", "Přijdete k nám znovu?", perspective="loyalty"),
               q("vzkaz", "text", "Vzkaz pro kuchyni a obsluhu"))
V_CS6 = survey("zvuky-leta-festival-flash-v",
               q("nps", "nps", "Doporučili byste festival Zvuky léta kamarádům?"),
               q("postreh", "text", "Jeden postřeh na závěr"))
V_CS7 = survey("logistika-sever-pulz-v",
               q("enps", "nps", "Jak pravděpodobné je, že byste Logistiku Sever doporučili jako zaměstnavatele?"),
               q("vytizeni", "rating", "Moje pracovní vytížení je zvládnutelné. (1 = vůbec nesouhlasím, 5 = zcela souhlasím)",
                 (1, 5), perspective="ease"),
               q("zustat", "yes_no", "Vidíte se u nás i za rok?", perspective="loyalty"),
               q("pozn", "text", "Co byste vzkázali vedení?"))

r("cs", E, V_CS1, {"nps": 10, "zbozi": 5,
                   "komentar": "Kolo dorazilo skvěle zabalené, seřízené a připravené k jízdě. Za tu cenu paráda."},
  (9.5, 10, 9, 9.5), "delivery+ product_quality+ price+")
r("cs", E, V_CS1, {"nps": 10, "zbozi": 4,
                   "komentar": "Kurýr nechal krabici s helmou u popelnic a na můj e-mail podpora už týden neodpovídá."},
  (4, 7, 3.5, 4.5), "delivery- communication-", "contradiction",
  "NPS 10 with a complaint about the courier and no reply: recommendation kept up by its answer, the other perspectives pulled down.")
r("cs", E, V_CS1, {"nps": 6, "zbozi": 3,
                   "komentar": "Bunda vypadá hezky, jen ta tabulka velikostí vůbec nesedí, musel jsem ji vracet a objednat o číslo větší."},
  (5, 6, 4.5, 5.5), "product_quality+ communication-", "mixed")
r("cs", E, V_CS1, {"nps": 9, "zbozi": 5, "komentar": "Nemám jedinou výtku, všechno proběhlo hladce."},
  (9.5, 9, 9, 9), cases="negation",
  note="'Not a single reproach' is plain praise; no particular theme named, labels follow the high answers.")

r("cs", SMS, V_CS2, {"usili": 5, "sms": "Výborně, hodina na lince a pak mě to stejně odpojilo. Fakt profi služba."},
  (1.5, 1, 0.5, 2), "waiting_time-", "sarcasm",
  "'Excellent… really professional' is ironic: an hour on hold and a dropped call, read as a complaint.")
r("cs", SMS, V_CS2, {"usili": 2, "sms": None}, (6.5, 6.5, 7.5, 6.5))
r("cs", SMS, V_CS2, {"usili": 1,
                     "sms": "Paní na telefonu mi hned vysvětlila, proč mi přišel vyšší nedoplatek, a všechno bylo jasné. Děkuju!"},
  (9, 8.5, 9.5, 8.5), "staff+ communication+")

r("cs", KIO, V_CS3, {"hodnoceni": 6,
                     "proc": "Chleba výborný jako vždycky, ale před prodejnou se teď nedá vůbec zaparkovat, kvůli rozkopané silnici "
                             "objíždím půl Kolína a stejně pak stojím na chodníku."},
  (6, 6.5, 5, 6.5), "product_quality+", "off_topic mixed",
  "The roadworks and parking complaint has no theme; it only lowers ease a little, the bread praise keeps the rest middling.")
r("cs", KIO, V_CS3, {"hodnoceni": 9, "proc": None}, (9, 8.5, 8, 8.5))
r("cs", KIO, V_CS3, {"hodnoceni": 7, "proc": "v pohodě"}, (7, 7, 7, 7), cases="short")

r("cs", WEB, V_CS4, {"napad": "Po zaplacení kartou mi jízdenka nepřišla do mailu a peníze jsou pryč. Na chatu nikdo neodpovídá."},
  (1.5, 1.5, 1.5, 3), "website_app- communication-")
r("cs", WEB, V_CS4, {"napad": "vyhledávání spojů je super rychlé, jen bych uvítal tmavý režim"}, (8, 8, 8.5, 8), "website_app+")

r("cs", QR, V_CS5, {"spokojenost": 2, "znovu": False,
                    "vzkaz": "cekali jsme na jidlo skoro hodinu a pak prinesli spatnou polevku, cisnik se ani neomluvil"},
  (1.5, 1.5, 3, 1.5), "waiting_time- product_quality- staff-", "no_diacritics")
r("cs", QR, V_CS5, {"spokojenost": 5, "znovu": True,
                    "vzkaz": "Svíčková úplně jak doma u mámy a pivo perfektně vychlazené. Obsluha rychlá a milá."},
  (10, 9.5, 9, 10), "product_quality+ staff+ waiting_time+")
r("cs", QR, V_CS5, {"spokojenost": 4, "znovu": True, "vzkaz": "Dobré jídlo, ale na záchodech to vypadalo hrozně."},
  (7, 7, 7, 7.5), "product_quality+ cleanliness-", "mixed")

r("cs", FL, V_CS6, {"nps": None, "postreh": "Vstupenky dost předražené a fronta na pivo nekonečná."},
  (3, 3, 3.5, 3.5), "price- waiting_time-", "skipped",
  "NPS skipped: every perspective inferred from the price and queue complaints.")
r("cs", FL, V_CS6, {"nps": 8, "postreh": "Skvělá atmosféra, jen těch toitoiek bylo málo a po druhém dni to byl masakr."},
  (7, 8, 6.5, 7.5), "cleanliness-", "mixed")

r("cs", EMP, V_CS7, {"enps": 3, "vytizeni": 1, "zustat": False,
                     "pozn": "Ve skladu chybí lidi, přesčasy děláme každý týden a mistr na nás jenom řve."},
  (2, 2.5, 0.5, 1.5), "workload- management-")
r("cs", EMP, V_CS7, {"enps": 8, "vytizeni": 4, "zustat": True,
                     "pozn": "Kolektiv super, vedoucí férová. Jen ten plat by mohl aspoň trochu odpovídat inflaci."},
  (7, 7.5, 7.5, 8), "colleagues+ management+ pay-", "mixed")
r("cs", EMP, V_CS7, {"enps": 7, "vytizeni": 3, "zustat": True,
                     "pozn": "Chtěl bych se posunout dál, ale školení na vysokozdvižný vozík mi slibují už od jara."},
  (5.5, 6.5, 5, 6.5), "growth-")


# -------------------------------------------------------------------------------------------------------------- Persian
V_FA1 = survey("partow-bazar-fa-v",
               q("nps", "nps", "چقدر احتمال دارد فروشگاه اینترنتی پرتو را به دوستان یا خانواده~تان پیشنهاد کنید؟"),
               q("kala", "csat", "از کالایی که دریافت کردید چقدر راضی هستید؟", (1, 5)),
               q("nazar", "text", "اگر نکته~ای درباره~ی این خرید دارید، برای ما بنویسید."))
V_FA2 = survey("avan-net-poshtibani-fa-v",
               q("hal", "yes_no", "آیا مشکل اینترنت شما در این تماس برطرف شد؟", perspective="ease"),
               q("karshenas", "csat", "به برخورد کارشناس پشتیبانی از ۱ تا ۵ چه نمره~ای می~دهید؟", (1, 5)),
               q("payam", "text", "اگر توضیحی دارید، در پاسخ همین پیامک بنویسید."))
V_FA3 = survey("toranj-shirini-kiosk-fa-v",
               q("rezayat", "csat", "امروز از خریدتان چقدر راضی بودید؟", (1, 5)),
               q("chera", "text", "دلیلش را بنویسید (اختیاری)"))
V_FA4 = survey("arman-bime-portal-fa-v",
               q("asan", "ces", "ثبت خسارت در سامانه~ی آنلاین بیمه~ی آرمان آسان بود.", (1, 7)),
               q("pishnahad", "text", "به نظرتان چه چیزی را باید بهتر کنیم؟"))
V_FA5 = survey("golestan-sofrekhane-qr-fa-v",
               q("nomre", "rating", "از ۱ تا ۱۰ به غذا و پذیرایی امشب چه نمره~ای می~دهید؟", (1, 10),
                 perspective="satisfaction"),
               q("bazgasht", "yes_no", "دوباره به سفره~خانه~ی گلستان سر می~زنید؟", perspective="loyalty"),
               q("nazar", "text", "چند کلمه از شب~تان بگویید."))
V_FA6 = survey("darookhane-shafa-qr-fa-v",
               q("bazam", "yes_no", "باز هم از داروخانه~ی شفا خرید می~کنید؟", perspective="loyalty"),
               q("tozih", "text", "توضیح (اختیاری)"))
V_FA7 = survey("rouzane-flash-fa-v",
               q("yek_jomle", "text", "در یک جمله: خرید امروزتان از فروشگاه روزانه چطور بود؟"))
V_FA8 = survey("mahan-pakhsh-karkonan-fa-v",
               q("enps", "nps", "چقدر احتمال دارد کار در شرکت پخش ماهان را به یک دوست پیشنهاد کنید؟"),
               q("hajm", "rating", "حجم کارم قابل مدیریت است. (۱ = کاملاً مخالفم، ۵ = کاملاً موافقم)", (1, 5),
                 perspective="ease"),
               q("harf", "text", "حرفی با مدیریت دارید؟"))

r("fa", E, V_FA1, {"nps": 9, "kala": 5,
                   "nazar": "جاروبرقی دو روز زودتر از موعد رسید و بسته~بندیش هم کاملا سالم بود. مکشش از قبلیه خیلی بهتره، راضیم"},
  (9.5, 9, 8.5, 9), "delivery+ product_quality+")
r("fa", E, V_FA1, {"nps": 9, "kala": 4,
                   "nazar": "مبلغ سفارش دوبار از حسابم کسر شد. یازده روزه پیگیرم، هر بار زنگ میزنم یه جمله~ی تکراری تحویلم میدن که «در حال بررسیه». هنوزم برنگشته"},
  (3.5, 6, 2, 4), "billing- communication-", "contradiction",
  "NPS 9 and a 4 for the goods next to an angry double-charge story: recommendation stays fairly high on the score, the comment pulls satisfaction, ease (eleven days of chasing) and loyalty down.")
r("fa", E, V_FA1, {"nps": 0, "kala": 5,
                   "nazar": "یخچالش عالیه، بی~صداست و خوب خنک میکنه. به همه~ی فامیل معرفیتون کردم 👌"},
  (9.5, 9, 8, 9), "product_quality+", "reversed_scale",
  "NPS 0 beside full praise and 'I recommended you to the whole family' (and a 5 for the goods): an evident reversal, labelled from the comment.")
r("fa", E, V_FA1, {"nps": 6, "kala": 3,
                   "nazar": "گوشی سالم رسید ولی باتریش کمتر از یه روز دووم میاره. برای این پولی که دادم توقعم خیلی بالاتر بود"},
  (5, 5.5, 6, 5), "delivery+ product_quality- price-", "mixed")
r("fa", SMS, V_FA2, {"hal": True, "karshenas": 5,
                     "payam": "خانم رضایی با صبر زیاد مرحله~به~مرحله تنظیمات مودم رو باهام جلو رفت. الان سرعتش خوبه"},
  (9, 8.5, 8.5, 8.5), "staff+ product_quality+")
r("fa", SMS, V_FA2, {"hal": False, "karshenas": 3,
                     "payam": "دستتون درد نکنه واقعا. چهار روزه خط قطعه و هر بار تماس میگیرم میگن تا ۲۴ ساعت آینده وصل میشه. ممنون از این همه سرعت عمل 🙏"},
  (1.5, 1.5, 1, 2), "product_quality- waiting_time-", "sarcasm",
  "Thanks are ironic: four days without a line and the same empty promise; read as strongly negative despite the middling agent score.")
r("fa", SMS, V_FA2, {"hal": None, "karshenas": None,
                     "payam": "وسط صحبت تماس قطع شد. کارشناس گفت خودش دوباره زنگ میزنه ولی هیچ خبری نشد، مشکلم هم هنوز سر جاشه"},
  (2.5, 3, 2, 3.5), "communication- product_quality-", "skipped",
  "Both questions skipped; the call-back that never came and the unsolved problem set all four low, ease lowest.")
r("fa", SMS, V_FA2, {"hal": True, "karshenas": 4, "payam": "درست شد، ولی ۳۵ دقیقه پشت خط موندم تا یکی جواب بده"},
  (6, 5.5, 5, 6), "waiting_time-", "mixed")
r("fa", KIO, V_FA3, {"rezayat": 4, "chera": None}, (7.5, 7, 7, 7))
r("fa", KIO, V_FA3, {"rezayat": 5,
                     "chera": "نون~خامه~ای~ها مال دیروز بود، خامه~ش بوی ترشی میداد. روی ویترین هم پر مگس بود"},
  (4.5, 2.5, 5.5, 3), "product_quality- cleanliness-", "contradiction",
  "Top satisfaction score with a complaint about stale cream puffs and flies: satisfaction is held up a little by the score, recommendation and loyalty follow the comment; ease has no evidence.")
r("fa", KIO, V_FA3, {"rezayat": 4, "chera": "خوب بود 👍"}, (7.5, 7, 7, 7), cases="short",
  note="A two-word 'it was good' adds nothing to the 4 of 5; the other perspectives sit just below it.")
r("fa", KIO, V_FA3, {"rezayat": 2,
                     "chera": "صف تا دم در بود و فقط یه نفر پشت صندوق. قیمت شیرینی~ها هم نسبت به عید سال قبل نزدیک دوبرابر گرون شده"},
  (3, 3, 3.5, 4), "waiting_time- price-")
r("fa", WEB, V_FA4, {"asan": 2,
                     "pishnahad": "موقع آپلود مدارک مدام error میده، فایل PDF رو قبول نمیکنه. کد OTP هم دیر میاد، سه بار retry زدم تا رفت"},
  (2.5, 2.5, 1.5, 4), "website_app-", "code_switching",
  "Persian with English tech words; the upload and code failures fix ease low on the answer; an insurer's portal leaves loyalty middling-low.")
r("fa", WEB, V_FA4, {"asan": 6, "pishnahad": None}, (7.5, 7, 8.5, 7))
r("fa", WEB, V_FA4, {"asan": 5,
                     "pishnahad": "در کل راحت بود، ولی متن راهنما گنگه. آخرش نفهمیدم فرانشیز یعنی چی و چقدرش با خودمه"},
  (6, 6, 6, 6), "website_app+ communication-", "mixed")
r("fa", WEB, V_FA4, {"asan": 7,
                     "pishnahad": "ده دقیقه~ای تموم شد، اونم با گوشی. دو روز بعدش هم مبلغ خسارت به حسابم نشست"},
  (9, 8.5, 9.5, 8.5), "website_app+ billing+")
r("fa", QR, V_FA5, {"nomre": 9, "bazgasht": True,
                    "nazar": "هیچ ایرادی نداشت، نه غذا نه برخورد گارسون~ها. دیزیش دقیقا طعم دیزی~های مادربزرگ رو میداد"},
  (9, 9, 8, 9.5), "product_quality+ staff+", "negation",
  "'Nothing wrong, neither the food nor the waiters' is praise through negation; both themes positive.")
r("fa", QR, V_FA5, {"nomre": 6, "bazgasht": False,
                    "nazar": "غذا مثل همیشه خوب بود، از اون بابت حرفی نیست. ولی واقعا دیگه اومدن به اینجا عذابه. از وقتی ساخت اون برج بغل دستتون شروع شده، نصف کوچه رو بستن و جای پارک اصلا پیدا نمیشه. امشب چهل دقیقه دور خیابونای اطراف چرخیدیم، آخرش ماشین رو سه تا کوچه پایین~تر جلوی در یه خونه گذاشتیم و وقتی برگشتیم صاحبخونه عصبانی منتظرمون وایستاده بود. صدای بتونیر و جرثقیل هم تا ساعت نه شب قطع نشد، تو حیاط اصلا نمیشد حرف زد. میدونم تقصیر شما نیست ولی تا این ساختمون تموم نشه فکر نکنم دیگه بیایم."},
  (5, 4.5, 3.5, 2.5), "product_quality+", "long off_topic mixed",
  "Mostly parking and the neighbouring building work (no theme); only the food gets a theme; the 'no' to returning and 'won't come until it's built' set loyalty low, the forty minutes circling pull ease down.")
r("fa", QR, V_FA5, {"nomre": 7, "bazgasht": True,
                    "nazar": "کباب خوب بود ولی نیم ساعت طول کشید تا بیارنش، اونم وقتی سالن تقریبا خلوت بود"},
  (6.5, 6.5, 6, 7.5), "product_quality+ waiting_time-", "mixed")
r("fa", QR, V_FA6, {"bazam": True, "tozih": None}, (7, 7, 7, 8))
r("fa", QR, V_FA6, {"bazam": True,
                    "tozih": "خانم دکتر داروخانه خیلی صبورانه گفت هر قرص رو کی بخورم. قیمتاشم از داروخونه~ی سر کوچه~مون منصفانه~تره"},
  (9, 8.5, 8, 9), "staff+ price+")
r("fa", FL, V_FA7, {"yek_jomle": "saf e sandoogh kheili tool keshid vali khanoome sandoghdar kheili khosh barkhord bood, mersi"},
  (6.5, 6.5, 5.5, 6.5), "waiting_time- staff+", "finglish mixed",
  "Persian typed in Latin letters: a long checkout queue against a friendly cashier, read as lukewarm.")
r("fa", FL, V_FA7, {"yek_jomle": "میوه~هاش اصلا تازه نبود، نصف گوجه~ها له شده بودن"}, (3, 3.5, 5, 4), "product_quality-")
r("fa", FL, V_FA7, {"yek_jomle": "مثل همیشه، نه خوب نه بد"}, (5, 5, 5, 5.5))
r("fa", EMP, V_FA8, {"enps": 3, "hajm": 2,
                     "harf": "با این گرونی~ها، حقوقمون به هیچ~وجه کافی نیست. شش ماهه قول افزایش دادن و هنوز خبری نیست"},
  (2.5, 3, 3, 3), "pay- management-")
r("fa", EMP, V_FA8, {"enps": 8, "hajm": 4,
                     "harf": "بچه~های انبار واقعا پشت هم~اند، هیچ~کس رو تنها نمی~ذارن. کاش یه دوره~ی آموزشی هم برای نرم~افزار جدید بذارید، همه سردرگمیم"},
  (7.5, 8, 7.5, 8), "colleagues+ growth-", "mixed")
r("fa", EMP, V_FA8, {"enps": 5, "hajm": 1,
                     "harf": "از وقتی دو نفر رفتن و کسی رو جاشون نگرفتن، کار سه نفر افتاده گردن من. شیفت شب هم شده اجباری"},
  (3.5, 5, 0.5, 4), "workload-")
r("fa", EMP, V_FA8, {"enps": 9, "hajm": 3,
                     "harf": "مدیر جدید فروش آدم منصفیه و حرف آدم رو گوش میده. ولی هنوز هیچ مسیری برای ارتقا نمی~بینم"},
  (7.5, 8.5, 5, 7), "management+ growth-", "mixed")

# ------------------------------------------------------------------------------------------------------------ Ukrainian
V_UK1 = survey("leleka-market-uk-v",
               q("nps", "nps", "Наскільки ймовірно, що ви порекомендуєте «Лелека Маркет» друзям чи знайомим?"),
               q("zusyllia", "ces_effort", "Скільки зусиль вам знадобилося, щоб оформити й отримати замовлення?", (1, 5)),
               q("komentar", "text", "Що нам варто знати про це замовлення?"))
V_UK2 = survey("pakunok-express-sms-uk-v",
               q("operator", "csat", "Оцініть, будь ласка, роботу оператора від 1 до 5.", (1, 5)),
               q("vidpovid", "text", "Можете додати коментар у відповідь на це SMS."))
V_UK3 = survey("kavova-khvylia-kiosk-uk-v",
               q("povernetes", "yes_no", "Завітаєте до нас ще?", perspective="loyalty"),
               q("chomu", "text", "Чому? (необов'язково)"))
V_UK4 = survey("svitloport-kabinet-uk-v",
               q("zruchnist", "rating", "Оцініть від 1 до 10, наскільки зручно було передати показники лічильника.",
                 (1, 10), perspective="ease"),
               q("shcho", "text", "Що варто покращити?"))
V_UK5 = survey("syrna-hora-pizza-qr-uk-v",
               q("nps", "nps", "Наскільки ймовірно, що ви порадите «Сирну Гору» друзям? (0–10)"),
               q("vrazhennia", "text", "Поділіться враженнями"))
V_UK6 = survey("monetka-bank-flash-uk-v",
               q("dumka", "text", "Одним-двома реченнями: як вам оновлений застосунок «Монетка Банку»?"))
V_UK7 = survey("teplyi-dim-puls-uk-v",
               q("cherez_rik", "yes_no", "Чи бачите ви себе в компанії через рік?", perspective="loyalty"),
               q("zadovolennia", "csat", "Наскільки ви загалом задоволені роботою у своєму магазині?", (1, 5)),
               q("dodaty", "text", "Що б ви хотіли сказати керівництву?"))

r("uk", E, V_UK1, {"nps": 10, "zusyllia": 1,
                   "komentar": "Коляска приїхала вже наступного дня, а кур'єр навіть допоміг підняти на п'ятий поверх без ліфта. Дякую!"},
  (9.5, 10, 9.5, 9.5), "delivery+")
r("uk", E, V_UK1, {"nps": 9, "zusyllia": 4,
                   "komentar": "Замовляла суміш для немовлят, а привезли зовсім іншу, для дітей від року. На гарячій лінії висіла сорок хвилин, щоб почути «напишіть на пошту». Написала. Тиша вже п'ятий день."},
  (2.5, 6, 2, 3), "product_quality- waiting_time- communication-", "contradiction",
  "NPS 9 against a wrong-item, long-hold, no-reply story: the score keeps recommendation middling, the comment and the effort answer pull the rest down.")
r("uk", E, V_UK1, {"nps": 7, "zusyllia": 2, "komentar": "Та нормально все, нічого особливого"}, (6.5, 7, 7.5, 6.5))
r("uk", E, V_UK1, {"nps": 6, "zusyllia": 2,
                   "komentar": "Все нормально, але ціни вже вищі, ніж у інших магазинах. Раніше брала тут саме тому, що було дешевше"},
  (6, 5.5, 7.5, 4.5), "price-", "mixed")
r("uk", SMS, V_UK2, {"operator": 4,
                     "vidpovid": "Оператор норм, все пояснила. Але посилку так і не знайшли, я вже тиждень жду, і шо мені тепер робити? Ніхто нічо не знає"},
  (4, 4, 3, 3.5), "staff+ delivery- communication-", "code_switching mixed",
  "Surzhyk (жду, шо, нічо); the operator's 4 is kept for staff, but a parcel lost for a week with nobody informed pulls every perspective below the middle.")
r("uk", SMS, V_UK2, {"operator": 2,
                     "vidpovid": "Ну супер. Третій раз пояснюю те саме, і втретє чую «зачекайте, я уточню». Клас сервіс, нічого не скажеш"},
  (1, 1.5, 1, 2), "staff- waiting_time-", "sarcasm",
  "'Great, class service' is ironic after explaining the same thing three times; read as a complaint.")
r("uk", SMS, V_UK2, {"operator": 5,
                     "vidpovid": "Відповіли за пару хвилин і одразу оформили переадресацію на інше відділення. Дякую"},
  (9.5, 9, 9.5, 9), "waiting_time+ staff+")
r("uk", KIO, V_UK3, {"povernetes": True, "chomu": None}, (7, 7, 7, 8))
r("uk", KIO, V_UK3, {"povernetes": None,
                     "chomu": "Капучино смачне, але столики липкі, ніхто за ними не прибирає"},
  (5.5, 5.5, 6, 5.5), "product_quality+ cleanliness-", "skipped mixed",
  "The yes/no was skipped; good coffee against sticky tables gives middling labels, loyalty inferred from that.")
r("uk", KIO, V_UK3, {"povernetes": True,
                     "chomu": "Жодних претензій: бариста привітні, кава як завжди на висоті"},
  (9, 9, 8, 9.5), "staff+ product_quality+", "negation",
  "'No complaints at all' is praise through negation, followed by explicit praise of baristas and coffee.")
r("uk", WEB, V_UK4, {"zruchnist": 8, "shcho": None}, (7, 6.5, 8, 6.5))
r("uk", WEB, V_UK4, {"zruchnist": 3,
                     "shcho": "Сайт постійно викидає з кабінету. А в рахунку за березень нарахували вдвічі більше, ніж я реально спожив"},
  (2, 2.5, 2, 3.5), "website_app- billing-")
r("uk", WEB, V_UK4, {"zruchnist": 10, "shcho": "Все ок"}, (8.5, 8, 9.5, 7.5), cases="short",
  note="'All ok' with a 10 for ease; unasked perspectives set a bit lower, a utility leaves loyalty nearer the middle.")
r("uk", QR, V_UK5, {"nps": 8,
                    "vrazhennia": "Піца гаряча, тісто тонке — саме таке, як мені подобається. Але як на такий розмір — задорого"},
  (7.5, 8, 7.5, 7.5), "product_quality+ price-", "mixed")
r("uk", QR, V_UK5, {"nps": 4,
                    "vrazhennia": "Святкували тут день народження доньки, столик бронювали за тиждень. Посадили нас біля самих дверей, де постійно дуло, хоча вільні місця були. Піцу чекали майже годину, діти вже почали вередувати й проситися додому. Потім офіціант переплутав замовлення і приніс піцу з грибами замість салямі, хоча я двічі повторила. А коли я на це вказала, сказав, що ми, мабуть, самі неправильно замовили. Сама піца, чесно, смачна, тому й ставлю не нуль. Але свято було зіпсоване, і навряд чи ми повернемося найближчим часом."},
  (3, 3.5, 4, 2), "waiting_time- staff- product_quality+", "long mixed",
  "Long birthday story: an hour's wait and a rude, careless waiter outweigh the tasty pizza; 'unlikely to come back' sets loyalty lowest.")
r("uk", QR, V_UK5, {"nps": 9, "vrazhennia": "Швидко, смачно, а офіціантка Оля просто сонечко ☀️"},
  (9, 9, 8.5, 9), "waiting_time+ product_quality+ staff+")
r("uk", FL, V_UK6, {"dumka": "Нарешті прибрали ту дурну рекламу з головного екрана, і переказ на картку тепер у два кліки"},
  (8, 7.5, 9, 7.5), "website_app+")
r("uk", FL, V_UK6, {"dumka": "після оновлення не пускає по відбитку пальця, щоразу ввожу пін. ну таке"},
  (4.5, 4.5, 3.5, 5), "website_app-")
r("uk", EMP, V_UK7, {"cherez_rik": True, "zadovolennia": 4,
                     "dodaty": "Колектив чудовий, завжди підстрахують. Але графік складають в останній момент, нічого не можна спланувати наперед"},
  (7, 7, 6, 8), "colleagues+ workload-", "mixed")
r("uk", EMP, V_UK7, {"cherez_rik": False, "zadovolennia": 2,
                     "dodaty": "Зарплату не індексували вже два роки, а на навчання, яке обіцяли при прийомі, так і не відправили. Шукаю інше місце"},
  (2, 2, 3.5, 1), "pay- growth-")


# --------------------------------------------------------------------------------------------------------------- French
V_FR1 = survey("maison-brindille-epicerie-fr-v",
               q("nps", "nps", "Quelle est la probabilité que vous recommandiez Maison Brindille à un proche ?"),
               q("produits", "csat", "Êtes-vous satisfait(e) des produits reçus ?", (1, 5)),
               q("avis", "text", "Un commentaire sur votre commande ?"))
V_FR2 = survey("voltea-energie-sms-fr-v",
               q("resolu", "yes_no", "Votre demande a-t-elle été réglée lors de ce contact ?", perspective="ease"),
               q("sms", "text", "Répondez à ce SMS pour nous en dire plus."))
V_FR3 = survey("panier-vert-caisse-auto-fr-v",
               q("facile", "ces", "Payer à la caisse automatique a été facile.", (1, 7)),
               q("mot", "text", "Un petit mot ? (facultatif)"))
V_FR4 = survey("cinema-lumen-reservation-fr-v",
               q("note", "rating", "De 1 à 10, que pensez-vous de notre nouveau site de réservation ?", (1, 10),
                 perspective="satisfaction"),
               q("pourquoi", "text", "Qu'est-ce qui vous a plu ou gêné ?"))
V_FR5 = survey("brasserie-chez-mireille-fr-v",
               q("retour", "yes_no", "Reviendrez-vous manger chez nous ?", perspective="loyalty"),
               q("repas", "text", "Racontez-nous votre repas en quelques mots."))
V_FR6 = survey("flash-optique-vanderbeke-fr-v",
               q("phrase", "text", "En une phrase : votre dernière visite chez Optique Vanderbeke ?"))
V_FR7 = survey("transports-lambotte-pulse-fr-v",
               q("enps", "nps", "Recommanderiez-vous Transports Lambotte comme employeur à un ami ?"),
               q("charge", "rating", "Ma charge de travail est supportable.", (1, 5)),
               q("direction", "text", "Que voudriez-vous dire à la direction ?"))
V_FR8 = survey("piscine-nenuphars-borne-fr-v",
               q("revenir", "yes_no", "Reviendrez-vous nager aux Nénuphars ?", perspective="loyalty"))

r("fr", E, V_FR1, {"nps": 9, "produits": 5,
                   "avis": "Le thé fumé est une merveille, et le colis était emballé avec un soin fou, aucun pot en verre cassé."},
  (9, 9, 8, 8.5), "product_quality+ delivery+")
r("fr", E, V_FR1, {"nps": 4, "produits": 3,
                   "avis": "Trois semaines pour recevoir ma commande alors que le site annonçait 48h. Aucun mail pour signaler le retard, j'ai dû aller aux nouvelles moi-même."},
  (4, 4, 4, 3.5), "delivery- communication-")
r("fr", E, V_FR1, {"nps": 7, "produits": 4,
                   "avis": "Bons produits mais franchement chers vu la quantité... 9€ le petit pot de confiture, faut oser."},
  (6.5, 6.5, 7, 5.5), "product_quality+ price-", "mixed")
r("fr", E, V_FR1, {"nps": 9, "produits": 4,
                   "avis": "Commande prélevée en double sur ma carte, ça traîne depuis dix jours et le remboursement se fait attendre. Inadmissible."},
  (4.5, 7, 3, 4.5), "billing-", "contradiction",
  "NPS 9 beside an angry double-charge complaint: recommendation kept up by the score, the others pulled down by the comment.")
r("fr", E, V_FR1, {"nps": 8, "produits": 4,
                   "avis": "commande recue vite, le the vert est top mais une des boites est arrivee ecrasee, dommage"},
  (7, 8, 7.5, 7.5), "product_quality+ delivery-", "mixed no_diacritics",
  "Typed without accents; good tea, one box crushed in transit, so delivery is a mild minus against fairly high scores.")

r("fr", SMS, V_FR2, {"resolu": True,
                     "sms": "Conseillère très aimable, elle a corrigé mon relevé de compteur en deux minutes chrono. Merci Sandrine !"},
  (9, 8.5, 9, 8.5), "staff+ waiting_time+")
r("fr", SMS, V_FR2, {"resolu": False, "sms": "45 minutes de musique d'attente, tout ça pour s'entendre dire de rappeler lundi. Top."},
  (1.5, 1.5, 1, 3), "waiting_time-", "sarcasm",
  "'Top.' is sarcastic: a long hold for no answer, read as a clear complaint; loyalty less low as an energy contract is sticky.")
r("fr", SMS, V_FR2, {"resolu": True, "sms": "c'est réglé merci"}, (7.5, 7, 8, 7), cases="short",
  note="Two words confirming the fix: labels near the yes on resolution, no theme.")
r("fr", SMS, V_FR2, {"resolu": False,
                     "sms": "Mon acompte mensuel a doublé depuis janvier sans aucune explication. Un technicien devait me recontacter « sous 48h », j'attends toujours."},
  (2, 2, 1.5, 2), "billing- communication-")

r("fr", KIO, V_FR3, {"facile": 7, "mot": None}, (8, 7.5, 10, 7.5))
r("fr", KIO, V_FR3, {"facile": 2,
                     "mot": "le scanner lit pas la moitié des codes-barres, faut appeler une vendeuse à chaque article et attendre qu'elle arrive..."},
  (2.5, 3, 1.5, 4), "website_app- waiting_time-")
r("fr", KIO, V_FR3, {"facile": 6, "mot": "Aucun souci, pas bloqué une seule fois cette fois-ci 👍"},
  (8, 7.5, 9, 7.5), "website_app+", "negation",
  "'Aucun souci, pas bloqué' is praise phrased as negations: the checkout worked, labels follow the high ease answer.")
r("fr", KIO, V_FR3, {"facile": 4,
                     "mot": "Les prix à l'écran ne correspondent pas à ceux en rayon, j'ai payé le beurre 1,20 € de plus que l'étiquette."},
  (3.5, 4, 4.5, 4.5), "billing-")

r("fr", WEB, V_FR4, {"note": 8, "pourquoi": "Bien plus clair que l'ancien, on voit enfin quelles places sont libres et on réserve en deux clics."},
  (8, 8, 9, 8), "website_app+")
r("fr", WEB, V_FR4, {"note": 3,
                     "pourquoi": "Impossible de modifier une réservation, et le mail de confirmation n'arrive jamais. Au final j'ai téléphoné au guichet."},
  (2.5, 3, 2, 4), "website_app- communication-")
r("fr", WEB, V_FR4, {"note": 6, "pourquoi": "Ça dépanne. Perso je préférais acheter mes tickets au guichet, on papotait un peu avec la dame."},
  (5.5, 5.5, 6, 6))
r("fr", WEB, V_FR4, {"note": 9,
                     "pourquoi": "site catastrophique, mes places ont sauté pendant le paiement Bancontact, retour à la case départ, vingt minutes de perdues"},
  (6, 3.5, 1.5, 4.5), "website_app-", "contradiction",
  "Rating 9 next to a furious comment on the payment step: satisfaction kept up by the score, ease and the rest pulled down.")

r("fr", QR, V_FR5, {"retour": True,
                    "repas": "Carbonnades comme chez ma grand-mère, frites bien croustillantes, serveur adorable. Et l'addition reste raisonnable !"},
  (9, 9, 8, 9), "product_quality+ staff+ price+")
r("fr", QR, V_FR5, {"retour": False,
                    "repas": "Le repas en soi était correct, rien à redire là-dessus. Mais franchement, entre les travaux dans la rue qui durent depuis des mois, les barrières partout et aucune place libre dans un rayon de dix minutes à pied, venir chez vous devient une expédition. On a tourné vingt minutes dans le quartier avec ma belle-mère qui marche difficilement, pour finir dans un parking privé hors de prix. Ce n'est pas votre faute, je sais bien, mais tant que le chantier n'est pas terminé on ira ailleurs. Dommage."},
  (5, 4.5, 3, 2), "product_quality+", "long off_topic",
  "Long complaint about road works and parking (no theme covers them) with only the food praised; the no to returning sets loyalty low, access sets ease low.")
r("fr", QR, V_FR5, {"retour": None, "repas": "Service un peu lent en terrasse mais les croquettes aux crevettes valaient l'attente."},
  (7, 7, 6, 7), "waiting_time- product_quality+", "skipped mixed",
  "Return question skipped: loyalty inferred from the pleased comment, ease nudged down by the slow service.")

r("fr", FL, V_FR6, {"phrase": "Opticien très patient, une vingtaine de montures essayées et pas un soupir de sa part."},
  (8.5, 8.5, 8, 8), "staff+")
r("fr", FL, V_FR6, {"phrase": "Mes verres devaient être prêts en une semaine, il en a fallu trois, et pas un coup de fil de leur côté pour prévenir."},
  (3, 3.5, 3, 4), "waiting_time- communication-")
r("fr", FL, V_FR6, {"phrase": "accueil nickel, mais le prix d'une paire de progressifs est toujours aussi salé"},
  (6, 6, 6.5, 5.5), "staff+ price-", "mixed")

r("fr", EMP, V_FR7, {"enps": 8, "charge": 4,
                     "direction": "L'équipe de nuit est soudée, on rigole bien, et le nouveau chef d'entrepôt écoute vraiment ce qu'on lui dit."},
  (8, 8, 7, 8), "colleagues+ management+")
r("fr", EMP, V_FR7, {"enps": 3, "charge": 1,
                     "direction": "On fait des heures sup tous les samedis depuis septembre et la prime qu'on nous avait promise n'est jamais tombée."},
  (2.5, 3, 2, 2.5), "workload- pay-")
r("fr", EMP, V_FR7, {"enps": 6, "charge": 3,
                     "direction": "Correct dans l'ensemble. J'aimerais qu'on ouvre les formations cariste aux intérimaires aussi, pas seulement aux CDI."},
  (5.5, 6, 6, 6), "growth-")

r("fr", KIO, V_FR8, {"revenir": True}, (7, 7, 7, 8))
r("fr", KIO, V_FR8, {"revenir": False}, (3, 3, 4.5, 2))

# -------------------------------------------------------------------------------------------------------------- Russian
V_RU1 = survey("pereplyot-knigi-ru-v",
               q("nps", "nps", "Насколько вероятно, что вы порекомендуете магазин «Переплёт» друзьям или знакомым?"),
               q("pochemu", "text", "Почему вы поставили именно такую оценку?"))
V_RU2 = survey("setlain-podderzhka-sms-ru-v",
               q("csat", "csat", "Оцените, пожалуйста, работу службы поддержки от 1 до 5.", (1, 5)),
               q("uluchshit", "text", "Что нам стоит улучшить? Просто ответьте на это сообщение."))
V_RU3 = survey("poliklinika-terminal-talon-ru-v",
               q("usilie", "ces_effort", "Сколько усилий потребовалось, чтобы взять талон через терминал? (1 — совсем мало, 5 — очень много)", (1, 5)),
               q("kommentariy", "text", "Комментарий (необязательно)"))
V_RU4 = survey("goryacho-dostavka-sait-ru-v",
               q("sait", "text", "Что нам стоит улучшить на сайте «Горячо»?"))
V_RU5 = survey("kofeinya-zerno-chek-ru-v",
               q("vizit", "rating", "Оцените ваш визит от 1 до 10", (1, 10), perspective="satisfaction"),
               q("vernetes", "yes_no", "Зайдёте к нам ещё?", perspective="loyalty"),
               q("slova", "text", "Пара слов о визите"))
V_RU6 = survey("festival-letniy-dvor-opros-ru-v",
               q("istochnik", "single_choice", "Как вы узнали о фестивале?",
                 options=["От друзей", "Из соцсетей", "Увидел(а) афишу", "Другое"]),
               q("zapomnilos", "text", "Что вам запомнилось больше всего?"))
V_RU7 = survey("karavai-pekarni-pulse-ru-v",
               q("cherez_god", "yes_no", "Планируете ли вы работать в «Каравае» через год?", perspective="loyalty"),
               q("dovolny", "rating", "Насколько вы довольны работой в целом? (1–5)", (1, 5), perspective="satisfaction"),
               q("skazat", "text", "Что бы вы хотели сказать руководству?"))

r("ru", E, V_RU1, {"nps": 10, "pochemu": "Книги пришли в плёнке, ни одного помятого уголка. Курьер заранее позвонил и предупредил, во сколько будет."},
  (9, 10, 8.5, 9), "delivery+ communication+")
r("ru", E, V_RU1, {"nps": 0, "pochemu": "Всё очень понравилось, заказываю уже третий раз, всем советую!!"},
  (8.5, 9, 8, 9), cases="reversed_scale",
  note="NPS 0 next to 'всем советую!!' and repeat orders: evidently a reversed scale, labelled from the comment.")
r("ru", E, V_RU1, {"nps": 5, "pochemu": "Цены выше, чем на маркетплейсах, рублей на 200-300 за книгу. Зато выбор хороший, есть редкие издания."},
  (5.5, 5, 7, 4.5), "price- product_quality+", "mixed")
r("ru", E, V_RU1, {"nps": 8, "pochemu": None}, (7.5, 8, 7, 7.5))

r("ru", SMS, V_RU2, {"csat": 5, "uluchshit": "Мастер приехал буквально через пару часов, всё наладил и ещё показал, как правильно перезагружать роутер. Спасибо!"},
  (9.5, 9, 9, 9), "staff+ waiting_time+")
r("ru", SMS, V_RU2, {"csat": 5, "uluchshit": "Интернет как не работал, так и не работает. Пишу вам уже третий раз, в ответ одни шаблонные отписки."},
  (5.5, 2.5, 1.5, 2.5), "product_quality- communication-", "contradiction",
  "CSAT 5 against an angry comment: satisfaction kept partly up by the score, the comment pulls the other perspectives down.")
r("ru", SMS, V_RU2, {"csat": 3, "uluchshit": "оператор вежливый, но висел на линии минут сорок, не меньше"},
  (5, 5, 3.5, 5.5), "staff+ waiting_time-", "mixed")

r("ru", KIO, V_RU3, {"usilie": 1, "kommentariy": None}, (8, 7.5, 10, 7.5))
r("ru", KIO, V_RU3, {"usilie": 4, "kommentariy": "Терминал зависал два раза, бабушки за спиной ругались. В итоге пошла в регистратуру, а там очередь до двери."},
  (3, 3, 2, 4), "website_app- waiting_time-")
r("ru", KIO, V_RU3, {"usilie": 2, "kommentariy": "норм"}, (6.5, 6, 7.5, 6), cases="short",
  note="One-word 'норм': lukewarm, labels near the fairly low effort answer, no theme.")

r("ru", WEB, V_RU4, {"sait": "Фильтр по ресторанам вообще не работает, показывает даже закрытые. Исправьте уже наконец."},
  (3, 3, 3, 4), "website_app-")
r("ru", WEB, V_RU4, {"sait": "Сайт норм, но checkout какой-то laggy, и промокод не применился, хотя в корзине discount показывался. В итоге списали полную сумму 😡"},
  (4, 4, 3.5, 4.5), "website_app- billing-", "code_switching mixed",
  "Russian mixed with English words; the slow checkout and the full amount charged despite the promo code are the complaints.")

r("ru", QR, V_RU5, {"vizit": 9, "vernetes": True, "slova": "Раф на кокосовом просто космос, а бариста запомнила, как меня зовут ☺️"},
  (9, 9, 8.5, 9.5), "product_quality+ staff+")
r("ru", QR, V_RU5, {"vizit": 2, "vernetes": False,
                    "slova": "Ну просто прекрасно: капучино едва тёплый, на столе крошки от прошлых гостей, зато ценник как в Москва-Сити. Спасибо, больше не надо."},
  (1.5, 1.5, 4, 1), "product_quality- cleanliness- price-", "sarcasm",
  "'Ну просто прекрасно' is sarcastic and matches the low rating and the no to returning; ease not really touched, set low-middle.")
r("ru", QR, V_RU5, {"vizit": 7, "vernetes": True,
                    "slova": "Претензий никаких. Не шедевр, но и не разочаровало, хожу сюда в основном потому, что рядом с офисом."},
  (7, 6.5, 7.5, 7.5), cases="negation",
  note="'Претензий никаких' is a negated complaint: no theme, labels follow the 7 and the yes, loyalty held by the location rather than love.")

r("ru", FL, V_RU6, {"istochnik": "Из соцсетей",
                    "zapomnilos": "Очереди за едой по полчаса, а туалетов на всю площадку три штуки, и те грязные."},
  (3, 3, 3, 3.5), "waiting_time- cleanliness-")
r("ru", FL, V_RU6, {"istochnik": None,
                    "zapomnilos": "Музыка супер, организаторы молодцы, билеты недорогие. В следующем году обязательно приду снова!"},
  (9, 8.5, 7.5, 9), "product_quality+ staff+ price+", "skipped",
  "The source question is skipped; everything inferred from an enthusiastic comment that also promises a return.")
r("ru", FL, V_RU6, {"istochnik": "Другое",
                    "zapomnilos": "Сам фестиваль, может, и неплохой, но я живу в доме напротив и вот что хочу сказать. Три вечера подряд до одиннадцати бухает бас так, что дрожат стёкла, ребёнок не может уснуть. Машину поставить негде, все дворы забиты машинами гостей, в субботу меня так заперли, что я не смог выехать на работу. Мусор после вас убрали только в понедельник утром. Я не против праздников, но согласуйте хотя бы время с жителями и организуйте нормальную парковку, иначе в следующем году буду писать в управу."},
  (2, 1.5, 3.5, 2), "cleanliness-", "long off_topic",
  "A neighbour's long complaint, mostly noise and parking (no theme); only the rubbish left until Monday is a cleanliness complaint.")

r("ru", EMP, V_RU7, {"cherez_god": True, "dovolny": 4,
                     "skazat": "Коллектив дружный, старшая смены всегда подменит, если надо. Зарплату бы поднять хоть немного."},
  (7, 7, 6.5, 7.5), "colleagues+ management+ pay-", "mixed")
r("ru", EMP, V_RU7, {"cherez_god": False, "dovolny": 2,
                     "skazat": "Смены по 12 часов без нормального перерыва, людей на графике не хватает. Управляющая только кричит."},
  (2, 2, 2, 1.5), "workload- management-")


# -------------------------------------------------------------------------------------------------------------- Spanish
V_ES1 = survey("cardenal-calzado-es-v",
               q("nps", "nps", "¿Qué tan probable es que recomiendes Calzado Cardenal a un amigo o familiar?"),
               q("producto", "csat", "¿Qué tan satisfecho quedaste con tus zapatos?", (1, 5)),
               q("comentario", "text", "¿Algo más que quieras contarnos de tu compra?"))
V_ES2 = survey("conectamas-soporte-sms-v",
               q("resuelto", "yes_no", "ConectaMás: ¿quedó resuelta tu falla de internet? Responde SÍ o NO",
                 perspective="ease"),
               q("texto", "text", "Cuéntanos en un mensaje cómo te atendimos"))
V_ES3 = survey("cinemas-aurora-kiosko-v",
               q("visita", "csat", "¿Cómo calificas tu visita a Cinemas Aurora hoy? (1 = muy mala, 5 = excelente)",
                 (1, 5)),
               q("porque", "text", "¿Por qué? (opcional)"))
V_ES4 = survey("predial-enlinea-widget-v",
               q("facil", "ces", "Pagar mi predial en línea fue fácil.", (1, 7)),
               q("mejora", "text", "¿Qué mejorarías de este sitio?"))
V_ES5 = survey("tacos-dona-lupe-qr-v",
               q("volver", "yes_no", "¿Regresarías a Tacos Doña Lupe?", perspective="loyalty"),
               q("cuentanos", "text", "Cuéntanos de tu visita"))
V_ES6 = survey("farmacias-delparque-flash-v",
               q("frase", "text", "En una frase: ¿cómo te fue hoy en Farmacias Del Parque?"))
V_ES7 = survey("pulso-cedis-norte-v",
               q("enps", "nps", "¿Qué tan probable es que recomiendes el CEDIS Norte como lugar de trabajo?"),
               q("carga", "rating", "Mi carga de trabajo es razonable (1 = nada de acuerdo, 5 = totalmente de acuerdo).",
                 (1, 5)),
               q("sugerencia", "text", "¿Qué le dirías a la dirección si pudieras?"))
V_ES8 = survey("posada-azul-hotel-v",
               q("estancia", "rating", "Del 1 al 10, ¿cómo calificarías tu estancia en Posada Azul?", (1, 10),
                 perspective="satisfaction"),
               q("checkin", "ces_effort", "¿Cuánto esfuerzo te costó hacer el check-in? (1 = nada, 5 = muchísimo)",
                 (1, 5)),
               q("regreso", "yes_no", "¿Te volverías a hospedar con nosotros?", perspective="loyalty"),
               q("comentarios", "text", "Comentarios adicionales"))

r("es", E, V_ES1, {"nps": 9, "producto": 5,
                   "comentario": "Los tenis llegaron un día antes de lo que decía la guía y me quedaron perfectos, ya es mi tercer par con ustedes"},
  (9, 9, 8, 9), "delivery+ product_quality+")
r("es", E, V_ES1, {"nps": 4, "producto": 2,
                   "comentario": "A las botas se les despegó la suela en menos de quince días. Pedí el cambio por correo y nadie me contesta desde hace una semana 😒"},
  (2.5, 3.5, 3, 3), "product_quality- communication-")
r("es", E, V_ES1, {"nps": 9, "producto": 4,
                   "comentario": "Pésimo servicio. El pedido salió cargado doble en mi tarjeta, el banco dice que lo revisen ustedes y ustedes mandan a reclamar al banco. Ya van 10 días y nada."},
  (4, 7, 2.5, 4), "billing-", "contradiction",
  "NPS 9 with an angry double-charge complaint: recommendation kept fairly high by the score, the other perspectives pulled down by the comment.")
r("es", E, V_ES1, {"nps": 0, "producto": 5,
                   "comentario": "Me encantaron!! súper cómodos y llegaron rapidísimo, ya se los recomendé a mi hermana"},
  (9.5, 9.5, 8.5, 9), "product_quality+ delivery+", "reversed_scale",
  "NPS 0 next to CSAT 5 and a comment saying she already recommended them: evident scale reversal, labelled from the comment.")

r("es", SMS, V_ES2, {"resuelto": True,
                     "texto": "El técnico vino el mismo día, súper amable y me dejó el módem configurado. 10/10"},
  (9, 9, 8.5, 8.5), "staff+ waiting_time+")
r("es", SMS, V_ES2, {"resuelto": False,
                     "texto": "3 llamadas y sigo sin internet. Cada vez que marco me toca explicar todo desde cero y luego media hora en espera"},
  (1.5, 1.5, 1, 2), "product_quality- waiting_time-")
r("es", SMS, V_ES2, {"resuelto": True,
                     "texto": "No tengo ninguna queja, nadie me hizo esperar y no me estuvieron pasando de un área a otra como otras veces"},
  (8.5, 8, 9, 8), "waiting_time+", "negation",
  "Praise phrased through negations (no complaint, nobody made me wait): read as positive, ease above the yes anchor.")
r("es", SMS, V_ES2, {"resuelto": True,
                     "texto": "Ya quedó, thanks. Pero el chatbot es bien useless, nomás me mandaba links y al final el agente me dijo que es un known issue del router so quién sabe si vuelva a fallar 🤷"},
  (6, 6, 6, 6), "website_app-", "code_switching mixed",
  "Spanish mixed with English; fixed (ease anchored on yes) but the chatbot complaint and doubt about a relapse keep everything middling.")
r("es", SMS, V_ES2, {"resuelto": True, "texto": None}, (7.5, 7, 8, 7))

r("es", KIO, V_ES3, {"visita": 5, "porque": "Sala limpiecita y las palomitas recién hechas"},
  (9.5, 9, 8.5, 9), "cleanliness+ product_quality+")
r("es", KIO, V_ES3, {"visita": 2, "porque": "el aire acondicionado a todo lo que da, salimos congelados de la función"},
  (2.5, 3, 4, 3.5), "", "off_topic",
  "Only the temperature is blamed, which no theme covers; satisfaction anchored on CSAT 2, the rest near it.")
r("es", KIO, V_ES3, {"visita": None, "porque": "Los baños de la planta alta sin papel otra vez"},
  (4, 4.5, 5, 5), "cleanliness-", "skipped",
  "Rating skipped; labels inferred from a single hygiene complaint, mildly negative.")

r("es", WEB, V_ES4, {"facil": 2,
                     "mejora": "La página se traba justo cuando pones la tarjeta, lo intenté 4 veces y encima aparece el cargo doble"},
  (1.5, 2, 1, 3.5), "website_app- billing-",
  note="Municipal tax portal: loyalty is not really a choice, set low-middling rather than at the bottom.")
r("es", WEB, V_ES4, {"facil": 7, "mejora": "Nada, ahora sí está muy práctico, en 5 min ya tenía mi recibo"},
  (8.5, 8, 9.5, 7.5), "website_app+")
r("es", WEB, V_ES4, {"facil": 5, "mejora": None}, (6.5, 6, 6.5, 6))

r("es", QR, V_ES5, {"volver": True,
                    "cuentanos": "Los de pastor buenísimos y a buen precio, nomás que se tardan un buen en traer la cuenta"},
  (8, 8.5, 7, 8.5), "product_quality+ price+ waiting_time-", "mixed")
r("es", QR, V_ES5, {"volver": False,
                    "cuentanos": "Qué bonito esperar 50 minutos por tres quesadillas frías. Felicidades al chef 👏"},
  (1, 1, 2.5, 1.5), "waiting_time- product_quality-", "sarcasm",
  "Sarcastic congratulations read as complaints about the wait and cold food; loyalty anchored on the no.")
r("es", QR, V_ES5, {"volver": True, "cuentanos": None}, (7.5, 7.5, 7, 8))

r("es", FL, V_ES6, {"frase": "bien, normal"}, (6.5, 6, 6.5, 6), "", "short",
  note="Two lukewarm words and nothing else: all perspectives set a little above the middle.")
r("es", FL, V_ES6, {"frase": "La muchacha de la caja me ayudó a encontrar el genérico y salió mucho más barato 🙌"},
  (8.5, 8.5, 8, 8), "staff+ price+")
r("es", FL, V_ES6, {"frase": "Sé que la farmacia no tiene la culpa, pero desde que arrancó la construcción del edificio de junto ya no hay dónde estacionarse. Hoy di como cinco vueltas a la manzana, terminé dejando el carro en doble fila con las intermitentes y cuando salí ya tenía a un franelero pidiéndome 30 pesos. Además el polvo y el ruido de la obra están insoportables. Si pudieran hablar con la plaza para habilitar aunque sea unos cajones para clientes se los agradecería muchísimo, porque así la verdad me dan ganas de irme a otra sucursal."},
  (5, 5, 3.5, 4.5), "", "long off_topic",
  "Long complaint about parking and building work, which no theme covers: no themes, ease and loyalty lowered by the hassle and the threat to switch branch.")

r("es", EMP, V_ES7, {"enps": 8, "carga": 4,
                     "sugerencia": "Buen equipo, todos se echan la mano. Y el bono de puntualidad sí ayuda bastante"},
  (8, 8, 7.5, 8), "colleagues+ pay+")
r("es", EMP, V_ES7, {"enps": 3, "carga": 1,
                     "sugerencia": "Turnos de 12 horas casi diario porque no contratan a nadie, y el supervisor nomás sabe gritar"},
  (2, 3, 2, 2.5), "workload- management-")
r("es", EMP, V_ES7, {"enps": 10, "carga": 2,
                     "sugerencia": "La neta ya me quiero ir, aquí no hay manera de crecer. Cuatro años atorado haciendo lo mismo y los cursos que nos prometieron nunca llegaron"},
  (3, 7, 4, 2), "growth-", "contradiction",
  "eNPS 10 against a comment about wanting to leave: recommendation kept up by the score, satisfaction and loyalty set by the comment.")
r("es", EMP, V_ES7, {"enps": 6, "carga": 3,
                     "sugerencia": "Pues ahí va. Lo que pagan no alcanza para nada, pero con los compañeros me llevo bien"},
  (5.5, 6, 5.5, 5.5), "pay- colleagues+", "mixed")

r("es", E, V_ES8, {"estancia": 9, "checkin": 1, "regreso": True,
                   "comentarios": "Cuarto enorme y con vista al mar, el desayuno buffet muy completo. Las toallas olían a humedad, eso sí"},
  (8.5, 8.5, 9.5, 9), "product_quality+ cleanliness-", "mixed")
r("es", E, V_ES8, {"estancia": 6, "checkin": 4, "regreso": False,
                   "comentarios": "el hotel esta bonito pero nos tuvieron 1 hora esperando para entrar al cuarto y en recepcion nadie sabia nada de nuestra reservacion, ademas el precio por noche esta carisimo para lo que ofrecen"},
  (4.5, 4, 2.5, 2.5), "waiting_time- staff- price-", "no_diacritics mixed",
  "Typed without accents; satisfaction pulled below the 6 by three complaints, ease anchored on effort 4, loyalty on the no.")
r("es", E, V_ES8, {"estancia": 8, "checkin": 2, "regreso": True,
                   "comentarios": "Todo bien, la alberca muy agradable. Lo malo fue la factura, la tuve que pedir 3 veces por correo"},
  (7.5, 7.5, 7, 8), "product_quality+ billing- communication-", "mixed")

# -------------------------------------------------------------------------------------------------------------- Turkish
V_TR1 = survey("pusula-kitap-tr-v",
               q("nps", "nps", "Pusula Kitap'ı bir arkadaşınıza tavsiye etme olasılığınız nedir?"),
               q("neden", "text", "Bu puanı vermenizin ana nedeni nedir?"))
V_TR2 = survey("agnet-destek-sms-v",
               q("efor", "ces_effort", "AğNet: Sorununuzu çözdürmek için ne kadar uğraştınız? (1 = çok az, 5 = çok fazla)",
                 (1, 5)),
               q("temsilci", "csat", "Temsilcimizden ne kadar memnun kaldınız? 1-5", (1, 5)),
               q("yorum", "text", "Eklemek istediğiniz bir şey var mı?"))
V_TR3 = survey("basak-firin-kiosk-v",
               q("puan", "rating", "Bugünkü alışverişinizi 1 ile 10 arasında puanlayın", (1, 10),
                 perspective="satisfaction"),
               q("not", "text", "Eklemek istedikleriniz (isteğe bağlı)"))
V_TR4 = survey("sifa-randevu-widget-v",
               q("kolay", "ces", "Online randevu almak kolaydı.", (1, 7)),
               q("oneri", "text", "Neyi geliştirmemizi istersiniz?"))
V_TR5 = survey("karakoy-lokanta-qr-v",
               q("tekrar", "yes_no", "Bizi tekrar ziyaret eder misiniz?", perspective="loyalty"),
               q("yorum", "text", "Yemeğiniz nasıldı?"))
V_TR6 = survey("mavikapi-anlik-anket-v",
               q("soz", "text", "Tek cümleyle: Mavi Kapı mağazasına son ziyaretiniz nasıldı?"))
V_TR7 = survey("yildiz-lojistik-nabiz-v",
               q("enps", "nps", "Yıldız Lojistik'i çalışılacak bir yer olarak tavsiye eder misiniz? (0-10)"),
               q("kalmak", "yes_no", "Bir yıl sonra hâlâ burada çalışıyor olacağınızı düşünüyor musunuz?",
                 perspective="loyalty"),
               q("mesaj", "text", "Yönetime iletmek istediğiniz bir şey var mı?"))

r("tr", E, V_TR1, {"nps": 10,
                   "neden": "Kitaplar özenle paketlenmişti, ertesi gün kapımdaydı. Fiyatlar da diğer sitelere göre gayet uygun"},
  (9, 9.5, 8.5, 9), "delivery+ price+")
r("tr", E, V_TR1, {"nps": 5,
                   "neden": "Sipariş ettiğim kitabın yerine başka bir baskısı geldi, iade formunu doldurdum hâlâ ses seda yok"},
  (3.5, 4.5, 3, 4), "product_quality- communication-")
r("tr", E, V_TR1, {"nps": None, "neden": "Kargo firmanızı artık değiştirin, her seferinde kutu ezik geliyor"},
  (4, 4, 5, 4.5), "delivery-", "skipped",
  "NPS skipped; labels inferred from a repeated delivery complaint, moderately negative.")
r("tr", E, V_TR1, {"nps": 9,
                   "neden": "Rezalet. Kartımdan iki kere çekim yapıldı, müşteri hizmetlerine ulaşmak imkânsız, 40 dakika hatta bekledim kimse açmadı."},
  (2, 7, 1.5, 3), "billing- waiting_time-", "contradiction",
  "NPS 9 with a furious comment: recommendation kept up by the score, the other perspectives set by the double charge and the wait.")

r("tr", SMS, V_TR2, {"efor": 1, "temsilci": 5, "yorum": "Elif Hanım çok ilgiliydi, 5 dakikada hallettik, teşekkürler"},
  (9.5, 9, 10, 9), "staff+ waiting_time+")
r("tr", SMS, V_TR2, {"efor": 5, "temsilci": 2,
                     "yorum": "3 gundur internet yok, her aradigimda ayni seyleri soruyorlar modemi kapatip acin diye. teknisyen gelecek dendi gelen giden yok"},
  (1.5, 1.5, 0.5, 2), "product_quality- staff-", "no_diacritics",
  "Typed without Turkish letters; ease anchored on maximum effort, everything else low from the outage and unhelpful agents.")
r("tr", SMS, V_TR2, {"efor": 3, "temsilci": 4,
                     "yorum": "Temsilcinin hiçbir kusuru yoktu ama sorun tam çözülmedi sanki, akşamları hâlâ yavaşlıyor"},
  (5, 5.5, 5, 5.5), "staff+ product_quality-", "negation mixed",
  "'No fault at all' is praise for the agent, while the connection is still slow: middling labels around the effort anchor.")

r("tr", KIO, V_TR3, {"puan": 10, "not": "Simitler sıcacık 😍"}, (9.5, 9, 8.5, 9), "product_quality+")
r("tr", KIO, V_TR3, {"puan": 4, "not": "Kasada tek kişi vardı, sıra kapıya kadar uzadı"},
  (4, 4, 3, 4.5), "waiting_time-")
r("tr", KIO, V_TR3, {"puan": 7, "not": None}, (7, 6.5, 6.5, 6.5))

r("tr", WEB, V_TR4, {"kolay": 6,
                     "oneri": "Gayet pratik ama onay SMS'i gelmedi, randevum alındı mı emin olamadım"},
  (7, 7, 7, 7), "website_app+ communication-", "mixed")
r("tr", WEB, V_TR4, {"kolay": 1, "oneri": None}, (2.5, 2.5, 1, 3.5))

r("tr", QR, V_TR5, {"tekrar": True, "yorum": "İskender efsaneydi, servis yapan çocuk da çok güler yüzlüydü"},
  (9, 9, 8, 9), "product_quality+ staff+")
r("tr", QR, V_TR5, {"tekrar": False,
                    "yorum": "Masadaki kirli tabakları da ikram diye mi bıraktınız, çok incesiniz 🙄"},
  (1.5, 1.5, 4, 1.5), "cleanliness-", "sarcasm",
  "Ironic thanks for leaving dirty plates on the table: read as a hygiene complaint; loyalty anchored on the no.")
r("tr", QR, V_TR5, {"tekrar": True,
                    "yorum": "Yemekler her zamanki gibi çok lezzetliydi, ona lafım yok. Fakat artık buraya gelmek çile oldu: sokakta park yeri bulmak imkânsız, değnekçiler ortalığı sarmış, yirmi dakika dönüp durduk. Üstüne karşıdaki binanın inşaatı yüzünden masada birbirimizin sesini duyamadık, matkap hiç susmadı. Bunlar sizin elinizde değil biliyorum ama belki yakındaki otoparkla bir anlaşma yaparsınız diye yazıyorum. Annemle babam bu yüzden bir daha gelmek istemiyor."},
  (6, 6, 4.5, 6), "product_quality+", "long off_topic mixed",
  "Food praised; the long complaint is about parking and building noise, which no theme covers; loyalty lowered from the yes because the parents won't come again.")

r("tr", FL, V_TR6, {"soz": "idare eder"}, (5.5, 5, 5.5, 5), "", "short",
  note="A lukewarm two-word answer: every perspective set just around the middle.")
r("tr", FL, V_TR6, {"soz": "Reyonlar dağınıktı, aradığım nevresim takımını bulmak için bir çalışana sormak zorunda kaldım, o da pek istekli değildi"},
  (3.5, 3.5, 3, 4), "cleanliness- staff-")

r("tr", EMP, V_TR7, {"enps": 8, "kalmak": True,
                     "mesaj": "Ekip arkadaşlarım sayesinde dayanıyorum ama terfi konusunda kimse net bir şey söylemiyor"},
  (6.5, 7.5, 6, 7.5), "colleagues+ growth-", "mixed")
r("tr", EMP, V_TR7, {"enps": 2, "kalmak": False,
                     "mesaj": "Zamlar enflasyonu karşılamıyor, maaşla ay sonunu getiremiyoruz, fazla mesailer de ödenmiyor"},
  (2, 2, 3, 1.5), "pay- workload-")
r("tr", EMP, V_TR7, {"enps": 7, "kalmak": True,
                     "mesaj": "Yeni müdür geldiğinden beri toplantılar daha verimli geçiyor, en azından bizi dinliyor"},
  (7.5, 7, 7, 8), "management+")


# ----------------------------------------------------------------------------------------------------- output
def overlap_report():
    """Comments sharing a 4-word sequence with a sentence of the generator's bank or a comment of the validation set
    (there should be none: the split is written independently of both)."""
    return handset.shared_grams(ROWS, handset.reference_grams(HERE, ["validation"]))


def main():
    return handset.write(ROWS, OUT, overlap_report(), "the bank or the validation set")


if __name__ == "__main__":
    sys.exit(main())
