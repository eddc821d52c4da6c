"""The Data and Resources library: where it lives, what its filters do, downloads, search and the seeded library."""

import io
import re

import factory
import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.blocks import StructBlockValidationError
from wagtail.models import Locale, Page, Site
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from agenda.models import AgendaPage
from core.blocks import BaseStreamBlock
from home.models import HomePage, SectionPage
from home.seed.translations import TRANSLATIONS
from resources.models import ResourceLibraryPage, ResourcePage, ResourceTopic
from tests.factories import (
    DocumentFactory,
    GoalFactory,
    HomePageFactory,
    ImageFactory,
    ResourceLibraryPageFactory,
    ResourcePageFactory,
    SectionPageFactory,
    TopicFactory,
)

LANGUAGES = ["en", "fr", "nl", "de"]


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


def text_of(tag):
    return " ".join(tag.get_text(" ").split())


def titles(response):
    return [text_of(h) for h in soup_of(response).select(".resource-teaser__title")]


# --- Where the pages live --------------------------------------------------------------------


class ResourcePageTreeTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = HomePageFactory(parent=Page.get_first_root_node(), title="Home", slug="home-page")
        site = Site.objects.get(is_default_site=True)
        site.root_page = cls.home
        site.save()
        cls.section = SectionPageFactory(parent=cls.home, title="Cross-cutting")
        cls.library = ResourceLibraryPageFactory(parent=cls.section)
        cls.topic = TopicFactory(name="Labour migration")
        cls.goal = GoalFactory(number=8, name="Decent work and economic growth", colour="#A21942")
        cls.document = DocumentFactory(title="Factsheet")

    def setUp(self):
        self.login()

    def test_the_library_lives_in_a_section_and_holds_resources(self):
        self.assertAllowedParentPageTypes(ResourceLibraryPage, {SectionPage})
        self.assertAllowedSubpageTypes(ResourceLibraryPage, {ResourcePage})

    def test_a_resource_lives_only_in_the_library_and_has_no_subpages(self):
        self.assertAllowedParentPageTypes(ResourcePage, {ResourceLibraryPage})
        self.assertAllowedSubpageTypes(ResourcePage, set())

    def test_a_section_offers_the_library_and_the_agenda_page(self):
        self.assertCanCreateAt(SectionPage, ResourceLibraryPage)
        self.assertCanCreateAt(SectionPage, AgendaPage)
        self.assertCanNotCreateAt(HomePage, ResourceLibraryPage)
        self.assertCanNotCreateAt(SectionPage, ResourcePage)
        self.assertCanNotCreateAt(ResourceLibraryPage, SectionPage)

    def test_a_section_has_at_most_one_library(self):
        other = SectionPageFactory(parent=self.home, title="Elsewhere")
        self.assertTrue(ResourceLibraryPage.can_create_at(other))
        self.assertFalse(ResourceLibraryPage.can_create_at(self.section))

    def test_editor_creates_a_resource_with_a_file_topic_and_goal(self):
        self.assertCanCreate(
            self.library,
            ResourcePage,
            nested_form_data(
                {
                    "title": "Labour migration factsheet",
                    "slug": "labour-migration-factsheet",
                    "resource_type": "factsheet",
                    "year": "2024",
                    "document_language": "nl",
                    "document": str(self.document.pk),
                    "external_url": "",
                    "summary": "Who comes to work in Belgium.",
                    "featured_image_alt": "",
                    "topic_links": inline_formset([{"topic": str(self.topic.pk)}]),
                    "goal_links": inline_formset([{"goal": str(self.goal.pk)}]),
                    "body": streamfield([("paragraph", rich_text("<p>More detail.</p>"))]),
                    "comments": inline_formset([]),
                }
            ),
        )
        resource = ResourcePage.objects.get(slug="labour-migration-factsheet")
        self.assertEqual(resource.document_id, self.document.pk)
        self.assertEqual([link.topic_id for link in resource.topic_links.all()], [self.topic.pk])
        self.assertEqual([link.goal_id for link in resource.goal_links.all()], [self.goal.pk])
        response = self.client.get(resource.url)
        self.assertContains(response, self.document.url)
        self.assertContains(response, "Labour migration")
        self.assertContains(response, "Goal 8: Decent work and economic growth")


