"""Settings shared by every environment. Every environment variable is read here, once."""

import os
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


# --- Environment -----------------------------------------------------------------------------
SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
DATABASE_URL = os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'var' / 'db.sqlite3'}")
REDIS_URL = os.environ.get("REDIS_URL", "")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "var" / "media"))
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "var" / "static"))
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "webmaster@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
LOG_LEVEL = os.environ.get("LOG_LEVEL", "INFO")
# Production-only switches (see production.py).
SECURE_SSL_REDIRECT_ENABLED = env_bool("SECURE_SSL_REDIRECT", True)
HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
# HTTP caching of public pages (core/http_cache.py): seconds a browser may keep one (max-age) and seconds a shared
# cache such as Varnish may (s-maxage; every publish purges what it changed, core/frontend_cache.py).
HTTP_CACHE_MAX_AGE = int(os.environ.get("HTTP_CACHE_MAX_AGE", "60"))
HTTP_CACHE_S_MAXAGE = int(os.environ.get("HTTP_CACHE_S_MAXAGE", "3600"))
# Seconds a menu, footer or body fragment is kept in the application's cache (a publish replaces it at once).
FRAGMENT_CACHE_SECONDS = int(os.environ.get("FRAGMENT_CACHE_SECONDS", "3600"))
# The release being run (e.g. the git commit): every cache key starts with it, so that two releases side by side
# in a rolling deploy never read each other's entries.
RELEASE = os.environ.get("RELEASE", "") or os.environ.get("KEY_PREFIX", "") or "dev"
# S3-compatible media storage, used when a bucket is named (django-storages reads the AWS_* variables).
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
AWS_S3_ENDPOINT_URL = os.environ.get("AWS_S3_ENDPOINT_URL") or None
AWS_S3_REGION_NAME = os.environ.get("AWS_S3_REGION_NAME") or None
AWS_S3_CUSTOM_DOMAIN = os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None
AWS_ACCESS_KEY_ID = os.environ.get("AWS_ACCESS_KEY_ID") or None
AWS_SECRET_ACCESS_KEY = os.environ.get("AWS_SECRET_ACCESS_KEY") or None
# The front cache (Varnish with deploy/varnish/site.vcl) to purge on publish, e.g. http://127.0.0.1:6081; none if
# empty (FRONTEND_CACHE_PURGE_URL is the older name).
FRONTEND_CACHE_URL = os.environ.get("FRONTEND_CACHE_URL", "") or os.environ.get(
    "FRONTEND_CACHE_PURGE_URL", ""
)
# Where Take Action submissions are e-mailed (comma-separated) when the page names no address; empty: stored only.
FORMS_TO_ADDRESS = os.environ.get("FORMS_TO_ADDRESS", "")
# How many proxies of ours (load balancer, CDN) add to X-Forwarded-For; 0 trusts only REMOTE_ADDR.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
# Machine translation for translators (editorial/machine_translation.py): DeepL with a key, else any
# LibreTranslate-compatible server; off when neither is set. Each call gives up after the timeout (seconds).
DEEPL_AUTH_KEY = os.environ.get("DEEPL_AUTH_KEY", "")
LIBRETRANSLATE_URL = os.environ.get("LIBRETRANSLATE_URL", "")
LIBRETRANSLATE_API_KEY = os.environ.get("LIBRETRANSLATE_API_KEY", "")
MACHINE_TRANSLATION_TIMEOUT = int(os.environ.get("MACHINE_TRANSLATION_TIMEOUT", "10"))

