"""Reading an old page saved as plain text: the site's navigation, then the title, then one paragraph per line.

Saved pages start with the old site's menu: labels ("Who We Are", "About"), often twice, bullets ("- Take
Action"), dashes, and section intros glued to their heading ("WHO WE AREThe International…"). The navigation
ends where the article's text starts: the first line that reads like a sentence. The title is the line just
before it; lines holding only a date ("Published on 3 March 2023") around the title give the date.
"""

import html
import re

from .article import (
    BULLET_RE,
    MENU_KEYS,
    ArticleParts,
    LegacyImportError,
    Paragraph,
    Quote,
    attribution_line,
    clean,
    date_line,
    ends_sentence,
    menu_key,
    whole_quote,
)

MAX_LABEL_LENGTH = 60
_DECORATION = "-–—•*|›»· "
_COPYRIGHT_RE = re.compile(r"^(©|\(c\)|copyright\b)", re.IGNORECASE)


class Navigation:
    """Tells the repeated site navigation from the article, line by line, learning the labels it meets."""

    def __init__(self):
        self.labels = set(MENU_KEYS)
        self.short_lines = {}  # short lines not (yet) known as labels: {key: index}
        self.indexes = set()  # the lines found to be navigation

    def read(self, index, line, previous):
        """Whether the line is navigation; a label learnt here also marks its earlier occurrence."""
        found = self._is_navigation(index, line, previous)
        if found:
            self.indexes.add(index)
            for label in [label for label in self.short_lines if label in self.labels]:
                self.indexes.add(self.short_lines.pop(label))
        elif len(line) <= MAX_LABEL_LENGTH and not ends_sentence(line):
            self.short_lines.setdefault(menu_key(line), index)
        return found

    def _is_navigation(self, index, line, previous):
        key = menu_key(line)
        if line.strip(_DECORATION) == "":
            return True
        bullet = BULLET_RE.match(line)
        if bullet and len(line) <= MAX_LABEL_LENGTH and not ends_sentence(line):
            self.labels.add(menu_key(bullet.group("item")))
            return True
        repeated = previous is not None and key == menu_key(previous) and len(line) <= MAX_LABEL_LENGTH
        if key in self.labels or repeated:
            self.labels.add(key)
            return True
        # A section intro glued to its heading: "WHO WE AREThe International…", "Our WorkAs the leading…"
        for label in [*self.labels, *self.short_lines]:
            if len(label) >= 3 and len(line) > len(label) + 20 and line[: len(label)].casefold() == label:
                following = line[len(label)]
                if following.isupper() or following.isdigit():
                    self.labels.add(label)
                    return True
        return False

    def is_footer(self, line):
        bullet = BULLET_RE.match(line)
        item = bullet.group("item") if bullet else line
        return (
            line.strip(_DECORATION) == "" or menu_key(item) in self.labels or bool(_COPYRIGHT_RE.match(line))
        )


def is_body_line(line):
    """A line that reads like article text rather than a menu label or a title."""
    words = len(line.split())
    if len(line) >= 200:
        return True
    if re.search(r"[.…][”\"’»)\]]*$", line):
        return words >= 5
    return ends_sentence(line) and len(line) >= 60 and words >= 10


def read_text(text):
    """The parts of an old page saved as text."""
    return read_lines([line for line in (clean(line) for line in text.splitlines()) if line])


def read_lines(lines, date=None, date_source=""):
    """The parts of a page given as lines of clean text (also used for HTML pages without an <h1>)."""
    if not lines:
        raise LegacyImportError("is empty")
    navigation = Navigation()
    first_body = len(lines)
    for index, line in enumerate(lines):
        if not navigation.read(index, line, lines[index - 1] if index else None) and is_body_line(line):
            first_body = index
            break

    start = max((i for i in navigation.indexes if i < first_body), default=-1) + 1
    dates = {i: date_line(lines[i]) for i in range(start, min(first_body + 1, len(lines)))}
    candidates = [i for i in range(start, first_body) if i not in navigation.indexes and not dates[i]]
    warnings = []
    if candidates and first_body == len(lines):
        title_index = candidates[0]  # nothing reads like article text: the first line after the navigation
    elif candidates:
        title_index = candidates[-1]
        if len(candidates) > 1:
            left_out = "; ".join(f"“{lines[i][:60]}”" for i in candidates[:-1])
            warnings.append(f"left out before the title: {left_out}")
    elif first_body < len(lines) - 1:
        title_index = first_body  # a title that reads like a sentence
    else:
        raise LegacyImportError("no title found (only site navigation, or no text after the title)")
    if date is None:
        date = next((dates[i] for i in range(start, title_index) if dates[i]), None)
        date_source = "date line" if date else date_source

    body = lines[title_index + 1 :]
    while body and date_line(body[0]):
        if date is None:
            date, date_source = date_line(body[0]), "date line"
        body.pop(0)
    while body and navigation.is_footer(body[-1]):
        body.pop()
    return ArticleParts(lines[title_index], text_blocks(body), date, date_source, warnings)


def text_blocks(lines):
    """Paragraphs, quotations (with the "– Name, role" line under them) and bulleted lists."""
    blocks = []
    index = 0
    while index < len(lines):
        line = lines[index]
        quoted = whole_quote(line)
        if quoted:
            quote = Quote(quoted)
            who = attribution_line(lines[index + 1]) if index + 1 < len(lines) else None
            if who:
                quote.attribution, quote.role = who
                index += 1
            blocks.append(quote)
            index += 1
        elif BULLET_RE.match(line):
            items = []
            while index < len(lines) and (bullet := BULLET_RE.match(lines[index])):
                items.append(bullet.group("item"))
                index += 1
            markup = "".join(f"<li>{html.escape(item, quote=False)}</li>" for item in items)
            blocks.append(Paragraph("\n".join(f"- {item}" for item in items), f"<ul>{markup}</ul>"))
        else:
            blocks.append(Paragraph(line, f"<p>{html.escape(line, quote=False)}</p>"))
            index += 1
    return blocks
