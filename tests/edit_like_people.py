"""Edit a seeded site as its editors, moderators and translators do, then describe what they made.

Run against the database of the environment, with the settings `make run` uses:

    DATABASE_URL=sqlite:////tmp/site.sqlite3 DJANGO_SETTINGS_MODULE=website.settings.dev \
        python -m tests.edit_like_people edit > snapshot.json
    ... python -m tests.edit_like_people snapshot > again.json

New pages are made through the admin's own forms (Django's test client, signed in as a moderator), in every
section; changes to existing pages go through the same revision, publish, move, unpublish and delete actions
that the admin's views call. `snapshot` prints everything the editors' work consists of (every page's title,
slug, place, state and latest revision, the snippets, settings, redirects, groups and workflows), so that a
test can show that nothing of it changed.
"""

import datetime
import io
import json
import os
import sys
from pathlib import Path


def setup_django():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "website.settings.dev")
    import django

    django.setup()


# What the editors make, by address (English unless the path starts with another language).
NEW_SECTION_PAGES = {
    "/home/who-we-are/": ("Our team in Brussels", "our-team"),
    "/home/our-work/": ("Labour mobility", "labour-mobility"),
    "/home/our-work/cross-cutting-global/": ("Migration health", "migration-health"),
}
NEW_STATEMENT = ("Statement on World Refugee Day 2026", "world-refugee-day-2026")
SCHEDULED_STATEMENT = ("Call for partners: integration projects 2027", "call-for-partners-2027")
NEW_RESOURCE = ("Labour migration in Belgium: key figures 2025", "labour-migration-key-figures-2025")
DELETED = "/home/who-we-are/iom-global/"
MOVED = ("/home/who-we-are/about/", "/home/our-work/")
RENAMED = ("/home/our-work/cross-cutting-global/2030-agenda/", "sustainable-development")
EDITED_ENGLISH = "/home/our-work/"
RENAMED_FRENCH = ("/accueil/actualites/", "nouvelles")
DELETED_TRANSLATION = "/accueil/nos-activites/transversal-mondial/agir/"
UNPUBLISHED_LANGUAGE = "de"
LEGACY_FILE = Path(__file__).resolve().parent / "fixtures" / "legacy" / "statement.txt"
IMPORTED_SLUG = "world-refugee-day-statement-iom-director-general-marta-exemplo-keeping-doors"


