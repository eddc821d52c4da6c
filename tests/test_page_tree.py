"""Where each page type may live, so that editors cannot build a broken tree."""

from django.urls import reverse
from wagtail.models import Page, Site
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from agenda.models import AgendaPage
from engage.models import TakeActionPage
from home.models import HomePage, SectionPage
from news.models import NewsIndexPage, StatementPage
from resources.models import ResourceLibraryPage
from tests.factories import HomePageFactory, NewsIndexPageFactory, SectionPageFactory


def list_block(values):
    """Form data of a ListBlock, the counterpart of `streamfield` for lists."""
    data = {str(i): {"value": value, "deleted": "", "order": str(i)} for i, value in enumerate(values)}
    data["count"] = str(len(values))
    return data


class PageTreeRulesTests(WagtailPageTestCase):
    def test_home_page_lives_only_at_the_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_home_page_holds_sections_and_the_news_index(self):
        self.assertAllowedSubpageTypes(HomePage, {SectionPage, NewsIndexPage})

    def test_section_page_lives_under_the_home_page_or_another_section(self):
        self.assertAllowedParentPageTypes(SectionPage, {HomePage, SectionPage})

    def test_section_page_holds_subsections_and_the_pages_of_the_cross_cutting_work(self):
        self.assertAllowedSubpageTypes(
            SectionPage, {SectionPage, ResourceLibraryPage, AgendaPage, TakeActionPage}
        )

    def test_news_index_lives_under_the_home_page_and_holds_statements(self):
        self.assertAllowedParentPageTypes(NewsIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(NewsIndexPage, {StatementPage})

    def test_statement_lives_only_in_the_news_index_and_has_no_subpages(self):
        self.assertAllowedParentPageTypes(StatementPage, {NewsIndexPage})
        self.assertAllowedSubpageTypes(StatementPage, set())

    def test_misplaced_pages_are_refused(self):
        self.assertCanNotCreateAt(SectionPage, StatementPage)
        self.assertCanNotCreateAt(HomePage, StatementPage)
        self.assertCanNotCreateAt(SectionPage, NewsIndexPage)
        self.assertCanNotCreateAt(SectionPage, HomePage)
        self.assertCanNotCreateAt(NewsIndexPage, SectionPage)
        self.assertCanNotCreateAt(Page, SectionPage)


class EditorCreatesPagesTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        root = Page.get_first_root_node()
        cls.home = HomePageFactory(parent=root, title="Home", slug="home-page")
        site = Site.objects.get(is_default_site=True)
        site.root_page = cls.home
        site.save()
        cls.section = SectionPageFactory(parent=cls.home, title="Who We Are")

    def setUp(self):
        self.login()

    def test_editor_creates_a_section_page_with_a_body_under_the_home_page(self):
        self.assertCanCreate(
            self.home,
            SectionPage,
            nested_form_data(
                {
                    "title": "Our Work",
                    "slug": "our-work",
                    "intro": "What the office does.",
                    "body": streamfield(
                        [
                            ("heading", {"text": "How we help", "level": "h2"}),
                            ("paragraph", rich_text("<p>We support migrants and returnees.</p>")),
                            (
                                "key_figures",
                                {
                                    "heading": "In numbers",
                                    "figures": list_block([{"number": "175", "label": "member states"}]),
                                },
                            ),
                        ]
                    ),
                    "show_child_cards": "on",
                    "goal_links": inline_formset([]),
                    "comments": inline_formset([]),
                }
            ),
        )
        page = SectionPage.objects.get(slug="our-work")
        self.assertTrue(page.live)
        self.assertEqual(page.get_parent().pk, self.home.pk)
        self.assertEqual([block.block_type for block in page.body], ["heading", "paragraph", "key_figures"])

        response = self.client.get(page.url)
        self.assertContains(response, "<h1>Our Work</h1>", html=True)
        self.assertContains(response, "We support migrants and returnees.")
        self.assertContains(response, "How we help")

    def test_editor_creates_a_subsection_under_a_section(self):
        self.assertCanCreate(
            self.section,
            SectionPage,
            nested_form_data(
                {
                    "title": "About",
                    "body": streamfield([]),
                    "goal_links": inline_formset([]),
                    "comments": inline_formset([]),
                }
            ),
        )
        self.assertTrue(SectionPage.objects.child_of(self.section).filter(title="About").exists())

    def test_admin_refuses_to_add_a_statement_under_a_section(self):
        url = reverse("wagtailadmin_pages:add", args=["news", "statementpage", self.section.pk])
        response = self.client.get(url, follow=True)
        self.assertRedirects(response, reverse("wagtailadmin_home"))
        self.assertContains(response, "Sorry, you do not have permission to access this area.")
        self.assertFalse(StatementPage.objects.exists())

    def test_the_add_page_choices_under_a_section_do_not_offer_statements(self):
        response = self.client.get(reverse("wagtailadmin_pages:add_subpage", args=[self.section.pk]))
        self.assertEqual(response.status_code, 200)
        section_form = reverse("wagtailadmin_pages:add", args=["home", "sectionpage", self.section.pk])
        statement_form = reverse("wagtailadmin_pages:add", args=["news", "statementpage", self.section.pk])
        self.assertContains(response, f'href="{section_form}"')
        self.assertNotContains(response, statement_form)
        self.assertNotContains(response, "newsindexpage")

    def test_a_home_page_has_at_most_one_news_index(self):
        self.assertTrue(NewsIndexPage.can_create_at(self.home))
        NewsIndexPageFactory(parent=self.home)
        self.assertFalse(NewsIndexPage.can_create_at(self.home))
