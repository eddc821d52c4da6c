"""What the search form sends, read defensively: the query's words, the filters and the page number.

Nothing the visitor types reaches a search backend as syntax. The query is cut to a bounded number of words
made of letters and digits only, so that no operator, quote, bracket or control character is left for SQLite's
FTS5 or PostgreSQL's tsquery parser to interpret, and no chain of terms can exhaust the query builder.
"""

import re
import unicodedata

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core.filters import ChoiceFilter, FilterForm, YearField
from news.models import StatementPage

from .types import page_types

MAX_RAW_LENGTH = 1000  # characters of the raw parameter that are looked at, at all
MAX_QUERY_LENGTH = 200
MAX_TERMS = 12  # so at most 11 ANDs reach the backend
MAX_TERM_LENGTH = 60

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


class SearchFilterForm(FilterForm):
    """The search page's filters: type of page, section of the site, year.

    `choices` give the types (every type the site knows, so that links keep working whatever is published)
    and the sections (the top-level pages of the language's site, by slug); a section's filter value is the
    page. Any year since IOM's founding is accepted.
    """

    kind = ChoiceFilter(label=_("type"))
    section = ChoiceFilter(label=_("section"))
    year = YearField(label=_("year"))

    def __init__(self, params, kinds, sections):
        self.sections = list(sections)
        super().__init__(
            params, choices={"kind": kinds, "section": [(page.slug, page.title) for page in self.sections]}
        )

    def clean_section(self):
        slug = self.cleaned_data.get("section")
        return next((page for page in self.sections if page.slug == slug), None) if slug else None

    def filter_queryset(self, pages, filters):
        if filters.kind:
            pages = pages.filter(page_types()[filters.kind].q())
        if filters.section:
            pages = pages.filter(path__startswith=filters.section.path)
        if filters.year:
            article_ct = ContentType.objects.get_for_model(StatementPage)
            in_year = StatementPage.objects.filter(date__year=filters.year).values("pk")
            pages = pages.filter(
                Q(pk__in=in_year) | (~Q(content_type=article_ct) & Q(last_published_at__year=filters.year))
            )
        return pages


def read_page_number(params):
    """(number, error message or None) for the `page` parameter; anything but a plain positive integer is 1."""
    raw = params.get("page") or "1"
    raw = raw.strip() if isinstance(raw, str) else ""
    if raw.isascii() and raw.isdigit() and len(raw) <= 6 and int(raw) >= 1:
        return int(raw), None
    return 1, gettext("The page number was not understood; showing the first page.")
