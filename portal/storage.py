"""Uploads when the disk is full or the media directory cannot be written: no half-written file
stays behind, nothing is saved in the database, and the editor gets a clear message."""

from __future__ import annotations

import contextlib
import errno
import logging
import os

from django.contrib import messages
from django.core.files.storage import FileSystemStorage
from django.http import JsonResponse
from django.shortcuts import redirect
from django.utils import translation
from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)

STORAGE_ERRNOS = {
    errno.ENOSPC,  # disk full
    errno.EDQUOT,  # quota exceeded
    errno.EROFS,  # read-only file system
    errno.EACCES,  # no permission
    errno.EPERM,
    errno.ENOTDIR,  # a path part is a file
    errno.EIO,
}


def is_storage_error(error: BaseException) -> bool:
    return isinstance(error, OSError) and error.errno in STORAGE_ERRNOS


class SafeFileSystemStorage(FileSystemStorage):
    """Django's file storage, but a file whose writing failed half-way is removed again."""

    def _save(self, name, content):
        try:
            return super()._save(name, content)
        except OSError as error:
            if is_storage_error(error):
                # (it may never have been created, or the directory cannot be written at all)
                with contextlib.suppress(OSError):
                    os.remove(self.path(name))
            raise


def storage_error_message() -> str:
    return _(
        "The file could not be saved: the server has no room left or may not write files. "
        "Nothing was saved. Please try again later, or tell the site administrators."
    )


def _editor_language(request) -> str:
    """The admin language the editor chose (Wagtail's own views switch to it; this runs after)."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        # In a function: STORAGES may load this module before the app registry is ready.
        from wagtail.users.models import UserProfile

        return UserProfile.get_for_user(user).get_preferred_language()
    return translation.get_language()


class StorageErrorMiddleware:
    """An upload that fails on the disk answers with the form again and a clear message (or a
    JSON error for the admin's multiple-upload script) instead of a server error page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not is_storage_error(exception):
            return None
        logger.error("storage error on %s: %s", request.path, exception)
        with translation.override(_editor_language(request)):
            message = storage_error_message()
        wants_json = request.accepts("application/json") and not request.accepts("text/html")
        if request.headers.get("x-requested-with") == "XMLHttpRequest" or wants_json:
            return JsonResponse({"success": False, "error_message": message}, status=507)
        messages.error(request, message)
        return redirect(request.get_full_path())
