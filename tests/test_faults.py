"""Faults: the site while PostgreSQL or Redis is down, and its recovery when they come back.

Database outages are simulated in two ways:

- on any database (SQLite too), by making every attempt to use a connection fail exactly as a stopped
  server makes it fail (an OperationalError from `ensure_connection`, which every query goes through);
- on PostgreSQL, for real: the connection is pointed at a port where nothing listens (a stopped server) or
  its server process is killed with pg_terminate_backend (a restart or failover), then the database comes
  back and the next request must succeed without restarting anything.

Redis outages point the cache, built exactly as the settings build it for a REDIS_URL, at a closed port.
"""

import os
import runpy
from contextlib import contextmanager
from pathlib import Path
from unittest import mock

import pytest
from django.core.handlers.wsgi import WSGIHandler
from django.db import OperationalError, connection
from django.db.backends.base.base import BaseDatabaseWrapper
from django.test import Client, RequestFactory, override_settings
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import Collection, Locale, Page, Site
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from core.faults import RETRY_AFTER_SECONDS
from engage.forms import CONSENT_FIELD, HONEYPOT_FIELD
from engage.models import FormField, TakeActionPage
from home.models import SectionPage
from tests.factories import HomePageFactory, SectionPageFactory

ROOT = Path(__file__).resolve().parent.parent
IS_POSTGRES = connection.vendor == "postgresql"
CLOSED_PORT = "1"  # nothing listens there: connections are refused at once, as by a stopped server

UNAVAILABLE = {
    "en": "The site is temporarily unavailable",
    "fr": "Le site est momentanément indisponible",
    "nl": "De website is tijdelijk niet beschikbaar",
    "de": "Die Website ist vorübergehend nicht erreichbar",
}
NOT_SENT = {
    "en": "Your message was not sent",
    "fr": "Votre message n’a pas été envoyé",
    "nl": "Uw bericht is niet verzonden",
    "de": "Ihre Nachricht wurde nicht gesendet",
}
THANK_YOU = {"en": "Thank you", "fr": "Merci", "nl": "Bedankt", "de": "Danke"}
SIMULATED_ERROR = (
    'connection to server at "127.0.0.1", port 5432 failed: Connection refused (simulated outage)'
)


@contextmanager
def database_down():
    """Every use of a database connection fails, as when PostgreSQL is stopped."""

    def refuse(self, *args, **kwargs):
        raise OperationalError(SIMULATED_ERROR)

    with mock.patch.object(BaseDatabaseWrapper, "ensure_connection", refuse):
        yield


def seeded_page(slug, code="en"):
    """A seeded section page in a language (slugs are translated: found through the English page)."""
    page = SectionPage.objects.get(locale__language_code="en", slug=slug)
    return page if code == "en" else page.get_translation(Locale.objects.get(language_code=code)).specific


def body(response):
    return response.content.decode()


def assert_friendly_503(response, text):
    assert response.status_code == 503, body(response)[:500]
    assert response["Retry-After"] == str(RETRY_AFTER_SECONDS)
    assert "no-store" in response["Cache-Control"]
    content = body(response)
    assert text in content
    for leak in ("Traceback", "OperationalError", "InterfaceError", "Connection refused", "port 5432"):
        assert leak not in content
    assert 'class="site-header"' in content  # the site's look, not a bare server error


def take_action_answers(page):
    """A visitor's valid answers to the page's form (read before any outage: the form is in the database)."""
    answers = {
        "name": "Marie Dupont",
        "email": "marie@example.org",
        "message": "I could help on Saturdays.",
        CONSENT_FIELD: "on",
        HONEYPOT_FIELD: "",
    }
    dropdown = page.get_form().fields.get("how_to_help")
    if dropdown is not None:
        answers["how_to_help"] = dropdown.choices[1][0]  # the first real choice, in the page's language
    return answers


# --- Database outage, simulated (any database) --------------------------------------------------------


