"""Search events (kept 30 days), their daily aggregates (kept 25 months) and the gaps reported."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from portal.vocabulary import SITE_LANGUAGES

LANGUAGES = [(code, code) for code in SITE_LANGUAGES]


class SearchEvent(models.Model):
    """One visitor's search: the day, never the time; the municipality, never the postcode or
    address; no IP address, cookie, user agent or session. The words only as a keyed hash until
    enough searches used them (search/demand/anonymise.py)."""

    day = models.DateField(_("day"), db_index=True)
    week = models.CharField(_("ISO week"), max_length=8)  # "2026-W49"
    origin = models.CharField(_("where"), max_length=10)  # finder | api
    language = models.CharField(_("language"), max_length=5, choices=LANGUAGES)
    municipality = models.ForeignKey(
        "portal.Municipality", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    radius_km = models.PositiveSmallIntegerField(null=True)
    offer_type = models.CharField(max_length=120, blank=True)  # chosen types, joined by ","
    level = models.CharField(max_length=40, blank=True)  # chosen Dutch levels, joined by ","
    daypart = models.CharField(max_length=10, blank=True)
    filters = models.JSONField(default=dict)  # the other filters, as codes
    result_count = models.PositiveIntegerField()
    zero_result = models.BooleanField(default=False)  # nothing found, even after loosening
    relaxed = models.BooleanField(default=False)
    relaxed_steps = models.JSONField(default=list)  # codes of the loosening steps
    has_query = models.BooleanField(default=False)
    query_hash = models.CharField(max_length=64, blank=True, db_index=True)
    query_text = models.CharField(max_length=200, blank=True)  # only above the threshold

    class Meta:
        verbose_name = _("search event")
        verbose_name_plural = _("search events")
        indexes = [models.Index(fields=["week", "query_hash"], name="demand_week_hash")]

    def __str__(self):
        return f"{self.day} {self.origin} {self.language}"


class DailyDemand(models.Model):
    """How many searches one day had, per language, place and chosen filters."""

    day = models.DateField(_("day"), db_index=True)
    language = models.CharField(_("language"), max_length=5, choices=LANGUAGES)
    municipality = models.ForeignKey(
        "portal.Municipality", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    offer_type = models.CharField(max_length=120, blank=True)
    level = models.CharField(max_length=40, blank=True)
    daypart = models.CharField(max_length=10, blank=True)
    zero_result = models.BooleanField(default=False)
    relaxed = models.BooleanField(default=False)
    searches = models.PositiveIntegerField(_("searches"))

    class Meta:
        verbose_name = _("daily search demand")
        verbose_name_plural = _("daily search demand")
        permissions = [
            ("view_gap_insight", _("Can see the offer-gap insight of own municipalities")),
            ("view_all_gaps", _("Can see the offer-gap insight of every municipality")),
        ]

    def __str__(self):
        return f"{self.day} {self.language}: {self.searches}"


class ReportedGap(models.Model):
    """A gap once it was in the weekly digest, so the next digest names only new ones."""

    key = models.CharField(max_length=200, unique=True)
    first_reported = models.DateField(auto_now_add=True)

    class Meta:
        verbose_name = _("reported gap")
        verbose_name_plural = _("reported gaps")

    def __str__(self):
        return self.key
