"""Reading an old page saved as HTML, with BeautifulSoup: the <h1> is the title, what follows it is the article.

The page is parsed by BeautifulSoup (with Python's own HTML parser), the parts that are never article text
(head, navigation, scripts, forms, hidden parts, sharing buttons...) are removed, and the rest is read in
document order as paragraphs, headings, lists, quotations and tables. Inline markup is kept where Wagtail's
rich text has it (bold, italic, web and e-mail links, line breaks); everything else becomes plain text.
"""

import html
import re
import unicodedata
import warnings

from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, NavigableString, Tag, XMLParsedAsHTMLWarning
from bs4.exceptions import ParserRejectedMarkup

from .article import (
    INVISIBLE_RE,
    MENU_KEYS,
    SPACES_RE,
    ArticleParts,
    Heading,
    LegacyImportError,
    Paragraph,
    Quote,
    clean,
    date_line,
    find_date,
    menu_key,
    whole_quote,
)
from .text import read_lines

# An old page has a few thousand elements, a few dozen levels deep; far more is not a page to import (and
# would take BeautifulSoup minutes to read).
MAX_ELEMENTS = 20_000
MAX_DEPTH = 150

SKIP_TAGS = {
    "head", "nav", "aside", "footer", "script", "style", "noscript", "template", "form", "svg", "button",
    "select", "textarea", "iframe", "object", "canvas", "map", "dialog", "menu",
}  # fmt: skip
SKIP_ROLES = {"navigation", "contentinfo", "search", "menu", "menubar", "banner", "complementary"}
SKIP_CLASS_WORDS = {"breadcrumb", "breadcrumbs", "menu", "navbar", "nav", "navigation", "sidebar", "share", "sharing", "social", "cookie", "cookies", "skip"}  # fmt: skip
BLOCK_TAGS = {
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "dl", "table", "div", "section", "article",
    "main", "header", "footer", "nav", "aside", "figure", "figcaption", "pre", "address", "hr", "li", "body", "html",
    "form", "details", "summary",
}  # fmt: skip
ATTRIBUTION_TAGS = ("cite", "footer", "figcaption")
DATE_META_NAMES = {"article:published_time", "date", "datepublished", "dc.date", "dcterms.date"}
_LINK_RE = re.compile(r"(?i)^(https?://|mailto:)")
_TAG_START_RE = re.compile(r"<[a-zA-Z]")


def parse(source):
    """The page as a BeautifulSoup tree; a clear error for markup that is not an old page."""
    elements = len(_TAG_START_RE.findall(source))
    if elements > MAX_ELEMENTS:
        raise LegacyImportError(
            f"has {elements} HTML elements, more than an old page ({MAX_ELEMENTS}); not imported"
        )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        try:
            return BeautifulSoup(source, "html.parser")
        except (ParserRejectedMarkup, AssertionError, ValueError) as exc:
            raise LegacyImportError(f"the HTML could not be read ({exc})") from None


def is_text(node):
    """Text of the page (not a comment, doctype, CDATA section or processing instruction)."""
    return type(node) is NavigableString


def is_skipped(tag):
    """Whether an element is never article text: navigation, scripts, forms, hidden or decorative parts."""
    if tag.name in SKIP_TAGS:
        return True
    if (tag.get("role") or "").casefold() in SKIP_ROLES or tag.has_attr("hidden"):
        return True
    if tag.get("aria-hidden") == "true":
        return True
    names = tag.get("class") or []
    names = names.split() if isinstance(names, str) else names
    words = set(re.split(r"[\s_-]+", " ".join([*names, tag.get("id") or ""]).casefold()))
    return bool(words & SKIP_CLASS_WORDS)


def meta_date(soup):
    """The publication date that the page's <meta> elements state (read before <head> is removed)."""
    for meta in soup.find_all("meta"):
        name = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").casefold()
        if name in DATE_META_NAMES:
            date, _match = find_date(meta.get("content") or "")
            if date:
                return date
    return None


def time_date(soup):
    """The date of the first <time> element of the page's content (read after the navigation is removed)."""
    for time in soup.find_all("time"):
        date, _match = find_date(time.get("datetime") or time.get_text(" "))
        if date:
            return date
    return None


def keep_attributions(soup):
    """Take the "— Name, role" line out of each quotation, before footers are removed with the navigation."""
    for quote in soup.find_all("blockquote"):
        source = quote.find(ATTRIBUTION_TAGS)
        if source is not None:
            text, _markup = inline(source.children)
            quote["data-attribution"] = clean(text).lstrip("-–—― ")
            source.extract()


