"""Production behaviour: security headers, health check, fragment cache and its invalidation on publish."""

import os
import subprocess
import sys
from pathlib import Path
from unittest import mock

import pytest
from django.core.cache import cache

from home.models import SectionPage
from tests.factories import DocumentFactory

ROOT = Path(__file__).resolve().parent.parent
# What production needs to start (docs/deploy.md).
PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "website.settings.production",
    "SECRET_KEY": "a-long-random-production-secret-" + "x" * 40,
    "ALLOWED_HOSTS": "belgium.example.org",
    "WAGTAILADMIN_BASE_URL": "https://belgium.example.org",
}


def run_manage(*args, env=None):
    environment = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE")
    }
    environment.update(env or {})
    return subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_is_clean_with_production_settings():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        env=PRODUCTION,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    result = run_manage(
        "check",
        env={**PRODUCTION, "SECRET_KEY": ""},
    )
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


@pytest.mark.parametrize(
    "base_url", [None, "", "http://127.0.0.1:8000", "http://localhost", "https://[::1]/", "belgium.iom.int"]
)
def test_production_refuses_to_start_without_a_real_public_address(base_url):
    """Links in e-mails (password resets, notifications) and the API's own links are built from it."""
    env = {name: value for name, value in PRODUCTION.items() if name != "WAGTAILADMIN_BASE_URL"}
    environment_without = {k: v for k, v in os.environ.items() if k != "WAGTAILADMIN_BASE_URL"}
    with mock.patch.dict(os.environ, environment_without, clear=True):
        if base_url is not None:
            env["WAGTAILADMIN_BASE_URL"] = base_url
        result = run_manage("check", env=env)
    assert result.returncode != 0
    assert "WAGTAILADMIN_BASE_URL must be the site's public address" in result.stderr


