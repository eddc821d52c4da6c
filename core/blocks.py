"""The StreamField vocabulary shared by every page type.

Each block names an icon, a description and a preview value, so the editor's block picker explains itself.
"""

import copy
import logging
import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock as BaseTableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock as BaseEmbedBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.whitelist import check_url

from .text import list_values, one_line

logger = logging.getLogger(__name__)


def safe_url(url):
    """`url` when it is a web, e-mail or telephone address (or relative), else "".

    Block validation refuses other schemes, but not every value is validated: wagtail-localize publishes the
    addresses translators override as they typed them. A `javascript:` address must never become a link.
    """
    return (check_url(url) or "") if url else ""


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading text"), max_length=200)
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Level 2 (section)")), ("h3", _("Level 3 (subsection)")), ("h4", _("Level 4"))],
        default="h2",
        label=_("Level"),
        help_text=_("Use level 2 for the main parts of the page, 3 and 4 inside them."),
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        label = _("Heading")
        description = _("A heading that starts a part of the page and appears in its outline.")
        preview_value = {"text": "Supporting migrants in Belgium and Luxembourg", "level": "h2"}


class RichTextBlock(blocks.RichTextBlock):
    # Wagtail reads a rich text block's features from its constructor only (a `features` in Meta is ignored, and
    # the block would allow every default feature: headings, images, embeds). Not recorded in migrations.
    FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "superscript", "subscript"]

    def __init__(self, *args, features=None, **kwargs):
        super().__init__(*args, features=features or self.FEATURES, **kwargs)

    class Meta:
        icon = "pilcrow"
        template = "blocks/rich_text_block.html"
        label = _("Text")
        description = _("Paragraphs of text with links, lists and emphasis.")
        preview_value = (
            "<p>IOM has worked in Belgium since 1973, with migrants, returnees and the communities "
            "that host them.</p>"
        )


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        required=False,
        max_length=250,
        label=_("Alternative text"),
        help_text=_(
            "Describe what the image shows for people who cannot see it. Required unless decorative."
        ),
    )
    decorative = blocks.BooleanBlock(
        required=False,
        label=_("Decorative image"),
        help_text=_("Tick only if the image adds nothing to the text; screen readers will skip it."),
    )
    caption = blocks.CharBlock(required=False, max_length=300, label=_("Caption"))
    credit = blocks.CharBlock(
        required=False,
        max_length=150,
        label=_("Credit"),
        help_text=_("Photographer or source, e.g. © IOM 2021."),
    )

    def clean(self, value):
        value = super().clean(value)
        if not value.get("decorative") and not (value.get("alt_text") or "").strip():
            raise blocks.StructBlockValidationError(
                block_errors={
                    "alt_text": ValidationError(_("Describe the image, or mark it as decorative.")),
                }
            )
        return value

    def text_pieces(self, value):
        return [one_line(value.get("caption"))]  # the alternative text describes the image, not the page

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"
        label = _("Image")
        description = _("A photograph or illustration with alternative text, caption and credit.")
        preview_value = {"alt_text": "", "decorative": True, "caption": "A caption explains the image."}


class GalleryImageChooserBlock(ImageChooserBlock):
    """Loads a gallery's pictures with the renditions its tiles need: one query for all of them, however many."""

    def bulk_to_python(self, values):
        from images.renditions import LAYOUTS

        found = self.model_class.objects.prefetch_renditions(*LAYOUTS["gallery"].specs()).in_bulk(
            [value for value in values if value is not None]
        )
        # A picture chosen twice is two objects, as Wagtail's own chooser blocks give them.
        return [copy.copy(found[value]) if value in found else None for value in values]


class GalleryImageBlock(ImageBlock):
    """One picture of a gallery: the same fields and checks as an image block, drawn by the gallery's template."""

    image = GalleryImageChooserBlock(label=_("Image"))

    class Meta:
        icon = "image"
        label = _("Picture")
        template = None


class GalleryBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, max_length=150, label=_("Heading"))
    images = blocks.ListBlock(
        GalleryImageBlock(),
        min_num=2,
        max_num=12,
        label=_("Pictures"),
        help_text=_("From 2 to 12 pictures, shown as a grid of equal tiles cropped around each focal point."),
    )

    class Meta:
        icon = "image"
        template = "blocks/gallery_block.html"
        label = _("Gallery")
        description = _("A grid of pictures, each with its alternative text, caption and credit.")
        preview_value = {"heading": "In pictures", "images": []}


class NameBlock(blocks.CharBlock):
    """A person's name: it reads the same in every language, so wagtail-localize never sends it for translation
    (translations keep the source's name; a block with these two methods is handled by the block itself)."""

    def get_translatable_segments(self, value):
        return []

    def restore_translated_segments(self, value, segments):
        return value


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quotation"), help_text=_("Only words the person really said or wrote."))
    attribution = NameBlock(
        required=False,
        max_length=150,
        label=_("Who said it"),
        help_text=_("The person's name, the same in every language (not sent for translation)."),
    )
    role = blocks.CharBlock(required=False, max_length=150, label=_("Their role"))

    def text_pieces(self, value):
        quote = one_line(value.get("quote"))
        who = ", ".join(
            one_line(value.get(name)) for name in ("attribution", "role") if one_line(value.get(name))
        )
        if not quote:
            return []
        return [f"“{quote}” — {who}" if who else f"“{quote}”"]

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        label = _("Quote")
        description = _("A quotation set apart from the text, with the name and role of who said it.")
        preview_value = {
            "quote": "Migration, managed well, benefits migrants and societies alike.",
            "attribution": "A spokesperson",
            "role": "IOM",
        }


