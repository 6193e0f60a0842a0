"""Template tags for offers: `{% offer_jsonld offer %}` writes its schema.org JSON-LD."""

from django import template
from django.utils import translation

from aanbod.jsonld import offer_jsonld as build_offer_jsonld
from portal.templatetags.portal_tags import jsonld_script

register = template.Library()


@register.simple_tag(takes_context=True)
def offer_jsonld(context, offer, language=None):
    """The offer's JSON-LD in the current (or given) language, as a script element."""
    data = build_offer_jsonld(
        offer,
        language=language or translation.get_language() or "nl",
        request=context.get("request"),
    )
    return jsonld_script(data)
