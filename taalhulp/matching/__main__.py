"""Scenario CLI: `python -m taalhulp.matching SCENARIO.json` prints the result JSON."""

from __future__ import annotations

import argparse
import sys

from portal.matching_shared.scenarios import run_scenario_file

from .scenario import run_scenario
from .solver import DEFAULT_TIME_LIMIT


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m taalhulp.matching",
        description="Match language-help requests with helpers; prints JSON on stdout.",
    )
    parser.add_argument("scenario", help="scenario JSON file ('-' reads standard input)")
    parser.add_argument(
        "--time-limit",
        type=float,
        default=DEFAULT_TIME_LIMIT,
        help=f"CP-SAT deterministic time limit (default {DEFAULT_TIME_LIMIT:g})",
    )
    args = parser.parse_args(argv)
    if not args.time_limit > 0:
        parser.error("--time-limit must be above 0")
    return run_scenario_file(
        args.scenario, lambda data: run_scenario(data, time_limit=args.time_limit)
    )


if __name__ == "__main__":
    sys.exit(main())
