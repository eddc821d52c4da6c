"""Pages render in a bounded number of SQL queries that does not grow with the number of pages."""

import pytest
from django.core.cache import cache
from django.db import connection, transaction
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from bench.bulk import bulk_create_articles
from news.models import StatementPage
from tests.factories import PersonFactory, SectionPageFactory, StatementPageFactory

# Every page type, with the most each may cost: cold (nothing in the fragment cache, as right after a publish)
# and warm (a second visit: menus, listings and page bodies come from the fragment cache). The cold budget holds
# with every cache a dummy too (nothing kept between requests), with the seeded site and with 1,000 pages.
BUDGETS = {
    "home page": ("/en/", 30, 6),
    "section page": ("/en/who-we-are/", 30, 8),
    # About has a gallery: its pictures and their renditions are two queries, whatever their number.
    "subsection page": ("/en/who-we-are/about/", 32, 8),
    "news index": ("/en/news/", 36, 13),
    "news index, filtered": ("/en/news/?kind=statement", 36, 13),
    "statement": ("/en/news/international-migrants-day-statement-2021/", 37, 8),
    "resource library": ("/en/our-work/cross-cutting-global/data-and-resources/", 46, 19),
    "resource": ("/en/our-work/cross-cutting-global/data-and-resources/annual-overview-2023/", 37, 16),
    "agenda": ("/en/our-work/cross-cutting-global/2030-agenda/", 30, 12),
    "take action": ("/en/our-work/cross-cutting-global/take-action/", 28, 10),
    # No answer cache for searches (its keys would be what visitors type): counting and ranking run every time.
    "search": ("/en/search/?q=migration", 30, 18),  # 30 on PostgreSQL (its stemming lookup), 29 on SQLite
}
URLS = {name: url for name, (url, _cold, _warm) in BUDGETS.items()}
TARGET_PAGES = 1000


DUMMY_CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}


def visit(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured), [query["sql"] for query in captured.captured_queries]


def count_queries(client, url):
    """Queries of a first visit with an empty cache, then of a second visit, then of a visit with every cache a
    dummy (nothing is ever kept: `make bench`'s cold mode)."""
    cache.clear()
    counts = [visit(client, url), visit(client, url)]
    with override_settings(CACHES=DUMMY_CACHES):
        counts.append(visit(client, url))
    return counts


def add_pages(home, total):
    """Grow the English tree to `total` live pages: sections in the menu and under each section, and the rest
    as articles through the bulk path (bench/bulk.py)."""
    by_slug = {page.slug: page for page in Page.objects.descendant_of(home).specific()}
    speaker = PersonFactory(locale=home.locale)
    for parent in (home, by_slug["who-we-are"], by_slug["about"], by_slug["cross-cutting-global"]):
        for n in range(10):
            SectionPageFactory(parent=parent, title=f"More {parent.slug} {n}", show_in_menus=True)
    for _n in range(10):
        StatementPageFactory(parent=by_slug["news"], speaker=speaker)
    missing = total - Page.objects.descendant_of(home, inclusive=True).count()
    bulk_create_articles(by_slug["news"], missing)
    return Page.objects.descendant_of(home, inclusive=True).count()


@pytest.fixture(scope="module")
def query_counts(seed_run):
    """{name: (counts with the seeded site, counts with 1,000 pages)}; the pages are removed after."""
    from home.models import HomePage

    with transaction.atomic():
        home = HomePage.objects.get(locale__language_code="en", depth=2)
        # The 1,000 pages added push the seeded statement (and its picture) off the listings' first pages; its
        # picture would make the counts differ by the two queries pictures cost a listing (a constant, tested
        # with pictures in tests/test_image_renditions.py). Heroes and covers stay.
        StatementPage.objects.update(featured_image=None)
        client = Client()
        for url in URLS.values():  # fills the per-process caches (content types...), as on a running server
            client.get(url)
        before = {name: count_queries(client, url) for name, url in URLS.items()}
        pages_before = Page.objects.descendant_of(home, inclusive=True).count()
        assert pages_before < 50
        assert add_pages(home, TARGET_PAGES) == TARGET_PAGES
        after = {name: count_queries(client, url) for name, url in URLS.items()}
        yield {name: (before[name], after[name]) for name in URLS}
        transaction.set_rollback(True)


@pytest.mark.parametrize("name", URLS)
def test_page_renders_within_its_query_budget(query_counts, name):
    _url, cold_budget, warm_budget = BUDGETS[name]
    for (cold, cold_queries), (warm, warm_queries), (dummy, dummy_queries) in query_counts[name]:
        assert cold <= cold_budget, "\n".join(cold_queries)
        assert warm <= warm_budget, "\n".join(warm_queries)
        assert dummy <= cold_budget, "\n".join(dummy_queries)


@pytest.mark.parametrize("name", URLS)
def test_query_count_is_the_same_with_1000_pages(query_counts, name):
    before, after = query_counts[name]
    for visit, (count_before, queries_before), (count_after, queries_after) in zip(
        ("cold", "warm", "every cache a dummy"), before, after, strict=True
    ):
        assert count_after == count_before, (
            visit + "\n" + "\n".join(q for q in queries_after if q not in queries_before)
        )


@pytest.mark.django_db
def test_section_page_query_count_is_bounded_with_pytest_django(
    client, seeded_site, django_assert_max_num_queries
):
    client.get("/en/our-work/")
    with django_assert_max_num_queries(BUDGETS["section page"][2]):
        assert client.get("/en/our-work/").status_code == 200
