"""HTTP caching headers for each kind of answer, and the application's fragment cache on a real Redis.

Public pages for anonymous visitors may be kept by a shared cache; anything that belongs to one visitor (a
session, a CSRF token, a form, a message, the admin, a preview, a private page, a logged-in user) says
`private, no-store`. The fragment cache runs here on the Redis that CI starts (127.0.0.1:6379, database 13, a
key prefix of this run): it fails, never skips, when Redis is missing.
"""

import os
import pickle
import runpy
import secrets
from pathlib import Path
from unittest import mock

import pytest
import redis
from django.core.cache import cache
from django.db import models
from django.test import override_settings
from django.urls import reverse
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import Page, PageViewRestriction

from core.cache import content_version
from core.models import ContentVersion
from engage.models import TakeActionPage
from home.models import FooterText
from news.models import StatementPage

ROOT = Path(__file__).resolve().parent.parent
REDIS_URL = "redis://127.0.0.1:6379/13"
RELEASE = f"test-http-cache-{secrets.token_hex(4)}"
DEAD_REDIS_URL = "redis://127.0.0.1:1/13"


def settings_caches(redis_url, release=RELEASE):
    """CACHES exactly as website/settings/base.py builds them for this REDIS_URL and release."""
    with mock.patch.dict(os.environ, {"REDIS_URL": redis_url, "RELEASE": release}):
        return runpy.run_path(str(ROOT / "website" / "settings" / "base.py"))["CACHES"]


def redis_client():
    return redis.Redis.from_url(REDIS_URL, socket_timeout=5)


@pytest.fixture
def real_redis():
    """The cache as production builds it, on the real Redis; this run's keys are deleted after."""
    redis_client().ping()  # fails the test when Redis is not running
    caches = settings_caches(REDIS_URL)
    assert caches["default"]["BACKEND"] == "django_redis.cache.RedisCache"
    with override_settings(CACHES=caches):
        yield redis_client()
    client = redis_client()
    keys = list(client.scan_iter(match=f"{RELEASE}:*", count=500))
    if keys:
        client.delete(*keys)


def cache_control(response):
    return {part.strip() for part in response.get("Cache-Control", "").split(",") if part.strip()}


def assert_private(response):
    assert {"private", "no-store"} <= cache_control(response), response.get("Cache-Control")
    assert "public" not in cache_control(response)
    assert "s-maxage" not in response.get("Cache-Control", "")


def seeded(slug, language="en"):
    return Page.objects.get(locale__language_code=language, slug=slug).specific


# --- Headers ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("language", ["en", "fr", "nl", "de"])
def test_public_pages_may_be_kept_by_shared_caches(client, seeded_site, settings, language):
    settings.HTTP_CACHE_MAX_AGE, settings.HTTP_CACHE_S_MAXAGE = 60, 3600
    about = seeded("about", "en").get_translation(
        Page.objects.get(locale__language_code=language, depth=2).locale
    )
    response = client.get(about.url)
    assert response.status_code == 200
    assert cache_control(response) == {"public", "max-age=60", "s-maxage=3600"}
    assert "Set-Cookie" not in response
    vary = {part.strip().lower() for part in response.get("Vary", "").split(",") if part.strip()}
    # Every address carries its language: pages never vary on the browser's languages.
    assert "accept-language" not in vary


