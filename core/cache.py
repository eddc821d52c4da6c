"""Full-page cache for anonymous visitors, shared by every app server through the cache (Redis in production).

Every cached page lives under a generation number kept in the cache itself. Publishing, unpublishing, moving or
deleting a page, or changing a snippet or setting that pages show, bumps the generation: every server then
misses and renders afresh at once, because they all read the same number from the same Redis. A coarse purge,
but always correct, and the site is small enough that re-rendering after a publish is cheap.

A cached page costs one round trip to Redis: the generation and the page are read together, and the page
carries the generation it was rendered under. The generation starts from the clock, not from 1, so that a Redis
that lost its data (restarted, flushed) never brings back pages stored under an old number.

`SharedRedisCache` is Django's Redis cache with two changes: it keeps one client per connection pool (Django's
makes a new client object for every call, which costs more than the round trip), and a Redis that does not
answer makes the site run uncached instead of failing: reads miss, writes are dropped, and Redis is left alone
for a few seconds before it is tried again.
"""

import contextvars
import hashlib
import logging
import threading
import time

from django.conf import settings
from django.core.cache import cache
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from django.http import HttpResponse

logger = logging.getLogger(__name__)

GENERATION_KEY = "pagecache:generation"
SKIPPED_PREFIXES = ("/admin/", "/documents/", "/api/", "/healthz", "/django-admin/", "/static/", "/media/")
DROPPED_HEADERS = {"set-cookie", "x-page-cache", "content-length"}
MAX_CACHED_PATH = 2000

# What one request knows of the cache: the generation read at its start (reused by every fragment it renders),
# the fragments fetched ahead in one round trip, and the fragments it used. None outside requests.
_request_state = contextvars.ContextVar("request_state", default=None)


# --- Redis -----------------------------------------------------------------------------------------------
class _ReusingClient(RedisCacheClient):
    """Django's Redis client that builds one redis.Redis per connection pool and keeps it."""

    def __init__(self, servers, **options):
        super().__init__(servers, **options)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            client = self._clients[index] = self._client(connection_pool=self._get_connection_pool(index))
        return client


