"""Template tags of the legal section: the filter query string helper."""

from urllib.parse import urlencode

from django import template

register = template.Library()


@register.simple_tag
def query_with(params: dict, **changes) -> str:
    """The listing's query string with some parameters changed (None or "" removes one)."""
    merged = {**params, **changes}
    return urlencode({key: value for key, value in merged.items() if value not in (None, "")})
