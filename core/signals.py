"""When something visitors see changes: raise the content version (core/cache.py) and purge the front cache
(core/frontend_cache.py). Draft saves, revisions, renditions, logs and sessions change nothing visitors see and
do neither."""

from urllib.parse import urlsplit

from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
from wagtail.signals import page_published, page_unpublished, post_page_move, pre_page_move

from . import frontend_cache
from .cache import bump_content_version

# Apps whose models appear on public pages (snippets, settings, links between pages and topics or goals).
CONTENT_APPS = {
    "home",
    "news",
    "resources",
    "agenda",
    "engage",
    "wagtailredirects",
    "wagtailimages",
    "images",
    "wagtaildocs",
}

FILE_METADATA = {"file_hash", "file_size", "width", "height"}

# Models of other apps that pages depend on: sites and languages decide which page an address shows, view
# restrictions who may see it (a page made private must leave every cache at once).
CONTENT_MODELS = {("wagtailcore", "site"), ("wagtailcore", "locale"), ("wagtailcore", "pageviewrestriction")}


def page_urls(page, request=None):
    """Every address whose answer shows this page: the page and its routes in each of its languages, its
    ancestors in each of their languages (home pages, sections, listings), the news feeds and the sitemap."""
    from wagtail.models import Page

    specific = page.specific_deferred
    urls = set()
    translations = list(Page.objects.filter(translation_key=page.translation_key).specific())
    ancestors = list(Page.objects.ancestor_of(page).filter(depth__gt=1))
    ancestor_translations = Page.objects.filter(
        translation_key__in=[ancestor.translation_key for ancestor in ancestors]
    ).specific()
    for item in [specific, *translations, *ancestor_translations]:
        url = item.get_full_url(request)
        if url is None:
            continue
        urls.update(url + path.lstrip("/") for path in item.get_cached_paths())
        urls.add(url)
    for origin in {"{}://{}".format(*urlsplit(url)) for url in urls}:
        urls.update((f"{origin}/", f"{origin}/sitemap.xml"))
    return urls


# What other pages show of a page: its title and address in the main menu (two levels below the home page),
# in the section navigation and breadcrumbs of its section, and whether it is live at all.
SHOWN_ELSEWHERE = ("title", "slug", "show_in_menus", "live")
MENU_DEPTH = 4


def remember_state(sender, instance, raw=False, **kwargs):
    """Before a page is saved: what other pages show of it, to tell after a publish whether that changed."""
    from wagtail.models import Page

    if raw or sender.__module__ == "__fake__" or not issubclass(sender, Page) or not instance.pk:
        return
    if frontend_cache.configured():
        instance.shown_elsewhere_before = Page.objects.filter(pk=instance.pk).values(*SHOWN_ELSEWHERE).first()


def shown_elsewhere_changed(page):
    before = getattr(page, "shown_elsewhere_before", None)
    return before is None or any(before[name] != getattr(page, name) for name in SHOWN_ELSEWHERE)


def in_every_header(page):
    """A page of the main menu: its title and address are on every page of its language."""
    before = getattr(page, "shown_elsewhere_before", None) or {}
    return page.depth <= MENU_DEPTH and (page.show_in_menus or before.get("show_in_menus", False))


def section_urls(page):
    """Every live page of the page's top-level section: their section navigation and breadcrumbs show it."""
    from wagtail.models import Page

    if getattr(page.specific_class, "show_in_section_nav", True) is False and page.depth > 3:
        return set()  # an article or library item: listed by its index page, not in the navigation
    section = Page.objects.ancestor_of(page, inclusive=True).filter(depth=3).first()
    if section is None:
        return set()
    urls = (item.get_full_url() for item in Page.objects.descendant_of(section, inclusive=True).live())
    return {url for url in urls if url}


def page_changed(instance, **kwargs):
    bump_content_version()
    if not frontend_cache.configured():
        return
    if not shown_elsewhere_changed(instance):
        frontend_cache.purge(page_urls(instance))  # a new text: the page, its listings, feeds and sitemap
    elif in_every_header(instance):
        frontend_cache.ban_everything()
    else:
        frontend_cache.purge(page_urls(instance) | section_urls(instance))


def page_moving(instance, **kwargs):
    """Before a move: the addresses under the old parent, purged once the move is done."""
    if frontend_cache.configured():
        instance.urls_before_move = page_urls(instance)


def page_moved(instance, **kwargs):
    bump_content_version()
    if not frontend_cache.configured():
        return
    if in_every_header(instance):
        frontend_cache.ban_everything()
    else:
        old = getattr(instance, "urls_before_move", set())
        frontend_cache.purge(old | page_urls(instance) | section_urls(instance))


def page_deleting(sender, instance, **kwargs):
    from wagtail.models import Page

    if isinstance(instance, Page) and instance.live and frontend_cache.configured():
        instance.urls_before_delete = page_urls(instance)


def page_deleted(sender, instance, **kwargs):
    from wagtail.models import Page

    if not isinstance(instance, Page) or sender.__module__ == "__fake__":
        return
    bump_content_version()
    if not frontend_cache.configured():
        return
    if in_every_header(instance):
        frontend_cache.ban_everything()
    else:
        frontend_cache.purge(getattr(instance, "urls_before_delete", ()))


def is_part_of_a_page(model):
    """Pages, their inline children (saved with every draft; published with the page) and form submissions."""
    from modelcluster.fields import ParentalKey
    from wagtail.contrib.forms.models import AbstractFormSubmission
    from wagtail.models import Page

    if issubclass(model, Page | AbstractFormSubmission):
        return True
    return any(
        isinstance(field, ParentalKey) and issubclass(field.related_model, Page)
        for field in model._meta.fields
    )


def content_changed(sender, **kwargs):
    """A snippet, setting, image, document, redirect, site, language or view restriction was saved or deleted."""
    meta = sender._meta
    if sender.__module__ == "__fake__":
        return  # a migration's historical model: no page was served from the data being changed
    if meta.model_name.endswith("rendition") or is_part_of_a_page(sender):
        # Pages count when published, unpublished, moved or deleted (above); renditions change nothing; a
        # visitor's form submission must not empty the caches.
        return
    update_fields = kwargs.get("update_fields")
    if update_fields and set(update_fields) <= FILE_METADATA:
        return  # Wagtail filling in a file's size or hash, e.g. while a visitor's page makes a rendition
    if meta.app_label in CONTENT_APPS or (meta.app_label, meta.model_name) in CONTENT_MODELS:
        bump_content_version()
        frontend_cache.ban_everything()


def connect():
    page_published.connect(page_changed, dispatch_uid="content-published")
    page_unpublished.connect(page_changed, dispatch_uid="content-unpublished")
    pre_save.connect(remember_state, dispatch_uid="content-page-state")
    pre_page_move.connect(page_moving, dispatch_uid="content-moving")
    post_page_move.connect(page_moved, dispatch_uid="content-moved")
    pre_delete.connect(page_deleting, dispatch_uid="content-page-deleting")
    post_delete.connect(page_deleted, dispatch_uid="content-page-deleted")
    post_save.connect(content_changed, dispatch_uid="content-saved")
    post_delete.connect(content_changed, dispatch_uid="content-deleted")
