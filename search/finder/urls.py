"""Routes of the aanbodzoeker, in the `search` namespace (search:finder, search:finder_suggest)."""

from django.urls import include, path

from search.finder import views

urlpatterns = [
    path("aanbodzoeker/", views.finder, name="finder"),
    path("aanbodzoeker/suggest", views.suggest, name="finder_suggest"),
]

# Saved searches and the feed live in their own app, under the finder's address.
alert_patterns = [path("aanbodzoeker/", include("search.alerts.urls"))]
