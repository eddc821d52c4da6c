"""The seed command builds the demo site of product.md, and running it again changes nothing."""

import copy
import datetime
import io
import re

import pytest
from django.apps import apps
from django.core.management import call_command
from wagtail.models import Locale, Page, Site

from core.models import SeedRecord
from home.models import HomePage, SectionPage
from home.seed import content_en
from home.seed.translations import TRANSLATIONS
from news.models import NewsIndexPage, Person, StatementPage
from tests.factories import PersonFactory, StatementPageFactory, TopicFactory

pytestmark = pytest.mark.django_db

STATEMENT_TITLE = (
    "International Migrants Day Statement, IOM Director General António Vitorino: "
    "“Harnessing the Potential of Human Mobility”"
)

# The English tree of product.md: (url path under the home page, title, page type, parent's url path).
# Data and Resources, Take Action and 2030 Agenda get the page type of their capability (library, form,
# goals); the test asks only that the page-type rules allow it where it stands.
TREE = [
    ("who-we-are/", "Who We Are", SectionPage, ""),
    ("who-we-are/about/", "About", SectionPage, "who-we-are/"),
    ("who-we-are/iom-global/", "IOM Global", SectionPage, "who-we-are/"),
    ("our-work/", "Our Work", SectionPage, ""),
    ("our-work/cross-cutting-global/", "Cross-cutting (Global)", SectionPage, "our-work/"),
    (
        "our-work/cross-cutting-global/data-and-resources/",
        "Data and Resources",
        None,
        "our-work/cross-cutting-global/",
    ),
    ("our-work/cross-cutting-global/take-action/", "Take Action", None, "our-work/cross-cutting-global/"),
    ("our-work/cross-cutting-global/2030-agenda/", "2030 Agenda", None, "our-work/cross-cutting-global/"),
    ("news/", "News", NewsIndexPage, ""),
    ("news/international-migrants-day-statement-2021/", STATEMENT_TITLE, StatementPage, "news/"),
]


def english_pages(home):
    return {
        page.url_path[len(home.url_path) :]: page.specific
        for page in Page.objects.descendant_of(home).filter(locale=home.locale)
    }


def snapshot():
    """How many rows every table holds, and the latest revision of every page."""
    counts = {model._meta.label: model._base_manager.count() for model in apps.get_models()}
    revisions = dict(Page.objects.values_list("pk", "latest_revision_id"))
    return counts, revisions


def test_home_page_is_the_root_of_the_default_site(seeded_site):
    assert isinstance(seeded_site, HomePage)
    assert seeded_site.live
    assert seeded_site.get_parent().depth == 1
    assert Site.objects.get(is_default_site=True).root_page_id == seeded_site.pk
    assert seeded_site.hero_heading
    assert [figure.value["number"] for figure in seeded_site.key_figures][:2] == ["1951", "175"]


def test_seed_builds_the_whole_english_tree_of_the_product(seeded_site):
    pages = english_pages(seeded_site)
    assert set(pages) >= {path for path, *_rest in TREE}
    for path, title, page_type, parent_path in TREE:
        page = pages[path]
        assert page.title == title, path
        if page_type is not None:
            assert type(page) is page_type, path
        assert page.live, path
        expected_parent = pages[parent_path] if parent_path else seeded_site
        assert page.get_parent().pk == expected_parent.pk, path


def test_every_seeded_page_stands_where_the_page_type_rules_allow(seeded_site):
    for page in Page.objects.filter(depth__gt=2).specific():
        parent = page.get_parent().specific
        assert type(page) in type(parent).allowed_subpage_models(), page.url_path


def test_content_pages_have_a_body(seeded_site):
    pages = english_pages(seeded_site)
    for path, _title, page_type, _parent in TREE:
        if page_type in (SectionPage, StatementPage):
            assert pages[path].body, f"{path} has an empty body"


