"""Queries of the pool, scoped to who asks."""

from django.db.models import QuerySet

from taalhulp.pool.models import HelpRequest, LocalService
from taalhulp.pool.permissions import is_coordinator


def services_of(user) -> QuerySet[LocalService]:
    """The local services this user asks for (every service for a coordinator)."""
    if is_coordinator(user):
        return LocalService.objects.all()
    if not (user.is_authenticated and user.is_active):
        return LocalService.objects.none()
    return LocalService.objects.filter(members__in=user.groups.all())


def requests_for(user) -> QuerySet[HelpRequest]:
    """Requests this user may see: their own services' only, unless they coordinate."""
    if is_coordinator(user):
        return HelpRequest.objects.all()
    return HelpRequest.objects.filter(service__in=services_of(user))


def asks_for_help(user) -> bool:
    """Whether the user may use the requests screens: a service's member or a coordinator."""
    return is_coordinator(user) or services_of(user).exists()
