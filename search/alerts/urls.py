"""Routes of the saved searches, under /<lang>/aanbodzoeker/."""

from django.urls import path

from search.alerts import feeds, views

app_name = "search_alerts"

urlpatterns = [
    path("alert/", views.subscribe, name="subscribe"),
    path("alert/confirm/<str:token>/", views.confirm, name="confirm"),
    path("alert/stop/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("feed/", feeds.OfferSearchFeed(), name="feed"),
]
