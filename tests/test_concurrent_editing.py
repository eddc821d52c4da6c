"""Two editors on one page: the second is warned before overwriting, and no revision is ever lost.

What Wagtail 8 does (wagtail/admin/views/pages/edit.py, EditView, and wagtail/admin/views/editing_sessions.py):

- The edit form carries the revision it was loaded from (hidden `loaded_revision_id` and
  `loaded_revision_created_at`), and the editor pings an editing-sessions endpoint every few seconds
  (WAGTAIL_EDITING_SESSION_PING_INTERVAL, 10 s by default) with that revision. Once someone else has saved a
  newer one, the answer names them ("Alice Martin saved a new version") and fills in the dialog that the
  editor's Save button then opens: "Proceeding will overwrite the changes made by Alice Martin", with a link to
  the latest version.
- An autosave (a JSON request) from an out-of-date form is refused: "Saving will overwrite a newer version."
- A save the editor confirms anyway is kept as a *new* revision: revisions are never overwritten across
  editors, so the other editor's version stays in the page's history and can be compared or restored.
- A page locked by someone else cannot be saved: "The page could not be saved as it is locked."
"""

import re
from html import unescape

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from wagtail.models import Revision
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from editorial.roles import EDITORS, MODERATORS, ensure_roles
from home.models import SectionPage
from tests.factories import SectionPageFactory

PASSWORD = "a-long-enough-test-password"  # noqa: S105


@pytest.fixture
def section(home_page):
    """A published page, with its first revision."""
    page = SectionPageFactory(parent=home_page, title="Who we are", intro="As first published.")
    page.save_revision().publish()
    return SectionPage.objects.get(pk=page.pk)


def make_user(django_user_model, username, first, last, group):
    ensure_roles()
    user = django_user_model.objects.create_user(
        username, f"{username}@example.org", PASSWORD, first_name=first, last_name=last
    )
    user.groups.add(Group.objects.get(name=group))
    return user


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def alice(django_user_model):
    return make_user(django_user_model, "alice", "Alice", "Martin", EDITORS)


@pytest.fixture
def bruno(django_user_model):
    return make_user(django_user_model, "bruno", "Bruno", "Peeters", EDITORS)


@pytest.fixture
def moderator(django_user_model):
    return make_user(django_user_model, "mona", "Mona", "Schmit", MODERATORS)


class EditorSession:
    """One editor's open edit form: what their browser loaded and will send back."""

    def __init__(self, client, page):
        self.client = client
        self.url = reverse("wagtailadmin_pages:edit", args=[page.pk])
        response = client.get(self.url)
        assert response.status_code == 200
        self.html = response.content.decode()
        self.loaded_revision_id = self.hidden("loaded_revision_id")
        self.loaded_revision_created_at = self.hidden("loaded_revision_created_at")
        self.ping_url = re.search(r'data-w-swap-src-value="([^"]+)"', self.html)[1]
        self.page = page

    def hidden(self, name):
        return re.search(rf'name="{name}" value="([^"]*)"', self.html)[1]

    def form_data(self, intro, **extra):
        return {
            **nested_form_data(
                {
                    "title": self.page.title,
                    "slug": self.page.slug,
                    "intro": intro,
                    "body": streamfield([("paragraph", rich_text(f"<p>{intro}</p>"))]),
                    "show_child_cards": "on",
                    "goal_links": inline_formset([]),
                    "comments": inline_formset([]),
                }
            ),
            "loaded_revision_id": self.loaded_revision_id,
            "loaded_revision_created_at": self.loaded_revision_created_at,
            **extra,
        }

    def save(self, intro):
        """The Save button (after the editor confirmed the dialog, if one was shown)."""
        return self.client.post(self.url, self.form_data(intro))

    def autosave(self, intro):
        return self.client.post(self.url, self.form_data(intro), HTTP_ACCEPT="application/json")

    def ping(self):
        response = self.client.post(
            self.ping_url,
            {
                "revision_id": self.loaded_revision_id,
                "revision_created_at": self.loaded_revision_created_at,
            },
        )
        assert response.status_code == 200
        return response.json()


def messages_of(response):
    return [str(message).strip() for message in response.context["messages"]] if response.context else []


