"""The Data and Resources library: publications, reports, factsheets and datasets, with filters and search."""

from urllib.parse import urlencode

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.models import Page
from wagtail.search import index

from agenda.models import AgendaPage
from core.filters import FIRST_YEAR, LAST_YEAR, ChoiceFilter, FilterForm, YearField
from core.pagination import forgiving_page
from home.models import BasePage, page_goals
from images.renditions import prefetch_images
from news.models import ItemPage, Topic, TopicLink, topics_in_their_language

MIN_YEAR, MAX_YEAR = FIRST_YEAR, LAST_YEAR


class ResourceType(models.TextChoices):
    PUBLICATION = "publication", _("Publication")
    REPORT = "report", _("Report")
    FACTSHEET = "factsheet", _("Factsheet")
    DATASET = "dataset", _("Dataset")
    OTHER = "other", _("Other")


class DocumentLanguage(models.TextChoices):
    ENGLISH = "en", _("English")
    FRENCH = "fr", _("French")
    DUTCH = "nl", _("Dutch")
    GERMAN = "de", _("German")
    OTHER = "other", _("Other language")


class ResourceFilterForm(FilterForm):
    """The library's filters: type, year, language of the document and topic."""

    type = ChoiceFilter(label=_("type"), choices=ResourceType.choices)
    year = YearField(label=_("year"))
    language = ChoiceFilter(label=_("language"), choices=DocumentLanguage.choices)
    topic = ChoiceFilter(label=_("topic"))

    def filter_queryset(self, queryset, filters):
        if filters.type:
            queryset = queryset.filter(resource_type=filters.type)
        if filters.year:
            queryset = queryset.filter(year=filters.year)
        if filters.language:
            queryset = queryset.filter(document_language=filters.language)
        if filters.topic:
            # Links made on the English resource point to English topics; the slug is the same in every language.
            keys = Topic.objects.filter(slug=filters.topic).values("translation_key")
            queryset = queryset.filter(topic_links__topic__translation_key__in=keys).distinct()
        return queryset


class ResourceLibraryPage(BasePage):
    """The Data and Resources library of one language: every resource below it, with filters."""

    search_type, search_type_label = "library", _("Resource library")

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]

    parent_page_types = ["home.SectionPage"]
    subpage_types = ["resources.ResourcePage"]
    max_count_per_parent = 1
    per_page = 12

    class Meta:
        verbose_name = _("resource library")

    def get_resources(self):
        return (
            ResourcePage.objects.child_of(self)
            .live()
            .public()
            .select_related("document")
            .prefetch_related(prefetch_images("featured_image", "cover-thumb"), "topic_links__topic")
            .order_by("-year", "title", "pk")
        )

    def get_topics(self):
        return topics_in_their_language(Topic.objects.filter(locale_id=self.locale_id).order_by("name")[:200])

    def get_years(self):
        years = ResourcePage.objects.child_of(self).live().public().values_list("year", flat=True)
        return sorted(set(years.distinct().order_by()), reverse=True)

    def paginate(self, queryset, raw_page, errors):
        return forgiving_page(Paginator(queryset, self.per_page), raw_page, errors)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        topics = self.get_topics()
        topic_choices = [(topic.slug, topic.name) for topic in topics]
        filters = ResourceFilterForm(request.GET, choices={"topic": topic_choices}).filters
        raw_page = request.GET.get("page", "1")
        page_obj = self.paginate(filters.apply(self.get_resources()), raw_page, filters.errors)
        # Resources are tagged with English topics; show them in the visitor's language.
        by_key = {topic.translation_key: topic for topic in topics}
        for resource in page_obj:
            resource.localized_topics = [
                by_key.get(link.topic.translation_key, link.topic) for link in resource.topic_links.all()
            ]
        query = urlencode(filters.as_query())
        context.update(
            {
                "resources": page_obj,
                "filters": filters,
                "topic_choices": topic_choices,
                "year_choices": [(year, year) for year in self.get_years()],
                "types": ResourceType.choices,
                "languages": DocumentLanguage.choices,
                "query_prefix": f"{query}&" if query else "",
                "noindex": filters.active or page_obj.number > 1 or bool(filters.errors),
            }
        )
        return context


class ResourcePage(ItemPage):
    """A publication, report, factsheet or dataset: a file to download or a link, with its summary.

    Its featured image is the publication's cover.
    """

    search_type, search_type_label = "resource", _("Resource")

    resource_type = models.CharField(
        max_length=20,
        choices=ResourceType.choices,
        default=ResourceType.PUBLICATION,
        verbose_name=_("type"),
    )
    year = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(MIN_YEAR), MaxValueValidator(MAX_YEAR)],
        verbose_name=_("year"),
        help_text=_("The year the document was published."),
    )
    document_language = models.CharField(
        max_length=10,
        choices=DocumentLanguage.choices,
        default=DocumentLanguage.ENGLISH,
        verbose_name=_("language of the document"),
        help_text=_("The language the file or linked page is written in. The same in every translation."),
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("file"),
        help_text=_("The file to download. Choose a file or enter an external address, not both."),
    )
    external_url = models.URLField(
        blank=True,
        verbose_name=_("external address"),
        help_text=_("Where the resource is published elsewhere, e.g. on iom.int. Only if there is no file."),
    )
    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("resource_type"), FieldPanel("year"), FieldPanel("document_language")],
            heading=_("About the resource"),
        ),
        MultiFieldPanel([FieldPanel("document"), FieldPanel("external_url")], heading=_("File or link")),
        FieldPanel("summary"),
        ItemPage.image_panel(
            _("Cover"),
            heading=_("cover image"),
            help_text=_("The cover of the publication, shown in the library and on this page."),
        ),
        InlinePanel("topic_links", label=_("Topics"), heading=_("Topics")),
        InlinePanel("goal_links", label=_("Sustainable Development Goals")),
        FieldPanel("body"),
    ]
    search_fields = [
        *ItemPage.search_fields,
        index.FilterField("resource_type"),
        index.FilterField("year"),
        index.FilterField("document_language"),
    ]
    api_fields = [
        APIField("resource_type"),
        APIField("year"),
        APIField("document_language"),
        APIField("external_url"),
        *ItemPage.api_fields,
    ]
    image_alt_missing = _("Describe the cover image for people who cannot see it.")

    parent_page_types = ["resources.ResourceLibraryPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("resource")
        verbose_name_plural = _("resources")
        indexes = [models.Index(fields=["year"])]

    def clean(self):
        errors = {}
        if bool(self.document_id) == bool(self.external_url):
            message = _("Choose a file or enter an external address: one of the two, not both.")
            errors["document"] = message
            errors["external_url"] = message
        try:
            super().clean()
        except ValidationError as error:
            errors.update(error.message_dict)
        if errors:
            raise ValidationError(errors)

    def get_search_detail(self):
        """What a search result shows beside "Resource": its type and year, e.g. "Report · 2023"."""
        return f"{self.get_resource_type_display()} · {self.year}"

    @property
    def link_url(self):
        """Where the resource itself is: the file's download address or the external address."""
        if self.document_id and self.document:
            return self.document.url
        return self.external_url

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["topics"] = self.get_topics()
        context["goals"] = page_goals(self)
        context["agenda_page"] = (
            AgendaPage.objects.live().public().filter(locale_id=self.locale_id).first()
            if context["goals"]
            else None
        )
        return context


class ResourceTopic(TopicLink):
    """Files a resource under a topic (the same topics as the news)."""

    page = ParentalKey(ResourcePage, on_delete=models.CASCADE, related_name="topic_links")

    class Meta(TopicLink.Meta):
        verbose_name = _("topic")
