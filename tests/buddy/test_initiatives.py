"""Initiative pages: public text in the visitor's language, matching fields edited in Wagtail."""

import pytest
from django.contrib.auth import get_user_model

pytestmark = pytest.mark.django_db


def test_public_pages_render_in_dutch_and_arabic(client, tree):
    gent = tree["gent"]
    for lang in ["nl", "ar"]:
        path = gent.url.replace("/nl/", f"/{lang}/", 1)
        response = client.get(path)
        assert response.status_code == 200, (lang, path)
        body = response.content.decode()
        assert "Buddy Gent" in body and f'href="/{lang}/buddy/register/"' in body
    index = client.get(tree["index"].url)
    assert "Buddy Leuven" in index.content.decode()


def test_the_certificate_notice_shows_when_needed(client, tree):
    gent = tree["gent"]
    gent.requires_conduct_certificate = True
    gent.save_revision().publish()
    assert "596.2" in client.get(gent.url).content.decode()


def test_an_editor_edits_matching_fields_in_wagtail(client, tree):
    admin = get_user_model().objects.create_superuser("root", "root@example.org", "x" * 16)
    client.force_login(admin)
    gent = tree["gent"]
    edit = client.get(f"/admin/pages/{gent.pk}/edit/")
    assert edit.status_code == 200
    body = edit.content.decode()
    assert 'name="availability"' in body and 'value="1-evening"' in body
    assert (
        'name="requires_conduct_certificate"' in body and "required_languages-TOTAL_FORMS" in body
    )
    add = client.get(f"/admin/pages/add/buddy/initiativepage/{tree['index'].pk}/")
    assert add.status_code == 200


def test_a_restricted_initiative_leaves_the_public_overview(client, tree):
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(
        page=tree["leuven"], restriction_type=PageViewRestriction.LOGIN
    )
    html = client.get(tree["index"].url).content.decode()
    assert "Buddy Gent" in html
    assert "Buddy Leuven" not in html
