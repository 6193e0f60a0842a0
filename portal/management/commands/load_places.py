"""Load the Belgian postcode, municipality and reference region tables (portal/data)."""

import csv
from pathlib import Path

from django.core.management.base import BaseCommand
from django.db import transaction

from portal.models import Municipality, Postcode
from portal.regions import load_reference_regions

DATA = Path(__file__).resolve().parents[2] / "data"


class Command(BaseCommand):
    help = "Load or refresh municipalities and postcodes of Flanders and Brussels. Safe to re-run."

    def handle(self, *args, **options):
        with (DATA / "municipalities.csv").open(encoding="utf-8") as handle:
            municipalities = [
                Municipality(
                    nis=row["nis"],
                    name_nl=row["name_nl"],
                    name_fr=row["name_fr"],
                    region=row["region"],
                    province=row["province_nl"],
                    latitude=float(row["latitude"]),
                    longitude=float(row["longitude"]),
                )
                for row in csv.DictReader(handle)
            ]
        with (DATA / "places.csv").open(encoding="utf-8") as handle:
            postcodes = [
                Postcode(
                    code=row["postcode"],
                    municipality_id=row["municipality_nis"],
                    latitude=float(row["latitude"]),
                    longitude=float(row["longitude"]),
                )
                for row in csv.DictReader(handle)
            ]
        with transaction.atomic():
            Municipality.objects.bulk_create(
                municipalities,
                update_conflicts=True,
                unique_fields=["nis"],
                update_fields=["name_nl", "name_fr", "region", "province", "latitude", "longitude"],
            )
            Postcode.objects.bulk_create(
                postcodes,
                update_conflicts=True,
                unique_fields=["code", "municipality"],
                update_fields=["latitude", "longitude"],
            )
            regions = load_reference_regions(DATA / "reference_regions.csv")
        self.stdout.write(
            self.style.SUCCESS(
                f"Places loaded: {len(municipalities)} municipalities, {len(postcodes)} postcodes, "
                f"{regions} reference regions."
            )
        )
