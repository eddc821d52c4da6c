"""Translate seeded objects through wagtail-localize, so that later English edits show as out of date.

Each object gets a TranslationSource and a Translation per language, and every string of the source gets a
StringTranslation, exactly as if a translator had typed it in wagtail-localize's editor.
"""

import re

from django.db import transaction
from wagtail.models import DraftStateMixin, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

# Strings that read the same in every language: numbers, and names.
_UNTRANSLATED = re.compile(r"^[\d\s.,+%–-]*$")


class MissingStrings(Exception):
    def __init__(self, locale, strings):
        self.locale = locale
        self.strings = strings
        super().__init__(f"{len(strings)} string(s) have no {locale} translation: {strings[:5]}")


def lookup(text, strings, keep_as_is=()):
    if text in strings:
        return strings[text]
    if _UNTRANSLATED.match(text) or text in keep_as_is:
        return text
    return None


def source_strings(instance):
    """The strings wagtail-localize extracts from an object, in order."""
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    return [
        seg.string.data
        for seg in StringSegment.objects.filter(source=source).select_related("string").order_by("order")
    ]


def translate(instance, locale, strings, keep_as_is=()):
    """Create (or leave) the translation of `instance` into `locale`, published. Returns (object, created)."""
    existing = instance.get_translation_or_none(locale)
    if existing is not None:
        return existing, False
    with transaction.atomic():
        source, _created = TranslationSource.get_or_create_from_instance(instance)
        Translation.objects.get_or_create(source=source, target_locale=locale)
        missing = []
        segments = StringSegment.objects.filter(source=source).select_related("string", "context")
        for segment in segments:
            text = segment.string.data
            translated = lookup(text, strings, keep_as_is)
            if translated is None:
                missing.append(text)
                continue
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={"data": translated, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
            )
        if missing:
            raise MissingStrings(locale.language_code, missing)
        # Saved as a draft, then published here and now: wagtail-localize's own publish waits for the
        # transaction to commit, which would publish parents after their children were added. Below a page
        # that editors unpublished (a language taken offline), the translation stays a draft.
        drafts = isinstance(instance, DraftStateMixin)  # pages; plain snippets are saved directly
        target, _created = source.create_or_update_translation(locale, publish=not drafts, fallback=False)
        parent = target.get_parent() if isinstance(target, Page) else None
        if drafts and (parent is None or parent.is_root() or parent.live):
            target.get_latest_revision().publish()
    return target, True
