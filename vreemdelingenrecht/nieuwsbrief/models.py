"""Newsletter subscribers, issues composed from news pages, and one delivery per subscriber."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel

from vreemdelingenrecht.nieuwsbrief.forms import NewsletterIssueForm


class Subscriber(models.Model):
    """Only what sending needs: the address, the language and the chosen topics."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for confirmation")
        ACTIVE = "active", _("Confirmed")

    email = models.EmailField(_("e-mail address"), unique=True)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    topics = models.ManyToManyField(
        "vreemdelingenrecht.Topic", blank=True, related_name="subscribers", verbose_name=_("topics")
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    created_at = models.DateTimeField(_("signed up on"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed on"), null=True, blank=True)

    class Meta:
        verbose_name = _("subscriber")
        verbose_name_plural = _("subscribers")
        ordering = ["email"]
        permissions = [("export_subscriber", _("Can export the subscriber list"))]

    def __str__(self):
        return self.email


class NewsletterIssue(ClusterableModel):
    """One newsletter: a subject, a short introduction and a choice of recent news items."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SENDING = "sending", _("Sending")
        SENT = "sent", _("Sent")

    subject = models.CharField(_("subject"), max_length=200)
    intro = models.TextField(
        _("introduction"), blank=True, help_text=_("A few sentences above the news items.")
    )
    news_items = ParentalManyToManyField(
        "vreemdelingenrecht.NewsPage",
        blank=True,
        related_name="+",
        verbose_name=_("news items"),
        help_text=_(
            "The news of the last weeks is ticked for you. Each subscriber gets only the items "
            "on their topics (and items without a topic)."
        ),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT, editable=False
    )
    created_at = models.DateTimeField(_("created on"), auto_now_add=True)
    send_started_at = models.DateTimeField(_("sending started on"), null=True, editable=False)
    sent_at = models.DateTimeField(_("sent on"), null=True, editable=False)
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("sent by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [FieldPanel("subject"), FieldPanel("intro"), FieldPanel("news_items")]
    base_form_class = NewsletterIssueForm

    class Meta:
        verbose_name = _("newsletter issue")
        verbose_name_plural = _("newsletter issues")
        ordering = ["-created_at"]
        permissions = [("send_newsletterissue", _("Can send newsletter issues"))]

    def __str__(self):
        return self.subject

    @property
    def is_draft(self) -> bool:
        return self.status == self.Status.DRAFT


class Delivery(models.Model):
    """That one issue went (or was skipped) for one subscriber; never twice."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued in the outbox")
        SKIPPED = "skipped", _("Skipped: no news on their topics")

    issue = models.ForeignKey(NewsletterIssue, on_delete=models.CASCADE, related_name="deliveries")
    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="deliveries")
    status = models.CharField(_("status"), max_length=10, choices=Status.choices)
    outbox_email = models.ForeignKey(
        "portal.OutboxEmail", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")
        constraints = [
            models.UniqueConstraint(fields=["issue", "subscriber"], name="one_delivery_per_issue")
        ]

    def __str__(self):
        return f"{self.issue} → {self.subscriber}"
