"""Building blocks for realistic demo offers (texts drawn from the annual report's offer types)."""

# (offer_type, format, nl title, nl summary, translations {lang: (title, summary)}, themes, levels)
TEMPLATES = [
    (
        "practice",
        "in_person",
        "Praattafel {place}",
        "Elke week praten we in kleine groepjes Nederlands over alledaagse dingen. Iedereen is welkom.",
        {
            "en": (
                "Conversation table {place}",
                "Every week we speak Dutch in small groups about everyday things. Everyone is welcome.",
            ),
            "uk": (
                "Розмовний клуб {place}",
                "Щотижня ми розмовляємо нідерландською в невеликих групах про повсякденні речі. Ласкаво просимо всіх.",
            ),
            "ar": (
                "طاولة محادثة {place}",
                "نتحدث كل أسبوع باللغة الهولندية في مجموعات صغيرة عن أمور الحياة اليومية. الجميع مرحّب بهم.",
            ),
        },
        ["conversation"],
        ["A1", "A2", "B1"],
    ),
    (
        "practice",
        "in_person",
        "Taalcafé in de bibliotheek van {place}",
        "Oefen je Nederlands bij een kop koffie, samen met vrijwilligers van de bibliotheek.",
        {
            "en": (
                "Language café in the {place} library",
                "Practise your Dutch over a cup of coffee, with volunteers from the library.",
            )
        },
        ["conversation", "library"],
        ["A2", "B1", "B2"],
    ),
    (
        "practice",
        "online",
        "Online oefengroep Nederlands",
        "Wekelijks oefenen via videogesprek, vanuit je eigen huis. Je hebt een computer of smartphone nodig.",
        {
            "uk": (
                "Онлайн-група практики нідерландської",
                "Щотижнева практика через відеодзвінок із дому. Потрібен комп’ютер або смартфон.",
            )
        },
        ["conversation", "digital"],
        ["A2", "B1"],
    ),
    (
        "participation",
        "in_person",
        "Vrijwilligerswerk in het woonzorgcentrum van {place}",
        "Help bij activiteiten met bewoners en leer zo mensen uit je buurt kennen. Telt mee voor je 40 uur.",
        {
            "en": (
                "Volunteering at the {place} care home",
                "Help with activities for residents and meet people from your neighbourhood. Counts for your 40 hours.",
            )
        },
        ["volunteering", "care"],
        [],
    ),
    (
        "participation",
        "in_person",
        "Meedoen in de sportclub van {place}",
        "Train mee en help bij wedstrijden. Je leert nieuwe mensen kennen en oefent Nederlands.",
        {
            "ar": (
                "المشاركة في نادي {place} الرياضي",
                "تدرّب معنا وساعد في المباريات. ستتعرّف على أشخاص جدد وتتدرّب على الهولندية.",
            )
        },
        ["sport", "volunteering"],
        ["A1", "A2"],
    ),
    (
        "buddy_project",
        "in_person",
        "Buddyproject {place}",
        "Een vrijwilliger uit de buurt wordt je buddy. Jullie spreken regelmatig af en doen samen leuke dingen.",
        {
            "en": (
                "Buddy project {place}",
                "A volunteer from the neighbourhood becomes your buddy. You meet regularly and do fun things together.",
            ),
            "uk": (
                "Бадді-проєкт {place}",
                "Волонтер із вашого району стає вашим бадді. Ви регулярно зустрічаєтеся та разом робите цікаві речі.",
            ),
        },
        ["buddy", "network"],
        [],
    ),
    (
        "course_nt2",
        "in_person",
        "Nederlands voor anderstaligen in {place}",
        "Een cursus Nederlands als tweede taal bij het centrum voor volwassenenonderwijs.",
        {
            "en": (
                "Dutch for speakers of other languages in {place}",
                "A course in Dutch as a second language at the adult education centre.",
            )
        },
        ["course"],
        ["A0", "A1"],
    ),
    (
        "course_nt2",
        "blended",
        "Nederlands op de werkvloer",
        "Leer het Nederlands dat je nodig hebt op je werk, deels in de klas en deels online.",
        {},
        ["course", "work"],
        ["A2", "B1"],
    ),
    (
        "course_mo",
        "in_person",
        "Maatschappelijke oriëntatie in {place}",
        "Leer hoe de samenleving in Vlaanderen werkt: wonen, werken, onderwijs en gezondheid. In je eigen taal.",
        {
            "uk": (
                "Громадянська орієнтація в {place}",
                "Дізнайтеся, як влаштоване суспільство у Фландрії: житло, робота, освіта та здоров’я. Вашою мовою.",
            ),
            "ar": (
                "التوجيه المجتمعي في {place}",
                "تعرّف على كيفية عمل المجتمع في فلاندرن: السكن والعمل والتعليم والصحة. بلغتك.",
            ),
        },
        ["course", "society"],
        [],
    ),
    (
        "leisure",
        "in_person",
        "Samen koken in {place}",
        "We koken en eten samen gerechten uit verschillende landen. Met het taalicoon: ook voor wie Nederlands leert.",
        {
            "en": (
                "Cooking together in {place}",
                "We cook and eat dishes from different countries together. With the language icon: also for people learning Dutch.",
            )
        },
        ["food", "network"],
        ["A1", "A2", "B1"],
    ),
    (
        "leisure",
        "in_person",
        "Wandelclub {place}",
        "Elke zaterdag wandelen we door de streek. Onderweg praten we Nederlands.",
        {},
        ["sport", "nature"],
        [],
    ),
]

