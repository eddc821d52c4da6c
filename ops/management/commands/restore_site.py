"""Restore a backup made by backup_site into a freshly migrated database and the media storage.

    manage.py migrate --noinput
    manage.py restore_site /backup/site-2026-01-31

Everything is checked before anything is changed: the manifest, the checksum of the database dump and of every
media file, the migrations (the database must be at the same ones as the backed-up one: restore with the
release that made the backup, then upgrade), and that the database holds no content yet (`--force` replaces
what it holds). The database content is then replaced in one transaction, the media files are written and
read back against their checksums, and the search index and the reference index are rebuilt.
"""

import shutil
import tarfile
import tempfile
from pathlib import Path

from django.core.files.base import File
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.core.management.color import no_style
from django.db import connection, transaction

from ops.backup import (
    CHUNK,
    DATA,
    KEPT_TABLES,
    MEDIA,
    applied_migrations,
    read_manifest,
    safe_member_name,
    sha256_of,
    verify_file,
    verify_media_archive,
)

WAGTAIL_WELCOME_TITLE = "Welcome to your new Wagtail site!"


def database_content():
    """What the database holds beyond what migrate creates (root page, Wagtail's welcome page, groups)."""
    from django.contrib.auth import get_user_model
    from wagtail.contrib.forms.models import FormSubmission
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Page

    found = {
        "users": get_user_model().objects.count(),
        "pages": Page.objects.exclude(depth=1).exclude(depth=2, title=WAGTAIL_WELCOME_TITLE).count(),
        "images": get_image_model().objects.count(),
        "documents": get_document_model().objects.count(),
        "form submissions": FormSubmission.objects.count(),
    }
    return {what: count for what, count in found.items() if count}


class Command(BaseCommand):
    help = "Restore a backup made by backup_site into a freshly migrated, empty database."

    def add_arguments(self, parser):
        parser.add_argument("directory", help="The backup's directory (with manifest.json).")
        parser.add_argument(
            "--force",
            action="store_true",
            help="Replace the content of a database that is not empty, and media files that differ.",
        )

    def handle(self, *args, directory, force, **options):
        source = Path(directory)
        manifest = read_manifest(source)

        # 1. The backup is whole and untouched.
        verify_file(source / DATA, manifest["database"], "The database dump")
        verify_file(source / MEDIA, manifest["media"], "The media archive")
        media_files = manifest["media"]["files"]
        verify_media_archive(source / MEDIA, media_files)

        # 2. The database and the storage can take it.
        migrations = applied_migrations()
        if migrations is None:
            raise CommandError("The database has no tables: run `manage.py migrate` first, then restore.")
        if migrations != manifest["migrations"]:
            missing = sorted(set(manifest["migrations"]) - set(migrations))
            extra = sorted(set(migrations) - set(manifest["migrations"]))
            raise CommandError(
                "The database is not at the migrations of the backup. Restore with the release that made the "
                "backup, then upgrade.\n"
                f"  In the backup only: {missing[:10]}\n  In this database only: {extra[:10]}"
            )
        content = database_content()
        if content and not force:
            summary = ", ".join(f"{count} {what}" for what, count in content.items())
            raise CommandError(
                f"The database is not empty ({summary}). Restore into a new database, or use --force to "
                "replace its content."
            )
        conflicts = self.conflicting_media(media_files)
        if conflicts and not force:
            raise CommandError(
                f"{len(conflicts)} media file(s) already exist with other content, e.g. {conflicts[0]}. "
                "Restore into an empty media storage, or use --force to overwrite them."
            )

        # 3. The database content, replaced in one transaction.
        with transaction.atomic():
            self.clear_database()
            call_command("loaddata", str(source / DATA), verbosity=0)
            self.check_counts(manifest["database"]["objects"])
        self.stdout.write(f"Database restored: {sum(manifest['database']['objects'].values())} objects.")

        # 4. The media files, each read back against its checksum.
        written = self.restore_media(source / MEDIA, media_files)
        self.stdout.write(
            f"Media restored: {written} files written, {len(media_files) - written} already there."
        )

        # 5. What the backup leaves out on purpose.
        call_command("update_index", verbosity=0)
        call_command("rebuild_references_index", verbosity=0)
        self.purge_caches()
        self.stdout.write(self.style.SUCCESS("Restore complete; search index and reference index rebuilt."))

    @staticmethod
    def conflicting_media(media_files):
        conflicts = []
        for name, expected in media_files.items():
            if default_storage.exists(name):
                with default_storage.open(name, "rb") as existing:
                    if sha256_of(existing) != (expected["sha256"], expected["size"]):
                        conflicts.append(name)
        return conflicts

    @staticmethod
    def clear_database():
        """Empty every table of the project but content types and permissions (referred to by natural key)."""
        tables = [
            table
            for table in connection.introspection.django_table_names(only_existing=True, include_views=False)
            if table not in KEPT_TABLES
        ]
        statements = connection.ops.sql_flush(no_style(), tables, reset_sequences=False, allow_cascade=False)
        with connection.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)

    @staticmethod
    def check_counts(expected):
        from django.apps import apps

        for label, count in expected.items():
            model = apps.get_model(label)
            found = model._base_manager.count()
            if found != count:
                raise CommandError(f"{label}: {found} objects after loading, {count} in the backup.")

    @staticmethod
    def restore_media(archive_path, media_files):
        written = 0
        with tarfile.open(archive_path, "r:gz") as archive:
            for member in archive:
                name = safe_member_name(member.name)
                expected = media_files[name]
                if default_storage.exists(name):
                    with default_storage.open(name, "rb") as existing:
                        if sha256_of(existing) == (expected["sha256"], expected["size"]):
                            continue
                    default_storage.delete(name)
                with tempfile.SpooledTemporaryFile(max_size=CHUNK * 8) as buffer:
                    shutil.copyfileobj(archive.extractfile(member), buffer, CHUNK)
                    buffer.seek(0)
                    saved = default_storage.save(name, File(buffer, name=name))
                if saved != name:
                    raise CommandError(f"Media file {name} was stored as {saved}.")
                with default_storage.open(name, "rb") as stored:
                    if sha256_of(stored) != (expected["sha256"], expected["size"]):
                        raise CommandError(f"Media file {name} does not match its checksum once written.")
                written += 1
        return written

    def purge_caches(self):
        """No page or fragment cached before the restore may be served after it."""
        from wagtail.models import Site

        from core.cache import everything_changed

        try:
            everything_changed()
            Site.clear_site_root_paths_cache()
        except Exception as error:  # a cache that is down holds nothing to purge
            self.stderr.write(f"Could not purge the cache ({error}); purge it by hand if it is up.")
