from django.conf import settings
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.models import Locale, Page

from editorial import translation_guard
from editorial.translation_status import CURRENT, TranslationStatusView, page_translation_statuses


@hooks.register("register_admin_urls")
def register_translation_status_url():
    return [path("translation-status/", TranslationStatusView.as_view(), name="translation_status")]


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


@hooks.register("construct_homepage_panels")
def add_editorial_panels(request, panels):
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
    ]
