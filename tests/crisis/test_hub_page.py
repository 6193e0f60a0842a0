"""The crisis hub page: languages, offer link, FAQ per audience with JSON-LD, legal links."""

import json
import re

import pytest
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.utils import translation

from crisis import hub_context, selectors
from crisis.models import CrisisHubPage
from portal.factories import StandardPageFactory
from tests.crisis.conftest import hub_url

pytestmark = pytest.mark.django_db

TITLES = {
    "nl": "Oekraïne: hulp en informatie",
    "uk": "Україна: допомога та інформація",
    "ru": "Украина: помощь и информация",
    "en": "Ukraine: help and information",
    "ar": "أوكرانيا: مساعدة ومعلومات",
}


def jsonld_blocks(html: str) -> list[dict]:
    pattern = r'<script type="application/ld\+json">(.*?)</script>'
    return [json.loads(block) for block in re.findall(pattern, html, re.S)]


@pytest.mark.parametrize("language", ["nl", "uk", "ru", "en", "ar"])
def test_hub_renders_in_each_language(client, hub, language):
    response = client.get(hub_url(hub, language))
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{language}"' in html
    assert TITLES[language] in html
    assert 'dir="rtl"' in html if language == "ar" else 'dir="ltr"' in html


def test_ukrainian_urls_are_translated(hub):
    assert hub_url(hub, "uk") == "/uk/ukraina/"
    assert hub_url(hub, "nl") == "/nl/oekraine/"


def test_arabic_page_labels_dutch_fallback_faq(client, hub):
    html = client.get(hub_url(hub, "ar")).content.decode()
    # The FAQ has no Arabic text: the Dutch question is shown, marked as Dutch.
    assert 'lang="nl" dir="ltr">Waar kan ik Nederlands leren?' in html


def test_offer_links_to_prefiltered_search_in_visitor_language(client, hub):
    html = client.get(hub_url(hub, "uk")).content.decode()
    assert 'href="/uk/aanbodzoeker/?target_group=newcomers&amp;support_language=uk"' in html


def test_faq_grouped_by_audience_in_fixed_order(client, hub):
    html = client.get(hub_url(hub, "en")).content.decode()
    headings = re.findall(r'<h3 id="faq-([a-z_]+)">([^<]+)</h3>', html)
    assert [audience for audience, _label in headings] == [
        "concerned",
        "host_families",
        "local_authorities",
        "professionals",
    ]
    assert [label for _audience, label in headings][1] == "Host families"


def test_faq_jsonld_is_a_valid_faq_page_in_the_visitor_language(client, hub):
    html = client.get(hub_url(hub, "uk")).content.decode()
    (data,) = [block for block in jsonld_blocks(html) if block.get("@type") == "FAQPage"]
    assert data["@context"] == "https://schema.org"
    assert data["inLanguage"] == "uk"
    assert data["url"].endswith("/uk/ukraina/")
    assert len(data["mainEntity"]) == 8
    for question in data["mainEntity"]:
        assert question["@type"] == "Question"
        assert question["name"]
        assert question["acceptedAnswer"]["@type"] == "Answer"
        assert question["acceptedAnswer"]["text"].startswith("<p>")
    assert data["mainEntity"][0]["name"] == "Де я можу вивчати нідерландську мову?"


def test_faq_jsonld_escapes_closing_script_tags(client, hub):
    item = hub.faq_items.first()
    item.question_nl = "Wat als </script><script>alert(1)</script>?"
    item.save()
    html = client.get(hub_url(hub, "nl")).content.decode()
    assert "</script><script>alert(1)" not in html
    names = [q["name"] for b in jsonld_blocks(html) for q in b.get("mainEntity", [])]
    assert "Wat als </script><script>alert(1)</script>?" in names


def test_hub_without_faq_has_no_jsonld(client, demo_site):
    from crisis.factories import CrisisHubPageFactory

    page = CrisisHubPageFactory(parent=demo_site, title="Crisis Turkije", slug="turkije")
    html = client.get(hub_url(page, "nl")).content.decode()
    assert "FAQPage" not in html
    assert 'id="faq"' not in html


