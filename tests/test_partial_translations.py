"""A partly translated page never goes live with English under /fr/ (issue 13, item 3).

An English statement with a quote, a speaker of its own, an image with alternative text and a caption is sent
for French translation through wagtail-localize's admin; the translator translates part of it. Every way of
publishing the French page is then tried, as translators, moderators and code would: the translation editor's
"Publish", wagtail-localize's "Update translations" with "publish immediately", the page editor, bulk
publishing, workflow approval, "Convert to alias page", copying into the French tree and the Python API. None of
them may put English on the French site; each tells the translator what is left. Once every string (and the
speaker) is translated, publishing works and the French page shows no English.
"""

from html.parser import HTMLParser

import pytest
from django.contrib.auth.models import Group
from django.test.client import MULTIPART_CONTENT, encode_multipart
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from core.translations import UntranslatedContentError
from editorial.roles import EDITORS, MODERATORS, translator_group_name
from news.models import Person, StatementPage
from tests.factories import ImageFactory, PersonFactory

pytestmark = pytest.mark.django_db

QUOTE = "Nobody should be left behind."
ALT = "Three families talking with IOM staff"
CAPTION = "A meeting in the Brussels office"
ROLE = "Chief of Mission"
ENGLISH = {
    "Families first in Quillbrook": "Les familles d’abord à Quillbrook",
    "families-first-in-quillbrook": "les-familles-dabord-a-quillbrook",
    "Brussels": "Bruxelles",
    "Our summary of the day.": "Notre résumé de la journée.",
    QUOTE: "Personne ne doit être laissé de côté.",
    "Spokesperson": "Porte-parole",
    ALT: "Trois familles parlent avec le personnel de l’OIM",
    CAPTION: "Une réunion au bureau de Bruxelles",
    "Families returning home need protection and work.": (
        "Les familles qui rentrent chez elles ont besoin de protection et de travail."
    ),
}


def html(response):
    return response.content.decode()


def messages_of(response):
    return [str(message) for message in response.context["messages"]] if response.context else []


@pytest.fixture
def fr():
    return Locale.objects.get(language_code="fr")


@pytest.fixture
def statement(seeded_site):
    news = seeded_site.get_children().get(slug="news")
    speaker = PersonFactory(name="Ana Example", role=ROLE)
    page = StatementPage(
        title="Families first in Quillbrook",
        slug="families-first-in-quillbrook",
        kind="statement",
        date="2026-06-20",
        dateline_place="Brussels",
        speaker=speaker,
        summary="Our summary of the day.",
        body=[
            ("quote", {"quote": QUOTE, "attribution": "Ana Example", "role": "Spokesperson"}),
            (
                "image",
                {
                    "image": ImageFactory(),
                    "alt_text": ALT,
                    "decorative": False,
                    "caption": CAPTION,
                    "credit": "",
                },
            ),
            ("paragraph", "<p>Families returning home need protection and work.</p>"),
        ],
    )
    news.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def moderator(client, django_user_model):
    user = django_user_model.objects.create_user("moderator", "moderator@example.org", "x" * 12)
    user.groups.add(Group.objects.get(name=MODERATORS))
    return user


@pytest.fixture
def administrator(django_user_model):
    """Snippets (the speaker) are translated by an administrator: translators' rights cover their page tree."""
    return django_user_model.objects.create_superuser("office.admin", "office.admin@example.org", "x" * 12)


@pytest.fixture
def translator(django_user_model):
    user = django_user_model.objects.create_user("traductrice", "traductrice@example.org", "x" * 12)
    user.groups.add(Group.objects.get(name=translator_group_name("fr")))
    return user


def as_user(client, user):
    client.force_login(user)
    return client


def send_for_translation(client, moderator, obj, locale, capture):
    """The moderator's "Translate" action, in wagtail-localize's admin."""
    client.force_login(moderator)
    if isinstance(obj, Page):
        url = reverse("wagtail_localize:submit_page_translation", args=[obj.pk])
    else:
        url = reverse("wagtail_localize:submit_snippet_translation", args=["news", "person", obj.pk])
    with capture(execute=True):
        response = client.post(url, {"locales": [locale.pk]})
    assert response.status_code == 302, html(response)[:2000]
    source = TranslationSource.objects.get(object_id=obj.translation_key, locale=obj.locale)
    return Translation.objects.get(source=source, target_locale=locale)


def speaker_translation(locale):
    """wagtail-localize sends the speaker (a snippet) for translation together with the page."""
    speaker = Person.objects.get(name="Ana Example", locale__language_code="en")
    return Translation.objects.get(source__object_id=speaker.translation_key, target_locale=locale)


