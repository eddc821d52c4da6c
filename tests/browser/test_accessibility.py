"""axe-core finds no WCAG 2.2 A or AA failure on any page type, in any language, on a phone or a desktop.

axe-core comes from npm, pinned in tests/browser/package-lock.json (`make browser-test` runs `npm ci` there).
Every browser test seeds the site afresh (pytest-django flushes the database after each test that uses the live
server) and seeding takes long, so one test visits every page type and state in the four languages, runs axe at
both widths on each, and reports everything it finds at once: page, width, rule, impact and the elements concerned.
Axe does not check reflow, so each page must also fit 320 CSS pixels without scrolling sideways (WCAG 1.4.10).
"""

import datetime
from pathlib import Path

import pytest
from django.core.management import call_command
from wagtail.models import Locale

from agenda.models import AgendaPage
from engage.models import TakeActionPage
from home.models import HomePage, SectionPage
from news.models import NewsIndexPage, StatementPage
from resources.models import ResourceLibraryPage, ResourcePage

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

AXE = Path(__file__).parent / "node_modules" / "axe-core" / "axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
WIDTHS = {"phone": {"width": 375, "height": 812}, "desktop": {"width": 1280, "height": 900}}
LANGUAGES = ["en", "fr", "nl", "de"]
# A word found in the seeded pages of each language, and one found nowhere.
SEARCH_HIT = {"en": "migration", "fr": "migrants", "nl": "migranten", "de": "Migranten"}
SEARCH_MISS = "zzyzxquorble"

RUN_AXE = """async (tags) => {
    const result = await axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']});
    return result.violations.map((v) => ({
        id: v.id, impact: v.impact, help: v.help,
        nodes: v.nodes.map((n) => ({target: n.target.join(' '), html: n.html.slice(0, 160)})),
    }));
}"""


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    # The site's Content Security Policy forbids inline scripts, which is how Playwright adds axe-core to the
    # page. The public pages carry no inline script or style, so bypassing the policy changes nothing else.
    return {**browser_context_args, "bypass_csp": True}


def axe_script():
    """axe-core's file; the test fails (it does not skip) when npm has not installed it."""
    if not AXE.is_file():
        pytest.fail(
            f"axe-core is not installed: {AXE} is missing. Run `make browser-test`, or "
            "`cd tests/browser && npm ci --no-audit --no-fund`.",
            pytrace=False,
        )
    return AXE


def translation_of(model, code, **lookup):
    english = model.objects.get(locale__language_code="en", **lookup)
    return english.get_translation(Locale.objects.get(language_code=code)).specific


def add_second_news_page(code):
    """One more article in the language, so that the news list has a page 2 (with one article per page)."""
    index = translation_of(NewsIndexPage, code)
    article = StatementPage(
        title=f"Second article ({code})",
        slug=f"second-article-{code}",
        kind="news",
        date=datetime.date(2020, 6, 20),
        summary="Accessibility check.",
        locale=index.locale,
    )
    index.add_child(instance=article)
    article.save_revision().publish()


def submit_empty(page):
    page.locator("form.form button[type=submit]").click()
    page.wait_for_load_state()


def submit_filled(page):
    page.fill("#id_name", "Alex Example")
    page.fill("#id_email", "alex@example.org")
    page.select_option("#id_how_to_help", index=1)
    page.check("#id_privacy-consent")
    page.locator("form.form button[type=submit]").click()
    page.wait_for_load_state()


