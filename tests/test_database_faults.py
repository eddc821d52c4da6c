"""A SQLite database that is corrupted or deleted under a running site: an outage, never a 500, never an empty site.

The site runs as `make run` runs it (runserver, development settings) and as production runs it (gunicorn,
production settings), each on its own SQLite file with a home page, a section page and a Take Action form. Then the
file is overwritten with random bytes, and later deleted: every request (pages, search, sitemap, API, admin, a
form sent) must answer the 503 page with Retry-After, /healthz must answer 503, and no request may create a new,
empty database in place of the missing one. Once the file is back, the site answers again without a restart.
"""

import os
import secrets
import shutil
import signal
import subprocess
import sys
from pathlib import Path
from unittest import mock

import pytest
from django.db import (
    DatabaseError,
    DataError,
    InterfaceError,
    InternalError,
    OperationalError,
    ProgrammingError,
    connection,
)
from django.db.backends.base.base import BaseDatabaseWrapper

from core.faults import RETRY_AFTER_SECONDS
from tests.servers import Browser, free_port, wait_until_healthy
from tests.test_backup import copy_sqlite_test_database

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"
ADMIN_PASSWORD = secrets.token_urlsafe(16)
NOT_SENT = "Your message was not sent"
UNAVAILABLE = "The site is temporarily unavailable"

# Production settings as they are, except for static files: without the manifest, so no collectstatic is needed.
PRODUCTION_OVERLAY = """
from website.settings.production import *  # noqa: F403

STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
"""

# Content for the site to serve: a home page for 127.0.0.1, a section page and a Take Action form.
SETUP = f"""
from django.core.management import call_command
call_command("migrate", interactive=False, verbosity=0, skip_checks=True)

from wagtail.models import Collection, Locale, Page, Site
from engage.models import FormField, TakeActionPage
from home.models import ContactSettings, HomePage, SectionPage

# The copy of the test database may have been emptied by a transactional test: make what migrations make first.
locale = Locale.objects.get_or_create(language_code="en")[0]
if Page.get_first_root_node() is None:
    Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
if Collection.get_first_root_node() is None:
    Collection.add_root(name="Root")
home = Page.get_first_root_node().add_child(
    instance=HomePage(title="Home", slug="home-faults", hero_heading="Faults", locale=locale)
)
home.save_revision().publish()
Site.objects.all().delete()
Site.objects.create(hostname="{HOST}", port=80, root_page=home, is_default_site=True, site_name="Faults")
section = home.add_child(instance=SectionPage(title="Get involved", slug="get-involved", intro="Volunteer."))
section.save_revision().publish()
form = section.add_child(instance=TakeActionPage(title="Take action", slug="take-action"))
for order, (label, kind) in enumerate([("Name", "singleline"), ("Email", "email"), ("Message", "multiline")]):
    form.form_fields.add(
        FormField(locale=locale, sort_order=order, label=label, field_type=kind, required=True)
    )
form.save_revision().publish()
ContactSettings.load()
from django.contrib.auth import get_user_model
get_user_model().objects.create_superuser("admin", "admin@example.org", "{ADMIN_PASSWORD}")
print("READY")
"""

ANSWERS = {
    "name": "Marie Dupont",
    "email": "marie@example.org",
    "message": "I can help.",
    "privacy-consent": "on",
}


@pytest.fixture(scope="module")
def pristine_database(django_db_setup, django_db_blocker, tmp_path_factory):
    """A SQLite file with the schema and the content of SETUP, copied for each server."""
    tmp = tmp_path_factory.mktemp("database_faults")
    path = tmp / "pristine.sqlite3"
    with django_db_blocker.unblock():
        if connection.vendor == "sqlite":
            copy_sqlite_test_database(path)
    env = server_env(tmp, path, "website.settings.dev")
    setup = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "shell", "-c", SETUP],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert "READY" in setup.stdout, setup.stdout + setup.stderr
    return path


def server_env(tmp, database, settings_module):
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "GUNICORN_"))}
    for name in ("REDIS_URL", "AWS_STORAGE_BUCKET_NAME", "FRONTEND_CACHE_PURGE_URL", "DATABASE_URL"):
        env.pop(name, None)
    env.update(
        DJANGO_SETTINGS_MODULE=settings_module,
        PYTHONPATH=os.pathsep.join([str(tmp), str(ROOT)]),
        DATABASE_URL=f"sqlite:///{database}",
        MEDIA_ROOT=str(tmp / "media"),
        STATIC_ROOT=str(tmp / "static"),
        CACHE_DIR=str(tmp / "cache"),
        LOG_LEVEL="WARNING",
    )
    return env


def start(kind, tmp, database, port):
    if kind == "make run":
        env = server_env(tmp, database, "website.settings.dev")
        command = [sys.executable, "manage.py", "runserver", "--noreload", f"{HOST}:{port}"]
    else:
        (tmp / "faults_production_settings.py").write_text(PRODUCTION_OVERLAY)
        env = server_env(tmp, database, "faults_production_settings")
        env.update(
            SECRET_KEY=secrets.token_urlsafe(50),
            ALLOWED_HOSTS=HOST,
            SECURE_SSL_REDIRECT="false",
            WAGTAILADMIN_BASE_URL="https://belgium.example.org",
            GUNICORN_BIND=f"{HOST}:{port}",
            GUNICORN_WORKERS="1",
            GUNICORN_MAX_REQUESTS="0",
        )
        command = [sys.executable, "-m", "gunicorn", "-c", str(ROOT / "gunicorn.conf.py")]
    log = open(tmp / f"server-{port}.log", "w")  # noqa: SIM115 - closed with the process
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)  # noqa: S603
    return process, log


