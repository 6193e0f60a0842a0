"""The 40-hour planner: the pure plan (ids, hours, clashes) and the no-JS page built from
`?offer=<id>&offer=<id>`, with the offers looked up through portal's registry."""

import datetime as dt
import html
import json
import re

import pytest
from django.utils import translation

from aanbod.factories import OfferIndexPageFactory, OfferPageFactory, OrganisationPageFactory
from aanbod.models import OfferDate, OfferWeeklySlot
from inburgering import planner as p
from inburgering.demo import planner as demo
from inburgering.planner_context import offers_facts


def offer(id_, hours, *slots, start=None, end=None) -> p.PlanOffer:
    return p.PlanOffer(
        id=id_,
        title=f"Offer {id_}",
        url=f"/nl/o{id_}/",
        hours=hours,
        weekly=tuple(p.Slot(*slot) for slot in slots),
        start=start,
        end=end,
    )


# --- the pure module --------------------------------------------------------------------


def test_offer_ids_keep_order_and_drop_doubles_and_junk():
    assert p.offer_ids(["3", "1", "3", "x", "-2", "0", " 7 ", "1e3", ""]) == [3, 1, 7]
    assert p.offer_ids([str(2**63)]) == []
    assert len(p.offer_ids([str(n) for n in range(1, 100)])) == p.MAX_OFFERS


def test_hours_add_up_toward_forty():
    plan = p.build_plan([offer(1, 12.5), offer(2, 20), offer(3, None)])
    assert plan.total == 32.5
    assert plan.missing == 7.5
    assert plan.percent == 81
    assert [o.id for o in plan.without_hours] == [3]
    assert not plan.complete


def test_forty_hours_or_more_is_complete_and_nothing_is_missing():
    plan = p.build_plan([offer(1, 30), offer(2, 15)])
    assert plan.total == 45 and plan.missing == 0 and plan.complete and plan.percent == 100


def test_an_empty_plan_misses_all_forty_hours():
    plan = p.build_plan([])
    assert plan.total == 0 and plan.missing == 40 and plan.week == [[] for _ in range(7)]


def test_overlapping_slots_on_the_same_day_clash():
    a = offer(1, 10, (2, "18:30", "20:00"))
    b = offer(2, 10, (2, "19:00", "21:00"), (4, "10:00", "12:00"))
    plan = p.build_plan([a, b])
    wednesday = plan.week[2]
    assert [(e.offer.id, [o.id for o in e.clashes_with]) for e in wednesday] == [(1, [2]), (2, [1])]
    assert plan.week[4][0].clashes_with == ()
    assert plan.has_clashes


def test_back_to_back_slots_and_other_days_do_not_clash():
    a = offer(1, 10, (0, "09:00", "11:00"))
    b = offer(2, 10, (0, "11:00", "12:00"), (1, "09:00", "11:00"))
    assert not p.build_plan([a, b]).has_clashes


def test_slots_in_periods_that_do_not_meet_do_not_clash():
    a = offer(1, 10, (0, "09:00", "11:00"), start=dt.date(2026, 1, 1), end=dt.date(2026, 3, 1))
    b = offer(2, 10, (0, "10:00", "12:00"), start=dt.date(2026, 4, 1))
    assert not p.build_plan([a, b]).has_clashes
    c = offer(3, 10, (0, "10:00", "12:00"))  # no dates: may fall in any week
    assert p.build_plan([a, c]).has_clashes


def test_plan_offer_reads_the_facts_aanbod_gives():
    facts = {
        "id": 5,
        "title": "Praattafel",
        "url": "/nl/x/",
        "hours": 12.0,
        "weekly": [[2, "18:30", "20:00"]],
        "start": "2026-09-02",
        "end": None,
        "dates": ["2026-12-19", "nonsense"],
    }
    made = p.plan_offer(facts)
    assert made.weekly == (p.Slot(2, "18:30", "20:00"),)
    assert made.start == dt.date(2026, 9, 2) and made.end is None
    assert made.dates == (dt.date(2026, 12, 19),)


# --- the page without JavaScript -----------------------------------------------------------


def _publish(parent, title, *, counts=True, hours=None, slots=()):
    page = OfferPageFactory.build(
        title=title, counts_for_participation=counts, hours_total=hours, offer_type="participation"
    )
    page.weekly_slots = [OfferWeeklySlot(weekday=d, start=s, end=e) for d, s, e in slots]
    page.single_dates = [OfferDate(date=dt.date(2030, 1, 5))]
    with translation.override("nl"):
        parent.add_child(instance=page)
        page.save_revision().publish()
    return page


