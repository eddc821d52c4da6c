"""PostgreSQL full text with the stemming of each page's own language.

Wagtail's PostgreSQL backend stores one row per object in one table (`wagtailsearch_indexentry`, unique on
content type and object id) and computes each row's tsvector with a single text search configuration, the
backend's SEARCH_CONFIG. Declaring one backend per language does not help: every backend writes the same rows,
so the last one to index a page decides its stemming, and `update_index` rebuilds the table once per backend.

So there is one backend, and the configuration is chosen per object: a page (or any object with a locale) is
indexed with the configuration of its language (LANGUAGE_SEARCH_CONFIGS, e.g. {"fr": "french"}), other
objects with SEARCH_CONFIG. A search must then use the same configuration as the rows it matches, which the
site's search page does by filtering on the visitor's locale and asking `config_for_language()`. Wagtail's
admin searches pages with `autocomplete()`, whose column is always built with the "simple" configuration, so
it is unaffected.
"""

import copy
from collections import defaultdict

from wagtail.models import Locale
from wagtail.search.backends.database.postgres.postgres import PostgresIndex, PostgresSearchBackend


class LocalizedPostgresIndex(PostgresIndex):
    def add_items(self, model, objs):
        backend = self.backend
        try:
            for config, group in backend.group_by_config(objs).items():
                self.backend = backend.with_config(config)
                super().add_items(model, group)
        finally:
            self.backend = backend


class LocalizedPostgresSearchBackend(PostgresSearchBackend):
    """Indexes each object in the text search configuration of its locale's language."""

    index_class = LocalizedPostgresIndex

    def __init__(self, params):
        super().__init__(params)
        self.language_configs = dict(params.get("LANGUAGE_SEARCH_CONFIGS") or {})

    def config_for_language(self, language_code):
        if not language_code:
            return self.config
        return (
            self.language_configs.get(language_code)
            or self.language_configs.get(language_code.split("-")[0])
            or self.config
        )

    def with_config(self, config):
        """A copy of this backend that indexes and searches with `config`."""
        clone = copy.copy(self)
        clone.config = config
        return clone

    def group_by_config(self, objs):
        """{config: [objects]}, in one query for the languages of all the objects' locales."""
        objs = list(objs)
        locale_ids = {getattr(obj, "locale_id", None) for obj in objs} - {None}
        languages = dict(Locale.objects.filter(pk__in=locale_ids).values_list("pk", "language_code"))
        groups = defaultdict(list)
        for obj in objs:
            groups[self.config_for_language(languages.get(getattr(obj, "locale_id", None)))].append(obj)
        return groups


SearchBackend = LocalizedPostgresSearchBackend
