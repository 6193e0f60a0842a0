"""The demo pool's shape (no Django): language weights, services, weekly availability."""

from __future__ import annotations

import datetime as dt
import random

# Languages weighted roughly like the requests the agency gets.
LANGUAGE_WEIGHTS = [
    ("uk", 24),
    ("ar", 20),
    ("ru", 10),
    ("fa", 9),
    ("ti", 8),
    ("ps", 7),
    ("so", 6),
    ("tr", 6),
    ("fr", 3),
    ("ro", 3),
    ("pl", 2),
    ("bg", 2),
]
SECOND_LANGUAGES = ["en", "fr", "ru", "ar", "de"]
LEVELS = ["native", "C2", "C1", "B2"]
# Share of conversations the form refuses: heavy or sensitive (certified interpreter needed).
HEAVY_SHARE = 0.1
KINDS_OF_CONVERSATION = ["medical", "psychological", "legal", "child_protection"]
SERVICE_NAMES = [
    ("Sociaal Huis Gent", "ocmw"),
    ("OCMW Antwerpen", "ocmw"),
    ("Dienst Burgerzaken Leuven", "local_authority"),
    ("Welzijnshuis Brugge", "ocmw"),
    ("Basisschool De Regenboog", "school"),
    ("Dienst Wonen Hasselt", "local_authority"),
    ("Onthaalbureau Turnhout", "nonprofit"),
    ("CPAS Schaerbeek", "ocmw"),
    ("Secundaire school Sint-Jozef", "school"),
    ("Huis van het Kind Mechelen", "nonprofit"),
    ("Sociaal Huis Kortrijk", "ocmw"),
    ("Loket Inburgering Aalst", "local_authority"),
    ("Vrijwilligerspunt Genk", "nonprofit"),
    ("Dienst Onderwijs Sint-Niklaas", "local_authority"),
    ("Buurtwerk Anderlecht", "nonprofit"),
]


def language_entries(rng: random.Random, first: str, codes: list[str]) -> list[dict]:
    """The volunteer's languages, strongest first: the first, sometimes a second."""
    entries = [{"code": first, "level": rng.choice(LEVELS[:2])}]
    if rng.random() < 0.4:
        second = rng.choice([code for code in SECOND_LANGUAGES if code != first])
        entries.append({"code": second, "level": rng.choice(LEVELS[1:])})
    return entries


def weekly_spans(rng: random.Random) -> list[tuple[int, dt.time, dt.time]]:
    """Two to four free periods a week, mornings, afternoons or evenings."""
    periods = [(9, 12), (13, 17), (18, 21)]
    days = rng.sample(range(6), rng.randint(2, 4))
    return [
        (day, dt.time(start), dt.time(end))
        for day in sorted(days)
        for start, end in [rng.choice(periods)]
    ]
