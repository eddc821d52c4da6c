"""The English demo content of the seeded site, written in our own words from the facts of the old site.

Facts (names, dates, figures) come from the office's former page; the sentences are ours. The statement of
IOM's Director General appears as our summary of it, never as his words.
"""

import datetime
import uuid

STATEMENT_TITLE = (
    "International Migrants Day Statement, IOM Director General António Vitorino: "
    "“Harnessing the Potential of Human Mobility”"
)


def p(text):
    return {"type": "paragraph", "value": f"<p>{text}</p>"}


def h(text, level="h2"):
    return {"type": "heading", "value": {"text": text, "level": level}}


def figures(heading, items):
    return {
        "type": "key_figures",
        "value": {
            "heading": heading,
            # ListBlock items in Wagtail's block format, so that wagtail-localize can extract them
            "figures": [
                {"type": "item", "value": {"number": n, "label": label}, "id": str(uuid.uuid4())}
                for n, label in items
            ],
        },
    }


def cta(title, text, link_text, url):
    return {
        "type": "call_to_action",
        "value": {"title": title, "text": text, "link_text": link_text, "page": None, "url": url},
    }


# The Take Action page's form: the questions (each stored under its clean_name in every language), the
# consent statement the visitor ticks, and the thanks shown afterwards.
TAKE_ACTION_FORM = {
    "form_fields": [
        {"clean_name": "name", "label": "Your name", "field_type": "singleline", "required": True},
        {
            "clean_name": "email",
            "label": "Your e-mail address",
            "field_type": "email",
            "required": True,
            "help_text": "We use it only to reply to you.",
        },
        {
            "clean_name": "how_to_help",
            "label": "How would you like to help?",
            "field_type": "dropdown",
            "required": True,
            "choices": "Volunteer\nBecome a partner\nSomething else",
        },
        {"clean_name": "message", "label": "Your message", "field_type": "multiline", "required": False},
    ],
    "consent_text": (
        "I agree that IOM Belgium and Luxembourg keeps the details I send with this form and uses them only to "
        "reply to me. I can ask for them to be deleted at any time."
    ),
    "thank_you_text": (
        "<p>Thank you for writing to IOM Belgium and Luxembourg. We read every message and will reply as soon "
        "as we can.</p>"
    ),
}


def cta_to_page(title, text, link_text, path):
    """A call to action leading to a page of the seeded tree, given by its path below the home page.

    The seed replaces the path by the page's id when it creates the page; the link then leads to the page in
    the visitor's language (CallToActionBlock links to `page.localized`).
    """
    return {
        "type": "call_to_action",
        "value": {"title": title, "text": text, "link_text": link_text, "page": {"path": path}, "url": ""},
    }


def bullets(*items):
    return {"type": "paragraph", "value": "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"}


def gallery(heading, items):
    """A gallery of seeded illustrations: items are (illustration name, alternative text, caption); seed_site puts
    each illustration's image in place of its name."""
    return {
        "type": "gallery",
        "value": {
            "heading": heading,
            # ListBlock items in Wagtail's block format, so that wagtail-localize can extract them
            "images": [
                {
                    "type": "item",
                    "value": {
                        "image": {"illustration": name},
                        "alt_text": alt_text,
                        "decorative": False,
                        "caption": caption,
                        "credit": "",
                    },
                    "id": str(uuid.uuid4()),
                }
                for name, alt_text, caption in items
            ],
        },
    }


def cards(heading):
    return {"type": "page_cards", "value": {"heading": heading, "source": "children", "pages": []}}


HOME = {
    "title": "Home",
    "slug": "home",
    "hero_heading": "Migration that works for migrants and for societies",
    "hero_intro": (
        "The International Organization for Migration (IOM) is the United Nations agency for migration. "
        "Our office serves Belgium and Luxembourg, where IOM has worked since 1973."
    ),
    "key_figures": [
        ("1951", "the year IOM was founded"),
        ("175", "member states"),
        ("100+", "countries where IOM is present"),
        ("1973", "IOM present in Belgium since"),
    ],
    "intro": "",
    "body": [],
}