def test_the_top_sections_and_their_children_are_in_the_menu(seeded_site):
    pages = english_pages(seeded_site)
    in_menu = {path for path, page in pages.items() if page.show_in_menus}
    assert {"who-we-are/", "our-work/", "news/", "who-we-are/about/", "who-we-are/iom-global/"} <= in_menu


def test_seed_creates_the_statement_with_its_dateline_speaker_and_figures(seeded_site):
    statement = StatementPage.objects.get(title=STATEMENT_TITLE, locale=seeded_site.locale)
    assert statement.date == datetime.date(2021, 12, 18)
    assert statement.dateline_place == "Geneva"
    assert statement.speaker.name == "António Vitorino"
    assert statement.speaker.role == "IOM Director General"
    assert "summary" in statement.summary
    key_figures = [block for block in statement.body if block.block_type == "key_figures"]
    assert key_figures
    numbers = [figure["number"] for block in key_figures for figure in block.value["figures"]]
    assert "USD 540 billion" in numbers


def test_seed_reports_its_progress(seed_run):
    assert "home page created" in seed_run
    assert "created /home/who-we-are/about/" in seed_run
    assert "created /home/news/international-migrants-day-statement-2021/" in seed_run
    match = re.search(r"Seed complete: (\d+) ", seed_run)
    assert match and int(match.group(1)) >= len(TREE) + 1


def test_running_the_seed_twice_changes_nothing(seeded_site):
    counts_before, revisions_before = snapshot()
    output = io.StringIO()
    call_command("seed_site", stdout=output)
    counts_after, revisions_after = snapshot()

    assert counts_after["wagtailcore.Page"] == counts_before["wagtailcore.Page"]
    assert counts_after["wagtailcore.Revision"] == counts_before["wagtailcore.Revision"]
    assert counts_after == counts_before
    assert revisions_after == revisions_before
    assert "Seed complete: 0 " in output.getvalue()
    assert "created /" not in output.getvalue()


def test_the_seeded_page_tree_has_no_problems(seeded_site):
    bad_alpha, bad_path, orphans, bad_depth, bad_numchild = Page.find_problems()
    assert (bad_alpha, bad_path, orphans, bad_depth, bad_numchild) == ([], [], [], [], [])


def test_seed_replaces_the_wagtail_welcome_page(seeded_site):
    assert not Page.objects.filter(depth=2, content_type__model="page").exists()
    assert not Page.objects.filter(title="Welcome to your new Wagtail site!").exists()


# --- The seed on a site that editors have worked on (issue 13): it makes only what it never made ---------------


def run_seed():
    output = io.StringIO()
    call_command("seed_site", stdout=output)
    return output.getvalue()


def english(seeded_site, path):
    return Page.objects.get(url_path=seeded_site.url_path + path, locale=seeded_site.locale).specific


def test_an_untranslated_page_and_snippets_that_editors_published_are_left_alone(seeded_site):
    news = english(seeded_site, "news/")
    speaker = PersonFactory(name="Ana Example", role="Chief of Mission")
    statement = StatementPageFactory(parent=news, title="An editor's statement", speaker=speaker)
    statement.save_revision().publish()
    TopicFactory(name="Labour migration", slug="labour-migration", locale=seeded_site.locale)
    counts_before, revisions_before = snapshot()

    output = run_seed()

    assert "Seed complete: 0 " in output
    assert snapshot() == (counts_before, revisions_before)
    assert not StatementPage.objects.filter(translation_key=statement.translation_key).exclude(
        pk=statement.pk
    )
    assert not Person.objects.filter(translation_key=speaker.translation_key).exclude(pk=speaker.pk)


