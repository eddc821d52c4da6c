"""Cache-Control and Vary for every answer, in one place, with Django's patch_cache_control/patch_vary_headers.

- Public pages for anonymous visitors: `public, max-age=HTTP_CACHE_MAX_AGE, s-maxage=HTTP_CACHE_S_MAXAGE`. A
  browser keeps them briefly; a shared cache (Varnish, deploy/varnish/site.vcl) longer, since every publish
  purges what it changed (core/frontend_cache.py).
- `private, no-store` whenever the answer belongs to one visitor: a session (a logged-in user, a page password
  given, a message), a CSRF token in the page (every form), a cookie set by the answer, the admin, a preview,
  a private or password-protected page (its form carries a token; its login redirect is not a 200), and every
  answer that is not a 200, 301 or 404 (redirects to a login, 429, 503 outage pages...).
- The API and documents: `s-maxage` as short as `max-age` (no purge follows them).
- A view that chose its own Cache-Control (search, health check, feeds) keeps it, unless one of the above says
  private.
- Vary: Django's middleware adds `Cookie` where the page read the session or CSRF cookie and `Accept-Language`
  where the language came from the browser (only the redirect of "/": every page's address carries its
  language), so this middleware adds nothing: a public page that did not look at cookies does not vary on them.

It also opens and closes the per-request memo of the content version (core/cache.py).
"""

from django.conf import settings
from django.utils.cache import patch_cache_control

from .cache import request_memo

CACHEABLE_STATUSES = {200, 301, 404}
# Answers that no purge follows (the API's JSON, documents): a shared cache keeps them only briefly.
SHORT_PATHS = ("/api/", "/documents/")
PRIVATE_COOKIES = ("messages",)


def is_private(request, response):
    """Why the answer must not be kept by any shared cache, or "" when it may."""
    if request.method not in ("GET", "HEAD"):
        return "method"
    if request.path_info.startswith(settings.ADMIN_PATH_PREFIXES):
        return "admin"
    if getattr(request, "is_preview", False):
        return "preview"
    if response.status_code not in CACHEABLE_STATUSES or response.streaming:
        return "status"
    if response.cookies:
        return "cookie set"
    if request.META.get("CSRF_COOKIE_USED") or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return "csrf"
    if settings.SESSION_COOKIE_NAME in request.COOKIES or any(
        name in request.COOKIES for name in PRIVATE_COOKIES
    ):
        return "session"
    session = getattr(request, "session", None)
    if session is not None and (session.accessed and not session.is_empty()):
        return "session"
    user = getattr(request, "user", None)
    if user is not None and getattr(user, "is_authenticated", False):
        return "user"
    return ""


class HttpCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = request_memo.set({})
        try:
            response = self.get_response(request)
        finally:
            request_memo.reset(token)
        return apply_cache_headers(request, response)


def apply_cache_headers(request, response):
    reason = is_private(request, response)
    if reason:
        # Remove what a view may have allowed (public, max-age, s-maxage) before saying private.
        if "Cache-Control" in response:
            del response["Cache-Control"]
        patch_cache_control(response, private=True, no_store=True)
        return response
    if "Cache-Control" not in response:
        short = request.path_info.startswith(SHORT_PATHS)
        patch_cache_control(
            response,
            public=True,
            max_age=settings.HTTP_CACHE_MAX_AGE,
            s_maxage=settings.HTTP_CACHE_MAX_AGE if short else settings.HTTP_CACHE_S_MAXAGE,
        )
    return response


def fragment_cache_keys(request):
    """What base.html's {% cache %} blocks are keyed by, besides their name and the language: the site, the
    content version (read once per request, when a block first asks) and how long they are kept."""
    from django.utils.functional import SimpleLazyObject
    from wagtail.models import Site

    from .cache import content_version

    def site_id():
        site = Site.find_for_request(request)
        return site.pk if site is not None else 0

    return {
        "cache_site": SimpleLazyObject(site_id),
        "cache_version": SimpleLazyObject(content_version),
        "fragment_seconds": settings.FRAGMENT_CACHE_SECONDS,
    }
