"""Factories for newsletter subscribers and issues; `generate()` adds the demo issue."""

import random

import factory
from django.utils import timezone

from vreemdelingenrecht.models import NewsPage, Topic
from vreemdelingenrecht.nieuwsbrief.models import NewsletterIssue, Subscriber

DEMO_SUBJECT = {
    "nl": "Nieuwsbrief vreemdelingenrecht: het nieuws van deze maand",
    "en": "Foreigners law newsletter: this month's news",
    "fr": "Lettre d'information droit des étrangers : les nouvelles du mois",
    "uk": "Розсилка про право іноземців: новини цього місяця",
    "ru": "Рассылка о праве иностранцев: новости этого месяца",
    "ar": "النشرة الإخبارية لقانون الأجانب: أخبار هذا الشهر",
}
DEMO_INTRO = {
    "nl": "Dit is een demo-nieuwsbrief. Hieronder vind je het recente nieuws over je thema's.",
    "en": "This is a demo newsletter. Below you find the recent news on your topics.",
    "fr": "Ceci est une lettre de démonstration. Voici les dernières nouvelles sur vos thèmes.",
    "uk": "Це демонстраційна розсилка. Нижче ви знайдете останні новини за вашими темами.",
    "ru": "Это демонстрационная рассылка. Ниже вы найдёте последние новости по вашим темам.",
    "ar": "هذه نشرة تجريبية. تجد أدناه آخر الأخبار حول مواضيعك.",
}
DEMO_SUBSCRIBERS = 12


class SubscriberFactory(factory.django.DjangoModelFactory):
    email = factory.Sequence(lambda n: f"abonnee{n}@example.org")
    language = "nl"
    status = Subscriber.Status.ACTIVE
    confirmed_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = Subscriber
        django_get_or_create = ("email",)
        skip_postgeneration_save = True

    @factory.post_generation
    def topics(self, create, extracted, **kwargs):
        if create and extracted:
            self.topics.set(extracted)


class NewsletterIssueFactory(factory.django.DjangoModelFactory):
    subject_nl = factory.Sequence(lambda n: f"Nieuwsbrief {n}")

    class Meta:
        model = NewsletterIssue


def generate(*, seed: int = 42) -> NewsletterIssue:
    """One draft issue with the latest news, and a few confirmed example.org subscribers."""
    rng = random.Random(seed)
    topics = list(Topic.objects.order_by("pk"))
    languages = ["nl", "nl", "nl", "fr", "en", "uk", "ru", "ar"]
    for number in range(DEMO_SUBSCRIBERS):
        subscriber = SubscriberFactory(
            email=f"demo-abonnee-{number + 1}@example.org", language=rng.choice(languages)
        )
        if topics:
            subscriber.topics.set(rng.sample(topics, k=min(len(topics), rng.randint(1, 3))))
    fields = {f"subject_{code}": text for code, text in DEMO_SUBJECT.items()}
    fields.update({f"intro_{code}": text for code, text in DEMO_INTRO.items()})
    issue = NewsletterIssue.objects.filter(subject_nl=DEMO_SUBJECT["nl"]).first()
    if issue is None:
        issue = NewsletterIssue(**fields)
    for name, value in fields.items():
        setattr(issue, name, value)
    issue.save()
    issue.news_items.set(NewsPage.objects.live().order_by("-date", "pk")[:6])
    issue.save()
    return issue
