"""Reading pages of the office's former website, saved as text or HTML, into articles.

The old site repeats its navigation (menu labels and the intro paragraphs of its sections) at the top of every
page, then gives the article: a title, a first paragraph opening with a dateline ("Geneva – ..."), paragraphs
and quotations. These functions find the article in such a page without touching the database; the
`import_legacy` command turns the result into a draft page.
"""

import codecs
import datetime
import html
import re
import unicodedata
import uuid
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from django.utils.text import slugify

KIND_STATEMENT = "statement"
KIND_PRESS_RELEASE = "press_release"
KIND_NEWS = "news"

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_PLACE_LENGTH = 40
MAX_SLUG_LENGTH = 80

# The old site's menu, repeated at the top of every saved page (and sometimes in its footer).
MENU_LABELS = (
    "Who We Are",
    "About",
    "IOM Global",
    "Our Work",
    "Cross-cutting (Global)",
    "Data and Resources",
    "Take Action",
    "2030 Agenda",
    "Home",
    "News",
    "Media",
    "Contact",
    "Contact Us",
    "Search",
    "Menu",
    "Main menu",
    "Main navigation",
    "Skip to main content",
    "Back to top",
    "Share",
    "Print",
)

_MONTHS = {
    # English
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
    # French
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
    # Dutch
    "januari": 1, "februari": 2, "maart": 3, "mei": 5, "juni": 6, "juli": 7, "augustus": 8,
    "oktober": 10,
    # German
    "januar": 1, "februar": 2, "märz": 3, "marz": 3, "maerz": 3, "dezember": 12,
}  # fmt: skip
_MONTH_RE = "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True))
_DATE_PATTERNS = (
    # 18 December 2021, 1er décembre 2021, 18. Dezember 2021, 18 Dec. 2021
    re.compile(
        rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th|er|e)?\.?\s+(?P<month>{_MONTH_RE})\.?,?\s+(?P<year>\d{{4}})(?!\d)",
        re.IGNORECASE,
    ),
    # December 18, 2021
    re.compile(
        rf"\b(?P<month>{_MONTH_RE})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})(?!\d)",
        re.IGNORECASE,
    ),
    # 2021-12-18 (and the start of an ISO timestamp)
    re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})(?!\d)"),
    # 18/12/2021 or 18.12.2021: day first, as in Belgium and Luxembourg
    re.compile(r"\b(?P<day>\d{1,2})[/.](?P<month>\d{1,2})[/.](?P<year>\d{4})(?!\d)"),
)
# Words that may stand beside a date on a line of its own: "Published on Monday, 18 December 2021".
_DATE_LINE_WORDS = {
    "published", "posted", "updated", "date", "on", "le", "publié", "publie", "gepubliceerd", "op",
    "veröffentlicht", "am", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "maandag", "dinsdag",
    "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "montag", "dienstag", "mittwoch",
    "donnerstag", "freitag", "samstag", "sonntag",
}  # fmt: skip

_KIND_PATTERNS = (
    (
        KIND_PRESS_RELEASE,
        re.compile(r"\b(press release|communiqué de presse|persbericht|pressemitteilung)\b", re.I),
    ),
    (KIND_STATEMENT, re.compile(r"\b(statement|déclaration|verklaring|erklärung)\b", re.I)),
)

# "IOM Director General António Vitorino", "Director General of IOM, António Vitorino", "António Vitorino, IOM
# Director General". The role is matched whatever its case; the name must be capitalised words.
_ROLE_RE = re.compile(
    r"(?i:(?:(?:IOM|OIM|UN|United Nations)(?:['’]s)?\s+)?(?:Deputy\s+)?"
    r"(?:Director[- ]General|Chief of Mission|Regional Director|Special Envoy|Spokesperson|"
    r"Secretary[- ]General|High Commissioner|Directeur général|Directrice générale|Chef de mission|"
    r"Cheffe de mission|Directeur-generaal|Generaldirektor(?:in)?)"
    r"(?:\s+(?:of\s+(?:the\s+)?IOM|de\s+l['’]OIM|van\s+(?:de\s+)?IOM|der\s+IOM))?)"
)
_NAME_PARTICLES = {"de", "da", "do", "dos", "das", "du", "van", "von", "der", "den", "di", "del", "la", "le", "el", "al", "bin"}  # fmt: skip
_NAME_TOKEN_RE = re.compile(r"[^\W\d_][\w.'’-]*")

