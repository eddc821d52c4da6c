"""The search page: the visitor's language only, promoted results first, then ranked results with excerpts."""

import datetime
from dataclasses import dataclass
from urllib.parse import urlencode

from django.contrib.contenttypes.models import ContentType
from django.core.paginator import EmptyPage, Paginator
from django.db.models import Q
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Locale, Page
from wagtail.search.utils import normalise_query_string

from core.cache import cached_fragment
from home.templatetags.navigation_tags import get_home_page
from news.models import StatementPage

from .engine import hit_texts, search_pages
from .highlight import excerpt, plain_excerpt
from .hits import popular_searches, record_search
from .query import SearchFilterForm, clean_query, printable, query_terms, read_page_number
from .suggest import spelling_suggestion
from .types import page_types, present_types, type_of

PER_PAGE = 10
MAX_PROMOTED = 5
YEARS_CACHE_SECONDS = 600


@dataclass
class Result:
    """What the template shows of one result."""

    title: str
    url: str
    kind: str
    date: datetime.date | None
    updated: bool  # the date is the page's last publication, not an article's date
    excerpt: str
    detail: str = ""  # e.g. a resource's type and year


def kind_choices(pages_types):
    return [(page_type.value, page_type.label) for page_type in pages_types]


def article_content_type():
    return ContentType.objects.get_for_model(StatementPage)


def visible_pages(locale, home, private_q):
    """Live, public pages of the language's site."""
    pages = Page.objects.live().exclude(private_q).filter(locale=locale)
    return pages.descendant_of(home, inclusive=True) if home is not None else pages.filter(depth__gt=1)


def top_level_sections(home, private_q):
    if home is None:
        return []
    return list(home.get_children().live().exclude(private_q).order_by("path"))


def available_years(locale, pages):
    """The years of the language's articles (their date) and other pages (last published), newest first."""

    def build():
        article_ct = article_content_type()
        articles = StatementPage.objects.filter(pk__in=pages.filter(content_type=article_ct).values("pk"))
        others = pages.exclude(content_type=article_ct).exclude(last_published_at=None)
        return sorted(
            {d.year for d in articles.dates("date", "year")}
            | {d.year for d in others.datetimes("last_published_at", "year")},
            reverse=True,
        )

    return cached_fragment(f"search-years:{locale.pk}", build, YEARS_CACHE_SECONDS)


def promoted_results(raw_query, query, pages):
    """Editors' picks for this query: pages in the visitor's language (live, public) and external links.

    Promotions belong to a search term, which is the same in every language, so a page promoted for "migration"
    on the English site is not shown to French visitors; the French page is promoted alongside it.
    """
    terms = {normalise_query_string(query), normalise_query_string(printable(raw_query[:255]))} - {""}
    promotions = (
        SearchPromotion.objects.filter(query__query_string__in=terms)
        .filter(Q(page__isnull=True, external_link_url__gt="") | Q(page__in=pages.values("pk")))
        .select_related("page")
        .order_by("sort_order", "pk")[:MAX_PROMOTED]
    )
    return [
        {
            "title": (promotion.page.title if promotion.page else promotion.external_link_text)
            or promotion.external_link_url,
            "url": promotion.page.url if promotion.page else promotion.external_link_url,
            "description": promotion.description
            or (promotion.page.search_description if promotion.page else ""),
            "external": promotion.page_id is None,
        }
        for promotion in promotions
    ]


def present(hit, pattern, request):
    page = hit.page
    detail = page.get_search_detail() if hasattr(page, "get_search_detail") else ""
    if isinstance(page, StatementPage):
        date, updated = page.date, False
    elif detail:
        date, updated = None, False  # the detail dates it (a resource's year)
    else:
        published = page.last_published_at or page.first_published_at
        date, updated = (published.date() if published else None), True
    texts = hit_texts(hit)
    return Result(
        title=page.title,
        url=page.get_url(request),
        kind=type_of(page).label,
        date=date,
        updated=updated,
        excerpt=excerpt(texts, pattern) or plain_excerpt(next((text for text in texts if text), "")),
        detail=detail,
    )


