"""The "Nieuwsbrief beheerders" group: compose and send issues, see and export subscribers."""

from django.contrib.auth.models import Group, Permission
from django.db import transaction

MANAGERS_GROUP = "Nieuwsbrief beheerders"
EXPORT_PERMISSION = "nieuwsbrief.export_subscriber"
SEND_PERMISSION = "nieuwsbrief.send_newsletterissue"

_CODENAMES = [
    ("wagtailadmin", "access_admin"),
    ("nieuwsbrief", "add_newsletterissue"),
    ("nieuwsbrief", "change_newsletterissue"),
    ("nieuwsbrief", "view_newsletterissue"),
    ("nieuwsbrief", "send_newsletterissue"),
    ("nieuwsbrief", "view_subscriber"),
    ("nieuwsbrief", "export_subscriber"),
]


@transaction.atomic
def managers_ensure() -> Group | None:
    """Create or complete the group; None while the permissions do not exist yet."""
    permissions = [
        Permission.objects.filter(content_type__app_label=app, codename=codename).first()
        for app, codename in _CODENAMES
    ]
    if any(permission is None for permission in permissions):
        return None
    group, _created = Group.objects.get_or_create(name=MANAGERS_GROUP)
    group.permissions.add(*permissions)
    return group
