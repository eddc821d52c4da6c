"""Editorial safety nets: review workflow, scheduled publishing, redirects on slug change, the dashboard."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page, Workflow

from editorial.roles import WORKFLOW_NAME
from home.models import SectionPage
from news.models import NewsIndexPage
from tests.factories import SectionPageFactory, StatementPageFactory


@pytest.fixture
def users(django_user_model, seeded_site):
    def make(name, group):
        user = django_user_model.objects.create_user(name, f"{name}@example.org", "x" * 12)
        user.groups.add(Group.objects.get(name=group))
        return user

    return {"editor": make("eddie", "Editors"), "moderator": make("mona", "Moderators")}


def test_editor_submits_moderator_approves_and_the_page_goes_live(client, users, seeded_site):
    about = SectionPage.objects.get(locale__language_code="en", slug="about")
    draft = SectionPageFactory(parent=about, title="Reviewed before it goes live", live=False)
    draft.save_revision(user=users["editor"])
    workflow = draft.get_workflow()
    assert workflow.name == WORKFLOW_NAME
    workflow.start(draft, users["editor"])
    assert any(
        "Reviewed before it goes live" in m.subject or "Reviewed before it goes live" in m.body
        for m in mail.outbox
    )
    assert any("mona@example.org" in m.to for m in mail.outbox)

    client.force_login(users["moderator"])
    dashboard = client.get("/admin/").content.decode()
    assert "Reviewed before it goes live" in dashboard  # "awaiting your review"
    task_state = draft.current_workflow_task_state
    response = client.post(
        f"/admin/pages/workflow/action/{draft.pk}/approve/{task_state.pk}/", {"comment": "Fine, publish it."}
    )
    assert response.status_code in (200, 302)
    draft = Page.objects.get(pk=draft.pk)
    assert draft.live
    assert "Reviewed before it goes live" in client.get(draft.url).content.decode()


def test_moderator_requests_changes_with_a_comment(client, users, seeded_site):
    about = SectionPage.objects.get(locale__language_code="en", slug="about")
    draft = SectionPageFactory(parent=about, title="Needs another pass", live=False)
    draft.save_revision(user=users["editor"])
    Workflow.objects.get(name=WORKFLOW_NAME).start(draft, users["editor"])
    client.force_login(users["moderator"])
    task_state = draft.current_workflow_task_state
    client.post(
        f"/admin/pages/workflow/action/{draft.pk}/reject/{task_state.pk}/",
        {"comment": "Please add a source."},
    )
    draft = Page.objects.get(pk=draft.pk)
    assert not draft.live
    assert draft.current_workflow_state.status == "needs_changes"


def test_scheduled_publishing_goes_live_when_publish_scheduled_runs(seeded_site, client):
    news = NewsIndexPage.objects.get(locale__language_code="en")
    article = StatementPageFactory(parent=news, title="Embargoed until noon", live=False)
    article.go_live_at = timezone.now() - datetime.timedelta(minutes=1)
    article.save_revision(approved_go_live_at=article.go_live_at)
    assert client.get(f"{news.url}").content.decode().count("Embargoed until noon") == 0
    call_command("publish_scheduled", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert Page.objects.get(pk=article.pk).live
    assert "Embargoed until noon" in client.get(news.url).content.decode()


def test_renaming_a_published_slug_redirects_the_old_url(
    client, seeded_site, django_capture_on_commit_callbacks
):
    about = SectionPage.objects.get(locale__language_code="en", slug="about")
    old_url = about.url
    about.slug = "about-the-office"
    with django_capture_on_commit_callbacks(execute=True):  # Wagtail creates the redirect on commit
        about.save_revision().publish()
    response = client.get(old_url)
    assert response.status_code in (301, 302)
    assert response["Location"].endswith("/en/who-we-are/about-the-office/")
    assert client.get(response["Location"]).status_code == 200


def test_moving_a_page_redirects_its_old_url(client, seeded_site, django_user_model):
    admin = django_user_model.objects.create_superuser("root-user", "root@example.org", "x" * 12)
    client.force_login(admin)
    about = SectionPage.objects.get(locale__language_code="en", slug="about")
    our_work = SectionPage.objects.get(locale__language_code="en", slug="our-work")
    client.post(f"/admin/pages/{about.pk}/move/{our_work.pk}/confirm/", {})
    client.logout()
    response = client.get("/en/who-we-are/about/")
    assert response.status_code in (301, 302)
    assert response["Location"].endswith("/en/our-work/about/")


def test_deleting_a_page_with_children_asks_for_confirmation(client, seeded_site, django_user_model):
    admin = django_user_model.objects.create_superuser("root-user", "root@example.org", "x" * 12)
    client.force_login(admin)
    who = SectionPage.objects.get(locale__language_code="en", slug="who-we-are")
    body = client.get(f"/admin/pages/{who.pk}/delete/").content.decode()
    assert "About" in body or "2" in body
    assert Page.objects.filter(pk=who.pk).exists()  # nothing deleted by looking


def test_dashboard_has_the_editorial_panels_and_our_branding(client, users):
    client.force_login(users["moderator"])
    body = client.get("/admin/").content.decode()
    assert "Recent statements and news" in body
    assert "International Migrants Day" in body
    assert "Translations out of date" in body
    client.logout()
    login = client.get("/admin/login/").content.decode()
    assert "IOM Belgium and Luxembourg" in login


def test_revisions_can_be_compared(client, seeded_site, django_user_model):
    admin = django_user_model.objects.create_superuser("root-user", "root@example.org", "x" * 12)
    client.force_login(admin)
    about = SectionPage.objects.get(locale__language_code="en", slug="about")
    first = about.latest_revision
    about.intro = "A different introduction."
    second = about.save_revision()
    response = client.get(f"/admin/pages/{about.pk}/revisions/compare/{first.pk}...{second.pk}/")
    assert response.status_code == 200
    assert "A different introduction." in response.content.decode()
