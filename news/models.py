from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from home.blocks import BaseStreamBlock


@register_snippet
class Person(TranslatableMixin, index.Indexed, models.Model):
    """A speaker or author of statements and news, reused across articles."""

    name = models.CharField(max_length=150, verbose_name=_("name"))
    role = models.CharField(
        max_length=200, blank=True, verbose_name=_("role"), help_text=_("For example: IOM Director General.")
    )

    panels = [FieldPanel("name"), FieldPanel("role")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name}, {self.role}" if self.role else self.name


class NewsIndexPage(Page):
    """The list of statements and news of one language, newest first."""

    intro = models.TextField(blank=True, verbose_name=_("introduction"))

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.StatementPage"]
    max_count_per_parent = 1
    per_page = 10

    class Meta:
        verbose_name = _("news index page")

    def get_articles(self):
        return (
            StatementPage.objects.child_of(self)
            .live()
            .public()
            .select_related("speaker")
            .order_by("-date", "-pk")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        paginator = Paginator(self.get_articles(), self.per_page)
        try:
            articles = paginator.page(request.GET.get("page", 1))
        except PageNotAnInteger:
            articles = paginator.page(1)
        except EmptyPage:
            articles = paginator.page(paginator.num_pages)
        context["articles"] = articles
        return context


class StatementPage(Page):
    """A statement, press release or news article, with its date, place and speaker."""

    date = models.DateField(verbose_name=_("date"), help_text=_("The day it was first published."))
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
    summary = models.TextField(
        blank=True,
        verbose_name=_("summary"),
        help_text=_("Two or three sentences in our own words, shown in lists and at the top of the article."),
    )
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("date"), FieldPanel("dateline_place"), FieldPanel("speaker")], heading=_("Dateline")
        ),
        FieldPanel("summary"),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("statement or news article")
        verbose_name_plural = _("statements and news articles")

    def get_card_text(self):
        return self.summary
