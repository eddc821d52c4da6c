"""backup_site and restore_site: a site backed up, then restored into a fresh database, is the same site.

The restore runs as an operator would run it: `manage.py restore_site` in its own process, on a new SQLite file
(DATABASE_URL) and an empty media directory (MEDIA_ROOT), freshly migrated. On SQLite the fresh database is a
copy of the test database taken before the test adds anything (the same schema and migration-made rows as
`migrate` gives, in milliseconds); on PostgreSQL it is made by `manage.py migrate` (slower), and the restore
goes from PostgreSQL to SQLite, which shows that the backup is portable.
"""

import hashlib
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.test import Client
from wagtail.models import Page

from tests.factories import DocumentFactory, ImageFactory, SectionPageFactory

ROOT = Path(__file__).resolve().parent.parent

RESTORED_REPORT = """
import json
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client
from wagtail.models import Page, ReferenceIndex

def listing():
    return sorted(
        (
            {"id": page.pk, "url_path": page.url_path, "title": page.title, "locale": page.locale.language_code,
             "live": page.live, "url": page.get_url(), "revisions": page.revisions.count()}
            for page in Page.objects.select_related("locale")
        ),
        key=lambda page: page["id"],
    )

pages = listing()
client = Client()
statuses = {page["url"]: client.get(page["url"]).status_code for page in pages if page["live"] and page["url"]}
found = sorted(page.title for page in Page.objects.live().search("volunteering"))
references = ReferenceIndex.objects.count()
try:
    call_command("restore_site", BACKUP)
    refused = ""
except CommandError as error:
    refused = str(error)
call_command("restore_site", BACKUP, force=True, verbosity=0)
print("REPORT " + json.dumps({
    "pages": pages, "statuses": statuses, "search": found, "references": references, "refused": refused,
    "after_force": listing(),
}))
"""


def page_listing():
    return sorted(
        (
            {
                "id": page.pk,
                "url_path": page.url_path,
                "title": page.title,
                "locale": page.locale.language_code,
                "live": page.live,
                "url": page.get_url(),
                "revisions": page.revisions.count(),
            }
            for page in Page.objects.select_related("locale")
        ),
        key=lambda page: page["id"],
    )


