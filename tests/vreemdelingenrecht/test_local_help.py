"""Find local help: a postcode or municipality gives the front-line services serving it."""

import pytest

from vreemdelingenrecht.models.local_help import local_help_lookup


@pytest.mark.parametrize("place", ["9000", "9030", "Gent", "gand", "  GENT "])
def test_postcode_or_name_finds_the_service(legal_tree, place):
    found = local_help_lookup(place)
    assert found.error == ""
    assert found.municipality.name_nl == "Gent"
    assert [s.name for s in found.services] == ["Sociaal Huis Gent"]


def test_a_place_without_services_says_so(client, legal_tree):
    url = legal_tree["page"].url
    html = client.get(url, {"place": "2000"}).content.decode()
    assert "Antwerpen" in html
    assert "We kennen nog geen" in html or "We do not know a front-line service" in html


def test_several_matches_offer_a_choice(legal_tree):
    found = local_help_lookup("Sint")
    assert [m.name_nl for m in found.choices] == ["Sint-Niklaas", "Sint-Truiden"]
    assert found.services == []


def test_the_form_works_without_javascript(client, legal_tree):
    response = client.get(legal_tree["page"].url, {"place": "9000"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Sociaal Huis Gent" in html
    assert "Hulp bij OCMW." in html
    assert 'value="9000"' in html


@pytest.mark.parametrize(
    ("language", "place", "expected"),
    [
        ("en", "Atlantis", "We do not know the place “Atlantis”"),
        ("nl", "Atlantis", "Atlantis"),
        ("en", "123", "A Belgian postcode has four digits"),
    ],
)
def test_unknown_place_gets_a_clear_translated_error(client, legal_tree, language, place, expected):
    url = legal_tree["page"].url.replace("/nl/", f"/{language}/", 1)
    response = client.get(url, {"place": place})
    html = response.content.decode()
    assert response.status_code == 200
    assert 'aria-invalid="true"' in html
    assert 'id="local-help-error"' in html
    assert expected in html


def test_unknown_dutch_error_is_in_dutch(legal_tree):
    from django.utils import translation

    with translation.override("nl"):
        assert "postcode" in local_help_lookup("12").error.lower()
