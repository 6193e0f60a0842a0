"""The judged query set over the 150 demo offers (aanbod.demo.catalogue.generate(seed=42)).

Written before tuning. Demo offer n is external_id demo-nnn; its template is n % 11 (order of
aanbod.demo.offers.TEMPLATES), its place PLACES[n % 28], its weekday n % 7 and its time of day
n % 3 (morning, afternoon, evening). Grades: 3 = exactly what was asked, 2 = a good answer,
1 = acceptable. Judgements are written as rules over those facts, so they stay readable.
"""

from portal.demo.places import PLACES

# Templates, by what they are
PRAATTAFEL, TAALCAFE, ONLINE, CARE, SPORTCLUB, BUDDY = 0, 1, 2, 3, 4, 5
NT2, WERKVLOER, MO, KOKEN, WANDEL = 6, 7, 8, 9, 10
LEVELS = {0: {"A1", "A2", "B1"}, 1: {"A2", "B1", "B2"}, 2: {"A2", "B1"}, 4: {"A1", "A2"}}
LEVELS |= {6: {"A0", "A1"}, 7: {"A2", "B1"}, 9: {"A1", "A2", "B1"}}
PART = ("morning", "afternoon", "evening")


def ids(*, t=None, place=None, weekday=None, part=None, where=None) -> list[str]:
    templates = {t} if isinstance(t, int) else set(t) if t is not None else None
    places = {place} if isinstance(place, str) else set(place) if place else None
    found = []
    for n in range(150):
        if templates is not None and n % 11 not in templates:
            continue
        if places is not None and PLACES[n % 28] not in places:
            continue
        if weekday is not None and n % 7 != weekday:
            continue
        if part is not None and PART[n % 3] != part:
            continue
        if where is not None and not where(n):
            continue
        found.append(f"demo-{n:03d}")
    return found


def grade(value: int, *groups: list[str]) -> dict[str, int]:
    return {key: value for group in groups for key in group}


def judged(*parts: dict[str, int]) -> dict[str, int]:
    """Merge judgements; a higher grade wins."""
    merged: dict[str, int] = {}
    for part in parts:
        for key, value in part.items():
            merged[key] = max(merged.get(key, 0), value)
    return merged


def a1_or_all(n: int) -> bool:
    return "A1" in LEVELS.get(n % 11, {"A1"})


BRUSSELS = ["Brussel", "Schaarbeek", "Elsene", "Anderlecht", "Sint-Jans-Molenbeek"]

