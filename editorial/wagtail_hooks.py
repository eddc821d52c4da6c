from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation
from wagtail_localize.views import convert

from editorial import machine_translation, translation_guard
from editorial.translation_status import CURRENT, TranslationStatusView, page_translation_statuses


@hooks.register("register_admin_urls")
def register_translation_status_url():
    return [path("translation-status/", TranslationStatusView.as_view(), name="translation_status")]


# --- Replacing a translation by an alias of its source page (wagtail-localize) --------------------------------------
# wagtail-localize lets anyone who may edit a translated page turn it into an alias of the source: the translation is
# discarded and the page shows the source language's content from then on. That removes a page's content from its
# language's site, so it is the Moderators' call, like deleting (core/permissions.py). This app's admin URLs come
# before wagtail-localize's (INSTALLED_APPS order), so the address below is checked here first.
CONVERT_TO_ALIAS_ACTION = "localize-convert-to-alias"


def may_replace_translation(user, page):
    return page.permissions_for_user(user).can_replace_translation()


def convert_to_alias(request, page_id):
    page = get_object_or_404(Page, id=page_id)
    if not may_replace_translation(request.user, page):
        raise PermissionDenied
    return convert.convert_to_alias(request, page_id)


@hooks.register("register_admin_urls")
def register_convert_to_alias_check():
    return [
        path(
            "localize/page/<int:page_id>/convert_to_alias/", convert_to_alias, name="convert_to_alias_checked"
        )
    ]


@hooks.register("before_edit_page")
def refuse_convert_to_alias(request, page):
    if request.method == "POST" and CONVERT_TO_ALIAS_ACTION in request.POST:
        if not may_replace_translation(request.user, page):
            raise PermissionDenied


@hooks.register("construct_page_action_menu")
def hide_convert_to_alias(menu_items, request, context):
    page = context.get("page")
    if page is not None and page.pk and not may_replace_translation(request.user, page):
        menu_items[:] = [item for item in menu_items if item.name != CONVERT_TO_ALIAS_ACTION]


@hooks.register("register_admin_menu_item")
def register_translation_status_menu_item():
    return MenuItem(_("Translation status"), reverse("translation_status"), icon_name="globe", order=250)


class RecentArticlesPanel(Component):
    """The newest statements and news, with their state, so staff see at a glance what went out."""

    name = "recent_articles"
    template_name = "editorial/panels/recent_articles.html"
    order = 110

    def get_context_data(self, parent_context):
        from news.models import StatementPage  # news does not import editorial

        context = super().get_context_data(parent_context)
        context["articles"] = (
            StatementPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
            .order_by("-latest_revision_created_at", "-pk")
            .select_related("locale")[:6]
        )
        return context


class TranslationsToUpdatePanel(Component):
    """Recently changed English pages whose translations are missing or out of date."""

    name = "translations_to_update"
    template_name = "editorial/panels/translations_to_update.html"
    order = 120

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        default = Locale.get_default()
        targets = list(Locale.objects.exclude(pk=default.pk).order_by("language_code"))
        recent = list(
            Page.objects.filter(locale=default, depth__gt=1).order_by("-last_published_at", "-pk")[:30]
        )
        rows = [
            row
            for row in page_translation_statuses(recent, targets)
            if any(cell["status"] != CURRENT for cell in row["cells"])
        ][:8]
        context["rows"] = rows
        context["status_url"] = reverse("translation_status")
        return context


class UnfinishedDraftsPanel(Component):
    """The pages the editor started and never published (the page editor saves as soon as they type), with
    links to continue or discard each: an abandoned "Add page" is easy to find and to clean up."""

    name = "unfinished_drafts"
    template_name = "editorial/panels/unfinished_drafts.html"
    order = 105
    limit = 10

    def __init__(self, request):
        self.request = request
        self.drafts = self.get_drafts()

    def get_drafts(self):
        user = self.request.user
        # Translations waiting for translators are not abandoned drafts of their owner.
        translation_targets = Translation.objects.filter(
            source__object_id=OuterRef("translation_key"), target_locale_id=OuterRef("locale_id")
        )
        pages = (
            Page.objects.filter(
                owner=user, live=False, first_published_at__isnull=True, alias_of__isnull=True
            )
            .exclude(Exists(translation_targets))
            .select_related("locale")
            .order_by("-latest_revision_created_at", "-pk")[: self.limit]
        )
        return [
            {
                "page": page,
                "parent_title": page.get_parent().get_admin_display_title(),
                "can_discard": page.permissions_for_user(user).can_delete(),
            }
            for page in pages
        ]

    def render_html(self, parent_context=None):
        if not self.drafts:
            return ""
        return super().render_html(parent_context)

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context.update(drafts=self.drafts, request=self.request)
        return context


@hooks.register("after_create_page")
def tell_about_the_unfinished_draft_in_the_way(request, page):
    """The page took the next free address because the editor's own unfinished draft held it (core/forms.py)."""
    draft = getattr(page, "unfinished_draft_in_the_way", None)
    if draft is None:
        return
    messages.info(
        request,
        _(
            "Your unfinished draft “%(draft)s” already uses the address “%(slug)s”, so this page got “%(new_slug)s”. "
            "You can continue or discard the old draft from your dashboard."
        )
        % {"draft": draft.get_admin_display_title(), "slug": draft.slug, "new_slug": page.slug},
        buttons=[
            messages.button(reverse("wagtailadmin_pages:edit", args=[draft.pk]), _("Continue the old draft")),
            messages.button(
                reverse("wagtailadmin_pages:delete", args=[draft.pk]), _("Discard the old draft")
            ),
        ],
    )


@hooks.register("construct_homepage_panels")
def add_editorial_panels(request, panels):
    panels.append(UnfinishedDraftsPanel(request))
    panels.append(RecentArticlesPanel())
    if request.user.has_perm("wagtailadmin.access_admin"):
        panels.append(TranslationsToUpdatePanel())


# --- No English under /fr/: every way of publishing a translation checks it first (editorial/translation_guard.py)
# order=-1: before wagtail-localize's own hooks and URLs, which would publish with English filling the gaps.
hooks.register("before_edit_page", translation_guard.check_translation_editor_publish, order=-1)
hooks.register("before_edit_snippet", translation_guard.check_translation_editor_publish, order=-1)
hooks.register("before_publish_page", translation_guard.check_page_publish)
hooks.register("before_bulk_action", translation_guard.check_bulk_publish)
hooks.register("before_copy_page", translation_guard.check_cross_language_copy)
hooks.register("construct_page_action_menu", translation_guard.hide_convert_to_alias)


@hooks.register("register_admin_urls", order=-1)
def register_translation_guard_urls():
    return [
        path(
            "localize/update/<int:translation_source_id>/",
            translation_guard.CompleteOnlyUpdateTranslationsView.as_view(),
        ),
        path("localize/page/<int:page_id>/convert_to_alias/", translation_guard.refuse_convert_to_alias),
        # A failing machine translation service gives the translator a message (editorial/machine_translation.py).
        path(
            "localize/translate/<int:translation_id>/machine_translate/",
            machine_translation.machine_translate,
        ),
    ]
