"""The register in the admin: a snippet with filters, open to the register's managers only."""

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from taalhulp.register.models import LANGUAGE_CHOICES, Interpreter


class InterpreterFilterSet(WagtailFilterSet):
    """Filters of the register: a language, whether the certificate holds today, and more."""

    language = django_filters.ChoiceFilter(
        label=_("Language (with Dutch)"), choices=LANGUAGE_CHOICES, method="by_language"
    )
    status = django_filters.ChoiceFilter(
        label=_("Certificate"),
        choices=[("valid", _("Valid today")), ("expired", _("Expired"))],
        method="by_status",
    )

    class Meta:
        model = Interpreter
        fields = ["language", "status", "kind", "remote", "on_site", "hidden"]

    def by_language(self, queryset, name, value):
        return queryset.speaking(value)

    def by_status(self, queryset, name, value):
        valid = Interpreter.objects.valid_on().values("pk")
        return queryset.filter(pk__in=valid) if value == "valid" else queryset.exclude(pk__in=valid)


class InterpreterViewSet(SnippetViewSet):
    model = Interpreter
    icon = "user"
    menu_label = _("Interpreter register")
    add_to_admin_menu = True
    menu_order = 320
    list_display = ["certificate_number", "name", "kind", "valid_until", "hidden"]
    filterset_class = InterpreterFilterSet
    search_fields = ["certificate_number", "name"]
    ordering = ["certificate_number"]
    panels = [
        MultiFieldPanel(
            [FieldPanel("certificate_number"), FieldPanel("name"), FieldPanel("kind")],
            heading=_("Certificate"),
        ),
        FieldRowPanel([FieldPanel("valid_from"), FieldPanel("valid_until")]),
        FieldPanel("languages"),
        MultiFieldPanel(
            [FieldPanel("remote"), FieldPanel("on_site"), FieldPanel("areas")],
            heading=_("How and where"),
        ),
        MultiFieldPanel(
            [FieldPanel("email"), FieldPanel("phone"), FieldPanel("website")],
            heading=_("Contact details"),
        ),
        MultiFieldPanel(
            [FieldPanel("public_fields"), FieldPanel("hidden")], heading=_("What the public sees")
        ),
    ]


register_snippet(InterpreterViewSet)
