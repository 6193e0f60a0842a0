"""Factories for the offer catalogue (tests and aanbod.demo.catalogue build pages with them)."""

from __future__ import annotations

import datetime as dt

import factory
from django.utils import timezone

from aanbod.models import (
    OfferIndexPage,
    OfferPage,
    OrganisationPage,
)
from portal.factories import PageFactory


class OfferIndexPageFactory(PageFactory):
    title = "Aanbod"
    slug = "aanbod"
    intro = "Zoek een plek om Nederlands te oefenen, mee te doen of iets te leren."

    class Meta:
        model = OfferIndexPage


class OrganisationPageFactory(PageFactory):
    title = factory.Sequence(lambda n: f"Gemeente {n}")
    kind = "local_authority"

    class Meta:
        model = OrganisationPage


class OfferPageFactory(PageFactory):
    title = factory.Sequence(lambda n: f"Praattafel {n}")
    summary = "Samen Nederlands oefenen in een kleine groep."
    offer_type = "practice"
    format = "in_person"
    postcode = "9000"
    valid_until = factory.LazyFunction(lambda: timezone.localdate() + dt.timedelta(days=120))

    class Meta:
        model = OfferPage