@pytest.mark.parametrize("code", ["en", "fr", "nl", "de"])
def test_visitors_get_a_friendly_503_in_their_language_and_the_site_recovers(client, seeded_site, code):
    about = seeded_page("about", code)
    url = about.url
    assert url.startswith(f"/{code}/")
    with database_down():
        response = client.get(url)
    assert_friendly_503(response, UNAVAILABLE[code])
    assert response["Content-Language"] == code
    assert f'<html lang="{code}"' in body(response)
    if code != "en":
        assert UNAVAILABLE["en"] not in body(response)

    # The database is back: the very next request is served, nothing restarted.
    recovered = client.get(url)
    assert recovered.status_code == 200
    assert about.title in body(recovered)


def test_the_503_page_needs_no_database_at_all(client, db, django_assert_num_queries):
    """Rendered from a plain context: no menu, footer, settings, session or user is looked up."""
    from core.faults import unavailable_response

    request = RequestFactory().get("/de/some-page/")
    with django_assert_num_queries(0), database_down():
        response = unavailable_response(request)
    assert_friendly_503(response, UNAVAILABLE["de"])


@pytest.mark.parametrize("code", ["en", "fr"])
def test_a_form_sent_during_the_outage_is_never_thanked_and_says_it_was_not_sent(client, seeded_site, code):
    page = TakeActionPage.objects.get(locale__language_code=code)
    url, answers = page.url, take_action_answers(page)
    stored_before = FormSubmission.objects.count()
    with database_down():
        response = client.post(url, answers)
        get_response = client.get(url)
    assert_friendly_503(response, NOT_SENT[code])
    assert THANK_YOU[code] not in body(response)
    assert UNAVAILABLE[code] not in body(response)
    # A visitor who only reads gets the other wording.
    assert_friendly_503(get_response, UNAVAILABLE[code])
    assert NOT_SENT[code] not in body(get_response)
    assert FormSubmission.objects.count() == stored_before

    # Sent again once the database is back, the message arrives.
    again = client.post(url, answers, follow=True)
    assert again.status_code == 200
    assert THANK_YOU[code] in body(again)
    assert FormSubmission.objects.count() == stored_before + 1


def test_outage_pages_are_never_kept_by_a_shared_cache(client, seeded_site):
    """A page answers public and cacheable; during an outage its 503 says no-store, so that a front cache
    (Varnish, which keeps serving its stale copy meanwhile: tests/test_varnish.py) never keeps the 503."""
    about = SectionPage.objects.get(locale__language_code="en", slug="about")
    first = client.get(about.url)
    assert first.status_code == 200 and "public" in first["Cache-Control"]

    with database_down():
        unavailable = client.get(about.url)
    assert_friendly_503(unavailable, UNAVAILABLE["en"])
    assert "no-store" in unavailable["Cache-Control"] and "public" not in unavailable["Cache-Control"]

    assert client.get(about.url).status_code == 200


def test_the_health_check_reports_the_database_down(client, db):
    with database_down():
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "database": "unavailable", "cache": "ok"}
    assert client.get("/healthz").status_code == 200