_QUOTE_MARKS = {"“": "”", "\"": "\"", "«": "»", "„": "“", "»": "«", "‘": "’"}  # fmt: skip
_DATELINE_SEPARATORS = (" – ", " — ", " -- ", " - ")
_SENTENCE_END_RE = re.compile(r"[.!?…][”\"’»)\]]*$")
_BULLET_RE = re.compile(r"^[-–•*·]\s+(?P<item>\S.*)$")
_GLUE_INVISIBLE_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES_RE = re.compile(r"\s+")


class LegacyImportError(ValueError):
    """A file that cannot be read as an article; the message says why, for the import report."""


@dataclass
class Paragraph:
    """A paragraph (or a list) of the article: its plain text, and its rich text for Wagtail."""

    text: str
    html: str


@dataclass
class Quote:
    text: str
    attribution: str = ""
    role: str = ""


@dataclass
class Heading:
    text: str
    level: str = "h2"


@dataclass
class LegacyArticle:
    """What an old page holds: the article without the site's navigation."""

    title: str
    blocks: list = field(default_factory=list)
    kind: str = ""  # "statement" or "press_release" when the title says so; empty when it does not
    place: str = ""
    date: datetime.date | None = None
    date_source: str = ""
    speaker_name: str = ""
    speaker_role: str = ""
    warnings: list = field(default_factory=list)

    @property
    def paragraphs(self):
        return [block for block in self.blocks if isinstance(block, Paragraph)]

    @property
    def quotes(self):
        return [block for block in self.blocks if isinstance(block, Quote)]

    @property
    def slug(self):
        return slug_for(self.title)

    def stream_data(self):
        """The body in StreamField's JSON form: consecutive paragraphs share one text block."""
        data = []
        for block in self.blocks:
            if isinstance(block, Paragraph):
                if data and data[-1]["type"] == "paragraph":
                    data[-1]["value"] += block.html
                else:
                    data.append({"type": "paragraph", "value": block.html})
            elif isinstance(block, Quote):
                value = {"quote": block.text, "attribution": block.attribution, "role": block.role}
                data.append({"type": "quote", "value": value})
            elif isinstance(block, Heading):
                data.append({"type": "heading", "value": {"text": block.text, "level": block.level}})
        return data


# Reading files ---------------------------------------------------------------------------------------------


