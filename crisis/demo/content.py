"""Demo texts of the Ukraine hub: page, publications (files per language), pictograms.

Marked as demo content; based on the agency's public Ukraine page as the annual report
describes it (domain guide §5).
"""

HUB = {
    # The same addresses as the portal's placeholder "Oekraïne" section, which the hub replaces.
    "slug": {"nl": "oekraine", "uk": "ukraina", "ru": "ukraina", "en": "ukraine"},
    "title": {
        "nl": "Oekraïne: hulp en informatie",
        "uk": "Україна: допомога та інформація",
        "ru": "Украина: помощь и информация",
        "en": "Ukraine: help and information",
        "fr": "Ukraine : aide et informations",
        "ar": "أوكرانيا: مساعدة ومعلومات",
    },
    "intro": {
        "nl": "Ben je gevlucht uit Oekraïne, of help je mensen die gevlucht zijn? Hier vind je "
        "het aanbod, antwoorden op vragen, webinars, brochures en pictogrammen.",
        "uk": "Ви втекли з України або допомагаєте людям, які втекли? Тут ви знайдете "
        "пропозиції, відповіді на запитання, вебінари, брошури та піктограми.",
        "ru": "Вы бежали из Украины или помогаете людям, которые бежали? Здесь вы найдёте "
        "предложения, ответы на вопросы, вебинары, брошюры и пиктограммы.",
        "en": "Did you flee Ukraine, or do you help people who fled? Here you find the offer, "
        "answers to questions, webinars, brochures and pictograms.",
        "fr": "Vous avez fui l'Ukraine, ou vous aidez des personnes qui ont fui ? Vous trouvez "
        "ici l'offre, des réponses, des webinaires, des brochures et des pictogrammes.",
        "ar": "هل فررت من أوكرانيا، أو تساعد أشخاصًا فرّوا منها؟ هنا تجد العروض والأجوبة "
        "والندوات عبر الإنترنت والكتيبات والرسوم التوضيحية.",
    },
    "demo_note": {
        "nl": "Dit is demo-inhoud. De informatie is vereenvoudigd.",
        "uk": "Це демонстраційний вміст. Інформацію спрощено.",
        "ru": "Это демонстрационное содержание. Информация упрощена.",
        "en": "This is demo content. The information is simplified.",
        "fr": "Ceci est un contenu de démonstration. Les informations sont simplifiées.",
        "ar": "هذا محتوى تجريبي. المعلومات مبسّطة.",
    },
    "offer_intro": {
        "nl": "Cursussen Nederlands, plaatsen om te oefenen en activiteiten, met hulp in het "
        "Oekraïens.",
        "uk": "Курси нідерландської, місця для практики та заходи з допомогою українською мовою.",
        "ru": "Курсы нидерландского, места для практики и мероприятия с помощью на украинском "
        "языке.",
        "en": "Dutch courses, places to practise and activities, with help in Ukrainian.",
        "fr": "Des cours de néerlandais, des lieux pour pratiquer et des activités, avec de "
        "l'aide en ukrainien.",
        "ar": "دورات في اللغة الهولندية، وأماكن للتدرّب، وأنشطة، مع مساعدة باللغة الأوكرانية.",
    },
}

