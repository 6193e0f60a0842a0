"""Django app config for the site-wide portal app."""

from django.apps import AppConfig
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from PIL import Image

# Loaded with the app registry, so the Celery app is the current app of every Django process
# (web and manage.py too) and shared_task proxies resolve to it.
from portal import (
    celery,  # noqa: F401
    demo_steps,
)


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Portal")

    def ready(self):
        # In a function: these modules reach Wagtail and Django models, loaded only by now.
        from portal import csv_export, metrics, observability, page_cache

        csv_export.protect_wagtail_exports()
        metrics.connect()
        observability.connect_celery_signals()
        page_cache.connect_signals()
        _limit_image_pixels()
        demo_steps.register(
            "portal",
            demo_steps.DemoStep(
                label="portal: home, sections, menus, settings",
                position=10,
                builder="portal.factories.generate",
                with_home=False,
            ),
        )


def _limit_image_pixels():
    """Pillow refuses to decode images above the upload limit (decompression bombs)."""
    limit = getattr(settings, "WAGTAILIMAGES_MAX_IMAGE_PIXELS", None)
    if limit:
        Image.MAX_IMAGE_PIXELS = limit
