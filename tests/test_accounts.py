"""Accounts: login throttling (django-axes), password rules and session lifetime, through the admin's own views."""

import datetime
import html
import threading
from types import SimpleNamespace
from unittest import mock

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib.auth.models import Group
from django.contrib.sessions.models import Session
from django.core import checks
from django.core.mail import EmailMultiAlternatives
from django.core.management import call_command
from django.test import Client, RequestFactory
from django.utils import timezone

from core.accounts import PASSWORD_RESET_EMAILS_PER_ADDRESS, wait_for_emails
from core.auth import login_client_ip

pytestmark = pytest.mark.django_db

PASSWORD = "violet-harbour-lantern-42"
WRONG = "not-the-password"
LOGIN = "/admin/login/"
MISMATCH = "didn&#x27;t match"  # Wagtail's "Your username and password didn't match", as rendered


@pytest.fixture
def make_user(django_user_model):
    def make(username, superuser=True):
        if superuser:
            return django_user_model.objects.create_superuser(username, f"{username}@example.org", PASSWORD)
        user = django_user_model.objects.create_user(
            username, f"{username}@example.org", PASSWORD, first_name="Eddie", last_name="Tor"
        )
        user.groups.add(Group.objects.get(name="Editors"))
        return user

    return make


@pytest.fixture
def marie(make_user):
    return make_user("marie")


@pytest.fixture
def jan(make_user):
    return make_user("jan", superuser=False)


def attempt(username, password, address, **extra):
    """One login through Wagtail's form, from a fresh browser at `address`."""
    return Client().post(LOGIN, {"username": username, "password": password}, REMOTE_ADDR=address, **extra)


def logged_in(response):
    return response.status_code == 302 and response["Location"] == "/admin/"


def locked_out(response):
    return response.status_code == 429 and "Too many login attempts" in response.content.decode()


# --- Throttling -------------------------------------------------------------------------------------------


def test_the_admin_login_goes_through_the_throttle():
    assert settings.AUTHENTICATION_BACKENDS[0] == "core.auth.LoginThrottleBackend"
    assert "axes.middleware.AxesMiddleware" in settings.MIDDLEWARE
    assert settings.AXES_FAILURE_LIMIT == 5
    assert settings.AXES_COOLOFF_TIME == datetime.timedelta(minutes=15)
    assert settings.AXES_RESET_ON_SUCCESS is True
    assert [m for m in checks.run_checks() if m.id.startswith("axes.")] == []


def test_an_account_is_locked_after_five_failures_from_any_addresses(marie):
    for n in range(1, 5):
        response = attempt("marie", WRONG, f"198.51.100.{n}")
        assert response.status_code == 200
        assert MISMATCH in response.content.decode()  # the usual form error before the limit
    fifth = attempt("marie", WRONG, "198.51.100.5")
    assert locked_out(fifth)

    # The sixth attempt, from yet another address and with the right password, is refused.
    sixth = attempt("marie", PASSWORD, "198.51.100.6")
    assert locked_out(sixth)
    assert sixth["Retry-After"] == "900"
    assert "Please wait 15 minutes before trying again." in sixth.content.decode()
    assert "sessionid" not in sixth.cookies or not sixth.cookies["sessionid"].value
    assert sixth["Content-Security-Policy"]  # the page carries the site's headers
    assert sixth["X-Frame-Options"] == "DENY"


def test_an_address_is_locked_after_five_failures_for_any_accounts(marie, jan):
    for name in ["admin", "root", "editor", "webmaster", "marie"]:
        attempt(name, WRONG, "192.0.2.10")
    assert locked_out(attempt("jan", PASSWORD, "192.0.2.10"))  # an account with no failures, same address
    # Other addresses are unaffected, and so are the accounts tried, which had one failure each at most.
    assert logged_in(attempt("jan", PASSWORD, "192.0.2.11"))
    assert logged_in(attempt("marie", PASSWORD, "192.0.2.12"))


def test_other_accounts_and_addresses_are_unaffected_by_a_locked_account(marie, jan):
    for n in range(5):
        attempt("marie", WRONG, f"198.51.100.{n}")
    assert locked_out(attempt("marie", PASSWORD, "203.0.113.1"))
    assert logged_in(attempt("jan", PASSWORD, "198.51.100.4"))  # one of the addresses used against marie
    assert logged_in(attempt("jan", PASSWORD, "203.0.113.2"))