def read_source(path):
    """The text of a file: UTF-8 (or UTF-16 with a byte order mark), else Windows-1252. Returns (text, notes)."""
    try:
        with Path(path).open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except IsADirectoryError:
        raise LegacyImportError("is a directory, not a file") from None
    except FileNotFoundError:
        raise LegacyImportError("no such file") from None
    except OSError as exc:
        raise LegacyImportError(f"cannot be read ({exc.strerror or exc})") from None
    if len(data) > MAX_FILE_BYTES:
        raise LegacyImportError(f"is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB; not an old page")
    notes = []
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise LegacyImportError("unreadable encoding (broken UTF-16)") from None
    elif b"\x00" in data[:8192]:
        raise LegacyImportError("is not a text file (binary content)")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError:
                raise LegacyImportError("unreadable encoding (neither UTF-8 nor Windows-1252)") from None
            notes.append("read as Windows-1252, not UTF-8; please check accented letters")
    if not text.strip():
        raise LegacyImportError("is empty")
    controls = sum(1 for char in text if unicodedata.category(char) == "Cc" and char not in "\t\n\r\f")
    if controls > max(3, len(text) // 100):
        raise LegacyImportError("is not a text file (control characters)")
    return text, notes


def looks_like_html(text, name=""):
    if str(name).lower().endswith((".html", ".htm", ".xhtml")):
        return True
    return bool(
        re.match(r"\s*(<!doctype\s+html|<html|<head|<body|<article|<main|<h1|<p[\s>]|<div)", text, re.I)
    )


def parse_source(text, name=""):
    """Parse an old page given as text or HTML (told apart by the file name or the content)."""
    return parse_html(text) if looks_like_html(text, name) else parse_text(text)


def parse_file(path):
    text, notes = read_source(path)
    article = parse_source(text, path)
    article.warnings[:0] = notes
    return article


def slug_for(title):
    """The page's slug, which is also how a second import finds the page made by the first."""
    slug = _shorten(slugify(title)) or _shorten(slugify(title, allow_unicode=True))
    return slug or f"imported-{uuid.uuid5(uuid.NAMESPACE_URL, title).hex[:12]}"


def _shorten(slug):
    """At most MAX_SLUG_LENGTH characters, cut between words where possible."""
    if len(slug) > MAX_SLUG_LENGTH:
        cut = slug[: MAX_SLUG_LENGTH + 1]
        slug = cut.rsplit("-", 1)[0] if "-" in cut else cut[:MAX_SLUG_LENGTH]
    return slug.strip("-")


# Small text helpers ----------------------------------------------------------------------------------------


def clean(text):
    """One line of text: composed accents, ordinary spaces, no invisible characters, single spaces."""
    text = unicodedata.normalize("NFC", text)
    text = _GLUE_INVISIBLE_RE.sub("", text)
    return _SPACES_RE.sub(" ", text).strip()


def _key(text):
    return clean(text).casefold().rstrip(":")


_MENU_KEYS = {_key(label) for label in MENU_LABELS}


def find_date(text):
    """The first full date (day, month and year) in the text, as (date, match), or (None, None)."""
    found = []
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            month = match.group("month")
            month = int(month) if month.isdigit() else _MONTHS.get(month.casefold().rstrip("."))
            try:
                found.append(
                    (
                        match.start(),
                        datetime.date(int(match.group("year")), month, int(match.group("day"))),
                        match,
                    )
                )
            except (TypeError, ValueError):
                continue
            break
    if not found:
        return None, None
    _start, date, match = min(found, key=lambda item: item[0])
    return date, match


def date_line(line):
    """The date of a line that holds only a date ("Published on 18 December 2021"), else None."""
    if len(line) > 60:
        return None
    date, match = find_date(line)
    if not date:
        return None
    rest = (line[: match.start()] + " " + line[match.end() :]).casefold()
    words = re.findall(r"[^\W\d_]+", rest)
    return date if all(word in _DATE_LINE_WORDS for word in words) else None


def detect_kind(title):
    for kind, pattern in _KIND_PATTERNS:
        if pattern.search(title):
            return kind
    return ""


def _name_tokens(tokens):
    """The leading tokens that form a person's name: capitalised words, with particles such as "da" inside."""
    name = []
    for index, token in enumerate(tokens):
        if token[:1].isupper():
            name.append(token)
        elif token in _NAME_PARTICLES and name and _capitalised_after_particles(tokens[index + 1 :]):
            name.append(token)
        else:
            break
        if len(name) == 5:
            break
    while name and name[-1] in _NAME_PARTICLES:
        name.pop()
    return name


def _capitalised_after_particles(tokens):
    """Whether the tokens go on with a capitalised word after particles only ("la Test" in "de la Test")."""
    for token in tokens:
        if token[:1].isupper():
            return True
        if token not in _NAME_PARTICLES:
            return False
    return False


def detect_speaker(title):
    """(name, role) of the person a title names with their role, e.g. "IOM Director General António Vitorino"."""
    for match in _ROLE_RE.finditer(title):
        role = clean(match.group(0))
        after = re.match(r"[\s,]+(.*)", title[match.end() :])
        if after:
            # stop at the punctuation that ends a name: "António Vitorino: “…”", "António Vitorino, on …"
            segment = re.split(r"[:;,“”\"«»(]| [–—-] ", after.group(1), maxsplit=1)[0]
            name = _name_tokens(_NAME_TOKEN_RE.findall(segment))
            if len(name) >= 2:
                return " ".join(name).rstrip(".,"), role
        before = re.search(r"([^\W\d_][\w.'’ -]*?)\s*,\s*$", title[: match.start()])
        if before:
            tokens = _NAME_TOKEN_RE.findall(before.group(1))
            name = []
            for token in reversed(tokens):
                if token[:1].isupper() or (token in _NAME_PARTICLES and name):
                    name.insert(0, token)
                else:
                    break
            while name and (name[0] in _NAME_PARTICLES or name[0].casefold() in {"by", "from", "statement"}):
                name.pop(0)
            if 2 <= len(name) <= 5:
                return " ".join(name), role
    return "", ""


def whole_quote(text):
    """The words inside a paragraph that is nothing but a quotation (“…” or "..."), else None."""
    if len(text) < 3 or text[0] not in _QUOTE_MARKS:
        return None
    opening, closing = text[0], _QUOTE_MARKS[text[0]]
    body = text[1:]
    if body.endswith((closing + ".", closing + ",")):
        body = body[:-1]
    if not body.endswith(closing):
        return None
    inner = body[:-1]
    if closing in inner or (opening != closing and opening in inner):
        return None
    inner = inner.strip()
    return inner or None


def split_dateline(text):
    """Split "Geneva – International Migrants Day…" into (place, date or None, rest of the paragraph).

    The part before the dash counts as a dateline only if it is short and capitalised, like a place name, and
    may carry a date ("Brussels, 3 March 2023 – …"). Returns None when the paragraph has no dateline.
    """
    cuts = [(text.find(sep), sep) for sep in _DATELINE_SEPARATORS if text.find(sep) > 0]
    if not cuts:
        return None
    index, sep = min(cuts)
    head, rest = text[:index].strip(), text[index + len(sep) :].strip()
    if not rest or len(head) > MAX_PLACE_LENGTH + 30:
        return None
    date, match = find_date(head)
    place = head
    if date:
        place = (head[: match.start()] + head[match.end() :]).strip(" ,")
    if not place:
        return ("", date, rest) if date else None
    if len(place) > MAX_PLACE_LENGTH or re.search(r"[\d.!?:;\"“”«»()]", place):
        return None
    words = place.replace(",", " ").split()
    if not words or len(words) > 5 or not words[0][:1].isupper():
        return None
    if any(
        not (w[:1].isupper() or w in _NAME_PARTICLES or w in {"sur", "am", "an", "upon", "on"}) for w in words
    ):
        return None
    if place.isupper() and len(place.replace(" ", "")) <= 3:
        return None  # an acronym such as IOM or UN, not a place
    place = " ".join(word.title() if word.isupper() and len(word) > 3 else word for word in place.split(" "))
    return place, date, rest


def _ends_sentence(line):
    return bool(_SENTENCE_END_RE.search(line))


def _attribution(line):
    """(name, role) of a line such as "– António Vitorino, IOM Director General" under a quotation."""
    match = re.match(r"^[-–—―]\s*(?P<who>[^\W\d_].{0,120})$", line)
    if not match or _ends_sentence(match.group("who")) and len(match.group("who").split()) > 8:
        return None
    name, _sep, role = match.group("who").partition(",")
    return name.strip(), role.strip()


# Plain text ------------------------------------------------------------------------------------------------


class _NavigationFilter:
    """Tells the repeated site navigation from the article, line by line, learning the labels it meets."""

    def __init__(self):
        self.labels = set(_MENU_KEYS)
        self.short_lines = {}

    def is_navigation(self, index, line, previous):
        key = _key(line)
        if line.strip("-–—•*|›»· ") == "":
            return True
        bullet = _BULLET_RE.match(line)
        if bullet and len(line) <= 60 and not _ends_sentence(line):
            self.labels.add(_key(bullet.group("item")))
            return True
        if key in self.labels or (previous is not None and key == _key(previous) and len(line) <= 60):
            self.labels.add(key)
            return True
        # A section intro glued to its heading: "WHO WE AREThe International…", "Our WorkAs the leading…"
        for label in [*self.labels, *self.short_lines]:
            if len(label) >= 3 and len(line) > len(label) + 20 and line[: len(label)].casefold() == label:
                following = line[len(label)]
                if following.isupper() or following.isdigit():
                    self.labels.add(label)
                    return True
        if len(line) <= 60 and not _ends_sentence(line):
            self.short_lines.setdefault(key, index)
        return False

    def is_footer(self, line):
        bullet = _BULLET_RE.match(line)
        item = bullet.group("item") if bullet else line
        return (
            line.strip("-–—•*|›»· ") == ""
            or _key(item) in self.labels
            or bool(re.match(r"^(©|\(c\)|copyright\b)", line, re.I))
        )


def _is_body_line(line):
    """A line that reads like article text rather than a menu label or a title."""
    words = len(line.split())
    if len(line) >= 200:
        return True
    if re.search(r"[.…][”\"’»)\]]*$", line):
        return words >= 5
    return _ends_sentence(line) and len(line) >= 60 and words >= 10


def parse_text(text):
    """Parse an old page saved as text: navigation, then title, then one paragraph per line."""
    lines = [clean(line) for line in text.splitlines()]
    lines = [line for line in lines if line]
    return _parse_lines(lines)


def _parse_lines(lines, date=None, date_source=""):
    if not lines:
        raise LegacyImportError("is empty")
    navigation = _NavigationFilter()
    nav_indexes = set()
    first_body = len(lines)
    for index, line in enumerate(lines):
        previous = lines[index - 1] if index else None
        if navigation.is_navigation(index, line, previous):
            nav_indexes.add(index)
            # the label a glued intro starts with was navigation too
            for label, label_index in list(navigation.short_lines.items()):
                if label in navigation.labels:
                    nav_indexes.add(label_index)
                    del navigation.short_lines[label]
        elif _is_body_line(line):
            first_body = index
            break

    warnings = []
    last_nav = max((i for i in nav_indexes if i < first_body), default=-1)
    dates = {i: date_line(lines[i]) for i in range(last_nav + 1, min(first_body + 1, len(lines)))}
    candidates = [i for i in range(last_nav + 1, first_body) if i not in nav_indexes and not dates.get(i)]
    if candidates and first_body == len(lines):
        # nothing reads like article text: the title is the first line after the navigation
        title_index = candidates[0]
    elif candidates:
        title_index = candidates[-1]
        skipped = [lines[i] for i in candidates[:-1]]
        if skipped:
            warnings.append("left out before the title: " + "; ".join(f"“{s[:60]}”" for s in skipped))
    elif first_body < len(lines) - 1:
        title_index = first_body  # a title that reads like a sentence
    else:
        raise LegacyImportError("no title found (only site navigation, or no text after the title)")
    title = lines[title_index]
    for i in range(last_nav + 1, title_index):
        if dates.get(i) and date is None:
            date, date_source = dates[i], "date line"

    body = lines[title_index + 1 :]
    while body and date_line(body[0]):
        if date is None:
            date, date_source = date_line(body[0]), "date line"
        body.pop(0)
    while body and navigation.is_footer(body[-1]):
        body.pop()
    blocks = _text_blocks(body)
    return _finish(title, blocks, date, date_source, warnings)


def _text_blocks(lines):
    blocks = []
    index = 0
    while index < len(lines):
        line = lines[index]
        quoted = whole_quote(line)
        if quoted:
            quote = Quote(quoted)
            who = _attribution(lines[index + 1]) if index + 1 < len(lines) else None
            if who:
                quote.attribution, quote.role = who
                index += 1
            blocks.append(quote)
        elif _BULLET_RE.match(line):
            items = []
            while index < len(lines) and _BULLET_RE.match(lines[index]):
                items.append(_BULLET_RE.match(lines[index]).group("item"))
                index += 1
            html_items = "".join(f"<li>{html.escape(item, quote=False)}</li>" for item in items)
            blocks.append(Paragraph("\n".join(f"- {item}" for item in items), f"<ul>{html_items}</ul>"))
            continue
        else:
            blocks.append(Paragraph(line, f"<p>{html.escape(line, quote=False)}</p>"))
        index += 1
    return blocks


def _finish(title, blocks, date, date_source, warnings):
    """What text and HTML share once the body is found: dateline, date, kind and speaker."""
    title = clean(title)
    if not title:
        raise LegacyImportError("no title found")
    if len(title) > 255:
        raise LegacyImportError("the title is longer than 255 characters; is the file an old page?")
    article = LegacyArticle(title=title, blocks=blocks, warnings=warnings, kind=detect_kind(title))
    article.speaker_name, article.speaker_role = detect_speaker(title)
    first = next((b for b in blocks if isinstance(b, Paragraph) and b.html.startswith("<p>")), None)
    if first is not None:
        dateline = split_dateline(first.text)
        if dateline:
            place, dateline_date, rest = dateline
            article.place = place
            if dateline_date and date is None:
                date, date_source = dateline_date, "dateline"
            first.html = _strip_html_prefix(first.html, len(first.text) - len(rest)) or (
                f"<p>{html.escape(rest, quote=False)}</p>"
            )
            first.text = rest
    if date is None:
        for block in blocks:
            found, _match = find_date(block.text)
            if found:
                date, date_source = found, "text"
                article.warnings.append(
                    f"date {found.isoformat()} taken from the article's text; please check"
                )
                break
    article.date, article.date_source = date, date_source
    if not article.paragraphs:
        raise LegacyImportError("no paragraphs found after the title")
    return article


def _strip_html_prefix(paragraph_html, length):
    """Remove the first `length` characters of text from "<p>…</p>", keeping the markup after them.

    Returns None when the cut would fall inside an element (the caller then falls back to plain text).
    """
    inner = paragraph_html[3:-4]
    consumed = 0
    position = 0
    depth = 0
    while position < len(inner) and consumed < length:
        if inner[position] == "<":
            end = inner.find(">", position)
            if end < 0:
                return None
            tag = inner[position : end + 1]
            if tag.startswith("</"):
                depth -= 1
            elif not tag.endswith("/>"):
                depth += 1
            position = end + 1
            continue
        if inner[position] == "&":
            end = inner.find(";", position)
            position = end + 1 if 0 < end - position < 10 else position + 1
        else:
            position += 1
        consumed += 1
    # closing tags of the dateline's own markup ("<b>Geneva</b> – …")
    while depth > 0 and inner.startswith("</", position):
        position = inner.find(">", position) + 1
        depth -= 1
    if depth != 0:
        return None
    rest = inner[position:].lstrip()
    if not rest or _plain(rest) != _plain(inner)[length:].strip():
        return None
    return f"<p>{rest}</p>"


def _plain(markup):
    return _SPACES_RE.sub(
        " ", html.unescape(re.sub(r"<br/>", "\n", re.sub(r"<(?!br/>)[^>]*>", "", markup)))
    ).strip()


# HTML ------------------------------------------------------------------------------------------------------

_VOID_TAGS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}  # fmt: skip
_SKIP_TAGS = {
    "head", "nav", "aside", "footer", "script", "style", "noscript", "template", "form", "svg", "button",
    "select", "textarea", "iframe", "object", "canvas", "map", "dialog", "menu", "#attribution",
}  # fmt: skip
_SKIP_ROLES = {"navigation", "contentinfo", "search", "menu", "menubar", "banner", "complementary"}
_SKIP_CLASS_WORDS = {"breadcrumb", "breadcrumbs", "menu", "navbar", "nav", "navigation", "sidebar", "share", "sharing", "social", "cookie", "cookies", "skip"}  # fmt: skip
_BLOCK_TAGS = {
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "dl", "table", "div", "section", "article",
    "main", "header", "footer", "nav", "aside", "figure", "figcaption", "pre", "address", "hr", "li", "body", "html",
    "form", "details", "summary",
}  # fmt: skip
_MAX_DEPTH = 200


