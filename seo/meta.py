"""What a page tells search engines and social networks: title, description, share image, JSON-LD."""

import json
from urllib.parse import urlsplit

from django.conf import settings
from django.templatetags.static import static
from django.utils import translation
from django.utils.text import Truncator
from django.utils.translation import gettext
from wagtail.models import Page

from home.templatetags.navigation_tags import get_home_page, page_translations

# Open Graph names a language with the country of its audience.
OG_LOCALES = {"en": "en_GB", "fr": "fr_BE", "nl": "nl_BE", "de": "de_BE"}
DEFAULT_SHARE_IMAGE = "images/share-default.png"
DEFAULT_SHARE_IMAGE_SIZE = (1200, 630)
LOGO_IMAGE = "images/logo.png"
SHARE_IMAGE_SPEC = "fill-1200x630|format-jpeg"
DESCRIPTION_WORDS = 40


def og_locale(code):
    return OG_LOCALES.get(code, code)


def to_json_ld(data):
    """JSON for a <script type="application/ld+json"> element; no text can close the element it sits in."""
    return json.dumps(data, ensure_ascii=False).replace("<", "\\u003c")


def page_description(page):
    """The page's own description, else its introduction or summary, else a sentence about the office."""
    for field in ("search_description", "intro", "hero_intro", "summary"):
        text = " ".join(str(getattr(page, field, "") or "").split())
        if text:
            return Truncator(text).words(DESCRIPTION_WORDS)
    return gettext("The International Organization for Migration in Belgium and Luxembourg.")


def page_ancestors(request, page):
    """The page's ancestors below the tree root, top first; fetched once per request."""
    cached = getattr(request, "seo_ancestors", None)
    if cached is not None and cached[0] == page.pk:
        return cached[1]
    ancestors = list(page.get_ancestors().filter(depth__gt=1).order_by("depth"))
    request.seo_ancestors = (page.pk, ancestors)
    return ancestors


def share_image(request, page):
    """The page's featured or hero image cut to 1200×630 around its focal point, or the site's default share
    image."""
    image = getattr(page, "featured_image", None) or getattr(page, "hero_image", None)
    if image is not None:
        try:
            rendition = image.get_rendition(SHARE_IMAGE_SPEC)
        except Exception:  # a missing or broken original must not break the page: share the default
            rendition = None
        if rendition is not None:
            return {
                "url": request.build_absolute_uri(rendition.url),
                "width": rendition.width,
                "height": rendition.height,
                "alt": getattr(page, "featured_image_alt", "") or image.default_alt_text or page.title,
                "type": "image/jpeg",
            }
    width, height = DEFAULT_SHARE_IMAGE_SIZE
    return {
        "url": request.build_absolute_uri(static(DEFAULT_SHARE_IMAGE)),
        "width": width,
        "height": height,
        "alt": gettext("IOM Belgium and Luxembourg: the UN Migration agency in Belgium and Luxembourg"),
        "type": "image/png",
    }


def x_handle(url):
    """'@UNmigration' for https://x.com/UNmigration."""
    parts = [part for part in urlsplit(url or "").path.split("/") if part]
    return f"@{parts[0]}" if parts else ""


def contact_details(request):
    """The office's social links, e-mail and telephone; cached on the request (and across requests until a
    publish, where the project's fragment cache is available)."""
    if not hasattr(request, "seo_contact"):
        from home.models import ContactSettings

        def load():
            # Read without creating: a visitor's request must not write (and so purge the page cache).
            contact = ContactSettings.objects.first() or ContactSettings()
            return {
                "x_url": contact.x_url,
                "same_as": [url for _name, url in contact.social_links],
                "email": contact.email,
                "phone": contact.phone,
            }

        try:
            from core.cache import cached_fragment
        except ImportError:
            request.seo_contact = load()
        else:
            request.seo_contact = cached_fragment("seo:contact", load)
    return request.seo_contact


def organization(request, home):
    contact = contact_details(request)
    data = {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": gettext("IOM Belgium and Luxembourg"),
        "alternateName": gettext("International Organization for Migration, Belgium and Luxembourg"),
        "url": request.build_absolute_uri(home.get_url(request)),
        "logo": request.build_absolute_uri(static(LOGO_IMAGE)),
        "areaServed": [{"@type": "Country", "name": "Belgium"}, {"@type": "Country", "name": "Luxembourg"}],
        "parentOrganization": {
            "@type": "Organization",
            "name": "International Organization for Migration",
            "alternateName": "IOM",
            "url": "https://www.iom.int/",
        },
    }
    if contact["same_as"]:
        data["sameAs"] = contact["same_as"]
    if contact["email"]:
        data["email"] = contact["email"]
    if contact["phone"]:
        data["telephone"] = contact["phone"]
    return data


def breadcrumb_list(request, page):
    trail = [*page_ancestors(request, page), page]
    items = []
    for position, crumb in enumerate(trail, start=1):
        name = gettext("Home") if position == 1 else crumb.title
        items.append(
            {
                "@type": "ListItem",
                "position": position,
                "name": name,
                "item": request.build_absolute_uri(crumb.get_url(request)),
            }
        )
    return {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": items}


def page_meta(context):
    """Everything the <head> says about the current page (or view) to search engines and social networks.

    For a published page it depends only on the page, the language and the address the site is reached at, so
    it is kept in the fragment cache until the next publish.
    """
    request = context.get("request")
    page = context.get("page")
    if (
        request is not None
        and isinstance(page, Page)
        and page.pk
        and not getattr(request, "is_preview", False)
    ):
        from core.cache import cached_fragment

        language = translation.get_language() or settings.LANGUAGE_CODE
        origin = f"{request.scheme}://{request.get_host()}"
        return cached_fragment(f"meta:{page.pk}:{language}:{origin}", lambda: build_page_meta(context))
    return build_page_meta(context)


def build_page_meta(context):
    request = context.get("request")
    page = context.get("page")
    language = translation.get_language() or settings.LANGUAGE_CODE
    meta = {
        "site_name": gettext("IOM Belgium and Luxembourg"),
        "type": "website",
        "locale": og_locale(language),
        "locale_alternates": [],
        "json_ld": [],
        "twitter_site": "",
    }
    if request is None:
        return meta
    is_page = isinstance(page, Page) and bool(page.pk)
    if is_page:
        meta["title"] = page.seo_title or page.title
        meta["description"] = page_description(page)
        meta["url"] = getattr(page, "canonical_url", "") or request.build_absolute_uri(page.get_url(request))
        meta["type"] = getattr(page, "og_type", "website")
        meta["image"] = share_image(request, page)
        codes = page_translations(request, page)
        meta["locale_alternates"] = [og_locale(code) for code, _name in settings.LANGUAGES if code in codes]
        meta["locale_alternates"] = [code for code in meta["locale_alternates"] if code != meta["locale"]]
        if meta["type"] == "article":
            date = getattr(page, "date", None)
            meta["published_time"] = date.isoformat() if date else ""
            meta["modified_time"] = page.last_published_at.isoformat() if page.last_published_at else ""
        home = get_home_page(request)
        if page.depth <= 2 or (home is not None and page.pk == home.pk):
            meta["json_ld"].append(to_json_ld(organization(request, page)))
        else:
            meta["json_ld"].append(to_json_ld(breadcrumb_list(request, page)))
    else:
        meta["title"] = context.get("page_title") or meta["site_name"]
        meta["description"] = page_description(None)
        meta["url"] = request.build_absolute_uri(request.path)
        meta["image"] = share_image(request, None)
    meta["twitter_site"] = x_handle(contact_details(request)["x_url"])
    return meta
