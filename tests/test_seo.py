"""What search engines and social networks see: meta tags, Open Graph, JSON-LD, sitemap.xml and robots.txt."""

import datetime
import json
import re
from html import unescape
from pathlib import Path

import pytest
from defusedxml import ElementTree
from django.conf import settings
from django.utils import translation
from PIL import Image
from wagtail.models import Page, PageViewRestriction

from home.models import SectionPage
from home.seed.translations import TRANSLATIONS
from news.models import StatementPage
from resources.models import ResourcePage
from tests.factories import ImageFactory, SectionPageFactory

SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}
LANGUAGES = [code for code, _name in settings.LANGUAGES]
OG_LOCALES = {"en": "en_GB", "fr": "fr_BE", "nl": "nl_BE", "de": "de_BE"}


def html(response):
    assert response.status_code == 200
    return response.content.decode()


def meta(body, key):
    """The content of <meta property=key> or <meta name=key> (the first one), unescaped; None if absent."""
    values = meta_all(body, key)
    return values[0] if values else None


def meta_all(body, key):
    pattern = rf'<meta (?:property|name)="{re.escape(key)}" content="([^"]*)">'
    return [unescape(value) for value in re.findall(pattern, body)]


def json_ld(body):
    """Every JSON-LD object of the page, parsed."""
    scripts = re.findall(r'<script type="application/ld\+json">(.*?)</script>', body, re.S)
    return [json.loads(script) for script in scripts]


def of_type(body, kind):
    return [data for data in json_ld(body) if data.get("@type") == kind]


STATEMENT_2021 = datetime.date(2021, 12, 18)  # the seed's statement of International Migrants Day 2021


def page_of(model, code, **filters):
    return model.objects.get(locale__language_code=code, **filters)


def section(code="en", slug_en="about"):
    english = SectionPage.objects.get(locale__language_code="en", slug=slug_en)
    return english if code == "en" else english.get_translation(page_of_locale(code))


def page_of_locale(code):
    from wagtail.models import Locale

    return Locale.objects.get(language_code=code)


# --- Title, description, Open Graph, Twitter ----------------------------------------------------------


@pytest.mark.parametrize("code", LANGUAGES)
def test_a_section_page_describes_itself_for_search_engines_and_sharing(client, seeded_site, code):
    page = section(code)
    body = html(client.get(page.url))
    url = f"http://testserver{page.url}"
    assert re.search(rf"<title>{re.escape(page.title)} \| ", unescape(body))
    assert meta(body, "description") == page.intro
    assert meta(body, "og:title") == page.title
    assert meta(body, "og:description") == page.intro
    assert meta(body, "og:url") == url
    assert f'<link rel="canonical" href="{url}">' in body
    assert meta(body, "og:type") == "website"
    assert meta(body, "og:locale") == OG_LOCALES[code]
    assert sorted(meta_all(body, "og:locale:alternate")) == sorted(
        v for k, v in OG_LOCALES.items() if k != code
    )
    # Its hero image, cut to 1200x630 around the focal point (pages without one share the default image).
    assert re.match(
        r"http://testserver/media/images/seed-about[^/]*\.fill-1200x630\.format-jpeg\.jpg$",
        meta(body, "og:image"),
    )
    assert (meta(body, "og:image:width"), meta(body, "og:image:height")) == ("1200", "630")
    assert meta(body, "og:image:alt")
    with translation.override(code):
        assert meta(body, "og:site_name") == translation.gettext("IOM Belgium and Luxembourg")
    assert meta(body, "twitter:card") == "summary_large_image"
    assert meta(body, "twitter:title") == page.title
    assert meta(body, "twitter:image") == meta(body, "og:image")
    assert meta(body, "twitter:site") == "@UNmigration"


def test_the_seo_title_and_search_description_win_when_editors_set_them(client, seeded_site):
    page = section()
    page.seo_title = "About IOM in Belgium and Luxembourg"
    page.search_description = "Who we are, what we do and where to find us in Brussels."
    page.save_revision().publish()
    body = html(client.get(page.url))
    assert "<title>About IOM in Belgium and Luxembourg | " in body
    assert meta(body, "description") == "Who we are, what we do and where to find us in Brussels."
    assert meta(body, "og:title") == meta(body, "twitter:title") == "About IOM in Belgium and Luxembourg"
    assert meta(body, "og:description") == "Who we are, what we do and where to find us in Brussels."


