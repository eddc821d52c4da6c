"""Menus, breadcrumbs, section navigation and the language switcher, each in a fixed number of queries."""

from django import template
from django.conf import settings
from django.core.cache import cache
from django.db.models import Q
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page, Site

from core.cache import cached_fragment, fragment_key

register = template.Library()


def _language_names():
    return dict(settings.LANGUAGES)


def get_home_page(request):
    """The home page of the active language (falling back to the site's root page), cached on the request."""
    if request is None:
        return None
    if not hasattr(request, "localized_home"):
        site = Site.find_for_request(request)
        home = None
        if site is not None:
            # Only the page's id is kept in the cache: pages themselves are never pickled.
            key = fragment_key(f"home:{site.pk}:{translation.get_language()}")
            home_pk = cache.get(key)
            if home_pk is not None:
                home = Page.objects.filter(pk=home_pk).first()
            if home is None:
                home = localized_root(site)
                cache.set(key, home.pk, settings.FRAGMENT_CACHE_SECONDS)
        request.localized_home = home
    return request.localized_home


def localized_root(site):
    """The site's root page in the active language, else the root page itself: one query."""
    language = get_supported_content_language_variant(translation.get_language())
    root_key = Page.objects.filter(pk=site.root_page_id).values("translation_key")
    candidates = list(
        Page.objects.filter(
            Q(pk=site.root_page_id) | Q(translation_key__in=root_key, locale__language_code=language)
        ).order_by("depth", "path")
    )
    root = next(page for page in candidates if page.pk == site.root_page_id)
    return next((page for page in candidates if page.locale_id != root.locale_id), root)


def page_translations(request, page):
    """{language code: url} for every language the page is live in; one query per page and cache generation.

    Preview requests (unsaved pages, possibly without a primary key) are never cached.
    """
    memo = getattr(request, "page_translations_memo", None) if request is not None else None
    if memo is not None and memo[0] == page.pk:
        return memo[1]

    def build():
        translations = page.get_translations(inclusive=True).live().select_related("locale")
        return {p.locale.language_code: p.get_url(request) for p in translations}

    if request is None or getattr(request, "is_preview", False) or not page.pk:
        result = build()
    else:
        result = cached_fragment(f"translations:{page.pk}", build)
    if request is not None:
        request.page_translations_memo = (page.pk, result)
    return result


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context):
    """The language's top-level sections and their subsections; the structure is cached until a publish."""
    request = context.get("request")
    home = get_home_page(request)
    current = context.get("page")
    items = cached_fragment(f"menu:{home.pk}", lambda: build_menu(home, request)) if home is not None else []
    current_path = current.path if isinstance(current, Page) else ""
    items = [
        {**item, "active": bool(current_path) and current_path.startswith(item["path"])} for item in items
    ]
    return {"home": home, "items": items, "request": request}


def build_menu(home, request=None):
    """Both levels of the menu in one query (plus Wagtail's view-restriction lookup of `public()`); URLs with
    `get_url(request)`, which reuses the site list Wagtail keeps on the request."""
    pages = (
        Page.objects.live()
        .public()
        .in_menu()
        .filter(path__startswith=home.path, depth__in=(home.depth + 1, home.depth + 2))
        .order_by("path")
    )
    top, children = [], {}
    for page in pages:
        if page.depth == home.depth + 1:
            top.append(page)
        else:
            children.setdefault(page.path[: -Page.steplen], []).append(
                {"title": page.title, "url": page.get_url(request)}
            )
    return [
        {
            "title": page.title,
            "url": page.get_url(request),
            "path": page.path,
            "children": children.get(page.path, []),
        }
        for page in top
    ]


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    """The page's ancestors below the tree root as (title, url) pairs, kept until the next publish."""
    request = context.get("request")
    page = context.get("page")
    ancestors = []
    if isinstance(page, Page) and page.depth > 2:

        def build():
            trail = page.get_ancestors().filter(depth__gt=1).order_by("depth")
            return [{"title": ancestor.title, "url": ancestor.get_url(request)} for ancestor in trail]

        if getattr(request, "is_preview", False) or not page.pk:
            ancestors = build()
        else:
            ancestors = cached_fragment(f"crumbs:{page.pk}", build)
    return {"ancestors": ancestors, "page": page, "request": request}


def section_nav_content_types():
    """Page types shown in a section's navigation: sections and the like, not articles or library items.

    A page type opts out with `show_in_section_nav = False`, so that a library of thousands of items
    does not become thousands of links in the sidebar.
    """
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import get_page_models

    models = [model for model in get_page_models() if getattr(model, "show_in_section_nav", True)]
    return [ct.pk for ct in ContentType.objects.get_for_models(*models).values()]


