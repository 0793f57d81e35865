#!/usr/bin/env python3
"""Builds models/data/test.jsonl, the hand-labelled test set, from the responses in this file.

    python3 models/data/test_build.py      # rewrites test.jsonl; then check.py validates it

A second hand-labelled set like the validation set (``validation_build.py``), written later and apart from it: 367
responses in the 14 languages (42-45 each in en, pl, de, el, fa, fr and es, 10 in each of the others), on surveys,
brands and comments of their own, by seven writers who did not read the validation set, the calibration split, the
generator or its phrase bank, to the same labelling rules and a similar mix of channels and hard cases. It was
written after every model here was built and is scored once per fit, beside the validation set; nothing is fitted or
chosen on it. Its 4-word sequences are checked against the bank, the validation set and the calibration split
(:func:`leakage_report`; there are none).

Labels, as for the validation set, set by judgement from the whole response:

- a perspective the survey asks about is anchored on its answer mapped to 0-10 (NPS n -> about n; CSAT 1-5 k ->
  (k - 1) * 2.5; CES 1-7 k -> (k - 1) * 10 / 6; legacy effort 1-5 inverted; yes/no -> about 8 / 2), then moved by
  what the comment says;
- a perspective that is not asked is inferred from the comment and the other answers; with no evidence it is set near
  the answered perspectives, pulled a little towards the middle;
- when the comment contradicts the score both count: the score keeps its own perspective fairly high, the comment
  pulls the others down; sarcasm is read for what it means;
- themes are only those the comment itself mentions, with the polarity the respondent gives them.

``cases`` tags the hard cases (contradiction, reversed_scale, sarcasm, negation, mixed, skipped, short, no_diacritics,
finglish, code_switching, long); text_only and no_comment are added automatically. Persian strings use '~' here for
the zero-width non-joiner.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import handset  # noqa: E402
from handset import E, EMP, FL, KIO, QR, SMS, WEB, HandSet, q, survey  # noqa: E402,F401

OUT = os.path.join(HERE, "test.jsonl")
_SET = HandSet("t", handset.TZ, handset.COUNTRY, handset.start)
ROWS = _SET.rows
r = _SET.r


# ----------------------------------------------------------------------------------------------------- English, Italian
# Hand-written, hand-labelled TEST responses: English (45) then Italian (10).
# Labels = (satisfaction, recommendation, ease, loyalty) on 0-10.

# ---------------------------------------------------------------- English surveys
ENT1 = survey("hollybank-plants-email-t",
              q("nps", "nps", "How likely are you to recommend Hollybank Garden Centre's online shop to a friend?"),
              q("csat", "csat", "Overall, how satisfied were you with your order?", scale=(1, 5)),
              q("better", "text", "Is there anything we could have done better?"))
ENT2 = survey("pennard-broadband-sms-t",
              q("csat", "csat", "Pennard Broadband: how happy were you with the help you got today? Reply 1-5",
                scale=(1, 5)),
              q("ces", "ces", "Reply 1-7: Pennard made it easy to get my problem sorted.", scale=(1, 7)),
              q("more", "text", "Anything else you'd like to tell us? Just reply to this text."))
ENT3 = survey("castlegate-leisure-kiosk-t",
              q("smiley", "csat", "How was your visit to Castlegate Leisure Centre today?", scale=(1, 3)))
ENT4 = survey("kingsmead-station-kiosk-t",
              q("smiley", "csat", "How was the ticket office today?", scale=(1, 3)),
              q("tell", "text", "Want to tell us why? (optional)"))
ENT5 = survey("bramble-crumb-qr-t",
              q("score", "rating", "Scan & score: how would you rate today's visit to Bramble & Crumb?", scale=(1, 10),
                perspective="satisfaction"),
              q("again", "yes_no", "Would you pop in again?", perspective="loyalty"),
              q("words", "text", "In your own words"))
ENT6 = survey("fernlea-insurance-widget-t",
              q("effort", "ces_effort", "How much effort did it take to do what you came here to do?", scale=(1, 5)),
              q("why", "text", "What made it easy or hard?"))
ENT7 = survey("lindqvist-lettings-widget-t",
              q("visit", "text", "What did you come to our site to do today, and did you manage it?"))
ENT8 = survey("northwind-air-flash-t",
              q("csat", "csat", "Quick poll: how was your Northwind flight today?", scale=(1, 5)),
              q("most", "single_choice", "What mattered most to you today?",
                options=["Punctuality", "Crew", "Comfort", "Food & drink", "Price"]),
              q("else", "text", "Anything else? (optional)"))
ENT9 = survey("harbourline-pulse-t",
              q("happy", "rating", "On a scale of 1-10, how happy are you working at Harbourline this month?",
                scale=(1, 10), perspective="satisfaction"),
              q("enps", "nps", "How likely are you to recommend Harbourline as a place to work?"),
              q("comment", "text", "What's the one thing that would make the biggest difference?"))
ENT10 = survey("quillon-books-email-t",
               q("story", "text", "Tell us about your Quillon Books order, in your own words."))
ENT11 = survey("aldgate-energy-sms-t",
               q("reply", "text", "Thanks for calling Aldgate Energy. Reply with any comments about your call."))
ENT12 = survey("wattle-co-email-t",
               q("nps", "nps", "How likely are you to recommend Wattle & Co to friends or family?"),
               q("reason", "text", "What's the main reason for your score?"))
ENT13 = survey("rowan-care-pulse-t",
               q("mind", "text", "Anything on your mind this month? Comments are anonymous."))
ENT14 = survey("marlow-pharmacy-qr-t",
               q("csat", "csat", "How satisfied were you with Marlow Street Pharmacy today?", scale=(1, 5)),
               q("comment", "text", "Any comments?"))
ENT15 = survey("cobalt-cycles-email-t",
               q("ces", "ces", "Booking your service with Cobalt Cycles was easy.", scale=(1, 7)),
               q("csat", "csat", "How satisfied are you with the work done on your bike?", scale=(1, 5)),
               q("rebook", "yes_no", "Would you book your next service with us?", perspective="loyalty"),
               q("notes", "text", "Anything you'd like to add?"))
ENT16 = survey("hartleys-washroom-kiosk-t",
               q("clean", "csat", "How clean are our customer toilets right now?", scale=(1, 3)),
               q("more", "text", "Tell us more (optional)"))
ENT17 = survey("orchard-vets-widget-t",
               q("found", "yes_no", "Did you find what you were looking for today?", perspective="ease"),
               q("what", "text", "What were you looking for?"))
ENT18 = survey("tillo-app-update-flash-t",
               q("stars", "rating", "How do you rate today's Tillo app update?", scale=(1, 5),
                 perspective="satisfaction"),
               q("why", "text", "Tell us why (optional)"))

# ---------------------------------------------------------------- English responses
# email (11)
r("en", E, ENT1, {"nps": 9, "csat": 5,
                  "better": "The hellebores turned up in perfect nick, well wrapped, and on the Tuesday when I'd been "
                            "told Wednesday. I'll be back for bulbs in the autumn."},
  (9.5, 9, 8.5, 9), "delivery+ product_quality+")
r("en", E, ENT1, {"nps": 6, "csat": 3,
                  "better": "Plants themselves were healthy enough, but the courier dumped the box on its side by "
                            "the bins and half the compost had spilled out."},
  (5, 6, 5, 5.5), "delivery- product_quality+", "mixed",
  "Healthy plants against a careless courier; middling scores and middling labels.")
r("en", E, ENT1, {"nps": 10, "csat": 5, "better": None}, (10, 10, 8.5, 9))
r("en", E, ENT1, {"nps": 9, "csat": 4,
                  "better": "Shocking. Two payments came out for one order and nobody picks up the phone."},
  (4.5, 7, 2.5, 3.5), "billing- communication-", "contradiction",
  "NPS 9 and CSAT 4 sit against an angry double-charge comment: recommendation stays fairly high, the comment "
  "drags satisfaction, ease and loyalty down.")
r("en", E, ENT15, {"ces": 6, "csat": 4, "rebook": True,
                   "notes": "Sorted the booking online in about two minutes and the mechanic talked me through everything "
                            "he'd done. Only gripe is the bill came to £65, a fair bit over the quote."},
  (7, 7, 8.5, 7.5), "website_app+ staff+ price-", "mixed",
  "Easy booking and a good mechanic, dented by the bill running over the quote.")
r("en", E, ENT15, {"ces": 2, "csat": 2, "rebook": False,
                   "notes": "Three emails plus a phone call just to move my slot by one day, and then the bike "
                            "wasn't ready when I came to collect it."},
  (2, 2, 1, 1.5), "communication- waiting_time-")
r("en", E, ENT15, {"ces": 7, "csat": 5, "rebook": True,
                   "notes": "Bike came back with the front brake rubbing and I had to take it in twice more before "
                            "it was right."},
  (5, 5, 6, 6), "product_quality-", "contradiction",
  "Top CES and CSAT but the comment describes a botched repair and two return trips; the scores keep the labels "
  "from collapsing, the comment pulls them to the middle.")
r("en", E, ENT10, {"story": "Bought a signed edition as my dad's birthday present and it came signed, dedicated to him by "
                            "name and with a little bookmark tucked inside. Lovely touch from a small shop."},
  (9, 8.5, 8, 8.5), "product_quality+")
r("en", E, ENT10, {"story": "Second order with you and both times it's gone without a hitch. Keep doing what you're "
                            "doing."},
  (8.5, 8, 8.5, 8.5))
r("en", E, ENT12, {"nps": 8, "reason": "Sofa's a ripper, comfy as. Took a while to get here mind, eight weeks all "
                                       "up."},
  (7.5, 8, 6.5, 7.5), "product_quality+ delivery-", "mixed",
  "Loves the sofa, grumbles about an eight-week wait.")
r("en", E, ENT12, {"nps": 1, "reason": "Absolutely made up with it, already sent your link to my sister."},
  (9, 8.5, 7.5, 9), "", "reversed_scale",
  "An NPS of 1 next to a delighted comment and a referral already made: the scale was read backwards, labels "
  "follow the comment.")

# SMS support (6)
r("en", SMS, ENT2, {"csat": 5, "ces": 6,
                    "more": "Can't complain at all, everything's been working again since the call."},
  (9.5, 8.5, 8.5, 8.5), "", "negation")
r("en", SMS, ENT2, {"csat": 3, "ces": 4,
                    "more": "Got sorted eventually, but I had to explain the whole thing twice to two different "
                            "people."},
  (5, 4.5, 4, 5), "communication-", "mixed")
r("en", SMS, ENT2, {"csat": 4, "ces": None, "more": "ok thx"},
  (7.5, 7, 7, 7), "", "short skipped", "CSAT 4 and a curt 'ok thx'; ease not answered, set near satisfaction.")
r("en", SMS, ENT2, {"csat": 1, "ces": 1,
                    "more": "Oh brilliant, 52 minutes of hold music so someone could tell me to look at the website. Really made "
                            "my day."},
  (0.5, 1, 0.5, 1.5), "waiting_time-", "sarcasm", "'Brilliant' and 'made my day' are sarcastic; a long hold for "
  "nothing.")
r("en", SMS, ENT11, {"reply": "Bahut badhiya service, problem solved in one call. Thank you ji."},
  (9, 8.5, 9, 8), "", "code_switching", "Hindi-English mix, clearly pleased; one call means high ease.")
r("en", SMS, ENT11, {"reply": "still waiting for the refund you promised me in march"},
  (2, 2, 2, 2.5), "billing-")

# kiosk (6)
r("en", KIO, ENT3, {"smiley": 3}, (10, 8.5, 8.5, 8.5))
r("en", KIO, ENT3, {"smiley": 1}, (0, 2, 2.5, 2.5))
r("en", KIO, ENT4, {"smiley": 1, "tell": "Massive queue. Again."},
  (0.5, 2, 2, 3), "waiting_time-", "short")
r("en", KIO, ENT4, {"smiley": 3, "tell": "Spot on as usual, cheers."},
  (10, 8.5, 8.5, 9))
r("en", KIO, ENT16, {"clean": 1, "more": "Filthy. No soap either."},
  (0.5, 2, 3, 3), "cleanliness-", "short")
r("en", KIO, ENT16, {"clean": 3, "more": "Paper towels strewn across the floor and the hand dryer's broken."},
  (5, 4.5, 5, 5), "cleanliness-", "contradiction",
  "Happy face pressed but the comment describes a mess; both count, so satisfaction lands in the middle.")

# QR receipt (6)
r("en", QR, ENT5, {"score": 9, "again": True,
                   "words": "Best sausage rolls in Leeds, no contest. Bit of a queue on a Saturday but worth it."},
  (9, 8.5, 7.5, 9), "product_quality+ waiting_time-", "mixed")
r("en", QR, ENT5, {"score": 4, "again": False, "words": "£4.20 for a flat white is taking the mick."},
  (3, 3, 4.5, 2), "price-")
r("en", QR, ENT5, {"score": 7, "again": True, "words": None}, (6.5, 7, 7, 8))
r("en", QR, ENT14, {"csat": 4,
                    "comment": "The pharmacist spent a good while going through my new tablets with me, which I "
                               "appreciated. Shame the prescription wasn't ready when your text said it would be."},
  (6.5, 7, 6, 7), "staff+ communication-", "mixed")
r("en", QR, ENT14, {"csat": 5, "comment": "Nobody could fault the staff, and the shop was spotless."},
  (9.5, 9, 8.5, 9), "staff+ cleanliness+", "negation")
r("en", QR, ENT14, {"csat": 2,
                    "comment": "Not once have I been in there and not had to wait twenty minutes, even for a "
                               "collection, and there's only ever one person on the till."},
  (2.5, 3, 2.5, 4), "waiting_time- staff-", "negation",
  "Double negation means every visit is slow; a regular, so loyalty a little above the rest.")

# web widget (6)
r("en", WEB, ENT6, {"effort": 1, "why": "Renewed in about three minutes, dead simple."},
  (9, 8, 10, 8))
r("en", WEB, ENT6, {"effort": 5,
                    "why": "Love a claims form that times out and wipes everything. Third go now, can't wait for "
                           "the fourth."},
  (1, 2, 0.5, 3), "website_app-", "sarcasm", "Sarcastic 'love' and 'can't wait'; maximum effort and three failed "
  "attempts.")
r("en", WEB, ENT6, {"effort": 2, "why": None}, (7, 6.5, 7.5, 6.5))
r("en", WEB, ENT7, {"visit": "Just wanted to check when my tenancy renewal is due. Found it. Ta."},
  (7.5, 6.5, 8, 7))
r("en", WEB, ENT7, {"visit": "Trying to report a leak under the sink. The form wants a reference number I don't "
                             "have and there's no phone number anywhere on the page."},
  (2, 2.5, 1.5, 3.5), "website_app- communication-")
r("en", WEB, ENT17, {"found": False,
                     "what": "Handy site generally, but the Bank Holiday opening hours aren't listed anywhere."},
  (5, 5.5, 3, 6.5), "website_app-", "mixed")

# flash poll (5)
r("en", FL, ENT8, {"csat": 4, "most": "Punctuality",
                   "else": "Left on time and landed early. Legroom is tight for anyone over six foot though."},
  (7, 7, 7.5, 7), "waiting_time+ product_quality-", "mixed")
r("en", FL, ENT8, {"csat": 2, "most": None,
                   "else": "Paid £18 for seat selection, got moved anyway and nobody said why."},
  (2.5, 2.5, 3.5, 3), "price- communication-", "skipped")
r("en", FL, ENT8, {"csat": 5, "most": "Crew", "else": None}, (10, 8.5, 8.5, 8.5))
r("en", FL, ENT18, {"stars": 3, "why": "Honestly can't tell what's changed."},
  (5, 5, 5, 5.5))
r("en", FL, ENT18, {"stars": 5, "why": "Much better, ta!"},
  (10, 8.5, 9, 8.5), "", "short")

# employee pulse (5)
r("en", EMP, ENT9, {"happy": 7, "enps": 7,
                    "comment": "The team's great, we cover for each other. Rota changes at 24 hours' notice are "
                               "wearing thin though."},
  (6.5, 7, 5.5, 6.5), "colleagues+ management-", "mixed")
r("en", EMP, ENT9, {"happy": 3, "enps": 2,
                    "comment": "Picking targets went up fifteen per cent in January and pay didn't move a penny."},
  (2.5, 2, 2.5, 2.5), "workload- pay-")
r("en", EMP, ENT9, {"happy": 8, "enps": 8, "comment": None}, (8, 8, 7.5, 7.5))
r("en", EMP, ENT13, {"mind": "Where to begin. I've been on the Larch unit nearly four years and honestly the people "
                             "I work with are the reason I stay, we look out for each other and the residents can "
                             "tell. But the last few months have been hard going. We're regularly two carers down on "
                             "a late, the agency staff don't turn up half the time, and then you're doing the "
                             "medication round, the teas and the bedtimes with one other person and a student. I "
                             "know everyone's stretched, it's the same in every home round here. What really gets "
                             "me is that a new starter on my unit is on 20p an hour less than me after four years, "
                             "so what was the point of doing my NVQ. My daughter keeps telling me Aldi would pay "
                             "more for stacking shelves. Anyway sorry for the essay, I do like it here, I just feel "
                             "a bit taken for granted lately."},
  (4.5, 4.5, 3, 5.5), "colleagues+ workload- pay-", "long mixed",
  "Stays for the team but worn down by short staffing and flat pay; loyalty a little higher than the rest.")
r("en", EMP, ENT13, {"mind": "Diolch to our new deputy manager for sorting out the handover sheets, nights are so "
                             "much calmer now. Da iawn ti."},
  (8, 7.5, 8, 8), "management+", "code_switching", "Welsh thanks mixed into English; warm about management.")

# ---------------------------------------------------------------- Italian surveys
ITT1 = survey("mobilificio-lanza-email-t",
              q("nps", "nps", "Quanto è probabile che consiglieresti Mobilificio Lanza a un amico o a un parente?"),
              q("migliorare", "text", "Cosa potremmo migliorare?"))
ITT2 = survey("fibra-adriatica-sms-t",
              q("csat", "csat", "Fibra Adriatica: quanto sei soddisfatto dell'assistenza ricevuta? Rispondi da 1 a 5",
                scale=(1, 5)),
              q("commento", "text", "Vuoi aggiungere qualcosa? Rispondi a questo SMS."))
ITT3 = survey("ferrolaguna-biglietteria-kiosk-t",
              q("faccina", "csat", "Com'è andata oggi in biglietteria?", scale=(1, 3)))
ITT4 = survey("caffe-belmonte-qr-t",
              q("voto", "rating", "Che voto dai alla colazione di oggi da Caffè Belmonte?", scale=(1, 10),
                perspective="satisfaction"),
              q("torni", "yes_no", "Torneresti a trovarci?", perspective="loyalty"),
              q("note", "text", "Due parole per noi?"))
ITT5 = survey("assicurazioni-vela-widget-t",
              q("ces", "ces", "Il sito di Assicurazioni Vela mi ha reso facile fare quello che dovevo.", scale=(1, 7)),
              q("perche", "text", "Perché?"))
ITT6 = survey("supermercati-gallo-flash-t",
              q("csat", "csat", "Sondaggio lampo: com'è andata la spesa oggi?", scale=(1, 5)),
              q("reparto", "single_choice", "Quale reparto ti è piaciuto di più?",
                options=["Frutta e verdura", "Panetteria", "Macelleria", "Gastronomia", "Nessuno"]),
              q("altro", "text", "Altro da segnalare?"))
ITT7 = survey("logistica-padana-pulse-t",
              q("clima", "rating", "Da 1 a 10, come ti trovi a lavorare in Logistica Padana?", scale=(1, 10),
                perspective="satisfaction"),
              q("enps", "nps", "Consiglieresti Logistica Padana come posto di lavoro?"),
              q("commento", "text", "Cosa cambieresti per primo?"))
ITT8 = survey("logistica-padana-direzione-t",
              q("direzione", "text", "C'è qualcosa che vorresti dire alla direzione? Le risposte sono anonime."))

# ---------------------------------------------------------------- Italian responses
r("it", E, ITT1, {"nps": 8,
                  "migliorare": "Il divano è arrivato integro e i ragazzi l'hanno montato in mezz'ora. Unica pecca: "
                                "l'orario di consegna me l'hanno comunicato solo la sera prima."},
  (7.5, 8, 7, 7.5), "delivery+ communication-", "mixed")
r("it", E, ITT1, {"nps": 2, "migliorare": "Tre settimane di ritardo sulla cucina e alle mail non risponde nessuno."},
  (2, 2, 2, 2.5), "delivery- communication-")
r("it", SMS, ITT2, {"csat": 4, "commento": "Non male, tutto risolto in giornata."},
  (7.5, 7, 8, 7), "", "negation")
r("it", KIO, ITT3, {"faccina": 2}, (5, 5, 5, 5))
r("it", QR, ITT4, {"voto": 9, "torni": True,
                   "note": "Cornetti ottimi e il caffe e proprio come piace a me, pero il bancone era un po "
                           "appiccicoso."},
  (8.5, 8, 7.5, 8.5), "product_quality+ cleanliness-", "mixed no_diacritics",
  "Typed without accents (caffè, è, però, po'); great pastries, sticky counter.")
r("it", QR, ITT4, {"voto": 5, "torni": False, "note": "Troppo caro."},
  (4, 3.5, 5, 2), "price-", "short")
r("it", WEB, ITT5, {"ces": 2, "perche": "Ho dovuto caricare gli stessi documenti tre volte perché il sito andava in "
                                        "errore a ogni invio."},
  (2.5, 3, 1.5, 4), "website_app-")
r("it", FL, ITT6, {"csat": 5, "reparto": "Frutta e verdura", "altro": None}, (10, 8.5, 8.5, 8.5))
r("it", EMP, ITT7, {"clima": 6, "enps": 5,
                    "commento": "Bei colleghi, ma i turni cambiano all'ultimo momento e lo stipendio è fermo da due "
                                "anni."},
  (5, 5, 4.5, 5), "colleagues+ management- pay-", "mixed")
r("it", EMP, ITT8, {"direzione": "Complimenti per la macchinetta del caffè nuova in sala pausa. Peccato che per il "
                                 "corso di formazione promesso a gennaio i soldi non ci siano mai."},
  (3.5, 3.5, 5, 4), "growth-", "sarcasm",
  "'Complimenti' is ironic: the real point is the training course that never happens.")

# -------------------------------------------------------------------------------------------------------- Polish, Dutch
# Hand-written, hand-labelled TEST responses: 42 Polish (pl), 10 Dutch (nl).

# ---------------------------------------------------------------- Polish: email_post_purchase
PLT1 = survey("meblik-nps-pl-t",
              q("nps", "nps", "Jak prawdopodobne jest, że polecisz Meblik.pl rodzinie lub znajomym?"),
              q("csat", "csat", "Jak bardzo jesteś zadowolony/a z zakupu?", scale=(1, 5)),
              q("uwagi", "text", "Co moglibyśmy zrobić lepiej?"))
r("pl", E, PLT1, {"nps": 9, "csat": 5,
                  "uwagi": "Szafa przyszła w dwóch paczkach, obie dzień przed terminem. Skręcałem ją sam przez "
                           "godzinkę, wszystkie śruby na miejscu, niczego nie brakowało."},
  (9.5, 9, 8.5, 8.5), "delivery+ product_quality+")
r("pl", E, PLT1, {"nps": 2, "csat": 1,
                  "uwagi": "Kurier zostawił karton pod furtką w deszczu, płyta napuchła na rogu. Reklamację niby "
                           "przyjęliście, ale od dwóch tygodni nikt się nie odezwał."},
  (1, 2, 2, 2), "delivery- communication-")
r("pl", E, PLT1, {"nps": 7, "csat": 4, "uwagi": None}, (7.5, 7, 7, 6.5))
r("pl", E, PLT1, {"nps": 10, "csat": 1,
                  "uwagi": "Wszystko super, dziękuję i polecam każdemu! Przy następnej okazji znowu biorę od Was."},
  (9, 9.5, 8, 9), "", "reversed_scale",
  "CSAT 1 beside NPS 10 and a glowing comment: the respondent read 1 as the best mark, so satisfaction is high.")

PLT2 = survey("elektrozefir-zakupy-pl-t",
              q("csat", "csat", "Jak oceniasz swoje ostatnie zakupy w ElektroZefir?", scale=(1, 5)),
              q("ces", "ces", "Zrobienie zakupów w naszym sklepie internetowym było łatwe.", scale=(1, 7)),
              q("kom", "text", "Czy chcesz coś dodać?"))
r("pl", E, PLT2, {"csat": 4, "ces": 5,
                  "kom": "Słuchawki grają świetnie, ale filtr cen na stronie w ogóle nie działa, musiałem "
                         "przewijać całą listę ręcznie."},
  (7, 7, 5.5, 7), "product_quality+ website_app-", "mixed",
  "Happy with the headphones, annoyed by the broken price filter: ease pulled below the CES anchor.")
r("pl", E, PLT2, {"csat": 5, "ces": 7, "kom": "Szybko i bez problemów."}, (10, 9, 10, 8.5), "", "short")
r("pl", E, PLT2, {"csat": 2, "ces": 2,
                  "kom": "Zapłaciłem BLIK-iem, pieniądze zeszły z konta, a zamówienie dalej wisi jako nieopłacone. "
                         "Trzy maile do działu płatności i za każdym razem gotowiec bez odpowiedzi na moje pytanie."},
  (2, 2, 1.5, 2.5), "billing- communication-", "",
  "Low CSAT and CES confirmed by a payment problem and three unanswered e-mails; ease lowest.")
r("pl", E, PLT2, {"csat": 3, "ces": None,
                  "kom": "Telewizor w porządku i cena była uczciwa. Tylko czemu na fakturze jest zły NIP? Muszę "
                         "teraz prosić o korektę."},
  (5, 5, 4.5, 5.5), "product_quality+ price+ billing-", "mixed skipped",
  "CES skipped; good TV and price but a wrong invoice needing a correction keeps everything mid-scale.")

PLT3 = survey("zakladka-ksiegarnia-pl-t",
              q("opinia", "text", "Jak oceniasz swoje ostatnie zamówienie w Księgarni Zakładka? Napisz kilka słów."))
r("pl", E, PLT3, {"opinia": "Książki doszły w idealnym stanie, każda zafoliowana osobno. Jedynie dopłata za "
                            "wysyłkę przy zamówieniu poniżej 99 zł trochę boli."},
  (7.5, 7, 8, 7.5), "delivery+ price-", "mixed", "Mostly pleased, one mild gripe about the shipping fee.")
r("pl", E, PLT3, {"opinia": "No więc tak: zamówiłam komplet Wiedźmina dla syna na osiemnaste urodziny, osiem tomów "
                            "w twardej oprawie, i przyszło siedem. Brakowało akurat trzeciego, co było o tyle "
                            "zabawne, że na liście w paczce był odhaczony. Zadzwoniłam na infolinię i trafiłam na "
                            "przemiłą panią, która obiecała, że wszystko sprawdzi i oddzwoni jeszcze tego samego "
                            "dnia. Nie oddzwonił nikt. Napisałam maila, potem drugiego, i dopiero po czterech dniach "
                            "dostałam odpowiedź, że tomu zabrakło w magazynie i mogę albo poczekać, albo wziąć zwrot "
                            "pieniędzy. Tylko dlaczego nikt mi tego nie napisał od razu, skoro przy pakowaniu musieli "
                            "to widzieć? Ostatecznie brakująca książka doszła dzień przed urodzinami, syn zadowolony, "
                            "ja trochę mniej, bo nerwów było sporo i przez tydzień sprawdzałam skrzynkę pocztową jak na "
                            "szpilkach. Pewnie dalej będę u Was kupować książki, ale proszę, "
                            "informujcie ludzi, zanim sami muszą się dopominać."},
  (4.5, 5, 2.5, 6), "delivery- staff+ communication-", "long mixed",
  "Incomplete parcel and a chase by phone and e-mail make ease low; resolved in time and she will probably order "
  "again, so loyalty is middling.")

# ---------------------------------------------------------------- Polish: sms_support
PLT4 = survey("netfala-sms-pl-t",
              q("csat", "csat", "NetFala: jak oceniasz pomoc konsultanta? Odpisz cyfrą 1-5.", scale=(1, 5)),
              q("kom", "text", "Co mogliśmy zrobić lepiej? (opcjonalnie)"))
PLT5 = survey("netfala-sms-krotko-pl-t",
              q("odp", "text", "NetFala: jak poszła rozmowa z naszym doradcą? Odpisz krótko."))
r("pl", SMS, PLT5, {"odp": "pan Kamil ogarnął router w 10 minut, wielkie dzięki"}, (9, 8, 8.5, 8), "staff+")
r("pl", SMS, PLT4, {"csat": 1,
                    "kom": "juz trzeci raz zglaszam ten sam problem i dalej nic sie nie dzieje. zaczynam szukac "
                           "innego operatora"},
  (0.5, 1, 1, 0.5), "", "no_diacritics",
  "CSAT 1, a third report of the same fault and a stated plan to switch operator: loyalty near zero.")
r("pl", SMS, PLT4, {"csat": 4, "kom": None}, (7.5, 7, 7, 7))

PLT6 = survey("jaskolka-kurier-sms-pl-t",
              q("wysilek", "ces_effort", "Kurier Jaskółka: ile wysiłku kosztowało Cię załatwienie sprawy? "
                                         "1 - bardzo mało, 5 - bardzo dużo.", scale=(1, 5)),
              q("dlaczego", "text", "Dlaczego tak?"))
r("pl", SMS, PLT6, {"wysilek": 1, "dlaczego": "Nie musiałem nigdzie dzwonić, wszystko załatwione od ręki."},
  (8.5, 8, 10, 8), "", "negation", "Minimal effort, and the negated phrasing is praise.")
r("pl", SMS, PLT6, {"wysilek": 4,
                    "dlaczego": "Paczka miała być wczoraj, nadal jej nie ma. Czat odsyła na infolinię, infolinia "
                                "z powrotem na czat."},
  (2, 2, 2, 3), "delivery- communication-")
r("pl", SMS, PLT6, {"wysilek": 5,
                    "dlaczego": "No rewelacja. Sprawa dalej niezałatwiona, ale przynajmniej dostałem tę ankietę."},
  (1, 1, 0, 2), "", "sarcasm", "'Rewelacja' is sarcastic: maximum effort and the issue still unresolved.")

# ---------------------------------------------------------------- Polish: kiosk
PLT7 = survey("tankuj24-kiosk-pl-t", q("buzka", "csat", "Jak oceniasz dzisiejszą wizytę na stacji?", scale=(1, 3)))
r("pl", KIO, PLT7, {"buzka": 3}, (10, 8.5, 8.5, 8))
r("pl", KIO, PLT7, {"buzka": 1}, (0, 2, 2.5, 2.5))

PLT8 = survey("kielnia-kiosk-pl-t",
              q("buzka", "csat", "Jak podobały Ci się dzisiejsze zakupy w Kielni?", scale=(1, 3)),
              q("kom", "text", "Chcesz coś dodać?"))
r("pl", KIO, PLT8, {"buzka": 2, "kom": "Bez szału, ale też bez dramatu. Zakupy zrobione."}, (5, 5, 5.5, 5.5),
  "", "", "Middle smiley and a shrug of a comment: lukewarm throughout.")
r("pl", KIO, PLT8, {"buzka": 3, "kom": "Super doradca od farb!"}, (10, 9, 9, 8.5), "staff+", "short")
r("pl", KIO, PLT8, {"buzka": 1, "kom": "Brudno w toaletach"}, (0.5, 2.5, 3.5, 3), "cleanliness-", "short")

# ---------------------------------------------------------------- Polish: qr_receipt
PLT9 = survey("pierogarnia-qr-pl-t",
              q("smak", "rating", "Jak smakowało? (1 - wcale, 10 - palce lizać)", scale=(1, 10),
                perspective="satisfaction"),
              q("wrocisz", "yes_no", "Czy jeszcze do nas wrócisz?", perspective="loyalty"),
              q("cos", "text", "Coś jeszcze chcesz nam powiedzieć?"))
r("pl", QR, PLT9, {"smak": 9, "wrocisz": True,
                   "cos": "Pierogi z kaszą gryczaną jak u babci, porcja ogromna. Następnym razem biorę ruskie."},
  (9, 8.5, 8, 9), "product_quality+")
r("pl", QR, PLT9, {"smak": 6, "wrocisz": True,
                   "cos": "Smaczne, tylko na stolik czekaliśmy 25 minut, a kelnerka raz przyniosła nie to danie."},
  (5, 5, 5, 7), "product_quality+ waiting_time- staff-", "mixed",
  "Tasty but a long wait and a wrong dish: satisfaction mid; says yes to coming back.")
r("pl", QR, PLT9, {"smak": 8, "wrocisz": False,
                   "cos": "Fajne miejsce, ale jestem tu tylko przejazdem, więc raczej nie wrócę."},
  (7.5, 7, 7, 2.5), "", "", "Liked it, but only passing through: loyalty low for circumstance, not displeasure.")

PLT10 = survey("ziarenko-kawiarnia-qr-pl-t",
               q("nps", "nps", "Na ile prawdopodobne jest, że polecisz Kawiarnię Ziarenko znajomym?"),
               q("powod", "text", "Co zadecydowało o Twojej ocenie?"))
r("pl", QR, PLT10, {"nps": 9,
                    "powod": "Cappuccino letnie, sernik suchy jak wiór, a terminal dwa razy odrzucił mi kartę. "
                             "Porażka."},
  (2.5, 6.5, 4, 3.5), "product_quality- billing-", "contradiction",
  "NPS 9 against an all-negative comment: recommendation kept fairly high, the rest pulled down by the text.")
r("pl", QR, PLT10, {"nps": 2, "powod": "Bardzo przyjemne miejsce, na pewno tu wrócę."},
  (7, 4, 7, 7.5), "", "contradiction",
  "NPS 2 but a warm comment promising a return: recommendation stays low-ish, satisfaction and loyalty follow the text.")
r("pl", QR, PLT10, {"nps": None, "powod": "Nie jest źle, ale latte za 19 zł to już przesada."},
  (5, 4.5, 6, 5), "price-", "skipped negation mixed",
  "NPS skipped; 'nie jest źle' is mild approval, offset by the price complaint.")

# ---------------------------------------------------------------- Polish: web_widget
PLT11 = survey("tarcza-ubezp-web-pl-t",
               q("ces", "ces", "Ta strona pozwoliła mi łatwo załatwić sprawę.", scale=(1, 7)),
               q("brak", "text", "Czego zabrakło?"))
r("pl", WEB, PLT11, {"ces": 2, "brak": "Kalkulator OC wywala błąd przy wpisywaniu numeru VIN."},
  (2, 3, 1.5, 3.5), "website_app-")
r("pl", WEB, PLT11, {"ces": 7, "brak": None}, (8.5, 8, 10, 8))
r("pl", WEB, PLT11, {"ces": 5,
                     "brak": "Generalnie ok, ale UX formularza to jakiś nightmare, za dużo kroków, a na mobile "
                             "przycisk 'Dalej' chowa się pod klawiaturą."},
  (5, 5.5, 5, 5.5), "website_app-", "code_switching mixed",
  "CES 5 but the form is called a nightmare on mobile: ease pulled down from 6.7.")

PLT12 = survey("kinogwiazda-web-pl-t", q("uwagi", "text", "Masz uwagi do naszej strony? Napisz do nas."))
r("pl", WEB, PLT12, {"uwagi": "Przy rezerwacji dla czterech osób system sam porozrzucał nam miejsca po całej sali. "
                              "Dało się to zmienić dopiero w kasie."},
  (3, 3.5, 2.5, 4.5), "website_app-")
r("pl", WEB, PLT12, {"uwagi": "Nie mam zastrzeżeń, bilety kupione w minutę, kod QR od razu na maila."},
  (9, 8, 9, 8), "website_app+", "negation")

# ---------------------------------------------------------------- Polish: flash_poll
PLT13 = survey("rogalik-flash-pl-t",
               q("apka", "rating", "Jak oceniasz naszą nową aplikację Rogalik Plus?", scale=(1, 5),
                 perspective="satisfaction"),
               q("czestosc", "single_choice", "Jak często robisz u nas zakupy?",
                 options=["Codziennie", "Kilka razy w tygodniu", "Rzadziej"]),
               q("zdanie", "text", "Jedno zdanie od Ciebie:"))
r("pl", FL, PLT13, {"apka": 4, "czestosc": "Codziennie",
                    "zdanie": "Kupony fajne i naprawdę się opłacają, tylko apka się zawiesza przy skanowaniu kodu "
                              "na kasie."},
  (6.5, 6, 5.5, 8), "price+ website_app-", "mixed", "Likes the coupons, app freezes at the till; a daily shopper.")
r("pl", FL, PLT13, {"apka": 2, "czestosc": "Rzadziej", "zdanie": None}, (2.5, 3, 3.5, 3.5))
r("pl", FL, PLT13, {"apka": 5, "czestosc": "Kilka razy w tygodniu", "zdanie": "Super."}, (10, 8.5, 8, 8.5), "",
  "short")

PLT14 = survey("nadwislanskie-flash-pl-t",
               q("czystosc", "csat", "Jak oceniasz czystość w naszych pociągach w tym tygodniu?", scale=(1, 5)),
               q("kom", "text", "Komentarz (opcjonalnie)"))
r("pl", FL, PLT14, {"czystosc": 1,
                    "kom": "Ach, czyściutko jak zawsze: kubek po kawie jechał na moim siedzeniu od Radomia aż do "
                           "Warszawy."},
  (1, 2.5, 4, 3.5), "cleanliness-", "sarcasm", "'Czyściutko jak zawsze' is sarcastic; CSAT 1 agrees.")
r("pl", FL, PLT14, {"czystosc": 3, "kom": "Czysto, tylko pociąg znowu spóźniony o 40 minut."},
  (4, 4, 4, 4.5), "cleanliness+ waiting_time-", "mixed",
  "Clean train but a repeated 40-minute delay drags overall satisfaction a little under the CSAT anchor.")

# ---------------------------------------------------------------- Polish: employee_pulse
PLT15 = survey("logiport-puls-pl-t",
               q("praca", "rating", "Jak oceniasz swoją pracę w LogiPort w tym miesiącu?", scale=(1, 10),
                 perspective="satisfaction"),
               q("enps", "nps", "Na ile prawdopodobne jest, że polecisz LogiPort jako pracodawcę znajomym?"),
               q("zmiana", "text", "Jaką jedną rzecz byś zmienił(a)?"))
r("pl", EMP, PLT15, {"praca": 7, "enps": 6,
                     "zmiana": "Ekipa na zmianie jest świetna, ale nadgodziny w każdą sobotę to już norma, a nie "
                               "wyjątek."},
  (6, 6, 4.5, 6), "colleagues+ workload-", "mixed")
r("pl", EMP, PLT15, {"praca": 3, "enps": 2, "zmiana": "Kolejny miesiąc tak samo. Nie widzę sensu, żeby się tu starać."},
  (2, 2, 3.5, 2), "", "", "Low scores and a resigned comment: loyalty low.")
r("pl", EMP, PLT15, {"praca": 8, "enps": 8,
                     "zmiana": "Szkolenie na wózki widłowe było naprawdę przydatne, czuję, że się tu rozwijam."},
  (8, 8, 7, 8), "growth+")

PLT16 = survey("kodex-puls-pl-t",
               q("problem", "text", "Anonimowo: co jest teraz największym problemem w Twoim zespole?"))
r("pl", EMP, PLT16, {"problem": "Daily o 9:00 ciągnie się godzinę, potem sync, refinement i retro. Kiedy mamy "
                                "kodować? Management chyba w ogóle nie widzi problemu."},
  (3.5, 4, 3, 5), "workload- management-", "code_switching",
  "Meetings eat the working day and management ignores it; English jargon mixed in.")
r("pl", EMP, PLT15, {"praca": 9, "enps": 9,
                     "zmiana": "Szczerze? Mam dość. Trzecia osoba odeszła z działu, jej obowiązki rozdzielono na "
                               "nas bez słowa o podwyżce."},
  (4, 6.5, 3, 3.5), "workload- pay-", "contradiction",
  "Scores of 9 against 'mam dość': recommendation kept fairly high, satisfaction, ease and loyalty pulled down.")

# ================================================================ Dutch
NLT1 = survey("despaak-fietsen-nl-t",
              q("nps", "nps", "Hoe waarschijnlijk is het dat je Fietsenhuis De Spaak aanbeveelt aan vrienden of "
                              "familie?"),
              q("reden", "text", "Wat is de belangrijkste reden voor je score?"))
r("nl", E, NLT1, {"nps": 9,
                  "reden": "De fiets werd netjes thuisbezorgd en afgesteld, en de monteur toonde me geduldig hoe "
                           "de versnellingen werken."},
  (9, 9, 8.5, 8.5), "delivery+ staff+")
r("nl", E, NLT1, {"nps": 5, "reden": "Mooie fiets, maar €1.899 vind ik fors voor een gewone stadsfiets."},
  (6, 5, 6, 5.5), "product_quality+ price-", "mixed", "Likes the bike, finds it overpriced: a passive NPS.")

NLT2 = survey("polderenergie-sms-nl-t",
              q("csat", "csat", "PolderEnergie: hoe tevreden ben je over ons contact? Antwoord met 1 t/m 5.",
                scale=(1, 5)),
              q("toelichting", "text", "Wil je dat toelichten?"))
r("nl", SMS, NLT2, {"csat": 2,
                    "toelichting": "Drie keer gebeld en nog steeds geen kloppende jaarafrekening. Dit kan toch niet "
                                   "de bedoeling zijn."},
  (2, 2, 1, 2.5), "billing-", "", "Three calls without a correct annual bill: ease very low.")
r("nl", SMS, NLT2, {"csat": 4, "toelichting": None}, (7.5, 7, 7, 7))

NLT3 = survey("zwembaddegolf-kiosk-nl-t",
              q("smiley", "csat", "Hoe was je bezoek vandaag?", scale=(1, 3)),
              q("opm", "text", "Opmerking?"))
r("nl", KIO, NLT3, {"smiley": 3, "opm": "Niet slecht!"}, (8, 7.5, 7.5, 7.5), "", "short negation",
  "Top smiley, 'niet slecht' is moderate praise: a little under the anchor.")

NLT4 = survey("goudenkarper-qr-nl-t",
              q("cijfer", "rating", "Welk cijfer geef je je bezoek aan Eetcafé De Gouden Karper?", scale=(1, 10),
                perspective="satisfaction"),
              q("opm", "text", "Nog iets dat we moeten weten?"))
r("nl", QR, NLT4, {"cijfer": 8,
                   "opm": "Lekker gegeten, alleen duurde het bijna een half uur voor we konden bestellen. Het toetje "
                          "maakte veel goed."},
  (7, 7, 6.5, 7), "product_quality+ waiting_time-", "mixed")

NLT5 = survey("plankje-web-nl-t",
              q("ces", "ces", "Het was makkelijk om te vinden wat ik zocht.", scale=(1, 7)),
              q("opm", "text", "Wat kan er beter?"))
r("nl", WEB, NLT5, {"ces": 6,
                    "opm": "Zoekfunctie werkt prima en de checkout was super smooth, honestly no complaints."},
  (8.5, 8, 8.5, 8), "website_app+", "code_switching")

NLT6 = survey("spoorlijnoost-flash-nl-t",
              q("tevreden", "rating", "Hoe tevreden ben je over de nieuwe dienstregeling?", scale=(1, 5),
                perspective="satisfaction"),
              q("opm", "text", "Toelichting"))
r("nl", FL, NLT6, {"tevreden": 1,
                   "opm": "Geweldig hoor, nu sta ik elke ochtend een kwartier extra op een koud perron."},
  (0.5, 1.5, 3, 3), "waiting_time-", "sarcasm", "'Geweldig hoor' is sarcastic; the rating of 1 agrees.")

NLT7 = survey("lindehof-puls-nl-t",
              q("werk", "rating", "Hoe tevreden ben je deze maand over je werk?", scale=(1, 10),
                perspective="satisfaction"),
              q("enps", "nps", "Hoe waarschijnlijk is het dat je Zorggroep Lindehof als werkgever aanbeveelt?"),
              q("opm", "text", "Wat wil je kwijt?"))
r("nl", EMP, NLT7, {"werk": 8, "enps": 9,
                    "opm": "Ik ben op. Elke dienst onderbezet en de teamleider reageert niet op mijn mails."},
  (3.5, 6.5, 3, 3.5), "workload- management-", "contradiction",
  "High scores but an exhausted comment: recommendation kept fairly high, the rest pulled down.")

NLT8 = survey("lindehof-puls-open-nl-t", q("makkelijker", "text", "Wat zou jouw werk makkelijker maken?"))
r("nl", EMP, NLT8, {"makkelijker": "Eerlijk gezegd weet ik het niet zo. Het loopt prima zoals het nu gaat."},
  (7, 7, 7, 7), "", "", "Content, nothing to change: steady mid-high labels.")

# -------------------------------------------------------------------------------------------------------- German, Czech
# Hand-written, hand-labelled TEST responses: 42 German (de), then 10 Czech (cs).
# labels = (satisfaction, recommendation, ease, loyalty)

# ----------------------------------------------------------------------------------------------------------------
# German
# ----------------------------------------------------------------------------------------------------------------

# --- email_post_purchase (10) ---
DET1 = survey("gartenglueck-nps-de-t",
              q("nps", "nps", "Wie wahrscheinlich ist es, dass Sie Gartenglück einem Freund oder Kollegen empfehlen?"),
              q("grund", "text", "Was ist der wichtigste Grund für Ihre Bewertung?"))
r("de", E, DET1, {"nps": 9, "grund": "Die Tomatensetzlinge kamen gut verpackt an, keine einzige ist eingegangen. "
                                      "Nächstes Frühjahr bestelle ich wieder hier."},
  (8.5, 9, 8.5, 9), "delivery+ product_quality+", "negation",
  "'Keine einzige ist eingegangen' is a negated negative (all plants survived); NPS 9 and a stated repurchase.")
r("de", E, DET1, {"nps": 3, "grund": "Rasendünger bestellt, nach zehn Tagen immer noch nichts da. Die "
                                     "Sendungsverfolgung zeigt seit Montag 'in Zustellung', und meine E-Mail von "
                                     "letzter Woche ist bis heute unbeantwortet."},
  (2.5, 3, 2, 2.5), "delivery- communication-", "",
  "NPS 3; late parcel plus an unanswered e-mail means chasing, so ease and loyalty sit low too.")
r("de", E, DET1, {"nps": 7, "grund": "Pflanzen top, aber 6,90 Versandkosten für ein Tütchen Samen sind echt "
                                     "übertrieben."},
  (6.5, 7, 7, 6), "product_quality+ price-", "mixed",
  "NPS 7; praise for the plants, complaint about shipping cost, which makes repeat small orders less likely.")

DET2 = survey("eichgrund-moebel-de-t",
              q("zufr", "csat", "Wie zufrieden sind Sie insgesamt mit Ihrem Einkauf bei Möbelhaus Eichgrund?",
                scale=(1, 5)),
              q("einfach", "ces", "Möbelhaus Eichgrund hat es mir leicht gemacht, meinen Einkauf zu erledigen.",
                scale=(1, 7)),
              q("wieder", "yes_no", "Würden Sie wieder bei uns einkaufen?", perspective="loyalty"),
              q("kommentar", "text", "Möchten Sie uns noch etwas mitteilen?"))
r("de", E, DET2, {"zufr": 4, "einfach": 6, "wieder": True,
                  "kommentar": "Die Beratung in der Küchenabteilung war super, Frau Öztürk hat sich richtig Zeit "
                               "für uns genommen. Der Esstisch kam allerdings drei Wochen später als zugesagt."},
  (7, 7, 7.5, 8), "staff+ delivery-", "mixed",
  "CSAT 4 / CES 6 / yes; great advice but a three-week delivery delay nudges satisfaction and ease down a little.")
r("de", E, DET2, {"zufr": 2, "einfach": 2, "wieder": False,
                  "kommentar": "Der Kleiderschrank kam mit einer verzogenen Tür. Seit drei Wochen warte ich auf das "
                               "Ersatzteil, und bei jedem Anruf bekomme ich eine andere Auskunft."},
  (2, 2, 1.5, 1.5), "product_quality- communication-", "",
  "Low CSAT/CES and a no; defective wardrobe and contradictory phone information, repeated calls lower ease.")
r("de", E, DET2, {"zufr": 5, "einfach": 7, "wieder": True, "kommentar": None},
  (9.5, 8.5, 9.5, 8.5))

DET3 = survey("hafenblick-kaffee-de-t",
              q("nps", "nps", "Wie wahrscheinlich ist es, dass Sie die Kaffeerösterei Hafenblick weiterempfehlen?"),
              q("aroma", "rating", "Wie bewerten Sie den Geschmack Ihres Kaffees?", scale=(1, 10),
                perspective="satisfaction"),
              q("besser", "text", "Was können wir besser machen?"))
r("de", E, DET3, {"nps": 3, "aroma": 9,
                  "besser": "Ehrlich gesagt bin ich rundum begeistert und bestelle seit einem Jahr jeden Monat bei "
                            "euch."},
  (8.5, 4, 7.5, 8.5), "", "contradiction",
  "NPS 3 clashes with an enthusiastic comment: recommendation stays lowish, satisfaction (rating 9) and loyalty "
  "(monthly orders for a year) are high.")
r("de", E, DET3, {"nps": 5, "aroma": 7,
                  "besser": "Geschmacklich einwandfrei, nur kann ich mir 14 € pro Viertelkilo nicht jede Woche "
                            "leisten. Wie wär's mit einem Abo-Rabatt?"},
  (6, 5, 6, 4.5), "product_quality+ price-", "mixed",
  "Taste rated 7/10 and praised, but the price is too high to buy weekly, which lowers loyalty.")

DET4 = survey("elektro-brandl-text-de-t",
              q("erfahrung", "text", "Wie war Ihr Einkauf bei Elektro Brandl? Erzählen Sie uns davon."))
r("de", E, DET4, {"erfahrung": "Also, wo fange ich an. Wir haben bei Ihnen eine Waschmaschine gekauft, weil unsere "
                               "alte nach vierzehn Jahren den Geist aufgegeben hat. Der Verkäufer, ein älterer Herr "
                               "mit Brille, hat uns wirklich ehrlich beraten und uns sogar vom teureren Modell "
                               "abgeraten, weil wir die ganzen Zusatzprogramme gar nicht brauchen. Das fand ich stark. "
                               "Dann kam die Lieferung: Zeitfenster zwischen acht und zwölf Uhr, gekommen sind die "
                               "beiden Monteure um halb vier, ohne vorher anzurufen. Ich hatte mir dafür extra "
                               "freigenommen. Angeschlossen haben sie die Maschine zwar ordentlich, aber der Karton "
                               "und der alte Zulaufschlauch lagen danach noch bei uns im Flur. Obendrein tauchte die "
                               "Anschlusspauschale doppelt auf. Nach einem Anruf wurde das "
                               "korrigiert, immerhin. Beim nächsten Mal würde ich wohl wieder zu Ihnen gehen, aber "
                               "nur, wenn ich die Lieferung selbst organisiere."},
  (5, 5, 3.5, 5.5), "staff+ delivery- billing-", "long mixed",
  "Long mixed story: honest salesman, but a late delivery that cost a day off and a double charge that needed a "
  "call; conditional return.")
r("de", E, DET4, {"erfahrung": "Alles bestens, danke!"},
  (9, 8.5, 8.5, 8.5), "", "short",
  "Short, fully positive, no theme named; unasked perspectives set a bit below satisfaction.")

# --- sms_support (6) ---
DET5 = survey("funkfeld-support-sms-de-t",
              q("csat", "csat", "Funkfeld: Wie zufrieden waren Sie mit unserem Kundenservice? Antworten Sie mit 1 "
                                "(gar nicht) bis 5 (sehr zufrieden).", scale=(1, 5)),
              q("warum", "text", "Möchten Sie uns kurz sagen, warum?"))
r("de", SMS, DET5, {"csat": 5, "warum": "Ein sehr geduldiger Mitarbeiter hat mir in Ruhe erklärt, wie das mit der "
                                        "eSIM geht, obwohl ich von Technik null Ahnung habe."},
  (9.5, 8.5, 9, 8.5), "staff+")
r("de", SMS, DET5, {"csat": 1, "warum": "45 Minuten in der Warteschleife, dann flog ich raus. Beim zweiten Versuch "
                                        "durfte ich alles von vorne erklären. Ich kündige zum Vertragsende."},
  (0.5, 1, 0.5, 0.5), "waiting_time-", "",
  "CSAT 1; long hold, dropped call, re-explaining (very low ease) and an announced cancellation (loyalty).")
r("de", SMS, DET5, {"csat": 3, "warum": None},
  (5, 4.5, 5, 5))
r("de", SMS, DET5, {"csat": 1, "warum": "Hat alles wunderbar geklappt, vielen Dank!"},
  (9, 8, 8.5, 8), "", "reversed_scale",
  "CSAT 1 with a fully positive comment: the respondent read 1 as best (German school grade), so labels follow "
  "the comment.")

DET6 = survey("voltaria-service-sms-de-t",
              q("aufwand", "ces_effort", "Voltaria: Wie viel Aufwand war es, Ihr Anliegen zu klären? "
                                         "1 = sehr wenig, 5 = sehr viel", scale=(1, 5)),
              q("nps", "nps", "Wie wahrscheinlich empfehlen Sie Voltaria weiter? (0-10)"),
              q("kommentar", "text", "Ihr Kommentar (optional):"))
r("de", SMS, DET6, {"aufwand": 2, "nps": 9,
                    "kommentar": "Die Gutschrift aus der Jahresabrechnung fehlt immer noch, obwohl mir vor vier "
                                 "Wochen gesagt wurde, sie sei 'in Bearbeitung'."},
  (4, 7, 5, 5), "billing- communication-", "contradiction",
  "NPS 9 and low effort score, but the comment is a complaint about a missing credit and an empty promise: "
  "recommendation stays fairly high, satisfaction, ease and loyalty are pulled down.")
r("de", SMS, DET6, {"aufwand": 5, "nps": 2,
                    "kommentar": "Wirklich klasse, dass man dreimal anrufen und zwei Mails schreiben muss, bis ein "
                                 "Zählerstand richtig in der Rechnung steht. Service vom Feinsten."},
  (1.5, 2, 0.5, 2), "billing-", "sarcasm",
  "Sarcastic praise ('Service vom Feinsten') for a three-call, two-mail fix of a wrong bill; matches effort 5.")

# --- kiosk (5) ---
DET7 = survey("rasthof-fichtenau-wc-de-t",
              q("wc", "csat", "Wie zufrieden sind Sie mit der Sauberkeit unserer Sanitäranlagen?", scale=(1, 3)),
              q("hinweis", "text", "Ihr Hinweis an uns (optional)"))
r("de", KIO, DET7, {"wc": 3}, (9.5, 8.5, 8.5, 8))
r("de", KIO, DET7, {"wc": 1, "hinweis": "Seife leer, Boden nass."},
  (0.5, 1.5, 3, 2.5), "cleanliness-", "short",
  "Lowest smiley and a terse hygiene complaint.")
r("de", KIO, DET7, {"wc": 2, "hinweis": None}, (5, 5, 5, 5))

DET8 = survey("werkhof-baumarkt-kasse-de-t",
              q("smiley", "csat", "Wie war Ihr Einkauf heute?", scale=(1, 3)),
              q("kurz", "text", "Was sollen wir wissen?"))
r("de", KIO, DET8, {"smiley": 2, "kurz": "Nur Kasse 3 war offen, die Schlange ging bis zu den Farben zurück. "
                                         "Das Personal war sonst freundlich."},
  (4.5, 4.5, 3, 5), "waiting_time- staff+", "mixed",
  "Middle smiley; long queue at the only open till, friendly staff.")
r("de", KIO, DET8, {"smiley": 3, "kurz": "Top, danke!"},
  (9.5, 8.5, 8.5, 8), "", "short")

# --- qr_receipt (6) ---
DET9 = survey("baeckerei-lindner-qr-de-t",
              q("zufr", "csat", "Wie hat es Ihnen heute bei Bäckerei Lindner gefallen?", scale=(1, 5)),
              q("wieder", "yes_no", "Kommen Sie wieder?", perspective="loyalty"),
              q("anmerkung", "text", "Anmerkungen"))
r("de", QR, DET9, {"zufr": 5, "wieder": True,
                   "anmerkung": "Die Dinkelbrötchen sind die besten im ganzen Viertel, und die Verkäuferin kennt "
                                "meine Bestellung inzwischen auswendig 😊"},
  (9.5, 9, 9, 9.5), "product_quality+ staff+")
r("de", QR, DET9, {"zufr": 2, "wieder": True, "anmerkung": "Heute leider enttäuscht. Sonst ist es hier besser."},
  (2.5, 4, 5.5, 6.5), "", "",
  "CSAT 2 for today's visit, but a regular who says yes to coming back and that it is usually better.")
r("de", QR, DET9, {"zufr": 4, "wieder": None,
                   "anmerkung": "Nicht schlecht, nur der Kaffee könnte heißer sein."},
  (7, 6.5, 7, 6.5), "product_quality-", "negation mixed skipped",
  "'Nicht schlecht' is mild praise; the return question was skipped, so loyalty is set near the CSAT.")

DET10 = survey("gruener-anker-qr-de-t",
               q("nps", "nps", "Wie wahrscheinlich empfehlen Sie den Grünen Anker Ihren Freunden?"),
               q("essen", "rating", "Wie hat Ihnen das Essen geschmeckt? (1–10)", scale=(1, 10),
                 perspective="satisfaction"),
               q("text", "text", "Was möchten Sie uns noch sagen?"))
r("de", QR, DET10, {"nps": 9, "essen": 9,
                    "text": "Eine Stunde aufs Hauptgericht gewartet, die Bedienung hat uns zweimal vergessen und "
                            "der Tisch war klebrig."},
  (4.5, 7, 3, 4), "waiting_time- staff- cleanliness-", "contradiction",
  "High NPS and food rating, yet the comment lists only complaints: recommendation stays fairly high, "
  "satisfaction, ease and loyalty are pulled down.")
r("de", QR, DET10, {"nps": 7, "essen": 8, "text": "Leckerer Zander, allerdings eine ziemlich kleine Portion für 24 Euro."},
  (7, 7, 7.5, 6.5), "product_quality+ price-", "mixed")

DET11 = survey("quellhof-getraenke-qr-de-t",
               q("feedback", "text", "Ihr Feedback zu Ihrem Einkauf im Getränkemarkt Quellhof"))
r("de", QR, DET11, {"feedback": "Der Leergutautomat ist schon wieder kaputt. Musste alles an der Kasse abgeben und "
                                "ewig anstehen. Ansonsten ok."},
  (4, 4, 3, 5), "waiting_time-", "mixed",
  "Text only: broken bottle-return machine and a long queue; 'ansonsten ok' keeps it from the bottom.")

# --- web_widget (5) ---
DET12 = survey("nordlicht-rad-widget-de-t",
               q("finden", "rating", "Wie leicht war es, das Gesuchte zu finden?", scale=(1, 5), perspective="ease"),
               q("fehlt", "text", "Was hat gefehlt?"))
r("de", WEB, DET12, {"finden": 2, "fehlt": "Der Filter nach Rahmenhöhe funktioniert nicht, es werden immer alle "
                                           "Räder angezeigt. Auf dem Handy ist es noch schlimmer."},
  (3, 4, 2, 4.5), "website_app-")
r("de", WEB, DET12, {"finden": 5, "fehlt": "Nichts, passt so."},
  (8.5, 7.5, 9.5, 7.5), "", "short")

DET13 = survey("auental-portal-widget-de-t",
               q("hilfreich", "yes_no", "War diese Seite hilfreich?", perspective="satisfaction"),
               q("verbessern", "text", "Wie können wir die Seite verbessern?"))
r("de", WEB, DET13, {"hilfreich": False,
                     "verbessern": "Ich will nur meinen Zählerstand eingeben und muss mich dafür jetzt mit "
                                   "Zwei-Faktor-Code anmelden. Die SMS mit dem Code kommt aber nie an. Nervt."},
  (2, 3, 1.5, 4), "website_app-", "",
  "'Not helpful' plus a login loop; ease very low, loyalty to a utility pulled towards the middle.")
r("de", WEB, DET13, {"hilfreich": True, "verbessern": None}, (8, 7, 7.5, 7))

DET14 = survey("salbei-apotheke-widget-de-t",
               q("idee", "text", "Haben Sie Anregungen zu unserem Online-Shop?"))
r("de", WEB, DET14, {"idee": "Der Checkout ist echt smooth, aber bitte bietet PayPal an. Nicht jeder will seine "
                             "Kreditkarte hinterlegen, just saying."},
  (6.5, 6.5, 6.5, 6), "website_app+ billing-", "code_switching mixed",
  "German with English ('smooth', 'just saying'); smooth checkout but a missing payment option.")

# --- flash_poll (5) ---
DET15 = survey("kraftwerk-sued-zeiten-de-t",
               q("zeiten", "csat", "Wie zufrieden sind Sie mit unseren neuen Öffnungszeiten?", scale=(1, 5)),
               q("ergaenzen", "text", "Möchten Sie etwas ergänzen?"))
r("de", FL, DET15, {"zeiten": 1, "ergaenzen": "Sonntags erst ab 10 Uhr? Dann kann ich meinen Vertrag auch gleich "
                                              "kündigen."},
  (0.5, 2, 3, 1.5), "", "",
  "CSAT 1 and a threat to cancel; opening hours are no listed theme.")
r("de", FL, DET15, {"zeiten": 4, "ergaenzen": None}, (7.5, 6.5, 7, 7))

DET16 = survey("leselotse-app-poll-de-t",
               q("nutzung", "single_choice", "Wie oft nutzen Sie die neue Leselotse-App der Stadtbibliothek?",
                 options=["Täglich", "Wöchentlich", "Selten", "Noch nie"]),
               q("sterne", "rating", "Wie gefällt Ihnen die App? (1–5 Sterne)", scale=(1, 5),
                 perspective="satisfaction"),
               q("fehlt", "text", "Was fehlt Ihnen?"))
r("de", FL, DET16, {"nutzung": "Wöchentlich", "sterne": 4,
                    "fehlt": "Das Verlängern per Knopfdruck ist praktisch, aber die Suche findet Titel nur, wenn man "
                             "sie exakt richtig schreibt."},
  (7, 6.5, 6, 7), "website_app-", "mixed",
  "4 stars; one feature praised, the main point (asked what is missing) is the strict search.")
r("de", FL, DET16, {"nutzung": "Noch nie", "sterne": None, "fehlt": "Wusste gar nicht, dass es eine App gibt."},
  (5, 5, 5, 5), "communication-", "skipped",
  "Rating skipped by a non-user; nothing to anchor on, so labels sit at the middle.")

DET17 = survey("wochenmarkt-abholung-poll-de-t",
               q("satz", "text", "Ein Satz zu unserem neuen Abholservice?"))
r("de", FL, DET17, {"satz": "Gar nicht so umständlich wie befürchtet, mache ich jetzt öfter."},
  (8, 7.5, 8.5, 8), "", "negation",
  "'Gar nicht so umständlich' negates a negative (easy); 'mache ich jetzt öfter' sets loyalty.")

# --- employee_pulse (5) ---
DET18 = survey("logistik-puls-q3-de-t",
               q("enps", "nps", "Wie wahrscheinlich würden Sie uns als Arbeitgeber weiterempfehlen?"),
               q("bleiben", "yes_no", "Sehen Sie sich in einem Jahr noch bei uns?", perspective="loyalty"),
               q("aendern", "text", "Was sollten wir als Erstes ändern?"))
r("de", EMP, DET18, {"enps": 4, "bleiben": True,
                     "aendern": "Die Stimmung im Lager ist seit Monaten im Keller. Ich frage mich langsam, wie lange "
                                "ich das noch mitmache."},
  (2.5, 4, 4, 4.5), "", "",
  "eNPS 4; says yes to staying but doubts how long, so loyalty falls to the middle; no specific theme.")
r("de", EMP, DET18, {"enps": 8, "bleiben": True, "aendern": None}, (7.5, 8, 7, 8))
r("de", EMP, DET18, {"enps": 6, "bleiben": False,
                     "aendern": "Das Team ist klasse, ohne die Leute wäre ich längst weg. Aber 13,50 die Stunde "
                                "sind in München schlicht zu wenig."},
  (4.5, 6, 5, 2), "colleagues+ pay-", "mixed",
  "Great colleagues, pay too low; 'no' to staying sets loyalty low.")

DET19 = survey("gf-feedback-anonym-de-t",
               q("anonym", "text", "Anonymes Feedback an die Geschäftsführung"))
r("de", EMP, DET19, {"anonym": "Schön, dass es jetzt Obstkörbe gibt. Die seit zwei Jahren versprochene "
                               "Gehaltserhöhung schmeckt bestimmt genauso gut."},
  (2.5, 3, 5, 3.5), "pay-", "sarcasm",
  "Sarcastic thanks for fruit baskets in place of a long-promised raise.")

DET20 = survey("teampuls-entwicklung-de-t",
               q("zufr", "csat", "Wie zufrieden sind Sie aktuell mit Ihrer Arbeit?", scale=(1, 5)),
               q("entw", "text", "Wie sehen Sie Ihre Entwicklungsmöglichkeiten bei uns?"))
r("de", EMP, DET20, {"zufr": 4, "entw": "Meine Teamleiterin unterstutzt mich sehr und die Weiterbildung zum "
                                        "Fachwirt wird komplett bezahlt. Fur mich passt das gerade."},
  (8, 7.5, 7, 8), "management+ growth+", "no_diacritics",
  "Typed without umlauts (unterstutzt, Fur); supportive lead and paid training.")

# ----------------------------------------------------------------------------------------------------------------
# Czech
# ----------------------------------------------------------------------------------------------------------------

CST1 = survey("drevohracky-nps-cs-t",
              q("nps", "nps", "Jak pravděpodobné je, že byste e-shop Dřevohračky doporučili známým?"),
              q("proc", "text", "Co nejvíce ovlivnilo vaše hodnocení?"))
r("cs", E, CST1, {"nps": 9, "proc": "Dřevěná kuchyňka pro dceru je krásně zpracovaná a dorazila za dva dny. Jen "
                                    "ten návod ke skládání by mohl být srozumitelnější."},
  (8, 9, 7, 8), "product_quality+ delivery+", "mixed",
  "NPS 9; quality and delivery praised, a small complaint about the assembly instructions lowers ease a bit.")
r("cs", E, CST1, {"nps": 2, "proc": "Objednavka prisla neuplna, chybely dva kusy. Psala jsem jim trikrat a porad "
                                    "nic."},
  (1.5, 2, 1.5, 2), "delivery- communication-", "no_diacritics",
  "Typed without diacritics; incomplete order and three unanswered messages.")

CST2 = survey("vlnka-podpora-sms-cs-t",
              q("csat", "csat", "Vlnka: Jak jste byli spokojeni s naší zákaznickou podporou? Odpovězte 1 (vůbec) "
                                "až 5 (velmi).", scale=(1, 5)),
              q("komentar", "text", "Chcete nám k tomu něco napsat?"))
r("cs", SMS, CST2, {"csat": 4, "komentar": "Nebylo to úplně špatné, ale stejnou věc jsem musel vysvětlovat "
                                           "dvakrát."},
  (6.5, 6, 4.5, 6.5), "", "negation mixed",
  "'Nebylo to úplně špatné' is hedged praise; repeating the problem twice lowers ease.")
r("cs", SMS, CST2, {"csat": 5, "komentar": None}, (10, 8.5, 9, 8.5))

CST3 = survey("vlnovka-aquapark-kiosk-cs-t",
              q("smajlik", "csat", "Jak jste dnes byli spokojeni?", scale=(1, 3)),
              q("poznamka", "text", "Vzkaz pro nás (nepovinné)"))
r("cs", KIO, CST3, {"smajlik": 1, "poznamka": "Šatny byly špinavé a na zemi všude vlasy."},
  (0.5, 1.5, 3, 2.5), "cleanliness-")

CST4 = survey("na-rozcesti-qr-cs-t",
              q("spokojenost", "csat", "Jak jste byli dnes spokojeni v hospodě Na Rozcestí?", scale=(1, 5)),
              q("prijdete", "yes_no", "Přijdete k nám znovu?", perspective="loyalty"),
              q("vzkaz", "text", "Váš vzkaz"))
r("cs", QR, CST4, {"spokojenost": 5, "prijdete": True,
                   "vzkaz": "Nejlepší svíčková v okolí a obsluha přesně taková, jaká má být 👍"},
  (9.5, 9, 8.5, 9.5), "product_quality+ staff+")

CST5 = survey("hermanek-lekarna-widget-cs-t",
              q("snadnost", "rating", "Jak snadno se vám nakupovalo?", scale=(1, 5), perspective="ease"),
              q("zlepsit", "text", "Co bychom měli zlepšit?"))
r("cs", WEB, CST5, {"snadnost": 3, "zlepsit": "No super, košík se mi třikrát vyprázdnil, než jsem to vůbec "
                                              "zaplatila. Fakt skvělý zážitek."},
  (2.5, 3.5, 2.5, 4), "website_app-", "sarcasm",
  "'Fakt skvělý zážitek' is sarcastic: the cart emptied three times, so ease falls below the middling rating.")

CST6 = survey("knihkupectvi-snek-poll-cs-t",
              q("slovo", "text", "Jedním slovem: jak se vám líbí nové uspořádání prodejny?"))
r("cs", FL, CST6, {"slovo": "Přehlednější!"},
  (8, 7, 8, 7.5), "", "short",
  "One positive word about the new layout ('clearer'), which also implies easier browsing.")

CST7 = survey("sklad-pulz-cs-t",
              q("enps", "nps", "Jak pravděpodobně byste nás doporučili jako zaměstnavatele?"),
              q("zmena", "text", "Co bychom měli změnit jako první?"))
r("cs", EMP, CST7, {"enps": 9, "zmena": "Mzda se zase nezvedla, vedoucí na nás nemá čas a přesčasy máme každý "
                                        "týden."},
  (3, 7, 3.5, 4), "pay- management- workload-", "contradiction",
  "eNPS 9 against a list of complaints: recommendation stays fairly high, the rest is pulled down.")
r("cs", EMP, CST7, {"enps": 7, "zmena": None}, (6.5, 7, 6.5, 6.5))

# ----------------------------------------------------------------------------------------------------- Greek, Ukrainian
# Hand-written, hand-labelled TEST responses: Greek (el, 42) and Ukrainian (uk, 10).
# labels = (satisfaction, recommendation, ease, loyalty)

# ----------------------------------------------------------------------------------------------------------------
# Greek (el)
# ----------------------------------------------------------------------------------------------------------------

# Email: electronics e-shop
ELT1 = survey("astrolavos-nps-el-t",
              q("nps", "nps", "Πόσο πιθανό είναι να προτείνετε τον Αστρολάβο σε έναν φίλο ή συνάδελφο;"),
              q("logos", "text", "Ποιος είναι ο κύριος λόγος για τη βαθμολογία σας;"))

r("el", E, ELT1, {"nps": 9, "logos": "Πήρα λάπτοπ Πέμπτη βράδυ και το είχα Σάββατο πρωί στο Ηράκλειο. Καλά "
                                      "συσκευασμένο, χωρίς ούτε μια γρατζουνιά."},
  (8.5, 9, 8.5, 8), "delivery+ product_quality+")

r("el", E, ELT1, {"nps": 3, "logos": "Η τηλεόραση ήρθε με σπασμένη γωνία και για να την αντικαταστήσουν "
                                      "χρειάστηκαν φωτογραφίες, φόρμες και δώδεκα μέρες αναμονή."},
  (2, 3, 1.5, 2.5), "delivery- waiting_time-",
  note="Damaged on arrival and a long, paperwork-heavy replacement: low satisfaction, very low ease.")

r("el", E, ELT1, {"nps": 10, "logos": "Τραγική εμπειρία απ' όλες τις απόψεις. Εδώ δεν ξαναψωνίζω."},
  (2, 6, 3, 1.5), "", "contradiction",
  note="NPS 10 against a furious 'never again' comment: recommendation kept fairly high, satisfaction and "
       "loyalty pulled right down by the text.")

r("el", E, ELT1, {"nps": 7, "logos": None}, (6.5, 7, 6.5, 6.5))

# Email: delicatessen e-shop
ELT2 = survey("melissanthi-order-el-t",
              q("csat", "csat", "Πόσο ικανοποιημένοι μείνατε από την παραγγελία σας;", scale=(1, 5)),
              q("eukolia", "ces", "Η Μελισσάνθη έκανε εύκολη την παραγγελία μου.", scale=(1, 7)),
              q("xana", "yes_no", "Θα παραγγείλετε ξανά από εμάς;", perspective="loyalty"),
              q("sxolio", "text", "Θέλετε να μας πείτε κάτι ακόμη;"))

r("el", E, ELT2, {"csat": 4, "eukolia": 6, "xana": True,
                  "sxolio": "Το θυμαρίσιο μέλι είναι εξαιρετικό και η γραβιέρα ήρθε σε ισοθερμικό κουτί, όπως "
                            "έπρεπε. Τα μεταφορικά όμως, 7,90 για δύο βαζάκια, είναι τσουχτερά."},
  (7.5, 7, 8, 8), "product_quality+ delivery+ price-", "mixed",
  note="CSAT 4, CES 6 and a yes anchor the labels; praise for goods and packaging, complaint about shipping cost.")

r("el", E, ELT2, {"csat": 2, "eukolia": None, "xana": False,
                  "sxolio": "Το λάδι καλό, δεν λέω, αλλά το κιβώτιο ήρθε μούσκεμα και το ένα μπουκάλι είχε "
                            "ραγίσει."},
  (3, 3, 4.5, 2), "product_quality+ delivery-", "mixed skipped",
  note="CSAT 2 and a 'no' to reordering; ease question skipped, set mid-low from the damaged parcel.")

r("el", E, ELT2, {"csat": 5, "eukolia": 7, "xana": True, "sxolio": "Όλα τέλεια!"},
  (9.5, 9, 9.5, 9), "", "short")

# Email: online bookshop
ELT3 = survey("pleiades-books-el-t",
              q("nps", "nps", "Πόσο πιθανό είναι να μας συστήσετε σε κάποιον γνωστό σας;"),
              q("synolo", "rating", "Πώς θα βαθμολογούσατε συνολικά την αγορά σας;", scale=(1, 10),
                perspective="satisfaction"),
              q("pigi", "single_choice", "Πώς μάθατε για τις Πλειάδες;",
                options=["Από φίλο", "Instagram", "Αναζήτηση στο Google", "Άλλο"]),
              q("sxolio", "text", "Πείτε μας ελεύθερα τη γνώμη σας."))

r("el", E, ELT3, {"nps": 8, "synolo": 8, "pigi": "Από φίλο",
                  "sxolio": "Βρήκα ένα εξαντλημένο βιβλίο του Καζαντζάκη που έψαχνα χρόνια! Η σελίδα πληρωμής "
                            "όμως κόλλησε δύο φορές μέχρι να περάσει η κάρτα."},
  (7.5, 8, 6, 7.5), "product_quality+ website_app-", "mixed",
  note="Happy with the find (rating 8, NPS 8); the stuck payment page lowers ease.")

r("el", E, ELT3, {"nps": 6, "synolo": 6, "pigi": "Instagram",
                  "sxolio": "Δεν είχα κανένα πρόβλημα με την αποστολή, ήρθε κανονικά. Απλώς οι τιμές είναι ίδιες "
                            "με των μεγάλων αλυσίδων, οπότε δεν βλέπω γιατί να προτιμήσω εσάς."},
  (5.5, 6, 7, 4.5), "delivery+ price-", "negation mixed",
  note="'No problem with shipping' is praise by negation; no price advantage means weak loyalty.")

r("el", E, ELT3, {"nps": 2, "synolo": 3, "pigi": "Αναζήτηση στο Google",
                  "sxolio": "Μπράβο σας. Παρήγγειλα δώρο γενεθλίων με «παράδοση σε 2 εργάσιμες» και έφτασε τρεις "
                            "μέρες μετά τη γιορτή. Πολύ χρήσιμο."},
  (2, 2, 4, 2.5), "delivery-", "sarcasm",
  note="'Bravo' and 'very useful' are sarcastic: a birthday gift arrived late; low on everything.")

# SMS support: mobile operator
ELT4 = survey("zefyros-sms-el-t",
              q("prospatheia", "ces_effort",
                "Πόση προσπάθεια χρειάστηκε για να λυθεί το αίτημά σας; (1 = ελάχιστη, 5 = πάρα πολλή)",
                scale=(1, 5)),
              q("sxolio", "text", "Απαντήστε με ένα σύντομο σχόλιο (προαιρετικό)."))

r("el", SMS, ELT4, {"prospatheia": 1,
                    "sxolio": "Μου ενεργοποίησαν την eSIM σε πέντε λεπτά και ο τεχνικός ήταν πολύ υπομονετικός "
                              "μαζί μου."},
  (9, 8, 9.5, 8), "staff+ waiting_time+")

r("el", SMS, ELT4, {"prospatheia": 5,
                    "sxolio": "ΤΡΙΤΗ φορά που καλώ για το ίδιο πρόβλημα. Αν δεν φτιαχτεί ως την Παρασκευή, πάω σε "
                              "άλλη εταιρεία."},
  (1.5, 1.5, 0.5, 1.5),
  note="Maximum effort, third call on the same fault and a threat to leave: low on all four.")

r("el", SMS, ELT4, {"prospatheia": 5, "sxolio": "Πανεύκολο όλο, ευχαριστώ πολύ για τη βοήθεια!"},
  (8.5, 7.5, 8.5, 7.5), "", "reversed_scale",
  note="Effort 5 (= a lot) but 'very easy, thank you': the respondent read 5 as best; ease set from the comment.")

r("el", SMS, ELT4, {"prospatheia": 3, "sxolio": None}, (5, 5, 5, 5))

# SMS support: courier
ELT5 = survey("dromeas-support-el-t",
              q("csat", "csat", "Πώς αξιολογείτε την εξυπηρέτηση που λάβατε από το κέντρο υποστήριξης;",
                scale=(1, 5)),
              q("sxolio", "text", "Τι θα μπορούσαμε να κάνουμε καλύτερα;"))

r("el", SMS, ELT5, {"csat": 4,
                    "sxolio": "καλη η κοπελα στο τηλεφωνο αλλα το δεμα ακομα δεν εχει ερθει, μου λενε αυριο"},
  (6, 5.5, 5.5, 5.5), "staff+ delivery-", "mixed no_diacritics",
  note="CSAT 4 rates the agent; the parcel is still missing, which pulls satisfaction and ease down a little.")

r("el", SMS, ELT5, {"csat": 1,
                    "sxolio": "Συγχαρητήρια για τη μουσική αναμονής, την έμαθα απ' έξω μέσα σε 40 λεπτά. Και στο "
                              "τέλος έκλεισε η γραμμή."},
  (0.5, 1, 0.5, 2), "waiting_time-", "sarcasm",
  note="Mock congratulations on the hold music: 40 minutes on hold then cut off; CSAT 1.")

# Kiosk: supermarket exit smileys
ELT6 = survey("kallisti-kiosk-el-t",
              q("smiley", "csat", "Πώς ήταν η σημερινή σας επίσκεψη στην Καλλίστη;", scale=(1, 3)),
              q("sxolio", "text", "Θέλετε να προσθέσετε κάτι;"))

r("el", KIO, ELT6, {"smiley": 3, "sxolio": None}, (9, 8, 8.5, 8))
r("el", KIO, ELT6, {"smiley": 1, "sxolio": None}, (1, 2.5, 3, 3))
r("el", KIO, ELT6, {"smiley": 2, "sxolio": "Ουρά στα ταμεία."}, (4, 4.5, 3.5, 5), "waiting_time-", "short",
  note="Middle smiley, queue at the tills: satisfaction a little under the middle, ease lower.")
r("el", KIO, ELT6, {"smiley": 3, "sxolio": "Όλα καλά, ευχαριστώ"}, (8.5, 8, 8, 8), "", "short")

# Kiosk: intercity bus ticket office (text only)
ELT7 = survey("pelop-grammes-kiosk-el-t",
              q("gnomi", "text", "Πώς σας φάνηκε η εξυπηρέτηση στο εκδοτήριο σήμερα;"))

r("el", KIO, ELT7, {"gnomi": "Ο υπάλληλος στο γκισέ ήταν ευγενικός και μου βρήκε θέση στο δρομολόγιο των 7, ενώ "
                             "μου είχαν πει ότι ήταν γεμάτο."},
  (8.5, 7.5, 8, 7.5), "staff+")

r("el", KIO, ELT7, {"gnomi": "Δεν δέχεστε κάρτα για εισιτήριο κάτω από 10 ευρώ;;; Το 2025; Γύρισα όλο τον "
                             "σταθμό ψάχνοντας μηχάνημα ανάληψης."},
  (3, 3.5, 2, 4.5), "billing-",
  note="Card refused for small tickets, had to hunt for a cash machine: low ease; loyalty near the middle as the "
       "bus line has few alternatives.")

# QR receipt: grill house
ELT8 = survey("lampis-qr-el-t",
              q("csat", "csat", "Πώς σας φάνηκε το φαγητό και η εξυπηρέτηση;", scale=(1, 5)),
              q("xana", "yes_no", "Θα μας ξαναεπισκεφθείτε;", perspective="loyalty"),
              q("sxolio", "text", "Ένα σχόλιο για τον Λάμπη;"))

r("el", QR, ELT8, {"csat": 5, "xana": True,
                   "sxolio": "Τα παϊδάκια έλιωναν στο στόμα και η μερίδα έφτανε για δύο. Ο σερβιτόρος μάς κέρασε "
                             "και γλυκό στο τέλος."},
  (9.5, 9, 8.5, 9), "product_quality+ staff+")

r("el", QR, ELT8, {"csat": 3, "xana": True,
                   "sxolio": "Το φαγητό ήταν top, αλλά το service πολύ slow, περιμέναμε σχεδόν μία ώρα για δύο "
                             "πιάτα. Anyway, θα ξαναέρθουμε γιατί είμαστε γειτονιά."},
  (5, 5.5, 5, 7), "product_quality+ waiting_time-", "mixed code_switching",
  note="Greek with English words; CSAT 3, great food but an hour's wait; will return because they live nearby.")

r("el", QR, ELT8, {"csat": 2, "xana": False,
                   "sxolio": "Βρόμικες τουαλέτες, χωρίς χαρτί, και το τραπέζι κολλούσε. Κρίμα, γιατί το "
                             "κοντοσούβλι ήταν νόστιμο."},
  (2.5, 3, 5, 2), "cleanliness- product_quality+", "mixed",
  note="Dirty toilets and table outweigh the tasty food: CSAT 2, won't come back; ease not touched.")

# QR receipt: seaside cafe (text only)
ELT9 = survey("anemomylos-qr-el-t",
              q("gnomi", "text", "Πείτε μας με δυο λόγια πώς περάσατε στον Ανεμόμυλο."))

r("el", QR, ELT9, {"gnomi": "Πολύ ωραία, θα ξανάρθω."}, (8.5, 7.5, 7.5, 8.5), "", "short",
  note="Short and warm, with an explicit 'I'll come again' for loyalty.")

r("el", QR, ELT9, {"gnomi": "5,50 ένας εσπρέσο; Ούτε στη Μύκονο δεν το πληρώνω αυτό."},
  (3, 3, 6, 3.5), "price-",
  note="Outraged at the espresso price; ease has no evidence and sits near the middle.")

# Web widget: travel agency booking site
ELT10 = survey("voreas-widget-el-t",
               q("eukolia", "ces", "Ο ιστότοπος του Βορέα μού έκανε εύκολη την κράτηση.", scale=(1, 7)),
               q("sxolio", "text", "Τι θα βελτιώνατε στον ιστότοπο;"))

r("el", WEB, ELT10, {"eukolia": 2,
                     "sxolio": "Το φίλτρο για πτήσεις με χειραποσκευή δεν δουλεύει, και κάθε φορά που πατάω «πίσω» "
                               "χάνονται οι ημερομηνίες."},
  (3, 3.5, 1.5, 4), "website_app-")

r("el", WEB, ELT10, {"eukolia": 6,
                     "sxolio": "Δεν χρειάστηκε να τηλεφωνήσω πουθενά, όλα έγιναν online μέσα σε δέκα λεπτά."},
  (8, 7.5, 8.5, 7.5), "website_app+", "negation",
  note="'Didn't need to call anyone' is praise through negation; CES 6.")

r("el", WEB, ELT10, {"eukolia": 7,
                     "sxolio": "Εύκολη η κράτηση, αλλά η τελική τιμή ανέβηκε 35 ευρώ στο τελευταίο βήμα με «τέλη "
                               "υπηρεσίας» που δεν αναφέρονταν πουθενά πριν."},
  (5, 5, 9, 5), "website_app+ price- communication-", "mixed",
  note="CES 7 keeps ease high; the hidden 35-euro fee pulls satisfaction, recommendation and loyalty to the middle.")

# Web widget: energy supplier bill-payment page (no text question)
ELT11 = survey("ilios-bills-widget-el-t",
               q("csat", "csat", "Πόσο ικανοποιημένοι είστε από τη νέα σελίδα πληρωμής λογαριασμών;", scale=(1, 5)))

r("el", WEB, ELT11, {"csat": 4}, (7.5, 7, 7.5, 7))
r("el", WEB, ELT11, {"csat": 2}, (2.5, 3.5, 3.5, 4))

# Flash poll: gym members
ELT12 = survey("atlasfit-poll-el-t",
               q("nps", "nps", "Πόσο πιθανό είναι να προτείνετε το Άτλας Fit σε έναν φίλο;"),
               q("veltiosi", "single_choice", "Τι να βελτιώσουμε πρώτα;",
                 options=["Ωράριο", "Εξοπλισμό", "Καθαριότητα", "Προπονητές", "Τίποτα"]),
               q("sxolio", "text", "Κάτι άλλο που θέλετε να μας πείτε;"))

r("el", FL, ELT12, {"nps": 9, "veltiosi": "Τίποτα",
                    "sxolio": "Το καλύτερο γυμναστήριο που έχω γραφτεί, δεν το αλλάζω με τίποτα."},
  (9, 9, 8, 9.5), "", "negation",
  note="'Wouldn't swap it for anything' is strong loyalty expressed with a negation.")

r("el", FL, ELT12, {"nps": 5, "veltiosi": "Καθαριότητα",
                    "sxolio": "Τα αποδυτήρια μυρίζουν υγρασία και τα ντους βγάζουν πότε κρύο πότε ζεστό νερό. Κατά "
                              "τα άλλα οκ."},
  (4.5, 5, 5.5, 5), "cleanliness-")

r("el", FL, ELT12, {"nps": 3, "veltiosi": "Ωράριο",
                    "sxolio": "Πολύ καλό γυμναστήριο με ωραίο κλίμα. Μόνο θα ήθελα να ανοίγετε στις 6 αντί για 7, "
                              "να προλαβαίνω πριν τη δουλειά."},
  (7, 4, 6, 6.5), "", "contradiction",
  note="NPS 3 but a warm comment with one wish about opening hours: recommendation stays low-ish, satisfaction "
       "and loyalty follow the text.")

# Flash poll: streaming service (text only)
ELT13 = survey("odysseia-play-poll-el-t",
               q("protasi", "text", "Με μία πρόταση: τι σας αρέσει λιγότερο στην Οδύσσεια Play;"))

r("el", FL, ELT13, {"protasi": "Ότι τα νέα επεισόδια των ξένων σειρών τα βλέπουμε εδώ "
                               "με καθυστέρηση μιας εβδομάδας."},
  (5.5, 6, 7, 6),
  note="A mild gripe about release delays, asked for by the question; no listed theme, labels a little above middle.")

r("el", FL, ELT13, {"protasi": "Η εφαρμογή στην smart TV κολλάει κάθε φορά που πάω να ξεκινήσω επεισόδιο."},
  (4.5, 5, 3.5, 5.5), "website_app-")

# Employee pulse: logistics company
ELT14 = survey("porthmos-pulse-el-t",
               q("ikanopoiisi", "rating", "Πόσο ικανοποιημένος/η είστε συνολικά από τη δουλειά σας;", scale=(1, 5),
                 perspective="satisfaction"),
               q("enps", "nps", "Πόσο πιθανό είναι να προτείνετε τον Πορθμό σε κάποιον γνωστό σας ως χώρο εργασίας;"),
               q("paramoni", "yes_no", "Βλέπετε τον εαυτό σας στην εταιρεία και σε έναν χρόνο;",
                 perspective="loyalty"),
               q("sxolio", "text", "Τι θα έκανε τη δουλειά σας καλύτερη;"))

r("el", EMP, ELT14, {"ikanopoiisi": 4, "enps": 8, "paramoni": True,
                     "sxolio": "Καλή ομάδα στη βάρδια, ο ένας καλύπτει τον άλλον. Ο μισθός όμως έχει μείνει ίδιος "
                               "από το 2022, ενώ γύρω μας όλα ακρίβυναν."},
  (6.5, 7.5, 6.5, 7.5), "colleagues+ pay-", "mixed",
  note="Rating 4, eNPS 8 and staying; good team but frozen pay takes satisfaction a notch below the rating.")

r("el", EMP, ELT14, {"ikanopoiisi": 2, "enps": None, "paramoni": False,
                     "sxolio": "Διπλοβάρδιες κάθε εβδομάδα επειδή λείπει κόσμος, και ο προϊστάμενος το θεωρεί "
                               "φυσιολογικό."},
  (2, 2, 2, 1.5), "workload- management-", "skipped",
  note="eNPS skipped; rating 2, not staying, weekly double shifts and a dismissive supervisor.")

r("el", EMP, ELT14, {"ikanopoiisi": 5, "enps": 10, "paramoni": True,
                     "sxolio": "Ψάχνω ήδη για αλλού, εδώ δεν υπάρχει καμία προοπτική εξέλιξης."},
  (5, 7, 5, 3), "growth-", "contradiction",
  note="Top scores and 'yes, staying' against 'already looking elsewhere': recommendation kept fairly high, "
       "satisfaction and loyalty pulled down by the comment.")

r("el", EMP, ELT14, {"ikanopoiisi": 3, "enps": 6, "paramoni": True, "sxolio": None}, (5, 6, 5.5, 7))

# Employee pulse: hotel (text only)
ELT15 = survey("alkyoni-pulse-el-t",
               q("allagi", "text", "Αν μπορούσατε να αλλάξετε ένα πράγμα στο ξενοδοχείο ως χώρο εργασίας, ποιο θα "
                                   "ήταν;"))

r("el", EMP, ELT15, {"allagi": "Θα άλλαζα τον τρόπο που βγαίνει το πρόγραμμα. Δουλεύω τέταρτη σεζόν στην υποδοχή και "
                               "κάθε χρόνο τα ίδια: το πρόγραμμα της επόμενης εβδομάδας το μαθαίνουμε Κυριακή βράδυ, "
                               "συχνά με αλλαγές της τελευταίας στιγμής, οπότε δεν μπορείς να κανονίσεις τίποτα, ούτε "
                               "ένα ραντεβού με γιατρό. Τον Αύγουστο ήμασταν τρεις άνθρωποι για διακόσια δωμάτια, με "
                               "αφίξεις μέχρι τις δύο τα ξημερώματα, και όταν το είπαμε στη διεύθυνση η απάντηση ήταν "
                               "«σεζόν είναι, θα περάσει». Δεν ζητάμε θαύματα. Να μη με παρεξηγήσετε, οι συνάδελφοι είναι "
                               "χρυσοί άνθρωποι, χωρίς αυτούς θα είχα φύγει από τον Ιούλιο, και οι καμαριέρες κάνουν "
                               "απίστευτη δουλειά. Αλλά κάποια στιγμή πρέπει να προσλαμβάνεται κόσμος νωρίτερα, από "
                               "τον Απρίλιο και όχι στη μέση της σεζόν, και κάποιος από πάνω να μας ρωτάει πριν κλείσει "
                               "το πρόγραμμα. Αλλιώς του χρόνου δεν ξέρω αν θα είμαι εδώ."},
  (3.5, 3.5, 3, 3.5), "workload- management- colleagues+", "long mixed",
  note="Long complaint about rosters, understaffing and a deaf management, warm about colleagues; doubts about "
       "returning next season set loyalty low.")

# ----------------------------------------------------------------------------------------------------------------
# Ukrainian (uk)
# ----------------------------------------------------------------------------------------------------------------

UKT1 = survey("smachna-polytsia-uk-t",
              q("nps", "nps", "Наскільки ймовірно, що ви порекомендуєте «Смачну Полицю» друзям чи знайомим?"),
              q("chomu", "text", "Що найбільше вплинуло на вашу оцінку?"))

r("uk", E, UKT1, {"nps": 9, "chomu": "Жодного разу не було проблем із доставкою, навіть коли вимикали світло. "
                                     "Зелень свіжа, ніби щойно з городу."},
  (9, 9, 8.5, 8.5), "delivery+ product_quality+", "negation",
  note="'Never a problem with delivery' is praise through negation; NPS 9.")

r("uk", E, UKT1, {"nps": 4, "chomu": "Привезли на добу пізніше, ніж обіцяли. Я вже встигла купити все в магазині "
                                     "біля дому."},
  (3, 4, 4, 3.5), "delivery-",
  note="A day late, so the customer bought elsewhere: low satisfaction and loyalty.")

r("uk", E, UKT1, {"nps": 8, "chomu": None}, (7.5, 8, 7.5, 7.5))

UKT2 = survey("obrii-telecom-sms-uk-t",
              q("lehko", "ces", "Оператор «Обрію» зробив вирішення мого питання легким.", scale=(1, 7)),
              q("komentar", "text", "Коротко: що нам варто покращити?"))

r("uk", SMS, UKT2, {"lehko": 7, "komentar": "Усе чудово, дякую!"}, (9, 8, 9.5, 8), "", "short")

r("uk", SMS, UKT2, {"lehko": 2, "komentar": "Тричі пояснювала одне й те саме різним операторам. Кожен каже "
                                            "«передамо в технічний відділ», і потім тиша. Customer support на нулі, "
                                            "чесно."},
  (2, 2.5, 1.5, 3), "communication-", "code_switching",
  note="Ukrainian with an English phrase; CES 2, three explanations and no follow-up.")

UKT3 = survey("vitrylo-poshta-kiosk-uk-t",
              q("smailyk", "csat", "Оцініть обслуговування у відділенні сьогодні", scale=(1, 3)))

r("uk", KIO, UKT3, {"smailyk": 2}, (5, 5, 5, 5))

UKT4 = survey("lypa-kaviarnia-qr-uk-t",
              q("vrazhennia", "text", "Як вам у «Липі»? Напишіть кілька слів."))

r("uk", QR, UKT4, {"vrazhennia": "Каву роблять смачну, але на столиках брудно, і посуд ніхто не прибирає."},
  (5, 5, 6, 5.5), "product_quality+ cleanliness-", "mixed")

UKT5 = survey("zlahoda-bank-widget-uk-t",
              q("csat", "csat", "Наскільки ви задоволені новим розділом переказів у застосунку?", scale=(1, 5)),
              q("komentar", "text", "Ваш коментар (необов'язково)"))

r("uk", WEB, UKT5, {"csat": 1, "komentar": "Дякую за оновлення, тепер щоб переказати мамі 200 гривень, треба "
                                           "пройти квест із п'яти екранів."},
  (1, 2, 1, 3.5), "website_app-", "sarcasm",
  note="The thanks is sarcastic: a simple transfer now takes five screens; CSAT 1, ease very low; loyalty less "
       "extreme as people rarely switch banks over one screen.")

UKT6 = survey("dobrodii-apteka-poll-uk-t",
              q("nps", "nps", "Чи порекомендуєте ви аптеку «Добродій» знайомим? (0–10)"),
              q("komentar", "text", "Що вам найбільше запам'яталося?"))

r("uk", FL, UKT6, {"nps": 2, "komentar": "Фармацевтка дуже уважна, підказала дешевший аналог ліків. Ходжу тільки "
                                         "до вас."},
  (8, 4, 7.5, 8.5), "staff+ price+", "contradiction",
  note="NPS 2 against a glowing comment and 'I only come to you': recommendation stays low-ish, the rest follow "
       "the text.")

UKT7 = survey("polissia-soft-pulse-uk-t",
              q("zadovolenist", "rating", "Наскільки ви задоволені роботою в команді цього місяця?", scale=(1, 10),
                perspective="satisfaction"),
              q("pereshkody", "text", "Що заважає вам працювати ефективніше?"))

r("uk", EMP, UKT7, {"zadovolenist": 6,
                    "pereshkody": "Колеги класні, завжди підстрахують. Але дедлайни ставлять так, ніби ми не "
                                  "сидимо половину дня в укритті під час тривог."},
  (5.5, 5.5, 4.5, 6), "colleagues+ workload-", "mixed",
  note="Rating 6; supportive colleagues but deadlines ignore hours lost in shelters during air-raid alerts.")

# ----------------------------------------------------------------------------------------------------- Persian, Turkish
# Hand-written test fragment: Persian (fa, 42 responses) then Turkish (tr, 10 responses).
# Persian strings use '~' for the zero-width non-joiner.

# ---------------------------------------------------------------- Persian: email (10)
FAT1 = survey("toranjkala-purchase-email-fa-t",
              q("nps", "nps", "چقدر احتمال دارد ترنج~کالا را به دوستان و آشنایان خود پیشنهاد کنید؟"),
              q("csat", "csat", "در مجموع از این خرید چقدر راضی بودید؟", scale=(1, 5)),
              q("why", "text", "دلیل اصلی امتیاز شما چیست؟"))
r("fa", E, FAT1, {"nps": 9, "csat": 5,
                  "why": "سفارشم یه روز زودتر از موعدی که گفته بودین رسید، بسته~بندیش هم حسابی محکم بود. دمتون گرم"},
  (9.5, 9, 9, 8.5), "delivery+")
r("fa", E, FAT1, {"nps": 6, "csat": 3,
                  "why": "گوشی سالم و پلمپ رسید، ولی قیمتش از بازار حدود دویست تومن بالاتر بود. پشتیبانی هم تا به "
                         "پیامم جواب بده دو روز گذشت."},
  (4.5, 6, 4.5, 5), "product_quality+ price- communication-", "mixed",
  "Phone arrived fine but cost more than elsewhere and support was slow: middling scores pulled a little down.")
r("fa", E, FAT1, {"nps": 10, "csat": 1, "why": "همه چی عالی بود، دقیقاً همونی که انتظار داشتم."},
  (9, 9.5, 8.5, 8.5), "", "reversed_scale",
  "CSAT 1 beside NPS 10 and a glowing comment: the 1-5 scale was read backwards, so satisfaction follows the comment.")
r("fa", E, FAT1, {"nps": 3, "csat": 2,
                  "why": "سه بار زمان ارسال رو عقب انداختن و هیچ~کدوم از دفعه~ها هم کسی خبر نداد. دیگه از اینجا "
                         "خرید نمی~کنم."},
  (2, 2.5, 2, 1), "delivery- communication-", "",
  "Three postponed deliveries with no notice and an explicit 'never buying here again' set loyalty near zero.")
r("fa", E, FAT1, {"nps": 8, "csat": 4, "why": None}, (7.5, 8, 7, 7))

FAT2 = survey("asemannoor-flight-email-fa-t",
              q("nps", "nps", "چقدر احتمال دارد پرواز با آسمان~نور را به دیگران توصیه کنید؟"),
              q("ces", "ces", "خرید بلیت و پذیرش پرواز برایم آسان بود.", scale=(1, 7)),
              q("again", "yes_no", "آیا در سفر بعدی هم با ما پرواز می~کنید؟", perspective="loyalty"),
              q("comment", "text", "اگر نکته~ای درباره این سفر دارید برایمان بنویسید."))
r("fa", E, FAT2, {"nps": 9, "ces": 6, "again": True,
                  "comment": "مهماندارها خیلی مؤدب و خوش~برخورد بودن. فقط غذای توی پرواز یخ کرده بود و طعمی نداشت، "
                             "که البته چندان مهم نیست."},
  (8, 9, 8.5, 8.5), "staff+ product_quality-", "mixed",
  "Warm praise for the crew, a minor complaint about the food that the respondent downplays: high labels, slightly trimmed.")
r("fa", E, FAT2, {"nps": 9, "ces": 2, "again": True,
                  "comment": "پرواز چهار ساعت تأخیر داشت و این دومین باره که برام پیش میاد. واقعاً خسته~کننده~ست."},
  (3, 7, 2, 5), "waiting_time-", "contradiction",
  "NPS 9 and 'yes' to flying again, but a repeated four-hour delay: recommendation stays fairly high, the rest drop.")
r("fa", E, FAT2, {"nps": None, "ces": 5, "again": False,
                  "comment": "بلیت~ها از پارسال تا حالا نزدیک دو برابر گرون شده؛ با این نرخ ترجیح می~دم با قطار برم."},
  (4, 3, 6.5, 2), "price-", "skipped",
  "NPS skipped; recommendation inferred low from the price complaint and the 'no' to flying again, ease from CES 5.")

FAT3 = survey("sepidar-furniture-story-fa-t",
              q("story", "text", "تجربه خرید خود از مبلمان سپیدار را برای ما بنویسید."))
r("fa", E, FAT3, {"story": "راستش نمی~دونم از کجا شروع کنم. ما اوایل مهر یه دست مبل راحتی از شعبه~ی ونک سفارش دادیم. "
                           "فروشنده~تون، آقای کریمی، خیلی حوصله به خرج داد، همه~ی پارچه~ها رو یکی~یکی نشونمون داد و "
                           "حتی خودش پیشنهاد داد یه مدل ارزون~تر بگیریم چون فرقی تو کیفیت نداشت، که واقعاً ازش "
                           "ممنونم. موقع خرید گفتن بیست روزه تحویل میدن. بیست روز شد سی روز، سی روز شد چهل و پنج "
                           "روز. خلاصه وقتی بالاخره آوردن، همه~ی اون دلخوری~ها یادم رفت، چون مبل واقعاً راحته، "
                           "دوختش تمیزه و رنگش دقیقاً همونیه که می~خواستیم. مهمون~ها هم همه پرسیدن از کجا خریدیم. "
                           "ولی اگه یه روز بخوام دوباره از شما خرید کنم، اول باید مطمئن بشم که زمان تحویل رو جدی "
                           "می~گیرید، چون اون چهل و پنج روز انتظار، با خونه~ای که نصفش خالی بود، اصلاً شوخی نبود. "
                           "امیدوارم این رو به گوش کسی که باید برسونید."},
  (6, 5.5, 4.5, 5), "staff+ delivery- product_quality+", "long mixed",
  "Helpful salesman and a comfortable sofa against a 45-day delivery; a conditional 'buy again' keeps loyalty middling.")
r("fa", E, FAT3, {"story": "مبل~ها رو دیروز تحویل گرفتیم، خیلی خوش~رنگه و دقیقاً به دکور خونه می~خوره."},
  (9, 8.5, 8, 8), "product_quality+")

# ---------------------------------------------------------------- Persian: SMS support (6)
FAT4 = survey("porso-isp-sms-fa-t",
              q("csat", "csat", "از پاسخگویی پشتیبانی اینترنت پرسو چقدر راضی بودید؟ (۱ تا ۵)", scale=(1, 5)),
              q("effort", "ces_effort", "حل مشکلتان چقدر زحمت داشت؟ (۱ کم، ۵ خیلی زیاد)", scale=(1, 5)),
              q("txt", "text", "توضیح کوتاه (اختیاری)"))
r("fa", SMS, FAT4, {"csat": 1, "effort": 5,
                    "txt": "salam. 3 rooze ke internetam ghate, har bar ham zang mizanam migan moshkel az markaze "
                           "mokhaberat e. pas kei dorost mishe??"},
  (0.5, 1.5, 0.5, 2), "product_quality- communication-", "finglish",
  "Three days without internet and the same excuse on every call: lowest satisfaction and ease, written in finglish.")
r("fa", SMS, FAT4, {"csat": 5, "effort": 1, "txt": "خیلی ممنون، مشکلم همون دفعه~ی اول حل شد."},
  (9.5, 8.5, 9.5, 8.5))
r("fa", SMS, FAT4, {"csat": 3, "effort": 3, "txt": "بد نبود."},
  (5.5, 5, 5, 5), "", "short negation",
  "'Not bad' is a mild positive through negation, matching the middling CSAT and effort.")
r("fa", SMS, FAT4, {"csat": 5, "effort": 4,
                    "txt": "تیکت ثبت کردم، ticket number هم گرفتم ولی هیچ follow up ای انجام نشد، آخرش خودم دوباره "
                           "زنگ زدم."},
  (5.5, 4, 2, 4), "communication-", "contradiction code_switching",
  "CSAT 5 but a complaint about no follow-up and having to call again: satisfaction held mid, ease low from effort 4.")

FAT5 = survey("azarakhsh-bank-callcentre-sms-fa-t",
              q("nazar", "text", "مشتری گرامی، لطفاً نظر خود را درباره تماس امروزتان با مرکز پاسخگویی بانک آذرخش "
                                 "در یک پیامک بنویسید."))
r("fa", SMS, FAT5, {"nazar": "دستتون درد نکنه، فقط ۴۰ دقیقه پشت خط بودم و آهنگ انتظارتون رو از حفظ شدم."},
  (1.5, 2, 1.5, 3), "waiting_time-", "sarcasm",
  "Ironic thanks for a 40-minute hold: read as a strong complaint about waiting.")
r("fa", SMS, FAT5, {"nazar": "تماس کوتاه و مفیدی بود، ممنون."}, (8, 7.5, 8, 7.5))

# ---------------------------------------------------------------- Persian: kiosk (6)
FAT6 = survey("setarehshahr-hyper-kiosk-fa-t",
              q("smile", "csat", "امروز از خرید در هایپرمارکت ستاره~شهر راضی بودید؟", scale=(1, 3)))
r("fa", KIO, FAT6, {"smile": 3}, (9, 8, 8, 7.5))
r("fa", KIO, FAT6, {"smile": 2}, (5, 5, 5.5, 5.5))
r("fa", KIO, FAT6, {"smile": 1}, (1, 2, 2.5, 3))

FAT7 = survey("mehregan-clinic-kiosk-fa-t",
              q("smile", "csat", "از خدمات امروز درمانگاه مهرگان راضی بودید؟", scale=(1, 3)),
              q("why", "text", "چیزی هست که بخواهید به ما بگویید؟"))
r("fa", KIO, FAT7, {"smile": 1, "why": "خیلی معطل شدیم"}, (1, 2, 1.5, 3), "waiting_time-", "short")
r("fa", KIO, FAT7, {"smile": 3, "why": "سالن انتظار تمیز بود و خانم پرستار بخش تزریقات هم خیلی مهربون بود."},
  (9, 8.5, 8.5, 8), "cleanliness+ staff+")
r("fa", KIO, FAT7, {"smile": 2, "why": "دکترش خوب بود ولی سرویس بهداشتی~ها واقعاً کثیف بود."},
  (5, 5, 5.5, 5), "staff+ cleanliness-", "mixed",
  "A good doctor against dirty toilets, matching the middle smiley.")

# ---------------------------------------------------------------- Persian: QR receipt (5)
FAT8 = survey("sarv-kebab-qr-fa-t",
              q("score", "rating", "به غذا و سرویس امروز از ۱ تا ۱۰ چه نمره~ای می~دهید؟", scale=(1, 10),
                perspective="satisfaction"),
              q("back", "yes_no", "دوباره به رستوران سرو می~آیید؟", perspective="loyalty"),
              q("note", "text", "پیشنهاد یا انتقاد"))
r("fa", QR, FAT8, {"score": 8, "back": True,
                   "note": "کباب برگش عالی بود ولی دوغ رو سه بار یادآوری کردیم تا بالاخره آوردن."},
  (7.5, 7, 6.5, 8), "product_quality+ staff-", "mixed",
  "Excellent kebab, forgetful service: satisfaction a little under the 8/10, loyalty from the 'yes'.")
r("fa", QR, FAT8, {"score": 4, "back": False,
                   "note": "غذا خوشمزه بود اما صورت~حساب با قیمت~های منو نمی~خوند، پونزده درصد حق سرویس هم اضافه "
                           "کرده بودن که هیچ~جا ننوشته بود."},
  (3, 3, 4.5, 2), "product_quality+ billing-", "mixed",
  "Tasty food but a padded bill with an unannounced service charge; the 'no' to coming back sets loyalty low.")
r("fa", QR, FAT8, {"score": 7, "back": True, "note": None}, (6.5, 6.5, 6.5, 7.5))

FAT9 = survey("darchin-cafe-qr-fa-t",
              q("t", "text", "از اینکه به کافه دارچین سر زدید ممنونیم. تجربه~تان را برایمان بنویسید."))
r("fa", QR, FAT9, {"t": "عالی، مثل همیشه"}, (9, 8.5, 8, 9), "", "short",
  "Two-word praise from a regular ('as always'): high labels, loyalty highest.")
r("fa", QR, FAT9, {"t": "میزها رو دیر تمیز می~کنن و کیک~ها هم برای اون اندازه گرونه، ولی فضای کافه دنج و آرومه."},
  (5.5, 5, 6, 5.5), "cleanliness- price-", "mixed",
  "Slow table clearing and pricey cake against a cosy room: lukewarm.")

# ---------------------------------------------------------------- Persian: web widget (5)
FAT10 = survey("rahnavard-bus-web-fa-t",
               q("ces", "ces", "رزرو بلیت اتوبوس در سایت رهنورد برایم آسان بود.", scale=(1, 7)),
               q("why", "text", "چه چیزی را بهتر کنیم؟"))
r("fa", WEB, FAT10, {"ces": 7, "why": "هیچ مشکلی نداشتم، راحت و بی~دردسر بود."},
  (8.5, 8, 9.5, 8), "", "negation", "'Had no problem at all' is praise through negation, in line with CES 7.")
r("fa", WEB, FAT10, {"ces": 2, "why": "موقع پرداخت، درگاه بانکی~تون سه دفعه ارور داد؛ مبلغ از کارتم برداشته شد اما بلیتی صادر نشد."},
  (1, 2, 1.5, 2.5), "website_app- billing-", "",
  "Payment gateway failed three times and money was taken without a ticket: very low satisfaction and ease.")
r("fa", WEB, FAT10, {"ces": 5, "why": "سایت کار می~کنه ولی روی گوشی دکمه~ها خیلی ریزن و هی اشتباهی می~زنم."},
  (6, 6, 6, 6), "website_app-", "mixed",
  "The site works but is fiddly on a phone: CES 5 trimmed slightly, other labels near it.")

FAT11 = survey("parsa-insurance-help-web-fa-t",
               q("useful", "csat", "این راهنما چقدر به شما کمک کرد؟", scale=(1, 5)),
               q("more", "text", "چه چیزی کم بود؟"))
r("fa", WEB, FAT11, {"useful": 4, "more": None}, (7.5, 6.5, 7, 6.5))
r("fa", WEB, FAT11, {"useful": 1,
                     "more": "اصلاً توضیح نداده که خسارت رو چطوری آنلاین ثبت کنم، آخرش مجبور شدم برم شعبه."},
  (1, 3, 1, 3.5), "website_app-", "",
  "The help page failed and the customer had to visit a branch: ease lowest, loyalty unaddressed so nearer the middle.")

# ---------------------------------------------------------------- Persian: flash poll (5)
FAT12 = survey("hamrahnet-newplans-flash-fa-t",
               q("rate", "rating", "از بسته~های جدید اینترنت همراه~نت چقدر راضی هستید؟", scale=(1, 5),
                 perspective="satisfaction"),
               q("use", "multi_choice", "بیشتر از اینترنت برای چه استفاده می~کنید؟",
                 options=["پیام~رسان", "ویدیو", "بازی", "کار و درس"]),
               q("c", "text", "نظرتان در یک جمله"))
r("fa", FL, FAT12, {"rate": 2, "use": ["ویدیو", "پیام~رسان"],
                    "c": "حجم بسته~ها نصف شده و قیمت همونه، واقعاً دستتون طلا!"},
  (2, 2.5, 4, 3.5), "price-", "sarcasm",
  "'Golden hands' is ironic: half the data for the same price is a price complaint.")
r("fa", FL, FAT12, {"rate": 4, "use": ["کار و درس"], "c": "بسته~ی شبانه دقیقاً همون چیزیه که لازم داشتم."},
  (7.5, 7, 7, 7))
r("fa", FL, FAT12, {"rate": 3, "use": None, "c": "گرون نیست، ولی سرعتش بعد از ده شب اصلاً قابل قبول نیست."},
  (4.5, 4.5, 5, 5), "price+ product_quality-", "negation mixed skipped",
  "'Not expensive' is positive through negation; the night-time speed complaint pulls the middle score down a bit.")

FAT13 = survey("farhangshahr-cinema-flash-fa-t",
               q("rec", "yes_no", "این سانس را به دوستانتان پیشنهاد می~کنید؟", perspective="recommendation"),
               q("c", "text", "یک کلمه یا یک جمله درباره امشب"))
r("fa", FL, FAT13, {"rec": True, "c": "فیلم محشری بود!"}, (8.5, 8.5, 8, 8), "", "short")
r("fa", FL, FAT13, {"rec": False, "c": "وسط فیلم دو بار تصویر قطع شد، کل حس و حالمون پرید."},
  (2.5, 2, 4, 3.5), "product_quality-", "",
  "Projection cut out twice and spoiled the evening; ease not really at stake, so nearer the middle.")

# ---------------------------------------------------------------- Persian: employee pulse (5)
FAT14 = survey("arianovin-pulse-emp-fa-t",
               q("sat", "rating", "این ماه از کار خود در آریانوین چقدر راضی بوده~اید؟", scale=(1, 5),
                 perspective="satisfaction"),
               q("enps", "nps", "چقدر احتمال دارد آریانوین را به عنوان محل کار به یک دوست پیشنهاد کنید؟"),
               q("stay", "yes_no", "فکر می~کنید یک سال دیگر هم در آریانوین باشید؟", perspective="loyalty"),
               q("c", "text", "هر چیزی که دوست دارید مدیریت بداند (ناشناس)"))
r("fa", EMP, FAT14, {"sat": 4, "enps": 8, "stay": True,
                     "c": "تیممون عالیه و همه هوای همدیگه رو دارن. فقط حقوق~ها با این تورم دیگه کفاف نمی~ده."},
  (6.5, 7.5, 6.5, 6.5), "colleagues+ pay-", "mixed",
  "A great team but pay eaten by inflation: satisfaction and loyalty a little below the answers.")
r("fa", EMP, FAT14, {"sat": 2, "enps": 3, "stay": False,
                     "c": "سه ماهه دارم کار دو نفر رو انجام می~دم و هر هفته یه deadline جدید داریم. مدیرمون هم "
                          "هر بار قول می~ده تا آخر فصل نیرو بگیره."},
  (2, 2.5, 2, 1.5), "workload- management-", "code_switching",
  "Doing two people's work for months with empty promises from the manager; not staying.")
r("fa", EMP, FAT14, {"sat": 5, "enps": 10, "stay": True,
                     "c": "اصلاً از اومدن به اینجا پشیمون نیستم، حس می~کنم جای درستی هستم."},
  (9.5, 9.5, 8, 9), "", "negation", "'Not at all sorry I came here' is strong praise through negation.")
r("fa", EMP, FAT14, {"sat": 3, "enps": 6, "stay": True, "c": None}, (5, 6, 5.5, 7))
r("fa", EMP, FAT14, {"sat": 4, "enps": 2, "stay": True, "c": "از کارم راضی~ام و محیط هم خوبه، مشکلی ندارم."},
  (7, 3.5, 6.5, 7.5), "", "contradiction",
  "eNPS 2 beside a content comment: recommendation stays low-ish from the score, the rest follow the comment.")

# ---------------------------------------------------------------- Turkish (10)
TRT1 = survey("lavanta-kozmetik-email-tr-t",
              q("nps", "nps", "Lavanta Kozmetik'i bir arkadaşınıza tavsiye etme olasılığınız nedir?"),
              q("csat", "csat", "Son siparişinizden genel olarak ne kadar memnun kaldınız?", scale=(1, 5)),
              q("neden", "text", "Puanınızın temel nedeni nedir?"))
r("tr", E, TRT1, {"nps": 9, "csat": 5,
                  "neden": "Siparişim ertesi gün elimdeydi, yanına koydukları deneme boyları da hoş bir sürpriz oldu."},
  (9, 9, 8.5, 8.5), "delivery+")
r("tr", E, TRT1, {"nps": 5, "csat": 3,
                  "neden": "Ürünler güzel ama kargo ücreti sepet tutarına göre fazla yüksek."},
  (5, 5, 6, 5), "product_quality+ price-", "mixed",
  "Likes the products, dislikes the shipping fee: middling scores, labels near them.")
r("tr", E, TRT1, {"nps": 2, "csat": 1,
                  "neden": "Kırık gelen şişe için üç kez mail attım, hâlâ tek satır cevap yok."},
  (0.5, 2, 1, 1.5), "product_quality- communication-", "",
  "A broken bottle and three unanswered emails: very low satisfaction, ease and loyalty.")

TRT2 = survey("lodos-kargo-sms-tr-t",
              q("csat", "csat", "Lodos Kargo müşteri hizmetlerinden memnun kaldınız mı? 1-5 arası yanıtlayın.",
                scale=(1, 5)),
              q("yorum", "text", "Eklemek istediğiniz bir şey var mı?"))
r("tr", SMS, TRT2, {"csat": 4, "yorum": "Temsilci ilgiliydi, sorun çözüldü."}, (7.5, 7, 7.5, 7), "staff+", "short")
r("tr", SMS, TRT2, {"csat": 2,
                    "yorum": "paketim 5 gundur subede bekliyor, kimse arayip haber vermedi. cok kotu bir hizmet"},
  (2, 2, 2, 2.5), "delivery- communication-", "no_diacritics",
  "Parcel stuck at the branch for five days with no call: low across the board, typed without Turkish letters.")

TRT3 = survey("kavakli-market-kiosk-tr-t",
              q("smile", "csat", "Bugünkü alışverişinizden memnun musunuz?", scale=(1, 3)))
r("tr", KIO, TRT3, {"smile": 2}, (5, 5, 5.5, 5.5))

TRT4 = survey("simitduragi-firin-qr-tr-t",
              q("yorum", "text", "Bugünkü ziyaretiniz hakkında birkaç kelime yazar mısınız?"))
r("tr", QR, TRT4, {"yorum": "Simitler sıcacık ve taze, fakat kasadaki sıra bir türlü ilerlemiyor."},
  (6.5, 6, 5.5, 6.5), "product_quality+ waiting_time-", "mixed",
  "Fresh simit against a slow till queue: moderately positive, ease lowest.")

TRT5 = survey("poyraz-sigorta-web-tr-t",
              q("ces", "ces", "Poliçemi internetten yenilemek kolaydı.", scale=(1, 7)),
              q("neden", "text", "Neyi iyileştirmemizi istersiniz?"))
r("tr", WEB, TRT5, {"ces": 3,
                    "neden": "Formu iki kez doldurmak zorunda kaldım, sayfa her seferinde başa dönüyor."},
  (3, 3.5, 2.5, 4.5), "website_app-", "",
  "The renewal form reset itself twice: ease a little under CES 3, loyalty not addressed so nearer the middle.")

TRT6 = survey("maviyol-feribot-flash-tr-t",
              q("nps", "nps", "Mavi Yol feribotunu tavsiye eder misiniz? 0-10"),
              q("yorum", "text", "Kısaca neden?"))
r("tr", FL, TRT6, {"nps": 7, "yorum": "Fena değildi, sadece kafeterya biraz pahalıydı."},
  (6.5, 7, 6.5, 6.5), "price-", "negation mixed",
  "'Not bad' through negation plus a small price gripe: labels around the NPS 7.")

TRT7 = survey("karinca-lojistik-pulse-emp-tr-t",
              q("sat", "rating", "Bu ay işinizden ne kadar memnunsunuz?", scale=(1, 5), perspective="satisfaction"),
              q("enps", "nps", "Karınca Lojistik'i çalışılacak bir yer olarak tavsiye eder misiniz?"),
              q("yorum", "text", "Yönetime iletmek istediğiniz bir not (anonim)"))
r("tr", EMP, TRT7, {"sat": 2, "enps": 4,
                    "yorum": "Vardiyalar çok yoğun, ekip arkadaşlarım olmasa çoktan bırakırdım."},
  (3.5, 4, 3, 4.5), "workload- colleagues+", "mixed",
  "Punishing shifts, kept there only by the team: low satisfaction and ease, loyalty fragile but not gone.")

# --------------------------------------------------------------------------------------------------- French, Portuguese
# Hand-written, hand-labelled TEST responses: French (fr, 42) then European Portuguese (pt, 10).

# ---------------------------------------------------------------- French: surveys
FRT1 = survey("maison-vercors-nps-fr-t",
              q("nps", "nps", "Quelle est la probabilité que vous recommandiez Maison Vercors à un proche ?"),
              q("raison", "text", "Qu'est-ce qui explique principalement votre note ?"))
FRT2 = survey("trois-plumes-commande-fr-t",
              q("csat", "csat", "Êtes-vous satisfait(e) de votre commande à la Librairie Les Trois Plumes ?", scale=(1, 5)),
              q("ces", "ces", "Passer ma commande a été facile.", scale=(1, 7)),
              q("com", "text", "Souhaitez-vous ajouter quelque chose ?"))
FRT3 = survey("cyclopolis-atelier-fr-t",
              q("nps", "nps", "Recommanderiez-vous l'atelier Cyclopolis à un ami cycliste ?"),
              q("retour", "yes_no", "Confieriez-vous de nouveau votre vélo à notre atelier ?", perspective="loyalty"),
              q("detail", "text", "Dites-nous-en plus (facultatif)"))
FRT4 = survey("fibrelia-support-sms-fr-t",
              q("effort", "ces_effort", "Quel effort avez-vous dû fournir pour régler votre demande ? "
                "Répondez de 1 (très peu) à 5 (énormément).", scale=(1, 5)),
              q("msg", "text", "Un mot sur votre échange ? Répondez librement à ce SMS."))
FRT5 = survey("banque-altiere-sms-fr-t",
              q("nps", "nps", "Suite à votre échange avec notre conseiller, recommanderiez-vous Banque Altière ? "
                "Répondez de 0 à 10."),
              q("pq", "text", "Pourquoi cette note ?"))
FRT6 = survey("marche-colbert-borne-fr-t",
              q("smiley", "csat", "Comment s'est passé votre passage en caisse aujourd'hui ?", scale=(1, 3)))
FRT7 = survey("aqualune-vestiaires-borne-fr-t",
              q("smiley", "csat", "Votre avis sur la propreté des vestiaires ?", scale=(1, 3)),
              q("plus", "text", "Un mot à ajouter ?"))
FRT8 = survey("brasserie-gabarit-qr-fr-t",
              q("note", "rating", "Notez votre repas de 1 à 10", scale=(1, 10), perspective="satisfaction"),
              q("revenir", "yes_no", "Reviendrez-vous chez nous ?", perspective="loyalty"),
              q("mot", "text", "Un commentaire pour l'équipe ?"))
FRT9 = survey("fornelle-boulangerie-qr-fr-t",
              q("csat", "csat", "Êtes-vous satisfait de votre achat chez Fornelle ?", scale=(1, 5)),
              q("txt", "text", "Qu'aurions-nous pu mieux faire ?"))
FRT10 = survey("orbis-assurances-widget-fr-t",
               q("ces", "ces", "Trouver l'information sur cette page a été facile.", scale=(1, 7)),
               q("pourquoi", "text", "Que cherchiez-vous ?"))
FRT11 = survey("escale-voyages-widget-fr-t",
               q("remarque", "text", "Une remarque sur notre site ?"))
FRT12 = survey("tramelia-sondage-flash-fr-t",
               q("nps", "nps", "Recommanderiez-vous le réseau Tramelia à un nouvel habitant ?"),
               q("prio", "single_choice", "Votre priorité pour l'an prochain ?",
                 options=["Fréquence", "Ponctualité", "Propreté", "Prix de l'abonnement"]),
               q("libre", "text", "Expression libre"))
FRT13 = survey("epicerie-lafarge-dimanche-flash-fr-t",
               q("avis", "text", "En une phrase : que pensez-vous de l'ouverture de votre Épicerie Lafarge "
                 "le dimanche après-midi ?"))
FRT14 = survey("logistique-hexagone-pulse-fr-t",
               q("enps", "nps", "Recommanderiez-vous Logistique Hexagone comme employeur à un ami ?"),
               q("sat", "rating", "Dans l'ensemble, je suis satisfait(e) de mon poste (1 = pas du tout d'accord, "
                 "5 = tout à fait d'accord)", scale=(1, 5), perspective="satisfaction"),
               q("rester", "yes_no", "Pensez-vous être encore dans l'entreprise dans un an ?", perspective="loyalty"),
               q("commentaire", "text", "Commentaire libre (anonyme)"))
FRT15 = survey("studio-pixelle-pulse-fr-t",
               q("libre", "text", "Qu'est-ce qui vous aiderait à mieux travailler ce trimestre ?"))
FRT16 = survey("garage-fabre-entretien-fr-t",
               q("csat", "csat", "Comment évaluez-vous l'entretien de votre véhicule ?", scale=(1, 5)),
               q("nps", "nps", "Recommanderiez-vous le Garage Fabre à votre entourage ?"),
               q("obs", "text", "Vos remarques"))
FRT17 = survey("pressing-ondine-avis-fr-t",
               q("avis", "text", "Comment s'est passé votre passage chez Pressing Ondine ?"))

# ---------------------------------------------------------------- French: email
r("fr", E, FRT1, {"nps": 9, "raison": "Canapé livré à la date prévue et monté dans le salon sans rien abîmer. "
                                      "Le tissu est encore plus beau qu'en photo."},
  (9, 9, 8.5, 8.5), "delivery+ product_quality+")
r("fr", E, FRT1, {"nps": 3, "raison": "Trois semaines de retard sur la table, et personne pour me prévenir. "
                                      "Quatre relances par mail avant d'obtenir une date de livraison."},
  (2.5, 3, 2, 2.5), "delivery- communication-",
  note="Late delivery and four chasing e-mails: low satisfaction and ease, NPS 3 anchors recommendation.")
r("fr", E, FRT1, {"nps": 7, "raison": "La commode tient la route et les finitions sont soignées. Par contre le montage m'a pris tout un "
                                      "après-midi avec une notice incompréhensible."},
  (6.5, 7, 4, 6.5), "product_quality+", "mixed",
  note="Good furniture but a painful assembly: satisfaction near the NPS, ease pulled down by the afternoon lost.")
r("fr", E, FRT2, {"csat": 5, "ces": 6, "com": "Enfin trouvé le roman que je cherchais depuis des mois, merci !"},
  (9.5, 8.5, 8.5, 8.5))
r("fr", E, FRT2, {"csat": 2, "ces": 3, "com": "Paiement refusé deux fois sans explication alors que ma carte marche "
                                             "partout ailleurs. Du coup, commande passée par téléphone, un comble."},
  (2.5, 3, 2.5, 3.5), "website_app-",
  note="CSAT 2 and CES 3, and a checkout failure that forced a phone order: all perspectives low.")
r("fr", E, FRT2, {"csat": 1, "ces": 7, "com": "Parfait comme d'habitude, vous êtes au top, continuez comme ça !"},
  (8.5, 8.5, 9.5, 8.5), "", "reversed_scale",
  note="CSAT 1 beside an enthusiastic comment and CES 7: the CSAT scale was read backwards; labels follow the "
       "intended meaning.")
r("fr", E, FRT3, {"nps": 8, "retour": True, "detail": "Toujours aussi sérieux, je ne vais nulle part ailleurs pour "
                                                      "mon vélo."},
  (8.5, 8, 7.5, 9.5), note="NPS 8, yes to coming back and a loyal regular's comment: loyalty highest.")
r("fr", E, FRT3, {"nps": 6, "retour": True, "detail": "Vélo bien réparé mais 140 € pour changer câbles et patins, "
                                                      "ça pique."},
  (6, 6, 7, 7), "product_quality+ price-", "mixed",
  note="Repair praised, price resented; will come back, so loyalty a little above the NPS.")
r("fr", E, FRT3, {"nps": 9, "retour": False, "detail": "Je déménage à Lyon le mois prochain, sinon je serais revenu "
                                                       "sans hésiter."},
  (8.5, 9, 7.5, 3.5),
  note="The 'no' to coming back is about moving away, not discontent: loyalty low but not at the floor, the rest high.")
r("fr", E, FRT16, {"csat": 2, "nps": 8, "obs": "Facture 80 € au-dessus du devis, et on ne m'a pas appelé avant de "
                                               "faire les travaux supplémentaires. Inadmissible."},
  (2.5, 6, 4, 3.5), "billing- communication-", "contradiction",
  note="NPS 8 against an angry billing comment: recommendation stays fairly high, satisfaction and loyalty fall.")
r("fr", E, FRT17, {"avis": "Chemise rendue avec une tache de plus qu'à l'arrivée. La dame de l'accueil s'est "
                           "excusée et m'a remboursé le nettoyage, donc je ne suis pas fâché, mais bon."},
  (4.5, 4, 5.5, 5), "product_quality- staff+", "mixed",
  note="A damaged shirt handled gracefully by staff: middling-low satisfaction, loyalty unsure.")

# ---------------------------------------------------------------- French: SMS support
r("fr", SMS, FRT4, {"effort": 5, "msg": "Troisième appel, troisième technicien, toujours pas de fibre. Super."},
  (1, 1, 0.5, 1.5), "product_quality-", "sarcasm",
  note="'Super' is sarcastic after three calls and still no connection; maximal effort, everything at the bottom.")
r("fr", SMS, FRT4, {"effort": 1, "msg": "Réglé en 10 min par chat, merci !"},
  (9, 8.5, 9.5, 8.5), "waiting_time+")
r("fr", SMS, FRT4, {"effort": 2, "msg": None}, (7, 7, 7.5, 7))
r("fr", SMS, FRT5, {"nps": 2, "pq": "Conseiller sympa mais incapable de debloquer ma carte, ca fait 12 jours que "
                                    "j'attends. Je vais voir ailleurs."},
  (2.5, 2, 2, 1.5), "staff+ waiting_time-", "mixed no_diacritics",
  note="Friendly adviser but twelve days with a blocked card and a stated intent to leave: loyalty lowest.")
r("fr", SMS, FRT5, {"nps": 8, "pq": "Tout bon, merci"}, (8, 8, 7.5, 7.5), "", "short")

# ---------------------------------------------------------------- French: kiosk
r("fr", KIO, FRT6, {"smiley": 3}, (9.5, 8, 8.5, 8))
r("fr", KIO, FRT6, {"smiley": 1}, (0.5, 2.5, 3, 3))
r("fr", KIO, FRT6, {"smiley": 2}, (5, 5, 5, 5.5))
r("fr", KIO, FRT7, {"smiley": 3, "plus": "Cheveux partout dans les douches et plus de savon depuis ce matin."},
  (5, 4.5, 5, 5), "cleanliness-", "contradiction",
  note="Happy smiley next to a clear cleanliness complaint (likely a mis-tap): both count, satisfaction lands mid.")
r("fr", KIO, FRT7, {"smiley": 3, "plus": "Nickel aujourd'hui, bravo"}, (9.5, 8, 8.5, 8.5), "", "short")

# ---------------------------------------------------------------- French: QR receipt
r("fr", QR, FRT8, {"note": 9, "revenir": True,
                   "mot": "Le tartare était parfait et le serveur en terrasse très attentionné. Seul bémol : "
                          "25 minutes pour avoir l'addition."},
  (8.5, 8, 7, 8.5), "product_quality+ staff+ waiting_time-", "mixed",
  note="Food and service praised, a long wait for the bill takes a little off; will return.")
r("fr", QR, FRT8, {"note": 4, "revenir": False,
                   "mot": "Frites froides, steak pas à la cuisson demandée. Pas terrible pour 19 €."},
  (3, 2.5, 4.5, 2), "product_quality- price-")
r("fr", QR, FRT8, {"note": 7, "revenir": None, "mot": None}, (6.5, 6, 6.5, 6), "", "skipped")
r("fr", QR, FRT9, {"csat": 3, "txt": "Le pain est bon mais la queue du dimanche matin est interminable, il faudrait "
                                     "une deuxième caisse."},
  (5, 5, 4, 6), "waiting_time- product_quality+", "mixed",
  note="Good bread keeps loyalty up; the Sunday queue pulls ease down.")
r("fr", QR, FRT9, {"csat": 5, "txt": "Rien, franchement. Jamais eu la moindre déception en dix ans."},
  (9.5, 8.5, 8, 9.5), "", "negation",
  note="'Never disappointed in ten years' is praise phrased as a negation; a ten-year regular, so loyalty high.")
r("fr", QR, FRT9, {"csat": 2, "txt": "Baguette pas cuite."}, (2.5, 3.5, 5, 4), "product_quality-", "short")

# ---------------------------------------------------------------- French: web widget
r("fr", WEB, FRT10, {"ces": 2, "pourquoi": "Le formulaire de résiliation : introuvable. Obligé d'appeler."},
  (2.5, 3, 1.5, 1), "website_app-",
  note="Looking for the cancellation form signals leaving (loyalty near 0); CES 2 and a forced call set ease.")
r("fr", WEB, FRT10, {"ces": 6, "pourquoi": "Trouvé tout de suite."}, (8, 7.5, 9, 7.5), "", "short")
r("fr", WEB, FRT10, {"ces": 6, "pourquoi": "Aucune trace du tableau des garanties sur cette page, au bout de dix "
                                           "minutes j'ai appelé mon agent."},
  (4, 5, 5, 5.5), "website_app-", "contradiction",
  note="CES 6 but the comment says the page failed: ease kept mid by the score, satisfaction pulled down.")
r("fr", WEB, FRT11, {"remarque": "Vraiment pas mauvaises, les offres de dernière minute. Par contre le calendrier bugue sur "
                                 "iPhone, impossible de choisir la date de retour."},
  (5.5, 5.5, 3, 5.5), "price+ website_app-", "negation mixed",
  note="'Pas mauvaises' is praise for the deals; a booking bug blocks the return date, so ease is low.")
r("fr", WEB, FRT11, {"remarque": "Le checkout est super smooth, mais pourquoi les frais de dossier apparaissent only "
                                 "à la dernière étape ? Pas très fair-play."},
  (5.5, 5, 6.5, 5.5), "website_app+ price-", "code_switching mixed",
  note="Smooth checkout but fees revealed late: ease fairly good, satisfaction middling.")

# ---------------------------------------------------------------- French: flash poll
r("fr", FL, FRT12, {"nps": 4, "prio": "Ponctualité",
                    "libre": "Le tram 2 a du retard quasiment tous les matins, j'arrive au boulot à la bourre une "
                             "fois sur deux."},
  (3.5, 4, 3.5, 4.5), "waiting_time-",
  note="Daily delays; a captive commuter, so loyalty a little above satisfaction.")
r("fr", FL, FRT12, {"nps": 7, "prio": "Prix de l'abonnement", "libre": None}, (6.5, 7, 6.5, 6.5))
r("fr", FL, FRT12, {"nps": 0, "prio": "Propreté",
                    "libre": "Je prends la ligne 5 tous les jours depuis onze ans, donc je pense pouvoir en parler. "
                             "Les rames sont sales, vraiment sales : des canettes qui roulent sous les sièges, des "
                             "vitres à travers lesquelles on ne voit plus rien, et l'odeur en été, je ne vous fais pas "
                             "de dessin. Ensuite l'abonnement a pris huit euros en deux ans alors que le service, lui, "
                             "n'a pas bougé d'un iota, voire s'est dégradé. Et le pire, ce sont les écrans en station "
                             "qui affichent n'importe quoi, sans la moindre annonce au micro quand il y a un incident. "
                             "On reste plantés là comme des piquets sans savoir s'il vaut mieux marcher ou patienter. "
                             "Si j'avais le choix je prendrais la voiture, mais je n'en ai pas, alors je paie et je me "
                             "tais, enfin, sauf aujourd'hui, puisque vous me posez la question."},
  (1, 0, 2.5, 2), "cleanliness- price- communication-", "long",
  note="NPS 0 and a long list of grievances; stays only for lack of a car, so loyalty is low but not zero.")
r("fr", FL, FRT13, {"avis": "Génial pour moi qui travaille en semaine, enfin je peux faire mes courses sans courir."},
  (8.5, 7.5, 8.5, 8))
r("fr", FL, FRT13, {"avis": "Pratique, mais pensez aux employés qui n'ont plus de dimanche..."},
  (6.5, 6, 7.5, 6.5), "", "mixed",
  note="Convenient for the customer but uneasy about the staff's lost Sundays: lukewarm.")

# ---------------------------------------------------------------- French: employee pulse
r("fr", EMP, FRT14, {"enps": 3, "sat": 2, "rester": False,
                     "commentaire": "En période de Noël on enchaîne des journées de 12 heures, les intérimaires ne "
                                    "sont pas formés et les chefs, on ne les voit jamais sur le quai."},
  (2, 3, 2, 1.5), "workload- management-",
  note="Low eNPS and job satisfaction, expects to leave, heavy peak-season hours: ease and loyalty lowest.")
r("fr", EMP, FRT14, {"enps": 8, "sat": 4, "rester": True,
                     "commentaire": "Très bonne équipe au quai B, on s'entraide. Le salaire pourrait suivre "
                                    "l'inflation quand même."},
  (7, 8, 6.5, 8), "colleagues+ pay-", "mixed")
r("fr", EMP, FRT14, {"enps": 6, "sat": 3, "rester": None, "commentaire": None}, (5, 6, 5, 5), "", "skipped")
r("fr", EMP, FRT15, {"libre": "Franchement je ne vois pas ce qui manque : une manager à l'écoute, des formations "
                              "payées, une ambiance top. Peut-être juste un deuxième écran."},
  (9, 8.5, 8, 9), "management+ growth+ colleagues+", "negation",
  note="'I don't see what is missing' is praise; manager, training and team all named positively.")
r("fr", EMP, FRT15, {"libre": "Bravo à la direction pour la réunion d'une heure sur « comment gagner du temps en "
                              "réunion ». Très productif."},
  (3.5, 4, 3.5, 5), "management-", "sarcasm",
  note="Sarcastic 'bravo' at a pointless meeting: negative on management and time lost, loyalty not addressed.")

# ---------------------------------------------------------------- Portuguese (European): surveys
PTT1 = survey("ceramicas-vale-alcoa-nps-pt-t",
              q("nps", "nps", "Qual a probabilidade de recomendar a Cerâmicas Vale do Alcoa a um amigo ou familiar?"),
              q("motivo", "text", "Qual o principal motivo da sua nota?"))
PTT2 = survey("ondanet-apoio-sms-pt-t",
              q("ces", "ces", "A Ondanet facilitou a resolução do seu pedido. Responda de 1 (discordo totalmente) "
                "a 7 (concordo totalmente).", scale=(1, 7)),
              q("obs", "text", "Quer deixar um comentário? Responda a esta mensagem."))
PTT3 = survey("ribeirinha-quiosque-pt-t",
              q("smiley", "csat", "Como foi a sua experiência na loja hoje?", scale=(1, 3)),
              q("nota", "text", "Deixe-nos uma sugestão (opcional)"))
PTT4 = survey("flor-do-lima-qr-pt-t",
              q("nota", "rating", "De 1 a 10, como avalia a sua refeição?", scale=(1, 10), perspective="satisfaction"),
              q("coment", "text", "Comentário"))
PTT5 = survey("viagens-atlantico-widget-pt-t",
              q("sugestao", "text", "Como podemos melhorar o nosso site?"))
PTT6 = survey("farmacias-bemestar-flash-pt-t",
              q("csat", "csat", "Está satisfeito com o novo horário alargado da sua farmácia?", scale=(1, 5)),
              q("porque", "text", "Porquê?"))
PTT7 = survey("transportes-norte-iberico-pulso-pt-t",
              q("enps", "nps", "Recomendaria a Transportes Norte Ibérico como local de trabalho?"),
              q("texto", "text", "O que mudaria na empresa?"))

# ---------------------------------------------------------------- Portuguese: responses
r("pt", E, PTT1, {"nps": 9, "motivo": "As taças chegaram muito bem embaladas, nem uma lasca. São ainda mais bonitas "
                                      "ao vivo do que nas fotografias."},
  (9, 9, 8, 8.5), "delivery+ product_quality+")
r("pt", E, PTT1, {"nps": 5, "motivo": "Gostei das peças, mas os portes para a Madeira custaram quase tanto como a "
                                      "própria encomenda."},
  (5.5, 5, 6, 5), "product_quality+ price-", "mixed",
  note="Likes the pottery but the shipping cost to Madeira sours it: everything mid.")
r("pt", SMS, PTT2, {"ces": 2, "obs": "Liguei três vezes e de cada vez tive de explicar tudo desde o início. Continuo "
                                     "sem internet."},
  (2, 2.5, 1.5, 3), "communication-",
  note="Three calls, repeating the story each time, problem unsolved: ease lowest.")
r("pt", SMS, PTT2, {"ces": 7, "obs": None}, (8, 7.5, 10, 7.5))
r("pt", KIO, PTT3, {"smiley": 2, "nota": "Faltam caixas abertas à hora de almoço."},
  (5, 5, 4, 5.5), "waiting_time-")
r("pt", QR, PTT4, {"nota": 10, "coment": "Bacalhau à lagareiro divinal e o empregado foi de uma simpatia enorme. "
                                         "Cá voltaremos!"},
  (10, 9, 8.5, 9.5), "product_quality+ staff+")
r("pt", WEB, PTT5, {"sugestao": "nao consigo mudar o nome do passageiro depois de pagar, tive de ligar para a linha "
                                "de apoio e esperar imenso"},
  (3, 3.5, 2, 4), "website_app- waiting_time-", "no_diacritics",
  note="Typed without accents ('nao'); a site limitation forced a long phone wait, so ease is low.")
r("pt", FL, PTT6, {"csat": 4, "porque": "Não é perfeito, mas já não tenho de procurar a farmácia de serviço ao sábado "
                                        "à noite."},
  (7.5, 7, 8, 7.5), "", "negation",
  note="'Not perfect' hedges, 'no longer have to' is the real point: a positive answer, CSAT 4 anchors it.")
r("pt", EMP, PTT7, {"enps": 7, "texto": "Os colegas são impecáveis, mas as horas extra da época alta pesam e nem "
                                        "sempre são pagas a tempo."},
  (5.5, 7, 4.5, 6), "colleagues+ workload- pay-", "mixed",
  note="Good colleagues, heavy and late-paid overtime: eNPS 7 holds recommendation, satisfaction and ease lower.")
r("pt", EMP, PTT7, {"enps": 2, "texto": "Mudava a chefia."},
  (2.5, 2, 4, 3), "management-", "short",
  note="eNPS 2 and a two-word verdict on management; ease has no evidence, so set a little towards the middle.")

# ----------------------------------------------------------------------------------------------------- Spanish, Russian
# Hand-written, hand-labelled TEST responses: 42 in Spanish (es, Spain) and 10 in Russian (ru).
# labels = (satisfaction, recommendation, ease, loyalty)

# ---------------------------------------------------------------- Spanish: email after purchase
EST1 = survey("muebles-arbolar-postcompra-es-t",
              q("nps", "nps", "Del 0 al 10, ¿con qué probabilidad recomendarías Muebles Arbolar a un amigo o familiar?"),
              q("csat", "csat", "¿Cómo valoras tu experiencia general con este pedido?", scale=(1, 5)),
              q("coment", "text", "¿Quieres contarnos algo más sobre tu pedido?"))
r("es", E, EST1, {"nps": 6, "csat": 3, "coment": "La mesa es preciosa, de madera maciza de verdad, pero la agencia de "
  "transporte la trajo con una pata rayada. Puse una reclamación el día 3 y nadie me ha contestado todavía."},
  (4.5, 5.5, 3.5, 4.5), "product_quality+ delivery- communication-", "mixed",
  "Likes the table itself, but a damaged delivery and an unanswered claim pull satisfaction and ease below the CSAT 3.")
r("es", E, EST1, {"nps": 10, "csat": 5, "coment": None}, (9.5, 10, 8.5, 9))
r("es", E, EST1, {"nps": 2, "csat": 1, "coment": "Pagué el envío urgente para tener el escritorio antes del cumpleaños "
  "de mi hijo. Llegó tres semanas tarde: justo a tiempo para el del año que viene, supongo."},
  (0.5, 2, 2.5, 1.5), "delivery-", "sarcasm",
  "'Just in time for next year's birthday' is sarcasm about a three-week delay on a paid express delivery.")

EST2 = survey("zapaterias-brezo-compra-es-t",
              q("csat", "csat", "¿Qué tal tu compra en Zapaterías Brezo?", scale=(1, 5)),
              q("volver", "yes_no", "¿Volverías a comprar con nosotros?", perspective="loyalty"),
              q("mejorar", "text", "¿Qué podríamos hacer mejor?"))
r("es", E, EST2, {"csat": 4, "volver": True, "mejorar": "Las botas son comodísimas y se ven de calidad. Cambiarlas por "
  "un número más, en cambio, fue un lío: la web no me dejaba seleccionar otro número y tuve que llamar dos veces."},
  (7, 7, 3.5, 7.5), "product_quality+ website_app-", "mixed",
  "Happy with the boots (CSAT 4, would buy again) but the size exchange took two calls, so ease is low.")
r("es", E, EST2, {"csat": 2, "volver": False, "mejorar": "A las tres semanas la suela ya se había despegado. Para lo que "
  "cuestan, esperaba bastante más."}, (2, 2, 4, 1.5), "product_quality- price-",
  note="Sole came off after three weeks and the price made it worse; no evidence on effort, so ease sits near the middle.")
r("es", E, EST2, {"csat": 5, "volver": True, "mejorar": "Todo perfecto."}, (9.5, 8.5, 8.5, 8.5), "", "short")

EST3 = survey("electro-sarmiento-es-t",
              q("nps", "nps", "¿Con qué probabilidad recomendarías Electro Sarmiento a alguien que conozcas?"),
              q("ces", "ces", "Electro Sarmiento me lo puso fácil para conseguir lo que necesitaba.", scale=(1, 7)),
              q("motivo", "text", "Cuéntanos el motivo principal de tu puntuación"))
r("es", E, EST3, {"nps": 9, "ces": 6, "motivo": "Me cobraron la lavadora dos veces en la tarjeta y he tardado una "
  "semana entera, entre correos y llamadas, en recuperar el dinero."},
  (3.5, 7, 3.5, 5), "billing-", "contradiction",
  "NPS 9 and CES 6, yet the comment is a week-long fight over a double charge: recommendation stays fairly high, "
  "satisfaction and ease drop.")
r("es", E, EST3, {"nps": 7, "ces": 5, "motivo": "No está mal. El portátil va fino, aunque en la tienda no había nadie "
  "que supiera explicarme las diferencias entre un modelo y otro."},
  (6, 7, 6, 6), "product_quality+ staff-", "mixed negation",
  "'No está mal' is a mild positive; the laptop is fine, the in-store advice was not.")

EST4 = survey("hotel-mirador-soller-estancia-es-t",
              q("estancia", "text", "¿Qué tal fue tu estancia en el Hotel Mirador de Sóller? Escríbenos lo que quieras."))
r("es", E, EST4, {"estancia": "La habitación impecable y el desayuno buenísimo, sobre todo la ensaimada. Lo único, el "
  "recepcionista de noche fue bastante seco cuando le preguntamos por un taxi. Volveremos igual, las vistas lo "
  "compensan todo."}, (7.5, 7.5, 7, 8.5), "cleanliness+ product_quality+ staff-", "mixed",
  "Mostly praise with one curt night receptionist; 'volveremos' sets loyalty high.")
r("es", E, EST4, {"estancia": "Pues a ver, por dónde empiezo. Llegamos el viernes sobre las tres, que era la hora de "
  "entrada, y la habitación no estaba lista, así que estuvimos casi hora y media sentados en el vestíbulo con las "
  "maletas y los dos niños, que ya te puedes imaginar cómo estaban después de cinco horas de coche y barco. Dicho "
  "esto, el chico de recepción, creo que se llamaba Toni, se portó de maravilla: les trajo unos zumos a los críos, nos "
  "marcó en un mapa unas calas que no salen en las guías y al final nos subió de categoría sin pedírselo nadie. "
  "El resto de la estancia, bien, tranquila, sin más historias. ¿Volveríamos? Probablemente sí, aunque la próxima vez "
  "llegaríamos más tarde y nos iríamos a comer por ahí antes, para no repetir la espera."},
  (6.5, 6.5, 4.5, 7), "waiting_time- staff+", "mixed long",
  "A rambling account: a 90-minute wait for the room against an excellent receptionist; 'probablemente sí' keeps "
  "loyalty fairly high, the wait lowers ease.")

# ---------------------------------------------------------------- Spanish: SMS after support
EST5 = survey("nubia-movil-sms-es-t",
              q("csat", "csat", "Nubia Móvil: ¿cómo valoras la atención que has recibido hoy? Responde de 1 a 5",
                scale=(1, 5)),
              q("porque", "text", "¿Por qué? (opcional)"))
r("es", SMS, EST5, {"csat": 5, "porque": "Muy amable el chico, me solucionó lo de la portabilidad en un momento"},
  (9, 8, 8.5, 8), "staff+")
r("es", SMS, EST5, {"csat": 1, "porque": "3 llamadas y nadie me sabe decir cuando vuelvo a tener linea. Me voy a otra "
  "compañia"}, (0.5, 1, 1, 0.5), "communication-", "no_diacritics",
  "Three calls without an answer and an announced switch to another operator: everything near the floor.")
r("es", SMS, EST5, {"csat": 4, "porque": "bien gracias"}, (7.5, 7, 7, 7), "", "short")

EST6 = survey("energia-olmo-sms-es-t",
              q("esfuerzo", "ces_effort", "Energía Olmo: ¿cuánto esfuerzo te ha supuesto resolver tu consulta? "
                "1 = ninguno, 5 = muchísimo", scale=(1, 5)),
              q("mas", "text", "Si quieres, cuéntanos más respondiendo a este SMS"))
r("es", SMS, EST6, {"esfuerzo": 4, "mas": "La factura de enero venía con una lectura estimada altísima. Al final la "
  "rectificaron, pero a base de insistir."}, (3.5, 4, 2.5, 4.5), "billing-",
  note="High effort (4 of 5) matches having to insist over an inflated estimated bill; it did get fixed.")
r("es", SMS, EST6, {"esfuerzo": 1, "mas": "Nada de esfuerzo, en dos minutos lo tenía resuelto. Gracias"},
  (8.5, 8, 9.5, 8))
r("es", SMS, EST6, {"esfuerzo": 5, "mas": "Facilísimo, resuelto a la primera. Muy contento."},
  (8.5, 8, 9, 8), "", "reversed_scale",
  "Effort 5 means 'a lot of effort' but the comment says it was very easy: the scale was read backwards, labels follow "
  "the comment.")

# ---------------------------------------------------------------- Spanish: kiosks
EST7 = survey("supermercados-lince-salida-es-t",
              q("cara", "csat", "¿Qué tal tu visita de hoy?", scale=(1, 3)))
r("es", KIO, EST7, {"cara": 3}, (9, 7.5, 7.5, 7.5))
r("es", KIO, EST7, {"cara": 1}, (1, 3, 3.5, 3))
r("es", KIO, EST7, {"cara": 2}, (5, 5, 5, 5))

EST8 = survey("gasolineras-ruta7-aseos-es-t",
              q("aseos", "csat", "¿Cómo estaban hoy nuestros aseos?", scale=(1, 3)),
              q("nota", "text", "¿Algún comentario?"))
r("es", KIO, EST8, {"aseos": 1, "nota": "Sin papel higiénico"}, (1, 3, 4, 3), "cleanliness-", "short")
r("es", KIO, EST8, {"aseos": 3, "nota": "Todo correcto, gracias"}, (9, 7.5, 7.5, 7.5), "", "short")
r("es", KIO, EST8, {"aseos": 2, "nota": "Los aseos limpios, eso sí, pero la cola para pagar en caja era eterna."},
  (5, 5, 4, 5), "cleanliness+ waiting_time-", "mixed")

# ---------------------------------------------------------------- Spanish: QR on the receipt
EST9 = survey("taberna-el-candil-ticket-es-t",
              q("csat", "csat", "¿Cómo ha sido tu comida hoy en El Candil?", scale=(1, 5)),
              q("vuelves", "yes_no", "¿Volverás a visitarnos?", perspective="loyalty"),
              q("equipo", "text", "¿Algo que quieras decirle al equipo?"))
r("es", QR, EST9, {"csat": 5, "vuelves": True, "equipo": "Las croquetas de jamón, de las mejores que he probado en "
  "Madrid. Y Lucía, un encanto con los peques."}, (9.5, 9, 8, 9.5), "product_quality+ staff+")
r("es", QR, EST9, {"csat": 3, "vuelves": True, "equipo": "Comida rica, pero tardaron 40 minutos en sacar los segundos y "
  "el comedor estaba a tope, casi no se podía ni hablar."}, (5, 5.5, 5, 6.5), "product_quality+ waiting_time-", "mixed")
r("es", QR, EST9, {"csat": 4, "vuelves": None, "equipo": "La cuenta venía con una caña de más, pero la camarera lo "
  "corrigió enseguida y sin poner pegas."}, (7, 6.5, 6.5, 6.5), "billing- staff+", "mixed skipped",
  "Return question skipped; a billing slip fixed at once by the waitress leaves a fairly good impression.")

EST10 = survey("hornos-vidal-qr-es-t",
               q("nps", "nps", "¿Recomendarías Hornos Vidal a tus vecinos?"),
               q("porque", "text", "¿Por qué?"))
r("es", QR, EST10, {"nps": 10, "porque": "Mi panadería de siempre, no la cambio por ninguna."}, (9, 10, 8, 9.5))
r("es", QR, EST10, {"nps": 9, "porque": "Han subido la barra a 1,40 y encima ahora viene más pequeña."},
  (4.5, 7.5, 6, 6.5), "price- product_quality-", "contradiction",
  "NPS 9 from a regular, but the comment only complains about a dearer, smaller loaf: satisfaction pulled down.")

# ---------------------------------------------------------------- Spanish: web widget
EST11 = survey("reservas-ola-widget-es-t",
               q("ces", "ces", "Ha sido fácil hacer tu reserva en nuestra web.", scale=(1, 7)),
               q("coment", "text", "¿Qué podríamos mejorar?"))
r("es", WEB, EST11, {"ces": 6, "coment": None}, (7.5, 7, 8.5, 7))
r("es", WEB, EST11, {"ces": 2, "coment": "No me ha resultado nada fácil: el pago con Bizum falla una y otra vez y al "
  "final he tenido que usar la tarjeta de mi pareja."}, (3, 3.5, 1.5, 4), "website_app-", "negation")
r("es", WEB, EST11, {"ces": 1, "coment": "Genial, solo me ha pedido el DNI cuatro veces. Un placer."},
  (1.5, 2, 0.5, 3), "website_app-", "sarcasm",
  "'Genial' and 'un placer' are sarcastic; being asked for the ID four times is the complaint.")

EST12 = survey("reservas-ola-pagina-es-t",
               q("falta", "text", "¿Echas algo en falta en esta página?"))
r("es", WEB, EST12, {"falta": "No encuentro por ningún lado el horario de atención al cliente, y tampoco hay un "
  "teléfono a la vista."}, (3.5, 4, 2.5, 5), "communication- website_app-")
r("es", WEB, EST12, {"falta": "Estaría bien poder filtrar por hoteles que admitan mascotas. Por lo demás la página es "
  "muy completa."}, (7, 7, 6.5, 7), "website_app+")

# ---------------------------------------------------------------- Spanish: flash polls
EST13 = survey("cines-rivera-flash-es-t",
               q("nota", "rating", "Puntúa tu última visita a Cines Rivera del 1 al 10", scale=(1, 10),
                 perspective="satisfaction"),
               q("gusto", "single_choice", "¿Qué es lo que más te ha gustado?",
                 options=["La pantalla y el sonido", "Las butacas", "El precio", "La atención del personal",
                          "Nada en especial"]),
               q("algo", "text", "¿Algo más que quieras contarnos?"))
r("es", FL, EST13, {"nota": 8, "gusto": "Las butacas", "algo": "Butacas comodísimas, aunque las palomitas a 9 euros "
  "son un atraco."}, (7.5, 7, 7.5, 7), "product_quality+ price-", "mixed")
r("es", FL, EST13, {"nota": 3, "gusto": None, "algo": "La sala olía a humedad y había restos de palomitas de la sesión "
  "anterior por el suelo."}, (2, 2.5, 4.5, 3), "cleanliness-", "skipped",
  "Choice question skipped; a damp, dirty room matches the low rating.")
r("es", FL, EST13, {"nota": 10, "gusto": "La pantalla y el sonido", "algo": "Plan de sábado perfecto con mis amigas, "
  "worth it total. Repetiremos seguro."}, (9.5, 9, 8, 9), "", "code_switching")

EST14 = survey("gimnasios-pulso-flash-es-t",
               q("renovar", "yes_no", "¿Piensas renovar tu cuota el mes que viene?", perspective="loyalty"),
               q("nps", "nps", "¿Recomendarías Gimnasios Pulso a un amigo?"),
               q("porque", "text", "¿Por qué? (opcional)"))
r("es", FL, EST14, {"renovar": True, "nps": 7, "porque": None}, (7, 7, 6.5, 8))
r("es", FL, EST14, {"renovar": False, "nps": 8, "porque": "Me mudo a Valencia en verano; si no, seguiría sin dudarlo."},
  (7.5, 8, 6.5, 3),
  note="Not renewing only because of a move; the good opinion keeps satisfaction and recommendation up.")

# ---------------------------------------------------------------- Spanish: employee pulse
EST15 = survey("logistica-nortia-pulso-es-t",
               q("sat", "rating", "¿Cómo de satisfecho/a estás con tu trabajo este mes?", scale=(1, 5),
                 perspective="satisfaction"),
               q("enps", "nps", "¿Recomendarías Nortia Logística como lugar para trabajar?"),
               q("preocupa", "text", "¿Qué es lo que más te preocupa ahora mismo?"))
r("es", EMP, EST15, {"sat": 4, "enps": 7, "preocupa": "Llevamos dos meses doblando turnos en el almacén porque no se "
  "cubren las bajas. Estamos reventados."}, (4.5, 6, 3, 5), "workload- management-", "contradiction",
  "Rates the job 4 of 5 and eNPS 7, but describes two months of double shifts and exhaustion: satisfaction and ease "
  "pulled down.")
r("es", EMP, EST15, {"sat": 4, "enps": 8, "preocupa": "Buen ambiente con los compañeros y mi jefa hace one-to-ones de "
  "verdad y escucha. El sueldo ya es otra historia."}, (7, 8, 6.5, 7), "colleagues+ management+ pay-",
  "mixed code_switching")
r("es", EMP, EST15, {"sat": 3, "enps": 5, "preocupa": None}, (5, 5, 5, 5))

EST16 = survey("nortia-pulso-semanal-es-t",
               q("cambio", "text", "Si pudieras cambiar una cosa de tu equipo o de tu día a día, ¿cuál sería?"))
r("es", EMP, EST16, {"cambio": "No cambiaría nada, la verdad. Estoy muy a gusto."}, (8.5, 8, 7.5, 8.5), "", "negation")
r("es", EMP, EST16, {"cambio": "Que haya planes de carrera de verdad. Cuatro años haciendo exactamente lo mismo y nadie "
  "me ha planteado nunca una promoción."}, (3.5, 4, 5, 3.5), "growth- management-",
  note="Four years with no talk of promotion: low satisfaction and loyalty; nothing about effort, so ease mid.")

# ================================================================ Russian
RUT1 = survey("knizhny-dvor-zakaz-ru-t",
              q("nps", "nps", "Насколько вероятно, что вы порекомендуете «Книжный двор» друзьям или знакомым?"),
              q("pochemu", "text", "Что больше всего повлияло на вашу оценку?"))
r("ru", E, RUT1, {"nps": 10, "pochemu": "Всё как всегда отлично, заказываю у вас уже третий год."}, (9, 10, 8, 9.5))
r("ru", E, RUT1, {"nps": 5, "pochemu": "Ассортимент хороший, но курьер дважды переносил доставку, в итоге ждала "
  "неделю."}, (5, 5, 4, 5), "product_quality+ delivery-", "mixed")

RUT2 = survey("setevik-obrashchenie-sms-ru-t",
              q("csat", "csat", "Сетевик: оцените, пожалуйста, решение вашего обращения от 1 до 5", scale=(1, 5)),
              q("kommentariy", "text", "Можете ответить на это SMS комментарием"))
r("ru", SMS, RUT2, {"csat": 1, "kommentariy": "Мастер так и не пришёл, зря брал отгул. Спасибо, очень помогли."},
  (0.5, 1.5, 1, 2), "staff-", "sarcasm",
  "'Спасибо, очень помогли' is sarcastic after a technician no-show and a wasted day off.")
r("ru", SMS, RUT2, {"csat": 5, "kommentariy": None}, (9, 8, 8, 8))

RUT3 = survey("apteka-zdravitsa-terminal-ru-t",
              q("smail", "csat", "Как вас обслужили сегодня?", scale=(1, 3)),
              q("kommentariy", "text", "Комментарий (необязательно)"))
r("ru", KIO, RUT3, {"smail": 3, "kommentariy": "Всё отлично, спасибо"}, (9, 7.5, 7.5, 7.5), "", "short")

RUT4 = survey("kofeynya-zerno-chek-ru-t",
              q("csat", "csat", "Как вам сегодняшний визит в «Зерно»?", scale=(1, 5)),
              q("eshche", "yes_no", "Зайдёте к нам ещё?", perspective="loyalty"),
              q("uluchshit", "text", "Что нам стоит улучшить?"))
r("ru", QR, RUT4, {"csat": 4, "eshche": True, "uluchshit": "Кофе не самый дешёвый в районе, но бариста всегда помнят, "
  "что я беру, и это приятно."}, (7, 7, 7, 8.5), "price- staff+", "mixed negation")

RUT5 = survey("modny-shkaf-vidzhet-ru-t",
              q("ces", "ces", "Было легко найти нужный товар на сайте.", scale=(1, 7)),
              q("meshalo", "text", "Что вам помешало?"))
r("ru", WEB, RUT5, {"ces": 2, "meshalo": "Фильтры по размеру не работают, поиск выдаёт всё подряд. Бесит."},
  (3, 3.5, 1.5, 4), "website_app-")

RUT6 = survey("obed-ekspress-opros-ru-t",
              q("otsenka", "rating", "Оцените сегодняшний обед от 1 до 5", scale=(1, 5), perspective="satisfaction"))
r("ru", FL, RUT6, {"otsenka": 4}, (7.5, 7, 7, 7))

RUT7 = survey("sfera-soft-puls-ru-t",
              q("enps", "nps", "Насколько вероятно, что вы порекомендуете «Сфера Софт» как место работы?"),
              q("bespokoit", "text", "Что вас сейчас беспокоит больше всего?"))
r("ru", EMP, RUT7, {"enps": 9, "bespokoit": "Зарплату не индексировали уже два года, а задач стало в полтора раза "
  "больше."}, (4, 7.5, 4.5, 4.5), "pay- workload-", "contradiction",
  "eNPS 9, but the comment is about a frozen salary and a heavier workload: satisfaction, ease and loyalty pulled down.")

RUT8 = survey("sfera-soft-otdel-ru-t",
              q("izmenit", "text", "Что бы вы изменили в работе вашего отдела?"))
r("ru", EMP, RUT8, {"izmenit": "Меньше daily-созвонов ради галочки, больше времени на саму работу. А так команда "
  "отличная и руководитель адекватный."}, (7, 7, 6, 7.5), "colleagues+ management+", "mixed code_switching")


# ----------------------------------------------------------------------------------------------------- output
def leakage_report():
    """Comments sharing a 4-word sequence with any sentence of the generator's bank or any answer of the validation
    set or the calibration split (there should be none)."""
    return handset.shared_grams(ROWS, handset.reference_grams(HERE, ["validation", "calibration"]))


def main():
    return handset.write(ROWS, OUT, leakage_report(), "the bank, the validation set or the calibration split")


if __name__ == "__main__":
    sys.exit(main())