# --- The library's listing -------------------------------------------------------------------


@pytest.fixture
def library(home_page):
    section = SectionPageFactory(parent=home_page, title="Cross-cutting")
    return ResourceLibraryPageFactory(parent=section)


def make_resource(library, topics=(), **fields):
    """A live resource in `library`, filed under `topics` (factories cannot build child links)."""
    fields.setdefault("title", f"Resource {ResourcePage.objects.count() + 1}")
    fields.setdefault("slug", f"resource-{ResourcePage.objects.count() + 1}")
    defaults = {"resource_type": "report", "year": 2023, "document_language": "en"}
    page = ResourcePage(**{**defaults, "external_url": "https://www.iom.int/", **fields})
    for topic in topics:
        page.topic_links.add(ResourceTopic(topic=topic))
    library.add_child(instance=page)
    return page


@pytest.mark.parametrize(
    ("document", "url", "problem"),
    [(True, "https://www.iom.int/", "both"), (False, "", "neither")],
)
def test_a_resource_needs_a_file_or_a_link_not_both_nor_neither(library, document, url, problem):
    resource = ResourcePageFactory(parent=library)
    resource.document = DocumentFactory() if document else None
    resource.external_url = url
    with pytest.raises(ValidationError) as error:
        resource.clean()
    assert {"document", "external_url"} <= set(error.value.message_dict), problem


def test_a_cover_image_needs_a_description(library):
    resource = ResourcePageFactory(parent=library)
    resource.featured_image, resource.featured_image_alt = ImageFactory(), " "
    with pytest.raises(ValidationError) as error:
        resource.clean()
    assert "featured_image_alt" in error.value.message_dict


@pytest.fixture
def stocked_library(library):
    """Resources of several types, years, languages and topics."""
    labour = TopicFactory(name="Labour migration")
    returns = TopicFactory(name="Return")
    rows = [
        ("Labour report 2023 EN", "report", 2023, "en", [labour]),
        ("Labour report 2023 FR", "report", 2023, "fr", [labour]),
        ("Labour report 2022 FR", "report", 2022, "fr", [labour]),
        ("Return factsheet 2023 FR", "factsheet", 2023, "fr", [returns]),
        ("Labour dataset 2023 FR", "dataset", 2023, "fr", [labour, returns]),
        ("Return report 2023 FR", "report", 2023, "fr", [returns]),
    ]
    for title, kind, year, language, topics in rows:
        make_resource(library, topics, title=title, resource_type=kind, year=year, document_language=language)
    return library


def test_the_library_lists_its_resources_with_a_count(client, stocked_library):
    response = client.get(stocked_library.url)
    assert response.status_code == 200
    assert len(titles(response)) == 6
    assert "6 resources" in text_of(soup_of(response).select_one(".result-count"))
    assert not soup_of(response).find("meta", attrs={"name": "robots"})


def test_filters_combine(client, stocked_library):
    response = client.get(stocked_library.url, {"type": "report", "year": "2023", "language": "fr"})
    assert sorted(titles(response)) == ["Labour report 2023 FR", "Return report 2023 FR"]
    response = client.get(
        stocked_library.url, {"type": "report", "year": "2023", "language": "fr", "topic": "labour-migration"}
    )
    assert titles(response) == ["Labour report 2023 FR"]
    assert "1 resource" in text_of(soup_of(response).select_one(".result-count"))
    soup = soup_of(response)
    assert soup.find("meta", attrs={"name": "robots"})["content"].startswith("noindex")
    assert soup.select_one("#filter-type option[selected]")["value"] == "report"
    assert soup.select_one("#filter-topic option[selected]")["value"] == "labour-migration"
    assert soup.select_one("#filter-language option[selected]")["value"] == "fr"


