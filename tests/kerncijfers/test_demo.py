"""The demo key figures page: six languages, notes for registered figures, idempotent."""

import pytest
from django.utils import translation
from wagtail.models import Page

from kerncijfers import factories
from kerncijfers.demo import content as demo_content
from kerncijfers.models import FigureNote, KeyFiguresPage
from portal import key_figures

pytestmark = pytest.mark.django_db
LANGUAGES = ("nl", "en", "fr", "uk", "ru", "ar")


def test_demo_page_is_complete_in_six_languages(key_figures_page):
    page = KeyFiguresPage.objects.get(pk=key_figures_page.pk)
    assert page.live and page.is_demo
    notes = list(page.notes.all())
    assert len(notes) == len(demo_content.NOTES)
    registered = {figure.key for figure in key_figures.figures()}
    assert {note.figure for note in notes} <= registered
    for code in LANGUAGES:
        assert getattr(page, f"title_{code}") == demo_content.PAGE["title"][code]
        assert getattr(page, f"slug_{code}") == demo_content.PAGE["slug"][code]
        assert getattr(page, f"intro_{code}")
        assert getattr(page, f"body_{code}")
        assert all(getattr(note, f"text_{code}") for note in notes)
    assert len({notes[0].text_nl, notes[0].text_uk, notes[0].text_ar}) == 3


def test_seeding_again_changes_nothing(key_figures_page, demo_site):
    pages, notes = Page.objects.count(), FigureNote.objects.count()
    with translation.override("nl"):
        again = factories.generate(seed=42, home=demo_site)
    assert again.pk == key_figures_page.pk
    assert (Page.objects.count(), FigureNote.objects.count()) == (pages, notes)
