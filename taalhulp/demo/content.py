"""Demo texts of the language help page: page, default rules and the communication fan.

Marked as demo content; based on the agency's decision model as its annual report describes
it: heavy and sensitive conversations go to a certified social interpreter, routine practical
and administrative ones may go to a language helper or a crisis interpreter."""

from taalhulp import decision as d

PAGE = {
    "slug": {
        "nl": "taalhulp",
        "en": "language-help",
        "fr": "aide-linguistique",
        "uk": "movna-dopomoha",
        "ru": "yazykovaya-pomoshch",
        "ar": "musaada-lughawiya",
    },
    "title": {
        "nl": "Welke taalhulp past bij dit gesprek?",
        "en": "Which language help fits this conversation?",
        "fr": "Quelle aide linguistique convient à cet entretien ?",
        "uk": "Яка мовна допомога підходить для цієї розмови?",
        "ru": "Какая языковая помощь подходит для этого разговора?",
        "ar": "ما المساعدة اللغوية المناسبة لهذه المحادثة؟",
    },
    "intro": {
        "nl": "Voor wie werkt bij een dienst of organisatie. Je praat met iemand die nog weinig Nederlands kent. Hier lees je welke hulp past.",
        "en": "For people who work at a service or organisation. You talk with someone who knows little Dutch. Here you read which help fits.",
        "fr": "Pour les personnes qui travaillent dans un service ou une organisation. Vous parlez avec quelqu'un qui connaît peu le néerlandais. Ici, vous lisez quelle aide convient.",
        "uk": "Для тих, хто працює в службі чи організації. Ви розмовляєте з людиною, яка ще мало знає нідерландську. Тут ви дізнаєтеся, яка допомога підходить.",
        "ru": "Для тех, кто работает в службе или организации. Вы говорите с человеком, который ещё мало знает нидерландский. Здесь вы узнаете, какая помощь подходит.",
        "ar": "لمن يعمل في خدمة أو منظمة. تتحدث مع شخص لا يعرف إلا القليل من الهولندية. هنا تقرأ أي مساعدة تناسب.",
    },
    "default_reason": {
        "nl": "Twijfel je? Boek dan een gecertificeerde sociaal tolk. Zo ben je zeker dat alles goed vertaald wordt.",
        "en": "In doubt? Then book a certified social interpreter. That way you are sure everything is translated well.",
        "fr": "Vous hésitez ? Réservez alors un interprète social certifié. Ainsi, vous êtes sûr que tout est bien traduit.",
        "uk": "Сумніваєтеся? Тоді замовте сертифікованого соціального перекладача. Так ви будете впевнені, що все перекладено добре.",
        "ru": "Сомневаетесь? Тогда закажите сертифицированного социального переводчика. Так вы будете уверены, что всё переведено хорошо.",
        "ar": "هل أنت متردد؟ احجز إذن مترجمًا اجتماعيًا معتمدًا. هكذا تتأكد أن كل شيء يُترجم جيدًا.",
    },
    "demo_note": {
        "nl": "Dit is demo-inhoud. De regels zijn vereenvoudigd.",
        "en": "This is demo content. The rules are simplified.",
        "fr": "Ceci est un contenu de démonstration. Les règles sont simplifiées.",
        "uk": "Це демонстраційний вміст. Правила спрощено.",
        "ru": "Это демонстрационное содержание. Правила упрощены.",
        "ar": "هذا محتوى تجريبي. القواعد مبسطة.",
    },
}

