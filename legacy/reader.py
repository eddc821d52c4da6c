"""From a file to a `LegacyArticle`: reading the bytes safely, telling HTML from text, and finishing the article.

Files come from an editor's disk, not from the public, but may still be anything: a photo saved as .txt, a
page in an old encoding, a 50 MB export, deeply nested or broken markup. Each gives a `LegacyImportError`
whose message the import report shows; nothing here raises anything else for a bad file.
"""

import codecs
import html
import re
import unicodedata
from pathlib import Path

from bs4.dammit import EncodingDetector

from . import markup, text
from .article import (
    LegacyArticle,
    LegacyImportError,
    Paragraph,
    clean,
    detect_kind,
    detect_speaker,
    find_date,
    split_dateline,
)

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_TITLE_LENGTH = 255
_HTML_START_RE = re.compile(r"\s*(<!doctype\s+html|<html|<head|<body|<article|<main|<h1|<p[\s>]|<div)", re.I)


def read_bytes(path):
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
    return data


def decode(data, is_html=False):
    """(text, notes): UTF-16 with a byte order mark, the encoding an HTML page declares, UTF-8, else Windows-1252."""
    notes = []
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), notes
        except UnicodeDecodeError:
            raise LegacyImportError("unreadable encoding (broken UTF-16)") from None
    if b"\x00" in data[:8192]:
        raise LegacyImportError("is not a text file (binary content)")
    declared = EncodingDetector.find_declared_encoding(data, is_html=is_html) if is_html else None
    if declared:
        try:
            codec = codecs.lookup(declared).name
        except LookupError:
            codec = None
            notes.append(f"the page declares an unknown encoding ({declared[:40]}); read as UTF-8")
        if codec and codec not in ("utf-8", "utf-16", "utf-16-le", "utf-16-be"):
            try:
                return data.decode(codec), notes
            except UnicodeDecodeError:
                raise LegacyImportError(
                    f"unreadable encoding (not the {codec} that the page declares)"
                ) from None
    try:
        return data.decode("utf-8-sig"), notes
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise LegacyImportError("unreadable encoding (neither UTF-8 nor Windows-1252)") from None
    notes.append("read as Windows-1252, not UTF-8; please check accented letters")
    return text, notes


def check_text(source):
    if not source.strip():
        raise LegacyImportError("is empty")
    controls = sum(1 for char in source if unicodedata.category(char) == "Cc" and char not in "\t\n\r\f")
    if controls > max(3, len(source) // 100):
        raise LegacyImportError("is not a text file (control characters)")


def read_source(path):
    """The text of a file and notes on how it was read."""
    data = read_bytes(path)
    source, notes = decode(data, is_html=looks_like_html(data[:1024].decode("latin-1"), path))
    check_text(source)
    return source, notes


def looks_like_html(source, name=""):
    if str(name).lower().endswith((".html", ".htm", ".xhtml")):
        return True
    return bool(_HTML_START_RE.match(source.removeprefix("\ufeff").removeprefix("ï»¿")))


def parse_file(path):
    source, notes = read_source(path)
    article = parse_source(source, path)
    article.warnings[:0] = notes
    return article


def parse_source(source, name=""):
    """Parse an old page given as text or HTML (told apart by the file name or the content)."""
    return parse_html(source) if looks_like_html(source, name) else parse_text(source)


def parse_text(source):
    return build_article(text.read_text(source))


def parse_html(source):
    try:
        parts = markup.read_html(source)
    except RecursionError:
        raise LegacyImportError("the HTML is nested too deeply; not an old page") from None
    return build_article(parts)


def build_article(parts):
    """The article from what a reader found: its kind and speaker from the title, its place (and perhaps its
    date) from the dateline that opens the first paragraph, else a date found in the text."""
    title = clean(parts.title)
    if not title:
        raise LegacyImportError("no title found")
    if len(title) > MAX_TITLE_LENGTH:
        raise LegacyImportError(
            f"the title is longer than {MAX_TITLE_LENGTH} characters; is the file an old page?"
        )
    article = LegacyArticle(
        title=title, blocks=parts.blocks, warnings=parts.warnings, kind=detect_kind(title)
    )
    article.speaker_name, article.speaker_role = detect_speaker(title)
    date, date_source = parts.date, parts.date_source
    first = next((b for b in article.blocks if isinstance(b, Paragraph) and b.html.startswith("<p>")), None)
    dateline = split_dateline(first.text) if first is not None else None
    if dateline:
        article.place, dateline_date, rest = dateline
        if dateline_date and date is None:
            date, date_source = dateline_date, "dateline"
        first.html = markup.cut_leading_text(first.html, rest) or f"<p>{html.escape(rest, quote=False)}</p>"
        first.text = rest
    if date is None:
        for block in article.blocks:
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