def test_a_resource_in_two_topics_is_listed_once(client, stocked_library):
    response = client.get(stocked_library.url, {"topic": "labour-migration"})
    assert sorted(titles(response)) == sorted(
        ["Labour report 2023 EN", "Labour report 2023 FR", "Labour report 2022 FR", "Labour dataset 2023 FR"]
    )


def test_every_filter_is_a_labelled_select(client, stocked_library):
    soup = soup_of(client.get(stocked_library.url))
    for name in ["type", "year", "language", "topic"]:
        select = soup.find("select", attrs={"name": name})
        assert soup.find("label", attrs={"for": select["id"]}).get_text(strip=True)


HOSTILE = [
    {"type": "<script>alert(1)</script>"},
    {"type": ["report", "<b>"]},
    {"year": "20x4"},
    {"year": "²⁰²³"},
    {"year": "99999999999999999999999"},
    {"year": "-2023"},
    {"language": "klingon"},
    {"topic": "' OR 1=1 --"},
    {"topic": "\x00"},
    {"page": "abc"},
    {"page": "-1"},
    {"page": "0"},
    {"page": "99999999999999999999999"},
    {"type": "report", "year": "１９９９", "language": "fr", "topic": "nope", "page": "²"},
]


@pytest.mark.parametrize("params", HOSTILE)
def test_hostile_filter_values_are_ignored_with_a_visible_note(client, stocked_library, params):
    response = client.get(stocked_library.url, params)
    assert response.status_code == 200
    soup = soup_of(response)
    assert soup.select_one(".notice[role=status]"), params
    assert soup.select(".resource-teaser"), params
    assert "<script>alert(1)</script>" not in response.content.decode()


@pytest.mark.django_db
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    params=st.dictionaries(
        st.sampled_from(["type", "year", "language", "topic", "page"]), st.text(max_size=30), max_size=5
    )
)
def test_the_library_never_fails_whatever_the_query(client, library, params):
    assert client.get(library.url, params).status_code == 200


def add_resources(library, count, image, topic):
    for _n in range(count):
        make_resource(library, [topic], featured_image=image, featured_image_alt="A cover")


def queries_of(client, url):
    assert client.get(url).status_code == 200  # the first visit makes the renditions
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured), response


def test_the_listing_pages_in_the_database_with_a_query_count_that_does_not_grow(client, library):
    image, topic = ImageFactory(), TopicFactory(name="Labour migration")
    add_resources(library, 10, image, topic)
    count_10, response = queries_of(client, library.url)
    assert len(titles(response)) == 10
    add_resources(library, 190, image, topic)
    count_200, response = queries_of(client, library.url)
    assert len(titles(response)) == ResourceLibraryPage.per_page == 12
    assert "200 resources" in text_of(soup_of(response).select_one(".result-count"))
    assert count_200 == count_10
    assert count_200 <= 40


def test_pagination_links_keep_the_filters(client, library):
    image, topic = ImageFactory(), TopicFactory(name="Labour migration")
    add_resources(library, 30, image, topic)
    response = client.get(library.url, {"type": "report", "topic": "labour-migration"})
    next_link = soup_of(response).find("a", rel="next")["href"]
    assert next_link == "?type=report&topic=labour-migration&page=2"
    response = client.get(library.url + next_link)
    assert len(titles(response)) == 12
    assert "Page 2 of 3" in text_of(soup_of(response).select_one(".pagination"))
    assert soup_of(response).find("meta", attrs={"name": "robots"})["content"].startswith("noindex")


def test_drafts_are_not_listed(client, library):
    ResourcePageFactory(parent=library, title="Published report")
    ResourcePageFactory(parent=library, title="Draft report", live=False)
    assert titles(client.get(library.url)) == ["Published report"]


# --- A resource and its file -----------------------------------------------------------------


def test_a_resource_page_offers_its_file_as_a_download(client, library):
    document = DocumentFactory(title="Annual overview")
    resource = ResourcePageFactory(
        parent=library, document=document, external_url="", title="Annual overview"
    )
    soup = soup_of(client.get(resource.url))
    link = soup.select_one("a.resource__action")
    assert link["href"] == document.url
    assert link.has_attr("download")
    assert "PDF" in text_of(link)


