"""Two app servers sharing one database and one Redis: a publish through one is seen at once through the other.

Each server is a separate gunicorn process (one worker each) with production settings, so each has its own
memory; only the database (a SQLite file made for this test) and the Redis cache (database 14) are shared, as
behind a load balancer. The cache keys carry a prefix of their own for each run, so that two runs of the suite
on one machine never see each other's keys; they are deleted at the end. Fails when no Redis answers on
127.0.0.1:6379 (CI starts one).
"""

import html
import http.cookiejar
import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
import redis

ROOT = Path(__file__).resolve().parent.parent
REDIS_HOST, REDIS_PORT, REDIS_DB = "127.0.0.1", 6379, 14
PUBLIC_HOST = "127.0.0.1"  # the Host header a load balancer would pass to every server
ADMIN_PASSWORD = secrets.token_urlsafe(16)
ORIGINAL = "Text of the page as first published."
CHANGED = "Text of the page after the new version was published."
TIMEOUT = 20


KEY_PREFIX = f"two-servers-{secrets.token_hex(6)}"


def redis_client():
    return redis.Redis(
        host=REDIS_HOST, port=REDIS_PORT, db=REDIS_DB, socket_timeout=5, socket_connect_timeout=2
    )


# Production settings, with changes for this test only: static files without the manifest (no collectstatic
# needed), cookies that a client may send back over plain http:// on loopback, and this run's key prefix.
SETTINGS_OVERLAY = f"""
from website.settings.production import *  # noqa: F403

STORAGES = {{**STORAGES, "staticfiles": {{"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}}}
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
CACHES["default"]["KEY_PREFIX"] = "{KEY_PREFIX}"
"""

# The project's gunicorn settings, without the control socket (one fixed path per machine, which two servers
# started side by side would fight over).
GUNICORN_OVERLAY = f"""
import runpy

globals().update(
    (name, value)
    for name, value in runpy.run_path("{ROOT / "gunicorn.conf.py"}").items()
    if not name.startswith("_")
)
control_socket_disable = True
"""

# The schema, then a home page, one section page (live, with the original text), a draft of its next version (saved, not
# published) and a superuser. The contact settings are made here, as seed_site does: made by the first page
# view instead, their saving would purge the cache in the middle of the test. Prints the section page's id.
SETUP = f"""
from django.core.management import call_command
call_command("migrate", interactive=False, verbosity=0, skip_checks=True)

from django.contrib.auth import get_user_model
from wagtail.models import Locale, Page, Site
from home.models import ContactSettings, HomePage, SectionPage

locale = Locale.get_default()
home = Page.get_first_root_node().add_child(
    instance=HomePage(title="Home", slug="home-two-servers", hero_heading="Two servers", locale=locale)
)
Site.objects.all().delete()
Site.objects.create(hostname="{PUBLIC_HOST}", port=80, root_page=home, is_default_site=True, site_name="Test")
section = home.add_child(instance=SectionPage(title="Shared cache", slug="shared-cache", intro="{ORIGINAL}"))
section.save_revision().publish()
draft = SectionPage.objects.get(pk=section.pk)
draft.intro = "{CHANGED}"
draft.save_revision()
get_user_model().objects.create_superuser("admin", "admin@example.org", "{ADMIN_PASSWORD}")
ContactSettings.load()
print("SECTION", section.pk)
"""


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Browser:
    """A visitor or editor talking to one server: cookies kept, redirects not followed."""

    def __init__(self, base):
        self.base = base
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), NoRedirect()
        )

    def request(self, path, data=None, headers=None):
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        request = urllib.request.Request(self.base + path, data=body, headers=headers or {})  # noqa: S310
        try:
            with self.opener.open(request, timeout=TIMEOUT) as response:
                return response.status, response.headers, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.headers, error.read().decode()

    def page(self, path):
        """An anonymous visitor's GET, with the host name every server behind the load balancer receives."""
        return self.request(path, headers={"Host": PUBLIC_HOST})

    def csrf_token(self, path):
        status, _headers, text = self.request(path)
        assert status == 200, (path, status)
        return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', text)[1]


