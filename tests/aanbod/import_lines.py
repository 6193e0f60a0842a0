"""Helpers for the import and export tests: offers as JSON Lines."""

import json
from decimal import Decimal

from django.conf import settings
from wagtail.models import Locale, Page

from portal.factories import HomePageFactory
from tests.aanbod.offers import full_offer, minimal_offer


def home_page():
    """Only the portal's home page: all the importer needs, and much faster than demo_site."""
    # A flushed database (after a transactional test) has lost the root and the locale.
    Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    root = Page.get_first_root_node() or Page.add_root(title="Root", slug="root")
    return HomePageFactory(parent=root)


def dumps(offer: dict) -> str:
    def default(value):
        if isinstance(value, Decimal):
            return float(value)
        raise TypeError(value)

    return json.dumps(offer, ensure_ascii=False, default=default)


def offer(external_id: str, *, full: bool = True, **changes) -> dict:
    """A valid offer with this external_id (source "bibliotheek-gent"), top-level keys changed."""
    data = full_offer() if full else {**minimal_offer(), "source": "bibliotheek-gent"}
    data["external_id"] = external_id
    data["valid_until"] = "2099-12-31"  # never expired, whatever day the tests run
    data.update(changes)
    return data


def lines(*offers: dict) -> list[str]:
    return [dumps(data) for data in offers]


def triples(report) -> list[tuple[int, str, str]]:
    return [(r.line, r.field, r.code) for r in report.rejections]
