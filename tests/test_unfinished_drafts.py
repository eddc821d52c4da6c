"""Abandoned "Add page" drafts (issue 13, item 5).

Wagtail 8 autosaves a page being added as soon as an editor types: the draft exists from then on. An editor who
leaves and adds the page again with the same title used to meet "The slug is already in use", with no hint of
the draft; the draft stayed, unseen. Now the new page takes the next free address, the editor is told where the
old draft is, and the dashboard lists every unfinished draft of theirs with links to continue or discard it.
(tests/browser/test_unfinished_drafts.py does the same in Chromium, with Wagtail's own autosave.)
"""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from editorial.roles import EDITORS
from news.models import NewsIndexPage, StatementPage

pytestmark = pytest.mark.django_db


def statement_form(title, slug, **extra):
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "kind": "news",
            "date": "2026-06-20",
            "dateline_place": "",
            "summary": "",
            "topic_links": inline_formset([]),
            "goal_links": inline_formset([]),
            "related_links": inline_formset([]),
            "body": streamfield([("paragraph", rich_text("<p>First lines.</p>"))]),
            "canonical_url": "",
            "comments": inline_formset([]),
            **extra,
        }
    )


@pytest.fixture
def news(seeded_site):
    return NewsIndexPage.objects.get(locale=seeded_site.locale)


def editor(django_user_model, username):
    user = django_user_model.objects.create_user(username, f"{username}@example.org", "x" * 12)
    user.groups.add(Group.objects.get(name=EDITORS))
    return user


def autosave_new_page(client, news, title, slug):
    """What the "Add page" form's autosave sends a moment after the editor typed a title."""
    response = client.post(
        reverse("wagtailadmin_pages:add", args=["news", "statementpage", news.pk]),
        statement_form(title, slug),
        HTTP_ACCEPT="application/json",
    )
    assert response.status_code == 200 and response.json()["success"], response.content[:500]
    return response.json()


def test_starting_a_page_again_after_abandoning_it_gives_no_slug_error(client, news, django_user_model):
    client.force_login(editor(django_user_model, "ines"))
    abandoned = autosave_new_page(client, news, "Volunteers wanted", "volunteers-wanted")
    assert StatementPage.objects.get(pk=abandoned["pk"]).live is False  # left behind as a draft

    response = client.post(
        reverse("wagtailadmin_pages:add", args=["news", "statementpage", news.pk]),
        statement_form("Volunteers wanted", "volunteers-wanted"),
        follow=True,
    )

    assert response.status_code == 200
    new = StatementPage.objects.exclude(pk=abandoned["pk"]).get(title="Volunteers wanted")
    assert new.slug == "volunteers-wanted-1"
    shown = " ".join(str(m) for m in response.context["messages"])
    assert "Your unfinished draft “Volunteers wanted” already uses the address “volunteers-wanted”" in shown


def test_an_autosaved_restart_tells_the_open_form_its_new_address(client, news, django_user_model):
    client.force_login(editor(django_user_model, "ines"))
    autosave_new_page(client, news, "Volunteers wanted", "volunteers-wanted")

    second = autosave_new_page(client, news, "Volunteers wanted", "volunteers-wanted")

    assert second["field_updates"]["slug"] == "volunteers-wanted-1"


def test_someone_elses_page_keeps_its_address_and_the_error_stays(client, news, django_user_model):
    client.force_login(editor(django_user_model, "ines"))
    autosave_new_page(client, news, "Volunteers wanted", "volunteers-wanted")
    client.force_login(editor(django_user_model, "jan"))

    response = client.post(
        reverse("wagtailadmin_pages:add", args=["news", "statementpage", news.pk]),
        statement_form("Volunteers wanted", "volunteers-wanted"),
    )

    assert response.status_code == 200
    assert "already in use" in response.content.decode()
    assert StatementPage.objects.filter(title="Volunteers wanted").count() == 1


def test_the_dashboard_lists_ones_own_unfinished_drafts_and_an_editor_can_discard_them(
    client, news, django_user_model
):
    ines = editor(django_user_model, "ines")
    client.force_login(ines)
    draft = autosave_new_page(client, news, "Volunteers wanted", "volunteers-wanted")
    dashboard = client.get("/admin/").content.decode()
    assert "Your unfinished drafts" in dashboard
    assert reverse("wagtailadmin_pages:delete", args=[draft["pk"]]) in dashboard
    # Someone else's dashboard does not list it.
    client.force_login(editor(django_user_model, "jan"))
    assert "Your unfinished drafts" not in client.get("/admin/").content.decode()

    client.force_login(ines)
    response = client.post(reverse("wagtailadmin_pages:delete", args=[draft["pk"]]))

    assert response.status_code == 302
    assert not Page.objects.filter(pk=draft["pk"]).exists()
    assert "Your unfinished drafts" not in client.get("/admin/").content.decode()
