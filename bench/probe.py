"""Runs inside the benchmark's environment (settings and database from the environment, see bench/run.py).

Finds the URLs to measure and, with Django's test client, counts the SQL queries each page costs uncached and
when served from the page cache, and how long it takes to render in-process. Prints one JSON object.
"""

import json
import statistics
import sys
import time
from pathlib import Path

import django

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
django.setup()

from django.core.cache import cache  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, override_settings, setup_test_environment  # noqa: E402
from wagtail.models import Locale  # noqa: E402

from home.models import HomePage, SectionPage  # noqa: E402
from news.models import NewsIndexPage, StatementPage  # noqa: E402

SEARCH_QUERY = "migration"
RENDER_SAMPLES = 5


def urls():
    """The pages the benchmark measures, in English: the seeded section, statement and news index."""
    en = Locale.objects.get(language_code="en")
    home = HomePage.objects.live().get(locale=en)
    section = SectionPage.objects.live().child_of(home).order_by("path").first()
    # The seeded statement (the oldest article): real content, with quotes, figures and related items.
    article = StatementPage.objects.live().filter(locale=en).order_by("pk").first()
    news = NewsIndexPage.objects.live().get(locale=en)
    return {
        "home": home.url,
        "section": section.url,
        "article": article.url,
        "news": news.url,
        "search": f"/en/search/?q={SEARCH_QUERY}",
        "static": "/static/css/site.css",
    }


def item_count(response):
    """How many articles the news index lists, or how many hits the search found (all pages of results)."""
    context = response.context
    if context is None:
        return None
    for name in ("articles", "search_results"):
        try:
            return context[name].paginator.count
        except (KeyError, AttributeError):
            continue
    return None


def measure(client, url):
    cache.clear()  # no menu or footer left in the cache by the previous page's cached requests
    with override_settings(PAGE_CACHE_SECONDS=0):
        first = client.get(url)  # warms per-process caches, like a worker that has served a few requests
        if first.status_code != 200:
            raise SystemExit(f"probe: {url} answered {first.status_code}")
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        # Counted at once: Django empties the connection's query log when the next request starts.
        queries_uncached = len(captured)
        timings = []
        for _ in range(RENDER_SAMPLES):
            started = time.perf_counter()
            client.get(url)
            timings.append((time.perf_counter() - started) * 1000)
    with override_settings(PAGE_CACHE_SECONDS=300):
        cache.clear()
        miss = client.get(url)
        with CaptureQueriesContext(connection) as captured:
            hit = client.get(url)
        queries_cached = len(captured)
    return {
        "url": url,
        "status": response.status_code,
        "bytes": len(response.content),
        "items": item_count(response),
        "queries_uncached": queries_uncached,
        "queries_cached": queries_cached,
        "cache_header_miss": miss.get("X-Page-Cache"),
        "cache_header_hit": hit.get("X-Page-Cache"),
        "render_ms": round(statistics.median(timings), 1),
    }


def main():
    setup_test_environment()  # keeps response.context, for the item counts
    client = Client(HTTP_HOST="127.0.0.1")
    results = {name: measure(client, url) for name, url in urls().items() if name != "static"}
    results["static"] = {"url": "/static/css/site.css", "queries_uncached": 0, "queries_cached": 0}
    cache.clear()
    json.dump(results, sys.stdout)


if __name__ == "__main__":
    main()
