"""Public offer pages: the facts a newcomer needs, sharing, printing and expiry."""

import datetime as dt

import pytest
from django.utils import timezone

from aanbod.models import OfferPage

pytestmark = pytest.mark.django_db


def test_offer_page_states_who_what_when_where_cost_and_sign_up(client, offer_tree):
    offer = offer_tree["offer_gent"]
    html = client.get(offer.url).content.decode()
    assert "<h1>Praattafel Gent</h1>" in html
    assert "Elke dinsdag, 19:00–21:00" in html  # weekly time in words
    assert "dinsdag" in html.split("Wanneer")[1].split("</dd>")[0]  # next dates in words
    assert "9000 Gent" in html
    assert "Gratis" in html
    assert "Je hoeft je niet in te schrijven." in html
    assert "Alle niveaus" in html


def test_derived_fields_follow_the_schedule_and_place(offer_tree):
    offer = OfferPage.objects.get(pk=offer_tree["offer_gent"].pk)
    assert offer.weekdays == [1]
    assert offer.day_parts == ["evening"]
    assert offer.next_occurrence is not None and offer.next_occurrence.weekday() == 1
    assert offer.municipality.name_nl == "Gent"
    assert round(offer.latitude, 2) == 51.04
    assert offer.organisation_id == offer_tree["gent"].pk
    next_day = offer.valid_until + dt.timedelta(days=1)
    assert timezone.localtime(offer.expire_at).date() == next_day


def test_untranslated_offer_text_is_marked_dutch(client, offer_tree):
    offer = offer_tree["offer_gent"]
    html = client.get(offer.url.replace("/nl/", "/uk/")).content.decode()
    assert "<h1>Розмовний клуб Гент</h1>" in html
    assert 'class="lead" lang="nl" dir="ltr"' in html


def test_short_link_and_qr_code(client, offer_tree):
    offer = offer_tree["offer_gent"]
    html = client.get(offer.url).content.decode()
    assert f"http://testserver/o/{offer.pk}/nl/" in html
    assert "<svg" in html and "</svg>" in html
    response = client.get(f"/o/{offer.pk}/uk/")
    assert response.status_code == 302
    assert response.headers["Location"] == offer.url.replace("/nl/", "/uk/")
    assert client.get("/o/999999/nl/").status_code == 404
    assert client.get(f"/o/{offer.pk}/xx/").status_code == 404


def test_print_view_is_a_single_sheet_with_qr(client, offer_tree):
    offer = offer_tree["offer_gent"]
    response = client.get(offer.url + "print/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "offer-print.css" in html and "<svg" in html
    assert '<meta name="robots" content="noindex">' in html


def test_expired_offer_leaves_the_listing_and_explains_itself(client, offer_tree):
    offer = offer_tree["offer_leuven"]
    OfferPage.objects.filter(pk=offer.pk).update(
        valid_until=timezone.localdate() - dt.timedelta(days=1)
    )
    listing = client.get(offer_tree["index"].url).content.decode()
    assert "Taalcafé Leuven" not in listing
    assert "Praattafel Gent" in listing
    response = client.get(offer.url)
    assert response.status_code == 410
    assert "Dit aanbod is afgelopen" in response.content.decode()


def test_organisation_page_lists_only_its_offers(client, offer_tree):
    html = client.get(offer_tree["gent"].url).content.decode()
    assert "Praattafel Gent" in html and "Taalcafé Leuven" not in html


def test_in_person_offer_needs_a_place():
    from django.core.exceptions import ValidationError

    offer = OfferPage(
        title="x",
        slug="x",
        offer_type="practice",
        format="in_person",
        valid_until=timezone.localdate(),
    )
    with pytest.raises(ValidationError) as error:
        offer.clean()
    assert "postcode" in error.value.message_dict


def test_offer_page_embeds_schema_org_data(client, offer_tree):
    import json
    import re

    html = client.get(offer_tree["offer_gent"].url).content.decode()
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    data = json.loads(block.group(1))
    assert data["@context"] == "https://schema.org"
    assert data["name"] == "Praattafel Gent"
