"""Pure parts of the finder: URL state and the map geometry."""

from urllib.parse import parse_qs

from search.finder import map as finder_map
from search.offers.form_params import (
    finder_params,
    place_query,
    url_page,
    url_with,
    url_without_value,
)


def test_place_field_becomes_postcode_or_municipality():
    assert place_query({"place": ["9000"]}) == {"postcode": ["9000"]}
    assert place_query({"place": ["  Sint-Niklaas "]}) == {"municipality": ["Sint-Niklaas"]}


def test_finder_params_keep_language_ignore_empty_fields_and_report_errors():
    params, errors, view = finder_params(
        {"q": [""], "place": ["9000"], "level": ["A1"], "view": ["map"], "weekday": ["9"]}, "uk"
    )
    assert (params.postcode, params.levels, params.lang, view) == ("9000", ("A1",), "uk", "map")
    assert errors == {"weekday": "out_of_range"}
    _params, errors, _view = finder_params({"place": ["12"]}, "nl")
    assert errors == {"place": "invalid_postcode"}


def test_urls_change_one_thing_and_go_back_to_page_one():
    query = {"level": ["A1", "A2"], "place": ["9000"], "page": ["3"]}
    assert parse_qs(url_with(query, drop=("place",))[1:]) == {"level": ["A1", "A2"]}
    assert parse_qs(url_without_value(query, "level", "A1")[1:]) == {
        "level": ["A2"],
        "place": ["9000"],
    }
    assert parse_qs(url_page(query, 2)[1:])["page"] == ["2"]
    assert "page" not in parse_qs(url_page(query, 1)[1:])


def test_map_places_points_inside_the_box_and_keeps_west_left_of_east():
    gent = finder_map.MapPoint("gent", 51.05, 3.72)
    leuven = finder_map.MapPoint("leuven", 50.88, 4.70)
    layout = finder_map.layout([gent, leuven])
    placed = {p.key: p for p in layout.points}
    assert placed["gent"].x < placed["leuven"].x
    assert placed["gent"].y < placed["leuven"].y  # north is up
    for point in layout.points:
        assert 0 < point.x < layout.width and 0 < point.y < layout.height
    assert layout.tiles == []
    assert 0 < layout.scale_px <= layout.width / 4


def test_markers_on_one_spot_are_spread_and_tiles_cover_the_box():
    same = [finder_map.MapPoint(str(i), 51.05, 3.72) for i in range(4)]
    layout = finder_map.layout(same, "https://{s}.tiles.example/{z}/{x}/{y}.png")
    positions = {(p.x, p.y) for p in layout.points}
    assert len(positions) == 4
    assert layout.tiles
    xs = sorted({t.x for t in layout.tiles})
    assert xs[0] <= 0 and xs[-1] + finder_map.TILE >= layout.width
    assert all(f".tiles.example/{layout.zoom}/" in t.href for t in layout.tiles)
    assert finder_map.layout([]) is None