def test_a_resource_page_links_to_its_external_address(client, library):
    resource = ResourcePageFactory(parent=library, external_url="https://www.iom.int/data-and-research")
    link = soup_of(client.get(resource.url)).select_one("a.resource__action")
    assert link["href"] == "https://www.iom.int/data-and-research"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("filename", "data"),
    [("report.pdf", b"%PDF-1.4\n%%EOF\n"), ("page.html", b"<html><script>alert(1)</script></html>")],
)
def test_documents_are_always_downloaded_never_shown_inline(client, filename, data):
    document = DocumentFactory(file=factory.django.FileField(filename=filename, data=data))
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert filename in response["Content-Disposition"]
    assert b"".join(response.streaming_content) == data


def test_site_search_finds_a_resource_by_its_summary(client, library):
    ResourcePageFactory(
        parent=library,
        title="Diaspora study",
        summary="Remittance corridors between Luxembourg and Cabo Verde.",
    )
    response = client.get("/en/search/", {"q": "corridors"})
    assert response.status_code == 200
    assert "Diaspora study" in response.content.decode()


# --- Key figures as a chart ------------------------------------------------------------------


def render_key_figures(raw):
    block = BaseStreamBlock().child_blocks["key_figures"]
    return BeautifulSoup(block.render(block.to_python(raw)), "html.parser")


CHART = {
    "heading": "Returns assisted",
    "show_chart": True,
    "figures": [
        {"number": "1 250", "label": "from Belgium"},
        {"number": "250", "label": "from Luxembourg"},
    ],
}


def test_a_chart_of_key_figures_has_a_table_of_the_numbers_and_hides_the_bars():
    soup = render_key_figures(CHART)
    table = soup.find("table")
    rows = [(text_of(tr.find("th")), text_of(tr.find("td"))) for tr in table.find("tbody").find_all("tr")]
    assert rows == [("from Belgium", "1 250"), ("from Luxembourg", "250")]
    assert text_of(table.find("caption")) == "Returns assisted"
    assert [th["scope"] for th in table.select("thead th")] == ["col", "col"]
    bars = soup.find_all("svg")
    assert all(bar["aria-hidden"] == "true" for bar in bars)
    assert [bar.find("rect")["width"] for bar in bars] == ["100.0%", "20.0%"]
    assert not soup.find("dl")


def test_key_figures_without_the_chart_stay_a_description_list():
    soup = render_key_figures({**CHART, "show_chart": False})
    assert soup.find("dl") and not soup.find("table") and not soup.find("svg")


def test_a_chart_of_words_is_refused_and_falls_back_to_the_list():
    raw = {**CHART, "figures": [{"number": "USD 540 billion", "label": "remitted"}]}
    block = BaseStreamBlock().child_blocks["key_figures"]
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(block.to_python(raw))
    assert "show_chart" in error.value.block_errors
    soup = render_key_figures(raw)
    assert soup.find("dl") and not soup.find("table")


@pytest.mark.parametrize(
    ("number", "value"),
    [("175", 175), ("1,234", 1234), ("1.234.567", 1234567), ("12,5", 12.5), ("40 %", 40), ("1 973", 1973)],
)
def test_figures_typed_in_any_of_the_four_languages_are_read_as_numbers(number, value):
    from core.blocks import parse_figure

    assert parse_figure(number) == value


# --- The seeded library ----------------------------------------------------------------------


def localized(page, code):
    return page.get_translation(Locale.objects.get(language_code=code))


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_seeded_library_lists_four_resources_in_each_language(client, seeded_site, code):
    library = localized(ResourceLibraryPage.objects.get(locale__language_code="en"), code)
    response = client.get(library.url)
    assert response.status_code == 200
    found = titles(response)
    assert len(found) == 4
    english = ResourcePage.objects.filter(locale__language_code="en").values_list("title", flat=True)
    expected = english if code == "en" else [TRANSLATIONS[code][title] for title in english]
    assert sorted(found) == sorted(expected)
    for resource in ResourcePage.objects.child_of(library).live():
        assert client.get(resource.url).status_code == 200


