"""Build expensive test data once per test session and replay it into each test's transaction.

`demo_site` costs seconds to build and hundreds of tests ask for it. At the start of the session,
`DataSnapshot.record` builds it once inside a transaction that is rolled back, and keeps what the
build changed: per table, the rows it added, changed and removed (PostgreSQL's COPY text format,
keyed by primary key). A test then replays that change inside its own transaction, which
pytest-django rolls back as usual: the same rows, in milliseconds.

Replaying is only correct on the database the change was recorded against. Before each replay the
tables it touches are compared with the recorded state; when they differ (a transactional test
flushed the database, or a module fixture built data first), the caller builds for real instead.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.db.models import Model


def _raw_cursor():
    return connection.cursor().cursor  # psycopg's own cursor, for COPY


def _table_rows(table: str, key_column: str | None) -> bytes:
    """Every row of `table` as COPY text lines, in key order (physical order may differ)."""
    order = f' ORDER BY "{key_column}"' if key_column else ""
    with _raw_cursor().copy(f'COPY (SELECT * FROM "{table}"{order}) TO STDOUT') as copy:
        return b"".join(bytes(block) for block in copy)


def _primary_keys() -> dict[str, tuple[int, str]]:
    """Table name -> position and name of its single-column primary key, in `SELECT *` order."""
    keys = {}
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            columns = connection.introspection.get_primary_key_columns(cursor, table) or []
            if len(columns) != 1:
                continue
            names = [c.name for c in connection.introspection.get_table_description(cursor, table)]
            keys[table] = (names.index(columns[0]), columns[0])
    return keys


def _referenced_tables(tables) -> set[str]:
    """The tables that rows of `tables` point to with a foreign key."""
    referenced = set()
    with connection.cursor() as cursor:
        for table in tables:
            relations = connection.introspection.get_relations(cursor, table)
            referenced.update(other_table for _column, other_table in relations.values())
    return referenced


def _by_key(rows: bytes, position: int) -> dict[bytes, bytes]:
    return {line.split(b"\t")[position]: line for line in rows.splitlines()}


@dataclass
class TableChange:
    """What a build did to one table: rows to remove (by key) and rows to write (COPY lines)."""

    table: str
    key_column: str
    before: bytes
    remove: list[str] = field(default_factory=list)
    write: list[bytes] = field(default_factory=list)


def _freeze(result):
    """A build's result (a model instance, or a dict of them) as model and key, to fetch again."""
    if result is None:
        return None
    if isinstance(result, Model):
        return (type(result), result.pk)
    if isinstance(result, dict):
        return {name: _freeze(value) for name, value in result.items()}
    raise TypeError(f"a recorded build returns model instances or a dict of them, not {result!r}")


def _thaw(frozen):
    if frozen is None:
        return None
    if isinstance(frozen, dict):
        return {name: _thaw(value) for name, value in frozen.items()}
    model, pk = frozen
    return model.objects.get(pk=pk)


@dataclass
class DataSnapshot:
    """The change a build made to the database, and what it returned."""

    changes: list[TableChange]
    result: object
    seconds: float

    @classmethod
    def record(cls, build: Callable[..., object], *bases: DataSnapshot):
        """Run `build` in a transaction that is rolled back, and keep what it changed.

        `bases`, other recordings, are replayed first, in order, and `build` gets what they
        returned. It returns a model instance or a dict of them; `replay()` returns them again.
        Replay the bases in the same order before this one (fixture arguments in that order)."""
        started = time.perf_counter()
        keys = _primary_keys()
        with connection.cursor() as cursor:
            tables = sorted(connection.introspection.table_names(cursor))
        with transaction.atomic():
            base_results = [base.replay() for base in bases]
            before = {t: _table_rows(t, keys.get(t, (0, None))[1]) for t in tables}
            result = build(*base_results)
            after = {t: _table_rows(t, keys.get(t, (0, None))[1]) for t in tables}
            transaction.set_rollback(True)
        changed = {table for table in tables if before[table] != after[table]}
        keyless = sorted(changed - set(keys))
        if keyless:
            raise ValueError(f"cannot replay changes to tables without a primary key: {keyless}")
        # Rows written point at rows the build did not touch (content types, locales): those
        # must be the same too, or the replayed rows would point at the wrong ones.
        checked = changed | (_referenced_tables(changed) & set(tables))
        changes = []
        for table in sorted(checked):
            position, key_column = keys[table]
            old = _by_key(before[table], position)
            new = _by_key(after[table], position)
            change = TableChange(table, key_column, before[table])
            for key, line in old.items():
                if new.get(key) != line:
                    change.remove.append(key.decode())
            change.write = [line for key, line in new.items() if old.get(key) != line]
            changes.append(change)
        return cls(changes, _freeze(result), time.perf_counter() - started)

    def applies(self) -> bool:
        """True when every table the change touches is as it was when the change was recorded."""
        return all(
            _table_rows(change.table, change.key_column) == change.before for change in self.changes
        )

    def replay(self):
        """Write the recorded change, in one transaction (a savepoint inside a test's own), and
        return fresh instances of what the build returned."""
        with transaction.atomic():
            self._write()
        ContentType.objects.clear_cache()
        return _thaw(self.result)

    def replay_or_build(self, build: Callable[[], object]):
        """Replay where the database is as recorded, else run `build`, which must then make
        the same content on what it finds (the demo builders are idempotent)."""
        return self.replay() if self.applies() else build()

    def _write(self) -> None:
        cursor = _raw_cursor()
        for change in self.changes:
            if change.remove:
                cursor.execute(
                    f'DELETE FROM "{change.table}" WHERE "{change.key_column}"::text = ANY(%s)',
                    [change.remove],
                )
        for change in self.changes:
            if change.write:
                with cursor.copy(f'COPY "{change.table}" FROM STDIN') as copy:
                    copy.write(b"\n".join(change.write) + b"\n")
        # Rows came in with their own keys: move each key sequence past them, or the next row a
        # test creates could get a key a replayed row has (sequences are not rolled back, so a
        # database whose sequences were reset, e.g. copied from a template, falls behind).
        for change in self.changes:
            if change.write:
                cursor.execute(
                    "SELECT pg_get_serial_sequence(%s, %s)",
                    [f'"{change.table}"', change.key_column],
                )
                (sequence,) = cursor.fetchone()
                if sequence:
                    cursor.execute(
                        f'SELECT setval(%s, GREATEST((SELECT max("{change.key_column}") '
                        f'FROM "{change.table}"), (SELECT last_value FROM {sequence})))',
                        [sequence],
                    )
        # Foreign keys are deferred: check them now, so a broken replay fails here, by name.
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        cursor.execute("SET CONSTRAINTS ALL DEFERRED")
