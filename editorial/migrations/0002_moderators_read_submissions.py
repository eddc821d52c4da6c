"""Moderators read, export and delete form submissions; nobody else does (issue 14)."""

from django.db import migrations


def update_roles(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    from editorial.roles import ensure_roles

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    ensure_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0001_roles"),
        ("wagtailforms", "0005_alter_formsubmission_form_data"),
    ]

    operations = [migrations.RunPython(update_roles, migrations.RunPython.noop)]
