"""The admin's document form: on top of Wagtail's extension and size checks, content must match."""

from __future__ import annotations

import os

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm

from portal.uploads import document_problem

MESSAGES = {
    "mismatch": _("The content of this file does not match its extension (.%(extension)s)."),
    "active_content": _("This text file contains HTML or script. Upload it as a PDF instead."),
}


class CheckedDocumentForm(BaseDocumentForm):
    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if not upload or "file" not in self.changed_data:
            return upload
        extension = os.path.splitext(upload.name)[1].lower().lstrip(".")
        upload.seek(0)
        problem = document_problem(extension, upload.read())
        upload.seek(0)
        if problem:
            raise ValidationError(
                MESSAGES[problem], code=f"document_{problem}", params={"extension": extension}
            )
        return upload
