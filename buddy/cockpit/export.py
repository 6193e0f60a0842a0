"""CSV export scoped by role; e-mail addresses only when asked and allowed; always logged."""

from django.http import HttpResponse
from django.utils import timezone

from buddy import selectors
from buddy.cockpit.access import cockpit_required
from buddy.permissions import is_agency
from portal import csv_export
from portal.audit import audit


def _lang(candidate) -> str:
    return " ".join(f"{code}:{level}" for code, level in sorted(candidate.languages.items()))


@cockpit_required
def export_csv(request):
    agency = is_agency(request.user)
    with_email = request.GET.get("email") == "1"
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="buddy-proposals-{stamp}.csv"'
    writer = csv_export.writer(response)
    header = [
        "proposal",
        "state",
        "initiative",
        "municipality",
        "candidate",
        "score",
        "created",
        "sent",
    ]
    header += ["name", "phone"] + (["email"] if with_email else [])
    writer.writerow(header)
    rows = 0
    for p in selectors.proposals_for(request.user).order_by("pk"):
        c = p.candidate
        # The local coordinator gets contact details only after the volunteer said yes.
        contact = c is not None and (agency or p.contact_shared)
        row = [
            p.pk,
            p.state,
            p.initiative.title,
            str(p.initiative.municipality),
            c.reference if c else "",
            f"{p.score:.3f}",
            p.created_at.date().isoformat(),
            p.sent_at.date().isoformat() if p.sent_at else "",
            c.name if contact else "",
            c.phone if contact else "",
        ]
        if with_email:
            row.append(c.email if contact else "")
        writer.writerow(row)
        rows += 1
    audit(
        request,
        "buddy.export",
        detail=f"{rows} proposals; email={'yes' if with_email else 'no'}; "
        f"scope={'agency' if agency else 'local'}",
    )
    return response
