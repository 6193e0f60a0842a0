"""Demo texts of the main sections, in all six site languages: Nederlands oefenen, Meedoen,
Buddy worden and the Ukraine placeholder (which the crisis hub replaces)."""

from portal.demo.blocks import callout, faq, paragraph, paragraphs

# Per language: intro paragraph, FAQ title, two questions with answers, tip heading, tip.
_PRACTISE_BODY = {
    "nl": (
        "Een oefenkans is een moment waarop je Nederlands spreekt met anderen. Dat kan bij een "
        "praattafel, bij een sportclub, in de bibliotheek of als vrijwilliger.",
        "Veelgestelde vragen",
        [
            (
                "Moet ik al goed Nederlands spreken?",
                "Nee. Er zijn oefenkansen voor elk niveau, ook als je net begint.",
            ),
            (
                "Wat betekent het taalicoon?",
                "Een activiteit met een taalicoon is open voor mensen die Nederlands leren. Het "
                "icoon toont welk niveau je nodig hebt.",
            ),
        ],
        "Tip",
        "Vraag in je bibliotheek of gemeentehuis naar praattafels in de buurt.",
    ),
    "en": (
        "A chance to practise is a moment when you speak Dutch with other people. That can be "
        "at a conversation table, at a sports club, in the library or as a volunteer.",
        "Frequently asked questions",
        [
            (
                "Do I need to speak Dutch well already?",
                "No. There are chances to practise for every level, also when you are just "
                "starting.",
            ),
            (
                "What does the language icon mean?",
                "An activity with a language icon is open to people who are learning Dutch. The "
                "icon shows which level you need.",
            ),
        ],
        "Tip",
        "Ask at your library or town hall about conversation tables near you.",
    ),
    "fr": (
        "Une occasion de pratiquer, c'est un moment où vous parlez néerlandais avec d'autres "
        "personnes. Cela peut être à une table de conversation, dans un club de sport, à la "
        "bibliothèque ou comme bénévole.",
        "Questions fréquentes",
        [
            (
                "Dois-je déjà bien parler néerlandais ?",
                "Non. Il y a des occasions de pratiquer pour chaque niveau, aussi si vous "
                "commencez à peine.",
            ),
            (
                "Que veut dire l'icône de langue ?",
                "Une activité avec l'icône de langue est ouverte aux personnes qui apprennent le "
                "néerlandais. L'icône montre le niveau dont vous avez besoin.",
            ),
        ],
        "Conseil",
        "Demandez à la bibliothèque ou à la maison communale où trouver une table de "
        "conversation près de chez vous.",
    ),
    "uk": (
        "Можливість попрактикуватися — це нагода поговорити нідерландською з іншими людьми: у "
        "розмовному клубі, спортивному клубі, бібліотеці або як волонтер.",
        "Поширені запитання",
        [
            (
                "Чи потрібно мені вже добре говорити нідерландською?",
                "Ні. Є можливості для практики на будь-якому рівні, навіть якщо ви тільки "
                "починаєте.",
            ),
            (
                "Що означає мовна іконка?",
                "Захід із мовною іконкою відкритий для людей, які вивчають нідерландську. "
                "Іконка показує, який рівень вам потрібен.",
            ),
        ],
        "Порада",
        "Запитайте в бібліотеці або в міській раді про розмовні клуби поруч.",
    ),
    "ru": (
        "Возможность попрактиковаться — это момент, когда вы говорите по-нидерландски с "
        "другими людьми: в разговорном клубе, в спортивном клубе, в библиотеке или как "
        "волонтёр.",
        "Частые вопросы",
        [
            (
                "Нужно ли мне уже хорошо говорить по-нидерландски?",
                "Нет. Есть возможности для практики на любом уровне, даже если вы только "
                "начинаете.",
            ),
            (
                "Что означает значок языка?",
                "Занятие со значком языка открыто для людей, которые изучают нидерландский. "
                "Значок показывает, какой уровень вам нужен.",
            ),
        ],
        "Совет",
        "Спросите в библиотеке или в мэрии о разговорных клубах рядом с вами.",
    ),
    "ar": (
        "فرصة التدرّب هي وقت تتكلم فيه الهولندية مع أشخاص آخرين: في طاولة محادثة، أو في نادٍ "
        "رياضي، أو في المكتبة، أو كمتطوع.",
        "أسئلة شائعة",
        [
            (
                "هل يجب أن أتكلم الهولندية جيدًا من قبل؟",
                "لا. توجد فرص للتدرّب لكل مستوى، حتى لو كنت قد بدأت للتو.",
            ),
            (
                "ماذا يعني رمز اللغة؟",
                "النشاط الذي عليه رمز اللغة مفتوح للأشخاص الذين يتعلمون الهولندية. يبيّن الرمز "
                "المستوى الذي تحتاجه.",
            ),
        ],
        "نصيحة",
        "اسأل في مكتبتك أو في مبنى البلدية عن طاولات المحادثة القريبة منك.",
    ),
}


