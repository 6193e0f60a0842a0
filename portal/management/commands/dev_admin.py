"""Create or reset the development admin user with a generated password and print how to log in."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from portal.services import dev_admin_reset


class Command(BaseCommand):
    help = "Create or reset the development admin user (only when DEBUG is on)."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")
        parser.add_argument("--url", default="http://127.0.0.1:8000/admin/")

    def handle(self, *args, username, url, **options):
        if not settings.DEBUG:
            raise CommandError(
                "dev_admin only runs with DEBUG on. In production, use `manage.py createsuperuser`."
            )
        password = dev_admin_reset(username=username)
        self.stdout.write(
            self.style.SUCCESS(
                f"Admin login: {url}\n  username: {username}\n  password: {password}"
            )
        )