# The library of "Data and Resources": files are small PDFs made by the seed (home/seed/documents.py).
RESOURCES = [
    {
        "type": "resource",
        "slug": "assisted-voluntary-return-factsheet",
        "title": "Assisted voluntary return and reintegration from Belgium: factsheet",
        "resource_type": "factsheet",
        "year": 2023,
        "document_language": "en",
        "topics": ["return-and-reintegration"],
        "goals": [10, 16, 17],
        "file": ("avrr-factsheet.pdf", "Assisted voluntary return and reintegration: factsheet"),
        "summary": (
            "What assisted voluntary return and reintegration means, who can ask for it in Belgium, and how IOM "
            "works with the authorities and partner organisations to help people go home in safety and dignity."
        ),
        "body": [
            p(
                "Returning home is a personal decision. The factsheet explains the steps, from the first "
                "conversation with an adviser to support after arrival in the country of origin."
            ),
        ],
    },
    {
        "type": "resource",
        "slug": "annual-overview-2023",
        "title": "IOM Belgium and Luxembourg: annual overview 2023",
        "resource_type": "report",
        "year": 2024,
        "document_language": "en",
        "topics": ["migration-and-development", "migrants-rights"],
        "goals": [8, 10, 17],
        "file": ("annual-overview-2023.pdf", "IOM Belgium and Luxembourg: annual overview 2023"),
        "summary": (
            "A short overview of what the office did in 2023: return and reintegration, help for migrants in "
            "vulnerable situations, labour migration and work with partners in both countries."
        ),
        "body": [
            p(
                "The overview is written for partners, donors and anyone who wants to know how IOM works in "
                "Belgium and Luxembourg. It links each programme to the goals of the 2030 Agenda."
            ),
        ],
    },
    {
        "type": "resource",
        "slug": "remittances-data",
        "title": "Remittances: data and research on the money migrants send home",
        "resource_type": "dataset",
        "year": 2022,
        "document_language": "en",
        "topics": ["migration-and-development"],
        "goals": [1, 8, 10, 17],
        "url": "https://www.iom.int/data-and-research",
        "summary": (
            "Migrants send a large part of what they earn to their families. IOM's global data and research "
            "teams publish figures and studies on these remittances and on what they mean for development."
        ),
        "body": [
            p(
                "Remittances are one of the largest flows of money to lower and middle-income countries. The "
                "link leads to IOM's data and research pages on iom.int."
            ),
        ],
    },
    {
        "type": "resource",
        "slug": "return-guide-for-partners",
        "title": "Voluntary return: a guide for partner organisations (in French)",
        "resource_type": "publication",
        "year": 2022,
        "document_language": "fr",
        "topics": ["return-and-reintegration", "migrants-rights"],
        "goals": [10, 17],
        "file": ("guide-retour-volontaire-partenaires.pdf", "Retour volontaire : guide pour les partenaires"),
        "summary": (
            "A guide in French for social workers and partner organisations in Belgium who advise migrants "
            "thinking about a return to their country of origin."
        ),
        "body": [
            p(
                "The guide describes the questions advisers often hear, the help that is available and the "
                "contacts to use. It is available in French only."
            ),
        ],
    },
]

# The 17 Sustainable Development Goals: number, official short name, official colour.
GOALS = [
    (1, "No poverty", "#E5243B"),
    (2, "Zero hunger", "#DDA63A"),
    (3, "Good health and well-being", "#4C9F38"),
    (4, "Quality education", "#C5192D"),
    (5, "Gender equality", "#FF3A21"),
    (6, "Clean water and sanitation", "#26BDE2"),
    (7, "Affordable and clean energy", "#FCC30B"),
    (8, "Decent work and economic growth", "#A21942"),
    (9, "Industry, innovation and infrastructure", "#FD6925"),
    (10, "Reduced inequalities", "#DD1367"),
    (11, "Sustainable cities and communities", "#FD9D24"),
    (12, "Responsible consumption and production", "#BF8B2E"),
    (13, "Climate action", "#3F7E44"),
    (14, "Life below water", "#0A97D9"),
    (15, "Life on land", "#56C02B"),
    (16, "Peace, justice and strong institutions", "#00689D"),
    (17, "Partnerships for the goals", "#19486A"),
]

