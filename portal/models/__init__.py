"""Portal models: pages, navigation, site settings, images, e-mail outbox, audit log, places and
reference regions."""

from portal.models.audit import AuditEvent
from portal.models.base import BasePage
from portal.models.images import PortalImage, PortalRendition
from portal.models.navigation import NavigationMenu, NavigationMenuItem
from portal.models.outbox import OutboxEmail
from portal.models.pages import HomePage, StandardPage
from portal.models.places import Municipality, Postcode
from portal.models.regions import ReferenceRegion, TargetGroupFigure
from portal.models.site_settings import SiteSettings

__all__ = [
    "AuditEvent",
    "BasePage",
    "HomePage",
    "Municipality",
    "NavigationMenu",
    "NavigationMenuItem",
    "OutboxEmail",
    "PortalImage",
    "PortalRendition",
    "Postcode",
    "ReferenceRegion",
    "SiteSettings",
    "StandardPage",
    "TargetGroupFigure",
]
