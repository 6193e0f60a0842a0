"""Portal models: pages, navigation, site settings and the custom image model."""

from portal.models.base import BasePage
from portal.models.images import PortalImage, PortalRendition
from portal.models.navigation import NavigationMenu, NavigationMenuItem
from portal.models.pages import HomePage, StandardPage
from portal.models.site_settings import SiteSettings

__all__ = [
    "BasePage",
    "HomePage",
    "NavigationMenu",
    "NavigationMenuItem",
    "PortalImage",
    "PortalRendition",
    "SiteSettings",
    "StandardPage",
]