class KeyFigureBlock(blocks.StructBlock):
    number = blocks.CharBlock(
        max_length=40, label=_("Figure"), help_text=_("For example: USD 540 billion, 175, 1973.")
    )
    label = blocks.CharBlock(max_length=160, label=_("What it counts"))

    class Meta:
        icon = "decimal"
        label = _("Key figure")


_SPACES = re.compile(r"[\s\u00a0\u202f'’]")
_GROUPED = re.compile(r"^\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*$")  # 1,234 or 1.234.567: thousands
_DECIMAL = re.compile(r"^\d+(?:[.,]\d+)?$")  # 12 or 12.5 or 12,5


def parse_figure(text):
    """The value of a figure typed as a plain number (175, 1 234, 12,5, 40%), else None."""
    cleaned = _SPACES.sub("", text or "").removesuffix("%")
    if _GROUPED.match(cleaned):
        return float(re.sub(r"[.,]", "", cleaned))
    if _DECIMAL.match(cleaned):
        return float(cleaned.replace(",", "."))
    return None


class KeyFiguresValue(blocks.StructValue):
    def chart(self):
        """[(figure, bar length in percent of the largest)] when a chart is asked for and possible, else None."""
        if not self.get("show_chart"):
            return None
        figures = list(self.get("figures") or [])
        values = [parse_figure(figure.get("number")) for figure in figures]
        if not figures or any(value is None for value in values):
            return None
        largest = max(values) or 1
        return [
            (figure, round(100 * value / largest, 1)) for figure, value in zip(figures, values, strict=True)
        ]


class KeyFiguresBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, max_length=150, label=_("Heading"))
    figures = blocks.ListBlock(KeyFigureBlock(), min_num=1, max_num=8, label=_("Figures"))
    show_chart = blocks.BooleanBlock(
        required=False,
        label=_("Show as a bar chart"),
        help_text=_(
            "Draw a bar for each figure, in proportion to the largest. Only when every figure is a plain "
            "number in the same unit, e.g. 120, 1 340, 95."
        ),
    )

    def text_pieces(self, value):
        """ "Worldwide: 175 member states, 100+ countries with an IOM presence" """
        figures = [
            one_line(f"{figure.get('number') or ''} {figure.get('label') or ''}")
            for figure in list_values(value.get("figures"))
            if isinstance(figure, dict)
        ]
        text = ", ".join(figure for figure in figures if figure)
        heading = one_line(value.get("heading"))
        return [f"{heading}: {text}" if heading and text else heading or text]

    def clean(self, value):
        value = super().clean(value)
        if value.get("show_chart"):
            unreadable = [
                f.get("number") for f in value.get("figures") or [] if parse_figure(f.get("number")) is None
            ]
            if unreadable:
                raise blocks.StructBlockValidationError(
                    block_errors={
                        "show_chart": ValidationError(
                            _("A chart needs plain numbers; these are not: %(figures)s")
                            % {"figures": ", ".join(unreadable)}
                        )
                    }
                )
        return value

    class Meta:
        icon = "decimal"
        template = "blocks/key_figures_block.html"
        value_class = KeyFiguresValue
        label = _("Key figures")
        description = _("Large numbers with a short label, such as “USD 540 billion remitted”.")
        preview_value = {
            "heading": "IOM in numbers",
            "figures": [
                {"number": "175", "label": "member states"},
                {"number": "1973", "label": "IOM present in Belgium since"},
            ],
        }


class LinkStructValue(blocks.StructValue):
    """Resolves an internal page or an external address into one URL for templates.

    The method is not called `url`: templates look up `value.url` as the dict key of the `url` field first,
    which is empty when the link goes to a page of the site.
    """

    def href(self):
        page = self.get("page")
        if page:
            return page.localized.url
        return safe_url(self.get("url"))

    def is_external(self):
        return not self.get("page") and bool(safe_url(self.get("url")))


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120, label=_("Title"))
    text = blocks.TextBlock(required=False, label=_("Text"))
    link_text = blocks.CharBlock(max_length=60, label=_("Button text"))
    page = blocks.PageChooserBlock(required=False, label=_("Page on this site"))
    url = blocks.URLBlock(required=False, label=_("Or an external address"))

    def text_pieces(self, value):
        return [one_line(value.get("title")), one_line(value.get("text"))]  # not the button's words

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "url": ValidationError(_("Choose a page on this site or enter an address, not both."))
                }
            )
        return value

    class Meta:
        icon = "link"
        template = "blocks/call_to_action_block.html"
        label = _("Call to action")
        description = _("A highlighted box inviting visitors to act, with one button to a page or address.")
        value_class = LinkStructValue
        preview_value = {
            "title": "Support our work",
            "text": "Find out how you can help migrants in Belgium and Luxembourg.",
            "link_text": "Take action",
            "url": "https://www.iom.int/",
        }


