"""Language prefixes, the switcher, Dutch fallback marking, hreflang and the sitemap."""

import re

import pytest

from portal.demo.blocks import paragraph
from portal.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def dutch_only(demo_site):
    """A page with Dutch text only (the demo's core pages are in every language)."""
    return StandardPageFactory(
        parent=demo_site,
        title="Alleen in het Nederlands",
        slug="alleen-nederlands",
        intro="Deze pagina is nog niet vertaald.",
        body_nl=[paragraph("<p>Een oefenkans is een moment om Nederlands te spreken.</p>")],
    )


def test_root_redirects_to_the_browser_language(client, demo_site):
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="uk").headers["Location"] == "/uk/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="de").headers["Location"] == "/nl/"


def test_language_switcher_keeps_the_same_page(client, demo_site):
    html = client.get("/nl/nederlands-oefenen/").content.decode()
    assert 'href="/en/practise-dutch/" lang="en" hreflang="en"' in html
    assert 'href="/uk/praktykuvaty-niderlandsku/" lang="uk" hreflang="uk"' in html
    # An untranslated slug falls back to the Dutch one, under the right prefix.
    assert 'href="/ar/nederlands-oefenen/" lang="ar" hreflang="ar"' in html


def test_language_switcher_on_a_view_keeps_the_path_and_query(client, demo_site):
    html = client.get("/uk/search/?q=taal").content.decode()
    assert 'href="/nl/search/?q=taal" lang="nl" hreflang="nl"' in html
    assert 'href="/ar/search/?q=taal" lang="ar" hreflang="ar"' in html


def test_switcher_marks_the_current_language(client, demo_site):
    html = client.get("/uk/").content.decode()
    assert re.search(r'hreflang="uk" aria-current="true">Українська', html)


def test_untranslated_body_falls_back_to_dutch_with_a_notice(client, dutch_only):
    html = client.get("/fr/alleen-nederlands/").content.decode()
    assert "Cette partie n’est pas encore disponible en français" in html
    assert '<div class="stream" lang="nl" dir="ltr">' in html
    assert "Een oefenkans is een moment" in html


def test_untranslated_title_is_marked_dutch(client, dutch_only):
    html = client.get("/ar/alleen-nederlands/").content.decode()
    assert '<h1 lang="nl" dir="ltr">Alleen in het Nederlands</h1>' in html


def test_translated_content_has_no_notice(client, demo_site):
    html = client.get("/en/practise-dutch/").content.decode()
    assert "not yet available" not in html
    assert '<div class="stream">' in html


def test_hreflang_alternates_in_head(client, demo_site):
    html = client.get("/en/practise-dutch/").content.decode()
    head = html.split("</head>")[0]
    for code, path in [
        ("nl", "/nl/nederlands-oefenen/"),
        ("en", "/en/practise-dutch/"),
        ("uk", "/uk/praktykuvaty-niderlandsku/"),
        ("x-default", "/nl/nederlands-oefenen/"),
    ]:
        assert f'hreflang="{code}" href="http://testserver{path}"' in head


def test_sitemap_lists_every_language_with_alternates(client, demo_site):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    xml = response.content.decode()
    assert "/en/practise-dutch/</loc>" in xml
    assert "/uk/praktykuvaty-niderlandsku/</loc>" in xml
    assert 'hreflang="x-default"' in xml
    assert xml.count("<url>") == 8 * 6  # eight site pages, six languages


def test_interface_strings_are_translated(client, demo_site):
    assert "Перейти до основного змісту" in client.get("/uk/").content.decode()
    assert "Ga naar de inhoud" in client.get("/nl/").content.decode()
    assert "الانتقال إلى المحتوى الرئيسي" in client.get("/ar/").content.decode()