def test_a_successful_login_clears_the_accounts_failures(marie):
    for _ in range(4):
        attempt("marie", WRONG, "203.0.113.5")
    assert logged_in(attempt("marie", PASSWORD, "203.0.113.5"))
    assert not AccessAttempt.objects.filter(username="marie").exists()
    for _ in range(4):
        assert not locked_out(attempt("marie", WRONG, "203.0.113.5"))
    assert logged_in(attempt("marie", PASSWORD, "203.0.113.5"))


def test_logging_in_to_ones_own_account_does_not_clear_guesses_at_a_colleagues(marie, jan):
    for _ in range(4):
        attempt("marie", WRONG, "203.0.113.9")
    assert logged_in(attempt("jan", PASSWORD, "203.0.113.9"))
    assert locked_out(attempt("marie", WRONG, "203.0.113.9"))
    assert locked_out(attempt("marie", PASSWORD, "198.51.100.77"))


def test_axes_reset_unlocks_at_once(marie):
    for _ in range(5):
        attempt("marie", WRONG, "203.0.113.20")
    assert locked_out(attempt("marie", PASSWORD, "203.0.113.20"))
    call_command("axes_reset", stdout=mock.MagicMock())
    assert logged_in(attempt("marie", PASSWORD, "203.0.113.20"))


def test_the_lock_lifts_after_the_cool_off(marie):
    for _ in range(5):
        attempt("marie", WRONG, "203.0.113.30")
    assert locked_out(attempt("marie", PASSWORD, "203.0.113.30"))
    AccessAttempt.objects.update(attempt_time=timezone.now() - datetime.timedelta(minutes=16))
    assert logged_in(attempt("marie", PASSWORD, "203.0.113.30"))


def test_behind_a_proxy_each_visitor_is_counted_by_the_address_the_proxy_saw(settings, marie, jan):
    settings.TRUSTED_PROXY_COUNT = 1
    proxy = "10.0.0.2"
    for name in ["a", "b", "c", "d", "e"]:
        # Whatever a visitor writes in X-Forwarded-For comes before the entry our proxy appends.
        attempt(name, WRONG, proxy, HTTP_X_FORWARDED_FOR=f"1.2.3.{len(name)}, 198.51.100.50")
    assert locked_out(attempt("jan", PASSWORD, proxy, HTTP_X_FORWARDED_FOR="198.51.100.50"))
    assert logged_in(attempt("jan", PASSWORD, proxy, HTTP_X_FORWARDED_FOR="198.51.100.51"))


def test_without_a_trusted_proxy_a_forged_forwarded_for_changes_nothing(marie):
    for n in range(5):
        attempt(f"user{n}", WRONG, "198.51.100.60", HTTP_X_FORWARDED_FOR=f"203.0.113.{n}")
    assert locked_out(attempt("marie", PASSWORD, "198.51.100.60", HTTP_X_FORWARDED_FOR="203.0.113.99"))


def test_ipv6_visitors_are_counted_by_their_64_network():
    factory = RequestFactory()
    one = factory.get("/", REMOTE_ADDR="2001:db8:1:2:aaaa::1")
    other = factory.get("/", REMOTE_ADDR="2001:db8:1:2:ffff::9")
    assert login_client_ip(one) == login_client_ip(other) == "2001:db8:1:2::"
    assert login_client_ip(factory.get("/", REMOTE_ADDR="192.0.2.1")) == "192.0.2.1"
    assert login_client_ip(factory.get("/", REMOTE_ADDR="")) is None


