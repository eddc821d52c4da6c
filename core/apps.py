from django.apps import AppConfig


class CoreConfig(AppConfig):
    """Shared infrastructure that knows no page type: caching, faults, uploads, pagination, base blocks and templates."""

    name = "core"
    verbose_name = "Core"

    def ready(self):
        from . import signals

        signals.connect()
