"""Resources share the article's fields (news.models.ItemPage): the cover becomes the featured image.

The columns are renamed, not dropped and added, so that every cover and its description are kept. The same
names are changed where Wagtail and wagtail-localize keep a copy of the page's fields: in the content of
revisions (drafts and history, which the editor opens), in the content of translation sources and in the
translation contexts (so that the French, Dutch and German descriptions of a cover stay translated).
"""

import json
import uuid

import django.db.models.deletion
from django.db import migrations, models

RENAMED = {"cover_image": "featured_image", "cover_image_alt": "featured_image_alt"}
MIGRATION_NAME = "0002_shared_item_fields"
# wagtail_localize.models.TranslationContext derives `path_id` from `path` with this namespace.
LOCALIZE_PATH_NAMESPACE = uuid.UUID("fcab004a-2b50-11ea-978f-2e728ce88125")


def renamed_keys(content, renames):
    if not isinstance(content, dict):
        return content
    return {renames.get(key, key): value for key, value in content.items()}


def rename_copies(apps, schema_editor, renames=None, schema_version=MIGRATION_NAME):
    renames = renames or RENAMED
    content_type_model = apps.get_model("contenttypes", "ContentType")
    resource_type = content_type_model.objects.filter(app_label="resources", model="resourcepage").first()
    if resource_type is None:
        return  # a new database: no resource was ever saved
    revision_model = apps.get_model("wagtailcore", "Revision")
    for revision in revision_model.objects.filter(content_type_id=resource_type.pk).only("pk", "content").iterator():
        content = renamed_keys(revision.content, renames)
        if content != revision.content:
            revision_model.objects.filter(pk=revision.pk).update(content=content)

    source_model = apps.get_model("wagtail_localize", "TranslationSource")
    for source in source_model.objects.filter(specific_content_type_id=resource_type.pk).iterator():
        try:
            data = json.loads(source.content_json)
        except ValueError:
            continue
        renamed = renamed_keys(data, renames)
        if renamed != data:
            source_model.objects.filter(pk=source.pk).update(
                content_json=json.dumps(renamed), schema_version=schema_version
            )

    context_model = apps.get_model("wagtail_localize", "TranslationContext")
    for old, new in renames.items():
        # Only ResourcePage ever had fields named cover_image and cover_image_alt.
        context_model.objects.filter(path=old).update(
            path=new, field_path=new, path_id=uuid.uuid5(LOCALIZE_PATH_NAMESPACE, new)
        )


def rename_copies_back(apps, schema_editor):
    rename_copies(apps, schema_editor, {new: old for old, new in RENAMED.items()}, schema_version="0001_initial")


class Migration(migrations.Migration):
    dependencies = [
        ("resources", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [
        migrations.RenameField(model_name="resourcepage", old_name="cover_image", new_name="featured_image"),
        migrations.RenameField(
            model_name="resourcepage", old_name="cover_image_alt", new_name="featured_image_alt"
        ),
        migrations.AlterField(
            model_name="resourcepage",
            name="featured_image",
            field=models.ForeignKey(
                blank=True,
                help_text="Shown at the top of the page, in lists and when the page is shared.",
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="wagtailimages.image",
                verbose_name="featured image",
            ),
        ),
        migrations.AlterField(
            model_name="resourcepage",
            name="featured_image_alt",
            field=models.CharField(
                blank=True,
                help_text="Describe what the image shows, for people who cannot see it.",
                max_length=250,
                verbose_name="featured image description",
            ),
        ),
        migrations.AddField(
            model_name="resourcepage",
            name="featured_image_credit",
            field=models.CharField(
                blank=True, help_text="e.g. © IOM 2021", max_length=150, verbose_name="featured image credit"
            ),
        ),
        migrations.AlterField(
            model_name="resourcepage",
            name="summary",
            field=models.TextField(
                blank=True,
                help_text="Two or three sentences in our own words, shown in lists and at the top of the page.",
                verbose_name="summary",
            ),
        ),
        migrations.RunPython(rename_copies, rename_copies_back),
    ]