def test_the_lockout_page_is_translated(marie):
    for _ in range(5):
        attempt("marie", WRONG, "203.0.113.40")
    response = attempt("marie", PASSWORD, "203.0.113.40", HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 429
    page = html.unescape(response.content.decode())
    assert '<html lang="fr">' in page
    assert "Trop de tentatives de connexion" in page
    assert "Veuillez patienter 15 minutes avant de réessayer." in page


def test_code_that_authenticates_without_a_request_still_works(client, marie):
    """Django's test client and management commands call authenticate() without a request: not throttled."""
    assert client.login(username="marie", password=PASSWORD)
    assert client.get("/admin/").status_code == 200


# --- Passwords ------------------------------------------------------------------------------------------


def test_password_rules():
    validators = {v["NAME"].rsplit(".", 1)[1]: v for v in settings.AUTH_PASSWORD_VALIDATORS}
    assert validators["MinimumLengthValidator"]["OPTIONS"]["min_length"] >= 12
    assert {"UserAttributeSimilarityValidator", "CommonPasswordValidator", "NumericPasswordValidator"} <= set(
        validators
    )


@pytest.mark.parametrize(
    ("password", "message"),
    [
        ("password123", "This password is too common."),
        ("password123", "This password is too short. It must contain at least 12 characters."),
        ("Xq7!vB2#", "This password is too short. It must contain at least 12 characters."),
        ("839274619283", "This password is entirely numeric."),
        ("lucie.peeters", "The password is too similar to the"),
    ],
)
def test_creating_a_user_refuses_weak_passwords(client, marie, django_user_model, password, message):
    client.force_login(marie)
    response = client.post(
        "/admin/users/new/",
        {
            "username": "lucie.peeters",
            "email": "lucie.peeters@example.org",
            "first_name": "Lucie",
            "last_name": "Peeters",
            "password1": password,
            "password2": password,
        },
    )
    assert response.status_code == 200
    assert message in html.unescape(response.content.decode())
    assert not django_user_model.objects.filter(username="lucie.peeters").exists()


def test_creating_a_user_accepts_a_strong_password(client, marie, django_user_model):
    client.force_login(marie)
    response = client.post(
        "/admin/users/new/",
        {
            "username": "lucie.peeters",
            "email": "lucie.peeters@example.org",
            "first_name": "Lucie",
            "last_name": "Peeters",
            "password1": "granite-meadow-violin-7",
            "password2": "granite-meadow-violin-7",
        },
    )
    assert response.status_code == 302
    assert django_user_model.objects.get(username="lucie.peeters").check_password("granite-meadow-violin-7")


@pytest.mark.parametrize(
    ("password", "message"),
    [
        ("password123", "This password is too common."),
        ("short-1", "This password is too short. It must contain at least 12 characters."),
    ],
)
def test_changing_ones_password_refuses_weak_ones(client, jan, password, message):
    client.force_login(jan)
    response = client.post(
        "/admin/account/",
        {
            "password-old_password": PASSWORD,
            "password-new_password1": password,
            "password-new_password2": password,
        },
    )
    assert response.status_code == 200
    assert message in html.unescape(response.content.decode())
    jan.refresh_from_db()
    assert jan.check_password(PASSWORD)


# --- Sessions -------------------------------------------------------------------------------------------


def form_login(client, remember=False):
    data = {"username": "jan", "password": PASSWORD}
    if remember:
        data["remember"] = "on"
    response = client.post(LOGIN, data)
    assert logged_in(response)
    return response


@pytest.mark.parametrize("remember", [False, True])
def test_an_admin_session_ends_after_a_working_day(client, jan, remember):
    assert settings.SESSION_COOKIE_AGE == 8 * 60 * 60
    before = timezone.now()
    response = form_login(client, remember=remember)
    cookie = response.cookies["sessionid"]
    # "Remember me" keeps the cookie for eight hours; otherwise it goes when the browser closes.
    assert cookie["max-age"] == (settings.SESSION_COOKIE_AGE if remember else "")
    session = Session.objects.get(session_key=cookie.value)
    assert abs(session.expire_date - before - datetime.timedelta(hours=8)) < datetime.timedelta(minutes=1)
    assert client.get("/admin/").status_code == 200

    just_before = SimpleNamespace(now=lambda: session.expire_date - datetime.timedelta(minutes=1))
    with mock.patch("django.contrib.sessions.backends.db.timezone", just_before):
        assert client.get("/admin/").status_code == 200
    just_after = SimpleNamespace(now=lambda: session.expire_date + datetime.timedelta(seconds=1))
    with mock.patch("django.contrib.sessions.backends.db.timezone", just_after):
        response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith(LOGIN)


def test_an_expired_session_is_sent_to_the_login_page(client, jan):
    response = form_login(client)
    Session.objects.filter(session_key=response.cookies["sessionid"].value).update(
        expire_date=timezone.now() - datetime.timedelta(seconds=1)
    )
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"].startswith(LOGIN)


def test_logging_out_invalidates_the_session(client, jan):
    key = form_login(client).cookies["sessionid"].value
    assert client.get("/admin/").status_code == 200
    client.post("/admin/logout/")
    assert not Session.objects.filter(session_key=key).exists()

    replay = Client()
    replay.cookies["sessionid"] = key  # someone who copied the cookie before the logout
    response = replay.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith(LOGIN)


def test_a_very_long_or_odd_user_name_is_a_failed_login_not_an_error(marie):
    for name in ["a" * 3000, "é" * 300, "marie\u202e", " marie "]:
        response = attempt(name, WRONG, "203.0.113.50")
        assert response.status_code in (200, 429), name[:20]


def test_the_public_login_for_private_pages_is_throttled_too(marie, home_page):
    for _ in range(5):
        Client().post(
            "/en/_util/login/", {"username": "marie", "password": WRONG}, REMOTE_ADDR="203.0.113.60"
        )
    response = Client().post(
        "/en/_util/login/", {"username": "marie", "password": PASSWORD}, REMOTE_ADDR="203.0.113.61"
    )
    assert locked_out(response)


@pytest.mark.parametrize("method", ["get", "post"])
def test_logging_out_with_get_or_post_ends_the_session_on_the_server(client, jan, method):
    key = form_login(client).cookies["sessionid"].value
    response = getattr(client, method)("/admin/logout/")
    assert response.status_code == 302
    assert response["Location"] == LOGIN
    assert not Session.objects.filter(session_key=key).exists()
    replay = Client()
    replay.cookies["sessionid"] = key  # a copy of the cookie taken before the logout
    assert replay.get("/admin/pages/")["Location"].startswith(LOGIN)


# --- Private pages' passwords ----------------------------------------------------------------------------


@pytest.fixture
def private_page(home_page):
    from wagtail.models import PageViewRestriction

    from tests.factories import SectionPageFactory

    page = SectionPageFactory(parent=home_page, title="Staff only", slug="staff-only")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="harbour-lantern"
    )
    return page, f"/en/_util/authenticate_with_password/{restriction.pk}/{page.pk}/"


