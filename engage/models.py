import datetime
import logging

from django import forms
from django.conf import settings
from django.db import models
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.formats import date_format
from django.utils.translation import gettext, gettext_noop, pgettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.mail import send_mail
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core import ratelimit
from core.blocks import BaseStreamBlock
from core.forms import SiteFormPageForm
from core.permissions import SitePagePermissionsMixin
from core.translations import CompleteTranslationMixin

from .forms import CONSENT_FIELD, build_form_class
from .submissions import SubmissionsPanel

logger = logging.getLogger(__name__)


class HttpResponseSeeOther(HttpResponseRedirect):
    """303 See Other: the browser fetches the new address with GET, whatever the method that led there."""

    status_code = 303


# The address of the thanks after a message is sent: the form page's own, with ?sent=1.
SENT_PARAMETER = "sent"
DEFAULT_CONSENT_TEXT = gettext_noop(
    "I agree that IOM Belgium and Luxembourg may store my details and use them to reply to me."
)


class FormField(TranslatableMixin, AbstractFormField):
    """A question of a Take Action form, chosen by editors and translated with the page."""

    page = ParentalKey("TakeActionPage", on_delete=models.CASCADE, related_name="form_fields")

    # Answers are stored under the field's name: the same in every language, so exports line up.
    override_translatable_fields = [SynchronizedField("clean_name", overridable=False)]

    class Meta(TranslatableMixin.Meta, AbstractFormField.Meta):
        verbose_name = _("form field")
        verbose_name_plural = _("form fields")


class TakeActionPage(SitePagePermissionsMixin, CompleteTranslationMixin, AbstractEmailForm):
    """A contact and volunteering form with calls to action; answers are stored, exported and e-mailed."""

    search_type, search_type_label = "form", _("Form")

    intro = models.TextField(
        blank=True,
        verbose_name=_("introduction"),
        help_text=_("One or two sentences shown under the title and on cards that link to this page."),
    )
    body = StreamField(
        BaseStreamBlock(),
        blank=True,
        verbose_name=_("body"),
        help_text=_("Shown above the form: for example calls to action to donate or to become a partner."),
    )
    consent_text = models.TextField(
        default=DEFAULT_CONSENT_TEXT,
        verbose_name=_("consent text"),
        help_text=_(
            "The statement visitors must tick before sending the form. The tick box is always added; "
            "say here what we do with their details."
        ),
    )
    thank_you_text = RichTextField(
        blank=True,
        features=["bold", "italic", "link"],
        verbose_name=_("thank-you text"),
        help_text=_("Shown after a visitor has sent the form."),
    )

    content_panels = [
        *AbstractEmailForm.content_panels,
        SubmissionsPanel(),
        FieldPanel("intro"),
        FieldPanel("body"),
        InlinePanel("form_fields", label=_("Form fields"), heading=_("Form fields")),
        FieldPanel("consent_text"),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel(
                            "to_address",
                            help_text=_(
                                "Who receives each submission, separated by commas. Leave empty to use the "
                                "address set for the whole site (FORMS_TO_ADDRESS)."
                            ),
                        ),
                        FieldPanel("from_address"),
                    ]
                ),
                FieldPanel("subject"),
            ],
            heading=_("E-mail to the office"),
        ),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    api_fields = [APIField("intro"), APIField("body")]
    # The office's addresses are the same in every language; they are not text for translators.
    override_translatable_fields = [SynchronizedField("to_address"), SynchronizedField("from_address")]

    parent_page_types = ["home.SectionPage"]
    subpage_types = []
    base_form_class = SiteFormPageForm  # Wagtail's checks of form fields, and the site's (core/forms.py)

    class Meta:
        verbose_name = _("take action page (form)")

    def get_card_text(self):
        return self.search_description or self.intro

    def get_submissions_list_view_class(self):
        from .views import SafeSubmissionsListView

        return SafeSubmissionsListView

    # --- The form -------------------------------------------------------------------------------
    def get_form_class(self):
        return build_form_class(self.get_form_fields(), self.consent_text or gettext(DEFAULT_CONSENT_TEXT))

    def get_data_fields(self):
        return [*super().get_data_fields(), (CONSENT_FIELD, _("Consent given"))]

    def serve(self, request, *args, **kwargs):
        if request.method != "POST":
            if request.GET.get(SENT_PARAMETER) == "1":
                return self.render_landing_page(request, None, *args, **kwargs)
            return super().serve(request, *args, **kwargs)
        form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
        spam = form.is_spam()
        if not (spam or form.is_valid()):
            return self.render_form(request, form)
        if not ratelimit.allow(request):
            response = self.render_form(request, form, status=429, rate_limited=True)
            response["Retry-After"] = str(settings.FORMS_RATE_LIMIT_WINDOW)
            return response
        if spam:
            # Bots are thanked like people, so they learn nothing; nothing is stored or sent.
            logger.info("Take Action form %s: honeypot filled in, submission dropped", self.pk)
            return self.thanks_redirect(request)
        self.process_form_submission(form)
        return self.thanks_redirect(request)

    @staticmethod
    def thanks_redirect(request):
        """Post/Redirect/Get: the thanks are a page of their own, so that reloading it sends nothing again."""
        return HttpResponseSeeOther(f"{request.path}?{SENT_PARAMETER}=1")

    def render_form(self, request, form, status=200, **extra):
        context = self.get_context(request)
        context.update(form=form, **extra)
        return TemplateResponse(request, self.get_template(request), context, status=status)

    # --- Storing and e-mailing --------------------------------------------------------------------
    def process_form_submission(self, form):
        submission = self.get_submission_class().objects.create(form_data=form.answers(), page=self)
        if self.get_recipients():
            try:
                self.send_mail(form)
            except Exception:  # the answers are stored; a mail server outage must not lose them or show a 500
                logger.exception("Take Action form %s: the e-mail to the office could not be sent", self.pk)
        return submission

    def get_recipients(self):
        addresses = self.to_address or settings.FORMS_TO_ADDRESS
        return [address.strip() for address in addresses.split(",") if address.strip()]

    def send_mail(self, form):
        reply_to = [
            value
            for name, value in form.answers().items()
            if value and isinstance(form.fields[name], forms.EmailField)
        ][:1]
        # The office reads the e-mail's own words in English; the answers stay in the visitor's language.
        with translation.override(settings.LANGUAGE_CODE):
            subject = self.subject or gettext("Take Action form: %(title)s (%(language)s)") % {
                "title": self.title,
                "language": self.locale.language_code,
            }
        send_mail(
            subject,
            self.render_email(form),
            self.get_recipients(),
            self.from_address,
            reply_to=reply_to or None,
        )

    def render_email(self, form):
        with translation.override(settings.LANGUAGE_CODE):
            lines = [
                gettext("Sent from %(url)s") % {"url": self.full_url or self.url},
                gettext("Language: %(language)s") % {"language": self.locale.language_code},
                "",
            ]
            yes, no = pgettext("answer", "Yes"), pgettext("answer", "No")
        answers = form.answers()
        for field in form:
            if field.name not in answers:
                continue
            value = answers[field.name]
            if isinstance(value, bool):
                value = yes if value else no
            elif isinstance(value, list):
                value = ", ".join(value)
            elif isinstance(value, datetime.datetime):
                value = date_format(value, "SHORT_DATETIME_FORMAT")
            elif isinstance(value, datetime.date):
                value = date_format(value, "SHORT_DATE_FORMAT")
            lines.append(f"{field.label}: {'' if value is None else value}")
        return "\n".join(lines)