def test_the_home_page_and_listings_are_public(client, seeded_site):
    for url in (
        "/en/",
        "/fr/",
        "/en/news/",
        "/en/news/?kind=statement",
        "/en/news/feed/rss/",
        "/sitemap.xml",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert "public" in cache_control(response), url


def test_a_missing_page_is_public_but_an_outage_is_not(client, seeded_site):
    assert "public" in cache_control(client.get("/en/no-such-page/"))


def test_logged_in_users_get_private_answers(admin_client, seeded_site):
    for url in ("/en/", seeded("about").url):
        assert_private(admin_client.get(url))


def test_the_admin_is_private(admin_client, client, seeded_site):
    assert_private(admin_client.get("/admin/"))
    assert_private(client.get("/admin/login/"))
    assert_private(client.get("/django-admin/login/"))


def test_a_page_with_a_form_is_private(client, seeded_site):
    page = TakeActionPage.objects.get(locale__language_code="en")
    response = client.get(page.url)
    assert response.status_code == 200
    assert 'name="csrfmiddlewaretoken"' in response.content.decode()
    assert_private(response)


def test_the_thank_you_page_after_a_form_is_public(client, seeded_site):
    page = TakeActionPage.objects.get(locale__language_code="en")
    response = client.get(page.url + "?sent=1")
    assert response.status_code == 200
    assert "public" in cache_control(response)


def test_a_visitor_with_a_session_or_a_message_gets_private_answers(client, seeded_site, settings):
    client.cookies[settings.SESSION_COOKIE_NAME] = "not-a-real-session"
    assert_private(client.get(seeded("about").url))
    del client.cookies[settings.SESSION_COOKIE_NAME]
    client.cookies["messages"] = "a message"
    assert_private(client.get(seeded("about").url))


def test_password_protected_and_private_pages_are_private(client, seeded_site):
    about = seeded("about")
    PageViewRestriction.objects.create(page=about, restriction_type="password", password="a long password")
    response = client.get(about.url)
    assert response.status_code == 200 and "password" in response.content.decode().lower()
    assert_private(response)

    who = seeded("who-we-are")
    PageViewRestriction.objects.create(page=who, restriction_type="login")
    response = client.get(who.url)
    assert response.status_code == 302
    assert_private(response)


def test_previews_are_private(admin_client, seeded_site):
    about = seeded("about")
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[about.pk])
    response = admin_client.get(url)
    assert_private(response)


def test_search_is_not_kept_by_shared_caches(client, seeded_site):
    response = client.get("/en/search/?q=migration")
    assert response.status_code == 200
    assert "public" not in cache_control(response)
    assert "s-maxage" not in response.get("Cache-Control", "")


def test_posts_and_errors_are_never_public(client, seeded_site):
    page = TakeActionPage.objects.get(locale__language_code="en")
    assert_private(client.post(page.url, {}))
    assert_private(client.get("/healthz"))


# --- Content version -------------------------------------------------------------------------------------
def test_publishing_raises_the_content_version_and_a_draft_does_not(seeded_site):
    about = seeded("about")
    before = content_version()
    about.intro = "A draft nobody sees yet."
    about.save_revision()
    assert content_version() == before
    about.save_revision().publish()
    assert content_version() == before + 1
    about.unpublish()
    assert content_version() == before + 2


def test_moving_deleting_and_snippets_raise_the_content_version(seeded_site):
    statement = StatementPage.objects.filter(locale__language_code="en").first()
    before = content_version()
    footer = FooterText.objects.first()
    footer.save()
    assert content_version() > before
    before = content_version()
    statement.move(statement.get_parent().get_parent(), pos="last-child")
    assert content_version() > before
    before = content_version()
    statement.delete()
    assert content_version() > before
    assert ContentVersion.objects.count() == 1


# --- Fragment cache on Redis ------------------------------------------------------------------------------
def test_the_menu_and_footer_come_from_redis_and_follow_a_publish(client, seeded_site, real_redis):
    about = seeded("about")
    who = seeded("who-we-are")
    client.get(about.url)
    keys = [key.decode() for key in real_redis.scan_iter(match=f"{RELEASE}:*", count=500)]
    assert any("template.cache.footer" in key for key in keys), keys
    assert any("fragment:" in key for key in keys), keys

    who.title = "Who We Really Are"
    who.save_revision().publish()
    assert ">Who We Really Are</a>" in client.get(about.url).content.decode()