def edit():
    """Everything the office's staff did on the site since it was seeded."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.test import Client
    from django.utils import timezone
    from wagtail.actions.move_page import MovePageAction
    from wagtail.models import Locale, Page
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

    from editorial.roles import MODERATORS
    from home.models import ContactSettings, HomePage
    from news.models import NewsIndexPage, Person, Topic

    User = get_user_model()
    moderator, _created = User.objects.get_or_create(
        username="moderator.one", defaults={"email": "moderator.one@example.org", "first_name": "Mia"}
    )
    moderator.groups.add(Group.objects.get(name=MODERATORS))
    administrator, _created = User.objects.get_or_create(
        username="office.admin", defaults={"email": "office.admin@example.org", "is_superuser": True}
    )
    client = Client(HTTP_HOST="localhost")
    client.force_login(moderator)
    admin_client = Client(HTTP_HOST="localhost")
    admin_client.force_login(administrator)
    en = Locale.objects.get(language_code="en")

    def page(url_path):
        return Page.objects.get(url_path=url_path).specific

    def post(url, data, what, as_user=client):
        response = as_user.post(url, data)
        if response.status_code != 302 or response["Location"] in ("/admin/", "/admin/login/"):
            raise SystemExit(
                f"{what}: the admin answered {response.status_code}\n{response.content[:3000]!r}"
            )
        return response

    # New pages in every section, through the admin's "Add child page" form, published.
    for parent_path, (title, slug) in NEW_SECTION_PAGES.items():
        parent = page(parent_path)
        post(
            f"/admin/pages/add/home/sectionpage/{parent.pk}/",
            nested_form_data(
                {
                    "title": title,
                    "slug": slug,
                    "intro": f"{title}: written by the communications team.",
                    "body": streamfield([("paragraph", rich_text(f"<p>{title}, in a few words.</p>"))]),
                    "show_child_cards": "on",
                    "goal_links": inline_formset([]),
                    "comments": inline_formset([]),
                    "action-publish": "publish",
                }
            ),
            f"adding {title}",
        )

    # The administrator adds a speaker and a topic (English only); then the moderator publishes a statement that is published in English only.
    post(
        "/admin/snippets/news/person/add/?locale=en",
        {"name": "Ana Example", "role": "Chief of Mission", "locale": en.pk},
        "adding a person",
        admin_client,
    )
    post(
        "/admin/snippets/news/topic/add/?locale=en",
        {"name": "Labour migration", "slug": "labour-migration", "locale": en.pk},
        "adding a topic",
        admin_client,
    )
    speaker = Person.objects.get(name="Ana Example")
    topic = Topic.objects.get(slug="labour-migration")
    news = NewsIndexPage.objects.get(locale=en)

    def statement(title, slug, **extra):
        return nested_form_data(
            {
                "title": title,
                "slug": slug,
                "kind": "statement",
                "date": "2026-06-20",
                "dateline_place": "Brussels",
                "speaker": speaker.pk,
                "summary": f"{title}: our summary.",
                "topic_links": inline_formset([{"topic": topic.pk}]),
                "goal_links": inline_formset([]),
                "related_links": inline_formset([]),
                "body": streamfield(
                    [("paragraph", rich_text("<p>What the office said, in a few words.</p>"))]
                ),
                "canonical_url": "",
                "comments": inline_formset([]),
                "action-publish": "publish",
                **extra,
            }
        )

    post(f"/admin/pages/add/news/statementpage/{news.pk}/", statement(*NEW_STATEMENT), "adding a statement")
    # A statement scheduled to go live next week (the "Go-live date" of the page's settings).
    go_live = (timezone.localtime() + datetime.timedelta(days=7)).strftime("%Y-%m-%d %H:%M")
    post(
        f"/admin/pages/add/news/statementpage/{news.pk}/",
        statement(*SCHEDULED_STATEMENT, go_live_at=go_live),
        "scheduling a statement",
    )

    # A report in the resources library.
    library = page("/home/our-work/cross-cutting-global/data-and-resources/")
    title, slug = NEW_RESOURCE
    post(
        f"/admin/pages/add/resources/resourcepage/{library.pk}/",
        nested_form_data(
            {
                "title": title,
                "slug": slug,
                "resource_type": "report",
                "year": "2025",
                "document_language": "en",
                "external_url": "https://www.iom.int/",
                "summary": "Figures on labour migration in Belgium, collected by the office.",
                "topic_links": inline_formset([]),
                "goal_links": inline_formset([]),
                "body": streamfield([]),
                "comments": inline_formset([]),
                "action-publish": "publish",
            }
        ),
        "adding a resource",
    )

    # A seeded page deleted (with the admin's delete view), another moved, another renamed.
    post(f"/admin/pages/{page(DELETED).pk}/delete/", {}, "deleting a page")
    moved, destination = page(MOVED[0]), page(MOVED[1])
    MovePageAction(moved, destination, pos="last-child", user=moderator).execute()
    renamed = page(RENAMED[0])
    renamed.slug = RENAMED[1]
    renamed.save_revision(user=moderator, log_action=True).publish(user=moderator)

    # The English of a seeded page rewritten (its translations are now out of date).
    edited = page(EDITED_ENGLISH)
    edited.intro = "What IOM does in Belgium and Luxembourg, told by the people who do it."
    edited.save_revision(user=moderator, log_action=True).publish(user=moderator)

    # A translator renames a French address; a French translation is deleted; the German site is taken offline.
    french = page(RENAMED_FRENCH[0])
    french.slug = RENAMED_FRENCH[1]
    french.save_revision(user=moderator, log_action=True).publish(user=moderator)
    post(f"/admin/pages/{page(DELETED_TRANSLATION).pk}/delete/", {}, "deleting a translation")
    german_home = HomePage.objects.get(locale__language_code=UNPUBLISHED_LANGUAGE, depth=2)
    post(
        f"/admin/pages/{german_home.pk}/unpublish/",
        {"include_descendants": "on"},
        "unpublishing the German site",
    )

    # An article of the old site imported, then reworked and renamed by an editor.
    from django.core.management import call_command

    from news.models import StatementPage

    call_command("import_legacy", str(LEGACY_FILE), "--date", "2022-06-20", stdout=io.StringIO())
    imported = StatementPage.objects.get(slug=IMPORTED_SLUG)
    imported.title = "Keeping doors open: our summary of the statement"
    imported.slug = "keeping-doors-open"
    imported.save_revision(user=moderator, log_action=True).publish(user=moderator)

    # The contact details changed in the settings.
    contact = ContactSettings.load()
    contact.x_url = ""
    contact.email = "iombrussels@example.org"
    contact.save()


def snapshot():
    """Everything editors made or changed, as JSON-ready data (see the module's docstring)."""
    from django.contrib.auth.models import Group
    from wagtail.contrib.redirects.models import Redirect
    from wagtail.models import GroupPagePermission, Locale, Page, Site, WorkflowPage

    from home.models import ContactSettings, FooterText, HomePageFeaturedPage
    from news.models import Person, Topic

    def rows(queryset, *fields):
        return sorted([list(map(str, row)) for row in queryset.values_list(*fields)])

    return {
        "pages": rows(
            Page.objects.all(),
            "pk",
            "title",
            "draft_title",
            "slug",
            "url_path",
            "path",
            "live",
            "has_unpublished_changes",
            "latest_revision_id",
            "go_live_at",
            "locale__language_code",
            "translation_key",
        ),
        "locales": rows(Locale.objects.all(), "pk", "language_code"),
        "people": rows(Person.objects.all(), "pk", "name", "role", "locale_id"),
        "topics": rows(Topic.objects.all(), "pk", "name", "slug", "locale_id"),
        "footers": rows(FooterText.objects.all(), "pk", "organisation_name", "text", "locale_id"),
        "contact": rows(ContactSettings.objects.all(), "pk", "email", "x_url", "phone"),
        "sites": rows(Site.objects.all(), "pk", "hostname", "port", "root_page_id", "is_default_site"),
        "featured": rows(HomePageFeaturedPage.objects.all(), "pk", "home_page_id", "page_id"),
        "redirects": rows(Redirect.objects.all(), "old_path", "redirect_page_id", "redirect_link"),
        "groups": rows(Group.objects.all(), "name"),
        "group_page_permissions": rows(
            GroupPagePermission.objects.all(), "group__name", "page_id", "permission_id"
        ),
        "workflows": rows(WorkflowPage.objects.all(), "page_id", "workflow_id"),
    }


def main(argv):
    setup_django()
    if argv[1:] == ["edit"]:
        edit()
    elif argv[1:] != ["snapshot"]:
        raise SystemExit(f"usage: {argv[0]} edit|snapshot")
    json.dump(snapshot(), sys.stdout, indent=1, sort_keys=True)


if __name__ == "__main__":
    main(sys.argv)
