"""Demo texts for `seed_demo`, drawn from the agency's 2022 annual report (see shared/domain)."""

from wagtail.rich_text import RichText


def paragraph(html: str):
    return ("paragraph", RichText(html))


def heading(text: str):
    return ("heading", {"text": text, "level": "h2"})


def callout(kind: str, heading_text: str, html: str):
    return ("callout", {"kind": kind, "heading": heading_text, "text": RichText(html)})


def faq(title: str, items: list[tuple[str, str]]):
    return (
        "accordion",
        {"title": title, "items": [{"heading": q, "content": RichText(a)} for q, a in items]},
    )


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
    "body": {
        "nl": [
            paragraph(
                "<p>Wegwijs is er voor iedereen die Nederlands leert, voor vrijwilligers, "
                "voor lokale besturen en organisaties, en voor professionals die werken met "
                "mensen van buitenlandse herkomst.</p>"
            ),
        ],
        "en": [
            paragraph(
                "<p>Wegwijs is for everyone who is learning Dutch, for volunteers, for local "
                "authorities and organisations, and for professionals who work with people of "
                "foreign origin.</p>"
            ),
        ],
        "uk": [
            paragraph(
                "<p>Wegwijs — для всіх, хто вивчає нідерландську, для волонтерів, місцевої "
                "влади та організацій, а також для фахівців, які працюють з людьми іноземного "
                "походження.</p>"
            ),
        ],
    },
}

PRACTISE_DUTCH = {
    "title": {
        "nl": "Nederlands oefenen",
        "en": "Practise Dutch",
        "uk": "Практикувати нідерландську",
    },
    "slug": {"nl": "nederlands-oefenen", "en": "practise-dutch", "uk": "praktykuvaty-niderlandsku"},
    "intro": {
        "nl": "Je leert Nederlands sneller als je het vaak spreekt. Zoek een oefenkans bij jou "
        "in de buurt: een praattafel, een taalcafé of een activiteit met het taalicoon.",
        "en": "You learn Dutch faster when you speak it often. Find a chance to practise near "
        "you: a conversation table, a language café or an activity with the language icon.",
        "uk": "Ви швидше вивчите нідерландську, якщо часто нею розмовляєте. Знайдіть "
        "можливість попрактикуватися поруч: розмовний клуб, мовне кафе або захід зі знаком "
        "мовної іконки.",
    },
    "body": {
        "nl": [
            paragraph(
                "<p>Een oefenkans is een moment waarop je Nederlands spreekt met anderen. "
                "Dat kan bij een praattafel, bij een sportclub, in de bibliotheek of als "
                "vrijwilliger.</p>"
            ),
            faq(
                "Veelgestelde vragen",
                [
                    (
                        "Moet ik al goed Nederlands spreken?",
                        "<p>Nee. Er zijn oefenkansen voor elk niveau, ook als je net begint.</p>",
                    ),
                    (
                        "Wat betekent het taalicoon?",
                        "<p>Een activiteit met een taalicoon is open voor mensen die "
                        "Nederlands leren. Het icoon toont welk niveau je nodig hebt.</p>",
                    ),
                ],
            ),
            callout(
                "info",
                "Tip",
                "<p>Vraag in je bibliotheek of gemeentehuis naar praattafels in de buurt.</p>",
            ),
        ],
        "en": [
            paragraph(
                "<p>A chance to practise is a moment when you speak Dutch with other people. "
                "That can be at a conversation table, at a sports club, in the library or as "
                "a volunteer.</p>"
            ),
            faq(
                "Frequently asked questions",
                [
                    (
                        "Do I need to speak Dutch well already?",
                        "<p>No. There are chances to practise for every level, also when you "
                        "are just starting.</p>",
                    ),
                    (
                        "What does the language icon mean?",
                        "<p>An activity with a language icon is open to people who are "
                        "learning Dutch. The icon shows which level you need.</p>",
                    ),
                ],
            ),
        ],
        "uk": [
            paragraph(
                "<p>Можливість попрактикуватися — це нагода поговорити нідерландською з "
                "іншими людьми: у розмовному клубі, спортивному клубі, бібліотеці або як "
                "волонтер.</p>"
            ),
        ],
    },
}

TAKE_PART = {
    "title": {"nl": "Meedoen in je buurt", "en": "Take part locally", "uk": "Участь у громаді"},
    "slug": {"nl": "meedoen", "en": "take-part", "uk": "uchast"},
    "intro": {
        "nl": "Sinds 1 januari 2023 neem je als inburgeraar minstens 40 uur deel aan "
        "initiatieven die je sociaal netwerk versterken. Je kiest zelf wat je doet.",
        "en": "Since 1 January 2023, people in the civic integration programme take part for "
        "at least 40 hours in activities that build their social network. You choose what "
        "you do.",
        "uk": "З 1 січня 2023 року учасники програми інтеграції щонайменше 40 годин беруть "
        "участь в ініціативах, що зміцнюють їхні соціальні зв’язки. Ви самі обираєте, що "
        "робити.",
    },
    "body": {
        "nl": [
            paragraph(
                "<p>Je kunt bijvoorbeeld vrijwilligerswerk doen, een stage volgen of meedoen "
                "met een buddyproject. Je trajectbegeleider helpt je kiezen.</p>"
            ),
        ],
        "en": [
            paragraph(
                "<p>For example, you can do volunteer work, follow a work placement or join a "
                "buddy project. Your case worker helps you choose.</p>"
            ),
        ],
    },
}