def translate_speaker(client, locale, capture):
    """The speaker's role translated, and its translation published, in wagtail-localize's snippet editor."""
    translation = speaker_translation(locale)
    translate_strings(client, translation, {ROLE: "Cheffe de mission"})
    french = translation.get_target_instance()
    with capture(execute=True):
        response = client.post(
            reverse("wagtailsnippets_news_person:edit", args=[french.pk]), {"action": "publish"}
        )
    assert response.status_code in (200, 302)
    french.refresh_from_db()
    assert french.role == "Cheffe de mission"


def translate_strings(client, translation, translations):
    """What the translator types into wagtail-localize's editor, string by string (its own API)."""
    for segment in StringSegment.objects.filter(source=translation.source).select_related("string"):
        if segment.string.data not in translations:
            continue
        url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
        body = encode_multipart("BoUnDaRy", {"value": translations[segment.string.data]})
        response = client.put(url, body, content_type=MULTIPART_CONTENT.replace("BoUnDaRyStRiNg", "BoUnDaRy"))
        assert response.status_code in (200, 201), response.content[:500]


def publish_in_translation_editor(client, page, capture):
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    with capture(execute=True):
        return client.post(url, {"action": "publish"}, follow=True)


def french_site_shows(client, page):
    """The French page as visitors get it: (status, html)."""
    client.logout()
    response = client.get(f"/fr/actualites/{page.slug}/")
    return response.status_code, html(response)


class VisibleText(HTMLParser):
    """Every text a visitor reads (text nodes, alt and title attributes), with the language it is marked in."""

    VOID = {
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "source",
        "track",
        "wbr",
    }

    def __init__(self):
        super().__init__()
        self.stack = []  # (tag, lang)
        self.texts = []  # (text, lang)

    def lang(self):
        return next((lang for _tag, lang in reversed(self.stack) if lang), "")

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        lang = attrs.get("lang") or ""
        for name in ("alt", "title", "aria-label"):
            if attrs.get(name):
                self.texts.append((attrs[name], lang or self.lang()))
        if tag not in self.VOID:
            self.stack.append((tag, lang))

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        if data.strip() and not any(tag in ("script", "style") for tag, _lang in self.stack):
            self.texts.append((data.strip(), self.lang()))


def assert_no_english(body):
    """No English text of the statement is shown on the French page unless marked lang="en"."""
    parser = VisibleText()
    parser.feed(body)
    english = [text for text in [*ENGLISH, ROLE] if ENGLISH.get(text) != text]
    for text, lang in parser.texts:
        for phrase in english:
            assert phrase not in text or lang == "en", (
                f"English shown as {lang or '?'}: {phrase!r} in {text!r}"
            )


@pytest.fixture
def partly_translated(client, statement, moderator, translator, fr, django_capture_on_commit_callbacks):
    """The statement sent for French translation; the translator has translated all but the quote and the alt
    text, and nobody has translated the speaker."""
    translation = send_for_translation(client, moderator, statement, fr, django_capture_on_commit_callbacks)
    as_user(client, translator)
    translate_strings(client, translation, {k: v for k, v in ENGLISH.items() if k not in (QUOTE, ALT)})
    french = statement.get_translation(fr)
    assert not french.live
    return translation, french


def test_the_translation_editor_refuses_to_publish_a_partial_translation_and_says_what_is_missing(
    client, partly_translated, django_capture_on_commit_callbacks
):
    translation, french = partly_translated

    response = publish_in_translation_editor(client, french, django_capture_on_commit_callbacks)

    assert response.status_code == 200
    shown = " ".join(messages_of(response))
    assert "Not published" in shown and QUOTE in shown and ALT in shown
    assert ROLE in shown  # the speaker's French version still has the English role
    french.refresh_from_db()
    assert not french.live
    status, _body = french_site_shows(client, french)
    assert status == 404


def test_a_complete_translation_is_published_and_shows_no_english(
    client, partly_translated, administrator, translator, fr, django_capture_on_commit_callbacks
):
    translation, french = partly_translated
    as_user(client, translator)
    translate_strings(client, translation, {QUOTE: ENGLISH[QUOTE], ALT: ENGLISH[ALT]})
    # Still refused: the speaker's role (a snippet of its own, sent with the page) is in English.
    assert ROLE in " ".join(
        messages_of(publish_in_translation_editor(client, french, django_capture_on_commit_callbacks))
    )
    translate_speaker(as_user(client, administrator), fr, django_capture_on_commit_callbacks)
    as_user(client, translator)

    response = publish_in_translation_editor(client, french, django_capture_on_commit_callbacks)

    assert not [m for m in messages_of(response) if "Not published" in m]
    french.refresh_from_db()
    assert french.live
    assert french.slug == "les-familles-dabord-a-quillbrook"  # the address was asked for and translated
    status, body = french_site_shows(client, french)
    assert status == 200
    assert "Personne ne doit être laissé de côté." in body and "Cheffe de mission" in body
    assert_no_english(body)


