"""The visitor's form of a Take Action page: the editors' fields, a consent box and a honeypot against bots."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.forms import BaseForm, FormBuilder

# Neither name can clash with an editor's field: Wagtail names those in snake_case, without hyphens.
CONSENT_FIELD = "privacy-consent"
HONEYPOT_FIELD = "your-website"


class TakeActionForm(BaseForm):
    """Knows which of its fields the visitor sees and whether a bot filled in the hidden one."""

    def visitor_fields(self):
        return [field for field in self.visible_fields() if field.name != HONEYPOT_FIELD]

    def honeypot(self):
        return self[HONEYPOT_FIELD]

    def is_spam(self):
        return self.is_bound and bool(str(self.data.get(HONEYPOT_FIELD, "")).strip())

    def answers(self):
        """The cleaned answers worth keeping: everything but the honeypot."""
        return {name: value for name, value in self.cleaned_data.items() if name != HONEYPOT_FIELD}


# What the visitor's browser may fill in for them (WCAG 1.3.5): e-mail fields, and the editors' fields with
# these names.
AUTOCOMPLETE_BY_NAME = {"name": "name", "your_name": "name", "full_name": "name", "phone": "tel"}


class TakeActionFormBuilder(FormBuilder):
    def create_singleline_field(self, field, options):
        formfield = super().create_singleline_field(field, options)
        if field.clean_name in AUTOCOMPLETE_BY_NAME:
            formfield.widget.attrs["autocomplete"] = AUTOCOMPLETE_BY_NAME[field.clean_name]
        return formfield

    def create_email_field(self, field, options):
        formfield = super().create_email_field(field, options)
        formfield.widget.attrs["autocomplete"] = "email"
        return formfield

    def create_dropdown_field(self, field, options):
        # An empty first choice, so that nobody sends the first answer without having chosen it.
        options["choices"] = [("", _("Choose…")), *self.get_formatted_field_choices(field)]
        return forms.ChoiceField(**options)


def build_form_class(form_fields, consent_text):
    """A form class with the editors' fields, then the consent box the page always adds, then the honeypot."""
    fields = TakeActionFormBuilder(form_fields).formfields
    fields[CONSENT_FIELD] = forms.BooleanField(
        label=consent_text,
        required=True,
        error_messages={"required": _("Please tick this box so that we may use your details to reply.")},
    )
    # The error summary names fields by their label; the consent's label is a whole sentence.
    fields[CONSENT_FIELD].summary_label = _("Consent")
    fields[HONEYPOT_FIELD] = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )
    return type("TakeActionPageForm", (TakeActionForm,), fields)
