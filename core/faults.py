"""A database outage shows visitors a friendly "try again shortly" page (503), never a traceback.

PostgreSQL may be restarted, failed over or briefly unreachable. While it is down:

- pages that Varnish holds are still served from it (its grace keeps them up to 6 hours while the application
  answers errors: deploy/varnish/site.vcl);
- every other request gets the 503 page of core/templates/503.html, in the visitor's language, with
  `Retry-After` and `Cache-Control: no-store` (no CDN or browser keeps it). It is rendered from a plain
  context: no menu, footer, settings or session is read, since all of those live in the database;
- a form that was sent (POST) is told plainly that its message was *not* sent and must be sent again, so
  that no visitor believes a lost message arrived.

Every database error counts: a server that does not answer (OperationalError, InterfaceError) and a database
that answers nonsense (a SQLite file replaced by other bytes: "file is not a database"; a missing table; any other
DatabaseError). A visitor can do nothing about either but come back later; a traceback helps nobody.

The database errors come either from a view (`process_exception`) or from a middleware further down the
stack (a session saved on the way out, for example). Django turns an exception raised in a middleware into a
500 response at that middleware already, so it never reaches this one as an exception: the
`got_request_exception` signal, sent just before, marks the request, and the 500 answer is replaced here.

Recovery needs no restart: a connection that failed is closed at the end of the request (here, and by
Django's own `close_old_connections`), and CONN_HEALTH_CHECKS (settings) makes a persistent connection that
died between two requests be checked and replaced before it is used.
"""

import logging
import sys

from django.core.signals import got_request_exception
from django.db import DatabaseError, InterfaceError, connections
from django.http import HttpResponse
from django.template import loader
from django.utils import translation

logger = logging.getLogger(__name__)

DATABASE_ERRORS = (DatabaseError, InterfaceError)  # every error of django.db
RETRY_AFTER_SECONDS = 30
# Headers of the replaced 500 answer that still apply to the 503 page (added by middleware further down).
KEPT_SECURITY_HEADERS = ("Content-Security-Policy", "X-Frame-Options", "Cross-Origin-Opener-Policy")


def is_database_error(error):
    return isinstance(error, DATABASE_ERRORS)


def visitor_language(request):
    """The language of the address (/fr/...), else the visitor's cookie or browser; never the database."""
    return translation.get_language_from_path(request.path_info) or translation.get_language_from_request(
        request
    )


def unavailable_response(request, error=None):
    """The 503 page: rendered without a request context, so without a single query."""
    if error is not None:
        logger.error("Database unavailable during %s %s: %s", request.method, request.path, error)
    language = visitor_language(request)
    with translation.override(language):
        content = loader.get_template("503.html").render(
            {"language_code": language, "not_sent": request.method not in ("GET", "HEAD", "OPTIONS")}
        )
    response = HttpResponse(content, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    response["Content-Language"] = language
    close_broken_connections()
    return response


def close_broken_connections():
    """Close the connections that failed, so that the next request opens a fresh one.

    Connections inside a transaction are left alone (a test's own transaction, or `transaction.atomic` of the
    caller): Django closes those when the request ends, or the transaction's owner does.
    """
    for connection in connections.all(initialized_only=True):
        if connection.in_atomic_block:
            continue
        try:
            connection.close_if_unusable_or_obsolete()
        except Exception:  # closing a dead socket may fail in turn; the connection is dropped either way
            logger.debug("Could not close connection %s", connection.alias, exc_info=True)


def remember_database_error(sender, request=None, **kwargs):
    """Mark the request when a database error became a 500 answer deeper in the middleware stack."""
    error = sys.exc_info()[1]
    if request is not None and is_database_error(error):
        request.database_error = error


got_request_exception.connect(remember_database_error, dispatch_uid="core-faults-database-error")


class DatabaseUnavailableMiddleware:
    """Turns database outages, wherever they surface in a request, into the friendly 503 page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            response = self.get_response(request)
        except DATABASE_ERRORS as error:  # only when nothing below turned it into a response already
            return unavailable_response(request, error)
        error = getattr(request, "database_error", None)
        if error is not None and response.status_code == 500:
            replacement = unavailable_response(request, error)
            for name in KEPT_SECURITY_HEADERS:
                if name in response:
                    replacement[name] = response[name]
            return replacement
        return response

    def process_exception(self, request, exception):
        if is_database_error(exception):
            return unavailable_response(request, exception)
        return None
