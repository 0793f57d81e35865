#!/usr/bin/env python3
"""Generate the oes example data sets (synthetic, seeded, byte-for-byte reproducible).

Run from the repository root (Python 3, standard library only; written against 3.11):

    python3 examples/make_example.py

It (re)writes, next to this script:

- ``survey.json``        retail customer-experience survey ``retail-cx-2025`` (NPS, CSAT, CES 2.0,
                         legacy effort, return intent, contact reason, liked, comment)
- ``responses.jsonl``    600 responses from 5 stores in 3 regions, 5 channels, January to June 2025
- ``responses.csv``      the same responses in the common flat export shape
- ``employee/survey.json``      employee pulse survey ``employee-pulse-2025`` (eNPS, workload, stay, comment)
- ``employee/responses.jsonl``  120 responses over the four quarters of 2025, one department of 3 people

Every respondent has a latent satisfaction that drives all their answers, so the scores are correlated, and the
stores differ on purpose: Munich is clearly better, Athens clearly worse, Warsaw improves month by month, Berlin and
Krakow sit in between. Absent questions were not shown (short forms on kiosk and SMS, service questions only after a
contact, abandoned surveys); ``null`` means shown and skipped. After writing, every file is read back and checked
(answers against question kinds and scales, unique ids, RFC 3339 timestamps, CSV = JSONL); the script exits
non-zero if anything is off. The data are invented; any resemblance to real customers or staff is coincidental.
"""

import csv
import io
import json
import math
import random
import re
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

SEED = 20250106
HERE = Path(__file__).resolve().parent

# --------------------------------------------------------------------------------------------------------------------
# Shared helpers
# --------------------------------------------------------------------------------------------------------------------

RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$")

# Central European Time switches to summer time on 2025-03-30 and back on 2025-10-26, at 01:00 UTC (EU rule);
# Eastern European Time (Athens) switches at the same instants.
DST_START = datetime(2025, 3, 30, 1, 0, tzinfo=timezone.utc)
DST_END = datetime(2025, 10, 26, 1, 0, tzinfo=timezone.utc)
STANDARD_OFFSET_H = {"CET": 1, "EET": 2}


def utc_offset_hours(zone, instant_utc):
    """The UTC offset (hours) of an EU time zone at a UTC instant."""
    base = STANDARD_OFFSET_H[zone]
    return base + 1 if DST_START <= instant_utc < DST_END else base


def local_to_utc(zone, local_naive):
    """A UTC instant from a local wall-clock time (the generated times never fall into the DST gap or overlap)."""
    guess = local_naive.replace(tzinfo=timezone.utc) - timedelta(hours=STANDARD_OFFSET_H[zone])
    offset = utc_offset_hours(zone, guess)
    return local_naive.replace(tzinfo=timezone.utc) - timedelta(hours=offset)


def rfc3339(instant_utc, zone=None):
    """Formats a UTC instant either as ``...Z`` (zone None) or in the zone's local time with its offset."""
    if zone is None:
        return instant_utc.strftime("%Y-%m-%dT%H:%M:%SZ")
    offset = utc_offset_hours(zone, instant_utc)
    local = instant_utc + timedelta(hours=offset)
    return local.strftime("%Y-%m-%dT%H:%M:%S") + "+%02d:00" % offset


def clamp_round(x, lo, hi):
    """Rounds half up and clamps to [lo, hi]."""
    return max(lo, min(hi, int(math.floor(x + 0.5))))


def logistic(x):
    return 1.0 / (1.0 + math.exp(-x))


def weighted_pick(rng, table):
    """Picks a key from a list of (key, weight) pairs."""
    keys = [k for k, _ in table]
    weights = [w for _, w in table]
    return rng.choices(keys, weights=weights, k=1)[0]


def dump_json(path, obj):
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(obj, ensure_ascii=False, indent=2) + "\n"
    path.write_bytes(text.encode("utf-8"))


def dump_jsonl(path, rows):
    path.parent.mkdir(parents=True, exist_ok=True)
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    path.write_bytes(text.encode("utf-8"))


# --------------------------------------------------------------------------------------------------------------------
# Retail customer-experience survey
# --------------------------------------------------------------------------------------------------------------------

RETAIL_ID = "retail-cx-2025"

CONTACT_REASONS = [
    "Product advice",
    "Return or exchange",
    "Order pickup or delivery",
    "Payment or refund",
    "Loyalty card",
    "Something else",
]

LIKED_OPTIONS = [
    "Friendly staff",
    "Product range",
    "Prices",
    "Clean and tidy store",
    "Fast checkout",
    "Click & collect",
]

RETAIL_QUESTIONS = [
    {
        "id": "nps",
        "kind": "nps",
        "text": "How likely are you to recommend our store to a friend or colleague?",
        "perspective": "recommendation",
    },
    {
        "id": "csat",
        "kind": "csat",
        "text": "Overall, how satisfied are you with your visit?",
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
        "id": "effort",
        "kind": "ces_effort",
        "text": "How much effort did you personally have to put forth to handle your request?",
        "scale": {"min": 1, "max": 5},
        "perspective": "ease",
    },
    {
        "id": "return_intent",
        "kind": "yes_no",
        "text": "Will you shop with us again?",
        "perspective": "loyalty",
    },
    {
        "id": "contact_reason",
        "kind": "single_choice",
        "text": "What did you need help with?",
        "options": CONTACT_REASONS,
    },
    {
        "id": "liked",
        "kind": "multi_choice",
        "text": "What did you like about your visit? (Select all that apply.)",
        "options": LIKED_OPTIONS,
    },
    {
        "id": "comment",
        "kind": "text",
        "text": "Is there anything else you would like to tell us?",
    },
]

# store -> (region, time zone, comment language, respondents)
STORES = {
    "Berlin": ("DACH", "CET", "de", 140),
    "Munich": ("DACH", "CET", "de", 120),
    "Warsaw": ("CEE", "CET", "pl", 140),
    "Krakow": ("CEE", "CET", "pl", 90),
    "Athens": ("South", "EET", "el", 110),
}

CHANNELS = [("email", 32), ("sms", 14), ("kiosk", 16), ("web_widget", 16), ("qr_receipt", 22)]
# Email invitations and the web widget are stamped by the server in UTC; the others carry the store's local offset.
UTC_CHANNELS = {"email", "web_widget"}
# The short forms: kiosk and SMS never show the service block (contact reason, CES, effort) or "liked";
# SMS does not ask for return intent either.
SHORT_FORM = {
    "kiosk": ["nps", "csat", "return_intent", "comment"],
    "sms": ["nps", "csat", "comment"],
}

FIRST_DAY = date(2025, 1, 1)
LAST_DAY = date(2025, 6, 30)
SPAN_DAYS = (LAST_DAY - FIRST_DAY).days  # 180


