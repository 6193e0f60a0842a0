"""The "Tolkenregister beheerders" group: keep the register of certified interpreters."""

from django.contrib.auth.models import Group

from portal.permissions_setup import ADMIN_ACCESS, group_ensure, permissions_exist

MANAGERS_GROUP = "Tolkenregister beheerders"

_PERMISSIONS = [
    ADMIN_ACCESS,
    "tolkenregister.add_interpreter",
    "tolkenregister.change_interpreter",
    "tolkenregister.delete_interpreter",
    "tolkenregister.view_interpreter",
]


def managers_ensure() -> Group | None:
    """Create or complete the group; None while the permissions do not exist yet."""
    if not permissions_exist(_PERMISSIONS):
        return None
    return group_ensure(MANAGERS_GROUP, _PERMISSIONS)


def ensure_after_migrate(sender, **kwargs) -> None:
    """post_migrate receiver (connected in the app's ready())."""
    managers_ensure()
