"""The body blocks as visitors meet them (accessible markup) and as editors meet them (picker, validation)."""

from unittest import mock

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.blocks import StructBlockValidationError
from wagtail.embeds.exceptions import EmbedNotFoundException
from wagtail.embeds.models import Embed

from core.blocks import BaseStreamBlock
from home.models import SectionPage
from tests.factories import DocumentFactory, ImageFactory, SectionPageFactory

STREAM = BaseStreamBlock()
BLOCK_NAMES = list(STREAM.child_blocks)


def render(name, raw, **context):
    """The HTML that a visitor gets for one block of the page body."""
    block = STREAM.child_blocks[name]
    html = block.render(block.to_python(raw), context=context)
    return BeautifulSoup(html, "html.parser")


def text_of(tag):
    return " ".join(tag.get_text(" ").split())


def test_the_body_offers_every_block_of_the_content_model():
    assert set(BLOCK_NAMES) == {
        "heading",
        "paragraph",
        "image",
        "gallery",
        "quote",
        "key_figures",
        "call_to_action",
        "embed",
        "document",
        "accordion",
        "table",
        "page_cards",
    }


@pytest.mark.parametrize("name", BLOCK_NAMES)
def test_every_block_explains_itself_in_the_block_picker(name):
    block = STREAM.child_blocks[name]
    assert block.meta.icon and block.meta.icon != "placeholder"
    assert str(block.meta.description).strip()
    assert block.meta.preview_value is not None
    assert block.meta.template, f"{name} has no template of its own"
    assert block.is_previewable


# What the block picker's preview shows. Image, document and page cards have no file or page to show
# in an empty library, so their preview is only checked to load.
PREVIEW_TEXT = {
    "heading": "Supporting migrants in Belgium and Luxembourg",
    "paragraph": "IOM has worked in Belgium since 1973",
    "image": None,
    "gallery": "In pictures",
    "quote": "Migration, managed well, benefits migrants and societies alike.",
    "key_figures": "IOM in numbers",
    "call_to_action": "Support our work",
    "embed": "Video caption.",
    "document": None,
    "accordion": "Where is the office?",
    "table": "IOM office opens in Belgium",
    "page_cards": None,
}


@pytest.mark.parametrize("name", BLOCK_NAMES)
def test_every_block_preview_renders_in_the_admin(name, admin_client):
    block = SectionPage._meta.get_field("body").stream_block.child_blocks[name]
    response = admin_client.get(reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix})
    assert response.status_code == 200
    if PREVIEW_TEXT[name]:
        assert PREVIEW_TEXT[name] in response.content.decode()


# --- Heading and text ------------------------------------------------------------------------


@pytest.mark.parametrize("level", ["h2", "h3", "h4"])
def test_heading_uses_the_chosen_level(level):
    soup = render("heading", {"text": "How we work", "level": level})
    heading = soup.find(["h1", "h2", "h3", "h4", "h5", "h6"])
    assert heading.name == level
    assert heading.get_text() == "How we work"


def test_paragraph_keeps_links_and_lists():
    soup = render("paragraph", '<p>See <a href="https://www.iom.int/">iom.int</a></p><ul><li>One</li></ul>')
    assert soup.find("a")["href"] == "https://www.iom.int/"
    assert soup.find("ul").find("li").get_text() == "One"


# --- Image -----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_image_has_its_alt_text_and_a_caption_with_credit():
    image = ImageFactory()
    soup = render(
        "image",
        {
            "image": image.pk,
            "alt_text": "Staff greet a family at Brussels airport",
            "decorative": False,
            "caption": "A family arrives.",
            "credit": "© IOM 2021",
        },
    )
    figure = soup.find("figure")
    img = figure.find("img")
    assert img["alt"] == "Staff greet a family at Brussels airport"
    assert img["src"]
    assert img["width"] and img["height"]
    caption = figure.find("figcaption")
    assert "A family arrives." in text_of(caption)
    assert caption.find(class_="credit").get_text() == "© IOM 2021"


@pytest.mark.django_db
def test_decorative_image_has_an_empty_alt_so_screen_readers_skip_it():
    image = ImageFactory()
    soup = render(
        "image",
        {"image": image.pk, "alt_text": "Ignored words", "decorative": True, "caption": "", "credit": ""},
    )
    img = soup.find("img")
    assert img.has_attr("alt")
    assert img["alt"] == ""
    assert soup.find("figcaption") is None


