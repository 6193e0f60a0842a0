"""The demo legal section: its size, its links, and that seeding twice gives the same site."""

from django.db.models import Count

from vreemdelingenrecht import factories
from vreemdelingenrecht.models import (
    FrontLineService,
    LegalTopicPage,
    NewsPage,
    RulingPage,
    Topic,
)


def _snapshot():
    return {
        "topics": sorted(Topic.objects.values_list("slug", flat=True)),
        "pages": sorted(LegalTopicPage.objects.live().values_list("url_path", flat=True)),
        "rulings": sorted(RulingPage.objects.live().values_list("ecli", "role_number")),
        "news": sorted(NewsPage.objects.live().values_list("slug", flat=True)),
        "services": sorted(
            FrontLineService.objects.annotate(n=Count("municipalities")).values_list("name", "n")
        ),
        "bodies": sorted(
            (page.slug, repr([(b["type"], b["value"]) for b in page.body.raw_data]))
            for page in LegalTopicPage.objects.all()
        ),
    }


def test_demo_sizes_and_marks(legal_site):
    assert LegalTopicPage.objects.live().count() >= 12
    assert RulingPage.objects.live().count() == 20
    assert NewsPage.objects.live().count() == 10
    assert not LegalTopicPage.objects.filter(is_demo=False).exists()
    assert not RulingPage.objects.filter(is_demo=False).exists()
    temporary = LegalTopicPage.objects.get(slug_nl="tijdelijke-bescherming")
    assert temporary.get_parent().specific == legal_site
    assert temporary.title_en and temporary.title_fr and temporary.title_uk


def test_topic_pages_link_rulings_both_ways(legal_site):
    page = LegalTopicPage.objects.get(slug_nl="gezinshereniging")
    linked = [
        ruling.pk
        for block in page.body
        if block.block_type == "legal_reference"
        for ruling in block.value["rulings"]
    ]
    assert len(linked) == 3
    assert set(RulingPage.objects.filter(related_pages=page).values_list("pk", flat=True)) >= set(
        linked
    )


def test_seeding_twice_gives_the_same_site(legal_site, demo_site):
    before = _snapshot()
    factories.generate(seed=42, home=demo_site)
    assert _snapshot() == before
