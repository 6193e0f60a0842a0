"""Admin views that show personal data write an access-log entry (no search words, no addresses)."""

from portal.audit import audit


class ListAccessLogged:
    """For an index view: every page of the listing that is shown is logged."""

    access_action = ""

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        searched = "yes" if request.GET.get("q") else "no"
        audit(
            request,
            self.access_action,
            detail=f"list page {request.GET.get('p', '1')[:6]}; searched: {searched}",
        )
        return response


class ObjectAccessLogged:
    """For an edit or inspect view: showing the record is logged against it."""

    access_action = ""

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        audit(request, self.access_action, self.object)
        return response
