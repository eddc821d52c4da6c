"""Production settings with every Django cache a dummy: the "cold" mode of `make bench` and bench/profile_cold.py.

Each request renders everything (routing, menus, bodies, listings), as for the first visitor after a purge.
"""

from website.settings.production import *  # noqa: F403

CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}

# A dummy cache keeps no counter, so search/hits.py's per-search counter fails on every search and logs it with a
# traceback; that logging is an artefact of the dummy, not work a real first visitor costs: it is silenced here.
LOGGING = {**LOGGING, "loggers": {**LOGGING["loggers"], "search.hits": {"level": "CRITICAL"}}}  # noqa: F405
