"""Scenario CLI: `python -m taalhulp.matching SCENARIO.json` prints the result JSON."""

from __future__ import annotations

import argparse
import json
import sys

from .scenario import run_scenario
from .solver import DEFAULT_TIME_LIMIT
from .validation import ScenarioError


def _reject_constant(name: str):
    raise ValueError(f"{name} is not a valid number in a scenario")


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
    try:
        if args.scenario == "-":
            text = sys.stdin.read()
        else:
            with open(args.scenario, encoding="utf-8") as handle:
                text = handle.read()
    except (OSError, UnicodeDecodeError) as error:
        print(f"{args.scenario}: cannot read the file: {error}", file=sys.stderr)
        return 1
    try:
        data = json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as error:
        where = f"line {error.lineno} column {error.colno}"
        print(f"{args.scenario}: not valid JSON at {where}: {error.msg}", file=sys.stderr)
        return 1
    except ValueError as error:
        print(f"{args.scenario}: {error}", file=sys.stderr)
        return 1
    try:
        result = run_scenario(data, time_limit=args.time_limit)
    except ScenarioError as error:
        for line in error.errors:
            print(line, file=sys.stderr)
        return 1
    json.dump(result, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