# --- Applications ----------------------------------------------------------------------------
INSTALLED_APPS = [
    "core",
    "images",
    "home",
    "news",
    "search",
    "editorial",
    "resources",
    "agenda",
    "engage",
    "seo",
    "api",
    "ops",
    "legacy",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.table_block",
    "wagtail.contrib.typed_table_block",
    "wagtail.api.v2",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "rest_framework",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "csp",
    "axes",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    # First, so that every answer carries them, even one given before a view runs (the 400 page for an unknown
    # Host, which SecurityMiddleware or CommonMiddleware answer; a 429 or 503 page; static files).
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "core.middleware.SiteCSPMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before everything that may touch the database: an outage becomes a friendly 503 (core/faults.py).
    "core.faults.DatabaseUnavailableMiddleware",
    # Cache-Control for every answer: public for anonymous pages, private whenever a session, token, form or
    # user is involved (core/http_cache.py). Here, so that it sees the cookies the middleware below sets.
    "core.http_cache.HttpCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # Page passwords and password-reset requests per visitor address (RATE_LIMITED_POSTS, core/ratelimit.py).
    "core.ratelimit.RateLimitMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # A refused publish of a partial translation becomes a message (editorial/translation_guard.py).
    "editorial.translation_guard.UntranslatedContentMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, so that its lockout page gets every header above (website/auth.py).
    "axes.middleware.AxesMiddleware",
    # With DEBUG on (make run), a page that does not exist gets the site's own 404 page, not Django's.
    "core.middleware.SiteNotFoundPageMiddleware",
]

ROOT_URLCONF = "website.urls"
WSGI_APPLICATION = "website.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "core.http_cache.fragment_cache_keys",
            ],
        },
    },
]

# --- Database --------------------------------------------------------------------------------
# Persistent connections are checked before each request reuses them, so that a database restart or
# failover costs no failed request: a dead connection is replaced by a fresh one.
DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=60, conn_health_checks=True)}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Never makes an empty database in place of a missing file; `manage.py migrate` does, and says so (core/sqlite).
    DATABASES["default"]["ENGINE"] = "core.sqlite"
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    # Writers take the lock at the start of a transaction and wait for it, instead of failing with
    # "database is locked" when two saves overlap (the translation editor saves string by string).
    DATABASES["default"].setdefault("OPTIONS", {}).update({"timeout": 20, "transaction_mode": "IMMEDIATE"})
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"


# --- Cache -----------------------------------------------------------------------------------
# Production: django-redis, every error ignored (a Redis outage serves pages uncached, never a 500) and short
# timeouts (an unreachable Redis costs a visitor milliseconds). Without REDIS_URL (make run): files under var/,
# shared by every process of the machine, so that what `manage.py publish_scheduled` or an import publishes from
# another process is seen at once. Fragments are keyed by the content version in the database (core/cache.py).
def cache_settings(redis_url, release, cache_dir):
    if redis_url:
        return {
            "default": {
                "BACKEND": "django_redis.cache.RedisCache",
                "LOCATION": redis_url,
                "KEY_PREFIX": release,
                "OPTIONS": {
                    "CLIENT_CLASS": "django_redis.client.DefaultClient",
                    "IGNORE_EXCEPTIONS": True,
                    "SOCKET_CONNECT_TIMEOUT": 0.3,
                    "SOCKET_TIMEOUT": 0.5,
                },
            }
        }
    return {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(cache_dir),
            "KEY_PREFIX": release,
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    }


CACHES = cache_settings(REDIS_URL, RELEASE, os.environ.get("CACHE_DIR", BASE_DIR / "var" / "cache"))
# A Redis outage is logged once per failing call at WARNING by django-redis, not raised.
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True

# --- Passwords -------------------------------------------------------------------------------
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Logins: throttled with django-axes (website/auth.py, docs/security.md) ---------------------
AUTHENTICATION_BACKENDS = [
    "core.auth.LoginThrottleBackend",  # first: refuses every attempt while the account or address is locked
    "django.contrib.auth.backends.ModelBackend",
]
AXES_HANDLER = "core.auth.LoginThrottleHandler"
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)  # after the last failure; `manage.py axes_reset` unlocks at once
# Each entry is counted on its own: five failures for one account (from any addresses) lock that account, and
# five failures from one address (for any accounts) lock that address.
AXES_LOCKOUT_PARAMETERS = ["ip_address", "username"]
AXES_RESET_ON_SUCCESS = True
# The visitor's address as the forms' rate limit sees it (REMOTE_ADDR, or our proxy's entry per TRUSTED_PROXY_COUNT).
AXES_CLIENT_IP_CALLABLE = "core.auth.login_client_ip"
AXES_LOCKOUT_CALLABLE = "core.auth.lockout_response"  # the site's page, HTTP 429
# POSTs counted per visitor address: (path, scope, limit, window in seconds). Over the limit: HTTP 429, nothing checked.
RATE_LIMITED_POSTS = [
    # The password of a private page (Wagtail's form at /<language>/_util/authenticate_with_password/...).
    (r"^/(?:[a-z]{2}/)?_util/authenticate_with_password/", "page-password", 10, 15 * 60),
    # "Forgotten password?" in the admin; e-mails are also limited per address (core/accounts.py).
    (r"^/admin/password_reset/$", "password-reset", 5, 15 * 60),
]
# Reset e-mails are sent after the answer, so known and unknown addresses take the same time (core/accounts.py).
WAGTAILADMIN_USER_PASSWORD_RESET_FORM = "core.accounts.PasswordResetForm"  # noqa: S105 - a class, not a password