def test_a_seeded_page_that_editors_deleted_is_not_made_again(seeded_site):
    about = english(seeded_site, "who-we-are/about/")
    about.delete()
    french = Page.objects.get(translation_key=about.translation_key, locale__language_code="fr")
    french.delete()

    output = run_seed()

    assert "Seed complete: 0 " in output
    assert "seeded object(s) removed by editors, not made again" in output
    assert not Page.objects.filter(translation_key=about.translation_key).filter(
        locale__language_code__in=["en", "fr"]
    )
    assert not Page.objects.filter(slug="about", locale=seeded_site.locale).exists()


def test_renamed_moved_edited_and_unpublished_pages_stay_as_editors_left_them(seeded_site):
    about = english(seeded_site, "who-we-are/about/")
    about.slug = "about-iom"
    about.save_revision().publish()
    agenda = english(seeded_site, "our-work/cross-cutting-global/2030-agenda/")
    agenda.move(english(seeded_site, "who-we-are/"), pos="last-child")
    our_work = english(seeded_site, "our-work/")
    our_work.intro = "Rewritten by the communications team."
    our_work.save_revision().publish()
    german_home = HomePage.objects.get(locale__language_code="de", depth=2)
    german_home.unpublish()
    counts_before, revisions_before = snapshot()

    output = run_seed()

    assert "Seed complete: 0 " in output
    assert snapshot() == (counts_before, revisions_before)
    assert Page.objects.filter(slug__in=["about", "2030-agenda"], locale=seeded_site.locale).count() == 1
    assert not HomePage.objects.get(pk=german_home.pk).live


def test_content_added_to_the_seed_later_is_made_below_its_parent_wherever_editors_moved_it(
    seeded_site, monkeypatch
):
    iom_global = english(seeded_site, "who-we-are/iom-global/")
    iom_global.move(english(seeded_site, "our-work/"), pos="last-child")
    new_child = {
        "type": "section",
        "slug": "history",
        "title": "Our history",
        "intro": "Since 1951.",
    }
    tree = copy.deepcopy(content_en.TREE)
    tree[0]["children"][1]["children"] = [new_child]  # who-we-are/iom-global/history
    monkeypatch.setattr(content_en, "TREE", tree)
    monkeypatch.setitem(TRANSLATIONS["fr"], "Our history", "Notre histoire")
    monkeypatch.setitem(TRANSLATIONS["fr"], "history", "histoire")
    monkeypatch.setitem(TRANSLATIONS["fr"], "Since 1951.", "Depuis 1951.")

    output = run_seed()

    history = SectionPage.objects.get(slug="history", locale=seeded_site.locale)
    assert history.get_parent().pk == iom_global.pk
    assert history.url_path.endswith("/our-work/iom-global/history/")
    assert "created " + history.url_path in output
    french = history.get_translation(Locale.objects.get(language_code="fr"))
    assert (french.title, french.slug, french.live) == ("Notre histoire", "histoire", True)
    # Dutch and German have no translation of it: it is left untranslated, and said so, not an error.
    assert not history.get_translation_or_none(Locale.objects.get(language_code="nl"))
    assert "page:who-we-are/iom-global/history has no nl translation yet" in output


def test_a_site_seeded_before_the_ledger_is_adopted_without_remaking_what_editors_removed(seeded_site):
    """A database that the earlier seed built (no records): what it finds is taken as seeded, the rest as removed."""
    SeedRecord.objects.all().delete()
    about = english(seeded_site, "who-we-are/about/")
    about.slug = "about-iom"
    about.save_revision().publish()
    english(seeded_site, "who-we-are/iom-global/").delete()
    news = english(seeded_site, "news/")
    StatementPageFactory(parent=news, title="An editor's statement").save_revision().publish()
    counts_before, revisions_before = snapshot()

    output = run_seed()
    again = run_seed()

    assert "what it finds is adopted" in output
    assert "Seed complete: 0 " in output and "Seed complete: 0 " in again
    counts_after, revisions_after = snapshot()
    assert revisions_after == revisions_before
    assert {label: n for label, n in counts_after.items() if label != "core.SeedRecord"} == {
        label: n for label, n in counts_before.items() if label != "core.SeedRecord"
    }
    assert not Page.objects.filter(slug__in=["about", "iom-global"], locale=seeded_site.locale).exists()
    # The renamed page was found by its title and adopted, with its translations: the seed made nothing.
    assert SeedRecord.objects.get(key="page:who-we-are/about").object_id == str(about.pk)