# The accessibility statement, linked from the footer of every page (home.templatetags.navigation_tags finds
# it by its English slug). Its date is the day of the assessment it describes.
ACCESSIBILITY_STATEMENT = {
    "type": "section",
    "slug": "accessibility",
    "title": "Accessibility statement",
    "intro": (
        "We want everyone to be able to use this website, whichever device they use and whether they see, hear, "
        "move or read in different ways."
    ),
    "body": [
        h("How accessible this website is"),
        p(
            "We aim for the website of IOM Belgium and Luxembourg to meet level AA of the Web Content "
            "Accessibility Guidelines (WCAG) 2.2, in English, French, Dutch and German alike. The website partly "
            "meets this standard: the limitations we know of are listed below."
        ),
        p("You should be able to:"),
        bullets(
            "reach every link, menu, search field and form with a keyboard alone, and see where you are;",
            "skip straight to the main content of each page;",
            "use the website with a screen reader, with voice control or with text enlarged up to 200%;",
            "read text with enough contrast against its background;",
            "use every page on a small phone screen, without scrolling sideways.",
        ),
        h("How we test the website"),
        p(
            "Each time the code of the website changes, automated checks run the axe-core accessibility engine "
            "on every type of page, from the home page and news to the resources library, the Take Action form, "
            "the search results and the error pages, in all four languages and at the widths of a phone and of "
            "a desktop screen. A change that breaks one of the checked rules makes the checks fail."
        ),
        p(
            "Automated checks cannot find every problem, so we also test the main tasks with a keyboard only: "
            "skipping to the content, using the main menu, searching, changing the language and sending the "
            "contact form."
        ),
        h("Known limitations"),
        bullets(
            "Some documents in our resources library, in particular PDF files written by partner organisations, "
            "may not be fully accessible: they can lack headings, text alternatives for images or a reading "
            "order that works with a screen reader.",
            "Videos and other content embedded from other websites follow the accessibility of those websites.",
            "Some documents are only available in the language in which they were written.",
        ),
        p("If you need a document in another format, tell us which one and we will do our best to help."),
        h("Tell us about a problem"),
        p(
            "If you cannot use part of this website, or find it hard to use, please let us know through the "
            "form on our Take Action page. Tell us the address of the page and what went wrong. We read every "
            "message and will reply as soon as we can."
        ),
        cta_to_page(
            "Report an accessibility problem",
            "Our contact form can be filled in and sent with a keyboard alone.",
            "Write to us",
            "our-work/cross-cutting-global/take-action/",
        ),
        h("About this statement"),
        p(
            "This statement was prepared on 29 November 2026. It describes the website as it was tested on "
            "that day, and we will update it when the website changes in ways that affect accessibility."
        ),
    ],
}