def visits(code):
    """(label, url, what to do on the page before checking, a selector the page must show) for each state."""
    home = translation_of(HomePage, code, depth=2)
    news = translation_of(NewsIndexPage, code)
    library = translation_of(ResourceLibraryPage, code)
    take_action = translation_of(TakeActionPage, code)
    search = f"/{code}/search/"
    return [
        ("home page", home.url, None, ".hero"),
        ("section page", translation_of(SectionPage, code, slug="who-we-are").url, None, ".child-cards"),
        ("subsection page", translation_of(SectionPage, code, slug="about").url, None, ".section-nav"),
        ("accessibility statement", translation_of(SectionPage, code, slug="accessibility").url, None, "h1"),
        ("news index", news.url, None, ".article-teaser"),
        ("news index, filtered", f"{news.url}?kind=statement", None, ".article-teaser"),
        ("news index, page 2", f"{news.url}?page=2", None, ".pagination"),
        (
            "statement",
            translation_of(StatementPage, code, slug="international-migrants-day-statement-2021").url,
            None,
            ".key-figures",
        ),
        ("resource library", library.url, None, ".resource-teaser"),
        ("resource library, page 2", f"{library.url}?page=2", None, ".pagination"),
        (
            "resource with a file",
            translation_of(ResourcePage, code, slug="assisted-voluntary-return-factsheet").url,
            None,
            ".resource__action",
        ),
        ("2030 agenda", translation_of(AgendaPage, code).url, None, ".goals"),
        ("take action form", take_action.url, None, "form.form"),
        ("take action form, errors", take_action.url, submit_empty, ".notice--error"),
        ("take action, thank you", take_action.url, submit_filled, ".template-take-action--thanks"),
        ("search, no query", search, None, ".search-page-form"),
        ("search, results", f"{search}?q={SEARCH_HIT[code]}", None, ".search-results"),
        ("search, nothing found", f"{search}?q={SEARCH_MISS}", None, ".search-empty"),
        ("404 page", f"{home.url}no-such-page/", None, ".error-page"),
    ]


def check(page, url, label, violations):
    """Runs axe at each width on the page as it is, adding what it finds to `violations`.

    Axe does not check reflow (WCAG 1.4.10), so the page is also asked not to scroll sideways at 320 px.
    """
    page.set_viewport_size({"width": 320, "height": 640})
    overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
    if overflow > 0:
        violations.append(
            f"{url} ({label}, 320 px): reflow [WCAG 1.4.10] the page scrolls {overflow} px sideways"
        )
    page.add_script_tag(path=str(AXE))
    for width, viewport in WIDTHS.items():
        page.set_viewport_size(viewport)
        for violation in page.evaluate(RUN_AXE, TAGS):
            for node in violation["nodes"]:
                violations.append(
                    f"{url} ({label}, {width}): {violation['id']} [{violation['impact']}] "
                    f"{node['target']} :: {violation['help']} :: {node['html']}"
                )


def test_no_axe_violations_on_any_page_type_in_any_language(page, live_server, monkeypatch):
    axe_script()
    call_command("seed_site", stdout=open("/dev/null", "w"))  # noqa: SIM115
    # Small pages, so that every list has a page 2 and shows its pagination.
    monkeypatch.setattr(NewsIndexPage, "per_page", 1)
    monkeypatch.setattr(ResourceLibraryPage, "per_page", 2)
    monkeypatch.setattr("search.views.PER_PAGE", 2)
    plan = []
    for code in LANGUAGES:
        add_second_news_page(code)
        plan += visits(code)

    violations, missing = [], []
    for label, path, action, expected in plan:
        page.set_viewport_size(WIDTHS["desktop"])
        page.goto(live_server.url + path)
        if action is not None:
            action(page)
        if not page.locator(expected).count():
            missing.append(f"{path} ({label}) does not show {expected}")
            continue
        check(page, page.url.removeprefix(live_server.url), label, violations)

    # The notice shown under a language whose pages are not published (yet): its home page is unpublished. A
    # new browser window: the pages seen above may be kept by the browser for a minute (Cache-Control max-age).
    window = page.context.browser.new_page(bypass_csp=True, viewport=WIDTHS["desktop"])
    for code in LANGUAGES[1:]:
        translation_of(HomePage, code, depth=2).unpublish()
        response = window.goto(f"{live_server.url}/{code}/")
        if response.status != 404 or not window.locator(".notice").count():
            missing.append(f"/{code}/ does not show the untranslated-page notice")
            continue
        check(window, f"/{code}/", "untranslated-page notice", violations)
    window.close()

    assert not missing, "Pages not in the state to check:\n" + "\n".join(missing)
    assert not violations, f"{len(violations)} axe violation(s):\n" + "\n".join(violations)