# --- Languages -------------------------------------------------------------------------------
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("fr", "Français"),
    ("nl", "Nederlands"),
    ("de", "Deutsch"),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True


def machine_translator(deepl_auth_key="", libretranslate_url="", libretranslate_api_key="", timeout=10):
    """wagtail-localize's WAGTAILLOCALIZE_MACHINE_TRANSLATOR for the configured service, or None (no button)."""
    if deepl_auth_key:
        return {
            "CLASS": "editorial.machine_translation.SafeDeepLTranslator",
            "OPTIONS": {"AUTH_KEY": deepl_auth_key, "TIMEOUT": timeout},
        }
    if libretranslate_url:
        options = {"LIBRETRANSLATE_URL": libretranslate_url.rstrip("/"), "API_KEY": libretranslate_api_key}
        return {
            "CLASS": "editorial.machine_translation.SafeLibreTranslator",
            "OPTIONS": {**options, "TIMEOUT": timeout},
        }
    return None


WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_translator(
    DEEPL_AUTH_KEY, LIBRETRANSLATE_URL, LIBRETRANSLATE_API_KEY, MACHINE_TRANSLATION_TIMEOUT
)
# "Translate this page" creates the translation as a draft for the translator to translate and publish;
# wagtail-localize's default would publish it at once, still in English, under /fr/, /nl/ or /de/.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Brussels"
FORMAT_MODULE_PATH = ["core.formats"]

# --- Static and media ------------------------------------------------------------------------
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATIC_URL = "/static/"
MEDIA_URL = "/media/"
# Whether the application itself serves uploaded images from MEDIA_ROOT (development only; documents never:
# they go through /documents/, which checks private collections). In production the proxy or S3 serves them.
SERVE_MEDIA = False
STORAGES = {
    "default": {
        "BACKEND": "storages.backends.s3.S3Storage"
        if AWS_STORAGE_BUCKET_NAME
        else "django.core.files.storage.FileSystemStorage"
    },
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
# A request's form fields are held in memory up to 2.5 MB (a larger body is refused with 400 Bad Request); an
# uploaded file over 2.5 MB is streamed to a temporary file, never held whole in memory. The proxy caps the
# whole request at 25 MB (docs/deploy.md).
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440

# --- Wagtail ---------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "IOM Belgium and Luxembourg"
# Wagtail's database backend (SQLite FTS5 by default); on PostgreSQL each page is indexed with the stemming of
# its own language (search/postgres.py explains why this is one backend, not one per language).
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "search.backends",
        "SEARCH_CONFIG": "english",
        "LANGUAGE_SEARCH_CONFIGS": {"en": "english", "fr": "french", "nl": "dutch", "de": "german"},
    }
}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# Documents always go through Wagtail's view and are always downloaded, never shown inline (no HTML or PDF
# from an upload runs in the site's origin).
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
# Wagtail's own header on downloads ("default-src 'none'") would stop the stricter one of website.middleware
# ("default-src 'none'; sandbox") from being added.
WAGTAILDOCS_BLOCK_EMBEDDED_CONTENT = False
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
# The image form checks size, extension and the header's pixel count before anything is decoded (core/uploads.py).
# ...and, for the site's own model, that a non-decorative image has a description and a credit (images/forms.py).
WAGTAILIMAGES_IMAGE_FORM_BASE = "images.forms.SiteImageForm"
WAGTAILIMAGES_IMAGE_MODEL = "images.SiteImage"
WAGTAIL_MODERATION_ENABLED = True
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAILADMIN_COMMENTS_ENABLED = True
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# No third-party avatars: Gravatar would learn who uses the admin, and its images are blocked by the admin's
# policy anyway. Editors get Wagtail's own default avatar, or the picture they upload in their account.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# --- Forms and API -----------------------------------------------------------------------------
FORMS_RATE_LIMIT = 5  # accepted submissions per visitor address...
FORMS_RATE_LIMIT_WINDOW = 10 * 60  # ...in this many seconds
WAGTAILAPI_BASE_URL = WAGTAILADMIN_BASE_URL
WAGTAILAPI_LIMIT_MAX = 100
# The API is anonymous and read-only: no session or password is ever checked through it.
REST_FRAMEWORK = {"DEFAULT_AUTHENTICATION_CLASSES": [], "DEFAULT_PERMISSION_CLASSES": []}

