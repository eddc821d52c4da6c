"""The one form-based filter helper (core.filters) that the news index, the resource library and the search use:
values are validated, bad ones dropped with a message, and nothing a visitor types raises."""

import pytest
from django.http import QueryDict
from django.utils import translation
from hypothesis import given
from hypothesis import strategies as st

from core.filters import ChoiceFilter, FilterForm, YearField
from news.models import NewsFilterForm
from resources.models import ResourceFilterForm


class ColourForm(FilterForm):
    colour = ChoiceFilter(label="colour", choices=[("red", "Red"), ("blue", "Blue")])
    shade = ChoiceFilter(label="shade")
    year = YearField(label="year")

    def filter_queryset(self, queryset, filters):
        return [item for item in queryset if not filters.colour or item == filters.colour]


def filters_for(query, **choices):
    return ColourForm(QueryDict(query), choices=choices).filters


def test_valid_values_are_cleaned_and_kept_in_links_in_declared_order():
    filters = filters_for("year=%202021%20&shade=dark&colour=red&page=3", shade=[("dark", "Dark")])
    assert (filters.colour, filters.shade, filters.year) == ("red", "dark", 2021)
    assert filters.errors == []
    assert filters.active
    assert filters.as_query() == {"colour": "red", "shade": "dark", "year": "2021"}
    assert filters.apply(["red", "blue"]) == ["red"]


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("colour=green", "colour"),
        ("colour=" + "r" * 5000, "colour"),
        ("colour=red%00", "colour"),
        ("shade=dark", "shade"),  # no shade is offered here
        ("year=twenty", "year"),
        ("year=99999", "year"),
        ("year=1950", "year"),
        ("year=-2021", "year"),
        ("year=%D9%A1%D9%A9%D9%A9%D9%A0", "year"),  # Arabic-Indic digits, which int() would take
        ("year=2021.0", "year"),
    ],
)
def test_a_bad_value_is_dropped_and_reported_never_raised(query, field):
    filters = filters_for(query)
    assert getattr(filters, field) is None
    assert filters.errors == [f"The {field} filter was not understood and has been ignored."]
    assert not filters.active and filters.as_query() == {}


def test_a_good_value_survives_a_bad_neighbour_and_the_last_repeat_counts():
    filters = filters_for("colour=blue&year=abc&colour=red")
    assert (filters.colour, filters.year) == ("red", None)
    assert len(filters.errors) == 1


def test_messages_are_in_the_visitors_language():
    with translation.override("fr"):
        errors = NewsFilterForm(QueryDict("year=abc"), choices={"topic": []}).filters.errors
    assert errors and "year" not in errors[0] and "filtre" in errors[0]


@given(
    params=st.dictionaries(
        st.sampled_from(["type", "year", "language", "topic", "kind"]), st.text(max_size=40)
    )
)
def test_any_query_string_gives_filters(params):
    for form_class in (NewsFilterForm, ResourceFilterForm):
        filters = form_class(params, choices={"topic": [("labour-migration", "Labour migration")]}).filters
        assert set(filters.as_query()) <= set(params)
        assert len(filters.errors) <= len(params)
