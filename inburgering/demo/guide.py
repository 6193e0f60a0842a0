"""Demo texts of the guide "Inburgering step by step" in six languages, marked as demo.

Facts from the agency's annual report 2022 (../shared/domain): the parts MO, NT2 (level A2),
VDAB within two months (Flanders), at least 40 hours of participation and networking since
1 January 2023, a fee for courses and tests since 1 September 2023 (certifying language tests
since 1 March 2022), the exemption certificate for people who can never follow the path, the
sanction for entitled people in Flanders who stop early (under 50%), obliged civic integration
in Brussels since 1 June 2022 with a free choice of Dutch (bon) or French (BAPA), and the city
agencies Atlas (Antwerp) and Amal (Ghent). No amounts: the texts say "ask the office"."""

PAGE = {
    "slug": {
        "nl": "inburgering-stap-voor-stap",
        "en": "civic-integration-step-by-step",
        "fr": "integration-etape-par-etape",
        "uk": "inburgering-krok-za-krokom",
        "ru": "inburgering-shag-za-shagom",
        "ar": "al-indimaj-khutwa-bi-khutwa",
    },
    "title": {
        "nl": "Inburgering stap voor stap",
        "en": "Civic integration step by step",
        "fr": "L'intégration civique étape par étape",
        "uk": "Інтеграція (inburgering) крок за кроком",
        "ru": "Интеграция (inburgering) шаг за шагом",
        "ar": "الاندماج المدني خطوة بخطوة",
    },
    "intro": {
        "nl": "Je bent nieuw in Vlaanderen of Brussel. Het inburgeringstraject helpt je om hier je weg te vinden. Hier zie je alle stappen.",
        "en": "You are new in Flanders or Brussels. The civic integration path helps you find your way here. Here you see all the steps.",
        "fr": "Vous êtes nouveau en Flandre ou à Bruxelles. Le parcours d'intégration vous aide à trouver votre chemin ici. Voici toutes les étapes.",
        "uk": "Ви нещодавно у Фландрії або Брюсселі. Програма інтеграції допомагає вам знайти свій шлях тут. Тут ви бачите всі кроки.",
        "ru": "Вы недавно во Фландрии или Брюсселе. Программа интеграции помогает вам найти свой путь здесь. Здесь вы видите все шаги.",
        "ar": "أنت جديد في فلاندرن أو بروكسل. مسار الاندماج يساعدك على أن تجد طريقك هنا. هنا ترى كل الخطوات.",
    },
    "obliged_text": {
        "nl": "Sommige nieuwkomers moeten het traject volgen. Zij zijn verplicht. Dat hangt af van je situatie. Moet je het traject volgen? Dan krijg je een brief. In Brussel bestaat de plicht sinds 1 juni 2022. Twijfel je? Vraag het aan het kantoor voor inburgering.",
        "en": "Some newcomers must follow the path. They are obliged. This depends on your situation. Must you follow the path? Then you get a letter. In Brussels the obligation exists since 1 June 2022. Not sure? Ask the civic integration office.",
        "fr": "Certains nouveaux arrivants doivent suivre le parcours. Ils sont obligés. Cela dépend de votre situation. Vous devez suivre le parcours ? Alors vous recevez une lettre. À Bruxelles, l'obligation existe depuis le 1er juin 2022. Vous hésitez ? Demandez au bureau d'intégration.",
        "uk": "Деякі новоприбулі повинні пройти програму. Для них вона обов'язкова. Це залежить від вашої ситуації. Якщо ви повинні пройти програму, ви отримаєте лист. У Брюсселі цей обов'язок існує з 1 червня 2022 року. Не впевнені? Запитайте в бюро інтеграції.",
        "ru": "Некоторые новоприбывшие должны пройти программу. Для них она обязательна. Это зависит от вашей ситуации. Если вы должны пройти программу, вы получите письмо. В Брюсселе эта обязанность существует с 1 июня 2022 года. Не уверены? Спросите в бюро интеграции.",
        "ar": "بعض القادمين الجدد يجب عليهم اتباع المسار. هو إلزامي لهم. هذا يتوقف على وضعك. هل يجب عليك اتباع المسار؟ عندها تصلك رسالة. في بروكسل هذا الإلزام موجود منذ 1 يونيو 2022. لست متأكدًا؟ اسأل مكتب الاندماج.",
    },
    "entitled_text": {
        "nl": "Andere nieuwkomers mogen het traject volgen. Zij zijn rechthebbend. Je kiest zelf. Het traject helpt je met de taal, werk en mensen leren kennen.",
        "en": "Other newcomers may follow the path. They are entitled. You choose yourself. The path helps you with the language, work and meeting people.",
        "fr": "D'autres nouveaux arrivants peuvent suivre le parcours. Ils y ont droit. Vous choisissez vous-même. Le parcours vous aide pour la langue, le travail et pour rencontrer des gens.",
        "uk": "Інші новоприбулі можуть пройти програму. Вони мають на це право. Ви вирішуєте самі. Програма допомагає з мовою, роботою і знайомством з людьми.",
        "ru": "Другие новоприбывшие могут пройти программу. У них есть на это право. Вы решаете сами. Программа помогает с языком, работой и знакомством с людьми.",
        "ar": "قادمون جدد آخرون يمكنهم اتباع المسار. لهم الحق في ذلك. أنت تختار بنفسك. المسار يساعدك في اللغة والعمل والتعرف على الناس.",
    },
    "office_flanders": {
        "nl": "In Vlaanderen helpt het Agentschap Integratie en Inburgering je. In Antwerpen ga je naar Atlas, in Gent naar Amal. Meer informatie: www.integratie-inburgering.be.",
        "en": "In Flanders the Agency for Integration and Civic Integration helps you. In Antwerp you go to Atlas, in Ghent to Amal. More information: www.integratie-inburgering.be.",
        "fr": "En Flandre, l'Agence pour l'intégration et l'intégration civique vous aide. À Anvers, vous allez chez Atlas, à Gand chez Amal. Plus d'informations : www.integratie-inburgering.be.",
        "uk": "У Фландрії вам допомагає Агентство інтеграції (Agentschap Integratie en Inburgering). В Антверпені ви йдете до Atlas, у Генті до Amal. Більше інформації: www.integratie-inburgering.be.",
        "ru": "Во Фландрии вам помогает Агентство интеграции (Agentschap Integratie en Inburgering). В Антверпене вы идёте в Atlas, в Генте в Amal. Больше информации: www.integratie-inburgering.be.",
        "ar": "في فلاندرن تساعدك وكالة الاندماج (Agentschap Integratie en Inburgering). في أنتويرب تذهب إلى Atlas، وفي خنت إلى Amal. معلومات أكثر: www.integratie-inburgering.be.",
    },
    "office_brussels": {
        "nl": "In Brussel kies je zelf. Voor het traject in het Nederlands ga je naar bon. Voor het traject in het Frans ga je naar een BAPA.",
        "en": "In Brussels you choose yourself. For the path in Dutch you go to bon. For the path in French you go to a BAPA.",
        "fr": "À Bruxelles, vous choisissez vous-même. Pour le parcours en néerlandais, vous allez chez bon. Pour le parcours en français, vous allez dans un BAPA.",
        "uk": "У Брюсселі ви вибираєте самі. Для програми нідерландською ви йдете до bon. Для програми французькою ви йдете до BAPA.",
        "ru": "В Брюсселе вы выбираете сами. Для программы на нидерландском вы идёте в bon. Для программы на французском вы идёте в BAPA.",
        "ar": "في بروكسل تختار بنفسك. للمسار باللغة الهولندية تذهب إلى bon. للمسار باللغة الفرنسية تذهب إلى BAPA.",
    },
    "demo_note": {
        "nl": "Dit is demo-inhoud. Het traject is vereenvoudigd. Vraag het kantoor voor inburgering wat voor jou geldt.",
        "en": "This is demo content. The path is simplified. Ask the civic integration office what applies to you.",
        "fr": "Ceci est un contenu de démonstration. Le parcours est simplifié. Demandez au bureau d'intégration ce qui s'applique à vous.",
        "uk": "Це демонстраційний вміст. Програму спрощено. Запитайте в бюро інтеграції, що стосується саме вас.",
        "ru": "Это демонстрационное содержание. Программа упрощена. Спросите в бюро интеграции, что касается именно вас.",
        "ar": "هذا محتوى تجريبي. المسار مبسط. اسأل مكتب الاندماج عمّا ينطبق عليك.",
    },
}

