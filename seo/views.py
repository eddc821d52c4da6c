from django.conf import settings
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap

from .sitemaps import LocalizedSitemap


@require_safe
@cache_control(max_age=3600, public=True)
def sitemap(request):
    return wagtail_sitemap(request, sitemaps={"pages": LocalizedSitemap})


@require_safe
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    """Crawl everything but the admin, the API and search results; find the pages in the sitemap."""
    disallow = ["/admin/", "/api/", "/search/"]
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            try:
                disallow.append(reverse("search"))
            except NoReverseMatch:
                continue
    context = {
        "disallow": list(dict.fromkeys(disallow)),
        "sitemap_url": request.build_absolute_uri(reverse("sitemap")),
    }
    return TemplateResponse(request, "seo/robots.txt", context, content_type="text/plain; charset=utf-8")
