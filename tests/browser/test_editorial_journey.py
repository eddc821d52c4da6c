"""The whole editorial journey in the browser, each step done in the admin or on the site as people do it.

An editor writes a statement (heading, text, quote, key figure, uploaded image) and submits it for review; a
moderator approves it from the dashboard and it goes live; a visitor finds it in the news and through search;
the moderator sends it for French translation; a French translator translates every string in
wagtail-localize's editor and publishes; the visitor switches the article to French.
"""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from PIL import Image
from playwright.sync_api import expect

from editorial.roles import EDITORS, MODERATORS, translator_group_name
from news.models import NewsIndexPage, StatementPage

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PASSWORD = "a-long-journey-password-2024"
TIMEOUT = 20_000  # ms; the machine running the suite may be slow

TITLE = "Solidarity with Quillbrook families"
SLUG = "solidarity-with-quillbrook-families"
SEARCH_WORD = "Quillbrook"
HEADING = "Families first"
SUMMARY = "IOM stands with the families of Quillbrook."
PARAGRAPH = "Quillbrook families returning home need protection and work."
QUOTE = "Nobody should be left behind."
SPEAKER = "Jane Doe"
FIGURE_NUMBER = "1 250"
FIGURE_LABEL = "families helped home"
ALT_TEXT = "Three families talking with IOM staff"

FRENCH_TITLE = "Solidarité avec les familles de Quillbrook"
FRENCH_SLUG = "solidarite-avec-les-familles-de-quillbrook"
# What the translator types for each source string the translation editor lists.
FRENCH = {
    TITLE: FRENCH_TITLE,
    SLUG: FRENCH_SLUG,
    "Brussels": "Bruxelles",
    SUMMARY: "L'OIM est aux côtés des familles de Quillbrook.",
    HEADING: "Les familles d'abord",
    PARAGRAPH: "Les familles de Quillbrook qui rentrent chez elles ont besoin de protection et de travail.",
    QUOTE: "Personne ne doit être laissé de côté.",
    FIGURE_NUMBER: "1 250",
    FIGURE_LABEL: "familles aidées à rentrer",
    ALT_TEXT: "Trois familles parlent avec le personnel de l'OIM",
}


@pytest.fixture
def site_url(live_server):
    """The address of the live server, serving the seeded site (uploads go to tests/conftest.py's tmp folder)."""
    call_command("seed_site", stdout=open("/dev/null", "w"))  # noqa: SIM115
    return live_server.url


@pytest.fixture
def people():
    """One user in each role of the journey, by username.

    Deliberately not built on pytest-django's `django_user_model`: through `db` it would have the test database
    set up before Playwright starts. Django keeps its connections in a thread-local while no event loop runs
    and per asyncio context once one does (Playwright's sync API marks its loop as running), so the serialized
    copy of the database would sit on a connection the tests no longer use, and the browser test after this
    one would start on an empty database.
    """
    roles = {"editor": EDITORS, "moderator": MODERATORS, "traductrice": translator_group_name("fr")}
    for username, group in roles.items():
        user = get_user_model().objects.create_user(
            username=username,
            email=f"{username}@example.org",
            password=PASSWORD,
            first_name=username.title(),
            last_name="Test",
        )
        user.groups.add(Group.objects.get(name=group))
    return roles


@pytest.fixture
def patient_expect():
    """Assertions wait as long as actions do (Playwright's default for `expect` is 5 s)."""
    expect.set_options(timeout=TIMEOUT)
    yield
    expect.set_options(timeout=5_000)


@pytest.fixture
def photo(tmp_path):
    """A small PNG, as an editor would have on their computer."""
    path = tmp_path / "families-brussels.png"
    Image.new("RGB", (160, 100), (30, 110, 190)).save(path)
    return path


@pytest.fixture
def browser_window(request, new_context, tmp_path):
    """Opens a fresh browser (its own cookies) for each person; if the test fails, photographs every window."""
    windows = []
    failures_before = request.session.testsfailed

    def open_window():
        page = new_context().new_page()
        page.set_default_timeout(TIMEOUT)
        windows.append(page)
        return page

    yield open_window
    if request.session.testsfailed == failures_before:
        return
    for number, page in enumerate(windows, start=1):
        path = tmp_path / f"window-{number}.png"
        try:
            page.screenshot(path=path, full_page=True)
        except Exception as error:  # noqa: BLE001 - a crashed window has nothing to show
            print(f"No screenshot of window {number}: {error}")
        else:
            print(f"Screenshot of window {number} at {page.url}: {path}")


