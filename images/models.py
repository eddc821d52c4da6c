"""The site's image model: every picture carries a description (its alternative text) and a credit, unless the
editor marks it as decorative. Renditions live in their own table, as Wagtail requires for a custom model."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import AbstractImage, AbstractRendition


class SiteImage(AbstractImage):
    credit = models.CharField(
        max_length=150,
        blank=True,
        verbose_name=_("credit"),
        help_text=_("Photographer or source, e.g. © IOM 2024. Required unless the image is decorative."),
    )
    # Named so, because Wagtail's image keeps a "decorative" attribute of its own (set per use by its ImageBlock).
    is_decorative = models.BooleanField(
        default=False,
        verbose_name=_("decorative"),
        help_text=_(
            "Tick only if the image adds nothing to the text (a pattern, an ornament): screen readers skip it "
            "and no description or credit is needed."
        ),
    )

    admin_form_fields = (
        "title",
        "file",
        "description",
        "credit",
        "is_decorative",
        "collection",
        "tags",
        "focal_point_x",
        "focal_point_y",
        "focal_point_width",
        "focal_point_height",
    )

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")

    def missing_details(self):
        """The errors an editor sees when a non-decorative image lacks its description or credit."""
        if self.is_decorative:
            return {}
        errors = {}
        if not (self.description or "").strip():
            errors["description"] = ValidationError(
                _("Describe what the image shows (alternative text), or tick “decorative”."), code="required"
            )
        if not (self.credit or "").strip():
            errors["credit"] = ValidationError(
                _("Give the photographer or source of the image, or tick “decorative”."), code="required"
            )
        return errors

    @property
    def default_alt_text(self):
        """The text for the img element's alt attribute (renditions use it): empty for a decorative image."""
        return "" if self.is_decorative else (self.description or "")


class SiteRendition(AbstractRendition):
    image = models.ForeignKey(SiteImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
