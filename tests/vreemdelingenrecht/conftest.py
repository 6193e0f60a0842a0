"""Legal-section fixtures: places, and the demo legal tree as `seed_demo` builds it."""

import pytest
from django.utils import translation

from tests.snapshots import DataSnapshot
from vreemdelingenrecht import factories


def build_legal_site(home, _places=None):
    with translation.override("nl"):
        return factories.generate(seed=42, home=home)


@pytest.fixture(scope="session")
def legal_site_snapshot(demo_site_snapshot, places_snapshot, django_db_blocker):
    """The demo legal section, built once on the demo site and places, and recorded."""
    with django_db_blocker.unblock():
        return DataSnapshot.record(build_legal_site, demo_site_snapshot, places_snapshot)


@pytest.fixture
def legal_site(demo_site, places, legal_site_snapshot):
    """The demo legal section: returns its LegalIndexPage."""
    return legal_site_snapshot.replay_or_build(lambda: build_legal_site(demo_site))


def build_municipalities():
    """A few places, without loading the whole table: Ghent (two postcodes), Antwerp and two
    municipalities whose names start alike."""
    from portal.models import Municipality, Postcode

    rows = [
        ("44021", "Gent", "Gand", "flanders", ["9000", "9030"]),
        ("11002", "Antwerpen", "Anvers", "flanders", ["2000"]),
        ("46021", "Sint-Niklaas", "Saint-Nicolas", "flanders", ["9100"]),
        ("71053", "Sint-Truiden", "Saint-Trond", "flanders", ["3800"]),
        ("21004", "Brussel", "Bruxelles", "brussels", ["1000"]),
    ]
    found = {}
    for nis, name_nl, name_fr, region, codes in rows:
        place = Municipality.objects.create(
            nis=nis, name_nl=name_nl, name_fr=name_fr, region=region, latitude=51, longitude=4
        )
        for code in codes:
            Postcode.objects.create(code=code, municipality=place, latitude=51, longitude=4)
        found[name_nl] = place
    return found


FAQ = {
    "type": "faq",
    "value": {
        "title": "",
        "items": [
            {"question": "Hoe lang duurt het?", "answer": "<p>Negen <b>maanden</b>.</p>"},
            {"question": "Telt een leefloon mee?", "answer": "<p>Nee.</p>"},
        ],
    },
}


@pytest.fixture(scope="session")
def municipalities_snapshot(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        return DataSnapshot.record(build_municipalities)


@pytest.fixture
def municipalities(db, municipalities_snapshot):
    """Ghent, Antwerp, Sint-Niklaas, Sint-Truiden and Brussels, by Dutch name."""
    return municipalities_snapshot.replay_or_build(build_municipalities)


@pytest.fixture(scope="session")
def legal_tree_snapshot(demo_site_snapshot, municipalities_snapshot, django_db_blocker):
    with django_db_blocker.unblock():
        return DataSnapshot.record(build_legal_tree, demo_site_snapshot, municipalities_snapshot)


@pytest.fixture
def legal_tree(demo_site, municipalities, legal_tree_snapshot):
    """A small legal section (see `build_legal_tree`), recorded once (tests/snapshots.py)."""
    return legal_tree_snapshot.replay_or_build(lambda: build_legal_tree(demo_site, municipalities))


def build_legal_tree(demo_site, municipalities):
    """A small legal section: two topics, a topic page with every block, two rulings, a news
    item and a front-line service in Ghent."""
    from vreemdelingenrecht.factories import (
        CaseLawIndexPageFactory,
        FrontLineServiceFactory,
        LegalIndexPageFactory,
        LegalTopicPageFactory,
        NewsIndexPageFactory,
        NewsPageFactory,
        RulingPageFactory,
        TopicFactory,
    )

    family = TopicFactory(name="Gezinshereniging", slug="gezinshereniging", name_en="Family")
    work = TopicFactory(name="Werk", slug="werk")
    index = LegalIndexPageFactory(parent=demo_site)
    case_law = CaseLawIndexPageFactory(parent=index)
    news_index = NewsIndexPageFactory(parent=index)
    ruling = RulingPageFactory(
        parent=case_law,
        title="Weigering gezinshereniging vernietigd",
        slug="arrest-1",
        ecli="ECLI:BE:RVV:2024:ARR.DEMO.0001",
        role_number="",
        topics=[family],
    )
    other = RulingPageFactory(
        parent=case_law, title="Gecombineerde vergunning", slug="arrest-2", court="rvs",
        decision_date=__import__("datetime").date(2022, 5, 2), topics=[work],
    )  # fmt: skip
    body = [
        {"type": "in_short", "value": {"heading": "", "points": ["Punt een.", "Punt twee."]}},
        FAQ,
        {
            "type": "legal_reference",
            "value": {
                "title": "",
                "articles": ["art. 10 Vw."],
                "rulings": [ruling.pk],
                "links": [],
            },
        },
        {
            "type": "callout",
            "value": {"kind": "changed", "heading": "Nieuw", "text": "<p>Nieuwe regels.</p>"},
        },
    ]
    page = LegalTopicPageFactory(
        parent=index,
        title="Gezinshereniging",
        slug="gezinshereniging",
        title_ar="لمّ شمل الأسرة",
        body=body,
        topics=[family],
        reviewed_by="Juridische helpdesk",
    )
    ruling.related_pages = [page]
    ruling.save_revision().publish()
    news = NewsPageFactory(
        parent=news_index, title="Nieuw bedrag", slug="nieuw-bedrag", topics=[family],
        related_topics=[page],
    )  # fmt: skip
    service = FrontLineServiceFactory(name="Sociaal Huis Gent", description="Hulp bij OCMW.")
    service.municipalities.set([municipalities["Gent"]])
    return {
        "index": index, "page": page, "case_law": case_law, "ruling": ruling, "other": other,
        "news_index": news_index, "news": news, "family": family, "work": work,
        "service": service,
    }  # fmt: skip


from tests.search.conftest import engine  # noqa: E402, F401  the real OpenSearch, own prefix
