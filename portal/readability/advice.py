"""What the plain-language check tells the editor: a page's scores per language, with advice in
plain words for each finding."""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from portal.page_text import record_text
from portal.readability import scoring

ADVICE = {
    "long_sentence": _(
        "This sentence is long. Split it into two or three short sentences, "
        "with one idea in each sentence."
    ),
    "long_word": _(
        "This word is long. Choose a shorter, everyday word, or say it in a few short words."
    ),
    "passive": _(
        'This sentence may be passive ("wordt … gedaan"). Say who does it: '
        '"The municipality sends you a letter", not "A letter is sent to you".'
    ),
}

KIND_LABELS = {
    "long_sentence": _("Long sentence"),
    "long_word": _("Long word"),
    "passive": _("Passive sentence"),
}


@dataclass
class LanguageCheck:
    language: str
    language_name: str
    score: scoring.TextScore

    @property
    def examples(self):
        return [
            {"label": KIND_LABELS[f.kind], "text": f.text, "advice": ADVICE[f.kind]}
            for f in scoring.examples(self.score.findings)
        ]

    @property
    def is_dutch(self) -> bool:
        return self.score.flesch_douma is not None


def check_page(page) -> list[LanguageCheck]:
    """The score of every language the page has text in, Dutch first."""
    checks = []
    for code, name in settings.LANGUAGES:
        result = scoring.score(record_text(page, code), code)
        if not result.is_empty:
            checks.append(LanguageCheck(code, name, result))
    return checks
