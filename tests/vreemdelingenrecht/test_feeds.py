"""RSS and Atom feeds of the legal news, for all topics and per topic."""

import xml.etree.ElementTree as ET  # noqa: S405 - our own feed, in a test

from django.urls import reverse

ATOM = "{http://www.w3.org/2005/Atom}"


def test_rss_feed_for_all_news(client, legal_tree):
    response = client.get(reverse("legal_news_rss"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")  # noqa: S314
    titles = [item.findtext("title") for item in channel.findall("item")]
    assert titles == ["Nieuw bedrag"]
    item = channel.find("item")
    assert item.findtext("link").endswith(legal_tree["news"].url)
    assert [c.text for c in item.findall("category")] == ["Gezinshereniging"]


def test_topic_feed_only_holds_that_topic(client, legal_tree):
    from vreemdelingenrecht.factories import NewsPageFactory

    NewsPageFactory(
        parent=legal_tree["news_index"], title="Over werk", slug="over-werk",
        topics=[legal_tree["work"]],
    )  # fmt: skip
    family = client.get(reverse("legal_news_topic_rss", args=["gezinshereniging"]))
    work = client.get(reverse("legal_news_topic_rss", args=["werk"]))
    family_feed = ET.fromstring(family.content)  # noqa: S314
    work_feed = ET.fromstring(work.content)  # noqa: S314
    family_titles = [i.findtext("title") for i in family_feed.iter("item")]
    work_titles = [i.findtext("title") for i in work_feed.iter("item")]
    assert family_titles == ["Nieuw bedrag"]
    assert work_titles == ["Over werk"]


def test_atom_feed_per_topic(client, legal_tree):
    response = client.get(reverse("legal_news_topic_atom", args=["gezinshereniging"]))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)  # noqa: S314
    assert [e.findtext(f"{ATOM}title") for e in feed.findall(f"{ATOM}entry")] == ["Nieuw bedrag"]


def test_unknown_topic_feed_is_not_found(client, legal_tree):
    assert client.get(reverse("legal_news_topic_rss", args=["bestaat-niet"])).status_code == 404


def test_news_index_links_the_feeds_and_filters_by_topic(client, legal_tree):
    html = client.get(legal_tree["news_index"].url, {"topic": "werk"}).content.decode()
    assert reverse("legal_news_topic_rss", args=["werk"]) in html
    assert "Nieuw bedrag" not in html.split('id="news-topics"')[1].split("local-help")[0]
    html = client.get(legal_tree["news_index"].url).content.decode()
    assert "Nieuw bedrag" in html
    assert 'type="application/rss+xml"' in html


def test_news_page_lists_related_legal_topics(client, legal_tree):
    html = client.get(legal_tree["news"].url).content.decode()
    assert 'id="related-topics"' in html
    assert legal_tree["page"].url in html
