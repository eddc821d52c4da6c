"""The seed's ledger: a seed command seeds only what it owns, and never judges or touches what editors made.

`seed_site` runs on every `make run`, so it runs on databases that editors have worked on for months: they add,
rename, move, unpublish and delete pages, in every language. Whatever a seed command makes (pages, snippets,
documents, images, translations, one-off steps such as the editorial groups) goes through `SeedLedger`, which
keeps one `core.models.SeedRecord` per thing under a stable key of the seed's own choosing, for example
`page:who-we-are/about`, `page:who-we-are/about@fr` (its French translation), `topic:migrants-rights`,
`step:review-workflow@de`. The rules:

1. **Made once, recorded.** The first run makes the thing and records it in the same transaction.
2. **Recorded and still there: left exactly as it is.** `ensure()` returns it and the seed changes nothing in
   it, not its title, slug, place in the tree, live state or content. What the seed adds below a page goes
   wherever the page now is.
3. **Recorded and gone: never made again.** Editors deleted it (a page, a translation, a snippet): `ensure()`
   returns None, and nothing is made in its place or below it.
4. **Not recorded: made now.** Content added to the seed since the last run is made on the next. If something
   already stands where it would go (a page with its slug under its parent, found by `find`), it is someone
   else's: it is left alone and nothing is made (unless `claim=True`, for things the seed may share, such as a
   topic of the same slug).
5. **Only what is recorded is translated or linked to by the seed**: pages, snippets and topics that editors
   made are never looked at.
6. **What cannot be made on top of editors' changes is skipped, not an error**: `create` returns None (for
   example a translation whose English editors have rewritten, or whose parent they moved under a page that has
   no translation); nothing is recorded and the next run tries again. The command says so in one line.

Databases seeded before this ledger existed have no records. `adoptable` names the keys that such a seed made
on every run: the first run with the ledger records what it finds of them in place (adopted as seeded, left as
it is) and records the ones it does not find as removed by editors, so that a page that editors deleted or
renamed then is not made again. Keys that were added to the seed later are made as usual.

To seed something new: give it a key, call `ensure(key, create, find)` (or `once(key, action)` for a step
without an object), and make `create` return the new object, or None when it cannot be made yet.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import models

from core.models import SeedRecord


class SeedLedger:
    """The keys a seed command made, and the objects they stand for (see the module's docstring)."""

    def __init__(self, adoptable=frozenset()):
        self.records = {record.key: record for record in SeedRecord.objects.select_related("content_type")}
        self.adoptable = frozenset(adoptable) if not self.records else frozenset()
        self.created = []  # keys of the objects made by this run
        self.removed = []  # keys of seeded objects that editors removed, found missing by this run
        self._objects = None

    @staticmethod
    def base_key(key):
        """A translation's key is its source's key and "@" and the language: "page:news@fr" -> "page:news"."""
        return key.partition("@")[0]

    def adopts(self, key):
        return self.base_key(key) in self.adoptable

    def recorded(self, key):
        return key in self.records

    def get(self, key):
        """The object recorded under `key`, or None if it was never made, was a step, or editors removed it."""
        record = self.records.get(key)
        if record is None or record.content_type_id is None:
            return None
        return self._loaded().get((record.content_type_id, record.object_id))

    def ensure(self, key, create, find=None, claim=False):
        """The object seeded under `key`: made by `create()` the first time, as it is afterwards, or None.

        `find()` returns what already stands where the seed would put it (or None); `claim=True` takes a found
        object as the seed's (topics, locales: things shared rather than owned).
        """
        if key in self.records:
            obj = self.get(key)
            if obj is None and self.records[key].content_type_id is not None:
                self.removed.append(key)
            return obj
        found = find() if find is not None else None
        if self.adopts(key):
            self.record(key, found)
            if found is None:
                self.removed.append(key)
            return found
        if found is not None:
            if claim:
                self.record(key, found)
                return found
            return None
        made = create()
        if made is not None:
            self.record(key, made)
            self.created.append(key)
        return made

    def once(self, key, action):
        """Run `action()` the first time only (on a database seeded before the ledger: never, it was done).

        `action` returns False when it cannot be done yet; it is then tried again on the next run.
        """
        if key in self.records:
            return False
        if self.adopts(key):
            self.record(key, None)
            return False
        if action() is False:
            return False
        self.record(key, None)
        return True

    def record(self, key, obj):
        if isinstance(obj, models.Model):
            content_type = ContentType.objects.get_for_model(obj)
            record = SeedRecord.objects.create(key=key, content_type=content_type, object_id=str(obj.pk))
            self._loaded()[(content_type.pk, record.object_id)] = obj
        else:
            record = SeedRecord.objects.create(key=key)
        self.records[key] = record

    def _loaded(self):
        """Every recorded object still in the database, by (content type id, primary key), one query per type."""
        if self._objects is None:
            self._objects = {}
            ids_by_type = {}
            for record in self.records.values():
                if record.content_type_id is not None:
                    ids_by_type.setdefault(record.content_type, []).append(record.object_id)
            for content_type, ids in ids_by_type.items():
                if content_type.model_class() is None:
                    continue
                for obj in content_type.get_all_objects_for_this_type(pk__in=ids):
                    self._objects[(content_type.pk, str(obj.pk))] = obj
        return self._objects
