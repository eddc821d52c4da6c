"""Production: everything from the environment (read in base.py); a missing secret or public address stops the start."""

import os

from .base import *  # noqa: F403
from .base import (
    EMAIL_HOST,
    HSTS_PRELOAD,
    HSTS_SECONDS,
    SECRET_KEY,
    SECURE_SSL_REDIRECT_ENABLED,
    require_base_url,
    require_secret_key,
)

DEBUG = False
SECRET_KEY = require_secret_key(SECRET_KEY)
# Read from the environment only: base.py's default (http://127.0.0.1:8000) is for development.
WAGTAILADMIN_BASE_URL = WAGTAILAPI_BASE_URL = require_base_url(os.environ.get("WAGTAILADMIN_BASE_URL", ""))

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = SECURE_SSL_REDIRECT_ENABLED
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]  # load balancers probe over plain HTTP
SECURE_HSTS_SECONDS = HSTS_SECONDS
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = HSTS_PRELOAD
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True

EMAIL_BACKEND = (
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend"
)
