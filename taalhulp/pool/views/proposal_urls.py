"""URL patterns of one part of the pool's public pages (included by taalhulp/pool/urls.py)."""

from django.urls import path

from taalhulp.pool.views import proposals

urlpatterns = [
    # The volunteer answers a proposal by the signed link in the e-mail.
    path("proposal/<str:token>/", proposals.answer, name="proposal_answer"),
]
