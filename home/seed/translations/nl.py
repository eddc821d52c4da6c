"""Dutch translations (standard Dutch as used in Belgium) of the seeded content, keyed by the English string."""

STRINGS = {
    # Person and footer
    "IOM Director General": "Directeur-generaal van de IOM",
    "IOM Belgium and Luxembourg": "IOM België en Luxemburg",
    "International Organization for Migration<br/>Rue Montoyer 40<br/>1000 Brussels, Belgium": (
        "Internationale Organisatie voor Migratie<br/>Montoyerstraat 40<br/>1000 Brussel, België"
    ),
    "Monday to Friday, 9:00–17:00<br/>Closed on Belgian public holidays": (
        "Maandag tot vrijdag, 9.00–17.00 uur<br/>Gesloten op Belgische feestdagen"
    ),
    "International Organization for Migration<br/>Brussels, Belgium": (
        "Internationale Organisatie voor Migratie<br/>Brussel, België"
    ),
    'The country office of the International Organization for Migration for Belgium and Luxembourg. Part of the global IOM network: <a id="a1">iom.int</a>.': (
        "Het landenkantoor van de Internationale Organisatie voor Migratie voor België en Luxemburg. "
        'Onderdeel van het wereldwijde IOM-netwerk: <a id="a1">iom.int</a>.'
    ),
    # Home page
    "Home": "Startpagina",
    "home": "startpagina",
    "Migration that works for migrants and for societies": "Migratie die werkt voor migranten en voor samenlevingen",
    "The International Organization for Migration (IOM) is the United Nations agency for migration. Our office serves Belgium and Luxembourg, where IOM has worked since 1973.": (
        "De Internationale Organisatie voor Migratie (IOM) is het migratieagentschap van de Verenigde Naties. Ons "
        "kantoor is actief in België en Luxemburg, waar de IOM sinds 1973 werkt."
    ),
    "the year IOM was founded": "het jaar waarin de IOM werd opgericht",
    "member states": "lidstaten",
    "countries where IOM is present": "landen waar de IOM aanwezig is",
    "IOM present in Belgium since": "IOM aanwezig in België sinds",
    # Who We Are
    "Who We Are": "Wie zijn wij",
    "who-we-are": "wie-zijn-wij",
    "IOM belongs to the United Nations System and is the leading intergovernmental organization working for humane and orderly migration that benefits everyone.": (
        "De IOM maakt deel uit van het systeem van de Verenigde Naties en is de belangrijkste intergouvernementele "
        "organisatie die zich inzet voor humane en ordelijke migratie waar iedereen baat bij heeft."
    ),
    "Since 1951 IOM has helped governments, migrants and communities meet the challenges of migration. Today it counts 175 member states and works in more than 100 countries.": (
        "Sinds 1951 helpt de IOM overheden, migranten en gemeenschappen om de uitdagingen van migratie aan te gaan. "
        "Vandaag telt de organisatie 175 lidstaten en is ze actief in meer dan 100 landen."
    ),
    "In Belgium, IOM has had a presence since 1973; the same office also serves Luxembourg.": (
        "In België is de IOM sinds 1973 aanwezig; hetzelfde kantoor is ook bevoegd voor Luxemburg."
    ),
    "IOM at a glance": "De IOM in een oogopslag",
    "countries": "landen",
    "in Belgium since": "in België sinds",
    # Our Work
    "Our Work": "Ons werk",
    "our-work": "ons-werk",
    "IOM in Belgium and Luxembourg responds to the humanitarian needs of migrants, returnees and host communities, and helps deliver the 2030 Agenda.": (
        "In België en Luxemburg komt de IOM tegemoet aan de humanitaire behoeften van migranten, terugkeerders en "
        "gastgemeenschappen, en draagt ze bij aan de uitvoering van de Agenda 2030."
    ),
    "Our areas of work link emergency help with sustainable development. Together they form a complete response, from a migrant's first contact with the office to life after return or integration.": (
        "Onze werkterreinen verbinden noodhulp met duurzame ontwikkeling. Samen vormen ze een volledig antwoord, "
        "van het eerste contact van een migrant met het kantoor tot het leven na de terugkeer of de integratie."
    ),
    # News
    "News": "Nieuws",
    "news": "nieuws",
    "Statements, press releases, news and stories from IOM Belgium and Luxembourg.": (
        "Verklaringen, persberichten, nieuws en verhalen van IOM België en Luxemburg."
    ),
    # About
    "About": "Over ons",
    "about": "over-ons",
    "The IOM office for Belgium and Luxembourg and what it does.": (
        "Het IOM-kantoor voor België en Luxemburg en wat het doet."
    ),
    "The country office works with the authorities of Belgium and Luxembourg, with civil society and with migrants themselves. Its teams respond to the needs of migrants, of people returning to their countries of origin, and of the communities that host them.": (
        "Het landenkantoor werkt samen met de Belgische en Luxemburgse overheden, met het maatschappelijk middenveld "
        "en met migranten zelf. De teams komen tegemoet aan de behoeften van migranten, van mensen die naar hun "
        "land van herkomst terugkeren en van de gemeenschappen die hen opvangen."
    ),
    "How we work": "Hoe we werken",
    "Our publications": "Onze publicaties",
    "Cover of the factsheet: blue and orange shapes": "Omslag van de factsheet: blauwe en oranje vormen",
    "Assisted voluntary return and reintegration: factsheet": "Begeleide vrijwillige terugkeer en re-integratie: factsheet",
    "Cover of the annual overview: layered blue circles": "Omslag van het jaaroverzicht: blauwe cirkels over elkaar",
    "Annual overview 2023": "Jaaroverzicht 2023",
    "Cover of the guide: blue and yellow bands": "Omslag van de gids: blauwe en gele banden",
    "Voluntary return: a guide for partner organisations": "Vrijwillige terugkeer: een gids voor partnerorganisaties",
    "Our programmes connect humanitarian assistance with long-term development, in line with the 2030 Agenda for Sustainable Development.": (
        "Onze programma’s verbinden humanitaire hulp met ontwikkeling op lange termijn, in lijn met de Agenda 2030 "
        "voor Duurzame Ontwikkeling."
    ),
    # IOM Global
    "IOM Global": "IOM wereldwijd",
    "iom-global": "iom-wereldwijd",
    "The worldwide organization that the Belgium and Luxembourg office belongs to.": (
        "De wereldwijde organisatie waartoe het kantoor voor België en Luxemburg behoort."
    ),
    "IOM was founded in 1951, following a conference held in Brussels, and has grown into the United Nations agency for migration, part of the United Nations System.": (
        "De IOM werd in 1951 opgericht na een conferentie in Brussel en is uitgegroeid tot het migratieagentschap "
        "van de Verenigde Naties, als onderdeel van het VN-systeem."
    ),
    "Worldwide": "Wereldwijd",
    "countries with an IOM presence": "landen waar de IOM aanwezig is",
    # Cross-cutting (Global)
    "Cross-cutting (Global)": "Transversaal (wereldwijd)",
    "cross-cutting-global": "transversaal-wereldwijd",
    "Work that supports every one of our programmes: evidence, engagement and global goals.": (
        "Werk dat al onze programma’s ondersteunt: onderbouwde kennis, engagement en wereldwijde doelstellingen."
    ),
    "Some of what we do serves all our programmes at once: sharing data and publications, inviting people and partners to act, and tying our work to the global goals.": (
        "Een deel van ons werk dient al onze programma’s tegelijk: gegevens en publicaties delen, mensen en "
        "partners uitnodigen om in actie te komen, en ons werk verbinden met de wereldwijde doelstellingen."
    ),
    # The statement (title translated faithfully; the body is our own summary, in reported speech)
    "International Migrants Day Statement, IOM Director General António Vitorino: “Harnessing the Potential of Human Mobility”": (
        "Verklaring van IOM-directeur-generaal António Vitorino op de Internationale Dag van de Migrant: “Het "
        "potentieel van menselijke mobiliteit benutten”"
    ),
    "international-migrants-day-statement-2021": "verklaring-internationale-dag-van-de-migrant-2021",
    "Geneva": "Genève",
    "For International Migrants Day 2021, IOM's Director General António Vitorino looked back on seven decades of the Organization's work and called on governments to include all migrants in their recovery from the pandemic. This page gives our summary of his statement.": (
        "Ter gelegenheid van de Internationale Dag van de Migrant 2021 blikte IOM-directeur-generaal António "
        "Vitorino terug op zeven decennia werk van de Organisatie en riep hij regeringen op om alle migranten te "
        "betrekken bij hun herstel na de pandemie. Op deze pagina vindt u onze samenvatting van zijn verklaring."
    ),
    "Our summary of the statement": "Onze samenvatting van de verklaring",
    "The Director General noted that the day came almost exactly 70 years after the Brussels conference that led to the creation of IOM, and that the Organization has since helped millions of migrants while working with its member states for safe, orderly and dignified migration.": (
        "De directeur-generaal merkte op dat de dag bijna precies 70 jaar na de conferentie van Brussel viel die tot "
        "de oprichting van de IOM had geleid, en dat de Organisatie sindsdien miljoenen migranten had geholpen en "
        "samen met haar lidstaten had gewerkt aan veilige, ordelijke en waardige migratie."
    ),
    "He warned that two years of the COVID-19 pandemic had fed hostility towards migrants and that migrants were increasingly used as instruments of state policy, and he condemned the smugglers who exploit people on migration routes.": (
        "Hij waarschuwde dat twee jaar COVID-19-pandemie de vijandigheid tegenover migranten had aangewakkerd en dat "
        "migranten steeds vaker als instrument van staatsbeleid werden ingezet, en hij veroordeelde de smokkelaars "
        "die mensen op migratieroutes uitbuiten."
    ),
    "Remittances": "Geldovermakingen",
    "USD 540 billion": "USD 540 miljard",
    "sent home by migrants in the previous year to lower and middle-income countries": (
        "het jaar voordien door migranten naar huis gestuurd, naar lage- en middeninkomenslanden"
    ),
    "Migrant workers, he recalled, kept essential services running during the pandemic. He asked governments to include migrants in recovery plans whatever their legal status, and to strengthen legal pathways for migration that respect both national sovereignty and human rights.": (
        "Hij herinnerde eraan dat arbeidsmigranten tijdens de pandemie de essentiële diensten draaiende hielden. Hij "
        "vroeg regeringen om migranten, ongeacht hun juridische status, op te nemen in hun herstelplannen en om "
        "legale migratiekanalen te versterken die zowel de nationale soevereiniteit als de mensenrechten "
        "respecteren."
    ),
    "He pointed to the International Migration Review Forum, due the following May, as the moment to review progress on the Global Compact for Safe, Orderly and Regular Migration.": (
        "Hij wees op het International Migration Review Forum, dat in mei van het jaar daarop zou plaatsvinden, als "
        "het moment om de vooruitgang te evalueren van het Mondiaal Pact voor veilige, ordelijke en reguliere "
        "migratie."
    ),
    # Data and Resources
    "Data and Resources": "Gegevens en bronnen",
    "data-and-resources": "gegevens-en-bronnen",
    "Reports, factsheets and data on migration in Belgium and Luxembourg.": (
        "Rapporten, factsheets en gegevens over migratie in België en Luxemburg."
    ),
    "This is where we publish our reports, factsheets and datasets, so that policy makers, researchers and journalists can work from the evidence.": (
        "Hier publiceren we onze rapporten, factsheets en datasets, zodat beleidsmakers, onderzoekers en "
        "journalisten zich op feiten kunnen baseren."
    ),
    # Take Action
    "Take Action": "Kom in actie",
    "take-action": "kom-in-actie",
    "Ways to support migrants and to work with IOM.": "Manieren om migranten te steunen en met de IOM samen te werken.",
    "Individuals, companies and organisations can all help: by volunteering, by partnering with us, or by supporting IOM's work around the world.": (
        "Particulieren, bedrijven en organisaties kunnen allemaal helpen: door vrijwilligerswerk te doen, door "
        "partner van ons te worden of door het werk van de IOM wereldwijd te steunen."
    ),
    "Support IOM": "Steun de IOM",
    "Donations help IOM assist migrants and displaced people in crises around the world.": (
        "Giften helpen de IOM om migranten en ontheemden bij te staan in crises over de hele wereld."
    ),
    "Donate to IOM": "Doneer aan de IOM",
    "Become a partner": "Word partner",
    "Companies, foundations and organisations can work with IOM on projects in Belgium, Luxembourg and beyond.": (
        "Bedrijven, stichtingen en organisaties kunnen met de IOM samenwerken aan projecten in België, Luxemburg en "
        "daarbuiten."
    ),
    "Partnering with IOM": "Partnerschappen met de IOM",
    "I agree that IOM Belgium and Luxembourg keeps the details I send with this form and uses them only to reply to me. I can ask for them to be deleted at any time.": (
        "Ik ga ermee akkoord dat IOM België en Luxemburg de gegevens die ik met dit formulier verstuur bewaart en "
        "ze alleen gebruikt om mij te antwoorden. Ik kan op elk moment vragen om ze te verwijderen."
    ),
    "Thank you for writing to IOM Belgium and Luxembourg. We read every message and will reply as soon as we can.": (
        "Bedankt voor uw bericht aan IOM België en Luxemburg. We lezen elk bericht en antwoorden zo snel mogelijk."
    ),
    "Your name": "Uw naam",
    "Your e-mail address": "Uw e-mailadres",
    "We use it only to reply to you.": "We gebruiken het alleen om u te antwoorden.",
    "How would you like to help?": "Hoe wilt u helpen?",
    "Volunteer<br/>Become a partner<br/>Something else": "Vrijwilligerswerk doen<br/>Partner worden<br/>Iets anders",
    "Your message": "Uw bericht",
    # 2030 Agenda
    "2030 Agenda": "Agenda 2030",
    "2030-agenda": "agenda-2030",
    "How our work contributes to the Sustainable Development Goals.": (
        "Hoe ons werk bijdraagt aan de Duurzame Ontwikkelingsdoelstellingen."
    ),
    "Migration touches many of the Sustainable Development Goals. IOM helps states make sure that migrants are counted, protected and included as the goals of the 2030 Agenda are pursued.": (
        "Migratie raakt aan veel van de Duurzame Ontwikkelingsdoelstellingen. De IOM helpt staten ervoor te zorgen "
        "dat migranten worden meegeteld, beschermd en betrokken bij het nastreven van de doelstellingen van de "
        "Agenda 2030."
    ),
    # Topics
    "Migrants' rights": "Rechten van migranten",
    "Migration and development": "Migratie en ontwikkeling",
    "Return and reintegration": "Terugkeer en re-integratie",
    # Sustainable Development Goals (official Dutch short names, as used in Belgium)
    "No poverty": "Geen armoede",
    "Zero hunger": "Geen honger",
    "Good health and well-being": "Goede gezondheid en welzijn",
    "Quality education": "Kwaliteitsonderwijs",
    "Gender equality": "Gendergelijkheid",
    "Clean water and sanitation": "Schoon water en sanitair",
    "Affordable and clean energy": "Betaalbare en duurzame energie",
    "Decent work and economic growth": "Eerlijk werk en economische groei",
    "Industry, innovation and infrastructure": "Industrie, innovatie en infrastructuur",
    "Reduced inequalities": "Ongelijkheid verminderen",
    "Sustainable cities and communities": "Duurzame steden en gemeenschappen",
    "Responsible consumption and production": "Verantwoorde consumptie en productie",
    "Climate action": "Klimaatactie",
    "Life below water": "Leven in het water",
    "Life on land": "Leven op het land",
    "Peace, justice and strong institutions": "Vrede, justitie en sterke publieke diensten",
    "Partnerships for the goals": "Partnerschap om doelstellingen te bereiken",
    # Resources of the library
    "Assisted voluntary return and reintegration from Belgium: factsheet": (
        "Begeleide vrijwillige terugkeer en re-integratie vanuit België: factsheet"
    ),
    "assisted-voluntary-return-factsheet": "factsheet-begeleide-vrijwillige-terugkeer",
    "What assisted voluntary return and reintegration means, who can ask for it in Belgium, and how IOM works with the authorities and partner organisations to help people go home in safety and dignity.": (
        "Wat begeleide vrijwillige terugkeer en re-integratie inhouden, wie er in België om kan vragen, en hoe IOM "
        "met de overheid en partnerorganisaties samenwerkt om mensen te helpen veilig en waardig naar huis terug "
        "te keren."
    ),
    "Returning home is a personal decision. The factsheet explains the steps, from the first conversation with an adviser to support after arrival in the country of origin.": (
        "Terugkeren is een persoonlijke beslissing. De factsheet legt de stappen uit, van het eerste gesprek met "
        "een consulent tot de ondersteuning na aankomst in het land van herkomst."
    ),
    "IOM Belgium and Luxembourg: annual overview 2023": "IOM België en Luxemburg: jaaroverzicht 2023",
    "annual-overview-2023": "jaaroverzicht-2023",
    "A short overview of what the office did in 2023: return and reintegration, help for migrants in vulnerable situations, labour migration and work with partners in both countries.": (
        "Een kort overzicht van wat het kantoor in 2023 deed: terugkeer en re-integratie, hulp aan migranten in "
        "kwetsbare situaties, arbeidsmigratie en samenwerking met partners in beide landen."
    ),
    "The overview is written for partners, donors and anyone who wants to know how IOM works in Belgium and Luxembourg. It links each programme to the goals of the 2030 Agenda.": (
        "Het overzicht is bedoeld voor partners, donoren en iedereen die wil weten hoe IOM in België en Luxemburg "
        "werkt. Het verbindt elk programma met de doelstellingen van de Agenda 2030."
    ),
    "Remittances: data and research on the money migrants send home": (
        "Geldovermakingen: gegevens en onderzoek over het geld dat migranten naar huis sturen"
    ),
    "remittances-data": "gegevens-geldovermakingen",
    "Migrants send a large part of what they earn to their families. IOM's global data and research teams publish figures and studies on these remittances and on what they mean for development.": (
        "Migranten sturen een groot deel van wat ze verdienen naar hun familie. De wereldwijde data- en "
        "onderzoeksteams van IOM publiceren cijfers en studies over deze geldovermakingen en over wat ze betekenen "
        "voor ontwikkeling."
    ),
    "Remittances are one of the largest flows of money to lower and middle-income countries. The link leads to IOM's data and research pages on iom.int.": (
        "Geldovermakingen behoren tot de grootste geldstromen naar lage- en middeninkomenslanden. De link leidt naar "
        "de pagina’s van IOM over data en onderzoek op iom.int."
    ),
    "Voluntary return: a guide for partner organisations (in French)": (
        "Vrijwillige terugkeer: een gids voor partnerorganisaties (in het Frans)"
    ),
    "return-guide-for-partners": "gids-terugkeer-voor-partners",
    "A guide in French for social workers and partner organisations in Belgium who advise migrants thinking about a return to their country of origin.": (
        "Een Franstalige gids voor maatschappelijk werkers en partnerorganisaties in België die migranten "
        "adviseren die overwegen terug te keren naar hun land van herkomst."
    ),
    "The guide describes the questions advisers often hear, the help that is available and the contacts to use. It is available in French only.": (
        "De gids beschrijft de vragen die consulenten vaak horen, de beschikbare hulp en de contacten die u kunt "
        "gebruiken. Hij is alleen in het Frans beschikbaar."
    ),
    # Accessibility statement
    "Accessibility statement": "Toegankelijkheidsverklaring",
    "accessibility": "toegankelijkheid",
    "We want everyone to be able to use this website, whichever device they use and whether they see, hear, move or read in different ways.": (
        "We willen dat iedereen deze website kan gebruiken, met welk toestel ook en ongeacht hoe u ziet, hoort, "
        "beweegt of leest."
    ),
    "How accessible this website is": "Hoe toegankelijk deze website is",
    "We aim for the website of IOM Belgium and Luxembourg to meet level AA of the Web Content Accessibility Guidelines (WCAG) 2.2, in English, French, Dutch and German alike. The website partly meets this standard: the limitations we know of are listed below.": (
        "We streven ernaar dat de website van IOM België en Luxemburg voldoet aan niveau AA van de Web Content "
        "Accessibility Guidelines (WCAG) 2.2, in het Nederlands net zo goed als in het Engels, het Frans en het "
        "Duits. De website voldoet gedeeltelijk aan deze norm: de beperkingen die we kennen, staan hieronder."
    ),
    "You should be able to:": "U zou het volgende moeten kunnen:",
    "reach every link, menu, search field and form with a keyboard alone, and see where you are;": (
        "elke link, elk menu, elk zoekveld en elk formulier bereiken met alleen het toetsenbord, en zien waar u "
        "bent;"
    ),
    "skip straight to the main content of each page;": "meteen naar de hoofdinhoud van elke pagina springen;",
    "use the website with a screen reader, with voice control or with text enlarged up to 200%;": (
        "de website gebruiken met een schermlezer, met spraakbesturing of met tekst die tot 200% is vergroot;"
    ),
    "read text with enough contrast against its background;": (
        "tekst lezen die voldoende contrasteert met de achtergrond;"
    ),
    "use every page on a small phone screen, without scrolling sideways.": (
        "elke pagina gebruiken op een klein telefoonscherm, zonder horizontaal te scrollen."
    ),
    "How we test the website": "Hoe we de website testen",
    "Each time the code of the website changes, automated checks run the axe-core accessibility engine on every type of page, from the home page and news to the resources library, the Take Action form, the search results and the error pages, in all four languages and at the widths of a phone and of a desktop screen. A change that breaks one of the checked rules makes the checks fail.": (
        "Telkens wanneer de code van de website verandert, controleren geautomatiseerde tests elk type pagina met "
        "de toegankelijkheidssoftware axe-core: van de startpagina en het nieuws tot de bibliotheek met gegevens "
        "en bronnen, het formulier op de pagina Kom in actie, de zoekresultaten en de foutpagina’s, in alle vier "
        "de talen en op de breedte van een telefoonscherm en van een computerscherm. Een wijziging die een van "
        "de gecontroleerde regels overtreedt, laat de tests mislukken."
    ),
    "Automated checks cannot find every problem, so we also test the main tasks with a keyboard only: skipping to the content, using the main menu, searching, changing the language and sending the contact form.": (
        "Geautomatiseerde tests vinden niet elk probleem. Daarom testen we de belangrijkste taken ook met alleen "
        "het toetsenbord: naar de inhoud springen, het hoofdmenu gebruiken, zoeken, van taal wisselen en het "
        "contactformulier versturen."
    ),
    "Known limitations": "Bekende beperkingen",
    "Some documents in our resources library, in particular PDF files written by partner organisations, may not be fully accessible: they can lack headings, text alternatives for images or a reading order that works with a screen reader.": (
        "Sommige documenten in onze bibliotheek, vooral pdf-bestanden van partnerorganisaties, zijn mogelijk niet "
        "volledig toegankelijk: er kunnen koppen, tekstalternatieven voor afbeeldingen of een leesvolgorde die "
        "met een schermlezer werkt, ontbreken."
    ),
    "Videos and other content embedded from other websites follow the accessibility of those websites.": (
        "Video’s en andere inhoud die van andere websites is ingesloten, zijn zo toegankelijk als die websites "
        "zelf."
    ),
    "Some documents are only available in the language in which they were written.": (
        "Sommige documenten zijn alleen beschikbaar in de taal waarin ze zijn geschreven."
    ),
    "If you need a document in another format, tell us which one and we will do our best to help.": (
        "Hebt u een document in een ander formaat nodig? Laat ons weten welk document het is, dan doen we ons "
        "best om u te helpen."
    ),
    "Tell us about a problem": "Meld ons een probleem",
    "If you cannot use part of this website, or find it hard to use, please let us know through the form on our Take Action page. Tell us the address of the page and what went wrong. We read every message and will reply as soon as we can.": (
        "Kunt u een deel van deze website niet gebruiken, of vindt u het moeilijk te gebruiken? Laat het ons "
        "weten via het formulier op onze pagina Kom in actie. Vermeld het adres van de pagina en wat er misging. "
        "We lezen elk bericht en antwoorden zo snel mogelijk."
    ),
    "Report an accessibility problem": "Een toegankelijkheidsprobleem melden",
    "Our contact form can be filled in and sent with a keyboard alone.": (
        "Ons contactformulier kunt u met alleen het toetsenbord invullen en versturen."
    ),
    "Write to us": "Schrijf ons",
    "About this statement": "Over deze verklaring",
    "This statement was prepared on 29 November 2026. It describes the website as it was tested on that day, and we will update it when the website changes in ways that affect accessibility.": (
        "Deze verklaring is opgesteld op 29 november 2026. Ze beschrijft de website zoals die op die dag is "
        "getest. We werken ze bij wanneer de website verandert op een manier die de toegankelijkheid beïnvloedt."
    ),
}