# (name, query parameters, {external_id: grade})
QUERIES = [
    # Dutch, words and compounds
    ("nl praattafel", {"q": "praattafel"}, grade(3, ids(t=PRAATTAFEL))),
    (
        "nl praattafel gent",
        {"q": "praattafel gent"},
        judged(grade(3, ids(t=PRAATTAFEL, place="Gent")), grade(1, ids(t=PRAATTAFEL))),
    ),
    ("nl typo praatafel", {"q": "praatafel"}, grade(3, ids(t=PRAATTAFEL))),
    ("nl tafel (compound part)", {"q": "tafel"}, grade(3, ids(t=PRAATTAFEL))),
    (
        "nl taalcafe no accent",
        {"q": "taalcafe"},
        judged(grade(3, ids(t=TAALCAFE)), grade(1, ids(t=PRAATTAFEL))),
    ),
    (
        "nl taalcafé leuven",
        {"q": "taalcafé leuven"},
        judged(grade(3, ids(t=TAALCAFE, place="Leuven")), grade(1, ids(t=TAALCAFE))),
    ),
    ("nl synonym babbeltafel", {"q": "babbeltafel"}, grade(2, ids(t=(PRAATTAFEL, TAALCAFE)))),
    (
        "nl synonym conversatietafel",
        {"q": "conversatietafel"},
        grade(2, ids(t=(PRAATTAFEL, TAALCAFE))),
    ),
    ("nl buddy", {"q": "buddy"}, grade(3, ids(t=BUDDY))),
    (
        "nl buddyproject antwerpen",
        {"q": "buddyproject antwerpen"},
        judged(grade(3, ids(t=BUDDY, place="Antwerpen")), grade(1, ids(t=BUDDY))),
    ),
    (
        "nl vrijwilligerswerk",
        {"q": "vrijwilligerswerk"},
        judged(grade(3, ids(t=CARE)), grade(1, ids(t=SPORTCLUB))),
    ),
    ("nl woonzorgcentrum", {"q": "woonzorgcentrum"}, grade(3, ids(t=CARE))),
    ("nl sportclub", {"q": "sportclub"}, grade(3, ids(t=SPORTCLUB))),
    ("nl koken", {"q": "koken"}, grade(3, ids(t=KOKEN))),
    ("nl samen koken", {"q": "samen koken"}, grade(3, ids(t=KOKEN))),
    ("nl wandelen (stem + compound)", {"q": "wandelen"}, grade(3, ids(t=WANDEL))),
    (
        "nl wandelclub brugge",
        {"q": "wandelclub brugge"},
        judged(grade(3, ids(t=WANDEL, place="Brugge")), grade(1, ids(t=WANDEL))),
    ),
    ("nl nederlands leren", {"q": "nederlands leren"}, grade(3, ids(t=(NT2, WERKVLOER)))),
    (
        "nl cursus nederlands",
        {"q": "cursus nederlands"},
        judged(grade(3, ids(t=NT2)), grade(2, ids(t=WERKVLOER))),
    ),
    ("nl maatschappelijke oriëntatie", {"q": "maatschappelijke oriëntatie"}, grade(3, ids(t=MO))),
    ("nl orientatie no accent", {"q": "maatschappelijke orientatie"}, grade(3, ids(t=MO))),
    ("nl synonym inburgering", {"q": "inburgering"}, grade(2, ids(t=MO))),
    ("nl bibliotheek", {"q": "bibliotheek"}, grade(3, ids(t=TAALCAFE))),
    ("nl online", {"q": "online"}, judged(grade(3, ids(t=ONLINE)), grade(1, ids(t=WERKVLOER)))),
    ("nl werkvloer", {"q": "werkvloer"}, grade(3, ids(t=WERKVLOER))),
    (
        "nl typo nederlnds oefenen",
        {"q": "nederlnds oefenen"},
        judged(grade(2, ids(t=(ONLINE, TAALCAFE))), grade(1, ids(t=PRAATTAFEL))),
    ),
    (
        "nl typo vrijwiliger",
        {"q": "vrijwiliger"},
        judged(grade(3, ids(t=CARE)), grade(1, ids(t=SPORTCLUB))),
    ),
    ("nl koffie", {"q": "koffie"}, grade(3, ids(t=TAALCAFE))),
    ("nl anderstaligen", {"q": "anderstaligen"}, grade(3, ids(t=NT2))),
    ("nl prefix praatt", {"q": "praatt"}, grade(3, ids(t=PRAATTAFEL))),
    (
        "nl sportclub hasselt",
        {"q": "sportclub hasselt"},
        judged(grade(3, ids(t=SPORTCLUB, place="Hasselt")), grade(1, ids(t=SPORTCLUB))),
    ),
    ("nl genk (a place as text)", {"q": "genk"}, grade(2, ids(place="Genk"))),
    (
        "nl koken gent (nothing has both)",
        {"q": "koken gent"},
        judged(grade(2, ids(t=KOKEN)), grade(1, ids(place="Gent"))),
    ),
    # English
    (
        "en conversation table",
        {"q": "conversation table", "lang": "en"},
        judged(grade(3, ids(t=PRAATTAFEL)), grade(1, ids(t=TAALCAFE))),
    ),
    (
        "en language cafe",
        {"q": "language cafe", "lang": "en"},
        judged(grade(3, ids(t=TAALCAFE)), grade(1, ids(t=PRAATTAFEL))),
    ),
    (
        "en volunteering",
        {"q": "volunteering", "lang": "en"},
        judged(grade(3, ids(t=CARE)), grade(1, ids(t=SPORTCLUB))),
    ),
    ("en cooking", {"q": "cooking", "lang": "en"}, grade(3, ids(t=KOKEN))),
    ("en buddy project", {"q": "buddy project", "lang": "en"}, grade(3, ids(t=BUDDY))),
    (
        "en dutch course",
        {"q": "dutch course", "lang": "en"},
        judged(grade(3, ids(t=NT2)), grade(2, ids(t=WERKVLOER))),
    ),
    (
        "en typo conversaton tabel",
        {"q": "conversaton tabel", "lang": "en"},
        grade(3, ids(t=PRAATTAFEL)),
    ),
    ("en library", {"q": "library", "lang": "en"}, grade(3, ids(t=TAALCAFE))),
    ("en care home", {"q": "care home", "lang": "en"}, grade(3, ids(t=CARE))),
    ("en (nl ui) conversation table", {"q": "conversation table"}, grade(3, ids(t=PRAATTAFEL))),
    # Ukrainian, Russian, Arabic, French
    ("uk розмовний клуб", {"q": "розмовний клуб", "lang": "uk"}, grade(3, ids(t=PRAATTAFEL))),
    (
        "uk розмовний клуб near 9000",
        {"q": "розмовний клуб", "lang": "uk", "postcode": "9000"},
        grade(3, ids(t=PRAATTAFEL, place="Gent")),
    ),
    ("uk бадді", {"q": "бадді", "lang": "uk"}, grade(3, ids(t=BUDDY))),
    ("uk онлайн", {"q": "онлайн", "lang": "uk"}, grade(3, ids(t=ONLINE))),
    ("uk орієнтація", {"q": "орієнтація", "lang": "uk"}, grade(3, ids(t=MO))),
    ("uk prefix розмовн", {"q": "розмовн", "lang": "uk"}, grade(3, ids(t=PRAATTAFEL))),
    ("uk in nl ui розмовний клуб", {"q": "розмовний клуб"}, grade(3, ids(t=PRAATTAFEL))),
    ("ru разговорный клуб", {"q": "разговорный клуб", "lang": "ru"}, grade(3, ids(t=PRAATTAFEL))),
    ("ar طاولة محادثة", {"q": "طاولة محادثة", "lang": "ar"}, grade(3, ids(t=PRAATTAFEL))),
    ("ar نادي", {"q": "نادي", "lang": "ar"}, grade(3, ids(t=SPORTCLUB))),
    (
        "fr table de conversation",
        {"q": "table de conversation", "lang": "fr"},
        judged(grade(3, ids(t=PRAATTAFEL)), grade(2, ids(t=TAALCAFE))),
    ),
    ("fr bénévolat", {"q": "bénévolat", "lang": "fr"}, grade(3, ids(t=CARE))),
    (
        "fr café linguistique",
        {"q": "café linguistique", "lang": "fr"},
        judged(grade(3, ids(t=TAALCAFE)), grade(2, ids(t=PRAATTAFEL))),
    ),
    # Place and time
    (
        "place 9000 practice",
        {"postcode": "9000", "type": "practice"},
        grade(3, ids(t=(PRAATTAFEL, TAALCAFE), place="Gent")),
    ),
    (
        "place Gand (fr) practice",
        {"municipality": "Gand", "type": "practice"},
        grade(3, ids(t=(PRAATTAFEL, TAALCAFE), place="Gent")),
    ),
    (
        "9000 A1 evening",
        {"postcode": "9000", "level": "A1", "daypart": "evening"},
        grade(3, ids(place="Gent", part="evening", where=a1_or_all)),
    ),
    (
        "praattafel near 9000",
        {"q": "praattafel", "postcode": "9000"},
        grade(3, ids(t=PRAATTAFEL, place="Gent")),
    ),
    (
        "3000 on Tuesday (none: other days)",
        {"postcode": "3000", "weekday": "1"},
        grade(2, ids(place="Leuven")),
    ),
    (
        "Antwerpen Tuesday evening",
        {"municipality": "Antwerpen", "weekday": "1", "daypart": "evening"},
        grade(3, ids(place="Antwerpen", weekday=1, part="evening")),
    ),
    (
        "1000 free with childcare",
        {"postcode": "1000", "free": "1", "childcare": "true"},
        grade(3, ids(place=BRUSSELS, where=lambda n: n % 6 == 0 and n % 5 != 0)),
    ),
    ("koken free", {"q": "koken", "free": "1"}, grade(3, ids(t=KOKEN, where=lambda n: n % 5 != 0))),
    (
        "buddy near 8000 within 25 km",
        {"type": "buddy_project", "postcode": "8000", "radius_km": "25"},
        grade(3, ids(t=BUDDY, place="Brugge")),
    ),
    ("taalcafe soonest", {"q": "taalcafe", "sort": "next_date"}, grade(3, ids(t=TAALCAFE))),
    (
        "praattafel this week",
        {"q": "praattafel", "date_from": "+1", "date_to": "+7"},
        grade(3, ids(t=PRAATTAFEL)),
    ),
    (
        "wandelclub weekend",
        {"q": "wandelclub", "daypart": "weekend"},
        grade(3, ids(t=WANDEL, where=lambda n: n % 7 >= 5)),
    ),
    (
        "sport A1",
        {"q": "sport", "level": "A1"},
        judged(grade(3, ids(t=SPORTCLUB)), grade(2, ids(t=WANDEL))),
    ),
    (
        "praattafel low literacy",
        {"q": "praattafel", "low_literacy": "1"},
        grade(3, ids(t=PRAATTAFEL, where=lambda n: n % 4 == 0)),
    ),
    ("uk online group", {"q": "онлайн група", "lang": "uk"}, grade(3, ids(t=ONLINE))),
]