class _Node:
    __slots__ = ("tag", "attrs", "children", "parent", "order")

    def __init__(self, tag, attrs=None, parent=None, order=0):
        self.tag, self.attrs, self.children, self.parent = tag, dict(attrs or {}), [], parent
        self.order = order  # position of the start tag in the document

    def ancestors(self):
        node = self.parent
        while node is not None:
            yield node
            node = node.parent

    def iter(self):
        stack = [self]
        while stack:
            node = stack.pop()
            yield node
            stack.extend(reversed([child for child in node.children if isinstance(child, _Node)]))

    def text(self):
        parts = []
        stack = [self]
        while stack:
            node = stack.pop()
            if isinstance(node, str):
                parts.append(node)
            elif not _skipped(node):
                stack.extend(reversed(node.children))
        return clean(" ".join(parts))


class _TreeBuilder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = _Node("#document")
        self.stack = [self.root]
        self.count = 0

    def handle_starttag(self, tag, attrs):
        if tag in _BLOCK_TAGS and any(node.tag == "p" for node in self.stack):
            self._close("p")  # a block closes an open paragraph, as browsers do
        if tag == "li" and self.stack[-1].tag == "li":
            self._close("li")
        parent = self.stack[-1]
        node = _Node(tag, [(name, value or "") for name, value in attrs], parent, self._next_order())
        parent.children.append(node)
        if tag not in _VOID_TAGS and len(self.stack) < _MAX_DEPTH:
            self.stack.append(node)

    def handle_startendtag(self, tag, attrs):
        parent = self.stack[-1]
        parent.children.append(
            _Node(tag, [(name, value or "") for name, value in attrs], parent, self._next_order())
        )

    def _next_order(self):
        self.count += 1
        return self.count

    def handle_endtag(self, tag):
        self._close(tag)

    def _close(self, tag):
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data):
        self.stack[-1].children.append(data)


