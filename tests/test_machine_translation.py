"""Machine translation for translators (issue 13): wagtail-localize's machine translator, configured from the
environment, against a real HTTP server that this test starts and that speaks the LibreTranslate API.

Translators press "Translate with LibreTranslate" in wagtail-localize's editor: the strings nobody translated yet
are filled in; what they typed stays. When the service is slow or fails, they get a clear message and nothing
already translated is lost.
"""

import json
import os
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation
from wagtail_localize.operations import translate_object

from news.models import StatementPage
from website.settings.base import machine_translator

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parent.parent


class LibreTranslateHandler(BaseHTTPRequestHandler):
    """POST /translate as LibreTranslate answers it: {"translatedText": [...]} for a list in "q"."""

    def do_POST(self):  # noqa: N802 (http.server's name)
        payload = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.server.received.append(payload)
        if self.server.mode == "slow":
            self.server.release.wait(10)
        if self.server.mode == "error":
            return self.answer(500, {"error": "Internal Server Error"})
        texts = payload["q"] if isinstance(payload["q"], list) else [payload["q"]]
        return self.answer(200, {"translatedText": [f"[{payload['target']}] {text}" for text in texts]})

    def do_GET(self):  # noqa: N802
        if self.path == "/languages":
            return self.answer(200, [{"code": code, "name": code} for code in ("en", "fr", "nl", "de")])
        return self.answer(404, {"error": "Not Found"})

    def answer(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        try:
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout)
            pass

    def log_message(self, *args):
        pass


@pytest.fixture
def libretranslate():
    server = ThreadingHTTPServer(("127.0.0.1", 0), LibreTranslateHandler)
    server.daemon_threads = True
    server.mode, server.received, server.release = "ok", [], threading.Event()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    server.url = f"http://127.0.0.1:{server.server_address[1]}"
    yield server
    server.release.set()
    server.shutdown()
    server.server_close()


@pytest.fixture
def configured(settings, libretranslate):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_translator(
        libretranslate_url=libretranslate.url, timeout=1
    )
    return libretranslate


@pytest.fixture
def french_translation(seeded_site, admin_client):
    """An English statement sent for French translation; the translator has typed two strings already."""
    news = seeded_site.get_children().get(slug="news")
    page = StatementPage(
        title="Families first",
        slug="families-first",
        date="2026-06-20",
        dateline_place="Brussels",
        summary="Our summary of the day.",
        body=[("paragraph", "<p>Families returning home need protection.</p>")],
    )
    news.add_child(instance=page)
    page.save_revision().publish()
    fr = Locale.objects.get(language_code="fr")
    translate_object(page, [fr])
    translation = Translation.objects.get(source__object_id=page.translation_key, target_locale=fr)
    typed = {"Families first": "Les familles d’abord", "Brussels": "Bruxelles"}
    for segment in StringSegment.objects.filter(source=translation.source).select_related(
        "string", "context"
    ):
        if segment.string.data in typed:
            StringTranslation.objects.create(
                translation_of=segment.string,
                locale=fr,
                context=segment.context,
                data=typed[segment.string.data],
            )
    return translation


def french_strings(translation):
    return dict(
        StringTranslation.objects.filter(locale=translation.target_locale)
        .filter(translation_of__segments__source=translation.source)
        .values_list("translation_of__data", "data")
    )


def press_machine_translate(client, translation):
    french = translation.get_target_instance()
    edit_url = reverse("wagtailadmin_pages:edit", args=[french.pk])
    url = reverse("wagtail_localize:machine_translate", args=[translation.pk])
    return client.post(url, {"next": edit_url}, follow=True)


def messages_of(response):
    return [str(message).strip() for message in response.context["messages"]]


