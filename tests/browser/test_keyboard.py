"""A visitor using only a keyboard: skip link, main menu, search, language switcher and the Take Action form.

Only page.keyboard moves through the pages (Tab, Shift+Tab, Enter, Space, Escape, arrow keys); at every Tab stop
the focused element must show a focus indicator (an outline or a box shadow). Each test seeds the site, as every
browser test does (pytest-django flushes the database after each test that uses the live server), so the journeys
are grouped into three tests.
"""

import re

import pytest
from django.core.management import call_command
from playwright.sync_api import expect
from wagtail.models import Locale

from engage.models import TakeActionPage
from home.models import SectionPage

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}

# The focused element, whether it is on screen and whether it shows an outline or a box shadow. A card's title
# link covers the whole card (a "stretched" link), and the card around it draws the indicator (site.css).
FOCUSED = """() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const drawn = (node) => {
        const style = getComputedStyle(node);
        return {
            outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
            shadow: style.boxShadow !== 'none',
        };
    };
    const own = drawn(el);
    const card = el.matches('.card__title a') ? drawn(el.closest('.card')) : {};
    const box = el.getBoundingClientRect();
    return {
        html: el.outerHTML.slice(0, 120),
        href: el.getAttribute('href'),
        outline: own.outline || !!card.outline,
        shadow: own.shadow || !!card.shadow,
        visible: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < window.innerHeight,
    };
}"""


@pytest.fixture
def site_url(live_server):
    call_command("seed_site", stdout=open("/dev/null", "w"))  # noqa: SIM115
    return live_server.url


def focused(page):
    return page.evaluate(FOCUSED)


def is_focused(page, selector):
    return page.evaluate("(s) => !!document.activeElement && document.activeElement.matches(s)", selector)


def assert_focus_visible(page):
    """The focused element is on screen and shows an outline or a box shadow."""
    state = focused(page)
    assert state is not None, "nothing has focus"
    assert state["visible"], f"the focused element is off screen: {state['html']}"
    assert state["outline"] or state["shadow"], f"no visible focus indicator on {state['html']}"


def press(page, key, *, times=1):
    for _ in range(times):
        page.keyboard.press(key)
        assert_focus_visible(page)


def tab_to(page, selector, *, limit=80, backwards=False):
    """Presses Tab (or Shift+Tab) until `selector` has focus, checking the focus indicator at every stop."""
    stops = []
    for _ in range(limit):
        page.keyboard.press("Shift+Tab" if backwards else "Tab")
        if is_focused(page, selector):
            assert_focus_visible(page)
            return
        assert_focus_visible(page)
        stops.append(focused(page)["html"])
    pytest.fail(f"{selector} not reached after {limit} Tab presses; the last stops were {stops[-5:]}")


def counterpart(model, code, **lookup):
    english = model.objects.get(locale__language_code="en", **lookup)
    return english.get_translation(Locale.objects.get(language_code=code))


def skip_to_main(page, url):
    """The skip link is the first Tab stop, shows itself, and moves focus to the main content."""
    page.goto(url)
    page.keyboard.press("Tab")
    assert is_focused(page, "a.skip-link"), focused(page)
    assert_focus_visible(page)
    page.keyboard.press("Enter")
    assert is_focused(page, "main#main")
    page.keyboard.press("Tab")
    assert page.evaluate("() => !!document.activeElement.closest('main')"), focused(page)
    assert_focus_visible(page)


