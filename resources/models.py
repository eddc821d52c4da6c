"""The Data and Resources library: publications, reports, factsheets and datasets, with filters and search."""

import re
from urllib.parse import urlencode

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Prefetch
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.search import index

from agenda.models import AgendaPage
from core.pagination import forgiving_page
from home.models import BasePage, page_goals
from news.models import ItemPage, Topic, TopicLink, topics_in_their_language

MIN_YEAR, MAX_YEAR = 1951, 2100
COVER_THUMBNAIL = "fill-240x320"


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


class ResourceFilters:
    """The library's filters, read from the query string. Bad values are dropped and reported, never raised."""

    def __init__(self, params, topics):
        self.errors = []
        self.type = self._choice(params, "type", dict(ResourceType.choices), _("type"))
        self.language = self._choice(params, "language", dict(DocumentLanguage.choices), _("language"))
        self.topic = self._choice(params, "topic", {t.slug for t in topics}, _("topic"))
        self.year = None
        raw = self._raw(params, "year")
        if raw:
            if re.fullmatch(r"[0-9]{4}", raw) and MIN_YEAR <= int(raw) <= MAX_YEAR:
                self.year = int(raw)
            else:
                self._reject(_("year"))

    @staticmethod
    def _raw(params, name):
        value = params.get(name) or ""
        return value.strip()[:100] if isinstance(value, str) else ""

    def _reject(self, label):
        self.errors.append(
            gettext("The %(filter)s filter was not understood and has been ignored.") % {"filter": label}
        )

    def _choice(self, params, name, allowed, label):
        raw = self._raw(params, name)
        if not raw:
            return None
        if raw in allowed:
            return raw
        self._reject(label)
        return None

    @property
    def active(self):
        return any([self.type, self.language, self.topic, self.year])

    def as_query(self):
        pairs = (("type", self.type), ("year", self.year), ("language", self.language), ("topic", self.topic))
        return {name: value for name, value in pairs if value}

    def apply(self, queryset):
        if self.type:
            queryset = queryset.filter(resource_type=self.type)
        if self.year:
            queryset = queryset.filter(year=self.year)
        if self.language:
            queryset = queryset.filter(document_language=self.language)
        if self.topic:
            # Links made on the English resource point to English topics; the slug is the same in every language.
            keys = Topic.objects.filter(slug=self.topic).values("translation_key")
            queryset = queryset.filter(topic_links__topic__translation_key__in=keys).distinct()
        return queryset


class ResourceLibraryPage(BasePage):
    """The Data and Resources library of one language: every resource below it, with filters."""

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]

    parent_page_types = ["home.SectionPage"]
    subpage_types = ["resources.ResourcePage"]
    max_count_per_parent = 1
    per_page = 12

    class Meta:
        verbose_name = _("resource library")

    def get_resources(self):
        images = get_image_model().objects.prefetch_renditions(COVER_THUMBNAIL)
        return (
            ResourcePage.objects.child_of(self)
            .live()
            .public()
            .select_related("document")
            .prefetch_related(Prefetch("featured_image", queryset=images), "topic_links__topic")
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
        filters = ResourceFilters(request.GET, topics)
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
                "topic_choices": [(topic.slug, topic.name) for topic in topics],
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