def _skipped(node):
    if node.tag in _SKIP_TAGS:
        return True
    if node.attrs.get("role", "").casefold() in _SKIP_ROLES or "hidden" in node.attrs:
        return True
    if node.attrs.get("aria-hidden") == "true":
        return True
    words = set(
        re.split(r"[\s_-]+", (node.attrs.get("class", "") + " " + node.attrs.get("id", "")).casefold())
    )
    return bool(words & _SKIP_CLASS_WORDS)


def _inline(children):
    """(plain text, Wagtail rich-text HTML) of inline content: bold, italic, links and line breaks are kept."""
    text, markup = [], []
    for child in children:
        if isinstance(child, str):
            piece = _GLUE_INVISIBLE_RE.sub("", unicodedata.normalize("NFC", child))
            piece = _SPACES_RE.sub(" ", piece)
            text.append(piece)
            markup.append(html.escape(piece, quote=False))
            continue
        if _skipped(child):
            continue
        if child.tag == "br":
            text.append("\n")
            markup.append("<br/>")
            continue
        if child.tag == "img":
            continue  # images are not imported; the report counts them
        inner_text, inner_html = _inline(child.children)
        text.append(inner_text)
        if not inner_text.strip():
            markup.append(inner_html)
        elif child.tag in ("b", "strong"):
            markup.append(f"<b>{inner_html}</b>")
        elif child.tag in ("i", "em"):
            markup.append(f"<i>{inner_html}</i>")
        elif child.tag == "a" and re.match(r"(?i)^(https?://|mailto:)", child.attrs.get("href", "").strip()):
            markup.append(f'<a href="{html.escape(child.attrs["href"].strip())}">{inner_html}</a>')
        else:
            markup.append(inner_html)
    return "".join(text), "".join(markup)