def _practise_body(text, faq_title, questions, tip_heading, tip):
    return [
        paragraph(f"<p>{text}</p>"),
        faq(faq_title, [(q, f"<p>{a}</p>") for q, a in questions]),
        callout("info", tip_heading, f"<p>{tip}</p>"),
    ]


PRACTISE_DUTCH = {
    "title": {
        "nl": "Nederlands oefenen",
        "en": "Practise Dutch",
        "fr": "Pratiquer le néerlandais",
        "uk": "Практикувати нідерландську",
        "ru": "Практиковать нидерландский",
        "ar": "تدرّب على اللغة الهولندية",
    },
    "slug": {"nl": "nederlands-oefenen", "en": "practise-dutch", "uk": "praktykuvaty-niderlandsku"},
    "intro": {
        "nl": "Je leert Nederlands sneller als je het vaak spreekt. Zoek een oefenkans bij jou "
        "in de buurt: een praattafel, een taalcafé of een activiteit met het taalicoon.",
        "en": "You learn Dutch faster when you speak it often. Find a chance to practise near "
        "you: a conversation table, a language café or an activity with the language icon.",
        "fr": "Vous apprenez le néerlandais plus vite si vous le parlez souvent. Trouvez une "
        "occasion de pratiquer près de chez vous : une table de conversation, un café des "
        "langues ou une activité avec l'icône de langue.",
        "uk": "Ви швидше вивчите нідерландську, якщо часто нею розмовляєте. Знайдіть "
        "можливість попрактикуватися поруч: розмовний клуб, мовне кафе або захід зі знаком "
        "мовної іконки.",
        "ru": "Вы быстрее выучите нидерландский, если часто на нём говорите. Найдите "
        "возможность попрактиковаться рядом с вами: разговорный клуб, языковое кафе или "
        "занятие со значком языка.",
        "ar": "تتعلم الهولندية أسرع عندما تتكلمها كثيرًا. ابحث عن فرصة للتدرّب قريبة منك: "
        "طاولة محادثة، أو مقهى لغوي، أو نشاط عليه رمز اللغة.",
    },
    "body": {code: _practise_body(*texts) for code, texts in _PRACTISE_BODY.items()},
}

TAKE_PART = {
    "title": {
        "nl": "Meedoen in je buurt",
        "en": "Take part locally",
        "fr": "Participer près de chez vous",
        "uk": "Участь у громаді",
        "ru": "Участие в жизни района",
        "ar": "شارك في حيّك",
    },
    "slug": {"nl": "meedoen", "en": "take-part", "uk": "uchast"},
    "intro": {
        "nl": "Sinds 1 januari 2023 neem je als inburgeraar minstens 40 uur deel aan "
        "initiatieven die je sociaal netwerk versterken. Je kiest zelf wat je doet.",
        "en": "Since 1 January 2023, people in the civic integration programme take part for "
        "at least 40 hours in activities that build their social network. You choose what "
        "you do.",
        "fr": "Depuis le 1er janvier 2023, les personnes en parcours d'intégration participent "
        "au moins 40 heures à des activités qui renforcent leur réseau social. Vous choisissez "
        "vous-même ce que vous faites.",
        "uk": "З 1 січня 2023 року учасники програми інтеграції щонайменше 40 годин беруть "
        "участь в ініціативах, що зміцнюють їхні соціальні зв’язки. Ви самі обираєте, що "
        "робити.",
        "ru": "С 1 января 2023 года участники программы интеграции не менее 40 часов "
        "участвуют в инициативах, которые укрепляют их социальные связи. Вы сами выбираете, "
        "чем заниматься.",
        "ar": "منذ 1 يناير 2023، يشارك من يتبع مسار الاندماج 40 ساعة على الأقل في أنشطة تقوّي "
        "شبكته الاجتماعية. أنت تختار بنفسك ما تفعله.",
    },
    "body": paragraphs(
        {
            "nl": "Je kunt bijvoorbeeld vrijwilligerswerk doen, een stage volgen of meedoen met "
            "een buddyproject. Je trajectbegeleider helpt je kiezen.",
            "en": "For example, you can do volunteer work, follow a work placement or join a "
            "buddy project. Your case worker helps you choose.",
            "fr": "Par exemple, vous pouvez faire du bénévolat, suivre un stage ou participer à "
            "un projet buddy. Votre accompagnateur de parcours vous aide à choisir.",
            "uk": "Наприклад, ви можете займатися волонтерством, пройти стажування або "
            "долучитися до проєкту бадді. Ваш куратор програми допоможе вам обрати.",
            "ru": "Например, вы можете заниматься волонтёрством, пройти стажировку или "
            "участвовать в проекте бадди. Ваш куратор программы поможет вам выбрать.",
            "ar": "مثلًا، يمكنك القيام بعمل تطوعي، أو متابعة تدريب عملي، أو المشاركة في مشروع "
            "رفقة (buddy). يساعدك مرشد المسار على الاختيار.",
        }
    ),
}

