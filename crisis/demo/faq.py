"""Demo FAQ of the Ukraine hub, per audience, in Dutch, Ukrainian, Russian and English."""

# (audience, {language: (question, answer HTML)})
FAQ = [
    (
        "concerned",
        {
            "nl": (
                "Waar kan ik Nederlands leren?",
                "<p>Je kunt gratis Nederlands leren in een cursus Nederlands als tweede taal. "
                "Het Agentschap Integratie en Inburgering helpt je een cursus te kiezen. "
                "In ons aanbod vind je ook plaatsen waar je Nederlands kunt oefenen.</p>",
            ),
            "uk": (
                "Де я можу вивчати нідерландську мову?",
                "<p>Ви можете безкоштовно вивчати нідерландську на курсі нідерландської як "
                "другої мови. Агентство з інтеграції та громадянської інтеграції допоможе вам "
                "вибрати курс. У нашій пропозиції ви також знайдете місця, де можна "
                "практикувати нідерландську.</p>",
            ),
            "ru": (
                "Где я могу учить нидерландский язык?",
                "<p>Вы можете бесплатно учить нидерландский на курсе нидерландского как "
                "второго языка. Агентство по интеграции поможет вам выбрать курс. В нашем "
                "предложении вы также найдёте места, где можно практиковать нидерландский.</p>",
            ),
            "en": (
                "Where can I learn Dutch?",
                "<p>You can learn Dutch for free in a Dutch as a second language course. The "
                "Agency for Integration and Civic Integration helps you choose a course. In our "
                "offer you also find places where you can practise Dutch.</p>",
            ),
        },
    ),
    (
        "concerned",
        {
            "nl": (
                "Wat is de infosessie 'Welkom in Vlaanderen'?",
                "<p>Een online infosessie van 6 uur in het Oekraïens of het Russisch. Je leert "
                "hoe het leven hier werkt: wonen, werk, school en gezondheid. Daarna zijn er "
                "sessies over werk, wonen, je verblijf en gezin.</p>",
            ),
            "uk": (
                "Що таке інформаційна сесія «Ласкаво просимо до Фландрії»?",
                "<p>Це онлайн-сесія тривалістю 6 годин українською або російською мовою. Ви "
                "дізнаєтеся, як тут влаштоване життя: житло, робота, школа та здоров’я. Потім "
                "є сесії про роботу, житло, ваше перебування та сім’ю.</p>",
            ),
            "ru": (
                "Что такое информационная сессия «Добро пожаловать во Фландрию»?",
                "<p>Это онлайн-сессия продолжительностью 6 часов на украинском или русском "
                "языке. Вы узнаете, как здесь устроена жизнь: жильё, работа, школа и здоровье. "
                "Затем есть сессии о работе, жилье, вашем пребывании и семье.</p>",
            ),
            "en": (
                "What is the information session 'Welcome to Flanders'?",
                "<p>An online information session of 6 hours in Ukrainian or Russian. You learn "
                "how life works here: housing, work, school and health. After that there are "
                "sessions about work, housing, your residence and family.</p>",
            ),
        },
    ),
    (
        "host_families",
        {
            "nl": (
                "Wat moet ik als gastgezin regelen?",
                "<p>Je gasten schrijven zich in bij de gemeente. Zo krijgen ze hun bewijs van "
                "tijdelijke bescherming. Meld aan de gemeente dat ze bij jou wonen. Vraag bij "
                "het OCMW welke steun er is.</p>",
            ),
            "uk": (
                "Що я маю організувати як приймаюча сім’я?",
                "<p>Ваші гості реєструються в муніципалітеті. Так вони отримують посвідчення "
                "тимчасового захисту. Повідомте муніципалітет, що вони живуть у вас. Запитайте "
                "в OCMW, яка підтримка доступна.</p>",
            ),
            "ru": (
                "Что я должен организовать как принимающая семья?",
                "<p>Ваши гости регистрируются в муниципалитете. Так они получают документ о "
                "временной защите. Сообщите муниципалитету, что они живут у вас. Спросите в "
                "OCMW, какая поддержка доступна.</p>",
            ),
            "en": (
                "What do I need to arrange as a host family?",
                "<p>Your guests register at the municipality. That is how they get their proof "
                "of temporary protection. Tell the municipality that they live with you. Ask "
                "the OCMW what support there is.</p>",
            ),
        },
    ),
    (
        "host_families",
        {
            "nl": (
                "Waar vind ik steun voor mezelf?",
                "<p>Bekijk de opname van het webinar over mentaal welzijn voor gastgezinnen. "
                "Praat erover met vrienden of met je huisarts. Je kunt ook bellen naar Tele-Onthaal "
                "op 106.</p>",
            ),
            "uk": (
                "Де я можу знайти підтримку для себе?",
                "<p>Перегляньте запис вебінару про психічне благополуччя для приймаючих сімей. "
                "Поговоріть про це з друзями або з сімейним лікарем. Ви також можете "
                "зателефонувати до Tele-Onthaal за номером 106.</p>",
            ),
            "ru": (
                "Где я могу найти поддержку для себя?",
                "<p>Посмотрите запись вебинара о психическом благополучии для принимающих "
                "семей. Поговорите об этом с друзьями или с семейным врачом. Вы также можете "
                "позвонить в Tele-Onthaal по номеру 106.</p>",
            ),
            "en": (
                "Where can I find support for myself?",
                "<p>Watch the recording of the webinar on mental well-being for host families. "
                "Talk about it with friends or with your doctor. You can also call Tele-Onthaal "
                "on 106.</p>",
            ),
        },
    ),
    (
        "local_authorities",
        {
            "nl": (
                "Hoe organiseren we het onthaal?",
                "<p>Werk samen met het regionale Oekraïneteam van het Agentschap. Het team helpt "
                "bij de doorverwijzing naar taallessen, werk, onderwijs, wonen en welzijn.</p>",
            ),
            "uk": (
                "Як нам організувати прийом?",
                "<p>Співпрацюйте з регіональною командою Агентства з питань України. Команда "
                "допомагає з направленням на мовні курси, роботу, освіту, житло та соціальну "
                "допомогу.</p>",
            ),
            "ru": (
                "Как нам организовать приём?",
                "<p>Сотрудничайте с региональной командой Агентства по Украине. Команда "
                "помогает с направлением на языковые курсы, работу, образование, жильё и "
                "социальную помощь.</p>",
            ),
            "en": (
                "How do we organise the reception?",
                "<p>Work together with the Agency's regional Ukraine team. The team helps with "
                "referral to language classes, work, education, housing and welfare.</p>",
            ),
        },
    ),
    (
        "local_authorities",
        {
            "nl": (
                "Kunnen we een tolk Oekraïens of Russisch krijgen?",
                "<p>Ja. Vraag een sociaal tolk aan bij het Agentschap, liefst enkele dagen op "
                "voorhand. Voor korte gesprekken kan ook een tolk via de telefoon of video.</p>",
            ),
            "uk": (
                "Чи можемо ми отримати перекладача з української або російської?",
                "<p>Так. Замовте соціального перекладача в Агентстві, бажано за кілька днів. "
                "Для коротких розмов можна також скористатися перекладачем по телефону або "
                "відео.</p>",
            ),
            "ru": (
                "Можем ли мы получить переводчика с украинского или русского?",
                "<p>Да. Закажите социального переводчика в Агентстве, желательно за несколько "
                "дней. Для коротких разговоров можно также воспользоваться переводчиком по "
                "телефону или видео.</p>",
            ),
            "en": (
                "Can we get a Ukrainian or Russian interpreter?",
                "<p>Yes. Ask the Agency for a social interpreter, preferably a few days ahead. "
                "For short conversations an interpreter by phone or video is also possible.</p>",
            ),
        },
    ),
    (
        "professionals",
        {
            "nl": (
                "Waar vind ik de juridische informatie over tijdelijke bescherming?",
                "<p>Lees de pagina over tijdelijke bescherming bij vreemdelingenrecht. Je vindt "
                "er het verblijf, werk en de sociale rechten. Onderaan deze pagina staat de "
                "link.</p>",
            ),
            "uk": (
                "Де знайти юридичну інформацію про тимчасовий захист?",
                "<p>Прочитайте сторінку про тимчасовий захист у розділі права іноземців. Там "
                "описано перебування, роботу та соціальні права. Посилання є внизу цієї "
                "сторінки.</p>",
            ),
            "ru": (
                "Где найти юридическую информацию о временной защите?",
                "<p>Прочитайте страницу о временной защите в разделе права иностранцев. Там "
                "описаны пребывание, работа и социальные права. Ссылка находится внизу этой "
                "страницы.</p>",
            ),
            "en": (
                "Where do I find the legal information on temporary protection?",
                "<p>Read the page on temporary protection under foreigners law. It covers "
                "residence, work and social rights. The link is at the bottom of this page.</p>",
            ),
        },
    ),
    (
        "professionals",
        {
            "nl": (
                "Naar welk aanbod kan ik doorverwijzen?",
                "<p>Gebruik de aanbodzoeker op deze pagina. Die toont meteen het aanbod met "
                "ondersteuning in het Oekraïens: cursussen, oefenkansen en activiteiten.</p>",
            ),
            "uk": (
                "На яку пропозицію я можу направити?",
                "<p>Скористайтеся пошуком пропозицій на цій сторінці. Він одразу показує "
                "пропозиції з підтримкою українською мовою: курси, можливості для практики та "
                "заходи.</p>",
            ),
            "ru": (
                "На какое предложение я могу направить?",
                "<p>Воспользуйтесь поиском предложений на этой странице. Он сразу показывает "
                "предложения с поддержкой на украинском языке: курсы, возможности для практики "
                "и мероприятия.</p>",
            ),
            "en": (
                "Which offer can I refer people to?",
                "<p>Use the offer search on this page. It shows the offer with support in "
                "Ukrainian straight away: courses, chances to practise and activities.</p>",
            ),
        },
    ),
]
