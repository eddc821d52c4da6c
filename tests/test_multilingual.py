"""The seeded site in English, French, Dutch and German: what a visitor, an editor and a translator notice."""

import re

import pytest
from django.contrib.auth.models import Group
from django.utils import translation
from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource

from home.models import FooterText, SectionPage
from home.seed import content_en
from home.seed.translations import TRANSLATIONS
from news.models import StatementPage

LANGUAGES = ["en", "fr", "nl", "de"]
# The Director General's statement of 2021, one of the seed's twelve news items.
SEEDED_STATEMENT = "international-migrants-day-statement-2021"


def html(response):
    return response.content.decode()


def pages_of(code):
    return Page.objects.filter(locale__language_code=code, depth__gt=1).live().order_by("path")


def seeded_page_count(nodes=content_en.TREE):
    return sum(1 + seeded_page_count(node.get("children", [])) for node in nodes)


@pytest.mark.parametrize("code", ["fr", "nl", "de"])
def test_every_seeded_page_exists_in_each_language_with_translated_title_and_body(client, seeded_site, code):
    english = list(pages_of("en"))
    translated = {p.translation_key: p for p in pages_of(code)}
    assert len(translated) == len(english) == 1 + seeded_page_count()  # the home page and the tree
    strings = TRANSLATIONS[code]
    for page in english:
        counterpart = translated[page.translation_key]
        assert counterpart.title == strings[page.title]
        response = client.get(counterpart.url)
        assert response.status_code == 200, counterpart.url
        body = html(response)
        assert f'<html lang="{code}"' in body
        assert counterpart.title.replace("'", "&#x27;").replace("’", "’") in body
    assert Page.find_problems() == ([], [], [], [], [])


@pytest.mark.parametrize("code", ["fr", "nl", "de"])
def test_menu_footer_and_interface_strings_are_in_the_visitors_language(client, seeded_site, code):
    body = html(client.get(f"/{code}/"))
    strings = TRANSLATIONS[code]
    for title in ["Who We Are", "Our Work", "News"]:
        assert f">{strings[title]}</a>" in body
    footer = FooterText.objects.get(locale__language_code=code)
    assert footer.organisation_name in body
    assert strings["International Organization for Migration<br/>Brussels, Belgium"].split("<br/>")[1] in body
    with translation.override(code):
        assert translation.gettext("Skip to main content") != "Skip to main content"
        assert translation.gettext("Skip to main content") in body
        assert translation.gettext("Search the site") in body


@pytest.mark.parametrize("code", ["fr", "nl", "de"])
def test_every_page_is_reachable_by_links_in_each_language(client, seeded_site, code):
    wanted = {p.url for p in pages_of(code)}
    seen, queue = set(), [f"/{code}/"]
    while queue:
        url = queue.pop()
        if url in seen:
            continue
        seen.add(url)
        response = client.get(url)
        assert response.status_code == 200, url
        for href in re.findall(rf'href="(/{code}/[^"?#]*)"', html(response)):
            if href not in seen and not href.startswith(f"/{code}/search"):
                queue.append(href)
    assert wanted <= seen, wanted - seen


def test_switcher_on_a_deep_page_goes_to_the_counterpart_not_the_home_page(client, seeded_site):
    statement = StatementPage.objects.get(locale__language_code="en", slug=SEEDED_STATEMENT)
    body = html(client.get(statement.url))
    for code in ["fr", "nl", "de"]:
        counterpart = statement.get_translation(Locale.objects.get(language_code=code))
        assert f'href="{counterpart.url}" hreflang="{code}"' in body
        assert counterpart.url != f"/{code}/"


def test_hreflang_names_only_languages_the_page_exists_in(client, seeded_site):
    about = SectionPage.objects.get(locale__language_code="en", slug="about")
    german = about.get_translation(Locale.objects.get(language_code="de"))
    german.unpublish()
    body = html(client.get(about.url))
    alternates = re.findall(r'<link rel="alternate" hreflang="([\w-]+)"', body)
    assert alternates == ["en", "x-default", "fr", "nl"]
    assert 'hreflang="de"' not in body
    assert "/de/" not in re.search(r'<nav class="language-switcher".*?</nav>', body, re.S).group(0)


def test_a_language_without_its_pages_gets_an_honest_notice_not_english(client, seeded_site):
    german_home = seeded_site.get_translation(Locale.objects.get(language_code="de"))
    german_home.unpublish()
    response = client.get("/de/")
    body = html(response)
    assert response.status_code == 404
    assert '<html lang="de"' in body
    with translation.override("de"):
        assert translation.gettext("Not available in this language") in body
    assert 'href="/en/" hreflang="en"' in body
    assert 'href="/fr/" hreflang="fr"' in body
    assert content_en.HOME["hero_heading"] not in body  # no English content passed off as German


@pytest.mark.parametrize(
    "url", ["/xx/", "/zz/who-we-are/", "/fr-xx/", "/EN/", "/en-/", "/%ff/", "/fr/%ff%fe/"]
)
def test_unknown_or_malformed_language_prefixes_give_the_404_page(client, seeded_site, url):
    response = client.get(url, follow=True)
    assert response.status_code == 404
    assert "error-page" in html(response)  # the site's own 404 page, in whichever language the prefix implies


