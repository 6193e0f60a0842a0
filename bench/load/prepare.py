"""Prepare a seeded database for the load test: editors with TOTP devices, and the URLs to visit.

Run by scripts/bench-load.sh after `seed_demo`, with the same settings as the server. Writes a
JSON file (first argument) that bench/load/locustfile.py and bench/load/measure.py read:
one URL per page type, the pages of each journey, and the editors' sign-in details.
"""

import json
import os
import secrets
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.utils import translation  # noqa: E402
from django_otp.plugins.otp_totp.models import TOTPDevice  # noqa: E402
from wagtail.models import Page, get_page_models  # noqa: E402

EDITORS = int(os.environ.get("BENCH_EDITORS", "3"))


def urls_of(model, limit: int) -> list[str]:
    pages = model.objects.live().public().order_by("path")[:limit]
    return [page.get_url() for page in pages if page.get_url()]


def page_ids(model, limit: int) -> list[int]:
    return list(model.objects.live().order_by("path").values_list("pk", flat=True)[:limit])


def editors() -> list[dict]:
    """Editors who may publish every page, each with an own confirmed TOTP device."""
    user_model = get_user_model()
    found = []
    for number in range(1, EDITORS + 1):
        username = f"bench-editor-{number}"
        password = secrets.token_urlsafe(18)
        user, _created = user_model.objects.get_or_create(
            username=username, defaults={"email": f"{username}@example.org"}
        )
        user.set_password(password)
        user.is_superuser = True  # may publish every page type; the admin UI is the same
        user.save()
        TOTPDevice.objects.filter(user=user).delete()
        device = TOTPDevice.objects.create(user=user, name="bench", confirmed=True)
        found.append({"username": username, "password": password, "key": device.key})
    return found


def main(target: str) -> None:
    from aanbod.models import OfferPage, OrganisationPage
    from buddy.models import InitiativePage
    from crisis.models import CrisisHubPage
    from portal.models import StandardPage
    from vreemdelingenrecht.models import LegalTopicPage, NewsPage, RulingPage

    with translation.override("nl"):
        per_type = {}
        for model in get_page_models():
            if model is Page:
                continue
            found = urls_of(model, 1)
            if found:
                per_type[model._meta.label] = found[0]
        labels = {m._meta.label for m in get_page_models() if m is not Page}
        missing = sorted(labels - set(per_type))
        data = {
            "page_types": per_type,
            "page_types_missing": missing,
            "offers": urls_of(OfferPage, 60),
            "organisations": urls_of(OrganisationPage, 10),
            "initiatives": urls_of(InitiativePage, 15),
            "legal_topics": urls_of(LegalTopicPage, 20),
            "rulings": urls_of(RulingPage, 20),
            "news": urls_of(NewsPage, 10),
            "hub": urls_of(CrisisHubPage, 1),
            "standard": urls_of(StandardPage, 10),
            "publishable": page_ids(NewsPage, 5) + page_ids(StandardPage, 5),
            "editors": editors(),
        }
    Path(target).write_text(json.dumps(data, indent=1))
    print(f"load-test data: {len(per_type)} page types, {len(data['offers'])} offers -> {target}")
    if missing:
        print(f"page types without a live page: {', '.join(missing)}")


if __name__ == "__main__":
    main(sys.argv[1])
