"""Template tags of the legal section: FAQ JSON-LD and the filter query string helper."""

from urllib.parse import urlencode

from django import template

from aanbod.templatetags.aanbod_tags import jsonld_script

register = template.Library()


@register.simple_tag
def legal_jsonld(data):
    """A schema.org data block, or nothing when there is no data."""
    return jsonld_script(data) if data else ""


@register.simple_tag
def query_with(params: dict, **changes) -> str:
    """The listing's query string with some parameters changed (None or "" removes one)."""
    merged = {**params, **changes}
    return urlencode({key: value for key, value in merged.items() if value not in (None, "")})
