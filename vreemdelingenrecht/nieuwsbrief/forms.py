"""The public subscription form and the admin form of a newsletter issue."""

import datetime as dt

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from portal.forms import SpamProtectedForm
from vreemdelingenrecht.models import NewsPage, Topic


def recent_days() -> int:
    return int(getattr(settings, "NEWSLETTER_RECENT_DAYS", 31))


def recent_news(days: int | None = None, today: dt.date | None = None):
    """Live, public news pages of the last `days` days, newest first (the prefill of a new
    issue). A page behind a view restriction never goes out by e-mail."""
    today = today or timezone.localdate()
    since = today - dt.timedelta(days=recent_days() if days is None else days)
    return NewsPage.objects.live().public().filter(date__gte=since).order_by("-date", "pk")


class SubscribeForm(SpamProtectedForm):
    email = forms.EmailField(
        label=_("Your e-mail address"),
        max_length=254,
        error_messages={
            "required": _("Enter your e-mail address."),
            "invalid": _("Enter an e-mail address like name@example.be."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    topics = forms.ModelMultipleChoiceField(
        label=_("Topics"),
        queryset=None,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one topic.")},
    )

    field_order = ["email", "topics"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topics"].queryset = Topic.objects.all()


class NewsletterIssueForm(WagtailAdminModelForm):
    """Offers recent news to choose from; a new issue starts with the last weeks' news ticked."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("news_items")
        if field is None:
            return
        offered = set(recent_news(days=max(90, 3 * recent_days())).values_list("pk", flat=True))
        if self.instance.pk:
            offered |= set(self.instance.news_items.values_list("pk", flat=True))
        # The widget first: setting the queryset hands its choices to the current widget.
        field.widget = forms.CheckboxSelectMultiple()
        field.queryset = (
            NewsPage.objects.filter(pk__in=offered).order_by("-date").prefetch_related("topics")
        )
        field.label_from_instance = _news_label
        if not self.instance.pk and not self.is_bound:
            self.initial["news_items"] = list(recent_news().values_list("pk", flat=True))


def _news_label(page) -> str:
    topics = ", ".join(str(topic) for topic in page.topics.all())
    label = f"{page.date:%d-%m-%Y} · {page.title}"
    return f"{label} ({topics})" if topics else label
