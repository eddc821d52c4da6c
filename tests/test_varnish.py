"""The site behind a real Varnish (deploy/varnish/site.vcl), with two app servers, PostgreSQL and Redis.

Two gunicorn processes (production settings, one worker each) share a PostgreSQL database made for this module
and the Redis of CI; Varnish (Debian's varnishd, started here with the repository's VCL) sends visitors to both
in turn. The app servers reach Redis and Varnish's purge address through small TCP relays that a test can cut,
as a network fault would. Nothing is mocked; a missing varnishd, PostgreSQL or Redis fails the module.
"""

import html
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import redis

from tests.servers import Browser

ROOT = Path(__file__).resolve().parent.parent
VARNISHD = "/usr/sbin/varnishd"
HOST = "localhost"  # the seeded site's host name: what a visitor's browser sends through Varnish
PG = "postgres://postgres@127.0.0.1:5432"
REDIS_HOST, REDIS_PORT, REDIS_DB = "127.0.0.1", 6379, 12
RELEASE = f"test-varnish-{secrets.token_hex(4)}"
ADMIN_PASSWORD = secrets.token_urlsafe(16)
# Ports of this suite's servers: ranges that other servers of the machine do not use (settable for CI).
APP_PORTS = range(*map(int, os.environ.get("TEST_APP_PORTS", "8100-8199").split("-")))
VARNISH_PORTS = range(*map(int, os.environ.get("TEST_VARNISH_PORTS", "6100-6199").split("-")))

SETTINGS_OVERLAY = """
from website.settings.production import *  # noqa: F403

STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
"""

GUNICORN_OVERLAY = f"""
import runpy

globals().update(
    (name, value)
    for name, value in runpy.run_path("{ROOT / "gunicorn.conf.py"}").items()
    if not name.startswith("_")
)
control_socket_disable = True
"""

# The seeded site in four languages, an editor, and a draft of the next version of "About" in each language.
SETUP = f"""
from django.core.management import call_command
call_command("migrate", interactive=False, verbosity=0, skip_checks=True)
call_command("seed_site", verbosity=0)
from django.contrib.auth import get_user_model
from wagtail.models import Page
get_user_model().objects.create_superuser("editor", "editor@example.org", "{ADMIN_PASSWORD}")
english = Page.objects.get(slug="about", depth=4, locale__language_code="en")
for page in Page.objects.filter(translation_key=english.translation_key).specific():
    page.intro = "Changed " + page.locale.language_code + " text, published through the admin."
    page.save_revision()
    print("ABOUT", page.locale.language_code, page.pk, page.url)
"""


def free_port(ports):
    for port in ports:
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    pytest.fail(f"no free port in {ports}")


class Relay:
    """A TCP relay from a local port to a target, that can be cut (connections refused) and restored."""

    def __init__(self, target_port, port):
        self.target_port, self.port = target_port, port
        self.server = None
        self.restore()

    def restore(self):
        self.server = socket.create_server(("127.0.0.1", self.port), reuse_port=False)
        self.server.settimeout(0.2)
        self.running = True
        self.thread = threading.Thread(target=self.accept, daemon=True)
        self.thread.start()

    def cut(self):
        self.running = False
        self.thread.join()
        self.server.close()

    def accept(self):
        while self.running:
            try:
                client, _address = self.server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            try:
                upstream = socket.create_connection(("127.0.0.1", self.target_port), timeout=5)
            except OSError:
                client.close()
                continue
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=self.pipe, args=(source, sink), daemon=True).start()

    def pipe(self, source, sink):
        try:
            while self.running and (data := source.recv(65536)):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, sink):
                try:
                    sock.close()
                except OSError:
                    pass


def wait_for(url, process, log, timeout=60, headers=None):
    import urllib.request

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"{process.args[0]} exited with {process.returncode}:\n{log.read_text()}")
        try:
            request = urllib.request.Request(url, headers=headers or {})  # noqa: S310 - loopback
            with urllib.request.urlopen(request, timeout=5) as response:  # noqa: S310
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.2)
    pytest.fail(f"{url} did not answer within {timeout} s:\n{log.read_text()}")