@pytest.mark.django_db
@pytest.mark.parametrize("alt_text", ["", "   "])
def test_image_without_alt_text_is_refused_unless_decorative(alt_text):
    block = STREAM.child_blocks["image"]
    image = ImageFactory()
    value = block.to_python({"image": image.pk, "alt_text": alt_text, "decorative": False})
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)
    assert "alt_text" in error.value.block_errors
    assert "decorative" in str(error.value.block_errors["alt_text"].messages[0])

    decorative = block.to_python({"image": image.pk, "alt_text": alt_text, "decorative": True})
    assert block.clean(decorative)["decorative"] is True


@pytest.mark.django_db
def test_image_with_alt_text_is_accepted():
    block = STREAM.child_blocks["image"]
    value = block.to_python({"image": ImageFactory().pk, "alt_text": "A harbour", "decorative": False})
    assert block.clean(value)["alt_text"] == "A harbour"


# --- Gallery ---------------------------------------------------------------------------------


def gallery_item(image, **fields):
    return {"image": image.pk, "alt_text": "", "decorative": False, "caption": "", "credit": "", **fields}


@pytest.mark.django_db
def test_a_gallery_is_a_list_of_figures_cropped_alike_with_their_alt_text_captions_and_credits():
    wide = ImageFactory(file__width=1600, file__height=900, credit="© IOM 2024")
    tall = ImageFactory(file__width=900, file__height=1600)
    soup = render(
        "gallery",
        {
            "heading": "The office in pictures",
            "images": [
                gallery_item(wide, alt_text="Advisers at a desk", caption="Brussels, 2024."),
                gallery_item(tall, decorative=True, alt_text="Ignored"),
            ],
        },
    )
    section = soup.find("section", class_="gallery")
    assert (
        section["aria-label"] == "The office in pictures"
        and section.h2.get_text() == "The office in pictures"
    )
    figures = section.select("ul.gallery__grid > li > figure")
    assert len(figures) == 2
    first, second = (figure.find("img") for figure in figures)
    assert first["alt"] == "Advisers at a desk" and second["alt"] == ""
    assert first["loading"] == "lazy"
    # Both tiles are 4:3 crops, whatever the shape of the original.
    for img in (first, second):
        assert int(img["width"]) * 3 == int(img["height"]) * 4
        assert img["sizes"] == "(max-width: 47.99rem) calc(50vw - 1.5rem), 14.7rem"
    assert text_of(figures[0].figcaption) == "Brussels, 2024. © IOM 2024"
    assert figures[1].figcaption is None


@pytest.mark.django_db
def test_a_gallery_costs_the_same_queries_for_2_or_12_pictures():
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    block = STREAM.child_blocks["gallery"]
    images = [ImageFactory() for _ in range(12)]
    counts = []
    for number in (2, 12):
        raw = {"heading": "", "images": [gallery_item(image, alt_text="A") for image in images[:number]]}
        block.render(block.to_python(raw))  # renditions made once
        with CaptureQueriesContext(connection) as queries:
            block.render(block.to_python(raw))
        counts.append(len(queries))
    assert counts[0] == counts[1] <= 2


@pytest.mark.django_db
def test_a_gallery_needs_two_pictures_each_described_or_decorative():
    block = STREAM.child_blocks["gallery"]
    image = ImageFactory()
    with pytest.raises(Exception) as too_few:
        block.clean(block.to_python({"heading": "", "images": [gallery_item(image, alt_text="One")]}))
    assert "2" in str(too_few.value.block_errors["images"].non_block_errors.as_data()[0].messages)
    undescribed = block.to_python(
        {"heading": "", "images": [gallery_item(image, alt_text="A"), gallery_item(image)]}
    )
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(undescribed)
    assert 1 in error.value.block_errors["images"].block_errors
    described = block.to_python(
        {"heading": "", "images": [gallery_item(image, alt_text="A"), gallery_item(image, decorative=True)]}
    )
    assert len(block.clean(described)["images"]) == 2


# --- Quote and key figures -------------------------------------------------------------------


