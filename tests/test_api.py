"""The read-only API for partner sites: only live, public content, in the language asked for, and no 500s."""

import pytest
from django.conf import settings
from wagtail.models import Collection, CollectionViewRestriction, Locale, Page, PageViewRestriction

from engage.models import TakeActionPage
from home.models import SectionPage
from news.models import StatementPage
from tests.factories import DocumentFactory, ImageFactory, SectionPageFactory

LANGUAGES = [code for code, _name in settings.LANGUAGES]


def get(client, path, **params):
    response = client.get(f"/api/v2/{path}", params)
    assert response["Content-Type"].startswith("application/json"), (path, params, response.status_code)
    return response


def items(client, **params):
    """Every item of a listing, page after page, as a partner site reads it (100 at most per request)."""
    found = []
    while True:
        response = get(client, "pages/", limit=100, offset=len(found), **params)
        assert response.status_code == 200, response.json()
        data = response.json()
        assert len(data["items"]) <= 100
        found += data["items"]
        if not data["items"] or len(found) >= data["meta"]["total_count"]:
            break
    assert len(found) == data["meta"]["total_count"]
    return found


def ids(client, **params):
    return {item["id"] for item in items(client, **params)}


def public_pages(code=None):
    pages = Page.objects.filter(depth__gt=1).live().public()
    return pages.filter(locale__language_code=code) if code else pages


@pytest.fixture
def hidden_pages(seeded_site):
    """A draft, a password-protected page with a child, a page for signed-in users; all titled 'Zanzibar'."""
    about = SectionPage.objects.get(locale__language_code="en", slug="about")
    draft = SectionPageFactory(parent=about, title="Zanzibar draft", live=False)
    private = SectionPageFactory(parent=about, title="Zanzibar private")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="s3cret")
    below_private = SectionPageFactory(parent=private, title="Zanzibar below private")
    members = SectionPageFactory(parent=about, title="Zanzibar members")
    PageViewRestriction.objects.create(page=members, restriction_type="login")
    return [draft, private, below_private, members]


@pytest.fixture
def visible_page(seeded_site):
    about = SectionPage.objects.get(locale__language_code="en", slug="about")
    return SectionPageFactory(parent=about, title="Zanzibar public")


# --- Only live, public pages ------------------------------------------------------------------------------


def test_the_pages_endpoint_lists_exactly_the_live_public_pages(client, hidden_pages, visible_page):
    listed = ids(client)
    assert listed == set(public_pages().values_list("pk", flat=True))
    assert visible_page.pk in listed
    assert not listed & {page.pk for page in hidden_pages}


@pytest.mark.parametrize("signed_in", [False, True])
def test_drafts_and_private_pages_are_not_found_by_any_route(client, admin_client, hidden_pages, signed_in):
    api_client = admin_client if signed_in else client  # an editor's session does not open private pages
    about = hidden_pages[0].get_parent()
    for page in hidden_pages:
        response = get(api_client, f"pages/{page.pk}/")
        assert response.status_code == 404, page.title
        assert "message" in response.json()
    queries = [
        {},
        {"child_of": about.pk},
        {"descendant_of": about.get_parent().get_parent().pk},
        {"type": "home.SectionPage"},
        {"type": "home.SectionPage", "locale": "en"},
        {"search": "Zanzibar"},
        {"title": "Zanzibar draft"},
        {"order": "-id"},
    ]
    hidden = {page.pk for page in hidden_pages}
    for params in queries:
        assert not ids(api_client, **params) & hidden, params
    assert get(api_client, "pages/", child_of=hidden_pages[1].pk).status_code == 400  # a private parent


def test_search_finds_public_pages_only(client, hidden_pages, visible_page):
    assert ids(client, search="Zanzibar") == {visible_page.pk}


# --- The language asked for, and only that one ---------------------------------------------------------------


@pytest.mark.parametrize("code", LANGUAGES)
def test_locale_filter_returns_that_language_only(client, seeded_site, hidden_pages, code):
    found = items(client, locale=code)
    assert found
    assert {item["meta"]["locale"] for item in found} == {code}
    assert {item["id"] for item in found} == set(public_pages(code).values_list("pk", flat=True))
    for params in [
        {"type": "news.StatementPage"},
        {"type": "home.SectionPage"},
        {"search": "IOM"},
        {"order": "title"},
    ]:
        assert {item["meta"]["locale"] for item in items(client, locale=code, **params)} <= {code}, params
    # The English home page's children and translations, asked for in this language.
    if code == "en":
        assert ids(client, locale=code, translation_of=seeded_site.pk) == set()
    else:
        counterpart = seeded_site.get_translation(Locale.objects.get(language_code=code))
        assert ids(client, locale=code, child_of=seeded_site.pk) == set()
        assert ids(client, locale=code, translation_of=seeded_site.pk) == {counterpart.pk}


