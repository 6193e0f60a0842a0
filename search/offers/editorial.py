"""What editors manage for the offer search: synonyms (in the index) and best bets."""

from __future__ import annotations

from django.core.cache import cache

from search.glossary import INDEX_LANGUAGE as GLOSSARY_TARGET
from search.models import OfferBestBet, OfferSynonym
from search.text import expansion_table, normalise_query, synonym_rule, word_rules

# Shipped so a fresh site already understands the common names; editors add more.
# (words, also find): as in the OfferSynonym snippet; "also find" empty = all mean the same.
DEFAULT_SYNONYMS: dict[str, list[tuple[str, str]]] = {
    "*": [
        ("babbeltafel, conversatietafel, taalcafé, praatgroep, praattafel, taaltafel", ""),
        ("conversation table, conversation group", "praattafel"),
        ("language café, language cafe", "taalcafé"),
        ("розмовний клуб, розмовна група", "praattafel, conversation table"),
        ("разговорный клуб", "praattafel, conversation table"),
        ("table de conversation", "praattafel"),
        ("café linguistique", "taalcafé"),
        ("طاولة محادثة", "praattafel, conversation table"),
        ("buddy, maatje", ""),
        ("vrijwilligerswerk, volunteering, bénévolat", ""),
        ("inburgering, maatschappelijke oriëntatie, civic integration", ""),
    ],
    "nl": [("cursus, les, opleiding", ""), ("koken, kookles, kookatelier", "")],
    "en": [("course, class, lessons", "")],
    "fr": [("cours, formation", "")],
}


def synonym_rules() -> dict[str, list[str]]:
    """Active rules per language ("*": every language), defaults first."""
    rules: dict[str, list[str]] = {}
    for language, pairs in DEFAULT_SYNONYMS.items():
        for terms, replacement in pairs:
            rules.setdefault(language, []).append(synonym_rule(terms, replacement))
    for synonym in OfferSynonym.objects.filter(active=True).order_by("pk"):
        if synonym.source == "glossary":
            # One rule per word, in the Dutch texts' search analyzer only: a visitor's word
            # grows by the Dutch words, where the query meets the Dutch texts, and nowhere
            # else (docs/decisions.md, "cross-language expansion").
            found = word_rules(synonym.terms, synonym.replacement)
            rules.setdefault(GLOSSARY_TARGET, []).extend(found)
        elif rule := synonym_rule(synonym.terms, synonym.replacement):
            rules.setdefault(synonym.language, []).append(rule)
    return rules


def best_bet_offer_id(text: str) -> int | None:
    """The offer an editor pinned for exactly these search words, if any."""
    wanted = normalise_query(text)
    if not wanted:
        return None
    for bet in OfferBestBet.objects.filter(active=True).order_by("-updated_at"):
        if normalise_query(bet.query) == wanted:
            return bet.offer_id
    return None


GLOSSARY_CACHE_KEY = "search:glossary-expansions"
GLOSSARY_CACHE_SECONDS = 300  # an editor's change reaches the database search within minutes


def glossary_expansions() -> dict[str, tuple[str, ...]]:
    """For the database search: each glossary word or phrase (folded) -> its Dutch words."""

    def build():
        shipped = [pair for pair in DEFAULT_SYNONYMS["*"] if pair[1]]
        rows = OfferSynonym.objects.filter(active=True, source="glossary")
        return expansion_table([*shipped, *rows.values_list("terms", "replacement")])

    return cache.get_or_set(GLOSSARY_CACHE_KEY, build, GLOSSARY_CACHE_SECONDS)
