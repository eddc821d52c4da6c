from django.contrib.contenttypes.models import ContentType
from django.db import models


class SeedRecord(models.Model):
    """One thing that a seed command made (core/seeding.py): a page, a snippet, a translation, a step.

    The record outlives its object: once editors delete a seeded page, the record stays and says that the seed
    made it once, so that the seed never makes it again. Editors never see these records.
    """

    key = models.CharField(max_length=255, unique=True)
    content_type = models.ForeignKey(
        ContentType, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    object_id = models.CharField(max_length=64, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "seed record"

    def __str__(self):
        return self.key


class ContentVersion(models.Model):
    """The version of everything visitors see, one row: raised on publish, unpublish, move, delete and on every
    change to a snippet or setting that pages show (core/signals.py), never by a draft.

    Fragments of pages kept in the cache (menus, footers, bodies) carry it in their key (core/cache.py). It lives
    in the database, not in the cache: a cache that lost its data or missed a change can only miss, never bring
    back a fragment from before the change.
    """

    value = models.BigIntegerField(default=0)

    class Meta:
        verbose_name = "content version"

    def __str__(self):
        return str(self.value)


class PendingPurge(models.Model):
    """An address (or "*" for everything) that the front cache (Varnish) could not be told to forget.

    Kept until a purge succeeds: retried before every later purge and by `manage.py retry_purges` (cron, every
    minute), so that a cache that was unreachable during a publish never serves the old page for longer.
    """

    url = models.CharField(max_length=2000, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    attempts = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "pending purge"

    def __str__(self):
        return self.url
