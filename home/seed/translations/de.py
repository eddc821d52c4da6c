"""German translations of the seeded content, keyed by the English string."""

STRINGS = {
    # Person and footer
    "IOM Director General": "Generaldirektor der IOM",
    "IOM Belgium and Luxembourg": "IOM Belgien und Luxemburg",
    "International Organization for Migration<br/>Rue Montoyer 40<br/>1000 Brussels, Belgium": (
        "Internationale Organisation für Migration<br/>Rue Montoyer 40<br/>1000 Brüssel, Belgien"
    ),
    "Monday to Friday, 9:00–17:00<br/>Closed on Belgian public holidays": (
        "Montag bis Freitag, 9:00–17:00 Uhr<br/>An belgischen Feiertagen geschlossen"
    ),
    "International Organization for Migration<br/>Brussels, Belgium": (
        "Internationale Organisation für Migration<br/>Brüssel, Belgien"
    ),
    'The country office of the International Organization for Migration for Belgium and Luxembourg. Part of the global IOM network: <a id="a1">iom.int</a>.': (
        "Das Länderbüro der Internationalen Organisation für Migration für Belgien und Luxemburg. "
        'Teil des weltweiten IOM-Netzwerks: <a id="a1">iom.int</a>.'
    ),
    # Home page
    "Home": "Startseite",
    "home": "startseite",
    "Migration that works for migrants and for societies": (
        "Migration, die Migrantinnen und Migranten und der Gesellschaft zugutekommt"
    ),
    "The International Organization for Migration (IOM) is the United Nations agency for migration. Our office serves Belgium and Luxembourg, where IOM has worked since 1973.": (
        "Die Internationale Organisation für Migration (IOM) ist die Migrationsorganisation der Vereinten Nationen. "
        "Unser Büro ist für Belgien und Luxemburg zuständig, wo die IOM seit 1973 tätig ist."
    ),
    "the year IOM was founded": "das Gründungsjahr der IOM",
    "member states": "Mitgliedstaaten",
    "countries where IOM is present": "Länder, in denen die IOM präsent ist",
    "IOM present in Belgium since": "IOM in Belgien präsent seit",
    # Who We Are
    "Who We Are": "Wer wir sind",
    "who-we-are": "wer-wir-sind",
    "IOM belongs to the United Nations System and is the leading intergovernmental organization working for humane and orderly migration that benefits everyone.": (
        "Die IOM gehört zum System der Vereinten Nationen und ist die führende zwischenstaatliche Organisation, die "
        "sich für eine humane und geordnete Migration zum Nutzen aller einsetzt."
    ),
    "Since 1951 IOM has helped governments, migrants and communities meet the challenges of migration. Today it counts 175 member states and works in more than 100 countries.": (
        "Seit 1951 unterstützt die IOM Regierungen, Migrantinnen und Migranten sowie Gemeinschaften dabei, die "
        "Herausforderungen der Migration zu bewältigen. Heute zählt sie 175 Mitgliedstaaten und ist in mehr als "
        "100 Ländern tätig."
    ),
    "In Belgium, IOM has had a presence since 1973; the same office also serves Luxembourg.": (
        "In Belgien ist die IOM seit 1973 präsent; dasselbe Büro ist auch für Luxemburg zuständig."
    ),
    "IOM at a glance": "Die IOM auf einen Blick",
    "countries": "Länder",
    "in Belgium since": "in Belgien seit",
    # Our Work
    "Our Work": "Unsere Arbeit",
    "our-work": "unsere-arbeit",
    "IOM in Belgium and Luxembourg responds to the humanitarian needs of migrants, returnees and host communities, and helps deliver the 2030 Agenda.": (
        "In Belgien und Luxemburg geht die IOM auf die humanitären Bedürfnisse von Migrantinnen und Migranten, "
        "Rückkehrenden und Aufnahmegemeinschaften ein und trägt zur Umsetzung der Agenda 2030 bei."
    ),
    "Our areas of work link emergency help with sustainable development. Together they form a complete response, from a migrant's first contact with the office to life after return or integration.": (
        "Unsere Arbeitsbereiche verbinden Nothilfe mit nachhaltiger Entwicklung. Gemeinsam bilden sie eine "
        "umfassende Antwort – vom ersten Kontakt einer Migrantin oder eines Migranten mit dem Büro bis zum Leben "
        "nach der Rückkehr oder der Integration."
    ),
    # News
    "News": "Aktuelles",
    "news": "aktuelles",
    "Statements, press releases, news and stories from IOM Belgium and Luxembourg.": (
        "Erklärungen, Pressemitteilungen, Nachrichten und Geschichten von IOM Belgien und Luxemburg."
    ),
    # About
    "About": "Über uns",
    "about": "ueber-uns",
    "The IOM office for Belgium and Luxembourg and what it does.": (
        "Das IOM-Büro für Belgien und Luxemburg und seine Arbeit."
    ),
    "The country office works with the authorities of Belgium and Luxembourg, with civil society and with migrants themselves. Its teams respond to the needs of migrants, of people returning to their countries of origin, and of the communities that host them.": (
        "Das Länderbüro arbeitet mit den Behörden Belgiens und Luxemburgs, mit der Zivilgesellschaft und mit den "
        "Migrantinnen und Migranten selbst zusammen. Seine Teams gehen auf die Bedürfnisse von Migrantinnen und "
        "Migranten ein, von Menschen, die in ihr Herkunftsland zurückkehren, und der Gemeinschaften, die sie "
        "aufnehmen."
    ),
    "How we work": "Wie wir arbeiten",
    "Our publications": "Unsere Publikationen",
    "Cover of the factsheet: blue and orange shapes": "Titelseite des Faktenblatts: blaue und orange Formen",
    "Assisted voluntary return and reintegration: factsheet": "Unterstützte freiwillige Rückkehr und Reintegration: Faktenblatt",
    "Cover of the annual overview: layered blue circles": "Titelseite des Jahresüberblicks: übereinanderliegende blaue Kreise",
    "Annual overview 2023": "Jahresüberblick 2023",
    "Cover of the guide: blue and yellow bands": "Titelseite des Leitfadens: blaue und gelbe Streifen",
    "Voluntary return: a guide for partner organisations": "Freiwillige Rückkehr: ein Leitfaden für Partnerorganisationen",
    "Our programmes connect humanitarian assistance with long-term development, in line with the 2030 Agenda for Sustainable Development.": (
        "Unsere Programme verbinden humanitäre Hilfe mit langfristiger Entwicklung, im Einklang mit der Agenda 2030 "
        "für nachhaltige Entwicklung."
    ),
    # IOM Global
    "IOM Global": "IOM weltweit",
    "iom-global": "iom-weltweit",
    "The worldwide organization that the Belgium and Luxembourg office belongs to.": (
        "Die weltweite Organisation, zu der das Büro für Belgien und Luxemburg gehört."
    ),
    "IOM was founded in 1951, following a conference held in Brussels, and has grown into the United Nations agency for migration, part of the United Nations System.": (
        "Die IOM wurde 1951 im Anschluss an eine Konferenz in Brüssel gegründet und hat sich zur "
        "Migrationsorganisation der Vereinten Nationen entwickelt, als Teil des Systems der Vereinten Nationen."
    ),
    "Worldwide": "Weltweit",
    "countries with an IOM presence": "Länder mit IOM-Präsenz",
    # Cross-cutting (Global)
    "Cross-cutting (Global)": "Übergreifend (global)",
    "cross-cutting-global": "uebergreifend-global",
    "Work that supports every one of our programmes: evidence, engagement and global goals.": (
        "Arbeit, die jedes unserer Programme unterstützt: Fakten, Engagement und globale Ziele."
    ),
    "Some of what we do serves all our programmes at once: sharing data and publications, inviting people and partners to act, and tying our work to the global goals.": (
        "Manches von dem, was wir tun, dient allen unseren Programmen zugleich: Daten und Publikationen teilen, "
        "Menschen und Partner zum Handeln einladen und unsere Arbeit mit den globalen Zielen verknüpfen."
    ),
    # The statement (title translated faithfully; the body is our own summary, in reported speech)
    "International Migrants Day Statement, IOM Director General António Vitorino: “Harnessing the Potential of Human Mobility”": (
        "Erklärung von IOM-Generaldirektor António Vitorino zum Internationalen Tag der Migranten: „Das Potenzial "
        "menschlicher Mobilität nutzen“"
    ),
    "international-migrants-day-statement-2021": "erklaerung-internationaler-tag-der-migranten-2021",
    "Geneva": "Genf",
    "For International Migrants Day 2021, IOM's Director General António Vitorino looked back on seven decades of the Organization's work and called on governments to include all migrants in their recovery from the pandemic. This page gives our summary of his statement.": (
        "Zum Internationalen Tag der Migranten 2021 blickte IOM-Generaldirektor António Vitorino auf sieben "
        "Jahrzehnte Arbeit der Organisation zurück und rief die Regierungen dazu auf, alle Migrantinnen und "
        "Migranten in die Erholung von der Pandemie einzubeziehen. Diese Seite gibt unsere Zusammenfassung seiner "
        "Erklärung wieder."
    ),
    "Our summary of the statement": "Unsere Zusammenfassung der Erklärung",
    "The Director General noted that the day came almost exactly 70 years after the Brussels conference that led to the creation of IOM, and that the Organization has since helped millions of migrants while working with its member states for safe, orderly and dignified migration.": (
        "Der Generaldirektor wies darauf hin, dass der Tag fast genau 70 Jahre nach der Brüsseler Konferenz liege, "
        "die zur Gründung der IOM geführt hatte, und dass die Organisation seither Millionen von Migrantinnen und "
        "Migranten geholfen und dabei mit ihren Mitgliedstaaten für eine sichere, geordnete und würdige Migration "
        "gearbeitet habe."
    ),
    "He warned that two years of the COVID-19 pandemic had fed hostility towards migrants and that migrants were increasingly used as instruments of state policy, and he condemned the smugglers who exploit people on migration routes.": (
        "Er warnte, dass zwei Jahre COVID-19-Pandemie die Feindseligkeit gegenüber Migrantinnen und Migranten "
        "geschürt hätten und dass diese zunehmend als Instrumente staatlicher Politik benutzt würden, und er "
        "verurteilte die Schleuser, die Menschen auf den Migrationsrouten ausbeuten."
    ),
    "Remittances": "Rücküberweisungen",
    "USD 540 billion": "USD 540 Milliarden",
    "sent home by migrants in the previous year to lower and middle-income countries": (
        "haben Migrantinnen und Migranten im Vorjahr in ihre Herkunftsländer mit niedrigem und mittlerem "
        "Einkommen überwiesen"
    ),
    "Migrant workers, he recalled, kept essential services running during the pandemic. He asked governments to include migrants in recovery plans whatever their legal status, and to strengthen legal pathways for migration that respect both national sovereignty and human rights.": (
        "Er erinnerte daran, dass Arbeitsmigrantinnen und -migranten während der Pandemie unverzichtbare Dienste "
        "aufrechterhalten hätten. Er forderte die Regierungen auf, Migrantinnen und Migranten unabhängig von ihrem "
        "rechtlichen Status in die Wiederaufbaupläne einzubeziehen und legale Migrationswege zu stärken, die sowohl "
        "die nationale Souveränität als auch die Menschenrechte achten."
    ),
    "He pointed to the International Migration Review Forum, due the following May, as the moment to review progress on the Global Compact for Safe, Orderly and Regular Migration.": (
        "Er verwies auf das Internationale Forum zur Überprüfung der Migration im darauffolgenden Mai als den "
        "Zeitpunkt, um die Fortschritte bei der Umsetzung des Globalen Pakts für eine sichere, geordnete und "
        "reguläre Migration zu überprüfen."
    ),
    # Data and Resources
    "Data and Resources": "Daten und Ressourcen",
    "data-and-resources": "daten-und-ressourcen",
    "Reports, factsheets and data on migration in Belgium and Luxembourg.": (
        "Berichte, Factsheets und Daten zur Migration in Belgien und Luxemburg."
    ),
    "This is where we publish our reports, factsheets and datasets, so that policy makers, researchers and journalists can work from the evidence.": (
        "Hier veröffentlichen wir unsere Berichte, Factsheets und Datensätze, damit Politik, Wissenschaft und Medien "
        "auf einer gesicherten Faktengrundlage arbeiten können."
    ),
    # Take Action
    "Take Action": "Aktiv werden",
    "take-action": "aktiv-werden",
    "Ways to support migrants and to work with IOM.": (
        "Möglichkeiten, Migrantinnen und Migranten zu unterstützen und mit der IOM zusammenzuarbeiten."
    ),
    "Individuals, companies and organisations can all help: by volunteering, by partnering with us, or by supporting IOM's work around the world.": (
        "Privatpersonen, Unternehmen und Organisationen können gleichermaßen helfen: durch ehrenamtliches "
        "Engagement, durch eine Partnerschaft mit uns oder durch die Unterstützung der weltweiten Arbeit der IOM."
    ),
    "Support IOM": "Die IOM unterstützen",
    "Donations help IOM assist migrants and displaced people in crises around the world.": (
        "Spenden helfen der IOM, Migrantinnen und Migranten sowie Vertriebenen in Krisen weltweit beizustehen."
    ),
    "Donate to IOM": "An die IOM spenden",
    "Become a partner": "Partner werden",
    "Companies, foundations and organisations can work with IOM on projects in Belgium, Luxembourg and beyond.": (
        "Unternehmen, Stiftungen und Organisationen können mit der IOM an Projekten in Belgien, Luxemburg und "
        "darüber hinaus zusammenarbeiten."
    ),
    "Partnering with IOM": "Partnerschaften mit der IOM",
    "I agree that IOM Belgium and Luxembourg keeps the details I send with this form and uses them only to reply to me. I can ask for them to be deleted at any time.": (
        "Ich bin damit einverstanden, dass IOM Belgien und Luxemburg die Angaben, die ich mit diesem Formular sende, "
        "speichert und nur verwendet, um mir zu antworten. Ich kann jederzeit verlangen, dass sie gelöscht werden."
    ),
    "Thank you for writing to IOM Belgium and Luxembourg. We read every message and will reply as soon as we can.": (
        "Vielen Dank für Ihre Nachricht an IOM Belgien und Luxemburg. Wir lesen jede Nachricht und antworten so "
        "bald wie möglich."
    ),
    "Your name": "Ihr Name",
    "Your e-mail address": "Ihre E-Mail-Adresse",
    "We use it only to reply to you.": "Wir verwenden sie nur, um Ihnen zu antworten.",
    "How would you like to help?": "Wie möchten Sie helfen?",
    "Volunteer<br/>Become a partner<br/>Something else": "Ehrenamtlich mitarbeiten<br/>Partner werden<br/>Etwas anderes",
    "Your message": "Ihre Nachricht",
    # 2030 Agenda
    "2030 Agenda": "Agenda 2030",
    "2030-agenda": "agenda-2030",
    "How our work contributes to the Sustainable Development Goals.": (
        "Wie unsere Arbeit zu den Zielen für nachhaltige Entwicklung beiträgt."
    ),
    "Migration touches many of the Sustainable Development Goals. IOM helps states make sure that migrants are counted, protected and included as the goals of the 2030 Agenda are pursued.": (
        "Migration berührt viele der Ziele für nachhaltige Entwicklung. Die IOM hilft Staaten sicherzustellen, dass "
        "Migrantinnen und Migranten bei der Verfolgung der Ziele der Agenda 2030 erfasst, geschützt und einbezogen "
        "werden."
    ),
    # Topics
    "Migrants' rights": "Rechte von Migrantinnen und Migranten",
    "Migration and development": "Migration und Entwicklung",
    "Return and reintegration": "Rückkehr und Reintegration",
    # Sustainable Development Goals (official German short names)
    "No poverty": "Keine Armut",
    "Zero hunger": "Kein Hunger",
    "Good health and well-being": "Gesundheit und Wohlergehen",
    "Quality education": "Hochwertige Bildung",
    "Gender equality": "Geschlechtergleichheit",
    "Clean water and sanitation": "Sauberes Wasser und Sanitäreinrichtungen",
    "Affordable and clean energy": "Bezahlbare und saubere Energie",
    "Decent work and economic growth": "Menschenwürdige Arbeit und Wirtschaftswachstum",
    "Industry, innovation and infrastructure": "Industrie, Innovation und Infrastruktur",
    "Reduced inequalities": "Weniger Ungleichheiten",
    "Sustainable cities and communities": "Nachhaltige Städte und Gemeinden",
    "Responsible consumption and production": "Nachhaltige/r Konsum und Produktion",
    "Climate action": "Maßnahmen zum Klimaschutz",
    "Life below water": "Leben unter Wasser",
    "Life on land": "Leben an Land",
    "Peace, justice and strong institutions": "Frieden, Gerechtigkeit und starke Institutionen",
    "Partnerships for the goals": "Partnerschaften zur Erreichung der Ziele",
    # Resources of the library
    "Assisted voluntary return and reintegration from Belgium: factsheet": (
        "Unterstützte freiwillige Rückkehr und Reintegration aus Belgien: Factsheet"
    ),
    "assisted-voluntary-return-factsheet": "factsheet-unterstuetzte-freiwillige-rueckkehr",
    "What assisted voluntary return and reintegration means, who can ask for it in Belgium, and how IOM works with the authorities and partner organisations to help people go home in safety and dignity.": (
        "Was unterstützte freiwillige Rückkehr und Reintegration bedeuten, wer sie in Belgien beantragen kann und "
        "wie die IOM mit den Behörden und Partnerorganisationen zusammenarbeitet, damit Menschen sicher und in "
        "Würde nach Hause zurückkehren können."
    ),
    "Returning home is a personal decision. The factsheet explains the steps, from the first conversation with an adviser to support after arrival in the country of origin.": (
        "Die Rückkehr in die Heimat ist eine persönliche Entscheidung. Das Factsheet erklärt die einzelnen Schritte, "
        "vom ersten Beratungsgespräch bis zur Unterstützung nach der Ankunft im Herkunftsland."
    ),
    "IOM Belgium and Luxembourg: annual overview 2023": "IOM Belgien und Luxemburg: Jahresüberblick 2023",
    "annual-overview-2023": "jahresueberblick-2023",
    "A short overview of what the office did in 2023: return and reintegration, help for migrants in vulnerable situations, labour migration and work with partners in both countries.": (
        "Ein kurzer Überblick über die Arbeit des Büros im Jahr 2023: Rückkehr und Reintegration, Hilfe für "
        "Migrantinnen und Migranten in prekären Situationen, Arbeitsmigration und Zusammenarbeit mit Partnern in "
        "beiden Ländern."
    ),
    "The overview is written for partners, donors and anyone who wants to know how IOM works in Belgium and Luxembourg. It links each programme to the goals of the 2030 Agenda.": (
        "Der Überblick richtet sich an Partner, Geber und alle, die wissen möchten, wie die IOM in Belgien und "
        "Luxemburg arbeitet. Er ordnet jedes Programm den Zielen der Agenda 2030 zu."
    ),
    "Remittances: data and research on the money migrants send home": (
        "Rücküberweisungen: Daten und Forschung zum Geld, das Migrantinnen und Migranten nach Hause schicken"
    ),
    "remittances-data": "daten-rueckueberweisungen",
    "Migrants send a large part of what they earn to their families. IOM's global data and research teams publish figures and studies on these remittances and on what they mean for development.": (
        "Migrantinnen und Migranten schicken einen großen Teil ihres Verdienstes an ihre Familien. Die weltweiten "
        "Daten- und Forschungsteams der IOM veröffentlichen Zahlen und Studien zu diesen Rücküberweisungen und zu "
        "ihrer Bedeutung für die Entwicklung."
    ),
    "Remittances are one of the largest flows of money to lower and middle-income countries. The link leads to IOM's data and research pages on iom.int.": (
        "Rücküberweisungen gehören zu den größten Geldströmen in Länder mit niedrigem und mittlerem Einkommen. Der "
        "Link führt zu den Daten- und Forschungsseiten der IOM auf iom.int."
    ),
    "Voluntary return: a guide for partner organisations (in French)": (
        "Freiwillige Rückkehr: ein Leitfaden für Partnerorganisationen (auf Französisch)"
    ),
    "return-guide-for-partners": "leitfaden-rueckkehr-fuer-partner",
    "A guide in French for social workers and partner organisations in Belgium who advise migrants thinking about a return to their country of origin.": (
        "Ein Leitfaden auf Französisch für Fachkräfte der Sozialarbeit und Partnerorganisationen in Belgien, die "
        "Migrantinnen und Migranten beraten, die eine Rückkehr in ihr Herkunftsland erwägen."
    ),
    "The guide describes the questions advisers often hear, the help that is available and the contacts to use. It is available in French only.": (
        "Der Leitfaden beschreibt die Fragen, die Beratende häufig hören, die verfügbare Hilfe und die "
        "Ansprechpartner. Er ist nur auf Französisch erhältlich."
    ),
    # Accessibility statement
    "Accessibility statement": "Erklärung zur Barrierefreiheit",
    "accessibility": "barrierefreiheit",
    "We want everyone to be able to use this website, whichever device they use and whether they see, hear, move or read in different ways.": (
        "Wir möchten, dass alle Menschen diese Website nutzen können, mit jedem Gerät und unabhängig davon, wie "
        "sie sehen, hören, sich bewegen oder lesen."
    ),
    "How accessible this website is": "Wie barrierefrei diese Website ist",
    "We aim for the website of IOM Belgium and Luxembourg to meet level AA of the Web Content Accessibility Guidelines (WCAG) 2.2, in English, French, Dutch and German alike. The website partly meets this standard: the limitations we know of are listed below.": (
        "Wir streben an, dass die Website der IOM Belgien und Luxemburg die Stufe AA der Web Content "
        "Accessibility Guidelines (WCAG) 2.2 erfüllt, auf Deutsch ebenso wie auf Englisch, Französisch und "
        "Niederländisch. Die Website erfüllt diesen Standard teilweise: Die uns bekannten Einschränkungen sind "
        "unten aufgeführt."
    ),
    "You should be able to:": "Sie sollten Folgendes tun können:",
    "reach every link, menu, search field and form with a keyboard alone, and see where you are;": (
        "jeden Link, jedes Menü, jedes Suchfeld und jedes Formular allein mit der Tastatur erreichen und dabei "
        "sehen, wo Sie sich befinden;"
    ),
    "skip straight to the main content of each page;": "direkt zum Hauptinhalt jeder Seite springen;",
    "use the website with a screen reader, with voice control or with text enlarged up to 200%;": (
        "die Website mit einem Screenreader, mit Sprachsteuerung oder mit bis zu 200 % vergrößertem Text nutzen;"
    ),
    "read text with enough contrast against its background;": (
        "Text lesen, der sich ausreichend vom Hintergrund abhebt;"
    ),
    "use every page on a small phone screen, without scrolling sideways.": (
        "jede Seite auf einem kleinen Smartphone-Bildschirm nutzen, ohne seitlich scrollen zu müssen."
    ),
    "How we test the website": "Wie wir die Website testen",
    "Each time the code of the website changes, automated checks run the axe-core accessibility engine on every type of page, from the home page and news to the resources library, the Take Action form, the search results and the error pages, in all four languages and at the widths of a phone and of a desktop screen. A change that breaks one of the checked rules makes the checks fail.": (
        "Bei jeder Änderung am Code der Website prüfen automatische Tests jeden Seitentyp mit der Prüfsoftware "
        "axe-core: von der Startseite und den Nachrichten über die Ressourcenbibliothek, das Formular auf der "
        "Seite „Aktiv werden“ und die Suchergebnisse bis zu den Fehlerseiten, in allen vier Sprachen und in der "
        "Breite eines Smartphone- und eines Desktop-Bildschirms. Eine Änderung, die gegen eine der geprüften "
        "Regeln verstößt, lässt die Tests fehlschlagen."
    ),
    "Automated checks cannot find every problem, so we also test the main tasks with a keyboard only: skipping to the content, using the main menu, searching, changing the language and sending the contact form.": (
        "Automatische Tests finden nicht jedes Problem. Deshalb prüfen wir die wichtigsten Aufgaben auch allein "
        "mit der Tastatur: zum Inhalt springen, das Hauptmenü verwenden, suchen, die Sprache wechseln und das "
        "Kontaktformular absenden."
    ),
    "Known limitations": "Bekannte Einschränkungen",
    "Some documents in our resources library, in particular PDF files written by partner organisations, may not be fully accessible: they can lack headings, text alternatives for images or a reading order that works with a screen reader.": (
        "Einige Dokumente in unserer Ressourcenbibliothek, insbesondere PDF-Dateien von Partnerorganisationen, "
        "sind möglicherweise nicht vollständig barrierefrei: Ihnen können Überschriften, Textalternativen für "
        "Bilder oder eine für Screenreader geeignete Lesereihenfolge fehlen."
    ),
    "Videos and other content embedded from other websites follow the accessibility of those websites.": (
        "Videos und andere Inhalte, die von anderen Websites eingebettet sind, sind nur so barrierefrei wie diese "
        "Websites."
    ),
    "Some documents are only available in the language in which they were written.": (
        "Einige Dokumente gibt es nur in der Sprache, in der sie verfasst wurden."
    ),
    "If you need a document in another format, tell us which one and we will do our best to help.": (
        "Wenn Sie ein Dokument in einem anderen Format benötigen, nennen Sie uns das Dokument; wir tun unser "
        "Bestes, um Ihnen zu helfen."
    ),
    "Tell us about a problem": "Melden Sie uns ein Problem",
    "If you cannot use part of this website, or find it hard to use, please let us know through the form on our Take Action page. Tell us the address of the page and what went wrong. We read every message and will reply as soon as we can.": (
        "Wenn Sie einen Teil dieser Website nicht oder nur schwer nutzen können, teilen Sie es uns bitte über das "
        "Formular auf unserer Seite „Aktiv werden“ mit. Nennen Sie die Adresse der Seite und beschreiben Sie, "
        "was nicht funktioniert hat. Wir lesen jede Nachricht und antworten so bald wie möglich."
    ),
    "Report an accessibility problem": "Ein Problem mit der Barrierefreiheit melden",
    "Our contact form can be filled in and sent with a keyboard alone.": (
        "Unser Kontaktformular lässt sich allein mit der Tastatur ausfüllen und absenden."
    ),
    "Write to us": "Schreiben Sie uns",
    "About this statement": "Über diese Erklärung",
    "This statement was prepared on 29 November 2026. It describes the website as it was tested on that day, and we will update it when the website changes in ways that affect accessibility.": (
        "Diese Erklärung wurde am 29. November 2026 erstellt. Sie beschreibt die Website so, wie sie an diesem "
        "Tag getestet wurde. Wir aktualisieren sie, wenn sich die Website in einer Weise ändert, die ihre "
        "Barrierefreiheit betrifft."
    ),
    # The news index: statements, press releases, news and stories (the two stories are fictional)
    "Country Office": "Länderbüro",
    "World Refugee Day 2019: standing with people forced to flee": "Weltflüchtlingstag 2019: an der Seite der Menschen, die fliehen mussten",
    "world-refugee-day-2019": "weltfluechtlingstag-2019",
    "On World Refugee Day, IOM Belgium and Luxembourg joins its partners in recognising the courage of people forced to flee their homes, and the communities that welcome them.": (
        "Zum Weltflüchtlingstag würdigt IOM Belgien und Luxemburg gemeinsam mit ihren Partnern den Mut der "
        "Menschen, die aus ihrer Heimat fliehen mussten, und die Gemeinschaften, die sie aufnehmen."
    ),
    "Protection and welcome go together": "Schutz und Aufnahme gehören zusammen",
    "Refugees and migrants often travel the same routes and face the same dangers. Whatever their status, every person on the move has rights that must be respected.": (
        "Flüchtlinge und Migranten nutzen oft dieselben Routen und sind denselben Gefahren ausgesetzt. "
        "Unabhängig von seinem Status hat jeder Mensch unterwegs Rechte, die geachtet werden müssen."
    ),
    "In Belgium and Luxembourg, municipalities, schools, employers and volunteers do much to help newcomers find their place. We thank them for their work.": (
        "In Belgien und Luxemburg tragen Gemeinden, Schulen, Arbeitgeber und Freiwillige viel dazu bei, dass "
        "Neuankömmlinge ihren Platz finden. Wir danken ihnen für ihre Arbeit."
    ),
    "We will keep working with the authorities and with civil society so that protection, information and support reach the people who need them.": (
        "Wir arbeiten weiter mit den Behörden und der Zivilgesellschaft zusammen, damit Schutz, Information "
        "und Unterstützung die Menschen erreichen, die sie brauchen."
    ),
    "Brussels": "Brüssel",
    "One year after Marrakech: putting the Global Compact for Migration into practice": "Ein Jahr nach Marrakesch: den Globalen Migrationspakt in die Praxis umsetzen",
    "global-compact-for-migration-one-year-on": "ein-jahr-nach-marrakesch-globaler-migrationspakt",
    "A year after the Global Compact for Safe, Orderly and Regular Migration was adopted in Marrakech, IOM Belgium and Luxembourg explains how it helps to put its objectives into practice.": (
        "Ein Jahr nach der Annahme des Globalen Pakts für eine sichere, geordnete und reguläre Migration in "
        "Marrakesch erläutert IOM Belgien und Luxemburg, wie sie zur Umsetzung seiner Ziele beiträgt."
    ),
    "The Global Compact was adopted in Marrakech in December 2018. It is the first intergovernmental agreement to cover all dimensions of international migration. It is not legally binding, and it respects the sovereignty of each state.": (
        "Der Globale Pakt wurde im Dezember 2018 in Marrakesch angenommen. Er ist die erste "
        "zwischenstaatliche Vereinbarung, die alle Dimensionen der internationalen Migration abdeckt. Er ist "
        "rechtlich nicht bindend und achtet die Souveränität jedes Staates."
    ),
    "The Global Compact in brief": "Der Globale Pakt in Kürze",
    "the year it was adopted in Marrakech": "das Jahr seiner Annahme in Marrakesch",
    "objectives for safe, orderly and regular migration": "Ziele für eine sichere, geordnete und reguläre Migration",
    "Our office supports its implementation through accurate information for migrants, safe and dignified return and reintegration, the fight against trafficking in persons, and better data on migration.": (
        "Unser Büro unterstützt seine Umsetzung durch verlässliche Informationen für Migranten, eine sichere "
        "und würdige Rückkehr und Reintegration, die Bekämpfung des Menschenhandels und bessere Daten zur "
        "Migration."
    ),
    "World Day against Trafficking in Persons: awareness sessions for frontline workers in Antwerp": "Welttag gegen Menschenhandel: Sensibilisierungsveranstaltungen für Fachkräfte vor Ort in Antwerpen",
    "counter-trafficking-awareness-antwerp": "sensibilisierung-gegen-menschenhandel-antwerpen",
    "To mark the World Day against Trafficking in Persons, our team held awareness sessions in Antwerp for social workers, health staff and volunteers who may meet victims of trafficking.": (
        "Anlässlich des Welttags gegen Menschenhandel hat unser Team in Antwerpen "
        "Sensibilisierungsveranstaltungen für Sozialarbeiter, Gesundheitspersonal und Freiwillige "
        "durchgeführt, die Opfern von Menschenhandel begegnen können."
    ),
    "Recognising the signs": "Die Anzeichen erkennen",
    "Victims of trafficking rarely ask for help themselves. They may fear the authorities, owe money to the people who exploit them or not know their rights. The sessions covered common signs, such as:": (
        "Opfer von Menschenhandel bitten selten selbst um Hilfe. Sie fürchten vielleicht die Behörden, "
        "schulden denen Geld, die sie ausbeuten, oder kennen ihre Rechte nicht. Die Veranstaltungen "
        "behandelten häufige Anzeichen, etwa:"
    ),
    "a person who does not keep their own identity documents;": "eine Person, die ihre Ausweisdokumente nicht selbst aufbewahrt;",
    "work in conditions that were never agreed, with long hours and little or no pay;": (
        "Arbeit unter Bedingungen, die nie vereinbart wurden, mit langen Arbeitszeiten und wenig oder gar "
        "keinem Lohn;"
    ),
    "a debt to an employer or an intermediary that never seems to shrink.": "Schulden bei einem Arbeitgeber oder Vermittler, die nie kleiner zu werden scheinen.",
    "Participants also learned where to refer a person they are worried about. Because of the pandemic, the sessions were held in small groups and online.": (
        "Die Teilnehmenden erfuhren außerdem, an wen sie eine Person verweisen können, um die sie sich Sorgen"
        " machen. Wegen der Pandemie fanden die Veranstaltungen in kleinen Gruppen und online statt."
    ),
    "Antwerp": "Antwerpen",
    "Samuel's workshop: a fresh start after returning home": "Samuels Werkstatt: ein Neuanfang nach der Rückkehr",
    "samuels-workshop-a-fresh-start": "samuels-werkstatt-ein-neuanfang",
    "After several years in Belgium, Samuel chose to go back to his home country and open a small repair workshop. His story is fictional, drawn from experiences that many returnees share.": (
        "Nach mehreren Jahren in Belgien entschied sich Samuel, in sein Heimatland zurückzukehren und dort "
        "eine kleine Reparaturwerkstatt zu eröffnen. Seine Geschichte ist erfunden und beruht auf "
        "Erfahrungen, die viele Rückkehrende teilen."
    ),
    "Samuel first came to a counsellor in Liège with one question: could he go home without losing everything he had built in Belgium? Together they looked at his options, and he decided that voluntary return was the right choice for him and his family.": (
        "Samuel kam zuerst mit einer einzigen Frage zu einem Berater in Lüttich: Konnte er nach Hause "
        "zurückkehren, ohne alles zu verlieren, was er sich in Belgien aufgebaut hatte? Gemeinsam prüften sie"
        " seine Möglichkeiten, und er entschied, dass die freiwillige Rückkehr die richtige Wahl für ihn und "
        "seine Familie war."
    ),
    "Before he left, he drew up a simple business plan. Once he was home, partners of IOM helped him buy tools and spare parts, and gave him a short course in bookkeeping.": (
        "Vor seiner Abreise erstellte er einen einfachen Geschäftsplan. Zu Hause halfen ihm Partner der IOM, "
        "Werkzeug und Ersatzteile zu kaufen, und boten ihm einen kurzen Buchhaltungskurs an."
    ),
    "A year later": "Ein Jahr später",
    "The workshop now repairs phones, radios and small household appliances, and Samuel has taken on an apprentice. The hardest part was the first few months, before customers knew where to find him.": (
        "Die Werkstatt repariert heute Telefone, Radios und kleine Haushaltsgeräte, und Samuel hat einen "
        "Lehrling eingestellt. Am schwierigsten waren die ersten Monate, bevor die Kundschaft wusste, wo sie "
        "ihn findet."
    ),
    "Liège": "Lüttich",
    "First International Migration Review Forum takes stock of the Global Compact for Migration": "Erstes Internationales Forum zur Überprüfung der Migration zieht Bilanz zum Globalen Migrationspakt",
    "international-migration-review-forum-2022": "internationales-forum-zur-ueberpruefung-der-migration-2022",
    "In May 2022, states met at the United Nations for the first International Migration Review Forum, to review progress on the Global Compact for Safe, Orderly and Regular Migration.": (
        "Im Mai 2022 kamen die Staaten bei den Vereinten Nationen zum ersten Internationalen Forum zur "
        "Überprüfung der Migration zusammen, um die Fortschritte bei der Umsetzung des Globalen Pakts für "
        "eine sichere, geordnete und reguläre Migration zu überprüfen."
    ),
    "The Forum takes place every four years. Governments, UN agencies, civil society, migrants and other partners share what has worked, what has not, and what remains to be done.": (
        "Das Forum findet alle vier Jahre statt. Regierungen, UN-Organisationen, Zivilgesellschaft, Migranten"
        " und weitere Partner tauschen sich dort darüber aus, was funktioniert hat, was nicht und was noch zu"
        " tun bleibt."
    ),
    "The first Forum ended with a Progress Declaration, in which states renewed their commitment to the Global Compact and its guiding principles.": (
        "Das erste Forum endete mit einer Fortschrittserklärung, in der die Staaten ihr Bekenntnis zum "
        "Globalen Pakt und zu seinen Leitprinzipien erneuerten."
    ),
    "For our office, the Forum is also a reminder that the Compact is put into practice locally: in how migrants are informed, protected and included in Belgium and Luxembourg.": (
        "Für unser Büro erinnert das Forum auch daran, dass der Pakt vor Ort umgesetzt wird: darin, wie "
        "Migranten in Belgien und Luxemburg informiert, geschützt und einbezogen werden."
    ),
    "Information sessions on voluntary return in Luxembourg": "Informationsveranstaltungen zur freiwilligen Rückkehr in Luxemburg",
    "voluntary-return-information-sessions-luxembourg": "informationsveranstaltungen-freiwillige-rueckkehr-luxemburg",
    "Our team met social workers and reception staff in Luxembourg to explain how assisted voluntary return and reintegration works and who can ask for it.": (
        "Unser Team traf Sozialarbeiter und Mitarbeitende von Aufnahmeeinrichtungen in Luxemburg, um zu "
        "erklären, wie die unterstützte freiwillige Rückkehr und Reintegration funktioniert und wer sie "
        "beantragen kann."
    ),
    "Clear information, free choice": "Klare Informationen, freie Entscheidung",
    "Assisted voluntary return gives migrants who wish to go back to their country of origin the support to do so safely and with dignity. The decision is always theirs.": (
        "Die unterstützte freiwillige Rückkehr gibt Migranten, die in ihr Herkunftsland zurückkehren möchten,"
        " die Unterstützung, dies sicher und in Würde zu tun. Die Entscheidung liegt immer bei ihnen."
    ),
    "The sessions covered who can apply, how a return is organised, and the reintegration support that can follow in the country of origin.": (
        "Die Veranstaltungen behandelten, wer einen Antrag stellen kann, wie eine Rückkehr organisiert wird "
        "und welche Unterstützung bei der Reintegration im Herkunftsland folgen kann."
    ),
    "Staff who work with migrants every day can now give accurate information and refer people to our counsellors.": (
        "Wer täglich mit Migranten arbeitet, kann nun genaue Informationen geben und Menschen an unsere "
        "Beraterinnen und Berater verweisen."
    ),
    "Luxembourg": "Luxemburg",
    "World Refugee Day 2023: inclusion starts in our towns and cities": "Weltflüchtlingstag 2023: Inklusion beginnt in unseren Städten und Gemeinden",
    "world-refugee-day-2023": "weltfluechtlingstag-2023",
    "On World Refugee Day, IOM Belgium and Luxembourg highlights the role of local communities in helping refugees and migrants rebuild their lives.": (
        "Zum Weltflüchtlingstag hebt IOM Belgien und Luxemburg die Rolle der lokalen Gemeinschaften hervor, "
        "die Flüchtlingen und Migranten helfen, ihr Leben neu aufzubauen."
    ),
    "Including refugees in the life of their new community, at school, at work and in their neighbourhood, benefits everyone. It helps newcomers stand on their own feet and lets towns draw on their skills.": (
        "Flüchtlinge in das Leben ihrer neuen Gemeinschaft einzubeziehen, in der Schule, bei der Arbeit und "
        "in der Nachbarschaft, kommt allen zugute. Es hilft Neuankömmlingen, auf eigenen Beinen zu stehen, "
        "und lässt Städte von ihren Fähigkeiten profitieren."
    ),
    "We call for continued investment in language courses, in the recognition of qualifications and in access to decent work.": (
        "Wir rufen dazu auf, weiter in Sprachkurse, in die Anerkennung von Qualifikationen und in den Zugang "
        "zu menschenwürdiger Arbeit zu investieren."
    ),
    "We also recall that most people forced to flee stay in countries close to home, and that solidarity with those countries remains essential.": (
        "Wir erinnern auch daran, dass die meisten Menschen, die fliehen müssen, in Ländern nahe ihrer Heimat"
        " bleiben, und dass Solidarität mit diesen Ländern unverzichtbar bleibt."
    ),
    "From a training course to a first job: Lina's year in Antwerp": "Von der Weiterbildung zur ersten Stelle: Linas Jahr in Antwerpen",
    "linas-first-year-in-antwerp": "linas-erstes-jahr-in-antwerpen",
    "Lina arrived in Antwerp with a nursing diploma and no Dutch. This fictional story, based on common experiences, follows her first year of lessons, paperwork and work.": (
        "Lina kam mit einem Pflegediplom und ohne Niederländischkenntnisse nach Antwerpen. Diese erfundene "
        "Geschichte, die auf häufigen Erfahrungen beruht, begleitet ihr erstes Jahr mit Unterricht, "
        "Behördengängen und Arbeit."
    ),
    "In her first months, Lina took Dutch lessons every morning and spent her afternoons gathering the documents she needed to have her diploma recognised.": (
        "In den ersten Monaten besuchte Lina jeden Morgen einen Niederländischkurs und sammelte nachmittags "
        "die Unterlagen, die sie für die Anerkennung ihres Diploms brauchte."
    ),
    "A mentoring programme matched her with a retired nurse, who helped her prepare for interviews and understand how hospitals work in Belgium.": (
        "Über ein Mentoringprogramm lernte sie eine pensionierte Krankenpflegerin kennen, die ihr half, sich "
        "auf Vorstellungsgespräche vorzubereiten und zu verstehen, wie Krankenhäuser in Belgien arbeiten."
    ),
    "A first step": "Ein erster Schritt",
    "By the end of the year, Lina was working as a care assistant while she completed the last steps to work as a nurse again. Her story shows how much a good welcome can change.": (
        "Am Ende des Jahres arbeitete Lina als Pflegehelferin, während sie die letzten Schritte erledigte, um"
        " wieder als Krankenpflegerin arbeiten zu können. Ihre Geschichte zeigt, wie viel ein guter Empfang "
        "verändern kann."
    ),
    "New guide helps employers recruit migrant workers fairly": "Neuer Leitfaden hilft Arbeitgebern, Arbeitsmigranten fair anzuwerben",
    "fair-recruitment-guide-for-employers": "leitfaden-faire-anwerbung-fuer-arbeitgeber",
    "IOM Belgium and Luxembourg publishes a short guide for employers who recruit workers from abroad, on fair recruitment and a good start in the workplace.": (
        "IOM Belgien und Luxemburg veröffentlicht einen kurzen Leitfaden für Arbeitgeber, die Arbeitskräfte "
        "im Ausland anwerben, zu fairer Anwerbung und einem guten Start am Arbeitsplatz."
    ),
    "Labour mobility can meet the needs of employers and open new opportunities for workers, as long as recruitment is fair. The guide's main advice is to:": (
        "Arbeitsmobilität kann den Bedarf von Arbeitgebern decken und Arbeitskräften neue Chancen eröffnen, "
        "sofern die Anwerbung fair ist. Die wichtigsten Empfehlungen des Leitfadens:"
    ),
    "work only with recruiters who charge no fees to workers;": "nur mit Vermittlern arbeiten, die von Arbeitskräften keine Gebühren verlangen;",
    "give each worker a written contract in a language they understand, before they leave home;": (
        "jeder Arbeitskraft vor der Abreise einen schriftlichen Vertrag in einer Sprache geben, die sie "
        "versteht;"
    ),
    "help new staff with housing, language and local procedures in their first weeks.": "neue Mitarbeitende in den ersten Wochen bei Wohnungssuche, Sprache und Behördengängen unterstützen.",
    "The guide is free and can be requested from our office.": "Der Leitfaden ist kostenlos und kann bei unserem Büro angefordert werden.",
    "International Migrants Day 2025: safe migration benefits us all": "Internationaler Tag der Migranten 2025: Sichere Migration nützt uns allen",
    "international-migrants-day-2025": "internationaler-tag-der-migranten-2025",
    "On International Migrants Day, IOM Belgium and Luxembourg recalls what migrants bring to both countries and calls for safe and regular pathways for migration.": (
        "Zum Internationalen Tag der Migranten erinnert IOM Belgien und Luxemburg daran, was Migranten beiden"
        " Ländern geben, und ruft zu sicheren und regulären Migrationswegen auf."
    ),
    "Our message for 18 December": "Unsere Botschaft zum 18. Dezember",
    "Migrants work in hospitals, on building sites, in laboratories and in family businesses across Belgium and Luxembourg. Their contribution deserves recognition, and their rights deserve protection.": (
        "Migranten arbeiten in Krankenhäusern, auf Baustellen, in Laboren und in Familienbetrieben überall in"
        " Belgien und Luxemburg. Ihr Beitrag verdient Anerkennung, und ihre Rechte verdienen Schutz."
    ),
    "Safe and regular pathways reduce the risk of dangerous journeys and exploitation. We encourage countries of origin, transit and destination to keep working together, in the spirit of the Global Compact for Migration.": (
        "Sichere und reguläre Wege verringern das Risiko gefährlicher Reisen und von Ausbeutung. Wir "
        "ermutigen Herkunfts-, Transit- und Zielländer, im Geist des Globalen Migrationspakts weiter "
        "zusammenzuarbeiten."
    ),
    "International Day of Family Remittances: small transfers, large impact": "Internationaler Tag der Familienüberweisungen: kleine Beträge, große Wirkung",
    "family-remittances-day-2026": "internationaler-tag-der-familienueberweisungen-2026",
    "Each year on 16 June, the International Day of Family Remittances recognises the money that migrants send to their families. We look at why these transfers matter.": (
        "Jedes Jahr am 16. Juni würdigt der Internationale Tag der Familienüberweisungen das Geld, das "
        "Migranten ihren Familien schicken. Wir zeigen, warum diese Überweisungen wichtig sind."
    ),
    "For many families, money sent by a relative abroad pays for food, school fees, medical care or a small business. Taken together, remittances are one of the largest flows of money to lower and middle-income countries.": (
        "Für viele Familien bezahlt das Geld eines Angehörigen im Ausland Lebensmittel, Schulgebühren, "
        "medizinische Versorgung oder ein kleines Geschäft. Zusammengenommen gehören Rücküberweisungen zu den"
        " größten Geldflüssen in Länder mit niedrigem und mittlerem Einkommen."
    ),
    "Sending money is still expensive on many routes. Lower fees and safe digital services leave more money with the families who need it.": (
        "Geld zu senden ist auf vielen Wegen noch immer teuer. Niedrigere Gebühren und sichere digitale "
        "Dienste lassen den Familien, die es brauchen, mehr Geld."
    ),
    "Remittances in brief": "Rücküberweisungen in Kürze",
    "16 June": "16. Juni",
    "International Day of Family Remittances": "Internationaler Tag der Familienüberweisungen",
    "the level below which the Sustainable Development Goals aim to bring the cost of sending money home by 2030": (
        "die Schwelle, unter die die Ziele für nachhaltige Entwicklung die Kosten von Rücküberweisungen bis "
        "2030 senken wollen"
    ),
}
