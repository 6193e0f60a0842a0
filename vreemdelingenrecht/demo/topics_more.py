"""The second half of the demo topic pages: protection, social rights, nationality, integration
and international family law. Demo content in plain Dutch; not legal advice."""

from vreemdelingenrecht.demo.blocks import callout, faq, h, p, refs, short

PROTECTION_PAGES = [
    {
        "slug": {
            "nl": "internationale-bescherming",
            "en": "international-protection",
            "fr": "protection-internationale",
        },
        "title": {
            "nl": "Internationale bescherming (asiel)",
            "en": "International protection (asylum)",
            "fr": "Protection internationale (asile)",
            "uk": "Міжнародний захист (притулок)",
            "ar": "الحماية الدولية (اللجوء)",
        },
        "intro": {
            "nl": "Wie in zijn land vervolging of ernstige schade vreest, kan in België om internationale bescherming vragen. Zo verloopt de procedure."
        },
        "topics": ["internationale-bescherming"],
        "body": [
            short(
                "Het verzoek gebeurt bij de Dienst Vreemdelingenzaken, kort na aankomst.",
                "Het Commissariaat-generaal voor de Vluchtelingen en de Staatlozen (CGVS) onderzoekt het verzoek.",
                "Er zijn twee statuten: vluchteling en subsidiaire bescherming.",
                "Tegen een weigering kan de persoon in beroep gaan bij de RvV.",
            ),
            h("De procedure in stappen"),
            p(
                "<ol><li>De persoon doet een verzoek bij de DVZ en geeft zijn vingerafdrukken.</li><li>Fedasil zorgt voor opvang: een plaats in een opvangcentrum of een lokaal opvanginitiatief.</li><li>Het CGVS nodigt de persoon uit voor een persoonlijk onderhoud, met een tolk.</li><li>Het CGVS beslist. Bij een weigering kan de persoon in beroep gaan bij de RvV.</li></ol>"
            ),
            h("Vluchteling of subsidiaire bescherming"),
            p(
                "<p>Een <b>vluchteling</b> vreest vervolging om zijn ras, godsdienst, nationaliteit, politieke mening of omdat hij tot een bepaalde sociale groep behoort. <b>Subsidiaire bescherming</b> krijgt wie geen vluchteling is, maar bij terugkeer een reëel risico loopt op ernstige schade, bijvoorbeeld door een gewapend conflict.</p>"
            ),
            callout(
                "warning",
                "Korte beroepstermijn",
                "De termijn om in beroep te gaan bij de RvV is meestal 30 dagen, maar in sommige procedures maar 10 dagen of minder. Zoek meteen een advocaat.",
            ),
            faq(
                (
                    "Heeft een verzoeker recht op een advocaat?",
                    "Ja. Wie weinig inkomen heeft, krijgt gratis juridische tweedelijnsbijstand (pro-Deoadvocaat).",
                ),
                (
                    "Wat als een ander EU-land verantwoordelijk is?",
                    "Dan kan België de persoon overdragen aan dat land. Dat heet een Dublinprocedure.",
                ),
            ),
            refs(
                articles=["art. 48/3 Vw.", "art. 48/4 Vw.", "art. 39/57 Vw.", "art. 3 EVRM"],
                rulings=[
                    "ECLI:BE:RVV:2024:ARR.DEMO.0004",
                    "ECLI:CE:ECHR:2021:DEMO0005",
                    "ECLI:BE:RVSCE:2023:ARR.DEMO.0006",
                ],
            ),
        ],
    },
    {
        "slug": {
            "nl": "tijdelijke-bescherming",
            "en": "temporary-protection",
            "fr": "protection-temporaire",
            "uk": "tymchasovyi-zakhyst",
            "ru": "vremennaya-zashchita",
        },
        "title": {
            "nl": "Tijdelijke bescherming (Oekraïne)",
            "en": "Temporary protection (Ukraine)",
            "fr": "Protection temporaire (Ukraine)",
            "uk": "Тимчасовий захист (Україна)",
            "ru": "Временная защита (Украина)",
        },
        "intro": {
            "nl": "Mensen die de oorlog in Oekraïne ontvluchten, kunnen in België tijdelijke bescherming krijgen. Hier lees je wie dat kan, hoe het werkt en welke rechten het geeft.",
            "en": "People fleeing the war in Ukraine can get temporary protection in Belgium. Read who can get it, how it works and which rights it gives.",
            "fr": "Les personnes qui fuient la guerre en Ukraine peuvent obtenir une protection temporaire en Belgique. Qui peut l'obtenir, comment, et avec quels droits ?",
            "uk": "Люди, які тікають від війни в Україні, можуть отримати тимчасовий захист у Бельгії. Тут ви дізнаєтеся, хто може його отримати, як це працює і які права він дає.",
            "ru": "Люди, бегущие от войны в Украине, могут получить временную защиту в Бельгии. Здесь вы узнаете, кто может её получить, как это работает и какие права она даёт.",
        },
        "topics": ["tijdelijke-bescherming", "internationale-bescherming"],
        "body": [
            short(
                "De Europese Unie besliste in maart 2022 om tijdelijke bescherming te geven aan mensen uit Oekraïne.",
                "De persoon registreert zich en krijgt een attest van tijdelijke bescherming, daarna een A-kaart bij de gemeente.",
                "Tijdelijke bescherming geeft recht op werk, onderwijs, gezondheidszorg en sociale hulp.",
                "De bescherming werd al meermaals verlengd. Controleer altijd de actuele einddatum.",
            ),
            h("Wie kan tijdelijke bescherming krijgen?"),
            p(
                "<p>Vooral Oekraïners die op of na 24 februari 2022 uit Oekraïne vertrokken, en hun gezinsleden. Ook sommige andere personen die in Oekraïne een internationale bescherming of een duurzaam verblijf hadden, komen in aanmerking.</p>"
            ),
            h("Rechten"),
            p(
                "<ul><li><b>Werk</b>: de persoon mag werken als werknemer of als zelfstandige.</li><li><b>Sociale hulp</b>: het OCMW kan een leefloon of maatschappelijke hulp geven.</li><li><b>Gezondheidszorg</b>: de persoon kan zich aansluiten bij een ziekenfonds.</li><li><b>Inburgering</b>: de persoon kan een inburgeringstraject volgen.</li></ul>"
            ),
            callout(
                "changed",
                "Recent gewijzigd",
                "De EU verlengde de tijdelijke bescherming opnieuw. Lees het nieuws voor de laatste stand van zaken.",
            ),
            faq(
                (
                    "Kan iemand met tijdelijke bescherming ook asiel vragen?",
                    "Ja. Het CGVS kan de behandeling van dat verzoek wel uitstellen zolang de tijdelijke bescherming loopt.",
                ),
                (
                    "Wat gebeurt er bij een verhuis naar een andere gemeente?",
                    "De persoon meldt de verhuis bij de nieuwe gemeente. Die schrijft hem in en past de kaart aan.",
                ),
                (
                    "Verliest de persoon de bescherming bij een reis naar Oekraïne?",
                    "Een korte reis is mogelijk, maar wie lang wegblijft of zich in een ander EU-land vestigt, kan de bescherming in België verliezen.",
                ),
                title="Veelgestelde vragen over tijdelijke bescherming",
            ),
            refs(
                articles=["art. 57/29 Vw.", "art. 57/30 Vw.", "art. 5 Richtlijn 2001/55/EG"],
                rulings=["ECLI:EU:C:2024:DEMO08"],
            ),
        ],
    },
    {
        "slug": {"nl": "regularisatie", "en": "regularisation", "fr": "regularisation"},
        "title": {
            "nl": "Regularisatie: humanitair en medisch",
            "en": "Regularisation: humanitarian and medical",
            "fr": "Régularisation : humanitaire et médicale",
        },
        "intro": {
            "nl": "Wie in België verblijft zonder verblijfsrecht, kan in uitzonderlijke gevallen een verblijf vragen om humanitaire of medische redenen."
        },
        "topics": ["regularisatie", "verblijf"],
        "body": [
            short(
                "Een humanitaire regularisatie heet ook een aanvraag 9bis.",
                "Een medische regularisatie heet ook een aanvraag 9ter.",
                "Er bestaat geen recht op regularisatie. De DVZ beslist geval per geval.",
            ),
            h("Humanitaire regularisatie (9bis)"),
            p(
                "<p>De aanvraag gebeurt bij de gemeente waar de persoon verblijft. De persoon moet uitleggen waarom hij de aanvraag niet vanuit het buitenland kan doen (<b>buitengewone omstandigheden</b>) en waarom hij een verblijf zou moeten krijgen.</p>"
            ),
            h("Medische regularisatie (9ter)"),
            p(
                "<p>Voor wie ernstig ziek is en in zijn land geen gepaste behandeling kan krijgen. De aanvraag gaat per aangetekende brief naar de DVZ, met een standaard medisch getuigschrift.</p>"
            ),
            callout(
                "warning",
                "Geen verblijf tijdens de aanvraag",
                "Een aanvraag 9bis geeft geen verblijfsrecht zolang ze loopt. Een uitwijzing blijft mogelijk.",
            ),
            faq(
                (
                    "Moet de persoon een retributie betalen?",
                    "Voor een aanvraag 9bis moet meestal een retributie betaald worden. Voor 9ter niet.",
                )
            ),
            refs(
                articles=["art. 9bis Vw.", "art. 9ter Vw."],
                rulings=["ECLI:BE:RVSCE:2022:ARR.DEMO.0009"],
            ),
        ],
    },
    {
        "slug": {"nl": "sociale-rechten", "en": "social-rights", "fr": "droits-sociaux"},
        "title": {"nl": "Sociale rechten", "en": "Social rights", "fr": "Droits sociaux"},
        "intro": {
            "nl": "Welke steun kan een persoon van buitenlandse afkomst krijgen van het OCMW, het ziekenfonds of het Groeipakket? Dat hangt vooral af van het verblijf."
        },
        "topics": ["sociale-rechten"],
        "body": [
            short(
                "Het OCMW geeft maatschappelijke hulp aan wie dat nodig heeft.",
                "Het leefloon is er vooral voor Belgen, EU-burgers, erkende vluchtelingen en mensen met onbeperkt verblijf.",
                "Wie zonder verblijfsrecht in België is, heeft recht op dringende medische hulp.",
            ),
            h("OCMW-steun"),
            p(
                "<p>Het OCMW onderzoekt de situatie van de persoon met een <b>sociaal onderzoek</b>. Het kan een leefloon geven, of <b>equivalent leefloon</b> aan wie geen recht heeft op leefloon maar wel op maatschappelijke hulp.</p>"
            ),
            h("Dringende medische hulp"),
            p(
                "<p>Iemand zonder verblijfsrecht kan via het OCMW <b>dringende medische hulp</b> krijgen. Dat is meer dan spoedhulp: het kan ook gaan om een huisartsbezoek of medicatie.</p>"
            ),
            faq(
                (
                    "Heeft een kind recht op Groeipakket?",
                    "In Vlaanderen hangt het Groeipakket af van de woonplaats en het verblijf van het kind. Voor kinderen zonder verblijfsrecht gelden beperkingen.",
                ),
                (
                    "Heeft een EU-burger recht op leefloon?",
                    "In de eerste drie maanden meestal niet. Daarna soms wel, afhankelijk van het verblijf.",
                ),
            ),
            refs(
                articles=["art. 57, §2 OCMW-wet"],
                rulings=["AR 23/1234/A", "ECLI:BE:GHCC:2022:ARR.DEMO.0011"],
            ),
        ],
    },
    {
        "slug": {
            "nl": "belgische-nationaliteit",
            "en": "belgian-nationality",
            "fr": "nationalite-belge",
        },
        "title": {"nl": "Belg worden", "en": "Becoming Belgian", "fr": "Devenir belge"},
        "intro": {
            "nl": "Wie lang genoeg wettig in België woont, kan onder voorwaarden de Belgische nationaliteit aanvragen met een nationaliteitsverklaring."
        },
        "topics": ["nationaliteit"],
        "body": [
            short(
                "De aanvraag gebeurt bij de dienst burgerzaken van de gemeente.",
                "Na vijf jaar wettig verblijf moet de persoon Nederlands, Frans of Duits kennen (niveau A2), sociaal geïntegreerd zijn en werken.",
                "Een inburgeringsattest kan de sociale integratie bewijzen.",
                "De aanvraag kost geld.",
            ),
            h("De voorwaarden na vijf jaar"),
            p(
                "<p>Na vijf jaar wettig verblijf moet de persoon drie dingen bewijzen: <b>kennis van een landstaal</b>, <b>sociale integratie</b> (bijvoorbeeld met een inburgeringsattest of een diploma) en <b>economische participatie</b> (bijvoorbeeld 468 dagen werk in de laatste vijf jaar).</p>"
            ),
            callout(
                "info",
                "Goed om te weten",
                "Het parket kan een negatief advies geven, bijvoorbeeld bij ernstige feiten. De persoon kan dan de rechtbank vragen om toch over de aanvraag te oordelen.",
            ),
            faq(
                (
                    "Telt een verblijf als asielzoeker mee?",
                    "Nee, meestal niet. Het verblijf moet wettig zijn en van onbeperkte duur op het moment van de aanvraag.",
                )
            ),
            refs(
                articles=["art. 12bis WBN", "art. 15 WBN"],
                rulings=["ECLI:BE:CASS:2023:ARR.DEMO.0012"],
            ),
        ],
    },
    {
        "slug": {
            "nl": "inburgeringsplicht",
            "en": "civic-integration-obligation",
            "fr": "obligation-integration",
        },
        "title": {
            "nl": "Inburgeringsplicht",
            "en": "Civic integration obligation",
            "fr": "Obligation d'intégration civique",
        },
        "intro": {
            "nl": "Sommige nieuwkomers moeten een inburgeringstraject volgen. Wie is verplicht, wat houdt het traject in en wat als iemand het niet volgt?"
        },
        "topics": ["inburgering"],
        "body": [
            short(
                "Nieuwkomers van buiten de EU die in Vlaanderen komen wonen, zijn vaak verplicht om in te burgeren.",
                "Het traject heeft vier delen: maatschappelijke oriëntatie, Nederlands, werk (VDAB) en netwerk en participatie.",
                "In Brussel geldt sinds 2022 ook een inburgeringsplicht.",
                "Wie zijn plicht niet nakomt, kan een administratieve boete krijgen.",
            ),
            h("Wie is verplicht?"),
            p(
                "<p>In de regel zijn nieuwkomers van 18 jaar of ouder met een verblijf van meer dan drie maanden verplicht, als ze voor het eerst in het Rijksregister zijn ingeschreven. Er zijn uitzonderingen, bijvoorbeeld voor EU-burgers, voor mensen ouder dan 65 jaar en voor mensen die ernstig ziek zijn.</p>"
            ),
            h("Verband met verblijf en nationaliteit"),
            p(
                "<p>Een inburgeringsattest kan helpen bij een aanvraag voor de Belgische nationaliteit. Voor sommige verblijfsvergunningen vraagt de DVZ bewijzen van integratie.</p>"
            ),
            faq(
                (
                    "Kost inburgering geld?",
                    "Sinds 2023 betaalt de inburgeraar een bijdrage voor de cursussen en het examen. Er zijn uitzonderingen voor wie weinig inkomen heeft.",
                ),
                (
                    "Kan het traject gepauzeerd worden?",
                    "Ja, om ernstige redenen zoals ziekte, bevallingsverlof of de zorg voor een familielid.",
                ),
            ),
            refs(
                articles=["art. 27 Inburgeringsdecreet"],
                links=[
                    (
                        "Agentschap Integratie en Inburgering",
                        "https://www.integratie-inburgering.be/",
                    )
                ],
            ),
        ],
    },
    {
        "slug": {
            "nl": "internationaal-familierecht",
            "en": "international-family-law",
            "fr": "droit-international-famille",
        },
        "title": {
            "nl": "Internationaal familierecht",
            "en": "International family law",
            "fr": "Droit international de la famille",
        },
        "intro": {
            "nl": "Een huwelijk, echtscheiding of afstamming met een buitenlands element: welk recht geldt, en erkent België een buitenlandse akte?"
        },
        "topics": ["familierecht"],
        "body": [
            short(
                "Het Wetboek van internationaal privaatrecht (WIPR) bepaalt welk recht van toepassing is.",
                "Een buitenlandse akte moet meestal gelegaliseerd zijn of een apostille hebben.",
                "Elke overheid, zoals de gemeente, kan zelf beslissen of ze een buitenlandse akte erkent.",
            ),
            h("Erkenning van een buitenlands huwelijk"),
            p(
                "<p>België erkent een huwelijk dat in het buitenland gesloten is, als het geldig is volgens het recht van dat land en niet strijdig is met de Belgische openbare orde. Een tweede huwelijk terwijl het eerste nog loopt (polygamie), of een schijnhuwelijk, wordt niet erkend.</p>"
            ),
            callout(
                "info",
                "Goed om te weten",
                "Weigert de gemeente een buitenlandse akte te erkennen? Dan kan de persoon naar de familierechtbank stappen.",
            ),
            faq(
                (
                    "Wat is een apostille?",
                    "Een stempel die bevestigt dat een openbaar document echt is. Ze vervangt de legalisatie tussen landen die het Apostilleverdrag ondertekenden.",
                )
            ),
            refs(
                articles=["art. 27 WIPR", "art. 46 WIPR"],
                rulings=["ECLI:BE:CABRL:2023:ARR.DEMO.0013"],
            ),
        ],
    },
]
