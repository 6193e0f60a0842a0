"""The scenario CLI end to end (`python -m taalhulp.matching`), run as a real subprocess."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from .oracle import helper, request, scenario

ROOT = Path(__file__).resolve().parents[2]
GENT, BRUSSELS = "9000", "1000"  # real postcodes: the CLI reads the places CSV


def run_cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "taalhulp.matching", *args],
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def scenario_file(tmp_path):
    def write(data, name="scenario.json") -> str:
        path = tmp_path / name
        path.write_text(json.dumps(data), encoding="utf-8")
        return str(path)

    return write


def example() -> dict:
    return scenario(
        [helper("h1", postcode=GENT, languages=["uk", "ru"], trained=True, max_per_week=3)],
        [
            request("r1", postcode=GENT),
            request("r2", postcode=GENT, difficulty="heavy", start="2026-12-08T12:00"),
            request("r3", postcode=BRUSSELS, start="2026-12-08T14:00"),
        ],
        crisis_remote_only=True,
    )


def test_valid_scenario_prints_the_result_json(scenario_file):
    done = run_cli(scenario_file(example()))
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    out = json.loads(done.stdout)
    assert set(out) == {"status", "objective", "assignments", "unanswered"}
    assert out["status"] == "optimal"
    (assignment,) = out["assignments"]
    assert set(assignment) == {"request", "helper", "score", "why"}
    assert (assignment["request"], assignment["helper"]) == ("r1", "h1")
    assert out["objective"] == {"answered": 1, "score": assignment["score"]}
    assert 0 < assignment["score"] <= 1
    assert set(assignment["why"]) == {"language", "mode", "nearness", "kind", "capacity"}
    assert out["unanswered"] == [
        {"request": "r2", "reason": "certified_interpreter"},
        {"request": "r3", "reason": "too_far"},  # Gent–Brussels is about 50 km
    ]


def test_standard_input_is_read_with_a_dash():
    done = run_cli("-", stdin=json.dumps(example()))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["objective"]["answered"] == 1


def test_same_file_gives_byte_identical_output(scenario_file):
    path = scenario_file(example())
    first, second = run_cli(path), run_cli(path)
    assert first.returncode == second.returncode == 0
    assert first.stdout == second.stdout


def test_invalid_scenario_exits_1_with_one_line_per_problem(scenario_file):
    data = example()
    data["helpers"][0]["max_km"] = -3
    data["requests"][2]["postcode"] = "0001"
    data["requests"][1]["language"] = "xx"
    done = run_cli(scenario_file(data))
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.splitlines() == [
        "helpers[0].max_km: must be a number ≥ 0",
        "requests[1].language: unknown language code 'xx'; use ISO 639-1, such as nl, fr, ar",
        "requests[2].postcode: unknown postcode '0001'",
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not valid JSON at line 1 column 2"),
        ('{"helpers": [], "requests": [], "x": NaN}', "NaN is not a valid number"),
    ],
)
def test_unreadable_json_exits_1(scenario_file, tmp_path, content, message):
    path = tmp_path / "broken.json"
    path.write_text(content, encoding="utf-8")
    done = run_cli(str(path))
    assert done.returncode == 1
    assert message in done.stderr


def test_missing_file_exits_1(tmp_path):
    done = run_cli(str(tmp_path / "absent.json"))
    assert done.returncode == 1
    assert "cannot read the file" in done.stderr


@pytest.mark.parametrize(
    "args", [(), ("a.json", "b.json"), ("--bogus", "a.json"), ("--time-limit", "0", "a.json")]
)
def test_usage_errors_exit_2(args):
    done = run_cli(*args)
    assert done.returncode == 2
    assert "usage: python -m taalhulp.matching" in done.stderr
    assert done.stdout == ""


def test_engine_source_imports_no_django():
    # The engine only: the rest of the taalhulp app is Django.
    for folder in (ROOT / "taalhulp" / "matching", ROOT / "portal" / "matching_shared"):
        for path in folder.rglob("*.py"):
            source = path.read_text(encoding="utf-8")
            assert "import django" not in source, path
            assert "from django" not in source, path


def test_engine_loads_no_django():
    code = (
        "import sys, taalhulp.matching, taalhulp.matching.__main__\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('django', 'celery')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
