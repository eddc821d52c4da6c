"""Ranked full-text search over a queryset of pages, counted and paginated in the database.

Wagtail keeps its search index (the `wagtailsearch_indexentry` table, plus an FTS5 table on SQLite) up to date
whenever a page is saved, published, unpublished or deleted. The search page queries that index here, rather
than through `Page.objects.search()`, because:

- on SQLite, Wagtail ranks each candidate with a correlated sub-query that repeats the full-text match, so a
  query matching 10,000 pages takes half a minute per results page; joining the FTS table once takes
  milliseconds;
- on PostgreSQL, the query must use the text search configuration (stemming) of the visitor's language, the
  one each page was indexed with (see search.postgres);
- the ranked ids come back in one query per results page, and the pages (with their bodies, from which the
  excerpts are read without rendering anything) in one more per page type.

A search is a lazy sequence for Django's Paginator: `count()` runs one COUNT query, a slice runs one ranked
query for that slice only, then one query for the pages plus one per page type among them.
"""

from dataclasses import dataclass

from django.apps import apps
from django.db import connection
from django.db.models import CharField, F
from django.db.models.expressions import CombinedExpression
from django.db.models.functions import Cast
from modelsearch.utils import get_descendants_content_types_pks
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from core.text import stream_text

from .highlight import candidate_words, words_pattern

MAX_CANDIDATE_WORDS = 2000
# Column weights for SQLite's bm25(), in the FTS5 table's column order: autocomplete, body, title.
SQLITE_BM25_WEIGHTS = (0.0, 1.0, 2.0)


@dataclass
class Hit:
    """A page found, its relevance and the plain text indexed for it (for the excerpt)."""

    page: Page
    score: float
    text: str
    texts: list | None = None  # see hit_texts()


def hit_texts(hit):
    """The texts an excerpt is taken from, in order of preference: the page's description, its summary or
    introduction, then its body as a visitor reads it (core.text.stream_text).

    Not the indexed text, which joins the values of fields and blocks with ", " ("…migration., He warned…").
    """
    if hit.texts is None:
        page = hit.page
        own_text = (
            getattr(page, "summary", "") or getattr(page, "intro", "") or getattr(page, "hero_intro", "")
        )
        hit.texts = [page.search_description, own_text, stream_text(getattr(page, "body", None))]
    return hit.texts


def language_search_config(language_code):
    """The PostgreSQL text search configuration that pages of this language are indexed with."""
    backend = get_search_backend()
    config_for_language = getattr(backend, "config_for_language", None)
    return config_for_language(language_code) if config_for_language else getattr(backend, "config", None)


def indexed_texts(pages, limit):
    """The plain text indexed for up to `limit` of `pages` (most recently published first), for a vocabulary."""
    index_entry = apps.get_model("wagtailsearch", "IndexEntry")
    column = "body_text" if connection.vendor == "postgresql" else "body"
    recent = (
        pages.order_by("-last_published_at").annotate(object_id=Cast("pk", CharField())).values("object_id")
    )
    entries = index_entry.objects.filter(
        content_type_id__in=get_descendants_content_types_pks(Page), object_id__in=recent[:limit]
    )
    return [text or "" for text in entries.values_list(column, flat=True)]


def sqlite_fts_available():
    return apps.get_app_config("wagtailsearch").models.get("sqliteftsindexentry") is not None


def search_pages(pages, terms, language_code):
    """A sliceable, countable search of `pages` (a Page queryset, already filtered) for all of `terms`."""
    if connection.vendor == "postgresql":
        return PostgresPageSearch(pages, terms, config=language_search_config(language_code))
    if connection.vendor == "sqlite" and sqlite_fts_available():
        return SQLitePageSearch(pages, terms)
    return BackendPageSearch(pages, terms)


class PageSearch:
    """Base class: subclasses implement `_count()` and `_ranked(start, stop)` -> [(page id, score, text)]."""

    def __init__(self, pages, terms, config=None):
        self.pages = pages.order_by()
        self.terms = list(terms)
        self.config = config
        self._count_cache = None

    def count(self):
        if self._count_cache is None:
            self._count_cache = self._count() if self.terms else 0
        return self._count_cache

    def __len__(self):
        return self.count()

    def __getitem__(self, key):
        if not isinstance(key, slice) or key.step not in (None, 1):
            raise TypeError("Search results can only be sliced.")
        start = max(key.start or 0, 0)
        stop = key.stop
        if not self.terms or (stop is not None and stop <= start):
            return []
        rows = self._ranked(start, stop)
        return self._hits(rows)

    def _hits(self, rows):
        ids = [page_id for page_id, _score, _text in rows]
        # Bodies are loaded (not deferred): excerpts are read from them, without a query more.
        pages = {page.pk: page for page in Page.objects.filter(pk__in=ids).specific()}
        return [Hit(pages[page_id], score, text or "") for page_id, score, text in rows if page_id in pages]

    def _page_content_types(self):
        return get_descendants_content_types_pks(Page)

    def highlight_pattern(self, hits):
        """The regex of the words to mark in these hits' excerpts."""
        return words_pattern(self.terms)


