"""`make run` on a site that people have edited (issue 13): the server starts and nothing they made changes.

The site is built as on a new machine (`make setup`: migrate, seed_site, create_admin, with the dev settings that
`make run` uses, on a SQLite file of its own), then edited as editors, moderators, translators and the
administrator do (tests/edit_like_people.py: new pages in every section, an English-only statement with its own
speaker and topic, a scheduled statement, a deleted seeded page, a moved page, a renamed slug, a renamed French
slug, a deleted translation, the German site unpublished, contact details changed, an imported article
reworked by an editor). Every step runs in a subprocess, as a person would run it: `make run`, `seed_site`,
`import_legacy`, `backup_site` and `restore_site`, and migrations back and forth, must change nothing of it.
"""

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests import edit_like_people as edits

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
STARTUP_TIMEOUT = 300  # seconds: make run installs (already installed), compiles messages, migrates and seeds


def environment(directory):
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "PYTEST_"))}
    env.update(
        DATABASE_URL=f"sqlite:///{directory / 'db.sqlite3'}",
        MEDIA_ROOT=str(directory / "media"),
        DJANGO_SETTINGS_MODULE="website.settings.dev",
        ADMIN_PASSWORD="a-long-admin-password-for-tests",
        REDIS_URL="",
    )
    return env


def run(args, env, timeout=600):
    result = subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)  # noqa: S603
    assert result.returncode == 0, (
        f"{' '.join(args)} failed:\n{result.stdout[-4000:]}\n{result.stderr[-4000:]}"
    )
    return result.stdout


def snapshot(env):
    return json.loads(run([PYTHON, "-m", "tests.edit_like_people", "snapshot"], env))


@pytest.fixture(scope="module")
def edited_site(tmp_path_factory):
    """A directory holding the SQLite database and media of a seeded site that people have edited."""
    directory = tmp_path_factory.mktemp("edited-site")
    env = environment(directory)
    run(["make", "setup"], env)
    before = json.loads(run([PYTHON, "-m", "tests.edit_like_people", "edit"], env))
    return directory, before


@pytest.fixture
def site_copy(edited_site, tmp_path):
    directory, before = edited_site
    shutil.copy(directory / "db.sqlite3", tmp_path / "db.sqlite3")
    shutil.copytree(directory / "media", tmp_path / "media")
    return environment(tmp_path), before


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url):
    """(status, body) of a GET, without following redirects."""

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(url, timeout=30) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode(errors="replace")


def test_the_edited_site_is_what_the_editors_made(site_copy):
    """The script really edited the site (otherwise the tests below would prove nothing)."""
    _env, before = site_copy
    pages = {row[4]: row for row in before["pages"]}  # by url_path
    assert "/home/news/world-refugee-day-2026/" in pages
    assert pages["/home/news/call-for-partners-2027/"][9] != "None"  # scheduled: a go-live date
    assert "/home/who-we-are/iom-global/" not in pages
    assert "/home/our-work/about/" in pages and "/home/who-we-are/about/" not in pages
    assert "/home/our-work/cross-cutting-global/sustainable-development/" in pages
    assert "/accueil/nouvelles/" in pages
    assert "/home/news/keeping-doors-open/" in pages  # the imported article, renamed by an editor
    assert pages["/startseite/"][6] == "False"  # the German site is offline
    for path in edits.NEW_SECTION_PAGES:
        assert any(
            url.startswith(path) and url != path and row[1].startswith(("Our team", "Labour", "Migration h"))
            for url, row in pages.items()
        )


def test_seed_site_on_the_edited_site_changes_nothing(site_copy):
    env, before = site_copy

    output = run([PYTHON, "manage.py", "seed_site"], env)

    assert "Seed complete: 0 object(s) created." in output
    assert snapshot(env) == before