BUDDY = {
    "title": {"nl": "Buddy worden", "en": "Become a buddy", "uk": "Стати бадді"},
    "slug": {"nl": "buddy-worden", "en": "become-a-buddy", "uk": "staty-baddi"},
    "intro": {
        "nl": "Een buddy maakt nieuwkomers wegwijs in de samenleving. Je spreekt regelmatig af, "
        "oefent samen Nederlands en helpt bij kleine vragen.",
        "en": "A buddy helps newcomers find their way in society. You meet regularly, practise "
        "Dutch together and help with small questions.",
        "uk": "Бадді допомагає новоприбулим зорієнтуватися в суспільстві. Ви регулярно "
        "зустрічаєтеся, разом практикуєте нідерландську та допомагаєте з дрібними питаннями.",
    },
    "body": {
        "nl": [
            paragraph(
                "<p>Lokale besturen en organisaties zoeken buddy's voor hun buddyprojecten. "
                "Je krijgt een opleiding en je kunt terecht bij een coördinator.</p>"
            ),
        ],
        "en": [
            paragraph(
                "<p>Local authorities and organisations look for buddies for their buddy "
                "projects. You get training and a coordinator you can turn to.</p>"
            ),
        ],
    },
}

UKRAINE = {
    "title": {"nl": "Oekraïne", "en": "Ukraine", "uk": "Україна", "ru": "Украина"},
    "slug": {"nl": "oekraine", "en": "ukraine", "uk": "ukraina", "ru": "ukraina"},
    "intro": {
        "nl": "Informatie voor mensen uit Oekraïne met tijdelijke bescherming, en voor wie hen "
        "helpt: gastgezinnen, vrijwilligers en professionals.",
        "en": "Information for people from Ukraine with temporary protection, and for those who "
        "help them: host families, volunteers and professionals.",
        "uk": "Інформація для людей з України з тимчасовим захистом і для тих, хто їм допомагає: "
        "приймальних сімей, волонтерів і фахівців.",
        "ru": "Информация для людей из Украины с временной защитой и для тех, кто им помогает: "
        "принимающих семей, волонтёров и специалистов.",
    },
}

ABOUT = {
    "title": {"nl": "Over Wegwijs", "en": "About Wegwijs", "uk": "Про Wegwijs"},
    "slug": {"nl": "over-wegwijs", "en": "about-wegwijs", "uk": "pro-wegwijs"},
    "intro": {
        "nl": "Wegwijs is een website van het Agentschap Integratie en Inburgering en zijn "
        "partners.",
        "en": "Wegwijs is a website of the Agency for Integration and Civic Integration and its "
        "partners.",
        "uk": "Wegwijs — це вебсайт Агентства з інтеграції та громадянської інтеграції та його "
        "партнерів.",
    },
}

PRIVACY = {
    "title": {"nl": "Privacy", "en": "Privacy"},
    "slug": {"nl": "privacy", "en": "privacy"},
    "intro": {
        "nl": "We vragen alleen de gegevens die we echt nodig hebben, en we bewaren ze niet "
        "langer dan nodig.",
        "en": "We only ask for the data we really need, and we do not keep it longer than "
        "necessary.",
    },
}

ACCESSIBILITY = {
    "title": {"nl": "Toegankelijkheid", "en": "Accessibility"},
    "slug": {"nl": "toegankelijkheid", "en": "accessibility"},
    "intro": {
        "nl": "We willen dat iedereen deze website kan gebruiken, ook met een schermlezer, "
        "alleen met het toetsenbord of op een kleine telefoon.",
        "en": "We want everyone to be able to use this website, also with a screen reader, "
        "with only a keyboard or on a small phone.",
    },
}

SECTIONS = [PRACTISE_DUTCH, TAKE_PART, BUDDY, UKRAINE]
FOOTER_PAGES = [ABOUT, PRIVACY, ACCESSIBILITY]

# Example helpdesk details: editors replace them in Settings > Site settings.
SITE_SETTINGS = {
    "helpdesk_phone": "+32 2 205 00 55",
    "helpdesk_email": "helpdesk@wegwijs.example",
    "helpdesk_hours": {
        "nl": "Maandag tot donderdag, 9 tot 12 uur",
        "en": "Monday to Thursday, 9:00 to 12:00",
        "uk": "З понеділка по четвер, з 9:00 до 12:00",
    },
    "helpdesk_audience": {
        "nl": "De helpdesk beantwoordt vragen van professionals en vrijwilligers. Heb je zelf "
        "een vraag over je situatie? Dan helpen we je een dienst in je buurt te vinden.",
        "en": "The helpdesk answers questions from professionals and volunteers. Do you have a "
        "question about your own situation? Then we help you find a service near you.",
        "uk": "Гаряча лінія відповідає на запитання фахівців і волонтерів. Маєте запитання про "
        "власну ситуацію? Ми допоможемо знайти службу поруч із вами.",
    },
    "footer_text": {
        "nl": "Wegwijs: een website van het Agentschap Integratie en Inburgering.",
        "en": "Wegwijs: a website of the Agency for Integration and Civic Integration.",
    },
}
