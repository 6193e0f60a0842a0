"""Scenario CLI: `python -m buddy.matching SCENARIO.json [--dump-pairs]` prints the result JSON."""

from __future__ import annotations

import argparse
import sys

from portal.matching_shared.scenarios import run_scenario_file

from .scenario import run_scenario


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m buddy.matching",
        description="Match candidate buddies with local initiatives; prints JSON on stdout.",
    )
    parser.add_argument("scenario", help="scenario JSON file ('-' reads standard input)")
    parser.add_argument(
        "--dump-pairs", action="store_true", help="also list every feasible pair with its score"
    )
    args = parser.parse_args(argv)
    return run_scenario_file(
        args.scenario, lambda data: run_scenario(data, dump_pairs=args.dump_pairs)
    )


if __name__ == "__main__":
    sys.exit(main())
