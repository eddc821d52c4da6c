from django.apps import AppConfig


class OpsConfig(AppConfig):
    """Operations commands: backup, restore, the first administrator account."""

    name = "ops"
    verbose_name = "Operations"
