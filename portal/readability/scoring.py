"""Plain-language scores for editors: Flesch-Douma for Dutch, sentence and word length for all.

Pure: no Django. Syllables come from pyphen's Dutch hyphenation dictionary (we chose pyphen
over textstat: textstat's Dutch score is the same Flesch-Douma formula on pyphen's syllables, but
it pulls in nltk and splits sentences the English way). The findings carry codes; the admin
turns them into advice in the editor's language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import pyphen

# Flesch-Douma (Douma 1960): Flesch's reading ease refitted for Dutch.
DOUMA_BASE = 206.835
DOUMA_SENTENCE_WEIGHT = 0.93
DOUMA_SYLLABLE_WEIGHT = 77.0
# A score of 60 or more reads as "normal" Dutch: our working line for B1.
DUTCH_TARGET = 60.0
# Plain-language guides for B1 keep sentences under about 15 to 20 words.
LONG_SENTENCE_WORDS = 20
TARGET_AVERAGE_SENTENCE_WORDS = 15.0
# Dutch: a word of 5 syllables or more (often a compound) is hard to read at B1.
LONG_WORD_SYLLABLES = 5
# Other languages (no syllable dictionary for all): a word of 15 letters or more.
LONG_WORD_LETTERS = 15
# At most this many examples of each finding: the panel advises, it does not list everything.
MAX_EXAMPLES = 5

_SENTENCE_END = re.compile(r"(?<=[.!?…؟])\s+|\n+")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
# Dutch vowel groups; a diaeresis (België, ideeën) starts a new syllable.
_VOWEL_GROUP = re.compile(r"[äëïöü]|[aeiouyáéíóúàèìòùâêîôû]+", re.IGNORECASE)

WORDEN_FORMS = frozenset({"word", "wordt", "worden", "werd", "werden", "geworden"})
ZIJN_FORMS = frozenset({"ben", "bent", "is", "zijn", "was", "waren", "geweest"})
# Verbs whose perfect tense takes "zijn": "is gegaan" is not passive.
ZIJN_VERB_PARTICIPLES = frozenset(
    {
        "gegaan",
        "gekomen",
        "geweest",
        "geworden",
        "gebleven",
        "gestorven",
        "geboren",
        "begonnen",
        "vertrokken",
        "verhuisd",
        "gevlucht",
        "gestopt",
        "gelukt",
        "gebeurd",
        "veranderd",
        "verdwenen",
        "opgegroeid",
        "aangekomen",
    }
)
# Strong participles that the -d/-t rule below misses.
STRONG_PARTICIPLES = frozenset(
    {
        "gegeven",
        "gedaan",
        "genomen",
        "geschreven",
        "gelezen",
        "gevonden",
        "gezien",
        "gesproken",
        "gevraagd",
        "gesloten",
        "geopend",
        "ontvangen",
        "verboden",
        "vergeten",
        "besproken",
        "beschreven",
        "gekozen",
        "verzonden",
        "aangeboden",
        "opgenomen",
        "uitgenodigd",
        "ingevuld",
        "afgesproken",
        "toegestaan",
        "gehouden",
        "geholpen",
        "begeleid",
        "betaald",
        "erkend",
    }
)
# Common words that look like participles but are not.
NOT_PARTICIPLES = frozenset(
    {"gebied", "gezicht", "gezond", "gedicht", "geduld", "gemeent", "gesprekt", "geleden"}
)
_WEAK_PARTICIPLE = re.compile(r"^(?:ge|be|ver|ont|her|er)[a-zà-ÿ]{2,}[dt]$")
_SEPARABLE_PARTICIPLE = re.compile(
    r"^(?:aan|af|in|op|uit|toe|mee|door|over|terug)ge[a-zà-ÿ]{2,}[dt]$"
)


@dataclass(frozen=True)
class Finding:
    """One thing to improve: `kind` is long_sentence, long_word or passive."""

    kind: str
    text: str


@dataclass
class TextScore:
    language: str
    sentences: int = 0
    words: int = 0
    average_sentence_words: float = 0.0
    average_word_letters: float = 0.0
    # Dutch only.
    flesch_douma: float | None = None
    findings: list[Finding] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return self.words == 0

    @property
    def meets_target(self) -> bool:
        """B1 for Dutch by Flesch-Douma; short sentences on average for the other languages."""
        if self.is_empty:
            return True
        if self.flesch_douma is not None:
            return self.flesch_douma >= DUTCH_TARGET
        return self.average_sentence_words <= TARGET_AVERAGE_SENTENCE_WORDS

    def of_kind(self, kind: str) -> list[Finding]:
        return [finding for finding in self.findings if finding.kind == kind]


def split_sentences(text: str) -> list[str]:
    parts = (part.strip() for part in _SENTENCE_END.split(text))
    return [part for part in parts if _WORD.search(part)]


def words_of(text: str) -> list[str]:
    return _WORD.findall(text)


@lru_cache(maxsize=1)
def _dutch_dictionary() -> pyphen.Pyphen:
    # left/right=1: count every syllable, not only the places where a line may break.
    return pyphen.Pyphen(lang="nl_NL", left=1, right=1)


def dutch_syllables(word: str) -> int:
    """Syllables of a Dutch word: pyphen's hyphenation, or the vowel groups when they find
    more (pyphen leaves "België" at two)."""
    by_dictionary = len(_dutch_dictionary().positions(word)) + 1
    by_vowels = len(_VOWEL_GROUP.findall(word))
    return max(by_dictionary, by_vowels, 1)


def flesch_douma(words: int, sentences: int, syllables: int) -> float:
    if not words or not sentences:
        return 0.0
    return round(
        DOUMA_BASE
        - DOUMA_SENTENCE_WEIGHT * (words / sentences)
        - DOUMA_SYLLABLE_WEIGHT * (syllables / words),
        1,
    )


def is_participle(word: str) -> bool:
    word = word.lower()
    if word in NOT_PARTICIPLES:
        return False
    if word in STRONG_PARTICIPLES:
        return True
    return bool(_WEAK_PARTICIPLE.match(word) or _SEPARABLE_PARTICIPLE.match(word))


def is_passive(sentence: str) -> bool:
    """A form of "worden" with a past participle, or of "zijn" with a participle that does not
    take "zijn" in the perfect tense ("is gegaan")."""
    lowered = [word.lower() for word in words_of(sentence)]
    participles = [word for word in lowered if is_participle(word) and word != "geworden"]
    if not participles:
        return False
    if any(word in WORDEN_FORMS for word in lowered):
        return True
    if any(word in ZIJN_FORMS for word in lowered):
        return any(participle not in ZIJN_VERB_PARTICIPLES for participle in participles)
    return False


def _long_word(word: str, language: str) -> bool:
    if language == "nl":
        return dutch_syllables(word) >= LONG_WORD_SYLLABLES
    return len(word) >= LONG_WORD_LETTERS


def score(text: str, language: str) -> TextScore:
    """Score one language's text of a page."""
    result = TextScore(language=language)
    sentences = split_sentences(text)
    all_words: list[str] = []
    long_words: list[str] = []
    for sentence in sentences:
        sentence_words = words_of(sentence)
        all_words.extend(sentence_words)
        if len(sentence_words) > LONG_SENTENCE_WORDS:
            result.findings.append(Finding("long_sentence", sentence))
        if language == "nl" and is_passive(sentence):
            result.findings.append(Finding("passive", sentence))
        for word in sentence_words:
            if _long_word(word, language) and word.lower() not in long_words:
                long_words.append(word.lower())
    result.findings.extend(Finding("long_word", word) for word in long_words)
    result.sentences = len(sentences)
    result.words = len(all_words)
    if not all_words:
        return result
    result.average_sentence_words = round(result.words / result.sentences, 1)
    result.average_word_letters = round(sum(map(len, all_words)) / result.words, 1)
    if language == "nl":
        syllables = sum(dutch_syllables(word) for word in all_words)
        result.flesch_douma = flesch_douma(result.words, result.sentences, syllables)
    return result


def examples(findings: list[Finding]) -> list[Finding]:
    """The first few findings of each kind, for a short panel."""
    shown: list[Finding] = []
    counts: dict[str, int] = {}
    for finding in findings:
        counts[finding.kind] = counts.get(finding.kind, 0) + 1
        if counts[finding.kind] <= MAX_EXAMPLES:
            shown.append(finding)
    return shown
