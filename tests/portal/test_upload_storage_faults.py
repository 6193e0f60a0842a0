"""A full disk or a read-only media directory during an admin upload: the editor gets the form
back with a clear message, and neither a database row nor a (partial) file is left."""

import io
import os
import subprocess

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from portal.factories import root_collection

pytestmark = pytest.mark.django_db

MESSAGE = "The file could not be saved"  # the editor below works in English
Image = get_image_model()
Document = get_document_model()


@pytest.fixture
def editor(client, db):
    from wagtail.users.models import UserProfile

    root_collection()  # the upload views need it; a transactional test may have flushed it
    user = get_user_model().objects.create_superuser("disk", "disk@example.org", "x" * 16)
    UserProfile.get_for_user(user).__class__.objects.filter(user=user).update(
        preferred_language="en"  # the message below is checked in English
    )
    client.force_login(user)
    return client


@pytest.fixture
def small_disk(tmp_path, settings):
    """A real 256 kB file system (tmpfs) as the media directory; `read_only()` remounts it."""
    mount = tmp_path / "media"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mount)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        pytest.fail(
            f"could not mount a small tmpfs ({done.stderr.strip()}): these tests need root with "
            "CAP_SYS_ADMIN; `make test` runs the suite in a user and mount namespace otherwise"
        )
    settings.MEDIA_ROOT = str(mount)

    def read_only():
        subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)

    yield mount, read_only
    subprocess.run(["umount", str(mount)], check=True)


def noisy_png(side: int) -> bytes:
    """A PNG that does not compress: about 3 bytes per pixel."""
    buffer = io.BytesIO()
    PILImage.frombytes("RGB", (side, side), os.urandom(side * side * 3)).save(buffer, "PNG")
    return buffer.getvalue()


def files_in(folder) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def upload(client, url, name, content, content_type):
    return client.post(
        url,
        {
            "title": name,
            "file": SimpleUploadedFile(name, content, content_type=content_type),
            "collection": root_collection().pk,
        },
        follow=True,
    )


def test_a_small_image_still_fits(editor, small_disk):
    mount, _ = small_disk
    response = upload(editor, "/admin/images/add/", "small.png", noisy_png(40), "image/png")
    assert response.status_code == 200
    assert Image.objects.filter(title="small.png").count() == 1
    assert files_in(mount)


def test_disk_full_during_an_image_upload(editor, small_disk):
    mount, _ = small_disk
    content = noisy_png(400)  # about 480 kB: more than the disk holds
    assert len(content) > 256 * 1024
    response = upload(editor, "/admin/images/add/", "big.png", content, "image/png")
    assert response.status_code == 200
    assert response.redirect_chain[-1][0] == "/admin/images/add/"  # the form again
    assert MESSAGE in response.content.decode()
    assert not Image.objects.filter(title="big.png").exists()
    assert files_in(mount) == []  # the half-written file was removed


def test_read_only_media_directory_during_a_document_upload(editor, small_disk):
    mount, read_only = small_disk
    read_only()
    pdf = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
    response = upload(editor, "/admin/documents/add/", "rules.pdf", pdf, "application/pdf")
    assert response.status_code == 200
    assert MESSAGE in response.content.decode()
    assert not Document.objects.filter(title="rules.pdf").exists()
    assert files_in(mount) == []


@pytest.mark.django_db(transaction=True)  # as in production: the failed save rolls back alone
def test_the_multiple_uploader_gets_a_json_error(editor, small_disk):
    mount, _ = small_disk
    response = editor.post(
        "/admin/images/multiple/add/",
        {
            "files[]": SimpleUploadedFile("big.png", noisy_png(400), content_type="image/png"),
            "collection": root_collection().pk,
        },
        HTTP_X_REQUESTED_WITH="XMLHttpRequest",
    )
    assert response.status_code == 507
    assert response.json()["success"] is False
    assert MESSAGE in response.json()["error_message"]
    assert not Image.objects.exists()
    assert files_in(mount) == []


def test_the_message_is_in_the_editors_admin_language(editor, small_disk):
    from django.utils import translation
    from wagtail.users.models import UserProfile

    from portal.storage import storage_error_message

    UserProfile.objects.filter(user__username="disk").update(preferred_language="nl")
    with translation.override("nl"):
        dutch = storage_error_message()
    assert not dutch.startswith(MESSAGE)  # translated
    content = noisy_png(400)
    response = upload(editor, "/admin/images/add/", "groot.png", content, "image/png")
    assert dutch in response.content.decode()
    assert not Image.objects.filter(title="groot.png").exists()
