"""Machine translation for translators: wagtail-localize's "Translate with DeepL / LibreTranslate" button.

Configured from the environment (settings/base.py): `DEEPL_AUTH_KEY` for DeepL, or `LIBRETRANSLATE_URL` (and
`LIBRETRANSLATE_API_KEY` if the server asks for one) for any LibreTranslate-compatible server; neither set, the
button is not shown. `MACHINE_TRANSLATION_TIMEOUT` (seconds) bounds every call.

Machine translation fills only the strings that have no translation yet: what translators typed is never
overwritten. When the service is slow, down or answers with an error, wagtail-localize would show the translator
an error page; here the translator gets a message saying what happened, and nothing is changed (the strings
are written only once the whole answer has arrived).
"""

import requests
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail_localize.machine_translators.deepl import DeepLTranslator
from wagtail_localize.machine_translators.libretranslate import LibreTranslator
from wagtail_localize.models import Translation
from wagtail_localize.strings import StringValue
from wagtail_localize.views import edit_translation


class MachineTranslationUnavailable(Exception):
    """The service did not translate: no answer in time, an error, or an answer that cannot be read."""

    def __init__(self, service, reason):
        self.service = service
        self.reason = reason
        super().__init__(f"{service}: {reason}")

    def message(self):
        return _(
            "%(service)s did not translate (%(reason)s). Nothing was changed: the strings already translated are "
            "as they were. Try again in a few minutes, or translate by hand."
        ) % {"service": self.service, "reason": self.reason}


def call(service, timeout, send):
    """The JSON answer of `send()`, or MachineTranslationUnavailable with a reason a translator can read."""
    try:
        response = send()
    except requests.Timeout as error:
        raise MachineTranslationUnavailable(
            service,
            ngettext("no answer within %(seconds)s second", "no answer within %(seconds)s seconds", timeout)
            % {"seconds": timeout},
        ) from error
    except requests.RequestException as error:
        raise MachineTranslationUnavailable(service, _("the service could not be reached")) from error
    if response.status_code >= 400:
        raise MachineTranslationUnavailable(
            service, _("the service answered with error %(status)s") % {"status": response.status_code}
        )
    try:
        return response.json()
    except ValueError as error:
        raise MachineTranslationUnavailable(service, _("the answer could not be read")) from error


class SafeLibreTranslator(LibreTranslator):
    """wagtail-localize's LibreTranslate client (same request), with failures as MachineTranslationUnavailable."""

    def translate(self, source_locale, target_locale, strings):
        strings = list(strings)
        data = call(
            self.display_name,
            self.get_timeout(),
            lambda: requests.post(
                self.get_api_endpoint().rstrip("/") + "/translate",
                json={
                    "q": [string.data for string in strings],
                    "source": self.language_code(source_locale.language_code),
                    "target": self.language_code(target_locale.language_code),
                    "api_key": self.options.get("API_KEY", ""),
                    "format": "html",
                },
                timeout=self.get_timeout(),
            ),
        )
        texts = data.get("translatedText") if isinstance(data, dict) else None
        if (
            not isinstance(texts, list)
            or len(texts) != len(strings)
            or not all(isinstance(t, str) for t in texts)
        ):
            raise MachineTranslationUnavailable(self.display_name, _("the answer could not be read"))
        return {string: StringValue(text) for string, text in zip(strings, texts, strict=True)}


class SafeDeepLTranslator(DeepLTranslator):
    """wagtail-localize's DeepL client (same request), with failures as MachineTranslationUnavailable."""

    def translate(self, source_locale, target_locale, strings):
        strings = list(strings)
        timeout = int(self.options.get("TIMEOUT", 30))
        data = call(
            self.display_name,
            timeout,
            lambda: requests.post(
                self.get_api_endpoint(),
                self.get_parameters(source_locale, target_locale, strings),
                timeout=timeout,
                headers=self.get_headers(),
            ),
        )
        items = data.get("translations") if isinstance(data, dict) else None
        if not isinstance(items, list) or len(items) != len(strings):
            raise MachineTranslationUnavailable(self.display_name, _("the answer could not be read"))
        try:
            return {string: StringValue(item["text"]) for string, item in zip(strings, items, strict=True)}
        except (KeyError, TypeError) as error:
            raise MachineTranslationUnavailable(
                self.display_name, _("the answer could not be read")
            ) from error


def machine_translate(request, translation_id):
    """wagtail-localize's "Translate with ..." view; a failing service gives the translator a message."""
    try:
        return edit_translation.machine_translate(request, translation_id)
    except MachineTranslationUnavailable as error:
        messages.error(request, error.message())
        next_url = get_valid_next_url_from_request(request)
        if not next_url:
            translation = Translation.objects.filter(pk=translation_id).first()
            instance = translation.get_target_instance() if translation else None
            next_url = (
                reverse("wagtailadmin_pages:edit", args=[instance.pk])
                if instance is not None and hasattr(instance, "get_url_parts")
                else reverse("wagtailadmin_home")
            )
        return redirect(next_url)
