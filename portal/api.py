"""The open data API at /api/v1/: offer catalogue, offer search, then the JSON 404 catch-all.

Mounting happens once, here, so a failing import elsewhere in the URLconf cannot mount twice.
"""

from aanbod.api import api, fallback_router
from search.api import router as offer_search_router

api.add_router("", offer_search_router)
api.add_router("", fallback_router)

__all__ = ["api"]
