"""Search terms logged without a database write per search, and the popular searches read back from them.

`Query.get(q).add_hit()` from wagtail.contrib.search_promotions does a get-or-create and an UPDATE of the
day's row on every search: on SQLite every search then waits for the database's single write lock, and on
PostgreSQL concurrent searches for the same term queue on one row. Here a search only appends an entry to a
log kept in the cache (an atomic `incr` for its number and one `set`; Redis in production, shared by every app
server). Every FLUSH_EVERY searches, or when `manage.py flush_search_hits` runs, the log is written to the
database in a handful of bulk statements, into:

- Wagtail's Query / QueryDailyHits, which the admin's "Search terms" report shows to staff;
- search.models.SearchTermDailyHits, per language and only for searches that found something, from which the
  visitor's "popular searches" are drawn.

A failed write (database busy, say) is logged and retried by the next flush; a search never fails because of
its logging. Counts are approximate by design: entries evicted from the cache before a flush are lost.
"""

import datetime
import logging
from collections import Counter
from contextlib import contextmanager
from itertools import islice

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, connection, transaction
from django.db.models import Case, F, Sum, Value, When
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits
from wagtail.models import Locale
from wagtail.search.utils import normalise_query_string

from .models import SearchTermDailyHits

logger = logging.getLogger(__name__)

PREFIX = "search-hits:"
SEQUENCE_KEY = PREFIX + "sequence"
FLUSHED_KEY = PREFIX + "flushed"
LOCK_KEY = PREFIX + "lock"
ENTRY_TIMEOUT = 7 * 24 * 3600
LOCK_TIMEOUT = 60
MAX_BACKLOG = 50_000  # entries written by one flush at most; older ones are dropped
CHUNK = 500
POPULAR_DAYS = 30
POPULAR_MIN_HITS = 3  # a term is suggested to visitors once it has found something this many times
POPULAR_CACHE_SECONDS = 600
POPULAR_LIMIT = 6


def flush_every():
    return max(1, int(getattr(settings, "SEARCH_HITS_FLUSH_EVERY", 100)))


def _entry_key(number):
    return f"{PREFIX}entry:{number}"


def _chunks(items, size=CHUNK):
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _next_number():
    try:
        return cache.incr(SEQUENCE_KEY)
    except ValueError:  # no sequence yet (or the cache was emptied)
        cache.add(SEQUENCE_KEY, 0, timeout=None)
        return cache.incr(SEQUENCE_KEY)


def record_search(query, language_code, found):
    """Log one search (a cleaned query) in the visitor's language; `found` says whether it found pages."""
    term = normalise_query_string(query)
    if not term:
        return
    try:
        number = _next_number()
        cache.set(
            _entry_key(number),
            (timezone.localdate().isoformat(), language_code, term, bool(found)),
            ENTRY_TIMEOUT,
        )
    except Exception:  # the cache being down must not break the search page
        logger.warning("Could not log a search in the cache", exc_info=True)
        return
    if number % flush_every() == 0:
        flush_hits()


def flush_hits():
    """Write the logged searches to the database. Returns how many were written (0 if another flush runs)."""
    if not cache.add(LOCK_KEY, 1, LOCK_TIMEOUT):
        return 0
    try:
        last = cache.get(SEQUENCE_KEY) or 0
        flushed = cache.get(FLUSHED_KEY) or 0
        if flushed > last:  # the sequence started again (the cache was emptied)
            flushed = 0
        keys = [_entry_key(n) for n in range(max(flushed, last - MAX_BACKLOG) + 1, last + 1)]
        entries = []
        for chunk in _chunks(keys):
            entries.extend(cache.get_many(chunk).values())
        if entries:
            try:
                write_hits(entries)
            except DatabaseError:
                logger.warning("Could not write %d logged searches; the next flush retries", len(entries))
                return 0
        cache.set(FLUSHED_KEY, last, timeout=None)
        for chunk in _chunks(keys):
            cache.delete_many(chunk)
        return len(entries)
    finally:
        cache.delete(LOCK_KEY)


def write_hits(entries):
    """Add `entries` ((iso date, language code, term, found) tuples) to the daily counts, in bulk."""
    daily = Counter()
    by_language = Counter()
    for iso_date, language_code, term, found in entries:
        date = datetime.date.fromisoformat(iso_date)
        daily[(term, date)] += 1
        if found:
            by_language[(term, language_code, date)] += 1
    terms = {term for term, _date in daily}
    with short_lock_wait(), transaction.atomic():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL lock_timeout = '2s'")
        query_ids = {}
        for chunk in _chunks(sorted(terms)):
            Query.objects.bulk_create([Query(query_string=t) for t in chunk], ignore_conflicts=True)
            query_ids.update(Query.objects.filter(query_string__in=chunk).values_list("query_string", "pk"))
        _add_counts(
            QueryDailyHits,
            ("query_id", "date"),
            {(query_ids[term], date): n for (term, date), n in daily.items()},
        )
        locale_ids = dict(
            Locale.objects.filter(language_code__in={code for _t, code, _d in by_language}).values_list(
                "language_code", "pk"
            )
        )
        _add_counts(
            SearchTermDailyHits,
            ("query_id", "locale_id", "date"),
            {
                (query_ids[term], locale_ids[code], date): n
                for (term, code, date), n in by_language.items()
                if code in locale_ids
            },
        )
    cache.delete_many([_popular_key(pk) for pk in locale_ids.values()])


@contextmanager
def short_lock_wait(seconds=2):
    """On SQLite, wait at most `seconds` for the write lock (instead of the connection's 20 s) meanwhile."""
    if connection.vendor != "sqlite":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA busy_timeout")
        previous = cursor.fetchone()[0]
        cursor.execute(f"PRAGMA busy_timeout = {int(seconds * 1000)}")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f"PRAGMA busy_timeout = {int(previous)}")


def _add_counts(model, fields, counts):
    """hits += n for each {key: n}, creating missing rows: a few statements per CHUNK keys, no lost updates."""
    for chunk in _chunks(counts.items()):
        model.objects.bulk_create(
            [model(**dict(zip(fields, key, strict=True)), hits=0) for key, _n in chunk], ignore_conflicts=True
        )
        wanted = dict(chunk)
        rows = model.objects.filter(
            query_id__in={key[0] for key in wanted}, date__in={key[-1] for key in wanted}
        ).values_list("pk", *fields)
        increments = {pk: wanted[tuple(key)] for pk, *key in rows if tuple(key) in wanted}
        if increments:
            model.objects.filter(pk__in=increments).update(
                hits=F("hits")
                + Case(*[When(pk=pk, then=Value(n)) for pk, n in increments.items()], default=Value(0))
            )


def _popular_key(locale_id):
    return f"{PREFIX}popular:{locale_id}"


def popular_searches(locale, limit=POPULAR_LIMIT):
    """The terms most often searched with results in this language over the last month (cached)."""
    cache_key = _popular_key(locale.pk)
    terms = cache.get(cache_key)
    if terms is None:
        since = timezone.localdate() - datetime.timedelta(days=POPULAR_DAYS)
        terms = list(
            SearchTermDailyHits.objects.filter(locale=locale, date__gte=since)
            .values("query__query_string")
            .annotate(total=Sum("hits"))
            .filter(total__gte=POPULAR_MIN_HITS)
            .order_by("-total", "query__query_string")
            .values_list("query__query_string", flat=True)[:limit]
        )
        cache.set(cache_key, terms, POPULAR_CACHE_SECONDS)
    return terms
