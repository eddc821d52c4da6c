"""The site's search backend: Wagtail's database backend, with per-language stemming on PostgreSQL.

Configured in settings as ``WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends", ...}}``. On
PostgreSQL it is search.postgres.LocalizedPostgresSearchBackend; on any other database, Wagtail's own
database backend (SQLite FTS5 by default), which ignores the PostgreSQL options.
"""

from django.db import connection
from wagtail.search.backends.database import SearchBackend as DatabaseSearchBackend


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks up in a backend module
    if connection.vendor == "postgresql":
        from .postgres import LocalizedPostgresSearchBackend

        return LocalizedPostgresSearchBackend(params)
    return DatabaseSearchBackend(params)
