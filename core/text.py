"""The text of a StreamField as a visitor reads it, for excerpts: sentences, not a list of field values.

Wagtail's search index joins the values of a page's blocks with ", " ("…dignified migration., He warned…",
"Worldwide, 175, member states"), which reads as glue when shown to visitors. `stream_text` reads the blocks'
stored (raw) values instead, block by block, so that it needs no database query (choosers are not resolved)
and no rendering: headings, paragraphs and list items become sentences, a quotation reads “…” — name, role,
key figures read "Worldwide: 175 member states, 100+ countries…". A block may say how it reads by defining
`text_pieces(raw_value)`; other blocks give the text of their text fields, in order.
"""

import html
import re

from django.utils.html import strip_tags
from wagtail import blocks

_SENTENCE_END_RE = re.compile(r"[.!?…:;][”\"’»)\]]*$")
_RICH_TEXT_BREAK_RE = re.compile(r"</(?:p|h\d|li|blockquote|div)>|<br\s*/?>", re.IGNORECASE)
_SPACES_RE = re.compile(r"\s+")


def one_line(text):
    return _SPACES_RE.sub(" ", text or "").strip()


def rich_text_pieces(source):
    """The paragraphs, headings and list items of rich text (Wagtail's stored HTML), as plain text."""
    if not isinstance(source, str):
        return []
    parts = (one_line(html.unescape(strip_tags(part))) for part in _RICH_TEXT_BREAK_RE.split(source))
    return [part for part in parts if part]


def join_sentences(pieces):
    """Pieces of text as prose: one that does not end a sentence (a heading, a list item) gets a full stop."""
    out = []
    for piece in pieces:
        piece = one_line(piece)
        if piece:
            out.append(piece if _SENTENCE_END_RE.search(piece) else piece + ".")
    return " ".join(out)


def list_values(raw_list):
    """The values of a ListBlock's raw list: {"type": "item", "value": …, "id": …} since Wagtail 2.16, bare
    values before."""
    values = []
    for item in raw_list if isinstance(raw_list, list) else []:
        is_item = isinstance(item, dict) and item.get("type") == "item" and "value" in item
        values.append(item["value"] if is_item else item)
    return values


def block_pieces(block, value):
    """The pieces of text of one block's raw (JSON) value."""
    if value is None or value == "":
        return []
    hook = getattr(block, "text_pieces", None)
    if hook is not None and (isinstance(value, dict) or not isinstance(block, blocks.StructBlock)):
        return [piece for piece in hook(value) if piece]
    if isinstance(block, blocks.RichTextBlock):
        return rich_text_pieces(value)
    if isinstance(block, (blocks.CharBlock, blocks.TextBlock)):
        return [one_line(str(value))]
    if isinstance(block, blocks.StructBlock) and isinstance(value, dict):
        pieces = []
        for name, child in block.child_blocks.items():
            pieces += block_pieces(child, value.get(name))
        return pieces
    if isinstance(block, blocks.ListBlock):
        return [piece for item in list_values(value) for piece in block_pieces(block.child_block, item)]
    if isinstance(block, blocks.StreamBlock) and isinstance(value, list):
        return raw_stream_pieces(block, value)
    return []  # choices, booleans, choosers, embeds, addresses: nothing a visitor reads as text


def raw_stream_pieces(stream_block, raw_blocks):
    pieces = []
    for raw in raw_blocks:
        if isinstance(raw, dict):
            child = stream_block.child_blocks.get(raw.get("type"))
            if child is not None:
                pieces += block_pieces(child, raw.get("value"))
    return pieces


def stream_text(stream_value):
    """The readable text of a StreamField value ("" for None or an empty stream)."""
    if not stream_value:
        return ""
    return join_sentences(raw_stream_pieces(stream_value.stream_block, stream_value.raw_data))
