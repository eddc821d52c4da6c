from django.apps import AppConfig


class ApiConfig(AppConfig):
    """The read-only Wagtail API v2 for partner sites."""

    name = "api"
    verbose_name = "API"
