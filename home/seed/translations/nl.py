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
    # The news index: statements, press releases, news and stories (the two stories are fictional)
    "Country Office": "Landenkantoor",
    "World Refugee Day 2019: standing with people forced to flee": "Wereldvluchtelingendag 2019: naast de mensen die moeten vluchten",
    "world-refugee-day-2019": "wereldvluchtelingendag-2019",
    "On World Refugee Day, IOM Belgium and Luxembourg joins its partners in recognising the courage of people forced to flee their homes, and the communities that welcome them.": (
        "Op Wereldvluchtelingendag sluit IOM België en Luxemburg zich aan bij haar partners om de moed te "
        "erkennen van mensen die hun huis moesten ontvluchten, en van de gemeenschappen die hen onthalen."
    ),
    "Protection and welcome go together": "Bescherming en onthaal gaan hand in hand",
    "Refugees and migrants often travel the same routes and face the same dangers. Whatever their status, every person on the move has rights that must be respected.": (
        "Vluchtelingen en migranten volgen vaak dezelfde routes en lopen dezelfde gevaren. Wat hun status ook"
        " is, iedereen die onderweg is heeft rechten die gerespecteerd moeten worden."
    ),
    "In Belgium and Luxembourg, municipalities, schools, employers and volunteers do much to help newcomers find their place. We thank them for their work.": (
        "In België en Luxemburg doen gemeenten, scholen, werkgevers en vrijwilligers veel om nieuwkomers te "
        "helpen hun plaats te vinden. We danken hen voor hun werk."
    ),
    "We will keep working with the authorities and with civil society so that protection, information and support reach the people who need them.": (
        "We blijven samenwerken met de overheden en het middenveld, zodat bescherming, informatie en steun de"
        " mensen bereiken die ze nodig hebben."
    ),
    "Brussels": "Brussel",
    "One year after Marrakech: putting the Global Compact for Migration into practice": "Een jaar na Marrakesh: het Mondiaal Migratiepact in de praktijk brengen",
    "global-compact-for-migration-one-year-on": "een-jaar-na-marrakesh-mondiaal-migratiepact",
    "A year after the Global Compact for Safe, Orderly and Regular Migration was adopted in Marrakech, IOM Belgium and Luxembourg explains how it helps to put its objectives into practice.": (
        "Een jaar nadat het Mondiaal Pact voor veilige, ordelijke en reguliere migratie in Marrakesh werd "
        "aangenomen, legt IOM België en Luxemburg uit hoe ze helpt om de doelstellingen ervan in de praktijk "
        "te brengen."
    ),
    "The Global Compact was adopted in Marrakech in December 2018. It is the first intergovernmental agreement to cover all dimensions of international migration. It is not legally binding, and it respects the sovereignty of each state.": (
        "Het Mondiaal Pact werd in december 2018 in Marrakesh aangenomen. Het is het eerste "
        "intergouvernementele akkoord dat alle aspecten van internationale migratie behandelt. Het is "
        "juridisch niet bindend en respecteert de soevereiniteit van elke staat."
    ),
    "The Global Compact in brief": "Het Mondiaal Pact in het kort",
    "the year it was adopted in Marrakech": "het jaar waarin het in Marrakesh werd aangenomen",
    "objectives for safe, orderly and regular migration": "doelstellingen voor veilige, ordelijke en reguliere migratie",
    "Our office supports its implementation through accurate information for migrants, safe and dignified return and reintegration, the fight against trafficking in persons, and better data on migration.": (
        "Ons kantoor steunt de uitvoering ervan met betrouwbare informatie voor migranten, een veilige en "
        "waardige terugkeer en re-integratie, de strijd tegen mensenhandel en betere gegevens over migratie."
    ),
    "World Day against Trafficking in Persons: awareness sessions for frontline workers in Antwerp": "Werelddag tegen mensenhandel: sensibiliseringssessies voor eerstelijnswerkers in Antwerpen",
    "counter-trafficking-awareness-antwerp": "sensibilisering-mensenhandel-antwerpen",
    "To mark the World Day against Trafficking in Persons, our team held awareness sessions in Antwerp for social workers, health staff and volunteers who may meet victims of trafficking.": (
        "Naar aanleiding van de Werelddag tegen mensenhandel hield ons team in Antwerpen "
        "sensibiliseringssessies voor maatschappelijk werkers, zorgpersoneel en vrijwilligers die "
        "slachtoffers van mensenhandel kunnen tegenkomen."
    ),
    "Recognising the signs": "De signalen herkennen",
    "Victims of trafficking rarely ask for help themselves. They may fear the authorities, owe money to the people who exploit them or not know their rights. The sessions covered common signs, such as:": (
        "Slachtoffers van mensenhandel vragen zelden zelf om hulp. Ze kunnen bang zijn voor de overheid, geld"
        " schuldig zijn aan wie hen uitbuit of hun rechten niet kennen. De sessies behandelden "
        "veelvoorkomende signalen, zoals:"
    ),
    "a person who does not keep their own identity documents;": "iemand die zijn of haar identiteitsdocumenten niet zelf bijhoudt;",
    "work in conditions that were never agreed, with long hours and little or no pay;": "werk in omstandigheden die nooit zo afgesproken waren, met lange dagen en weinig of geen loon;",
    "a debt to an employer or an intermediary that never seems to shrink.": "een schuld bij een werkgever of tussenpersoon die nooit kleiner lijkt te worden.",
    "Participants also learned where to refer a person they are worried about. Because of the pandemic, the sessions were held in small groups and online.": (
        "De deelnemers leerden ook naar wie ze iemand kunnen doorverwijzen over wie ze zich zorgen maken. "
        "Door de pandemie vonden de sessies plaats in kleine groepen en online."
    ),
    "Antwerp": "Antwerpen",
    "Samuel's workshop: a fresh start after returning home": "De werkplaats van Samuel: een nieuwe start na de terugkeer",
    "samuels-workshop-a-fresh-start": "de-werkplaats-van-samuel-een-nieuwe-start",
    "After several years in Belgium, Samuel chose to go back to his home country and open a small repair workshop. His story is fictional, drawn from experiences that many returnees share.": (
        "Na enkele jaren in België besloot Samuel terug te keren naar zijn land van herkomst en er een kleine"
        " herstelwerkplaats te openen. Zijn verhaal is fictief en gebaseerd op ervaringen die veel "
        "terugkeerders delen."
    ),
    "Samuel first came to a counsellor in Liège with one question: could he go home without losing everything he had built in Belgium? Together they looked at his options, and he decided that voluntary return was the right choice for him and his family.": (
        "Samuel stapte eerst naar een consulent in Luik met één vraag: kon hij naar huis gaan zonder alles te"
        " verliezen wat hij in België had opgebouwd? Samen bekeken ze zijn mogelijkheden, en hij besliste dat"
        " vrijwillige terugkeer de juiste keuze was voor hem en zijn gezin."
    ),
    "Before he left, he drew up a simple business plan. Once he was home, partners of IOM helped him buy tools and spare parts, and gave him a short course in bookkeeping.": (
        "Voor zijn vertrek stelde hij een eenvoudig ondernemingsplan op. Eenmaal thuis hielpen partners van "
        "de IOM hem om gereedschap en reserveonderdelen te kopen, en kreeg hij een korte opleiding "
        "boekhouden."
    ),
    "A year later": "Een jaar later",
    "The workshop now repairs phones, radios and small household appliances, and Samuel has taken on an apprentice. The hardest part was the first few months, before customers knew where to find him.": (
        "De werkplaats herstelt nu telefoons, radio’s en kleine huishoudtoestellen, en Samuel heeft een "
        "leerling in dienst genomen. Het moeilijkste waren de eerste maanden, voordat klanten wisten waar ze "
        "hem konden vinden."
    ),
    "Liège": "Luik",
    "First International Migration Review Forum takes stock of the Global Compact for Migration": "Eerste International Migration Review Forum maakt de balans op van het Mondiaal Migratiepact",
    "international-migration-review-forum-2022": "eerste-international-migration-review-forum-2022",
    "In May 2022, states met at the United Nations for the first International Migration Review Forum, to review progress on the Global Compact for Safe, Orderly and Regular Migration.": (
        "In mei 2022 kwamen de staten bij de Verenigde Naties samen voor het eerste International Migration "
        "Review Forum, om de vooruitgang van het Mondiaal Pact voor veilige, ordelijke en reguliere migratie "
        "te evalueren."
    ),
    "The Forum takes place every four years. Governments, UN agencies, civil society, migrants and other partners share what has worked, what has not, and what remains to be done.": (
        "Het Forum vindt om de vier jaar plaats. Regeringen, VN-organisaties, het middenveld, migranten en "
        "andere partners delen er wat gewerkt heeft, wat niet, en wat nog moet gebeuren."
    ),
    "The first Forum ended with a Progress Declaration, in which states renewed their commitment to the Global Compact and its guiding principles.": (
        "Het eerste Forum werd afgesloten met een Voortgangsverklaring, waarin de staten hun engagement voor "
        "het Mondiaal Pact en zijn leidende beginselen hernieuwden."
    ),
    "For our office, the Forum is also a reminder that the Compact is put into practice locally: in how migrants are informed, protected and included in Belgium and Luxembourg.": (
        "Voor ons kantoor herinnert het Forum er ook aan dat het Pact lokaal in de praktijk wordt gebracht: "
        "in de manier waarop migranten in België en Luxemburg worden geïnformeerd, beschermd en betrokken."
    ),
    "Information sessions on voluntary return in Luxembourg": "Infosessies over vrijwillige terugkeer in Luxemburg",
    "voluntary-return-information-sessions-luxembourg": "infosessies-vrijwillige-terugkeer-luxemburg",
    "Our team met social workers and reception staff in Luxembourg to explain how assisted voluntary return and reintegration works and who can ask for it.": (
        "Ons team ontmoette maatschappelijk werkers en opvangpersoneel in Luxemburg om uit te leggen hoe "
        "begeleide vrijwillige terugkeer en re-integratie werkt en wie erom kan vragen."
    ),
    "Clear information, free choice": "Duidelijke informatie, vrije keuze",
    "Assisted voluntary return gives migrants who wish to go back to their country of origin the support to do so safely and with dignity. The decision is always theirs.": (
        "Begeleide vrijwillige terugkeer geeft migranten die naar hun land van herkomst willen terugkeren de "
        "steun om dat veilig en waardig te doen. De beslissing ligt altijd bij hen."
    ),
    "The sessions covered who can apply, how a return is organised, and the reintegration support that can follow in the country of origin.": (
        "De sessies behandelden wie een aanvraag kan indienen, hoe een terugkeer wordt georganiseerd en welke"
        " re-integratiesteun er in het land van herkomst kan volgen."
    ),
    "Staff who work with migrants every day can now give accurate information and refer people to our counsellors.": (
        "Wie dagelijks met migranten werkt, kan nu correcte informatie geven en mensen doorverwijzen naar "
        "onze consulenten."
    ),
    "Luxembourg": "Luxemburg",
    "World Refugee Day 2023: inclusion starts in our towns and cities": "Wereldvluchtelingendag 2023: inclusie begint in onze steden en gemeenten",
    "world-refugee-day-2023": "wereldvluchtelingendag-2023",
    "On World Refugee Day, IOM Belgium and Luxembourg highlights the role of local communities in helping refugees and migrants rebuild their lives.": (
        "Op Wereldvluchtelingendag belicht IOM België en Luxemburg de rol van lokale gemeenschappen die "
        "vluchtelingen en migranten helpen hun leven opnieuw op te bouwen."
    ),
    "Including refugees in the life of their new community, at school, at work and in their neighbourhood, benefits everyone. It helps newcomers stand on their own feet and lets towns draw on their skills.": (
        "Vluchtelingen betrekken bij het leven van hun nieuwe gemeenschap, op school, op het werk en in hun "
        "buurt, is goed voor iedereen. Het helpt nieuwkomers om op eigen benen te staan en laat steden en "
        "gemeenten een beroep doen op hun vaardigheden."
    ),
    "We call for continued investment in language courses, in the recognition of qualifications and in access to decent work.": (
        "We vragen om te blijven investeren in taallessen, in de erkenning van kwalificaties en in toegang "
        "tot waardig werk."
    ),
    "We also recall that most people forced to flee stay in countries close to home, and that solidarity with those countries remains essential.": (
        "We herinneren er ook aan dat de meeste mensen die moeten vluchten in landen dicht bij huis blijven, "
        "en dat solidariteit met die landen essentieel blijft."
    ),
    "From a training course to a first job: Lina's year in Antwerp": "Van een opleiding naar een eerste job: het jaar van Lina in Antwerpen",
    "linas-first-year-in-antwerp": "het-eerste-jaar-van-lina-in-antwerpen",
    "Lina arrived in Antwerp with a nursing diploma and no Dutch. This fictional story, based on common experiences, follows her first year of lessons, paperwork and work.": (
        "Lina kwam in Antwerpen aan met een diploma verpleegkunde en zonder een woord Nederlands. Dit "
        "fictieve verhaal, gebaseerd op veelvoorkomende ervaringen, volgt haar eerste jaar van lessen, "
        "papierwerk en werk."
    ),
    "In her first months, Lina took Dutch lessons every morning and spent her afternoons gathering the documents she needed to have her diploma recognised.": (
        "De eerste maanden volgde Lina elke ochtend Nederlandse les en verzamelde ze ’s middags de documenten"
        " die ze nodig had om haar diploma te laten erkennen."
    ),
    "A mentoring programme matched her with a retired nurse, who helped her prepare for interviews and understand how hospitals work in Belgium.": (
        "Via een mentorprogramma kwam ze in contact met een gepensioneerde verpleegkundige, die haar hielp "
        "zich voor te bereiden op sollicitatiegesprekken en te begrijpen hoe ziekenhuizen in België werken."
    ),
    "A first step": "Een eerste stap",
    "By the end of the year, Lina was working as a care assistant while she completed the last steps to work as a nurse again. Her story shows how much a good welcome can change.": (
        "Tegen het einde van het jaar werkte Lina als zorgkundige, terwijl ze de laatste stappen zette om "
        "opnieuw als verpleegkundige aan de slag te gaan. Haar verhaal toont hoeveel een goed onthaal kan "
        "veranderen."
    ),
    "New guide helps employers recruit migrant workers fairly": "Nieuwe gids helpt werkgevers om arbeidsmigranten eerlijk te rekruteren",
    "fair-recruitment-guide-for-employers": "gids-eerlijke-rekrutering-voor-werkgevers",
    "IOM Belgium and Luxembourg publishes a short guide for employers who recruit workers from abroad, on fair recruitment and a good start in the workplace.": (
        "IOM België en Luxemburg publiceert een korte gids voor werkgevers die werknemers uit het buitenland "
        "aanwerven, over eerlijke rekrutering en een goede start op de werkvloer."
    ),
    "Labour mobility can meet the needs of employers and open new opportunities for workers, as long as recruitment is fair. The guide's main advice is to:": (
        "Arbeidsmobiliteit kan tegemoetkomen aan de noden van werkgevers en werknemers nieuwe kansen bieden, "
        "op voorwaarde dat de rekrutering eerlijk verloopt. De belangrijkste adviezen van de gids:"
    ),
    "work only with recruiters who charge no fees to workers;": "werk alleen met rekruteerders die werknemers geen kosten aanrekenen;",
    "give each worker a written contract in a language they understand, before they leave home;": "geef elke werknemer vóór zijn vertrek een schriftelijk contract in een taal die hij begrijpt;",
    "help new staff with housing, language and local procedures in their first weeks.": "help nieuwe medewerkers de eerste weken met huisvesting, taal en lokale formaliteiten.",
    "The guide is free and can be requested from our office.": "De gids is gratis en kan bij ons kantoor worden aangevraagd.",
    "International Migrants Day 2025: safe migration benefits us all": "Internationale Dag van de Migrant 2025: veilige migratie is goed voor iedereen",
    "international-migrants-day-2025": "internationale-dag-van-de-migrant-2025",
    "On International Migrants Day, IOM Belgium and Luxembourg recalls what migrants bring to both countries and calls for safe and regular pathways for migration.": (
        "Op de Internationale Dag van de Migrant herinnert IOM België en Luxemburg eraan wat migranten beide "
        "landen brengen en roept ze op tot veilige en reguliere migratiekanalen."
    ),
    "Our message for 18 December": "Onze boodschap voor 18 december",
    "Migrants work in hospitals, on building sites, in laboratories and in family businesses across Belgium and Luxembourg. Their contribution deserves recognition, and their rights deserve protection.": (
        "Migranten werken in ziekenhuizen, op bouwwerven, in laboratoria en in familiebedrijven overal in "
        "België en Luxemburg. Hun bijdrage verdient erkenning, en hun rechten verdienen bescherming."
    ),
    "Safe and regular pathways reduce the risk of dangerous journeys and exploitation. We encourage countries of origin, transit and destination to keep working together, in the spirit of the Global Compact for Migration.": (
        "Veilige en reguliere kanalen verkleinen het risico op gevaarlijke reizen en uitbuiting. We moedigen "
        "landen van herkomst, doorreis en bestemming aan om te blijven samenwerken, in de geest van het "
        "Mondiaal Migratiepact."
    ),
    "International Day of Family Remittances: small transfers, large impact": "Internationale Dag van Familieovermakingen: kleine bedragen, grote impact",
    "family-remittances-day-2026": "internationale-dag-van-familieovermakingen-2026",
    "Each year on 16 June, the International Day of Family Remittances recognises the money that migrants send to their families. We look at why these transfers matter.": (
        "Elk jaar op 16 juni staat de Internationale Dag van Familieovermakingen stil bij het geld dat "
        "migranten naar hun familie sturen. We bekijken waarom die overmakingen belangrijk zijn."
    ),
    "For many families, money sent by a relative abroad pays for food, school fees, medical care or a small business. Taken together, remittances are one of the largest flows of money to lower and middle-income countries.": (
        "Voor veel gezinnen betaalt het geld van een familielid in het buitenland voedsel, schoolkosten, "
        "medische zorg of een kleine zaak. Samen vormen geldovermakingen een van de grootste geldstromen naar"
        " lage- en middeninkomenslanden."
    ),
    "Sending money is still expensive on many routes. Lower fees and safe digital services leave more money with the families who need it.": (
        "Geld versturen is op veel routes nog altijd duur. Lagere kosten en veilige digitale diensten laten "
        "meer geld over voor de gezinnen die het nodig hebben."
    ),
    "Remittances in brief": "Geldovermakingen in het kort",
    "16 June": "16 juni",
    "International Day of Family Remittances": "Internationale Dag van Familieovermakingen",
    "the level below which the Sustainable Development Goals aim to bring the cost of sending money home by 2030": (
        "de drempel waaronder de Duurzame Ontwikkelingsdoelstellingen de kosten van geldovermakingen tegen "
        "2030 willen brengen"
    ),
}
