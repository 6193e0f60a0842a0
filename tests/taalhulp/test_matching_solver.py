"""Solver details: independent parts, the time limit and its status, the bound, the benchmark."""

import subprocess
import sys
from pathlib import Path

from taalhulp.matching import build_pair_table, components, greedy, parse_scenario, solve

from .oracle import helper, locate, random_scenario, request, scenario, valid

ROOT = Path(__file__).resolve().parents[2]


def table_of(data):
    parsed = parse_scenario(data, locate)
    return build_pair_table(
        parsed.helpers, parsed.requests, parsed.exclusions, parsed.crisis_remote_only
    )


def test_parts_are_the_connected_components_of_the_pair_graph():
    data = scenario(
        [helper("h1"), helper("h2", languages=["ru"]), helper("h3", languages=["uk", "ar"])],
        [request("r1"), request("r2", language="ru"), request("r3", language="ar")],
    )
    table = table_of(data)
    parts = [
        sorted((table.helpers[table.pairs[k].helper].id, table.requests[table.pairs[k].request].id)
               for k in part)
        for part in components(table)
    ]  # fmt: skip
    assert sorted(parts) == [[("h1", "r1"), ("h3", "r1"), ("h3", "r3")], [("h2", "r2")]]


def test_a_proven_optimum_reports_its_bound():
    table = table_of(random_scenario(3, n_helpers=5, n_requests=12))
    result = solve((), (), table=table)
    assert result.status == "optimal"
    assert result.answered_bound == result.answered


def test_a_tiny_time_limit_gives_a_valid_feasible_answer():
    data = random_scenario(11, n_helpers=12, n_requests=40)
    table = table_of(data)
    result = solve((), (), table=table, time_limit=1e-9)
    assert result.status == "feasible"
    assert result.answered >= greedy(table).answered
    assert result.answered_bound >= result.answered
    assert valid(data, {a.request: a.helper for a in result.assignments})


def test_benchmark_script_runs_and_beats_or_equals_greedy():
    done = subprocess.run(
        [sys.executable, "bench/taalhulp_bench.py", "--requests", "300", "--helpers", "120",
         "--time-limit", "20"],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("300 requests × 120 helpers, one week")
    greedy_row = next(line for line in lines if line.startswith("greedy | "))
    cpsat_row = next(line for line in lines if line.startswith("CP-SAT | "))
    assert cpsat_row.split(" | ")[1] == "optimal"
    answered = [int(row.split(" | ")[3].replace(",", "")) for row in (greedy_row, cpsat_row)]
    assert answered[1] >= answered[0]
