"""Write the audit log of access to personal data (views, exports, erasures, retention jobs)."""

from __future__ import annotations

from django.db import models
from django.http import HttpRequest

from portal.models import AuditEvent


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
        object_repr=str(obj)[:200] if obj is not None else "",
        detail=detail,
        ip_address=request.META.get("REMOTE_ADDR") or None if request is not None else None,
    )
