from django.apps import AppConfig


class ImagesConfig(AppConfig):
    """The site's own image model (credit, description, decorative) and the one tag that renders renditions."""

    name = "images"
    verbose_name = "Images"
    default_auto_field = "django.db.models.BigAutoField"
