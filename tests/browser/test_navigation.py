"""The header and main menu on a phone and a desktop, by touch, by keyboard and without JavaScript (issue 16).

On a 375 px phone the header stays at most 120 px high in every language; a "Menu" disclosure button opens the
menu, and each section with sub-pages has its own button, so that a tap on a section's name still opens its page.
Without JavaScript the button is a link that shows the whole menu.
"""

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from tests.browser.test_accessibility import RUN_AXE, TAGS, axe_script

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

LANGUAGES = ["en", "fr", "nl", "de"]
PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}
MENU_LINKS = "#main-menu .main-nav__list a"


@pytest.fixture
def site_url(live_server):
    call_command("seed_site", stdout=open("/dev/null", "w"))  # noqa: SIM115
    return live_server.url


@pytest.fixture
def window(browser):
    contexts = []

    def open_window(viewport, *, touch=False, javascript=True):
        context = browser.new_context(
            viewport=viewport,
            has_touch=touch,
            is_mobile=touch,
            java_script_enabled=javascript,
            bypass_csp=True,
        )
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(20_000)
        return page

    yield open_window
    for context in contexts:
        context.close()


def header_height(page):
    return page.evaluate("() => document.querySelector('.site-header').getBoundingClientRect().height")


def menu_hrefs(page):
    return page.eval_on_selector_all(MENU_LINKS, "links => links.map((a) => a.getAttribute('href'))")


@pytest.mark.parametrize("javascript", [True, False], ids=["with JavaScript", "without JavaScript"])
def test_the_phone_header_is_at_most_120_px_in_every_language(window, site_url, javascript):
    page = window(PHONE, touch=True, javascript=javascript)
    for code in LANGUAGES:
        page.goto(f"{site_url}/{code}/")
        assert header_height(page) <= 120, (code, header_height(page))
        expect(page.locator(".menu-toggle")).to_be_visible()
        expect(page.locator(".language-switcher")).to_be_visible()


def test_the_desktop_menu_stays_on_one_row_in_every_language(window, site_url):
    page = window(DESKTOP)
    for code in LANGUAGES:
        page.goto(f"{site_url}/{code}/")
        tops = page.eval_on_selector_all(
            "#main-menu .main-nav__list > li",
            "items => items.map((li) => Math.round(li.getBoundingClientRect().top))",
        )
        assert len(set(tops)) == 1, (code, tops)
        expect(page.locator(".menu-toggle")).to_be_hidden()


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_every_menu_link_can_be_reached_by_touch(window, site_url, viewport):
    page = window(viewport, touch=True)
    for code in LANGUAGES:
        page.goto(f"{site_url}/{code}/")
        if viewport is PHONE:
            button = page.locator("button.menu-toggle")
            expect(button).to_have_attribute("aria-expanded", "false")
            button.tap()
            expect(button).to_have_attribute("aria-expanded", "true")
        reached = set()
        for link in page.locator("#main-menu .main-nav__list > li > a").all():
            expect(link).to_be_visible()
            reached.add(link.get_attribute("href"))
        toggles = page.locator("#main-menu .main-nav__toggle")
        assert toggles.count() >= 2, "Who We Are and Our Work have sub-menus"
        for number in range(toggles.count()):
            toggle = toggles.nth(number)
            toggle.tap()
            expect(toggle).to_have_attribute("aria-expanded", "true")
            sub_menu = page.locator(f"#{toggle.get_attribute('aria-controls')}")
            for link in sub_menu.locator("a").all():
                expect(link).to_be_visible()
                reached.add(link.get_attribute("href"))
        assert reached == set(menu_hrefs(page)), code

    # A tap on a section's name opens the section's page, not its sub-menu.
    section = page.locator(".main-nav__item--has-children > .main-nav__link").first  # the menu is still open
    href = section.get_attribute("href")
    section.tap()
    expect(page).to_have_url(f"{site_url}{href}")


def test_a_click_outside_closes_the_menu(window, site_url):
    page = window(PHONE, touch=True)
    page.goto(f"{site_url}/en/")
    page.locator("button.menu-toggle").tap()
    expect(page.locator("#main-menu")).to_be_visible()
    page.locator("main h1").first.click()
    expect(page.locator("#main-menu")).to_be_hidden()
    expect(page.locator("button.menu-toggle")).to_have_attribute("aria-expanded", "false")


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_without_javascript_every_menu_link_is_still_reachable(window, site_url, viewport):
    page = window(viewport, javascript=False)
    page.goto(f"{site_url}/de/")
    if viewport is PHONE:
        expect(page.locator("#main-menu")).to_be_hidden()
        page.get_by_role("link", name="Menü").click()
        expect(page.locator("#main-menu")).to_be_visible()
        for href in menu_hrefs(page):
            expect(page.locator(f"#main-menu a[href='{href}']")).to_be_visible()
    else:
        for item in page.locator(".main-nav__item--has-children").all():
            item.hover()
            for link in item.locator(".main-nav__sub a").all():
                expect(link).to_be_visible()
    expect(page.locator(".main-nav__toggle").first).to_be_hidden()  # no button that would do nothing


def test_the_open_menu_passes_axe_on_a_phone(window, site_url):
    page = window(PHONE, touch=True)
    for code in LANGUAGES:
        page.goto(f"{site_url}/{code}/")
        page.locator("button.menu-toggle").tap()
        page.locator("#main-menu .main-nav__toggle").first.tap()
        page.add_script_tag(path=str(axe_script()))
        violations = page.evaluate(RUN_AXE, TAGS)
        assert violations == [], (code, violations)
