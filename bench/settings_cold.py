"""Production settings with every Django cache a dummy: the "cold" mode of `make bench` and bench/profile_cold.py.

Each request renders everything (routing, menus, bodies, listings), as for the first visitor after a purge.
"""

from website.settings.production import *  # noqa: F403

CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
