"""Misspelt queries over the demo offers, in several languages (issue 20 item 3).

Written before the database path learnt to forgive typos, with the rules of judged_offers: one
letter dropped, doubled, swapped or wrong, as people type on a phone. Measured by recall@10 of
the offers they ask for."""

from tests.search.judged_offers import (
    BUDDY,
    CARE,
    KOKEN,
    MO,
    NT2,
    PRAATTAFEL,
    SPORTCLUB,
    TAALCAFE,
    WANDEL,
    WERKVLOER,
    grade,
    ids,
)

TYPO_QUERIES = [
    ("typo nl sportclb", {"q": "sportclb"}, grade(3, ids(t=SPORTCLUB))),
    ("typo nl wandelclbu", {"q": "wandelclbu"}, grade(3, ids(t=WANDEL))),
    ("typo nl samen koekn", {"q": "samen koekn"}, grade(3, ids(t=KOKEN))),
    ("typo nl bibliotheeek", {"q": "bibliotheeek"}, grade(3, ids(t=TAALCAFE))),
    ("typo nl woonzorgcentrm", {"q": "woonzorgcentrm"}, grade(3, ids(t=CARE))),
    (
        "typo nl maatschapelijke orientatie",
        {"q": "maatschapelijke orientatie"},
        grade(3, ids(t=MO)),
    ),
    ("typo nl buddyprojcet", {"q": "buddyprojcet"}, grade(3, ids(t=BUDDY))),
    ("typo nl anderstalign", {"q": "anderstalign"}, grade(3, ids(t=NT2))),
    ("typo nl werkvoler", {"q": "werkvoler"}, grade(3, ids(t=WERKVLOER))),
    ("typo nl praatafel", {"q": "praatafel"}, grade(3, ids(t=PRAATTAFEL))),
    ("typo en cookng together", {"q": "cookng together", "lang": "en"}, grade(3, ids(t=KOKEN))),
    ("typo en volunteerng", {"q": "volunteerng", "lang": "en"}, grade(3, ids(t=CARE))),
    ("typo en langauge cafe", {"q": "langauge cafe", "lang": "en"}, grade(3, ids(t=TAALCAFE))),
    ("typo en buddy projetc", {"q": "buddy projetc", "lang": "en"}, grade(3, ids(t=BUDDY))),
    ("typo uk розмовний клб", {"q": "розмовний клб", "lang": "uk"}, grade(3, ids(t=PRAATTAFEL))),
    (
        "typo ru разговорный клубб",
        {"q": "разговорный клубб", "lang": "ru"},
        grade(3, ids(t=PRAATTAFEL)),
    ),
    (
        "typo fr cours de néerlandias",
        {"q": "cours de néerlandias", "lang": "fr"},
        grade(3, ids(t=NT2)),
    ),
    ("typo ar طاولة محادتة", {"q": "طاولة محادتة", "lang": "ar"}, grade(3, ids(t=PRAATTAFEL))),
]
