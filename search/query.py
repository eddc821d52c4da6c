"""What the search form sends, read defensively: the query's words, the filters and the page number.

Nothing the visitor types reaches a search backend as syntax. The query is cut to a bounded number of words
made of letters and digits only, so that no operator, quote, bracket or control character is left for SQLite's
FTS5 or PostgreSQL's tsquery parser to interpret, and no chain of terms can exhaust the query builder.
"""

import re
import unicodedata

from django.utils.translation import gettext

MAX_RAW_LENGTH = 1000  # characters of the raw parameter that are looked at, at all
MAX_QUERY_LENGTH = 200
MAX_TERMS = 12  # so at most 11 ANDs reach the backend
MAX_TERM_LENGTH = 60
MIN_YEAR, MAX_YEAR = 1951, 2100  # IOM was founded in 1951

_SEPARATORS = re.compile(r"[\W_]+")
# Typed boolean operators are not honoured (every word is required); they are dropped rather than searched for.
_OPERATORS = frozenset({"AND", "OR", "NOT", "NEAR"})


_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")


def printable(text):
    """`text` without unpaired surrogates and control characters, which no database accepts in a string."""
    return _CONTROL.sub(" ", text.encode("utf-8", "ignore").decode("utf-8"))


def clean_query(raw):
    """The words of `raw`, deduplicated and bounded, joined by spaces ("" when nothing is left to search for)."""
    if not isinstance(raw, str):
        return ""
    text = raw[:MAX_RAW_LENGTH]
    # Unpaired surrogates cannot be encoded for the database; they are dropped. NFKC folds compatibility forms
    # (full-width letters, ligatures, superscripts) into the letters the index holds.
    text = unicodedata.normalize("NFKC", text.encode("utf-8", "ignore").decode("utf-8"))
    words, seen, length = [], set(), 0
    for word in _SEPARATORS.split(text):
        if not word or word in _OPERATORS:
            continue
        word = word[:MAX_TERM_LENGTH]
        key = word.casefold()
        if key in seen:
            continue
        if length + len(word) + bool(words) > MAX_QUERY_LENGTH:
            break
        seen.add(key)
        words.append(word)
        length += len(word) + (len(words) > 1)
        if len(words) == MAX_TERMS:
            break
    return " ".join(words)


def query_terms(query):
    """The words of an already cleaned query."""
    return query.split()


class SearchFilters:
    """The search page's filters, read from the query string. Bad values are dropped and reported, never raised.

    `kinds` are (value, label) pairs, `sections` the top-level pages of the language's site, `years` the years
    offered in the form (any year since IOM's founding is accepted, so that links keep working).
    """

    def __init__(self, params, kinds, sections):
        self.errors = []
        self.kinds = kinds
        self.sections = sections
        self.kind = self._choice(params, "kind", {value for value, _label in kinds}, gettext("type"))
        slug = self._choice(params, "section", {s.slug for s in sections}, gettext("section"))
        self.section = next((s for s in sections if s.slug == slug), None)
        self.year = None
        raw = self._raw(params, "year")
        if raw:
            if raw.isascii() and raw.isdigit() and len(raw) == 4 and MIN_YEAR <= int(raw) <= MAX_YEAR:
                self.year = int(raw)
            else:
                self.errors.append(gettext("The year filter was not understood and has been ignored."))

    @staticmethod
    def _raw(params, name):
        value = params.get(name) or ""
        return value.strip()[:100] if isinstance(value, str) else ""

    def _choice(self, params, name, allowed, label):
        raw = self._raw(params, name)
        if not raw:
            return None
        if raw in allowed:
            return raw
        self.errors.append(
            gettext("The %(filter)s filter was not understood and has been ignored.") % {"filter": label}
        )
        return None

    @property
    def active(self):
        return bool(self.kind or self.section or self.year)

    def as_query(self):
        """The active filters as query-string parameters, in a stable order."""
        pairs = (
            ("kind", self.kind),
            ("section", self.section.slug if self.section else None),
            ("year", self.year),
        )
        return {name: value for name, value in pairs if value}


def read_page_number(params):
    """(number, error message or None) for the `page` parameter; anything but a plain positive integer is 1."""
    raw = params.get("page") or "1"
    raw = raw.strip() if isinstance(raw, str) else ""
    if raw.isascii() and raw.isdigit() and len(raw) <= 6 and int(raw) >= 1:
        return int(raw), None
    return 1, gettext("The page number was not understood; showing the first page.")
