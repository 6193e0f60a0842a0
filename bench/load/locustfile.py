"""Locust scenarios for the four journeys: newcomer, volunteer, professional and editor.

Run by `make bench-load` (scripts/bench-load.sh) against the production-like stack on
loopback. The URLs and editors come from the JSON that bench/load/prepare.py wrote
(BENCH_DATA). Every simulated person connects from an own loopback address (127.0.x.y),
so the per-IP rate limits count each person on their own, as they do for real visitors.
Forms are filled like a person does: the hidden honeypot stays empty and the volunteer
takes several seconds per step, so the spam timer (SPAM_MIN_SECONDS) is passed honestly.
The first failed request (non-2xx, error, failed check) ends the run (bench/load/strict.py).
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import os
import random
import re
import struct
import time
from collections import defaultdict

from locust import HttpUser, between, events, task
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

try:  # run by Locust, which puts this folder on sys.path
    import strict  # noqa: F401 (stops the run at the first failed request)
except ImportError:  # imported as bench.load.locustfile (tests)
    from bench.load import strict  # noqa: F401

DATA_PATH = os.environ.get("BENCH_DATA", "")
CACHE_HEADER = "X-Page-Cache"
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
WORDS = ("taal", "koffie", "nederlands", "praat", "sport", "fiets", "conversatie", "wandeling")
PLACES = ("9000", "1000", "2000", "3000", "8000", "Gent", "Leuven", "Antwerpen", "")
TYPES = ("practice", "participation", "buddy_project", "course_nt2", "leisure")
LEVELS = ("A1", "A2", "B1", "B2")
RULING_WORDS = ("gezinshereniging", "verblijf", "asiel", "werk", "student", "beroep")
RNG = random.Random()  # noqa: S311 (load shapes, not secrets)
_addresses = itertools.count(2)
_editor_numbers = itertools.count()
# Cache state per endpoint name: {name: {"hit": [ms...], "miss": [ms...]}}
cache_states: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
# HTTP status per endpoint name: {name: {"200": count, ...}}
statuses: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))


def load_data() -> dict:
    if not DATA_PATH:
        return {}
    with open(DATA_PATH) as handle:
        return json.load(handle)


DATA = load_data()


class SourceAddressAdapter(HTTPAdapter):
    """Connects from a given local address: one loopback address per simulated person.

    A GET on a kept-alive connection that the server has just closed is sent once more, as
    browsers do; a POST never is."""

    def __init__(self, address: str, **kwargs):
        self.address = address
        kwargs.setdefault(
            "max_retries",
            # A 429 with Retry-After is an answer to report, not to retry.
            Retry(
                total=1,
                connect=1,
                read=1,
                status=0,
                allowed_methods={"GET", "HEAD"},
                respect_retry_after_header=False,
            ),
        )
        super().__init__(**kwargs)

    def init_poolmanager(self, *args, **kwargs):
        kwargs["source_address"] = (self.address, 0)
        return super().init_poolmanager(*args, **kwargs)


def next_loopback_address() -> str:
    number = next(_addresses)
    return f"127.0.{number // 250 % 250}.{number % 250 + 2}"


def totp(hex_key: str, at: float | None = None, step: int = 30) -> str:
    """RFC 6238 code (SHA-1, 6 digits), as an authenticator app shows it."""
    counter = int((at or time.time()) // step)
    digest = hmac.new(bytes.fromhex(hex_key), struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    number = struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF
    return f"{number % 1_000_000:06d}"


@events.request.add_listener
def count_cache_state(name, response_time, response=None, exception=None, **_kwargs):
    if response is None:
        return
    statuses[name][str(response.status_code)] += 1
    state = response.headers.get(CACHE_HEADER)
    if state:
        cache_states[name][state].append(response_time)


@events.quitting.add_listener
def write_cache_states(environment, **_kwargs):
    target = os.environ.get("BENCH_CACHE_STATES")
    if target:
        with open(target, "w") as handle:
            json.dump(
                {
                    "cache": {name: dict(states) for name, states in cache_states.items()},
                    "statuses": {name: dict(counts) for name, counts in statuses.items()},
                },
                handle,
            )


class Person(HttpUser):
    abstract = True
    wait_time = between(1, 5)

    def on_start(self):
        address = next_loopback_address()
        for prefix in ("http://", "https://"):
            self.client.mount(prefix, SourceAddressAdapter(address))
        self.client.headers["Accept-Language"] = "nl"

    def visit(self, url: str, name: str):
        return self.client.get(url, name=name)

    def pick(self, key: str) -> str:
        return RNG.choice(DATA[key])


class Newcomer(Person):
    """Looks for a place to practise Dutch: home, the offer finder, an offer."""

    weight = 5

    @task(2)
    def home(self):
        self.visit("/nl/", "home")

    @task(6)
    def search_offers(self):
        query = {"q": RNG.choice(WORDS + ("",)), "place": RNG.choice(PLACES)}
        if RNG.random() < 0.5:
            query["type"] = RNG.choice(TYPES)
        if RNG.random() < 0.4:
            query["level"] = RNG.choice(LEVELS)
        query = {key: value for key, value in query.items() if value}
        self.client.get("/nl/aanbodzoeker/", params=query, name="finder search")

    @task(2)
    def suggest(self):
        word = RNG.choice(WORDS)
        self.client.get("/nl/aanbodzoeker/suggest", params={"q": word[:3]}, name="finder suggest")

    @task(4)
    def offer(self):
        self.visit(self.pick("offers"), "offer page")

    @task(1)
    def api_search(self):
        params = {"q": RNG.choice(WORDS), "lang": "nl"}
        self.client.get("/api/v1/offers/search", params=params, name="API offer search")


class Professional(Person):
    """A lawyer or social worker: legal topics, case law and its search, news, the hub."""

    weight = 4

    @task(5)
    def legal_topic(self):
        self.visit(self.pick("legal_topics"), "legal topic page")

    @task(3)
    def ruling(self):
        self.visit(self.pick("rulings"), "ruling page")

    @task(2)
    def case_law_search(self):
        index = DATA["page_types"]["vreemdelingenrecht.CaseLawIndexPage"]
        query = {"q": RNG.choice(RULING_WORDS)}
        self.client.get(index, params=query, name="case-law search")

    @task(1)
    def case_law_index(self):
        self.visit(DATA["page_types"]["vreemdelingenrecht.CaseLawIndexPage"], "case-law index")

    @task(2)
    def news(self):
        self.visit(self.pick("news"), "news page")

    @task(3)
    def hub(self):
        self.visit(self.pick("hub"), "hub page")


class Volunteer(Person):
    """Reads about the buddy projects, then registers in five steps, like a person."""

    weight = 2
    step_pause = (2.0, 5.0)  # reading and typing each step; five steps take 10-25 s
    first_step_pause = (3.5, 6.0)  # name and e-mail: longer than the spam timer (3 s)

    @task(3)
    def initiative(self):
        self.visit(self.pick("initiatives"), "initiative page")

    @task(1)
    def register(self):
        url = "/nl/buddy/register/"
        first = self.client.get(url, name="buddy register: form")
        if first.status_code != 200:
            return
        number = RNG.randrange(10**9)
        answers = [
            {"name": "Sara Peeters", "email": f"load-{number}@example.org", "phone": ""},
            {"postcode": RNG.choice(("9000", "1000", "2000", "3000")), "max_km": "10"},
            {"language_1": "nl", "level_1": "native", "language_2": "ar", "level_2": "B1"},
            {"interests": ["conversation", "sport"], "availability": ["1-evening", "5-morning"]},
            {
                "buddy_kinds": ["language"],
                "capacity": "1",
                "motivation": "Ik wil graag helpen.",
                "adult": "on",
                "consent": "on",
            },
        ]
        page = first
        for step, fields in enumerate(answers, start=1):
            time.sleep(RNG.uniform(*(self.first_step_pause if step == 1 else self.step_pause)))
            token = CSRF.search(page.text)
            data = {**fields, "website": "", "csrfmiddlewaretoken": token[1] if token else ""}
            name = "buddy register: last step" if step == len(answers) else "buddy register: step"
            with self.client.post(
                f"{url}?step={step}", data=data, name=name, catch_response=True
            ) as response:
                done = step == len(answers) and "/register/done/" in response.url
                if step < len(answers) and f"step={step + 1}" not in response.url:
                    response.failure(f"step {step} was not accepted")
                    return
                if step == len(answers) and not done:
                    response.failure("registration was not accepted")
                    return
                page = response


class Editor(Person):
    """Signs in with a one-time code, opens pages in the admin and publishes one."""

    fixed_count = 3
    wait_time = between(15, 30)

    def on_start(self):
        super().on_start()
        editors = DATA["editors"]
        self.account = editors[next(_editor_numbers) % len(editors)]
        self.signed_in = False
        self.sign_in()

    def sign_in(self):
        login = self.client.get("/admin/login/", name="admin: login form")
        token = CSRF.search(login.text)
        response = self.client.post(
            "/admin/login/",
            data={
                "username": self.account["username"],
                "password": self.account["password"],
                "csrfmiddlewaretoken": token[1] if token else "",
                "next": "/admin/",
            },
            name="admin: sign in",
        )
        if "/admin/2fa/verify/" not in response.url:
            return
        token = CSRF.search(response.text)
        verified = self.client.post(
            "/admin/2fa/verify/?next=/admin/",
            data={
                "code": totp(self.account["key"]),
                "csrfmiddlewaretoken": token[1] if token else "",
                "next": "/admin/",
            },
            name="admin: one-time code",
        )
        self.signed_in = verified.url.rstrip("/").endswith("/admin")

    @task
    def publish(self):
        if not self.signed_in:
            return
        self.client.get("/admin/", name="admin: dashboard")
        page_id = RNG.choice(DATA["publishable"])
        self.client.get(f"/admin/pages/{page_id}/edit/", name="admin: edit page")
        url = f"/admin/bulk/wagtailcore/page/publish/?id={page_id}&next=/admin/"
        confirm = self.client.get(url, name="admin: publish (confirm)")
        token = CSRF.search(confirm.text)
        with self.client.post(
            url,
            data={"csrfmiddlewaretoken": token[1] if token else ""},
            name="admin: publish",
            catch_response=True,
        ) as response:
            if response.status_code != 200 or not response.url.rstrip("/").endswith("/admin"):
                response.failure(f"publish ended at {response.url}")
