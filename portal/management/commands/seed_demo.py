"""Seed (or refresh) the demo site from the factories; safe to run again."""

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction

from portal import factories


class Command(BaseCommand):
    help = "Create or refresh the demo content. Running it twice gives the same site."

    # Each step is (label, callable). Later issues add their apps' generate() here.
    def steps(self, seed):
        from aanbod.demo import catalogue as offer_factories
        from buddy import factories as buddy_factories
        from crisis import factories as crisis_factories
        from portal.models import HomePage
        from vreemdelingenrecht import factories as legal_factories
        from vreemdelingenrecht.nieuwsbrief import factories as newsletter_factories

        return [
            ("portal: home, sections, menus, settings", lambda: factories.generate(seed=seed)),
            (
                "aanbod: places of Flanders and Brussels",
                lambda: call_command("load_places", stdout=self.stdout),
            ),
            (
                "aanbod: offers index, organisations, 150 offers",
                lambda: offer_factories.generate(seed=seed, home=HomePage.objects.get()),
            ),
            (
                "buddy: 30 initiatives, 200 candidates, a matching run",
                lambda: buddy_factories.generate(seed=seed, home=HomePage.objects.get()),
            ),
            (
                "vreemdelingenrecht: 13 topic pages, 20 rulings, 10 news items, local services",
                lambda: legal_factories.generate(seed=seed, home=HomePage.objects.get()),
            ),
            (
                "crisis: Ukraine hub with FAQ, 2 webinars, 3 publications, pictograms",
                lambda: crisis_factories.generate(seed=seed, home=HomePage.objects.get()),
            ),
            (
                "nieuwsbrief: one newsletter issue, 12 example.org subscribers",
                lambda: newsletter_factories.generate(seed=seed),
            ),
        ]

    def add_arguments(self, parser):
        parser.add_argument("--seed", type=int, default=42, help="Random seed (default 42).")
        parser.add_argument(
            "--no-index", action="store_true", help="Skip updating the search index."
        )

    def handle(self, *args, seed, no_index, **options):
        steps = self.steps(seed)
        with transaction.atomic():
            for number, (label, step) in enumerate(steps, start=1):
                self.stdout.write(f"[{number}/{len(steps)}] {label} ...")
                step()
        if not no_index:
            self.stdout.write("Updating the search index ...")
            call_command("update_index", verbosity=0)
        from wagtail.models import Page

        self.stdout.write(
            self.style.SUCCESS(f"Demo content ready: {Page.objects.live().count()} live pages.")
        )
