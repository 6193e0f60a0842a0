"""Register fixtures: an entry maker with sensible defaults and fixed dates."""

import datetime as dt

import pytest

from taalhulp.register.models import Interpreter

TODAY = dt.date(2026, 6, 15)


@pytest.fixture
def make_entry(db):
    counter = iter(range(1, 10_000))

    def make(**fields):
        number = next(counter)
        values = {
            "certificate_number": f"ST-{number:04d}",
            "name": f"Tolk {number}",
            "languages": ["ar"],
            "kind": Interpreter.Kind.INTERPRETER,
            "areas": ["antwerpen"],
            "remote": False,
            "on_site": True,
            "email": f"tolk{number}@example.org",
            "phone": f"+32 3 555 00 {number:02d}",
            "valid_from": dt.date(2024, 1, 1),
            "valid_until": dt.date(2029, 12, 31),
            "public_fields": ["name", "email"],
            **fields,
        }
        return Interpreter.objects.create(**values)

    return make
