"""A visitor finds the statement through the menu; an editor adds text to a page and publishes it."""

import re

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from playwright.sync_api import expect

from home.models import SectionPage
from home.seed import content_en

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

EDITOR_PASSWORD = "a-long-editor-password-2024"


@pytest.fixture
def site_url(live_server):
    """The address of the live server, serving the seeded site."""
    call_command("seed_site", stdout=open("/dev/null", "w"))  # noqa: SIM115
    return live_server.url


@pytest.fixture
def moderator(django_user_model):
    """An editor in Wagtail's Moderators group, who may edit and publish every page."""
    user = django_user_model.objects.create_user(
        username="editor", email="editor@example.org", password=EDITOR_PASSWORD
    )
    user.groups.add(Group.objects.get(name="Moderators"))
    return user


def test_visitor_reaches_the_statement_through_the_main_menu(page, site_url):
    page.goto(f"{site_url}/en/")
    expect(page.locator("html")).to_have_attribute("lang", "en")

    menu = page.get_by_role("navigation", name="Main menu")
    menu.get_by_role("link", name="News", exact=True).click()
    expect(page).to_have_url(f"{site_url}/en/news/")
    expect(page.get_by_role("heading", level=1)).to_have_text("News")

    page.get_by_role("link", name=re.compile("International Migrants Day Statement")).click()
    expect(page).to_have_url(f"{site_url}/en/news/international-migrants-day-statement-2021/")
    expect(page.get_by_role("heading", level=1)).to_have_text(content_en.STATEMENT_TITLE)
    expect(page.locator("main")).to_contain_text("Geneva")
    expect(page.locator("main")).to_contain_text("António Vitorino")


def test_editor_adds_a_paragraph_to_about_and_publishes_it(page, site_url, moderator):
    about = SectionPage.objects.get(slug="about", locale__language_code="en")
    new_text = "Our Brussels office welcomes volunteers every Tuesday."

    page.goto(f"{site_url}/admin/login/")
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill(EDITOR_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(f"{site_url}/admin/")

    page.goto(f"{site_url}/admin/pages/{about.pk}/edit/")
    expect(page.locator("#id_title")).to_have_value("About")
    body = page.locator("[data-contentpath='body']").first
    blocks = body.locator("[data-streamfield-child]")
    expect(blocks.first).to_be_visible()
    count_before = blocks.count()

    body.locator(".c-sf-add-button").last.click()
    page.get_by_role("option", name="Text", exact=True).click()
    expect(blocks).to_have_count(count_before + 1)
    editor = blocks.last.locator(".public-DraftEditor-content")
    editor.click()
    page.keyboard.type(new_text)
    expect(editor).to_contain_text(new_text)
    # Draftail writes its content to the form's hidden input a moment after the last keystroke.
    expect(blocks.last.locator("input[name$='-value']")).to_have_value(re.compile("volunteers every Tuesday"))

    page.locator("footer [data-w-dropdown-target='toggle']").last.click()
    page.get_by_role("button", name="Publish", exact=True).click()
    expect(page.locator(".messages")).to_contain_text("has been published")

    page.goto(f"{site_url}/en/who-we-are/about/")
    expect(page.get_by_role("heading", level=1)).to_have_text("About")
    expect(page.locator("main")).to_contain_text(new_text)
    assert SectionPage.objects.get(pk=about.pk).latest_revision.user == moderator
