"""The weekly e-mail to the agency with the gaps that are new since the last one."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone, translation

from aanbod.permissions import MODERATORS_GROUP
from portal.outbox import queue_email
from search.demand import anonymise, report
from search.demand.models import ReportedGap

DAYS = 30


def recipients() -> list[str]:
    """SEARCH_DEMAND_DIGEST_TO, or the agency: offer moderators and whoever may see all gaps."""
    configured = getattr(settings, "SEARCH_DEMAND_DIGEST_TO", [])
    if configured:
        return list(configured)
    users = get_user_model().objects.filter(is_active=True).exclude(email="")
    agency = users.filter(
        Q(groups__name=MODERATORS_GROUP)
        | Q(groups__permissions__codename="view_all_gaps")
        | Q(user_permissions__codename="view_all_gaps")
    )
    return sorted(set(agency.values_list("email", flat=True)))


def send(today=None) -> int:
    """Queue one e-mail per agency address when there are new gaps; returns the new gaps."""
    today = today or timezone.localdate()
    found = report.build(None, report.Filters(days=DAYS), today=today)
    reported = set(ReportedGap.objects.values_list("key", flat=True))
    new = [gap for gap in found.gaps if gap.key not in reported]
    if not new:
        return 0
    week = anonymise.iso_week(today)
    gaps_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("search_demand:gaps")
    with translation.override(settings.LANGUAGE_CODE):
        sentences = [report.sentence(gap, DAYS) for gap in new[:30]]
    for address in recipients():
        queue_email(
            to=address,
            template="search_demand/emails/gap_digest",
            context={
                "count": len(new),
                "gaps": sentences,
                "gaps_url": gaps_url,
            },
            language=settings.LANGUAGE_CODE,
            category="gap_digest",
            dedupe_key=f"gap-digest:{week}:{address}",
        )
    ReportedGap.objects.bulk_create(
        [ReportedGap(key=gap.key[:200]) for gap in new], ignore_conflicts=True
    )
    return len(new)
