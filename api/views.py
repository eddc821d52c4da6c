"""The read-only Wagtail API v2 for partner sites: live, public pages, images and documents.

/api/v2/pages/?locale=fr&type=news.StatementPage lists the French articles. Anything the API does not
understand is answered with 400 and a JSON message, never a server error.
"""

from types import SimpleNamespace

from django.conf import settings
from django.core.exceptions import ValidationError
from wagtail.api.v2.filters import LocaleFilter, SearchFilter
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Locale

from search.query import clean_query

# Largest id the database can hold; larger numbers in ?child_of= and the like would overflow it.
MAX_ID = 2**63 - 1
ID_PARAMETERS = ("id", "child_of", "descendant_of", "ancestor_of", "translation_of", "limit", "offset")


def check_parameters(request):
    """Turn parameters the database would choke on into a clear 400 before any query runs."""
    for name, values in request.GET.lists():
        for value in values:
            if "\x00" in value or "\x00" in name:
                raise BadRequestError("query parameters may not contain NUL characters")
            if name in ID_PARAMETERS and value.lstrip("-").isdigit() and abs(int(value)) > MAX_ID:
                raise BadRequestError(f"{name} is out of range")


class StrictLocaleFilter(LocaleFilter):
    """?locale=fr keeps French pages only; an unknown language is a 400, not a 404 or all languages."""

    def filter_queryset(self, request, queryset, view):
        if "locale" not in request.GET:
            return queryset
        code = request.GET["locale"]
        languages = [language for language, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
        locale = Locale.objects.filter(language_code=code).exists() if code in languages else None
        if not locale:
            raise BadRequestError(f"locale must be one of: {', '.join(languages)}")
        return super().filter_queryset(
            request, queryset, view
        )  # Wagtail's own filter, now that the code is known


class PlainWordsSearchFilter(SearchFilter):
    """?search= reaches the search backend as plain words only, never as query syntax it could choke on."""

    def filter_queryset(self, request, queryset, view):
        if "search" not in request.GET:
            return queryset
        params = request.GET.copy()
        params["search"] = clean_query(params["search"])
        if not params["search"]:
            return queryset.none()
        return super().filter_queryset(SimpleNamespace(GET=params), queryset, view)


def replace_filters(backends):
    replacements = {LocaleFilter: StrictLocaleFilter, SearchFilter: PlainWordsSearchFilter}
    return [replacements.get(backend, backend) for backend in backends]


class CheckedParametersMixin:
    def dispatch(self, request, *args, **kwargs):
        response = super().dispatch(request, *args, **kwargs)
        if response.status_code == 404:
            # Django's LocaleMiddleware answers a 404 outside the /en/ prefix with a redirect to the same path
            # under /en/, where the site's catch-all page route lives. API clients get the JSON 404 itself.
            request.urlconf = "api.urls"
        return response

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        check_parameters(request)

    def handle_exception(self, exc):
        if isinstance(exc, ValidationError | ValueError | OverflowError):
            exc = BadRequestError(" ".join(getattr(exc, "messages", [str(exc)])))
        return super().handle_exception(exc)


class PublicPagesAPIViewSet(CheckedParametersMixin, PagesAPIViewSet):
    """Live pages without view restrictions, whoever asks (a signed-in editor sees what a partner site sees)."""

    filter_backends = replace_filters(PagesAPIViewSet.filter_backends)

    def get_base_queryset(self):
        return super().get_base_queryset().public()


class PublicImagesAPIViewSet(CheckedParametersMixin, ImagesAPIViewSet):
    filter_backends = replace_filters(ImagesAPIViewSet.filter_backends)


class PublicDocumentsAPIViewSet(CheckedParametersMixin, DocumentsAPIViewSet):
    filter_backends = replace_filters(DocumentsAPIViewSet.filter_backends)


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("images", PublicImagesAPIViewSet)
api_router.register_endpoint("documents", PublicDocumentsAPIViewSet)