def store_mood(store, day):
    """The mean latent satisfaction of a store's customers on a day (0 = average)."""
    t = (day - FIRST_DAY).days / SPAN_DAYS  # 0 on 1 January .. 1 on 30 June
    if store == "Munich":
        return 0.65
    if store == "Athens":
        return -0.65
    if store == "Warsaw":  # new store manager in January, steady improvement
        return -1.0 + 1.8 * t
    if store == "Krakow":
        return -0.05
    return 0.15  # Berlin


# How easy service contacts are, on top of the general mood (Athens' service desk is understaffed).
STORE_EASE = {"Berlin": 0.0, "Munich": 0.2, "Warsaw": 0.0, "Krakow": 0.1, "Athens": -0.45}
REASON_EASE = {
    "Product advice": 0.35,
    "Return or exchange": -0.25,
    "Order pickup or delivery": -0.45,
    "Payment or refund": -0.35,
    "Loyalty card": 0.15,
    "Something else": 0.0,
}
REASON_WEIGHTS = [
    ("Product advice", 30),
    ("Return or exchange", 26),
    ("Order pickup or delivery", 16),
    ("Payment or refund", 11),
    ("Loyalty card", 9),
    ("Something else", 8),
]
# Base log-odds of ticking each "liked" option, plus store specialities.
LIKED_BASE = {
    "Friendly staff": 0.1,
    "Product range": 0.0,
    "Prices": -0.6,
    "Clean and tidy store": -0.5,
    "Fast checkout": -0.7,
    "Click & collect": -1.6,
}
LIKED_STORE = {
    ("Munich", "Friendly staff"): 0.8,
    ("Munich", "Clean and tidy store"): 0.6,
    ("Athens", "Prices"): 0.9,
    ("Athens", "Fast checkout"): -0.8,
    ("Berlin", "Click & collect"): 0.7,
    ("Warsaw", "Fast checkout"): 0.3,
    ("Krakow", "Product range"): 0.5,
}

WEIGHT_VALUES = [0.75, 0.8, 0.85, 0.9, 1.1, 1.15, 1.2, 1.25, 1.5, 1.75]

# -- comments: hand-written, by language and tone ------------------------------------------------------------------

