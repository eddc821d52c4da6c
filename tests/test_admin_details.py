"""Details editors meet in the admin and visitors on the site (issue 13, item 7)."""

import re

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


def test_the_admin_shows_no_third_party_avatars(admin_client, seeded_site):
    for url in ("/admin/", "/admin/account/", "/admin/users/"):
        body = admin_client.get(url).content.decode()
        assert "gravatar" not in body.lower(), url
    body = admin_client.get("/admin/").content.decode()
    assert "wagtailadmin/images/default-user-avatar" in body


def test_with_debug_on_a_missing_page_gets_the_sites_own_404_page(client, seeded_site, settings):
    """`make run` uses the dev settings, with DEBUG on: no technical page with the URL map for visitors."""
    settings.DEBUG = True
    paths = ("/en/no-such-page/", "/fr/pas-de-page/", "/en/news/feed/nothing/", "/media/none.jpg", "/en/a.b/")
    for path in paths:
        response = client.get(path)
        body = response.content.decode()
        assert response.status_code == 404, path
        assert "DEBUG = True" not in body and "URLconf" not in body, path
        assert "We could not find the page you asked for" in body or "Nous n" in body, path


def add_article_form(admin_client, seeded_site):
    news = seeded_site.get_children().get(slug="news")
    return admin_client.get(f"/admin/pages/add/news/statementpage/{news.pk}/").content.decode()


def test_the_article_form_explains_all_four_kinds(admin_client, seeded_site):
    body = add_article_form(admin_client, seeded_site)
    for kind in ("Statement:", "Press release:", "News:", "Story:"):
        assert kind in body, kind


def test_a_new_article_starts_with_todays_date(admin_client, seeded_site):
    from django.utils import timezone

    body = add_article_form(admin_client, seeded_site)
    today = timezone.localdate().isoformat()
    date_input = re.search(r'<input[^>]*name="date"[^>]*>', body).group(0)
    assert f'value="{today}"' in date_input
