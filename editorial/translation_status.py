"""Admin view: per page and language, is the translation missing, out of date or current?"""

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Count, Exists, OuterRef
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

MISSING, OUTDATED, INCOMPLETE, CURRENT = "missing", "outdated", "incomplete", "current"
STATUS_LABELS = {
    MISSING: _("Missing"),
    OUTDATED: _("Out of date"),
    INCOMPLETE: _("Partly translated"),
    CURRENT: _("Up to date"),
}


def page_translation_statuses(source_pages, target_locales):
    """For each source page, a list of (locale, status, translated page or None, translation source or None).

    Uses a fixed number of queries whatever the number of pages: the translations, the sources, and one
    progress count per language.
    """
    keys = [p.translation_key for p in source_pages]
    translations = {
        (p.translation_key, p.locale_id): p
        for p in Page.objects.filter(translation_key__in=keys, locale__in=target_locales).only(
            "id", "title", "translation_key", "locale_id", "live", "has_unpublished_changes", "url_path"
        )
    }
    source_locale_ids = {p.locale_id for p in source_pages}
    sources = {
        (s.object_id, s.locale_id): s
        for s in TranslationSource.objects.filter(object_id__in=keys, locale_id__in=source_locale_ids)
    }
    totals = dict(
        StringSegment.objects.filter(source__in=sources.values())
        .values("source_id")
        .annotate(n=Count("pk"))
        .values_list("source_id", "n")
    )
    done = {}
    for locale in target_locales:
        translated = StringSegment.objects.filter(source__in=sources.values()).filter(
            Exists(
                StringTranslation.objects.filter(
                    translation_of_id=OuterRef("string_id"),
                    context_id=OuterRef("context_id"),
                    locale_id=locale.pk,
                    has_error=False,
                )
            )
        )
        for source_id, n in (
            translated.values("source_id").annotate(n=Count("pk")).values_list("source_id", "n")
        ):
            done[(source_id, locale.pk)] = n

    rows = []
    for page in source_pages:
        source = sources.get((page.translation_key, page.locale_id))
        cells = []
        for locale in target_locales:
            target = translations.get((page.translation_key, locale.pk))
            if target is None:
                status = MISSING
            elif source is None:
                status = CURRENT  # translated by hand, outside wagtail-localize's sync
            elif page.last_published_at and page.last_published_at > source.last_updated_at:
                status = OUTDATED
            elif done.get((source.pk, locale.pk), 0) < totals.get(source.pk, 0):
                status = INCOMPLETE
            else:
                status = CURRENT
            cells.append(
                {"locale": locale, "status": status, "label": STATUS_LABELS[status], "target": target}
            )
        rows.append({"page": page, "source": source, "cells": cells})
    return rows


class TranslationStatusView(WagtailAdminTemplateMixin, TemplateView):
    """Lists every page of the default language with the state of its translation into each other language."""

    template_name = "editorial/translation_status.html"
    page_title = _("Translation status")
    header_icon = "globe"
    per_page = 50

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        default = Locale.get_default()
        target_locales = list(Locale.objects.exclude(pk=default.pk).order_by("language_code"))
        order = {code: i for i, (code, _name) in enumerate(settings.LANGUAGES)}
        target_locales.sort(key=lambda loc: order.get(loc.language_code, 99))
        pages = Page.objects.filter(locale=default, depth__gt=1).order_by("path").specific(defer=True)
        paginator = Paginator(pages, self.per_page)
        page_obj = paginator.get_page(self.request.GET.get("p"))
        rows = page_translation_statuses(list(page_obj.object_list), target_locales)
        for row in rows:
            page = row["page"]
            row["edit_url"] = reverse("wagtailadmin_pages:edit", args=[page.pk])
            row["indent"] = max(page.depth - 2, 0)
            row["translate_url"] = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
            if row["source"] is not None:
                row["sync_url"] = reverse("wagtail_localize:update_translations", args=[row["source"].pk])
            for cell in row["cells"]:
                if cell["target"] is not None:
                    cell["edit_url"] = reverse("wagtailadmin_pages:edit", args=[cell["target"].pk])
        context.update(
            {
                "rows": rows,
                "locales": target_locales,
                "page_obj": page_obj,
                "status_labels": STATUS_LABELS,
                "language_names": dict(settings.LANGUAGES),
            }
        )
        return context
