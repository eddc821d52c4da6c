from django.apps import AppConfig


class EditorialConfig(AppConfig):
    """Roles, the review workflow and the admin's dashboard for communications staff."""

    name = "editorial"
    verbose_name = "Editorial work"
    default_auto_field = "django.db.models.BigAutoField"
