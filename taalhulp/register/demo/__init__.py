"""Demo entries of the interpreter register: fictitious people, example.org addresses."""

from __future__ import annotations

import datetime as dt
import random

from django.utils import timezone

from taalhulp.register.models import Interpreter
from taalhulp.register.vocabulary import AREA_CODES, LANGUAGES

PREFIX = "DEMO-"  # every demo certificate number starts with it, so demo data is easy to find


def generate(seed: int = 0) -> int:
    """Two demo interpreters per register language; idempotent (found by certificate number)."""
    rng = random.Random(seed)
    today = timezone.localdate()
    areas = sorted(AREA_CODES)
    count = 0
    for index, (code, _family, _name) in enumerate(LANGUAGES):
        for second in (0, 1):
            number = 2 * index + second + 1
            on_site = second == 0 or rng.random() < 0.5
            Interpreter.objects.update_or_create(
                certificate_number=f"{PREFIX}{number:04d}",
                defaults={
                    "name": f"Demo Tolk {number}",
                    "languages": [code],
                    "kind": ("interpreter", "translator", "both")[number % 3],
                    "areas": sorted(rng.sample(areas, 2)) if on_site else [],
                    "remote": second == 1 or rng.random() < 0.5,
                    "on_site": on_site,
                    "email": f"demo-tolk-{number}@example.org",
                    "phone": f"+32 2 555 {number:02d} {number % 100:02d}",
                    "website": "",
                    "valid_from": today - dt.timedelta(days=365),
                    "valid_until": today + dt.timedelta(days=365 * 3),
                    "public_fields": ["name", "email"] if second == 0 else ["name", "phone"],
                    "hidden": False,
                },
            )
            count += 1
    return count