def test_production_starts_with_a_public_address():
    result = run_manage(
        "shell",
        "-c",
        "from django.conf import settings; print(settings.WAGTAILADMIN_BASE_URL, settings.WAGTAILAPI_BASE_URL)",
        env={**PRODUCTION, "WAGTAILADMIN_BASE_URL": "https://belgium.example.org/"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-2:] == ["https://belgium.example.org", "https://belgium.example.org"]


@pytest.fixture
def production_headers(settings):
    settings.SECURE_HSTS_SECONDS = 31_536_000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    settings.SECURE_HSTS_PRELOAD = True
    settings.SESSION_COOKIE_SECURE = True
    settings.CSRF_COOKIE_SECURE = True


def test_public_pages_carry_the_security_headers(client, seeded_site, production_headers):
    response = client.get("/en/", secure=True)
    assert response.status_code == 200
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    policy = response["Content-Security-Policy"]
    script_src = next(part for part in policy.split(";") if part.strip().startswith("script-src"))
    assert "'unsafe-inline'" not in script_src
    assert "default-src 'self'" in policy
    assert "frame-ancestors 'none'" in policy


def test_the_admin_works_under_its_own_policy(admin_client, seeded_site):
    response = admin_client.get("/admin/")
    assert response.status_code == 200
    policy = response["Content-Security-Policy"]
    assert "'unsafe-inline'" in policy  # Wagtail's editor needs it
    assert "frame-ancestors 'self'" in policy


def test_secure_cookies_in_production(client, seeded_site, production_headers, django_user_model):
    django_user_model.objects.create_superuser("boss", "boss@example.org", "correct-horse-battery")
    response = client.post(
        "/admin/login/", {"username": "boss", "password": "correct-horse-battery"}, secure=True
    )
    assert response.cookies["sessionid"]["secure"]
    assert response.cookies["sessionid"]["httponly"]


def test_documents_are_downloads_that_cannot_run_as_pages(client, seeded_site):
    document = DocumentFactory(title="Report")
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
    directives = {part.strip() for part in response["Content-Security-Policy"].split(";")}
    assert directives == {"default-src 'none'", "sandbox"}  # in any order


def test_health_check_reports_database_and_cache(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}


def test_health_check_fails_when_the_cache_is_down(client, db, monkeypatch):
    def broken(*args, **kwargs):
        raise ConnectionError("cache down")

    monkeypatch.setattr(cache, "set", broken)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["cache"] == "unavailable"


def test_menu_and_footer_fragments_are_cached_and_invalidated(
    client, seeded_site, settings, django_assert_max_num_queries
):
    cache.clear()
    about = SectionPage.objects.get(locale__language_code="en", slug="about")
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(about.url)
    with CaptureQueriesContext(connection) as warm:
        client.get(about.url + "?nocache=1")
    cache.clear()
    with CaptureQueriesContext(connection) as cold:
        client.get(about.url + "?nocache=2")
    assert len(warm) < len(cold)

    who = SectionPage.objects.get(locale__language_code="en", slug="who-we-are")
    who.title = "Who We Really Are"
    who.save_revision().publish()
    assert ">Who We Really Are</a>" in client.get(about.url + "?nocache=3").content.decode()


def test_page_bodies_from_the_fragment_cache_follow_a_publish(client, seeded_site):
    """Without the page cache, a page's body and listings come from fragments that a publish replaces."""
    about = SectionPage.objects.get(locale__language_code="en", slug="about")
    parent = about.get_parent().specific
    assert about.title in client.get(parent.url).content.decode()  # the parent's card, now cached
    about.title = "About the office, renamed"
    about.save_revision().publish()
    assert "About the office, renamed" in client.get(parent.url).content.decode()
    assert "About the office, renamed" in client.get(about.url).content.decode()


def test_previews_never_use_or_fill_the_fragment_cache(client, seeded_site):
    about = SectionPage.objects.get(locale__language_code="en", slug="about")
    client.get(about.url)  # the published body is now a fragment
    about.intro = "An unsaved introduction, seen only in the preview."
    preview = about.make_preview_request()
    assert "An unsaved introduction, seen only in the preview." in preview.content.decode()
    assert "An unsaved introduction" not in client.get(about.url).content.decode()


def test_an_unknown_host_gets_the_400_page_with_the_security_headers(client, db, settings):
    """Django refuses the Host before any view runs; the answer must still forbid framing and scripts."""
    settings.ALLOWED_HOSTS = ["belgium.example.org"]
    for path in ("/en/", "/admin/login/", "/api/v2/pages/"):
        response = client.get(path, HTTP_HOST="evil.example")
        assert response.status_code == 400, path
        assert response["X-Frame-Options"] == "DENY", path
        assert "frame-ancestors" in response["Content-Security-Policy"], path
        assert response["X-Content-Type-Options"] == "nosniff", path


# --- Uploaded files under `make run` -------------------------------------------------------------------


def test_make_run_serves_uploaded_images_but_never_document_files(client, db, settings):
    import importlib

    from wagtail.models import Collection

    from tests.factories import ImageFactory

    assert importlib.import_module("website.settings.dev").SERVE_MEDIA is True
    settings.SERVE_MEDIA = True
    private = Collection.get_first_root_node().add_child(name="Staff documents")
    private.get_view_restrictions().model.objects.create(collection=private, restriction_type="login")
    document = DocumentFactory(collection=private, title="Staff rota")
    image = ImageFactory()
    assert client.get(f"/media/{image.file.name}").status_code == 200
    # The document's file is not reachable by its storage path, even under `make run`...
    for path in (document.file.name, "documents/", f"original_images/../{document.file.name}"):
        assert client.get(f"/media/{path}", follow=True).status_code == 404, path
    # ...only through /documents/, which asks a visitor to log in for a private collection.
    response = client.get(document.url)
    assert response.status_code == 302 and "login" in response["Location"]
    # Without SERVE_MEDIA (production), nothing is served from MEDIA_ROOT by the application.
    settings.SERVE_MEDIA = False
    assert client.get(f"/media/{image.file.name}", follow=True).status_code == 404
