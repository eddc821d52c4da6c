"""What a visitor of the seeded English site sees: pages, navigation, errors and search."""

from collections import deque
from urllib.parse import urldefrag, urlsplit

import pytest
from bs4 import BeautifulSoup
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.models import Page

from home.seed import content_en

pytestmark = pytest.mark.django_db


def seeded_paths(nodes=content_en.TREE, prefix="/en/"):
    for node in nodes:
        path = f"{prefix}{node['slug']}/"
        yield path
        yield from seeded_paths(node.get("children", []), path)


PATHS = ["/en/", *seeded_paths()]
INNER_PATHS = PATHS[1:]


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


def page_at(home, path):
    """The English page that `path` (under /en/) should serve."""
    return Page.objects.get(url_path=home.url_path + path[len("/en/") :], locale=home.locale).specific


def text_of(tag):
    return " ".join(tag.get_text(" ").split())


@pytest.mark.parametrize("path", PATHS)
def test_every_seeded_page_answers_with_its_title_as_the_main_heading(client, seeded_site, path):
    response = client.get(path)
    assert response.status_code == 200
    soup = soup_of(response)
    page = page_at(seeded_site, path)
    headings = soup.find_all("h1")
    assert len(headings) == 1
    expected = page.hero_heading if path == "/en/" else page.title
    assert text_of(headings[0]) == expected
    assert soup.title.get_text().startswith(page.title)
    assert soup.html["lang"] == "en"
    assert soup.find("main", id="main")
    assert soup.find("a", class_="skip-link")["href"] == "#main"


@pytest.mark.parametrize("path", INNER_PATHS)
def test_breadcrumbs_lead_back_through_every_ancestor(client, seeded_site, path):
    soup = soup_of(client.get(path))
    page = page_at(seeded_site, path)
    nav = soup.find("nav", attrs={"aria-label": "Breadcrumbs"})
    assert nav is not None
    ancestors = [p for p in page.get_ancestors() if p.depth > 1]
    links = nav.find_all("a")
    assert [a["href"] for a in links] == [p.url for p in ancestors]
    assert [a.get_text() for a in links] == ["Home", *(p.title for p in ancestors[1:])]
    current = nav.find(attrs={"aria-current": "page"})
    assert current.get_text() == page.title


def test_home_page_has_no_breadcrumbs(client, seeded_site):
    soup = soup_of(client.get("/en/"))
    assert soup.find("nav", attrs={"aria-label": "Breadcrumbs"}) is None


@pytest.mark.parametrize("path", ["/en/", "/en/who-we-are/about/", "/en/news/"])
def test_main_menu_lists_the_top_sections(client, seeded_site, path):
    soup = soup_of(client.get(path))
    menu = soup.find("nav", attrs={"aria-label": "Main menu"})
    top = {a.get_text(): a["href"] for a in menu.select(".main-nav__list > li > a")}
    assert top["Who We Are"] == "/en/who-we-are/"
    assert top["Our Work"] == "/en/our-work/"
    assert top["News"] == "/en/news/"
    sub = {a.get_text(): a["href"] for a in menu.select(".main-nav__sub a")}
    assert sub["About"] == "/en/who-we-are/about/"
    assert sub["IOM Global"] == "/en/who-we-are/iom-global/"


def test_main_menu_marks_the_section_the_visitor_is_in(client, seeded_site):
    soup = soup_of(client.get("/en/who-we-are/about/"))
    menu = soup.find("nav", attrs={"aria-label": "Main menu"})
    current = menu.select('.main-nav__list > li > a[aria-current="true"]')
    assert [a.get_text() for a in current] == ["Who We Are"]


def test_section_page_lists_its_subpages_as_cards(client, seeded_site):
    soup = soup_of(client.get("/en/our-work/cross-cutting-global/"))
    cards = {a.get_text(): a["href"] for a in soup.select(".card a")}
    assert cards == {
        "Data and Resources": "/en/our-work/cross-cutting-global/data-and-resources/",
        "Take Action": "/en/our-work/cross-cutting-global/take-action/",
        "2030 Agenda": "/en/our-work/cross-cutting-global/2030-agenda/",
    }


def test_news_index_lists_the_newest_first_with_the_statement_and_its_dateline(client, seeded_site):
    soup = soup_of(client.get("/en/news/"))
    teasers = soup.select(".article-teaser")
    assert len(teasers) == 10  # the seed's twelve news items, ten a page
    dates = [teaser.find("time")["datetime"] for teaser in teasers]
    assert dates == sorted(dates, reverse=True)
    assert dates[0] == "2026-06-16"
    teaser = next(
        teaser
        for teaser in teasers
        if teaser.find("a")["href"] == "/en/news/international-migrants-day-statement-2021/"
    )
    assert teaser.find("a").get_text() == content_en.STATEMENT_TITLE
    assert teaser.find("time")["datetime"] == "2021-12-18"
    assert "Geneva" in teaser.get_text()


def test_statement_shows_dateline_speaker_and_key_figure(client, seeded_site):
    soup = soup_of(client.get("/en/news/international-migrants-day-statement-2021/"))
    assert soup.find("time")["datetime"] == "2021-12-18"
    assert "18 December 2021" in text_of(soup.find("time"))
    assert "Geneva" in text_of(soup.select_one(".article__meta"))
    speaker = text_of(soup.select_one(".article__speaker")).replace(" ,", ",")
    assert speaker == "António Vitorino, IOM Director General"
    assert "USD 540 billion" in [dt.get_text() for dt in soup.select("main dl dt")]


