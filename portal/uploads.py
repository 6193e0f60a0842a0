"""Upload checks: does a document's content match its extension, and is it free of scripts."""

from __future__ import annotations

import io
import zipfile

# Office Open XML and OpenDocument files are ZIP archives; these entries prove what they are.
_OOXML_PART = {"docx": "word/", "xlsx": "xl/", "pptx": "ppt/"}
_ODF_MIMETYPE = {
    "odt": b"application/vnd.oasis.opendocument.text",
    "ods": b"application/vnd.oasis.opendocument.spreadsheet",
}
_TEXT_EXTENSIONS = {"txt", "csv"}
# Markup a browser would run if a text file were ever shown as HTML or SVG.
_ACTIVE_MARKUP = (b"<script", b"<html", b"<svg", b"<iframe", b"<object", b"<embed", b"javascript:")
_TEXT_ENCODINGS = ("utf-8", "utf-16")


def _zip_names(content: bytes) -> list[str] | None:
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            return archive.namelist()
    except (zipfile.BadZipFile, ValueError):
        return None


def _odf_mimetype(content: bytes) -> bytes | None:
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            return archive.read("mimetype").strip()
    except (zipfile.BadZipFile, KeyError, ValueError):
        return None


def _is_text(content: bytes) -> bool:
    if b"\x00" in content and not content.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    for encoding in _TEXT_ENCODINGS:
        try:
            content.decode(encoding)
        except UnicodeDecodeError:
            continue
        return True
    return False


def document_problem(extension: str, content: bytes) -> str | None:
    """Why this content may not be stored under this extension, or None when it is fine.

    Returns a short code: "mismatch" (the bytes are not what the extension says) or
    "active_content" (a text file that carries HTML, SVG or script).
    """
    extension = extension.lower().lstrip(".")
    if extension == "pdf":
        return None if content.lstrip()[:5] == b"%PDF-" else "mismatch"
    if extension in _OOXML_PART:
        names = _zip_names(content)
        if not names or "[Content_Types].xml" not in names:
            return "mismatch"
        return None if any(n.startswith(_OOXML_PART[extension]) for n in names) else "mismatch"
    if extension in _ODF_MIMETYPE:
        return None if _odf_mimetype(content) == _ODF_MIMETYPE[extension] else "mismatch"
    if extension in _TEXT_EXTENSIONS:
        if not _is_text(content):
            return "mismatch"
        lowered = content.lower().replace(b"\x00", b"")
        return "active_content" if any(tag in lowered for tag in _ACTIVE_MARKUP) else None
    return "mismatch"
