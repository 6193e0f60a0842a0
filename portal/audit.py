"""Write the audit log of access to personal data (views, exports, erasures, retention jobs)."""

from __future__ import annotations

from django.db import models
from django.http import HttpRequest

from portal.client_ip import UNKNOWN, client_ip
from portal.models import AuditEvent

# Records whose str() is an e-mail address: the log shows "<kind> #<id>" instead.
ADDRESS_MODELS = {"nieuwsbrief.Subscriber", "search_alerts.SavedSearch", "portal.OutboxEmail"}


def _label(obj: models.Model) -> str:
    # A person's record shows its reference (e.g. B-1A2B3C4D), never the name or address.
    if obj._meta.label in ADDRESS_MODELS:
        return f"{obj._meta.verbose_name} #{obj.pk}"
    return str(getattr(obj, "reference", "") or obj)


def audit(
    request_or_user, action: str, obj: models.Model | None = None, detail: str = ""
) -> AuditEvent:
    """Record that someone (a request, a user, or None for a system job) did `action` on `obj`."""
    request = request_or_user if isinstance(request_or_user, HttpRequest) else None
    user = getattr(request, "user", None) if request is not None else request_or_user
    if user is not None and not getattr(user, "is_authenticated", False):
        user = None
    return AuditEvent.objects.create(
        user=user,
        username=user.get_username() if user is not None else "",
        action=action,
        object_type=obj._meta.label if obj is not None else "",
        object_id=str(obj.pk) if obj is not None else "",
        object_repr=_label(obj)[:200] if obj is not None else "",
        detail=detail,
        ip_address=_address(request),
    )


def _address(request: HttpRequest | None) -> str | None:
    # The same address the rate limits count: the visitor's, not the proxy's.
    address = client_ip(request) if request is not None else UNKNOWN
    return None if address == UNKNOWN else address


def forget(obj: models.Model) -> int:
    """After an erasure: earlier entries about `obj` keep the action and time, not the person."""
    events = AuditEvent.objects.filter(object_type=obj._meta.label, object_id=str(obj.pk))
    # Entries without a staff user came from the person themselves: their IP address goes too.
    events.filter(user__isnull=True, username="").update(ip_address=None)
    return events.update(object_repr=_label(obj)[:200])
