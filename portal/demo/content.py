"""Demo texts for `seed_demo`, drawn from the agency's 2022 annual report (see shared/domain):
the home page here, the sections (`sections.py`) and the footer pages and settings
(`footer.py`), each in all six site languages."""

from portal.demo.blocks import paragraphs
from portal.demo.footer import ABOUT, ACCESSIBILITY, PRIVACY, SITE_SETTINGS
from portal.demo.sections import BUDDY, PRACTISE_DUTCH, TAKE_PART, UKRAINE

__all__ = ["FOOTER_PAGES", "HOME", "SECTIONS", "SITE_SETTINGS"]

HOME = {
    "title": dict.fromkeys(("nl", "en", "fr", "uk", "ru", "ar"), "Wegwijs"),
    "slug": {"nl": "wegwijs"},
    "intro": {
        "nl": "Nederlands oefenen, meedoen in je buurt, buddy worden of juridische informatie "
        "vinden: hier vind je je weg in Vlaanderen en Brussel.",
        "en": "Practise Dutch, take part in your neighbourhood, become a buddy or find legal "
        "information: find your way in Flanders and Brussels here.",
        "fr": "Pratiquer le néerlandais, participer à la vie du quartier, devenir buddy ou "
        "trouver des informations juridiques : trouvez votre chemin en Flandre et à Bruxelles.",
        "uk": "Практикуйте нідерландську, долучайтеся до життя громади, станьте бадді або "
        "знайдіть юридичну інформацію: тут ви знайдете свій шлях у Фландрії та Брюсселі.",
        "ru": "Практикуйте нидерландский, участвуйте в жизни района, станьте бадди или найдите "
        "юридическую информацию: здесь вы найдёте свой путь во Фландрии и Брюсселе.",
        "ar": "تدرّب على اللغة الهولندية، وشارك في الحياة في حيّك، وكن رفيقًا (buddy)، أو ابحث "
        "عن معلومات قانونية: هنا تجد طريقك في فلاندرن وبروكسل.",
    },
    "body": paragraphs(
        {
            "nl": "Wegwijs is er voor iedereen die Nederlands leert, voor vrijwilligers, voor "
            "lokale besturen en organisaties, en voor professionals die werken met mensen van "
            "buitenlandse herkomst.",
            "en": "Wegwijs is for everyone who is learning Dutch, for volunteers, for local "
            "authorities and organisations, and for professionals who work with people of "
            "foreign origin.",
            "fr": "Wegwijs s'adresse à toutes les personnes qui apprennent le néerlandais, aux "
            "bénévoles, aux pouvoirs locaux et aux organisations, et aux professionnels qui "
            "travaillent avec des personnes d'origine étrangère.",
            "uk": "Wegwijs — для всіх, хто вивчає нідерландську, для волонтерів, місцевої влади "
            "та організацій, а також для фахівців, які працюють з людьми іноземного "
            "походження.",
            "ru": "Wegwijs — для всех, кто изучает нидерландский, для волонтёров, местных "
            "властей и организаций, а также для специалистов, которые работают с людьми "
            "иностранного происхождения.",
            "ar": "Wegwijs موجّه لكل من يتعلم الهولندية، وللمتطوعين، وللإدارات المحلية "
            "والمنظمات، وللمهنيين الذين يعملون مع أشخاص من أصل أجنبي.",
        }
    ),
}

SECTIONS = [PRACTISE_DUTCH, TAKE_PART, BUDDY, UKRAINE]
FOOTER_PAGES = [ABOUT, PRIVACY, ACCESSIBILITY]