def test_quote_is_a_blockquote_with_its_speaker_in_a_figcaption():
    soup = render(
        "quote",
        {"quote": "Migration benefits everyone.", "attribution": "António Vitorino", "role": "IOM"},
    )
    figure = soup.find("figure")
    assert figure.find("blockquote").get_text(strip=True) == "Migration benefits everyone."
    assert text_of(figure.find("figcaption")).replace(" ,", ",") == "António Vitorino, IOM"


def test_key_figures_are_a_description_list():
    soup = render(
        "key_figures",
        {
            "heading": "Remittances",
            "figures": [{"number": "USD 540 billion", "label": "sent home by migrants"}],
        },
    )
    dl = soup.find("dl")
    assert dl.find("dt").get_text() == "USD 540 billion"
    assert dl.find("dd").get_text() == "sent home by migrants"
    assert soup.find("h2").get_text() == "Remittances"


# --- Call to action --------------------------------------------------------------------------


@pytest.mark.django_db
def test_call_to_action_links_to_a_page_of_the_site(home_page):
    target = SectionPageFactory(parent=home_page, title="Take Action")
    soup = render(
        "call_to_action",
        {"title": "Help", "text": "Join us.", "link_text": "Get involved", "page": target.pk, "url": ""},
    )
    link = soup.find("a")
    assert link["href"] == "/en/take-action/"
    assert link.get_text() == "Get involved"
    assert "rel" not in link.attrs
    assert soup.find("aside")["aria-label"] == "Help"


def test_call_to_action_links_to_an_external_address_and_says_so():
    soup = render(
        "call_to_action",
        {
            "title": "Support IOM",
            "text": "",
            "link_text": "Visit iom.int",
            "page": None,
            "url": "https://www.iom.int/",
        },
    )
    link = soup.find("a")
    assert link["href"] == "https://www.iom.int/"
    assert "noopener" in link["rel"]
    assert "(external site)" in link.get_text()


@pytest.mark.django_db
def test_call_to_action_needs_exactly_one_link(home_page):
    block = STREAM.child_blocks["call_to_action"]
    page = SectionPageFactory(parent=home_page)
    base = {"title": "Help", "text": "", "link_text": "Go"}

    for link in ({"page": None, "url": ""}, {"page": page.pk, "url": "https://www.iom.int/"}):
        with pytest.raises(StructBlockValidationError) as error:
            block.clean(block.to_python({**base, **link}))
        assert "url" in error.value.block_errors

    assert block.clean(block.to_python({**base, "page": page.pk, "url": ""}))["page"].pk == page.pk
    assert block.clean(block.to_python({**base, "page": None, "url": "https://www.iom.int/"}))["url"]


# --- Embed -----------------------------------------------------------------------------------

VIDEO = {"embed": "https://www.youtube.com/watch?v=abc123", "title": "IOM in Belgium", "caption": "Our work."}


@pytest.mark.django_db
@pytest.mark.parametrize(
    "failure",
    [EmbedNotFoundException("provider unreachable"), OSError("network is unreachable")],
    ids=["provider-refuses", "network-down"],
)
def test_embed_falls_back_to_a_link_when_the_provider_cannot_be_reached(failure):
    with mock.patch("wagtail.embeds.embeds.get_embed", side_effect=failure):
        soup = render("embed", VIDEO)
    assert soup.find("iframe") is None
    link = soup.find("a")
    assert link["href"] == "https://www.youtube.com/watch?v=abc123"
    assert "IOM in Belgium" in link.get_text()
    assert soup.find("figcaption").get_text() == "Our work."


@pytest.mark.django_db
def test_embed_shows_the_provider_player_when_it_answers():
    embed = Embed(
        url=VIDEO["embed"],
        html='<iframe src="https://www.youtube.com/embed/abc123" title="IOM in Belgium"></iframe>',
        type="video",
        width=640,
        height=360,
    )
    with mock.patch("wagtail.embeds.embeds.get_embed", return_value=embed):
        soup = render("embed", VIDEO)
    assert soup.find("iframe")["src"] == "https://www.youtube.com/embed/abc123"
    assert soup.find("iframe")["title"] == "IOM in Belgium"
    assert soup.find("figcaption").get_text() == "Our work."


