"""The one JSON-LD tag, `{% jsonld data %}`, and `jsonld_script` behind it (used by every app)."""

import json
import re

from django.template import Context, Template

from portal.templatetags.portal_tags import jsonld_script

SCRIPT = re.compile(r'^<script type="application/ld\+json">(.*)</script>$', re.DOTALL)


def test_jsonld_script_escapes_line_separators():
    html = jsonld_script({"name": "a\u2028b\u2029c"})
    assert "\u2028" not in html and "\u2029" not in html
    assert json.loads(SCRIPT.match(html)[1]) == {"name": "a\u2028b\u2029c"}


def test_jsonld_tag_escapes_markup_inside_the_data_block():
    data = {"@type": "FAQPage", "name": "</script><!-- <b>1 < 2 && 3 > 2</b>"}
    html = Template("{% load portal_tags %}{% jsonld data %}").render(Context({"data": data}))
    assert html.count("<script") == 1 and "<!--" not in html and "<b>" not in html
    assert "\\u003C/script\\u003E" in html and "\\u0026" in html
    assert json.loads(SCRIPT.match(html)[1]) == data


def test_jsonld_tag_writes_nothing_without_data():
    for empty in ({}, None, ""):
        html = Template("{% load portal_tags %}{% jsonld data %}").render(Context({"data": empty}))
        assert html == ""
