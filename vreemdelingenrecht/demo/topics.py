"""Demo legal topics (tags) and the first half of the demo topic pages: residence and family.

Plain-language Dutch based on general public knowledge of Belgian foreigners' law. Demo content:
it shows how the site works and is not legal advice."""

from vreemdelingenrecht.demo.blocks import callout, document, faq, h, p, refs, short

TOPICS = [
    (
        "verblijf",
        {
            "nl": "Verblijf",
            "en": "Residence",
            "fr": "Séjour",
            "uk": "Перебування",
            "ru": "Пребывание",
            "ar": "الإقامة",
        },
    ),
    (
        "gezinshereniging",
        {
            "nl": "Gezinshereniging",
            "en": "Family reunification",
            "fr": "Regroupement familial",
            "uk": "Возз'єднання сім'ї",
            "ru": "Воссоединение семьи",
            "ar": "لمّ شمل الأسرة",
        },
    ),
    (
        "werk",
        {
            "nl": "Werk",
            "en": "Work",
            "fr": "Travail",
            "uk": "Робота",
            "ru": "Работа",
            "ar": "العمل",
        },
    ),
    (
        "studie",
        {
            "nl": "Studie",
            "en": "Study",
            "fr": "Études",
            "uk": "Навчання",
            "ru": "Учёба",
            "ar": "الدراسة",
        },
    ),
    (
        "eu-burgers",
        {
            "nl": "EU-burgers",
            "en": "EU citizens",
            "fr": "Citoyens de l'UE",
            "uk": "Громадяни ЄС",
            "ru": "Граждане ЕС",
            "ar": "مواطنو الاتحاد الأوروبي",
        },
    ),
    (
        "internationale-bescherming",
        {
            "nl": "Internationale bescherming",
            "en": "International protection",
            "fr": "Protection internationale",
            "uk": "Міжнародний захист",
            "ru": "Международная защита",
            "ar": "الحماية الدولية",
        },
    ),
    (
        "tijdelijke-bescherming",
        {
            "nl": "Tijdelijke bescherming",
            "en": "Temporary protection",
            "fr": "Protection temporaire",
            "uk": "Тимчасовий захист",
            "ru": "Временная защита",
            "ar": "الحماية المؤقتة",
        },
    ),
    (
        "regularisatie",
        {
            "nl": "Regularisatie",
            "en": "Regularisation",
            "fr": "Régularisation",
            "uk": "Легалізація",
            "ru": "Легализация",
            "ar": "تسوية الوضع",
        },
    ),
    (
        "sociale-rechten",
        {
            "nl": "Sociale rechten",
            "en": "Social rights",
            "fr": "Droits sociaux",
            "uk": "Соціальні права",
            "ru": "Социальные права",
            "ar": "الحقوق الاجتماعية",
        },
    ),
    (
        "nationaliteit",
        {
            "nl": "Belgische nationaliteit",
            "en": "Belgian nationality",
            "fr": "Nationalité belge",
            "uk": "Бельгійське громадянство",
            "ru": "Бельгийское гражданство",
            "ar": "الجنسية البلجيكية",
        },
    ),
    (
        "inburgering",
        {
            "nl": "Inburgering",
            "en": "Civic integration",
            "fr": "Intégration civique",
            "uk": "Інтеграція",
            "ru": "Интеграция",
            "ar": "الاندماج المدني",
        },
    ),
    (
        "familierecht",
        {
            "nl": "Internationaal familierecht",
            "en": "International family law",
            "fr": "Droit international de la famille",
            "uk": "Міжнародне сімейне право",
            "ru": "Международное семейное право",
            "ar": "قانون الأسرة الدولي",
        },
    ),
]

