"""Demo "My 40 hours" planner page, with its texts in six languages; `generate()` builds it."""

from django.utils import translation
from wagtail.models import Page

from inburgering.planner_models import ParticipationPlannerPage

PAGE = {
    "slug": {
        "nl": "mijn-40-uur",
        "en": "my-40-hours",
        "fr": "mes-40-heures",
        "uk": "moi-40-hodyn",
        "ru": "moi-40-chasov",
        "ar": "saati-al-arbaun",
    },
    "title": {
        "nl": "Mijn 40 uur",
        "en": "My 40 hours",
        "fr": "Mes 40 heures",
        "uk": "Мої 40 годин",
        "ru": "Мои 40 часов",
        "ar": "ساعاتي الأربعون",
    },
    "intro": {
        "nl": "In je inburgering doe je minstens 40 uur mee aan activiteiten: "
        "vrijwilligerswerk, een praattafel of een club. Kies hier activiteiten en zie hoeveel uur "
        "je al hebt.",
        "en": "In your civic integration you take part in activities for at least 40 hours: "
        "volunteering, a conversation table or a club. Choose activities here and see how many "
        "hours you have.",
        "fr": "Pendant votre parcours d'intégration, vous participez à des activités pendant au "
        "moins 40 heures : bénévolat, table de conversation ou club. Choisissez ici des activités "
        "et voyez combien d'heures vous avez déjà.",
        "uk": "Під час інтеграції ви берете участь в активностях щонайменше 40 годин: "
        "волонтерство, розмовний клуб або гурток. Виберіть тут активності й подивіться, скільки "
        "годин у вас уже є.",
        "ru": "Во время интеграции вы участвуете в занятиях не меньше 40 часов: волонтёрство, "
        "разговорный клуб или кружок. Выберите здесь занятия и посмотрите, сколько часов у вас "
        "уже есть.",
        "ar": "في مسار الاندماج تشارك في أنشطة لمدة 40 ساعة على الأقل: عمل تطوعي أو طاولة "
        "محادثة أو نادٍ. اختر الأنشطة هنا وانظر كم ساعة لديك.",
    },
    "demo_note": {
        "nl": "Dit is een voorbeeld. Je trajectbegeleider zegt welke activiteiten meetellen.",
        "en": "This is an example. Your trajectory guide tells you which activities count.",
        "fr": "Ceci est un exemple. Votre accompagnateur de parcours vous dit quelles activités "
        "comptent.",
        "uk": "Це приклад. Ваш консультант з інтеграції скаже, які активності зараховуються.",
        "ru": "Это пример. Ваш консультант по интеграции скажет, какие занятия засчитываются.",
        "ar": "هذا مثال. مرشدك في المسار يقول لك أي الأنشطة تُحتسب.",
    },
}


def _fields() -> dict:
    fields = {}
    for name in ("slug", "title", "intro"):
        fields.update({f"{name}_{code}": text for code, text in PAGE[name].items()})
    for code, text in PAGE["demo_note"].items():
        fields[f"body_{code}"] = [
            {"type": "callout", "value": {"kind": "info", "heading": "", "text": f"<p>{text}</p>"}}
        ]
    fields["slug"], fields["title"] = fields["slug_nl"], fields["title_nl"]
    return fields


def generate(*, seed: int = 42, home: Page) -> ParticipationPlannerPage:
    """Create or refresh the demo planner page under `home`; running it twice changes nothing."""
    fields = _fields()
    with translation.override("nl"):
        page = (
            home.get_children().type(ParticipationPlannerPage).filter(slug=fields["slug"]).first()
        )
        if page is None:
            page = ParticipationPlannerPage(show_in_menus=False, **fields)
            home.add_child(instance=page)
        page = page.specific
        for name, value in fields.items():
            setattr(page, name, value)
        page.is_demo = True
        page.save_revision().publish()
    return page
