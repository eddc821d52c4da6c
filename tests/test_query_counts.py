"""Pages render in a bounded number of SQL queries that does not grow with the number of pages."""

import pytest
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from tests.factories import PersonFactory, SectionPageFactory, StatementPageFactory

URLS = {
    "home page": "/en/",
    "section page": "/en/who-we-are/",
    "subsection page": "/en/who-we-are/about/",
    "news index": "/en/news/",
    "statement": "/en/news/international-migrants-day-statement-2021/",
}
MAX_QUERIES = 40  # today 23 to 27; the bound catches a page that starts to query per item
ADDED_PAGES = 200


def count_queries(client, url):
    """Queries of a second visit (the first one fills the per-process caches, as on a running server)."""
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured), [query["sql"] for query in captured.captured_queries]


def add_pages(home):
    """200 more live pages spread over the menu, the sections, the subsections and the news index."""
    by_slug = {page.slug: page for page in Page.objects.descendant_of(home).specific()}
    speaker = PersonFactory(locale=home.locale)
    parents = [by_slug["who-we-are"], by_slug["about"], by_slug["cross-cutting-global"]]
    per_parent = ADDED_PAGES // 4
    for parent in parents:
        for n in range(per_parent):
            SectionPageFactory(parent=parent, title=f"More {parent.slug} {n}", show_in_menus=True)
    for _n in range(ADDED_PAGES - per_parent * len(parents)):
        StatementPageFactory(parent=by_slug["news"], speaker=speaker)
    return Page.objects.descendant_of(home).count()


@pytest.fixture(scope="module")
def query_counts(seed_run):
    """{name: (queries before, queries after)}, measured once for the module; the pages are removed after."""
    from home.models import HomePage

    with transaction.atomic():
        home = HomePage.objects.get(locale__language_code="en", depth=2)
        client = Client()
        before = {name: count_queries(client, url) for name, url in URLS.items()}
        pages_before = Page.objects.descendant_of(home).count()
        pages_after = add_pages(home)
        assert pages_after == pages_before + ADDED_PAGES
        after = {name: count_queries(client, url) for name, url in URLS.items()}
        yield {name: (before[name], after[name]) for name in URLS}
        transaction.set_rollback(True)


@pytest.mark.parametrize("name", URLS)
def test_page_renders_in_a_bounded_number_of_queries(query_counts, name):
    (count, queries), _after = query_counts[name]
    assert count <= MAX_QUERIES, "\n".join(queries)


@pytest.mark.parametrize("name", URLS)
def test_query_count_does_not_grow_with_200_more_pages(query_counts, name):
    (count_before, queries_before), (count_after, queries_after) = query_counts[name]
    assert count_after == count_before, "\n".join(q for q in queries_after if q not in queries_before)


@pytest.mark.django_db
def test_section_page_query_count_is_bounded_with_pytest_django(
    client, seeded_site, django_assert_max_num_queries
):
    client.get("/en/our-work/")
    with django_assert_max_num_queries(MAX_QUERIES):
        assert client.get("/en/our-work/").status_code == 200