@register.inclusion_tag("components/section_nav.html", takes_context=True)
def section_nav(context):
    """The pages of the top-level section that holds the current page, as a nested list."""
    request = context.get("request")
    page = context.get("page")
    if not isinstance(page, Page) or page.depth < 3:
        return {"section": None}
    section_path = page.path[: Page.steplen * 3]
    if getattr(request, "is_preview", False) or not page.pk:
        section = build_section_nav(section_path, request)
    else:
        section = cached_fragment(
            f"section-nav:{section_path}", lambda: build_section_nav(section_path, request)
        )
    return {"section": section, "current": page, "request": request}


def build_section_nav(section_path, request):
    """{"pk", "title", "url", "children": [...]} for a top-level section, or None when it has no subpages."""
    descendants = list(
        Page.objects.live()
        .public()
        .filter(path__startswith=section_path, depth__gte=3, depth__lte=6)
        .filter(content_type__in=section_nav_content_types())
        .order_by("path")
    )
    if not descendants or descendants[0].path != section_path:
        return None
    section = descendants[0]

    def node(page):
        return {"pk": page.pk, "title": page.title, "url": page.get_url(request), "children": []}

    nodes = {section.path: node(section)}
    for desc in descendants[1:]:
        parent = nodes.get(desc.path[: -Page.steplen])
        if parent is None:
            continue
        nodes[desc.path] = node(desc)
        parent["children"].append(nodes[desc.path])
    return nodes[section.path] if nodes[section.path]["children"] else None


# Only these parameters follow the visitor to another language, each cut short: a hostile 100 kB query
# string must not be copied into every link of the switcher.
SWITCHER_PARAMS = ("q", "kind", "topic", "year", "section", "type", "language")


def switcher_query(request):
    from urllib.parse import urlencode

    kept = [(name, request.GET.get(name, "")[:200]) for name in SWITCHER_PARAMS if request.GET.get(name)]
    return urlencode(kept)


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to this page in the other languages where it exists (for pages), or the same view elsewhere."""
    request = context.get("request")
    page = context.get("page")
    names = _language_names()
    current = translation.get_language()
    links = []
    if isinstance(page, Page) and page.pk:
        by_code = page_translations(request, page)
        for code, name in settings.LANGUAGES:
            if code in by_code:
                links.append({"code": code, "name": name, "url": by_code[code], "current": code == current})
    elif request is not None and getattr(request, "resolver_match", None) and request.resolver_match.url_name:
        for code, name in settings.LANGUAGES:
            with translation.override(code):
                try:
                    url = reverse(
                        request.resolver_match.view_name,
                        args=request.resolver_match.args,
                        kwargs=request.resolver_match.kwargs,
                    )
                except NoReverseMatch:  # a view without a reversible name gets no switcher
                    continue
            query = switcher_query(request)
            links.append(
                {
                    "code": code,
                    "name": name,
                    "url": f"{url}?{query}" if query else url,
                    "current": code == current,
                }
            )
    return {"links": links, "current_name": names.get(current, current)}


@register.simple_tag(takes_context=True)
def localized_home_url(context):
    request = context.get("request")
    home = get_home_page(request)
    return home.get_url(request) if home is not None else "/"


@register.simple_tag(takes_context=True)
def page_hreflang_alternates(context):
    """(code, absolute url) pairs of the languages in which the current page really exists."""
    request = context.get("request")
    page = context.get("page")
    if not isinstance(page, Page) or not page.pk or request is None:
        return []
    by_code = page_translations(request, page)
    return [
        (code, request.build_absolute_uri(by_code[code]))
        for code, _name in settings.LANGUAGES
        if code in by_code
    ]


@register.inclusion_tag("components/footer.html", takes_context=True)
def site_footer(context):
    from home.models import ContactSettings, FooterText

    # The footer's HTML is kept whole by base.html's {% cache %} under the site, language and content version.
    request = context.get("request")
    footer, contact = FooterText.for_active_locale(), ContactSettings.objects.first()
    statement = accessibility_statement(request)
    return {"footer": footer, "contact": contact, "accessibility_statement": statement, "request": request}


# The accessibility statement is the live page whose default-language version has this slug (home/seed).
ACCESSIBILITY_STATEMENT_SLUG = "accessibility"


def accessibility_statement(request=None):
    """{"title", "url", "lang"} of the accessibility statement in the visitor's language (else in the default
    language, with that language's code as "lang"), or {} when the site has none. Two queries."""
    key = (
        Page.objects.filter(slug=ACCESSIBILITY_STATEMENT_SLUG, locale__language_code=settings.LANGUAGE_CODE)
        .order_by("depth")
        .values_list("translation_key", flat=True)
        .first()
    )
    if key is None:
        return {}
    active, default = translation.get_language(), settings.LANGUAGE_CODE
    pages = {
        page.locale.language_code: page
        for page in Page.objects.live()
        .public()
        .filter(translation_key=key, locale__language_code__in=[active, default])
        .select_related("locale")
    }
    page = pages.get(active) or pages.get(default)
    if page is None:
        return {}
    lang = "" if page.locale.language_code == active else default
    return {"title": page.title, "url": page.get_url(request), "lang": lang}
