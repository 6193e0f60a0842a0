"""Move the crisis hubs' webinars into the calendar: one event page per webinar, shown on its hub.

Historical models only (never `import crisis`). The per-language page columns (title_nl, slug_nl,
url_path_nl, …) are added by wagtail-modeltranslation after the migrations, so they are filled
with SQL here only when they exist (a database that already holds hubs has them)."""

import datetime as dt
import uuid

from django.db import migrations

LANGUAGES = ("nl", "en", "fr", "uk", "ru", "ar")
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"  # treebeard's, four characters per level
STEP = 4
INDEX_TITLES = {
    "nl": "Vormingskalender",
    "en": "Training and event calendar",
    "fr": "Calendrier des formations et des événements",
    "uk": "Календар навчань і подій",
    "ru": "Календарь обучений и мероприятий",
    "ar": "تقويم الدورات والفعاليات",
}
INDEX_SLUG = "vormingskalender"
WEBINAR_AUDIENCES = ["newcomers", "volunteers", "professionals"]


def _encode(number: int) -> str:
    digits = ""
    while number:
        number, rest = divmod(number, len(ALPHABET))
        digits = ALPHABET[rest] + digits
    return digits.rjust(STEP, "0")


def _decode(text: str) -> int:
    return int(text, len(ALPHABET))


def _next_child_path(Page, parent) -> str:
    last = (
        Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
        .order_by("-path")
        .values_list("path", flat=True)
        .first()
    )
    number = _decode(last[-STEP:]) + 1 if last else 1
    return parent.path + _encode(number)


def _columns(connection) -> set[str]:
    with connection.cursor() as cursor:
        found = connection.introspection.get_table_description(cursor, "wagtailcore_page")
    return {column.name for column in found}


def _add_child(apps, model, parent, *, title, slug, now, **fields):
    Page = apps.get_model("wagtailcore", "Page")
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type, _ = ContentType.objects.get_or_create(
        app_label="vorming", model=model._meta.model_name
    )
    page = model.objects.create(
        title=title,
        draft_title=title,
        slug=slug,
        content_type=content_type,
        path=_next_child_path(Page, parent),
        depth=parent.depth + 1,
        numchild=0,
        url_path=f"{parent.url_path}{slug}/",
        live=True,
        has_unpublished_changes=False,
        first_published_at=now,
        last_published_at=now,
        locale_id=parent.locale_id,
        translation_key=uuid.uuid4(),
        **fields,
    )
    Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + 1)
    parent.numchild += 1
    return page


def _translate(connection, page_id: int, parent_id: int, titles: dict, slug: str) -> None:
    """Fill the per-language title, slug and address columns where they exist."""
    columns = _columns(connection)
    table = connection.ops.quote_name("wagtailcore_page")
    for code in LANGUAGES:
        if f"url_path_{code}" not in columns:
            continue
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT url_path_{code}, url_path FROM {table} WHERE id = %s",  # noqa: S608
                [parent_id],
            )
            parent_path = next(value for value in cursor.fetchone() if value)
            cursor.execute(
                f"UPDATE {table} SET title_{code} = %s, slug_{code} = %s, "  # noqa: S608
                f"url_path_{code} = %s WHERE id = %s",
                [titles.get(code) or None, slug, f"{parent_path}{slug}/", page_id],
            )


def _calendar_for(apps, connection, hub, now):
    """The calendar the webinars go to: the first one, or a new one beside the hub."""
    Page = apps.get_model("wagtailcore", "Page")
    EventIndexPage = apps.get_model("vorming", "EventIndexPage")
    index = EventIndexPage.objects.order_by("path").first()
    if index is not None:
        return index
    parent = Page.objects.get(path=hub.path[:-STEP])
    slug = INDEX_SLUG
    while Page.objects.filter(url_path=f"{parent.url_path}{slug}/").exists():
        slug += "-1"
    index = _add_child(
        apps, EventIndexPage, parent, title=INDEX_TITLES["nl"], slug=slug, now=now
    )
    _translate(connection, index.pk, parent.pk, INDEX_TITLES, slug)
    return index


def webinars_to_events(apps, schema_editor):
    Webinar = apps.get_model("crisis", "Webinar")
    EventPage = apps.get_model("vorming", "EventPage")
    EventSession = apps.get_model("vorming", "EventSession")
    Page = apps.get_model("wagtailcore", "Page")
    connection = schema_editor.connection
    now = dt.datetime.now(dt.timezone.utc)
    webinars = Webinar.objects.select_related("page").order_by("page_id", "sort_order", "pk")
    for webinar in webinars:
        hub = webinar.page
        index = Page.objects.get(pk=_calendar_for(apps, connection, hub, now).pk)
        ends_at = webinar.starts_at + dt.timedelta(minutes=webinar.duration_minutes or 90)
        titles = {code: getattr(webinar, f"title_{code}", None) for code in LANGUAGES}
        title = titles["nl"] or webinar.title
        slug = f"webinar-{webinar.pk}"
        event = _add_child(
            apps,
            EventPage,
            index,
            title=title,
            slug=slug,
            now=now,
            kind="webinar",
            audiences=WEBINAR_AUDIENCES,
            theme="crisis",
            format="online",
            region="everywhere",
            spoken_language=webinar.spoken_language,
            status="open",
            registration_url=webinar.registration_url,
            recording_url=webinar.recording_url,
            documents=list(webinar.documents.raw_data),
            shown_on_id=hub.pk,
            starts_at=webinar.starts_at,
            ends_at=ends_at,
            intro=webinar.description,
            **{f"intro_{code}": getattr(webinar, f"description_{code}", None) for code in LANGUAGES},
        )
        EventSession.objects.create(
            page=event, sort_order=0, starts_at=webinar.starts_at, ends_at=ends_at
        )
        _translate(connection, event.pk, index.pk, titles, slug)


class Migration(migrations.Migration):
    dependencies = [
        ("vorming", "0001_initial"),
        ("crisis", "0001_initial"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(webinars_to_events, migrations.RunPython.noop)]
