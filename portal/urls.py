"""URL configuration: admin and service endpoints, then the site under a language prefix."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from portal import password_reset, two_factor, views

handler400 = "portal.views.bad_request"
handler403 = "portal.views.permission_denied"
handler404 = "portal.views.page_not_found"
handler500 = "portal.views.server_error"

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("metrics", views.metrics_view, name="metrics"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemap, name="sitemap"),
    # Before Wagtail's admin URLs, so these take the place of its login view.
    path("admin/login/", two_factor.ThrottledLoginView.as_view(), name="wagtailadmin_login"),
    path(
        "admin/password_reset/",
        password_reset.ThrottledPasswordResetView.as_view(),
        name="wagtailadmin_password_reset",
    ),
    path("admin/2fa/verify/", two_factor.verify, name="admin_2fa_verify"),
    path("admin/2fa/setup/", two_factor.setup, name="admin_2fa_setup"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v1/", include("search.api_urls")),
    path("", include("aanbod.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("", include("search.urls")),
    path("buddy/", include("buddy.urls")),
    path("privacy/my-data/", include("portal.privacy.urls")),
    path("", include("vreemdelingenrecht.urls")),
    path("", include("vreemdelingenrecht.nieuwsbrief.urls")),
    path("", include("taalhulp.register.urls")),
    path("language-helpers/", include("taalhulp.pool.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
