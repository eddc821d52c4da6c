"""What an old page holds once read (`LegacyArticle`), and the rules that find its parts in plain text.

The old site repeats its navigation (menu labels and the intro paragraphs of its sections) at the top of every
page, then gives the article: a title, a first paragraph opening with a dateline ("Geneva – ..."), paragraphs
and quotations. The functions here read single lines and titles: dates in the site's four languages, datelines,
speakers named in a title, the kind of article, whole-paragraph quotations. Nothing here touches the database.
"""

import datetime
import re
import unicodedata
import uuid
from dataclasses import dataclass, field

from django.utils.text import slugify

KIND_STATEMENT = "statement"
KIND_PRESS_RELEASE = "press_release"
KIND_NEWS = "news"

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
NAME_PARTICLES = {"de", "da", "do", "dos", "das", "du", "van", "von", "der", "den", "di", "del", "la", "le", "el", "al", "bin"}  # fmt: skip
_NAME_TOKEN_RE = re.compile(r"[^\W\d_][\w.'’-]*")

_QUOTE_MARKS = {"“": "”", "\"": "\"", "«": "»", "„": "“", "»": "«", "‘": "’"}  # fmt: skip
_DATELINE_SEPARATORS = (" – ", " — ", " -- ", " - ")
SENTENCE_END_RE = re.compile(r"[.!?…][”\"’»)\]]*$")
BULLET_RE = re.compile(r"^[-–•*·]\s+(?P<item>\S.*)$")
INVISIBLE_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
SPACES_RE = re.compile(r"\s+")


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


@dataclass
class ArticleParts:
    """What a reader (of text or HTML) found, before the dateline, kind and speaker are worked out."""

    title: str
    blocks: list
    date: datetime.date | None = None
    date_source: str = ""
    warnings: list = field(default_factory=list)


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
    text = INVISIBLE_RE.sub("", text)
    return SPACES_RE.sub(" ", text).strip()


def menu_key(text):
    return clean(text).casefold().rstrip(":")


MENU_KEYS = {menu_key(label) for label in MENU_LABELS}


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
        elif token in NAME_PARTICLES and name and _capitalised_after_particles(tokens[index + 1 :]):
            name.append(token)
        else:
            break
        if len(name) == 5:
            break
    while name and name[-1] in NAME_PARTICLES:
        name.pop()
    return name


def _capitalised_after_particles(tokens):
    """Whether the tokens go on with a capitalised word after particles only ("la Test" in "de la Test")."""
    for token in tokens:
        if token[:1].isupper():
            return True
        if token not in NAME_PARTICLES:
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
                if token[:1].isupper() or (token in NAME_PARTICLES and name):
                    name.insert(0, token)
                else:
                    break
            while name and (name[0] in NAME_PARTICLES or name[0].casefold() in {"by", "from", "statement"}):
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
        not (w[:1].isupper() or w in NAME_PARTICLES or w in {"sur", "am", "an", "upon", "on"}) for w in words
    ):
        return None
    if place.isupper() and len(place.replace(" ", "")) <= 3:
        return None  # an acronym such as IOM or UN, not a place
    place = " ".join(word.title() if word.isupper() and len(word) > 3 else word for word in place.split(" "))
    return place, date, rest


def ends_sentence(line):
    return bool(SENTENCE_END_RE.search(line))


def attribution_line(line):
    """(name, role) of a line such as "– António Vitorino, IOM Director General" under a quotation."""
    match = re.match(r"^[-–—―]\s*(?P<who>[^\W\d_].{0,120})$", line)
    if not match or ends_sentence(match.group("who")) and len(match.group("who").split()) > 8:
        return None
    name, _sep, role = match.group("who").partition(",")
    return name.strip(), role.strip()
