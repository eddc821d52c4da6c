"""Details editors meet in the admin and visitors on the site (issue 13, item 7)."""

import pytest
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

from news.models import StatementPage

pytestmark = pytest.mark.django_db


def test_the_quotes_speaker_name_is_not_sent_for_translation_and_stays_the_same(
    seeded_site, django_capture_on_commit_callbacks
):
    news = seeded_site.get_children().get(slug="news")
    page = StatementPage(
        title="A quote",
        slug="a-quote",
        date="2026-01-10",
        body=[
            (
                "quote",
                {"quote": "Nobody should be left behind.", "attribution": "Ana Example", "role": "Chief"},
            )
        ],
    )
    news.add_child(instance=page)
    source, _created = TranslationSource.get_or_create_from_instance(page)

    strings = set(StringSegment.objects.filter(source=source).values_list("string__data", flat=True))

    assert "Nobody should be left behind." in strings and "Chief" in strings
    assert "Ana Example" not in strings
    fr = Locale.objects.get(language_code="fr")
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        StringTranslation.objects.create(
            translation_of=segment.string,
            locale=fr,
            context=segment.context,
            data=f"FR {segment.string.data}",
        )
    with django_capture_on_commit_callbacks(execute=True):
        french, _created = source.create_or_update_translation(fr, publish=False)
    quote = french.body[0].value
    assert quote["attribution"] == "Ana Example"
    assert quote["quote"] == "FR Nobody should be left behind."
