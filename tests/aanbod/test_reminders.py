"""Reminders and expiry run as Celery tasks on a real worker."""

import datetime as dt

import pytest
from django.core import mail
from django.utils import timezone

from aanbod.models import OfferPage
from aanbod.tasks import send_offer_reminders
from portal.tasks import publish_scheduled_pages


def _set(offer, **fields):
    OfferPage.objects.filter(pk=offer.pk).update(**fields)


@pytest.mark.celery
def test_reminders_go_out_once_at_30_and_7_days_and_after_6_months(celery_worker, offer_tree):
    today = timezone.localdate()
    offer_tree["gent"].contact_email = "aanbod@gent.example"
    offer_tree["gent"].save_revision().publish()
    _set(offer_tree["offer_gent"], valid_until=today + dt.timedelta(days=30))
    _set(
        offer_tree["offer_leuven"],
        valid_until=today + dt.timedelta(days=7),
        last_checked=today - dt.timedelta(days=200),
    )
    offer_tree["leuven"].contact_email = "aanbod@leuven.example"
    offer_tree["leuven"].save_revision().publish()

    counts = send_offer_reminders.delay().get(timeout=60)

    assert counts == {"expires_in_30_days": 1, "expires_in_7_days": 1, "unchecked_6_months": 1}
    recipients = sorted(message.to[0] for message in mail.outbox)
    assert recipients == ["aanbod@gent.example", "aanbod@leuven.example"]
    leuven_mail = next(m for m in mail.outbox if m.to == ["aanbod@leuven.example"])
    assert "Taalcafé Leuven" in leuven_mail.body
    assert f"/admin/pages/{offer_tree['offer_leuven'].pk}/edit/" in leuven_mail.body

    again = send_offer_reminders.delay().get(timeout=60)
    assert again == {"expires_in_30_days": 0, "expires_in_7_days": 0, "unchecked_6_months": 0}
    assert len(mail.outbox) == 2


@pytest.mark.celery
def test_expired_offers_are_taken_offline_but_stay_in_the_admin(celery_worker, offer_tree):
    offer = offer_tree["offer_leuven"]
    _set(offer, expire_at=timezone.now() - dt.timedelta(minutes=5))

    publish_scheduled_pages.delay().get(timeout=60)

    offer.refresh_from_db()
    assert offer.live is False and offer.expired is True
    assert OfferPage.objects.filter(pk=offer.pk).exists()
