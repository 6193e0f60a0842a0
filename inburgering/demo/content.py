"""Demo texts of the Dutch course orientation page: page and rules in six languages.

Marked as demo content; simplified from how the agency's Huis van het Nederlands refers
newcomers: the Latin script first at a CBE, little schooling to a CBE, studies to a university
language centre, the rest to a CVO."""

from inburgering import orientation as o

# The agency's site stands in for the Huis van het Nederlands' intake in the demo.
INTAKE_URL = "https://www.integratie-inburgering.be/"

PAGE = {
    "slug": {
        "nl": "welke-cursus-nederlands",
        "en": "which-dutch-course",
        "fr": "quel-cours-de-neerlandais",
        "uk": "yakyi-kurs-niderlandskoi",
        "ru": "kakoi-kurs-niderlandskogo",
        "ar": "ay-dawrat-hulandiya",
    },
    "title": {
        "nl": "Welke cursus Nederlands past bij mij?",
        "en": "Which Dutch course fits me?",
        "fr": "Quel cours de néerlandais me convient ?",
        "uk": "Який курс нідерландської мені підходить?",
        "ru": "Какой курс нидерландского мне подходит?",
        "ar": "أي دورة للغة الهولندية تناسبني؟",
    },
    "intro": {
        "nl": "Je wilt Nederlands leren. Er zijn veel soorten cursussen. Beantwoord zes vragen en je weet waar je kunt beginnen.",
        "en": "You want to learn Dutch. There are many kinds of courses. Answer six questions and you know where you can start.",
        "fr": "Vous voulez apprendre le néerlandais. Il existe beaucoup de cours différents. Répondez à six questions et vous saurez où commencer.",
        "uk": "Ви хочете вивчати нідерландську. Є багато різних курсів. Дайте відповідь на шість запитань, і ви знатимете, з чого почати.",
        "ru": "Вы хотите учить нидерландский. Есть много разных курсов. Ответьте на шесть вопросов, и вы узнаете, с чего начать.",
        "ar": "تريد أن تتعلم الهولندية. هناك أنواع كثيرة من الدورات. أجب عن ستة أسئلة وستعرف من أين تبدأ.",
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

# Ordered: the first rule that fits gives the route. (conditions, route, reason, duration)
RULES = [
    (
        {"scripts": [o.OTHER_SCRIPT, o.NOT_LITERATE]},
        o.LATIN_SCRIPT_FIRST,
        {
            "nl": "Eerst leer je lezen en schrijven in het Latijnse alfabet. Dat maakt de cursus Nederlands daarna veel makkelijker. Een CBE helpt je daarbij.",
            "en": "First you learn to read and write in the Latin alphabet. That makes the Dutch course much easier afterwards. A CBE helps you with this.",
            "fr": "D'abord, vous apprenez à lire et à écrire dans l'alphabet latin. Le cours de néerlandais est ensuite beaucoup plus facile. Un CBE vous aide.",
            "uk": "Спочатку ви вчитеся читати й писати латинським алфавітом. Потім курс нідерландської буде набагато легшим. Вам допоможе CBE.",
            "ru": "Сначала вы учитесь читать и писать латинским алфавитом. Потом курс нидерландского будет намного легче. Вам поможет CBE.",
            "ar": "أولًا تتعلم القراءة والكتابة بالحروف اللاتينية. هذا يجعل دورة الهولندية بعد ذلك أسهل بكثير. يساعدك في ذلك مركز CBE.",
        },
        {
            "nl": "Vaak een jaar of langer, in kleine stappen.",
            "en": "Often a year or longer, in small steps.",
            "fr": "Souvent un an ou plus, par petites étapes.",
            "uk": "Часто рік або довше, маленькими кроками.",
            "ru": "Часто год или дольше, маленькими шагами.",
            "ar": "غالبًا سنة أو أكثر، بخطوات صغيرة.",
        },
    ),
    (
        {"schoolings": [o.LITTLE]},
        o.CBE,
        {
            "nl": "Je ging niet lang naar school. In een CBE leer je rustig, in een kleine groep, met veel herhaling.",
            "en": "You did not go to school for long. At a CBE you learn at a calm pace, in a small group, with a lot of repetition.",
            "fr": "Vous n'êtes pas allé longtemps à l'école. Dans un CBE, vous apprenez calmement, en petit groupe, avec beaucoup de répétition.",
            "uk": "Ви недовго ходили до школи. У CBE ви вчитеся спокійно, у малій групі, з багатьма повтореннями.",
            "ru": "Вы недолго ходили в школу. В CBE вы учитесь спокойно, в маленькой группе, с большим количеством повторений.",
            "ar": "لم تذهب إلى المدرسة لفترة طويلة. في مركز CBE تتعلم بهدوء، في مجموعة صغيرة، مع الكثير من التكرار.",
        },
        {
            "nl": "Ongeveer 240 uur les per niveau.",
            "en": "About 240 hours of lessons for each level.",
            "fr": "Environ 240 heures de cours par niveau.",
            "uk": "Приблизно 240 годин уроків на кожен рівень.",
            "ru": "Примерно 240 часов уроков на каждый уровень.",
            "ar": "حوالي 240 ساعة دروس لكل مستوى.",
        },
    ),
    (
        {"schoolings": [o.HIGHER], "goals": [o.STUDY]},
        o.UTC,
        {
            "nl": "Je studeerde al en je wilt hier studeren. Een universitair talencentrum gaat snel en bereidt je voor op lessen in het Nederlands.",
            "en": "You studied before and you want to study here. A university language centre goes fast and prepares you for lessons in Dutch.",
            "fr": "Vous avez déjà fait des études et vous voulez étudier ici. Un centre de langues universitaire avance vite et vous prépare aux cours en néerlandais.",
            "uk": "Ви вже навчалися і хочете навчатися тут. Університетський мовний центр працює швидко і готує вас до занять нідерландською.",
            "ru": "Вы уже учились и хотите учиться здесь. Университетский языковой центр работает быстро и готовит вас к занятиям на нидерландском.",
            "ar": "درست من قبل وتريد أن تدرس هنا. مركز اللغات الجامعي يسير بسرعة ويجهزك للدروس باللغة الهولندية.",
        },
        {
            "nl": "Ongeveer 120 uur les per niveau, vaak in snelle cursussen.",
            "en": "About 120 hours of lessons for each level, often in fast courses.",
            "fr": "Environ 120 heures de cours par niveau, souvent en cours intensifs.",
            "uk": "Приблизно 120 годин уроків на кожен рівень, часто в інтенсивних курсах.",
            "ru": "Примерно 120 часов уроков на каждый уровень, часто в интенсивных курсах.",
            "ar": "حوالي 120 ساعة دروس لكل مستوى، غالبًا في دورات مكثفة.",
        },
    ),
    (
        {"goals": [o.WORK], "times": [o.EVENING, o.WEEKEND]},
        o.CVO,
        {
            "nl": "Je wilt Nederlands voor je werk en je hebt 's avonds of in het weekend tijd. Een CVO geeft cursussen op die momenten.",
            "en": "You want Dutch for your work and you have time in the evening or at the weekend. A CVO gives courses at those times.",
            "fr": "Vous voulez le néerlandais pour votre travail et vous avez du temps le soir ou le week-end. Un CVO donne des cours à ces moments.",
            "uk": "Вам потрібна нідерландська для роботи, і ви маєте час увечері або на вихідних. CVO проводить курси в цей час.",
            "ru": "Вам нужен нидерландский для работы, и у вас есть время вечером или в выходные. CVO проводит курсы в это время.",
            "ar": "تريد الهولندية لعملك ولديك وقت في المساء أو في عطلة نهاية الأسبوع. مركز CVO يقدم دورات في هذه الأوقات.",
        },
        {
            "nl": "Ongeveer 120 uur les per niveau.",
            "en": "About 120 hours of lessons for each level.",
            "fr": "Environ 120 heures de cours par niveau.",
            "uk": "Приблизно 120 годин уроків на кожен рівень.",
            "ru": "Примерно 120 часов уроков на каждый уровень.",
            "ar": "حوالي 120 ساعة دروس لكل مستوى.",
        },
    ),
]