# --- Document, accordion, table --------------------------------------------------------------


@pytest.mark.django_db
def test_document_is_a_download_link_with_type_and_size():
    document = DocumentFactory(title="Annual report 2021")
    soup = render("document", {"document": document.pk, "title": "", "description": "What we did."})
    link = soup.find("a")
    assert link["href"] == document.url
    assert link.has_attr("download")
    assert "Annual report 2021" in link.get_text()
    assert "PDF" in link.get_text()
    assert "KB" in link.get_text() or "bytes" in link.get_text()
    assert soup.find("p").get_text() == "What we did."


def test_accordion_is_a_list_of_details_and_summary():
    soup = render(
        "accordion",
        {
            "heading": "Questions",
            "items": [
                {"question": "Where is the office?", "answer": "<p>In Brussels.</p>"},
                {"question": "Since when?", "answer": "<p>Since 1973.</p>"},
            ],
        },
    )
    details = soup.find_all("details")
    assert [d.find("summary").get_text() for d in details] == ["Where is the office?", "Since when?"]
    assert details[0].find("p").get_text() == "In Brussels."
    assert not details[0].has_attr("open")


def test_table_has_a_caption_and_scoped_header_cells():
    soup = render(
        "table",
        {
            "data": [["Year", "Event"], ["1951", "IOM founded"], ["1973", "Belgium office opens"]],
            "first_row_is_table_header": True,
            "first_col_is_header": True,
            "table_caption": "Milestones",
        },
    )
    table = soup.find("table")
    assert table.find("caption").get_text() == "Milestones"
    assert [th["scope"] for th in table.find("thead").find_all("th")] == ["col", "col"]
    row_headers = table.find("tbody").find_all("th")
    assert [(th["scope"], th.get_text()) for th in row_headers] == [("row", "1951"), ("row", "1973")]
    assert table.find("tbody").find("td").get_text() == "IOM founded"


# --- Page cards ------------------------------------------------------------------------------


@pytest.mark.django_db
def test_page_cards_of_the_pages_below_this_one(home_page):
    section = SectionPageFactory(parent=home_page, title="Our Work")
    SectionPageFactory(parent=section, title="Data and Resources", intro="Reports and data.")
    SectionPageFactory(parent=section, title="Take Action")
    SectionPageFactory(parent=section, title="Draft page", live=False)
    soup = render("page_cards", {"heading": "Explore", "source": "children", "pages": []}, page=section)
    links = [(a.get_text(), a["href"]) for a in soup.select(".card a")]
    assert links == [
        ("Data and Resources", "/en/our-work/data-and-resources/"),
        ("Take Action", "/en/our-work/take-action/"),
    ]
    assert "Reports and data." in soup.get_text()
    assert soup.find("h2").get_text() == "Explore"


@pytest.mark.django_db
def test_page_cards_of_chosen_pages_in_the_chosen_order(home_page):
    first = SectionPageFactory(parent=home_page, title="Who We Are")
    second = SectionPageFactory(parent=home_page, title="Our Work")
    draft = SectionPageFactory(parent=home_page, title="Unpublished", live=False)
    soup = render(
        "page_cards",
        {"heading": "", "source": "chosen", "pages": [second.pk, draft.pk, first.pk]},
        page=home_page,
    )
    assert [a.get_text() for a in soup.select(".card a")] == ["Our Work", "Who We Are"]
    assert soup.find("h2") is None


@pytest.mark.django_db
def test_page_cards_with_nothing_to_show_render_nothing(home_page):
    section = SectionPageFactory(parent=home_page)
    soup = render("page_cards", {"heading": "Explore", "source": "children", "pages": []}, page=section)
    assert soup.get_text().strip() == ""


# --- The whole body on a page ----------------------------------------------------------------


