"""The hub's webinars now live in the training calendar: vorming's data migration copied them."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("crisis", "0001_initial"),
        ("vorming", "0002_crisis_webinars"),
    ]

    operations = [migrations.DeleteModel(name="Webinar")]