def test_skip_link_and_main_menu_on_a_phone_and_a_desktop(page, site_url):
    section = ".main-nav__item--has-children > .main-nav__link"
    toggle = ".main-nav__item--has-children > .main-nav__toggle"
    menu = page.get_by_role("navigation", name="Main menu")
    about = menu.get_by_role("link", name="About", exact=True)

    # On a phone: the Menu button opens the menu and moves focus into it; a section's own button opens its
    # sub-menu; Escape closes the sub-menu, then the menu, and focus goes back to the button that opened it.
    page.set_viewport_size(PHONE)
    skip_to_main(page, f"{site_url}/en/")
    page.goto(f"{site_url}/en/")
    button = page.get_by_role("button", name="Menu", exact=True)
    expect(button).to_have_attribute("aria-expanded", "false")
    expect(menu).to_be_hidden()
    tab_to(page, ".menu-toggle")
    press(page, "Enter")
    expect(button).to_have_attribute("aria-expanded", "true")
    assert page.evaluate("() => !!document.activeElement.closest('#main-menu')"), focused(page)
    tab_to(page, toggle)
    expect(about).to_be_hidden()
    press(page, "Enter")
    expect(page.locator(toggle).first).to_have_attribute("aria-expanded", "true")
    expect(about).to_be_visible()
    press(page, "Tab")
    assert is_focused(page, ".main-nav__sub a"), focused(page)
    press(page, "Escape")
    assert is_focused(page, toggle), focused(page)
    expect(about).to_be_hidden()
    press(page, "Escape")
    assert is_focused(page, ".menu-toggle"), focused(page)
    expect(menu).to_be_hidden()
    press(page, "Enter")
    tab_to(page, ".main-nav__link[href$='/news/']")
    page.keyboard.press("Enter")
    expect(page).to_have_url(f"{site_url}/en/news/")

    # On a desktop, focus on a section opens its sub-menu; Escape closes it and leaves focus on its button.
    page.set_viewport_size(DESKTOP)
    skip_to_main(page, f"{site_url}/en/")
    page.goto(f"{site_url}/en/")
    expect(page.locator(".menu-toggle")).to_be_hidden()
    tab_to(page, section)
    expect(about).to_be_visible()
    press(page, "Tab")
    assert is_focused(page, toggle), focused(page)
    press(page, "Tab")
    assert is_focused(page, ".main-nav__sub a"), focused(page)
    press(page, "Escape")
    assert is_focused(page, toggle), focused(page)
    expect(about).to_be_hidden()
    press(page, "Tab")  # past the closed sub-menu, to the next section
    assert is_focused(page, ".main-nav__link[href$='/our-work/']"), focused(page)
    expect(about).to_be_hidden()
    press(page, "Shift+Tab")  # back into the first section, which opens again
    assert is_focused(page, toggle), focused(page)
    expect(about).to_be_visible()
    tab_to(page, ".main-nav__sub a[href$='/about/']")
    page.keyboard.press("Enter")
    expect(page).to_have_url(f"{site_url}/en/who-we-are/about/")
    expect(page.get_by_role("heading", level=1)).to_have_text("About")


def test_search_and_language_switcher(page, site_url):
    page.set_viewport_size(DESKTOP)
    page.goto(f"{site_url}/en/who-we-are/about/")

    # The language switcher: French, with Enter, leads to the French version of the same page.
    tab_to(page, ".language-switcher a[hreflang='fr']")
    page.keyboard.press("Enter")
    french = counterpart(SectionPage, "fr", slug="about")
    expect(page).to_have_url(f"{site_url}{french.url}")
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(page.get_by_role("heading", level=1)).to_have_text(french.title)

    # Search: Tab to the field, type, Enter; the results are the next links Tab reaches in the main content.
    page.goto(f"{site_url}/en/")
    tab_to(page, "#site-search")
    page.keyboard.type("migration")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/en/search/\?q=migration$"))
    expect(page.locator(".search-results > li").first).to_be_visible()
    tab_to(page, ".search-results a")
    href = focused(page)["href"]
    page.keyboard.press("Enter")
    expect(page).to_have_url(f"{site_url}{href}")


def test_take_action_form(page, site_url):
    page.set_viewport_size(DESKTOP)
    url = counterpart(TakeActionPage, "en").url
    page.goto(f"{site_url}{url}")

    # An empty form sent with Enter comes back with the error summary focused, listing every error with a link.
    tab_to(page, "form.form button[type='submit']")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    summary = page.locator(".error-summary")
    expect(summary).to_have_attribute("role", "alert")
    assert is_focused(page, ".error-summary"), focused(page)
    assert_focus_visible(page)
    expect(summary.get_by_role("link")).to_have_count(4)
    press(page, "Tab")
    assert is_focused(page, ".error-summary a[href='#id_name']"), focused(page)
    page.keyboard.press("Enter")
    assert is_focused(page, "#id_name"), focused(page)
    assert_focus_visible(page)

    # Every field, the drop-down list and the consent box, filled in with the keyboard (browsers may fill in the
    # name and the e-mail address: WCAG 1.3.5).
    expect(page.locator("#id_name")).to_have_attribute("autocomplete", "name")
    expect(page.locator("#id_email")).to_have_attribute("autocomplete", "email")
    page.keyboard.type("Alex Example")
    press(page, "Tab")
    assert is_focused(page, "#id_email")
    page.keyboard.type("alex@example.org")
    press(page, "Tab")
    assert is_focused(page, "#id_how_to_help")
    page.keyboard.press("ArrowDown")
    expect(page.locator("#id_how_to_help")).to_have_value("Volunteer")
    press(page, "Tab")
    assert is_focused(page, "#id_message")
    page.keyboard.type("I can help on Saturdays.")
    press(page, "Tab")
    assert is_focused(page, "#id_privacy-consent")
    page.keyboard.press("Space")
    expect(page.locator("#id_privacy-consent")).to_be_checked()
    press(page, "Tab")  # the honeypot field is out of the Tab order
    assert is_focused(page, "form.form button[type='submit']"), focused(page)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you")
    expect(page.locator("[role='status']")).to_contain_text("We read every message")
