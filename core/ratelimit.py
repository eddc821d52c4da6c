"""A per-address limit on form submissions, shared by every app server through Django's cache."""

import hashlib
import ipaddress
import logging
import math
import re

from django.conf import settings
from django.core.cache import cache
from django.shortcuts import render

logger = logging.getLogger(__name__)


def client_address(request):
    """The visitor's address: REMOTE_ADDR, or the entry of X-Forwarded-For added by our own first proxy.

    X-Forwarded-For is written by whoever sends the request, so it is read only when TRUSTED_PROXY_COUNT says
    how many proxies of ours (load balancer, CDN) stand in front of the site; each appends the address it saw.
    """
    address = request.META.get("REMOTE_ADDR", "")
    proxies = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if proxies:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        forwarded = [part for part in forwarded if part]
        if len(forwarded) >= proxies:
            address = forwarded[-proxies]
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address or "unknown"
    if ip.version == 6:
        # One household or server usually holds a whole /64.
        return str(ipaddress.ip_network(f"{ip}/64", strict=False))
    return str(ip)


def allow(request, scope="forms", limit=None, window=None):
    """Count one submission from the visitor's address; False once it has sent more than `limit` in `window`."""
    return allow_key(f"{scope}:{client_address(request)}", limit, window)


def allow_key(key, limit=None, window=None):
    """Count one event for `key`; False once there were more than `limit` in `window` seconds.

    The window starts at the key's first event. The count is atomic (cache.add, then cache.incr),
    so concurrent requests on several servers sharing one Redis cannot slip past the limit.
    """
    limit = limit or settings.FORMS_RATE_LIMIT
    window = window or settings.FORMS_RATE_LIMIT_WINDOW
    scope, _separator, value = key.partition(":")
    digest = hashlib.sha256(value.encode()).hexdigest()[:32]
    key = f"ratelimit:{scope}:{digest}"
    if cache.add(key, 1, timeout=window):
        return True
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr: this is the first event of a new window
        cache.add(key, 1, timeout=window)
        count = 1
    except ConnectionError:
        count = None
    if count is None:
        # The cache is down (django-redis ignores the error and answers None): the form still works,
        # unthrottled, rather than losing the visitor's message; the honeypot and validation still apply
        # (docs/security.md).
        logger.warning("Rate limit unavailable: the cache does not answer")
        return True
    return count <= limit


class RateLimitMiddleware:
    """Limits how often one address may send the forms listed in settings.RATE_LIMITED_POSTS.

    Each entry is (path regular expression, scope, limit, window in seconds). Every POST to a matching address
    counts, whether it succeeds or not (a password guessed right counts too); once the address has sent more than
    `limit` in `window` seconds, it gets the "Too many attempts" page (HTTP 429, Retry-After) instead, and nothing
    is checked or sent. Placed below the security headers' middleware, so the page carries them.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.rules = [
            (re.compile(pattern), scope, limit, window)
            for pattern, scope, limit, window in settings.RATE_LIMITED_POSTS
        ]

    def __call__(self, request):
        if request.method == "POST":
            for pattern, scope, limit, window in self.rules:
                if pattern.search(request.path_info) and not allow(request, scope, limit, window):
                    logger.info("Rate limit %s reached by %s", scope, client_address(request))
                    return too_many_attempts(request, window)
        return self.get_response(request)


def too_many_attempts(request, window):
    response = render(
        request, "security/too_many_attempts.html", {"minutes": max(1, math.ceil(window / 60))}, status=429
    )
    response["Retry-After"] = str(window)
    response["Cache-Control"] = "no-store"
    return response