def _tidy(text, markup):
    text = "\n".join(_SPACES_RE.sub(" ", part).strip() for part in text.split("\n")).strip()
    markup = _SPACES_RE.sub(" ", markup).strip()
    markup = re.sub(r"^(?:<br/>\s*)+|(?:\s*<br/>)+$", "", markup)
    markup = re.sub(r"\s*<br/>\s*", "<br/>", markup)
    return text, markup


class _Item:
    """One block of the page in reading order, before the title is known."""

    __slots__ = ("kind", "node", "text", "html", "level", "attribution", "link_only")

    def __init__(self, kind, node, text="", markup="", level="", attribution="", link_only=False):
        self.kind, self.node, self.text, self.html = kind, node, text, markup
        self.level, self.attribution, self.link_only = level, attribution, link_only


def _items(node, out):
    """Flatten the page into blocks in reading order, leaving out navigation, scripts and forms."""
    pending = []

    def flush():
        text, markup = _tidy(*_inline(pending))
        if text:
            out.append(_Item("paragraph", node, text, f"<p>{markup}</p>"))
        pending.clear()

    for child in node.children:
        if isinstance(child, str) or (child.tag not in _BLOCK_TAGS and not _skipped(child)):
            pending.append(child)
            continue
        flush()
        if _skipped(child):
            continue
        tag = child.tag
        if tag == "p" or tag == "pre" or tag == "address":
            text, markup = _tidy(*_inline(child.children))
            if text:
                out.append(_Item("paragraph", child, text, f"<p>{markup}</p>"))
        elif tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            text = clean(_inline(child.children)[0])
            if text:
                level = {"h1": "h1", "h2": "h2", "h3": "h3"}.get(tag, "h4")
                out.append(_Item("heading", child, text, level=level))
        elif tag == "blockquote":
            out.append(_blockquote(child))
        elif tag in ("ul", "ol"):
            item = _list(child)
            if item:
                out.append(item)
        elif tag == "table":
            out.append(_Item("table", child))
        elif tag in ("hr", "figure"):
            continue  # a figure's image and caption are left out; the report counts the images
        else:
            _items(child, out)
    flush()


