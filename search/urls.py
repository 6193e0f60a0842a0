"""Search routes, mounted inside the language prefix."""

from django.urls import include, path

from search import views
from search.finder import urls as finder_urls

urlpatterns = [
    path("search/", views.search_page, name="search"),
    path("", include((finder_urls.urlpatterns, "search"))),
    *finder_urls.alert_patterns,
]
