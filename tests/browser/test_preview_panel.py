"""The page editor's live preview and Checks panels in Chromium, in every language (issue 13, item 2).

The preview is served inside the admin's frame; it used to carry the public pages' `frame-ancestors 'none'`,
so Chromium refused to show it and the Checks panel (axe checks, word count, reading time) reported nothing.
Public pages must stay unframeable.
"""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from playwright.sync_api import expect
from wagtail.models import Locale
from wagtail.rich_text import RichText

from home.models import SectionPage

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PASSWORD = "a-long-preview-password-2024"
TIMEOUT = 30_000


@pytest.fixture
def site_url(live_server):
    call_command("seed_site", stdout=open("/dev/null", "w"))  # noqa: SIM115
    get_user_model().objects.create_superuser("chief", "chief@example.org", PASSWORD)
    return live_server.url


def sign_in(page, site_url):
    page.goto(f"{site_url}/admin/login/")
    page.fill("input[name=username]", "chief")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"/admin/$"))


# A page written directly in each language (as editors do for news that concerns one language only): the page
# editor, with its preview and Checks panels, is the one editors use for it. Synced translations are edited in
# wagtail-localize's translation editor instead, whose preview opens in a tab of its own (tested below).
INTROS = {
    "en": "How the office works with partners in Brussels and Luxembourg, and what it has achieved this year.",
    "fr": "Comment le bureau travaille avec ses partenaires à Bruxelles et à Luxembourg, et ses résultats.",
    "nl": "Hoe het kantoor samenwerkt met partners in Brussel en Luxemburg, en wat het dit jaar bereikte.",
    "de": "Wie das Büro mit Partnern in Brüssel und Luxemburg zusammenarbeitet und was es erreicht hat.",
}


def page_written_in(language):
    """A section page written in `language`, below that language's Who We Are page."""
    english = SectionPage.objects.get(slug="who-we-are", locale__language_code="en")
    parent = english.get_translation(Locale.objects.get(language_code=language))
    page = SectionPage(
        title=f"Partners ({language})",
        slug=f"partners-{language}",
        intro=INTROS[language],
        body=[("paragraph", RichText(f"<p>{INTROS[language]} {INTROS[language]}</p>"))],
        locale=parent.locale,
    )
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.mark.parametrize("language", ["en", "fr", "nl", "de"])
def test_the_preview_panel_shows_the_page_and_the_checks_panel_reports_its_figures(page, site_url, language):
    expect.set_options(timeout=TIMEOUT)
    page.set_default_timeout(TIMEOUT)
    target = page_written_in(language)
    refused = []
    page.on(
        "console", lambda message: refused.append(message.text) if "frame-ancestors" in message.text else None
    )
    sign_in(page, site_url)
    page.goto(f"{site_url}/admin/pages/{target.pk}/edit/")

    page.click("[data-side-panel-toggle='preview']")
    frame = page.frame_locator("iframe[data-w-preview-target='iframe']").first
    expect(frame.locator("h1")).to_have_text(target.title)
    expect(frame.locator("main")).to_contain_text(INTROS[language])
    expect(frame.locator("html")).to_have_attribute("lang", language)

    page.click("[data-side-panel-toggle='checks']")
    checks = page.locator("[data-side-panel='checks']")
    expect(checks.locator("[data-content-word-count]")).to_have_text(re.compile(r"^\d+$"))
    words = int(checks.locator("[data-content-word-count]").inner_text())
    assert words >= 30
    expect(checks.locator("[data-content-reading-time]")).to_have_text(re.compile(r"\d"))
    expect(checks.locator("[data-content-checker-count]")).to_have_text(re.compile(r"^\d+$"))
    assert not refused, refused


def test_the_translation_editors_preview_shows_the_translated_page(page, site_url):
    expect.set_options(timeout=TIMEOUT)
    page.set_default_timeout(TIMEOUT)
    about = SectionPage.objects.get(slug="about", locale__language_code="en")
    french = about.get_translation(Locale.objects.get(language_code="fr"))
    sign_in(page, site_url)
    page.goto(f"{site_url}/admin/pages/{french.pk}/edit/")
    with page.context.expect_page() as new_tab:
        page.get_by_role("link", name="Preview").click()
    preview = new_tab.value
    expect(preview.locator("h1")).to_have_text(french.title)
    expect(preview.locator("html")).to_have_attribute("lang", "fr")


def test_public_pages_still_refuse_to_be_framed(page, site_url):
    response = page.goto(f"{site_url}/en/who-we-are/about/")
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
    assert response.headers["x-frame-options"] == "DENY"
