"""Build the seeded site of product.md: only what the seed owns, and never what editors made or changed.

`make run` runs this command every time, on a database that editors may have worked on for months. Everything
it makes goes through the seed's ledger (core/seeding.py, which states the rules): each page, snippet, document,
translation and setup step has a key ("page:who-we-are/about", "page:who-we-are/about@fr", "topic:...",
"step:..."), is made once, and is then left as editors leave it: renamed, moved, edited, unpublished or deleted.
Pages, snippets and topics that editors made are never translated, checked or linked to by the seed.

Keys are the seed's own: a page's key is the path of slugs of product.md's tree (content_en.TREE), whatever
its slug or place is now. New content added to content_en later is made on the next run, below its parent
wherever editors moved it, unless editors deleted that parent.
"""

import hashlib
import json

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.actions.copy_for_translation import ParentNotTranslatedError
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, Site
from wagtail_localize.models import MissingRelatedObjectError, MissingTranslationError

from agenda.models import AgendaPage
from core.seeding import SeedLedger
from editorial.roles import ensure_review_workflow, ensure_roles, ensure_translator_page_permissions
from engage.models import FormField, TakeActionPage
from home.models import (
    ContactSettings,
    FooterText,
    Goal,
    HomePage,
    HomePageFeaturedPage,
    PageGoal,
    SectionPage,
)
from home.seed import content_en
from home.seed.documents import placeholder_pdf, publication_pdf
from home.seed.illustrations import illustration
from home.seed.translate import MissingStrings, source_strings, translate
from home.seed.translations import KEEP_AS_IS, TRANSLATIONS
from news.models import ArticleTopic, NewsIndexPage, Person, StatementPage, Topic
from resources.models import ResourceLibraryPage, ResourcePage, ResourceTopic

PAGE_TYPES = {
    "section": SectionPage,
    "news_index": NewsIndexPage,
    "statement": StatementPage,
    "resource_library": ResourceLibraryPage,
    "resource": ResourcePage,
    "agenda": AgendaPage,
    "take_action": TakeActionPage,
}

# What the seed made on every run before it kept a ledger (see core/seeding.py): on such a database, the first
# run takes what it finds of these as seeded and the rest as removed by editors. Never add to this list: keys
# of content added later are made as usual.
PRE_LEDGER_KEYS = frozenset(
    [
        *(f"locale:{code}" for code in ("en", "fr", "nl", "de")),
        "topic:migrants-rights",
        "topic:migration-and-development",
        "topic:return-and-reintegration",
        *(f"goal:{number}" for number in range(1, 18)),
        "person:António Vitorino",
        "page:home",
        "page:who-we-are",
        "page:who-we-are/about",
        "page:who-we-are/iom-global",
        "page:our-work",
        "page:our-work/cross-cutting-global",
        "page:our-work/cross-cutting-global/data-and-resources",
        "page:our-work/cross-cutting-global/data-and-resources/assisted-voluntary-return-factsheet",
        "page:our-work/cross-cutting-global/data-and-resources/annual-overview-2023",
        "page:our-work/cross-cutting-global/data-and-resources/remittances-data",
        "page:our-work/cross-cutting-global/data-and-resources/return-guide-for-partners",
        "page:our-work/cross-cutting-global/take-action",
        "page:our-work/cross-cutting-global/2030-agenda",
        "page:news",
        "page:news/international-migrants-day-statement-2021",
        "page:accessibility",
        "document:avrr-factsheet.pdf",
        "document:annual-overview-2023.pdf",
        "document:return-guide-for-partners.pdf",
        "featured-pages",
        "contact-details",
        "footer",
        "step:roles",
        *(f"step:translator-permissions@{code}" for code in ("fr", "nl", "de")),
        *(f"step:review-workflow@{code}" for code in ("en", "fr", "nl", "de")),
    ]
)

# What a translation cannot be made from, once editors have changed its source or the tree around it.
UNTRANSLATABLE = (
    MissingStrings,
    ParentNotTranslatedError,
    MissingRelatedObjectError,
    MissingTranslationError,
    ValidationError,
)


ILLUSTRATION_SIZE = (1600, 1000)

# The text of the placeholder PDFs that earlier versions of the seed made (see ensure_document).
PLACEHOLDER_LINES = ["IOM Belgium and Luxembourg", "Demonstration document of the seeded site."]


