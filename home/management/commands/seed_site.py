"""Build the seeded page tree of product.md. Running it again changes nothing that already exists."""

import json

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.documents import get_document_model
from wagtail.models import Collection, Locale, Page, Site

from agenda.models import AgendaPage
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
from home.seed.documents import minimal_pdf
from home.seed.translate import source_strings, translate
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


class Command(BaseCommand):
    help = "Create the locales, the English page tree, the statement and the contact details (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--list-strings",
            action="store_true",
            help="Print every English string that the translations must cover, then stop.",
        )

    def handle(self, *args, list_strings=False, **options):
        self.created = 0
        with transaction.atomic():
            self.ensure_locales()
            self.ensure_roots()
            self.ensure_topics()
            self.ensure_goals()
            home = self.ensure_home()
            self.ensure_site(home)
            for node in content_en.TREE:
                self.ensure_page(home, node)
            self.ensure_featured(home)
            self.ensure_contact()
            self.ensure_footer()
        if list_strings:
            for obj in self.translatable_objects(home):
                for text in source_strings(obj):
                    self.stdout.write(repr(text))
            return
        self.translate_all(home)
        self.ensure_translator_groups(home)
        problems = Page.find_problems()
        if any(problems):
            self.stderr.write(self.style.ERROR(f"Page tree problems: {problems}"))
        self.stdout.write(self.style.SUCCESS(f"Seed complete: {self.created} object(s) created."))

    def translatable_objects(self, home):
        """Snippets first (pages refer to them), then pages parents before children."""
        en = home.locale
        yield from Person.objects.filter(locale=en).order_by("pk")
        yield from FooterText.objects.filter(locale=en).order_by("pk")
        yield from Topic.objects.filter(locale=en).order_by("pk")
        yield from Goal.objects.filter(locale=en).order_by("number")
        for page in Page.objects.filter(path__startswith=home.path, locale=en).order_by("depth", "path"):
            yield page.specific

    def translate_all(self, home):
        for code, strings in TRANSLATIONS.items():
            if not strings:
                self.stdout.write(f"  {code}: no translations written yet, skipped")
                continue
            locale = Locale.objects.get(language_code=code)
            count = 0
            for obj in self.translatable_objects(home):
                _target, created = translate(obj, locale, strings, KEEP_AS_IS)
                count += created
            self.created += count
            self.stdout.write(f"  {code}: {count} translation(s) created")

    def ensure_roots(self):
        """Wagtail's root page and root collection, made by its migrations, recreated if a flush removed them."""
        if Page.get_first_root_node() is None:
            Page.add_root(instance=Page(title="Root", slug="root", locale=Locale.get_default()))
            self.stdout.write("  root page recreated")
        if Collection.get_first_root_node() is None:
            Collection.add_root(name="Root")
            self.stdout.write("  root collection recreated")

    def ensure_locales(self):
        for code, _name in settings.LANGUAGES:
            _locale, created = Locale.objects.get_or_create(language_code=code)
            if created:
                self.stdout.write(f"  locale {code} created")

    def ensure_home(self):
        en = Locale.objects.get(language_code="en")
        home = HomePage.objects.filter(depth=2, locale=en).first()
        if home:
            self.stdout.write("  home page exists")
            return home
        root = Page.get_first_root_node()
        data = content_en.HOME
        home = HomePage(
            title=data["title"],
            slug=data["slug"],
            locale=en,
            hero_heading=data["hero_heading"],
            hero_intro=data["hero_intro"],
            intro=data["intro"],
            key_figures=[("figure", {"number": n, "label": label}) for n, label in data["key_figures"]],
        )
        # Wagtail's starter "Welcome" page holds the slug "home"; the site is moved off it and it is removed.
        placeholder_type = ContentType.objects.get_for_model(Page)
        placeholders = list(Page.objects.filter(depth=2, content_type=placeholder_type))
        if placeholders:
            home.slug = "home-new"
        root.add_child(instance=home)
        home.save_revision().publish()
        self.ensure_site(home)
        for placeholder in placeholders:
            placeholder.delete()
        if home.slug != data["slug"]:
            home.slug = data["slug"]
            home.save_revision().publish()
            home = HomePage.objects.get(pk=home.pk)
        self.created += 1
        self.stdout.write("  home page created")
        return home

    def ensure_site(self, home):
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            Site.objects.create(
                hostname="localhost",
                port=80,
                root_page=home,
                is_default_site=True,
                site_name=settings.WAGTAIL_SITE_NAME,
            )
        elif site.root_page_id != home.pk:
            site.root_page = home
            site.site_name = settings.WAGTAIL_SITE_NAME
            site.save()

    def ensure_page(self, parent, node):
        page_class = PAGE_TYPES[node["type"]]
        page = parent.get_children().filter(slug=node["slug"]).specific().first()
        if page is None:
            page = page_class(
                title=node["title"],
                slug=node["slug"],
                show_in_menus=node.get("menu", False),
                locale_id=parent.locale_id,
            )
            if node["type"] == "statement":
                name, role = node["speaker"]
                speaker, _created = Person.objects.get_or_create(
                    name=name, locale_id=parent.locale_id, defaults={"role": role}
                )
                page.kind = node["kind"]
                page.date = node["date"]
                page.dateline_place = node["dateline_place"]
                page.speaker = speaker
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
            if "body" in node:
                page.body = json.dumps(self.resolve_page_links(parent, node["body"]))
            if node["type"] == "take_action":
                page.consent_text = node["consent_text"]
                page.thank_you_text = node["thank_you_text"]
                for order, field in enumerate(node["form_fields"]):
                    page.form_fields.add(FormField(locale_id=parent.locale_id, sort_order=order, **field))
            topic_link = ResourceTopic if node["type"] == "resource" else ArticleTopic
            for slug in node.get("topics", []):
                topic = Topic.objects.get(slug=slug, locale_id=parent.locale_id)
                page.topic_links.add(topic_link(topic=topic))
            for number in node.get("goals", []):
                page.goal_links.add(
                    PageGoal(goal=Goal.objects.get(number=number, locale_id=parent.locale_id))
                )
            parent.add_child(instance=page)
            page.save_revision().publish()
            self.created += 1
            self.stdout.write(f"  created {page.url_path}")
        elif not isinstance(page, page_class):
            # A database seeded before this page type existed: its page is left as it is, and so are the
            # pages below it (they could not live under it).
            self.stdout.write(f"  {page.url_path} exists as a {type(page).__name__}, left as it is")
            return page
        for child in node.get("children", []):
            self.ensure_page(page, child)
        return page

    def resolve_page_links(self, parent, body):
        """The body with each call to action's {"path": ...} (below the home page) replaced by that page's id."""
        home = parent if parent.depth == 2 else parent.get_ancestors().get(depth=2)
        resolved = []
        for block in body:
            target = block["value"].get("page") if block["type"] == "call_to_action" else None
            if isinstance(target, dict):
                page = Page.objects.get(url_path=home.url_path + target["path"], locale_id=home.locale_id)
                block = {**block, "value": {**block["value"], "page": page.pk}}
            resolved.append(block)
        return resolved

    def ensure_translator_groups(self, home):
        """Each Translators group edits its own language's tree; every tree goes through the review workflow."""
        homes = [home, *home.get_translations()]
        ensure_roles()
        ensure_translator_page_permissions(homes)
        ensure_review_workflow(homes)

    def ensure_featured(self, home):
        if home.featured_pages.exists():
            return
        for order, slug in enumerate(["who-we-are", "our-work"]):
            page = home.get_children().filter(slug=slug).first()
            if page:
                HomePageFeaturedPage.objects.create(home_page=home, page=page, sort_order=order)

    def ensure_contact(self):
        contact = ContactSettings.load()
        if any(getattr(contact, field) for field in content_en.CONTACT):
            return
        for field, value in content_en.CONTACT.items():
            setattr(contact, field, value)
        contact.save()
        self.stdout.write("  contact details filled in")

    def ensure_topics(self):
        en = Locale.objects.get(language_code="en")
        for slug, name in content_en.TOPICS:
            _topic, created = Topic.objects.get_or_create(slug=slug, locale=en, defaults={"name": name})
            self.created += created

    def ensure_goals(self):
        en = Locale.objects.get(language_code="en")
        for number, name, colour in content_en.GOALS:
            _goal, created = Goal.objects.get_or_create(
                number=number, locale=en, defaults={"name": name, "colour": colour}
            )
            self.created += created

    def ensure_document(self, filename, title):
        """The seeded document of that title, made as a small PDF the first time."""
        document_model = get_document_model()
        document = document_model.objects.filter(title=title).first()
        if document is None:
            document = document_model(title=title, collection=Collection.get_first_root_node())
            pdf = minimal_pdf(
                title, ["IOM Belgium and Luxembourg", "Demonstration document of the seeded site."]
            )
            document.file.save(filename, ContentFile(pdf), save=False)
            document._set_document_file_metadata()
            document.save()
            self.created += 1
            self.stdout.write(f"  document {filename} created")
        return document

    def ensure_footer(self):
        en = Locale.objects.get(language_code="en")
        if FooterText.objects.filter(locale=en).exists():
            return
        FooterText.objects.create(locale=en, **content_en.FOOTER)
        self.created += 1
        self.stdout.write("  footer text created")
