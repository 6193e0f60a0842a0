"""Who sees what in the pool: coordinators see everything, a local service only its own requests."""

from django.contrib.auth.models import Group

from portal.permissions_setup import ADMIN_ACCESS, group_ensure, permissions_exist

COORDINATORS_GROUP = "Taalhulp coördinatoren"
COORDINATE = "taalhulpen.coordinate"

_COORDINATOR_PERMISSIONS = [
    ADMIN_ACCESS,
    COORDINATE,
    # The access log of personal data (Settings > Audit log), read-only.
    "portal.view_auditevent",
    "portal.view_access_log",
]


def is_coordinator(user) -> bool:
    return bool(
        user.is_authenticated
        and user.is_active
        and (user.is_superuser or user.has_perm(COORDINATE))
    )


def coordinators_ensure() -> Group | None:
    """Create or complete the coordinators' group; None while the permissions do not exist yet."""
    if not permissions_exist(_COORDINATOR_PERMISSIONS):
        return None
    return group_ensure(COORDINATORS_GROUP, _COORDINATOR_PERMISSIONS)


def members_group_ensure(service) -> Group:
    """The group whose members ask for language help for this service only."""
    return group_ensure(f"Taalhulp aanvragers {service.name}"[:150], [ADMIN_ACCESS])


def ensure_after_migrate(sender, **kwargs) -> None:
    """post_migrate receiver (connected in the app's ready())."""
    coordinators_ensure()
