"""The backup format shared by `backup_site` and `restore_site` (docs/deploy.md, "Backups and restore").

A backup is a directory of three files:

- `data.json`: the database's content in Django's JSON serialization (what `dumpdata` writes, read back by
  `loaddata`). Every row keeps its id, except that content types and permissions, which `migrate` creates with
  ids of its own in each database, are referred to by name ("natural keys"): so the dump loads into any freshly
  migrated database, PostgreSQL or SQLite. Only those two use natural keys: Wagtail gives pages and
  collections natural keys too (their paths), which would break on any dangling reference (the history keeps
  entries of deleted pages). Left out, because `migrate`, `update_index` and `rebuild_references_index` rebuild
  them, or because they are throwaway: see EXCLUDED.
- `media.tar.gz`: every file of the media storage (original images, renditions, documents), local disk or
  S3 bucket alike, read through Django's storage API.
- `manifest.json`: the SHA-256 and size of data.json, of the archive and of every media file, the number of
  objects of each model, and the migrations the database had, which the restoring database must have too.

The backup holds password hashes and form submissions (personal data): its files are readable by their owner
only, and it must be stored accordingly.
"""

import collections
import hashlib
import json
import posixpath
import tarfile
from pathlib import Path

from django.apps import apps
from django.core.management.base import CommandError
from django.core.serializers import json as json_serializer
from django.db import connection, router
from django.db.migrations.recorder import MigrationRecorder

FORMAT = 1
MANIFEST = "manifest.json"
DATA = "data.json"
MEDIA = "media.tar.gz"
CHUNK = 1024 * 1024

# Not backed up. Restoring clears them too (but content types and permissions, which migrate made).
EXCLUDED = [
    "contenttypes",  # made by migrate; referred to by natural key
    "auth.permission",  # made by migrate; referred to by natural key
    "sessions",  # everyone signs in again after a restore
    "admin.logentry",  # Django's own admin log (the site uses Wagtail's history, which is kept)
    "wagtailsearch.indexentry",  # the search index: rebuilt by update_index
    "wagtailsearch.sqliteftsindexentry",
    "wagtailcore.referenceindex",  # rebuilt by rebuild_references_index
    "wagtailadmin.editingsession",  # who has an editor open at this moment
    "axes",  # login attempts and lockouts
]
# Tables migrate fills and the restore keeps: the dump refers to their rows by natural key.
KEPT_TABLES = {"django_content_type", "auth_permission"}


# The only models referred to by natural key in the dump.
NATURAL_KEY_MODELS = {"contenttypes.contenttype", "auth.permission"}


class Serializer(json_serializer.Serializer):
    """Django's JSON serializer, with natural keys for content types and permissions only."""

    def uses_natural_key(self, field):
        return field.remote_field.model._meta.label_lower in NATURAL_KEY_MODELS

    def handle_fk_field(self, obj, field):
        self.use_natural_foreign_keys = self.uses_natural_key(field)
        super().handle_fk_field(obj, field)

    def handle_m2m_field(self, obj, field):
        self.use_natural_foreign_keys = self.uses_natural_key(field)
        super().handle_m2m_field(obj, field)


def dumped_models():
    """Every model whose rows are backed up, as dumpdata would list them, less EXCLUDED."""
    excluded = set(EXCLUDED)
    models = []
    for model in apps.get_models():
        options = model._meta
        if options.proxy or not options.managed or not router.allow_migrate_model(connection.alias, model):
            continue
        if options.app_label in excluded or options.label_lower in excluded:
            continue
        models.append(model)
    return models


def dump_database(path):
    """Write every backed-up row to `path` as JSON; return the number of objects of each model."""
    counts = collections.Counter()

    def objects():
        for model in dumped_models():
            for obj in model._base_manager.using(connection.alias).order_by(model._meta.pk.name).iterator():
                counts[model._meta.label_lower] += 1
                yield obj

    with open(path, "w", encoding="utf-8") as stream:
        Serializer().serialize(objects(), stream=stream, use_natural_foreign_keys=True)
    return dict(sorted(counts.items()))