def start_varnish(tmp, port, app_ports):
    assert Path(VARNISHD).exists(), "varnishd is missing: apt-get install varnish"
    (tmp / "vcl").mkdir(exist_ok=True)
    # The probe waits longer than production's (deploy/varnish/backend.vcl): on a 2-core machine busy with
    # other tests, a slow /healthz must not mark a working server sick (Varnish would answer 503).
    backends = "\n".join(
        f'backend app{n} {{ .host = "127.0.0.1"; .port = "{app_port}"; .first_byte_timeout = 60s; '
        f'.probe = {{ .url = "/healthz"; .interval = 1s; .timeout = 5s; .window = 3; .threshold = 1; }} }}'
        for n, app_port in enumerate(app_ports)
    )
    adds = "\n".join(f"    apps.add_backend(app{n});" for n in range(len(app_ports)))
    (tmp / "vcl" / "backend.vcl").write_text(
        f"import directors;\n{backends}\nsub vcl_init {{\n    new apps = directors.round_robin();\n{adds}\n}}\n"
        "sub vcl_recv {\n    set req.backend_hint = apps.backend();\n}\n"
    )
    workdir = tmp / "varnish"
    log = tmp / "varnish.log"
    process = subprocess.Popen(  # noqa: S603
        [
            VARNISHD,
            "-F",
            "-j",
            "none",
            "-n",
            str(workdir),
            "-a",
            f"127.0.0.1:{port}",
            "-f",
            str(ROOT / "deploy" / "varnish" / "site.vcl"),
            "-p",
            f"vcl_path={tmp / 'vcl'}:{ROOT / 'deploy' / 'varnish'}",
            "-s",
            "malloc,64m",
        ],
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
    )
    wait_for(f"http://127.0.0.1:{port}/en/", process, log, headers={"Host": HOST})
    return process


def stop(process):
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)