def test_the_second_editor_is_warned_and_both_revisions_are_kept(section, alice, bruno):
    first_revision = section.latest_revision
    a = EditorSession(client_for(alice), section)
    b = EditorSession(client_for(bruno), section)
    assert a.loaded_revision_id == b.loaded_revision_id == str(first_revision.pk)

    # Both have the page open; Bruno sees Alice in it, with no warning yet.
    assert [session["user"] for session in b.ping()["other_sessions"]] == ["Alice Martin"]
    assert b.ping()["other_sessions"][0]["revision_id"] is None

    # Alice saves first.
    response = a.save("Alice's introduction.")
    assert response.status_code == 302
    section.refresh_from_db()
    alices_revision = section.latest_revision
    assert alices_revision.user == alice
    assert alices_revision.pk != first_revision.pk

    # Bruno's editor learns it at its next ping, and his Save button now opens the warning.
    ping = b.ping()
    saved = ping["other_sessions"][0]
    assert saved["user"] == "Alice Martin"
    assert saved["revision_id"] == alices_revision.pk
    assert "Alice Martin saved a new version" in ping["html"]
    assert "Proceeding will overwrite the changes made by Alice Martin." in ping["html"]
    assert "View latest version" in b.html  # the dialog the warning is shown in, on Bruno's edit form

    # An autosave of Bruno's out-of-date form is refused, and stores nothing.
    refused = b.autosave("Bruno's introduction (autosaved).")
    assert refused.status_code == 400
    assert refused.json() == {
        "success": False,
        "error_code": "invalid_revision",
        "error_message": "Saving will overwrite a newer version.",
    }
    assert section.revisions.count() == 2

    # Bruno confirms and saves: his version becomes the latest, Alice's stays in the history.
    response = b.save("Bruno's introduction.")
    assert response.status_code == 302
    section.refresh_from_db()
    brunos_revision = section.latest_revision
    assert brunos_revision.user == bruno
    revisions = {revision.pk: revision for revision in section.revisions.all()}
    assert set(revisions) == {first_revision.pk, alices_revision.pk, brunos_revision.pk}
    assert revisions[alices_revision.pk].as_object().intro == "Alice's introduction."
    assert revisions[brunos_revision.pk].as_object().intro == "Bruno's introduction."
    assert section.live_revision_id == first_revision.pk  # drafts only: the published page is unchanged

    # Either editor can still find Alice's version in the page's history.
    history = client_for(alice).get(reverse("wagtailadmin_pages:history", args=[section.pk]))
    assert history.status_code == 200
    assert reverse("wagtailadmin_pages:revisions_view", args=[section.pk, alices_revision.pk]) in (
        history.content.decode()
    )


def test_an_autosave_from_an_up_to_date_form_is_accepted(section, alice):
    a = EditorSession(client_for(alice), section)
    response = a.autosave("Saved in the background.")
    assert response.status_code == 200
    assert response.json()["success"] is True
    assert Revision.page_revisions.filter(object_id=str(section.pk)).count() == 2


def test_a_page_locked_by_one_editor_cannot_be_saved_by_another(section, moderator, bruno):
    mona = client_for(moderator)
    b = EditorSession(client_for(bruno), section)
    response = mona.post(reverse("wagtailadmin_pages:lock", args=[section.pk]))
    assert response.status_code == 302
    section.refresh_from_db()
    assert section.locked and section.locked_by == moderator
    revisions_before = section.revisions.count()

    # Reopened, the form says who locked it.
    reopened = b.client.get(b.url)
    assert "was locked</b> by <b>Mona Schmit</b>" in reopened.content.decode()

    # Bruno's save from the form he had open is refused and nothing is stored.
    response = b.save("Bruno's introduction.")
    assert response.status_code == 200
    assert "The page could not be saved as it is locked." in messages_of(response)
    assert "Bruno's introduction." in unescape(response.content.decode())  # what he typed is still there
    autosave = b.autosave("Bruno's introduction.")
    assert autosave.status_code == 400
    assert autosave.json()["error_code"] == "locked"
    section.refresh_from_db()
    assert section.revisions.count() == revisions_before
    assert section.intro == "As first published."

    # Unlocked, his save goes through.
    mona.post(reverse("wagtailadmin_pages:unlock", args=[section.pk]))
    assert b.save("Bruno's introduction.").status_code == 302
    section.refresh_from_db()
    assert section.latest_revision.user == bruno
    assert section.revisions.count() == revisions_before + 1
