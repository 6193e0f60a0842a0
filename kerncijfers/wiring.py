"""What kerncijfers registers at start-up: its router on the open data API and its demo step."""

from aanbod.api import api
from kerncijfers.api import router
from portal import demo_steps

_mounted: set[int] = set()


def connect() -> None:
    """Called from the app's ready(); ready() may run again in tests, the router mounts once."""
    if id(router) not in _mounted:
        # Before the offer search and the JSON 404 catch-all, which search/api_urls.py mounts
        # when the URLconf loads.
        api.add_router("", router)
        _mounted.add(id(router))
    demo_steps.register(
        "kerncijfers",
        demo_steps.DemoStep(
            label="kerncijfers: the key figures page, with notes",
            position=90,
            builder="kerncijfers.factories.generate",
        ),
    )
