"""The Sustainable Development Goals and the 2030 Agenda page that lists, per goal, the content serving it."""

import pytest
from bs4 import BeautifulSoup
from django.db import IntegrityError, connection, transaction
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Page, Site
from wagtail.test.utils import WagtailPageTestCase

from agenda.models import AgendaPage
from home.models import Goal, HomePage, PageGoal, SectionPage, contrast_ratio
from home.seed import content_en
from home.seed.translations import TRANSLATIONS
from news.models import StatementPage
from resources.models import ResourcePage
from tests.factories import (
    AgendaPageFactory,
    GoalFactory,
    HomePageFactory,
    ResourcePageFactory,
    SectionPageFactory,
    StatementPageFactory,
)

LANGUAGES = ["en", "fr", "nl", "de"]


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


def text_of(tag):
    return " ".join(tag.get_text(" ").split())


def listed(response):
    """{goal number: [titles of the pages listed under it]}."""
    soup = soup_of(response)
    return {
        int(item["id"].removeprefix("goal-")): [text_of(a) for a in item.select(".goal__pages a")]
        for item in soup.select("li.goal")
    }


def tag(page, *goals):
    for goal in goals:
        PageGoal.objects.create(page=page, goal=goal)


# --- Where the page lives --------------------------------------------------------------------


class AgendaPageTreeTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = HomePageFactory(parent=Page.get_first_root_node(), title="Home", slug="home-page")
        site = Site.objects.get(is_default_site=True)
        site.root_page = cls.home
        site.save()
        cls.section = SectionPageFactory(parent=cls.home, title="Cross-cutting")

    def test_the_agenda_page_lives_in_a_section_and_has_no_subpages(self):
        self.assertAllowedParentPageTypes(AgendaPage, {SectionPage})
        self.assertAllowedSubpageTypes(AgendaPage, set())
        self.assertCanNotCreateAt(HomePage, AgendaPage)

    def test_a_section_has_at_most_one_agenda_page(self):
        self.assertTrue(AgendaPage.can_create_at(self.section))
        AgendaPageFactory(parent=self.section)
        self.assertFalse(AgendaPage.can_create_at(self.section))


# --- Goals -----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_goal_number_is_unique_in_each_language(locales):
    GoalFactory(number=10, locale=locales["en"])
    GoalFactory(number=10, locale=locales["fr"], name="Inégalités réduites")
    with pytest.raises(IntegrityError), transaction.atomic():
        Goal.objects.create(number=10, name="Again", colour="#DD1367", locale=locales["en"])


@pytest.mark.parametrize(("number", "name", "colour"), content_en.GOALS)
def test_text_on_every_goal_colour_has_a_contrast_of_at_least_4_5(number, name, colour):
    goal = Goal(number=number, name=name, colour=colour)
    assert contrast_ratio(goal.colour, goal.text_colour) >= 4.5, (number, goal.text_colour)


# --- The agenda page -------------------------------------------------------------------------


@pytest.fixture
def agenda(home_page):
    section = SectionPageFactory(parent=home_page, title="Cross-cutting")
    return AgendaPageFactory(parent=section)


@pytest.fixture
def goals(locales):
    return {
        number: GoalFactory(number=number, name=name, colour=colour)
        for number, name, colour in content_en.GOALS
    }


def test_the_agenda_lists_all_17_goals_in_order_with_the_pages_tagged_with_each(
    client, agenda, goals, home_page
):
    labour = SectionPageFactory(parent=home_page, title="Labour migration")
    tag(labour, goals[8], goals[10])
    statement = StatementPageFactory(title="Migrants Day statement")
    tag(statement, goals[10])
    resource = ResourcePageFactory(title="Remittances dataset")
    tag(resource, goals[1], goals[10])
    draft = SectionPageFactory(parent=home_page, title="Draft page", live=False)
    tag(draft, goals[10])

    response = client.get(agenda.url)
    assert response.status_code == 200
    by_goal = listed(response)
    assert list(by_goal) == list(range(1, 18))
    assert by_goal[8] == ["Labour migration"]
    assert sorted(by_goal[10]) == ["Labour migration", "Migrants Day statement", "Remittances dataset"]
    assert by_goal[1] == ["Remittances dataset"]
    assert by_goal[2] == []
    soup = soup_of(response)
    assert text_of(soup.select_one("#goal-10 h3")) == "10 Goal 10: Reduced inequalities"
    assert "No content for this goal yet." in text_of(soup.select_one("#goal-2"))
    assert soup.select_one(f'#goal-8 a[href="{labour.url}"]')
    assert "(Resource)" in text_of(soup.select_one("#goal-1"))


