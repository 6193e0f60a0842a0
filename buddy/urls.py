"""Public URLs of the buddy app, mounted under the language prefix at /<lang>/buddy/."""

from django.urls import path

from buddy.views import public, registration, selfservice

app_name = "buddy"

urlpatterns = [
    path("register/", registration.register, name="register"),
    path("register/done/", public.register_done, name="register_done"),
    path("privacy/", public.privacy, name="privacy"),
    path("confirm/<str:token>/", public.confirm, name="confirm"),
    path("link/", public.link_request, name="link_request"),
    path("link/<str:token>/", public.link_open, name="link_open"),
    path("me/", selfservice.me, name="me"),
    path("me/edit/", selfservice.edit, name="edit"),
    path("me/pause/", selfservice.pause, name="pause"),
    path("me/resume/", selfservice.resume, name="resume"),
    path("me/withdraw/", selfservice.withdraw, name="withdraw"),
    path("me/erase/", selfservice.erase, name="erase"),
    path("me/data.json", selfservice.download, name="download"),
    path("me/proposals/<int:pk>/accept/", selfservice.accept, name="accept"),
    path("me/proposals/<int:pk>/decline/", selfservice.decline, name="decline"),
    path("me/leave/", selfservice.leave, name="leave"),
]
