"""A translation is published only when every string of it is translated: no English under /fr/, ever.

wagtail-localize lets translators publish a page with strings left untranslated: they are filled with the
English source ("fallback") and go live under /fr/, /nl/ or /de/ in English, unmarked. This site refuses that
instead, wherever a translation can be published:

- `CompleteTranslationMixin.publish()` (on every page type) refuses to publish a revision of a translation
  that still shows English strings of its source, or points to a snippet (a speaker, a topic) that has no
  complete version in its language. Every way of publishing goes through it: wagtail-localize's translation editor and
  its "update translations" (sync) view, the page editor, bulk actions, workflow approval, scheduled
  publishing, and any code that calls `revision.publish()`.
- The admin's hooks (editorial/wagtail_hooks.py) check first and tell the translator what is missing, so that
  the refusal is a message, not an error page; the draft is always kept.

A string counts as translated when its text differs from the source, or when the translator confirmed it as it
is in the translation editor (a name, an acronym), or when it holds no words (numbers, dates). The slug is one
of the strings, so a translation's address is always asked for.
"""

import re
from collections import defaultdict
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.utils.text import Truncator
from django.utils.translation import gettext, ngettext
from wagtail.models import TranslatableMixin
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource
from wagtail_localize.segments import RelatedObjectSegmentValue, StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

# Text with no words in it reads the same in every language.
WORDLESS = re.compile(r"^[\W\d_]*$")


@dataclass(frozen=True)
class Untranslated:
    """One thing a translation would show in the source language."""

    path: str  # where, in wagtail-localize's terms ("title", "body.<block id>.quote", "speaker")
    text: str  # the source text
    owner: str = ""  # the snippet it belongs to (a speaker, a topic), when it is not the page's own text
    missing: bool = False  # the whole snippet has no version in the translation's language

    def describe(self):
        if self.missing:
            return gettext("%(object)s (no version in this language yet)") % {"object": self.owner}
        if self.path == "slug":
            text = gettext("the address (slug) “%(text)s”") % {"text": self.text}
        else:
            text = f"“{Truncator(self.text).chars(80)}”"
        if self.owner:
            return gettext("%(text)s in %(object)s") % {"text": text, "object": self.owner}
        return text


class UntranslatedContentError(ValidationError):
    """Raised instead of publishing a translation that still shows text of its source language."""

    def __init__(self, instance, problems):
        self.instance = instance
        self.problems = problems
        super().__init__(refusal_message(instance, problems))


def refusal_message(instance, problems):
    language = instance.locale.get_display_name()
    shown = ", ".join(problem.describe() for problem in problems[:5])
    more = len(problems) - 5
    message = ngettext(
        "Not published: %(count)d part of this %(language)s translation is not translated yet: %(shown)s.",
        "Not published: %(count)d parts of this %(language)s translation are not translated yet: %(shown)s.",
        len(problems),
    ) % {"count": len(problems), "language": language, "shown": shown}
    if more > 0:
        message += " " + ngettext("And %(count)d more.", "And %(count)d more.", more) % {"count": more}
    return (
        message
        + " "
        + gettext("Translate them (or confirm them as they are) in the translation editor, then publish.")
    )


def source_of(instance):
    """The TranslationSource that `instance` was translated from, or None if it is not a translation."""
    if not isinstance(instance, TranslatableMixin) or instance.translation_key is None:
        return None
    return (
        TranslationSource.objects.filter(
            object_id=instance.translation_key, translations__target_locale_id=instance.locale_id
        )
        .exclude(locale_id=instance.locale_id)
        .order_by("-last_updated_at")
        .first()
    )


def untranslated_content(instance, source=None, _seen=None):
    """What `instance`, a translation (saved or not), shows of its source unchanged: a list of Untranslated.

    Empty for objects that are not translations. Snippets it points to (a speaker, topics) must exist in its
    language and be completely translated too.
    """
    source = source or source_of(instance)
    if source is None:
        return []
    seen = _seen if _seen is not None else set()
    seen.add((type(instance), instance.pk))
    locale_id = instance.locale_id
    segments = list(StringSegment.objects.filter(source=source).select_related("string", "context"))
    confirmed = set(
        StringTranslation.objects.filter(
            translation_of_id__in={segment.string_id for segment in segments}, locale_id=locale_id
        ).values_list("translation_of_id", "context_id", "data")
    )
    source_text_at = defaultdict(set)
    for segment in segments:
        text = segment.string.data
        if WORDLESS.match(text) or (segment.string_id, segment.context_id, text) in confirmed:
            continue
        source_text_at[segment.context.path].add(text)

    problems = []
    for segment in extract_segments(instance):
        if isinstance(segment, StringSegmentValue):
            if segment.string.data in source_text_at.get(segment.path, ()):
                problems.append(Untranslated(segment.path, segment.string.data))
        elif isinstance(segment, RelatedObjectSegmentValue) and not segment.is_empty():
            problems.extend(untranslated_related(segment, instance.locale, seen))
    return problems


def untranslated_related(segment, locale, seen):
    model = segment.content_type.model_class()
    try:
        related = segment.get_instance(locale)
    except model.DoesNotExist:
        original = model.objects.filter(translation_key=segment.translation_key).first()
        name = describe_object(original) if original is not None else segment.path
        return [Untranslated(segment.path, name, owner=name, missing=True)]
    if (type(related), related.pk) in seen:
        return []
    return [
        Untranslated(
            f"{segment.path}.{problem.path}", problem.text, owner=problem.owner or describe_object(related)
        )
        for problem in untranslated_content(related, _seen=seen)
    ]


def describe_object(obj):
    """“Ana Example, Chief of Mission” (person)."""
    return f"“{obj}” ({ContentType.objects.get_for_model(obj).name})"


def translation_problems(translation):
    """What publishing a wagtail-localize Translation now would leave untranslated."""
    instance = translation.source.get_ephemeral_translated_instance(translation.target_locale, fallback=True)
    return untranslated_content(instance, source=translation.source)


class CompleteTranslationMixin:
    """For page types: a revision of a translation is published only when all of it is translated."""

    def publish(self, revision, *args, **kwargs):
        content = revision.as_object()
        problems = untranslated_content(content)
        if problems:
            raise UntranslatedContentError(content, problems)
        return super().publish(revision, *args, **kwargs)
