"""People of the pool tests: a coordinator, another admin user, and a volunteer who stands out."""

import datetime as dt

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from portal.permissions_setup import ADMIN_ACCESS, group_ensure
from taalhulp.pool.factories import GHENT, next_weekday
from taalhulp.pool.models import HelpRequest, LocalService, Volunteer, WeeklySlot
from taalhulp.pool.permissions import COORDINATORS_GROUP, coordinators_ensure

NAME = "Zoltana Quixbergh"
EMAIL = "zoltana.quixbergh@pool-test.example"
PHONE = "+32 470 98 76 54"
DESCRIPTION = "Gesprek over de huurwaarborg van Zoltana in de Kwikstraat"
FEEDBACK = "Vlot verlopen, Quixbergh legde alles geduldig uit"
SERVICE = "Sociaal Huis Xylofoonstad"
SERVICE_EMAIL = "xylofoon.dienst@pool-test.example"


def coordinator(username: str = "coco"):
    coordinators_ensure()
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "pw-123456")
    user.groups.add(Group.objects.get(name=COORDINATORS_GROUP))
    return user


def other_staff(username: str = "editor"):
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "pw-123456")
    user.groups.add(group_ensure("Pool test editors", [ADMIN_ACCESS]))
    return user


# Made without factory_boy: its DEBUG log names every object it makes, which would hide a leak
# of our own in test_personal_data (production never runs factories).


def distinctive_volunteer(**fields):
    values = {"kind": "taalhulp", "status": "active", "postcode": "9000", "max_km": 20}
    values.update(dutch_level="B2", max_per_week=3)
    now = timezone.now()
    values.update(
        languages=[{"code": "uk", "level": "native"}],
        modes=["remote", "onsite", "phone"],
        latitude=GHENT[0],
        longitude=GHENT[1],
        remote_only=False,
        trained_at=now,
        adult_confirmed=True,
        consent_version="2026-12",
        consent_at=now,
        confirmed_at=now,
    )
    values.update(fields)
    volunteer = Volunteer.objects.create(name=NAME, email=EMAIL, phone=PHONE, **values)
    WeeklySlot.objects.bulk_create(
        WeeklySlot(volunteer=volunteer, weekday=day, starts=dt.time(9), ends=dt.time(17))
        for day in range(5)
    )
    return volunteer


def distinctive_request(**fields):
    service = LocalService.objects.create(name=SERVICE, kind="ocmw", contact_email=SERVICE_EMAIL)
    values = {
        "language": "uk",
        "mode": "remote",
        "starts_at": next_weekday(1, 10),
        "conversation_kind": "administrative",
        **fields,
    }
    return HelpRequest.objects.create(
        service=service, description=DESCRIPTION, feedback_text=FEEDBACK, **values
    )


PERSONAL_VALUES = (NAME, EMAIL, PHONE, DESCRIPTION, FEEDBACK, "Zoltana", "Quixbergh")
