"""Telling the front cache (Varnish, deploy/varnish/site.vcl) what to forget, and never forgetting to.

Configured from the environment: FRONTEND_CACHE_URL (e.g. http://127.0.0.1:6081) turns on
`wagtail.contrib.frontend_cache` with `VarnishBackend`, Wagtail's HTTP (PURGE) backend that also records every
purge that failed. What is purged for each change (core/signals.py):

- a page published, unpublished, moved or deleted: the page in each of its languages (and its routes, e.g. the
  news feeds), each ancestor in each language (home pages, sections, the news index and the resource library
  list their children), the news feeds, and the sitemap. A page shown in the main menu (depth 3, "show in
  menus") changes every page's header: then everything is banned instead.
- a snippet, a setting, a view restriction (page made private), a site or a language: everything is banned
  (one `BAN` request): the footer, the contact block and topics appear on most pages, and a page made private
  must not stay anywhere.

A purge that fails (Varnish down or unreachable) is logged and stored in core.models.PendingPurge; it is tried
again before every later purge and by `manage.py retry_purges` (run from cron every minute), until Varnish
answers. A Varnish that was restarted starts empty, so nothing old survives an outage of Varnish itself.
"""

import logging
from urllib.error import HTTPError, URLError
from urllib.parse import urlsplit, urlunsplit
from urllib.request import Request, urlopen

from django.conf import settings
from django.db import transaction
from wagtail.contrib.frontend_cache.backends.http import HTTPBackend

logger = logging.getLogger(__name__)

EVERYTHING = "*"
TIMEOUT = 3


class CacheRequest(Request):
    def __init__(self, *args, method, **kwargs):
        super().__init__(*args, **kwargs)
        self.purge_method = method

    def get_method(self):
        return self.purge_method


class VarnishBackend(HTTPBackend):
    """Wagtail's HTTP backend (PURGE of one address) that raises on failure and can ban a whole host."""

    def send(self, method, url):
        parts = urlsplit(url)
        host = parts.hostname + (f":{parts.port}" if parts.port else "")
        target = urlunsplit([self.cache_scheme, self.cache_netloc, parts.path or "/", parts.query, ""])
        request = CacheRequest(target, method=method, headers={"Host": host})
        with urlopen(request, timeout=TIMEOUT) as response:  # noqa: S310 - the configured cache's address
            return response.status

    def purge(self, url):
        try:
            self.send("PURGE", url)
        except (HTTPError, URLError, OSError) as error:
            logger.warning("Could not purge %s from the front cache (%s); kept for a retry", url, error)
            remember([url])
            return False
        return True

    def ban_all(self, hosts):
        """Forget everything cached for these host names."""
        try:
            for host in hosts:
                self.send("BAN", f"http://{host}/")
        except (HTTPError, URLError, OSError) as error:
            logger.warning("Could not ban the front cache (%s); kept for a retry", error)
            remember([EVERYTHING])
            return False
        return True


def backends():
    from wagtail.contrib.frontend_cache.utils import get_backends

    return [backend for backend in get_backends().values() if isinstance(backend, VarnishBackend)]


def site_hosts():
    from wagtail.models import Site

    hosts = set()
    for site in Site.objects.all():
        hosts.add(site.hostname if site.port in (80, 443) else f"{site.hostname}:{site.port}")
        hosts.add(site.hostname)
    return sorted(hosts)


def remember(urls):
    from .models import PendingPurge

    for url in urls:
        PendingPurge.objects.get_or_create(url=url[:2000])


def purge(urls):
    """Purge these absolute addresses after the current transaction commits (once the change is visible)."""
    urls = sorted(set(urls))
    if urls and backends():
        transaction.on_commit(lambda: send_purges(urls))


def ban_everything():
    if backends():
        transaction.on_commit(lambda: send_purges([EVERYTHING]))


def send_purges(urls):
    """Retry what failed before, then purge these; failures are stored for the next try."""
    retry_pending()
    do_purges(urls)


def do_purges(urls):
    ok = True
    for backend in backends():
        if EVERYTHING in urls:
            ok = backend.ban_all(site_hosts()) and ok
        else:
            for url in urls:
                ok = backend.purge(url) and ok
    return ok


def retry_pending():
    """Purge every address kept after a failure; True when nothing is left pending."""
    from .models import PendingPurge

    pending = list(PendingPurge.objects.order_by("pk"))
    if not pending:
        return True
    urls = [entry.url for entry in pending]
    if EVERYTHING in urls:
        urls = [EVERYTHING]
    PendingPurge.objects.filter(pk__in=[entry.pk for entry in pending]).delete()
    if do_purges(urls):
        logger.info("Front cache: %d pending purge(s) done", len(pending))
        return True
    PendingPurge.objects.filter(url__in=urls).update(attempts=len(pending))
    return False


def configured():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))
