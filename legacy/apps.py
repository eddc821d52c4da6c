from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LegacyConfig(AppConfig):
    name = "legacy"
    verbose_name = _("Import of the former website")
    default_auto_field = "django.db.models.BigAutoField"