class SharedRedisCache(RedisCache):
    """Redis for every app server; when Redis is down the site runs uncached rather than failing."""

    RETRY_AFTER_SECONDS = 5.0

    def __init__(self, server, params):
        options = params.setdefault("OPTIONS", {})
        # A Redis that does not answer must cost a visitor milliseconds, not the request's whole time.
        options.setdefault("socket_connect_timeout", 0.5)
        options.setdefault("socket_timeout", 1.0)
        super().__init__(server, params)
        self._class = _ReusingClient
        self._down_until = 0.0
        self._lock = threading.Lock()

    def _guard(self, default, method, *args, **kwargs):
        if self._down_until and time.monotonic() < self._down_until:
            return default
        try:
            result = method(*args, **kwargs)
        except Exception as error:  # redis' ConnectionError, TimeoutError, BusyLoadingError...
            from redis.exceptions import RedisError

            if not isinstance(error, RedisError | OSError):
                raise
            with self._lock:
                if time.monotonic() >= self._down_until:
                    logger.warning("Cache unavailable (%s); serving without it for a while", error)
                self._down_until = time.monotonic() + self.RETRY_AFTER_SECONDS
            return default
        self._down_until = 0.0
        return result

    def available(self):
        """True when the last call reached Redis (or none failed recently)."""
        return not (self._down_until and time.monotonic() < self._down_until)

    def get(self, key, default=None, version=None):
        return self._guard(default, super().get, key, default, version)

    def get_many(self, keys, version=None):
        return self._guard({}, super().get_many, keys, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guard(None, super().set, key, value, timeout, version)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guard(False, super().add, key, value, timeout, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guard(list(data), super().set_many, data, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guard(False, super().touch, key, timeout, version)

    def delete(self, key, version=None):
        return self._guard(False, super().delete, key, version)

    def delete_many(self, keys, version=None):
        return self._guard(None, super().delete_many, keys, version)

    def has_key(self, key, version=None):
        return self._guard(False, super().has_key, key, version)

    def clear(self):
        return self._guard(False, super().clear)

    def incr(self, key, delta=1, version=None):
        # A missing key raises ValueError, as Django's contract says; an outage raises ConnectionError, so
        # that purge_all knows the purge did not happen.
        if not self.available():
            raise ConnectionError("cache unavailable")
        try:
            return super().incr(key, delta, version)
        except ValueError:
            raise
        except Exception as error:
            from redis.exceptions import RedisError

            if not isinstance(error, RedisError | OSError):
                raise
            self._down_until = time.monotonic() + self.RETRY_AFTER_SECONDS
            raise ConnectionError("cache unavailable") from error


# --- Generations -----------------------------------------------------------------------------------------
def _new_generation():
    return int(time.time() * 1000)


def generation():
    """The current cache generation, shared by every server using the same cache; None when it is down."""
    state = _request_state.get()
    if state is not None and state.get("generation") is not None:
        return state["generation"]
    try:
        value = cache.get(GENERATION_KEY)
        if value is None:
            cache.add(GENERATION_KEY, _new_generation(), timeout=None)
            value = cache.get(GENERATION_KEY)
    except Exception:  # a cache outage must not take the site down
        logger.warning("Page cache unavailable", exc_info=True)
        return None
    if state is not None:
        state["generation"] = value
    return value


def purge_all(**kwargs):
    """Invalidate every cached page and fragment on every server."""
    state = _request_state.get()
    if state is not None:
        state.clear()
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # the key expired or was never set
        try:
            cache.set(GENERATION_KEY, _new_generation(), timeout=None)
        except Exception:
            logger.warning("Could not purge the page cache", exc_info=True)
    except Exception:
        logger.warning("Could not purge the page cache", exc_info=True)


def cached_fragment(name, build, timeout=None):
    """A value computed once per cache generation (menus, footers); rebuilt after any publish."""
    gen = generation()
    if gen is None:
        return build()
    key = f"fragment:{gen}:{name}"
    state = _request_state.get()
    if state is not None:
        state.setdefault("used", []).append(key)
        value = state.get("prefetched", {}).get(key)
        if value is not None:
            return value
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


# --- Middleware ------------------------------------------------------------------------------------------
class PageCacheMiddleware:
    """Serves anonymous GET requests for public pages from the cache; stores fresh 200 answers.

    It sits near the top of the middleware list, so a hit skips sessions, languages, CSRF and authentication;
    the headers those added when the page was rendered (Content-Language, Vary, the Content Security Policy,
    X-Frame-Options) are stored with the page and sent again.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _request_state.set({})
        try:
            return self.serve(request)
        finally:
            _request_state.reset(token)

    def serve(self, request):
        """One round trip reads the generation, the page (when it may be cached) and the list of fragments
        this address used last time; a second one fetches those fragments, so that rendering the page finds
        them at hand instead of asking Redis for each."""
        if request.method not in ("GET", "HEAD") or request.path_info.startswith(SKIPPED_PREFIXES):
            return self.get_response(request)
        full_path = request.get_full_path()
        if len(full_path) > MAX_CACHED_PATH:
            return self.get_response(request)
        state = _request_state.get()
        # Hashed: an address may be long or hold any character, a cache key must not.
        host = request.get_host()
        address = hashlib.sha256(f"{host}:{full_path}".encode()).hexdigest()
        page_key, list_key = f"page:{address}", f"fragments:{address}"
        site_key = f"site:{hashlib.sha256(host.encode()).hexdigest()}"
        route_key = f"route:{hashlib.sha256(f'{host}:{request.path_info}'.encode()).hexdigest()}"
        cacheable = self.request_is_cacheable(request)
        # A page that may be cached is looked for first, with nothing else that would cost unpickling on a hit.
        lookups = [site_key, route_key]
        try:
            found = cache.get_many([GENERATION_KEY, list_key, *([page_key] if cacheable else lookups)])
        except Exception:
            found = {}
        gen = found.get(GENERATION_KEY)
        if gen is None:
            gen = generation()
            if gen is None:  # no cache at all: serve uncached
                return self.get_response(request)
        state["generation"] = gen
        hit = found.get(page_key)
        if hit is not None and hit[0] == gen:
            _gen, status, headers, content = hit
            response = HttpResponse(content, status=status)
            for name, value in headers:
                response.headers[name] = value
            response.headers["X-Page-Cache"] = "hit"
            return response
        listed = found.get(list_key)
        fragments = listed[1] if listed is not None and listed[0] == gen else []
        second = [*fragments, *(lookups if cacheable else [])]
        if second:
            try:
                more = cache.get_many(second)
            except Exception:
                more = {}
            found.update(more)
            state["prefetched"] = more
        known_site, known_route = self.restore_lookups(
            request, gen, found.get(site_key), found.get(route_key)
        )
        response = self.get_response(request)
        if response.status_code == 200:
            self.remember_lookups(request, gen, site_key, route_key, known_site, known_route)
        used = list(dict.fromkeys(state.get("used", ())))
        # Remembered for addresses without a query string only: their number is bounded by the site's pages.
        if response.status_code == 200 and used and not request.GET and listed != (gen, used):
            cache.set(list_key, (gen, used), settings.FRAGMENT_CACHE_SECONDS)
        if cacheable and self.response_is_cacheable(request, response):
            headers = [
                (name, value) for name, value in response.items() if name.lower() not in DROPPED_HEADERS
            ]
            try:
                cache.set(
                    page_key,
                    (gen, response.status_code, headers, response.content),
                    settings.PAGE_CACHE_SECONDS,
                )
            except Exception:
                logger.warning("Could not store page %s", page_key, exc_info=True)
            response.headers["X-Page-Cache"] = "miss"
        return response

    # Wagtail keeps the site and the page route it finds for a request on the request itself
    # (`Site.find_for_request`, `Page.route_for_request`). Both depend only on the published tree, so they are
    # kept under the generation too: a page served uncached then costs no query to find.
    @staticmethod
    def restore_lookups(request, gen, site, route):
        known_site = site is not None and site[0] == gen
        if known_site:
            request._wagtail_site = site[1]
        known_route = known_site and route is not None and route[0] == gen
        if known_route:
            request._wagtail_route_for_request = route[1]
        return known_site, known_route

    @staticmethod
    def remember_lookups(request, gen, site_key, route_key, known_site, known_route):
        from wagtail.contrib.routable_page.models import RoutablePageMixin

        entries = {}
        site = getattr(request, "_wagtail_site", None)
        if site is not None and not known_site:
            entries[site_key] = (gen, site)
        route = getattr(request, "_wagtail_route_for_request", None)
        # Routable pages (news index, feeds) answer sub-routes with views: only plain pages are kept.
        if (
            route is not None
            and not known_route
            and not isinstance(route.page, RoutablePageMixin)
            and not route.args
            and not route.kwargs
        ):
            entries[route_key] = (gen, route)
        if entries:
            try:
                cache.set_many(entries, settings.FRAGMENT_CACHE_SECONDS)
            except Exception:
                logger.warning("Could not store the site and route of %s", request.path, exc_info=True)

    @staticmethod
    def request_is_cacheable(request):
        if not settings.PAGE_CACHE_SECONDS:
            return False
        # Editors see their drafts, user bar and messages.
        return settings.SESSION_COOKIE_NAME not in request.COOKIES and "messages" not in request.COOKIES

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