# Not stored by the full-page cache or shared caches: every query string would be a new entry (any visitor could
# fill the cache), and a search served from a cache would not be counted.
@cache_control(private=True, max_age=0)
def search(request):
    locale = Locale.get_active()
    home = get_home_page(request)
    raw_query = request.GET.get("q", "")
    query = clean_query(raw_query)
    terms = query_terms(query)
    private_q = Page.objects.all().private_q()
    pages = visible_pages(locale, home, private_q)
    form = SearchFilterForm(
        request.GET, kind_choices(page_types().values()), top_level_sections(home, private_q)
    )
    filters = form.filters
    page_number, page_error = read_page_number(request.GET)
    notices = [*filters.errors, *([page_error] if page_error else [])]
    context = {
        "search_query": query,
        "terms": terms,
        "filters": filters,
        "kinds": [],
        "sections": form.sections,
        "years": [],
        "results": [],
        "search_results": None,
        "promoted": [],
        "suggestion": None,
        "popular": [],
        "notices": notices,
        "page_title": _("Search"),
    }
    if not terms:
        context["popular"] = popular_searches(locale)
        return TemplateResponse(request, "search/search.html", context)

    context["years"] = available_years(locale, pages)
    offered = present_types(locale, pages)
    if filters.kind and all(page_type.value != filters.kind for page_type in offered):
        offered.append(page_types()[filters.kind])  # chosen in a link: shown as chosen, though nothing has it
    context["kinds"] = kind_choices(offered)
    answer = search_answer(request, locale, home, pages, filters, query, raw_query, terms, page_number)
    if answer["out_of_range"]:
        notices.append(_("There is no such page of results; showing the last one."))
    page_obj = Paginator(Counted(answer["count"]), PER_PAGE).page(answer["number"])
    context.update(
        search_results=page_obj,
        results=answer["results"],
        promoted=answer["promoted"],
        suggestion=answer["suggestion"],
        query_prefix=urlencode({"q": query, **filters.as_query()}) + "&",
        page_title=(
            _("Search results for “%(query)s”") % {"query": query}
            if page_obj.number == 1
            else _("Search results for “%(query)s”, page %(number)s")
            % {"query": query, "number": page_obj.number}
        ),
    )
    if answer["count"] == 0:
        context["popular"] = [term for term in popular_searches(locale) if term != query.lower()]
    if page_number == 1 and not filters.active and not page_error:
        record_search(query, locale.language_code, found=answer["count"] > 0)
    return TemplateResponse(request, "search/search.html", context)


class Counted:
    """Stands for a search's hits in a Paginator when only their number is needed."""

    def __init__(self, count):
        self._count = count

    def count(self):
        return self._count

    def __len__(self):
        return self._count

    def __getitem__(self, key):
        return []


def search_answer(request, locale, home, pages, filters, query, raw_query, terms, page_number):
    """The number of hits, the shown page of results, promotions and a suggestion. Never cached: a key made of
    what visitors type would let them fill the cache, and a search must find what was just published."""
    found = search_pages(filters.apply(pages), terms, locale.language_code)
    paginator = Paginator(found, PER_PAGE)
    out_of_range = False
    try:
        page_obj = paginator.page(page_number)
    except EmptyPage:
        out_of_range = True
        page_obj = paginator.page(paginator.num_pages)
    hits = page_obj.object_list
    pattern = found.highlight_pattern(hits) if hits else None
    answer = {
        "count": paginator.count,
        "number": page_obj.number,
        "out_of_range": out_of_range,
        "results": [present(hit, pattern, request) for hit in hits],
        "promoted": promoted_results(raw_query, query, pages) if page_obj.number == 1 else [],
        "suggestion": None,
    }
    if paginator.count == 0:
        suggestion = spelling_suggestion(terms, pages, locale)
        if suggestion and search_pages(pages, query_terms(suggestion), locale.language_code).count():
            answer["suggestion"] = suggestion
    return answer
