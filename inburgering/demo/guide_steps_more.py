"""Demo steps of the guide, part two: VDAB, the 40 hours, the certificate, and the rules for
obliged and entitled newcomers (exemption, suspension, sanctions). Facts as in demo/guide.py."""

from inburgering import guide as g
from inburgering.demo.guide import ASK_THE_OFFICE, AT_THE_OFFICE
from inburgering.demo.guide_steps import STEPS_PART_ONE

WORK = {
    "regions": [g.FLANDERS],
    "statuses": [],
    "links_to_office": False,
    "heading": {
        "nl": "Schrijf je in bij VDAB",
        "en": "Register with VDAB",
        "fr": "Inscrivez-vous au VDAB",
        "uk": "Зареєструйтеся у VDAB",
        "ru": "Зарегистрируйтесь в VDAB",
        "ar": "سجّل في VDAB",
    },
    "summary": {
        "nl": "VDAB is de dienst voor werk in Vlaanderen. VDAB helpt je naar een job of een opleiding.",
        "en": "VDAB is the employment service of Flanders. VDAB helps you find a job or a training.",
        "fr": "Le VDAB est le service de l'emploi en Flandre. Le VDAB vous aide à trouver un emploi ou une formation.",
        "uk": "VDAB — служба зайнятості Фландрії. VDAB допомагає знайти роботу або навчання.",
        "ru": "VDAB — служба занятости Фландрии. VDAB помогает найти работу или обучение.",
        "ar": "VDAB هي خدمة التشغيل في فلاندرن. تساعدك VDAB في إيجاد عمل أو تكوين.",
    },
    "what_to_do": {
        "nl": "Schrijf je in bij VDAB binnen twee maanden na de start van je traject.",
        "en": "Register with VDAB within two months after the start of your path.",
        "fr": "Inscrivez-vous au VDAB dans les deux mois après le début de votre parcours.",
        "uk": "Зареєструйтеся у VDAB протягом двох місяців після початку програми.",
        "ru": "Зарегистрируйтесь в VDAB в течение двух месяцев после начала программы.",
        "ar": "سجّل في VDAB خلال شهرين بعد بداية مسارك.",
    },
    "cost": ASK_THE_OFFICE,
    "where_to_go": {
        "nl": "VDAB, online of in een kantoor van VDAB.",
        "en": "VDAB, online or at a VDAB office.",
        "fr": "Le VDAB, en ligne ou dans un bureau du VDAB.",
        "uk": "VDAB, онлайн або в офісі VDAB.",
        "ru": "VDAB, онлайн или в офисе VDAB.",
        "ar": "VDAB، عبر الإنترنت أو في مكتب VDAB.",
    },
}

FORTY_HOURS = {
    "regions": [],
    "statuses": [],
    "links_to_office": False,
    "heading": {
        "nl": "40 uur meedoen en mensen leren kennen",
        "en": "40 hours of taking part and meeting people",
        "fr": "40 heures pour participer et rencontrer des gens",
        "uk": "40 годин участі та знайомств",
        "ru": "40 часов участия и знакомств",
        "ar": "40 ساعة من المشاركة والتعرف على الناس",
    },
    "summary": {
        "nl": "Sinds 1 januari 2023 hoort dit bij het traject. Je doet minstens 40 uur mee aan activiteiten. Zo leer je mensen kennen en oefen je Nederlands.",
        "en": "Since 1 January 2023 this is part of the path. You take part in activities for at least 40 hours. This way you meet people and practise Dutch.",
        "fr": "Depuis le 1er janvier 2023, cela fait partie du parcours. Vous participez à des activités pendant au moins 40 heures. Ainsi, vous rencontrez des gens et pratiquez le néerlandais.",
        "uk": "З 1 січня 2023 року це частина програми. Ви берете участь у заходах щонайменше 40 годин. Так ви знайомитеся з людьми і практикуєте нідерландську.",
        "ru": "С 1 января 2023 года это часть программы. Вы участвуете в мероприятиях не меньше 40 часов. Так вы знакомитесь с людьми и практикуете нидерландский.",
        "ar": "منذ 1 يناير 2023 هذا جزء من المسار. تشارك في أنشطة لمدة 40 ساعة على الأقل. هكذا تتعرف على الناس وتتدرب على الهولندية.",
    },
    "what_to_do": {
        "nl": "Kies zelf wat je graag doet: vrijwilligerswerk, een buddy, een sportclub, een stage. Toon je uren aan je trajectbegeleider.",
        "en": "Choose what you like to do: volunteering, a buddy, a sports club, a work placement. Show your hours to your trajectory guide.",
        "fr": "Choisissez ce que vous aimez : bénévolat, un buddy, un club de sport, un stage. Montrez vos heures à votre accompagnateur.",
        "uk": "Виберіть, що вам подобається: волонтерство, бадді, спортивний клуб, стажування. Покажіть свої години консультанту.",
        "ru": "Выберите, что вам нравится: волонтёрство, бадди, спортивный клуб, стажировка. Покажите свои часы консультанту.",
        "ar": "اختر ما تحب أن تفعله: العمل التطوعي، رفيق (buddy)، نادٍ رياضي، تدريب عملي. أظهر ساعاتك لمرشد المسار.",
    },
    "cost": ASK_THE_OFFICE,
    "where_to_go": {
        "nl": "Je trajectbegeleider en je gemeente kennen activiteiten bij jou in de buurt.",
        "en": "Your trajectory guide and your municipality know activities near you.",
        "fr": "Votre accompagnateur et votre commune connaissent des activités près de chez vous.",
        "uk": "Ваш консультант і ваша громада знають заходи поруч із вами.",
        "ru": "Ваш консультант и ваша коммуна знают мероприятия рядом с вами.",
        "ar": "مرشد المسار وبلديتك يعرفون أنشطة قريبة منك.",
    },
}

