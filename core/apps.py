from django.apps import AppConfig


class CoreConfig(AppConfig):
    """Shared infrastructure that knows no page type: caching, faults, uploads, pagination, base blocks and templates."""

    name = "core"
    verbose_name = "Core"

    def ready(self):
        from wagtail.documents import get_document_model
        from wagtail.images import get_image_model
        from wagtail.permissions import register_permission_policy

        from . import signals
        from .permissions import FileDeletionPolicy

        signals.connect()
        # Deleting images and documents needs "delete" on their collection (core/permissions.py). Registered for the
        # exact classes, which wins over the policies wagtail.images and wagtail.documents register after this app.
        for model, auth_model in (
            (get_image_model(), "wagtailimages.Image"),
            (get_document_model(), "wagtaildocs.Document"),
        ):
            register_permission_policy(
                model,
                FileDeletionPolicy(model, auth_model=auth_model, owner_field_name="uploaded_by_user"),
                exact_class=True,
            )