def test_an_untranslated_slug_is_asked_for(
    client, statement, moderator, translator, fr, django_capture_on_commit_callbacks
):
    translation = send_for_translation(client, moderator, statement, fr, django_capture_on_commit_callbacks)
    as_user(client, translator)
    translate_strings(
        client, translation, {k: v for k, v in ENGLISH.items() if k != "families-first-in-quillbrook"}
    )

    shown = " ".join(
        messages_of(
            publish_in_translation_editor(
                client, statement.get_translation(fr), django_capture_on_commit_callbacks
            )
        )
    )

    assert "the address (slug) “families-first-in-quillbrook”" in shown


def test_update_translations_with_publish_leaves_partial_translations_unpublished(
    client, partly_translated, moderator, django_capture_on_commit_callbacks
):
    translation, french = partly_translated
    as_user(client, moderator)
    url = reverse("wagtail_localize:update_translations", args=[translation.source.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"publish_translations": "on"}, follow=True)

    assert response.status_code == 200
    assert any("Not published" in m and QUOTE in m for m in messages_of(response))
    french.refresh_from_db()
    assert not french.live


def test_sync_publishes_a_live_translation_only_when_the_new_english_is_translated(
    client, statement, moderator, administrator, translator, fr, django_capture_on_commit_callbacks
):
    """A published French page keeps its French version when the English gains a sentence nobody translated."""
    translation = send_for_translation(client, moderator, statement, fr, django_capture_on_commit_callbacks)
    as_user(client, translator)
    translate_speaker(as_user(client, administrator), fr, django_capture_on_commit_callbacks)
    as_user(client, translator)
    translate_strings(client, translation, ENGLISH)
    french = statement.get_translation(fr)
    publish_in_translation_editor(client, french, django_capture_on_commit_callbacks)
    french.refresh_from_db()
    assert french.live

    statement.summary = "A new English summary that nobody has translated."
    statement.save_revision().publish()
    as_user(client, moderator)
    url = reverse("wagtail_localize:update_translations", args=[translation.source.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"publish_translations": "on"}, follow=True)

    assert any("A new English summary" in m for m in messages_of(response))
    status, body = french_site_shows(client, french)
    assert status == 200
    assert "A new English summary" not in body
    assert "Notre résumé de la journée." in body


def test_the_page_editor_of_a_translation_saves_a_draft_but_does_not_publish_english(
    client, partly_translated, translator, django_capture_on_commit_callbacks
):
    """After "Stop Synced translation", the translator works in the ordinary page editor."""
    translation, french = partly_translated
    as_user(client, translator)
    client.post(reverse("wagtail_localize:stop_translation", args=[translation.pk]))
    edit_url = reverse("wagtailadmin_pages:edit", args=[french.pk])
    form = client.get(edit_url)
    assert form.status_code == 200 and "page-edit-form" in html(form)  # Wagtail's own editor now

    from tests.test_stored_xss import block_form_data, querydict_from_html

    data = querydict_from_html(html(form), form_id="page-edit-form")
    for name in [name for name in data if name.startswith("body-")]:
        del data[name]
    french.refresh_from_db()
    for name, value in block_form_data(french.body.stream_block, french.body, "body").items():
        data[name] = str(value)
    data["action-publish"] = "action-publish"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(edit_url, data, follow=True)

    assert any("Not published" in m for m in messages_of(response))
    assert any("saved as a draft" in m for m in messages_of(response))
    french.refresh_from_db()
    assert not french.live


def test_bulk_publish_refuses_partial_translations(client, partly_translated, moderator):
    _translation, french = partly_translated
    as_user(client, moderator)
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"]) + f"?id={french.pk}"
    response = client.post(url, {}, follow=True)

    assert any("Nothing was published" in m for m in messages_of(response))
    french.refresh_from_db()
    assert not french.live


def test_the_python_api_refuses_too(partly_translated, django_capture_on_commit_callbacks):
    translation, french = partly_translated
    with pytest.raises(UntranslatedContentError), django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    with pytest.raises(UntranslatedContentError):
        french.get_latest_revision().publish()
    french.refresh_from_db()
    assert not french.live