# Ordered: the first rule that fits gives the route. (conditions, route, reason per language)
RULES = [
    (
        {"kinds": [d.MEDICAL, d.PSYCHOLOGICAL, d.LEGAL, d.CHILD_PROTECTION]},
        d.INTERPRETER,
        {
            "nl": "Dit is een zwaar of gevoelig gesprek. Een gecertificeerde sociaal tolk kent de vakwoorden, is neutraal en moet zwijgen over wat hij hoort.",
            "en": "This is a heavy or sensitive conversation. A certified social interpreter knows the special words, is neutral and must keep secret what they hear.",
            "fr": "C'est un entretien lourd ou sensible. Un interprète social certifié connaît les mots techniques, est neutre et doit garder le secret.",
            "uk": "Це важка або делікатна розмова. Сертифікований соціальний перекладач знає фахові слова, нейтральний і зберігає таємницю.",
            "ru": "Это тяжёлый или деликатный разговор. Сертифицированный социальный переводчик знает специальные слова, нейтрален и хранит тайну.",
            "ar": "هذه محادثة صعبة أو حساسة. المترجم الاجتماعي المعتمد يعرف الكلمات المتخصصة، وهو محايد ويحفظ السر.",
        },
    ),
    (
        {"stakes": [d.HIGH]},
        d.INTERPRETER,
        {
            "nl": "Er staat veel op het spel. Dan moet alles juist vertaald worden. Boek een gecertificeerde sociaal tolk.",
            "en": "A lot is at stake. Then everything must be translated correctly. Book a certified social interpreter.",
            "fr": "L'enjeu est important. Tout doit alors être traduit correctement. Réservez un interprète social certifié.",
            "uk": "Багато що на кону. Тоді все має бути перекладено правильно. Замовте сертифікованого соціального перекладача.",
            "ru": "На кону многое. Тогда всё должно быть переведено правильно. Закажите сертифицированного социального переводчика.",
            "ar": "هناك الكثير على المحك. يجب إذن أن يُترجم كل شيء بدقة. احجز مترجمًا اجتماعيًا معتمدًا.",
        },
    ),
    (
        {"dutch_levels": [d.SIMPLE_DUTCH_OK]},
        d.SIMPLE_DUTCH,
        {
            "nl": "De persoon begrijpt eenvoudig Nederlands. Spreek traag, in korte zinnen, en controleer of alles duidelijk is. Zo oefent de persoon ook Nederlands.",
            "en": "The person understands simple Dutch. Speak slowly, in short sentences, and check that everything is clear. This way the person also practises Dutch.",
            "fr": "La personne comprend un néerlandais simple. Parlez lentement, en phrases courtes, et vérifiez que tout est clair. Ainsi, la personne pratique aussi le néerlandais.",
            "uk": "Людина розуміє просту нідерландську. Говоріть повільно, короткими реченнями, і перевіряйте, чи все зрозуміло. Так людина також практикує нідерландську.",
            "ru": "Человек понимает простой нидерландский. Говорите медленно, короткими фразами, и проверяйте, всё ли понятно. Так человек тоже практикует нидерландский.",
            "ar": "الشخص يفهم الهولندية البسيطة. تكلم ببطء وبجمل قصيرة، وتأكد أن كل شيء واضح. هكذا يتمرن الشخص أيضًا على الهولندية.",
        },
    ),
    (
        {"kinds": [d.PRACTICAL], "timings": [d.URGENT]},
        d.PICTOGRAMS,
        {
            "nl": "Het is praktische informatie en het kan niet wachten. Gebruik pictogrammen of een tekst in de taal van de persoon.",
            "en": "It is practical information and it cannot wait. Use pictograms or a text in the person's language.",
            "fr": "C'est une information pratique et cela ne peut pas attendre. Utilisez des pictogrammes ou un texte dans la langue de la personne.",
            "uk": "Це практична інформація, і вона не може чекати. Використайте піктограми або текст мовою людини.",
            "ru": "Это практическая информация, и она не может ждать. Используйте пиктограммы или текст на языке человека.",
            "ar": "إنها معلومات عملية ولا يمكنها الانتظار. استخدم الرسوم التوضيحية أو نصًا بلغة الشخص.",
        },
    ),
    (
        {"timings": [d.URGENT]},
        d.INTERPRETER,
        {
            "nl": "Het gesprek kan niet wachten. Een taalhulp vraag je minstens twee werkdagen vooraf aan. Boek een sociaal tolk, ook via telefoon of video.",
            "en": "The conversation cannot wait. You ask for a language helper at least two working days ahead. Book a social interpreter, also by phone or video.",
            "fr": "L'entretien ne peut pas attendre. Un aidant linguistique se demande au moins deux jours ouvrables à l'avance. Réservez un interprète social, aussi par téléphone ou vidéo.",
            "uk": "Розмова не може чекати. Мовного помічника треба просити щонайменше за два робочі дні. Замовте соціального перекладача, також телефоном або відео.",
            "ru": "Разговор не может ждать. Языкового помощника нужно просить минимум за два рабочих дня. Закажите социального переводчика, также по телефону или видео.",
            "ar": "لا يمكن أن تنتظر المحادثة. يُطلب المساعد اللغوي قبل يومَي عمل على الأقل. احجز مترجمًا اجتماعيًا، عبر الهاتف أو الفيديو أيضًا.",
        },
    ),
    (
        {"languages": ["uk"], "modes": [d.REMOTE]},
        d.HELPER,
        {
            "nl": "Een eenvoudig gesprek over praktische of administratieve zaken. Een crisistolk Oekraïens kan helpen, via telefoon of video.",
            "en": "A simple conversation about practical or administrative things. A Ukrainian crisis interpreter can help, by phone or video.",
            "fr": "Un entretien simple sur des questions pratiques ou administratives. Un interprète de crise ukrainien peut aider, par téléphone ou vidéo.",
            "uk": "Проста розмова про практичні чи адміністративні справи. Кризовий перекладач української може допомогти телефоном або відео.",
            "ru": "Простой разговор о практических или административных делах. Кризисный переводчик украинского может помочь по телефону или видео.",
            "ar": "محادثة بسيطة عن أمور عملية أو إدارية. يمكن لمترجم أزمات للأوكرانية أن يساعد عبر الهاتف أو الفيديو.",
        },
    ),
    (
        {"kinds": [d.ADMINISTRATIVE, d.PRACTICAL], "timings": [d.CAN_WAIT]},
        d.HELPER,
        {
            "nl": "Een eenvoudig gesprek over praktische of administratieve zaken. Een taalhulp kan helpen: een vrijwilliger met een korte opleiding.",
            "en": "A simple conversation about practical or administrative things. A language helper can help: a volunteer with a short training.",
            "fr": "Un entretien simple sur des questions pratiques ou administratives. Un aidant linguistique peut aider : un bénévole avec une courte formation.",
            "uk": "Проста розмова про практичні чи адміністративні справи. Може допомогти мовний помічник: волонтер із коротким навчанням.",
            "ru": "Простой разговор о практических или административных делах. Может помочь языковой помощник: волонтёр с коротким обучением.",
            "ar": "محادثة بسيطة عن أمور عملية أو إدارية. يمكن أن يساعد مساعد لغوي: متطوع تلقى تدريبًا قصيرًا.",
        },
    ),
]

