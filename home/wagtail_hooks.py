from django.conf import settings
from django.template.response import TemplateResponse
from django.utils import translation
from wagtail import hooks

from core.cache import cached_fragment
from home.templatetags.navigation_tags import page_translations


def locale_codes():
    """{locale id: language code}, kept until the next publish."""
    from wagtail.models import Locale

    return cached_fragment("locale-codes", lambda: dict(Locale.objects.values_list("pk", "language_code")))


@hooks.register("before_serve_page")
def notice_when_not_in_visitors_language(page, request, serve_args, serve_kwargs):
    """A page asked for under a language it does not exist in gets a notice in that language, not English.

    Wagtail falls back to the default language's tree when a language has no home page yet, which would show
    English under /fr/ without a word. Instead the visitor is told, in their language, that the page is not
    available in it, with links to the languages that have it. The answer is a 404 so that search engines do
    not index the language's address for content that is not in that language.
    """
    active = translation.get_language()
    if locale_codes().get(page.locale_id) == active:
        return None
    available = page_translations(request, page)
    names = dict(settings.LANGUAGES)
    links = [{"code": code, "name": names.get(code, code), "url": url} for code, url in available.items()]
    return TemplateResponse(
        request,
        "untranslated_page.html",
        {"requested_page": page, "available_languages": links, "language_name": names.get(active, active)},
        status=404,
    )
