"""Vocabularies all apps share: site languages, Dutch levels, weekdays, ISO 639-1; no Django."""

# Plain Python so that the pure buddy.matching engine and the offer format's validators can use
# it; portal.i18n adds what needs Django (translated labels, the site languages from settings).


def _(text: str) -> str:
    """Marks a label for `makemessages`; portal.i18n translates it."""
    return text


# The site languages' codes in order: settings.LANGUAGES (with names) is built from them.
SITE_LANGUAGES: tuple[str, ...] = ("nl", "en", "fr", "uk", "ru", "ar")

# Dutch levels (CEFR): an offer is for A0 up to C1; a buddy may also speak C2 or natively.
OFFER_LEVELS: tuple[str, ...] = ("A0", "A1", "A2", "B1", "B2", "C1")
SPEAKER_LEVELS: tuple[str, ...] = (*OFFER_LEVELS, "C2", "native")

# Weekday names by number, 0 = Monday as in date.weekday().
WEEKDAY_NAMES: tuple[str, ...] = (
    _("Monday"),
    _("Tuesday"),
    _("Wednesday"),
    _("Thursday"),
    _("Friday"),
    _("Saturday"),
    _("Sunday"),
)

# The 184 two-letter ISO 639-1 language codes, for validating support languages.
# Source: Debian iso-codes 4.15.0 (iso_639-2.json, every entry with an alpha_2 code).
# "sh" (Serbo-Croatian) is deprecated and not included; "bh" (Bihari) still is.
_CODES = """
    aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy
    da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu
    hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb
    lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om
    or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw
    ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu
"""
ISO_639_1: frozenset[str] = frozenset(_CODES.split())
