"""The README's roles, tried over HTTP: every role attempts every destructive action through every route.

The tables below are the matrix: one row per thing tried and route it is tried through, one column per role, and in
each cell whether that role may (Y) or may not (N). Each cell is one test. It builds what the row needs in the
seeded site, sends the admin's own request (the single view, the bulk action, the API, wagtail-localize's view) as
a member of the group, and then reads from the database whether it happened: a refusal may be a 403, a redirect with
a message or a 405, but it never changes anything. Allowed GETs (opening a form, reading submissions) answer 200.

Pages are tried in language trees: Editors and Moderators in the English tree and in a translated one,
Administrators in the German one, and each Translators group in its own language's tree and in another one.
"""

import datetime
import html
import json
import re
from dataclasses import dataclass

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents.models import Document
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, PageViewRestriction
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from editorial.roles import EDITORS, MODERATORS, translator_group_name
from engage.models import TakeActionPage
from home.models import ContactSettings, FooterText, SectionPage
from news.models import Person
from resources.models import ResourceLibraryPage
from tests.factories import (
    DocumentFactory,
    ImageFactory,
    PersonFactory,
    ResourcePageFactory,
    SectionPageFactory,
    StatementPageFactory,
)

Image = get_image_model()
Y, N = True, False
ADMINISTRATORS = "Administrators"
FRENCH, DUTCH, GERMAN = (translator_group_name(code) for code in ("fr", "nl", "de"))
ROLES = [EDITORS, MODERATORS, FRENCH, DUTCH, GERMAN, ADMINISTRATORS]
OWN_TREE = {FRENCH: "fr", DUTCH: "nl", GERMAN: "de"}
# The trees each role is tried in, and which column of PAGES holds its answer there.
PAGE_TRIALS = [
    (EDITORS, "en", "Editors"),
    (EDITORS, "fr", "Editors"),
    (MODERATORS, "en", "Moderators"),
    (MODERATORS, "nl", "Moderators"),
    (FRENCH, "fr", "Translators, own tree"),
    (FRENCH, "en", "Translators, another tree"),
    (DUTCH, "nl", "Translators, own tree"),
    (DUTCH, "fr", "Translators, another tree"),
    (GERMAN, "de", "Translators, own tree"),
    (GERMAN, "nl", "Translators, another tree"),
    (ADMINISTRATORS, "de", "Administrators"),
]
PAGE_COLUMNS = [
    "Editors",
    "Moderators",
    "Translators, own tree",
    "Translators, another tree",
    "Administrators",
]

# fmt: off
PAGES = {
    # what is tried                                   route                         Editors Moder. Transl. Transl. Admin.
    #                                                                                              own     another
    ("open the form for a new page",                  "explorer"):                  (Y,     Y,     Y,      N,      Y),
    ("open a page's editor",                          "explorer"):                  (Y,     Y,     Y,      N,      Y),
    ("publish a draft",                               "bulk action"):               (N,     Y,     Y,      N,      Y),
    ("unpublish a live page",                         "explorer"):                  (N,     Y,     N,      N,      Y),
    ("unpublish a live page",                         "bulk action"):               (N,     Y,     N,      N,      Y),
    ("delete a live page",                            "explorer"):                  (N,     Y,     N,      N,      Y),
    ("delete a live page",                            "bulk action"):               (N,     Y,     N,      N,      Y),
    ("delete a live page",                            "API v2 / v3"):               (N,     N,     N,      N,      N),
    ("delete someone else's draft",                   "explorer"):                  (N,     Y,     N,      N,      Y),
    ("delete someone else's draft",                   "bulk action"):               (N,     Y,     N,      N,      Y),
    ("delete one's own unpublished draft",            "explorer"):                  (Y,     Y,     Y,      N,      Y),
    ("move a live page",                              "explorer"):                  (N,     Y,     N,      N,      Y),
    ("move a live page",                              "bulk action"):               (N,     Y,     N,      N,      Y),
    ("reorder pages",                                 "explorer"):                  (N,     Y,     N,      N,      Y),
    ("make a page private (password)",                "explorer"):                  (N,     Y,     N,      N,      Y),
    ("set an expiry date (unpublishes it then)",      "page editor"):               (N,     Y,     N,      N,      Y),
    ("copy a page into another language's tree",      "explorer"):                  (N,     N,     N,      N,      N),
    ("replace a translation by its source page",      "wagtail-localize"):          (N,     N,     N,      N,      N),
    ("offer to delete a translated page",             "wagtail-localize editor"):   (N,     Y,     N,      N,      Y),
    ("offer to unpublish a translated page",          "wagtail-localize editor"):   (N,     Y,     N,      N,      Y),
}
# Rows about translations are tried in translated trees only.
TRANSLATED_TREES_ONLY = {"wagtail-localize", "wagtail-localize editor"}

FILES = {
    # what is tried (for an image and for a document)   route                       Editors Moder. French  Dutch   German  Admin.
    ("delete someone else's file",                      "single"):                  (N,     Y,     N,      N,      N,      Y),
    ("delete someone else's file",                      "bulk action"):             (N,     Y,     N,      N,      N,      Y),
    ("delete someone else's file",                      "API v2"):                  (N,     N,     N,      N,      N,      N),
    ("delete one's own file that a live page uses",     "single"):                  (N,     Y,     N,      N,      N,      Y),
    ("delete one's own file that a live page uses",     "bulk action"):             (N,     Y,     N,      N,      N,      Y),
    ("delete one's own unused upload of today",         "single"):                  (Y,     Y,     N,      N,      N,      Y),
    ("delete one's own unused upload of today",         "multiple uploader"):       (Y,     Y,     N,      N,      N,      Y),
    ("delete one's own unused upload of last week",     "single"):                  (N,     Y,     N,      N,      N,      Y),
}

OTHERS = {
    # what is tried                                     route                       Editors Moder. French  Dutch   German  Admin.
    ("delete a snippet (footer text)",                  "single"):                  (N,     N,     N,      N,      N,      Y),
    ("delete a snippet (person)",                       "bulk action"):             (N,     N,     N,      N,      N,      Y),
    ("read the form submissions",                       "forms"):                   (N,     Y,     N,      N,      N,      Y),
    ("export the form submissions as CSV",              "forms"):                   (N,     Y,     N,      N,      N,      Y),
    ("delete a form submission",                        "forms"):                   (N,     Y,     N,      N,      N,      Y),
    ("change the contact settings",                     "settings"):                (N,     N,     N,      N,      N,      Y),
    ("delete a redirect",                               "redirects"):               (N,     Y,     N,      N,      N,      Y),
    ("delete a user",                                   "users"):                   (N,     N,     N,      N,      N,      Y),
    ("make a collection of documents private",          "collections"):             (N,     N,     N,      N,      N,      Y),
    ("delete a collection",                             "collections"):             (N,     N,     N,      N,      N,      Y),
}
# fmt: on


# --- Who tries ---------------------------------------------------------------------------------------------


@dataclass
class Trial:
    """A member of one group, logged in, and the language tree the page rows are tried in."""

    role: str
    client: Client
    user: object
    code: str
    someone_else: object  # another editor, who owns "someone else's" drafts and files

    @property
    def about(self):
        """The seeded About page of the tree (a wagtail-localize translation outside English)."""
        english = SectionPage.objects.get(locale__language_code="en", slug="about")
        return (
            english
            if self.code == "en"
            else english.get_translation(Locale.objects.get(language_code=self.code))
        )


@pytest.fixture
def trial(seeded_site, django_user_model):
    def make(role, code="en"):
        if role == ADMINISTRATORS:
            user = django_user_model.objects.create_superuser("trial-user", "trial@example.org", "x" * 12)
        else:
            user = django_user_model.objects.create_user("trial-user", "trial@example.org", "x" * 12)
            user.groups.add(Group.objects.get(name=role))
        someone_else = django_user_model.objects.create_user("colleague", "colleague@example.org", "x" * 12)
        someone_else.groups.add(Group.objects.get(name=EDITORS))
        client = Client()
        client.force_login(user)
        return Trial(role, client, user, code, someone_else)

    return make


# --- Pages -------------------------------------------------------------------------------------------------


def new_page(parent, owner, live=True, title="A page of the matrix"):
    page = SectionPageFactory(parent=parent, title=title, owner=owner, live=False)
    revision = page.save_revision(user=owner)
    if live:
        revision.publish()
    return Page.objects.get(pk=page.pk)


def gone(page):
    return not Page.objects.filter(pk=page.pk).exists()


def open_add_form(t):
    return t.client.get(f"/admin/pages/add/home/sectionpage/{t.about.pk}/").status_code == 200


def open_editor(t):
    return t.client.get(f"/admin/pages/{t.about.pk}/edit/").status_code == 200


def bulk_publish(t):
    page = new_page(t.about, t.someone_else, live=False)
    t.client.post(f"/admin/bulk/wagtailcore/page/publish/?id={page.pk}", {})
    return Page.objects.get(pk=page.pk).live


def unpublish(t):
    page = new_page(t.about, t.someone_else)
    t.client.post(f"/admin/pages/{page.pk}/unpublish/", {})
    return not Page.objects.get(pk=page.pk).live


def bulk_unpublish(t):
    page = new_page(t.about, t.someone_else)
    t.client.post(f"/admin/bulk/wagtailcore/page/unpublish/?id={page.pk}", {})
    return not Page.objects.get(pk=page.pk).live


def delete(t, page):
    t.client.post(f"/admin/pages/{page.pk}/delete/", {})
    return gone(page)


def bulk_delete(t, page):
    t.client.post(f"/admin/bulk/wagtailcore/page/delete/?id={page.pk}", {})
    return gone(page)


def api_delete(t, page):
    for path in (f"/api/v2/pages/{page.pk}/", f"/api/v3/pages/{page.pk}/"):
        response = t.client.delete(path)
        assert response.status_code in (302, 401, 403, 404, 405), (path, response.status_code)
    return gone(page)


def move(t):
    page = new_page(t.about, t.someone_else)
    destination = t.about.get_parent()
    t.client.post(f"/admin/pages/{page.pk}/move/{destination.pk}/confirm/", {})
    return Page.objects.get(pk=page.pk).get_parent().pk == destination.pk


def bulk_move(t):
    page = new_page(t.about, t.someone_else)
    destination = t.about.get_parent()
    t.client.post(f"/admin/bulk/wagtailcore/page/move/?id={page.pk}", {"chooser": destination.pk})
    return Page.objects.get(pk=page.pk).get_parent().pk == destination.pk


def reorder(t):
    parent = new_page(t.about, t.someone_else, title="Ordered pages")
    first = new_page(parent, t.someone_else, title="First")
    second = new_page(parent, t.someone_else, title="Second")
    t.client.post(f"/admin/pages/{second.pk}/set_position/?position=0", {})
    return [child.pk for child in Page.objects.get(pk=parent.pk).get_children()] == [second.pk, first.pk]


def make_private(t):
    page = new_page(t.about, t.someone_else)
    t.client.post(
        f"/admin/pages/{page.pk}/privacy/", {"restriction_type": "password", "password": "a-secret-word"}
    )
    return PageViewRestriction.objects.filter(page=page).exists()


def set_expiry(t):
    page = new_page(
        t.about, t.someone_else
    ).specific  # made in this tree, not a translation: Wagtail's editor
    expiry = timezone.localtime() + datetime.timedelta(days=30)
    t.client.post(
        f"/admin/pages/{page.pk}/edit/",
        nested_form_data(
            {
                "title": page.title,
                "slug": page.slug,
                "intro": page.intro,
                "body": streamfield([]),
                "show_child_cards": "on",
                "goal_links": inline_formset([]),
                "comments": inline_formset([]),
                "expire_at": expiry.strftime("%Y-%m-%d %H:%M"),
            }
        ),
    )
    return Page.objects.get(pk=page.pk).get_latest_revision_as_object().expire_at is not None


def copy_into_another_language(t):
    other_code = "en" if t.code != "en" else "fr"
    destination = Trial(t.role, t.client, t.user, other_code, t.someone_else).about
    t.client.post(
        f"/admin/pages/{t.about.pk}/copy/",
        {"new_title": "Copied page", "new_slug": "copied-page", "new_parent_page": destination.pk},
    )
    return Page.objects.child_of(destination).filter(slug="copied-page").exists()


def convert_to_alias(t):
    t.client.post(f"/admin/localize/page/{t.about.pk}/convert_to_alias/", {})
    return Page.objects.get(pk=t.about.pk).alias_of_id is not None


def translation_editor_permissions(t):
    """The permissions wagtail-localize's translation editor shows its buttons by (none if it does not open)."""
    response = t.client.get(f"/admin/pages/{t.about.pk}/edit/")
    if response.status_code != 200:
        return {}
    body = response.content.decode()
    assert "header-meta--locales" in body  # wagtail-localize's editor, not Wagtail's
    props = re.search(r'data-props="([^"]*)"', body)
    return json.loads(html.unescape(props.group(1)))["perms"]


PAGE_ACTIONS = {
    ("open the form for a new page", "explorer"): open_add_form,
    ("open a page's editor", "explorer"): open_editor,
    ("publish a draft", "bulk action"): bulk_publish,
    ("unpublish a live page", "explorer"): unpublish,
    ("unpublish a live page", "bulk action"): bulk_unpublish,
    ("delete a live page", "explorer"): lambda t: delete(t, new_page(t.about, t.someone_else)),
    ("delete a live page", "bulk action"): lambda t: bulk_delete(t, new_page(t.about, t.someone_else)),
    ("delete a live page", "API v2 / v3"): lambda t: api_delete(t, new_page(t.about, t.someone_else)),
    ("delete someone else's draft", "explorer"): lambda t: delete(
        t, new_page(t.about, t.someone_else, live=False)
    ),
    ("delete someone else's draft", "bulk action"): lambda t: bulk_delete(
        t, new_page(t.about, t.someone_else, live=False)
    ),
    ("delete one's own unpublished draft", "explorer"): lambda t: delete(
        t, new_page(t.about, t.user, live=False)
    ),
    ("move a live page", "explorer"): move,
    ("move a live page", "bulk action"): bulk_move,
    ("reorder pages", "explorer"): reorder,
    ("make a page private (password)", "explorer"): make_private,
    ("set an expiry date (unpublishes it then)", "page editor"): set_expiry,
    ("copy a page into another language's tree", "explorer"): copy_into_another_language,
    ("replace a translation by its source page", "wagtail-localize"): convert_to_alias,
    ("offer to delete a translated page", "wagtail-localize editor"): lambda t: bool(
        translation_editor_permissions(t).get("canDelete")
    ),
    ("offer to unpublish a translated page", "wagtail-localize editor"): lambda t: bool(
        translation_editor_permissions(t).get("canUnpublish")
    ),
}


def page_cells():
    for role, code, column in PAGE_TRIALS:
        for (action, route), expected in PAGES.items():
            if route in TRANSLATED_TREES_ONLY and code == "en":
                continue
            yield pytest.param(
                role,
                code,
                action,
                route,
                expected[PAGE_COLUMNS.index(column)],
                id=f"{role} in {code}: {action} ({route})",
            )


@pytest.mark.parametrize(("role", "code", "action", "route", "expected"), page_cells())
def test_pages(trial, role, code, action, route, expected):
    t = trial(role, code)
    assert PAGE_ACTIONS[action, route](t) is expected, (
        f"{role} {'may' if expected else 'must not'} {action} in the {code} tree ({route})"
    )


# --- Images and documents ------------------------------------------------------------------------------------

KINDS = {
    "image": {
        "factory": ImageFactory,
        "model": Image,
        "single": "/admin/images/{pk}/delete/",
        "bulk action": f"/admin/bulk/{Image._meta.app_label}/{Image._meta.model_name}/delete/?id={{pk}}",
        "multiple uploader": "/admin/images/multiple/{pk}/delete/",
        "API v2": "/api/v2/images/{pk}/",
    },
    "document": {
        "factory": DocumentFactory,
        "model": Document,
        "single": "/admin/documents/delete/{pk}/",
        "bulk action": "/admin/bulk/wagtaildocs/document/delete/?id={pk}",
        "multiple uploader": "/admin/documents/multiple/{pk}/delete/",
        "API v2": "/api/v2/documents/{pk}/",
    },
}


def use_on_a_live_page(kind, item):
    """A live page links the file: a resource page's download, or an article's featured image."""
    if kind == "document":
        library = ResourceLibraryPage.objects.get(locale__language_code="en")
        page = ResourcePageFactory(parent=library, title="A factsheet", document=item, external_url="")
    else:
        news = Page.objects.get(locale__language_code="en", slug="news")
        page = StatementPageFactory(
            parent=news,
            title="An article with a picture",
            featured_image=item,
            featured_image_alt="A picture",
        )
    page.save_revision().publish()


def file_for(t, kind, action):
    owner = t.someone_else if action == "delete someone else's file" else t.user
    item = KINDS[kind]["factory"](uploaded_by_user=owner)
    if action == "delete one's own file that a live page uses":
        use_on_a_live_page(kind, item)
    if action == "delete one's own unused upload of last week":
        KINDS[kind]["model"].objects.filter(pk=item.pk).update(
            created_at=timezone.now() - datetime.timedelta(days=7)
        )
    return item


def file_cells():
    for kind in KINDS:
        for (action, route), expected in FILES.items():
            for role, allowed in zip(ROLES, expected, strict=True):
                yield pytest.param(
                    kind, role, action, route, allowed, id=f"{role}: {action}, {kind} ({route})"
                )


@pytest.mark.parametrize(("kind", "role", "action", "route", "expected"), file_cells())
def test_images_and_documents(trial, kind, role, action, route, expected):
    t = trial(role)
    item = file_for(t, kind, action)
    url = KINDS[kind][route].format(pk=item.pk)
    response = t.client.delete(url) if route.startswith("API") else t.client.post(url, {})
    assert response.status_code < 500
    deleted = not KINDS[kind]["model"].objects.filter(pk=item.pk).exists()
    assert deleted is expected, f"{role} {'may' if expected else 'must not'} {action} ({kind}, {route})"


# --- Snippets, form submissions, settings, redirects, users, collections ------------------------------------


def delete_footer_text(t):
    footer = FooterText.objects.get(locale__language_code="en")
    t.client.post(f"/admin/snippets/home/footertext/delete/{footer.pk}/", {})
    return not FooterText.objects.filter(pk=footer.pk).exists()


def bulk_delete_person(t):
    person = PersonFactory()
    t.client.post(f"/admin/bulk/news/person/delete/?id={person.pk}", {})
    return not Person.objects.filter(pk=person.pk).exists()


def form_page(t):
    """The Take Action page of the role's language (English for everyone but translators)."""
    return TakeActionPage.objects.get(locale__language_code=OWN_TREE.get(t.role, "en"))


def a_submission(t):
    page = form_page(t)
    return page, FormSubmission.objects.create(
        page=page, form_data={"name": "Marie Dupont", "email": "marie@example.org", "message": "Hello"}
    )


def read_submissions(t):
    page, _submission = a_submission(t)
    response = t.client.get(f"/admin/forms/submissions/{page.pk}/")
    return response.status_code == 200 and "marie@example.org" in response.content.decode()


def export_submissions(t):
    page, _submission = a_submission(t)
    response = t.client.get(f"/admin/forms/submissions/{page.pk}/?export=csv")
    return response.status_code == 200 and b"marie@example.org" in b"".join(response.streaming_content)


def delete_submission(t):
    page, submission = a_submission(t)
    t.client.post(f"/admin/forms/submissions/{page.pk}/delete/?selected-submissions={submission.pk}", {})
    return not FormSubmission.objects.filter(pk=submission.pk).exists()


def change_contact_settings(t):
    settings = ContactSettings.load()
    t.client.post(f"/admin/settings/home/contactsettings/{settings.pk}/", {"email": "changed@example.org"})
    return ContactSettings.load().email == "changed@example.org"


def delete_redirect(t):
    redirect = Redirect.objects.create(old_path="/old-address", redirect_link="https://www.iom.int/")
    t.client.post(reverse("wagtailredirects:delete", args=[redirect.pk]), {})
    return not Redirect.objects.filter(pk=redirect.pk).exists()


def delete_user(t):
    t.client.post(reverse("wagtailusers_users:delete", args=[t.someone_else.pk]), {})
    return not type(t.someone_else).objects.filter(pk=t.someone_else.pk).exists()


def a_collection():
    return Collection.get_first_root_node().add_child(name="Internal documents")


