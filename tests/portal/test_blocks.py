"""Validation and rendering of the shared StreamField blocks."""

import pytest
from wagtail.blocks import StructBlockValidationError
from wagtail.rich_text import RichText

from portal.blocks import AccordionBlock, CalloutBlock, CallToActionBlock, HeadingBlock


def test_call_to_action_needs_a_page_or_an_address():
    block = CallToActionBlock()
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(block.to_python({"text": "Word buddy", "page": None, "url": ""}))
    assert "page" in error.value.block_errors


@pytest.mark.django_db
def test_call_to_action_refuses_both_page_and_address(demo_site):
    block = CallToActionBlock()
    value = block.to_python({"text": "Meer", "page": demo_site.pk, "url": "https://example.org/"})
    with pytest.raises(StructBlockValidationError):
        block.clean(value)


def test_call_to_action_with_address_renders_a_link():
    block = CallToActionBlock()
    value = block.clean(
        block.to_python({"text": "Meer", "page": None, "url": "https://example.org/"})
    )
    html = block.render(value)
    assert '<a class="button" href="https://example.org/">Meer</a>' in html


def test_heading_renders_the_chosen_level():
    block = HeadingBlock()
    assert (
        block.render(block.to_python({"text": "Buddy", "level": "h3"})).strip() == "<h3>Buddy</h3>"
    )


def test_accordion_uses_native_disclosure_widgets():
    block = AccordionBlock()
    value = block.to_python(
        {"title": "Vragen", "items": [{"heading": "Wat kost het?", "content": "<p>Niets.</p>"}]}
    )
    html = block.render(value)
    assert "<details" in html and "<summary" in html and "Wat kost het?" in html


def test_callout_is_a_labelled_note():
    block = CalloutBlock()
    html = block.render(
        block.to_python(
            {"kind": "changed", "heading": "Nieuw", "text": RichText("<p>x</p>").source}
        )
    )
    assert 'role="note"' in html and "callout--changed" in html