@pytest.fixture(scope="module")
def servers(tmp_path_factory):
    """Servers A and B (one gunicorn worker each) on one SQLite file and one Redis database."""
    tmp = tmp_path_factory.mktemp("two_servers")
    (tmp / "two_servers_settings.py").write_text(SETTINGS_OVERLAY)
    (tmp / "gunicorn_two_servers.py").write_text(GUNICORN_OVERLAY)
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "GUNICORN_"))}
    env.update(
        DJANGO_SETTINGS_MODULE="two_servers_settings",
        PYTHONPATH=os.pathsep.join([str(tmp), str(ROOT)]),
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS=PUBLIC_HOST,
        WAGTAILADMIN_BASE_URL="https://belgium.example.org",
        SECURE_SSL_REDIRECT="false",
        DATABASE_URL=f"sqlite:///{tmp / 'db.sqlite3'}",
        REDIS_URL=f"redis://{REDIS_HOST}:{REDIS_PORT}/{REDIS_DB}",
        LOG_LEVEL="WARNING",
        MEDIA_ROOT=str(tmp / "media"),
        STATIC_ROOT=str(tmp / "static"),
        GUNICORN_WORKERS="1",
        GUNICORN_MAX_REQUESTS="0",
    )
    for name in ("AWS_STORAGE_BUCKET_NAME", "FRONTEND_CACHE_PURGE_URL"):
        env.pop(name, None)

    processes, bases = [], []
    try:
        # The servers start (importing Django takes a while) while the database is being built; they touch
        # it only when asked for a page.
        for name in ("a", "b"):
            port = free_port()
            log = open(tmp / f"gunicorn-{name}.log", "w")  # noqa: SIM115 - closed with the process
            process = subprocess.Popen(  # noqa: S603
                [sys.executable, "-m", "gunicorn", "-c", str(tmp / "gunicorn_two_servers.py")],
                cwd=ROOT,
                env={**env, "GUNICORN_BIND": f"127.0.0.1:{port}"},
                stdout=log,
                stderr=subprocess.STDOUT,
            )
            processes.append((process, log))
            bases.append(f"http://127.0.0.1:{port}")
        setup = subprocess.run(  # noqa: S603
            [sys.executable, "manage.py", "shell", "-c", SETUP],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=240,
        )
        assert setup.returncode == 0, setup.stdout + setup.stderr
        section_id = int(re.search(r"^SECTION (\d+)$", setup.stdout, re.MULTILINE)[1])
        for (process, _log), base in zip(processes, bases, strict=True):
            wait_until_healthy(process, base, tmp)
        yield {"a": bases[0], "b": bases[1], "section_id": section_id, "pids": [p.pid for p, _ in processes]}
    finally:
        for process, _log in processes:
            process.send_signal(signal.SIGQUIT)  # gunicorn's quick shutdown
        for process, log in processes:
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=5)
            log.close()
        client = redis_client()
        keys = list(client.scan_iter(match=f"{KEY_PREFIX}:*", count=500))
        if keys:
            client.delete(*keys)


def wait_until_healthy(process, base, tmp, timeout=45):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            logs = "\n".join(path.read_text() for path in tmp.glob("gunicorn-*.log"))
            pytest.fail(f"gunicorn exited with {process.returncode}:\n{logs}")
        try:
            with urllib.request.urlopen(base + "/healthz", timeout=5) as response:  # noqa: S310 - loopback
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.2)
    pytest.fail(f"{base} did not become healthy within {timeout} s")


def test_a_publish_through_one_server_is_served_at_once_by_the_other(servers):
    editor_a, visitor_a, visitor_b = Browser(servers["a"]), Browser(servers["a"]), Browser(servers["b"])
    path = "/en/shared-cache/"
    assert len(set(servers["pids"])) == 2

    # Server B renders the live version, then serves it from the shared cache.
    status, headers, text = visitor_b.page(path)
    assert status == 200
    assert ORIGINAL in text and CHANGED not in text  # the draft is not shown to visitors
    status, headers, text = visitor_b.page(path)
    assert status == 200
    assert ORIGINAL in text
    # Server A answers the same address from the entry that B stored: one cache, shared.
    status, headers, _text = visitor_a.page(path)
    assert status == 200

    # An editor logs in to server A's admin and publishes the draft (the bulk action "Publish").
    token = editor_a.csrf_token("/admin/login/")
    status, headers, _text = editor_a.request(
        "/admin/login/",
        {"username": "admin", "password": ADMIN_PASSWORD, "csrfmiddlewaretoken": token, "next": "/admin/"},
    )
    assert status == 302 and headers["Location"] == "/admin/", "login to server A failed"
    publish = f"/admin/bulk/wagtailcore/page/publish/?id={servers['section_id']}&next=/admin/"
    token = editor_a.csrf_token(publish)
    status, headers, text = editor_a.request(publish, {"csrfmiddlewaretoken": token})
    assert status == 302, html.unescape(text)[:2000]

    # At once, server B renders the new version (its cached copy is gone), then caches that.
    status, headers, text = visitor_b.page(path)
    assert status == 200
    assert CHANGED in text and ORIGINAL not in text
    status, headers, text = visitor_b.page(path)
    assert status == 200
    assert CHANGED in text
