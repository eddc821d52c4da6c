"""Build the seeded page tree of product.md. Running it again changes nothing that already exists."""

import json

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Locale, Page, Site

from home.models import ContactSettings, FooterText, HomePage, HomePageFeaturedPage, SectionPage
from home.seed import content_en
from home.seed.translate import source_strings, translate
from home.seed.translations import KEEP_AS_IS, TRANSLATIONS
from news.models import ArticleTopic, NewsIndexPage, Person, StatementPage, Topic

LANGUAGE_NAMES_EN = {"fr": "French", "nl": "Dutch", "de": "German"}


def translator_group_name(code):
    return f"Translators ({LANGUAGE_NAMES_EN.get(code, code)})"


PAGE_TYPES = {"section": SectionPage, "news_index": NewsIndexPage, "statement": StatementPage}


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
            self.ensure_topics()
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
            else:
                page.intro = node.get("intro", "")
            if "body" in node:
                page.body = json.dumps(node["body"])
            for slug in node.get("topics", []):
                topic = Topic.objects.get(slug=slug, locale_id=parent.locale_id)
                page.topic_links.add(ArticleTopic(topic=topic))
            parent.add_child(instance=page)
            page.save_revision().publish()
            self.created += 1
            self.stdout.write(f"  created {page.url_path}")
        for child in node.get("children", []):
            self.ensure_page(page, child)
        return page

    def ensure_translator_groups(self, home):
        """One Translators group per language, allowed to edit and publish only that language's tree."""
        access_admin = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
        page_permissions = list(
            Permission.objects.filter(
                content_type__app_label="wagtailcore",
                codename__in=["add_page", "change_page", "publish_page"],
            )
        )
        root_collection = Collection.get_first_root_node()
        choose = [
            Permission.objects.get(content_type__app_label="wagtailimages", codename="choose_image"),
            Permission.objects.get(content_type__app_label="wagtaildocs", codename="choose_document"),
        ]
        for code, _name in settings.LANGUAGES:
            if code == settings.LANGUAGE_CODE:
                continue
            language_home = home.get_translation_or_none(Locale.objects.get(language_code=code))
            if language_home is None:
                continue
            group, created = Group.objects.get_or_create(name=translator_group_name(code))
            group.permissions.add(access_admin)
            for permission in page_permissions:
                GroupPagePermission.objects.get_or_create(
                    group=group, page=language_home, permission=permission
                )
            for permission in choose:
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection, permission=permission
                )
            if created:
                self.stdout.write(f"  group {group.name} created")

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

    def ensure_footer(self):
        en = Locale.objects.get(language_code="en")
        if FooterText.objects.filter(locale=en).exists():
            return
        FooterText.objects.create(locale=en, **content_en.FOOTER)
        self.created += 1
        self.stdout.write("  footer text created")