# The labels an offer page shows, in every site language.
THEMES = {
    "conversation": {
        "nl": "Praten",
        "en": "Talking",
        "fr": "Parler",
        "uk": "Розмова",
        "ru": "Разговор",
        "ar": "المحادثة",
    },
    "library": {
        "nl": "Bibliotheek",
        "en": "Library",
        "fr": "Bibliothèque",
        "uk": "Бібліотека",
        "ru": "Библиотека",
        "ar": "المكتبة",
    },
    "digital": {
        "nl": "Digitaal",
        "en": "Digital",
        "fr": "Numérique",
        "uk": "Цифрові навички",
        "ru": "Цифровые навыки",
        "ar": "المهارات الرقمية",
    },
    "volunteering": {
        "nl": "Vrijwilligerswerk",
        "en": "Volunteering",
        "fr": "Bénévolat",
        "uk": "Волонтерство",
        "ru": "Волонтёрство",
        "ar": "العمل التطوعي",
    },
    "care": {
        "nl": "Zorg",
        "en": "Care",
        "fr": "Soins",
        "uk": "Догляд",
        "ru": "Уход",
        "ar": "الرعاية",
    },
    "sport": {
        "nl": "Sport",
        "en": "Sport",
        "fr": "Sport",
        "uk": "Спорт",
        "ru": "Спорт",
        "ar": "الرياضة",
    },
    "buddy": {
        "nl": "Buddy",
        "en": "Buddy",
        "fr": "Buddy",
        "uk": "Бадді",
        "ru": "Бадди",
        "ar": "الرفقة (buddy)",
    },
    "network": {
        "nl": "Mensen leren kennen",
        "en": "Meeting people",
        "fr": "Rencontrer des gens",
        "uk": "Знайомство з людьми",
        "ru": "Знакомство с людьми",
        "ar": "التعرّف على الناس",
    },
    "course": {
        "nl": "Cursus",
        "en": "Course",
        "fr": "Cours",
        "uk": "Курс",
        "ru": "Курс",
        "ar": "دورة",
    },
    "work": {
        "nl": "Werk",
        "en": "Work",
        "fr": "Travail",
        "uk": "Робота",
        "ru": "Работа",
        "ar": "العمل",
    },
    "society": {
        "nl": "Samenleving",
        "en": "Society",
        "fr": "Société",
        "uk": "Суспільство",
        "ru": "Общество",
        "ar": "المجتمع",
    },
    "food": {
        "nl": "Koken",
        "en": "Cooking",
        "fr": "Cuisine",
        "uk": "Кулінарія",
        "ru": "Кулинария",
        "ar": "الطبخ",
    },
    "nature": {
        "nl": "Natuur",
        "en": "Nature",
        "fr": "Nature",
        "uk": "Природа",
        "ru": "Природа",
        "ar": "الطبيعة",
    },
}
# Target groups, in every site language.
TARGET_GROUPS = {
    "newcomers": {
        "nl": "Nieuwkomers",
        "en": "Newcomers",
        "fr": "Nouveaux arrivants",
        "uk": "Новоприбулі",
        "ru": "Новоприбывшие",
        "ar": "القادمون الجدد",
    },
    "parents": {
        "nl": "Ouders",
        "en": "Parents",
        "fr": "Parents",
        "uk": "Батьки",
        "ru": "Родители",
        "ar": "الآباء والأمهات",
    },
    "young-people": {
        "nl": "Jongeren",
        "en": "Young people",
        "fr": "Jeunes",
        "uk": "Молодь",
        "ru": "Молодёжь",
        "ar": "الشباب",
    },
    "seniors": {
        "nl": "Senioren",
        "en": "Older people",
        "fr": "Seniors",
        "uk": "Люди похилого віку",
        "ru": "Пожилые люди",
        "ar": "كبار السن",
    },
}
