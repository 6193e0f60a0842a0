"""The gap ranking (pure) and its plain sentence."""

from django.utils import translation

from search.demand import gaps, report

GENK = gaps.Place("71016", "Genk", 50.965, 5.500)
HASSELT = gaps.Place("71072", "Hasselt", 50.930, 5.338)


def _offer(kind="practice", levels=(), parts=("evening",), lat=50.966, lon=5.502):
    return gaps.Offer(kind, levels, parts, lat, lon)


def test_many_searches_and_no_offer_nearby_is_the_largest_gap():
    demand = [
        gaps.Demand("71016", "practice", "A1", "evening", 30, 20, 5),
        gaps.Demand("71016", "practice", "A1", "evening", 18, 10, 1),  # another day: added up
        gaps.Demand("71072", "practice", "", "", 40, 0, 0),
    ]
    offers = [
        _offer(levels=("B1",)),  # near Genk, wrong level
        _offer(lat=50.931, lon=5.339, parts=("morning",)),  # Hasselt
        _offer(lat=51.05, lon=3.72),  # Gent: far away
    ]
    found = gaps.rank(demand, {"71016": GENK, "71072": HASSELT}, offers)
    assert [(gap.place.name, gap.searches, gap.offers_near) for gap in found] == [
        ("Genk", 48, 0),
        ("Hasselt", 40, 1),
    ]


def test_an_offer_for_all_levels_or_any_daypart_fits():
    offer = _offer(levels=(), parts=("morning", "evening"))
    assert gaps.matches(offer, "practice", "A1", "evening")
    assert gaps.matches(offer, "practice,leisure", "A1,A2", "")
    assert not gaps.matches(offer, "course_nt2", "", "")
    assert not gaps.matches(_offer(levels=("B1",)), "", "A1", "")


def test_few_searches_are_no_gap():
    demand = [gaps.Demand("71016", "leisure", "", "", 3, 3, 0)]
    assert gaps.rank(demand, {"71016": GENK}, []) == []


def test_the_gap_reads_as_a_plain_sentence():
    gap = gaps.Gap(GENK, "practice", "A1", "evening", 48, 30, 0, 10.0)
    with translation.override("en"):
        text = report.sentence(gap, 30)
    assert text.startswith("A1")
    assert "near Genk: 48 searches in 30 days, 0 offers within 10 km." in text


def test_distance_is_in_kilometres():
    assert 10 < gaps.distance_km(GENK.lat, GENK.lon, HASSELT.lat, HASSELT.lon) < 13