CERTIFICATE = {
    "regions": [],
    "statuses": [],
    "links_to_office": False,
    "heading": {
        "nl": "Je inburgeringsattest",
        "en": "Your civic integration certificate",
        "fr": "Votre attestation d'intégration",
        "uk": "Ваш сертифікат про інтеграцію",
        "ru": "Ваш сертификат об интеграции",
        "ar": "شهادة الاندماج الخاصة بك",
    },
    "summary": {
        "nl": "Heb je alle delen gedaan? Dan krijg je het inburgeringsattest. Dat papier toont wat je gedaan hebt.",
        "en": "Have you done all the parts? Then you get the civic integration certificate. This paper shows what you have done.",
        "fr": "Vous avez fait toutes les parties ? Alors vous recevez l'attestation d'intégration. Ce document montre ce que vous avez fait.",
        "uk": "Ви пройшли всі частини? Тоді ви отримуєте сертифікат про інтеграцію. Цей документ показує, що ви зробили.",
        "ru": "Вы прошли все части? Тогда вы получаете сертификат об интеграции. Этот документ показывает, что вы сделали.",
        "ar": "هل أنهيت كل الأجزاء؟ عندها تحصل على شهادة الاندماج. هذه الورقة تُظهر ما أنجزته.",
    },
    "what_to_do": {
        "nl": "Slaag voor de test MO en voor Nederlands op niveau A2, en doe je 40 uur. Lukt een test twee keer niet? Vraag dan naar een andere manier.",
        "en": "Pass the MO test and Dutch at level A2, and do your 40 hours. Does a test fail twice? Then ask about another way.",
        "fr": "Réussissez le test MO et le néerlandais niveau A2, et faites vos 40 heures. Un test échoue deux fois ? Demandez alors une autre solution.",
        "uk": "Складіть тест MO і нідерландську на рівні A2 та виконайте свої 40 годин. Не вдалося скласти тест двічі? Тоді запитайте про інший шлях.",
        "ru": "Сдайте тест MO и нидерландский на уровне A2 и выполните свои 40 часов. Не удалось сдать тест дважды? Тогда спросите о другом пути.",
        "ar": "انجح في اختبار MO وفي الهولندية بمستوى A2، وأكمل ساعاتك الأربعين. لم تنجح في اختبار مرتين؟ اسأل عندها عن طريقة أخرى.",
    },
    "cost": {
        "nl": "Een taaltest met een certificaat is betalend sinds 1 maart 2022. Vraag aan het kantoor hoeveel.",
        "en": "A language test with a certificate costs money since 1 March 2022. Ask the office how much.",
        "fr": "Un test de langue avec certificat est payant depuis le 1er mars 2022. Demandez le montant au bureau.",
        "uk": "Мовний тест із сертифікатом платний з 1 березня 2022 року. Запитайте в бюро, скільки.",
        "ru": "Языковой тест с сертификатом платный с 1 марта 2022 года. Спросите в бюро, сколько.",
        "ar": "اختبار اللغة مع شهادة مدفوع منذ 1 مارس 2022. اسأل المكتب عن المبلغ.",
    },
    "where_to_go": AT_THE_OFFICE,
}

