"""Template tags: language switching, hreflang links, translation fallbacks, menus and JSON-LD."""

import json

from django import template
from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.urls import translate_url
from django.utils import translation
from django.utils.html import format_html, format_html_join
from django.utils.module_loading import import_string
from django.utils.safestring import SafeString, mark_safe
from wagtail.models import Page, ReferenceIndex

from portal import registries
from portal.i18n import shown_language, site_languages
from portal.models import NavigationMenu

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


@register.simple_tag
def jsonld(data):
    """A ready-made schema.org dict as a safe data block, or nothing when there is no data."""
    return jsonld_script(data) if data else ""


def _language_url(request, page, code):
    if page is not None and getattr(page, "pk", None):
        with translation.override(code):
            return page.get_url(request)
    # translate_url resolves the path in the current language itself, then switches; inside an
    # override of the target language it would not recognise the current prefix.
    return translate_url(request.get_full_path(), code)


@register.simple_tag(takes_context=True)
def language_versions(context):
    """Every language version of the current page or view, with the same page kept."""
    request = context.get("request")
    if request is None:
        return []
    page = context.get("page")
    current = translation.get_language()
    versions = []
    for language in site_languages():
        url = _language_url(request, page, language["code"])
        versions.append(
            {
                **language,
                "url": url,
                "absolute_url": request.build_absolute_uri(url),
                "current": language["code"] == current,
            }
        )
    return versions


@register.simple_tag(takes_context=True)
def fallback_language(context, obj, field):
    """The language a field falls back to, or '' when it is shown in the visitor's language."""
    shown = shown_language(obj, field)
    return "" if shown == translation.get_language() else shown


@register.simple_tag
def item_language(item):
    """The fallback language of a menu item's text, or '' when it is in the visitor's language."""
    field, obj = ("label", item) if item.label else ("title", item.link_page)
    if obj is None:
        return ""
    shown = shown_language(obj, field)
    return "" if shown == translation.get_language() else shown


@register.simple_tag
def navigation_menu(location):
    menu = (
        NavigationMenu.objects.filter(location=location)
        .prefetch_related("items__link_page")
        .first()
    )
    if menu is None:
        return []
    return [item for item in menu.items.all() if item.link_url or item.link_page.live]


@register.simple_tag(takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    if page is None or not getattr(page, "pk", None):
        return []
    return list(page.get_ancestors().filter(depth__gt=1).live().specific())


@register.simple_tag
def linked_from(page):
    """Live pages that point to `page` from one of their own fields (not from body text).

    Read from Wagtail's reference index, so a feature app can link to another without the
    other knowing it: the legal page lists the crisis hub that chose it.
    """
    if page is None or not getattr(page, "pk", None):
        return []
    page_type = ContentType.objects.get_for_model(Page)
    source_ids = (
        ReferenceIndex.objects.filter(
            to_content_type=page_type, to_object_id=str(page.pk), base_content_type=page_type
        )
        .exclude(model_path__contains=".")  # a chooser field, not a link inside a text
        .values_list("object_id", flat=True)
    )
    return list(
        Page.objects.live()
        .public()
        .filter(pk__in=[int(pk) for pk in source_ids if pk.isdigit()])
        .exclude(pk=page.pk)
        .specific()
        .order_by("title")
    )


@register.simple_tag(takes_context=True)
def offer_actions(context, facts):
    """What other apps offer to do with an offer (registries.offer_actions, such as "Add to My
    40 hours"); nothing when the offer has no facts for them."""
    if not facts:
        return ""
    parts = (import_string(path)(context, facts) for path in registries.offer_actions)
    return format_html_join("", "{}", ((part,) for part in parts))
