"""Admin uploads: bombs, SVG, wrong content and oversize files are refused, nothing is stored."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from portal.factories import root_collection
from portal.uploads import document_problem

pytestmark = pytest.mark.django_db

Image = get_image_model()
Document = get_document_model()


@pytest.fixture
def admin_client(client, db):
    root_collection()  # the upload views need it; a transactional test may have flushed it
    user = get_user_model().objects.create_superuser("uploader", "u@example.org", "x" * 16)
    client.force_login(user)
    return client


def png(width=8, height=8) -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), "red").save(buffer, "PNG")
    return buffer.getvalue()


def png_bomb(width: int, height: int) -> bytes:
    """A valid 1-bit PNG of width x height pixels: a few kilobytes that decode to a huge image."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    row = b"\x00" * (1 + (width + 7) // 8)
    compressor = zlib.compressobj(9)
    data = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")
    )


SVG = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>'


def docx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


def _image_upload(client, name: str, content: bytes, content_type="image/png"):
    upload = SimpleUploadedFile(name, content, content_type=content_type)
    return client.post(
        "/admin/images/add/",
        {"title": name, "file": upload, "collection": root_collection().pk},
    )


def _document_upload(client, name: str, content: bytes, content_type="application/pdf"):
    upload = SimpleUploadedFile(name, content, content_type=content_type)
    return client.post(
        "/admin/documents/add/",
        {"title": name, "file": upload, "collection": root_collection().pk},
    )


def _file_errors(response) -> list:
    assert response.status_code == 200, response.status_code
    return response.context["form"].errors.get("file", [])


def test_a_normal_image_is_stored(admin_client):
    response = _image_upload(admin_client, "logo.png", png())
    assert response.status_code == 302
    assert Image.objects.filter(title="logo.png").count() == 1


def test_the_limits_are_set():
    from django.conf import settings

    assert settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS == 40_000_000
    assert settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE == 10 * 1024 * 1024
    assert "svg" not in settings.WAGTAILIMAGES_EXTENSIONS
    assert PILImage.MAX_IMAGE_PIXELS == settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS


@pytest.mark.parametrize(
    ("width", "height"),
    [(8000, 6000), (20000, 20000)],  # above the limit; and above Pillow's hard limit (2x)
)
def test_a_decompression_bomb_is_refused(admin_client, width, height):
    bomb = png_bomb(width, height)
    assert len(bomb) < 200_000  # small on disk, huge in memory
    errors = _file_errors(_image_upload(admin_client, "bomb.png", bomb))
    assert errors
    assert Image.objects.count() == 0


def test_svg_images_are_refused_with_script_or_without(admin_client):
    for content in (SVG, b'<svg xmlns="http://www.w3.org/2000/svg"></svg>'):
        errors = _file_errors(_image_upload(admin_client, "logo.svg", content, "image/svg+xml"))
        assert errors
    assert Image.objects.count() == 0


def test_an_svg_disguised_as_png_is_refused(admin_client):
    assert _file_errors(_image_upload(admin_client, "logo.png", SVG))
    assert _file_errors(_image_upload(admin_client, "page.png", b"<html><script>1</script>"))
    assert Image.objects.count() == 0


def test_a_png_named_jpg_is_refused(admin_client):
    assert _file_errors(_image_upload(admin_client, "photo.jpg", png(), "image/jpeg"))
    assert Image.objects.count() == 0


def test_an_image_above_the_upload_size_is_refused(admin_client, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 1024
    big = png(400, 400)
    assert len(big) > 1024
    assert _file_errors(_image_upload(admin_client, "big.png", big))
    assert Image.objects.count() == 0


def test_the_multiple_upload_refuses_svg_too(admin_client):
    upload = SimpleUploadedFile("logo.svg", SVG, content_type="image/svg+xml")
    response = admin_client.post("/admin/images/multiple/add/", {"files[]": upload})
    assert response.status_code == 200
    assert response.json()["success"] is False
    assert Image.objects.count() == 0


def test_normal_documents_are_stored(admin_client):
    assert _document_upload(admin_client, "flyer.pdf", b"%PDF-1.7\n%...").status_code == 302
    assert _document_upload(admin_client, "brief.docx", docx()).status_code == 302
    assert _document_upload(admin_client, "list.csv", b"name;place\nAn;Gent\n").status_code == 302
    assert Document.objects.count() == 3


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("logo.svg", SVG),  # extension not allowed
        ("page.html", b"<html><script>alert(1)</script></html>"),
        ("run.exe", b"MZ\x90\x00"),
        ("flyer.pdf", b"<html><script>alert(1)</script></html>"),  # content is not a PDF
        ("brief.docx", b"%PDF-1.7"),
        ("brief.docx", b"PK\x03\x04 broken zip"),
        ("sheet.ods", docx()),  # a Word file named as a spreadsheet
        ("notes.txt", b"hello <script>alert(1)</script>"),  # active content in text
        ("list.csv", b'name\n"><svg onload=alert(1)>\n'),
        ("notes.txt", b"\x00\x01\x02 binary"),
    ],
)
def test_bad_documents_are_refused(admin_client, name, content):
    assert _file_errors(_document_upload(admin_client, name, content))
    assert Document.objects.count() == 0


def test_a_document_above_the_size_limit_is_refused(admin_client, settings):
    from django.conf import settings as live

    assert live.WAGTAILDOCS_MAX_UPLOAD_SIZE == 20 * 1024 * 1024
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 100
    assert _file_errors(_document_upload(admin_client, "flyer.pdf", b"%PDF-1.7\n" + b"x" * 200))
    assert Document.objects.count() == 0


def test_the_multiple_document_upload_checks_content(admin_client):
    upload = SimpleUploadedFile("flyer.pdf", b"<script>alert(1)</script>")
    response = admin_client.post("/admin/documents/multiple/add/", {"files[]": upload})
    assert response.status_code == 200
    assert response.json()["success"] is False
    assert Document.objects.count() == 0


@pytest.mark.parametrize(
    ("extension", "content", "problem"),
    [
        ("pdf", b"%PDF-1.4", None),
        ("PDF", b"  %PDF-1.4", None),
        ("pdf", b"PK\x03\x04", "mismatch"),
        ("docx", docx(), None),
        ("xlsx", docx(), "mismatch"),
        ("txt", "Goeiedag, це текст".encode(), None),
        ("txt", "tekst".encode("utf-16"), None),
        ("txt", b"<IFRAME src=x>", "active_content"),
        ("csv", b"a,JavaScript:alert(1)", "active_content"),
        ("txt", b"\xff\xfe\x00\xd8", "mismatch"),
        ("svg", SVG, "mismatch"),
    ],
)
def test_document_problem(extension, content, problem):
    assert document_problem(extension, content) == problem