# Demo documents: key -> {language: (title, text)}.
DOCUMENTS = {
    "welkom": {
        "nl": ("Welkom in Vlaanderen", "Een korte gids voor je eerste weken in Vlaanderen."),
        "uk": ("Ласкаво просимо до Фландрії", "Короткий посібник для перших тижнів у Фландрії."),
        "ru": ("Добро пожаловать во Фландрию", "Краткое руководство для первых недель."),
        "en": ("Welcome to Flanders", "A short guide for your first weeks in Flanders."),
        "fr": ("Bienvenue en Flandre", "Un petit guide pour vos premières semaines en Flandre."),
    },
    "slaap": {
        "nl": ("Slecht slapen, piekeren en stress", "Tips om beter te slapen en te ontspannen."),
        "uk": ("Поганий сон, тривога та стрес", "Поради, як краще спати та розслаблятися."),
        "ru": ("Плохой сон, тревога и стресс", "Советы, как лучше спать и расслабляться."),
        "en": ("Poor sleep, worrying and stress", "Tips to sleep better and to relax."),
        "fr": ("Mal dormir, s'inquiéter et le stress", "Conseils pour mieux dormir."),
        "ar": ("قلة النوم والقلق والتوتر", "نصائح لنوم أفضل وللاسترخاء."),
        "fa": ("بی‌خوابی، نگرانی و استرس", "نکاتی برای خواب بهتر و آرامش."),
        "ps": ("بد خوب، اندېښنه او فشار", "د ښه خوب او آرام لپاره لارښوونې."),
        "ti": ("ሕማቕ ድቃስ፣ ጭንቀትን ስትረስን", "ንዝሓሸ ድቃስን ዕረፍትን ምኽሪ።"),
        "so": ("Hurdo xumo, walwal iyo walbahaar", "Talooyin aad si fiican ugu seexato."),
        "tr": ("Kötü uyku, endişe ve stres", "Daha iyi uyumak ve rahatlamak için ipuçları."),
    },
    "tijdelijke-bescherming": {
        "nl": ("Tijdelijke bescherming in het kort", "Wat betekent tijdelijke bescherming?"),
        "uk": ("Тимчасовий захист коротко", "Що означає тимчасовий захист?"),
        "ru": ("Временная защита кратко", "Что означает временная защита?"),
        "en": ("Temporary protection in brief", "What does temporary protection mean?"),
        "pl": ("Ochrona tymczasowa w skrócie", "Co oznacza ochrona tymczasowa?"),
        "ro": ("Protecția temporară pe scurt", "Ce înseamnă protecția temporară?"),
    },
}

PUBLICATIONS = [
    {
        "document": "welkom",
        "title": {
            "nl": "Brochure 'Welkom in Vlaanderen'",
            "uk": "Брошура «Ласкаво просимо до Фландрії»",
            "ru": "Брошюра «Добро пожаловать во Фландрию»",
            "en": "Brochure 'Welcome to Flanders'",
        },
        "description": {
            "nl": "Wonen, werk, school, gezondheid en Nederlands leren: de eerste stappen.",
            "uk": "Житло, робота, школа, здоров’я та вивчення нідерландської: перші кроки.",
            "ru": "Жильё, работа, школа, здоровье и изучение нидерландского: первые шаги.",
            "en": "Housing, work, school, health and learning Dutch: the first steps.",
        },
    },
    {
        "document": "slaap",
        "title": {
            "nl": "Brochure 'Slecht slapen, piekeren en stress'",
            "uk": "Брошура «Поганий сон, тривога та стрес»",
            "ru": "Брошюра «Плохой сон, тревога и стресс»",
            "en": "Brochure 'Poor sleep, worrying and stress'",
        },
        "description": {
            "nl": "Voor wie slecht slaapt of veel piekert. In elf talen.",
            "uk": "Для тих, хто погано спить або багато хвилюється. Одинадцятьма мовами.",
            "ru": "Для тех, кто плохо спит или много тревожится. На одиннадцати языках.",
            "en": "For people who sleep badly or worry a lot. In eleven languages.",
        },
    },
    {
        "document": "tijdelijke-bescherming",
        "title": {
            "nl": "Folder 'Tijdelijke bescherming in het kort'",
            "uk": "Листівка «Тимчасовий захист коротко»",
            "ru": "Листовка «Временная защита кратко»",
            "en": "Leaflet 'Temporary protection in brief'",
        },
        "description": {
            "nl": "Je rechten en plichten met een bewijs van tijdelijke bescherming.",
            "uk": "Ваші права та обов’язки з посвідченням тимчасового захисту.",
            "ru": "Ваши права и обязанности с документом о временной защите.",
            "en": "Your rights and duties with proof of temporary protection.",
        },
    },
]

PICTOGRAMS = [
    ("doctor", "dokter", "лікар"),
    ("pharmacy", "apotheek", "аптека"),
    ("house", "huis", "дім"),
    ("school", "school", "школа"),
    ("bus", "bus", "автобус"),
    ("train", "trein", "поїзд"),
    ("food", "eten", "їжа"),
    ("water", "water", "вода"),
    ("phone", "telefoon", "телефон"),
    ("toilet", "toilet", "туалет"),
    ("money", "geld", "гроші"),
    ("help", "hulp", "допомога"),
]
