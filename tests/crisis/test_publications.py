"""Publications in many languages on the hub page (its webinars: tests/vorming)."""

import re

import pytest
from wagtail.blocks import StreamBlockValidationError

from crisis.blocks import PublicationFilesBlock
from crisis.factories import demo_document
from tests.crisis.conftest import hub_url

pytestmark = pytest.mark.django_db


def chosen_links(html: str) -> list[str]:
    return re.findall(r'class="button publication__chosen" href="[^"]+" hreflang="([a-z]+)"', html)


def test_visitor_language_is_picked_first(client, hub):
    html = client.get(hub_url(hub, "uk")).content.decode()
    assert chosen_links(html) == ["uk", "uk", "uk"]
    assert '<span lang="uk" dir="ltr">Українська</span>' in html
    # The other languages are listed, each with its language stated.
    assert 'hreflang="ti"><span class="visually-hidden">' in html
    assert '<span lang="fa" dir="rtl">فارسی</span>' in html


def test_picker_chooses_another_language_and_says_when_a_file_is_missing(client, hub):
    html = client.get(hub_url(hub, "nl") + "?lang=ar").content.decode()
    assert chosen_links(html) == ["ar"]  # only the sleep brochure exists in Arabic
    assert html.count("Deze publicatie is er niet in deze taal: العربية.") == 2
    assert '<option value="ar" lang="ar" selected>' in html


def test_unknown_picker_value_falls_back_to_the_page_language(client, hub):
    html = client.get(hub_url(hub, "en") + "?lang=xx").content.decode()
    assert chosen_links(html) == ["en", "en", "en"]


def test_a_language_can_only_have_one_file(demo_site):
    block = PublicationFilesBlock()
    document = demo_document("welkom", "nl")
    value = block.to_python(
        [
            {"type": "file", "value": {"language": "nl", "document": document.pk}},
            {"type": "file", "value": {"language": "nl", "document": document.pk}},
        ]
    )
    with pytest.raises(StreamBlockValidationError) as error:
        block.clean(value)
    assert list(error.value.block_errors) == [1]  # the second file, in the editor's language
    message = error.value.block_errors[1].block_errors["language"].messages[0]
    assert message == "Er is al een bestand in deze taal. Kies een andere taal."