@pytest.fixture
def offers(demo_site):
    index = OfferIndexPageFactory(parent=demo_site, slug="planner-aanbod")
    organisation = OrganisationPageFactory(parent=index, slug="planner-org")
    return {
        "table": _publish(
            organisation, "Praattafel", hours=12, slots=[(2, dt.time(18, 30), dt.time(20))]
        ),
        "club": _publish(organisation, "Kookclub", hours=20, slots=[(2, dt.time(19), dt.time(21))]),
        "course": _publish(organisation, "Cursus", counts=False, hours=100),
    }


@pytest.fixture
def planner_page(demo_site):
    return demo.generate(home=demo_site)


def get(client, page, query="", language="nl"):
    with translation.override(language):
        url = page.get_url()
    response = client.get(url + query)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.django_db
def test_offer_lookup_gives_only_public_participation_offers(offers):
    table, club, course = offers["table"], offers["club"], offers["course"]
    found = offers_facts([table.pk, course.pk, club.pk, 999_999])
    assert set(found) == {table.pk, club.pk}
    assert found[table.pk]["hours"] == 12.0
    assert found[table.pk]["weekly"] == [[2, "18:30", "20:00"]]
    assert found[table.pk]["dates"] == ["2030-01-05"]
    assert found[table.pk]["url"].startswith("/")


@pytest.mark.django_db
def test_no_js_list_from_the_query_string(client, offers, planner_page):
    table, club = offers["table"], offers["club"]
    page = get(client, planner_page, f"?offer={table.pk}&offer={club.pk}")
    assert "Praattafel" in page and "Kookclub" in page
    assert re.search(r'id="plan-total">\s*32 van 40 uur', page)
    assert "Nog nodig: 8 uur." in page
    assert 'class="planner__slot planner__slot--clash"' in page
    assert "planner__clash" in page and 'id="plan-clash-note">' in page
    # Each offer can be left out with a link that keeps the others.
    assert f'href="?offer={club.pk}"' in page and f'href="?offer={table.pk}"' in page
    # The link to this list, for printing or sending without JavaScript.
    assert f"?offer={table.pk}&amp;offer={club.pk}" in page
    # The facts ride along so the script can keep them on the device.
    facts = [
        json.loads(html.unescape(value)) for value in re.findall(r'data-plan-offer="([^"]+)"', page)
    ]
    assert [f["id"] for f in facts] == [table.pk, club.pk]


@pytest.mark.django_db
def test_unknown_and_non_participation_ids_are_left_out_with_a_notice(client, offers, planner_page):
    page = get(client, planner_page, f"?offer={offers['course'].pk}&offer=999999&offer=abc")
    assert 'id="plan-unknown"' in page
    assert "Cursus" not in page
    assert re.search(r'id="plan-total">\s*0 van 40 uur', page)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "direction", "notice"),
    [
        ("nl", "ltr", "Je plan blijft alleen op dit toestel"),
        ("uk", "ltr", "Ваш план зберігається лише на цьому пристрої"),
        ("ar", "rtl", "تبقى خطتك على هذا الجهاز فقط"),
    ],
)
def test_the_page_says_the_plan_stays_on_this_device(
    client, planner_page, language, direction, notice
):
    page = get(client, planner_page, language=language)
    assert f'dir="{direction}"' in page
    assert notice in page
    assert 'id="plan-empty">' in page
    assert "<script>" not in page and " style=" not in page


@pytest.mark.django_db
def test_offer_page_and_finder_carry_the_add_button_only_for_participation_offers(
    client, offers, planner_page
):
    with translation.override("nl"):
        planner_url = planner_page.get_url()
        table_url, course_url = offers["table"].get_url(), offers["course"].get_url()
    page = client.get(table_url).content.decode()
    assert f'href="{planner_url}?offer={offers["table"].pk}"' in page
    assert "plan-add.js" in page
    assert "plan-add" not in client.get(course_url).content.decode()


@pytest.mark.django_db
def test_demo_page_has_its_texts_in_six_languages(planner_page):
    for code in ("nl", "en", "fr", "uk", "ru", "ar"):
        assert getattr(planner_page, f"title_{code}") == demo.PAGE["title"][code]
        assert getattr(planner_page, f"intro_{code}")
    assert demo.generate(home=planner_page.get_parent()).pk == planner_page.pk
