"""The 2030 Agenda page: the Sustainable Development Goals, each with the content that serves it."""

from django.conf import settings
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from home.models import BasePage, Goal, PageGoal

# Short names for the kinds of tagged content; other page types show their own verbose name.
KIND_LABELS = {
    "home.sectionpage": _("Page"),
    "news.statementpage": _("News"),
    "resources.resourcepage": _("Resource"),
}


class AgendaPage(BasePage):
    """The 2030 Agenda page of one language: the 17 goals, each with the pages of that language that serve it."""

    search_type, search_type_label = "agenda", _("2030 Agenda")

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]

    parent_page_types = ["home.SectionPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("2030 Agenda page")

    def get_goals(self):
        """The goals in this page's language, falling back to the default language's where not translated."""
        goals = Goal.objects.filter(
            Q(locale_id=self.locale_id) | Q(locale__language_code=settings.LANGUAGE_CODE)
        ).order_by("number")
        by_key = {}
        for goal in goals:
            if goal.translation_key not in by_key or goal.locale_id == self.locale_id:
                by_key[goal.translation_key] = goal
        return sorted(by_key.values(), key=lambda goal: goal.number)

    def get_tagged_pages(self):
        """{goal translation key: [pages]}: the live, public pages of this language tagged with each goal.

        Links made on an English page are copied to its translations and still point to the English goal,
        so goals are matched by translation key, whatever language the link points to.
        """
        pages = Page.objects.live().public().filter(locale_id=self.locale_id).exclude(pk=self.pk)
        links = (
            PageGoal.objects.filter(page__in=pages)
            .select_related("page", "goal")
            .order_by("page__path", "sort_order", "pk")
        )
        tagged = {}
        for link in links:
            pages_of_goal = tagged.setdefault(link.goal.translation_key, [])
            if all(page.pk != link.page_id for page in pages_of_goal):
                pages_of_goal.append(link.page)
        return tagged

    def get_goal_sections(self, request=None):
        tagged = self.get_tagged_pages()
        sections = []
        for goal in self.get_goals():
            items = []
            for page in tagged.get(goal.translation_key, []):
                model = page.specific_class or Page
                label = KIND_LABELS.get(model._meta.label_lower, model._meta.verbose_name)
                items.append({"title": page.title, "url": page.get_url(request), "kind": label})
            sections.append({"goal": goal, "items": items})
        return sections

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        sections = self.get_goal_sections(request)
        context["goal_sections"] = sections
        context["goals_with_content"] = sum(1 for section in sections if section["items"])
        return context