def remove_skipped(soup):
    """Remove every skipped element (with its contents), in one pass over the page."""
    inside = set()  # ids of the elements removed with a skipped ancestor
    outermost = []
    for tag in soup.find_all(True):
        if id(tag.parent) in inside:
            inside.add(id(tag))
        elif is_skipped(tag):
            inside.add(id(tag))
            outermost.append(tag)
    for tag in outermost:
        tag.decompose()


def inline(nodes, depth=0):
    """(plain text, Wagtail rich-text HTML) of inline content: bold, italic, links and line breaks are kept."""
    if depth > MAX_DEPTH:
        raise LegacyImportError(f"the HTML is nested more than {MAX_DEPTH} levels deep; not an old page")
    text, markup = [], []
    for node in nodes:
        if is_text(node):
            piece = SPACES_RE.sub(" ", clean_characters(str(node)))
            text.append(piece)
            markup.append(html.escape(piece, quote=False))
        elif not isinstance(node, Tag) or node.name == "img":
            continue  # comments; images are not imported (the report counts them)
        elif node.name == "br":
            text.append("\n")
            markup.append("<br/>")
        else:
            inner_text, inner_markup = inline(node.children, depth + 1)
            text.append(inner_text)
            href = (node.get("href") or "").strip() if node.name == "a" else ""
            if not inner_text.strip():
                markup.append(inner_markup)
            elif node.name in ("b", "strong"):
                markup.append(f"<b>{inner_markup}</b>")
            elif node.name in ("i", "em"):
                markup.append(f"<i>{inner_markup}</i>")
            elif _LINK_RE.match(href):
                markup.append(f'<a href="{html.escape(href)}">{inner_markup}</a>')
            else:
                markup.append(inner_markup)
    return "".join(text), "".join(markup)


def clean_characters(text):
    return INVISIBLE_RE.sub("", unicodedata.normalize("NFC", text))


def tidy(text, markup):
    """Single spaces, no spaces around line breaks, no line breaks at either end."""
    text = "\n".join(SPACES_RE.sub(" ", part).strip() for part in text.split("\n")).strip()
    markup = SPACES_RE.sub(" ", markup).strip()
    markup = re.sub(r"^(?:<br/>\s*)+|(?:\s*<br/>)+$", "", markup)
    markup = re.sub(r"\s*<br/>\s*", "<br/>", markup)
    return text, markup


class Item:
    """One block of the page in reading order, before the title is known."""

    def __init__(self, kind, tag, text="", markup="", level="", attribution="", link_only=False):
        self.kind, self.tag, self.text, self.html = kind, tag, text, markup
        self.level, self.attribution, self.link_only = level, attribution, link_only


def has_blocks(tag):
    return any(isinstance(child, Tag) and child.name in BLOCK_TAGS for child in tag.children)


def items(container, out, depth=0):
    """Flatten the page into blocks in reading order.

    Python's HTML parser, unlike a browser, does not close a paragraph when a block starts inside it: such a
    paragraph is read as a container, so that each part of it becomes a paragraph of its own.
    """
    if depth > MAX_DEPTH:
        raise LegacyImportError(f"the HTML is nested more than {MAX_DEPTH} levels deep; not an old page")
    pending = []

    def flush():
        text, markup = tidy(*inline(pending, depth))
        if text:
            out.append(Item("paragraph", container, text, f"<p>{markup}</p>"))
        pending.clear()

    for child in container.children:
        if not isinstance(child, Tag) and not is_text(child):
            continue  # comments, doctype, processing instructions
        if is_text(child) or child.name not in BLOCK_TAGS:
            pending.append(child)
            continue
        flush()
        name = child.name
        if name in ("p", "pre", "address") and not has_blocks(child):
            text, markup = tidy(*inline(child.children, depth))
            if text:
                out.append(Item("paragraph", child, text, f"<p>{markup}</p>"))
        elif name in ("h1", "h2", "h3", "h4", "h5", "h6"):
            text = clean(inline(child.children, depth)[0])
            if text:
                out.append(Item("heading", child, text, level=name if name in ("h1", "h2", "h3") else "h4"))
        elif name == "blockquote":
            out.append(blockquote(child, depth))
        elif name in ("ul", "ol"):
            item = list_item(child, depth)
            if item:
                out.append(item)
        elif name == "table":
            out.append(Item("table", child))
        elif name in ("hr", "figure"):
            continue  # a figure's image and caption are left out; the report counts the images
        else:
            items(child, out, depth + 1)
    flush()


def blockquote(tag, depth):
    paragraphs = tag.find_all("p") or [tag]
    parts = [tidy(*inline(paragraph.children, depth))[0] for paragraph in paragraphs]
    text = "\n\n".join(part for part in parts if part)
    return Item("quote", tag, whole_quote(text) or text, attribution=tag.get("data-attribution", ""))


