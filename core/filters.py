"""Listing filters read from the query string with a Django form: bad values are dropped and reported.

Each listing declares its filters as the fields of a `FilterForm` subclass, and how they narrow its queryset in
`filter_queryset`. `MyFilterForm(request.GET, choices={...}).filters` then gives the cleaned filters: one
attribute per field (None when it is absent or was not understood), `errors` (a message for each value that
was dropped, for the page to show), `active`, `as_query()` (for links that keep the filters) and
`apply(queryset)`. Nothing a visitor types raises: any query string gives a listing.
"""

from django import forms
from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

FIRST_YEAR, LAST_YEAR = 1951, 2100  # IOM was founded in 1951
MAX_VALUE_LENGTH = 100  # characters of a parameter that are looked at, at all


class YearField(forms.IntegerField):
    """A year written with four ASCII digits (int() would also take "١٩٩٠" or " +2021")."""

    def __init__(self, **kwargs):
        kwargs.setdefault("min_value", FIRST_YEAR)
        kwargs.setdefault("max_value", LAST_YEAR)
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if not (isinstance(value, str) and value.isascii() and value.isdigit() and len(value) == 4):
            raise ValidationError(_("Enter a year such as 2021."), code="invalid")
        return int(value)


class ChoiceFilter(forms.ChoiceField):
    """One value among `choices` ((value, label) pairs), which a listing may give per request."""

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)


class Filters:
    """The cleaned filters of one request (see the module's docstring)."""

    RESERVED = {"errors", "form", "active", "as_query", "apply"}

    def __init__(self, form, values, query, errors):
        self.form = form
        self.errors = errors
        self._query = query
        for name, value in values.items():
            setattr(self, name, value)

    @property
    def active(self):
        return bool(self._query)

    def as_query(self):
        """The filters in use as query-string parameters, in the order the form declares them."""
        return dict(self._query)

    def apply(self, queryset):
        return self.form.filter_queryset(queryset, self)


class FilterForm(forms.Form):
    """Base class of a listing's filters: declare the fields (`ChoiceFilter`, `YearField`...), each with a
    `label` that names it in messages ("type", "year"), and implement `filter_queryset(queryset, filters)`."""

    def __init__(self, params, choices=None):
        data = {}
        for name in self.base_fields:
            value = params.get(name) if params is not None else None
            data[name] = value.strip()[:MAX_VALUE_LENGTH] if isinstance(value, str) else ""
        super().__init__(data=data)
        for name, options in (choices or {}).items():
            self.fields[name].choices = [(str(value), label) for value, label in options]
        clashes = self.RESERVED_NAMES & set(self.fields)
        if clashes:
            raise ImproperlyConfigured(
                f"Filter names {sorted(clashes)} are taken by Filters' own attributes."
            )

    RESERVED_NAMES = Filters.RESERVED

    @property
    def filters(self):
        if not hasattr(self, "cleaned_filters"):
            self.is_valid()
            values, query, errors = {}, {}, []
            for name, field in self.fields.items():
                if name in self.errors:
                    errors.append(
                        gettext("The %(filter)s filter was not understood and has been ignored.")
                        % {"filter": field.label or name}
                    )
                    values[name] = None
                    continue
                value = self.cleaned_data.get(name)
                values[name] = value if value not in field.empty_values else None
                if values[name] is not None:
                    query[name] = self.data[name]
            self.cleaned_filters = Filters(self, values, query, errors)
        return self.cleaned_filters

    def filter_queryset(self, queryset, filters):
        """`queryset` narrowed by `filters`; subclasses implement it."""
        raise NotImplementedError
