"""Role checks for cockpit views: any buddy coordinator, or the agency only."""

import functools

from django.core.exceptions import PermissionDenied

from buddy.permissions import can_use_cockpit, is_agency


def cockpit_required(view):
    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if not can_use_cockpit(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper


def agency_required(view):
    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if not is_agency(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper
