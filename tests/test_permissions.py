"""The permission matrix: every role x action x language tree, checked through the admin's own views.

Allowed means the admin view answers 200 (or carries the action out); denied means it refuses (a redirect
with an error message, or 403) and nothing changes. No unexpected allow.
"""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Locale, Page

from home.models import SectionPage
from tests.factories import SectionPageFactory

ROLES = ["editor", "moderator", "translator_fr", "administrator"]
TREES = ["en", "fr", "nl"]
PAGE_ACTIONS = ["create", "edit", "submit", "publish", "unpublish", "delete", "move", "translate"]
SITE_ACTIONS = ["manage users", "manage redirects"]

# Translated pages open in wagtail-localize's editor, which saves drafts and publishes but has no "submit for
# review" step: in the French and Dutch trees, review is the translators' and moderators' publishing.
ALL = {tree: set(PAGE_ACTIONS) - ({"submit"} if tree != "en" else set()) for tree in TREES}
EXPECTED = {
    # Editors work in every tree, translation editor included, but never publish and never start translations.
    "editor": {
        "en": {"create", "edit", "submit"},
        "fr": {"create", "edit", "translate"},
        "nl": {"create", "edit", "translate"},
    },
    "moderator": ALL,
    "translator_fr": {
        "en": set(),
        "fr": {"create", "edit", "publish", "unpublish", "delete", "move", "translate"},
        "nl": set(),
    },
    "administrator": ALL,
}
EXPECTED_SITE = {
    "editor": set(),
    "moderator": {"manage redirects"},
    "translator_fr": set(),
    "administrator": {"manage users", "manage redirects"},
}


@pytest.fixture
def login(client, django_user_model, seeded_site):
    def _login(role):
        if role == "administrator":
            user = django_user_model.objects.create_superuser("root-user", "root@example.org", "x" * 12)
        else:
            user = django_user_model.objects.create_user(role, f"{role}@example.org", "x" * 12)
            group = {"editor": "Editors", "moderator": "Moderators", "translator_fr": "Translators (French)"}[
                role
            ]
            user.groups.add(Group.objects.get(name=group))
        client.force_login(user)
        return client

    return _login


def tree_pages(code):
    """The About section of a language's tree, and its parent Who We Are."""
    english_about = SectionPage.objects.get(locale__language_code="en", slug="about")
    about = english_about.get_translation(Locale.objects.get(language_code=code))
    return about, about.get_parent()


def allowed(response):
    return response.status_code == 200


def denied(response):
    return response.status_code in (302, 403)


def do(client, action, code):
    """Carry out one action in one tree through the admin. Returns True if it was allowed and took effect."""
    about, who_we_are = tree_pages(code)
    if action == "create":
        response = client.get(f"/admin/pages/add/home/sectionpage/{about.pk}/")
        assert allowed(response) or denied(response)
        return allowed(response)
    if action == "edit":
        response = client.get(f"/admin/pages/{about.pk}/edit/")
        assert allowed(response) or denied(response)
        return allowed(response)
    if action == "submit":
        response = client.get(f"/admin/pages/{about.pk}/edit/")
        return allowed(response) and 'name="action-submit"' in response.content.decode()
    if action == "publish":
        draft = SectionPageFactory(parent=about, title="A draft to publish", live=False)
        draft.save_revision()
        client.post(f"/admin/bulk/wagtailcore/page/publish/?id={draft.pk}", {})
        return Page.objects.get(pk=draft.pk).live
    if action == "unpublish":
        page = SectionPageFactory(parent=about, title="A live page to unpublish")
        page.save_revision().publish()
        client.post(f"/admin/pages/{page.pk}/unpublish/", {})
        return not Page.objects.get(pk=page.pk).live
    if action == "delete":
        page = SectionPageFactory(parent=about, title="A live leaf to delete")
        page.save_revision().publish()
        client.post(f"/admin/pages/{page.pk}/delete/", {})
        return not Page.objects.filter(pk=page.pk).exists()
    if action == "move":
        page = SectionPageFactory(parent=about, title="A live leaf to move")
        page.save_revision().publish()
        client.post(f"/admin/pages/{page.pk}/move/{who_we_are.pk}/confirm/", {})
        return Page.objects.get(pk=page.pk).get_parent().pk == who_we_are.pk
    if action == "translate":
        if code == "en":
            # creating translations of an English page into the other languages
            response = client.get(f"/admin/localize/submit/page/{about.pk}/")
        else:
            # working on the language's translation in wagtail-localize's editor
            response = client.get(f"/admin/pages/{about.pk}/edit/")
            if allowed(response):
                assert "header-meta--locales" in response.content.decode()  # wagtail-localize's editor
        assert allowed(response) or denied(response)
        return allowed(response)
    raise AssertionError(action)


@pytest.mark.parametrize("code", TREES)
@pytest.mark.parametrize("action", PAGE_ACTIONS)
@pytest.mark.parametrize("role", ROLES)
def test_page_permission_matrix(login, role, action, code):
    client = login(role)
    expected = action in EXPECTED[role][code]
    assert do(client, action, code) is expected, f"{role} {action} in the {code} tree"


@pytest.mark.parametrize("action", SITE_ACTIONS)
@pytest.mark.parametrize("role", ROLES)
def test_site_permission_matrix(login, role, action):
    client = login(role)
    url = {"manage users": "/admin/users/", "manage redirects": "/admin/redirects/"}[action]
    response = client.get(url)
    expected = action in EXPECTED_SITE[role]
    if expected:
        assert response.status_code == 200
    else:
        assert denied(response), f"{role} should not {action}"


def test_an_editor_sees_the_review_workflow_and_no_publish_button(login):
    client = login("editor")
    about, _parent = tree_pages("en")
    body = client.get(f"/admin/pages/{about.pk}/edit/").content.decode()
    assert "Communications review" in body
    assert 'name="action-publish"' not in body