OBLIGED_RULES = {
    "regions": [],
    "statuses": [g.OBLIGED],
    "links_to_office": True,
    "heading": {
        "nl": "Als je verplicht bent: vrijstelling, pauze en sanctie",
        "en": "If you are obliged: exemption, pause and sanction",
        "fr": "Si vous êtes obligé : dispense, pause et sanction",
        "uk": "Якщо програма для вас обов'язкова: звільнення, пауза і санкція",
        "ru": "Если программа для вас обязательна: освобождение, пауза и санкция",
        "ar": "إذا كان المسار إلزاميًا لك: الإعفاء والتوقف والعقوبة",
    },
    "summary": {
        "nl": "Je moet het traject volgen. Doe je dat niet, dan kun je een sanctie krijgen.",
        "en": "You must follow the path. If you do not, you can get a sanction.",
        "fr": "Vous devez suivre le parcours. Sinon, vous pouvez recevoir une sanction.",
        "uk": "Ви повинні пройти програму. Якщо ви цього не зробите, можете отримати санкцію.",
        "ru": "Вы должны пройти программу. Если вы этого не сделаете, можете получить санкцию.",
        "ar": "يجب عليك اتباع المسار. إذا لم تفعل، قد تحصل على عقوبة.",
    },
    "what_to_do": {
        "nl": "Ben je ernstig ziek of heb je een handicap, zodat het traject nooit lukt? Vraag een attest van vrijstelling. Kun je een tijd niet verder, bijvoorbeeld door ziekte? Vraag of je traject kan pauzeren.",
        "en": "Are you seriously ill or do you have a disability, so the path can never work? Ask for an exemption certificate. Can you not go on for a while, for example because of illness? Ask if your path can pause.",
        "fr": "Vous êtes gravement malade ou avez un handicap, et le parcours ne sera jamais possible ? Demandez une attestation de dispense. Vous ne pouvez pas continuer pendant un temps, par exemple à cause d'une maladie ? Demandez si votre parcours peut faire une pause.",
        "uk": "Ви тяжко хворі або маєте інвалідність, і програма ніколи не вдасться? Попросіть довідку про звільнення. Не можете продовжувати якийсь час, наприклад через хворобу? Запитайте, чи можна призупинити програму.",
        "ru": "Вы тяжело больны или у вас инвалидность, и программа никогда не получится? Попросите справку об освобождении. Не можете продолжать какое-то время, например из-за болезни? Спросите, можно ли приостановить программу.",
        "ar": "هل أنت مريض بشدة أو لديك إعاقة، بحيث لن ينجح المسار أبدًا؟ اطلب شهادة إعفاء. لا تستطيع المتابعة لفترة، مثلًا بسبب المرض؟ اسأل هل يمكن إيقاف مسارك مؤقتًا.",
    },
    "cost": ASK_THE_OFFICE,
    "where_to_go": {
        "nl": "Je trajectbegeleider bij het kantoor voor inburgering.",
        "en": "Your trajectory guide at the civic integration office.",
        "fr": "Votre accompagnateur au bureau d'intégration.",
        "uk": "Ваш консультант у бюро інтеграції.",
        "ru": "Ваш консультант в бюро интеграции.",
        "ar": "مرشد المسار في مكتب الاندماج.",
    },
}

ENTITLED_FLANDERS = {
    "regions": [g.FLANDERS],
    "statuses": [g.ENTITLED],
    "links_to_office": False,
    "heading": {
        "nl": "Als je rechthebbend bent: je contract telt",
        "en": "If you are entitled: your contract counts",
        "fr": "Si vous y avez droit : votre contrat compte",
        "uk": "Якщо ви маєте право: ваш договір має значення",
        "ru": "Если у вас есть право: ваш договор имеет значение",
        "ar": "إذا كان لك الحق: عقدك مهم",
    },
    "summary": {
        "nl": "Je koos zelf voor het traject. Maar als je het contract tekent, moet je de lessen MO en Nederlands volgen.",
        "en": "You chose the path yourself. But when you sign the contract, you must follow the MO and Dutch lessons.",
        "fr": "Vous avez choisi le parcours vous-même. Mais quand vous signez le contrat, vous devez suivre les cours MO et de néerlandais.",
        "uk": "Ви самі вибрали програму. Але коли ви підписуєте договір, ви повинні відвідувати уроки MO і нідерландської.",
        "ru": "Вы сами выбрали программу. Но когда вы подписываете договор, вы должны посещать уроки MO и нидерландского.",
        "ar": "اخترت المسار بنفسك. لكن عندما توقّع العقد، يجب عليك حضور دروس MO والهولندية.",
    },
    "what_to_do": {
        "nl": "Ga naar de lessen. Stop je te vroeg en volg je minder dan de helft van de lessen? Dan kun je een sanctie krijgen, net als wie verplicht is.",
        "en": "Go to the lessons. Do you stop too early and follow less than half of the lessons? Then you can get a sanction, just like people who are obliged.",
        "fr": "Allez aux cours. Vous arrêtez trop tôt et suivez moins de la moitié des cours ? Alors vous pouvez recevoir une sanction, comme les personnes obligées.",
        "uk": "Відвідуйте уроки. Ви зупиняєтеся зарано і відвідуєте менше половини уроків? Тоді можете отримати санкцію, як і ті, для кого програма обов'язкова.",
        "ru": "Посещайте уроки. Вы останавливаетесь слишком рано и посещаете меньше половины уроков? Тогда можете получить санкцию, как и те, для кого программа обязательна.",
        "ar": "احضر الدروس. هل توقفت مبكرًا وحضرت أقل من نصف الدروس؟ عندها قد تحصل على عقوبة، مثل من يكون المسار إلزاميًا لهم.",
    },
    "cost": ASK_THE_OFFICE,
    "where_to_go": AT_THE_OFFICE,
}

STEPS = [*STEPS_PART_ONE, WORK, FORTY_HOURS, CERTIFICATE, OBLIGED_RULES, ENTITLED_FLANDERS]
