"""The offer search endpoint of the open data API: GET /api/v1/offers/search."""

from ninja import Router

router = Router(tags=["search"])