def test_make_run_starts_on_the_edited_site_serves_it_and_changes_nothing(site_copy, tmp_path):
    env, before = site_copy
    port = free_port()
    log = open(tmp_path / "make-run.log", "w+")  # noqa: SIM115
    server = subprocess.Popen(  # noqa: S603
        ["make", "run", f"PORT={port}"],  # noqa: S607
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + STARTUP_TIMEOUT
        status = None
        while time.monotonic() < deadline and server.poll() is None:
            try:
                status, _body = fetch(f"{base}/healthz")
            except OSError:
                status = None
            if status == 200:
                break
            time.sleep(1)
        log.seek(0)
        output = log.read()
        assert status == 200, f"make run did not start (exit code {server.poll()}):\n{output[-5000:]}"
        assert "Seed complete: 0 object(s) created." in output

        status, body = fetch(f"{base}/en/news/world-refugee-day-2026/")
        assert status == 200 and "Statement on World Refugee Day 2026" in body
        status, body = fetch(f"{base}/en/our-work/labour-mobility/")
        assert status == 200 and "Labour mobility" in body
        assert fetch(f"{base}/en/our-work/about/")[0] == 200  # moved
        assert fetch(f"{base}/en/our-work/cross-cutting-global/sustainable-development/")[0] == 200  # renamed
        assert fetch(f"{base}/en/who-we-are/iom-global/")[0] == 404  # deleted, not seeded again
        assert fetch(f"{base}/en/news/call-for-partners-2027/")[0] == 404  # scheduled for next week
        assert fetch(f"{base}/fr/nouvelles/")[0] == 200  # the translator's new address
        assert fetch(f"{base}/fr/nos-activites/transversal-mondial/agir/")[0] == 404  # translation deleted
        assert fetch(f"{base}/de/")[0] == 404  # the German site is offline
        status, body = fetch(f"{base}/en/no-such-page/")  # DEBUG is on: still the site's own 404 page
        assert status == 404 and "We could not find the page you asked for" in body and "URLconf" not in body
    finally:
        if server.poll() is None:
            os.killpg(server.pid, signal.SIGTERM)
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, signal.SIGKILL)
                server.wait()
        log.close()
    assert snapshot(env) == before


def test_import_legacy_again_leaves_the_article_an_editor_reworked(site_copy):
    env, before = site_copy

    output = run([PYTHON, "manage.py", "import_legacy", str(edits.LEGACY_FILE), "--date", "2022-06-20"], env)

    assert "kept:" in output and "edited in the admin since it was imported" in output
    assert snapshot(env) == before


def test_a_backup_restored_into_a_new_database_then_seeded_and_restored_again_is_the_same_site(
    site_copy, tmp_path
):
    env, before = site_copy
    backup = tmp_path / "backup"
    run([PYTHON, "manage.py", "backup_site", str(backup)], env)
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    fresh_env = environment(fresh)
    run([PYTHON, "manage.py", "migrate", "--noinput"], fresh_env)

    run([PYTHON, "manage.py", "restore_site", str(backup)], fresh_env)
    seeded = run([PYTHON, "manage.py", "seed_site"], fresh_env)

    assert "Seed complete: 0 object(s) created." in seeded  # the seed's ledger came back with the content
    assert snapshot(fresh_env) == before
    run([PYTHON, "manage.py", "restore_site", str(backup), "--force"], fresh_env)
    assert snapshot(fresh_env) == before


def test_migrations_back_and_forth_then_the_seed_change_nothing_editors_made(site_copy):
    """Undoing this issue's migrations (the seed's ledger included) and applying them again, as a rollback of a
    release would: the seed then finds a site it seeded before it kept a ledger, and adopts it."""
    env, before = site_copy
    run([PYTHON, "manage.py", "migrate", "core", "zero", "--noinput"], env)
    run([PYTHON, "manage.py", "migrate", "news", "0004", "--noinput"], env)
    run([PYTHON, "manage.py", "migrate", "--noinput"], env)

    output = run([PYTHON, "manage.py", "seed_site"], env)

    assert "what it finds is adopted" in output
    assert "Seed complete: 0 object(s) created." in output
    assert snapshot(env) == before
    again = run([PYTHON, "manage.py", "seed_site"], env)
    assert "Seed complete: 0 object(s) created." in again
    assert snapshot(env) == before
