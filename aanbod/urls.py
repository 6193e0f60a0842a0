"""Offer routes outside the language prefix: short links for sharing."""

from django.urls import path

from aanbod import views

urlpatterns = [
    path("o/<int:offer_id>/<str:language>/", views.offer_short_link, name="offer_short_link"),
]