@pytest.mark.parametrize(
    ("code", "street", "hours"),
    [
        ("en", "Rue Montoyer 40", "Monday to Friday"),
        ("fr", "Rue Montoyer 40", "Du lundi au vendredi"),
        ("nl", "Montoyerstraat 40", "Maandag tot vrijdag"),
        ("de", "Rue Montoyer 40", "Montag bis Freitag"),
    ],
)
def test_every_footer_gives_the_offices_full_contact_block_and_social_links(
    client, seeded_site, code, street, hours
):
    footer = client.get(f"/{code}/").content.decode().split('<footer class="site-footer">')[1]
    assert street in footer and hours in footer
    assert 'href="mailto:iombrussels@iom.int"' in footer and 'href="tel:+3222877000"' in footer
    for network in ("Facebook", "X", "LinkedIn", "Instagram", "YouTube"):
        assert f'rel="noopener">{network}</a>' in footer, network


@pytest.mark.parametrize("code", ["en", "fr", "nl", "de"])
def test_every_seeded_page_type_shows_a_picture_in_every_language(client, seeded_site, code):
    """Home, sections, the news index and statement, the library and a resource, Take Action and the 2030 Agenda."""
    from wagtail.models import Locale, Page

    locale = Locale.objects.get(language_code=code)
    pages = Page.objects.live().filter(locale=locale, depth__gt=1).specific()
    kinds = {}
    for page in pages:
        kinds.setdefault(type(page).__name__, page)
    assert len(kinds) >= 8, kinds
    for name, page in kinds.items():
        if name == "ContentPage":  # the accessibility statement: text only
            continue
        body = client.get(page.url).content.decode()
        assert "<picture" in body and 'type="image/webp"' in body, (name, page.url)


def test_a_picture_whose_file_is_gone_leaves_the_page_up_without_it(client, seeded_site, settings, tmp_path):
    """A restore without its media, files removed by hand: pages answer, without those pictures."""
    from wagtail.images import get_image_model

    get_image_model().get_rendition_model().objects.all().delete()
    settings.MEDIA_ROOT = tmp_path / "no-media"  # every original file is gone
    response = client.get("/en/")
    assert response.status_code == 200
    assert "<picture" not in response.content.decode()


def test_an_images_own_credit_is_marked_as_english_under_other_languages(client, seeded_site):
    credit = 'class="credit"{}>IOM Belgium and Luxembourg (illustration)</span>'
    assert credit.format("") in client.get("/en/who-we-are/").content.decode()
    assert credit.format(' lang="en"') in client.get("/de/wer-wir-sind/").content.decode()


@pytest.mark.parametrize(
    "code, alt",
    [
        ("en", "Cover of the factsheet: blue and orange shapes"),
        ("fr", "Couverture de la fiche d’information : formes bleues et orange"),
        ("nl", "Omslag van de factsheet: blauwe en oranje vormen"),
        ("de", "Titelseite des Faktenblatts: blaue und orange Formen"),
    ],
)
def test_the_about_page_shows_a_gallery_described_in_its_language(client, seeded_site, code, alt):
    from bs4 import BeautifulSoup

    about = SectionPage.objects.get(locale__language_code="en", slug="about")
    page = about.get_translation(Locale.objects.get(language_code=code))
    soup = BeautifulSoup(client.get(page.url).content, "html.parser")
    tiles = soup.select("main section.gallery li figure")
    assert len(tiles) == 3
    assert tiles[0].img["alt"] == alt
    assert all(tile.figcaption.get_text(strip=True) for tile in tiles)
