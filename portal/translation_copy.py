"""wagtail-modeltranslation's "copy content to another language" endpoint, guarded.

The package's view is CSRF-exempt, checks no page rights and answers 500 to a request without
its AJAX header or with an unknown page. This one takes its place (see portal.wagtail_hooks):
POST with a CSRF token, edit rights on the page, and 400 for anything malformed.
"""

from __future__ import annotations

from django.core.exceptions import FieldDoesNotExist, PermissionDenied
from django.http import HttpResponseBadRequest
from django.shortcuts import get_object_or_404
from django.views.decorators.csrf import csrf_protect
from django.views.decorators.http import require_POST
from wagtail.models import Page
from wagtail_modeltranslation.wagtail_hooks import return_translation_target_field_rendered_html

REQUIRED = ("origin_field_name", "target_field_name", "serializedOriginField")


@require_POST
@csrf_protect
def copy_translation_content(request, page_id):
    page = get_object_or_404(Page, pk=page_id)
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    if request.headers.get("X-Requested-With") != "XMLHttpRequest" or not all(
        request.POST.get(key) for key in REQUIRED
    ):
        return HttpResponseBadRequest()
    try:
        return return_translation_target_field_rendered_html(request, page_id)
    except (ValueError, LookupError, TypeError, AttributeError, FieldDoesNotExist):
        return HttpResponseBadRequest()
