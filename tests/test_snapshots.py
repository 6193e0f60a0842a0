"""The recorded demo site replays to the same content a real build gives (tests/snapshots.py)."""

from django.db import connection, transaction
from wagtail.models import Page, Site

from tests.conftest import build_demo_site


def content_of_the_site() -> dict:
    """What a visitor and an editor would see of the demo, without the database ids."""
    site = Site.objects.get(is_default_site=True)
    pages = sorted(
        (p.url_path, p.title, p.content_type.model, p.live, p.depth, p.numchild)
        for p in Page.objects.all()
    )
    with connection.cursor() as cursor:
        tables = connection.introspection.django_table_names(only_existing=True)
        counts = {}
        for table in tables:
            cursor.execute(f'SELECT count(*) FROM "{table}"')  # noqa: S608 (names from introspection)
            counts[table] = cursor.fetchone()[0]
    return {"root": site.root_page.url_path, "pages": pages, "rows": counts}


def test_a_replay_has_the_content_of_a_real_build(db, demo_site_snapshot):
    assert len(demo_site_snapshot.changes) > 10
    with transaction.atomic():
        demo_site_snapshot.replay()
        replayed = content_of_the_site()
        transaction.set_rollback(True)
    with transaction.atomic():
        build_demo_site()
        built = content_of_the_site()
        transaction.set_rollback(True)
    assert replayed["pages"] == built["pages"]
    assert replayed == built
    assert len(replayed["pages"]) > 5


def test_the_demo_site_fixture_gives_the_home_page(demo_site):
    assert demo_site.specific_class.__name__ == "HomePage"
    assert Site.objects.get(is_default_site=True).root_page_id == demo_site.pk
    assert demo_site.get_children().live().count() > 3


def test_a_changed_database_is_not_replayed_but_built(db, demo_site_snapshot):
    assert demo_site_snapshot.applies()
    root = Page.get_first_root_node()
    root.add_child(instance=Page(title="In the way", slug="in-the-way"))
    assert not demo_site_snapshot.applies()
