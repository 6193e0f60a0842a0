"""Newsletter routes, mounted inside the language prefix."""

from django.urls import path

from portal.ratelimit import throttle
from vreemdelingenrecht.nieuwsbrief import views

urlpatterns = [
    path("newsletter/", views.subscribe, name="newsletter_subscribe"),
    path("newsletter/check-your-mail/", views.check_mail, name="newsletter_check_mail"),
    path(
        "newsletter/confirm/<str:token>/",
        throttle("link-open")(views.confirm),
        name="newsletter_confirm",
    ),
    path(
        "newsletter/unsubscribe/<str:token>/",
        throttle("link-open")(views.unsubscribe),
        name="newsletter_unsubscribe",
    ),
]
