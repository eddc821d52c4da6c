"""French translations (as used in Belgium and Luxembourg) of the seeded content, keyed by the English string."""

STRINGS = {
    # Person and footer
    "IOM Director General": "Directeur général de l’OIM",
    "IOM Belgium and Luxembourg": "OIM Belgique et Luxembourg",
    "International Organization for Migration<br/>Rue Montoyer 40<br/>1000 Brussels, Belgium": (
        "Organisation internationale pour les migrations<br/>Rue Montoyer 40<br/>1000 Bruxelles, Belgique"
    ),
    "Monday to Friday, 9:00–17:00<br/>Closed on Belgian public holidays": (
        "Du lundi au vendredi, de 9 h à 17 h<br/>Fermé les jours fériés belges"
    ),
    "International Organization for Migration<br/>Brussels, Belgium": (
        "Organisation internationale pour les migrations<br/>Bruxelles, Belgique"
    ),
    'The country office of the International Organization for Migration for Belgium and Luxembourg. Part of the global IOM network: <a id="a1">iom.int</a>.': (
        "Le bureau de pays de l’Organisation internationale pour les migrations pour la Belgique et le Luxembourg. "
        'Il fait partie du réseau mondial de l’OIM : <a id="a1">iom.int</a>.'
    ),
    # Home page
    "Home": "Accueil",
    "home": "accueil",
    "Migration that works for migrants and for societies": "Une migration au bénéfice des migrants et des sociétés",
    "The International Organization for Migration (IOM) is the United Nations agency for migration. Our office serves Belgium and Luxembourg, where IOM has worked since 1973.": (
        "L’Organisation internationale pour les migrations (OIM) est l’agence des Nations Unies chargée des "
        "migrations. Notre bureau couvre la Belgique et le Luxembourg, où l’OIM est active depuis 1973."
    ),
    "the year IOM was founded": "l’année de fondation de l’OIM",
    "member states": "États membres",
    "countries where IOM is present": "pays où l’OIM est présente",
    "IOM present in Belgium since": "OIM présente en Belgique depuis",
    # Who We Are
    "Who We Are": "Qui sommes-nous",
    "who-we-are": "qui-sommes-nous",
    "IOM belongs to the United Nations System and is the leading intergovernmental organization working for humane and orderly migration that benefits everyone.": (
        "L’OIM fait partie du système des Nations Unies et est la principale organisation intergouvernementale "
        "œuvrant pour des migrations humaines et ordonnées, bénéfiques pour tous."
    ),
    "Since 1951 IOM has helped governments, migrants and communities meet the challenges of migration. Today it counts 175 member states and works in more than 100 countries.": (
        "Depuis 1951, l’OIM aide les gouvernements, les migrants et les communautés à relever les défis de la "
        "migration. Elle compte aujourd’hui 175 États membres et travaille dans plus de 100 pays."
    ),
    "In Belgium, IOM has had a presence since 1973; the same office also serves Luxembourg.": (
        "En Belgique, l’OIM est présente depuis 1973 ; le même bureau couvre également le Luxembourg."
    ),
    "IOM at a glance": "L’OIM en bref",
    "countries": "pays",
    "in Belgium since": "en Belgique depuis",
    # Our Work
    "Our Work": "Nos activités",
    "our-work": "nos-activites",
    "IOM in Belgium and Luxembourg responds to the humanitarian needs of migrants, returnees and host communities, and helps deliver the 2030 Agenda.": (
        "En Belgique et au Luxembourg, l’OIM répond aux besoins humanitaires des migrants, des personnes de retour "
        "et des communautés d’accueil, et contribue à la réalisation de l’Agenda 2030."
    ),
    "Our areas of work link emergency help with sustainable development. Together they form a complete response, from a migrant's first contact with the office to life after return or integration.": (
        "Nos domaines d’activité relient l’aide d’urgence au développement durable. Ensemble, ils forment une "
        "réponse complète, du premier contact d’un migrant avec le bureau jusqu’à la vie après le retour ou "
        "l’intégration."
    ),
    # News
    "News": "Actualités",
    "news": "actualites",
    "Statements, press releases, news and stories from IOM Belgium and Luxembourg.": (
        "Déclarations, communiqués de presse, actualités et récits de l’OIM Belgique et Luxembourg."
    ),
    # About
    "About": "À propos",
    "about": "a-propos",
    "The IOM office for Belgium and Luxembourg and what it does.": (
        "Le bureau de l’OIM pour la Belgique et le Luxembourg, et ce qu’il fait."
    ),
    "The country office works with the authorities of Belgium and Luxembourg, with civil society and with migrants themselves. Its teams respond to the needs of migrants, of people returning to their countries of origin, and of the communities that host them.": (
        "Le bureau de pays travaille avec les autorités belges et luxembourgeoises, avec la société civile et avec "
        "les migrants eux-mêmes. Ses équipes répondent aux besoins des migrants, des personnes qui retournent dans "
        "leur pays d’origine et des communautés qui les accueillent."
    ),
    "How we work": "Notre façon de travailler",
    "Our publications": "Nos publications",
    "Cover of the factsheet: blue and orange shapes": "Couverture de la fiche d’information : formes bleues et orange",
    "Assisted voluntary return and reintegration: factsheet": "Retour volontaire assisté et réintégration : fiche d’information",
    "Cover of the annual overview: layered blue circles": "Couverture du rapport annuel : cercles bleus superposés",
    "Annual overview 2023": "Rapport annuel 2023",
    "Cover of the guide: blue and yellow bands": "Couverture du guide : bandes bleues et jaunes",
    "Voluntary return: a guide for partner organisations": "Retour volontaire : un guide pour les organisations partenaires",
    "Our programmes connect humanitarian assistance with long-term development, in line with the 2030 Agenda for Sustainable Development.": (
        "Nos programmes relient l’assistance humanitaire au développement à long terme, conformément à l’Agenda "
        "2030 pour le développement durable."
    ),
    # IOM Global
    "IOM Global": "L’OIM dans le monde",
    "iom-global": "oim-dans-le-monde",
    "The worldwide organization that the Belgium and Luxembourg office belongs to.": (
        "L’organisation mondiale dont fait partie le bureau pour la Belgique et le Luxembourg."
    ),
    "IOM was founded in 1951, following a conference held in Brussels, and has grown into the United Nations agency for migration, part of the United Nations System.": (
        "Fondée en 1951 à la suite d’une conférence tenue à Bruxelles, l’OIM est devenue l’agence des Nations Unies "
        "chargée des migrations et fait partie du système des Nations Unies."
    ),
    "Worldwide": "Dans le monde",
    "countries with an IOM presence": "pays où l’OIM est présente",
    # Cross-cutting (Global)
    "Cross-cutting (Global)": "Transversal (mondial)",
    "cross-cutting-global": "transversal-mondial",
    "Work that supports every one of our programmes: evidence, engagement and global goals.": (
        "Des activités au service de tous nos programmes : données probantes, mobilisation et objectifs mondiaux."
    ),
    "Some of what we do serves all our programmes at once: sharing data and publications, inviting people and partners to act, and tying our work to the global goals.": (
        "Une partie de notre travail sert tous nos programmes à la fois : partager des données et des publications, "
        "inviter le public et nos partenaires à agir, et rattacher notre action aux objectifs mondiaux."
    ),
    # The statement (title translated faithfully; the body is our own summary, in reported speech)
    "International Migrants Day Statement, IOM Director General António Vitorino: “Harnessing the Potential of Human Mobility”": (
        "Déclaration du Directeur général de l’OIM, António Vitorino, à l’occasion de la Journée internationale "
        "des migrants : « Exploiter le potentiel de la mobilité humaine »"
    ),
    "international-migrants-day-statement-2021": "declaration-journee-internationale-des-migrants-2021",
    "Geneva": "Genève",
    "For International Migrants Day 2021, IOM's Director General António Vitorino looked back on seven decades of the Organization's work and called on governments to include all migrants in their recovery from the pandemic. This page gives our summary of his statement.": (
        "À l’occasion de la Journée internationale des migrants 2021, le Directeur général de l’OIM, António "
        "Vitorino, est revenu sur sept décennies d’action de l’Organisation et a appelé les gouvernements à inclure "
        "tous les migrants dans leur relance après la pandémie. Cette page présente notre résumé de sa déclaration."
    ),
    "Our summary of the statement": "Notre résumé de la déclaration",
    "The Director General noted that the day came almost exactly 70 years after the Brussels conference that led to the creation of IOM, and that the Organization has since helped millions of migrants while working with its member states for safe, orderly and dignified migration.": (
        "Le Directeur général a relevé que cette journée tombait presque exactement 70 ans après la conférence de "
        "Bruxelles qui a mené à la création de l’OIM, et que l’Organisation a depuis aidé des millions de migrants "
        "tout en travaillant avec ses États membres en faveur d’une migration sûre, ordonnée et digne."
    ),
    "He warned that two years of the COVID-19 pandemic had fed hostility towards migrants and that migrants were increasingly used as instruments of state policy, and he condemned the smugglers who exploit people on migration routes.": (
        "Il a averti que deux années de pandémie de COVID-19 avaient alimenté l’hostilité envers les migrants et "
        "que ceux-ci étaient de plus en plus instrumentalisés par des États à des fins politiques, et il a condamné "
        "les passeurs qui exploitent les personnes sur les routes migratoires."
    ),
    "Remittances": "Transferts de fonds",
    "USD 540 billion": "USD 540 milliards",
    "sent home by migrants in the previous year to lower and middle-income countries": (
        "envoyés l’année précédente par les migrants vers leurs pays d’origine à revenu faible ou intermédiaire"
    ),
    "Migrant workers, he recalled, kept essential services running during the pandemic. He asked governments to include migrants in recovery plans whatever their legal status, and to strengthen legal pathways for migration that respect both national sovereignty and human rights.": (
        "Il a rappelé que les travailleurs migrants avaient assuré le fonctionnement des services essentiels pendant "
        "la pandémie. Il a demandé aux gouvernements d’inclure les migrants dans les plans de relance, quel que soit "
        "leur statut juridique, et de renforcer les voies de migration légales qui respectent à la fois la "
        "souveraineté nationale et les droits humains."
    ),
    "He pointed to the International Migration Review Forum, due the following May, as the moment to review progress on the Global Compact for Safe, Orderly and Regular Migration.": (
        "Il a présenté le Forum d’examen des migrations internationales, prévu en mai de l’année suivante, comme le "
        "moment de faire le point sur la mise en œuvre du Pacte mondial pour des migrations sûres, ordonnées et "
        "régulières."
    ),
    # Data and Resources
    "Data and Resources": "Données et ressources",
    "data-and-resources": "donnees-et-ressources",
    "Reports, factsheets and data on migration in Belgium and Luxembourg.": (
        "Rapports, fiches d’information et données sur la migration en Belgique et au Luxembourg."
    ),
    "This is where we publish our reports, factsheets and datasets, so that policy makers, researchers and journalists can work from the evidence.": (
        "C’est ici que nous publions nos rapports, fiches d’information et jeux de données, afin que les décideurs "
        "politiques, les chercheurs et les journalistes puissent s’appuyer sur des faits établis."
    ),
    # Take Action
    "Take Action": "Agir",
    "take-action": "agir",
    "Ways to support migrants and to work with IOM.": "Comment soutenir les migrants et collaborer avec l’OIM.",
    "Individuals, companies and organisations can all help: by volunteering, by partnering with us, or by supporting IOM's work around the world.": (
        "Particuliers, entreprises et organisations peuvent tous apporter leur aide : en faisant du bénévolat, en "
        "devenant nos partenaires ou en soutenant l’action de l’OIM dans le monde."
    ),
    "Support IOM": "Soutenir l’OIM",
    "Donations help IOM assist migrants and displaced people in crises around the world.": (
        "Les dons aident l’OIM à assister les migrants et les personnes déplacées lors de crises partout dans le "
        "monde."
    ),
    "Donate to IOM": "Faire un don à l’OIM",
    "Become a partner": "Devenir partenaire",
    "Companies, foundations and organisations can work with IOM on projects in Belgium, Luxembourg and beyond.": (
        "Entreprises, fondations et organisations peuvent collaborer avec l’OIM à des projets en Belgique, au "
        "Luxembourg et au-delà."
    ),
    "Partnering with IOM": "Les partenariats avec l’OIM",
    "I agree that IOM Belgium and Luxembourg keeps the details I send with this form and uses them only to reply to me. I can ask for them to be deleted at any time.": (
        "J’accepte que l’OIM Belgique et Luxembourg conserve les données que j’envoie au moyen de ce formulaire et "
        "ne les utilise que pour me répondre. Je peux demander leur suppression à tout moment."
    ),
    "Thank you for writing to IOM Belgium and Luxembourg. We read every message and will reply as soon as we can.": (
        "Merci d’avoir écrit à l’OIM Belgique et Luxembourg. Nous lisons chaque message et vous répondrons dès que "
        "possible."
    ),
    "Your name": "Votre nom",
    "Your e-mail address": "Votre adresse e-mail",
    "We use it only to reply to you.": "Nous l’utilisons uniquement pour vous répondre.",
    "How would you like to help?": "Comment souhaitez-vous aider ?",
    "Volunteer<br/>Become a partner<br/>Something else": "Faire du bénévolat<br/>Devenir partenaire<br/>Autre chose",
    "Your message": "Votre message",
    # 2030 Agenda
    "2030 Agenda": "Agenda 2030",
    "2030-agenda": "agenda-2030",
    "How our work contributes to the Sustainable Development Goals.": (
        "Comment notre action contribue aux objectifs de développement durable."
    ),
    "Migration touches many of the Sustainable Development Goals. IOM helps states make sure that migrants are counted, protected and included as the goals of the 2030 Agenda are pursued.": (
        "La migration touche à de nombreux objectifs de développement durable. L’OIM aide les États à veiller à ce "
        "que les migrants soient recensés, protégés et inclus dans la poursuite des objectifs de l’Agenda 2030."
    ),
    # Topics
    "Migrants' rights": "Droits des migrants",
    "Migration and development": "Migration et développement",
    "Return and reintegration": "Retour et réintégration",
    # Sustainable Development Goals (official French short names)
    "No poverty": "Pas de pauvreté",
    "Zero hunger": "Faim « zéro »",
    "Good health and well-being": "Bonne santé et bien-être",
    "Quality education": "Éducation de qualité",
    "Gender equality": "Égalité entre les sexes",
    "Clean water and sanitation": "Eau propre et assainissement",
    "Affordable and clean energy": "Énergie propre et d’un coût abordable",
    "Decent work and economic growth": "Travail décent et croissance économique",
    "Industry, innovation and infrastructure": "Industrie, innovation et infrastructure",
    "Reduced inequalities": "Inégalités réduites",
    "Sustainable cities and communities": "Villes et communautés durables",
    "Responsible consumption and production": "Consommation et production responsables",
    "Climate action": "Mesures relatives à la lutte contre les changements climatiques",
    "Life below water": "Vie aquatique",
    "Life on land": "Vie terrestre",
    "Peace, justice and strong institutions": "Paix, justice et institutions efficaces",
    "Partnerships for the goals": "Partenariats pour la réalisation des objectifs",
    # Resources of the library
    "Assisted voluntary return and reintegration from Belgium: factsheet": (
        "Retour volontaire assisté et réintégration depuis la Belgique : fiche d’information"
    ),
    "assisted-voluntary-return-factsheet": "fiche-retour-volontaire-assiste",
    "What assisted voluntary return and reintegration means, who can ask for it in Belgium, and how IOM works with the authorities and partner organisations to help people go home in safety and dignity.": (
        "Ce que recouvrent le retour volontaire assisté et la réintégration, qui peut en faire la demande en "
        "Belgique, et comment l’OIM travaille avec les autorités et les organisations partenaires pour aider les "
        "personnes à rentrer chez elles en toute sécurité et dans la dignité."
    ),
    "Returning home is a personal decision. The factsheet explains the steps, from the first conversation with an adviser to support after arrival in the country of origin.": (
        "Rentrer chez soi est une décision personnelle. La fiche d’information en explique les étapes, du premier "
        "entretien avec un conseiller jusqu’à l’accompagnement après l’arrivée dans le pays d’origine."
    ),
    "IOM Belgium and Luxembourg: annual overview 2023": "OIM Belgique et Luxembourg : aperçu annuel 2023",
    "annual-overview-2023": "apercu-annuel-2023",
    "A short overview of what the office did in 2023: return and reintegration, help for migrants in vulnerable situations, labour migration and work with partners in both countries.": (
        "Un bref aperçu des activités du bureau en 2023 : retour et réintégration, aide aux migrants en situation "
        "de vulnérabilité, migration de main-d’œuvre et collaboration avec des partenaires dans les deux pays."
    ),
    "The overview is written for partners, donors and anyone who wants to know how IOM works in Belgium and Luxembourg. It links each programme to the goals of the 2030 Agenda.": (
        "Cet aperçu s’adresse aux partenaires, aux donateurs et à toute personne qui souhaite savoir comment l’OIM "
        "travaille en Belgique et au Luxembourg. Il rattache chaque programme aux objectifs de l’Agenda 2030."
    ),
    "Remittances: data and research on the money migrants send home": (
        "Transferts de fonds : données et recherches sur l’argent que les migrants envoient chez eux"
    ),
    "remittances-data": "donnees-transferts-de-fonds",
    "Migrants send a large part of what they earn to their families. IOM's global data and research teams publish figures and studies on these remittances and on what they mean for development.": (
        "Les migrants envoient une grande partie de ce qu’ils gagnent à leur famille. Les équipes mondiales de "
        "données et de recherche de l’OIM publient des chiffres et des études sur ces transferts de fonds et sur ce "
        "qu’ils représentent pour le développement."
    ),
    "Remittances are one of the largest flows of money to lower and middle-income countries. The link leads to IOM's data and research pages on iom.int.": (
        "Les transferts de fonds comptent parmi les flux financiers les plus importants vers les pays à revenu "
        "faible ou intermédiaire. Le lien mène aux pages de l’OIM consacrées aux données et à la recherche, sur "
        "iom.int."
    ),
    "Voluntary return: a guide for partner organisations (in French)": (
        "Retour volontaire : guide pour les organisations partenaires (en français)"
    ),
    "return-guide-for-partners": "guide-retour-pour-partenaires",
    "A guide in French for social workers and partner organisations in Belgium who advise migrants thinking about a return to their country of origin.": (
        "Un guide en français destiné aux travailleurs sociaux et aux organisations partenaires en Belgique qui "
        "conseillent des migrants envisageant un retour dans leur pays d’origine."
    ),
    "The guide describes the questions advisers often hear, the help that is available and the contacts to use. It is available in French only.": (
        "Le guide présente les questions que les conseillers entendent souvent, l’aide disponible et les contacts "
        "à utiliser. Il n’existe qu’en français."
    ),
    # Accessibility statement
    "Accessibility statement": "Déclaration d’accessibilité",
    "accessibility": "accessibilite",
    "We want everyone to be able to use this website, whichever device they use and whether they see, hear, move or read in different ways.": (
        "Nous voulons que chacun puisse utiliser ce site, quel que soit son appareil et quelle que soit sa façon "
        "de voir, d’entendre, de se déplacer ou de lire."
    ),
    "How accessible this website is": "Le niveau d’accessibilité du site",
    "We aim for the website of IOM Belgium and Luxembourg to meet level AA of the Web Content Accessibility Guidelines (WCAG) 2.2, in English, French, Dutch and German alike. The website partly meets this standard: the limitations we know of are listed below.": (
        "Nous visons, pour le site de l’OIM Belgique et Luxembourg, le niveau AA des Règles pour l’accessibilité "
        "des contenus Web (WCAG) 2.2, en français comme en anglais, en néerlandais et en allemand. Le site est "
        "partiellement conforme à cette norme : les limites que nous connaissons sont décrites ci-dessous."
    ),
    "You should be able to:": "Vous devriez pouvoir :",
    "reach every link, menu, search field and form with a keyboard alone, and see where you are;": (
        "atteindre chaque lien, menu, champ de recherche et formulaire au seul clavier, en voyant toujours où "
        "vous vous trouvez ;"
    ),
    "skip straight to the main content of each page;": "passer directement au contenu principal de chaque page ;",
    "use the website with a screen reader, with voice control or with text enlarged up to 200%;": (
        "utiliser le site avec un lecteur d’écran, une commande vocale ou un texte agrandi jusqu’à 200 % ;"
    ),
    "read text with enough contrast against its background;": (
        "lire des textes suffisamment contrastés par rapport à leur arrière-plan ;"
    ),
    "use every page on a small phone screen, without scrolling sideways.": (
        "consulter chaque page sur un petit écran de téléphone, sans défilement horizontal."
    ),
    "How we test the website": "Comment nous testons le site",
    "Each time the code of the website changes, automated checks run the axe-core accessibility engine on every type of page, from the home page and news to the resources library, the Take Action form, the search results and the error pages, in all four languages and at the widths of a phone and of a desktop screen. A change that breaks one of the checked rules makes the checks fail.": (
        "À chaque modification du code du site, des contrôles automatiques passent chaque type de page au moteur "
        "d’accessibilité axe-core, de la page d’accueil et des actualités à la bibliothèque de ressources, au "
        "formulaire de la page Agir, aux résultats de recherche et aux pages d’erreur, dans les quatre langues et "
        "aux largeurs d’un écran de téléphone et d’un écran d’ordinateur. Une modification qui enfreint l’une "
        "des règles contrôlées fait échouer ces contrôles."
    ),
    "Automated checks cannot find every problem, so we also test the main tasks with a keyboard only: skipping to the content, using the main menu, searching, changing the language and sending the contact form.": (
        "Les contrôles automatiques ne détectent pas tous les problèmes : nous testons donc aussi les principales "
        "tâches au seul clavier, qu’il s’agisse d’aller directement au contenu, d’utiliser le menu principal, de "
        "faire une recherche, de changer de langue ou d’envoyer le formulaire de contact."
    ),
    "Known limitations": "Limites connues",
    "Some documents in our resources library, in particular PDF files written by partner organisations, may not be fully accessible: they can lack headings, text alternatives for images or a reading order that works with a screen reader.": (
        "Certains documents de notre bibliothèque de ressources, en particulier les fichiers PDF rédigés par des "
        "organisations partenaires, peuvent ne pas être entièrement accessibles : il peut leur manquer des "
        "titres, des alternatives textuelles aux images ou un ordre de lecture adapté aux lecteurs d’écran."
    ),
    "Videos and other content embedded from other websites follow the accessibility of those websites.": (
        "Les vidéos et autres contenus intégrés depuis d’autres sites sont aussi accessibles que ces sites le "
        "permettent."
    ),
    "Some documents are only available in the language in which they were written.": (
        "Certains documents n’existent que dans la langue dans laquelle ils ont été rédigés."
    ),
    "If you need a document in another format, tell us which one and we will do our best to help.": (
        "Si vous avez besoin d’un document dans un autre format, dites-nous lequel et nous ferons de notre mieux "
        "pour vous aider."
    ),
    "Tell us about a problem": "Signalez-nous un problème",
    "If you cannot use part of this website, or find it hard to use, please let us know through the form on our Take Action page. Tell us the address of the page and what went wrong. We read every message and will reply as soon as we can.": (
        "Si vous ne parvenez pas à utiliser une partie de ce site, ou si elle vous semble difficile à utiliser, "
        "faites-le-nous savoir au moyen du formulaire de notre page Agir. Indiquez l’adresse de la page et ce qui "
        "n’a pas fonctionné. Nous lisons chaque message et vous répondrons dès que possible."
    ),
    "Report an accessibility problem": "Signaler un problème d’accessibilité",
    "Our contact form can be filled in and sent with a keyboard alone.": (
        "Notre formulaire de contact peut être rempli et envoyé au seul clavier."
    ),
    "Write to us": "Écrivez-nous",
    "About this statement": "À propos de cette déclaration",
    "This statement was prepared on 29 November 2026. It describes the website as it was tested on that day, and we will update it when the website changes in ways that affect accessibility.": (
        "Cette déclaration a été établie le 29 novembre 2026. Elle décrit le site tel qu’il a été testé ce "
        "jour-là ; nous la mettrons à jour lorsque des modifications du site auront une incidence sur son "
        "accessibilité."
    ),
}