TREE = [
    {
        "type": "section",
        "slug": "who-we-are",
        "title": "Who We Are",
        "menu": True,
        "goals": [17],
        "intro": (
            "IOM belongs to the United Nations System and is the leading intergovernmental organization "
            "working for humane and orderly migration that benefits everyone."
        ),
        "body": [
            p(
                "Since 1951 IOM has helped governments, migrants and communities meet the challenges of "
                "migration. Today it counts 175 member states and works in more than 100 countries."
            ),
            p("In Belgium, IOM has had a presence since 1973; the same office also serves Luxembourg."),
            figures(
                "IOM at a glance",
                [("175", "member states"), ("100+", "countries"), ("1973", "in Belgium since")],
            ),
        ],
        "children": [
            {
                "type": "section",
                "slug": "about",
                "title": "About",
                "menu": True,
                "goals": [10, 16, 17],
                "intro": "The IOM office for Belgium and Luxembourg and what it does.",
                "body": [
                    p(
                        "The country office works with the authorities of Belgium and Luxembourg, with civil "
                        "society and with migrants themselves. Its teams respond to the needs of migrants, of "
                        "people returning to their countries of origin, and of the communities that host them."
                    ),
                    h("How we work"),
                    p(
                        "Our programmes connect humanitarian assistance with long-term development, in line with "
                        "the 2030 Agenda for Sustainable Development."
                    ),
                    gallery(
                        "Our publications",
                        [
                            (
                                "factsheet",
                                "Cover of the factsheet: blue and orange shapes",
                                "Assisted voluntary return and reintegration: factsheet",
                            ),
                            (
                                "annual-overview",
                                "Cover of the annual overview: layered blue circles",
                                "Annual overview 2023",
                            ),
                            (
                                "return-guide",
                                "Cover of the guide: blue and yellow bands",
                                "Voluntary return: a guide for partner organisations",
                            ),
                        ],
                    ),
                ],
            },
            {
                "type": "section",
                "slug": "iom-global",
                "title": "IOM Global",
                "menu": True,
                "goals": [17],
                "intro": "The worldwide organization that the Belgium and Luxembourg office belongs to.",
                "body": [
                    p(
                        "IOM was founded in 1951, following a conference held in Brussels, and has grown into "
                        "the United Nations agency for migration, part of the United Nations System."
                    ),
                    figures(
                        "Worldwide", [("175", "member states"), ("100+", "countries with an IOM presence")]
                    ),
                ],
            },
        ],
    },
    {
        "type": "section",
        "slug": "our-work",
        "title": "Our Work",
        "menu": True,
        "goals": [1, 8, 10, 17],
        "intro": (
            "IOM in Belgium and Luxembourg responds to the humanitarian needs of migrants, returnees and "
            "host communities, and helps deliver the 2030 Agenda."
        ),
        "body": [
            p(
                "Our areas of work link emergency help with sustainable development. Together they form a "
                "complete response, from a migrant's first contact with the office to life after return or "
                "integration."
            ),
        ],
        "children": [
            {
                "type": "section",
                "slug": "cross-cutting-global",
                "title": "Cross-cutting (Global)",
                "menu": True,
                "goals": [17],
                "intro": "Work that supports every one of our programmes: evidence, engagement and global goals.",
                "body": [
                    p(
                        "Some of what we do serves all our programmes at once: sharing data and publications, "
                        "inviting people and partners to act, and tying our work to the global goals."
                    ),
                ],
                "children": [
                    {
                        "type": "resource_library",
                        "slug": "data-and-resources",
                        "title": "Data and Resources",
                        "intro": "Reports, factsheets and data on migration in Belgium and Luxembourg.",
                        "body": [
                            p(
                                "This is where we publish our reports, factsheets and datasets, so that "
                                "policy makers, researchers and journalists can work from the evidence."
                            ),
                        ],
                        "children": RESOURCES,
                    },
                    {
                        "type": "take_action",
                        "slug": "take-action",
                        "title": "Take Action",
                        "intro": "Ways to support migrants and to work with IOM.",
                        "body": [
                            p(
                                "Individuals, companies and organisations can all help: by volunteering, "
                                "by partnering with us, or by supporting IOM's work around the world."
                            ),
                            cta(
                                "Support IOM",
                                "Donations help IOM assist migrants and displaced people in crises around the world.",
                                "Donate to IOM",
                                "https://www.iom.int/donate",
                            ),
                            cta(
                                "Become a partner",
                                "Companies, foundations and organisations can work with IOM on projects in Belgium, "
                                "Luxembourg and beyond.",
                                "Partnering with IOM",
                                "https://www.iom.int/partnerships",
                            ),
                        ],
                        **TAKE_ACTION_FORM,
                    },
                    {
                        "type": "agenda",
                        "slug": "2030-agenda",
                        "title": "2030 Agenda",
                        "intro": "How our work contributes to the Sustainable Development Goals.",
                        "body": [
                            p(
                                "Migration touches many of the Sustainable Development Goals. IOM helps states "
                                "make sure that migrants are counted, protected and included as the goals of "
                                "the 2030 Agenda are pursued."
                            ),
                        ],
                    },
                ],
            },
        ],
    },
    {
        "type": "news_index",
        "slug": "news",
        "title": "News",
        "menu": True,
        "intro": "Statements, press releases, news and stories from IOM Belgium and Luxembourg.",
        "children": [
            {
                "type": "statement",
                "slug": "international-migrants-day-statement-2021",
                "title": STATEMENT_TITLE,
                "date": datetime.date(2021, 12, 18),
                "dateline_place": "Geneva",
                "kind": "statement",
                "topics": ["migrants-rights", "migration-and-development"],
                "goals": [8, 10, 17],
                "speaker": ("António Vitorino", "IOM Director General"),
                "summary": (
                    "For International Migrants Day 2021, IOM's Director General António Vitorino looked back "
                    "on seven decades of the Organization's work and called on governments to include all "
                    "migrants in their recovery from the pandemic. This page gives our summary of his statement."
                ),
                "body": [
                    h("Our summary of the statement"),
                    p(
                        "The Director General noted that the day came almost exactly 70 years after the Brussels "
                        "conference that led to the creation of IOM, and that the Organization has since helped "
                        "millions of migrants while working with its member states for safe, orderly and "
                        "dignified migration."
                    ),
                    p(
                        "He warned that two years of the COVID-19 pandemic had fed hostility towards migrants and "
                        "that migrants were increasingly used as instruments of state policy, and he condemned "
                        "the smugglers who exploit people on migration routes."
                    ),
                    figures(
                        "Remittances",
                        [
                            (
                                "USD 540 billion",
                                "sent home by migrants in the previous year to lower and middle-income countries",
                            )
                        ],
                    ),
                    p(
                        "Migrant workers, he recalled, kept essential services running during the pandemic. He "
                        "asked governments to include migrants in recovery plans whatever their legal status, "
                        "and to strengthen legal pathways for migration that respect both national sovereignty "
                        "and human rights."
                    ),
                    p(
                        "He pointed to the International Migration Review Forum, due the following May, as the "
                        "moment to review progress on the Global Compact for Safe, Orderly and Regular Migration."
                    ),
                ],
            },
            # The office's own news, in our words; the two stories are fictional and say so. A speaker's name
            # is never translated (news.models.Person), so the office is named as the author of them all.
            {
                "type": "statement",
                "slug": "world-refugee-day-2019",
                "title": "World Refugee Day 2019: standing with people forced to flee",
                "date": datetime.date(2019, 6, 20),
                "dateline_place": "Brussels",
                "kind": "statement",
                "topics": ["migrants-rights"],
                "goals": [10, 16],
                "speaker": ("IOM Belgium and Luxembourg", "Country Office"),
                "summary": (
                    "On World Refugee Day, IOM Belgium and Luxembourg joins its partners in recognising the "
                    "courage of people forced to flee their homes, and the communities that welcome them."
                ),
                "body": [
                    h("Protection and welcome go together"),
                    p(
                        "Refugees and migrants often travel the same routes and face the same dangers. Whatever "
                        "their status, every person on the move has rights that must be respected."
                    ),
                    p(
                        "In Belgium and Luxembourg, municipalities, schools, employers and volunteers do much to "
                        "help newcomers find their place. We thank them for their work."
                    ),
                    p(
                        "We will keep working with the authorities and with civil society so that protection, "
                        "information and support reach the people who need them."
                    ),
                ],
            },
            {
                "type": "statement",
                "slug": "global-compact-for-migration-one-year-on",
                "title": "One year after Marrakech: putting the Global Compact for Migration into practice",
                "date": datetime.date(2019, 12, 10),
                "dateline_place": "Brussels",
                "kind": "press_release",
                "topics": ["migrants-rights", "migration-and-development"],
                "goals": [10, 17],
                "speaker": ("IOM Belgium and Luxembourg", "Country Office"),
                "summary": (
                    "A year after the Global Compact for Safe, Orderly and Regular Migration was adopted in "
                    "Marrakech, IOM Belgium and Luxembourg explains how it helps to put its objectives into practice."
                ),
                "body": [
                    p(
                        "The Global Compact was adopted in Marrakech in December 2018. It is the first "
                        "intergovernmental agreement to cover all dimensions of international migration. It is not "
                        "legally binding, and it respects the sovereignty of each state."
                    ),
                    figures(
                        "The Global Compact in brief",
                        [
                            ("2018", "the year it was adopted in Marrakech"),
                            ("23", "objectives for safe, orderly and regular migration"),
                        ],
                    ),
                    p(
                        "Our office supports its implementation through accurate information for migrants, safe "
                        "and dignified return and reintegration, the fight against trafficking in persons, and "
                        "better data on migration."
                    ),
                ],
            },
            {
                "type": "statement",
                "slug": "counter-trafficking-awareness-antwerp",
                "title": "World Day against Trafficking in Persons: awareness sessions for frontline workers in Antwerp",
                "date": datetime.date(2020, 7, 30),
                "dateline_place": "Antwerp",
                "kind": "news",
                "topics": ["migrants-rights"],
                "goals": [5, 8, 16],
                "speaker": ("IOM Belgium and Luxembourg", "Country Office"),
                "summary": (
                    "To mark the World Day against Trafficking in Persons, our team held awareness sessions in "
                    "Antwerp for social workers, health staff and volunteers who may meet victims of trafficking."
                ),
                "body": [
                    h("Recognising the signs"),
                    p(
                        "Victims of trafficking rarely ask for help themselves. They may fear the authorities, owe "
                        "money to the people who exploit them or not know their rights. The sessions covered "
                        "common signs, such as:"
                    ),
                    bullets(
                        "a person who does not keep their own identity documents;",
                        "work in conditions that were never agreed, with long hours and little or no pay;",
                        "a debt to an employer or an intermediary that never seems to shrink.",
                    ),
                    p(
                        "Participants also learned where to refer a person they are worried about. Because of the "
                        "pandemic, the sessions were held in small groups and online."
                    ),
                ],
            },
            {
                "type": "statement",
                "slug": "samuels-workshop-a-fresh-start",
                "title": "Samuel's workshop: a fresh start after returning home",
                "date": datetime.date(2021, 5, 20),
                "dateline_place": "Liège",
                "kind": "story",
                "topics": ["return-and-reintegration", "migration-and-development"],
                "goals": [1, 8],
                "speaker": ("IOM Belgium and Luxembourg", "Country Office"),
                "summary": (
                    "After several years in Belgium, Samuel chose to go back to his home country and open a small "
                    "repair workshop. His story is fictional, drawn from experiences that many returnees share."
                ),
                "body": [
                    p(
                        "Samuel first came to a counsellor in Liège with one question: could he go home without "
                        "losing everything he had built in Belgium? Together they looked at his options, and he "
                        "decided that voluntary return was the right choice for him and his family."
                    ),
                    p(
                        "Before he left, he drew up a simple business plan. Once he was home, partners of IOM "
                        "helped him buy tools and spare parts, and gave him a short course in bookkeeping."
                    ),
                    h("A year later"),
                    p(
                        "The workshop now repairs phones, radios and small household appliances, and Samuel has "
                        "taken on an apprentice. The hardest part was the first few months, before customers knew "
                        "where to find him."
                    ),
                ],
            },
            {
                "type": "statement",
                "slug": "international-migration-review-forum-2022",
                "title": "First International Migration Review Forum takes stock of the Global Compact for Migration",
                "date": datetime.date(2022, 5, 20),
                "dateline_place": "Brussels",
                "kind": "press_release",
                "topics": ["migrants-rights", "migration-and-development"],
                "goals": [10, 17],
                "speaker": ("IOM Belgium and Luxembourg", "Country Office"),
                "summary": (
                    "In May 2022, states met at the United Nations for the first International Migration Review "
                    "Forum, to review progress on the Global Compact for Safe, Orderly and Regular Migration."
                ),
                "body": [
                    p(
                        "The Forum takes place every four years. Governments, UN agencies, civil society, migrants "
                        "and other partners share what has worked, what has not, and what remains to be done."
                    ),
                    p(
                        "The first Forum ended with a Progress Declaration, in which states renewed their "
                        "commitment to the Global Compact and its guiding principles."
                    ),
                    p(
                        "For our office, the Forum is also a reminder that the Compact is put into practice "
                        "locally: in how migrants are informed, protected and included in Belgium and Luxembourg."
                    ),
                ],
            },
            {
                "type": "statement",
                "slug": "voluntary-return-information-sessions-luxembourg",
                "title": "Information sessions on voluntary return in Luxembourg",
                "date": datetime.date(2022, 10, 12),
                "dateline_place": "Luxembourg",
                "kind": "news",
                "topics": ["return-and-reintegration"],
                "goals": [10, 16],
                "speaker": ("IOM Belgium and Luxembourg", "Country Office"),
                "summary": (
                    "Our team met social workers and reception staff in Luxembourg to explain how assisted "
                    "voluntary return and reintegration works and who can ask for it."
                ),
                "body": [
                    h("Clear information, free choice"),
                    p(
                        "Assisted voluntary return gives migrants who wish to go back to their country of origin "
                        "the support to do so safely and with dignity. The decision is always theirs."
                    ),
                    p(
                        "The sessions covered who can apply, how a return is organised, and the reintegration "
                        "support that can follow in the country of origin."
                    ),
                    p(
                        "Staff who work with migrants every day can now give accurate information and refer people "
                        "to our counsellors."
                    ),
                ],
            },
            {
                "type": "statement",
                "slug": "world-refugee-day-2023",
                "title": "World Refugee Day 2023: inclusion starts in our towns and cities",
                "date": datetime.date(2023, 6, 20),
                "dateline_place": "Luxembourg",
                "kind": "statement",
                "topics": ["migrants-rights"],
                "goals": [10, 11],
                "speaker": ("IOM Belgium and Luxembourg", "Country Office"),
                "summary": (
                    "On World Refugee Day, IOM Belgium and Luxembourg highlights the role of local communities in "
                    "helping refugees and migrants rebuild their lives."
                ),
                "body": [
                    p(
                        "Including refugees in the life of their new community, at school, at work and in their "
                        "neighbourhood, benefits everyone. It helps newcomers stand on their own feet and lets "
                        "towns draw on their skills."
                    ),
                    p(
                        "We call for continued investment in language courses, in the recognition of "
                        "qualifications and in access to decent work."
                    ),
                    p(
                        "We also recall that most people forced to flee stay in countries close to home, and that "
                        "solidarity with those countries remains essential."
                    ),
                ],
            },
            {
                "type": "statement",
                "slug": "linas-first-year-in-antwerp",
                "title": "From a training course to a first job: Lina's year in Antwerp",
                "date": datetime.date(2023, 11, 14),
                "dateline_place": "Antwerp",
                "kind": "story",
                "topics": ["migration-and-development", "migrants-rights"],
                "goals": [4, 8],
                "speaker": ("IOM Belgium and Luxembourg", "Country Office"),
                "summary": (
                    "Lina arrived in Antwerp with a nursing diploma and no Dutch. This fictional story, based on "
                    "common experiences, follows her first year of lessons, paperwork and work."
                ),
                "body": [
                    p(
                        "In her first months, Lina took Dutch lessons every morning and spent her afternoons "
                        "gathering the documents she needed to have her diploma recognised."
                    ),
                    p(
                        "A mentoring programme matched her with a retired nurse, who helped her prepare for "
                        "interviews and understand how hospitals work in Belgium."
                    ),
                    h("A first step"),
                    p(
                        "By the end of the year, Lina was working as a care assistant while she completed the last "
                        "steps to work as a nurse again. Her story shows how much a good welcome can change."
                    ),
                ],
            },
            {
                "type": "statement",
                "slug": "fair-recruitment-guide-for-employers",
                "title": "New guide helps employers recruit migrant workers fairly",
                "date": datetime.date(2024, 9, 24),
                "dateline_place": "Brussels",
                "kind": "press_release",
                "topics": ["migration-and-development", "migrants-rights"],
                "goals": [8, 10, 17],
                "speaker": ("IOM Belgium and Luxembourg", "Country Office"),
                "summary": (
                    "IOM Belgium and Luxembourg publishes a short guide for employers who recruit workers from "
                    "abroad, on fair recruitment and a good start in the workplace."
                ),
                "body": [
                    p(
                        "Labour mobility can meet the needs of employers and open new opportunities for workers, "
                        "as long as recruitment is fair. The guide's main advice is to:"
                    ),
                    bullets(
                        "work only with recruiters who charge no fees to workers;",
                        "give each worker a written contract in a language they understand, before they leave home;",
                        "help new staff with housing, language and local procedures in their first weeks.",
                    ),
                    p("The guide is free and can be requested from our office."),
                ],
            },
            {
                "type": "statement",
                "slug": "international-migrants-day-2025",
                "title": "International Migrants Day 2025: safe migration benefits us all",
                "date": datetime.date(2025, 12, 18),
                "dateline_place": "Brussels",
                "kind": "statement",
                "topics": ["migrants-rights", "migration-and-development"],
                "goals": [10, 16, 17],
                "speaker": ("IOM Belgium and Luxembourg", "Country Office"),
                "summary": (
                    "On International Migrants Day, IOM Belgium and Luxembourg recalls what migrants bring to both "
                    "countries and calls for safe and regular pathways for migration."
                ),
                "body": [
                    h("Our message for 18 December"),
                    p(
                        "Migrants work in hospitals, on building sites, in laboratories and in family businesses "
                        "across Belgium and Luxembourg. Their contribution deserves recognition, and their rights "
                        "deserve protection."
                    ),
                    p(
                        "Safe and regular pathways reduce the risk of dangerous journeys and exploitation. We "
                        "encourage countries of origin, transit and destination to keep working together, in the "
                        "spirit of the Global Compact for Migration."
                    ),
                ],
            },
            {
                "type": "statement",
                "slug": "family-remittances-day-2026",
                "title": "International Day of Family Remittances: small transfers, large impact",
                "date": datetime.date(2026, 6, 16),
                "dateline_place": "Brussels",
                "kind": "news",
                "topics": ["migration-and-development"],
                "goals": [1, 10, 17],
                "speaker": ("IOM Belgium and Luxembourg", "Country Office"),
                "summary": (
                    "Each year on 16 June, the International Day of Family Remittances recognises the money that "
                    "migrants send to their families. We look at why these transfers matter."
                ),
                "body": [
                    p(
                        "For many families, money sent by a relative abroad pays for food, school fees, medical "
                        "care or a small business. Taken together, remittances are one of the largest flows of "
                        "money to lower and middle-income countries."
                    ),
                    p(
                        "Sending money is still expensive on many routes. Lower fees and safe digital services "
                        "leave more money with the families who need it."
                    ),
                    figures(
                        "Remittances in brief",
                        [
                            ("16 June", "International Day of Family Remittances"),
                            (
                                "3%",
                                "the level below which the Sustainable Development Goals aim to bring the cost "
                                "of sending money home by 2030",
                            ),
                        ],
                    ),
                ],
            },
        ],
    },
    ACCESSIBILITY_STATEMENT,
]

