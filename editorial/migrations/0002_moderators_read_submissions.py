"""Moderators read, export and delete form submissions; nobody else does (issue 14)."""

from django.db import migrations

from editorial.roles import migrate_roles


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0001_roles"),
        ("wagtailforms", "0005_alter_formsubmission_form_data"),
    ]

    operations = [migrations.RunPython(migrate_roles, migrations.RunPython.noop)]
