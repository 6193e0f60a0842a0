"""Demo steps of the guide, part one: signing up, Brussels' language choice, the trajectory
guide, the course on society (MO) and Dutch (NT2). Facts as in demo/guide.py."""

from inburgering import guide as g
from inburgering.demo.guide import ASK_THE_OFFICE, AT_THE_OFFICE, COURSE_FEE

SIGN_UP = {
    "regions": [],
    "statuses": [],
    "links_to_office": True,
    "heading": {
        "nl": "Meld je aan bij het kantoor voor inburgering",
        "en": "Sign up at the civic integration office",
        "fr": "Inscrivez-vous au bureau d'intégration",
        "uk": "Зареєструйтеся в бюро інтеграції",
        "ru": "Зарегистрируйтесь в бюро интеграции",
        "ar": "سجّل في مكتب الاندماج",
    },
    "summary": {
        "nl": "Je begint bij het kantoor voor inburgering. Je krijgt uitleg over het traject, je rechten en je plichten.",
        "en": "You start at the civic integration office. You get an explanation of the path, your rights and your duties.",
        "fr": "Vous commencez au bureau d'intégration. On vous explique le parcours, vos droits et vos devoirs.",
        "uk": "Ви починаєте в бюро інтеграції. Вам пояснюють програму, ваші права та обов'язки.",
        "ru": "Вы начинаете в бюро интеграции. Вам объясняют программу, ваши права и обязанности.",
        "ar": "تبدأ في مكتب الاندماج. تحصل على شرح للمسار ولحقوقك وواجباتك.",
    },
    "what_to_do": {
        "nl": "Maak een afspraak. Neem je verblijfsdocument mee. Je tekent een inburgeringscontract.",
        "en": "Make an appointment. Bring your residence document. You sign a civic integration contract.",
        "fr": "Prenez rendez-vous. Apportez votre document de séjour. Vous signez un contrat d'intégration.",
        "uk": "Запишіться на зустріч. Візьміть із собою документ про проживання. Ви підписуєте договір про інтеграцію.",
        "ru": "Запишитесь на встречу. Возьмите с собой документ о пребывании. Вы подписываете договор об интеграции.",
        "ar": "احجز موعدًا. أحضر وثيقة الإقامة. توقّع عقد الاندماج.",
    },
    "cost": ASK_THE_OFFICE,
    "where_to_go": {
        "nl": "Het kantoor voor inburgering voor jouw gemeente.",
        "en": "The civic integration office for your municipality.",
        "fr": "Le bureau d'intégration de votre commune.",
        "uk": "Бюро інтеграції для вашої громади.",
        "ru": "Бюро интеграции для вашей коммуны.",
        "ar": "مكتب الاندماج الخاص ببلديتك.",
    },
}

BRUSSELS_LANGUAGE = {
    "regions": [g.BRUSSELS],
    "statuses": [],
    "links_to_office": False,
    "heading": {
        "nl": "Kies je taal: Nederlands of Frans",
        "en": "Choose your language: Dutch or French",
        "fr": "Choisissez votre langue : néerlandais ou français",
        "uk": "Виберіть мову: нідерландська чи французька",
        "ru": "Выберите язык: нидерландский или французский",
        "ar": "اختر لغتك: الهولندية أو الفرنسية",
    },
    "summary": {
        "nl": "In Brussel kies je zelf: een traject in het Nederlands of in het Frans.",
        "en": "In Brussels you choose yourself: a path in Dutch or in French.",
        "fr": "À Bruxelles, vous choisissez vous-même : un parcours en néerlandais ou en français.",
        "uk": "У Брюсселі ви вибираєте самі: програма нідерландською або французькою.",
        "ru": "В Брюсселе вы выбираете сами: программа на нидерландском или на французском.",
        "ar": "في بروكسل تختار بنفسك: مسار باللغة الهولندية أو بالفرنسية.",
    },
    "what_to_do": {
        "nl": "Denk na over je toekomst: welke taal heb je nodig voor werk of school? Kies dan een kantoor.",
        "en": "Think about your future: which language do you need for work or school? Then choose an office.",
        "fr": "Pensez à votre avenir : de quelle langue avez-vous besoin pour le travail ou l'école ? Choisissez ensuite un bureau.",
        "uk": "Подумайте про своє майбутнє: яка мова вам потрібна для роботи чи школи? Потім виберіть бюро.",
        "ru": "Подумайте о своём будущем: какой язык вам нужен для работы или школы? Потом выберите бюро.",
        "ar": "فكّر في مستقبلك: أي لغة تحتاج للعمل أو المدرسة؟ ثم اختر مكتبًا.",
    },
    "cost": ASK_THE_OFFICE,
    "where_to_go": {
        "nl": "Nederlands: bon. Frans: een BAPA (bureau d'accueil pour primo-arrivants).",
        "en": "Dutch: bon. French: a BAPA (bureau d'accueil pour primo-arrivants).",
        "fr": "Néerlandais : bon. Français : un BAPA (bureau d'accueil pour primo-arrivants).",
        "uk": "Нідерландська: bon. Французька: BAPA (bureau d'accueil pour primo-arrivants).",
        "ru": "Нидерландский: bon. Французский: BAPA (bureau d'accueil pour primo-arrivants).",
        "ar": "الهولندية: bon. الفرنسية: BAPA (bureau d'accueil pour primo-arrivants).",
    },
}