def test_no_page_site_or_route_is_pickled_into_redis(client, seeded_site, real_redis):
    for url in ("/en/", seeded("about").url, "/en/news/", "/fr/", "/en/search/?q=migration"):
        assert client.get(url).status_code == 200
    keys = list(real_redis.scan_iter(match=f"{RELEASE}:*", count=500))
    assert keys
    for key in keys:
        if b":wagtail-rendition-" in key:  # Wagtail's own rendition cache (per release, like every key)
            continue
        raw = real_redis.get(key)
        try:
            value = pickle.loads(raw)  # noqa: S301 - our own test keys
        except Exception:  # noqa: S112 - django-redis stores plain integers unpickled
            continue
        for item in value if isinstance(value, list | tuple) else [value]:
            assert not isinstance(item, models.Model | Page), (key, type(item))


def test_a_redis_that_missed_a_change_never_serves_the_old_fragment(client, seeded_site, real_redis):
    """Cut Redis, make a page private and publish another; restore Redis: no visitor sees the old versions."""
    about, who = seeded("about"), seeded("who-we-are")
    assert about.title in client.get("/en/").content.decode()  # the menu, now kept in Redis
    assert client.get(who.url).status_code == 200

    with override_settings(CACHES=settings_caches(DEAD_REDIS_URL)):
        cache.get("anything")  # the dead Redis answers nothing, and nothing fails
        PageViewRestriction.objects.create(page=about, restriction_type="login")
        who.title = "Who We Are Now"
        who.save_revision().publish()
        assert client.get("/en/").status_code == 200

    # Redis is back with every key it held before the outage: none of them is read again.
    menu = client.get("/en/").content.decode()
    assert ">Who We Are Now</a>" in menu
    assert f">{about.title}</a>" not in menu  # private pages leave the menu
    response = client.get(about.url)
    assert response.status_code == 302  # to the login page, never the cached public body
    assert_private(response)


def test_releases_do_not_share_entries(client, seeded_site, real_redis):
    client.get("/en/")
    with override_settings(CACHES=settings_caches(REDIS_URL, release=f"{RELEASE}-next")):
        assert cache.get(f"fragment:{content_version()}:locale-codes") is None
        client.get("/en/")
    next_keys = list(real_redis.scan_iter(match=f"{RELEASE}-next:*", count=500))
    assert next_keys
    real_redis.delete(*next_keys)


def test_what_visitors_do_never_changes_the_content_version(client, seeded_site):
    """A visitor's form submission or a rendition made for their page must not empty anybody's cache."""
    from tests.test_faults import take_action_answers

    page = TakeActionPage.objects.get(locale__language_code="en")
    before = content_version()
    answers = take_action_answers(page)
    response = client.post(page.url, answers)
    assert response.status_code == 303 and FormSubmission.objects.filter(page=page).exists()
    for url in ("/en/", seeded("about").url, "/en/news/"):
        client.get(url)
    assert content_version() == before


def test_what_visitors_type_never_becomes_a_cache_key(client, seeded_site, real_redis):
    """Searches, filters and page numbers of any value: the number of keys stays what the content needs."""
    for url in (
        "/en/",
        "/en/news/",
        "/en/news/?page=2",  # the last page: a page number beyond it shows that one
        "/en/search/?q=migration",
        "/en/search/?q=zzzqqq",
        "/en/news/?kind=statement",
    ):
        client.get(url)
    keys_before = set(real_redis.scan_iter(match=f"{RELEASE}:*", count=500))
    for n in range(25):
        token = secrets.token_hex(8)
        for url in (
            f"/en/search/?q={token}+migration",
            f"/en/news/?topic={token}&year={n + 1000}&page={n * 7919}",
            f"/en/news/?kind={token}",
            f"/en/?{token}={n}",
            f"/en/news/feed/rss/?topic={token}",
        ):
            assert client.get(url).status_code in (200, 404), url
    new_keys = {
        key.decode()
        for key in set(real_redis.scan_iter(match=f"{RELEASE}:*", count=500)) - keys_before
        # The log of searches (search/hits.py): numbered entries, moved to the database and deleted in batches.
        if ":search-hits:entry:" not in key.decode()
    }
    assert not new_keys, sorted(new_keys)
