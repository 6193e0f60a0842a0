"""The public register: search by language, area and way of working; public fields only."""

import datetime as dt

import pytest

from taalhulp.register.views import PAGE_SIZE

pytestmark = pytest.mark.django_db
URL = "/en/interpreter-register/"


def page(client, **params):
    response = client.get(URL, params)
    return response, response.content.decode()


def test_only_valid_visible_entries_with_their_public_fields(client, make_entry):
    shown = make_entry(name="Amal Shown", public_fields=["name", "phone"], email="amal@example.org")
    make_entry(name="Expired Person", valid_until=dt.date.today() - dt.timedelta(days=1))
    make_entry(name="Hidden Person", hidden=True)
    make_entry(name="Private Person", public_fields=[], email="private@example.org")
    response, html = page(client)
    assert response.status_code == 200
    assert "Amal Shown" in html and shown.phone in html
    assert "amal@example.org" not in html  # e-mail not marked public
    assert "Expired Person" not in html and "Hidden Person" not in html
    assert "Private Person" not in html and "private@example.org" not in html
    assert "Name not public" in html
    assert "2 interpreters found" in html


def names(html: str) -> set[str]:
    return {name for name in ("Arabic Antwerp", "Arabic Remote", "Russian Ghent") if name in html}


def test_search_by_language_area_and_mode(client, make_entry):
    make_entry(name="Arabic Antwerp", languages=["ar"], areas=["antwerpen"])
    make_entry(name="Arabic Remote", languages=["ar"], areas=[], on_site=False, remote=True)
    make_entry(name="Russian Ghent", languages=["ru"], areas=["oost-vlaanderen"])
    assert names(page(client, language="ar")[1]) == {"Arabic Antwerp", "Arabic Remote"}
    assert names(page(client, area="oost-vlaanderen")[1]) == {"Arabic Remote", "Russian Ghent"}
    assert names(page(client, area="oost-vlaanderen", mode="on_site")[1]) == {"Russian Ghent"}
    assert names(page(client, language="ar", mode="remote")[1]) == {"Arabic Remote"}


def test_empty_states_say_what_to_do(client, make_entry):
    html = page(client)[1]
    assert "The register is empty right now." in html
    make_entry(languages=["ar"])
    html = page(client, language="ru")[1]
    assert "No interpreter matches your choice." in html
    assert "Clear all filters" in html


def test_a_choice_not_in_the_list_is_a_friendly_400(client, make_entry):
    response, html = page(client, language="klingon")
    assert response.status_code == 400
    assert "A choice is not valid. Choose again from the list." in html


def test_pages_of_results_keep_the_filters(client, make_entry):
    for _number in range(PAGE_SIZE + 3):
        make_entry(languages=["tr"])
    html = page(client, language="tr")[1]
    assert f"{PAGE_SIZE + 3} interpreters found" in html
    assert "?language=tr&amp;page=2" in html
    second = page(client, language="tr", page=2)[1]
    assert second.count('class="card"') == 3 and "Previous interpreters" in second


def test_the_form_works_in_every_site_language_and_right_to_left(client, make_entry):
    make_entry(languages=["uk"])
    for code in ("nl", "fr", "uk", "ru", "ar"):
        response = client.get(f"/{code}/interpreter-register/", {"language": "uk"})
        assert response.status_code == 200
    html = client.get("/ar/interpreter-register/").content.decode()
    assert 'dir="rtl"' in html


def test_searching_too_often_is_rate_limited(client, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "search": "2/m"}
    codes = [client.get(URL).status_code for _ in range(3)]
    assert codes == [200, 200, 429]
