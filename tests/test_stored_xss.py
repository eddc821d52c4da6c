"""Stored script injection: markup and script addresses saved in every field editors, translators and importers
fill in stay inert wherever the site or the admin shows them.

Each example plants hostile text (script elements, attribute break-outs, `javascript:` addresses, template syntax,
stray unicode) with its own marker in page fields, in every StreamField block, in snippets, settings, images and
documents, then reads the pages that show them. Text must come out escaped (or stripped, for rich text), and no
address that runs script may become a link or a source. Every example is rolled back before the next.
"""

import datetime
import json
import uuid
from dataclasses import dataclass, field
from urllib.parse import urlencode

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import transaction
from django.test import Client
from django.urls import reverse
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from wagtail import blocks as wagtail_blocks
from wagtail.contrib.forms.models import FormSubmission
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale
from wagtail.test.utils.form_data import querydict_from_html
from wagtail_localize.models import (
    OverridableSegment,
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from core.blocks import CallToActionBlock, EmbedBlock, RichTextBlock, safe_url
from engage.forms import CONSENT_FIELD
from engage.models import TakeActionPage
from home.models import ContactSettings, FooterText, Goal, PageGoal, SectionPage
from news.models import ArticleTopic, NewsIndexPage, StatementPage
from resources.models import ResourceLibraryPage, ResourcePage, ResourceTopic
from tests.factories import DocumentFactory, ImageFactory, PersonFactory, TopicFactory
from tests.html_checks import executable_urls

# Each example builds pages and reads a dozen of them, so there are few, and a failure is reported as found
# (shrinking it would take minutes; the message names the field and the page).
EXAMPLES = settings(
    max_examples=6,
    deadline=None,
    database=None,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
# The admin's pages are slower to build and read: fewer examples there.
ADMIN_EXAMPLES = settings(EXAMPLES, max_examples=4)

# (what is stored, what would run if it reached a page unescaped); {m} is the field's marker.
ATTACKS = [
    ('<script>alert("{m}")</script>', '<script>alert("{m}")'),
    ('"><img src=x onerror=alert("{m}")>', '<img src=x onerror=alert("{m}")'),
    ("'><svg/onload=alert('{m}')>", "<svg/onload=alert('{m}')"),
    ('</textarea><script>alert("{m}")</script>', '</textarea><script>alert("{m}")'),
    ('</title><script>alert("{m}")</script>', '</title><script>alert("{m}")'),
    ('</script><script>alert("{m}")</script>', '</script><script>alert("{m}")'),
    ("<a href=\"javascript:alert('{m}')\">{m}</a>", "<a href=\"javascript:alert('{m}')\""),
    (
        "<iframe srcdoc=\"&lt;script&gt;alert('{m}')\"></iframe>",
        "<iframe srcdoc=\"&lt;script&gt;alert('{m}')",
    ),
    ("{{{{7*7}}}}{m}{{% debug %}}", "49{m}"),
    ("<!--{m}--><style>*{{color:red}}</style>", "<!--{m}-->"),
]
# Addresses that run script; browsers ignore case, leading blanks, and tabs or newlines inside the scheme.
SCRIPT_URLS = [
    "javascript:alert('{m}')",
    "JaVaScRiPt:alert('{m}')",
    " javascript:alert('{m}')",
    "java\tscript:alert('{m}')",
    "javascript:/*\n*/alert('{m}')",
    "data:text/html,<script>alert('{m}')</script>",
    "vbscript:msgbox('{m}')",
]
# A web address that passes URL validation but carries markup, for the fields that validate addresses.
WEB_URL = "https://example.org/{m}?q=\"><svg/onload=alert('{m}')>"
WEB_URL_EXECUTABLE = "<svg/onload=alert('{m}')"

FILLER = st.text(st.characters(exclude_categories=("Cs", "Cc")), max_size=4)


@dataclass
class Hostile:
    """The payloads of one example: each field gets its own marker, so a failure names the field."""

    token: str
    attacks: list
    script_url: str
    prefix: str
    suffix: str
    planted: dict = field(default_factory=dict)  # where -> (marker, executable forms)

    def marker(self, where):
        marker = f"hx{self.token}{len(self.planted):02d}"
        self.planted[where] = (marker, [])
        return marker

    def text(self, where, limit=255):
        """Hostile text for the field `where`, at most `limit` characters long."""
        marker = self.marker(where)
        pieces, used = [], []
        for stored, executable in self.attacks:
            piece = stored.format(m=marker)
            if len(self.prefix) + sum(map(len, pieces)) + len(piece) + len(self.suffix) <= limit:
                pieces.append(piece)
                used.append(executable.format(m=marker))
        if pieces:
            text = self.prefix + "".join(pieces) + self.suffix
        else:  # the shortest attack always fits a short field
            stored, executable = ATTACKS[0]
            text, used = stored.format(m=marker), [executable.format(m=marker)]
        self.planted[where] = (marker, used)
        return text

    def url(self, where):
        """A script address, as an importer or a translator's override could store it without validation."""
        marker = self.marker(where)
        return self.script_url.format(m=marker)

    def web_url(self, where):
        """A valid web address with markup in it, as an editor could type it."""
        marker = self.marker(where)
        self.planted[where] = (marker, [WEB_URL_EXECUTABLE.format(m=marker)])
        return WEB_URL.format(m=marker)

    def of(self, where):
        return self.planted[where][0]

    def assert_inert(self, response, where, shows=()):
        assert response.status_code == 200, f"{where}: {response.status_code}"
        body = response.content.decode()
        problems = []
        for name, (_marker, executable_forms) in self.planted.items():
            for form in executable_forms:
                if form in body:
                    at = body.find(form)
                    problems.append(f"{name}: {form!r} unescaped in …{body[max(0, at - 80) : at + 120]}…")
        for url in executable_urls(body):
            names = [name for name, (marker, _forms) in self.planted.items() if marker in url]
            if names:
                problems.append(f"{', '.join(names)}: script address rendered as a link: {url[:120]!r}")
        assert not problems, f"{where}:\n  " + "\n  ".join(problems)
        for name in shows:  # the payload is on this page, escaped: the check above was not vacuous
            assert self.of(name) in body, f"{where} does not show {name} ({self.of(name)})"


@st.composite
def hostiles(draw):
    return Hostile(
        token=draw(st.text("abcdefghjkmnpqrstuvwxyz", min_size=8, max_size=8)),
        attacks=draw(st.lists(st.sampled_from(ATTACKS), min_size=1, max_size=3, unique=True)),
        script_url=draw(st.sampled_from(SCRIPT_URLS)),
        prefix=draw(FILLER),
        suffix=draw(FILLER),
    )


def rich_text(widget, text, link):
    """What the rich text editor saves when `text` is typed and its first word linked to `link`.

    The editor sends its content as Draft.js JSON; the widget converts it to Wagtail's stored HTML, keeping only
    the features it allows. This is the only way rich text gets in: a hostile browser can send any JSON.
    """
    text = "Link " + text
    contentstate = {
        "blocks": [
            {
                "key": "hx001",
                "type": "unstyled",
                "depth": 0,
                "text": text,
                "inlineStyleRanges": [{"offset": 0, "length": 4, "style": "BOLD"}],
                "entityRanges": [{"offset": 0, "length": 4, "key": 0}],
                "data": {},
            },
            {
                "key": "hx002",
                "type": "header-two",  # not an allowed feature: dropped to a paragraph
                "depth": 0,
                "text": text,
                "inlineStyleRanges": [],
                "entityRanges": [{"offset": 0, "length": 4, "key": 1}],
                "data": {},
            },
        ],
        "entityMap": {
            "0": {"type": "LINK", "mutability": "MUTABLE", "data": {"url": link}},
            "1": {"type": "IMAGE", "mutability": "IMMUTABLE", "data": {"src": link, "alt": text, "id": 1}},
        },
    }
    return widget.value_from_datadict({"field": json.dumps(contentstate)}, {}, "field")


def block_rich_text(block, text, link):
    return rich_text(block.field.widget, text, link)


def item(value):
    return {"type": "item", "value": value, "id": str(uuid.uuid4())}


def every_block(h, image, document, card_page, prefix, for_editor):
    """A body with every block of BaseStreamBlock, every text in it hostile, within each block's limits.

    `for_editor` keeps what the page editor would refuse out (script addresses, a video address it would fetch),
    so that the edit form can be sent back as it is, for the preview.
    """
    paragraph = RichTextBlock()
    answer = wagtail_blocks.RichTextBlock(features=["bold", "italic", "link", "ol", "ul"])
    cta_url = (
        h.web_url(f"{prefix} call to action address")
        if for_editor
        else h.url(f"{prefix} call to action address")
    )
    body = [
        {"type": "heading", "value": {"text": h.text(f"{prefix} heading", 200), "level": "h3"}},
        {
            "type": "paragraph",
            "value": block_rich_text(paragraph, h.text(f"{prefix} paragraph"), h.url(f"{prefix} link")),
        },
        {
            "type": "image",
            "value": {
                "image": image.pk,
                "alt_text": h.text(f"{prefix} image alt text", 250),
                "decorative": False,
                "caption": h.text(f"{prefix} image caption", 300),
                "credit": h.text(f"{prefix} image credit", 150),
            },
        },
        {
            "type": "quote",
            "value": {
                "quote": h.text(f"{prefix} quote"),
                "attribution": h.text(f"{prefix} quote attribution", 150),
                "role": h.text(f"{prefix} quote role", 150),
            },
        },
        {
            "type": "key_figures",
            "value": {
                "heading": h.text(f"{prefix} figures heading", 150),
                "show_chart": False,
                "figures": [
                    item(
                        {
                            "number": h.text(f"{prefix} figure", 40),
                            "label": h.text(f"{prefix} figure label", 160),
                        }
                    )
                ],
            },
        },
        {
            "type": "key_figures",
            "value": {
                "heading": "",
                "show_chart": True,
                "figures": [
                    item({"number": "12", "label": h.text(f"{prefix} chart label", 160)}),
                    item({"number": "1 340", "label": "b"}),
                ],
            },
        },
        {
            "type": "call_to_action",
            "value": {
                "title": h.text(f"{prefix} call to action title", 120),
                "text": h.text(f"{prefix} call to action text"),
                "link_text": h.text(f"{prefix} call to action button", 60),
                "page": None,
                "url": cta_url,
            },
        },
        {
            "type": "document",
            "value": {
                "document": document.pk,
                "title": "",
                "description": h.text(f"{prefix} document description"),
            },
        },
        {
            "type": "accordion",
            "value": {
                "heading": h.text(f"{prefix} accordion heading", 150),
                "items": [
                    item(
                        {
                            "question": h.text(f"{prefix} accordion question", 250),
                            "answer": block_rich_text(
                                answer, h.text(f"{prefix} accordion answer"), h.url(f"{prefix} answer link")
                            ),
                        }
                    )
                ],
            },
        },
        {
            "type": "table",
            "value": {
                "first_row_is_table_header": True,
                "first_col_is_header": True,
                "table_caption": h.text(f"{prefix} table caption"),
                "data": [[h.text(f"{prefix} table header"), "b"], [h.text(f"{prefix} table cell"), "d"]],
            },
        },
        {
            "type": "page_cards",
            "value": {
                "heading": h.text(f"{prefix} cards heading", 150),
                "source": "chosen",
                "pages": [card_page.pk],
            },
        },
    ]
    if not for_editor:
        body.append(
            {
                "type": "embed",
                "value": {
                    "embed": h.url(f"{prefix} video address"),
                    "title": h.text(f"{prefix} video title", 150),
                    "caption": h.text(f"{prefix} video caption", 300),
                },
            }
        )
    return body


@dataclass
class Planted:
    section: SectionPage
    statement: StatementPage
    resource: ResourcePage
    footer: FooterText
    home: object
    image: object
    document: object
    take_action: TakeActionPage


def english(model, **filters):
    return model.objects.get(locale__language_code="en", **filters)


def publish(page):
    revision = page.save_revision()
    revision.publish()
    return revision


def plant(h, for_editor=False):
    """Hostile content everywhere: pages of four types, every block, the Take Action form and a visitor's answers,
    snippets, settings, an image, a document, a search promotion."""
    home = english(SectionPage, slug="who-we-are").get_parent().specific
    image = ImageFactory(title=h.text("image title"), description=h.text("image description"))
    document = DocumentFactory(title=h.text("document title"))
    person = PersonFactory(name=h.text("person name", 150), role=h.text("person role", 200))
    topic = TopicFactory(name=h.text("topic name", 100), slug=f"hx-{h.token}")
    goal = english(Goal, number=1)
    goal.name = h.text("goal name", 100)
    goal.description = h.text("goal description")
    goal.save()
    footer = english(FooterText)
    footer.organisation_name = h.text("footer organisation", 150)
    footer.address = h.text("footer address")
    footer.text = rich_text(
        FooterText._meta.get_field("text").formfield().widget, h.text("footer text"), h.url("footer link")
    )
    footer.save()
    contact = ContactSettings.objects.first() or ContactSettings()
    contact.phone = h.text("contact phone", 40)
    contact.facebook_url = h.web_url("facebook address")
    contact.linkedin_url = h.web_url("linkedin address")
    contact.save()

    who = english(SectionPage, slug="who-we-are")
    section = SectionPage(
        title=h.text("section title"),
        slug=f"hx-{h.token}",
        seo_title=h.text("section seo title"),
        search_description=h.text("section search description"),
        intro=h.text("section intro"),
    )
    who.add_child(instance=section)
    section.body = every_block(h, image, document, who, "section", for_editor)
    PageGoal.objects.create(page=section, goal=goal)
    publish(section)

    news = english(NewsIndexPage)
    statement = StatementPage(
        title=h.text("article title"),
        slug=f"hx-article-{h.token}",
        seo_title=h.text("article seo title"),
        search_description=h.text("article search description"),
        date=datetime.date(2099, 12, 31),
        kind="news",
        dateline_place=h.text("article dateline", 100),
        speaker=person,
        summary=h.text("article summary"),
        featured_image=image,
        featured_image_alt=h.text("article image alt text", 250),
        featured_image_credit=h.text("article image credit", 150),
        canonical_url=h.web_url("article original address"),
    )
    news.add_child(instance=statement)
    statement.body = every_block(h, image, document, section, "article", for_editor)
    ArticleTopic.objects.create(page=statement, topic=topic)
    PageGoal.objects.create(page=statement, goal=goal)
    publish(statement)

    library = english(ResourceLibraryPage)
    resource = ResourcePage(
        title=h.text("resource title"),
        slug=f"hx-resource-{h.token}",
        resource_type="report",
        year=2023,
        document_language="en",
        document=document,
        external_url="",
        featured_image=image,
        featured_image_alt=h.text("resource cover alt text", 250),
        summary=h.text("resource summary"),
    )
    library.add_child(instance=resource)
    ResourceTopic.objects.create(page=resource, topic=topic)
    PageGoal.objects.create(page=resource, goal=goal)
    publish(resource)

    SearchPromotion.objects.create(
        query=Query.get(h.of("section title")),
        external_link_url=h.web_url("promotion address"),
        external_link_text=h.text("promotion text"),
        description=h.text("promotion description"),
        sort_order=0,
    )

    take_action = english(TakeActionPage)
    take_action.intro = h.text("form introduction")
    take_action.consent_text = h.text("form consent")
    take_action.thank_you_text = rich_text(
        TakeActionPage._meta.get_field("thank_you_text").formfield().widget,
        h.text("form thanks"),
        h.url("form thanks link"),
    )
    for form_field in take_action.form_fields.all():
        form_field.label = h.text(f"form label of {form_field.clean_name}")
        form_field.help_text = h.text(f"form help of {form_field.clean_name}")
        if form_field.field_type == "dropdown":
            form_field.choices = h.text("form choice") + "\nVolunteer"
        form_field.save()
    publish(take_action)
    # What a visitor sent, as the form stores it: shown to staff in the admin.
    FormSubmission.objects.create(
        page=take_action,
        form_data={
            "name": h.text("visitor name"),
            "email": "visitor@example.org",
            "how_to_help": "Volunteer",
            "message": h.text("visitor message"),
            CONSENT_FIELD: True,
        },
    )
    return Planted(section, statement, resource, footer, home, image, document, take_action)


def rolled_back():
    """Each example runs in its own savepoint, rolled back at its end, with nothing left in the cache."""
    cache.clear()
    return transaction.atomic()


# --- The public site ---------------------------------------------------------------------------------------------
@EXAMPLES
@given(h=hostiles())
def test_hostile_content_is_inert_on_every_public_page_that_shows_it(seeded_site, h):
    with rolled_back():
        planted = plant(h)
        visitor = Client()
        section, statement, resource = planted.section, planted.statement, planted.resource
        h.assert_inert(
            visitor.get(section.url),
            "the section page",
            shows=[
                "section title",
                "section intro",
                "section heading",
                "section paragraph",
                "section quote",
                "section table cell",
                "section video caption",
                "footer organisation",
                "footer text",
            ],
        )
        h.assert_inert(
            visitor.get(statement.url),
            "the article",
            shows=[
                "article title",
                "article summary",
                "article dateline",
                "person name",
                "topic name",
                "article call to action title",
                "document title",
                "article accordion answer",
            ],
        )
        h.assert_inert(visitor.get(resource.url), "the resource", shows=["resource title", "goal name"])
        h.assert_inert(
            visitor.get(section.get_parent().url), "the parent section's cards", shows=["section title"]
        )
        h.assert_inert(visitor.get(statement.get_parent().url), "the news index", shows=["article title"])
        h.assert_inert(visitor.get(planted.home.url), "the home page's latest news", shows=["article title"])
        h.assert_inert(visitor.get(resource.get_parent().url), "the library", shows=["resource summary"])
        agenda = english(SectionPage, slug="cross-cutting-global").get_children().get(slug="2030-agenda")
        h.assert_inert(visitor.get(agenda.url), "the 2030 Agenda page", shows=["goal name", "section title"])
        h.assert_inert(
            visitor.get("/en/search/", {"q": h.of("section title")}),
            "the search results",
            shows=["section title", "promotion text"],
        )
        for feed in ("rss_feed", "atom_feed"):
            index = statement.get_parent().specific
            response = visitor.get(index.url + index.reverse_subpage(feed))
            h.assert_inert(response, f"the {feed.replace('_', ' ')}", shows=["article title"])
        h.assert_inert(
            visitor.get(planted.take_action.url),
            "the Take Action form",
            shows=[
                "form introduction",
                "form consent",
                "form label of name",
                "form help of email",
                "form choice",
            ],
        )
        answers = {
            "name": h.text("visitor's typed name"),
            "email": "visitor@example.org",
            "how_to_help": "Volunteer",
            "message": h.text("visitor's typed message"),
            CONSENT_FIELD: "on",
        }
        h.assert_inert(
            visitor.post(planted.take_action.url, answers, follow=True),
            "the Take Action thanks",
            shows=["form thanks"],
        )
        answers["email"] = "not an address"
        h.assert_inert(
            visitor.post(planted.take_action.url, answers),
            "the Take Action form with errors",
            shows=["visitor's typed name", "visitor's typed message"],
        )
        h.assert_inert(visitor.get("/sitemap.xml"), "the sitemap")
        response = visitor.get(f"/api/v2/pages/{statement.pk}/")
        assert response.status_code == 200
        assert response["Content-Type"] == "application/json"
        assert response["X-Content-Type-Options"] == "nosniff"
        assert json.loads(response.content)["title"] == statement.title
        transaction.set_rollback(True)


# --- The admin ----------------------------------------------------------------------------------------------------
@pytest.fixture
def superuser_client(seeded_site, django_user_model):
    user = django_user_model.objects.create_superuser("hx-admin", "hx@example.org", "x" * 12)
    client = Client()
    client.force_login(user)
    return client


def block_form_data(block, value, prefix):
    """The form data the page editor's browser sends for `value` of `block` (Wagtail draws StreamFields with
    JavaScript, so they are missing from the edit form's HTML)."""
    data = {}
    if isinstance(block, wagtail_blocks.StreamBlock):
        data[f"{prefix}-count"] = len(value)
        for index, child in enumerate(value):
            at = f"{prefix}-{index}"
            data.update({f"{at}-type": child.block_type, f"{at}-deleted": "", f"{at}-order": index})
            data[f"{at}-id"] = child.id or str(uuid.uuid4())
            data.update(block_form_data(child.block, child.value, f"{at}-value"))
    elif isinstance(block, wagtail_blocks.ListBlock):
        children = value.bound_blocks
        data[f"{prefix}-count"] = len(children)
        for index, child in enumerate(children):
            at = f"{prefix}-{index}"
            data.update(
                {f"{at}-deleted": "", f"{at}-order": index, f"{at}-id": child.id or str(uuid.uuid4())}
            )
            data.update(block_form_data(block.child_block, child.value, f"{at}-value"))
    elif isinstance(block, wagtail_blocks.StructBlock):
        for name, child_block in block.child_blocks.items():
            data.update(block_form_data(child_block, value.get(name), f"{prefix}-{name}"))
    elif isinstance(block, wagtail_blocks.BooleanBlock):
        if value:
            data[prefix] = "on"
    elif isinstance(block, wagtail_blocks.ChooserBlock):
        data[prefix] = value.pk if value else ""
    elif isinstance(block, wagtail_blocks.RichTextBlock):
        data[prefix] = block.field.widget.format_value(value.source)
    else:
        form_value = block.value_for_form(value)
        data[prefix] = "" if form_value is None else form_value
    return data


def preview(client, page):
    """The admin's preview of `page`, from its edit form sent back as the editor's browser would send it."""
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert edit.status_code == 200
    data = querydict_from_html(edit.content.decode(), form_id="page-edit-form")
    for name in [name for name in data if name.startswith("body-")]:
        del data[name]
    for name, value in block_form_data(page.body.stream_block, page.body, "body").items():
        data[name] = str(value)
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    state = client.post(preview_url, data=data)
    assert state.json() == {"is_valid": True, "is_available": True}, state.content[:500]
    return edit, client.get(preview_url)


@ADMIN_EXAMPLES
@given(h=hostiles())
def test_hostile_content_is_inert_in_the_admin(superuser_client, h):
    with rolled_back():
        planted = plant(h, for_editor=True)
        admin = superuser_client
        section, statement = planted.section, planted.statement
        h.assert_inert(admin.get("/admin/"), "the dashboard")
        h.assert_inert(
            admin.get(reverse("wagtailadmin_explore", args=[section.get_parent().pk])),
            "the page explorer",
            shows=["section title"],
        )
        h.assert_inert(
            admin.get(reverse("wagtailadmin_pages:search"), {"q": h.of("article title")}),
            "the admin page search",
            shows=["article title"],
        )
        edit, shown = preview(admin, section)
        h.assert_inert(edit, "the section's edit form", shows=["section title"])
        h.assert_inert(shown, "the section's preview", shows=["section title", "section quote"])
        edit, shown = preview(admin, statement)
        h.assert_inert(edit, "the article's edit form", shows=["article title"])
        h.assert_inert(shown, "the article's preview", shows=["article title", "article summary"])

        first = section.get_latest_revision()
        section.title = h.text("revised section title")
        section.intro = h.text("revised section intro")
        section.body = every_block(h, planted.image, planted.document, statement, "revised", for_editor=True)
        second = publish(section)
        compare = reverse("wagtailadmin_pages:revisions_compare", args=[section.pk, first.pk, second.pk])
        h.assert_inert(admin.get(compare), "the revision comparison", shows=["revised section title"])
        h.assert_inert(
            admin.get(reverse("wagtailadmin_pages:history", args=[section.pk])), "the page history"
        )
        listings = {
            "people": ("wagtailsnippets_news_person:list", ["person name"]),
            "topics": ("wagtailsnippets_news_topic:list", ["topic name"]),
            "footer texts": ("wagtailsnippets_home_footertext:list", ["footer organisation"]),
            "goals": ("wagtailsnippets_home_goal:list", ["goal name"]),
            "images": ("wagtailimages:index", ["image title"]),
            "documents": ("wagtaildocs:index", ["document title"]),
            "search promotions": ("wagtailsearchpromotions:index", ["section title"]),
        }
        for name, (url_name, shows) in listings.items():
            h.assert_inert(admin.get(reverse(url_name)), f"the {name} listing", shows=shows)
        h.assert_inert(
            admin.get(
                reverse(
                    "wagtailsettings:edit", args=["home", "contactsettings", ContactSettings.objects.get().pk]
                )
            ),
            "the contact settings",
            shows=["contact phone"],
        )
        h.assert_inert(
            admin.get(reverse("wagtailforms:list_submissions", args=[planted.take_action.pk])),
            "the Take Action submissions",
            shows=["visitor name", "visitor message"],
        )
        h.assert_inert(
            admin.get(reverse("wagtailimages:edit", args=[planted.image.pk])),
            "the image's edit form",
            shows=["image title", "image description"],
        )
        h.assert_inert(
            admin.get(reverse("wagtaildocs:edit", args=[planted.document.pk])),
            "the document's edit form",
            shows=["document title"],
        )
        h.assert_inert(
            admin.get(reverse("wagtailsnippets_news_person:edit", args=[statement.speaker_id])),
            "the person's edit form",
            shows=["person name"],
        )
        transaction.set_rollback(True)


def translate_to_french(instance):
    """The French translation of `instance` in wagtail-localize, brought up to date with its English source as
    "Translate this page" (or "Sync translated pages") does; pages are saved as drafts."""
    french = Locale.objects.get(language_code="fr")
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    source.update_from_db()
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=french)
    if instance.get_translation_or_none(french) is None:
        translation.save_target(publish=False)
    return translation, instance.get_translation(french)


def translate_every_string(translation):
    """A translator's work: every string of the source given a French text."""
    for segment in StringSegment.objects.filter(source=translation.source).select_related(
        "string", "context"
    ):
        StringTranslation.objects.get_or_create(
            translation_of=segment.string,
            locale=translation.target_locale,
            context=segment.context,
            defaults={"data": f"FR {segment.string.data}"},
        )


@ADMIN_EXAMPLES
@given(h=hostiles())
def test_hostile_source_text_is_inert_in_the_translation_editor(superuser_client, h):
    with rolled_back():
        planted = plant(h)
        _translation, french = translate_to_french(planted.statement)
        editor = superuser_client.get(reverse("wagtailadmin_pages:edit", args=[french.pk]))
        assert b'class="js-translation-editor" data-props=' in editor.content  # wagtail-localize's editor
        h.assert_inert(editor, "the article's translation editor", shows=["article title", "article summary"])
        _translation, french_footer = translate_to_french(planted.footer)
        editor = superuser_client.get(
            reverse("wagtailsnippets_home_footertext:edit", args=[french_footer.pk])
        )
        h.assert_inert(editor, "the footer's translation editor", shows=["footer organisation"])
        transaction.set_rollback(True)


# --- Addresses -------------------------------------------------------------------------------------------------
@st.composite
def script_addresses(draw):
    scheme = draw(st.sampled_from(["javascript", "vbscript", "data"]))
    scheme = "".join(c.upper() if draw(st.booleans()) else c for c in scheme)
    if draw(st.booleans()):  # a tab or newline inside the scheme, which browsers skip
        at = draw(st.integers(1, len(scheme) - 1))
        scheme = scheme[:at] + draw(st.sampled_from(["\t", "\n", "\r"])) + scheme[at:]
    lead = draw(st.sampled_from(["", " ", "\x01", "\u00a0"]))
    rest = "text/html,<script>alert('hx')</script>" if scheme.lower() == "data" else "alert('hx')"
    return f"{lead}{scheme}:{rest}"


ADDRESS_FIELDS = [
    (StatementPage, "canonical_url"),
    (ResourcePage, "external_url"),
    (ContactSettings, "facebook_url"),
    (ContactSettings, "youtube_url"),
    (SearchPromotion, "external_link_url"),
]


@settings(
    max_examples=40, deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(url=script_addresses())
def test_every_address_an_editor_types_refuses_script_addresses(db, url):
    cta = CallToActionBlock()
    with pytest.raises(ValidationError):
        cta.clean(cta.to_python({"title": "t", "text": "", "link_text": "go", "page": None, "url": url}))
    with pytest.raises(ValidationError):
        EmbedBlock().child_blocks["embed"].clean(EmbedBlock().child_blocks["embed"].to_python(url))
    for model, name in ADDRESS_FIELDS:
        with pytest.raises(ValidationError):
            model._meta.get_field(name).clean(url, None)
    stored = block_rich_text(RichTextBlock(), "text", url)
    assert not list(executable_urls(stored)), stored
    assert safe_url(url) == ""


def test_the_text_block_allows_only_its_own_features():
    """Not headings, images or embeds: a crafted image in a text block made the page fail to render."""
    widget = RichTextBlock().field.widget
    assert widget.features == RichTextBlock.FEATURES
    stored = rich_text(widget, "A", "https://www.iom.int/")
    assert "<embed" not in stored and "<h2" not in stored
    assert '<a href="https://www.iom.int/">' in stored


@pytest.mark.parametrize(
    "url", ["https://www.iom.int/", "/en/news/", "mailto:info@example.org", "tel:+3225551234"]
)
def test_ordinary_addresses_stay_links(url):
    assert safe_url(url) == url


@pytest.fixture
def french_translator(seeded_site, django_user_model):
    user = django_user_model.objects.create_user("hx-traductrice", "t@example.org", "x" * 12)
    user.groups.add(Group.objects.get(name="Translators (French)"))
    client = Client()
    client.force_login(user)
    return client


@settings(
    max_examples=3,
    deadline=None,
    database=None,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(url=st.sampled_from(SCRIPT_URLS))
def test_a_translator_cannot_turn_a_button_or_video_into_a_script_link(
    french_translator, django_capture_on_commit_callbacks, url
):
    """wagtail-localize publishes overridden addresses without the blocks' validation: the templates refuse them."""
    with rolled_back():
        who = english(SectionPage, slug="who-we-are")
        page = SectionPage(title="Partner with us", slug="hx-partner", intro="Work with IOM.")
        page.body = [
            {
                "type": "call_to_action",
                "value": {
                    "title": "Join",
                    "text": "",
                    "link_text": "Join",
                    "page": None,
                    "url": "https://www.iom.int/",
                },
            },
            {
                "type": "embed",
                "value": {"embed": "https://www.youtube.com/watch?v=hx", "title": "Film", "caption": ""},
            },
        ]
        who.add_child(instance=page)
        publish(page)
        translation, french = translate_to_french(page)
        translate_every_string(translation)  # a partial translation is never published (issue 13)
        overridden = url.format(m="hxoverride")
        for segment in OverridableSegment.objects.filter(source=translation.source):
            response = french_translator.put(
                reverse("wagtail_localize:edit_override", args=[translation.pk, segment.pk]),
                data=urlencode({"value": overridden}),
                content_type="application/x-www-form-urlencoded",
            )
            assert response.status_code == 201
        with django_capture_on_commit_callbacks(execute=True):
            response = french_translator.post(
                reverse("wagtailadmin_pages:edit", args=[french.pk]), {"action": "publish"}
            )
        assert response.status_code == 302
        french.refresh_from_db()
        assert french.live
        # The override was published as typed; both blocks are shown, without their links.
        assert "hxoverride" in json.dumps(list(french.specific.body.raw_data))
        body = Client().get(french.url).content.decode()
        assert 'class="cta__title"' in body and "block-embed" in body
        assert not [address for address in executable_urls(body) if "hxoverride" in address]
        transaction.set_rollback(True)
