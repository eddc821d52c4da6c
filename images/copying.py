"""Moves image rows between Wagtail's default table and the site's own, keeping ids, for the migrations that point
pages at one or the other (both ways, so that a migration can be reversed with its pictures)."""

from django.core.management.color import no_style

FIELDS = (
    "title",
    "file",
    "width",
    "height",
    "created_at",
    "uploaded_by_user_id",
    "focal_point_x",
    "focal_point_y",
    "focal_point_width",
    "focal_point_height",
    "file_size",
    "file_hash",
    "collection_id",
    "description",
)


def copy_rows(apps, schema_editor, source, target):
    Source = apps.get_model(*source)
    Target = apps.get_model(*target)
    db = schema_editor.connection.alias
    present = set(Target.objects.using(db).values_list("pk", flat=True))
    copied = [
        Target(pk=old.pk, **{name: getattr(old, name) for name in FIELDS})
        for old in Source.objects.using(db).exclude(pk__in=present).iterator()
    ]
    if copied:
        Target.objects.using(db).bulk_create(copied)
        with schema_editor.connection.cursor() as cursor:
            for sql in schema_editor.connection.ops.sequence_reset_sql(no_style(), [Target]):
                cursor.execute(sql)


def to_site_images(apps, schema_editor):
    copy_rows(apps, schema_editor, ("wagtailimages", "Image"), ("images", "SiteImage"))


def to_wagtail_images(apps, schema_editor):
    copy_rows(apps, schema_editor, ("images", "SiteImage"), ("wagtailimages", "Image"))
