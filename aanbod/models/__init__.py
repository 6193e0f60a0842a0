"""aanbod models: taxonomies, organisations and offers."""

from aanbod.models.pages import (
    OfferDate,
    OfferIndexPage,
    OfferPage,
    OfferWeeklySlot,
    OrganisationPage,
)
from aanbod.models.taxonomy import DutchLevel, TargetGroup, Theme

__all__ = [
    "DutchLevel",
    "OfferDate",
    "OfferIndexPage",
    "OfferPage",
    "OfferWeeklySlot",
    "OrganisationPage",
    "TargetGroup",
    "Theme",
]
