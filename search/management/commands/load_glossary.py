"""`manage.py load_glossary [FILE] [--dry-run] [--language xx]`: the concept glossary into the
offer search's synonym snippets; running it again changes only what changed in the file."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from portal.importing import ImportCannotRun, ImportCommand, ImportReport
from search import signals
from search.glossary import GLOSSARY_FILE, Concept, glossary_rows
from search.models import OfferSynonym

PROGRESS_EVERY = 25


def problem_message(code: str, params: dict) -> str:
    messages = {
        "required": _("This cell may not be empty."),
        "missing_column": _("The file has no column for this language."),
        "forbidden_sign": _('Remove the sign "%(sign)s": separate words with "|".'),
        "no_translation": _("Give the concept's words in at least one language besides Dutch."),
        "too_long": _("The words are longer than %(limit)d characters together."),
        "duplicate": _("This concept is already on line %(line)d."),
        "too_many_columns": _("The line has more cells than the header."),
    }
    return messages.get(code, code) % params


def _synonym_fields(concept: Concept) -> dict:
    return {"language": "*", "terms": concept.terms, "replacement": concept.replacement}


class Command(ImportCommand):
    help = gettext_lazy(
        "Load the concept glossary (a CSV file, docs/glossary-format.md) into the offer search's "
        "synonyms. Each concept becomes one synonym with source 'Glossary': its words in every "
        "language also find its Dutch words. Lines with errors are skipped and reported."
    )
    file_help = gettext_lazy(
        'The glossary CSV file (default: the shipped search/data/glossary.csv), or "-" for '
        "standard input."
    )
    default_file = str(GLOSSARY_FILE)

    def run_import(self, stream, path, *, dry_run, progress, on_rejection):
        try:
            text = stream.read().decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise ImportCannotRun(
                _('The file "%(path)s" is not UTF-8 text. Save it as UTF-8 and try again.')
                % {"path": path}
            ) from error
        report = ImportReport(dry_run=dry_run)
        existing = {
            synonym.concept.casefold(): synonym
            for synonym in OfferSynonym.objects.exclude(concept="").order_by("source", "pk")
        }
        created, updated = [], []
        for number, concept, problems in glossary_rows(text):
            report.lines += 1
            if concept is None:
                report.reject(
                    number,
                    [(p.field, p.code, problem_message(p.code, p.params)) for p in problems],
                    on_rejection,
                )
            else:
                self._compare(concept, existing, report, created, updated)
            if progress and report.lines % PROGRESS_EVERY == 0:
                progress(report)
        if progress:
            progress(report)
        if not dry_run and (created or updated):
            now = timezone.now()
            for synonym in updated:
                synonym.updated_at = now
            with transaction.atomic():
                OfferSynonym.objects.bulk_create(created)
                OfferSynonym.objects.bulk_update(
                    updated, ["language", "terms", "replacement", "updated_at"]
                )
                # Bulk writes send no signals: one rebuild of the offer index for the whole file.
                signals.on_synonyms_changed(OfferSynonym, None)
        return report

    @staticmethod
    def _compare(concept, existing, report, created, updated) -> None:
        """Create the concept's synonym, update it, or leave it (unchanged, or an editor's)."""
        wanted = _synonym_fields(concept)
        current = existing.get(concept.name.casefold())
        if current is None:
            synonym = OfferSynonym(source="glossary", concept=concept.name, **wanted)
            existing[concept.name.casefold()] = synonym
            created.append(synonym)
            report.created += 1
        elif current.source != "glossary" or all(
            getattr(current, name) == value for name, value in wanted.items()
        ):
            report.unchanged += 1  # an editor took this concept over, or nothing changed
        else:
            for name, value in wanted.items():
                setattr(current, name, value)
            updated.append(current)
            report.updated += 1
