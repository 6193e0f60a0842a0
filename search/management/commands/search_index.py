"""Manage the search engine's indices: rebuild behind the alias, show status, drop stale ones."""

from django.core.management.base import BaseCommand, CommandError

from search import lifecycle
from search.client import EngineUnavailable, get_client
from search.indexes import index_definitions


class Command(BaseCommand):
    help = "Search indices: rebuild (no downtime), status, drop-stale."

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["rebuild", "status", "drop-stale"])
        parser.add_argument(
            "--index",
            choices=sorted(index_definitions.keys()),
            action="append",
            help="Only this index (default: all). Can be given more than once.",
        )

    def handle(self, *args, action, index, **options):
        client = get_client()
        if client is None:
            raise CommandError(
                "No search engine is configured. Set SEARCH_URL (for example "
                "http://127.0.0.1:9200) to use OpenSearch or Elasticsearch."
            )
        definitions = [
            index_definitions[name] for name in (index or sorted(index_definitions.keys()))
        ]
        try:
            for definition in definitions:
                getattr(self, action.replace("-", "_"))(client, definition)
        except EngineUnavailable as error:
            raise CommandError(
                f"The search engine at {client.config.url} does not answer ({error}). "
                "Check that it runs, then try again."
            ) from error

    def rebuild(self, client, definition):
        self.stdout.write(f"Rebuilding '{definition.name}' ...")

        def progress(done):
            self.stdout.write(f"  {done} documents indexed", ending="\r")
            self.stdout.flush()

        report = lifecycle.rebuild(client, definition, progress=progress)
        self.stdout.write("")
        for failure in report.failures:
            self.stderr.write(f"  failed: {failure}")
        style = self.style.WARNING if report.failures else self.style.SUCCESS
        self.stdout.write(
            style(
                f"Summary: '{definition.name}' now served by {report.index}: "
                f"{report.documents} documents, {len(report.failures)} failures, "
                f"{report.seconds:.1f} s."
            )
        )

    def status(self, client, definition):
        state = lifecycle.status(client, definition)
        self.stdout.write(f"Index '{definition.name}' (alias {state['alias']})")
        self.stdout.write(f"  serving:   {', '.join(state['serving']) or 'nothing: run rebuild'}")
        self.stdout.write(f"  documents: {state['documents']}")
        self.stdout.write(f"  stale:     {', '.join(state['stale']) or 'none'}")
        self.stdout.write(f"  pending:   {len(state['pending'])} updates")
        for update in state["pending"]:
            self.stdout.write(
                f"    object {update.object_id}: {update.attempts} attempts, "
                f"last error: {update.last_error or '-'}"
            )

    def drop_stale(self, client, definition):
        dropped = lifecycle.drop_stale(client, definition)
        self.stdout.write(
            self.style.SUCCESS(
                f"Summary: dropped {len(dropped)} stale indices of '{definition.name}'"
                + (f": {', '.join(dropped)}" if dropped else ".")
            )
        )
