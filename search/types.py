"""The types of page that search results name and that the type filter offers.

Each page model says what a visitor calls it: `search_type` (the value in the address, e.g. "section") and
`search_type_label` ("Section"), or, when one model holds several kinds of content, `search_type_field` (a
field whose value is the type, e.g. the article's kind) with `search_type_choices`. A model that says nothing
is named by its verbose name, so that a result is never called just "Page".
"""

from dataclasses import dataclass
from functools import lru_cache

from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, Q
from django.utils.text import capfirst
from wagtail.models import Locale, Page, get_page_models


@dataclass(frozen=True)
class PageType:
    value: str
    label: str  # lazily translated
    models: tuple
    field: str = ""  # for a type that is one value of a field of its model

    def q(self):
        """The pages of this type, as a filter on Page."""
        if self.field:
            (model,) = self.models
            return Q(pk__in=model.objects.filter(**{self.field: self.value}).values("pk"))
        content_types = ContentType.objects.get_for_models(*self.models, for_concrete_models=False).values()
        return Q(content_type__in=[content_type.pk for content_type in content_types])


def declared_types(model):
    """[(value, label, field)] of a page model."""
    field = getattr(model, "search_type_field", "")
    if field:
        return [(str(value), label, field) for value, label in model.search_type_choices]
    value = model.__dict__.get("search_type") or model.__name__.lower()
    label = model.__dict__.get("search_type_label") or capfirst(model.get_verbose_name())
    return [(value, label, "")]


@lru_cache(maxsize=1)
def page_types():
    """{value: PageType} for every page model of the site (Wagtail's bare Page excepted)."""
    types = {}
    for model in get_page_models():
        if model is Page:
            continue
        for value, label, field in declared_types(model):
            known = types.get(value)
            models = (*known.models, model) if known and not field else (model,)
            types[value] = PageType(value, label, models, field)
    return types


def type_of(page):
    """The PageType of a (specific) page."""
    model = type(page)
    field = getattr(model, "search_type_field", "")
    value = str(getattr(page, field)) if field else None
    for page_type in page_types().values():
        if model in page_type.models and (not field or page_type.value == value):
            return page_type
    return PageType(model.__name__.lower(), capfirst(model.get_verbose_name()), (model,))


def present_types(locale, pages):
    """The types of which `pages` (the language's searchable pages) hold at least one, sorted by label.

    One query: an EXISTS per type, each stopping at the first page it finds.
    """
    types = list(page_types().values())
    checks = {f"type_{index}": Exists(pages.filter(page_type.q())) for index, page_type in enumerate(types)}
    found = Locale.objects.filter(pk=locale.pk).annotate(**checks).values(*checks).first() or {}
    present = [page_type for index, page_type in enumerate(types) if found.get(f"type_{index}")]
    return sorted(present, key=lambda page_type: str(page_type.label).casefold())
