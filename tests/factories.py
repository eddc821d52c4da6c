"""Factories for the site's content, each defined once and shared by every test module."""

import datetime

import factory
import wagtail_factories
from django.utils.text import slugify
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page

from home.models import HomePage, SectionPage
from news.models import NewsIndexPage, Person, StatementPage, Topic

PDF_BYTES = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + b"0" * 2048 + b"\n%%EOF\n"


def root_collection():
    return Collection.get_first_root_node()


class ImageFactory(wagtail_factories.ImageFactory):
    """An image in the root collection (wagtail-factories would make a new root collection each time)."""

    collection = factory.LazyFunction(root_collection)
    title = factory.Sequence(lambda n: f"Photo {n}")
    file = factory.django.ImageField(width=640, height=360, color="#0033a0", filename="photo.jpg")
    description = factory.Sequence(lambda n: f"Blue test picture {n}")
    credit = "© IOM"

    class Meta:
        model = get_image_model()


class DocumentFactory(wagtail_factories.DocumentFactory):
    """A small PDF in the root collection, with its size recorded as the admin's upload form would."""

    collection = factory.LazyFunction(root_collection)
    title = factory.Sequence(lambda n: f"Annual report {n}")
    file = factory.django.FileField(filename="annual-report.pdf", data=PDF_BYTES)
    file_size = len(PDF_BYTES)


class PersonFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Speaker {n}")
    role = "IOM Director General"
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Person


class BasePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Page {n}")
    slug = factory.LazyAttribute(lambda page: slugify(page.title))
    live = True

    class Meta:
        abstract = True


class HomePageFactory(BasePageFactory):
    """A language's home page, directly under Wagtail's root node."""

    parent = factory.LazyFunction(Page.get_first_root_node)
    title = factory.Sequence(lambda n: f"Home {n}")
    hero_heading = "Migration that works for migrants and for societies"
    hero_intro = "IOM has worked in Belgium since 1973."

    class Meta:
        model = HomePage


class SectionPageFactory(BasePageFactory):
    parent = factory.SubFactory(HomePageFactory)
    title = factory.Sequence(lambda n: f"Section {n}")
    intro = factory.LazyAttribute(lambda page: f"An introduction to {page.title}.")

    class Meta:
        model = SectionPage


class NewsIndexPageFactory(BasePageFactory):
    parent = factory.SubFactory(HomePageFactory)
    title = "News"
    intro = "Statements and news from the office."

    class Meta:
        model = NewsIndexPage


class StatementPageFactory(BasePageFactory):
    parent = factory.SubFactory(NewsIndexPageFactory)
    title = factory.Sequence(lambda n: f"Statement {n}")
    date = factory.Sequence(lambda n: datetime.date(2021, 1, 1) + datetime.timedelta(days=n))
    dateline_place = "Geneva"
    speaker = factory.SubFactory(PersonFactory)
    summary = factory.LazyAttribute(lambda page: f"Our summary of {page.title}.")

    class Meta:
        model = StatementPage


class TopicFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.LazyAttribute(lambda topic: slugify(topic.name))
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Topic


class GoalFactory(factory.django.DjangoModelFactory):
    """A Sustainable Development Goal in the default language (numbers 1 to 17 in turn)."""

    number = factory.Sequence(lambda n: n % 17 + 1)
    name = factory.LazyAttribute(lambda goal: f"Goal number {goal.number}")
    colour = "#DD1367"
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = "home.Goal"
        django_get_or_create = ("number", "locale")


class ResourceLibraryPageFactory(BasePageFactory):
    parent = factory.SubFactory(SectionPageFactory)
    title = "Data and Resources"
    intro = "Reports, factsheets and data."

    class Meta:
        model = "resources.ResourceLibraryPage"


class ResourcePageFactory(BasePageFactory):
    """A resource with an external link (pass `document=` and `external_url=""` for a file)."""

    parent = factory.SubFactory(ResourceLibraryPageFactory)
    title = factory.Sequence(lambda n: f"Resource {n}")
    resource_type = "report"
    year = 2023
    document_language = "en"
    external_url = "https://www.iom.int/data-and-research"
    summary = factory.LazyAttribute(lambda page: f"What {page.title} contains.")

    class Meta:
        model = "resources.ResourcePage"


class AgendaPageFactory(BasePageFactory):
    parent = factory.SubFactory(SectionPageFactory)
    title = "2030 Agenda"
    intro = "How our work serves the Sustainable Development Goals."

    class Meta:
        model = "agenda.AgendaPage"
