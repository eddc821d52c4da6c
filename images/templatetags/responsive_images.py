from django import template

from images.renditions import picture

register = template.Library()


@register.simple_tag
def responsive_image(image, layout, alt=None, eager=False, css_class=""):
    """{% responsive_image page.featured_image "card" alt=page.featured_image_alt %}: see images/renditions.py."""
    return picture(image, layout, alt=alt, eager=eager, css_class=css_class)
