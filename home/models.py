from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.http import Http404
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField

from core.blocks import BaseStreamBlock, KeyFigureBlock
from core.forms import SitePageForm
from core.permissions import SitePagePermissionsMixin
from core.translations import CompleteTranslationMixin
from images.renditions import prefetch_images


class BasePage(SitePagePermissionsMixin, CompleteTranslationMixin, Page):
    """Fields every content page shares: a short introduction and a StreamField body."""

    intro = models.TextField(
        blank=True,
        verbose_name=_("introduction"),
        help_text=_("One or two sentences shown under the title and on cards that link to this page."),
    )
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    base_form_class = SitePageForm

    class Meta:
        abstract = True

    def get_card_text(self):
        return self.search_description or self.intro


def hero_image_field():
    """The hero image of home and section pages (the same field on both)."""
    return models.ForeignKey(
        "images.SiteImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("hero image"),
        help_text=_(
            "A wide picture at the top of the page, cropped around its focal point; also shown when the page is "
            "shared."
        ),
    )


class HomePage(BasePage):
    """The front page of one language's site: hero, key figures, featured pages, latest news."""

    search_type, search_type_label = "home", _("Home page")

    def route(self, request, path_components):
        """The page at an address in one query for the deepest page whose address it starts with (Wagtail's
        default asks once per level), then that page's own route for what remains (the news feeds): Wagtail's
        documented way to customise routing, and the same pages, drafts and 404s as the default."""
        if not path_components:
            return super().route(request, path_components)
        prefixes = [
            f"{self.url_path}{'/'.join(path_components[:length])}/"
            for length in range(len(path_components), 0, -1)
        ]
        found = Page.objects.descendant_of(self).filter(url_path__in=prefixes).order_by("-depth").first()
        if found is None:
            raise Http404
        return found.specific.route(request, path_components[found.depth - self.depth :])

    hero_image = hero_image_field()
    hero_heading = models.CharField(
        max_length=200,
        verbose_name=_("hero heading"),
        help_text=_("The large heading at the top of the page."),
    )
    hero_intro = models.TextField(
        blank=True, verbose_name=_("hero text"), help_text=_("A sentence or two under the hero heading.")
    )
    key_figures = StreamField(
        [("figure", KeyFigureBlock())],
        blank=True,
        max_num=6,
        verbose_name=_("key figures"),
        help_text=_("Up to six numbers shown under the hero, such as the year IOM came to Belgium."),
    )
    latest_news_count = models.PositiveSmallIntegerField(
        default=3,
        verbose_name=_("number of latest articles"),
        help_text=_("How many of the newest statements and news items to show. 0 hides the list."),
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("hero_heading"), FieldPanel("hero_intro"), FieldPanel("hero_image")],
            heading=_("Hero"),
        ),
        FieldPanel("key_figures"),
        InlinePanel("featured_pages", label=_("Featured pages"), max_num=6),
        FieldPanel("latest_news_count"),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("hero_heading"),
        index.SearchField("hero_intro"),
    ]
    api_fields = [APIField("hero_heading"), APIField("hero_intro"), APIField("intro"), APIField("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["home.SectionPage", "news.NewsIndexPage"]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Callables: the template calls them only when its fragment is not in the cache.
        context["featured"] = self.get_featured
        context["latest_news"] = self.get_latest_news
        return context

    def get_featured(self):
        """Featured pages are chosen on the English home page and copied to its translations: each is shown in
        the visitor's language where it exists."""
        chosen = [item.page for item in self.featured_pages.select_related("page")]
        if not chosen:
            return []
        # What `page.localized` gives (the live translation in the active language, else the page itself), for all
        # of them in one query, then the specific pages in one query per page type.
        language = get_supported_content_language_variant(get_language())
        local = dict(
            Page.objects.live()
            .filter(
                translation_key__in={page.translation_key for page in chosen}, locale__language_code=language
            )
            .values_list("translation_key", "pk")
        )
        pks = [local.get(page.translation_key, page.pk) for page in chosen]
        pages = {page.pk: page for page in Page.objects.live().filter(pk__in=pks).specific()}
        return [pages[pk] for pk in pks if pk in pages]

    def get_latest_news(self):
        from news.models import StatementPage  # the news app does not import home.models back

        if not self.latest_news_count:
            return []
        return list(
            StatementPage.objects.live()
            .public()
            .filter(locale_id=self.locale_id)
            .order_by("-date", "-pk")
            .select_related("speaker")
            .prefetch_related(prefetch_images("featured_image", "teaser"))[: self.latest_news_count]
        )


class HomePageFeaturedPage(Orderable):
    home_page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_pages")
    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("page")
    )

    panels = [PageChooserPanel("page")]

    class Meta(Orderable.Meta):
        verbose_name = _("featured page")


class SectionPage(BasePage):
    """A section or subsection of the site (Who We Are, About...), with cards of its own subpages."""

    search_type, search_type_label = "section", _("Section")

    hero_image = hero_image_field()
    show_child_cards = models.BooleanField(
        default=True,
        verbose_name=_("show cards of subpages"),
        help_text=_("List the pages below this one as cards after the body."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("hero_image"),
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("show_child_cards"),
        InlinePanel("goal_links", label=_("Sustainable Development Goals")),
    ]
    api_fields = [APIField("intro"), APIField("body")]

    parent_page_types = ["home.HomePage", "home.SectionPage"]
    subpage_types = [
        "home.SectionPage",
        "resources.ResourceLibraryPage",
        "agenda.AgendaPage",
        "engage.TakeActionPage",
    ]

    class Meta:
        verbose_name = _("section page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # A callable: the template calls it only when its fragment is not in the cache.
        context["child_cards"] = self.get_child_cards if self.show_child_cards else []
        return context

    def get_child_cards(self, limit=48):
        """The live subpages, each as its specific type, fetched in one query whatever their types.

        Every allowed subpage type inherits directly from Page, so each is a one-to-one join away.
        """
        names = [model._meta.model_name for model in self.allowed_subpage_models() if model is not Page]
        children = Page.objects.child_of(self).live().public().select_related(*names).order_by("path")[:limit]
        cards = []
        for child in children:
            for name in names:
                try:
                    cards.append(getattr(child, name))
                    break
                except ObjectDoesNotExist:
                    continue
            else:
                cards.append(child)
        return cards


@register_setting(icon="mail")
class ContactSettings(BaseGenericSetting):
    """The office's e-mail, telephone and social links, shown in every page's footer in every language."""

    email = models.EmailField(blank=True, verbose_name=_("e-mail"))
    phone = models.CharField(max_length=40, blank=True, verbose_name=_("telephone"))
    facebook_url = models.URLField(blank=True, verbose_name=_("Facebook address"))
    x_url = models.URLField(blank=True, verbose_name=_("X (Twitter) address"))
    linkedin_url = models.URLField(blank=True, verbose_name=_("LinkedIn address"))
    instagram_url = models.URLField(blank=True, verbose_name=_("Instagram address"))
    youtube_url = models.URLField(blank=True, verbose_name=_("YouTube address"))

    panels = [
        MultiFieldPanel([FieldPanel("email"), FieldPanel("phone")], heading=_("Office")),
        MultiFieldPanel(
            [
                FieldPanel("facebook_url"),
                FieldPanel("x_url"),
                FieldPanel("linkedin_url"),
                FieldPanel("instagram_url"),
                FieldPanel("youtube_url"),
            ],
            heading=_("Social media"),
        ),
    ]

    class Meta:
        verbose_name = _("contact details")

    @property
    def social_links(self):
        links = [
            ("Facebook", self.facebook_url),
            ("X", self.x_url),
            ("LinkedIn", self.linkedin_url),
            ("Instagram", self.instagram_url),
            ("YouTube", self.youtube_url),
        ]
        return [(name, url) for name, url in links if url]


@register_snippet
class FooterText(TranslatableMixin, models.Model):
    """The office's name, postal address and a short text for the footer, translated into every language."""

    organisation_name = models.CharField(max_length=150, verbose_name=_("organisation name"))
    address = models.TextField(
        blank=True, verbose_name=_("postal address"), help_text=_("One line per row, as on an envelope.")
    )
    opening_hours = models.TextField(
        blank=True,
        verbose_name=_("opening hours"),
        help_text=_(
            "When the office answers visitors and calls; one line per row, e.g. “Monday to Friday, 9:00–17:00”."
        ),
    )
    text = RichTextField(
        blank=True,
        features=["bold", "italic", "link"],
        verbose_name=_("footer text"),
        help_text=_("A sentence or two about the office, shown at the bottom of every page."),
    )

    panels = [
        FieldPanel("organisation_name"),
        FieldPanel("address"),
        FieldPanel("opening_hours"),
        FieldPanel("text"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer text")
        verbose_name_plural = _("footer texts")

    def __str__(self):
        return f"{self.organisation_name} ({self.locale})"

    @property
    def address_lines(self):
        return [line.strip() for line in self.address.splitlines() if line.strip()]

    @property
    def opening_hours_lines(self):
        return [line.strip() for line in self.opening_hours.splitlines() if line.strip()]

    @classmethod
    def for_active_locale(cls):
        """The footer of the visitor's language, else the default language's, else None."""
        active, default = get_language(), settings.LANGUAGE_CODE
        footers = {
            f.locale.language_code: f
            for f in cls.objects.filter(locale__language_code__in=[active, default]).select_related("locale")
        }
        return footers.get(active) or footers.get(default)


def _relative_luminance(hex_colour):
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(first, second):
    """The WCAG contrast ratio of two #rrggbb colours."""
    lighter, darker = sorted([_relative_luminance(first), _relative_luminance(second)], reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


@register_snippet
class Goal(TranslatableMixin, models.Model):
    """One of the 17 Sustainable Development Goals of the 2030 Agenda, which pages can be tagged with."""

    number = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(1), MaxValueValidator(17)],
        verbose_name=_("number"),
        help_text=_("From 1 to 17, as numbered by the United Nations. The same in every language."),
    )
    name = models.CharField(
        max_length=100,
        verbose_name=_("name"),
        help_text=_("The goal's short name, e.g. Reduced inequalities."),
    )
    colour = models.CharField(
        max_length=7,
        validators=[
            RegexValidator(r"^#[0-9a-fA-F]{6}$", _("Enter a colour as # followed by six hex digits."))
        ],
        verbose_name=_("colour"),
        help_text=_("The goal's official colour, e.g. #DD1367. The same in every language."),
    )
    description = models.TextField(
        blank=True, verbose_name=_("short description"), help_text=_("Optional: one sentence on the goal.")
    )

    panels = [FieldPanel("number"), FieldPanel("name"), FieldPanel("colour"), FieldPanel("description")]
    override_translatable_fields = [SynchronizedField("number"), SynchronizedField("colour")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("Sustainable Development Goal")
        verbose_name_plural = _("Sustainable Development Goals")
        ordering = ["number"]
        constraints = [
            models.UniqueConstraint(fields=["number", "locale"], name="unique_goal_number_per_locale")
        ]

    def __str__(self):
        return f"{self.number}. {self.name}"

    @property
    def text_colour(self):
        """White or black, whichever reads better on the goal's colour (always 4.5:1 or more)."""
        try:
            on_white = contrast_ratio(self.colour, "#ffffff")
            on_black = contrast_ratio(self.colour, "#000000")
        except (TypeError, ValueError, IndexError):
            return "#ffffff"
        return "#ffffff" if on_white >= on_black else "#000000"


class PageGoal(Orderable):
    """Tags a page of any type with a Sustainable Development Goal it serves."""

    page = ParentalKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="goal_links")
    goal = models.ForeignKey(
        Goal, on_delete=models.CASCADE, related_name="page_links", verbose_name=_("goal")
    )

    panels = [FieldPanel("goal")]

    class Meta(Orderable.Meta):
        verbose_name = _("Sustainable Development Goal")
        verbose_name_plural = _("Sustainable Development Goals")


def localize_goals(goals, locale_id):
    """The given goals in the language `locale_id`, where translated (links made in English point to English goals).

    One query at most, and none when every goal is already in that language.
    """
    goals = list(goals)
    if all(goal.locale_id == locale_id for goal in goals):
        return goals
    localized = {
        goal.translation_key: goal
        for goal in Goal.objects.filter(
            translation_key__in=[g.translation_key for g in goals], locale_id=locale_id
        )
    }
    return [localized.get(goal.translation_key, goal) for goal in goals]


def page_goals(page):
    """The goals a page is tagged with, in the page's language, each once, ordered by number."""
    linked = {link.goal.translation_key: link.goal for link in page.goal_links.select_related("goal")}
    return sorted(localize_goals(linked.values(), page.locale_id), key=lambda goal: goal.number)
