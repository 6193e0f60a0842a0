"""Belgian municipalities and postcodes (Flanders and Brussels) with a point each."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Municipality(models.Model):
    class Region(models.TextChoices):
        FLANDERS = "flanders", _("Flanders")
        BRUSSELS = "brussels", _("Brussels")

    nis = models.CharField(_("NIS code"), max_length=5, primary_key=True)
    name_nl = models.CharField(_("name in Dutch"), max_length=100, db_index=True)
    name_fr = models.CharField(_("name in French"), max_length=100, db_index=True)
    region = models.CharField(_("region"), max_length=10, choices=Region.choices)
    province = models.CharField(_("province"), max_length=50, blank=True)
    latitude = models.FloatField(_("latitude"))
    longitude = models.FloatField(_("longitude"))

    class Meta:
        db_table = "aanbod_municipality"  # moved from aanbod in state only: the table stays
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")
        ordering = ["name_nl"]

    def __str__(self):
        if self.region == self.Region.BRUSSELS and self.name_fr != self.name_nl:
            return f"{self.name_nl} / {self.name_fr}"
        return self.name_nl


class Postcode(models.Model):
    code = models.CharField(_("postcode"), max_length=4, db_index=True)
    municipality = models.ForeignKey(
        Municipality, on_delete=models.CASCADE, related_name="postcodes"
    )
    latitude = models.FloatField(_("latitude"))
    longitude = models.FloatField(_("longitude"))

    class Meta:
        db_table = "aanbod_postcode"  # moved from aanbod in state only: the table stays
        verbose_name = _("postcode")
        verbose_name_plural = _("postcodes")
        constraints = [
            models.UniqueConstraint(fields=["code", "municipality"], name="unique_postcode_place")
        ]

    def __str__(self):
        return f"{self.code} {self.municipality}"
