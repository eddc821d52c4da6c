import re
from urllib.parse import urlencode

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page

MAX_QUERY_LENGTH = 200
MAX_TERMS = 12
PER_PAGE = 10
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_OPERATORS = re.compile(r"\b(AND|OR|NOT)\b", re.IGNORECASE)


def clean_query(raw):
    """Bound what reaches the search backend: length, control characters, operators, number of terms."""
    text = _CONTROL.sub(" ", raw or "")
    text = text.encode("utf-8", "ignore").decode("utf-8")
    text = _OPERATORS.sub(" ", text[: MAX_QUERY_LENGTH * 2])
    text = re.sub(r"[\"'()\[\]{}:*&|!<>~^\\+-]", " ", text)
    terms = text.split()[:MAX_TERMS]
    return " ".join(terms)[:MAX_QUERY_LENGTH]


def search(request):
    raw_query = request.GET.get("q", "")
    query = clean_query(raw_query)
    locale = Locale.get_active()
    results = Page.objects.none()
    if query:
        results = Page.objects.live().public().filter(locale=locale).specific().search(query)
    paginator = Paginator(results, PER_PAGE)
    try:
        page_obj = paginator.page(request.GET.get("page", 1))
    except PageNotAnInteger:
        page_obj = paginator.page(1)
    except EmptyPage:
        page_obj = paginator.page(max(paginator.num_pages, 1))
    return TemplateResponse(
        request,
        "search/search.html",
        {
            "search_query": query,
            "search_results": page_obj,
            "page_title": _("Search"),
            "query_prefix": urlencode({"q": query}) + "&",
        },
    )