def test_descriptions_fall_back_from_intro_to_summary_to_a_sentence_about_the_office(client, seeded_site):
    statement = page_of(StatementPage, "fr", date=STATEMENT_2021)
    body = html(client.get(statement.url))
    words = statement.summary.split()
    assert len(words) > 40
    assert meta(body, "description") == " ".join(words[:40]) + "…"
    empty = SectionPageFactory(parent=section(), title="Nothing said", intro="")
    body = html(client.get(empty.url))
    assert (
        meta(body, "description") == "The International Organization for Migration in Belgium and Luxembourg."
    )
    home_body = html(client.get("/en/"))
    assert meta(home_body, "description") == seeded_site.hero_intro  # the home page has no intro of its own


@pytest.mark.parametrize("code", ["en", "fr"])
def test_an_article_is_shared_as_an_article_with_its_featured_image(client, seeded_site, code):
    statement = page_of(StatementPage, code, date=STATEMENT_2021)
    statement.featured_image = ImageFactory(file__width=1600, file__height=900)
    statement.featured_image_alt = "Migrants at a reception centre in Brussels"
    statement.save_revision().publish()
    body = html(client.get(statement.url))
    assert meta(body, "og:type") == "article"
    image = meta(body, "og:image")
    assert image.startswith("http://testserver/") and image.endswith(".jpg")
    assert "fill-1200x630" in image
    assert (meta(body, "og:image:width"), meta(body, "og:image:height")) == ("1200", "630")
    assert meta(body, "og:image:alt") == meta(body, "twitter:image:alt") == statement.featured_image_alt
    assert meta(body, "article:published_time") == "2021-12-18"


def test_a_resource_is_shared_with_its_cover_and_shows_its_credit(client, seeded_site):
    resource = ResourcePage.objects.filter(locale__language_code="en").live().first()
    resource.featured_image = ImageFactory(file__width=900, file__height=1200)
    resource.featured_image_alt = "The cover of the report: a map of Belgium"
    resource.featured_image_credit = "© IOM 2024"
    resource.save_revision().publish()
    body = html(client.get(resource.url))
    assert "fill-1200x630" in meta(body, "og:image")
    assert meta(body, "og:image:alt") == "The cover of the report: a map of Belgium"
    assert '<span class="credit">© IOM 2024</span>' in body


def test_an_article_first_published_elsewhere_points_there(client, seeded_site):
    statement = page_of(StatementPage, "en", date=STATEMENT_2021)
    statement.canonical_url = "https://www.iom.int/news/harnessing-potential-human-mobility"
    statement.save_revision().publish()
    body = html(client.get(statement.url))
    assert (
        '<link rel="canonical" href="https://www.iom.int/news/harnessing-potential-human-mobility">' in body
    )
    assert meta(body, "og:url") == "https://www.iom.int/news/harnessing-potential-human-mobility"


def test_a_page_only_in_english_names_no_other_locale(client, seeded_site):
    page = SectionPageFactory(parent=section(), title="Only in English")
    body = html(client.get(page.url))
    assert meta(body, "og:locale") == "en_GB"
    assert meta_all(body, "og:locale:alternate") == []


def test_the_default_share_image_is_our_own_1200_by_630_png():
    path = Path(settings.BASE_DIR) / "core" / "static" / "images" / "share-default.png"
    with Image.open(path) as image:
        assert image.format == "PNG"
        assert image.size == (1200, 630)
    with Image.open(path.with_name("logo.png")) as logo:
        assert logo.format == "PNG" and logo.size[0] >= 112 and logo.size == (logo.size[0],) * 2


# --- JSON-LD ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("code", LANGUAGES)
def test_each_home_page_describes_the_organisation(client, seeded_site, code):
    body = html(client.get(f"/{code}/"))
    [organization] = of_type(body, "Organization")
    assert organization["@context"] == "https://schema.org"
    assert organization["url"] == f"http://testserver/{code}/"
    assert organization["logo"] == "http://testserver/static/images/logo.png"
    assert "https://x.com/UNmigration" in organization["sameAs"]
    assert organization["parentOrganization"]["url"] == "https://www.iom.int/"
    expected = (
        "IOM Belgium and Luxembourg" if code == "en" else TRANSLATIONS[code]["IOM Belgium and Luxembourg"]
    )
    assert organization["name"] == expected
    assert of_type(body, "BreadcrumbList") == []


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_page_below_home_has_its_breadcrumbs_as_json_ld(client, seeded_site, code):
    for page in Page.objects.filter(locale__language_code=code, depth__gt=2).live().specific():
        body = html(client.get(page.url))
        [breadcrumbs] = of_type(body, "BreadcrumbList")
        items = breadcrumbs["itemListElement"]
        assert [item["position"] for item in items] == list(range(1, page.depth))
        assert items[0]["item"] == f"http://testserver/{code}/"
        assert items[-1]["item"] == f"http://testserver{page.url}"
        assert items[-1]["name"] == page.title
        ancestors = page.get_ancestors().filter(depth__gt=2).order_by("depth")
        assert [item["name"] for item in items[1:-1]] == [ancestor.title for ancestor in ancestors]
        assert of_type(body, "Organization") == []
    with translation.override(code):
        assert items[0]["name"] == translation.gettext("Home")


