"""The civic integration guide: variant filtering by GET, the ordered steps, the page in three
languages, and the pure variant and postcode logic."""

import re
from html import unescape
from urllib.parse import urlencode

import pytest
from django.utils.html import escape

from inburgering import guide as g
from inburgering.demo import guide as demo_guide
from inburgering.demo.guide_steps_more import STEPS
from tests.inburgering.conftest import page_url

pytestmark = pytest.mark.django_db


def step_headings(html: str) -> list[str]:
    """The step headings in page order, without the "Step N" label."""
    found = re.findall(r'<h3 class="guide-step__heading">.*?</span></span> ([^<]+)</h3>', html)
    return [unescape(heading.strip()) for heading in found]


def expected(language: str, region: str = "", status: str = "") -> list[str]:
    variant = g.Variant(region=region, status=status)
    return [
        step["heading"][language]
        for step in STEPS
        if g.applies(variant, step["regions"], step["statuses"])
    ]


def visit(client, page, language="nl", **query):
    url = page_url(page, language) + ("?" + urlencode(query) if query else "")
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize(
    ("language", "direction", "legend"),
    [
        ("nl", "ltr", "Waar woon je?"),
        ("uk", "ltr", "Де ви живете?"),
        ("ar", "rtl", "أين تسكن؟"),
    ],
)
def test_the_page_renders_in_the_visitors_language(client, guide_page, language, direction, legend):
    html = visit(client, guide_page, language)
    assert f'<html lang="{language}" dir="{direction}"' in html
    assert demo_guide.PAGE["title"][language] in html
    assert legend in html
    assert escape(demo_guide.PAGE["obliged_text"][language]) in html
    # Marked as demo, like the legal pages.
    assert 'class="notice"' in html and demo_guide.PAGE["demo_note"][language] in html
    # An ordered list of steps under headings; two GET forms that work without JavaScript.
    assert '<ol class="guide-steps__list">' in html
    assert html.count('<form method="get"') == 2
    assert html.count("<fieldset") == 2
    # No step falls back to Dutch.
    assert step_headings(html) == expected(language)
    if language != "nl":
        assert "fallback" not in html.split("<main", 1)[1].split("</main>", 1)[0].lower()


def test_without_a_variant_every_step_shows_with_its_audience(client, guide_page):
    html = visit(client, guide_page, "en")
    assert step_headings(html) == expected("en") and len(expected("en")) == len(STEPS)
    assert "For: Brussels" in html
    assert "For: Flanders, entitled" in html
    assert "All steps. Choose your situation to see only your steps." in html


@pytest.mark.parametrize(
    ("region", "status"),
    [
        (g.FLANDERS, g.OBLIGED),
        (g.FLANDERS, g.ENTITLED),
        (g.BRUSSELS, g.OBLIGED),
        (g.BRUSSELS, g.ENTITLED),
        (g.BRUSSELS, ""),
        ("", g.OBLIGED),
    ],
)
def test_the_variant_in_the_address_filters_the_steps(client, guide_page, region, status):
    query = {name: value for name, value in (("region", region), ("status", status)) if value}
    html = visit(client, guide_page, "en", **query)
    assert step_headings(html) == expected("en", region, status)
    # The chosen variant stays chosen in the form, so the address can be shared and changed.
    for value in query.values():
        assert re.search(rf'value="{value}"[^>]*checked', html)
    assert 'id="guide-all"' in html


def test_flanders_and_brussels_differ_as_the_path_does(client, guide_page):
    flanders = step_headings(visit(client, guide_page, "en", region=g.FLANDERS, status=g.OBLIGED))
    brussels = step_headings(visit(client, guide_page, "en", region=g.BRUSSELS, status=g.OBLIGED))
    assert "Register with VDAB" in flanders and "Register with VDAB" not in brussels
    assert "Choose your language: Dutch or French" in brussels
    assert "Choose your language: Dutch or French" not in flanders
    entitled = step_headings(visit(client, guide_page, "en", region=g.FLANDERS, status=g.ENTITLED))
    assert "If you are entitled: your contract counts" in entitled
    assert "If you are obliged: exemption, pause and sanction" not in entitled
    # The 40 hours and the certificate are there for everyone.
    for headings in (flanders, brussels, entitled):
        assert "40 hours of taking part and meeting people" in headings
        assert "Your civic integration certificate" in headings


def test_an_unknown_variant_shows_every_step(client, guide_page):
    html = visit(client, guide_page, "en", region="mars", status="<b>")
    assert step_headings(html) == expected("en")
    assert "<b>" not in html.split('id="guide-variant-form"', 1)[1].split("</form>", 1)[0]


def test_each_step_says_what_to_do_what_it_costs_and_where_to_go(client, guide_page):
    html = visit(client, guide_page, "nl")
    assert html.count('<li class="guide-step"') == len(STEPS)
    for label in ("Wat moet je doen", "Wat kost het", "Waar moet je heen"):
        assert html.count(f"<dt>{label}</dt>") == len(STEPS)
    assert html.count('href="#guide-office"') == sum(s["links_to_office"] for s in STEPS)


def test_the_variant_form_keeps_the_postcode(client, guide_page):
    html = visit(client, guide_page, "nl", postcode="9000", region=g.FLANDERS)
    form = html.split('id="guide-variant-form"', 1)[1].split("</form>", 1)[0]
    assert '<input type="hidden" name="postcode" value="9000">' in form
    office_form = html.split('id="guide-office-form"', 1)[1].split("</form>", 1)[0]
    assert '<input type="hidden" name="region" value="flanders">' in office_form


# The pure part.


def test_variant_reads_only_known_values():
    assert g.Variant.from_query({"region": "brussels", "status": "entitled"}) == g.Variant(
        "brussels", "entitled"
    )
    assert g.Variant.from_query({"region": "x", "status": ""}) == g.Variant()
    assert not g.Variant().chosen and g.Variant(status=g.OBLIGED).chosen
    assert g.Variant(region=g.FLANDERS).as_query() == [("region", "flanders")]


@pytest.mark.parametrize(
    ("variant", "regions", "statuses", "shown"),
    [
        (g.Variant(), [g.BRUSSELS], [g.OBLIGED], True),
        (g.Variant(g.FLANDERS), [g.BRUSSELS], [], False),
        (g.Variant(g.FLANDERS), [], [g.ENTITLED], True),
        (g.Variant(g.FLANDERS, g.OBLIGED), [g.FLANDERS], [g.ENTITLED], False),
        (g.Variant(g.BRUSSELS, g.ENTITLED), [g.FLANDERS, g.BRUSSELS], [g.ENTITLED], True),
        (g.Variant("", g.OBLIGED), [], [], True),
    ],
)
def test_applies(variant, regions, statuses, shown):
    assert g.applies(variant, regions, statuses) is shown


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("9000", "9000"),
        (" 1000 ", "1000"),
        ("B-2000", "2000"),
        ("b 3000", "3000"),
        ("900", None),
        ("90000", None),
        ("0900", None),
        ("Gent", None),
        ("", None),
    ],
)
def test_clean_postcode(text, code):
    assert g.clean_postcode(text) == code
