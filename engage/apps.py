from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EngageConfig(AppConfig):
    name = "engage"
    verbose_name = _("Take Action")
    default_auto_field = "django.db.models.BigAutoField"
