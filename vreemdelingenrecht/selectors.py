"""Queries of the legal section for views, feeds and the search app: topics, news, rulings.
The queries themselves are the models' querysets, which the pages also use."""

from __future__ import annotations

from django.db.models import QuerySet

from vreemdelingenrecht.models import NewsPage, RulingPage, Topic


def topic_list() -> QuerySet[Topic]:
    return Topic.objects.all()


def topic_by_slug(slug: str) -> Topic | None:
    return Topic.objects.by_slug(slug)


def news_list(*, topic: Topic | None = None) -> QuerySet[NewsPage]:
    return NewsPage.objects.listed(topic=topic)


def news_for_topic_page(page) -> QuerySet[NewsPage]:
    return NewsPage.objects.for_topic_page(page)


def ruling_list() -> QuerySet[RulingPage]:
    return RulingPage.objects.listed()


def rulings_for_topic_page(page) -> QuerySet[RulingPage]:
    return RulingPage.objects.for_topic_page(page)


def ruling_years() -> list[int]:
    """The years that have rulings, newest first, for the year filter."""
    return RulingPage.objects.years()
