"""Purge the page cache whenever something visitors see changes."""

from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished, post_page_move

from .cache import purge_all

# Apps whose models appear on public pages (snippets, settings, links between pages and topics or goals).
CONTENT_APPS = {
    "home",
    "news",
    "resources",
    "agenda",
    "engage",
    "wagtailredirects",
    "wagtailimages",
    "wagtaildocs",
}


# Models of other apps that pages depend on: sites and languages decide which page an address shows (the page
# cache keeps each address's site and route), view restrictions who may see it.
CONTENT_MODELS = {("wagtailcore", "site"), ("wagtailcore", "locale"), ("wagtailcore", "pageviewrestriction")}


def purge_on_content_change(sender, **kwargs):
    # Renditions are made while visitors look at pages; they change nothing anyone sees.
    meta = sender._meta
    if (meta.app_label in CONTENT_APPS and not meta.model_name.endswith("rendition")) or (
        (meta.app_label, meta.model_name) in CONTENT_MODELS
    ):
        purge_all()


def purge_on_page_delete(sender, instance, **kwargs):
    from wagtail.models import Page

    if isinstance(instance, Page):
        purge_all()


def connect():
    page_published.connect(purge_all, dispatch_uid="pagecache-published")
    page_unpublished.connect(purge_all, dispatch_uid="pagecache-unpublished")
    post_page_move.connect(purge_all, dispatch_uid="pagecache-moved")
    post_delete.connect(purge_on_page_delete, dispatch_uid="pagecache-page-deleted")
    post_save.connect(purge_on_content_change, dispatch_uid="pagecache-content-saved")
    post_delete.connect(purge_on_content_change, dispatch_uid="pagecache-content-deleted")
