"""Publishes the front-line services to portal's local-services registry (for other apps)."""

from __future__ import annotations

from django.apps import apps
from django.conf import settings
from django.utils.translation import get_language

from portal.local_services import LocalService, ServiceDirectory


def find(municipalities: list, kinds: frozenset[str]) -> list[LocalService]:
    # By the app registry: the AppConfig imports this module before the models are ready.
    model = apps.get_model("vreemdelingenrecht", "FrontLineService")
    services = (
        model.objects.filter(municipalities__in=municipalities, kind__in=kinds)
        .distinct()
        .order_by("kind", "name")
    )
    return [
        LocalService(
            name=service.name,
            kind=service.kind,
            kind_label=str(service.get_kind_display()),
            description=service.description,
            address=service.address,
            phone=service.phone,
            phone_href=service.phone_href,
            email=service.email,
            website=service.website,
            opening_hours=service.opening_hours,
            text_language=_fallback_language(service),
        )
        for service in services
    ]


def _fallback_language(service) -> str:
    """The default language when the visitor's own texts are empty (modeltranslation falls back)."""
    language = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    for name in ("description", "opening_hours"):
        if getattr(service, name) and not getattr(service, f"{name}_{language}", ""):
            return settings.LANGUAGE_CODE
    return ""


DIRECTORY = ServiceDirectory(key="front_line_services", find=find)
