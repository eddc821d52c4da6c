"""`{% fragment "name" key ... %}…{% endfragment %}`: a piece of a page rendered once per cache generation.

The parts of a page that only change when something is published (a page's header and menu, its body, its
listings, its breadcrumbs) are stored as HTML in Django's cache under the content version that the database holds
(core/cache.py), the site, the active language and the given keys (ids and validated host names, never free
visitor input). Any publish, unpublish, move, delete or content change raises the version, so a fragment is never
stale. It is Django's {% cache %} with the version and the language put in the key for the template. Previews always render afresh: they show unsaved content; so does a fragment whose key is empty (a
`page.pk` on a view that is not a page, say).
"""

import hashlib

from django import template
from django.utils import translation
from django.utils.safestring import mark_safe

from core.cache import cached_fragment

register = template.Library()


class FragmentNode(template.Node):
    def __init__(self, nodelist, name, keys):
        self.nodelist = nodelist
        self.name = name
        self.keys = keys

    def render(self, context):
        request = context.get("request")
        if request is None or getattr(request, "is_preview", False):
            return self.nodelist.render(context)
        values = [key.resolve(context) for key in self.keys]
        if any(value is None or value == "" for value in values):  # e.g. no page: a view, not a page
            return self.nodelist.render(context)
        keys = ":".join(str(value) for value in values)
        if len(keys) > 100:
            keys = hashlib.sha256(keys.encode()).hexdigest()
        site = context.get("cache_site", "")
        name = f"html:{self.name.resolve(context)}:{site}:{translation.get_language()}:{keys}"
        return mark_safe(cached_fragment(name, lambda: self.nodelist.render(context)))  # noqa: S308 - rendered here


@register.tag
def fragment(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("{% fragment %} needs a name: {% fragment 'body' page.pk %}")
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    return FragmentNode(
        nodelist, parser.compile_filter(bits[1]), [parser.compile_filter(bit) for bit in bits[2:]]
    )