@pytest.fixture(scope="module")
def edge(tmp_path_factory):
    redis.Redis(host=REDIS_HOST, port=REDIS_PORT, socket_timeout=5).ping()  # fails when Redis is missing
    tmp = tmp_path_factory.mktemp("varnish")
    (tmp / "varnish_settings.py").write_text(SETTINGS_OVERLAY)
    (tmp / "gunicorn_varnish.py").write_text(GUNICORN_OVERLAY)
    database = f"caching_varnish_{secrets.token_hex(4)}"
    psql = ["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", "postgres", "-qc"]
    subprocess.run([*psql, f"CREATE DATABASE {database}"], check=True, capture_output=True)  # noqa: S603
    varnish_port, purge_port = free_port(VARNISH_PORTS), None
    redis_relay = Relay(REDIS_PORT, free_port(VARNISH_PORTS[::-1]))
    purge_port = free_port([port for port in VARNISH_PORTS if port not in (varnish_port, redis_relay.port)])
    purge_relay = Relay(varnish_port, purge_port)
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "GUNICORN_"))}
    env.update(
        DJANGO_SETTINGS_MODULE="varnish_settings",
        PYTHONPATH=os.pathsep.join([str(tmp), str(ROOT)]),
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS=f"{HOST},127.0.0.1",
        WAGTAILADMIN_BASE_URL="https://belgium.example.org",
        SECURE_SSL_REDIRECT="false",
        DATABASE_URL=f"{PG}/{database}",
        REDIS_URL=f"redis://127.0.0.1:{redis_relay.port}/{REDIS_DB}",
        RELEASE=RELEASE,
        FRONTEND_CACHE_URL=f"http://127.0.0.1:{purge_port}",
        LOG_LEVEL="WARNING",
        MEDIA_ROOT=str(tmp / "media"),
        STATIC_ROOT=str(tmp / "static"),
        GUNICORN_WORKERS="1",
        GUNICORN_MAX_REQUESTS="0",
    )
    for name in ("AWS_STORAGE_BUCKET_NAME", "FRONTEND_CACHE_PURGE_URL"):
        env.pop(name, None)
    processes = []
    try:
        # Built before Varnish runs: nothing to purge yet (with FRONTEND_CACHE_URL set, the seed's purges would be
        # kept as pending, and made at the first publish).
        setup = subprocess.run(  # noqa: S603
            [sys.executable, "manage.py", "shell", "-c", SETUP],
            cwd=ROOT,
            env={key: value for key, value in env.items() if key != "FRONTEND_CACHE_URL"},
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert setup.returncode == 0, setup.stdout + setup.stderr
        about = {
            code: (int(pk), url)
            for code, pk, url in re.findall(r"^ABOUT (\w+) (\d+) (\S+)$", setup.stdout, re.M)
        }
        assert set(about) == {"en", "fr", "nl", "de"}, setup.stdout
        app_ports = []
        for name in ("a", "b"):
            port = free_port([p for p in APP_PORTS if p not in app_ports])
            log = tmp / f"gunicorn-{name}.log"
            process = subprocess.Popen(  # noqa: S603
                [sys.executable, "-m", "gunicorn", "-c", str(tmp / "gunicorn_varnish.py")],
                cwd=ROOT,
                env={**env, "GUNICORN_BIND": f"127.0.0.1:{port}"},
                stdout=log.open("w"),
                stderr=subprocess.STDOUT,
            )
            processes.append(process)
            wait_for(f"http://127.0.0.1:{port}/healthz", process, log)
            app_ports.append(port)
        varnish = start_varnish(tmp, varnish_port, app_ports)
        processes.append(varnish)
        yield {
            "varnish": f"http://127.0.0.1:{varnish_port}",
            "apps": [f"http://127.0.0.1:{port}" for port in app_ports],
            "about": about,
            "env": env,
            "redis_relay": redis_relay,
            "purge_relay": purge_relay,
        }
    finally:
        for process in processes:
            stop(process)
        for relay in (redis_relay, purge_relay):
            if relay.running:
                relay.cut()
        subprocess.run([*psql, f"DROP DATABASE IF EXISTS {database} WITH (FORCE)"], capture_output=True)  # noqa: S603
        client = redis.Redis(host=REDIS_HOST, port=REDIS_PORT, db=REDIS_DB)
        keys = list(client.scan_iter(match=f"{RELEASE}:*", count=500))
        if keys:
            client.delete(*keys)
        shutil.rmtree(tmp / "varnish", ignore_errors=True)


def visit(edge, path, base=None):
    """An anonymous visitor through Varnish (or straight to one app server), with the site's host name."""
    return Browser(base or edge["varnish"]).request(path, headers={"Host": HOST})


def log_in(base):
    editor = Browser(base)
    token = editor.csrf_token("/admin/login/")
    status, headers, _text = editor.request(
        "/admin/login/",
        {"username": "editor", "password": ADMIN_PASSWORD, "csrfmiddlewaretoken": token, "next": "/admin/"},
    )
    assert status == 302 and headers["Location"] == "/admin/", "login failed"
    return editor


def bulk_publish(editor, page_ids):
    query = "&".join(f"id={pk}" for pk in page_ids)
    url = f"/admin/bulk/wagtailcore/page/publish/?{query}&next=/admin/"
    token = editor.csrf_token(url)
    status, _headers, text = editor.request(url, {"csrfmiddlewaretoken": token, "include_descendants": ""})
    assert status == 302, html.unescape(text)[:2000]


def manage(edge, code):
    result = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env=edge["env"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


UNRELATED = "/en/news/"


def test_a_cached_page_is_a_hit_on_the_second_request(edge):
    path = edge["about"]["en"][1].replace("/who-we-are/about/", "/who-we-are/")
    first = visit(edge, path)
    second = visit(edge, path)
    assert first[0] == second[0] == 200
    assert second[1]["X-Cache"] == "HIT"
    assert second[2] == first[2]
    assert "public" in second[1]["Cache-Control"] and "s-maxage" in second[1]["Cache-Control"]
    for header in (
        "Content-Security-Policy",
        "X-Frame-Options",
        "X-Content-Type-Options",
        "Content-Language",
    ):
        assert second[1][header] == first[1][header], header
    assert "Set-Cookie" not in second[1]


def test_editors_and_forms_are_never_served_from_varnish(edge):
    editor = log_in(edge["varnish"])  # the admin through Varnish: passed
    status, headers, _text = editor.request("/en/", headers={"Host": HOST})
    assert status == 200 and headers["X-Cache"] == "PASS"
    assert "private" in headers["Cache-Control"]
    path = "/en/our-work/cross-cutting-global/take-action/"
    for _ in range(2):
        status, headers, text = visit(edge, path)
        assert status == 200 and 'name="csrfmiddlewaretoken"' in text
        assert headers["X-Cache"] != "HIT"


def test_a_publish_in_the_admin_is_seen_through_varnish_within_a_second_in_every_language(edge):
    about = edge["about"]
    for _code, (_pk, url) in about.items():
        visit(edge, url)
        assert visit(edge, url)[1]["X-Cache"] == "HIT"
    visit(edge, UNRELATED)
    assert visit(edge, UNRELATED)[1]["X-Cache"] == "HIT"

    editor = log_in(edge["apps"][0])
    bulk_publish(editor, [pk for pk, _url in about.values()])
    published = time.monotonic()
    for code, (_pk, url) in about.items():
        status, _headers, text = visit(edge, url)
        assert status == 200
        assert f"Changed {code} text, published through the admin." in text, code
    assert time.monotonic() - published < 1.0
    # Both app servers show it too: the fragments they keep are keyed by the version in the database.
    for base in edge["apps"]:
        assert "Changed en text" in visit(edge, about["en"][1], base=base)[2]
    # A page that does not show "About" stays in Varnish.
    status, headers, _text = visit(edge, UNRELATED)
    assert status == 200 and headers["X-Cache"] == "HIT"


def test_a_statement_published_then_unpublished_leaves_every_listing_and_feed_at_once(edge):
    """The news index (and its filtered pages), its feeds, the home page and the sitemap follow a statement;
    a section page that does not show it stays in Varnish."""
    listings = ["/en/news/", "/en/news/?kind=statement", "/en/news/feed/rss/", "/en/", "/sitemap.xml"]
    unrelated = edge["about"]["en"][1]
    for path in [*listings, unrelated]:
        visit(edge, path)
        assert visit(edge, path)[1]["X-Cache"] == "HIT", path

    out = manage(
        edge,
        "from news.models import StatementPage\n"
        "article = StatementPage.objects.filter(locale__language_code='en', kind='statement').first()\n"
        "article.title = 'A statement with a new title'\n"
        "article.save_revision().publish()\n"
        "print('URL', article.url)\n",
    )
    article = re.search(r"^URL (\S+)$", out, re.MULTILINE)[1]
    for path in [*listings[:3], article]:
        status, _headers, text = visit(edge, path)
        assert status == 200 and "A statement with a new title" in text, path
    assert visit(edge, unrelated)[1]["X-Cache"] == "HIT"

    manage(
        edge,
        "from news.models import StatementPage\n"
        "StatementPage.objects.get(title='A statement with a new title').unpublish()\n",
    )
    assert visit(edge, article)[0] == 404
    for path in listings[:3]:
        assert "A statement with a new title" not in visit(edge, path)[2], path
    manage(
        edge,
        "from news.models import StatementPage\n"
        "StatementPage.objects.get(title='A statement with a new title').save_revision().publish()\n",
    )
    assert visit(edge, article)[0] == 200


def test_after_a_cache_outage_no_visitor_sees_an_old_version(edge):
    """Redis and Varnish's purge address cut: a page made private and another published; both restored: the
    purges that could not be made are made, and nobody sees the old versions again."""
    about_en = edge["about"]["en"][1]
    private_path = about_en.replace("/who-we-are/about/", "/who-we-are/")
    news = "/en/news/"
    for path in (private_path, news, "/en/"):
        visit(edge, path)
        assert visit(edge, path)[1]["X-Cache"] == "HIT"

    edge["redis_relay"].cut()
    edge["purge_relay"].cut()
    try:
        # The page is made private, a statement published, by editors of the other server and a script.
        out = manage(
            edge,
            "from wagtail.models import Page, PageViewRestriction\n"
            "page = Page.objects.get(url_path__endswith='/who-we-are/', locale__language_code='en')\n"
            "PageViewRestriction.objects.create(page=page, restriction_type='login')\n"
            "from news.models import StatementPage\n"
            "article = StatementPage.objects.filter(locale__language_code='en').first()\n"
            "article.title = 'Statement renamed while the caches were cut'\n"
            "article.save_revision().publish()\n"
            "from core.models import PendingPurge\n"
            "print('PENDING', PendingPurge.objects.count())\n",
        )
        assert int(re.search(r"PENDING (\d+)", out)[1]) > 0
        # Pages still answer (uncached by the app) while Redis is cut.
        assert visit(edge, "/en/", base=edge["apps"][1])[0] == 200
    finally:
        edge["redis_relay"].restore()
        edge["purge_relay"].restore()

    # cron's `manage.py retry_purges` (or the next publish) makes the purges that failed.
    assert "done" in manage(
        edge, "from django.core.management import call_command; call_command('retry_purges')"
    )
    for base in (edge["varnish"], *edge["apps"]):
        status, headers, text = visit(edge, private_path, base=base)
        assert status == 302 and "/login" in headers["Location"], (base, status)
        status, _headers, text = visit(edge, news, base=base)
        assert "Statement renamed while the caches were cut" in text, base
        menu = visit(edge, "/en/", base=base)[2].split('class="main-nav"', 1)[1].split("</nav>", 1)[0]
        assert 'href="/en/who-we-are/"' not in menu, base  # a private page leaves the menu of every page
