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
