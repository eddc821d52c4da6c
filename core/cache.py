"""Fragments of pages kept in Django's cache, keyed by the content version that the database holds.

Only Django's public cache API is used (`django.core.cache.cache`): in production it is django-redis with
`IGNORE_EXCEPTIONS` (a Redis outage makes every read a miss and every write a no-op: pages render uncached),
under `make run` a file cache under var/cache that every process of the machine shares (settings).

Every key carries the content version (core.models.ContentVersion), read from the database once per request.
Publishing, unpublishing, moving or deleting a page, or changing a snippet or setting, raises it in the same
transaction as the change (core/signals.py): every server then asks for new keys at once, and a cache that lost
data, was unreachable during the change or still holds entries from before can only miss, never serve them.
Entries of an old version are left to expire (FRAGMENT_CACHE_SECONDS). The release id (settings.KEY_PREFIX)
prefixes every key, so two releases in a rolling deploy never read each other's entries.

Values are plain data (strings of HTML, numbers, lists and dicts of them), never pages, sites or routes.
"""

import contextvars
import logging
import secrets

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import F

logger = logging.getLogger(__name__)

# The content version read by the current request (set and reset by core.http_cache.HttpCacheMiddleware), so
# that one request costs one query for it whatever the number of fragments. None outside requests.
request_memo = contextvars.ContextVar("content_version_memo", default=None)


def content_version():
    """The current content version (0 before anything was ever published)."""
    from .models import ContentVersion

    memo = request_memo.get()
    if memo is not None and "version" in memo:
        return memo["version"]
    value = ContentVersion.objects.filter(pk=1).values_list("value", flat=True).first() or 0
    if memo is not None:
        memo["version"] = value
    return value


def bump_content_version():
    """Raise the content version: every fragment rendered before is left behind, on every server."""
    from .models import ContentVersion

    with transaction.atomic():
        if not ContentVersion.objects.filter(pk=1).update(value=F("value") + 1):
            ContentVersion.objects.get_or_create(pk=1, defaults={"value": first_content_version()})
    memo = request_memo.get()
    if memo is not None:
        memo.pop("version", None)


def first_content_version():
    """Where a new database's content version starts: a random number, so that a database made afresh (a new
    `make run` database beside an old var/cache, a test database) never meets the fragments of another one."""
    return secrets.randbits(48)


def fragment_key(name):
    return f"fragment:{content_version()}:{name}"


def cached_fragment(name, build, timeout=None):
    """`build()`'s value, kept under the current content version; `name` must be bounded (no visitor input)."""
    key = fragment_key(name)
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, timeout or settings.FRAGMENT_CACHE_SECONDS)
    return value


def everything_changed():
    """After a change that sent no signals (bulk inserts, a restore): new fragment keys and an empty front cache."""
    from . import frontend_cache

    bump_content_version()
    frontend_cache.ban_everything()
