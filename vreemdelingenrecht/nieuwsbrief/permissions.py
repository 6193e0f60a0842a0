"""The "Nieuwsbrief beheerders" group: compose and send issues, see and export subscribers."""

from django.contrib.auth.models import Group

from portal.permissions_setup import ADMIN_ACCESS, group_ensure, permissions_exist

MANAGERS_GROUP = "Nieuwsbrief beheerders"
EXPORT_PERMISSION = "nieuwsbrief.export_subscriber"
SEND_PERMISSION = "nieuwsbrief.send_newsletterissue"

_PERMISSIONS = [
    ADMIN_ACCESS,
    "nieuwsbrief.add_newsletterissue",
    "nieuwsbrief.change_newsletterissue",
    "nieuwsbrief.view_newsletterissue",
    SEND_PERMISSION,
    "nieuwsbrief.view_subscriber",
    EXPORT_PERMISSION,
]


def managers_ensure() -> Group | None:
    """Create or complete the group; None while the permissions do not exist yet."""
    if not permissions_exist(_PERMISSIONS):
        return None
    return group_ensure(MANAGERS_GROUP, _PERMISSIONS)


def ensure_after_migrate(sender, **kwargs) -> None:
    """post_migrate receiver (connected in the app's ready())."""
    managers_ensure()
