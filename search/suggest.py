"""A spelling hint for searches that found nothing: the nearest words of the language's pages."""

import difflib
import re

from django.core.cache import cache

from .engine import indexed_texts
from .highlight import fold

VOCABULARY_CACHE_SECONDS = 3600
MAX_TITLES = 10_000
MAX_TEXTS = 300  # pages whose indexed text also feeds the vocabulary (the most recently published)
MAX_TEXT_CHARS = 5000
_WORD = re.compile(r"[^\W\d_]{3,}")


def vocabulary(pages, locale):
    """{folded word: word in lower case} of the titles and recent texts of `pages` (cached an hour per language)."""
    cache_key = f"search-vocabulary:{locale.pk}"
    words = cache.get(cache_key)
    if words is None:
        titles = pages.order_by("-last_published_at").values_list("title", flat=True)[:MAX_TITLES]
        words = {}
        for text in [*titles, *(text[:MAX_TEXT_CHARS] for text in indexed_texts(pages, MAX_TEXTS))]:
            for word in _WORD.findall(text):
                words.setdefault(fold(word), word.lower())
        cache.set(cache_key, words, VOCABULARY_CACHE_SECONDS)
    return words


def spelling_suggestion(terms, pages, locale):
    """The query with each unknown word replaced by the closest known one, or None if nothing changes.

    `pages` are the live, public pages of the visitor's language."""
    words = vocabulary(pages, locale)
    if not words:
        return None
    known = list(words)
    suggested, changed = [], False
    for term in terms:
        folded = fold(term)
        if folded in words or len(folded) < 3 or not folded.isalpha():
            suggested.append(term)
            continue
        close = difflib.get_close_matches(folded, known, n=1, cutoff=0.75)
        if close:
            suggested.append(words[close[0]])
            changed = True
        else:
            suggested.append(term)
    return " ".join(suggested) if changed else None
