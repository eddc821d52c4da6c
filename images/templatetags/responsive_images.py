from django import template
from django.conf import settings
from django.utils import translation
from django.utils.html import format_html

from images.renditions import picture

register = template.Library()


@register.simple_tag
def responsive_image(image, layout, alt=None, eager=False, css_class=""):
    """{% responsive_image page.featured_image "card" alt=page.featured_image_alt %}: see images/renditions.py."""
    return picture(image, layout, alt=alt, eager=eager, css_class=css_class)


@register.simple_tag
def image_credit(own, image):
    """The credit to show: the page's or block's own (in the page's language), else the image's. The image library
    has one language (settings.LANGUAGE_CODE): under another language, the image's credit says so with `lang`."""
    if own:
        return format_html('<span class="credit">{}</span>', own)
    if image is None or not image.credit:
        return ""
    if translation.get_language() == settings.LANGUAGE_CODE:
        return format_html('<span class="credit">{}</span>', image.credit)
    return format_html('<span class="credit" lang="{}">{}</span>', settings.LANGUAGE_CODE, image.credit)
