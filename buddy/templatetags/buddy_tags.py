"""Filters for buddy templates: the "why this match" lines."""

from django import template

from buddy import explain

register = template.Library()


@register.filter
def why_lines(reasons):
    return explain.why_lines(reasons)