# The communication fan: (way, heading, when to use it, limits) per language.
FAN = [
    (
        d.INTERPRETER,
        {
            "nl": (
                "Gecertificeerde sociaal tolk",
                "Bij zware of gevoelige gesprekken: met een arts, psycholoog, advocaat of over de veiligheid van een kind. Ter plaatse, via telefoon of video.",
                "Je boekt de tolk via het boekingsportaal. Niet elke taal is altijd meteen beschikbaar.",
            ),
            "en": (
                "Certified social interpreter",
                "For heavy or sensitive conversations: with a doctor, psychologist, lawyer or about a child's safety. On site, by phone or video.",
                "You book the interpreter through the booking portal. Not every language is always available at once.",
            ),
            "fr": (
                "Interprète social certifié",
                "Pour les entretiens lourds ou sensibles : avec un médecin, un psychologue, un avocat ou sur la sécurité d'un enfant. Sur place, par téléphone ou vidéo.",
                "Vous réservez l'interprète via le portail de réservation. Toutes les langues ne sont pas toujours disponibles tout de suite.",
            ),
            "uk": (
                "Сертифікований соціальний перекладач",
                "Для важких або делікатних розмов: з лікарем, психологом, адвокатом або про безпеку дитини. На місці, телефоном або відео.",
                "Перекладача замовляють через портал бронювання. Не кожна мова завжди доступна одразу.",
            ),
            "ru": (
                "Сертифицированный социальный переводчик",
                "Для тяжёлых или деликатных разговоров: с врачом, психологом, адвокатом или о безопасности ребёнка. На месте, по телефону или видео.",
                "Переводчика заказывают через портал бронирования. Не каждый язык всегда доступен сразу.",
            ),
            "ar": (
                "مترجم اجتماعي معتمد",
                "للمحادثات الصعبة أو الحساسة: مع طبيب أو أخصائي نفسي أو محامٍ أو بشأن سلامة طفل. في المكان أو عبر الهاتف أو الفيديو.",
                "تحجز المترجم عبر بوابة الحجز. ليست كل لغة متاحة دائمًا على الفور.",
            ),
        },
    ),
    (
        d.HELPER,
        {
            "nl": (
                "Taalhulp of crisistolk",
                "Bij eenvoudige gesprekken over praktische of administratieve zaken. Crisistolken Oekraïens helpen alleen via telefoon of video.",
                "Het zijn vrijwilligers met een korte opleiding. Nooit bij zware of gevoelige gesprekken. Vraag minstens twee werkdagen vooraf.",
            ),
            "en": (
                "Language helper or crisis interpreter",
                "For simple conversations about practical or administrative things. Ukrainian crisis interpreters help only by phone or video.",
                "They are volunteers with a short training. Never for heavy or sensitive conversations. Ask at least two working days ahead.",
            ),
            "fr": (
                "Aidant linguistique ou interprète de crise",
                "Pour des entretiens simples sur des questions pratiques ou administratives. Les interprètes de crise ukrainiens aident seulement par téléphone ou vidéo.",
                "Ce sont des bénévoles avec une courte formation. Jamais pour des entretiens lourds ou sensibles. Demandez au moins deux jours ouvrables à l'avance.",
            ),
            "uk": (
                "Мовний помічник або кризовий перекладач",
                "Для простих розмов про практичні чи адміністративні справи. Кризові перекладачі української допомагають лише телефоном або відео.",
                "Це волонтери з коротким навчанням. Ніколи для важких чи делікатних розмов. Просіть щонайменше за два робочі дні.",
            ),
            "ru": (
                "Языковой помощник или кризисный переводчик",
                "Для простых разговоров о практических или административных делах. Кризисные переводчики украинского помогают только по телефону или видео.",
                "Это волонтёры с коротким обучением. Никогда для тяжёлых или деликатных разговоров. Просите минимум за два рабочих дня.",
            ),
            "ar": (
                "مساعد لغوي أو مترجم أزمات",
                "للمحادثات البسيطة عن أمور عملية أو إدارية. مترجمو الأزمات للأوكرانية يساعدون عبر الهاتف أو الفيديو فقط.",
                "هم متطوعون تلقوا تدريبًا قصيرًا. لا يُستعان بهم أبدًا في المحادثات الصعبة أو الحساسة. اطلب قبل يومَي عمل على الأقل.",
            ),
        },
    ),
    (
        d.PICTOGRAMS,
        {
            "nl": (
                "Pictogrammen en geschreven materiaal",
                "Voor korte, praktische boodschappen: waar, wanneer, wat meebrengen. Ook een folder in de taal van de persoon helpt.",
                "Een tekening vertelt niet alles. Niet voor gesprekken waarin iets beslist wordt.",
            ),
            "en": (
                "Pictograms and written material",
                "For short, practical messages: where, when, what to bring. A leaflet in the person's language also helps.",
                "A picture does not tell everything. Not for conversations in which something is decided.",
            ),
            "fr": (
                "Pictogrammes et documents écrits",
                "Pour des messages courts et pratiques : où, quand, quoi apporter. Un dépliant dans la langue de la personne aide aussi.",
                "Une image ne dit pas tout. Pas pour les entretiens où l'on décide quelque chose.",
            ),
            "uk": (
                "Піктограми та письмові матеріали",
                "Для коротких практичних повідомлень: де, коли, що взяти з собою. Також допомагає брошура мовою людини.",
                "Малюнок не розповідає всього. Не для розмов, у яких щось вирішують.",
            ),
            "ru": (
                "Пиктограммы и письменные материалы",
                "Для коротких практических сообщений: где, когда, что взять с собой. Также помогает брошюра на языке человека.",
                "Рисунок рассказывает не всё. Не для разговоров, в которых что-то решается.",
            ),
            "ar": (
                "الرسوم التوضيحية والمواد المكتوبة",
                "للرسائل القصيرة والعملية: أين ومتى وماذا تحضر. كما تساعد نشرة بلغة الشخص.",
                "الرسم لا يقول كل شيء. ليس للمحادثات التي يُتخذ فيها قرار.",
            ),
        },
    ),
    (
        "apps",
        {
            "nl": (
                "Vertaalapps",
                "Voor een eerste contact of een korte vraag, als er geen tolk is.",
                "Een app maakt fouten en is niet neutraal of geheim. Nooit voor zware of gevoelige gesprekken.",
            ),
            "en": (
                "Translation apps",
                "For a first contact or a short question, when there is no interpreter.",
                "An app makes mistakes and is not neutral or confidential. Never for heavy or sensitive conversations.",
            ),
            "fr": (
                "Applications de traduction",
                "Pour un premier contact ou une courte question, quand il n'y a pas d'interprète.",
                "Une application fait des erreurs et n'est ni neutre ni confidentielle. Jamais pour des entretiens lourds ou sensibles.",
            ),
            "uk": (
                "Застосунки для перекладу",
                "Для першого контакту або короткого запитання, коли немає перекладача.",
                "Застосунок помиляється і не є нейтральним чи конфіденційним. Ніколи для важких чи делікатних розмов.",
            ),
            "ru": (
                "Приложения для перевода",
                "Для первого контакта или короткого вопроса, когда нет переводчика.",
                "Приложение ошибается и не нейтрально, не конфиденциально. Никогда для тяжёлых или деликатных разговоров.",
            ),
            "ar": (
                "تطبيقات الترجمة",
                "لأول تواصل أو لسؤال قصير، عندما لا يوجد مترجم.",
                "التطبيق يخطئ وليس محايدًا ولا سريًا. لا يُستخدم أبدًا في المحادثات الصعبة أو الحساسة.",
            ),
        },
    ),
    (
        d.SIMPLE_DUTCH,
        {
            "nl": (
                "Eenvoudig Nederlands",
                "Als de persoon een beetje Nederlands begrijpt. Spreek traag, in korte zinnen, met gewone woorden.",
                "Controleer altijd of de boodschap goed begrepen is. Bij een zwaar gesprek is een tolk beter.",
            ),
            "en": (
                "Simple Dutch",
                "When the person understands some Dutch. Speak slowly, in short sentences, with everyday words.",
                "Always check that the message is understood. For a heavy conversation an interpreter is better.",
            ),
            "fr": (
                "Néerlandais simple",
                "Quand la personne comprend un peu le néerlandais. Parlez lentement, en phrases courtes, avec des mots courants.",
                "Vérifiez toujours que le message est bien compris. Pour un entretien lourd, un interprète est préférable.",
            ),
            "uk": (
                "Проста нідерландська",
                "Коли людина трохи розуміє нідерландську. Говоріть повільно, короткими реченнями, звичайними словами.",
                "Завжди перевіряйте, чи повідомлення зрозуміли. Для важкої розмови краще перекладач.",
            ),
            "ru": (
                "Простой нидерландский",
                "Когда человек немного понимает нидерландский. Говорите медленно, короткими фразами, обычными словами.",
                "Всегда проверяйте, понято ли сообщение. Для тяжёлого разговора лучше переводчик.",
            ),
            "ar": (
                "هولندية بسيطة",
                "عندما يفهم الشخص القليل من الهولندية. تكلم ببطء وبجمل قصيرة وبكلمات عادية.",
                "تأكد دائمًا أن الرسالة مفهومة. في المحادثة الصعبة يكون المترجم أفضل.",
            ),
        },
    ),
    (
        "practice",
        {
            "nl": (
                "Oefenkansen Nederlands",
                "Wil de persoon beter Nederlands leren? Wijs een plaats aan waar hij kan oefenen: een praatgroep, een buddy, een activiteit.",
                "Een oefenkans helpt op lange termijn. Voor het gesprek van vandaag heb je een andere oplossing nodig.",
            ),
            "en": (
                "Places to practise Dutch",
                "Does the person want to learn Dutch better? Point to a place to practise: a conversation group, a buddy, an activity.",
                "Practice helps in the long run. For today's conversation you need another solution.",
            ),
            "fr": (
                "Occasions de pratiquer le néerlandais",
                "La personne veut mieux apprendre le néerlandais ? Indiquez un lieu pour pratiquer : un groupe de conversation, un buddy, une activité.",
                "La pratique aide à long terme. Pour l'entretien d'aujourd'hui, il faut une autre solution.",
            ),
            "uk": (
                "Можливості практикувати нідерландську",
                "Людина хоче краще вивчити нідерландську? Покажіть місце для практики: розмовну групу, бадді, захід.",
                "Практика допомагає в довгостроковій перспективі. Для сьогоднішньої розмови потрібне інше рішення.",
            ),
            "ru": (
                "Возможности практиковать нидерландский",
                "Человек хочет лучше выучить нидерландский? Покажите место для практики: разговорную группу, бадди, мероприятие.",
                "Практика помогает в долгосрочной перспективе. Для сегодняшнего разговора нужно другое решение.",
            ),
            "ar": (
                "فرص لممارسة الهولندية",
                "هل يريد الشخص أن يتعلم الهولندية بشكل أفضل؟ دلّه على مكان للتمرن: مجموعة محادثة أو رفيق أو نشاط.",
                "التمرن يساعد على المدى الطويل. لمحادثة اليوم تحتاج إلى حل آخر.",
            ),
        },
    ),
]