def _blockquote(node):
    attribution = ""
    for inner in node.iter():
        if inner.tag in ("cite", "footer", "figcaption") and inner is not node:
            attribution = clean(_inline(inner.children)[0]).lstrip("-–—― ")
            inner.tag = "#attribution"  # left out of the quotation's own text below
            break
    parts = []
    paragraphs = [child for child in node.iter() if child.tag == "p"]
    sources = paragraphs or [node]
    for source in sources:
        children = [c for c in source.children if not (isinstance(c, _Node) and c.tag == "#attribution")]
        text, _markup = _tidy(*_inline(children))
        if text:
            parts.append(text)
    text = "\n\n".join(parts)
    return _Item("quote", node, whole_quote(text) or text, attribution=attribution)


def _list(node):
    items = [child for child in node.children if isinstance(child, _Node) and child.tag == "li"]
    if not items:
        return None
    texts, markups = [], []
    link_only = True
    for item in items:
        text, markup = _tidy(*_inline(item.children))
        if not text:
            continue
        links = [a for a in item.iter() if a.tag == "a"]
        if not links or clean(" ".join(a.text() for a in links)) != clean(text):
            link_only = False
        texts.append(text)
        markups.append(f"<li>{markup}</li>")
    if not texts:
        return None
    tag = "ol" if node.tag == "ol" else "ul"
    plain = "\n".join(f"- {text}" for text in texts)
    return _Item("list", node, plain, f"<{tag}>{''.join(markups)}</{tag}>", link_only=link_only)