def pdf_hash(data):
    return hashlib.sha1(data, usedforsecurity=False).hexdigest()  # as Wagtail computes a document's file_hash


class Command(BaseCommand):
    help = (
        "Create the demo site (locales, page tree in four languages, statement, contact details, editorial "
        "groups). Only what the seed has never made is made: what editors changed or deleted is left as it is."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--list-strings",
            action="store_true",
            help="Print every English string that the translations must cover, then stop.",
        )

    def handle(self, *args, list_strings=False, **options):
        self.snippets = []  # (key, object) of the seed's snippets, translated before the pages that use them
        self.pages = []  # (key, page) of the seed's English pages, parents before children
        self.skipped = []
        with transaction.atomic():
            self.ensure_roots()
            self.ledger = SeedLedger(adoptable=PRE_LEDGER_KEYS if self.seeded_before_ledger() else ())
            if self.ledger.adoptable:
                self.stdout.write("  a site seeded before the seed kept its ledger: what it finds is adopted")
            self.ensure_locales()
            self.ensure_topics()
            self.ensure_goals()
            home = self.ensure_home()
            if home is not None:
                for node in content_en.TREE:
                    self.ensure_page(home, "", node)
                self.ensure_featured(home)
            for node in content_en.RESOURCES:  # also when their pages exist: see ensure_document
                if "file" in node:
                    self.ensure_document(*node["file"])
            self.ensure_contact()
            self.ensure_footer()
        if list_strings:
            for _key, obj in [*self.snippets, *self.pages]:
                for text in source_strings(obj):
                    self.stdout.write(repr(text))
            return
        self.translate_all()
        self.ensure_editorial_setup()
        problems = Page.find_problems()
        if any(problems):
            self.stderr.write(self.style.ERROR(f"Page tree problems: {problems}"))
        for line in self.skipped:
            self.stdout.write(f"  skipped: {line}")
        removed = sorted(set(self.ledger.removed))
        if removed:
            self.stdout.write(
                f"  {len(removed)} seeded object(s) removed by editors, not made again"
                + (f": {', '.join(removed)}" if options.get("verbosity", 1) > 1 else "")
            )
        self.stdout.write(self.style.SUCCESS(f"Seed complete: {len(self.ledger.created)} object(s) created."))

    @staticmethod
    def seeded_before_ledger():
        """A database that an earlier version of this command seeded: its English home page exists, no records."""
        return HomePage.objects.filter(depth=2, locale__language_code=settings.LANGUAGE_CODE).exists()

    # --- Wagtail's roots and the locales --------------------------------------------------------------

    def ensure_roots(self):
        """Wagtail's root page and root collection, made by its migrations, recreated if a flush removed them."""
        if Page.get_first_root_node() is None:
            # A flush also removed the locales that Wagtail's migrations made; the root needs the default one.
            default, _created = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
            Page.add_root(instance=Page(title="Root", slug="root", locale=default))
            self.stdout.write("  root page recreated")
        if Collection.get_first_root_node() is None:
            Collection.add_root(name="Root")
            self.stdout.write("  root collection recreated")

    def ensure_locales(self):
        self.locales = {}
        for code, _name in settings.LANGUAGES:

            def create(code=code):
                self.stdout.write(f"  locale {code} created")
                return Locale.objects.create(language_code=code)

            self.locales[code] = self.ledger.ensure(
                f"locale:{code}",
                create,
                find=lambda code=code: Locale.objects.filter(language_code=code).first(),
                claim=True,
            )

    @property
    def english(self):
        return self.locales[settings.LANGUAGE_CODE] or Locale.get_default()

    # --- Snippets -------------------------------------------------------------------------------------

    def ensure_topics(self):
        self.topics = {}
        for slug, name in content_en.TOPICS:
            key = f"topic:{slug}"
            self.topics[slug] = self.ledger.ensure(
                key,
                lambda slug=slug, name=name: Topic.objects.create(slug=slug, name=name, locale=self.english),
                find=lambda slug=slug: Topic.objects.filter(slug=slug, locale=self.english).first(),
                claim=True,
            )
            self.add_snippet(key, self.topics[slug])

    def ensure_goals(self):
        self.goals = {}
        for number, name, colour in content_en.GOALS:
            key = f"goal:{number}"
            self.goals[number] = self.ledger.ensure(
                key,
                lambda number=number, name=name, colour=colour: Goal.objects.create(
                    number=number, name=name, colour=colour, locale=self.english
                ),
                find=lambda number=number: Goal.objects.filter(number=number, locale=self.english).first(),
                claim=True,
            )
            self.add_snippet(key, self.goals[number])

    def ensure_person(self, name, role):
        key = f"person:{name}"
        person = self.ledger.ensure(
            key,
            lambda: Person.objects.create(name=name, role=role, locale=self.english),
            find=lambda: Person.objects.filter(name=name, locale=self.english).first(),
            claim=True,
        )
        self.add_snippet(key, person)
        return person

    def ensure_footer(self):
        key = "footer"
        footer = self.ledger.ensure(
            key,
            lambda: self.report(
                FooterText.objects.create(locale=self.english, **content_en.FOOTER), "footer text created"
            ),
            find=lambda: FooterText.objects.filter(locale=self.english).first(),
        )
        self.add_snippet(key, footer)

    def ensure_document(self, filename, title):
        """The seeded publication of that title (home/seed/documents.py), printed the first time."""
        document_model = get_document_model()

        def create():
            document = document_model(title=title, collection=Collection.get_first_root_node())
            self.attach_pdf(document, filename)
            document.save()
            return self.report(document, f"document {filename} created")

        document = self.ledger.ensure(
            f"document:{filename}",
            create,
            find=lambda: document_model.objects.filter(title=title).first(),
            claim=True,
        )
        if document is not None and document.file_hash == pdf_hash(placeholder_pdf(title, PLACEHOLDER_LINES)):
            # Made by an earlier seed as a one-page placeholder, and no editor has replaced its file since.
            document.file.delete(save=False)
            self.attach_pdf(document, filename)
            document.save()
            self.stdout.write(f"  document {filename}: the placeholder became the publication")
        return document

    @staticmethod
    def attach_pdf(document, filename):
        pdf = publication_pdf(filename)
        document.file.save(filename, ContentFile(pdf), save=False)
        document.file_size = len(pdf)
        document.file_hash = pdf_hash(pdf)

    def ensure_image(self, name):
        """The seeded illustration `name` (home/seed/illustrations.py), drawn and saved the first time."""
        if name not in content_en.ILLUSTRATIONS:
            return None
        image_model = get_image_model()

        def create():
            data = illustration(name, *ILLUSTRATION_SIZE)
            image = image_model(
                title=content_en.ILLUSTRATIONS[name],
                description=content_en.ILLUSTRATIONS[name],
                credit=content_en.ILLUSTRATION_CREDIT,
                is_decorative=True,  # shapes and colours: they add nothing to the text
                collection=Collection.get_first_root_node(),
                # The middle band, where the circles gather: every crop keeps it.
                focal_point_x=800,
                focal_point_y=500,
                focal_point_width=480,
                focal_point_height=300,
            )
            image.file.save(f"seed-{name}.jpg", ContentFile(data), save=False)
            image.width, image.height = ILLUSTRATION_SIZE
            image.file_size = len(data)
            image.save()
            return self.report(image, f"illustration {name} drawn")

        return self.ledger.ensure(f"image:{name}", create)

    def illustrate(self, page, node):
        """Give the page its illustration as hero or featured image; for other page types, return an image block
        to open the body with (None when there is nothing to add)."""
        image = self.ensure_image(content_en.PAGE_ILLUSTRATIONS.get(node["slug"], ""))
        if image is None:
            return None
        if hasattr(page, "hero_image_id"):
            page.hero_image = image
        elif hasattr(page, "featured_image_id"):
            page.featured_image = image
        elif hasattr(page, "body"):
            return {
                "type": "image",
                "value": {"image": image.pk, "alt_text": "", "decorative": True, "caption": "", "credit": ""},
            }
        return None

    def add_snippet(self, key, obj):
        if obj is not None and obj.locale_id == self.english.pk:
            self.snippets.append((key, obj))

    # --- Pages ----------------------------------------------------------------------------------------

    def ensure_home(self):
        def find():
            return HomePage.objects.filter(depth=2, locale=self.english).first()

        home = self.ledger.ensure("page:home", self.create_home, find=find)
        if home is None and self.ledger.recorded("page:home"):
            self.stdout.write("  the seeded home page was removed: nothing is seeded below it")
        elif home is not None and "page:home" not in self.ledger.created:
            self.stdout.write("  home page exists")
        if home is not None:
            self.pages.append(("page:home", home))
        return home

    def create_home(self):
        root = Page.get_first_root_node()
        data = content_en.HOME
        home = HomePage(
            title=data["title"],
            slug=data["slug"],
            locale=self.english,
            hero_heading=data["hero_heading"],
            hero_intro=data["hero_intro"],
            intro=data["intro"],
            key_figures=[("figure", {"number": n, "label": label}) for n, label in data["key_figures"]],
            hero_image=self.ensure_image("home"),
        )
        # Wagtail's starter "Welcome" page holds the slug "home"; the site is moved off it and it is removed.
        placeholder_type = ContentType.objects.get_for_model(Page)
        placeholders = list(Page.objects.filter(depth=2, content_type=placeholder_type))
        if placeholders:
            home.slug = "home-new"
        root.add_child(instance=home)
        home.save_revision().publish()
        self.point_default_site_at(home)
        for placeholder in placeholders:
            placeholder.delete()
        if home.slug != data["slug"]:
            home.slug = data["slug"]
            home.save_revision().publish()
            home = HomePage.objects.get(pk=home.pk)
        self.stdout.write("  home page created")
        return home

    def point_default_site_at(self, home):
        """Done once, when the home page is made: the default site is the editors' to change afterwards."""
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            Site.objects.create(
                hostname="localhost",
                port=80,
                root_page=home,
                is_default_site=True,
                site_name=settings.WAGTAIL_SITE_NAME,
            )
        else:
            site.root_page = home
            site.site_name = settings.WAGTAIL_SITE_NAME
            site.save()

    def ensure_page(self, parent, parent_path, node):
        """The page of `node` below `parent` (None if editors removed the parent), then its children."""
        path = f"{parent_path}/{node['slug']}" if parent_path else node["slug"]
        key = f"page:{path}"
        page_class = PAGE_TYPES[node["type"]]

        def find():
            if parent is None:
                return None
            children = parent.get_children().specific()
            found = children.filter(slug=node["slug"]).first()
            if found is None and self.ledger.adopts(key):
                # Seeded before the ledger, then renamed by editors: the page of that type and title.
                page_type = ContentType.objects.get_for_model(page_class)
                found = children.filter(title=node["title"], content_type=page_type).first()
            return found

        page = self.ledger.ensure(key, lambda: self.create_page(parent, node) if parent else None, find=find)
        if page is not None and not isinstance(page, page_class):
            # A database seeded before this page type existed: its page is left as it is, and so are the
            # pages below it (they could not live under it).
            self.stdout.write(f"  {page.url_path} exists as a {type(page).__name__}, left as it is")
            return
        if page is not None:
            self.pages.append((key, page))
        for child in node.get("children", []):
            self.ensure_page(page, path, child)

    def create_page(self, parent, node):
        page_class = PAGE_TYPES[node["type"]]
        page = page_class(
            title=node["title"],
            slug=node["slug"],
            show_in_menus=node.get("menu", False),
            locale_id=parent.locale_id,
        )
        if node["type"] == "statement":
            page.kind = node["kind"]
            page.date = node["date"]
            page.dateline_place = node["dateline_place"]
            page.speaker = self.ensure_person(*node["speaker"])
            page.summary = node["summary"]
        elif node["type"] == "resource":
            page.resource_type = node["resource_type"]
            page.year = node["year"]
            page.document_language = node["document_language"]
            page.summary = node["summary"]
            page.external_url = node.get("url", "")
            if "file" in node:
                page.document = self.ensure_document(*node["file"])
        else:
            page.intro = node.get("intro", "")
        body = self.resolve_page_links(node["body"]) if "body" in node else None
        picture = self.illustrate(page, node)
        if picture is not None:  # a page type without an image field: the picture opens its body
            body = [picture, *(body or [])]
        if body is not None:
            page.body = json.dumps(body)
        if node["type"] == "take_action":
            page.consent_text = node["consent_text"]
            page.thank_you_text = node["thank_you_text"]
            for order, field in enumerate(node["form_fields"]):
                page.form_fields.add(FormField(locale_id=parent.locale_id, sort_order=order, **field))
        topic_link = ResourceTopic if node["type"] == "resource" else ArticleTopic
        for slug in node.get("topics", []):
            if self.topics.get(slug) is not None:
                page.topic_links.add(topic_link(topic=self.topics[slug]))
        for number in node.get("goals", []):
            if self.goals.get(number) is not None:
                page.goal_links.add(PageGoal(goal=self.goals[number]))
        parent.add_child(instance=page)
        page.save_revision().publish()
        return self.report(page, f"created {page.url_path}")

    def resolve_page_links(self, body):
        """The body with each call to action's {"path": ...} replaced by the id of the seeded page of that path,
        and each gallery picture's {"illustration": name} by the id of that seeded illustration.

        A call to action to a seeded page that editors removed is left out, and so is a gallery picture whose
        illustration they deleted.
        """
        resolved = []
        for block in body:
            target = block["value"].get("page") if block["type"] == "call_to_action" else None
            if isinstance(target, dict):
                page = self.ledger.get("page:" + target["path"].strip("/"))
                if page is None:
                    continue
                block = {**block, "value": {**block["value"], "page": page.pk}}
            if block["type"] == "gallery":
                pictures = []
                for item in block["value"]["images"]:
                    image = self.ensure_image(item["value"]["image"]["illustration"])
                    if image is not None:
                        pictures.append({**item, "value": {**item["value"], "image": image.pk}})
                block = {**block, "value": {**block["value"], "images": pictures}}
            resolved.append(block)
        return resolved

    def ensure_featured(self, home):
        """The home page's featured sections, chosen once (unless editors chose some first)."""

        def choose():
            if home.featured_pages.exists():
                return False
            pages = [self.ledger.get(f"page:{slug}") for slug in ("who-we-are", "our-work")]
            for order, page in enumerate(page for page in pages if page is not None):
                HomePageFeaturedPage.objects.create(home_page=home, page=page, sort_order=order)
            return True

        self.ledger.once("featured-pages", choose)

    def ensure_contact(self):
        def find():
            contact = ContactSettings.load()
            return contact if any(getattr(contact, field) for field in content_en.CONTACT) else None

        def create():
            contact = ContactSettings.load()
            for field, value in content_en.CONTACT.items():
                setattr(contact, field, value)
            contact.save()
            self.stdout.write("  contact details filled in")
            return contact

        self.ledger.ensure("contact-details", create, find=find)

    # --- Translations and editorial setup -------------------------------------------------------------

    def translate_all(self):
        """Our translations of the seed's own snippets and pages; what editors made is never translated here."""
        for code, strings in TRANSLATIONS.items():
            if not strings:
                self.stdout.write(f"  {code}: no translations written yet, skipped")
                continue
            locale = self.locales.get(code)
            if locale is None:
                continue
            created = len(self.ledger.created)
            for key, obj in [*self.snippets, *self.pages]:
                self.ledger.ensure(
                    f"{key}@{code}",
                    lambda obj=obj, key=key, locale=locale, strings=strings: self.translate(
                        obj, key, locale, strings
                    ),
                    find=lambda obj=obj, locale=locale: obj.get_translation_or_none(locale),
                )
            count = len(self.ledger.created) - created
            if count:
                self.stdout.write(f"  {code}: {count} translation(s) created")

    def translate(self, obj, key, locale, strings):
        try:
            target, _created = translate(obj, locale, strings, KEEP_AS_IS)
        except UNTRANSLATABLE as error:
            self.skipped.append(f"{key} has no {locale.language_code} translation yet ({error})")
            return None
        return target

    def ensure_editorial_setup(self):
        """The roles, each translator group's rights on its language's tree, the review workflow: once each."""
        self.ledger.once("step:roles", ensure_roles)
        for code, _name in settings.LANGUAGES:
            home = self.ledger.get("page:home" if code == settings.LANGUAGE_CODE else f"page:home@{code}")
            if home is None:
                continue
            if code != settings.LANGUAGE_CODE:
                self.ledger.once(
                    f"step:translator-permissions@{code}",
                    lambda home=home: ensure_translator_page_permissions([home]),
                )
            self.ledger.once(f"step:review-workflow@{code}", lambda home=home: ensure_review_workflow([home]))

    def report(self, obj, message):
        """Say what was made, and hand it on."""
        self.stdout.write(f"  {message}")
        return obj
