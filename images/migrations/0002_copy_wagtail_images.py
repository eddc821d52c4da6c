"""Copies any picture stored in Wagtail's default image table into the site's model, keeping its id, so that the
pages pointing at it (featured images, portraits, image blocks) keep pointing at the same picture."""

from django.db import migrations

from images.copying import to_site_images


class Migration(migrations.Migration):
    dependencies = [
        ("images", "0001_initial"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [migrations.RunPython(to_site_images, migrations.RunPython.noop)]