class SQLitePageSearch(PageSearch):
    """SQLite FTS5 (Wagtail's `wagtailsearch_indexentry_fts` table), ranked with bm25, title weighted double."""

    def _match(self):
        # Terms hold letters and digits only (search.query.clean_query): each is an FTS5 string, never syntax.
        return "{title body} : (" + " AND ".join(f'"{term}"' for term in self.terms) + ")"

    def _from_where(self):
        index = apps.get_model("wagtailsearch", "IndexEntry")._meta.db_table
        fts = apps.get_model("wagtailsearch", "SQLiteFTSIndexEntry")._meta.db_table
        content_types = self._page_content_types()
        pages_sql, pages_params = self.pages.values("pk").query.sql_with_params()
        sql = (
            f"FROM {fts} INNER JOIN {index} AS entry ON entry.id = {fts}.rowid "
            f"WHERE {fts} MATCH %s "
            f"AND entry.content_type_id IN ({', '.join(['%s'] * len(content_types))}) "
            f"AND CAST(entry.object_id AS INTEGER) IN ({pages_sql})"
        )
        return sql, [self._match(), *content_types, *pages_params], fts

    def _count(self):
        sql, params, _fts = self._from_where()
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT COUNT(*) {sql}", params)  # noqa: S608 - table names and placeholders only
            return cursor.fetchone()[0]

    def _ranked(self, start, stop):
        sql, params, fts = self._from_where()
        weights = ", ".join(str(w) for w in SQLITE_BM25_WEIGHTS)
        limit = -1 if stop is None else stop - start
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT CAST(entry.object_id AS INTEGER), bm25({fts}, {weights}) AS score, entry.body "  # noqa: S608
                f"{sql} ORDER BY score ASC, CAST(entry.object_id AS INTEGER) DESC LIMIT %s OFFSET %s",
                [*params, limit, start],
            )
            # bm25() is lower for better matches; the score shown to code is higher-is-better.
            return [(page_id, -score, body) for page_id, score, body in cursor.fetchall()]


class PostgresPageSearch(PageSearch):
    """PostgreSQL full text over Wagtail's tsvector columns, in the text search configuration of the language."""

    def _entries(self):
        from django.contrib.postgres.search import SearchQuery, SearchVectorField

        index_entry = apps.get_model("wagtailsearch", "IndexEntry")
        query = SearchQuery(" ".join(self.terms), search_type="plain", config=self.config)
        vector = CombinedExpression(F("title"), "||", F("body"), output_field=SearchVectorField())
        page_ids = self.pages.annotate(object_id=Cast("pk", CharField())).values("object_id")
        entries = (
            index_entry.objects.filter(content_type_id__in=self._page_content_types(), object_id__in=page_ids)
            .annotate(document=vector)
            .filter(document=query)
        )
        return entries, query

    def _count(self):
        entries, _query = self._entries()
        return entries.count()

    def matching_words(self, words):
        """Those of `words` that match one of the terms in this configuration (one query)."""
        words = sorted(words)[:MAX_CANDIDATE_WORDS]
        if not words:
            return set()
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT word FROM unnest(%s::text[]) AS word WHERE EXISTS ("
                "SELECT 1 FROM unnest(%s::text[]) AS term "
                "WHERE to_tsvector(%s::regconfig, word) @@ plainto_tsquery(%s::regconfig, term))",
                [words, self.terms, self.config or "simple", self.config or "simple"],
            )
            return {word for (word,) in cursor.fetchall()}

    def highlight_pattern(self, hits):
        texts = [text for hit in hits for text in hit_texts(hit)]
        return words_pattern(self.matching_words(candidate_words(self.terms, texts)))

    def _ranked(self, start, stop):
        from django.contrib.postgres.search import SearchRank

        entries, query = self._entries()
        rank = SearchRank(F("title"), query) * F("title_norm") + SearchRank(F("body"), query)
        rows = (
            entries.annotate(score=rank)
            .order_by("-score", "-id")
            .values_list("object_id", "score", "body_text")[start:stop]
        )
        return [(int(object_id), score, text) for object_id, score, text in rows]


class BackendPageSearch(PageSearch):
    """Any other database: Wagtail's configured search backend, through its public API."""

    def _results(self):
        return get_search_backend().search(" ".join(self.terms), self.pages, operator="and")

    def _count(self):
        return self._results().count()

    def _ranked(self, start, stop):
        return [(page.pk, 0.0, "") for page in self._results()[start:stop]]
