"""Seed (or refresh) the demo site from the factories; safe to run again."""

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.module_loading import import_string
from wagtail.models import Page

from portal import demo_steps
from portal.models import HomePage


class Command(BaseCommand):
    help = "Create or refresh the demo content. Running it twice gives the same site."

    def run_step(self, step: demo_steps.DemoStep, seed: int) -> None:
        if step.command:
            call_command(step.command, stdout=self.stdout)
            return
        arguments = {"seed": seed}
        if step.with_home:
            arguments["home"] = HomePage.objects.get()
        import_string(step.builder)(**arguments)

    def add_arguments(self, parser):
        parser.add_argument("--seed", type=int, default=42, help="Random seed (default 42).")
        parser.add_argument(
            "--no-index", action="store_true", help="Skip updating the search index."
        )

    def handle(self, *args, seed, no_index, **options):
        # Each app registers its steps from its AppConfig.ready() (portal.demo_steps).
        steps = demo_steps.steps()
        with transaction.atomic():
            for number, step in enumerate(steps, start=1):
                self.stdout.write(f"[{number}/{len(steps)}] {step.label} ...")
                self.run_step(step, seed)
        if not no_index:
            self.stdout.write("Updating the search index ...")
            call_command("update_index", verbosity=0)
        self.stdout.write(
            self.style.SUCCESS(f"Demo content ready: {Page.objects.live().count()} live pages.")
        )
