"""Reading an import file line by line, and the per-line report of what happened to each line."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import BinaryIO

from aanbod.interchange.checks import FieldError
from aanbod.interchange.format import MAX_LINE_BYTES

MAX_KEPT_REJECTIONS = 10_000


@dataclasses.dataclass(frozen=True)
class Rejection:
    """One problem with one line; `field` is a dotted path, "" for the whole line."""

    line: int
    field: str
    code: str
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.field or '-'}: {self.message} ({self.code})"


@dataclasses.dataclass
class ImportReport:
    dry_run: bool
    lines: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0  # lines, each with one or more rejections
    rejections: list[Rejection] = dataclasses.field(default_factory=list)
    rejections_not_kept: int = 0

    def reject(self, line: int, errors: list[FieldError], callback=None) -> None:
        self.rejected += 1
        for err in errors:
            rejection = Rejection(line, err.field, err.code, err.message)
            if callback is not None:
                callback(rejection)
            if len(self.rejections) < MAX_KEPT_REJECTIONS:
                self.rejections.append(rejection)
            else:
                self.rejections_not_kept += 1


@dataclasses.dataclass(frozen=True)
class OversizedLine:
    """Stands in for a line longer than MAX_LINE_BYTES, which is skipped unread."""

    size: int


def lines_from_stream(stream: BinaryIO, chunk: int = 65_536) -> Iterator[bytes | OversizedLine]:
    """The lines of a binary file without their line end, reading at most ~1 MiB at a time."""
    while line := stream.readline(MAX_LINE_BYTES + 2):  # room for "\r\n"
        if line.endswith(b"\n") or len(line) <= MAX_LINE_BYTES:
            yield line.removesuffix(b"\n").removesuffix(b"\r")
            continue
        size = len(line)
        while (rest := stream.readline(chunk)) and not rest.endswith(b"\n"):
            size += len(rest)
        size += len(rest.rstrip(b"\r\n"))
        yield OversizedLine(size)
