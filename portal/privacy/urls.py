"""Routes of the data page, under /<lang>/privacy/my-data/."""

from django.urls import path

from portal.privacy import views
from portal.ratelimit import throttle

app_name = "privacy"

urlpatterns = [
    path("", views.request_link, name="request"),
    path("open/<str:token>/", throttle("link-open")(views.open_link), name="open"),
    path("overview/", views.overview, name="overview"),
    path("download.json", views.download, name="download"),
    path("erase/", views.erase, name="erase"),
    path("leave/", views.leave, name="leave"),
]
