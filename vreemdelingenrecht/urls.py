"""Routes of the legal section under the language prefix: the news feeds."""

from django.urls import path

from vreemdelingenrecht.feeds import LegalNewsAtomFeed, LegalNewsFeed

urlpatterns = [
    path("feeds/legal-news/rss/", LegalNewsFeed(), name="legal_news_rss"),
    path("feeds/legal-news/atom/", LegalNewsAtomFeed(), name="legal_news_atom"),
    path("feeds/legal-news/<slug:topic>/rss/", LegalNewsFeed(), name="legal_news_topic_rss"),
    path("feeds/legal-news/<slug:topic>/atom/", LegalNewsAtomFeed(), name="legal_news_topic_atom"),
]
