"""Snippet choosers for personal data: only users who may view the model can list or pick rows.

Wagtail's snippet choosers answer every admin user, which is fine for themes or topics but
would show newsletter subscribers' addresses to every organisation editor.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from wagtail.snippets.views import chooser


def may_view(user, model) -> bool:
    opts = model._meta
    return any(
        user.has_perm(f"{opts.app_label}.{action}_{opts.model_name}")
        for action in ("view", "change")
    )


class _ViewPermissionRequired:
    def dispatch(self, request, *args, **kwargs):
        if not may_view(request.user, self.model):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class PrivateChooseView(_ViewPermissionRequired, chooser.ChooseView):
    pass


class PrivateChooseResultsView(_ViewPermissionRequired, chooser.ChooseResultsView):
    pass


class PrivateChosenView(_ViewPermissionRequired, chooser.SnippetChosenView):
    pass


class PrivateChosenMultipleView(_ViewPermissionRequired, chooser.SnippetChosenMultipleView):
    pass


class PrivateCreateView(_ViewPermissionRequired, chooser.SnippetCreateView):
    pass


class PrivateSnippetChooserViewSet(chooser.SnippetChooserViewSet):
    choose_view_class = PrivateChooseView
    choose_results_view_class = PrivateChooseResultsView
    chosen_view_class = PrivateChosenView
    chosen_multiple_view_class = PrivateChosenMultipleView
    create_view_class = PrivateCreateView
