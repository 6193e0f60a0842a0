"""Index updates that have not reached the search engine yet, so none is ever lost."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from search.text import synonym_problem


class PendingIndexUpdate(models.Model):
    """The newest wanted state of one object in one index, until the engine has it."""

    index_name = models.CharField(_("index"), max_length=50)
    object_id = models.PositiveBigIntegerField(_("object"))
    version = models.BigIntegerField(_("version"))
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("pending index update")
        verbose_name_plural = _("pending index updates")
        constraints = [
            models.UniqueConstraint(
                fields=["index_name", "object_id"], name="one_pending_per_object"
            )
        ]

    def __str__(self):
        return f"{self.index_name}:{self.object_id} v{self.version}"


SYNONYM_LANGUAGES = [
    ("*", _("Every language")),
    ("nl", _("Dutch")),
    ("en", _("English")),
    ("fr", _("French")),
    ("uk", _("Ukrainian")),
    ("ru", _("Russian")),
    ("ar", _("Arabic")),
]


SYNONYM_SOURCES = [
    ("editor", _("Editor")),
    ("glossary", _("Glossary")),
]


class OfferSynonym(models.Model):
    """Words that mean the same in the offer search; saving one refreshes the engine."""

    language = models.CharField(
        _("language"),
        max_length=2,
        choices=SYNONYM_LANGUAGES,
        default="*",
        help_text=_("Where a search uses these words. Choose 'Every language' for translations."),
    )
    terms = models.TextField(
        _("words"),
        max_length=1000,
        help_text=_(
            "Words or phrases with the same meaning, separated by commas, for example: "
            "babbeltafel, conversatietafel, taalcafé, praatgroep."
        ),
    )
    replacement = models.TextField(
        _("also find"),
        max_length=1000,
        blank=True,
        help_text=_(
            "Optional. Leave empty when all words mean the same. Fill in when a search for the "
            "words above should also find these, but not the other way round, for example: "
            "conversation table, praattafel."
        ),
    )
    active = models.BooleanField(_("active"), default=True)
    source = models.CharField(
        _("source"),
        max_length=10,
        choices=SYNONYM_SOURCES,
        default="editor",
        help_text=_(
            "Glossary: made from the shipped word list by load_glossary, which overwrites it on "
            "the next load. Choose Editor to keep your own changes."
        ),
    )
    concept = models.CharField(
        _("concept"),
        max_length=100,
        blank=True,
        help_text=_("The glossary concept these words translate, for example: cooking."),
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("search synonym")
        verbose_name_plural = _("search synonyms")
        ordering = ["language", "terms"]
        constraints = [
            models.UniqueConstraint(
                fields=["concept"],
                condition=models.Q(source="glossary"),
                name="one_synonym_per_glossary_concept",
            )
        ]

    def __str__(self):
        return self.terms[:80]

    def clean(self):
        errors = {}
        for field in ("terms", "replacement"):
            problem = synonym_problem(
                getattr(self, field), need_two=field == "terms" and not self.replacement
            )
            if problem == "forbidden":
                errors[field] = _("Use only words, spaces and commas: no => or # signs.")
            elif problem == "too_few":
                errors[field] = _("Give at least two words, separated by a comma.")
        if errors:
            raise ValidationError(errors)


class OfferBestBet(models.Model):
    """An offer editors pin to the top of the results for one search."""

    query = models.CharField(
        _("search words"),
        max_length=200,
        help_text=_(
            "The words a visitor types, for example: taalcafé gent. Case and accents do not matter."
        ),
    )
    offer = models.ForeignKey(
        "aanbod.OfferPage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("offer"),
    )
    active = models.BooleanField(_("active"), default=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("best bet")
        verbose_name_plural = _("best bets")
        ordering = ["query"]

    def __str__(self):
        return self.query
