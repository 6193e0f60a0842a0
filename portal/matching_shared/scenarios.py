"""What the scenario CLIs of the matching engines share: reading the file, problems named by
their JSON path, and the exit codes (0 with JSON on stdout, 1 with one line per problem)."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Any

from .languages import LANGUAGE_CODE_HINT, is_language_code


class ScenarioError(ValueError):
    """An invalid scenario; `errors` holds one "path: problem" line per problem."""

    def __init__(self, errors: list[str]):
        super().__init__("\n".join(errors))
        self.errors = errors


class ProblemCollector:
    """Collects problems with their paths instead of stopping at the first one."""

    example_id = "x1"  # shown in the hint of an empty id

    def __init__(self) -> None:
        self.errors: list[str] = []

    def fail(self, path: str, message: str) -> None:
        self.errors.append(f"{path}: {message}")

    def fields(self, obj: Any, path: str, allowed: set[str], required: set[str]) -> bool:
        if not isinstance(obj, dict):
            self.fail(path, "must be an object")
            return False
        for name in sorted(required - obj.keys()):
            self.fail(f"{path}.{name}", "is required")
        for name in sorted(set(obj) - allowed, key=str):
            self.fail(f"{path}.{name}", f"unknown field; allowed: {', '.join(sorted(allowed))}")
        return True

    def text(self, value: Any, path: str) -> str | None:
        if not isinstance(value, str) or not value.strip():
            self.fail(path, f'must be a non-empty text, for example "{self.example_id}"')
            return None
        return value

    def unique_ids(self, items: list, kind: str) -> None:
        """Each parsed item (None where it failed) of the list `kind` has an id of its own."""
        seen: dict[str, int] = {}
        for index, item in enumerate(items):
            if item is None:
                continue
            if item.id in seen:
                first = f"{kind}[{seen[item.id]}]"
                self.fail(f"{kind}[{index}].id", f"duplicate id {item.id!r} (also {first})")
            else:
                seen[item.id] = index

    def language(self, code: Any, path: str) -> str | None:
        if not is_language_code(code):
            self.fail(path, f"unknown language code {code!r}; {LANGUAGE_CODE_HINT}")
            return None
        return code


def _reject_constant(name: str):
    raise ValueError(f"{name} is not a valid number in a scenario")


def read_scenario(source: str) -> Any:
    """The parsed JSON of a scenario file ("-" reads stdin); ScenarioError if unreadable."""
    try:
        if source == "-":
            text = sys.stdin.read()
        else:
            with open(source, encoding="utf-8") as handle:
                text = handle.read()
    except (OSError, UnicodeDecodeError) as error:
        raise ScenarioError([f"{source}: cannot read the file: {error}"]) from error
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as error:
        where = f"line {error.lineno} column {error.colno}"
        raise ScenarioError([f"{source}: not valid JSON at {where}: {error.msg}"]) from error
    except ValueError as error:
        raise ScenarioError([f"{source}: {error}"]) from error


def run_scenario_file(source: str, solve: Callable[[Any], dict]) -> int:
    """Read, solve and print a scenario; the exit code of the CLI contract (0 or 1)."""
    try:
        result = solve(read_scenario(source))
    except ScenarioError as error:
        for line in error.errors:
            print(line, file=sys.stderr)
        return 1
    json.dump(result, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0