def checksums(directory):
    directory = Path(directory)
    return {
        str(path.relative_to(directory)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(directory.rglob("*"))
        if path.is_file()
    }


def run_manage(*args, env, timeout=180):
    environment = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    environment.update(DJANGO_SETTINGS_MODULE="website.settings.test", **env)
    result = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def copy_sqlite_test_database(path):
    """The test database, copied while no test holds a transaction on it (or None when that cannot be done)."""
    if connection.vendor != "sqlite" or connection.in_atomic_block:
        return None
    connection.ensure_connection()
    steps = 0

    def give_up_if_locked(status, remaining, total):
        nonlocal steps
        steps += 1
        if steps > 100:  # a lock that does not go away: migrate instead
            raise TimeoutError("test database locked")

    target = sqlite3.connect(path)
    try:
        connection.connection.backup(target, progress=give_up_if_locked, sleep=0.05)
    except TimeoutError:
        return None
    finally:
        target.close()
    return path


@pytest.fixture(scope="session")
def migrated_database(django_db_setup, django_db_blocker, tmp_path_factory):
    """A SQLite file, migrated and without content: made once, copied for each test that restores."""
    path = tmp_path_factory.mktemp("migrated") / "migrated.sqlite3"
    with django_db_blocker.unblock():
        if copy_sqlite_test_database(path) is None:
            path.unlink(missing_ok=True)
            run_manage("migrate", "--noinput", "-v0", env={"DATABASE_URL": f"sqlite:///{path}"}, timeout=600)
    return path


@pytest.fixture
def fresh_database(migrated_database, tmp_path):
    path = tmp_path / "restored.sqlite3"
    shutil.copyfile(migrated_database, path)
    return path


@pytest.fixture
def content(home_page, locales):
    """Pages in two languages (one a draft), an image with a rendition, a document and an editor."""
    home = home_page
    section = SectionPageFactory(parent=home, title="Volunteering", intro="Volunteering with IOM in Belgium.")
    section.save_revision().publish()
    SectionPageFactory(parent=home, title="Draft page", slug="draft-page", live=False).save_revision()
    fr_home = home.copy_for_translation(locales["fr"])
    fr_home.save_revision().publish()
    fr_section = section.copy_for_translation(locales["fr"])
    fr_section.title, fr_section.slug = "Bénévolat", "benevolat"
    fr_section.save_revision().publish()
    image = ImageFactory(title="Volunteers at work")
    image.get_rendition("fill-160x90")
    DocumentFactory(title="Annual report")
    from django.contrib.auth import get_user_model

    get_user_model().objects.create_user("editor", "editor@example.org", "a-long-test-password")
    return home


def test_a_backup_restored_into_a_fresh_database_is_the_same_site(fresh_database, content, tmp_path):
    backup = tmp_path / "backup"
    call_command("backup_site", str(backup), verbosity=0)
    manifest = json.loads((backup / "manifest.json").read_text())
    assert {path.name for path in backup.iterdir()} == {"manifest.json", "data.json", "media.tar.gz"}
    assert oct((backup / "data.json").stat().st_mode & 0o777) == "0o600"  # passwords and personal data

    source_media = checksums(settings.MEDIA_ROOT)
    assert {name.split("/")[0] for name in source_media} == {"original_images", "images", "documents"}
    assert {name: entry["sha256"] for name, entry in manifest["media"]["files"].items()} == source_media
    data = (backup / "data.json").read_text()
    for left_out in ('"contenttypes.contenttype"', '"sessions.session"', '"wagtailsearch.indexentry"'):
        assert left_out not in data

    source_pages = page_listing()
    client = Client()
    source_statuses = {
        page["url"]: client.get(page["url"]).status_code
        for page in source_pages
        if page["live"] and page["url"]
    }
    assert set(source_statuses.values()) == {200}
    assert {page["locale"] for page in source_pages if page["live"] and page["url"]} == {"en", "fr"}

    media = tmp_path / "restored-media"
    env = {"DATABASE_URL": f"sqlite:///{fresh_database}", "MEDIA_ROOT": str(media)}
    output = run_manage("restore_site", str(backup), env=env)
    assert "Restore complete" in output
    report_output = run_manage("shell", "-c", f"BACKUP = {str(backup)!r}\n{RESTORED_REPORT}", env=env)
    report = json.loads(report_output.split("REPORT ", 1)[1])

    # The same pages, titles, languages, revisions, at the same addresses, all served.
    assert report["pages"] == source_pages
    assert report["statuses"] == source_statuses
    # The same media, byte for byte.
    assert checksums(media) == source_media
    # What the backup leaves out is rebuilt: the search index and the reference index.
    assert "Volunteering" in report["search"]
    assert report["references"] > 0
    # Restoring again into the restored (so no longer empty) database is refused, unless forced.
    assert "The database is not empty" in report["refused"]
    assert report["after_force"] == source_pages


@pytest.fixture
def backup(content, tmp_path):
    directory = tmp_path / "backup"
    call_command("backup_site", str(directory), verbosity=0)
    return directory


def rewrite_archive(directory, change):
    """Rebuild the media archive with `change(name, data)` applied, and record the new archive's checksum
    (so that only the per-file checksums can tell)."""
    archive_path = directory / "media.tar.gz"
    with tarfile.open(archive_path, "r:gz") as archive:
        members = [(member.name, archive.extractfile(member).read()) for member in archive]
    with tarfile.open(archive_path, "w:gz") as archive:
        for name, data in members:
            for new_name, new_data in change(name, data):
                info = tarfile.TarInfo(new_name)
                info.size = len(new_data)
                archive.addfile(info, io.BytesIO(new_data))
    manifest_path = directory / "manifest.json"
    manifest = json.loads(manifest_path.read_text())
    manifest["media"]["sha256"] = hashlib.sha256(archive_path.read_bytes()).hexdigest()
    manifest["media"]["size"] = archive_path.stat().st_size
    manifest_path.write_text(json.dumps(manifest))


def test_a_damaged_media_file_is_refused_before_anything_changes(backup):
    pages_before = Page.objects.count()

    def flip_a_byte(name, data):
        yield name, (data[:-1] + bytes([data[-1] ^ 1])) if name.startswith("documents/") else data

    rewrite_archive(backup, flip_a_byte)
    with pytest.raises(
        CommandError, match="Media file does not match its checksum in the manifest: documents/"
    ):
        call_command("restore_site", str(backup), force=True)
    assert Page.objects.count() == pages_before


def test_a_damaged_database_dump_is_refused(backup):
    with open(backup / "data.json", "a") as data:
        data.write(" ")
    with pytest.raises(CommandError, match="The database dump does not match its checksum"):
        call_command("restore_site", str(backup), force=True)


def test_an_archive_entry_that_would_escape_the_media_directory_is_refused(backup):
    def escape(name, data):
        yield name, data
        yield "../outside.txt", b"not a media file"

    rewrite_archive(backup, escape)
    with pytest.raises(CommandError, match="Unsafe file name in the media archive: '../outside.txt'"):
        call_command("restore_site", str(backup), force=True)
    assert not (Path(settings.MEDIA_ROOT).parent / "outside.txt").exists()


def test_a_backup_is_never_written_over_another(backup):
    with pytest.raises(CommandError, match="already holds a backup"):
        call_command("backup_site", str(backup))


def test_restoring_into_a_database_that_is_not_migrated_says_so(backup, monkeypatch):
    from ops.management.commands import restore_site

    monkeypatch.setattr(restore_site, "applied_migrations", lambda: None)
    with pytest.raises(CommandError, match="run `manage.py migrate` first"):
        call_command("restore_site", str(backup))


def test_restoring_into_a_database_at_other_migrations_is_refused(backup):
    manifest_path = backup / "manifest.json"
    manifest = json.loads(manifest_path.read_text())
    manifest["migrations"].append("home.9999_from_a_later_release")
    manifest_path.write_text(json.dumps(manifest))
    with pytest.raises(CommandError, match="not at the migrations of the backup"):
        call_command("restore_site", str(backup), force=True)


def test_restoring_into_this_non_empty_database_is_refused_without_force(backup):
    with pytest.raises(CommandError, match=r"The database is not empty \(1 users, \d+ pages"):
        call_command("restore_site", str(backup))
