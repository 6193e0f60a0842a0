"""The erasure ledger: erasures are re-applied after a restore from an older backup."""

import io
import json

import pytest
from django.core.management import call_command

from buddy.models import Candidate
from portal.models import OutboxEmail
from portal.privacy import holders, ledger
from portal.privacy.models import ErasureRecord
from search.alerts import services as alerts
from search.alerts import tokens
from search.alerts.models import SavedSearch
from tests.portal.gdpr_world import EMAIL, NAME, person
from vreemdelingenrecht.nieuwsbrief import subscriptions
from vreemdelingenrecht.nieuwsbrief.models import Subscriber

pytestmark = pytest.mark.django_db


def _backup():
    """What a database dump holds of the person's rows (a restore puts them back)."""
    return {
        model: list(model.objects.filter(**{field: EMAIL}).values())
        for model, field in (
            (Candidate, "email"),
            (Subscriber, "email"),
            (SavedSearch, "email"),
            (OutboxEmail, "to"),
        )
    }


def _restore(dump):
    for model, rows in dump.items():
        for row in rows:
            model.objects.filter(pk=row["id"]).delete()
            model.objects.create(**row)


def test_the_ledger_holds_keyed_hashes_only(tmp_path, settings):
    settings.PRIVACY_LEDGER_PATH = str(tmp_path / "ledger.jsonl")
    person()
    holders.erase(EMAIL, holders.kinds())
    text = (tmp_path / "ledger.jsonl").read_text()
    assert EMAIL not in text and NAME not in text
    lines = [json.loads(line) for line in text.splitlines()]
    assert {line["scope"] for line in lines} >= {"all", "volunteer", "newsletter"}
    assert all(len(line["digest"]) == 64 for line in lines)
    assert ledger.digest("all", EMAIL) != ledger.digest("newsletter", EMAIL)


def test_a_restore_from_an_older_backup_is_erased_again(tmp_path, settings):
    settings.PRIVACY_LEDGER_PATH = str(tmp_path / "ledger.jsonl")
    person()
    other = person("other@example.org", "Other Person")
    dump = _backup()
    holders.erase(EMAIL, holders.kinds())
    # Restore: the old rows come back and the ledger table is as old as the backup.
    ErasureRecord.objects.all().delete()
    Candidate.objects.filter(email="", status="anonymised").delete()
    _restore(dump)
    assert holders.summary(EMAIL)["volunteer"] == 1
    out = io.StringIO()
    call_command("erasure_ledger", "apply", settings.PRIVACY_LEDGER_PATH, stdout=out)
    assert "records imported" in out.getvalue()
    assert holders.summary(EMAIL) == dict.fromkeys(holders.kinds(), 0)
    assert holders.summary(other.email)["saved_searches"] == 2


def test_unsubscribing_is_remembered_for_a_restore():
    someone = person()
    dump = _backup()
    assert subscriptions.unsubscribe(subscriptions.unsubscribe_token(someone.subscriber))
    first, second = someone.searches
    assert alerts.unsubscribe(tokens.unsubscribe_token(first.pk))
    _restore({Subscriber: dump[Subscriber], SavedSearch: dump[SavedSearch]})
    counts = holders.reapply_ledger()
    assert counts["newsletter"] == 1 and counts["saved_search"] == 1
    assert not Subscriber.objects.filter(email=EMAIL).exists()
    # Only the search that was stopped goes; the other one stays.
    assert list(SavedSearch.objects.filter(email=EMAIL).values_list("pk", flat=True)) == [second.pk]
    assert Candidate.objects.get(pk=someone.candidate.pk).name == NAME


def test_export_and_a_broken_ledger_file(tmp_path):
    person()
    holders.erase(EMAIL, ["newsletter"])
    path = tmp_path / "export.jsonl"
    call_command("erasure_ledger", "export", str(path))
    [line] = path.read_text().splitlines()
    assert json.loads(line)["scope"] == "newsletter"
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"scope": "nonsense", "digest": "x"}\n')
    with pytest.raises(Exception, match="not a ledger line"):
        call_command("erasure_ledger", "apply", str(broken))
