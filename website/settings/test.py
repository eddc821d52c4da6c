"""Test runs: fast hashing, local-memory cache, no SSL redirect, e-mail kept in memory."""

import tempfile

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-insecure-key"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Local memory for most tests; the tests of caching itself use a real Redis (tests/test_http_cache.py...).
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
SECURE_SSL_REDIRECT = False
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
WAGTAILADMIN_BASE_URL = "http://testserver"
# Files a test run writes (the seed's pictures and documents among them) go to a directory of this run, never
# to var/media; tests that upload get a directory of their own (tests/conftest.py).
# A MEDIA_ROOT given in the environment (a test's subprocess) is kept.
if not os.environ.get("MEDIA_ROOT"):  # noqa: F405
    MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="website-test-media-"))  # noqa: F405
