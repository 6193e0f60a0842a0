"""Portal workflows with side effects: scheduled publishing and the development admin."""

import io
import secrets

from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Page


def pages_publish_scheduled() -> dict:
    """Run Wagtail's scheduled publishing; returns how many pages are live before and after."""
    live_before = Page.objects.live().count()
    call_command("publish_scheduled", stdout=io.StringIO())
    live_after = Page.objects.live().count()
    return {"live_before": live_before, "live_after": live_after}


def dev_admin_reset(*, username: str = "admin", email: str = "admin@localhost") -> str:
    """Create or reset the development superuser and return its new random password."""
    password = secrets.token_urlsafe(12)
    user_model = get_user_model()
    user, _created = user_model.objects.get_or_create(username=username, defaults={"email": email})
    user.is_staff = True
    user.is_superuser = True
    user.is_active = True
    user.set_password(password)
    user.save()
    return password
