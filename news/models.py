import datetime
import functools
import json

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.images.models import SourceImageIOError
from wagtail.models import Locale, Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField
from wagtail_localize.models import StringTranslation

from core.blocks import BaseStreamBlock
from core.cache import cached_fragment
from core.filters import ChoiceFilter, FilterForm, YearField
from core.forms import SitePageForm
from core.pagination import forgiving_page
from core.permissions import SitePagePermissionsMixin
from core.translations import CompleteTranslationMixin
from images.renditions import prefetch_images

from . import feeds
from .serializers import PersonSerializer, TopicSerializer


@register_snippet
class Person(TranslatableMixin, index.Indexed, models.Model):
    """A speaker or author of statements and news, reused across articles."""

    name = models.CharField(max_length=150, verbose_name=_("name"))
    role = models.CharField(
        max_length=200, blank=True, verbose_name=_("role"), help_text=_("For example: IOM Director General.")
    )
    photo = models.ForeignKey(
        "images.SiteImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("photo"),
        help_text=_("A portrait, shown small beside the person's name."),
    )

    panels = [FieldPanel("name"), FieldPanel("role"), FieldPanel("photo")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    override_translatable_fields = [SynchronizedField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name}, {self.role}" if self.role else self.name


@register_snippet
class Topic(TranslatableMixin, models.Model):
    """A subject that articles are filed under, such as return and reintegration or labour migration."""

    name = models.CharField(max_length=100, verbose_name=_("name"))
    slug = models.SlugField(
        max_length=100,
        allow_unicode=False,
        verbose_name=_("slug"),
        help_text=_("The short name used in addresses, e.g. labour-migration. The same in every language."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]
    override_translatable_fields = [SynchronizedField("slug")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["name"]

    def __str__(self):
        return self.name


# Featured images as shared and served to partner sites: 1200×630, the size social networks show.
SHARE_IMAGE_SPEC = "fill-1200x630|format-jpeg"


def topics_in_their_language(topics):
    """The topics whose name is really in their own language.

    wagtail-localize's "Translate" makes a topic's French version at once, with the English name filled in until
    someone translates it; such a topic is left out, so that no English name is shown under /fr/ unmarked. A name
    that a translator confirmed as it is (the same in both languages) counts as translated. Two queries at most.
    """
    default = Locale.get_default()
    others = [topic for topic in topics if topic.locale_id != default.pk]
    if not others:
        return list(topics)
    source_names = dict(
        Topic.objects.filter(
            translation_key__in={t.translation_key for t in others}, locale=default
        ).values_list("translation_key", "name")
    )
    same = [topic for topic in others if source_names.get(topic.translation_key) == topic.name]
    confirmed = set()
    if same:
        confirmed = set(
            StringTranslation.objects.filter(
                context__object_id__in={t.translation_key for t in same},
                context__path="name",
                locale_id__in={t.locale_id for t in same},
                data=F("translation_of__data"),
            ).values_list("context__object_id", "locale_id")
        )
    return [
        topic
        for topic in topics
        if topic not in same or (topic.translation_key, topic.locale_id) in confirmed
    ]


class ArticleKind(models.TextChoices):
    STATEMENT = "statement", _("Statement")
    PRESS_RELEASE = "press_release", _("Press release")
    NEWS = "news", _("News")
    STORY = "story", _("Story")


class NewsFilterForm(FilterForm):
    """The news listing's filters (and its feeds'): type, topic and year."""

    kind = ChoiceFilter(label=_("type"), choices=ArticleKind.choices)
    topic = ChoiceFilter(label=_("topic"))
    year = YearField(label=_("year"))

    def filter_queryset(self, queryset, filters):
        if filters.kind:
            queryset = queryset.filter(kind=filters.kind)
        if filters.year:
            queryset = queryset.filter(date__year=filters.year)
        if filters.topic:
            keys = Topic.objects.filter(slug=filters.topic).values("translation_key")
            queryset = queryset.filter(topic_links__topic__translation_key__in=keys).distinct()
        return queryset


def news_filters(params, topics):
    """The cleaned filters of a news listing or feed; `topics` are those of the listing's language."""
    return NewsFilterForm(params, choices={"topic": [(topic.slug, topic.name) for topic in topics]}).filters


class NewsIndexPage(SitePagePermissionsMixin, CompleteTranslationMixin, RoutablePageMixin, Page):
    """The list of statements and news of one language, newest first, with filters and feeds."""

    search_type, search_type_label = "news_index", _("News listing")

    intro = models.TextField(blank=True, verbose_name=_("introduction"))

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    api_fields = [APIField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.StatementPage"]
    max_count_per_parent = 1
    base_form_class = SitePageForm
    per_page = 10
    feed_size = 20

    class Meta:
        verbose_name = _("news index page")

    def get_card_text(self):
        return self.intro

    def get_articles(self):
        return (
            StatementPage.objects.child_of(self)
            .live()
            .public()
            .select_related("speaker")
            .prefetch_related(prefetch_images("featured_image", "teaser"))
            .order_by("-date", "-pk")
        )

    def get_topics(self):
        # Only ids are kept in the cache (no pickled objects): one query fetches the topics.
        pks = cached_fragment(
            f"news-topics:{self.locale_id}",
            lambda: [
                topic.pk
                for topic in topics_in_their_language(
                    Topic.objects.filter(locale_id=self.locale_id).order_by("name")[:200]
                )
            ],
        )
        return list(Topic.objects.filter(pk__in=pks).order_by("name"))

    def get_years(self):
        def build():
            dates = StatementPage.objects.child_of(self).live().public().dates("date", "year", order="DESC")
            return [d.year for d in dates]

        return cached_fragment(f"news-years:{self.pk}", build)

    def get_listing_page(self, filters, raw_page):
        """One page of the filtered articles. Counting and ordering thousands of articles is done once per
        filter and page until the next publish (the cache keeps the count and the page's ids); the articles
        shown are then fetched by primary key."""
        articles = filters.apply(self.get_articles())
        key = f"news-list:{self.pk}:{feeds.encode_query(filters.as_query())}"
        paginator = Paginator(articles, self.per_page)
        paginator.count = cached_fragment(f"{key}:count", articles.count)
        page_obj = forgiving_page(paginator, raw_page, filters.errors)
        ids = cached_fragment(
            f"{key}:page:{page_obj.number}", lambda: list(page_obj.object_list.values_list("pk", flat=True))
        )
        by_pk = (
            StatementPage.objects.select_related("speaker")
            .prefetch_related(prefetch_images("featured_image", "teaser"))
            .in_bulk(ids)
        )
        page_obj.object_list = [by_pk[pk] for pk in ids if pk in by_pk]
        return page_obj

    def get_cached_paths(self):
        """What the front cache is told to forget when the index changes (every filter of each path too)."""
        return ["/", "/feed/rss/", "/feed/atom/"]

    @path("")
    def index_route(self, request):
        topics = self.get_topics()
        filters = news_filters(request.GET, topics)
        page_obj = self.get_listing_page(filters, request.GET.get("page", "1"))
        feed_query = feeds.encode_query(filters.as_query())
        return self.render(
            request,
            context_overrides={
                "articles": page_obj,
                "filters": filters,
                "topic_choices": [(topic.slug, topic.name) for topic in topics],
                "year_choices": [(year, year) for year in self.get_years()],
                "kinds": ArticleKind.choices,
                "query_prefix": feeds.encode_query(filters.as_query(), trailing_ampersand=True),
                "rss_url": self.get_url(request) + self.reverse_subpage("rss_feed") + feed_query,
                "atom_url": self.get_url(request) + self.reverse_subpage("atom_feed") + feed_query,
                "noindex": filters.active or page_obj.number > 1,
            },
        )

    @path("feed/rss/", name="rss_feed")
    def rss_feed(self, request):
        return feeds.feed_response(self, request, "rss")

    @path("feed/atom/", name="atom_feed")
    def atom_feed(self, request):
        return feeds.feed_response(self, request, "atom")


class ItemPage(SitePagePermissionsMixin, CompleteTranslationMixin, Page):
    """What articles and resources share: pages listed by an index page rather than by the menu.

    A summary in our own words, a featured image (with its description and credit), topics, Sustainable
    Development Goals (`home.PageGoal`) and a StreamField body. Each concrete page links its topics through an
    orderable subclass of `TopicLink` with `related_name="topic_links"`.
    """

    show_in_section_nav = False  # items, not sections: listed by their index page instead
    base_form_class = SitePageForm

    summary = models.TextField(
        blank=True,
        verbose_name=_("summary"),
        help_text=_("Two or three sentences in our own words, shown in lists and at the top of the page."),
    )
    featured_image = models.ForeignKey(
        "images.SiteImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("featured image"),
        help_text=_("Shown at the top of the page, in lists and when the page is shared."),
    )
    featured_image_alt = models.CharField(
        max_length=250,
        blank=True,
        verbose_name=_("featured image description"),
        help_text=_("Describe what the image shows, for people who cannot see it."),
    )
    featured_image_credit = models.CharField(
        max_length=150, blank=True, verbose_name=_("featured image credit"), help_text=_("e.g. © IOM 2021")
    )
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    search_fields = [*Page.search_fields, index.SearchField("summary"), index.SearchField("body")]
    api_fields = [
        APIField("summary"),
        APIField("topics", serializer=TopicSerializer(source="get_topics", many=True, read_only=True)),
        APIField("featured_image", serializer=ImageRenditionField(SHARE_IMAGE_SPEC, read_only=True)),
        APIField("featured_image_alt"),
        APIField("featured_image_credit"),
        APIField("body"),
    ]

    image_alt_missing = _("Describe the featured image for people who cannot see it.")

    class Meta:
        abstract = True

    @staticmethod
    def image_panel(group_heading, **image_field_options):
        """The featured image's fields for `content_panels`, under the heading that suits the page type."""
        return MultiFieldPanel(
            [
                FieldPanel("featured_image", **image_field_options),
                FieldPanel("featured_image_alt"),
                FieldPanel("featured_image_credit"),
            ],
            heading=group_heading,
        )

    def clean(self):
        super().clean()
        # A decorative picture (marked so in the image library) needs no description: screen readers skip it.
        if (
            self.featured_image_id
            and not self.featured_image_alt.strip()
            and not self.featured_image.is_decorative
        ):
            raise ValidationError({"featured_image_alt": self.image_alt_missing})

    def get_card_text(self):
        return self.summary

    def get_topics(self):
        """The page's topics in its own language (links made on the English page point to English topics)."""
        if not hasattr(self, "_topics"):
            linked = [link.topic for link in self.topic_links.select_related("topic") if link.topic_id]
            if any(topic.locale_id != self.locale_id for topic in linked):
                localized = {
                    t.translation_key: t
                    for t in Topic.objects.filter(
                        translation_key__in=[t.translation_key for t in linked], locale_id=self.locale_id
                    )
                }
                # A topic with no version (or only an untranslated one) in the page's language is not shown.
                linked = [localized[t.translation_key] for t in linked if t.translation_key in localized]
            self._topics = topics_in_their_language(linked)
        return self._topics


class TopicLink(Orderable):
    """Files an article or a resource under a topic; subclasses add the `page` ParentalKey."""

    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="+", verbose_name=_("topic"))

    panels = [FieldPanel("topic")]

    class Meta(Orderable.Meta):
        abstract = True
        verbose_name = _("topic")


class StatementPage(ItemPage):
    """A statement, press release, news item or story, with its date, place, speaker, topics and image."""

    # In search results and the search's type filter, each kind of article is a type of its own.
    search_type_field, search_type_choices = "kind", ArticleKind.choices

    kind = models.CharField(
        max_length=20,
        choices=ArticleKind.choices,
        default=ArticleKind.NEWS,
        verbose_name=_("type"),
        help_text=_(
            "Statement: words of IOM's leadership, on the record. Press release: an official announcement for "
            "the media. News: a short report of something the office did or that happened. Story: a longer "
            "account of people and their experience."
        ),
    )
    date = models.DateField(
        default=timezone.localdate,
        verbose_name=_("date"),
        help_text=_("The day it was first published. Today, unless you change it."),
    )
    dateline_place = models.CharField(
        max_length=100,
        blank=True,
        verbose_name=_("dateline place"),
        help_text=_("The city it was issued from, e.g. Geneva. Shown before the date."),
    )
    speaker = models.ForeignKey(
        Person,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("speaker or author"),
    )
    canonical_url = models.URLField(
        blank=True,
        verbose_name=_("original address"),
        help_text=_(
            "If this was first published elsewhere (for example on iom.int), its address there. Search engines "
            "will then treat that address as the original."
        ),
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("kind"), FieldPanel("date"), FieldPanel("dateline_place"), FieldPanel("speaker")],
            heading=_("Dateline"),
        ),
        FieldPanel("summary"),
        ItemPage.image_panel(_("Featured image")),
        InlinePanel("topic_links", label=_("Topics"), heading=_("Topics")),
        InlinePanel("goal_links", label=_("Sustainable Development Goals")),
        FieldPanel("body"),
        InlinePanel(
            "related_links",
            label=_("Related item"),
            heading=_("Related items"),
            max_num=3,
            help_text=_("Leave empty to show the latest articles on the same topic."),
        ),
        FieldPanel("canonical_url"),
    ]
    search_fields = [
        *ItemPage.search_fields,
        index.SearchField("dateline_place"),
        index.FilterField("date"),
        index.FilterField("kind"),
    ]
    api_fields = [
        APIField("kind"),
        APIField("date"),
        APIField("dateline_place"),
        APIField("speaker", serializer=PersonSerializer(read_only=True)),
        *ItemPage.api_fields,
        APIField("canonical_url"),
    ]
    og_type = "article"  # for Open Graph: an article, with its publication date

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("article (statement, press release, news or story)")
        verbose_name_plural = _("articles")
        indexes = [models.Index(fields=["date"])]

    def get_related(self, limit=3):
        chosen = [
            link.related_page.localized.specific for link in self.related_links.select_related("related_page")
        ]
        chosen = [page for page in chosen if page.live]
        if chosen:
            return chosen[:limit]
        topic_keys = [t.translation_key for t in self.get_topics()]
        siblings = StatementPage.objects.live().public().filter(locale_id=self.locale_id).exclude(pk=self.pk)
        if topic_keys:
            siblings = siblings.filter(topic_links__topic__translation_key__in=topic_keys).distinct()
        return list(siblings.order_by("-date", "-pk")[:limit])

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Callables: the template calls them only when its fragment is not in the cache.
        context["related_articles"] = self.get_related
        context["json_ld"] = functools.partial(self.json_ld, request)
        return context

    def json_ld(self, request):
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": self.title[:110],
            "datePublished": self.date.isoformat(),
            "inLanguage": self.locale.language_code,
            "url": request.build_absolute_uri(self.get_url(request)),
            "publisher": {"@type": "Organization", "name": "IOM Belgium and Luxembourg"},
        }
        if self.last_published_at:
            data["dateModified"] = self.last_published_at.isoformat()
        if self.summary:
            data["description"] = self.summary
        if self.speaker:
            data["author"] = {"@type": "Person", "name": self.speaker.name, "jobTitle": self.speaker.role}
        if self.dateline_place:
            data["locationCreated"] = {"@type": "Place", "name": self.dateline_place}
        if self.featured_image:
            try:
                rendition = self.featured_image.get_rendition("fill-1200x630|format-jpeg")
            except SourceImageIOError:  # the original file is gone: the page is described without it
                rendition = None
            if rendition is not None:
                data["image"] = request.build_absolute_uri(rendition.url)
        if self.canonical_url:
            data["isBasedOn"] = self.canonical_url
        # Escape "<" so that no text can close the script element it is embedded in.
        return json.dumps(data, ensure_ascii=False).replace("<", "\\u003c")

    @property
    def year(self):
        return self.date.year if isinstance(self.date, datetime.date) else None


class ArticleTopic(TopicLink):
    """Files an article under a topic."""

    page = ParentalKey(StatementPage, on_delete=models.CASCADE, related_name="topic_links")

    class Meta(TopicLink.Meta):
        verbose_name = _("topic")


class RelatedArticle(Orderable):
    """A page the editor chose to show under an article."""

    page = ParentalKey(StatementPage, on_delete=models.CASCADE, related_name="related_links")
    related_page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("page")
    )

    panels = [PageChooserPanel("related_page")]

    class Meta(Orderable.Meta):
        verbose_name = _("related item")
