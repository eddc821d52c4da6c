"""The admin side of "no English under /fr/" (core/translations.py): every way of publishing a translation checks
first and says what is left to translate, instead of publishing English or failing with an error page.

| where                                            | how it is checked                                   |
|--------------------------------------------------|-----------------------------------------------------|
| wagtail-localize's translation editor (pages,    | `before_edit_page` / `before_edit_snippet`, before  |
| snippets): "Publish"                             | wagtail-localize's own hook                         |
| wagtail-localize's "Update translations" (sync)  | its view, extended: publishes the complete ones     |
| with "publish immediately"                       | only, and says what is left in the others           |
| the page editor of a translated page (publish,   | `before_publish_page`: the draft is saved, not      |
| schedule)                                        | published                                           |
| bulk "Publish" in page listings                  | `before_bulk_action`                                |
| "Convert to alias page", copying a page into     | refused: an alias or a copy would show the source   |
| another language's tree                          | language under this language's address              |
| workflow approval, an old revision, scheduled    | CompleteTranslationMixin.publish() refuses; in the  |
| publishing, code                                 | admin, UntranslatedContentMiddleware says why       |
"""

from django.conf import settings
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.models import Page, TranslatableMixin
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import Translation
from wagtail_localize.views.edit_translation import apply_machine_translation
from wagtail_localize.views.update_translations import UpdateTranslationsView

from core.translations import (
    UntranslatedContentError,
    refusal_message,
    translation_problems,
    untranslated_content,
)
from editorial.machine_translation import MachineTranslationUnavailable


def enabled_translation(instance):
    """The synced (wagtail-localize) translation whose target is `instance`, or None."""
    if not isinstance(instance, TranslatableMixin):
        return None
    return (
        Translation.objects.filter(
            source__object_id=instance.translation_key, target_locale_id=instance.locale_id, enabled=True
        )
        .select_related("source", "target_locale")
        .first()
    )


def check_translation_editor_publish(request, instance):
    """Hook for the translation editor's "Publish": refused, with what is missing, unless all is translated."""
    if request.method != "POST" or request.POST.get("action") != "publish":
        return None
    translation = enabled_translation(instance)
    if translation is None:
        return None
    problems = translation_problems(translation)
    if not problems:
        return None
    messages.error(request, refusal_message(instance, problems))
    return redirect(request.get_full_path())


def check_page_publish(request, page):
    """Hook for the page editor: publishing (or scheduling) a translation that shows English is refused."""
    problems = untranslated_content(page)
    if not problems:
        return None
    messages.error(request, refusal_message(page, problems) + " " + _("Your changes are saved as a draft."))
    return redirect(reverse("wagtailadmin_pages:edit", args=[page.pk]))


def check_bulk_publish(request, action_type, objects, action):
    """Hook for bulk "Publish": refused as a whole if any chosen page (or draft below it) is a partial translation."""
    if action_type != "publish" or not objects or not isinstance(objects[0], Page):
        return None
    pages = list(objects)
    if request.POST.get("include_descendants"):
        for page in objects:
            pages.extend(page.get_descendants().not_live().specific())
    refused = []
    for page in pages:
        revision = page.get_latest_revision()
        if revision is not None and untranslated_content(revision.as_object()):
            refused.append(page.get_admin_display_title())
    if not refused:
        return None
    messages.error(
        request,
        ngettext(
            "Nothing was published: %(pages)s is not completely translated yet.",
            "Nothing was published: %(pages)s are not completely translated yet.",
            len(refused),
        )
        % {"pages": ", ".join(f"“{title}”" for title in refused)},
    )
    return redirect(action.next_url or reverse("wagtailadmin_explore_root"))


def check_cross_language_copy(request, page):
    """Hook for "Copy": a copy or alias in another language's tree would show this page's language there."""
    if request.method != "POST" or not request.POST.get("new_parent_page"):
        return None
    parent = Page.objects.filter(pk=request.POST["new_parent_page"]).first()
    if parent is None or parent.locale_id == page.locale_id:
        return None
    messages.error(
        request,
        _(
            "A page cannot be copied into another language's tree: it would show its own language there. "
            "Use “Translate” instead."
        ),
    )
    return redirect(reverse("wagtailadmin_pages:copy", args=[page.pk]))


def refuse_convert_to_alias(request, page_id):
    """Replaces wagtail-localize's "Convert to alias page": the alias would show the source language here."""
    page = get_object_or_404(Page, pk=page_id)
    messages.error(
        request,
        _(
            "A translation cannot be turned into an alias of its source page: it would show the source's "
            "language under this language's address."
        ),
    )
    return redirect(reverse("wagtailadmin_pages:edit", args=[page.pk]))


def hide_convert_to_alias(menu_items, request, context):
    menu_items[:] = [item for item in menu_items if item.name != "localize-convert-to-alias"]


class CompleteOnlyUpdateTranslationsView(UpdateTranslationsView):
    """wagtail-localize's "Update translations" (sync): with "publish immediately", only the complete translations
    are published; the others keep the version that is live, and the translator is told what is left to do.
    With "use machine translation", a failing service is a message, and the sync itself is kept."""

    def form_valid(self, form):
        publish = form.cleaned_data.get("publish_translations")
        machine = form.cleaned_data.get("use_machine_translation")
        form.cleaned_data["publish_translations"] = False
        form.cleaned_data["use_machine_translation"] = False
        response = super().form_valid(form)
        translations = self.object.translations.filter(enabled=True).select_related("source", "target_locale")
        if machine:
            translator = get_machine_translator()
            for translation in translations:
                try:
                    apply_machine_translation(translation.id, self.request.user, translator)
                except MachineTranslationUnavailable as error:
                    messages.error(self.request, error.message())
                    break
        if not publish:
            return response
        for translation in translations:
            problems = translation_problems(translation)
            if problems:
                messages.warning(self.request, refusal_message(translation.get_target_instance(), problems))
            else:
                translation.save_target(user=self.request.user, publish=True)
        return response


class UntranslatedContentMiddleware:
    """The last net: an admin action that publishes through a path no hook covers (a workflow approval, publishing
    an old revision) and meets CompleteTranslationMixin's refusal gets a message, not an error page. Nothing was
    published: the refusal rolled the action back."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, UntranslatedContentError):
            return None
        if not request.path_info.startswith(settings.ADMIN_PATH_PREFIXES):
            return None
        messages.error(request, exception.message)
        if isinstance(exception.instance, Page):
            return redirect(reverse("wagtailadmin_pages:edit", args=[exception.instance.pk]))
        return redirect(reverse("wagtailadmin_home"))
