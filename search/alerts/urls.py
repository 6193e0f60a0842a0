"""Routes of the saved searches, under /<lang>/aanbodzoeker/."""

from django.urls import path

from portal.ratelimit import throttle
from search.alerts import feeds, views

app_name = "search_alerts"

urlpatterns = [
    path("alert/", views.subscribe, name="subscribe"),
    path("alert/confirm/<str:token>/", throttle("link-open")(views.confirm), name="confirm"),
    path("alert/stop/<str:token>/", throttle("link-open")(views.unsubscribe), name="unsubscribe"),
    # Each feed request runs up to three 100-offer searches.
    path("feed/", throttle("feed")(feeds.OfferSearchFeed()), name="feed"),
]