# Illustrations the project draws (home/seed/illustrations.py, docs/images-licence.md): decorative, so screen
# readers skip them, with a description for the image library and the project as the credit.
ILLUSTRATION_CREDIT = "IOM Belgium and Luxembourg (illustration)"
ILLUSTRATIONS = {
    "home": "Blue circles and waves: the home page's illustration",
    "who-we-are": "Overlapping blue and yellow circles: Who We Are",
    "about": "Soft blue waves: About",
    "iom-global": "Light circles over a dark blue sky: IOM Global",
    "our-work": "Teal and blue shapes: Our Work",
    "cross-cutting-global": "Blue bands and circles: Cross-cutting (Global)",
    "take-action": "Warm circles on blue: Take Action",
    "2030-agenda": "Circles of many sizes on blue: 2030 Agenda",
    "statement-2021": "Blue waves at dusk: International Migrants Day",
    "refugee-day-2019": "Soft circles on blue: World Refugee Day 2019",
    "global-compact": "Blue bands and light circles: the Global Compact for Migration",
    "counter-trafficking": "Dark blue waves with light circles: counter-trafficking awareness",
    "returnee-workshop": "Warm circles over blue waves: a returnee's workshop",
    "review-forum": "Circles meeting on blue: International Migration Review Forum",
    "return-information": "Calm blue bands: information on voluntary return",
    "refugee-day-2023": "Light circles over blue waves: World Refugee Day 2023",
    "integration-story": "Bright circles on blue: a first year in Antwerp",
    "fair-recruitment": "Blue and yellow shapes: fair recruitment guide",
    "migrants-day-2025": "Blue waves and warm light: International Migrants Day 2025",
    "factsheet": "Blue and orange shapes: factsheet cover",
    "annual-overview": "Layered blue circles: annual overview cover",
    "remittances": "Light waves on blue: remittances data cover",
    "return-guide": "Blue and yellow bands: return guide cover",
}
# The illustration of each seeded page, by its slug.
PAGE_ILLUSTRATIONS = {
    "who-we-are": "who-we-are",
    "about": "about",
    "iom-global": "iom-global",
    "our-work": "our-work",
    "cross-cutting-global": "cross-cutting-global",
    "take-action": "take-action",
    "2030-agenda": "2030-agenda",
    "international-migrants-day-statement-2021": "statement-2021",
    "world-refugee-day-2019": "refugee-day-2019",
    "global-compact-for-migration-one-year-on": "global-compact",
    "counter-trafficking-awareness-antwerp": "counter-trafficking",
    "samuels-workshop-a-fresh-start": "returnee-workshop",
    "international-migration-review-forum-2022": "review-forum",
    "voluntary-return-information-sessions-luxembourg": "return-information",
    "world-refugee-day-2023": "refugee-day-2023",
    "linas-first-year-in-antwerp": "integration-story",
    "fair-recruitment-guide-for-employers": "fair-recruitment",
    "international-migrants-day-2025": "migrants-day-2025",
    "family-remittances-day-2026": "remittances",
    "assisted-voluntary-return-factsheet": "factsheet",
    "annual-overview-2023": "annual-overview",
    "remittances-data": "remittances",
    "return-guide-for-partners": "return-guide",
}

TOPICS = [
    ("migrants-rights", "Migrants' rights"),
    ("migration-and-development", "Migration and development"),
    ("return-and-reintegration", "Return and reintegration"),
]

# The office's contact details and IOM's social media accounts; editable in Settings > Contact details.
CONTACT = {
    "email": "iombrussels@iom.int",
    "phone": "+32 2 287 70 00",
    "x_url": "https://x.com/UNmigration",
    "facebook_url": "https://www.facebook.com/IOM",
    "linkedin_url": "https://www.linkedin.com/company/international-organization-for-migration",
    "instagram_url": "https://www.instagram.com/unmigration/",
    "youtube_url": "https://www.youtube.com/@IOMUNMigration",
}

FOOTER = {
    "organisation_name": "IOM Belgium and Luxembourg",
    "address": "International Organization for Migration\nRue Montoyer 40\n1000 Brussels, Belgium",
    "opening_hours": "Monday to Friday, 9:00–17:00\nClosed on Belgian public holidays",
    "text": (
        "<p>The country office of the International Organization for Migration for Belgium and Luxembourg. "
        'Part of the global IOM network: <a href="https://www.iom.int/">iom.int</a>.</p>'
    ),
}
