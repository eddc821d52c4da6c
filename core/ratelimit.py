"""A per-address limit on form submissions, shared by every app server through Django's cache."""

import hashlib
import ipaddress
import logging

from django.conf import settings
from django.core.cache import cache

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
    """Count one submission from the visitor's address; False once it has sent more than `limit` in `window`.

    The window starts at the address's first submission. The count is atomic (cache.add, then cache.incr),
    so concurrent requests on several servers sharing one Redis cannot slip past the limit.
    """
    limit = limit or settings.FORMS_RATE_LIMIT
    window = window or settings.FORMS_RATE_LIMIT_WINDOW
    digest = hashlib.sha256(client_address(request).encode()).hexdigest()[:32]
    key = f"ratelimit:{scope}:{digest}"
    if cache.add(key, 1, timeout=window):
        return True
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr: this is the first submission of a new window
        cache.add(key, 1, timeout=window)
        count = 1
    except ConnectionError:
        # The cache is down (core.cache.SharedRedisCache): the form still works, unthrottled, rather than
        # losing the visitor's message; the honeypot and validation still apply.
        logger.warning("Rate limit unavailable: the cache does not answer")
        return True
    return count <= limit
