"""What every legal page shares: click-call-connect, with `?place=` looking up local help."""

from vreemdelingenrecht.models.local_help import local_help_lookup


class LocalHelpMixin:
    """Every legal page closes with click-call-connect; `?place=` looks up local help."""

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["local_help"] = local_help_lookup(request.GET.get("place", ""))
        return context