def log_in(page, site_url, username):
    page.goto(f"{site_url}/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(f"{site_url}/admin/")


def write_statement(page, site_url, news, photo):
    """The editor creates the statement from the News listing and submits it for review."""
    page.goto(f"{site_url}/admin/pages/{news.pk}/")
    page.get_by_role("link", name="Add child page").first.click()
    # News takes only articles, so Wagtail goes straight to the form.
    expect(page).to_have_url(f"{site_url}/admin/pages/add/news/statementpage/{news.pk}/")

    title = page.locator("#id_title")
    title.fill(TITLE)
    title.blur()  # the slug is filled in when the title loses focus
    expect(page.locator("#id_slug")).to_have_value(SLUG)
    page.locator("#id_kind").select_option(label="Statement")
    page.locator("#id_date").fill("2026-11-20")
    page.keyboard.press("Escape")  # closes the date picker
    page.locator("#id_dateline_place").fill("Brussels")
    page.locator("#id_summary").fill(SUMMARY)

    body = page.locator("[data-contentpath='body']").first
    blocks = body.locator("#body-root > [data-streamfield-stream-container] > [data-streamfield-child]")

    def add_block(label):
        count = blocks.count()
        body.locator(".c-sf-add-button").last.click()
        page.get_by_role("option", name=label, exact=True).click()
        expect(blocks).to_have_count(count + 1)
        return blocks.nth(count)

    add_block("Heading").get_by_label("Heading text").fill(HEADING)

    text = add_block("Text")
    text.locator(".public-DraftEditor-content").click()
    page.keyboard.type(PARAGRAPH)
    # Draftail writes its content to the form's hidden input a moment after the last keystroke.
    expect(text.locator("input[name$='-value']").first).to_have_value(re.compile("need protection and work"))

    quote = add_block("Quote")
    quote.get_by_label("Quotation").fill(QUOTE)
    quote.get_by_label("Who said it").fill(SPEAKER)

    figures = add_block("Key figures")  # starts with one empty figure
    figures.locator("input[name$='-figures-0-value-number']").fill(FIGURE_NUMBER)
    figures.locator("input[name$='-figures-0-value-label']").fill(FIGURE_LABEL)

    image = add_block("Image")
    image.get_by_role("button", name="Choose an image").click()
    chooser = page.get_by_role("dialog")
    chooser.get_by_role("tab", name="Upload").click()
    chooser.get_by_label("File").set_input_files(photo)
    chooser.get_by_label("Title").fill("Families at the Brussels office")
    # The site's image model asks for a description (alternative text) and a credit.
    chooser.locator("#tab-upload [name$='description']").fill(ALT_TEXT)
    chooser.locator("#tab-upload [name$='credit']").fill("© IOM 2024")
    chooser.locator("#tab-upload").get_by_role("button", name="Upload").click()
    expect(chooser).to_be_hidden()
    expect(image).to_contain_text("Families at the Brussels office")
    image.get_by_label("Alternative text").fill(ALT_TEXT)

    page.locator("footer [data-w-dropdown-target='toggle']").last.click()
    # An editor may submit for review but not publish.
    expect(page.locator("footer").get_by_role("button", name="Publish", exact=True)).to_have_count(0)
    page.get_by_role("button", name="Submit to Communications review").click()
    # "created and submitted", or "has been submitted" when autosave had already created the draft.
    submitted = re.compile(rf"Page '{TITLE}' (created and|has been) submitted for moderation")
    expect(page.locator(".messages")).to_contain_text(submitted)


def approve_from_dashboard(page):
    """The moderator finds the statement on the dashboard and approves it with a comment."""
    awaiting = page.locator("#awaiting-review-section")
    expect(awaiting).to_contain_text("Awaiting your review")
    row = awaiting.get_by_role("row").filter(has_text=TITLE)
    expect(row).to_contain_text("Editor Test")  # who submitted it
    row.get_by_role("button", name="Actions").click()
    row.get_by_role("button", name="Approve with comment").click()
    dialog = page.get_by_role("dialog")
    dialog.get_by_label("Comment").fill("Clear and accurate, thank you.")
    dialog.get_by_role("button", name="Approve with comment").click()
    expect(dialog).to_be_hidden()
    expect(row).to_have_count(0)  # the dashboard reloaded: nothing left to review


def expect_english_article(page):
    main = page.locator("main")
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(main).to_contain_text(re.compile("Brussels", re.IGNORECASE))
    expect(main).to_contain_text(SUMMARY)
    expect(main.get_by_role("heading", name=HEADING, level=2)).to_be_visible()
    expect(main).to_contain_text(PARAGRAPH)
    expect(main).to_contain_text(QUOTE)
    expect(main).to_contain_text(FIGURE_LABEL)
    expect(main.get_by_role("img", name=ALT_TEXT)).to_have_count(1)


def send_for_french_translation(page, site_url):
    """From the article's edit view: header actions, "Translate this page", French, submit."""
    row = page.locator("#recent-articles-section").get_by_role("row").filter(has_text=TITLE)
    expect(row.get_by_role("cell", name="Live", exact=True)).to_be_visible()
    row.get_by_role("link", name=TITLE).click()
    expect(page.locator("#id_title")).to_have_value(TITLE)

    page.locator("header").get_by_role("button", name="Actions").click()
    page.get_by_role("link", name="Translate this page").click()
    expect(page).to_have_url(re.compile(r"/admin/localize/submit/page/\d+/$"))
    page.get_by_label("Français").check()
    page.get_by_role("button", name="Submit").click()
    expect(page.locator(".messages")).to_contain_text("successfully submitted for translation into Français")
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/edit/$"))
    return int(re.search(r"/admin/pages/(\d+)/edit/$", page.url).group(1))


def translate_every_string(page):
    """In wagtail-localize's editor, each source string has a Translate button that opens a text area."""
    segments = page.locator("main li:is(.incomplete, .complete, .errored)")
    expect(segments.first).to_be_visible()
    assert segments.count() == len(FRENCH), [s.locator("p").first.inner_text() for s in segments.all()]
    for tab in ("Content", "Promote"):  # the slug is on the Promote tab
        page.get_by_role("tab", name=tab).click()
        on_tab = page.locator("main li:is(.incomplete, .complete, .errored):visible")
        expect(on_tab.first).to_be_visible()
        for number in range(on_tab.count()):
            segment = on_tab.nth(number)
            source = segment.locator("p").first.inner_text().strip()
            segment.get_by_role("button", name="Translate", exact=True).click()
            segment.locator("textarea").fill(FRENCH[source])
            segment.get_by_role("button", name="Save", exact=True).click()
            # Wait for the server to accept it before the next one, as the editor shows.
            expect(segment.get_by_role("button", name="Edit", exact=True)).to_be_visible()
            expect(segment).to_have_class("complete")
    expect(page.locator("main li.incomplete, main li.errored")).to_have_count(0)


@pytest.mark.usefixtures("people", "patient_expect")
def test_statement_goes_from_editor_to_french_visitor(site_url, photo, browser_window):
    news = NewsIndexPage.objects.get(locale__language_code="en")

    # 1. The editor writes the statement and submits it for review.
    editor = browser_window()
    log_in(editor, site_url, "editor")
    write_statement(editor, site_url, news, photo)
    statement = StatementPage.objects.get(slug=SLUG, locale__language_code="en")
    assert not statement.live
    assert statement.current_workflow_state.status == "in_progress"

    # 2. The moderator approves it from the dashboard's "Awaiting your review" panel: it is published.
    moderator = browser_window()
    log_in(moderator, site_url, "moderator")
    approve_from_dashboard(moderator)
    statement.refresh_from_db()
    assert statement.live

    # 3. A visitor finds it in the news, and through the search box, and opens it.
    visitor = browser_window()
    visitor.goto(f"{site_url}/en/news/")
    visitor.locator("main").get_by_role("link", name=TITLE).first.click()
    english_url = f"{site_url}/en/news/{SLUG}/"
    expect(visitor).to_have_url(english_url)
    expect_english_article(visitor)
    expect(visitor.get_by_role("navigation", name="Languages")).not_to_contain_text("FR")

    visitor.goto(f"{site_url}/en/")
    visitor.get_by_role("searchbox", name="Search the site").fill(SEARCH_WORD)
    visitor.get_by_role("searchbox", name="Search the site").press("Enter")
    expect(visitor).to_have_url(re.compile(rf"/en/search/\?q={SEARCH_WORD}"))
    visitor.locator("main").get_by_role("link", name=TITLE).first.click()
    expect(visitor).to_have_url(english_url)

    # 4. The moderator sends it for French translation; the French translator translates and publishes it.
    french_id = send_for_french_translation(moderator, site_url)
    french = StatementPage.objects.get(pk=french_id)
    assert french.locale.language_code == "fr"
    assert french.translation_key == statement.translation_key
    assert not french.live

    translator = browser_window()
    log_in(translator, site_url, "traductrice")
    translator.goto(f"{site_url}/admin/pages/{french_id}/edit/")
    expect(translator.locator("main")).to_contain_text("English to Français translation")
    translate_every_string(translator)
    translator.get_by_role("button", name="Publish in Français").click()
    messages = translator.locator(".messages")
    expect(messages).to_contain_text(f"Published '{FRENCH_TITLE}' in Français")
    expect(messages).not_to_contain_text("missing translations")
    french.refresh_from_db()
    assert french.live

    # 5. The visitor, on the English article, switches to French. (The visitor's browser may keep the page it saw
    # before the translation for a minute, Cache-Control max-age=60: a reload asks the site again.)
    visitor.goto(english_url)
    visitor.reload()
    visitor.get_by_role("navigation", name="Languages").get_by_role("link", name=re.compile("FR")).click()
    expect(visitor).to_have_url(re.compile(rf"/fr/[\w-]+/{FRENCH_SLUG}/$"))
    expect(visitor.locator("html")).to_have_attribute("lang", "fr")
    expect(visitor.get_by_role("heading", level=1)).to_have_text(FRENCH_TITLE)
    main = visitor.locator("main")
    expect(main).to_contain_text(re.compile("Bruxelles", re.IGNORECASE))
    expect(main).to_contain_text(FRENCH[SUMMARY])
    expect(main.get_by_role("heading", name=FRENCH[HEADING], level=2)).to_be_visible()
    expect(main).to_contain_text(FRENCH[PARAGRAPH])
    expect(main).to_contain_text(FRENCH[QUOTE])
    expect(main).to_contain_text(SPEAKER)  # a name: shown as written, never sent for translation
    expect(main).to_contain_text(FRENCH[FIGURE_LABEL])
    expect(main.get_by_role("img", name=FRENCH[ALT_TEXT])).to_have_count(1)