COMMENTS = {
    "en": {
        "pos": [
            "Friendly staff and I found everything I needed.",
            "Quick checkout, no queue at all. Great experience.",
            "The assistant took the time to explain the difference between the two models. Really appreciated it.",
            "Clean store, well organised shelves, easy to find things.",
            "The return took two minutes, no questions asked.",
            "Love the new self-checkout, very fast.",
            "Always a pleasant visit, keep it up!",
            "Great selection and fair prices.",
            "The people at the service desk were super helpful with my exchange.",
            "My click & collect order was ready on time and well packed.",
            "Very good advice, I will definitely come back.",
            "Everything went smoothly, thank you!",
            "Nice atmosphere and helpful people.",
            "Got my refund on the spot, much easier than I expected.",
            "Best shopping experience I've had in a while.",
            "The loyalty discount was applied automatically, nice touch.",
        ],
        "neu": [
            "Okay overall, but the queue at the tills was a bit long.",
            "Good products, though some sizes were out of stock.",
            "Fine, nothing special.",
            "Staff were friendly but hard to find when I needed help.",
            "Prices are OK, the selection could be bigger.",
            "The return worked, it just took longer than it should have.",
            "Decent visit. Parking is a problem though.",
            "Found what I came for, but the store was quite crowded.",
            "The self-checkout kept calling for assistance.",
            "Average experience, much like other shops.",
            "Helpful staff, but I had to wait 10 minutes at the service desk.",
            "The app said the item was in stock, it wasn't. Picked it up another day.",
            "All fine, the music was a bit loud.",
            "Good, but Saturday opening hours are too short.",
            "No complaints, no wow either.",
            "The card terminal was slow, otherwise OK.",
        ],
        "neg": [
            "Waited 25 minutes to return a single item. Unacceptable.",
            "Nobody at the service desk, I had to come back the next day.",
            "Rude staff member at the checkout, won't be back soon.",
            "Ordered online for pickup and the order wasn't there.",
            "Still waiting for my refund after three weeks.",
            "Only one till open on a Saturday afternoon. Really?",
            "Empty shelves, half of my list wasn't available.",
            "I was sent back and forth between three departments.",
            "The price on the shelf didn't match the price at the till.",
            "The store was a mess and the fitting rooms were closed.",
            "Nobody could answer a simple question about the warranty.",
            "Very disappointing: the product broke after a week and the exchange was a hassle.",
            "Long queues, stressed staff, chaos.",
            "I was charged twice and it took four calls to sort it out.",
            "Poor service, I'll shop online elsewhere.",
            'The "express" checkout was anything but express.',
        ],
    },
    "de": {
        "pos": [
            "Sehr freundliche Beratung, ich habe alles gefunden.",
            "Schnell an der Kasse, kaum Wartezeit.",
            "Der Umtausch ging völlig unkompliziert.",
            "Saubere Filiale und übersichtlich sortiert.",
            "Die Mitarbeiterin hat sich viel Zeit für mich genommen. Vielen Dank!",
            "Top Service, gerne wieder.",
            "Große Auswahl und faire Preise.",
            "Meine Click-&-Collect-Bestellung lag pünktlich bereit.",
            "Alles bestens, weiter so!",
            "Kompetente Beratung, ich komme bestimmt wieder.",
            "Die Erstattung kam sofort, super.",
            "Angenehme Atmosphäre, nettes Personal.",
            "Die neuen Selbstbedienungskassen sind klasse.",
            "Unkompliziert, schnell, freundlich – so soll es sein.",
            "Ich kaufe hier seit Jahren ein und bin immer zufrieden.",
            "Der Kundenservice hat mein Problem in fünf Minuten gelöst.",
        ],
        "neu": [
            "Insgesamt okay, aber die Schlange an der Kasse war lang.",
            "Gute Produkte, leider fehlten einige Größen.",
            "Passt, nichts Besonderes.",
            "Das Personal war nett, aber schwer zu finden.",
            "Preise in Ordnung, die Auswahl könnte größer sein.",
            "Der Umtausch hat geklappt, hat aber zu lange gedauert.",
            "Ganz gut, nur die Parkplatzsituation ist schwierig.",
            "Am Samstag war es ziemlich voll.",
            "Die Selbstbedienungskasse hat ständig nach Hilfe verlangt.",
            "Durchschnittlich, wie in anderen Läden auch.",
            "Laut App war der Artikel vorrätig, war er aber nicht.",
            "Beratung gut, aber die Wartezeit am Servicepunkt war etwas lang.",
            "Alles in Ordnung, nur die Musik war zu laut.",
            "Die Kartenzahlung hat ewig gedauert, sonst okay.",
            "Keine Beschwerden, aber auch nichts, was mich begeistert hat.",
            "Ware gefunden, die Beschilderung könnte besser sein.",
        ],
        "neg": [
            "30 Minuten für eine Rückgabe gewartet. Inakzeptabel.",
            "Am Servicepunkt war niemand, ich musste am nächsten Tag wiederkommen.",
            "Unfreundlicher Mitarbeiter an der Kasse.",
            "Online zur Abholung bestellt – die Bestellung war nicht da.",
            "Ich warte seit drei Wochen auf meine Erstattung.",
            "Samstagnachmittag nur eine Kasse offen, echt jetzt?",
            "Leere Regale, die Hälfte meiner Liste gab es nicht.",
            "Ich wurde von einer Abteilung zur nächsten geschickt.",
            "Der Preis am Regal stimmte nicht mit dem an der Kasse überein.",
            "Niemand konnte mir eine einfache Frage zur Garantie beantworten.",
            "Sehr enttäuschend, der Umtausch war ein einziges Hin und Her.",
            "Lange Schlangen, gestresstes Personal, Chaos.",
            "Mir wurde doppelt abgebucht, und es hat vier Anrufe gebraucht, bis das geklärt war.",
            "Schlechter Service, ich bestelle künftig woanders.",
            "Umkleiden geschlossen und der Laden war unordentlich.",
            "Die „Express“-Kasse war alles andere als express.",
        ],
    },
    "pl": {
        "pos": [
            "Bardzo miła obsługa, znalazłam wszystko, czego szukałam.",
            "Szybko przy kasie, prawie bez kolejki.",
            "Zwrot poszedł bez żadnego problemu.",
            "Czysty sklep, wszystko dobrze oznaczone.",
            "Pan z działu RTV świetnie mi doradził. Dziękuję!",
            "Super obsługa, na pewno wrócę.",
            "Duży wybór i dobre ceny.",
            "Zamówienie z odbiorem w sklepie było gotowe na czas.",
            "Wszystko sprawnie, oby tak dalej!",
            "Reklamację załatwiono od ręki.",
            "Przyjemna atmosfera i pomocni pracownicy.",
            "Nowe kasy samoobsługowe to świetny pomysł.",
            "Szybko, sprawnie i uprzejmie.",
            "Robię tu zakupy od lat i zawsze jestem zadowolony.",
            "Pani na infolinii rozwiązała mój problem w pięć minut.",
            "Pieniądze wróciły od razu na kartę, bardzo dobrze.",
        ],
        "neu": [
            "Ogólnie w porządku, ale kolejka do kasy była długa.",
            "Dobre produkty, niestety brakowało niektórych rozmiarów.",
            "W porządku, nic szczególnego.",
            "Obsługa miła, ale trudno było kogoś znaleźć.",
            "Ceny OK, wybór mógłby być większy.",
            "Wymiana się udała, ale trwała zbyt długo.",
            "Nieźle, tylko z parkowaniem jest problem.",
            "W sobotę było bardzo tłoczno.",
            "Kasa samoobsługowa co chwilę wzywała obsługę.",
            "Przeciętnie, jak w innych sklepach.",
            "W aplikacji produkt był dostępny, a w sklepie go nie było.",
            "Doradztwo dobre, ale długo czekałem przy punkcie obsługi.",
            "Wszystko w porządku, tylko muzyka była za głośno.",
            "Terminal płatniczy działał wolno, poza tym OK.",
            "Bez zastrzeżeń, ale też bez zachwytu.",
            "Oznakowanie działów mogłoby być czytelniejsze.",
        ],
        "neg": [
            "Czekałam 25 minut, żeby zwrócić jedną rzecz. Skandal.",
            "Przy punkcie obsługi nikogo nie było, musiałem przyjść następnego dnia.",
            "Niemiła kasjerka, szybko tu nie wrócę.",
            "Zamówienie z odbiorem w sklepie – nie było go.",
            "Od trzech tygodni czekam na zwrot pieniędzy.",
            "W sobotę po południu otwarta tylko jedna kasa.",
            "Puste półki, połowy rzeczy z listy nie było.",
            "Odsyłano mnie od jednego działu do drugiego.",
            "Cena na półce inna niż przy kasie.",
            "Nikt nie potrafił odpowiedzieć na proste pytanie o gwarancję.",
            "Bardzo rozczarowujące, reklamacja to droga przez mękę.",
            "Długie kolejki, zestresowany personel, chaos.",
            "Pobrano mi pieniądze dwa razy, wyjaśnienie zajęło cztery telefony.",
            "Słaba obsługa, następnym razem kupię gdzie indziej.",
            "Przymierzalnie zamknięte, w sklepie bałagan.",
            "Kasa „ekspresowa” wcale nie była ekspresowa.",
        ],
    },
    "el": {
        "pos": [
            "Πολύ ευγενικό προσωπικό, βρήκα ό,τι χρειαζόμουν.",
            "Γρήγορη εξυπηρέτηση στο ταμείο, χωρίς ουρά.",
            "Η επιστροφή έγινε χωρίς κανένα πρόβλημα.",
            "Καθαρό και καλά οργανωμένο κατάστημα.",
            "Η υπάλληλος μου εξήγησε τα πάντα με υπομονή. Ευχαριστώ!",
            "Άψογη εξυπηρέτηση, σίγουρα θα ξαναέρθω.",
            "Μεγάλη ποικιλία και καλές τιμές.",
            "Η παραγγελία μου για παραλαβή από το κατάστημα ήταν έτοιμη στην ώρα της.",
            "Όλα τέλεια, συνεχίστε έτσι!",
            "Η αλλαγή του προϊόντος έγινε επιτόπου.",
            "Ευχάριστη ατμόσφαιρα και εξυπηρετικοί υπάλληλοι.",
            "Τα νέα ταμεία αυτοεξυπηρέτησης είναι πολύ βολικά.",
            "Γρήγορα, απλά και με χαμόγελο.",
            "Ψωνίζω εδώ χρόνια και είμαι πάντα ικανοποιημένη.",
            "Η εξυπηρέτηση πελατών έλυσε το πρόβλημά μου σε πέντε λεπτά.",
            "Πήρα τα χρήματά μου πίσω αμέσως, μπράβο.",
        ],
        "neu": [
            "Γενικά εντάξει, αλλά η ουρά στο ταμείο ήταν μεγάλη.",
            "Καλά προϊόντα, αλλά έλειπαν κάποια νούμερα.",
            "Εντάξει, τίποτα το ιδιαίτερο.",
            "Το προσωπικό ευγενικό, αλλά δύσκολα έβρισκες κάποιον.",
            "Οι τιμές λογικές, η ποικιλία θα μπορούσε να είναι μεγαλύτερη.",
            "Η αλλαγή έγινε, αλλά πήρε πολλή ώρα.",
            "Καλά, μόνο που το πάρκινγκ είναι πρόβλημα.",
            "Το Σάββατο είχε πάρα πολύ κόσμο.",
            "Το ταμείο αυτοεξυπηρέτησης ζητούσε συνέχεια βοήθεια.",
            "Μέτρια εμπειρία, όπως και σε άλλα καταστήματα.",
            "Η εφαρμογή έδειχνε ότι υπάρχει απόθεμα, αλλά δεν υπήρχε.",
            "Καλή συμβουλή, αλλά περίμενα αρκετά στο γκισέ εξυπηρέτησης.",
            "Όλα καλά, απλώς η μουσική ήταν δυνατή.",
            "Το POS ήταν πολύ αργό, κατά τα άλλα εντάξει.",
            "Κανένα παράπονο, αλλά και τίποτα που να με ενθουσίασε.",
            "Η σήμανση στους διαδρόμους θα μπορούσε να είναι καλύτερη.",
        ],
        "neg": [
            "Περίμενα 25 λεπτά για να επιστρέψω ένα προϊόν. Απαράδεκτο.",
            "Δεν υπήρχε κανείς στην εξυπηρέτηση πελατών, ξαναπήγα την επόμενη μέρα.",
            "Αγενής υπάλληλος στο ταμείο.",
            "Παρήγγειλα online για παραλαβή και η παραγγελία δεν ήταν εκεί.",
            "Τρεις εβδομάδες περιμένω την επιστροφή των χρημάτων μου.",
            "Σάββατο απόγευμα και μόνο ένα ταμείο ανοιχτό.",
            "Άδεια ράφια, τα μισά από όσα ήθελα έλειπαν.",
            "Με έστελναν από το ένα τμήμα στο άλλο.",
            "Η τιμή στο ράφι δεν ήταν ίδια με την τιμή στο ταμείο.",
            "Κανείς δεν ήξερε να μου απαντήσει για την εγγύηση.",
            "Πολύ απογοητευτικό, η αλλαγή του προϊόντος ήταν σκέτη ταλαιπωρία.",
            "Τεράστιες ουρές, αγχωμένο προσωπικό, χάος.",
            "Με χρέωσαν δύο φορές και χρειάστηκαν τέσσερα τηλεφωνήματα για να διορθωθεί.",
            "Κακή εξυπηρέτηση, την επόμενη φορά θα ψωνίσω αλλού.",
            "Τα δοκιμαστήρια κλειστά και το κατάστημα ακατάστατο.",
            "Το «γρήγορο» ταμείο κάθε άλλο παρά γρήγορο ήταν.",
        ],
    },
    "fa": {
        "pos": [
            "کارکنان خیلی مهربان بودند و همه چیز را پیدا کردم.",
            "صف صندوق کوتاه بود و کارم خیلی سریع راه افتاد.",
            "مرجوعی کالا بدون هیچ مشکلی انجام شد.",
            "فروشگاه تمیز و مرتب بود.",
            "فروشنده با حوصله همه چیز را توضیح داد. ممنونم!",
            "خدمات عالی بود، حتماً دوباره می‌آیم.",
            "تنوع کالا زیاد است و قیمت‌ها منصفانه.",
            "سفارش اینترنتی‌ام سر وقت آماده تحویل بود.",
            "همه چیز عالی بود، خسته نباشید!",
            "تعویض کالا همان‌جا انجام شد.",
            "فضای خوب و کارکنان کمک‌کننده.",
            "صندوق‌های سلف‌سرویس جدید خیلی راحت هستند.",
            "سریع، ساده و با روی خوش.",
            "سال‌هاست از اینجا خرید می‌کنم و همیشه راضی بوده‌ام.",
            "پشتیبانی مشتریان مشکلم را در پنج دقیقه حل کرد.",
        ],
        "neu": [
            "در کل بد نبود، ولی صف صندوق طولانی بود.",
            "کالاها خوب بودند، اما بعضی سایزها موجود نبود.",
            "معمولی بود، چیز خاصی نبود.",
            "کارکنان مؤدب بودند ولی پیدا کردنشان سخت بود.",
            "قیمت‌ها مناسب است، ولی تنوع می‌توانست بیشتر باشد.",
            "تعویض انجام شد اما خیلی طول کشید.",
            "خوب بود، فقط پارکینگ مشکل دارد.",
            "روز شنبه فروشگاه خیلی شلوغ بود.",
            "صندوق سلف‌سرویس مدام درخواست کمک می‌کرد.",
            "تجربه‌ای معمولی، مثل بقیه فروشگاه‌ها.",
            "در اپلیکیشن موجود بود ولی در فروشگاه نبود.",
            "راهنمایی خوب بود اما در باجه خدمات زیاد منتظر ماندم.",
            "همه چیز خوب بود، فقط صدای موسیقی بلند بود.",
            "دستگاه کارتخوان کند بود، بقیه‌اش خوب بود.",
            "شکایتی ندارم، ولی چیز خاصی هم نظرم را جلب نکرد.",
        ],
        "neg": [
            "۲۵ دقیقه برای پس دادن یک کالا منتظر ماندم. قابل قبول نیست.",
            "کسی در باجه خدمات نبود و مجبور شدم فردا دوباره بیایم.",
            "صندوقدار بی‌ادب بود.",
            "سفارش اینترنتی‌ام برای تحویل حضوری آماده نبود.",
            "سه هفته است منتظر بازگشت پولم هستم.",
            "شنبه بعدازظهر فقط یک صندوق باز بود.",
            "قفسه‌ها خالی بود و نصف چیزهایی که می‌خواستم نبود.",
            "مرا از یک بخش به بخش دیگر فرستادند.",
            "قیمت روی قفسه با قیمت صندوق فرق داشت.",
            "هیچ‌کس نتوانست به یک سؤال ساده درباره گارانتی جواب بدهد.",
            "خیلی ناامیدکننده بود، تعویض کالا کلی دردسر داشت.",
            "صف‌های طولانی، کارکنان خسته، هرج و مرج.",
            "دو بار از کارتم پول کم شد و چهار بار تماس گرفتم تا درست شد.",
            "خدمات ضعیف، دفعه بعد از جای دیگری خرید می‌کنم.",
            "اتاق پرو بسته بود و فروشگاه نامرتب.",
        ],
    },
}


