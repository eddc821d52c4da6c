"""Every database gets its own first content version (core.cache.first_content_version): fragments cached for
another database under the same cache directory or Redis are never read as this one's."""

from django.db import migrations


def create_version(apps, schema_editor):
    from core.cache import first_content_version

    ContentVersion = apps.get_model("core", "ContentVersion")
    ContentVersion.objects.get_or_create(pk=1, defaults={"value": first_content_version()})


class Migration(migrations.Migration):
    dependencies = [("core", "0002_content_version_pending_purge")]

    operations = [migrations.RunPython(create_version, migrations.RunPython.noop)]
