"""The text of the seeded library's publications, written for the demo site (home/seed/documents.py prints them).

Each publication has a cover (title, subtitle, year), then chapters of paragraphs; a chapter may end with a table
(a header row, then rows). The facts are those of the office's own page (IOM founded in 1951, 175 member states,
present in Belgium since 1973); the rest describes how such services work in general, in the project's own words,
and gives no figures of its own.
"""

OFFICE = "IOM Belgium and Luxembourg"

PUBLICATIONS = {
    "avrr-factsheet.pdf": {
        "language": "en",
        "title": "Assisted voluntary return and reintegration",
        "subtitle": "Factsheet for people thinking about going home, and for those who advise them",
        "year": 2023,
        "chapters": [
            (
                "What it is",
                [
                    "Assisted voluntary return and reintegration (AVRR) helps migrants who decide to go back to "
                    "their country of origin to do so in safety and dignity. The decision is theirs: nobody is "
                    "returned through this programme against their will.",
                    "In Belgium, IOM works with the federal reception agency and a network of partner "
                    "organisations. Advisers explain the options, organise the journey and, where the person "
                    "wishes, prepare support after arrival.",
                ],
            ),
            (
                "Who can ask for it",
                [
                    "Anyone who lives in Belgium or Luxembourg without a long-term residence permit and wants to "
                    "return can ask an adviser for information: people whose asylum application was refused or "
                    "withdrawn, people whose stay has ended, and people who never had a permit.",
                    "Families with children, older people, people who are ill and victims of trafficking receive "
                    "support adapted to their situation, for example medical escort or care on arrival.",
                ],
            ),
            (
                "The steps",
                [
                    "A first conversation with an adviser, in a language the person understands, where nothing "
                    "is decided. Then, if the person chooses to return, the travel documents are prepared with "
                    "the embassy, the journey is booked and the person is accompanied to departure.",
                    "After arrival, IOM colleagues in the country of origin can help with the first weeks: a "
                    "place to stay, medical care, or a plan for work, training or a small business.",
                ],
                [
                    ("Step", "What happens", "Who helps"),
                    ("1. Information", "Options explained, questions answered", "Return adviser"),
                    ("2. Decision", "The person decides, and may change their mind", "The person"),
                    ("3. Preparation", "Documents, tickets, medical needs", "IOM and the embassy"),
                    ("4. Journey", "Accompanied departure from Belgium", "IOM at the airport"),
                    ("5. Reintegration", "Support after arrival, where wished", "IOM in the country"),
                ],
            ),
            (
                "Where to find an adviser",
                [
                    "Return advisers work in reception centres, in city social services and in partner "
                    "organisations across Belgium. IOM's office in Brussels can say where the nearest one is.",
                    "Advice is free and confidential. Asking for information does not commit anyone to return.",
                ],
            ),
        ],
    },
    "annual-overview-2023.pdf": {
        "language": "en",
        "title": "IOM Belgium and Luxembourg: annual overview 2023",
        "subtitle": "What the office did in 2023, programme by programme",
        "year": 2024,
        "chapters": [
            (
                "The office",
                [
                    "IOM, the United Nations agency for migration, has promoted humane and orderly migration "
                    "since 1951 and has 175 member states. It has been present in Belgium since 1973; the "
                    "office in Brussels also serves Luxembourg.",
                    "This overview describes the office's programmes in 2023 for partners, donors and the "
                    "public, and links each of them to the goals of the 2030 Agenda.",
                ],
            ),
            (
                "Return and reintegration",
                [
                    "Assisted voluntary return remained the office's largest programme. Advisers in reception "
                    "centres and partner organisations informed people about their options, and colleagues in "
                    "countries of origin supported those who went home.",
                    "Reintegration plans were drawn up with each returnee: training, a job or a small business, "
                    "and for some, medical or psychological care.",
                ],
            ),
            (
                "Protection and integration",
                [
                    "The office helped migrants in vulnerable situations, including victims of trafficking and "
                    "unaccompanied children, together with specialised services in both countries.",
                    "Projects on integration brought newcomers, employers and local authorities together, "
                    "with a focus on language, work and access to services.",
                ],
            ),
            (
                "Programmes and the 2030 Agenda",
                [
                    "Each programme contributes to one or more Sustainable Development Goals. The table links "
                    "them; the goals are those of the United Nations' 2030 Agenda.",
                ],
                [
                    ("Programme", "Main goals"),
                    ("Return and reintegration", "Goal 10: Reduced inequalities; Goal 17: Partnerships"),
                    ("Protection of migrants", "Goal 5: Gender equality; Goal 16: Peace and justice"),
                    ("Integration and labour migration", "Goal 8: Decent work and economic growth"),
                    ("Migration and development", "Goal 1: No poverty; Goal 10: Reduced inequalities"),
                ],
            ),
            (
                "Working with partners",
                [
                    "None of this work is done alone: federal and regional authorities, cities, non-governmental "
                    "organisations, diaspora associations and other United Nations agencies are the office's "
                    "partners in Belgium and Luxembourg.",
                ],
            ),
        ],
    },
    "guide-retour-volontaire-partenaires.pdf": {
        "language": "fr",
        "title": "Retour volontaire : guide pour les partenaires",
        "subtitle": "Pour les travailleurs sociaux et les organisations qui conseillent les personnes migrantes",
        "year": 2022,
        "chapters": [
            (
                "À qui s’adresse ce guide",
                [
                    "Ce guide s’adresse aux assistants sociaux, aux accompagnateurs et aux bénévoles qui "
                    "rencontrent des personnes migrantes envisageant un retour dans leur pays d’origine.",
                    "Il présente les aides disponibles, les questions les plus fréquentes et les contacts utiles. "
                    "Il ne remplace pas l’avis d’un conseiller en retour.",
                ],
            ),
            (
                "Les questions que l’on entend souvent",
                [
                    "« Est-ce que je peux changer d’avis ? » Oui : tant que le départ n’a pas eu lieu, la "
                    "personne peut renoncer au retour.",
                    "« Qui paie le voyage ? » Le programme prend en charge le billet et les documents de voyage. "
                    "Une aide à la réintégration peut s’y ajouter selon la situation.",
                    "« Mes informations restent-elles confidentielles ? » Oui : elles ne servent qu’à préparer le "
                    "retour et ne sont partagées qu’avec l’accord de la personne.",
                ],
            ),
            (
                "Les étapes d’un retour",
                [
                    "Le conseiller écoute la personne, explique les possibilités et vérifie avec elle ce dont elle "
                    "a besoin. Si elle décide de rentrer, l’OIM prépare les documents avec l’ambassade, réserve le "
                    "voyage et l’accompagne jusqu’au départ.",
                ],
                [
                    ("Étape", "Ce qui se passe"),
                    ("Information", "Le conseiller présente les possibilités, sans engagement"),
                    ("Décision", "La personne choisit ; elle peut encore changer d’avis"),
                    ("Préparation", "Documents de voyage, billet, besoins médicaux"),
                    ("Départ", "Accompagnement à l’aéroport"),
                    ("Réintégration", "Soutien dans le pays d’origine, si la personne le souhaite"),
                ],
            ),
            (
                "Contacts",
                [
                    "Le bureau de l’OIM à Bruxelles indique le conseiller en retour le plus proche et répond aux "
                    "questions des partenaires. Le conseil est gratuit et confidentiel.",
                ],
            ),
        ],
    },
}
