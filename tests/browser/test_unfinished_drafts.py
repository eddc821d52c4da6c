"""In Chromium, with Wagtail's own autosave: an editor abandons "Add page", starts again, and cleans up (issue 13,
item 5). Before, the second attempt stopped on "The slug is already in use" and the draft stayed out of sight."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import OperationalError
from playwright.sync_api import expect

from editorial.roles import EDITORS
from news.models import NewsIndexPage, StatementPage

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PASSWORD = "a-long-editor-password-2024"
TIMEOUT = 30_000
TITLE = "Volunteers wanted in Liège"


@pytest.fixture
def site_url(live_server):
    call_command("seed_site", stdout=open("/dev/null", "w"))  # noqa: SIM115
    user = get_user_model().objects.create_user("ines", "ines@example.org", PASSWORD, first_name="Inès")
    user.groups.add(Group.objects.get(name=EDITORS))
    return live_server.url


def sign_in(page, site_url):
    page.goto(f"{site_url}/admin/login/")
    page.fill("input[name=username]", "ines")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"/admin/$"))


def start_article(page, site_url):
    news = NewsIndexPage.objects.get(locale__language_code="en")
    page.goto(f"{site_url}/admin/pages/add/news/statementpage/{news.pk}/")
    page.wait_for_load_state("networkidle")  # the editor's scripts (autosave among them) are ready
    page.fill("#id_title", TITLE)
    page.locator("#id_title").blur()  # the slug is filled in when the title loses focus
    expect(page.locator("#id_slug")).to_have_value(re.compile(r"^volunteers-wanted-in-liege"))


def wait_for(condition, page, seconds=20):
    for _ in range(seconds * 4):
        try:
            if condition():
                return
        except (
            OperationalError
        ):  # the test database (SQLite, shared with the server's thread) is being written
            pass
        page.wait_for_timeout(250)
    raise AssertionError("the autosave did not happen")


def test_an_editor_starts_a_page_again_and_discards_the_abandoned_draft(page, site_url):
    expect.set_options(timeout=TIMEOUT)
    page.set_default_timeout(TIMEOUT)
    sign_in(page, site_url)

    # First attempt: the autosave keeps a draft, then the editor leaves.
    start_article(page, site_url)
    # Wagtail's unsaved-changes watcher takes its first look at the form a moment after it loads; what is typed
    # after that is autosaved.
    page.wait_for_timeout(3000)
    page.locator("#id_summary").press_sequentially("A first try at the summary.")
    wait_for(lambda: StatementPage.objects.filter(title=TITLE).exists(), page)  # Wagtail's autosave made it
    page.goto(f"{site_url}/admin/")
    drafts = page.locator("#unfinished-drafts-section")
    expect(drafts).to_contain_text(TITLE)

    # Second attempt, same title: no slug error; the editor is told where the old draft is.
    start_article(page, site_url)
    page.get_by_role("button", name="Save draft").click()
    expect(page.locator(".messages")).to_contain_text("Your unfinished draft")
    expect(page.locator(".messages")).to_contain_text("volunteers-wanted-in-liege-1")
    assert StatementPage.objects.filter(title=TITLE).count() == 2

    # The old draft is discarded from the dashboard.
    page.goto(f"{site_url}/admin/")
    old = StatementPage.objects.get(title=TITLE, slug="volunteers-wanted-in-liege")
    page.locator(f"#unfinished-drafts-section a[href^='/admin/pages/{old.pk}/delete/']").click()
    page.get_by_role("button", name=re.compile("Yes, delete")).click()
    page.wait_for_url(re.compile(r"/admin/"))
    assert not StatementPage.objects.filter(pk=old.pk).exists()
    assert StatementPage.objects.filter(title=TITLE).count() == 1
