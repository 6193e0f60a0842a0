"""Navigation menus: validation of items and rendering in the header and footer."""

import pytest
from django.core.exceptions import ValidationError

from portal.factories import StandardPageFactory
from portal.models import NavigationMenu, NavigationMenuItem

pytestmark = pytest.mark.django_db


def test_menu_item_needs_exactly_one_target(demo_site):
    menu = NavigationMenu.objects.get(location="main")
    with pytest.raises(ValidationError) as error:
        NavigationMenuItem(menu=menu).full_clean()
    assert "link_page" in error.value.message_dict
    with pytest.raises(ValidationError):
        NavigationMenuItem(
            menu=menu, link_page=demo_site, link_url="https://example.org/"
        ).full_clean()


def test_external_menu_item_needs_a_label(demo_site):
    menu = NavigationMenu.objects.get(location="footer")
    with pytest.raises(ValidationError) as error:
        NavigationMenuItem(menu=menu, link_url="https://example.org/").full_clean()
    assert "label" in error.value.message_dict


def test_main_menu_marks_the_current_page(client, demo_site):
    html = client.get("/en/practise-dutch/").content.decode()
    assert 'href="/en/practise-dutch/" aria-current="page">Practise Dutch</a>' in html


def test_menu_item_in_dutch_fallback_is_marked(client, demo_site):
    page = StandardPageFactory(parent=demo_site, title="Alleen Nederlands", slug="alleen-nl")
    menu = NavigationMenu.objects.get(location="main")
    NavigationMenuItem.objects.create(menu=menu, link_page=page, sort_order=99)
    html = client.get("/fr/").content.decode()
    assert 'href="/fr/alleen-nl/" lang="nl" dir="ltr">Alleen Nederlands</a>' in html


def test_footer_menu_lists_footer_pages(client, demo_site):
    html = client.get("/en/").content.decode()
    footer = html.split('<footer class="site-footer">')[1]
    assert "Privacy" in footer and "Accessibility" in footer


def test_unpublished_page_leaves_the_menu(client, demo_site):
    from portal.models import StandardPage

    StandardPage.objects.get(slug_nl="buddy-worden").unpublish()
    assert "Become a buddy</a>" not in client.get("/en/").content.decode()
