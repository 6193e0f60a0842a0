"""Template tags of the crisis hub: the hubs a legal page links back to."""

from django import template

from crisis import selectors

register = template.Library()


@register.simple_tag
def crisis_hubs_for(page):
    """Live crisis hubs linked to `page` (for the legal page's "see also" block)."""
    return selectors.hubs_linking_to(page)
