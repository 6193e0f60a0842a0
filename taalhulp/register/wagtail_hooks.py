"""The register in the admin: a snippet with filters, open to the register's managers only."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from taalhulp.register.models import Interpreter


class InterpreterViewSet(SnippetViewSet):
    model = Interpreter
    icon = "user"
    menu_label = _("Interpreter register")
    add_to_admin_menu = True
    menu_order = 320
    list_display = ["certificate_number", "name", "kind", "valid_until", "hidden"]
    list_filter = ["kind", "remote", "on_site", "hidden", "valid_until"]
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