def test_the_seeded_library_filters_by_document_language_and_topic(client, seeded_site):
    library = localized(ResourceLibraryPage.objects.get(locale__language_code="en"), "fr")
    response = client.get(library.url, {"language": "fr"})
    assert titles(response) == [
        TRANSLATIONS["fr"]["Voluntary return: a guide for partner organisations (in French)"]
    ]
    response = client.get(library.url, {"topic": "return-and-reintegration", "type": "factsheet"})
    assert len(titles(response)) == 1
    assert "Retour et réintégration" in text_of(soup_of(response).select_one(".resource-teaser__meta"))


def test_the_seeded_files_are_pdf_publications_of_several_pages(seeded_site):
    with_files = ResourcePage.objects.filter(locale__language_code="en", document__isnull=False)
    assert with_files.count() == 3
    for resource in with_files:
        document = resource.document
        assert document.file_extension == "pdf"
        assert not resource.external_url
        with document.file.open("rb") as handle:
            pdf = handle.read()
        assert pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")
        assert document.file_size == len(pdf)
        pages = len(re.findall(rb"/Type /Page\b(?!s)", pdf))
        assert pages >= 5, f"{document.title}: {pages} page(s)"
        # The reader's language and the outline (one bookmark per chapter) are in the file.
        assert f"/Lang ({resource.document_language})".encode() in pdf
        assert pdf.count(b"/Title ") >= 5  # the title, then a bookmark for each of 4 chapters or more


def test_a_placeholder_pdf_of_an_earlier_seed_becomes_the_publication_unless_editors_replaced_it(seeded_site):
    from django.core.files.base import ContentFile
    from django.core.management import call_command
    from wagtail.documents import get_document_model

    from home.management.commands.seed_site import PLACEHOLDER_LINES, pdf_hash
    from home.seed.documents import placeholder_pdf

    documents = (
        get_document_model()
        .objects.filter(
            title__in=[
                "Assisted voluntary return and reintegration: factsheet",
                "IOM Belgium and Luxembourg: annual overview 2023",
            ]
        )
        .order_by("title")
    )
    placeholder_doc, replaced_doc = documents
    old = placeholder_pdf(placeholder_doc.title, PLACEHOLDER_LINES)
    placeholder_doc.file.save("old.pdf", ContentFile(old), save=False)
    placeholder_doc.file_hash, placeholder_doc.file_size = pdf_hash(old), len(old)
    placeholder_doc.save()
    editors_file = b"%PDF-1.4 the editors' own report %%EOF"
    replaced_doc.file.save("editors.pdf", ContentFile(editors_file), save=False)
    replaced_doc.file_hash, replaced_doc.file_size = pdf_hash(editors_file), len(editors_file)
    replaced_doc.save()

    call_command("seed_site", stdout=io.StringIO())

    placeholder_doc.refresh_from_db()
    replaced_doc.refresh_from_db()
    assert placeholder_doc.file_size > 5000 and placeholder_doc.file_hash != pdf_hash(old)
    with replaced_doc.file.open("rb") as handle:
        assert handle.read() == editors_file


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_library_and_the_agenda_are_reachable_from_the_menu(client, seeded_site, code):
    """Home > main menu (Our Work > Cross-cutting (Global)) > the section's cards > each page."""
    cross_cutting = localized(
        SectionPage.objects.get(locale__language_code="en", slug="cross-cutting-global"), code
    )
    menu = soup_of(client.get(f"/{code}/")).find("nav", class_=re.compile("main-nav"))
    assert menu.find("a", href=cross_cutting.url), "Cross-cutting is not in the main menu"
    cards = soup_of(client.get(cross_cutting.url))
    for model in (ResourceLibraryPage, AgendaPage):
        page = model.objects.get(locale__language_code=code)
        assert cards.find("a", href=page.url), f"{model.__name__} is not linked from {cross_cutting.url}"
        assert client.get(page.url).status_code == 200
