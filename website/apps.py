from django.apps import AppConfig


class WebsiteConfig(AppConfig):
    """The project itself: health check, page cache invalidation, security middleware."""

    name = "website"
    verbose_name = "Website"

    def ready(self):
        from . import signals

        signals.connect()