@pytest.fixture(params=["make run", "production"])
def site(request, pristine_database, tmp_path):
    database = tmp_path / "db.sqlite3"
    shutil.copyfile(pristine_database, database)
    port = free_port()
    process, log = start(request.param, tmp_path, database, port)
    base = f"http://{HOST}:{port}"
    try:
        wait_until_healthy(process, base, Path(log.name))
        yield {"base": base, "database": database, "pristine": pristine_database, "log": Path(log.name)}
    finally:
        process.send_signal(signal.SIGTERM if request.param == "make run" else signal.SIGQUIT)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)
        log.close()


# What a visitor asks for (an anonymous visit to /admin/ is sent to the login page without a database).
READS = [
    "/en/",
    "/en/get-involved/",
    "/en/get-involved/take-action/",
    "/en/no-such-page/",
    "/en/search/?q=volunteer",
    "/sitemap.xml",
    "/api/v2/pages/",
    "/admin/login/",
]
# What a logged-in editor asks for.
ADMIN_READS = ["/admin/", "/admin/pages/", "/admin/images/", "/admin/forms/"]


def assert_outage(visitor, editor, tokens):
    answers = {path: visitor.request(path) for path in READS}
    answers.update({f"editor: {path}": editor.request(path) for path in ADMIN_READS})
    answers["a form sent"] = visitor.request(
        "/en/get-involved/take-action/", {**ANSWERS, "csrfmiddlewaretoken": tokens["form"]}
    )
    answers["a login attempt"] = visitor.request(
        "/admin/login/",
        {"username": "admin", "password": "a-password-123", "csrfmiddlewaretoken": tokens["login"]},
    )
    assert {what: status for what, (status, _headers, _text) in answers.items() if status != 503} == {}
    for what, (_status, headers, text) in answers.items():
        assert headers["Retry-After"] == str(RETRY_AFTER_SECONDS), what
        assert "Traceback" not in text and "DatabaseError" not in text and "sqlite" not in text.lower(), what
    assert NOT_SENT in answers["a form sent"][2]
    assert UNAVAILABLE in answers["/en/"][2]
    status, headers, _text = visitor.request("/admin/")
    assert (status, headers["Location"]) == (302, "/admin/login/?next=/admin/")
    status, _headers, text = visitor.request("/healthz")
    assert status == 503, text
    assert '"database": "unavailable"' in text


def test_a_corrupted_then_deleted_database_is_an_outage_and_never_replaced(site):
    visitor, editor = Browser(site["base"]), Browser(site["base"])
    database = site["database"]
    status, _headers, text = visitor.request("/en/get-involved/")
    assert status == 200 and "Get involved" in text
    tokens = {
        "form": visitor.csrf_token("/en/get-involved/take-action/"),
        "login": visitor.csrf_token("/admin/login/"),
    }
    status, _headers, _text = editor.request(
        "/admin/login/",
        {
            "username": "admin",
            "password": ADMIN_PASSWORD,
            "csrfmiddlewaretoken": editor.csrf_token("/admin/login/"),
        },
    )
    assert status == 302
    assert editor.request("/admin/pages/")[0] == 200

    # Garbage in place of the database.
    database.write_bytes(os.urandom(64 * 1024))
    assert_outage(visitor, editor, tokens)

    # No database at all: still an outage, and nothing makes a new one.
    database.unlink()
    assert_outage(visitor, editor, tokens)
    assert not database.exists(), "a request created an empty database in place of the missing one"
    assert "does not exist" in site["log"].read_text()

    # The file is restored: the very next request is served, nothing restarted.
    shutil.copyfile(site["pristine"], database)
    status, _headers, text = visitor.request("/en/get-involved/")
    assert status == 200 and "Get involved" in text
    assert visitor.request("/healthz")[0] == 200


def manage(env, *args):
    return subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def test_migrate_creates_a_missing_database_and_says_so(tmp_path):
    """The one deliberate way to a new, empty database (as the first `make run` does)."""
    database = tmp_path / "new" / "db.sqlite3"
    env = server_env(tmp_path, database, "website.settings.dev")
    check = manage(env, "shell", "-c", "from wagtail.models import Page; Page.objects.count()")
    assert check.returncode != 0 and "does not exist" in check.stderr
    assert not database.exists()
    migrate = manage(env, "migrate", "--noinput", "--plan")
    assert migrate.returncode == 0, migrate.stderr
    assert f"There is no SQLite database at {database}: creating a new, empty one." in migrate.stdout
    assert database.exists()


@pytest.mark.parametrize(
    "error",
    [
        DatabaseError("file is not a database"),
        OperationalError("no such table: wagtailcore_page"),
        ProgrammingError("relation does not exist"),
        DataError("invalid byte sequence"),
        InternalError("current transaction is aborted"),
        InterfaceError("connection already closed"),
    ],
    ids=lambda error: type(error).__name__,
)
@pytest.mark.parametrize("path", ["/en/", "/api/v2/pages/", "/admin/login/", "/sitemap.xml"])
def test_every_database_error_is_the_outage_page(client, db, error, path):
    def fail(*args, **kwargs):
        raise error

    with mock.patch.object(BaseDatabaseWrapper, "ensure_connection", fail):
        response = client.get(path)
    assert response.status_code == 503
    assert response["Retry-After"] == str(RETRY_AFTER_SECONDS)
    assert UNAVAILABLE in response.content.decode()