class SessionCheckMiddleware:
    """A middleware further down the stack that reads the database before the view (as a session store would)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        Site.objects.exists()
        return self.get_response(request)


def test_a_database_error_in_a_later_middleware_is_the_503_page_too(site, settings):
    settings.MIDDLEWARE = [*settings.MIDDLEWARE, f"{__name__}.SessionCheckMiddleware"]
    # Django turns a middleware's exception into a 500 answer on the spot; the test client would raise it
    # again, as a server never does.
    client = Client(raise_request_exception=False)
    with database_down():
        response = client.get("/fr/")
    assert_friendly_503(response, UNAVAILABLE["fr"])
    assert "Content-Security-Policy" in response
    assert client.get("/en/").status_code == 200


def test_other_errors_are_left_to_the_500_page(site, settings):
    settings.MIDDLEWARE = [*settings.MIDDLEWARE, f"{__name__}.SessionCheckMiddleware"]
    client = Client(raise_request_exception=False)
    with mock.patch.object(Site.objects, "exists", side_effect=RuntimeError("a bug, not an outage")):
        response = client.get("/en/")
    assert response.status_code == 500
    assert "Retry-After" not in response


# --- Database outage, for real (PostgreSQL) -------------------------------------------------------------

# SQLite has no server to stop or kill: these run in CI's PostgreSQL pass (deselected on SQLite, tests/conftest.py).
postgres_only = pytest.mark.postgresql


@pytest.fixture
def outage_site(transactional_db, locales):
    """A home page served by the default site, outside any test transaction (real connections are closed and
    reopened). What a flush by an earlier transactional test removed is made again first, as seed_site does."""
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", slug="root", locale=Locale.get_default()))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    home = HomePageFactory(parent=Page.get_first_root_node(), title="Home", slug="home-outage")
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "port": 80, "root_page": home}
    )
    return Site.objects.get(is_default_site=True)


def make_take_action_page(home):
    section = SectionPageFactory(parent=home, title="Get involved", slug="get-involved")
    page = section.add_child(
        instance=TakeActionPage(title="Take action", slug="take-action", locale_id=section.locale_id)
    )
    for order, (label, field_type) in enumerate(
        [("Name", "singleline"), ("Email", "email"), ("Message", "multiline")]
    ):
        page.form_fields.add(
            FormField(
                locale_id=page.locale_id, sort_order=order, label=label, field_type=field_type, required=True
            )
        )
    page.save_revision().publish()
    return page


@contextmanager
def postgres_stopped():
    """The default connection now reaches a port where nothing listens, as when PostgreSQL is stopped."""
    settings_dict = connection.settings_dict
    saved = settings_dict["HOST"], settings_dict["PORT"]
    connection.close()
    settings_dict["HOST"], settings_dict["PORT"] = "127.0.0.1", CLOSED_PORT
    try:
        yield
    finally:
        # PostgreSQL is started again: nothing else is done, the next query connects by itself.
        settings_dict["HOST"], settings_dict["PORT"] = saved


def backend_pid():
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        return cursor.fetchone()[0]


def terminate_backend(pid):
    """Kill one server process from outside, as a PostgreSQL restart or failover does to every connection."""
    import psycopg

    params = connection.get_connection_params()
    params.pop("cursor_factory", None)
    params.pop("context", None)
    params.pop("prepare_threshold", None)
    with psycopg.connect(**params, autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", [pid])


def wsgi_get(path):
    """A GET through Django's WSGI handler, as gunicorn calls it: with the request_started/finished signals
    that check and close connections (the test client leaves those out)."""
    environ = RequestFactory().get(path).environ
    statuses = []
    response = WSGIHandler()(environ, lambda status, headers, exc_info=None: statuses.append(status))
    content = b"".join(response)
    response.close()  # request_finished: close_old_connections()
    return int(statuses[0].split()[0]), content.decode()


@postgres_only
def test_postgres_stopped_then_started_again(outage_site, settings):
    home = outage_site.root_page
    form_page = make_take_action_page(home)
    section = form_page.get_parent().specific
    answers = take_action_answers(form_page)
    home_url, section_url, form_url = home.url, section.url, form_page.url
    client = Client()
    assert client.get(section_url).status_code == 200

    with postgres_stopped():
        page = client.get(home_url)
        cached = client.get(section_url)
        sent = client.post(form_url, answers)
        health = client.get("/healthz")
    assert_friendly_503(page, UNAVAILABLE["en"])
    assert_friendly_503(cached, UNAVAILABLE["en"])  # no page cache in the application: the edge keeps pages
    assert "no-store" in cached["Cache-Control"]
    assert_friendly_503(sent, NOT_SENT["en"])
    assert THANK_YOU["en"] not in body(sent)
    assert health.status_code == 503
    assert health.json()["database"] == "unavailable"

    # Started again: the next requests are served, nothing restarted or reset by hand.
    assert client.get(home_url).status_code == 200
    again = client.post(form_url, answers, follow=True)
    assert THANK_YOU["en"] in body(again)
    assert FormSubmission.objects.filter(page=form_page).count() == 1
    assert client.get("/healthz").status_code == 200


@postgres_only
def test_a_connection_killed_by_a_postgres_restart_is_replaced_before_use(outage_site):
    """CONN_MAX_AGE keeps connections between requests; CONN_HEALTH_CHECKS notices a dead one and reconnects."""
    assert connection.settings_dict["CONN_MAX_AGE"] > 0
    assert connection.settings_dict["CONN_HEALTH_CHECKS"] is True
    status, _content = wsgi_get("/en/")
    assert status == 200
    assert connection.connection is not None  # kept for the next request
    old_pid = backend_pid()

    terminate_backend(old_pid)
    status, content = wsgi_get("/en/")
    assert status == 200, content[:300]
    assert backend_pid() != old_pid


@postgres_only
def test_without_health_checks_one_request_fails_politely_and_the_next_reconnects(outage_site):
    """Even when a dead connection is used, the visitor gets the 503 page and the connection is dropped."""
    connection.close()
    connection.settings_dict["CONN_HEALTH_CHECKS"] = False
    try:
        assert wsgi_get("/en/")[0] == 200
        old_pid = backend_pid()
        terminate_backend(old_pid)

        status, content = wsgi_get("/en/")
        assert status == 503
        assert UNAVAILABLE["en"] in content
        assert "Traceback" not in content
        assert connection.connection is None  # closed after the failing request

        assert wsgi_get("/en/")[0] == 200
        assert backend_pid() != old_pid
    finally:
        connection.settings_dict["CONN_HEALTH_CHECKS"] = True
        connection.close()


@postgres_only
def test_a_killed_connection_is_closed_by_the_middleware_even_without_django_signals(outage_site):
    """The test client sends no request_finished to close connections; the middleware closes the dead one."""
    connection.close()
    connection.settings_dict["CONN_HEALTH_CHECKS"] = False
    client = Client()
    try:
        assert client.get("/en/").status_code == 200
        terminate_backend(backend_pid())
        assert_friendly_503(client.get("/en/"), UNAVAILABLE["en"])
        assert connection.connection is None
        assert client.get("/en/").status_code == 200
    finally:
        connection.settings_dict["CONN_HEALTH_CHECKS"] = True
        connection.close()


# --- Redis outage ----------------------------------------------------------------------------------------

REDIS_DOWN_URL = f"redis://127.0.0.1:{CLOSED_PORT}/0"


def caches_for(redis_url):
    """CACHES exactly as website/settings/base.py builds them for this REDIS_URL, whatever backend it names."""
    with mock.patch.dict(os.environ, {"REDIS_URL": redis_url}):
        return runpy.run_path(str(ROOT / "website" / "settings" / "base.py"))["CACHES"]


@pytest.fixture
def redis_down(settings):
    caches = caches_for(REDIS_DOWN_URL)
    assert "redis" in caches["default"]["BACKEND"].lower(), caches
    # Undone before the autouse fixture clears the test cache at the end.
    with override_settings(CACHES=caches):
        yield


def test_pages_are_served_uncached_while_redis_is_down(client, seeded_site, redis_down):
    about = seeded_page("about", "fr")
    for _ in range(2):
        response = client.get(about.url)
        assert response.status_code == 200
        assert response.get("X-Page-Cache") != "hit"
        assert about.title in body(response)
    assert client.get("/en/").status_code == 200


def test_the_health_check_reports_the_cache_down_while_pages_work(client, seeded_site, redis_down):
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "database": "ok", "cache": "unavailable"}
    assert client.get("/en/").status_code == 200


def test_publishing_works_while_redis_is_down(admin_client, client, seeded_site, redis_down):
    about = SectionPage.objects.get(locale__language_code="en", slug="about")
    from django.urls import reverse

    response = admin_client.post(
        reverse("wagtailadmin_pages:edit", args=[about.pk]),
        nested_form_data(
            {
                "title": about.title,
                "slug": about.slug,
                "intro": "Published while the cache was down.",
                "body": streamfield([("paragraph", rich_text("<p>Still publishing.</p>"))]),
                "show_child_cards": "on",
                "goal_links": inline_formset([]),
                "comments": inline_formset([]),
                "action-publish": "action-publish",
            }
        ),
    )
    assert response.status_code == 302, body(response)[:2000]
    about.refresh_from_db()
    assert about.intro == "Published while the cache was down."
    assert about.live and not about.has_unpublished_changes
    assert "Published while the cache was down." in body(client.get(about.url))


def test_the_take_action_form_accepts_messages_while_redis_is_down(client, seeded_site, redis_down):
    page = TakeActionPage.objects.get(locale__language_code="en")
    stored_before = FormSubmission.objects.count()
    response = client.post(page.url, take_action_answers(page), follow=True)
    assert response.status_code == 200
    assert THANK_YOU["en"] in body(response)
    assert FormSubmission.objects.count() == stored_before + 1