BUDDY = {
    "title": {
        "nl": "Buddy worden",
        "en": "Become a buddy",
        "fr": "Devenir buddy",
        "uk": "Стати бадді",
        "ru": "Стать бадди",
        "ar": "كن رفيقًا (buddy)",
    },
    "slug": {"nl": "buddy-worden", "en": "become-a-buddy", "uk": "staty-baddi"},
    "intro": {
        "nl": "Een buddy maakt nieuwkomers wegwijs in de samenleving. Je spreekt regelmatig af, "
        "oefent samen Nederlands en helpt bij kleine vragen.",
        "en": "A buddy helps newcomers find their way in society. You meet regularly, practise "
        "Dutch together and help with small questions.",
        "fr": "Un buddy aide les nouveaux arrivants à trouver leur chemin dans la société. Vous "
        "vous voyez souvent, vous pratiquez le néerlandais ensemble et vous aidez pour de "
        "petites questions.",
        "uk": "Бадді допомагає новоприбулим зорієнтуватися в суспільстві. Ви регулярно "
        "зустрічаєтеся, разом практикуєте нідерландську та допомагаєте з дрібними питаннями.",
        "ru": "Бадди помогает новоприбывшим освоиться в обществе. Вы регулярно встречаетесь, "
        "вместе практикуете нидерландский и помогаете с небольшими вопросами.",
        "ar": "الرفيق (buddy) يساعد القادمين الجدد على إيجاد طريقهم في المجتمع. تلتقيان "
        "بانتظام، وتتدرّبان معًا على الهولندية، وتساعد في الأسئلة الصغيرة.",
    },
    "body": paragraphs(
        {
            "nl": "Lokale besturen en organisaties zoeken buddy's voor hun buddyprojecten. Je "
            "krijgt een opleiding en je kunt terecht bij een coördinator.",
            "en": "Local authorities and organisations look for buddies for their buddy "
            "projects. You get training and a coordinator you can turn to.",
            "fr": "Les pouvoirs locaux et les organisations cherchent des buddies pour leurs "
            "projets. Vous recevez une formation et vous pouvez vous adresser à un "
            "coordinateur.",
            "uk": "Місцева влада та організації шукають бадді для своїх проєктів. Ви проходите "
            "навчання і можете звернутися до координатора.",
            "ru": "Местные власти и организации ищут бадди для своих проектов. Вы проходите "
            "обучение и можете обратиться к координатору.",
            "ar": "تبحث الإدارات المحلية والمنظمات عن رفقاء لمشاريعها. تحصل على تدريب، ويمكنك "
            "التوجّه إلى منسّق.",
        }
    ),
}

UKRAINE = {
    "title": {
        "nl": "Oekraïne",
        "en": "Ukraine",
        "fr": "Ukraine",
        "uk": "Україна",
        "ru": "Украина",
        "ar": "أوكرانيا",
    },
    "slug": {"nl": "oekraine", "en": "ukraine", "uk": "ukraina", "ru": "ukraina"},
    "intro": {
        "nl": "Informatie voor mensen uit Oekraïne met tijdelijke bescherming, en voor wie hen "
        "helpt: gastgezinnen, vrijwilligers en professionals.",
        "en": "Information for people from Ukraine with temporary protection, and for those who "
        "help them: host families, volunteers and professionals.",
        "fr": "Des informations pour les personnes venues d'Ukraine avec une protection "
        "temporaire, et pour celles qui les aident : familles d'accueil, bénévoles et "
        "professionnels.",
        "uk": "Інформація для людей з України з тимчасовим захистом і для тих, хто їм допомагає: "
        "приймальних сімей, волонтерів і фахівців.",
        "ru": "Информация для людей из Украины с временной защитой и для тех, кто им помогает: "
        "принимающих семей, волонтёров и специалистов.",
        "ar": "معلومات للأشخاص القادمين من أوكرانيا الذين لديهم حماية مؤقتة، ولمن يساعدهم: "
        "العائلات المضيفة والمتطوعون والمهنيون.",
    },
}