ASK_THE_OFFICE = {
    "nl": "Vraag het aan het kantoor voor inburgering.",
    "en": "Ask the civic integration office.",
    "fr": "Demandez au bureau d'intégration.",
    "uk": "Запитайте в бюро інтеграції.",
    "ru": "Спросите в бюро интеграции.",
    "ar": "اسأل مكتب الاندماج.",
}
COURSE_FEE = {
    "nl": "Je betaalt een bijdrage voor de cursus en de test. In Vlaanderen is dat zo sinds 1 september 2023. Vraag aan het kantoor hoeveel.",
    "en": "You pay a fee for the course and the test. In Flanders this is so since 1 September 2023. Ask the office how much.",
    "fr": "Vous payez une contribution pour le cours et le test. En Flandre, c'est le cas depuis le 1er septembre 2023. Demandez le montant au bureau.",
    "uk": "Ви платите внесок за курс і тест. У Фландрії так з 1 вересня 2023 року. Запитайте в бюро, скільки.",
    "ru": "Вы платите взнос за курс и тест. Во Фландрии так с 1 сентября 2023 года. Спросите в бюро, сколько.",
    "ar": "تدفع مساهمة مقابل الدورة والاختبار. في فلاندرن هذا منذ 1 سبتمبر 2023. اسأل المكتب عن المبلغ.",
}
AT_THE_OFFICE = {
    "nl": "Bij het kantoor voor inburgering.",
    "en": "At the civic integration office.",
    "fr": "Au bureau d'intégration.",
    "uk": "У бюро інтеграції.",
    "ru": "В бюро интеграции.",
    "ar": "في مكتب الاندماج.",
}