@pytest.mark.parametrize("code", LANGUAGES)
def test_articles_of_one_language_with_their_fields(client, seeded_site, code):
    articles = items(client, locale=code, type="news.StatementPage", fields="*")
    assert len(articles) == StatementPage.objects.live().filter(locale__language_code=code).count() == 12
    [article] = [article for article in articles if article["date"] == "2021-12-18"]
    page = StatementPage.objects.get(pk=article["id"])
    assert page.locale.language_code == code
    assert article["meta"]["type"] == "news.StatementPage"
    assert article["title"] == page.title
    assert article["kind"] == "statement"
    assert article["date"] == "2021-12-18"
    assert article["dateline_place"] == page.dateline_place
    assert article["summary"] == page.summary
    assert article["speaker"] == {"name": "António Vitorino", "role": page.speaker.role}
    assert [topic["slug"] for topic in article["topics"]] == ["migrants-rights", "migration-and-development"]
    assert all(topic["name"] for topic in article["topics"])
    assert article["meta"]["html_url"].endswith(page.url)


def test_section_and_form_pages_give_their_introduction_but_never_the_office_addresses(
    client, seeded_site, settings
):
    page = TakeActionPage.objects.get(locale__language_code="fr")
    page.to_address = "office@example.org"
    page.save_revision().publish()
    detail = get(client, f"pages/{page.pk}/").json()
    assert detail["intro"] == page.intro
    assert detail["meta"]["locale"] == "fr"
    assert "to_address" not in detail and "form_fields" not in detail
    assert "office@example.org" not in get(client, f"pages/{page.pk}/").content.decode()
    assert get(client, "pages/", fields="to_address").status_code == 400
    section = SectionPage.objects.get(locale__language_code="nl", slug="over-ons")
    assert get(client, f"pages/{section.pk}/").json()["intro"] == section.intro


# --- Bad requests are answered, never crashed on -------------------------------------------------------------------


@pytest.mark.parametrize(
    "params",
    [
        {"locale": "xx"},
        {"locale": ""},
        {"locale": "EN"},
        {"locale": "fr-BE"},
        {"locale": "en\x00"},
        {"type": "news.Nothing"},
        {"type": "auth.User"},
        {"type": "news"},
        {"limit": "abc"},
        {"limit": "-1"},
        {"limit": "100000"},
        {"offset": "-5"},
        {"offset": "99999999999999999999999"},
        {"child_of": "abc"},
        {"child_of": "99999999999999999999999"},
        {"descendant_of": "-1"},
        {"translation_of": "1.5"},
        {"id": "abc"},
        {"order": "not_a_field"},
        {"fields": "no_such_field"},
        {"unknown": "parameter"},
        {"search": "x", "search_operator": "xor"},
        {"site": "\x00"},
    ],
)
def test_malformed_parameters_get_a_400_with_a_json_message(client, seeded_site, params):
    response = get(client, "pages/", **params)
    assert response.status_code == 400, (params, response.content)
    assert response.json()["message"]


@pytest.mark.parametrize(
    "query",
    [
        '"',
        "'",
        "l'OIM",
        "*",
        "()",
        "AND OR NOT",
        '"unclosed',
        "a:b",
        "-",
        "^",
        "NEAR(a b)",
        "x" * 5000,
        "💥 ünïcødé",
    ],
)
def test_hostile_search_strings_never_cause_a_server_error(client, seeded_site, query):
    for endpoint in ["pages/", "images/", "documents/"]:
        response = get(client, endpoint, search=query)
        assert response.status_code == 200, (endpoint, query)
        assert "items" in response.json()


def test_unknown_ids_get_a_json_404_not_a_redirect(client, seeded_site):
    for path in ["pages/999999/", "pages/99999999999999999999999/", "images/999999/", "documents/999999/"]:
        response = get(client, path)
        assert response.status_code == 404, path
        assert response.json()["message"]


def test_the_api_is_read_only(client, seeded_site):
    page = Page.objects.filter(depth=3).first()
    for method in (client.post, client.put, client.patch, client.delete):
        assert method(f"/api/v2/pages/{page.pk}/").status_code == 405
    assert client.post("/api/v2/pages/", {"title": "New"}).status_code == 405


# --- Images and documents ---------------------------------------------------------------------------------------------


def test_images_and_documents_in_restricted_collections_are_left_out(client, seeded_site):
    root = Collection.get_first_root_node()
    staff = root.add_child(name="Staff only")
    CollectionViewRestriction.objects.create(collection=staff, restriction_type="login")
    public_image, staff_image = ImageFactory(), ImageFactory(collection=staff)
    public_document, staff_document = DocumentFactory(), DocumentFactory(collection=staff)

    images = {item["id"] for item in get(client, "images/", limit=100).json()["items"]}
    assert public_image.pk in images and staff_image.pk not in images
    assert get(client, f"images/{staff_image.pk}/").status_code == 404
    documents = {item["id"] for item in get(client, "documents/", limit=100).json()["items"]}
    assert public_document.pk in documents and staff_document.pk not in documents
    assert get(client, f"documents/{staff_document.pk}/").status_code == 404
