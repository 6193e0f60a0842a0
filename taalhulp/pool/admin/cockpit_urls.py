"""Admin URLs of the matching cockpit, mounted at /admin/language-help/matching/."""

from django.urls import path

from taalhulp.pool.admin import cockpit_views as views

app_name = "taalhulpen_cockpit"

urlpatterns = [
    path("", views.overview, name="overview"),
    path("run/", views.run_matching, name="run"),
    path("proposals/", views.proposal_list, name="proposals"),
    # The proposal's id is in the POST body: one URL per action, nothing to guess in paths.
    path("proposals/confirm/", views.proposal_confirm, name="confirm"),
    path("proposals/reject/", views.proposal_reject, name="reject"),
]
