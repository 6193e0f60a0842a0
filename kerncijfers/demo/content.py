"""Demo texts of the key figures page: the page, its narrative and notes in six languages.

Marked as demo content: the figures come from the demo data, so the words stay general."""

PAGE = {
    "slug": {
        "nl": "kerncijfers",
        "en": "key-figures",
        "fr": "chiffres-cles",
        "uk": "kliuchovi-tsyfry",
        "ru": "klyuchevye-tsifry",
        "ar": "arqam-raisiya",
    },
    "title": {
        "nl": "Kerncijfers",
        "en": "Key figures",
        "fr": "Chiffres clés",
        "uk": "Ключові цифри",
        "ru": "Ключевые цифры",
        "ar": "أرقام رئيسية",
    },
    "intro": {
        "nl": "Hoeveel aanbod is er? Hoeveel mensen vinden een buddy of een taalhulp? Hier zie je de cijfers per kwartaal.",
        "en": "How much is on offer? How many people find a buddy or a language helper? Here you see the figures for each quarter.",
        "fr": "Combien d'offres y a-t-il ? Combien de personnes trouvent un buddy ou une aide linguistique ? Vous voyez ici les chiffres par trimestre.",
        "uk": "Скільки є пропозицій? Скільки людей знаходять бадді або мовного помічника? Тут ви бачите цифри за кожен квартал.",
        "ru": "Сколько есть предложений? Сколько людей находят бадди или языкового помощника? Здесь вы видите цифры за каждый квартал.",
        "ar": "كم عدد العروض المتاحة؟ كم شخصًا يجد رفيقًا أو مساعدًا لغويًا؟ هنا ترى الأرقام لكل ربع سنة.",
    },
    "body": {
        "nl": [
            "Wij tellen alleen aantallen. Wij tonen nooit gegevens over één persoon.",
            "Je kunt elke tabel downloaden als CSV of JSON. Dezelfde cijfers staan in onze open data op /api/v1/stats/.",
        ],
        "en": [
            "We only count numbers. We never show data about one person.",
            "You can download every table as CSV or JSON. The same figures are in our open data at /api/v1/stats/.",
        ],
        "fr": [
            "Nous comptons seulement des nombres. Nous ne montrons jamais de données sur une seule personne.",
            "Vous pouvez télécharger chaque tableau en CSV ou en JSON. Les mêmes chiffres sont dans nos données ouvertes sur /api/v1/stats/.",
        ],
        "uk": [
            "Ми рахуємо лише кількість. Ми ніколи не показуємо дані про одну людину.",
            "Кожну таблицю можна завантажити як CSV або JSON. Ті самі цифри є в наших відкритих даних на /api/v1/stats/.",
        ],
        "ru": [
            "Мы считаем только количество. Мы никогда не показываем данные об одном человеке.",
            "Каждую таблицу можно скачать как CSV или JSON. Те же цифры есть в наших открытых данных на /api/v1/stats/.",
        ],
        "ar": [
            "نحن نعدّ الأعداد فقط. لا نعرض أبدًا بيانات عن شخص واحد.",
            "يمكنك تنزيل كل جدول بصيغة CSV أو JSON. الأرقام نفسها موجودة في بياناتنا المفتوحة على /api/v1/stats/.",
        ],
    },
}

# (figure key, note per language): shown under that figure's chart in every quarter.
NOTES = [
    (
        "offers_by_type",
        {
            "nl": "De meeste plaatsen zijn plaatsen om Nederlands te oefenen. Er zijn minder cursussen maatschappelijke oriëntatie.",
            "en": "Most places are places to practise Dutch. There are fewer civic orientation courses.",
            "fr": "La plupart des offres sont des lieux pour pratiquer le néerlandais. Il y a moins de cours d'orientation sociale.",
            "uk": "Більшість пропозицій — це місця, щоб практикувати нідерландську. Курсів соціальної орієнтації менше.",
            "ru": "Большинство предложений — это места, где можно практиковать нидерландский. Курсов социальной ориентации меньше.",
            "ar": "معظم العروض أماكن لممارسة اللغة الهولندية. دورات التوجيه الاجتماعي أقل.",
        },
    ),
    (
        "buddy_matches",
        {
            "nl": "Een match begint als de vrijwilliger en de lokale coördinator allebei ja zeggen.",
            "en": "A match starts when the volunteer and the local coordinator both say yes.",
            "fr": "Un jumelage commence quand le bénévole et le coordinateur local disent oui tous les deux.",
            "uk": "Пара починається, коли волонтер і місцевий координатор обидва кажуть «так».",
            "ru": "Пара начинается, когда волонтёр и местный координатор оба говорят «да».",
            "ar": "تبدأ المطابقة عندما يقول المتطوع والمنسق المحلي كلاهما نعم.",
        },
    ),
    (
        "language_help_requests",
        {
            "nl": "Soms vinden we geen vrijwilliger, bijvoorbeeld voor een zeldzame taal. Dan zoeken we samen met de dienst een andere oplossing.",
            "en": "Sometimes we find no volunteer, for example for a rare language. Then we look for another solution together with the service.",
            "fr": "Parfois, nous ne trouvons pas de bénévole, par exemple pour une langue rare. Nous cherchons alors une autre solution avec le service.",
            "uk": "Іноді ми не знаходимо волонтера, наприклад для рідкісної мови. Тоді ми разом зі службою шукаємо інше рішення.",
            "ru": "Иногда мы не находим волонтёра, например для редкого языка. Тогда мы вместе со службой ищем другое решение.",
            "ar": "أحيانًا لا نجد متطوعًا، مثلًا للغة نادرة. عندها نبحث مع الخدمة عن حل آخر.",
        },
    ),
]