def tone_of(nps, csat):
    """The tone of a respondent's comment, from their NPS (or CSAT when NPS was skipped)."""
    if nps is not None:
        return "pos" if nps >= 9 else ("neu" if nps >= 7 else "neg")
    if csat is not None:
        return "pos" if csat >= 5 else ("neu" if csat >= 4 else "neg")
    return "neu"


def pick_comment(rng, lang, tone, used):
    """A comment in a language and tone, avoiding recent repeats within the same bucket."""
    pool = COMMENTS[lang][tone]
    recent = used.setdefault((lang, tone), [])
    fresh = [c for c in pool if c not in recent] or pool
    text = rng.choice(fresh)
    recent.append(text)
    del recent[: max(0, len(recent) - len(pool) // 2)]
    return text


def local_time_of_day(rng, channel):
    """A local (hour, minute, second) at which a response of this channel is submitted."""
    if channel in ("kiosk", "qr_receipt"):  # in or just after the visit, opening hours 09:00-20:00
        hour = weighted_pick(rng, [(h, w) for h, w in zip(range(9, 21), [3, 4, 5, 6, 6, 5, 5, 6, 7, 7, 5, 3])])
    else:  # invitations answered later, mostly in the evening
        hour = weighted_pick(
            rng, [(h, w) for h, w in zip(range(7, 24), [2, 3, 3, 3, 3, 4, 4, 3, 3, 4, 5, 6, 8, 9, 8, 6, 3])]
        )
    return hour, rng.randrange(60), rng.randrange(60)


# Public holidays in the first half of 2025 on which the stores are closed (they are also closed on Sundays).
HOLIDAYS = {
    "Berlin": ["01-01", "03-08", "04-18", "04-21", "05-01", "05-29", "06-09"],
    "Munich": ["01-01", "01-06", "04-18", "04-21", "05-01", "05-29", "06-09", "06-19"],
    "Warsaw": ["01-01", "01-06", "04-21", "05-01", "05-03", "06-19"],
    "Krakow": ["01-01", "01-06", "04-21", "05-01", "05-03", "06-19"],
    "Athens": ["01-01", "01-06", "03-03", "03-25", "04-18", "04-21", "05-01"],
}


def is_open(store, day):
    return day.weekday() != 6 and day.strftime("%m-%d") not in HOLIDAYS[store]


def pick_visit_day(rng, store):
    """A day the store is open; Saturdays are the busiest."""
    while True:
        day = FIRST_DAY + timedelta(days=rng.randrange(SPAN_DAYS + 1))
        if is_open(store, day) and rng.random() < (1.0 if day.weekday() == 5 else 0.6):
            return day


def make_retail(rng):
    questions = RETAIL_QUESTIONS
    qids = [q["id"] for q in questions]
    drafts = []
    used_comments = {}
    for store, (region, zone, lang, count) in STORES.items():
        for _ in range(count):
            channels = [(c, w) for c, w in CHANNELS if not (store == "Athens" and c == "kiosk")]
            channel = weighted_pick(rng, channels)
            visit = pick_visit_day(rng, store)
            day = visit
            if channel not in ("kiosk", "qr_receipt"):  # answered from home, up to two days after the visit
                day = min(LAST_DAY, visit + timedelta(days=weighted_pick(rng, [(0, 50), (1, 35), (2, 15)])))
            h, m, s = local_time_of_day(rng, channel)
            instant = local_to_utc(zone, datetime(day.year, day.month, day.day, h, m, s))
            stamp = rfc3339(instant, None if channel in UTC_CHANNELS else zone)

            mood = store_mood(store, visit) + rng.gauss(0.0, 1.0)
            shown = SHORT_FORM.get(channel, qids)
            # The service block is shown to those who say they dealt with staff about something.
            contacted = channel not in SHORT_FORM and rng.random() < 0.55
            abandoned = channel not in SHORT_FORM and rng.random() < 0.05  # left after the first page
            reason = weighted_pick(rng, REASON_WEIGHTS) if contacted else None
            ease = mood + STORE_EASE[store] + (REASON_EASE[reason] if contacted else 0.0) + rng.gauss(0.0, 0.6)
            # A bad (or great) service contact colours the whole visit.
            overall = mood + (0.35 * (ease - mood) if contacted else 0.0)

            values = {}
            values["nps"] = clamp_round(8.1 + 1.9 * overall + rng.gauss(0.0, 0.9), 0, 10)
            values["csat"] = clamp_round(4.0 + 0.85 * overall + rng.gauss(0.0, 0.55), 1, 5)
            values["ces"] = clamp_round(5.3 + 1.25 * ease + rng.gauss(0.0, 0.7), 1, 7)
            values["effort"] = clamp_round(2.3 - 0.85 * ease + rng.gauss(0.0, 0.6), 1, 5)
            values["return_intent"] = rng.random() < logistic(1.7 + 1.7 * overall)
            values["contact_reason"] = reason
            liked = []
            for opt in LIKED_OPTIONS:
                p = logistic(LIKED_BASE[opt] + LIKED_STORE.get((store, opt), 0.0) + 0.9 * overall)
                if rng.random() < p:
                    liked.append(opt)
            values["liked"] = liked or None  # nothing to like: the question is skipped

            answers = {}
            null_rate = {"nps": 0.01, "csat": 0.02, "ces": 0.03, "effort": 0.04, "return_intent": 0.03,
                         "contact_reason": 0.02, "liked": 0.04}
            page1 = ("nps", "csat", "return_intent")
            for qid in qids:
                if qid not in shown:
                    continue
                if abandoned and qid not in page1:
                    continue
                if qid in ("contact_reason", "ces", "effort") and not contacted:
                    continue
                if qid == "comment":
                    continue
                v = values[qid]
                if v is None or rng.random() < null_rate[qid]:
                    answers[qid] = None
                else:
                    answers[qid] = v
            if not abandoned:
                tone = tone_of(answers.get("nps"), answers.get("csat"))
                if rng.random() < {"pos": 0.40, "neu": 0.34, "neg": 0.58}[tone]:
                    r = rng.random()
                    c_lang = lang if r < 0.72 else ("en" if r < 0.955 else "fa")
                    answers["comment"] = pick_comment(rng, c_lang, tone, used_comments)
                else:
                    answers["comment"] = None  # the box was shown and left empty

            record = {"survey": RETAIL_ID, "submitted_at": stamp}
            if rng.random() < 0.10:
                record["weight"] = rng.choice(WEIGHT_VALUES)
            record["segments"] = {"store": store, "channel": channel, "region": region}
            # Keep the answers in question order.
            record["answers"] = {q: answers[q] for q in qids if q in answers}
            drafts.append((instant, rng.random(), record))

    drafts.sort(key=lambda d: (d[0], d[1]))
    responses = []
    for i, (_, _, rec) in enumerate(drafts, start=1):
        responses.append({"id": "r%04d" % i, **rec})
    return {"id": RETAIL_ID, "audience": "customer", "questions": questions}, responses


def csv_cell(kind, value):
    if value is None:
        return ""
    if kind == "yes_no":
        return "yes" if value else "no"
    if kind == "multi_choice":
        return ";".join(value)
    return str(value)


def retail_csv(survey, responses):
    questions = survey["questions"]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["id", "submitted_at", "weight", "store", "channel", "region"] + [q["id"] for q in questions])
    for r in responses:
        seg = r["segments"]
        row = [r["id"], r["submitted_at"], str(r["weight"]) if "weight" in r else "",
               seg["store"], seg["channel"], seg["region"]]
        row += [csv_cell(q["kind"], r["answers"].get(q["id"])) for q in questions]
        w.writerow(row)
    return buf.getvalue()


# --------------------------------------------------------------------------------------------------------------------
# Employee pulse survey
# --------------------------------------------------------------------------------------------------------------------

EMPLOYEE_ID = "employee-pulse-2025"

EMPLOYEE_QUESTIONS = [
    {
        "id": "enps",
        "kind": "nps",
        "text": "How likely are you to recommend our company as a place to work to a friend or acquaintance?",
        "perspective": "recommendation",
    },
    {
        "id": "workload",
        "kind": "rating",
        "text": "How manageable is your workload? (1 = not at all, 5 = completely)",
        "scale": {"min": 1, "max": 5},
    },
    {
        "id": "stay",
        "kind": "yes_no",
        "text": "Do you see yourself still working here a year from now?",
        "perspective": "loyalty",
    },
    {
        "id": "comment",
        "kind": "text",
        "text": "Anything else you would like to share with us?",
    },
]

# department -> (mood, quarterly trend, workload pressure, [(site, weight)], respondents per quarter Q1..Q4)
DEPARTMENTS = {
    "Engineering": (0.35, 0.0, 0.1, [("Warsaw", 5), ("Berlin", 3), ("Remote", 3)], [11, 11, 11, 11]),
    "Sales": (0.0, -0.1, 0.3, [("Berlin", 3), ("Warsaw", 2), ("Remote", 1)], [7, 7, 7, 7]),
    "Operations": (-0.45, 0.3, 0.2, [("Warsaw", 4), ("Berlin", 1)], [6, 6, 6, 6]),
    "Customer Service": (-0.55, 0.0, 0.9, [("Warsaw", 3), ("Berlin", 2)], [5, 5, 6, 5]),
    "Finance": (0.2, 0.0, 0.2, [("Berlin", 1)], [1, 1, 0, 1]),
}
SITE_ZONE = {"Warsaw": "CET", "Berlin": "CET", "Remote": None}
SITE_LANG = {"Warsaw": "pl", "Berlin": "de", "Remote": "en"}
# The pulse is open for two working weeks each quarter.
PULSE_WINDOWS = [date(2025, 3, 10), date(2025, 6, 9), date(2025, 9, 8), date(2025, 12, 1)]

EMPLOYEE_COMMENTS = {
    "en": {
        "pos": [
            "Great team, I feel supported by my manager.",
            "Flexible hours make a real difference.",
            "Lots of room to learn and grow here.",
            "The new onboarding process is much better.",
            "I like that leadership shares its plans openly.",
            "Good balance between remote and office days.",
            "My work feels meaningful.",
            "Colleagues are always willing to help.",
            "Thanks for finally fixing the laptops!",
        ],
        "neu": [
            "Mostly fine, but priorities change too often.",
            "Pay is OK, career paths are unclear.",
            "Too many meetings, otherwise good.",
            "The tools are outdated but manageable.",
            "I would like more feedback from my lead.",
            "Workload is uneven across the team.",
            "An okay place to work, nothing special.",
            "The office is fine, the coffee machine is not.",
        ],
        "neg": [
            "Constant overtime, we are understaffed.",
            "Decisions are made without asking the people who do the work.",
            "No salary review in two years.",
            "Burnout is real in our team.",
            "Too much pressure, too little recognition.",
            "Several good colleagues left and nobody replaced them.",
            "Communication from management is poor.",
            "I don't see a future for me here.",
        ],
    },
    "de": {
        "pos": [
            "Tolles Team, ich fühle mich von meiner Führungskraft unterstützt.",
            "Die flexiblen Arbeitszeiten sind Gold wert.",
            "Hier kann man viel lernen und sich weiterentwickeln.",
            "Die Geschäftsleitung kommuniziert offen, das schätze ich.",
            "Gute Mischung aus Homeoffice und Büro.",
            "Die Kolleginnen und Kollegen helfen sich gegenseitig.",
            "Meine Arbeit fühlt sich sinnvoll an.",
            "Das neue Onboarding ist deutlich besser.",
        ],
        "neu": [
            "Im Großen und Ganzen gut, aber die Prioritäten ändern sich zu oft.",
            "Gehalt okay, Karrierewege unklar.",
            "Zu viele Meetings, sonst passt es.",
            "Die Tools sind veraltet, aber man kommt klar.",
            "Ich wünsche mir mehr Feedback.",
            "Die Arbeit ist im Team ungleich verteilt.",
            "Ganz okay, nichts Besonderes.",
            "Das Büro ist in Ordnung, die Kaffeemaschine nicht.",
        ],
        "neg": [
            "Ständig Überstunden, wir sind unterbesetzt.",
            "Entscheidungen werden über unsere Köpfe hinweg getroffen.",
            "Seit zwei Jahren keine Gehaltsrunde.",
            "Viele im Team sind kurz vor dem Burnout.",
            "Viel Druck, wenig Anerkennung.",
            "Gute Leute sind gegangen und wurden nicht ersetzt.",
            "Die Kommunikation der Führung ist schlecht.",
            "Ich sehe hier keine Zukunft für mich.",
        ],
    },
    "pl": {
        "pos": [
            "Świetny zespół, czuję wsparcie przełożonej.",
            "Elastyczne godziny pracy to duży plus.",
            "Dużo możliwości rozwoju.",
            "Nowy onboarding jest dużo lepszy.",
            "Doceniam otwartą komunikację zarządu.",
            "Dobry balans między pracą zdalną a biurem.",
            "Moja praca ma sens.",
            "Współpracownicy zawsze chętnie pomagają.",
        ],
        "neu": [
            "Ogólnie dobrze, ale priorytety zmieniają się za często.",
            "Pensja OK, ścieżki kariery niejasne.",
            "Za dużo spotkań, poza tym w porządku.",
            "Narzędzia są przestarzałe, ale da się pracować.",
            "Chciałbym częściej dostawać informację zwrotną.",
            "Obciążenie pracą w zespole jest nierówne.",
            "W porządku, nic szczególnego.",
            "Biuro OK, ekspres do kawy nie.",
        ],
        "neg": [
            "Ciągłe nadgodziny, brakuje ludzi.",
            "Decyzje zapadają bez pytania tych, którzy wykonują pracę.",
            "Od dwóch lat brak podwyżki.",
            "W naszym zespole wypalenie to codzienność.",
            "Dużo presji, mało docenienia.",
            "Odeszło kilka dobrych osób i nikt ich nie zastąpił.",
            "Komunikacja ze strony kierownictwa jest słaba.",
            "Nie widzę tu dla siebie przyszłości.",
        ],
    },
}


def make_employee(rng):
    qids = [q["id"] for q in EMPLOYEE_QUESTIONS]
    drafts = []
    used = {}
    for qi, start in enumerate(PULSE_WINDOWS):
        for dept, (mood0, trend, pressure, sites, per_quarter) in DEPARTMENTS.items():
            for _ in range(per_quarter[qi]):
                site = weighted_pick(rng, sites)
                zone = SITE_ZONE[site]
                # A working day in the two-week window, working hours in Central European time.
                while True:
                    day = start + timedelta(days=rng.randrange(12))
                    if day.weekday() < 5:
                        break
                hour = weighted_pick(rng, [(h, w) for h, w in zip(range(8, 19), [3, 5, 6, 5, 4, 5, 5, 4, 3, 2, 1])])
                local = datetime(day.year, day.month, day.day, hour, rng.randrange(60), rng.randrange(60))
                instant = local_to_utc("CET", local)
                stamp = rfc3339(instant, zone)

                mood = mood0 + trend * qi + rng.gauss(0.0, 1.0)
                values = {
                    "enps": clamp_round(7.8 + 2.0 * mood + rng.gauss(0.0, 1.0), 0, 10),
                    "workload": clamp_round(3.4 + 0.6 * mood - pressure + rng.gauss(0.0, 0.7), 1, 5),
                    "stay": rng.random() < logistic(1.2 + 1.6 * mood),
                }
                answers = {}
                null_rate = {"enps": 0.01, "workload": 0.03, "stay": 0.05}
                for qid in ("enps", "workload", "stay"):
                    if qid == "stay" and qi == 0:
                        continue  # "stay" was added to the pulse in Q2: not shown in Q1
                    answers[qid] = None if rng.random() < null_rate[qid] else values[qid]
                e = answers.get("enps")
                tone = "neu" if e is None else ("pos" if e >= 9 else ("neu" if e >= 7 else "neg"))
                if rng.random() < {"pos": 0.30, "neu": 0.30, "neg": 0.50}[tone]:
                    lang = SITE_LANG[site] if rng.random() < 0.75 else "en"
                    pool = EMPLOYEE_COMMENTS[lang][tone]
                    recent = used.setdefault((lang, tone), [])
                    fresh = [c for c in pool if c not in recent] or pool
                    text = rng.choice(fresh)
                    recent.append(text)
                    del recent[: max(0, len(recent) - len(pool) // 2)]
                    answers["comment"] = text
                else:
                    answers["comment"] = None
                record = {
                    "survey": EMPLOYEE_ID,
                    "submitted_at": stamp,
                    "segments": {"department": dept, "site": site},
                    "answers": {q: answers[q] for q in qids if q in answers},
                }
                drafts.append((instant, rng.random(), record))
    drafts.sort(key=lambda d: (d[0], d[1]))
    responses = [{"id": "e%03d" % i, **rec} for i, (_, _, rec) in enumerate(drafts, start=1)]
    return {"id": EMPLOYEE_ID, "audience": "employee", "questions": EMPLOYEE_QUESTIONS}, responses


# --------------------------------------------------------------------------------------------------------------------
# Validation: read everything back
# --------------------------------------------------------------------------------------------------------------------

KINDS = {"nps", "csat", "ces", "ces_effort", "rating", "yes_no", "single_choice", "multi_choice", "text"}
DEFAULT_SCALES = {"nps": (0, 10), "csat": (1, 5), "ces": (1, 7), "ces_effort": (1, 5)}
PERSPECTIVES = {"satisfaction", "recommendation", "ease", "loyalty"}


class Invalid(Exception):
    pass


def check(cond, msg):
    if not cond:
        raise Invalid(msg)


def check_survey(path):
    survey = json.loads(path.read_text(encoding="utf-8"))
    check(set(survey) <= {"id", "audience", "questions"} and survey["id"], f"{path}: bad survey keys")
    check(survey.get("audience") in (None, "customer", "employee"), f"{path}: bad audience")
    seen = set()
    for q in survey["questions"]:
        qid = q["id"]
        check(qid and qid not in seen, f"{path}: question id {qid!r} empty or repeated")
        seen.add(qid)
        check(set(q) <= {"id", "kind", "text", "scale", "options", "perspective"}, f"{qid}: unknown keys")
        check(q["kind"] in KINDS, f"{qid}: unknown kind")
        check(isinstance(q.get("text"), str) and q["text"], f"{qid}: no text")
        if "perspective" in q:
            check(q["perspective"] in PERSPECTIVES, f"{qid}: bad perspective")
        if q["kind"] == "nps":
            check("scale" not in q, f"{qid}: nps takes no scale")
        elif q["kind"] in DEFAULT_SCALES or q["kind"] == "rating":
            check(q["kind"] != "rating" or "scale" in q, f"{qid}: rating needs a scale")
            if "scale" in q:
                check(q["scale"]["min"] < q["scale"]["max"], f"{qid}: bad scale")
        else:
            check("scale" not in q, f"{qid}: {q['kind']} takes no scale")
        if q["kind"] in ("single_choice", "multi_choice"):
            opts = q.get("options")
            check(opts and len(set(opts)) == len(opts), f"{qid}: options missing or repeated")
            check(all(";" not in o for o in opts), f"{qid}: an option contains ';' (the CSV separator)")
        else:
            check("options" not in q, f"{qid}: takes no options")
    return survey


def scale_of(q):
    if "scale" in q:
        return q["scale"]["min"], q["scale"]["max"]
    return DEFAULT_SCALES[q["kind"]]


def check_answer(q, v, where):
    kind = q["kind"]
    if v is None:
        return
    if kind in DEFAULT_SCALES or kind == "rating":
        lo, hi = scale_of(q)
        check(type(v) is int and lo <= v <= hi, f"{where}: {v!r} is not on {lo}-{hi}")
    elif kind == "yes_no":
        check(type(v) is bool, f"{where}: {v!r} is not a boolean")
    elif kind == "single_choice":
        check(isinstance(v, str) and v in q["options"], f"{where}: {v!r} is not an option")
    elif kind == "multi_choice":
        check(isinstance(v, list) and v and all(o in q["options"] for o in v), f"{where}: {v!r} bad choices")
        check(len(set(v)) == len(v), f"{where}: repeated choice")
    elif kind == "text":
        check(isinstance(v, str) and v.strip() == v and v, f"{where}: bad text")


def check_responses(path, survey, segment_keys, id_pattern, first, last):
    qs = {q["id"]: q for q in survey["questions"]}
    order = [q["id"] for q in survey["questions"]]
    rows = []
    ids = set()
    raw = path.read_bytes()
    check(raw.endswith(b"\n") and b"\r" not in raw, f"{path}: line endings")
    for n, line in enumerate(raw.decode("utf-8").splitlines(), start=1):
        r = json.loads(line)
        where = f"{path.name}:{n}"
        check(set(r) <= {"id", "survey", "submitted_at", "weight", "segments", "answers"}, f"{where}: keys")
        check(re.fullmatch(id_pattern, r["id"]) and r["id"] not in ids, f"{where}: id {r['id']!r}")
        ids.add(r["id"])
        check(r["survey"] == survey["id"], f"{where}: survey id")
        ts = r["submitted_at"]
        check(RFC3339.match(ts), f"{where}: {ts!r} is not RFC 3339")
        instant = datetime.fromisoformat(ts.replace("Z", "+00:00"))
        check(first <= instant < last, f"{where}: {ts} out of range")
        if "weight" in r:
            wt = r["weight"]
            check(isinstance(wt, float) and wt > 0 and round(wt, 2) == wt, f"{where}: weight {wt!r}")
        check(list(r["segments"]) == segment_keys, f"{where}: segment keys")
        check(all(isinstance(v, str) and v for v in r["segments"].values()), f"{where}: segment values")
        answers = r["answers"]
        check(list(answers) == [q for q in order if q in answers], f"{where}: unknown or unordered answers")
        check(any(v is not None for v in answers.values()), f"{where}: no answer at all")
        for qid, v in answers.items():
            check_answer(qs[qid], v, f"{where} {qid}")
        rows.append(r)
    return rows


def check_csv(path, survey, responses):
    with path.open(encoding="utf-8", newline="") as f:
        table = list(csv.reader(f))
    qs = survey["questions"]
    check(table[0] == ["id", "submitted_at", "weight", "store", "channel", "region"] + [q["id"] for q in qs],
          f"{path}: header")
    check(len(table) - 1 == len(responses), f"{path}: row count")
    for row, r in zip(table[1:], responses):
        seg = r["segments"]
        expect = [r["id"], r["submitted_at"], str(r["weight"]) if "weight" in r else "",
                  seg["store"], seg["channel"], seg["region"]]
        expect += [csv_cell(q["kind"], r["answers"].get(q["id"])) for q in qs]
        check(row == expect, f"{path}: row {r['id']} differs from the JSONL")
        # And the cells parse back to the answers (absent and null both read as empty).
        for q, cell in zip(qs, row[6:]):
            v = r["answers"].get(q["id"])
            if q["kind"] == "multi_choice" and cell:
                check(cell.split(";") == v, f"{path}: {r['id']} {q['id']}")
            if q["kind"] == "yes_no" and cell:
                check(cell in ("yes", "no") and (cell == "yes") == v, f"{path}: {r['id']} {q['id']}")


# --------------------------------------------------------------------------------------------------------------------
# Summary
# --------------------------------------------------------------------------------------------------------------------


def nps_score(values):
    vals = [v for v in values if v is not None]
    if not vals:
        return float("nan"), 0
    p = sum(v >= 9 for v in vals) / len(vals)
    d = sum(v <= 6 for v in vals) / len(vals)
    return 100 * (p - d), len(vals)


def summary(retail, employee):
    out = []
    n = len(retail)
    out.append(f"retail: {n} responses, "
               f"{sum('weight' in r for r in retail)} weighted, "
               f"{sum(isinstance(r['answers'].get('comment'), str) for r in retail)} with a comment")
    for q in [q["id"] for q in RETAIL_QUESTIONS]:
        ans = [r["answers"][q] for r in retail if q in r["answers"]]
        out.append(f"  {q:15s} shown {len(ans):3d}  answered {sum(a is not None for a in ans):3d}  "
                   f"null {sum(a is None for a in ans):3d}")
    for store in STORES:
        rs = [r for r in retail if r["segments"]["store"] == store]
        by_half = []
        for months in ((1, 2), (3, 4), (5, 6)):
            part = [r["answers"].get("nps") for r in rs if int(r["submitted_at"][5:7]) in months]
            by_half.append("%+5.0f" % nps_score(part)[0])
        score, k = nps_score([r["answers"].get("nps") for r in rs])
        csat = [r["answers"]["csat"] for r in rs if r["answers"].get("csat") is not None]
        out.append(f"  {store:7s} n={len(rs):3d} NPS {score:+5.1f} (Jan-Feb/Mar-Apr/May-Jun {' '.join(by_half)})"
                   f"  CSAT top-2 {100 * sum(c >= 4 for c in csat) / len(csat):5.1f}%")
    langs = {}
    for r in retail:
        c = r["answers"].get("comment")
        if isinstance(c, str):
            for lang, tones in COMMENTS.items():
                if any(c in pool for pool in tones.values()):
                    langs[lang] = langs.get(lang, 0) + 1
    out.append("  comment languages: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    out.append(f"employee: {len(employee)} responses")
    for dept in DEPARTMENTS:
        rs = [r for r in employee if r["segments"]["department"] == dept]
        score, k = nps_score([r["answers"].get("enps") for r in rs])
        out.append(f"  {dept:16s} n={len(rs):3d} eNPS {score:+6.1f}")
    return "\n".join(out)


def main():
    rng = random.Random(SEED)
    survey, responses = make_retail(rng)
    emp_survey, emp_responses = make_employee(random.Random(SEED + 1))

    dump_json(HERE / "survey.json", survey)
    dump_jsonl(HERE / "responses.jsonl", responses)
    (HERE / "responses.csv").write_bytes(retail_csv(survey, responses).encode("utf-8"))
    dump_json(HERE / "employee" / "survey.json", emp_survey)
    dump_jsonl(HERE / "employee" / "responses.jsonl", emp_responses)

    try:
        s = check_survey(HERE / "survey.json")
        rs = check_responses(HERE / "responses.jsonl", s, ["store", "channel", "region"], r"r\d{4}",
                             datetime(2025, 1, 1, tzinfo=timezone(timedelta(hours=3))),
                             datetime(2025, 7, 1, tzinfo=timezone(timedelta(hours=-1))))
        check(rs == responses, "responses.jsonl does not read back to what was generated")
        check(all(r["segments"]["store"] in STORES
                  and r["segments"]["region"] == STORES[r["segments"]["store"]][0]
                  and r["segments"]["channel"] in dict(CHANNELS) for r in rs), "retail segment values")
        check_csv(HERE / "responses.csv", s, rs)
        es = check_survey(HERE / "employee" / "survey.json")
        ers = check_responses(HERE / "employee" / "responses.jsonl", es, ["department", "site"], r"e\d{3}",
                              datetime(2025, 1, 1, tzinfo=timezone.utc), datetime(2026, 1, 1, tzinfo=timezone.utc))
        check(ers == emp_responses, "employee/responses.jsonl does not read back to what was generated")
        check(sum(r["segments"]["department"] == "Finance" for r in ers) == 3, "Finance must have 3 respondents")
    except Invalid as e:
        print(f"make_example.py: validation failed: {e}", file=sys.stderr)
        return 1
    print(summary(responses, emp_responses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
