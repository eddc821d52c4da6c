"""`make run` and a scheduled publish from another process (issue 13, item 4).

The server runs with the settings `make run` uses (website.settings.dev, no REDIS_URL: the file cache that every
process of the machine shares), on a SQLite file of its own. `manage.py publish_scheduled` runs in a process of
its own, as cron runs it: the next request to the running server shows the published text, on the page and on
its parent's listing, without restarting anything.
"""

import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PORTS = range(*map(int, os.environ.get("TEST_APP_PORTS", "8100-8199").split("-")))
OLD, NEW = "The text before the scheduled publish.", "The text that the schedule published."

SETUP = f"""
from datetime import timedelta
from django.core.management import call_command
from django.utils import timezone
call_command("migrate", interactive=False, verbosity=0, skip_checks=True)
from wagtail.models import Locale, Page, Site
from home.models import HomePage, SectionPage
home = Page.get_first_root_node().add_child(
    instance=HomePage(title="Home", slug="home-scheduled", hero_heading="Scheduled", locale=Locale.get_default())
)
Site.objects.all().delete()
Site.objects.create(hostname="127.0.0.1", port=80, root_page=home, is_default_site=True, site_name="Test")
section = home.add_child(instance=SectionPage(title="Timetable", slug="timetable", intro="{OLD}", show_in_menus=True))
section.save_revision().publish()
home.save_revision().publish()
section = SectionPage.objects.get(pk=section.pk)
section.intro = "{NEW}"
section.title = "Timetable, updated"
section.save_revision(approved_go_live_at=timezone.now() - timedelta(seconds=1))
"""


def free_port():
    import socket

    for port in PORTS:
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    pytest.fail(f"no free port in {PORTS}")


def get(url):
    with urllib.request.urlopen(url, timeout=20) as response:  # noqa: S310 - loopback
        return response.read().decode()


def test_a_scheduled_publish_from_another_process_is_served_at_once(tmp_path):
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "PYTEST_"))}
    env.update(
        DJANGO_SETTINGS_MODULE="website.settings.dev",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        MEDIA_ROOT=str(tmp_path / "media"),
        CACHE_DIR=str(tmp_path / "cache"),
        REDIS_URL="",
        FRONTEND_CACHE_URL="",
    )

    def manage(*args):
        result = subprocess.run(  # noqa: S603
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=240,
        )
        assert result.returncode == 0, result.stdout + result.stderr
        return result.stdout

    manage("shell", "-c", SETUP)
    port = free_port()
    log = tmp_path / "runserver.log"
    server = subprocess.Popen(  # noqa: S603
        [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"],
        cwd=ROOT,
        env=env,
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                page = get(f"{base}/en/timetable/")
                break
            except OSError:
                assert server.poll() is None and time.monotonic() < deadline, log.read_text()
                time.sleep(0.3)
        assert OLD in page and NEW not in page
        home = get(f"{base}/en/")
        assert ">Timetable</a>" in home and "Timetable, updated" not in home
        get(f"{base}/en/timetable/")  # served with its fragments from the shared file cache
        assert any((tmp_path / "cache").iterdir()), "the make-run cache is the shared file cache"

        manage("publish_scheduled")

        page = get(f"{base}/en/timetable/")
        assert NEW in page and OLD not in page
        assert ">Timetable, updated</a>" in get(f"{base}/en/")  # the menu of every page
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=5)