def test_hub_links_to_legal_page_and_back(client, hub, demo_site):
    assert hub_context.legal_page(hub) is None
    legal = StandardPageFactory(
        parent=demo_site, title="Tijdelijke bescherming", slug="tijdelijke-bescherming"
    )
    html = client.get(hub_url(hub, "nl")).content.decode()
    assert f'href="{legal.url}"' in html and 'id="legal"' in html
    # The other direction: the include the legal page template uses.
    request = RequestFactory().get(legal.url)
    with translation.override("nl"):
        snippet = render_to_string(
            "crisis/includes/related_hubs.html", {"page": legal, "request": request}
        )
    assert 'href="/nl/oekraine/"' in snippet
    # A hub that chose another legal page does not claim this one.
    other = StandardPageFactory(parent=demo_site, title="Verblijf", slug="verblijf")
    CrisisHubPage.objects.filter(pk=hub.pk).update(legal_page=other)
    hub.refresh_from_db()
    assert hub_context.legal_page(hub).pk == other.pk
    assert selectors.hubs_linking_to(legal) == []
    assert [h.pk for h in selectors.hubs_linking_to(other)] == [hub.pk]


def test_pictograms_on_the_hub_and_printable_sheet(client, hub):
    html = client.get(hub_url(hub, "uk")).content.decode()
    assert html.count('class="pictogram"') == 12
    assert '<span class="pictogram__word" lang="nl" dir="ltr">dokter</span>' in html
    assert '<span class="pictogram__word" lang="uk" dir="ltr">лікар</span>' in html
    sheet = client.get(hub_url(hub, "uk") + "pictograms/")
    sheet_html = sheet.content.decode()
    assert sheet.status_code == 200
    assert sheet_html.count('class="pictogram"') == 12
    assert "crisis/css/crisis.css" in sheet_html and "crisis/js/print.js" in sheet_html
    alts = re.findall(r'class="pictogram__image" src="([^"]+)" alt="([^"]+)"', sheet_html)
    assert len(alts) == 12 and all(src.endswith(".svg") and alt for src, alt in alts)
    # The text alternative is in the visitor's language.
    assert 'alt="Медичний хрест: лікар"' in sheet_html
    nl_html = client.get(hub_url(hub, "nl") + "pictograms/").content.decode()
    assert 'alt="Een medisch kruis: dokter"' in nl_html


def test_demo_generation_is_idempotent(hub, demo_site):
    from wagtail.documents import get_document_model

    from crisis import factories

    documents = get_document_model().objects.count()
    factories.generate(seed=42, home=demo_site)
    again = CrisisHubPage.objects.get()
    assert again.pk == hub.pk
    assert again.faq_items.count() == 8
    assert again.publications.count() == 3
    assert get_document_model().objects.count() == documents


def test_legal_topic_page_lists_the_hub_that_chose_it(client, hub, demo_site):
    """The legal page does not know about hubs: it shows what Wagtail's reference index says."""
    from vreemdelingenrecht.factories import LegalIndexPageFactory, LegalTopicPageFactory

    with translation.override("nl"):
        legal_index = LegalIndexPageFactory(parent=demo_site)
        legal = LegalTopicPageFactory(
            parent=legal_index, title="Tijdelijke bescherming", slug="tijdelijke-bescherming"
        )
    hub.legal_page = legal
    hub.save_revision().publish()
    html = client.get(legal.url).content.decode()
    assert 'id="linked-from-heading">Zie ook</h2>' in html
    assert f'href="{hub.url}"' in html
    # A page linked from nowhere shows no "see also".
    other = LegalTopicPageFactory(parent=legal_index, title="Verblijf", slug="verblijf")
    assert "linked-from-heading" not in client.get(other.url).content.decode()


def test_a_restricted_legal_page_or_hub_is_not_linked(hub, demo_site):
    from wagtail.models import PageViewRestriction

    legal = StandardPageFactory(
        parent=demo_site, title="Tijdelijke bescherming", slug="tijdelijke-bescherming"
    )
    assert hub_context.legal_page(hub).pk == legal.pk
    assert [h.pk for h in selectors.hubs_linking_to(legal)] == [hub.pk]
    restriction = PageViewRestriction.objects.create(page=legal, restriction_type="login")
    assert hub_context.legal_page(hub) is None
    restriction.delete()
    PageViewRestriction.objects.create(page=hub, restriction_type="login")
    assert selectors.hubs_linking_to(legal) == []