def guess(url, password, address, page):
    return Client().post(url, {"password": password, "return_url": page.url}, REMOTE_ADDR=address)


def test_page_password_guesses_are_limited_per_address(private_page, settings):
    page, url = private_page
    _pattern, _scope, limit, window = next(
        rule for rule in settings.RATE_LIMITED_POSTS if rule[1] == "page-password"
    )
    for number in range(limit):
        response = guess(url, f"wrong-{number}", "203.0.113.70", page)
        assert response.status_code == 200  # the form again, with its error
    refused = guess(url, "harbour-lantern", "203.0.113.70", page)  # even the right password, now
    assert refused.status_code == 429
    assert refused["Retry-After"] == str(window)
    assert "Too many attempts" in refused.content.decode()
    assert "Content-Security-Policy" in refused
    # Another address is not affected, and the right password still opens the page there.
    right = guess(url, "harbour-lantern", "203.0.113.71", page)
    assert right.status_code == 302 and right["Location"] == page.url


# --- Forgotten passwords ---------------------------------------------------------------------------------

RESET = "/admin/password_reset/"


def test_a_reset_email_is_sent_after_the_answer_not_during_it(client, jan, mailoutbox):
    """Known and unknown addresses are answered alike and at once: the time of the answer tells nothing."""
    release = threading.Event()
    original_send = EmailMultiAlternatives.send

    def slow_send(message, *args, **kwargs):
        release.wait(10)  # an SMTP server that takes its time
        return original_send(message, *args, **kwargs)

    with mock.patch.object(EmailMultiAlternatives, "send", slow_send):
        known = client.post(RESET, {"email": "jan@example.org"}, REMOTE_ADDR="203.0.113.80")
        unknown = client.post(RESET, {"email": "nobody@example.org"}, REMOTE_ADDR="203.0.113.80")
        # Both answered, the same way, while the e-mail to the known address is still waiting for the server.
        assert known.status_code == unknown.status_code == 302
        assert known["Location"] == unknown["Location"] == "/admin/password_reset/done/"
        assert mailoutbox == []
        release.set()
        wait_for_emails()
    assert [message.to for message in mailoutbox] == [["jan@example.org"]]
    assert "/admin/password_reset/confirm/" in mailoutbox[0].body


def test_password_reset_requests_are_limited_per_address_and_per_email(client, jan, mailoutbox, settings):
    _pattern, _scope, limit, _window = next(
        rule for rule in settings.RATE_LIMITED_POSTS if rule[1] == "password-reset"
    )
    # Many visitors asking for one colleague's reset: a few e-mails, then the same answer but no more e-mails.
    for number in range(PASSWORD_RESET_EMAILS_PER_ADDRESS + 2):
        response = Client().post(RESET, {"email": "jan@example.org"}, REMOTE_ADDR=f"198.51.100.{number}")
        assert response.status_code == 302
    wait_for_emails()
    assert len(mailoutbox) == PASSWORD_RESET_EMAILS_PER_ADDRESS
    # One visitor asking again and again is refused with a page saying so.
    visitor = Client()
    answers = [
        visitor.post(RESET, {"email": f"x{n}@example.org"}, REMOTE_ADDR="203.0.113.90")
        for n in range(limit + 1)
    ]
    assert [answer.status_code for answer in answers] == [302] * limit + [429]
    assert "Too many attempts" in answers[-1].content.decode()