def test_json_ld_cannot_be_closed_by_a_title(client, seeded_site):
    page = SectionPageFactory(parent=section(), title="Hi </script><script>alert(1)</script>", slug="tricky")
    body = html(client.get(page.url))
    assert "<script>alert(1)" not in body
    [breadcrumbs] = of_type(body, "BreadcrumbList")
    assert breadcrumbs["itemListElement"][-1]["name"] == "Hi </script><script>alert(1)</script>"


# --- sitemap.xml ---------------------------------------------------------------------------------------------


def sitemap(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ElementTree.fromstring(response.content)
    assert root.tag == "{http://www.sitemaps.org/schemas/sitemap/0.9}urlset"
    entries = {}
    for url in root.findall("s:url", SITEMAP_NS):
        location = url.find("s:loc", SITEMAP_NS).text
        assert location not in entries, f"{location} is listed twice"
        links = url.findall("xhtml:link", SITEMAP_NS)
        assert all(link.get("rel") == "alternate" for link in links)
        entries[location] = {link.get("hreflang"): link.get("href") for link in links}
        assert len(entries[location]) == len(links), f"{location} names a language twice"
        lastmod = url.find("s:lastmod", SITEMAP_NS)  # published pages have one; factory-made ones may not
        assert lastmod is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", lastmod.text)
    return entries


def absolute(page):
    return f"http://testserver{page.url}"


def test_sitemap_lists_every_live_public_page_of_every_language_with_its_alternates(client, seeded_site):
    entries = sitemap(client)
    pages = list(Page.objects.filter(depth__gt=1).live().public().select_related("locale"))
    assert {page.locale.language_code for page in pages} == set(LANGUAGES)
    assert set(entries) == {absolute(page) for page in pages}
    for page in pages:
        translations = {
            p.locale.language_code: absolute(p) for p in pages if p.translation_key == page.translation_key
        }
        alternates = entries[absolute(page)]
        assert alternates == {**translations, "x-default": translations["en"]}, page.url
        assert alternates[page.locale.language_code] == absolute(page)
        assert all(href in entries for href in alternates.values())


def test_sitemap_leaves_out_drafts_and_private_pages_and_their_children(client, seeded_site):
    about = section()
    draft = SectionPageFactory(parent=about, title="Draft plans", live=False)
    private = SectionPageFactory(parent=about, title="Staff only")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="s3cret")
    below_private = SectionPageFactory(parent=private, title="Staff rota")
    french_about = section("fr")
    PageViewRestriction.objects.create(page=french_about, restriction_type="login")

    entries = sitemap(client)
    for hidden in (draft, private, below_private, french_about):
        assert absolute(hidden) not in entries, hidden.url
    # The English page stays; its French version is private, so it is no longer named as an alternate.
    assert "fr" not in entries[absolute(about)]
    assert set(entries[absolute(about)]) == {"en", "nl", "de", "x-default"}
    assert all(absolute(french_about) not in alternates.values() for alternates in entries.values())


def test_a_page_in_one_language_only_has_no_alternates(client, seeded_site):
    lonely = SectionPageFactory(parent=section(), title="English only")
    assert sitemap(client)[absolute(lonely)] == {}


def test_sitemap_and_robots_live_outside_the_language_prefixes(client, seeded_site):
    assert client.get("/en/sitemap.xml").status_code == 404
    assert client.get("/fr/robots.txt").status_code == 404


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_admin_and_search(client, seeded_site):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    disallowed = {line.split(": ", 1)[1] for line in lines if line.startswith("Disallow: ")}
    assert {"/admin/", "/search/", "/api/"} <= disallowed
    assert {f"/{code}/search/" for code in LANGUAGES} <= disallowed
    assert "Disallow: /" not in lines  # the site itself is open to crawlers
