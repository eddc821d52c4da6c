"""Image uploads that are checked before they are decoded (settings.WAGTAILIMAGES_IMAGE_FORM_BASE).

Wagtail's image field measures an upload by decoding it whole, and only then compares its pixels with
WAGTAILIMAGES_MAX_IMAGE_PIXELS: a small file claiming a huge picture (a decompression bomb) would be inflated
in memory first, and a broken or truncated file would stop the admin with a server error. Here the size, the
extension and the pixel count read from the file's header are checked first, and any decoding error becomes the
form's "not a valid image" message.
"""

import os
import struct
import warnings

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from PIL import Image as PILImage
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

# What Pillow raises for a file it cannot decode: a truncated stream, a corrupt chunk, an impossible size.
DECODING_ERRORS = (OSError, SyntaxError, ValueError, EOFError, IndexError, struct.error)


class CheckedImageField(WagtailImageField):
    def to_python(self, data):
        if data in self.empty_values or not hasattr(data, "name"):
            return super().to_python(data)
        self.check_image_file_size(data)
        extension = os.path.splitext(data.name)[1].lower()[1:]
        if extension not in self.allowed_image_extensions:
            raise ValidationError(
                self.error_messages["invalid_image_extension"], code="invalid_image_extension"
            )
        self.check_header_pixels(data)
        try:
            return super().to_python(data)
        except DECODING_ERRORS as exc:
            raise ValidationError(self.error_messages["invalid_image"], code="invalid_image") from exc
        finally:
            data.seek(0)

    def check_header_pixels(self, data):
        """Refuse a picture with more pixels than allowed, from the dimensions in its header, without decoding it."""
        if self.max_image_pixels is None:
            return
        data.seek(0)
        try:
            with warnings.catch_warnings():
                # Pillow warns above its own limit and refuses above twice it; the limit here is lower anyway.
                warnings.simplefilter("ignore", PILImage.DecompressionBombWarning)
                image = PILImage.open(data)  # reads the header only; the file object stays open
                width, height = image.size
        except PILImage.DecompressionBombError:
            raise ValidationError(
                self.error_messages["file_too_many_pixels"]
                % {"num_pixels": _("unknown number"), "max_pixels_count": self.max_image_pixels},
                code="file_too_many_pixels",
            ) from None
        except Exception:  # not a picture Pillow knows: Wagtail's own checks below say what is wrong
            return
        finally:
            data.seek(0)
        if width * height > self.max_image_pixels:
            raise ValidationError(
                self.error_messages["file_too_many_pixels"]
                % {"num_pixels": width * height, "max_pixels_count": self.max_image_pixels},
                code="file_too_many_pixels",
            )


class ImageForm(BaseImageForm):
    """Wagtail's image form (add, edit, chooser and multiple upload), with the checked file field."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")  # absent from the multiple uploader's title-and-tags form
        if field is not None and not isinstance(field, CheckedImageField):
            self.fields["file"] = CheckedImageField(
                label=field.label, required=field.required, widget=field.widget
            )
