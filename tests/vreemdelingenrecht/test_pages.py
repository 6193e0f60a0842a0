"""Legal pages render in Dutch and Arabic with their blocks, review data and click-call-connect."""

import json
import re

import pytest
from django.core.exceptions import ValidationError
from wagtail.blocks import StructBlockValidationError

from vreemdelingenrecht.blocks import ArticleCitationBlock, LegalReferenceBlock, faq_jsonld


def _jsonld(html: str) -> list[dict]:
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [json.loads(block) for block in blocks]


def test_topic_page_renders_every_block_in_dutch(client, legal_tree):
    response = client.get(legal_tree["page"].url)
    html = response.content.decode()
    assert response.status_code == 200
    assert 'lang="nl"' in html
    assert "In het kort" in html and "Punt twee." in html  # the "in short" block
    assert "Hoe lang duurt het?" in html
    assert "<cite" in html and "art. 10 Vw." in html
    assert legal_tree["ruling"].url in html  # legal reference and "rulings on this topic"
    assert "callout--changed" in html
    assert "Nieuw bedrag" in html  # related news
    assert "Juridische helpdesk" in html  # reviewing service
    assert "Gezinshereniging" in html  # topic tag


def test_topic_page_has_faq_jsonld(client, legal_tree):
    html = client.get(legal_tree["page"].url).content.decode()
    (data,) = _jsonld(html)
    assert data["@type"] == "FAQPage"
    assert [q["name"] for q in data["mainEntity"]] == [
        "Hoe lang duurt het?",
        "Telt een leefloon mee?",
    ]
    assert data["mainEntity"][0]["acceptedAnswer"]["text"] == "Negen maanden."


def test_faq_jsonld_is_absent_without_faq(legal_tree):
    assert faq_jsonld([]) is None


def test_topic_page_in_arabic_is_right_to_left(client, legal_tree):
    url = legal_tree["page"].url.replace("/nl/", "/ar/", 1)
    html = client.get(url).content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert "لمّ شمل الأسرة" in html
    # The body has no Arabic version: it is shown in Dutch, marked as such.
    assert 'class="stream" lang="nl" dir="ltr"' in html


def test_click_call_connect_shows_the_helpdesk(client, legal_tree):
    html = client.get(legal_tree["page"].url).content.decode()
    assert 'href="tel:+3222050055"' in html
    assert "helpdesk@wegwijs.example" in html
    assert "professionals" in html
    assert 'name="place"' in html


@pytest.mark.parametrize("page_key", ["index", "case_law", "news_index", "news", "ruling"])
def test_every_legal_page_closes_with_click_call_connect(client, legal_tree, page_key):
    response = client.get(legal_tree[page_key].url)
    assert response.status_code == 200
    assert 'id="local-help"' in response.content.decode()


def test_ruling_page_shows_its_facts(client, legal_tree):
    html = client.get(legal_tree["ruling"].url).content.decode()
    assert "ECLI:BE:RVV:2024:ARR.DEMO.0001" in html
    assert "Raad voor Vreemdelingenbetwistingen" in html or "RvV" in html
    assert legal_tree["page"].url in html  # related topic page


def test_article_citation_block_stores_the_canonical_form():
    assert ArticleCitationBlock().clean("artikel 10 §1 4° vw") == "art. 10, §1, 4° Vw."
    with pytest.raises(ValidationError, match="Add the law|Voeg de wet"):
        ArticleCitationBlock().clean("art. 10")


def test_legal_reference_block_needs_a_source():
    block = LegalReferenceBlock()
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"title": "", "articles": [], "rulings": [], "links": []}))


def test_ruling_ecli_is_validated_and_formatted(legal_tree):
    ruling = legal_tree["other"]
    ruling.ecli = "ecli:be:rvsce:2022:arr.1"
    ruling.full_clean()
    assert ruling.ecli == "ECLI:BE:RVSCE:2022:ARR.1"
    ruling.ecli = "ECLI:BE:RVSCE:22:1"
    with pytest.raises(ValidationError) as error:
        ruling.full_clean()
    assert "ecli" in error.value.message_dict


def test_ruling_needs_ecli_or_role_number(legal_tree):
    ruling = legal_tree["other"]
    ruling.ecli, ruling.role_number = "", ""
    with pytest.raises(ValidationError) as error:
        ruling.full_clean()
    assert "role_number" in error.value.message_dict