TRAJECTORY_GUIDE = {
    "regions": [],
    "statuses": [],
    "links_to_office": False,
    "heading": {
        "nl": "Je eigen traject met een trajectbegeleider",
        "en": "Your own path with a trajectory guide",
        "fr": "Votre propre parcours avec un accompagnateur",
        "uk": "Ваша власна програма з консультантом",
        "ru": "Ваша собственная программа с консультантом",
        "ar": "مسارك الخاص مع مرشد المسار",
    },
    "summary": {
        "nl": "Een trajectbegeleider helpt je tijdens het hele traject. Samen maak je een plan dat bij jou past.",
        "en": "A trajectory guide helps you during the whole path. Together you make a plan that fits you.",
        "fr": "Un accompagnateur vous aide pendant tout le parcours. Ensemble, vous faites un plan qui vous convient.",
        "uk": "Консультант (trajectbegeleider) допомагає вам протягом усієї програми. Разом ви складаєте план, який вам підходить.",
        "ru": "Консультант (trajectbegeleider) помогает вам в течение всей программы. Вместе вы составляете план, который вам подходит.",
        "ar": "مرشد المسار يساعدك طوال المسار. معًا تضعان خطة تناسبك.",
    },
    "what_to_do": {
        "nl": "Vertel wat je al kunt en wat je wilt: werk, studie, je gezin. Ga naar elke afspraak. Is er een probleem? Zeg het meteen.",
        "en": "Tell what you can do already and what you want: work, studies, your family. Go to every appointment. Is there a problem? Say it at once.",
        "fr": "Dites ce que vous savez déjà faire et ce que vous voulez : travail, études, votre famille. Allez à chaque rendez-vous. Un problème ? Dites-le tout de suite.",
        "uk": "Розкажіть, що ви вже вмієте і чого хочете: робота, навчання, ваша сім'я. Приходьте на кожну зустріч. Є проблема? Скажіть про неї одразу.",
        "ru": "Расскажите, что вы уже умеете и чего хотите: работа, учёба, ваша семья. Приходите на каждую встречу. Есть проблема? Скажите о ней сразу.",
        "ar": "أخبر بما تستطيع فعله وبما تريده: العمل، الدراسة، عائلتك. اذهب إلى كل موعد. هل هناك مشكلة؟ قلها فورًا.",
    },
    "cost": ASK_THE_OFFICE,
    "where_to_go": AT_THE_OFFICE,
}

SOCIETY_COURSE = {
    "regions": [],
    "statuses": [],
    "links_to_office": False,
    "heading": {
        "nl": "De cursus maatschappelijke oriëntatie (MO)",
        "en": "The course on society (MO)",
        "fr": "Le cours d'orientation sociale (MO)",
        "uk": "Курс про суспільство (MO)",
        "ru": "Курс об обществе (MO)",
        "ar": "دورة التوجيه الاجتماعي (MO)",
    },
    "summary": {
        "nl": "Je leert hoe het leven hier werkt: wonen, werk, school, gezondheid, rechten en plichten. De cursus is in je eigen taal of een taal die je goed kent.",
        "en": "You learn how life works here: housing, work, school, health, rights and duties. The course is in your own language or a language you know well.",
        "fr": "Vous apprenez comment la vie fonctionne ici : logement, travail, école, santé, droits et devoirs. Le cours est dans votre langue ou une langue que vous connaissez bien.",
        "uk": "Ви дізнаєтеся, як тут влаштоване життя: житло, робота, школа, здоров'я, права та обов'язки. Курс проходить вашою мовою або мовою, яку ви добре знаєте.",
        "ru": "Вы узнаёте, как здесь устроена жизнь: жильё, работа, школа, здоровье, права и обязанности. Курс идёт на вашем языке или на языке, который вы хорошо знаете.",
        "ar": "تتعلم كيف تسير الحياة هنا: السكن، العمل، المدرسة، الصحة، الحقوق والواجبات. الدورة بلغتك أو بلغة تعرفها جيدًا.",
    },
    "what_to_do": {
        "nl": "Volg de lessen. Op het einde doe je de test MO. Die test bestaat in 25 talen. Weet je al veel? Vraag naar de vrijstellingstoets. Slaag je, dan hoef je de cursus niet te volgen.",
        "en": "Follow the lessons. At the end you take the MO test. The test exists in 25 languages. Do you know a lot already? Ask about the exemption test. If you pass, you do not need to follow the course.",
        "fr": "Suivez les cours. À la fin, vous passez le test MO. Ce test existe en 25 langues. Vous savez déjà beaucoup ? Demandez le test de dispense. Si vous le réussissez, vous ne devez pas suivre le cours.",
        "uk": "Відвідуйте уроки. Наприкінці ви складаєте тест MO. Цей тест є 25 мовами. Ви вже багато знаєте? Запитайте про тест для звільнення. Якщо ви його складете, курс проходити не потрібно.",
        "ru": "Посещайте уроки. В конце вы сдаёте тест MO. Этот тест есть на 25 языках. Вы уже много знаете? Спросите о тесте для освобождения. Если вы его сдадите, курс проходить не нужно.",
        "ar": "احضر الدروس. في النهاية تجري اختبار MO. هذا الاختبار موجود بـ 25 لغة. هل تعرف الكثير من قبل؟ اسأل عن اختبار الإعفاء. إذا نجحت فيه، لا تحتاج إلى متابعة الدورة.",
    },
    "cost": COURSE_FEE,
    "where_to_go": {
        "nl": "Het kantoor voor inburgering plant de cursus met jou.",
        "en": "The civic integration office plans the course with you.",
        "fr": "Le bureau d'intégration planifie le cours avec vous.",
        "uk": "Бюро інтеграції планує курс разом із вами.",
        "ru": "Бюро интеграции планирует курс вместе с вами.",
        "ar": "مكتب الاندماج يخطط الدورة معك.",
    },
}

