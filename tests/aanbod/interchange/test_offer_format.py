"""The contract's other forms agree with interchange/format.py: JSON Schema and the docs."""

import json
import re
from decimal import Decimal
from pathlib import Path

import pytest

from aanbod.interchange import format as interchange
from portal.vocabulary import ISO_639_1
from tests.aanbod.offers import DELETE, FakeResolver, full_offer, with_value

ROOT = Path(__file__).resolve().parents[3]
SCHEMA_PATH = ROOT / "aanbod" / "schemas" / "offer.schema.json"
DOC_PATH = ROOT / "docs" / "offer-format.md"
SCHEMA = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
DOC = DOC_PATH.read_text(encoding="utf-8")


def object_schema(name: str) -> dict:
    return SCHEMA if name == "offer" else SCHEMA["$defs"][name]


def walk(node, path="#"):
    """Yield every (path, subschema) in the schema."""
    if isinstance(node, dict):
        yield path, node
        for key, value in node.items():
            yield from walk(value, f"{path}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from walk(value, f"{path}/{index}")


# -- A small JSON Schema validator for the keywords offer.schema.json uses ----------------------
# (no jsonschema package in this project; this covers exactly what the schema needs)

SUPPORTED = {
    "$schema", "title", "description", "$defs", "$ref", "type", "enum", "const", "properties",
    "required", "additionalProperties", "dependentRequired", "minProperties", "items", "maxItems",
    "uniqueItems", "minLength", "maxLength", "pattern", "format", "minimum", "maximum", "anyOf",
    "allOf", "if", "then",
}  # fmt: skip


def is_type(value, name: str) -> bool:
    number = isinstance(value, int | float | Decimal) and not isinstance(value, bool)
    return {
        "null": value is None,
        "boolean": isinstance(value, bool),
        "string": isinstance(value, str),
        "array": isinstance(value, list),
        "object": isinstance(value, dict),
        "number": number,
        "integer": number and value == int(value),
    }[name]


def schema_errors(value, schema: dict, path: str = "$") -> list[str]:
    errors = []
    if "$ref" in schema:
        errors += schema_errors(value, SCHEMA["$defs"][schema["$ref"].split("/")[-1]], path)
    types = schema.get("type")
    if types and not any(is_type(value, t) for t in ([types] if isinstance(types, str) else types)):
        return [*errors, f"{path}: type"]
    if "enum" in schema and not any(value == v and type(value) is type(v) for v in schema["enum"]):
        errors.append(f"{path}: enum")
    if "const" in schema and not (
        value == schema["const"] and type(value) is type(schema["const"])
    ):
        errors.append(f"{path}: const")
    if isinstance(value, str):
        if len(value) < schema.get("minLength", 0) or len(value) > schema.get("maxLength", 1e9):
            errors.append(f"{path}: length")
        if "pattern" in schema and not re.search(schema["pattern"], value):
            errors.append(f"{path}: pattern")
    if is_type(value, "number") and not schema.get("minimum", -1e99) <= value <= schema.get(
        "maximum", 1e99
    ):
        errors.append(f"{path}: range")
    if isinstance(value, list):
        if len(value) > schema.get("maxItems", 1e9):
            errors.append(f"{path}: maxItems")
        dumped = [json.dumps(item, sort_keys=True, default=str) for item in value]
        if schema.get("uniqueItems") and len(set(dumped)) != len(dumped):
            errors.append(f"{path}: uniqueItems")
        for index, item in enumerate(value):
            errors += schema_errors(item, schema.get("items", {}), f"{path}[{index}]")
    if isinstance(value, dict):
        properties = schema.get("properties", {})
        errors += [
            f"{path}.{key}: required" for key in schema.get("required", ()) if key not in value
        ]
        if len(value) < schema.get("minProperties", 0):
            errors.append(f"{path}: minProperties")
        for key, needs in schema.get("dependentRequired", {}).items():
            errors += [
                f"{path}.{need}: dependentRequired"
                for need in needs
                if key in value and need not in value
            ]
        for key, item in value.items():
            if key in properties:
                errors += schema_errors(item, properties[key], f"{path}.{key}")
            elif schema.get("additionalProperties") is False:
                errors.append(f"{path}.{key}: additionalProperties")
    if "anyOf" in schema and all(schema_errors(value, sub, path) for sub in schema["anyOf"]):
        errors.append(f"{path}: anyOf")
    for sub in schema.get("allOf", ()):
        errors += schema_errors(value, sub, path)
    if "if" in schema and not schema_errors(value, schema["if"], path):
        errors += schema_errors(value, schema.get("then", {}), path)
    return errors


def test_schema_uses_only_keywords_the_test_validator_knows():
    for path, node in walk(SCHEMA):
        if path.endswith(("/properties", "/$defs", "/dependentRequired")):
            continue  # keys here are names, not keywords
        assert set(node) <= SUPPORTED, path


# -- The schema agrees with format.py --------------------------------------------------------


def test_schema_is_draft_2020_12():
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert SCHEMA["description"]


@pytest.mark.parametrize("name", sorted(interchange.REQUIRED_FIELDS))
def test_schema_fields_match_interchange(name):
    schema = object_schema(name)
    assert schema["type"] == "object"
    assert schema["additionalProperties"] is False
    assert schema.get("required", []) == list(interchange.REQUIRED_FIELDS[name])
    fields = interchange.REQUIRED_FIELDS[name] + interchange.OPTIONAL_FIELDS[name]
    assert set(schema["properties"]) == set(fields)


def test_every_object_in_the_schema_forbids_additional_properties():
    objects = [path for path, node in walk(SCHEMA) if "properties" in node and "type" in node]
    assert len(objects) >= 10
    for path, node in walk(SCHEMA):
        if "properties" in node and "type" in node:
            assert node["additionalProperties"] is False, path


def test_every_field_has_a_description():
    for path, node in walk(SCHEMA):
        if path.endswith("/properties") and "/then/" not in path and "/if/" not in path:
            for name, field in node.items():
                has_ref_only = set(field) == {"maxLength"}  # per-language limit overlays
                assert has_ref_only or field.get("description"), f"{path}/{name}"


def test_schema_enums_match_interchange():
    props = SCHEMA["properties"]
    assert props["offer_type"]["enum"] == list(interchange.OFFER_TYPES)
    assert props["format"]["enum"] == list(interchange.FORMATS)
    assert props["dutch_levels"]["items"]["enum"] == list(interchange.DUTCH_LEVELS)
    assert object_schema("organisation")["properties"]["kind"]["enum"] == list(
        interchange.ORGANISATION_KINDS
    )
    assert set(SCHEMA["$defs"]["language_code"]["enum"]) == ISO_639_1
    assert len(ISO_639_1) == 184
    for text in ("text", "optional_text"):
        assert list(SCHEMA["$defs"][text]["properties"]) == list(interchange.LANGUAGES)
    assert SCHEMA["$defs"]["text"]["required"] == [interchange.REQUIRED_LANGUAGE]
    location_if = SCHEMA["allOf"][0]["if"]["properties"]["format"]["enum"]
    assert location_if == list(interchange.FORMATS_NEEDING_LOCATION)


def test_schema_limits_match_interchange():
    props, defs = SCHEMA["properties"], SCHEMA["$defs"]
    lengths = interchange.MAX_LENGTHS
    assert props["external_id"]["maxLength"] == lengths["external_id"]
    assert defs["slug"]["maxLength"] == lengths["slug"]
    assert defs["slug"]["pattern"] == f"^{interchange.SLUG_RE.pattern}$"
    for field in ("title", "summary", "description"):
        assert props[field].get("properties", {}) or props[field]["anyOf"][1]["properties"]
        overlay = props[field].get("properties") or props[field]["anyOf"][1]["properties"]
        assert {v["maxLength"] for v in overlay.values()} == {lengths[field]}
    for field in ("themes", "target_groups", "support_languages", "dutch_levels"):
        assert props[field]["maxItems"] == interchange.MAX_ITEMS[field]
    for field in ("weekly", "dates"):
        limit = defs["schedule"]["properties"][field]["maxItems"]
        assert limit == interchange.MAX_ITEMS[f"schedule.{field}"]
    location = defs["location"]["properties"]
    for field in ("lat", "lon"):
        bounds = (location[field]["minimum"], location[field]["maximum"])
        assert bounds == interchange.RANGES[field]
    assert location["postcode"]["pattern"] == f"^{interchange.POSTCODE_RE.pattern}$"


# -- Schema and validator accept and reject the same offers -------------------------------------


def test_full_offer_is_valid_for_the_schema():
    assert schema_errors(full_offer(), SCHEMA) == []


SCHEMA_AND_VALIDATOR_REJECT = [
    ("colour", "blue"),
    ("location.floor", 2),
    ("schedule.weekly[0].room", "A"),
    ("external_id", DELETE),
    ("title", {"en": "Only English"}),
    ("summary", {"en": "Only English"}),
    ("title.de", "x"),
    ("offer_type", "course"),
    ("format", "hybrid"),
    ("themes", ["Dutch"]),
    ("themes", ["library", "library"]),
    ("support_languages", ["xx"]),
    ("hours_total", True),
    ("schedule.weekly[0].weekday", 7),
    ("schedule.weekly[0].weekday", True),
    ("schedule.weekly[0].start", "9:30"),
    ("schedule.dates", ["20261219"]),
    ("location.postcode", 9000),
    ("location.lat", Decimal("3.7")),
    ("location.lon", DELETE),
    ("location", None),
    ("cost", {"free": True, "amount_eur": 5}),
    ("contact.url", "javascript:alert(1)"),
    ("contact.email", "praattafel"),
    ("title.nl", "   "),
]


@pytest.mark.parametrize(("path", "value"), SCHEMA_AND_VALIDATOR_REJECT)
def test_schema_and_validator_both_reject(path, value):
    offer = with_value(full_offer(), path, value)
    assert schema_errors(offer, SCHEMA)
    assert interchange.validate_offer(offer, resolve_postcode=FakeResolver())[1]


# Rules the schema cannot express; docs/offer-format.md lists them under "Rules across fields".
ONLY_VALIDATOR_REJECTS = [
    ("schedule.weekly[0].end", "18:00"),
    ("schedule.end_date", "2026-09-01"),
    ("valid_until", "2027-02-29"),
    ("title.nl", "Caf\ufffd"),
    ("title.nl", "Praat\x00tafel"),
    ("description.nl", "<p>x</p>"),
    ("contact.phone", "12"),
]


@pytest.mark.parametrize(("path", "value"), ONLY_VALIDATOR_REJECTS)
def test_rules_beyond_the_schema(path, value):
    offer = with_value(full_offer(), path, value)
    assert schema_errors(offer, SCHEMA) == []
    assert interchange.validate_offer(offer, resolve_postcode=FakeResolver())[1]


def test_postcode_resolution_is_beyond_the_schema():
    offer = with_value(with_value(full_offer(), "location.lat", DELETE), "location.lon", DELETE)
    offer["location"]["postcode"] = "9999"
    assert schema_errors(offer, SCHEMA) == []
    assert interchange.validate_offer(offer, resolve_postcode=FakeResolver())[1]


# -- docs/offer-format.md -----------------------------------------------------------------------


def doc_block(language: str) -> str:
    [block] = re.findall(rf"```{language}\n(.*?)\n```", DOC, flags=re.DOTALL)
    return block


def test_doc_example_line_is_one_valid_line():
    line = doc_block("jsonl")
    assert "\n" not in line
    record, errors = interchange.parse_line(line, 1, resolve_postcode=FakeResolver(known={}))
    assert errors == []
    assert record.title.nl.startswith("Praattafel")
    assert record.location.municipality == "Gent"
    assert schema_errors(json.loads(line, parse_float=Decimal), SCHEMA) == []


def test_doc_pretty_example_is_the_same_offer():
    assert json.loads(doc_block("json")) == json.loads(doc_block("jsonl"))


def test_doc_lists_exactly_the_error_codes():
    section = DOC.split("### Error codes", 1)[1]
    documented = re.findall(r"^\| `([a-z_]+)` \|", section, flags=re.MULTILINE)
    assert sorted(documented) == sorted(interchange.ERROR_CODES)


def test_doc_field_table_lists_every_top_level_field_with_its_requirement():
    table = DOC.split("## Fields", 1)[1].split("###", 1)[0]
    rows = dict(re.findall(r"^\| `([a-z_]+)` \| [^|]+ \| ([^|]+) \|", table, flags=re.MULTILINE))
    fields = interchange.REQUIRED_FIELDS["offer"] + interchange.OPTIONAL_FIELDS["offer"]
    assert set(rows) == set(fields)
    assert {name for name, required in rows.items() if required.strip() == "yes"} == set(
        interchange.REQUIRED_FIELDS["offer"]
    )
