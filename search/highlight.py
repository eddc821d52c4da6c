"""Excerpts of a result's text around the words searched for, HTML-escaped, with the matches in <mark>.

Matching ignores case and accents, as both backends do. Without stemming (SQLite) the words marked are the
words searched for; with stemming (PostgreSQL) they are the words of the text that the database itself says
match them in the language's configuration ("migrants" for "migrant", "terugkeren" for "terugkeer").
"""

import re
import unicodedata
from functools import lru_cache

from django.utils.html import escape
from django.utils.safestring import mark_safe

EXCERPT_CHARS = 240
MAX_SCANNED_CHARS = 20_000  # of each text; a match further into a long article gives no excerpt from it


@lru_cache(maxsize=1)
def _accented_variants():
    """{ascii letter: the Latin letters with diacritics that fold to it}."""
    variants = {}
    for codepoint in [*range(0x00C0, 0x0250), *range(0x1E00, 0x1F00)]:
        char = chr(codepoint)
        base = unicodedata.normalize("NFD", char)[0].lower()
        if base.isascii() and base.isalpha() and char.lower() != base:
            variants.setdefault(base, set()).add(char.lower())
    return {base: "".join(sorted(chars)) for base, chars in variants.items()}


def fold(text):
    """Lower case without diacritics."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _letter_pattern(char):
    variants = _accented_variants().get(char)
    if variants:
        return "[" + re.escape(char + variants) + "]"
    return re.escape(char)


def _folded_pattern(word):
    return "".join(_letter_pattern(c) for c in fold(word))


def words_pattern(words):
    """A compiled regex matching any of `words` as a whole word, ignoring case and accents (None if no words)."""
    alternatives = sorted({_folded_pattern(w) for w in words if w}, key=len, reverse=True)
    if not alternatives:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)


def candidate_words(terms, texts, prefix_length=4):
    """The distinct words of `texts` that begin like one of `terms`: the forms a stemmer might conflate with them.

    Stems are (nearly) prefixes of the folded word, so a word sharing the first letters of a term is a candidate;
    the backend then says which candidates really match (search.engine.PostgresPageSearch.matching_words).
    """
    prefixes = sorted({_folded_pattern(fold(t)[:prefix_length]) for t in terms if t}, key=len, reverse=True)
    if not prefixes:
        return set()
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(prefixes) + r")\w*", re.IGNORECASE)
    words = set()
    for text in texts:
        if text:
            words.update(match.group().lower() for match in pattern.finditer(text[:MAX_SCANNED_CHARS]))
    return words


def _word_start(text, index):
    """The start of the word at or after `index` (0 stays 0)."""
    if index <= 0:
        return 0
    space = text.find(" ", index)
    return index if space == -1 or space - index > 20 else space + 1


def _word_end(text, index):
    if index >= len(text):
        return len(text)
    space = text.rfind(" ", 0, index)
    return index if space == -1 or index - space > 20 else space


def excerpt(texts, pattern, length=EXCERPT_CHARS):
    """Safe HTML: a window of the first text in `texts` that contains a match, matches marked; else ""."""
    if pattern is None:
        return ""
    for text in texts:
        if not text:
            continue
        text = " ".join(text[:MAX_SCANNED_CHARS].split())
        first = pattern.search(text)
        if first is None:
            continue
        start = _word_start(text, max(0, first.start() - length // 3))
        end = _word_end(text, min(len(text), start + length))
        if end <= first.end():
            end = min(len(text), first.end() + length // 3)
        window = text[start:end]
        parts, position = [], 0
        for match in pattern.finditer(window):
            parts.append(escape(window[position : match.start()]))
            parts.append("<mark>" + escape(match.group()) + "</mark>")
            position = match.end()
        parts.append(escape(window[position:]))
        prefix = "… " if start > 0 else ""
        suffix = " …" if end < len(text) else ""
        return mark_safe(prefix + "".join(parts) + suffix)  # noqa: S308 - every piece of text is escaped above
    return ""


def plain_excerpt(text, length=EXCERPT_CHARS):
    """The start of `text`, cut at a word, for results whose text does not contain the words (title matches)."""
    text = " ".join((text or "").split())
    if len(text) <= length:
        return text
    return text[: _word_end(text, length)].rstrip(" ,;:") + " …"
