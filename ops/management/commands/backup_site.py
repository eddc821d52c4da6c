"""Back up the whole site into a directory: database content (portable JSON), media files, checksums.

    manage.py backup_site /backup/site-2026-01-31

See ops/backup.py for the format and docs/deploy.md ("Backups and restore") for how it is used.
"""

import datetime
import json
import os
import tarfile
from pathlib import Path

import django
import wagtail
from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction

from ops.backup import (
    DATA,
    FORMAT,
    MANIFEST,
    MEDIA,
    HashingReader,
    applied_migrations,
    dump_database,
    installed_exclusions,
    sha256_of_path,
    storage_files,
)


class Command(BaseCommand):
    help = "Back up the database content (portable JSON) and the media files, with SHA-256 checksums."

    def add_arguments(self, parser):
        parser.add_argument(
            "directory", help="Where to write the backup (created; must not hold one already)."
        )

    def handle(self, *args, directory, **options):
        target = Path(directory)
        if (target / MANIFEST).exists():
            raise CommandError(f"{target} already holds a backup; choose a new directory.")
        target.mkdir(parents=True, exist_ok=True, mode=0o700)
        migrations = applied_migrations()
        if migrations is None:
            raise CommandError("The database has no tables yet: nothing to back up.")

        data_path = target / DATA
        with self.snapshot():
            counts = dump_database(data_path)
        os.chmod(data_path, 0o600)
        data_sha256, data_size = sha256_of_path(data_path)

        media_path = target / MEDIA
        media_files = self.archive_media(media_path)
        os.chmod(media_path, 0o600)
        media_sha256, media_size = sha256_of_path(media_path)

        manifest = {
            "format": FORMAT,
            "created_at": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
            "source": {
                "database_vendor": connection.vendor,
                "django": django.get_version(),
                "wagtail": wagtail.__version__,
            },
            "migrations": migrations,
            "excluded": installed_exclusions(),
            "database": {
                "file": DATA,
                "sha256": data_sha256,
                "size": data_size,
                "objects": counts,
            },
            "media": {"file": MEDIA, "sha256": media_sha256, "size": media_size, "files": media_files},
        }
        manifest_path = target / MANIFEST
        manifest_path.write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
        os.chmod(manifest_path, 0o600)
        self.stdout.write(
            self.style.SUCCESS(
                f"Backed up {sum(counts.values())} database objects and {len(media_files)} media files "
                f"to {target}."
            )
        )

    @staticmethod
    def snapshot():
        """One consistent view of the database for the whole dump (PostgreSQL: a repeatable-read transaction)."""
        if connection.vendor != "postgresql" or connection.in_atomic_block:
            return transaction.atomic()

        class RepeatableRead:
            def __enter__(self):
                self.atomic = transaction.atomic()
                self.atomic.__enter__()
                with connection.cursor() as cursor:
                    cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")

            def __exit__(self, *exc_info):
                return self.atomic.__exit__(*exc_info)

        return RepeatableRead()

    @staticmethod
    def archive_media(path):
        """Write every media file into a .tar.gz; return {name: {sha256, size}}."""
        files = {}
        with tarfile.open(path, "w:gz") as archive:
            for name in storage_files(default_storage):
                info = tarfile.TarInfo(name)
                info.size = default_storage.size(name)
                info.mode = 0o644
                try:
                    info.mtime = default_storage.get_modified_time(name).timestamp()
                except (NotImplementedError, OSError):
                    pass
                with default_storage.open(name, "rb") as source:
                    reader = HashingReader(source)
                    archive.addfile(info, reader)
                if reader.size != info.size:
                    raise CommandError(f"Media file changed while it was being backed up: {name}")
                files[name] = {"sha256": reader.hexdigest(), "size": reader.size}
        return files
