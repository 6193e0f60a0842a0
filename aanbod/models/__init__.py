"""aanbod models: places, taxonomies, organisations and offers."""

from aanbod.models.pages import (
    OfferDate,
    OfferIndexPage,
    OfferPage,
    OfferWeeklySlot,
    OrganisationPage,
)
from aanbod.models.places import Municipality, Postcode
from aanbod.models.taxonomy import DutchLevel, TargetGroup, Theme

__all__ = [
    "DutchLevel",
    "Municipality",
    "OfferDate",
    "OfferIndexPage",
    "OfferPage",
    "OfferWeeklySlot",
    "OrganisationPage",
    "Postcode",
    "TargetGroup",
    "Theme",
]