# --- Logging: everything to stdout ------------------------------------------------------------
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
    "loggers": {
        "django.request": {"handlers": ["console"], "level": "ERROR", "propagate": False},
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
    },
}


LOOPBACK_HOSTS = {"localhost", "127.0.0.1", "::1", "0.0.0.0"}  # noqa: S104 - names refused, not bound


def require_base_url(url):
    """Stop the start when the public address is missing or a loopback one: links in e-mails and the API use it."""
    parts = urlsplit(url or "")
    host = (parts.hostname or "").lower()
    if parts.scheme not in ("http", "https") or not host or host in LOOPBACK_HOSTS:
        raise ImproperlyConfigured(
            "WAGTAILADMIN_BASE_URL must be the site's public address, e.g. https://belgium.iom.int "
            f"(got {url!r}). Links in e-mails and in the API are built from it."
        )
    return url.rstrip("/")


def require_secret_key(key):
    """Stop the start with a clear message when a secret is missing."""
    if not key:
        raise ImproperlyConfigured(
            "SECRET_KEY is not set. Set the SECRET_KEY environment variable to a long random string "
            '(for example: python -c "import secrets; print(secrets.token_urlsafe(50))").'
        )
    return key


# --- Security headers (HSTS and secure cookies are added in production.py) ---------------------
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"  # Wagtail's preview views allow their own same-origin frame
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_AGE = 60 * 60 * 8  # a working day
CSRF_COOKIE_HTTPONLY = True

# Public pages: an enforced policy with no inline script. The admin gets its own, looser policy
# (website.middleware.SiteCSPMiddleware), since Wagtail's editor needs inline styles and scripts.
_SELF, _NONE = "'self'", "'none'"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [_SELF],
        "script-src": [_SELF],
        "style-src": [_SELF],
        "img-src": [_SELF, "data:", *([f"https://{AWS_S3_CUSTOM_DOMAIN}"] if AWS_S3_CUSTOM_DOMAIN else [])],
        "font-src": [_SELF],
        "connect-src": [_SELF],
        "frame-src": [
            "https://www.youtube-nocookie.com",
            "https://www.youtube.com",
            "https://player.vimeo.com",
        ],
        "object-src": [_NONE],
        "base-uri": [_SELF],
        "form-action": [_SELF],
        "frame-ancestors": [_NONE],
    }
}
ADMIN_CONTENT_SECURITY_POLICY = {
    "default-src": [_SELF],
    "script-src": [_SELF, "'unsafe-inline'", "'unsafe-eval'"],
    "style-src": [_SELF, "'unsafe-inline'"],
    "img-src": [_SELF, "data:", "blob:", "https:"],
    "font-src": [_SELF, "data:"],
    "connect-src": [_SELF],
    "frame-src": [_SELF, "https:"],
    "object-src": [_NONE],
    "base-uri": [_SELF],
    "form-action": [_SELF],
    "frame-ancestors": [_SELF],
}
# Previews of pages are shown in an iframe of the admin.
ADMIN_PATH_PREFIXES = ("/admin/", "/django-admin/")

if FRONTEND_CACHE_URL:
    INSTALLED_APPS.append("wagtail.contrib.frontend_cache")
    WAGTAILFRONTENDCACHE = {
        "default": {"BACKEND": "core.frontend_cache.VarnishBackend", "LOCATION": FRONTEND_CACHE_URL}
    }
    # Translations have slugs of their own: core/signals.py purges each language's real address instead of
    # Wagtail's guess (the same path under every language prefix).
    WAGTAILFRONTENDCACHE_LANGUAGES = []
