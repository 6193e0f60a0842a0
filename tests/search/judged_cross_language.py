"""Cross-language judged queries: a visitor's own words for offers that are only in Dutch.

Written before the glossary and before any tuning (issue 20, item 1), from the demo offers'
Dutch content (aanbod.demo.offers.TEMPLATES), in English, French, Ukrainian, Russian and
Arabic: everyday activity words and offer types as people type them. Most of these offers have
no title in the visitor's language, so only a translation of the words can find them.
Grades as in judged_offers; recall@10 counts the offers graded 2 or 3.

Before the glossary (engine path, main at cc31ba6): cross-language recall@10 0.205, nDCG@10
0.191 on these 40 queries; nDCG@10 0.925 on the 71 queries of judged_offers, 0.661 on all 111.
With the glossary and folding: recall@10 1.000, nDCG@10 1.000; 0.925 on the 71; 0.952 on all.
The same hand wrote these queries and the glossary (queries first): a held-out set would show
how far the glossary reaches beyond them.
"""

from tests.search.judged_offers import (
    BUDDY,
    CARE,
    KOKEN,
    MO,
    NT2,
    ONLINE,
    PRAATTAFEL,
    SPORTCLUB,
    TAALCAFE,
    WANDEL,
    WERKVLOER,
    grade,
    ids,
    judged,
)


def _q(name: str, text: str, lang: str | None, grades: dict[str, int]):
    raw = {"q": text, **({"lang": lang} if lang else {})}
    return (f"xl {name}", raw, grades)


def _only(template: int) -> dict[str, int]:
    return grade(3, ids(t=template))


# (name, query parameters, {external_id: grade})
CROSS_LANGUAGE_QUERIES = [
    # English
    _q("en walking", "walking", "en", _only(WANDEL)),
    _q("en hiking club", "hiking club", "en", _only(WANDEL)),
    _q("en sports club", "sports club", "en", _only(SPORTCLUB)),
    _q("en football", "football", "en", grade(2, ids(t=SPORTCLUB))),
    _q("en dutch at work", "dutch at work", "en", _only(WERKVLOER)),
    _q("en civic orientation", "civic orientation", "en", _only(MO)),
    _q("en video call", "video call", "en", _only(ONLINE)),
    # French
    _q("fr cuisine", "cuisine", "fr", _only(KOKEN)),
    _q("fr cuisine (nl ui)", "cuisine", None, _only(KOKEN)),
    _q("fr randonnée", "randonnée", "fr", _only(WANDEL)),
    _q("fr club de sport", "club de sport", "fr", _only(SPORTCLUB)),
    _q("fr bibliothèque", "bibliothèque", "fr", _only(TAALCAFE)),
    _q(
        "fr cours de néerlandais",
        "cours de néerlandais",
        "fr",
        judged(grade(3, ids(t=NT2)), grade(2, ids(t=WERKVLOER))),
    ),
    _q("fr maison de repos", "maison de repos", "fr", _only(CARE)),
    _q("fr parrainage", "parrainage", "fr", _only(BUDDY)),
    _q("fr conversation en néerlandais", "conversation", "fr", grade(3, ids(t=PRAATTAFEL))),
    # Ukrainian
    _q("uk кулінарія", "кулінарія", "uk", _only(KOKEN)),
    _q("uk прогулянки", "прогулянки", "uk", _only(WANDEL)),
    _q("uk спортивний клуб", "спортивний клуб", "uk", _only(SPORTCLUB)),
    _q("uk футбол", "футбол", "uk", grade(2, ids(t=SPORTCLUB))),
    _q(
        "uk волонтерство",
        "волонтерство",
        "uk",
        judged(grade(3, ids(t=CARE)), grade(1, ids(t=(SPORTCLUB, BUDDY)))),
    ),
    _q("uk бібліотека", "бібліотека", "uk", _only(TAALCAFE)),
    _q("uk мовне кафе", "мовне кафе", "uk", _only(TAALCAFE)),
    _q(
        "uk курси нідерландської",
        "курси нідерландської",
        "uk",
        judged(grade(3, ids(t=NT2)), grade(2, ids(t=WERKVLOER))),
    ),
    # Russian
    _q("ru кулинария", "кулинария", "ru", _only(KOKEN)),
    _q("ru прогулки", "прогулки", "ru", _only(WANDEL)),
    _q("ru футбол", "футбол", "ru", grade(2, ids(t=SPORTCLUB))),
    _q(
        "ru волонтёрство (ё)",
        "волонтёрство",
        "ru",
        judged(grade(3, ids(t=CARE)), grade(1, ids(t=(SPORTCLUB, BUDDY)))),
    ),
    _q("ru библиотека", "библиотека", "ru", _only(TAALCAFE)),
    _q("ru дом престарелых", "дом престарелых", "ru", _only(CARE)),
    _q("ru языковое кафе", "языковое кафе", "ru", _only(TAALCAFE)),
    _q("ru бадди", "бадди", "ru", _only(BUDDY)),
    # Arabic
    _q("ar كرة القدم", "كرة القدم", "ar", grade(2, ids(t=SPORTCLUB))),
    _q("ar كرة القدم (nl ui)", "كرة القدم", None, grade(2, ids(t=SPORTCLUB))),
    _q("ar الطبخ", "الطبخ", "ar", _only(KOKEN)),
    _q("ar المشي", "المشي", "ar", _only(WANDEL)),
    _q(
        "ar تطوع",
        "تطوع",
        "ar",
        judged(grade(3, ids(t=CARE)), grade(1, ids(t=(SPORTCLUB, BUDDY)))),
    ),
    _q("ar مكتبة", "مكتبة", "ar", _only(TAALCAFE)),
    _q("ar مقهى لغوي", "مقهى لغوي", "ar", _only(TAALCAFE)),
    _q(
        "ar دروس اللغة الهولندية",
        "دروس اللغة الهولندية",
        "ar",
        judged(grade(3, ids(t=NT2)), grade(2, ids(t=WERKVLOER))),
    ),
]


def recall_at_10(ranked: list[str], grades: dict[str, int]) -> float:
    """Share of the relevant offers (grade 2 or 3) in the first ten, out of at most ten."""
    relevant = {key for key, value in grades.items() if value >= 2}
    if not relevant:
        return 1.0
    return len(relevant & set(ranked[:10])) / min(10, len(relevant))
