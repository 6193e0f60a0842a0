"""Admin URLs of the cockpit, mounted at /admin/buddy/ by wagtail_hooks."""

from django.urls import path

from buddy.cockpit import export, views

app_name = "buddy_admin"

urlpatterns = [
    path("", views.overview, name="overview"),
    path("proposals/", views.proposal_list, name="proposals"),
    path("proposals/bulk/", views.proposal_bulk, name="proposal_bulk"),
    path("proposals/<int:pk>/", views.proposal_detail, name="proposal"),
    path("proposals/<int:pk>/<str:action>/", views.proposal_action, name="proposal_action"),
    path("candidates/", views.candidate_list, name="candidates"),
    path("candidates/<int:pk>/", views.candidate_detail, name="candidate"),
    path("candidates/<int:pk>/erase/", views.candidate_erase, name="candidate_erase"),
    path("exclusions/<int:pk>/override/", views.exclusion_override, name="exclusion_override"),
    path("matching/", views.matching, name="matching"),
    path("export.csv", export.export_csv, name="export"),
]
