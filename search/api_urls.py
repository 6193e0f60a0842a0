"""The open data API at /api/v1/ (included by the root URLconf): offer catalogue, offer search,
then the JSON 404 catch-all.

Mounting happens once, here (a module runs once), so a failing import elsewhere in the URLconf
cannot mount twice."""

from django.urls import path

from aanbod.api import api, fallback_router
from search.api import router as offer_search_router

api.add_router("", offer_search_router)
api.add_router("", fallback_router)

# Ninja's (patterns, app name, namespace): the URL names stay those of the API.
urlpatterns = [path("", api.urls)]
