"""Template tags for offers: `{% offer_jsonld offer %}` writes its schema.org JSON-LD."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

from aanbod.jsonld import offer_jsonld as build_offer_jsonld

register = template.Library()

# Inside <script> the HTML parser only looks for "</script" and "<!--": escaping <, > and & as
# JSON \u escapes keeps any text (a title with "</script>") inside the data block. U+2028/9 too,
# for parsers that treat them as line ends.
_SCRIPT_ESCAPES = {
    ord("<"): "\\u003C",
    ord(">"): "\\u003E",
    ord("&"): "\\u0026",
    0x2028: "\\u2028",
    0x2029: "\\u2029",
}


def jsonld_script(data: dict) -> SafeString:
    """`data` as a <script type="application/ld+json"> element, safe to put in HTML.

    A JSON-LD script is a data block, not script: the CSP (script-src 'self') does not block it.
    """
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_SCRIPT_ESCAPES)
    # Safe: every character that could end the element or start markup is escaped above.
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308


@register.simple_tag(takes_context=True)
def offer_jsonld(context, offer, language=None):
    """The offer's JSON-LD in the current (or given) language, as a script element."""
    data = build_offer_jsonld(
        offer,
        language=language or translation.get_language() or "nl",
        request=context.get("request"),
    )
    return jsonld_script(data)