def test_workflow_approval_of_a_partial_translation_publishes_nothing(
    client, partly_translated, moderator, django_user_model
):
    """An editor submits the French draft for review; the moderator's approval cannot put English live."""
    _translation, french = partly_translated
    editor = django_user_model.objects.create_user("editor", "editor@example.org", "x" * 12)
    editor.groups.add(Group.objects.get(name=EDITORS))
    french.get_workflow().start(french, editor)
    task_state = french.current_workflow_task_state
    as_user(client, moderator)

    url = reverse("wagtailadmin_pages:workflow_action", args=[french.pk, "approve", task_state.pk])
    response = client.post(url, {}, follow=True)

    assert response.status_code == 200
    assert any("Not published" in m for m in messages_of(response))
    french.refresh_from_db()
    assert not french.live
    task_state.refresh_from_db()
    assert task_state.status == "in_progress"  # the approval was rolled back: it can be done once translated


def test_a_translation_cannot_become_an_alias_and_pages_cannot_be_copied_across_languages(
    client, partly_translated, moderator, statement, fr
):
    _translation, french = partly_translated
    as_user(client, moderator)
    edit = html(client.get(reverse("wagtailadmin_pages:edit", args=[french.pk])))
    assert "localize-convert-to-alias" not in edit
    response = client.post(reverse("wagtail_localize:convert_to_alias", args=[french.pk]), follow=True)
    assert any("cannot be turned into an alias" in m for m in messages_of(response))
    assert Page.objects.get(pk=french.pk).alias_of_id is None

    french_news = statement.get_parent().get_translation(fr)
    response = client.post(
        reverse("wagtailadmin_pages:copy", args=[statement.pk]),
        {"new_title": "Copy", "new_slug": "copy", "new_parent_page": french_news.pk, "alias": "on"},
        follow=True,
    )
    assert any("cannot be copied into another language" in m for m in messages_of(response))
    assert not french_news.get_children().filter(slug="copy").exists()


def test_the_api_lists_no_partial_translation(client, partly_translated):
    response = client.get("/api/v2/pages/?locale=fr&type=news.StatementPage&fields=title")
    titles = [item["title"] for item in response.json()["items"]]
    assert "Les familles d’abord à Quillbrook" not in titles
    assert "Families first in Quillbrook" not in titles


def test_strings_that_read_the_same_once_confirmed_do_not_block_publishing(
    client, statement, moderator, administrator, translator, fr, django_capture_on_commit_callbacks
):
    """A translator may keep a string as it is (a name, a place) by confirming it in the editor."""
    translation = send_for_translation(client, moderator, statement, fr, django_capture_on_commit_callbacks)
    as_user(client, translator)
    translate_speaker(as_user(client, administrator), fr, django_capture_on_commit_callbacks)
    as_user(client, translator)
    translate_strings(client, translation, {**ENGLISH, "Brussels": "Brussels"})
    assert StringTranslation.objects.filter(data="Brussels", locale=fr).exists()

    publish_in_translation_editor(client, statement.get_translation(fr), django_capture_on_commit_callbacks)

    assert StatementPage.objects.get(pk=statement.get_translation(fr).pk).live


def test_a_topic_not_translated_yet_is_never_shown_under_fr(
    client, seeded_site, moderator, administrator, fr
):
    """ "Translate" makes a topic's French version at once, with its English name: the French news index and
    articles leave it out until its name is translated."""

    from news.models import ArticleTopic, NewsIndexPage, Topic

    topic = Topic.objects.create(name="Labour migration", slug="labour-migration", locale=seeded_site.locale)
    seeded = StatementPage.objects.get(
        locale=seeded_site.locale, slug="international-migrants-day-statement-2021"
    )
    seeded.topic_links.add(ArticleTopic(topic=topic))
    seeded.save_revision().publish()
    client.force_login(administrator)
    response = client.post(
        reverse("wagtail_localize:submit_snippet_translation", args=["news", "topic", topic.pk]),
        {"locales": [fr.pk]},
    )
    assert response.status_code == 302
    french_topic = Topic.objects.get(translation_key=topic.translation_key, locale=fr)
    assert french_topic.name == "Labour migration"  # wagtail-localize filled in the English name
    client.logout()

    french_index = NewsIndexPage.objects.get(locale=fr)
    french_article = seeded.get_translation(fr)
    french_article.topic_links.add(ArticleTopic(topic=topic))  # as a sync copies the links: to English topics
    french_article.save_revision().publish()
    for url in (french_index.url, french_article.url):
        body = client.get(url).content.decode()
        assert "Labour migration" not in body, url

    french_topic.name = "Migration de main-d’œuvre"
    french_topic.save()
    assert "Migration de main-d’œuvre" in client.get(french_index.url).content.decode()
    assert "Migration de main-d’œuvre" in client.get(french_article.url).content.decode()