DUTCH_COURSE = {
    "regions": [],
    "statuses": [],
    "links_to_office": False,
    "heading": {
        "nl": "Nederlands leren (NT2)",
        "en": "Learn Dutch (NT2)",
        "fr": "Apprendre le néerlandais (NT2)",
        "uk": "Вивчайте нідерландську (NT2)",
        "ru": "Учите нидерландский (NT2)",
        "ar": "تعلّم الهولندية (NT2)",
    },
    "summary": {
        "nl": "Je volgt een cursus Nederlands als tweede taal. Het doel is niveau A2: je kunt praten over gewone dingen van elke dag.",
        "en": "You follow a course of Dutch as a second language. The goal is level A2: you can talk about normal things of every day.",
        "fr": "Vous suivez un cours de néerlandais langue seconde. Le but est le niveau A2 : vous pouvez parler de choses simples de tous les jours.",
        "uk": "Ви проходите курс нідерландської як другої мови. Мета — рівень A2: ви можете говорити про звичайні щоденні речі.",
        "ru": "Вы проходите курс нидерландского как второго языка. Цель — уровень A2: вы можете говорить об обычных повседневных вещах.",
        "ar": "تتابع دورة في الهولندية كلغة ثانية. الهدف هو المستوى A2: تستطيع أن تتحدث عن الأشياء العادية في كل يوم.",
    },
    "what_to_do": {
        "nl": "Eerst is er een gesprek: daar kijken ze wat je al kunt en welke cursus past. Een snelle cursus tot A2 duurt ongeveer 160 uur, een gewone 240 uur, een tragere 360 uur of meer.",
        "en": "First there is an interview: they see what you can do already and which course fits. A fast course to A2 takes about 160 hours, a normal one 240 hours, a slower one 360 hours or more.",
        "fr": "D'abord, il y a un entretien : on regarde ce que vous savez déjà et quel cours vous convient. Un cours rapide jusqu'au A2 dure environ 160 heures, un cours normal 240 heures, un cours plus lent 360 heures ou plus.",
        "uk": "Спочатку є співбесіда: там дивляться, що ви вже вмієте і який курс підходить. Швидкий курс до A2 триває приблизно 160 годин, звичайний — 240 годин, повільніший — 360 годин або більше.",
        "ru": "Сначала есть собеседование: там смотрят, что вы уже умеете и какой курс подходит. Быстрый курс до A2 длится примерно 160 часов, обычный — 240 часов, более медленный — 360 часов или больше.",
        "ar": "أولًا هناك مقابلة: يرون فيها ما تستطيعه من قبل وأي دورة تناسبك. الدورة السريعة حتى A2 تستغرق حوالي 160 ساعة، والعادية 240 ساعة، والأبطأ 360 ساعة أو أكثر.",
    },
    "cost": COURSE_FEE,
    "where_to_go": {
        "nl": "Het kantoor voor inburgering, in Brussel het Huis van het Nederlands. Zij sturen je naar een school: een CBE, een CVO of een universitair talencentrum.",
        "en": "The civic integration office, in Brussels the Huis van het Nederlands. They send you to a school: a CBE, a CVO or a university language centre.",
        "fr": "Le bureau d'intégration, à Bruxelles la Huis van het Nederlands. Ils vous envoient vers une école : un CBE, un CVO ou un centre de langues universitaire.",
        "uk": "Бюро інтеграції, у Брюсселі — Huis van het Nederlands. Вони направлять вас до школи: CBE, CVO або університетського мовного центру.",
        "ru": "Бюро интеграции, в Брюсселе — Huis van het Nederlands. Они направят вас в школу: CBE, CVO или университетский языковой центр.",
        "ar": "مكتب الاندماج، وفي بروكسل Huis van het Nederlands. يرسلونك إلى مدرسة: CBE أو CVO أو مركز لغات جامعي.",
    },
}

STEPS_PART_ONE = [SIGN_UP, BRUSSELS_LANGUAGE, TRAJECTORY_GUIDE, SOCIETY_COURSE, DUTCH_COURSE]