class EmbedStructValue(blocks.StructValue):
    def embed_html(self):
        """The provider's player, or None when it cannot be fetched (the template then shows a link)."""
        embed = self.get("embed")
        if not embed:
            return None
        try:
            return embed.html
        except Exception:  # the provider may be unreachable; never break the page for it
            logger.warning("Could not fetch embed for %s", getattr(embed, "url", ""), exc_info=True)
            return None

    def link_url(self):
        """The video's address for the link shown when the player cannot be fetched ("" if not a web address)."""
        return safe_url(getattr(self.get("embed"), "url", ""))


class EmbedBlock(blocks.StructBlock):
    embed = BaseEmbedBlock(label=_("Video address"), help_text=_("A YouTube or Vimeo address, for example."))
    title = blocks.CharBlock(
        max_length=150, label=_("Title"), help_text=_("Names the video for screen readers.")
    )
    caption = blocks.CharBlock(required=False, max_length=300, label=_("Caption"))

    class Meta:
        icon = "media"
        template = "blocks/embed_block.html"
        label = _("Video")
        description = _("A video from YouTube, Vimeo or another provider, with a title and caption.")
        value_class = EmbedStructValue
        preview_value = {"title": "A video about IOM", "caption": "Video caption."}


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        required=False,
        max_length=200,
        label=_("Title"),
        help_text=_("Leave empty to use the document's own title."),
    )
    description = blocks.TextBlock(required=False, label=_("Description"))

    class Meta:
        icon = "doc-full"
        template = "blocks/document_block.html"
        label = _("Document download")
        description = _("A link to download a report, factsheet or other file, with its type and size.")
        preview_value = {"title": "Annual report", "description": "What IOM did in Belgium this year."}


class AccordionItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(max_length=250, label=_("Question or title"))
    answer = blocks.RichTextBlock(features=["bold", "italic", "link", "ol", "ul"], label=_("Answer"))


class AccordionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, max_length=150, label=_("Heading"))
    items = blocks.ListBlock(AccordionItemBlock(), min_num=1, label=_("Items"))

    class Meta:
        icon = "list-ul"
        template = "blocks/accordion_block.html"
        label = _("Accordion (FAQ)")
        description = _("Questions and answers that visitors open one at a time.")
        preview_value = {
            "heading": "Frequently asked questions",
            "items": [
                {"question": "Where is the office?", "answer": "<p>In Brussels.</p>"},
                {"question": "Since when is IOM in Belgium?", "answer": "<p>Since 1973.</p>"},
            ],
        }


class TableBlock(BaseTableBlock):
    def text_pieces(self, value):
        rows = value.get("data") if isinstance(value, dict) else None
        lines = [
            ", ".join(one_line(str(cell)) for cell in row if cell)
            for row in rows or []
            if isinstance(row, list)
        ]
        return [one_line(value.get("table_caption") if isinstance(value, dict) else ""), *lines]

    class Meta:
        icon = "table"
        template = "blocks/table_block.html"
        label = _("Table")
        description = _("A table of data with an optional header row and caption.")
        preview_value = {
            "first_row_is_table_header": True,
            "table_caption": "Example",
            "data": [["Year", "Event"], ["1951", "IOM founded"], ["1973", "IOM office opens in Belgium"]],
        }


class PageCardsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, max_length=150, label=_("Heading"))
    source = blocks.ChoiceBlock(
        choices=[("children", _("The pages below this one")), ("chosen", _("Pages I choose"))],
        default="chosen",
        label=_("Which pages"),
    )
    pages = blocks.ListBlock(
        blocks.PageChooserBlock(),
        required=False,
        default=[],
        label=_("Chosen pages"),
        help_text=_("Used when “Pages I choose” is selected."),
    )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        page = (parent_context or {}).get("page")
        if value.get("source") == "children" and page is not None:
            cards = list(page.get_children().live().public().specific().order_by("path")[:24])
        else:
            chosen = (p.localized for p in value.get("pages") or [] if p)
            cards = [p.specific for p in chosen if p.live]
        context["cards"] = cards
        return context

    class Meta:
        icon = "grid"
        template = "blocks/page_cards_block.html"
        label = _("Page cards")
        description = _("Cards linking to the pages below this one or to pages you choose.")
        preview_value = {"heading": "Explore", "source": "chosen", "pages": []}


class BaseStreamBlock(blocks.StreamBlock):
    """Every block an editor can use in a page body."""

    heading = HeadingBlock()
    paragraph = RichTextBlock()
    image = ImageBlock()
    gallery = GalleryBlock()
    quote = QuoteBlock()
    key_figures = KeyFiguresBlock()
    call_to_action = CallToActionBlock()
    embed = EmbedBlock()
    document = DocumentBlock()
    accordion = AccordionBlock()
    table = TableBlock()
    page_cards = PageCardsBlock()
