"""Training sessions volunteers sign up for, attendance the coordinator records, and coaching."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from taalhulp.pool import choices
from taalhulp.pool.models.volunteers import Volunteer, Wave


class TrainingSession(models.Model):
    """A training for language helpers or crisis interpreters. A crisis interpreter is not
    proposed before a recorded attendance."""

    title = models.CharField(_("title"), max_length=200)
    kind = models.CharField(_("for"), max_length=20, choices=choices.Kind.choices)
    wave = models.ForeignKey(
        Wave, null=True, blank=True, on_delete=models.SET_NULL, related_name="trainings"
    )
    starts_at = models.DateTimeField(_("starts at"))
    minutes = models.PositiveSmallIntegerField(_("duration in minutes"), default=120)
    place = models.CharField(_("place or video link"), max_length=200)
    places = models.PositiveSmallIntegerField(_("places"), default=20)

    class Meta:
        ordering = ["starts_at"]
        verbose_name = _("training session")
        verbose_name_plural = _("training sessions")

    def __str__(self):
        return f"{self.title} ({self.starts_at:%Y-%m-%d})"


class TrainingSignup(models.Model):
    """A volunteer's place in a training; `attended` is set by the coordinator afterwards."""

    session = models.ForeignKey(TrainingSession, on_delete=models.CASCADE, related_name="signups")
    volunteer = models.ForeignKey(Volunteer, on_delete=models.CASCADE, related_name="trainings")
    signed_up_at = models.DateTimeField(auto_now_add=True)
    attended = models.BooleanField(_("attended"), null=True, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("training sign-up")
        verbose_name_plural = _("training sign-ups")
        constraints = [
            models.UniqueConstraint(fields=["session", "volunteer"], name="pool_one_signup")
        ]

    def __str__(self):
        return f"{self.volunteer} @ {self.session}"


class CoachingSession(models.Model):
    """A coaching conversation with a volunteer, for example after a difficult conversation.
    The note is about the volunteer's support, never about clients."""

    volunteer = models.ForeignKey(Volunteer, on_delete=models.CASCADE, related_name="coaching")
    held_on = models.DateField(_("held on"))
    coach = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    note = models.TextField(_("note"), max_length=1000, blank=True)

    class Meta:
        ordering = ["-held_on"]
        verbose_name = _("coaching session")
        verbose_name_plural = _("coaching sessions")

    def __str__(self):
        return f"{self.volunteer} {self.held_on}"
