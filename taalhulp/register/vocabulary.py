"""The register's languages (each paired with Dutch) and areas; plain Python, no Django."""

# Source: the agency's annual report 2022 (~L4654): "593 certificaten als sociaal tolk voor de
# volgende 42 talen, telkens in combinatie met het Nederlands". The report names 41 of them;
# add the 42nd here when the agency names it (docs/interpreter-register.md).


def _(text: str) -> str:
    """Marks a label for `makemessages`; the models translate it."""
    return text


# (code, ISO 639-1 code of the language family or "" when there is none, English name).
# A code is the ISO 639-1 code, with a suffix for a variety the register certifies apart.
LANGUAGES: tuple[tuple[str, str, str], ...] = (
    ("sq", "sq", _("Albanian")),
    ("am", "am", _("Amharic")),
    ("ar", "ar", _("Arabic (Modern Standard)")),
    ("ar-eg", "ar", _("Arabic (Egyptian)")),
    ("ar-lev", "ar", _("Arabic (Levantine)")),
    ("ar-mag", "ar", _("Arabic (Maghrebi)")),
    ("hy", "hy", _("Armenian")),
    ("ber", "", _("Berber")),
    ("bs-sr-hr", "bs", _("Bosnian-Serbian-Croatian")),
    ("bg", "bg", _("Bulgarian")),
    ("zh-cmn", "zh", _("Chinese (Mandarin)")),
    ("fa-af", "fa", _("Dari")),
    ("da", "da", _("Danish")),
    ("de", "de", _("German")),
    ("en", "en", _("English")),
    ("fa", "fa", _("Farsi")),
    ("fr", "fr", _("French")),
    ("ka", "ka", _("Georgian")),
    ("he", "he", _("Hebrew")),
    ("hi", "hi", _("Hindi")),
    ("hu", "hu", _("Hungarian")),
    ("it", "it", _("Italian")),
    ("ku-kmr", "ku", _("Kurdish (Kurmanji)")),
    ("ku-ckb", "ku", _("Kurdish (Sorani)")),
    ("lt", "lt", _("Lithuanian")),
    ("uk", "uk", _("Ukrainian")),
    ("ps", "ps", _("Pashto")),
    ("pl", "pl", _("Polish")),
    ("pt", "pt", _("Portuguese")),
    ("pa", "pa", _("Punjabi")),
    ("ro", "ro", _("Romanian")),
    ("ru", "ru", _("Russian")),
    ("sk", "sk", _("Slovak")),
    ("so", "so", _("Somali")),
    ("es", "es", _("Spanish")),
    ("ti", "ti", _("Tigrinya")),
    ("cs", "cs", _("Czech")),
    ("ce", "ce", _("Chechen")),
    ("tr", "tr", _("Turkish")),
    ("ur", "ur", _("Urdu")),
    ("vi", "vi", _("Vietnamese")),
)
LANGUAGE_CODES: frozenset[str] = frozenset(code for code, _family, _name in LANGUAGES)

# Where an interpreter works on site: the five Flemish provinces (as in the places table's
# `province`) and Brussels.
AREAS: tuple[tuple[str, str], ...] = (
    ("antwerpen", _("Antwerp")),
    ("limburg", _("Limburg")),
    ("oost-vlaanderen", _("East Flanders")),
    ("vlaams-brabant", _("Flemish Brabant")),
    ("west-vlaanderen", _("West Flanders")),
    ("brussel", _("Brussels")),
)
AREA_CODES: frozenset[str] = frozenset(code for code, _name in AREAS)
