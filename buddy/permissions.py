"""Who is who in the cockpit: the agency sees the whole pool, a local coordinator only their own."""

from django.contrib.auth.models import Group
from django.db import transaction

from buddy.models import InitiativePage
from portal.permissions_setup import ADMIN_ACCESS, group_ensure

AGENCY_GROUP = "Buddy agency"
COORDINATORS_GROUP = "Buddy coordinators"


def is_agency(user) -> bool:
    return bool(
        user.is_authenticated
        and user.is_active
        and (user.is_superuser or user.has_perm("buddy.view_all_candidates"))
    )


def is_local_coordinator(user) -> bool:
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
    agency = group_ensure(
        AGENCY_GROUP,
        [
            ADMIN_ACCESS,
            "buddy.view_all_candidates",
            # The access log of personal data (Settings > Audit log), read-only.
            "portal.view_auditevent",
            "portal.view_access_log",
        ],
    )
    local = group_ensure(COORDINATORS_GROUP, [ADMIN_ACCESS])
    return agency, local
