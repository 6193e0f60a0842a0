"""The scenario CLI end to end (`python -m buddy.matching`), run as a real subprocess."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from .matching_oracle import cand, init, oracle_pairs, random_scenario, seeded

ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "buddy.matching", *args],
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


def test_valid_scenario_prints_the_result_json(scenario_file):
    data = {"candidates": [cand("c1"), cand("c2", paused=True)], "initiatives": [init()]}
    done = run_cli(scenario_file(data))
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    out = json.loads(done.stdout)
    assert set(out) == {"assignments", "unassigned_candidates", "objective", "weights_version"}
    (assignment,) = out["assignments"]
    assert set(assignment) == {"candidate", "initiative", "score", "reasons", "explanation"}
    assert (assignment["candidate"], assignment["initiative"]) == ("c1", "i1")
    assert out["unassigned_candidates"] == ["c2"]
    assert out["objective"] == assignment["score"]
    assert out["weights_version"] == "buddy-2026.1"


def test_dump_pairs_lists_every_feasible_pair(scenario_file):
    data = random_scenario(seeded(11), 60, 15, spread_km=15)
    done = run_cli(scenario_file(data), "--dump-pairs")
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    listed = {(p["candidate"], p["initiative"]) for p in out["feasible_pairs"]}
    feasible, ambiguous = oracle_pairs(data)
    assert not ambiguous
    assert listed == feasible
    assert len(feasible) > 10
    assert all(set(p) == {"candidate", "initiative", "score"} for p in out["feasible_pairs"])
    assert {(a["candidate"], a["initiative"]) for a in out["assignments"]} <= listed


def test_same_file_gives_byte_identical_output(scenario_file):
    path = scenario_file(random_scenario(seeded(5), 25, 8, loose=True))
    first, second = run_cli(path, "--dump-pairs"), run_cli(path, "--dump-pairs")
    assert first.returncode == second.returncode == 0
    assert first.stdout == second.stdout


def test_invalid_scenario_exits_non_zero_with_one_line_per_problem(scenario_file):
    data = {
        "candidates": [cand("c1"), cand("c2"), cand("c3"), cand("c4", languages={"nl": "xx"})],
        "initiatives": [init(capacity=-1)],
    }
    done = run_cli(scenario_file(data))
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.splitlines() == [
        "candidates[3].languages.nl: unknown level 'xx'; use A0, A1, A2, B1, B2, C1, C2, native",
        "initiatives[0].capacity: must be between 0 and 10000, got -1",
    ]


def test_broken_json_is_reported_with_its_position(scenario_file, tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"candidates": [,]}', encoding="utf-8")
    done = run_cli(str(path))
    assert done.returncode == 1
    assert done.stdout == ""
    assert "broken.json: not valid JSON at line 1 column 17" in done.stderr


def test_nan_is_refused(tmp_path):
    path = tmp_path / "nan.json"
    path.write_text('{"candidates": [], "initiatives": [], "weights": {"nearness": NaN}}')
    done = run_cli(str(path))
    assert done.returncode == 1
    assert "NaN is not a valid number" in done.stderr


def test_missing_file_is_reported(tmp_path):
    done = run_cli(str(tmp_path / "nope.json"))
    assert done.returncode == 1
    assert "nope.json: cannot read the file" in done.stderr
    assert done.stdout == ""


def test_scenario_can_come_from_standard_input():
    data = {"candidates": [cand()], "initiatives": [init()]}
    done = run_cli("-", stdin=json.dumps(data))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["assignments"][0]["candidate"] == "c1"


def test_usage_error_without_a_scenario():
    done = run_cli()
    assert done.returncode == 2
    assert "usage: python -m buddy.matching" in done.stderr


def test_engine_imports_no_django():
    code = (
        "import sys, buddy.matching, buddy.matching.__main__\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] == 'django')\n"
        "print(loaded)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
    source = "\n".join(p.read_text() for p in (ROOT / "buddy" / "matching").glob("*.py"))
    assert "import django" not in source
    assert "from django" not in source


def test_benchmark_script_runs_and_agrees_with_ortools():
    done = subprocess.run(
        [sys.executable, "bench/matching_bench.py", "--sizes", "300x60", "--repeat", "1"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr  # it asserts the same optimum as OR-Tools alone
    lines = done.stdout.splitlines()
    assert lines[1].startswith("300 × 60 | ")
    assert lines[-1].startswith("peak RSS")
