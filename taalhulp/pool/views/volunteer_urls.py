"""Volunteers' public URLs: registration, crisis waves, links and the volunteer's own page."""

from django.urls import path

from taalhulp.pool.views import access, registration, selfservice

urlpatterns = [
    path("register/", registration.register, name="register"),
    path("register/wave/<int:wave_id>/", registration.register_wave, name="register_wave"),
    path("register/done/", registration.register_done, name="register_done"),
    path("privacy/", registration.privacy, name="privacy"),
    path("confirm/<str:token>/", access.confirm, name="confirm"),
    path("link/", access.link_request, name="link_request"),
    path("link/<str:token>/", access.link_open, name="link_open"),
    path("me/", selfservice.me, name="me"),
    path("me/edit/", selfservice.edit, name="edit"),
    path("me/pause/", selfservice.pause, name="pause"),
    path("me/resume/", selfservice.resume, name="resume"),
    path("me/withdraw/", selfservice.withdraw, name="withdraw"),
    path("me/erase/", selfservice.erase, name="erase"),
    path("me/data.json", selfservice.download, name="download"),
    path("me/training/", selfservice.training, name="training"),
    path("me/leave/", selfservice.leave, name="leave"),
]
