"""Site middleware: language handling outside the prefix, and the Content Security Policy."""

from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config
from django.conf import settings
from django.middleware.locale import LocaleMiddleware
from django.utils.cache import patch_vary_headers

from portal.i18n import api_message_language

UNPREFIXED_PREFIXES = ("/api/", "/o/")


class PortalLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, except that a 404 under /api/ or a short link stays a 404
    instead of being redirected to a language-prefixed HTML page. API rejections say which
    language their message is in."""

    def process_response(self, request, response):
        if request.path_info.startswith(UNPREFIXED_PREFIXES):
            patch_vary_headers(response, ("Accept-Language",))
            if response.status_code >= 400:
                response.headers.setdefault("Content-Language", api_message_language(request))
            return response
        return super().process_response(request, response)


ADMIN_PREFIXES = ("/admin/",)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and request.path.startswith(ADMIN_PREFIXES):
            parts.config = default_config(settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"])
        return parts


class RetryAfterMiddleware:
    """Every 429 tells clients when to try again; the rate limits count per minute."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code == 429 and not response.has_header("Retry-After"):
            response["Retry-After"] = "60"
        return response
