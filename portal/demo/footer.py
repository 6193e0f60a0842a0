"""Demo texts of the footer pages and the site settings, in all six site languages."""

from portal.demo.blocks import paragraphs

ABOUT = {
    "title": {
        "nl": "Over Wegwijs",
        "en": "About Wegwijs",
        "fr": "À propos de Wegwijs",
        "uk": "Про Wegwijs",
        "ru": "О Wegwijs",
        "ar": "عن Wegwijs",
    },
    "slug": {"nl": "over-wegwijs", "en": "about-wegwijs", "uk": "pro-wegwijs"},
    "intro": {
        "nl": "Wegwijs is een website van het Agentschap Integratie en Inburgering en zijn "
        "partners.",
        "en": "Wegwijs is a website of the Agency for Integration and Civic Integration and its "
        "partners.",
        "fr": "Wegwijs est un site web de l'Agence pour l'intégration et l'intégration civique "
        "et de ses partenaires.",
        "uk": "Wegwijs — це вебсайт Агентства з інтеграції та громадянської інтеграції та його "
        "партнерів.",
        "ru": "Wegwijs — это сайт Агентства по интеграции и гражданской интеграции и его "
        "партнёров.",
        "ar": "Wegwijs موقع إلكتروني تابع لوكالة الاندماج والإدماج المدني وشركائها.",
    },
}

PRIVACY = {
    "title": {
        "nl": "Privacy",
        "en": "Privacy",
        "fr": "Vie privée",
        "uk": "Конфіденційність",
        "ru": "Конфиденциальность",
        "ar": "الخصوصية",
    },
    "slug": {"nl": "privacy", "en": "privacy"},
    "intro": {
        "nl": "We vragen alleen de gegevens die we echt nodig hebben, en we bewaren ze niet "
        "langer dan nodig.",
        "en": "We only ask for the data we really need, and we do not keep it longer than "
        "necessary.",
        "fr": "Nous demandons seulement les données dont nous avons vraiment besoin, et nous ne "
        "les gardons pas plus longtemps que nécessaire.",
        "uk": "Ми просимо лише ті дані, які нам справді потрібні, і не зберігаємо їх довше, "
        "ніж потрібно.",
        "ru": "Мы запрашиваем только те данные, которые нам действительно нужны, и не храним "
        "их дольше, чем необходимо.",
        "ar": "نطلب فقط البيانات التي نحتاجها حقًا، ولا نحتفظ بها أطول من اللازم.",
    },
    "body": paragraphs(
        {
            "nl": "Je kunt altijd vragen welke gegevens we van je hebben. Je kunt ze ook laten "
            "verbeteren of wissen. Stuur daarvoor een e-mail naar de helpdesk.",
            "en": "You can always ask which data we have about you. You can also have it "
            "corrected or deleted. Send an e-mail to the helpdesk to do so.",
            "fr": "Vous pouvez toujours demander quelles données nous avons sur vous. Vous "
            "pouvez aussi les faire corriger ou effacer. Envoyez pour cela un e-mail au "
            "helpdesk.",
            "uk": "Ви завжди можете запитати, які дані про вас ми маємо. Ви також можете "
            "попросити їх виправити або видалити. Для цього напишіть на гарячу лінію.",
            "ru": "Вы всегда можете спросить, какие данные о вас у нас есть. Вы также можете "
            "попросить их исправить или удалить. Для этого напишите в службу поддержки.",
            "ar": "يمكنك دائمًا أن تسأل عن البيانات التي لدينا عنك. ويمكنك أيضًا أن تطلب "
            "تصحيحها أو حذفها. أرسل لذلك بريدًا إلكترونيًا إلى مكتب المساعدة.",
        }
    ),
}

ACCESSIBILITY = {
    "title": {
        "nl": "Toegankelijkheid",
        "en": "Accessibility",
        "fr": "Accessibilité",
        "uk": "Доступність",
        "ru": "Доступность",
        "ar": "إمكانية الوصول",
    },
    "slug": {"nl": "toegankelijkheid", "en": "accessibility"},
    "intro": {
        "nl": "We willen dat iedereen deze website kan gebruiken, ook met een schermlezer, "
        "alleen met het toetsenbord of op een kleine telefoon.",
        "en": "We want everyone to be able to use this website, also with a screen reader, "
        "with only a keyboard or on a small phone.",
        "fr": "Nous voulons que tout le monde puisse utiliser ce site, aussi avec un lecteur "
        "d'écran, seulement avec le clavier ou sur un petit téléphone.",
        "uk": "Ми хочемо, щоб кожен міг користуватися цим сайтом, також із програмою "
        "зчитування екрана, лише з клавіатурою або на маленькому телефоні.",
        "ru": "Мы хотим, чтобы каждый мог пользоваться этим сайтом, в том числе с программой "
        "чтения с экрана, только с клавиатурой или на маленьком телефоне.",
        "ar": "نريد أن يستطيع الجميع استخدام هذا الموقع، حتى مع قارئ الشاشة، أو بلوحة المفاتيح "
        "فقط، أو على هاتف صغير.",
    },
}

# Example helpdesk details: editors replace them in Settings > Site settings.
SITE_SETTINGS = {
    "helpdesk_phone": "+32 2 205 00 55",
    "helpdesk_email": "helpdesk@wegwijs.example",
    "helpdesk_hours": {
        "nl": "Maandag tot donderdag, 9 tot 12 uur",
        "en": "Monday to Thursday, 9:00 to 12:00",
        "fr": "Du lundi au jeudi, de 9 h à 12 h",
        "uk": "З понеділка по четвер, з 9:00 до 12:00",
        "ru": "С понедельника по четверг, с 9:00 до 12:00",
        "ar": "من الاثنين إلى الخميس، من 9:00 إلى 12:00",
    },
    "helpdesk_audience": {
        "nl": "De helpdesk beantwoordt vragen van professionals en vrijwilligers. Heb je zelf "
        "een vraag over je situatie? Dan helpen we je een dienst in je buurt te vinden.",
        "en": "The helpdesk answers questions from professionals and volunteers. Do you have a "
        "question about your own situation? Then we help you find a service near you.",
        "fr": "Le helpdesk répond aux questions des professionnels et des bénévoles. Vous avez "
        "une question sur votre situation ? Nous vous aidons à trouver un service près de chez "
        "vous.",
        "uk": "Гаряча лінія відповідає на запитання фахівців і волонтерів. Маєте запитання про "
        "власну ситуацію? Ми допоможемо знайти службу поруч із вами.",
        "ru": "Служба поддержки отвечает на вопросы специалистов и волонтёров. У вас вопрос о "
        "вашей ситуации? Мы поможем найти службу рядом с вами.",
        "ar": "يجيب مكتب المساعدة عن أسئلة المهنيين والمتطوعين. هل لديك سؤال عن وضعك الشخصي؟ "
        "سنساعدك على إيجاد خدمة قريبة منك.",
    },
    "footer_text": {
        "nl": "Wegwijs: een website van het Agentschap Integratie en Inburgering.",
        "en": "Wegwijs: a website of the Agency for Integration and Civic Integration.",
        "fr": "Wegwijs : un site web de l'Agence pour l'intégration et l'intégration civique.",
        "uk": "Wegwijs: вебсайт Агентства з інтеграції та громадянської інтеграції.",
        "ru": "Wegwijs: сайт Агентства по интеграции и гражданской интеграции.",
        "ar": "Wegwijs: موقع إلكتروني تابع لوكالة الاندماج والإدماج المدني.",
    },
}
