"""Template tags of the crisis hub: FAQ JSON-LD and the hubs a legal page links back to."""

from django import template

from aanbod.templatetags.aanbod_tags import jsonld_script
from crisis import selectors

register = template.Library()


@register.simple_tag
def crisis_jsonld(data):
    """A ready-made JSON-LD dict as a safe <script type="application/ld+json"> element."""
    return jsonld_script(data)


@register.simple_tag
def crisis_hubs_for(page):
    """Live crisis hubs linked to `page` (for the legal page's "see also" block)."""
    return selectors.hubs_linking_to(page)