def test_the_goal_badge_is_hidden_from_screen_readers_and_readable(client, agenda, goals):
    soup = soup_of(client.get(agenda.url))
    for number, _name, colour in content_en.GOALS:
        badge = soup.select_one(f"#goal-{number} svg")
        assert badge["aria-hidden"] == "true"
        assert badge.find("rect")["fill"] == colour
        assert contrast_ratio(colour, badge.find("text")["fill"]) >= 4.5
        # The number is also in the heading's text: the colour never carries it alone.
        assert f"Goal {number}:" in text_of(soup.select_one(f"#goal-{number} h3"))


def test_a_page_tagged_twice_with_one_goal_is_listed_once(client, agenda, goals, home_page):
    page = SectionPageFactory(parent=home_page, title="Partnerships")
    tag(page, goals[17], goals[17])
    assert listed(client.get(agenda.url))[17] == ["Partnerships"]


def count_queries(client, url):
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_the_agenda_renders_in_a_number_of_queries_that_does_not_grow(client, agenda, goals, home_page):
    def add(count):
        for n in range(count):
            tag(
                SectionPageFactory(parent=home_page, title=f"Programme {Page.objects.count()}"),
                goals[n % 17 + 1],
            )

    add(5)
    few = count_queries(client, agenda.url)
    add(100)
    many = count_queries(client, agenda.url)
    assert many == few
    assert few <= 30


# --- The seeded agenda, in every language ----------------------------------------------------


def english(model, **filters):
    return model.objects.get(locale__language_code="en", **filters)


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_seeded_agenda_lists_the_tagged_pages_of_its_own_language_only(client, seeded_site, code):
    locale = Locale.objects.get(language_code=code)
    agenda = english(AgendaPage).get_translation(locale)
    response = client.get(agenda.url)
    assert response.status_code == 200
    by_goal = listed(response)

    about = english(SectionPage, slug="about").get_translation(locale)
    statement = english(StatementPage, slug="international-migrants-day-statement-2021").get_translation(
        locale
    )
    resource = english(ResourcePage, slug="remittances-data").get_translation(locale)
    assert about.title in by_goal[16]
    assert {about.title, statement.title, resource.title} <= set(by_goal[10])
    assert resource.title in by_goal[1]
    assert by_goal[14] == []

    listed_titles = {title for titles in by_goal.values() for title in titles}
    assert listed_titles <= set(Page.objects.filter(locale=locale).values_list("title", flat=True))
    if code != "en":
        assert not listed_titles & {"About", "Who We Are", "Our Work"}
    links = soup_of(response).select(".goal__pages a")
    assert links and all(a["href"].startswith(f"/{code}/") for a in links)

    soup = soup_of(response)
    name = "Reduced inequalities" if code == "en" else TRANSLATIONS[code]["Reduced inequalities"]
    assert name in text_of(soup.select_one("#goal-10 h3"))
    assert soup.html["lang"] == code


@pytest.mark.parametrize("code", ["fr", "nl", "de"])
def test_every_seeded_goal_is_translated(seeded_site, code):
    names = dict(Goal.objects.filter(locale__language_code=code).values_list("number", "name"))
    assert names == {number: TRANSLATIONS[code][name] for number, name, _colour in content_en.GOALS}
    colours = dict(Goal.objects.filter(locale__language_code=code).values_list("number", "colour"))
    assert colours == {number: colour for number, _name, colour in content_en.GOALS}


def test_a_seeded_resource_names_its_goals_and_links_to_the_agenda(client, seeded_site):
    french = Locale.objects.get(language_code="fr")
    resource = english(ResourcePage, slug="annual-overview-2023").get_translation(french)
    agenda = english(AgendaPage).get_translation(french)
    soup = soup_of(client.get(resource.url))
    goals = [text_of(li) for li in soup.select(".resource__goals li")]
    names = [
        "Travail décent et croissance économique",
        "Inégalités réduites",
        "Partenariats pour la réalisation",
    ]
    assert len(goals) == 3
    assert all(name in goal for name, goal in zip(names, goals, strict=True))
    assert soup.select_one(f'.resource__goals a[href="{agenda.url}#goal-10"]')
