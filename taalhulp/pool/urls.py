"""Public URLs of the volunteer pool, mounted at /<lang>/language-helpers/."""

from django.urls import include, path

app_name = "taalhulpen"

urlpatterns = [
    # Registration, the volunteer's own page, training sign-up and crisis-wave registration.
    path("", include("taalhulp.pool.views.volunteer_urls")),
    # Proposals answered by link: accept or decline.
    path("", include("taalhulp.pool.views.proposal_urls")),
]