def test_home_page_shows_the_three_latest_news_items(client, seeded_site):
    soup = soup_of(client.get("/en/"))
    links = [a["href"] for a in soup.select(".article-teaser a")]
    assert links == [
        "/en/news/family-remittances-day-2026/",
        "/en/news/international-migrants-day-2025/",
        "/en/news/fair-recruitment-guide-for-employers/",
    ]


def test_an_unpublished_page_is_not_found(client, seeded_site):
    page_at(seeded_site, "/en/who-we-are/about/").unpublish()
    response = client.get("/en/who-we-are/about/")
    assert response.status_code == 404
    soup = soup_of(client.get("/en/who-we-are/"))
    assert "/en/who-we-are/about/" not in [a["href"] for a in soup.find_all("a", href=True)]


# --- Languages and errors --------------------------------------------------------------------


def test_the_bare_domain_sends_visitors_to_the_english_home_page(client, seeded_site):
    response = client.get("/")
    assert response.status_code in (301, 302)
    assert response["Location"] == "/en/"


def test_the_bare_domain_follows_the_browser_language(client, seeded_site):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="fr-BE,fr;q=0.9,en;q=0.5")
    assert response.status_code in (301, 302)
    assert response["Location"] == "/fr/"


@pytest.mark.parametrize(
    "url",
    [
        "/en/no-such-page/",
        "/en/who-we-are/no-such-page/",
        "/en/news/international-migrants-day-statement-2021/more/",
        "/en/%ff/",
        "/en/%00/",
        "/en/../",
        "/en/./about/",
        "/en/" + "a/" * 400,
        "/en/" + "x" * 5000 + "/",
        "/xx/",
        "/zz/foo/",
        "/EN/",
        "/en-gb/",
    ],
)
def test_unknown_addresses_get_the_site_404_page(client, seeded_site, url):
    response = client.get(url, follow=True)
    for hop, status in response.redirect_chain:
        assert status in (301, 302), hop
    assert response.status_code == 404
    soup = soup_of(response)
    assert text_of(soup.find("h1")) == "Page not found"
    assert soup.find("a", href="/en/")
    assert soup.find("meta", attrs={"name": "robots"})["content"] == "noindex"


def test_an_address_without_its_final_slash_leads_to_the_page(client, seeded_site):
    response = client.get("/en/who-we-are/about", follow=True)
    assert response.redirect_chain == [("/en/who-we-are/about/", 301)]
    assert text_of(soup_of(response).find("h1")) == "About"


# --- Search ----------------------------------------------------------------------------------


def test_search_page_has_a_labelled_search_box(client, seeded_site):
    soup = soup_of(client.get("/en/search/"))
    form = soup.find("form", class_="search-page-form")
    field = form.find("input", attrs={"name": "q"})
    label = form.find("label", attrs={"for": field["id"]})
    assert label.get_text().strip()
    assert soup.html["lang"] == "en"


def test_search_finds_the_statement_by_its_speaker(client, seeded_site):
    soup = soup_of(client.get("/en/search/", {"q": "Vitorino"}))
    links = [a["href"] for a in soup.select(".search-results a")]
    assert "/en/news/international-migrants-day-statement-2021/" in links


@pytest.mark.parametrize(
    "query",
    [
        "x OR " * 300,
        "AND OR NOT",
        "migrants\x00; DROP TABLE wagtailcore_page; --",
        "\x00" * 50,
        "y" * 10_240,
        "' OR 1=1 --",
        '"unbalanced',
        "(((((",
        "* ? ~ ^ : \\",
        "%_%",
        "🙂" * 500,
        "<script>alert(1)</script>",
    ],
    ids=lambda q: repr(q[:20]),
)
def test_search_answers_hostile_queries_with_a_page(client, seeded_site, query):
    response = client.get("/en/search/", {"q": query})
    assert response.status_code == 200
    assert "<script>alert(1)" not in response.content.decode()
    assert soup_of(response).find("h1").get_text() == "Search"


@pytest.mark.parametrize("page_number", ["0", "-1", "abc", "99999999999999999999", "1e9"])
def test_search_answers_odd_page_numbers(client, seeded_site, page_number):
    response = client.get("/en/search/", {"q": "migration", "page": page_number})
    assert response.status_code == 200


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.text(max_size=400))
def test_search_never_fails_whatever_the_query(client, seeded_site, query):
    assert client.get("/en/search/", {"q": query}).status_code == 200


# --- Every page is reachable ------------------------------------------------------------------


def test_every_page_is_reachable_from_the_home_page_by_links(client, seeded_site):
    reached, queue, broken = set(), deque(["/en/"]), []
    while queue and len(reached) < 300:
        url = queue.popleft()
        if url in reached:
            continue
        reached.add(url)
        response = client.get(url)
        if response.status_code != 200:
            broken.append((url, response.status_code))
            continue
        for link in soup_of(response).find_all("a", href=True):
            href = urldefrag(link["href"]).url
            query = urlsplit(href).query
            # Listing filters would multiply the addresses; pagination is followed.
            if href.startswith("/en/") and (not query or query.startswith("page=")) and href not in reached:
                queue.append(href)

    live_pages = Page.objects.live().filter(locale=seeded_site.locale, depth__gte=2)
    assert {page.url for page in live_pages} <= reached
    assert broken == []
