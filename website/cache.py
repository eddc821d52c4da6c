"""Full-page cache for anonymous visitors, shared by every app server through the cache (Redis in production).

Every cached page lives under a generation number kept in the cache itself. Publishing, unpublishing, moving or
deleting a page, or changing a snippet or setting that pages show, bumps the generation: every server then
misses and renders afresh at once, because they all read the same number from the same Redis. A coarse purge,
but always correct, and the site is small enough that re-rendering after a publish is cheap.
"""

import logging

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse

logger = logging.getLogger(__name__)

GENERATION_KEY = "pagecache:generation"
SKIPPED_PREFIXES = ("/admin/", "/documents/", "/api/", "/healthz", "/django-admin/")
KEPT_HEADERS = ("Content-Type", "Content-Language", "Link", "Vary")


def generation():
    """The current cache generation, shared by every server using the same cache."""
    try:
        value = cache.get(GENERATION_KEY)
        if value is None:
            cache.add(GENERATION_KEY, 1, timeout=None)
            value = cache.get(GENERATION_KEY, 1)
        return value
    except Exception:  # a cache outage must not take the site down
        logger.warning("Page cache unavailable", exc_info=True)
        return None


def purge_all(**kwargs):
    """Invalidate every cached page and fragment on every server."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # the key expired or was never set
        cache.set(GENERATION_KEY, 2, timeout=None)
    except Exception:
        logger.warning("Could not purge the page cache", exc_info=True)


def cached_fragment(name, build, timeout=None):
    """A value computed once per cache generation (menus, footers); rebuilt after any publish."""
    gen = generation()
    if gen is None:
        return build()
    key = f"fragment:{gen}:{name}"
    try:
        value = cache.get(key)
    except Exception:
        return build()
    if value is None:
        value = build()
        try:
            # Fragments have their own lifetime: the generation number already keeps them correct, and
            # they help most exactly when whole pages are not cached.
            cache.set(key, value, timeout or settings.FRAGMENT_CACHE_SECONDS)
        except Exception:
            logger.warning("Could not store fragment %s", name, exc_info=True)
    return value


class PageCacheMiddleware:
    """Serves anonymous GET requests for public pages from the cache; stores fresh 200 answers."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not self.request_is_cacheable(request):
            return self.get_response(request)
        gen = generation()
        if gen is None:
            return self.get_response(request)
        key = f"page:{gen}:{request.get_host()}:{request.get_full_path()}"
        try:
            hit = cache.get(key)
        except Exception:
            hit = None
        if hit is not None:
            status, headers, content = hit
            response = HttpResponse(content, status=status)
            for name, value in headers:
                response[name] = value
            response["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if self.response_is_cacheable(request, response):
            headers = [(name, response[name]) for name in KEPT_HEADERS if name in response]
            try:
                cache.set(key, (response.status_code, headers, response.content), settings.PAGE_CACHE_SECONDS)
            except Exception:
                logger.warning("Could not store page %s", key, exc_info=True)
            response["X-Page-Cache"] = "miss"
        return response

    @staticmethod
    def request_is_cacheable(request):
        if not settings.PAGE_CACHE_SECONDS or request.method not in ("GET", "HEAD"):
            return False
        if request.path_info.startswith(SKIPPED_PREFIXES):
            return False
        if settings.SESSION_COOKIE_NAME in request.COOKIES or "messages" in request.COOKIES:
            return False  # editors see their drafts, user bar and messages
        return len(request.get_full_path()) <= 2000

    @staticmethod
    def response_is_cacheable(request, response):
        if response.status_code != 200 or response.streaming or response.cookies:
            return False
        if request.META.get("CSRF_COOKIE_NEEDS_UPDATE") or request.META.get("CSRF_COOKIE_USED"):
            return False  # the page carries a form with this visitor's token
        cache_control = response.get("Cache-Control", "")
        return (
            "private" not in cache_control
            and "no-store" not in cache_control
            and "no-cache" not in cache_control
        )
