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
    # The news index: statements, press releases, news and stories (the two stories are fictional)
    "Country Office": "Bureau de pays",
    "World Refugee Day 2019: standing with people forced to flee": "Journée mondiale des réfugiés 2019 : aux côtés des personnes contraintes de fuir",
    "world-refugee-day-2019": "journee-mondiale-des-refugies-2019",
    "On World Refugee Day, IOM Belgium and Luxembourg joins its partners in recognising the courage of people forced to flee their homes, and the communities that welcome them.": (
        "À l’occasion de la Journée mondiale des réfugiés, l’OIM Belgique et Luxembourg se joint à ses "
        "partenaires pour saluer le courage des personnes contraintes de fuir leur foyer, ainsi que les "
        "communautés qui les accueillent."
    ),
    "Protection and welcome go together": "Protéger et accueillir vont de pair",
    "Refugees and migrants often travel the same routes and face the same dangers. Whatever their status, every person on the move has rights that must be respected.": (
        "Réfugiés et migrants empruntent souvent les mêmes routes et affrontent les mêmes dangers. Quel que "
        "soit son statut, toute personne en déplacement a des droits qui doivent être respectés."
    ),
    "In Belgium and Luxembourg, municipalities, schools, employers and volunteers do much to help newcomers find their place. We thank them for their work.": (
        "En Belgique et au Luxembourg, les communes, les écoles, les employeurs et les bénévoles font "
        "beaucoup pour aider les nouveaux arrivants à trouver leur place. Nous les remercions pour leur "
        "travail."
    ),
    "We will keep working with the authorities and with civil society so that protection, information and support reach the people who need them.": (
        "Nous continuerons à travailler avec les autorités et la société civile pour que la protection, "
        "l’information et le soutien parviennent aux personnes qui en ont besoin."
    ),
    "Brussels": "Bruxelles",
    "One year after Marrakech: putting the Global Compact for Migration into practice": "Un an après Marrakech : mettre en pratique le Pacte mondial sur les migrations",
    "global-compact-for-migration-one-year-on": "un-an-apres-marrakech-pacte-mondial-sur-les-migrations",
    "A year after the Global Compact for Safe, Orderly and Regular Migration was adopted in Marrakech, IOM Belgium and Luxembourg explains how it helps to put its objectives into practice.": (
        "Un an après l’adoption à Marrakech du Pacte mondial pour des migrations sûres, ordonnées et "
        "régulières, l’OIM Belgique et Luxembourg explique comment elle contribue à mettre ses objectifs en "
        "pratique."
    ),
    "The Global Compact was adopted in Marrakech in December 2018. It is the first intergovernmental agreement to cover all dimensions of international migration. It is not legally binding, and it respects the sovereignty of each state.": (
        "Le Pacte mondial a été adopté à Marrakech en décembre 2018. C’est le premier accord "
        "intergouvernemental qui couvre toutes les dimensions des migrations internationales. Il n’est pas "
        "juridiquement contraignant et respecte la souveraineté de chaque État."
    ),
    "The Global Compact in brief": "Le Pacte mondial en bref",
    "the year it was adopted in Marrakech": "l’année de son adoption à Marrakech",
    "objectives for safe, orderly and regular migration": "objectifs pour des migrations sûres, ordonnées et régulières",
    "Our office supports its implementation through accurate information for migrants, safe and dignified return and reintegration, the fight against trafficking in persons, and better data on migration.": (
        "Notre bureau soutient sa mise en œuvre par une information fiable destinée aux migrants, un retour "
        "et une réintégration sûrs et dignes, la lutte contre la traite des êtres humains et de meilleures "
        "données sur les migrations."
    ),
    "World Day against Trafficking in Persons: awareness sessions for frontline workers in Antwerp": (
        "Journée mondiale de la lutte contre la traite d’êtres humains : des séances de sensibilisation pour "
        "les professionnels de terrain à Anvers"
    ),
    "counter-trafficking-awareness-antwerp": "sensibilisation-a-la-traite-des-etres-humains-anvers",
    "To mark the World Day against Trafficking in Persons, our team held awareness sessions in Antwerp for social workers, health staff and volunteers who may meet victims of trafficking.": (
        "À l’occasion de la Journée mondiale de la lutte contre la traite d’êtres humains, notre équipe a "
        "organisé à Anvers des séances de sensibilisation pour les travailleurs sociaux, le personnel de "
        "santé et les bénévoles susceptibles de rencontrer des victimes de la traite."
    ),
    "Recognising the signs": "Reconnaître les signes",
    "Victims of trafficking rarely ask for help themselves. They may fear the authorities, owe money to the people who exploit them or not know their rights. The sessions covered common signs, such as:": (
        "Les victimes de la traite demandent rarement de l’aide d’elles-mêmes. Elles peuvent craindre les "
        "autorités, devoir de l’argent à ceux qui les exploitent ou ignorer leurs droits. Les séances ont "
        "présenté des signes fréquents, par exemple :"
    ),
    "a person who does not keep their own identity documents;": "une personne qui ne garde pas elle-même ses documents d’identité ;",
    "work in conditions that were never agreed, with long hours and little or no pay;": (
        "un travail dans des conditions qui n’ont jamais été convenues, avec de longues journées et peu ou "
        "pas de salaire ;"
    ),
    "a debt to an employer or an intermediary that never seems to shrink.": "une dette envers un employeur ou un intermédiaire qui ne semble jamais diminuer.",
    "Participants also learned where to refer a person they are worried about. Because of the pandemic, the sessions were held in small groups and online.": (
        "Les participants ont aussi appris vers qui orienter une personne pour laquelle ils s’inquiètent. En "
        "raison de la pandémie, les séances se sont tenues en petits groupes et en ligne."
    ),
    "Antwerp": "Anvers",
    "Samuel's workshop: a fresh start after returning home": "L’atelier de Samuel : un nouveau départ après le retour au pays",
    "samuels-workshop-a-fresh-start": "latelier-de-samuel-un-nouveau-depart",
    "After several years in Belgium, Samuel chose to go back to his home country and open a small repair workshop. His story is fictional, drawn from experiences that many returnees share.": (
        "Après plusieurs années en Belgique, Samuel a choisi de rentrer dans son pays et d’y ouvrir un petit "
        "atelier de réparation. Son histoire est fictive, inspirée d’expériences que partagent de nombreuses "
        "personnes de retour."
    ),
    "Samuel first came to a counsellor in Liège with one question: could he go home without losing everything he had built in Belgium? Together they looked at his options, and he decided that voluntary return was the right choice for him and his family.": (
        "Samuel s’est d’abord adressé à un conseiller à Liège avec une seule question : pouvait-il rentrer "
        "chez lui sans perdre tout ce qu’il avait construit en Belgique ? Ensemble, ils ont examiné les "
        "possibilités, et il a décidé que le retour volontaire était le bon choix pour lui et sa famille."
    ),
    "Before he left, he drew up a simple business plan. Once he was home, partners of IOM helped him buy tools and spare parts, and gave him a short course in bookkeeping.": (
        "Avant son départ, il a établi un plan d’affaires simple. Une fois rentré, des partenaires de l’OIM "
        "l’ont aidé à acheter des outils et des pièces de rechange, et lui ont proposé une courte formation "
        "en comptabilité."
    ),
    "A year later": "Un an plus tard",
    "The workshop now repairs phones, radios and small household appliances, and Samuel has taken on an apprentice. The hardest part was the first few months, before customers knew where to find him.": (
        "L’atelier répare aujourd’hui des téléphones, des radios et de petits appareils électroménagers, et "
        "Samuel a engagé un apprenti. Le plus difficile, ce furent les premiers mois, avant que les clients "
        "sachent où le trouver."
    ),
    "Liège": "Liège",
    "First International Migration Review Forum takes stock of the Global Compact for Migration": (
        "Le premier Forum d’examen des migrations internationales fait le bilan du Pacte mondial sur les "
        "migrations"
    ),
    "international-migration-review-forum-2022": "premier-forum-dexamen-des-migrations-internationales-2022",
    "In May 2022, states met at the United Nations for the first International Migration Review Forum, to review progress on the Global Compact for Safe, Orderly and Regular Migration.": (
        "En mai 2022, les États se sont réunis aux Nations Unies pour le premier Forum d’examen des "
        "migrations internationales, afin de faire le point sur la mise en œuvre du Pacte mondial pour des "
        "migrations sûres, ordonnées et régulières."
    ),
    "The Forum takes place every four years. Governments, UN agencies, civil society, migrants and other partners share what has worked, what has not, and what remains to be done.": (
        "Le Forum a lieu tous les quatre ans. Gouvernements, agences des Nations Unies, société civile, "
        "migrants et autres partenaires y partagent ce qui a fonctionné, ce qui n’a pas fonctionné et ce "
        "qu’il reste à faire."
    ),
    "The first Forum ended with a Progress Declaration, in which states renewed their commitment to the Global Compact and its guiding principles.": (
        "Le premier Forum s’est conclu par une Déclaration sur les progrès, dans laquelle les États ont "
        "renouvelé leur engagement envers le Pacte mondial et ses principes directeurs."
    ),
    "For our office, the Forum is also a reminder that the Compact is put into practice locally: in how migrants are informed, protected and included in Belgium and Luxembourg.": (
        "Pour notre bureau, le Forum rappelle aussi que le Pacte se concrétise au niveau local : dans la "
        "manière dont les migrants sont informés, protégés et inclus en Belgique et au Luxembourg."
    ),
    "Information sessions on voluntary return in Luxembourg": "Séances d’information sur le retour volontaire au Luxembourg",
    "voluntary-return-information-sessions-luxembourg": "seances-dinformation-retour-volontaire-luxembourg",
    "Our team met social workers and reception staff in Luxembourg to explain how assisted voluntary return and reintegration works and who can ask for it.": (
        "Notre équipe a rencontré des travailleurs sociaux et du personnel d’accueil au Luxembourg pour "
        "expliquer le fonctionnement de l’aide au retour volontaire et à la réintégration, et qui peut en "
        "faire la demande."
    ),
    "Clear information, free choice": "Une information claire, un choix libre",
    "Assisted voluntary return gives migrants who wish to go back to their country of origin the support to do so safely and with dignity. The decision is always theirs.": (
        "L’aide au retour volontaire permet aux migrants qui souhaitent rentrer dans leur pays d’origine de "
        "le faire en sécurité et dans la dignité. La décision leur appartient toujours."
    ),
    "The sessions covered who can apply, how a return is organised, and the reintegration support that can follow in the country of origin.": (
        "Les séances ont abordé les conditions pour en bénéficier, l’organisation d’un retour et le soutien à"
        " la réintégration qui peut suivre dans le pays d’origine."
    ),
    "Staff who work with migrants every day can now give accurate information and refer people to our counsellors.": (
        "Les personnes qui travaillent chaque jour avec des migrants peuvent désormais donner une information"
        " exacte et les orienter vers nos conseillers."
    ),
    "Luxembourg": "Luxembourg",
    "World Refugee Day 2023: inclusion starts in our towns and cities": "Journée mondiale des réfugiés 2023 : l’inclusion commence dans nos villes et nos communes",
    "world-refugee-day-2023": "journee-mondiale-des-refugies-2023",
    "On World Refugee Day, IOM Belgium and Luxembourg highlights the role of local communities in helping refugees and migrants rebuild their lives.": (
        "À l’occasion de la Journée mondiale des réfugiés, l’OIM Belgique et Luxembourg souligne le rôle des "
        "communautés locales qui aident les réfugiés et les migrants à reconstruire leur vie."
    ),
    "Including refugees in the life of their new community, at school, at work and in their neighbourhood, benefits everyone. It helps newcomers stand on their own feet and lets towns draw on their skills.": (
        "Inclure les réfugiés dans la vie de leur nouvelle communauté, à l’école, au travail et dans leur "
        "quartier, profite à tous. Cela aide les nouveaux arrivants à devenir autonomes et permet aux villes "
        "de tirer parti de leurs compétences."
    ),
    "We call for continued investment in language courses, in the recognition of qualifications and in access to decent work.": (
        "Nous appelons à continuer d’investir dans les cours de langue, dans la reconnaissance des "
        "qualifications et dans l’accès à un travail décent."
    ),
    "We also recall that most people forced to flee stay in countries close to home, and that solidarity with those countries remains essential.": (
        "Nous rappelons aussi que la plupart des personnes contraintes de fuir restent dans des pays proches "
        "du leur, et que la solidarité avec ces pays reste essentielle."
    ),
    "From a training course to a first job: Lina's year in Antwerp": "D’une formation à un premier emploi : l’année de Lina à Anvers",
    "linas-first-year-in-antwerp": "la-premiere-annee-de-lina-a-anvers",
    "Lina arrived in Antwerp with a nursing diploma and no Dutch. This fictional story, based on common experiences, follows her first year of lessons, paperwork and work.": (
        "Lina est arrivée à Anvers avec un diplôme d’infirmière, sans parler néerlandais. Cette histoire "
        "fictive, inspirée d’expériences courantes, suit sa première année de cours, de démarches et de "
        "travail."
    ),
    "In her first months, Lina took Dutch lessons every morning and spent her afternoons gathering the documents she needed to have her diploma recognised.": (
        "Les premiers mois, Lina suivait des cours de néerlandais chaque matin et passait ses après-midi à "
        "rassembler les documents nécessaires à la reconnaissance de son diplôme."
    ),
    "A mentoring programme matched her with a retired nurse, who helped her prepare for interviews and understand how hospitals work in Belgium.": (
        "Un programme de mentorat l’a mise en relation avec une infirmière retraitée, qui l’a aidée à "
        "préparer ses entretiens d’embauche et à comprendre le fonctionnement des hôpitaux en Belgique."
    ),
    "A first step": "Un premier pas",
    "By the end of the year, Lina was working as a care assistant while she completed the last steps to work as a nurse again. Her story shows how much a good welcome can change.": (
        "À la fin de l’année, Lina travaillait comme aide-soignante tout en achevant les dernières démarches "
        "pour exercer à nouveau comme infirmière. Son histoire montre tout ce qu’un bon accueil peut changer."
    ),
    "New guide helps employers recruit migrant workers fairly": "Un nouveau guide aide les employeurs à recruter équitablement des travailleurs migrants",
    "fair-recruitment-guide-for-employers": "guide-du-recrutement-equitable-pour-les-employeurs",
    "IOM Belgium and Luxembourg publishes a short guide for employers who recruit workers from abroad, on fair recruitment and a good start in the workplace.": (
        "L’OIM Belgique et Luxembourg publie un court guide destiné aux employeurs qui recrutent des "
        "travailleurs à l’étranger, consacré au recrutement équitable et à un bon départ sur le lieu de "
        "travail."
    ),
    "Labour mobility can meet the needs of employers and open new opportunities for workers, as long as recruitment is fair. The guide's main advice is to:": (
        "La mobilité de la main-d’œuvre peut répondre aux besoins des employeurs et ouvrir de nouvelles "
        "perspectives aux travailleurs, à condition que le recrutement soit équitable. Les principaux "
        "conseils du guide :"
    ),
    "work only with recruiters who charge no fees to workers;": "ne travailler qu’avec des recruteurs qui ne facturent aucuns frais aux travailleurs ;",
    "give each worker a written contract in a language they understand, before they leave home;": "remettre à chaque travailleur, avant son départ, un contrat écrit dans une langue qu’il comprend ;",
    "help new staff with housing, language and local procedures in their first weeks.": (
        "accompagner les nouveaux membres du personnel pour le logement, la langue et les démarches locales "
        "pendant leurs premières semaines."
    ),
    "The guide is free and can be requested from our office.": "Le guide est gratuit et peut être demandé à notre bureau.",
    "International Migrants Day 2025: safe migration benefits us all": "Journée internationale des migrants 2025 : une migration sûre profite à tous",
    "international-migrants-day-2025": "journee-internationale-des-migrants-2025",
    "On International Migrants Day, IOM Belgium and Luxembourg recalls what migrants bring to both countries and calls for safe and regular pathways for migration.": (
        "À l’occasion de la Journée internationale des migrants, l’OIM Belgique et Luxembourg rappelle ce que"
        " les migrants apportent aux deux pays et appelle à des voies de migration sûres et régulières."
    ),
    "Our message for 18 December": "Notre message pour le 18 décembre",
    "Migrants work in hospitals, on building sites, in laboratories and in family businesses across Belgium and Luxembourg. Their contribution deserves recognition, and their rights deserve protection.": (
        "Des migrants travaillent dans les hôpitaux, sur les chantiers, dans les laboratoires et dans les "
        "entreprises familiales partout en Belgique et au Luxembourg. Leur contribution mérite d’être "
        "reconnue et leurs droits méritent d’être protégés."
    ),
    "Safe and regular pathways reduce the risk of dangerous journeys and exploitation. We encourage countries of origin, transit and destination to keep working together, in the spirit of the Global Compact for Migration.": (
        "Des voies sûres et régulières réduisent le risque de voyages dangereux et d’exploitation. Nous "
        "encourageons les pays d’origine, de transit et de destination à continuer de travailler ensemble, "
        "dans l’esprit du Pacte mondial sur les migrations."
    ),
    "International Day of Family Remittances: small transfers, large impact": "Journée internationale des envois de fonds à la famille : de petits transferts, un grand impact",
    "family-remittances-day-2026": "journee-internationale-des-envois-de-fonds-2026",
    "Each year on 16 June, the International Day of Family Remittances recognises the money that migrants send to their families. We look at why these transfers matter.": (
        "Chaque année, le 16 juin, la Journée internationale des envois de fonds à la famille met à l’honneur"
        " l’argent que les migrants envoient à leurs proches. Nous expliquons pourquoi ces transferts "
        "comptent."
    ),
    "For many families, money sent by a relative abroad pays for food, school fees, medical care or a small business. Taken together, remittances are one of the largest flows of money to lower and middle-income countries.": (
        "Pour beaucoup de familles, l’argent envoyé par un proche à l’étranger paie la nourriture, les frais "
        "scolaires, les soins médicaux ou une petite entreprise. Pris ensemble, les envois de fonds sont l’un"
        " des plus grands flux d’argent vers les pays à revenu faible et intermédiaire."
    ),
    "Sending money is still expensive on many routes. Lower fees and safe digital services leave more money with the families who need it.": (
        "Envoyer de l’argent reste coûteux sur de nombreux corridors. Des frais plus bas et des services "
        "numériques sûrs laissent davantage d’argent aux familles qui en ont besoin."
    ),
    "Remittances in brief": "Les envois de fonds en bref",
    "16 June": "16 juin",
    "International Day of Family Remittances": "Journée internationale des envois de fonds à la famille",
    "the level below which the Sustainable Development Goals aim to bring the cost of sending money home by 2030": (
        "le seuil sous lequel les objectifs de développement durable visent à ramener le coût des envois de "
        "fonds d’ici 2030"
    ),
}