def installed_exclusions():
    """EXCLUDED, without the apps or models this installation does not have (dumpdata refuses unknown ones)."""
    labels = []
    for label in EXCLUDED:
        app_label, _, model_name = label.partition(".")
        try:
            config = apps.get_app_config(app_label)
            if model_name:
                config.get_model(model_name)
        except LookupError:
            continue
        labels.append(label)
    return labels


def sha256_of(fileobj):
    digest = hashlib.sha256()
    size = 0
    while chunk := fileobj.read(CHUNK):
        digest.update(chunk)
        size += len(chunk)
    return digest.hexdigest(), size


def sha256_of_path(path):
    with open(path, "rb") as fileobj:
        return sha256_of(fileobj)


class HashingReader:
    """A file wrapper that computes the SHA-256 of what is read through it."""

    def __init__(self, fileobj):
        self.fileobj = fileobj
        self.digest = hashlib.sha256()
        self.size = 0

    def read(self, size=-1):
        chunk = self.fileobj.read(size)
        self.digest.update(chunk)
        self.size += len(chunk)
        return chunk

    def hexdigest(self):
        return self.digest.hexdigest()


def storage_files(storage, directory=""):
    """Every file name in a storage, recursively, in a stable order."""
    try:
        directories, files = storage.listdir(directory)
    except FileNotFoundError:  # no media directory yet: nothing was ever uploaded
        return []
    names = [posixpath.join(directory, name) if directory else name for name in sorted(files)]
    for name in sorted(directories):
        names.extend(storage_files(storage, posixpath.join(directory, name) if directory else name))
    return names


def safe_member_name(name):
    """A media file's name inside the archive, refused if it could escape the media storage."""
    normalised = posixpath.normpath(name)
    if (
        not name
        or name.startswith("/")
        or "\\" in name
        or normalised != name
        or normalised == ".."
        or normalised.startswith("../")
    ):
        raise CommandError(f"Unsafe file name in the media archive: {name!r}")
    return name


def applied_migrations():
    recorder = MigrationRecorder(connection)
    if not recorder.has_table():
        return None
    return sorted(f"{app}.{name}" for app, name in recorder.applied_migrations())


def read_manifest(directory):
    path = Path(directory) / MANIFEST
    if not path.is_file():
        raise CommandError(f"{path} not found: not a backup made by backup_site.")
    manifest = json.loads(path.read_text())
    if manifest.get("format") != FORMAT:
        raise CommandError(f"Unknown backup format {manifest.get('format')!r} (this release reads {FORMAT}).")
    return manifest


def verify_file(path, expected, what):
    if not path.is_file():
        raise CommandError(f"{what} missing: {path}")
    digest, size = sha256_of_path(path)
    if digest != expected["sha256"] or size != expected["size"]:
        raise CommandError(f"{what} does not match its checksum in the manifest: {path}")


def verify_media_archive(path, expected_files):
    """Check every file of the archive against the manifest, without writing anything."""
    seen = set()
    with tarfile.open(path, "r:gz") as archive:
        for member in archive:
            name = safe_member_name(member.name)
            if not member.isfile():
                raise CommandError(f"Unexpected entry in the media archive (not a plain file): {name!r}")
            if name not in expected_files:
                raise CommandError(f"File in the media archive but not in the manifest: {name}")
            if name in seen:
                raise CommandError(f"File twice in the media archive: {name}")
            seen.add(name)
            digest, size = sha256_of(archive.extractfile(member))
            expected = expected_files[name]
            if digest != expected["sha256"] or size != expected["size"]:
                raise CommandError(f"Media file does not match its checksum in the manifest: {name}")
    missing = sorted(set(expected_files) - seen)
    if missing:
        raise CommandError(
            f"{len(missing)} media file(s) of the manifest missing from the archive: {missing[:5]}"
        )