RESIDENCE_PAGES = [
    {
        "slug": {"nl": "verblijf", "en": "residence", "fr": "sejour"},
        "title": {
            "nl": "Verblijf in België",
            "en": "Residence in Belgium",
            "fr": "Séjour en Belgique",
        },
        "intro": {
            "nl": "Wie geen Belg is, heeft een verblijfsrecht nodig om in België te wonen. Hier lees je welke soorten verblijf er zijn en welke kaart daarbij hoort.",
            "en": "People who are not Belgian need a right of residence to live in Belgium. Read which kinds of residence exist and which card goes with each.",
            "fr": "Une personne qui n'est pas belge a besoin d'un droit de séjour pour vivre en Belgique. Découvrez les types de séjour et la carte qui va avec.",
        },
        "topics": ["verblijf"],
        "body": [
            short(
                "Een kort verblijf duurt hoogstens 90 dagen. Een lang verblijf duurt langer dan 90 dagen.",
                "De Dienst Vreemdelingenzaken (DVZ) beslist over de meeste aanvragen.",
                "De gemeente schrijft de persoon in en geeft de verblijfskaart af.",
                "Het soort verblijfskaart zegt iets over de rechten van de persoon, maar niet alles.",
            ),
            h("Tijdelijk of onbeperkt verblijf"),
            p(
                "<p>Een <b>tijdelijk verblijf</b> is beperkt in de tijd of hangt af van voorwaarden, bijvoorbeeld studie of werk. De persoon krijgt dan meestal een <b>A-kaart</b>. Een <b>onbeperkt verblijf</b> is niet beperkt in de tijd. De persoon krijgt dan meestal een <b>B-kaart</b> of, als langdurig ingezetene, een <b>K-kaart</b>.</p><p>Familieleden van een EU-burger of van een Belg krijgen een <b>F-kaart</b> of <b>F+-kaart</b>. EU-burgers zelf krijgen een <b>EU-kaart</b> of <b>EU+-kaart</b>.</p>"
            ),
            h("Wie beslist?"),
            p(
                "<p>De Dienst Vreemdelingenzaken beslist namens de minister of staatssecretaris voor asiel en migratie. Tegen een negatieve beslissing kan de persoon meestal in beroep gaan bij de <b>Raad voor Vreemdelingenbetwistingen</b> (RvV). De termijn is kort: vaak 30 dagen, soms minder.</p>"
            ),
            callout(
                "warning",
                "Let op de termijnen",
                "De termijn om in beroep te gaan begint te lopen vanaf de kennisgeving van de beslissing. Verwijs de persoon snel door naar een advocaat of een juridische dienst.",
            ),
            faq(
                (
                    "Mag iemand met een A-kaart werken?",
                    "Dat hangt af van de reden van het verblijf. Sommige verblijfsvergunningen geven vrije toegang tot werk, andere niet. Kijk op de pagina over werk.",
                ),
                (
                    "Wat als de verblijfskaart vervalt?",
                    "De persoon vraagt de verlenging aan bij de gemeente, ruim voor de vervaldatum. Wie te laat is, kan zijn verblijfsrecht verliezen.",
                ),
                title="Vragen over verblijf",
            ),
            refs(
                articles=["art. 9 Vw.", "art. 10 Vw.", "art. 39/2 Vw."],
                links=[("Dienst Vreemdelingenzaken", "https://dofi.ibz.be/")],
            ),
        ],
    },
    {
        "parent": "verblijf",
        "slug": {"nl": "kort-verblijf", "en": "short-stay", "fr": "court-sejour"},
        "title": {
            "nl": "Kort verblijf en visum",
            "en": "Short stay and visa",
            "fr": "Court séjour et visa",
        },
        "intro": {
            "nl": "Op bezoek in België voor hoogstens 90 dagen: wanneer is een visum nodig en waar moet je op letten?"
        },
        "topics": ["verblijf"],
        "body": [
            short(
                "Een kort verblijf duurt hoogstens 90 dagen in een periode van 180 dagen.",
                "Voor sommige nationaliteiten is een Schengenvisum (type C) nodig.",
                "Met een kort verblijf mag de persoon in België niet zomaar werken.",
            ),
            h("Visum of geen visum"),
            p(
                "<p>De Europese Unie bepaalt welke nationaliteiten een visum nodig hebben. Wie een visum nodig heeft, vraagt het aan bij de Belgische ambassade of het consulaat in het land waar hij woont. Vaak vraagt de ambassade een bewijs van voldoende geld, een reisverzekering en soms een <b>tenlasteneming</b> (bijlage 3bis) door iemand in België.</p>"
            ),
            p(
                "<p>Wie niet in een hotel verblijft, meldt zich meestal binnen drie werkdagen bij de gemeente met een <b>aankomstverklaring</b>.</p>"
            ),
            faq(
                (
                    "Kan een visum voor kort verblijf in België verlengd worden?",
                    "Alleen in uitzonderlijke gevallen, bijvoorbeeld bij overmacht of ziekte. De aanvraag gebeurt bij de gemeente.",
                )
            ),
            refs(articles=["art. 2 Vw.", "art. 3 Vw.", "art. 3bis Vw."]),
        ],
    },
    {
        "parent": "verblijf",
        "slug": {
            "nl": "gezinshereniging",
            "en": "family-reunification",
            "fr": "regroupement-familial",
        },
        "title": {
            "nl": "Gezinshereniging",
            "en": "Family reunification",
            "fr": "Regroupement familial",
            "uk": "Возз'єднання сім'ї",
            "ru": "Воссоединение семьи",
            "ar": "لمّ شمل الأسرة",
        },
        "intro": {
            "nl": "Een familielid laten overkomen naar België, of bij familie in België komen wonen: wie kan dat, en aan welke voorwaarden?",
            "en": "Bringing a family member to Belgium, or joining family in Belgium: who can do this, and on which conditions?",
            "fr": "Faire venir un membre de la famille en Belgique ou rejoindre sa famille en Belgique : qui peut le faire et à quelles conditions ?",
            "uk": "Як перевезти члена сім'ї до Бельгії або приєднатися до родини в Бельгії: хто має на це право і за яких умов?",
        },
        "topics": ["gezinshereniging", "verblijf"],
        "body": [
            short(
                "Gezinshereniging is de vaakst gestelde vraag aan de helpdesk.",
                "De regels hangen af van wie de persoon in België is: een Belg, een EU-burger of iemand van buiten de EU.",
                "Meestal moet de persoon in België genoeg inkomen, een geschikte woning en een ziekteverzekering hebben.",
                "De aanvraag gebeurt bij de ambassade (visum D) of soms bij de gemeente in België.",
            ),
            h("Wie kan zich laten vervoegen?"),
            p(
                "<p>Gezinshereniging kan met de <b>echtgenoot</b> of <b>geregistreerde partner</b>, met <b>minderjarige kinderen</b> en soms met andere familieleden. Er zijn drie regelingen:</p><ul><li>gezinshereniging met een derdelander met verblijfsrecht (artikel 10 Vreemdelingenwet);</li><li>gezinshereniging met een EU-burger (artikel 40bis);</li><li>gezinshereniging met een Belg (artikel 40ter).</li></ul>"
            ),
            h("De voorwaarden"),
            p(
                "<p>Bij de meeste aanvragen moet de persoon in België aantonen dat hij <b>stabiele, regelmatige en voldoende bestaansmiddelen</b> heeft. De wet legt daarvoor een bedrag vast, gekoppeld aan het leefloon. Daarnaast zijn een <b>behoorlijke woning</b> en een <b>ziekteverzekering</b> nodig. Voor partners gelden vaak minimumleeftijden en voorwaarden over de duur van de relatie.</p>"
            ),
            callout(
                "changed",
                "Recent gewijzigd",
                "De voorwaarden voor gezinshereniging werden de voorbije jaren meermaals aangepast, onder meer over het vereiste inkomen en de retributie. Controleer altijd de actuele regels.",
            ),
            document("checklist-gezinshereniging", "Checklist: documenten voor gezinshereniging"),
            faq(
                (
                    "Hoe lang duurt de behandeling van een aanvraag?",
                    "De DVZ heeft in principe negen maanden om te beslissen. In sommige gevallen kan die termijn verlengd worden.",
                ),
                (
                    "Telt een leefloon als inkomen?",
                    "Nee. Inkomsten uit sociale bijstand, zoals het leefloon, tellen meestal niet mee als bestaansmiddelen.",
                ),
                (
                    "Moet de gezinshereniger eerst een tijd in België wonen?",
                    "Soms wel. Bij gezinshereniging met een derdelander geldt in bepaalde gevallen een wachttermijn. Bij erkende vluchtelingen gelden voor een korte periode soepelere regels.",
                ),
                title="Veelgestelde vragen over gezinshereniging",
            ),
            refs(
                articles=[
                    "art. 10 Vw.",
                    "art. 12bis Vw.",
                    "art. 40bis Vw.",
                    "art. 40ter Vw.",
                    "art. 8 EVRM",
                ],
                rulings=[
                    "ECLI:BE:RVV:2024:ARR.DEMO.0001",
                    "ECLI:BE:GHCC:2023:ARR.DEMO.0002",
                    "ECLI:EU:C:2022:DEMO03",
                ],
            ),
        ],
    },
    {
        "parent": "verblijf",
        "slug": {"nl": "werk", "en": "work", "fr": "travail"},
        "title": {
            "nl": "Werken in België",
            "en": "Working in Belgium",
            "fr": "Travailler en Belgique",
        },
        "intro": {
            "nl": "Mag een persoon van buitenlandse afkomst in België werken? Dat hangt af van het verblijf. Hier vind je de hoofdregels."
        },
        "topics": ["werk", "verblijf"],
        "body": [
            short(
                "Sommige verblijfsvergunningen geven onbeperkt toegang tot werk.",
                "Anders is er meestal een gecombineerde vergunning nodig: verblijf en werk samen.",
                "Wie als zelfstandige wil werken, heeft vaak een beroepskaart nodig.",
            ),
            h("De gecombineerde vergunning"),
            p(
                "<p>Voor werknemers van buiten de EU bestaat de <b>gecombineerde vergunning</b> (single permit). De werkgever vraagt die aan. Het gewest kijkt naar het werk, de DVZ naar het verblijf. In Vlaanderen behandelt het Departement Werk en Sociale Economie het deel werk.</p>"
            ),
            h("Verzoekers om internationale bescherming"),
            p(
                "<p>Een verzoeker om internationale bescherming mag meestal werken als er na vier maanden nog geen beslissing van het CGVS is. Dat staat op de verblijfsdocumenten.</p>"
            ),
            faq(
                (
                    "Wat is een beroepskaart?",
                    "Een vergunning om als zelfstandige te werken. Wie onbeperkt verblijf heeft of erkend vluchteling is, heeft ze meestal niet nodig.",
                ),
                (
                    "Mag een student werken?",
                    "Ja, binnen grenzen: een beperkt aantal uren per week tijdens het academiejaar, en meer tijdens de vakanties.",
                ),
                title="Veelgestelde vragen over werk",
            ),
            refs(articles=["art. 61/25-1 Vw."], rulings=["ECLI:BE:RVV:2023:ARR.DEMO.0007"]),
        ],
    },
    {
        "parent": "verblijf",
        "slug": {"nl": "studeren", "en": "study", "fr": "etudes"},
        "title": {
            "nl": "Studeren in België",
            "en": "Studying in Belgium",
            "fr": "Étudier en Belgique",
        },
        "intro": {
            "nl": "Studenten van buiten de EU hebben een visum voor studie nodig. Na de studie is er een zoekjaar om werk te vinden of een zaak te starten."
        },
        "topics": ["studie", "verblijf"],
        "body": [
            short(
                "De student vraagt een visum D aan bij de ambassade, met een bewijs van inschrijving.",
                "De student moet voldoende geld hebben, bijvoorbeeld via een tenlasteneming of een beurs.",
                "Na het diploma kan de student een zoekjaar aanvragen.",
            ),
            h("Het zoekjaar"),
            p(
                "<p>Na een diploma in België kan een student van buiten de EU een verblijf van maximaal twaalf maanden aanvragen om werk te zoeken of een onderneming op te richten. Dat heet het <b>zoekjaar</b>. De aanvraag moet gebeuren voor het studentenverblijf afloopt.</p>"
            ),
            callout(
                "info",
                "Goed om te weten",
                "Ook onderzoekers kunnen na hun onderzoek een zoekjaar aanvragen.",
            ),
            faq(
                (
                    "Kan een student zijn gezin meebrengen?",
                    "Ja, onder voorwaarden. De student moet dan voldoende inkomsten voor het hele gezin aantonen.",
                )
            ),
            refs(articles=["art. 58 Vw.", "art. 61/1/9 Vw."]),
        ],
    },
    {
        "parent": "verblijf",
        "slug": {"nl": "eu-burgers", "en": "eu-citizens", "fr": "citoyens-ue"},
        "title": {
            "nl": "EU-burgers en vrij verkeer",
            "en": "EU citizens and free movement",
            "fr": "Citoyens de l'UE et libre circulation",
        },
        "intro": {
            "nl": "Burgers van de Europese Unie mogen vrij reizen en wonen in België, maar voor een verblijf van meer dan drie maanden gelden voorwaarden."
        },
        "topics": ["eu-burgers", "verblijf"],
        "body": [
            short(
                "De eerste drie maanden volstaat een geldige identiteitskaart of paspoort.",
                "Voor een langer verblijf schrijft de EU-burger zich in bij de gemeente.",
                "De persoon moet werknemer, zelfstandige, student of werkzoekende zijn, of voldoende bestaansmiddelen hebben.",
                "Na vijf jaar kan de persoon duurzaam verblijf krijgen (EU+-kaart).",
            ),
            h("Het verblijf kan eindigen"),
            p(
                "<p>Wie de voorwaarden niet meer vervult, bijvoorbeeld omdat hij langdurig leefloon krijgt, kan zijn verblijfsrecht verliezen. De DVZ moet wel rekening houden met de persoonlijke situatie.</p>"
            ),
            faq(
                (
                    "Heeft een EU-burger een arbeidskaart nodig?",
                    "Nee. EU-burgers hebben vrije toegang tot de Belgische arbeidsmarkt.",
                )
            ),
            refs(
                articles=["art. 40 Vw.", "art. 42quater Vw."],
                rulings=["ECLI:BE:RVV:2022:ARR.DEMO.0010"],
            ),
        ],
    },
]
