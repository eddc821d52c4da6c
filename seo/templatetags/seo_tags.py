"""The page's meta description, Open Graph and Twitter tags and JSON-LD, computed once for the <head>."""

from django import template

from seo import meta

register = template.Library()


@register.simple_tag(takes_context=True)
def page_meta(context):
    return meta.page_meta(context)