def list_entries(tag):
    """The <li> of a list, with the <li> that the HTML left unclosed inside them."""
    entries = [child for child in tag.children if isinstance(child, Tag) and child.name == "li"]
    while entries:
        entry = entries.pop(0)
        yield entry
        entries[:0] = [child for child in entry.children if isinstance(child, Tag) and child.name == "li"]


def list_item(tag, depth):
    texts, markups = [], []
    link_only = True
    for entry in list_entries(tag):
        own = [child for child in entry.children if not (isinstance(child, Tag) and child.name == "li")]
        text, markup = tidy(*inline(own, depth))
        if not text:
            continue
        links = clean(" ".join(a.get_text(" ") for a in entry.find_all("a")))
        if not links or links != clean(text):
            link_only = False
        texts.append(text)
        markups.append(f"<li>{markup}</li>")
    if not texts:
        return None
    name = "ol" if tag.name == "ol" else "ul"
    plain = "\n".join(f"- {text}" for text in texts)
    return Item("list", tag, plain, f"<{name}>{''.join(markups)}</{name}>", link_only=link_only)


def in_content(tag):
    """Whether a heading is inside the page's main content (<main>, <article> or role="main")."""
    return any(parent.name in ("article", "main") or parent.get("role") == "main" for parent in tag.parents)


def read_html(source):
    """The parts of an old page saved as HTML."""
    soup = parse(source)
    date = meta_date(soup)
    keep_attributions(soup)
    remove_skipped(soup)
    date = date or time_date(soup)
    date_source = "HTML" if date else ""
    found = []
    items(soup, found)
    if not found:
        raise LegacyImportError("no article text found (only site navigation, scripts or forms)")

    titles = [i for i, item in enumerate(found) if item.kind == "heading" and item.level == "h1"]
    if not titles:
        # No <h1>: read the page's blocks as lines of text, as if it had been saved as text.
        lines = [clean(item.text.replace("\n", " ")) for item in found if item.kind != "table"]
        return read_lines([line for line in lines if line], date, date_source)
    title_index = next((i for i in titles if in_content(found[i].tag)), titles[0])
    after = found[title_index + 1 :]
    while after and (
        after[-1].link_only or (after[-1].kind != "quote" and menu_key(after[-1].text) in MENU_KEYS)
    ):
        after.pop()

    notes = []
    blocks = []
    for item in after:
        if item.kind == "paragraph":
            if not blocks and date_line(item.text):
                date, date_source = date or date_line(item.text), date_source or "date line"
            elif quoted := whole_quote(item.text):
                blocks.append(Quote(quoted))
            else:
                blocks.append(Paragraph(item.text, item.html))
        elif item.kind == "list":
            blocks.append(Paragraph(item.text, item.html))
        elif item.kind == "quote":
            name, _sep, role = item.attribution.partition(",")
            blocks.append(Quote(item.text, name.strip(), role.strip()))
        elif item.kind == "heading":
            blocks.append(Heading(item.text, "h2" if item.level in ("h1", "h2") else item.level))
        elif item.kind == "table":
            notes.append("a table was left out; please add it by hand")
    images = found[title_index].tag.find_all_next("img")
    if images:
        notes.append(f"{len(images)} image(s) left out; please add them by hand")
    while blocks and isinstance(blocks[-1], Heading):
        blocks.pop()
    return ArticleParts(found[title_index].text, blocks, date, date_source, notes)


def cut_leading_text(paragraph_html, rest):
    """The paragraph's markup without the text before `rest` (a dateline), its links and emphasis kept.

    Returns None when the markup cannot be cut so that exactly `rest` is left (the caller then keeps `rest`
    as plain text).
    """
    paragraph = parse(paragraph_html).p
    if paragraph is None:
        return None
    strings = [node for node in paragraph.descendants if is_text(node)]
    rest = rest.replace("\n", "")  # line breaks are <br/> in the markup
    to_drop = len("".join(strings)) - len(rest)
    for string in strings:
        if to_drop <= 0:
            break
        if len(string) <= to_drop:
            to_drop -= len(string)
            string.extract()
        else:
            string.replace_with(string[to_drop:].lstrip())
            to_drop = 0
    for tag in reversed(paragraph.find_all(True)):  # innermost first
        if tag.name != "br" and not tag.get_text() and not tag.find("br"):
            tag.decompose()
    while (
        paragraph.contents and isinstance(paragraph.contents[0], Tag) and paragraph.contents[0].name == "br"
    ):
        paragraph.contents[0].decompose()
    left = "".join(node for node in paragraph.descendants if is_text(node))
    if clean(left) != clean(rest):
        return None
    return str(paragraph)
