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
}
