"""`{% fragment "name" key ... %}…{% endfragment %}`: a piece of a page rendered once per cache generation.

The parts of a page that only change when something is published (a page's body, its listings, its
breadcrumbs) are stored as HTML in the shared cache, under the page cache's generation (core/cache.py), the
active language and the given keys. Any publish, unpublish, move, delete or content change starts a new
generation, so a fragment is never stale. Previews always render afresh: they show unsaved content; so does a fragment whose key is empty (a
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
        name = f"html:{self.name.resolve(context)}:{translation.get_language()}:{keys}"
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