def test_the_environment_chooses_the_service_and_nothing_set_means_no_button(tmp_path):
    def configured_with(**env):
        base = {
            k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DEEPL", "LIBRETRANSLATE"))
        }
        code = "from django.conf import settings; import json; print(json.dumps(settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR))"
        result = subprocess.run(  # noqa: S603
            [sys.executable, "-c", f"import django; django.setup(); {code}"],
            cwd=ROOT,
            env={**base, "DJANGO_SETTINGS_MODULE": "website.settings.dev", **env},
            capture_output=True,
            text=True,
            check=True,
        )
        return json.loads(result.stdout.strip().splitlines()[-1])

    assert configured_with() is None
    libre = configured_with(
        LIBRETRANSLATE_URL="https://translate.example.org/", MACHINE_TRANSLATION_TIMEOUT="7"
    )
    assert libre["CLASS"].endswith("SafeLibreTranslator")
    assert libre["OPTIONS"] == {
        "LIBRETRANSLATE_URL": "https://translate.example.org",
        "API_KEY": "",
        "TIMEOUT": 7,
    }
    deepl = configured_with(DEEPL_AUTH_KEY="secret:fx", LIBRETRANSLATE_URL="https://translate.example.org/")
    assert deepl["CLASS"].endswith("SafeDeepLTranslator") and deepl["OPTIONS"]["AUTH_KEY"] == "secret:fx"


def test_without_a_service_the_translation_editor_offers_no_machine_translation(
    admin_client, french_translation, settings
):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None
    french = french_translation.get_target_instance()
    body = admin_client.get(reverse("wagtailadmin_pages:edit", args=[french.pk])).content.decode()
    assert "machine_translate" not in body


def test_machine_translation_fills_only_what_nobody_translated(admin_client, french_translation, configured):
    french = french_translation.get_target_instance()
    editor = admin_client.get(reverse("wagtailadmin_pages:edit", args=[french.pk])).content.decode()
    assert "LibreTranslate" in editor and "machine_translate" in editor  # the button

    response = press_machine_translate(admin_client, french_translation)

    assert "Successfully translated with LibreTranslate." in messages_of(response)
    strings = french_strings(french_translation)
    assert strings["Families first"] == "Les familles d’abord"  # typed by the translator: kept
    assert strings["Brussels"] == "Bruxelles"
    assert strings["Our summary of the day."] == "[fr] Our summary of the day."
    assert (
        strings["Families returning home need protection."] == "[fr] Families returning home need protection."
    )
    (request,) = configured.received
    assert (request["source"], request["target"], request["format"]) == ("en", "fr", "html")
    assert "Families first" not in request["q"] and "Our summary of the day." in request["q"]


@pytest.mark.parametrize(
    ("mode", "reason"),
    [("slow", "no answer within 1 second"), ("error", "the service answered with error 500")],
)
def test_a_slow_or_failing_service_gives_a_clear_message_and_loses_nothing(
    admin_client, french_translation, configured, mode, reason
):
    configured.mode = mode
    before = french_strings(french_translation)

    response = press_machine_translate(admin_client, french_translation)

    assert response.status_code == 200
    shown = " ".join(messages_of(response))
    assert f"LibreTranslate did not translate ({reason})" in shown
    assert "Nothing was changed" in shown
    assert french_strings(french_translation) == before
    assert configured.received  # the service was really asked


def test_update_translations_keeps_the_sync_when_machine_translation_fails(
    admin_client, french_translation, configured
):
    configured.mode = "error"
    english = StatementPage.objects.get(
        translation_key=french_translation.source.object_id, locale__language_code="en"
    )
    english.summary = "A summary rewritten in English."
    english.save_revision().publish()
    url = reverse("wagtail_localize:update_translations", args=[french_translation.source.pk])

    response = admin_client.post(url, {"use_machine_translation": "on"}, follow=True)

    assert response.status_code == 200
    assert any("did not translate" in m for m in messages_of(response))
    french_translation.source.refresh_from_db()
    assert "A summary rewritten in English." in french_translation.source.content_json  # synced all the same
    assert french_strings(french_translation)["Families first"] == "Les familles d’abord"