def test_dates_are_formatted_for_each_language(client, seeded_site):
    expected = {
        "en": "18 December 2021",
        "fr": "18 décembre 2021",
        "nl": "18 december 2021",
        "de": "18. Dezember 2021",
    }
    english = StatementPage.objects.get(locale__language_code="en", slug=SEEDED_STATEMENT)
    for code, date in expected.items():
        page = english.get_translation(Locale.objects.get(language_code=code))
        assert date in html(client.get(page.url)), code


def test_speaker_snippet_is_shown_in_the_visitors_language(client, seeded_site):
    english = StatementPage.objects.get(locale__language_code="en", slug=SEEDED_STATEMENT)
    french = english.get_translation(Locale.objects.get(language_code="fr"))
    assert french.speaker.locale.language_code == "fr"
    assert TRANSLATIONS["fr"]["IOM Director General"] in html(client.get(french.url))


@pytest.fixture
def admin_client_(client, django_user_model):
    admin = django_user_model.objects.create_superuser("boss", "boss@example.org", "x" * 12)
    client.force_login(admin)
    return client


def statuses(response):
    return dict(re.findall(r'data-locale="(\w+)" data-status="(\w+)"', html(response)))


def test_status_view_shows_out_of_date_after_an_english_edit_and_sync_brings_new_strings(
    admin_client_, seeded_site, django_capture_on_commit_callbacks
):
    about = SectionPage.objects.get(locale__language_code="en", slug="about")
    response = admin_client_.get("/admin/translation-status/")
    assert response.status_code == 200
    assert "/admin/translation-status/" in html(admin_client_.get("/admin/"))  # reachable from the admin menu
    row = re.search(rf'<a href="/admin/pages/{about.pk}/edit/">.*?</tr>', html(response), re.S).group(0)
    assert statuses_row(row) == {"fr": "current", "nl": "current", "de": "current"}

    about.intro = "A new sentence that the translators have not seen."
    about.save_revision().publish()
    row = status_row(admin_client_, about)
    assert statuses_row(row) == {"fr": "outdated", "nl": "outdated", "de": "outdated"}

    source = TranslationSource.objects.get(object_id=about.translation_key, locale=about.locale)
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client_.post(f"/admin/localize/update/{source.pk}/", {"publish_translations": ""})
    assert response.status_code == 302
    row = status_row(admin_client_, about)
    assert statuses_row(row) == {"fr": "incomplete", "nl": "incomplete", "de": "incomplete"}

    french = about.get_translation(Locale.objects.get(language_code="fr"))
    editor = html(admin_client_.get(f"/admin/pages/{french.pk}/edit/"))
    assert "A new sentence that the translators have not seen." in editor


def status_row(client, page):
    body = html(client.get("/admin/translation-status/"))
    return re.search(rf'<a href="/admin/pages/{page.pk}/edit/">.*?</tr>', body, re.S).group(0)


def statuses_row(row):
    return dict(re.findall(r'data-locale="(\w+)" data-status="(\w+)"', row))


def test_status_view_lists_missing_translations(admin_client_, seeded_site):
    news = seeded_site.get_children().get(slug="news")
    article = StatementPage(title="Only in English", slug="only-in-english", date="2024-01-01")
    news.add_child(instance=article)
    row = status_row(admin_client_, article)
    assert statuses_row(row) == {"fr": "missing", "nl": "missing", "de": "missing"}
    assert f"/admin/localize/submit/page/{article.pk}/" in row


@pytest.fixture
def french_translator(client, django_user_model, seeded_site):
    user = django_user_model.objects.create_user("traductrice", "t@example.org", "x" * 12)
    user.groups.add(Group.objects.get(name="Translators (French)"))
    client.force_login(user)
    return client


def test_a_french_translator_edits_and_publishes_french_pages_only(french_translator, seeded_site):
    about = SectionPage.objects.get(locale__language_code="en", slug="about")
    pages = {code: about.get_translation(Locale.objects.get(language_code=code)) for code in LANGUAGES}

    assert french_translator.get(f"/admin/pages/{pages['fr'].pk}/edit/").status_code == 200
    for code in ["en", "nl", "de"]:
        response = french_translator.get(f"/admin/pages/{pages[code].pk}/edit/")
        assert response.status_code in (302, 403), code
        assert response.status_code != 200

    response = french_translator.post(f"/admin/pages/{pages['nl'].pk}/unpublish/")
    assert response.status_code in (302, 403)
    pages["nl"].refresh_from_db()
    assert pages["nl"].live

    # Publishing their language's pages does not bring unpublishing with it: that is the Moderators' call
    # (the whole matrix: tests/test_permissions.py).
    response = french_translator.post(f"/admin/pages/{pages['fr'].pk}/unpublish/")
    assert response.status_code in (302, 403)
    pages["fr"].refresh_from_db()
    assert pages["fr"].live
