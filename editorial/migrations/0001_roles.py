"""Editors, Moderators and one Translators group per language, with their permissions (idempotent)."""

from django.db import migrations

from editorial.roles import migrate_roles


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("wagtailadmin", "0006_formstate"),
    ]

    operations = [migrations.RunPython(migrate_roles, migrations.RunPython.noop)]