def make_collection_private(t):
    collection = a_collection()
    t.client.post(
        reverse("wagtailadmin_collections:set_privacy", args=[collection.pk]), {"restriction_type": "login"}
    )
    return collection.get_view_restrictions().exists()


def delete_collection(t):
    collection = a_collection()
    t.client.post(reverse("wagtailadmin_collections:delete", args=[collection.pk]), {})
    return not Collection.objects.filter(pk=collection.pk).exists()


OTHER_ACTIONS = {
    ("delete a snippet (footer text)", "single"): delete_footer_text,
    ("delete a snippet (person)", "bulk action"): bulk_delete_person,
    ("read the form submissions", "forms"): read_submissions,
    ("export the form submissions as CSV", "forms"): export_submissions,
    ("delete a form submission", "forms"): delete_submission,
    ("change the contact settings", "settings"): change_contact_settings,
    ("delete a redirect", "redirects"): delete_redirect,
    ("delete a user", "users"): delete_user,
    ("make a collection of documents private", "collections"): make_collection_private,
    ("delete a collection", "collections"): delete_collection,
}


def other_cells():
    for (action, route), expected in OTHERS.items():
        for role, allowed in zip(ROLES, expected, strict=True):
            yield pytest.param(role, action, route, allowed, id=f"{role}: {action} ({route})")


@pytest.mark.parametrize(("role", "action", "route", "expected"), other_cells())
def test_snippets_submissions_and_settings(trial, role, action, route, expected):
    t = trial(role)
    assert OTHER_ACTIONS[action, route](t) is expected, f"{role} {'may' if expected else 'must not'} {action}"


# --- The matrix itself ------------------------------------------------------------------------------------------


def test_every_row_of_the_matrix_is_tried():
    assert set(PAGE_ACTIONS) == set(PAGES)
    assert set(OTHER_ACTIONS) == set(OTHERS)
    assert {route for _action, route in FILES} <= set(KINDS["image"]) & set(KINDS["document"])


def test_every_page_type_uses_the_sites_permission_rules():
    """A page type that forgot the mixin would fall back to Wagtail's rules (translators deleting pages)."""
    from wagtail.models import get_page_models

    from core.permissions import SitePagePermissionsMixin

    missing = [
        model._meta.label
        for model in get_page_models()
        if model is not Page and not issubclass(model, SitePagePermissionsMixin)
    ]
    assert missing == []


def test_an_editor_sees_the_review_workflow_and_no_publish_button(trial):
    t = trial(EDITORS)
    body = t.client.get(f"/admin/pages/{t.about.pk}/edit/").content.decode()
    assert "Communications review" in body
    assert 'name="action-publish"' not in body


def test_copying_into_another_language_explains_the_way_and_copying_within_it_still_works(trial):
    t = trial(ADMINISTRATORS, "en")
    french = Trial(t.role, t.client, t.user, "fr", t.someone_else).about
    refused = t.client.post(
        f"/admin/pages/{t.about.pk}/copy/",
        {"new_title": "Copied page", "new_slug": "copied-page", "new_parent_page": french.pk},
        follow=True,
    )
    assert refused.status_code == 200
    assert refused.redirect_chain[-1][0] == f"/admin/pages/{t.about.pk}/copy/"  # back to the copy form
    assert "cannot be copied into another language's tree" in html.unescape(refused.content.decode())
    assert not Page.objects.filter(slug="copied-page").exists()

    copied = t.client.post(
        f"/admin/pages/{t.about.pk}/copy/",
        {"new_title": "Copied page", "new_slug": "copied-page", "new_parent_page": t.about.get_parent().pk},
    )
    assert copied.status_code == 302
    copy = Page.objects.get(slug="copied-page")
    assert copy.locale.language_code == "en" and copy.get_parent().pk == t.about.get_parent().pk


def test_a_moderator_cannot_move_a_page_into_another_languages_tree(trial):
    t = trial(MODERATORS, "en")
    page = new_page(t.about, t.someone_else)
    french = Trial(t.role, t.client, t.user, "fr", t.someone_else).about
    t.client.post(f"/admin/pages/{page.pk}/move/{french.pk}/confirm/", {})
    assert Page.objects.get(pk=page.pk).get_parent().pk == t.about.pk