@pytest.mark.django_db
def test_a_page_using_every_block_renders_for_visitors(client, home_page):
    image = ImageFactory()
    document = DocumentFactory(title="Factsheet")
    section = SectionPageFactory(parent=home_page, title="Everything")
    SectionPageFactory(parent=section, title="Child page")
    section.body = [
        ("heading", {"text": "A heading", "level": "h2"}),
        ("paragraph", "<p>Some text.</p>"),
        ("image", {"image": image, "alt_text": "A photo", "decorative": False, "caption": "", "credit": ""}),
        (
            "gallery",
            {
                "heading": "In pictures",
                "images": [
                    {"image": image, "alt_text": "A photo", "decorative": False, "caption": "", "credit": ""},
                    {"image": image, "alt_text": "", "decorative": True, "caption": "", "credit": ""},
                ],
            },
        ),
        ("quote", {"quote": "Words.", "attribution": "Someone", "role": ""}),
        ("key_figures", {"heading": "", "figures": [{"number": "175", "label": "member states"}]}),
        (
            "call_to_action",
            {"title": "Act", "text": "", "link_text": "Go", "page": None, "url": "https://iom.int/"},
        ),
        ("embed", {"embed": "https://www.youtube.com/watch?v=abc123", "title": "Video", "caption": ""}),
        ("document", {"document": document, "title": "", "description": ""}),
        ("accordion", {"heading": "", "items": [{"question": "Q?", "answer": "<p>A.</p>"}]}),
        ("table", {"data": [["a", "b"]], "first_row_is_table_header": False, "table_caption": "T"}),
        ("page_cards", {"heading": "More", "source": "children", "pages": []}),
    ]
    section.save_revision().publish()

    with mock.patch("wagtail.embeds.embeds.get_embed", side_effect=EmbedNotFoundException):
        response = client.get("/en/everything/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    rendered = [div["class"][1] for div in soup.select("main .block")]
    assert rendered == [f"block-{name}" for name in BLOCK_NAMES]
    for expected in ("A heading", "Some text.", "Words.", "175", "Act", "Factsheet", "Q?", "Child page"):
        assert expected in soup.main.get_text()


# --- The text of a body, as search excerpts show it ----------------------------------------------------------


def test_a_body_reads_as_sentences_block_by_block_without_a_query(db, django_assert_num_queries):
    from core.text import stream_text

    raw = [
        {"type": "heading", "value": {"text": "IOM in numbers", "level": "h2"}},
        {
            "type": "paragraph",
            "value": "<p>Founded in 1951.</p><p>Present in <b>Belgium</b> &amp; Luxembourg</p>",
        },
        {"type": "paragraph", "value": "<ul><li>Return</li><li>Integration</li></ul>"},
        {
            "type": "key_figures",
            "value": {
                "heading": "Worldwide",
                "figures": [
                    {"type": "item", "value": {"number": "175", "label": "member states"}, "id": "a"},
                    {"number": "100+", "label": "countries"},  # the list format before Wagtail 2.16
                ],
                "show_chart": False,
            },
        },
        {"type": "quote", "value": {"quote": "Migration works.", "attribution": "A. Person", "role": "IOM"}},
        {
            "type": "image",
            "value": {"image": 999, "alt_text": "Not read", "decorative": False, "caption": "A hall"},
        },
        {
            "type": "call_to_action",
            "value": {
                "title": "Help us",
                "text": "Volunteer today!",
                "link_text": "Not read",
                "page": 1,
                "url": "",
            },
        },
        {"type": "document", "value": {"document": 999, "title": "Annual report", "description": ""}},
        {
            "type": "accordion",
            "value": {"heading": "", "items": [{"question": "Where?", "answer": "<p>Brussels</p>"}]},
        },
        {
            "type": "table",
            "value": {"table_caption": "Offices", "data": [["City", "Since"], ["Brussels", "1973"]]},
        },
        {"type": "page_cards", "value": {"heading": "Explore", "source": "chosen", "pages": [1, 2]}},
        {"type": "no_longer_exists", "value": "Not read"},
    ]
    body = BaseStreamBlock().to_python(raw)
    with django_assert_num_queries(0):
        text = stream_text(body)
    assert text == (
        "IOM in numbers. Founded in 1951. Present in Belgium & Luxembourg. Return. Integration. "
        "Worldwide: 175 member states, 100+ countries. “Migration works.” — A. Person, IOM. A hall. Help us. "
        "Volunteer today! Annual report. Where? Brussels. Offices. City, Since. Brussels, 1973. Explore."
    )
    assert stream_text(None) == stream_text(BaseStreamBlock().to_python([])) == ""
