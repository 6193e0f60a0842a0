"""Who is who in the cockpit: the agency sees the whole pool, a local coordinator only their own."""

from django.contrib.auth.models import Group, Permission
from django.db import transaction

AGENCY_GROUP = "Buddy agency"
COORDINATORS_GROUP = "Buddy coordinators"


def is_agency(user) -> bool:
    return bool(
        user.is_authenticated
        and user.is_active
        and (user.is_superuser or user.has_perm("buddy.view_all_candidates"))
    )


def is_local_coordinator(user) -> bool:
    from buddy.models import InitiativePage

    return bool(
        user.is_authenticated
        and user.is_active
        and InitiativePage.objects.filter(coordinator=user).exists()
    )


def can_use_cockpit(user) -> bool:
    return is_agency(user) or is_local_coordinator(user)


@transaction.atomic
def groups_ensure() -> tuple[Group, Group]:
    """The agency group (whole pool) and the local coordinators' group (admin access only)."""
    access = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    agency, _created = Group.objects.get_or_create(name=AGENCY_GROUP)
    agency.permissions.add(
        access,
        Permission.objects.get(content_type__app_label="buddy", codename="view_all_candidates"),
        # The access log of personal data (Settings > Audit log), read-only.
        Permission.objects.get(content_type__app_label="portal", codename="view_auditevent"),
    )
    local, _created = Group.objects.get_or_create(name=COORDINATORS_GROUP)
    local.permissions.add(access)
    return agency, local