def _html_date(root):
    """The publication date that the page's markup states: <time datetime>, or a published-time meta tag."""
    for node in root.iter():
        if node.tag == "meta":
            name = (
                node.attrs.get("property") or node.attrs.get("name") or node.attrs.get("itemprop") or ""
            ).casefold()
            if name in {"article:published_time", "date", "datepublished", "dc.date", "dcterms.date"}:
                date, _match = find_date(node.attrs.get("content", ""))
                if date:
                    return date
    for node in root.iter():
        if node.tag == "time" and not any(_skipped(a) for a in node.ancestors()):
            date, _match = find_date(node.attrs.get("datetime", "") or node.text())
            if date:
                return date
    return None


def parse_html(source):
    """Parse an old page saved as HTML: the <h1> is the title, what follows it is the article."""
    builder = _TreeBuilder()
    builder.feed(source)
    builder.close()
    root = builder.root
    date = _html_date(root)
    date_source = "HTML" if date else ""
    items = []
    _items(root, items)

    titles = [i for i, item in enumerate(items) if item.kind == "heading" and item.level == "h1"]
    in_content = [
        i
        for i in titles
        if any(
            a.tag in ("article", "main") or a.attrs.get("role") == "main" for a in items[i].node.ancestors()
        )
    ]
    if not titles:
        # No <h1>: read the page's blocks as lines of text, as if it had been saved as text.
        lines = [clean(item.text.replace("\n", " ")) for item in items if item.kind != "table"]
        return _parse_lines([line for line in lines if line], date, date_source)
    title_index = (in_content or titles)[0]
    after = items[title_index + 1 :]
    while after and (
        after[-1].link_only or (after[-1].kind != "quote" and _key(after[-1].text) in _MENU_KEYS)
    ):
        after.pop()

    warnings = []
    blocks = []
    for item in after:
        if item.kind == "paragraph":
            if not blocks and date_line(item.text):
                date, date_source = date or date_line(item.text), date_source or "date line"
                continue
            quoted = whole_quote(item.text)
            if quoted:
                blocks.append(Quote(quoted))
            else:
                blocks.append(Paragraph(item.text, item.html))
        elif item.kind == "list":
            blocks.append(Paragraph(item.text, item.html))
        elif item.kind == "quote":
            name, _sep, role = item.attribution.partition(",")
            blocks.append(Quote(item.text, name.strip(), role.strip()))
        elif item.kind == "heading":
            level = "h2" if item.level in ("h1", "h2") else item.level
            blocks.append(Heading(item.text, level))
        elif item.kind == "table":
            warnings.append("a table was left out; please add it by hand")
    title_node = items[title_index].node
    images = [
        node
        for node in root.iter()
        if node.tag == "img"
        and node.order > title_node.order
        and not any(_skipped(a) for a in node.ancestors())
    ]
    if images:
        warnings.append(f"{len(images)} image(s) left out; please add them by hand")
    while blocks and isinstance(blocks[-1], Heading):
        blocks.pop()
    return _finish(items[title_index].text, blocks, date, date_source, warnings)
